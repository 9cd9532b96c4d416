"""PERSON on text nobody tuned to (issue 11): names in running prose with no
honorific, romaji with the family name in capitals first, a teacher named
with 先生, a table's header cell after 氏名, and what keeps brand names out.

Made-up names and sentences only; each rule has a case that fires and a near
miss that must not.
"""
from functools import lru_cache

from conftest import person_action

from redactor import Redactor


@lru_cache(maxsize=1)
def _strict() -> Redactor:
    return Redactor(profile="strict")


def _strict_person(text: str, name: str) -> str | None:
    """The strict profile's action on the PERSON finding covering ``name`` (None if none)."""
    start = text.index(name)
    for f in _strict().check(text).findings:
        if f.label == "PERSON" and f.start <= start and start + len(name) <= f.end:
            return f.action
    return None


def _strict_persons(text: str) -> list[str]:
    return [f.text for f in _strict().check(text).findings if f.label == "PERSON" and f.action != "KEEP"]


# --- a one-kanji surname standing alone in prose --------------------------------

def test_a_one_kanji_surname_sudachi_tags_is_a_name_as_the_subject_under_strict():
    # Sudachi tags 堀 and 原 人名,姓; standing alone before a case particle they are a person
    assert _strict_person("その後、堀は委員会で反対した。", "堀") == "MASK"
    assert _strict_person("原が議長に選ばれた。", "原") == "MASK"


def test_a_one_kanji_surname_inside_a_word_or_untagged_stays_out():
    assert _strict_persons("林が広がる。") == []          # 林 is a common noun here
    assert _strict_persons("外堀を埋める計画だ。") == []   # 堀 inside a word


def test_a_one_kanji_surname_with_no_context_is_not_reported_by_the_default_profile():
    # without a title or honorific the default profile leaves the guess to strict
    assert person_action("その後、堀は委員会で反対した。", "堀") is None


# --- romaji, family name in capitals first --------------------------------------

def test_a_family_name_in_capitals_before_a_known_given_name_is_a_name():
    # the given name reads as one of the lexicon's given names (はるみ)
    assert person_action("UTSUGI Harumi\n", "UTSUGI Harumi") in ("MASK", "REVIEW")
    assert person_action("連絡先：KAMIYAMA Noriko（本人）", "KAMIYAMA Noriko") in ("MASK", "REVIEW")


def test_capitals_before_an_ordinary_english_word_stay_out():
    assert person_action("TOKYO Station\n", "TOKYO Station") is None
    assert person_action("GREEN Building の改修", "GREEN Building") is None


def test_a_list_of_romaji_names_family_first_is_found_after_a_list_word():
    text = "参加者：SUGIURA Kazuomi、MORITA Yuki\n"
    assert person_action(text, "SUGIURA Kazuomi") in ("MASK", "REVIEW")
    assert person_action(text, "MORITA Yuki") in ("MASK", "REVIEW")


# --- 先生 after a surname -------------------------------------------------------

def test_a_surname_before_sensei_is_a_person():
    assert person_action("担任の蓮見先生から連絡があった。", "蓮見") is not None
    assert person_action("蓮見先生は授業を続けた。", "蓮見") is not None


def test_a_word_before_sensei_is_not_a_person():
    assert person_action("担任の先生から連絡があった。", "担任") is None
    assert person_action("学校の先生が指導した。", "学校") is None


# --- a header row: the cell after 氏名 is a heading ---------------------------------

def test_the_heading_after_a_name_heading_in_a_header_row_is_not_a_name():
    text = ("地区\t氏名\t功績\n"
            "北地区\t宮坂　恒夫\t自治会活動に尽力\n"
            "南地区\t久米　佳奈子\t防犯活動に尽力\n")
    assert person_action(text, "功績") is None
    assert person_action(text, "宮坂　恒夫") == "MASK"
    assert person_action(text, "久米　佳奈子") == "MASK"


# --- brand names in katakana ------------------------------------------------------

def test_a_katakana_word_the_dictionary_knows_as_a_brand_is_no_name_without_context():
    # ソニー, ヤマハ are 固有名詞,一般 to Sudachi: an organisation or product, not a person
    assert _strict_persons("ソニーは新製品を発表した。") == []
    assert _strict_persons("昨年、ヤマハが新型を出した。") == []


def test_an_unknown_katakana_name_in_prose_is_still_a_name_under_strict():
    assert _strict_person("その後、ザハルチェンコワは帰国した。", "ザハルチェンコワ") == "MASK"  # unknown to Sudachi
    assert _strict_person("その後、ボロディンは帰国した。", "ボロディン") == "MASK"  # tagged 人名


