"""Hard line breaks inside values in plain text (redactor/line_joins.py).

Text copied out of a PDF or typed into a fixed-width form breaks lines in
the middle of a phone number, a name or an address. Detection reads across
such a break; the offsets still point into the original, the mask covers
both pieces and the break stays in the output. Every name, number and
address here is made up.
"""
import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from redactor.audit import AuditKey, dumps
from redactor.cli.main import cli
from redactor.line_joins import break_inside_value, value_breaks
from redactor.normalize import normalize
from redactor.pipeline import Redactor
from redactor.verify import verify

KEY = AuditKey(b"test-key-for-line-breaks", "file")


@pytest.fixture(scope="module")
def redactor():
    return Redactor(audit_key=KEY)


# -- which breaks are read across ------------------------------------------------

JOINED = [
    ("連絡先は０８０－１２３４－\n５６７８です。", "number"),            # full-width, after a hyphen
    ("連絡先は090-1234-\r\n5678です。", "number"),                       # Windows line end
    ("携帯は09012\n345678です。", "number"),                              # 11 digits cut anywhere
    ("電話 090-1234\n-5678", "number"),                                    # before a hyphen
    ("振込先は普通預金、口座番号１２３\n４５６７です。", "number"),      # 7-digit account number
    ("メールはtaro.yamada@exa\nmple.jpまで。", "mail"),
    ("送付先は hanako.\nsato@example.ne.jp です。", "mail"),
    ("住所は東村山市本町二丁\n目３番５号です。", "address"),               # a unit word cut in two
    ("住所は東村山市\n本町二丁目３番５号です。", "address"),               # the place name cut
    ("住所は東村山市本町二丁目\n３番５号です。", "address"),               # between 丁目 and 番
    ("住所は東村山市本町二\n丁目３番５号です。", "address"),               # between number and unit
    ("さくらハイツ１０１号\n室", "address"),
    ("申請者の山田\n太郎さんから電話があった。", "name"),
    ("山田\n太郎様", "name"),
    ("担当はスズキ\nイチロウさんです。", "name"),
    ("氏名　山田\n太郎", "name"),                                          # after a form label
    ("相手方 山田\n太郎（東村山市在住）", "name"),
    ("フリガナ ヤマダ\nタロウ", "name"),
]

KEPT = [
    "・山田\n・佐藤",                                # two list items
    "会議は3時に終わった。\n10時に再開する。",       # a sentence ends, the next starts with digits
    "氏名\t山田\n電話\t090-1234-5678",             # table rows
    "連絡先\n090-1234-5678",                         # a label above its value: nothing is cut
    "福祉課長\n山田太郎様",                          # the sender's title above the addressee
    "○議長\n山田太郎君",                             # a speaker mark line
    "記\n山田様",                                    # a heading
    "出席者\n山田太郎さん",
    "氏名　山田\n住所　東村山市本町",               # the next field of a form
    "氏名　山田\n電話",
    "氏名　山田\n太郎 住所 東村山市",               # a label and value follow: not the name alone
    "委員 山田\n佐藤",                               # no name label: a list of surnames
    "予算額 1,000\n2,000 千円",                      # two amounts
    "出席者数 12\n3 名欠席",                         # two small numbers
    "合計 123456\n1 山田",                           # a numbered row after a figure
    "1234567\n8901234",                              # a column of figures
    "番号 1234 5678\n9012",                          # digits grouped by spaces: the break is a space
    "気温 12.5\n-3.0",                               # two quantities, one negative
    "第1条\n2 前項の規定により",                     # a numbered paragraph
    "電話 090-1234-\n(1) 次の事項",                  # a new item after a hyphen
    "電話 090-1234-\n\n5678",                        # a blank line between
    "資料1\n番号一覧",
    "議席3番\n4番 山田委員",                         # no place before: not an address
    "Contact\nyamada@example.jp",                    # an English word before the address
    "住所は東村山市\n① 本町の件",                    # an enclosed item number
    "住所は東村山市）\n本町二丁目",                  # a closing bracket
    "大字上野234番地の5\n相手方は市営緑団地3号棟201号室",  # a new statement, not a building's name
]


