import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("本人は要介護2の認定を受けている。", "要介護2の認定を受けている", "care"),
    ("被保険者は要支援1である。", "要支援1である", "care"),
    ("相手方は統合失調症と診断され、通院している。", "統合失調症と診断され、通院している", "health"),
    ("同氏はうつ病を患っている。", "うつ病を患っている", "health"),
    ("本人は胃がんの手術を受けた。", "胃がんの手術を受けた", "health"),
    ("平成29年から生活保護を受給しており、", "平成29年から生活保護を受給しており", "welfare"),  # a duration is part of the fact
    ("申請者の世帯は生活保護受給世帯である。", "生活保護受給世帯である", "welfare"),
    ("療育手帳を所持している。", "療育手帳を所持している", "disability"),
    ("川村さんは身体障害者手帳2級を持っている。", "身体障害者手帳2級を持っている", "disability"),
    ("利用者の女性は車椅子を使用している。", "車椅子を使用している", "disability"),
    ("夫は窃盗罪で有罪判決を受けた。", "窃盗罪で有罪判決を受けた", "criminal"),
    ("相手方には前科がある。", "前科がある", "criminal"),
    ("本人は○○教の信者である。", "○○教の信者である", "creed"),
    ("女性はDV被害を受けていた。", "DV被害を受けていた", "victim"),
    ("児童は虐待を受けた疑いがある。", "虐待を受けた疑いがある", "victim"),
    # injuries: the clause after the subject, with how it happened (readers
    # mark the whole statement: 転倒して左足首を骨折した)
    ("男性は転倒して左足首を骨折した。", "転倒して左足首を骨折した", "injury"),
    ("相手方は右手首打撲の傷害を負った。", "右手首打撲の傷害を負った", "injury"),
    ("相手方は転んでけがをした。", "転んでけがをした", "injury"),
    ("運転者に頸椎捻挫の傷害を負わせたものである。", "運転者に頸椎捻挫の傷害を負わせた", "injury"),
])
def test_sensitive_clauses(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def test_relative_clause_ends_before_the_person():
    text = "配偶者からの暴力を理由として支援措置を受けている川村 花子さんについて、"
    ((value, attrs),) = found(R, text)
    assert value == "配偶者からの暴力を理由として支援措置を受けている" and attrs["kind"] == "victim"


def test_administrative_action_on_one_persons_benefit():
    text = "通知には、川村さんの「精神科病院への入院に伴う住宅扶助の停止」が記載されていた。"
    assert [t for t, _ in found(R, text)] == ["精神科病院への入院に伴う住宅扶助の停止"]


def test_clauses_of_one_statement_form_one_finding():
    text = "同人は生活保護を受給しており、精神障害者保健福祉手帳2級を所持している。"
    ((value, attrs),) = found(R, text)
    assert value == "生活保護を受給しており、精神障害者保健福祉手帳2級を所持している"
    assert attrs["kind"] == "welfare" and attrs["also"] == ["disability"]


def test_injury_stays_apart_from_other_kinds():
    text = "相手方は要介護2の認定を受けており、転倒して右手首を骨折した。"
    assert sorted(a["kind"] for _, a in found(R, text)) == ["care", "injury"]


def test_consequence_clause_joins_the_finding():
    text = "男性は転倒して右手首を骨折し、約2か月間入院した。"
    (value,) = [t for t, _ in found(R, text)]
    assert value == "転倒して右手首を骨折し、約2か月間入院した"


@pytest.mark.parametrize("text", [
    "障害者福祉計画の策定について審議した。",
    "生活保護制度の運用を見直す。",
    "生活保護の停止について通知した。",             # no person in the sentence
    "生活保護受給者の就労支援を強化する。",
    "認知症サポーター養成講座を開催する。",
    "市内の要介護認定者数は3,200人である。",
    "生活保護を受給している世帯の数は何世帯か。",   # a statistic about many people
    "生活保護受給世帯は令和5年度末で1,234世帯である。",
    "認知症の高齢者が増えている。",
    "がん検診の受診率は45%であった。",
    "高齢者の骨折予防のための体操教室を開く。",
    "市は虐待防止ネットワークを設置している。",
    "委員から、精神障害のある方への支援について質問があった。",
    "障害者差別解消法に基づく合理的配慮について",
    # kana terms inside other words
    "データの紐付けが確認された。",
    "かけがえのない存在である。",
    "最後までがんばりたい。",
])
def test_policy_text_is_not_sensitive(text):
    assert found(R, text) == []


def test_harassment_of_one_person_is_victimisation_but_a_policy_is_not():
    assert [a["kind"] for _, a in found(R, "相手方は近隣住民から嫌がらせを受けていると申し立てた。")] == ["victim"]
    assert found(R, "いじめや嫌がらせの防止に取り組む。") == []


def test_escaping_a_spouses_violence_is_victimisation_but_a_support_plan_is_not():
    hits = found(R, "相談に来られた方は、夫の暴力から逃れて市内に転居してきたとのことでした。")
    assert [a["kind"] for _, a in hits] == ["victim"]
    assert found(R, "夫の暴力から逃れるための支援制度を拡充する。") == []


@pytest.mark.parametrize("text, value, kind", [
    # a body part and what happened to it
    ("児童は鉄棒から落ちて右腕の骨を折った。", "鉄棒から落ちて右腕の骨を折った", "injury"),
    ("相手方は転倒した際に左足の骨が折れた。", "転倒した際に左足の骨が折れた", "injury"),
    ("男性は腰を痛めて通院している。", "腰を痛めて通院している", "injury"),
    ("女性は頭を強く打ち、救急搬送された。", "頭を強く打ち、救急搬送された", "injury"),
    ("児童は顔面を強打した。", "顔面を強打した", "injury"),
    ("請求人は下半身が麻痺している。", "下半身が麻痺している", "disability"),
    ("請求人は事故以後下半身が麻痺している。", "事故以後下半身が麻痺している", "disability"),  # after a kanji word
    ("男性は足が不自由である。", "足が不自由である", "disability"),
])
def test_body_part_injuries(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "担当職員は関係者との調整に骨を折った。",       # 骨を折る: to take pains
    "この作業は大変骨が折れる作業である。",
    "市としても頭を痛めているところである。",       # 頭を痛める: to worry
    "早めに手を打っていただきたい。",               # 手を打つ: to take measures
    "委員長は首をひねっていた。",
    "相手を強打する競技である。",                   # 相手 is not a hand
    "話の腰を折るようで恐縮です。",
    "災害で行政機能が麻痺した。",                   # no body part
])
def test_figurative_body_words_are_not_injuries(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("男性はうつ状態となり、心療内科に通っている。", "うつ状態となり、心療内科に通っている", "health"),
    ("相手方は精神を病んでいる。", "精神を病んでいる", "health"),
    ("男性は人工呼吸器を装着している。", "人工呼吸器を装着している", "health"),
    ("母親は介護が必要な状態である。", "介護が必要な状態である", "care"),
    ("男の子が父親から暴行を受けた。", "父親から暴行を受けた", "victim"),
    ("女性は元交際相手に殴られた。", "元交際相手に殴られた", "victim"),
    ("相手方は軽傷を負った。", "軽傷を負った", "injury"),
    ("児童は転んで額を5針縫った。", "転んで額を5針縫った", "injury"),
])
def test_conditions_written_as_a_state_or_a_passive(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "介護が必要な方への支援を充実させる。",
    "生活保護の申請件数は増加している。",
    "認知症になっても安心して暮らせるまちづくりを進める。",
    "暴行を受けた場合の相談窓口を周知する。",
])
def test_the_same_words_about_a_programme_are_not_sensitive(text):
    assert found(R, text) == []


