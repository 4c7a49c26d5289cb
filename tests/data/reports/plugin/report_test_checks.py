"""Two small, fully predictable checks for the report, gate and baseline tests.

The real checks are written (and tuned) by other people at the same time;
the writers must be tested on findings whose number, spans and severities
the test knows in advance. These checks are registered next to the real ones
only inside the tests (``install``), or in a subprocess through the
``sitecustomize`` beside this file (put this folder on PYTHONPATH).

- MT990 ``test-misspelt-word``: flags the misspellings listed in MISSPELT,
  with the severity given there.
- MT991 ``test-sentence-with-misspelling``: flags (info) each whole sentence
  that holds one of them, so that findings nest in the HTML marks; and a
  point (an empty span) before a sentence starting with "Enfin".
"""
from __future__ import annotations

import re

from mtaudit.checks.base import Check
from mtaudit.findings import Finding, Severity

MISSPELT = {
    "gouvernemnt": "critical",
    "anoncé": "major",
    "réformme": "minor",
    "mardii": "info",
}
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _finding(check, doc, start, end, message, severity: str, category=None, **kw) -> Finding:
    return check.finding(doc, start, end, message, severity=severity, category=category, **kw)


class MisspeltWordCheck(Check):
    code = "MT990"
    name = "test-misspelt-word"
    description = "Test check: a listed misspelling."
    category = "fluency"
    severity = Severity.MAJOR

    def check(self, doc, ctx):
        for m in _WORD.finditer(doc.text):
            sev = MISSPELT.get(m.group().lower())
            if sev:
                yield _finding(self, doc, m.start(), m.end(), f"misspelt word «{m.group()}»", sev,
                               suggestion=m.group().replace("mm", "m"),
                               evidence={"list": "test", "length": len(m.group())})


class SentenceCheck(Check):
    code = "MT991"
    name = "test-sentence-with-misspelling"
    description = "Test check: a sentence holding a listed misspelling."
    category = "grammar"
    severity = Severity.INFO

    def check(self, doc, ctx):
        for m in _SENTENCE.finditer(doc.text):
            words = {w.lower() for w in _WORD.findall(m.group())}
            s = m.start() + (len(m.group()) - len(m.group().lstrip()))
            if words & set(MISSPELT) and len(m.group().strip()) > 30:
                yield _finding(self, doc, s, m.end(), "sentence with a misspelling", "info")
            if m.group().strip().startswith("Enfin"):
                yield _finding(self, doc, s, s, "something may be missing before this sentence", "info",
                               category="omission")


TEST_CHECKS = (MisspeltWordCheck, SentenceCheck)


def _with_test_checks(real):
    def all_checks():
        return tuple(sorted({*real(), *TEST_CHECKS}, key=lambda c: c.code))
    return all_checks


def install_globally():
    """Register the test checks for this process (used by sitecustomize)."""
    import mtaudit.checks
    import mtaudit.batch_auditor
    patched = _with_test_checks(mtaudit.checks.all_checks)
    mtaudit.checks.all_checks = patched
    mtaudit.batch_auditor.all_checks = patched


def install(monkeypatch):
    """Register the test checks for one test."""
    import mtaudit.checks
    import mtaudit.batch_auditor
    patched = _with_test_checks(mtaudit.checks.all_checks)
    monkeypatch.setattr(mtaudit.checks, "all_checks", patched)
    monkeypatch.setattr(mtaudit.batch_auditor, "all_checks", patched)
