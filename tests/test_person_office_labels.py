"""Staff and council labels (issue 11 weak spots): a welfare office's
査察指導員 is the office's own (a log's 受付者 with no unit stays open: a
company has one too); a council roster's
会派 column and a 発言時間 column are headings, not names; the word where a
person sits (センター, 窓口) is no surname. Made-up names."""
from redactor.pipeline import Redactor


def findings(text):
    return {f.text: f.action for f in Redactor("default").check(text).findings if f.label == "PERSON"}


def test_a_welfare_supervisor_is_staff_and_a_receiver_with_no_unit_is_open():
    got = findings("査察指導員　小野寺\n受付者　浜口千里\n相談者　灘尾　敦\n")
    assert got["小野寺"] == "KEEP" and got["浜口千里"] == "REVIEW"
    assert got["灘尾　敦"] == "MASK"


def test_a_council_roster_with_a_speaking_time_column():
    got = findings("会派\t氏名\t発言時間\n市民クラブ\t高畑聡\t15分\n新政会\t村瀬陽子\t10分\n")
    assert "発言時間" not in got
    assert got["高畑聡"] == "KEEP" and got["村瀬陽子"] == "KEEP"


def test_the_place_a_person_sits_is_no_surname():
    got = findings("センター　紺野さんより連絡あり。\n窓口　今泉様から電話。\n")
    assert got == {"紺野": "MASK", "今泉": "MASK"}


def test_a_rare_surname_that_is_a_word_is_still_joined():
    # 鬼灯 is a common noun to the dictionary, and no office word
    assert findings("申立人　鬼灯 蒼さん\n") == {"鬼灯 蒼": "MASK"}


def test_a_field_value_of_kin_words_only_is_no_name():
    got = findings("相続人は長女のみで、他の相続人（妻・二女）は相続放棄。\n")
    assert "妻・二女" not in got


def test_counsel_of_the_municipalitys_own_suit_is_named_in_office():
    text = ("四　訴訟代理人\n　　弁護士　蔵前　徹（北浦見中央法律事務所）\n"
            "○訴訟代理人　弁護士　千田　浩（みなと法律事務所）\n"
            "相手方訴訟代理人　弁護士　有働　久\n")
    got = findings(text)
    assert got["蔵前　徹"] == "KEEP" and got["千田　浩"] == "KEEP"
    assert got["有働　久"] == "REVIEW"  # the other party's counsel


def test_a_contractors_people_on_an_indented_line_of_an_attendance_block():
    text = ("出席者：\n　（町）町長　灘尾　英明、住民生活課長　蔵前　修\n"
            "　（コンサルタント）株式会社ひがし環境設計　坂上、三上\n　（住民）約６０名\n")
    got = findings(text)
    assert got.get("坂上") == "KEEP" and got.get("三上") == "KEEP"


def test_an_indented_line_under_no_attendance_label_is_no_block():
    got = findings("要望者：\n　株式会社ひがし環境設計　坂上\n")
    assert got.get("坂上") in ("REVIEW", "MASK")


def test_a_name_opening_a_turn_after_the_speakers_bracket_is_not_the_speakers_title():
    text = ("○委員（杉本委員）　候補の件はどうなりましたか。\n"
            "○事務局（柴崎課長）　浜野氏については、御本人から辞退したいとの申出がありました。\n")
    got = findings(text)
    assert got["浜野"] == "MASK"
    assert got["柴崎"] == "KEEP" and got["杉本"] == "KEEP"
