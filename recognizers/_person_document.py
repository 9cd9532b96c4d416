"""PERSON, document level: one person, one decision, and names found
through the names around them.

``PersonRecognizer.refine`` runs these over all PERSON findings of a
document: items of a ・/、 list share their list's role and unfound items
between or after listed names are names too; a word joined to a name by
と/や is a name when the dictionary says it can be; a reading in brackets
names the same person; the same full name keeps one role, and a bare
later mention of a named person's surname is found even where Sudachi did
not tag it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from redactor.finding import Finding
from redactor.intervals import IntervalSet
from redactor.recognizers import _name_lexicon
from redactor.recognizers._drops import drop
from redactor.recognizers._org_context import not_a_person_after
from redactor.recognizers._person_prose import WEAK as PROSE_WEAK
from redactor.recognizers._person_readings import readings_beside
from redactor.recognizers._person_roles import BEFORE, READING, decide_role
from redactor.recognizers._person_romaji import NOT_NAMES as ROMAJI_NOT_NAMES
from redactor.recognizers._text import KANJI_NAME, KANJI_ODORIJI
from redactor.tokens import dictionary_tags

_KANJI = re.compile(rf"[{KANJI_NAME}]")
# Between two names of one list; 同 (ditto: the same title) may stand before the second
# (監査委員　石黒　美奈子、同　大谷　悟).
_LIST_GAP = re.compile(r"^[\s・、,，/]{1,3}(?:同[ \t]{0,2})?$")  # (/ is ／ after NFKC: 楠木 葉子／大御堂)
# Between two names of a list: one to three more items (鳴海・[高谷]・佐伯).
_LIST_ITEM = rf"[{KANJI_ODORIJI}ァ-ヺー]{{2,6}}"
_LIST_MIDDLE = re.compile(r"^[・、] ?(%s(?:[・、] ?%s){0,2})[・、] ?$" % (_LIST_ITEM, _LIST_ITEM))
# Right after the last name of a list (…・高谷・[佐伯]ら). After a 中黒 any
# particle may follow; after 、, which also separates words, only what ends
# a list of people: ら, a bracket, the line's end or a head count
# (山田、佐藤、[四十物]の3名; not 山田、佐藤、外国籍の方).
# The last item may carry the title of them all with 各 (迫田、有村、[枦山]各委員): not a name's kanji.
_TAIL_ITEM = rf"(?:(?!各)[{KANJI_ODORIJI}ァ-ヺー]){{2,6}}"
_EACH_TITLE = r"各(?:委員|議員|理事|監事|幹事|氏)"
_LIST_TAIL = {
    "・": re.compile(r"・ ?(%s)(?=[らのはがもと、。）)\s]|$|%s)" % (_TAIL_ITEM, _EACH_TITLE)),
    "、": re.compile(r"、 ?(%s)(?=[ら）)]|\n|$|の[0-9一二三四五六七八九十]+名|%s)" % (_TAIL_ITEM, _EACH_TITLE)),
}


def _taken(findings: list[Finding]) -> IntervalSet:
    """What the findings already cover, for overlap tests that stay fast on
    long documents. Findings may overlap (a PERSON inside an ADDRESS): only
    the coverage matters, and marking a character twice changes nothing, so
    they are added as they come (sorting and merging them first cost five
    times as much)."""
    taken = IntervalSet()
    add = taken.add
    for f in findings:
        add(f.start, f.end)
    return taken


def _with_role(f: Finding, role: str, source: str, word: str = "") -> Finding:
    attrs = {**f.attributes, "role": role, "role_source": source}
    if word:
        attrs["role_word"] = word
    reason = f.reason.split("、役職")[0].split("、文脈")[0]
    return replace(f, attributes=attrs, reason=f"{reason}、{_SOURCE_WORDS.get(source, source)}")


_SOURCE_WORDS = {
    "conflict": "同じ氏名が公務と私人の両方の立場で記載されている（人の判断が必要）",
    "list": "同じ列挙の他の氏名と同じ立場",
    "person": "同じ人物の他の記載と同じ立場",
    "mention": "文書中で既出の人物の姓",
    "incident_person": "事故・事案の当事者として記載された職員と同じ人物（人の判断が必要）",
    "member": "議事録の名簿・発言者と同じ姓（同僚を「さん」で呼ぶ発言）",
    "appointment": "議会の同意を求める任命・選任の議案で公職に推される人物",
}


def _share_list_roles(text: str, persons: list[Finding]) -> list[Finding]:
    """担当者名 鳴海・高谷: items of a ・/、 list without their own context take
    the role of the neighbour that has one (both directions)."""
    out = list(persons)
    for _ in range(2):
        for i in range(1, len(out)):
            a, b = out[i - 1], out[i]
            if not _LIST_GAP.match(text[a.end:b.start] or "x"):
                continue
            if b.attributes.get("role_source") == "none" and a.attributes.get("role_source") != "none":
                out[i] = _with_role(b, a.attributes["role"], "list")
            elif a.attributes.get("role_source") == "none" and b.attributes.get("role_source") != "none":
                out[i - 1] = _with_role(a, b.attributes["role"], "list")
    return out


def _list_members(text: str, persons: list[Finding], others: list[Finding]) -> list[Finding]:
    """Items of a ・/、 list of names that no recognizer found themselves
    (鳴海・高谷・佐伯: Sudachi knows two of the three): an item standing
    between two names of the list, or right after the last of at least two
    names joined by 中黒, is a name of the same kind as its neighbours."""
    taken = _taken(persons + others)
    added: list[Finding] = []

    def add(start: int, end: int, like: Finding, score: float) -> None:
        if end - start < 2 or taken.overlaps(start, end):
            return
        taken.add(start, end)
        # no surer than the list's weakest name: two weak guesses (places
        # that look like surnames) do not make a confident name between them
        added.append(replace(like, start=start, end=end, text=text[start:end], score=min(0.6, score),
                             reason="列挙された氏名の間・末尾の語",
                             attributes={**like.attributes, "person_key": text[start:end],
                                         "full_name": False}))

    for a, b in zip(persons, persons[1:]):
        gap = text[a.end:b.start]
        m = _LIST_MIDDLE.match(gap)
        if m:
            pos = a.end + m.start(1)
            for item in re.split(r"[・、] ?", m.group(1)):
                add(pos, pos + len(item), a, min(a.score, b.score))
                pos = text.index(item, pos) + len(item) + 1
                while text[pos:pos + 1] == " ":
                    pos += 1
        if _LIST_GAP.match(gap or "x"):
            sep = "・" if "・" in gap else "、" if "、" in gap else None
            t = _LIST_TAIL[sep].match(text, b.end) if sep else None
            if t:
                add(t.start(1), t.end(1), b, min(a.score, b.score))
    for p in persons:
        # 倉持 翔、Nguyen Van Hoa: a capitalised romaji name of two to four words
        # listed right after a full name, ending the list, is the next person
        r = _ROMAJI_ITEM.match(text, p.end) if p.attributes.get("full_name") and text[p.end:p.end + 1] in "、," else None
        if r and not any(w in ROMAJI_NOT_NAMES for w in r.group(1).split(" ")):
            add(r.start(1), r.end(1), p, p.score)
    return added


# A romaji name as a list's next item (see ``_list_members``); the item ends the
# list or the line, or another item or a bracket follows.
_ROMAJI_ITEM = re.compile(r"[、,] ?([A-Z][a-z]+(?: [A-Z][a-z]+){1,3})(?=[ ]*(?:[、,。\n(（]|$))")


# What closes a list of people: a head count (の3名, 以上3名, ほか2名, 外1名) or
# ほか/外 alone (山田、佐藤ほか).
_COUNT = r"[0-9一二三四五六七八九十]{1,3} ?名"
_LIST_CLOSER = re.compile(r" ?(?:(?P<others>ほか|外|他) ?(?P<more>%s)?|(?:の|以上) ?(?P<count>%s))" % (_COUNT, _COUNT))
# Where a closer may stand (の alone is everywhere: it needs its head count here).
_CLOSER_ANCHOR = re.compile(r"ほか|外|他|(?:の|以上) ?[0-9一二三四五六七八九十]{1,3} ?名")
_K = rf"[{KANJI_NAME}]"
# One item: a kanji name (a space and a given name in kanji or kana allowed), or a katakana one.
_ITEM = (r"(?:%s{1,4}(?: %s{1,4}| ?[ぁ-ゖ]{2,4}| ?[ァ-ヺー]{2,6})?|[ァ-ヺー]{2,}(?:[・=][ァ-ヺー]{2,}){0,2})"
         % (_K, _K))
_LIST_BEFORE = re.compile(rf"(?<![{KANJI_NAME}ァ-ヺーぁ-ゖ])%s(?: ?[、・] ?%s){{0,9}}$" % (_ITEM, _ITEM))
_ITEM_SEP = re.compile(r" ?[、・] ?")
_ROLE_WORDS = frozenset(w for ws in BEFORE.values() for w in ws)
_LEADING_KANJI = re.compile(rf"[{KANJI_NAME}]+")
_ORG_END = ("課", "係", "室", "部", "局", "会", "所", "社", "団", "校", "園", "館", "店", "省", "庁", "市", "町", "村", "県")


def _counted_lists(text: str, persons: list[Finding], others: list[Finding]) -> list[Finding]:
    """相談者 田中大地、森はるか、佐藤ユウキの３名, 大河原剛、浜辺光ほか2名:
    the items of a 、/・ list closed by a head count of people (の3名,
    以上3名, ほか2名) are names, whatever Sudachi made of them; a list
    closed by ほか/外 alone needs one of its items found as a name already
    (桜・梅・桃ほか is a list of trees). Items that name a department or an
    organisation (総務課) are not names."""
    taken: IntervalSet | None = None  # built at the first list found (most documents have none)
    ordered = sorted(persons, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    added: list[Finding] = []
    for c in _CLOSER_ANCHOR.finditer(text):
        closer = _LIST_CLOSER.match(text, c.start() - (1 if text[c.start() - 1:c.start()] == " " else 0))
        if not closer or (closer.group("others") is None and closer.group("count") is None):
            continue
        window = max(0, closer.start() - 80)
        line_start = text.rfind("\n", window, closer.start()) + 1  # bounded: only the window matters
        m = _LIST_BEFORE.search(text, max(line_start, window), closer.start())
        if not m:
            continue
        counted = bool(closer.group("count") or closer.group("more"))
        items = []
        pos = m.start()
        for sep in list(_ITEM_SEP.finditer(text, m.start(), m.end())) + [None]:
            end = sep.start() if sep else m.end()
            items.append((pos, end))
            if sep:
                pos = sep.end()
        if len(items) < 2 and not closer.group("more"):
            continue
        # the first item may begin with the list's role word (相談者 田中大地)
        s0, e0 = items[0]
        head, _, rest = text[s0:e0].partition(" ")
        if rest and (head in _ROLE_WORDS or head.endswith(("者", "人", "員"))):
            items[0] = (s0 + len(head) + 1, e0)
        near = ordered[max(0, bisect_left(starts, items[0][0]) - 1):bisect_left(starts, items[-1][1])]
        found = [f for f in near if any(f.start < e and s < f.end for s, e in items)]
        if not counted and not found:
            continue
        org = next(((s, e) for s, e in items if text[s:e].endswith(_ORG_END)
                    and not _name_lexicon.is_surname(text[s:e].split(" ")[0])  # 中村, 阿部, 田所: surnames
                    and not any(f.start <= s and e <= f.end for f in found)), None)
        if org:
            drop("PERSON", text, org[0], org[1], "数で閉じた列挙の項目が部署・団体名（総務課、企画課の2名）")
            continue  # 総務課、企画課の2名: departments, not names
        if found:
            like = found[0]
        else:
            role, source, word = decide_role(text, items[0][0], items[0][1])
            if source == "none":
                role, source = "unclear", "list"
            like = Finding("PERSON", 0, 0, "", 0.8, "PersonRecognizer",
                           attributes={"role": role, "role_source": source, "role_word": word})
        if taken is None:
            # (a weak guess from prose, PersonProse's, does not hold the place: the
            # head count is better evidence and its finding replaces the guess)
            taken = _taken(persons + [f for f in others if not (f.label == "PERSON" and f.score <= PROSE_WEAK)])
        for s, e in items:
            if taken.overlaps(s, e):
                continue
            if e - s < 2 and not (counted and _name_lexicon.is_surname(text[s:e])):
                # 林、森、南、東の4名: a one-kanji item is a surname when the list
                # counts people and the lexicon knows it as one (a lone kanji
                # that no one is called stays out: 市、県の2名)
                if e - s == 1:
                    drop("PERSON", text, s, e, "数で閉じた列挙の一字の項目（姓として知られていない）")
                continue
            name = text[s:e]
            lead = _LEADING_KANJI.match(name)
            if lead and lead.group(0) in _ROLE_WORDS and lead.end() < len(name):
                # 申請者のうち、辻様ほか1名: a role word and a particle open the
                # sentence that lists the names; it is not one of them
                drop("PERSON", text, s, e, "列挙の前の役割語と助詞（申請者のうち）")
                continue
            taken.add(s, e)
            added.append(replace(like, start=s, end=e, text=name, score=0.8 if counted else 0.6,
                                 reason="人数で締めくくられた列挙の氏名（〜の3名・ほか）",
                                 attributes={**like.attributes, "person_key": re.split(r"[ ・]", name)[0],
                                             "full_name": len(name) >= 3}))
    return added


# A word joined to a name by と or や (大島と柴田, 直と秋山): kanji or katakana.
_PARTNER_AFTER = re.compile(rf"[とや]([{KANJI_ODORIJI}]{{1,4}}|[ァ-ヺー]{{2,10}})(?=[はがのとやもにを、。）)]|$)")
_PARTNER_BEFORE = re.compile(rf"(?<![{KANJI_ODORIJI}ァ-ヺー])([{KANJI_ODORIJI}]{{1,4}}|[ァ-ヺー]{{2,10}})[とや]$")


def _coordinated(text: str, persons: list[Finding], others: list[Finding]) -> list[Finding]:
    """大島と柴田が引退した: a word joined by と/や to a name is a name too when
    the dictionary knows it as one (大島 is a place and a surname); words
    with no name reading (市役所, 会談, 東京) never are. No surer than the
    name it is joined to."""
    taken = _taken(persons + others)
    added: list[Finding] = []
    for f in persons:
        spans = []
        m = _PARTNER_AFTER.match(text, f.end)
        if m:
            spans.append(m.span(1))
        window = text[max(0, f.start - 12):f.start]
        # the cheap test first: the window must end with と or や (before a final
        # line end, where $ matches too)
        b = _PARTNER_BEFORE.search(window) if window.endswith(("と", "や", "と\n", "や\n")) else None
        if b:
            offset = max(0, f.start - 12)
            spans.append((offset + b.start(1), offset + b.end(1)))
        for start, end in spans:
            word = text[start:end]
            if taken.overlaps(start, end):
                continue
            if not any(tag[0] == "人名" for tag in dictionary_tags(word)):
                continue
            taken.add(start, end)
            added.append(replace(f, start=start, end=end, text=word, score=min(0.6, f.score),
                                 reason="氏名と「と・や」で並ぶ人名にもなる語",
                                 attributes={**f.attributes, "person_key": word, "full_name": False}))
    return added


def _readings(text: str, persons: list[Finding]) -> list[Finding]:
    """A reading in brackets right after a name names the same person, and
    so does a reading on the line below or above a name in a form."""
    added = []
    for f in persons:
        # the bracket may open the next line (五月女 恵⏎（さおとめ めぐみ）): a form's
        # reading wrapped under the name, or text copied out of a PDF
        # (indented under the name: 東 和也⏎　　　（アズマ　カズヤ）)
        gap = len(text[f.end:f.end + 8]) - len(text[f.end:f.end + 8].lstrip(" \n"))
        if text[f.end:f.end + gap].count("\n") > 1:
            gap = 0
        m = READING.match(text[f.end + gap:f.end + gap + 34])
        if m:
            s, e = f.end + gap + m.start("value"), f.end + gap + m.end("value")
            added.append(replace(f, start=s, end=e, text=text[s:e],
                                 reason=f"{f.text} の読み（括弧書き）"))
            surname = _surname_of_a_read_name(text, f, m.group("value"))
            if surname:
                added.append(replace(f, start=surname[0], end=surname[1], text=text[surname[0]:surname[1]],
                                     reason=f"読み仮名（{m.group('value')}）が姓と名の二語で読む氏名の姓"))
    return added + readings_beside(text, persons)


# A kanji word set apart by one space right before a found given name
# (柊　守（ひいらぎ　まもる）): the surname Sudachi took for a word (柊 the plant).
_SPACED_WORD_BEFORE = re.compile(rf"(?<![{KANJI_ODORIJI}])[{KANJI_ODORIJI}]{{1,4}}[ \u3000]$")


def _surname_of_a_read_name(text: str, f: Finding, reading: str) -> tuple[int, int] | None:
    """(start, end) of the surname before a one-word finding whose reading
    in brackets reads two words (a surname and a given name): the reading
    says the name is two words, so the kanji word right before it, set apart
    by a space, is its surname. None when the finding has both words already."""
    if " " not in reading.strip() and "\u3000" not in reading.strip() and "・" not in reading:
        return None
    if " " in f.text or "\u3000" in f.text or "\n" in f.text:
        return None
    m = _SPACED_WORD_BEFORE.search(text, max(0, f.start - 6), f.start)
    if m is None or m.group(0)[:-1] in _LABELS_BEFORE_A_NAME:
        return None  # 氏名　きよ子（…）: the field's label, not a surname
    return m.start(), m.end() - 1


_LABELS_BEFORE_A_NAME = frozenset(w for ws in BEFORE.values() for w in ws) | frozenset(
    ["氏名", "名前", "宛名", "宛先", "本人", "続柄"])


def _compact(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def _one_role_per_person(persons: list[Finding]) -> list[Finding]:
    """The same full name keeps one decision; a surname-only mention with no
    context of its own takes the role of the nearest earlier full name with
    that surname (or the next one, when it comes first)."""
    definite: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    # 以上で松岡みのり君の一般質問を終わります: 君 outside the minutes' own forms reads
    # as a boy's honorific, but a full name the same minutes name in a member's form
    # (○5番（松岡みのり君）) is that member: 君 alone is no evidence against it
    kun_only = {_compact(f.text) for f in persons if _kun_only(f)}
    for f in persons:
        if f.attributes.get("role_source") not in ("none",) and f.attributes.get("role") != "unclear" \
                and not _kun_only(f):
            definite.setdefault(_compact(f.text), f.attributes["role"])
            if f.attributes.get("full_name"):
                seen.setdefault(_compact(f.text), set()).add(f.attributes["role"])
    kun_members = {key for key in kun_only if seen.get(key) == {"official"}}
    # One full name named both as an official and as a private person
    # (自治会長 原田義男 … 原田義男氏): one person, one decision, and a person
    # must make it -- masking one mention while another shows it hides nothing.
    conflicts = {key for key, roles in seen.items() if len(roles) > 1}
    out = []
    for f in persons:
        key = _compact(f.text)
        if key in conflicts:
            f = _with_role(f, "unclear", "conflict")
        elif key in kun_members and _kun_only(f):
            f = _with_role(f, "official", "person")
        elif f.attributes.get("role_source") == "none" and key in definite:
            f = _with_role(f, definite[key], "person")
        out.append(f)
    full: dict[str, list[Finding]] = {}
    for f in out:
        if f.attributes.get("full_name") and f.attributes.get("role_source") != "none":
            full.setdefault(f.attributes.get("person_key", ""), []).append(f)
            if _LATIN_NAME.match(f.text):
                # Daniel MERTENS, Daniel Mertens … Mertens氏: a romaji name's family name
                # is its last word (or the one in capitals), in any case
                for word in set(f.text.split(" ")):
                    key = word.casefold()
                    if len(key) >= 2 and f not in full.get(key, []):
                        full.setdefault(key, []).append(f)
            family = _katakana_family_name(f)
            if family and f not in full.get(family, []):
                # エマ・ハートリー … ハートリーは: a Western name in katakana is named again by its last part
                full.setdefault(family, []).append(f)
    # A person named as a party of an incident (運転者　環境課主事　山田 一郎) stays
    # a case for a person to decide at every mention, titled or not (山田主事が通報).
    incident = {f.attributes.get("person_key") for f in out if f.attributes.get("role_source") == "incident"}
    incident.discard(None)
    incident.discard("")
    final = []
    for f in out:
        if f.attributes.get("role") == "official" and f.attributes.get("person_key") in incident:
            f = _with_role(f, "unclear", "incident_person")
        elif not f.attributes.get("full_name") and f.attributes.get("role_source") in ("none",):
            surname = _compact(f.text)
            same = full.get(surname, [])
            if same:
                before = [p for p in same if p.start < f.start]
                ref = before[-1] if before else same[0]
                f = _with_role(f, ref.attributes["role"], "person")
        elif not f.attributes.get("full_name") and f.attributes.get("role_source") == "honorific" \
                and f.attributes.get("role_word") == "氏":
            # 浅倉氏：… after 出席：…監査法人 浅倉 透: 氏 is the neutral honorific of formal
            # minutes, used for officials and outside experts alike; the surname of a
            # person named earlier in an official role is that person
            key = _compact(f.text)
            earlier = [p for p in full.get(key.casefold() if _LATIN_NAME.match(key) else key, []) if p.start < f.start]
            if earlier and earlier[-1].attributes.get("role") == "official":
                f = _with_role(f, "official", "person")
        final.append(f)
    return final


_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ' .-]+$")


def _kun_only(f: Finding) -> bool:
    """A full name whose only evidence of a private person is 君 after it."""
    return bool(f.attributes.get("full_name")) and f.attributes.get("role") == "private" \
        and f.attributes.get("role_word") == "君"


# A speaker's turn in minutes: a mark opening the line (○山田委員, ◆委員（山田太郎君）).
_SPEAKER_MARK = re.compile(r"^[ \t]*[○◯〇◆◎◇●]", re.M)
# Honorifics by which one member speaks of another (高梨さんの御質問, 高梨氏の指摘).
_COLLEAGUE_HONORIFICS = frozenset(["さん", "氏"])


def _members_by_surname(text: str, persons: list[Finding]) -> list[Finding]:
    """In minutes (lines opened by speaker marks), a surname alone before さん
    or 氏 that is the surname of a member or official the document names in
    office -- in its roster (委員　高梨 健一) or as a speaker (○高梨委員) --
    is that person: members speak of each other so (高梨さんの御質問にもあった).
    Not when a word and の describe the person first (近所の高梨さん: a
    resident who shares the surname) or という introduces them (高梨さんという方), nor when the document also names a
    private person with that surname: then the mention keeps its own role."""
    if not _SPEAKER_MARK.search(text):
        return persons
    official: set[str] = set()
    private: set[str] = set()
    for f in persons:
        key = f.attributes.get("person_key", "")
        role, source = f.attributes.get("role"), f.attributes.get("role_source")
        if role == "official" and source in ("role_before", "title_after"):
            official.add(key)
        elif role == "private" and source not in ("honorific",):
            private.add(key)
        elif role == "private" and f.attributes.get("full_name"):
            private.add(key)
    if not official:
        return persons
    out = []
    for f in persons:
        key = _compact(f.text)
        if (f.attributes.get("role") == "private" and f.attributes.get("role_source") == "honorific"
                and not f.attributes.get("full_name") and key in official and key not in private
                and f.attributes.get("role_word") in _COLLEAGUE_HONORIFICS
                and text[f.start - 1:f.start] != "の"
                and not text.startswith("という", f.end + len(f.attributes.get("role_word", "")))):
            f = _with_role(f, "official", "member")
        out.append(f)
    return out


# Two characters of one script side by side: a katakana or Latin key continues
# into the next word (グエン|ティ, YAMADA|S).
_SAME_SCRIPT = re.compile(r"[ァ-ヺー]{2}|[A-Za-z]{2}")


# An account holder's or a household's word after a surname (相沢名義, 相沢方, 相沢宅に),
# or an addressee's (相沢宛て, 相沢宛), not the head of a longer word (方面, 方針,
# 宅地, 家族, 宛先: a kanji follows).
HOLDER_AFTER = re.compile(rf"(?:名義|[宅方家邸宛])(?![{KANJI_ODORIJI}])")


# After a one-kanji surname mentioned again: a case particle or an honorific
# (南は, 林さん), not a word it starts (南側, 林業, 森の中).
_ONE_KANJI_AFTER = ("は", "が", "さん", "氏", "様", "から", "と", "に", "も", "へ", "を")
_KANA = re.compile(r"[ぁ-ゖァ-ヺー]")


# What joins the parts of a foreign name in katakana (ジョン・スミス, ジャン＝ポール; ＝ is = after NFKC).
_NAME_JOINERS = frozenset("・=＝")
_KATAKANA_FULL_NAME = re.compile(r"[ァ-ヺー]+(?:[・=＝][ァ-ヺー]+)+")


def _katakana_family_name(f: Finding) -> str | None:
    """The last part of a foreign full name in katakana (ジャック・ワーナー: ワーナー),
    which is how prose names the person again: a Western name puts the family
    name last, while ``person_key`` holds the first part, as for a Japanese name."""
    if not f.attributes.get("full_name") or not _KATAKANA_FULL_NAME.fullmatch(f.text):
        return None
    last = re.split(r"[・=＝]", f.text)[-1]
    return last if len(last) >= 2 else None


def _later_mentions(text: str, persons: list[Finding], others: list[Finding]) -> list[Finding]:
    """Bare mentions of a named person's surname that Sudachi did not tag."""
    taken = _taken(persons + others)
    surnames: dict[str, Finding] = {}
    family_names: set[str] = set()
    for f in persons:
        key = f.attributes.get("person_key", "")
        if f.attributes.get("full_name") and f.score >= 0.6 and key in f.text and (
                len(key) >= 2 or _KANJI.match(key)):
            surnames.setdefault(key, f)
        family = _katakana_family_name(f)
        if family and f.score >= 0.6:
            surnames.setdefault(family, f)
            family_names.add(family)
    added: list[Finding] = []
    for key, ref in surnames.items():
        for m in re.finditer(re.escape(key), text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            prev = text[s - 1] if s else " "
            nxt = text[e] if e < len(text) else " "
            if _KANJI.match(prev) or _SAME_SCRIPT.match(prev + key[0]) or _SAME_SCRIPT.match(key[-1] + nxt):
                continue  # inside a longer word: グエンティ, KYAMADA
            if key in family_names and (prev in _NAME_JOINERS or nxt in _NAME_JOINERS or nxt.isascii() and nxt.isalnum()
                                        or not_a_person_after(text, e)):
                continue  # a part of another foreign name (ワーナー・ブラザース), a company's (ワーナー社), a model's (ルガーP08)
            if len(key) == 1 and (_KANA.match(prev) or not text.startswith(_ONE_KANJI_AFTER, e)):
                continue  # a one-kanji surname (南 大地 … 南は) only where it stands as a subject or party
            role, source, word = decide_role(text, s, e)
            if _KANJI.match(nxt) and source not in ("title_after", "honorific") and not HOLDER_AFTER.match(text, e):
                continue  # part of a longer word (宮本町), not the surname (大河原氏 is)
            if source == "none":
                role, source = ref.attributes["role"], "mention"
            attrs = {"role": role, "role_source": source, "role_word": word, "person_key": key,
                     "full_name": False}
            why = f"文書中で既出の人物（{ref.text}）の姓"
            added.append(Finding("PERSON", s, e, text[s:e], 0.75, ref.recognizer, reason=why,
                                 attributes=attrs))
            taken.add(s, e)
    return added


# A bill asking the council to consent to an appointment or to give its opinion on
# a nomination (地方自治法 第162条 副市長, 第196条 監査委員; 地教行法 第4条 教育委員;
# 地方税法 第423条 固定資産評価審査委員会委員; 人権擁護委員法 第6条 推薦): the person
# in its 氏名 field is put forward for a public office, and the bill is published
# with the name, its reading and the later mentions of it.
# (the law the request rests on may stand between: 任命したいので、地方教育行政の組織及び
# 運営に関する法律第４条第２項の規定により、議会の同意を求める)
_APPOINTMENT = re.compile(r"(?:任命|選任|委嘱|推薦)[^。\n]{0,80}?(?:同意|意見)を求め")
# How far after the request the 記 section with the 氏名 field may stand.
_APPOINTMENT_REACH = 800
_NAME_FIELD_WORDS = frozenset(["氏名", "氏 名", "氏  名", "名前"])


def _appointees(text: str, persons: list[Finding]) -> list[Finding]:
    """The persons an appointment bill puts forward, official at every mention
    (the 氏名 field, its reading, 鬼頭氏を任命したい); other persons unchanged."""
    requests = [m.end() for m in _APPOINTMENT.finditer(text)]
    if not requests:
        return persons
    keys: set[str] = set()
    for f in persons:
        attrs = f.attributes
        if attrs.get("role") != "official" and attrs.get("full_name") and attrs.get("role_word") in _NAME_FIELD_WORDS \
                and any(0 <= f.start - r <= _APPOINTMENT_REACH for r in requests):
            keys.add(attrs.get("person_key", ""))
    keys.discard("")
    if not keys:
        return persons
    named = [f for f in persons if f.attributes.get("person_key") in keys]
    out = []
    for f in persons:
        if f.attributes.get("role") != "official" and (
                f.attributes.get("person_key") in keys
                or any(g.start <= f.start and f.end <= g.end for g in named)):
            f = _with_role(f, "official", "appointment", "任命")
        out.append(f)
    return out
