"""Hostile article text (and file names) render inert in every report format:
valid JSON and SARIF, well-formed JUnit XML, HTML without injected markup,
GitHub annotations that cannot smuggle in extra commands."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest

from mtaudit import audit
from mtaudit.checks.base import Check
from mtaudit.findings import Severity

CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"
HOSTILE = [
    '<script>alert("pwned")</script>',
    '" onmouseover="alert(1)" x="',
    "'><img src=x onerror=alert(2)>",
    "]]><!-- --><![CDATA[",
    "::error file=evil.txt::injected%0A::warning::again",
    f"contrôle {CONTROLS} fin",
    "ligne\u2028séparée\u2029et\u202eelbuod\u202c\u2066isolé\u2069",
    "non-caractères \ufffe\uffff fin",
    "x" * 20000,
]


class _FlagEveryParagraph(Check):
    """Puts hostile text into every field a writer shows: span, message,
    suggestion, evidence."""
    code = "MT993"
    name = "hostile-echo-test-check"
    description = "flags every paragraph, echoing it"
    category = "fluency"
    severity = Severity.MAJOR

    def check(self, doc, ctx):
        for p in doc.paragraphs:
            yield self.finding(doc, p.start, p.end, f"suspect: {p.text[:200]}",
                               suggestion=p.text[:100], evidence={"echo": p.text[:100],
                                                                  "nested": [p.text[:50]]})


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    import mtaudit.checks as checks_pkg
    import mtaudit.batch_auditor as batch_auditor
    from mtaudit.batch_auditor import select_checks as real_select
    d = tmp_path_factory.mktemp("hostile")
    text = "Le 30 février 2021, rien.\n" + "\n".join(HOSTILE) + "\n"
    (d / "article.txt").write_text(text, encoding="utf-8")
    (d / '<script>alert(3)<\\script> " onload=x.txt').write_text(text, encoding="utf-8")
    (d / "records.jsonl").write_text(
        json.dumps({"id": '<b onclick="x">1</b>', "target": HOSTILE[0] + " " + HOSTILE[1]}) + "\n"
        + '{"id": "\\u2028<i>", "target": ' + json.dumps(HOSTILE[5]) + "}\n"
        + "<script>not json</script>\n", encoding="utf-8")
    (d / "broken <em>.txt").symlink_to(d / "nowhere")
    original = batch_auditor.select_checks
    batch_auditor.select_checks = lambda config: [*real_select(config), _FlagEveryParagraph]
    try:
        report = audit([str(d)], target_lang="fr", use_model=False, select=["MT201"],
                       keep_text=True)
    finally:
        batch_auditor.select_checks = original
    assert checks_pkg  # the real check list is untouched
    return report, d


def _render(report, fmt: str) -> str:
    from mtaudit.reports import writer
    buf = io.StringIO()
    writer(fmt).write(report, buf)
    return buf.getvalue()


def test_report_really_carries_the_hostile_text(hostile_report):
    report, _ = hostile_report
    texts = [f.text for d in report.documents for f in d.findings]
    assert HOSTILE[0] in texts and HOSTILE[5] in texts and HOSTILE[-1] in texts
    assert any(d.status == "error" for d in report.documents)
    checks = {f.check for d in report.documents for f in d.findings}
    checks |= {a["check"] for d in report.documents for f in d.findings
               for a in f.evidence.get("also", ())}
    assert checks == {"MT201", "MT993"}


def test_json_is_valid_and_round_trips(hostile_report):
    report, _ = hostile_report
    out = _render(report, "json")
    data = json.loads(out)
    found = [f["text"] for d in data["documents"] for f in d["findings"]]
    assert HOSTILE[5] in found and HOSTILE[6] in found
    out.encode("utf-8")      # no lone surrogates


def test_sarif_is_valid_json(hostile_report):
    report, _ = hostile_report
    data = json.loads(_render(report, "sarif"))
    assert data["version"] == "2.1.0"
    results = data["runs"][0]["results"]
    assert len(results) >= sum(len(d.findings) for d in report.documents)


def test_junit_is_well_formed_xml(hostile_report):
    report, _ = hostile_report
    out = _render(report, "junit")
    root = ET.fromstring(out.encode("utf-8"))
    from lxml import etree
    etree.fromstring(out.encode("utf-8"))       # the stricter parser agrees
    cases = root.findall(".//testcase")
    assert len(cases) == len(report.documents)
    assert "<script>" not in out                  # escaped as &lt;script&gt;


def test_github_annotations_cannot_inject_commands(hostile_report):
    report, _ = hostile_report
    out = _render(report, "github")
    # The runner reads lines ending at \n, \r or \r\n (U+2028 and friends do not end one).
    assert "\r" not in out
    lines = out.rstrip("\n").split("\n")
    annotations = sum(len(d.findings) for d in report.documents) + sum(
        d.status == "error" for d in report.documents)
    assert len(lines) == annotations + 1          # + the summary line
    for line in lines[:-1]:
        assert line.startswith(("::error ", "::warning ", "::notice "))


def test_text_report_keeps_one_line_per_finding(hostile_report):
    report, _ = hostile_report
    from mtaudit.reports.text import finding_lines, summary_lines
    out = _render(report, "text")
    expected = sum(len(d.findings) if d.status == "ok" else 1 for d in report.documents)
    assert len(list(finding_lines(report))) == expected
    assert out.count("\n") == expected + len(list(summary_lines(report)))


def test_record_ids_and_file_names_carry_no_control_characters(hostile_report):
    report, _ = hostile_report
    for d in report.documents:
        assert d.key.isprintable(), repr(d.key)


def test_html_is_inert(hostile_report, tmp_path):
    from lxml import html as lhtml

    from mtaudit.reports import writer
    report, _ = hostile_report
    writer("html").write(report, tmp_path)
    pages = sorted(tmp_path.rglob("*.html"))
    assert len(pages) >= 2
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img src=x" not in raw and "<b onclick" not in raw
        tree = lhtml.fromstring(raw)
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            handlers = [a for a in el.attrib if a.lower().startswith("on")]
            assert not handlers, (page.name, el.tag, handlers)
            assert el.tag not in ("img", "iframe", "object", "embed"), (page.name, el.tag)
            if el.tag == "script":
                assert "alert" not in (el.text or "") and "pwned" not in (el.text or "")
