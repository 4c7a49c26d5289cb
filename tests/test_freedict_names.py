"""FreeDict's bilingual dictionaries as evidence for MT403. Hindi source
(eng-hin): a word the dictionary gives as an ordinary translation (करना
"do") accounts for no English name by its sound, and is no name gone; a
word it does not know that sounds like a name the translation writes
elsewhere is a name gone, however frequent. Japanese source (jpn-eng,
JMdict's): a word whose glosses are all common words (人間 "human being")
accounts for no English name by its sound. Each test builds its own tiny
dictionary in dictd's format (never the system's)."""
import pytest
from conftest import clear_dictionary_caches, run_check, write_dictionary

from mtaudit import freedict, hindi_words, japanese_words
from mtaudit import names_japanese as nj
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.transcription import key, sounds_alike, translit_key

def _clear():
    clear_dictionary_caches()


@pytest.fixture
def dictionary(tmp_path, monkeypatch):
    """Points the reader at a tiny eng-hin dictionary of the test's own."""
    def make(entries, name="eng-hin"):
        write_dictionary(tmp_path, name, entries)
        _clear()
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    _clear()
    yield make
    _clear()


def entry(english, *senses):
    lines = [f"{english} /x/ <N>"] + [f"{i}. {s}" for i, s in enumerate(senses, 1)]
    return english, "\n".join(lines) + '\n      "An example."\n'


def above_info(source, target, sl="hi"):
    return [f for f in run_check(EntityMissing, target, lang="en", source=source, source_lang=sl)
            if f.severity.rank > 0]


def test_reader_takes_whole_translations(dictionary):
    dictionary([entry("do", "करना"), entry("reason", "कारण, प्रयोजन", "विचार~शक्ति"),
                entry("cockney", "लंदन का निवासी")])
    got = freedict.hindi_translations()
    assert got["करना"] == {"do"} and got["कारण"] == {"reason"} and got["प्रयोजन"] == {"reason"}
    # A word of a longer phrase is not a translation ("London" in a gloss).
    assert "लंदन" not in got and "विचार" not in got


def test_ordinary_words_are_inflected_and_loanwords_left_out(dictionary):
    dictionary([entry("do", "करना"), entry("boy", "लड़का"), entry("doctor", "डाक्टर")])
    assert {"करने", "करेंगे", "करता", "लड़के", "लड़कों"} <= hindi_words.ordinary_words()
    assert hindi_words.is_ordinary("करने।")
    assert not hindi_words.is_ordinary("डाक्टर")   # sounds as "doctor" does: a loanword


def test_missing_dictionary_is_said(tmp_path, monkeypatch):
    from mtaudit import resources
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    _clear()
    try:
        assert not hindi_words.available()
        assert any("eng-hin" in n for n in resources.notes_for(["hi"]))
    finally:
        _clear()


def test_an_ordinary_word_accounts_for_no_name_by_sound(dictionary):
    # करने ("to do") sounds like Kiernan; with the dictionary it is the verb
    # करना, which says nothing of a name: Kiernan has come from nowhere.
    assert sounds_alike(key("Kiernan"), translit_key("करने", "hi"), "hi")
    src = "रविवार को पोल्टर ने पहला मैच जीत लिया। इसके बाद पोल्टर ने काम करने से मना किया।"
    err = "On Sunday, Poulter won the first match. After that, Kiernan refused to work."
    ok = "On Sunday, Poulter won the first match. After that, Poulter refused to work."
    dictionary([entry("other", "दूसरा")])
    assert above_info(src, err) == []           # करने accounts for Kiernan
    dictionary([entry("do", "करना"), entry("from", "से")])   # (also «करने से», two ordinary words)
    assert [f.evidence["translation_names"] for f in above_info(src, err)] == [["Kiernan"]]
    assert above_info(src, ok) == []


