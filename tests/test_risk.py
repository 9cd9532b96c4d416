"""Re-identification check: grouping, the estimate worked by hand,
generalisation, and the cross-document check."""
import pytest

from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import attribute_shares, cross_document_check, estimate_k, generalized_text

ACCIDENT = ("３　事故の概要\n令和6年3月21日午前8時頃、さくら台市桜町二丁目地内の市道において、"
            "相手方（当時67歳・男性・自営業）の自家用車に公用車が接触したもの。\n")


def qi(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.8, "T", action="KEEP", attributes=attrs)


def test_estimate_worked_by_hand():
    # 50,000 residents x 60-69 band 0.125 x one year 0.1 x male 0.5 = 312.5
    k, top = estimate_k([qi("AGE", "67歳", kind="exact"), qi("GENDER", "男性")], 50000, None)
    assert k == pytest.approx(312.5)
    assert top == "AGE"
    # ... x a 丁目 (0.008) = 2.5: one of two or three people
    k2, top2 = estimate_k([qi("AGE", "67歳", kind="exact"), qi("GENDER", "男性"), qi("PLACE", "桜町二丁目")], 50000, None)
    assert k2 == pytest.approx(2.5) and top2 == "PLACE"


def test_dated_incident_in_a_small_area_is_close_to_unique():
    members = [qi("DATE", "令和6年3月21日"), qi("PLACE", "桜町二丁目地内")]
    assert estimate_k(members, 50000, "事故")[0] == 1
    assert estimate_k(members, 50000, None)[0] == pytest.approx(400)


def test_band_is_wider_than_exact_age():
    band = attribute_shares([qi("AGE", "80代", kind="band", years=80)])["AGE"]
    exact = attribute_shares([qi("AGE", "82歳", kind="exact", years=82)])["AGE"]
    assert exact == pytest.approx(band * 0.1)


def test_over_ninety_narrows_more_than_eighty_odd():
    # the 90s are about a quarter as many residents as the 80s (2020 census); 100 and over a handful
    eighties = attribute_shares([qi("AGE", "80代", kind="band", years=80)])["AGE"]
    nineties = attribute_shares([qi("AGE", "90代", kind="band", years=90)])["AGE"]
    hundred = attribute_shares([qi("AGE", "百歳", kind="band", years=100)])["AGE"]
    assert hundred < nineties < eighties / 3


def test_accident_paragraph_is_a_high_subject_and_its_attributes_go_to_review():
    result = Redactor().check(ACCIDENT)
    (subject,) = result.risk
    assert subject.level == "high" and subject.incident == "事故"
    labels = {f.label for f in subject.findings}
    assert {"DATE", "PLACE", "AGE", "GENDER", "OCCUPATION"} <= labels
    assert all(f.action == "REVIEW" for f in result.findings if f.label in ("AGE", "GENDER"))
    assert result.needs_attention


def test_sex_and_age_band_alone_are_low():
    result = Redactor().check("窓口に来た男性（80代）から相談があった。\n")
    assert [s.level for s in result.risk] == ["low"]


@pytest.mark.parametrize("label, text, attrs, coarser", [
    ("DATE", "令和6年3月21日午前8時頃", {}, "令和6年3月"),
    ("DATE", "令和6年3月", {}, "令和6年"),
    ("AGE", "67歳", {"kind": "exact", "years": 67}, "60代"),
    ("AGE", "七十二歳", {"kind": "exact", "years": 72}, "70代"),
    ("DATE", "令和５年２月１４日", {}, "令和５年２月"),
    ("DATE", "令和五年二月十四日", {}, "令和五年二月"),
    ("PLACE", "桜町２丁目", {}, "桜町"),
    ("PLACE", "桜町二丁目", {}, "桜町"),
    ("AFFILIATION", "4年2組", {}, "小学生"),  # a 4th grade is a primary school's
    ("AFFILIATION", "2年1組", {}, "［学年・学級］"),  # a 2nd grade may be any school's
])
def test_generalisation_steps(label, text, attrs, coarser):
    assert generalized_text(qi(label, text, **attrs)) == coarser


