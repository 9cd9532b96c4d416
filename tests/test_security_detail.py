"""SECURITY_DETAIL: a control trigger plus a concrete specific or a weakness,
in one group of adjacent clauses; general statements never fire."""
import pytest

from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, category", [
    # authentication: a named method
    ("→ 職員は指紋認証の後にIDとパスワードでログインする。", "authentication"),
    ("職員は顔認証でパソコンにサインインし、その後ワンタイムパスワードを入力する。", "authentication"),
    # password rules and rotation
    ("パスワードは60日ごとに変更し、過去3世代は使えない。", "password_policy"),
    ("パスワードは英数字と記号を含む10文字以上とし、60日ごとに更新を求めている。", "password_policy"),
    ("暗証番号は3回続けて誤ると5分間ロックされる。", "password_policy"),
    # backup schedule, medium, storage place
    ("毎週土曜日の深夜にバックアップを取得している。", "backup"),
    ("バックアップテープは週1回回収して、別棟の書庫にある耐火金庫へ移している。", "backup"),
    ("システムの全体バックアップは月末に取り、差分は毎日取得する。", "backup"),
    # log contents and retention
    ("アクセスログは3年間保存する。", "logging"),
    ("アクセスログは3年間保存し、毎月情報政策課が点検している。", "logging"),
    # physical access
    ("サーバ室は地下2階にあり、入退室はICカードで管理する。", "physical_access"),
    ("電算室には夜間も警備員が常駐しており、入退館は受付で記録している。", "physical_access"),
    ("監視カメラの録画は30日間で自動的に消える。", "physical_access"),
    # network layout
    ("本庁舎と支所の間は専用線2回線で接続し、片方が切れても業務を続けられる。", "network_layout"),
    ("ファイアウォールの保守は事業者がVPN経由で週1回行う。", "network_layout"),
    ("業務系のネットワークはVLAN 20として、インターネット側とは通信できない設定にしている。", "network_layout"),
    # products with versions
    ("ファイアウォール「SecureBox 300」のバージョンは5.2.1である。", "product_version"),
    ("住民情報システムのサーバはWindows Server 2016で稼働しており、サポートの終了が迫っている。", "product_version"),
    # how many staff have access
    ("管理者権限を持つ職員は2名のみで、作業はすべて記録に残す。", "privileged_access"),
    # erasure
    ("廃棄するパソコンのハードディスクは専用のソフトウェアで3回上書きしてから破砕する。", "erasure"),
    # account management
    ("退職者のIDは退職日から1か月以上残っていた。", "account_management"),
    # admitted weaknesses
    ("西庁舎の回線は1系統のみで冗長化していない。", "weakness"),
    ("多要素認証は導入していない。", "weakness"),
    ("支所の回線は1本しかなく、冗長化されていない。", "weakness"),
    ("基幹系の端末は10年前の機種で、OSのアップデートが適用されていない。", "weakness"),
    ("保守用アカウントのパスワードが初期設定のまま変更されていなかった。", "weakness"),
    ("停電時は非常用発電機が2時間しか持たず、それ以降はシステムを利用できない。", "weakness"),
])
def test_concrete_controls_and_weaknesses(text, category, found):
    ((_, attrs),) = found(R, text)
    assert attrs["category"] == category and attrs["generic"] is False


@pytest.mark.parametrize("text", [
    "庁内ネットワークはLGWANに接続し、インターネット接続系とは分離している。",
    "住民記録の端末は閉域の専用線でのみ通信する。",
    "来年度中に多要素認証へ切り替える予定である。",
    "共有フォルダのアクセス権を年度ごとに見直すこと。",
])
def test_common_and_planned_controls_are_generic(text, found):
    ((_, attrs),) = found(R, text)
    assert attrs["generic"] is True


def test_a_planned_gap_is_a_weakness_not_generic(found):
    ((_, attrs),) = found(R, "費用の面から、支所の回線の二重化は行わない予定である。")
    assert attrs == {**attrs, "category": "weakness", "generic": False}


