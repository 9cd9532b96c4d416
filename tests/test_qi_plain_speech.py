"""Attributes minutes tell in plain, polite speech (made-up text), each with
the near miss that must not be read as one: a one-character relation as the
subject of its sentence (妻は…), work told in the polite form (…で働いて
います), the country before a status of entry (…から留学生として来日), a
one-parent household said by who the parent is (保護者は母親のみ), and the
floor and the next table cell after a block of flats (…号棟８階, …号棟　45歳)."""
import pytest

from conftest import found, texts
from redactor.masking import resolve_overlaps
from redactor.pipeline import Redactor
from redactor.risk import _group_subjects, _visible_qis
from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.gender import GenderRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer


def levels(text):
    return [s.level for s in Redactor().check(text).risk]


@pytest.mark.parametrize("text, value", [
    ("ブラジル出身の方から伺いました。妻は隣町の病院に通院しています。", "妻"),
    ("相談者は７０代の男性です。息子は会社員です。", "息子"),
    ("○議員　娘が毎週訪ねてくるそうです。", "娘"),
])
def test_a_one_character_relation_opening_a_sentence_is_a_relation(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text", [
    "父母の会の総会を開きました。",        # 父母 is one word
    "夫婦で参加された方が多くいました。",  # 夫婦, a pair word, not 夫 alone
    "工夫が必要です。",                     # inside a word
    "その母体となる団体です。",             # 母体
    "母は毎朝散歩をしております。",         # a parent said bare: as often the speaker's own
])
def test_a_relation_inside_a_longer_word_is_none(text):
    assert not [t for t in texts(FamilyRecognizer, text) if t in ("父", "母", "夫", "妻")]


def test_a_rare_origin_with_the_spouse_as_subject_of_the_next_sentence_is_high():
    assert "high" in levels("○４番（谷議員）　ミャンマー国籍の方から相談を受けました。妻は駅前の食堂で働いています。\n")


def test_a_relation_alone_with_a_common_trait_stays_low():
    assert "high" not in levels("相談者は６０代の男性です。妻は市内に住んでいます。\n")


@pytest.mark.parametrize("text, value", [
    ("その方は町内の缶詰工場で働いています。", "町内の缶詰工場で働いています"),
    ("以前は駅前の酒店に勤めていました。", "駅前の酒店に勤めていました"),
    ("ご本人は鍼灸院を営んでいます。", "鍼灸院を営んでいます"),
])
def test_work_told_in_the_polite_form_is_an_occupation(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_a_polite_verb_without_a_workplace_is_no_occupation():
    assert texts(OccupationRecognizer, "職員が丁寧に説明して回っています。") == []


@pytest.mark.parametrize("text, value", [
    ("ミャンマーから留学生として来日した。", "ミャンマーから留学生として来日"),
    ("インドネシアから技能実習生として入国した。", "インドネシアから技能実習生として入国"),
    ("研修生として来日した。", "研修生として来日"),
])
def test_the_country_before_a_status_of_entry_is_part_of_the_origin(text, value):
    assert value in texts(NationalityRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("当該児童の保護者は父親のみで、", "父親のみ"),
    ("母親一人で三人の子を育てている。", "母親一人で"),
    ("女手一つで育てられた。", "女手一つで"),
])
def test_a_one_parent_household_said_by_who_the_parent_is(text, value):
    assert value in texts(FamilyRecognizer, text)


def test_a_pupil_of_a_grade_with_a_one_parent_household_is_high_and_without_it_low():
    with_parent = "当該児童は４年生の女子で、保護者は父親のみです。\n"
    assert "high" in levels(with_parent)
    assert "high" not in levels("当該児童は４年生の女子で、保護者が送迎しています。\n")


@pytest.mark.parametrize("text, age", [
    ("地区\t年齢\t性別\n港団地3号棟\u300037歳\u3000男性\n", "37歳"),
    ("みどり住宅2号棟 61歳 女性\n", "61歳"),
])
def test_the_next_cell_after_a_block_of_flats_is_not_its_room(text, age):
    assert not [t for t, _ in found(AddressRecognizer, text) if age[:2] in t]


def test_a_room_after_a_block_is_still_an_address():
    assert "みどり団地3号棟205" in texts(AddressRecognizer, "みどり団地3号棟205にお住まいの方")


def test_the_floor_of_a_block_is_part_of_the_small_area():
    assert "港団地2号棟5階" in texts(PlaceRecognizer, "港団地2号棟5階の女性から連絡がありました。")


@pytest.mark.parametrize("text, value", [
    ("その方はタイのご出身で、", "タイのご出身"),
    ("奥様はブラジルの出身です。", "ブラジルの出身"),
])
def test_an_origin_said_politely_is_an_origin(text, value):
    assert value in texts(NationalityRecognizer, text)