def test_a_known_katakana_word_after_a_modifier_is_no_name():
    assert _strict_persons("新規のプランが好評だ。") == []
    assert _strict_persons("市のデータは公開する。") == []


# --- award lists and tables aligned with spaces ------------------------------------

_AWARDS = ("令和６年度　市民表彰　被表彰者名簿\n"
           "　氏　名　　　　　　年齢　　住　所　　　　　　　　　功　績\n"
           "　宮坂　恒夫　　　７８　　北浦見市本郷　　　　　通学路の見守り活動２５年\n"
           "　ジョアン・ペレイラ　３４　　北浦見市三条　　　　　通訳ボランティア\n"
           "　秦　　和子　　　　　６１　　北浦見市西原　　　　河川清掃\n")


def test_headings_spelt_out_with_spaces_make_a_header_row_and_its_column_holds_names():
    assert _person_covered(_AWARDS, "宮坂　恒夫") == "MASK"
    assert _person_covered(_AWARDS, "ジョアン・ペレイラ") == "MASK"
    assert _person_covered(_AWARDS, "秦　　和子") == "MASK"


def test_the_other_columns_of_an_award_list_are_not_names():
    assert _person_covered(_AWARDS, "功　績") is None


_TAB_ROWS = ("番号\t申請者氏名\t住所\t改修内容\n"
             "7-001\t宮坂　恒夫\t中町二丁目７番１９号\t浴室手すり\n"
             "7-002\tPARK　Min-jun\t駅北一丁目２－３\t玄関スロープ\n"
             "7-003\t堀\t字西原１１２３－５\t廊下手すり\n"
             "7-004\t社会福祉法人みどり会\t若松町１丁目１番１号\t通路拡幅\n")


def test_a_hyphenated_romaji_name_and_a_one_kanji_surname_in_a_name_column_are_names():
    assert _person_covered(_TAB_ROWS, "PARK　Min-jun") == "MASK"
    assert _person_covered(_TAB_ROWS, "堀") == "MASK"


def test_an_organisation_and_a_one_kana_cell_in_a_name_column_are_not_names():
    assert _person_covered(_TAB_ROWS, "社会福祉法人みどり会") is None
    assert _person_covered("番号\t申請者氏名\t住所\n1\tー\t中町２番\n", "ー") is None


def _person_covered(text: str, value: str) -> str | None:
    """The default profile's strongest action over ``value`` when PERSON findings cover it whole
    (MASK over REVIEW over KEEP), None when none does."""
    start = text.index(value)
    end = start + len(value)
    acts = {f.action for f in _default().check(text).findings
            if f.label == "PERSON" and f.start <= start and end <= f.end}
    for a in ("MASK", "REVIEW", "KEEP"):
        if a in acts:
            return a
    return None


@lru_cache(maxsize=1)
def _default() -> Redactor:
    return Redactor()


# --- a romaji line under a name field ------------------------------------------

def test_the_romaji_line_of_a_form_is_the_name():
    text = ("保護者　氏名　范　文雄（ファン・ヴァン・フン）\n"
            "　　　　ローマ字　PHAN VAN HUNG\n"
            "　　　　生年月日　1985年3月2日\n")
    assert _person_covered(text, "PHAN VAN HUNG") == "MASK"


def test_a_romaji_label_before_a_word_in_prose_is_not_a_name():
    assert _person_covered("ローマ字　表記の統一について協議した。\n", "表記") is None


# --- a community post fused after a surname, in a speaker's turn ----------------------

def test_a_surname_fused_with_a_community_post_in_a_speakers_turn_is_found():
    text = "（委員）　砂田自治会長から、名簿を持ちたいとの要望が出ている。\n"
    assert _person_covered(text, "砂田") == "MASK"


# --- 担当者 after a task ---------------------------------------------------------

def test_staff_named_after_a_task_are_for_a_person_to_decide():
    # 運用担当者, 保守担当者: a contractor's staff as often as the municipality's
    # (…が異動後も権限を保持していた is a security admission now, masked whole as SECURITY_DETAIL:
    # the name is read here in a sentence that admits nothing)
    assert _person_covered("運用担当者砂田氏が切替えの手順を説明した。", "砂田") == "REVIEW"
    assert _person_covered("保守担当者の砂田氏が説明した。", "砂田") == "REVIEW"


