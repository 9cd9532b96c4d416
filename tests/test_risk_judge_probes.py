"""Examiner probes for risk.judge, written as short made-up minutes (names, places and
figures invented): harmless controls that must stay low -- an age band with a sex and a
town, a common occupation, a member's or an official's own attributes, a statistic, a
district described -- and combinations an examiner calls high -- a sensitive fact with a
relative and an age, a class of a school with a pupil's age and a date, a 字 or 大字 with
a household form. Each control is flagged if ANY group of the passage is high."""
import pytest

from redactor.pipeline import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _highs(r: Redactor, text: str) -> list:
    return [s for s in r.check(text).risk if s.level == "high"]


LOW = [
    '○５番（村井一郎君）\u3000市内にお住まいの７０代の女性から、バスの時刻表が見にくいという御意見をいただきました。',
    '○２番（木島花子君）\u3000３０代の男性で会社員の方から、夜間の窓口を延長してほしいとの声が寄せられております。',
    '○市長（大西正樹君）\u3000私自身、本年で６２歳となり、妻と二人暮らしでございますので、高齢者の暮らしの不安はよく分かります。',
    '○福祉部長（中川浩二君）\u3000本市の７５歳以上の単身高齢者は、本年４月１日現在で１，８３２人でございます。',
    '○７番（石田健君）\u3000東地区は農家が多く、高齢化率は４割を超え、空き家も年々増えている地域でございます。',
    '○３番（原田恵子君）\u3000先日、中央区在住の２０代の女性から、子育て支援センターの予約が取りにくいとの相談がありました。',
    '○１１番（高木修君）\u3000教員をしている４０代の男性の方から、部活動の地域移行について御意見を伺いました。',
    '○教育部長（松本和也君）\u3000中学２年生の保護者の方からは、修学旅行の費用負担について御意見をいただいております。',
    '○８番（佐野美香君）\u3000市内在住の６０代の主婦の方から、ごみ出しのルールが分かりにくいという声を聞いております。',
    '○１２番（森下隆君）\u3000私も７０歳を過ぎ、足腰が弱ってまいりましたので、議員として最後の任期と考えております。',
    '○市民課長（岡本智子君）\u3000相談者の内訳は、男性４２人、女性５８人で、６５歳以上の方が約６割を占めております。',
    '○農林課長（西村聡君）\u3000本市の農業従事者の平均年齢は６８．５歳で、後継者のいる農家は全体の２割程度でございます。',
    '○４番（今井秀明君）\u3000南町の自治会長さんは、地域の清掃活動に毎月参加されていると伺っております。',
    '○６番（野口由美君）\u3000北部地区は商店が少なく、買物に困っている高齢者が多い地域です。',
    '○９番（小林誠君）\u3000看護師として働く５０代の女性から、夜勤明けに利用できる保育の充実を求める声がありました。',
    '○子育て支援課長（山口真理君）\u3000令和５年度の児童手当の受給者は、市内全体で約４，２００世帯でございます。',
    '○１番（吉田翼君）\u3000高校生の男子の方から、駅の駐輪場が足りないという意見をいただきました。',
    '○教育長（堀内茂君）\u3000私は元小学校長として３８年間教壇に立ってまいりましたので、現場の苦労は承知しております。',
    '○３番（青木学君）\u3000緑町にお住まいの７０代の男性から、歩道の段差が危ないとの御連絡をいただきました。',
    '○５番（村上早苗君）\u3000農家をされている６０代の男性から、鳥獣被害の対策について御要望を伺っております。',
    '○２番（平野綾君）\u3000市内の介護施設で働く３０代の女性の方から、職員の処遇改善について御意見をいただきました。',
    '○８番（坂本守君）\u3000地区の民生委員をされている７０代の女性の方から、見守り活動の負担が大きいと伺いました。',
    '○１０番（藤井秀樹君）\u3000私の母も８５歳になり、一人暮らしをしておりますので、他人事ではございません。',
    '○健康推進課長（荒木久美君）\u3000今回の事故の内訳は、７０代の男性が３名、８０代の女性が２名でございました。',
    '○６番（松井勝君）\u3000字北原は世帯数が３０ほどの集落で、住民の大半が７０代以上の方でございます。',
    '○議長（丸山義男君）\u3000私も４５年間、地元の商店街で青果店を営んでまいりました一人として申し上げます。',
    '○４番（菅原美穂君）\u3000運送会社に勤める４０代の男性から、夜間の道路照明が暗いとの声がありました。',
    '○１番（長谷川亮君）\u3000子育て中の３０代の母親の方々から、公園のトイレが古いとの御意見を多くいただいております。',
    '○学校教育課長（大塚進君）\u3000市内の中学１年生は今年度５１２人で、そのうち約３割が運動部に所属しております。',
]

HIGH = [
    '○１０番（井上明美君）\u3000御相談者は８０代の女性で、同居する長男から暴力を受けており、最近は外出もされていないとのことでした。',
    '○３番（上田誠君）\u3000緑小学校５年２組の１１歳の児童が、先月１４日の下校中に用水路に転落し、足を骨折しました。',
    '○２番（福田加奈君）\u3000桜台中学校の３年生の女子生徒が、昨年１１月から不登校になっていると保護者から伺いました。',
    '○５番（近藤直子君）\u3000４５歳の男性で、妻が精神疾患で入院しており、小学生の子ども２人を一人で育てている方です。',
    '○７番（松田浩君）\u3000字大石にお住まいの７８歳の方で、奥様を亡くされてからひとり暮らしの農家の方がおられます。',
    '○９番（横山京子君）\u3000さくら団地にお住まいの母子世帯で、小学２年の長女がいる３０代の母親が、先月から収入がなくなっております。',
    '○４番（池田茂君）\u3000東中学校２年１組の生徒が、今年６月３日の体育の授業中に熱中症で救急搬送されました。',
    '○１１番（岡田健一君）\u3000大字上野の７２歳の男性が、ＨＩＶに感染していることを理由に、介護施設の入所を断られたと聞いております。',
    '○１２番（島田智子君）\u3000市内の中学校に通う１４歳の男子生徒は、父親が服役中で、祖母と二人で暮らしております。',
    '○３番（上田誠君）\u3000６年１組の１２歳の児童が、先月２日から学校を休んでいると伺いました。',
]