@pytest.mark.parametrize("text,why", JOINED)
def test_a_break_inside_a_value_is_read_across(text, why):
    (start, end), = value_breaks(text)
    assert text[start:end] in ("\n", "\r\n")
    assert break_inside_value(text[:start], text[end:]) == why


@pytest.mark.parametrize("text", KEPT)
def test_a_break_between_items_is_kept(text):
    assert value_breaks(text) == []


def test_a_trailing_space_or_an_indented_line_is_not_joined():
    assert value_breaks("連絡先は090-1234- \n5678です。") == []
    assert value_breaks("連絡先は090-1234-\n 5678です。") == []
    assert value_breaks("連絡先は090-1234-\n\t5678です。") == []


# -- the normalised view and its offsets -----------------------------------------------

@pytest.mark.parametrize("text", [
    "連絡先は０８０－１２３４－\r\n５６７８です。",
    "㈱さくら 連絡先は０８０－１２３４－\n５６７８です。",  # ㈱: the character-by-character map
])
def test_the_joined_text_maps_back_to_both_pieces(text):
    norm = normalize(text, join_lines=True)
    at = norm.text.index("080-1234-5678")
    start, end = norm.to_original(at, at + len("080-1234-5678"))
    assert re.sub(r"\s", "", text[start:end]) == "０８０－１２３４－５６７８"
    assert norm.joined_at(start, end) and not norm.joined_at(0, start)
    assert normalize(text).text.count("\n") == 1  # without join_lines nothing changes


split_text = st.lists(st.sampled_from(list("山田太郎市町丁目番号さん０１２３-－@a.\n\r\t・。㈱")
                                      + ["\r\n", "090-1234-", "東村山市", "jp"]), max_size=30).map("".join)


@given(split_text)
def test_joined_offsets_stay_inside_the_original_and_in_order(original):
    norm = normalize(original, join_lines=True)
    assert len(norm.joins) == len(value_breaks(original))
    if not norm.joins:
        return
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    assert list(norm.starts) == sorted(norm.starts) and all(0 <= s < len(original) for s in norm.starts)
    removed = {i for s, e in value_breaks(original) for i in range(s, e)}
    assert not removed & set(norm.starts)
    assert len(norm.text) == len(normalize(original).text) - sum(e - s for s, e in value_breaks(original))


def test_a_dash_before_the_break_becomes_a_hyphen_once_joined():
    assert "090-1234-5678" in normalize("電話090ー1234ー\n5678", join_lines=True).text


# -- end to end ----------------------------------------------------------------------

PHONE_DIGITS = re.compile(r"[0-9０-９]")

SPLIT_VALUES = [
    ("連絡先は０８０－１２３４－\n５６７８です。", "PHONE"),
    ("連絡先は03-1234-\r\n5678です。", "PHONE"),
    ("携帯 ０９０－９８７６－\n５４３２ に連絡済み。", "PHONE"),
    ("自宅電話：０４２－３９４－\n１２３４", "PHONE"),
    ("携帯は09012\n345678です。", "PHONE"),
    ("申請者の山田\n太郎さんから電話があった。", "PERSON"),
    ("氏名　山田\n太郎\n住所　東村山市本町", "PERSON"),
    ("電話 090-1234\n-5678", "PHONE"),
    ("相談者の佐々木\n花子様から申出があった。", "PERSON"),
    ("住所は東村山市本町二丁\n目３番５号です。", "ADDRESS"),
    ("住所は東村山市\n本町二丁目３番５号です。", "ADDRESS"),
    ("東村山市美住町一丁目２番\n３号に居住", "ADDRESS"),
    ("住所は東村山市本町二丁目３番５号 さくらハイツ１０１号\n室です。", "ADDRESS"),
    ("連絡先 hanako_sato@\nexample.co.jp", "EMAIL"),
    ("振込先は普通預金、口座番号１２３\n４５６７です。", "ACCOUNT"),
]


