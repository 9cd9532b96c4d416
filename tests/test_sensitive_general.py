"""SENSITIVE terms said of no one, and the near misses that are said of one
person (made-up sentences and names). Every drop has a named reason, which
the drop log shows."""
import pytest

from conftest import found
from redactor.recognizers._drops import recording
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text", [
    "生活保護を受給している世帯への支援を拡充する。",
    "うつ病などで休職している職員の復職支援について伺います。",
    "いじめを受けた児童が相談しやすい体制をつくるべきではないか。",
    "病気休暇を取得した職員は、前年度より増えている。",
])
def test_a_relative_clause_on_a_group_in_a_general_statement(text):
    with recording() as drops:
        assert found(R, text) == []
    assert any("集団を表す語" in d.reason for d in drops)


@pytest.mark.parametrize("text", [
    "生活保護を受給している北浜さんへの支援を検討した。",   # a name
    "うつ病で休職している職員Ａは来月復職する予定だ。",      # one person's mark
    "病気休暇を取得した職員は、来月復帰する予定である。",    # no aim, no general word
    "相談者の夫は生活保護を受給している。",                  # no relative clause
])
def test_the_same_clause_about_one_person_stays(text):
    assert found(R, text) != []


def test_a_compound_that_holds_a_person_word_is_no_person():
    # 様 in 様々 is no honorific, 歳 in 歳出 no age
    assert found(R, "不登校の原因は様々であり、一概には言えない。") == []
    assert found(R, "北浜様は不登校の状態が続いている。") != []


def test_an_organisation_as_the_topic_files_its_own_report():
    with recording() as drops:
        assert found(R, "市は警察に被害届を提出した。") == []
    assert any("組織" in d.reason for d in drops)
    assert found(R, "相談者は警察に被害届を提出した。") != []


def test_a_report_filed_with_no_person_anywhere_is_an_organisations():
    assert found(R, "６　対応\n県警に相談し、被害届を提出した。") == []
    assert found(R, "相談者は暴行を受けた。翌日、警察に被害届を提出した。") != []


@pytest.mark.parametrize("text, kind", [
    ("患者Ａは入院費約４０万円を支払っておらず、督促している。", "arrears"),
    ("娘が父の通帳を管理し、本人に生活費を渡していない。", "victim"),
    ("同氏は就労収入を申告せず、保護費の返還を求められた。", "welfare"),
    ("職員Ｂは精神的な疾患で休んでいる。", "health"),
    ("来庁者は飲酒しており、窓口で大声を出した。", "conduct"),
    ("北浜さんはアルコール臭がし、ろれつが回らない状態であった。", "conduct"),
    ("男性は「今から市役所に行って刺してやる」と電話で述べた。", "conduct"),
])
def test_facts_in_further_plain_forms(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "男性は「あとで手伝ってやる」と言った。",             # a quote that threatens nothing
    "飲酒して来庁する方への対応を検討する。",             # a rule for a group
    "入院費を支払っていない世帯への対応について伺う。",
])
def test_near_misses_of_those_forms(text):
    assert found(R, text) == []


def test_arrears_take_the_one_person_named_in_the_sentence_before():
    text = "所有者の北浜さんは既に亡くなっている。固定資産税も８年分が滞納されている。"
    assert "arrears" in [a["kind"] for _, a in found(R, text)]
    stats = "滞納者は１２３人である。固定資産税も８年分が滞納されている。"
    assert "arrears" not in [a["kind"] for _, a in found(R, stats)]


@pytest.mark.parametrize("text, value", [
    ("要介護度：３", "３"),
    ("療育手帳：Ａ", "Ａ"),
])
def test_a_grade_alone_is_a_care_or_disability_fields_value(text, value):
    assert [t for t, _ in found(R, text)] == [value]


def test_a_number_alone_under_another_label_is_not_a_grade():
    assert found(R, "備考：３") == []


@pytest.mark.parametrize("text, kind", [
    ("父の要介護度は２から４に上がった。", "care"),
    ("同居の孫が祖母の年金を搾取している。", "victim"),
    ("長男が本人の年金を管理し、本人に渡していない。", "victim"),
    ("課長補佐が心身の不調で休んでいる。", "health"),
    ("障害等級：身体１級、精神２級", "disability"),
])
def test_grades_changed_money_taken_and_a_staff_members_health(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "要介護３から５の方は施設に入所できる。",          # a range a rule sets
    "年金の搾取を防ぐため、成年後見制度の利用を促す。",  # prevention, no one
    "課長補佐の配置について説明する。",
])
def test_near_misses_of_grades_money_and_staff(text):
    assert found(R, text) == []


def test_a_persons_own_visit_record_asked_for():
    assert [a["kind"] for _, a in found(R, "本件は、請求人本人の受診記録の開示請求である。")] == ["health"]
    assert found(R, "受診記録の保存期間は５年とする。") == []


def test_a_record_named_by_a_joined_noun_phrase_is_one_finding_with_its_clause():
    # the clause stops at its verb (…に関する), the record names what was asked for
    text = "請求人は、自身の元夫からの暴力に関する相談記録の開示を請求した。"
    assert [t for t, _ in found(R, text)] == ["自身の元夫からの暴力に関する相談記録"]
    assert found(R, "市は、配偶者からの暴力に関する相談記録の保存期間を定めた。") == []


