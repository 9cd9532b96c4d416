"""One case's role told apart in the reading is one person (risk._same_role_in_case):
the same role word (相談者, 申出人) far apart within one case, and a description with
no person word right next to it, are judged together; two cases' 相談者, another
相談者 (別の相談者) and different roles stay apart. Made-up records, none copied
from a document."""
from redactor.pipeline import Redactor

_R = Redactor()

# paragraphs between the two mentions: more than the reading carries a role across
_BETWEEN = "".join(f"　窓口での手続の流れ（その{i}）を説明した。\n\n" for i in range(1, 7))


def highs(text: str) -> list[set[str]]:
    return [{f.text for f in s.findings} for s in _R.check(text).risk if s.level == "high"]


def test_the_same_role_far_apart_in_one_case_is_one_person() -> None:
    text = ("事例１　訪問販売\n　相談者は字西ノ谷に住む７０代の男性である。\n\n" + _BETWEEN
            + "　相談者は元郵便局員で、妻と二人暮らしである。\n")
    subjects = [s for s in _R.check(text).risk if s.level == "high"
                and {"字西ノ谷", "元郵便局員", "妻と二人暮らし"} <= {f.text for f in s.findings}]
    assert subjects
    assert "相談者" in subjects[0].why  # the review says how the person was gathered


def test_near_miss_two_cases_keep_their_own_person() -> None:
    text = ("事例１　訪問販売\n　相談者は字西ノ谷に住む７０代の男性である。\n\n" + _BETWEEN
            + "事例２　架空請求\n\n　相談者は元郵便局員で、妻と二人暮らしである。\n")
    assert not any({"字西ノ谷", "元郵便局員"} <= g for g in highs(text))


def test_near_miss_another_of_the_role_is_someone_else() -> None:
    text = ("受付の記録\n　相談者は字西ノ谷に住む７０代の男性である。\n\n" + _BETWEEN
            + "　別の相談者は元郵便局員で、妻と二人暮らしである。\n")
    assert not any({"字西ノ谷", "元郵便局員"} <= g for g in highs(text))


def test_near_miss_different_roles_are_not_merged() -> None:
    text = ("受付の記録\n　申出人は字西ノ谷に住む７０代の男性である。\n\n" + _BETWEEN
            + "　相手方は元郵便局員で、妻と二人暮らしである。\n")
    assert not any({"字西ノ谷", "元郵便局員"} <= g for g in highs(text))


def test_the_short_form_of_a_role_is_the_same_party() -> None:
    # 審査請求人 named first, 請求人 after: the paper's short form of the same party
    text = ("裁決書\n　審査請求人は字西ノ谷に住む７０代の男性である。\n\n" + _BETWEEN
            + "　請求人は元郵便局員で、妻と二人暮らしである。\n")
    assert any({"字西ノ谷", "元郵便局員"} <= g for g in highs(text))
