"""Places, peoples and languages named by different words in a source and
its translation (mtaudit.place_words), and MT403 on ru -> en with them."""
import pytest
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.findings import Severity
from mtaudit.place_words import entries_of, named_alike, region_of_named_country

pytest.importorskip("babel")
needs_pycountry = pytest.mark.skipif(
    __import__("importlib").util.find_spec("pycountry") is None, reason="pycountry is not installed")


def audit(source, target, sl="ru", tl="en"):
    return run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)


def above_info(found):
    return [f for f in found if f.severity.rank > 0]


@pytest.mark.parametrize("english,russian", [
    ("Scottish", "Шотландии"),         # a people's adjective / the place (CLDR: Scots, шотландский)
    ("Turks", "турецкими"),            # a people / an adjective (Turkish, турецкий)
    ("Spaniard", "испанцу"),
    ("England", "англиканской"),       # the place / an adjective made of its name
    ("Germans", "немецкими"),
])
def test_words_of_one_people_or_place(english, russian):
    assert named_alike(english, "en", [russian], "ru")
    assert named_alike(russian, "ru", [english], "en")


@needs_pycountry
@pytest.mark.parametrize("english,russian", [
    ("Czechoslovaks", "чехословацкие"),   # ISO 3166-3: a former country
    ("Iowa", "Айове"),                    # ISO 3166-2: a subdivision, translated
    ("Manitoba", "Манитобе"),
])
def test_words_of_one_region_or_former_country(english, russian):
    assert named_alike(english, "en", [russian], "ru")


@pytest.mark.parametrize("english,russian", [
    ("Scottish", "испанцу"),
    ("Turks", "шотландскую"),
    ("Carolina", "Южная"),        # a common word of a place's name («Южная Каролина») is no name
    ("Republican", "республике"),  # nor "Republic", «республика»
    ("Smith", "Шотландии"),
])
def test_words_of_different_places_do_not_match(english, russian):
    assert not named_alike(english, "en", [russian], "ru")


def test_common_words_of_names_are_left_out():
    assert entries_of("South", "en") == frozenset()
    assert entries_of("острова", "ru") == frozenset()


@needs_pycountry
def test_region_of_a_country_the_source_names():
    assert region_of_named_country("Manitoba", "en", ["канадский"], "ru")
    assert not region_of_named_country("Manitoba", "en", ["мексиканский"], "ru")
    # A country is no region of itself.
    assert not region_of_named_country("Canada", "en", ["канадский"], "ru")


def test_people_said_by_another_word_is_clean_ru_en():
    assert above_info(audit("Многие немцы с турецкими корнями превозносят Эрдогана.",
                            "He is hailed as a hero by some German Turks and Erdogan's friends.")) == []
    assert above_info(audit("Правительство Шотландии уже взяло на себя обязательство.",
                            "The Scottish Government has already committed itself.")) == []
    assert above_info(audit("Испанец Серхио Гарсиа стал победителем турнира.",
                            "Spaniard Sergio Garcia became the winner of the tournament.")) == []


def test_people_replaced_by_a_name_is_still_found_ru_en():
    # The twins: the same sentences with a name in place of the people's word.
    f, = above_info(audit("Испанец Серхио Гарсиа стал победителем турнира.",
                          "Fleischer Sergio Garcia became the winner of the tournament."))
    assert f.evidence["translation_names"] == ["Fleischer"]
    f, = above_info(audit("Правительство Шотландии уже взяло на себя обязательство.",
                          "The Fleischer Government has already committed itself."))
    assert f.severity == Severity.MAJOR and "Шотландии" in f.evidence["names"]


@needs_pycountry
def test_region_for_its_country_is_clean_and_another_is_not_ru_en():
    assert above_info(audit("Как рассказал один канадский фермер, свиньи обычно не агрессивны.",
                            "One Manitoba farmer said that pigs are not normally aggressive.")) == []
    f, = above_info(audit("Как рассказал один канадский фермер, свиньи обычно не агрессивны.",
                          "One Fleischer farmer said that pigs are not normally aggressive."))
    assert f.evidence["translation_names"] == ["Fleischer"]
