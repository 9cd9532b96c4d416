"""DATA_CENTER: a data center or server site named by name, by operator and
site, by address, or by a location hint that narrows it down.

- a name: a proper name before a site word (那須第2データセンター, 岡山DC),
  with the operator when written before it (〇〇株式会社の…データセンター);
  a generic mention (新しいデータセンターへ移行する) is not a finding;
- an operator and a site (△△株式会社の府中拠点), a site by its
  municipality (仙台市内のデータセンター, 仙台市にあるデータセンター), with
  its operator when named before it (△△株式会社が運営する…, △△株式会社の
  …); the city's own (本市のデータセンター) is no place, 本市内の… is;
- a server room by its place (本館地下のサーバ室);
- an address in the same sentence as a site word (``refine`` turns such
  an ADDRESS into a DATA_CENTER: a company's office address is kept, a
  data center's is not);
- a later bare mention of the site's place name (那須は火山が近い);
- location hints with a figure (火口から約20キロ離れた丘陵地, 海抜50m) are
  ``hint``; vague ones (異なるプレート上, 東京リージョン) ``vague_hint``, REVIEW.
  A hint counts only where a site is the subject: a context word (データ
  センター, サーバ, 拠点, 設置場所 …) in its sentence or the one before
  (「標高700mに位置する」 about a forest is not a finding).

- sites named the way contractors name them, in a sentence that puts
  machines or media somewhere (an equipment word and a siting verb, here or
  in the sentence before): a nickname in 「」 (「みどり台センター」), a
  numbered centre with its operator (ほくと電算の第2センター), a building,
  floor or storeroom (3号棟4階, 本庁舎別館の地下書庫, 南出張所の倉庫); a
  region or a neighbour before a site word (九州にある事業者の施設, 隣の市の
  事業者のデータセンター); landmarks, geology and high ground
  (山のふもと, 岩盤, 高台) as hints when a site, a server or a backup is the
  subject, not a public センター; a later 同センター / 当該施設 after a site
  was named. 市民センター, 保健センター and the like are places people visit.

- sites named by what names them elsewhere: a part of the system as the
  topic says where it is whatever the verb (本番系は…の施設です, ・主系：…);
  an operator without 株式会社 (…電算サービスの湊北センター, KTS東日本の…DC,
  A社の…, …が運営する「…」); a nickname with its label, its speakers and
  the verb of calling, and the facility it names (通称「…」, 地元では「…」と
  呼ばれている施設); a prefecture or city with a facility word and what the
  building was (…県内の旧変電所を改修した施設, 東京都と大阪府の2拠点); a
  building on the site of an old one (…跡地に建てた倉庫); a Latin name
  (Tokyo East DC); a location in brackets after the site (…センター（市役所
  から北西に約8km、…沿い）), masked with it; hints side by side joined.
  The city hall's own server room (庁内のサーバ室) names no place, and a
  member's worry put as a question (沿岸部で津波は大丈夫か) places nothing.

- where inside a site: the floor, cage or section after its name (…の東京
  センター3階, …第1DC 地下1階 専用区画C; a colocation contract rents a
  cage or a section), and a floor with a server room in any building
  (地下1階の電算室); a site named bare, with no 「」, operator or data-centre
  word, where a system is put into it (北斗ベースに設置, …で運用, …で動いて
  いる) or as the value of a place's label (設置場所：かもめ情報館); a quoted
  name as the value of a site's label or of a part of the system (移行先は
  「…」, 本番系は「…」), with the site word and operator before it; an
  address with the operator's building at it (…3-4のみなと電算社屋); the
  prefecture or a neighbour without a name (県内の民間事業者の施設, 隣接する
  町の事業者のビル). Names for many sites (各…センター), public buildings
  (中央図書館, 市民体育館) and the city's own (本庁舎) are none.

- a place by the sentence's structure, whatever its words: a building,
  floor, room or landmark (東庁舎の4階, 分庁舎の地下, 病院の裏の建物, 「…」と
  呼んでいる建物) is a site when it is the locative (に, で, へ, から) of a
  verb that puts things somewhere and what is put is IT equipment or data --
  named in the clause, or with no other topic in the sentences before; an
  answer that only states a place (…の3階です) after a question asking
  where the servers are, and a question quoting one (…にあると聞いているが).
  Counters, meeting rooms, where staff work, and general statements (国内の
  データセンター, 安全性の高い…) are none: the verb and topic decide.

- sites across a whole document (issue 12, fifth pass): a location hint with
  no site word in reach stands when a site was found in its sentence, the
  one before or the question it answers (…の第3センターへ移します。／隣の…市
  の、県道沿いでございます); a word referring back (同センター, 本施設) is a
  finding with the floor or room it names after it; an address or a phone
  line in a sentence about the site once one was named. Every candidate not
  reported is dropped with a named reason (``_drops``).

- forms of unseen text (issue 12, session 12): an operator written 株式会社
  first whose name opens in kana (株式会社はやせデータの…DC) and never the
  operator's verb at a site's start (…が運営する…); a nickname called the
  name of a data centre, or given where one was spoken of (何と呼ばれているのか
  ／「…」と呼んでおります); a place fronted before a comma and the machines
  after it (…の奥の部屋に、機器が残ります); Latin names with their number or
  region; a site's own word or 所在 as a label; a table of sites, each row's
  place under 所在地; a server room asked about and its place answered; a
  specification's forward reference (次の施設) and a place of many (各小学校
  の…) are none.

- a place said in pieces (session 13): a segment before a comma that
  narrows the place, an owner said with が or a naming word, and the joint
  between two pieces are one stretch (``_site_joined``); what surrounds a
  site told as a clause of its own (近くに…があり, 最寄りの駅は…,
  ``_site_surroundings``); a cloud region by its place or in Latin letters
  (大阪リージョン, Japan East) with its cloud, REVIEW.

- a site read from its owner (session 17): who it belongs to said before it
  with の (県教育情報ネットワークの共同データセンター, 同一事業者の…サイト),
  who chose or runs it (受注者が指定するデータセンター), and the building and
  floor a room stands on (役場庁舎2階　旧書庫) open the site's span; a
  location note in brackets is read with the site's name right before the
  bracket (…の立川サイト（国営公園の北側）, ガバメントクラウド（東日本の
  1リージョン）); a site and what it is, joined by これは (…情報センター、これは
  …にある事業者の施設), are one finding; a room named by what it holds
  (中継機器を収容した小部屋, ``_site_rooms``).

Words and patterns: ``data/security_data_center.toml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml, load_tsv
from redactor.finding import Finding
from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text
from redactor.intervals import IntervalSet, merged
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import ATTRIBUTES_KEY, JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._site_described import answered_places, described_places
from redactor.recognizers._site_joined import joined_sites
from redactor.recognizers._site_lists import listed_places
from redactor.recognizers._site_surroundings import surroundings
from redactor.recognizers._site_named_in_passage import named_in_passage
from redactor.recognizers._site_operational import operational_rooms
from redactor.recognizers._site_place import FLOOR, NUMBERED_BUILDING, POSITION
from redactor.recognizers._site_rooms import holding_rooms
from redactor.recognizers._site_host import host_buildings, same_as_another
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI, sentence_span, sentence_start, words_regex
from redactor.tokens import Token

_DATA = load_toml("security_data_center.toml", "redactor.recognizers.data")


def _drop(text: str, start: int, end: int, reason: str) -> None:
    """A candidate site not reported, and why (``_drops``: fail closed means no
    silent drop; ``REDACTOR_EXPLAIN_DROPS=1`` shows them)."""
    drop("DATA_CENTER", text, start, end, reason)


_K = rf"{KANJI}ァ-ヶーA-Za-z0-9々"
# ASCII site words stand alone (岡山DC, さくらiDC; not CDC, DCモーター)
_SITE = "|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
                 for w in sorted(_DATA["site_words"], key=len, reverse=True))
_ROOM = "|".join(re.escape(w) for w in _DATA["room_words"])
_COMPANY_NAME = rf"(?:[{_K}ぁ-ん]{{2,20}}(?:株式会社|\(株\)|（株）)|(?:株式会社|\(株\))[{_K}ぁ-ん]{{2,20}}?)"
_COMPANY = rf"{_COMPANY_NAME}[ ]?の?[ ]?"
_NAMED = re.compile(rf"(?P<company>{_COMPANY})?(?P<name>(?:(?<=[、。「（(\n\t 　])[ぁ-ん]{{1,5}})?[{_K}]{{1,16}}?(?:第[0-9]+)?)(?:{_SITE})(?![A-Za-z](?![棟館]))")
# a site named in Latin letters (Tokyo East DC, Osaka Data Center)
# (with the number or region after it: Kita Cloud Center 2, Sakura Data Center Hokkaido)
# (a site of a named cloud or operator by its letter or number: Hoshi Cloud Tokyo Site B,
# Kita Campus 2; a Latin place in brackets after it: …Center 2 (Morioka))
# (a building, floor, room, rack or cage after it: …Storage Center, Building C, Rack 12)
_LATIN_SITE = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z0-9]+[ -]){1,3}(?:(?:DC|iDC|(?:Data|Cloud|Storage|Backup) ?[Cc]ent(?:er|re)|Datacenter)"
                         r"(?:[ -](?:[0-9]{1,3}|[A-Z][a-z]{2,12}|[A-Z])(?![A-Za-z0-9]))?"
                         r"|(?:Site|Campus)[ -](?:[0-9]{1,2}|[A-Z])(?![A-Za-z0-9]))(?![A-Za-z])"
                         r"(?:[ ]?[（(][A-Z][a-z]{2,15}(?:[ ,、]+[A-Z][a-z]{2,15})?[）)])?"
                         r"(?:,? (?:Building|Bldg\.?|Floor|Room|Rack|Cage|Hall|Suite) [A-Z0-9][A-Z0-9-]{0,4}(?![A-Za-z0-9]))*")
_LATIN_SITE_ANCHOR = re.compile(r" (?:DC|iDC|Data|Cloud|Storage|Backup|Site|Campus)")
_SITE_ANCHOR = re.compile("|".join(re.escape(w) for w in sorted(_DATA["site_words"], key=len, reverse=True)))
_ROOM_ANCHOR = re.compile(_ROOM)
# (a floor in kanji numerals too, and the room said to be on it: 旧館の二階にある電算室)
_ROOM_AT = re.compile(rf"[{KANJI}ァ-ヶー]{{1,10}}の?(?:地下|[0-9一二三四五六七八九十]+階|内|棟)(?:の|にある)?(?:{_ROOM})")
_OWN_BUILDING_ROOM = re.compile(rf"(?:{words_regex(_DATA['own_buildings'], longest_first=False)})の?(?:{_ROOM})")
_OPERATOR_SITE = re.compile(
    rf"(?P<company>(?:[{_K}ぁ-ん]{{2,20}}(?:株式会社|\(株\)|（株）)|(?:株式会社|\(株\))[{_K}ぁ-ん]{{2,20}}?)[ ]?の)(?P<name>[{KANJI}]{{2,8}}|第[0-9]+)(?:{words_regex(_DATA['operator_site_words'], longest_first=False)})")
_OPERATOR_ANCHOR = re.compile(r"株式会社|\(株\)|（株）")
_CONTEXT = tuple(_DATA["context_words"]) + tuple(_DATA["system_roles"])
# one pass for both kinds of hint; ``site`` marks the ones that need a strong context
_HINT = guarded(re.compile("(?P<site>" + "|".join(_DATA["site_hint_patterns"]) + ")|" + "|".join(_DATA["hint_patterns"])))
# media or machines put where the hint says (…の施設に預けている)
_SITED_AT = re.compile(r"[^、。\n]{0,30}?に(?:預け|置|保管|保存|設置|格納|移設|入居)")
_ASKS = re.compile(r"(?:か|[?？])[ ]*$")
_VAGUE = guarded(re.compile("|".join(_DATA["vague_patterns"])))
_GENERIC = tuple(_DATA["generic_prefixes"])
_NOT_SITE_NAMES = tuple(_DATA["not_site_names"])
_NOT_SITE_AFTER = tuple(_DATA["not_site_after"])
_NOT_CONTEXT = tuple(_DATA["not_context"])
# (a table's cell: a hint in one cell is no part of the next, 新居浜センター<TAB>県東部<TAB>免震)
_CLAUSE_START = "。、\n「（(→\t"
_TEXT_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")
_HINT_END = re.compile(r"\t|(?<![0-9]),|,(?![0-9])|に(?:あり|ある(?=[。、\n]|との|と聞|と伺)|置|保存|保管|預|格納|移|設置|所在|立地|ござ|毎|転送|複製|送)|で[、。]|である|です|でござ|を"
                       r"|で(?:運用|稼働|稼動|保管|管理)|[)）]"
                       r"|と(?:なって|なる|して)|[、。\n]"
                       # a place quoted as heard (…の北のほうとだけ聞いております)
                       r"|(?:だ|です)?と(?:だけ|しか|の)?(?:聞|伺|こと|され|言|い[うわ])")
_SITE_WORDS = tuple(_DATA["site_words"]) + tuple(_DATA["room_words"])
# A site's municipality said outright (所在地は群馬県前橋市, 前橋市内にあり): a
# prefecture and/or a municipality name, in a sentence about a site.
_PREFECTURES = "|".join(row[0] for row in load_tsv("address_prefectures.tsv", "redactor.recognizers.data"))
# a prefecture without 都/府/県 and a designated city without 市, as a site's
# place is said in speech (バックアップセンターは大阪にございます)
_BARE_PLACES = words_regex(
    [row[0][:-1] for row in load_tsv("address_prefectures.tsv", "redactor.recognizers.data") if row[0][-1] in "都府県"]
    + _DATA["designated_cities"])
_PLACE = rf"(?:(?:{_PREFECTURES})(?:[{KANJI}]{{1,6}}[市区町村])?|[{KANJI}]{{1,6}}[市区町村])"
# (the place said after a clause or two: 保管場所は、県外、具体的には長野県の松本市)
_LOCATED = guarded(re.compile(rf"(?:所在地|所在|設置場所|設置先|立地|場所|保管先|移行先|移設先|移転先|バックアップ先|複製先|退避先|保存先)"
                      rf"(?:は|が|：|:)[、 ]?(?:[^、。\n「」]{{1,10}}、){{0,2}}?(?:具体的には|詳しくは|正確には)?[、]?"
                      rf"(?P<a>(?:{_PREFECTURES})の?(?:[{KANJI}]{{1,6}}[市区町村])?|[{KANJI}]{{1,6}}[市区町村])"
                      rf"|(?P<b>{_PLACE}|(?<![{KANJI}])(?:{_BARE_PLACES})(?![{KANJI}]))(?:内)?(?:にあ|にござ|に所在|に立地|に設置|に置)"))
# Every match has one of these (the place's last character then に and the
# verb, or the keyword); the 47 prefecture names as an anchor cost more than
# the match itself.
_LOCATED_ANCHOR = re.compile(rf"(?:[市区町村都道府県内]|{_BARE_PLACES})に(?:あ|ござ|所在|立地|設置|置)|所在|設置場所|設置先|立地|場所|[管行設転プ製避存]先")
_SITE_SUBJECT = _SITE_WORDS + ("拠点", "バックアップ先", "保管場所", "設置場所", "副センター", "主センター", "バックアップセンター",
                               "災害対策センター", "DRサイト", "バックアップサイト")
# A site word after its municipality (仙台市内のデータセンター, 群馬県の
# データセンター), with the operator when written before it (…株式会社が
# 運営する…): the site by operator and city.
_PLACED = re.compile(rf"(?:(?P<company>{_COMPANY_NAME})(?:(?:が|の)(?:運営|管理|所有|保有)する|の))?"
                     rf"(?P<place>{_PLACE})(?P<inside>内|近郊|郊外|にある|に所在する|に立地する)?の?(?:{_SITE})(?![A-Za-z])")
_OWN_PLACE = frozenset(_DATA["own_place"])
_NOT_PLACE = tuple(_DATA["not_place"])

# Sites named the way contractors name them. A facility word becomes a site
# with a number (第2センター, 3号棟4階), a nickname in 「」, a region before
# it, or as a storage room (地下書庫) -- in a sentence that puts machines or
# media somewhere (an equipment word and a siting verb, here or in the
# sentence before): 文化センターの2階で展示会 and 倉庫の建設費 are no sites.
_FACILITY = "|".join(re.escape(w) for w in sorted(_DATA["facility_words"], key=len, reverse=True))
# (a safe, not a bank: 信用金庫 and 労働金庫 are banks' names)
_STORAGE = "|".join(("(?<!信用)(?<!労働)" if w == "金庫" else "") + re.escape(w)
                    for w in sorted(_DATA["storage_rooms"], key=len, reverse=True))
_ROLES = tuple(_DATA["system_roles"])
# (the machines from the one list of them, site_described.toml [operational] equipment)
_EQUIPMENT = tuple(_DATA["equipment_words"]) \
    + tuple(load_toml("site_described.toml", "redactor.recognizers.data")["operational"]["equipment"]) + _ROLES
_SITING = tuple(_DATA["siting_verbs"])
_PUBLIC_HEADS = tuple(_DATA["public_center_heads"])
_STRONG_CONTEXT = tuple(w for w in _CONTEXT if w not in ("施設", "センター"))
_FLOOR = FLOOR
# where on the floor (…1階の北側, 別館2階の奥): part of the site's place
_POSITION = rf"(?:の(?:{POSITION}))?"
_BUILDING = rf"(?:{NUMBERED_BUILDING}|[東西南北新旧本別分][館棟]|別館|本館|新館|旧館|[0-9]+F)"
# 第2センター, 3号棟4階, 東棟の地下1階, ビルの7階, 本庁舎別館の地下書庫, 南出張所の倉庫
_NUMBERED = guarded(re.compile(
    rf"(?P<numbered>第[0-9一二三四五六七八九十]+(?:{_FACILITY}|{_STORAGE}))(?:の?{_FLOOR})?"
    # (the number after the facility word, as operators number sites: …のセンター2, DC3号館)
    rf"|(?P<numbered2>(?:データセンター|センター|DC|拠点|サイト)[0-9]{{1,2}}(?:号(?:館|棟)?)?)(?![0-9A-Za-z階F])"
    rf"|{_BUILDING}(?:の?{_FLOOR}{_POSITION})?(?:の?(?:{_STORAGE}))?"
    rf"|(?P<bldg>ビル|建物|庁舎|施設|センター)の?{_FLOOR}{_POSITION}(?:の?(?:{_STORAGE}))?"
    rf"|(?:本社|本店|支社|支店)(?:ビル|社屋)?(?:内|の{_FLOOR})?(?=に|で|内|の|[、。])"
    rf"|(?P<floor>{_FLOOR}の?)?(?P<storage>{_STORAGE})"))
# What stands before such a match and belongs to it, read backwards from its
# start (a regex that began with these would be tried at every character):
# the name of a numbered centre (東京第3センター), the building of a floor or
# a storeroom (本庁舎別館の…, 南出張所の倉庫).
# (a name may start with hiragana or end in a hiragana place name: あおば電算第4DC, …サービスさいたま第1センター)
# (or wholly in hiragana after a boundary: 、すずかけビル8階)
_NAME_BEFORE = re.compile(rf"(?:(?:[ぁ-ん]{{1,5}})?[{_K}]{{1,16}}(?:[ぁ-ん]{{2,5}})?|(?<=[、。「（(\n\t 　：:])[ぁ-ん]{{2,8}})$")
_VERB_END = re.compile(r"(?:する|した|している|していた|される|された)$")
_BUILDING_BEFORE = re.compile(rf"[ぁ-ん{KANJI}ァ-ヶーA-Za-z0-9]{{1,14}}(?:庁舎|館|棟|ビル|支所|出張所|分室|センター|施設|事務所|倉庫)の?$")
# Only sentences with an equipment word, and the sentence after each, can
# hold such a site: one pass of this regex finds them, and the site regex
# reads those alone.
# (the place of something as a topic, 設置場所 …, opens a region too)
_EQUIPMENT_RX = re.compile("|".join(re.escape(w) for w in sorted(_EQUIPMENT + tuple(_DATA["site_subjects"]),
                                                                 key=len, reverse=True)))
# A part of the system as the topic (本番系は…の施設です, ・主系：…): the
# sentence says where it is, whatever the verb (です, に当たります).
_ROLE_TOPIC = re.compile(rf"(?:(?:{words_regex(_ROLES)})"
                         r"(?:の?(?:サーバー?|機器|データ|環境))?"
                         rf"|{words_regex(_DATA['site_subjects'])})(?:は|も|[:：\t])")
# An operator named before its site without 株式会社 (…電算サービスの,
# KTS東日本の, 同社の), or with it and a verb of running (…株式会社が運営する).
_OPERATOR_NAME = (rf"(?:[{_K}ぁ-ん]{{0,12}}(?:{words_regex(_DATA['operator_suffixes'])})"
                  rf"|[{_K}ぁ-ん]{{0,10}}[ぁ-んァ-ヶーA-Za-z](?:{words_regex(_DATA['operator_suffixes_weak'])})"
                  rf"|[A-Z][A-Za-z0-9&]{{1,12}}[{KANJI}]{{0,4}}|[A-Z]社|{_COMPANY_NAME}|同社|同事業者|当該事業者)")
# The operator is read backwards from the site's start: the same pattern
# written reversed and matched once on the reversed text before the site (a
# search for a pattern that ends at a point tries every start before it).
_KS = f"[{_K}ぁ-ん]"
def _rev(words: Iterable[str]) -> str:
    return "|".join(re.escape(w[::-1]) for w in sorted(words, key=len, reverse=True))
_OPERATOR_BEFORE_REV = re.compile(
    # (…という会社の, …が持っている: the operator said in speech)
    rf"(?P<joint>の|[ 　]|るす(?:{_rev(('運営', '管理', '所有', '保有', '提供'))})が"
    rf"|の(?:{_rev(('会社', '事業者', '業者', '企業'))})ういと|(?:るいてっ|すまりおてっ|すまいてっ|つ)持が"
    rf"|(?:るいてし|すまりおてし)(?:{_rev(('所有', '保有'))})が)"
    rf"(?P<op>(?:{_rev(_DATA['operator_suffixes'])}){_KS}{{0,12}}"
    rf"|(?:{_rev(_DATA['operator_suffixes_weak'])})[ぁ-んァ-ヶーA-Za-z]{_KS}{{0,10}}"
    rf"|[{KANJI}]{{0,4}}[A-Za-z0-9&]{{1,12}}[A-Z]|社[A-Z]"
    rf"|(?:社会式株|\)株\(|）株（){_KS}{{2,20}}|{_KS}{{2,20}}?(?:社会式株|\)株\()"
    rf"|{_rev(('同社', '同事業者', '当該事業者'))})")
# the verb of having a site left at a place's start when its owner is the subject before が
# (not 運営する: …株式会社が運営する…センター names the site after the verb)
_HAVING_LEAD = re.compile(r"(?:持って(?:いる|おります|います)|持つ|(?:保有|所有)(?:して(?:いる|おります|います)|する))"
                          rf"(?=[{_K}ぁ-ん])")
# a site told by the building it was (旧…小学校の校舎を改修した施設, …送信所跡を転用した拠点)
# (…の建物を改修したもの: the building said as "the one", after what it was)
# (or a room: 旧書庫を改修した部屋, …を改装した一室)
# (a compound before the facility word: …を改修したデータ保管施設, …を転用した電算棟)
_REUSED = re.compile(rf"(?:{_DATA['reused_building']})[{KANJI}ァ-ヶー]{{0,6}}?(?:{_FACILITY}|{_STORAGE}|建物|もの|部屋|一室|スペース)(?![A-Za-z])")
# Words every match of these holds: the regexes read only the sentences with one.
_REUSED_ANCHOR = re.compile("改修|改装|改築|転用|利用|活用|跡")
_VENDOR_SITE_ANCHOR = re.compile("センター|拠点|サイト|DC")
_FACILITY_ANCHOR = re.compile(f"{_FACILITY}|建物")
# a kanji place name and a centre word after an operator's の (…の石巻湾岸センター)
# (or after a space: 株式会社… 湖東センター, as a bill's row writes it)
# (a one-kanji name too, 湊センター, 港拠点; not 新センター, 副拠点)
_VENDOR_SITE = re.compile(rf"(?<=[の 　])(?P<name>[{KANJI}]{{1,8}})(?:データセンター|センター|拠点|サイト|DC(?![A-Za-z]))")
_NOT_SITE_CENTRES = tuple(_DATA["not_site_centres"])
_NOT_BARE_NAMES = frozenset(_DATA["not_bare_site_names"])
_PUBLIC_BUILDING_HEADS = tuple(_DATA["public_building_heads"]) + _PUBLIC_HEADS
# A nickname's label or speaker before it (通称「…」, 地元では「…」) and the
# verb of calling after it (「…」と呼ばれている): part of the nickname.
_NICK_BEFORE = re.compile(
    rf"(?:(?:{words_regex(_DATA['nickname_speakers'], longest_first=False)})(?:では|の間では|で)[、]?)?"
    rf"(?:(?:{words_regex(_DATA['nickname_labels'])})(?:は|:|：)?)?$")
_CALLED_AFTER = re.compile(r"(?:と|って)(?:呼ばれて(?:いる|おり(?:ます)?|います|おります)|呼ばれる|呼ばれた|呼んで(?:いる|おり(?:ます)?|います|おります)"
                           r"|呼ぶ|称して(?:いる|おり(?:ます)?)|称する|称される|名付けられた|いう|いわれる|言われる"
                           r"|呼称して(?:いる|おり(?:ます)?|います|おります)|呼称する|呼称され(?:て(?:いる|おり(?:ます)?))?)")
# a nickname called the name of a data centre or a server room (「…」と呼んで
# おりますデータセンター): the word after the verb says what is named, no
# siting verb is needed
_CALLED_SITE = re.compile(_CALLED_AFTER.pattern + rf"[ 　]?(?:{_SITE}|{_ROOM}|バックアップセンター|バックアップ拠点)")
# (or the facility pointed at: この施設を「…」と呼んでおります, その建物は…)
_DC_SPOKEN = re.compile(rf"{_SITE}|{_ROOM}|{words_regex(_DATA['refer_back'])}|(?:この|その|当該|同)(?:施設|建物|センター|拠点)")


def _data_centre_spoken_of(text: str, pos: int) -> bool:
    """The sentence of ``pos`` or the one before speaks of a data centre, a
    server room or a site said before (データセンターは何と呼ばれているのか。／
    「…」と呼んでおります; 当該施設を「…」と呼称している): a name called
    there is the site's, with no siting verb."""
    s = sentence_start(text, pos)
    before = sentence_start(text, max(0, s - 2)) if s > 1 else s
    return bool(_DC_SPOKEN.search(text, before, pos))


