"""Controls that SECURITY_DETAIL reads from the shape of a clause, not from a
control word: the vocabulary of the taxonomy cannot list every way a rule is
said, but two kinds of rule are said in a fixed grammatical frame.

- An access rule: a limit bound to a verb of getting in (…の端末からしか
  操作できない, 係長のみ参照可能, 2台に限ってログインを認める). Whatever
  the system, the frame says who or where may get in, which is what an
  intruder looks for. The verbs are those of reaching a system or reading
  what it holds (操作, 接続, ログイン, 参照, 見る, 開ける …), not 利用 (a
  public service's hours: 午後11時までしか利用できない).
- The end of a vendor's support or maintenance with its date (メーカーの保守
  は令和9年3月で終了, サポート期限は2027年10月): from that day the product
  gets no fixes. The date is the specific here, though a date is elsewhere
  one of the proceedings and never a specific.

- A product put on the machines, named in quotes in Latin script with no
  version (サーバ及び端末には「ESET PROTECT Entry」を導入): the product's name
  is what an attacker looks up, whichever control it serves. Only a name of
  two words or more (one word, 「Box」, names a service anyone uses), with a
  verb of putting it in and a word of the machines it runs on (サーバ, 端末,
  パソコン, 機器) in the same sentence.

Each yields a token that stands for its control class in the taxonomy
(``security_detail._CATEGORY_OF``). The access rule is civic: the same frame
speaks of a counter's or a car park's hours (平日しか入場できない), so it
counts only with a system word in the line or the question before it.
The machines or logins a way in is limited to may also close the clause
(…を結ぶ接続は、町が貸与する専用端末2台に限る).
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.first_chars import guarded

ACCESS_RULE_TOKEN = "操作できる範囲の限定"
SUPPORT_END_TOKEN = "サポート終了"

_LIMIT = r"(?:のみ|だけ|しか|に限り|に限って|に限定して|に限定され(?:て|た)|に制限して|に制限され(?:て|た))"
_GET_IN = (r"(?:操作|接続|ログイン|ログオン|サインイン|アクセス|参照|照会|入室|書き込み|書込み|書き込|変更|更新|"
           r"持ち出|持出|印刷|出力|取り出|見る|見られ|見れ|開け|読め|閲覧)")
_CAN = r"(?:でき|が?可能|を(?:許可|認め|許)|が(?:許可|認め)られ|させ|し(?:ている|ており|ています|ております))"
# (…しか見ることができません: ことが between the verb and its potential)
_ACCESS_RULE = guarded(re.compile(_LIMIT + r"[^、。\n]{0,8}?" + _GET_IN + r"(?:ることが|ことが|[^、。\n]{0,3}?)" + _CAN))
# the machines or logins a way in is limited to, at the clause's end (…を結ぶ接続は、町が
# 貸与する専用端末2台に限る; ログインは本庁の端末のみとする)
_ACCESS_TOPIC_RULE = guarded(re.compile(r"(?:端末|パソコン|PC|機器|回線|アカウント|ID)[^、。\n]{0,8}?"
                                        r"(?:に限る|に限定する|に限定している|に限っている|のみとする|のみとしている|だけとする)"))

# (令和9年3月, 2027年10月, 2027年10月14日, 令和9年3月末, 来年3月, 今年度末)
_WHEN = (r"(?:(?:令和|平成)(?:元|[0-9]+)年|[0-9]{4}年|来年|今年|本年|来年度|今年度|本年度)"
         r"(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:末|いっぱい|中)?")
_SUPPORT_END = guarded(re.compile(
    r"(?:サポート|保守|延長サポート|メーカー保守|保守契約|保守サポート|セキュリティ更新)(?:の|が|は)?(?:期限|期間|終了日|終了|切れ)?"
    r"(?:は|が|を|も)?[^、。\n]{0,6}?(?P<when>" + _WHEN + r")"
    r"(?:で|に|を(?:もって)?|をもちまして|まで(?:で)?|には)?(?:終了|切れ|満了|終わ|迎え|打ち切)"
    # (a field of a form: 保守期限　令和8年9月30日, サポート終了日：2027年10月)
    r"|(?:サポート|保守)(?:期限|終了日|終了|期間満了日)(?:は|が|[:：]|[ \u3000]+)[^、。\n]{0,4}?(?P<when2>" + _WHEN + r")"))


DEPLOYED_PRODUCT_TOKEN = "導入製品"
_DEPLOYED = guarded(re.compile(
    r"[「『](?P<name>[A-Za-z][A-Za-z0-9.!'&+-]*(?: [A-Za-z0-9][A-Za-z0-9.!'&+-]*){1,4})[」』]"
    r"(?:を|が)?[ 　]?(?:導入|使用|利用|採用|インストール|配備|稼働)"))
_MACHINES = re.compile(r"サーバ|端末|パソコン|PC|機器|ネットワーク|ルータ|スイッチ|ファイアウォール")


def structural_triggers(text: str, start: int, end: int) -> Iterable[tuple[re.Match, str]]:
    """(match, token) for each access rule, support end and deployed product in [start, end)."""
    for m in _ACCESS_RULE.finditer(text, start, end):
        yield m, ACCESS_RULE_TOKEN
    for m in _ACCESS_TOPIC_RULE.finditer(text, start, end):
        yield m, ACCESS_RULE_TOKEN
    for m in _SUPPORT_END.finditer(text, start, end):
        yield m, SUPPORT_END_TOKEN
    for m in _DEPLOYED.finditer(text, start, end):
        s = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        e = min([i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i != -1] or [len(text)])
        if _MACHINES.search(text, s, e):
            yield m, DEPLOYED_PRODUCT_TOKEN


def support_end_dates(piece: str) -> tuple[str, ...]:
    """The dates a support or maintenance ends on, in a clause."""
    return tuple(m.group("when") or m.group("when2") for m in _SUPPORT_END.finditer(piece))
