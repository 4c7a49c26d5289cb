"""MQM-style scores.

penalty = sum of severity weights of the findings
score   = max(0, 100 - penalty * 1000 / words)

so a score is "100 minus weighted errors per thousand words". The corpus
score uses the totals of every audited document. Weights follow MQM's usual
minor 1, major 5, critical 25 (info 0).
"""
from __future__ import annotations

from dataclasses import dataclass

from .findings import Finding, Severity

WEIGHTS = {Severity.CRITICAL: 25.0, Severity.MAJOR: 5.0, Severity.MINOR: 1.0, Severity.INFO: 0.0}
PER_WORDS = 1000
METHOD = "mqm-per-1000-words"


@dataclass(frozen=True)
class Score:
    words: int
    penalty: float
    score: float


def penalty(findings: list[Finding]) -> float:
    return sum(WEIGHTS[f.severity] for f in findings)


def score(words: int, pen: float) -> float:
    # Fewer than one word would make the per-thousand rate meaningless; a
    # one-word document with a critical error still scores 0.
    w = max(words, 1)
    return round(max(0.0, 100.0 - pen * PER_WORDS / w), 2)


def score_document(words: int, findings: list[Finding]) -> Score:
    p = penalty(findings)
    return Score(words, p, score(words, p))


def describe() -> dict:
    return {"method": METHOD, "per_words": PER_WORDS,
            "weights": {s.value: w for s, w in WEIGHTS.items()}}