@pytest.mark.parametrize("text,label", SPLIT_VALUES)
def test_a_split_value_is_masked_whole_and_the_line_break_stays(redactor, text, label):
    result = redactor.redact(text)
    (f,) = [f for f in result.findings if f.label == label]
    assert f.text == text[f.start:f.end] and "\n" in f.text  # both pieces, in the original
    assert f.attributes["across_line_break"] is True
    assert result.text.count("\n") == text.count("\n")
    assert result.text.count("\r") == text.count("\r")
    first, second = re.split(r"\r?\n", f.text)
    for line in result.text.splitlines():
        assert first not in line and not line.startswith(second)
    if label == "PHONE":
        assert not PHONE_DIGITS.search(result.text)


@pytest.mark.parametrize("text", KEPT)
def test_near_misses_are_read_line_by_line(redactor, text):
    joined = [(f.label, f.start, f.end) for f in redactor.check(text).findings]
    separate = [(f.label, f.start, f.end) for f in redactor.check(text, join_lines=False).findings]
    assert joined == separate


def test_a_split_value_found_without_joining_is_half_found(redactor):
    # what plain text did before: the phone number in two pieces is no phone at all
    text = "連絡先は０８０－１２３４－\n５６７８です。"
    assert not [f for f in redactor.check(text, join_lines=False).findings if f.label == "PHONE"]


@pytest.mark.parametrize("style", ["label", "block", "pseudonym"])
def test_every_style_keeps_the_break(style):
    text = "申請者の山田\n太郎さんから電話があった。"
    result = Redactor(style=style, audit_key=KEY).redact(text)
    assert result.text.count("\n") == 1 and "山田" not in result.text and "太郎" not in result.text


# -- verify ------------------------------------------------------------------------

def _files(tmp_path, redactor, text):
    src = tmp_path / "in.txt"
    src.write_text(text, encoding="utf-8", newline="")
    result = redactor.redact(text, source=str(src))
    out = tmp_path / "out.txt"
    out.write_text(result.text, encoding="utf-8", newline="")
    return src, out, result


def test_verify_passes_a_masked_split_value_and_finds_an_unmasked_one(tmp_path, redactor):
    text = "連絡先は０８０－１２３４－\n５６７８です。\n申請者の山田\n太郎さんから電話があった。\n"
    src, out, result = _files(tmp_path, redactor, text)
    assert verify(out, result.audit, original_path=src, key=KEY).ok
    assert verify(out, result.audit, key=KEY).ok
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(text, encoding="utf-8")  # the value still split over two lines
    for report in (verify(leaky, result.audit, original_path=src, key=KEY), verify(leaky, result.audit, key=KEY)):
        assert {l.label for l in report.leaks} == {"PHONE", "PERSON"}
    rewrapped = tmp_path / "rewrapped.txt"
    rewrapped.write_text("連絡先は０８０－\r\n１２３４－５６７８です。", encoding="utf-8")  # split elsewhere
    assert {l.label for l in verify(rewrapped, result.audit, original_path=src, key=KEY).leaks} == {"PHONE"}


# -- the command line on a .txt file ------------------------------------------------------

def run(args, **kw):
    return CliRunner().invoke(cli, args, **kw)


FORM = ("相談記録\r\n"
        "連絡先は０８０－１２３４－\r\n"
        "５６７８です。\r\n"
        "申請者の山田\r\n"
        "太郎さんから電話があった。\r\n")


def test_mask_cli_masks_both_pieces_and_keeps_the_lines(tmp_path):
    src = tmp_path / "form.txt"
    src.write_bytes(FORM.encode("cp932"))
    out = tmp_path / "form.masked.txt"
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    masked = out.read_bytes().decode("cp932")
    assert masked.count("\r\n") == FORM.count("\r\n")
    lines = masked.split("\r\n")
    assert not PHONE_DIGITS.search(lines[1]) and not PHONE_DIGITS.search(lines[2])
    assert "山田" not in lines[3] and "太郎" not in lines[4]
    assert lines[2] == "です。" and lines[4] == "さんから電話があった。"
    audit = tmp_path / "form.masked.txt.audit.jsonl"
    ok = run(["verify", str(out), "--audit", str(audit), "--original", str(src)])
    assert ok.exit_code == 0, ok.output
    leaky = tmp_path / "leaky.txt"
    leaky.write_bytes(FORM.encode("cp932"))
    leak = run(["verify", str(leaky), "--audit", str(audit), "--original", str(src)])
    assert leak.exit_code == 1 and "PHONE" in leak.output


