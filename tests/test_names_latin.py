"""MT403 on Latin-script pairs (en, id, de, es -> fr, en), on pairs written
for these tests: how spelling dictionaries tell names from common words
(mtaudit.written_case), German nouns, institutions that translate, exonyms
a document repeats, shortened names, spelling slips, and replaced names."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.findings import Severity
from mtaudit.names import (STRONG, NameIndex, case_evidence, dictionary_compound, find_names,
                           is_place_name, may_translate, one_slip, tokens)
from mtaudit.written_case import BOTH, COMMON, PROPER, UNKNOWN, written_case


def reported(source, target, sl, tl):
    """Findings above info."""
    found = run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)
    return [f for f in found if f.severity.rank > 0]


def names_of(text, lang, other=()):
    return {w.text: w.level for run in find_names(text, lang, 0, len(text),
                                                  case_evidence(text, lang), other)
            for w in run}


# -- how a language writes a word ---------------------------------------------

def test_written_case_from_dictionaries():
    assert written_case("Scotland", "en") == PROPER
    assert written_case("Navy", "en") == COMMON          # "navy"
    assert written_case("Awards", "en") == COMMON        # "award" + s
    assert written_case("May", "en") == BOTH             # the month and "may"
    assert written_case("Widodo", "en") == UNKNOWN
    assert written_case("Galles", "fr") in (PROPER, BOTH)
    assert written_case("Cour", "fr") == COMMON
    # Indonesian circumfixes: ke-...-an around "hakim".
    assert written_case("Kehakiman", "id") == COMMON
    # German nouns are capitalised in the dictionary, inflected here.
    assert written_case("Untersuchungen", "de") == PROPER
    assert written_case("Navy", "xx") is None            # no dictionary: no answer


def test_places_and_compounds():
    assert is_place_name("Bolivien", "de") and is_place_name("Mexikos", "de")
    assert not is_place_name("Monate", "de")             # not "Monaco" inflected
    assert dictionary_compound("Basttasche", "de")
    assert not dictionary_compound("Harington", "de")


def test_words_that_may_translate():
    assert may_translate("Navy", "en") is True
    assert may_translate("Kehakiman", "id") is True
    assert may_translate("Senat", "de") is True          # a German noun
    assert may_translate("Maison-Blanche", "fr") is True  # made of common words
    assert may_translate("Scotland", "en") is False
    assert may_translate("Trump", "en", ("fr",)) is False  # a name in French's dictionary


# -- German: nouns are no names, names are --------------------------------------

def test_german_nouns_and_loanwords_are_not_names():
    text = "Das Team gab der Zeit die Schuld, sagte Harington beim Interview in Bolivien."
    names = names_of(text, "de", ("fr", "en"))
    assert "Team" not in names and "Zeit" not in names and "Interview" not in names
    assert names.get("Harington") == STRONG and names.get("Bolivien") == STRONG


def test_german_unknown_name_replaced_is_major():
    f, = reported("Der Trainer Harington lobte am Sonntag die Mannschaft.",
                  "Dimanche, l'entraîneur Kavanaugh a félicité l'équipe.", "de", "fr")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Harington"]
    assert f.evidence["translation_names"] == ["Kavanaugh"]


# -- translated institutions, repeated exonyms, names named elsewhere ------------

def test_institution_words_translated_are_not_replacements():
    assert reported("On Monday the Navy confirmed the Awards ceremony.",
                    "Lundi, la Marine a confirmé la cérémonie des Oscars.", "en", "fr") == []
    assert reported("Pengadilan menolak banding Kementerian Kehakiman pada hari Senin.",
                    "Lundi, la Cour a rejeté l'appel du ministère de la Justice.", "id", "fr") == []


def test_exonym_repeated_in_the_document_is_one_name():
    # (A region's exonym that neither CLDR nor the gazetteer of cities
    # has: a city's, Tbilisi / Tiflis, the gazetteer matches at once.)
    source = "Voters in Brittany went to the polls.\nThe mayor of Brittany welcomed it."
    target = "Les électeurs de Bretagne ont voté.\nLe maire de Bretagne s'en est félicité."
    assert reported(source, target, "en", "fr") == []
    # Once only, the same pair still looks like a name replaced.
    f, = reported(source.split("\n")[0], target.split("\n")[0], "en", "fr")
    assert f.severity == Severity.MAJOR


def test_a_name_the_source_names_elsewhere_is_no_stranger():
    source = "Theresa May spoke on Monday.\nThe prime minister said she was confident."
    target = "Theresa May s'est exprimée lundi.\nTheresa May s'est dite confiante."
    assert reported(source, target, "en", "fr") == []


def test_first_name_dropped_or_replaced():
    # "Theresa May" shortened to "Mme May": the same person.
    assert reported("Theresa May met Angela Merkel in Berlin on Friday.",
                    "Mme May a rencontré Mme Merkel vendredi à Berlin, dit Juncker.",
                    "en", "fr") == []
    # A first name replaced in front of the kept surname: another person.
    f, = reported("On Friday, Gregory Jarvis played the lead in the show.",
                  "Vendredi, Bernard Jarvis a joué le rôle principal dans l'émission.", "en", "fr")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Gregory"]


def test_spelling_slips_but_not_sound_alikes_in_one_script():
    index = NameIndex.build(tokens("Bryson Dechambeau and Miller lost.", "en"), "en")
    assert index.has("Decahmbeau", "en", same_script=True)
    assert index.has("Miler", "en", same_script=True)
    assert one_slip("bear", "baer") and not one_slip("valero", "varela")
    german = NameIndex.build(tokens("Bis zu 25 Zentimeter Niederschlag.", "de"), "de")
    assert not german.has("Londonderry", "fr", same_script=True)


def test_first_word_place_replaced_is_major():
    f, = reported("Bolivia has the momentum, said the diplomat.",
                  "La Colombie a l'élan, a dit le diplomate.", "en", "fr")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Bolivia"]


def test_whole_run_finds_the_alias():
    assert reported("El Reino Unido y los Estados Unidos firmaron el acuerdo.",
                    "The United Kingdom and the United States signed the agreement.",
                    "es", "en") == []
