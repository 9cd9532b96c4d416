"""SENSITIVE facts a record about a person writes as nouns (made-up
records): a bullet, a field's value, a cell of a bar table, a sentence
ending on the term; and the same terms in programme text, a compound, a
heading or a document about no one, which stay out."""
import pytest

from conftest import found
from redactor import Redactor
from redactor.recognizers import _sensitive_nominal as nominal
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    # a bullet of a record whose person a field names
    ("対象者：北浜　一郎（８２歳）\n・アルツハイマー型認知症（かかりつけ：南病院）\n・独居",
     "アルツハイマー型認知症", "health"),
    # a field's value: the label is not the fact
    ("本児　小学３年　男\n近況：２学期から不登校。\n家族：母、妹", "２学期から不登校", "school"),
    # a cell of a bar table of cases
    ("番号｜氏名｜区分｜備考\n１｜北浜　花子｜DV被害｜転居済み\n", "DV被害", "victim"),
    # a sentence that ends on the term in a notice to a named resident
    ("南野　京子　様\n\nあなたの世帯について確認した事項は次のとおりです。\n長女は適応指導教室。", "適応指導教室", "school"),
])
def test_a_record_lists_facts_about_its_person(text, value, kind):
    hits = found(R, text)
    assert any(v == value and a["kind"] == kind for v, a in hits), hits


@pytest.mark.parametrize("text", [
    "対象者：北浜　一郎\n・認知症施策の推進について意見交換",  # programme text
    "対象者：北浜　一郎\n・市内の不登校児童生徒数は１２人。",  # a statistic
    "対象者：北浜　一郎\n・要介護認定の申請件数：３２件",  # a count
    "対象者：北浜　一郎\n・透析患者の送迎",  # the term runs on into a compound
    "対象者：北浜　一郎\n３　生活保護",  # a numbered heading, no 。
    "議題\n・統合失調症\n・アルツハイマー型認知症",  # a list of topics about no one
])
def test_the_same_terms_not_stated_about_a_person(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, evidence", [
    ("相談者：北浜　一郎\n", "相談者：北"),
    ("本児は小学３年生。", "本児"),
    ("Ａ氏から電話があった。", "Ａ氏"),
    ("南野　京子　様\n", "京子　様"),
    ("同様の仕様で、皆様のご意見を聞く。", None),  # words, not persons
])
def test_what_makes_a_document_about_a_person(text, evidence):
    assert nominal.about_person(text) == evidence


@pytest.mark.parametrize("line, term, where", [
    ("近況：統合失調症、", "統合失調症", "欄の値"),
    ("　山田委員：統合失調症、", "統合失調症", None),  # a speaker's turn is no field
    ("・統合失調症（服薬中）", "統合失調症", "箇条書き"),
    ("・統合失調症の方への支援", "統合失調症", None),  # the term does not end its item
    ("同人は統合失調症。", "統合失調症", "体言止め"),
    ("１｜北浜｜統合失調症｜", "統合失調症", "表のセル"),
])
def test_where_a_term_stands(line, term, where):
    i = line.index(term)
    assert nominal.nominal_position(line, i, i + len(term)) == where


# -- the statute's categories as records write them (個人情報保護法第2条第3項, 施行令第2条) --

@pytest.mark.parametrize("text, kind", [
    ("対象者：北浜　一郎\n・少年院送致（令和５年）", "criminal"),  # 少年の保護事件の手続
    ("相談者は難民認定申請中。", "origin"),  # a status sought on the 難民条約 grounds
    ("受診者：北浜　花子\n所見：\n　HbA1c 8.4%\n", "checkup"),  # a result's value under a field
    ("本人：北浜　一郎\n・ショートステイ利用中", "care"),
    ("本児の登録票を作成した（虐待種別：心理的虐待）。", "victim"),
    ("ケース会議で、同人の受けた行為を経済的虐待と判断した。", "victim"),
    ("身体障害者手帳\n　氏名　北浜　一郎\n　等級　２級\n", "disability"),
    ("同人は措置入院から退院した。", "health"),
    ("本人は体調が悪く、面談を欠席した。", "health"),
])
def test_the_statutes_categories_as_a_record_writes_them(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)], found(R, text)


@pytest.mark.parametrize("text", [
    "γ-GTPの基準値は男性で５０以下です。",  # the scale, no one's value
    "ショートステイの利用者数は前年度より増加した。",  # a statistic
    "難民認定申請の件数は全国で１万件を超えた。",
    "職務の等級　３級",  # a staff member's pay grade, not a 手帳's
])
def test_the_same_words_of_no_one(text):
    assert found(R, text) == []


def test_an_amount_of_assistance_is_no_nominal_fact():
    # (生活扶助　７１，８２０円: the sum is an AMOUNT; ， is no list's separator)
    line = "請求人　北浜　一郎\n　生活扶助　　７１，８２０円\n"
    i = line.index("生活扶助")
    assert nominal.nominal_position(line, i, i + 4) is None


def test_a_quoted_remark_but_not_a_quoted_item_name():
    remark = "相談者は「前にうつ病で休職、今は服薬中」と話した。"
    i = remark.index("服薬")
    assert nominal.nominal_position(remark, i, i + 2) == "引用"
    item = "調査票の「徘徊」の項目は「ある」と判定した。"
    i = item.index("徘徊")
    assert nominal.nominal_position(item, i, i + 2) is None