def test_applying_for_welfare_is_sensitive_about_one_household():
    assert [a["kind"] for _, a in found(R, "この世帯は本年4月に生活保護の申請に行った。")] == ["welfare"]


def test_a_sentence_without_its_own_subject_takes_the_person_of_the_one_before():
    text = "請求人は市外に転居した。また、転居後に抑うつ状態となり、精神科に通院している。"
    assert [t for t, _ in found(R, text)] == ["転居後に抑うつ状態となり、精神科に通院している"]
    # a sentence with its own topic does not borrow one
    assert found(R, "請求人は市外に転居した。本市では、精神科に通院している。") == []


@pytest.mark.parametrize("text, value, kind", [
    ("相談者は脳梗塞の後遺症で右半身に麻痺が残っている。", "脳梗塞の後遺症で右半身に麻痺が残っている", "health"),
    ("男性はアルコール依存の治療を受けている。", "アルコール依存の治療を受けている", "health"),
    ("相手方は刑事事件で起訴されている。", "刑事事件で起訴されている", "criminal"),
    ("女性は自殺を図った。", "自殺を図った", "health"),
])
def test_after_effects_dependence_prosecution_and_self_harm(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "自殺を図った人への支援を強化する。",
    "自殺未遂者への支援を行う。",
    "逮捕された場合の手続を説明する。",
    "交通網が麻痺した。",
    "体が不自由な方でも利用しやすい施設とする。",
    "高齢者が転倒して骨折することを防ぐ取組を進める。",
])
def test_the_same_words_in_general_statements_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("息子さんは重度の知的障がいがあり、", "重度の知的障がいがあり", "disability"),   # 障がい spelling
    ("相手方は精神障碍者保健福祉手帳を所持している。", "精神障碍者保健福祉手帳を所持している", "disability"),
    ("請求人は右目の視力をほとんど失っている。", "右目の視力をほとんど失っている", "disability"),
])
def test_other_spellings_and_loss_of_sight(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["障がい者福祉計画を策定する。", "知的障がいのある方への支援を充実させる。",
                                  "視力が低下した場合の運転免許の返納について周知する。"])
