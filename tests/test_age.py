import pytest

from redactor.recognizers.age import AgeRecognizer as R


@pytest.mark.parametrize("text, value, kind, years", [
    ("42歳の女性", "42歳", "exact", 42),
    ("満７２歳", "満７２歳", "exact", 72),
    ("72才の男性", "72才", "exact", 72),
    ("七十二歳の父", "七十二歳", "exact", 72),
    ("十歳の児童", "十歳", "exact", 10),
    ("当時68歳・女性", "68歳", "exact", 68),
    ("2歳6か月の男児", "2歳6か月", "exact", 2),
    ("八十代の男性", "八十代", "band", 80),
    ("80代・男性", "80代", "band", 80),
    ("80歳代の女性", "80歳代", "band", 80),
    ("30代後半", "30代後半", "band", 30),
    ("70代前半の男性", "70代前半", "band", 70),
    ("年齢 45", "45", "exact", 45),
    ("川村さん(72)が通報した", "72", "exact", 72),
])
def test_ages(text, value, kind, years, found):
    assert [(t, a["kind"], a["years"]) for t, a in found(R, text)] == [(value, kind, years)]


def test_threshold_about_one_person_is_a_band_with_lower_score():
    from redactor.analyzer import Detector
    (f,) = Detector([R()]).detect("相手方は70歳以上の男性とみられる。")
    assert (f.text, f.attributes["kind"]) == ("70歳以上", "band") and f.score < 0.8


@pytest.mark.parametrize("text", [
    "65歳以上の方",
    "65歳以上の高齢者を対象とする",
    "18歳未満の児童",
    "18歳未満の者",
    "20歳到達時",
    "満18歳に達する日以後の最初の3月31日",
    "40歳から64歳までの被保険者",
    "16歳から18歳の選手",
    "3歳児健診",
    "第30代市長",            # succession numbers, not ages
    "三代目の店主",
    "一代限りの特例",
    "歴代の市長",
    "1980年代の施策",
    "平成30年度歳出予算",
])
def test_ages_in_rules_are_not_findings(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, years", [
    ("生後3か月の乳児が死亡した。", "生後3か月", 0),
    ("生後10日の新生児", "生後10日", 0),
    ("生後八か月の長男", "生後八か月", 0),
    ("享年82", "82", 82),
    ("享年八十二", "八十二", 82),
    ("1歳半の男児", "1歳半", 1),
])
def test_infant_ages_ages_at_death_and_half_years(text, value, years, found):
    assert [(t, a["years"]) for t, a in found(R, text)] == [(value, years)]


@pytest.mark.parametrize("text", [
    "生後4か月までの乳児のいる家庭を訪問する。",
    "生後3か月児健診を実施する。",
    "生後28日以内の新生児",
    "生後2週間以内に届け出る。",
    "生後6か月から接種できる。",
])
def test_infant_ages_in_rules_and_programmes_are_not_findings(text, found):
    assert found(R, text) == []


def test_the_middle_of_an_age_is_a_band_not_a_half_year(found):
    # 30歳半ば (the mid-thirties) is no 30歳半 (thirty and a half): a band, masked whole
    assert [(t, a["kind"]) for t, a in found(R, "30歳半ばの男性")] == [("30歳半ば", "band")]
    assert [(t, a["kind"]) for t, a in found(R, "1歳半の男児")] == [("1歳半", "exact")]


@pytest.mark.parametrize("text, value, kind", [
    ("９０歳を超える女性", "９０歳", "band"),
    ("40歳前後の男性", "40歳前後", "band"),    # the approximation is part of the age's words
    ("80歳を過ぎた父", "80歳", "band"),
    ("70歳くらいの男性", "70歳くらい", "band"),
    ("72歳になる母", "72歳", "exact"),        # one year of age
])
def test_an_approximate_age_is_a_band(text, value, kind, found):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text, value", [
    ("公園で5歳児がけがをした。", "5歳"),
    ("4歳児の男児が転倒した。", "4歳"),
    ("警察が3歳児を保護した。", "3歳"),
])
def test_an_age_written_with_ji_about_one_child(text, value, found):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "exact")]


