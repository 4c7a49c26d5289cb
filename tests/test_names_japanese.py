"""MT403 with a Japanese source: names told by a morphological analyser
(fugashi + UniDic: proper-noun tags, readings, loanwords' English origins),
months and days of the week, and a replaced name reported when both traces
are sure. Pairs written for these tests, each with a correct twin."""
import pytest
from conftest import run_check

from mtaudit import names_japanese as nj
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names import aliases
from mtaudit.transcription import sounds_alike

needs_tagger = pytest.mark.skipif(not nj.available(), reason="fugashi / unidic-lite not installed")


def above_info(source, target, tl="en"):
    return [f for f in run_check(EntityMissing, target, lang=tl, source=source, source_lang="ja")
            if f.severity.rank > 0]


def gone(source, target):
    return [m.surface for m in nj.names_gone(source, 0, len(source), target, "en", aliases("ja", "en"))]


# -- the analyser ------------------------------------------------------------------

@needs_tagger
def test_proper_nouns_are_told_from_loanwords():
    ms = {m.surface: m for m in nj.morphemes("オバマ氏はボールを東京に送った。")}
    assert ms["オバマ"].proper == nj.PERSON
    assert ms["東京"].proper == nj.PLACE
    assert ms["ボール"].proper is None and ms["ボール"].noun


@needs_tagger
def test_kanji_names_get_their_reading():
    ms = {m.surface: m for m in nj.morphemes("安倍首相が話した。")}
    assert ms["安倍"].reading == "abe"
    assert ms["首相"].proper is None


@needs_tagger
def test_loanwords_give_their_english_origin():
    keys = nj.source_keys("ワシントンでボールを投げた。", 0, 14)
    spelt = {w.surface: w for w in nj.spelt_words("ワシントンでボールを投げた。", 0, 14)}
    assert spelt["ワシントン"].origin == "Washington" and not spelt["ワシントン"].ordinary
    assert nj.spelt_renders("Washington", spelt["ワシントン"], "en")
    assert not nj.spelt_renders("Jackson", spelt["ワシントン"], "en")
    assert "ball" in nj.origin_words("ワシントンでボールを投げた。", 0, 14)
    assert "tokyo" not in keys


@needs_tagger
def test_a_loanword_renders_no_name_by_the_sound_of_its_english_word():
    # チーム "team": "Sam" neither is that word nor sounds like チーム as
    # much as "team" does; トーマス "Thomas" is not "Chinese".
    # (Whether チーム is ordinary is FreeDict's JMdict's to say: built here.)
    assert not nj.spelt_renders("Sam", nj.Spelt("チーム", "chiimu", "team", True), "en")
    assert nj.spelt_renders("Team", nj.Spelt("チーム", "chiimu", "team", True), "en")
    spelt = {w.surface: w for w in nj.spelt_words("チームとトーマスが勝った。", 0, 12)}
    assert nj.spelt_renders("Thomas", spelt["トーマス"], "en")
    assert not nj.spelt_renders("Chinese", spelt["トーマス"], "en")


def test_vowels_added_between_consonants_are_dropped():
    assert nj.without_epenthesis("horuto") == "hort"          # Holt
    assert nj.without_epenthesis("hempuhiru") == "hemphir"    # Hemphill
    assert nj.without_epenthesis("amerika") == "amerika"      # nothing added there


def test_th_is_read_as_s_for_japanese():
    assert sounds_alike("merriweather", "meriuezaa", "ja")
    assert not sounds_alike("merriweather", "meriuezaa", "ru")


# -- names gone --------------------------------------------------------------------

@needs_tagger
def test_a_tagged_name_the_translation_does_not_render_is_gone():
    src = "ハミルトンは素晴らしい仕事だったと語った。"
    assert gone(src, 'It was an exceptional job," said Vettel.') == ["ハミルトン"]
    assert gone(src, 'It was an exceptional job," said Hamilton.') == []


