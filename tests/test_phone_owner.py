"""PHONE: an organisation's own line, named right before the number, and the
one number (0570) of a business or a public body. Made-up names and numbers."""
import pytest

from conftest import found
from redactor.recognizers.phone import PhoneRecognizer as R


def kind_of(text: str, number: str) -> str:
    return next(a["kind"] for t, a in found(R, text) if t == number)


@pytest.mark.parametrize("text, number", [
    ("受注者は南浜建設株式会社（電話０１２３－４５－６７８９）である。", "０１２３－４５－６７８９"),
    ("問合せ先　株式会社南浜設計　電話 0123-45-6789", "0123-45-6789"),
    ("南浜建設㈱　TEL 0123-45-6025", "0123-45-6025"),
    ("市立南浜病院（0123-45-4444）に搬送された。", "0123-45-4444"),
    ("南浜信用金庫駅前支店　電話番号は 0123-45-6022", "0123-45-6022"),
    ("指定管理者である一般財団法人南浜振興公社（0123-45-5555）が運営する。", "0123-45-5555"),
])
def test_a_line_right_after_an_organisations_name_is_its_switchboard(text, number):
    assert kind_of(text, number) == "corporate"


@pytest.mark.parametrize("text, number", [
    # a person stands between the company and the number: the person's line
    ("株式会社南浜設計の西浦一郎 0123-45-6789", "0123-45-6789"),
    # a clause: the company is what the call was about, not whose line it is
    ("市民課に株式会社南浜設計から苦情 0123-45-6789", "0123-45-6789"),
    # a workplace: the resident's daytime number
    ("勤務先の南浜銀行 0123-45-6023", "0123-45-6023"),
    # a kind of institution with no name: which one is not said
    ("入院先は病院 0123-45-4444", "0123-45-4444"),
])
def test_no_organisation_closing_right_before_the_number_is_no_evidence(text, number):
    assert kind_of(text, number) in ("unknown", "private")


def test_a_company_staff_members_mobile_stays_private():
    assert kind_of("株式会社南浜設計　携帯 090-1234-5678", "090-1234-5678") == "private"
    assert kind_of("株式会社南浜設計 090-1234-5678", "090-1234-5678") == "private"


def test_a_shared_cost_number_is_a_business_line_and_a_fixed_line_is_not():
    assert kind_of("こころの電話相談　0570-064-556", "0570-064-556") == "shared_cost"
    assert kind_of("電話相談　0571-064-556", "0571-064-556") == "unknown"


def test_the_default_profile_keeps_a_shared_cost_number():
    from redactor.pipeline import Redactor
    (phone,) = [f for f in Redactor("default").check("相談は 0570-064-556 まで").findings if f.label == "PHONE"]
    assert phone.action == "KEEP"


def test_a_short_name_in_brackets_after_the_organisation_and_a_public_pool():
    assert kind_of("南浜農業協同組合（ＪＡ南浜）　0123-45-6021", "0123-45-6021") == "corporate"
    assert kind_of("南浜市民プール　電話 0123-45-6012", "0123-45-6012") == "office"
    # a person's name in the brackets is no short name of the organisation
    assert kind_of("南浜建設株式会社（西浦一郎）　0123-45-6021", "0123-45-6021") == "unknown"


def test_a_public_bodys_mail_address_on_the_line_makes_it_the_bodys_contact_line():
    text = "TEL:0123-45-6789　FAX:0123-45-6790　Email: fukushi@city.minamihama.lg.jp"
    assert kind_of(text, "0123-45-6789") == "office"
    # a private mail address says nothing of the kind
    text = "TEL:0123-45-6789　Email: minami.taro@example.ne.jp"
    assert kind_of(text, "0123-45-6789") == "unknown"
    # a private word nearer the number wins
    text = "相談者　電話 0123-45-6789　（連絡は fukushi@city.minamihama.lg.jp から）"
    assert kind_of(text, "0123-45-6789") == "private"


def test_a_counters_hours_after_the_number_make_it_a_service_line():
    assert kind_of("電話番号：0123-45-6789（受付時間 平日8:30～17:15）", "0123-45-6789") == "office"
    assert kind_of("電話 0123-45-6789（営業時間 10時～19時）", "0123-45-6789") == "corporate"
    # a resident's note of when to call is no service's hours
    assert kind_of("電話 0123-45-6789（平日18時以降希望）", "0123-45-6789") == "unknown"


def test_a_council_heading_its_contact_block():
    text = "発行　南浜市議会\n〒123-4567　南浜市本町1-1-1\nTEL 0123-45-6789"
    assert kind_of(text, "0123-45-6789") == "office"


def test_a_number_given_as_the_inquiry_line_is_the_issuers():
    text = "○福祉課長（西浦）　郵送でも受け付けます。お問い合わせは0123-45-6789です。"
    assert kind_of(text, "0123-45-6789") == "office"
    text = "災害時の問い合わせ先として、0123-45-6789を設けております。"
    assert kind_of(text, "0123-45-6789") == "office"
    # a private word nearer the number wins; a mobile needs its own evidence
    assert kind_of("問い合わせは相談者の自宅 0123-45-6789 へ", "0123-45-6789") == "private"
    assert kind_of("お問い合わせは090-1234-5678まで", "090-1234-5678") == "private"


def test_an_official_stating_the_number_in_minutes_gives_the_units_line():
    assert kind_of("○福祉課長（西浦）　電話番号は0123-45-6789です。", "0123-45-6789") == "office"
    # a member asking is no official of a unit
    assert kind_of("○委員（西浦）　電話番号は0123-45-6789です。", "0123-45-6789") == "unknown"
    # a private person in the sentence: the number may be theirs
    text = "○福祉課長（西浦）　申出人の方に伺ったところ、電話番号は0123-45-6789です。"
    assert kind_of(text, "0123-45-6789") != "office"


def test_a_council_members_office_line():
    text = "○１４番（西浦）　相談を受けた私の事務所の電話は078-555-0101ですが、ご本人の携帯は別です。"
    assert kind_of(text, "078-555-0101") == "member_office"
    assert kind_of("西浦議員の事務所の電話番号は 0123-45-6020 である。", "0123-45-6020") == "member_office"
    # 私の事務所 said by a resident, not by a member in minutes: no evidence
    assert kind_of("申出人　私の事務所の電話は078-555-0101です。", "078-555-0101") == "private"
    # a member's own mobile stays private
    assert kind_of("○１４番（西浦）　私の事務所の電話は090-1234-5678です。", "090-1234-5678") == "private"
