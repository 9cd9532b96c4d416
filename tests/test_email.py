import pytest

from conftest import found
from redactor.recognizers.email import EmailRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("連絡先 hanako.sato@example.ne.jp", "hanako.sato@example.ne.jp", "unknown"),
    ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "unknown"),
    ("問い合わせ somu@city.sakura.lg.jp", "somu@city.sakura.lg.jp", "office"),
    ("info@example.com", "info@example.com", "office"),
])
def test_emails(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["@マークの使い方", "user@localhost", "a@b"])
def test_not_emails(text):
    assert found(R, text) == []
