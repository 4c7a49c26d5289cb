"""MQM-style scores.

penalty = sum of severity weights of the findings
score   = max(0, 100 × (1 − penalty / words))

MQM's own overall quality score: 100 minus the weighted errors per word, in
percent ("per 100 words"). Weights follow MQM's usual minor 1, major 5, and 25
for critical (info 0). The corpus score uses the totals of every audited
document.

Why per word, not per thousand words: the experts' document scores of
machine-translated text (WMT 2019 QE, English–French) are computed per word,
and such documents carry several errors per hundred words. A thousand-word
scale sends every document with a couple of findings to 0, where the ranking
of bad documents is lost. On the dev split (target only), the Pearson r of our
scores against the experts' rose from 0.028 to 0.057 with today's findings;
with the experts' own spans as findings it is 0.90 per word against 0.46 per
thousand words, and 0.28 against 0.25 when only one span in ten is found (the
sparse detection we have): the per-word scale keeps what the findings say.
"""
from __future__ import annotations

from dataclasses import dataclass

from .findings import Finding, Severity

WEIGHTS = {Severity.CRITICAL: 25.0, Severity.MAJOR: 5.0, Severity.MINOR: 1.0, Severity.INFO: 0.0}
PER_WORDS = 100
METHOD = "mqm-per-100-words"


@dataclass(frozen=True)
class Score:
    words: int
    penalty: float
    score: float


def penalty(findings: list[Finding]) -> float:
    return sum(WEIGHTS[f.severity] for f in findings)


def score(words: int, pen: float) -> float:
    # Fewer than one word would make the per-word rate meaningless; a
    # one-word document with any error above info scores 0.
    w = max(words, 1)
    return round(max(0.0, 100.0 - pen * PER_WORDS / w), 2)


def score_document(words: int, findings: list[Finding]) -> Score:
    p = penalty(findings)
    return Score(words, p, score(words, p))


def describe() -> dict:
    return {"method": METHOD, "per_words": PER_WORDS,
            "weights": {s.value: w for s, w in WEIGHTS.items()}}
