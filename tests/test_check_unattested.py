"""MT103 unattested-word: words the target language does not know."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, run_check, run_checks_corpus
from mtaudit.checks.unattested import UnattestedWord
from mtaudit.findings import Severity

LEXICAL = DATA / "lexical"


def _serious(found):
    return [(f.text, f.severity.value) for f in found if f.severity != Severity.INFO]


def test_misspelt_and_glued_words_are_flagged_with_exact_spans():
    text = "Le gouvernemant a réuni lesélèves et leurs parents devant le ministèree."
    found = run_check(UnattestedWord, text)
    assert [(f.text, f.start) for f in found] == [
        ("gouvernemant", text.index("gouvernemant")), ("lesélèves", text.index("lesélèves")),
        ("ministèree", text.index("ministèree"))]
    assert all(f.severity == Severity.MINOR and f.category == "fluency" for f in found)
    assert found[0].evidence["target_zipf"] == 0.0


def test_glued_camel_case_token_is_flagged_whole():
    text = "Le ministre a rencontré les chefs du keamananNasional mardi."
    found = run_check(UnattestedWord, text)
    assert [f.text for f in found] == ["keamananNasional"]
    assert found[0].evidence["pieces"] == ["keamanan", "Nasional"]


def test_foreign_words_unknown_in_french_are_unattested():
    text = "Les habitants attendent toujours les bantuan promises par le gouverneur."
    found = run_check(UnattestedWord, text)
    assert [f.text for f in found] == ["bantuan"]
    assert found[0].evidence["other_language"] in ("id", "ms")


def test_elision_is_stripped_from_the_span():
    text = "Il a parlé de l'ekonomi du pays."
    found = run_check(UnattestedWord, text)
    assert [(f.text, f.start) for f in found] == [("ekonomi", text.index("ekonomi"))]


@pytest.mark.parametrize("text", [
    # rare but real words, inflections and regular derivations
    "Les réseaux interconnectés acquéraient une importance que nul n'avait prévue.",
    "Les adolescents hyperconnectés sont exposés au cyberharcèlement, selon l'enquête.",
    "La gestion post-électorale et le plan anti-gaspillage ont été critiqués par l'opposition.",
    "Les opposants dénoncent une dérive illibérale et la trumpisation du débat public.",
    "Les eurodéputés ont voté l'amendement, malgré l'opposition des macronistes.",
    "L'hyperinflation a ruiné les épargnants, qu'ils soient retraités ou salariés.",
    "Les néo-conservateurs et les sociaux-démocrates ont refusé de voter le texte.",
    "Les directives surtransposées et les filières décarbonées inquiètent les industriels.",
    "Les chercheuses ont étudié les pratiques collaboratives des agricultrices bretonnes.",
    # names, acronyms, numbers, URLs, hashtags, e-mails
    "Le PDG de Voltéa, Camille Dufresne-Nguyen, a rencontré les dirigeants de CATL et BYD.",
    "Les résultats sont en ligne sur www.exemple-donnees.fr et via le mot-dièse #Présidentielle2027.",
    "Écrivez à contact@voltea-batteries.fr avant le 15/03 ou appelez le 01 23 45 67 89.",
    "Le Borussia Dortmund affronte le Bayer Leverkusen ce week-end en Bundesliga.",
])
def test_clean_sentences_get_nothing_above_info(text):
    assert _serious(run_check(UnattestedWord, text)) == []


def test_quoted_neologism_is_info_only():
    text = "Le ministre a dénoncé les « vaccinosceptiques » lors de son discours."
    found = run_check(UnattestedWord, text)
    assert [(f.text, f.severity) for f in found] == [("vaccinosceptiques", Severity.INFO)]
    assert found[0].evidence["uncertain"] == "quoted"


def test_allowlisted_word_is_not_flagged():
    text = "La société Voltéa commercialise le sodiumax, sa nouvelle batterie."
    assert [f.text for f in run_check(UnattestedWord, text)] == ["sodiumax"]
    assert run_check(UnattestedWord, text, allow=["sodiumax"]) == []


@pytest.mark.parametrize("path", sorted(LEXICAL.glob("clean_*.txt")), ids=lambda p: p.stem)
def test_clean_articles_get_nothing_above_info(path: Path):
    assert _serious(run_check(UnattestedWord, path.read_text(encoding="utf-8"))) == []


def test_damaged_article():
    text = (LEXICAL / "damaged_mixed.txt").read_text(encoding="utf-8")
    found = {f.text: f for f in run_check(UnattestedWord, text)}
    for span in ("pemerintahDaerah", "ayudaHumanitaria", "cepat"):
        assert span in found, (span, list(found))
        assert found[span].start == text.index(span)
        assert found[span].severity == Severity.MINOR


def test_only_french_is_judged():
    assert not UnattestedWord().applies_to(
        __import__("mtaudit.document", fromlist=["Document"]).Document(path="x", text="a", target_lang="de"))


def test_words_of_a_foreign_passage_are_left_to_mt102():
    text = ("Le sommet s'est ouvert lundi.\n"
            "The delegates agreed on a new framework despite the inaccuracies of the draft "
            "and several countries said that the deal did not go far enough.\n"
            "Le gouvernemant a salué l'accord.")
    assert [f.text for f in run_check(UnattestedWord, text)] == ["gouvernemant"]


@pytest.mark.parametrize("text", [
    "Les associations parrainaient des écoles du quartier.",       # regular conjugation
    "Une équipe bethoncourtoise a gagné le tournoi.",              # demonym of a place
    "Il faut draîner le terrain avant l'hiver.",                   # optional circumflex
    "La loi a été jugée inconstitutionnellement appliquée.",       # in- prefix
    "Le chevrotement de sa voix trahissait l'émotion.",            # a Lexique form
    "Il joue un séducteur glamoureux dans une comédie d'espionnage.",  # -eux on a noun
])
def test_rare_real_words_are_attested(text):
    assert _serious(run_check(UnattestedWord, text)) == []


def test_misspelt_twins_of_rare_words_are_still_flagged():
    text = "Les associations parrainaiennt des écoles du quartier."
    assert [f.text for f in run_check(UnattestedWord, text)] == ["parrainaiennt"]


def test_eux_on_a_non_noun_or_a_misspelt_noun_is_still_flagged():
    # «glamoureux» is glamour + -eux; «glamoureux» misspelt, and -eux on a verb
    # form that is no noun («parlait»), are not formations.
    text = "Il joue un séducteur glamoureuxx et parlaiteux dans une comédie."
    assert [t for t, _ in _serious(run_check(UnattestedWord, text))] == ["glamoureuxx", "parlaiteux"]


def test_an_unknown_word_the_article_repeats_is_a_term_at_info():
    once = "Le joueur a réussi un blorpage superbe au dernier trou."
    (f,) = run_check(UnattestedWord, once)
    assert f.severity == Severity.MINOR
    text = ("Le blorpage ouvre la journée. Trois blorpages ont suivi au matin. "
            "Le dernier blorpage a décidé du tournoi.")
    found = run_check(UnattestedWord, text)
    assert len(found) == 3 and all(f.severity == Severity.INFO for f in found)
    assert all(f.evidence.get("uncertain") == "a term the article repeats" for f in found)


def test_an_unknown_word_used_in_three_sentences_of_the_corpus_is_a_term_at_info():
    texts = {
        "a.txt": "Le joueur a brillé lors du blorpage du matin. Les blorpages sont fascinants.",
        "b.txt": "Il a été écarté des blorpages de samedi par le capitaine.",
    }
    found = run_checks_corpus(UnattestedWord, texts)
    flagged = [f for fs in found.values() for f in fs]
    assert len(flagged) == 3 and all(f.severity == Severity.INFO for f in flagged)
    assert all(f.evidence["uncertain"] == "a term the corpus repeats" for f in flagged)


def test_one_sentence_copied_into_several_documents_is_one_use():
    # Variants of one product page: the slip is copied, not used again.
    page = "Le sac dispose d'un blorpage réglable pour le dos."
    found = run_checks_corpus(UnattestedWord, {f"v{i}.txt": page for i in range(4)})
    flagged = [f for fs in found.values() for f in fs]
    assert len(flagged) == 4 and all(f.severity == Severity.MINOR for f in flagged)
    # Two different sentences are still short of a term.
    found = run_checks_corpus(UnattestedWord, {"a.txt": page, "b.txt": "Un blorpage neuf coûte cher."})
    assert [f.severity for fs in found.values() for f in fs] == [Severity.MINOR, Severity.MINOR]


def test_markup_left_in_the_text_is_code_not_words():
    # tag names, entities, CSS selectors and colours are not French words
    text = ("Le sac est solide. <m:brkBin m:val=\"before\"></m:brkBin> "
            "Il pèse deux kilos &ndsh; sans la sangle. img.nolink {bordure : 1px ; couleur : fadbec ;} "
            "Le fond est gris et le rabat est bleu.")
    assert _serious(run_check(UnattestedWord, text)) == []
    # twin: the same unknown words in running text are still judged
    text = ("Le sac est solide et brkbin se règle. Il pèse deux kilos ndsh la sangle. "
            "Le rabat nolink est bleu, couleur fadbec.")
    assert {w for w, _ in _serious(run_check(UnattestedWord, text))} == {"brkbin", "ndsh", "nolink", "fadbec"}
