"""Linter-style lines, ``path:line:col: CODE [severity] category: message``, then a summary table."""
from __future__ import annotations

from ..findings import Severity


def finding_lines(report):
    for d in report.documents:
        if d.status != "ok":
            yield f"{d.key}:0:0: ERROR [input] {d.error}"
            continue
        for i, f in enumerate(d.findings):
            if d.new is not None and not d.new[i]:
                continue
            line, col = d.line_col(f.start)
            msg = f.message.replace("\n", " ")
            yield f"{d.key}:{line}:{col}: {f.check} [{f.severity.value}] {f.category}: {msg}"


def summary_lines(report):
    s = report.summary()
    rows = [("documents", str(s["documents"])), ("audited", str(s["audited"])),
            ("errors", str(s["errors"])), ("words", str(s["words"]))]
    for sev in Severity:
        rows.append((sev.value, str(s["findings"][sev.value])))
    rows.append(("score", "-" if s["score"] is None else f'{s["score"]:.1f} / 100'))
    tr = s["translations"]
    if report.model is not None:
        rows.append(("translations", f'{tr["computed"]} computed, {tr["cached"]} cached'))
    rows.append(("gate", "passed" if report.passed else "FAILED"))
    width = max(len(k) for k, _ in rows)
    yield ""
    yield "Summary"
    yield "-" * (width + 20)
    for k, v in rows:
        yield f"{k.ljust(width)}  {v}"
    for w in report.warnings:
        yield f"warning: {w}"
    for r in report.gate.reasons[:20]:
        yield f"gate: {r}"
    if len(report.gate.reasons) > 20:
        yield f"gate: ... and {len(report.gate.reasons) - 20} more"


def write(report, out) -> None:
    for line in finding_lines(report):
        out.write(line + "\n")
    for line in summary_lines(report):
        out.write(line + "\n")
