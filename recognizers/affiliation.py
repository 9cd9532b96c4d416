"""AFFILIATION: a school with grade or class, a facility, an employer or a
bank branch (緑ヶ丘市立北中学校, 2年3組, 第5学年, 株式会社…工場), a
quasi-identifier; company names of contract parties are kept."""
import re

from redactor.data_files import load_toml
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._not_subject import NotSubjectMixin
from redactor.recognizers._text import KANJI, words_regex

_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
_SCHOOLS = _QI["schools"]
_AF = _QI["affiliation"]
# 野球部, 吹奏楽部員, 囲碁クラブ, スポーツ少年団: the activity names the club (総務部, 福祉部 are offices, not listed)
_CLUB = (rf"(?<![{KANJI}ァ-ヶー])(?:%s)(?:%s)(?![{KANJI}])|(?:[{KANJI}ァ-ヶー々]{{1,8}}?)?(?:%s)"
         % (words_regex(_AF["club_activities"]),
            words_regex(_AF["club_heads"]),
            words_regex(_AF["teams"])))
_ALT = words_regex(_SCHOOLS)
_POSTS = words_regex(_AF["staff_posts"])
_UNITS = words_regex(_AF["staff_units"])
_DEPT_UNITS = words_regex(_AF["staff_units_under_a_department"])
_K = rf"{KANJI}ァ-ヶーぁ-ん"


# a name written wholly in hiragana (ひまわり保育園, さくら幼稚園): three kana or more
# at a word's start, not ending like a particle or a verb (申し込んだ保育園, 近くの保育園)
_KANA_NAME = r"(?<![ぁ-ん])[ぁ-ん]{3,6}(?<![のなにでをはがともへやただるいすうくずぬ])"
_PARTICLE = re.compile(r"^[はがをにでともへの](?=[ぁ-ん])")
# who founded it, before a name in kana (市立ひばり小学校, さくら市立みどり小学校): part of the
# school's name as its sign and its letters write it
_FOUNDER = rf"(?:{_KANA_NAME})?[{KANJI}]{{0,6}}?[市町村県区都府道]立|私立|国立|公立"
# a school shortened to 〇〇小 or 〇〇中 before the grade, as a case record writes it
# (西里小２年, 北浜中３年); not a period (工事中２年間) nor 市内小
# (中 only with the grades a 中学校 has, and not closing a state: 在職中, 在学中, 治療中, 入院中)
_SHORT_SCHOOL = (rf"(?<![{KANJI}ァ-ヶー])[{KANJI}ァ-ヶー]{{1,5}}(?<![市町村区内立期事])"
                 rf"(?:小[0-9一二三四五六]|(?<!在職)(?<!在学)(?<!治療)(?<!入院)(?<!休職)(?<!療養)(?<!勤務)中[1-3一二三])年生?"
                 r"(?![0-9０-９]|間|度|前|後|目|以|分|ぶり)")