def test_a_field_set_off_by_spaces():
    record = "世帯主　北浜　花子\n　　支給内容　生活扶助・医療扶助（令和５年４月から）\n"
    assert ("生活扶助・医療扶助", "welfare") in [(v, a["kind"]) for v, a in found(R, record)]
    turn = "　山田委員　生活扶助、"  # a minutes turn: the speaker is no label
    i = turn.index("生活扶助")
    assert nominal.nominal_position(turn, i, i + 4) is None


@pytest.mark.parametrize("text, kind", [
    ("遅れは本人の入院によるものと説明があった。", "health"),
    ("同人は年金と生活保護を併給している。", "welfare"),
])
def test_a_stay_in_hospital_and_two_benefits_together(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)], found(R, text)


@pytest.mark.parametrize("text", [
    "入院時の食事療養費の自己負担額を改定する。",
    "市民病院の入院患者数は前年度並みで推移した。",
])
def test_a_stay_in_hospital_as_a_programme_or_a_count(text):
    assert found(R, text) == []


def test_a_person_word_on_the_line_before_a_hard_wrap():
    # minutes typed into a fixed width: the sentence goes on across the line break
    wrapped = "委員長、北浜さんのところは、去年の春より前にも\nうつ病で措置入院をしていたはずで、心配だ。"
    assert [a["kind"] for _, a in found(R, wrapped)] == ["health"]
    # a line that ends its sentence is no wrap: the next line has no person
    ended = "北浜さんから電話があった。\n糖尿病で通院している人が多い地域である。"
    assert found(R, ended) == []


@pytest.mark.parametrize("text, kind", [
    # a notice addresses its one resident as あなた
    ("北浜　一郎　様\n（参考）同期間中、あなたは大腿骨の手術のため入院していた期間があります。", "health"),
    # a complaint of a symptom closes a record's bullet
    ("相談者：北浜　花子\n・R6.3　訪問時、本人から不眠の訴え。", "health"),
])
def test_a_notice_to_one_resident_and_a_symptom_complained_of(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)], found(R, text)


def test_a_quoted_diagnosis_is_a_finding_a_quoted_item_is_not():
    text = "対象児：北浜　翼\n保護者から「うつ病」との診断書が届いた。"
    assert ("うつ病", "health") in [(v, a["kind"]) for v, a in found(R, text)]
    item = "対象児：北浜　翼\n調査票の「徘徊」の項目は空欄である。"
    assert found(R, item) == []


def test_a_list_that_goes_on_into_a_clause_lists_no_facts():
    record = "対象者：北浜　花子\n・うつ病・不眠（通院中）\n・妊娠・出産のときは通訳が課題"
    assert [v for v, _ in found(R, record)] == ["うつ病・不眠（通院中）"]


# -- property: every noun term that ends an item of a record is a finding ------

from hypothesis import given, settings, strategies as st  # noqa: E402

from conftest import _detector  # noqa: E402

_HEADS = ["対象者：北浜　一郎（８２歳）", "本人氏名　南野　花子", "山田　太郎　様", "本児　小学４年　男"]
_TERMS = ["統合失調症", "要介護", "生活保護", "身体的虐待", "少年院送致", "難民認定申請", "人工透析", "療育手帳",
          "不登校", "ショートステイ"]
_TAILS = ["", "（令和５年から）", "あり", "の疑い", "２級"]
_LAYOUTS = ["・{t}{tail}", "経過：{t}{tail}", "近況　{t}{tail}", "１｜北浜　一郎｜{t}{tail}｜備考", "　　{t}{tail}。"]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(head=st.sampled_from(_HEADS), term=st.sampled_from(_TERMS), tail=st.sampled_from(_TAILS),
       layout=st.sampled_from(_LAYOUTS))
def test_every_noun_term_ending_a_records_item_is_found(head, term, tail, layout):
    text = head + "\n" + layout.format(t=term, tail=tail) + "\n"
    findings = [f for f in _detector(R).detect(text) if f.label == "SENSITIVE"]
    at = text.index(term, len(head))
    assert any(f.start <= at and at + len(term) <= f.end for f in findings), (text, findings)
    assert all(text[f.start:f.end] == f.text for f in findings)


@pytest.mark.parametrize("line, fact", [
    ("（１）視覚障害（所持）", "視覚障害（所持）"),   # an item numbered in brackets, its note with it
    ("(3)生活扶助開始", "生活扶助開始"),              # a welfare status ending its item
    ("病名｜肝硬変（通院中）", "肝硬変（通院中）"),   # a field whose label is set off by a bar
])
def test_numbered_items_bar_fields_and_statuses_of_a_record(line, fact):
    text = f"支援記録\n対象：山田 花子さん（48歳）\n{line}\n"
    assert fact in [f.text for f in Redactor().check(text).findings if f.label == "SENSITIVE"]


def test_a_numbered_heading_with_a_topic_is_no_fact():
    text = "支援記録\n対象：山田 花子さん（48歳）\n（２）生活保護制度の概要について\n"
    assert not [f for f in Redactor().check(text).findings if f.label == "SENSITIVE"]
