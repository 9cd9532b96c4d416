"""Chunking keeps every character and respects SudachiPy's byte limit."""
from hypothesis import given, settings, strategies as st

from redactor.tokens import SUDACHI_MAX_BYTES, chunk_text, tokenize


def test_chunks_cut_at_line_ends():
    text = ("あいうえお" * 10 + "\n") * 100
    chunks = chunk_text(text, limit=200)
    assert "".join(c for _, c in chunks) == text
    assert all(c.endswith("\n") for _, c in chunks[:-1])


def test_long_line_without_newline_is_cut_at_sentence_end():
    text = "本日は晴天なり。" * 500
    chunks = chunk_text(text, limit=1000)
    assert "".join(c for _, c in chunks) == text
    assert all(c.endswith("。") for _, c in chunks[:-1])


def test_chunk_over_byte_limit_is_cut_again():
    text = "𠮷" * 20_000  # 4 bytes each: 80,000 bytes with no break at all
    chunks = chunk_text(text, limit=20_000)
    assert "".join(c for _, c in chunks) == text
    assert all(len(c.encode()) <= SUDACHI_MAX_BYTES for _, c in chunks)


@settings(max_examples=50)
@given(st.text(alphabet=st.sampled_from(list("山田。\nabc𠮷")), max_size=3000),
       st.integers(min_value=10, max_value=500))
def test_offsets_reassemble_the_text(text, limit):
    chunks = chunk_text(text, limit=limit)
    assert "".join(c for _, c in chunks) == text
    for off, c in chunks:
        assert text[off:off + len(c)] == c


def test_tokenize_tags_person_names():
    tokens = tokenize("臼井雅子さん")
    assert tokens[0].is_person_name and tokens[0].pos[3] == "姓"


def test_kanji_zero_speaker_mark_does_not_swallow_the_name():
    # 〇 (U+3007) opening a speaker line: Sudachi alone fuses 〇 and the name
    # into one unknown noun; the name must come out as its own 人名 tokens.
    text = "〇坂上隆委員　質問します。\n〇〇地区の件。"
    tokens = tokenize(text)
    assert "".join(t.surface for t in tokens) == text
    assert any(t.surface == "坂上" and t.is_person_name for t in tokens)
    # a placeholder 〇〇 is not a speaker mark: still read as Sudachi reads it
    assert tokenize("〇〇地区の件。")[0].surface.startswith("〇")


def test_kanji_zero_speaker_mark_name_is_masked_under_strict():
    from redactor import Redactor

    result = Redactor(profile="strict").redact("〇高橋健二議員　道路の件で質問します。")
    assert "高橋" not in result.text