def test_other_spellings_in_policy_text_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("児童は児童相談所に一時保護された。", "児童相談所に一時保護された", "victim"),
    ("女児はネグレクトの状態にあった。", "ネグレクトの状態にあった", "victim"),
    ("女性はシェルターに避難している。", "シェルターに避難している", "victim"),
    ("生徒は万引きで補導された。", "万引きで補導された", "criminal"),
    ("少年は家庭裁判所に送致された。", "家庭裁判所に送致された", "criminal"),
    ("母親は産後うつと診断された。", "産後うつと診断された", "health"),
    ("相手方は入院加療を要した。", "入院加療を要した", "injury"),
])
def test_child_protection_juvenile_cases_and_treatment(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["一時保護所の定員を増やす。", "児童虐待やネグレクトの防止に取り組む。",
                                  "シェルターの運営費を補助する。", "補導された少年の数は12人であった。"])
def test_child_protection_as_a_programme_is_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "本市の生活保護受給世帯は、令和5年度末で1,234世帯です。",                     # the count is in the next clause
    "受給世帯は1,234世帯です。生活保護の申請に来られた方への対応について伺う。",   # 世帯 of a statistic is not borrowed
    "児童生徒がけがをしないよう指導しております。",                               # prevention
    "頭を強く打った場合には、速やかに医療機関を受診させる。",                     # a hypothetical case
])
def test_statistics_prevention_and_hypothetical_cases_are_not_sensitive(text):
    assert found(R, text) == []


def test_a_subject_is_borrowed_only_from_a_sentence_about_one_person():
    assert found(R, "相手方は交通事故に遭った。その後、うつ状態となった。") != []
    assert found(R, "利用者が増えている。その後、うつ状態となった。") == []


@pytest.mark.parametrize("text, injured", [
    ("思わず膝を打った。", False),                 # 膝を打つ: to realise
    ("相手方は転倒して膝を打撲した。", True),
    ("早急に手を打つ必要がある。", False),
    ("男性は転んで手を打撲した。", True),
    ("頭を切り替えて取り組む。", False),
])
def test_an_idiom_is_told_from_the_injury_by_the_verb_form(text, injured):
    assert bool(found(R, text)) is injured


def test_a_religious_reason_given_by_a_person_is_creed_but_a_policy_is_not():
    assert [a["kind"] for _, a in found(R, "女性は宗教上の理由で輸血を拒否した。")] == ["creed"]
    assert found(R, "宗教上の理由による配慮について検討する。") == []


