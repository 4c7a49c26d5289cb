"""MQM-style scores.

penalty = Σ weight of each finding
            claims (critical, major, minor): 25, 5, 1
            hints (info): 1 × the hint's confidence
score   = max(0, 100 × (1 − penalty / words))

MQM's own overall quality score: 100 minus the weighted errors per word, in
percent ("per 100 words"). Weights follow MQM's usual minor 1, major 5, and 25
for critical. The corpus score uses the totals of every audited document.

Hints count by their probability. An info finding is a check saying
"possibly an error, not sure enough to claim it". Most of what the checks know
about machine translation is said that way: MT108's word model gives most of
its findings at info, each with the model's probability that an expert would
mark the words (``evidence["probability"]``). A score that leaves hints out
only sees the few claims. A hint counts as what it could be at least, a minor
error (1 point), times the probability its check states; one hint never
weighs more than one minor claim. A hint whose check states no probability
counts 0: those are notes for the reader whose odds nobody measured, and many
say "probably fine" (a repeat inside a quotation, a term the corpus repeats,
a name the translation renders another way, a sentence split in alignment):
on clean professional translations (NTREX, Chinese–English) 422 such hints
are all false by construction, and counting them at even odds would have put
15 of 123 clean documents below 99 instead of 1.

Measured on WMT 2019 QE en-fr *train* (1,000 documents, expert MQM; MT108's
hints taken from 4-fold cross-validation so that the model never scores the
documents it learnt from), Pearson r of the scores against the experts':
bilingual 0.19 without hints, 0.23 with them; target-only 0.10 and 0.22
(`benchmarks/score_study.py`). On dev: 0.19 → 0.20 and 0.06 → 0.13.

A check whose model sees every word may also state, per document, the error
words it expects (``DocumentReport.estimates``). That count stands in place
of the check's own findings, claims and hints, which are only its surest
few and lie among those words, at 1 point per expected error word (a
finding of another check folded into one of them still counts). MT108
states one only in a document it finds poor as a whole (past its document
gate): the sum of the probabilities of the words its CRF gives at least
even odds. Under the gate the model cannot tell fair machine translation
from clean text, so its findings count as any check's.
Pearson r on train (held-out folds), bilingual / target-only: hints only
0.26 / 0.23; the even-odds words in every document (an older estimate)
0.275 / 0.288; the even-odds words past the gate with the claimed ones left
out 0.289 / 0.297, but 0.268 bilingually once the gated claims were chosen
for F1 (a run of claimed words then counted one point where its words had
counted their probabilities); less one per claim, the claims counted beside
it, 0.304 / 0.307 (the figures of that last change on a later main); every
word's probability
past the gate 0.319 / 0.334, not kept for what it costs short clean
records. Dev: 0.236 / 0.194 (0.239 /
0.201 with the previous estimate: within dev's noise, about ±0.06 by
bootstrap). On clean news the previous estimate cost 3.8 points per 100
words bilingually (NTREX en→fr, mean score 96.0); this one 0.7 (99.3), as its
hints do. Short clean headlines that pass the gate pay the most (annodis
sentences: mean 99.58, 11 of 524 below 95; 28 with every word's
probability). Once the bilingual gated claims came from a second model
(gradient-boosted trees, which claim more words than the CRF, some the CRF
gives under even odds), counting the claims beside the estimate (less one
per claim) gave train 0.319 and dev 0.243 bilingually; the estimate in place
of MT108's findings, as now, 0.322 and 0.264. Target-only, where the CRF
makes every claim, train 0.308 and dev 0.217 either way.

Findings folded onto one span (``evidence["also"]``) are one problem and count
once, at the leading finding's weight; a leading hint takes the highest
confidence any of the folded hints states.

Why per word, not per thousand words: the experts' document scores of
machine-translated text (WMT 2019 QE, English–French) are computed per word
(per token, punctuation included, clipped at 0), and such documents carry
several errors per hundred words. A thousand-word scale sends every document
with a couple of findings to 0, where the ranking of bad documents is lost.
The clip at 0 is MQM's and the experts' too (a quarter of the train documents
score 0).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Iterable

from .findings import Finding, Severity

WEIGHTS = {Severity.CRITICAL: 25.0, Severity.MAJOR: 5.0, Severity.MINOR: 1.0}
#: A hint at full confidence weighs as much as a minor error.
HINT_WEIGHT = 1.0
#: The confidence of a hint whose check states no probability: such hints
#: are notes, not estimates (see above).
DEFAULT_HINT_CONFIDENCE = 0.0
PER_WORDS = 100
METHOD = "mqm-per-100-words-with-hints"


@dataclass(frozen=True)
class Score:
    words: int
    penalty: float
    score: float


def _number_within(v: Any, low: float, high: float) -> bool:
    """A real number from low to high (NaN never is; bool is an int, but a
    check saying True states no number)."""
    return isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high


def _stated_probability(evidence: Any) -> float | None:
    if not isinstance(evidence, dict):
        return None
    p = evidence.get("probability")
    return float(p) if _number_within(p, 0.0, 1.0) else None


def _folded(f: Finding) -> list[dict]:
    """The findings of other checks folded into this one (``evidence["also"]``)."""
    also = f.evidence.get("also", ()) if isinstance(f.evidence, dict) else ()
    return [other for other in also if isinstance(other, dict)]


def hint_confidence(f: Finding) -> float:
    """How sure the checks are that an info finding is an error (0..1)."""
    stated = [_stated_probability(f.evidence)]
    for other in _folded(f):
        if other.get("severity") == Severity.INFO.value:
            stated.append(_stated_probability(other.get("evidence")))
    known = [p for p in stated if p is not None]
    return max(known) if known else DEFAULT_HINT_CONFIDENCE


def finding_weight(f: Finding) -> float:
    """The penalty points of one finding."""
    if f.severity is Severity.INFO:
        return HINT_WEIGHT * hint_confidence(f)
    return WEIGHTS[f.severity]


def _weight_beside_estimates(f: Finding, estimates: dict[str, float]) -> float:
    """A finding's points where some checks state estimates: a finding of such
    a check counts only what findings of other checks folded into it say."""
    if f.check not in estimates:
        return finding_weight(f)
    weights = [0.0]
    for other in _folded(f):
        if other.get("check") in estimates:
            continue
        try:
            severity = Severity(other.get("severity"))
        except ValueError:
            continue
        weights.append(HINT_WEIGHT * (_stated_probability(other.get("evidence")) or DEFAULT_HINT_CONFIDENCE)
                       if severity is Severity.INFO else WEIGHTS[severity])
    return max(weights)


def penalty(findings: Iterable[Finding], estimates: dict[str, float] | None = None) -> float:
    """Penalty points. A check that states an estimate of the error words in
    the document (``estimates``) counts that estimate in place of its own
    findings, claims and hints, which lie among those words."""
    estimates = estimates or {}
    points = sum(_weight_beside_estimates(f, estimates) for f in findings)
    points += HINT_WEIGHT * sum(v for v in estimates.values() if _number_within(v, 0.0, sys.float_info.max))
    # Rounded: hint confidences are fractions, and the report should read
    # the same on every platform.
    return round(points, 3)


def score(words: int, pen: float) -> float:
    # Fewer than one word would make the per-word rate meaningless; a
    # one-word document with any penalty scores below 100 (0 from 1 point).
    w = max(words, 1)
    return round(max(0.0, 100.0 - pen * PER_WORDS / w), 2)


def score_document(words: int, findings: list[Finding],
                   estimates: dict[str, float] | None = None) -> Score:
    p = penalty(findings, estimates)
    return Score(words, p, score(words, p))


def describe() -> dict:
    return {"method": METHOD, "per_words": PER_WORDS,
            "weights": {**{s.value: w for s, w in WEIGHTS.items()},
                        Severity.INFO.value: HINT_WEIGHT},
            "hint_confidence": {"from": "evidence.probability",
                                "default": DEFAULT_HINT_CONFIDENCE},
            "estimates": "documents[].estimates count in place of their check's findings"}
