"""MQM-style scores: 100 × (1 − weighted errors per word), hints by their confidence."""
from __future__ import annotations

import json

import pytest

from mtaudit import scoring
from mtaudit.findings import Finding, Severity, merge_findings
from mtaudit.report import DocumentReport, Gate, Report


def _finding(severity: str, evidence: dict | None = None, check: str = "MT105",
             start: int = 0, end: int = 1) -> Finding:
    return Finding(check=check, category="grammar", severity=Severity.parse(severity),
                   start=start, end=end, text="x" * (end - start), message="m",
                   evidence=dict(evidence or {}))


def test_claims_weigh_by_severity():
    fs = [_finding("critical"), _finding("major"), _finding("minor")]
    assert scoring.penalty(fs) == 25 + 5 + 1


def test_a_hint_weighs_its_stated_probability_of_being_an_error():
    assert scoring.penalty([_finding("info", {"probability": 0.8})]) == 0.8
    assert scoring.penalty([_finding("info", {"probability": 0.25}),
                            _finding("info", {"probability": 0.5})]) == 0.75


def test_a_hint_without_a_stated_probability_is_a_note_and_costs_nothing():
    assert scoring.penalty([_finding("info")]) == scoring.DEFAULT_HINT_CONFIDENCE == 0.0
    # an "uncertain" reason is not a probability
    assert scoring.penalty([_finding("info", {"uncertain": "quoted"})]) == 0.0
    assert scoring.score_document(20, [_finding("info", {"names": ["Box"]})]).score == 100.0


@pytest.mark.parametrize("bad", [1.5, -0.1, "0.9", True, None, float("nan")])
def test_a_malformed_probability_is_not_trusted(bad):
    assert scoring.hint_confidence(_finding("info", {"probability": bad})) == 0.0


def test_no_hint_weighs_more_than_a_minor_claim():
    sure_hint = _finding("info", {"probability": 1.0})
    assert scoring.finding_weight(sure_hint) <= scoring.finding_weight(_finding("minor"))


def test_a_claims_probability_does_not_lower_its_weight():
    # A claim is a claim: its check already chose the severity.
    assert scoring.finding_weight(_finding("minor", {"probability": 0.7})) == 1.0
    assert scoring.finding_weight(_finding("major", {"probability": 0.1})) == 5.0


def test_findings_folded_on_one_span_count_once():
    claim = _finding("major", check="MT101", start=0, end=6)
    hint = _finding("info", {"probability": 0.9}, check="MT108", start=0, end=6)
    merged = merge_findings([claim, hint])
    assert len(merged) == 1
    assert scoring.penalty(merged) == 5.0


def test_a_folded_hint_takes_the_most_confident_of_its_checks():
    a = _finding("info", check="MT103", start=0, end=6)                        # no probability
    b = _finding("info", {"probability": 0.9}, check="MT108", start=0, end=6)
    merged = merge_findings([a, b])
    assert len(merged) == 1
    assert scoring.penalty(merged) == 0.9
    # a folded claim's probability is not a hint's confidence
    c = _finding("info", check="MT103", start=10, end=16)
    d = _finding("info", check="MT108", start=10, end=16)
    e = _finding("minor", {"probability": 0.2}, check="MT102", start=20, end=26)
    assert scoring.penalty(merge_findings([c, d, e])) == 0.0 + 1.0


def test_score_is_weighted_errors_per_word_in_percent():
    assert scoring.score(200, 5.0) == 97.5           # one major in 200 words
    assert scoring.score(10, 5.0) == 50.0            # the same error weighs more in a short text
    assert scoring.score(100, 0.0) == 100.0
    assert scoring.score(100, 0.8) == 99.2           # one confident hint in 100 words


def test_score_never_goes_below_zero_and_survives_empty_documents():
    assert scoring.score(10, 50.0) == 0.0
    assert scoring.score(0, 1.0) == 0.0              # a word-less document with an error
    assert scoring.score(0, 0.0) == 100.0


def test_more_errors_per_word_never_score_higher():
    scores = [scoring.score(150, p) for p in (0, 0.5, 1, 5, 25, 60, 200)]
    assert scores == sorted(scores, reverse=True)


def test_hints_rank_documents_that_have_the_same_claims():
    # Two 100-word documents with one minor claim each: the one with three
    # confident hints besides scores lower, the one without hints higher.
    claim = [_finding("minor", start=0, end=3)]
    hints = [_finding("info", {"probability": 0.9}, check="MT108", start=10 * i, end=10 * i + 4)
             for i in (2, 3, 4)]
    plain = scoring.score_document(100, claim)
    hinted = scoring.score_document(100, claim + hints)
    assert plain.score == 99.0
    assert hinted.penalty == 3.7 and hinted.score == 96.3


def test_penalty_is_rounded_so_reports_read_the_same_everywhere():
    fs = [_finding("info", {"probability": 0.1}) for _ in range(3)]
    assert scoring.penalty(fs) == 0.3                # not 0.30000000000000004


