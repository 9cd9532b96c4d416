"""SECURITY_DETAIL: a clause that states a concrete security control or an
admitted weakness (情報公開条例: 情報セキュリティ対策の詳細 are not published).

How a detail is written in Japanese: a *trigger* term that names a control
(認証, バックアップ, ログ, 入退室, 回線, バージョン …; dictionary forms in
``data/security_controls.toml``, the control taxonomy, grouped by class) next to a *specific*
that makes it usable by an intruder:

- a period or schedule (90日ごと, 月に1回, 毎日午前2時, 5年間保存),
- a count (5世代, 12文字以上, 4名のみ, 2系統),
- a place (地下1階の金庫, 別庁舎, 3階のサーバ室),
- a method (静脈, ICカード, 磁気テープ, SSH, 別メールで送る),
- a product and version (「SecureBox 300」, Windows Server 2019, 7.0.12),
- a limit (…のみ, …に限り, 全員, 接続できない),
- a named mechanism in place, even without a figure (冗長化しております,
  無害化して, 暗号化して保存, 遠隔でロックをかけ),
- or an admitted weakness (冗長化していない, 未導入, 無効になっていた,
  制限がなく) or a member restating one (…では危ない, 業務が止まる).
  Weaknesses are also said with any verb, plainly: a negated te-form
  (予備の回線は引いておりません, 持出し簿は付けていない), what should be gone
  and stays (年度末まで残っている, 有効のまま, 使えてしまう), a control with
  an exception (…の対象外), someone else's login, a test on live data. A
  negated verb that reports no harm (被害は出ておりません, 報告は受けて
  おりません) or a double negative (受講していない職員はおりません) is none.

The controls are a taxonomy (``data/security_controls.toml``): one class
per control family after the MIC guideline's chapters and ISO/IEC
27002:2022. A class may read a month as its schedule (監査は毎年11月), count
only with an admitted gap (training), or have everyday words (点検, 訓練,
試験, 委託先) that need a system word in the same turn or the question
before it.

Triggers that also name everyday things (a street's 防犯カメラ, a typhoon's
停電, a bus route's 系統, a bank card's 暗証番号, a school's 施錠; [context]
civic in the data file) count only when the statement or the text just
before it is about an information system (a system word or another
trigger): minutes discuss far more streets and typhoons than server rooms.
Weaknesses said with no control word have their own shapes: an unattended
period (夜間と休日は無人, 土日は職員が不在), what the design does on a
failure (2台が同時に故障した場合にはシステムは停止), a notice that did not
happen (停電の予定が事業者に伝わっていなかった). Their words ([context]
local) are so common elsewhere (窓口の職員が不在, バスが故障した場合) that
the system word must stand in the same line or the question just before it,
and a place is no specific for them (故障した場合は2階の窓口へ).

Everyday control words ([classes] civic: 委託業者, 監査, 訓練, 自家発電)
count with a system word in the line, the question before it, the heading
of their list or the caption of their table (a tab parts a table row into
cells, each a statement of its own), or inside a passage that names
controls outright at least twice in the text just before (an audit's
findings go on about the same systems without naming them again); the
chair moving to another item (○委員長　次に、…) ends the passage. The
fiscal year's cadence (毎年, 毎年度) is no schedule for audits, drills and
training: every municipality holds them yearly.

An answer that gives the value a question about a control asks for (何階,
いつ, どこ, どのくらい) takes the question's triggers: 「サーバ室は何階に
あるのか。」「3階でございます。」 states the server room's floor.

Dates of the proceedings (令和6年度, 4月1日), bill numbers and amounts are
removed before specifics are looked for, so 「令和6年度に無線LANを更新
します」 has none. General statements (セキュリティ対策を講じる, 適切に管理
する) have no specific, and the [never] phrases veto them outright.

Unit of decision: the clause. A sentence (cut at 。 and line ends) is cut
into clauses at 、；; consecutive clauses that carry a trigger, a specific or
a weakness form a group, and a group fires when it holds a trigger and a
specific or a weakness. Requiring both in one group keeps an unrelated
number three clauses away from making a trigger a finding. A clause that is
only a step of the same procedure (…で受信した後、…してから、) does not
break the group around it when the next step names a method (画像に変換).

Questions: a question asks, it states nothing (バックアップはどのように
取っているのか), unless it restates a weakness. Two ways a member states a
detail while asking are read as statements: a premise before the question
(…を金庫に保管していると伺っておりますが、…, バックアップは月1回ですが、…,
…との御答弁がありましたが、…) and a confirming question that repeats the
answer (…週1回だけということですか). A yes/no question that names a place
or a figure (テープは別庁舎の金庫に保管しているのか) still states nothing:
the member guesses, and annotators of minutes do not mark such guesses.

Span: from the first firing group to the end of the sentence, because a
Japanese clause chain ends in its predicate (…で、校務系には接続できない
設定である) and the annotators' clauses do too. Before the group, clauses of
the same sentence stay inside -- the subject, the scope (福祉課では、) and a
short frame that bounds the control (令和7年1月から、 ただし、) -- unless they
are a conjunction or an adverb of the talk opening the sentence (それでは、
なお、 先ほど、: [frames] discourse; the present, 現在、, is inside) or a
purpose frame (…ため、…として、). A
proviso (ただし、…) is read with the rule of use it qualifies, the sentence
before it (…の利用は認めない。ただし、…に限り…できる): one provision. The speaker label,
arrows, bullets and item numbers, a question tail (…のではないか) and a
bracketed note at the end (（7月1日実施）) are outside, unless the note names
a control itself (サーバ3台（うち1台は待機系）).

Attributes: ``category`` (the policy's names; ``weakness`` when a control is
admitted missing), ``generic`` (true for planned or proposed controls and
for statements every municipality makes: LGWAN 接続, ネットワーク分離,
専用回線; the default profile sends them to REVIEW), ``trigger``.
"""
from __future__ import annotations

import copy
import itertools
import re
from typing import Iterable, Iterator, NamedTuple

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers import _context as ctx
from redactor.recognizers._drops import drop
from redactor.recognizers._extent import end_across_wraps, start_across_wraps, with_trailing_note
from redactor.recognizers._security_cells import heading_kind, security_cells
from redactor.recognizers._security_duties import REASON as duty_reason, reporting_duty, telling_end
from redactor.recognizers._security_incident import INCIDENT_TOKEN, incident_events, incident_timeline
from redactor.recognizers._security_vendor import without_vendors
from redactor.recognizers._security_siting import sited_systems
from redactor.recognizers._security_sections import sections
from redactor.recognizers._security_rules import (ACCESS_RULE_TOKEN, DEPLOYED_PRODUCT_TOKEN, SUPPORT_END_TOKEN,
                                                  structural_triggers, support_end_dates)
from redactor.recognizers._text import factored_words_regex, line_span, sentence_start, words_regex
from redactor.tokens import Token

_DATA = load_toml("security_detail.toml", "redactor.recognizers.data")
# The control taxonomy: one class per control family (MIC guideline chapters,
# ISO/IEC 27002:2022 themes), each with its vocabulary.
_CONTROLS = load_toml("security_controls.toml", "redactor.recognizers.data")["classes"]


_CATEGORY_OF: dict[str, str] = {}
_WEAK: set[str] = set()
_CLASS_CIVIC: set[str] = set()
_MONTH_CLASSES = frozenset(c for c, e in _CONTROLS.items() if e.get("months"))
# terms that name data, not a control: they count only where the data moves
_OBJECTS = frozenset(w for e in _CONTROLS.values() for w in e.get("objects", ()))
_BARE_OBJECTS = frozenset(w for e in _CONTROLS.values() for w in e.get("bare_object", ()))
_MOVED = re.compile("|".join(
    re.escape(w) for e in _CONTROLS.values() for w in sorted(e.get("moved_by", ()), key=len, reverse=True)))
_ADMISSION_ONLY = frozenset(c for c, e in _CONTROLS.items() if e.get("admission_only"))
# the cadence of the fiscal year (毎年, 毎年度): no schedule for the classes
# that recur by the month or only admit a gap (audits, drills, training)
# (and the classes marked yearly: a supplier's yearly inspection is in every contract)
_YEARLY_CLASSES = _MONTH_CLASSES | _ADMISSION_ONLY | frozenset(c for c, e in _CONTROLS.items() if e.get("yearly"))
_YEARLY = frozenset(("毎年", "毎年度"))
# once or twice a year (年1回, 年に2回, 年一度): the cadence every municipality
# holds its drills, audits and courses at; only the month says when
_YEARLY_COUNT = re.compile(r"年度?に?(?:[12１２一二]|一)(?:回|度)")
_YEARLY_MONTH = re.compile(r"毎年度?[0-9]{1,2}月")
for _cat, _entry in _CONTROLS.items():
    for _w in _entry["terms"]:
        _CATEGORY_OF.setdefault(_w, _cat)
    _WEAK.update(_entry.get("weak", ()))
    _CLASS_CIVIC.update(_entry.get("civic", ()))
# Plain alternation (fast: the regex engine skips on the first characters),
# the look-arounds checked on each hit by _is_trigger.
_TRIGGER = re.compile(factored_words_regex(_CATEGORY_OF))
_NOT_AFTER = {w: frozenset(cs) for w, cs in _DATA["boundaries"]["not_after"].items()}
_NOT_BEFORE = {w: frozenset(cs) for w, cs in _DATA["boundaries"]["not_before"].items()}
# version words that stand after a product's Latin name (m-FILTER Ver.5)
_AFTER_A_PRODUCT = frozenset(("Ver.", "ver."))
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _is_trigger(text: str, m: re.Match) -> bool:
    """The hit is the word itself, not part of a longer one (ブログ, IDC)."""
    w, s, e = m.group(0), m.start(), m.end()
    prev, nxt = text[s - 1:s], text[e:e + 1]
    if w in _AFTER_A_PRODUCT and prev and not (prev.isascii() and (prev.isalnum() or prev in " -")):
        return False  # 総合計画Ver.2.0: a plan's edition, not a product's version
    if w.isascii() and (prev in _ASCII_LETTERS or nxt in _ASCII_LETTERS) and (prev or nxt):
        return False
    return not (prev and prev in _NOT_AFTER.get(w, ())) and not (nxt and nxt in _NOT_BEFORE.get(w, ()))


# A product in Latin script with a dotted version (Garoon 5.0, ONTAP 9.7,
# IOS XE 17.3) names what an attacker looks up, whoever made it: it is a
# trigger of the product class under one token, whatever the vendor (the
# vocabulary cannot list every product). Not the slogans written the same
# way (Society 5.0, Web 3.0).
_LATIN_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9.])[A-Z][A-Za-z]{2,}(?:[ -][A-Za-z][A-Za-z0-9]*){0,2}[ -]?(?:[Vv]er\.? ?)?[0-9]+(?:\.[0-9]+)+(?![0-9.])")
# A device named by its maker's word and a model number (NetApp FAS2720,
# Firebox T40, ETERNUS DX200): the model is what an attacker looks up, but
# the same shape names other things, so it counts only with a word of
# equipment in use close to it (導入, 稼働, ルータ, ストレージ, 機種).
_LATIN_MODEL = re.compile(
    r"(?<![A-Za-z0-9.])[A-Z][A-Za-z]{2,}(?:[ -][A-Z][A-Za-z]+)?[ -]"
    r"(?=[A-Za-z0-9-]*[0-9])(?=[A-Za-z0-9-]*[A-Z])[A-Z0-9][A-Za-z0-9-]{1,12}(?![A-Za-z0-9.])")
_EQUIPMENT = re.compile(
    r"導入|使用|使って|稼働|稼動|採用|設置|入れて|動い|機種|型番|型式|モデル|ルータ|ルーター|スイッチ|ストレージ|サーバ"
    r"|ファイアウォール|UTM|NAS|アクセスポイント|複合機|プリンタ|ファームウェア|装置|機器|製品")
_EQUIPMENT_REACH = 30
# (a Latin letter, then a digit: 5.0, Ver.5, T40, FAS2720; the scans above run only where it stands)
_PRODUCT_ANCHOR = re.compile(r"[A-Za-z][ .\-]? ?[0-9]")
_NOT_PRODUCT = re.compile("(?:" + words_regex(_DATA["not_products"]["names"], longest_first=False) + r")(?![A-Za-z])")
PRODUCT_TOKEN = "製品名"
_CATEGORY_OF[PRODUCT_TOKEN] = "product_version"
# controls read from the frame of a clause (_security_rules): an access rule, a support's end
_CATEGORY_OF[ACCESS_RULE_TOKEN] = "staffing_access"
_CATEGORY_OF.setdefault(SUPPORT_END_TOKEN, "product_version")
_CATEGORY_OF.setdefault(DEPLOYED_PRODUCT_TOKEN, "product_version")
_CLASS_CIVIC.add(ACCESS_RULE_TOKEN)  # (平日しか入場できない: a counter's rule too)


