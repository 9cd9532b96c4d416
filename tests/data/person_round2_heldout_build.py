"""Held-out probe for round 2: written after the rules were made and not tuned on.

    .venv/bin/python tests/data/person_round2_heldout_build.py
    .venv/bin/redactor eval tests/data/person_round2_heldout.jsonl --by-category
"""
from __future__ import annotations

import json
from pathlib import Path

from person_round2_build import build  # noqa: E402  (run from tests/data or with it on sys.path)

DOCS = [
("h2-budget-committee", "minutes", """予算特別委員会会議録（第２日）

出席委員（７名）
　委員長　{石神　悟|K|roster}　　副委員長　{井戸端　礼|K|roster}
　委員　{真行寺　薫|K|roster}　　委員　{鬼塚　学|K|roster}　　委員　{梅津　恵美|K|roster}
説明のため出席した者
　教育部長　{小田切　剛|K|roster}　　学校教育課長　{滝沢　昇|K|roster}

○委員長（{石神　悟|K|speaker}君）　{真行寺|K|chair_call}委員。
○{真行寺|K|speaker}委員　就学援助の認定基準について伺う。先週、{小野寺|M|resident_bare}という保護者から、収入が基準をわずかに上回って認定されなかったと聞いた。{小野寺|M|resident_later}さんの家庭は子ども３人で、長男{湊斗|M|given_only}は中学生だ。
○委員長（{石神　悟|K|speaker}君）　{滝沢|K|chair_call}学校教育課長。
○学校教育課長（{滝沢　昇|K|speaker}君）　認定基準は生活保護基準の１．３倍としております。
○{鬼塚|K|speaker}委員　{真行寺|K|later_official}さんの質問に関連して、基準の見直しの予定はあるか。
○教育部長（{小田切　剛|K|speaker}君）　来年度に検討いたします。
○{梅津|K|speaker}委員　私の地区でも、知人の{葛原|M|resident_bare}から同様の相談を受けた。母子家庭の{葛原　ゆい|M|resident_bare}さんは、パートの掛け持ちで…
○委員長（{石神　悟|K|speaker}君）　{梅津|K|chair_call}委員、質疑は簡潔にお願いします。
"""),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("person_round2_heldout.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc_id, kind, marked in DOCS:
            f.write(json.dumps(build(doc_id, kind, marked), ensure_ascii=False) + "\n")
    print(out)
