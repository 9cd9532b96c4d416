"""A case told over several turns or paragraphs is one person's (risk._case_chains):
the question, the answers that refer back to it and the follow-ups are read
together, even with the chair's call or a figure between; a heading, a turn to
another matter and a passage telling of several persons in turn end the case.
Made-up minutes, none copied from a document."""
from redactor import risk
from redactor.pipeline import Redactor

_R = Redactor()

EMPTY_SHOP = ("〇７番（北村議員）　空き家の件です。字東原の県道沿いに、長く空いたままの店舗があります。\n"
              "〇都市整備課長（宮本）　御指摘の建物は把握しております。所有者の方は８０代で、県外の施設に入所されています。\n"
              "〇７番（北村議員）　その方の長男とは連絡が取れているのですか。\n"
              "〇都市整備課長（宮本）　長男の方とは、先月１２日に電話でお話ししました。\n")


def highs(text: str) -> list[set[str]]:
    return [{f.text for f in s.findings} for s in _R.check(text).risk if s.level == "high"]


def test_a_case_told_over_turns_is_read_as_one_person() -> None:
    # the place is told in the question, the age in the answer that refers back to it
    found = [s for s in _R.check(EMPTY_SHOP).risk if s.level == "high" and {"字東原", "８０代"} <= {f.text for f in s.findings}]
    assert found
    assert "事案として" in found[0].why  # the reader of the review is told how the person was gathered


def test_the_chairs_call_between_the_turns_does_not_end_the_case() -> None:
    text = EMPTY_SHOP.replace("〇都市整備課長（宮本）　御指摘の建物",
                              "〇議長（佐野）　都市整備課長。\n〇都市整備課長（宮本）　御指摘の建物", 1)
    assert any({"字東原", "８０代"} <= g for g in highs(text))


def test_near_miss_a_numbered_section_ends_the_case() -> None:
    # the place of a public works item, then under another heading a member's own age: no one's case
    text = ("２　報告事項\n（１）字東原の県道沿いの店舗跡の除却について、所有者の方と協議を始めた。\n\n"
            "３　意見交換\n〇北村委員　私も８０代になりましたが、その方の話はよく聞きます。\n")
    assert not any({"字東原", "８０代"} <= g for g in highs(text))


def test_near_miss_a_statistic_and_a_public_event_stay_low() -> None:
    text = ("〇５番（石田議員）　図書館の利用について伺います。昨年度の利用者は約１２，０００人で、７０代の方が３割を占めます。\n"
            "〇教育部長（大野）　お答えします。字上野沢の分館では、１月１５日に読み聞かせ会を開き、約２０名が参加されました。\n"
            "〇５番（石田議員）　その方々の送迎はどうされていますか。\n")
    assert not highs(text)


def _p(start: int, para: int, residents: set[int] = set(), introduces: set[int] = set(), refers: bool = False,
       shifts: bool = False) -> risk._Passage:
    return risk._Passage(start, start + 10, start, para, frozenset(residents), frozenset(introduces), refers, shifts,
                         tells=bool(residents))


def test_turns_about_the_same_person_join_across_a_turn_about_someone_else() -> None:
    text = "〇" + "あ" * 9 + "\n" + "〇" + "い" * 9 + "\n" + "〇" + "う" * 9 + "\n" + "〇" + "え" * 9 + "\n"
    passages = [_p(0, 0, {1}, {1}), _p(10, 0, {2}, {2}), _p(20, 0, {1}), _p(30, 0)]
    chains = risk._case_chains(text, passages)
    assert [[p.start for p in c] for c in chains] == [[0, 20]]


def test_a_passage_telling_of_several_persons_in_turn_ends_the_case() -> None:
    text = "〇" + "あ" * 9 + "\n" + "〇" + "い" * 9 + "\n" + "〇" + "う" * 9 + "\n"
    passages = [_p(0, 0, {1}, {1}), _p(10, 0, {1, 2, 3}, {2, 3}), _p(20, 0, {1}, refers=True)]
    assert risk._case_chains(text, passages) == []


def test_near_miss_a_question_of_its_own_is_not_said_of_the_person_before() -> None:
    # the place a new question asks about (…について伺います) is no answer about the owner before
    text = EMPTY_SHOP + "\n〇７番（北村議員）　字西ノ沢の除雪について伺います。\n"
    assert not any({"字西ノ沢", "８０代"} <= g for g in highs(text))
