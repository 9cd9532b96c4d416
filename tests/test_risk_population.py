"""The population a town's or a village's own paper is judged against (made-up text):
the paper names its own head, assembly, office or facilities by the kind of
municipality; a 市's paper, or a 町 that is only part of an address, keeps the 市's default."""
import pytest

from redactor.pipeline import Redactor
from redactor.risk_population import document_population


@pytest.mark.parametrize("text, population", [
    ("○村長（原田　勝）　お答えいたします。", 4500.0),
    ("作成：上野村保健福祉課\n村営住宅の入居者について", 4500.0),
    ("町議会定例会会議録\n○町長　当町の財政状況は", 15000.0),
    ("場　所　役場３階　第２会議室", 15000.0),
    ("児童　町立みどり台小学校２年", 15000.0),
])
def test_a_town_or_a_village_says_it_is_its_own_paper(text, population):
    assert document_population(text) == population


@pytest.mark.parametrize("text", [
    "北町長寿会の総会が開かれた。",               # 町長 inside a club's name
    "本町通りの商店街で、北町立体駐車場の前",      # a city's street and car park
    "○市長　隣の西川町長とも協議しております。市立病院では",  # a 市's paper naming a town once
    "市役所本庁舎５階",
])
def test_a_citys_paper_or_a_town_in_an_address_is_no_towns(text):
    assert document_population(text) is None


def _levels(text, policy=None):
    return [s.level for s in Redactor(policy or "default").check(text).risk]


def test_a_village_paper_judges_an_exact_age_and_a_household_against_the_villages_population():
    body = "相談者は８６歳で、一人暮らしをされている。\n"
    assert _levels("当市では、" + body) == ["low"]     # some forty in a 市 of 50,000
    assert _levels("当村では、" + body) == ["high"]    # a handful in a village of 4,500
    # near miss: an age band and a household stay low even in a village
    assert _levels("当村では、相談者は８０代の男性で、ひとり暮らしです。\n") == ["low"]


def test_the_policys_population_wins_over_the_papers_kind(tmp_path):
    policy = tmp_path / "city.toml"
    policy.write_text('extends = "default"\n[risk]\npopulation = 50000\n', encoding="utf-8")
    assert _levels("当村では、相談者は８６歳で、一人暮らしをされている。\n", str(policy)) == ["low"]
