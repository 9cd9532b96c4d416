"""A person written as the source of what a sentence tells (申出人によると、…)
is the person it tells of: the mosaic check joins what follows to them, as it
joins what follows 申出人は. A person joined by と, から or を is still another
party of the clause (申出人と口論になった男性). Made-up minutes."""
from redactor.pipeline import Redactor

ASKED = ("〇３番（高野議員）　奨学金の返還について伺います。相談に来られた申出人は、"
         "市内の工場で夜勤をしている３０代の男性です。\n"
         "〇教育部長（石井）　お答えいたします。\n")


def groups(text):
    return [{f.text for f in s.findings} for s in Redactor().check(text).risk]


def test_what_the_source_tells_is_said_of_them():
    text = ASKED + "〇３番（高野議員）　申出人によると、母親と二人暮らしで、返還が滞っているのは昨年の秋からだそうです。\n"
    joined = [g for g in groups(text) if "母親と二人暮らし" in g]
    assert joined and all({"３０代", "男性"} <= g for g in joined)


def test_what_the_source_told_in_other_words_is_said_of_them_too():
    text = ASKED + "〇３番（高野議員）　申出人から伺ったところでは、母親と二人暮らしとのことでした。\n"
    assert any({"３０代", "母親と二人暮らし"} <= g for g in groups(text))


def test_near_miss_another_party_of_the_clause_is_someone_else():
    # 申出人と口論になった男性: the man the clause joins to the applicant is not the applicant
    text = ASKED + "〇３番（高野議員）　申出人と口論になった男性は、６０代で字北原にお住まいです。\n"
    assert not any({"３０代", "６０代"} <= g for g in groups(text))


def test_near_miss_someone_the_source_tells_of_is_someone_else():
    # 申出人によると、６０代の男性が: a person an attribute introduces is another person the applicant told of
    text = ASKED + "〇３番（高野議員）　申出人によると、６０代の男性が自宅に怒鳴り込んできたそうです。\n"
    assert not any({"３０代", "６０代"} <= g for g in groups(text))
