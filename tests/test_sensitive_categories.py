"""SENSITIVE by the categories of 個人情報保護法第2条第3項 and 施行令第2条
(made-up sentences): 人種・社会的身分, 健康診断等の結果, 診療・調剤・指導,
刑事事件の手続, 少年の保護事件, 犯罪の被害, 病歴 by a disease's name,
心身の機能の障害, and a household's arrears (only with a word for one
person: arrears are as often a collection policy's target group). Each category fires about one
identified person and stays out of statistics, programmes and appeals."""
import pytest

from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, term, kind", [
    ("相談者の川端さんは被差別部落の出身であると話した。", "被差別部落", "origin"),
    ("申出人は婚外子として生まれたと述べた。", "婚外子", "origin"),
    ("当該児童は両親とも外国にルーツを持つ。", "ルーツを持つ", "origin"),
    ("相談者の菊池さんは健康診断で要精密検査とされた。", "要精密検査", "checkup"),
    ("申出人はがん検診で再検査となった。", "再検査となっ", "checkup"),  # 検診 is where, not a programme
    ("当該職員はストレスチェックで高ストレス者と判定された。", "高ストレス者", "checkup"),
    ("申出人は医師から薬を処方されている。", "処方され", "health"),
    ("相談者は保健師から保健指導を受けている。", "保健指導", "health"),
    ("申出人の妻はパーキンソン病を患っている。", "パーキンソン病", "health"),  # by the name's ending
    ("当該児童は学校健診で側弯症の疑いを指摘された。", "側弯症", "health"),
    ("申出人の息子は聴覚に障害がある。", "聴覚に障害", "disability"),
    ("藤井さんは警察の取り調べを受けた。", "取り調べを受け", "criminal"),
    ("当該少年は少年審判を受け、保護処分となった。", "少年審判", "criminal"),
    ("当該生徒は観護措置がとられた。", "観護措置", "criminal"),
    ("申出人はひったくりの被害を受けた。", "ひったくりの被害を受け", "victim"),
    ("相談者の母は還付金詐欺に遭った。", "還付金詐欺に遭っ", "victim"),
    ("柴田氏は市税を滞納している。", "滞納", "arrears"),
    ("相談者は給食費を払っていない。", "払っていな", "arrears"),
    ("当該児童は学校に通っていない。", "学校に通っていな", "school"),
])
def test_a_category_of_the_law_about_one_person(text, term, kind, found):
    hits = found(R, text)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term) for _, a in hits), hits


@pytest.mark.parametrize("text", [
    "人権啓発として部落差別の解消に取り組む。",
    "出自による差別の解消に取り組む。",
    "外国にルーツを持つ子どもへの日本語指導を推進する。",
    "がん検診の受診率向上に取り組む。",
    "要精密検査となった方への受診勧奨を行う。",
    "職員が庁舎の設備の検査結果を報告した。",  # a building's result, not a person's
    "保健指導の実施率は45%であった。",
    "リハビリ施設の整備を進める。",
    "公判中の事件についてはお答えできない。",
    "少年審判の傍聴は認められていない。",
    "特殊詐欺の被害に遭わないよう注意を呼びかけた。",
    "台風の被害を受けた農家への支援を行う。",  # a disaster is no crime
    "議員は臆病で慎重な対応を批判した。",  # ends in 病, names no illness
    "システム障害が発生し、職員が復旧作業を行った。",
    "職員を対象にカウンセリングを実施した。",  # a service offered, not received
    "利用者はリハビリを受けることができる。",  # what may be, not what is
    "職員が医療機関を受診しやすい環境を整える。",
    "傷害事件の被害者支援を充実する。",
    "検診で異常を指摘された場合の受診を勧めている。",
    "市税の滞納整理を強化する。",
    "家賃を滞納している入居者に対し、明渡しを求める。",  # whom a policy aims at, no one person
    "当該法人は法人市民税を滞納していた。",  # a company's arrears are no one's personal information
    "支払いが滞った場合の対応を定める。",
])
def test_the_same_categories_in_policy_statistics_or_appeals(text, found):
    assert found(R, text) == []
