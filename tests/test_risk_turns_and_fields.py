"""Subjects of minutes and forms the mosaic check must not lose (made-up text):
the member the chair calls on is no resident, a sentence with no subject
describes the person before it, a household is written by its surname (佐藤家),
the owner of a house a passage places lives there, and a form's fields
(相談者：, 職業：, 家族構成：) are one person's. Each rule with a near miss."""
from redactor.pipeline import Redactor
from redactor.risk import _speaker_names


def subjects(text):
    return [(s.level, [f.text for f in s.findings]) for s in Redactor().check(text).risk]


def high_values(text):
    return [values for level, values in subjects(text) if level == "high"]


CALL = "○議長（森田一郎君）　日程第２、一般質問を行います。３番、川口さくら君。\n"
QUESTION = ("○３番（川口さくら君）　防災について伺います。大字北野の集落で、先月、土砂崩れがありました。"
            "住んでおられたのは８０代の男性で、現在は町外の施設に入所されていると聞いております。\n")


def test_the_member_the_chair_calls_on_is_no_resident():
    # what the turn says before anyone is introduced (大字北野) is the man's, not the member's
    found = high_values(CALL + QUESTION)
    assert any({"大字北野", "８０代", "男性"} <= set(values) for values in found)


def test_the_names_in_speaker_marks_are_the_meetings():
    text = CALL + QUESTION
    found = Redactor().check(text).findings
    assert "川口さくら" in _speaker_names(text, found)
    # near miss: someone who speaks in a role of the case (○陳述人) is a resident
    hearing = "○陳述人（大野花子）　私は字北野に住んでおります。\n"
    assert "大野花子" not in _speaker_names(hearing, Redactor().check(hearing).findings)


def test_a_place_with_no_one_named_stays_apart_from_a_resident_of_another_place():
    # near miss: the man lives in a 丁目 of the city, and the passage names no 字: no small area joins him
    text = CALL + ("○３番（川口さくら君）　防災について伺います。市内で先月、土砂崩れがありました。"
                   "住んでおられたのは８０代の男性です。\n")
    assert not high_values(text)


def test_a_sentence_with_no_subject_describes_the_household_before_it():
    text = "○４番（林議員）　字向山の山本さん宅では、先月２０日の大雨で裏山が崩れました。８０代のご夫婦の二人暮らしです。\n"
    assert any({"字向山", "８０代", "二人暮らし"} <= set(values) for values in high_values(text))


def test_a_kind_of_person_as_a_subject_is_someone_else():
    # near miss: 80代のご夫婦が…: a subject of its own, another household than the one before
    text = "○４番（林議員）　字向山の山本さん宅では、裏山が崩れました。８０代のご夫婦が、避難所に来られたそうです。\n"
    assert not any({"字向山", "８０代"} <= set(values) for values in high_values(text))


def test_a_household_written_by_its_surname_is_a_resident():
    text = "○７番（森議員）　佐藤家は、字大滝で代々農業を営んでおられます。ご主人は７０代で、息子さん夫婦と三世代で暮らしています。\n"
    assert any({"字大滝", "７０代"} <= set(values) for values in high_values(text))


def test_a_surname_before_a_word_beginning_with_ie_is_no_household():
    # near miss: 佐藤家具店 is a shop; the surname stays the official the text names
    text = "○７番（森議員）　佐藤家具店の前の市道は、字大滝の７０代の方がよく通られます。\n"
    assert not any({"字大滝", "７０代"} <= set(values) for values in high_values(text))


def test_the_owner_of_a_house_is_a_role_of_the_case():
    text = ("○５番（千葉議員）　字上原の町道沿いにある空き家の件です。所有者は９０代の女性で、施設に入所されています。\n"
            "○建設課長（岡部）　所有者の長男の方と連絡を取っております。\n")
    assert any({"字上原", "９０代", "長男の方"} <= set(values) for values in high_values(text))


FORM = ("【相談受付票】\n受付日：令和６年８月５日\n相談者：Ａ氏\n年齢：４２歳\n職業：介護職員\n"
        "家族構成：夫、長女（中学生）\n相談内容：近隣との騒音トラブル\n")


def test_a_forms_fields_are_the_one_person_it_is_about():
    # 職業：介護職員 is the person's work, not staff at work; 長女（中学生） is their household
    assert any({"４２歳", "介護職員", "中学生"} <= set(values) for values in high_values(FORM))


def test_staff_written_outside_a_work_field_stay_officials():
    # near miss: the office's staff member who took the consultation is no one's attribute
    text = "【相談受付票】\n受付日：令和６年８月５日\n受付者：担当の介護職員\n相談内容：介護保険の申請方法\n"
    assert not high_values(text)


