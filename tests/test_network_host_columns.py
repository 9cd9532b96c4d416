"""Machine names in a column headed by a host word are NETWORK (recognizers/_network_host_columns.py).
Made-up devices."""
from redactor import Redactor

_R = Redactor()

TABLE = ("３　機器構成\n"
         "┃機器名　　　┃設置場所　　┃ＯＳ　　　　┃\n"
         "┃fs-main　　 ┃本庁舎２階　┃Windows Server 2019┃\n"
         "┃app02.somu.local┃本庁舎２階　┃Linux┃\n"
         "┃なし　　　　┃－　　　　　┃－┃\n")


def _hidden(text, value):
    s = text.index(value)
    covered = set()
    for f in _R.check(text).findings:
        if f.action in ("MASK", "REVIEW"):
            covered.update(range(f.start, f.end))
    return all(i in covered for i in range(s, s + len(value)))


def test_cells_under_a_host_heading_are_machine_names():
    assert _hidden(TABLE, "fs-main") and _hidden(TABLE, "app02.somu.local")


def test_cells_under_other_headings_and_words_with_no_host_shape_are_not():
    from redactor.recognizers._network_host_columns import find_host_columns
    from redactor.recognizers.network import NetworkRecognizer
    from redactor.normalize import normalize
    table = normalize(TABLE).text  # (the bars of a ruled table read as tabs, as the pipeline reads them)
    found = [table[r.start:r.end] for r in find_host_columns(NetworkRecognizer(), table)]
    assert found == ["fs-main", "app02.somu.local"]
    spaced = "機 器 名\t設置場所\nfs-main\t3F\n"  # a heading spelt out with spaces
    assert [spaced[r.start:r.end] for r in find_host_columns(NetworkRecognizer(), spaced)] == ["fs-main"]
    tabs = "製品名\t数量\nfs-main\t2\n"
    assert not list(find_host_columns(NetworkRecognizer(), tabs))
