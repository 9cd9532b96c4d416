"""SENSITIVE facts told without the first keywords (made-up sentences): a
loss of function told by the daily activity the person can no longer do or
needs help with (the items of the 要介護認定 認定調査), a death told by its
manner (自殺した, 病死した), a child not going to school said with the plain
verb, a hospital stay decided, a stay in an institution said with 入る, an
admission under the mental health act, withdrawal (閉じこもっている), a
separation told as living apart from the spouse, a field's value written as
an act (備考：足が不自由で…); and the same words about a venue, a group or
a programme, which stay out."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, term, kind", [
    ("申出人の母は昨年の秋から歩けなくなった。", "歩けなくな", "disability"),
    ("本人は物忘れが進み、火の始末ができなくなった。", "火の始末ができなくな", "disability"),
    ("相談者の父は寝返りが打てない状態である。", "寝返りが打てな", "disability"),
    ("同居の祖母は入浴が一人でできない。", "入浴が一人でできな", "disability"),
    ("本人は排せつに一部介助が必要である。", "排せつに一部介助", "care"),
    ("相談者の夫は食事に介助を要する。", "食事に介助を要", "care"),
    ("依頼者の兄は昨年自殺した。", "自殺し", "death"),
    ("申出人の夫は令和４年５月に病死した。", "病死し", "death"),
    ("相談者の父は先月他界した。", "他界し", "death"),
    ("当該世帯の次男は昨年秋から学校に行っていない。", "学校に行っていな", "school"),
    ("相談者は来週から入院することになった。", "入院することにな", "health"),
    # a stay in an institution said with 入る, an admission under the mental health act, withdrawal
    ("申出人の祖母は昨年から特別養護老人ホームに入っている。", "老人ホーム", "care"),
    ("依頼者の夫は現在刑務所に入っている。", "刑務所", "criminal"),
    ("本人は北浜病院に措置入院となった。", "措置入院", "health"),
    ("相談者の次男は２年前から自室に閉じこもっている。", "閉じこもっ", "family"),
    # a separation told as living apart from the spouse
    ("相談者は昨年の秋から夫と離れて暮らしている。", "夫と離れて暮ら", "family"),
    ("申出人は妻とは別々に生活している。", "妻とは別々に生活", "family"),
    # a sense lost, with how much (ほとんど, 全く) between the part and the verb
    ("相談者の母は目がほとんど見えない。", "目がほとんど見えな", "disability"),
    # orders of protection (配偶者暴力防止法 第10条, ストーカー規制法 第5条) and the 支援措置
    ("依頼者には元夫に対する接近禁止命令が出ている。", "接近禁止命令", "victim"),
    ("申出人は住民票の閲覧制限をかけている。", "閲覧制限", "victim"),
    # devices and 医療的ケア, an organ and what is wrong with it
    ("依頼者の父は植込み型除細動器を入れている。", "植込み型除細動器", "health"),
    ("申出人の母は尿道カテーテルを留置している。", "カテーテル", "health"),
    ("相談者の夫は以前から心臓が悪い。", "心臓が悪い", "health"),
])
def test_a_condition_told_by_what_the_person_can_no_longer_do(text, term, kind):
    hits = found(R, text)
    # (a clause joined to an earlier term of its statement, 物忘れが進み、火の始末が…, keeps the
    # term's kind among ``also``)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term)
               or kind in a.get("also", ()) and term in t for t, a in hits), hits


@pytest.mark.parametrize("text", [
    "会場では食事ができない。",  # a venue, no person
    "本市では職員の移動が困難な状況である。",  # 移動 is no daily-living item here
    "入浴が困難な方には訪問入浴サービスを利用できます。",  # whom a service is for
    "歩けなくなった高齢者への移動支援を検討する。",
    "自殺した人の数は前年より減少した。",  # a statistic
    "自殺しないための相談窓口を設置した。",
    "事故死の件数は減少している。",
    "学校に行っていない児童への支援を行う。",
    "システムの移行が困難であると説明した。",
    "医療保護入院の件数は前年より増加した。",
    "市内の特別養護老人ホームに入っている方の数は増加している。",
    "会議室に入っていた職員が対応した。",  # a room, no institution
    "雨の日は家に閉じこもっていた。",  # no one named
    "高齢者が自宅に閉じこもらないよう、通いの場を設ける。",
    "単身赴任の方は家族と離れて暮らしているため、手続に注意が必要です。",
    "相談者は進学した息子と離れて暮らしている。",  # a child away, not the spouse
    "夫と離れて暮らす世帯への支援を検討する。",
    "暗くて相手の顔がほとんど見えなかった。",  # a face not seen, no sense lost
    "接近禁止命令の件数は増加している。",
    "駐車禁止命令が出ている。",  # no one named
    "住民票の閲覧制限の手続について説明した。",
    "避難所に酸素ボンベを備蓄する。",
    "本市の財政状況が悪化した。",
    "相談者の夫は口が悪い。",  # rude, not ill
])
def test_the_same_words_about_a_venue_a_group_or_a_programme(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("備考：足が不自由で外出が困難", "足が不自由で外出が困難"),
    ("特記事項　入浴に介助が必要", "入浴に介助が必要"),
])
def test_a_field_value_written_as_an_act(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", [
    "備考：椅子を叩いた",  # 子 ends another word
    "相談内容：手を打つべき案件",  # an idiom
    "備考：会場で手を挙げた方に配布",
])
def test_a_field_value_with_no_act_of_a_person(text):
    assert found(R, text) == []
