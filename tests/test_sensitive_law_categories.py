"""SENSITIVE facts found by the law's categories rather than by the first
examples: diseases by ICD-10 chapter, a clinical department visited, the
benefits only a disability or a need brings, debts, abuse suffered, family
proceedings, offences and a staff member's discipline; stated in a sentence,
a TAB table's cell, a record about one person, or qualified by a bracket.
Each rule has a sentence that fires and a near miss (a programme, a rule, a
statistic, a form's choices) that must not. Names and places are made up."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def kinds(text):
    return [a["kind"] for _, a in found(R, text)]


# -- diseases by ICD-10 chapter (data/sensitive_diseases.toml) ----------------

@pytest.mark.parametrize("text, kind", [
    ("本人はインフルエンザにかかり、出勤停止となった。", "health"),          # I infections
    ("相談者の母はがんの末期で、ホスピスに入っている。", "health"),           # II neoplasms
    ("同氏は高血圧と糖尿病の薬を飲んでいる。", "health"),                    # IX, IV
    ("当該職員はメンタルヘルス不調により休職中である。", "health"),          # V mental
    ("申請者は白内障の手術のため入院する予定である。", "health"),            # VII eye
    ("相談者は骨粗しょう症の治療中である。", "health"),                      # XIII
    ("申出人は双子を出産したばかりで、産後の体調が優れない。", "health"),    # XV pregnancy
    ("当該児童は食物アレルギーがあり、エピペンを携帯している。", "health"),  # XVIII
    ("救助された男性は低体温症で病院に搬送された。", "health"),              # XIX effects
    ("相手方は熱湯がかかり、腕に2度の熱傷を負った。", "injury"),             # XIX injuries
])
def test_a_disease_of_each_chapter_about_one_person(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "インフルエンザの予防接種を実施する。",
    "がん検診の受診率の向上を目指す。",
    "熱中症の予防について広報した。",
    "骨粗しょう症検診を実施する。",
    "新型コロナウイルス感染症の拡大防止に努める。",
])
def test_the_same_diseases_in_programmes_stay_out(text):
    assert found(R, text) == []


def test_a_clinical_department_visited_is_what_one_is_treated_for():
    assert kinds("本人は整形外科に通っている。") == ["health"]
    assert kinds("相談者は心療内科を受診した。") == ["health"]
    # a hospital's department, no one visiting it
    assert found(R, "整形外科の医師を確保する。") == []
    assert found(R, "市立病院の小児科で休日診療を行う。") == []


# -- disability, welfare, debts ------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("申出人は障害基礎年金2級を受給している。", "disability"),
    ("相談者の長男は療育手帳B2の交付を受けている。", "disability"),
    ("相談者の娘は学習障害があり、読み書きが苦手である。", "disability"),
    ("相談者は児童扶養手当を受け取っている。", "welfare"),
    ("相談者は家賃を3か月分滞納している。", "arrears"),
    ("申出人は自己破産を申し立てた。", "family"),
])
def test_benefits_and_debts_of_one_household(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "児童扶養手当の支給額が改定された。",   # 児童 inside a scheme's name is no child
    "障害基礎年金の請求手続について説明会を開催する。",
    "就学援助の認定基準を見直した。",
    "市税の滞納整理を強化する。",
])
def test_schemes_and_collection_policy_stay_out(text):
    assert found(R, text) == []


# -- abuse, family proceedings, offences, discipline ---------------------------

@pytest.mark.parametrize("text, kind", [
    ("本児は母親から日常的に叩かれていた。", "victim"),
    ("当該児童は食事を与えられていなかった。", "victim"),
    ("申出人は元夫に対する保護命令を申し立てた。", "victim"),
    ("職員は道路交通法違反で罰金の略式命令を受けた。", "criminal"),
    ("当該職員は停職3か月の懲戒処分となった。", "discipline"),
    ("当該職員は戒告処分を受けた。", "discipline"),
])
def test_what_one_person_suffered_or_did(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "保護命令制度について説明した。",
    "職員の懲戒処分の基準を定める。",
    "懲戒処分の指針を改正した。",
    "当該職員については、懲戒処分を含め厳正に対処する。",  # weighed, not taken
    "飲酒運転の根絶に向けて研修を行う。",
])
def test_rules_and_measures_weighed_stay_out(text):
    assert found(R, text) == []


# -- addiction (F10-F19, F63.0) as what one is caught up in ---------------------

def test_an_addiction_written_as_what_one_is_caught_up_in():
    assert kinds("相談者の夫はパチンコにのめり込み、借金を重ねている。") == ["health"]
    assert found(R, "ギャンブル依存症対策の推進について。") == []


# -- a body part: a count before the verb, a part's pain -----------------------

def test_a_count_between_the_part_and_the_verb():
    assert kinds("相手方は事故により肋骨を2本折った。") == ["injury"]
    assert found(R, "作業中に割り箸を2本折った。") == []  # no body part


def test_a_parts_pain_is_a_health_fact():
    assert kinds("相談者は膝の痛みで通院している。") == ["health"]
    assert found(R, "頭の痛い問題である。") == []


# -- TAB table cells under a heading -------------------------------------------

@pytest.mark.parametrize("table, value, kind", [
    ("氏名\t病名\n森　花子\t関節リウマチ\n", "関節リウマチ", "health"),
    ("番号\t世帯主\t備考\n1\t川上　花子\t生活保護受給\n", "生活保護受給", "welfare"),
    ("氏名\t状態\n田中　次郎\t入院中\n", "入院中", "health"),
])
def test_a_table_cell_under_a_heading_states_the_rows_fact(table, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, table)]


@pytest.mark.parametrize("table", [
    "氏名\t病名\n森　花子\tなし\n",                    # nothing to state
    "番号\t世帯主\t備考\n1\t川上　花子\t転入\n",        # a general heading, no term in the cell
    "事業名\t予算額\n生活保護費\t1,200,000\n",           # a budget table: no heading that says a fact
])
def test_table_cells_that_state_nothing_sensitive(table):
    assert found(R, table) == []


# -- a short bracket qualifies the clause --------------------------------------

def test_a_bracket_after_a_care_level_is_part_of_the_fact():
    (value,) = [t for t, _ in found(R, "申請者が要介護3（認知症）のため、長男が代理で申請した。")]
    assert "要介護3（認知症）" in value


def test_a_grade_in_brackets_before_the_verb():
    hits = found(R, "相手方は高次脳機能障害の後遺障害（第9級）が残った。")
    assert any("（第9級）が残った" in t for t, _ in hits)


def test_a_bracket_holding_no_qualifier_ends_the_clause():
    # a name in brackets is not what the clause states
    assert found(R, "申請者（北浜 一郎）が窓口に来た。") == []


# -- a record about one person -------------------------------------------------

def test_a_record_states_facts_about_its_person_without_a_subject():
    record = "相談者　北浜 一郎\n相談内容\n　消費者金融3社から計約200万円の借入れがあり、返済が困難な状態。\n"
    assert "family" in kinds(record)


def test_without_a_record_field_the_same_line_has_no_person():
    text = "相談内容\n　消費者金融3社から計約200万円の借入れがあり、返済が困難な状態。\n"
    assert found(R, text) == []


# -- a form's line of choices ---------------------------------------------------

def test_a_forms_choices_state_nothing():
    form = "申請者　北浜 花子\n申請理由（該当に○）\n　1 生活保護の停止・廃止　　2 児童扶養手当の受給　　3 その他\n"
    assert found(R, form) == []
    assert "welfare" in kinds("申請者　北浜 花子\n申請者は児童扶養手当を受給している。\n")


# -- 避難行動要支援者 is a register's name, not a care level -----------------------

def test_a_register_of_people_needing_help_is_no_care_level():
    assert found(R, "避難行動要支援者名簿に登載されている方への個別避難計画を作成する。") == []
    assert kinds("相談者の母は要支援2の認定を受けている。") == ["care"]


# -- a field's value holds a clause about the household: the field tells it ----

def test_an_income_field_keeps_its_whole_value():
    text = "申請者　北浜 一郎\n認定区分　第2段階（世帯全員が市民税非課税で、年金収入等が80万円以下）\n"
    assert [t for t, _ in found(R, text)] == ["第2段階（世帯全員が市民税非課税で、年金収入等が80万円以下）"]


def test_a_record_whose_person_heads_a_block_of_fields():
    record = ("相談者\n　ふりがな　きたはま　いちろう\n　氏　　名　北浜　一郎\n相談内容\n"
              "　消費者金融から借入れがあり、返済に困っている。きっかけはパチンコへののめり込み。\n")
    assert sorted(kinds(record)) == ["family", "health"]


def test_a_name_field_with_a_birth_date_is_a_record_about_one_person():
    assert kinds("氏名　北浜　一郎\n生年月日　平成5年1月2日\n借入れがあり、返済が困難。\n") == ["family"]
    # a name field alone (a roster, a signature) makes no record
    assert found(R, "氏名　北浜　一郎\n借入れがあり、返済が困難。\n") == []


def test_the_writer_of_a_petition_speaks_of_themselves():
    assert kinds("私は、関節リウマチを患って10年になります。") == ["health"]
    assert found(R, "私はこの計画に賛成します。") == []
    assert found(R, "私も先日、防災訓練に参加しました。") == []


@pytest.mark.parametrize("text, kind", [
    ("被告は当時、酒に酔って運転していた。", "criminal"),
    ("救出された高齢女性は脱水症状で病院へ運ばれた。", "health"),
    ("当該生徒は起立性調節障害のため朝起きられない。", "health"),
    ("申出人は夫との離婚裁判の最中である。", "family"),
])
def test_more_ways_of_stating_the_same_categories(text, kind):
    assert kind in kinds(text)


def test_a_space_before_a_closing_bracket_is_not_masked():
    text = "申請者　北浜 花子\n　4 その他（　夫が病気で亡くなり、現在は遺族年金で生活　）\n"
    (value,) = [t for t, _ in found(R, text)]
    assert value.endswith("生活")


def test_terms_found_by_first_character_match_one_alternation():
    # the fast lookup gives what one alternation of every term gives
    from redactor.recognizers import sensitive as S
    text = ("相談者は乳がんで通院しており、けがはない。受けがよい。要支援2の認定を受け、生活保護を受給中。"
            "1型糖尿病とADHDの診断があり、すり傷を負った。避難行動要支援者名簿")
    assert [m.span() for m in S._term_matches(text)] == [m.span() for m in S._TERMS.finditer(text)]
    assert len(S._term_matches(text)) >= 6


def test_a_tables_heading_row_is_no_value_and_a_cell_ends_at_its_tab():
    table = ("氏名\t住所\t要介護度\t障害\t備考\n"
             "北浜　一郎\t南町1-2-3\t要介護3\t\t独居\n"
             "南野　花子\t北町4-5\t\t視覚障害1級\t\n")
    assert sorted(t for t, _ in found(R, table)) == ["要介護3", "視覚障害1級"]


def test_how_long_ago_is_when_not_what():
    (value,) = [t for t, _ in found(R, "相談者の夫は、3年前に脳出血で倒れ、左半身にまひが残った。")]
    assert value.startswith("脳出血")


def test_a_household_members_subject_is_marked_with_the_fact():
    (value,) = [t for t, _ in found(R, "ご夫婦のみの世帯で、夫が人工透析を週3回受けている方がいる。")]
    assert value.startswith("夫が人工透析")
    # が after a word that only ends in a family character (工夫が) is no subject
    (value,) = [t for t, _ in found(R, "工夫が必要で、妻が入院中である。")]
    assert value == "妻が入院中である"
    # a topic with は stays out (a PERSON matter)
    (value,) = [t for t, _ in found(R, "相手方は右手首を骨折した。")]
    assert not value.startswith("相手方")


@pytest.mark.parametrize("text, kind", [
    ("相談者は妊娠を機に仕事を辞めた。", "health"),
    ("申請者の妻は現在身ごもっている。", "health"),
    ("児童は犬にかまれ、右腕に咬傷を負った。", "injury"),
])
def test_pregnancy_and_wounds_in_other_words(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "外傷はなかった。",
    "窓ガラスにひびが入った。",           # a crack in glass, not a bone
    "ボタン電池の誤飲に注意するよう呼びかけた。",
    "妊婦健診の助成回数を拡充する。",
    "私の質問は以上です。",
])
def test_injury_and_pregnancy_words_that_state_nothing(text):
    assert found(R, text) == []


def test_a_name_like_word_that_names_a_district_is_no_person():
    assert found(R, "大雨で字北浜地区に避難指示が出た際、寝たきりの方を抱えたご家庭が移動できなかった。") == []
    assert kinds("なお、桐山には窃盗の前科があるとの情報あり。") == ["criminal"]
