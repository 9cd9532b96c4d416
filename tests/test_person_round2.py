"""PERSON round 2: rules found with made-up minutes, bills and reports
(tests/data/person_round2_build.py). Each rule has a case that fires and a near miss."""
import pytest
from conftest import person_action
from redactor import Redactor
from redactor.recognizers import _name_lexicon as lex

_R = Redactor()


_person = person_action  # the shared helper (conftest)


def test_spaced_name_keys_later_mentions_by_the_part_before_the_space():
    # Sudachi reads 宮代 as a place and 陽|翔 as 姓 + 名: the surname is 宮代
    text = "被害児童　宮代　陽翔（４歳）\n経過　宮代は園に到着した。"
    assert _person(text, "宮代", 1) in ("MASK", "REVIEW")


def test_a_place_word_alone_with_no_named_person_stays_unreported():
    text = "経過　宮代は園に到着した。"
    assert _person(text, "宮代") is None


def test_modern_given_names_are_known():
    assert lex.is_given_name("陽翔") and lex.is_given_name("湊斗")
    assert not lex.is_given_name("滑り台")
    assert _person("10:20　陽翔くんが滑り台から転落した。", "陽翔") == "MASK"


def test_heading_with_to_after_a_name_heading_is_a_header_row():
    text = "役職\t氏名\t職業等\n委員長\t真壁　諒\t弁護士\n"
    actions = [f.text for f in _R.check(text).findings if f.label == "PERSON" and f.action != "KEEP"]
    assert "職業等" not in actions


def test_name_field_value_beside_an_unknown_word_is_still_a_value():
    # a form row of label and value, not a header: 氏名 | 鬼灯 蒼 | 住所
    text = "氏名\t鬼灯　蒼\t住所\t北多摩市本町1-2-3\n"
    assert _person(text, "鬼灯　蒼") in ("MASK", "REVIEW")


def test_role_word_opening_a_counted_list_is_not_a_name():
    text = "※ 申請者のうち、辻様ほか１名は工事完了後に実績報告が必要です。"
    assert _person(text, "申請者のうち") is None
    assert _person(text, "辻") == "MASK"


def test_counted_list_items_are_still_names():
    text = "相談者 田中大地、森はるか、佐藤ユウキの３名が来庁した。"
    assert _person(text, "森はるか") in ("MASK", "REVIEW")


_MINUTES = ("出席委員\n　委員　高梨　健一　　委員　林　俊介\n"
            "○{s}委員　先ほど{m}の御質問にもあったように、効果はどうか。\n")


def test_member_spoken_of_with_san_in_minutes_is_the_member():
    text = _MINUTES.format(s="林", m="高梨さん")
    assert _person(text, "高梨", 1) == "KEEP"


def test_resident_described_with_no_sharing_a_members_surname_stays_private():
    text = _MINUTES.format(s="林", m="近所の高梨さん")
    assert _person(text, "高梨", 1) == "MASK"


def test_san_mention_outside_minutes_stays_private():
    text = "委員　高梨　健一\n先ほど高梨さんから電話があった。\n"
    assert _person(text, "高梨", 1) == "MASK"


def test_staff_named_as_a_party_of_an_accident_is_for_review_at_every_mention():
    text = ("３　当事者\n　市側　運転者　環境課主事　薬師寺　航\n"
            "　16:10　事故発生。薬師寺主事が通報。\n")
    assert _person(text, "薬師寺　航") == "REVIEW"
    assert _person(text, "薬師寺", 1) == "REVIEW"


def test_staff_with_a_title_and_no_accident_party_word_is_kept():
    text = "報告者　環境課主事　薬師寺　航\n　16:10　薬師寺主事が現場を確認した。\n"
    assert _person(text, "薬師寺　航") == "KEEP"
    assert _person(text, "薬師寺", 1) == "KEEP"


def test_site_agent_of_a_public_works_contractor_is_not_kept_as_an_official():
    # the contractor's employee, not the municipality's: no evidence of acting for it
    text = "受注者である株式会社北多摩舗道の現場代理人、諸星　保氏と協議した。"
    assert _person(text, "諸星　保") == "REVIEW"
    assert _person("道路課主査　諸星　保", "諸星　保") == "KEEP"
    assert _person("代理人　諸星　保", "諸星　保") in ("MASK", "REVIEW")


def test_one_kanji_surname_and_a_given_name_after_a_title_are_one_official():
    assert _person("出席委員\n　委員長　東　友里\n", "東　友里") == "KEEP"
    assert _person("　委員　岩　颯太\n", "岩　颯太") == "KEEP"
    assert _person("相談者　岩　颯太\n", "岩　颯太") == "MASK"