@needs_tagger
def test_a_place_said_by_its_people_is_not_gone():
    src = "ドイツの議会は反対した。"
    assert gone(src, "The German parliament objected.") == []
    assert gone(src, "The Belgian parliament objected.") == ["ドイツ"]


@needs_tagger
def test_a_kanji_country_is_rendered_by_its_english_names():
    src = "英国の首相が演説した。"
    assert gone(src, "The British prime minister gave a speech.") == []
    assert gone(src, "The UK prime minister gave a speech.") == []
    assert gone(src, "The Danish prime minister gave a speech.") == ["英国"]


@needs_tagger
def test_a_chinese_or_korean_name_in_kanji_is_not_judged_by_its_japanese_reading():
    # 李容浩 reads "ri you kou" in Japanese; the English writes Ri Yong Ho.
    assert gone("李容浩外相が演説した。", "Foreign minister Ri Yong Ho gave a speech.") == []


def test_months_and_days_gone_and_said():
    src = "土曜日に6月の会議について話した。"
    assert nj.calendar_gone(src, 0, len(src), "On Saturday they spoke of the June meeting.", "en") == []
    found = [w for _, _, w in nj.calendar_gone(src, 0, len(src), "On Saturday they spoke of the Paris meeting.", "en")]
    assert found == ["6月"]
    # A span of months is no month.
    assert nj.calendar_gone("3ヶ月後に戻った。", 0, 8, "He came back three months later.", "en") == []


# -- the check: both traces --------------------------------------------------------

@needs_tagger
def test_a_name_replaced_in_a_japanese_source_is_reported():
    src = "チームは素晴らしい仕事をしてくれた、とハミルトンは語った。"
    assert above_info(src, 'The team have done such an exceptional job, said Willoughby.')
    assert above_info(src, 'The team have done such an exceptional job, said Hamilton.') == []


@needs_tagger
def test_a_kanji_name_matched_by_its_reading():
    src = "安倍首相は火曜日に演説した。"
    assert above_info(src, "Prime Minister Abe gave a speech on Tuesday.") == []
    assert above_info(src, "Prime Minister Obuchi gave a speech on Tuesday.")


@needs_tagger
def test_a_day_replaced_by_a_name_is_reported():
    src = "大統領は土曜日に演説した。"
    assert above_info(src, "The president spoke on Saturday.") == []
    assert above_info(src, "The president spoke on Hillsborough.")


@needs_tagger
def test_a_name_cut_into_known_katakana_words_is_gone():
    # UniDic cuts カバノー (Kavanaugh) into カバ "hippo" + ノー "no".
    src = "彼の冒頭陳述の間、カバノーは非常に感情的だった。"
    assert gone(src, "During his opening statement, Kavanaugh was very emotional.") == []
    assert "カバ" in gone(src, "During his opening statement, Victoria was very emotional.")
    # A loanword with its English origin is no piece of a name.
    assert gone("ボールを投げた。", "He threw the ball.") == []


@needs_tagger
def test_a_name_gone_is_told_from_the_name_come_by_its_english_spelling():
    # マーティン "maachin" sounds half like "Den" (nasal, t, nasal), and
    # テネシー half like "Kennedy": compared by the analyser's English
    # spelling (Martin, Tennessee) they are other names.
    src = "「医師は誰?」とマーティンは尋ねている。"
    assert above_info(src, '"Who are the doctors?" asked Martin.') == []
    assert above_info(src, '"Who are the doctors?" asked Den.')
    src = "トランプ氏はテネシーとミシシッピを訪れる。"
    assert above_info(src, "Trump will visit Tennessee and Mississippi.") == []
    assert above_info(src, "Trump will visit Kennedy and Mississippi.")
    # The same name spelt otherwise is that name, matched badly: no replacement.
    assert nj.spelt_alike("Kathryn", "Catherine") and nj.spelt_alike("Schroeder", "Schroder")
    assert not nj.spelt_alike("Kennedy", "Tennessee") and not nj.spelt_alike("Den", "Martin")


