"""SARIF 2.1.0: validated against a schema written from the spec, and read the
way a consumer (GitHub code scanning) reads it."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.reports import sarif  # noqa: E402

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(__file__).parent / "data" / "reports" / "sarif-2.1.0-minimal.schema.json")
                    .read_text(encoding="utf-8"))


def render(report) -> dict:
    out = io.StringIO()
    sarif.write(report, out)
    data = json.loads(out.getvalue())
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    return data


def region_text(text: str, region: dict) -> str:
    """What a SARIF viewer highlights: lines and 1-based code-point columns."""
    lines = text.splitlines(keepends=True)
    start = sum(len(l) for l in lines[:region["startLine"] - 1]) + region["startColumn"] - 1
    end = sum(len(l) for l in lines[:region["endLine"] - 1]) + region["endColumn"] - 1
    return text[start:end]


def test_real_audit(tmp_path, write, monkeypatch):
    report_test_checks.install(monkeypatch)
    text = "Premier paragraphe, sans faute.\n\n" + BAD
    write("a/propre.txt", CLEAN), write("a/abîmé.txt", text), write("a/bin.txt", b"\0\0\xff")
    monkeypatch.chdir(tmp_path)
    r = audit_files([Path("a/propre.txt"), Path("a/abîmé.txt"), Path("a/bin.txt")])
    data = render(r)
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [x["id"] for x in rules] == ["MT990", "MT991"]
    assert all(x["shortDescription"]["text"] for x in rules)
    results = run["results"]
    bad = next(d for d in r.documents if d.path.endswith("abîmé.txt"))
    assert len(results) == len(bad.findings) == 6
    for res, f, fp in zip(results, bad.findings, bad.fingerprints):
        assert res["ruleId"] == f.check and rules[res["ruleIndex"]]["id"] == f.check
        assert res["level"] == {"critical": "error", "major": "error", "minor": "warning",
                                "info": "note"}[f.severity.value]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "a/ab%C3%AEm%C3%A9.txt", "uriBaseId": "%SRCROOT%"}
        assert region_text(text, loc["region"]) == f.text == loc["region"]["snippet"]["text"]
        assert loc["region"]["charOffset"] == f.start
        assert res["partialFingerprints"] == {"mtaudit/v1": fp}
        assert "baselineState" not in res
    assert run["columnKind"] == "unicodeCodePoints"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "bin.txt" in notes[0]["message"]["text"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a/bin.txt"
    assert run["invocations"][0]["exitCode"] == 1
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")


def test_regions_on_later_lines_crlf_and_non_bmp():
    text = "Ligne un\r\nLigne deux 🙂 avec erreur\r\nfin"
    s = text.index("erreur")
    d = doc_report(text, [finding(s, s + 6), finding(text.index("fin"), len(text), "info")])
    res = render(make_report([d]))["runs"][0]["results"]
    reg = res[0]["locations"][0]["physicalLocation"]["region"]
    # code points: the emoji counts one column
    assert (reg["startLine"], reg["startColumn"], reg["endColumn"]) == (2, 19, 25)
    assert res[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_records_use_logical_locations():
    d = doc_report("Le gouvernemnt parle.", [finding(3, 14, "critical")], path="lot.jsonl", id="7")
    res = render(make_report([d]))["runs"][0]["results"][0]
    loc = res["locations"][0]
    assert "region" not in loc["physicalLocation"]
    assert loc["logicalLocations"][0]["name"] == "7"
    assert res["properties"]["record"] == "7" and res["properties"]["recordColumn"] == 4


def test_baseline_state_and_absolute_paths(tmp_path):
    d = doc_report("un deux trois", [finding(0, 2), finding(3, 7)], path=str(tmp_path / "x y.txt"))
    d.new = [False, True]
    res = render(make_report([d]))["runs"][0]["results"]
    assert [x["baselineState"] for x in res] == ["unchanged", "new"]
    uri = res[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and uri.endswith("/x%20y.txt")


def test_empty_and_unknown_check():
    data = render(make_report([]))
    assert data["runs"][0]["results"] == []
    d = doc_report("abc", [finding(0, 1, check="MT777", category="number")])
    run = render(make_report([d]))["runs"][0]
    assert run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]["id"] == "MT777"
