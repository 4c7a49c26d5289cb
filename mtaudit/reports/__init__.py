"""Report writers. Each one only reads a Report; none computes findings or scores.

A writer is ``write(report, out)`` where ``out`` is a text stream, except
HTML, which writes a folder (``write(report, directory)``).
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from ..errors import UsageError
from ..report import Report

# format -> (module, file name used when --output names a directory)
WRITERS = {
    "text": ("text", "report.txt"),
    "json": ("json", "report.json"),
    "sarif": ("sarif", "report.sarif"),
    "junit": ("junit", "junit.xml"),
    "github": ("github", "annotations.txt"),
    "html": ("html", None),
}


def writer(fmt: str):
    mod, _ = WRITERS[fmt]
    return importlib.import_module(f"{__name__}.{mod}")


def write_reports(report: Report, formats: list[str], output: str | None, stdout=None) -> list[str]:
    """Write every requested format; return the paths written.

    One format and no --output: to stdout (HTML: to reports/). One format and
    --output: to that file (HTML: that folder). Several formats: --output is a
    folder and each format gets its own file in it.
    """
    stdout = stdout or sys.stdout
    written: list[str] = []
    several = len(formats) > 1
    if several and output is None:
        output = "reports"
    for fmt in formats:
        mod = writer(fmt)
        if fmt == "html":
            target = Path(output) / "html" if several else Path(output or "reports")
            mod.write(report, target)
            written.append(str(target / "index.html"))
            continue
        if several:
            target = Path(output) / WRITERS[fmt][1]
        elif output is not None:
            target = Path(output)
        else:
            mod.write(report, stdout)
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                mod.write(report, fh)
        except OSError as e:
            raise UsageError(f"cannot write {target}: {e.strerror or e}") from None
        written.append(str(target))
    return written
