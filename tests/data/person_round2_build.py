"""Build person_round2.jsonl: made-up municipal documents annotated for PERSON.

Every name, place and number here is invented. Spans are written inline as
``{text|A|category}`` (A: M = MASK, K = KEEP, R = REVIEW) and the offsets are
computed from the text, so the gold cannot drift from it.

    .venv/bin/python tests/data/person_round2_build.py
    .venv/bin/redactor eval tests/data/person_round2.jsonl --by-category
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_ACTIONS = {"M": "MASK", "K": "KEEP", "R": "REVIEW"}
_SPAN = re.compile(r"\{([^{}|]+)\|([MKR])\|([a-z_]+)\}")


def build(doc_id: str, kind: str, marked: str) -> dict:
    text, spans, pos = [], [], 0
    last = 0
    for m in _SPAN.finditer(marked):
        plain = marked[last:m.start()]
        text.append(plain)
        pos += len(plain)
        name = m.group(1)
        spans.append({"start": pos, "end": pos + len(name), "label": "PERSON",
                      "action": _ACTIONS[m.group(2)], "category": m.group(3)})
        text.append(name)
        pos += len(name)
        last = m.end()
    text.append(marked[last:])
    return {"id": doc_id, "kind": kind, "text": "".join(text), "spans": spans}


DOCS = [
("r2-committee", "minutes", """北多摩市議会総務常任委員会会議録

１　日時　令和６年９月１２日（木）午前１０時開会
２　場所　第２委員会室
３　出席委員（６名）
　委員長　{山ノ内　太郎|K|roster}　　副委員長　{鈴木　花子|K|roster}
　委員　{高梨　健一|K|roster}　　委員　{蓑輪　美千代|K|roster}
　委員　{林　俊介|K|roster}　　委員　{大曽根　聡|K|roster}
４　説明のため出席した者
　総務部長　{堀之内　誠|K|roster}　　総務課長　{栗林　陽子|K|roster}
　財政課長　{門　和彦|K|roster}　　情報政策課主査　{米倉　亮|K|roster}
５　職務のため出席した議会事務局職員
　議事係長　{小糸　幸恵|K|roster}

○委員長（{山ノ内　太郎|K|speaker}君）　ただいまから総務常任委員会を開会いたします。議案第４５号を議題といたします。当局の説明を求めます。{堀之内|K|chair_call}総務部長。
○総務部長（{堀之内　誠|K|speaker}君）　議案第４５号、北多摩市手数料条例の一部を改正する条例について御説明申し上げます。住民票の写し等の交付手数料をコンビニ交付に合わせて見直すものでございます。
○委員長（{山ノ内　太郎|K|speaker}君）　説明が終わりました。質疑はありませんか。{高梨|K|chair_call}委員。
○{高梨|K|speaker}委員　コンビニ交付の利用件数の推移について伺います。以前、{米倉|K|later_official}主査から、システム改修は年度内に終わると聞いておりましたが、その後いかがでしょうか。
○委員長（{山ノ内|K|speaker}君）　{栗林|K|chair_call}総務課長。
○総務課長（{栗林　陽子|K|speaker}君）　昨年度の交付件数は１万２千件余りで、前年度から約３割増えております。改修は予定どおり２月に終える見込みでございます。
○{蓑輪|K|speaker}委員　手数料を引き下げた場合の歳入への影響額はどの程度か。
○委員長（{山ノ内|K|speaker}君）　{門|K|chair_call}財政課長。
○財政課長（{門　和彦|K|speaker}君）　年間で約８０万円の減収と見込んでおります。
○委員長（{山ノ内|K|speaker}君）　{林|K|chair_call}委員。
○{林|K|speaker}委員　先ほど{蓑輪|K|later_official}委員が述べられた減収の件ですが、{高梨|K|later_official}さんの御質問にもあったように、窓口の混雑緩和の効果と比べてどう考えるのか。
○総務部長（{堀之内　誠|K|speaker}君）　窓口の待ち時間は平均で５分ほど短くなっており、効果は大きいと考えております。
○委員長（{山ノ内|K|speaker}君）　{大曽根|K|chair_call}委員。
○{大曽根|K|speaker}委員　ありません。
○委員長（{山ノ内|K|speaker}君）　ほかに質疑がなければ、これで質疑を終わります。
"""),
("r2-general-question", "minutes", """令和６年第３回北多摩市議会定例会会議録（第２号）

