"""Identifiers as unseen documents write them: case numbers, phone numbers,
birth dates, credentials, plates and network names. Each rule has a test
that fires and a near miss that must not. Every name, number and address
here is made up.

The checks run the whole pipeline with the default profile, since what
matters to a reader is the action on the value (masked, kept, reviewed)."""
from functools import lru_cache

import pytest

from conftest import found, texts
from redactor import Redactor
from redactor.recognizers.credential import CredentialRecognizer
from redactor.recognizers.network import NetworkRecognizer


@lru_cache(maxsize=1)
def _redactor() -> Redactor:
    return Redactor()


def actions(text: str, value: str, label: str) -> list[tuple[str, str]]:
    """(action, kind) of every ``label`` finding that covers ``value`` in ``text``."""
    text = text.replace("\\t", "\t").replace("\\n", "\n")
    start = text.index(value)
    end = start + len(value)
    return [(f.action, f.attributes.get("kind")) for f in _redactor().check(text).findings
            if f.label == label and f.start <= start and end <= f.end]


def masked(text: str, value: str, label: str) -> bool:
    return any(a in ("MASK", "REVIEW") for a, _ in actions(text, value, label))


def hidden(text: str, value: str) -> bool:
    """Whether every character of ``value`` is masked or flagged, by any label."""
    text = text.replace("\\t", "\t").replace("\\n", "\n")
    start = text.index(value)
    covered = set()
    for f in _redactor().check(text).findings:
        if f.action in ("MASK", "REVIEW"):
            covered.update(range(f.start, f.end))
    return all(i in covered for i in range(start, start + len(value)))


# ---------------------------------------------------------------- CASE_NUMBER

@pytest.mark.parametrize("text, value", [
    # an appeal's number with a space before 第 (審査請求 第12号)
    ("審査請求 第12号について、請求人から反論書が提出された。", "第12号"),
    # the appeal's file number as the office that received it numbers it
    ("議題　審査請求事件（北総第２７号）に係る諮問について", "北総第２７号"),
    # the national review board's case numbers (行情・行個・独情・独個)
    ("令和5年（行個）諮問第123号について答申した。", "諮問第123号"),
    ("令和6年度（行情）答申第45号", "答申第45号"),
    # a court number printed with the spaces of a form
    ("事件の表示　令和 6 年（ワ）第 345 号 損害賠償請求事件", "第 345 号"),
])
def test_case_numbers_that_point_at_a_party_are_found(text, value):
    assert masked(text, value, "CASE_NUMBER")


@pytest.mark.parametrize("text, value", [
    # a list's rows counted 1, 2, 3 under 番号 or 受付番号, though the rows name applicants
    ("番号\\t申請者氏名\\t住所\\t交付額\\n7\\t北浜一郎\\t緑町二丁目3番4号\\t130,000\\n"
     "8\\t南浦花子\\t港町1-3-5\\t90,000", "8"),
    ("受付番号\\t受付日\\t氏名\\t内容\\n1\\t4月1日\\t北浜一郎\\t道路の穴\\n"
     "2\\t4月3日\\t南浦花子\\t街灯の球切れ", "2"),
])
def test_row_serials_of_a_list_are_no_case_numbers(text, value):
    assert not masked(text, value, "CASE_NUMBER")


def test_a_bill_number_stays_kept():
    assert actions("議案第18号を議題とします。", "議案第18号", "CASE_NUMBER") == [("KEEP", "bill")]


@pytest.mark.parametrize("text", [
    # 諮問第2号 of the council names no requester and no review board
    "諮問第２号　人権擁護委員の推薦について",
    # a candidate named on the line is no appeal's requester
    "北浜市議会会議録\\n諮問第２号　人権擁護委員候補者の推薦について（北浜一郎氏）",
])
def test_a_councils_own_consultation_stays_kept(text):
    assert not masked(text, "諮問第２号", "CASE_NUMBER")


@pytest.mark.parametrize("text", [
    # the requester named on the 諮問's line with the appeal
    "諮問第５号　北浜一郎氏からの審査請求について",
])
def test_a_consultation_of_an_appeal_board_points_at_the_requester(text):
    assert masked(text, "諮問第５号", "CASE_NUMBER")


# ---------------------------------------------------------------- PHONE