def test_generalize_lifts_the_subject_and_keeps_the_rest_visible():
    r = Redactor()
    result = r.redact(ACCIDENT, generalize=True)
    assert "67歳" not in result.text and "60代" in result.text
    assert "桜町二丁目" not in result.text
    assert [s.level for s in result.risk] == ["generalised"]
    risk_records = [a for a in result.audit if a.get("type") == "risk"]
    assert risk_records and risk_records[0]["estimate_after"] >= 10 > risk_records[0]["estimate_before"]


def test_cross_document_check_reports_a_value_masked_in_one_file_only():
    r = Redactor()
    a = r.check("相手方 山田花子さんから申出があった。\n")
    b = r.check("山田花子委員が質問した。\n")
    issues = cross_document_check([("a.txt", a), ("b.txt", b)])
    assert issues == [{"value_label": "PERSON", "masked_in": "a.txt", "visible_in": "b.txt", "start": 0, "end": 4}]
    assert cross_document_check([("a.txt", a), ("c.txt", r.check("本日は晴天なり。\n"))]) == []


def test_each_listed_party_is_its_own_subject():
    text = ("（参考）相手方の状況\n"
            "　相手方Ａ　入居年月 平成２４年１０月、単身世帯、７２歳の女性\n"
            "　相手方Ｂ　入居年月 令和元年５月、夫婦と子２人の４人世帯\n")
    subjects = Redactor().check(text).risk
    groups = [{f.text for f in s.findings} for s in subjects]
    assert not any({"単身世帯", "夫婦と子２人の４人世帯"} <= g for g in groups)


def test_a_speakers_turn_does_not_join_the_case_before_it():
    text = ("令和3年10月26日、桜町二丁目に住む男性から苦情があった。\n"
            "・山田委員：外国籍の利用者には英語の説明も用意してほしい。\n")
    subjects = Redactor().check(text).risk
    assert not any("外国籍" in {f.text for f in s.findings} for s in subjects)


def test_a_field_list_about_one_person_stays_one_subject():
    text = "対象者の状況\n・年齢：72歳\n・性別：女性\n・住所：桜町二丁目\n・事故日：令和6年3月21日\n"
    subjects = Redactor().check(text).risk
    assert len(subjects) == 1 and {"AGE", "GENDER"} <= {f.label for f in subjects[0].findings}


SCHOOL = "３　事故の概要\n　{when}、市立桜小学校において、4年生の児童が跳び箱から落下し、右腕の骨を折ったものである。\n"


def test_a_school_incident_dated_only_by_month_is_high():
    (subject,) = Redactor().check(SCHOOL.format(when="昨年11月")).risk
    assert subject.level == "high" and subject.event_time == "昨年11月"
    assert "時期「昨年11月」" in subject.summary()
    assert {f.text for f in subject.findings} == {"市立桜小学校", "4年生", "昨年11月"}
    assert subject.suggestion  # a generalisation that lifts it is proposed


@pytest.mark.parametrize("when", ["体育の授業中", "12月定例会の後", "令和6年度", "3月31日までの期間中", "毎月第3月曜日"])
def test_the_same_incident_without_a_time_or_with_a_session_name_is_not_dated(when):
    assert [s.event_time for s in Redactor().check(SCHOOL.format(when=when)).risk] in ([], [None])
    assert all(s.level == "low" for s in Redactor().check(SCHOOL.format(when=when)).risk)


def test_an_injury_found_by_the_sensitive_recognizer_is_the_incident():
    text = "本年6月、桜町二丁目に住む70代の男性が自宅で腰を強く打った。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and subject.incident == "腰を強く打っ"
    # without the injury, the same person on the same day is one of many
    (calm,) = Redactor().check(text.replace("自宅で腰を強く打った", "自宅で本を読んだ")).risk
    assert calm.level == "low"


