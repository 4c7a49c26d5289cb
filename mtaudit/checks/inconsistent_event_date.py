"""MT203 (inconsistent-event-date): one event dated two ways across the
corpus."""
from __future__ import annotations

import heapq
import itertools
from collections import Counter
from dataclasses import dataclass

from ..dates import DateMention
from ..document import Document
from ..findings import Severity
from ._dates import (_content_near, _month_words, _sentence_of, _spans, _tokens_in, doc_dates,
                     mentioned_years)
from ._spans import SpanDoc
from .base import Check, CheckContext


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
