"""Controls that must not join a subject: a count of many people or of
incidents, the elected heads and a speaker of the minutes speaking of
themself, the conditions of a programme, a hypothetical resident. Each has a
near miss written about one person, which must read high. All names, places
and figures are made up."""
import pytest

from redactor.pipeline import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _high(r: Redactor, text: str) -> list:
    return [s for s in r.check(text).risk if s.level == "high"]


LOW = [
    # a question and an answer about how many
    "○３番（佐藤議員）　字北原には、80代のひとり暮らしの高齢者が何人いらっしゃいますか。\n"
    "○福祉課長　令和6年4月1日現在、字北原の80代のひとり暮らしの方は23人です。",
    # incidents counted: several people's, no one's
    "栗林地区では、昨年11月に高齢者の転倒事故が3件発生しました。",
    # an elected head, and the speaker of a turn speaking of themself
    "市長は、昭和38年生まれの61歳で、字南原の出身です。",
    "教育長は字北原在住の63歳で、元小学校長です。",
    "○議長（田中一郎）　ただいまから本日の会議を開きます。\n○町長　私は字西山で生まれ育ち、68歳になりました。",
    # conditions of a programme
    "本事業の対象は、市内に住所を有する65歳以上のひとり暮らしの方です。",
    "高齢者見守り事業の対象者は、70歳以上の単身世帯又は高齢者のみの世帯の方です。",
    "支給要件は、字北原に住む75歳以上の方で、ひとり暮らしであることとします。",
    # hypothetical residents
    "もし字北原で80代のひとり暮らしの方が急病になったら、どのように対応するのですか。",
    "○２番（高橋議員）　字北原に住む80代のひとり暮らしの方が急病で倒れた場合、どのように把握されるのですか。",
    # kinds of resident listed in a description of a district
    "南町三丁目には、市営住宅があり、母子世帯や外国籍の世帯が入居しています。",
]

HIGH = [
    # one person, told as such
    "字北原の80代の女性で、ひとり暮らしの方は１名のみです。",
    "字北原に住む80代のひとり暮らしの女性が、昨年11月に自宅で転倒しました。",
    # a resident, not the head: 市長 only as the one written to
    "字南原にお住まいの61歳の男性から、市長あてに手紙が届きました。男性はひとり暮らしです。",
    # a resident speaking in a public hearing is no turn of the minutes: 私 stays theirs
    "陳情書　私は字西山に住む68歳の農家で、ひとり暮らしです。",
    # a single incident in a small area, dated
    "栗林地区で、昨年11月に80代の男性が転倒する事故が1件発生しました。",
    # a person's relatives listed are no kinds of resident
    "字東谷に住む90代の女性が昨年11月に転倒し、長男や長女が交代で介護している。",
]


@pytest.mark.parametrize("text", LOW)
def test_control_stays_low(redactor, text):
    assert not _high(redactor, text)


@pytest.mark.parametrize("text", HIGH)
def test_near_miss_about_one_person_is_high(redactor, text):
    assert _high(redactor, text)


# a professional the office enlists (an interpreter, a lawyer) is no attribute of the resident
# (a 字 and the sex alone are low; a 字 with two attributes of the person is high, so the
# interpreter, if it were read as the resident's work, would make it high)
@pytest.mark.parametrize("text", [
    "申出人は字北原に住む女性です。来週、通訳の方と一緒に訪問する予定です。",
    "申出人は字北原に住む女性で、通訳（山田）同席で聴き取りを行った。",
])
def test_an_enlisted_professional_is_not_the_residents_work(redactor, text):
    assert not _high(redactor, text)


def test_the_residents_own_former_work_still_counts(redactor):
    assert _high(redactor, "申出人は字北原に住む女性で、元通訳です。")


# the office's own staff named in its turn (当センターでは、…と…が): staff, whatever job word follows
@pytest.mark.parametrize("text", [
    "○包括支援センター長　相談者は字北原に住む女性です。当センターでは、社会福祉士と主任ケアマネジャーが毎月相談会を開いております。",
    "○園長　相談者は字北原に住む女性です。当園では、看護師・管理栄養士が献立を工夫しております。",
])
def test_the_offices_own_staff_are_not_the_residents_work(redactor, text):
    assert not _high(redactor, text)


def test_a_row_naming_only_an_official_is_said_of_them_in_office(redactor):
    """委員長　X（…大学…教授）: a roster row of a public body's member; a row naming a private
    person with the same kind of cells stays a subject of its own."""
    official = "１　選定委員会委員\n　　委員長　上杉　達也（湖南台大学スポーツ科学部教授）\n"
    assert not _high(redactor, official)
    private = "１　被災者\n　　世帯主　上杉　達也さん（湖南台大学スポーツ科学部教授）　字北原　７２歳\n"
    assert _high(redactor, private)
