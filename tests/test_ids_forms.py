"""Ages, birth dates and case numbers in the forms unseen documents write
them: ruled tables, spaced-out or qualified headings, joined field labels,
kanji digits, a bracket after any name form. Names, places and numbers are
made up. Each rule has a case that fires and a near miss that must not."""
import pytest

from redactor.recognizers._ruled_rows import as_tab_rows
from redactor.recognizers.age import AgeRecognizer
from redactor.recognizers.birth_date import BirthDateRecognizer


def test_ruled_rows_keep_offsets_and_read_as_tabs():
    text = "│氏名│年齢│\n├──┼──┤\n│北浜 一郎│67│\nA|B 説明\n----\n"
    view = as_tab_rows(text)
    assert len(view) == len(text)
    lines = view.split("\n")
    assert lines[0] == "\t氏名\t年齢\t" and lines[1] == "\t" * 7 and lines[2] == "\t北浜 一郎\t67\t"
    assert lines[3] == "A|B 説明"  # one bar is no ruled row
    assert lines[4] == "----"  # a separator of hyphens alone is text


@pytest.mark.parametrize("text, ages", [
    ("| 氏名 | 年齢 | 地区 |\n|---|---|---|\n| 北浜 一郎 | 67 | 緑町 |\n| 南野 花子 | 72 | 栄町 |\n", ["67", "72"]),
    ("┌────┬──┐\n│氏名　　│年齢│\n├────┼──┤\n│北浜　一郎│６７│\n└────┴──┘\n", ["６７"]),
    ("氏名\t年 齢\t住所\n北浜 一郎\t67\t緑町\n", ["67"]),  # a heading spaced out
    ("氏　名　　年　齢　　住　所\n北浜　一郎　　６７　　緑町\n", ["６７"]),
    ("氏名\t年齢（令和6年4月1日現在）\t地区\n北浜 一郎\t67\t緑町\n", ["67"]),  # a heading with its qualifier
])
def test_ages_in_table_columns(text, ages, found):
    assert [t for t, _ in found(AgeRecognizer, text)] == ages


@pytest.mark.parametrize("text", [
    "| 年度 | 件数 |\n|---|---|\n| 令和5年度 | 67 |\n",  # no age column
    "| 年齢 | 人数 |\n|---|---|\n| 65 | 12 |\n",  # an age group counted
    "氏名\t年齢（人数）\n60代\t12\n",
])
def test_numbers_in_other_ruled_columns_are_no_ages(text, found):
    assert [t for t, _ in found(AgeRecognizer, text) if t in ("67", "65", "12")] == []


@pytest.mark.parametrize("text, value", [
    ("年　齢　７２", "７２"),
    ("年齢　七十二", "七十二"),
    ("年令：68", "68"),
])
def test_age_field_spaced_or_in_kanji(text, value, found):
    assert [t for t, _ in found(AgeRecognizer, text)] == [value]


@pytest.mark.parametrize("text", ["年齢　七十二歳以上の方", "年齢20～64", "令和6年　齢"])
def test_age_field_near_misses(text, found):
    assert [t for t, _ in found(AgeRecognizer, text) if t in ("七十二", "20")] == []


def _ages(text):
    from redactor import Redactor
    return [(f.text, f.attributes.get("attached")) for f in _redactor(Redactor).check(text).findings
            if f.label == "AGE"]


_CACHE = {}


def _redactor(cls):
    if "r" not in _CACHE:
        _CACHE["r"] = cls()
    return _CACHE["r"]


@pytest.mark.parametrize("text, value", [
    ("相談者はグエン・ヴァン・ナム（34）で、", "34"),
    ("通報者　Taro KITAHAMA（72）", "72"),
    ("受賞者　北浜 一郎（会社員、45）", "45"),
])
def test_bracket_age_after_any_name_form(text, value):
    assert (value, "person") in _ages(text)


@pytest.mark.parametrize("text", ["北浜市第2次計画（34）", "議案第5号（2）について", "資料（3）のとおり"])
def test_bracket_number_after_no_name_is_no_age(text):
    assert _ages(text) == []


@pytest.mark.parametrize("text, value", [
    ("│氏名│生年月日│住所│\n│北浜　一郎│昭和６３年１月３日│緑町│\n", "昭和６３年１月３日"),
    ("| 氏名 | 生年月日 | 申請日 |\n|---|---|---|\n| 北浜 一郎 | S63.1.3 | 令和6年4月1日 |\n", "S63.1.3"),
    ("本人の生年月日は一九八八年一月三日である。", "一九八八年一月三日"),
    ("生年月日　昭和63年（1988年）1月3日", "昭和63年（1988年）1月3日"),
    ("相談者は平成２年４月５日の生まれで、", "平成２年４月５日"),
    ("生年月日・年齢　昭和63年1月3日（36歳）", "昭和63年1月3日"),
    ("生年月日／性別　S63.1.3／男", "S63.1.3"),
    ("性別・生年月日　男・昭和63年1月3日", "昭和63年1月3日"),
])
def test_birth_dates_in_more_forms(text, value, found):
    assert [t for t, _ in found(BirthDateRecognizer, text)] == [value]


