"""KEEP from the document's structure (issue 11, fail closed in policy): a
personnel-change table's name column, a members' roster row whose own cells
say what the member sits for, an external auditor's capacity; and a name in a
row of cells read whole when the next cell is a place. Each positive case sits
beside the same name without that evidence, which must not be kept."""
from __future__ import annotations

import pytest

from conftest import person_action, texts
from redactor.recognizers.person import PersonRecognizer as P

# -- a whole name before the next cell's place ---------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("　　譲受人　　　野口　トメ　桜台町大字北原３番地\n", "野口　トメ"),
    ("相手方　　石倉　ハル　　若葉町二丁目５番\n", "石倉　ハル"),
])
def test_a_name_before_a_place_in_the_next_cell_is_found_whole(text: str, name: str) -> None:
    assert name in texts(P, text)
    assert person_action(text, name) in ("MASK", "REVIEW")


def test_a_place_alone_is_still_no_name() -> None:
    assert texts(P, "　　所在地　　桜台町大字北原３番地\n") == []


# -- personnel-change tables ----------------------------------------------------

_TAB_CHANGES = ("人事異動（４月１日付け）\n\n"
                "新職\t氏名\t旧職\n"
                "企画課長\t日野　秋子\t企画課長補佐\n"
                "税務課長\t三国　俊\t税務課主幹\n")
_SPACED_CHANGES = ("人　事　異　動\n"
                   "　新　職　　　　　　　　氏　名　　　　　　旧　職\n"
                   "　環境政策課長　　　　　日野　秋子　　　　環境政策課長補佐\n"
                   "　会計管理者　　　　　　三国　俊　　　　　会計課長\n")


@pytest.mark.parametrize(("text", "name"), [(_TAB_CHANGES, "日野　秋子"), (_TAB_CHANGES, "三国　俊"),
                                            (_SPACED_CHANGES, "日野　秋子"), (_SPACED_CHANGES, "三国　俊")])
def test_a_name_in_a_personnel_change_table_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    # one column of the pair only: a candidates' or applicants' table
    "応募者一覧\n\n番号\t氏名\t前職\n1\t日野　秋子\t会社員\n",
    "応募者一覧\n\n番号\t氏名\t旧職\n1\t日野　秋子\t会社員\n",
    # the pair, but a private party's row
    "人事異動\n\n新職\t氏名\t旧職\n相談者\t日野　秋子\t―\n",
])
def test_a_name_in_another_table_is_not_kept(text: str) -> None:
    assert person_action(text, "日野　秋子") != "KEEP"


# -- a members' roster row whose own cells say what the member sits for -------

_ROSTER = ("北浜市景観審議会　委員名簿\n\n"
           "区分　　　　　氏名　　　　　　所属・役職等\n"
           "学識経験者　　二階堂　修　　　弁護士（二階堂・岸法律事務所）\n"
           "　　　　　　　瓜生　彩　　　　北浜工業大学准教授\n")


@pytest.mark.parametrize("name", ["二階堂　修", "瓜生　彩"])
def test_a_member_whose_row_names_a_profession_is_kept(name: str) -> None:
    assert person_action(_ROSTER, name) == "KEEP"


def test_the_same_row_in_a_recipient_list_is_not_kept() -> None:
    text = ("補助金交付者一覧\n\n"
            "区分　　　　　氏名　　　　　　所属・役職等\n"
            "個人　　　　　二階堂　修　　　弁護士（二階堂・岸法律事務所）\n")
    assert person_action(text, "二階堂　修") != "KEEP"


# -- an external auditor ---------------------------------------------------------


def test_an_external_auditor_is_named_in_office() -> None:
    text = "　　　　　　　　包括外部監査人　公認会計士　大和田　徹\n"
    assert person_action(text, "大和田　徹") == "KEEP"


def test_a_professional_without_the_capacity_is_not_kept() -> None:
    text = "　　　　　　　　公認会計士　大和田　徹\n"
    assert person_action(text, "大和田　徹") != "KEEP"


# -- an answer's closing list of the members who decided it ---------------------

