"""PERSON under strict: weak guesses (a katakana word, a bare surname or a
romaji word with nothing naming a person) that are an organisation's, a
product's or a place's name are not masked, for a positive reason; where an
honorific, a title or a role word names a person, they still are."""
import pytest

from redactor import Redactor
from redactor.recognizers._drops import recording

_STRICT = Redactor("strict")


def masked(text):
    """Texts of PERSON findings the strict profile masks or sends to review."""
    return {f.text for f in _STRICT.check(text).findings
            if f.label == "PERSON" and f.action in ("MASK", "REVIEW")}


def drop_reasons(text):
    with recording() as drops:
        _STRICT.check(text)
    return {d.text: d.reason for d in drops if d.label == "PERSON"}


@pytest.mark.parametrize("text, word, reason", [
    # business news: the last part is a word the dictionary knows, not a name
    ("ヴェルタナ・ソリューションズは新製品を発表した。", "ヴェルタナ・ソリューションズ", "末尾が人名でない語"),
    ("ヴェルタナ・スタジアムで式典が行われた。", "ヴェルタナ・スタジアム", "末尾が人名でない語"),
    # a place the dictionary knows only as a place opens the run
    ("ドイツ・ヴェルタナは新型車を発表した。", "ドイツ・ヴェルタナ", "地名で始まるか終わる"),
    # what follows says company or place
    ("アオバネの子会社が撤退した。", "アオバネ", "会社・団体・施設・製品の名に続く語"),
    ("佐藤一郎氏は1998年にアオバネに入社した。", "アオバネ", "会社・団体・施設・製品の名に続く語"),
    ("ヴェルタナ・ケラー社の製品を調達した。", "ヴェルタナ・ケラー", "会社・団体・施設・製品の名に続く語"),
    ("アオバネに移住した家族がいる。", "アオバネ", "地名に続く語"),
    ("松浦に入社した経緯を説明した。", "松浦", "会社・団体・施設・製品の名に続く語"),
    # what precedes says company
    ("子会社のアオバネが撤退した。", "アオバネ", "会社・団体の種類を言う語"),
    # a product's name in brackets
    ("「アオバネ・ヴェルタ」は市内で人気の菓子である。", "アオバネ・ヴェルタ", "かぎ括弧で囲まれた"),
    ("「Veltan Orsk」は市内で人気の菓子である。", "Veltan Orsk", "かぎ括弧で囲まれた"),
    # romaji with a word the dictionary knows
    ("Veltan Foods Groupは新工場を建てる。", "Veltan Foods Group", "ローマ字"),
    # a facility named after someone
    ("ヴェルタナ・ミュージアム記念館が開館した。", "ヴェルタナ・ミュージアム", "施設"),
    # a word that closes a company's name, though the dictionary also lists it as a name
    ("ヴェルタナ・コーポレーションは新製品を発表した。", "ヴェルタナ・コーポレーション", "名に使う語で始まるか終わる"),
    ("ジョン・ヴェルタナ・カンパニーは新製品を発表した。", "ジョン・ヴェルタナ・カンパニー", "名に使う語で始まるか終わる"),
    ("アメリカン・ヴェルタナは新路線を開設した。", "アメリカン・ヴェルタナ", "名に使う語で始まるか終わる"),
    # an office of a country or of an organisation the dictionary knows (no name entry)
    ("米国大使が来庁した。", "米国", "国名のあとの職名"),
    ("日本代表は初戦に勝った。", "日本", "国名のあとの職名"),
    ("ユネスコ会長が来日した。", "ユネスコ", "会社名のあとの職名"),
    # municipal minutes: a contractor named in a question
    ("○委員（北村）　ヴェルタナ・ソリューションズに委託した経緯を伺う。", "ヴェルタナ・ソリューションズ",
     "末尾が人名でない語"),
])
def test_organisation_or_place_is_not_a_person(text, word, reason):
    assert word not in masked(text)
    assert reason in drop_reasons(text).get(word, "")


@pytest.mark.parametrize("text, name", [
    # nothing after or before says company or place: the weak guess stays (strict masks it)
    ("アオバネは会見で述べた。", "アオバネ"),
    ("松浦は会見で述べた。", "松浦"),
    ("Veltan Orskが来日した。", "Veltan Orsk"),
    ("ヴェルタナ・ケラーは会見で述べた。", "ヴェルタナ・ケラー"),
    # a one-syllable given name the dictionary knows as a word, after a part it knows as a name
    ("ブイ・ヴァン・ハイは来日した。", "ブイ・ヴァン・ハイ"),
    # a family name that is also a word is not a company's closing word
    ("ヴェルタナ・キングは会見で述べた。", "ヴェルタナ・キング"),
    # a title after a surname or an unknown word still names a person
    ("田中代表は初戦に勝った。", "田中"),
    # words said of people too: bribing someone, a person's shares, a sole trader's goods
    ("業者が松浦を買収した疑いがある。", "松浦"),
    ("山田太郎の商品が盗まれた。", "山田太郎"),
    ("ヴェルタナ会長が来日した。", "ヴェルタナ"),
    # fail closed: an honorific, a quote of what someone is called, a role word
    ("アオバネさんに入社の経緯を聞いた。", "アオバネ"),
    ("ヴェルタナ・ソリューションズさんから電話があった。", "ヴェルタナ・ソリューションズ"),
    ("「アオバネ」と名乗る男から電話があった。", "アオバネ"),
    ("「アオバネ・ヴェルタ」と名乗る男から電話があった。", "アオバネ・ヴェルタ"),
    ("「アオバネ・ヴェルタ」名義で要望書が提出された。", "アオバネ・ヴェルタ"),
    ("「アオバネ・ヴェルタ」から電話で苦情があった。", "アオバネ・ヴェルタ"),
    ("相手方　アオバネ・ソリューションズ", "アオバネ・ソリューションズ"),
])
def test_person_contexts_still_masked(text, name):
    assert name in masked(text)


def test_a_body_named_after_its_chair_is_no_member_of_it():
    # 委員 opens 委員会: a committee named after its chair is a body, not a person
    assert "ヴェルタナ" not in masked("政府はヴェルタナ委員会を設置し、報告を受けた。")
    assert drop_reasons("政府はヴェルタナ委員会を設置した。")["ヴェルタナ"].startswith("会議体の名")
    assert "ヴェルタナ" not in masked("ヴェルタナ理事会が声明を出した。")
    # near misses: the member named by the title, and a name the dictionary knows
    assert "ヴェルタナ" in masked("ヴェルタナ委員が報告した。")
    assert "山田" in masked("山田委員会議員が発言した。")


@pytest.mark.parametrize("text", [
    "ヴェルタナのメンバーが来日した。",
    "アオバネの解散が発表された。",
    "アオバネの前身は町の工房である。",
])
def test_what_only_a_group_has_or_undergoes_after_a_katakana_word(text):
    assert not masked(text)


def test_a_person_named_by_an_honorific_before_a_groups_word_is_still_masked():
    assert "ヴェルタナ" in masked("ヴェルタナさんのメンバー登録を受け付けた。")
