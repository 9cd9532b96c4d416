"""Generated stress suites: made-up municipal documents with gold spans,
each labelled with the writing variation it exercises (``category``), and
re-identification scenarios with gold risk groups (``risk_scenarios``).

    from redactor.stress import generate
    docs = generate(seed=7, n_docs=200)     # gold JSONL lines for ``redactor eval``
"""
from redactor.stress.generator import CATEGORIES, KEEP_CATEGORIES, KINDS, generate

__all__ = ["CATEGORIES", "KEEP_CATEGORIES", "KINDS", "generate"]