@pytest.mark.parametrize("text", [
    # general statements
    "情報セキュリティ対策を講じ、個人情報を適切に管理する。",
    "市は情報セキュリティ対策を講じ、個人情報を適切に管理する。",
    "個人情報保護に配慮して事務を進めてまいります。",
    "情報セキュリティポリシーに基づき、職員研修を実施した。",
    "セキュリティの強化に努めてまいります。",
    "ログの管理について、今後も十分注意してまいります。",
    "令和6年度にパスワードの管理について研修を行った。",
    "令和6年度に無線LANを更新します。",
    "データセンターへの移行を進めている。",
    # questions and requests that state nothing
    "バックアップの取り方を教えていただきたい。",
    "システムの認証方式について教えていただきたい。",
    "バックアップはどのように取っているのですか。",
    "操作ログの保存期間は。",
    "議会棟の無線LANは、傍聴者も使えるのですか。",
    # headings
    "２　アカウントの管理",
    # narratives with a weak trigger and a bare count
    "職員3名がシステムにログインし、住民票の写しを交付した。",
    "講座の参加者15名にメールを送る際、宛先を「BCC」ではなく「TO」に入力した。",
    # words that only contain a trigger
    "本件について、ブログやカタログで周知する。",
    "子育て支援のためのサポート体制を整え、毎月レポートを提出する。",
    "プログラムの参加者は毎年30名ほどである。",
    "点滴の静脈注射は1日2回行う。",
])
def test_general_statements_questions_and_headings_do_not_fire(text, found):
    assert found(R, text) == []


def test_a_question_restating_a_weakness_fires(found):
    text = "・支所が1回線だけでは、回線が切れたときに窓口が止まるのではないか。"
    ((value, attrs),) = found(R, text)
    assert value == "支所が1回線だけでは、回線が切れたときに窓口が止まる"


def test_speaker_label_is_outside_the_span(found):
    text = "○山本情報政策課長　認証サーバは本庁舎3階のサーバ室に置きます。"
    ((value, _),) = found(R, text)
    assert value.startswith("認証サーバ") and "山本" not in value


def test_short_frame_and_trailing_note_are_outside_the_span(found):
    text = "それでは、ログは180日間保存し、毎週確認する（7月1日実施）。"
    ((value, _),) = found(R, text)
    assert value == "ログは180日間保存し、毎週確認する"


def test_the_span_keeps_a_reason_clause_before_the_control(found):
    text = "費用がかさむため、ではなく、予算の都合から、バックアップは月1回とする。"
    ((value, _),) = found(R, text)
    assert value.endswith("バックアップは月1回とする") and value.startswith("予算の都合から")


def test_a_number_in_an_unrelated_clause_does_not_make_a_finding(found):
    text = "パスワードの扱いを周知したところ、説明会には延べ120名が参加した。"
    assert found(R, text) == []


def test_reason_names_the_category(found):
    ((_, attrs),) = found(R, "アクセスログは3年間保存する。")
    result = R().analyze("アクセスログは3年間保存する。", [], None)
    assert "ログ" in result[0].recognition_metadata["reason"] and attrs["trigger"] == "ログ"


def test_a_member_restating_a_concrete_weakness_in_the_next_turn(found):
    text = ("○情報政策課長　バックアップは月に1回取得しています。\n"
            "○委員　月に1回では心もとない。\n")
    assert "月に1回では心もとない" in [t for t, _ in found(R, text)]


def test_a_general_worry_after_an_answer_is_not_a_finding(found):
    text = ("○情報政策課長　バックアップは月に1回取得しています。\n"
            "○委員　市民は不安に思っている。丁寧に説明してほしい。\n")
    assert [t for t, _ in found(R, text)] == ["バックアップは月に1回取得しています"]


def test_a_members_premise_before_the_question_is_a_statement(found):
    text = "○委員　バックアップのテープは毎週金曜日に回収して別庁舎の金庫に保管していると伺っておりますが、それで十分なのでしょうか。"
    assert [t for t, _ in found(R, text)] == ["バックアップのテープは毎週金曜日に回収して別庁舎の金庫に保管していると伺っております"]


