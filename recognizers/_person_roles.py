"""In what capacity a person is named: the words around a name.

The role (``official`` / ``private`` / ``unclear``) comes from the words
listed in ``data/person_roles.toml``: a title right after the name (委員,
総務課長) wins over everything, then a role word before it (市長, 相手方,
氏名：), then words that make the capacity doubtful (陳情者, 代理人), then an
honorific (さん, 様). Used by the PERSON recognizers; kept apart from them
because it reads context, not tokens.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._person_attendance import attending_for_a_body
from redactor.recognizers._person_employer import employer_after
from redactor.recognizers._person_index import facts, memoized
from redactor.recognizers._person_vendor import vendor_block
from redactor.recognizers._text import KANJI, KANJI_ODORIJI, indented_block_head, line_span, words_regex

_ROLES = load_toml("person_roles.toml", "redactor.recognizers.data")
ROLES = _ROLES  # the lists themselves, for the recognizers that anchor on them



# Community posts (自治会長, PTA会長, 消防団員) are a private person's, before
# a name and after it.
COMMUNITY = tuple(_ROLES["community"]["words"])
_COMMUNITY_WORDS = frozenset(COMMUNITY)
# Qualifications of the care professions (介護支援専門員, 訪問介護員) are a
# private provider's staff, though some end in a staff title (専門員, 職員).
QUALIFICATIONS = tuple(_ROLES["qualifications"]["words"])
AFTER = {role: tuple(_ROLES["after"][role]) + (COMMUNITY + QUALIFICATIONS if role == "private" else ())
         for role in ("official", "private", "unclear", "person")}
BEFORE = {role: tuple(_ROLES["before"][role]) + (COMMUNITY + QUALIFICATIONS if role == "private" else ())
          for role in ("official", "private", "unclear")}
_INCIDENT = tuple(_ROLES["incident"]["words"])
# A residents' body's name, then one of its posts, right before a name
# (北町自治会（会長　, 子ども会の副会長 ): the post is a community post.
# A federation of such bodies (PTA連合会長, 自治会連合会の会長, 町内会連絡協議会長) is
# residents' too: its words may stand between the body and the post.
_FEDERATION = r"(?:連合会?|連絡協議会?|協議会|連絡会)?"
_COMMUNITY_POST = re.compile((r"(?:%s)" + _FEDERATION + r"(?:[「『(（][^」』)）\n]{1,15}[」』)）])?[ \t]*[(（の]?[ \t]*(?P<post>%s)[ \t:：]*の?$") % (
    words_regex(_ROLES["community"]["community_bodies"]), words_regex(_ROLES["community"]["community_posts"])))
# ... and the body's name right before a name that its post follows (北町自治会の相沢会長).
_COMMUNITY_BODY_BEFORE = re.compile((r"(?:%s)" + _FEDERATION + r"[ \t]*[(（の]?[ \t]*$") % words_regex(_ROLES["community"]["community_bodies"]))
_COMMUNITY_POSTS = frozenset(_ROLES["community"]["community_posts"])
# ... and right after a name (宮内消防団分団長, 谷口町内会副会長), with the posts of a
# fire brigade's units (分団長, 班長): the whole compound is the post.
_COMMUNITY_POST_AFTER = re.compile((r"(?:%s)" + _FEDERATION + r"(?:%s|分団長|副分団長|部長|班長)") % (
    words_regex(_ROLES["community"]["community_bodies"]), words_regex(_ROLES["community"]["community_posts"])))
_COMMUNITY_BODY_FIRST = frozenset(b[0] for b in _ROLES["community"]["community_bodies"])
_INCIDENT_PARTIES = tuple(_ROLES["incident"]["parties"])
HEADS_OF_PLACES = frozenset(_ROLES["heads_of_places"]["words"])
# Every word before a name with its role; a word in two lists takes the
# first of official, private, unclear (two different words of the same
# length cannot both end a window, so the longest word decides).
_BEFORE_ROLE: dict[str, str] = {}
for _role in ("official", "private", "unclear"):
    for _word in BEFORE[_role]:
        _BEFORE_ROLE.setdefault(_word, _role)
_BEFORE_ALL = tuple(_BEFORE_ROLE)
_DOUBT = frozenset(BEFORE["unclear"])
_DOUBT_OR_PRIVATE = tuple(BEFORE["unclear"]) + tuple(BEFORE["private"])
_UNITS = words_regex(_ROLES["department_title"]["units"])
_UNIT_TITLES = words_regex(_ROLES["department_title"]["unit_titles"])
# A department-qualified title right after the name (総務課長, 情報公開係主事),
# or a department in brackets after a name in a list (村上（総務管財室）、).
_DEPT_TITLE = re.compile(
    rf"\s?(?:[{KANJI}ヶ]{{0,12}}?(?:%s)(?:%s)"
    rf"|[(（][{KANJI}ヶ]{{0,12}}?(?:%s)(?:%s)?[)）])" % (_UNITS, _UNIT_TITLES, _UNITS, _UNIT_TITLES))
# ... and the same title right before a name (総務部総務管財室長　森 健司).
_DEPT_TITLE_END = re.compile(r"(?:%s)(?:%s)$" % (_UNITS, _UNIT_TITLES))
# A department of the municipality right before a name with の (福祉課の河野).
_DEPT_OF = re.compile(rf"[{KANJI}ヶ]{{1,10}}(?:課|係|室|担当|事務局|センター)の$")
_DEPT_TITLE_LAST = frozenset(t[-1] for t in _ROLES["department_title"]["unit_titles"])
_PLACE_MARKERS = tuple(_ROLES["department_title"]["place_markers"])
_ROOMS = tuple(_ROLES["department_title"]["rooms"])


def place_unit(unit: str) -> bool:
    """Whether a unit-like word is a place in a building, not a department:
    a numbered room or block (the kanji run before the unit word is only 号, 番,
    階 … of a number: ２０１号室, ３号棟) or a room named by its use (会議室)."""
    return bool(ctx.ends_with_word(unit, _ROOMS) or _NUMBERED_PLACE.fullmatch(unit[:-1]))


# a number (in digits or kanji numerals), then a marker: ２０１号, 二〇一号, ３階
_NUMBERED_PLACE = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千]*(?:%s)" % words_regex(_PLACE_MARKERS))
# A unit's name right before a name (庶務係　小野寺, 営業部 三輪): two kanji or more, then the unit.
_UNIT_BEFORE = re.compile(rf"(?<![{KANJI}ヶ])[{KANJI}ヶ]{{2,16}}(?:%s)$"
                          % words_regex(_ROLES["unit_before"]["units"]))
_COMPANY_UNIT_BEFORE = re.compile(rf"(?<![{KANJI}ヶ])[{KANJI}ヶ]{{2,16}}(?<!学)(?:%s)$"
                                  % words_regex(_ROLES["unit_before"]["company_units"]))
_UNIT_OWNERS = tuple(_ROLES["unit_before"]["line_owners"])
_UNIT_LAST = frozenset(u[-1] for u in _ROLES["unit_before"]["units"] + _ROLES["unit_before"]["company_units"])
# Two units in one run (建設部道路管理課, 議会事務局庶務係): the unit's own path.
_UNIT_PATH = re.compile(rf"(?:%s)[{KANJI}ヶ]+$" % words_regex(_ROLES["unit_before"]["path_units"]))
# (the label may follow an item's number: ３　担当　総務課, (4) 監査人　総務課)
_STAFF_LABEL = re.compile(r"[ \t]*(?:(?:[0-9]{1,2}|[(（][0-9]{1,2}[)）])[.．、)）]?[ \t]*)?(?:%s)[ \t]*[:：]?[ \t]*" % words_regex(_ROLES["unit_before"]["staff_labels"]))
_STAFF_LABEL_END = re.compile(r"[。（(【［、][ \t]*(?:%s)[ \t]*[:：]?[ \t]*$" % words_regex(_ROLES["unit_before"]["staff_labels"]))
_PROFESSIONS = tuple(_ROLES["appointed_professional"]["professions"])
# 成年後見人の司法書士, 委員は臨床心理士の: the capacity, then the
# profession, right before the name; or a later item of a list the capacity
# opens (補助者　公認会計士　X、弁護士　Y: Y is appointed as X is).
_APPOINTED = re.compile(
    r"(?P<cap>%s)(?:は|として|に|の|である|で)?[ \t、]*"
    r"(?:(?:%s)[ \t]*[^\s、。:：()（）]{1,8}(?:[ \t][^\s、。:：()（）]{1,8})?[ \t]*、[ \t]*){0,3}"
    r"(?P<pro>%s)(?:の|である)?[ \t]*$"
    % (words_regex(_ROLES["appointed_professional"]["capacities"]),
       words_regex(_ROLES["appointed_professional"]["professions"]),
       words_regex(_ROLES["appointed_professional"]["professions"])))

SEPARATORS = " \t:：・、,()（）「」の"
# A party's word as a bracketed label right before a name (【相談者】溝口, ［申立人］溝口).
# Only private and doubtful words count so: a bracketed 【出席者】 also heads
# the residents at a meeting, so no official title is read from brackets.
_BRACKET_LABEL = re.compile(r"[【［\[〔](?P<word>[^【】［］\[\]〔〕\s]{1,10})[】］\]〕][ \t]*$")

# A reading in brackets right after a name: TRAN VAN LONG（チャン・ヴァン・ロン）.
# (きのした・くみこ) too, and a note after the reading (いかり ひなた・８歳, イカリ・ヒロト、会社員)
READING = re.compile(r"^[(（](?P<value>[ァ-ヺー・ ]{2,30}|[ぁ-ゖー・ ]{2,30})(?:[、,・][^()（）\n]{1,12})?[)）]")


# The heading 氏名 spelt out with a space (氏　名), after its 氏.
_SPACED_NAME_HEADING = re.compile(r"[ \t]{1,3}名(?:[ \t]|$)")


def _role_after(text: str, end: int) -> tuple[str, str] | None:
    """(role, word) from a title or honorific right after a name, or after
    its reading in brackets (山田太郎（やまだ たろう）様)."""
    gap = 1 if text[end:end + 1] == " " and text[end + 1:end + 2] in ("(", "（") else 0
    if text[end + gap:end + gap + 1] in ("(", "（"):
        reading = READING.match(text[end + gap:end + gap + 48])
        if reading:
            end += gap + reading.end()
    if text[end:end + 1] == "\t":
        cell = _TITLE_CELL.match(text, end + 1)
        if cell and cell.group(0) not in _CELL_TITLES and not _DEPT_TITLE_CELL.fullmatch(cell.group(0)) \
                and cell.group(0) not in _CELL_COMMUNITY and cell.group(0) not in _CELL_PERSON_WORDS:
            # 大谷 信彦⇥北浦見大学⇥会長: a 役職 column further along the row (a 所属
            # column between) is this row's title as well
            row_end = text.find("\n", end)
            for later in _TITLE_CELL.finditer(text, cell.end() + 1, row_end if row_end != -1 else len(text)):
                if later.group(0) in _CELL_TITLES or later.group(0) in _CELL_COMMUNITY:
                    cell = later
                    break
        if cell:
            # 大槻 恭平⇥市長, 鵜沢 剛⇥主査⇥財政課: a title column right after the name
            # column of a roster is this row's title
            title = cell.group(0)
            if title in _CELL_COMMUNITY:  # (交通安全協会支部長 ends like a department's 部長)
                return "private", title
            if title in _CELL_TITLES or _DEPT_TITLE_CELL.fullmatch(title):
                return "official", title
            if title in _CELL_PERSON_WORDS:
                return "unclear", title
    window = text[end:end + 20].split("\n", 1)[0]
    stripped = window.lstrip(" ")
    if stripped[:1] in _TENURE_FIRST:
        tenure = _TENURE.match(stripped)
        if tenure and (ctx.starts_with_word(stripped[tenure.end():], AFTER["official"])
                       or ctx.starts_with_word(stripped[tenure.end():], AFTER["person"])):
            # 山田前市長, 鷲尾新社長, 蛭間元首相: a title with its tenure before it
            stripped = stripped[tenure.end():]
            window = window[:len(window) - len(stripped) - tenure.end()] + stripped
    word = ctx.starts_with_word(stripped, AFTER["private"])
    if word == "氏" and _SPACED_NAME_HEADING.match(stripped, 1):
        word = None  # 新　職　　　氏　名: the heading 氏名 spelt out further along a heading row
    official = ctx.starts_with_word(stripped, AFTER["official"])
    if official and len(stripped) < len(window) and stripped.startswith("会", len(official)) \
            and not stripped.startswith("会長", len(official)):
        # 山田 太郎　委員会に出席, 　理事会: set apart from the name, a body or a meeting that
        # opens the next words, not the name's title (fused, ヴェルタナ委員会 is read below)
        official = None
    if official and _KANJI_AFTER.match(stripped, len(official)):
        run = _KANJI_RUN.match(stripped)
        if run and run.group(0).endswith(_PROFESSION_ENDS) and not ctx.starts_with_word(run.group(0), AFTER["person"]) \
                and run.group(0) not in AFTER["official"] and run.group(0)[len(official):] not in AFTER["official"]:
            # 佐藤担当医: a doctor's word that 担当 only opens (医, 師, 士
            # close a profession's noun), not the office's 担当: a person decides
            return "unclear", run.group(0)
    post = _COMMUNITY_POST_AFTER.match(stripped) if stripped[:1] in _COMMUNITY_BODY_FIRST else None
    if post and len(post.group(0)) > max(len(official or ""), len(word or "")):
        # 宮内消防団分団長, 谷口自治会副会長: a residents' body and one of its posts
        return "private", post.group(0)
    if official:
        # the longest word wins across the lists: 谷口主任児童委員 is a commissioned
        # volunteer (unclear), not a 主任 of the staff
        longer = ctx.starts_with_word(stripped, AFTER["person"])
        if longer and len(longer) > len(official) and (not word or len(longer) > len(word)):
            return "unclear", longer
    if official and (not word or len(official) >= len(word)):
        return "official", official
    if word:
        return "private", word
    m = _DEPT_TITLE.match(window)
    if m and m.end() > 1 and not place_unit(m.group(0).strip(" (（)）")):  # 山田（三〇一号室）: a room
        title = m.group(0).strip()
        if ctx.starts_with_word(title, COMMUNITY) == title:
            return "private", title  # 交通安全協会支部長 in the next column: a community post, not a 部長
        return "official", title
    neutral = ctx.starts_with_word(stripped, AFTER["person"])
    counsellor = _COUNSELLOR_TITLE.match(stripped)
    if counsellor and (not neutral or len(neutral) < len(counsellor.group(0))):
        # 宮腰家庭相談員, 森下消費生活相談員: a municipality's counsellor, its field
        # before 相談員 (not 宮腰家, a household); a qualification of the care
        # professions (介護支援専門員) is a longer word of its own and wins above
        return "official", counsellor.group(0)
    if neutral and len(neutral) == 1 and len(stripped) != len(window) and _KANJI_AFTER.match(stripped, 1):
        neutral = None  # 荒井　家庭用…: a word set apart that 家 only opens is not 荒井家
    if neutral:
        return "unclear", neutral
    if _EXTENSION.match(stripped):
        # 本間（内線212）: an office extension after the name is a staff member's line
        return "official", "内線"
    return None


# Several passes ask about the same name's end (a quarter of the calls): one answer per place.
_role_after_once = memoized("role_after", _role_after)


def role_after(text: str, end: int) -> tuple[str, str] | None:
    """(role, word) from a title or honorific right after a name (see ``_role_after``)."""
    first = text[end:end + 1]
    if first in _NOTHING_AFTER or first == "" or first == "\n":
        return None  # a particle or punctuation after the name: nothing below can start there
    return _role_after_once(text, end)


_EXTENSION = re.compile(r"[(（]?内線")
# A bracket right after a name holding one word only (（副町長）, （委員）).
_BRACKET_TITLE = re.compile(r"[(（](?P<title>[^()（）\s、，,・]{1,8})[)）]")


def _bracket_title(text: str, end: int) -> str | None:
    """The office's title (副町長, 委員, 主査) that a bracket right after the name
    holds alone, or None. A community post (自治会長) or a bare 区長 is none."""
    if text[end:end + 1] not in ("(", "（"):
        return None
    bracket = _BRACKET_TITLE.match(text, end)
    title = bracket.group("title") if bracket else None
    return title if title in _OFFICE_TITLES else None


# The titles a bracket may hold alone for the office's people: the heads of the municipality
# (市長, 副町長, 教育長), the council's (議員, 議長) and the staff's job titles (主査, 課長,
# 保健師: data/body_rosters.toml staff_titles). A member's or a company's post (委員, 理事,
# 代表取締役) names no body, so it is no evidence in a bracket.
_OFFICE_TITLES = (HEADS_OF_PLACES | frozenset(["教育長", "議員", "議長", "副議長", "会計管理者"])
                  | frozenset(load_toml("body_rosters.toml", "redactor.recognizers.data")["staff_titles"])) \
    - {"区長", "副区長", "担当", "職員", "相談員", "支援員", "指導員", "専門員", "事務員"}
# A counsellor's title with its field fused before it (家庭相談員, 消費生活相談員,
# 女性相談員: 児童福祉法, 消費者安全法, 困難女性支援法 の相談員), as municipalities
# title the counsellors they employ.
_COUNSELLOR_TITLE = re.compile(rf"[{KANJI}]{{1,6}}?(?:相談員|専門員)")
# The next cell of a table row (up to a tab or the line's end), for a title column.
_TITLE_CELL = re.compile(r"[^\t\n]{1,24}(?=[\t\n]|$)")
# Titles that make a cell of their own in a roster (市長, 副市長, 主査): official
# words both after and before names, without the field labels (担当者名, 出席委員).
# 区長 alone is left out: in a roster of residents' posts it is a neighbourhood's
# head (行政区長), as often as a designated city's ward head.
_CELL_TITLES = (frozenset(AFTER["official"]) | (frozenset(BEFORE["official"]) - {
    "担当者名", "担当者", "担当", "出席委員", "欠席委員", "説明員", "事務局"})) - {"君", "区長", "副区長"}
_CELL_COMMUNITY = frozenset(COMMUNITY)
_CELL_PERSON_WORDS = frozenset(AFTER["person"])
_DEPT_TITLE_CELL = re.compile(rf"[{KANJI}ヶ]{{0,12}}?(?:%s)(?:%s)" % (_UNITS, _UNIT_TITLES))
# A title's tenure written before it (前市長, 元首相, 新社長, 次期会長, 現会長).
_TENURE = re.compile(r"元|前|新|現|次期|初代|第[0-9一二三四五六七八九十]{1,3}代")
_TENURE_FIRST = frozenset("元前新現次初第")
_KANJI_AFTER = re.compile(rf"[{KANJI_ODORIJI}]")
# A run of kanji after a name, and the characters that close a profession's noun (医 師 士):
# a title word that only opens such a run (担当 of 担当医) is not that title.
_KANJI_RUN = re.compile(rf"[{KANJI_ODORIJI}]{{2,6}}")
_PROFESSION_ENDS = ("医", "師", "士")


def _can_start_after(c: str) -> bool:
    """Whether ``_role_after`` can find anything at all when the first character after the
    name is ``c``: a space or tab (a column, a reading after a space), a bracket (a reading,
    a department, an extension), a kanji (\\s and kanji open _DEPT_TITLE), or the first
    character of a title, an honorific, a tenure, a residents' body or a unit."""
    return (c.isspace() or c in "(（内ヶ" or "\u4e00" <= c <= "\u9fff" or c in _TENURE_FIRST
            or c in _COMMUNITY_BODY_FIRST
            or any(w[:1] == c for ws in (AFTER["private"], AFTER["official"], AFTER["person"],
                                          _ROLES["department_title"]["units"]) for w in ws))