def test_staff_named_after_a_unit_of_the_municipality_stay_officials():
    assert _person_covered("福祉課担当者　砂田\n", "砂田") == "KEEP"
    assert _person_covered("担当者　砂田\n", "砂田") == "KEEP"


# --- an appointment bill ------------------------------------------------------------

_APPOINTMENT_BILL = ("議案第１２号\n"
                     "　　教育委員会委員の任命につき同意を求めることについて\n"
                     "　下記の者を教育委員会委員に任命したいので、議会の同意を求める。\n"
                     "記\n"
                     "　住　　所　　北浦見市大字西原１２番地\n"
                     "　氏　　名　　宮坂　恒夫\n"
                     "提案理由\n"
                     "　任期が満了するため、後任として宮坂氏を任命したいので、同意を求めるものである。\n"
                     "（参考）略歴\n"
                     "　宮坂　恒夫（みやさか　つねお）\n")


def test_the_person_an_appointment_bill_puts_forward_is_named_in_office():
    assert _person_covered(_APPOINTMENT_BILL, "宮坂　恒夫") == "KEEP"
    assert _person_covered(_APPOINTMENT_BILL, "みやさか　つねお") == "KEEP"
    assert person_action(_APPOINTMENT_BILL, "宮坂", 1) == "KEEP"   # 宮坂氏を任命


def test_a_name_field_of_a_form_that_mentions_consent_stays_private():
    text = "就学援助費申請書\n　氏　　名　　宮坂　恒夫\n　上記の者の同意を得て申請します。\n"
    assert _person_covered(text, "宮坂　恒夫") == "MASK"


# --- a title apart from the name ----------------------------------------------------

def test_a_title_alone_on_the_line_above_a_name_alone_on_its_line_is_the_names():
    text = "委員長\n大谷　信彦\n副委員長\n坂巻　紀子\n"
    assert _person_covered(text, "大谷　信彦") == "KEEP"
    assert _person_covered(text, "坂巻　紀子") == "KEEP"


def test_a_title_line_above_a_sentence_is_a_heading():
    assert _person_covered("市長\n大谷信彦は、所信を述べた。\n", "大谷信彦") != "KEEP"


def test_a_title_column_further_along_a_roster_row_is_the_rows_title():
    text = "委員名簿\n氏名\t所属\t役職\n大谷　信彦\t北浦見大学\t委員長\n坂巻　紀子\t公募\t委員\n"
    assert _person_covered(text, "大谷　信彦") == "KEEP"
    assert _person_covered(text, "坂巻　紀子") == "KEEP"


def test_the_title_ending_one_table_row_is_not_the_next_rows():
    text = "氏名\t備考\t役職\n大谷　信彦\t\t委員長\n坂巻　紀子\t申請者本人\t\n"
    assert _person_covered(text, "坂巻　紀子") != "KEEP"


# --- a short name Sudachi knows whole, with kanji fused after it ------------------------

def test_a_short_whole_name_with_one_or_two_kanji_fused_after_it_is_widened_under_strict():
    # 弘法 is 人名,一般 to Sudachi; 大師 after it and then a particle is the rest of the name
    assert _strict_person("その後、弘法大師は帰国した。", "弘法大師") == "MASK"


def test_a_short_whole_name_before_an_organisations_word_is_not_widened():
    assert _strict_persons("その後、弘法学園は移転した。") == []


# --- staff who received a document, the municipality's fire brigade ------------------------

def test_a_staff_label_after_a_unit_on_the_line_names_the_units_staff():
    assert _person_covered("受付印　学校教育課　受付者 砂田\n", "砂田") == "KEEP"
    assert _person_covered("福祉課　記録：森本\n", "森本") == "KEEP"


def test_a_staff_label_with_no_unit_leaves_the_role_open():
    assert _person_covered("受付者　砂田\n", "砂田") == "REVIEW"
    assert _person_covered("株式会社みどり　受付者　砂田\n", "砂田") == "REVIEW"


def test_officers_of_the_municipalitys_own_fire_brigade_act_for_it():
    text = "【消防功労表彰】（北浦見市消防団）\n　砂田　源治　　　第３分団長　　在団３０年\n"
    assert _person_covered(text, "砂田　源治") == "KEEP"
    assert _person_covered("緑川村消防団長　若松　泰三\n", "若松　泰三") == "KEEP"


