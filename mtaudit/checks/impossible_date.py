"""MT201 (impossible-date): a date that cannot exist."""
from __future__ import annotations

import calendar

from ..dates import max_day, weekday_of
from ..document import Document
from ..findings import Severity
from ._dates import context_years, doc_dates, reference_year
from .base import Check, CheckContext


_WEEKDAY_EN = list(calendar.day_name)        # Monday ... Sunday
_MONTH_EN = list(calendar.month_name)        # "", January ... December


class ImpossibleDate(Check):
    code = "MT201"
    name = "impossible-date"
    description = "A date that cannot exist: 30 February, 31 April, month 13, or a weekday that does not match the date"
    category = "date"
    severity = Severity.MAJOR

    def check(self, doc: Document, ctx: CheckContext):
        mentions = doc_dates(doc)
        ref = reference_year(ctx)
        ctx_years: list[int] | None = None
        for d in mentions:
            if d.kind == "year" or d.month is None:
                continue
            if d.month > 12 or d.month < 1:
                yield self.finding(doc, d.start, d.end,
                                   f"There is no month {d.month}.",
                                   evidence={"day": d.day, "month": d.month, "year": d.year})
                continue
            if d.day is None:
                continue
            if d.day > max_day(d.month):
                yield self.finding(
                    doc, d.start, d.end,
                    f"{_MONTH_EN[d.month]} has at most {max_day(d.month)} days, not {d.day}.",
                    evidence={"day": d.day, "month": d.month, "year": d.year})
                continue
            if d.month == 2 and d.day == 29:
                if d.year is not None and not calendar.isleap(d.year):
                    yield self.finding(
                        doc, d.start, d.end, f"{d.year} is not a leap year: 29 February did not exist.",
                        evidence={"day": 29, "month": 2, "year": d.year})
                    continue
                if d.year is None:
                    if ctx_years is None:
                        ctx_years = context_years(mentions, ref)
                    if ctx_years and not any(calendar.isleap(y) for y in ctx_years):
                        yield self.finding(
                            doc, d.start, d.end,
                            "29 February, but none of the years this article is about is a leap year.",
                            severity=Severity.MINOR,
                            evidence={"context_years": ctx_years})
                        continue
            if d.weekday is None:
                continue
            if d.year is not None:
                actual = weekday_of(d.year, d.month, d.day)
                if actual is not None and actual != d.weekday:
                    yield self.finding(
                        doc, d.start, d.end,
                        f"{d.day} {_MONTH_EN[d.month]} {d.year} was a {_WEEKDAY_EN[actual]}, "
                        f"not a {_WEEKDAY_EN[d.weekday]}.",
                        suggestion=f"Check the weekday or the date ({_WEEKDAY_EN[actual]}).",
                        evidence={"written_weekday": _WEEKDAY_EN[d.weekday],
                                  "actual_weekday": _WEEKDAY_EN[actual], "year": d.year})
                continue
            if ctx_years is None:
                ctx_years = context_years(mentions, ref)
            if not ctx_years or ctx_years[0] < 1583:
                continue
            fitting = [y for y in ctx_years if weekday_of(y, d.month, d.day) == d.weekday]
            if not fitting:
                near = [y for y in range(ctx_years[0] - 6, ctx_years[-1] + 7)
                        if weekday_of(y, d.month, d.day) == d.weekday]
                yield self.finding(
                    doc, d.start, d.end,
                    f"{d.day} {_MONTH_EN[d.month]} was not a {_WEEKDAY_EN[d.weekday]} in any year "
                    f"this article is about ({ctx_years[0]}–{ctx_years[-1]}).",
                    severity=Severity.MINOR,
                    evidence={"context_years": ctx_years, "weekday": _WEEKDAY_EN[d.weekday],
                              "years_with_that_weekday": near,
                              "weekday_by_year": {y: _WEEKDAY_EN[weekday_of(y, d.month, d.day)]
                                                  for y in ctx_years}})
