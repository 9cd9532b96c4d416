"""A term in the predicate of a private person's topic is that person's fact,
whatever verb carries it (recognizers/_sensitive_topic.py); an officer's or a
body's topic, a programme or a statistic ties nothing."""
import pytest

from conftest import found
from redactor.recognizers._drops import recording
from redactor.recognizers._sensitive_topic import person_topic
from redactor.recognizers.sensitive import SensitiveRecognizer as R
from redactor.tokens import tokenize


@pytest.mark.parametrize("text, value, kind", [
    # no verb of the list after the term: the topic ties it
    ("叔父は持病がひどくなって外に出られないとのことです。", "持病がひどくなって外に出られない", "health"),
    ("相談者は、宗教上の理由で給食の一部を食べさせていない。", "宗教上の理由で給食の一部を食べさせていない", "creed"),
    ("お隣の北浜さんは難聴気味で、呼び鈴に気付かないらしい。", "難聴気味で", "disability"),
    # the owner before the term (娘の|…); the theme's verb after について is no part of it
    ("娘のメンタル不調について、学校と話し合いたい。", "娘のメンタル不調", "health"),
    # a report's frame names who told it; the subject is left out
    ("長女の話では、透析を週3回受けているということでした。", "透析を週3回受けている", "health"),
    # a person named as the theme before は (Xについては, Xに関しては) is the topic, as Xは is
    ("叔母については、ひかり教会の集会に毎月通っていることが分かった。", "ひかり教会の集会に毎月通っている", "creed"),
    ("申請者に関しては、昨年から心療内科に通院しているとのことです。", "昨年から心療内科に通院している", "health"),
])
def test_a_term_in_a_persons_predicate_is_their_fact(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    # an officer or a body as the topic: acting on a case, not suffering it
    "保健師は、持病のある方への訪問の手順を説明した。",
    "市は宗教上の行事への公金支出を行っていない。",
    # a programme or a body as the theme: no one's fact
    "市については、透析患者の送迎支援を検討している。",
    # a statistic or a report's figures: no one person
    "国の調査によると、難聴の高齢者は増えている。",
])
def test_an_officers_topic_or_a_survey_ties_nothing(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, term, topic", [
    ("母は、職員が生活保護の説明をした。", "生活保護", None),  # the nearest subject is an officer
    ("母は体調が悪く入院した。", "入院", "母"),  # 体調が: a subject inside the predicate
    ("近所の方によると、夫は病気がちだ。", "病気", "夫"),
    ("近所の方によると、病気がちだ。", "病気", "方"),
    ("工夫は入院の手続の簡素化にある。", "入院", None),  # 工夫 names no husband
])
def test_person_topic(text, term, topic):
    assert person_topic(text, tokenize(text), 0, text.index(term)) == topic


def test_a_quote_is_its_speakers_own_words():
    (value, attrs), = found(R, "　北浜さんから「前に窃盗で捕まったことがある」との申出があった。")
    assert value == "前に窃盗で捕まったことがある" and attrs["kind"] == "criminal"


def test_a_term_nothing_ties_is_dropped_with_its_reason():
    # the nearest subject is an officer; the sentence names a resident, but not as whose the term is
    with recording() as drops:
        assert found(R, "保健師が、北浜さんの件で精神科と連絡を取った。") == []
    assert any(d.text == "精神科" and "結び付かない" in d.reason for d in drops)
    with recording() as drops:
        assert found(R, "保健師が、精神科と連絡を取った。") == []
    assert any(d.text == "精神科" and "私人を示す語もない" in d.reason for d in drops)


@pytest.mark.parametrize("text", [
    "母は持病は特にないとのことです。",  # a condition said to be absent is no fact
    "職員の不祥事について、町民の皆様に深くおわび申し上げます。",  # an address to everyone names no one
])
def test_no_condition_and_no_one_person(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "父又は母が重度の障害の状態にある児童を養育する方に手当を支給する。",  # whom a rule is for
    "（二）相手方は、市に対し、滞納家賃を支払うこと。",  # a settlement's term: what a party shall do
    "○委員（北浜）　私は、生活保護の問題についてお伺いします。",  # the member who speaks
])
def test_a_category_of_persons_an_obligation_or_a_speaking_member_ties_nothing(text):
    assert found(R, text) == []