@pytest.mark.parametrize("text", [
    "| 氏名 | 申請日 |\n|---|---|\n| 北浜 一郎 | 令和6年4月1日 |\n",  # no birth-date column
    "一九八八年一月三日に開館した。",  # an event in kanji digits
    "令和6年4月1日の出生数は12人",  # a statistic, not one person's birth
    "性別・年齢　男・63",
])
def test_birth_date_near_misses(text, found):
    assert found(BirthDateRecognizer, text) == []


from redactor.recognizers.case_number import CaseNumberRecognizer  # noqa: E402


@pytest.mark.parametrize("text, value", [
    ("当該相談（R5-福-0312）については、", "R5-福-0312"),
    ("この苦情（2024-0315）は", "2024-0315"),
])
def test_a_record_id_in_brackets_after_a_matter_word(text, value, found):
    assert [(t, a["kind"]) for t, a in found(CaseNumberRecognizer, text)] == [(value, "receipt")]


@pytest.mark.parametrize("text", [
    "事業番号 R6-0123 の申請を受け付けた",  # a programme's number on a line about an application
    "契約番号　R6-0456（相談業務委託）",
    "この計画（2024-0315）は",  # a plan is no party's matter
])
def test_a_things_number_is_no_case_number(text, found):
    assert found(CaseNumberRecognizer, text) == []


def test_a_case_files_number_on_a_case_line_still_counts(found):
    assert [t for t, _ in found(CaseNumberRecognizer, "相談記録 R6-0123 の経過")] == ["R6-0123"]


@pytest.mark.parametrize("text, kinds", [
    # 番号 counting on after a year prefix (7-101, 7-102, 7-103): the list's numbering, kept
    ("番号\t申請者氏名\t住所\n7-101\t北浜一郎\t緑町\n7-102\t南浦花子\t栄町\n7-103\t西野三郎\t港町", ["serial"] * 3),
    # the same prefix but gaps: the office's record numbers of those parties
    ("番号\t申請者氏名\t住所\n7-101\t北浜一郎\t緑町\n7-117\t南浦花子\t栄町", ["receipt"] * 2),
])
def test_a_generic_number_column_is_the_lists_order_when_it_counts_on(text, kinds, found):
    assert [a["kind"] for _, a in found(CaseNumberRecognizer, text)] == kinds


@pytest.mark.parametrize("text, value, kind", [
    ("苦情ＮＯ．２０２４－１５について", "２０２４－１５", "receipt"),      # a label in capitals
    ("相談記録　R5-福-0312", "R5-福-0312", "case_file"),                  # a section between the era letter and the number
    ("受付番号　第５号　件名　緑町の街灯設置に関する陳情", "第５号", "bill"),  # the council's petition series
    ("受付第12号　北浜川の改修を求める請願", "受付第12号", "bill"),
    ("北浜市情報公開審査会答申第12号", "答申第12号", "consultation"),      # the board's published opinion
])
def test_labels_in_capitals_sections_and_public_series(text, value, kind, found):
    assert [(t, a["kind"]) for t, a in found(CaseNumberRecognizer, text)] == [(value, kind)]


@pytest.mark.parametrize("text, value, kind", [
    ("受付第12号　北浜一郎氏からの苦情", "受付第12号", "receipt"),          # no petition on the line
    ("北浜市情報公開審査会諮問第12号", "諮問第12号", "appeal"),            # the requester's appeal heard
])
def test_near_misses_of_the_public_series(text, value, kind, found):
    assert [(t, a["kind"]) for t, a in found(CaseNumberRecognizer, text)] == [(value, kind)]


@pytest.mark.parametrize("text, value", [
    ("生年月日：昭和63年\n1月3日", "昭和63年\n1月3日"),        # a hard line break inside the date
    ("北浜一郎　昭和63年1月\n3日生", "昭和63年1月\n3日生"),
    ("生年月日\n\n昭和63年1月3日", "昭和63年1月3日"),          # the value after a blank line
    ("生年月日（和暦）\n昭和63年1月3日", "昭和63年1月3日"),      # a label with its qualifier
    ("生年月日は、昭和63年1月3日です。", "昭和63年1月3日"),
    ("氏名\t生年月日\t備考（要介護度、施設名など）\n北浜 一郎\t昭和63年1月3日\tなし", "昭和63年1月3日"),
])
def test_birth_dates_across_lines_and_long_headings(text, value, found):
    assert [t for t, _ in found(BirthDateRecognizer, text)] == [value]