@pytest.mark.parametrize("text, value", [
    ("米国在住の長女の電話番号は +1-212-555-0187 である。", "+1-212-555-0187"),
    ("連絡先：+44 20 7946 0958（英国の勤務先）", "+44 20 7946 0958"),
    ("韓国の実家 +82-10-1234-5678 に連絡した。", "+82-10-1234-5678"),
    ("中国にいる兄の携帯 +86 138 0013 8000", "+86 138 0013 8000"),
    ("海外の連絡先は +819012345678 とのこと。", "+819012345678"),
    ("連絡先 (+81) 90-1234-5678", "(+81) 90-1234-5678"),
    ("連絡先 +81(90)1234-5678", "+81(90)1234-5678"),
    ("連絡先 +1 (212) 555-0187", "+1 (212) 555-0187"),
    ("連絡先 +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
    ("連絡先 +49 30 12345678", "+49 30 12345678"),
    ("国際電話 010-1-212-555-0187", "010-1-212-555-0187"),
    # a North American number without its country code, next to a phone word
    ("米国の連絡先 電話 212-555-0187", "212-555-0187"),
    ("TEL 1-212-555-0187", "1-212-555-0187"),
])
def test_numbers_with_a_country_code_are_masked(text, value):
    assert masked(text, value, "PHONE")


@pytest.mark.parametrize("text", [
    "前年度比 +12.5% の伸びとなった。",
    "人口は +1234 人の増加。",
    "気温は +15 度まで上がった。",
    "差額は +12,345,678円となった。",
    "差額は +12345678円となった。",
    "資料 212-555-0187 を参照",
])
def test_signed_figures_are_no_phone_numbers(text):
    assert [f for f in _redactor().check(text).findings if f.label == "PHONE"] == []


@pytest.mark.parametrize("text, value", [
    # a row of a facility list: the row heading is a public facility
    ("施設名\\t電話\\n北浜市民プール\\t042-555-1234\\n緑が丘体育館\\t042-555-2345", "042-555-1234"),
    # the school asks to be called on the number
    ("緑小学校へのお問い合わせは 042-555-1234 まで。", "042-555-1234"),
    # an office's TEL and FAX pair on one line
    ("北浜市教育委員会　TEL 042-555-1000　FAX 042-555-1001", "042-555-1001"),
    # a school by its short name; the head of a school signing for it
    ("北浜小　042-555-1234", "042-555-1234"),
    ("北浜小学校長　南浦一郎　042-555-1234", "042-555-1234"),
    # a contact block: the school, its head, then the number's label line
    ("北浜市立北浜小学校\\n校長　南浦一郎\\n電話　042-555-1234", "042-555-1234"),
    # the municipality alone names the line
    ("発行：北浜市　電話042-555-1000", "042-555-1000"),
    # an official's title and the office's number with its extension
    ("デジタル推進課長　南浦　崇　電話 0265-22-4111（内線2601）", "0265-22-4111（内線2601）"),
])
def test_office_lines_with_office_evidence_are_kept(text, value):
    assert actions(text, value, "PHONE") == [("KEEP", "office")]


@pytest.mark.parametrize("text, value", [
    # a contractor's staff member, the number right after the title
    ("受託者側責任者：北浜　一郎（品質管理部長、052-908-1234）", "052-908-1234"),
    # a person's row in the same kind of table
    ("氏名\\t電話\\n北浜一郎\\t042-555-1234", "042-555-1234"),
    # a resident reported to an office: the office is no owner of the number
    ("北浜さんから市民課に苦情があり、折り返し先は 042-555-1234 とのこと。", "042-555-1234"),
    # an address field: the municipality is where the person lives
    ("住所：北浜市　電話 042-555-1000", "042-555-1000"),
    ("北浜一郎　北浜市　電話 042-555-1000", "042-555-1000"),
    # a word that ends in 小 is no school
    ("最小 042-555-1234", "042-555-1234"),
    # a private party's block: the label line under the party's name
    ("申出人\\n北浜一郎\\n電話 042-555-1234", "042-555-1234"),
    # TEL and FAX of a private applicant
    ("申請者　北浜一郎　TEL 042-555-1000　FAX 042-555-1001", "042-555-1001"),
])
def test_private_lines_stay_masked(text, value):
    assert masked(text, value, "PHONE")


# ---------------------------------------------------------------- BIRTH_DATE

@pytest.mark.parametrize("text, value", [
    # the label on its own line above the value, as a form prints it
    ("生年月日\\n昭和63年1月3日\\n住所\\n北浜市緑町1-2-3", "昭和63年1月3日"),
    ("生まれは昭和六十三年一月三日です。", "昭和六十三年一月三日"),
    ("出生　昭和15年3月1日", "昭和15年3月1日"),
    # a table aligned with spaces that has another date column
    ("氏名　　生年月日　　　申請日\\n北浜一郎　　昭和63年1月3日　　令和6年4月1日", "昭和63年1月3日"),
    # a heading spaced out as forms print it, in a tab table and in one aligned with spaces
    ("氏　　名\\t生　年　月　日\\t住　　所\\n北浜一郎\\t昭和63年1月3日\\t北浜市", "昭和63年1月3日"),
    ("氏　名　　生 年 月 日　　住　所\\n北浜 一郎　　昭和六十三年一月三日　　北浜市", "昭和六十三年一月三日"),
])
def test_birth_dates_in_forms_and_tables(text, value):
    assert masked(text, value, "BIRTH_DATE")


@pytest.mark.parametrize("text, value", [
    # the other date column of the same table is an event date
    ("氏名　　生年月日　　　申請日\\n北浜一郎　　昭和63年1月3日　　令和6年4月1日", "令和6年4月1日"),
    # a sentence that mentions 生年月日, then a date on the next line
    ("申請書には生年月日を記入すること。\\n令和6年4月1日から受け付ける。", "令和6年4月1日"),
    # a birth certificate's filing date
    ("出生届 令和6年4月1日受理", "令和6年4月1日"),
])
def test_event_dates_are_no_birth_dates(text, value):
    assert not masked(text, value, "BIRTH_DATE")


# ---------------------------------------------------------------- CREDENTIAL
# (the recognizer alone: in the pipeline a SECURITY_DETAIL over the whole
# clause may stand for the value, which is masked either way)

@pytest.mark.parametrize("text, value", [
    ("ログインIDは全員共通でguestとしていた。", "guest"),
    ("IDとパスワードはいずれも「kanri」です。", "kanri"),
    ("初期設定のパスワードはメーカー出荷時の「0000」のままである。", "0000"),
    ("鍵箱の番号は０３２１です。", "０３２１"),
    ("公用スマートフォンのロック番号は1111です。", "1111"),
    ("ユーザーID\\tパスワード\\nkita001\\tHm2025xx", "Hm2025xx"),
    ("ユーザーID\\tパスワード\\nkita001\\tHm2025xx", "kita001"),
    # said in words: what the secret is made of
    ("初期パスワードは住民票コードの下４桁としている。", "住民票コードの下４桁"),
    ("パスワードは名字のローマ字と誕生日の組み合わせです。", "名字のローマ字と誕生日の組み合わせ"),
    ("初期パスワードは職員番号の後ろに０１を付けたものです。", "職員番号の後ろに０１を付けたもの"),
    ("暗証番号は、誕生日の月日4桁です。", "誕生日の月日4桁"),
    # a shared ID in brackets; a capitalised word stated as the password
    ("全員が同じID（soumu）を使っている。", "soumu"),
    ("パスワードはKitahamaです。", "Kitahama"),
])
def test_credentials_written_out_are_found(text, value):
    assert value in texts(CredentialRecognizer, text.replace("\\t", "\t").replace("\\n", "\n"))
    assert hidden(text, value)


@pytest.mark.parametrize("text", [
    "パスワードは８文字以上で設定すること。",
    "暗証番号は４桁とする。",
    "ユーザーID\tパスワード\n（各自設定）\t（各自設定）",
    "鍵箱の番号を定期的に変更する。",
    "パスワードはWindowsの設定で変更できる。",
    "パスワードは年度ごとに変更する。",
    "パスワードはSMSで通知します。",
])
def test_rules_about_credentials_are_no_credentials(text):
    assert texts(CredentialRecognizer, text) == []


def test_a_handle_in_brackets_after_account_is_no_credential():
    assert texts(CredentialRecognizer, "市公式アカウント（@kitahama_city）で周知した。") == []


def test_an_id_column_without_a_secret_column_numbers_people():
    assert texts(CredentialRecognizer, "ID\t氏名\n001\t北浜一郎") == []


# ---------------------------------------------------------------- PLATE

@pytest.mark.parametrize("text, value", [
    ("相手方車両（品川 330 あ 12 34）と接触した。", "品川 330 あ 12 34"),
    ("相手方車両（多摩　５００　あ　　１２－３４）と接触した。", "多摩　５００　あ　　１２－３４"),
])
def test_plates_in_more_written_forms(text, value):
    assert masked(text, value, "PLATE")


@pytest.mark.parametrize("text, value", [
    # the place left out after the word for the vehicle
    ("相手方車両（500 あ 12-34）と接触した。", "500 あ 12-34"),
    # the serial alone after ナンバー
    ("相手方のナンバーは12-34であった。", "12-34"),
    # a moped's plate issued by the municipality
    ("相手方の原付（北浜市 あ 1234）に接触した。", "北浜市 あ 1234"),
])
def test_plates_written_in_part(text, value):
    assert masked(text, value, "PLATE")


def test_the_label_is_no_place_name_of_a_plate():
    assert actions("車両番号 500 あ 12-34", "500 あ 12-34", "PLATE") == [("MASK", "private")]
    assert not masked("車両番号 500 あ 12-34", "車両番号", "PLATE")


@pytest.mark.parametrize("text", [
    "資料 12 あ 12 34 を参照",
    "マイナンバー1234",
    "資料の車両（500台）を確認",
    "原付の登録台数（北浜市全体）は1234台",
])
def test_near_misses_are_no_plates(text):
    assert [f for f in _redactor().check(text).findings if f.label == "PLATE"] == []


# ---------------------------------------------------------------- NETWORK

def test_a_wifi_name_in_brackets_after_the_word_for_it():
    assert found(NetworkRecognizer, "来庁者用Wi-Fi（Kita_Guest）は庁内網と分離している。") \
        == [("Kita_Guest", {"pattern": "無線LAN名", "kind": "ssid"})]
    assert hidden("来庁者用Wi-Fi（Kita_Guest）は庁内網と分離している。", "Kita_Guest")
    assert found(NetworkRecognizer, "無線LAN（IEEE802.11ax）に対応した。") == []


@pytest.mark.parametrize("text, value", [
    ("Wi-Fi名 kita-free", "kita-free"),
    ("無線LAN名は「kita_staff」", "kita_staff"),
    ("アクセスポイント名：KITA-AP01", "KITA-AP01"),
])
def test_a_wifi_or_access_point_name_after_its_label(text, value):
    assert (value, "ssid") in [(t, a["kind"]) for t, a in found(NetworkRecognizer, text)]


def test_a_label_with_no_name_after_it_is_nothing():
    assert found(NetworkRecognizer, "Wi-Fi名の変更を検討する。") == []


def test_a_wifi_name_the_city_offers_anyone_is_its_published_name():
    text = "市役所ロビーでは、どなたでもご利用いただけるWi-Fi（Kita_Free）を提供しています。"
    assert actions(text, "Kita_Free", "NETWORK") == [("KEEP", "public_ssid")]


@pytest.mark.parametrize("text, value", [
    ("庁内の文書管理システム（http://bunsho.kitahama.lg.jp/）に登録する。", "http://bunsho.kitahama.lg.jp/"),
    ("財務会計システム（https://zaimu.kitahama.lg.jp:8443/）", "https://zaimu.kitahama.lg.jp:8443/"),
    ("内部ポータル https://portal.kitahama-city.jp/ に掲載した。", "https://portal.kitahama-city.jp/"),
    # the host names a closed network; a port no public site uses; the words after it
    ("マニュアルは http://intra.city.kitahama.lg.jp/ に掲載", "http://intra.city.kitahama.lg.jp/"),
    ("https://kitahama.lgwan.jp/portal を参照", "https://kitahama.lgwan.jp/portal"),
    ("https://www.city.kitahama.lg.jp:8443/admin で設定する", "https://www.city.kitahama.lg.jp:8443/admin"),
    ("https://kintai.kitahama.lg.jp/ は職員専用のページです。", "https://kintai.kitahama.lg.jp/"),
])
def test_internal_names_are_masked(text, value):
    assert masked(text, value, "NETWORK")


@pytest.mark.parametrize("text, value", [
    ("市のホームページ https://www.city.kitahama.lg.jp/ をご覧ください。", "https://www.city.kitahama.lg.jp/"),
    ("https://www.city.kitahama.lg.jp/ は市の公式サイトです。", "https://www.city.kitahama.lg.jp/"),
    ("申請は https://apply.kitahama.lg.jp/ から行えます。", "https://apply.kitahama.lg.jp/"),
])
def test_the_citys_public_web_pages_are_no_internal_urls(text, value):
    assert not masked(text, value, "NETWORK")
