import pytest

from conftest import found, texts
from redactor.recognizers.account import AccountRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("振込先 さくら銀行 中央支店 普通預金 1234567", "さくら銀行 中央支店 普通預金 1234567", "bank"),
    ("当座 7654321 へ振り込む", "当座 7654321", "bank"),
    ("ゆうちょ銀行 記号10120 番号12345671", "ゆうちょ銀行 記号10120 番号12345671", "postal"),
    ("クレジットカード 4111 1111 1111 1111", "4111 1111 1111 1111", "card"),
])
def test_accounts(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", ["普通預金の残高", "カード 4111 1111 1111 1112", "予算 1234567 円"])
def test_not_accounts(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("みずほ銀行 自由が丘支店 普通 1234567", "みずほ銀行 自由が丘支店 普通 1234567"),   # kana in the branch name
    ("北多摩信用金庫 東町支店 （普通）1234567", "北多摩信用金庫 東町支店 （普通）1234567"),
    ("口座：普通・1234567", "普通・1234567"),
    ("振込先は中央支店 普通預金 1234567", "中央支店 普通預金 1234567"),  # the label is not the branch
])
def test_account_forms_as_printed(text, value):
    assert texts(R, text) == [value]


@pytest.mark.parametrize("text", ["普通・特別会計の予算 1234567 円", "普通 12345678 千円", "（普通）12345678円"])
def test_the_type_word_before_an_amount_is_not_an_account(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("記号１２３４０ 番号１２３４５６７１", "記号１２３４０ 番号１２３４５６７１"),   # ゆうちょ fields, full-width
    ("ゆうちょ銀行\n記号：12340\n番号：12345671", "記号：12340\n番号：12345671"),
    ("北浜銀行 緑町支店 普通預金口座 No.1234567", "北浜銀行 緑町支店 普通預金口座 No.1234567"),
])
def test_more_account_forms(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", ["記号12345の番号123456の部品", "普通交付税 1234567千円"])
def test_account_near_misses(text):
    assert found(R, text) == []


def test_bank_and_branch_before_a_number_without_the_type():
    assert [t for t, _ in found(R, "北浜銀行 北浜支店 1234567")] == ["北浜銀行 北浜支店 1234567"]
    assert found(R, "北浜銀行北浜支店の預金残高 1234567円") == []   # an amount


@pytest.mark.parametrize("text, value", [
    # bank, branch and type in any order beside the number: the whole account
    ("口座　普通　1234567　北浜銀行本町支店", "普通　1234567　北浜銀行本町支店"),
    ("口座番号　1234567（普通）　北浜銀行緑町支店", "口座番号　1234567（普通）　北浜銀行緑町支店"),
    ("支店名：緑町支店　種別：普通　口座番号：1234567", "支店名：緑町支店　種別：普通　口座番号：1234567"),
    ("預金種目：当座　口座番号：7654321　北浜信用金庫　港支店", "預金種目：当座　口座番号：7654321　北浜信用金庫　港支店"),
    ("北浜銀行緑町支店の普通預金口座（口座番号１２３４５６７）", "北浜銀行緑町支店の普通預金口座（口座番号１２３４５６７"),
    ("北浜銀行　本店営業部　口座1234567", "北浜銀行　本店営業部　口座1234567"),
    ("ゆうちょ銀行　〇一八店（ゼロイチハチ店）　普通預金　1234567", "ゆうちょ銀行　〇一八店（ゼロイチハチ店）　普通預金　1234567"),
])
def test_account_parts_in_any_order(text, value):
    assert texts(R, text) == [value]


def test_two_accounts_in_a_list_stay_two():
    text = "北浜銀行緑町支店　普通　１２３４５６７、北浜信用金庫港支店　当座　７６５４３２１"
    assert texts(R, text) == ["北浜銀行緑町支店　普通　１２３４５６７", "北浜信用金庫港支店　当座　７６５４３２１"]


def test_a_transfer_form_with_one_field_a_line():
    text = "金融機関名　北浜銀行\n支店名　緑町支店\n預金種目　普通\n口座番号　1234567\n"
    assert sorted(texts(R, text)) == sorted(["北浜銀行", "緑町支店", "普通", "口座番号　1234567"])
    # near miss: fields above a line that holds no account number are no account
    assert texts(R, "金融機関名　北浜銀行\n支店名　緑町支店\n備考　なし\n") == []


@pytest.mark.parametrize("text, value", [
    ("振込口座：北浜銀行（0123）緑町支店（456）普通 1234567", "北浜銀行（0123）緑町支店（456）普通 1234567"),
    ("口座　北浜銀行 緑町支店 (普) 1234567", "北浜銀行 緑町支店 (普) 1234567"),
    ("北浜信用組合本店　普通　0012345", "北浜信用組合本店　普通　0012345"),
    ("JAきたはま　本所　普通貯金　1234567", "JAきたはま　本所　普通貯金　1234567"),
    ("振込先は北浜銀行（支店名：緑町、口座種別：普通、口座番号：1234567）です。",
     "北浜銀行（支店名：緑町、口座種別：普通、口座番号：1234567"),
])
def test_codes_abbreviations_cooperatives_and_labelled_branches(text, value):
    assert texts(R, text) == [value]


def test_an_account_table_and_an_account_row():
    table = "金融機関名\t支店名\t種別\t口座番号\n北浜銀行\t緑町支店\t普通\t1234567\n"
    assert texts(R, table) == ["北浜銀行", "緑町支店", "普通", "1234567"]
    row = "1\t北浜花子\t北浜銀行\t緑町支店\t普通\t1234567"
    assert texts(R, row) == ["北浜銀行", "緑町支店", "普通", "1234567"]
    # near misses: a branch column with no account number column, an amount after the type
    assert texts(R, "番号\t支店\t所在地\n1\t緑町支店\t北浜市緑町1-2-3\n") == []
    assert texts(R, "1\t普通\t1234567円") == []


@pytest.mark.parametrize("text, value", [
    # ゆうちょ's 記号-番号 as one value after an account label, whatever its digits
    ("送金先\n　口座番号　24680-13579246\n", "口座番号　24680-13579246"),
    ("記号番号：13570-24681357", "記号番号：13570-24681357"),
    ("振替口座　00150-7-246813", "振替口座　00150-7-246813"),
])
def test_a_labelled_postal_account_needs_no_passbook_digit_pattern(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "受付番号　24680-1357",            # a receipt number, no account label
    "口座振替の受付は2024-0001から",     # 口座 as a word of a procedure, a short serial
    "電話番号　0466-22-1357",
])
def test_hyphenated_numbers_without_an_account_label_are_not_accounts(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("支払先：はなみずき信用金庫　本店営業部　普通　1234567", "はなみずき信用金庫　本店営業部　普通　1234567"),
    # a label before the kana name stays out of it
    ("振込先はひまわり信用金庫 本店 普通 1234567", "ひまわり信用金庫 本店 普通 1234567"),
])
def test_a_bank_named_in_hiragana_is_masked_whole(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text, value", [
    ("口座番号は当座の0076543です。", "当座の0076543"),
    ("普通預金の口座番号は7654321でした。", "普通預金の口座番号は7654321"),
])
def test_an_account_told_in_a_sentence(text, value):
    assert texts(R, text) == [value]