@pytest.mark.parametrize("text", [
    "令和6年\n4月1日生活支援の会議を開いた",   # 生 starting another word
    "開催日　令和6年\n4月1日（生涯学習センター）",
])
def test_birth_date_across_lines_near_misses(text, found):
    assert found(BirthDateRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("相談番号：R5福0312", "R5福0312"),                 # the office's section without hyphens
    ("受付番号：2024年第87号", "2024年第87号"),         # a Western year before 第
])
def test_labelled_values_in_more_shapes(text, value, found):
    assert [t for t, _ in found(CaseNumberRecognizer, text)] == [value]


def test_a_second_court_case_of_the_same_year(found):
    text = "事件番号　令和6年（ワ）第1234号、同年（ワ）第1235号"
    assert [t for t, _ in found(CaseNumberRecognizer, text)] == ["令和6年（ワ）第1234号", "同年（ワ）第1235号"]
    assert found(CaseNumberRecognizer, "同年（仮称）の第3回会議") == []  # no 第N号 after the bracket


@pytest.mark.parametrize("text, value", [
    ("御年72の北浜さんが", "72"),
    ("高齢の男性（当時72）が", "72"),
    ("相談者（女性、72）から", "72"),
    ("相談者（72・男）から", "72"),
    ("（年齢）72", "72"),
    ("年齢\n72", "72"),                 # the label alone on its line, the value under it
])
def test_ages_without_the_unit(text, value, found):
    assert [t for t, _ in found(AgeRecognizer, text)] == [value]


@pytest.mark.parametrize("text", [
    "No\t氏名\t年齢\n1\t北浜 一郎\t",      # a heading row's last cell, then a row number
    "参加者（男性2名・女性3名）",
    "平均年齢 72.5",
    "御年始のご挨拶",
])
def test_ages_without_the_unit_near_misses(text, found):
    assert [t for t, _ in found(AgeRecognizer, text) if t in ("1", "2", "3", "72", "5")] == []


@pytest.mark.parametrize("text", [
    "受付番号：令和6年4月1日付け",     # a date after the label
    "受付番号 12件",                  # a count
    "相談番号1から10まで",
    "苦情番号3番目の",
    "相談記録の保存期間はR6-10年",
])
def test_counts_and_dates_after_a_label_are_no_case_numbers(text, found):
    assert found(CaseNumberRecognizer, text) == []


def test_a_case_files_number_in_a_ruled_table_of_parties(found):
    text = ("┌──┬──┬──┐\n│番号│内容│関係者│\n├──┼──┼──┤\n│R5-03│誤交付│北浜 一郎（請求者）│\n"
            "│R5-07│誤送付│南浦 花子│\n└──┴──┴──┘")
    assert [t for t, _ in found(CaseNumberRecognizer, text)] == ["R5-03", "R5-07"]
    # near miss: a ruled table of programmes, no party column
    programmes = "│番号│事業名│担当課│\n├──┼──┼──┤\n│R5-03│道路補修│土木課│\n│R5-07│公園整備│公園課│"
    assert found(CaseNumberRecognizer, programmes) == []


@pytest.mark.parametrize("text, value", [
    ("氏名\t生年月\t地区\n北浜 一郎\t昭和63年1月\t緑町", "昭和63年1月"),
    ("氏名\t出生日\t地区\n北浜 花\t令和5年6月7日\t緑町", "令和5年6月7日"),
])
def test_birth_columns_headed_otherwise(text, value, found):
    assert [t for t, _ in found(BirthDateRecognizer, text)] == [value]


def test_a_sectioned_record_number_needs_no_context_word(found):
    assert [t for t, _ in found(CaseNumberRecognizer, "令和6年4月1日受付（R5-福-0312）、対応済み")] == ["R5-福-0312"]
    assert found(CaseNumberRecognizer, "令和6年4月1日（R6-0087）、対応済み") == []  # the plain form needs one
    assert found(CaseNumberRecognizer, "工事番号 R6-道-0012 の進捗") == []          # a works number


def test_a_number_column_in_a_table_about_consultations(found):
    text = "No.\t相談日\t区分\n2024-0087\t4月1日\t生活\n2024-0113\t4月3日\t住宅"
    assert [(t, a["kind"]) for t, a in found(CaseNumberRecognizer, text)] == [("2024-0087", "receipt"),
                                                                              ("2024-0113", "receipt")]


def test_a_birth_date_wrapped_under_a_label_closing_a_line_of_fields(found):
    text = "氏名　北浜一郎　　生年月日\n　　　　昭和63年1月3日\n住所　緑町"
    assert [t for t, _ in found(BirthDateRecognizer, text)] == ["昭和63年1月3日"]
    # near miss: prose ending in the word, a rule's date on the next line
    assert found(BirthDateRecognizer, "記載事項は生年月日\n令和6年4月1日から受け付けます") == []
