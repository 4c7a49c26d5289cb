"""MT102 wrong-language-passage: paragraphs and sentences in another language."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, run_check
from mtaudit.checks.wrong_language import WrongLanguagePassage
from mtaudit.findings import Severity

LEXICAL = DATA / "lexical"

ENGLISH = ("The delegates agreed on a new framework for climate finance after two weeks of "
           "difficult talks. Several countries said that the deal did not go far enough to "
           "protect the most vulnerable nations.")


def test_english_paragraph_is_one_critical_finding():
    text = f"Le sommet s'est ouvert lundi à Genève.\n{ENGLISH}\nLes négociations reprendront en juin."
    found = run_check(WrongLanguagePassage, text)
    assert len(found) == 1
    f = found[0]
    assert (f.start, f.end) == (text.index(ENGLISH), text.index(ENGLISH) + len(ENGLISH))
    assert f.severity == Severity.CRITICAL and f.category == "wrong-language"
    assert f.evidence["language"] == "en"
    assert f.evidence["probability"] >= 0.9
    assert f.evidence["whole_paragraph"] is True and f.evidence["sentences"] == 2
    assert "English" in f.message


def test_foreign_sentence_inside_a_french_paragraph():
    spanish = ("El ministro de Hacienda explicó que el déficit se reducirá el próximo año "
               "gracias a las nuevas medidas fiscales.")
    text = f"Le gouvernement a présenté son budget mardi. {spanish} Les syndicats ont dénoncé un plan d'austérité."
    found = run_check(WrongLanguagePassage, text)
    assert [(f.text, f.severity, f.evidence["language"]) for f in found] == [
        (spanish, Severity.MAJOR, "es")]
    assert found[0].evidence["whole_paragraph"] is False


def test_adjacent_foreign_sentences_are_one_finding():
    german = ("Die Regierung hat beschlossen, die Steuern für kleine Unternehmen zu senken. "
              "Der Finanzminister will das Gesetz noch in diesem Jahr verabschieden.")
    text = f"La réunion a duré trois heures. {german} L'opposition a critiqué ces annonces."
    found = run_check(WrongLanguagePassage, text)
    assert [f.text for f in found] == [german]
    assert found[0].evidence["sentences"] == 2
    assert found[0].evidence["language"] == "de"


def test_indonesian_and_russian_passages():
    indonesian = ("Pemerintah daerah telah mengirimkan bantuan makanan dan obat-obatan kepada "
                  "para korban banjir yang masih tinggal di tempat pengungsian sementara.")
    found = run_check(WrongLanguagePassage, f"Les secours sont arrivés dans la nuit.\n{indonesian}")
    assert [(f.text, f.evidence["language"]) for f in found] == [(indonesian, "id")]

    russian = ("Министр иностранных дел заявил, что переговоры будут продолжены на следующей "
               "неделе в Стамбуле.")
    found = run_check(WrongLanguagePassage, f"Le Kremlin a réagi dans la soirée. {russian} Kiev n'a pas commenté.")
    assert [(f.text, f.evidence["language"]) for f in found] == [(russian, "ru")]


@pytest.mark.parametrize("text", [
    # short quotations in another language are deliberate
    "« We are not afraid of anybody », a lancé le maire de Londres, Sadiq Khan.",
    "Il a conclu par une formule : « We will never give up on the people of this great country. » La salle s'est levée.",
    # too short for langdetect
    "Breaking news from Paris\nLe gouvernement a démissionné.",
    # titles and names in English, loanwords
    "Le film Eternal Sunshine of the Spotless Mind sera projeté à la Cinémathèque, avec une rétrospective consacrée à Michel Gondry.",
    "Le think tank a publié un policy paper sur la flat tax, tandis que les start-up réclament un Small Business Act européen.",
    "Le groupe a annoncé un concert en live streaming, une nouvelle playlist et un best-of pour les fans.",
])
def test_clean_french_gets_nothing(text):
    assert run_check(WrongLanguagePassage, text) == []


def test_long_untranslated_quotation_is_reported():
    quote = ("We will rebuild every school and every hospital that was destroyed, and we will "
             "not rest until every family has a home again, whatever it costs and however long it takes")
    text = f"Le président a promis : « {quote} », sous les applaudissements."
    found = run_check(WrongLanguagePassage, text)
    assert len(found) == 1 and quote in found[0].text


def test_same_answer_every_time():
    text = f"Le sommet s'est ouvert lundi à Genève.\n{ENGLISH}"
    first = [(f.start, f.end, f.evidence) for f in run_check(WrongLanguagePassage, text)]
    for _ in range(3):
        assert [(f.start, f.end, f.evidence) for f in run_check(WrongLanguagePassage, text)] == first


@pytest.mark.parametrize("path", sorted(LEXICAL.glob("clean_*.txt")), ids=lambda p: p.stem)
def test_clean_articles_get_nothing(path: Path):
    assert run_check(WrongLanguagePassage, path.read_text(encoding="utf-8")) == []


def test_damaged_article_english_paragraph():
    text = (LEXICAL / "damaged_mixed.txt").read_text(encoding="utf-8")
    found = run_check(WrongLanguagePassage, text)
    start = text.index("The local authorities")
    end = text.index("\n", start)
    assert [(f.start, f.end, f.evidence["language"]) for f in found] == [(start, end, "en")]
    assert found[0].severity == Severity.MAJOR     # one sentence


def test_other_target_language():
    text = ("The committee approved the budget on Monday after a long debate.\n"
            "Le gouvernement français a annoncé une nouvelle réforme des retraites, "
            "qui sera présentée au Parlement avant la fin du mois.")
    found = run_check(WrongLanguagePassage, text, lang="en")
    assert [f.evidence["language"] for f in found] == ["fr"]