def test_a_neighbour_household_in_a_chome_is_one_household():
    text = "私の隣家に住む60代の男性は、深夜に大声を出している。桜町二丁目の住民は皆不安である。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and subject.k <= 1
    # in the whole 町 it is not: a 町 has hundreds of households
    assert [s.level for s in Redactor().check(text.replace("桜町二丁目", "桜町")).risk] == ["low"]


def test_each_turn_of_the_minutes_is_its_own_subject_even_with_the_name_in_brackets():
    text = ("○３番（石井議員）　先月、桜町二丁目で一人暮らしの80代の女性が倒れているのが見つかりました。\n"
            "○３番（石井議員）　また、40代の男性が外国籍の方と口論になったと聞いています。\n")
    groups = [{f.text for f in s.findings} for s in Redactor().check(text).risk]
    assert groups and not any({"80代", "40代"} <= g for g in groups)


def test_bullets_of_a_field_list_are_not_turns():
    text = "対象者の状況\n○年齢　72歳\n○性別　女性\n○住所　桜町二丁目\n"
    subjects = Redactor().check(text).risk
    assert len(subjects) == 1 and {"AGE", "GENDER"} <= {f.label for f in subjects[0].findings}


def test_a_family_word_or_a_child_word_anchors_the_subject():
    text = "桜町二丁目で70代の母親と二人で暮らす方から、昨年11月に自宅で転倒したと相談があった。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and {"PLACE", "AGE", "FAMILY"} <= {f.label for f in subject.findings}
    # the same attributes as a statistic name no one
    assert Redactor().check("桜町二丁目では70代の人口が昨年11月から増えている。\n").risk == []


def test_a_child_named_by_school_stage_is_a_subject():
    text = "昨年11月、桜町二丁目で小学生が自転車で転倒し、右腕の骨を折った。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and {f.label for f in subject.findings} == {"PLACE", "OCCUPATION", "DATE"}


def test_a_small_area_with_two_narrowing_attributes_is_high():
    # 字 + an age band + a household type: found by asking around, whatever the population
    text = "大字上野字北原にお住まいの80代の女性はひとり暮らしで、\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and subject.k <= 1 and subject.top_attribute == "PLACE"
    assert subject.suggestion and subject.k_after >= 10
    # a district with one attribute and a statistic about many people stays low
    assert all(s.level == "low" for s in Redactor().check("緑町地区の高齢者は約300人で、ひとり暮らしの方も多い。\n").risk)


def test_an_event_dated_without_a_year_at_a_landmark_is_high_and_generalised():
    text = "先月１２日の夕方、緑町地区の男性が白鷺橋のたもとで転倒した。\n"
    result = Redactor().redact(text, generalize=True)
    (subject,) = result.risk
    assert subject.level == "generalised" and "DATE「先月１２日の夕方」→「先月」" in subject.suggestion
    assert result.text.startswith("先月、") and "１２日" not in result.text


# -- subjects across sentences, turns, roles and table rows; k as an examiner judges it

TURNS = ("○３番（花森議員）　先月、大字青柳字中島で80代の女性が倒れているのが見つかりました。\n"
         "○福祉課長　{answer}\n")


def test_an_answer_that_refers_back_adds_to_the_person_of_the_question():
    (subject,) = Redactor().check(TURNS.format(answer="その方は一人暮らしで、長男は県外に在住です。")).risk
    assert {"一人暮らし", "80代", "大字青柳字中島"} <= {f.text for f in subject.findings}
    # an answer about a programme refers to no one: its household word stays out
    (other,) = Redactor().check(TURNS.format(answer="一人暮らしの高齢者への見守りを強化してまいります。")).risk
    assert "一人暮らし" not in {f.text for f in other.findings}


def test_a_role_repeated_in_a_later_paragraph_is_the_same_person():
    text = "申出人は若葉地区に住む女性である。\n\n（２）申出人の状況\n申出人は80代で、ひとり暮らしである。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and {"若葉地区", "80代", "ひとり暮らし"} <= {f.text for f in subject.findings}
    assert "小さな地域＋絞り込む属性2つ" in subject.summary()


