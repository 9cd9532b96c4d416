"""pieces.py: a reader's text from located pieces; replacements written back
into the pieces give the same text as replacing in the joined text."""
from __future__ import annotations

from hypothesis import given, strategies as st

from redactor.documents.pieces import Assembler, apply_edits, edits_for, leaked_values
from redactor.documents.text import apply_replacements
from redactor.finding import MASK, Finding
from redactor.masking import Replacement


def _rep(text: str, start: int, end: int, repl: str) -> Replacement:
    return Replacement(Finding("PERSON", start, end, text[start:end], 1.0, "test", MASK), start, end, repl)


def _build(chunks: list[tuple[str, bool]]) -> Assembler:
    """``(text, is_piece)``: pieces carry their own index as target."""
    asm = Assembler()
    asm.part("本文")
    for i, (text, is_piece) in enumerate(chunks):
        if is_piece:
            asm.piece(text, i)
        else:
            asm.sep(text)
    return asm


def _written(asm: Assembler, reps: list[Replacement]) -> str:
    """The pieces after their edits, joined with the separators as they were."""
    edits = edits_for(asm.pieces, reps)
    text = asm.text()
    out, pos = [], 0
    for i, p in enumerate(asm.pieces):
        out.append(text[pos:p.start])
        out.append(apply_edits(p.text, edits.get(i, [])))
        pos = p.end
    out.append(text[pos:])
    return "".join(out)


def test_name_across_two_pieces_goes_into_the_first():
    asm = _build([("相手方 山", True), ("田太郎", True), ("さん", True)])
    text = asm.text()
    i = text.index("山田太郎")
    edits = edits_for(asm.pieces, [_rep(text, i, i + 4, "［氏名］")])
    assert [apply_edits(p.text, edits.get(n, [])) for n, p in enumerate(asm.pieces)] == ["相手方 ［氏名］", "", "さん"]


chunk = st.tuples(st.text(alphabet="山田太郎あ\n", min_size=1, max_size=5), st.booleans())


@given(st.lists(chunk, min_size=1, max_size=8), st.data())
def test_written_pieces_equal_replacing_in_the_text(chunks, data):
    # separators are never touched: they are made of a character no span covers
    chunks = [(t if piece else "|", piece) for t, piece in chunks]
    asm = _build(chunks)
    text = asm.text()
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    reps = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < b and "|" not in text[a:b]:
            reps.append(_rep(text, a, b, "■"))
    assert _written(asm, reps) == apply_replacements(text, reps)
    assert all(text[p.start:p.end] == p.text for p in asm.pieces)


def test_parts_locate_lines_and_places():
    asm = Assembler()
    asm.part("本文", 1)
    asm.piece("一行目\n二行目", None)
    asm.sep("\n")
    asm.place("本文", 3)          # continuing says line 3 already: no new part
    asm.piece("三行目", None)
    asm.sep("\n")
    asm.place("alt属性", 10)
    asm.piece("写真", None)
    ex = asm.extracted("html")
    assert [p.where for p in ex.parts] == ["本文", "alt属性"]
    assert ex.locate(ex.text.index("三行目")) == "本文, line 3"
    assert ex.locate(ex.text.index("写真")) == "alt属性, line 10"


def test_leaked_values_ignores_values_kept_elsewhere():
    text = "相手方 山田太郎\n山田太郎課長"
    extracted = _build([(text, True)]).extracted("text")
    reps = [_rep(text, 4, 8, "［氏名］")]
    assert leaked_values(extracted, reps, "相手方 ［氏名］\n山田太郎課長") == []   # kept on purpose
    only = [_rep(text, 4, 8, "［氏名］"), _rep(text, 9, 13, "［氏名］")]
    assert leaked_values(extracted, only, "相手方 ［氏名］\n山田太郎課長") == ["山田太郎"]
