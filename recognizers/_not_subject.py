"""Attribute-shaped words that describe no private person.

A household word in a programme's name (ひとり親家庭への支援), a job that is
a professional the office engages (弁護士を選任), an origin naming a class (外国籍の保護者向け), a
company that is a party to a contract (受託者：株式会社…): none of these is an
attribute of a subject, and weighing them made the risk check flag harmless
text for review. ``NotSubjectMixin`` keeps each such finding but marks it
``kind = "administrative"`` with the reason in ``not_subject`` (``general``,
``engaged``, ``contractor``, ``programme``, ``venue``, ``post``, ``speaker``, ``landmark``,
``statistic``, ``condition``, ``description``, ``named``, ``party``, ``body``, ``purpose``, ``capacity``), which the risk check does not weigh; the
finding and its reason stay in the log (fail closed: nothing dropped).

Each reason needs positive words around the finding on its line; without
them the finding is weighed as before. Vocabulary: ``data/not_subject.toml``.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import ATTRIBUTES_KEY
from redactor.recognizers._capacity import capacity
from redactor.recognizers._text import sentence_span, sentence_start, words_regex
from redactor.tokens import Token

_NS = load_toml("not_subject.toml", "redactor.recognizers.data")
_G = _NS["general"]
# (another class joined by ・ or や before: 三世代同居・近居を促進, 夫婦のみの世帯や単身世帯の増加;
# a short clause the class is described with: お子さんが２人|いる|家庭の場合)
# (a person noun right after ends it: 開業医の対象者, 4人家族の申請世帯 are one person or household;
# 地区で唯一の… is one person whatever follows)
_PERSON_NEXT = "(?!者|員|人|世帯|の方|様|さん|氏)"
_CLASS_AFTER = re.compile(rf"(?:[・や][一-龯々ぁ-んァ-ヶー]{{1,8}}?)?(?:{words_regex(_G['clause_verbs'])})?"
                          rf"(?:{words_regex(_G['class_nouns'])})?の?(?:{words_regex(_G['after'])}){_PERSON_NEXT}")
_HYPOTHETICAL = tuple(_G["hypothetical"])
# …に対し followed in its sentence by an action against one party (懲戒処分, 命令, 督促)
_AGAINST = re.compile(r"の?に(?:対し(?:て)?|対する)")
_PARTY_ACTION = re.compile(words_regex(_G["party_actions"]))
_CLASS_BEFORE = re.compile(rf"(?:{words_regex(_G['before'])})$")
_O = _NS["official"]
_OFFICIAL_AFTER = re.compile(words_regex(_O["after"]))
_PROFESSION_END = re.compile(rf"(?:{words_regex(_O['professions'])})$")
_PROFESSIONAL_AFTER = re.compile(words_regex(_O["professional_after"]))
_C = _NS["contractor"]
_CONTRACTOR_BEFORE = re.compile(rf"(?:{words_regex(_C['before'])})(?:[（(][^）)\n]{{1,10}}[）)])?[ \u3000\t:：（(は]*$")
_CONTRACTOR_AFTER = re.compile(words_regex(_C["after"]))


def _before(text: str, start: int, width: int = 12) -> str:
    return ctx.before(text, start, width)


def general(text: str, start: int, end: int) -> bool:
    """The word names a class of people: a programme, a count or a policy's
    target follows it (…家庭への支援, …の割合, …向け), or a count of the whole
    area stands before it (市内の…)."""
    if "唯一" in text[start:end]:
        return False
    if _AGAINST.match(text, end) and _PARTY_ACTION.search(text, end, sentence_span(text, end)[1]):
        return False  # the party a disciplinary or administrative action is taken against: one person
    if _CLASS_AFTER.match(text, end) is not None or _CLASS_BEFORE.search(_before(text, start, 6)) is not None:
        return True
    sentence = _sentence(text, start, end)
    return sentence.startswith(_HYPOTHETICAL) and "場合" in sentence


_OC = _NS["occupation"]
# 長 that starts a longer word after the job (農家の|長男 is read elsewhere; 理容師|長年): no title
_ALONE_KANJI_AFTER = re.compile(r"長(?:年|男|女|期|時間|距離|寿|引|く|い|き|さ)")
_ORG_AFTER = re.compile(words_regex(_OC["organisation_after"]))
# a legal form earlier in the same run of name characters (株式会社みどり設計事務所)
_LEGAL_FORM_RUN = re.compile(rf"(?:{words_regex(_OC['legal_forms'])})[一-龯々ぁ-んァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{{0,12}}$")
_POST_TITLE = re.compile(words_regex(_OC["post_after"]))
# a speaker's header: the post opens the line after the speaker mark (○保健師（田中）)
_SPEAKER_MARK = re.compile(r"[ \u3000]*[○◯〇◆◇●◎□■][ \u3000]*$")


def occupation_reason(text: str, start: int, end: int) -> str | None:
    """``organisation``: the word is part of a body's name (弁護士法人,
    農業協同組合, 株式会社…設計事務所; not 社会福祉法人…会の介護職員, a
    member of its staff); ``post``: a staff post's title
    (保健師長) or the post of a speaker's header (○主任介護支援専門員（…）);
    ``engaged``: a professional the office engages (see ``engaged``)."""
    if _ORG_AFTER.match(text, end) or "の" not in text[start:end] and _LEGAL_FORM_RUN.search(_before(text, start, 20)):
        return "organisation"
    if _POST_TITLE.match(text, end) and not _ALONE_KANJI_AFTER.match(text, end):
        return "post"
    if _SPEAKER_MARK.fullmatch(_before(text, start)) and text[end:end + 1] in "（(":
        return "post"
    return "engaged" if engaged(text, start, end) else None


# a party's agent labelled right before the job (代理人　弁護士, （代理人 弁護士 …）)
_AGENT_BEFORE = re.compile(rf"(?:{words_regex(_NS['agent']['before'])})[ \u3000\t:：]*$")


def engaged(text: str, start: int, end: int) -> bool:
    """The job is a professional the office engages (弁護士を選任, 通訳に依頼,
    司法書士に委嘱): the step of engaging follows it; or a party's agent's
    profession, the agent's label right before it (代理人　弁護士　…). (A post
    of the office itself, 担当の社会福祉士 or 市の保健師, stays a finding the risk
    check reads as an official's mention, whose attributes then join no resident.)"""
    return _OFFICIAL_AFTER.match(text, end) is not None or _AGENT_BEFORE.search(_before(text, start)) is not None \
        or (_PROFESSIONAL_AFTER.match(text, end) is not None and _PROFESSION_END.search(text, start, end) is not None)


