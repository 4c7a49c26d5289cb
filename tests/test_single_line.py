"""Issue #12, item 1: an article on one line costs what it costs in paragraphs.

Structural tests (no timing): the parse is cut into bounded pieces whatever
the line structure, the pieces change no finding, and the date checks' token
lookup never builds a spaCy slice (a Span at a Doc's end rebuilds the whole
Doc's text, which made one-line articles quadratic).
"""
from __future__ import annotations

from conftest import run_check, shared_nlp

from mtaudit import nlp as nlp_module
from mtaudit.checks.agreement import AgreementError
from mtaudit.checks._dates import _tokens_in
from mtaudit.checks.year_out_of_timeframe import YearOutOfTimeframe
from mtaudit.config import Config
from mtaudit.document import Document

PARAGRAPHS = [
    "Le conseil municipal a voté le budget le 12 mars 2024 après un long débat.",
    "La ministre a présenté un plan de rénovation des écoles, qui coûtera 40 millions d'euros.",
    "Les travaux de la nouvelle piscine ont été achevés en août 1924, selon la mairie.",
    "Les habitants du quartier attendent la piscine depuis des années.",
    "La piscine ouvrira ses portes au public en septembre 2024.",
    "Les élus de l'opposition ont critiqué le coût de la piscine lors de la séance.",
]


def test_a_long_line_is_parsed_in_pieces_that_respect_sentences(monkeypatch):
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 200)
    text = " ".join(PARAGRAPHS * 5) + "\n"
    doc = Document(path="one-line.txt", text=text, target_lang="fr")
    pieces = nlp_module._within_budget(doc)
    assert len(pieces) > 5
    assert all(len(t) <= 200 for _, t in pieces)
    sentence_starts = {s.start for s in doc.sentences}
    assert all(start in sentence_starts for start, _ in pieces)
    # Every sentence lies whole inside one piece, offsets kept.
    for s in doc.sentences:
        assert any(start <= s.start and s.end <= start + len(t) for start, t in pieces)
    for start, t in pieces:
        assert text[start:start + len(t)] == t


def test_an_outsized_sentence_is_cut_at_spaces(monkeypatch):
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 50)
    text = "le mot " * 40 + "fin."
    doc = Document(path="x.txt", text=text, target_lang="fr")
    pieces = nlp_module._within_budget(doc)
    assert all(0 < len(t) <= 50 for _, t in pieces)
    assert "".join(t + " " for _, t in pieces).split() == text.split()


def test_pieces_change_no_finding(monkeypatch):
    """The same article, on one line with tiny pieces and in paragraphs."""
    cfg = Config(reference_year=2025)
    in_paragraphs = "\n".join(PARAGRAPHS) + "\n"
    one_line = " ".join(PARAGRAPHS) + "\n"

    def found(text, check):
        return [(f.text, f.message) for f in run_check(check, text, config=cfg)]

    expected = {c: found(in_paragraphs, c) for c in (YearOutOfTimeframe, AgreementError)}
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 120)
    for check, findings in expected.items():
        assert found(one_line, check) == findings, check.code
    assert expected[YearOutOfTimeframe], "the test article has a slip to find"


class _CountingDoc:
    """Stands for a spaCy Doc: counts the tokens asked for and refuses slices."""

    def __init__(self, sdoc):
        self._sdoc, self.user_data, self.asked = sdoc, {}, 0

    def __iter__(self):
        return iter(self._sdoc)

    def __len__(self):
        return len(self._sdoc)

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise AssertionError("a slice of a Doc builds a Span (linear in the Doc at its end)")
        self.asked += 1
        return self._sdoc[i]


def test_token_lookup_touches_only_the_tokens_asked_for():
    pipe = shared_nlp().pipeline("fr")
    text = " ".join(PARAGRAPHS)
    sdoc = _CountingDoc(pipe(text))
    parsed = [(0, sdoc)]
    second = text.index(PARAGRAPHS[1])
    got = list(_tokens_in(parsed, second, second + len(PARAGRAPHS[1])))
    assert "".join(t.text_with_ws for _, t in got).strip() == PARAGRAPHS[1]
    assert sdoc.asked == len(got)
    # Past the parsed text (an article beyond the parse budget): no work.
    sdoc.asked = 0
    assert list(_tokens_in(parsed, len(text) + 10, len(text) + 50)) == []
    assert sdoc.asked == 0