def test_a_day_an_exact_age_and_an_incident_single_out():
    text = ("第３　審査会の判断\n１　本件対象文書には、審査請求人の父（当時８３歳）が、令和４年１１月２日、"
            "市営住宅の自室で倒れているのを発見された経緯が記載されている。\n")
    assert any({"８３歳", "令和４年１１月２日"} <= set(values) for values in high_values(text))


def test_a_day_far_from_an_exact_age_is_another_event():
    # near miss: the office's incident of that day, and a patient's exact age told sections later
    text = ("１　発生日時\n　令和６年１０月３１日午前６時頃、システムが起動しないことを当直の職員が発見した。\n"
            "２　被害の状況\n　院内の端末のファイルが暗号化され、外来は紙で継続している。"
            "業者への連絡は済んでおり、復旧の見込みは未定である。\n"
            "３　患者情報\n　入院中の山野　花子さん（６７歳）の記録が参照できない状態にある。\n")
    assert not high_values(text)


def test_an_age_band_on_a_day_is_not_an_exact_age():
    # near miss: an age band (80代) is shared by thousands; the day alone does not single them out
    text = "令和４年１１月２日、市内で８０代の男性が倒れているのが見つかったとの報告があった。\n"
    assert not high_values(text)


def test_a_grade_of_a_named_school_with_a_sensitive_fact_is_a_small_circle():
    text = "○２番（小林議員）　ある保護者の方からの相談です。お子さんは中央小学校の４年生で、発達障害の診断を受けています。\n"
    assert any("４年生" in values for values in high_values(text))


def test_a_grade_of_a_named_school_alone_is_no_small_circle():
    # near miss: no fact of the child is told: some thirty pupils, judged by the product
    text = "○２番（小林議員）　ある保護者の方からの相談です。お子さんは中央小学校の４年生で、サッカーが好きだそうです。\n"
    assert not high_values(text)


ASKED = "○３番（上野議員）　先月１０日、字奥沢で住宅が全焼したと聞きました。状況を伺います。\n○議長（森田議員）　消防長。\n"


def test_an_answer_referring_to_the_incident_asked_about_names_whom_it_happened_to():
    text = ASKED + "○消防長（岡田）　お尋ねの火災は、９０代の男性がお一人で暮らす住宅から出火したものでございます。\n"
    assert any({"字奥沢", "先月１０日", "９０代"} <= set(values) for values in high_values(text))


def test_an_answer_that_does_not_refer_back_is_about_something_else():
    # near miss: the answer turns to the town's figures; its man is no one the question placed
    text = ASKED + "○消防長（岡田）　本年の住宅火災は８件で、そのうち１件は９０代の男性がお一人で暮らす住宅でございます。\n"
    assert not any({"字奥沢", "９０代"} <= set(values) for values in high_values(text))


def test_a_household_referred_to_as_do_ke_is_the_one_named_before():
    text = ("○６番（竹内議員）　字宮前の鈴木さんのお宅のことです。\n\n"
            "　同家は、ご主人が昨年亡くなられ、現在は８０代の奥様がお一人で暮らしておられます。\n")
    assert any({"字宮前", "８０代"} <= set(values) for values in high_values(text))


def test_a_word_beginning_with_do_ke_refers_to_no_household():
    # near miss: 同家族 is no back-reference (the regex stops at a following kanji), and a count is no one
    text = ("○６番（竹内議員）　字宮前の鈴木さんのお宅のことです。\n\n"
            "　同家族構成の世帯は、市内に約２００世帯あり、８０代の方が多いと聞いております。\n")
    assert not any({"字宮前", "８０代"} <= set(values) for values in high_values(text))


def test_each_row_of_a_table_typed_with_spaces_is_a_person_of_its_own():
    text = "No.  地区     年齢    世帯状況\n１   字東谷   ８４歳  ひとり暮らし\n２   字中村   ９１歳  夫婦のみ\n"
    found = high_values(text)
    assert any({"字東谷", "８４歳"} <= set(values) for values in found)
    assert not any({"８４歳", "９１歳"} <= set(values) for values in found)  # the two rows are two people


def test_a_table_typed_with_spaces_that_counts_people_is_no_one():
    # near miss: a tally (人数) per 字 and age band singles no one out
    text = "地区     ７０代   ８０代   ひとり暮らし\n字東谷   １２人   ９人     ５人\n字中村   ８人     ６人     ３人\n"
    assert not high_values(text)


def test_the_resident_of_a_placed_house_is_a_person_of_the_case():
    text = "○４番（松本議員）　先月１２日、字北浦の住宅で火災があり、住人の方が亡くなられました。\n"
    assert any({"先月１２日", "字北浦"} <= set(values) for values in high_values(text))