# The characters after which there is nothing to read: every non-kanji character that
# _can_start_after rules out, among the ones that follow names (kana, ASCII, punctuation).
_NOTHING_AFTER = frozenset(c for c in map(chr, list(range(0x20, 0x7f)) + list(range(0x3000, 0x3100))
                                          + list(range(0xff00, 0xff66)))
                           if not _can_start_after(c))


# Role words that are field labels, not a speaker's title, before a colon
# (担当：森本 is the person in charge; 総務課長：… is a speaker).
_FIELD_LABEL_ROLES = frozenset(["担当", "担当者", "担当者名", "出席者", "出席委員", "欠席委員", "説明員"])


# A name alone on its line (大谷 信彦, 坂巻紀子): name characters, at most one space.
_NAME_LINE = re.compile(rf"[{KANJI}ァ-ヺーぁ-ゖA-Za-z]{{1,6}}(?: [{KANJI}ァ-ヺーぁ-ゖA-Za-z]{{1,6}})?[ \t]*(?:\n|$)")


# A district or charge in brackets between a post and the name (民生委員（東町担当）の,
# 自治会長（三丁目）　): the post before the bracket is what the person is named as,
# not a word inside the bracket (担当 there is the volunteer's area, not an office).
_AREA_CLOSE = frozenset(")）")
_AREA_BRACKET = re.compile(r"[(（][^()（）\n]{1,14}[)）][ \t]*の?[ \t]*$")


