"""OCCUPATION: a job word with a verb of doing it as work, and the
workplace before it, the verb read but not taken (made-up text); the same words seen or said of an
official stay out."""
import pytest

from conftest import found, texts
from redactor.recognizers.occupation import OccupationRecognizer


@pytest.mark.parametrize("text, value", [
    ("ご主人は隣町の鉄工所で長年工場長をされていた。", "隣町の鉄工所で長年工場長"),
    ("弟さんは札幌で歯医者をしている。", "歯医者"),
    ("母親は駅前の弁当店で週３日調理補助をしている。", "駅前の弁当店で週３日調理補助"),
    ("本人は町内の旅館で調理師として働いていた。", "町内の旅館で調理師"),
])
def test_a_job_done_as_work(text, value):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", [
    "先週、医者に診てもらった。",          # seen as a patient
    "工場長から操業状況の説明を受けた。",  # an official of the body inspected
])
def test_the_same_words_seen_or_of_an_official(text):
    assert texts(OccupationRecognizer, text) == []


def _reasons(text):
    return {t: a.get("not_subject") for t, a in found(OccupationRecognizer, text)}


@pytest.mark.parametrize("text, value", [
    ("医師の診断により全治３週間とされた。", "医師"),
    ("出産までは助産師が毎日電話で様子を聞いている。", "助産師"),
    ("主治医の先生と相談し、医師からも安静にと言われた。", "医師"),
])
def test_a_professional_acting_on_the_case_is_engaged(text, value):
    assert _reasons(text)[value] == "engaged"


def test_a_residents_own_job_beside_it_is_still_weighed():
    assert _reasons("妻は助産師として市内の病院に勤めている。")["助産師"] is None


@pytest.mark.parametrize("text, value, absent", [
    ("上の階の方は出張の多い仕事のようで、", "出張の多い仕事", False),
    ("夜勤のある職場への支援を拡充する。", "夜勤のある職場", True),
])
def test_work_told_by_its_hours(text, value, absent):
    assert (value not in texts(OccupationRecognizer, text)) is absent


@pytest.mark.parametrize("text, value", [
    ("大字南野１２番地\t自営業（理容店）\t０９０", "自営業（理容店）"),
    ("東町二丁目３番\t会社員（北野製作所）\t０８０", "会社員（北野製作所）"),
    ("看護師（４０代）が対応した。", "看護師"),   # an age in brackets is an AGE of its own
])
def test_a_forms_bracket_after_the_job_narrows_it(text, value):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text, found_", [
    ("支援者は地元の消防団員の方です。", True),
    ("消防団員を避難支援者とする計画を見直す。", False),
])
def test_a_fire_corps_member_of_the_district(text, found_):
    assert any("消防団員" in t for t in texts(OccupationRecognizer, text)) is found_


@pytest.mark.parametrize("text", [
    "近所の農家からも苦情があった。",
    "隣家の大工が駆けつけた。",
    "相手方のタクシー運転手が電話してきた。",
])
def test_a_residents_job_with_the_same_words_is_not_engaged(text):
    # what a professional does in their role is read only after a profession's word
    assert all(a.get("not_subject") != "engaged" for _, a in found(OccupationRecognizer, text))
