"""MT302 inconsistent-term-spelling: one term spelt two ways."""
from __future__ import annotations

from conftest import run_check, run_checks_corpus

from mtaudit.checks.term_consistency import InconsistentTermSpelling as Check
from mtaudit.findings import Severity


def test_acronym_case_variant_in_a_document():
    text = ("L'OTAN renforce sa présence. Le secrétaire général de l'OTAN l'a annoncé. "
            "Les pays de l'Otan se réunissent jeudi.")
    (f,) = run_check(Check, text)
    assert f.text == "Otan" and f.start == text.index("Otan")
    assert f.severity == Severity.INFO       # capitals alone: a house-style choice
    assert f.evidence == {"variants": {"OTAN": 2, "Otan": 1}, "scope": "document", "case_only": True}
    assert f.suggestion == "OTAN"


def test_hyphenation_and_spaced_name_variants():
    text = ("Envoyez un e-mail au service. L'email sera lu. Chaque e-mail compte. "
            "Kim Jong-un a parlé. Selon Kim Jong Un, le tir a réussi. Kim Jong-un a conclu.")
    found = run_check(Check, text)
    assert sorted(f.text for f in found) == ["Jong Un", "email"]


def test_accent_on_a_capital_is_a_variant_but_small_letter_accents_are_words():
    text = ("Les États-Unis et l'Union européenne négocient. Les Etats-Unis ont refusé. "
            "Les États-Unis insistent. Il a dit où il va, ou bien il reste. Il a à faire.")
    (f,) = run_check(Check, text)
    assert f.text == "Etats-Unis"


def test_sentence_case_datelines_and_headlines_are_not_variants():
    text = ("PARIS - Le président a parlé à Paris. Le Sénat vote. le Sénat a voté.\n"
            "LA GRÈVE CONTINUE À PARIS\n"
            "Des Français et des français d'adoption. Peut-être demain ; cela peut être utile.")
    assert run_check(Check, text) == []


def test_tie_flags_the_later_spelling():
    (f,) = run_check(Check, "Le week-end a été calme. Ce weekend, il pleut.")
    assert f.text == "weekend"


def test_corpus_only_inconsistency_is_info():
    texts = {
        "a.txt": "L'OTAN tient son sommet. L'OTAN décide.",
        "b.txt": "L'OTAN publie un rapport.",
        "c.txt": "Le chef de l'Otan est en visite.",
    }
    out = run_checks_corpus(Check, texts)
    assert out["a.txt"] == [] and out["b.txt"] == []
    (f,) = out["c.txt"]
    assert f.text == "Otan" and f.severity == Severity.INFO
    assert f.evidence["variants"] == {"OTAN": 3, "Otan": 1}


def test_corpus_counts_include_documents_already_inconsistent_in_themselves():
    texts = {
        "a.txt": "L'Unesco classe le site. L'UNESCO le confirme. L'UNESCO publie. L'UNESCO vote.",
        "b.txt": "Le directeur de l'Unesco visite le site.",
    }
    out = run_checks_corpus(Check, texts)
    assert [f.text for f in out["a.txt"]] == ["Unesco"]
    (f,) = out["b.txt"]
    assert f.text == "Unesco" and f.severity == Severity.INFO
    assert f.evidence["variants"] == {"UNESCO": 3, "Unesco": 2}
    assert f.evidence["occurrences_here"] == 1


def test_allowlist():
    text = "L'OTAN et l'OTAN et l'Otan."
    assert run_check(Check, text, allow=["Otan"]) == []


def test_clean_article_gets_nothing_above_info():
    from test_check_dates import CFG, CLEAN
    assert [f for f in run_check(Check, CLEAN, config=CFG) if f.severity != Severity.INFO] == []


def test_a_dateline_of_several_capitalised_words_is_not_a_spelling():
    text = ("SAINT-DENIS DE LA RÉUNION - Le conseil départemental de Saint-Denis de la Réunion "
            "a voté mardi un plan pour les routes de l'île.")
    assert [f for f in run_check(Check, text) if f.severity.value != "info"] == []


def test_words_set_in_capitals_for_emphasis_are_not_spellings():
    text = ("Le compteur tourne. Au marché, LE COMPTEUR EST BLOQUÉ, dit l'affiche. "
            "Le compteur sera changé. Selon Nigel Dupont, NIGEL DUPONT AVAIT RAISON.")
    assert run_check(Check, text) == []
    # An acronym among small letters is still a spelling of the term.
    text = "L'OTAN renforce sa présence. Les pays de l'Otan se réunissent. L'OTAN a parlé."
    assert [f.text for f in run_check(Check, text)] == ["Otan"]


def test_demonym_noun_and_adjective_are_one_spelling():
    text = ("Les Nord-Coréens ont voté. Les dirigeants nord-coréens ont parlé. "
            "Les Nord-Coréens attendent.")
    assert run_check(Check, text) == []
    text = "Jean-Marc est venu. Puis Jean-marc est parti. Jean-Marc reviendra."
    assert [f.text for f in run_check(Check, text)] == ["Jean-marc"]


def test_a_variant_the_source_also_has_is_the_sources():
    target = ("Le kit Rando-Pro se plie. Le kit RandoPro pèse deux kilos. "
              "Le kit Rando-Pro tient dans un sac.")
    source = ("The Rando-Pro kit folds. The RandoPro kit weighs two kilos. "
              "The Rando-Pro kit fits in a bag.")
    (f,) = run_check(Check, target, source=source)
    assert f.text == "RandoPro" and f.severity == Severity.INFO
    assert f.evidence["in_source"] is True
    # twin: a source written one way only leaves the translation's variant a claim
    source = ("The Rando-Pro kit folds. The Rando-Pro kit weighs two kilos. "
              "The Rando-Pro kit fits in a bag.")
    (f,) = run_check(Check, target, source=source)
    assert f.text == "RandoPro" and f.severity == Severity.MINOR
    assert "in_source" not in f.evidence
