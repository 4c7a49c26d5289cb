"""The text report (plain in a pipe, a rich table on a terminal) and writing several formats at once."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.reports import text, write_reports  # noqa: E402


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_plain_when_piped(write, monkeypatch):
    report_test_checks.install(monkeypatch)
    r = audit_files([write("abime.txt", BAD), write("propre.txt", CLEAN)])
    out = io.StringIO()
    text.write(r, out)
    lines = out.getvalue().splitlines()
    assert sum(1 for l in lines if ": MT99" in l) == 6
    assert any(l.endswith("abime.txt:1:4: MT990 [critical] fluency: misspelt word «gouvernemnt»") for l in lines)
    assert "\x1b[" not in out.getvalue()
    assert "gate       FAILED" in out.getvalue()


def test_rich_table_on_a_terminal():
    d = doc_report("un [red]deux[/red] trois", [finding(0, 2, "critical", message="m [bold]x[/bold]")],
                   path="[b]a.txt")
    out = Terminal()
    text.write(make_report([d]), out)
    s = out.getvalue()
    assert "\x1b[" in s                     # colours
    assert "mtaudit summary" in s and "worst articles" in s
    assert "│" in s or "┃" in s            # a table
    assert "[b]a.txt" in s and "m [bold]x[/bold]" in s     # untrusted text is not markup


def test_untrusted_text_cannot_break_lines_or_send_escapes():
    d = doc_report("abc", [finding(0, 1, message="ligne\nsuivante \x1b[2J fin")], path="a\nb.txt")
    out = io.StringIO()
    text.write(make_report([d]), out)
    first = out.getvalue().splitlines()[0]
    assert "ligne suivante" in first and "\x1b" not in out.getvalue()


def test_baseline_shows_only_new():
    d = doc_report("un deux trois", [finding(0, 2, "critical"), finding(3, 7, "major", message="nouveau")])
    d.new = [False, True]
    out = io.StringIO()
    text.write(make_report([d]), out)
    s = out.getvalue()
    assert "nouveau" in s and s.count(": MT990") == 1
    assert "1 new, 1 already recorded" in s


def test_several_formats(tmp_path, write, monkeypatch):
    report_test_checks.install(monkeypatch)
    r = audit_files([write("abime.txt", BAD)], keep_text=True)
    stdout = io.StringIO()
    out = tmp_path / "rapport"
    written = write_reports(r, ["html", "json", "sarif", "junit", "github", "text"], str(out), stdout=stdout)
    assert sorted(Path(w).relative_to(out).as_posix() for w in written) == [
        "html/index.html", "junit.xml", "report.json", "report.sarif"]
    assert json.loads((out / "report.json").read_text())["summary"]["findings"]["critical"] == 1
    assert json.loads((out / "report.sarif").read_text())["version"] == "2.1.0"
    # annotations and the text report go to the log, where CI reads them
    assert stdout.getvalue().startswith("::error ") and "Summary" in stdout.getvalue()
    # one format with --output: that file; html alone: that folder
    write_reports(r, ["sarif"], str(tmp_path / "one.sarif"))
    assert json.loads((tmp_path / "one.sarif").read_text())["runs"]
    write_reports(r, ["html"], str(tmp_path / "site"))
    assert (tmp_path / "site" / "index.html").is_file()


def test_unwritable_output_is_a_usage_error(tmp_path):
    import pytest
    from mtaudit.errors import UsageError
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UsageError, match="cannot write"):
        write_reports(make_report([]), ["json"], str(blocker / "sub" / "r.json"))
    with pytest.raises(UsageError, match="cannot write the HTML report"):
        write_reports(make_report([]), ["html"], str(blocker))
