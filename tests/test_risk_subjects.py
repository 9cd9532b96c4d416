"""Who an attribute is said about, read across sentences, brackets and turns
(made-up text): a relative's facts are their household's, a group of people
is no one, a form's spaced-out field labels are one person's fields, and each
rule with the near miss it must not catch."""
import pytest

from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import _FIELD_LABEL_LINE, _RELATIVE, attribute_shares


def qi(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.8, "T", action="KEEP", attributes=attrs)


def subjects(text):
    return [(s.level, [f.text for f in s.findings]) for s in Redactor().check(text).risk]


def high_values(text):
    return [values for level, values in subjects(text) if level == "high"]


def test_a_relative_as_the_subject_of_a_clause_is_a_member_of_the_household():
    text = "相談者は字南坂に住む７０代の女性で、一人暮らしである。長女は隣県に住む看護師である。\n"
    assert any("看護師" in values and "字南坂" in values for values in high_values(text))


def test_a_relation_inside_a_longer_word_refers_to_no_relative():
    assert _RELATIVE.search("長女は") and _RELATIVE.search("申出人の母（７０代）は")
    assert not _RELATIVE.search("父母は") and not _RELATIVE.search("工夫が") and not _RELATIVE.search("祖母の家")


def test_a_kind_of_person_before_a_relation_is_that_relative():
    # 中学生の娘が: the daughter is the pupil, and she lives with the mother before her
    # (the stage and the daughter are one FAMILY finding, the household's make-up)
    text = "スペイン語しか話せない母親と中学生の娘が、浜町の市営住宅で暮らしている。\n"
    assert any({"中学生の娘", "母親"} <= set(values) for values in high_values(text))


def test_a_group_of_people_is_no_one():
    text = "先月１２日、若葉町の５年生の男子児童が下校中に不審な男から声をかけられた。同じ日に、駅前では高校生のグループが補導された。\n"
    found = high_values(text)
    assert found and all("高校生" not in values for values in found)
    # near miss: one pupil of the same kind is a person
    assert any("高校生" in values for level, values in subjects("同じ日に、高校生の男子が駅前で転倒し、救急搬送された。\n"))


def test_a_grade_with_no_school_named_is_no_small_area():
    grade = attribute_shares([qi("AFFILIATION", "５年生")])["AFFILIATION"]
    named = attribute_shares([qi("AFFILIATION", "市立西浦小学校"), qi("AFFILIATION", "５年生")])["AFFILIATION"]
    assert named < grade


def test_a_dated_incident_of_a_child_of_a_grade_is_high_without_the_school():
    assert high_values("先月１２日、５年生の女の子が下校中に車と接触して負傷した。\n")
    # near miss: no date, no school: one of a few hundred pupils of the town
    assert not high_values("５年生の女の子が下校中に車と接触して負傷したと聞いている。\n")


def test_different_facts_of_a_household_each_narrow():
    one = attribute_shares([qi("FAMILY", "ひとり親")])["FAMILY"]
    two = attribute_shares([qi("FAMILY", "ひとり親"), qi("FAMILY", "お子さん三人", pattern="子の数")])["FAMILY"]
    assert two < one
    assert high_values("当該世帯は、ひとり親でお子さん三人を育てておられます。住まいは青葉団地です。\n")


def test_two_words_of_one_household_fact_narrow_once():
    one = attribute_shares([qi("FAMILY", "一人暮らし")])["FAMILY"]
    both = attribute_shares([qi("FAMILY", "一人暮らし"), qi("FAMILY", "独居", pattern="世帯の類型")])["FAMILY"]
    assert both == one


def test_a_relation_alone_says_little_of_a_household():
    relation = attribute_shares([qi("FAMILY", "長男", pattern="続柄")])["FAMILY"]
    household = attribute_shares([qi("FAMILY", "一人暮らし", pattern="続柄")])["FAMILY"]
    assert relation > household


@pytest.mark.parametrize("line", ["　氏　　名　　山川　一郎　　性別　男\n", "　職　　業　　会社員（運送会社）\n",
                                  "　家族構成　　妻、長男（４歳）\n", "性別：女\n"])
def test_a_forms_field_label_spaced_to_its_column_is_a_field(line):
    assert _FIELD_LABEL_LINE.match(line)


def test_a_row_of_cells_with_no_field_label_is_no_field():
    assert not _FIELD_LABEL_LINE.match("　字北原　　高齢単身世帯　　５０，０００円\n")


