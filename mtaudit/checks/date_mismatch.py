"""MT402: a date of the source that differs in the translation."""
from __future__ import annotations

from ..findings import Severity
from ._bilingual import _dates, paragraph_units, units
from .base import Check


_DATE_FIELDS = ("year", "month", "day", "weekday")


def _shared_fields(a, b) -> list[str]:
    return [f for f in _DATE_FIELDS if getattr(a, f) is not None and getattr(b, f) is not None]


def _compatible(a, b) -> bool:
    shared = _shared_fields(a, b)
    return bool(shared) and all(getattr(a, f) == getattr(b, f) for f in shared)


def _date_str(d) -> str:
    parts = []
    if d.day is not None:
        parts.append(str(d.day))
    if d.month is not None:
        parts.append(f"month {d.month}")
    if d.year is not None:
        parts.append(str(d.year))
    return " ".join(parts) or d.text


def _near(doc, s, all_src, all_tgt):
    """Dates of the paragraph pair holding source date ``s`` when that pair is
    trusted; all dates otherwise."""
    for su in paragraph_units(doc):
        u = su.unit
        if su.confident and u.ss <= s.start < u.se:
            return ([d for d in all_src if u.ss <= d.start and d.end <= u.se],
                    [d for d in all_tgt if u.ts <= d.start and d.end <= u.te])
    return all_src, all_tgt


class DateMismatch(Check):
    code = "MT402"
    name = "date-mismatch"
    description = "A date, year, month or weekday of the source differs in the translation"
    category = "date"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        all_src, all_tgt = _dates(doc, "source"), _dates(doc, "target")
        if not all_src:
            return
        for u in units(doc):
            src = [d for d in all_src if u.ss <= d.start and d.end <= u.se]
            tgt = [d for d in all_tgt if u.ts <= d.start and d.end <= u.te]
            if not src or not tgt:
                continue   # a date dropped with its sentence is MT406's
            pool = list(tgt)
            unmatched = []
            for s in src:
                t = next((t for t in pool if _compatible(s, t)), None)
                if t is not None:
                    pool.remove(t)
                else:
                    unmatched.append(s)
            for s in unmatched:
                # A conflicting date in the same unit: the same kind of
                # information (a year against a year...) with another value.
                t = next((t for t in pool if _shared_fields(s, t)), None)
                if t is None:
                    continue
                # Both dates exist elsewhere on the other side: misalignment.
                # Elsewhere is the same paragraph when paragraphs pair
                # confidently (sentences drift, paragraphs do not), else the
                # whole document.
                near_src, near_tgt = _near(doc, s, all_src, all_tgt)
                if any(_compatible(s, x) for x in near_tgt) and any(_compatible(t, x) for x in near_src):
                    continue
                pool.remove(t)
                diff = [f for f in _shared_fields(s, t) if getattr(s, f) != getattr(t, f)]
                yield self.finding(
                    doc, t.start, t.end,
                    f"the source's date {s.text!r} became {t.text!r} "
                    f"({', '.join(diff)} {'differs' if len(diff) == 1 else 'differ'})",
                    suggestion=None,
                    evidence={"source_date": _date_str(s), "target_date": _date_str(t),
                              "differs": diff},
                    source_span=(s.start, s.end))