出席議員（２０名）
　１番　{七尾　恵|K|roster}　　２番　{宇田川　勉|K|roster}　　３番　{乙部　直樹|K|roster}
説明のため出席した者
　市長　{大河内　晃|K|roster}　　福祉部長　{冨永　健|K|roster}　　高齢福祉課長　{桑畑　里美|K|roster}

○議長（{佐久間　修|K|speaker}君）　日程第１、一般質問を行います。{七尾　恵|K|chair_call}議員。
○１番（{七尾　恵|K|speaker}君）　高齢者の見守りについて伺います。先月、北町二丁目で独り暮らしをされている{笠松|M|resident_honorific}さんのお宅を訪ねました。{笠松|M|resident_later}さんは８７歳で、昨年の冬に自宅で倒れ、新聞配達の{湯川　誠|M|resident_bare}が気付いて救急車を呼んだそうです。近所の{辺見　トミ|M|resident_honorific}さんも「{笠松|M|resident_later}さんのことが心配だ」と話していました。民生委員の{槙原|R|commission}さんは月に一度訪問されていますが、それでは足りないと伺いました。市長の見解を求めます。
○議長（{佐久間　修|K|speaker}君）　{大河内|K|chair_call}市長。
○市長（{大河内　晃|K|speaker}君）　{七尾|K|later_official}議員の御質問にお答えいたします。見守りネットワークの協力事業者は現在４２社でございます。詳細は福祉部長から答弁いたします。
○議長（{佐久間　修|K|speaker}君）　{冨永|K|chair_call}福祉部長。
○福祉部長（{冨永　健|K|speaker}君）　高齢者見守り事業につきましては、地域包括支援センターと連携して取り組んでおります。
○１番（{七尾　恵|K|speaker}君）　もう一点、南町の{関|M|one_char}さんという方から、{兎束|M|rare}という隣人との間で騒音の苦情があり、市に相談しても返事がないとの声をいただきました。担当の{桑畑|K|later_official}課長、この件は把握されていますか。
○高齢福祉課長（{桑畑　里美|K|speaker}君）　個別の御相談については答弁を差し控えます。
○議長（{佐久間　修|K|speaker}君）　以上で{七尾　恵|K|later_official}議員の一般質問を終わります。
"""),
("r2-bill-damages", "agenda_bill", """議案第５２号

　　　損害賠償の額を定めることについて

　市の義務に属する損害賠償の額を次のとおり定めることについて、地方自治法第９６条第１項第１３号の規定により議会の議決を求める。

　　令和６年１１月２８日提出
　　　　　　　　　　　　　　　　北多摩市長　{大河内　晃|K|title}

１　相手方
　　住所　北多摩市緑町三丁目８番２１号
　　氏名　{志賀　蓮|M|party}
２　損害賠償の額　金１８万６，０００円
３　事故の概要
　令和６年５月１４日午後３時頃、北多摩市緑町三丁目地内の市道において、道路維持課の公用車が右折する際、直進してきた相手方所有の車両（運転者　{志賀　結衣|M|party}）に接触し、車両の前部を損傷させたものである。
　なお、相手方の{志賀|M|party_later}は過失割合について異議を述べず、示談が成立した。

（提案理由）
　相手方と示談が成立したので、この案を提出するものである。

議案第５３号
　　　工事請負契約の締結について
１　契約の目的　北多摩市立東小学校体育館改修工事
２　契約の方法　制限付き一般競争入札
３　契約金額　金２億３，４００万円
４　契約の相手方　北多摩市本町一丁目１番１号
　　　　　　　　　株式会社北多摩建設
　　　　　　　　　代表取締役　{石動　昭|K|vendor}
"""),
("r2-petition", "agenda_bill", """請願文書表

受理番号　請願第３号
受理年月日　令和６年８月３０日
件名　北町交差点への信号機設置を求める請願
請願者　北多摩市北町四丁目２番５号
　　　　北町交通安全を考える会　代表　{浅葱　弥生|M|petitioner}　外１２３名
紹介議員　{宇田川　勉|K|title}　{乙部　直樹|K|title}
付託委員会　建設常任委員会