def _products(text: str, start: int, end: int) -> Iterable[re.Match]:
    if not _PRODUCT_ANCHOR.search(text, start, end):
        return  # (most clauses hold no Latin letter before a digit: one quick scan)
    yield from (m for m in _LATIN_PRODUCT.finditer(text, start, end) if not _NOT_PRODUCT.match(m.group(0)))
    for m in _LATIN_MODEL.finditer(text, start, end):
        if _NOT_PRODUCT.match(m.group(0)) or _LATIN_PRODUCT.search(text, m.start(), m.end()):
            continue
        line_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _EQUIPMENT.search(text, max(line_start, m.start() - _EQUIPMENT_REACH), m.end() + _EQUIPMENT_REACH):
            yield m


def _triggers(text: str, start: int, end: int) -> tuple[str, ...]:
    found: tuple[str, ...] = ()
    pos = start
    while (m := _TRIGGER.search(text, pos, end)) is not None:
        if _is_trigger(text, m):
            found += (m.group(0),)
            pos = m.end()
        else:
            # a word that is part of a longer one (システムの管理者権限: not the
            # 管理 of a system) may hide a trigger that starts inside it
            pos = m.start() + 1
    return found + tuple(PRODUCT_TOKEN for _ in _products(text, start, end)) \
        + tuple(token for _, token in structural_triggers(text, start, end))
_SPECIFIC_KINDS = ("period", "count", "place", "method", "product", "limit", "scope", "content", "channel", "window")
_CHANNEL_CLASSES = frozenset(("data_transfer", "removable_media", "backup", "supplier"))
_SPECIFIC = {k: re.compile("|".join(f"(?:{p})" for p in _DATA["specifics"][k])) for k in _SPECIFIC_KINDS}
_ADMITTED = guarded(re.compile("|".join(f"(?:{p})" for p in _DATA["weakness"]["admitted"])))
_RESTATED = guarded(re.compile("|".join(f"(?:{p})" for p in _DATA["weakness"]["restated"])))
# never done and never confirmed: both read on the raw clause (see the data file)
_NEVER_DONE = re.compile("|".join(f"(?:{p})" for p in _DATA["weakness"]["never_done"] + _DATA["weakness"]["unverified"]))
_SPANNING = re.compile("|".join(f"(?:{p})" for p in _DATA["weakness"]["unverified"] + _DATA["weakness"]["spanning"]))
_NOT_WEAKNESS = guarded(re.compile(factored_words_regex(_DATA["weakness"]["not_weakness"]) + "|"
                          + "|".join(f"(?:{p})" for p in _DATA["weakness"]["double_negation"])))
_PROGRAMME = frozenset(_DATA["generic"]["programme"])
_COMMON = frozenset(_DATA["generic"]["common"]) | _PROGRAMME
_COMMON_RX = re.compile(factored_words_regex(_COMMON))
_THREE_LAYER = frozenset(_DATA["generic"]["three_layer"])
_PLANNED_INTRO = re.compile(r"(?:導入|設置|構築)(?:を|し|する|して|の)?[^。]{0,30}?予定")
# the separation claimed as done or required, in the policy's own words
# (ネットワーク分離を実施し, 分離は実施されており, …とは分離すること); a
# description of what is kept apart from what (…とは分離している) still fires
_SEPARATED = re.compile(r"分離(?:を|は|が)?(?:実施|講じ|徹底|確保|図)|分離すること")
_PLANNED = re.compile(factored_words_regex(_DATA["generic"]["planned"]))
_NOT_PLANNED = re.compile(factored_words_regex(_DATA["generic"]["not_planned"]))
_NEVER = re.compile(factored_words_regex(_DATA["never"]["phrases"]))
# a note on handling the document at hand (※本記録票は…のみで共有し): see [handling_note]
_HANDLING_NOTE = re.compile("|".join(f"(?:{p})" for p in _DATA["handling_note"]["patterns"]))
_ASKING = re.compile(factored_words_regex(_DATA["questions"]["phrases"]))
_LOCAL = frozenset(_DATA["context"]["local"])
_CLASS_CIVIC = frozenset(_CLASS_CIVIC)  # type: ignore[assignment]  # the set filled above, frozen once full
_CIVIC = frozenset(_DATA["context"]["civic"]) | _CLASS_CIVIC | _LOCAL
_IT_WORDS = re.compile(factored_words_regex(_DATA["context"]["it_words"]))
# How far back the text before a statement is read for an information
# system: about a question and its answer in minutes, or a bill's heading and
# the items under it (the topic is often set a few sentences earlier: the
# sentence and the turn before alone lost true details).
_CONTEXT_BACK = 300

# (a tab parts the cells of a table row: 1	…	担当課 holds three statements at most)
_SENTENCE = re.compile(r"[^。\n\t]+")
# a sentence with a bracketed note that holds a 。 of its own
_BRACKETED = re.compile(r"(?:[^。\n\t（(]|[（(][^（()）\n\t]{0,80}[）)])+")
# A month with no year or day before it (11月に, 6月と12月): for audits,
# drills and training it is when they recur, not a date of the proceedings.
# (a span of months too: 10月から12月にかけて)
# (the week or the weekday of the month too: 9月の第1週, 11月の第2土曜日, or with
# no の as plans write it: 6月第3週, 2月第1月曜日)
# (a month of every year is one too: 例年9月, 毎年11月; 2024年9月 is a date)
_SCHEDULE_MONTH = re.compile(r"(?:(?<=例年)|(?<=毎年)|(?<=毎年度)|(?<![0-9年度]))[0-9]{1,2}月(?![0-9]|[0-9]*日)(?:と|、|及び|および|に|中|頃|ごろ|上旬|中旬|下旬|から|まで"
                             r"|の?(?=第[0-9一二三四五](?:週|[月火水木金土日]曜))|の(?=第[0-9一二三四五]|上旬|中旬|下旬|初め|始め|末|半ば))")
# not cut inside a list of numbers (小学校1、2年生)
# (nor inside a short bracketed note: …のメールシステム（オンプレミス、平成29年導入）にはなかった
# is one clause, the note's comma no break)
_CLAUSE = re.compile(r"(?:[（(][^（()）\n]{1,30}[）)]|[^、，,；;]|(?<=[0-9])[、，,](?=[0-9]))+[、，,；;]?")
# Dates and numbers of the proceedings, money and legal references are not
# security specifics (令和6年度, 4月1日, 第3号, 1,200万円, 第5条).
_NOT_SPECIFIC = guarded(re.compile(
    "".join(f"(?:{p})|" for p in _DATA["not_specific"]["patterns"]) +
    r"(?:令和|平成|昭和)(?:元|[0-9]+)年度?(?:中|内|末)?|[0-9]{4}年度?|[0-9]+月[0-9]+日|[0-9]+月(?![0-9]|に[0-9])"
    r"|第[0-9]+(?:号|条|項|回|期|次)?|[0-9][0-9,]*(?:万|億|千)?円|[(（][0-9]+[)）]|^[0-9]+[)）.]"))
# The lead of a line in minutes: arrows, bullets, item numbers, bracketed
# section names and speaker labels (○木村委員, 情報政策課主査, (石井係長),
# 大久保係長：).
_LEAD = re.compile(
    r"^(?:[ \t\u3000→・\-*※]|(?:Q|A|問|答|質問|回答)[0-9]{0,3}(?=[ \u3000(（])|[(（][0-9一二三四五六七八九十]+[)）]|[(（][^()（）]{1,14}[)）]|〔[^〕]{1,12}〕"
    r"|[ア-ン](?= )|○[^ 、。]{1,15}|[^ 、。]{1,18}(?:課|係|(?<!サーバ)(?<!サーバー)(?<!電算)(?<!マシン)室|部|局|センター)(?:長|主査|主任|主事|係長|職員|補佐)?(?= )"
    r"|[^ 、。：:]{1,15}(?:委員長|委員|議員|議長|副市長|市長|町長|村長|部長|課長|係長|主査|主任|主事|補佐|室長|所長|局長"
    r"|教育長|次長|参事|理事)[：:])+")
# (…は。 with nothing after the topic is an elliptical question: 職員の端末へのログインは。)
_QUESTION_TAIL = re.compile(
    r"(?:のではないか|のではないでしょうか|のではないですか|のではありませんか|のでしょうか|のですか|ですか|のか|か"
    r"|(?<=[^\s、，,])(?:について)?は)[?？]?$")
# A member's belief put as a question (…を遠隔地に保管していないのではないか,
# …共用しているのではないですか): 〜のではないか asserts what comes before it
# as the speaker's view, unlike a question that asks (…保管しているのか), so
# the clause before it is read as a statement. べきではないか (a proposal)
# has no の and stays a question.
_BELIEF = guarded(re.compile(r"(?<=[るたいてしだ])のではない(?:か|でしょうか|ですか|かと)|(?<=[るたいてしだ])のではありませんか"
                             # a state put as a question (…だけ残る仕組みではないか, …のままではないか)
                             r"|(?:(?<=仕組み)|(?<=状態)|(?<=設定)|(?<=運用)|(?<=構成)|(?<=方式)|(?<=まま)|(?<=だけ)|(?<=のみ))"
                             r"ではない(?:か|でしょうか|ですか|かと)"))
# A question that asks for a value (何階, いつ, どこに, どのくらい, 何回): the
# turn after it that answers with the value alone states the control.
_ASKS_A_VALUE = re.compile(r"何(?:階|回|日|時|人|名|台|世代|年|か月|ヶ月|文字|桁|カ所|か所|系統)|いつ|どこ|どちら|どの(?:くらい|ぐらい|程度|よう|頻度|間隔|場所|部屋|建物)|いくつ|何で|誰が|だれが")
_SHORT_ANSWER = 40
_PURPOSE_FRAME = re.compile(r"(?:ため|ために|として|を踏まえ|に当たり|にあたり|に際し|それでは)[、，,]$")
_FRAME_CHARS = 6
# a conjunction opening the sentence (それでは、 また、 なお、): the turn's
# discourse, outside the finding; the other short frames (when, where, ただし)
# bound the control and are inside it (data: [frames] discourse)
_DISCOURSE = re.compile(r"^[ 　]*(?:(?:第[0-9]+条|[0-9]{1,2})[ 　]+)?(?:" + words_regex(_DATA["frames"]["discourse"]) + r")[、，,]$")
# ではなく、 sets aside what the sentence is not about
_SET_ASIDE = re.compile(r"(?:では|じゃ)なく[、，,]$")
# A short clause that ends in a predicate's joining form (建物が古く、, 鍵がなく、,
# 人が少なくて、, 確認せず、) states part of the fact, however short: no frame. Not
# the conjunctions that end the same way (ただし、, しかし、).
# (nor ではなく、, which sets aside what the sentence is not about)
_PREDICATE_JOIN = re.compile(r"(?<!ただし)(?<!しかし)(?<!但し)(?:[^な]く|くて|ず|ずに|(?<!では)(?<!じゃ)なく|ておらず|ていず)[、，,]$")
# The present as a frame of an admission (現時点では、…待機系はございません):
# the gap it bounds is the detail, and the frame says it still holds (before a
# control in place too, since session 17: [frames] discourse lists only the talk's adverbs).
# A polite statement joined by が to the next (…に置いてございますが、): it states
# another fact, which the detail after it turns against; the detail starts after it.
_CONTRAST_END = re.compile(r"(?:ます|ません|です|ございます|ました|でした)が[、，,]$")
_NOW_FRAME = re.compile(r"^(?:現時点|現状|現在|今のところ|いまのところ|今現在|目下)(?:では|で|は|において|のところ)?[、，,]$")
# the field a statement gives the value of, as its topic (設置場所は、保管先は、
# 頻度は、): short like a frame of time, but the value means nothing without it
_FIELD_TOPIC = re.compile(r"(?:場所|方法|方式|媒体|頻度|周期|間隔|期間|時期|回数|保管先|設置先|保存先|送付先|送り先|対象|範囲|手段|経路|台数|人数)"
                          r"(?:は|では|には|については|も)[、，,]$")
# A member's premise before a question (…と伺っておりますが、…と聞いて
# いますが、…とのことですが、): what precedes it is stated, not asked.
# ``said`` ends before the が that joins it to the question.
_PREMISE = guarded(re.compile(
    r"(?P<said>(?:と|とも|って)(?:伺って|聞いて|お聞きして|承知して|認識して|理解して|思って)(?:おり|い)(?:ます|ました)?"
    r"|と(?:伺い|お聞きし|聞き|承知し|思い|思われ)(?:ました|ます)"
    r"|と(?:の|いう)こと(?:です|でございます|でした)?"
    r"|と(?:され|言われ|いわれ|報道され|報告され|説明され)て(?:おり|い)ます|と聞き及んで(?:おり|い)ます"
    r"|との(?:御|ご)?(?:答弁|説明|報告)(?:が|を)?(?:ありました|いただきました|でございました)"
    r"|と(?:伺って|聞いて)いるところです"
    r"|(?:よう|そう)(?:です|でございます)"
    # hearsay (…置きっぱなしらしいが、…取っていないそうだが、…と耳にしたが、
    # …という話があるが、…との指摘があったが、)
    r"|(?:らしい|そうだ|ようだ|みたいだ|らしいです|そうですね)"
    r"|と(?:耳にした|耳にしている|聞いた|聞く|聞いている|伺った|聞き及ぶ)"
    r"|(?:という|との)(?:話|声|指摘|報告|報道|噂|うわさ|意見|情報)(?:が|も)(?:ある|あった|あります|ありました|出ている|出ていた|寄せられている|寄せられた)"
    # a plain statement before the question (バックアップは月1回ですが、…)
    r"|(?:です|ます|でございます|であります|ている|ておる|ました|でした))(?:が|けれども|けど)[、，,]"))
