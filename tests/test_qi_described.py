"""Quasi-identifiers as forms and minutes describe people (made-up text):
one-character relations a record gives (（母）, 妻（84歳）, 父　山川 健一,
村井氏の夫), a form's sex beside the age (女・7歳), a former post with its
organisation (元消防署長), a class of a grade (第5学年1組), a school club,
and a 町名 someone lives in; each with the near miss that must stay out."""
import pytest

from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.gender import GenderRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("text, value", [
    ("法定代理人　父　山川 健一　母　山川 由紀", "父"),
    ("世帯構成　祖母（７６歳）、姉（１４歳）", "姉"),
    ("番号２の村井氏の夫（７９歳）は避難所で体調を崩した。", "夫"),
    ("保護者　川端 まりな（母）", "母"),
    ("申出人の妻は入院している。", "妻"),
    ("相談者はシングルマザーで、子を育てている。", "シングルマザー"),
    ("その方は夫を亡くされてから一人で暮らしている。", "夫を亡くされ"),
])
def test_relations_a_record_gives(text, value, texts):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text", ["父母の会の総会が開かれた。", "母子保健事業の予算を計上した。",
                                  "夫婦別姓について意見書を提出する。", "妻籍の記載を確認した。"])
def test_relation_characters_inside_other_words(text, texts):
    assert texts(FamilyRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("被害者　山本 ゆうき（女・７歳）", "女"), ("申出人　川口 聡（男、４５歳）", "男"),
                                         ("性別　女", "女")])
def test_a_forms_one_character_sex(text, value, texts):
    assert value in texts(GenderRecognizer, text)


@pytest.mark.parametrize("text", ["男女共同参画プランを改定する。", "男女別の内訳は次のとおり。", "（男女）の順に記載する。"])
def test_men_and_women_in_general(text, texts):
    assert texts(GenderRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("その方は元消防署長で、年金で暮らしている。", "元消防署長"),
                                         ("相談者は元信用金庫の支店長である。", "元信用金庫の支店長")])
def test_a_former_post_with_its_organisation(text, value, texts):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", ["元気な高齢者が増えている。", "令和元年度の決算について。", "地元の会長に説明した。"])
def test_gen_is_not_always_former(text, texts):
    assert texts(OccupationRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("被災児童　第５学年１組　高田 りく", "第５学年１組"),
                                         ("対象生徒は野球部に所属する３年生である。", "野球部"),
                                         ("相談者の娘は吹奏楽部員である。", "吹奏楽部員")])
def test_a_class_and_a_club(text, value, texts):
    assert value in texts(AffiliationRecognizer, text)


@pytest.mark.parametrize("text", ["総務部長から説明があった。", "福祉部の職員が訪問した。", "野球場の改修を行う。"])
def test_an_office_is_no_club(text, texts):
    assert texts(AffiliationRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("相談者は緑川町の借家に住んでいる。", "緑川町"),
    ("申出人は港北台にお住まいの方である。", "港北台"),
    ("住所地の鶴見市春日町の地区名が資料に載った。", "鶴見市春日町"),
    ("児童は自宅のある桜台北区まで職員が同行している。", "桜台北区"),
    ("その方は若草台で三人の子を育てている。", "若草台"),
])
def test_the_town_someone_lives_in(text, value, texts):
    assert value in texts(PlaceRecognizer, text)


@pytest.mark.parametrize("text", ["市外に住む長男が手続をした。", "県内に住む学生が対象である。",
                                  "本市に住む外国人は増加している。", "隣町に住む親族が来庁した。"])
def test_living_in_no_particular_place(text, texts):
    assert texts(PlaceRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("審査請求人は市内の運送会社で週３日アルバイトをしていた。", "運送会社で週３日アルバイト"),
                                         ("相談者は食品工場で夜間のパートをしている。", "食品工場で夜間のパート")])
def test_a_workplace_with_the_shift_worked_there(text, value, texts):
    assert any(value in t for t in texts(OccupationRecognizer, text))


def test_a_childs_sex_is_the_whole_word(texts):
    assert texts(GenderRecognizer, "対象生徒は２年生の女子生徒である。") == ["女子生徒"]
    assert texts(GenderRecognizer, "女子生徒向けの講座を開く。") == []


def test_household_size_language_and_a_hiragana_town(texts):
    from redactor.recognizers.nationality import NationalityRecognizer
    assert "３人家族" in texts(FamilyRecognizer, "申出人は長男と長女との３人家族である。")
    assert texts(FamilyRecognizer, "家族の人数は３人以上が対象である。") == []
    assert "日本語がほとんど話せない" in texts(NationalityRecognizer, "相談者は日本語がほとんど話せない。")
    assert "中国語" in texts(NationalityRecognizer, "相談者は中国語しか話せない。")
    assert texts(NationalityRecognizer, "日本語の教室を開く。") == []
    assert "ひばりが丘" in texts(PlaceRecognizer, "被害に遭ったのは、ひばりが丘に住む９０代の男性である。")
    assert texts(PlaceRecognizer, "被害に遭ったのはが丘に住む男性である。") == []


def test_a_building_of_a_school_is_no_ones_school(texts):
    assert texts(AffiliationRecognizer, "避難所（町立東小学校体育館）へ移送した。") == []
    assert "町立東小学校" in texts(AffiliationRecognizer, "町立東小学校の３年生が転倒した。")
