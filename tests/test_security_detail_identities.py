"""SECURITY_DETAIL: identification of who operates a system (ISO/IEC 27002
5.16, in the account_management class): a system that tells no one apart,
a login shared by a team. Made-up sentences."""
import pytest

from conftest import texts
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text", [
    "受付端末では、システム上は個人を識別しておらず、紙の名簿で照合している。",
    "窓口の端末は、課の職員５人が共通のIDで使っている。",
])
def test_no_identification_of_who_operates_is_a_detail(text):
    assert texts(R, text), text


@pytest.mark.parametrize("text", [
    # the identity documents of a resident at a counter
    "本人確認の際は、個人を識別できる書類を提示してください。",
    "共通のIDの廃止について検討を進めている。",
])
def test_identification_words_without_a_specific_give_nothing(text):
    assert texts(R, text) == [], text
