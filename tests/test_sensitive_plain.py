"""SENSITIVE facts as case records state them plainly (made-up sentences):
a treatment with how often, a sentence ending on the noun (体言止め), a
stay in a home, a loss of a finger, a fraud or a stalker suffered, debts,
a death, a residence status, a name Sudachi reads as the person; and the
same words about many people, a programme or a budget, which stay out."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, term, kind", [
    ("相談者は隣町の病院で血液透析を週に３回受けている。", "血液透析", "health"),
    ("申出人の夫は昨年から在宅酸素療法を続けている。", "在宅酸素療法", "health"),
    ("生徒は現在も通院中で、適応指導教室に通っている。", "通院中", "health"),
    ("所有者は長期入院中で連絡が取れない。", "長期入院", "health"),
    ("同人の長男は心臓の病気で入退院を繰り返している。", "病気", "health"),
    ("認知症の本人に代わり、長女が手続をした。", "認知症", "health"),
    ("申出人の母は昨年から老人ホームに入所中。", "老人ホーム", "care"),
    ("当該世帯は本年２月から生活保護受給。", "生活保護", "welfare"),  # ends on the noun
    ("世帯主は避難所で転倒し右の大腿骨を骨折。", "骨折", "injury"),
    ("相談者の夫は作業中の事故で左手の指を失い、休業している。", "指を失い", "injury"),
    ("なお、桐山には窃盗の前科があるとの情報あり。", "前科", "criminal"),  # a surname is a person word
    ("相談者は７０代の女性で、投資詐欺の被害に遭った。", "詐欺の被害", "victim"),
    ("依頼者の女児は下校中に見知らぬ男につきまとわれた。", "つきまとわれ", "victim"),
    ("相談者は消費者金融からの借金が膨らみ、生活が苦しい。", "消費者金融", "family"),
    ("申出人は在留期限切れのまま市内で暮らしている。", "在留期限切れ", "criminal"),
    ("相談者は自宅で倒れているのを発見され、搬送された。", "倒れているのを発見", "death"),
    ("同氏は長年アルコールの問題を抱えている。", "アルコールの問題", "health"),
    ("当該世帯の長女は入学してから一度も登校していない。", "登校していない", "school"),
    ("同氏は元暴力団員で、現在は更生している。", "元暴力団員", "criminal"),
])
def test_plain_statements_about_one_person(text, term, kind):
    hits = found(R, text)
    # (the finding may be told by an earlier term of the same clause: 消費者金融に…借入れがあり)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term or term in t) for t, a in hits), hits


@pytest.mark.parametrize("text", [
    "市内の透析患者は約３００人で、送迎支援を検討している。",  # a statistic
    "特殊詐欺の被害に遭わないよう、注意を呼びかけている。",  # an appeal
    "市税の滞納額は前年度より減少した。",
    "生活保護受給世帯数は１，２００世帯。",
    "入院中の患者への面会制限を緩和する。",
    "債務負担行為の補正について説明します。",  # a budget term
    "老人ホームの整備計画を策定する。",
    "暴力団員による不当要求の防止に関する条例を改正する。",
    "登校していない児童生徒の数は増加している。",
])
def test_the_same_words_about_many_people_or_a_programme(text):
    assert found(R, text) == []


def test_a_line_ending_on_the_noun_is_a_heading_not_a_statement():
    assert found(R, "３　生活保護⏎　本市の受給者は増加傾向にある。".replace("⏎", "\n")) == []


def test_the_speakers_name_is_not_the_person_a_question_is_about():
    # ○委員（坂口）: the name in the speaker mark asks; the question is about a programme
    assert found(R, "○委員（坂口）　関連して、生活保護の申請から決定までの日数は。") == []
    assert found(R, "○委員（坂口）　桐山には窃盗の前科があると聞いた。") != []


@pytest.mark.parametrize("text, term, kind", [
    ("相談者の母は難聴で、補聴器を使用している。", "難聴", "disability"),
    ("相談者の夫はペースメーカーを装着している。", "ペースメーカー", "health"),
    ("相談者の父は脳卒中で倒れ、入院した。", "脳卒中", "health"),
    ("申出人は喘息の持病があり、定期的に通院している。", "喘息", "health"),
    ("相手方は過去に窃盗で服役していた。", "服役", "criminal"),
    ("申出人の長男は傷害容疑で逮捕された。", "容疑で逮捕", "criminal"),
    ("相談者は消費者金融に５０万円の借入れがあり、返済できない状態である。", "借入れがあ", "family"),
    ("申出人の夫は先月亡くなりました。", "亡くなり", "death"),
    ("当該生徒は２学期から学校を休みがちで、教育支援センターに通っている。", "休みがち", "school"),
    ("当該児童の足にはあざが複数あった。", "あざ", "injury"),  # a count between the mark and あった
    ("相談者は生活費に困り、フードバンクを利用している。", "フードバンク", "welfare"),
    ("本人は健診の結果で要経過観察とされた。", "健診の結果", "checkup"),
])
def test_facts_without_the_first_keywords(text, term, kind):
    hits = found(R, text)
    # (the finding may be told by an earlier term of the same clause: 消費者金融に…借入れがあり)
    assert any(a["kind"] == kind and (term in a["term"] or a["term"] in term or term in t) for t, a in hits), hits


@pytest.mark.parametrize("text", [
    "高齢者の難聴対策として補聴器の購入費を助成する。",
    "喘息の児童への配慮について学校に周知した。",
    "ペースメーカーを装着している方は、携帯電話の使用に注意してください。",
    "手術を受けた場合の医療費は高額療養費の対象となる。",
    "借金の返済に困っている方への相談会を開催する。",
    "学校を休みがちな児童への支援を行う。",
    "亡くなった方の手続きをご案内する窓口を設置した。",
    "教育支援センターの運営について説明した。",
    "フードバンクの活動を支援する。",
    "全治２週間の事故が１２件あった。",
    "令和６年度、市内の特殊詐欺の被害は２３件であった。",
    "生活保護受給世帯は３２０世帯で、前年度より減少した。",
    "市内の要介護認定者は３，４００人である。",
    "障害者福祉の充実を図る。",
])
def test_the_new_words_in_programmes_and_statistics_stay_out(text):
    assert found(R, text) == []
