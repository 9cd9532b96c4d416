"""Attribute-shaped words that describe no private person (made-up text):
the paper's, the meeting's and the office's dates; each reason with the
near miss that stays a person's attribute."""
import pytest

from conftest import found
from redactor.recognizers.date import DateRecognizer


def _date_role(text):
    [(_, attrs)] = found(DateRecognizer, text)
    return attrs["kind"], attrs.get("not_subject")


@pytest.mark.parametrize("text, role", [
    ("日　時　令和６年１０月３日（木）午後２時～４時\n", "field"),
    ("監査実施日：令和６年９月１７日\n", "field"),
    ("契約締結日　令和６年４月１日\n", "field"),
    ("受納年月日\t寄附者\t金額\n令和６年５月１０日\t北町　山田商店\t１０万円\n", "field"),
    ("申請期限は令和６年６月３０日です。", "field"),
    ("○建設常任委員会（令和５年３月８日）\n", "field"),
    ("　　令和６年５月２２日\n", "heading"),
    ("第３回定例会（第２日）　令和５年６月１３日\n", "heading"),
    ("次回は令和７年１月２３日（木）に開催する。", "meeting"),
    ("令和６年８月１日から施行する。", "meeting"),
    ("令和６年４月１日現在の人口は３万人です。", "meeting"),
    ("令和６年３月１日付けで採用した。", "meeting"),
    ("令和５年１０月１日から１２月２８日まで", "period"),
    ("６月３日、当課職員が相談者宅を訪問した。", "procedure"),
    ("５月２２日に来庁された相談者の件です。", "procedure"),
    ("令和５年１１月に住宅の使用許可を取り消した。", "procedure"),
    ("説明会を９月２０日に市民会館で開きます。", "meeting"),
])
def test_a_date_of_the_paper_the_meeting_or_the_office_is_no_ones_event(text, role):
    assert _date_role(text) == ("administrative", role)


@pytest.mark.parametrize("text", [
    "１　発生日時　令和６年７月１日午後４時２０分頃\n",
    "退院日　令和６年７月１日\n",
    "受傷日\t氏名\n令和６年５月１０日\t北町　山田\n",
    "令和６年３月１９日午後３時ごろ、市職員が運転する公用車が相手方の車両に接触した。",
    "先月１２日の夕方、高校生の男子が自転車と接触して転倒しました。",
    "令和６年４月に転入し、５月に生活保護を申請した。",
    "６月３日、担当者が訪問した際、相談者が自宅で倒れているのを発見した。",
    "５月８日、当課職員が通知書を誤って別の世帯に送付した。",
])
def test_an_incident_or_a_change_in_a_life_keeps_its_date(text):
    attrs = found(DateRecognizer, text)[0][1]  # the first date: the incident's
    assert (attrs["kind"], attrs.get("not_subject")) == ("event", None)


from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer


def _reasons(cls, text):
    return {t: a.get("not_subject") for t, a in found(cls, text)}


@pytest.mark.parametrize("cls, text, value", [
    (FamilyRecognizer, "ひとり親家庭への支援を拡充します。", "ひとり親"),
    (FamilyRecognizer, "単身世帯の割合は３割を超えた。", "単身世帯"),
    (FamilyRecognizer, "市内の独り暮らしの高齢者は約２，０００人です。", "独り暮らし"),
    (NationalityRecognizer, "外国籍の保護者向けの案内を作る。", "外国籍"),
    (OccupationRecognizer, "保育士等の人材確保に努める。", "保育士"),
    (OccupationRecognizer, "市は、保育士に対し、処遇改善の手当を支給します。", "保育士"),
])
def test_a_word_naming_a_class_of_people_is_general(cls, text, value):
    assert _reasons(cls, text)[value] == "general"


