"""Source ↔ target alignment: paragraphs, then sentences within paragraphs.

When both sides have as many units, they pair in order. When the counts
differ, a length-based dynamic programme in the manner of Gale & Church
(1993) pairs them: each bead is 1-1, 1-0, 0-1, 2-1, 1-2 or 2-2 units, and its
cost is −log(prior of the bead) − log P(length difference), where the
difference between the target length and the expected one (source length ×
the pair's expansion factor) is modelled as a normal variable whose variance
grows with the length. A 1-0 bead is a source unit with no translation (an
omission), 0-1 a target unit with no source (an addition): they become
alignments with an empty span on one side, so checks can see them.
"""
from __future__ import annotations

import math
import re
import unicodedata

from ..document import Alignment
from ..segments import Segment, split_paragraphs, split_sentences

# Typical length of a text in each language relative to the same text in
# English, in characters. Rough figures from localisation practice (W3C and
# software-localisation text-expansion guidance, measured on news-sized
# sentences): Romance languages and German run 10-20 % longer than English,
# Indonesian/Malay about as long as French, CJK far shorter. Unknown
# languages get 1.0; checks keep wide bounds around these.
EXPANSION = {
    "en": 1.00, "fr": 1.17, "es": 1.15, "it": 1.13, "pt": 1.12, "ca": 1.15, "ro": 1.12,
    "de": 1.15, "nl": 1.12, "da": 1.03, "sv": 1.02, "nb": 1.02, "no": 1.02, "fi": 1.05,
    "id": 1.15, "ms": 1.15, "tl": 1.25, "vi": 1.10, "tr": 1.03, "pl": 1.07, "cs": 1.00,
    "ru": 1.08, "uk": 1.05, "el": 1.15, "hu": 1.08, "ar": 0.95, "he": 0.85, "fa": 0.95,
    "hi": 1.05, "zh": 0.32, "ja": 0.45, "ko": 0.50, "th": 0.95,
}


def expansion(source_lang: str | None, target_lang: str | None) -> float:
    """Expected target/source length ratio for a language pair."""
    return EXPANSION.get(target_lang or "", 1.0) / EXPANSION.get(source_lang or "", 1.0)


# Bead priors (Gale & Church's figures, 2-2 kept rare).
_BEADS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2,
          (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011,
          # One long sentence translated as three (or three merged): rarer,
          # but common enough in news to keep the rest of the text aligned.
          (3, 1): 0.005, (1, 3): 0.005}
_BEAD_COST = {b: -math.log(p) for b, p in _BEADS.items()}
_VARIANCE = 6.8   # s² of the length model, per source character


def length_deviation(ls: float, lt: float, ratio: float) -> float:
    """How far a target length lies from what a source length predicts, in
    standard deviations of the length model (Gale & Church: the variance
    grows with the length, so a short sentence may stray further)."""
    mean = (ls + lt / ratio) / 2
    return (lt - ls * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE)


def _length_cost(ls: int, lt: int, ratio: float) -> float:
    if ls == 0 or lt == 0:
        # An omission or addition: its cost is the bead's prior alone (the
        # length model would make a dropped sentence nearly impossible).
        return 0.0
    delta = length_deviation(ls, lt, ratio)
    # −log of the two-sided tail probability of a standard normal.
    p = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(p, 1e-300))


# Lengths alone cannot place an omission among units of similar length, so
# beads whose two sides share anchors (numbers, capitalised names: words that
# survive translation) are favoured, by this much per shared anchor (at most
# three), in the same −log units as the bead and length costs.
ANCHOR_BONUS = 2.0
_ANCHOR_RE = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_][\w\-]*", re.UNICODE)


def anchors(text: str) -> frozenset[str]:
    """Tokens a translation usually keeps: digit strings (separators dropped)
    and capitalised words of three letters or more, accent- and case-blind."""
    out = set()
    for m in _ANCHOR_RE.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            out.add(re.sub(r"[.,]", "", tok))
        elif tok[0].isupper() and len(tok) >= 3 and m.start() > 0:
            out.add("".join(c for c in unicodedata.normalize("NFKD", tok)
                            if not unicodedata.combining(c)).casefold())
    return frozenset(out)


