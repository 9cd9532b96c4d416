"""PERSON round 3: kinds of names found missing on documents nobody tuned to
(tables with compound or single-spaced headings, romaji with accents and
prefixes, staff and professionals named in office). Made-up names only; each
rule has a case that fires and a near miss."""
from redactor import Redactor

_R = Redactor()


def _person(text: str, name: str, nth: int = 0):
    """Action of the PERSON finding covering the nth occurrence of ``name`` (None if none)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    for f in _R.check(text).findings:
        if f.label == "PERSON" and f.start <= start and start + len(name) <= f.end:
            return f.action
    return None


# --- tables -----------------------------------------------------------------

_COMPOUND_HEAD = ("番号\t申請者氏名\t工事場所\t電話\t補助額\n"
                  "1\t立花 澄\t北多摩市本町5番14号\t042-111-2222\t10,000円\n"
                  "2\tPatrick O'Brien\t北多摩市本町5番15号\t042-111-2223\t10,000円\n"
                  "3\t丁　はる\t北多摩市本町二丁目\t042-111-2224\t10,000円\n")


def test_compound_headings_beside_a_name_column_make_a_header_row():
    # 工事場所, 補助額 are headings: the row is a header, not 氏名 and its value
    assert _person(_COMPOUND_HEAD, "工事場所") is None
    assert _person(_COMPOUND_HEAD, "Patrick O'Brien") == "MASK"
    assert _person(_COMPOUND_HEAD, "丁　はる") == "MASK"


def test_a_name_in_a_form_row_is_still_a_fields_value():
    # 春日 ends in 日 like a date heading: it stays the value of 氏名
    assert _person("氏名\t春日\t工事場所\t北多摩市本町1-2\n", "春日") == "MASK"


_SINGLE_SPACED = ("区分　氏名　生年月日　住所　備考\n"
                  "喜寿　大河内　キヱ　昭和２４年５月１日　北多摩市本町1-2　施設入所中\n"
                  "喜寿　タナカ・エリザベス　昭和２４年６月１日　北多摩市本町1-3\n"
                  "米寿　周　春華　1940年1月1日　北多摩市本町1-5\n")


def test_rows_of_a_table_set_off_by_single_spaces_hold_names():
    assert _person(_SINGLE_SPACED, "大河内　キヱ") == "MASK"
    assert _person(_SINGLE_SPACED, "タナカ・エリザベス") == "MASK"
    assert _person(_SINGLE_SPACED, "周　春華") == "MASK"


def test_a_sentence_with_single_spaces_is_not_a_table_row():
    text = "区分　氏名　生年月日　住所\n以下のとおり記入してください。\n"
    assert _person(text, "以下") is None


# --- romaji -----------------------------------------------------------------

def test_romaji_names_with_accents_prefixes_and_hyphens():
    assert _person("申請者　José ALVAREZ", "José ALVAREZ") == "MASK"
    assert _person("申請者　McDonald, Sean", "McDonald, Sean") == "MASK"
    assert _person("先日、チリ国籍のAna Lucía TORRES さんが来庁した。", "Ana Lucía TORRES") == "MASK"
    assert _person("相談者：Lin Mei-Hua（林 美華）様", "Lin Mei-Hua") == "MASK"
    assert _person("共有者代表　Harwood-Mori, Alice（英国在住）", "Harwood-Mori, Alice") in ("MASK", "REVIEW")


def test_romaji_place_with_a_comma_is_not_a_name():
    assert _person("会場は Tokyo, Japan です。", "Tokyo") is None
    assert _person("会場は Baden-Baden, Germany です。", "Baden-Baden") is None