# Another body named as where it happened (近隣の市で, 他の自治体では, 全国で):
# hearsay of an incident elsewhere states no control of this one; 本市でも
# brings it home.
_ELSEWHERE = re.compile(r"他(?:の)?(?:市|町|村|自治体|団体|県)|近隣(?:の)?(?:市|町|村|自治体)|近くの(?:市|町|村)|全国(?:の|で|各地)|県内の他|(?<![にでがもは])ある(?:市|町|村|自治体)|隣(?:の)?(?:市|町|村)")
_HERE = re.compile(r"本市|当市|本町|当町|本村|当村|うちの|我が(?:市|町|村)")
# a norm set by someone else, told as what it says (国のガイドラインでは、パスワードは8文字以上と
# することが推奨されています): the figure is the guideline's, published by its author, no control
# of ours; a sentence that sets ours beside it (…だが、本市は6文字) names ours with _HERE
_NORM_SAYS = re.compile(r"(?:ガイドライン|指針|国の基準|総務省|デジタル庁|NISC|IPA|JIS|ISO|規格)(?:の[^、。]{0,8})?(?:では|において(?:は)?|によれば|によると)"
                        r"[^。]*(?:推奨され|求められて|望ましいと|示されて|定められて|とされて)")
# A confirming question (…読み込めないということですか): it restates
# the answer, so it states what it restates.
_CONFIRMING = re.compile(
    r"(?:ということ|という理解|との理解|と理解して|と考えて)(?:で(?:よろしい|よい|いい))?(?:です|でしょう|でございます)?か[?？]?$")
# Clause ends that tell a sequence of events (…したところ、…した際、…の
# 結果、): what follows is another event, not the same control.
_EPISODE_END = re.compile(r"(?:ところ|際に?|結果|ものの)[、，,]$")
# A concession (…取っているものの、): the clause after it that admits a gap
# without naming a control speaks of the same control (ログは保存している
# ものの、定期的な確認はしておりません), unlike an episode's next event.
_CONCESSION_END = re.compile(r"ものの[、，,]$")


def _conceded(text: str, c: "_Clause", clauses: list["_Clause"], i: int) -> bool:
    nxt = clauses[i + 1] if i + 1 < len(clauses) else None
    return bool(_CONCESSION_END.search(text, c.start, c.end) and c.triggers
                and nxt is not None and nxt.admitted and not nxt.triggers)


# Clause ends that chain steps of one procedure (…で受信した後、画像に変換
# して…; …を確認してから、…): a step with no trigger or specific of its own
# does not break the group around it when the next step names a method.
# a clause that opens with a conjunction of nouns (又は, 及び, 並びに): the rest of a
# noun phrase the clause before began, not a statement of its own
_COORDINATED = re.compile(r"[ 　]*(?:又は|または|及び|および|並びに|ならびに|若しくは|もしくは|かつ)")
# a short topic that names who acts (情報係は、, 受託者は、): the subject of the step,
# not a frame of time or purpose
_ACTOR_TOPIC = re.compile(r"^[ 　]*[^、，,。\s]{0,8}?(?:係|課|室|班|担当|担当者|職員|受託者|委託先|事業者|業者|管理者)(?:は|が)[、，,]$")
_STEP_END = re.compile(r"(?:後|あと|てから|でから|上で|うえで)[、，,]$")
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]$")
# a finding's status in a note (…作成されていなかった（改善済み）, （未対応）): whether the gap is
# still open belongs to the finding; a dated one (（6月10日改善済み）) is a note on the date
_STATUS_NOTE = re.compile(r"[(（][^()（）0-9０-９]{0,8}?(?:済み?|未対応|対応中|調査中|検討中|未改善|未是正|是正中|改善中|未了|未完了|継続)"
                          r"[^()（）0-9０-９]{0,6}[)）]"
                          # (the budget a fix waits on: （令和6年度予算要求中）)
                          r"|[(（][^()（）]{0,12}?(?:予算要求中|要求中|予算化済み?|予算措置済み?|要望中|調整中)[)）]")
# A statement has particles and an inflected predicate; a heading or a
# table label (２　アカウントの管理) has at most a の or two.
_HIRAGANA = re.compile(r"[ぁ-ゖ][^ぁ-ゖ]*[ぁ-ゖ][^ぁ-ゖ]*[ぁ-ゖ]")
_ONE_PARTICLE = re.compile(r"[ぁ-ゖ]")
# A title on a line of its own (サーバ室の入退室管理について（内部資料）, …に関する
# 報告): it names the document's topic and states nothing of it; the body under
# it says what the control is (a title admitting a gap, …が施錠されていなかった
# 件について, is read as before)
# (a title that states something, …は…に保管することについて, is read as before)
_TITLE = re.compile(r"(?![^\n]*(?:は|こと))[^。、，\n]{2,60}?(?:について|に関する(?:件|報告|資料|説明|調査)|に係る(?:件|報告|資料))"
                    r"(?:[ 　]?[（(][^（）()\n]{1,20}[）)])?[ 　]*$")


def _title_specific(text: str, start: int, end: int) -> bool:
    """Whether a title line names a value an attacker could use (a period, a
    count, a limit, a product or model: …（FortiGate 60F）の更新について,
    保管期間を３か月に短縮する件について); such a title is read as a statement,
    not dropped as a bare topic. Dates and amounts are no such value (令和6年度
    …監査の結果について)."""
    sentence = _NOT_SPECIFIC.sub(lambda m: "＿" * len(m.group(0)), text[start:end])
    return any(_SPECIFIC[k].search(sentence) for k in ("period", "count", "limit", "product")) \
        or any(True for _ in _products(text, start, end))


# A bullet that pairs a control with its value (・ログ保存期間：6か月,
# ・バックアップ媒体 LTOテープ): a bullet, a label, a colon or a space, a
# value. Without the bullet a colon is as often a speaker's or a heading's
# (a heading 「２ アカウントの管理」 has its number before the words).
# the rest of a labelled row after a 。 read as part of its value, at most
_FIELD_REST = 40
# where such a finding stops: a 。, after a bracketed note on the figure too (213名（17.1％）。)
_FIELD_STOP = re.compile(r"(?:[ 　]?[（(][^（()）\n]{1,20}[）)])?。")
_LABELLED_ROW = re.compile(r"^[ ]*[・\-*※○●◆■□][ ]*[^\s:：]+(?:[:：][ ]?| +|[　]+)[^\s]"
                           # an indented row of a report, a label and a figure apart by a
                           # wide space (　開封した職員　213名): the figure is the value
                           r"|^[ \u3000]+[^\s:：　]{2,14}[ \u3000]+(?=[^\s]*[0-9])[^\s]")  # (a wide space is folded to a plain one)
# the head of a bullet, a label and a short sentence before the item's statement
# (・建設課：設問1で68.8%。): one sentence, 40 characters at most, with no 。 inside
_BULLET_HEAD = re.compile(r"[ \u3000\t]*[・●◆■□※][ \u3000]*(?P<head>[^\s:：。]{1,14}[:：][^。\n]{1,40}。)")
# A field of a form or a survey sheet with no bullet (ウイルス対策ソフト：未導入,
# バックアップの保管場所：地下1階の書庫): a label of a few words, a colon and
# the value; like a bullet row it states its control without a sentence's
# particles, so a line with few kana is read, the label within the span --
# when the label names the control (not 件名：…, 日時：…, 議題：…).
_FORM_FIELD = re.compile(r"^[ 　]*[^\s:：。、「」（）()]{2,20}[:：][ 　]?[^\s:：]")


def _form_value_states(value: str) -> bool:
    """A form field's value that admits a gap (未導入, なし, 期限切れ) or says
    where (地下2階の倉庫): what a sheet of this kind is filled in for. A
    product or a date in such a field is left to the table readers
    (_security_cells: 機器名と型番, headings), which know the sheet's columns."""
    return bool(_ADMITTED.search(value) or _SPECIFIC["place"].search(value))


# An item of a numbered list ((1)…, ア …, 1予備回線は未整備 from ①): like a
# bullet, a short item states its control without a full sentence's
# particles. (Not a figure: 1階, 3台, 2024年.)
_NUMBERED_ITEM = re.compile(r"[ \t]*(?:[(（][0-9０-９一二三四五六七八九十]+[)）]|[ア-ン](?= )"
                            r"|[0-9]{1,2}(?=[^\s0-9０-９.,:：年月日階時分号条項回人名台件か%～〜\-]))")
_SHORTEST_ROW = 5


def _control_rows(text: str) -> Iterable[tuple[int, int, bool, tuple[str, ...]]]:
    """The rows of a table (TABs or ruled bars) whose first cell names a control: the span
    after the row's item number, to the end of the row, whether a number cell
    led it, and the triggers a field row takes from the control above it.

    A row whose first cell names only a field of the control in the row
    above (バックアップ<TAB>日次 ⏎ 保管<TAB>本庁舎地下1階の金庫) states that
    control's field: it takes the control row's triggers, while the rows
    run on without a break."""
    above: tuple[str, ...] = ()
    prev_end = -2
    for line_start, tab, line_end in _first_cells(text):
        if line_start != prev_end + 1:
            above = ()  # a line without a tab ended the table
        prev_end = line_end
        numbered = bool(_ITEM_CELL.fullmatch(text, line_start, tab))
        if numbered:
            # a numbered row (3	バックアップ	日次): the item's number is a cell
            # of its own, the control is in the next one
            line_start = tab + 1
            nxt = _CELL_SEP.search(text, line_start, line_end)
            if nxt is None:
                continue
            tab = nxt.start()
        lead = _LEAD.match(text[line_start:tab])
        start = line_start + (lead.end() if lead else 0)
        if start >= tab or not text[tab:line_end].strip():
            continue
        own = _triggers(text, start, tab)
        if own:
            above = own
            yield start, line_end, numbered, ()
        elif above and _FIELD_CELL.fullmatch(text, start, tab):
            yield start, line_end, numbered, above
        elif _CADENCE_CELL.fullmatch(text, start, tab) and _triggers(text, tab, line_end):
            # 月次<TAB>ウイルス定義の確認、ログの点検: an operations schedule's row, the cadence
            # first and the controls done at it after
            yield start, line_end, numbered, ()


# what parts the cells of a row: a TAB, or a ruled table's bar (│バックアップ│週1回│),
# also the full-width one (｜) a word processor's table pasted as text keeps
# (normalisation turns the box-drawing bars into TABs: a ruled row reaches the
# recognizers as a line that opens with a TAB)
_CELL_SEP = re.compile(r"[\t│|｜┃]")


def _first_cells(text: str) -> Iterable[tuple[int, int, int]]:
    """(line start, end of the first cell, line end) of each line that is a
    row of a table: one with a TAB, or a ruled row that opens with a bar
    and has two cells or more (the span then starts after the bar)."""
    pos = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end == -1 else line_end
        line_start, pos = pos, line_end + 1
        lead = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip(" 　"))
        if _CELL_SEP.match(text, line_start + lead, line_end):
            sep = _CELL_SEP.search(text, line_start + lead + 1, line_end)
            if sep is not None and _CELL_SEP.search(text, sep.end(), line_end):
                yield line_start + lead + 1, sep.start(), line_end
            continue
        tab = text.find("\t", line_start, line_end)
        if tab != -1:
            yield line_start, tab, line_end


# the first cell of a schedule's row: how often what follows is done (日次, 月次, 毎週, 四半期ごと)
_CADENCE_CELL = re.compile(r"[ 　]*(?:毎(?:日|週|月|年|年度|営業日)|(?:日|週|月|年)次|四半期(?:ごと|毎)?|半期(?:ごと|毎)?|随時|定期)[ 　]*")


# the first cell of a row that names a field of the control above it (保管, 設置場所, 世代, 製品)
_FIELD_CELL = re.compile(r"[ 　]*(?:保管|保管場所|保管先|保存先|保存場所|設置場所|設置先|場所|頻度|周期|間隔|時刻|取得時刻|実施時期|時期"
                         r"|世代|世代数|保存期間|保持期間|期間|媒体|方式|方法|手段|経路|製品|製品名|型番|機種|バージョン|版"
                         r"|対象|範囲|対象範囲|対象外|例外|台数|人数|権限|更新方法)[ 　]*")
# (not 担当, 備考: who is in charge and a remark are no field of the control an intruder uses)


# the number of a table's row, in a cell of its own (1, ３, (2), ア, No.4)
_ITEM_CELL = re.compile(r"[ 　]*(?:No\.?|№)?[ 　]*(?:[0-9]{1,3}|[(（][0-9]{1,3}[)）]|[ア-ン])[.．]?[ 　]*")


# A product named in brackets, with a dotted version, or by a vendor's word
# followed by a model number (Windows Server 2016), not VLAN 20.
_NAMED_PRODUCT = re.compile(r"^「|[0-9]+\.[0-9]+|[A-Za-z]{3,}[ -][A-Za-z]+[ -]?[0-9]")


