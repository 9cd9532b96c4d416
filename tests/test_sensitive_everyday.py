"""Facts of the statutory classes in everyday words, with no term
(recognizers/_sensitive_everyday.py): found only in a private person's
predicate; the same words in a notice, a plan or an officer's act stay."""
import pytest

from conftest import found
from redactor.recognizers._sensitive_everyday import everyday_matches
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("隣の家の奥さんは、若いころ警察のお世話になったことがあるそうです。",
     "若いころ警察のお世話になったことがある", "criminal"),
    ("相談者の話では、父は検診で引っかかって精密検査を勧められたということでした。",
     "検診で引っかかって精密検査を勧められた", "checkup"),
    ("母は一人では風呂にも入れないと聞いています。", "一人では風呂にも入れない", "care"),
    ("叔母は役所の保護を受けながら一人で暮らしている。", "役所の保護を受けながら一人で暮らしている", "welfare"),
    ("申出人は宗教の会合に毎週通っているという。", "宗教の会合に毎週通っている", "creed"),
    ("父は、だまされて年金をほとんど取られた。", "だまされて年金をほとんど取られた", "victim"),
    ("義父は目がほとんど見えないため、", "目がほとんど見えないため", "disability"),
    ("叔父は先月、心臓の手術をされたと聞いています。", "心臓の手術をされた", "health"),
    ("夫は仕事を失ってから、お酒の量が増えて外に出なくなった。", "お酒の量が増えて外に出なくなった", "health"),
    ("当該世帯は昨年、保護を廃止している。", "保護を廃止している", "welfare"),
    ("北浜さんは春に施設に入られて、", "施設に入られて", "care"),
    ("長女は同級生から中傷を受け、学校を休んでいる。", "同級生から中傷を受け、学校を休んでいる", "victim"),
    # abuse named as what was suffered ([victim_of] crimes × suffixes)
    ("同居の母は「児童虐待の被害に遭ってから眠れない」と話していた。", "児童虐待の被害に遭ってから眠れない", "victim"),
])
def test_everyday_words_in_a_persons_predicate(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "警察に相談した結果、市は道路の安全対策を実施した。",
    "健診で引っかかった方は、精密検査を受けてください。",
    "一人では外出できない方のために、移動支援を行っています。",
    "委員は、病院に行く方法について質問した。",
    "詐欺にだまされないよう、市は広報で注意を呼び掛けている。",
    "市は、手術を控えている方への相談窓口を設けた。",
    "施設に入所を希望する方は、窓口で申請してください。",
    "児童虐待の被害に遭った子どもへの支援を充実させる。",
])
def test_the_same_words_without_a_persons_topic_stay(text):
    assert found(R, text) == []


def test_a_head_is_a_word_of_its_own():
    # 保護者 is no 保護, 薬局 no medicine: the noun goes on to name something else
    assert list(everyday_matches("保護者を受け入れる。薬局に通っている。")) == []
    assert [m[2] for m in everyday_matches("信仰上の理由で")] == ["信仰上の理由"]


def test_hold_on_to_is_no_arrest_and_a_coming_to_is_no_illness():
    """捕まる alone is also "hold on to" (手すりに捕まり); ことになる, が増えた say nothing of health."""
    from redactor import Redactor
    for text in ("母は手すりに捕まりながら歩いている。", "妻は心から感謝することになった。", "夫はお酒の席が増えた。"):
        assert not [f for f in Redactor().check(text).findings if f.label == "SENSITIVE"], text


def test_a_records_nouns_for_a_family_court_referral_and_harm_suffered():
    """・窃盗で家裁送致, ・児童虐待被害 listed under a person's record are facts; a count of referrals
    and an ordinance's title are not."""
    from redactor import Redactor
    record = "支援経過記録\n\n対象：申出人（16歳）\n\n１　本人の状況\n・窃盗で家裁送致\n・児童虐待被害\n"
    found = {record[f.start:f.end] for f in Redactor().check(record).findings if f.label == "SENSITIVE"}
    assert "窃盗で家裁送致" in found and "児童虐待被害" in found
    for text in ("家裁送致の件数は３件であった。", "犯罪被害者等支援条例の制定について"):
        assert not [f for f in Redactor().check(text).findings if f.label == "SENSITIVE"], text


def test_health_check_items_with_a_value_in_a_record_are_facts_but_a_programme_is_not():
    from redactor import Redactor
    record = "健診結果記録\n\n対象：申出人（58歳）\n\n１　本人の状況\n・肝機能Ｄ判定（要精密検査）\n・血圧１８２／１１４\n・便潜血陽性\n"
    found = {record[f.start:f.end] for f in Redactor().check(record).findings if f.label == "SENSITIVE"}
    assert {"肝機能Ｄ判定（要精密検査）", "血圧１８２／１１４", "便潜血陽性"} <= found, found
    for text in ("血圧測定会を公民館で開催した。", "特定健診では血圧、血糖、肝機能などを検査する。", "・血圧測定の実施\n"):
        assert not [f for f in Redactor().check(text).findings if f.label == "SENSITIVE"], text
