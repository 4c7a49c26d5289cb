"""MT403 from a Hindi source: a word Hindi's word lists do not know at all
(no wordfreq frequency, not in the Hunspell dictionary nor eng-hin, no form
of known words) is a rare name transcribed; gone from the translation beside
a rare name come, a name replaced. A name come that two common words spell
("Farage": far|age) but the spelling dictionary writes with a capital only
is as rare as any. Each test builds its own tiny eng-hin dictionary (never
the system's); the sentences are written for these tests, each with its
correct twin."""
import pytest
from conftest import clear_dictionary_caches, run_check, write_dictionary

from mtaudit import freedict, hindi_words
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names_translit import _loosely_alike
from mtaudit.written_case import hunspell_words

needs_hunspell_hi = pytest.mark.skipif(hunspell_words("hi") is None, reason="no Hindi Hunspell dictionary")


@pytest.fixture
def dictionary(tmp_path, monkeypatch):
    """A tiny eng-hin dictionary of the test's own (the rules need one)."""
    entries = [("speech", "speech /x/ <N>\n1. भाषण\n"), ("parliament", "parliament /x/ <N>\n1. संसद\n"),
               ("northeast", "northeast /x/ <N>\n1. पूर्वोत्तर\n")]
    write_dictionary(tmp_path, "eng-hin", entries)
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    clear_dictionary_caches()
    yield
    clear_dictionary_caches()


def above_info(source, target):
    return [f for f in run_check(EntityMissing, target, lang="en", source=source, source_lang="hi")
            if f.severity.rank > 0]


@needs_hunspell_hi
def test_unknown_words_are_transcriptions_and_known_forms_are_not(dictionary):
    assert hindi_words.unknown_word("थोमस") and hindi_words.unknown_word("एडनेन।")
    # Forms of known words: a plural oblique (मोमबत्ती), a future, two known
    # words joined, an adjective in -ीय; Latin letters spelt out (SNL).
    for word in ("मोमबत्तियों", "रखेंगी", "लोकतंत्रवादियों", "मतसंग्रह", "अध्यक्षीय", "एसएनएल", "कहा"):
        assert not hindi_words.unknown_word(word), word


def test_without_the_dictionary_no_word_is_unknown(tmp_path, monkeypatch):
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    clear_dictionary_caches()
    try:
        assert not hindi_words.unknown_word("थोमस")
    finally:
        clear_dictionary_caches()


@needs_hunspell_hi
def test_unknown_transcription_gone_beside_a_rare_name_come(dictionary):
    src = "कल शाम थोमस ने संसद में भाषण दिया।"
    found = above_info(src, "Last night Mendoza gave a speech in parliament.")
    assert [f.evidence["translation_names"] for f in found] == [["Mendoza"]]
    assert above_info(src, "Last night Thomas gave a speech in parliament.") == []
    # A formal Hindi word (two known words joined) is no name gone.
    src = "कल शाम लोकतंत्रवादियों ने संसद में भाषण दिया।"
    assert above_info(src, "Last night Mendoza gave a speech in parliament.") == []


@needs_hunspell_hi
def test_unknown_loanword_rendered_by_its_english_word_is_not_gone(dictionary):
    # «डिफरेंस» is "difference", «जायंट» the Giants (an English plural).
    src = "कल शाम गोल डिफरेंस पर संसद में भाषण दिया।"
    assert above_info(src, "Last night Mendoza gave a speech in parliament on goal difference.") == []
    assert above_info(src, "Last night Mendoza gave a speech in parliament.")
    src = "कल शाम जायंट ने संसद में भाषण दिया।"
    assert above_info(src, "Last night Mendoza and the Giants gave a speech in parliament.") == []
    assert above_info(src, "Last night Mendoza gave a speech in parliament.")


@needs_hunspell_hi
def test_hindi_b_for_an_english_first_w_renders(dictionary):
    src = "कल शाम बिलुबी ने संसद में भाषण दिया।"
    assert above_info(src, "Last night Mendoza and Willoughby gave a speech in parliament.") == []
    assert above_info(src, "Last night Mendoza gave a speech in parliament.")


@needs_hunspell_hi
def test_pieces_of_a_word_cut_by_a_joiner_are_not_gone(dictionary):
    # «व्यंग्यात्मक» ("ironic") written with zero-width joiners after its
    # viramas: its pieces («यात्», «मक») are no words, but no names either.
    src = "कल शाम व्\u200dयंग्\u200dयात्\u200dमक ढंग से संसद में भाषण दिया।"
    assert above_info(src, "Last night Mendoza gave an ironic speech in parliament.") == []


def test_loosely_alike_reads_the_names_spellings():
    # Hughes: a Hindi transcription reads the g soft («ह्यूजेस»), not the gh silent.
    assert _loosely_alike("Hughes", "ह्यूजेस", "hi")
    assert not _loosely_alike("Mendoza", "ह्यूजेस", "hi")


def test_name_spelt_by_two_common_words_is_a_rare_name_come(dictionary):
    # "Farage" is far|age; the spelling dictionary writes it with a capital
    # only. क्लार्क (Clark, named elsewhere) is gone.
    src = "सोमवार को क्लार्क ने भाषण दिया। इसके बाद क्लार्क घर चले गए।"
    found = above_info(src, "On Monday, Clark gave a speech. After that, Farage went home.")
    assert [f.evidence["translation_names"] for f in found] == [["Farage"]]
    assert above_info(src, "On Monday, Clark gave a speech. After that, Clark went home.") == []
    # "Northeast" is a word eng-hin translates: no rare name.
    src = "सोमवार को क्लार्क ने भाषण दिया। इसके बाद क्लार्क पूर्वोत्तर गए।"
    assert above_info(src, "On Monday, Clark gave a speech. After that, Clark went to the Northeast.") == []


@needs_hunspell_hi
def test_day_the_source_does_not_name_is_a_name_come(dictionary):
    src = "मंत्री ने दिल्ली में हैमिल्टन से मुलाकात की।"
    found = above_info(src, "The minister met Thursday in Delhi.")
    assert [f.evidence["translation_names"] for f in found] == [["Thursday"]]
    assert above_info(src, "The minister met Hamilton in Delhi.") == []
    # The source names the day: no name come.
    src = "मंत्री ने गुरुवार को दिल्ली में हैमिल्टन से मुलाकात की।"
    assert above_info(src, "On Thursday the minister met Hamilton in Delhi.") == []


def test_a_month_for_a_month_is_no_name_replaced(dictionary):
    # A date said otherwise (a translator's reckoning), not a name replaced.
    src = "अक्टूबर में मंत्री ने संसद में भाषण दिया।"
    assert above_info(src, "In June the minister gave a speech in parliament.") == []
    assert above_info(src, "In October the minister gave a speech in parliament.") == []
