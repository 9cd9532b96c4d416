"""Encodings municipalities use, and refusal of what cannot be read."""
import os

import pytest

from redactor.textio import InputError, decode, read_text, write_atomic

SAMPLE = "令和6年度第1回審査会の会議録です。相手方の氏名は非公開とします。"


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("cp932", "cp932"), ("euc_jp", "euc_jp"), ("utf-8-sig", "utf-8-sig"),
])
def test_detects_encoding(encoding, expected):
    ti = decode(SAMPLE.encode(encoding))
    assert ti.text == SAMPLE and ti.encoding == expected


@pytest.mark.parametrize("raw, message", [
    (b"", "空"), (b"  \n", "空"), (b"\x89PNG\r\n\x1a\n\x00\x00", "バイナリ"),
    (bytes(range(0x80, 0x100)) * 4, "文字コード"),
])
def test_refuses_unreadable_input(raw, message):
    with pytest.raises(InputError, match=message):
        decode(raw, name="x.txt")


def test_explicit_encoding_that_does_not_fit_is_an_error():
    with pytest.raises(InputError, match="sjis"):
        decode("テスト".encode("utf-8") + b"\xff", encoding="sjis")


def test_write_atomic_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "本文".encode())
    assert target.read_text(encoding="utf-8") == "本文"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_a_cp932_text_masked_with_blocks_is_still_read_as_cp932():
    from redactor.textio import decode
    text = "相手方 ■■■■ は本町に住む。電話 ■■■■。" * 3
    assert decode(text.encode("cp932")).encoding == "cp932"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="POSIX devices")
def test_a_device_is_refused_before_it_is_opened():
    from redactor.errors import DocumentError, InputError
    from redactor.textio import regular_file_stat

    with pytest.raises(InputError, match="通常のファイルではない") as caught:
        read_text("/dev/null")
    assert isinstance(caught.value, DocumentError)   # every reader reports it as the file's one line
    with pytest.raises(InputError):
        regular_file_stat("/dev/zero")   # read whole, it never ends


def test_a_regular_file_and_a_folder_pass(tmp_path):
    from redactor.textio import regular_file_stat

    (tmp_path / "a.txt").write_text("山田", encoding="utf-8")
    assert regular_file_stat(tmp_path / "a.txt").st_size == 6
    regular_file_stat(tmp_path)   # a folder's own message is its caller's


@pytest.mark.parametrize("encoding", [None, "utf-8"])
def test_a_damaged_utf8_file_is_refused_with_the_line_of_its_first_bad_byte(encoding):
    raw = "第１回　委員会\n出席者　委員長\n".encode("utf-8") + b"\xff" + "議事に入る。\n".encode("utf-8")
    with pytest.raises(InputError, match=r"3 行目（先頭から 45 バイト目: ff）"):
        decode(raw, encoding, "議事録.txt")


def test_a_file_in_another_encoding_than_the_one_given_says_where_it_stops():
    raw = "議事録\n".encode("utf-8") + "委員".encode("cp932")
    with pytest.raises(InputError, match=r"指定の文字コード utf-8 で読めません: 2 行目"):
        decode(raw, "utf-8", "議事録.txt")