def test_check_cli_locates_a_split_value_at_its_first_piece(tmp_path):
    src = tmp_path / "form.txt"
    src.write_text(FORM, encoding="utf-8", newline="")
    result = run(["check", "--format", "json", str(src)])
    findings = json.loads(result.output)["files"][0]["findings"]
    phone = next(f for f in findings if f["label"] == "PHONE")
    assert (phone["line"], phone["column"]) == (2, 5)
    listing = run(["check", "--show-text", str(src)]).output
    assert "「０８０－１２３４－⏎５６７８」" in listing  # one listing line per finding


def test_html_paragraphs_are_not_joined(tmp_path):
    src = tmp_path / "notice.html"
    src.write_text("<html><body><p>連絡先は090-1234-</p><p>5678です。</p></body></html>", encoding="utf-8")
    result = run(["check", "--format", "json", str(src)])
    assert not [f for f in json.loads(result.output)["files"][0]["findings"] if f["label"] == "PHONE"]
    plain = tmp_path / "notice.txt"
    plain.write_text("連絡先は090-1234-\n5678です。", encoding="utf-8")
    result = run(["check", "--format", "json", str(plain)])
    assert [f for f in json.loads(result.output)["files"][0]["findings"] if f["label"] == "PHONE"]


# -- a reviewer's decisions ----------------------------------------------------------------

def test_decisions_name_a_split_value_as_the_review_page_showed_it(redactor):
    from redactor.audit import sha256_text
    from redactor.decisions import finding_id, redact_with_decisions

    text = "申請者の山田\n太郎さんの連絡先は０８０－１２３４－\n５６７８です。\n"
    phone = next(f for f in redactor.check(text).findings if f.label == "PHONE")
    decisions = {"format": "redactor-decisions", "version": 1,
                 "document": {"sha256": sha256_text(text), "name": "t.txt", "length": len(text)},
                 "reviewer": "総務課 試験", "time": "2024-06-01T00:00:00Z", "manual": [], "generalisations": [],
                 "findings": [{"id": finding_id(phone), "label": "PHONE", "start": phone.start, "end": phone.end,
                               "text_sha256": sha256_text(phone.text), "tool_action": phone.action,
                               "decision": "KEEP", "by": "human"}]}
    out = redact_with_decisions(redactor, text, decisions)
    assert "０８０－１２３４－\n５６７８" in out.text          # kept as the reviewer decided
    assert "山田" not in out.text and out.text.count("\n") == 3  # the name still masked, lines kept
    # read without joins (as Word or HTML would be), there is no such finding to decide on
    unjoined = redact_with_decisions(redactor, text, decisions, join_lines=False)
    assert unjoined.warnings and "０８０－１２３４－\n５６７８" in unjoined.text


def test_hard_wrapped_paragraphs_are_read_across_the_wrap_wherever_it_falls():
    # text wrapped at a fixed width (24 here): a line of that width that ends
    # inside a sentence is joined, even inside a name with nothing after it
    para = ("本件は、令和６年５月に市民から寄せられた要望に関し、担当課が現地を確認したものである。"
            "要望書を提出したのは本町在住の会社員である大河内　晴美であり、その後の協議で合意した。")
    lines = [para[i:i + 24] for i in range(0, len(para), 24)]
    text = "\n".join(lines) + "\n"
    from redactor.line_joins import wrap_width
    assert wrap_width(text.split("\n")) == 24
    assert len(value_breaks(text)) == len(lines) - 1
    # a roster of short lines of one length is not a wrapped paragraph
    roster = "１番　山田　太郎君\n２番　鈴木　一郎君\n３番　佐藤　花子君\n"
    assert value_breaks(roster) == []


