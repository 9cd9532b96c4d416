import pytest

from redactor.recognizers.email import EmailRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("連絡先 hanako.sato@example.ne.jp", "hanako.sato@example.ne.jp", "unknown"),
    ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "unknown"),
    ("問い合わせ somu@city.sakura.lg.jp", "somu@city.sakura.lg.jp", "office"),
    ("info@example.com", "info@example.com", "office"),
])
def test_emails(text, value, kind, found):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["@マークの使い方", "user@localhost", "a@b"])
def test_not_emails(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, kind", [
    # the municipality's domain or a department mailbox is evidence of an office
    ("yamada.t@city.kitahama.tokyo.jp", "office"),
    ("kikaku-ka@example.jp", "office"),
    ("fukushika@example.jp", "office"),
    ("bosai@pref.kitahama.jp", "office"),
    # words around a personal address are not: it fails closed
    ("問い合わせ先 hanako123@example.com", "unknown"),
    ("事務局 suzuki.j@npo-sakura.example", "unknown"),
    ("担当課 taro.info@example.jp", "unknown"),        # info is not the mailbox's name
    ("informatica@example.com", "unknown"),           # begins with info, is no department word
    ("city.fan@example.com", "unknown"),              # city in the local part, not the domain
])
def test_office_mailbox_needs_evidence_in_the_address(text, kind, found):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, value", [
    ("連絡先 taro.kitahama(at)example.jp", "taro.kitahama(at)example.jp"),
    ("連絡先 taro.kitahama[at]example.jp", "taro.kitahama[at]example.jp"),
    ("メール taro.kitahama アットマーク example.jp", "taro.kitahama アットマーク example.jp"),
    ("メール taro.kitahama★example.jp（★を@に変えて）", "taro.kitahama★example.jp"),
])
def test_addresses_with_a_stand_in_for_at(text, value, found):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "unknown")]


@pytest.mark.parametrize("text", ["ファイル名 report■final.docx", "★重要事項.txt", "sample★ver.2"])
def test_stand_in_near_misses(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("address", [
    "kanri.hanako@yahoo.co.jp",   # a department-like word, then a person's name
    "hoken2021@gmail.com",        # a department word on free mail
    "taro@town.example.jp",       # "town" not in a municipality's geographic domain
])
def test_no_office_evidence_in_these_addresses(address):
    from redactor import Redactor
    [f] = [f for f in Redactor().check(f"連絡先 {address}").findings if f.label == "EMAIL"]
    assert f.action == "MASK"


@pytest.mark.parametrize("address, kind", [
    ("jyoho@example-city.jp", "office"),       # 情報 in 訓令式-style spelling (jyo = jo)
    ("jyouhou-ka@example-city.jp", "office"),  # 情報課
    ("jyoji.yamada@example-city.jp", "unknown"),  # a person's name in the same spelling
    ("kodomo-ka@example-city.jp", "office"),   # こども課
    ("douro.kanri@example-city.jp", "office"),  # 道路管理
    ("shoko@example-city.jp", "unknown"),       # a given name, not 商工
])
def test_department_words_in_other_romanisations(address, kind, found):
    assert [a["kind"] for _, a in found(R, f"問い合わせ先 {address}")] == [kind]


def test_an_address_spelt_out_in_words_near_a_mail_word(found):
    assert [t for t, _ in found(R, "メール：yamada.k at example dot co dot jp")] == ["yamada.k at example dot co dot jp"]
    assert [a["kind"] for _, a in found(R, "メール：soumu at city dot kitahama dot lg dot jp")] == ["office"]


@pytest.mark.parametrize("text", ["look at the report dot pdf", "see you at home dot com"])
def test_words_at_and_dot_without_a_mail_word_are_no_address(text, found):
    assert found(R, text) == []
