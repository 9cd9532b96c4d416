"""Labels spelt out one character at a time are no names (issue 11: fail
closed, but drop with a named reason), and the offices of an election are
named in office. All names and places are made up."""
from redactor.pipeline import Redactor
from redactor.recognizers._drops import recording
from redactor.recognizers._person_spelt_labels import spelt_label


def findings(text):
    return {f.text: (f.action, f.reason) for f in Redactor("default").check(text).findings if f.label == "PERSON"}


def test_a_label_spelt_out_is_dropped_with_its_reason():
    text = "陳 情 者　北浦見市栄町３丁目６番地の１１\n請　願　者　灘尾　敦\n"
    with recording() as drops:
        got = findings(text)
    assert not any("陳" in t or "請" in t for t in got)
    assert any("陳情者" in d.reason for d in drops)
    assert got["灘尾　敦"][0] == "MASK"


def test_a_name_written_apart_is_no_label():
    text = "申出人　桂 翔\n"
    assert spelt_label(text, 4, 7) is None
    assert findings(text)["桂 翔"][0] == "MASK"


def test_a_run_of_pieces_that_makes_no_label_stays_a_candidate():
    assert spelt_label("陳 情 書　北浦見市", 0, 3) is None


def test_the_offices_of_an_election_are_named_in_office():
    text = "選挙長　有働　久\n開票管理者　芦原　修一\n出納責任者　浜尾　敦\n相談者　蔵前　とも子\n"
    got = findings(text)
    for name in ("有働　久", "芦原　修一", "浜尾　敦"):
        assert got[name][0] == "KEEP", name
    assert got["蔵前　とも子"][0] == "MASK"