def test_a_latin_word_pushed_whole_to_the_next_line_ends_a_wrapped_line_short():
    # a layout moves a word in Latin letters or a number that does not fit to the next
    # line whole: the line before stops short of the width and is still a wrap
    para = ("本件は、令和６年５月に市民から寄せられた要望に関し、担当課が現地を確認したものである。"
            "委託先の保守用端末から夜間も庁内の基幹系に接続できる状態であり、共有の暗号化キーは")
    lines = [para[i:i + 24] for i in range(0, len(para), 24)]
    text = "\n".join(lines) + "\nminato-psk-0415のままであった。\n"
    last = text.rindex("\n", 0, text.index("minato"))
    assert len(text.split("\n")[-3]) < 24 - 1 and (last, last + 1) in value_breaks(text)
    # near miss: a short line before a short Latin word that would have fitted is no wrap
    short = "\n".join(lines[:-1]) + "\n" + lines[-1][:8] + "\nOK。\n"
    cut = short.rindex("\n", 0, short.index("OK"))
    assert (cut, cut + 1) not in value_breaks(short)


def test_a_name_broken_between_surname_and_given_name_in_prose_is_joined():
    # the dictionary knows the line's last kanji as a surname and the next
    # line's first word as a given name, with a particle after it
    assert value_breaks("相談者によれば、相手方である比嘉\n房江は、事故当時") == [(16, 17)]
    # a surname-like word before a longer word is no name
    assert value_breaks("市の中川\n進捗状況を報告する") == []


def test_a_dictionary_name_split_on_an_indented_line_or_before_a_word_after_a_name():
    # an indented paragraph, and the given name followed by 及び / 宅 / 名義
    assert value_breaks("\u3000相手方である比嘉\n房江は、事故当時") == [(9, 10)]
    assert value_breaks("移設に関し、後藤\n誠一及び関係者から") == [(8, 9)]
    assert value_breaks("\u3000青木\n和夫名義の土地について") == [(3, 4)]
    # a roster, one name per line, is never joined
    assert value_breaks("出席者\n\u3000山田\n太郎\n") == []


def test_an_address_broken_on_an_indented_form_line_is_joined():
    # 「　　住　所　…市南台⏎6-18-2」: a form's field line is indented
    text = "相手方\n\u3000\u3000住\u3000所\u3000福岡県霞ヶ崎市南台\n6-18-2\n"
    assert value_breaks(text) == [(text.index("南台") + 2, text.index("南台") + 3)]


@pytest.mark.parametrize("text", [
    "連絡先は090\n-1234-5678です。",        # the break before a hyphen
    "携帯 090-12\n34-5678 まで",            # inside a group, a space after the number
    "電話（042）\n393-5111",                 # after the area code's bracket
    "電話番号は０４２３\n－９３－５１１１である。",
])
def test_a_phone_number_whose_pieces_make_one_number_is_joined(text):
    assert len(value_breaks(text)) == 1


def test_a_whole_phone_number_before_a_line_of_digits_is_not_joined():
    # joined, 042-393-51112024 would be no phone number at all: a fail-open
    assert value_breaks("電話 042-393-5111\n2024年度の予算") == []
    from redactor import Redactor
    found = [f.text for f in Redactor().check("相談者の電話 090-1234-5678\n2024年5月に相談").findings if f.label == "PHONE"]
    assert found == ["090-1234-5678"]


@pytest.mark.parametrize("text, label, value", [
    ("振込先 ○○銀行 本店 普通預金 1234567\n2024年4月から変更", "ACCOUNT", "1234567"),
    ("被保険者番号 12345678\n2024年度", "GOV_ID", "12345678"),
])
def test_a_number_ending_a_line_is_not_glued_to_a_year_or_amount_opening_the_next(text, label, value):
    # fail-open fixed: joined, the number would be read as 123456720244 and lost
    assert value_breaks(text) == []
    from redactor import Redactor
    assert any(f.label == label and value in f.text for f in Redactor().check(text).findings)


