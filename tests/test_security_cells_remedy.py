"""An audit's table of findings and what was done about them: the remedy
cell (措置状況) states the new control, with its date, schedule, place or
product, beside the finding it answers. Made-up findings; near misses: a
bare status, a remedy in a row with no finding, a heading's qualifier."""
from redactor import Redactor


def _security(text: str) -> list[str]:
    return [f.text for f in Redactor().check(text).findings if f.label == "SECURITY_DETAIL"]


_AUDIT = ("３　指摘事項及び措置状況（情報セキュリティ内部監査）\n"
          "｜No.｜対象｜指摘内容｜区分｜措置状況（３月15日現在）｜\n"
          "｜1｜サーバ室｜サーバ室の扉の暗証番号が５年間変更されていない｜重要｜１月10日に変更し、以後半年ごとに変更｜\n"
          "｜2｜全課｜共有端末にパスワードを記したメモが貼られていた｜要改善｜措置済｜\n"
          "｜3｜書庫｜バックアップ用ディスクが施錠されない棚に置かれていた｜要改善｜耐火金庫（総務課）で保管｜\n")


def test_a_remedy_with_a_schedule_or_a_place_beside_its_finding_is_a_detail():
    found = _security(_AUDIT)
    assert "１月10日に変更し、以後半年ごとに変更" in found
    assert "耐火金庫（総務課）で保管" in found


def test_a_bare_status_in_the_remedy_column_is_no_detail():
    assert "措置済" not in _security(_AUDIT)


def test_a_heading_with_a_dated_qualifier_is_still_a_heading_row():
    found = _security(_AUDIT)
    assert not any(t in ("区分", "対象") for t in found), found


def test_a_remedy_column_without_a_finding_in_its_row_says_nothing():
    text = ("情報システム更新の進捗\n"
            "｜No.｜事項｜措置内容｜\n"
            "｜1｜庁内研修｜６月に全職員向けに実施｜\n")
    assert _security(text) == []
