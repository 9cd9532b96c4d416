"""Offsets of the normalised view must always map back to the original."""
from hypothesis import given, strategies as st

from redactor.normalize import normalize


def test_fullwidth_digits_and_space_become_ascii():
    norm = normalize("電話０９０－１２３４　山田")
    assert norm.text == "電話090-1234 山田"


def test_variant_kanji_fold_keeps_length():
    norm = normalize("髙橋﨑子")
    assert norm.text == "高橋崎子"
    assert norm.to_original(0, 2) == (0, 2)


def test_halfwidth_kana_with_voiced_mark_composes_to_one_char():
    original = "ｶﾞｽ代"
    norm = normalize(original)
    assert norm.text == "ガス代"
    # the composed ガ maps back to both half-width source characters
    assert norm.to_original(0, 1) == (0, 2)
    assert norm.to_original(1, 3) == (2, 4)


def test_expanding_character_maps_back_to_its_source():
    original = "㈱山田"  # NFKC: (株)山田
    norm = normalize(original)
    assert norm.text == "(株)山田"
    assert original[slice(*norm.to_original(3, 5))] == "山田"
    assert norm.to_original(0, 3) == (0, 1)


def test_invisible_characters_do_not_split_words():
    norm = normalize("山\u200b田\u00ad太郎\ufeff（090-1234-\u200b5678）葛\U000E0100城")
    assert norm.text == "山田太郎(090-1234-5678)葛城"
    start = norm.text.index("田")
    assert norm.to_original(0, 4) == (0, 6)  # the span covers the hidden characters too
    assert norm.original[slice(*norm.to_original(start, start + 1))] == "田"


japanese_text = st.text(
    alphabet=st.sampled_from(list("山田太郎０１２３ａｂ　ｶﾞﾊﾟｰ髙﨑㈱①\n、。-ＡＺ") + ["ｶ", "ﾞ", "ﾟ"]
                             + ["\u200b", "\u00ad", "\ufeff", "\U000E0100"]),
    max_size=60)


@given(japanese_text, st.data())
def test_every_span_maps_back_inside_the_original(original, data):
    norm = normalize(original)
    if norm.starts is None:
        assert len(norm.text) == len(original)
    else:
        assert len(norm.starts) == len(norm.text) == len(norm.ends)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.to_original(start, end)
    assert 0 <= s < e <= len(original)
    # normalising the mapped-back original reproduces the normalised span,
    # up to a dash between digits (０ｰ０ -> 0-0): that fold depends on the
    # digit after the dash, which the slice may cut off
    dashes = str.maketrans("ー—―", "---")
    assert norm.text[start:end].translate(dashes) in normalize(original[s:e]).text.translate(dashes)


@given(japanese_text)
def test_offsets_are_monotonic(original):
    norm = normalize(original)
    if norm.starts is None:
        return
    assert list(norm.starts) == sorted(norm.starts)
    assert all(s < e for s, e in zip(norm.starts, norm.ends))


def test_hyphen_like_characters_read_as_hyphens():
    norm = normalize("090−1234‐5678、2–3、090ー1234ー5678、1丁目2―3")
    assert norm.text == "090-1234-5678、2-3、090-1234-5678、1丁目2-3"
    assert norm.starts is None  # one character for one: offsets unchanged


def test_the_prolonged_sound_mark_stays_in_words():
    assert normalize("サーバー2台、データ―ベース ――それは").text == "サーバー2台、データ―ベース ――それは"
