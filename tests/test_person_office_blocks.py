"""Officials whose title stands in the block around the name, not beside it
(``recognizers/_person_office_blocks.py``): a title line over names alone on
their lines, a title and a colon before a list of names, a members' roster
table under its heading. Each kind has a case that fires and a near miss
where a private party's block stays masked. Names and bodies are made up."""
from conftest import person_action
import pytest

_TITLE_OVER_NAMES = "出席者\n　教育委員\n　　　高畑　由美\n　　　荻原　修二\n　　　真壁　千春\n"


@pytest.mark.parametrize("name", ["高畑　由美", "荻原　修二", "真壁　千春"])
def test_every_name_under_a_title_line_is_named_in_office(name):
    assert person_action(_TITLE_OVER_NAMES, name) == "KEEP"


def test_names_under_a_title_with_the_first_name_beside_it():
    text = "◎出席者\n　委員長　坂巻 陽子\n　委員　　谷村 勝\n　　　　　吉岡 恵美\n　　　　　中垣 直樹\n"
    assert person_action(text, "中垣 直樹") == "KEEP"


def test_a_surname_with_an_iteration_mark_under_a_title_line():
    assert person_action("出席者\n　教育長\n　　　佐々野　啓介\n", "佐々野　啓介") == "KEEP"


def test_names_under_a_private_partys_heading_are_not_officials():
    # near miss: the title over the first block does not reach past 申請者
    text = "担当\n　山際 太一\n申請者\n　小暮 花江\n　大江 紀子\n"
    assert person_action(text, "山際 太一") == "KEEP"
    assert person_action(text, "大江 紀子") == "MASK"


def test_names_under_a_bare_attendance_heading_stay_for_review():
    # near miss: 出席者 alone names no office (residents attend meetings too)
    assert person_action("出席者\n　小暮 花江\n　大江 紀子\n", "大江 紀子") == "REVIEW"


def test_a_title_and_a_colon_before_a_list_of_names():
    text = "【出席者】\n委員：沢渡健太郎、梅沢早苗、杉山隆\n事務局：宇野聡美（福祉課長）\n"
    assert person_action(text, "梅沢早苗") == "KEEP"
    assert person_action(text, "杉山隆") == "KEEP"


def test_a_title_and_a_colon_before_a_sentence_is_a_speaker():
    # near miss: 委員：… opening a remark about a resident does not make the resident an official
    text = "○委員長（坂巻陽子君）\n委員：山際さんから苦情があったと聞いています。\n"
    assert person_action(text, "山際") != "KEEP"


def test_a_councils_members_roster_table():
    text = "北浜市介護保険運営協議会委員名簿\n氏名\t所属\n柏原 亮\t学識経験者\n新田 沙織\t公募委員\n"
    assert person_action(text, "新田 沙織") == "KEEP"


@pytest.mark.parametrize("heading", ["北町自治会役員名簿", "住宅改修助成金受給者一覧"])
def test_a_residents_roster_table_stays_masked(heading):
    # near miss: a residents' body's officers and a list of recipients are private persons
    text = f"{heading}\n氏名\t地区\n柏原 亮\t北町\n新田 沙織\t南町\n"
    assert person_action(text, "新田 沙織") in ("MASK", "REVIEW")


def test_the_proposers_of_a_members_bill_are_council_members():
    text = "議員提出議案第２号\n提出者　山脇 一成\n賛成者　鈴鹿 花江、佐野 一郎、田上 恵子\n"
    assert person_action(text, "山脇 一成") == "KEEP"
    assert person_action(text, "佐野 一郎") == "KEEP"


def test_the_submitter_of_a_petition_stays_private():
    # near miss: 提出者 and 賛成者 of a residents' petition, no members' bill in the document
    text = "陳情第４号\n提出者　山際 太一\n賛成者　小暮 花江、大江 紀子\n"
    assert person_action(text, "山際 太一") in ("MASK", "REVIEW")
    assert person_action(text, "大江 紀子") in ("MASK", "REVIEW")


def test_a_vote_record_in_council_minutes_names_members():
    text = "○議長（中園 弘君）　起立により採決します。\n賛成　山脇、鈴鹿、佐野（３名）\n反対　田上、中園（２名）\n"
    assert person_action(text, "鈴鹿") == "KEEP"
    assert person_action(text, "田上") == "KEEP"


def test_a_survey_answer_with_honorifics_is_no_vote_of_members():
    # near miss: さん names private persons whatever the line's label
    text = "○議長（中園 弘君）　報告を求めます。\n賛成　山際さん、小暮さん\n"
    assert person_action(text, "小暮") in ("MASK", "REVIEW")


def test_a_members_column_of_a_table():
    text = "一般質問通告一覧\n順位\t議員名\t質問事項\n１\t山脇 一成\t防災対策について\n２\t鈴鹿 花江\t子育て支援について\n"
    assert person_action(text, "鈴鹿 花江") == "KEEP"
    # near miss: a 氏名 column of a consultation record is a private party's
    text = "相談記録\n番号\t氏名\t相談内容\n１\t山脇 一成\t騒音\n"
    assert person_action(text, "山脇 一成") in ("MASK", "REVIEW")


def test_the_persons_a_decision_appoints_to_a_council():
    text = "次の者を北浜市環境審議会委員に委嘱する。\n大江 紀子（北浜大学教授）\n岸川 亜紀（北浜市商工会）\n"
    assert person_action(text, "岸川 亜紀") == "KEEP"
    # near miss: a decision about residents names no post
    text = "次の者を生活保護の対象として決定する。\n山際 太一（北町）\n小暮 花江（南町）\n"
    assert person_action(text, "小暮 花江") in ("MASK", "REVIEW")


def test_a_sign_off_line_with_the_offices_unit():
    text = "　以上\n確認　情報政策課　中森 健吾\n登録者　中森 健吾\n"
    assert person_action(text, "中森 健吾") == "KEEP"
    assert person_action(text, "中森 健吾", 1) == "KEEP"  # the same person later, one decision
    # near miss: a company's department is no unit of the office
    assert person_action("確認　北浜建設株式会社　営業部　中森 健吾\n", "中森 健吾") in ("MASK", "REVIEW")


@pytest.mark.parametrize("post", ["北原町内会会長", "西野台体育振興会長", "南浜三組副会長"])
def test_the_head_of_a_body_that_is_not_the_municipalitys_gives_no_office(post):
    # 会長 heads any body: before a colon it names a list of officials only after
    # one of the municipality's bodies; a residents' or other body's head does not
    text = f"出席者\n{post}：柳瀬 多恵子\n"
    assert person_action(text, "柳瀬 多恵子") in ("MASK", "REVIEW")


def test_the_head_of_a_council_before_a_colon_names_an_official():
    # near miss: the same form after a council's name is its chair
    text = "出席者\n環境審議会会長：柳瀬 多恵子\n"
    assert person_action(text, "柳瀬 多恵子") == "KEEP"