def test_accounting_manager_before_a_name_is_an_official_title():
    assert _person("先ほど会計管理者の藤田　早苗から説明がありました。", "藤田　早苗") == "KEEP"


def test_title_closing_the_line_above_a_name_is_its_title():
    assert _person("答弁者：市民課長\n　中山　美穂\n", "中山　美穂") == "KEEP"


def test_title_alone_on_a_heading_line_is_no_ones_title():
    assert _person("市長\n山田太郎さんから相談があった。", "山田太郎") == "MASK"


def test_rare_surname_written_like_a_date_joins_its_given_name():
    assert lex.is_surname("八月一日") and lex.is_surname("四十物")
    text = "自主防災会長　八月一日陽子（中央）"
    start = text.index("八月一日陽子")
    hits = [f for f in _R.check(text).findings if f.label == "PERSON" and f.action != "KEEP"]
    assert any(f.start <= start and start + 6 <= f.end for f in hits)


def test_a_title_before_a_given_name_is_not_taken_for_a_surname():
    # 会長 is a role word, never the surname of the name after it
    text = "会長 陽子さんが挨拶した。"
    assert not any(f.text.startswith("会長") for f in _R.check(text).findings if f.label == "PERSON")


def test_relation_in_brackets_after_a_lexicon_surname_the_dictionary_reads_as_places():
    assert _person("世帯員　上田　亮（三男）、鶏冠井瑞穂（妻）", "鶏冠井瑞穂") == "MASK"


def test_surname_and_a_word_given_name_two_spaces_apart_are_one_name():
    assert _person("本件の申請者は吉田　　孝行であり、", "吉田　　孝行") in ("MASK", "REVIEW")


def test_a_word_two_spaces_after_a_non_surname_is_not_a_given_name():
    assert not any(f.label == "PERSON" for f in _R.check("親　　孝行が大切です。").findings)


def test_surname_ending_a_line_and_given_name_opening_the_next_are_one_name():
    text = "ごみ集積所の移設に関し、後藤\n誠一及び関係者から事情を聴いた。"
    assert _person(text, "後藤\n誠一") in ("MASK", "REVIEW")
    out = _R.redact(text).text
    assert "後藤" not in out and "誠一" not in out and "\n及び" in out  # the break is kept, 及び is no name


def test_two_lines_that_are_not_surname_and_given_name_are_not_joined():
    text = "委員会を開催した\n誠一の件は後日とする。"
    assert not any("\n" in f.text for f in _R.check(text).findings if f.label == "PERSON")


def test_district_in_brackets_after_a_community_name_is_not_a_person():
    text = "２　地域代表\n　消防団員　山下　ひかり（柏木）\n"
    assert _person(text, "柏木") is None
    assert _person(text, "山下　ひかり") == "MASK"


def test_representative_auditor_is_an_official_title():
    assert _person("ただいまの小島代表監査委員の答弁について", "小島") == "KEEP"


def test_given_name_right_after_a_family_relation_is_a_private_name():
    assert _person("小学３年の長女さくらが夜一人で過ごしている。", "さくら") == "MASK"


def test_words_after_a_family_relation_are_not_names():
    text = "長女からの電話があり、妻とともに来庁した。長男たちは元気だ。"
    assert not any(f.label == "PERSON" for f in _R.check(text).findings)


@pytest.mark.parametrize("text", ["冬場は息子さんが背負って運んでいる。", "お孫さんが事故に遭われてから続けている。",
                                  "娘さんは市外に住んでいる。"])
def test_an_honorific_after_a_family_relation_is_no_name(text: str) -> None:
    # the relation with its honorific (息子さん) is a relative, and the household fact it tells stays one
    found = _R.check(text).findings
    assert not any(f.label == "PERSON" for f in found)
    assert any(f.label == "FAMILY" for f in found)


def test_role_word_starting_with_a_korean_surname_is_no_name():
    text = "４　申立人　海老原　澄子\n　申立人は、同じ町内の住民と話した。"
    assert _person(text, "申立人", 1) is None


def test_staff_name_before_an_office_extension_is_kept():
    assert _person("６　担当　総務課管財係　本間（内線２１２）", "本間") == "KEEP"


def test_private_party_before_an_extension_is_for_review():
    assert _person("申請者　山田花子（内線２３４）", "山田花子") == "REVIEW"


def test_absent_member_in_a_labelled_roster_is_kept():
    assert _person("欠席委員：布施　和也\n", "布施　和也") == "KEEP"


def test_lexicon_surname_and_given_name_written_apart_key_later_mentions():
    text = "来庁者の辻堂　美和と接触し、辻堂が転倒した。"
    assert _person(text, "辻堂", 1) in ("MASK", "REVIEW")