def _post_with_area(text: str, start: int) -> tuple[str, str] | None:
    """(role, post) for a private or doubtful post right before a bracketed
    district or charge that comes right before the name; None otherwise (an
    official title there keeps the usual reading: 福祉課長（栗林）　is a speaker)."""
    raw = ctx.before(text, start, 34).rstrip(" ")
    bracket = _AREA_BRACKET.search(raw)
    if bracket is None:
        return None
    spaced = raw[:bracket.start()].rstrip(" \t")
    outer = spaced.replace(" ", "")
    word = ctx.ends_with_word(outer, _BEFORE_ALL)
    if word and len(word) == 1 and len(spaced) > 1 and _KANJI_CHAR.match(spaced[-2]):
        # 百瀬　和夫（東地区）　X: the previous item's given name ends in 夫, no
        # family word; a one-character word must stand alone (その夫（同居）X)
        return None
    if word and _BEFORE_ROLE[word] != "official":
        return _BEFORE_ROLE[word], word
    return None


def _rows_alike(text: str, line_start: int, start: int) -> bool:
    """Whether the line above and the name's line are rows of one table laid out
    with spaces (加藤 友里 北原建設株式会社 工事主任⏎大野 茂 南町造園株式会社 作業員):
    both hold three fields or more, so the title ending the line above is its own row's."""
    if start != line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip(" ")):
        return False
    line_end = text.find("\n", start)
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    here = text[line_start:len(text) if line_end == -1 else line_end]
    return len(above.split()) >= 3 and len(here.split()) >= 3


# A speaker's mark opening a turn of minutes, with the speaker's seat and name or
# title in brackets (○事務局（柴崎課長）, ○委員（杉本委員）), then the turn's text.
_SPEAKER_HEAD = re.compile(r"[ \t]*[○◯〇◆◎●][^\n（(]{0,14}[（(][^()（）\n]{1,16}[)）][ \t]+")


# A bracket closed, then a list's comma, right before a name: the previous item's note.
_ITEM_NOTE_END = re.compile(r"[)）][ \t]*[、,，]")
_STAFF_LISTING_LABELS = tuple(_ROLES["incident"]["listing_labels"])
_PREVIOUS_ITEMS_NOTE = re.compile(_ITEM_NOTE_END.pattern + r"[ \t]*$")
# a name's own bracketed note right after it, before the list's next comma (佐伯 勝（…）)
_OWN_NOTE = re.compile(r"[^、，,\n（()）]{1,12}[（(](?P<note>[^（()）\n]{1,20})[)）]")
_OFFICIAL_NOTE_WORDS = tuple(set(BEFORE["official"]) | set(AFTER["official"]))


def _role_before(text: str, start: int) -> tuple[str, str] | None:
    """(role, word) from a role word right before a name (市長　, 相手方 , 氏名：)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = _SPEAKER_HEAD.match(text, line_start, start) if text.startswith(tuple("○◯〇◆◎● \t"), line_start) else None
    if head is not None and head.end() == start:
        # ○事務局（柴崎課長）　浜野氏については: the title in the brackets is the speaker's;
        # the name opening the turn is someone the speaker talks about
        return None
    raw = ctx.before(text, start, 14).rstrip(" ")
    if not raw and start > 0:
        # a title closing the line above a name that opens its line (市民課長⏎　中山 美穂,
        # how PDF rosters and answer lines break): the title is the name's
        line_start = text.rfind("\n", 0, start)
        if line_start > 0:
            # not a line that is only the title: a heading 市長 above a paragraph is no one's title
            above = ctx.before(text, line_start, 14).rstrip(" ").removesuffix("の")  # 代表監査委員の⏎高橋
            word = ctx.ends_with_word(above, BEFORE["official"])
            dept = _DEPT_TITLE_END.search(above)
            title = max(word or "", dept.group(0) if dept else "", key=len)
            lead = above[:len(above) - len(title)][-1:] if title else ""
            # the title closes a roster or answer line, not a sentence running
            # on (…民生委員と担当⏎鈴木花子さんが): no particle right before it; a
            # line that is only the title counts when the name is alone on its own
            # line too (委員長⏎大谷 信彦: a roster written one item a line), and a
            # table row's last cell is that row's title, not the next row's (⇥会長⏎坂巻)
            alone = above.strip(" \t　") == title
            # (a verb's た/る before it makes a relative clause, not a particle:
            # 答申に関与した委員⏎　X, 出席した委員⏎　X name the members)
            if title and (not alone or _NAME_LINE.match(text, start)) and not ("ぁ" <= lead <= "ゖ" and lead not in "たる") \
                    and "\t" not in text[text.rfind("\n", 0, line_start) + 1:line_start] \
                    and not _rows_alike(text, line_start + 1, start):
                raw = above
    if raw.endswith("である"):
        raw = raw[:-3].rstrip(" ")  # 相談者である宇佐美は, 相手方である三浦: the role word, then である
    if raw[-1:] in _AREA_CLOSE or raw.endswith(("）の", ")の")):
        area = _post_with_area(text, start)
        if area:
            return area
    # 「西村総務課長：小野寺さんは」: a title before a colon is the speaker's,
    # not this name's (a field label such as 氏名： still counts).
    speaker_label = raw.endswith((":", "："))
    # Spaced-out labels (委　員　森　光) are compared with the spaces removed.
    window = raw.rstrip(SEPARATORS).replace(" ", "")
    best = None
    word = ctx.ends_with_word(window, _BEFORE_ALL)  # the longest, whichever its role
    if word and _BEFORE_ROLE[word] != "official" and _PREVIOUS_ITEMS_NOTE.search(raw):
        # 朝比奈 由布子（弁護士）、岩清水 学: the bracket before the comma describes the item
        # before this name, not this name (a label in brackets opens a name: （学識経験者）仲村);
        # a post there (上原（委員長）、比嘉) still tells a list of a body's members, read on
        word = None
    if word and len(word) == 1 and len(window) > 1 and _KANJI_CHAR.match(window[-2]) \
            and _KANJI_CHAR.match(raw.rstrip(SEPARATORS)[-2:-1] or "x"):
        # 宮坂恒夫（北町）: 夫 closes the given name before the bracket, no husband
        # (世帯員　妻　和代: set apart by a space, 妻 is a word of its own)
        word = None
    if word:
        best = (_BEFORE_ROLE[word], word)
    m = _DEPT_TITLE_END.search(window) if window[-1:] in _DEPT_TITLE_LAST else None
    if m and (best is None or len(m.group(0)) > len(best[1])) and not place_unit(m.group(0)):
        best = ("official", m.group(0))
    if best is None and raw.endswith(("】", "］", "]", "〕")):
        label = _BRACKET_LABEL.search(raw)
        if label and _BEFORE_ROLE.get(label.group("word")) in ("private", "unclear"):
            best = (_BEFORE_ROLE[label.group("word")], label.group("word"))
    if best is None and raw.endswith("の"):
        unit = _DEPT_OF.search(raw)
        if unit and not place_unit(unit.group(0)[:-1]):  # 福祉課の河野: a member of the department's staff
            best = ("official", unit.group(0)[:-1])
    ditto = raw.rstrip(SEPARATORS)
    if best is None and ditto.endswith("同") and not _KANJI_CHAR.match(ditto[-2:-1]):
        best = _ditto_title(text, start)  # 賛成者　同　三輪 直: the title of the line above
    if best is None and raw.endswith("番") and _SEAT_BEFORE.search(raw):
        if _SEAT_LINE.match(text, text.rfind("\n", 0, start) + 1):
            best = ("official", "議席番号")  # 「　１番　山田　太郎　　２番　…」: a roster of members
    if speaker_label and best and best[0] == "official" and best[1] not in _FIELD_LABEL_ROLES:
        return None
    return (best or _line_label_role(text, start) or _column_role(text, start) or _heading_role(text, start)
            or _roster_block_role(text, start) or _roster_line_role(text, start) or _counterparty_head(text, start))


# A roster line of minutes opened by its heading, then titles and names on the
# same line (説明員　市民協働推進監　森 健司　財政課長　…): every name there is
# named in office, whatever its title (a title we do not list: …推進監, …調整官).
_ROSTER_LINE_HEAD = re.compile(
    r"[ \t]*(?:説明員|出席説明員|出席委員|欠席委員|出席議員|欠席議員|説明のため(?:会議に)?出席した者|出席職員|事務局職員)"
    r"(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*[:：]?[ \t]+")
# Every heading of _ROSTER_LINE_HEAD contains one of these.
_ROSTER_LINE_HEAD_WORDS = ("説明員", "出席委員", "欠席委員", "出席議員", "欠席議員", "説明のため", "出席職員", "事務局職員")
_TITLE_WORD_BEFORE = re.compile(rf"(?<![^\s:：])[{KANJI}ヶ]{{2,16}}[ \t]+$")


# A bill's counterparty block (財産の取得・契約の締結の議案: 住所, 名称, 代表者の職氏名):
# its label, the company's line with a legal form (a branch after it), and the
# head of that branch alone before the name (支社長　北浜　一郎), who signs for the
# company as 代表取締役 does. A branch head named anywhere else is not read here.
_COUNTERPARTY_LABEL = re.compile(r"(?:契約|取得|譲渡|売払い?|買入れ?|請負)の相手方|契約者|受注者|請負者")
_BRANCH_HEAD_LINE = re.compile(r"[ \t]*(?:支社長|支店長)[ \t]+$")
_LEGAL_FORM_LINE = re.compile(r"[^\n]*(?:株式会社|有限会社|合同会社|合資会社|合名会社)[^\n]*")


def _counterparty_head(text: str, start: int) -> tuple[str, str] | None:
    """``("official", …)`` for the head of a company's branch named under the
    company's line in a counterparty block (see above); else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or not _BRANCH_HEAD_LINE.fullmatch(text, line_start, start):
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if not _LEGAL_FORM_LINE.fullmatch(text, above_start, line_start - 1):
        return None
    block = text[max(0, above_start - 200):above_start].rsplit("\n\n", 1)[-1].split("\n")[-3:]
    if not any(_COUNTERPARTY_LABEL.search(line) for line in block):
        return None
    return "official", "契約の相手方の代表者（" + text[line_start:start].strip(" \t") + "）"