@pytest.mark.parametrize("text, value, kind", [
    # creed as a practice (how often is part of the practice)
    ("相談者の森さんは、毎週日曜日に教会に通っている。", "毎週日曜日に教会に通っている", "creed"),
    # weakness from age or illness
    ("申出人の父は最近足腰が弱ってきた。", "最近足腰が弱ってきた", "health"),
    # marks of injury (abuse cases): whose arm is part of the clause
    ("通報者によれば、女児の腕にあざがある。", "女児の腕にあざがある", "injury"),
    # violence in the active voice: the victim is a person
    ("夫は妻を突き飛ばし、子を叩いたとのことである。", "妻を突き飛ばし、子を叩いた", "victim"),
    # child protection and schooling
    ("請求人の長男は児童養護施設に入所している。", "児童養護施設に入所している", "welfare"),
    ("森さんの次男は特別支援学級に在籍している。", "特別支援学級に在籍している", "disability"),
    ("森さんの長女は不登校である。", "不登校である", "school"),
    # repaying benefits is one household's case, even with no person word
    ("保護費の返還を求めたところ、分割での支払を申し出た。", "保護費の返還を求めたところ", "welfare"),
])
def test_facts_written_as_practice_action_or_placement(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "市長は教会の前を通っている道路の改修について答弁した。",   # passing by, not worship
    "本市の財政基盤が弱ってきている。",                         # no body part
    "子どもを叩いてはいけないことを保護者に周知している。",     # a rule, not an act
    "椅子を叩いた音が響いた。",                                 # 子 inside 椅子
    "特別支援学級に在籍する児童数は年々増加している。",         # a statistic
    "児童養護施設の整備について質問があった。",
    "不登校の児童生徒数は120人である。",
    "あざやかな色彩の花壇が整備された。",                       # あざ inside a word
    "保護費の返還に関する事務の流れを説明した。",               # a procedure, no case
])
def test_the_same_words_without_a_persons_fact_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("相談者は、本年4月に生活保護の申請に行ったところ、窓口で断られた。", "生活保護の申請に行ったところ"),
    ("高橋さんは令和5年10月頃、うつ病と診断された。", "うつ病と診断された"),
])
def test_a_point_in_time_before_the_fact_is_outside_the_span(text, value):
    assert [t for t, _ in found(R, text)] == [value]


def test_a_duration_stays_part_of_the_fact():
    assert [t for t, _ in found(R, "同人は昨年から生活保護を受給している。")] == ["昨年から生活保護を受給している"]


@pytest.mark.parametrize("text, value, kind", [
    ("相手方の男性は、妻の顔を殴った。", "妻の顔を殴った", "victim"),        # violence to a part of a person
    ("森さんは右手が動かなくなり、", "右手が動かなくなり", "disability"),
    ("申出人の母は耳が遠く、", "耳が遠く", "disability"),
    ("請求人の次女は里親に委託されている。", "里親に委託されている", "welfare"),
    ("森さんはグループホームに入居している。", "グループホームに入居している", "care"),
    ("相談者の長男は昨年の夏から学校に行けていない。", "昨年の夏から学校に行けていない", "school"),
    ("請求人は去る5月に保護費を返還した。", "保護費を返還した", "welfare"),
])
def test_further_ways_of_writing_the_same_facts(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "課長は職員の肩を叩いて励ました。",     # encouragement
    "部長は手を叩いて喜んだ。",             # clapping
    "市民の足が遠のいている。",             # people stop coming
    "駅が遠く、不便である。",               # no body part
    "自らの首を絞める結果となる。",         # a self-made difficulty
    "里親制度の周知を図る。",
    "グループホームの整備を進める。",
])
def test_idioms_and_programmes_near_those_facts_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("お子さんは顔にあざがあったため、", "顔にあざがあったため", "injury"),
    ("お子さんについて、学校から児童相談所に通告があった。", "学校から児童相談所に通告があった", "victim"),
    ("母親は精神的に不安定となり、", "精神的に不安定となり", "health"),
    # how it was heard or told is outside the span
    ("本人はキリスト教の信仰をお持ちと聞きましたが、", "キリスト教の信仰をお持ち", "creed"),
    ("相手方の子が軽いけがをしたとのことですが、", "軽いけがをした", "injury"),
])
def test_facts_as_said_in_a_committees_questions_and_answers(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "児童相談所への通告件数が増加している。",
    "児童が精神的に不安定にならないよう配慮する。",
])
def test_reports_and_states_in_general_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("森さんは現在入院している。", "現在入院している", "health"),  # 現在 says the state holds
    ("女性は夫に首を絞められた。", "夫に首を絞められた", "victim"),
])
def test_being_in_hospital_and_strangling_suffered(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "入院費の助成制度について説明した。",
    "入院した場合の費用は保険で賄われる。",
])
def test_hospital_costs_and_rules_are_not_sensitive(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "本市では、不登校の状態にある児童生徒に対し、学習支援を行っております。",
    "児童養護施設に入所している子どもたちへの学習支援は。",
    "児童養護施設を退所した若者への自立支援も行っております。",
])
def test_a_clause_about_a_group_of_children_is_not_about_one_person(text):
    assert found(R, text) == []