def test_a_forms_fields_describe_the_one_person_it_is_about():
    text = ("相談者\n　氏　　名　　山川　一郎　　　性別　男\n　生年月日　　H4/2/3（３２歳）\n"
            "　職　　業　　会社員（株式会社青葉運送　ドライバー）\n")
    assert any({"男", "３２歳", "ドライバー"} <= set(values) for values in high_values(text))


def test_the_date_a_document_was_issued_dates_no_event():
    text = "議会だより　第９号（令和７年２月１日発行）\n問　山間の北谷地区では路線バスが減り、８０代の方が通院に困っている。\n"
    assert not high_values(text)
    # near miss: the same date as the day of a fall is the event's
    assert high_values("令和７年２月１日、北谷地区で８０代の方が転倒し、救急搬送された。\n")


def test_a_topic_heading_starts_another_passage():
    text = ("【一般質問】\n問　東谷地区の８０代の方が通院に困っている。\n"
            "【委員会】\n陳情第３号（上田町第２集会所前の街路灯）は採択。市内の不登校児童生徒は１８７人。\n")
    assert not high_values(text)


def test_minutes_that_mark_speakers_with_the_ideographic_zero_split_turns():
    text = ("〇３番（川田議員）　私が相談を受けた方は、タイ国籍のひとり親のお母さんで、２歳の双子を育てています。\n"
            "〇福祉部長（森）　外国籍の保護者向けには、やさしい日本語の案内を作成し、市立中央保育所で試行します。\n")
    found = high_values(text)
    assert found and all("市立中央保育所" not in values for values in found)


def test_a_person_introduced_by_an_attribute_and_no_person_word():
    text = "○委員　私が相談を受けたネパール出身のシングルマザーの方は、桜台で双子の１歳児を育てている。\n"
    assert any({"シングルマザー", "桜台"} <= set(values) for values in high_values(text))


def test_what_brackets_after_a_name_say_is_said_of_them():
    text = ("港西地区の民生委員の川上です。みなと団地にお住まいのタイ出身の方、Anong KAEWさん"
            "（ご主人と死別、中学生と小学生の子ども２人）について相談がありました。\n")
    # (the children's stages are the household's make-up: one FAMILY finding)
    assert any({"タイ出身", "中学生と小学生の子ども２人"} <= set(values) for values in high_values(text))


def test_an_answer_that_refers_back_takes_what_the_question_said():
    text = ("○７番（森議員）　昨年の台風の翌日、川沿いの一軒家で高齢の夫婦が孤立していた件です。\n"
            "○危機管理課長　当該世帯は大字中洲にお住まいで、ご主人は九十歳を超えておられます。\n")
    assert any({"昨年の台風の翌日", "大字中洲"} <= set(values) for values in high_values(text))


def test_the_other_party_of_an_incident_shares_its_day_and_place():
    text = ("６月３日午後５時ごろ、桜町三丁目の交差点で、下校中の小学生が自転車にはねられ、足を骨折しました。"
            "運転していたのは近所で理髪店を営む６０代の男性でした。\n")
    assert any({"６月３日午後５時ごろ", "６０代"} <= set(values) for values in high_values(text))


def test_someone_in_the_same_paragraph_who_took_no_part_in_it_does_not():
    # near miss: a person who only asked for something is no party of the event
    text = ("６月３日午後５時ごろ、桜町三丁目の交差点で、下校中の小学生が自転車にはねられ、足を骨折しました。"
            "近所で理髪店を営む６０代の男性からは、信号機の設置の要望が出ております。\n")
    assert not any("６０代" in values and "６月３日午後５時ごろ" in values for values in high_values(text))


def test_a_common_household_and_a_company_job_stay_low():
    # 40s, a woman, works at a company, a family of four with two children: thousands of residents
    text = "相談者（40代・女性）は、市内の会社に勤務しており、夫と小学生の子ども2人の4人家族である。\n"
    assert not high_values(text)
    # near miss: the same household in a 字 with a rare circumstance of its own
    assert high_values("相談者（40代・女性）は、字北原に住み、夫と死別後、小学生の子ども2人を育てている。\n")