def test_the_name_a_role_field_line_gives_is_the_roles_person():
    # the party's fields (age and sex beside the masked name, the job on the next numbered line)
    # and what the case tells of 申出人 later are one person: a rare trade and an age
    text = ("１　申出人　　　　山本　和夫（５０代、男性）\n２　申出人の職業　獣医師\n３　申出の内容\n"
            "　申出人は、本年４月３日、市道東原線で公用車と接触した。\n")
    subjects = Redactor().check(text).risk
    high = [s for s in subjects if s.level == "high"]
    assert high and {"OCCUPATION", "AGE", "DATE"} <= {f.label for f in high[0].findings}


def test_a_numbered_field_line_is_no_row_of_a_table():
    text = "１　相談者　　６０代、女性\n２　職業　　　獣医師\n"
    subjects = Redactor().check(text).risk
    assert not any(s.row for s in subjects)
    assert any({"AGE", "OCCUPATION"} <= {f.label for f in s.findings} for s in subjects)


@pytest.mark.parametrize("text, value", [
    ("相談者（二丁目、鮮魚店経営）から話を伺った。", "鮮魚店経営"),
    ("・住民Ｂ（北区、理容店経営）", "理容店経営"),
])
def test_a_business_run_as_a_value_in_brackets_is_an_occupation(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_running_a_hospital_in_prose_is_no_ones_occupation():
    assert texts(OccupationRecognizer, "市立病院経営強化プランを策定しました。") == []


def test_a_bare_chome_in_brackets_is_a_place():
    assert "四丁目" in texts(PlaceRecognizer, "申出人の方（四丁目、７０代）から説明があった。")
    assert "四丁目" not in texts(PlaceRecognizer, "第四丁目線の工事について")


@pytest.mark.parametrize("text, value", [
    ("以前、中学校の先生をされていた方です。", "以前、中学校の先生をされていた"),
    ("かつては漁師をしていたそうです。", "かつては漁師をしていた"),
])
def test_a_past_job_said_without_moto(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_a_teacher_said_without_a_school_is_no_past_job():
    assert not [t for t in texts(OccupationRecognizer, "以前、先生をされていた方に伺いました。") if "先生" in t]


@pytest.mark.parametrize("text, value", [
    ("駅前の神社の裏手にあるお宅です。", "神社の裏手"),
    ("北町の公園の向かいに住む男性", "公園の向かい"),
])
def test_a_landmark_without_a_name_and_the_side_a_home_is_at(text, value):
    assert any(value in t for t in texts(PlaceRecognizer, text))


def test_a_landmark_without_a_side_or_a_home_is_no_place():
    assert not [t for t in texts(PlaceRecognizer, "市の公園の整備を進めます。") if "公園" in t]


@pytest.mark.parametrize("text, value", [
    ("住んでいるのは高齢の兄弟で、", "高齢の兄弟"),
    ("お兄さんは以前から足が悪い。", "お兄さん"),
    ("本人は父（82）と二人で暮らしている。", "父（82）と二人"),
])
def test_siblings_and_a_parent_with_an_age_as_the_household(text, value):
    assert any(value in t for t in texts(FamilyRecognizer, text))


def test_a_row_under_sex_and_group_headings_is_a_person_of_a_small_area():
    text = ("番号\t班\t年齢\t性別\t世帯\n"
            "1\t５班（川向こうの旧精米所）\t47\t女\t父（80）と二人\n")
    assert "女" in texts(GenderRecognizer, text)
    assert "５班（川向こうの旧精米所）" in texts(PlaceRecognizer, text)
    assert "high" in levels(text)


def test_a_man_or_a_woman_outside_a_sex_column_is_no_gender():
    assert texts(GenderRecognizer, "番号\t区分\t件数\n1\t女\t3\n") == []


def test_a_share_of_a_role_is_no_person():
    # 入居者のうち６５歳以上の方の割合: a statistic of an estate, beside a dated incident told before
    text = ("去る５月２日、みどり団地の住戸で７０代の男性が亡くなっているのが見つかった。\n"
            "みどり団地は約５００戸の団地で、入居者のうち６５歳以上の方の割合は４５％である。\n")
    subjects = Redactor().check(text).risk
    stat = [s for s in subjects if any(f.text == "６５歳以上" for f in s.findings)]
    assert not [s for s in stat if s.level == "high"]


def test_a_day_at_a_station_with_nothing_that_happened_stays_low_and_an_incident_there_is_high():
    quiet = "投稿者：東区／３０代／女性\n５月９日の朝８時ごろ、中央駅南口の駐輪場を利用した。\n"
    assert "high" not in levels(quiet)
    hurt = "投稿者：東区／３０代／女性\n５月９日の朝８時ごろ、中央駅南口の駐輪場で転倒し、けがをした。\n"
    assert "high" in levels(hurt)


def _subject_with(text, value):
    return [s for s in Redactor().check(text).risk if any(f.text == value for f in s.findings)]


def test_a_member_of_staff_a_case_is_about_is_a_person_of_the_case():
    # 当該職員 after a care worker described at work, in a case of abuse and dismissal
    text = ("市が確認したところ、夜勤の介護職員（３０代、女性）が入所者を強くたたいたことが分かった。"
            "当該職員は９月１日付けで懲戒解雇された。\n")
    assert _subject_with(text, "３０代")


def test_a_member_of_staff_at_work_with_no_case_stays_an_official():
    text = "地区担当の保健師（３０代、女性）が字北原を訪問した。\n\n当該職員は丁寧に説明した。\n"
    assert not _subject_with(text, "３０代")


def _persons(text):
    """The people the sentence-by-sentence reading forms (not the passage read whole)."""
    r = Redactor()
    decided = resolve_overlaps(r.policy.apply(r.detector.detect(text, [])))
    qis = sorted(_visible_qis(decided), key=lambda f: f.start)
    return [{f.text for f in g.members} for g in _group_subjects(text, qis, decided) if not g.passage]


def test_a_numbered_heading_naming_a_party_starts_that_persons_lines():
    # 番号１　山崎　隆 reads as three cells, but it heads the lines about that party: what they tell
    # is Yamazaki's, and the next heading's lines are another person's
    text = ("相手方ごとの経過\n"
            "番号１　山崎　隆\n"
            "　・平成二十八年入居。単身世帯。\n"
            "番号２　岡部　由美\n"
            "　・中学生の子二人と同居している。\n")
    persons = _persons(text)
    assert {"単身世帯"} in persons
    assert not any("単身世帯" in g and len(g) > 1 for g in persons)


def test_the_speakers_own_area_with_also_is_the_persons_place():
    # ○区長　うちの区でも…: someone in the speaker's own 区 too, not a class of people
    text = "○第３区長　うちの区でも９０歳になる一人暮らしのおじいちゃんがおられる。\n"
    assert "high" in levels(text)


@pytest.mark.parametrize("text", [
    "○議員　北地区でも一人暮らしの高齢者が増えております。\n",
    "南団地でも、高齢の単身世帯が３割を超えています。\n",
])
def test_a_district_with_also_in_a_statement_of_many_stays_low(text):
    assert "high" not in levels(text)


def test_a_hearing_speaker_telling_of_themselves_is_a_person_of_their_own():
    # ○公述人: a private person with the floor; their own 町丁目, trade kept since a year and
    # household, told in the first person, single them out
    text = "○公述人（山下　勇君）　北原町の三丁目で食堂を昭和５５年からやっております。私は七十六で、主人と二人、店の二階に住んでおります。\n"
    assert "high" in levels(text)
    persons = _persons(text)
    assert any({"北原町の三丁目", "主人と二人"} <= g for g in persons)


def test_a_mayor_telling_of_themselves_stays_an_official():
    text = "○市長　私は北原町の三丁目で生まれ育ち、主人と二人で暮らしております。\n"
    assert "high" not in levels(text)


def test_a_circulation_note_is_no_official_the_attributes_belong_to():
    # （委員限り）: who the passage is shown to; the donor described is still the person
    text = "※　匿名を希望した方は、市内在住の８０歳代の女性で、元獣医師の方である（委員限り）。\n"
    persons = _persons(text)
    assert any({"８０歳代", "元獣医師"} <= g for g in persons)


def test_a_heading_of_the_series_whose_name_no_recognizer_reads_is_a_party_of_its_own():
    # No.3's name is a word no lexicon holds; the series' other headings say what it is: the lines
    # under it are another party's, not No.2's
    text = ("滞納者別の状況\n"
            "No.1　野々村　光男\n"
            "　・令和元年入居。七十代の単身世帯。\n"
            "No.2　相馬　千秋\n"
            "　・高校生の娘と二人で暮らす。\n"
            "No.3　ジョゼ\n"
            "　・ペルー国籍。運送会社で夜間のアルバイトをしていた。\n")
    persons = _persons(text)
    assert any("ペルー国籍" in g for g in persons)
    assert not any("ペルー国籍" in g and "高校生の娘" in g for g in persons)
    # and the passage read whole does not join the parties either
    risk = Redactor().check(text).risk
    assert not any({"高校生の娘", "ペルー国籍"} <= {f.text for f in s.findings} for s in risk)


def test_a_numbered_list_item_is_no_heading_of_a_party():
    # with no word of number (番号, No.) a numbered line is a list item, whatever the lines before
    text = "番号１　野々村　光男\n１　開催場所　役場\n"
    persons: dict[int, tuple[int, bool]] = {text.index("野々村"): (text.index("野々村") + 3, True)}
    from redactor.risk import _add_series_headings
    _add_series_headings(text, persons)
    assert len(persons) == 1


def test_an_example_of_what_someone_sent_that_has_come_is_a_real_person():
    # 例えば… with a letter that has come from them: a real case the speaker gives, not an imagined one
    text = ("○課長　例えば、北浦地区の８０代の女性からお礼の電話をいただいておりますが、"
            "身寄りのない方ですので、お名前は控えます。\n")
    assert any(s.level == "high" and "北浦地区" in {f.text for f in s.findings} for s in Redactor().check(text).risk)


def test_an_example_with_a_condition_stays_imagined():
    text = "○課長　例えば、北浦地区の８０代の女性からお礼の電話をいただいた場合でも、お名前は控えます。\n"
    assert not any(s.level == "high" for s in Redactor().check(text).risk)
