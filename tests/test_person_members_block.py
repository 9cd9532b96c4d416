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