def contractor(text: str, start: int, end: int) -> bool:
    """The company is a party to the office's contract."""
    return _CONTRACTOR_BEFORE.search(_before(text, start, 24)) is not None \
        or _CONTRACTOR_AFTER.match(text, end) is not None


_PA = _NS["party"]
# its own money in brackets (…株式会社（2,750万円）), or the step it takes (…から寄附, …が落札)
_PARTY_AFTER = re.compile(rf"[ \u3000]?(?:[（(][0-9０-９,，.．]+(?:万|億|千)?円?[）)]|(?:{words_regex(_PA['after'])}))")
# the cells a register row opens with before its party: a date, a time, a receipt number
_REGISTER_CELL = re.compile(r"(?:令和|平成|昭和)?[0-9０-９元.．/／\-－‐ー年月日時分第号()（）]+")
_BLANKS = "\t \u3000"
_CELL_SPLIT = re.compile(r"[\t \u3000]+")


def party(text: str, start: int, end: int) -> bool:
    """The company is itself the party of a register or a clause, not anyone's
    workplace: its money or its step follows it (次点は…株式会社（2,750万円）,
    …株式会社から寄附), or it fills the cell right after a register row's date
    or number cells (4月12日<TAB>株式会社…<TAB>市内<TAB>1,000,000円), where
    the row's party stands. (勤務先　株式会社… is a field of a person's
    workplace, whose label is no date: still weighed.)"""
    if _PARTY_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    # a cell of its own: a blank or a tab on each side, or the line's end (recognizers read
    # the normalised text, where a full-width blank is a blank)
    if line_start == start or text[start - 1] not in _BLANKS or end < len(text) and text[end] not in _BLANKS + "\n":
        return False
    cells = _CELL_SPLIT.split(text[line_start:start].strip())
    return all(_REGISTER_CELL.fullmatch(c) for c in cells) \
        and any(ch.isdigit() for c in cells for ch in c)


