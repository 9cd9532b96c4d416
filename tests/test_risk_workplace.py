"""A sensitive fact told of someone whose workplace is described
(市内の運送会社で…アルバイト) with one more trait of theirs is high: the
colleagues there know who it is. Made-up decisions; near misses: a job named
alone, no sensitive fact, no other trait."""
from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import judge
from redactor.risk_workplace import workplace_circle

CASE = ("第１　事案の概要\n"
        "１　審査請求人は、{who}であり、令和２年から生活保護を受給している。\n"
        "２　処分庁は、審査請求人が{work}をしていた収入を申告していなかったとして、保護費を減額した。\n")


def levels(text):
    return [s.level for s in Redactor().check(text).risk]


def qi(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.8, "T", action="KEEP", attributes=attrs)


def test_a_sensitive_fact_with_the_workplace_described_is_high():
    assert "high" in levels(CASE.format(who="男性", work="市内の製麺所で週４日アルバイト"))


def test_the_rule_reads_the_workplace_and_one_more_trait():
    work = qi("OCCUPATION", "市内の製麺所で週４日アルバイト", pattern="勤め先")
    assert workplace_circle([work, qi("GENDER", "男性")])
    assert judge([work, qi("GENDER", "男性")], 50000, None, sensitive="生活保護").k < 10
    # near miss: no sensitive fact -- the ordinary rules weigh it (some hundreds of men)
    assert judge([work, qi("GENDER", "男性")], 50000, None).k >= 10


def test_near_miss_a_job_named_alone_is_no_workplace():
    assert not workplace_circle([qi("OCCUPATION", "会社員", pattern="職業"), qi("GENDER", "男性")])


def test_near_miss_the_workplace_with_nothing_else_said_of_the_person():
    assert not workplace_circle([qi("OCCUPATION", "市内の製麺所で週４日アルバイト", pattern="勤め先")])
