"""Policy decisions: labels and recognizer attributes -> MASK / KEEP / REVIEW."""
import pytest

from redactor.finding import Finding
from redactor.policy import PolicyError, load_policy


def finding(label, text="山田", **attrs):
    return Finding(label, 0, len(text), text, 0.9, "Test", reason="検出", attributes=attrs)


@pytest.mark.parametrize("attrs, action", [
    ({"role": "official"}, "KEEP"),
    ({"role": "private"}, "MASK"),
    ({"role": "unclear"}, "REVIEW"),
    ({}, "MASK"),  # no role known: the label's default, which hides
])
def test_default_profile_decides_person_by_role(attrs, action):
    assert load_policy("default").decide(finding("PERSON", **attrs)).action == action


def test_strict_profile_masks_officials_too():
    assert load_policy("strict").decide(finding("PERSON", role="official")).action == "MASK"


@pytest.mark.parametrize("label, attrs, action", [
    ("PHONE", {"kind": "office"}, "KEEP"),
    ("PHONE", {"kind": "private"}, "MASK"),
    ("CASE_NUMBER", {"kind": "legal_reference"}, "KEEP"),
    ("CASE_NUMBER", {"kind": "appeal"}, "REVIEW"),
    ("CASE_NUMBER", {"kind": "court"}, "MASK"),
    ("GOV_ID", {"kind": "corporate_number"}, "KEEP"),
    ("GOV_ID", {"kind": "my_number"}, "MASK"),
    ("SECURITY_DETAIL", {"category": "backup"}, "MASK"),
    ("SECURITY_DETAIL", {"category": "network_layout", "generic": True}, "REVIEW"),
    ("AGE", {}, "KEEP"),
])
def test_default_profile_attribute_rules(label, attrs, action):
    assert load_policy("default").decide(finding(label, **attrs)).action == action


def test_every_decision_carries_a_reason():
    f = load_policy("default").decide(finding("PERSON", role="official"))
    assert f.reason.startswith("検出 → ") and "公務" in f.reason


def test_policy_file_extends_profile_with_lists_and_rules(tmp_path):
    path = tmp_path / "city.toml"
    path.write_text(
        'extends = "default"\nstyle = "block"\nallow = ["北多摩太郎"]\ndeny = ["秘密の名前"]\n'
        '[actions]\nAGE = "MASK"\n'
        '[[rules]]\nlabel = "SECURITY_DETAIL"\nwhen = { category = "backup" }\naction = "REVIEW"\n',
        encoding="utf-8")
    policy = load_policy(path)
    assert policy.style == "block"
    assert policy.decide(finding("PERSON", "北多摩太郎", role="private")).action == "KEEP"
    assert policy.decide(finding("AGE", "72歳")).action == "MASK"
    assert policy.decide(finding("SECURITY_DETAIL", category="backup")).action == "REVIEW"
    assert policy.decide(finding("SECURITY_DETAIL", category="logging")).action == "MASK"
    assert policy.deny == ("秘密の名前",)
    assert len(policy.sha256) == 64


@pytest.mark.parametrize("content, message", [
    ('extends = "lenient"\n', "extends"),
    ('[actions]\nPERSON = "HIDE"\n', "MASK / KEEP / REVIEW"),
    ('[actions]\nNAME = "MASK"\n', "未知のラベル"),
    ('style = "blur"\n', "style"),
    ('[[rules]]\nlabel = "PERSON"\n', "action"),
    ('this is not toml', "読めません"),
])
def test_bad_policy_files_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_policy(path)


def test_unknown_profile_and_missing_file():
    with pytest.raises(PolicyError):
        load_policy("lenient")


def test_non_attendance_is_for_a_person_to_decide_by_default():
    from redactor import Redactor
    text = "相談者の長男は昨年から不登校の状態が続いている。"
    actions = {p: {f.action for f in Redactor(p).check(text).findings if f.label == "SENSITIVE"}
               for p in ("default", "strict")}
    assert actions == {"default": {"REVIEW"}, "strict": {"MASK"}}


def test_an_allowed_mail_domain_keeps_every_address_there(tmp_path):
    path = tmp_path / "city.toml"
    path.write_text('allow = ["@city.kitahama.example.jp"]\n', encoding="utf-8")
    policy = load_policy(path)
    assert policy.decide(finding("EMAIL", "ｙａｍａｄａ＠ｃｉｔｙ．ｋｉｔａｈａｍａ．ｅｘａｍｐｌｅ．ｊｐ")).action == "KEEP"
    # near misses: domains that merely contain it
    assert policy.decide(finding("EMAIL", "yamada@city.kitahama.example.jp.evil.example")).action == "MASK"
    assert policy.decide(finding("EMAIL", "yamada@evilcity.kitahama.example.jp")).action == "MASK"


def test_an_allowed_phone_number_is_kept_however_it_is_written(tmp_path):
    path = tmp_path / "city.toml"
    path.write_text('allow = ["042-555-8111"]\n', encoding="utf-8")
    policy = load_policy(path)
    for written in ("０４２－５５５－８１１１", "042(555)8111", "042-555-8111（内線2317）"):
        assert policy.decide(finding("PHONE", written, kind="unknown")).action == "KEEP"
    # near misses: another number, and the same digits under another label
    assert policy.decide(finding("PHONE", "042-555-8112", kind="unknown")).action == "MASK"
    assert policy.decide(finding("ACCOUNT", "0425558111")).action == "MASK"