@pytest.mark.parametrize("text", [
    "5歳児健診を実施する。",
    "5歳児クラスの保育室を増やす。",
    "3歳児を対象とした教室を開く。",
    "5歳児が20人在籍している。",
    "0歳児保育の定員",
])
def test_an_age_with_ji_naming_a_programme_class_or_group_is_not_a_finding(text, found):
    assert found(R, text) == []


def test_one_child_counted_with_ji_is_an_age(found):
    assert [t for t, _ in found(R, "公園で5歳児1名が転倒した。")] == ["5歳"]


@pytest.mark.parametrize("text", ["3歳児、4歳児、5歳児の各クラス", "保育園で3歳児を受け入れる。"])
def test_lists_of_classes_and_intakes_with_ji_are_not_ages(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, attached", [
    ("申出者　山田　ハナ（７６歳）", True),               # a party named on the line, then the name
    ("世帯　母（川村 咲、３１歳）", True),                 # the name inside the bracket
    ("相談者：鳥居様（４０代・男性）", True),               # an honorific before the bracket
    ("被災児童　第２学年１組　ペドロ・シルバ（男・９歳）", True),
    # no name to it, an official, or a name already withheld
    ("意見提出者（７０代・女性）", False),
    ("妻（８４歳）は避難中に転倒", False),
    ("北浜市長　山本一郎（６２歳）", False),
    ("相談者 Aさん（７０代・女性）", False),
    ("一人暮らしの８０代の男性が倒れていた", False),
])
def test_an_age_in_a_named_persons_record(text, attached, found):
    (hit,) = [a for _, a in found(R, text)]
    assert (hit.get("attached") == "person") is attached


def test_an_officials_age_is_attached_to_the_office(found):
    (hit,) = [a for _, a in found(R, "北浜市長　山本一郎（６２歳）")]
    assert hit.get("attached") == "official"
    (hit,) = [a for _, a in found(R, "相談者　山本一郎（６２歳）")]
    assert hit.get("attached") == "person"


def test_the_default_profile_keeps_only_an_officials_age():
    """labels.md lists AGE as personal information ("age of a person"): with no
    evidence that it may be published it goes to a person (REVIEW), named or
    not; an official's age written with the title is kept."""
    from redactor.pipeline import Redactor
    text = "申出者　山田　ハナ（７６歳）、意見提出者（７０代・女性）。北浜市長　山本一郎（６２歳）。一人暮らしの８０代の男性。"
    actions = {f.text: f.action for f in Redactor().check(text).findings if f.label == "AGE"}
    assert actions == {"７６歳": "REVIEW", "７０代": "REVIEW", "６２歳": "KEEP", "８０代": "REVIEW"}


@pytest.mark.parametrize("text, whose", [
    ("楓台担当の主査が、30代の女性職員とともに訪問しました。", "official"),
    ("40代の課長が説明した。", "official"),
    ("桐原地区では60代の方が全体の6割おられる。", "group"),
    ("70代の方が12人参加した。", "group"),
    ("利用者は20代が多い。", "group"),
    # one person: the count belongs to someone else, or nothing says many
    ("40代の母親と子ども3人の世帯です。", None),
    ("相談者は８５歳の男性です。", None),
    ("80代ほどの男性が倒れていた。", None),
])
def test_whose_age_it_is_in_prose(text, whose, found):
    (hit,) = [a for _, a in found(R, text)]
    assert hit.get("attached") == whose


# -- ages that only a table column, a bracket after a name or a month count says are ages --

