"""JUnit XML: one test case per article, failures as the gate decides, well-formed on hostile text."""
from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, MINOR_ONLY, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.reports import junit  # noqa: E402


def parse(report) -> ET.Element:
    out = io.StringIO()
    junit.write(report, out)
    text = out.getvalue()
    from lxml import etree            # the strict parser CI plug-ins use
    etree.fromstring(text.encode("utf-8"))
    return ET.fromstring(text)


def cases(root):
    return {c.get("name"): c for c in root.iter("testcase")}


def test_real_audit_failures_follow_the_gate(write, monkeypatch):
    report_test_checks.install(monkeypatch)
    paths = [write("propre.txt", CLEAN), write("abime.txt", BAD), write("mineur.txt", MINOR_ONLY),
             write("vide.txt", b"\0\xff\0")]
    r = audit_files(paths, fail_on="major")
    root = parse(r)
    cs = {Path(k).name: v for k, v in cases(root).items()}
    assert len(cs) == 4
    assert cs["propre.txt"].find("failure") is None
    assert cs["mineur.txt"].find("failure") is None           # minor < major
    assert "réformme" in cs["mineur.txt"].findtext("system-out")
    fail = cs["abime.txt"].find("failure")
    assert fail is not None and fail.get("type") == "critical"
    assert "2 finding(s) at or above major" in fail.get("message")
    assert len(fail.text.strip().splitlines()) == 6
    assert cs["vide.txt"].find("failure").get("type") == "input-error"
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("4", "2")
    # the same audit, gating on minor, fails the minor article too
    r = audit_files(paths, fail_on="minor")
    assert cases(parse(r))[str(paths[2])].find("failure") is not None
    # --errors-pass: the unreadable file is skipped, not failed
    r = audit_files(paths, fail_on="never", errors_fail=False)
    root = parse(r)
    assert root.find("testsuite").get("failures") == "0"
    assert cases(root)[str(paths[3])].find("skipped") is not None


def test_hostile_text_stays_well_formed():
    text = 'Un <tag> & "guillemets" \x00\x01\x1b\x0b\ufffe fin ]]> <![CDATA[ x'
    d = doc_report(text, [finding(0, len(text), "critical", message="bell \x07 & <b>")],
                   path='a"b<c>\x01.txt')
    root = parse(make_report([d]))
    c = next(root.iter("testcase"))
    assert c.get("name") == 'a"b<c>\\x01.txt'
    f = c.find("failure")
    assert "\\x00\\x01\\x1b\\x0b\\ufffe" in f.text and "<tag> &" in f.text and "]]>" in f.text
    assert "bell \\x07 & <b>" in f.text


def test_min_score_failure_and_empty():
    d = doc_report("un deux trois quatre", [finding(0, 2, "minor")])
    root = parse(make_report([d], fail_on="never", min_score=99))
    f = next(root.iter("testcase")).find("failure")
    assert f is not None and "below 99" in f.get("message")
    root = parse(make_report([]))
    assert root.find("testsuite").get("tests") == "0"
