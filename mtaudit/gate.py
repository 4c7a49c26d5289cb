"""The CI gate: does a report pass the bar the user set?

A document fails the gate when
- it could not be audited (unless ``errors_fail`` is off: ``--errors-pass``),
- it has a finding at or above ``fail_on`` (``never`` turns this off),
- its score is below ``min_score``.

With a baseline, only new findings count: findings already recorded neither
fail the gate nor lower the score the gate compares with ``min_score``
(otherwise an old, accepted article below the bar would fail every run). A
check's estimate of the document's error words (``estimates``) is not a
finding a baseline can record, so with a baseline that score leaves it out.
Writers (JUnit, HTML) call :func:`document_reasons` so that they show the
same verdict per article as the exit code.
"""
from __future__ import annotations

from . import scoring
from .findings import Finding, Severity
from .report import DocumentReport, Gate, Report

LEVELS = {"critical": Severity.CRITICAL, "major": Severity.MAJOR, "minor": Severity.MINOR}


def gated_findings(d: DocumentReport) -> list[Finding]:
    """The findings that count for the gate: all of them, or only new ones with a baseline."""
    if d.new is None:
        return list(d.findings)
    return [f for f, is_new in zip(d.findings, d.new) if is_new]


def gate_score(d: DocumentReport) -> float | None:
    """The score compared with ``min_score``: the document's, or that of its new findings."""
    if d.status != "ok" or d.score is None:
        return None
    if d.new is None:
        return d.score
    return scoring.score_document(d.words, gated_findings(d)).score


def at_or_above(findings: list[Finding], fail_on: str) -> list[Finding]:
    level = LEVELS.get(fail_on)
    if level is None:          # "never"
        return []
    return [f for f in findings if f.severity.rank >= level.rank]


def document_reasons(d: DocumentReport, fail_on: str, min_score: float | None,
                     errors_fail: bool) -> list[str]:
    """Why this document fails the gate (empty: it passes)."""
    reasons: list[str] = []
    if d.status != "ok":
        if errors_fail:
            reasons.append(f"could not be audited ({d.error})")
        return reasons
    gating = at_or_above(gated_findings(d), fail_on)
    if gating:
        what = "new finding(s)" if d.new is not None else "finding(s)"
        reasons.append(f"{len(gating)} {what} at or above {fail_on}")
    score = gate_score(d)
    if min_score is not None and score is not None and score < min_score:
        reasons.append(f"score {score:g} below {min_score:g}")
    return reasons


def evaluate(report: Report, fail_on: str, min_score: float | None, errors_fail: bool) -> Gate:
    gate = Gate(fail_on=fail_on, min_score=min_score, errors_fail=errors_fail)
    for d in report.documents:
        for r in document_reasons(d, fail_on, min_score, errors_fail):
            gate.reasons.append(f"{d.key}: {r}")
    gate.passed = not gate.reasons
    return gate