_P = _NS["place"]
_D = _NS["date"]
# (not でも after a place: 「うちの区でも９０歳になる…方が」 tells of someone there too, where
# ひとり親家庭でも利用できる names a class; a place in a statistic or a description is told
# apart by place_reason's other readings and the risk check's sentences about many people)
_PLACE_PROGRAMME = re.compile(rf"の?(?:{words_regex(_P['programme_after'] + [w for w in _G['after'] if w != 'でも'])})")
_VENUE_AFTER = re.compile(words_regex(_P["venue_after"]))
_VENUE_BEFORE = re.compile(rf"(?:{words_regex(_P['venue_before'])})[ \u3000\t:：]*$")
_GATHERINGS = tuple(_D["gatherings"])
_INCIDENTS = tuple(_D["incident_words"])


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (to the full stops or line ends around it)."""
    return text[sentence_start(text, start):sentence_span(text, end)[1]]


# the area a post covers (北町地区を担当, 字北原担当の, …地区を受け持つ): the office's or a
# public volunteer's beat, not where anyone lives
_COVERED_AFTER = re.compile(r"(?:を|の)?(?:担当|受け持|所管|管轄)")
_RESIDENTS_BODIES = tuple(_P["residents_bodies"])
# the body's own step (…自治会主催の, …町内会として); not its officer (…自治会長: a private person's post)
_RESIDENTS_BODY_AFTER = re.compile(rf"(?:{words_regex(_P['residents_body_after'])})")


def residents_body(text: str, start: int, end: int) -> bool:
    """The place is a residents' association named as the body that acts: its
    own step (南台自治会主催の夏祭り, 北原町内会として要望) follows. Where someone
    lives is not said by it. Its officer (北原町内会の役員, 南台自治会長) is
    another matter: a community post holder is a private person (issue 11), and
    the association's area is where that person lives, so it is still weighed,
    as a member's belonging (…自治会の会員である) is."""
    return text[start:end].endswith(_RESIDENTS_BODIES) and _RESIDENTS_BODY_AFTER.match(text, end) is not None


def place_reason(text: str, start: int, end: int) -> str | None:
    """``programme``: the area of a plan, a programme or a count follows
    (緑町地区の防災訓練, …地域防災計画, 北地区の人口) in a sentence that
    tells of no incident (緑町地区の防災訓練中に転倒した is the person's); ``venue``: the place
    of a public gathering (中央公民館で説明会を開催) in a sentence that tells
    of no incident (北地区の公民館で女性が転倒した is the woman's place); ``post``:
    the area a post covers (北町地区を担当してまいりました); ``body``: a residents'
    association named as the body that acts (see ``residents_body``)."""
    if _PLACE_PROGRAMME.match(text, end) and not ctx.find_word(_sentence(text, start, end), _INCIDENTS):
        return "programme"
    if _COVERED_AFTER.match(text, end):
        return "post"  # 北町地区を担当してまいりました, 字北原担当の民生委員: the area of someone's post
    if residents_body(text, start, end):
        return "body"  # 南台自治会主催の夏祭り: the association acting, no one's home
    if _VENUE_AFTER.match(text, end) or _VENUE_BEFORE.search(_before(text, start)):
        sentence = _sentence(text, start, end)
        if ctx.find_word(sentence, _GATHERINGS) and not ctx.find_word(sentence, _INCIDENTS):
            return "venue"
    return None


_A = _NS["affiliation"]
_POST_AFTER = re.compile(words_regex(_A["post_after"]))
_SPEAKER_BEFORE = re.compile(rf"(?:{words_regex(_A['speaker_before'])})の?$")
_BODY_PROGRAMME = re.compile(rf"の?(?:{words_regex(_A['programme_after'] + _P['programme_after'] + _G['after'])})")
_FACILITY_PART = re.compile(words_regex(_A["facility_parts"]))
_LANDMARK_AFTER = re.compile(words_regex(_A["landmark_after"]))
_PUBLIC = tuple(_A["public_before"])
_BODY_POST_AFTER = re.compile(rf"の?(?:{words_regex(_A['body_posts'])})")
# the label of a field giving where a site is (用地の位置：, 所在地　)
_LOCATION_FIELD = re.compile(rf"(?:{words_regex(_A['location_fields'])})[ \u3000\t:：は]*$")


# what a gift or a grant is for: a field's label before (使途指定　, 寄附の目的：) or the giving after
_PURPOSE_FIELD = re.compile(rf"(?:{words_regex(_A['purpose_fields'])})[ \u3000\t:：は]*$")
_PURPOSE_AFTER = re.compile(words_regex(_A["purpose_after"]))


_PURPOSE_HEADINGS = frozenset(_A["purpose_fields"])


