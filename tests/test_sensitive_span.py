"""How far a SENSITIVE finding reaches (made-up sentences). Readers mark the
whole clause that states the fact about the person: from after the subject
to the end of the predicate, with the clauses of the same statement joined
by 、 (乗用車と接触し、右足を骨折した) and the words that say how long or how
often (現在も, 週2回、). The reach stops at 。, at a new topic (…は), at an
adversative が, at a date (a DATE of its own) and at another recognizer's
value; a line wrapped inside a sentence does not stop it."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def spans(text):
    return [t for t, _ in found(R, text.replace("⏎", "\n"))]


@pytest.mark.parametrize("text, value", [
    # back over a clause of the same statement, up to the subject
    ("申出人の孫が自転車と接触し、左腕を骨折しました。", "自転車と接触し、左腕を骨折しました"),
    ("同人の父は避難所で転倒し大腿骨を骨折。", "避難所で転倒し大腿骨を骨折"),
    # forward over what the predicate leaves open
    ("相手方は右膝を脱臼し、２か月間通院した。", "右膝を脱臼し、２か月間通院した"),
    ("男性は倉庫の棚の落下により腰を負傷し、歩行に障害が残ったものである。",
     "倉庫の棚の落下により腰を負傷し、歩行に障害が残った"),
    # a short word of frequency or time set off by 、 leads the clause
    ("訪問した方は、独り暮らしで、週３回、市外の病院で透析を受けている。その方は８０歳である。",
     "独り暮らしで、週３回、市外の病院で透析を受けている"),
    ("本人は２０日以上欠席し、その後、うつ病と診断された。", "２０日以上欠席し、その後、うつ病と診断された"),
    # how long the state holds is part of it
    ("相談者は現在生活保護を受給しておられます。", "現在生活保護を受給しておられます"),
    ("保護者によれば、本人が現在も通院中で、適応指導教室に通っている。", "現在も通院中で、適応指導教室に通っている"),
    # where it happened stays with a death as with an injury
    ("７０代の女性が自宅で倒れているのを発見され、翌日亡くなられた。", "自宅で倒れているのを発見され、翌日亡くなられた"),
    # a が after a thing is part of the statement, after a person it is the subject
    ("申出人は失業して収入がなく、家賃を払えない。", "失業して収入がなく、家賃を払えない"),
    ("当該児童の足にはあざが複数あった。", "当該児童の足にはあざが複数あった"),
])
def test_the_finding_is_the_clause_that_states_the_fact(text, value):
    assert spans(text) == [value]


@pytest.mark.parametrize("text, value", [
    # an adversative が starts a new statement
    ("当該生徒は自閉症の診断を受けており、支援員が付いているが、当日は不在だった。",
     "自閉症の診断を受けており、支援員が付いている"),
    # a new topic is another statement
    ("相談者は精神科に通院しており、夫は市外で働いている。", "精神科に通院しており"),
    # a finished predicate (した、) does not carry the next clause
    ("相手方は左足を骨折した、と聞いている。", "左足を骨折した"),
    # a date set off by 、 is a DATE of its own, not part of the clause
    ("相談者は、令和６年５月１日、自転車と接触し、左腕を骨折した。", "自転車と接触し、左腕を骨折した"),
    # a conjunction opens a new sentence
    ("請求人は市外に転居した。また、転居後に抑うつ状態となった。", "転居後に抑うつ状態となった"),
    # (an accident suffered is a finding of its own: test_sensitive_plain_kinds)
    # how the office heard of it is not the fact
    ("担任から、本児の背中にあざがあるとの連絡があった。", "本児の背中にあざがある"),
])
def test_the_reach_stops_where_the_statement_does(text, value):
    assert spans(text) == [value]


def test_a_line_wrapped_inside_a_sentence_does_not_stop_the_reach():
    text = "道路の穴に落ちて転倒した。相手方⏎は右膝を脱臼し、２か月⏎間通院した。"
    assert spans(text) == ["右膝を脱臼し、２か月\n間通院した"]


def test_a_line_that_ends_a_heading_stops_it():
    # the heading line holds no 、 or 。: its line end is no wrap
    text = "相手方は右膝を脱臼し、⏎経過観察⏎　市は治療費を支払った。"
    assert spans(text) == ["右膝を脱臼し"]


def test_a_term_in_brackets_takes_the_word_it_qualifies():
    text = "大正十年五月一日　北浜町大字中村２０５番地　施設入所（要介護３）"
    assert spans(text) == ["施設入所（要介護３）"]
    # a bracket after a word that states nothing stays alone
    assert spans("北浜町２０５番地　北浜一郎（要介護３）") == ["要介護３"]


def test_the_reach_gives_way_to_another_recognizers_value():
    """An age in the reach stays its own finding (the risk check counts it);
    the fact itself is never given up."""
    from redactor import Redactor
    text = "相談者の母は、８２歳で、自宅で転倒し、右手首を骨折した。"
    findings = Redactor().check(text).findings
    sens = [f.text for f in findings if f.label == "SENSITIVE"]
    assert sens == ["自宅で転倒し、右手首を骨折した"]
    assert "８２歳" in [f.text for f in findings if f.label == "AGE"]


@pytest.mark.parametrize("text, value", [
    ("なお、北浜様の申請書には本籍地「南県」と記載されていた。", "本籍地「南県」"),
    ("申出人の本籍は北浜県南市である。", "本籍は北浜県南市"),
    ("本籍：北浜県東郡西町大字本郷１２３番地", "本籍：北浜県東郡西町大字本郷１２３番地"),
])
def test_a_honseki_with_its_place_is_sensitive(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "origin")]


@pytest.mark.parametrize("text", [
    "本籍地の市区町村で戸籍謄本を取得できる。",      # a procedure
    "本籍地が遠方の方は郵送で請求できます。",        # whom a rule is for, no place
    "本籍地が北浜県の方は、南市役所で手続ができる。",  # a place, but whom a rule is for
])
def test_a_honseki_without_a_persons_place_is_not(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("所得段階　第３段階", "第３段階"),
    ("利用者負担段階：第２段階（世帯全員が住民税非課税で、年金収入等が８０万円以下）",
     "第２段階（世帯全員が住民税非課税で、年金収入等が８０万円以下）"),
    ("氏名\t北浜一郎\n課税区分\t非課税", "非課税"),
])
def test_an_income_bracket_in_a_decisions_field_is_sensitive(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "income")]


@pytest.mark.parametrize("text", [
    "所得段階の見直しを行う。",                           # no field: prose about the scale
    "保険料は所得段階に応じて決まる。",
    "住民税非課税世帯への給付金を支給する。",               # whom a programme is for
    "住民税非課税世帯に対し、１世帯当たり３万円を給付する。",
])
def test_income_brackets_as_a_scale_or_a_programme_are_not(text):
    assert found(R, text) == []


def test_tax_exemption_stated_about_one_household_is_sensitive():
    assert [a["kind"] for _, a in found(R, "相談者の世帯は住民税非課税世帯である。")] == ["income"]


@pytest.mark.parametrize("text, value, kind", [
    ("病名：統合失調症", "統合失調症", "health"),
    ("傷病名　右大腿骨骨折", "右大腿骨骨折", "health"),
    ("既往歴　糖尿病、高血圧", "糖尿病、高血圧", "health"),
    ("障害の種類　視覚障害（１級）", "視覚障害（１級）", "disability"),
    ("相談内容：夫からのＤＶ", "夫からのＤＶ", "victim"),          # a general label with a term
    ("備考　生活保護受給中", "生活保護受給中", "welfare"),           # the label is not the fact
    ("要介護度：要介護３", "要介護３", "care"),
])
def test_a_records_field_states_the_fact_of_its_person(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "病名：",                                   # an empty field
    "病名　□あり　□なし",                       # a template's boxes
    "病名の記載を求める。",                     # the word in prose
    "既往歴 等を確認する。",
    "相談内容：道路の穴の補修",                 # a general label without a term
    "概要　障害者福祉計画の策定",               # a programme
])
def test_a_field_without_a_persons_fact_is_not(text):
    assert found(R, text) == []


def test_a_word_of_time_before_は_is_no_new_topic():
    text = "相談者は、元夫から繰り返し暴力を受けており、現在は市外の親族宅に身を寄せている。"
    assert spans(text) == ["元夫から繰り返し暴力を受けており、現在は市外の親族宅に身を寄せている"]


def test_a_person_referred_back_to_in_a_question_ties_the_fact():
    text = "○委員（北浜）　その方は、以前から精神科に通院されていると聞いていますが。"
    assert spans(text) == ["以前から精神科に通院されている"]
    assert found(R, "○委員（北浜）　精神科に通院されている方への支援は。") == []


def test_an_injury_clause_keeps_its_kind_when_its_first_term_has_no_verb():
    # 捻挫 has no predicate of its own, 打撲の傷害を負い has: the clause is an injury
    text = "相手方は、頸椎捻挫及び腰部打撲の傷害を負い、３か月間の通院治療を要した。"
    ((value, attrs),) = found(R, text)
    assert attrs["kind"] == "injury" and value.endswith("通院治療を要した")


@pytest.mark.parametrize("text, value, kind", [
    ("・長男（１５歳）　不登校", "不登校", "school"),      # a household member as a list's label
    ("妻：認知症", "認知症", "health"),
    ("本人：統合失調症で通院中", "統合失調症で通院中", "health"),
    ("【相談者の状況】生活保護受給中。", "生活保護受給中", "welfare"),  # a heading in 【】 is not the fact
])
def test_a_household_members_line_in_a_list(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["妻：北浜花子", "本人 が障害者福祉計画を読んだ。", "本人：障害者手帳の交付を申請する場合"])
def test_a_household_members_line_without_a_fact(text):
    assert found(R, text) == []


def test_the_reach_gives_way_in_a_later_chunk_of_a_long_document_too():
    """Findings are made per chunk of about 10,000 characters; the fact's own
    stretch is kept relative to the finding, so it holds in every chunk."""
    from redactor import Redactor
    sentence = "相談者の母は、８２歳で、自宅で転倒し、右手首を骨折した。"
    filler = "本日の会議は午後一時に開会した。\n" * 1500
    findings = Redactor().check(filler + sentence).findings
    assert [f.text for f in findings if f.label == "SENSITIVE"] == ["自宅で転倒し、右手首を骨折した"]


@pytest.mark.parametrize("text, value", [
    ("負傷者　北浜一郎（４５歳）　右足首骨折（全治６週間）", "右足首骨折（全治６週間）"),  # the cell, not the name
    ("相手方の負傷：頸椎捻挫（全治２週間）", "頸椎捻挫（全治２週間）"),
    ("けがの状況　左腕打撲", "左腕打撲"),
    ("・男児（８歳）：右腕骨折", "右腕骨折"),
])
def test_an_injury_in_a_bills_table_or_list(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "injury")]


@pytest.mark.parametrize("text", [
    "負傷：なし",                              # nothing to state
    "事故の症状 について説明を受けた。",         # の before the label, no colon: prose
    "３　骨折事故の防止について",               # a heading
])
def test_an_injury_field_without_an_injury(text):
    assert found(R, text) == []


def test_an_adversative_が_after_a_joined_clause_is_left_out():
    text = "相手方は市道の段差で転倒し、右膝を強打したため、整形外科に通院したが、示談が成立した。"
    assert spans(text) == ["市道の段差で転倒し、右膝を強打したため、整形外科に通院した"]
    # a subject's が after a noun stays inside the clause
    assert spans("相手方は腰を負傷し、介助者が必要となった。") == ["腰を負傷し、介助者が必要となった"]


@pytest.mark.parametrize("text, value, amount", [
    ("入居者の北浜　一さんが、家賃を10か月分、計38万円滞納しております。", "滞納しております", "38万円"),
    ("北浜さんは市税を約12万円滞納している。", "滞納している", "12万円"),
])
def test_the_sum_owed_is_an_amount_of_its_own_not_the_arrears(text, value, amount):
    from conftest import _redactor
    fs = _redactor().check(text).findings
    assert [f.text for f in fs if f.label == "SENSITIVE"] == [value]
    assert amount in [f.text for f in fs if f.label == "AMOUNT"]


def test_arrears_without_an_amount_keep_what_was_owed():
    from conftest import _redactor
    fs = _redactor().check("北浜さんは市税を滞納している。").findings
    assert [f.text for f in fs if f.label == "SENSITIVE"] == ["市税を滞納している"]
