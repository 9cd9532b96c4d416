"""OCCUPATION: a person's job or trade, a quasi-identifier: job words
(個人タクシー運転手, 技能実習生, 理容師) from the major and middle groups of
the Japan Standard Occupational Classification, and work described rather
than named (町内の製材所に勤めている, 駅前で理髪店を営む, 消防団の分団長を
務めた, 元市職員, ぶどうを栽培している農家). A modifier written right
before the job word (個人, 食品製造の) is part of it: it narrows it.

Vocabulary: ``data/quasi_identifiers.toml`` ``occupations`` and
``[occupation]``, and ``data/jsoc_occupations.toml``: the occupation nouns
of the JSOC major groups A-L (a finding of one carries its group as
``jsoc``), the trades a sentence says someone runs (不動産業を営む), the
schools a student attends (専門学校に通う) and the staff of a workplace
(福祉施設の職員)."""
import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._not_subject import NotSubjectMixin
from redactor.recognizers._text import KANJI, words_regex
from redactor.tokens import Token

_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
_OC = _QI["occupation"]
_JSOC = load_toml("jsoc_occupations.toml", "redactor.recognizers.data")
# noun -> its JSOC major group letter (医師 -> B); the first group a noun is listed under
_JSOC_GROUP = {w: g for g, words in reversed(list(_JSOC["groups"].items())) for w in words}
_JSOC_WORD = re.compile(words_regex(_JSOC_GROUP))
_TR = _JSOC["trades"]
_WORKPLACE_SUFFIX = words_regex(_TR["workplace_suffixes"])
# 近隣の|解体業者: the words before a 業者 that make it a neighbour's trade (lookbehinds, each fixed width)
_OPERATOR_PLACED = "|".join(f"(?<={re.escape(w)})" for w in _TR["operator_placed_before"])
# what makes a job word the name of a group or a programme (介護施設の職員の処遇改善, 保育士等): many people
_NOT_ONE = r"(?!向け|制度|支援|の皆|の確保|の育成|の養成|の処遇|の配置|の人材|不足|数|等|の方々|全体)"

_ALT = words_regex(list(_QI["occupations"]) + list(_OC["jobs"]) + list(_JSOC_GROUP))
_N = rf"[{KANJI}ァ-ヶーA-Za-z々]"  # a word of a name or place (no particles)
_WORK_VERBS = words_regex(_OC["work_verbs"])
# an age written before the job (八十代の, 70代後半の, 45歳の) or the tail of one (代の)
_AGE_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十百]*(?:代|歳|才)(?:前半|後半|半ば)?の")
_POST_VERBS = words_regex(_OC["post_verbs"])
_STAFF_POSTS = words_regex(_QI["affiliation"]["staff_posts"])
# how often or when someone works there (運送会社で週3日アルバイト, 工場で夜間のパート)
_SHIFT = r"(?:週[0-9一二三四五六七](?:日|回)|週末|土日|平日|夜間|早朝|深夜)"


# A small area written as the job's modifier (北原字中ノ沢の農家, 北原地区の農家): the
# place is an attribute of its own (PLACE), which the risk check must see apart.
_PLACE_MODIFIER = re.compile(rf"[^の\n]{{0,10}}?(?:大字|字[{KANJI}ァ-ヶー]{{1,5}}|地区|集落|団地|丁目|旧[{KANJI}ァ-ヶー]{{1,6}}[村町])の")


# An origin written as the job's modifier (ネパール国籍の留学生, ペルー出身の技能実習生):
# a NATIONALITY of its own, which the risk check weighs apart from the job.
_ORIGIN_MODIFIER = re.compile(r"[^の\n]{1,10}?(?:国籍|出身)の")


