"""Read and score the PERSON probes (tests/data/person_probes.tsv).

Run as a script to print each probe's outcome and the count of right ones:
``.venv/bin/python tests/person_probes.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

PROBES = Path(__file__).parent / "data" / "person_probes.tsv"


def load() -> list[tuple[str, str, str]]:
    """(kind, sentence, target) for each probe line."""
    out = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, sentence, target = line.split("\t")
        out.append((kind, sentence.replace("\\n", "\n").replace("\\t", "\t"), target))
    return out


def outcome(redactor, kind: str, sentence: str, target: str) -> tuple[bool, str]:
    """(right, what was found) for one probe under ``redactor``'s profile."""
    start = sentence.index(target)
    end = start + len(target)
    persons = [f for f in redactor.check(sentence).findings if f.label == "PERSON"]
    shown = ", ".join(f"{f.text}:{f.action}" for f in persons) or "-"
    if kind == "name":
        covered = set()
        for f in persons:
            if f.action in ("MASK", "REVIEW"):
                covered.update(range(f.start, f.end))
        need = {i for i in range(start, end) if not sentence[i].isspace()}
        return need <= covered, shown
    return not any(f.start < end and start < f.end for f in persons), shown


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from redactor import Redactor

    r = Redactor()
    right = {"name": 0, "not": 0}
    total = {"name": 0, "not": 0}
    for kind, sentence, target in load():
        ok, shown = outcome(r, kind, sentence, target)
        total[kind] += 1
        right[kind] += ok
        print(("ok  " if ok else "FAIL"), kind, sentence.replace("\n", "⏎").replace("\t", "⇥"), "|", shown)
    print(f"names {right['name']}/{total['name']}, near misses {right['not']}/{total['not']}")
