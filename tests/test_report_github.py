"""GitHub Actions annotations, parsed back the way the runner parses them."""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.reports import github  # noqa: E402

COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def unescape_data(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(s):
    return unescape_data(s.replace("%3A", ":").replace("%2C", ","))


def parse(report):
    """Like actions/runner's ActionCommand.TryParseV2: name, properties split on ',' then '='."""
    out = io.StringIO()
    github.write(report, out)
    commands = []
    for line in out.getvalue().splitlines():
        m = COMMAND.match(line)
        if not m:
            continue
        props = {}
        for pair in (m.group(2) or "").split(","):
            if pair:
                k, v = pair.split("=", 1)
                props[k] = unescape_property(v)
        commands.append((m.group(1), props, unescape_data(m.group(3))))
    return commands, out.getvalue()


def test_real_audit(write, monkeypatch):
    report_test_checks.install(monkeypatch)
    p = write("abime.txt", BAD)
    r = audit_files([p])
    cmds, raw = parse(r)
    d = r.documents[0]
    assert len(cmds) == len(d.findings) == 6
    assert [c[0] for c in cmds][:2] == ["error", "error"]          # worst first
    assert sorted(c[0] for c in cmds) == ["error", "error", "notice", "notice", "notice", "warning"]
    for name, props, msg in cmds:
        assert props["file"] == str(p)
        f = next(f for f in d.findings if f.check in props["title"] and
                 d.line_col(f.start) == (int(props["line"]), int(props.get("col", d.line_col(f.start)[1]))))
        assert f.message in msg
    # one line per command, whatever the messages held
    assert all(line.startswith("::") or line.startswith("mtaudit:") for line in raw.splitlines())


def test_escaping_of_properties_and_data():
    text = "a,b:c 100% faux\r\nsuite"
    d = doc_report(text, [finding(0, 5, "minor", message="50% ici\r\nlà, et: là",
                                  suggestion="x,y")], path="dir,1/a:b%.txt")
    cmds, raw = parse(make_report([d]))
    (name, props, msg), = cmds
    assert name == "warning"
    assert props["file"] == "dir,1/a:b%.txt" and props["line"] == "1" and props["col"] == "1"
    assert props["endColumn"] == "6"
    assert "50% ici\r\nlà, et: là" in msg and "Suggestion: x,y" in msg
    assert "::warning file=dir%2C1/a%3Ab%25.txt," in raw


def test_errors_records_and_baseline():
    ok = doc_report("un deux trois", [finding(0, 2, "critical"), finding(3, 7, "info")])
    ok.new = [False, True]
    rec = doc_report("quatre cinq", [finding(0, 6, "major")], path="lot.jsonl", id="3")
    err = doc_report("", [], path="b.txt", status="error", error="binary content")
    cmds, _ = parse(make_report([ok, rec, err]))
    assert cmds[0][0] == "error" and "binary content" in cmds[0][2] and cmds[0][1]["file"] == "b.txt"
    rec_cmd = next(c for c in cmds if c[1]["file"] == "lot.jsonl")
    assert "line" not in rec_cmd[1] and "record 3" in rec_cmd[1]["title"]
    # the baseline finding (critical) is not annotated, the new info one is
    a = [c for c in cmds if c[1]["file"] == "a.txt"]
    assert [c[0] for c in a] == ["notice"]
