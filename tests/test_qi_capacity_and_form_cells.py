"""Attributes that are a list's, not a resident's (made-up text): the body
and post a person attends a meeting in (出席者, 参考人, a body's members), and
the next field's label of a box-drawn form read under a household column;
each with the near miss that stays weighed."""
import pytest

from conftest import found
from redactor.pipeline import Redactor
from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer


def _reasons(cls, text):
    return {t: a.get("not_subject") for t, a in found(cls, text)}


def _highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


_WITNESSES = ("　１２月５日、次の者を参考人として招致し、意見を聴取した。\n"
              "　①　南野　由紀　氏（北原医療大学　教授・看護学）\n"
              "　②　東　晴美　氏（ＮＰＯ法人みどり　理事長）\n")


@pytest.mark.parametrize("cls, text, value", [
    (OccupationRecognizer, "出席者　北浜　一郎（南部地域包括支援センター　社会福祉士）\n", "社会福祉士"),
    (PlaceRecognizer, "出席者　北浜　一郎（南部地域包括支援センター　社会福祉士）\n", "南部地域"),
    (AffiliationRecognizer, _WITNESSES, "北原医療大学"),
    (OccupationRecognizer, _WITNESSES, "教授"),
    (OccupationRecognizer, "委員（敬称略）\n　会長　北浜　一郎（北原大学　教授）\n　委員　南野　花子（東浜病院　看護師）\n",
     "看護師"),
])
def test_the_body_and_post_a_person_attends_in(cls, text, value):
    assert _reasons(cls, text)[value] == "capacity"


@pytest.mark.parametrize("cls, text, value", [
    # an age in the item: the person's own attributes
    (OccupationRecognizer, "参考人　北浜　花子（字北原在住、７８歳、無職）\n", "無職"),
    # a private role of the case in the item
    (OccupationRecognizer, "出席者　相談者　北浜　花子（東浜病院　看護師）\n", "看護師"),
    # a blank line ends the list: the next paragraph is no item of it
    (OccupationRecognizer, "出席者　福祉課長\n\n北原地区の北浜さん（農業）から要望があった\n", "農業"),
    # running text, not a list
    (OccupationRecognizer, "参考人の意見を聴いた。\n北浜さんは看護師で、夜勤が続いている。\n", "看護師"),
    # running text above the line, which introduced no list
    (OccupationRecognizer, "委員会は出席者の意見を聴いた。\n終了後、北浜さんから相談があった。\n北浜さん（看護師）\n",
     "看護師"),
])
def test_a_residents_attributes_in_or_near_a_list_are_still_weighed(cls, text, value):
    assert _reasons(cls, text)[value] != "capacity"


def test_witnesses_heard_are_no_high_subject():
    assert not _highs(_WITNESSES)


_FORM = ("┃氏名　　　　┃北浜　花子（３６歳）\n"
         "┃家族構成　　┃夫　北浜　一郎（４０歳、会社員）\n"
         "┃　　　　　　┃長女（８歳、北原小学校）、長男（５歳、保育園）\n"
         "┣━━━━━━╋━━━━━━━━━━━━\n"
         "┃相談内容　　┃夫からの暴力が続いている。\n"
         "┃対応　　　　┃支援センターへ同行した。\n")


def test_a_forms_next_field_label_is_no_household():
    values = {t for t, _ in found(FamilyRecognizer, _FORM)}
    assert "相談内容" not in values and "対応" not in values
    assert {"長女", "長男"} <= values


@pytest.mark.parametrize("cell", ["単身", "母子", "夫婦のみ", "本人", "三世代"])
def test_a_household_under_the_column_is_still_found(cell):
    text = f"番号\t地区\t世帯構成\t金額\n1\t東原\t{cell}\t10,000円\n"
    assert cell in {t for t, _ in found(FamilyRecognizer, text)}


@pytest.mark.parametrize("text", [
    "　審査請求人　北浜　花子（代理人　弁護士　南野　一郎）\n",
    "補佐人　社会保険労務士　南野　一郎\n",
])
def test_a_party_agents_profession_is_engaged(text):
    [(value, attrs)] = [(t, a) for t, a in found(OccupationRecognizer, text)]
    assert attrs.get("not_subject") == "engaged"


def test_a_partys_own_profession_is_still_weighed():
    # 請求人 is the party: 弁護士 is their own work
    assert _reasons(OccupationRecognizer, "審査請求人　北浜　花子（弁護士、７８歳）\n")["弁護士"] is None


def test_a_relative_attending_is_no_capacity():
    text = "出席者\n　堀田美香　　福祉課 保健師\n　北浜千里　　本人の長女（字北原在住）\n"
    assert _reasons(PlaceRecognizer, text)["字北原在住"] is None
    assert _reasons(OccupationRecognizer, text)["保健師"] == "capacity"


@pytest.mark.parametrize("text", [
    "市は、ポルトガル語の避難情報を作成し、配布した。",
    "英語・ポルトガル語の案内表示を増やすべきだ。",
])
def test_a_language_of_public_material_is_no_ones(text):
    assert _reasons(NationalityRecognizer, text)["ポルトガル語"] == "general"


def test_a_language_a_person_speaks_is_still_weighed():
    assert _reasons(NationalityRecognizer, "８０代の女性はポルトガル語しか話せない。")["ポルトガル語"] is None
    # asking for the material in it: the one who asks reads it
    assert _reasons(NationalityRecognizer, "夜間の避難は難しい。ポルトガル語の避難情報もほしい。")["ポルトガル語"] is None


def test_a_post_the_office_funds_is_no_ones_job():
    assert _reasons(OccupationRecognizer, "参考人からは、看護師配置への財政支援を求める意見があった。")["看護師"] == "general"
    assert _reasons(OccupationRecognizer, "看護師として働く４０代の女性が先月転倒した。")["看護師"] is None
