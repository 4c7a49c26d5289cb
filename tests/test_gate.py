"""The gate: fail-on levels, min-score, errors, baselines."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, MINOR_ONLY, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.gate import document_reasons, evaluate  # noqa: E402

WORDS = " ".join(["mot"] * 100)


@pytest.mark.parametrize("fail_on,worst,passes", [
    ("critical", "major", True), ("critical", "critical", False),
    ("major", "major", False), ("major", "minor", True),
    ("minor", "minor", False), ("minor", "info", True),
    ("never", "critical", True),
])
def test_fail_on_levels(fail_on, worst, passes):
    d = doc_report(WORDS, [finding(0, 3, worst), finding(4, 7, "info")])
    r = make_report([d], fail_on=fail_on)
    assert r.gate.passed is passes
    if not passes:
        assert r.gate.reasons == [f"a.txt: 1 finding(s) at or above {fail_on}"]


def test_min_score():
    d = doc_report(WORDS, [finding(0, 3, "major")])       # 100 words, penalty 5 -> 95
    assert d.score == 95.0
    assert make_report([d], fail_on="never", min_score=95).gate.passed
    r = make_report([d], fail_on="never", min_score=95.5)
    assert not r.gate.passed and "score 95 below 95.5" in r.gate.reasons[0]


def test_errors_fail_unless_errors_pass():
    err = doc_report("", [], path="b.txt", status="error", error="empty file")
    assert not make_report([err]).gate.passed
    assert make_report([err], errors_fail=False).gate.passed
    assert make_report([]).gate.passed


def test_baseline_counts_only_new_findings():
    d = doc_report(WORDS, [finding(0, 3, "critical"), finding(4, 7, "minor")])
    d.new = [False, True]
    r = make_report([d], fail_on="minor", min_score=98.5)
    # the critical one is old: only the new minor finding gates, and the score
    # of the new findings is 99 (100 words, penalty 1) >= 98.5, while all of them give 74
    assert r.gate.reasons == ["a.txt: 1 new finding(s) at or above minor"]
    assert d.score == 74.0
    assert document_reasons(d, "critical", 98.5, True) == []
    assert document_reasons(d, "critical", 99.5, True) == ["score 99 below 99.5"]
    d.new = [True, True]
    assert evaluate(make_report([d]), "critical", None, True).passed is False


def test_real_audit_gate(write, monkeypatch):
    report_test_checks.install(monkeypatch)
    paths = [write("propre.txt", CLEAN), write("mineur.txt", MINOR_ONLY), write("abime.txt", BAD)]
    assert audit_files(paths[:2]).gate.passed                 # fail on critical by default
    assert not audit_files(paths[:2], fail_on="minor").gate.passed
    r = audit_files(paths, fail_on="never", min_score=99)
    assert [x.split(":")[0] for x in r.gate.reasons] == [str(paths[1]), str(paths[2])]