@needs_tagger
def test_a_katakana_name_is_rendered_by_its_english_spelling_not_by_chance_sounds():
    # アリゾナ "arizona" sounds somewhat like "Hurricane", and コロラド
    # "kororado" like "Gary Hart": the analyser spells them Arizona and
    # Colorado, which those translations do not write.
    src = "国立ハリケーンセンターは、アリゾナで最大6インチの降雨量を予測している。"
    assert gone(src, "The National Hurricane Center predicts up to 6 inches in Arizona.") == []
    assert "アリゾナ" in gone(src, "The National Hurricane Center predicts up to 6 inches in Bone.")
    src = "コロラド出身のパトリシア・シュレーダーは、ゲイリー・ハートと活動していた。"
    assert gone(src, "Patricia Schroeder, from Colorado, had worked with Gary Hart.") == []
    assert "コロラド" in gone(src, "Patricia Schroeder, from Spieth, had worked with Gary Hart.")
    # The analyser's one spelling for a katakana word that writes several
    # (ローズ "Rhodes"; バレラ "Barrera"): a name that sounds like it renders it.
    assert gone("ジャスティン・ローズ選手が勝った。", "Justin Rose won.") == []
    assert gone("フアン・カルロス・バレラ大統領と会談した。", "He met President Juan Carlos Varela.") == []


@needs_tagger
def test_common_kanji_words_and_cut_katakana_words_transcribe_no_name():
    from mtaudit.names_translit import source_sound_keys
    # 何千人 "thousands of people" reads "nanzennin", which sounds like
    # Nottingham; スラウェシ without its last sound, "suraue", like Daley.
    src = "何千人もの人々がスラウェシ島で避難した。"
    keys = source_sound_keys(src, "ja", 0, len(src))
    assert "nanzennin" not in keys and "suraue" not in keys
    # (スラウェシ is matched by its English spelling, Sulawesi.)
    assert [w.origin for w in nj.spelt_words(src, 0, len(src))] == ["Sulawesi"]
    # A kanji name keeps its reading; an unknown katakana name its sound,
    # and a kanji after it, a place's kind (州), is left out.
    src = "安倍首相はゴーラベンナ州を訪れた。"
    keys = source_sound_keys(src, "ja", 0, len(src))
    assert "abe" in keys and "goorabenna" in keys


@needs_tagger
def test_a_short_name_one_consonant_away_is_another_name():
    from mtaudit.names_uncased import _short_and_unlike
    # パル "paru" (Palu) and "Doyle" / "Bruce" are half alike by the loose
    # rule (one consonant in two exchanged): other names.
    assert _short_and_unlike("Doyle", "パル") and _short_and_unlike("Bruce", "パル")
    assert not _short_and_unlike("Palu", "パル")
    # Too few consonants to tell: left to the loose rule.
    assert not _short_and_unlike("Hugh", "ヒュー") and not _short_and_unlike("Aceh", "アチェ")
    src = "海外の救援労働者達はパルへの旅路を阻まれていると主張している。"
    assert above_info(src, "Some complained that foreign aid workers were being prevented from traveling to Palu.") == []
    assert above_info(src, "Some complained that foreign aid workers were being prevented from traveling to Bruce.")


@needs_tagger
def test_an_unknown_katakana_name_gone_counts_with_a_common_word_come_from_nowhere(monkeypatch):
    from mtaudit import freedict
    # A dictionary built here (JMdict's glosses of two words).
    monkeypatch.setattr(freedict, "japanese_glosses", lambda: {"財務": ("finance",), "大臣": ("minister",)})
    src = "彼は、ファラージ氏が貴族になるべきだったと示唆した。"
    assert above_info(src, "He suggested Mr Farage should have been made a peer.") == []
    assert above_info(src, "He suggested Mr Treasury should have been made a peer.")
    # The word come translates a word of the unit: no name from nowhere.
    assert not nj.glossed_in("Treasury", src, 0, len(src))
    assert nj.glossed_in("Minister", "財務大臣が話した。", 0, 9)
