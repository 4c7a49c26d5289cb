"""MT204 (contradicts-known-fact): a date that contradicts the user's facts
file (``--facts``)."""
from __future__ import annotations

from ..dates import DateMention, range_end_year
from ..document import Document
from ..facts import Fact
from ..findings import Severity
from ..segments import words
from ._dates import doc_dates
from .base import Check, CheckContext


class ContradictsKnownFact(Check):
    code = "MT204"
    name = "contradicts-known-fact"
    description = "A date next to a known event's key words that disagrees with the facts file"
    category = "date"
    severity = Severity.MAJOR

    def check(self, doc: Document, ctx: CheckContext):
        facts: list[Fact] = list(ctx.facts or ())
        if not facts:
            return
        mentions = [d for d in doc_dates(doc) if d.year is not None or d.month is not None]
        if not mentions:
            return
        for sent in doc.sentences:
            in_sent = [d for d in mentions if sent.start <= d.start < sent.end]
            if not in_sent:
                continue
            ws = list(words(sent.text, sent.start))

            def idx(offset: int) -> int:
                for i, (s, e, _) in enumerate(ws):
                    if offset < e:
                        return i
                return len(ws)

            for fact in facts:
                hits: dict[int, list[int]] = {}
                for i, (s, e, w) in enumerate(ws):
                    k = fact.keyword_matches(w)
                    if k is not None:
                        hits.setdefault(k, []).append(i)
                if len(hits) < fact.min_keywords:
                    continue
                positions = [i for v in hits.values() for i in v]
                best, best_dist = None, None
                for d in in_sent:
                    di = idx(d.start)
                    dist = min(abs(di - p) for p in positions)
                    if best_dist is None or dist < best_dist:
                        best, best_dist = d, dist
                if best is None or best_dist > fact.window:
                    continue
                wrong = _disagrees(best, fact)
                if not wrong:
                    continue
                if ctx.allowed(best.text):
                    continue
                yield self.finding(
                    doc, best.start, best.end,
                    f"'{fact.name}' is dated {fact.date_text} in the facts file; "
                    f"the {', '.join(wrong)} here differ{'s' if len(wrong) == 1 else ''}.",
                    suggestion=f"{fact.name}: {fact.date_text}",
                    evidence={"fact": fact.name, "fact_date": fact.date_text,
                              "written": {"year": best.year, "month": best.month, "day": best.day},
                              "differs": wrong})


def _disagrees(d: DateMention, f: Fact) -> list[str]:
    wrong = []
    if d.year is not None and d.year != f.year:
        end = range_end_year(d)
        if end is None or not d.year <= f.year <= end:
            wrong.append("year")
    if d.month is not None and f.month is not None and d.month != f.month:
        wrong.append("month")
    if (d.day is not None and f.day is not None and d.day != f.day
            and (d.month is None or f.month is None or d.month == f.month)):
        wrong.append("day")
    return wrong
