"""GOV_ID: check digits where the law defines one, labels where it does not."""
import pytest

from conftest import found, texts
from redactor.recognizers._check_digits import (corporate_number_check_digit, is_corporate_number,
                                               is_my_number, luhn_valid, my_number_check_digit)
from redactor.recognizers.corporate_number import CorporateNumberRecognizer
from redactor.recognizers.drivers_license import DriversLicenseRecognizer
from redactor.recognizers.insured_number import InsuredNumberRecognizer
from redactor.recognizers.my_number import MyNumberRecognizer
from redactor.recognizers.passport import PassportRecognizer
from redactor.recognizers.pension_number import PensionNumberRecognizer
from redactor.recognizers.residence_card import ResidenceCardRecognizer
from redactor.recognizers.resident_code import ResidentCodeRecognizer
from redactor.recognizers.welfare_case import WelfareCaseRecognizer


def with_check_digit(first11):
    return first11 + str(my_number_check_digit(first11))


def test_my_number_check_digit_by_hand():
    # 12345678901: digits from the right 1,0,9,8,7,6,5,4,3,2,1 with weights
    # 2,3,4,5,6,7,2,3,4,5,6 -> 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 % 11 = 3 -> 11-3 = 8
    assert my_number_check_digit("12345678901") == 8
    assert is_my_number("123456789018") and not is_my_number("123456789011")


def test_corporate_number_check_digit_by_hand():
    # base 700110005901: from the right 1,0,9,5,0,0,0,1,1,0,0,7 weights 1,2,1,2...
    # = 1+0+9+10+0+0+0+2+1+0+0+14 = 37; 37 % 9 = 1 -> 9-1 = 8
    assert corporate_number_check_digit("700110005901") == 8
    assert is_corporate_number("8700110005901")


def test_luhn():
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@pytest.mark.parametrize("text", [
    "個人番号 {n}", "マイナンバー：{n}", "番号は {g}",
])
def test_my_number_found_with_valid_check_digit(text):
    n = with_check_digit("31415926535")
    g = f"{n[:4]} {n[4:8]} {n[8:]}"
    assert [a["kind"] for _, a in found(MyNumberRecognizer, text.format(n=n, g=g))] == ["my_number"]


KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")


@pytest.mark.parametrize("write", [
    lambda n: n.translate(KANJI),                                         # read out, set down in numerals
    lambda n: "、".join((n[:4], n[4:8], n[8:])).translate(KANJI),
    lambda n: "、".join((n[:4], n[4:8], n[8:])),                           # groups split by 、
    lambda n: "・".join((n[:4], n[4:8], n[8:])).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
])
def test_my_number_as_minutes_write_it_down(write):
    n = with_check_digit("27182818284")
    text = f"委員　相談者の番号、{write(n)}を職員が読み上げた。"
    [(value, attrs)] = found(MyNumberRecognizer, text)
    assert value == write(n) and attrs["kind"] == "my_number"


@pytest.mark.parametrize("write", [lambda n: n.translate(KANJI), lambda n: "、".join((n[:4], n[4:8], n[8:]))])
def test_numerals_that_fail_the_check_digit_need_the_word(write):
    n = with_check_digit("27182818284")
    wrong = n[:11] + str((int(n[11]) + 1) % 10)
    assert found(MyNumberRecognizer, f"受付は{write(wrong)}の順に行った。") == []
    assert [a["kind"] for _, a in found(MyNumberRecognizer, f"個人番号は{write(wrong)}です。")] == ["my_number"]
    # eleven numerals are no My Number, whatever stands around them
    assert found(MyNumberRecognizer, f"個人番号は{write(n)[:-1]}です。") == []


def test_my_number_with_wrong_check_digit_is_found_only_next_to_its_word():
    # fail closed: after 個人番号 a number written down wrong is still a person's number
    n = with_check_digit("31415926535")
    wrong = n[:11] + str((int(n[11]) + 1) % 10)
    [(value, attrs)] = found(MyNumberRecognizer, f"個人番号 {wrong}")
    assert value == wrong and attrs["kind"] == "my_number"
    # without the word, 12 digits that fail the check are an invoice or order number
    assert found(MyNumberRecognizer, f"請求番号 {wrong}") == []


