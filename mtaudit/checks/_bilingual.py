"""Shared ground of the bilingual checks (MT4xx): aligned units and helpers.

The checks compare aligned units (``doc.alignments``: one per TSV line, XLIFF or
PO unit, or the sentence alignment of a JSONL record or parallel file; when a
document has a source but no alignments they are computed here). Each finding
points at a target span and at the source span it disagrees with.

False alarms cost as much as misses, so every check prefers silence when the
evidence is weak: a number or name that the alignment misplaced is looked for
in the whole document before it is reported, and counts are compared as
multisets so that a value repeated on one side is not matched twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus.align import align_document
from ..document import Document, document_cache
from ..names import case_evidence

# -- shared helpers --------------------------------------------------------

@dataclass(frozen=True)
class Unit:
    """One aligned pair: source [ss, se) and target [ts, te); either may be empty."""

    ss: int
    se: int
    ts: int
    te: int

    def source(self, doc: Document) -> str:
        return doc.source[self.ss:self.se]

    def target(self, doc: Document) -> str:
        return doc.text[self.ts:self.te]


def units(doc: Document) -> list[Unit]:
    """The document's aligned units (cached on the document)."""
    cached = doc.extra.get("_bilingual_units")
    if cached is not None:
        return cached
    aligns = doc.alignments
    if aligns is None:
        aligns = align_document(doc) or []
    out = []
    for a in aligns:
        if not (0 <= a.source_start <= a.source_end <= len(doc.source or "")
                and 0 <= a.target_start <= a.target_end <= len(doc.text)):
            continue   # a reader's bad alignment must not crash a check
        out.append(Unit(a.source_start, a.source_end, a.target_start, a.target_end))
    doc.extra["_bilingual_units"] = out
    return out


_BEYOND_LATIN = re.compile("[^\x00-\u024f]")


def _latin_share(text: str) -> float:
    """Share of the letters (of the first 4,000 characters) below U+0250.
    (Counted by str.isalpha, with no Python loop per character: the Latin
    letters are the letters less those beyond U+024F. A text with no letter
    beyond, most Latin texts, needs no count: its share is 1 if it has a
    letter at all.)"""
    head = text[:4000]
    beyond = _BEYOND_LATIN.findall(head)
    if not any(map(str.isalpha, beyond)):
        return 1.0 if any(map(str.isalpha, head)) else 0.0
    letters = sum(map(str.isalpha, head))
    return (letters - sum(map(str.isalpha, beyond))) / letters


def _find_dates(text: str, lang: str | None):
    try:
        from ..dates import find_dates
    except ImportError:    # the date library is optional for the number check
        return []
    return find_dates(text, lang)


def _sentence_of(doc: Document, pos: int) -> tuple[int, int]:
    """The target sentence around (or just before) ``pos``, for findings about
    a source unit that has no target (an omission)."""
    best = None
    for s in doc.sentences:
        if s.start <= pos:
            best = s
        else:
            break
    if best is None and doc.sentences:
        best = doc.sentences[0]
    return (best.start, best.end) if best else (0, min(len(doc.text), 1))


def _dates(doc: Document, side: str):
    """Date mentions of the source or target text, found once per document."""
    if side == "source":
        return document_cache(doc, "src_dates", lambda: _find_dates(doc.source, doc.source_lang))
    return document_cache(doc, "tgt_dates", lambda: _find_dates(doc.text, doc.target_lang))


def _case_evidence(doc: Document, side: str):
    """How the source or target text writes its words (names.case_evidence),
    found once per document; MT403 and MT405 both read it."""
    if side == "source":
        return document_cache(doc, "src_case", lambda: case_evidence(doc.source, doc.source_lang))
    return document_cache(doc, "tgt_case", lambda: case_evidence(doc.text, doc.target_lang))


def _adjacent(text: str, hits):
    """Group hits separated only by spaces into phrases."""
    groups = []
    for h in hits:
        if groups and not text[groups[-1][-1][1]:h[0]].strip():
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


@dataclass(frozen=True)
class ScoredUnit:
    """An aligned unit and whether its alignment can be trusted: given by
    the input (TSV line, XLIFF unit), or paragraphs paired one to one with
    lengths in proportion. Findings on an uncertain unit are info only."""

    unit: Unit
    confident: bool


def paragraph_units(doc: Document) -> list[ScoredUnit]:
    """Units for comparing what a whole paragraph must keep (numbers): the
    input's own alignments when it has them, else paragraphs (lines). A JSONL
    record of several lines gets one alignment for the whole record from the
    reader when its sentence counts differ; its lines are used instead.

    Sentence splits differ between languages (one source sentence becomes
    two, a quotation is cut elsewhere), so comparing numbers sentence by
    sentence pairs them with the wrong sentence; a paragraph (a line of a
    JSONL record) is what translators keep whole. Paragraphs pair in order
    when both sides have as many; otherwise by the Gale–Church programme,
    and a merged or lopsided bead, or one whose sides share no number or
    name, is uncertain.
    """
    cached = doc.extra.get("_bilingual_paragraph_units")
    if cached is not None:
        return cached
    from ..corpus.align import align_lengths, anchors, expansion
    out: list[ScoredUnit] = []
    whole = (doc.alignments is not None and len(doc.alignments) == 1 and doc.source
             and len(doc.source_paragraphs) == len(doc.paragraphs) > 1)
    if doc.alignments is not None and not whole:
        out = [ScoredUnit(u, True) for u in units(doc)]
    elif doc.source and doc.text:
        sp, tp = doc.source_paragraphs, doc.paragraphs
        ratio = expansion(doc.source_lang, doc.target_lang)
        if len(sp) == len(tp):
            beads = [((i,), (i,)) for i in range(len(sp))]
        elif len(sp) * len(tp) > 250_000:
            beads = [(tuple(range(len(sp))), tuple(range(len(tp))))]
        else:
            beads = align_lengths([len(p.text) for p in sp], [len(p.text) for p in tp], ratio,
                                  [anchors(p.text) for p in sp], [anchors(p.text) for p in tp])
        for bs, bt in beads:
            if not bs or not bt:
                continue   # an omitted or added paragraph: MT406's
            u = Unit(sp[bs[0]].start, sp[bs[-1]].end, tp[bt[0]].start, tp[bt[-1]].end)
            ls, lt = u.se - u.ss, u.te - u.ts
            in_proportion = ls > 0 and 0.4 <= lt / (ls * ratio) <= 2.5
            one_to_one = len(bs) == 1 and len(bt) == 1
            # When counts differ, a 1-1 bead is trusted only if its sides
            # share a word that survives translation (a number, a name).
            shared = one_to_one and bool(anchors(sp[bs[0]].text) & anchors(tp[bt[0]].text))
            out.append(ScoredUnit(u, len(sp) == len(tp) or (shared and in_proportion)))
    doc.extra["_bilingual_paragraph_units"] = out
    return out