@pytest.mark.parametrize("text", [
    # a premise that states no control
    "○委員　バックアップについては様々な意見があると伺っておりますが、現状はどうなっているのでしょうか。",
    # a plain question with a place is still a question
    "○委員　テープは別庁舎の金庫に保管しているのか。",
])
def test_a_premise_without_a_detail_and_a_plain_question_do_not_fire(text, found):
    assert found(R, text) == []


def test_a_confirming_question_restates_the_answer(found):
    ((value, attrs),) = found(R, "○委員　バックアップは週1回だけということですか。")
    assert value == "バックアップは週1回だけ" and attrs["category"] == "backup"


def test_a_confirming_question_without_a_detail_does_not_fire(found):
    assert found(R, "○委員　バックアップは大切ということですか。") == []


@pytest.mark.parametrize("text, detail", [
    # a schedule written as 日次/週次, a school year is no period
    ("バックアップにつきましては、移行後はクラウド上で日次で取得し、7世代分を保管する設定としております。", "日次"),
    ("小学校1、2年生につきましては、パスワードに代えて、QRコードを読み取ってログインする方式としております。", "方式"),
    # a private device, a key taken home, a password built from the city's name
    ("職員が私物のUSBメモリを使っているのを見たことがあります。", "私物"),
    ("サーバ室の鍵は、館長が自宅に持ち帰っております。", "自宅"),
    ("パスワードは、市の名前のローマ字に西暦の年を付けたものでございます。", "ローマ字"),
])
def test_schedules_private_devices_and_weak_composition(text, detail, found):
    ((value, _),) = found(R, text)
    assert detail in value and value[:2] == text[:2]  # the whole statement, 小学校1、 included


@pytest.mark.parametrize("text", [
    "年次報告では、バックアップの重要性を周知した。",
    "3年生の児童が、授業でパスワードの大切さを学んだ。",
    "私物の傘は各自で管理し、庁舎の入退室の際は名札を着用してください。",
    "職員は自宅でeラーニングによりパスワードの大切さを学ぶことができる。",
])
def test_compound_nouns_school_years_and_unrelated_private_things_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "○委員　貸出券の番号と生年月日で誰でもログインできてしまうのではないか。",
    "○委員　市の名前と西暦の組合せでは、パスワードが推測されやすいのではないでしょうか。",
])
def test_a_question_restating_an_easy_way_in_fires(text, found):
    assert len(found(R, text)) == 1


def test_a_question_about_ease_of_use_does_not_fire(found):
    assert found(R, "○委員　新しいシステムでは、窓口で誰でも簡単に証明書を申請できるのか。") == []


def test_a_nominalised_verb_is_not_a_planned_control(found):
    ((_, attrs),) = found(R, "庁内無線LANは端末ごとに電子証明書で認証しており、パスワードのみで接続することはできません。")
    assert attrs["generic"] is False
    ((_, attrs),) = found(R, "来年度から、無線LANは端末ごとに電子証明書で認証することとします。")
    assert attrs["generic"] is True


def test_romaji_input_is_no_password_rule(found):
    assert found(R, "パスワードはローマ字で入力してください。") == []


@pytest.mark.parametrize("text, category", [
    ("戸籍システムを操作できる職員は、市民課の戸籍係の6名に限定しております。", "staffing_access"),
    ("操作ログにつきましては、閲覧した職員名、日時、閲覧した項目を記録しております。", "logging"),
    ("サーバの二重化は、予算の関係から見送っております。", "weakness"),
    ("バックアップは取っておりますが、サーバと同じ建物内に保管しております。", "backup"),
    ("テレワークは、シンクライアント方式を採用しております。", "network_layout"),
    ("一部の窓口端末はWindows 10のままで、サポートが終了しております。", "weakness"),
    ("1台が故障した場合は、待機系のサーバに自動で切り替わります。", "network_layout"),
])
def test_who_may_operate_what_a_log_records_deferred_redundancy_and_old_systems(text, category, found):
    ((_, attrs),) = found(R, text)
    assert attrs["category"] == category and attrs["generic"] is False