# the form of employment written between a workplace and its verb (部品工場に派遣で勤めている,
# スーパーにパートとして勤務): how the census asks 従業上の地位
_EMPLOYMENT = words_regex(_OC["employment_forms"])
_EMPLOYED_AS = rf"(?:に|で)(?:{_EMPLOYMENT})(?:で|として)(?:勤め|働|勤務)[ぁ-ん]{{0,6}}"
# a clinic or a day centre someone attends as a patient or a user: no workplace
_ATTENDED = re.compile(rf"(?:{words_regex(_OC['attended_not_work'])})(?:に|へ)(?:通|通院|通所)")

# a modifier does not start inside a count (週２|回清掃のアルバイト), but may after an age's
# number (70|代後半の酪農家: the age is cut off in span_of)
_NOT_A_COUNT = "(?:(?<![0-9０-９])|(?=代|歳|才))"
# when or where a job is done, written before the workplace (夜間は, 週末だけ, 市内で, 自宅で)
_WORK_BEFORE = rf"(?:{_SHIFT}|昼間|夜|日中)(?:は|だけ|のみ)?、?|(?:(?:市|町|村|区)内|地元|近所|自宅)で(?=[^、。\n]{{0,12}}?を(?:営|経営|切り盛り|開))"

# short job words that are pieces of longer katakana words (see find)
_PIECES = re.compile(words_regex(load_toml("not_subject.toml", "redactor.recognizers.data")["occupation"]["katakana_pieces"]))
_KATAKANA = re.compile(r"[ァ-ヶー]")
# a school stage said of a child (中学生の|子二人, 高校生の|娘): the child's stage, which the
# FAMILY recognizer reads as the household's make-up (data/households.toml child_stages)
_HOUSEHOLDS = load_toml("households.toml", "redactor.recognizers.data")
_CHILD_STAGE = re.compile(words_regex(_HOUSEHOLDS["child_stages"]))
_STAGE_CHILD_AFTER = re.compile(rf"(?:[と・、や](?:{words_regex(_HOUSEHOLDS['child_stages'])}))*"  # 中学生|と小学生の子ども
                                rf"の(?:{words_regex(_HOUSEHOLDS['stage_children'])})(?![{KANJI}])")


# the workplace or the trade a form's cell adds in brackets after the job (会社員（桜庭精機）,
# 自営業（美容院）, 無職（元保育士）): what narrows the job is inside; not an age or a sex
# (看護師（３０代）: an AGE and a GENDER of their own, which the risk check weighs apart)
# (the bracket must name work: a job word, a former job, or a workplace's or a firm's ending; a
# name in brackets, ○主任介護支援専門員（佐藤）, is the speaker's)
_BRACKET_DETAIL = re.compile(r"[（(](?![^）)\n]*[0-9０-９歳代才男女])(?P<inner>[^（()）\n、。]{1,14})[）)]")
# (a firm's full name with its legal form and a job after a space, 会社員（株式会社青葉運送
# ドライバー）, are an AFFILIATION and an OCCUPATION of their own: the bracket stays apart)
_NAMES_WORK = re.compile(rf"^元(?:{_ALT})$|^(?![^　 ]*[　 ])(?!.*(?:株式会社|有限会社|合同会社|法人)).*(?:{words_regex(_OC['workplaces'])}|{_WORKPLACE_SUFFIX}|業|精機|工業|商事|建設|産業|組)$")