def _roster_line_role(text: str, start: int) -> tuple[str, str] | None:
    """("official", heading) for a name after a title-like kanji word on a
    roster line that opens with its heading (see ``_ROSTER_LINE_HEAD``)."""
    if not facts(text).has_any("roster_line_head", _ROSTER_LINE_HEAD_WORDS):
        return None  # none of the headings anywhere in the text
    line_start = text.rfind("\n", 0, start) + 1
    head = _ROSTER_LINE_HEAD.match(text, line_start, start)
    if head is None:
        return None
    before = text[head.end():start]
    if not before.strip():
        return "official", head.group(0).strip(" \t:：")  # 説明員　森 健司: the heading itself
    return ("official", head.group(0).strip(" \t:：")) if _TITLE_WORD_BEFORE.search(before) else None


_KANJI_CHAR = re.compile(rf"[{KANJI_ODORIJI}]")


def _ditto_title(text: str, start: int) -> tuple[str, str] | None:
    """("official", title) when 同 (ditto) before a name stands for an official
    title written before the name on the line above (提出者　北多摩市議会議員　溝口 遥⏎
    賛成者　同　三輪 直): the words of that line up to its name are read."""
    line_start = text.rfind("\n", 0, start)
    if line_start <= 0:
        return None
    above_start = text.rfind("\n", 0, line_start) + 1
    for word in text[above_start:line_start].split()[:-1]:
        title = ctx.ends_with_word(word, BEFORE["official"])
        if title:
            return "official", title
    return None


# The heading of a minutes' roster of members and staff (出席委員（５名）, 説明のため出席した者):
# the lines of names under it name them in office. Not a bare 出席者 (a residents'
# meeting lists residents so).
_ROSTER_HEADING = re.compile(
    r"^[ \t]*(?:[0-9]+[.．、 \t]*|[(（][0-9]+[)）][ \t]*|[○◯〇■□◆●・][ \t]*)?[【〔［\[]?"
    r"(?P<word>出席委員|欠席委員|出席議員|欠席議員|説明員|説明のため(?:会議に)?出席した者|職務のため(?:会議に)?出席した者"
    r"|出席した事務局職員|事務局職員|出席職員|委員名簿"
    # a bracketed heading of a members' list (【委員】, ［構成員］): bare 委員 only so
    r"|(?<=[【〔［\[])(?:委員|構成員)(?=[】〕］\]]))[】〕］\]]?"
    r"(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*[:：]?[ \t]*$")
# (the same, for any line of a text: the test that a text has one at all)
_ROSTER_HEADING_ANYWHERE = re.compile(_ROSTER_HEADING.pattern, re.M)
# A line of a roster: items set apart by spaces or 、 (千葉　俊之　　長野　麻里;
# 千葉俊之、長野麻里; 千葉　俊之　　北多摩市私立保育園連絡会): no sentence.
_ROSTER_LINE = re.compile(r"^[ \t]*[^\s、,。]{1,20}(?:[ \t、,]+[^\s、,。]{1,20}){0,15}[ \t]*$")


def _roster_block_role(text: str, start: int) -> tuple[str, str] | None:
    """("official", heading) when the name stands in a block of roster lines
    right under a roster heading (at most 30 lines up, no blank line between)."""
    if not facts(text).matches_somewhere(_ROSTER_HEADING_ANYWHERE):
        return None  # no roster heading anywhere in the text (the one way to an answer)
    line_start, line_end = line_span(text, start)
    if not _ROSTER_LINE.match(text[line_start:line_end]):
        return None
    for _, above in ctx.lines_above(text, line_start, 30):
        heading = _ROSTER_HEADING.match(above)
        if heading:
            return "official", heading.group("word")
        if not above.strip() or not _ROSTER_LINE.match(above):
            return None
        label = above.strip(" \t\u3000")
        if label in _BEFORE_ROLE or label.endswith(("者", "人")):
            return None  # another heading (傍聴者, 申請者) ends the roster: the names under it are not its
    return None


_PRIVATE_HEADINGS = frozenset(BEFORE["private"])


def _column_role(text: str, start: int) -> tuple[str, str] | None:
    """(role, word) from a table's header: the name stands in a tab-separated
    row (how tables of Word, HTML and PDF documents are read) whose header
    row above has a private party's word in the same column (氏名, 申請者).
    Rows are walked up while they have tabs, at most 50 (a table drawn with
    bars, 番号｜申請人｜所在地番, is TAB rows already: normalisation turns its bars)."""
    line_start, line_end = line_span(text, start)
    if "\t" not in text[line_start:line_end]:
        return None
    head = ctx.column_heading(text, line_start, text.count("\t", line_start, start), _PRIVATE_HEADINGS)
    return ("private", head) if head else None


# A council member's seat number right before the name, in a line that opens
# with one (the attendance roster of minutes). An address's 3番 does not open
# a line, and 丁目 or a place name comes before it. The roster's first line
# may name the chair first, who has no seat number there (「議長　山田　太郎
# １番　…」, 会議規則: the chair presides from the chair's seat).
_SEAT_BEFORE = re.compile(r"(?:^|[ \t○◯(（])[0-9]{1,2}番$")
_SEAT_LINE = re.compile(r"[ \t]*(?:副?議長[ \t]+[^\s\d]{1,6}(?:[ \t][^\s\d]{1,6})?[ \t]+)?[○◯]?[0-9]{1,2}番[ \t(（]")


# A heading line that is only a party's role word, numbered or not
# (「1　審査請求人」「（2）相手方」): the lines under it describe that party.
_HEADING = re.compile(r"^[ \t]*(?:[0-9]+[.．、 \t]*|[(（][0-9]+[)）][ \t]*)?(?P<word>[^\s0-9]{2,8})[ \t]*$")


# A party's role word opening the line, as a field label before the rest of
# the line (「相手方　北多摩市北町3-14-2　グエン・ヴァン・ナム」).
_LINE_LABEL = re.compile(r"[ \t]*(?:[0-9]+[.．、 \t]*|[(（][0-9]+[)）][ \t]*)?(?P<word>[^\s0-9:：]{2,8})(?:[ \t]+|[ \t]*[:：][ \t]*)")


def _line_label_role(text: str, start: int) -> tuple[str, str] | None:
    """(role, word) from a private party's role word that opens the name's
    line as its label, when nothing closer to the name gave a role. Only
    private parties: an official's title opening a line is a speaker's."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LINE_LABEL.match(text, line_start, start)
    if m and m.group("word") in _PRIVATE_HEADINGS:
        return "private", m.group("word")
    return None


def _heading_role(text: str, start: int) -> tuple[str, str] | None:
    """(role, word) from a heading on the line right above the name's line
    when that heading is a private party's role word (bills put 「1 審査請求人」
    above 「住所　氏名」). Official titles are not read this way: a heading 市長
    above a paragraph is no one's title."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return None
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    m = _HEADING.match(text[prev_start:line_start - 1])
    if m and m.group("word") in _PRIVATE_HEADINGS:
        return "private", m.group("word")
    return None


def _doubt_nearby(text: str, start: int) -> str | None:
    """A word before the name, in the same line, that makes its capacity
    doubtful. Read together with the private words, so that a doubtful word
    inside a longer private one (社員 in 会社員) does not count."""
    if not facts(text).matches_somewhere(_DOUBT_ANYWHERE):
        return None  # no doubtful word anywhere in the text
    window = ctx.before(text, start, 24)
    if not _DOUBT_ANYWHERE.search(window):
        return None  # the cheap test first: most windows hold no doubtful word at all
    items = list(_ITEM_NOTE_END.finditer(window))
    if items:
        window = window[items[-1].end():]  # （弁護士）、X: the words up to the comma are the previous item's
    for word in ctx.words_found(window, _DOUBT_OR_PRIVATE):
        if word in _DOUBT:
            return word
    return None


_DOUBT_ANYWHERE = re.compile(words_regex(_DOUBT))


# A committee seat opening the line, then the member's profession or affiliation,
# then the name (委員　弁護士　御子柴礼司, 学識経験者　北多摩大学教授　朝比奈潤):
# the seat is the capacity the name is given in.
_COMMITTEE_SEAT = re.compile(
    r"^[ \t]*(?P<seat>委員長|副委員長|委員|会長|副会長|会長職務代理者?|学識経験者|公募委員|市民委員)[ \t]+"
    r"(?:[^\s。、「」:：]{2,16}[ \t]+){1,2}$")


# Every seat of _COMMITTEE_SEAT contains one of these.
_SEAT_WORDS = ("委員", "会長", "学識経験者")


def _committee_seat(text: str, start: int) -> str | None:
    if not facts(text).has_any("seat", _SEAT_WORDS):
        return None  # no seat word anywhere in the text
    line_start = text.rfind("\n", max(0, start - 50), start) + 1
    if line_start == 0 and start > 50:
        return None
    m = _COMMITTEE_SEAT.match(text[line_start:start])
    if m is None or ctx.find_word(text[line_start:start], _DOUBT_OR_PRIVATE) in _PRIVATE_HEADINGS:
        return None
    return m.group("seat")


# A speaker's turn whose bracket gives, before the name, whom the member sits for
# (〇委員（被保険者代表・X）, ○委員（学識経験者・X）: the seats of councils such as
# 国民健康保険法 第11条's 運営協議会): the seat before the bracket is the name's capacity.
_SPEAKER_SEAT = re.compile(r"[ \t]*[○◯〇◆◎◇●][ \t]*(?P<seat>[^\s（()）・]{1,14})[（(][^\s（()）・「」]{1,14}・$")


