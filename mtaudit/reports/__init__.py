"""Report writers. Each one only reads a Report; none computes findings or scores.

A writer is ``write(report, out)`` where ``out`` is a text stream, except
HTML, which writes a folder (``write(report, directory)``).
"""
from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable

from ..errors import UsageError
from ..report import DocumentReport, Report

# format -> (module, file name used when --output names a directory)
WRITERS = {
    "text": ("text", "report.txt"),
    "json": ("json", "report.json"),
    "sarif": ("sarif", "report.sarif"),
    "junit": ("junit", "junit.xml"),
    "github": ("github", "annotations.txt"),
    "html": ("html", None),
}

# Formats read by a person or by the CI runner from the job's log: with
# several formats they still go to standard output (GitHub only turns
# ``::error`` lines into annotations when they are printed).
STREAM_FORMATS = ("text", "github")


def writer(fmt: str):
    mod, _ = WRITERS[fmt]
    return importlib.import_module(f"{__name__}.{mod}")


def write_reports(report: Report, formats: list[str], output: str | None, stdout=None) -> list[str]:
    """Write every requested format; return the paths written.

    One format and no --output: to stdout (HTML: to reports/). One format and
    --output: to that file (HTML: that folder). Several formats: --output is a
    folder (default reports/) and each file format gets its own file in it
    (report.json, report.sarif, junit.xml; HTML in its html/ subfolder), while
    text and github still go to stdout.
    """
    stdout = stdout or sys.stdout
    written: list[str] = []
    several = len(formats) > 1
    if several and output is None:
        output = "reports"
    for fmt in formats:
        mod = writer(fmt)
        if fmt == "html":
            target = html_target(formats, output)
            try:
                write_folder_atomically(target, lambda tmp: mod.write(report, tmp))
            except OSError as e:
                raise UsageError(f"cannot write the HTML report to {target}: {e.strerror or e}") from None
            written.append(str(target / "index.html"))
            continue
        if several and fmt in STREAM_FORMATS:
            mod.write(report, stdout)
            continue
        if several:
            target = Path(output) / WRITERS[fmt][1]
        elif output is not None:
            target = Path(output)
        else:
            mod.write(report, stdout)
            continue
        try:
            write_file_atomically(target, lambda fh, mod=mod: mod.write(report, fh))
        except OSError as e:
            raise UsageError(f"cannot write {target}: {e.strerror or e}") from None
        written.append(str(target))
    return written


def html_target(formats: list[str], output: str | None) -> Path:
    return Path(output or "reports") / "html" if len(formats) > 1 else Path(output or "reports")


def check_output_targets(formats: list[str], output: str | None) -> None:
    """Refuse, before a long audit, to write where the writers would have to
    overwrite something that is not a report of ours."""
    if "html" in formats:
        _check_report_folder(html_target(formats, output))
    if len(formats) == 1 and output is not None and formats[0] != "html" and os.path.isdir(output):
        raise UsageError(f"--output {output} is a folder; one format is written to a file "
                         f"(name a file, or ask for several formats)")


def _check_report_folder(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise UsageError(f"cannot write the HTML report to {target}: a file of that name is in the way")
    if not replaceable_report_folder(target):
        raise UsageError(f"cannot write the HTML report to {target}: it holds files that are not an "
                         f"mtaudit HTML report, and the report replaces its folder whole; choose a new "
                         f"or empty folder with --output")


def replaceable_report_folder(target: Path) -> bool:
    """A folder the HTML writer may replace: absent, empty, or an earlier
    report (index.html and article pages, nothing else)."""
    if not target.exists():
        return True
    if not target.is_dir():
        return False
    names = os.listdir(target)
    return not names or ("index.html" in names and all(n.endswith(".html") for n in names))


def write_file_atomically(target: Path, write: Callable) -> None:
    """Write a file through ``write(stream)`` into a temporary file next to it,
    then rename it into place: a crash leaves the old file or the new one,
    never half of one."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            write(fh)
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp's 0600 is for secrets, not reports
        os.replace(tmp, target)
    except BaseException:
        _unlink(tmp)
        raise


def write_folder_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Write a report folder through ``write(folder)`` into a temporary folder
    next to it, then swap it in: no page of an earlier run is left behind, and
    a crash leaves the earlier report whole."""
    target = Path(target)
    _check_report_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    old = None
    try:
        write(tmp)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.rmdir(old)
            os.replace(target, old)
        os.replace(tmp, target)
        os.chmod(target, 0o777 & ~_umask())
    except BaseException:
        if old is not None and not target.exists():
            os.replace(old, target)          # put the earlier report back
            old = None
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# -- helpers shared by writers ----------------------------------------------

def check_names(report: Report) -> dict[str, str]:
    """Check code -> kebab-case name, for the checks that ran."""
    return {c["code"]: c.get("name", "") for c in report.checks}


def is_new(d: DocumentReport, i: int) -> bool:
    """Whether finding i of d is new (always true without a baseline)."""
    return d.new is None or d.new[i]


def is_record(d: DocumentReport) -> bool:
    """A record inside a file (JSONL line, XLIFF unit...): its offsets, lines
    and columns count in the record's text, not in the file."""
    return d.id is not None


def original_span(d: DocumentReport, f):
    """Where finding f lies in the original file, for documents whose audited
    text is not the file's own (HTML, DOCX, subtitles, TMX, XLIFF): (location,
    (line, column) of its start, (line, column) just past its end), lines and
    columns None when the format has none (DOCX paragraphs, XLIFF units).
    None for other documents."""
    loc = d.location(f)
    if loc is None:
        return None
    if "line" not in loc:
        return loc, None, None
    last = d.origins.locate(max(f.start, f.end - 1)) or loc
    start = (loc["line"], loc.get("column"))
    end = (last.get("line", loc["line"]),
           last["column"] + 1 if "column" in last and "line" in last else None)
    return loc, start, end


def location_label(loc: dict) -> str:
    """A location in words: "cue 3 (00:00:06,000 --> 00:00:08,000)",
    "paragraph 12", "table 1 row 2 cell 1", "header 1 paragraph 1", "unit t2"."""
    parts = []
    if "cue" in loc:
        parts.append(f"cue {loc['cue']} ({loc['start_time']} --> {loc['end_time']})")
    if "unit" in loc:
        parts.append(f"unit {loc['unit']}")
    if "part" in loc:
        if loc["part"] != "body":
            parts.append(f"{loc['part']} {loc.get(loc['part'], loc.get('note', ''))}".strip())
        if "table" in loc:
            parts.append(f"table {loc['table']} row {loc['row']} cell {loc['cell']}")
        parts.append(f"paragraph {loc['paragraph']}")
    return ", ".join(parts)


def shown_line_col(d: DocumentReport, f) -> tuple[int, int]:
    """The line and column a person's report shows: the original file's when
    the format maps them (HTML, subtitles, TMX); for a DOCX body paragraph,
    its paragraph number and the column in it; else the audited text's."""
    loc = d.location(f)
    if loc is not None and "line" in loc:
        return loc["line"], loc.get("column", 1)
    if loc is not None and loc.get("part") == "body" and "paragraph" in loc:
        return loc["paragraph"], loc.get("column", 1)
    return d.line_col(f.start)
