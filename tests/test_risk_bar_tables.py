"""A table written with bars (| 字北原 | 82歳 |, as text exports and Markdown
write it) is read row by row like one laid out with tabs: each row of a list
of recipients is a person of its own, and a table that counts people is a
statistic. All places, ages and amounts are made up."""
from redactor.pipeline import Redactor

RECIPIENTS = ("| 地区 | 年齢 | 世帯 | 助成額 |\n"
              "| 字北原 | 82歳 | ひとり暮らし | 180,000円 |\n"
              "| 字南原 | 76歳 | 高齢夫婦 | 200,000円 |\n")
TALLY = ("| 地区 | 年代 | 世帯 | 件数 |\n|---|---|---|---|\n"
         "| 字北原 | 80代 | ひとり暮らし | 12 |\n| 字南原 | 70代 | 夫婦のみ | 8 |\n")


def test_each_row_of_a_bar_table_of_recipients_is_a_person():
    highs = [s for s in Redactor().check(RECIPIENTS).risk if s.level == "high"]
    assert len(highs) == 2 and all(s.row for s in highs)
    assert {f.text for f in highs[0].findings} & {"字北原", "82歳"}
    assert not {f.text for f in highs[0].findings} & {"字南原", "76歳"}


def test_a_bar_table_that_counts_people_is_a_statistic():
    assert not [s for s in Redactor().check(TALLY).risk if s.level == "high"]


def test_a_bar_in_a_sentence_is_no_table():
    # near miss: one line, two bars, no cells of a table: the sentence is read as a sentence
    text = "相談者は字北原に住む82歳の方です｜ひとり暮らし｜\n"
    assert not [s for s in Redactor().check(text).risk if s.row]


def test_a_list_of_the_members_of_a_public_body_is_no_list_of_recipients():
    text = ("審議会委員名簿\n区分　氏名　所属等\n学識経験者　山田　花子　北原大学教授\n"
            "公募委員　川口　一郎　字南原　会社員\n")
    assert not [s for s in Redactor().check(text).risk if s.level == "high"]
    # near miss: the same row under a list of recipients
    paid = "見舞金支給一覧\n区分　氏名　地区　職業\n支給　川口　一郎　字南原　会社員\n"
    assert [s for s in Redactor().check(paid).risk if s.level == "high"]