@pytest.mark.parametrize("text, ages", [
    ("氏名\t年齢\t住所\n緑川　一郎\t７８\t北浜市緑町1-2\n松葉　ハル\t六十一\t北浜市本町3-4", ["７８", "六十一"]),
    # the unit only in the heading
    ("No.\t氏名\t年齢（歳）\t参加回数\n1\t緑川 一郎\t78\t12\n2\t松葉 ハル\t61\t3", ["78", "61"]),
    # laid out with 全角空白, a heading spaced out, a name with a wide gap
    ("　氏　名　　　　　年齢　　住　所　　　　　功　績\n"
     "　緑川　一郎　　　８２　　北浜市緑町　　　見守り活動\n"
     "　桜　　ハル　　　６１　　北浜市本町　　　河川清掃", ["８２", "６１"]),
    # a cell written one space from its neighbour
    ("　氏　名　　　　　年齢　　住　所　　　　　功　績\n　トラン・ヴァン・ナム　３４　　北浜市三条　　通訳", ["３４"]),
    # headings and cells split at every space
    ("氏名 年齢 住所\n緑川 一郎 78 緑町", ["78"]),
    # the sex beside the age under 年齢・性別: the number alone is the age; 0 alone is an empty mark
    ("氏名\t年齢・性別\t地区\n緑川 一郎\t78・男\t緑町\n松葉 ハル\t女/61\t本町\n桜井 結\t0\t本町", ["78", "61"]),
    ("氏名\t年齢\n桜井 結\t８か月", ["８か月"]),
    # a 性別 cell (男, 女) does not start a new table
    ("氏名\t年齢\t性別\t避難先\n緑川　一郎\t８２\t男\t北浜公民館\n松葉　ハル\t７９\t女\t北浜公民館", ["８２", "７９"]),
])
def test_a_bare_number_under_an_age_heading_is_an_age(text, ages, found):
    hits = found(R, text)
    assert [t for t, _ in hits] == ages
    assert all(a.get("attached") == "person" for _, a in hits)  # a named person's row


@pytest.mark.parametrize("text", [
    # list numbers, counts, years and amounts in a table with an age column stay out
    "No.\t氏名\t年齢\t参加回数\t年度\t金額\n1\t緑川 一郎\t\t12\t2023\t5000",
    # a table without an age heading
    "No.\t氏名\t参加回数\n1\t緑川 一郎\t12\n2\t松葉 ハル\t3",
    "番号　　氏名　　　　回数\n３　　緑川　一郎　　１２",
    # age groups counted: a statistic
    "年齢\t人数\t割合\n65～69\t120\t12%\n70\t80\t8%",
    "年齢　　人数\n７０　　８０",
    # a range or a band in the age column is nobody's exact age
    "氏名\t年齢\n緑川 一郎\t65～69",
    # a field and a sentence are no heading row
    "年齢 不問 経験 3年以上",
    "年齢は20歳から64歳までとする。\n応募 12 件",
])
def test_numbers_in_tables_that_are_not_ages(text, found):
    assert [t for t, _ in found(R, text)] == []


@pytest.mark.parametrize("text, value, attached", [
    ("緑川花子（６７）が通報した。", "６７", "person"),
    ("見守りボランティア　桜井　次郎（72）、松葉　ハル（68）", "72", "person"),
    ("私の妻（84）が転倒した。", "84", None),
    ("同居の長男（８）と二人暮らし", "８", None),
    ("子ども会の桜井陽翔くん（１０）が参加した。", "１０", "person"),
])
def test_a_bare_number_in_brackets_after_a_name_or_a_relative_is_an_age(text, value, attached, found):
    hits = found(R, text)
    assert hits[0][0] == value and hits[0][1].get("attached") == attached


