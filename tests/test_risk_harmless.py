"""What makes a combination harmless, and who is talked about (made-up
text): an imagined person in the condition of a rule, each with the near
miss that must still read high."""
from redactor.pipeline import Redactor


def highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


def test_an_imagined_person_in_a_condition_is_no_one():
    # a real resident first, then a rule's condition about anyone like them
    text = ("昨年１０月、８０代の申出人が大字上川字柳原の自宅前で転倒し、救急搬送された。\n"
            "仮にタイ国籍の方から相談があった場合には、通訳を手配いたします。\n"
            "例えば３０代の一人暮らしの方が転入された場合でも、同じ支援を受けられます。\n")
    found = highs(text)
    assert found and all("タイ国籍" not in s and "３０代" not in s for s in found)


def test_a_resident_with_the_same_attributes_and_no_condition_stays_high():
    text = ("昨年１０月、８０代の申出人が大字上川字柳原の自宅前で転倒し、救急搬送された。\n"
            "同氏はタイ国籍の方で、一人暮らしである。\n")
    assert any("タイ国籍" in s for s in highs(text))


def test_a_dated_accident_on_a_named_road_is_no_small_area():
    # a road everyone drives along places no household: bills of 専決処分 publish it
    text = ("３　事故の概要\n　令和７年５月８日午後２時頃、市道北原３号線において、公用車が相手方の自家用車に接触した。"
            "相手方は市内の会社に勤務する会社員である。\n")
    assert highs(text) == []


def test_the_same_accident_in_a_chome_stays_high():
    text = ("３　事故の概要\n　令和７年５月８日午後２時頃、北原三丁目地内において、公用車が相手方の自家用車に接触した。\n")
    assert highs(text)


def test_a_staff_word_repeated_is_still_the_staff_member():
    text = ("相談者（７０代・男性）は、大字南谷の自宅で妻と二人で暮らしている。相談を受けた地区担当の保健師（４０代・女性）が、"
            "翌日に訪問した。保健師は看護師の資格を持ち、南谷地区を担当して５年になる。\n")
    found = highs(text)
    assert found and all("看護師" not in s and "４０代" not in s for s in found)


def test_a_community_post_in_its_role_is_no_resident_of_the_case():
    assert highs("自治会長の森さん（７０代）によると、南谷地区では先月１２日に空き巣の被害があった。\n") == []


def test_a_post_a_resident_held_is_their_work():
    # near miss: 分団長を務めた / 元自治会長 describe the resident, a rare post
    assert highs("相談者は、大字南谷に住む８０代の男性で、消防団の分団長を務めた方である。\n")
    assert highs("先日お会いした方は８７歳で、元自治会長です。南谷地区にお住まいです。\n")


_PARTY = ("２　和解の相手方\n　　北川県南町字上野１２３番地\n　　山野　はると\n"
          "　　保護者　山野 真紀（母）\n"
          "３　事件の概要\n　令和５年６月１０日、南町立上野中学校の２年生であった相手方が、部活動中に照明器具の落下により負傷したもの。\n")


def test_a_partys_parent_in_the_guardian_line_is_the_partys_household():
    # the 保護者 line is a field of the party's block, not a table row of other people
    assert any("母" in s and "２年生" in s for s in highs(_PARTY))


def test_a_name_that_opens_a_speakers_turn_still_starts_another_person():
    # near miss: 「山野　…」 with words after the name is a turn, not the party's name line
    from redactor.risk import _blocks
    text = "２　和解の相手方\n　　山野　先日の件について申し上げます。\n"
    name = text.index("山野")
    assert len(_blocks(text, 0, len(text), {name: name + 2})) == 2
    bare = "２　和解の相手方\n　　山野　はると\n"
    assert len(_blocks(bare, 0, len(bare), {bare.index("山野"): bare.index("山野") + 2})) == 1


def test_a_pupil_of_a_grade_and_a_club_with_her_sex_is_a_handful():
    assert highs("○教育部長（森）　対象生徒は当時２年生の女子生徒で、卓球部に所属しておりました。\n")
    # near miss: a grade of a named school and the sex, no club and no incident
    assert highs("市立南中学校の２年生の女子生徒が、県大会で優勝しました。\n") == []


_EXCHANGE = ("○９番（森議員）　南谷団地に住む審査請求人から申出があった。\n"
             "○福祉課長　お答えします。審査請求人は４０代です。\n"
             "○９番（森議員）　もう少し詳しく伺います。\n"
             "○福祉課長　{answer}\n"
             "８０代の男性から、ごみの出し方について問合せがありました。\n")