def test_staff_described_in_their_work_are_no_resident():
    staff = Redactor().check("担当の保健師（40代・女性）が萩野地区を訪問した。\n").risk
    assert all(s.level == "low" for s in staff)
    (resident,) = Redactor().check("萩野地区に住む40代の女性はひとり暮らしで、\n").risk
    assert resident.level == "high"


def test_each_row_of_a_table_of_recipients_is_a_person():
    text = ("交付先一覧\n地区\t品目\t金額\t年齢\n大字青柳字中島\t補聴器購入費\t30,000円\t72歳\n"
            "若葉地区\t緊急通報装置\t12,000円\t80代\n")
    subjects = Redactor().check(text).risk
    assert [s.level for s in subjects] == ["high", "high"] and all(s.row for s in subjects)
    assert [len([f for f in s.findings if f.label == "PLACE"]) for s in subjects] == [1, 1]
    # a row that counts people is a statistic
    assert Redactor().check("地区別の状況\n若葉地区\t70代\t120人\t35%\n").risk == []


def test_a_rare_job_with_one_more_narrowing_attribute_is_high_and_a_common_one_is_not():
    (rare,) = Redactor().check("獣医師の女性（40代）から相談があった。\n").risk
    assert rare.level == "high" and "まれな属性" in rare.why
    (common,) = Redactor().check("会社員の女性（40代）から相談があった。\n").risk
    assert common.level == "low" and common.why.startswith("約")


def test_a_former_post_is_a_residents_past_work_not_staff():
    text = "元市職員の申出人（男性）は70代で、萩野地区にお住まいです。\n"
    (subject,) = Redactor().check(text).risk
    assert "元市職員" in {f.text for f in subject.findings} and subject.level == "high"

def test_the_same_attributes_said_of_staff_make_no_resident_high():
    (resident,) = Redactor().check("相談者の女性は40代で一人暮らし、萩野地区に住んでいる。\n").risk
    assert resident.level == "high"
    assert Redactor().check("担当の保健師の女性は40代で一人暮らし、萩野地区に住んでいる。\n").risk == []


def test_a_holiday_period_dates_an_incident_in_a_small_area():
    text = "年末年始、萩野集会所の前で申出人（男性）が転倒し、救急搬送された。\n"
    (subject,) = Redactor().check(text).risk
    assert subject.level == "high" and subject.event_time == "年末年始"
    (calm,) = Redactor().check(text.replace("年末年始、", "")).risk
    assert calm.level == "low"


def test_generalising_a_class_incident_leaves_nothing_high():
    text = "先月９日の夕方、市立八重垣小学校の６年３組の児童が遊具から転落し、救急搬送された。\n"
    r = Redactor()
    assert [s.level for s in r.check(text).risk] == ["high"]
    out = r.redact(text, generalize=True).text
    assert [s.level for s in r.check(out).risk if s.level == "high"] == []


def test_a_job_word_held_by_the_offices_staff_is_staff():
    text = "担当の社会福祉士（３０代・男性）が、当該世帯を訪問した。\n当該世帯は母子家庭で、長女は市立椿小学校の３年生である。\n"
    (household,) = Redactor().check(text).risk
    assert not {"３０代", "男性"} & {f.text for f in household.findings}
    assert {"母子家庭", "市立椿小学校"} <= {f.text for f in household.findings}


def test_a_count_of_residents_is_a_statistic_and_joins_no_one():
    text = "鶴巻団地に住む90代の住民は5世帯となっております。\n本年1月18日、20代の請願者が栄交差点付近で転倒した。\n"
    subjects = Redactor().check(text).risk
    assert not any("90代" in {f.text for f in s.findings} for s in subjects)
    # the same words about one resident are theirs
    (one,) = Redactor().check("鶴巻団地に住む90代の男性は5年前から一人暮らしで、本年1月18日に転倒した。\n").risk
    assert "90代" in {f.text for f in one.findings}


def test_a_name_with_san_is_a_resident_even_after_a_former_post():
    (subject,) = Redactor().check("元市職員の葛城さん（女性）について報告します。当該の方は70代後半です。\n").risk
    assert {"元市職員", "女性", "70代後半"} <= {f.text for f in subject.findings}