class AffiliationRecognizer(NotSubjectMixin, JaPatternRecognizer):
    GUARD_PATTERNS = True  # see JaPatternRecognizer: measured faster on the benchmark text
    ENTITY = "AFFILIATION"
    DESCRIPTION = "所属"
    PATTERNS = (
        JaPattern("学校", rf"(?:{_FOUNDER})?(?:{_KANA_NAME}[{KANJI}ァ-ヶー]{{0,14}}|(?:[ぁ-ん]{{2,6}})?[{KANJI}ァ-ヶー]{{1,14}})(?:{_ALT})(?:[0-9０-９一二三四五六]年生?(?![0-9０-９一二三四五六七八九]+組))?(?:内の[{KANJI}ァ-ヶー]{{1,10}}(?:{_ALT}))?"
                  # 中居小学校体育館 (a shelter, a polling place): a building of the school, no one's school
                  r"(?!体育館|校庭|グラウンド|プール|体育施設|講堂)", 0.6, anchor='学校|高校|保育|幼稚園|学童|こども園|大学'),
        JaPattern("学校（略称）", _SHORT_SCHOOL, 0.5, anchor="年"),
        JaPattern("学年・学級", r"(?<![0-9])[0-9一二三四五六]年(?:[0-9一二三四五六七八九]+|[A-Za-zＡ-Ｚａ-ｚ])組|第[0-9一二三四五六]学年(?:[0-9一二三四五六七八九]+組)?|[0-9一二三四五六]年生"
                  # a nursery's classes: by year (年長組, 年中クラス) or by age (３歳児クラス)
                  r"|年[長中少](?:組|クラス|児|さん)|[0-5０-５]歳児(?:組|クラス)"
                  r"|(?:小学|中学|高校)[0-9一二三四五六]年生?", 0.6),
        # 学校名　本郷小学校　４年: the grade in the next cell of a form, written without 生
        JaPattern("学年（欄）", rf"(?:{_ALT})[ \u3000]{{1,3}}(?P<value>[0-9０-９一二三四五六]年)(?=[ \u3000\n]|$)", 0.5, anchor="年"),
        # a company's name after its legal form: kanji, katakana or Latin, after at most one
        # leading run of kana (株式会社ひまわり建設); a particle ends it (株式会社北浜建設の工事課長
        # names the company, not its staff member after the の); a legal form a name follows is
        # the next company's prefix (保守委託先株式会社エムテック: 株式会社エムテック, not …委託先株式会社)
        JaPattern("会社", rf"(?:株式会社|有限会社|合同会社|社会福祉法人|医療法人|学校法人|一般社団法人|NPO法人|ＮＰＯ法人)(?:[ぁ-ん]{{2,8}}(?=[{KANJI}ァ-ヶー]))?[{KANJI}ァ-ヶーA-Za-z]{{1,16}}(?:[ ][{KANJI}ァ-ヶー]{{1,10}}(?:工場|支店|営業所|事業所))?|[{KANJI}ァ-ヶーA-Za-z]{{1,16}}(?:株式会社|有限会社)(?![{KANJI}ァ-ヶーA-Za-z])", 0.5, anchor='会社|法人'),
        JaPattern("部活動", _CLUB, 0.5, anchor="部|クラブ|同好会|少年団|チーム"),
        # 北町老人クラブ, 東区子ども会: a community body of a district
        JaPattern("地域団体", rf"(?:[{KANJI}ァ-ヶー々]{{1,8}}?)?(?:{words_regex(_AF['community_bodies'])})", 0.5,
                  anchor=words_regex(_AF["community_bodies"])),
        # 消防団第３分団, 消防団の北分団: the brigade unit of a district
        JaPattern("地域団体", rf"消防団の?(?:第[0-9一二三四五六七八九十]{{1,2}}|[{KANJI}]{{1,4}})(?:{words_regex(_AF['brigade_units'])})(?![{KANJI}])",
                  0.5, anchor="消防団"),
        # 市内北部の小規模校, 山間部の小学校, 全校児童１２人の小学校: a school named by where it
        # is and how small, which the parents of the district read as its name
        JaPattern("学校の特徴", rf"(?:(?:市|町|村|区)内)?(?:{words_regex(_AF['school_areas'], longest_first=False)})の"
                  rf"(?:(?:{words_regex(_AF['school_sizes'], longest_first=False)})(?:の)?)?(?:小規模校|大規模校|へき地校|分校|小学校|中学校|高校|学校)"
                  rf"|(?:全校|全校児童|全校生徒|児童数|生徒数)[0-9０-９一二三四五六七八九十]{{1,3}}(?:人|名)(?:ほど|程度)?の(?:小規模校|分校|小学校|中学校|学校)"
                  rf"|(?<![{KANJI}])(?:小規模校|へき地校|複式学級)", 0.5, anchor="校|学級"),
        # 市民生活部市民課に勤務する主任, 財政課の主事, 市民課に所属する４０代の職員: the unit a
        # member of staff serves in, written before their post
        JaPattern("所属（職員）", rf"(?<![{KANJI}])(?:[{KANJI}]{{1,8}}(?:部|局)[{_K}]{{1,10}}(?:{_DEPT_UNITS})|[{KANJI}ァ-ヶー]{{1,10}}(?:{_UNITS}))"
                  rf"(?=(?:に勤務する|に所属する|所属の|勤務の|の|[ \u3000\t]+)[^、。\n]{{0,12}}?(?:{_POSTS})(?![{KANJI}]))", 0.5,
                  anchor=_POSTS),
        # a form's 所属 field (所属　市民課, 所属：環境部ごみ対策課)
        JaPattern("所属（欄）", rf"(?<![{KANJI}])所[ \u3000]?属[ \u3000\t:：]+(?P<value>(?:[{KANJI}]{{1,8}}(?:部|局))?[{_K}]{{1,10}}(?:{_DEPT_UNITS}))",
                  0.5, anchor="属"),
        JaPattern("支店", rf"[{KANJI}ァ-ヶー]{{1,10}}(?:銀行|信用金庫)[{_K}]{{1,10}}支店", 0.6, anchor='支店'),
    )

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """A name may start with hiragana (さくら市立…), but not with the
        particle that ends the words before it (児童はさくら市立…)."""
        start, end = super().span_of(match)  # the value group, where the pattern has one (学年（欄）)
        if _PARTICLE.match(match.string[start:end]) and start > 0 and not re.match(r"[ぁ-ん]", match.string[start - 1]):
            start += 1
        return start, end