def test_an_answer_that_names_no_one_is_about_the_person_asked_about():
    found = highs(_EXCHANGE.format(answer="獣医師です。"))
    assert any("獣医師" in s and "南谷団地" in s for s in found)
    # and the next caller, introduced by their own attributes, is someone else
    assert all("８０代" not in s for s in found)


def test_an_answer_about_the_next_caller_is_theirs():
    # near miss: the answer names the next person before stating anything
    found = highs(_EXCHANGE.format(answer="別の方ですが、獣医師の方からも相談がありました。"))
    assert all("獣医師" not in s for s in found)


def test_a_person_named_by_a_clause_and_known_to_everyone_around():
    text = "○議員（森）　私の近所に、９０歳を超えて一人で畑を耕しておられる方がいます。地域では有名な方です。\n"
    assert highs(text)
    # near miss: people named by a clause, many of them
    assert highs("○議員（森）　市内には９０歳を超えて畑を耕しておられる方が多くいます。\n") == []


def test_what_most_of_a_district_are_is_no_one():
    assert highs("○議員（森）　私の地元の南谷地区では、農家の方が高齢化しており、７０代の男性が中心です。\n") == []
    # near miss: one farmer of the district, with his age
    assert highs("○議員（森）　私の地元の南谷地区で、７０代の男性の農家の方が、先月１２日に農機具の事故で亡くなりました。\n")


def test_a_post_of_a_named_public_body_is_an_official_in_role():
    assert highs("○教育長（森）　南谷小学校の校長は５０代の女性で、昨年４月に着任しました。\n") == []
    # near miss: a pupil of the same school, with an incident on a day
    assert highs("南谷小学校の５年生の女子児童が、先月１２日の下校中に車と接触し、けがをした。\n")


def test_a_row_of_a_table_that_counts_people_is_a_statistic():
    text = "地区別の一人暮らし高齢者数\n地区　年代　世帯類型　件数\n南谷地区　８０代　一人暮らし　１２\n東山地区　７０代　一人暮らし　８\n"
    assert highs(text) == []


def test_a_row_of_a_numbered_list_of_recipients_is_a_person():
    # near miss: the number in the first cell is the row's 番号, and no heading counts
    assert highs("交付先一覧\n番号　地区　年齢　世帯\n１　南谷地区　８０代　一人暮らし\n")


def test_a_back_reference_with_an_age_the_person_before_cannot_have_is_someone_else():
    text = "４０代の男性から、ごみの出し方について問合せがありました。\n同月１５日、八十代の本人が大字楓字沢田の自宅で転倒した。\n"
    assert all("４０代" not in s for s in highs(text))
    # near miss: the same decade refers back to the same person
    text = "相談者は大字楓字沢田に住む８０代の男性である。同月１５日、８０代の本人が自宅で転倒した。\n"
    assert any("男性" in s and "同月１５日" in s for s in highs(text))


def test_a_company_named_alone_in_an_answer_is_the_operator_not_the_residents_employer():
    text = ("○９番（森議員）　南谷地区に住む８７歳の申出人は、妻を亡くし、元郵便局長です。バスについて伺います。\n"
            "○交通課長　運行事業者は東山交通株式会社でございます。\n")
    found = highs(text)
    assert found and not any("東山交通株式会社" in t for s in found for t in s)


def test_a_dated_incident_in_a_town_with_an_exact_age_reads_high():
    assert highs("○３番（森議員）　昨年１１月、東町の山田さん宅で火災があり、９２歳のおばあさんが救急搬送されました。\n")
    # near miss: the same incident with an age band only
    assert highs("○３番（森議員）　昨年１１月、東町の山田さん宅で火災があり、９０代の方が救急搬送されました。\n") == []


def test_a_public_events_date_dates_no_ones_incident_after_generalising():
    from redactor.pipeline import Redactor
    r = Redactor()
    text = ("１０月上旬、７２歳の相談者が住宅の一部を焼く火災に遭った。住まいは北１１条西７丁目です。\n"
            "去る１１月２７日、南町の公民館で健康講座を開き、７０代の方を中心に２０名が受講されました。\n")
    assert any(s.level == "high" for s in r.check(text).risk)
    out = r.redact(text, generalize=True).text
    assert not any(s.level == "high" for s in r.check(out).risk)
