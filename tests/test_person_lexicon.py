"""Name lexicons (recognizers/_name_lexicon.py) and the candidates they keep,
join and split. All names are made up."""
import pytest

from person_probes import load, outcome
from redactor import Redactor
from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers.person import PersonRecognizer as P


def test_lexicons_know_names_sudachi_reads_as_words():
    assert lex.is_surname("森") and lex.is_surname("門") and lex.is_surname("五月女")
    assert lex.is_given_name("さくら") and lex.is_given_name("大地") and lex.is_given_name("翼")
    assert not lex.is_surname("運転手") and not lex.is_given_name("運転手")


@pytest.mark.parametrize("fused, parts", [
    ("森翼", ("森", "翼")),                # both parts known
    ("五月女大地", ("五月女", "大地")),
    ("栗花落大地", ("栗花落", "大地")),    # a surname the lists lack before a known given name
    ("運転手", None),
    ("北多摩", None),
])
def test_split_full_name(fused, parts):
    assert lex.split_full_name(fused) == parts


def test_split_needs_both_parts_known_when_asked():
    assert lex.split_full_name("栗花落大地", both_known=True) is None


@pytest.mark.parametrize("text, name", [
    ("門 恵子さんから申出があった。", "門 恵子"),     # one-kanji surname joined across a space
    ("杉 みなみさんへの回答", "杉 みなみ"),           # hiragana given name from the lexicon
    ("佐々木ひなたちゃんが表彰された。", "佐々木ひなた"),
    ("南さんのお宅を訪問した。", "南"),               # a surname that is also a word
    ("相談者　森翼", "森翼"),                         # fused full name in a field
])
def test_lexicon_names_in_name_context(text, name, texts):
    assert name in texts(P, text)


@pytest.mark.parametrize("text, word", [
    ("南区役所で受け付けた。", "南"),      # a surname before 区: a place
    ("大地の恵み祭りを開催した。", "大地"),  # a given name with no name context: a word
    ("桜の開花に合わせて催しを行う。", "桜"),
])
def test_lexicon_hit_alone_is_no_name(text, word, texts):
    assert not any(word in t for t in texts(P, text))


_PROBES = load()


@pytest.mark.parametrize("kind, sentence, target", _PROBES,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(_PROBES)])
def test_probe(kind, sentence, target):
    """tests/data/person_probes.tsv: private names masked or reviewed, near misses left alone."""
    ok, shown = outcome(_redactor(), kind, sentence, target)
    assert ok, shown


_R = []


def _redactor():
    if not _R:
        _R.append(Redactor())
    return _R[0]


@pytest.mark.parametrize("text, name", [
    ("昨日、森翼が来た。", "森翼"),          # 翼 is a common noun to Sudachi, a given name to the lexicon
    ("田中 大地は欠席した。", "田中 大地"),
])
def test_lexicon_given_name_after_a_tagged_surname(text, name, texts):
    assert name in texts(P, text)


@pytest.mark.parametrize("text, name", [
    ("森町の担当者と協議した。", "森町"),      # 町 after a surname: a place
    ("山田会長が挨拶した。", "山田会長"),      # a title, not a given name
])
def test_lexicon_given_name_near_misses(text, name, texts):
    assert name not in texts(P, text)


def test_a_surname_spelt_with_another_joiner_is_known():
    """堀ノ内 = 堀之内, 井ノ上 = 井上, 八ヶ代 = 八ケ代: one surname in its spellings; の and が typed
    as hiragana in running text are particles, not joiners."""
    from redactor.recognizers import _name_lexicon as lex
    assert lex.is_surname("堀ノ内") and lex.is_surname("井ノ上") and lex.is_surname("藤ノ木")
    assert not lex.is_surname("の上") and not lex.is_surname("ノ内")


def test_a_spaced_name_with_a_joiner_surname_and_a_pieced_given_name_is_read_whole():
    from redactor import Redactor
    for text, name in (("村長　藤ノ木　権三", "藤ノ木　権三"), ("相手方　竹ノ内　健一", "竹ノ内　健一")):
        persons = [text[f.start:f.end] for f in Redactor().check(text).findings if f.label == "PERSON"]
        assert persons == [name], (text, persons)