@pytest.mark.parametrize("text", [
    "停電の日時、原因、影響を議会に報告した。",
    "テレワークの導入に向けて、シンクライアントの活用を研究している。",
    "サポートが終了した製品については、順次更新してまいります。",
    "施設を操作できる職員の研修を充実させる。",
])
def test_lists_and_plans_without_a_control_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "昨年の台風では、市内の約3,000世帯で2日間停電が続きました。",
    "非常用発電機につきましては、全ての指定避難所に1台ずつ、計32台を配備しております。",
    "市バスは3系統のうち、東循環線は1日5便しかない。",
    "休日の校庭開放の際は、校舎は施錠し、トイレのみ開放しております。",
    "通学路には小学校区ごとに防犯カメラを2台ずつ設置しております。",
    "特殊詐欺では、昨年12件、キャッシュカードの暗証番号をだまし取られた。",
])
def test_everyday_words_outside_information_systems_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "○委員　サーバの管理についてお聞きします。\n○課長　夜間は警備員が2名常駐しております。\n",
    "停電時は非常用発電機が2時間しか持たず、それ以降はシステムを利用できない。",
])
def test_the_same_words_about_a_system_fire(text, found):
    assert len(found(R, text)) == 1


@pytest.mark.parametrize("text", [
    "ポートアイランド会場には、2日間で約3万人が来場いたしました。",
    "ポータルサイトのバージョンアップにより、寄附の手続が1分で完了するようになった。",
    "防災行政無線はデジタル方式に更新し、停電時でも72時間は放送できる。",
])
def test_words_that_contain_a_trigger_and_public_services_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, category", [
    # polite negations (…ておりません) admit a missing control
    ("操作ログにつきましては、現在のシステムでは取得しておりません。", "weakness"),
    ("アクセスログは取得しておりますが、定期的な点検は行っておりません。", "weakness"),
    ("ファイアウォールの設定変更は、事業者が遠隔から行うことができる状態になっておりました。", "weakness"),
    # a lockout threshold, a storage place named as another building
    ("ログインに5回失敗すると、アカウントがロックされる設定でございます。", "authentication"),
    ("バックアップデータは、庁舎から離れた北分庁舎に保管しております。", "backup"),
])
def test_polite_admissions_lockouts_and_other_buildings(text, category, found):
    ((_, attrs),) = found(R, text)
    assert attrs["category"] == category


def test_a_question_restating_that_anyone_can_take_a_key_fires(found):
    assert len(found(R, "○委員　サーバ室の鍵が、誰でも取り出せる場所に置いてあるのではないか。")) == 1


@pytest.mark.parametrize("text", [
    # no incident is no weakness
    "現在のところ、USBメモリの紛失は発生しておりません。",
    "これまでに不正なログインは確認されておりません。",
    # so that anyone can view: a public service
    "市民の皆様が誰でも閲覧できるよう、議会の録画を公開しております。",
])
def test_no_incident_and_public_viewing_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "職員のパソコンには、ウイルス対策ソフトとして株式会社東山セキュリティの「ガードワン」を導入しております。",
    "ファイアウォールは、フォーティネット社の製品を使用しております。",
    "グループウェアは、サイボウズ社の製品で、バージョンは10でございます。",
    "住民情報システムのデータベースは、Oracle Database 19cで稼働しております。",
])
def test_a_product_named_by_its_vendor_or_version_fires(text, found):
    ((_, attrs),) = found(R, text)
    assert attrs["generic"] is False


