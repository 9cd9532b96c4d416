"""A house's name (屋号) said for the people of one household is a private
person's name: quoted before an honorific or a family word, after 屋号, or a
word of a house's shape before a family word. A place's or a group's 通称,
a quoted topic and a house word about the house itself are not names."""
import pytest

from redactor import Redactor

_R = Redactor()


def _persons(text: str) -> dict[str, str]:
    return {f.text: f.action for f in _R.check(text).findings if f.label == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("上の沢の「よろずや」さんは、冬の間は町の娘のところにいる。", "よろずや"),
    ("「新屋敷」のばあちゃんが畑で転んだ。", "新屋敷"),
    ("屋号「かねじゅう」の家は空き家になった。", "かねじゅう"),
    ("かねじゅう（屋号）の主人が来た。", "かねじゅう"),
    ("桶屋のじっちゃんが竹細工を教えた。", "桶屋"),
    ("本家さんとこの田んぼが水に浸かった。", "本家"),
    ("かみんちのばあちゃんは九十を過ぎた。", "かみんち"),
])
def test_a_house_name_said_for_its_people_is_masked(text, name):
    assert _persons(text).get(name) == "MASK"


@pytest.mark.parametrize("text", [
    "自宅近くの山林（通称「鷹ノ巣平」）へ出かけた。",
    "「地域の見守り」について説明した。",
    "本家の墓は山の上にある。",
    "米屋で米を買った。",
    "あのおじいちゃんは元気だ。",
])
def test_a_places_nickname_a_topic_or_the_house_itself_is_no_name(text):
    assert not _persons(text)


@pytest.mark.parametrize("text, name", [
    ("物故会員　堀 正作様（「酒屋」、享年九十一）", "酒屋"),
    ("新入会員　宇野 辰男さん（「下の堀」）", "下の堀"),
    ("「新屋敷」の和子さんも来た。", "新屋敷"),
    ("茶屋の幸子さんから連絡があった。", "茶屋"),
])
def test_a_house_name_beside_a_persons_name_is_masked(text, name):
    assert _persons(text).get(name) == "MASK"


@pytest.mark.parametrize("text", ["報告書（「概要版」）を配布した。", "今月のテーマは「防災」です。",
                                  "同じ部屋の人が見ていた。", "本屋の店員さんに聞いた。", "母屋の家族は無事だった。"])
def test_a_quoted_title_a_topic_or_a_building_is_no_house_name(text):
    assert not _persons(text)


def test_speech_quoted_after_a_name_is_no_house_name():
    assert set(_persons("佐藤さん「賛成」、鈴木さん「反対」と意見が分かれた。")) == {"佐藤", "鈴木"}