def _speaker_seat(text: str, start: int) -> str | None:
    """The seat of a speaker's turn written 〇委員（…代表・X）, when it is an official's."""
    if text[start - 1:start] != "・":
        return None
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    m = _SPEAKER_SEAT.match(text, line_start, start)
    if m is None or _BEFORE_ROLE.get(m.group("seat")) != "official":
        return None
    return m.group("seat")


_UNREAD = ("", "")  # role_after not yet read (None means read: nothing there)

# 君 is how a council's minutes name its members (○議長（鈴木一郎君）, １４番
# 山田太郎君) -- and how anyone names a boy or a junior (隣のクラスの翔太君).
# It is an official's title only where the minutes' own forms put it: inside
# the speaker's brackets after the speaker mark, after a seat number, or as
# the chair's call opening a sentence of the chair's line (○議長（…君）　佐藤
# 太郎君。). Elsewhere it is an honorific (a member named so elsewhere in the
# minutes is one person: ``_person_document._one_role_per_person``).
_KUN = "君"
_SPEAKER_BRACKET = re.compile(r"^[ \t]*[○◯〇◆◎◇●][^\n（(]{0,14}[（(]$")
# (the chair's call puts a comma after the seat: 5番、佐藤太郎君)
# (not 出席番号7番 of a class list, 第7番: the number then belongs to another word)
_SEAT_NUMBER = re.compile(r"(?<![0-9一二三四五六七八九十号第])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})番(?:議員)?[、,]?[ \t]*$")
_CHAIR_LINE = re.compile(r"^[ \t]*[○◯〇◆◎◇●][ \t]*(?:議長|副議長|仮議長|臨時議長|委員長|副委員長|会長)[(（][^)）\n]{1,14}[)）]"
                         r"(?:.*[。．])?[ \t]*$")


_BODY_HEADS = frozenset(_ROLES["community"]["body_heads"])
# 班長 heads a team of a section (防災班長, 税務課収納班長) or a neighbourhood's 班, named by its
# place or number (緑が丘班長, 東原班長, ３班長): after a place or a number a person decides
# (fail closed) -- a section's team is named by its task
_PLACE_HANCHO = re.compile(r"(?:[0-9０-９一二三四五六七八九十]|[町丘台原浜野谷沢川山島里区組]|地区|団地|丁目)班長$")
_PUBLIC_BODY = re.compile(words_regex(_ROLES["community"]["public_bodies"]))
# A team (班) of an organisation's unit before its 班長 (税務課収納班長, 災害対策本部救護班長,
# 北浜消防署警防班長, 高齢福祉課　介護保険班長): the unit's staff; without one the 班 may be a
# neighbourhood's.
# A team named by its task (防災班長, 救護班長: [department_title] team_tasks) is staff too.
STAFF_TEAM = re.compile(rf"(?:(?:課|係|室|局|部|本部|事務局|センター|支所|署)[ \t]?[{KANJI}]{{0,8}}|(?<![{KANJI}ァ-ヶ])(?:%s))"
                         rf"班長[ \t:：の]*$" % words_regex(_ROLES["department_title"]["team_tasks"]))


# A speaker naming the head of their own body (うちの会長の, 私どもの代表): whatever
# body the minutes are of, this one is the speaker's.
_OWN_BODY = re.compile(r"(?:うちの|私どもの|わたしどもの|我々の|当会の)(?:副?会長|代表|理事長)[ \t]*の?[ \t]*$")


def _public_body_head(text: str, start: int) -> bool:
    """Whether a 会長 at the name heads a public body: a council or committee
    named on the line before it (…審議会の会長　X, …協議会　会長　X), or the
    minutes' own speaker marks (○会長（X）), which only its chair holds."""
    if _council_form(text, start) or _members_block(text, start):
        return True  # (in a 出席委員 block the 会長 is the members' own chair)
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 40):start]
    if _OWN_BODY.search(head):
        return False  # うちの会長の江口: the speaker's own body, not the one meeting
    if _SPEAKER_MARK_LINE.match(head):
        return True  # ○相沢会長　…: a speaker mark of the body's own minutes
    body = _PUBLIC_BODY.search(head)
    if body and _residents_council(text, head):
        return False  # 若葉台地区まちづくり協議会（会長　X）, 同協議会の会長である X: the residents' own
    if body:
        return True
    # a roster under the body's title or a members' heading a few lines up
    # (北浜市環境審議会⏎出席委員⏎会長　X)
    for _, above in ctx.lines_above(text, line_start, 3):
        if _ROSTER_HEADING.match(above) or _PUBLIC_BODY_TITLE.search(above):
            return True
    # the minutes of a public body (its name in the document's title lines) and
    # no residents' body named there: 会長 is that body's chair
    return bool(_PUBLIC_BODY_TITLE.search(text[:200])) and not _residents_body_paper(text)


# the posts of a council's members and officers, read before the name
_BODY_MEMBERS = frozenset({"委員", "委員長", "副委員長", "会長", "副会長", "理事", "理事長", "幹事", "監事", "書記"})
_RESIDENTS_COUNCIL = re.compile(words_regex(_ROLES["community"]["residents_councils"]))


def _residents_council(text: str, head: str) -> bool:
    """The body named in ``head`` is a council residents form in their district:
    named there (…地区まちづくり協議会（会長　X）), or referred back to (同協議会)
    in a document that names one."""
    compact = head.replace(" ", "").replace("\u3000", "")
    if _RESIDENTS_COUNCIL.search(compact):
        return True
    return "同協議会" in compact and _RESIDENTS_COUNCIL.search(text) is not None


# the bodies whose name alone says the document or roster is theirs (not the
# generic 会議, 部会, 本部 of the line test above)
_PUBLIC_BODY_TITLE = re.compile(words_regex(_ROLES["community"]["public_body_titles"]))
_COMMUNITY_BODY_ANY = re.compile(words_regex(_ROLES["community"]["community_bodies"]))