def test_corporate_number_is_reported_as_such():
    assert [a["kind"] for _, a in found(CorporateNumberRecognizer, "法人番号 8700110005901")] == ["corporate_number"]
    assert found(CorporateNumberRecognizer, "8700110005902") == []


@pytest.mark.parametrize("cls, text, value", [
    (ResidentCodeRecognizer, "住民票コード 12345678901", "12345678901"),
    (PensionNumberRecognizer, "基礎年金番号 1234-567890", "1234-567890"),
    (InsuredNumberRecognizer, "被保険者番号（00123456）", "00123456"),
    (DriversLicenseRecognizer, "運転免許証番号 第123456789012号", "第123456789012号"),
    (PassportRecognizer, "旅券番号 TK1234567", "TK1234567"),
    (ResidenceCardRecognizer, "在留カード番号 AB12345678CD", "AB12345678CD"),
    (WelfareCaseRecognizer, "ケース番号（K-0421）", "K-0421"),
])
def test_labelled_ids(cls, text, value):
    assert [t for t, _ in found(cls, text)] == [value]


@pytest.mark.parametrize("cls, text", [
    (ResidentCodeRecognizer, "請求書番号 12345678901"),
    (PensionNumberRecognizer, "管理番号 1234-567890"),
    (InsuredNumberRecognizer, "予算額 00123456 円"),
    (DriversLicenseRecognizer, "受付番号 123456789012"),
    (PassportRecognizer, "型番 TK1234567"),
])
def test_digits_without_their_label_are_not_ids(cls, text):
    assert found(cls, text) == []


@pytest.mark.parametrize("text, value", [
    ("旅券番号：ＴＫ１２３４５６７", "ＴＫ１２３４５６７"),
    ("パスポート（TK1234567）を提示", "TK1234567"),
    ("パスポート番号 E12345678", "E12345678"),     # a foreign passport
    ("Passport No. 123456789", "123456789"),
])
def test_passport_numbers_next_to_the_word(text, value):
    assert [t for t, _ in found(PassportRecognizer, text)] == [value]


@pytest.mark.parametrize("text", ["型番 TK1234567 の機器", "受付番号 123456789", "旅券の発給件数 123456789件"])
def test_passport_near_misses(text):
    assert found(PassportRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("被保険者証 12345678", "12345678"),
    ("受給者証番号 1234567890", "1234567890"),
])
def test_insurance_card_numbers(text, value):
    assert [t for t, _ in found(InsuredNumberRecognizer, text)] == [value]


@pytest.mark.parametrize("text", ["保険証の交付 12345678人", "被保険者証 12,345,678円"])
def test_insurance_card_near_misses(text):
    assert found(InsuredNumberRecognizer, text) == []


@pytest.mark.parametrize("text, values", [
    ("保険証 記号１２３ 番号４５６７", ["記号１２３ 番号４５６７"]),
    ("国民健康保険 記号 12 番号 3456", ["記号 12 番号 3456"]),
    ("記号A 番号1 を記入", []),                          # a form's fields, no insurance word
    ("ゆうちょ 記号12340 番号1234567", []),              # a bank's (ACCOUNT)
])
def test_health_card_symbol_and_number(text, values):
    from redactor.recognizers.health_card import HealthCardRecognizer
    assert [t for t, _ in found(HealthCardRecognizer, text)] == values


def test_a_licence_number_written_with_dai_and_go_is_masked_whole():
    from redactor.recognizers.drivers_license import DriversLicenseRecognizer
    assert texts(DriversLicenseRecognizer, "運転免許証番号 第３０１２４５６７８９０１号。") == ["第３０１２４５６７８９０１号"]
    assert texts(DriversLicenseRecognizer, "運転免許証の交付 第３０１２４５６７８９０１２号") == []  # 13 digits


@pytest.mark.parametrize("cls, text, value", [
    # the 記号 of a 国民健康保険 card with the municipality's name in it
    ("health", "国民健康保険被保険者証　記号　北浜１２　番号　３４５６", "記号　北浜１２　番号　３４５６"),
    # the 枝番 after the insured number
    ("insured", "保険証の記号・番号：１２３４５６７８・９０", "１２３４５６７８・９０"),
    ("insured", "被保険者番号 12345678 枝番01", "12345678 枝番01"),
    # a licence number typed in its fields
    ("license", "免許証番号　１２－３４－５６７８９０－１２", "１２－３４－５６７８９０－１２"),
])
def test_card_numbers_as_printed(cls, text, value):
    from redactor.recognizers.health_card import HealthCardRecognizer
    from redactor.recognizers.insured_number import InsuredNumberRecognizer
    recognizer = {"health": HealthCardRecognizer, "insured": InsuredNumberRecognizer,
                  "license": DriversLicenseRecognizer}[cls]
    assert value in texts(recognizer, text)