def test_rows_of_cells_of_one_width_are_a_table_not_a_wrapped_paragraph():
    rows = ("柿ノ木団地3号棟　住宅用火災警報器　25,000円　72歳\n"
            "梨原団地8号棟　住宅用火災警報器　15,000円　67歳\n"
            "栗山団地2号棟　住宅用火災警報器　35,000円　81歳\n"
            "桃井団地5号棟　住宅用火災警報器　45,000円　76歳\n")
    assert value_breaks(rows) == []
    # near miss: a phone number cut in a row of cells still reads across
    text = "緊急連絡先　森　花子（長女）　090-5555-\n0123\n"
    assert value_breaks(text) == [(text.index("\n"), text.index("\n") + 1)]


# -- breaks inside a name part, a lot number, a building, a form column ----------

def _joined(text: str) -> list[str]:
    """The two characters either side of each break read across."""
    return [text[a - 1] + text[b] for a, b in value_breaks(text)]


# each rule: a break it reads across, and a near miss it must leave
RULES = [
    # a phone broken inside a group: the first piece has a phone's shape but not its digits
    ("連絡先は080-765\n4-3210です。", "電話 03-3456-7890\n1234番の資料"),
    ("携帯 080-1111-222\n3 に連絡", "携帯 080-1111-2222\n3名で訪問"),
    # a bracket closing the sentence the phone stands in is not part of it
    ("（相手方電話：0466-2\n1-7788）", "（電話 0466-21-7788）\n（担当）"),
    # a character no line starts with (禁則): the break is inside a word
    ("理事の野\n々村 浩さん", "議題「野」\n々村 浩さんの件"),
    ("報告者　ジ\nョンソン 氏", "報告者　ジョンソン\n氏名不詳の者"),
    # a katakana word run on in prose, not on a bullet or a line of one word
    ("研修ではコンプラ\nイアンスについて学んだ。", "・マネジメント\nシステムの改善"),
    # the rest of a surname, a space and a given name open the next line
    ("委員の五十\n嵐 修二さんから", "会議の議\n題 二件を審議した。"),
    # a two-kanji given name broken after the space
    ("申請者の樋口 由\n美子から提出", "申請者の樋口 一\n部を修正した。"),
    # a surname and a hiragana given name broken with no space
    ("出席者は，杉本ま\nゆみの2名", "その件は杉本は\nいつも通り"),
    # a lot number broken inside its digits or before its hyphen
    ("住所は北浜市緑町三丁目1\n5番8号", "北浜市本町1-2\n3名が出席した。"),
    ("南川市本宮町2\n-14-6", "南川市本町1-2-3\n201号室の住民から苦情"),
    ("南川市本宮町2-1\n4-6", "南川市本町2-1\n4名が出席"),
    # a branch number after 番地
    ("大野市若葉台4丁目7番地\nの2", "北浜市緑町4番地\nの件について議論した。"),
    # a number left on a hyphen goes on, even into a line that looks like 「3 …」
    ("所在地：東谷市本宮町1-22-\n3 メゾン若葉305号室", "第2部 -\n3 報告事項"),
    # a building and its room number across the break
    ("東谷市本宮町1-22-3 メゾン\n若葉305号室", "東谷市本宮町1-22-3\n305号室の件は別途協議"),
    ("東谷市本宮町1-22-3 メゾン若葉\n305号室", "東谷市本宮町1-22-3 メゾン若葉\n3名が転居"),
    # 丁目 followed by 番・号 is an address without a city before it
    ("中央6丁目\n25番33号", "中央6丁目\n25名が参加した。"),
    # a city name broken inside it: the next line finishes it and goes on to a block number
    ("住所は北浜\n市緑町三丁目4番5号", "説明者は北浜\n市長です。"),
    ("申請者の住所南\n川県西浦市桜台二丁目15番8号", "北浜市緑町三丁目4番5号\n南川町四丁目1番2号"),
    ("現住所北\n浜市緑町三丁目4番5号", "申立人の代理人\n西浦市桜台二丁目3番4号"),  # a word, not a name's start
    # a place name broken after 大字, its lot number running on to a third line
    ("住所　西浦町大字北\n川字松原8\n3番地", "会場は北浜市役\n所2階の会議室"),
]


