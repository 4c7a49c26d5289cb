"""JUnit XML: one ``<testcase>`` per article, for CI test-report viewers.

A test case fails (``<failure>``) exactly when the gate fails it: findings at
or above ``--fail-on`` (new ones only, with a baseline), a score below
``--min-score``, or an input that could not be audited (``type="input-error"``;
with ``--errors-pass`` such an input is ``<skipped>`` instead). The failure's
text lists the article's findings, one per line. Article text is untrusted:
characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF)
are written as visible ``\\xNN``-style escapes; the rest is escaped by
ElementTree.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..gate import document_reasons
from . import check_names, is_new

_XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(s: str | None) -> str:
    if s is None:
        return ""
    return _XML_FORBIDDEN.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                              else f"\\u{ord(m.group()):04x}", s)


def _el(parent, tag, text=None, **attrs):
    e = ET.SubElement(parent, tag, {k: xml_safe(str(v)) for k, v in attrs.items() if v is not None})
    if text is not None:
        e.text = xml_safe(text)
    return e


def _classname(d) -> str:
    # CI viewers group test cases by class name: use the article's folder.
    path = d.path.replace("\\", "/")
    folder = path.rsplit("/", 1)[0] if "/" in path else "."
    return "mtaudit." + folder.replace(".", "_").replace("/", ".").strip(".") if folder != "." else "mtaudit"


def to_element(report) -> ET.Element:
    gate = report.gate
    names = check_names(report)
    root = ET.Element("testsuites", {"name": "mtaudit"})
    suite = _el(root, "testsuite", name="mtaudit")
    tests = failures = skipped = 0
    for d in report.documents:
        tests += 1
        case = _el(suite, "testcase", name=d.key, classname=_classname(d), file=d.path, time="0")
        reasons = document_reasons(d, gate.fail_on, gate.min_score, gate.errors_fail)
        if d.status != "ok":
            if reasons:
                failures += 1
                _el(case, "failure", f"{d.key}: {d.error}", message=f"could not be audited: {d.error}",
                    type="input-error")
            else:
                skipped += 1
                _el(case, "skipped", message=f"could not be audited: {d.error}")
            continue
        lines = []
        for i, f in enumerate(d.findings):
            if not is_new(d, i):
                continue
            line, col = d.line_col(f.start)
            quote = f" «{f.text}»" if f.text and f.text not in f.message else ""
            lines.append(f"{d.key}:{line}:{col}: {f.check} {names.get(f.check, '')} "
                         f"[{f.severity.value}] {f.category}: {f.message}{quote}")
        if reasons:
            failures += 1
            _el(case, "failure", "\n".join(lines) or "; ".join(reasons),
                message="; ".join(reasons), type=_failure_type(d))
        elif lines:
            _el(case, "system-out", "\n".join(lines))
        props = _el(case, "properties")
        _el(props, "property", name="score", value="-" if d.score is None else f"{d.score:g}")
        _el(props, "property", name="words", value=d.words)
        _el(props, "property", name="findings", value=len(d.findings))
        if d.language:
            _el(props, "property", name="language", value=d.language)
    for e in (suite, root):
        e.set("tests", str(tests))
        e.set("failures", str(failures))
        e.set("errors", "0")
        e.set("skipped", str(skipped))
        e.set("time", f"{report.timing.get('total', 0.0):.3f}")
    return root


def _failure_type(d) -> str:
    # The worst severity found, or "score" when only --min-score failed it.
    w = d.worst()
    return w.value if w is not None else "score"


def write(report, out) -> None:
    root = to_element(report)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
