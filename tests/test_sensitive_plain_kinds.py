"""SENSITIVE facts of the kinds unseen minutes and case records say in plain
words (made-up sentences): bullying and corporal punishment suffered
(いじめ防止対策推進法第2条, 学校教育法第11条), an accident suffered, an operation
in the honorific voice, low mood, an allergy, the behaviours of dementia
(BPSD), a capacity a doctor judges for a guardianship (民法第7条), a
household's hardship (生活困窮者自立支援法第3条) and a limb lost (右下肢の切断);
and the same words in a programme, an appeal or a statistic, which stay out."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, term, kind", [
    # bullying and punishment suffered
    ("本人はネット上で悪口を書き込まれたと訴えている。", "悪口を書き込まれ", "victim"),
    ("当該生徒は担任から体罰を受けたと話している。", "体罰を受け", "victim"),
    ("相談者の長男は同級生から金品を要求されていた。", "金品を要求され", "victim"),
    ("佐野さんの次女は、塾の友人に持ち物を隠されたことがある。", "持ち物を隠され", "victim"),
    # an accident suffered (REVIEW, as injuries are)
    ("御本人は、奥様が横断歩道で事故に遭われてから外出を控えておられる。", "事故に遭われ", "injury"),
    ("相談者の父は配達中に車にはねられ、現在も療養している。", "車にはねられ", "injury"),
    # health said plainly
    ("祖母は先月、腰の手術をされたばかりです。", "手術をされ", "health"),
    ("相談者は「気持ちの落ち込みが続いている」と話した。", "気持ちの落ち込み", "health"),
    ("佐藤さんの長女には卵アレルギーがある。", "アレルギー", "health"),
    # the behaviours of dementia (BPSD) as a family tells them
    ("長男の話では、父は夜になると家の中で迷ってしまう。", "家の中で迷", "health"),
    ("同氏は昼夜逆転の生活となっている。", "昼夜逆転", "health"),
    ("本人は入所後も夜中に大声を出すことがある。", "夜中に大声", "health"),
    # capacity for a guardianship (民法第7条・第11条・第15条)
    ("診断書では、本人は判断能力が著しく不十分であるとされた。", "判断能力が著しく不十分", "guardianship"),
    ("申立人の母は、財産を管理・処分することができないと判定された。", "財産を管理・処分することができな",
     "guardianship"),
    # a household's hardship
    ("相談者は経済的に困窮しており、家賃も払えない状態である。", "経済的に困窮", "welfare"),
    ("申出人は出産費用が払えるか不安だと話した。", "出産費用が払え", "welfare"),
    ("同世帯は所持金が尽き、食べる物に困っている。", "所持金が尽き", "welfare"),
])
def test_plain_facts_about_one_person(text, term, kind):
    hits = found(R, text)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term or term in t) for t, a in hits), hits


def test_a_limb_lost_is_a_disability_with_its_whole_clause():
    hits = found(R, "山口さんは右下肢の切断により手帳の交付を受けた。")
    assert [(t, a["kind"]) for t, a in hits] == [("右下肢の切断により手帳の交付を受けた", "disability")]


@pytest.mark.parametrize("text", [
    "いじめや誹謗中傷を受けた児童生徒への相談体制を充実させます。",  # whom a service is for
    "交通事故に遭わないよう、児童への安全指導を徹底してまいります。",  # an appeal
    "市内の病院で手術を受ける方の医療費助成制度について説明します。",
    "認知症の方の徘徊や昼夜逆転への対応について、家族介護者向けの講座を開催します。",
    "経済的に困窮している世帯への支援制度を拡充します。",
    "判断能力が不十分な方を支援する成年後見制度の利用促進を図ります。",
    "給食の食物アレルギー対応マニュアルを改訂しました。",
    "生活費に不安を抱える市民の数は増加しています。",  # a statistic
    "この道路は下肢の不自由な方にも通りやすいよう改修します。",
    "物忘れが気になる方は、もの忘れ相談会をご利用ください。",
    "工場の機械による手指の切断事故の防止対策を講じる。",  # a hazard, not a person's loss
])
def test_the_same_words_about_a_programme_or_many_people(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, expected, kind", [
    # how grave an injury is, as a noun after it (REVIEW as injuries are)
    ("被害生徒は前歯破折の重傷と聞いております。", "前歯破折の重傷", "injury"),
    # a 手帳 issued again: the holder's disability; how it was told (との苦情) stays out
    ("柴田さんから、障害者手帳の再交付ができなかったとの苦情があった。", "障害者手帳の再交付ができなかった", "disability"),
])
def test_a_grade_or_a_reissue_ties_the_term_and_the_telling_stays_out(text, expected, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(expected, kind)]


@pytest.mark.parametrize("text", [
    "障害者手帳の再交付の手続は、障がい福祉課の窓口で受け付けています。",  # a notice
    "交通事故による重傷者数は前年より減少した。",  # a statistic
])
def test_a_reissue_or_a_grade_in_a_notice_or_a_count(text):
    assert found(R, text) == []


def test_an_accident_suffered_and_what_followed_are_two_statements():
    # the conjunction opens a new sentence: two findings, neither holding また
    hits = found(R, "請求人は交通事故に遭った。また、事故後に抑うつ状態となった。")
    assert [(t, a["kind"]) for t, a in hits] == [("交通事故に遭った", "injury"), ("事故後に抑うつ状態となった", "health")]


def test_the_words_of_the_civil_code_are_one_fact_not_a_clause_modifying_a_noun():
    # 事理を弁識する|能力: the verb form inside the term modifies the term's own noun
    hits = found(R, "高木様については、事理を弁識する能力を欠く常況にあるとされたことが分かった。")
    assert [(t, a["kind"]) for t, a in hits] == [("事理を弁識する能力を欠く常況にあるとされた", "guardianship")]


@pytest.mark.parametrize("text, expected, kind", [
    ("相談内容：同じ部の先輩からの金品要求被害", "同じ部の先輩からの金品要求被害", "victim"),
    ("現状：生活費不足（水道料金未払い）。", "生活費不足（水道料金未払い）", "welfare"),
    ("判断能力：補助相当", "補助相当", "guardianship"),
])
def test_the_plain_kinds_as_a_records_field(text, expected, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(expected, kind)]


def test_a_capacity_column_of_a_register_holds_each_rows_fact():
    text = "番号\t年代\t判断能力\t対応\n1\t70代\t判断能力の低下（後見相当）\t訪問予定\n2\t60代\tやや低下\t終結\n"
    assert [t for t, _ in found(R, text)] == ["判断能力の低下（後見相当）", "やや低下"]


@pytest.mark.parametrize("text", [
    "この講座では、判断能力の低下に備える方法を学びます。",
    "ネット上の誹謗中傷を防ぐため、情報モラル教育を推進します。",
    "市の財政は、お金がなくて新しい事業ができない状況です。",  # no person
    "成年後見制度では、家庭裁判所が後見開始の審判を行います。",
])
def test_the_plain_kinds_in_a_course_a_programme_or_the_citys_budget(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, term, kind", [
    # a pregnancy told by its notification or how near the birth is (母子保健法第15条・第16条)
    ("申請者は妊娠が分かり、先週母子手帳の交付を受けた。", "妊娠が分か", "health"),
    ("相談者の長女は臨月で、実家に戻っている。", "臨月", "health"),
    # debts by where they come from and how they are collected
    ("相談者の夫はキャッシングを繰り返している。", "キャッシング", "family"),
    ("本人は闇金から借りており、取り立てに追われている。", "闇金", "family"),
    ("申出人は兄の連帯保証人になっていた。", "連帯保証人になっ", "family"),
])
def test_a_pregnancy_or_a_debt_about_one_person(text, term, kind):
    hits = found(R, text)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term) for _, a in hits), hits


@pytest.mark.parametrize("text", [
    "母子健康手帳の交付は、保健センターの窓口で行います。",
    "カードローンの利用には審査があります。",
    "妊娠届の提出方法について市報で周知した。",
    "多重債務の相談窓口では、闇金の被害の相談も受け付けている。",
])
def test_a_pregnancy_or_a_debt_in_a_notice(text):
    assert found(R, text) == []


def test_a_place_of_worship_kept_at_home_under_a_persons_heading():
    text = "対象：申請者（５２歳）\n\n１　本人の状況\n・北光会の布教所を自宅に設置\n"
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("北光会の布教所を自宅に設置", "creed")]
    assert found(R, "公民館の分館を自宅近くに設置する計画である。") == []


@pytest.mark.parametrize("text, expected", [
    # symptoms a person complains of (ICD-10 R00-R99) and a condition that set in
    ("家族によれば、本人は夜眠れず、頭痛を訴える日が続いている。", "夜眠れず、頭痛を訴える日が続いている"),
    ("申請者の父は、最近動悸がひどく外出できないとのことです。", "最近動悸がひどく外出できない"),
    ("民生委員は「西田さんは認知症が始まっているようだ」と話した。", "認知症が始まっている"),
])
def test_symptoms_and_a_condition_setting_in(text, expected):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(expected, "health")]


@pytest.mark.parametrize("text", [
    "めまいや吐き気がある場合は、無理をせず休憩してください。",
    "頭痛や腹痛を訴える児童への対応を養護教諭と確認した。",
    "熱中症の初期症状として、めまいや頭痛があります。",
])
def test_symptoms_in_advice_or_a_schools_procedure(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, expected, kind", [
    # a screening item's result right after it, in the person's own words
    ("申請者は「尿糖陽性と言われた」と話した。", "尿糖陽性と言われた", "checkup"),
    # a class of 身体障害者障害程度等級表 in the short form a record writes
    ("聞き取りによれば、世帯主は直腸機能障害で手帳の交付を受けている。", "直腸機能障害で手帳の交付を受けている", "disability"),
])
def test_a_screening_result_and_a_disability_class(text, expected, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(expected, kind)]


@pytest.mark.parametrize("text", [
    "市の特定健診では、便潜血陽性の方に精密検査を勧めている。",
    "尿糖陽性者数は前年度から増加した。",
    # leaving home at night is as often a quarrel's end as dementia's wandering
    "相談者の夫は、口論の末に夜中に家を出て行ってしまった。",
])
def test_a_result_in_a_programme_or_a_count_and_leaving_home(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    # a member's complaint about what is said of them in office, and a rule for staff
    "○３番（北川君）　私への誹謗中傷がＳＮＳで続いており、大変遺憾です。",
    "職員への不当な金品の要求には、組織として毅然と対応する。",
])
def test_the_bare_nouns_of_harm_need_a_victims_predicate(text):
    assert found(R, text) == []