@pytest.mark.parametrize("text", [
    "本市では、情報セキュリティ対策として、ファイアウォールやウイルス対策ソフトを導入しております。",
    "グループウェアの利用を全庁に広げてまいります。",
    "データベースを3つ構築した。",
    "ウイルス対策の「啓発週間」を導入した。",
])
def test_products_named_in_general_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("○委員　現在、住民記録のバックアップは月1回ですが、それで十分なのでしょうか。", "現在、住民記録のバックアップは月1回です"),
    ("○委員　先ほど、ログは1年間保存するとの御答弁がありましたが、それで足りるのでしょうか。",
     "ログは1年間保存するとの御答弁がありました"),
])
def test_a_plain_statement_or_the_answer_restated_before_a_question(text, value, found):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "○委員　情報セキュリティ対策は重要ですが、費用はどのくらいかかるのでしょうか。",
    "○委員　パスワードの管理は大切だと思いますが、職員への周知はどのように行っているのですか。",
    "○委員　他市では、USBメモリの紛失が相次いでいると報道されておりますが、本市の対策はどうなっていますか。",
])
def test_an_opinion_or_news_before_a_question_does_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, generic", [
    # not connected to the Internet: a control, the wording every municipality uses
    ("住民情報系はインターネット非接続でございます。", True),
    ("本市の基幹系ネットワークは、インターネットから分離しております。", True),
    ("市民の個人情報は、インターネットに接続しない端末でのみ扱っております。", False),
    ("窓口の端末は、インターネットを閲覧できない設定でございます。", False),
    ("インターネットの閲覧は、仮想ブラウザを経由して行っております。", False),
    # lines and feeds counted, maintenance allowed each time
    ("本庁舎と支所の間は、光回線を2系統で結んでおり、片方が断線しても通信が継続できます。", False),
    ("基幹系サーバは、電源を2系統から受電しております。", False),
    ("保守事業者が庁外から接続する際は、その都度、職員が接続を許可しております。", False),
])
def test_network_layout_not_connected_and_counted_lines(text, generic, found):
    ((_, attrs),) = found(R, text)
    assert attrs["category"] == "network_layout" and attrs["generic"] is generic


@pytest.mark.parametrize("text", [
    # the digital divide: households, not systems
    "○委員　情報格差の解消についてお聞きします。インターネットに接続できない世帯は、市内に約2,000世帯あると聞いております。",
    "インターネットに接続していない高齢者の世帯には、紙の広報を毎月お届けしております。",
    "インターネットは便利ですが、危険もありますので、引き続き注意してまいります。",
    "市のネットワークは、国のガイドラインに基づき、三層の対策を講じております。",
])
def test_households_without_internet_and_general_remarks_do_not_fire(text, found):
    assert found(R, text) == []


def test_a_speaker_label_with_a_colon_is_outside_the_span(found):
    ((value, _),) = found(R, "大久保係長：認証サーバは本庁舎3階のサーバ室に置きます。")
    assert value == "認証サーバは本庁舎3階のサーバ室に置きます"


def test_a_field_label_with_a_colon_stays_inside_the_span(found):
    ((value, _),) = found(R, "保存期間：アクセスログは3年間保存する。")
    assert value.startswith("保存期間")


@pytest.mark.parametrize("text, detail", [
    # an unattended period of a system, said with no control word
    ("基幹系システムは、夜間と休日は無人で運用しております。", "無人"),
    ("○課長　電算センターは、土日は職員が不在となります。", "不在"),
    # what the design does on a failure
    ("基幹系のサーバは、2台が同時に故障した場合にはシステムは停止いたします。", "停止"),
    ("障害が発生した場合、システムの復旧には最大で8時間を要します。", "8時間"),
    ("システム障害が発生した場合、代替の手段はなく、復旧まで受付を停止いたします。", "代替"),
    # a notice that did not happen
    ("今回のシステムの停止は、停電の予定が事業者に伝わっていなかったことが原因でございます。", "伝わっていなかった"),
    # monitoring hours
    ("システムの監視は平日の日中のみで、夜間と休日は行っておりません。", "夜間"),
])
def test_unattended_periods_failures_and_missed_notices(text, detail, found):
    ((value, _),) = found(R, text)
    assert detail in value


