"""MT403 on German sources (issue #11): German writes every noun with a
capital, so which capitalised words are names is asked of a part-of-speech
tagger (HanTa, mtaudit.pos_de): a common noun after an article or a
determiner is no name, a real name is still matched, and a replaced one
still found. Without the tagger, the dictionaries' judgement stands and the
document's warnings say so. German/French pairs written for these tests."""
import sys

import pytest
from conftest import run_check

from mtaudit import pos_de, resources
from mtaudit.checks import CheckContext
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.config import Config
from mtaudit.document import Document
from mtaudit.names import case_evidence, find_names

JUDGE_DE = "Der Richter sprach am Montag mit Kowalski über die Serie."


def reported(source, target):
    """Findings above info."""
    return [f for f in run_check(EntityMissing, target, lang="fr", source=source, source_lang="de")
            if f.severity.rank > 0]


def name_words(text):
    runs = find_names(text, "de", 0, len(text), case_evidence(text, "de"), ("fr", "en"))
    return [w.text for run in pos_de.without_common_nouns(runs, text, 0, len(text)) for w in run]


def test_common_nouns_after_an_article_or_a_determiner_are_no_names():
    # The dictionaries list "Fall" and "Richter" as names too (surnames).
    words = name_words("Auf jeden Fall hat der Richter den Streit an das Gericht in Hamburg verwiesen.")
    assert "Fall" not in words and "Richter" not in words
    assert "Hamburg" in words
    # An ordinal's full stop ends no sentence: "Mal" follows "zum 7." (cut
    # there, "Mal" would open a sentence, where the tagger reads it "mal").
    text = "Das Festival findet dieses Jahr zum 7. Mal in Hamburg statt."
    assert pos_de.common_nouns(text, 0, len(text), [text.index("Mal")]) == {text.index("Mal")}
    # A clean translation that capitalises a word where the noun stood
    # ("le Juge") is no name replaced.
    assert reported("Auf jeden Fall hat der Richter den Streit an das Gericht in Hamburg verwiesen.",
                    "En tout cas, le Juge a renvoyé le litige devant le tribunal de Hambourg.") == []
    assert reported("Laut dem Richter hat die Serie der Unfälle im Sommer begonnen.",
                    "Selon le Tribunal, la série des accidents a commencé en été.") == []


def test_a_noun_one_letter_from_a_place_is_judged_too():
    # "Schweine" is one letter from CLDR's "Schweiz" (an inflected place by
    # find_names' rule), but the tagger's corpus has the very word as a noun.
    text = "Die Schweine liefen am Montag über den Hof in Bern."
    runs = find_names(text, "de", 0, len(text), case_evidence(text, "de"), ("fr", "en"))
    assert "Schweine" in [w.text for run in runs for w in run]
    words = name_words(text)
    assert "Schweine" not in words and "Bern" in words


def test_a_noun_beside_a_name_is_left_to_the_dictionaries():
    # The tagger knows "Brett" as a noun (a board), but beside "Kavanaugh"
    # it is a first name.
    words = name_words("Am Montag sprach Brett Kavanaugh vor dem Ausschuss.")
    assert "Brett" in words and "Kavanaugh" in words


def test_a_real_name_is_still_matched_and_a_replaced_one_still_found():
    assert reported(JUDGE_DE, "Le juge a parlé lundi avec Kowalski de la série.") == []
    f, = reported(JUDGE_DE, "Le juge a parlé lundi avec Nowak de la série.")
    assert f.evidence["names"] == ["Kowalski"] and f.evidence["translation_names"] == ["Nowak"]
    assert f.severity.name == "MAJOR"


def test_compounds_of_common_nouns_and_a_suspended_hyphen_are_no_names():
    words = name_words("Die Denuklearisierungsfrage bleibt offen, sagte der Sprecher in Seoul.")
    assert "Denuklearisierungsfrage" not in words and "Seoul" in words
    # "Bar-" is the first part of "Barbereich".
    words = name_words("Der Umsatz im Pub-, Bar- und Restaurantbereich stieg in London.")
    assert "Bar" not in words and "London" in words


def test_without_the_tagger_the_dictionaries_judge_and_the_run_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "HanTa", None)       # `import HanTa` fails
    pos_de._load.cache_clear()
    try:
        source = "Laut dem Richter hat die Serie der Unfälle im Sommer begonnen."
        doc = Document(path="t.txt", text="Selon le Tribunal, la série des accidents a commencé en été.",
                       target_lang="fr", source=source, source_lang="de")
        found = list(EntityMissing().check(doc, CheckContext(config=Config())))
        # Today's behaviour: "Richter" taken for a name.
        assert any("Richter" in f.evidence["names"] for f in found)
        # Said once per run (mtaudit.resources, tests/test_resources.py), not per document.
        assert any("HanTa is not installed" in n for n in resources.notes_for(["de"]))
        assert not any("HanTa" in w for w in doc.extra.get("warnings", ()))
    finally:
        pos_de._load.cache_clear()      # the next caller loads the real tagger
        resources.found("HanTa")


def test_a_sentence_the_tagger_fails_on_is_said_and_judged_by_the_dictionaries(monkeypatch):
    def fail(sentence):
        raise pos_de.TaggingFailed("ValueError: broken model")
    monkeypatch.setattr(pos_de, "_tag_sentence", fail)
    text = "Der Richter sprach mit Kowalski."
    notes = []
    runs = find_names(text, "de", 0, len(text), case_evidence(text, "de"), ("fr",))
    assert pos_de.without_common_nouns(runs, text, 0, len(text), notes) == runs
    assert len(notes) == 1 and "broken model" in notes[0]


@pytest.mark.parametrize("n_words", [450])
def test_a_sentence_longer_than_one_piece_is_tagged_in_pieces(n_words):
    # A list run together without full stops: tagged in pieces, every
    # token tagged once.
    sentence = " ".join(["der Richter"] * (n_words // 2))
    tags = pos_de._tag_sentence(sentence)
    assert len(tags) == n_words
    assert [t for _, t in tags[:2]] == ["ART", "NN"]


def test_an_english_name_made_of_words_in_a_german_source_may_be_translated():
    # The German dictionary lists "Safety" and "Monitor" as nouns, which
    # made the whole name a sure one gone; a name made of English common
    # words is translated as often as kept.
    source = "Den Daten des Aviation Safety Network zufolge starben 111 Menschen in Indonesien."
    assert reported(source, "Selon les données du Réseau de la sécurité aérienne, 111 personnes "
                            "sont mortes en Indonésie.") == []
    # A name of persons beside it is still a name: replaced, it is found.
    source = "Den Daten des Aviation Safety Network zufolge sagte Kowalski, 111 Menschen seien gestorben."
    f, = reported(source, "Selon les données du Aviation Safety Network, Nowak a dit que 111 personnes "
                          "sont mortes.")
    assert f.evidence["names"] == ["Kowalski"]
