"""SECURITY_DETAIL: a proviso (ただし、…) that grants or excepts something
right after a statement of a control takes that statement's controls: the
exception is the control's scope. Made-up sentences."""
import pytest

from conftest import texts
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, expected", [
    ("自宅から庁内のシステムを使うことは認めない。ただし、決算期（５月）に限り、課長の許可を得て、貸与端末で接続できる。",
     "ただし、決算期（５月）に限り"),
    # a rule on a system's use with no control word before the proviso
    ("自宅等での文書管理システムの利用は認めない。ただし、年度末に限り、係長の許可を得て、貸与パソコンで接続することができる。",
     "ただし、年度末に限り"),
])
def test_a_proviso_after_a_control_is_its_scope(text, expected):
    # (read with the rule it qualifies: one provision, see test_security_detail_clause_start)
    rule = text.split("。")[0]
    assert any(t.startswith(rule + "。" + expected) for t in texts(R, text)), texts(R, text)


@pytest.mark.parametrize("text", [
    # a proviso after a meeting's rule: no system, no control
    "会議は毎月開催する。ただし、議長が必要と認める場合は臨時に開くことができる。",
    # a proviso that grants or excepts nothing
    "自宅から庁内のシステムを使うことは認めない。ただし、この方針は来年度に見直す予定である。",
])
def test_a_proviso_of_no_control_or_with_no_exception_gives_nothing(text):
    assert not [t for t in texts(R, text) if t.startswith("ただし")], texts(R, text)