_ANSWER = ("答申第１２号\n令和７年２月３日\n\n北浜市長　様\n\n"
           "　　　　　　　　　　　　　　　北浜市情報公開審査会\n"
           "　　　　　　　　　　　　　　　　　　会長　土門　麻衣\n\n"
           "第１　結論\n　開示すべきである。\n\n"
           "第６　答申に関与した委員（五十音順）\n"
           "　土門　麻衣（弁護士）、宇佐美　亘（大学教授）、簗瀬　光（司法書士）\n")


@pytest.mark.parametrize("name", ["宇佐美　亘", "簗瀬　光"])
def test_the_members_who_decided_an_answer_are_kept(name: str) -> None:
    assert person_action(_ANSWER, name) == "KEEP"


def test_the_same_list_from_a_residents_association_is_not_kept() -> None:
    text = _ANSWER.replace("北浜市情報公開審査会", "北浜第三町内会").replace("答申第１２号", "会報第１２号")
    assert person_action(text, "宇佐美　亘") != "KEEP"


# -- the office's title alone in a bracket after the name ------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("出席：会長　早乙女　譲（副村長）、委員　若林　鈴（消防署長）", "KEEP"),
    ("説明者　早乙女　譲（副村長）", "KEEP"),
    # a party's word before the name wins over the bracket
    ("申出人　早乙女　譲（委員）から申出があった。", "MASK"),
])
def test_a_bracket_holding_only_an_office_title(text: str, expected: str) -> None:
    assert person_action(text, "早乙女　譲") == expected


@pytest.mark.parametrize("text", ["出席：早乙女　譲（自治会長）", "早乙女　譲（自治会長）", "出席：早乙女　譲（民生委員）",
                                  # a member's or a company's post names no body of the office
                                  "北町自治会　早乙女　譲（委員）", "交付先　早乙女　譲（代表取締役）"])
def test_a_bracket_holding_a_community_post_is_not_kept(text: str) -> None:
    assert person_action(text, "早乙女　譲") != "KEEP"


def test_a_bracket_holding_a_bare_body_head_is_not_kept() -> None:
    assert person_action("出席：早乙女　譲（会長）", "早乙女　譲") != "KEEP"


# -- statutory welfare posts; a title Sudachi fused across the surname's end --


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("出席者　児童相談所　児童福祉司　能勢　一輝", "能勢　一輝", "KEEP"),
    ("福祉事務所の身体障害者福祉司　能勢　一輝から説明した。", "能勢　一輝", "KEEP"),
    # a commissioned volunteer stays for a person to decide
    ("主任児童委員　能勢　一輝", "能勢　一輝", "REVIEW"),
])
def test_statutory_welfare_posts_are_offices(text: str, name: str, expected: str) -> None:
    assert person_action(text, name) == expected


def test_a_title_fused_across_the_surnames_end_is_cut_off() -> None:
    from redactor.recognizers._person_readings import retag_hidden_names
    from redactor.tokens import tokenize
    tokens = retag_hidden_names(tokenize("　笹本保健師：家庭訪問の結果を報告する。"))
    assert [(t.surface, t.pos[3]) for t in tokens[1:3]] == [("笹本", "姓"), ("保健師", "*")]
    assert "笹本" in texts(P, "　笹本保健師：家庭訪問の結果を報告する。")


def test_a_word_before_a_title_is_no_surname() -> None:
    from redactor.recognizers._person_readings import retag_hidden_names
    from redactor.tokens import tokenize
    text = "地域保健師が家庭訪問した。"
    assert [t.surface for t in retag_hidden_names(tokenize(text))] == [t.surface for t in tokenize(text)]


# -- names read whole before the row's next cell ---------------------------------


@pytest.mark.parametrize(("text", "name"), [
    # a surname and a given name of the lexicons, then a phone number in the next cell
    ("連絡先　平塚　トミ　０８０－２２２２－３３３３", "平塚　トミ"),
    ("・平塚 トミ　0120-11-2222", "平塚 トミ"),
    # a name field's value, then the row's date of birth or number
    ("世帯主　東雲　ゆりえ　昭和１８年生", "東雲　ゆりえ"),
    ("申請者　東雲　ゆりえ　０９０－１１１１－２２２２", "東雲　ゆりえ"),
])
def test_a_name_before_a_numbered_cell_is_found_whole(text: str, name: str) -> None:
    assert person_action(text, name) in ("MASK", "REVIEW")