class OccupationRecognizer(NotSubjectMixin, JaPatternRecognizer):
    GUARD_PATTERNS = True  # see JaPatternRecognizer: measured faster on the benchmark text
    ENTITY = "OCCUPATION"
    DESCRIPTION = "職業"
    PATTERNS = (
        JaPattern("職業", rf"(?:{_NOT_A_COUNT}{_N}{{1,4}}で唯一の|{_NOT_A_COUNT}{_N}{{1,6}}の|{_NOT_A_COUNT}{_N}{{1,6}}(?=(?:{_ALT})))?(?:{_ALT})(?!向け|制度|支援|の皆|の確保|の育成|の養成|不足|数|院|会|員|師|士)", 0.5, anchor=_ALT,
                  # (員, 師, 士: a shorter noun inside a longer one the lookahead refused, 獣医|師会, 介護職|員の)
                  lead=9),  # the job word starts at most 9 characters in (地区で唯一の, six of a modifier and の)
        # 町内の製材所に勤めている, 駅前で理髪店を営む
        # (a workplace not listed is known by the suffix Japanese names a place of work with:
        # コールセンター, 物流倉庫, 青果市場; not 役所/役場, the office's own)
        # (with when or where the work is done written first: 夜間は弁当工場で働いている,
        # 市内でIT関係の会社を経営されている; and the verb's ending: …されている)
        JaPattern("勤め先", rf"(?:{_WORK_BEFORE})?(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_OC['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))"
                  rf"(?:{_WORK_VERBS}|で{_SHIFT}の?(?:アルバイト|パート)|{_EMPLOYED_AS})(?:(?<=[てで])(?:いる|いた|おります|おりました|おり|います|いました|おられる))?", 0.5,
                  anchor=rf"{_WORK_VERBS}|アルバイト|パート|{_EMPLOYMENT}"),
        # 市内ＩＴ企業勤務, 工場の夜勤, 病院勤務の夫: the work said as a noun of where and how, as a
        # form's 職業 field or a note writes it (not 本庁勤務: 役所/役場 are no workplace word here)
        JaPattern("勤め先", rf"(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_OC['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))"
                  r"の?(?:勤務|夜勤|日勤|交代勤務|夜勤勤務)(?![\u4e00-\u9fff]|先|の経験|の方を募集|の方歓迎)", 0.5, anchor="勤務|夜勤|日勤"),
        # 床屋を昭和４７年からやっております, 食堂を３０年前から営んでいる: a trade kept since a year
        JaPattern("勤め先", rf"(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_OC['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))"
                  r"を[^、。\n]{1,12}?から(?:やって|営んで|経営して|続けて)(?:いる|いた|おります|おりました|おり|います|いました|おられる)?",
                  0.5, anchor="から"),
        # 鮮魚店の跡取り, 創業９０年の履物店の三代目: who keeps a family business, after the business
        JaPattern("家業", rf"(?:創業[0-9０-９一二三四五六七八九十百]{{1,4}}年(?:の|、))?(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_OC['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))"
                  rf"の(?:{words_regex(_OC['heirs'])})(?![{KANJI}])", 0.5, anchor=words_regex(_OC["heirs"])),
        # 公園の清掃をしている, 新聞配達をしていた: a duty done as work
        JaPattern("仕事", rf"(?:{_N}{{1,8}}の)?(?:{words_regex(_OC['duties'])})(?:の仕事|業務|作業)?"
                  rf"(?:{words_regex(_OC['job_verbs'])})", 0.5, anchor=words_regex(_OC["duties"])),
        # 酪農をしており, 稲作に従事している, 家業を手伝っている: a trade of the industrial
        # classification named without 業, or the family business
        JaPattern("営む", rf"(?:{_SHIFT}に?)?(?:個人で|自営で|家族で|夫婦で)?(?:{words_regex(_OC['trades_said_plainly'])})"
                  rf"(?:{words_regex(_OC['trade_verbs'])})", 0.5, anchor=words_regex(_OC["trades_said_plainly"])),
        # 個人でタクシーを運転している: driving named by the vehicle driven for a living
        JaPattern("運転", rf"(?:個人で|自営で|仕事で)?(?:{words_regex(_OC['work_vehicles'])})(?:を運転|の運転)(?:している|していた|しており|を仕事|の仕事)",
                  0.5, anchor="運転"),
        # パートで働いている, 正社員として勤務している: the form of employment, the work unnamed
        JaPattern("雇用形態", rf"(?:市|町|村|県|会社)?の?(?:{_EMPLOYMENT})(?:で|として)(?:働|勤め|勤務)[ぁ-ん]{{0,6}}", 0.5,
                  anchor=_EMPLOYMENT),
        # 夜間に警備の仕事をしている, 介護の仕事に就いていた: the work named by its field
        JaPattern("仕事", rf"(?:{_SHIFT}に?)?{_N}{{1,8}}の仕事(?:{words_regex(_OC['job_verbs'])})", 0.5, anchor="の仕事"),
        # 夜勤のある仕事, 出張の多い仕事: work told by its hours or its travel, which the
        # neighbours see (the car gone at night)
        JaPattern("仕事", rf"(?:{words_regex(_OC['work_hours'])})の(?:ある|多い|続く)(?:仕事|職場|勤務)(?!への|に対する|向け|を対象|の確保|の方々|の皆)", 0.5, anchor="仕事|職場|勤務"),
        # 配達業務中であった相手方, 新聞配達中に: the duty someone was on
        JaPattern("業務中", rf"(?:{words_regex(_OC['duties'])})(?:業務|作業|の仕事)?(?:中|の途中)", 0.5,
                  anchor=words_regex(_OC["duties"])),
        # 市内の製材所で長く工場長|をされていた, 大阪で医者|をしている, 病院で看護師|として働いている:
        # a job word with a verb of doing it as work after it, and the workplace before it (the verb
        # is read, not taken: the job is what the phrase tells)
        JaPattern("勤め先での職", rf"(?:(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_OC['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))で"
                  rf"(?:長く|長年|長い間|{_SHIFT}|[0-9０-９一二三四五六七八九十]{{1,2}}年(?:間)?|以前は)?、?)?"
                  rf"(?:{words_regex(_OC['jobs_said_with_verb'])}|{_ALT})(?=(?:{words_regex(_OC['job_said_verbs'])}))", 0.5,
                  anchor=words_regex(_OC["job_said_verbs"])),
        # 地区の消防団員, 地元の消防団員: a resident's volunteer post in their district's fire corps
        # (消防団員 alone is as often the corps acting or a class: 消防団員を支援者に指定)
        JaPattern("地域の役", rf"(?:{_N}{{0,6}}(?:{words_regex(_OC['local_post_areas'])}))の(?:{words_regex(_OC['local_posts'])})(?![{KANJI}])",
                  0.5, anchor=words_regex(_OC["local_posts"])),
        # 消防団の分団長を務めた, ＰＴＡの役員をしている
        JaPattern("役", rf"{_N}{{1,8}}の(?:{words_regex(_OC['posts'])})(?:{_POST_VERBS})", 0.5, anchor=_POST_VERBS),
        # 元市職員, 元校長
        JaPattern("前職", rf"(?<![{KANJI}])元(?:{words_regex(_OC['former'])})", 0.5, anchor="元"),
        # 駐在所の元巡査, 元看護師: a former job of the classification, with where it was held
        JaPattern("前職（職業）", rf"(?:{_N}{{1,8}}の)?(?<![{KANJI}])元(?:{_ALT}|巡査|巡査部長|警部補|消防団員|駐在員)(?![{KANJI}])",
                  0.5, anchor="元"),
        # 元消防署長, 元信用金庫の支店長, 元小学校教諭: an organisation word and the post at its head
        JaPattern("前職（組織）", rf"(?<![{KANJI}])元[{KANJI}ァ-ヶー]{{1,8}}(?:の[{KANJI}ァ-ヶー]{{0,6}})?"
                  rf"(?:{words_regex(_OC['former_heads'])})(?![{KANJI}])", 0.5, anchor="元"),
        # 以前、小学校の先生をされていた, かつては漁師をしていた: a past job said without 元
        # (a school's 先生 is its teacher; 先生 alone is as often a member or a doctor)
        JaPattern("前職（以前）", rf"(?<![{KANJI}])(?:{words_regex(_OC['former_said_before'])})、?(?:{_N}{{1,8}}(?:の)?)?"
                  rf"(?:{_ALT}|(?<=校の)先生|(?<=園の)先生|{words_regex(_OC['former'])})(?:{words_regex(_OC['former_said_verbs'])})"
                  # (…中学校で理科の先生をされていた: the school where they taught, and the subject)
                  rf"|(?<![{KANJI}])(?:{words_regex(_OC['former_said_before'])})、?(?:{_N}{{1,8}}の)?{_N}{{0,6}}(?:校|園)で(?:{_N}{{1,6}}の)?"
                  rf"(?:先生|教師|教員|講師)(?:{words_regex(_OC['former_said_verbs'])})",
                  0.5, anchor=words_regex(_OC["former_said_before"])),
        # （三丁目、整骨院経営）, ・飲食店経営: a business run, as a value in brackets or a list
        # (not 病院経営の改善 in prose: the bracket or the list is the person's description)
        JaPattern("経営（括弧）", rf"(?<=[（(、・])[{KANJI}ァ-ヶー]{{0,6}}(?:{words_regex(_QI['occupation']['workplaces'])}|{_N}(?:{_WORKPLACE_SUFFIX}))"
                  r"(?:経営|自営|店主)(?=[）)、・,，])", 0.5, anchor="経営|自営|店主"),
        # 元町役場の税務課にいた, 元信用金庫の融資係に勤めていた: a former workplace told by its unit
        JaPattern("前職（部署）", rf"(?<![{KANJI}])元[{KANJI}ァ-ヶー]{{1,8}}の?[{KANJI}ァ-ヶー]{{0,6}}(?:課|係|室|局|部|署|支店|営業所)"
                  r"(?:に(?:いた|おられた|勤めていた|勤務していた|在籍していた)|で(?:働いていた|勤めていた))", 0.5, anchor="元"),
        # 水産加工業者, 板金業者の方: the operator of a trade named by it (not 委託業者, 関係業者: the office's
        # contractor or the trade as a whole)
        # (a person after it, or a neighbour or a small area before it: operator_person_after, operator_placed_before)
        JaPattern("業者", rf"(?:{_OPERATOR_PLACED})(?<![{KANJI}ァ-ヶー])(?!{words_regex(_TR['operator_not_before'])})[{KANJI}ァ-ヶー]{{1,6}}業者"
                  rf"(?![{KANJI}]){_NOT_ONE}(?!の皆|の方々|団体|間|名簿|一覧|説明会|の選定|の指定)"
                  rf"|(?<![{KANJI}ァ-ヶー])(?!{words_regex(_TR['operator_not_before'])})[{KANJI}ァ-ヶー]{{1,6}}業者"
                  rf"(?=(?:{words_regex(_TR['operator_person_after'])})(?!々))", 0.5, anchor="業者"),
        # 市民課に勤務する主任, 財政課の主事, 道路課　主任: a member of staff's post after their unit
        JaPattern("職（職員）", rf"(?:(?<=課)|(?<=係)|(?<=室))(?:に勤務する|に所属する|所属の|勤務の|の|[ \u3000\t]+)"
                  rf"(?P<value>{_STAFF_POSTS})(?![{KANJI}])", 0.5, anchor=_STAFF_POSTS),
        # a form's 職名 field (職名　主任, 職：主事)
        JaPattern("職（欄）", rf"(?<![{KANJI}])(?:職[ \u3000]?名|職)[ \u3000\t:：]+(?P<value>{_STAFF_POSTS})(?![{KANJI}])", 0.5,
                  anchor="職"),
        # 不動産業を営む, 農業に従事している: a trade of the industrial classification someone runs
        JaPattern("営む", rf"(?<![{KANJI}])[{KANJI}]{{1,6}}業(?:{words_regex(_TR['verbs'])})", 0.5,
                  anchor=words_regex(_TR["verbs"])),
        # 看護学校に通う, 市内の専門学校に通学している: a student by the school they attend
        JaPattern("通学", rf"(?:{_N}{{1,6}}の)?{_N}{{0,6}}(?:{words_regex(_TR['schools'])})"
                  r"(?:に通う|に通って|に通学|に在学|に在籍|の学生|の生徒)(?!学生向け|生徒向け|学生等|生徒等)" + _NOT_ONE, 0.5, anchor=words_regex(_TR["schools"])),
        # 福祉施設の職員, 弁当工場のパート: a member of staff of a workplace (not the office's own:
        # 市の職員 has no workplace word, and the risk check reads 担当の… as an official)
        JaPattern("勤め先の職", rf"(?:{_N}{{1,6}}の)?{_N}{{0,8}}(?:{words_regex(_TR['workplaces'])})"
                  rf"の(?:{words_regex(_TR['staff'])})(?![{KANJI}]){_NOT_ONE}", 0.5, anchor=words_regex(_TR["workplaces"])),
        # ぶどうを栽培している農家
        JaPattern("生産", rf"(?:{_N}{{1,8}}|[ぁ-ん]{{2,5}})(?:{words_regex(_OC['farm_verbs'])})(?:{words_regex(_OC['farm_jobs'])})?", 0.5,
                  anchor="栽培|生産|飼育|養殖"),
    )

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """Each pattern's findings, less a short katakana job word that is the
        piece of a longer katakana word (アパート and パートナーズ hold パート):
        the word read is not the job, a named drop."""
        for r in super().find(text, tokens):
            piece = _PIECES.search(text, r.start, r.end)
            if piece and (piece.start() > 0 and _KATAKANA.match(text[piece.start() - 1])
                          or _KATAKANA.match(text[piece.end():piece.end() + 1])):
                drop("OCCUPATION", text, r.start, r.end, "長いカタカナ語の一部（アパート、パートナーズ）")
                continue
            if _CHILD_STAGE.fullmatch(text, r.start, r.end) and _STAGE_CHILD_AFTER.match(text, r.end):
                drop("OCCUPATION", text, r.start, r.end, "子の学齢（中学生の子: 世帯の構成として FAMILY が読む）")
                continue
            if _ATTENDED.search(text, r.start, r.end):
                drop("OCCUPATION", text, r.start, r.end, "通院・通所先（勤め先ではない）")
                continue
            detail = _BRACKET_DETAIL.match(text, r.end)
            if detail and _NAMES_WORK.search(detail.group("inner")):
                r.end = detail.end()  # 会社員|（桜庭精機）: the bracket narrows the job
            yield r

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        """The JSOC major group of the occupation noun in the span (工員 -> H), so
        a reader can tell which group a job falls under; none for work only described."""
        m = _JSOC_WORD.search(text, start, end)
        return {"jsoc": _JSOC_GROUP[m.group()]} if m else {}

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """A crop may be written in hiragana (りんごを栽培している), but the
        particle that ends the words before it is not part of the job
        (この方はりんごを… is りんごを…)."""
        start, end = super().span_of(match)
        age = _AGE_BEFORE.match(match.string, start, end)
        if age:
            start = age.end()  # 90代の製材所に勤めている, 八十代の酪農家: the age is not part of the job
        place = _PLACE_MODIFIER.match(match.string, start, end)
        if place:
            start = place.end()  # 大字北原字中ノ沢の|農家: the place is a PLACE of its own, not part of the job
        origin = _ORIGIN_MODIFIER.match(match.string, start, end)
        if origin:
            start = origin.end()  # ネパール国籍の|留学生: the origin is a NATIONALITY of its own
        if re.match(r"[はのがをにでとも](?=[ぁ-ん]{2})", match.string[start:end]) and start > 0 and not re.match(
                r"[ぁ-ん]", match.string[start - 1]):
            start += 1
        return start, end