@pytest.mark.parametrize("text", [
    "北浜銀行 記号 北浜12 番号 3456",          # a bank's fields: no insurance word
    "会議資料 12-34-567890-12 を配布",         # the licence shape with no licence word
])
def test_card_number_near_misses(text):
    from redactor.recognizers.health_card import HealthCardRecognizer
    assert texts(HealthCardRecognizer, text) == [] and texts(DriversLicenseRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("当該職員の処分を検討中（職員番号 T-20931）。", "T-20931"),
    ("職員番号：204531", "204531"),
])
def test_a_public_employees_staff_number(text, value):
    from redactor.recognizers.staff_number import StaffNumberRecognizer
    assert [(t, a["kind"]) for t, a in found(StaffNumberRecognizer, text)] == [(value, "staff")]


@pytest.mark.parametrize("text", [
    "職員番号の付番方法を改める。2026年度から",   # the label, then a year far from it
    "職員数 1200人",                              # a count
    "職員番号 12人分",
    "職員番号は2026年度から6桁にする",         # a year and a length, not a number
])
def test_staff_number_near_misses(text):
    from redactor.recognizers.staff_number import StaffNumberRecognizer
    assert found(StaffNumberRecognizer, text) == []


def test_an_insured_number_aside_in_a_bracket_is_masked_with_its_label():
    from redactor.recognizers.insured_number import InsuredNumberRecognizer
    text = "療養費の給付を申請（被保険者番号 ３１０２４６８０）。"
    assert texts(InsuredNumberRecognizer, text) == ["被保険者番号 ３１０２４６８０"]
    # near miss: the label as a field before the number stays readable
    assert texts(InsuredNumberRecognizer, "被保険者番号　３１０２４６８０") == ["３１０２４６８０"]
    # the branch number after 、 is the same number's
    assert texts(InsuredNumberRecognizer, "被保険者番号：31024680、枝番01") == ["31024680、枝番01"]


@pytest.mark.parametrize("text, value", [
    # a card's fields told in a sentence, with the 枝番 of cards issued since 2021
    ("窓口で健康保険証の記号は87654321、番号は15、枝番は02と確認した。", "記号は87654321、番号は15、枝番は02"),
    ("後期高齢者医療の保険証（記号 東12 で番号 3456）", "記号 東12 で番号 3456"),
])
def test_health_card_fields_told_in_a_sentence(text, value):
    from redactor.recognizers.health_card import HealthCardRecognizer
    assert texts(HealthCardRecognizer, text) == [value]


def test_employment_insurance_number_4_6_1():
    assert texts(InsuredNumberRecognizer, "雇用保険被保険者番号 5678-123456-7 を記入") == ["5678-123456-7"]
    assert texts(InsuredNumberRecognizer, "会議資料 5678-123456-7 を配布") == []  # no label


@pytest.mark.parametrize("text, values", [
    ("療育手帳番号　B-5678", ["B-5678"]),
    ("精神障害者保健福祉手帳（番号９８７６５）を提示", ["９８７６５"]),
    ("身体障害者手帳の番号は第４３２１号です。", ["第４３２１号"]),
    # counts, grades, years and amounts beside a handbook word are no number
    ("身体障害者手帳の交付者数は１２３４人です。", []),
    ("療育手帳制度要綱（昭和４８年）", []),
    ("令和５年度の療育手帳交付件数　１２０件", []),
    ("障害者手帳の再交付手数料　３００円", []),
    ("会員番号 12345 を確認", []),                       # no handbook word
])
def test_disability_handbook_number(text, values):
    from redactor.recognizers.handbook_number import HandbookNumberRecognizer
    assert texts(HandbookNumberRecognizer, text) == values


