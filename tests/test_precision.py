"""Clean, well-written French news (our own writing) gets nothing above info.

A false alarm costs as much as a miss: every model-free check runs on these.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mtaudit import audit, scoring
from mtaudit.findings import Severity

DATA = Path(__file__).parent / "data"
# Every clean French text of the project, written by us: news articles, the
# lexical checks' articles, and the NLP checks' paragraphs and trap sentences
# (nominalised adjectives, coordinations, invariable words...).
CLEAN = sorted([*(DATA / "clean_fr").glob("*.txt"), *(DATA / "lexical").glob("clean_*.txt"),
                *(DATA / "nlp_fr").glob("*.txt")])


@pytest.fixture(scope="module")
def clean_report():
    return audit([str(p) for p in CLEAN], use_model=False, target_lang="fr")


def test_there_are_clean_articles():
    assert len(CLEAN) >= 14


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_article_has_no_finding_above_info(clean_report, path):
    doc = next(d for d in clean_report.documents if d.path.endswith(path.name))
    assert doc.status == "ok"
    serious = [(f.check, f.text, f.message) for f in doc.findings if f.severity != Severity.INFO]
    assert serious == []
    # Only hints and the word model's estimate of error words cost
    # (mtaudit.scoring): a clean article keeps a score near 100.
    hints = [f for f in doc.findings if f.severity is Severity.INFO]
    assert doc.penalty == scoring.penalty(hints, doc.estimates)
    assert doc.penalty <= sum(f.evidence.get("probability", 0) for f in hints) + \
        sum((doc.estimates or {}).values()) + 1e-9
    # It passes the README's example gate (min-score = 95) with room to spare.
    assert doc.score >= 96.5


def test_clean_articles_score_near_100_on_average(clean_report):
    scores = [d.score for d in clean_report.documents if d.path.endswith(tuple(p.name for p in CLEAN))]
    assert scores and sum(scores) / len(scores) >= 99.0


def test_a_damaged_article_gets_its_damage_and_nothing_else():
    """An article of our own with planted damage: a repeated headline, a glued
    Malay phrase, a paragraph in English. Nothing else in it is wrong."""
    path = DATA / "damaged_fr" / "cooperation_maritime.txt"
    text = path.read_text(encoding="utf-8")
    (doc,) = audit([str(path)], use_model=False, target_lang="fr").documents
    serious = {(f.check, f.text[:20]) for f in doc.findings if f.severity != Severity.INFO}
    headline = text.splitlines()[0]
    assert ("MT301", headline[:20]) in serious
    assert any(f.text == "lapenyelidikanbersama" for f in doc.findings if f.severity != Severity.INFO)
    english = [f for f in doc.findings if f.check == "MT102"]
    assert english and english[0].text.startswith("The agreement is expected")
    assert len(serious) == 3, serious


OTHER = sorted((DATA / "clean_other").glob("*.txt"))


@pytest.mark.parametrize("path", OTHER, ids=lambda p: p.stem)
def test_clean_articles_in_other_languages_detected_and_left_alone(path):
    # No --target-lang: the language is detected (en_, es_ prefixes say which).
    (doc,) = audit([str(path)], use_model=False).documents
    assert doc.status == "ok" and doc.language == path.stem.split("_")[0]
    assert [(f.check, f.text) for f in doc.findings if f.severity != Severity.INFO] == []
