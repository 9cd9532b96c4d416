"""PERSON in every written form: romaji, tables, lists, relations and quotes
in brackets, readings, katakana in parts, kana and word given names,
Chinese and Korean names with a space. Each rule has a case that fires and
a near miss that must not. All names and places are made up."""
import pytest

from conftest import found, texts
from redactor.pipeline import Redactor
from redactor.recognizers.person import PersonRecognizer as P
from redactor.recognizers.sinitic_name import SiniticNameRecognizer as S


def roles(text):
    return {t: a["role"] for t, a in found(P, text)}


def masked(text, profile="default"):
    """Texts of PERSON findings the profile masks or sends to review."""
    return {f.text for f in Redactor(profile).check(text).findings
            if f.label == "PERSON" and f.action in ("MASK", "REVIEW")}


# -- romaji -------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("申請者 Taro YAMADA から申請があった。", "Taro YAMADA"),
    ("YAMADA Taro 氏が出席した。", "YAMADA Taro"),
    ("相談者：YAMADA, Taro（会社員）", "YAMADA, Taro"),
    ("講師 Richard O. MILLER 氏の講演", "Richard O. MILLER"),
    ("通訳者 Maria da SILVA さんが同席した。", "Maria da SILVA"),
    ("委託先の Jan van der BERG 氏から回答があった。", "Jan van der BERG"),
    ("参加者 Ana de la CRUZ さんから質問があった。", "Ana de la CRUZ"),
    ("申立人 NGUYEN Van Nam は出頭した。", "NGUYEN Van Nam"),
])
def test_romaji_names_with_the_family_name_in_capitals(text, name):
    assert name in masked(text)


def test_full_width_romaji_is_read_after_nfkc_and_reported_in_the_original():
    text = "Ｋｅｎｔａ　ＨＯＳＯＫＡＷＡ様より意見書が届いた。"
    assert "Ｋｅｎｔａ　ＨＯＳＯＫＡＷＡ" in masked(text)


def test_an_english_form_of_address_is_context_for_a_romaji_name():
    assert "Ken SATO" in masked("Mr. Ken SATO の挨拶")
    assert masked("Ken SATO の挨拶") == set()  # a short name in capitals alone: a brand as often


def test_all_capitals_needs_a_role_word_or_an_honorific():
    assert "SATO HANAKO" in masked("氏名　SATO HANAKO\n")
    assert "KOBAYASHI MEI" in masked("相談者 KOBAYASHI MEI さん")
    assert masked("PROJECT SUMMARY\n本事業の概要は次のとおり。") == set()


@pytest.mark.parametrize("text", [
    "ABC Corporation と委託契約を締結した。",
    "Smart City Summit が開催された。",
    "LGWAN 接続系の端末を更新する。",
    "Windows XP のサポートが終了した。",
    "Nobel TECH株式会社と契約した。",
])
def test_romaji_organisations_products_and_headings_are_not_names(text):
    assert masked(text, "strict") == set()


# -- tables ---------------------------------------------------------------------

def test_every_cell_under_a_name_heading_is_a_name():
    text = ("番号\t名前\t年齢\n1\t海野 ユウキ\t12\n2\t山村 はるか\t11\n"
            "\n申請者\t申請日\t種別\n大河原 桜\t令和6年4月1日\t新規\n")
    assert {"海野 ユウキ", "山村 はるか", "大河原 桜"} <= masked(text)


def test_the_column_decides_the_role_of_a_name_sudachi_found_alone():
    assert roles("No.　氏名　　　　地区\n１　　森下 大地　　北町\n").get("森下 大地") == "private"


def test_a_forms_row_of_labels_and_values_is_not_a_header():
    text = "氏名\t大河原 桜\t住所\t北浦見市栄町1-2\n電話\t000-0000-0000\t年齢\t40\n"
    assert "大河原 桜" in masked(text)
    assert masked("氏名\t大河原 桜\t住所\t北浦見市栄町1-2\n備考\tなし\t性別\t女\n", "strict") == {"大河原 桜"}


def test_a_table_aligned_with_full_width_spaces():
    text = "No.　氏名　　　　　所属\n１　　浜辺 光　　　　第一地区\n２　　岬 海　　　　　第二地区\n"
    assert {"浜辺 光", "岬 海"} <= masked(text)


def test_other_columns_and_other_tables_are_not_names():
    assert masked("課名\t内線\t備考\n未来創造課\t2101\t\nみどり公園課\t2102\t\n") == set()
    # 氏名 beside another heading is a header row, not a field with its value
    assert masked("氏名\t地区\n岬 海\t桜ヶ丘\n") == {"岬 海"}
    # a company in the 申請者 column, a placeholder in the 氏名 column
    assert masked("申請者\t申請日\n株式会社みらい\t令和6年4月1日\n", "strict") == set()
    assert masked("氏名\t住所\n同上\t北浦見市\n", "strict") == set()
    # a sentence naming the headings is no header row
    assert masked("氏名 住所 電話番号 を記入してください\n　　提出先　　総務課\n", "strict") == set()


# -- lists, relations, quotes -------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("相談者 田中大地、森はるか、佐藤ユウキの３名が来庁した。", {"田中大地", "森はるか", "佐藤ユウキ"}),
    ("申立人 大河原剛、浜辺光ほか2名", {"浜辺光"}),
    ("欠席者 岬 海、森 翼 外1名", {"岬 海", "森 翼"}),
])
def test_a_list_closed_by_a_head_count_is_a_list_of_names(text, names):
    assert names <= masked(text)