@pytest.mark.parametrize("text, value", [
    ("介護保険証の番号　0098765432", "0098765432"),            # named by the card
    ("国保の番号は８７６５４３２１です。", "８７６５４３２１"),      # named by the scheme
    ("保険証番号：１１２２３３４４", "１１２２３３４４"),
])
def test_insured_number_named_by_the_card_or_scheme(text, value):
    assert texts(InsuredNumberRecognizer, text) == [value]


@pytest.mark.parametrize("text", [
    "国保の加入世帯は234567世帯です。",       # a count
    "介護保険の給付費は87654321円でした。",    # an amount
])
def test_a_schemes_statistics_are_no_insured_number(text):
    assert texts(InsuredNumberRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("国民健康保険証（記号番号　南18-4321）", "南18-4321"),
    ("国保記号番号　34・5678", "34・5678"),
])
def test_health_card_symbol_and_number_under_one_label(text, value):
    from redactor.recognizers.health_card import HealthCardRecognizer
    assert texts(HealthCardRecognizer, text) == [value]


def test_an_id_column_of_a_table_is_masked_cell_by_cell():
    table = "番号\t氏名\t被保険者番号\t地区\n1\t山川\t0011223344\t東地区\n2\t海野\tＡ-5566\t西地区\n"
    assert texts(InsuredNumberRecognizer, table) == ["0011223344", "Ａ-5566"]
    # the same cells under a heading that is no identifier's
    counts = "番号\t地区\t被保険者数\t保険料\n1\t東地区\t123456\t2345678\n"
    assert texts(InsuredNumberRecognizer, counts) == []
    passports = "氏名\t旅券番号\n李\tTZ7654321\n"
    assert texts(PassportRecognizer, passports) == ["TZ7654321"]


def test_a_my_number_column_is_masked_cell_by_cell_whatever_the_check_digit():
    # the heading is the context word, as 個人番号 before the number in a sentence
    table = "氏名\t個人番号\t住所\n川辺　一\t987654321098\t北町1-1\n森　二葉\t8765 4321 0987\t南町2-2\n"
    assert texts(MyNumberRecognizer, table) == ["987654321098", "8765 4321 0987"]
    spaced = "氏名　　　個人番号　　　　電話\n川辺　一　　987654321098　　090-0000-1111\n"
    assert texts(MyNumberRecognizer, spaced) == ["987654321098"]
    # 12 digits under a heading that is no person's number (an invoice) stay out
    invoices = "番号\t請求書番号\t金額\n1\t987654321098\t5,000\n"
    assert texts(MyNumberRecognizer, invoices) == []


def test_an_id_column_laid_out_with_full_width_spaces_is_masked_too():
    table = "氏名　　　受給者番号　　住所\n川辺　一　　7654321　　北町1-1\n"
    assert texts(InsuredNumberRecognizer, table) == ["7654321"]
    counts = "年度　　受給者数　　給付額\n令和5年　　7654321　　100\n"
    assert texts(InsuredNumberRecognizer, counts) == []


@pytest.mark.parametrize("text, value", [
    ("児童扶養手当証書番号　第876543号", "876543"),
    ("特別児童扶養手当の証書番号は7654321です。", "7654321"),
])
def test_an_allowance_certificate_number_names_its_beneficiary(text, value):
    assert texts(InsuredNumberRecognizer, text) == [value]


def test_an_allowance_certificate_count_is_no_number():
    assert texts(InsuredNumberRecognizer, "証書番号の発行は123456件でした。") == []


@pytest.mark.parametrize("text, values", [
    ("危険物取扱者免状（免状交付番号　第０４５６７８号）", ["第０４５６７８号"]),
    ("消防設備士免状の番号は B12345 です。", ["B12345"]),
    ("電気工事士免状　第12-3456号", ["第12-3456号"]),
    # counts, fees, classes and years beside a 免状 word are no number
    ("危険物取扱者免状の交付件数は１２３４件でした。", []),
    ("免状の書換え手数料　２９００円", []),
    ("消防設備士免状（第４類）を取得", []),
    ("令和６年度　免状交付　２０２４年", []),
    ("会員番号 12345 を確認", []),                       # no 免状 word
])
def test_a_state_licences_certificate_number(text, values):
    from redactor.recognizers.qualification_number import QualificationNumberRecognizer
    assert texts(QualificationNumberRecognizer, text) == values
