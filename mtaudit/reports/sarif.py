"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

- one result per finding, ``ruleId`` = the check code, the checks that ran
  in ``tool.driver.rules`` (``ruleIndex`` points there);
- level: critical and major -> error, minor -> warning, info -> note;
- regions: 1-based ``startLine``/``startColumn``/``endLine``/``endColumn``
  (end column exclusive, as SARIF says), columns counted in Unicode code
  points (``run.columnKind`` = ``unicodeCodePoints``), plus ``charOffset``
  and ``charLength`` in code points of the decoded text. A record inside a
  file (a JSONL line, an XLIFF unit) has no region in the file: its
  location names the record as a ``logicalLocation`` instead, and the
  record's own line/column go in the result's properties. For extracted
  text (HTML, DOCX, subtitles, TMX, XLIFF units) the region is the one in
  the original file (HTML and subtitles: line and column; TMX: the unit's
  line) and the cue, paragraph or unit is a ``logicalLocation``;
- ``partialFingerprints["mtaudit/v1"]`` = our fingerprint, which survives
  edits elsewhere in the article;
- with a baseline, ``baselineState`` is ``new`` or ``unchanged``;
- inputs that could not be audited are ``toolExecutionNotifications`` of
  the run's invocation.
"""
from __future__ import annotations

import json
import os
from pathlib import PurePosixPath
from urllib.parse import quote

from ..findings import Severity
from . import is_record, location_label, original_span

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "error",
         Severity.MINOR: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "mtaudit/v1"
INFO_URI = "https://github.com/mtaudit/mtaudit"


def artifact_location(path: str) -> dict:
    """A SARIF artifactLocation: relative paths under %SRCROOT% (the working
    folder), absolute ones as file:// URIs; always forward slashes, percent-encoded."""
    p = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return {"uri": "file://" + quote(PurePosixPath(p).as_posix())}
    if p.startswith("./"):
        p = p[2:]
    return {"uri": quote(p), "uriBaseId": "%SRCROOT%"}


def _rule(c: dict) -> dict:
    sev = Severity.parse(c.get("severity", "major"))
    return {
        "id": c["code"],
        "name": c.get("name") or c["code"],
        "shortDescription": {"text": c.get("description") or c.get("name") or c["code"]},
        "defaultConfiguration": {"level": LEVEL[sev]},
        "properties": {"category": c.get("category"), "tags": [c.get("category") or "mtaudit"],
                       "severity": sev.value},
    }


def _message(f) -> str:
    msg = f.message
    if f.suggestion:
        msg += f" Suggestion: {f.suggestion}"
    return msg


def to_sarif(report) -> dict:
    rules = [_rule(c) for c in report.checks]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    notifications = []
    for d in report.documents:
        loc = artifact_location(d.path)
        if d.status != "ok":
            notifications.append({
                "level": "error",
                "message": {"text": f"{d.key}: could not be audited: {d.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": dict(loc)}}],
                "descriptor": {"id": "input-error"},
            })
            continue
        for i, f in enumerate(d.findings):
            if f.check not in index:
                # A finding from a check that is not listed (hand-built
                # reports): give it a rule so ruleIndex stays valid.
                index[f.check] = len(rules)
                rules.append(_rule({"code": f.check, "severity": f.severity.value,
                                    "category": f.category}))
            line, col = d.line_col(f.start)
            end_line, end_col = d.line_col(f.end)
            props = {"severity": f.severity.value, "category": f.category,
                     "start": f.start, "end": f.end}
            if f.suggestion:
                props["suggestion"] = f.suggestion
            if f.evidence:
                props["evidence"] = f.evidence
            location: dict = {"physicalLocation": {"artifactLocation": dict(loc)}}
            original = original_span(d, f)
            if original is not None:
                # Extracted text (HTML, DOCX, subtitles, TMX, XLIFF): the
                # region is the original file's; the unit, cue or paragraph
                # is a logical location.
                where, start, end = original
                props["location"] = where
                if location_label(where):
                    location["logicalLocations"] = [{"name": location_label(where),
                                                     "fullyQualifiedName": f"{d.key}: {location_label(where)}",
                                                     "kind": "element"}]
                if start is not None:
                    region = {"startLine": start[0], "endLine": end[0]}
                    if start[1] is not None and end[1] is not None:
                        region.update(startColumn=start[1], endColumn=end[1])
                    location["physicalLocation"]["region"] = region
            elif is_record(d):
                location["logicalLocations"] = [{"name": d.id, "fullyQualifiedName": d.key,
                                                 "kind": "element"}]
                props.update({"record": d.id, "recordLine": line, "recordColumn": col})
            else:
                location["physicalLocation"]["region"] = {
                    "startLine": line, "startColumn": col,
                    "endLine": end_line, "endColumn": end_col,
                    "charOffset": f.start, "charLength": f.end - f.start,
                    "snippet": {"text": f.text},
                }
            result = {
                "ruleId": f.check,
                "ruleIndex": index[f.check],
                "level": LEVEL[f.severity],
                "message": {"text": _message(f)},
                "locations": [location],
                "properties": props,
            }
            if i < len(d.fingerprints):
                result["partialFingerprints"] = {FINGERPRINT_KEY: d.fingerprints[i]}
            if d.new is not None:
                result["baselineState"] = "new" if d.new[i] else "unchanged"
            results.append(result)
    invocation = {"executionSuccessful": True,
                  "exitCode": 0 if report.passed else 1,
                  "toolExecutionNotifications": notifications}
    if report.warnings:
        invocation["toolConfigurationNotifications"] = [
            {"level": "warning", "message": {"text": w}} for w in report.warnings]
    run = {
        "tool": {"driver": {"name": "mtaudit", "version": report.version or "0",
                            "informationUri": INFO_URI, "rules": rules}},
        "invocations": [invocation],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": _cwd_uri()}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"summary": {k: v for k, v in report.summary().items() if k != "gate"},
                       "gate": report.gate.to_dict() if report.gate else None},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _cwd_uri() -> str:
    cwd = os.getcwd().replace(os.sep, "/")
    if not cwd.endswith("/"):
        cwd += "/"
    if not cwd.startswith("/"):      # Windows drive letters
        cwd = "/" + cwd
    return "file://" + quote(cwd)


def write(report, out) -> None:
    json.dump(to_sarif(report), out, ensure_ascii=False, indent=2)   # chunk by chunk
    out.write("\n")
