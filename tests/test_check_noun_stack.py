"""MT107 noun-stack: nouns left in English order, on French sentences of ours."""
from __future__ import annotations

from conftest import run_check

from mtaudit.checks.noun_stack import NounStack
from mtaudit.findings import Severity


def _serious(text):
    return [(f.text, f.severity) for f in run_check(NounStack, text) if f.severity != Severity.INFO]


def test_three_nouns_in_a_row_are_flagged():
    text = "Ce kit contient deux bâtons, des disques et un remplacement carbone cartouche pour le filtre."
    (f,) = [f for f in run_check(NounStack, text) if f.severity != Severity.INFO]
    assert f.severity == Severity.MINOR
    assert f.text == "remplacement carbone cartouche"
    assert f.evidence["nouns"] == ["remplacement", "carbone", "cartouche"]


def test_the_french_twin_with_prepositions_is_quiet():
    text = "Ce kit contient deux bâtons, des disques et une cartouche de carbone de remplacement pour le filtre."
    assert run_check(NounStack, text) == []


def test_the_plural_on_the_second_noun_is_flagged():
    text = "Nous vendons des exercice bandes pour le sport."
    (f,) = _serious(text)
    assert f == ("exercice bandes", Severity.MINOR)


def test_the_french_order_of_that_pair_is_quiet():
    assert run_check(NounStack, "Nous vendons des bandes d'exercice pour le sport.") == []


def test_french_compounds_of_two_nouns_stay_below_minor():
    # Real French compounds: the plural on the first noun, or no plural at all.
    for text in ("Il a jeté les sacs poubelle dans la benne.",
                 "Appuyez sur le bouton poussoir pour ouvrir la porte.",
                 "Les pirates ont infiltré le réseau web de la banque.",
                 "Le défilé a eu lieu début septembre dans le centre-ville.",
                 "Ils sont arrivés samedi matin à la gare."):
        assert _serious(text) == [], text


def test_a_locution_after_the_pair_is_not_a_stack():
    # "suite à", "grâce à" make the second noun part of a preposition.
    text = "Le club a obtenu ce triomphe suite à un match intense."
    assert run_check(NounStack, text) == []


def test_capitalised_names_and_numbers_break_a_stack():
    text = "Le filtre Katadyn Pocket retient 99 % des bactéries."
    assert _serious(text) == []


def test_a_pair_glued_to_the_words_before_it_is_flagged():
    text = "Le kit comprend un filtre 0,2 micron profondeur pour le camping."
    (f,) = _serious(text)
    assert f == ("micron profondeur", Severity.MINOR)
    assert "after «0,2»" in run_check(NounStack, text)[0].message


def test_its_french_twin_and_an_article_before_adjectives_are_quiet():
    text = "Le kit comprend un filtre en profondeur de 0,2 micron pour le camping."
    assert run_check(NounStack, text) == []
    # An article, then adjectives, then a French compound.
    assert _serious("Ce sac possède une grande poche filet pour la gourde.") == []
