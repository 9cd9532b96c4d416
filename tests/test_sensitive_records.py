"""SENSITIVE facts written as data or in plain words (made-up examples):
the contents of an incident or a disclosure request, a grade alone in a
table cell, a form's ticked option, a space-aligned table, guardianship,
behaviour at a counter, violence and money withheld in a household, health
said without naming an illness, a staff member's leave; and, for each, the
same words in a rule, a programme or a scale, which stay out."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def _kinds(text):
    return {(t, a["kind"]) for t, a in found(R, text)}


@pytest.mark.parametrize("text, value, kind", [
    # 成年後見制度: a petition, a decision, an appointed guardian
    ("長女が家庭裁判所に成年後見の申立てを行った。", "成年後見の申立て", "guardianship"),
    ("相談者の母について保佐開始の審判を申し立てる予定である。", "保佐開始の審判", "guardianship"),
    ("本人には成年後見人が選任されている。", "成年後見人が選任", "guardianship"),
    # behaviour recorded about one person
    ("来庁者が酒に酔った状態で大声を上げ、職員を脅した。", "酒に酔った状態", "conduct"),
    ("男性は窓口で職員に暴言を吐き、机を叩いた。", "暴言を吐き", "conduct"),
    # violence and money in a household, in ordinary words
    ("夫は妻に生活費を渡さず、大声で怒鳴ることがあった。", "生活費を渡さず", "victim"),
    ("息子が母親の預金を勝手に引き出していた。", "預金を勝手に引き出していた", "victim"),
    # health said without naming an illness; a staff member's leave
    ("相談者は昨年末に体調を崩され、現在も自宅で療養している。", "体調を崩され", "health"),
    ("夫は受診を控えていたため症状が悪化した。", "受診を控えていたため症状が悪化した", "health"),
    ("担当の係長が心の病で長期休職している。", "心の病で長期休職している", "health"),
    # arrears in the passive, about one person (同氏)
    ("同氏の固定資産税が８年分滞納されている。", "滞納されている", "arrears"),
    # a grade followed by の方 is one person's when the sentence says so
    ("・番号３の世帯は精神障害者保健福祉手帳2級の方がおり、配慮を要する。", "精神障害者保健福祉手帳2級の方がおり", "disability"),
])
def test_facts_in_plain_words(text, value, kind):
    assert any(value in t and k == kind for t, k in _kinds(text)), _kinds(text)


@pytest.mark.parametrize("text", [
    "成年後見制度の利用促進計画を策定する。",
    "市長申立てによる成年後見の件数は年間１２件である。",
    "窓口での暴言や暴力への対応マニュアルを策定した。",
    "生活費を渡さないことも経済的暴力に当たることを周知する。",
    "季節の変わり目は体調を崩しやすいので注意してください。",
    "治療のための休暇制度を整備する。",
    "職員の休職者数は前年度より増加している。",
    "滞納家賃の回収率は８５％である。",
])
def test_the_same_words_in_a_rule_or_a_programme(text):
    assert found(R, text) == []


def test_the_items_of_a_leak_are_the_finding_not_the_name_and_address():
    text = "山野 一郎さんほか15名の氏名、住所、病名及び障害等級が記載された名簿を紛失した。"
    assert ("病名及び障害等級", "health") in _kinds(text)
    text = "誤送付した書類には、要介護度や認知症の診断内容が含まれていた。"
    assert any(t == "要介護度や認知症の診断内容" for t, _ in _kinds(text))


def test_a_condition_named_as_a_record_shown_to_someone_else():
    text = "確認画面に他人の氏名と子どもの発達障害についての記載が表示された。"
    assert any(t == "子どもの発達障害についての記載" for t, _ in _kinds(text))


@pytest.mark.parametrize("text", [
    "病名、障害等級などの個人情報は厳重に管理する。",  # a rule about such data
    "避難行動要支援者名簿には、氏名、住所、要介護度、障害の種類が記載される。",  # what a register holds
    "申請の際は、申請書に医師の診断書を添付してください。",  # what a procedure asks for
    "診療録の保存期間は５年である。",
])
def test_data_items_in_a_rule_are_no_ones(text):
    assert found(R, text) == []


def test_a_record_asked_for_about_oneself_with_what_it_covers():
    text = "請求人は、自身の令和５年の入院時の診療録の写しの交付を求めた。"
    assert ("令和５年の入院時の診療録", "health") in _kinds(text)


@pytest.mark.parametrize("text, value, kind", [
    ("氏名\t年齢\t要介護度\t備考\n山野 花江\t82\t要介護3\t独居\n", "要介護3", "care"),
    ("氏名\t障害\t備考\n川辺 次郎\t身体2級\t人工透析\n", "身体2級", "disability"),
    ("番号\t名前\t年齢\t必要な配慮\n1\t山野 花江\t82\t透析（週3回）\n", "透析（週3回）", "health"),
    ("氏名　　年齢　　状況\n山野 花江　　82　　認知症あり\n", "認知症あり", "health"),
    # (ひとり親 alone is a household's form, FAMILY; the cell holds DV too)
    ("No.\t氏名\t備考\n1\t山野 花江\tひとり親・DV避難\n", "ひとり親・DV避難", "victim"),
])
def test_a_condition_in_a_table_cell(text, value, kind):
    assert any(t == value for t, _ in _kinds(text)), _kinds(text)


@pytest.mark.parametrize("text", [
    "要介護３以上の方が対象です。",  # a threshold
    "区分　要介護1　要介護2　要介護3",  # the scale
    "要介護3の方は施設に入所できます。",  # whom a rule is for
    "事業名\t対象\t予算額\n配食サービス\t要介護者\t1,200千円\n",  # a table of programmes, no 氏名
])
def test_a_grade_of_no_one(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("申請理由　☑生活保護受給　□児童扶養手当受給　□市民税非課税", "生活保護受給"),
    ("申請理由　■児童扶養手当　□その他", "児童扶養手当"),
    ("該当するものに〇をつけてください　〇生活保護受給　　児童扶養手当受給", "生活保護受給"),
])
def test_a_ticked_option_is_the_applicants(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", [
    "□生活保護受給　□児童扶養手当受給　□市民税非課税",  # nothing ticked
    "■生活保護制度の概要",  # a bullet
    "● 障害者手帳の交付",
])
def test_an_unticked_form_or_a_bullet(text):
    assert found(R, text) == []


def test_a_quoted_threat_goes_with_the_verb_that_says_how_it_was_said():
    text = "相談者は窓口で「殺すぞ」と怒鳴り、警察が呼ばれた。"
    assert any(t.startswith("「殺すぞ」と怒鳴り") for t, _ in _kinds(text)), _kinds(text)
    # the same words as a kind of conduct a rule names
    assert found(R, "「殺すぞ」と怒鳴るなどの行為には毅然と対応する。") == []


@pytest.mark.parametrize("text, value", [
    ("同氏は窓口で執拗な苦情を繰り返し、職員に詰め寄った。", "執拗な苦情"),
    ("担当の主査は病気休暇を取得している。", "病気休暇を取得している"),
    ("本人は週３回の透析が必要である。", "透析が必要"),
])
def test_more_plain_words(text, value):
    assert any(value in t for t, _ in _kinds(text)), _kinds(text)


def test_a_table_written_with_single_spaces_or_rules():
    text = "番号　氏名　年齢　要介護度　備考\n１　山野 花江　８２　要介護３　認知症・独居\n"
    hits = [t for t, _ in found(R, text)]
    assert any("認知症・独居" in t for t in hits) and "備考" not in hits  # (the heading row is no value)
    assert [t for t, _ in found(R, "|氏名|年齢|状況|\n|山野 花江|82|透析通院|\n")] == ["透析通院"]
    # a roster with single spaces and no heading of a fact is no table of facts
    assert found(R, "出席者 氏名 役職 所属\n山野 花江 委員 障害者団体\n") == []


def test_a_general_heading_labels_a_forms_field():
    assert [t for t, _ in found(R, "身体状況：人工透析（週３回）")] == ["人工透析（週３回）"]
    assert found(R, "身体状況：特になし") == []


def test_items_listed_one_to_a_line_under_what_happened():
    text = "漏えいした情報\n・氏名\n・住所\n・障害等級\n・病名\n"
    assert [t for t, _ in found(R, text)] == ["障害等級", "病名"]
    # the same list under a heading that is a rule about what to keep
    assert found(R, "名簿に記載する項目\n・氏名\n・障害等級\n・病名\n") == []


def test_a_grade_word_goes_with_the_item_before_it():
    text = "誤って送信したファイルには、受給者の氏名、障害の種類及び等級が含まれていた。"
    assert any(t == "障害の種類及び等級" for t, _ in found(R, text))


@pytest.mark.parametrize("text, value", [
    ("この方は人工透析に通われているとのことです。", "人工透析に通われている"),
    ("奥様は現在入院されている。", "入院されている"),
])
def test_honorific_forms_a_committee_uses_of_a_resident(text, value):
    assert any(value in t for t, _ in found(R, text)), found(R, text)


def test_honorific_forms_about_whom_a_rule_is_for():
    assert found(R, "入院された方への面会は予約制とする。") == []


@pytest.mark.parametrize("text", [
    # a procedure's file, not anyone's condition
    "当課職員が介護認定調査のデータを入れたＵＳＢメモリを紛失した。",
    # a consultation's record named by nothing but itself
    "相談記録のうち相手方の発言部分を不開示とした。",
])
def test_records_that_name_no_condition(text):
    assert found(R, text) == []


def test_the_date_an_office_acted_stays_outside_the_fact():
    text = "当該職員は令和６年４月から病気休暇を取得し、令和６年７月１日付けで休職となった。"
    hits = [t for t, _ in found(R, text)]
    assert "令和６年４月から病気休暇を取得し" in hits
    assert not any("７月１日" in t for t in hits)
    # a date the fact runs from is part of it
    assert any("令和６年６月１日から休職中" in t for t, _ in found(R, "同職員は、令和６年６月１日から休職中である。"))


def test_a_bracket_after_an_own_record_saying_which_care_is_part_of_it():
    text = "請求人は、本人の町立病院の診療録（心療内科）の開示を求めた。"
    assert ("町立病院の診療録（心療内科）", "health") in _kinds(text)
    # a bracket further on is no aside of the record
    text = "請求人は、本人の診療録の開示を求めた（令和６年５月）。"
    assert ("診療録", "health") in _kinds(text)


@pytest.mark.parametrize("text", [
    "入所者約１，３００名分の氏名、病名及びアレルギーの情報が流出した可能性がある。",
    "利用者４２人分の氏名と要介護度が記載された名簿を紛失した。",
    "職員が滞納整理の資料を持ち出していたことが判明した。",  # the collection work's papers
])
def test_the_kinds_of_data_of_many_people_state_no_ones_condition(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize("text", [
    "相談者の氏名と病名が記載された書類を誤って別人に送付した。",   # one person's papers
    "川端 花子さんほか２０名の氏名、病名が記載された名簿を紛失した。",  # one named among many: fail closed
])
def test_one_persons_items_stay_a_finding(text):
    assert _kinds(text) != set()


def test_a_fields_value_in_brackets_is_the_fact_not_the_label():
    from conftest import texts
    from redactor.recognizers.sensitive import SensitiveRecognizer
    hits = texts(SensitiveRecognizer, "意見書のうち診断名（脳梗塞後遺症、糖尿病）を記載した部分を不開示とした。")
    assert hits == ["脳梗塞後遺症、糖尿病"]
    assert texts(SensitiveRecognizer, "診断名（別紙のとおり）を参照すること。") == []  # names no condition


@pytest.mark.parametrize("text, value, kind", [
    # the types of abuse of 児童虐待防止法/高齢者虐待防止法 and a harm's summary, as a case record heads them
    ("対象児童　北浜　ゆい\n虐待の種類　身体的虐待、心理的虐待\n", "身体的虐待、心理的虐待", "victim"),
    ("相談者　北浜　和子\n被害概要　訪問販売で高額な布団を契約させられた\n", "訪問販売で高額な布団を契約させられた", "victim"),
    ("暴力の内容　殴る、生活費を渡さない\n", "殴る、生活費を渡さない", "victim"),
    # the kinds of assistance of 生活保護法第11条 a case record gives
    ("世帯主　北浜　一郎\n扶助の種類　生活扶助・医療扶助\n", "生活扶助・医療扶助", "welfare"),
])
def test_a_field_that_names_a_harm_or_an_assistance(text, value, kind):
    assert (value, kind) in _kinds(text)


@pytest.mark.parametrize("text", [
    "虐待の種類　□身体的　□性的　□心理的　□ネグレクト\n",  # a blank form's boxes
    "被害の概要　\n",                                          # an empty field
    "扶助の種類は、生活扶助、住宅扶助など８種類がある。\n",    # prose about the law
])
def test_the_same_labels_with_no_ones_value(text):
    assert found(R, text) == []


def test_a_pregnant_woman_judged_to_need_support_is_hers():
    # 児童福祉法第6条の3第5項 特定妊婦: a designation of one woman, not of a programme
    assert found(R, "保健師が相談者を特定妊婦と判断した。") != []
    assert found(R, "特定妊婦への支援体制を強化する。") == []


def test_not_attending_school_said_with_ておらず():
    assert found(R, "次女は５月から学校に行けておらず、自室で過ごしている。") != []
    assert found(R, "登校できておらず悩む子どもへの支援体制を整える。") == []
