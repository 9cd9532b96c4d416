"""A quoted line under a heading that names its speaker is that speaker's
own words (recognizers/_sensitive_speaker.py; made-up examples)."""
import pytest

from conftest import found
from redactor.recognizers._sensitive_speaker import quoted_speaker
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text", [
    "○Ｍさん（３０代、男性）\n　「多発性硬化症で杖を使っています。」",
    "・北浜 一郎 氏（東町）\n　「買い物が大変です。」\n　「多発性硬化症で杖を使っています。」",
])
def test_a_quote_under_its_speakers_heading_is_the_speakers(text):
    assert quoted_speaker(text, text.index("多発")) is not None
    assert found(R, text) != []


@pytest.mark.parametrize("text", [
    "報告書\n「多発性硬化症で杖を使っています」という声が寄せられた。",      # no speaker's heading
    "○Ｍさん（３０代、男性）\n市の回答：多発性硬化症で杖を使う方も利用できます。",  # not a quote
    "○Ｍさん（３０代、男性）\n　「難病の方への支援を増やしてほしい。」",        # a group in the speaker's words
])
def test_no_speaker_or_no_ones_fact(text):
    assert found(R, text) == []


def test_a_line_of_other_words_between_ends_the_speakers_turn():
    text = "○Ｍさん（３０代）\n市から制度を説明した。\n「多発性硬化症で杖を使っています」"
    assert quoted_speaker(text, text.index("多発")) is None