def _column_heading(text: str, start: int) -> str | None:
    """The heading of the tab-separated column a cell at ``start`` stands in:
    the cell in the same place on the first line of its run of tabbed lines."""
    line_start = text.rfind("\n", 0, start) + 1
    if "\t" not in text[line_start:start]:
        return None
    column = text.count("\t", line_start, start)
    top = line_start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        if "\t" not in text[above:top - 1]:
            break
        top = above
    if top == line_start:
        return None
    cells = text[top:text.find("\n", top)].split("\t")
    return cells[column].strip(" \u3000") if column < len(cells) else None


def purpose(text: str, start: int, end: int) -> bool:
    """The body is what a gift or a grant goes to (使途指定　北原小学校の図書,
    …保育所への寄贈, a table's 使途 column): the giver's purpose, not the school
    or workplace anyone belongs to. (寄附者の勤務先　北原小学校 is a field of
    the giver: still weighed.)"""
    return _PURPOSE_FIELD.search(_before(text, start)) is not None or _PURPOSE_AFTER.match(text, end) is not None \
        or _column_heading(text, start) in _PURPOSE_HEADINGS


def affiliation_reason(text: str, start: int, end: int, pattern: str | None) -> str | None:
    """``post``: a head's title follows (○北小学校長（…）: an official's post);
    ``speaker``: the speaker's own body (私ども北小学校, 本校); ``programme``:
    the body is the subject of a programme or a count (…の耐震化工事, …の
    児童数); ``landmark``: a public facility placing a spot (用地の位置：町立
    …保育所の北側); ``venue``: a gathering held there (…の体育館で説明会を開催);
    ``contractor``: a company that is a party to the office's contract; ``purpose``:
    what a gift or a grant goes to (see ``purpose``)."""
    if pattern == "会社":
        return "contractor" if contractor(text, start, end) else "party" if party(text, start, end) else None
    if purpose(text, start, end):
        return "purpose"
    if pattern in ("地域団体", "部活動"):
        if _BODY_POST_AFTER.match(text, end):
            return "post"  # 老人クラブ会長, 子ども会の会長: the post of someone the minutes name in their role
        # a body named as the subject of a programme (老人クラブへの補助金, 分団の詰所を改修)
        if _BODY_PROGRAMME.match(text, end) and not ctx.find_word(_sentence(text, start, end), _INCIDENTS):
            return "programme"
        return sentence_reason("AFFILIATION", text, start, end)
    if pattern != "学校":
        return None
    if _POST_AFTER.match(text, end):
        return "post"
    value = text[start:end]
    if _SPEAKER_BEFORE.search(_before(text, start, 8)) or value.startswith(("ども", "たち")):
        return "speaker"
    if _BODY_PROGRAMME.match(text, end) and not ctx.find_word(_sentence(text, start, end), _INCIDENTS):
        return "programme"
    if _LOCATION_FIELD.search(_before(text, start)) and (value.startswith(_PUBLIC) or any(
            text[max(0, start - len(w)):start] == w for w in _PUBLIC)):
        return "landmark"  # 用地の位置：町立…保育所（…番地）: a public facility given as a site's location
    if _LANDMARK_AFTER.match(text, end) and (value.startswith(_PUBLIC) or any(
            text[max(0, start - len(w)):start] == w for w in _PUBLIC)):
        return "landmark"
    part = _FACILITY_PART.match(text, end)
    return place_reason(text, start, part.end() if part else end) if part or _VENUE_AFTER.match(text, end) else None


_SE = _NS["sentence"]
_STATISTIC_WORDS = tuple(_SE["statistic_words"])
_CONDITION_WORDS = tuple(_SE["condition_words"])
_DESCRIPTION_WORDS = tuple(_SE["description_words"])
_ONE_PERSON = tuple(_SE["one_person"])
# a count of many people or households (約２，０００世帯, 312人, 15戸, 床上浸水18棟): two digits or more
_COUNT_OF_MANY = re.compile(r"[0-9０-９][0-9０-９,，]+(?:人|世帯|戸|名|件|棟|軒)")
# a count of three people or more (死者は３名, 十数人): a set, described together (not a household's
# size, ３人暮らし, ４人家族, nor the n-th, ３人目)
_SET_OF_PEOPLE = re.compile(r"(?<![0-9０-９])(?:[3-9３-９三四五六七八九]|[0-9０-９]{2,}|十|数)(?:名|人)(?!目|暮らし|家族|世帯|きょうだい|兄弟|姉妹)")
# a word that gives each of the set the same attributes (いずれも, 全員, うち２名は)
_SET_WORD = re.compile(words_regex(_SE["set_words"]) + r"|うち[0-9０-９一二三四五六七八九]+(?:名|人)")
# the people counted right where the count stands (…の女性が３名おられ, ３名の高齢者): the
# attributes before the people are the set's even without いずれも (a child counted, 子どもが３人, is
# not among the people: one household's size)
_COUNT = r"(?:[3-9３-９三四五六七八九]|[0-9０-９]{2,}|十|数)(?:名|人)(?!目|暮らし|家族|世帯|きょうだい|兄弟|姉妹)"
_PEOPLE = words_regex(_SE["counted_people"])
# households or farms counted as what the sentence's subject amounts to (…を営む農家は現在３戸,
# …の世帯が１２軒): a set of households (not ３軒隣, ２戸目, nor one: 1戸のみ)
_HOUSES = (r"(?:は|が)(?:現在|全部で|合わせて|合計|計|約|およそ)?"
           r"(?:[3-9３-９三四五六七八九]|[0-9０-９]{2,}|十|数)(?:戸|軒|世帯|経営体)(?!隣|目|先|分)")