@pytest.mark.parametrize("text", [
    "議案第３号（２）を審議する。",
    "第５条（１）の規定による。",
    "資料（12）を参照",
    "山田町（12）の集会所",        # a place name, not 山田 + a given name
    "大和（３）の区域",            # a given name or a surname alone is as often a place
    "吉田（１２）",
    "緑川花子\n（２）北浜市の事業",   # an item number opening the next line
    "相談者Ａさん（６５）",          # the name withheld: still an age, see below
])
def test_a_bare_number_in_brackets_without_a_name_before_it(text, found):
    hits = found(R, text)
    if "Ａさん" in text:
        assert [t for t, a in hits] == ["６５"] and hits[0][1].get("attached") is None
    else:
        assert hits == []


def test_a_name_at_the_end_of_a_line_is_not_before_a_bracket_on_the_next(found):
    assert found(R, "申請者　緑川　喜久治\n　(2) 北浜市緑町") == []


@pytest.mark.parametrize("text, value", [
    ("８か月の乳児が入院した。", "８か月"),
    ("長女（８か月）が発熱した。", "８か月"),
    ("長女（女・１０か月）", "１０か月"),
    ("月齢８か月", "月齢８か月"),
    ("10か月児が誤飲した。", "10か月"),
])
def test_a_childs_age_in_months(text, value, found):
    assert [(t, a["years"]) for t, a in found(R, text)] == [(value, 0)]


@pytest.mark.parametrize("text", [
    "３か月間通院した。",
    "６か月の延長を認める。",
    "３か月の乳児健診を受けた。",
    "10か月児健診",
    "支給は６か月（長女の分を含む）",
])
def test_months_that_are_a_period_or_a_programme(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, years", [
    ("相談者は７８\n歳の女性です。", "７８\n歳", 78),
    ("相談者は七十八\n歳の女性", "七十八\n歳", 78),
    ("年齢　７８ 歳", "７８ 歳", 78),
    ("数え年八十八歳の祝い", "数え年八十八歳", 88),
    ("満 78歳", "満 78歳", 78),
    ("年齢　　７８", "７８", 78),
    ("年齢（満）78", "78", 78),
])
def test_ages_across_a_break_a_space_or_with_the_way_of_counting(text, value, years, found):
    assert [(t, a["years"]) for t, a in found(R, text)] == [(value, years)]


@pytest.mark.parametrize("text", ["平成30\n歳出予算の補正", "合計 1,230\n歳入の部", "年齢20～64歳の方", "年齢 65 歳以上の方"])
def test_a_break_before_another_word_or_a_range_after_a_field_label(text, found):
    assert found(R, text) == []


def test_a_table_age_goes_to_review_and_stays_a_quasi_identifier():
    """A table age is personal information of the named row (REVIEW), and the
    risk check still reads its years."""
    from redactor.pipeline import Redactor
    text = "氏名\t年齢\t住所\n緑川　一郎\t７８\t北浜市緑町1-2\n"
    (f,) = [f for f in Redactor().check(text).findings if f.label == "AGE"]
    assert (f.text, f.action, f.attributes["years"], f.attributes["kind"]) == ("７８", "REVIEW", 78, "exact")


@pytest.mark.parametrize("text, value, attached", [
    ("緑川一郎さん（72・緑町）が通報した。", "72", "person"),
    ("緑川一郎（男・72）", "72", "person"),
    ("緑川一郎（72、無職）が通報した。", "72", "person"),
    ("北浜市長　山本一郎（62・北浜市）", "62", "official"),
])
def test_a_bracket_after_a_name_with_a_sex_or_a_word_beside_the_number(text, value, attached, found):
    assert [(t, a.get("attached")) for t, a in found(R, text)] == [(value, attached)]


@pytest.mark.parametrize("text", ["議案第３号（２・修正）", "緑川一郎（1、2）", "資料（3・別紙）"])
def test_brackets_with_two_numbers_or_no_name_before(text, found):
    assert found(R, text) == []


def test_numbers_listed_before_an_age_share_its_unit(found):
    assert [t for t, _ in found(R, "子ども３人（１０、７、３歳）と同居")] == ["１０", "７", "３歳"]
    assert found(R, "３、４歳児の各クラス") == []  # classes: the last one is no age, nor the others