（要旨）
　北町交差点では、昨年から事故が３件続いています。本年６月には、小学校に通う{樋渡|M|resident_bare}の長男が自転車で横断中に車と接触し、けがをしました。近くに住む{藪内　清|M|resident_bare}も、夕方は見通しが悪く危険だと話しています。
　つきましては、次の事項を実現されるよう請願します。
１　北町交差点に押しボタン式信号機を設置するよう、関係機関に働きかけること。

陳情第７号
件名　公園の遊具の更新について
陳情者　北多摩市南町一丁目３番１０号　{仁科　はるか|M|petitioner}
"""),
("r2-thirdparty", "report", """北多摩市いじめ問題調査委員会　調査報告書（公表版）

第１　調査委員会の構成
役職\t氏名\t職業等
委員長\t{真壁　諒|K|expert}\t弁護士
副委員長\t{小此木　彩|K|expert}\t臨床心理士
委員\t{朝比奈　潤|K|expert}\t大学教授（教育学）
委員\t{葛西　直美|K|expert}\t社会福祉士

　事務局　教育委員会学校教育課長　{湯浅　透|K|title}

第２　調査の経過
　本委員会は、令和６年４月から９月までに計８回の会議を開いた。第３回会議では{真壁|K|later_official}委員長の指名により、{朝比奈|K|later_official}委員と{葛西|K|later_official}委員が関係児童の保護者から聴き取りを行った。
　聴き取りには、本件児童の母である{久我　由紀|M|family}氏が応じた。{久我|M|family_later}氏によれば、本件児童は５月の連休明けから登校を渋るようになった。
　また、同じ学級の児童の保護者である{羽柴|M|resident_honorific}さんからも事情を聴いた。

第３　委員会の意見
　{小此木|K|later_official}副委員長は、学校の初期対応に課題があったと指摘した。
"""),
("r2-subsidy", "report", """令和６年度　北多摩市住宅リフォーム補助金　交付決定一覧

番号\t申請者\t地区\t交付決定額
1\t{榎本　和子|M|recipient}\t北町\t200,000円
2\t{曽我部　勝|M|recipient}\t南町\t150,000円
3\t{辻　やよい|M|recipient}\t緑町\t200,000円
4\t{丹　秀樹|M|recipient}\t本町\t86,000円
5\t{四十物　沙織|M|recipient}\t東町\t120,000円

※ 交付決定額の合計は756,000円です。
※ 申請者のうち、{辻|M|recipient_later}様ほか１名は工事完了後に実績報告が必要です。

問合せ先　都市計画課住宅係　担当　{今泉|K|title}（内線２３４）
"""),
("r2-accident", "report", """事故報告書

令和６年７月３日
北多摩市長　{大河内　晃|K|title}　様

報告者　北多摩市立さくら保育園　園長　{日下部　幸子|K|title}

１　発生日時　令和６年７月２日（火）午前１０時２０分頃
２　発生場所　さくら保育園　園庭
３　被害児童　４歳児クラス　{宮代　陽翔|M|child}（４歳）
４　経過
　10:15　４歳児クラス１５名が園庭で自由遊び。
　10:20　{陽翔|M|given_only}くんが滑り台の階段から転落し、左腕を強く打った。近くにいた{小鳩　ひより|M|child}ちゃんが保育士に知らせた。
　10:30　主任保育士が母親の{宮代|M|family_later}さんに電話で連絡。
　10:50　{宮代|M|family_later}は園に到着し、{陽翔|M|given_only}を連れて整形外科を受診。
　14:00　{宮代　陽翔|M|child}の左前腕骨折と診断された旨、母から園に連絡があった。
５　今後の対応
　滑り台の階段に手すりを追加する。保育課の{村雨|K|title}係長が７月５日に現地を確認する。
"""),
("r2-construction", "minutes", """北多摩市議会建設常任委員会記録

開会　令和６年１２月３日　午前１０時
出席委員
　委員長　{能登谷　剛|K|roster}　　副委員長　{菅生　あゆみ|K|roster}
　委員　{千早　悠一|K|roster}　　{甲田　智子|K|roster}　　{不破　亨|K|roster}
説明員
　都市整備部長　{瀬戸口　稔|K|roster}
　道路課長　{雨宮　克也|K|roster}
　道路課主幹　{杉　一成|K|roster}

