"""MT403 from a Hindi source: a country the source names by another name
than CLDR's («अमेरिका», the United States) and a language or people CLDR
names in Hindi («जर्मन» German) are names gone where the translation's unit
says them by no word; with any name come in mid-sentence, a name replaced.
Sentences written for these tests, each with its correct twin."""
import pytest
from conftest import clear_dictionary_caches, run_check, write_dictionary

from mtaudit import freedict
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names_hindi import _hindi_language_names


def above_info(source, target):
    return [f for f in run_check(EntityMissing, target, lang="en", source=source, source_lang="hi")
            if f.severity.rank > 0]


def test_country_by_another_name_gone():
    src = "कल शाम राष्ट्रपति ने अमेरिका में भाषण दिया।"
    found = above_info(src, "Last night the president gave a speech in Hillsborough.")
    assert [f.evidence["names"] for f in found] == [["अमेरिका"]]
    assert above_info(src, "Last night the president gave a speech in America.") == []
    assert above_info(src, "Last night the president gave a speech in the United States.") == []
    assert above_info(src, "Last night the president gave a speech in the US.") == []


def test_short_word_whose_key_is_a_latin_acronym_is_no_country():
    # «उस» ("that") has the key "us", as the US has.
    src = "उस शाम राष्ट्रपति ने संसद में भाषण दिया।"
    assert above_info(src, "That evening the president gave a speech in the Hillsborough parliament.") == []


def test_hindi_language_names_are_of_well_known_languages():
    names = _hindi_language_names("en")
    assert names.get("जर्मन") == "german" and names.get("जापानी") == "japanese"
    assert "बेजा" not in names          # Beja; also a Hindi word ("improper")


def test_language_gone_with_a_name_come():
    src = "1938 में, जर्मन अधिकारी हमले के लिए तैयार थे।"
    found = above_info(src, "In 1938, Jackson officers were ready to attack.")
    assert [f.evidence["names"] for f in found] == [["जर्मन"]]
    assert above_info(src, "In 1938, German officers were ready to attack.") == []
    assert above_info(src, "In 1938, officers in Germany were ready to attack.") == []


@pytest.fixture
def sugar(tmp_path, monkeypatch):
    write_dictionary(tmp_path, "eng-hin", [("sugar", "sugar /x/ <N>\n1. चीनी\n")])
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    clear_dictionary_caches()
    yield
    clear_dictionary_caches()


def test_language_name_that_is_also_an_ordinary_word_rendered_by_it(sugar):
    # चीनी is Chinese and "sugar": a unit that says "sugar" renders it.
    src = "कल शाम सिल्विया ने चाय में चीनी डाली।"
    assert above_info(src, "Last night Sylvia put sugar in the Hillsborough tea.") == []
    found = above_info(src, "Last night Sylvia put leaves in the Hillsborough tea.")
    assert [f.evidence["names"] for f in found] == [["चीनी"]]