@pytest.mark.parametrize("text", [
    # the same shapes outside information systems
    "公民館は夜間は無人で、機械警備としております。",
    "○課長　システムの更新は終わりました。\n○委員　次に、窓口についてお聞きします。\n○課長　窓口は土日は休みで、職員は不在となります。\n",
    "○課長　システムの更新は終わりました。\n○委員　次に、窓口についてお聞きします。\n○課長　市バスが故障した場合には、3台の予備車で運行いたします。\n",
    "不在者投票は、毎日午後8時まで受け付けております。",
    # a failure's procedure for a user, an incident, a request
    "パソコンが故障した場合は、2階の情報政策課に持参してください。",
    "停電の予定は、システムの事業者に事前に伝えております。",
    "河川の監視は平日の日中のみ行っております。",
    "公園のトイレのメンテナンスは毎月行っております。",
    # a public notice of a service's maintenance stop
    "システムのメンテナンスのため、年末年始はコンビニ交付サービスを停止いたします。",
    "毎月第2日曜日は、システムの計画停止のため、電子申請がご利用いただけません。",
])
def test_the_same_shapes_without_a_system_do_not_fire(text, found):
    assert found(R, text) == []


def test_a_neutral_step_between_a_control_and_its_method_keeps_the_chain(found):
    text = "メールの添付ファイルは、インターネット側で受信した後、画像に変換して庁内に送っております。"
    ((value, _),) = found(R, text)
    assert value == text[:-1]
    text = "USBメモリで持ち込まれたファイルは、専用の端末でウイルス検査をしてから、庁内に取り込んでおります。"
    assert len(found(R, text)) == 1


@pytest.mark.parametrize("text", [
    # a step with a weak trigger and a bare count is still a narrative
    "宛先の確認について研修した後、職員30名がアンケートに答えた。",
    "データの移行は、住民の皆様への周知を行った後、来年度に実施いたします。",
    # a service's processing time after a step is no schedule of a control
    "職員のIDカードの交付は、申請を受けた後、1週間ほどで行います。",
    "マイナンバーカードの暗証番号の再設定は、本人確認をした上で、窓口で30分ほどで行います。",
])
def test_a_step_does_not_bridge_to_an_unrelated_clause(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, generic", [
    # a named mechanism in place is a detail without a figure
    ("住民情報システムのサーバは冗長化しております。", False),
    ("外部から受け取ったファイルは無害化して取り込んでおります。", True),
    ("ノートパソコンのデータは暗号化して保存しております。", True),
    # a lost device locked and wiped from afar
    ("紛失した端末は、遠隔でロックをかけ、データを消去いたします。", False),
])
def test_named_mechanisms_and_remote_wipe(text, generic, found):
    ((_, attrs),) = found(R, text)
    assert attrs["generic"] is generic


@pytest.mark.parametrize("text", [
    "サーバの冗長化について研究してまいります。",
    "データの暗号化は重要であると考えております。",
    "遠隔で会議に参加できるよう、端末を配備いたします。",
    "スマートフォンの紛失に備え、遠隔ロックの仕組みを研究してまいります。",
])
def test_mechanisms_named_in_general_do_not_fire(text, found):
    assert found(R, text) == []


def test_a_trailing_note_that_names_a_control_stays_inside(found):
    ((value, attrs),) = found(R, "・住民記録システム　サーバ3台（うち1台は待機系）")
    assert value.endswith("（うち1台は待機系）") and attrs["category"] == "network_layout"