@pytest.mark.parametrize("text", [
    "総務課、企画課、財政課の３課で検討した。",
    "桜・梅・桃ほかの植栽を行う。",
    "北区、南区、東区の3区",
])
def test_lists_of_departments_or_things_are_not_names(text):
    assert masked(text, "strict") == set()


@pytest.mark.parametrize("text, name, role", [
    ("浜辺 翼（長女）は同居している。", "浜辺 翼", "private"),
    ("世帯主 秋山 渚（本人）、秋山 空（長女・8歳）", "秋山 空", "private"),
    ("株式会社みらい 岬 光（代表）", "岬 光", "unclear"),
])
def test_a_relation_in_brackets_after_a_name(text, name, role):
    assert roles(text).get(name) == role


@pytest.mark.parametrize("text", ["自治会（代表）から要望があった。", "北浦見市（代表）", "教育委員会（事務局）"])
def test_bodies_before_a_capacity_in_brackets_are_not_names(text):
    assert masked(text, "strict") == set()


def test_a_quoted_name_with_a_naming_word():
    assert "鈴木" in masked("「鈴木」と名乗る男性から電話があった。")
    assert "浜辺 翼" in masked("口座名義は「浜辺 翼」であった。")
    # slogans, events, and a brand named by a quote are not
    assert masked("「みんなで築く未来のまち」をスローガンに掲げる。", "strict") == set()
    assert masked("「青空市場」と称するイベント", "strict") == set()
    assert "本田" not in masked("「本田」と名乗るメールが届いた。", "strict")


# -- readings -------------------------------------------------------------------

def test_a_reading_field_and_a_reading_line_are_masked_with_the_name():
    assert {"はまべ　ひかる", "浜辺　光"} <= masked("ふりがな　はまべ　ひかる\n氏名　　　浜辺　光\n")
    assert {"岬　海", "みさき　かい"} <= masked("氏名　　　岬　海\n　　　　　みさき　かい\n住所　北浦見市")


def test_a_kana_sentence_next_to_a_name_is_not_its_reading():
    assert "ありがとうございました" not in masked("氏名　山田太郎\nありがとうございました\n", "strict")


# -- given names, katakana in parts, sinitic ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("通報者 岬 光 氏によれば", "岬 光"),
    ("申請者 大河原 光 さんから相談があった。", "大河原 光"),
    ("相談者 山田 はるか さんから電話があった。", "山田 はるか"),
    ("相談者 秋山 あおい 様", "秋山 あおい"),
])
def test_a_given_name_that_is_a_word_or_kana_after_a_surname(text, name):
    assert name in masked(text)


@pytest.mark.parametrize("text, word", [
    ("森の光と海の恵みを活かしたまちづくり", "光"),
    ("佐藤課長から大地震への備えについて説明した。", "大地"),
    ("相談者 田中 さんが来庁した。", "田中 さん"),
])
def test_words_after_a_surname_without_a_persons_context_are_not_given_names(text, word):
    assert not any(word in t for t in masked(text, "strict"))


def test_katakana_names_in_parts():
    assert "グエン ヴァン ナム" in masked("相談者 グエン ヴァン ナム さんが来庁した。")
    assert "マリア・ガルシア＝ロペス" in masked("申請者マリア・ガルシア＝ロペスさんから届出があった。")
    assert masked("申請者 オンライン サービス を利用", "strict") == set()
    assert masked("ワークショップ・セミナーを開催した。") == set()


@pytest.mark.parametrize("text, name", [
    ("陳 美玲さんと劉 建国さんが出席した。", "劉 建国"),
    ("孫 文華氏が出席した。", "孫 文華"),
    ("申請者 王 偉 さんから相談があった。", "王 偉"),
])
def test_chinese_and_korean_names_with_a_space(text, name):
    assert name in texts(S, text)


def test_a_word_after_a_sinitic_surname_and_a_space_needs_context():
    assert texts(S, "林 道路整備事業") == []
    assert texts(S, "林 建国記念") == []


# -- later mentions -------------------------------------------------------------

def test_later_mentions_of_names_found_in_these_forms():
    text = "申請者 Taro YAMADA 氏。後日 YAMADA 氏が来庁した。"
    assert [t for t in texts(P, text) if t == "YAMADA"]
    text = "相談者 大河原 光 さんから相談があった。その後、大河原氏から書面が届いた。"
    assert "大河原" in texts(P, text)


def test_a_later_mention_stops_at_the_end_of_a_word():
    text = "相談者 グエン ヴァン ナム さん。グエンティ社の製品"
    assert "グエン" not in texts(P, text)


@pytest.mark.parametrize("text", [
    "導入製品：KUMOTORI Client View Ver.18",            # a version after the words
    "資産管理ソフト KUMOTORI Client View を導入している。",  # a software product's words
    "基盤は KOMORI Hikari v2.1 で稼働している。",
])
def test_a_software_product_in_capitals_is_no_name(text):
    assert [t for t in texts(P, text) if "KUMOTORI" in t or "KOMORI" in t] == []


def test_a_name_in_capitals_beside_a_role_is_still_found():
    assert "KOMORI Hikari" in texts(P, "申請者 KOMORI Hikari（技能実習生）")


@pytest.mark.parametrize("text, name", [
    ("地域包括支援センター　紺野聡美", "紺野聡美"),     # a unit's name, then its staff member's
    ("同行者　訪問看護ステーション　鷲見誠", "鷲見誠"),
])
def test_a_katakana_common_noun_before_a_surname_is_no_part_of_the_name(text, name):
    assert name in texts(P, text) and not [t for t in texts(P, text) if t != name and name in t]


def test_a_foreign_given_name_before_a_japanese_surname_stays_one_name():
    assert "マリア　山田" in texts(P, "申請者　マリア　山田")