_COUNTED_SET = re.compile(rf"(?:{_PEOPLE})(?:が|も|は)?{_COUNT}|(?<![0-9０-９]){_COUNT}の(?:{_PEOPLE})|{_HOUSES}")
# a one-digit age (8歳) is one person's; the age words are in ``one_person``
_AGE = re.compile(r"[0-9０-９一二三四五六七八九十]+代")


def sentence_reason(label: str, text: str, start: int, end: int) -> str | None:
    """``statistic``: the sentence counts many people or households;
    ``condition``: it states a programme's rule; ``description``: it
    describes a district as a whole (a PLACE that is the sentence's topic).
    Each only where the sentence tells of no incident and points at no one
    person (an age, an honorific, a role of the case)."""
    sentence = _sentence(text, start, end)
    if _SET_OF_PEOPLE.search(sentence) and _SET_WORD.search(sentence) and not ctx.find_word(sentence, _ONE_PERSON):
        return "statistic"  # 死者は３名で、いずれも７０代以上の男性: what a set of people share, whatever befell them
    counted = _COUNTED_SET.search(sentence)
    if counted and not ctx.find_word(sentence, _INCIDENTS) \
            and not ctx.find_word(sentence[:counted.start()] + "。" + sentence[counted.end():], _ONE_PERSON):
        # 一人暮らしの女性が３名おられ: the people counted are a set (女性が is theirs, not one's); a
        # sentence that tells what befell one of them (うち１名が転倒) is read as before
        return "statistic"
    if ctx.find_word(sentence, _INCIDENTS) or ctx.find_word(sentence, _ONE_PERSON) or _AGE.search(sentence):
        return None
    if _COUNT_OF_MANY.search(sentence) or ctx.find_word(sentence, _STATISTIC_WORDS):
        return "statistic"
    if ctx.find_word(sentence, _CONDITION_WORDS):
        return "condition"
    if label == "PLACE" and text.startswith(("は", "では"), end) and ctx.find_word(sentence, _DESCRIPTION_WORDS):
        return "description"
    return None


_NR = _NS["named_relative"]
_HONORIFIC = words_regex(_NR["honorifics"])
# a full name written with a space between surname and given name (山川 由紀, ヤマカワ　ユキ),
# ending where a bracket closes, a particle, a blank, a comma or the line follows, or at an
# honorific; or a surname or full name in kanji or katakana with an honorific (山川氏, 山川由紀様)
_NAME = (rf"(?:[一-龯々〆ヶァ-ヶー]{{1,5}}[ \u3000][一-龯々〆ヶぁ-んァ-ヶー]{{1,5}}"
         rf"(?:[ \u3000]?(?:{_HONORIFIC})|(?=[）)、。,がはにのをへとも（(]|[ \u3000\t]|$))"
         rf"|[一-龯々〆ヶァ-ヶー]{{2,6}}(?:{_HONORIFIC}))")
# a form's next field or a household word, not a name (続柄　妻　職業　パート, 妻　会社員　パート)
_NOT_A_NAME = rf"(?!{words_regex(_NR['not_names'])})"
_NAMED_AFTER = re.compile(rf"(?:{words_regex(_NR['between'])}|[ \u3000\t]+){_NOT_A_NAME}{_NAME}", re.M)