# Specifics that every municipality's statement holds, each dropped for a
# named reason (the clause keeps its other specifics and its admissions):
# - a coverage claim: a control installed on every terminal or the staff's
#   terminals (ウイルス対策ソフトは全ての端末に導入, 職員の端末には全て…を
#   入れております) says it is everywhere, which every municipality says; the
#   fleet is no scope an intruder uses (どの端末からも入れる is an admission,
#   …の端末だけに入れている a limit, and both stay);
# - a migration target: the version a plan moves to (Windows 11へ移行する)
#   names what will run, not what runs now.
# - a public Wi-Fi's terms of use (公民館の無料Wi-Fiは1回30分まで): what the
#   public is told at the door, no control of the office's network.
_PUBLIC_WIFI = re.compile(r"(?:無料|公衆|フリー|公共|観光|利用者用|来館者用|市民向け)(?:の)?(?:Wi-?Fi|WiFi|無線LAN|インターネット)")
_FLEET = re.compile(r"(?:全ての|すべての|全部の|全|各|職員の|全職員の)(?:端末|パソコン|PC|機器)")
# - the staff a notice or a course is addressed to (標的型攻撃メールへの注意喚起を
#   全職員に行いました, 全員に周知): whom a message reaches is no one's access
#   (全職員が閲覧できる is, and stays: it has no verb of telling).
# (and the sections a circular goes to, a course for everyone: 全課に対し…を通知した,
# 全職員向け研修（…）: who is told, not who may reach a system)
_RECIPIENTS = re.compile(r"(?:全職員|職員全員|全員|全ての職員|すべての職員|全課|全所属|全部署|全ての課|すべての課|各課|各所属|全庁)"
                         r"(?:に対して|に対し|を対象に|を対象として|向けの?|に|へ)")
_TOLD = re.compile(r"周知|注意喚起|呼びかけ|呼び掛け|通知し|配布|案内|説明し|啓発|徹底|研修|講習|教育を|受講|配信")
_DEPLOYED = re.compile(r"導入(?:し|さ|済)|入れて|入って(?:おり|い)|配備|インストール(?:し|さ|済)|適用(?:し|さ)|移行|更新")
_MIGRATED_TO = re.compile(r"(?:へ|に)(?:の)?(?:移行|更新|切り替え|切替|アップグレード|入れ替え|置き換え)")


def _without_general_specifics(text: str, body: str, clauses: list["_Clause"]) -> list["_Clause"]:
    if any(c.admitted or c.restated for c in clauses):
        return clauses
    fleet = bool(_DEPLOYED.search(body))
    public = bool(_PUBLIC_WIFI.search(body))
    told = bool(_TOLD.search(body))
    out = []
    for c in clauses:
        piece = text[c.start:c.end]
        kept = tuple((k, v) for k, v in c.specifics
                     if not (fleet and k in ("scope", "place") and _FLEET.match(v))
                     and not (public and k in ("period", "count", "limit"))
                     and not (told and k == "scope" and any(v in r.group(0) or r.group(0) in v
                                                             for r in _RECIPIENTS.finditer(piece)))
                     and not (k == "product" and v in piece
                              and _MIGRATED_TO.match(piece, piece.index(v) + len(v))))
        out.append(c._replace(specifics=kept) if kept != c.specifics else c)
    return out


# a proviso opening a sentence (ただし、…, 但し、…) after the sentence it qualifies
_PROVISO = re.compile(r"(?:^|(?<=[。\n]))[ 　]*(?P<word>ただし|但し)[、，,]", re.M)
# what a proviso grants or excepts (…に限り接続できる, …であれば認める, …を除く)
_PROVISO_RULE = re.compile(r"認め|許可|許す|可能|できる|できます|限り|限って|限る|除き|除く|この限りでない|対象外|差し支えない|可とする")
_PROVISO_MARK = "ただし"
# a rule said of a system's use: permitted, refused or forbidden (…の利用は認めない, 持出しは禁止する)
_RULE_STATED = re.compile(r"認め(?:ない|ず|ません)|認める|禁止|許可(?:しない|する|制)|してはならない|できない(?:もの)?とする|不可とする")
# the reason an instruction gives before it (…しかもたないため、…してください), or
# the fact it is joined to (共用のIDは今回の変更の対象外とし、引き続き係長が管理
# してください: the exception is stated, only the last step is asked for)
_REASON_FRAME = re.compile(r"(?:ため|ので|から|とし|としており|であり|となっており)[、，,]")
# an instruction to the reader, not a request for an explanation (教えてください)
_INSTRUCTION = re.compile(r"(?<!教え)(?:てください|でください|て下さい|で下さい)")


# A rule of conduct in a bulleted list (・他人に教えない、メモを端末に貼らない,
# ・車内に放置しない): a plain negative verb is what staff are told not to do,
# the user's duties every policy lists (MIC guideline, 人的セキュリティ:
# 職員等の遵守事項), no control in place and no gap; a gap is said with
# ていない, なかった or ません. Godan and suru verbs (貼らない, 放置しない) and the
# ichidan verbs of conduct (教えない, 見せない); not the potential form
# (使えない, 入れない: what a control lets no one do).
_CONDUCT_RULE = re.compile(r"(?:[かがさたなばまらわ]|(?<![てでい])し|教え|見せ|捨て|忘れ|離れ|載せ|乗せ|預け)ない(?:こと)?[。 　]*$")
_CONDUCT_CLAUSE = re.compile(r"(?:[かがさたなばまらわ]|(?<![てでい])し|教え|見せ|捨て|忘れ|離れ|載せ|乗せ|預け)ない[、，,][ 　]*")
_BULLET_START = re.compile(r"[ \t\u3000]*[・●○◆■□※\-－]")
# a figure that says how many or how often (90日, 5世代, 2台): a rule that names one is a policy's detail
_RULE_FIGURE_KINDS = ("period", "count", "product")


def _conduct_rule(text: str, s_start: int, s_end: int) -> bool:
    """A bullet whose every clause is a plain prohibition (・他人に教えない、
    メモを端末に貼らない) and that gives no figure or product: a rule of
    conduct for staff, no control an intruder could use. (・パスワードは90日
    ごとに変更し、使い回さない gives its period: read as usual.) A rule told
    to the reader has no topic; one with a topic (・受信機と親局の間は有線で
    直結し、外部ネットワークを経由しない, ・リモート保守は行わない) says how a
    system is built or run."""
    line_start = text.rfind("\n", 0, s_start) + 1
    if not _BULLET_START.match(text, line_start):
        return False
    sentence = text[s_start:s_end]
    if not _CONDUCT_RULE.search(sentence) or "は" in sentence:
        return False
    rest = _CONDUCT_RULE.sub("", _CONDUCT_CLAUSE.sub("、", sentence))
    if any(p in rest for p in ("ていない", "ておらず", "なかった", "ません")):
        return False
    if any(_CATEGORY_OF.get(t) not in _CONDUCT_CLASSES for t in _triggers(text, s_start, s_end)):
        return False  # ・リモート保守を行わない, ・バックアップ媒体を庁外に持ち出さない: how a system is run
    plain = _NOT_SPECIFIC.sub("", sentence)
    return not any(_SPECIFIC[k].search(plain) for k in _RULE_FIGURE_KINDS)


# Control classes whose prohibitions are staff conduct every policy lists
# (パスワードを教えない, 画面を見せない, 研修を欠席しない), not how a system is built or run.
_CONDUCT_CLASSES = frozenset({"password_policy", "clear_desk_screen", "awareness", "physical_access"})


# A numbered item that is only a title (（3）認証方式の変更, （1）サーバ室入退室
# テンキーの暗証番号変更（…にて実施）): a noun phrase ending in the work done, the
# topic of the lines under it; no predicate, so it states nothing. Not one
# that names a product or admits a gap (…が公開されている件のHTTPS化).
_ITEM_TITLE = re.compile(r"[^ぁ-ゖ、。]+(?:の[^ぁ-ゖ、。]+)*?の?(?:変更|確認|更新|見直し|導入|実施|点検|整備|強化|移行|交換|設定"
                         r"|調査|検証|廃棄|撤去|移設|改修|追加|削除|作成|整理|棚卸し?|切替え?|切り替え)")
_TITLE_NOTE = re.compile(r"[ 　]*[（(][^（）()\n]{0,40}[）)][ 　]*$")


def _handling_note(text: str, start: int, end: int) -> bool:
    """A note on how the document at hand is handled ([handling_note]) that
    admits no gap: its own words (添付しない) are blanked before the clauses
    are read for one, since the note's refusal is no missing control."""
    body = text[start:end]
    if not _HANDLING_NOTE.search(body):
        return False
    blanked = text[:start] + _HANDLING_NOTE.sub(lambda m: "＿" * len(m.group(0)), body) + text[end:]
    return not any(c.admitted or c.restated for c in _clauses(blanked, start, end))


def _item_title(text: str, body_start: int, body_end: int) -> bool:
    body = _TITLE_NOTE.sub("", text[body_start:body_end]).strip(" 　")
    if not _ITEM_TITLE.fullmatch(body) or any(True for _ in _products(text, body_start, body_end)):
        return False
    line_end = text.find("\n", body_end)
    return line_end != -1 and text[body_end:line_end].strip(" 　。") == ""


# A line of a budget's breakdown (（2）EDR導入　全端末1,450台分　18,270): what is
# bought and for how much, under a money heading (金額（千円）); the budget
# book publishes it. Its counts are a purchase's, no control's: the line is a
# detail only when it admits a gap or limits a control (…ただし対象は…のみ).
_AMOUNT_END = re.compile(r"[ 　\t]{2,}[0-9]{1,3}(?:,[0-9]{3})+[ 　]*$")
_MONEY_HEADING = re.compile(r"金額|千円|予算額|事業費|積算|単価|見積")
_MONEY_REACH = 600


# the classes a reporting chain is itself about (a disaster, an incident, the procedure's step):
# their words before the telling clause name no control the deadline could be of
_REPORTING_CLASSES = frozenset(("incident_response", "business_continuity", "operating_procedures"))


# who reports, as the sentence's topic (情報担当係長は, 受託者は): a control word in a post's name
# (情報担当) names who, not a control
_DUTY_ACTOR = re.compile(r"[^、。は]{1,20}?(?:係長|課長|部長|室長|所長|局長|主査|主幹|担当者|担当|係|課|室|受託者|受注者|委託先|事業者)は")


def _duty(text: str, start: int, end: int) -> bool:
    """A section's duty to report (``_security_duties``), read from the statement's clauses
    (only a statement that ends in a verb of telling is read clause by clause)."""
    if not telling_end(text[start:end]):
        return False
    clauses = _clauses(text, start, end)
    actor = _DUTY_ACTOR.search(text, start, clauses[0].end) if clauses else None
    who = actor.group(0) if actor else ""
    return reporting_duty(text[start:end],
                          [(tuple(t for t in c.triggers if _CATEGORY_OF.get(t) not in _REPORTING_CLASSES and t not in who),
                            c.specifics) for c in clauses],
                          any(c.admitted or c.restated for c in clauses))


def _budget_line(text: str, s_start: int) -> bool:
    line_start = text.rfind("\n", 0, s_start) + 1
    line_end = text.find("\n", s_start)
    line_end = len(text) if line_end == -1 else line_end
    return bool(_AMOUNT_END.search(text, line_start, line_end)
                and _MONEY_HEADING.search(text, max(0, line_start - _MONEY_REACH), line_start))


def _reason_before_request(text: str, start: int, end: int) -> int | None:
    """Where the reason clause before an instruction to the reader ends
    (停電時はUPSで約5分しかもたないため、作業中のデータは保存してください: after
    ため; …の対象外とし、…してください: after とし), or None. The instruction
    states no control in place; the reason or the fact before it states one
    of the systems, read as a statement."""
    ask = _INSTRUCTION.search(text, start, end)
    if ask is None:
        return None
    reason = _last(_REASON_FRAME.finditer(text, start, ask.start()))
    return reason.end() - 1 if reason else None


def _last(matches: Iterable[re.Match]) -> re.Match | None:
    m = None
    for m in matches:
        pass
    return m


class _Clause(NamedTuple):
    start: int
    end: int
    triggers: tuple[str, ...]
    specifics: tuple[tuple[str, str], ...]  # (kind, text)
    admitted: str | None
    restated: str | None
    # the schedule the clause ends with (口座振替のデータは月に1回、…): it
    # binds to the next clause, where the control is named
    last_period: str | None = None

    @property
    def relevant(self) -> bool:
        return bool(self.triggers or self.specifics or self.admitted or self.restated)