def align_lengths(src: list[int], tgt: list[int], ratio: float = 1.0,
                  src_anchors: list[frozenset] | None = None,
                  tgt_anchors: list[frozenset] | None = None) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Gale–Church beads over two lists of unit lengths: [(source idx, target idx)].

    With anchor sets for each unit, beads whose sides share anchors cost less.
    """
    use_anchors = src_anchors is not None and tgt_anchors is not None
    n, m = len(src), len(tgt)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c0 = cost[i][j]
            if c0 == inf:
                continue
            for (di, dj), bead_cost in _BEAD_COST.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                c = c0 + bead_cost + _length_cost(sum(src[i:ni]), sum(tgt[j:nj]), ratio)
                if use_anchors and di and dj:
                    a = src_anchors[i] if di == 1 else frozenset().union(*src_anchors[i:ni])
                    b = tgt_anchors[j] if dj == 1 else frozenset().union(*tgt_anchors[j:nj])
                    c -= ANCHOR_BONUS * min(3, len(a & b))
                if c < cost[ni][nj]:
                    cost[ni][nj] = c
                    back[ni][nj] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


# Sentence ends of scripts without capitals (Chinese and Japanese full
# stops, Devanagari danda), where the next sentence cannot be told by its
# capital letter: the split is made after them whatever follows.
_UNCASED_END = re.compile(r"[。！？!?।॥][」』”’\"')）]*")


def _split_uncased(text: str, sentences: list[Segment]) -> list[Segment]:
    """Split sentences further at the sentence ends of uncased scripts."""
    out: list[Segment] = []
    for seg in sentences:
        start = seg.start
        for m in _UNCASED_END.finditer(text, seg.start, seg.end):
            end = m.end()
            if end >= seg.end or not text[start:end].strip():
                continue
            piece = text[start:end]
            lead = len(piece) - len(piece.lstrip())
            out.append(Segment(start + lead, end, text[start + lead:end], seg.paragraph))
            start = end
        piece = text[start:seg.end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(Segment(start + lead, seg.end, text[start + lead:seg.end], seg.paragraph))
    return out


def _sentences(text: str, paragraphs: list[Segment], other: int) -> list[Segment]:
    """Sentences of a paragraph bead; split further at uncased sentence ends
    when that brings the count closer to the other side's (``other``): a
    needless split only invites a false omission."""
    sents = split_sentences(text, paragraphs)
    if _UNCASED_END.search(text, paragraphs[0].start, paragraphs[-1].end):
        finer = _split_uncased(text, sents)
        if abs(len(finer) - other) < abs(len(sents) - other):
            sents = finer
    return sents


def _pair_units(src: list[Segment], tgt: list[Segment], ratio: float):
    """Beads of segments: [(source segments, target segments)]."""
    if len(src) == len(tgt):
        return [([s], [t]) for s, t in zip(src, tgt)]
    # A very long document with very different counts: the quadratic
    # programme would be slow and the alignment meaningless; one bead.
    if len(src) * len(tgt) > 250_000:
        return [(src, tgt)]
    beads = align_lengths([len(s) for s in src], [len(t) for t in tgt], ratio,
                          [anchors(s.text) for s in src], [anchors(t.text) for t in tgt])
    return [([src[i] for i in bi], [tgt[j] for j in bj]) for bi, bj in beads]


def _span(segs: list[Segment], fallback: int) -> tuple[int, int]:
    if not segs:
        return fallback, fallback
    return segs[0].start, segs[-1].end


def align_texts(source: str, target: str, source_lang: str | None = None,
                target_lang: str | None = None,
                source_paragraphs: list[Segment] | None = None,
                target_paragraphs: list[Segment] | None = None) -> list[Alignment]:
    """Sentence-level alignments between a source text and its translation.

    Paragraphs are aligned first; inside each 1-1 (or merged) paragraph bead,
    sentences are aligned. A unit with nothing on the other side gets an
    empty span there, placed where it would have been.
    """
    ratio = expansion(source_lang, target_lang)
    sp = source_paragraphs if source_paragraphs is not None else split_paragraphs(source)
    tp = target_paragraphs if target_paragraphs is not None else split_paragraphs(target)
    if not sp or not tp:
        return [Alignment(0, len(source), 0, len(target))] if source.strip() and target.strip() else []
    out: list[Alignment] = []
    s_pos, t_pos = 0, 0
    for s_par, t_par in _pair_units(sp, tp, ratio):
        if not s_par or not t_par:
            ss, se = _span(s_par, s_pos)
            ts, te = _span(t_par, t_pos)
            out.append(Alignment(ss, se, ts, te))
        else:
            ss = _sentences(source, s_par, len(split_sentences(target, t_par)))
            ts = _sentences(target, t_par, len(ss))
            sub_s, sub_t = s_par[0].start, t_par[0].start
            for s_sent, t_sent in _pair_units(ss, ts, ratio):
                a_s, a_e = _span(s_sent, sub_s)
                b_s, b_e = _span(t_sent, sub_t)
                out.append(Alignment(a_s, a_e, b_s, b_e))
                sub_s, sub_t = a_e, b_e
        s_pos = out[-1].source_end
        t_pos = out[-1].target_end
    return out


def align_pairs(pairs: list[tuple[str, str]], sep: str = "\n") -> tuple[str, str, list[Alignment]]:
    """Join (source, target) units with ``sep``; one Alignment per unit."""
    src_parts, tgt_parts, aligns = [], [], []
    s_off = t_off = 0
    for s, t in pairs:
        aligns.append(Alignment(s_off, s_off + len(s), t_off, t_off + len(t)))
        src_parts.append(s)
        tgt_parts.append(t)
        s_off += len(s) + len(sep)
        t_off += len(t) + len(sep)
    return sep.join(src_parts), sep.join(tgt_parts), aligns


def align_document(doc) -> list[Alignment] | None:
    """Alignments for a document with a source (computed, not cached)."""
    if not doc.source or not doc.text:
        return None
    return align_texts(doc.source, doc.text, doc.source_lang, doc.target_lang,
                       doc.source_paragraphs, doc.paragraphs)
