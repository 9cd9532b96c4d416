import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, kind", [
    ("本人は要介護2の認定を受けている。", "care"),
    ("相手方は統合失調症と診断され、通院している。", "health"),
    ("平成29年から生活保護を受給しており、", "welfare"),
    ("療育手帳を所持している。", "disability"),
    ("男性は転倒して左足首を骨折した。", "injury"),
    ("配偶者からの暴力を理由として支援措置を受けている。", "victim"),
])
def test_sensitive_clauses(text, kind):
    assert kind in [a["kind"] for _, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "障害者福祉計画の策定について審議した。",
    "生活保護制度の運用を見直す。",
    "認知症サポーター養成講座を開催する。",
    "データの紐付けが確認された。",
])
def test_policy_text_is_not_sensitive(text):
    assert found(R, text) == []


def test_consequence_clause_joins_the_finding():
    text = "男性は転倒して右手首を骨折し、約2か月間入院した。"
    (value,) = [t for t, _ in found(R, text)]
    assert value.endswith("入院した")