# A place and a facility word in a sentence that sites machines (長野県内の
# 旧変電所を改修した施設, 秋田県横手市内の施設, 富山県にある…拠点)
_PLACE_SITE = guarded(re.compile(
    rf"(?P<place>(?:{_PLACE}(?:と|・|、|及び|および))*{_PLACE})(?P<inside>内|近郊|郊外|にある|に所在する|に立地する|所在の)?の?"
    rf"(?:[^、。「」（）()\n]{{0,16}}?(?:の|した|する|された|している|していた))?(?:[0-9一二三四]+つ?の?)?(?:{_FACILITY})(?![A-Za-z])"))
# A location described in brackets after a site's name:
# 「…データセンター」（市役所から北西に約8km、…沿い）, …の施設（社内呼称「…」）
# (a short kanji modifier allowed before the word: 遠隔保管庫, 民間倉庫, 第二書庫 are read by _NUMBERED)
_FACILITY_AFTER_PLACE = re.compile(rf"(?:内|近郊|郊外)?の[{KANJI}]{{0,4}}?(?:{_FACILITY}|{_STORAGE})(?![{KANJI}])")
_BRACKET_AFTER = re.compile(r"[ ]?[（(](?P<note>[^（）()\n]{2,60})[）)]")
# (a floor, or a part of a prefecture: …センター（3階）, 「…」（県北部）)
# the town of the site in brackets, said bare (…第2センター（港南）, …DC（港南市）);
# a word on the site's status (（仮称）, （予定）) is none
# (a municipality in kana too: （さいたま市）)
_PLACE_NOTE = re.compile(rf"[{KANJI}]{{1,4}}[^系用中機]|[{KANJI}]{{1,5}}[市区町村都道府県]|[ぁ-んァ-ヶー]{{2,6}}[市町村]")
_NOT_PLACE_NOTES = frozenset(("仮称", "予定", "旧称", "新設", "計画", "整備中", "建設中", "予定地", "本社", "本店", "主系",
                              "副系", "本番", "予備", "待機", "正", "副", "主", "検証", "開発", "稼働中", "停止中", "休止"))
_LOCATION_NOTE = re.compile(
    rf"[0-9]+(?:km|キロ|m|メートル)|(?:車|徒歩|電車)で|沿い|近く|付近|隣|[東西南北]側|丘陵|高台|内陸|沿岸|山間|台地|地下"
    rf"|^{_FLOOR}$|[都道府県][東西南北央中]部|^[東西南北]部$"
    # what the room was before (電算室（旧第3会議室）): its former use tells the building's people where it is
    rf"|^(?:旧|元の?|もとの?|かつての)(?!称)[{KANJI}ァ-ヶー0-9０-９]"
    rf"|(?:{_PREFECTURES})|[{KANJI}]{{1,6}}[市区町村](?:内|の|に|$)|(?:{words_regex(_DATA['nickname_labels'], longest_first=False)})")
# a building, a floor or a street address in a note after a site (（県庁舎西館5階）,
# （本館地下1階）, （…市石川町2970番地）): where the site stands, whatever the site is called
_BUILDING_NOTE = re.compile(r"[0-9]+階|地下[0-9]*階?|[東西南北本新別]館|[0-9A-Z]号?館|棟|庁舎|番地|丁目|[0-9]+番[0-9]*号?")


def _sited_note(text: str, pos: int) -> bool:
    """A note in brackets right at ``pos`` that says where a site stands
    (a building, a floor, an address, a distance or a landmark)."""
    b = _BRACKET_AFTER.match(text, pos)
    return bool(b and (_BUILDING_NOTE.search(b.group("note")) or _LOCATION_NOTE.search(b.group("note"))))


# a site's word right after a verb or a particle (…が指定するデータセンター（…）, 県の
# データセンター（…）): no name, so only a note in brackets after it can name the site
_SITE_AFTER_CLAUSE = re.compile(rf"(?<=[ぁ-ん])(?:データセンター|DC|ＤＣ)(?=[ ]?[（(])")
# a note that opens with the prefecture and the city (…データセンター（埼玉県川越市内、…）):
# the town the site stands in, as specific as its address for a reader nearby
_CITY_NOTE = re.compile(rf"[{KANJI}]{{1,3}}[都道府県][{KANJI}]{{1,5}}[市区町村]")


_OWNER_BEFORE = re.compile(rf"(?:[{_K}ぁ-ん]{{2,16}}(?:株式会社|\(株\)|（株）)?)の$")
# a nickname labelled as one (通称「…」, 社内呼称：「…」): no facility word needed
_LABEL_BEHIND = "|".join(f"(?<={re.escape(w + p)})" for w in _DATA["nickname_labels"] for p in ("", "は", ":", "："))
# a quoted name as the value of a site's place or of a part of the system
# (移行先は「…」, 本番系は「…」、待機系は…, ・設置先：「…」)
# (right after a site's word or with の, a name too: データセンター「…」, 移行先の『…』)
_TOPIC_BEHIND = "|".join([f"(?<={re.escape(w + p)})" for w in _DATA["site_subjects"] + _DATA["system_roles"]
                          for p in ("は", ":", "：", "は、")]
                         + [f"(?<={re.escape(w + p)})" for w in _DATA["site_subjects"] for p in ("", "の")])
