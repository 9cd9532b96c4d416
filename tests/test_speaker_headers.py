"""Clause findings (a weakness, a sensitive fact) start after a minutes
speaker header, so the official's name and title stay readable."""
from __future__ import annotations

import pytest

from redactor.finding import Finding
from redactor.speaker_headers import header_end, trim_speaker_headers


@pytest.mark.parametrize("line, header", [
    ("◆高齢福祉課長（栗林 みどり）　私物のUSBメモリを使っていた。", "◆高齢福祉課長（栗林 みどり）　"),
    ("〇7番（山田太郎君）　パスワードは共通でした。", "〇7番（山田太郎君）　"),
    ("A3(八木沢係長) バックアップは取っていません。", "A3(八木沢係長) "),
    ("大谷委員　　端末のパスワードは共通か。", "大谷委員　　"),
    ("市長（木村一郎君）　お答えします。", "市長（木村一郎君）　"),
    ("　Mensah氏：管理者アカウントは除外している。", "　Mensah氏："),
    ("情報課長：鍵は机に入れている。", "情報課長："),
    ("○杉本　正樹委員　専用線が一経路だけなのは心配だ。", "○杉本　正樹委員　"),  # a name with a space, then the title
    ("◆宇野 晴美議員　サーバ室の鍵は誰が持つのか。", "◆宇野 晴美議員　"),
])
def test_speaker_headers_are_recognised(line: str, header: str) -> None:
    assert header_end(line, 0) == len(header)


@pytest.mark.parametrize("line", [
    "○2 生活保護を受給している",        # a marked option on a form
    "○母 長女と同居している。",          # a marked item of a household, no title after the space
    "○ 本人は長男と同居",
    "本人（72歳）　糖尿病で通院中。",      # a person with an age, not a speaker
    "長男（中学2年）　不登校が続いている。",
    "パスワードは全員共通である。",
    "パスワード：Tama2020",             # a field label and its value
    "保管場所：西庁舎の書庫",
])
def test_other_line_starts_are_not_headers(line: str) -> None:
    assert header_end(line, 0) is None


def test_clause_finding_is_moved_past_the_header_and_others_are_not() -> None:
    text = "前置き。\n◆情報課長（栗林 みどり）　鍵は机の引き出しに入れていた。"
    body = text.index("鍵")
    clause = Finding(label="SECURITY_DETAIL", start=text.index("◆"), end=len(text), text="", score=1.0,
                     recognizer="t", reason="")
    name = Finding(label="PERSON", start=text.index("栗林"), end=text.index("）"), text="", score=1.0,
                   recognizer="t", reason="")
    trim_speaker_headers(text, [clause, name])
    assert text[clause.start] == "鍵" and clause.start == body and clause.text.startswith("鍵")
    assert (name.start, name.end) == (text.index("栗林"), text.index("）"))


def test_official_named_in_the_header_stays_visible_and_the_weakness_is_masked() -> None:
    from redactor import Redactor

    text = ("令和6年　総務委員会\n"
            "◆情報政策課長（栗林 みどり）　これまで私物のUSBメモリで住民データを持ち出していました。\n")
    out = Redactor().redact(text).text
    assert "情報政策課長（栗林 みどり）" in out
    assert "私物のUSBメモリ" not in out