def test_a_frequent_transcription_gone_unless_the_dictionary_knows_it(dictionary):
    # क्लार्क (Clark) is frequent enough in Hindi news that the word list
    # calls it known; the dictionary does not give it as a Hindi word, and it
    # sounds like a name the translation writes elsewhere: a name gone.
    src = "सोमवार को क्लार्क ने भाषण दिया। इसके बाद क्लार्क घर चले गए।"
    err = "On Monday, Clark gave a speech. After that, Mendoza went home."
    ok = "On Monday, Clark gave a speech. After that, Clark went home."
    dictionary([entry("other", "दूसरा")])
    assert [f.evidence["translation_names"] for f in above_info(src, err)] == [["Mendoza"]]
    assert above_info(src, ok) == []
    # Where the dictionary gives the word as an ordinary translation of an
    # English word it does not sound like, it is no name gone.
    dictionary([entry("scribe", "क्लार्क")])
    assert above_info(src, err) == []


def test_hindi_name_replaced_by_a_common_word_no_translation_gives(dictionary):
    # "Prince" is also a common word; the dictionary translates "prince" by
    # राजकुमार, which the unit does not have: it came from nowhere, and पोल्टर
    # (Poulter, written elsewhere) is gone.
    src = "रविवार को पोल्टर ने पहला मैच जीत लिया। इसके बाद पोल्टर घर चला गया।"
    err = "On Sunday, Poulter won the first match. After that, Prince went home."
    dictionary([entry("other", "दूसरा")])
    assert above_info(src, err) == []            # the dictionary says nothing of "prince"
    dictionary([entry("prince", "राजकुमार")])
    assert [f.evidence["translation_names"] for f in above_info(src, err)] == [["Prince"]]
    assert above_info(src, err.replace("Prince", "Poulter")) == []
    # Where the unit has the word's translation, the translation renders it.
    src = "रविवार को पोल्टर ने पहला मैच जीत लिया। इसके बाद राजकुमार घर चला गया।"
    assert above_info(src, err) == []
    # Nor in a longer name ("the Prince of Wales"), nor a place ("Turkey").
    src = "रविवार को पोल्टर ने पहला मैच जीत लिया। इसके बाद पोल्टर घर चला गया।"
    assert above_info(src, err.replace("Prince", "the Prince of Wales")) == []
    dictionary([entry("prince", "राजकुमार"), entry("turkey", "टर्की")])
    assert above_info(src, err.replace("Prince", "Turkey")) == []


# -- Japanese (jpn-eng) ----------------------------------------------------------

def ja_entry(heads, *lines):
    """A jpn-eng entry as dictd's conversion of JMdict writes it: the
    written forms, a part of speech, the glosses (a note glued to a gloss)."""
    text = ", ".join(f"{h} /x/" for h in heads) + "\n" + "\n".join(lines) + "\n"
    return [(h, text) for h in heads]


def test_japanese_glosses_are_read(dictionary):
    dictionary(ja_entry(["人間", "にんげん"], "(noun (common) (futsuumeishi))", "human being, person")
               + ja_entry(["英国"], "(noun (common) (futsuumeishi))", "Great Britain, the United Kingdom")
               + ja_entry(["国連"], "(noun (common) (futsuumeishi))", "{国際連合}",
                          "         Note: abbreviationUnited Nations, UN"), name="jpn-eng")
    got = freedict.japanese_glosses()
    assert got["人間"] == ("human being", "person") and got["にんげん"] == got["人間"]
    assert got["国連"] == ()          # a gloss glued to its note is left out
    assert japanese_words.is_ordinary("人間")
    assert not japanese_words.is_ordinary("英国")     # its glosses are names
    assert not japanese_words.is_ordinary("国連")     # no gloss read: not known as ordinary