def test_the_residents_of_a_district_in_general_are_no_one():
    # near miss: 住人の皆さん is everyone who lives there
    text = "○４番（松本議員）　先月１２日、字北浦で防災訓練があり、住人の皆さんが参加されました。\n"
    assert not high_values(text)


def test_a_relative_written_with_san_is_no_person_of_their_own():
    # 奥さんを亡くされ: the man's household, not a second person taking his sex and household
    text = "○４番（松本議員）　字北浦では、８０代の男性が、奥さんを亡くされてからお一人で暮らしています。\n"
    assert any({"８０代", "男性", "一人で暮らして"} <= set(values) for level, values in subjects(text))


def test_a_small_area_referred_back_to_is_where_the_person_lives():
    text = ("○４番（松本議員）　字北浦の自治会長さんから伺った話です。その集落では、８０代の男性が、"
            "奥さんを亡くされてからお一人で暮らしています。\n")
    assert any({"字北浦", "８０代"} <= set(values) for values in high_values(text))


def test_a_small_area_not_referred_back_to_stays_the_officials():
    # near miss: the man lives 市内; the 字 is only where the community leader serves
    text = ("○４番（松本議員）　字北浦の自治会長さんから伺った話です。市内では、８０代の男性が、"
            "奥さんを亡くされてからお一人で暮らしている例があります。\n")
    assert not any({"字北浦", "８０代"} <= set(values) for values in high_values(text))


def test_a_turn_opening_with_the_matter_of_someone_introduces_them():
    # near miss: 藤見団地の方の件です is a new person, not the applicant of the paragraph before
    text = ("　申請者は、柏原町に住む４０代の男性である。\n\n"
            "○５番（水原議員）　藤見団地の方の件です。\n○５番（水原議員）　７０代の男性で、夫を亡くしています。\n")
    assert not any({"柏原町", "藤見団地"} <= set(values) for level, values in subjects(text))


def test_turns_that_each_refer_back_are_read_as_one_person():
    # the 字 is told before anyone is named, the owner's age two turns later (あそこは): read together
    text = ("○山田委員　字上ノ沢で一軒だけ残っている酒屋が、来月で店を閉めると聞きました。\n"
            "○産業課長　はい、当該の店からは廃業の届出が出る見込みです。\n"
            "○山田委員　あそこは今の店主が８７歳で、跡継ぎがいないそうです。\n")
    assert any({"字上ノ沢", "８７歳"} <= set(values) for values in high_values(text))


def test_turns_that_refer_back_to_a_statistic_single_out_no_one():
    # near miss: the same exchange about a district, whose ages are those of many residents
    text = ("○山田委員　字上ノ沢で空き家が増えていると聞きました。\n"
            "○産業課長　はい、当該地区の住民は８０代の方が多く、高齢化率は４５％でございます。\n"
            "○山田委員　その点について、対策を伺います。\n")
    assert high_values(text) == []


def test_a_turn_that_does_not_refer_back_starts_another_matter():
    # near miss: the age is told in a turn that opens on another matter, of no one the 字 placed
    text = ("○山田委員　字上ノ沢で一軒だけ残っている酒屋が、来月で店を閉めると聞きました。\n"
            "○産業課長　廃業の届出が出る見込みです。\n"
            "○佐藤委員　別件ですが、先日、窓口に８７歳の方が来られ、長く待たされたと伺いました。\n")
    assert not any({"字上ノ沢", "８７歳"} <= set(values) for values in high_values(text))


def test_the_name_a_role_line_gives_after_the_address_is_the_roles_person():
    # 陳情者 <address> <name>: what the introducing member says and what a later turn says of
    # the 陳情者 is one person, not the name's and the role's apart
    text = ("陳情者　西山町大字川口字上原３３番地　今村　和夫\n\n"
            "○紹介議員（森本　修）　本陳情は、字上原の町道の行き止まりまでの除雪を求めるものです。\n"
            "○委員（田所　恵）　陳情者の世帯は７０代の夫婦二人暮らしと伺っております。\n")
    assert any({"字上原", "夫婦二人暮らし"} <= set(values) for values in high_values(text))


def test_the_fields_of_a_grant_report_are_the_one_households():
    # 就労状況 with the couple's work in cells is a field of the household, not a row of a table of others
    text = ("３　交付対象世帯の概要\n"
            "　　転入日　　　令和６年４月１０日\n"
            "　　取得住宅　　大字川口字下原の古民家\n"
            "　　就労状況　　夫　家具職人、妻　町内の保育所に勤務\n")
    found = high_values(text)
    assert any({"大字川口字下原", "家具職人"} <= set(values) for values in found)