def test_a_brigade_post_with_no_municipality_is_a_residents_post():
    assert _person_covered("連絡は宮内消防団分団長を通じて行う。", "宮内") == "MASK"
    assert _person_covered("消防団員の宮内さんから報告があった。", "宮内") == "MASK"
    # the brigade in a heading does not make a neighbourhood's post an official's
    assert _person_covered("緑川市消防団の活動について\n　自治会長　宮内　誠\n", "宮内　誠") == "MASK"
    # nor is a resident heard by a committee acting for the city
    assert _person_covered("出席参考人\n　緑川市消防団分団長　乙部　太郎\n", "乙部　太郎") == "MASK"


# --- the speaker's own body --------------------------------------------------------------

def test_the_head_of_the_speakers_own_body_is_not_the_meetings_chair():
    text = ("北浦見市防災会議\n"
            "委員（自主防災会連絡協議会）　うちの会長の砂田（携帯 090-1111-2222）が窓口です。\n")
    assert _person_covered(text, "砂田") in ("MASK", "REVIEW")


def test_the_chair_of_the_meeting_named_in_its_minutes_stays_official():
    text = "北浦見市防災会議\n出席委員\n会長　砂田　源治\n"
    assert _person_covered(text, "砂田　源治") == "KEEP"


def test_the_initials_before_a_romaji_name_are_part_of_it():
    assert _person_covered("ミラー氏（K. Miller）が異動した。", "K. Miller") in ("MASK", "REVIEW")


def test_a_capital_closing_a_phrase_is_no_initial():
    assert _person_covered("Plan B. Miller が来た。", "B. Miller") is None


# --- a nickname in quotes ------------------------------------------------------------------

def test_a_quoted_nickname_a_person_goes_by_is_a_name():
    assert _person_covered("「ゆずぽん」と名乗る人物から電話があった。", "ゆずぽん") == "MASK"
    assert _person_covered("「taro_77」と名乗った男性が来庁した。", "taro_77") == "MASK"


def test_a_quoted_word_a_site_goes_by_is_no_name():
    assert _person_covered("「ゆずぽん」と名乗るサイトが開設された。", "ゆずぽん") is None


# --- names listed one after another with single spaces -------------------------------------

def test_names_listed_with_single_spaces_are_each_found():
    text = "参加者　大谷信彦　坂巻紀子　長谷部修　宮坂恒夫\n"
    for name in ("大谷信彦", "坂巻紀子", "長谷部修", "宮坂恒夫"):
        assert _person_covered(text, name) is not None


def test_a_surname_and_given_name_set_apart_stay_one_name_in_a_long_run():
    from redactor.recognizers.person import _split_long_run
    from redactor.tokens import tokenize
    run = [t for t in tokenize("大谷 信彦 坂巻紀子 長谷部修 宮坂恒夫") if t.surface.strip() or t.surface == " "]
    texts = ["".join(t.surface for t in part) for part in _split_long_run(run)]
    assert texts[0] == "大谷 信彦" and "坂巻紀子" in texts and "長谷部修" in texts


# --- one kanji closing a name is no role word; an honorific is no given name ------------------

def test_the_last_kanji_of_a_given_name_before_a_bracket_is_no_relation_word():
    text = "善行表彰受賞者\n　宮坂　恒夫（北町）　長年の清掃活動\n"
    assert _person_covered(text, "北町") is None
    assert _person_covered(text, "宮坂　恒夫") is not None


def test_a_relation_word_standing_alone_before_a_bracket_still_names():
    assert _person_covered("相談者の母（宮坂 和子）\n", "宮坂 和子") == "MASK"


def test_an_honorific_after_a_surname_is_no_hiragana_given_name():
    found = [f.text for f in _default().check("民生委員の宮坂さんと、砂田さんが同席した。").findings
             if f.label == "PERSON"]
    assert "宮坂" in found and not any("さん" in t for t in found)


def test_katakana_family_name_and_a_word_given_name_are_one_name():
    # a council member of foreign origin whose Japanese given name is also a word
    from conftest import person_action

    text = "〇7番（ジョンソン 綾君）　道路の件で質問します。"
    assert person_action(text, "ジョンソン 綾") == "KEEP"
    private = "相談者はジョンソン 綾さんである。"
    assert person_action(private, "ジョンソン 綾") == "MASK"
    # near miss: a katakana name and a title stay a name and a title
    assert texts_of_persons("スミス 部長が説明した。") == ["スミス"]


def texts_of_persons(text: str) -> list[str]:
    from redactor.pipeline import Redactor

    return [f.text for f in Redactor().check(text).findings if f.label == "PERSON"]