@pytest.mark.parametrize("cls, text, value", [
    (FamilyRecognizer, "相談者は独り暮らしで、長男は県外に住んでいる。", "独り暮らし"),
    (FamilyRecognizer, "その方は妻を亡くされて一人暮らしです。", "一人暮らし"),
    (NationalityRecognizer, "相談者はベトナム国籍の女性です。", "ベトナム国籍"),
    (NationalityRecognizer, "ガーナ出身の申請者から申出があった。", "ガーナ出身"),
    (FamilyRecognizer, "4人家族の申請世帯から相談がありました。", "4人家族"),
    (OccupationRecognizer, "地区で唯一の開業医の対象者から相談がありました。", "地区で唯一の開業医"),
    (OccupationRecognizer, "相談者は６０代の農家で、大字上野に住む。", "農家"),
    # the one party a disciplinary or administrative action is taken against
    (OccupationRecognizer, "北山小学校の３０代の教諭に対し、停職１月の懲戒処分を行った。", "教諭"),
])
def test_a_persons_own_attribute_is_no_class(cls, text, value):
    assert _reasons(cls, text)[value] is None


@pytest.mark.parametrize("text, value", [
    ("訴訟代理人として弁護士を選任する。", "弁護士"),
    ("面談には通訳が同行した。", "通訳"),
    ("来週、通訳の方と一緒に伺います。", "通訳"),
    ("賠償については、顧問弁護士とも相談の上で回答する。", "顧問弁護士"),
])
def test_a_professional_the_office_engages_is_no_residents_job(text, value):
    assert _reasons(OccupationRecognizer, text)[value] == "engaged"


@pytest.mark.parametrize("text, value", [
    ("北町の農家の男性が転倒した。", "農家"),
    ("職業　会社員（運送会社の運転手）\n", "会社員"),
    ("その方は弁護士をしている。", "弁護士"),
])
def test_a_residents_job_is_no_official_post(text, value):
    assert _reasons(OccupationRecognizer, text).get(value) is None


def test_a_contractor_is_no_ones_employer():
    assert _reasons(AffiliationRecognizer, "受託者：株式会社みどり情報システム\n")["株式会社みどり情報システム"] == "contractor"
    assert _reasons(AffiliationRecognizer, "相談者は株式会社みどり運輸の工場で働いている。").get("株式会社みどり運輸") is None


def test_a_short_job_word_inside_a_katakana_word_is_no_job():
    assert texts_of(OccupationRecognizer, "北町のアパートに住んでいる。") == []
    assert texts_of(OccupationRecognizer, "有限会社データ・パートナーズに委託した。") == []
    assert texts_of(OccupationRecognizer, "スーパーのパートをしている。") != []


def texts_of(cls, text):
    return [t for t, _ in found(cls, text)]


from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("text, value, reason", [
    ("説明会は中央公民館で開催します。", "中央公民館", "venue"),
    ("みどり公園で夏祭りを開催した。", "みどり公園", "venue"),
    ("緑町地区の防災訓練を実施した。", "緑町地区", "programme"),
    ("緑町地区の人口は１，２００人です。", "緑町地区", "programme"),
    ("桜ヶ丘団地の建替え事業について\n", "桜ヶ丘団地", "programme"),
    ("大雨で字下川原地区に避難指示が出た。", "字下川原地区", "programme"),
    ("東山地区の高齢化率は４５％です。", "東山地区", "programme"),
])
def test_a_venue_or_a_programmes_area_is_no_ones_place(text, value, reason):
    assert _reasons(PlaceRecognizer, text)[value] == reason


@pytest.mark.parametrize("text, value", [
    ("みどり公園の遊具で男児が骨折した。", "みどり公園"),
    ("夏祭りを開催した日、中央公園で男児が転倒した。", "中央公園"),
    ("緑町地区に住む８０代の男性から相談があった。", "緑町地区"),
    ("緑町地区の防災訓練の最中に、８０代の女性が転倒した。", "緑町地区"),
])
def test_the_place_of_an_incident_or_a_home_stays_a_place(text, value):
    assert _reasons(PlaceRecognizer, text)[value] is None


