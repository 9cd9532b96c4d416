"""An assembly the municipality stages for residents (子ども議会, 中学生議会, 模擬議会 …) borrows the
council's forms -- its participants are 議員 and speak as 〇〇君 -- but they are residents, often
children. In such a document a council title is no evidence of office; the real council's name or an
executive answering still is. Names, schools and towns are made up."""
import pytest

from conftest import person_action

_RECORD = (
    "令和８年度　みずほ台市子ども議会　会議録\n"
    "○議長（市議会議長　岡本　隆君）　ただいまから子ども議会を開会いたします。\n"
    "○３番（西中学校２年　村井　大翔議員）　通学路に街灯を増やしてください。\n"
    "○市長（石原　誠君）　村井議員のご質問にお答えします。\n"
    "○５番（北小学校６年　Emma Sato議員）　公園のトイレをきれいにしてほしいです。\n"
    "○教育長（堀　和子君）　佐藤議員の提案は大切です。\n"
    "出席した子ども議員　中野　結衣、小山　蓮\n"
    "○７番（田村　葵君）　図書館の本を増やしてください。\n"
    "○副市長（片山　誠一君）　岡本議員からの御意見を受け止めます。\n"
)


@pytest.mark.parametrize("name, nth, action", [
    ("村井　大翔", 0, "MASK"),      # a school year beside the name: a child
    ("Emma Sato", 0, "MASK"),
    ("村井", 1, "REVIEW"),           # 村井議員 in the mayor's answer: a participant, not a member
    ("佐藤", 0, "REVIEW"),
    ("中野　結衣", 0, "REVIEW"),
    ("田村　葵", 0, "REVIEW"),       # a seat number is the staged assembly's seat
    ("岡本", 1, "REVIEW"),            # 議員 is still the context that a name stands there
    # near misses: the real council's chair and the executives answering stay officials
    ("岡本　隆", 0, "KEEP"),
    ("石原　誠", 0, "KEEP"),
    ("堀　和子", 0, "KEEP"),
])
def test_participants_of_a_staged_assembly_are_not_members(name, nth, action):
    assert person_action(_RECORD, name, nth) == action


def test_a_real_council_record_keeps_its_members():
    text = ("令和８年第２回みずほ台市議会定例会　会議録\n"
            "○３番（村井　大翔議員）　通学路の街灯について伺います。\n"
            "○市長（石原　誠君）　村井議員のご質問にお答えします。\n")
    assert person_action(text, "村井　大翔") == "KEEP"
    assert person_action(text, "村井", 1) == "KEEP"


def test_a_participant_far_below_the_heading_is_still_no_member():
    # the recognizers read a long record in chunks; the heading is in the first one only
    filler = "本日の会議では、各学校から寄せられた提案について順に意見を聴きます。\n" * 400
    text = ("みずほ台市子ども議会　会議録\n" + filler
            + "○３番（東小学校６年　田中　花子議員）　通学路の信号を増やしてください。\n"
            + "○市長（石原　誠君）　田中議員のご提案を検討します。\n")
    assert len(text) > 14000
    assert person_action(text, "田中　花子") == "MASK"
    assert person_action(text, "田中", 1) in ("MASK", "REVIEW")
    assert person_action(text, "石原　誠") == "KEEP"
