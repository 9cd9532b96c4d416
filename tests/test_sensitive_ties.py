"""SENSITIVE: a term is a person's fact only when the clause ties it to one
(issue 11). Untied forms name a class of no one and stay out: a breakdown
table's row that counts the holders of a grade, a question put about a class,
the list of papers a file encloses. Tied forms a record writes without a
predicate are found: a note after a person's name and a colon, a condition in
the bracket of the paper that states it. Made-up sentences, positive and
negative side by side."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def values(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "区分　人数\n要介護２　　８名\n要介護４　　３名\n",
    "区分別の利用者\n要支援１・２　　１７名\n",
    "手帳の等級\n身体障害者手帳１級　　４人\n療育手帳Ａ　　２人\n",
    "障害支援区分５：６名\n",
])
def test_a_breakdown_row_counts_the_holders_of_a_grade_and_names_no_one(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("氏名\t年齢\t介護度\n山野　花江\t82\t要介護3\n", "要介護3"),
    ("本人は要介護２の認定を受けている。", "要介護２の認定を受けている"),
])
def test_one_persons_grade_is_still_found(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Ｑ．生活保護を受けている方も申し込めますか。",
    "問　人工透析を受けている人はどうなるでしょうか。",
    "障害者手帳を持っている方も利用できませんか。",
])
def test_a_question_put_about_a_class_is_no_ones_fact(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "相談者の長男は生活保護を受けている方ですか。",
    "本人は人工透析を受けていますか。",
])
def test_a_question_about_one_person_still_ties_the_fact(text):
    assert values(text) != []


@pytest.mark.parametrize("text", [
    "添付資料　診断書、本人の同意書、親族関係図\n",
    "添付　診断書、本人情報シート、財産目録\n",
    "３　同封物：主治医意見書の写し、委任状\n",
])
def test_the_list_of_enclosed_papers_names_no_ones_fact(text):
    assert values(text) == []


def test_a_paper_that_went_astray_is_still_its_persons_record():
    assert values("本人の診断書が誤って別の方に送付された。") != []


@pytest.mark.parametrize("text, value", [
    ("申立人の診断書（うつ病）を添付した。", "うつ病"),
    ("世帯主の意見書（慢性腎不全）を受領した。", "慢性腎不全"),
    ("土井氏の受給者証（パーキンソン病、重症度Ⅲ）を確認した。", "パーキンソン病、重症度Ⅲ"),
])
def test_a_condition_in_the_bracket_of_its_paper_is_what_the_paper_states(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "診断書（様式第３号）を提出すること。",
    "申立人の診断書（原本）を受領した。",
])
def test_a_papers_bracket_without_a_condition_states_nothing(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("人事異動メモ\n・主査　木下　亮：病気休職から復帰\n", "病気休職から復帰"),
    ("ケース会議メモ\n・利用者　新井　千尋：住宅扶助の変更手続中\n", "住宅扶助の変更手続中"),
])
def test_a_note_after_a_persons_name_and_colon_is_that_persons_fact(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "山田委員：不登校の児童への対策はどうか。\n",
    "木下：生活保護の制度について説明した。\n",
])
def test_a_speakers_turn_after_a_name_is_read_as_prose(text):
    assert values(text) == []


def test_the_name_before_the_colon_is_no_part_of_the_fact():
    got = values("人事異動メモ\n・技師　大野　仁：病気休暇中、通院配慮あり\n")
    assert got and all(not v.startswith(("仁", "：", ":")) for v in got)


@pytest.mark.parametrize("text, value", [
    # 施行令第2条第3号: the guidance and the advice a result brings, tied to the person
    ("本人には精密検査の受診を勧奨した。", "精密検査の受診を勧奨した"),
    ("同人は産業医との面談を受けている。", "産業医との面談を受けている"),
    # 母子保健法第13条: the pregnant woman's checkups tell the pregnancy
    ("相談者は妊婦健診を一度も受けていない。", "妊婦健診を一度も受けていない"),
])
def test_guidance_on_a_checkup_and_a_pregnancy_checkup_are_the_persons_facts(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "本市の妊婦健診の受診率は９割を超えている。",
    "特定保健指導の実施率の向上に努める。",
    "長時間労働の職員には産業医面談を実施する体制を整えた。",
    "妊婦健診の費用は１４回分を助成します。",
    "特定健診の結果に基づき、受診勧奨の通知を送付しています。",
])
def test_the_same_words_in_a_programme_or_a_rate_stay_out(text):
    assert values(text) == []


def test_a_hedge_before_the_fact_keeps_the_subject_of_the_sentence_before():
    text = ("○３番（田村議員）　先月、火事で焼け出された高齢の男性がおられます。個人のことですので詳しくは"
            "申し上げませんが、現在も入院中で、退院後は介護が必要になるかもしれないと聞いております。")
    assert any(v.startswith("現在も入院中") for v in values(text))


@pytest.mark.parametrize("text", [
    "山田さんから相談がありました。市では、入院中の方への支援として見舞金制度を設けています。",
    "田中さんから電話があった。同社は、従業員の病気休職の制度を見直すとのことである。",
])
def test_a_sentence_with_a_topic_of_its_own_borrows_no_one(text):
    assert values(text) == []


@pytest.mark.parametrize("text, found_any", [
    ("認知症の高齢者に関する相談の約８割は家族から寄せられている。", False),
    ("生活保護の申請のうち６割を占めるのは高齢者世帯である。", False),
    # (one person's share of a bill is no share of people)
    ("本人は医療費の3割を負担しており、糖尿病で通院している。", True),
])
def test_a_share_in_wari_of_a_whole_is_a_statistic(text, found_any):
    assert bool(values(text)) is found_any


@pytest.mark.parametrize("text, value", [
    ("○福祉課長　お尋ねの事故でけがをされた方でございますが、詳細は控えますが、現在も入院中で、"
     "退院後は介護が必要になる見込みと伺っております。", "現在も入院中で"),
    ("○福祉課長　御質問の娘さんですが、詳細は差し控えますが、以前から持病で通院されていると聞いております。",
     "以前から持病で通院されている"),
])
def test_a_theme_set_out_with_desu_ga_is_whom_the_answer_is_about(text, value):
    assert any(v.startswith(value) for v in values(text))


def test_a_rules_class_as_the_theme_names_no_one():
    assert values("○福祉課長　対象となる方ですが、詳細は控えますが、入院中の方への見舞金の制度がございます。") == []


def test_a_persons_own_share_of_a_fee_is_no_statistic():
    from redactor import Redactor
    text = "山田さんは要介護２で、サービス利用料の１割は本人が負担している。"
    found = [f.text for f in Redactor().check(text).findings if f.label == "SENSITIVE"]
    assert any("要介護２" in t for t in found), found
