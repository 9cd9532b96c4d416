"""Masking applies decisions only: overlap resolution and replacement styles."""
from hypothesis import given, strategies as st

from redactor.finding import Finding
from redactor.masking import apply_masks, resolve_overlaps


def f(label, start, end, text, action="MASK", score=0.8, **attrs):
    return Finding(label, start, end, text[start:end], score, "T", action=action, attributes=attrs)


TEXT = "相手方山田太郎さん（電話090-1111-2222）と山田さん"


def test_longer_span_wins_then_higher_score():
    a = f("PERSON", 3, 5, TEXT)
    b = f("PERSON", 3, 7, TEXT)
    c = f("PHONE", 3, 7, TEXT, score=0.9)
    chosen = resolve_overlaps([a, b, c])
    assert chosen == [c]


def test_resolution_is_deterministic_whatever_the_order():
    spans = [f("PERSON", 3, 7, TEXT), f("PERSON", 3, 7, TEXT), f("PHONE", 12, 25, TEXT),
             f("AGE", 5, 9, TEXT, score=0.8)]
    assert resolve_overlaps(spans) == resolve_overlaps(list(reversed(spans)))


def test_label_style():
    masked, repl = apply_masks(TEXT, [f("PERSON", 3, 7, TEXT), f("PHONE", 12, 25, TEXT)])
    assert masked == "相手方［氏名］さん（電話［電話番号］）と山田さん"
    assert [r.text for r in repl] == ["［氏名］", "［電話番号］"]


def test_block_style_hides_the_length():
    masked, _ = apply_masks(TEXT, [f("PERSON", 3, 5, TEXT), f("PERSON", 3 + 25, 30, TEXT)], "block")
    assert masked.count("■■■■") == 2 and "■■■■■" not in masked


def test_pseudonym_same_person_same_token():
    text = "山田太郎さんと佐藤さん。山田太郎さんは"
    findings = [f("PERSON", 0, 4, text, person_key="山田"), f("PERSON", 7, 9, text, person_key="佐藤"),
                f("PERSON", 12, 16, text, person_key="山田")]
    masked, _ = apply_masks(text, findings, "pseudonym")
    assert masked == "Ａ氏さんとＢ氏さん。Ａ氏さんは"


def test_keep_and_review_follow_review_output():
    findings = [f("PERSON", 3, 7, TEXT, action="KEEP"), f("PHONE", 12, 25, TEXT, action="REVIEW")]
    assert apply_masks(TEXT, findings)[0] == "相手方山田太郎さん（電話［電話番号］）と山田さん"
    assert apply_masks(TEXT, findings, review_output="keep")[0] == TEXT


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=8))
def test_no_masked_value_survives_and_masking_twice_changes_nothing(raw):
    text = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも"
    spans = [f("PERSON", s, min(len(text), s + n), text) for s, n in raw]
    chosen = resolve_overlaps(spans)
    masked, repl = apply_masks(text, chosen)
    for r in repl:
        assert r.finding.text not in masked.replace("［氏名］", "|")
    assert apply_masks(masked, [])[0] == masked
    assert all(not a.overlaps(b) for i, a in enumerate(chosen) for b in chosen[i + 1:])


def test_mask_value_inside_review_clause_stays_masked_when_review_is_kept():
    text = "回線はLGWANでパスワードはAbc12345とする。"
    clause = f("SECURITY_DETAIL", 0, 26, text, action="REVIEW")
    secret = f("CREDENTIAL", 15, 23, text, action="MASK")
    chosen = resolve_overlaps([clause, secret])
    assert chosen == [clause, secret]
    kept, _ = apply_masks(text, chosen, review_output="keep")
    assert "Abc12345" not in kept and "LGWAN" in kept
    masked, repl = apply_masks(text, chosen, review_output="mask")
    assert masked == "［セキュリティ上の詳細につき非公開］。" and len(repl) == 1


def test_keep_winner_still_protects_its_inside():
    text = "株式会社大和田電算が落札した。"
    company = f("AFFILIATION", 0, 9, text, action="KEEP")
    surname = f("PERSON", 4, 7, text, action="MASK")
    assert resolve_overlaps([company, surname]) == [company]


def test_a_description_of_a_person_never_keeps_a_name_inside_it_visible():
    # an occupation read over the surname before it (荒木測量士), however sure, holds no name
    text = "荒木測量士に相談済み。"
    job = f("OCCUPATION", 0, 5, text, action="KEEP", score=0.95)
    surname = f("PERSON", 0, 2, text, action="REVIEW", score=0.6)
    assert [(x.label, x.text) for x in resolve_overlaps([job, surname])] == [("PERSON", "荒木"), ("OCCUPATION", "測量士")]
    masked, _ = apply_masks(text, resolve_overlaps([job, surname]), review_output="mask")
    assert "荒木" not in masked


def test_a_finding_partly_under_a_longer_one_keeps_its_uncovered_part():
    # fail closed: 宮代　陽翔 of which a SENSITIVE span took 陽翔 still hides 宮代
    from redactor.finding import Finding
    from redactor.masking import resolve_overlaps
    t = "相談者の宮代　陽翔の骨折について"
    name = Finding("PERSON", 4, 9, t[4:9], 0.9, "P", "MASK", "name", {})
    fact = Finding("SENSITIVE", 7, 13, t[7:13], 0.9, "S", "MASK", "fact", {})
    out = [(f.label, f.text) for f in resolve_overlaps([name, fact])]
    assert out == [("PERSON", "宮代"), ("SENSITIVE", "陽翔の骨折に")]
    # a KEEP finding under a finding to hide gives nothing back
    keep = Finding("PLACE", 4, 9, t[4:9], 0.5, "Q", "KEEP", "place", {})
    assert [(f.label, f.text) for f in resolve_overlaps([keep, fact])] == [("SENSITIVE", "陽翔の骨折に")]


def test_the_tail_past_every_chosen_finding_is_kept_too():
    # fail closed: a security clause cut at a line end took 192.168. of an address
    # broken there; the rest of the address, past every chosen span, is masked too
    t = "録画装置のアドレス　192.168.\n220.242"
    clause = f("SECURITY_DETAIL", 0, 18, t, score=0.7)
    address = f("NETWORK", 10, len(t), t, score=0.8)
    out = [(x.label, x.text) for x in resolve_overlaps([clause, address])]
    assert out == [("SECURITY_DETAIL", t[:18]), ("NETWORK", "220.242")]


def test_free_parts_of_a_span_beyond_the_last_interval():
    from redactor.intervals import IntervalSet
    taken = IntervalSet()
    taken.add(0, 10)
    assert taken.free_parts(5, 20) == [(10, 20)]
    taken.add(12, 14)
    assert taken.free_parts(5, 20) == [(10, 12), (14, 20)]
    assert taken.free_parts(0, 10) == [] and taken.free_parts(20, 25) == [(20, 25)]