@pytest.mark.parametrize("text, fires", [
    # ごと of a unit of time or an event is a schedule, of an organisation it is not
    ("共有フォルダのアクセス権は、人事異動ごとに見直しております。", True),
    ("共有フォルダのアクセス権は、担当課ごとに設定しております。", False),
    # a recurring hour is a schedule, an incident's date and hour is not
    ("バックアップは毎日午前3時に取得しております。", True),
    # (an incident's date and hour: test_security_incident_timeline.py, REVIEW at most)
    # a guard's hours are a control, a public service's hours are not
    ("サーバ室は24時間、警備員が常駐しております。", True),
    ("図書館のシステムでは、利用者登録をすれば24時間いつでも予約ができます。", False),
    ("図書館のシステムは、利用者登録をしていただければ、どなたでも予約ができます。", False),
    ("図書館のシステムは、利用者登録をした職員だけが操作できます。", True),
    # a member announcing a topic asks, a statement about the room states
    ("○委員　サーバ室の運用についてお聞きします。", False),
    ("○課長　サーバ室は地下1階にございます。", True),
])
def test_schedules_that_are_not_schedules(text, fires, found):
    assert bool(found(R, text)) is fires


@pytest.mark.parametrize("text", [
    # the hours nobody works, a lost device reset from afar, a file checked on another machine
    "住民情報システムは、年末年始は無人で稼働しております。",
    "貸与しているタブレットは、紛失の届出があれば、遠隔操作で初期化いたします。",
    "受け取ったファイルは、別のパソコンでウイルスを確認してから、業務用の端末に移しております。",
])
def test_holidays_remote_reset_and_a_separate_checking_machine(text, found):
    assert len(found(R, text)) == 1


@pytest.mark.parametrize("text", [
    # overtime is no unattended period; checking for viruses named in general
    "時間外勤務の申請は、システムで係長が承認しております。",
    "ウイルスの確認方法を、職員に改めて周知いたします。",
    "会議の資料は、別のパソコンで印刷してから配布いたします。",
])
def test_overtime_and_general_checks_do_not_fire(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, fires", [
    # a notice to a department, a handover: a process gap even without a control word
    ("今回のシステムの停止は、作業の日程が担当課に共有されていなかったことによるものでございます。", True),
    ("サーバの保守の担当者が交代した際、管理者の変更が引き継がれていなかった。", True),
    # the public not informed is a matter of publicity
    ("新しいシステムの手数料が、市民の皆様に十分に伝わっていなかったと反省しております。", False),
    # the same words with no system in the line
    ("今回の延期は、行事の日程が担当課に共有されていなかったことによるものでございます。", False),
])
def test_a_notice_or_handover_that_did_not_happen(text, fires, found):
    assert bool(found(R, text)) is fires


def test_an_answer_about_the_room_asked_for_in_the_turn_before(found):
    text = "○委員　サーバ室の管理についてお聞きします。\n○課長　夜間と休日は無人で運用しております。\n"
    assert [t for t, _ in found(R, text)] == ["夜間と休日は無人で運用しております"]


@pytest.mark.parametrize("text, fires", [
    # nobody there, a failure said with と or 壊れる, a recovery time without a figure
    ("住民情報のサーバは、夜間は誰もおりません。", True),
    ("基幹系のサーバは1台でも故障すると、システムは停止いたします。", True),
    ("住民記録システムがダウンした場合、復旧までに数日を要します。", True),
    # the same words about a counter and a road
    ("窓口の職員は、昼休みは誰もいない時間帯がございます。", False),
    ("台風で道路が壊れた場合、復旧には数日を要します。", False),
])
def test_nobody_there_and_failures_said_in_other_words(text, fires, found):
    assert bool(found(R, text)) is fires


def test_a_language_name_containing_log_is_no_log():
    # タガ|ログ語: the trigger ログ inside a language's name
    from redactor import Redactor
    assert [f.label for f in Redactor().check("タガログ語しか話せない。").findings] == ["NATIONALITY"]


def test_an_admission_with_a_but_after_it_is_still_an_admission():
    # 「取っておりませんが、…」 and 「確認できない」 admit a missing control
    from redactor import Redactor
    for text in ("バックアップは取っておりませんが、今後検討します。", "ログの保存状況は確認できない状態です。"):
        assert [f.label for f in Redactor().check(text).findings] == ["SECURITY_DETAIL"]
    assert Redactor().check("被害は確認できなかった。").findings == []
