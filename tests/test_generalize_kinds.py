"""``mask --generalize`` for each attribute kind: the generalisation is
proposed for the high subject, applied in the output, and the output
re-checked is no longer high; what an official or a statistic says is left
as written. All names, places and figures are made up."""
import pytest

from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import _suggest, generalized_text


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _high(r: Redactor, text: str) -> list:
    return [s for s in r.check(text).risk if s.level == "high"]


# (text, values that must be gone, coarser values that must be written)
CASES = [
    # OCCUPATION former post -> 元公務員, PLACE 字 -> 市内, AGE exact (full-width) -> band
    ("元消防署長の相談者は字南原にお住まいで、８５歳の男性です。", ["元消防署長", "字南原"], ["元公務員", "市内"]),
    # OCCUPATION described work -> its group (会社員), PLACE 町名 someone lives in -> 市内
    ("相談者は梅ノ木町に住み、町内の製材所に勤めている５３歳の男性です。", ["製材所", "梅ノ木町"], ["会社員", "市内"]),
    # NATIONALITY -> 外国籍, household form -> ［世帯構成］, AGE -> band
    ("申出人はミャンマー国籍で、団地に住む２８歳の男性で、母子家庭です。", ["ミャンマー", "母子家庭", "２８歳"], ["外国籍", "［世帯構成］", "20代"]),
    # a language -> ［言語］ (not 「外国籍しか話せず」)
    ("申出人はベトナム語しか話せず、字北原に住む３０代の女性です。", ["ベトナム語"], ["［言語］しか話せず"]),
    # an origin -> 外国出身
    ("申出人はネパール出身で、字北原に住む２８歳の男性です。", ["ネパール"], ["外国出身"]),
    # a named school -> 市内の中学校, a club -> 部活動, a day without a year -> the month
    ("市立北中学校の吹奏楽部員の生徒が、先月１２日に部活動中に転倒して骨折した。", ["北中学校", "吹奏楽", "１２日"],
     ["市内の中学校", "部活動の生徒", "先月に"]),
    # a grade of a school -> 小学生
    ("相談者は市立南小学校の5年生の女の子で、先月１２日に下校中に車と接触して負傷した。", ["5年生", "南小学校"], ["小学生"]),
    # a crop someone grows -> 農林漁業従事者, an exact age -> band
    ("相談者は７２歳の男性で、ぶどうを栽培している農家で、字西山に住んでいる。", ["ぶどう", "７２歳"], ["農林漁業従事者", "70代"]),
]


@pytest.mark.parametrize("text, gone, written", CASES)
def test_each_kind_is_generalised_and_rechecked(redactor, text, gone, written):
    before = _high(redactor, text)
    assert before, "the made-up subject must be high to begin with"
    assert any(s.suggestion for s in before)  # proposed
    out = redactor.redact(text, generalize=True).text
    for value in gone:
        assert value not in out  # applied
    for value in written:
        assert value in out
    assert not _high(redactor, out)  # re-checked


def test_rows_of_a_table_laid_out_with_spaces_are_each_generalised(redactor):
    text = ("助成の状況（個人）\n地区　品目　金額　年齢\n"
            "柿ノ木団地3号棟　住宅用火災警報器　25,000円　72歳\n"
            "梨原団地8号棟　住宅用火災警報器　15,000円　67歳\n"
            "栗山団地2号棟　住宅用火災警報器　35,000円　81歳\n")
    # rows of one width: each row is a subject, not one row glued to the next as a wrapped line
    assert len(_high(redactor, text)) == 3
    out = redactor.redact(text, generalize=True).text
    assert out.count("\n") == text.count("\n")  # the table keeps its rows
    assert "柿ノ木団地" not in out and "梨原団地" not in out and "栗山団地" not in out
    assert not _high(redactor, out)


def test_an_officials_and_a_statistics_attributes_are_not_touched(redactor):
    official = "楓台担当の主査が、30代の女性職員とともに訪問しました。"
    statistic = "桐原地区では60代の方が全体の6割おられ、一人暮らしの方も増えております。"
    subject = "元消防署長の相談者は字南原にお住まいで、８５歳の男性です。"
    text = "\n".join([official, statistic, subject]) + "\n"
    out = redactor.redact(text, generalize=True).text
    assert official in out and statistic in out
    assert "字南原" not in out


def _f(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.9, "T", action="KEEP", attributes=attrs)


def test_an_attribute_no_coarser_form_can_lift_is_masked():
    # k cannot reach the threshold by generalising: the rest is masked with the word of its kind
    members = [_f("AGE", "４２歳", kind="exact", years=42), _f("OCCUPATION", "ＰＴＡの役員をしている", pattern="役")]
    steps, k = _suggest(members, 50000, None, threshold=10 ** 9)
    assert "AGE「４２歳」→「［年齢］」" in steps and "OCCUPATION「ＰＴＡの役員をしている」→「［職業］」" in steps
    # a threshold that generalising reaches: generalised, not masked
    steps, k = _suggest(members, 50000, None, threshold=10)
    assert k >= 10 and not any("［" in s for s in steps)


@pytest.mark.parametrize("label, text, attrs, coarser", [
    ("AGE", "7歳", {"kind": "exact", "years": 7}, "10歳未満"),  # not 「0代」
    ("AGE", "70代", {"kind": "band", "years": 70}, "高齢"),
    ("AGE", "40代", {"kind": "band", "years": 40}, None),  # no coarser band: masked if need be
    ("AFFILIATION", "第5学年1組", {"pattern": "学年・学級"}, "小学生"),
    ("AFFILIATION", "中学2年", {"pattern": "学年・学級"}, "中学生"),
    ("AFFILIATION", "サッカー部員", {"pattern": "部活動"}, "部活動"),
    ("FAMILY", "長男（52歳）", {"pattern": "続柄"}, "家族（50代）"),
    ("FAMILY", "５人家族", {"pattern": "世帯人数"}, "［世帯構成］"),
    ("FAMILY", "三世代同居", {"pattern": "世代同居"}, "［世帯構成］"),
    ("OCCUPATION", "理髪店を営む", {"pattern": "勤め先"}, "自営業"),
    ("OCCUPATION", "個人タクシー運転手", {"pattern": "職業"}, "輸送・機械運転従事者"),
    ("OCCUPATION", "元市職員", {"pattern": "前職"}, "元公務員"),
    ("NATIONALITY", "タガログ語", {"pattern": "言語"}, "［言語］"),
    ("NATIONALITY", "留学生として来日", {"pattern": "来日"}, "来日"),
    ("NATIONALITY", "ペルー人", {"pattern": "国民"}, "外国人"),
    ("DATE", "昨年の台風の翌日", {"precision": "relative"}, "［時期］"),
    ("PLACE", "円\n松ケ丘町三丁目", {"kind": "chome"}, "松ケ丘町"),  # a cell read across a break: its own line
])
def test_coarser_values_of_each_kind(label, text, attrs, coarser):
    assert generalized_text(_f(label, text, **attrs)) == coarser
