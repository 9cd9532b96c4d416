"""A council residents form in their district (まちづくり協議会, 住民自治協議会)
is no body of the municipality: its chair and members are not named in
office (issue 11; README: 会長 heads any body). Made-up names and places."""
from redactor.pipeline import Redactor


def actions(text):
    return {f.text: f.action for f in Redactor("default").check(text).findings if f.label == "PERSON"}


def test_the_chair_of_a_residents_council_is_not_kept():
    text = "ひかり地区まちづくり協議会（会長　望月　浩二、会計　真鍋　智子）に補助金を交付した。\n"
    got = actions(text)
    assert got["望月　浩二"] in ("REVIEW", "MASK") and got["真鍋　智子"] in ("REVIEW", "MASK")


def test_the_council_referred_back_to_is_the_same_residents_council():
    text = ("ひかり地区まちづくり協議会に補助金を交付した。\n"
            "同協議会の会長である望月　浩二氏は、設営を親族の会社に発注した。\n")
    assert actions(text)["望月　浩二"] in ("REVIEW", "MASK")


def test_a_member_of_a_residents_council_is_not_kept():
    text = "ひかり地区まちづくり協議会の委員である篠田浩二氏から意見書が提出された。\n"
    assert actions(text)["篠田浩二"] in ("REVIEW", "MASK")


def test_a_member_and_the_chair_of_the_municipalitys_council_are_kept():
    assert actions("北浦見市まちづくり審議会の委員である篠田浩二氏から意見があった。\n")["篠田浩二"] == "KEEP"
    assert actions("北浦見市環境審議会（会長　有働　久）\n")["有働　久"] == "KEEP"
