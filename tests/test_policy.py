"""Policy decisions: labels and recognizer attributes -> MASK / KEEP / REVIEW."""
import re

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
    ("AGE", {}, "REVIEW"),
    ("AGE", {"attached": "official"}, "KEEP"),
    ("AGE", {"attached": "group"}, "KEEP"),
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


def _readme_policy_example() -> str:
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("A policy file (TOML) extends a profile:", 1)[1]
    return block.split("```toml\n", 1)[1].split("```", 1)[0]


def test_the_readme_policy_example_loads_and_its_deny_entries_mask(tmp_path):
    from redactor.pipeline import Redactor

    path = tmp_path / "city.toml"
    path.write_text(_readme_policy_example(), encoding="utf-8")
    policy = load_policy(path)
    assert ("青葉荘", "ADDRESS") in policy.deny and "山田太郎" in policy.deny
    found = {(f.text, f.label, f.action) for f in Redactor(policy=policy).check("申出人は青葉荘の住人です。").findings}
    assert ("青葉荘", "ADDRESS", "MASK") in found


@pytest.mark.parametrize("text, line, key", [
    ('extends = "default"\nstlye = "block"\n', 2, "stlye"),                        # misspelt key
    ('extends = "default"\n\n[actoins]\nAGE = "MASK"\n', 3, "actoins"),           # misspelt table
    ('allow = "北多摩市"\n', 1, "allow"),                                           # a string, not a list
    ('deny = [3]\n', 1, "deny[0]"),                                                # wrong type in a list
    ('deny = [{ txt = "青葉荘" }]\n', 1, "deny[0].txt"),
    ('[actions]\nAGE = "HIDE"\n', 2, "actions.AGE"),
    ('[actions]\nAEG = "MASK"\n', 2, "actions.AEG"),
    ('min_score = "high"\n', 1, "min_score"),
    ('[[rules]]\nlabel = "PERSON"\naction = "KEEP"\n\n[[rules]]\nlabel = "PERSON"\nactoin = "MASK"\n', 7,
     "rules[1].actoin"),
    ('[risk]\npopulation = "17000"\n', 2, "risk.population"),
    ('drop_rules = "yes"\n', 1, "drop_rules"),
])
def test_a_policy_file_that_breaks_the_schema_is_an_error_with_key_and_line(tmp_path, text, line, key):
    from click.testing import CliRunner

    from redactor.cli.main import cli

    path = tmp_path / "city.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match=rf"city\.toml:{line}: {re.escape(key)}:"):
        load_policy(path)
    doc = tmp_path / "in.txt"
    doc.write_text("本日の会議は午後二時に開会した。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--policy", str(path), str(doc)])
    assert result.exit_code == 2 and key in result.output and "Traceback" not in result.output


def test_a_policy_file_with_every_key_well_typed_loads(tmp_path):
    path = tmp_path / "city.toml"
    path.write_text('extends = "strict"\nname = "北多摩市"\nstyle = "block"\nreview_output = "keep"\n'
                    'allow = ["北多摩市"]\ndeny = ["秘密の名前"]\ndrop_rules = false\nmin_score = 0.2\n'
                    '[min_scores]\nAGE = 0.5\n[actions]\nAGE = "MASK"\n[risk]\npopulation = 17000\n'
                    'k_threshold = 10\n[[rules]]\nlabel = "*"\nwhen = { kind = ["a", "b"] }\naction = "REVIEW"\n',
                    encoding="utf-8")
    policy = load_policy(path)
    assert policy.style == "block" and policy.settings["risk"]["population"] == 17000


def test_a_redactor_with_its_own_style_leaves_the_callers_policy_alone():
    from redactor.pipeline import Redactor

    policy = load_policy("default")
    r = Redactor(policy=policy, style="block")
    assert r.policy.style == "block" and policy.style == "label"
    assert Redactor(policy=policy).policy is policy  # near miss: no style, the policy as given


def test_a_deny_entry_written_with_an_itaiji_matches_both_spellings(tmp_path):
    from redactor.pipeline import Redactor

    path = tmp_path / "city.toml"
    path.write_text('deny = ["髙橋﨑子", { text = "青葉荘", label = "ADDRESS" }]\n', encoding="utf-8")
    found = Redactor(policy=load_policy(path)).check("出席者は髙橋﨑子、高橋崎子、高橋咲子。").findings
    denied = sorted(f.text for f in found if f.attributes.get("deny_list"))
    assert denied == ["高橋崎子", "髙橋﨑子"]  # 高橋咲子 is another name


def test_a_bare_dictionary_surname_is_reviewed_not_dropped_under_default():
    # fail closed in policy: no title, honorific or role word -> a person decides
    from redactor import Redactor
    result = Redactor().check("その後、石川は窓口に来なかった。")
    person = [f for f in result.findings if f.label == "PERSON"]
    assert [(f.text, f.action) for f in person] == [("石川", "REVIEW")]
    # an everyday katakana word that is also listed as a name is no finding there
    assert not [f for f in Redactor().check("移行後のデータはどこに置かれるのか。").findings if f.label == "PERSON"]
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