def _council_form(text: str, start: int) -> bool:
    """The name stands where minutes name a member with 君 (see ``_KUN``)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return bool(_SPEAKER_BRACKET.match(head) or _SEAT_NUMBER.search(head)
                or _CHAIR_LINE.match(head))


# A predecessor named as such (前任の鵜飼委員, 前任者である鵜飼 房江委員): no longer
# in the post, so the title is no evidence of acting for the municipality now.
_FORMER = re.compile(r"前任(?:者)?(?:の|である|であった|、)[^\s。、]{0,10}$")
_FORMER_POSTS = frozenset(["委員", "委員長", "副委員長", "会長", "副会長"])


def _titled_in_staff_bracket(text: str, start: int, word: str) -> bool:
    """関係職員（契約検査課長X、…）, 町長が指定する職員（建設課長　X）: staff listed in office under a
    label that says why they are named (an audit's 関係職員, a suit's 訴訟遂行者: [incident]
    listing_labels), with the post written inside the bracket before the name. The incident form
    (職員（X）が誤って送付した) has neither, and stays for a person to decide."""
    window = ctx.before(text, start, 40)
    at = window.rfind(word)
    if at < 0 or not window[:at + len(word) - 1].endswith(_STAFF_LISTING_LABELS):
        return False
    between = window[at + len(word):]
    if not between.strip(" \t"):
        return False
    before = _role_before(text, start)
    return before is not None and before[0] == "official"


_MOCK = _ROLES["mock_assembly"]
_MOCK_TITLES = frozenset(_MOCK["council_titles"])
_SPEAKER_BRACKET = re.compile(r"[○◯〇◆◎●◇]\s*(?P<label>[^（(\s]{1,24})[（(](?P<inner>[^）)\n]*)$")
_SCHOOL_YEAR = re.compile(r"[0-9０-９一二三四五六]\s*年|" + "|".join(map(re.escape, _MOCK["child_marks"])))


def staged_assembly(text: str) -> bool:
    """Whether the document names an assembly staged for residents (子ども議会, 模擬議会 …), whose
    seats, 議員 and 君 are the participants', not the council's."""
    return facts(text).has_any("mock_assembly", _MOCK["assemblies"])


def staged_assembly_role(text: str, start: int, word: str) -> tuple[str, str, str] | None:
    """A council title (議員, 議長, 〇〇君) in a document that names an assembly staged for residents
    (子ども議会, 中学生議会, 模擬議会 …: [mock_assembly]) is no evidence of office: its 議員 are
    residents, often children. The title stands only with the real council's name on the line
    (市議会議長) or an executive's title as the speaker (○市長（…君）); a school or a school year
    beside the name says a child (private); otherwise a person decides. None: the title stands."""
    if word not in _MOCK_TITLES or not staged_assembly(text):
        return None
    line = text[text.rfind("\n", 0, start) + 1:start]
    if any(council in line for council in _MOCK["real_councils"]):
        return None
    speaker = _SPEAKER_BRACKET.search(line)
    if speaker:
        label = speaker.group("label")
        title = ctx.ends_with_word(label, BEFORE["official"])
        if title and title not in _MOCK_TITLES and not title.endswith("議長") and not _SCHOOL_YEAR.search(label):
            return None  # ○市長（石原　誠君）: the executive answering
        if _SCHOOL_YEAR.search(speaker.group("inner")) or _SCHOOL_YEAR.search(label):
            return "private", "doubt", "子ども議会などの参加者"
    elif _SCHOOL_YEAR.search(line[-16:]):
        return "private", "doubt", "子ども議会などの参加者"
    return "unclear", "doubt", "子ども議会などの" + word


def decide_role(text: str, start: int, end: int,
                after: tuple[str, str] | None = _UNREAD) -> tuple[str, str, str]:
    """(role, source, word) for a name at [start, end). ``after``: what
    ``role_after(text, end)`` returned, when the caller has read it already."""
    role, source, word = _decide_role(text, start, end, after)
    if role == "official":
        mock = staged_assembly_role(text, start, word)
        if mock:
            # the source stays: the title is still context that a name stands here. (Within the
            # recognizer's chunk; council_seats takes the office back over the whole document.)
            return mock[0], source, mock[2]
    if role == "official" and word in _FORMER_POSTS and "前任" in ctx.before(text, start, 16) \
            and _FORMER.search(ctx.before(text, start, 16)):
        return "unclear", "doubt", "前任の" + word
    return role, source, word


def _decide_role(text: str, start: int, end: int,
                 after: tuple[str, str] | None = _UNREAD) -> tuple[str, str, str]:
    """``decide_role`` before the predecessor's test."""
    # (a word absent from the whole text is absent from the window)
    incident = ctx.find_word(ctx.before(text, start, 24), _INCIDENT) if facts(text).has_any("incident", _INCIDENT) \
        else None
    if incident in ("職員（", "職員(") and _titled_in_staff_bracket(text, start, incident):  # listed in office
        incident = None
    if incident:
        return "unclear", "incident", incident
    if after is _UNREAD:
        after = role_after(text, end)
    hearing = _hearing(text, start)
    if hearing:
        return "private", "role_before", hearing
    brigade = _municipal_fire_brigade(text, start, end)
    if brigade:
        return "official", "title_after", brigade
    if after and after[1] == _KUN and not _council_form(text, start):
        after = ("private", _KUN)  # 翔太君, ゆうと君: a boy's honorific, no member's form
    if after and after[0] == "official" and after[1] != "内線":
        if after[1] in _COMMUNITY_POSTS and _COMMUNITY_BODY_BEFORE.search(ctx.before(text, start, 20)):
            return "private", "title_after", after[1]  # 北町自治会の相沢会長: a community post
        if after[1] in _WARD_HEADS:
            # 山口区長: a designated city's ward head or a neighbourhood's (行政区長),
            # the name alone does not tell
            return "unclear", "title_after", after[1]
        if after[1] in _BODY_HEADS and not _public_body_head(text, start):
            return "unclear", "title_after", after[1]  # 相沢会長: the head of which body?
        hancho = after[1].strip("()（）")
        if hancho.endswith("班長") and (_PLACE_HANCHO.search(hancho) or not (
                STAFF_TEAM.search(hancho) or _unit_before(text, start))):
            # 相沢（東原班長）, 相沢（新開班長）, 相沢班長: a section's or a neighbourhood's 班? Only
            # a unit or a team's task (収納班長, 税務課　相沢班長) says the section's
            return "unclear", "title_after", after[1]
        company = _company_staff(text, start, after[1], fused=False)
        if company:
            return "private", "title_after", company  # 株式会社北浜建設　山田工事課長
        return "official", "title_after", after[1]
    if after and after[0] == "private" and (after[1] in _COMMUNITY_WORDS or _COMMUNITY_POST_AFTER.fullmatch(after[1])):
        # （委員）　砂田自治会長から: a residents' post fused after the name is what the
        # person is named as, whatever role word stands before (there the speaker's seat)
        return "private", "title_after", after[1]
    before = _role_before(text, start)
    if not (before and before[0] == "private") and not (after and after[0] == "private"):
        body = attending_for_a_body(text, start)
        if body:
            # 出席者　…、委託事業者 株式会社X 営業部 Y: attending for the body the item names
            return "official", "role_before", "出席者（" + body + "）"
    if after is None and not (before and before[0] != "official"):
        title = _bracket_title(text, end)
        if title:
            # 会長　諸橋　孝治（副町長）: the bracket after the name holds one of the office's
            # titles and nothing else -- the post the person sits in, which says more than
            # the body's bare 会長 before it; never over a party's word before the name
            return "official", "title_after", title
    if after and after[1] == "内線":
        # an extension says office, a private party's word before says otherwise: a person decides
        if before and before[0] != "official":
            return "unclear", "doubt", before[1]
        return "official", "title_after", after[1]
    if before and before[0] == "official" and _PREVIOUS_ITEMS_NOTE.search(ctx.before(text, start, 14).rstrip(" ")):
        own = _OWN_NOTE.match(text, start)
        title = ctx.ends_with_word(own.group("note"), _OFFICIAL_NOTE_WORDS) if own else None
        note = own.group("note").strip(" ") if own else ""
        if own and (not title or (note not in _OFFICIAL_NOTE_WORDS and (title in _COMMUNITY_POSTS or title in _BODY_HEADS))):
            # 山本 浩（市民課長）、佐伯 勝（交通安全協会長）: the title is the previous item's, and
            # this item's own note names no office, or the head of another body (a bare
            # （副会長） is a post of the list's own body): no evidence either way (fail closed)
            return "unclear", "doubt", own.group("note")
    if before and before[0] == "official":
        if before[1] in _WARD_HEADS:
            ward = _ward_head_before(text, start, before[1])
            if ward:
                return ward
        company = _company_person(text, start, before[1]) or _company_staff(text, start, before[1])
        if company:
            return "private", "role_before", company
        if before[1] in _COMPANY_STAFF and text.startswith(("様", "さま"), end):
            # 担当の原田様: an office names its own staff without 様; 様 is for another
            # party's people (a company's, a resident's) -- a person decides
            return "unclear", "doubt", before[1] + "の〜様"
        if before[1] in _COMPANY_STAFF and employer_after(text, end):
            # 担当：Y（北浜建設）: the company's 担当, named with its employer (_person_employer.py)
            return "private", "role_before", "事業者の" + before[1]
        if before[1] in _COMPANY_STAFF and vendor_block(text, start):
            # 株式会社X　東支店⏎担当　Y: the company's 担当, on the line under it
            return "unclear", "doubt", "事業者の" + before[1]
        if (before[1] in _STAFF_TITLES or _DEPT_TITLE_CELL.fullmatch(before[1])) \
                and not _SECRETARIAT_LINE.match(text, text.rfind("\n", 0, start) + 1) \
                and vendor_block(text, start, limit=1, title=before[1]):
            # 北辰株式会社⏎　技術部長　Y: a staff title alone under the company's line is the company's
            return "unclear", "doubt", "事業者の" + before[1]
        task = _task_staff(text, start, before[1])
        if task:
            return "unclear", "doubt", task
        post = _COMMUNITY_POST.search(ctx.before(text, start, 30))
        if post:
            return "private", "role_before", post.group(0).strip(" \t:：")
        if before[1] in _BODY_MEMBERS and _residents_council(text, ctx.before(text, start, 30)):
            # ひかり地区まちづくり協議会の委員である X: a member of the residents' own council
            return "unclear", "role_before", before[1]
        line = ctx.before(text, start, 24).rsplit("\n", 1)[-1]
        party = ctx.find_word(line, _INCIDENT_PARTIES)
        if party:
            return "unclear", "incident", party
        if before[1] in _BODY_HEADS and not _public_body_head(text, start):
            return "unclear", "role_before", before[1]  # 会長　相沢 太郎: the head of which body?
        if before[1].endswith("班長") and not STAFF_TEAM.search(ctx.before(text, start, 24).split("\n")[-1]):
            # 緑が丘班長　相沢, 第二班 班長　相沢: a neighbourhood's 班 as much as a section's; only a
            # unit of the organisation before the 班 (税務課収納班長) or a task's name (防災班長)
            # says it is the municipality's
            return "unclear", "role_before", before[1]
        return "official", "role_before", before[1]
    seat = _committee_seat(text, start)
    if seat and not (before and before[0] == "private"):
        return "official", "role_before", seat
    seat = _speaker_seat(text, start) if before is None else None
    if seat:
        return "official", "role_before", seat
    pro = None
    if not (before and before[0] == "private"):
        window = ctx.before(text, start, 24)
        # the profession must end the window (one set lookup on its last character
        # first): most names have none, and the regex is read only for those that do
        if ctx.ends_with_word(window.rstrip(" \t").removesuffix("の").removesuffix("である"), _PROFESSIONS):
            pro = _APPOINTED.search(window)
    if pro:
        # (成年後見人の司法書士 X acts for one private person, but in the capacity
        # a court appointed the professional to: the profession's role, as counsel's)
        return "official", "role_before", pro.group("cap") + pro.group("pro")
    if before and before[0] == "unclear" and before[1] in ("代理人", "弁護士") and _own_counsel(text, start):
        # 訴訟代理人　弁護士 X: counsel the municipality appoints for its own suit
        return "official", "role_before", "訴訟代理人"
    doubt = _doubt_nearby(text, start)
    if doubt:
        return "unclear", "doubt", doubt
    if before:
        return before[0], "role_before", before[1]
    if after:
        return after[0], "honorific" if after[0] == "private" else "person_word", after[1]
    owner = _recipient_owner(text, start)
    if owner:
        return owner[0], "role_before", owner[1]
    unit = _unit_before(text, start) or _unit_then_staff_label(text, start)
    if unit and vendor_block(text, start):
        # 株式会社X⏎担当　保守課　Y: a unit of the company on the line above, not the municipality's
        return "unclear", "doubt", "事業者の" + unit
    if unit and _company_unit(text, start, unit):
        # 株式会社北辰　営業部　Y: the company's own department; its staff act for the
        # company, not the municipality (a contractor's, a recipient's): a person decides
        return "unclear", "doubt", "事業者の" + unit
    if unit:
        party = ctx.find_word(ctx.before(text, start, 24).rsplit("\n", 1)[-1], _INCIDENT_PARTIES)
        if party:
            return "unclear", "incident", party
        return "official", "role_before", unit
    block = _members_block(text, start)
    if block:
        return "official", "role_before", block
    return "unclear", "none", ""


# Counsel of the suit a bill is about (地方自治法 第96条 第1項 第12号: 訴えの提起, 和解):
# 訴訟代理人 as its label, on the name's line or the one above; a party's own counsel
# is named with the party (相手方訴訟代理人, 原告訴訟代理人).
# (the label standing alone: 債権者訴訟代理人, 原告ら訴訟代理人, 上告人訴訟代理人 are a party's)
_COUNSEL = re.compile(r"(?<![\u4e00-\u9fff々ぁ-んァ-ヶー])訴訟代理人")


def _own_counsel(text: str, start: int) -> bool:
    """The name stands under an 訴訟代理人 label that names no party."""
    line_start = text.rfind("\n", 0, start) + 1
    if "訴訟代理人" in text[line_start:start]:
        return _COUNSEL.search(text, line_start, start) is not None
    if not line_start:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _COUNSEL.search(text, above, line_start) is not None