◎委員長（{能登谷|K|speaker}）　ただいまから委員会を開きます。道路改良事業について報告を受けます。
◎道路課長（{雨宮|K|speaker}）　北町線の拡幅工事は、受注者である株式会社北多摩舗道の現場代理人、{諸星　保|K|vendor}氏と協議のうえ、工期を２か月延長いたしました。
◆{千早|K|speaker}委員　延長の理由は何か。地権者の{鮫島|M|resident_bare}との交渉が難航していると聞いたが。
◎道路課主幹（{杉|K|speaker}）　用地交渉の個別の状況についてはお答えを控えます。
◆{千早|K|speaker}委員　{杉|K|later_official}主幹、では見通しだけでも。
◎道路課主幹（{杉|K|speaker}）　年度内の契約を目指しております。
◆{甲田|K|speaker}委員　沿道の{萩原|M|resident_bare}という方から、工事の騒音で夜眠れないと私のところに相談があった。{萩原|M|resident_later}の家は現場の真向かいだ。
◎委員長（{能登谷|K|speaker}）　{瀬戸口|K|chair_call}部長。
◎都市整備部長（{瀬戸口|K|speaker}）　夜間作業は行っておりませんが、確認いたします。
◎委員長（{能登谷|K|speaker}）　{不破|K|chair_call}委員。
◆{不破|K|speaker}委員　{甲田|K|later_official}委員の話に関連して、近所の{鰐淵|M|rare}さん、{芦屋|M|resident_honorific}さん御夫妻からも同じ苦情を聞いている。
◎委員長（{能登谷|K|speaker}）　以上で報告を終わります。
"""),
("r2-traffic", "report", """交通事故報告（公用車）

１　日時　令和６年１０月８日　午後４時１０分頃
２　場所　北多摩市栄町二丁目１２番地先　市道栄町１号線
３　当事者
　（１）市側　運転者　環境課主事　{薬師寺　航|R|incident}（２８歳）
　（２）相手方　運転者　{蛭田　正|M|party}（６７歳）、同乗者　妻　{蛭田　ユキ|M|party}
４　事故の状況
　公用車が交差点を左折した際、左後方から直進してきた相手方の軽自動車と接触した。{蛭田|M|party_later}は頸部の痛みを訴え、同乗していた{ユキ|M|given_only}にけがはなかった。
５　経過
　16:10　事故発生。{薬師寺|R|incident}主事が１１０番通報。
　16:25　北多摩警察署の警察官が到着し、実況見分。
　16:40　環境課長　{梶原　浩之|K|title}が現場に到着し、{蛭田|M|party_later}に謝罪。
　17:30　{蛭田|M|party_later}は北多摩中央病院を受診。
６　今後の対応
　示談交渉は総務課で行う。担当　総務課主査　{真鍋|K|title}
"""),
("r2-award", "agenda_bill", """報告第８号　専決処分の報告について（和解及び損害賠償の額の決定）

　地方自治法第１８０条第１項の規定により、次のとおり専決処分したので報告する。

　　北多摩市長　{大河内　晃|K|title}

１　和解の相手方
　　北多摩市南町五丁目６番７号　{芥川　千尋|M|party}
２　和解の内容
　　市は相手方に対し、損害賠償金として金４万２，０００円を支払う。
３　事故の概要
　　令和６年８月２２日、市立南町公園において、相手方の長女（当時６歳）が遊具で遊んでいたところ、遊具の部品が外れ、相手方の長女が右手を負傷したもの。なお、公園を管理する指定管理者の株式会社みどりサービス（代表取締役　{鳩山　裕二|K|vendor}）に過失はない。
４　専決処分の日　令和６年１１月１日

参考　市の担当　公園緑地課長　{辰巳　恭子|K|title}、同課係長　{辻本|K|title}
　相手方の{芥川|M|party_later}は、示談書に署名した。
"""),
("r2-welfare-question", "minutes", """令和６年第４回北多摩市議会定例会会議録（第３号）

○出席議員
　５番　{千葉　俊之|K|roster}　　６番　{長野　麻里|K|roster}　　７番　{大和　清|K|roster}
○説明のため出席した者
　市長　{大河内　晃|K|roster}　　健康福祉部長　{鳴海　徹|K|roster}
　子ども家庭課長　{宮城　のぞみ|K|roster}