def test_a_speakers_mark_at_the_start_of_a_turn_is_outside_the_span():
    text = "○福祉部長　児童養護施設に入所している森さんの長男について報告します。"
    assert [t for t, _ in found(R, text)] == ["児童養護施設に入所している"]


@pytest.mark.parametrize("text, term, kind", [
    # family and personal trouble stated plainly about one person
    ("相談者の長男は引きこもりの状態が続いている。", "引きこもり", "family"),
    ("北浜一郎さんは夫婦げんかが絶えず、妻は実家に戻っている。", "夫婦げんか", "family"),
    ("北浜さんは借金を抱えて自己破産した。", "借金を抱え", "family"),
    ("北浜さんは離婚調停中である。", "離婚調停", "family"),
    # a condition that progresses
    ("北浜さんの母親は認知症が進み、施設に入所した。", "認知症", "health"),
])
def test_plainly_phrased_facts_about_a_person(text, term, kind):
    assert [(a["term"], a["kind"]) for _, a in found(R, text)][:1] == [(term, kind)]


@pytest.mark.parametrize("text", [
    "離婚調停の件数は120件であった。",
    "ひきこもり支援の相談会を開催した。",
    "多重債務者対策の推進に努める。",
])
def test_programme_text_about_those_troubles_does_not_fire(text):
    assert found(R, text) == []


def test_a_fact_in_a_table_row_is_its_cell_not_the_row():
    from redactor import Redactor
    row = "区分\t氏名\t住所\t備考\n喜寿\t大河内 キヱ\t北多摩市本町1-2\t施設入所中\n"
    found = {f.label: f.text for f in Redactor().check(row).findings}
    assert found.get("SENSITIVE") == "施設入所中" and found.get("PERSON") == "大河内 キヱ"


def test_grouped_term_regex_finds_what_a_flat_alternation_finds() -> None:
    """The terms are grouped by first character for speed; the matches must
    be those of the plain alternation, longest term first, guards included
    (made-up text with every term, its guard characters, and near misses)."""
    import random
    import re

    from redactor.recognizers import sensitive as s

    def flat(term: str) -> str:
        g = s._DATA.get("guards", {}).get(term, {})
        before = f"(?<![{re.escape(g['not_before'])}])" if g.get("not_before") else ""
        after = f"(?![{re.escape(g['not_after'])}])" if g.get("not_after") else ""
        return before + re.escape(term) + after

    reference = re.compile("|".join(flat(t) for t in sorted(s._KIND_OF, key=len, reverse=True)))
    terms = list(s._KIND_OF)
    guard_chars = "".join(v for g in s._DATA.get("guards", {}).values() for v in g.values())
    chars = sorted(set("".join(terms) + guard_chars + "のがをにはで、。 \n"))
    rnd = random.Random(7)
    text = "".join(rnd.choice(terms) if rnd.random() < 0.3 else rnd.choice(chars) for _ in range(20000))
    expected = [(m.span(), m.group(0)) for m in reference.finditer(text)]
    assert len(expected) > 1000
    assert [(m.span(), m.group(0)) for m in s._TERMS.finditer(text)] == expected
    assert s._TERMS.search("受けがない") is None and s._TERMS.search("転んでけがをした")  # a guard, and a near miss
