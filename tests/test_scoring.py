"""MQM-style scores: 100 × (1 − weighted errors per word)."""
from __future__ import annotations

from mtaudit import scoring
from mtaudit.findings import Finding, Severity


def _finding(severity: str) -> Finding:
    return Finding(check="MT105", category="grammar", severity=Severity.parse(severity),
                   start=0, end=1, text="x", message="m")


def test_penalty_is_the_sum_of_severity_weights():
    fs = [_finding("critical"), _finding("major"), _finding("minor"), _finding("info")]
    assert scoring.penalty(fs) == 25 + 5 + 1 + 0


def test_score_is_weighted_errors_per_word_in_percent():
    assert scoring.score(200, 5.0) == 97.5           # one major in 200 words
    assert scoring.score(10, 5.0) == 50.0            # the same error weighs more in a short text
    assert scoring.score(100, 0.0) == 100.0


def test_score_never_goes_below_zero_and_survives_empty_documents():
    assert scoring.score(10, 50.0) == 0.0
    assert scoring.score(0, 1.0) == 0.0              # a word-less document with an error
    assert scoring.score(0, 0.0) == 100.0


def test_more_errors_per_word_never_score_higher():
    scores = [scoring.score(150, p) for p in (0, 1, 5, 25, 60, 200)]
    assert scores == sorted(scores, reverse=True)


def test_describe_says_how_scores_are_made():
    d = scoring.describe()
    assert d == {"method": "mqm-per-100-words", "per_words": 100,
                 "weights": {"critical": 25.0, "major": 5.0, "minor": 1.0, "info": 0.0}}
