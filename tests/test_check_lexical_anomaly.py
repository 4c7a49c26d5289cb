"""MT104 lexical-anomaly: an adjective standing alone as a noun, off-topic.

Our own sentences: mistranslation-like errors (a look-alike adjective in place
of a noun in a list of nouns) and clean French with nominalised adjectives
(les riches, les blessés, la capitale, les législatives, le français), which
must get nothing above info.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_check
from mtaudit.checks import CheckContext
from mtaudit.checks.lexical_anomaly import LexicalAnomaly
from mtaudit.config import Config
from mtaudit.document import Document
from mtaudit.findings import Severity

DATA = Path(__file__).parent / "data" / "nlp_fr"


def _serious(findings):
    return [(f.text, f.severity.value) for f in findings if f.severity != Severity.INFO]


def test_off_topic_adjective_in_a_list_of_weapons_is_major():
    text = "Le régiment a reçu des fiscales et des blindés pour renforcer ses positions."
    found = run_check(LexicalAnomaly, text)
    assert [(f.text, f.severity) for f in found] == [("fiscales", Severity.MAJOR)]
    f = found[0]
    assert (f.start, f.end) == (text.index("fiscales"), text.index("fiscales") + len("fiscales"))
    assert f.category == "mistranslation"
    ev = f.evidence
    assert ev["lemma"] == "fiscal"
    assert ev["determiner"] == "des"
    assert ev["conjuncts"] == ["blindés"]
    assert ev["similarity_to_conjuncts"] < 0.4
    assert ev["similarity_to_sentence"] < 0.4
    assert "source" in f.suggestion


def test_off_topic_adjective_among_football_players_is_major():
    text = "L'équipe a engagé des attaquants et des culinaires pour la saison prochaine."
    found = run_check(LexicalAnomaly, text)
    assert [(f.text, f.severity) for f in found] == [("culinaires", Severity.MAJOR)]
    assert found[0].evidence["pos"] in ("NOUN", "ADJ")
    assert found[0].evidence["dependency"] in ("conj", "obj", "nmod")


def test_on_topic_feminine_adjective_after_indefinite_article_is_minor():
    # "des navales" (for "des frégates", say): same domain as the list, so the
    # semantic signal is absent; the indefinite feminine nominalisation remains.
    text = "Le ministère de la Défense a commandé des navales et des avions de chasse."
    found = run_check(LexicalAnomaly, text)
    assert [(f.text, f.severity) for f in found] == [("navales", Severity.MINOR)]
    assert found[0].evidence["indefinite_feminine"] is True


def test_adjective_after_article_outside_a_list_is_at_most_info():
    found = run_check(LexicalAnomaly, "La police a découvert des chimiques dans l'entrepôt.")
    assert _serious(found) == []


@pytest.mark.parametrize("text", [
    # elided noun recoverable from the sentence
    "Les voitures électriques se vendent bien, mais les anciennes restent majoritaires.",
    "Les petites et les grandes entreprises recrutent moins cette année.",
    # nominalised adjectives and participles the lexicon knows as nouns
    "Les riches paieront davantage, les pauvres recevront une aide.",
    "Les blessés ont été transportés à l'hôpital, les détenus transférés.",
    "Le public a applaudi les jeunes et les anciens du club.",
    "Un proche du ministre a confirmé la nouvelle.",
    # lexicalised feminine nominalisations
    "La capitale a accueilli la finale de la coupe.",
    # capitalised groups and nationalities
    "Les Verts et les Français ont voté contre le projet.",
])
def test_legitimate_nominalisations_are_not_flagged(text):
    assert run_check(LexicalAnomaly, text) == []


def _lines(name):
    return [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_clean_news_paragraphs_get_nothing_above_info():
    text = "\n".join(_lines("clean_news.txt"))
    assert _serious(run_check(LexicalAnomaly, text)) == []


def test_hard_clean_sentences_get_nothing_above_info():
    text = "\n".join(_lines("hard_clean.txt"))
    assert _serious(run_check(LexicalAnomaly, text)) == []


def test_offsets_are_exact_in_a_later_paragraph():
    text = ("Premier paragraphe sans problème.\n\n"
            "Le régiment a reçu des fiscales et des blindés pour renforcer ses positions.")
    found = run_check(LexicalAnomaly, text)
    assert [f.text for f in found] == ["fiscales"]
    assert found[0].start == text.index("fiscales")


def test_allowlisted_word_is_not_flagged():
    text = "Le régiment a reçu des fiscales et des blindés pour renforcer ses positions."
    assert run_check(LexicalAnomaly, text, allow=["Fiscales"]) == []


def test_no_pipeline_means_no_finding():
    doc = Document(path="t.txt", text="Le régiment a reçu des fiscales et des blindés.", target_lang="fr")
    ctx = CheckContext(config=Config(), nlp=None)
    assert list(LexicalAnomaly().check(doc, ctx)) == []


def test_metadata():
    assert LexicalAnomaly.code == "MT104"
    assert LexicalAnomaly.name == "lexical-anomaly"
    assert LexicalAnomaly.severity == Severity.MAJOR
    assert "nlp" in LexicalAnomaly.requires
    assert LexicalAnomaly.languages == frozenset({"fr"})