@pytest.mark.parametrize("text, kind", [
    ("係員が精神的な理由から長期の休みに入った。", "health"),
    ("担当者はメンタルの問題で休んでおり、後任が決まっていない。", "health"),
    ("当該職員は心の健康を損ない、現在休職中です。", "health"),
    ("男性から酒のにおいがし、呂律が回っていなかった。", "conduct"),
    # する方 inside 避難する方向 is no 「…する方への」 of a policy
    ("相談者母子は、DVシェルターに避難する方向で調整している。", "victim"),
])
def test_time_off_drink_and_a_shelter_said_plainly(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "心の健康を損なわないよう、職員のストレスチェックを実施する。",
    "DVから避難する方への支援を拡充する。",
])
def test_near_misses_of_time_off_and_shelter(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "生活保護を受給している方が就労した場合、収入認定はどうなるのか。",
    "障害者手帳を所持している方は、減免の対象となります。",
    "認知症と診断された方とその家族を支えるため、認知症カフェを開設した。",
    "精神疾患で休職している職員は現在５名です。",
    "透析を受けている方の通院手段の確保が課題だ。",
    "ひとり親家庭で児童扶養手当を受給している世帯は、前年より減った。",
])
def test_rules_counts_and_measures_about_a_group(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "精神疾患で休職している職員は現在１名です。",           # one: identifiable in a small office
    "生活保護を受給している北浜さんが就労した場合の収入認定を説明した。",
    "障害者手帳を所持している相談者は、減免を申請した。",
])
def test_the_same_with_one_person(text):
    assert found(R, text) != []


@pytest.mark.parametrize("text, value", [
    ("北浜一郎（身障１級・車いす）", "身障１級"),
    ("南浜花子（療育Ａ判定）", "療育Ａ判定"),
    ("北浜一郎　視覚１級", "視覚１級"),
    ("・北浜一郎　下肢機能障害２級", "下肢機能障害２級"),
])
def test_a_certificates_grade_in_a_list(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "下肢機能障害３級以上の方は対象です。",   # a threshold
    "視覚の検査を１回行う。",                  # no grade
])
def test_near_misses_of_grades_in_a_list(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, kind", [
    ("相談者については、今後、母子でシェルターへ避難することも含めて検討する。", "victim"),
    ("本人の安全確保のため、一時保護を行う予定です。", "victim"),
    ("相談者の医療費の自己負担分が未払いとなっている。", "arrears"),
])
def test_a_plan_weighed_for_one_person_and_unpaid_care(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "ＤＶ被害者のシェルターへの避難も含めて支援を検討する。",   # no one person
    "医療費が未払いとなっている世帯への対応を検討する。",
])
def test_the_same_plans_for_a_group(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "生活保護を受給している方には、別途通知を送付しております。",               # whom a notice goes to
    "要介護認定を受けている高齢者の方には、ケアマネジャーが訪問しております。",  # group, then の方
    "メンタル不調で休職している職員については、産業医が面談を行っています。",    # a class as the topic
    "がんで入院している方もいます。",                                          # some among many
])
def test_a_class_a_service_is_addressed_to_is_no_one(text):
    with recording() as drops:
        assert found(R, text) == []
    assert any("集団を表す語" in d.reason for d in drops)


@pytest.mark.parametrize("text", [
    "生活保護を受給している山田さんには、別途通知を送付しております。",   # a name before には
    "相談者は生活保護を受給している方で、長男と二人で暮らしている。",     # one person's word
    "要介護３の認定を受けている母には、ヘルパーが週２回訪問している。",     # a relative, not a class
    "本人は、がんで入院している。",
])
def test_the_same_service_sentence_about_one_person_stays(text):
    assert found(R, text) != []


@pytest.mark.parametrize("text", [
    "難病と診断された方への就労移行支援を実施しています。",
    "虐待を受けた高齢者を一時保護する仕組みを整える。",
])
def test_a_later_term_in_a_clause_about_a_group_is_what_is_done_for_it(text):
    # the clause's first fact defines the group (…された方への|就労移行支援, …高齢者を|一時保護する): the
    # later term is the service or the measure for that class, said of no one
    with recording() as drops:
        assert found(R, text) == []
    assert any("集団を表す語" in d.reason for d in drops)


@pytest.mark.parametrize("text", [
    "難病と診断された北浜さんへの就労移行支援を実施している。",  # a name
    "虐待を受けた高齢者の北浜さんを一時保護した。",                # a name
    "生活保護を受けている世帯の長男が逮捕された。",                # no aim, no general word
])
def test_a_later_term_after_one_persons_group_word_stays(text):
    assert found(R, text) != []


def test_a_cost_a_programme_bears_for_the_class_is_no_ones():
    with recording() as drops:
        assert found(R, "本制度は、血液透析を受けている方の交通費を補助するものです。") == []
    assert any("補助" in d.reason for d in drops)
    assert found(R, "血液透析を受けている北浜さんの交通費を補助した。") != []
