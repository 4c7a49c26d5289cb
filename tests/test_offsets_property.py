"""Offsets are exact for any text: every finding of every check, every sentence
and paragraph, and line/column, on generated text full of awkward Unicode."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import shared_nlp
from mtaudit.document import Document
from mtaudit.segments import line_starts, split_paragraphs, split_sentences, words

# French fragments, some clean and some damaged the way machine translation
# damages text (impossible dates, untranslated words, English, repeats), so
# that the checks actually fire on the generated articles.
FRAGMENTS = [
    "Le président a déclaré jeudi que l’économie « résiste ».",
    "Le 30 février 2021, le conseil municipal s’est réuni.",
    "Le 31 avril, la ville a inauguré un pont.",
    "Les manifestants, pemerintah akan terus mendukung, ont défilé.",
    "The mayor said the results were disappointing.",
    "M. Dupont est arrivé à 10 h 30.",
    "Les prix ont augmenté de 12 % en 2022, soit 3 € de plus.",
    "En mars 1987, la crise avait déjà commencé.",
    "Titre répété",
    "Il a dit : « Bonjour ! » Puis il est parti…",
]
AWKWARD = [
    "\u0301", "e\u0301", "🙂", "👩\u200d👩\u200d👧", "\u00a0", "\u202f", "\u200b", "\u200d",
    "\u202e", "\u2066", "\u2028", "\u2029", "\t", "\x0b", "\x0c", "\x85", "\ufeff",
    "مرحبا بالعالم", "שָׁלוֹם", "Ωμέγα", "中文字", "𝔘𝔫𝔦", "ﬁ", "İ", "ß", "'", "’", "-", "«", "»",
    ". ", "? ", "… ", "\u00a0!",
]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]

piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(AWKWARD),
    st.sampled_from(NEWLINES),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=8),
)
articles = st.lists(piece, min_size=1, max_size=25).map("".join)


def _check_segments(text: str) -> None:
    paras = split_paragraphs(text)
    for i, p in enumerate(paras):
        assert text[p.start:p.end] == p.text and p.text == p.text.strip() and p.text
        assert p.paragraph == i
        assert "\n" not in p.text and "\r" not in p.text
    for a, b in zip(paras, paras[1:]):
        assert a.end <= b.start
    sents = split_sentences(text, paras)
    for s in sents:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
        para = paras[s.paragraph]
        assert para.start <= s.start and s.end <= para.end
    for a, b in zip(sents, sents[1:]):
        assert a.end <= b.start
    for start, end, w in words(text, 5):
        assert text[start - 5:end - 5] == w
    # Every non-space character sits in some sentence: only whitespace between.
    pos = 0
    for sent in sents:
        assert not text[pos:sent.start].strip()
        pos = sent.end
    assert not text[pos:].strip()


@settings(max_examples=300, deadline=None)
@given(articles)
def test_sentences_paragraphs_words_have_exact_offsets(text):
    _check_segments(text)


@settings(max_examples=200, deadline=None)
@given(articles)
def test_line_starts_match_an_editor(text):
    starts = line_starts(text)
    doc = Document(path="x", text=text)
    assert starts == doc.line_starts
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert len(starts) == len(lines)
    # Independent reference: a character-by-character walk, as an editor counts.
    expected, i = [0], 0
    while i < len(text):
        if text[i] == "\r" and text[i + 1:i + 2] == "\n":
            i += 1
        if text[i] in "\r\n":
            expected.append(i + 1)
        i += 1
    assert starts == expected


@pytest.fixture(scope="module")
def shared_pipeline():
    # One spaCy load for all examples (audit() would load it per call).
    import mtaudit.batch_auditor as batch_auditor
    original = batch_auditor.NLP
    batch_auditor.NLP = shared_nlp
    yield
    batch_auditor.NLP = original


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_every_finding_of_every_check_has_exact_offsets(shared_pipeline, text, encoding):
    from mtaudit import audit
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "article.txt"
        p.write_bytes(data)
        report = audit([str(p)], target_lang="fr", use_model=False, keep_text=True)
    [doc] = report.documents
    if doc.status != "ok":
        assert doc.error       # an unusable text is an error with a reason, never a crash
        return
    t = doc.text
    for f in doc.findings:
        assert t[f.start:f.end] == f.text, (f.check, f.start, f.end)
        line, col = doc.line_col(f.start)
        assert 1 <= line and 1 <= col
        for also in f.evidence.get("also", ()):
            assert 0 <= also["start"] <= also["end"] <= len(t)
    _check_segments(t)


def test_the_fragments_make_checks_fire(shared_pipeline, tmp_path):
    # Guards the property test above against passing vacuously.
    from mtaudit import audit
    text = "\r\n".join(["Titre répété", *FRAGMENTS, "🙂\u202e" + FRAGMENTS[1]]) + "\r\n"
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8", newline="")
    [doc] = audit([str(p)], target_lang="fr", use_model=False).documents
    assert len({f.check for f in doc.findings}) >= 2
    for f in doc.findings:
        assert text[f.start:f.end] == f.text