@pytest.mark.parametrize("text,near_miss", RULES)
def test_a_break_inside_a_value_part_is_read_across_and_its_near_miss_is_not(text, near_miss):
    assert len(value_breaks(text)) == text.count("\n")
    assert value_breaks(near_miss) == []


def test_a_bullet_list_of_similar_lines_sets_no_wrap_width():
    items = ["・北浜市緑町の公園整備に関する要望書の提出", "・南川地区の街路灯の増設に関する陳情の受理",
             "・西浦地区の防災倉庫の更新に関する計画の説明"]
    text = "\n".join(items + ["市民の森田花子さんから意見があった。"]) + "\n"
    assert value_breaks(text) == []  # the last item is not glued to the sentence after it
    # the same lines as a wrapped paragraph (no bullets) are read across
    wrapped = "\n".join(i[1:] for i in items) + "\nであった。\n"
    assert len(value_breaks(wrapped)) == 3


FORM_COLUMNS = [
    ("　住　所　北浜市緑町三丁\n　　　　　目4番5号\n", "ADDRESS"),
    ("住所：北浜市緑町三丁目4\n　　　番5号\n", "ADDRESS"),
    ("住所：北浜市緑町三丁目4\n      番5号\n", "ADDRESS"),  # half-width spaces, same display width
    ("　氏　名　佐々\n　　　　　木 花子\n", "PERSON"),
    ("　電　話　090-1234-\n　　　　　5678\n", "PHONE"),
]


@pytest.mark.parametrize("text,label", FORM_COLUMNS)
def test_a_field_value_wrapped_under_its_label_is_masked_whole(redactor, text, label):
    (brk,) = value_breaks(text)
    assert text[brk[1] - 1] in " 　" and text[brk[1]] not in " 　"  # the indentation is read past
    result = redactor.redact(text)
    (f,) = [f for f in result.findings if f.label == label]
    assert "\n" in f.text and f.end == len(text) - 1
    assert result.text.count("\n") == text.count("\n")
    for piece in re.split(r"\n[ 　]*", f.text):
        assert piece not in result.text


@pytest.mark.parametrize("text", [
    "住所：北浜市緑町三丁\n　目4番5号\n",                       # indentation not under the value
    "出席者　佐藤 花子\n　　　　鈴木 一郎\n",                   # a roster under its label
    "電話　090-1234-5678\n　　　080-2345-6789\n",               # two whole numbers
    "住所　北浜市緑町三丁目4番5号\n　　　南川町四丁目1番2号\n",  # two addresses
    "議題　防災計画について\n　　　市長から説明\n",
])
def test_an_indented_line_that_does_not_continue_the_value_is_not_joined(text):
    assert value_breaks(text) == []


def test_rows_of_a_form_that_share_a_width_are_fields_not_a_wrapped_paragraph():
    # each row opens with its label: joined, 利用場所 would be read as the end of
    # the date before it and the value after it as no field's
    rows = ["申請区分　新規登録（保守業務の委託先の職員分", "利用期間　令和7年4月1日～令和8年3月31日",
            "作業内容　住民記録システムの定期保守と障害対応", "利用場所　かもめ台第2センター及び別館3階電算室",
            "備考　特記事項なし"]
    text = "\n".join(rows) + "\n"
    assert value_breaks(text) == []
    # near miss: the same width in prose is a wrap, read across
    para = ("本件は令和7年4月から住民記録システムの定期保守を委託する事業者の職員について、"
            "利用者登録を新たに行うもので、作業内容と利用期間を定めて申請があったものである。")
    lines = [para[i:i + 22] for i in range(0, len(para), 22)]
    assert len(value_breaks("\n".join(lines) + "\n")) == len(lines) - 1