def test_the_area_a_staff_member_covers_and_their_bracket_are_theirs():
    text = ("○３番（森議員）　ネパール出身の対象者から申出があった。\n"
            "○福祉課長　御本人は市内にお住まいです。\n"
            "地区担当のケースワーカー（２０代・女性）が栄団地を担当しております。\n")
    assert not any("栄団地" in values or "２０代" in values for values in high_values(text))
    # near miss: the resident living in the estate is theirs
    assert any("栄団地" in values for values in high_values(
        "ネパール出身の対象者から申出があった。御本人は栄団地にお住まいで、身寄りのない方です。\n"))


def test_a_professional_the_office_enlists_is_no_residents_job():
    text = ("森さん（９２歳）は、字川原で寝たきりの状態です。\n"
            "○危機管理監　優先度の高い方から、ケアマネジャーのご協力を得て計画を作成いたします。\n")
    assert not any("ケアマネジャー" in values for values in high_values(text))
    # near miss: the resident's own job is theirs
    assert any("ケアマネジャー" in values for values in high_values("字川原に住む４０代のケアマネジャーの女性が、先月３日に転倒した。\n"))


def test_a_role_word_opening_a_compound_is_no_person():
    from redactor.risk import _COMPOUND_AFTER
    assert _COMPOUND_AFTER.match("名簿に登載") and _COMPOUND_AFTER.match("数は")
    assert not _COMPOUND_AFTER.match("は８０代")


def test_a_person_described_with_no_person_word_is_still_read():
    # fail closed: 留学生 is no subject word, but the sentence describes someone
    assert high_values("東部地区に住むネパール国籍の留学生が、アルバイト先で事故に遭ったと聞いています。\n")
    # near miss: a date and a place with no attribute of a person describe a site, not someone
    assert not high_values("昨年１２月、北原三丁目地内で公用車が電柱に接触する事故があった。\n")


def test_one_persons_measured_value_changing_is_no_share_of_many():
    # a reading of one person (８．１％から６．９％に) is no statistic: the person is still read
    text = "○保健師　梨ノ木地区の５０代男性で、自営業の方が、ＨｂＡ１ｃ８．１％から６．９％に下がった例がある。\n"
    assert any({"梨ノ木地区", "５０代", "自営業"} <= set(values) for values in high_values(text))


def test_a_rate_that_changed_is_a_share_of_many():
    # near miss: a rate of the age group changing is about everyone in it
    text = "○保健師　南部地区の５０代男性の受診率は２１．５％から２４．０％に上がった。\n"
    assert high_values(text) == []


def grouped(text):
    return [values for level, values in subjects(text)]


def test_an_activity_after_a_persons_case_leaves_the_person_read():
    # fail closed: 研修を実施した is what the office did after the case, not a statement about many people
    text = "・先の町長選挙で、８０代の男性選挙人が、同居の長男の付添いで来場し、手続に誤りがあった件について、職員研修を実施した。\n"
    # (the family word is read with where the relative lives: 同居の長男)
    assert any({"８０代", "男性"} <= set(values) and any("長男" in v for v in values) for values in grouped(text))
    # near miss: an activity for a kind of people describes no one of them
    assert grouped("昨年度は７０代の女性を中心に、健康講座を開催した。\n") == []
    assert grouped("７０代の男性が多く参加し、講座を開催した。\n") == []


def test_others_acting_on_a_described_person_are_no_statistic_about_them():
    # 生徒数名から: the plural is the others of the clause after, the pupil is one person
    text = "当該事案は、市立北中学校の１年生の男子生徒が、同じ部活動の生徒数名から暴言を受けたものです。\n"
    assert any({"市立北中学校", "１年生"} <= set(values) for values in grouped(text))
    # near miss: the plural in the same clause makes the pupils several
    assert grouped("市立北中学校の１年生の男子生徒数名が、駅前で補導された。\n") == []


def test_a_person_in_a_sentence_with_a_staff_word_is_no_staff_member():
    # 職員研修 writes a member of staff; the age and sex before 選挙人 are not written beside them
    text = "前回の選挙で、９０代の女性選挙人が、同居の孫の付添いで来場した件について、職員研修を実施した。\n"
    found = [values for values in grouped(text) if "９０代" in values]
    assert found and all("女性" in values for values in found)


def test_a_household_referred_back_to_is_the_household_not_the_last_person():
    # the question tells a household, then a neighbour; 当該世帯 in the answer is the household
    text = ("○委員　ひとり親世帯で、小学生の子が３人いる方の件です。隣に住む７０代の男性が、騒音で苦情を申し立てている。\n"
            "○課長　当該世帯については、昨年３月に収入の未申告が判明し、約２５０万円の返還決定を行いました。\n")
    paid = [values for values in grouped(text) if "２５０万円" in values]
    assert paid and all("ひとり親世帯" in values and "７０代" not in values for values in paid)


