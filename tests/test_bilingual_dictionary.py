"""Names made of ordinary words, translated word for word (MT403): a bilingual
dictionary (FreeDict, read by mtaudit.bilingual_dictionary) shows «Bahía» /
"Bay" and "Gardens" / «jardin» as one name translated, not a name gone and
another come. Each test builds its own tiny dictionaries in dictd's format
(never the system's)."""
import pytest
from conftest import clear_dictionary_caches, run_check, write_dictionary

from mtaudit import bilingual_dictionary, freedict
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.findings import Severity

ENG_FRA = [("garden", "garden /gɑːdn/\njardin\n"),
           ("red", "red /rid/\nrouge\n"),
           ("cross", "cross /krɔs/\n1. croiser\n2. croix\n")]
SPA_ENG = [("bahía", "bahía /baˈia/\nbay\n")]
ENG_IND = [("red", "red /ɹɛd/ <n>\nmerah\ncolour\n")]


def _clear():
    clear_dictionary_caches()


@pytest.fixture
def dictionaries(tmp_path, monkeypatch):
    """Points the reader at the test's own dictionaries (none until made)."""
    def make(**named):
        for name, entries in named.items():
            write_dictionary(tmp_path, name.replace("_", "-"), entries)
        _clear()
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    _clear()
    yield make
    _clear()


def test_translations_read_each_dictionary_both_ways_and_through_english(dictionaries):
    t = bilingual_dictionary.translations
    assert t("Bahía", "es", "en") == frozenset()      # none before the dictionaries are there
    dictionaries(eng_fra=ENG_FRA, spa_eng=SPA_ENG, eng_ind=ENG_IND)
    assert t("Garden", "en", "fr") == {"jardin"}
    assert t("Gardens", "en", "fr") == {"jardin"}      # the lemma, by the spelling dictionary
    assert t("jardin", "fr", "en") == {"garden"}       # eng-fra read backwards
    assert t("Cross", "en", "fr") == {"croiser", "croix"}
    assert t("Bay", "en", "es") == {"bahía"}
    assert t("Merah", "id", "fr") == {"rouge"}         # Indonesian -> English -> French
    assert t("Tampa", "es", "en") == frozenset()       # a name: no dictionary knows it
    assert t("garden", "en", "en") == frozenset()


def test_translations_without_dictionaries_find_nothing(dictionaries):
    assert bilingual_dictionary.translations("Garden", "en", "fr") == frozenset()


SOURCE = "El informe más reciente de la Comisión muestra niveles altos en la Bahía de Tampa."


def _mt403(dictionaries, target, **named):
    if named:
        dictionaries(**named)
    return run_check(EntityMissing, target, "en", source=SOURCE, source_lang="es")


def test_a_name_translated_word_for_word_is_neither_gone_nor_come(dictionaries):
    target = "The newest report from the Commission shows high levels in Tampa Bay."
    without = _mt403(dictionaries, target)
    assert any("Bahía" in f.message and f.severity != Severity.INFO for f in without)
    assert _mt403(dictionaries, target, spa_eng=SPA_ENG) == []


def test_the_dictionary_hides_no_name_replaced(dictionaries):
    target = "The newest report from the Commission shows high levels in Miami Bay."
    found = _mt403(dictionaries, target, spa_eng=SPA_ENG)
    assert any("Tampa" in f.message for f in found)
    assert not any("Bahía" in f.message for f in found)


def test_a_name_of_ordinary_words_in_a_french_translation(dictionaries):
    source = "The study will follow brown bats at Inverewe Gardens in Wester Ross."
    target = "L’étude suivra les chauves-souris brunes au jardin d’Inverewe, à Wester Ross."
    without = run_check(EntityMissing, target, "fr", source=source, source_lang="en")
    assert any("Gardens" in f.message for f in without)
    dictionaries(eng_fra=ENG_FRA)
    found = run_check(EntityMissing, target, "fr", source=source, source_lang="en")
    assert not any("Gardens" in f.message for f in found)


# English -> French -> Russian: no dictionary joins English and Russian well
# enough, French joins them.
ENG_FRA_RU = [("west", "west /west/\n1. occident, ouest\n"), ("jew", "Jew /dʒjuː/\n1. Hébreu\n2. Juif, Juive\n")]
FRA_RUS = [("ouest", "ouest /wɛst/ <n, masc>\nзапад\nPoint cardinal\n"),
           ("juif", "juif /ʒɥif/ <n, masc>\nеврей\n"), ("juive", "juive /ʒɥiv/ <n, fem>\nеврейка\n")]
RU_SOURCE = "Моя мать, еврейка из Праги, уехала на Запад после войны вместе с Иваном."


def test_french_joins_english_and_russian_and_russian_words_are_read_by_their_lemmas(dictionaries):
    dictionaries(eng_fra=ENG_FRA_RU, fra_rus=FRA_RUS)
    t = bilingual_dictionary.translations
    assert t("West", "en", "ru") == {"запад"}
    assert t("Запада", "ru", "en") == {"west"}              # declined: read by pymorphy3's lemma
    assert "еврейка" in bilingual_dictionary.forms("еврейкой", "ru")


def test_a_russian_name_of_ordinary_words_translated_is_no_replacement(dictionaries):
    target = "My mother, a Jew from Prague, went to the West after the war with Ivan."
    without = run_check(EntityMissing, target, "en", source=RU_SOURCE, source_lang="ru")
    # without the dictionaries: «Запад» gone and "Jew" come, a name replaced
    assert any("Запад" in f.message and f.severity == Severity.MAJOR for f in without)
    dictionaries(eng_fra=ENG_FRA_RU, fra_rus=FRA_RUS)
    assert run_check(EntityMissing, target, "en", source=RU_SOURCE, source_lang="ru") == []
    # a name replaced is still one
    replaced = run_check(EntityMissing, target.replace("Ivan", "Peter"), "en", source=RU_SOURCE,
                         source_lang="ru")
    assert any("Peter" in f.message and f.severity == Severity.MAJOR for f in replaced)
    assert not any("Запад" in f.message or "Jew" in f.message for f in replaced)


DEU_FRA = [("Jugoslawien", "Jugoslawien /juɡoˈslaːvi̯ən/ <n, neut>\nYougoslavie\nGeographie, historisch\n")]


def test_a_name_translated_is_found_in_its_inflected_form(dictionaries):
    source = "Mazedonien ist eines der Länder, die aus dem Zusammenbruch Jugoslawiens hervorgingen."
    target = "La Macédoine est l’un des pays nés de l’effondrement de la Yougoslavie."
    without = run_check(EntityMissing, target, "fr", source=source, source_lang="de")
    assert any("Yougoslavie" in f.message and f.severity != Severity.INFO for f in without)
    dictionaries(deu_fra=DEU_FRA)
    # «Jugoslawiens» is the genitive of «Jugoslawien», which the dictionary translates
    found = run_check(EntityMissing, target, "fr", source=source, source_lang="de")
    assert not any("Yougoslavie" in f.message for f in found)