def test_a_place_and_its_lot_number_are_no_name() -> None:
    assert texts(P, "所在地　北町 3番地") == []


def test_a_body_set_apart_after_a_name_is_not_its_title() -> None:
    # 委員会 opening the next words is a body, not 委員 after the name
    assert person_action("申出人　平塚 トミ　委員会に出席した。", "平塚 トミ") == "MASK"
    assert person_action("平塚委員から質問があった。", "平塚") == "KEEP"


def test_a_title_ending_a_row_does_not_run_into_the_name_below() -> None:
    text = ("区分　　　　　　　　氏名　　　　　　所属\n"
            "関係団体代表　　　　浜崎　悟　　　　北浜商工会議所部会長\n"
            "　　　　　　　　　　林　貞夫　　　　北浜市消費者団体連絡会代表\n")
    assert "林　貞夫" in texts(P, text)
    assert not any(t.startswith("長") for t in texts(P, text))


@pytest.mark.parametrize(("text", "name"), [
    ("長女　宮路　乃愛（保育園）", "宮路　乃愛"),   # 乃 read as a particle after the space
    ("被害者は小野寺乃愛（８）で、", "小野寺乃愛"),   # ... and written fused
    ("連絡先　宮路　キヨ　０９０－１１１１－２２２２", "宮路　キヨ"),  # a katakana given name
])
def test_a_given_name_sudachi_cuts_into_pieces_is_read_whole(text: str, name: str) -> None:
    assert name in texts(P, text)


def test_a_particle_after_a_surname_is_no_given_name() -> None:
    assert "宮路の乃" not in "".join(texts(P, "本件は宮路の乃ち報告された。"))


# -- an appointment bill whose request names the law it rests on -------------------

_APPOINTMENT = ("議案第９号\n\n　　　監査委員の選任について\n\n"
                "　次の者を北浜市監査委員に選任したいので、地方自治法第１９６条第１項の規定により、議会の同意を求める。\n\n"
                "　　　　記\n　住　所　　北浜市緑町３丁目２番１号\n　氏　名　　真壁　冬美\n")


def test_an_appointee_is_kept_when_the_request_cites_its_law() -> None:
    assert person_action(_APPOINTMENT, "真壁　冬美") == "KEEP"


def test_a_name_field_of_another_bill_is_not_kept() -> None:
    text = _APPOINTMENT.replace("選任したいので、地方自治法第１９６条第１項の規定により、議会の同意を求める",
                                "交付したいので、地方自治法第９６条第１項の規定により、議会の議決を求める")
    assert person_action(text, "真壁　冬美") != "KEEP"


def test_the_last_item_of_a_list_stops_before_each_title() -> None:
    text = "　出席委員：岩城委員長、迫水、丸尾、鹿毛各委員\n"
    found = texts(P, text)
    assert "鹿毛" in found and not any("各" in t for t in found)
    assert person_action(text, "鹿毛") == "KEEP"


def test_a_spelt_label_before_a_town_is_no_name() -> None:
    # 所 is a surname and 青葉 a given name of the lexicons, but 青葉原市 is a place
    assert texts(P, "１　相手方\n　　住　所　青葉原市柏木五丁目\n２０番５号\n") == []


def test_one_word_before_a_numbered_cell_is_no_name_field_value() -> None:
    # a place (or any one word) before 30代: only a surname and a given name end there
    assert texts(P, "１　申請者　　大字北谷字中島　30代\n") == []


def test_a_previous_items_title_is_no_evidence_for_a_name_with_its_own_note():
    # the 課長 in 山本's bracket is his; 佐伯's own note names an association, no office
    from redactor.pipeline import Redactor
    found = {f.text: f.action for f in Redactor().check(
        "出席者　山本　浩（市民課長）、佐伯　勝（交通安全協会長）、森田　里子（PTA会長）").findings if f.label == "PERSON"}
    assert found.get("山本\u3000浩") == "KEEP" and found.get("佐伯\u3000勝") in ("REVIEW", "MASK")
    # near miss: the next member's own note is an office's or a body's post, kept
    kept = {f.text: f.action for f in Redactor().check(
        "委員　上原　徹（委員長）、比嘉　守（副委員長）").findings if f.label == "PERSON"}
    assert kept.get("比嘉\u3000守") == "KEEP"