_NICKNAME = guarded(re.compile(rf"[「『](?P<nick>[^「」『』。\n]{{1,20}}?(?:{_FACILITY}|ルーム|室))[」』]|[「『](?P<called>[^「」『』。\n]{{2,20}})[」』](?=と(?:呼|称|い[うっ]|名付))"
                       # a quoted name that machines are placed in (「…」に置いている, 「…」で稼働)
                       # or named as the place machines are set (設置場所：「…」)
                       rf"|(?:{_LABEL_BEHIND})[「『](?P<labelled3>[^「」『』。\n]{{1,20}})[」』]"
                       rf"|(?<=場所[:：])[「『](?P<labelled>[^「」『』。\n]{{2,20}})[」』]|(?<=場所は)[「『](?P<labelled2>[^「」『』。\n]{{2,20}})[」』]"
                       rf"|(?:{_TOPIC_BEHIND})[「『](?P<topic>[^「」『』。\n]{{2,20}})[」』]"
                       rf"|[「『](?P<owned>[^「」『』。\n]{{2,20}})[」』](?=の(?:{_FACILITY}|{_STORAGE}|{_FLOOR}))"
                       rf"|[「『](?P<placed>[^「」『』。\n]{{2,20}})[」』](?=(?:内)?に(?:設置|置|保管|格納|収容|移設|入居)|で(?:運用|稼働|稼動|保管))"
                       # a quoted name the sentence calls a facility (『…』は、耐震性の高い建物です)
                       rf"|[「『](?P<described>[^「」『』。\n]{{2,20}})[」』](?=は[^。\n「」『』]{{0,20}}?(?:{_FACILITY}|建物)(?:です|でございます|である|となって|になって))"))
_NOT_NICKNAMES = frozenset(_DATA["not_nicknames"])
# a site's own word or its operator right before a quoted name (移行先の『…』,
# データセンター「…」, 委託先の「…センター」): the name is a site's without a siting verb
_SITE_SUBJECT_BEFORE = re.compile(rf"(?:{words_regex(_DATA['site_subjects'] + _DATA['operators_of_sites'])})(?:は|の|[:：]|は、)?$")
_NAME_ADVERBS = tuple(_DATA["name_adverbs"])
_SITE_WORD_BEFORE = re.compile(rf"(?:{_FACILITY})[ 　]?$")
_REGIONS = words_regex(_DATA["regions"])
_REGION = re.compile(
    rf"(?:(?:{_REGIONS})(?:地方|地域)?(?:と|・|、|及び|および))*(?:{_REGIONS})"
    # (or the region right before the site word: 事業者の東日本拠点, 同社の関西第2センター)
    # (…に持つ, …に構える: the owner's verb of having a site in the region)
    rf"(?:地方|地域|エリア|圏)?(?:[（(][^（）()\n]{{1,12}}[）)])?(?:内|外|の|にある|に所在する|に立地する|所在の"
    rf"|(?:内)?に(?:持つ|持っている|構える|構えている|保有する|保有している|所有する|有する|設けた|設けている|置く)"
    rf"|(?=(?:第[0-9一二三四五六七八九十]+)?(?:拠点|データセンター|センター|DC|サイト)))"
    # (the operator said by what it is, with its verb: 四国の電力会社のグループ企業が運営する施設)
    rf"(?:[^、。「」\n]{{0,12}}?の|[^、。「」\n]{{2,20}}?が(?:運営|管理|保有|所有)(?:する|している))?"
    rf"(?:同社|同事業者|当該事業者|事業者|委託先|民間|自社)?(?:{_FACILITY}|{_STORAGE})(?![A-Za-z])")
# a data centre as the sentence's topic: what the sentence says is of it
_SITE_TOPIC = re.compile(rf"(?:{_SITE}|{words_regex(_DATA['refer_back'])})(?:は|につきましては|については|も)")
# Every match starts with a region name, and none crosses a line: the
# region regex runs only on the lines that hold one (an alternation of
# words is found fast; the whole regex tried at every character is not).
_REGION_ANCHOR = re.compile(_REGIONS)
# a region or a prefecture in brackets right after a site's word (同社の別拠点
# （北陸地方）, 委託先の施設（県内）is none: no region named)
_FACILITY_REGION_NOTE = re.compile(rf"(?:拠点|データセンター|センター|DC|サイト|施設)[（(](?P<note>(?:{_REGIONS}|{_PREFECTURES})"
                                   rf"[^（）()\n]{{0,10}})[）)]")
_SITE_WORD_AT = re.compile(rf"(?:{_FACILITY})(?![A-Za-z])")
# a data centre's brand with its region after the site word (しおさいDC東日本,
# みなとデータセンター関西, …DC第2): the region names which of the brand's sites
_SITE_REGION_AFTER = re.compile(
    rf"(?:{_SITE})(?:東日本|西日本|北日本|中日本|{words_regex(_DATA['regions'][:_DATA['regions'].index('県北')])}|第[0-9０-９]+)(?![{KANJI}])")
_SITE_BRAND_BEFORE = re.compile(rf"[ぁ-んァ-ヶー{KANJI}A-Za-z0-9]{{2,12}}$")
_REFER_BACK = re.compile("|".join(re.escape(w) for w in sorted(_DATA["refer_back"], key=len, reverse=True)))
_REFER_BACK_REACH = 1500  # about a page of minutes: a turn or two after the site was named
_PUBLIC_PLACE = re.compile(rf"(?:{words_regex(_PUBLIC_HEADS)})(?:センター|会館|館|ホール|プラザ)")
# Where inside a site: a floor with its position, then a room, a cage, a
# rack or a section of the floor (データセンターは区画を貸す: ケージ, 専用区画,
# ラック番号 are how a colocation contract names a tenant's space).
# (a room named by a letter or a number alone: 3階B室, 2階205号室)
_SPACE = (rf"(?:{_ROOM}|{_STORAGE}|{words_regex(_DATA['site_spaces'], longest_first=False)})(?:[ ]?(?:No\.?|番号)?[ ]?[A-Z0-9][A-Z0-9-]*)?"
          r"|[A-Z][0-9]{0,2}室|[0-9]{1,4}号室"
          # (a section named by its letter before the word: B区画, C2ケージ)
          r"|[A-Z][0-9]{0,2}(?:区画|ケージ|ゾーン)")
# a floor's section, then the rack in it (3F-B区画 ラック07, 2階 C区画 ラック5): a colocation's address
_SPACES = rf"(?:(?:[ 　\-]|[ 　]?の)?[ 　]?(?:{_SPACE})){{1,2}}"
# (the building of the site before its floor: …第2センター 本館3階 サーバールームD)
# (or after a comma or 内: …第2センター、C棟の3階 / …データセンター内、5階の専用区画;
# then the building or a floor with its number must follow: 、地下鉄 or 、3階建て is
# something else said of the site)
_FLOOR_NUMBERED = r"(?:地下[0-9一二三四五]+階|中?[0-9]+階|[一二三四五六七八九十]{1,3}階|[0-9]+F(?![A-Za-z])|地階)(?!建)"
_SITE_TAIL = re.compile(rf"(?:[ 　]?の?[ 　]?(?:{_BUILDING}[ 　]?の?[ 　]?)?{_FLOOR}{_POSITION}(?:{_SPACES})?"
                        rf"|{_SPACES}"
                        rf"|(?:内?[、，]|内の?)[ 　]?(?:{_BUILDING}(?:[ 　]?の?[ 　]?{_FLOOR_NUMBERED})?|{_FLOOR_NUMBERED}){_POSITION}"
                        rf"(?:[ 　]?の?[ 　]?(?:{_SPACE}))?(?![{KANJI}ァ-ヶー]))")
# A floor and a server room, whoever's building (地下1階の電算室, 3階のサーバ室):
# the floor says where to go even without the building's name.
# (a room with its floor in brackets after it: サーバ室（本館4階）)
# (a space between them in a form or a table: 4階　電算室)
_LIST_JOINT = re.compile("及び|および|並びに|又は|または|、")
# (a room made out of another, said between the floor and the room: 2階 旧宿直室を改修した
# 無線機械室; what the room was tells a visitor which door it is)
_ROOM_REUSED = rf"(?:(?:旧|元)[{KANJI}ァ-ヶー]{{1,10}}を(?:改修|改装|改築|転用)した[{KANJI}ァ-ヶー]{{0,4}}?)?"
_FLOOR_ROOM = re.compile(rf"(?<![0-9]){_FLOOR}{_POSITION}(?:の|にある|[ 　])?{_ROOM_REUSED}(?:{_ROOM})"
                         rf"|(?:{_ROOM})[（(][^（）()\n]{{0,10}}?{_FLOOR}(?:[・、][^（）()\n]{{1,10}})?[）)]")
# A site named bare, the way its operator calls it (北斗ベース, はやぶさセンター,
# かもめ情報館): a name and a facility word with the verb that puts machines
# there right after it (…に設置, …で運用), or after a label of the place
# (設置場所：…). The name starts after the particle that ends the words before
# it (サーバは…, 令和5年度から…); a generic or a public name is none.
_BARE_FACILITY = "|".join(re.escape(w) for w in sorted(_DATA["bare_site_words"], key=len, reverse=True))
_BARE_SITE = re.compile(
    rf"(?P<name>[ぁ-んァ-ヶー{KANJI}A-Za-z0-9]{{1,14}}?)(?:{_BARE_FACILITY})"
    rf"(?=(?:内)?に(?:設置|置|保管|格納|収容|移設|入居|預け|あり|ある|ござ|入っ|入れ)|(?:内)?で(?:運用|稼働|稼動|保管|管理|動い|動か)"
    # (a move to or from it, with where it stands in brackets: …サイト（…の北側）への移設)
    rf"|(?:[（(][^（）()\n]{{1,20}}[)）])?(?:へ|に|から)の?(?:移設|移転)"
    rf"|[ 　]*(?:$|\n|[、。]))")
_BARE_SITE_ANCHOR = re.compile(_BARE_FACILITY)
_NAME_CUT = re.compile(
    rf"(?:(?<=[ァ-ヶー{KANJI}A-Za-z0-9])(?:から|まで|より|には|では|とは|へは|にも|でも|とも|[はがをにでともへの])"
    rf"|[、。：:\t 　]"
    # (the verb of a relative clause before the name: …を設置しております北斗ベース)
    rf"|(?<=ります)|(?<=した)|(?<=います)|(?<=いる)|(?<=いた)|(?<=ある))(?=[ぁ-んァ-ヶー{KANJI}A-Za-z0-9])")
# A relative clause that puts machines at the name after it (システムを設置して
# おります北斗ベース、これは…): the name is a site wherever the sentence goes on.
_SITED_NAME_BEFORE = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in _SITING)})(?:し|さ|させ|され)?て?(?:おります|おりました|います|いる|いた|ある)$")
_PLACE_LABEL = re.compile(rf"(?:{words_regex(_DATA['site_subjects'])})[ ]?[:：][ 　]*$")
# An address followed by the building at it (…3-4のみなと電算社屋, …2番地の
# 事業者のビル): in a sentence that puts machines there, the building with its
# operator is the site.
_BUILDING_AFTER_ADDRESS = re.compile(
    rf"[ 　]?の?[ 　]?[^、。「」\n]{{0,20}}?(?:{_FACILITY}|{_STORAGE}|社屋|本社|支社|事業所|建物)(?:{_SITE_TAIL.pattern})?"
    rf"(?=(?:内)?(?:に|で|[、。\n]|$))")
# A table cell under a heading that says where equipment stands (設置場所):
# it is a site when it names a building, floor, room or facility of any name
# (…第2センター4階B室, 本館3階); the city's own building in general (庁内) or
# a word for none (―, 未定) is no place.
_LOCATION_COLUMNS = frozenset(_DATA["location_columns"])
_CELL_PLACE = re.compile(rf"{_FLOOR}|{_FACILITY}|{_STORAGE}|{_ROOM}|{_BUILDING}|[A-Z0-9]室|号室|庫")
_OWN_BUILDINGS = frozenset(_DATA["own_buildings"])
# A label of where work on equipment is done, at a line's start, and its value
# (点検場所　…2階　電算室、…3階　…室（…ラック））; each place of the value apart
# by 、 or 及び is a site when it names a server room, a store, a rack or a
# numbered site.
# (after an item's number or mark: （4）設置場所　…, ・保管場所：…; and the place
# of a room or a machine as the label: サーバ室の場所：…, サーバの設置場所　…)
_ITEM_MARK = r"(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．)）]|[・●○◆■※])?[ 　]*"
_THING_PLACE = (rf"(?:{words_regex(_DATA['room_words'])}|サーバー?|機器|ラック|バックアップ媒体|媒体|テープ)の?(?:設置)?"
                r"(?:場所|所在地?|位置)")
# (a tab after the label too: a two-column table of label and value, 保管場所<TAB>…)
# (a label for the first or second site: 主たる設置場所, 副たる設置場所, 予備の保管場所)
# (a row of a table drawn with bars, | 主拠点 | …の苫小牧センター |, and a site's part
# in the system as the label: 本番環境：…, 副拠点<TAB>…; the value ends at the next bar)
_FIELD_LABELS = _DATA["work_place_labels"] + _DATA["location_columns"] + _DATA["site_role_labels"]
_WORK_PLACE = re.compile(rf"(?m)^[ 　\t]*(?:[|｜][ 　]*)?{_ITEM_MARK}(?:主たる|副たる|従たる|予備の?|副|主)?"
                         rf"(?:(?P<label>{words_regex(_FIELD_LABELS)})|(?P<thing>{_THING_PLACE}))"
                         rf"(?:[ 　]*[:：|｜][ 　]*|[ 　\t]+)(?P<value>[^\n|｜\t]+)")
_WORK_PLACE_ANCHOR = re.compile(words_regex(_FIELD_LABELS) + "|場所|所在|位置")
_SITE_ROLE_LABELS = frozenset(_DATA["site_role_labels"])
_WORK_PLACE_LABELS = frozenset(_DATA["work_place_labels"])
# a value that is a sentence: a verb or a copula that ends a clause
_SENTENCE_VALUE = re.compile(r"。|ます|ました|です|である|ている|ており|して(?:いる|おる)|[しっ]た(?:[、]|$)|する(?:[、]|$)|[はが]、")
_FIELD_LABEL_SET = frozenset(_FIELD_LABELS)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# a named place in a value: a prefecture, a municipality, a region
_NAMED_PLACE_IN = re.compile(rf"{_PREFECTURES}|[{KANJI}]{{1,6}}[市区町村](?![{KANJI}])|{_REGIONS}")
_VALUE_PART = re.compile(r"[^、，,\n]+?(?=[、，,]|及び|および|並びに|$)")
# (a site named before, or a tenant's space of one: 同センター4階B区画, 3階ケージ12)
_SERVER_PLACE = re.compile(rf"{_ROOM}|{_STORAGE}|ラック|サーバ|第[0-9一二三四五六七八九十]+(?:{_FACILITY})|{_SITE}"
                           rf"|{words_regex(_DATA['refer_back'])}|{words_regex(_DATA['site_spaces'])}")
_HIRAGANA_NAME = re.compile(r"(?:^|(?<=[、。「（(\n\t 　]))[ぁ-ん]{1,5}$")


# a relative clause's verb left at the start of a site (運営する…, 保有している…)
_VERB_LEAD = re.compile(rf"[{KANJI}]{{0,4}}(?:する|した|している|していた|される|された|しております)"
                        rf"(?=[^ぁ-ん]|[ぁ-ん]{{1,5}}[ァ-ヶー{KANJI}A-Za-z0-9])")


# the place headings of a table of sites (名称<TAB>所在地): under one, in a row
# that holds a site, the cell is the site's place
_ROW_PLACE_HEADS = frozenset(_DATA["row_place_headings"])
# a site's code name without 「」, in Latin letters, digits or katakana, as the
# thing a facility is called (当該施設を社内でK2と呼んでいる)
_UNQUOTED_CALLED = re.compile(
    rf"(?:{_FACILITY}|{_STORAGE}|建物)を[、]?"
    rf"(?P<nick>(?:(?:{words_regex(_DATA['nickname_speakers'], longest_first=False)})(?:では|の間では|で)[、]?)?"
    r"[A-Za-z0-9ァ-ヶー\-－]{1,12})(?=と(?:呼|称))")
_CALLED_ANCHOR = re.compile(r"と(?:呼|称)")
# a quoted description that names no site: in or out of the city or the
# country and a generic word (「市外のデータセンター」, 「県内の民間施設」)
_GENERIC_QUOTED = re.compile(rf"(?:[市県都府道町村区国](?:外|内)|海外|国内|民間|外部|遠隔地|大手|新しい|新)の?"
                             rf"(?:(?:{words_regex(_GENERIC)})の?)?(?:{_FACILITY})")
