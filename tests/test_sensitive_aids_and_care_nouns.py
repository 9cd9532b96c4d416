"""SENSITIVE facts written in ways the sentence reading used to miss
(made-up sentences): a walking aid in use (補装具, 福祉用具), one person's
treatment or care as a noun after whose it is (御自身の通院, 母の介護), violence
named by who does it (父親からの暴力), fleeing it with 逃げ/避け, a grade of
gravity in brackets before the predicate (やけど（軽症）を負い), a pregnancy's
months, an offence with its bracket before 逮捕, a field after a numbered
item's mark, and a note in a case list's row. Beside each, the same words
in a programme, a statistic or a rule, which stay out."""
import pytest

from conftest import found, texts
from redactor.recognizers.sensitive import SensitiveRecognizer as R
from redactor.recognizers._sensitive_rows import in_person_row


@pytest.mark.parametrize("text, term, kind", [
    ("申請者は買い物の際に杖を使っており、坂道では休み休み歩く。", "杖", "disability"),
    ("依頼者の父は歩行器を使用している。", "歩行器", "disability"),
    ("相談者の母はシルバーカーを使い、近所の店まで歩いている。", "シルバーカー", "disability"),
    ("理事の一人は、御自身の通院のため今期で退任される。", "御自身の通院", "health"),
    ("申出人は、奥様の入院が長引いていると話した。", "奥様の入院", "health"),
    ("当該職員は母の介護のため時短勤務を申請した。", "母の介護", "care"),
    ("相談者は交際相手からの暴力を避けるため、友人宅に身を寄せている。", "交際相手からの暴力", "victim"),
    ("同女は元夫の暴力から逃げて、市外から転入した。", "暴力", "victim"),
    ("同人は転倒して左の手首に打撲（軽度）を負い、整形外科を受診した。", "打撲", "injury"),
    ("申請者は現在妊娠３２週で、来月出産予定である。", "妊娠", "health"),
    ("同人は腰部の椎間板ヘルニア術後で、重い物は持てない。", "椎間板ヘルニア", "health"),
])
def test_one_persons_fact_in_these_forms(text, term, kind):
    hits = found(R, text)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term) for _, a in hits), hits


@pytest.mark.parametrize("text", [
    "家族の介護負担を軽減するため、短期入所の定員を増やす。",  # a burden a programme eases
    "子どもの入院費の助成制度について説明します。",
    "家族の介護や家事を担う子どもへの支援を検討する。",  # young carers as a group
    "配偶者からの暴力の防止及び被害者の保護等に関する法律に基づき、相談窓口を置く。",
    "父親からの暴力を受けた児童の数は増加している。",  # a statistic
    "市内の杖の貸出件数は前年度より増えた。",
    "歩行器などの福祉用具の貸与事業を行っている。",
    "車いす使用者用の駐車区画を３台分整備する。",
    "妊娠５か月以降の方には、母子健康手帳の別冊を配布する。",  # a threshold
    "手術後の感染予防についての研修を実施した。",
])
def test_the_same_words_in_a_programme_a_count_or_a_rule(text):
    assert found(R, text) == []


def test_a_grade_of_gravity_in_brackets_leaves_the_predicate_to_the_term():
    hits = texts(R, "搬送された男性は顔と両手にやけど（中等症）を負い、入院した。")
    assert any("やけど（中等症）を負い" in h for h in hits), hits


def test_an_offence_with_its_bracket_is_part_of_the_arrest():
    hits = texts(R, "同乗していた男性は道路交通法違反（無免許運転）で逮捕された。")
    assert any(h.startswith("道路交通法違反（無免許運転）") for h in hits), hits
    hits = texts(R, "同人は住居侵入（未遂）の容疑で書類送検された。")
    assert any(h.startswith("住居侵入（未遂）の容疑") for h in hits), hits
    # an institution's bracket is not the offence: the fact starts after it
    assert not any(h.startswith("北浜") for h in texts(R, "北浜市民病院（仮称）で入院中の相談者から連絡があった。"))


@pytest.mark.parametrize("text", [
    "３．けがの状況　左の鎖骨を骨折（全治約１か月）",
    "（２）受傷の状況　右足首の捻挫",
])
def test_a_field_after_a_numbered_items_mark(text):
    assert found(R, text) != []


def test_a_note_in_a_case_lists_row_is_about_the_rows_person():
    table = ("│No.│年齢│性別│経過│\n├──┼──┼──┼──┤\n"
             "│1│58│男│元大工。椎間板ヘルニア術後、重労働不可。│\n")
    assert any("椎間板ヘルニア術後" in t for t in texts(R, table))
    tab = "番号\t性別\t状況\n1\t女\t元看護師。歩行器を使用、見守りが必要。\n"
    assert any("歩行器" in t for t in texts(R, tab))


def test_which_rows_are_a_persons():
    ruled = "│地区│性別│備考│\n├─┼─┼─┤\n│北町│女│通院中│\n"
    assert in_person_row(ruled, ruled.index("通院中"))
    assert not in_person_row(ruled, 2)  # the heading row is no one's
    counts = "│地区│件数│備考│\n│北町│3│なし│\n"
    assert not in_person_row(counts, counts.index("なし"))
    prose = "相談者は通院中である。\n"
    assert not in_person_row(prose, 3)


def test_an_injury_with_its_triage_grade_needs_no_verb():
    hits = texts(R, "救急隊員　到着時＝負傷者（両膝・左手に熱傷（中等症）、県立病院に搬送）")
    assert any("熱傷（中等症）" in h for h in hits), hits
    assert texts(R, "やけど（軽症）の予防について周知する。") == []  # prevention: policy text


def test_a_term_in_a_tables_heading_row_names_a_column():
    from redactor.recognizers._sensitive_rows import in_heading_row
    table = "番号\t氏名\t連帯保証人\t滞納月数\t滞納額\n1\t北浜一郎\t北浜花子\t12\t360,000\n"
    assert found(R, table) == []
    assert in_heading_row(table, table.index("滞納額"))
    assert not in_heading_row(table, table.index("360"))
    # a row of words with no row of values under it is no heading row: read as before
    row = "相談者\t生活保護\t受給中\n"
    assert not in_heading_row(row, 0)
    assert found(R, row) != []


@pytest.mark.parametrize("table", [
    "│氏名│地区│被害内容│\n├─┼─┼─┤\n│北浜一郎│東町│床上浸水│\n│北浜花子│西町│屋根瓦の破損│\n",
    "番号　　氏名　　　被害内容\n１　　北浜一郎　　塀の一部損壊\n",
])
def test_a_disasters_damage_to_a_house_is_no_crime_suffered(table):
    assert found(R, table) == []


@pytest.mark.parametrize("text", [
    "番号　　氏名　　　被害内容\n１　　北浜一郎　　暴行を受け負傷\n",
    "被害内容：自宅に空き巣に入られ、窓ガラスを破損",  # a crime, whatever else broke
])
def test_a_crime_in_a_damage_field_stays_a_victims_fact(text):
    assert [a["kind"] for _, a in found(R, text)] == ["victim"]