○議長（{佐久間　修|K|speaker}君）　{千葉　俊之|K|chair_call}議員。
○５番（{千葉　俊之|K|speaker}君）　子どもの貧困について伺います。昨年、私の地元で、母子家庭の{水谷|M|resident_bare}という方から相談を受けました。{水谷|M|resident_later}は昼も夜も働いていて、小学３年の長女{さくら|M|given_only}が夜一人で過ごしている。近所に住む{相馬　キヨ|M|resident_bare}が見かねて夕食を出しているそうです。また、外国籍の{グエン・ティ・ラン|M|foreign}さんは、日本語が十分でないため就学援助の申請ができずにいました。{ラン|M|given_only}さんの話では、同じ団地の{パク|M|foreign}さん一家も同じ状況だということです。
○議長（{佐久間　修|K|speaker}君）　{鳴海|K|chair_call}健康福祉部長。
○健康福祉部長（{鳴海　徹|K|speaker}君）　就学援助の申請書は、本年度から６か国語で用意しております。
○５番（{千葉　俊之|K|speaker}君）　{鳴海|K|later_official}部長、用意しただけでは届かないのです。{宮城|K|later_official}課長にも伺いますが、相談窓口に通訳はいますか。
○子ども家庭課長（{宮城　のぞみ|K|speaker}君）　タブレットによる通訳を導入しております。
○議長（{佐久間　修|K|speaker}君）　{長野　麻里|K|chair_call}議員。
○６番（{長野　麻里|K|speaker}君）　関連して伺います。{千葉|K|later_official}議員の質問にあったように、地域の支えが頼りになっています。先日、子ども食堂を運営する{林|M|one_char}が、食材が足りないと話していました。{林|M|one_char_later}のところには毎週５０人が来るそうです。
○市長（{大河内　晃|K|speaker}君）　子ども食堂への支援は、来年度予算で拡充を検討いたします。
"""),
("r2-hearing", "report", """聴取記録（苦情申立て）

１　聴取日時　令和６年１１月５日（火）午後２時～３時
２　聴取場所　北多摩市役所　第３会議室
３　聴取者　市民相談課長　{三輪　大介|K|title}、同課主任　{飯塚　葵|K|title}
４　申立人　{海老原　澄子|M|party}（北多摩市西町在住）
５　同席者　申立人の長男　{海老原　学|M|family}
６　聴取内容
　申立人によれば、隣家の{一ノ瀬|M|resident_bare}が飼う犬の鳴き声が夜通し続き、眠れない日が続いている。{一ノ瀬|M|resident_later}には何度か直接伝えたが、改善されなかった。申立人は、同じ町内の{宍戸|M|resident_bare}と{乾|M|one_char}にも同様の被害があると述べた。
　長男の{学|M|given_only}は、母が心労で通院していると述べた。
　なお、申立人は、以前に相談した環境課の{根岸|K|later_official}主査の対応に不満があると述べた。
７　対応
　{三輪|K|later_official}課長から、環境課と連携して現地を確認する旨を伝えた。
"""),
("r2-council", "minutes", """第２回北多摩市情報公開・個人情報保護審査会会議録

日時　令和６年１０月１５日（火）午後２時から午後４時まで
出席者
　会長　{桐生　昌平|K|roster}（弁護士）
　委員　{五十嵐　玲子|K|roster}（大学准教授）
　委員　{東　康弘|K|roster}（公募委員）
事務局　総務課長　{加賀美　徹|K|roster}、総務課主事　{苅谷|K|roster}

○会長　それでは、諮問第１２号について審議します。事務局から説明をお願いします。
○事務局（{苅谷|K|speaker}）　本件は、審査請求人が令和６年３月に行った公文書開示請求に対し、実施機関が部分開示としたものです。
○{五十嵐|K|speaker}委員　部分開示とした理由を確認したい。不開示部分には、請求人以外の方、例えば相談者の{鴨下|M|resident_bare}の氏名が含まれているのか。
○事務局（{加賀美|K|speaker}総務課長）　はい、第三者の氏名と住所が含まれております。
○{東|K|speaker}委員　第三者への意見照会は行ったのか。
○会長　{東|K|chair_call}委員の質問について、事務局いかがですか。
○事務局（{苅谷|K|speaker}）　意見照会は行っておりません。
○会長　次回は、{桐生|K|later_official}が答申案を用意します。
"""),
]


if __name__ == "__main__":
    out = Path(__file__).with_name("person_round2.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc_id, kind, marked in DOCS:
            f.write(json.dumps(build(doc_id, kind, marked), ensure_ascii=False) + "\n")
    print(out)