# the facility a place is said of, after it and a comma (…にある、…事業者の拠点)
_SITE_AFTER_PLACE = re.compile(rf"に(?:ある|あります|ございます|立地する|位置する)、[^、。「」（）()\n]{{0,20}}?(?:{_FACILITY})(?![A-Za-z{KANJI}])")
# the noun of an apposition before …である (大手通信事業者である…)
_APPOSITION_BEFORE = re.compile(rf"[{_K}]{{2,16}}$")
# a site's own sheet (■当センターの概要／所在：…): the place's label at a line's start, the
# heading lines above it (a mark, a number or 【…】 first), the words that name the site in the
# heading (当センター, データセンター, 副拠点, サーバ室: not a bare センター, a hall's too), and
# the words that say machines are housed there
_SHEET_PLACE = re.compile(rf"(?m)^[ 　]*{_ITEM_MARK}(?:{words_regex(_DATA['sheet_place_labels'])})[ 　]*[:：][ 　]*(?P<value>[^\n]+)")
_SHEET_PLACE_ANCHOR = re.compile(rf"(?:{words_regex(_DATA['sheet_place_labels'])})[ 　]*[:：]")
_HEADING_LINE = re.compile(r"[ 　]*(?:[■□●◆◇▼▽【]|[0-9０-９]{1,2}[.．　 ]|第[0-9０-９一二三四五六七八九十]+[ 　章節]|[(（][0-9０-９]{1,2}[)）])")
_SHEET_SITE = re.compile(words_regex(list(_DATA["refer_back"]) + list(_DATA["site_words"]) + list(_DATA["room_words"])
                                     + list(_DATA["site_role_labels"]) + list(_DATA["site_subjects"])))
_HOUSED = re.compile(r"ハウジング|コロケーション|ラック|サーバ|データセンター|DC|機器を設置|設置しております|設置している")
_HEADING_REACH = 8


def _heading_above(text: str, start: int) -> str | None:
    """The nearest heading line within a few lines above ``start``, or None."""
    end = start
    for _ in range(_HEADING_REACH):
        line_start = text.rfind("\n", 0, max(0, end - 1)) + 1
        if line_start == 0 and end <= 1:
            return None
        line = text[line_start:max(line_start, end - 1)]
        if _HEADING_LINE.match(line):
            return line
        if line_start == 0:
            return None
        end = line_start
    return None


# what kind of facility the site is, said before its name (県の共同利用施設である
# 「…センター」, 同じ事業者の拠点である…): the description narrows the site down as
# much as the name, and is masked with it
_FACILITY_APPOSED = re.compile(rf"(?:[{KANJI}ァ-ヶー]{{1,6}}の)?[{KANJI}ァ-ヶー]{{0,10}}(?:施設|拠点|センター|サイト)である$")


def _listed_site(item: str) -> bool:
    """An item of a list of places for equipment names one: a building, a
    floor or a room with what names it (旧…浄水場の管理棟, 本庁舎新館の5階), a
    server room or a numbered site, or a facility with its place."""
    core = re.sub(r"[（(][^（）()]*[）)]$", "", item)
    return bool(_specific_place(core) or _SERVER_PLACE.search(core)
                or (_FACILITY_ANCHOR.search(core) and (_NAMED_PLACE_IN.search(core) or _OPERATOR_IN.search(core)
                                                       or _OPERATOR_ANCHOR.search(core))))


# a prefecture by its name (北海道の, 長野県の): not any kanji and 道 (上水道, 国道)
_PREFECTURE_NAMES = words_regex([row[0] for row in load_tsv("address_prefectures.tsv", "redactor.recognizers.data")])
# who a site belongs to, said before it (県教育情報ネットワークの…, 同一事業者の…,
# 受注者が指定する…): ``owners_before_site``
_OWNER_BEFORE_SITE = re.compile(
    rf"(?:(?:[{_K}]{{1,16}}の){{0,2}}[{_K}]{{0,16}}(?:{words_regex(_DATA['owners_before_site'])}|{_PREFECTURE_NAMES})の"
    rf"|[{_K}]{{1,16}}が(?:{words_regex(_DATA['owner_verbs'])})(?:する|した|している))[ 　]?$")
# the building and floor a room stands on, said before it (役場庁舎2階　旧書庫)
_FLOOR_BEFORE_ROOM = re.compile(rf"[{KANJI}ァ-ヶー0-9]{{0,10}}(?:庁舎|館|棟|ビル)の?[ 　]?{_FLOOR}(?:の|[ 　]{{1,2}})$")
_OWNER_REACH = 48


def _owner_before(text: str, r: RecognizerResult) -> int:
    """Where a site read with its owner starts: the owner said before it with
    の, or who chose or runs it (受注者が指定するデータセンター), or the
    building and floor of a room (役場庁舎2階　旧書庫), is part of
    what narrows the site down; a bare site word after it (…の共同データセンター)
    names nothing an intruder can find without it. Not for an address, which
    is a place of its own."""
    if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") == "address":
        return r.start
    m = _OWNER_BEFORE_SITE.search(text, max(0, r.start - _OWNER_REACH), r.start) \
        or _FLOOR_BEFORE_ROOM.search(text, max(0, r.start - _OWNER_REACH), r.start)
    return m.start() if m else r.start


