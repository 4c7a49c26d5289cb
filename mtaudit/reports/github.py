"""GitHub Actions workflow commands: one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE``

Severity: critical and major -> error, minor -> warning, info -> notice.
Escaping follows the runner (actions/toolkit ``command.ts``): in the message
``%``, ``\\r`` and ``\\n`` become ``%25``, ``%0D`` and ``%0A``; in
properties ``:`` and ``,`` also become ``%3A`` and ``%2C``. Columns are
1-based code points. Records inside a file (JSONL lines, XLIFF units) are
annotated on the file, without a line, their id in the title. The worst
findings come first, since GitHub shows only a limited number per step.
Extracted text (HTML, subtitles, DOCX, TMX) is annotated at its place in
the original file, the cue, paragraph or unit in the title.
Inputs that could not be audited are errors. With a baseline, only new
findings are annotated.
"""
from __future__ import annotations

from ..findings import Severity
from . import check_names, is_new, is_record, location_label, original_span

COMMAND = {Severity.CRITICAL: "error", Severity.MAJOR: "error",
           Severity.MINOR: "warning", Severity.INFO: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props) -> str:
    parts = [f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None]
    head = f"::{name} {','.join(parts)}" if parts else f"::{name}"
    return f"{head}::{escape_data(message)}"


def annotation_lines(report):
    names = check_names(report)
    items = []   # (sort key, line)
    for d in report.documents:
        if d.status != "ok":
            items.append(((-9, d.key, 0), command(
                "error", f"could not be audited: {d.error}", file=d.path,
                title=f"mtaudit: input error ({d.key})")))
            continue
        for i, f in enumerate(d.findings):
            if not is_new(d, i):
                continue
            title = f"{f.check} {names.get(f.check, '')}".strip() + f" [{f.severity.value}]"
            msg = f"{f.category}: {f.message}"
            if f.text and len(f.text) <= 200 and f.text not in f.message:
                msg += f" («{f.text}»)"
            if f.suggestion:
                msg += f"\nSuggestion: {f.suggestion}"
            props = {"file": d.path}
            original = original_span(d, f)
            if original is not None:       # extracted text: the original file's place
                where, start, end = original
                if location_label(where):
                    title += f" in {location_label(where)}"
                if start is not None:
                    props.update(line=start[0], endLine=end[0])
                    if start[0] == end[0] and start[1] is not None and end[1] is not None:
                        props.update(col=start[1], endColumn=end[1])
            elif is_record(d):
                title += f" in record {d.id}"
            else:
                line, col = d.line_col(f.start)
                end_line, end_col = d.line_col(f.end)
                props.update(line=line, endLine=end_line)
                if end_line == line:       # GitHub uses columns only on one line
                    props.update(col=col, endColumn=end_col)
            props["title"] = title
            items.append(((-f.severity.rank, d.key, f.start),
                          command(COMMAND[f.severity], msg, **props)))
    items.sort(key=lambda t: t[0])
    return [line for _, line in items]


def write(report, out) -> None:
    for line in annotation_lines(report):
        out.write(line + "\n")
    s = report.summary()
    score = "-" if s["score"] is None else f"{s['score']:.1f}"
    verdict = "passed" if report.passed else "failed"
    out.write(escape_data(
        f"mtaudit: {s['audited']} article(s) audited, {s['errors']} error(s), "
        f"score {score}/100, gate {verdict}") + "\n")
