"""ADDRESS and PHONE in the entry of a juridical person named with the person
acting for it (recognizers/_body_row.py): a table row or a block of a list of
bodies keeps the body's seat and number (KEEP); a sole proprietor's row, a
person's row and a mobile number keep the mask. Made-up lists."""
import pytest

from redactor.pipeline import Redactor
from redactor.recognizers._body_row import body_line_above, represented_body


def actions(text, label):
    return [(f.text, f.action) for f in Redactor("default").check(text).findings if f.label == label]


_HEAD = "番号\t業者コード\t商号\t代表者\t所在地\t電話\n"


@pytest.mark.parametrize("row", [
    "1\tK-104\t北浜舗装株式会社\t代表取締役 西浦 一郎\t南浜市港町5丁目6番7号\t045-321-7788\n",
    "2\tK-220\t有限会社みなと電設\t取締役 東谷 花子\t南浜市本町2-3-4\t045-321-9901\n",
    "3\tK-301\t南浜設備工業協同組合\t理事長 北川 健\t南浜市緑町1丁目8番地\t045-321-4410\n",
    "4\tK-318\t株式会社ミナト測量 南浜営業所\t所長 中西 誠\t南浜市旭町3-9-12\t045-321-5521\n",
])
def test_a_bodys_row_with_its_representative_keeps_seat_and_number(row):
    found = dict(actions(_HEAD + row, "ADDRESS") + actions(_HEAD + row, "PHONE"))
    assert set(found.values()) == {"KEEP"} and len(found) == 2


@pytest.mark.parametrize("row", [
    "5\tK-402\tみなと工務店（個人）\t南谷 徳治\t南浜市本町4-4-4\t045-321-6060\n",   # a sole proprietor: no title
    "6\tK-415\t北浜舗装株式会社\t代表取締役 西浦 一郎\t南浜市港町5-6-7\t090-1234-5678\n",  # a mobile number
])
def test_a_proprietors_row_or_a_mobile_keeps_the_mask(row):
    text = _HEAD + row
    assert ("MASK" in {a for _, a in actions(text, "ADDRESS") + actions(text, "PHONE")})


def test_each_row_is_judged_on_its_own():
    text = (_HEAD + "1\tK-104\t北浜舗装株式会社\t代表取締役 西浦 一郎\t南浜市港町5-6-7\t045-321-7788\n"
            "2\tK-105\t個人\t―\t南浜市本町4-4-4\t045-321-6060\n")
    assert actions(text, "ADDRESS") == [("南浜市港町5-6-7", "KEEP"), ("南浜市本町4-4-4", "MASK")]


@pytest.mark.parametrize("head, body", [
    ("7\tK\t株式会社さざなみ\t代表取締役 西浦 一郎\t", "株式会社さざなみ"),
    ("|4|創業支援|合同会社はまかぜ|代表社員 Anna Weber|", "合同会社はまかぜ"),
    ("7\tK\tさざなみ商店\t代表 西浦 一郎\t", None),            # no legal form: maybe a proprietor
    ("7\tK\t株式会社さざなみ\t西浦 一郎\t", None),             # no title: a person's cell
    ("7\t株式会社さざなみ\t代表取締役 西浦様方\t", None),       # a household word
])
def test_the_body_a_row_speaks_for(head, body):
    assert represented_body(head) == body


@pytest.mark.parametrize("block, body", [
    ("相手方　株式会社はまなす住建　代表取締役　西浦　一郎\n　南浜市港町5丁目6番7号", "株式会社はまなす住建"),
    ("社会福祉法人みなと福祉会（特別養護老人ホームうみかぜ）　理事長　東谷　花子\n　南浜市", "社会福祉法人みなと福祉会（特別養護老人ホームうみかぜ）"),
    ("申請者　西浦　一郎\n　南浜市", None),
    ("株式会社はまなす住建　勤務　西浦　一郎\n　南浜市", None),
])
def test_the_body_named_on_the_line_above(block, body):
    text = block.replace("　", " ")
    assert body_line_above(text, text.index("\n") + 1) == (body.replace("　", " ") if body else None)


def test_a_block_keeps_the_bodys_seat_and_number_below_it():
    text = ("・災害時の資材供給に関する協定\n"
            "　南浜建材株式会社　代表取締役　西浦　一郎\n"
            "　南浜市港町5丁目6番7号　TEL 045-321-7788\n")
    assert actions(text, "ADDRESS") == [("南浜市港町5丁目6番7号", "KEEP")]
    assert actions(text, "PHONE") == [("045-321-7788", "KEEP")]


def test_a_persons_block_keeps_the_mask():
    text = ("・見守り協力者\n"
            "　西浦　一郎（自治会長）\n"
            "　南浜市港町5丁目6番7号　TEL 045-321-7788\n")
    assert actions(text, "ADDRESS") == [("南浜市港町5丁目6番7号", "MASK")]
    assert actions(text, "PHONE") == [("045-321-7788", "MASK")]


@pytest.mark.parametrize("head", [
    "",                                              # no heading: maybe a person's record
    "番号\t業者コード\t商号\t代表者\t住所\t電話\n",      # a person's 住所 column, no seat column
])
def test_a_row_needs_a_seat_column_heading(head):
    text = head + "1\tK-104\t北浜舗装株式会社\t代表取締役 西浦 一郎\t南浜市港町5丁目6番7号\t045-321-7788\n"
    assert actions(text, "ADDRESS") == [("南浜市港町5丁目6番7号", "MASK")]


def test_a_business_partys_block_keeps_its_seat_and_head_office_line():
    text = ("４．施工業者　株式会社　南浜土木\n"
            "　　　　　　　南浜市港町４丁目２番８号\n"
            "　　　　　　　現場代理人　西浦　勝利\n"
            "　　　　　　　電　話　045-778-3021（本社）\n")
    assert actions(text, "ADDRESS") == [("南浜市港町４丁目２番８号", "KEEP")]
    assert actions(text, "PHONE") == [("045-778-3021", "KEEP")]


@pytest.mark.parametrize("text", [
    "勤務先　株式会社　南浜土木\n　南浜市港町４丁目２番８号\n",        # an employer, not a party
    "申請者　南浜土木\n　南浜市港町４丁目２番８号\n",                 # no legal form, no business role
])
def test_an_employer_or_a_name_without_a_legal_form_above_keeps_the_mask(text):
    assert actions(text, "ADDRESS") == [("南浜市港町４丁目２番８号", "MASK")]


@pytest.mark.parametrize("text", [
    "勤務先　045-778-3021（本社）\n",             # a private word has its say first
    "連絡先　西浦一郎　045-778-3021（本社）\n",    # a person before it: maybe their own desk
])
def test_a_head_office_note_after_a_persons_number_keeps_the_mask(text):
    assert {a for _, a in actions(text, "PHONE")} == {"MASK"}