class DataCenterRecognizer(JaRecognizer):
    ENTITIES = ("DATA_CENTER",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        sites: list[RecognizerResult] = []
        hints: list[RecognizerResult] = []
        for r in self._find(text):
            (hints if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") in ("hint", "vague_hint") else sites).append(r)
        hints = [h for h in hints if _placed_by_a_site(text, h, sites)]
        for r in sites:
            _bracket_opened_before(text, r)
            apposed = _FACILITY_APPOSED.search(text, max(0, r.start - 24), r.start)
            if apposed and r.recognition_metadata[ATTRIBUTES_KEY].get("kind") != "address":
                r.start = apposed.start()
            r.start = _owner_before(text, r)
            # a location described in brackets after the site is the site's
            # (「…データセンター」（市役所から北西に約8km）, …の施設（社内呼称「…」）)
            b = _BRACKET_AFTER.match(text, r.end)
            if b and (_sited_note(text, r.end) or (
                    _PLACE_NOTE.fullmatch(b.group("note")) and b.group("note") not in _NOT_PLACE_NOTES)):
                r.end = b.end()
            # the facility after a place found alone (…市内の遠隔保管庫, …市の民間倉庫):
            # the place was found as a site's, the facility word names what is there
            if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") == "address":
                fac = _FACILITY_AFTER_PLACE.match(text, r.end)
                if fac:
                    r.end = fac.end()
            # the floor, room, cage or section of the site after its name
            # (…の東京センター3階, …第1DC 地下1階 専用区画C, …の3階ケージ12)
            tail = _SITE_TAIL.match(text, r.end)
            if tail and tail.end() > r.end:
                r.end = tail.end()
            verb = _VERB_LEAD.match(text, r.start, r.end)
            if verb and verb.end() < r.end and (verb.group(0)[0] not in "しす"
                                                or _KANJI_CHAR.match(text[r.start - 1:r.start])):
                r.start = verb.end()  # (…株式会社が)運営するひばり第3DC: a name never opens with a verb
            if text.startswith("ある", r.start) and text[r.start - 1:r.start] == "で":
                # 大手通信事業者であるみどり通信の…: the apposition says who the operator is
                app = _APPOSITION_BEFORE.search(text, max(0, r.start - 20), r.start - 1)
                r.start = app.start() if app else r.start + 2
            _bracket_closed_after(text, r)
        for h in hints:
            # 北海道の道央地域にある、全国展開する…事業者の拠点: the site the place is of, said
            # after it, is part of the description however generic its words
            site = _SITE_AFTER_PLACE.match(text, h.end)
            if site:
                h.end = site.end()
            _bracket_opened_before(text, h)
            _with_site_before_bracket(text, h)
            _bracket_closed_after(text, h)
        kept = {id(r) for r in _apposed(text, sites + hints)}
        yield from (r for r in sites if id(r) in kept)
        hints = [h for h in hints if id(h) in kept]
        # hints side by side (内陸の山沿い、県境から約15kmの工業団地内) are one description
        yield from _joined(text, hints)
        if "\t" in text and sites:
            yield from self._row_places(text, sites)

    def _sheet_places(self, text: str) -> Iterable[RecognizerResult]:
        """The place on a site's own sheet: a line 所在：… under a heading that names
        the site (■当センターの概要, 【データセンターの概要】), in a document that
        speaks of housing machines there: the whole value, every segment of it,
        is where the site is (…県…市内、…地区の北側（最寄り駅から徒歩約12分）)."""
        if not _SHEET_PLACE_ANCHOR.search(text):
            return
        for m in _SHEET_PLACE.finditer(text):
            value = m.group("value").rstrip(" 　")
            heading = _heading_above(text, m.start())
            if heading is None or not _SHEET_SITE.search(heading) or not _NAMED_PLACE_IN.search(value):
                continue
            if not _HOUSED.search(text, 0, m.start()):
                _drop(text, m.start("value"), m.start("value") + len(value), "拠点の概要の所在だが機器を預ける文書でない")
                continue
            yield self.result("DATA_CENTER", m.start("value"), m.start("value") + len(value), 0.75,
                              "拠点の概要の所在", kind="name", site="")

    def _row_places(self, text: str, sites: list[RecognizerResult]) -> Iterable[RecognizerResult]:
        """A table of sites (区分<TAB>名称<TAB>所在地): the cell under a place's
        heading in a row that holds a site is that site's place, whatever its
        form (宮城県仙台市, 東北地方（内陸）). A row with no site in it (a
        contractor's office in a list of firms) gives none."""
        starts = sorted(r.start for r in sites)
        for s, e, head in cells_under(text, _ROW_PLACE_HEADS):
            line_s = text.rfind("\n", 0, s) + 1
            line_e = text.find("\n", e)
            line_e = len(text) if line_e == -1 else line_e
            i = bisect_left(starts, line_s)
            if i == len(starts) or starts[i] >= line_e or (starts[i] >= s and starts[i] < e):
                continue  # no site in the row, or the site is this cell itself
            value = text[s:e].strip()
            if not value or value in _NOT_NICKNAMES or value in ("-", "―", "－", "非公開", "未定"):
                continue
            yield self.result("DATA_CENTER", s, e, 0.7, f"拠点の行の「{head}」欄", kind="name", site="")

    def _find(self, text: str) -> Iterable[RecognizerResult]:
        for m in scan(_NAMED, _SITE_ANCHOR, text):
            name = m.group("name")
            bare = re.sub(r"第[0-9]+$", "", name)
            if ctx.ends_with_word(bare, _NOT_SITE_NAMES) or ctx.starts_with_word(text[m.end():m.end() + 4], _NOT_SITE_AFTER):
                _drop(text, m.start(), m.end(), "他の名称の一部（ワシントンDC・…データセンター協会）")
                continue  # ワシントンDC; 東日本データセンター協会
            if not m.group("company") and (not bare or bare in _GENERIC or ctx.ends_with_word(bare, _GENERIC) == bare):
                if not re.search(r"第[0-9]+$", name) and not _sited_note(text, m.end()):
                    # (a generic word with where it stands in brackets, 共同データセンター（県庁舎
                    # 西館5階）, 外部データセンター（…市…番地）, is a site: the note names it)
                    _drop(text, m.start(), m.end(), "一般名のデータセンター（名称・事業者なし）")
                    continue  # データセンター, 新データセンター: no site is named
            start = _company_start(text, m.start("company"), m.end("company")) if m.group("company") \
                else _owner_start(text, m.start("name"))
            end = m.end()
            if start < m.start("name") - 1 and text[m.start("name") - 1] in "「『" and text[end:end + 1] in "」』":
                end += 1  # (the operator and the quoted name: the quote closed with it)
            yield self.result("DATA_CENTER", start, end, 0.85, "データセンターの名称", kind="name",
                              site=bare)
        for m in scan(_SITE_AFTER_CLAUSE, _SITE_ANCHOR, text):
            # 受注者が指定するデータセンター（埼玉県…市内、…）: a site word after a
            # clause, with where it stands in brackets: the note names the site
            b = _BRACKET_AFTER.match(text, m.end())
            if b and (_CITY_NOTE.match(b.group("note")) or _BUILDING_NOTE.search(b.group("note"))):
                yield self.result("DATA_CENTER", m.start(), m.end(), 0.75, "所在を括弧で示したデータセンター",
                                  kind="name", site="")
        for m in scan(_SITE_REGION_AFTER, _SITE_ANCHOR, text):
            # しおさいDC東日本, みなとデータセンター関西: a brand and its region after the site word
            name = _SITE_BRAND_BEFORE.search(text, max(0, m.start() - 14), m.start())
            start = _company_start(text, name.start(), name.end()) if name else m.start()
            brand = text[start:m.start()]
            if len(brand) < 2 or brand in _GENERIC or ctx.ends_with_word(brand, _NOT_SITE_NAMES):
                _drop(text, start, m.end(), "地方名の続くデータセンターの語だが名がない（新DC東日本）")
                continue
            yield self.result("DATA_CENTER", _owner_start(text, start), m.end(), 0.8, "データセンターの名称（地方名付き）",
                              kind="name", site="")
        for m in scan(_LATIN_SITE, _LATIN_SITE_ANCHOR, text):
            yield self.result("DATA_CENTER", _owner_start(text, m.start()), m.end(), 0.8, "データセンターの名称",
                              kind="name", site="")
        for m in scan(_OPERATOR_SITE, _OPERATOR_ANCHOR, text):
            if _SITE_ANCHOR.match(text, m.end("name")):
                continue  # a data center name, reported above
            yield self.result("DATA_CENTER", m.start("name") - len(m.group("company")), m.end(), 0.75,
                              "運営事業者と拠点名", kind="name", site=m.group("name"))
        for m in scan(_FLOOR_ROOM, _ROOM_ANCHOR, text):
            # with the building the floor is in (北浜市役所本庁舎4階　電算室)
            building = _BUILDING_BEFORE.search(text, max(0, m.start() - 16), m.start())
            start = _company_start(text, building.start(), building.end()) if building else m.start()
            joint = _last(_LIST_JOINT.finditer(text, start, m.start()))
            if joint:
                start = joint.end()  # …第2センター及び本庁舎別館3階電算室: two sites, the second's building
            yield self.result("DATA_CENTER", start, m.end(), 0.75, "サーバ室の階", kind="name", site="")
        for m in scan(_ROOM_AT, _ROOM_ANCHOR, text):
            if _OWN_BUILDING_ROOM.fullmatch(m.group(0)):
                _drop(text, m.start(), m.end(), "庁内のサーバ室（場所を名指さない）")
                continue  # 庁内のサーバ室: every city hall has one, no place is named
            yield self.result("DATA_CENTER", m.start(), m.end(), 0.8, "サーバ室の場所", kind="name", site="")
        for m in scan(_PLACED, _SITE_ANCHOR, text):
            place = m.group("place")
            if ctx.ends_with_word(place, _NOT_PLACE) or (place in _OWN_PLACE and not m.group("inside")):
                _drop(text, m.start(), m.end(), "地名でない語（市町村）・本市の（内なし）")
                continue  # 市町村のデータセンター; 本市のデータセンター is the city's, not a place
            start = _company_start(text, m.start("company"), m.end("company")) if m.group("company") \
                else m.start("place")
            yield self.result("DATA_CENTER", start, m.end(), 0.8,
                              "運営事業者と市区町村を付けたデータセンター" if m.group("company")
                              else "市区町村を付けたデータセンター", kind="address", site="")
        for m in scan(_LOCATED, _LOCATED_ANCHOR, text):
            group = "a" if m.group("a") else "b"
            sentence = ctx.sentence_around(text, m.start())
            # 「…データセンターです。所在地は前橋市」 may name the site in the
            # sentence before; 「…にある」 must be said of the site itself
            before = ctx.sentence_around(text, max(0, text.rfind("。", 0, m.start()) - 1)) if group == "a" else ""
            # (or the sentence before puts machines or media somewhere: …県外に置いております。場所は新潟県です)
            if not (ctx.find_word(sentence, _SITE_SUBJECT) or ctx.find_word(before, _SITE_SUBJECT)
                    or (group == "a" and ctx.find_word(before, _EQUIPMENT) and ctx.find_word(before, _SITING))):
                _drop(text, m.start(group), m.end(group), "所在地の文に拠点の語がない（会社・人の所在地）")
                continue  # 所在地は前橋市 of a company or a person: not a site
            yield self.result("DATA_CENTER", m.start(group), m.end(group), 0.8, "拠点の所在地（都道府県・市区町村）",
                              kind="address", site="")
        yield from self._facility_sites(text)
        for s, e, head in cells_under(text, _LOCATION_COLUMNS, spaced=True):
            cell = text[s:e].strip()
            if cell in _FIELD_LABEL_SET:
                _drop(text, s, e, f"「{head}」列の値が見出し・項目名（表の行の見出し）")
                continue  # | 主拠点 | … |⏎| 副拠点 | … |: a row's label read as a column's cell
            if cell in _OWN_BUILDINGS or not _CELL_PLACE.search(cell):
                _drop(text, s, e, f"「{head}」列の値が場所を名指さない（庁内・未定）")
                continue  # 庁内, 未定, ―: no place is named
            yield self.result("DATA_CENTER", s, e, 0.75, f"表の「{head}」列の拠点", kind="name", site="")
        yield from self._sheet_places(text)
        for m in scan(_WORK_PLACE, _WORK_PLACE_ANCHOR, text):
            pos = m.start("value")
            if m.group("label") not in _WORK_PLACE_LABELS and _SENTENCE_VALUE.search(m.group("value")):
                # (2) 副系　同社の…に日次で複製している。: a sentence after the item's label,
                # read by the sentence rules; a field's value is a place
                _drop(text, pos, m.end("value"), "項目名の後が文（場所の値でない）")
                continue
            for part in _VALUE_PART.finditer(m.group("value")):
                value = part.group(0).strip(" 　")
                if value.startswith(("及び", "および", "並びに")):
                    value = value.lstrip("及びおよび並びに")
                # (under a label that says where equipment stands, any named place is the
                # site: 設置場所　同社の大阪府北部の拠点; an operator's facility under any
                # label: 監査対象施設：株式会社…システムズ　湾岸センター)
                # (under a part of the system, 待機系：…, what is in brackets is a note:
                # コールドスタンバイ（センター側で保管） names no place)
                unnoted = _BRACKETED.sub("", value) if m.group("label") in _SITE_ROLE_LABELS else value
                located = (m.group("thing") or m.group("label") in _LOCATION_COLUMNS or m.group("label") in _SITE_ROLE_LABELS) \
                    and value not in _OWN_BUILDINGS \
                    and bool(_CELL_PLACE.search(unnoted) or _NAMED_PLACE_IN.search(unnoted))
                operated = bool((_OPERATOR_IN.search(value) or _OPERATOR_ANCHOR.search(value)) and _FACILITY_ANCHOR.search(value))
                if not (_SERVER_PLACE.search(value) or located or operated):
                    _drop(text, pos + part.start(), pos + part.end(), "作業場所が会場（サーバ室・ラック・拠点の語なし）")
                    continue  # 第1会議室, 市民ホール: a venue, no equipment named
                s = pos + m.group("value").index(value, part.start())
                yield self.result("DATA_CENTER", s, s + len(value), 0.75, "作業・利用場所の拠点", kind="name", site="")
        for start, end, why in _located(text):
            having = _HAVING_LEAD.match(text, start, end) if text[start - 1:start] == "が" else None
            if having:
                # ちとせ電算が持っている釧路のセンター: the owner said as the subject of having
                op = _owner_start(text, having.end())
                start = op if op < start else start
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for m in scan(_UNQUOTED_CALLED, _CALLED_ANCHOR, text):
            # 当該データセンターを社内でK2と呼んでいる: a code name without 「」, called by its speakers
            called = _CALLED_AFTER.match(text, m.end())
            if called and _data_centre_spoken_of(text, m.start("nick")):
                yield self.result("DATA_CENTER", m.start("nick"), called.end(), 0.75, "拠点の通称（かぎ括弧なし）",
                                  kind="name", site="")
        for start, end, why in listed_places(text, _listed_site):
            # 移設先の候補は次のとおり。／(1) 旧…浄水場の管理棟: the heading says what the items are
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for start, end, why in described_places(text):
            # データセンターは、…川の河岸段丘の上、海岸線から約6キロの場所にございます
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="hint", site="")
        for start, end, why in named_in_passage(text):
            # 現行の…センター（…市内）からの移設, 候補として「…のセンター」という名前: named where sites are discussed
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for start, end, why in surroundings(text):
            # 同センターの目の前には川が流れており: a landmark by the site as its clause's subject
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="hint", site="")
        for start, end, why in holding_rooms(text):
            # 庁内LANの中継機器を収容した小部屋（旧印刷室）: a room named by what it holds
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for start, end, why in operational_rooms(text):
            # 東部浄水場管理棟2階の中央監視室, 東消防署の通信指令室: a room named by what it holds, with its place
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for start, end, why in same_as_another(text):
            # データセンターは、基幹系の移行先と同じ建物である: placed where another site is
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="hint", site="")
        for start, end, why in host_buildings(text):
            # サーバ室は別館1階。別館は県道に面した旧保健所の建物であり、浸水のおそれ: the building said again
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="hint", site="")
        for start, end, why in answered_places(text):
            # ○委員　バックアップはどこに置いてあるのか。／○課長　隣の県でございます。
            yield self.result("DATA_CENTER", start, end, 0.7, why, kind="name", site="")
        for m in _PLACE_OF_EQUIPMENT.finditer(text):
            # サーバーを置いている3階の部屋, サーバのある本館2階: the floor the machines are on
            yield self.result("DATA_CENTER", m.start("place"), m.end("place"), 0.7, "機器を置いている階・部屋",
                              kind="name", site="")
        for h_start, h_end, site_hint, kind, why in _hints(text):
            sentence = ctx.sentence_around(text, h_start)
            stop = text.rfind("。", 0, h_start)
            # (a hint as common outside sites reads the sentence before in its
            # own turn only, or a question asking where: サーバの更新費用は。／
            # 駅の近くの業者に発注 is about a supplier)
            before = "" if site_hint and text.rfind("\n", 0, h_start) > stop \
                else ctx.sentence_around(text, max(0, stop - 1))
            # hints as common in disaster planning (高台, 岩盤) need a site,
            # a server or a backup, not a センター or a 施設 alone
            context = _STRONG_CONTEXT if site_hint else _CONTEXT
            if site_hint and _ASKS.search(sentence) and not ctx.find_word(sentence, context):
                _drop(text, h_start, h_end, "拠点についての問い（心配）で場所を述べない")
                continue  # 沿岸部で津波は大丈夫か: a member's worry about the site, not its place
            if ctx.find_word(sentence, _NOT_CONTEXT):
                _drop(text, h_start, h_end, "データセンター誘致・企業立地の文")
                continue  # an industrial estate offered to data centers (誘致)
            placed = (ctx.find_word(_OTHER_FACILITY.sub("", sentence), context)
                      or ctx.find_word(_OTHER_FACILITY.sub("", before), context)
                      or _asked_where(_turn_before(text, h_start), context)
                      or _asked_where_after_sites(text, h_start)
                      or _refers_to_site(text, h_start, sentence)
                      # (an IT operator's facility: …情報システム株式会社の施設で、…の北側; not its 研修施設)
                      or (_OPERATOR_IN.search(sentence) and _SITE_WORD_AT.search(sentence)
                          and not _NOT_SITE_CENTRE_AT.search(sentence))
                      or (_SITED_AT.match(text, h_end) and _siting(text, h_start))
                      # a cloud's region by its place (大阪リージョン, 東日本リージョン): a site
                      # of IT whatever the sentence says around it
                      or (kind == "vague_hint" and _is_cloud_region(text, h_start, h_end)))
            start, end = _hint_span(text, h_start, h_end)
            if kind == "vague_hint" and _is_cloud_region(text, h_start, h_end):
                # the region ends with its word or the bracket after it (東日本リージョン（東京）),
                # not at the verb: 大阪リージョンへ切り替えます
                bracket = _BRACKET_AFTER.match(text, h_end)
                end = min(end, bracket.end() if bracket else h_end) if end > h_end else end
                lead = _CLOUD_LEAD.search(text, max(0, h_start - 40), h_start)
                if lead and lead.start() < start:
                    start = lead.start()
                if text.count("（", start, end) + text.count("(", start, end) > text.count("）", start, end) + text.count(")", start, end) \
                        and text[end:end + 1] in ("）", ")"):
                    end += 1
            # without a site's word in reach the hint waits for the sites: one
            # found in its sentence, the one before or the question it answers
            # places it (…の第3センターへ移します。／隣の…市の、県道沿いでございます)
            yield self.result("DATA_CENTER", start, end, 0.75 if kind == "hint" else 0.6, why, kind=kind, site="",
                              **({} if placed else {_NEEDS_SITE: True}))

    def _facility_sites(self, text: str) -> Iterable[RecognizerResult]:
        """Sites by number, building, floor, storage room, nickname or region,
        in sentences that put machines or media somewhere."""
        regions = _equipment_regions(text)
        sited: set[int] = set()
        for m in _in_regions(_NUMBERED, regions, text):
            if not _siting(text, m.start()) or _PUBLIC_PLACE.search(text, max(0, m.start() - 12), m.end()):
                _drop(text, m.start(), m.end(), "機器を置く文でない・公共施設（市民センター）")
                continue  # 市民活動センターの3階 is a place people visit
            start = _numbered_start(text, m)
            if start is not None:
                sited.add(m.start())
                yield self.result("DATA_CENTER", start, m.end(), 0.75, "拠点の番号・建物・階・保管室", kind="name", site="")
            else:
                _drop(text, m.start(), m.end(), "保管室の語だけで建物・階が名指されていない（倉庫に保管）")
        # an IT operator's numbered site, building or floor is a site whatever
        # the sentence says of it (委託先の…電算第2ビル6Fは免震構造, …株式会社
        # の本社ビル5階でございます): the operator names whose building it is
        for m in _in_regions(_NUMBERED, _operator_regions(text), text):
            if m.start() in sited or not _NUMBERED_OR_FLOOR.search(m.group(0)) \
                    or _PUBLIC_PLACE.search(text, max(0, m.start() - 12), m.end()) \
                    or ctx.find_word(ctx.sentence_around(text, m.start()), _NOT_SITE_EVENTS):
                if m.start() not in sited:
                    _drop(text, m.start(), m.end(), "事業者の建物だが番号・階なし、公共施設、または打合せ・説明会の場")
                continue  # …電算の本社で打合せ, 本社ビル5階で説明会: an office, not a site
            start = _numbered_start(text, m)
            role = _OPERATOR_ROLE.match(text, start) if start is not None else None
            if role:
                start = role.end()  # 当社の…: the role says whose, it names nothing
            if start is not None and (role or _OPERATOR_IN.search(text, start, m.start())):
                yield self.result("DATA_CENTER", start, m.end(), 0.75, "運営事業者の拠点の番号・建物・階", kind="name",
                                  site="")
        for m in _NICKNAME.finditer(text):
            value = m.group("nick") or m.group("called") or m.group("placed") or m.group("labelled") \
                or m.group("labelled2") or m.group("labelled3") or m.group("owned") or m.group("topic") or m.group("described")
            # (a name after a site's own word needs no siting verb: 移行先の『…』は…施設です)
            if ctx.ends_with_word(re.sub(r"センター$", "", value), _PUBLIC_HEADS + _NOT_SITE_CENTRES) \
                    or not (_siting(text, m.start()) or _SITE_SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                            or _CALLED_SITE.match(text, m.end())
                            or ((m.group("called") or m.group("labelled3")
                                 or (m.group("nick") and _CALLED_AFTER.match(text, m.end())))
                                and _data_centre_spoken_of(text, m.start()))):
                _drop(text, m.start(), m.end(), "公共施設・窓口の呼び名、または機器を置く文でない")
                continue  # 「市民センター」 is a place people visit, 「サポートセンター」 a service
            if m.group("nick") and _GENERIC_QUOTED.fullmatch(value):
                _drop(text, m.start(), m.end(), "かぎ括弧の語が一般名（市外のデータセンター）")
                continue  # 報道では「市外のデータセンター」とだけ: a quoted description that names none
            if m.group("topic") and (value in _NOT_NICKNAMES or (text.startswith("と", m.end())
                                                                 and not _CALLED_AFTER.match(text, m.end()))):
                _drop(text, m.start(), m.end(), "かぎ括弧の語が状態・引用（未定・正常）")
                continue  # 移行先は「未定」; 本番系は「正常」と報告: a state or a quote, not a name
            # with its label, its speakers and the verb of calling (地元では
            # 「…」と呼ばれている, 通称「…」) and the operator before them
            start = _NICK_BEFORE.search(text, max(0, m.start() - 16), m.start()).start()  # type: ignore[union-attr]  # all optional before $: always matches
            site_word = _SITE_WORD_BEFORE.search(text, max(0, start - 12), start)
            if site_word:
                start = site_word.start()  # みなと電算のデータセンター「…」: the site word and its operator too
            start = _owner_start(text, start)
            called = _CALLED_AFTER.match(text, m.end())
            if m.group("called") and not _names_a_facility(text, m.start(), called.end() if called else m.end()):
                _drop(text, m.start(), m.end(), "呼び名が施設を指さない（資料・制度）")
                continue  # 「運用状況報告書」と呼ばれている資料: a document, not a place
            end = called.end() if called else m.end()
            named = _NAMED_FACILITY.match(text, end)  # …と呼ばれている民間の施設, 社内呼称「…」の施設
            yield self.result("DATA_CENTER", start, named.end() if named else end, 0.8, "拠点の通称",
                              kind="name", site="")
        yield from self._bare_sites(text, regions)
        for m in _in_sentences(_VENDOR_SITE, _VENDOR_SITE_ANCHOR, regions, text):
            name = m.group("name")
            start = _owner_start(text, m.start())
            if start == m.start() or ctx.ends_with_word(name, _NOT_SITE_CENTRES) or name in _GENERIC \
                    or ctx.ends_with_word(name, _PUBLIC_HEADS) or not _siting(text, m.start()):
                _drop(text, m.start(), m.end(), "事業者名が前にない・研修等のセンター・公共施設・機器を置く文でない")
                continue  # no operator before it; …電算の研修センター; 市民センター
            # (site: a later bare mention of its place, 盛岡拠点は…, is the site too)
            yield self.result("DATA_CENTER", start, m.end(), 0.75, "運営事業者と拠点名", kind="name", site=name)
        for m in _in_sentences(_PLACE_SITE, _FACILITY_ANCHOR, regions, text):
            place = m.group("place")
            if ctx.ends_with_word(place, _NOT_PLACE) or (place in _OWN_PLACE and not m.group("inside")) \
                    or _PUBLIC_PLACE.search(m.group(0)) or not _siting(text, m.start()):
                _drop(text, m.start(), m.end(), "地名でない語・本市の施設・公共施設・機器を置く文でない")
                continue  # 市町村の施設; 本市の施設 is the city's own; 県民センター
            yield self.result("DATA_CENTER", _owner_start(text, m.start()), m.end(), 0.75, "所在地で示した拠点",
                              kind="address", site="")
        for m in _in_sentences(_REUSED, _REUSED_ANCHOR, regions, text):
            if _siting(text, m.start()):
                yield self.result("DATA_CENTER", _owner_start(text, m.start()), m.end(), 0.75,
                                  "元の用途で示した拠点の建物", kind="name", site="")
            else:
                _drop(text, m.start(), m.end(), "元の用途で示した建物だが機器を置く文でない")
        for m in scan(_FACILITY_REGION_NOTE, _REGION_ANCHOR, text):
            if _PUBLIC_PLACE.search(text, max(0, m.start() - 12), m.end()):
                continue  # 市民センター（北陸地方）: a hall
            # (kind name: the site's word right before it is the site it places)
            yield self.result("DATA_CENTER", m.start("note"), m.end("note"), 0.7, "拠点の語の後の括弧内の地方・都道府県",
                              kind="name", site="")
        for m in scan(_REGION, _REGION_ANCHOR, text):
            if ctx.starts_with_word(text[m.end():m.end() + 4], _NOT_SITE_AFTER):
                _drop(text, m.start(), m.end(), "他の名称の一部（東日本データセンター協会）")
                continue
            if _siting(text, m.start()) or _SITE_ANCHOR.search(m.group(0)) \
                    or _SITE_TOPIC.search(text, sentence_start(text, m.start()), m.start()):
                # (データセンターにつきましては、四国の…が運営する施設でございます: the site is the topic)
                yield self.result("DATA_CENTER", m.start(), m.end(), 0.75, "地方・地域で示した拠点", kind="hint", site="")
            else:
                _drop(text, m.start(), m.end(), "地方・地域の施設だが機器を置く文でない")

    def _bare_sites(self, text: str, regions: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """A site named by its own name and a facility word, with no 「」, no
        operator and no data-center word: it is a site only where machines
        are put into it (…に設置, …で運用) or where it is the value of a
        place's label (・サーバ設置場所：北斗ベース)."""
        for m in _in_sentences(_BARE_SITE, _BARE_SITE_ANCHOR, regions, text):
            # (not finditer(text, start, end): its look-ahead would stop at ``end``)
            cut = _last(c for c in _NAME_CUT.finditer(text, m.start(), m.end()) if c.start() < m.end("name"))
            start = cut.end() if cut else m.start()
            adverb = ctx.starts_with_word(text[start:m.end("name")], _NAME_ADVERBS)
            if adverb:
                start += len(adverb)  # すべて…ベースにあります: the adverb is no part of the name
            name = text[start:m.end("name")]
            if cut is None and m.start() > 0 and text[m.start() - 1] not in "、。：:\t 　\n「（(":
                _drop(text, m.start(), m.end(), "長い語の途中から始まる")
                continue  # the match began inside a longer word
            line_end = text[m.end():m.end() + 1] in ("", "\n", "、", "。", " ", "　")
            if line_end and not _PLACE_LABEL.search(text, max(0, start - 12), start) \
                    and not _SITED_NAME_BEFORE.search(text, max(0, start - 16), start):
                _drop(text, start, m.end(), "行末の名称で設置場所の見出しがない")
                continue  # a name at a line's end is a site only as the value of a place's label
            if not _proper_name(name) or not _siting(text, m.start()) \
                    or _PUBLIC_PLACE.search(text, max(0, start - 12), m.end()):
                _drop(text, start, m.end(), "固有の名でない（本館・各センター）・機器を置く文でない・公共施設")
                continue
            yield self.result("DATA_CENTER", _owner_start(text, start), m.end(), 0.7, "拠点の名称（呼び名）",
                              kind="name", site="")

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        """Addresses next to a site word are the site's; later bare mentions
        of a named site's place are the site too."""
        out = []
        sites: set[str] = {f.attributes["site"] for f in findings if f.recognizer == self.name and f.attributes.get("site")}
        site_starts = sorted(f.start for f in findings if f.label == "DATA_CENTER")
        for f in findings:
            after = _BUILDING_AFTER_ADDRESS.match(text, f.end) if f.label == "ADDRESS" else None
            if after and _siting(text, f.start):
                # 〇〇市△△3-4のみなと電算社屋に設置: the address and the operator's building are the site
                f = replace(f, label="DATA_CENTER", recognizer=self.name, end=after.end(), text=text[f.start:after.end()],
                            reason=f"{f.reason}、機器を置く建物の所在地", attributes={**f.attributes, "kind": "address"})
            elif f.label == "PHONE" and _site_phone(text, f.start):
                # データセンターの受付は代表電話…: the site's own line tells which site it is
                f = replace(f, label="DATA_CENTER", recognizer=self.name, reason=f"{f.reason}、拠点の電話番号",
                            attributes={**f.attributes, "kind": "address"})
            elif f.label == "ADDRESS" and ctx.find_word(ctx.sentence_around(text, f.start), _SITE_WORDS):
                f = replace(f, label="DATA_CENTER", recognizer=self.name,
                            reason=f"{f.reason}、データセンターと同じ文にある所在地",
                            attributes={**f.attributes, "kind": "address"})
            elif f.label == "ADDRESS" and _site_address(text, f.start, site_starts):
                # (…第2センターに移します。…センターの所在地は、北浜市港町…です)
                f = replace(f, label="DATA_CENTER", recognizer=self.name,
                            reason=f"{f.reason}、既出の拠点を指す施設の語と同じ文にある所在地",
                            attributes={**f.attributes, "kind": "address"})
            out.append(f)
        out.extend(self._refer_backs(text, out))
        if not sites:
            return joined_sites(text, out, self.name, _owner_start)
        taken = IntervalSet()
        # weak guesses (a bare place-like surname, score < 0.5) do not stop a
        # later mention of the site's place from being found
        for s, e in merged((f.start, f.end) for f in out if f.score >= 0.5):
            taken.add(s, e)
        for site in sites:
            place = re.match(rf"[{KANJI}]{{2,4}}", site)
            if not place:
                continue
            for m in re.finditer(re.escape(place.group(0)), text):
                s, e = m.span()
                word = _SITE_WORD_AT.match(text, e)  # 盛岡拠点は…: the place with the site's own word
                if word:
                    e = word.end()
                nxt = text[e:e + 1]
                if taken.overlaps(s, e):
                    continue  # found already
                if re.match(rf"[{KANJI}]", nxt):
                    _drop(text, s, e, f"既出の拠点（{site}）の地名が長い語の一部")
                    continue
                out.append(Finding("DATA_CENTER", s, e, text[s:e], 0.7, self.name,
                                   reason=f"既出のデータセンター（{site}）の所在地名", attributes={"kind": "name"}))
        return joined_sites(text, out, self.name, _owner_start)


    def _refer_backs(self, text: str, findings: list[Finding]) -> list[Finding]:
        """同センター, 当該施設: the site named before, said again."""
        named = sorted(f.start for f in findings if f.label == "DATA_CENTER")
        out = []
        for m in _REFER_BACK.finditer(text):
            if not any(m.start() - _REFER_BACK_REACH <= s < m.start() for s in named):
                drop("DATA_CENTER", text, m.start(), m.end(), "前に拠点が名指されていない（公共施設の当センター）")
                continue  # no site named before it: 当センター of a public facility
            # with the floor, room or section said after it (同センター4階のB区画)
            tail = _SITE_TAIL.match(text, m.end())
            end = tail.end() if tail else m.end()
            out.append(Finding("DATA_CENTER", m.start(), end, text[m.start():end], 0.75, self.name,
                               reason="既出の拠点を指す語（同センター・当該施設）", attributes={"kind": "name"}))
        return out


# a site's word said before a phone number in its sentence (データセンターの受付は…,
# 同センターの連絡先：…); a section of the city between them owns the line
_PHONE_SITE = re.compile(rf"(?:{_SITE}|{words_regex(_DATA['refer_back'])}|{words_regex(_DATA['room_words'])})")
_PHONE_OFFICE = re.compile(r"[課係局部室](?:の|は|[（(]|[ 　]|$)|担当|窓口|市役所|役場|本庁")


def _site_phone(text: str, pos: int) -> bool:
    """The phone number at ``pos`` is a site's: a data centre's word, or a
    word referring back to one, before it in its sentence, with no city
    section between (データセンターの件は情報政策課（…）まで is the section's)."""
    start = sentence_start(text, pos)
    site = _last(_PHONE_SITE.finditer(text, start, pos))
    return site is not None and not _PHONE_OFFICE.search(text, site.end(), pos)


# a facility word as the owner or topic of an address (センターの所在地は, 施設は…にあり)
_FACILITY_OF_ADDRESS = re.compile(r"(?:センター|施設|拠点|サイト)(?:の(?:所在地|住所|場所)|は)")


def _site_address(text: str, pos: int, site_starts: list[int]) -> bool:
    """An address in a sentence whose topic is a センター or a 施設, after a
    site was found within reach (a page of minutes): the site's address,
    though the word alone would fit a public centre. A public centre named
    in the sentence (市民センター) keeps it the centre's."""
    start, end = sentence_span(text, pos)
    if not _FACILITY_OF_ADDRESS.search(text, start, end) or _PUBLIC_PLACE.search(text, start, end):
        return False
    return any(pos - _REFER_BACK_REACH <= s < start for s in site_starts)


def _equipment_regions(text: str) -> list[tuple[int, int]]:
    """Spans of text from each sentence with an equipment word to the end of
    the sentence after it, merged."""
    regions: list[tuple[int, int]] = []
    pos = 0
    while m := _EQUIPMENT_RX.search(text, pos):
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = m.end()
        for _ in range(2):  # this sentence and the next
            ends = [i for i in (text.find("。", end), text.find("\n", end)) if i != -1]
            end = min(ends) + 1 if ends else len(text)
        pos = end
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


def _in_regions(rx: re.Pattern, regions: list[tuple[int, int]], text: str) -> Iterable[re.Match]:
    for start, end in regions:
        yield from rx.finditer(text, start, end)


def _in_sentences(rx: re.Pattern, anchor: re.Pattern, regions: list[tuple[int, int]], text: str) -> Iterable[re.Match]:
    """Matches of ``rx`` in the sentences of ``regions`` that hold ``anchor``
    (a word every match holds): a regex that could start anywhere is tried
    on those sentences alone."""
    for start, end in regions:
        done = start
        for a in anchor.finditer(text, start, end):
            if a.start() < done:
                continue
            s = max(text.rfind("。", start, a.start()), text.rfind("\n", start, a.start()), start - 1) + 1
            ends = [i for i in (text.find("。", a.end(), end), text.find("\n", a.end(), end)) if i != -1]
            done = min(ends) + 1 if ends else end
            yield from rx.finditer(text, s, min(done, end))


def _siting(text: str, pos: int) -> bool:
    """The sentence around ``pos`` (or the one before) puts machines or media
    somewhere: an equipment word and a siting verb."""
    sentence = ctx.sentence_around(text, pos)
    if _ROLE_TOPIC.search(sentence) or (ctx.find_word(sentence, _EQUIPMENT) and ctx.find_word(sentence, _SITING)):
        return True
    stop = text.rfind("。", 0, pos)  # (not ``"。" in text[:pos]``: a copy of the text per call)
    before = ctx.sentence_around(text, max(0, stop - 1)) if stop != -1 else ""
    if _other_topic(text[max(stop + 1, text.rfind("\n", 0, pos) + 1):pos]):
        return False  # サーバを更新した。窓口は本庁舎1階にございます: the counter is placed, not the server
    return bool(_ROLE_TOPIC.search(before)
                or (ctx.find_word(before, _EQUIPMENT) and ctx.find_word(sentence + before, _SITING)))


# one particle, or two that go together (には, では, から): not a run of them, which
# would eat the start of a hiragana name (…テープはとうほく電算…)
_PARTICLE_AFTER_WORD = re.compile(
    rf"(?<=[ァ-ヶー{KANJI}A-Za-z0-9])(?:から|まで|より|には|では|とは|へは|にも|でも|とも|[はがをにでともへ])(?=[ぁ-んァ-ヶ{KANJI}A-Za-z])")


_COMPANY_PREFIX = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）")
_NAME_CHAR = re.compile(f"[{_K}]")
_KANJI_CHAR = re.compile(f"[{KANJI}]")


def _company_start(text: str, start: int, end: int) -> int:
    """Where a company name matched from ``start`` really starts: a name may
    start with hiragana (みちのく…), but not with the words before it and
    their particle (サーバは…, 拠点は…)."""
    prefix = _COMPANY_PREFIX.search(text, start, end)
    if prefix and end - prefix.end() >= 2 and not _NAME_CHAR.match(text[prefix.start() - 1:prefix.start()]):
        end = prefix.start() + 1  # 株式会社はやせデータの…: the name after 株式会社 may open with a particle's kana
    last = None
    for last in _PARTICLE_AFTER_WORD.finditer(text, max(0, start - 1), end):
        pass
    return max(start, last.end()) if last else start


def _hint_span(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the clause (or after its topic 「…は」) to the verb
    that places the site (…にあり, …に保存, …で、)."""
    s = max(text.rfind(c, 0, start) for c in _CLAUSE_START) + 1
    # (a comma not inside a number: ，read as , once normalised, or a CSV cell)
    s = max([s] + [m.end() for m in _TEXT_COMMA.finditer(text, s, start)])
    topic = [m.end() for m in re.finditer(r"(?<!と)は", text[s:start])]
    if topic:
        s += topic[-1]
    speaker = max(text.rfind("\u3000", s, start), text.rfind(" ", s, start))
    if speaker != -1 and s == text.rfind("\n", 0, start) + 1:
        s = speaker + 1  # ○○課長　県の南部、…: the speaker's label at the line's start is no part of the place
    while s < start and text[s] in " \u3000":
        s += 1
    topic_before = _REFER_BACK_TOPIC.search(text, max(0, s - 16), s)
    if topic_before:
        s = topic_before.start()  # 当該施設は、…の台地上にあり: the site said again is the subject of its place
    m = _HINT_END.search(text, end)
    e = m.start() if m else len(text)
    if text[e:e + 1] in (")", "）") and text.count("（", s, e) + text.count("(", s, e) > text.count("）", s, e) + text.count(")", s, e):
        e += 1  # 東日本リージョン（東京）: the bracket opened in the hint closes with it
    return s, e


# the place a cloud's region is named by, right before リージョン (東京, 東日本,
# 大阪府, （東京）, Tokyo); 複数リージョン, 別リージョン name no place
_REGION_NAME = (rf"(?:[東西北南中]日本|{_PREFECTURES}|{_BARE_PLACES}|{_REGIONS}|[ァ-ヶー]{{0,12}}[（(][^（）()\n]{{1,8}}[）)]"
                rf"|(?<![A-Za-z])[A-Z][a-z]+(?: (?:East|West|North|South|Central))?)")
# (two named at once: 東京・大阪の両リージョン, 東日本と西日本の2リージョン)
_REGION_COUNT = r"(?:の?(?:両|[2２二]つの|[2２二]|双方の))?"
_NAMED_REGION_BEFORE = re.compile(rf"{_REGION_NAME}の?{_REGION_COUNT}[ 　]?$")
# the cloud the region is of, before it (ガバメントクラウド（AWS東京リージョン）,
# AWSのアジアパシフィック（東京）リージョン, Google Cloudの東京リージョン): the
# region is named with its cloud, and a bracket opened there closes after it
_CLOUD_LEAD = re.compile(rf"(?:(?:[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){{0,2}}|[ァ-ヶー]{{0,10}}クラウド)(?:の|上の|[（(])?)?"
                         rf"(?:[A-Z][A-Za-z0-9]*)?(?:{_REGION_NAME}(?:・|と|及び|および))?{_REGION_NAME}の?{_REGION_COUNT}[ 　]?$")


# a cloud's region in Latin letters or by its code (Japan East, Tokyo Region,
# ap-northeast-1): a cloud's site by itself
_LATIN_CLOUD_REGION = re.compile(r"[A-Za-z]+ (?:East|West)$|[A-Za-z]+ [Rr]egion$|[a-z]+-[a-z]+-?[0-9]$|japan(?:east|west)$")


def _is_cloud_region(text: str, start: int, end: int) -> bool:
    """The vague hint at [start, end) is a cloud's region named by its place
    (大阪リージョン, 東日本リージョン, Japan East): it places a system
    whatever the sentence says around it; 複数リージョン names none."""
    if text.startswith("リージョン", start):
        return bool(_NAMED_REGION_BEFORE.search(text, max(0, start - 12), start))
    return bool(_LATIN_CLOUD_REGION.match(text[start:end]))


# a word referring back to a site as the topic of the clause before a hint
# (同センターは、…から約3キロの台地上にあり)
_REFER_BACK_TOPIC = re.compile(rf"(?:{_REFER_BACK.pattern})(?:は|も|が)[、，]?[ 　]?$")


# How a site stands to a landmark of any name (…の近く, …に近い, …沿い), and
# the landmark read backwards from the relation: up to two nouns joined by の,
# the first may start with hiragana after a boundary (ゆずりは川の河川敷).
_LANDMARK_RELATION = re.compile("|".join(f"(?:{p})" for p in _DATA["landmark_relations_after"]))
# (a hiragana lead after a particle too: 施設はゆずりは川の…)
_LANDMARK_NOUN = rf"(?:(?<=[、。「（(\n 　はがをにでも])[ぁ-ん]{{1,5}})?[{_K}]{{1,12}}"
_LANDMARK_BEFORE = re.compile(rf"(?:{_LANDMARK_NOUN}の)?{_LANDMARK_NOUN}$")
# a landmark that is itself equipment, a room or a site is none (サーバの近く, 同センターの隣)
_NOT_LANDMARKS = _EQUIPMENT + tuple(_DATA["facility_words"]) + tuple(_DATA["storage_rooms"]) \
    + tuple(_DATA["refer_back"]) + tuple(_DATA["room_words"]) + ("部屋", "室", "庁舎", "本庁舎", "庁内", "執務室")


_LANDMARK_WHY = "拠点の近くの目印"


def _hints(text: str) -> Iterable[tuple[int, int, bool, str, str]]:
    """(start, end, needs a strong context, kind, why) of each location hint:
    the patterns of the data file, and a landmark of any name with the
    relation of the site to it."""
    for m in _HINT.finditer(text):
        yield m.start(), m.end(), m.lastgroup == "site", "hint", "拠点を絞り込める立地の記述"
    for m in _LANDMARK_RELATION.finditer(text):
        noun = _LANDMARK_BEFORE.search(text, max(0, m.start() - 26), m.start())
        if noun and not ctx.ends_with_word(noun.group(0), _NOT_LANDMARKS):
            yield noun.start(), m.end(), True, "hint", _LANDMARK_WHY
    for m in _VAGUE.finditer(text):
        yield m.start(), m.end(), False, "vague_hint", "拠点の位置の手がかり"


# a store owned by a company, named by its place (株式会社…の岩槻倉庫, …電算の第二保管庫)
# (or by the company alone: 株式会社…ロジの保管庫)
_STORAGE_OWNER = re.compile(rf"(?:{_COMPANY_NAME}|{_OPERATOR_NAME})[ 　]?の[{KANJI}ァ-ヶー]{{0,6}}$")


def _numbered_start(text: str, m: re.Match) -> int | None:
    """Where a numbered site, a building's floor or a storeroom found by
    ``_NUMBERED`` starts, with its name and operator before it (東京第3
    センター, 本庁舎別館の…, 株式会社みなと電算 横浜第2センター); None for a
    storeroom with no building or floor named (倉庫に保管)."""
    start = m.start()
    before = (_NAME_BEFORE if m.group("numbered") or m.group("numbered2") or m.group("bldg") else _BUILDING_BEFORE).search(
        text, max(0, start - 26), start)
    if before and _VERB_END.search(before.group(0)):
        before = None  # …電算が運営する第三センター: a verb, the operator is read before it
    if before:
        b_start = before.start()
        if text[b_start] in "のはがをにでとへも" and before.end() - b_start > 1:
            b_start += 1  # …データの東京センター: the の joins the operator, it starts no name
        start = _company_start(text, b_start, before.end())
    elif m.group("storage") and not m.group("floor") and m.start() == m.start("storage"):
        owned = _STORAGE_OWNER.search(text, max(0, start - 40), start)
        if not owned:
            return None
        # 株式会社…物流の岩槻倉庫: a company's store by its name, where media are sent
        start = _company_start(text, owned.start(), owned.end())
    owner = _OWNER_BEFORE.search(text, max(0, start - 24), start)
    if owner:
        start = _company_start(text, owner.start(), owner.end())
    else:
        start = _owner_start(text, start)  # 株式会社みなと電算 横浜第2センター
    lead = _HIRAGANA_LEAD.match(text, start, m.start())
    if lead:
        start = lead.end()  # (長いこと)本庁舎の地下2階: the adverb is no part of the place
    return start


# An IT operator's name: an IT business word, or a weak one after kana or
# Latin letters (…電算, …情報サービス, みなと情報); 株式会社 alone names a
# bank's or a warehouse's branch as well
_OPERATOR_IN = guarded(re.compile(rf"(?:{words_regex(_DATA['operator_suffixes'])})"
                                  rf"|[ぁ-んァ-ヶーA-Za-z](?:{words_regex(_DATA['operator_suffixes_weak'])})"))
# a number, a floor or a building of the site (第2ビル, 5階, 東館): an office
# named bare (本社, 支店) is no site
_NUMBERED_OR_FLOOR = re.compile(r"[0-9一二三四五六七八九十]|[館棟]|F(?![A-Za-z])")
_NOT_SITE_EVENTS = tuple(_DATA["not_site_events"])


# an operator said by its role (当社の…第2センター in a contractor's proposal,
# 委託先の…第1センター): whose site it is, without a company name
# (同社　北陸第2センター: a list item may put a space where の would stand)
_OPERATOR_ROLE = re.compile(r"(?:当社|弊社|同社|委託先|受託者|受託事業者|事業者)(?:の|[ 　](?=[^ 　]{0,12}第[0-9一二三四五六七八九十]))")


# A floor named after a clause that puts machines on it (サーバーを置いている3階の
# 部屋, バックアップ機のある別館2階): the relative clause says what stands there.
_PLACE_OF_EQUIPMENT = guarded(re.compile(
    rf"(?:(?:{words_regex(('サーバ', 'サーバー', 'サーバ類', 'サーバー類', '機器', 'ラック', 'ストレージ', '予備機', 'バックアップ機', 'ホスト'))})"
    r"(?:を|が)(?:置いて|設置して|保管して|収容して|格納して|置かせて)(?:いる|ある|おる|いた|あった)"
    r"|(?:サーバ|サーバー|サーバ類|サーバー類|ラック|ストレージ|予備機|バックアップ機)(?:の|が)ある)"
    rf"(?P<place>(?:[{KANJI}ァ-ヶー]{{1,8}}の?)?{_FLOOR}(?:の(?:部屋|一室|一角|奥|区画|フロア|[東西南北]側))?)"))


def _operator_regions(text: str) -> list[tuple[int, int]]:
    """The sentences naming an IT operator, by name or by role."""
    out: list[tuple[int, int]] = []
    for m in sorted(list(_OPERATOR_IN.finditer(text)) + list(_OPERATOR_ROLE.finditer(text)), key=lambda m: m.start()):
        s, e = sentence_span(text, m.start())
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


_NEEDS_SITE = "needs_site"
# a facility or centre named for a public service (ごみ処理施設, 福祉センター): no
# site's word for a hint in its sentence
_OTHER_FACILITY = re.compile(
    rf"(?:{words_regex(_DATA['public_center_heads'] + _DATA['other_facility_heads'])})(?:施設|センター)")
# a centre or a facility named for what it serves, not for machines (…情報サービスの
# サポートセンター, 研修施設): the operator's word alone does not make it a site
_NOT_SITE_CENTRE_AT = re.compile(rf"(?:{words_regex(_DATA['not_site_centres'])})(?:センター|施設)")


def _placed_by_a_site(text: str, hint: RecognizerResult, sites: list[RecognizerResult]) -> bool:
    """A hint with no site's word in reach stands when a site was found in
    its sentence, the sentence before, or the turn before it (the question
    it answers); otherwise it is dropped, with its reason."""
    attrs = hint.recognition_metadata[ATTRIBUTES_KEY]
    if not attrs.pop(_NEEDS_SITE, False):
        return True
    start = sentence_start(text, hint.start)
    before = sentence_start(text, max(0, start - 1))
    if start == text.rfind("\n", 0, hint.start) + 1:  # the hint opens its turn: the turn before is its question
        before = min(before, text.rfind("\n", 0, max(0, start - 1)) + 1)
    end = sentence_span(text, hint.end - 1)[1] if hint.end > hint.start else hint.end
    if any(before <= r.start < end for r in sites):
        return True
    _drop(text, hint.start, hint.end, "立地の記述だが拠点・サーバ・バックアップの文脈なし")
    return False


def _asked_where_after_sites(text: str, pos: int) -> bool:
    """The turn before asks where something is (移転先はどこですか) and the
    sentences before that question speak of a site, a server or a backup
    (…サーバーは…に置いております。…民間のセンターへ移転いたします。)."""
    line_start = text.rfind("\n", 0, pos)
    turn = _turn_before(text, pos)
    if not turn or not ctx.find_word(turn, _WHERE):
        return False
    turn_start = line_start - len(turn)
    return bool(ctx.find_word(_equipment_before(text, turn_start, 4), _STRONG_CONTEXT))


def _turn_before(text: str, pos: int) -> str:
    """The line before the one holding ``pos``: in minutes, the question an
    answer replies to (「…のデータセンターはどこにあるのか」 then 「海岸から…」)."""
    line_start = text.rfind("\n", 0, pos)
    if line_start <= 0:
        return ""
    return text[text.rfind("\n", 0, line_start) + 1:line_start]


def _asked_where(turn: str, context: tuple[str, ...]) -> bool:
    """The turn asks where a site, a server or a backup is (…のデータセンター
    はどこにあるのか): the answer's hint places it. A turn that names servers
    and asks something else (サーバの更新費用は) places nothing."""
    return bool(turn and ctx.find_word(turn, context) and ctx.find_word(turn, _WHERE) and _A_QUESTION.search(turn))


# a turn that asks (…のか。, …か？, どこ, 伺います, 教えてください): a table's heading row
# with 所在地 in it ("No","交付先","所在地") asks nothing of the row under it
_A_QUESTION = re.compile(r"(?:か|[?？])[。 　」]*$|どこ|どちら|いずこ|伺|教えて|お聞き|お尋ね|お示し|問う|質問|説明を")


def _refers_to_site(text: str, pos: int, sentence: str) -> bool:
    """The sentence refers back to a site (同センターは…, 当該施設は…) and a
    site, a server or a backup was named within reach before it: 同センター
    after a 市民センター refers to no site."""
    return bool(_REFER_BACK.search(sentence)) and bool(
        ctx.find_word(text[max(0, pos - _REFER_BACK_REACH):pos], _STRONG_CONTEXT))


# the copula's joining form between two pieces of one description (標高120メートル
# の高台で、活断層から10キロ以上離れた場所)
# (or of being there: …の工業地帯にある、元は製缶工場だった建物)
_HINT_COPULA_GAP = re.compile(r"(?:で|であり|でして|でございまして|であって|に(?:ある|あります|ございます))[、，]")


# a site's name right before the bracket a location note stands in (…の立川サイト（国営公園の
# 北側）, ガバメントクラウド（東日本の1リージョン）): the note is the site's, and the name is read
# with it across the bracket
_SITE_BEFORE_BRACKET = re.compile(rf"[{_K}]{{1,14}}(?:{_FACILITY}|クラウド|リージョン)[ 　]?[（(]$")
# a site and what it is, told as an apposition (…情報センター、これは…にある事業者の施設で
# ございます): one description, the joint included
_APPOSITION_JOINT = re.compile(r"[、，,]?[ 　]?(?:これ|こちら|ここ|同センター|当該施設)(?:は|が)[、，,]?[ 　]?")


_OPEN_REACH = 40


def _bracket_opened_before(text: str, r: RecognizerResult) -> None:
    """A site found from inside a bracketed note (…センター（多治見市内、旧工場跡地の
    建物）に設置: the locative reads back from に only to the bracket) is read from
    the bracket's opening, with the site named right before it: the note is
    the site's, and a span that closes a bracket it never opened leaves the
    name outside (issue 12, session 18)."""
    span = text[r.start:r.end]
    if span.count("）") + span.count(")") <= span.count("（") + span.count("("):
        return
    low = max(0, r.start - _OPEN_REACH)
    open_at = max(text.rfind("（", low, r.start), text.rfind("(", low, r.start))
    if open_at == -1 or "\n" in text[open_at:r.start] or any(c in text[open_at + 1:r.start] for c in "）)"):
        return
    r.start = open_at + 1
    _with_site_before_bracket(text, r)
    if r.start == open_at + 1:
        r.start = open_at  # (no name before it: the bracket at least is the note's)


def _bracket_closed_after(text: str, r: RecognizerResult) -> None:
    """A site whose span opens a bracket and stops inside it (…千里丘陵の東側（駅から
    徒歩約8分）: the distance read as a hint of its own up to its figure) is read to
    the bracket's close on the same line: the rest of the note is the site's too."""
    span = text[r.start:r.end]
    if span.count("（") + span.count("(") <= span.count("）") + span.count(")"):
        return
    close = min((i for i in (text.find("）", r.end, r.end + _OPEN_REACH), text.find(")", r.end, r.end + _OPEN_REACH))
                 if i != -1), default=-1)
    if close != -1 and "\n" not in text[r.end:close] and not any(c in text[r.end:close] for c in "（("):
        r.end = close + 1


def _with_site_before_bracket(text: str, h: RecognizerResult) -> None:
    """A location note in brackets (a hint) read with the site it notes, whose
    name stands right before the bracket: the site's name, its owner (``_owner_before``)
    and the closing bracket join the note."""
    if h.start == 0 or text[h.start - 1] not in "（(":
        return
    name = _SITE_BEFORE_BRACKET.search(text, max(0, h.start - 20), h.start)
    if name is None:
        return
    close = text.find("）" if text[h.start - 1] == "（" else ")", h.end, h.end + 30)
    h.start = name.start()
    h.start = _owner_before(text, h)
    if close != -1 and "\n" not in text[h.end:close]:
        h.end = close + 1


def _apposed(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """A site followed in its sentence by what it is, joined by これは / こちらは
    (北関東情報センター、これは宇都宮市の工業団地内にある事業者の施設でございます):
    the second is read into the first, the joint included. Returns the
    findings left (the second of each pair is gone, the first grown)."""
    order = sorted(found, key=lambda r: r.start)
    gone: set[int] = set()
    for a, b in zip(order, order[1:]):
        if id(a) in gone or b.start <= a.end:
            continue
        if _APPOSITION_JOINT.fullmatch(text, a.end, b.start):
            a.end = max(a.end, b.end)
            gone.add(id(b))
    return [r for r in found if id(r) not in gone]


def _joined(text: str, hints: list[RecognizerResult]) -> list[RecognizerResult]:
    """Hints that stand side by side, apart only by a comma (内陸の山沿い、
    県境から約15kmの工業団地内) or the copula's joining form (…の高台で、…),
    joined into one: the description is one, and the comma between two masks
    would be left as a clue."""
    out: list[RecognizerResult] = []
    for r in sorted(hints, key=lambda r: (r.start, -r.end)):
        last = out[-1] if out else None
        if last is not None and last.start <= r.start and (
                r.start <= last.end or (r.start == last.end + 1 and text[last.end] in "、，,・")
                or _HINT_COPULA_GAP.fullmatch(text, last.end, r.start)):
            last.end = max(last.end, r.end)
            last.score = max(last.score, r.score)
            if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") == "hint":  # the firmer of the two decides
                last.recognition_metadata[ATTRIBUTES_KEY]["kind"] = "hint"
            continue
        out.append(r)
    return out


def _owner_start(text: str, start: int) -> int:
    """Where a site's name starts with its operator before it (…電算サービス
    の, KTS東日本の, 同社の, …株式会社が運営する), or ``start``."""
    if start > 1 and text[start - 1] in "「『":
        # 県情報サービス協同組合の「湊台データセンター」: the operator before the quote
        op = _owner_start(text, start - 1)
        return op if op < start - 1 else start
    if start == 0 or (text[start - 1] not in "の 　るつす" and not text.startswith("する", start - 2)):
        return start  # no joint before the site: no operator
    window = text[max(0, start - 40):start][::-1]
    m = _OPERATOR_BEFORE_REV.match(window)
    if not m:
        return start
    op = _company_start(text, start - m.end("op"), start - m.start("op"))
    if text.startswith("ある", op) and text[op - 1:op] == "で":
        # 大手通信事業者であるみどり通信の…: the apposition says who the operator is
        app = _APPOSITION_BEFORE.search(text, max(0, op - 20), op - 1)
        op = app.start() if app else op + 2
    return op


# a facility as the topic of the sentence a nickname stands in (…の施設は、)
# (or its object, named by a verb of calling: その施設を「…」と呼んでいる)
_FACILITY_TOPIC = re.compile(rf"(?:{_FACILITY}|{_STORAGE}|建物)(?:は|も|を)")
# the facility a nickname names, right after it (…と呼ばれている民間の施設)
_NAMED_FACILITY = re.compile(rf"(?:[^、。「」（）()\n]{{0,10}}?の)?(?:{_FACILITY}|建物)(?![A-Za-z])")
_FACILITY_AFTER = re.compile(rf"[^、。\n]{{0,16}}?(?:{_FACILITY}|{_STORAGE}|建物|部屋|室|場所|ところ|所|跡地|跡)")


def _names_a_facility(text: str, start: int, end: int) -> bool:
    """A name in quotes with no facility word of its own is a site's only
    when a facility follows it (「…」と呼ばれている県内の施設), when a
    facility is the topic of its sentence (…事業者の施設は、関係者の間で
    「…」と呼ばれています) or, ending its sentence, when the sentence before
    names one (…の施設に置いている。地元では「…」と呼ばれている。)."""
    if _FACILITY_AFTER.match(text, end):
        return True
    if _FACILITY_TOPIC.search(text, sentence_start(text, start), start):
        return True
    if text[end:end + 1] not in ("。", "\n", ""):
        return False
    stop = text.rfind("。", 0, end)
    before = ctx.sentence_around(text, max(0, stop - 1)) if stop != -1 else ""
    return bool(re.search(rf"(?:{_FACILITY}|{_STORAGE})", before))


def _last(matches: Iterable[re.Match]) -> re.Match | None:
    last = None
    for last in matches:
        pass
    return last


_NOT_A_NAME_END = tuple("いなたるうくすつむぶぐ")
# 各サービスセンター, 全拠点, 両施設: many sites at once, none named
_MANY_PREFIXES = ("各", "全", "両", "他の", "複数の", "一部の", "諸")


def _proper_name(name: str) -> bool:
    """A name of its own (北斗, はやぶさ, かもめ情報), not a word every
    building is called by (本館, 新しい, 同社, 民間, 市民, 中央図書)."""
    if not name or name.endswith(_NOT_A_NAME_END) or re.fullmatch(r"[0-9A-Za-z]{1,2}|第?[0-9一二三四五六七八九十]+", name):
        return False
    if name in _GENERIC or name in _OWN_PLACE or name in _NOT_BARE_NAMES or name.startswith(_MANY_PREFIXES):
        return False
    return not ctx.ends_with_word(name, _PUBLIC_BUILDING_HEADS)


# --- A place as where a siting verb puts equipment (issue 12, fourth pass) ---
# サーバは東庁舎の4階に置いております / バックアップは分庁舎の地下で保管 /
# 「サーバはどこにあるのか」「第二庁舎の3階です」: a building, floor, room or
# landmark is a site when it is the locative (に, で, へ, から) of a verb that
# puts things somewhere and what is put is IT equipment or data -- named in
# the clause or, with no other topic, in the sentence or question before. The
# same place where staff work or a meeting is held is no site: the verb and
# the topic decide, not the place's words. (入れる is left out: data is put
# into a memory stick, an envelope or a safe box as often as into a place.)
_LOC_VERB = guarded(re.compile(
    r"(?:に|へ)(?:は|も)?お?(?:置|設置|保管|預け|移設|移し|移す|移転|入っ|収容|格納|あり|ある|ござ|保存|据え|入居|間借り|引っ越|引越|送っ|送る|送り|転送|複製|位置|集約|集め)"
    # a place quoted as heard (…の地下だと聞いているが, …の2階とのことだが)
    r"|(?<![ぁ-ん])(?:だ|です|である)?(?:と聞い|と伺|とのこと|ということ)"
    r"|で(?:は|も)?(?:設置|稼働|稼動|動い|動か|保管|預か|運用|管理して|保存)"
    r"|から(?:移設|移し|移転|搬出)"))
# a place fronted before a comma, then the equipment and the verb that puts it there
_LOC_FRONTED = re.compile(r"に(?:は|も)?、(?P<thing>[^、。\n]{1,24}?)(?:が|は|を|も)[^、。\n]{0,12}?"
                          r"(?:置|設置|保管|残|あり|ある|ござ|稼働|稼動|動い|入っ|収容|格納|保存|移設)")
_LOC_CUT = re.compile(rf"(?:[、。\n：:\t 　]|(?<=[ァ-ヶー{KANJI}A-Za-z0-9])(?:は|が|を|も|には|では|から|まで|より))")
_PLACE_HEAD = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(_DATA["place_heads"], key=len, reverse=True)) + ")$")
_SELF_SPECIFIC = frozenset(_DATA["self_specific_places"])
_GENERIC_MODIFIERS = frozenset(_DATA["generic_place_modifiers"]) | frozenset(_DATA["generic_prefixes"])
_LANDMARK = tuple(_DATA["landmark_relations"])
_WHERE = tuple(_DATA["where_questions"])
_PLACE_FLOOR = re.compile(rf"{_FLOOR}|[0-9]+号(?:棟|館|室)|[A-Z](?:棟|館)")
_TOPIC_IN = re.compile(rf"(?P<w>[ァ-ヶー{KANJI}A-Za-z0-9]+)(?:は|が|も)(?=[、ぁ-んァ-ヶー{KANJI}A-Za-z0-9「　 ]|$)")
_COPULA = re.compile(r"(?:です|でございます|になります|となります|となっております|になっております|であります)(?:ね|よ)?[。\n]?$")
# how a sentence must end for _COPULA to match it (each copula ends in す): the
# cheap test that spares most sentences the regex
_COPULA_ENDS = ("す", "すね", "すよ")
_SENTENCE_END = re.compile("[。\n]")
# an item number opening a line (（1）, (2), 3., ①): the list's, not a place's number
_ITEM_LEAD = re.compile(r"(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．)）]|[①-⑳])[ 　]?")
_HIRAGANA_LEAD = re.compile(rf"(?:[{KANJI}]{{0,2}}[ぁ-ん]*?(?:こと|ずっと|以前から|前から)|" + words_regex(_NAME_ADVERBS, longest_first=False) + rf")(?=[ァ-ヶー{KANJI}「])")


# a siting verb in the attributive form before a noun (…にある課, …に置いた機器)
_RELATIVE_HEAD = re.compile(rf"[ぁ-ん]*[るたすい](?P<noun>[ァ-ヶー{KANJI}A-Za-z]{{1,8}})")
# a name given to the place in its modifier (皆が奥の院と呼んでいる部屋)
_CALLED_IN = re.compile(r"と(?:呼|称|い[うっ]|名付)|って呼")


def _specific_place(loc: str) -> bool:
    """A place that narrows a site down: a floor or numbered building, a name
    in 「」, a landmark it stands by, a building of its own (別館), or a
    building word with a modifier that names one (水道部の別館, 旧消防署の
    倉庫); not 国内のデータセンター, 委託先の倉庫, 庁外の施設."""
    quoted = re.fullmatch(r"[「『](.+)[」』]", loc)
    if quoted and quoted.group(1) in _NOT_NICKNAMES:
        return False  # 移行先は「未定」: a state, not a name
    if _PLACE_FLOOR.search(loc) or "「" in loc or "『" in loc or _CALLED_IN.search(loc) or any(w in loc for w in _LANDMARK):
        return True
    if loc in _SELF_SPECIFIC:
        return True
    head = _PLACE_HEAD.search(loc)
    if not head:
        return False
    modifier = re.sub(r"(?:の|にある)$", "", loc[:head.start()])
    if not modifier or re.search(r"[ぁ-ん]$", modifier) or all(_generic_part(p) for p in modifier.split("の")):
        return False  # 国内の…, 大手事業者の…, 安全性の高い…: no place is named
    public = ctx.ends_with_word(modifier, _PUBLIC_BUILDING_HEADS) or (
        len(head.group(0)) == 1 and ctx.ends_with_word(loc[:-1], _PUBLIC_BUILDING_HEADS))  # 中央図書|館
    # 中央図書館, 市民会館: a public building, its servers are its own; a former
    # one (旧第三小学校の体育館) is a building put to another use
    return not public or modifier.startswith(("旧", "元"))


def _generic_part(part: str) -> bool:
    """A part of a place's modifier that names no place: a generic word
    (国内, 委託先), one that ends in it (大手事業者), or a description
    (安全性の高い, 堅牢な, 鍵のかかる)."""
    return (not part or part in _GENERIC_MODIFIERS or bool(ctx.ends_with_word(part, _GENERIC_MODIFIER_WORDS))
            or part[-1] in "いなるただ")


def _equipment_before(text: str, pos: int, sentences: int = 3) -> str:
    """The text of the ``sentences`` sentences (or turns) before ``pos``."""
    start = pos
    for _ in range(sentences):
        if start <= 1:
            return text[0:pos]
        cut = max(text.rfind("。", 0, start - 1), text.rfind("\n", 0, start - 1))
        if cut < 0:
            return text[0:pos]
        start = cut
    return text[start:pos]


def _equipment_topic(clause: str, text: str, pos: int) -> bool:
    """What the clause before the place puts there is IT equipment or data:
    an equipment word in it, or no topic of its own and one in the
    sentences before (the question before an answer, the turn before)."""
    if ctx.find_word(clause, _EQUIPMENT) or _ROLE_TOPIC.search(clause) or ctx.find_word(clause, _ROOM_WORDS):
        return True  # (a server room as the topic puts its machines there: 電算室は、…の隣にございます)
    if _other_topic(clause):
        return False  # 窓口は…, 職員が…: something else is put there
    return _sited_before(text, pos)


def _sited_before(text: str, pos: int) -> bool:
    """The sentences before ``pos`` put equipment somewhere or ask where it
    is (サーバを移設しました。/ サーバはどこにあるのか。): not only name it
    (新システムの説明会を開きます。 is about a meeting)."""
    before = _equipment_before(text, pos)
    return bool(ctx.find_word(before, _EQUIPMENT) and (ctx.find_word(before, _SITING) or ctx.find_word(before, _WHERE))
                or _ROOM_TOPIC.search(before))


# a server room as the topic of the sentence before (庁舎のサーバー室は水害に耐え
# られるのか。／本庁舎の地下にございます): the place said next is the room's
_ROOM_TOPIC = re.compile(rf"(?:{_ROOM})(?:は|も|が)")


def _other_topic(clause: str) -> bool:
    """The clause has a topic of its own (窓口は, 職員が) that is neither
    equipment nor a site's place nor a word that refers back."""
    topic = _last(_TOPIC_IN.finditer(clause))
    if topic is None or topic.group("w") in _TIME_TOPICS:
        return False
    w = topic.group("w")
    # (the site's operator as the topic speaks of the site: 事業者は、その施設を「…」と呼んでいる)
    return not (ctx.find_word(w, _EQUIPMENT) or ctx.find_word(w, _PLACE_TOPICS) or w in _REFER_BACK_WORDS
                or ctx.find_word(w, _SITE_WORD_TUPLE) or w in _SITE_OPERATORS)


# words that refer back to something named before (後者は「…」と呼ばれている)
_REFER_BACK_WORDS = frozenset(("そこ", "同所", "移設先", "設置先", "保管先", "後者", "前者", "こちら", "そちら", "あちら",
                               "一方", "他方", "もう一方", "片方", "両方", "両者", "いずれ", "これ", "それ", "ここ"))
_SITE_SUBJECTS = tuple(_DATA["site_subjects"])
_SITE_OPERATORS = frozenset(_DATA["operators_of_sites"])
_TIME_TOPICS = frozenset(("現在", "今", "現状", "当面", "以前", "従来", "今回", "当時", "現時点", "平時", "通常"))
_SITE_OR_ROLE = _SITE_SUBJECTS + _ROLES
# the place of something as a topic (場所は…です after the servers were moved)
# (a server room as the topic: サーバ室は西別館2階です says where it is)
_PLACE_TOPICS = _SITE_OR_ROLE + ("場所", "置き場所", "置き場", "所在", "ありか", "行き先", "移し先") + tuple(_DATA["room_words"])
_SITE_WORD_TUPLE = tuple(_DATA["facility_words"]) + tuple(_DATA["storage_rooms"]) + tuple(_DATA["refer_back"])
_GENERIC_MODIFIER_WORDS = tuple(_GENERIC_MODIFIERS)
_ROOM_WORDS = tuple(_DATA["room_words"])


def _located(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each place a siting verb puts equipment at, and
    of each place stated as the answer to where equipment is."""
    for v in _LOC_VERB.finditer(text):
        s = _loc_start(text, v.start())
        if s is None:
            continue
        loc = text[s:v.start()]
        sent = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1
        head = _RELATIVE_HEAD.match(text, v.end() - 1 if "ぁ" <= text[v.end() - 1] <= "ん" else v.end())
        if head:
            # …3階にあるサーバ室 / …3階にございます窓口: the noun after the verb is what is there
            if _specific_place(loc) and ctx.find_word(head.group("noun"), _EQUIPMENT):
                yield s, v.start(), "機器・データを置く場所（建物・階・目印）"
            elif _specific_place(loc):
                _drop(text, s, v.start(), f"場所にあるのが機器でない（{head.group('noun')}）")
            continue
        if _specific_place(loc):
            if _equipment_topic(text[sent:s], text, s):
                s = _with_floor_before(text, s, sent)
                yield s, v.start(), "機器・データを置く場所（建物・階・目印）"
            else:
                _drop(text, s, v.start(), "場所に置くものが機器・データでない（窓口・職員・会議）")
    # the place said first and what is put there after it (…の奥の部屋に、
    # ネットワーク機器が残ります; …の3階には、バックアップ装置を置いております)
    for v in _LOC_FRONTED.finditer(text):
        if not ctx.find_word(v.group("thing"), _EQUIPMENT):
            continue
        s = _loc_start(text, v.start())
        if s is not None and _specific_place(text[s:v.start()]):
            yield _with_floor_before(text, s, max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1), v.start(), \
                "機器・データを置く場所（建物・階・目印）"
    # sentence by sentence (ended by 。 or a line end), the ends found in one
    # pass: looking for the next 。 and the next line end from each sentence
    # read on to whichever came later, over and over in a table without 。
    pos = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        if pos >= len(text):
            break
        sentence = text[pos:end]
        c = _COPULA.search(sentence + text[end:end + 1]) if sentence.endswith(_COPULA_ENDS) else None
        if c and c.start() > 0:
            stop = pos + c.start()
            s = _loc_start(text, stop, floor=pos)
            if s is not None:
                loc = text[s:stop]
                clause = text[pos:s]
                topic = _last(_TOPIC_IN.finditer(clause))
                if topic and topic.group("w") in _TIME_TOPICS:
                    topic = None  # 現在は…です: a time, not what is placed
                asked = _equipment_before(text, pos)
                site_topic = topic and ctx.find_word(topic.group("w"), _PLACE_TOPICS)
                where = site_topic or (topic is None and ctx.find_word(asked, _WHERE) and ctx.find_word(asked, _EQUIPMENT))
                if where and _specific_place(loc) and (site_topic is None or ctx.find_word(clause, _EQUIPMENT)
                                                       or _ROLE_TOPIC.search(clause) or _sited_before(text, pos)):
                    yield _with_floor_before(text, s, pos), stop, "機器の場所を問われて答えた場所"
        pos = end + 1


def _with_floor_before(text: str, s: int, floor: int) -> int:
    """``s``, or the start of a floor or building said just before it and a
    comma (庁舎の四階、情報政策課の奥, 本庁舎の地下、機械室の一角): places side by
    side are one place."""
    while s - 1 > floor and text[s - 1] == "、":
        p = _loc_start(text, s - 1, floor=floor)
        if p is None or not _PLACE_FLOOR.search(text[p:s - 1]) or not _specific_place(text[p:s - 1]):
            break
        s = p
    return s


def _loc_start(text: str, end: int, floor: int = 0) -> int | None:
    """Where the place expression ending at ``end`` starts: after the last
    comma, sentence end, speaker's space or topic particle before it, less
    an adverb (長いこと, すべて); None when it is too short or runs on
    longer than a place is said."""
    window_start = max(floor, end - 30)
    cut = _last(_LOC_CUT.finditer(text, window_start, end))
    if cut is None and window_start > floor:
        return None
    s = cut.end() if cut else window_start
    item = _ITEM_LEAD.match(text, s, end)
    if item:
        s = item.end()  # （1）金庫に保管した…: the list's item number, no part of the place
    lead = _HIRAGANA_LEAD.match(text, s, end)
    if lead:
        s = lead.end()
    return s if end - s >= 2 else None
