"""Names with a rank before them or a style after them
(recognizers/_person_prose_styled.py). Ring names and names are made up."""
from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


def test_ring_name_after_a_rank(found):
    assert "若嵐" in _names(found, "横綱若嵐が引退した。")


def test_word_after_a_rank_is_no_ring_name(found):
    # 陥落, 審議委員会: words after the rank, not a name
    assert "陥落" not in _names(found, "大関陥落が決まった。")
    assert not any("審議" in n for n in _names(found, "横綱審議委員会が開かれた。"))


def test_rank_after_a_prefix(found):
    assert "若嵐" in _names(found, "元横綱若嵐の断髪式。")


def test_rank_ending_a_longer_word_is_no_rank(found):
    # 名横綱: a longer word (a great yokozuna), what follows is read as no ring name
    assert "若嵐" not in _names(found, "名横綱若嵐の断髪式。")


def test_name_with_a_style_fused_after_it(found):
    names = _names(found, "ハインリヒ公が即位した。")
    assert "ハインリヒ公" in names


def test_style_going_on_into_a_longer_word_is_no_style(found):
    # 公園: 公 is the start of a longer word, not a style after a name
    assert "ネルソン公" not in _names(found, "ネルソン公園で集会が開かれた。")
