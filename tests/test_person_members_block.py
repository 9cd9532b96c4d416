"""A members' block (出席委員　…) runs on over indented lines: every name in
it is a member named in office, a group heading in brackets (（学識経験者）)
between them included. A line at the margin, a blank line or a block
with no members' label ends it. Made-up names."""
from redactor.pipeline import Redactor
from redactor.recognizers._person_roles import _members_block


def actions(text):
    return {f.text: f.action for f in Redactor("default").check(text).findings if f.label == "PERSON"}


BLOCK = ("出席委員　（土地所有者から選挙された委員）\n"
         "　　　　　灘尾　久（会長）、蔵前　昭三（副会長）、宮腰　清美、\n"
         "　　　　　安斎　一男\n"
         "　　　　　（学識経験者）仲村　恵一、坪井　玲子\n"
         "欠席委員　岩城　茂\n")


def test_names_on_the_indented_lines_of_a_members_block_are_kept():
    got = actions(BLOCK)
    for name in ("灘尾　久", "蔵前　昭三", "宮腰　清美", "安斎　一男", "仲村　恵一", "坪井　玲子", "岩城　茂"):
        assert got[name] == "KEEP", name


def test_an_indented_line_under_another_label_is_no_members_block():
    text = "出席者　住民\n　　　　　真鍋　智子\n"
    assert actions(text)["真鍋　智子"] in ("REVIEW", "MASK")
    assert _members_block(text, text.index("真鍋")) is None


def test_a_blank_line_ends_the_block():
    text = "出席委員　灘尾　久\n\n　　　　　真鍋　智子\n"
    assert _members_block(text, text.index("真鍋")) is None


def test_a_heading_line_naming_a_bodys_members_heads_the_block_under_it():
    text = ("審査に関与した委員（五十音順）\n"
            "　朝比奈　由布子（弁護士）、岩清水　学（大学教授）\n"
            "　渋沢　奈緒（司法書士）\n")
    got = actions(text)
    for name in ("朝比奈　由布子", "岩清水　学", "渋沢　奈緒"):
        assert got[name] == "KEEP", name


def test_a_numbered_committee_heading_heads_its_block():
    got = actions("１　選定委員会委員\n　　委　員　小此木　綾（公認会計士）\n　　委　員　泉　隆文（会社役員）\n")
    assert got["小此木　綾"] == "KEEP" and got["泉　隆文"] == "KEEP"


def test_a_note_in_brackets_before_a_comma_is_the_previous_items():
    """（弁護士）、X: the profession in the bracket is the previous person's, so it says nothing of X --
    with no other evidence X stays for review, never kept on it."""
    from redactor.recognizers._person_roles import decide_role
    text = "相談の同席者：山田　一郎（弁護士）、鈴木　花子\n"
    role, source, word = decide_role(text, text.index("鈴木"), text.index("鈴木") + 5)
    assert word != "弁護士"
    assert actions(text)["鈴木　花子"] in ("REVIEW", "MASK")


def test_a_heading_that_names_no_body_heads_no_members_block():
    text = "参加した住民\n　真鍋　智子、大友　健\n"
    got = actions(text)
    assert got["真鍋　智子"] in ("REVIEW", "MASK") and got["大友　健"] in ("REVIEW", "MASK")