def named_relative(text: str, start: int, end: int) -> bool:
    """The relation labels the relative whose name follows it (妻（山川 由紀）,
    長男の山川 健一氏が, 父　山川 健一). A bracket after the relation holds
    only the name (母（山川 由紀、３１歳） tells the relative's age: still
    weighed). The relation in brackets after a name (保護者　山川 由紀（母）)
    is a form's statement of whose guardian the person is, and stays weighed
    with the party's household."""
    after = _NAMED_AFTER.match(text, end)
    if after is None:
        return False
    return text[end] not in "（(" or text.startswith(("）", ")"), after.end())


_DE = _NS["designation"]
_DESIGNATIONS = frozenset(_DE["words"])
# a description ending right before the word: an age, an origin, a household (６０代の), or a
# clause about the person (子育てをしている|お母さん)
_DESCRIBED_BEFORE = re.compile(rf"(?:(?:{words_regex(_DE['described_by'])})の|(?:ている|ておられる|ていた))$")


def designation(text: str, start: int, end: int) -> bool:
    """The kin word designates the person just described (…ひとり親のお母さんで,
    ６０代のご夫婦が): who the subject is, not a fact about someone else. A
    word with an owner before it (相談者のお母さん) or an owner of its own
    after it (ご夫婦の長男) is read as before."""
    return text[start:end] in _DESIGNATIONS and not text.startswith("の", end) \
        and _DESCRIBED_BEFORE.search(_before(text, start, 8)) is not None


# a language's public material after it, or after it and the languages listed with it (英語・中国語の案内)
_WISHED = tuple(_NS["language_material"]["wished"])
_LANGUAGE_MATERIAL = re.compile(rf"(?:[・、や][一-龯ァ-ヶー]{{1,8}}語)*(?:{words_regex(_NS['language_material']['after'])})")


def reason_for(label: str, text: str, start: int, end: int, pattern: str | None) -> str | None:
    """Why the finding describes no private person, or None."""
    if label in ("FAMILY", "NATIONALITY", "OCCUPATION") and general(text, start, end):
        return "general"
    if label == "NATIONALITY" and text[start:end].endswith("語") and _LANGUAGE_MATERIAL.match(text, end) \
            and not ctx.find_word(_sentence(text, start, end), _WISHED):
        return "general"  # ポルトガル語の避難情報を配布: what the office publishes, no one's language
    if label == "FAMILY" and named_relative(text, start, end):
        return "named"
    if label in ("OCCUPATION", "AFFILIATION", "PLACE") and capacity(text, start):
        return "capacity"  # 出席者　北浜 一郎（北原医療大学 教授）: the role they attend in
    why: str | None = None
    if label == "OCCUPATION":
        why = occupation_reason(text, start, end)
    elif label == "PLACE":
        why = place_reason(text, start, end)
    elif label == "AFFILIATION":
        why = affiliation_reason(text, start, end, pattern)
    if why is None and label in ("FAMILY", "NATIONALITY", "OCCUPATION", "PLACE"):
        why = sentence_reason(label, text, start, end)
    return why


def mark(results: Iterable[RecognizerResult], text: str) -> Iterator[RecognizerResult]:
    """``results`` with those that describe no private person marked
    ``kind = "administrative"`` and ``not_subject = <reason>``; a finding
    inside a marked one of the same label shares its reason (祖父 in
    祖父母が孫を養育している世帯への支援)."""
    found = list(results)
    marked: list[tuple[int, int, str, str]] = []
    for r in found:
        attrs = r.recognition_metadata.get(ATTRIBUTES_KEY)
        if attrs is not None and attrs.get("kind") != "administrative":
            why = reason_for(r.entity_type, text, r.start, r.end, attrs.get("pattern"))
            if why:
                attrs["kind"] = "administrative"
                attrs["not_subject"] = why
                marked.append((r.start, r.end, r.entity_type, why))
            elif r.entity_type == "FAMILY" and designation(text, r.start, r.end):
                attrs["designation"] = True  # weighed with the subject, not raised for review on its own
    for r in found:
        attrs = r.recognition_metadata.get(ATTRIBUTES_KEY)
        if marked and attrs is not None and attrs.get("kind") != "administrative":
            outer = next((m for m in marked if m[0] <= r.start and r.end <= m[1] and m[2] == r.entity_type), None)
            if outer:
                attrs["kind"] = "administrative"
                attrs["not_subject"] = outer[3]
        yield r


class NotSubjectMixin:
    """Marks the findings of a quasi-identifier recognizer that describe no
    private person (see the module docstring); put before the recognizer's
    base class. A recognizer with a ``find`` of its own that yields more than
    its patterns' results wraps its own output in ``mark`` instead."""

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        return mark(super().find(text, tokens), text)  # type: ignore[misc]
