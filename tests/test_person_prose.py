"""Names in running prose weighed by evidence (recognizers/_person_prose.py):
each rule once where it fires and once on a near miss it must leave alone.
All names are made up."""
from redactor.recognizers._person_prose import _context, _kanji_likeness, _number, _part_likeness
from redactor.recognizers.person import PersonRecognizer
from redactor.tokens import tokenize


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


def test_katakana_name_in_parts_unknown_to_the_dictionary(found):
    # ＝ and ・ joined, longer than the main rule's length bound for one run
    text = "ハンス＝ゲオルク・ヴァルトシュタイナーの解釈学は広く読まれた。"
    assert "ハンス＝ゲオルク・ヴァルトシュタイナー" in _names(found, text)


def test_katakana_run_with_a_known_word_part_is_not_a_name_without_context(found):
    # a company's name in parts has a word in it (〜・ブラザーズ style)
    text = "ハンス＝ゲオルク・セミナーの会場は満員だった。"
    assert not any("セミナー" in n for n in _names(found, text))


def test_katakana_common_word_called_a_name(found):
    text = "物語の主人公はポプラという名の少女である。"
    assert "ポプラ" in _names(found, text)


def test_katakana_common_word_without_context_is_no_name(found):
    text = "公園のポプラの木が倒れた。"
    assert "ポプラ" not in _names(found, text)


def test_language_after_a_katakana_word_vetoes(found):
    # a job word before it, but 語 after: a language, not a person
    text = "通訳者のヴァルトシュタイナー語の知識が役立った。"
    assert not any(n.startswith("ヴァルトシュタイナー") for n in _names(found, text))


def test_part_likeness_prefers_the_reading_sudachi_chose():
    # ホンダ is also a surname in the dictionary, but Sudachi reads it as a company:
    # neither for nor against
    [honda] = [t for t in tokenize("ホンダの新型車") if t.surface == "ホンダ"]
    assert _part_likeness([honda]) == 0
    # a part Sudachi cuts in pieces (ヴァルト|シュタイナー) is read as a whole: unknown
    pieces = [t for t in tokenize("ヴァルトシュタイナーが来た") if t.end <= len("ヴァルトシュタイナー")]
    assert _part_likeness(pieces) >= 1
    [word] = [t for t in tokenize("セミナーが開かれた") if t.surface == "セミナー"]
    assert _part_likeness([word]) < 0


def test_context_scores_a_job_before_and_a_life_event_after():
    text = "作曲家のヴァルトシュタイナーは1901年に生まれた。"
    s = text.index("ヴァルト")
    score, word = _context(text, s, s + len("ヴァルトシュタイナー"))
    assert score == 5 and word == "作曲家"
    text = "ヴァルトシュタイナーは新製品を出した。"
    assert _context(text, 0, len("ヴァルトシュタイナー"))[0] == 0


def test_kanji_name_after_a_job_word(found):
    # 間 read as an adverb, the given name as a proper noun: no 人名 run
    text = "コメディアンの間寛平は舞台に立った。"
    assert "間寛平" in _names(found, text)


def test_kanji_word_after_a_job_word_that_is_no_name(found):
    text = "コメディアンの代表作は舞台で演じられた。"
    assert not any("代表作" in n for n in _names(found, text))


def test_kanji_likeness_of_a_sinitic_name_and_of_a_place():
    name = [t for t in tokenize("副書記の鄭明哲が") if t.start >= 4 and t.end <= 7]
    assert _kanji_likeness("", name) >= 2
    place = [t for t in tokenize("京都") if t.surface == "京都"]
    assert _kanji_likeness("", place) < 2


def test_one_kanji_surnames_counted_as_people(found):
    text = "原、森、堀の3人は同期である。"
    names = _names(found, text)
    assert {"原", "森", "堀"} <= set(names)


def test_a_count_that_does_not_match_the_items_is_no_list_of_names(found):
    text = "原、森、堀の5人が来た。"  # three items, five people: the items are not the people
    assert not {"原", "森", "堀"} & set(_names(found, text))


def test_number_reads_digits_and_kanji():
    assert (_number("3"), _number("三"), _number("十二"), _number("二十")) == (3, 3, 12, 20)


def test_posthumous_name_keeps_its_title(found):
    text = "持統天皇の時代に都が移された。"
    assert "持統天皇" in _names(found, text)


def test_a_word_before_tenno_is_no_name(found):
    text = "歴代天皇の陵墓が並ぶ。"
    assert _names(found, text) == []


def test_latin_spelling_in_brackets_after_a_katakana_name(found):
    text = "ハインリヒ・ミュラー（Heinrich Müller）は政治家である。"
    assert "Heinrich Müller" in _names(found, text)


def test_one_kanji_surnames_in_a_list_closed_by_ra(found):
    text = "その後、堀、原、関らが反対した。"
    assert {"堀", "原", "関"} <= set(_names(found, text))


