"""Helpers of the date checks (MT201-MT204): the dates of a document, read
once with :func:`mtaudit.dates.find_dates` (month and weekday names in fr, en,
id, ms, es, de, it, pt, nl; numeric dates and years everywhere) and cached on
it, the article's reference year, and, over spaCy parses, the tokens and the
content words around a date.
"""
from __future__ import annotations

import bisect
import datetime as _dt

from ..dates import DateMention, find_dates, range_end_year
from ..document import Document
from ..facts import normalise_word
from ._spans import SpanText
from .base import CheckContext


def doc_dates(doc: Document) -> list[DateMention]:
    cached = doc.extra.get("_dates")
    if cached is None:
        cached = find_dates(doc.text, doc.target_lang)
        doc.extra["_dates"] = cached
    return cached


def reference_year(ctx: CheckContext) -> int:
    y = getattr(ctx.config, "reference_year", None)
    return int(y) if y else _dt.date.today().year


def mentioned_years(mentions: list[DateMention]) -> list[int]:
    """Every year the mentions state (both ends of a range)."""
    out: list[int] = []
    for d in mentions:
        if d.year is None:
            continue
        out.append(d.year)
        end = range_end_year(d)
        if end is not None:
            out.append(end)
    return out


def context_years(mentions: list[DateMention], ref: int) -> list[int]:
    """Years a yearless date ("jeudi 29 février") may belong to.

    From the earliest to the latest year the document states (up to the
    reference year), plus the following year, since an article often dates an
    event in the year after the last one it mentions ("signed in July 2023"
    in a 2024 article). Empty when the document states no year: then the
    year is unknown and nothing is flagged. A wide span makes every weekday
    possible, which is the careful outcome.
    """
    ys = [y for y in mentioned_years(mentions) if y <= ref]
    if not ys:
        return []
    return list(range(min(ys), min(max(ys) + 1, ref) + 1))


def _spans(doc: Document, d: DateMention) -> SpanText:
    """The date and its context, kept for a finding made in ``finish``."""
    t = SpanText(doc.text)
    t.keep(d.start, d.end)
    return t.freeze()


def _sentence_of(doc: Document, offset: int):
    sents = doc.sentences
    starts = doc.extra.get("_sentence_starts")
    if starts is None:
        starts = doc.extra["_sentence_starts"] = [s.start for s in sents]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < sents[i].end:
        return sents[i]
    return None


# Helpers over spaCy parses: past tense and the content words around a date.

_CONTENT_POS = {"NOUN", "PROPN"}


def _tokens_in(parsed, start: int, end: int):
    """spaCy tokens (with document offsets) inside [start, end).

    Binary searches over paragraph starts and token starts, so asking for
    each sentence of a long article stays linear overall.
    """
    if not parsed:
        return
    para_starts = _paragraph_starts(parsed)
    i = max(0, bisect.bisect_right(para_starts, start) - 1)
    for para_start, sdoc in parsed[i:]:
        if para_start >= end:
            break
        starts = sdoc.user_data.get("_token_starts")
        if starts is None:
            starts = sdoc.user_data["_token_starts"] = [t.idx for t in sdoc]
        # Tokens by index, not through a slice: ``sdoc[j:]`` builds a Span,
        # and a Span that starts at the Doc's end measures ``len(doc.text)``,
        # which rebuilds the whole text: once per sentence past the parsed
        # part of an outsized one-line article, quadratic in its length.
        for k in range(bisect.bisect_left(starts, start - para_start), len(starts)):
            off = para_start + starts[k]
            if off >= end:
                break
            yield off, sdoc[k]


_last_parse: list = [None, None]   # (parse, its paragraph starts): one-entry cache


def _paragraph_starts(parsed) -> list[int]:
    if _last_parse[0] is not parsed:
        _last_parse[:] = [parsed, [p for p, _ in parsed]]
    return _last_parse[1]


def _lemma_key(t) -> str:
    return normalise_word(t.lemma_ or t.text)


def _content_near(tokens, d: DateMention, width: int, month_words: set[str]) -> list[str]:
    """Content-word lemmas within ``width`` tokens of the date, nearest first."""
    toks = list(tokens)
    inside = [i for i, (off, _) in enumerate(toks) if d.start <= off < d.end]
    if not inside:
        return []
    lo, hi = inside[0], inside[-1]
    cand: list[tuple[int, str]] = []
    for i, (off, t) in enumerate(toks):
        if lo <= i <= hi or t.pos_ not in _CONTENT_POS or t.is_stop or not t.is_alpha:
            continue
        dist = lo - i if i < lo else i - hi
        if dist > width:
            continue
        k = _lemma_key(t)
        if len(k) < 3 or k in month_words:
            continue
        cand.append((dist, k))
    out: list[str] = []
    for _, k in sorted(cand):
        if k not in out:
            out.append(k)
    return out


def _month_words(lang: str | None) -> set[str]:
    from ..dates import month_name_index, weekday_name_index
    return set(month_name_index(lang)) | set(weekday_name_index(lang))