# The labels that open a block listing a body's members (出席委員　…, 欠席委員　…),
# whose items run on over indented lines under the label.
# (a heading of its own line too: 審査に関与した委員（五十音順）, １　選定委員会委員, 委員名簿)
_MEMBERS_LABEL = re.compile(
    r"(?:[0-9０-９]{1,2}[ \t.．、]*)?(?:出席委員|欠席委員|委員出席者|出席した委員|委員名簿"
    r"|(?:答申|審査|審議|調査|評価|選定|選考)に(?:関与|参加|出席)した委員"
    r"|[^\s、。：:]{1,20}(?:委員会|審査会|審議会|評価会議|選定会議)の?委員(?:名簿)?)"
    r"(?:[(（][^()（）\n]{0,12}[)）])?(?:[ \t:：]|[ \t]*$)", re.M)
_BLOCK_LINES = 8


def _members_block(text: str, start: int) -> str | None:
    """The members' label of the block a name at ``start`` stands in: its line
    is indented, and so is every line up to the one the label opens at the
    margin (出席委員　（学識経験者）⏎　　　　仲村 恵一、⏎　　　　坪井 玲子)."""
    head = indented_block_head(text, text.rfind("\n", 0, start) + 1, _BLOCK_LINES)
    m = _MEMBERS_LABEL.match(text, head) if head is not None else None
    if m and _residents_body_paper(text):
        return None  # 北町自治会 役員会 会議録 ⏎ 出席委員　…: the association's members, private persons
    return m.group(0).rstrip(" \t:：") if m else None


def _residents_body_paper(text: str) -> bool:
    """Whether the document's title lines name a residents' or community body
    (自治会, 町内会, …まちづくり協議会): its 委員 are no members of the municipality's bodies."""
    title = text[:200]
    return bool(_COMMUNITY_BODY_ANY.search(title) or _RESIDENTS_COUNCIL.search(title))


# People a council hears from outside its bodies (地方自治法 第109条 参考人・公述人,
# 第100条 証人): residents and experts, whom minutes name with the members' forms
# (○参考人（山田花子君）) and list under their own heading (出席参考人).
_HEARD = ("参考人", "公述人", "証人")
_HEARD_SPEAKER = re.compile(r"[ \t]*[○◯〇◆◎◇●][^\n（(]{0,14}(?P<word>参考人|公述人|証人)[ \t]*[（(]$")
_HEARD_HEADING = re.compile(r"^[ \t]*(?:[0-9]+[.．、 \t]*|[(（][0-9]+[)）][ \t]*|[○◯〇■□◆●・][ \t]*)?[【〔［\[]?"
                            r"(?:出席|意見陳述)?(?P<word>参考人|公述人|証人)(?:名簿|一覧)?[】〕］\]]?"
                            r"(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*[:：]?[ \t]*$")

# A line that opens the office's own part of the roster (事務局　議会事務局長　…,
# 村側出席者, 説明員): what follows is the municipality's staff, so the block of
# the people heard ends there, on the name's own line or above it.
_OFFICE_HEADING = re.compile(
    r"[ \t]*[■□◆◇●○・]?[ \t]*(?:事務局(?:職員)?|出席説明員|説明員|出席職員|(?:説明|職務)のため(?:会議に)?出席した者"
    r"|[市町村区]側(?:出席者)?|執行部(?:出席者)?)(?=[ \t:：(（]|$)")


def _hearing(text: str, start: int) -> str | None:
    """The word (参考人, 公述人, 証人) when the name is one such person's in
    minutes' own forms: inside the speaker's brackets after that word
    (○参考人（山田花子君）), or in a block of lines right under a heading of
    them (出席参考人⏎　北町自治会長　山田 花子⏎　山田 一郎（保護司）), whatever
    title the line gives (their post is not an office of the council)."""
    if not facts(text).has_any("heard", _HEARD):
        return None  # none of the words anywhere in the text
    # the cheap test first: most names have no such word within a few lines above
    if text.find("参考人", max(0, start - 600), start) == -1 and text.find("公述人", max(0, start - 600), start) == -1 \
            and text.find("証人", max(0, start - 600), start) == -1:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    m = _HEARD_SPEAKER.match(text, line_start, start)
    if m:
        return m.group("word")
    if _OFFICE_HEADING.match(text, line_start, start):
        return None  # 参考人 ⏎ 　… ⏎ 事務局　議会事務局長　有賀 修一: the office's own heading
    for _, above in ctx.lines_above(text, line_start, 30):
        heading = _HEARD_HEADING.match(above)
        if heading:
            return heading.group("word")
        if _OFFICE_HEADING.match(above):
            return None
        if not above.strip() or _SPEAKER_MARK_LINE.match(above) or above.rstrip().endswith("。"):
            return None  # a blank line, a speaker's turn or a sentence ends the block
    return None


_SPEAKER_MARK_LINE = re.compile(r"[ \t]*[○◯〇◆◎◇●]")


_PEOPLE = _ROLES["company_people"]
_REPRESENTATIVES = frozenset(_PEOPLE["representatives"])
_COMPANY_STAFF = frozenset(_PEOPLE["staff_words"])
_SUBSIDY = re.compile(words_regex(_PEOPLE["subsidy_words"]))
_CONTRACT = re.compile(words_regex(_PEOPLE["contract_words"]))
_COMPANY_MARK = re.compile(words_regex(_PEOPLE["company_marks"]))
_MUNICIPAL_UNIT = re.compile(rf"[{KANJI}](?:課|係|室|局|部|センター)")
_MUNICIPAL_UNIT_WORD = re.compile(rf"[{KANJI}]{{1,16}}(?:課|係|室|局|センター)(?![{KANJI}])")


def in_subsidy_list(text: str, start: int) -> bool:
    """Whether a word of subsidies (補助金, 交付先 …) stands nearer before
    ``start`` than any word of contracts: a list of subsidy recipients, whose
    owners and representatives are private persons (see ``_company_person``)."""
    window = text[max(0, start - 400):start]
    subsidy = [m.end() for m in _SUBSIDY.finditer(window)]
    if not subsidy:
        return False
    contract = [m.end() for m in _CONTRACT.finditer(window)]
    return not contract or subsidy[-1] > contract[-1]


def _company_person(text: str, start: int, word: str) -> str | None:
    """The reason (a word) why a name after an official-looking word is a
    company's private person: a representative in a subsidy's list of
    recipients, or a company's staff named as its 担当; else None."""
    if word in _REPRESENTATIVES:
        # the nearest of the two kinds of words before the name decides (a
        # table's header row or the paragraph): 交付先 → a recipient, 契約 → a party
        if in_subsidy_list(text, start):
            return "補助・給付の受給者（" + word + "）"
        return None
    if word in _COMPANY_STAFF:
        # 委託業者X株式会社（担当 Y）, 株式会社X　担当　Y: a company named on the
        # same line before 担当, and no unit of the municipality between
        line_start = text.rfind("\n", 0, start) + 1
        head = text[max(line_start, start - 40):start]
        at = head.rfind(word)
        company = _COMPANY_MARK.search(head, 0, at) if at > 0 else None
        if company and not _MUNICIPAL_UNIT.search(head, at) and "。" not in head[company.start():]:
            return "事業者の" + word
    return None


_STAFF_TITLES = frozenset(_PEOPLE["staff_titles"])
_PRIVATE_OWNER = re.compile(words_regex(_PEOPLE["company_marks"] + _PEOPLE["private_bodies"]))
_PUBLIC_OWNER = re.compile(words_regex(_PEOPLE["public_owners"]))
# what splits a line into the phrases that own a title (株式会社北浜建設　工事課長)
_PHRASE_BREAK = re.compile(r"[\s、。,，「」『』]+")
_HIRAGANA = re.compile(r"[ぁ-ゖ]")


# Of the company marks, the common nouns that also name what a unit of the
# municipality regulates or supports (介護事業者指導係, 事業者支援課): no legal
# form, so a unit's name may go on after them. (法人 is left out: it closes legal
# forms, 社会福祉法人北浜会, whose name may go on too.)
_GENERIC_BUSINESS = frozenset(["業者", "事業者"])
_UNIT_CHARS = "課係室局部"
_UNIT_NAME_REST = re.compile(rf"[{KANJI}]{{1,8}}")


# A line of a meeting's attendance opened by its secretariat (（事務局）福祉課長　X,
# 事務局：総務課主事　X): the body's secretariat is the municipality's office, so
# a line of companies or agencies above it does not make the title theirs.
_SECRETARIAT_LINE = re.compile(r"[ \t]*[(（【［\[]?事務局[)）】］\]:：]")


def _company_staff(text: str, start: int, title: str, fused: bool = True) -> str | None:
    """The reason (a word) when a staff title (課長, 工事部長, 主任) belongs to a
    company or private body named in the phrase right before it or the name
    (株式会社北浜建設　工事課長　X, 北浜法律事務所の主任　X, 株式会社北浜建設　X工事課長):
    that body's staff member is a private person. ``fused``: the title stands
    before the name (else after it, and the phrase before the name is read).
    A public owner (市立病院, 一部事務組合) keeps the office; else None."""
    if title not in _STAFF_TITLES and not _DEPT_TITLE_CELL.fullmatch(title):
        return None
    head = ctx.before(text, start, 40).rstrip(" \t:：")
    if fused:
        head = head.removesuffix("の").rstrip(" \t")
        if not head.endswith(title):
            return None
        head = head[:-len(title)]
    # the phrase the title is fused to (工事 in 工事課長) and the one before it
    spaced = head[-1:].isspace() or head.endswith("の") or not head
    phrases = [p for p in _PHRASE_BREAK.split(head.removesuffix("の")) if p][-(1 if spaced else 2):]
    for phrase in reversed(phrases):
        owner = None
        for owner in _PRIVATE_OWNER.finditer(phrase):
            pass
        if owner is None:
            continue
        if _PUBLIC_OWNER.search(phrase):
            return None
        if fused and owner.group(0) in _GENERIC_BUSINESS and title[:1] in _UNIT_CHARS \
                and _UNIT_NAME_REST.fullmatch(phrase, owner.end()):
            # 介護事業者指導係長, 事業者支援課長: the businesses are what the unit deals
            # with, its name goes on after them and ends in the title's 係/課
            continue
        # a sentence does not own the title (株式会社Xに対する質問に財政課長): no particle
        # after the body's mark but the の that chains the body's own nouns
        # (株式会社北浜建設の工事課長), unless the mark closes the phrase (北浜建設株式会社)
        if owner.end() < len(phrase) and _HIRAGANA.search(phrase[owner.end():].replace("の", "")):
            return None
        return "事業者の" + title
    return None


