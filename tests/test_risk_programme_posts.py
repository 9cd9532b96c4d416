"""Posts the municipality or its schools fill by programme (made-up text):
地域おこし協力隊員, スクールソーシャルワーカー are staff in their post, so the
age, sex and work said of them in brackets are no resident's; a former post
(元…) is the person's own work, and a resident helped by one stays high."""
import pytest

from redactor.pipeline import Redactor


def _highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


@pytest.mark.parametrize("text", [
    "〇３番（西村　浩）　地域おこし協力隊員（北町地区在住、３０代男性、元システムエンジニア）が、空き家の活用に取り組んでいます。\n",
    "〇教育長（北原　誠）　スクールソーシャルワーカー（４０代女性、社会福祉士）を北小学校に配置しております。\n",
])
def test_a_programme_posts_attributes_are_an_officials(text):
    assert not _highs(text)


@pytest.mark.parametrize("text", [
    "〇３番（西村　浩）　元地域おこし協力隊員で、北町地区に住む３０代の男性が、先月、空き家で火災に遭われました。\n",
    "〇３番（西村　浩）　スクールカウンセラーに相談した北小学校の４年生の女子児童が、先月から不登校になっています。\n",
])
def test_a_former_post_or_a_resident_helped_by_one_stays_high(text):
    assert _highs(text)
