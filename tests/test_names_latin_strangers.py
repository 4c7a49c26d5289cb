"""MT403 on Latin-script pairs (issue #11): names come from nowhere, and
the words that stand where a sure name stood, on pairs written for these
tests (an error and its correct twin each). Also the matches that keep
clean translations quiet: an inflected place of several words, a land's
people, a name given more fully, a word derived from a lower-case word of
the source, and the words that translate (an English word in a German
source, a home word that is a surname abroad, a name made of words)."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing, sure_come_names
from mtaudit.findings import Severity
from mtaudit.names import NameIndex, NameWord, STRONG, aliases, may_translate, tokens

WEEKEND_ES = "La policía detuvo al sospechoso el sábado por la noche en el centro de la ciudad."


def reported(source, target, sl, tl):
    """Findings above info."""
    return [f for f in run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)
            if f.severity.rank > 0]


# -- a name come from nowhere ----------------------------------------------------

def test_a_rare_name_come_from_nowhere_is_minor():
    # Spanish writes its weekdays in lower case: no name of the source is
    # gone, but the translation names someone the source never does.
    f, = reported(WEEKEND_ES, "Police arrested the suspect on Kowalczyk night in the city centre.",
                  "es", "en")
    assert f.severity == Severity.MINOR and f.evidence["translation_names"] == ["Kowalczyk"]
    assert reported(WEEKEND_ES, "Police arrested the suspect on Saturday night in the city centre.",
                    "es", "en") == []


def test_a_place_a_name_given_more_fully_or_a_derived_word_is_no_stranger():
    # A capital of CLDR added by the translator ("la ciudad" named).
    assert reported(WEEKEND_ES, "Police arrested the suspect on Saturday night in central Madrid.",
                    "es", "en") == []
    # The source's "Trump" given in full.
    assert reported("Trump habló el sábado con los periodistas del diario.",
                    "Donald Trump spoke to the newspaper's reporters on Saturday.", "es", "en") == []
    # "metodista", written in lower case in Spanish.
    assert reported("La iglesia metodista abrió sus puertas el sábado a los vecinos.",
                    "The Methodist church opened its doors to the neighbours on Saturday.",
                    "es", "en") == []


def test_a_name_the_translation_writes_elsewhere_is_no_stranger():
    source = "Mikel llegó el lunes. Los vecinos dijeron que el joven ayudó toda la noche."
    # The translator gives his surname, and uses it again: a name of the
    # document, said where the source says "el joven".
    target = "Mikel Kowalczyk arrived on Monday. Residents said young Kowalczyk helped all night."
    assert reported(source, target, "es", "en") == []
    # A stranger the text names nowhere else.
    target = "Mikel arrived on Monday. Residents said the young Kowalczyk helped all night."
    f, = reported(source, target, "es", "en")
    assert f.severity == Severity.MINOR and f.evidence["translation_names"] == ["Kowalczyk"]


# -- what stands where a sure name stood ------------------------------------------

def test_a_month_in_the_place_of_a_sure_name_is_minor():
    source = "Los vecinos de Ortzibar dijeron que el río creció durante toda la noche."
    # "December" is no name by find_names' rules, but it stands where the
    # source's name stood, and the source has no month.
    f, = reported(source, "Residents of December said the river rose all night long.", "es", "en")
    assert f.severity == Severity.MINOR and f.evidence["names"] == ["Ortzibar"]
    assert reported(source, "Residents of Ortzibar said the river rose all night long.",
                    "es", "en") == []


def test_a_capital_unknown_to_the_dictionary_is_a_sure_name():
    # "Tarbekov" is in no dictionary and in few word lists: a name all the
    # same, with its capital in mid-sentence.
    source = "Un jurado presentó a Tarbekov una acusación de veinte cargos la semana pasada."
    f, = reported(source, "A jury slapped Dunmore with a twenty-count indictment last week.", "es", "en")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Tarbekov"]
    assert reported(source, "A jury slapped Tarbekov with a twenty-count indictment last week.",
                    "es", "en") == []


def test_a_title_cut_short_in_the_source_is_no_name_gone():
    # "Sra." is written out ("Mrs"), not kept.
    assert reported("Lo escribió la Sra. Plaskova a su marido en un mensaje.",
                    "Mrs Plaskova wrote it to her husband in a message.", "es", "en") == []


# -- names said otherwise ----------------------------------------------------------

def test_an_inflected_place_of_several_words_is_found():
    # CLDR: "Vereinigtes Königreich"; the sentence inflects it.
    source = "Die Verhandlungen im Vereinigten Königreich wurden mit Bartelsen fortgesetzt."
    index = NameIndex.build(tokens(source, "de"), "de")
    alias = aliases("de", "fr")
    assert index.has("Royaume-Uni", "fr", ("Royaume-Uni",), alias, same_script=True)
    other = NameIndex.build(tokens("Die Verhandlungen in Vereinigten Arabischen Emiraten.", "de"), "de")
    assert not other.has("Royaume-Uni", "fr", ("Royaume-Uni",), alias, same_script=True)
    assert reported(source, "Les négociations au Royaume-Uni se sont poursuivies avec Bartelsen.",
                    "de", "fr") == []
    f, = reported(source, "Les négociations au Royaume-Uni se sont poursuivies avec Kowalczyk.",
                  "de", "fr")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Bartelsen"]


def test_a_lands_name_matches_its_people():
    # "den Schweden" (the Swede): the land's name in German, its people in French.
    assert reported("Ein Fehler brachte den Spanier und den Schweden in eine schwierige Lage.",
                    "Une erreur a mis l'Espagnol et le Suédois dans une situation difficile.",
                    "de", "fr") == []


def test_words_that_translate():
    # An English word in a German name ("Aviation Network"): unknown to the
    # German dictionary, written in lower case only by the English one. A
    # German compound is judged by the German dictionary as before.
    assert may_translate("Network", "de", ("fr", "en")) is True
    assert may_translate("Kowalczyk", "de", ("fr", "en")) is False
    # A Spanish word that English lists as a surname only, used far more
    # at home: a word. "Trump" is a name abroad as much as at home.
    assert may_translate("Guerra", "es", ("en",)) is True
    assert may_translate("Trump", "en", ("fr", "en")) is False


def test_a_name_made_of_common_words_is_no_sure_name_come():
    def come(text, run):
        return [w.text for w in sure_come_names([NameWord(0, len(text), text, STRONG, None, run)], "en")]
    # "Hill" is written in lower case only, "Capitol" both ways.
    assert come("Hill", ("Capitol", "Hill")) == []
    # Every word both ways: a person's name.
    assert come("Smith", ("Will", "Smith")) == ["Smith"]
    assert come("Kowalczyk", ("Anna", "Kowalczyk")) == ["Kowalczyk"]


def test_a_name_given_more_fully_replaces_no_other_name():
    # "Sato Kenji" for "Sato": the come "Kenji" stands beside a word of a
    # name the source has, not in the gone "Ortzibar"'s place.
    source = "El enviado Sato habló con Ortzibar en Lima durante la cumbre."
    assert [f.severity for f in reported(source, "Envoy Sato Kenji spoke in Lima during the summit.",
                                         "es", "en")] != [Severity.MAJOR]
    f, = reported(source, "Envoy Sato spoke with Kenji in Lima during the summit.", "es", "en")
    assert f.severity == Severity.MAJOR and f.evidence["translation_names"] == ["Kenji"]


def test_a_first_name_opening_the_sentence_is_a_sure_name():
    # "Jed" opens the sentence (a capital by rule) but the sure name
    # "Ortzibar" follows it in its run: a first name, replaced here.
    source = "Jed Ortzibar, director del club, dio las gracias a la policía."
    f, = reported(source, "Club director Kowalczyk Ortzibar thanked the police.", "es", "en")
    assert f.severity == Severity.MAJOR and f.evidence["names"] == ["Jed"]
    assert reported(source, "Club director Jed Ortzibar thanked the police.", "es", "en") == []
