"""MT101 untranslated-word: foreign words, runs of them and glued tokens."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, run_check
from mtaudit.checks.untranslated import UntranslatedWord
from mtaudit.findings import Severity

LEXICAL = DATA / "lexical"


def _spans(found, text):
    return [(text[f.start:f.end], f.severity) for f in found]


def _serious(found):
    return [(f.text, f.severity.value, f.message) for f in found if f.severity != Severity.INFO]


def test_run_of_indonesian_words_is_one_finding_with_exact_span():
    text = "Le ministre a annoncé que les bantuan sosial seraient versées dès lundi aux familles."
    found = run_check(UntranslatedWord, text)
    assert len(found) == 1
    f = found[0]
    assert (f.start, f.end) == (text.index("bantuan"), text.index("sosial") + len("sosial"))
    assert f.severity == Severity.MAJOR and f.category == "untranslated"
    assert f.evidence["language"] in ("id", "ms")
    words = {w["word"]: w for w in f.evidence["words"]}
    assert words["bantuan"]["target_zipf"] < 1.0 < words["bantuan"]["source_zipf"]


def test_known_source_language_is_named_and_used():
    text = "La police a arrêté trois suspects yang diduga terlibat dans un trafic à la frontière."
    found = run_check(UntranslatedWord, text, source_lang="id")
    assert _spans(found, text) == [("yang diduga terlibat", Severity.MAJOR)]
    assert found[0].evidence["language"] == "id"
    assert found[0].evidence["source_languages"] == ["id"]
    assert "Indonesian" in found[0].message


def test_words_of_another_language_than_the_known_source_are_not_judged():
    # The source is Spanish: Indonesian words are not source-language words.
    text = "Les habitants ont manifesté devant le kantor gubernur pour réclamer de l'eau potable."
    assert run_check(UntranslatedWord, text, source_lang="es") == []
    assert _spans(run_check(UntranslatedWord, text, source_lang="id"), text) == [
        ("kantor gubernur", Severity.MAJOR)]


def test_camel_case_glued_words_are_flagged_whole_with_their_pieces():
    text = "Le président a rencontré les dirigeants du kerajaanNegeriSelatan pour discuter du budget."
    found = run_check(UntranslatedWord, text)
    assert len(found) == 1
    f = found[0]
    assert f.text == "kerajaanNegeriSelatan"
    assert f.start == text.index("kerajaanNegeriSelatan")
    assert f.evidence["pieces"] == ["kerajaan", "Negeri", "Selatan"]
    assert f.severity == Severity.MAJOR
    assert "kerajaan Negeri Selatan" in f.suggestion


def test_capitalised_camel_case_glue_of_three_source_words():
    text = "La ministre a présenté la EstrategiaNacionalContra la pauvreté."
    found = run_check(UntranslatedWord, text)
    assert [f.text for f in found] == ["EstrategiaNacionalContra"]
    assert found[0].evidence["language"] == "es"


def test_glued_words_without_capitals_are_split_by_frequency():
    text = "Le budget de la kementerianpendidikan a augmenté de 10 % cette année."
    found = run_check(UntranslatedWord, text)
    assert [f.text for f in found] == ["kementerianpendidikan"]
    assert found[0].evidence["pieces"] == ["kementerian", "pendidikan"]

    text = "Le maire a rencontré les responsables du gobiernofederal mardi."
    found = run_check(UntranslatedWord, text)
    assert [(f.text, f.evidence["pieces"]) for f in found] == [("gobiernofederal", ["gobierno", "federal"])]


def test_french_words_written_together_are_not_untranslated():
    # Glued French words are a fluency problem (MT103), not untranslated text.
    assert run_check(UntranslatedWord, "Le maire a reçu lesenfantsdelécole mardi matin.") == []


def test_spanish_english_and_german_words():
    cases = {
        "Selon le porte-parole, la reunión del consejo a été reportée à cause de la grève.":
            "reunión del consejo",
        "Le maire a salué le travail des bomberos qui ont maîtrisé l'incendie.": "bomberos",
        "Le gouvernement a confirmé que the meeting was postponed until further notice.":
            "was postponed until further",
        "Le club a recruté un attaquant qui joue sebagai penyerang dans son équipe.":
            "sebagai penyerang",
    }
    for text, span in cases.items():
        found = run_check(UntranslatedWord, text)
        assert [f.text for f in found] == [span], text
        assert found[0].start == text.index(span)


def test_word_the_target_corpus_knows_is_minor_when_alone():
    text = "Le chancelier a évoqué la zusammenarbeit avec Paris."
    found = run_check(UntranslatedWord, text)
    assert _spans(found, text) == [("zusammenarbeit", Severity.MINOR)]
    assert found[0].evidence["language"] == "de"


def test_reduplicated_indonesian_word():
    text = "Le gouvernement a distribué des jouets aux anak-anak des villages sinistrés."
    found = run_check(UntranslatedWord, text)
    assert [f.text for f in found] == ["anak-anak"]


@pytest.mark.parametrize("text", [
    # names with particles, acronyms, numbers
    "Le président Luiz Inácio Lula da Silva a reçu le prince Mohammed ben Salmane à Brasília.",
    "À Bruxelles, Ursula von der Leyen a défendu le pacte devant les eurodéputés de la CDU.",
    "Le chef de l'État a rencontré Joko Widodo au palais Merdeka, à Jakarta, le 12 mars 2024.",
    # loanwords French uses
    "Le coach a salué le pressing et le fair-play des supporters après ce week-end chargé.",
    "La start-up a réalisé une levée de fonds grâce au crowdfunding et à un business angel.",
    "Le Premier ministre a fait son mea culpa, reconnaissant une réforme imposée manu militari.",
    "Les tifosi ont envahi la place avant le match de la Squadra Azzurra contre la Mannschaft.",
    "Le think tank estime que la flat tax a surtout profité aux ménages aisés.",
    # brands written in camelCase
    "Le concert sera diffusé sur YouTube, WhatsApp et LinkedIn, puis sur PlayStation et iPhone.",
    "BlackRock, PricewaterhouseCoopers et OpenAI investissent dans l'intelligence artificielle.",
    # URLs, e-mails, hashtags, quoted and allowlisted terms
    "Plus d'informations sur www.bantuan-sosial.go.id ou par courriel à info@pemerintah.id.",
    "Le mot-dièse #BersatuKita a été partagé des milliers de fois sur les réseaux sociaux.",
    "Les villageois pratiquent le « gotong royong », une entraide traditionnelle.",
    "« We are not afraid », a lancé le maire de Londres au lendemain de l'attentat.",
])
def test_clean_sentences_get_nothing_above_info(text):
    assert _serious(run_check(UntranslatedWord, text)) == []


def test_allowlisted_term_is_not_flagged():
    text = "Le rapport évoque la zusammenarbeit entre les deux pays."
    assert run_check(UntranslatedWord, text, allow=["Zusammenarbeit"]) == []


def test_term_given_in_parentheses_is_info():
    text = "Les autorités régionales (pemerintah daerah) ont promis une aide rapide."
    found = run_check(UntranslatedWord, text)
    assert [(f.text, f.severity) for f in found] == [("pemerintah daerah", Severity.INFO)]


def test_words_of_a_wrong_language_passage_are_left_to_mt102():
    text = ("Le sommet s'est ouvert lundi.\n"
            "The delegates agreed on a new framework for climate finance after two weeks "
            "of difficult talks, but several countries said that the deal did not go far enough.\n")
    assert run_check(UntranslatedWord, text) == []


@pytest.mark.parametrize("path", sorted(LEXICAL.glob("clean_*.txt")), ids=lambda p: p.stem)
def test_clean_articles_get_nothing_above_info(path: Path):
    assert _serious(run_check(UntranslatedWord, path.read_text(encoding="utf-8"))) == []


def test_damaged_article_is_caught_with_exact_spans():
    text = (LEXICAL / "damaged_mixed.txt").read_text(encoding="utf-8")
    found = run_check(UntranslatedWord, text, source_lang=None)
    got = {f.text: f for f in found}
    for span in ("rumah sakit", "pemerintahDaerah", "dengan cepat", "ayudaHumanitaria",
                 "zusammenarbeit"):
        assert span in got, (span, list(got))
        assert got[span].start == text.index(span)
        assert got[span].severity in (Severity.MAJOR, Severity.MINOR)
    assert got["ayudaHumanitaria"].evidence["language"] == "es"
    assert got["zusammenarbeit"].evidence["language"] == "de"
    # The English paragraph is MT102's: none of its words is reported here.
    english = text.index("The local authorities")
    assert not [f for f in found if english <= f.start < text.index("\n", english)]


def test_text_without_words_or_unknown_language():
    assert run_check(UntranslatedWord, "") == []
    assert run_check(UntranslatedWord, "1 2 3 — 4,5 %") == []
    assert not UntranslatedWord().applies_to(__import__("mtaudit.document", fromlist=["Document"])
                                             .Document(path="x", text="abc", target_lang="xx"))


def test_source_words_glued_to_a_french_article_are_caught_whole():
    text = "Le gouvernement a promis ladukungankeuangan aux villages touchés par la crue."
    found = run_check(UntranslatedWord, text)
    assert [(f.text, f.severity.value) for f in found] == [("ladukungankeuangan", "major")]
    assert found[0].evidence["pieces"][0] == "la"


def test_french_words_glued_to_an_article_are_not_foreign():
    text = "Le rapport dénonce lesinégalités territoriales et demande desmoyens supplémentaires."
    assert run_check(UntranslatedWord, text) == []


def test_css_and_markup_left_in_a_product_page_are_code():
    # a style sheet and a Word XML tag copied into the page: English by design
    text = ("Le couteau est livré avec son étui. table.Encart {font-weight : bold ; margin : 10px ; "
            "text-align : center ;} <w:UseAsianBreakRules></w:UseAsianBreakRules> La lame est en acier.")
    assert _serious(run_check(UntranslatedWord, text, source_lang="en")) == []
    # twin: the same English words in running French are untranslated
    text = ("Le couteau est livré avec son étui bold et sa lame center. "
            "La lame est en acier UseAsianBreakRules.")
    found = {t for t, _, _ in _serious(run_check(UntranslatedWord, text, source_lang="en"))}
    assert {"bold", "center", "UseAsianBreakRules"} <= found