@pytest.mark.skipif(not nj.available(), reason="fugashi / unidic-lite not installed")
def test_an_ordinary_japanese_word_accounts_for_no_name_by_sound(dictionary):
    # 人間 "ningen" sounds like Nottingham; the dictionary says it is "human
    # being": Nottingham has come from nowhere, and London (ロンドン) is gone.
    from mtaudit.names_translit import source_sound_keys, transcribed
    src = "ロンドンで六人の人間が逮捕された。"
    err = "Six people were arrested in Nottingham."
    ok = "Six people were arrested in London."
    dictionary([], name="jpn-eng")
    # (Without the dictionary too: the analyser knows 人間 as a common noun,
    # and a kanji word counts as a transcription only where it tags a proper
    # noun or does not know the word.)
    assert not transcribed("Nottingham", source_sound_keys(src, "ja", 0, len(src)), "ja")
    dictionary(ja_entry(["人間"], "(noun (common) (futsuumeishi))", "human being, person"), name="jpn-eng")
    assert not transcribed("Nottingham", source_sound_keys(src, "ja", 0, len(src)), "ja")
    assert [f.evidence["translation_names"] for f in above_info(src, err, "ja")] == [["Nottingham"]]
    assert above_info(src, ok, "ja") == []


_NOUN = "(noun (common) (futsuumeishi))"


@pytest.mark.skipif(not nj.available(), reason="fugashi / unidic-lite not installed")
def test_an_ordinary_loanword_accounts_for_no_name_by_sound_but_a_compound_may(dictionary):
    # チーム "team" is rendered by "team", not by its sound "chiimu" (~ Jimmy).
    src = "ロンドンのチームが勝った。"
    dictionary(ja_entry(["チーム"], _NOUN, "team"), name="jpn-eng")
    assert above_info(src, "The London team won.", "ja") == []
    found = above_info(src, "The team of Jimmy won.", "ja")
    assert [f.evidence["translation_names"] for f in found] == [["Jimmy"]]
    # Two ordinary loanwords written together may be a name made of words
    # (ベスト|ウッド Bestwood): their joined sound still accounts for it.
    dictionary(ja_entry(["ベスト"], _NOUN, "best") + ja_entry(["ウッド"], _NOUN, "wood"), name="jpn-eng")
    src = "事故はイギリス時間10時にベストウッドストリートで起きた。"
    assert above_info(src, "The crash happened on Bestwood Street at about 10:00 BST.", "ja") == []


def test_a_gloss_opening_with_a_digit_is_a_common_one(dictionary):
    dictionary(ja_entry(["千"], "(numeric (suushi))", "1,000, thousand"), name="jpn-eng")
    assert japanese_words.is_ordinary("千")


@pytest.mark.skipif(not nj.available(), reason="fugashi / unidic-lite not installed")
def test_japanese_name_cut_into_known_loanwords(dictionary):
    # The analyser reads フライシャー (Fleischer) as フライ "fly" + シャー
    # "shah": written together and known to JMdict as no one word, it is a
    # name cut in pieces; a compound JMdict has (ボールペン) is none.
    from mtaudit.names_uncased import _alias
    assert nj._cut_names(nj.morphemes("とフライシャーは書いた")) == set()   # no dictionary: none
    dictionary(ja_entry(["ボールペン"], "(noun (common) (futsuumeishi))", "ballpoint pen")
               + ja_entry(["人間"], "(noun (common) (futsuumeishi))", "human being"), name="jpn-eng")
    ms = nj.morphemes("とフライシャーは書いた")
    assert {ms[i].surface for i in nj._cut_names(ms)} == {"フライ", "シャー"}
    ms = nj.morphemes("ボールペンで書いた")
    assert nj._cut_names(ms) == set()
    src = "「この否認は怒りでしかない」とフライシャーは書いた。"
    assert above_info(src, '"This denial is angry," Fleischer wrote.', "ja") == []
    assert above_info(src, '"This denial is angry," Wetherspoon wrote.', "ja")
    gone = nj.names_gone(src, 0, len(src), '"This denial is angry," Wetherspoon wrote.', "en", _alias("en"))
    assert "フライ" in [m.surface for m in gone]
