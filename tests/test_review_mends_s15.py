"""Fail-closed mends found when reviewing session 15's change: each case used
to leave a private detail visible because a drop or a KEEP fired on too little."""
from conftest import _redactor


def check_text(text: str):
    return _redactor().check(text)


def _labels(text: str) -> set[tuple[str, str]]:
    return {(f.label, f.action) for f in check_text(text).findings if f.action in ("MASK", "REVIEW")}


def test_a_data_row_of_short_cells_is_no_heading_row():
    text = ("相談記録\n北浜一郎\t男性\t生活保護を受給\t本人が精神科に通院\n"
            "山田花子\t女性\t年金2万円\t特になし\n")
    found = [f for f in check_text(text).findings if f.label == "SENSITIVE" and f.action == "MASK"]
    assert any("通院" in text[f.start:f.end] for f in found)


def test_a_norm_followed_by_our_own_practice_is_still_a_detail():
    text = "ガイドラインでは8文字以上が推奨されていますが、当課の端末のパスワードは4桁の数字で運用しています。"
    assert ("SECURITY_DETAIL", "MASK") in _labels(text)


def test_a_norm_alone_is_no_detail():
    text = "国のガイドラインでは、パスワードは8文字以上とすることが推奨されています。"
    assert not any(label == "SECURITY_DETAIL" for label, _ in _labels(text))
