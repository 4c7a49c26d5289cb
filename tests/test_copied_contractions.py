"""MT405 on source words copied whole (pairs written for these tests): English
contractions and possessives are judged as whole words ("we're", not "re"),
and a long lowercase word of the aligned source unit that French does not
know at all is copied even when English uses it rarely ("stairwell")."""
from conftest import run_check

from mtaudit.checks.untranslated_source import SourceWordsCopied
from mtaudit.findings import Severity


def copied(source, target, sl="en", tl="fr"):
    return [f.text for f in run_check(SourceWordsCopied, target, lang=tl, source=source, source_lang=sl)
            if f.severity != Severity.INFO]


def test_contraction_left_in_the_translation():
    en = "We want to play in Denver because we're ready for the crowd."
    fr = "Nous voulons jouer à Denver parce que we're prêts pour la foule."
    assert copied(en, fr) == ["we're"]
    assert copied(en, fr.replace("we're", "nous sommes")) == []


def test_possessive_left_in_the_translation():
    en = "They put Dundee ahead for the first time in the team's match."
    fr = "Ils ont placé Dundee en tête pour la première fois du team's match."
    assert "team's" in copied(en, fr)


def test_rare_lowercase_source_word_unknown_to_french():
    en = "I once found myself crying in the stairwell of the office."
    fr = "Je me suis un jour retrouvée en train de pleurer dans le stairwell du bureau."
    assert copied(en, fr) == ["stairwell"]
    assert copied(en, fr.replace("stairwell", "escalier")) == []


def test_short_rare_word_quoted_as_a_word_stays_quiet():
    en = "In Welsh twp means daft."
    fr = "En gallois, twp signifie stupide."
    assert copied(en, fr) == []


def test_unit_after_a_number_is_left_to_the_number_checks():
    en = "The pair weighs 5 lbs and was tested at 55 mph."
    fr = "La paire pèse 5 lbs et a été testée à 55 mph."
    assert copied(en, fr) == []
    # the same words elsewhere are copies
    en2 = "Wind-tested at high speed, measured in mph by the college."
    fr2 = "Testé au vent à grande vitesse, mesuré en mph par le collège."
    assert copied(en2, fr2) == ["mph"]
