"""FAMILY: 続柄 and household composition, a quasi-identifier: relations
(長女（6歳）), household sizes (4人世帯, 夫と二人), the census household
types (単独世帯, 夫婦のみの世帯, 三世代同居, 母子家庭) and the way minutes
describe a household's circumstances (夫婦二人で暮らす, お子さん３人,
妻に先立たれ, 長男は県外に在住).

Vocabulary: ``data/quasi_identifiers.toml`` ``family`` and ``[household]``,
and ``data/households.toml`` (kin terms of the resident register, household
types said in words, living with a relation, caring for one)."""

import re

from redactor.data_files import load_toml
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import ATTRIBUTES_KEY, JaPattern, JaPatternRecognizer
from redactor.recognizers._family_extent import RESIDENCE, widened
from redactor.recognizers._not_subject import mark
from redactor.recognizers._table_cells import cells_under
from redactor.tokens import Token
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
_HH = _QI["household"]
_CH = load_toml("households.toml", "redactor.recognizers.data")



_ALT = words_regex(list(_QI["family"]) + list(_CH["kin_terms"]))
_REL = words_regex(_HH["relatives"])
_COUNT = "[0-9一二三四五六七八九]人"
_SHORT = words_regex(_HH["short_relatives"])
# skip at once to where a relation can start (these patterns open with a lookbehind)
_SHORT_FIRST = "(?=[%s])" % "".join(sorted({re.escape(w[0]) for w in _HH["short_relatives"]}))
# 村井氏の|, 申出人の|: one fixed-width lookbehind per owner word
_OWNED = "(?:%s)" % "|".join(f"(?<={re.escape(o)}の)" for o in _HH["relation_owners"])
_KANJI = KANJI_ODORIJI
# a one-character relation as a word of its own: no kanji touching it (父母, 母子, 夫婦, 祖母 is a word of the list)
_ALONE_BEFORE = rf"(?<![{_KANJI}])"
_ALONE_AFTER = rf"(?![{_KANJI}])"
# a table column of each row's household or relation (世帯構成　単身, 続柄　長女)
_COLUMN_HEADINGS = frozenset(_HH["column_headings"])
_COLUMN_HEADING_ANY = re.compile(words_regex(_HH["column_headings"]))
_COLUMN_CELL = re.compile(r"[一-龯々ぁ-んァ-ヶー0-9・、（）()]{1,16}")
# a household told in the cell: a character of kin or household (not 相談内容, the next field's label)
_COLUMN_KIN = re.compile(f"[{re.escape(_HH['column_cell_chars'])}]")
# the ending of a verb of living that goes on (…で暮らしている, …と同居しており): part of the fact
_GOING_ON = "(?:ている|ていた|ており|ています|てきた|いる|いた|おり)?"


# the person a household word modifies (一人暮らしの男性, 独居の高齢者, 母子家庭の児童)
_PERSON_AFTER_NO = re.compile(words_regex(_CH["person_after_no"]))
# the sex of the relation a kin word names (the first kin word of the finding: 長女 in 長女は県外)
_RELATION_SEX = {w: "female" for w in _CH["female_kin"]} | {w: "male" for w in _CH["male_kin"]}
_SEXED_KIN = re.compile(words_regex(_RELATION_SEX))