def test_resident_introduced_with_toiu_sharing_a_members_surname_stays_private():
    text = _MINUTES.format(s="林", m="高梨さんという方")
    assert _person(text, "高梨", 1) == "MASK"


def test_role_word_then_dearu_before_a_name_gives_its_role():
    assert _person("相談者である宇佐美は、市に対し要望した。", "宇佐美") == "MASK"


def test_nakaguro_after_ko_is_not_part_of_the_name():
    hits = [f.text for f in _R.check("故・大森一郎氏の遺族から").findings if f.label == "PERSON"]
    assert hits == ["大森一郎"]


def test_names_under_a_roster_heading_are_members():
    text = "出席委員（５名）\n　千葉　俊之　　長野　麻里　　大和　清\n欠席委員（なし）\n"
    for name in ("千葉　俊之", "長野　麻里", "大和　清"):
        assert _person(text, name) == "KEEP"


def test_names_under_a_bare_attendance_heading_are_not_taken_for_members():
    # a residents' meeting lists residents under 出席者
    text = "出席者\n千葉俊之、長野麻里\n"
    assert _person(text, "千葉俊之") in ("MASK", "REVIEW")


def test_prose_under_a_roster_heading_is_not_a_roster():
    text = "出席委員\n子ども食堂を運営する林さんが来られた。\n"
    assert _person(text, "林") == "MASK"


def test_department_then_a_space_before_a_name_is_not_enough_to_keep_it():
    # a resident at a department's counter is written so too: a person decides
    assert _person("説明者：福祉課　森本", "森本") == "REVIEW"


def test_particle_after_a_surname_is_not_a_kana_given_name():
    hits = [f.text for f in _R.check("事務局の苅谷より説明があった。").findings if f.label == "PERSON"]
    assert hits == ["苅谷"]
    assert _person("相談者　田中より子", "田中より子") == "MASK"


def test_public_health_nurse_before_a_name_is_staff():
    assert _person("健康課の保健師、岡田が訪問した。", "岡田") == "KEEP"


def test_surname_after_a_personal_tie_is_a_name_even_when_sudachi_reads_a_word():
    assert _person("加害者の少年は、同級生の真壁と口論になった。", "真壁") == "MASK"
    assert _person("同僚の森本が対応した。", "森本") == "REVIEW"


def test_words_after_a_personal_tie_are_not_names():
    text = "友人の話では、知人の紹介で隣人の家を訪ねた。"
    assert not any(f.label == "PERSON" for f in _R.check(text).findings)


def test_committee_seat_then_profession_before_a_name_is_the_member():
    assert _person("委員　弁護士　御子柴礼司\n", "御子柴礼司") == "KEEP"
    assert _person("学識経験者　北多摩大学教授　朝比奈潤\n", "朝比奈潤") == "KEEP"


def test_profession_alone_before_a_name_stays_for_review():
    assert _person("弁護士　御子柴礼司\n", "御子柴礼司") == "REVIEW"
    assert _person("委員　相談者　山田太郎\n", "山田太郎") == "MASK"


def test_surname_after_a_fused_relation_word_joins_the_given_name():
    assert _person("本児は、母檜垣　奈央、母の交際相手と同居していた。", "檜垣　奈央") == "MASK"


def test_date_word_before_a_spaced_given_name_is_not_a_surname():
    assert not any(f.text.startswith("本日") for f in _R.check("本日 陽子さんが来庁した。").findings
                   if f.label == "PERSON")


def test_tie_before_kara_and_two_items_between_seat_and_name():
    assert _person("11月6日　隣人の乙部から通報。", "乙部") == "MASK"
    assert _person("委員　　学識経験者　北多摩大学教授　朝比奈　潤\n", "朝比奈　潤") == "KEEP"


def test_reviewed_fail_opens_of_roles_and_lists():
    from redactor import Redactor
    r = Redactor()

    def actions(text):
        return {f.text: f.action for f in r.check(text).findings if f.label == "PERSON"}
    # a title ending a line of running prose is not the next line's name's title
    assert actions("地区の民生委員と担当\n鈴木花子さんが自宅を訪問した。")["鈴木花子"] == "MASK"
    # another heading (傍聴者) ends a roster: the names under it are not members
    assert actions("出席委員（２名）\n　山田太郎\n傍聴者\n　鈴木一郎\n")["鈴木一郎"] != "KEEP"
    # surnames that end like an organisation (中村, 田所) keep a counted list
    assert set(actions("申請者 中村、田所ほか２名が来庁した。")) == {"中村", "田所"}