def test_a_role_recurring_after_a_long_stretch_is_read_apart_and_judged_together():
    first = "相談者は萩野地区に住む80代の女性である。\n\n"
    filler = "".join(f"（{i}）市の取組について説明があった。\n\n" for i in range(6))
    later = "相談者は一人暮らしである。\n"
    subjects = Redactor().check(first + filler + later).risk
    # the reading starts a new person; with no case heading between, the case's
    # 相談者 is also judged as one (fail closed: risk._same_role_in_case)
    together = [s for s in subjects if {"80代", "一人暮らし"} <= {f.text for f in s.findings}]
    assert together and all("同じ事案の「相談者」" in s.why for s in together)
    # under the next case's heading the same role is that case's person
    apart = Redactor().check(first + filler.replace("（0）", "事例２　空き家\n\n（0）", 1) + later).risk
    assert not any({"80代", "一人暮らし"} <= {f.text for f in s.findings} for s in apart)
    # close by, the same role is the same person
    (near,) = Redactor().check(first + later).risk
    assert {"80代", "一人暮らし"} <= {f.text for f in near.findings}


def test_where_staff_went_is_not_the_next_persons_place():
    text = "当課の主査（30代・女性）が鶴巻地区を担当しております。\n1月、小松小学校の児童が遊具から転落し、救急搬送された。\n"
    subjects = Redactor().check(text).risk
    assert not any("鶴巻地区" in {f.text for f in s.findings} for s in subjects)
    # said of the child, the place is the child's
    text2 = "1月、鶴巻地区に住む小松小学校の児童が遊具から転落し、救急搬送された。\n"
    assert any("鶴巻地区" in {f.text for f in s.findings} for s in Redactor().check(text2).risk)


def test_the_audit_names_the_rule_but_not_the_values():
    result = Redactor().redact("大字上野字北原にお住まいの80代の女性はひとり暮らしで、\n", generalize=True)
    (record,) = [a for a in result.audit if a.get("type") == "risk"]
    assert record["rule"] == "小さな地域＋絞り込む属性2つ" and "北原" not in record["rule"]


def test_the_name_field_of_a_partys_block_is_that_party_not_a_table_row():
    # 「相手方運転者」 then 「　　氏名　…　31歳」: one person with the incident's date and place
    text = ("１　事故の概要\n　令和６年５月２日午前８時頃、北浦見市本町二丁目地内の市道交差点において、"
            "市の公用車と相手方車両が衝突した。\n２　相手方\n　相手方運転者\n"
            "　　氏名　TRAN VAN BINH　31歳　会社員\n")
    subjects = Redactor().check(text).risk
    high = [s for s in subjects if s.level == "high"]
    assert any({f.text for f in s.findings} >= {"31歳", "北浦見市本町二丁目地内の市道交差点"} for s in high)


def test_a_rate_in_a_sentence_that_tells_an_incident_does_not_make_it_a_statistic():
    # 「1割負担」 is a percentage, but the sentence tells one person's fall
    text = "80代の女性が令和6年6月14日に大字上野字北原の自宅で転倒し、1割負担で入院した。\n"
    assert [s.level for s in Redactor().check(text).risk] == ["high"]
    # a statistic about many people stays out of anyone's attributes
    assert all(s.level == "low" for s in Redactor().check("市内の80代の女性の約3割がひとり暮らしである。\n").risk)


def test_a_value_told_in_every_paragraph_is_generalised_at_every_mention():
    # one subject described again and again (字西ノ谷 forty times): each suggestion step makes
    # the value coarser at all its mentions, and nothing stays high after --generalize
    from redactor.pipeline import Redactor
    text = "".join(f"　相談者は字西ノ谷に住む７０代の男性で、元郵便局員である（その{i}）。\n\n" for i in range(40))
    r = Redactor().redact(text, generalize=True)
    assert "字西ノ谷" not in r.text and not r.residual_high