def test_describe_says_how_scores_are_made():
    d = scoring.describe()
    assert d == {"method": "mqm-per-100-words-with-hints", "per_words": 100,
                 "weights": {"critical": 25.0, "major": 5.0, "minor": 1.0, "info": 1.0},
                 "hint_confidence": {"from": "evidence.probability", "default": 0.0},
                 "estimates": "documents[].estimates count in place of their check's findings"}


def _doc(words: int, findings: list[Finding]) -> DocumentReport:
    s = scoring.score_document(words, findings)
    return DocumentReport(path="a.txt", id=None, status="ok", error=None, format="text",
                          language="fr", source_language=None, encoding="utf-8",
                          words=words, penalty=s.penalty, score=s.score, findings=findings)


def test_report_carries_the_scoring_and_a_corpus_score_from_the_totals():
    docs = [_doc(200, [_finding("info", {"probability": 0.6})]),
            _doc(300, [_finding("minor"), _finding("info")])]
    report = Report(documents=docs, gate=Gate("critical", None, True), checks=[], settings={})
    out = json.loads(json.dumps(report.to_dict()))
    assert out["scoring"]["weights"]["info"] == 1.0
    assert [d["penalty"] for d in out["documents"]] == [0.6, 1.0]
    assert [d["score"] for d in out["documents"]] == [99.7, 99.67]
    assert out["summary"]["score"] == 99.68          # 100 − 1.6 points × 100 / 500 words


def test_gate_hints_never_fail_fail_on_but_count_in_min_score_and_baselines():
    from mtaudit.gate import document_reasons
    doc = _doc(100, [_finding("info", {"probability": 0.8}, check="MT108", start=0, end=3),
                          _finding("info", {"probability": 0.7}, check="MT108", start=4, end=7)])
    assert doc.score == 98.5
    # a hint is never "at or above" a level: fail-on minor passes ...
    assert document_reasons(doc, "minor", None, True) == []
    # ... but the score it lowers is what min-score compares
    assert document_reasons(doc, "never", 99, True) == ["score 98.5 below 99"]
    # with a baseline, only new hints lower the gate's score
    doc.new = [False, True]
    assert document_reasons(doc, "never", 99, True) == []
    assert document_reasons(doc, "never", 99.5, True) == ["score 99.3 below 99.5"]


def test_a_checks_estimate_counts_in_place_of_its_findings():
    fs = [_finding("info", {"probability": 0.9}, check="MT108"),
          _finding("minor", {"probability": 0.95}, check="MT108"),
          _finding("info", {"probability": 0.5}, check="MT405")]
    # without an estimate: 0.9 + 1 + 0.5
    assert scoring.penalty(fs) == 2.4
    # MT108 expects 3.2 error words: its claim and its hint are among them
    assert scoring.penalty(fs, {"MT108": 3.2}) == round(3.2 + 0.5, 3)
    assert scoring.score_document(100, fs, {"MT108": 3.2}).score == round(100 - 3.7, 2)
    # another check's finding folded into one of MT108's still counts
    led = _finding("minor", {"probability": 0.95, "also": [
        {"check": "MT105", "severity": "minor", "evidence": {}},
        {"check": "MT405", "severity": "info", "evidence": {"probability": 0.4}}]}, check="MT108")
    assert scoring.penalty([led], {"MT108": 3.2}) == round(3.2 + 1, 3)
    assert scoring.penalty([led]) == 1.0


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf"), "2", True])
def test_a_malformed_estimate_is_not_counted(bad):
    assert scoring.penalty([_finding("minor")], {"MT108": bad}) == 1.0


def test_the_estimate_reaches_the_report_and_its_score(tmp_path, monkeypatch):
    from mtaudit import audit
    from mtaudit.checks.base import Check
    import mtaudit.batch_auditor as batch_auditor

    class _Estimating(Check):
        code, name, category, severity = "MT993", "estimating-test-check", "fluency", Severity.MINOR
        description = "expects two error words, claims one"

        def check(self, doc, ctx):
            self.estimate(doc, 2.0)
            yield self.finding(doc, 0, 2, "claimed")
            yield self.finding(doc, 3, 5, "hinted", severity=Severity.INFO,
                               evidence={"probability": 0.9})

    monkeypatch.setattr(batch_auditor, "select_checks", lambda config: [_Estimating])
    (tmp_path / "a.txt").write_text("Le gouvernement a présenté jeudi son budget annuel aux députés.\n")
    r = audit([str(tmp_path / "a.txt")], target_lang="fr", use_model=False)
    d = r.documents[0]
    assert d.estimates == {"MT993": 2.0}
    assert d.penalty == 2.0                      # the estimate (2), in place of the claim and the hint
    assert d.score == round(100 - 200 / d.words, 2)
    assert json.loads(json.dumps(d.to_dict()))["estimates"] == {"MT993": 2.0}
