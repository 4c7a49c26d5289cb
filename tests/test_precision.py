"""Clean, well-written French news (our own writing) gets nothing above info.

A false alarm costs as much as a miss: every model-free check runs on these.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mtaudit import audit
from mtaudit.findings import Severity

CLEAN = sorted((Path(__file__).parent / "data" / "clean_fr").glob("*.txt"))


@pytest.fixture(scope="module")
def clean_report():
    return audit([str(p) for p in CLEAN], use_model=False, target_lang="fr")


def test_there_are_clean_articles():
    assert len(CLEAN) >= 4


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_article_has_no_finding_above_info(clean_report, path):
    doc = next(d for d in clean_report.documents if d.path.endswith(path.name))
    assert doc.status == "ok"
    serious = [(f.check, f.text, f.message) for f in doc.findings if f.severity != Severity.INFO]
    assert serious == []
    assert doc.score == 100.0
