"""The CI gate: does a report pass the bar the user set?"""
from __future__ import annotations

from .findings import Severity
from .report import Gate, Report

_LEVEL = {"critical": Severity.CRITICAL, "major": Severity.MAJOR, "minor": Severity.MINOR}


def evaluate(report: Report, fail_on: str, min_score: float | None, errors_fail: bool) -> Gate:
    gate = Gate(fail_on=fail_on, min_score=min_score, errors_fail=errors_fail)
    level = _LEVEL.get(fail_on)
    for d in report.documents:
        if d.status != "ok":
            if errors_fail:
                gate.reasons.append(f"{d.key}: could not be audited ({d.error})")
            continue
        if level is not None:
            gating = [f for i, f in enumerate(d.findings)
                      if f.severity.rank >= level.rank and (d.new is None or d.new[i])]
            if gating:
                gate.reasons.append(f"{d.key}: {len(gating)} finding(s) at or above {fail_on}")
        if min_score is not None and d.score is not None and d.score < min_score:
            gate.reasons.append(f"{d.key}: score {d.score:g} below {min_score:g}")
    gate.passed = not gate.reasons
    return gate
