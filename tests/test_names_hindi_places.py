"""MT403 from a Hindi source: a country the source names by another name
than CLDR's («अमेरिका», the United States) is a name gone where the
translation's unit says it by no word; with any name come in mid-sentence,
a name replaced.
Sentences written for these tests, each with its correct twin."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing


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