@pytest.mark.parametrize("text", [
    "普通預金の残高は7654321円でした。",        # an amount
    "口座は当座の方が手数料が安い。",            # no number
])
def test_a_sentence_about_an_account_without_its_number_is_none(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("口座番号の下４桁は５６７８です。", "５６７８"),
    ("振込先の口座の末尾３桁：４５６", "４５６"),
])
def test_part_of_an_account_number_told_by_its_digits(text, value):
    assert value in [t for t, _ in found(R, text)]


def test_a_card_number_still_needs_its_check_digit():
    assert found(R, "クレジットカード 1234 5678 9012 3456") == []

@pytest.mark.parametrize("text, kind", [
    # the municipality's own account, published for residents to pay into
    ("振込先　南浜信用金庫　駅前支店　普通預金　2345678　口座名義　南浜町会計管理者", "official"),
    ("納付先\n南浜銀行　本店営業部　当座　0098765\n口座名義　南浜市会計管理者\n", "official"),
    ("本市の指定金融機関　南浜銀行　本店　普通　3456789", "official"),
    # near misses: a private payee named on the line; no official word (a bare 名義 is not enough)
    ("申請者の口座　南浜銀行　駅前支店　普通　4567890（会計管理者から振込）", "bank"),
    ("振込先　南浜銀行　駅前支店　普通　4567890　名義　南浜", "bank"),
    ("南浜銀行　駅前支店　普通　4567890\n\n会計管理者　南浜　次郎", "bank"),
])
def test_the_municipalitys_own_account(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text", ["公金受取口座：南浜銀行　駅前支店　普通　4567890",
                                  "歳入還付金の振込先　南浜銀行　駅前支店　普通　4567890"])
def test_a_residents_account_for_public_money_is_no_municipal_account(text):
    assert [a["kind"] for _, a in found(R, text)] == ["bank"]
