"""Date checks: impossible dates, years out of the time frame, one event dated
two ways across the corpus, and dates that contradict the user's facts file.

All of them read dates with :func:`mtaudit.dates.find_dates` (month and
weekday names in fr, en, id, ms, es, de, it, pt, nl; numeric dates and years
everywhere). Dates are cached on the document so the four checks read them once.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import heapq
import itertools
from collections import Counter
from dataclasses import dataclass, field

from ..dates import DateMention, find_dates, max_day, range_end_year, weekday_of
from ..document import Document
from ..facts import Fact, normalise_word
from ..findings import Severity
from ..segments import words
from ._spans import SpanDoc, SpanText
from .base import Check, CheckContext

_WEEKDAY_EN = list(calendar.day_name)        # Monday ... Sunday
_MONTH_EN = list(calendar.month_name)        # "", January ... December


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


# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
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


def _governing_verb(tokens, d: DateMention):
    """The verb the date hangs on (nearest verb ancestor of its tokens), or None."""
    for off, t in tokens:
        if not d.start <= off < d.end:
            continue
        for a in t.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                return a
    return None


def _narrates_past(verb) -> bool:
    """A finite past: passé composé / plus-que-parfait (auxiliary + participle),
    passé simple or imperfect; not the conditional past of reported events. A
    bare participle ("la ligne, ouverte le 30 juin 2000, transporte...")
    describes, it does not narrate."""
    if verb is None:
        return False
    tense = verb.morph.get("Tense")
    if "Part" in verb.morph.get("VerbForm"):
        aux = [c for c in verb.children if c.dep_.startswith("aux")]
        # "aurait eu lieu": the conditional past reports an unconfirmed or
        # hypothetical event, not one the article itself dates.
        if any("Cnd" in a.morph.get("Mood") for a in aux):
            return False
        return "Past" in tense and bool(aux)
    return "Fin" in verb.morph.get("VerbForm") and ("Past" in tense or "Imp" in tense)


def _passe_simple(verb) -> bool:
    """A finite simple past ("fut", "construisit"): French writes history in
    it, news in the passé composé."""
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    finite = aux[0] if aux else verb
    return ("Fin" in finite.morph.get("VerbForm") and "Past" in finite.morph.get("Tense")
            and "Ind" in finite.morph.get("Mood"))


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


# Words that mark a date as history or an anniversary, not the news of the
# day: a year far from the article's frame is then expected. Stems, matched
# at word starts, accent-free.
_HISTORY_CUES = {
    "fr": ("depuis", "anniversaire", "commemor", "histoir", "historique", "siecle",
           "epoque", "autrefois", "jadis", "naissance", "fonde", "mort", "deced",
           "il y a", "ans apres", "ans plus tard", "souvenir", "naguere", "guerre mondiale",
           "revolution"),
    "en": ("since", "anniversary", "commemor", "histor", "century", "born", "founded",
           "died", "death", "ago", "years later", "memorial", "world war"),
    "es": ("desde", "aniversario", "conmemor", "histor", "siglo", "nacio", "fundad",
           "murio", "muerte"),
    "de": ("seit", "jahrestag", "gedenk", "geschicht", "historisch", "jahrhundert",
           "geboren", "gegrundet", "gestorben", "jahren"),
    "it": ("dal ", "anniversario", "commemor", "stori", "secolo", "nato", "fondat",
           "morto", "morte"),
    "pt": ("desde", "aniversario", "comemor", "histori", "seculo", "nasceu", "fundad",
           "morreu", "morte"),
    "nl": ("sinds", "verjaardag", "herdenk", "geschied", "histor", "eeuw", "geboren",
           "opgericht", "overleden", "geleden"),
    "id": ("sejak", "peringatan", "ulang tahun", "sejarah", "abad", "lahir", "didirikan",
           "meninggal", "tahun lalu"),
    "ms": ("sejak", "ulang tahun", "sejarah", "abad", "lahir", "ditubuhkan", "meninggal"),
}


def _has_history_cue(sentence: str, lang: str | None) -> bool:
    s = " " + normalise_word(sentence).replace("’", "'").replace("'", " ") + " "
    s = " ".join(s.split()) + " "
    s = " " + s
    return any((" " + cue) in s for cue in _HISTORY_CUES.get(lang or "", ()))


@dataclass
class _Candidate:
    key: str
    mention: DateMention
    sentence: str
    severity: Severity
    reason: str
    doc_text: object = None
    #: Told in the passé simple, the tense of written history ("fut construit").
    historic_tense: bool = False


@dataclass
class _DocFrame:
    years: list[int] = field(default_factory=list)
    present: int | None = None


class _OtherDocuments:
    """The corpus's time frame as seen from one document: every document but
    that one. Tallied once for the corpus, so that each candidate costs a
    lookup, not a pass over every document (quadratic on large corpora)."""

    def __init__(self, frames: dict[str, _DocFrame]) -> None:
        self._presents = sorted(f.present for f in frames.values() if f.present is not None)
        self._years = Counter(y for f in frames.values() for y in f.years)
        self._distinct = sorted(self._years)

    def latest_year(self, frame: _DocFrame) -> int | None:
        """The median (high) of the other documents' latest years."""
        ps = self._presents
        if frame.present is None:
            return ps[len(ps) // 2] if ps else None
        n = len(ps) - 1                       # without this document's own
        if n == 0:
            return None
        own = bisect.bisect_left(ps, frame.present)
        r = n // 2
        return ps[r] if r < own else ps[r + 1]

    def span(self, frame: _DocFrame) -> list[int] | None:
        """[earliest, latest] year the other documents state."""
        own = Counter(frame.years)
        others = [y for y in self._distinct if self._years[y] > own[y]]
        return [others[0], others[-1]] if others else None


class YearOutOfTimeframe(Check):
    code = "MT202"
    name = "year-out-of-timeframe"
    description = ("A year far from the article's and the corpus's time frame, given as the "
                   "month-and-year of a past event the article is about.")
    category = "date"
    severity = Severity.MAJOR
    requires = frozenset({"nlp"})

    #: A past event dated this many years or more before the frame's latest year is suspect.
    GAP = 3
    #: Up to this many years before the frame: minor (an old event, or a slip of a digit);
    #: further back: major, unless the article tells history.
    HISTORY = 15
    #: Mergeable per-batch state (see checks/base.py): frames, candidates, reference year.
    corpus_state = ("_frames", "_candidates", "_ref")

    def __init__(self) -> None:
        self._frames: dict[str, _DocFrame] = {}
        self._candidates: list[_Candidate] = []
        self._ref: int | None = None

    def check(self, doc: Document, ctx: CheckContext):
        ref = self._ref = reference_year(ctx)
        mentions = doc_dates(doc)
        frame = _DocFrame(years=[y for y in mentioned_years(mentions) if y <= ref + 1])
        frame.present = max(frame.years) if frame.years else None
        self._frames[doc.key] = frame
        dated = [d for d in mentions if d.year is not None and d.month is not None
                 and d.kind in ("date", "month-year", "numeric")]
        if not dated:
            return ()
        parsed = ctx.nlp.parse(doc) if ctx.nlp is not None else None
        if not parsed:
            return ()          # past tense and topic need a parse: stay silent without one
        month_words = _month_words(doc.target_lang)
        # How many sentences each content lemma appears in: the article's topics.
        spread: dict[str, int] = {}
        for s in doc.sentences:
            seen = {_lemma_key(t) for _, t in _tokens_in(parsed, s.start, s.end)
                    if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}
            for k in seen:
                spread[k] = spread.get(k, 0) + 1
        # Years stated, counted, so that "another mention within two years"
        # is a lookup (a scan of every mention per date was quadratic).
        stated = Counter(mentioned_years(mentions))
        for d in dated:
            own = Counter(mentioned_years([d]))
            if any(stated[y] > own[y] for y in range(d.year - 2, d.year + 3)):
                continue           # not alone: the article dwells on that period
            sent = _sentence_of(doc, d.start)
            if sent is None:
                continue
            toks = list(_tokens_in(parsed, sent.start, sent.end))
            if not _narrates_past(_governing_verb(toks, d)):
                continue
            if d.year > ref:
                self._candidates.append(_Candidate(
                    doc.key, d, sent.text, Severity.MAJOR,
                    f"a past event dated {d.year}, after the reference year {ref}", _spans(doc, d)))
                continue
            if _has_history_cue(sent.text, doc.target_lang):
                continue
            near = _content_near(toks, d, 8, month_words)
            # The event must be what the article is about: one of its words
            # recurs in at least two other sentences.
            if not any(spread.get(k, 0) >= 3 for k in near):
                continue
            verb = _governing_verb(toks, d)
            self._candidates.append(_Candidate(doc.key, d, sent.text, Severity.MINOR,
                                               "a past event of the article's topic", _spans(doc, d),
                                               historic_tense=_passe_simple(verb)))
        return ()

    def finish(self, ctx: CheckContext):
        others = _OtherDocuments(self._frames) if self._candidates else None
        for c in self._candidates:
            d = c.mention
            frame = self._frames[c.key]
            # The corpus's frame comes from the other documents, so that the
            # suspect year does not vouch for itself.
            corpus_present = others.latest_year(frame)
            corpus_frame = others.span(frame)
            own = [y for y in frame.years if y != d.year]
            evidence = {"year": d.year, "document_years": sorted(set(own)),
                        "corpus_frame": corpus_frame, "corpus_latest_year": corpus_present,
                        "reference_year": self._ref}
            if c.severity == Severity.MAJOR:
                yield c.key, self.finding(
                    SpanDoc(c.doc_text), d.start, d.end,
                    f"{d.year} is in the future ({c.reason}).", evidence=evidence)
                continue
            present = max(own) if own else corpus_present
            if present is None:
                continue
            basis = "article" if own else "corpus"
            gap = present - d.year
            if gap < self.GAP:
                continue
            if gap > self.HISTORY:
                # Far off: a slip ("achevés en août 1924" in a piece about a
                # project of 2019) unless the article tells history: in the
                # passé simple, or with other years that far back.
                if c.historic_tense or any(present - y > self.HISTORY for y in own):
                    continue
                yield c.key, self.finding(
                    SpanDoc(c.doc_text), d.start, d.end,
                    f"{d.year} stands alone, {gap} years before the {basis}'s time frame "
                    f"(latest year {present}), as the date of {c.reason}, in an article "
                    f"that tells no history: a wrong year?",
                    suggestion=f"Check the year: the {basis} is about {present}.",
                    evidence=evidence)
                continue
            yield c.key, self.finding(
                SpanDoc(c.doc_text), d.start, d.end,
                f"{d.year} stands alone, {gap} years before the {basis}'s time frame "
                f"(latest year {present}), as the date of {c.reason}: a wrong year?",
                severity=Severity.MINOR, evidence=evidence)


# ---------------------------------------------------------------------------

@dataclass
class _EventMention:
    key: str
    mention: DateMention
    words: tuple[str, ...]
    doc_years: frozenset[int]
    text: object = None


class InconsistentEventDate(Check):
    code = "MT203"
    name = "inconsistent-event-date"
    description = "One event given different years in different places of the corpus (same words around a month and year)"
    category = "date"
    severity = Severity.MAJOR
    requires = frozenset({"nlp"})

    #: How many content words near the two dates must be shared.
    MIN_SHARED = 2
    WIDTH = 6
    #: Mentions with another year listed in a finding's evidence, at most.
    EXAMPLES = 10
    #: Mergeable per-batch state (see checks/base.py): the dated event mentions.
    corpus_state = ("_mentions",)

    def __init__(self) -> None:
        self._mentions: list[_EventMention] = []

    def check(self, doc: Document, ctx: CheckContext):
        mentions = doc_dates(doc)
        dated = [d for d in mentions if d.year is not None and d.month is not None]
        if not dated:
            return ()
        parsed = ctx.nlp.parse(doc) if ctx.nlp is not None else None
        if not parsed:
            return ()
        month_words = _month_words(doc.target_lang)
        years = frozenset(mentioned_years(mentions))
        for d in dated:
            sent = _sentence_of(doc, d.start)
            if sent is None:
                continue
            toks = list(_tokens_in(parsed, sent.start, sent.end))
            near = _content_near(toks, d, self.WIDTH, month_words)
            if len(near) >= self.MIN_SHARED:
                self._mentions.append(_EventMention(doc.key, d, tuple(near), years,
                                                    _spans(doc, d)))
        return ()

    def finish(self, ctx: CheckContext):
        ms = self._mentions
        for c in event_conflicts(ms, self.MIN_SHARED, self.EXAMPLES):
            me, other = ms[c.index], ms[c.first_rival]
            yield me.key, self.finding(
                SpanDoc(me.text), me.mention.start, me.mention.end,
                f"This event is dated {me.mention.year} here but {other.mention.year} in "
                f"{other.key} ('{other.mention.text}').",
                severity=c.severity,
                suggestion=f"Check the year (elsewhere: {other.mention.year}).",
                evidence={"event_words": list(me.words),
                          # A few examples: on a large corpus the rivals of
                          # a recurring event can number in the thousands.
                          "elsewhere": [{"document": ms[j].key, "text": ms[j].mention.text,
                                         "year": ms[j].mention.year} for j in c.examples],
                          "mentions_with_this_year": c.support,
                          "mentions_with_other_years": c.rivals})


@dataclass(frozen=True)
class _Conflict:
    index: int                 # the mention flagged
    severity: Severity
    first_rival: int           # the first mention of the event with another year
    examples: tuple[int, ...]  # the first rival mentions (those agreeing with a rival included)
    support: int               # mentions that agree with this one (itself included)
    rivals: int                # mentions that agree with one of its rivals


class _EventNode:
    """Mentions that compare alike with every other mention: same month, same
    year and the same words. A recurring event collapses into a few nodes, so
    the corpus is compared node by node, not mention by mention (which is
    quadratic in the mentions of one event)."""

    def __init__(self, month, year, words: frozenset, n_words: int) -> None:
        self.month, self.year, self.words, self.n_words = month, year, words, n_words
        self.members: list[int] = []           # mention indices, ascending
        self.agrees_with_itself = False        # its words are enough to relate its members
        self.agreeing: list["_EventNode"] = []   # other nodes of the same year it relates to
        self.conflicting: list["_EventNode"] = []   # related nodes of another year
        self._eligible: dict[int, tuple[list[int], Counter]] = {}

    def rivals_of(self, ms, i: int, year: int) -> tuple[list[int], int, int, int] | None:
        """Members that contradict mention ``i`` (of ``year``): from another
        document, whose document does not itself name ``year`` (it would know
        of two events). (members, first, last, count), None when there are
        none; about constant time, so two large camps stay linear."""
        if year not in self._eligible:
            members = [j for j in self.members if year not in ms[j].doc_years]
            self._eligible[year] = (members, Counter(ms[j].key for j in members))
        members, keys = self._eligible[year]
        key = ms[i].key
        count = len(members) - keys[key]
        if count == 0:
            return None
        first = next(j for j in members if ms[j].key != key)
        last = next(j for j in reversed(members) if ms[j].key != key)
        return members, first, last, count


def _related(a: _EventNode, b: _EventNode, min_shared: int) -> bool:
    shared = len(a.words & b.words)
    return shared >= min_shared and shared * 2 >= min(a.n_words, b.n_words)


def event_conflicts(ms: list[_EventMention], min_shared: int, examples: int) -> list[_Conflict]:
    """Mentions of one event (same month, at least ``min_shared`` content
    words in common, and half of the shorter list) whose year the corpus's
    other mentions contradict, with a majority against them (major) or a
    tie (minor, on the later mention)."""
    nodes: dict[tuple, _EventNode] = {}
    node_of: list[_EventNode] = []
    for i, m in enumerate(ms):
        words = frozenset(m.words)
        key = (m.mention.month, m.mention.year, words, len(m.words))
        node = nodes.get(key)
        if node is None:
            node = nodes[key] = _EventNode(m.mention.month, m.mention.year, words, len(m.words))
        node.members.append(i)
        node_of.append(node)
    order = list(nodes.values())
    # Only nodes of the same month that share a word can be related: an index
    # on (month, word) finds those pairs.
    index: dict[tuple, list[int]] = {}
    for n, node in enumerate(order):
        node.agrees_with_itself = _related(node, node, min_shared)
        for w in node.words:
            index.setdefault((node.month, w), []).append(n)
    for n, a in enumerate(order):
        near = {k for w in a.words for k in index[(a.month, w)] if k > n}
        for k in sorted(near):
            b = order[k]
            if not _related(a, b, min_shared):
                continue
            if a.year == b.year:
                a.agreeing.append(b)
                b.agreeing.append(a)
            else:
                a.conflicting.append(b)
                b.conflicting.append(a)

    out: list[_Conflict] = []
    for i, m in enumerate(ms):
        a = node_of[i]
        if not a.conflicting:
            continue
        # Rival mentions: in a related node of another year, from another
        # document, neither document naming the other's year.
        rival_nodes = []
        for b in a.conflicting:
            if b.year in m.doc_years:
                continue
            found = b.rivals_of(ms, i, a.year)
            if found is not None:
                rival_nodes.append((b, *found))
        if not rival_nodes:
            continue
        support = 1 + (len(a.members) - 1 if a.agrees_with_itself else 0) \
            + sum(len(b.members) for b in a.agreeing)
        # Everything that agrees with a rival: whole nodes, or for a node
        # whose members do not relate to one another, just its rival members.
        whole: dict[int, _EventNode] = {}
        partial: dict[int, tuple[list[int], int]] = {}
        for b, members, _, _, count in rival_nodes:
            if b.agrees_with_itself:
                whole[id(b)] = b
            else:
                partial[id(b)] = (members, count)
            for c in b.agreeing:
                whole[id(c)] = c
        partial = {k: v for k, v in partial.items() if k not in whole}
        n_rivals = sum(len(n.members) for n in whole.values()) + sum(c for _, c in partial.values())
        if n_rivals < support:
            continue               # the majority: the others are the odd ones
        first = min(r[2] for r in rival_nodes)
        if n_rivals == support:
            # A tie: flag the later of the two in the corpus, unsure.
            if max(r[3] for r in rival_nodes) > i:
                continue
            severity = Severity.MINOR
        else:
            severity = Severity.MAJOR
        lists = [n.members for n in whole.values()]
        lists += [(j for j in members if ms[j].key != m.key) for members, _ in partial.values()]
        shown = tuple(itertools.islice(heapq.merge(*lists), examples))
        out.append(_Conflict(i, severity, first, shown, support, n_rivals))
    return out


# ---------------------------------------------------------------------------

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
