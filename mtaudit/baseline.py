"""Baselines: record today's findings, then report and gate only new ones.

The file is JSON, sorted so that it diffs well in review::

    {"format": "mtaudit-baseline", "version": 1,
     "findings": [{"path": ..., "check": ..., "severity": ..., "text": ...,
                   "fingerprint": ...}, ...]}

A finding matches the baseline by its fingerprint (check + document key +
normalised text + a little context; see ``Finding.fingerprint``), never by
offsets, so edits elsewhere in an article keep old findings old. The same
fingerprint recorded twice (the same slip twice in one article) absolves two
occurrences, not more.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import UsageError
from .report import Report

FORMAT = "mtaudit-baseline"
VERSION = 1


def fingerprints(d) -> list[str]:
    """One fingerprint per finding (computed here for hand-built reports that lack them)."""
    if len(d.fingerprints) == len(d.findings):
        return list(d.fingerprints)
    return [f.fingerprint(d.key) for f in d.findings]


def baseline_entries(report: Report) -> list[dict]:
    entries = []
    for d in report.documents:
        if d.status != "ok":
            continue
        for f, fp in zip(d.findings, fingerprints(d)):
            entries.append({"path": d.key, "check": f.check, "severity": f.severity.value,
                            "text": f.text, "fingerprint": fp})
    entries.sort(key=lambda e: (e["path"], e["check"], e["fingerprint"], e["text"]))
    return entries


def write_baseline(report: Report, path: str | Path) -> int:
    """Write the report's findings to ``path``; return how many were written."""
    entries = baseline_entries(report)
    data = {"format": FORMAT, "version": VERSION, "tool": {"name": "mtaudit", "version": report.version},
            "findings": entries}
    from .reports import write_file_atomically
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    try:
        write_file_atomically(Path(path), lambda fh: fh.write(text))
    except OSError as e:
        raise UsageError(f"cannot write baseline {path}: {e.strerror or e}") from None
    return len(entries)


def load_baseline(path: str | Path) -> Counter:
    """Fingerprints recorded in a baseline file, with their counts.

    A missing, unreadable or malformed file is a usage error (exit 2): gating
    against a baseline that silently failed to load would pass everything or
    nothing.
    """
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"baseline file {path} does not exist "
                         "(create it with `mtaudit baseline create PATH... -o FILE`)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read baseline file {path}: {getattr(e, 'strerror', None) or e}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise UsageError(f"baseline file {path} is not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise UsageError(f"baseline file {path} is not an mtaudit baseline "
                         "(expected an object with format \"mtaudit-baseline\" and a findings list)")
    if data.get("version") != VERSION:
        raise UsageError(f"baseline file {path} has version {data.get('version')!r}; "
                         f"this mtaudit reads version {VERSION}: recreate it")
    counts: Counter = Counter()
    for i, e in enumerate(data["findings"]):
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
            raise UsageError(f"baseline file {path}: finding {i + 1} has no fingerprint")
        counts[e["fingerprint"]] += 1
    return counts


def apply_baseline(report: Report, path: str | Path) -> None:
    """Set ``DocumentReport.new`` (one bool per finding) from the baseline at ``path``."""
    remaining = load_baseline(path)
    for d in report.documents:
        if d.status != "ok":
            continue
        new = []
        for fp in fingerprints(d):
            if remaining[fp] > 0:
                remaining[fp] -= 1
                new.append(False)
            else:
                new.append(True)
        d.new = new