class FamilyRecognizer(JaPatternRecognizer):
    ENTITY = "FAMILY"
    DESCRIPTION = "続柄・世帯構成"
    PATTERNS = (
        JaPattern("世帯人数", r"(?:夫婦と子[0-9一二三四五]人の)?[0-9一二三四五六七八九]人(?:世帯|家族)|(?:[夫妻母父]|家内|主人|女房|連れ合い)(?:[（(][0-9０-９]{1,3}(?:歳|才)?[）)])?と二人(?:暮らし)?"
                  # 三人暮らし, 4人で暮らしている: the household's size said as how they live
                  r"|(?<![0-9一二三四五六七八九十])[2-9二三四五六七八九]人(?:暮らし|で暮らし|で生活)", 0.7, anchor='世帯|家族|二人|暮らし|生活'),
        JaPattern("続柄", rf"(?:{_ALT})(?!手当|家庭等|世帯等|制度|向け|以降|以上)", 0.6),
        JaPattern("世帯の類型", rf"(?:{words_regex(list(_HH['words']) + list(_CH['household_words']))})(?!等|向け|への支援|を対象|数|率|の割合)", 0.6),
        # 夫婦二人で暮らす, 母子二人きり, 親子三人
        JaPattern("二人暮らし", rf"(?:{words_regex(_HH['pairs'])})(?:二人|2人|ふたり|三人|3人|四人|4人)(?:暮らし|きり|で暮らし{_GOING_ON})?", 0.6,
                  anchor=words_regex(_HH["pairs"])),
        # 母と同居, 長男と二人で暮らし, 妻と別居: a relation the person lives with or apart from
        JaPattern("世帯の類型", rf"(?<![{_KANJI}])(?:{_REL})と(?:{words_regex(_CH['live_with'])}){_GOING_ON}", 0.6,
                  anchor=words_regex(_CH["live_with"])),
        # 母を介護している, 夫の介護をしており: the household formed around a relation's care
        # (weighed as 介護で同居 is: the same fact of the household)
        JaPattern("介護で同居", rf"(?<![{_KANJI}])(?:{words_regex(_HH['cared_for'])})(?:{words_regex(_CH['care_verbs'])})", 0.6,
                  anchor="介護|看病|世話"),
        # 若い夫婦と幼児１人, 母親と中学生２人, 祖母と孫２人: a household told by its members and
        # how many children (the census 夫婦と子供 / 女親と子供 / 祖父母と孫 households); the count
        # makes it one household, not a programme's 母と子の…
        JaPattern("世帯の構成", rf"(?:若い|高齢の|年配の)?(?:{words_regex(_CH['household_heads'])})と"
                  rf"(?:{words_regex(_CH['household_children'])})(?:が|は)?(?<![0-9０-９])[1-9１-９一二三四五]人(?!以上|以下|未満|目|まで|に1人|に一人|に対し|に対する|を対象|の場合|当たり|あたり)",
                  0.6, anchor="人"),
        # 父・母・弟, 両親・弟: the members of a household listed (同居家族（父・母・弟）)
        # (not a form's fields: 父・母の氏名を記入)
        JaPattern("続柄（列挙）", rf"(?<![{_KANJI}])(?:{_SHORT}|両親|祖父母)(?:・(?:{_SHORT}|両親|祖父母))+(?![{_KANJI}])"
                  r"(?!の?(?:氏名|名前|住所|欄|署名|生年月日|連絡先|職業))", 0.6,
                  anchor="・"),
        # 交際相手と同居していた, 知人と同居: someone not of the kin in the household
        JaPattern("世帯の類型", rf"(?:{words_regex(_CH['non_kin_partners'])})と(?:同居(?:して|し)?|一緒に住んで|一緒に暮らして){_GOING_ON}", 0.6,
                  anchor="同居|一緒に"),
        # 二世代同居, 3世代で暮らす
        JaPattern("世代同居", r"[二三四2-4]世代(?:同居|世帯|家族|で暮らし|で同居)", 0.6, anchor="世代"),
        # お子さん3人, 孫が2人
        JaPattern("子の数", rf"(?:お子さん|子ども|子供|孫)(?:が|は)?{_COUNT}(?!以上|以下|未満|目|分|まで|に1人|に一人)", 0.5,
                  anchor="お子さん|子ども|子供|孫"),
        # ３人の子どもを育てる, 二人の息子がいる: the number of children written first (not a rate or
        # a share of a statistic: 1人の子どもに対し, 2人の子のうち)
        JaPattern("子の数", rf"(?<![0-9０-９一二三四五六七八九十])[1-9１-９一二三四五六七八九]人の(?>{words_regex(_CH['children_after_count'])})"
                  r"(?!に対し|に対する|のうち|当たり|あたり|を持つ世帯|のいる世帯|がいる世帯|を養育する世帯|[ぁ-ん]*世帯)",
                  0.5, anchor="人の"),
        # 中学生の子二人, 高校生の娘, 小学生の長男が: a child told by its school stage; the stage is
        # the child's (the household's make-up), not the occupation of the one who has the child
        # (stages joined: 中学生と小学生の子ども２人)
        JaPattern("同居の子", rf"(?<![{_KANJI}])(?:{words_regex(_CH['child_stages'])})(?:[と・、や](?:{words_regex(_CH['child_stages'])}))*"
                  rf"の(?:{words_regex(_CH['stage_children'])})"
                  rf"(?:[がは]?(?:{_COUNT}|[２-９]人))?(?![{_KANJI}])", 0.5, anchor="生の|児の"),
        # ３人きょうだい, 四人兄弟の末っ子: the siblings of a child
        JaPattern("子の数", r"(?<![0-9０-９一二三四五六七八九十])[2-9２-９二三四五六七八九]人(?:きょうだい|兄弟|姉妹)", 0.5,
                  anchor="きょうだい|兄弟|姉妹"),
        # 祖母が仕事を休んで面倒を見ている, 父親が一人で育てている: who looks after a child or a relative
        JaPattern("介護で同居", rf"(?<![{_KANJI}])(?:{_REL}|祖父母|祖父|祖母|叔母|叔父|伯母|伯父)が[^。、\n]{{0,8}}?"
                  rf"(?:{words_regex(_CH['looks_after'])})", 0.5, anchor=words_regex(_CH["looks_after"])),
        # 妻に先立たれ, 夫を亡くし, 妻を亡くされ, ご主人と死別
        JaPattern("死別", rf"(?:{_REL})(?:に先立たれ|を亡くされ|を亡くし|を亡くして|を亡くした|が亡くなり|が亡くなって|が亡くなった|"
                  r"が他界し|が他界して|が他界した|と死別)", 0.6, anchor="先立|亡く|他界|死別"),
        # 孫を引き取って育てている: a relation taken into the household
        JaPattern("同居の子", rf"(?<![{_KANJI}])(?:{_REL})を引き取(?:って|り|った)(?:育て|養育|暮らし|同居)?[ぁ-ん]{{0,4}}", 0.6, anchor="引き取"),
        # a relation a form or a record gives: （母） after a name, 妻（84歳） or
        # 母（山川 由紀） before brackets, 父　山川 健一 before a name in a roster
        JaPattern("続柄（括弧）", rf"[（(](?P<value>{_SHORT})(?=[）)])", 0.6),
        # （母、七十九歳）, （８６歳、妻）: the relation as one item of a record's bracketed list
        # (the person's age or role beside it; not 父母 or 夫婦, a compound)
        JaPattern("続柄（括弧）", rf"(?:(?<=[（(])(?:{_SHORT})(?=[、，,・][^）)\n]{{1,12}}[）)])|(?<=[、，,・])(?:{_SHORT})(?=[）)]))", 0.6,
                  anchor=r"[（(]"),
        # 同居の母, 近所に住む妹: a one-character relation the residence before it makes one
        # (the residence is taken into the finding by _family_extent)
        JaPattern("続柄（同居）", rf"{RESIDENCE}(?:{_SHORT}){_ALONE_AFTER}", 0.6, anchor="同居|一緒に|住|暮ら|在住"),
        JaPattern("続柄（括弧の前）", rf"{_SHORT_FIRST}{_ALONE_BEFORE}(?:{_SHORT})(?=[（(](?:[0-9]{{1,3}}歳|[^）)\n]{{1,12}}[、,，・ 　]?[0-9]{{1,3}}歳|[{_KANJI}ァ-ヶー]{{1,4}}[ 　]?[{_KANJI}ぁ-んァ-ヶー]{{0,4}}[）)、,，]))",
                  0.6),
        JaPattern("続柄（名簿）", rf"{_SHORT_FIRST}(?:^|(?<=[ 　\t、：:]))(?:{_SHORT})(?=[ 　\t]+[{_KANJI}ァ-ヶー]{{1,4}}[ 　]?[{_KANJI}ぁ-んァ-ヶー]{{1,4}})", 0.5),
        # 中学２年生の娘, ８歳の息子: a child (or a relation) described by its age or grade
        JaPattern("続柄（年齢の後）", rf"(?:(?<=歳の)|(?<=才の)|(?<=代の)|(?<=年生の)|(?<=年の))(?:{_SHORT}){_ALONE_AFTER}", 0.5,
                  anchor="の"),
        # ○議員　…の方から伺いました。夫は市内の工場で働いています: a spouse or a child opening a
        # sentence, a clause (煙に気付き、夫が通報) or a turn as its subject is a member of the household of the person just told of
        # (not 夫婦, 母子: the particle follows at once; not a parent or a sibling, 母は…, whom a
        # speaker as often tells of as their own; 夫は外で働き… said of everyone the risk check reads
        # as general)
        JaPattern("続柄（主語）", rf"(?:^|(?<=[。、\n 　「]))(?:{words_regex(_HH['subject_relatives'])})(?=[はがも])", 0.5,
                  anchor=words_regex(_HH["subject_relatives"])),
        # 村井氏の夫, 申出人の母: a relation of the person named before it
        JaPattern("続柄（の）", rf"{_SHORT_FIRST}{_OWNED}(?:{_SHORT}){_ALONE_AFTER}", 0.6),
        # 親の介護のため県外から戻ってきた, 母の介護で実家に戻った: a household formed around
        # the care of a parent (a U-turn), which the neighbours all know
        JaPattern("介護で同居", rf"(?:{words_regex(_HH['cared_for'])})の(?:介護|看病|世話)(?:のため|で)(?:に)?[^。、\n]{{0,10}}?"
                  rf"(?:{words_regex(_HH['came_back'])})", 0.6, anchor="介護|看病|世話"),
        # 乳児がいる, 障害のある子がいる: who else lives in the household (生後8か月 before it is an AGE
        # of its own, which would take the overlap and leave the household unsaid)
        JaPattern("同居の子", rf"(?:{words_regex(_HH['dependants'])})"
                  r"(?:が|を)(?:いる|いて|おり|います|抱えて|育てて)", 0.6, anchor=words_regex(_HH["dependants"])),
        # 長男は県外に在住, 娘が遠方で暮らしている
        JaPattern("離れて暮らす家族", rf"(?:{_REL})(?:さん|様)?(?:は|が|も)?(?:{words_regex(_HH['away_places'])})(?:(?:に|で)"
                  r"(?:在住|住んで|暮らして|住む|暮らす|おり|いる)|在住)", 0.6, anchor=words_regex(_HH["away_places"])),
        # 娘さんは隣県に嫁いでおり, 長男は札幌で就職し: a child gone from the household, and where
        JaPattern("離れて暮らす家族", rf"(?<![{_KANJI}])(?:{_REL})(?:さん|様|たち)?(?:は|が|も)(?:[{_KANJI}ァ-ヶー]{{1,6}}(?:に|で|へ)|(?:すでに|既に|もう|みな|皆)、?)"
                  rf"(?:{words_regex(_CH['gone_away'])})", 0.6, anchor=words_regex(_CH["gone_away"])),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        """``relation_sex``: the sex of the relation the kin word names (長女:
        female, 夫: male), stated as plainly as 女性 or 男性; the relation's,
        which is the subject's only where the relation is the one described
        (長女がけがをした, not 妻に先立たれた男性)."""
        m = _SEXED_KIN.search(text, start, end)
        return {"relation_sex": _RELATION_SEX[m.group()]} if m else {}

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """The findings, a word naming a class of people marked as no one's
        (``_not_subject``); a household word written as the modifier of the
        person it describes (一人暮らしの|男性, 独居の|女性) keeps its の: the
        phrase 一人暮らしの is the attribute, and the person after it is a
        finding of its own (GENDER) or a word every document has."""
        for r in mark(self._found(text, tokens), text):
            if text.startswith("の", r.end) and _PERSON_AFTER_NO.match(text, r.end + 1) \
                    and r.recognition_metadata.get(ATTRIBUTES_KEY, {}).get("kind") != "administrative":
                r.end += 1
            yield r

    def _found(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        found = list(super().find(text, tokens))
        for r in found:
            # 同居の|母, 近所に住む|甥|の方: the residence and the honorific are the relation's (_family_extent)
            r.start, r.end = widened(text, r.start, r.end)
        yield from found
        if _COLUMN_HEADING_ANY.search(text):
            taken = [(r.start, r.end) for r in found]
            for start, end, _ in cells_under(text, _COLUMN_HEADINGS, spaced=True):
                value = text[start:end]
                if value in _COLUMN_HEADINGS or value.isdigit() or not _COLUMN_CELL.fullmatch(value) \
                        or not _COLUMN_KIN.search(value) or any(a < end and start < b for a, b in taken):
                    continue
                # 夫婦, 単身, 母と子: under the column's heading a household whatever its form
                yield self.result("FAMILY", start, end, 0.6, "続柄・世帯構成の形式（表の世帯構成の列）",
                                  pattern="世帯構成（列）")