@pytest.mark.parametrize("text, value, reason", [
    ("○北山小学校長（佐藤）　お答えします。\n", "北山小学校", "post"),
    ("私ども北山小学校のＰＴＡでは見守りを続けています。", "北山小学校", "speaker"),
    ("北山小学校の耐震化工事について伺います。", "北山小学校", "programme"),
    ("南山中学校の生徒数は３２０人です。", "南山中学校", "programme"),
    ("市立北山小学校の体育館で説明会を開催した。", "市立北山小学校", "venue"),
    ("用地の位置：町立北山保育所の北側約５０ｍ\n", "町立北山保育所", "landmark"),
])
def test_a_school_that_is_a_post_the_speakers_body_a_programme_or_a_venue(text, value, reason):
    assert {t.removeprefix("ども"): r for t, r in _reasons(AffiliationRecognizer, text).items()}[value] == reason


@pytest.mark.parametrize("text, value", [
    ("北山小学校の５年生の男子児童が、下校中に転倒した。", "北山小学校"),
    ("北山小学校の体育館で男児が転倒し、骨折した。", "北山小学校"),
    ("長女は南山中学校に通っている。", "南山中学校"),
    ("長女は南山中学校の近くに住んでいる同級生と遊んでいた。", "南山中学校"),
])
def test_a_childs_school_stays_an_affiliation(text, value):
    assert _reasons(AffiliationRecognizer, text)[value] is None


def test_the_reason_is_written_to_the_audit_log_as_a_word():
    from redactor import Redactor
    r = Redactor()
    result = r.check("次回は令和７年１月２３日（木）に開催する。\n")
    records = r.audit_records(result)
    assert any(rec.get("attributes", {}).get("not_subject") == "meeting" for rec in records)


@pytest.mark.parametrize("text, value", [
    ("お子さんが２人いる家庭の場合、月額１万円です。", "お子さんが２人"),
    ("一人暮らしの方でも申し込めます。", "一人暮らし"),
    ("三世代同居・近居を促進する補助制度を設ける。", "三世代同居"),
    ("例えば、母子家庭の方が転入された場合は、窓口で手続をしてください。", "母子家庭"),
    ("祖父母が孫を養育している世帯への支援を検討する。", "孫"),
])
def test_a_class_described_by_a_clause_a_list_or_a_hypothetical_is_general(text, value):
    assert _reasons(FamilyRecognizer, text)[value] == "general"


@pytest.mark.parametrize("text, value", [
    ("相談者は母子家庭で、お子さんが２人いる。", "お子さんが２人"),
    ("その方は三世代同居で、孫が３人いる。", "三世代同居"),
])
def test_a_households_own_make_up_is_no_class(text, value):
    assert _reasons(FamilyRecognizer, text)[value] is None


@pytest.mark.parametrize("text, value", [
    ("緑町地区の住民の方から苦情があった。", "緑町地区"),
    ("緑町地区の自治会長から相談があった。", "緑町地区"),
])
def test_a_person_of_the_district_keeps_it_as_a_place(text, value):
    assert _reasons(PlaceRecognizer, text)[value] is None


@pytest.mark.parametrize("text, value, reason", [
    ("弁護士法人みどり法律事務所に委託する。", "弁護士", "organisation"),
    ("みどり農業協同組合から要望があった。", "農業", "organisation"),
    ("株式会社みどり設計事務所と契約した。", "設計事務所", "organisation"),
    ("市立病院の保健師長が説明した。", "市立病院の保健師", "post"),
    ("○主任介護支援専門員（佐藤）　説明します。\n", "主任介護支援専門員", "post"),
])
def test_a_job_word_in_a_bodys_name_or_a_staff_posts_title(text, value, reason):
    assert _reasons(OccupationRecognizer, text)[value] == reason


@pytest.mark.parametrize("text, value", [
    ("社会福祉法人みどり会の介護職員が利用者をたたいた。", "会の介護職員"),
    ("その方は理容師で、長年この町で店を続けている。", "理容師"),
])
def test_a_member_of_a_bodys_staff_keeps_the_job(text, value):
    assert _reasons(OccupationRecognizer, text)[value] is None
