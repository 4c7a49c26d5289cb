"""mtaudit.gazetteer (GeoNames' cities and their names in many scripts) and
MT403 with it, on pairs written for these tests: two names of one city are
one name (exonyms, transcriptions no sound rule explains), a city replaced
by another is still reported, and a city's name that is also a common word
or another city's name ("Nice", "Split") matches nothing but its own city."""
import pytest
from conftest import run_check

from mtaudit import gazetteer, names
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.findings import Severity


def audit(source, target, sl, tl):
    return run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)


@pytest.fixture
def no_gazetteer(monkeypatch):
    """MT403 as it was without the gazetteer: what each test's pair shows it adds."""
    monkeypatch.setattr(names.NameIndex, "same_place", lambda self, *a: False)


# -- the index ----------------------------------------------------------------

def test_names_of_one_city_in_several_scripts():
    munich = gazetteer.places("Munich", "en")
    assert len(munich) == 1
    for word, lang in (("München", "de"), ("Мюнхен", "ru"), ("慕尼黑", "zh"), ("ミュンヘン", "ja"),
                       ("म्यूनिख", "hi")):
        assert gazetteer.places(word, lang) == munich, word


def test_inflected_russian_forms_name_their_city():
    # A case ending (locative «Мюнхене») and pymorphy3's dictionary form
    # («Москве» -> «Москва»).
    assert gazetteer.places("Мюнхене", "ru") == gazetteer.places("Munich", "en")
    assert gazetteer.places("Москве", "ru") & gazetteer.places("Moscow", "en")
    # The ending is stripped only in a language that inflects names.
    assert not gazetteer.places("Мюнхене", "en")


def test_codes_are_no_names_and_shared_names_keep_their_places():
    assert gazetteer.places("MUC", "en") == frozenset()   # Munich's airport code
    # Worcester (England), Worcester (Massachusetts)...: one spelling, several places.
    worcester = gazetteer.places("Worcester", "en")
    assert len(worcester) >= 2 and worcester & gazetteer.places("Вустер", "ru")
    # Nice and Split are cities, but not one city.
    assert gazetteer.places("Nice", "fr") and gazetteer.places("Split", "hr")
    assert not gazetteer.places("Nice", "fr") & gazetteer.places("Split", "hr")
    assert not gazetteer.places("Nice", "fr") & gazetteer.places("Spalato", "it")


# -- MT403 with it -------------------------------------------------------------

RU_MUNICH = ("Переговоры прошли в Мюнхене на прошлой неделе.", "The talks took place in Munich last week.")


def test_russian_exonym_is_found(no_gazetteer):
    # Without the gazetteer, «Мюнхене» and "Munich" are two names (no sound
    # rule makes "Munich" of "Myunkhen"): a name replaced.
    assert [f.severity for f in audit(*RU_MUNICH, "ru", "en")] == [Severity.MAJOR]


def test_russian_exonym_is_found_with_the_gazetteer():
    assert audit(*RU_MUNICH, "ru", "en") == []


def test_replaced_city_is_still_reported():
    f, = audit("Переговоры прошли в Мюнхене на прошлой неделе.",
               "The talks took place in Vienna last week.", "ru", "en")
    assert f.severity == Severity.MAJOR and f.evidence["translation_names"] == ["Vienna"]


@pytest.mark.parametrize("sl,source", [
    ("ja", "会議は先週ウスターで開かれた。"),
    ("ja", "会議は先週ミュンヘンで開かれた。"),
])
def test_japanese_city_is_found(sl, source, monkeypatch):
    target = "The meeting was held in " + ("Worcester" if "ウスター" in source else "Munich") + " last week."
    assert audit(source, target, sl, "en") == []
    # (Without the gazetteer, the translation's city has no counterpart; nor
    # without the Japanese analyser, whose readings would match it by sound.)
    monkeypatch.setattr(names.NameIndex, "same_place", lambda self, *a: False)
    from mtaudit import names_japanese
    monkeypatch.setattr(names_japanese, "morphemes", lambda text: ())
    monkeypatch.setattr(names_japanese, "available", lambda: False)
    assert [f.severity for f in audit(source, target, sl, "en")] == [Severity.INFO]


def test_old_exonym_of_a_city_once():
    # Tiflis (Tbilisi), once only: no name replaced.
    assert audit("Voters in Tbilisi went to the polls.", "Les électeurs de Tiflis ont voté.", "en", "fr") == []


def test_exonym_between_latin_texts():
    # "Nizza" is Nice in Italian: a city whose name is also a common word
    # of English, matched with its own city's names only.
    assert audit("Il sindaco di Nizza ha parlato lunedì.", "Le maire de Nice a parlé lundi.", "it", "fr") == []


@pytest.mark.parametrize("sl,source,gone", [
    ("it", "Il sindaco di Spalato ha parlato lunedì.", "Spalato"),   # Split, in Italian
    ("de", "Der Bürgermeister von Split sprach am Montag.", "Split"),
])
def test_common_word_city_is_no_false_match(sl, source, gone):
    # Split and Nice are both cities and words; a city replaced by another
    # stays a name replaced.
    f, = audit(source, "Le maire de Nice a parlé lundi.", sl, "fr")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == [gone]
    assert f.evidence["translation_names"] == ["Nice"]


# -- a source without capitals: a foreign city gone ----------------------------

def test_foreign_cities_are_found_as_written():
    munich = gazetteer.places("Munich", "en")
    assert gazetteer.foreign_places("慕尼黑", "zh") == munich
    assert gazetteer.foreign_places("ミュンヘン", "ja") == munich
    # A city of the language's own country is left out (its name is often
    # made of common words); Beijing is no foreign city in Chinese.
    assert gazetteer.home_country("zh") == "CN"
    assert gazetteer.places("北京", "zh") and not gazetteer.foreign_places("北京", "zh")


@pytest.mark.parametrize("sl,source,city", [
    ("zh", "会议上周在萨格勒布举行。", "萨格勒布"),
    ("ja", "会議は先週ザグレブで開かれた。", "ザグレブ"),
])
def test_foreign_city_replaced_in_a_source_without_capitals(sl, source, city):
    # The city kept (Zagreb): nothing; another city in its place: a name
    # replaced, both traces sure (a rare name come, a rare foreign city gone).
    assert audit(source, "The meeting was held in Zagreb last week.", sl, "en") == []
    f, = audit(source, "The meeting was held in Ipswich last week.", sl, "en")
    assert f.severity == Severity.MINOR and f.evidence["translation_names"] == ["Ipswich"]
    assert f.evidence["names"] == [city]


def test_a_frequent_city_word_is_no_sure_name():
    # 慕尼黑 (Munich) is a frequent word of the Chinese list: like any
    # frequent word, not surely a name by the gazetteer.
    from mtaudit.checks._bilingual import units
    from mtaudit.document import Document
    from mtaudit.names_uncased import _foreign_cities_gone
    doc = Document(path="t.txt", text="The meeting was held in Ipswich last week.", target_lang="en",
                   source="会议上周在慕尼黑举行。", source_lang="zh")
    assert [g for u in units(doc) for g in _foreign_cities_gone(doc, u, "zh", "en")] == []
    # (The check still finds the name replaced, by another rule: CC-CEDICT
    # gives 慕尼黑 as "Munich", whose sound it transcribes, and no word of
    # the translation renders it; see test_names_chinese.)
    found = audit("会议上周在慕尼黑举行。", "The meeting was held in Ipswich last week.", "zh", "en")
    assert [f.evidence["names"] for f in found] == [["慕尼黑"]]
