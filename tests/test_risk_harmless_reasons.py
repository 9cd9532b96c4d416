"""Harmless controls and their near misses (made-up minutes-like text, written
before reading the judgement): redactor/risk_harmless.py gives a positive, named
reason (a statistic, a published honour) and risk.judge lowers only what nothing
of the person overrides; population.toml weighs a status in employment as the
broad population it is."""
import pytest

from redactor.pipeline import Redactor
from redactor.risk_harmless import harmless_reason


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _levels(r: Redactor, text: str) -> list[str]:
    return [s.level for s in r.check(text).risk]


def _why(r: Redactor, text: str) -> str:
    return " ".join(s.why for s in r.check(text).risk)


CONTROLS = [
    # a statistic or a plural subject
    "本町地区では、７０代の女性の一人暮らしが約４０世帯あり、見守りの対象としております。\n",
    "市内の農業従事者のうち、６０代以上の男性が約７割を占めております。\n",
    "利用者は、南町地区にお住まいの６５歳以上の女性が中心です。\n",
    "この事業の利用者の多くは、東地区に住む８０代の女性である。\n",
    "アンケートでは、南地区に住む７０代の女性の回答が最も多かった。\n",
    "北中学校の保護者を対象にアンケートを実施したところ、４０代の母親の回答が最も多かった。\n",
    "西町地区は、高齢の夫婦二人世帯が多く、子どもと離れて暮らす方が大半です。\n",
    "先月１２日の大雨で、北地区では床下浸水が１５件ありました。\n",
    "中央区にお住まいの３０代の男性の方々からも、同様のご意見を多数いただいております。\n",
    # an official, a member or a public figure in their role
    "担当の保健師（３０代・女性）が、北地区を毎月巡回しております。\n",
    "市長（６２歳）は、３月１５日に東中学校の卒業式で祝辞を述べた。\n",
    "自治会長の田中さん（７０代）が、地域を代表して挨拶をされました。\n",
    "東中学校の校長（５０代・男性）は、部活動の地域移行について説明した。\n",
    "区長（７０代・男性）から、１１月５日に東原地区の道路改修について要望書が提出された。\n",
    # a public event or an honour the giver publishes
    "８月１５日に東地区で夏祭りが開催され、約５００人が参加しました。\n",
    "北中学校吹奏楽部の２年生の女子生徒が、全国コンクールで金賞を受賞した。\n",
    "市内の株式会社北山工業に勤める３０代の男性社員が、県の技能功労者表彰を受けた。\n",
    # a broad population: a common status in employment, a ward, an age band
    "令和５年度、宮前町三丁目の個人事業主の方の納税通知書が、誤って発送された。\n",
    "相談者は北区在住の３０代の女性で、会社員である。\n",
    "発言者は、市内の食品会社に勤める３０代の社員で、子育て支援の拡充を求めた。\n",
    # a public act in role, published with the name
    "７月７日、駐在所の巡査（２０代・男性）が、字北原で防犯講話を行った。\n",
    "駅前で理髪店を営む６０代の男性が、商店街振興組合の理事長に就任した。\n",
    # an age among those with a job: a common job with an exact age and the sex
    "請願者（４５歳・女性、看護師）は、夜間保育の拡充を求めている。\n",
    "意見提出者は、４１歳の男性で、中学校の教員をしている。\n",
    # a pupil's or a student's age told with the school they attend: one of its years
    "意見を述べたのは、県立南高校に通う１７歳の生徒である。\n",
    "意見提出者は、北星大学に通う２０歳の学生である。\n",
    # a member's own statement in their turn
    "○田中委員　私にも小学生の子が二人おり、北小学校に通っておりますので、通学路の危険は実感しております。\n",
    "○区長（鈴木）　私は８３歳で猟友会の会員ですが、最近は若い会員が入らず困っております。\n",
]

