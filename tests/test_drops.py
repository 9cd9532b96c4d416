"""The REDACTOR_EXPLAIN_DROPS debug mode is read once per document, not on
every drop (a long document makes thousands of drops)."""
from redactor.recognizers import _drops


def test_setting_applies_from_the_next_read(monkeypatch, capsys):
    monkeypatch.delenv(_drops.ENV, raising=False)
    _drops.read_setting()
    monkeypatch.setenv(_drops.ENV, "1")
    _drops.drop("PERSON", "運転手さん", 0, 3, "職業")
    assert "運転手" not in capsys.readouterr().err  # not read again per drop
    _drops.read_setting()
    _drops.drop("PERSON", "運転手さん", 0, 3, "職業")
    assert "除外 PERSON 0-3 「運転手」: 職業" in capsys.readouterr().err
    monkeypatch.delenv(_drops.ENV)
    _drops.read_setting()
    _drops.drop("PERSON", "運転手さん", 0, 3, "職業")
    assert capsys.readouterr().err == ""


def test_recording_works_without_the_setting(monkeypatch):
    monkeypatch.delenv(_drops.ENV, raising=False)
    _drops.read_setting()
    with _drops.recording() as drops:
        _drops.drop("PERSON", "皆さん", 0, 1, "普通の語")
    assert drops == [_drops.Drop("PERSON", 0, 1, "皆", "普通の語")]
