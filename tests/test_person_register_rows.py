"""PERSON in registers typed with spaces and rosters of residents (issue 11):
a request register (受付簿) whose first cells run together with single
spaces, a name cell wrapped onto the next line, and a resident's district
that the dictionary reads as a surname. Each rule has a case that fires and
a near miss that must not. All names, places and offices are made up."""
from redactor.pipeline import Redactor
from redactor.recognizers._drops import recording
from redactor.recognizers._person_district import district_reason, post_of_next_name


def findings(text):
    """PERSON findings as {text: (action, reason)}."""
    return {f.text: (f.action, f.reason) for f in Redactor("default").check(text).findings if f.label == "PERSON"}


def acted(text):
    return {t for t, (a, _) in findings(text).items() if a in ("MASK", "REVIEW")}


REGISTER = ("受付番号　　　受付日　　　申出人　　　用件　　　所管課\n"
            "３－４　　4月 2日　　灘尾　久美　　　　　ごみ集積所の移設　　清掃課\n"
            "３－１８　5月12日　　栂　　　　ごみ集積所の移設　　清掃課\n"
            "　　　　　　　　　　　　澄\n"
            "３－２１　6月30日　　鳴瀬　　　　街路樹の剪定　　公園緑地課\n"
            "　　　　　　　　　　　　とし子\n"
            "３－２９　7月 1日　　MORALES ANA　　　　街路樹の剪定　　公園緑地課\n")


def test_register_rows_with_their_first_cells_run_together_are_read_from_the_end():
    f = findings(REGISTER)
    for name in ("灘尾　久美", "栂", "鳴瀬", "MORALES ANA"):
        assert "欄の値" in f.get(name, ("", ""))[1], name
    # the name cell stops at the wide gap: the request is no part of it
    assert not any("ごみ" in t or "街路樹" in t for t in f)


def test_a_name_wrapped_onto_the_next_line_continues_the_cell_and_the_table():
    f = findings(REGISTER)
    assert f["澄"][0] == "MASK" and "折り返し" in f["澄"][1]
    assert f["とし子"][0] == "MASK"
    # the table goes on after the wrapped line
    assert "欄の値" in f["MORALES ANA"][1]


def test_a_line_with_more_than_one_piece_is_no_wrapped_name():
    text = ("受付番号　　　受付日　　　申出人　　　用件　　　所管課\n"
            "３－１８　5月12日　　栂　　　　ごみ集積所の移設　　清掃課\n"
            "　　　　　　　　　　　　以下　余白\n")
    assert not any("折り返し" in r for _, r in findings(text).values())


def test_a_row_with_an_empty_last_cell_is_not_read_from_the_end():
    # one cell too few because the last is empty, the first ones are not run together
    text = ("番号　　　氏名　　　住所　　　備考\n"
            "１　　　灘尾　久美　　　清水町\n")
    f = findings(text)
    assert "清水町" not in f


ROSTER = ("東谷自治会　役員名簿\n"
          "番号\t氏名\t地区\n1\t灘尾　久美\t宮下\n2\t栂　澄\t東谷\n\n"
          "出席者\n"
          "・鳴瀬　とし子様（宮下）\n"
          "・汐入　勝（民生委員、東谷）\n"
          "宮下自治会の役員も出席した。\n"
          "川端主任児童委員　伍賀 紀子\n")


def test_a_district_column_and_a_district_in_brackets_after_a_name_are_no_persons():
    got = acted(ROSTER)
    assert {"灘尾　久美", "栂　澄", "鳴瀬　とし子", "汐入　勝", "伍賀 紀子"} <= got
    assert "宮下" not in got and "東谷" not in got and "川端" not in got
    with recording() as drops:
        Redactor("default").check(ROSTER)
    assert any(d.text == "宮下" and "地区" in d.reason for d in drops)


def test_a_surname_in_brackets_is_a_person_when_the_document_never_uses_it_as_a_place():
    # 宮下 is never written before 地区 or a residents' body here: the bracket may name a person
    text = "・鳴瀬　とし子様（宮下）\n"
    assert district_reason(text, text.index("宮下"), text.index("宮下") + 2) is None


def test_a_surname_before_a_post_with_no_name_after_it_stays_a_person():
    text = "宮下自治会長から要望があった。"
    assert district_reason(text, 0, 2) is None
    assert not post_of_next_name(text, len("宮下自治会長"))
    assert post_of_next_name("宮下自治会長　伍賀 紀子", len("宮下自治会長"))


# -- residents' lists: an age after the name, a 班 or 組 of a neighbourhood ---------------

def test_a_name_followed_by_an_age_is_no_place_before_a_lot_number():
    text = "１　要望者\n②灘尾　久美　６８歳\n"
    assert "灘尾　久美" in acted(text)


def test_a_place_followed_by_a_lot_number_is_still_a_place():
    # 緑町 3-2-1: the number after the run is a lot, not an age -- no person
    assert "緑町" not in findings("緑町 3-2-1に住む\n")


def test_a_hancho_after_a_neighbourhood_is_not_kept_and_the_district_is_no_person():
    text = "栂　千尋（新開班長）\n"
    got = findings(text)
    assert got["栂　千尋"][0] in ("REVIEW", "MASK")
    assert "新開" not in got


def test_a_hancho_after_a_teams_task_is_staff():
    assert findings("防災班長　灘尾\n")["灘尾"][0] == "KEEP"


def test_the_head_of_a_neighbourhood_kumi_is_a_resident():
    assert findings("　組長:栂 博之\n")["栂 博之"][0] == "MASK"
    assert findings("体育振興会長：灘尾 香織\n")["灘尾 香織"][0] == "MASK"