def test_someone_the_parent_lives_with_is_a_member_of_the_household():
    text = ("▼山田委員　１件は、父子世帯で、高校生のお子さんが２人いて、市外の工場に勤める女性と同居していた件です。\n"
            "▼保護課長　当該世帯については、昨年３月に収入の未申告が判明し、約２５０万円の返還決定を行いました。\n")
    working = [values for values in grouped(text) if "市外の工場に勤める" in values]
    assert working and all("父子世帯" in values for values in working)


def test_a_back_reference_of_a_kind_falls_back_to_the_nearest_person():
    from redactor.risk import _Group, _kind_referred
    man = _Group(None, "男性", members=[])
    caller = _Group(None, "相談者", members=[])
    assert _kind_referred("当該世帯", man, [caller, man], 0) is man  # no household told: as before
    household = _Group(None, "相談者", members=[Finding("FAMILY", 0, 5, "一人暮らし", 0.8, "T")])
    assert _kind_referred("当該世帯", man, [household, man], 0) is household
    assert _kind_referred("その方", man, [household, man], 0) is man  # names no kind
    assert _kind_referred("当該世帯", man, [household, man], 3) is man  # told three paragraphs before: too far


def test_someone_the_person_quarrelled_with_is_no_member_of_the_household():
    # near miss of 〜と同居: 〜と口論になった is another party
    text = "相談者は字北原に住む女性である。隣に住む７０代の男性と口論になった。\n"
    assert not any({"字北原", "７０代"} <= set(values) for values in grouped(text))


def test_job_words_in_a_list_of_staff_are_no_one_described():
    # 引率：校長、看護師: staff; with staff written, a job word alone makes no resident
    text = "引率は校長、教頭、担任３名のほか、看護師１名、添乗員２名である。\n"
    assert not any("看護師" in values for values in high_values(text))


def test_a_surname_later_is_the_person_named_in_full_before():
    text = ("　対象者：松浦　さとみ\n　　年齢　４６歳\n\n"
            "　６／３　松浦氏宅訪問。本人は不在、夫が対応。\n"
            "　　　　　夫から「妻は町内の保育所で働いている」との話。\n")
    working = [values for values in grouped(text) if "町内の保育所で働いている" in values]
    assert working and all("４６歳" in values for values in working)  # read as one, not split and joined after


def test_a_surname_two_persons_named_in_full_share_tells_neither():
    from redactor.risk import _Group, _Mention, _by_surname
    text = "申請者：松浦　さとみ\n同居人：松浦　健二\n松浦氏宅を訪問した。\n"
    first, second = text.index("松浦"), text.index("松浦", 8)
    persons = {first: (first + 6, True), second: (second + 5, True)}
    g = _Group("申請者", "申請者", extent=[(0, 11)])
    at = text.index("松浦氏")
    assert _by_surname(text, persons, sorted(persons), [g], _Mention(at, at + 2, "松浦", "person")) is None
    # near miss: one of that surname named in full
    one = {first: (first + 6, True)}
    assert _by_surname(text, one, sorted(one), [g], _Mention(at, at + 2, "松浦", "person")) is g


def test_an_answer_describing_someone_with_no_subject_is_of_the_case_the_question_raised():
    text = ("○委員　次の相談は、字南原の件です。\n"
            "○課長　女性で、隣町の縫製工場に勤め、中学生の子どもが２人いるとのことです。\n")
    told = [values for values in grouped(text) if "女性" in values]
    assert told and all("字南原" in values for values in told)
    # near miss: a question about a place's works raises no one's case
    assert grouped("○委員　字南原の除雪の件です。\n○課長　除雪は来週から始めます。\n") == []


def test_children_counted_in_a_household_fact_are_no_person_of_their_own():
    # 子どもが２人いる: one FAMILY finding, the make-up of the household described before it
    text = "○課長　女性で、隣町の縫製工場に勤め、中学生の子どもが２人いるとのことです。\n"
    told = [values for values in grouped(text) if "中学生の子どもが２人" in values]
    assert told and all({"女性", "隣町の縫製工"} <= set(values) for values in told)