@pytest.mark.parametrize("text", LOW)
def test_harmless_control_stays_low(redactor, text):
    assert _highs(redactor, text) == []


@pytest.mark.parametrize("text", HIGH)
def test_examiner_high_combination(redactor, text):
    assert _highs(redactor, text)


def test_kin_reason_names_the_relation(redactor):
    (s,) = _highs(redactor, "○５番（大野聡君）　御相談者は７０代の男性で、同居する次男から暴力を受けておられるとのことです。")
    assert "次男" in s.why and "年齢" in s.why


def test_kin_needs_an_age_that_narrows(redactor):
    # 高齢 is a quarter of residents: with the relation and the fact still one of thousands
    assert _highs(redactor, "○５番（大野聡君）　高齢の女性が、長男から暴力を受けているとの相談がありました。") == []


def test_relation_in_fact_is_a_word_of_its_own():
    from redactor.finding import Finding
    from redactor.risk_facts import fact_relation
    def fact(text: str) -> Finding:
        return Finding(label="SENSITIVE", start=0, end=len(text), text=text, score=0.8, recognizer="t",
                       action="MASK", reason="", attributes={"kind": "health"})
    assert fact_relation([fact("夫が精神疾患で入院しており")]) == "夫"
    assert fact_relation([fact("同居する長男から暴力を受け")]) == "長男"
    assert fact_relation([fact("工夫をしながら通院している")]) is None
    assert fact_relation([fact("母子手帳の交付時に病気が分かり")]) is None
    near = Finding(label="FAMILY", start=0, end=2, text="長男", score=0.8, recognizer="t", action="KEEP", reason="")
    far = Finding(label="FAMILY", start=300, end=302, text="長女", score=0.8, recognizer="t", action="KEEP", reason="")
    assert fact_relation([fact("入院しており")], [near]) == "長男"
    assert fact_relation([fact("入院しており")], [far]) is None  # another case's relative, paragraphs away


# a school stage says the age within a few years: the exact age told with it is one of those years
STAGE_CONTROLS = [
    "○３番（青木学君）　高校生の男子（１７歳）から、駅の駐輪場が足りないとの意見をいただきました。",
    "○３番（青木学君）　中学生の１４歳の男の子から、公園でボール遊びができないとの声を聞きました。",
    "○３番（青木学君）　小学生の１０歳の女の子が、通学路が暗くて怖いと話していました。",
]


@pytest.mark.parametrize("text", STAGE_CONTROLS)
def test_stage_and_age_are_not_independent(redactor, text):
    assert _highs(redactor, text) == []


def test_stage_share_leaves_a_parent_age_alone():
    from redactor.finding import Finding
    from redactor.risk import attribute_shares
    def f(label: str, text: str, **attrs) -> Finding:
        return Finding(label=label, start=0, end=len(text), text=text, score=0.8, recognizer="t", action="KEEP",
                       reason="", attributes=attrs)
    pupil = attribute_shares([f("OCCUPATION", "高校生"), f("AGE", "１７歳", kind="exact", years=17)])
    assert pupil["AGE"] == pytest.approx(1 / 3)
    parent = attribute_shares([f("OCCUPATION", "高校生"), f("AGE", "４５歳", kind="exact", years=45)])
    assert parent["AGE"] < 0.05


# an industry run (…業を営む) is its workers, not a shop someone runs; fishing stays a trade of a few
@pytest.mark.parametrize("occupation, high", [
    ("農業を営む６０代の男性", False),
    ("建設業を営む５０代の男性", False),
    ("漁業を営む６０代の男性", True),
    ("駅前で理髪店を営む６０代の男性", True),
    ("市内で会社を経営する５０代の男性", False),
    ("会社経営者の５０代の男性", False),
    ("市内で喫茶店を営む６０代の女性", True),
    ("市内で運送会社を経営する５０代の男性", True),
])
def test_industry_run_is_not_a_shop(redactor, occupation, high):
    text = f"○３番（青木学君）　{occupation}の方から、道路の補修について御要望をいただきました。"
    assert bool(_highs(redactor, text)) is high


# an area named by its school: a few thousand residents; a former village or a 〇〇地域 may be a
# hamlet's few hundred, and keeps the small area's weight (fail closed)
@pytest.mark.parametrize("place, high", [
    ("南小学校区にお住まいの", False),
    ("第三中学校区の", False),
    ("旧大川村にお住まいの", True),
    ("大川地域にお住まいの", True),
    ("字北原にお住まいの", True),
    ("県営桜団地にお住まいの", True),
])
def test_broad_area_with_an_age_band_and_sex(redactor, place, high):
    text = f"○３番（青木学君）　{place}７０代の女性から、歩道の段差について御要望をいただきました。"
    assert bool(_highs(redactor, text)) is high


def test_broad_area_still_counts_with_more_that_narrows(redactor):
    # a school district, a dated fall and an exact age: the rules for a day and a sharp trait still read it
    assert _highs(redactor, "○３番（青木学君）　南小学校区に住む８２歳の女性が、先月１２日に自宅前で転倒し、骨折されました。")