class SecurityDetailRecognizer(JaRecognizer):
    ENTITIES = ("SECURITY_DETAIL",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        done = [_across_wraps(text, piece)
                for r in self._prose(text) for piece in _cut_vendors(text, _with_main_clause(text, self._whole_field(text, r)))]
        yield from done
        # a row of a table or a field of a form has no sentence: its heading says what a cell is
        cells = [self.result("SECURITY_DETAIL", c.start, c.end, 0.8,
                             f"セキュリティ上の具体的な記述（表・様式の「{c.heading or '機器名と型番'}」欄）",
                             category=c.category, generic=False, trigger=c.heading)
                 for c in security_cells(text)]
        yield from cells
        # a system said to run at a site named by its own name (…の各システムは、「…」に
        # ハウジングしている): the statement around the site's name (_security_siting)
        for start, end in sited_systems(text):
            if not any(r.start <= start and end <= r.end for r in done):
                yield self.result("SECURITY_DETAIL", start, end, 0.75,
                                  "セキュリティ上の具体的な記述（機器の設置：名前で示した拠点に置いたシステム）",
                                  category="physical_access", generic=False, trigger="設置場所")
        # a row of a table whose first cell names a control and whose other
        # cells give its state under any heading (項目 / 現状, 点検項目 / 結果):
        # the row reads as one statement (ウイルス定義の更新	手動（月1回）).
        # A row of a control and one value whose value cell alone was found
        # (2	ログ保存期間	1年以上) is read whole too: the first cell says what
        # the value is of. Not a row of more columns (機器	型番	数量	設置場所:
        # its cells are read one by one) nor one whose cell is a statement of
        # its own (1	外部監査は毎年9月に実施	総務課).
        for start, end, _, above in _control_rows(text):
            pair = text.count("\t", start, end) == 1
            if not any(r.start < end and r.end > start for r in done) \
                    and (pair or not any(r.start < end and r.end > start for r in cells)):
                yield from self._range(text, start, end, False, above, _SHORTEST_ROW)

    def _whole_field(self, text: str, r: RecognizerResult) -> RecognizerResult:
        """A finding in the value of a labelled row (　開封した職員　213名（17.1％）。
        うち36名は前回も開封) that stops at a 。 inside the row runs to the row's
        end: a field holds one value, and the sentence after the 。 goes on
        about the same figure (a note on it, a breakdown of it). Not a
        sentence that ends in its predicate, nor a speaker's turn (○課長　…)."""
        r = self._bullet_head(text, r)
        stop = _FIELD_STOP.match(text, r.end)
        if stop is None or not r.end or "\u3041" <= text[r.end - 1] <= "\u309f":
            return r  # (…行っております。: a sentence's predicate ends it, no field's value)
        if text[text.rfind("\n", 0, r.start) + 1:r.start].lstrip(" 　").startswith(("○", "◯", "〇")):
            return r  # ○総務課長　…: a speaker's turn, no labelled row
        line_start = text.rfind("\n", 0, r.start) + 1
        line_end = text.find("\n", r.end)
        line_end = len(text) if line_end == -1 else line_end
        rest = text[stop.end():line_end].rstrip(" 　。")
        if not rest or len(rest) > _FIELD_REST or "\t" in rest or not _LABELLED_ROW.match(text[line_start:line_end]) \
                or _LABELLED_ROW.match(rest):
            return r
        r.end = stop.end() + len(rest)
        return r

    def _bullet_head(self, text: str, r: RecognizerResult) -> RecognizerResult:
        """A finding that starts after the 。 of a bullet's short head (・建設課：設問1で
        68.8%。CAD用端末を…共用しており…) starts at the head: the bullet is one
        item, and its head says whose gap and how large (a section and its rate)."""
        if r.start < 2 or text[r.start - 1] != "。":
            return r
        line_start = text.rfind("\n", 0, r.start) + 1
        bullet = _BULLET_HEAD.match(text, line_start, r.start)
        if bullet is None or bullet.end() != r.start:
            return r
        r.start = bullet.start("head")
        return r

    def _prose(self, text: str) -> Iterable[RecognizerResult]:
        found: list[RecognizerResult] = []
        for r in self._statements(text):
            found.append(r)
            yield r
        rows = list(_rows_unread(text, found))
        if rows:
            # a table row none of whose cells states a control alone, though the row
            # does (｜バックアップ｜毎日｜外付けHDD｜別棟の書庫｜): read whole, its cells
            # joined by a bar, as a row typed with bars reads (offsets unchanged; one
            # view for every such row, so a long table is not copied row by row)
            view = list(text)
            for start, end in rows:
                view[start:end] = text[start:end].replace("\t", "|")
            joined = "".join(view)
            for start, end in rows:
                for r in self._sentence(joined, start, end):
                    found.append(r)
                    yield r
        yield from self._provisos(text, found)

    def _statements(self, text: str) -> Iterable[RecognizerResult]:
        questions = []
        visited: list[tuple[int, int]] = []
        for m in _TRIGGER_LINES(text):
            visited.append(m.span())
            yield from self._sentence(text, m.start(), m.end())
            if (_QUESTION_TAIL.search(m.group(0).rstrip()) or _ASKING.search(m.group(0))) and _ASKS_A_VALUE.search(m.group(0)):
                questions.append(m)
        # a sentence with no control word that states an exception (分庁舎は対象外):
        # read when a security passage before it names the control
        # ... and a sentence with no control word that tells when one of our systems
        # was struck, stopped or restored (翌日に住民記録システムを復旧し): a step
        # of an incident's timeline, REVIEW (see _security_incident)
        for e in itertools.chain(_EXCEPTION.finditer(text), incident_events(text)):
            if any(a <= e.start() < b for a, b in visited):
                continue
            s = max(text.rfind("。", 0, e.start()), text.rfind("\n", 0, e.start()), text.rfind("\t", 0, e.start())) + 1
            line = _SENTENCE.match(text, s)
            if line is not None:
                visited.append(line.span())
                yield from self._sentence(text, line.start(), line.end())
        yield from self._sections(text, visited)
        yield from self._restatements(text)
        yield from self._answers(text, questions)

    def _provisos(self, text: str, found: list[RecognizerResult]) -> Iterable[RecognizerResult]:
        """A proviso (ただし、…) that grants or excepts something right after a
        statement of a control (自宅での利用は認めない。ただし、成績処理期間に限り、
        貸与パソコンで接続できる。) takes that statement's controls: the exception is
        the control's scope, the way in it leaves (MIC guideline: a rule's
        exceptions are part of the rule). Only a proviso with a verb of
        permitting or excepting (認める, できる, 限り, 除く, 対象外), and only
        after a sentence naming a control of a system."""
        for m in _PROVISO.finditer(text):
            start = m.start("word")
            if any(r.start <= start < r.end for r in found):
                continue
            s = _SENTENCE.match(text, start)
            if s is None or not _PROVISO_RULE.search(s.group(0)):
                continue
            prev_end = start - 1
            while prev_end > 0 and text[prev_end - 1] in " 　":
                prev_end -= 1
            if prev_end <= 0 or text[prev_end] not in "。\n" and text[start - 1] not in "。":
                continue
            prev_start = max(text.rfind("。", 0, prev_end), text.rfind("\n", 0, prev_end)) + 1
            triggers = _triggers(text, prev_start, prev_end)
            about_systems = _IT_WORDS.search(text, prev_start, prev_end)
            if not about_systems:
                triggers = tuple(t for t in triggers if t not in _CIVIC)
            if not triggers and about_systems and _RULE_STATED.search(text, prev_start, prev_end):
                # 自宅等での校務支援システムの利用は認めない。: a rule on a system's use,
                # said with no control word, is an access rule
                triggers = (ACCESS_RULE_TOKEN,)
            if not triggers:
                continue
            yield from self._sentence(text, s.start(), s.end(), triggers, proviso=True)

    def _sections(self, text: str, visited: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """A sentence with no control word under a numbered heading that names
        a control outright (第３　標的型攻撃メール訓練 ⏎ １　実施時期 ⏎ 年２回、
        ６月第３週と12月第１週に実施する) takes the heading's controls, as an
        answer takes its question's: a plan names the control once and gives
        its schedule, scope or channel in the lines under it. Only a control
        named outright (not civic, weak or local: ２　防災訓練, ３　点検 head
        plans of roads and drills of evacuation too); the sentence must still
        hold a specific or an admission to fire."""
        for sec in sections(text):
            heading = _triggers(text, sec.heading_start, sec.heading_end)
            strong = tuple(t for t in heading if t not in _CIVIC and t not in _WEAK)
            if not strong:
                continue
            for s in _SENTENCE.finditer(text, sec.body_start, sec.body_end):
                if any(a < s.end() and s.start() < b for a, b in visited) or _triggers(text, s.start(), s.end()):
                    continue
                line_start, line_end = line_span(text, s.start(), s.end())
                if not _HIRAGANA.search(s.group(0)) or _CELL_SEP.search(text, line_start, line_end):
                    # 第1回 送信1,874通 開封363通: a row of results, no statement; a ruled
                    # table's cells are read by the cell reader under their column heading
                    continue
                visited.append(s.span())
                yield from self._sentence(text, s.start(), s.end(), strong)

    def _answers(self, text: str, questions: list[re.Match]) -> Iterable[RecognizerResult]:
        # (only questions that ask for a value, 何階, いつ, どこ, どのくらい, and
        # a short first sentence of the answer: the value, not a new topic)
        """A turn that answers a question about a control with the value
        alone (「サーバ室は何階にあるのか。」「3階でございます。」) takes the
        question's triggers: the answer states what the question names."""
        for q in questions:
            line_end = text.find("\n", q.end())
            if line_end == -1 or text[q.end():line_end].strip(" 。？?\u3000"):
                continue  # the question does not end its turn
            start = line_end + 1
            while text.startswith("\n", start):
                start += 1  # blank lines between turns
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if start >= end or _triggers(text, start, end):
                continue  # no answer, or one that names its control: read sentence by sentence
            s = _SENTENCE.match(text, start, end)
            lead = _LEAD.match(text, s.start(), s.end()) if s else None
            if s and s.end() - (lead.end() if lead else s.start()) <= _SHORT_ANSWER \
                    and any(c.specifics for c in _clauses(text, s.start(), s.end())):
                yield from self._sentence(text, s.start(), s.end(), _triggers(text, q.start(), q.end()))

    def _restatements(self, text: str) -> Iterable[RecognizerResult]:
        """A turn that restates a concrete weakness without naming the control
        (「半年に一度で、しかも共有では心もとない」 right after an answer about
        passwords) takes the triggers of the turn before it: a member
        repeating the weakness discloses it again."""
        done = -1
        for m in _RESTATED.finditer(text):
            if m.start() < done:
                continue  # a second restating word in a sentence already read
            line_start, line_end = line_span(text, m.start(), m.end())
            if _triggers(text, line_start, line_end):
                continue  # the turn names its control: handled sentence by sentence
            prev_end = line_start - 1
            while prev_end > 0 and text[prev_end - 1] == "\n":
                prev_end -= 1  # skip blank lines between turns
            prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
            inherited = _triggers(text, prev_start, prev_end) if prev_end > 0 else ()
            if not inherited:
                continue
            s = _SENTENCE.match(text, max(text.rfind("。", line_start, m.start()) + 1, line_start))
            # it must restate something concrete (半年に一度, 同じ番号, 共有):
            # 「市民は不安に思っている」 restates nothing
            if s and any(c.specifics for c in _clauses(text, s.start(), s.end())):
                done = s.end()
                yield from self._sentence(text, s.start(), s.end(), inherited)

    def _sentence(self, text: str, s_start: int, s_end: int,
                  inherited: tuple[str, ...] = (), proviso: bool = False) -> Iterable[RecognizerResult]:
        sentence = text[s_start:s_end]
        form_field = _FORM_FIELD.match(sentence)
        row = bool(_LABELLED_ROW.search(sentence) or _NUMBERED_ITEM.match(sentence)
                   # (a form's field whose label names the control and whose value
                   # admits a gap or says where: 件名：… or 日時：… is a heading's)
                   or (form_field and _triggers(text, s_start, s_start + form_field.end() - 1)
                       and _form_value_states(sentence[form_field.end() - 1:])))
        if not row and not _HIRAGANA.search(sentence) and not (
                _ONE_PARTICLE.search(sentence) and text[s_end:s_end + 1] == "。"):
            # a heading or a table label (２　アカウントの管理), not a statement; a
            # sentence a stop ends is one, in a report's terse style too
            # (アクセスログの保存期間は90日。 操作ログを1年間保存。: 体言止め)
            return
        if not row and (s_start == 0 or text[s_start - 1] == "\n") and text[s_end:s_end + 1] in ("", "\n") \
                and _TITLE.fullmatch(sentence) and not _ADMITTED.search(sentence) \
                and not _title_specific(text, s_start, s_end):
            return  # サーバ室の入退室管理について: a title, the topic of what follows
        lead = _LEAD.match(sentence)
        body_start = s_start + (lead.end() if lead else 0)
        body = text[body_start:s_end]
        stripped = body.rstrip()
        confirm = _CONFIRMING.search(stripped)
        tail = None if confirm else _QUESTION_TAIL.search(stripped)
        question = bool(tail) or bool(_ASKING.search(body))
        body_end = body_start + (confirm.start() if confirm else tail.start() if tail else len(stripped))
        note = _TRAILING_NOTE.search(text, body_start, body_end)
        if note and not _triggers(text, note.start(), note.end()) and not _STATUS_NOTE.fullmatch(note.group(0)) \
                and not _ADMITTED.search(_NOT_WEAKNESS.sub(lambda m: "＿" * len(m.group(0)), note.group(0))) \
                and not _SPECIFIC["period"].search(_NOT_SPECIFIC.sub("＿", note.group(0))):
            # (a note that admits a gap stays: …の適用（7月分は未適用）; so does one
            # that gives the schedule: パターン更新：自動（1日4回）)
            body_end = note.start()  # （12月1日実施）: a note on the date, not the control
        veto = None
        if not question and _conduct_rule(text, s_start, s_end):
            veto = "職員の行動の決まり（・他人に教えない）"  # a rule of conduct for staff
        elif row and not question and _NUMBERED_ITEM.match(sentence) and _item_title(text, body_start, body_end):
            veto = "項目の見出し（（3）認証方式の変更）"  # the title of the item below it
        elif not question and _duty(text, body_start, body_end):
            veto = duty_reason  # 情報管理係長は…30分以内に部長に報告する: how news goes up the chain
        elif not question and _budget_line(text, s_start) and not any(
                c.admitted or c.restated or any(k == "limit" for k, _ in c.specifics)
                for c in _clauses(text, body_start, body_end)):
            veto = "予算の積算の行（購入する物と数・金額）"  # （2）EDR導入　全端末1,450台分　18,270
        elif not question and _handling_note(text, body_start, body_end):
            veto = "この文書自体の取扱いの注記（本台帳は…でのみ閲覧）"  # how the reader handles these pages
        if veto is not None:
            if _triggers(text, body_start, body_end):
                drop("SECURITY_DETAIL", text, body_start, body_end, veto)
            return
        belief = _BELIEF.search(text, body_start, s_end) if question else None
        premise = _last(_PREMISE.finditer(text, body_start, body_end)) if question and not belief else None
        if premise and _ELSEWHERE.search(text, body_start, premise.start()) and not _HERE.search(text, body_start, premise.start()):
            premise = None  # 近隣の市で…停止したと報道されている: another body's incident, no control of ours
        reason = _reason_before_request(text, body_start, body_end) if question and not tail and not belief else None
        if belief:
            yield from self._range(text, body_start, belief.start(), False, inherited)
        elif reason is not None:
            # 停電時はUPSで約5分しかもたないため、データはこまめに保存してください: the
            # instruction asks for a course of action, its reason states the fact
            yield from self._range(text, body_start, reason, False, inherited)
        elif premise:
            # 「…を金庫に保管していると伺っておりますが、…ではないか」: the
            # member states the detail before asking about it
            yield from self._range(text, body_start, premise.end("said"), False, inherited)
            yield from self._range(text, premise.end(), body_end, True, ())
        else:
            yield from self._range(text, body_start, body_end, question, inherited, 5 if row else 8, proviso)

    def _range(self, text: str, body_start: int, body_end: int, question: bool,
               inherited: tuple[str, ...], shortest: int = 8, proviso: bool = False) -> Iterable[RecognizerResult]:
        """The finding of one statement (or one question) in [body_start, body_end);
        a bullet row (・予備回線:なし) may be shorter than a sentence."""
        if body_end - body_start < shortest:
            return
        body = text[body_start:body_end]
        clauses = _clauses(text, body_start, body_end, inherited)
        if proviso and clauses:
            # ただし、…に限り…接続できる: the exception is the scope of the control before it
            clauses[0] = clauses[0]._replace(specifics=clauses[0].specifics + (("limit", _PROVISO_MARK),))
        if any(t in _OBJECTS for c in clauses for t in c.triggers) and not _MOVED.search(body):
            # 課税データの分析結果は年1回報告: the data named, not moved
            clauses = [c._replace(triggers=tuple(t for t in c.triggers if t not in _OBJECTS)) for c in clauses]
        if any(t in _BARE_OBJECTS for c in clauses for t in c.triggers) \
                and not any(k in ("channel", "method") for c in clauses for k, _ in c.specifics):
            # データを新システムへ移行: data moved, but by no channel an intruder could wait on
            clauses = [c._replace(triggers=tuple(t for t in c.triggers if t not in _BARE_OBJECTS)) for c in clauses]
        if any(t in _CIVIC for c in clauses for t in c.triggers) and not _about_systems(text, body_start, clauses):
            # 台風で2日間停電が続いた, 通学路に防犯カメラを24台: not a system's control
            clauses = [c._replace(triggers=tuple(t for t in c.triggers if t not in _CIVIC)) for c in clauses]
        elif any(t in _LOCAL for c in clauses for t in c.triggers) and not _line_about_systems(text, body_end, clauses):
            # 窓口は土日は職員が不在, バスが故障した場合: the system word must be in this turn or the one before
            clauses = [c._replace(triggers=tuple(t for t in c.triggers if t not in _LOCAL)) for c in clauses]
        if any(t in _CLASS_CIVIC for c in clauses for t in c.triggers) and not _line_about_systems(text, body_end, clauses) \
                and not _security_passage(text, body_start):
            # 道路の点検は毎年5月, 学力テスト, 防災訓練, 定期監査: the taxonomy's
            # everyday words need a system word in this turn or the question
            # before it, not anywhere in the 300 characters before
            clauses = [c._replace(triggers=tuple(t for t in c.triggers if t not in _CLASS_CIVIC)) for c in clauses]
        clauses = _without_general_specifics(text, body, clauses)
        if not question and not any(c.triggers for c in clauses):
            # an exception to a control in a passage on the controls (２　対象範囲
            # ⏎ 分庁舎は対象外で、…のまま): the passage names the control, the
            # exception says where it does not hold
            exception = next((i for i, c in enumerate(clauses) if c.admitted and _EXCEPTION.search(c.admitted)), None)
            # (what is excepted is a place or a system: 分庁舎, 出先機関の端末;
            # 小規模事業者は対象外 after a word on encryption is a subsidy's rule)
            if exception is not None:
                excepted = clauses[exception]
                if any(k == "place" for k, _ in excepted.specifics) \
                        or _IT_WORDS.search(text, excepted.start, excepted.end) \
                        or _EXCEPTED_UNIT.search(text, excepted.start, excepted.end):
                    passage = _passage_trigger(text, body_start)
                    if passage:
                        clauses[exception] = excepted._replace(triggers=(passage,))
        group: list[_Clause] = []
        fired: list[tuple[int, list[_Clause]]] = []
        for i, c in enumerate(clauses + [None]):
            if c is not None and not c.relevant and group and i + 1 < len(clauses) \
                    and any(k == "method" for k, _ in clauses[i + 1].specifics) and _STEP_END.search(text, c.start, c.end):
                # メールの添付ファイルは、インターネット側で受信した後、画像に変換して…;
                # a service's time after a step (申請を受けた後、1週間ほどで) is no method
                continue
            if c is not None and not c.relevant and group and _COORDINATED.match(text, c.start):
                # 添付ファイルを開いた職員、又はURLをクリックした職員は、翌週に…: the second
                # of two joined nouns carries the first one's subject on to the predicate
                continue
            if c is not None and c.relevant:
                group.append(c)
                if not _EPISODE_END.search(text, c.start, c.end) or _conceded(text, c, clauses, i):
                    continue
                c = None  # …したところ、 closes an episode: the next clause starts a new group
            if group and _fires(group, question, body):
                fired.append((clauses.index(group[0]), group))
            group = []
        if not fired and not question:
            fired = _topic_bound(text, clauses)
        if not fired:
            if not question:
                yield from self._timeline(text, body_start, body_end, body)
            return
        if _NEVER.search(body) and not any(_strong(g) for _, g in fired):
            return
        if _ELSEWHERE.search(body) and not _HERE.search(body):
            return  # 近隣の市でランサムウェアの被害があり、…3日間停止したと報道: another body's incident
        norm = _NORM_SAYS.search(body)
        if norm and "、" not in body[norm.end():] and not _HERE.search(body) \
                and not any(g.admitted for _, grp in fired for g in grp):
            # 国のガイドラインでは、…8文字以上とすることが推奨されています: a published norm, not ours
            # (not when a clause follows the norm's: …推奨されていますが、端末のパスワードは4桁で運用)
            return
        if _EVENT_END.search(body.rstrip("。 　")) and not any(_kept_state(text, c) for _, g in fired for c in g):
            # 端末約120台のファイルが暗号化され、脅迫文が表示された: what happened, no
            # control's state; with a when it is a step of the timeline (REVIEW)
            yield from self._timeline(text, body_start, body_end, body)
            return
        first_index = fired[0][0]
        start = clauses[first_index].start
        # earlier clauses of the sentence stay inside unless they are a frame
        for i in reversed(range(first_index)):
            c = clauses[i]
            piece = text[c.start:c.end]
            if _PURPOSE_FRAME.search(piece):
                break
            if _CONTRAST_END.search(piece) and not c.triggers:
                break
            if _NOW_FRAME.match(piece) and any(g.admitted for _, grp in fired for g in grp):
                start = c.start
                break
            if _ACTOR_TOPIC.search(piece):
                start = c.start  # 情報係は、…を遮断する: who acts is part of the step
                continue
            if len(_NOT_SPECIFIC.sub("", piece)) <= _FRAME_CHARS and not c.triggers \
                    and not _FIELD_TOPIC.search(piece) and not _PREDICATE_JOIN.search(piece) \
                    and ((i == 0 and _DISCOURSE.match(piece)) or _SET_ASIDE.search(piece)):
                # (a short clause that names a control, 停電の際、, or the field the
                # sentence gives, 設置場所は、, is part of the statement, no frame)
                # a system as the topic just before a short frame of time binds
                # to the predicate over it (財務会計システムは、平成28年の導入以来、
                # 一度も…していない): the topic names what the gap is in
                topic = clauses[i - 1] if i > 0 else None
                if topic is not None and _TOPIC_END.search(text, topic.start, topic.end) \
                        and (topic.triggers or _IT_WORDS.search(text, topic.start, topic.end)):
                    start = topic.start
                break
            start = c.start
        groups = [c for _, g in fired for c in g]
        yield self._result(text, start, body_end, groups, body)

    def _timeline(self, text: str, start: int, end: int, body: str) -> Iterable[RecognizerResult]:
        """A step of an incident's timeline of our own systems (when what was
        encrypted, stopped, restored; see _security_incident) as REVIEW: how
        long the systems stay down and how far back the backups reach is for
        a person to weigh; another body's incident is none of ours."""
        if _ELSEWHERE.search(body) and not _HERE.search(body):
            return
        if incident_timeline(text, start, end):
            yield self.result("SECURITY_DETAIL", start, end, 0.6,
                              "セキュリティ上の具体的な記述（インシデントの経過：自団体のシステムがいつ停止・復旧したか）、要確認",
                              category="incident_response", generic=True, trigger=INCIDENT_TOKEN)

    def _result(self, text: str, start: int, end: int, clauses: list["_Clause"], body: str) -> RecognizerResult:
        triggers = [t for c in clauses for t in c.triggers]
        specifics = [s for c in clauses for s in c.specifics]
        admitted = next((c.admitted for c in clauses if c.admitted), None)
        restated = next((c.restated for c in clauses if c.restated), None)
        planned = _PLANNED.search(_NOT_PLANNED.sub(lambda m: "＿" * len(m.group(0)), body))
        common_only = all(t in _COMMON or t in _WEAK for t in triggers) and any(t in _COMMON for t in triggers)
        generic = (bool(planned) and not admitted) or (common_only and not _strong(clauses))
        category = _category(triggers, specifics, admitted)
        detail = admitted or restated or (specifics[0][1] if specifics else triggers[-1])
        why = f"セキュリティ上の具体的な記述（{_CATEGORY_JA[category]}：「{triggers[0] if triggers else detail}」"
        why += f"と「{detail}」）" if detail != (triggers[0] if triggers else None) else "）"
        if planned and not admitted:
            why += f"、予定・提案の対策（{planned.group(0)}）"
        elif generic:
            why += "、多くの自治体が公表している構成"
        return self.result("SECURITY_DETAIL", start, end, 0.7 if generic else 0.8, why,
                           category=category, generic=generic, trigger=triggers[0] if triggers else "")


# a finding that opens with a proviso (ただし、…に限り…できる)
_OPENS_WITH_PROVISO = re.compile(r"[ 　]*(?:ただし|但し)[、，,]")
# a provision's main clause longer than this is no one rule (a paragraph run together)
_MAIN_CLAUSE_CHARS = 120
# a main clause that lays down a rule: of use, refused or allowed (…の利用は認めない,
# …を使用する, …を原則とする, …こととする)
_MAIN_RULE = re.compile(_RULE_STATED.pattern + r"|(?:使用|利用|接続|使う|用いる|行う)(?:もの)?とする$|(?:使用|利用|接続)する$|原則とする$|こととする$")
# the number of an article or a paragraph before its text (第4条　, ３　): no part of the rule
_ARTICLE_NUMBER = re.compile(r"(?:第[0-9一二三四五六七八九十]+条(?:の[0-9]+)?|[0-9]{1,2})[ 　]+")


def _rows_unread(text: str, found: list[RecognizerResult]) -> Iterator[tuple[int, int]]:
    """(start, end) of each table row (a line of three cells or more) that holds
    a control's word and that no finding touches: its cells were read one by
    one and none stated the control alone."""
    if "\t" not in text:
        return
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.count("\t") < 2 or not _triggers(text, start, end):
            continue
        if any(r.start < end and start < r.end for r in found) or _under_known_heading(text, start):
            continue
        yield start, end


def _under_known_heading(text: str, line_start: int) -> bool:
    """The row stands under a heading row whose columns the table reader knows
    (点検項目 | 点検結果, 指摘内容 | 措置状況): that reader judges each cell by its
    column (a passed check is no finding), so the row is not read whole."""
    for _, line in ctx.lines_above(text, line_start, 60):
        if "\t" not in line:
            return False
        if any(heading_kind(c) for c in line.split("\t") if c.strip()):
            return True
    return False


def _with_main_clause(text: str, r: RecognizerResult) -> RecognizerResult:
    """A proviso read with the sentence it qualifies (自宅での利用は認めない。
    ただし、成績処理期間に限り、…接続できる。): in Japanese drafting a 但し書
    makes one provision with the 本文 before it, and the exception means
    nothing without the rule it opens (what is allowed, to whom, outside
    it). The finding starts where that sentence does, on the same line,
    after its item mark or speaker label."""
    if not _OPENS_WITH_PROVISO.match(text, r.start):
        return r
    prev_end = r.start
    while prev_end > 0 and text[prev_end - 1] in " 　":
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] != "。":
        return r
    s = sentence_start(text, prev_end - 1)
    lead = _LEAD.match(text[s:prev_end])
    s += lead.end() if lead else 0
    number = _ARTICLE_NUMBER.match(text, s, prev_end)
    s = number.end() if number else s
    if prev_end - s > _MAIN_CLAUSE_CHARS or not _MAIN_RULE.search(text[s:prev_end - 1]):
        return r  # (校務系と学習系はネットワークを分けております。ただし、…: a fact, no rule the proviso excepts)
    r.start = s
    return r


def _across_wraps(text: str, r: RecognizerResult) -> RecognizerResult:
    """A statement read to its end when the layout wrapped it: over a line end
    inside the sentence (either edge) and over a bracketed note right after it
    (…を保管している（週１回）); see ``_extent``."""
    r.start = start_across_wraps(text, r.start)
    r.end = with_trailing_note(text, end_across_wraps(text, r.end))
    return r


def _cut_vendors(text: str, r: RecognizerResult) -> list[RecognizerResult]:
    """The finding ``r`` with each vendor's name (株式会社…) left out of its
    span: one finding a piece (``_security_vendor``)."""
    pieces = without_vendors(text, r.start, r.end)
    if pieces == [(r.start, r.end)]:
        return [r]
    # a piece that is only the topic before the name (システムの保守は、株式会社…が…) holds no
    # detail: the detail is the piece with a specific or an admission (all stay when none has one)
    telling = [(s, e) for s, e in pieces
               if any(c.specifics or c.admitted or c.restated for c in _clauses(text, s, e))]
    pieces = telling or pieces
    out = []
    for s, e in pieces:
        piece = copy.deepcopy(r)
        piece.start, piece.end = s, e
        out.append(piece)
    return out


_CATEGORY_JA = {**{c: e["label"] for c, e in _CONTROLS.items()}, "weakness": "対策の欠如（弱点）"}


def _TRIGGER_LINES(text: str) -> Iterable[re.Match]:
    """Sentences that hold a trigger: one pass of the trigger regex over the
    whole text, then the sentence around each hit (most sentences have none)."""
    last_end = -1
    hits = [t for t in _TRIGGER.finditer(text)]
    if _PRODUCT_ANCHOR.search(text):
        hits = sorted(hits + list(_products(text, 0, len(text))), key=lambda m: m.start())
    framed = [m for m, _ in structural_triggers(text, 0, len(text))]
    if framed:
        hits = sorted(hits + framed, key=lambda m: m.start())
    for t in hits:
        if t.start() < last_end or (t.re is _TRIGGER and not _is_trigger(text, t)):
            continue
        s = max(text.rfind("。", 0, t.start()), text.rfind("\n", 0, t.start()), text.rfind("\t", 0, t.start())) + 1
        m = _SENTENCE.match(text, s)
        if m is None:
            continue
        if m.group(0).count("（") + m.group(0).count("(") > m.group(0).count("）") + m.group(0).count(")"):
            # a note in brackets with sentences of its own (…の適用（8月分。7月分は未適用）):
            # the note belongs to the sentence it opened in
            m = _BRACKETED.match(text, s) or m
        last_end = m.end()
        yield m


# What a clause holds besides its schedule when it is only a time (毎週水曜日の
# 夜に、): particles and the parts of a day.
# (a frame before the time too: 本市では毎週水曜日の夜に、)
_TIME_REST = re.compile(r"(?:[のにはでも 　]|夜|朝|昼|夕方|夕刻|未明|頃|ごろ|ころ|前後|以降|中"
                        r"|本市|当市|本町|当町|本村|当村|現在|現状|実際|通常|普段|今)*")


# An item of a list of nouns (市民課、税務課、福祉課の窓口に18台): no
# particle, no predicate, cut off by a comma only; it belongs to the clause
# that ends the list, or a control and its count three items apart stay
# in groups of their own.
_LIST_ITEM = re.compile(r"[^ぁ-ゖ、，,；;]{1,10}[、，,]")
# (not a frame of time or of the argument, 現在、 今回、 実際、 or a date, 令和6年度、:
# they open the sentence, they list nothing)
_FRAME_WORD = re.compile(r"(?:現在|現状|現時点|今回|前回|従来|当初|今後|将来|通常|普段|実際|本来|特|一方|結果|同様|例|最後|次|具体的|"
                         r"将来的|基本的|原則|当面|以前|過去|今|昨年|本年|今年|来年|昨年度|本年度|今年度|来年度|毎年|例年)[、，,]")


def _clause_spans(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    held = -1
    for c in _CLAUSE.finditer(text, start, end):
        if c.end() < end and _LIST_ITEM.fullmatch(c.group(0)) and not _FRAME_WORD.fullmatch(c.group(0)) \
                and len(_NOT_SPECIFIC.sub("", c.group(0))) > 1:
            held = c.start() if held < 0 else held
            continue
        yield (c.start() if held < 0 else held), c.end()
        held = -1
    if held >= 0:
        yield held, end


def _opened_here(rx: re.Pattern[str], text: str, c_start: int, c_end: int, end: int) -> str | None:
    """The part of this clause of a match of ``rx`` that starts in the clause
    and ends in a later one of the statement (基幹系の復旧までは、…の利用を停止
    する; 契約の終了後も、…に保持している): the clause splits at the comma, so
    the phrase is read on the rest of the statement and kept as the clause's
    own part (the whole match when it ends inside the clause)."""
    m = rx.search(text, c_start, end)
    return text[m.start():min(m.end(), c_end)] if m and m.start() < c_end else None


def _window_opened(text: str, c_start: int, c_end: int, end: int) -> tuple[tuple[str, str], ...]:
    """A window the clause opens and the rest of the statement closes with a
    stop (see _opened_here): a specific of the clause."""
    m = _SPECIFIC["window"].search(text, c_start, end)
    # (a window inside the clause is read with the other specifics)
    return (("window", text[m.start():c_end]),) if m and m.start() < c_end < m.end() else ()


def _clauses(text: str, start: int, end: int, inherited: tuple[str, ...] = ()) -> list[_Clause]:
    """The clauses of [start, end); ``inherited`` are controls named before the
    statement (the question it answers, the heading it stands under), read as
    the first clause's own, so a drill's months count as its schedule."""
    out: list[_Clause] = []
    month_class_before = False
    for c_start, c_end in _clause_spans(text, start, end):
        piece = text[c_start:c_end]
        plain = _NOT_SPECIFIC.sub(lambda m: "＿" * len(m.group(0)), piece)
        triggers = (inherited if not out else ()) + _triggers(text, c_start, c_end)
        specifics = tuple((k, s.group(0)) for k in _SPECIFIC_KINDS for s in _SPECIFIC[k].finditer(plain))
        specifics += _window_opened(text, c_start, c_end, end)
        if SUPPORT_END_TOKEN in triggers:
            # (保守は令和9年3月で終了: the day the fixes stop is no date of the proceedings)
            specifics += tuple(("period", d) for d in support_end_dates(piece))
        if triggers and all(_CATEGORY_OF.get(t) in _YEARLY_CLASSES for t in triggers) and not _YEARLY_MONTH.search(piece):
            # 訓練は毎年度実施: every municipality drills, audits and trains
            # once a fiscal year; only the month or a count says when
            specifics = tuple((k, v) for k, v in specifics
                              if not (k == "period" and (v in _YEARLY or _YEARLY_COUNT.fullmatch(v))))
        month_class = any(_CATEGORY_OF.get(t) in _MONTH_CLASSES for t in triggers)
        if month_class or (month_class_before and not triggers):
            # 監査は毎年11月, 訓練は6月と12月: the month is the control's
            # schedule, in its clause or the one after it (訓練は、6月と11月に実施)
            specifics += tuple(("period", s.group(0)) for s in _SCHEDULE_MONTH.finditer(piece))
        month_class_before = month_class
        cleaned = _NOT_WEAKNESS.sub(lambda m: "＿" * len(m.group(0)), piece)
        admitted = _ADMITTED.search(cleaned) or _NEVER_DONE.search(piece)
        spanned = None if admitted else _opened_here(_SPANNING, text, c_start, c_end, end)
        if admitted and admitted.group(0).endswith("ずに"):
            # シュレッダーにかけずに溶解処理: one control instead of another of
            # its class, no step skipped (消さずに業者へ渡す skips one)
            cut = c_start + admitted.end()
            before = {_CATEGORY_OF.get(t.group(0)) for t in _TRIGGER.finditer(text, c_start, cut)}
            after = {_CATEGORY_OF.get(t.group(0)) for t in _TRIGGER.finditer(text, cut, c_end)}
            if before & after - {None}:
                admitted = None
        restated = _RESTATED.search(cleaned)
        tail = piece.rstrip("、，,；; ")
        last_period = next((v for k, v in specifics if k == "period" and tail.endswith(v)), None)
        periods = [v for k, v in specifics if k == "period"]
        if last_period is None and periods:
            rest = tail
            for v in periods:
                rest = rest.replace(v, "")
            if _TIME_REST.fullmatch(rest):
                last_period = periods[0]  # 毎週水曜日の夜に、: a clause that is only a time binds to the next
        out.append(_Clause(c_start, c_end, triggers, specifics,
                           admitted.group(0) if admitted else spanned, restated.group(0) if restated else None, last_period))
    return _months_before(text, out)


def _months_before(text: str, clauses: list[_Clause]) -> list[_Clause]:
    """The months of a drill or an audit said before it, in clauses of their
    own (年2回、6月と12月に、全庁で標的型メールの訓練を行う): a clause with
    no trigger right before the control's clause gives its schedule, as the
    clause right after it does."""
    for i, c in enumerate(clauses):
        if i == 0 or not any(_CATEGORY_OF.get(t) in _MONTH_CLASSES for t in c.triggers):
            continue
        for j in (i - 1, i - 2):
            b = clauses[j] if j >= 0 else None
            if b is None or b.triggers:
                break
            months = tuple(("period", m.group(0)) for m in _SCHEDULE_MONTH.finditer(text, b.start, b.end))
            if months:
                clauses[j] = b._replace(specifics=b.specifics + months)
    return clauses


# A topic clause (…は、 …では、 …については、): Japanese binds the topic to
# the predicate that ends the sentence, however many clauses stand between.
_TOPIC_END = re.compile(r"(?:は|では|には|については|も)[、，,]$")
# what the sentence's last predicate must hold to bind to a topic: an
# admission, or a specific that says when, where, how or which
_BOUND_KINDS = ("period", "place", "method", "product", "limit")


def _topic_bound(text: str, clauses: list[_Clause]) -> list[tuple[int, list[_Clause]]]:
    """A control as the topic of the sentence and the sentence's last clause
    admitting a gap or giving a specific, with clauses of their own between
    (ウイルス対策ソフトは、本庁の端末には入っているが、出先機関の端末には入って
    いない; 庁内LANの管理は、事実上、担当の主査一人に頼っている): the
    groups of adjacent clauses miss it, the topic binds it. An episode or a
    step between (…したところ、, 申請を受けた後、) ends the topic's reach: what
    follows is another event, or a service's time (1週間ほどで)."""
    last = clauses[-1] if len(clauses) >= 3 else None
    if last is None or last.triggers or not (last.admitted or any(k in _BOUND_KINDS for k, _ in last.specifics)):
        return []
    for i, c in enumerate(clauses[:-2]):
        if not c.triggers:
            continue
        if not _TOPIC_END.search(text, c.start, c.end) \
                or any(_EPISODE_END.search(text, b.start, b.end) or _STEP_END.search(text, b.start, b.end)
                       for b in clauses[i + 1:-1]):
            return []
        if not last.admitted and all(t in _WEAK for t in c.triggers):
            return []  # 職員のIDカードの交付は、申請を受けた後、1週間ほどで: a service's time, not a schedule
        group = [c, last]
        return [(i, group)] if _fires(group, False) else []
    return []


def _about_systems(text: str, start: int, clauses: list[_Clause]) -> bool:
    """The statement is about an information system: a trigger that only
    systems have, or a system word in it or in the text just before it."""
    if any(t not in _CIVIC for c in clauses for t in c.triggers):
        return True
    return bool(_IT_WORDS.search(text, max(0, start - _CONTEXT_BACK), clauses[-1].end)) \
        or _list_about_systems(text, text.rfind("\n", 0, start) + 1)


# How many controls named outright (a trigger that is neither civic, local
# nor weak) the text just before a statement must hold for it to be part of
# a passage on information security.
_PASSAGE_TRIGGERS = 2
# a turn of the chair (○委員長　次に、…), where minutes move to another item
_CHAIR_TURN = re.compile(r"(?:^|\n)[○◯◎]?[^\n 　]{0,8}(?:委員長|議長|会長|座長)[ 　]")


# an admission that names an exception to a control (対象外, 適用外, 除外して)
_EXCEPTION = re.compile(r"対象外|適用外|除外|例外|対象から(?:外|除|漏)")
# what an exception to a control leaves out: a building, a floor, an office,
# a section or a machine (別館と議会棟, 出先機関, 税務課の端末)
_EXCEPTED_UNIT = re.compile(r"[庁館棟階]|支所|出張所|分室|出先|事務所|[^\s、。]課|係|端末|機器|パソコン|回線|系")


def _passage_trigger(text: str, start: int) -> str | None:
    """The last control named outright (neither civic nor weak) in the text
    just before ``start``, in the same item of the minutes; None if none.
    One is enough: an exception that names a building or a section is a
    scope of the control the passage is about."""
    window_start = max(0, start - _CONTEXT_BACK)
    chair = _last(_CHAIR_TURN.finditer(text, window_start, start))
    last = _last(m for m in _TRIGGER.finditer(text, chair.end() if chair else window_start, start)
                 if m.group(0) not in _CIVIC and m.group(0) not in _WEAK and _is_trigger(text, m))
    return last.group(0) if last else None


def _security_passage(text: str, start: int) -> bool:
    """The text just before ``start`` states controls by their own names
    (バックアップ, 入退室, 脆弱性 …) at least twice: a finding of an audit or
    a list of weaknesses goes on about the same systems without naming them
    again (…の作業には職員が立ち会っていない, 研修の受講率は2割にとどまって
    いる), whatever the line before it is."""
    seen = 0
    window_start = max(0, start - _CONTEXT_BACK)
    chair = _last(_CHAIR_TURN.finditer(text, window_start, start))
    if chair:
        window_start = chair.end()  # the chair opens another item: the passage before it is over
    for m in _TRIGGER.finditer(text, window_start, start):
        w = m.group(0)
        if w in _CIVIC or w in _WEAK or not _is_trigger(text, m):
            continue
        seen += 1
        if seen >= _PASSAGE_TRIGGERS:
            return True
    return False


def _line_about_systems(text: str, end: int, clauses: list[_Clause]) -> bool:
    """For the local triggers (無人, 不在, 故障した場合): a trigger that is
    neither civic nor local, or a system word, in the same line or the line
    before it (the question this answer replies to: 「サーバ室の管理は。」
    「夜間と休日は無人で運用しております。」)."""
    if any(t not in _CIVIC for c in clauses for t in c.triggers):
        return True
    line_start = text.rfind("\n", 0, clauses[0].start)
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start > 0 else 0
    if _IT_WORDS.search(text, previous, end):
        return True
    # an item of a bulleted list shares the topic of the list: its heading
    # and the other items (指摘事項 ・サーバ室の… ・自家発電装置の燃料は…)
    return _list_about_systems(text, line_start + 1)


def _list_about_systems(text: str, line_start: int) -> bool:
    """The line is an item of a list whose heading or other items hold a
    system word, or name a control outright (５　運用保守 ⏎ (1)障害発生時の
    対応は平日の…まで ⏎ (2)リモート保守はVPN経由で): the items share a topic."""
    list_start, list_end = _bullet_list(text, line_start)
    if list_start == list_end:
        return False
    return bool(_IT_WORDS.search(text, list_start, list_end)) or any(
        m.group(0) not in _CIVIC and m.group(0) not in _WEAK and _is_trigger(text, m)
        for m in _TRIGGER.finditer(text, list_start, list_end))


# an item of a list, or a row of a table (cells apart by tabs: 1	…	担当課):
# a table shares the topic of its caption as a list shares its heading's
_BULLET_LINE = re.compile(r"[ \t\u3000]*(?:[・\-－*※●◆■□]|[(（][0-9０-９一二三四五六七八九十]+[)）])|[^\n\t]*\t")


def _bullet_list(text: str, line_start: int) -> tuple[int, int]:
    """The span of the bulleted list the line at ``line_start`` is an item of,
    with the heading line just before the list; empty when it is no item.
    (○ starts a speaker's turn in minutes, not an item: turns on other
    topics share nothing.)"""
    if not _BULLET_LINE.match(text, line_start):
        return line_start, line_start
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        start = prev
        if not _BULLET_LINE.match(text, prev) and text[prev:text.find("\n", prev)].strip():
            break  # the heading (a blank line between is skipped)
    end = text.find("\n", line_start)
    while end != -1 and _BULLET_LINE.match(text, end + 1):
        end = text.find("\n", end + 1)
    return start, len(text) if end == -1 else end


def _strong(clauses: list[_Clause]) -> bool:
    """A specific beyond the wording every municipality uses; the trigger
    word itself (サーバ室 is both a control and a place) is none, so
    「サーバ室の管理は、規程に沿って適正に行っております」 stays general."""
    return any(k in ("period", "count", "place", "product") and not any(v in t for t in c.triggers)
               for c in clauses for k, v in c.specifics) \
        or any(c.admitted or c.restated for c in clauses)


# 2系統, 2回線: a count of lines is the layout itself, even with weak
# triggers only (回線, 系統), unlike 3件 after ログイン
_LINES_COUNT = re.compile(r"(?:系統|回線)$")


def _fires(group: list[_Clause], question: bool, body: str | None = None) -> bool:
    restated = any(c.restated for c in group)
    admitted = any(c.admitted for c in group)
    # controls whose schedule helps no intruder (研修は年1回、全職員が受講)
    # count only when a gap is admitted (研修を受けていない職員がいる)
    triggers = [t for c in group for t in c.triggers
                if admitted or restated or _CATEGORY_OF.get(t) not in _ADMISSION_ONLY]
    if not triggers:
        return False
    if question:
        # a question asks, it states nothing (バックアップはどのように取って
        # いるのか, …を金庫に保管しているのか) unless it restates a weakness;
        # a premise before it (…と伺っておりますが、) is read as a statement
        return restated
    if admitted or restated:
        return True
    weak_only = all(t in _WEAK for t in triggers)
    # 故障した場合は、2階の…課に持参: a failure or an absence is no place's control
    local_only = all(t in _LOCAL for t in triggers)
    # a clause holds a trigger that counts: not a course's (研修) left out above
    # (ネットワーク分離を実施し、全職員を対象とした研修を行う: 全職員 is the course's scope)
    kept = set(triggers)
    counts = [any(t in kept for t in c.triggers) for c in group]
    # 年に一度、外部の専門家による監査を受けて: the yearly cadence in a clause of
    # its own is no schedule of an audit, a drill or a course either
    yearly_only = all(_CATEGORY_OF.get(t) in _YEARLY_CLASSES for t in triggers)
    for i, c in enumerate(group):
        # the trigger in this clause, the one before it or, for a limit, the
        # one after it (北支所の端末のみ、インターネットに直接接続できる)
        near = counts[i] or (i > 0 and counts[i - 1])
        near_limit = near or (i + 1 < len(group) and counts[i + 1])
        for kind, value in c.specifics:
            if (kind == "scope" and not counts[i]) or (kind == "limit" and not near_limit):
                continue  # 全員 binds to its own clause (…Wi-Fiを使え、スタッフが全員学生)
            if kind == "place" and local_only:
                continue
            if kind == "place" and all(value in t or t in value for t in triggers):
                continue  # サーバ室の清掃は良好: the control word itself (サーバ室 is a place too) is no specific
            if yearly_only and kind == "period" and (value in _YEARLY or _YEARLY_COUNT.fullmatch(value)):
                continue
            if kind == "content" and not any(_CATEGORY_OF[t] == "logging" for t in triggers if t in _CATEGORY_OF):
                continue  # 日時、職員名 are what a log records, not what an outage report lists
            if weak_only and kind == "product" and value in ("社の製品", "社製"):
                continue  # グループウェアは…株式会社の製品を継続利用: a vendor, no product nor version named
            if kind == "channel" and not any(_CATEGORY_OF.get(t) in _CHANNEL_CLASSES for t in triggers):
                continue  # 故障した場合は…課に持参: a way to bring a device, not data
            # a clause that is only a schedule (年に2回、CD-Rで送付) binds to the next one
            bare = kind == "period" and (c.end - c.start - len(value) <= 2 or value == c.last_period)
            close = near_limit if kind == "limit" or bare else near
            if weak_only and not _layout_count(kind, value, list(c.triggers)) and not _versioned(kind, value, triggers) and (
                    kind == "count" or not close or any(t in value or value in t for t in triggers)):
                # …のアカウントにログインし、3件を照会した is a narrative, not a
                # control; the trigger itself (ICカード, 「BCC」) is no
                # specific; the specific stands in the trigger's clause or the
                # one after it (退職者のアカウントの削除を、人事異動と連動して行う).
                continue
            return True
    # a control planned for introduction (来年度にWAFを導入する予定): it is not
    # there yet, which says what is missing now; generic (REVIEW) as a plan
    if body is not None and _PLANNED_INTRO.search(body) \
            and any(t not in _WEAK and t not in _CIVIC and t not in _COMMON for t in triggers):
        return True
    # statements every municipality makes fire (generic) with two such terms:
    # LGWANとは別に閉域の専用回線; not the three-layer model said in its own
    # words alone (インターネット接続系とは分離, ネットワーク分離を実施): every
    # municipality has published it since the 2015 review, writers keep it
    common = {t for t in triggers if (t in _COMMON or _COMMON_RX.fullmatch(t)) and t not in _PROGRAMME}
    return len(common) >= 2 and not (common <= _THREE_LAYER and body is not None and _SEPARATED.search(body))


# The predicate of an incident's narrative: what was found, shown or struck
# (…が差し込まれたままになっているのを職員が発見した, …が暗号化され、脅迫文が
# 表示された, …交付ができない状態となりました). A report of the incident tells
# what happened; the control that failed is said in sentences of its own
# (USBポートの使用制限は設定していなかった), which still fire.
_EVENT_END = re.compile(
    r"(?:(?:発見|判明|発覚|検知|検出|覚知|通報)(?:した|しました|いたしました|された|されました)"
    r"|(?:表示|暗号化|改ざん|改竄|送信|拡散)(?:された|されました|されていた|されておりました)"
    r"|(?:感染|発生)(?:した|しました|いたしました)"
    r"|(?:状態|事態)(?:と|に)(?:なった|なりました)|届(?:いた|きました)|気(?:付|づ)(?:いた|きました)"
    # how long it took, and the apology (復旧までに約5時間を要し、…御迷惑をおかけいたしました)
    r"|要し(?:た|ました)|超え(?:た|ました)|おかけ(?:いた)?しました)$")


def _kept_state(text: str, c: "_Clause") -> bool:
    """A clause that states a control's lasting state in an incident's
    sentence: an admission other than a thing left as it was (差し込まれた
    まま, one event's scene; 初期設定のまま stays), a restated weakness, a
    product, a method, place or channel, or a control said as it goes on
    (バックアップは同じネットワーク上のNASに取っており、こちらも暗号化された)."""
    return bool(c.restated or (c.admitted and c.admitted != "たまま")
                or any(k in ("product", "method", "place", "channel", "scope") for k, _ in c.specifics)
                or (c.triggers and _GOING_ON.search(text, c.start, c.end)))


_GOING_ON = re.compile(r"(?:ており|ていて|ておりまして|ている|ています|ております)[、，,]?$")


def _layout_count(kind: str, value: str, triggers: list[str]) -> bool:
    """A count that is the layout itself, even with weak triggers only (those
    of the count's own clause): lines (2系統, 2回線, 光回線2本): how much
    stands behind a failure. (Not machines beside a spare: a count of them
    reads as often as a loan or a purchase.)"""
    if kind != "count":
        return False
    return bool(_LINES_COUNT.search(value)) or (
        # (光回線2本で結び: the number of lines, counted as cables)
        value.endswith("本") and any(t.endswith("回線") or t.endswith("線") for t in triggers))


def _versioned(kind: str, value: str, triggers: list[str]) -> bool:
    """A product named with a model number or a version beyond the trigger
    word itself (Windows 7, FortiGate 60F): the product an attacker looks up."""
    if kind != "product":
        return False
    rest = value
    for t in triggers:
        if _CATEGORY_OF.get(t) == "vulnerability":  # a product's own name, not ID or OS
            rest = rest.replace(t, "")
    return rest != value and bool(re.search(r"[0-9]", rest))


def _category(triggers: list[str], specifics: list[tuple[str, str]], admitted: str | None) -> str:
    """The control the clause is about: an admitted weakness first, then a
    product with a version (it names the product whatever else is said),
    then the first trigger that is not a weak one."""
    if admitted:
        return "weakness"
    products = [s for k, s in specifics if k == "product"]
    if products and (any(_CATEGORY_OF.get(t) == "product_version" for t in triggers)
                     or any(_NAMED_PRODUCT.search(s) for s in products)):
        return "product_version"
    for t in triggers:
        if t not in _WEAK:
            return _CATEGORY_OF[t]
    return _CATEGORY_OF[triggers[0]] if triggers else "weakness"