def test_one_kanji_words_in_a_list_that_is_no_list_of_names(found):
    # not closed by ら and no item the dictionary tags as a name: 森 and 林 are words here
    text = "森、林、川が広がる。"
    assert not {"森", "林"} & set(_names(found, text))


def test_one_kanji_surname_between_tagged_names(found):
    text = "佐藤、林、鈴木が出席した。"
    assert "林" in _names(found, text)


def test_latin_name_after_a_job_word(found):
    text = "ボーカルのMIREIとベースのKaitoを中心に結成された。"
    assert {"MIREI", "Kaito"} <= set(_names(found, text))


def test_latin_letters_after_a_team_position_are_not_a_name(found):
    text = "DF GKの交代が告げられた。"
    assert _names(found, text) == []


def test_sinitic_name_fused_before_a_title(found):
    text = "朴成恵大統領は弾劾された。"
    assert "朴成恵" in _names(found, text)


def test_country_before_a_title_is_no_name(found):
    text = "韓国大統領は訪日した。"
    assert _names(found, text) == []


def test_surname_fused_before_a_credit(found):
    text = "主題歌は中島作詞、筒美作曲による。部隊は土屋率いる一隊であった。"
    assert {"中島", "筒美", "土屋"} <= set(_names(found, text))


def test_word_before_a_credit_is_no_name(found):
    text = "新版は全訳で、原曲は民謡作曲の手法による。"
    assert _names(found, text) == []


def test_katakana_given_name_of_a_character(found):
    # ミナト is a word (港) to the dictionary and a given name read in katakana:
    # a job or title word before it makes it the character's name
    text = "団長のミナトが指揮を執る。"
    assert "ミナト" in _names(found, text)
    assert "ミナト" not in _names(found, "ミナトの倉庫が並ぶ。")


def test_a_district_after_a_katakana_run_vetoes(found):
    # a foreign district in parts (…・…地区) is a place, not a person
    text = "同市ハミド・ズベイル地区とカーシム・ナール地区で衝突が続いた。"
    assert not any("ズベイル" in n or "ナール" in n for n in _names(found, text))


def test_a_title_after_a_job_word_is_no_name(found):
    # 初代社長: the post itself, not a name after the job word (near miss: a name after 初代社長の)
    assert "社長" not in _names(found, "初代社長には外部の人材が就任した。")
    assert "柚原崇" in _names(found, "初代社長の柚原崇が就任した。")


def test_name_after_a_post_and_no(found):
    # 編集長の, 主事の: a post before の names the person after it (minutes and prose alike)
    assert "壁村耐三" in _names(found, "編集長の壁村耐三が会見した。")
    assert "矢吹活禅" in _names(found, "公民館主事の矢吹活禅から説明があった。")


def test_post_without_no_or_before_a_word_is_no_name(found):
    # 会長選挙: the post fused before a word; 会長の選任: a word after の
    assert not any("選挙" in n or "選任" in n for n in _names(found, "会長選挙と会長の選任について協議した。"))
    # 本人の: no post (person_prose.toml titles_not_before)
    assert "本人の矢吹活禅" not in _names(found, "本人の矢吹活禅が来た。")


def test_surname_then_kanji_no_dictionary_knows_after_a_job_word(found):
    # 徳山|璉: a surname of the lexicons and a given name no list holds
    assert "矢吹璉" in _names(found, "講師の矢吹璉から説明があった。")
    # 福岡|公演: a surname before an ordinary word is a phrase, not a name
    assert not any("公演" in n for n in _names(found, "歌手の福岡公演が開かれた。"))


def test_katakana_name_before_a_person_only_event(found):
    # 入院, 執筆: events of a person's life after Ｘは (person_prose.toml life_verbs)
    assert "キューバート" in _names(found, "2011年にキューバートは市内の病院に入院した。")
    # without a person's event the same shape is a building's or a product's name
    assert not any("ハウス" in n for n in _names(found, "2011年にマナーハウスは改装された。"))


def test_person_only_events_after_a_surname(found):
    # 入院, 埋葬, 昇進: what is said of a person, not of a body
    assert "下地" in _names(found, "その後、下地が肺炎によって入院した。")


def test_kanji_surname_and_hiragana_given_name_after_a_job_word(found):
    # minutes: a staff member named with a given name in hiragana, which Sudachi reads as a place
    assert "宮内あすか" in _names(found, "保健師の宮内あすかから説明があった。")
    # an honorific after the surname is no given name, even where the lists hold it (さん)
    assert "宮内さん" not in _names(found, "保健師の宮内さんから説明があった。")
    # a particle after the surname (とともに) is no given name either
    assert not any(n.startswith("宮内と") for n in _names(found, "主事の宮内とともに説明した。"))


def test_ordinary_word_after_a_post_is_no_name(found):
    # 職員の陳述: 陳 opens Chinese surnames, but 陳述 is one ordinary word after the post
    assert "陳述" not in _names(found, "４　職員の陳述\n同日、担当課長から説明を受けた。")