NEAR_MISSES = [
    # one person in the same words: a small area, an incident, a sensitive fact, a rare trade
    "相談者は本町地区にお住まいの７０代の女性で、ひとり暮らしをされている。\n",
    "相談者は、南町地区にお住まいの６５歳の女性で、ひとり暮らしである。\n",
    "西町地区の８０代の夫婦二人世帯のお宅で、昨年１２月８日に火災があった。\n",
    "北中学校吹奏楽部の２年生の女子生徒が、練習中に転倒し、けがをした。\n",
    "南高校陸上部の３年生（１８歳・男性）は、インターハイで優勝したが、現在は病気で入院している。\n",
    "相談者は、中央区に住む３０代の男性で、獣医師をしている方である。\n",
    "相談者は、字東原に住む６０代の男性で、個人事業主として米を栽培している農家である。\n",
    "申出人の長男は、東中学校の２年生で、５月１０日に通学路で事故に遭った。\n",
    # an honour does not publish the small area or the rare trade told with it
    "長年にわたり交通安全活動に尽力された北町地区の山田さん（８０代・男性）が、県知事表彰を受賞されました。\n",
    "第１０回市民文化賞は、陶芸家の山本さん（７０代）が受賞された。\n",
    # a member telling of a resident, a private speaker of themselves, a member's relative's mishap
    "○山田委員　私は、字北原に住む８０代の一人暮らしの女性から相談を受けました。\n",
    "○公述人　私にも小学生の子が二人おり、北小学校に通っております。\n",
    "○山田委員　私も、字北原で８０代の母が一人暮らしをしておりますが、先月、自宅で転倒し入院いたしました。\n",
    # a public act does not publish a mishap or an illness
    "７月７日、駐在所の巡査（２０代・男性）が、字北原で防犯講話を行った帰りに転倒し、負傷した。\n",
    "駅前で理髪店を営む６０代の男性が理事長に就任した。同氏は昨年から人工透析を受けている。\n",
    # the same school with what happened to the pupil
    "県立南高校に通う１７歳の生徒が、６月３日の下校中に駅北口で事故に遭った。\n",
    # a shop someone runs (経営 after it) with an exact age; a past job is no present job's age
    "No.5　申請者　比嘉　ちはる　（29歳、カフェ経営）\n",
    "現在の監視員の一人（６８歳、元市職員）から、要望が寄せられている。\n",
    # one person counted in a sentence that also counts many
    "利用者は約３０人で、そのうち字北原の８０代の女性１名が、ひとり暮らしである。\n",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_a_harmless_control_stays_low(redactor, text):
    assert "high" not in _levels(redactor, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_near_miss_about_one_person_is_high(redactor, text):
    assert "high" in _levels(redactor, text)


def test_the_reason_is_named_in_the_explanation(redactor):
    assert "統計・複数の人についての記述" in _why(redactor, "利用者は、南町地区にお住まいの６５歳以上の女性が中心です。\n")
    assert "公表される表彰・受賞" in _why(
        redactor, "市内の株式会社北山工業に勤める３０代の男性社員が、県の技能功労者表彰を受けた。\n")
    assert "自ら述べた" in _why(redactor, "○田中委員　私にも小学生の子が二人おり、北小学校に通っております。\n")
    assert "役割上の行為" in _why(redactor, "７月７日、駐在所の巡査（２０代・男性）が、字北原で防犯講話を行った。\n")


@pytest.mark.parametrize("text,reason", [
    ("利用者は、東町地区にお住まいの７５歳以上の男性が中心です。", "statistic"),
    ("本町地区では、一人暮らしが約４０世帯ある。", "statistic"),
    ("県知事表彰を受けた３０代の男性社員", "public_honour"),
    # a household's own count, one person counted, a trait that is many of one person's
    ("相談者は字北原の８０代の女性で、子ども３人と暮らす。", None),
    ("申請者のうち１名が字北原の方である。", None),
    ("相談者は８０代の女性で、物忘れが多い。", None),
    ("相談者は字北原の８０代の女性で、収入は年金の平均を下回る。", None),
    ("上野団地に住む８０代のひとり暮らしの方からの相談が目立つ。", "statistic"),
    ("相談者は上野団地に住む８０代の女性で、物忘れが目立つ。", None),
])
def test_harmless_reason_reads_the_sentence(text, reason):
    assert harmless_reason(text, [(0, 4)]) == reason


def test_a_ward_written_in_the_citys_address_is_a_ward_city(redactor):
    from redactor.risk_population import ward_city
    text = "相談者は中央区に住む３３歳の女性で、パート勤務である。\n"
    assert "high" not in _levels(redactor, "北浜市中央区役所からの回付分\n" + text)
    assert "high" not in _levels(redactor, "受付：北浜市中央区　市民相談窓口\n" + text)
    assert ward_city("札幌市北区在住") and not ward_city("都市計画区域") and not ward_city("大鷹市選挙区")
    # near miss: nothing says the city has wards (a rural city's 中央区 may be a hamlet)
    assert "high" in _levels(redactor, text)


def test_a_word_for_many_people_beside_one_described_person_is_no_statistic(redactor):
    # (近所の皆さん tells whose report it is; the sentence describes one 相談者)
    text = "相談者は本町二丁目にお住まいの８０代の女性で、近所の皆さんの話では一人暮らしです。\n"
    assert "high" in _levels(redactor, text)