# A task fused before 担当者 with no unit of the municipality in it (運用担当者, 保守担当者):
# a contractor's staff as often as the municipality's.
_TASK_BEFORE = re.compile(rf"[{KANJI}]{{2,8}}$")


def _task_staff(text: str, start: int, word: str) -> str | None:
    """The word (運用担当者) when 担当者 is fused after a task rather than a unit of
    the municipality (福祉課担当者): whose staff the person is, the line does not
    say, so a person decides; else None."""
    if word not in _COMPANY_STAFF:
        return None
    head = ctx.before(text, start, 24).rstrip(" \t:：").removesuffix("の")
    if not head.endswith(word):
        return None
    task = _TASK_BEFORE.search(head, 0, len(head) - len(word))
    if task is None or _MUNICIPAL_UNIT.search(task.group(0) + word[:1]) or task.group(0).endswith(("課", "係", "室", "局", "部", "所", "センター")):
        return None
    return task.group(0) + word


_WARD_HEADS = frozenset(["区長", "副区長"])
# A neighbourhood before 区長 (緑町区長, 柏木地区区長, 上組集落区長): the head of a
# residents' district, not of a designated city's ward (北区長, 中央区長).
# Words that show a designated city's wards (地方自治法 第252条の20 区役所, 区長): its 区長
# after a ward's name is the ward's head.
_WARD_OFFICE = ("区役所", "区政", "政令指定都市", "指定都市")
_PLACE_RUN = re.compile(rf"[{KANJI_ODORIJI}ヶケノ]+$")  # (梅ヶ丘, 杉ノ下: a kana inside a place name)
# A district named by a number (15区区長, 第3区長): a town's or village's 行政区 is
# numbered, a designated city's ward never is (北区, 中央区).
_NEIGHBOURHOOD_END = re.compile(r"(?:町|村|丁目|地区|集落|部落|字|組|班|自治区|行政区"
                                r"|(?<![0-9])第?[0-9一二三四五六七八九十]{1,3}区?)(?:の)?$")


def _ward_head_before(text: str, start: int, word: str) -> tuple[str, str, str] | None:
    """The role of a name after 区長: private after a neighbourhood's name,
    unclear with no place before it, None (official) after a ward's name."""
    raw = ctx.before(text, start, 24).rstrip(" \t:：")
    if raw.endswith("の"):
        raw = raw[:-1].rstrip(" \t")  # 区長の山田さん: the title, then の
    if not raw.endswith(word):
        return None
    place = raw[:-len(word)]
    if _NEIGHBOURHOOD_END.search(place):
        return "private", "role_before", place[-4:].lstrip() + word
    if _COMMUNITY_BODY_BEFORE.search(place):
        # 北町自治会の区長の山田さん, 行政区　区長: a residents' body's own district head
        return "private", "role_before", place.rstrip(" \t(（の")[-6:].lstrip() + "の" + word
    if not place or not _KANJI_AFTER.match(place[-1:]):
        return "unclear", "role_before", word
    run = _PLACE_RUN.search(place)
    if run and len(run.group(0)) >= 2 and run.group(0) != "中央" \
            and not facts(text).has_any("ward_office", _WARD_OFFICE):
        # 宮下区長　X: a ward's head only where the document shows the city has wards
        # (区役所, 区政); a town's or village's 区 is a neighbourhood (行政区). Wards named by
        # a direction alone (北区, 中区) or 中央区 are a city's, as no neighbourhood is so named.
        return "unclear", "role_before", run.group(0) + word
    return None


# The owner's words of a business (代表, 店主, 事業主) before a name or as its
# column's heading, read in a list of subsidy recipients.
_OWNER_WORDS = ("代表", "代表者", "代表者名", "代表者氏名", "店主", "事業主", "経営者", "代表取締役", "代表理事")
_OWNER_HEADINGS = frozenset(_OWNER_WORDS)


def _recipient_owner(text: str, start: int) -> tuple[str, str] | None:
    """(role, word) when the name is a business owner's (代表, 代表者 … right
    before the name on its line, or as the heading of its table column) in a
    list of subsidy recipients (private) or of a public contract's parties
    (official): whichever word is nearer before it (see ``_company_person``);
    else None."""
    head = ctx.before(text, start, 40).split("\n")[-1].rstrip(" \t:：（(")
    word = ctx.ends_with_word(head, _OWNER_WORDS)
    if word is not None and (_KANJI_AFTER.match(head[-len(word) - 1:-len(word)] or "x")
                             or not _COMPANY_MARK.search(head, 0, len(head) - len(word))):
        # 共有者代表 (a word of its own, not 代表), or no business named on the line
        return None
    if word is None:
        line_start = text.rfind("\n", 0, start) + 1
        if "\t" not in text[line_start:start]:
            return None
        word = ctx.column_heading(text, line_start, text.count("\t", line_start, start), _OWNER_HEADINGS)
        if word is None:
            return None
    window = text[max(0, start - 400):start]
    subsidy = [m.end() for m in _SUBSIDY.finditer(window)]
    contract = [m.end() for m in _CONTRACT.finditer(window)]
    if subsidy and (not contract or subsidy[-1] > contract[-1]):
        return "private", "補助・給付の受給者（" + word + "）"
    if contract:
        return "official", "契約の相手方の" + word
    return None


# A municipality's fire brigade (消防組織法 第9条, 第18条: 市町村の消防団) named on
# the name's line or in a heading just above it, and a rank of it on the name's line.
# (町 is left out: 若葉町 is as often a neighbourhood of a city as a town)
_MUNICIPAL_BRIGADE = re.compile(rf"[{KANJI}ヶ]{{1,8}}[市村]消防団")
_BRIGADE_RANK = re.compile(r"(?:第?[0-9一二三四五六七八九十]+)?(?:副?団長|副?分団長|部長|班長|分団員|団員)")


def _municipal_fire_brigade(text: str, start: int, end: int) -> str | None:
    """The rank when the person is named as an officer or member of the
    city's or village's own fire brigade (北浦見市消防団長　若松 泰三; 【消防功労表彰】
    （北浦見市消防団）⏎ 砂田 源治　第３分団長): its members are the municipality's
    part-time officials (非常勤特別職) acting for it; else None. A brigade post
    with no municipality named (宮内消防団分団長, 消防団員の宮内さん) is a
    resident's community post, as before."""
    if not facts(text).has_any("brigade", ("団",)):
        return None  # no brigade word anywhere in the text (see the line's test below)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + 80)
    line = text[line_start:line_end if line_end != -1 else min(len(text), end + 80)]
    if "団" not in line:
        return None  # most names: no brigade word on their line (one scan of the line)
    rank = _BRIGADE_RANK.search(line)
    if rank is None:
        return None
    # the municipality's brigade on this line or on one of the two lines above
    above = text[max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, line_start - 1)) - 1)) + 1):line_start]
    if _MUNICIPAL_BRIGADE.search(line) or _MUNICIPAL_BRIGADE.search(above):
        return rank.group(0)
    return None


# A staff label right before the name (受付者　荒井, 記録：森本).
_STAFF_LABEL_BEFORE = re.compile(r"(?:%s)[ \t]*[:：]?[ \t]*$" % words_regex(_ROLES["unit_before"]["staff_labels"]))


def _unit_then_staff_label(text: str, start: int) -> str | None:
    """The unit named earlier on the line when a staff label stands right before
    the name (受付印　学校教育課　受付者 荒井, 福祉課　記録：森本): the unit's staff
    member who received or wrote the document; else None (受付者　荒井 alone:
    whose staff, the line does not say)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 40):start]
    label = _STAFF_LABEL_BEFORE.search(head)
    if label is None:
        return None
    unit = None
    for unit in _MUNICIPAL_UNIT_WORD.finditer(head, 0, label.start()):
        pass
    return unit.group(0) if unit else None


def _company_unit(text: str, start: int, unit: str) -> bool:
    """Whether the unit before the name belongs to a company or private body
    named earlier on the same line (株式会社北辰　営業部　Y), with no public
    owner there (市立病院　事務部): that body's staff, not the municipality's."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    at = head.rfind(unit)
    if at <= 0:
        return False
    owner = head[:at].rsplit("。", 1)[-1]  # a sentence before (…に委託する。担当　福祉課) owns nothing
    mark = None
    for mark in _PRIVATE_OWNER.finditer(owner):
        pass
    if mark is None or _PUBLIC_OWNER.search(owner):
        return False
    # the unit is the body's own when nothing but its name and の stand between
    # (株式会社北辰の営業部), not a phrase with particles (株式会社北辰から福祉課)
    return _HIRAGANA.search(owner[mark.end():].replace("の", "")) is None


def _unit_before(text: str, start: int) -> str | None:
    """The unit whose staff member the name is (庶務係, 道路管理課, 営業部 on a
    company's line), written right before the name with at most a space. Read
    only when nothing else gave a role: an honorific after the name (福祉課
    山田さん) or a party's word keeps it private or doubtful."""
    raw = ctx.before(text, start, 30)
    window = raw.rstrip(" ")
    if len(raw) - len(window) > 1 or window[-1:] not in _UNIT_LAST:
        return None  # more than one space (another column), or no unit ends the window
    m = _UNIT_BEFORE.search(window)
    if m is not None and m.group(0).endswith(_ROOMS):
        return None  # 相談室　森本: a room of the building, not a department named 室 (推進室)
    if m is not None:
        unit = m.group(0)
        line_start = text.rfind("\n", 0, start) + 1
        unit_start = start - len(raw) + m.start()
        if unit.endswith("係") or _UNIT_PATH.search(unit[:-1]) \
                or _STAFF_LABEL.match(text, line_start, unit_start) \
                or _STAFF_LABEL_END.search(text, max(line_start, unit_start - 12), unit_start):
            # (a staff label also opens a bracket or a sentence: （担当：福祉課　森本）)
            return unit
        return None
    m = _COMPANY_UNIT_BEFORE.search(window)
    if m is None or not ctx.find_word(raw[:m.start()], _UNIT_OWNERS):
        return None
    return m.group(0)
