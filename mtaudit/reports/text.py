"""Linter-style lines, ``path:line:col: CODE [severity] category: message``, then a summary.

The finding lines are the same everywhere, on a terminal, in a pipe or a
file: what people paste into a bug report and what grep sees must match. On
a terminal only the summary after them is a rich table (severity colours,
the worst articles); otherwise it is plain text. With a baseline only new
findings are listed.
"""
from __future__ import annotations

from ..findings import Severity
from . import is_new, shown_line_col

STYLE = {"critical": "bold red", "major": "red", "minor": "yellow", "info": "cyan"}


def _one_line(s: str) -> str:
    # Findings come from untrusted text: keep each one on one line and free
    # of terminal escape sequences.
    return "".join(" " if c in "\r\n\t" else ("\ufffd" if (ord(c) < 32 or 0x7f <= ord(c) < 0xa0) else c)
                   for c in s)


def finding_lines(report):
    for d in report.documents:
        if d.status != "ok":
            yield f"{_one_line(d.key)}:0:0: ERROR [input] {_one_line(d.error or '')}"
            continue
        for i, f in enumerate(d.findings):
            if not is_new(d, i):
                continue
            line, col = shown_line_col(d, f)
            yield f"{_one_line(d.key)}:{line}:{col}: {f.check} [{f.severity.value}] {f.category}: {_one_line(f.message)}"


def _baseline_counts(report) -> tuple[int, int] | None:
    if not any(d.new is not None for d in report.documents):
        return None
    new = sum(sum(d.new) for d in report.documents if d.new is not None)
    total = sum(len(d.findings) for d in report.documents if d.new is not None)
    return new, total - new


def summary_rows(report) -> list[tuple[str, str]]:
    s = report.summary()
    rows = [("documents", str(s["documents"])), ("audited", str(s["audited"])),
            ("errors", str(s["errors"])), ("words", str(s["words"]))]
    for sev in Severity:
        rows.append((sev.value, str(s["findings"][sev.value])))
    b = _baseline_counts(report)
    if b is not None:
        rows.append(("baseline", f"{b[0]} new, {b[1]} already recorded"))
    fuzzy = sum(len(getattr(d, "fuzzy", None) or ()) for d in report.documents)
    if fuzzy:
        rows.append(("fuzzy", f"{fuzzy} PO entr{'y' if fuzzy == 1 else 'ies'} marked fuzzy, audited "
                              f"(listed in the JSON and HTML reports)"))
    rows.append(("score", "-" if s["score"] is None else f'{s["score"]:.1f} / 100'))
    tr = s["translations"]
    if report.model is not None:
        rows.append(("translations", f'{tr["computed"]} computed, {tr["cached"]} cached'))
    rows.append(("gate", "passed" if report.passed else "FAILED"))
    return rows


def _tail_lines(report):
    for w in report.warnings:
        yield f"warning: {_one_line(w)}"
    for r in report.gate.reasons[:20]:
        yield f"gate: {_one_line(r)}"
    if len(report.gate.reasons) > 20:
        yield f"gate: ... and {len(report.gate.reasons) - 20} more"


def summary_lines(report):
    rows = summary_rows(report)
    width = max(len(k) for k, _ in rows)
    yield ""
    yield "Summary"
    yield "-" * (width + 20)
    for k, v in rows:
        yield f"{k.ljust(width)}  {v}"
    yield from _tail_lines(report)


def write(report, out) -> None:
    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        write_rich(report, out)
        return
    for line in finding_lines(report):
        out.write(line + "\n")
    for line in summary_lines(report):
        out.write(line + "\n")


def write_rich(report, out) -> None:
    """The terminal version: coloured findings, a summary table and the worst articles."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    for line in finding_lines(report):
        out.write(line + "\n")
    console = Console(file=out, force_terminal=True, highlight=False, soft_wrap=True)
    table = Table(title="mtaudit summary", show_header=False, title_justify="left")
    table.add_column("", style="bold")
    table.add_column("")
    for k, v in summary_rows(report):
        style = STYLE.get(k, "")
        if k == "gate":
            style = "bold green" if report.passed else "bold red"
        table.add_row(k, Text(v, style=style if v not in ("0",) else "dim"))
    console.print()
    console.print(table)
    audited = sorted((d for d in report.documents if d.status == "ok" and d.findings),
                     key=lambda d: (d.score if d.score is not None else 101, d.key))[:10]
    if audited:
        worst = Table(title="worst articles", title_justify="left")
        worst.add_column("article")
        worst.add_column("score", justify="right")
        for sev in Severity:
            worst.add_column(sev.value, justify="right", style=STYLE[sev.value])
        for d in audited:
            counts = {s: 0 for s in Severity}
            for f in d.findings:
                counts[f.severity] += 1
            worst.add_row(Text(_one_line(d.key)), f"{d.score:.1f}", *(str(counts[s]) for s in Severity))
        console.print(worst)
    for line in _tail_lines(report):
        console.print(Text(line, style="yellow" if line.startswith("warning") else "red"))
