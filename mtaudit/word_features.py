"""Word-level features for the learned error model (MT108, ``suspect-word``).

One feature dict per word of a parsed French document, the way the WMT
word-level quality-estimation baselines described a word: its shape, where it
sits, its part of speech and syntax, how frequent it is in French and in
English, what Lexique says of it, whether it agrees with its head, and the
same few facts about its neighbours (two words either side). With a source,
whether the word was copied from the aligned source sentence.

The features are general on purpose: no content word appears as itself (a
model that memorised the vocabulary of its training articles would learn
their products, not translation errors). Closed-class words (determiners,
prepositions, pronouns, conjunctions, auxiliaries) do appear as themselves:
they are a small fixed set, and which one is used is grammar. Word endings
(two and three letters) stand for morphology (-ing, -ly, -tion).

``extract`` is shared by the check and by the training script
(``benchmarks/train_word_model.py``), so the model sees at run time exactly
what it was trained on.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from . import lexique as lx
from .languages import zipf

#: Parts of speech whose words are named as themselves (closed classes).
CLOSED_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_AGREEING = {"DET": lx.DET, "ADJ": lx.ADJ}


@dataclass(frozen=True)
class Word:
    """One word of the document: its offsets in ``doc.text`` and features."""

    start: int
    end: int
    text: str
    features: dict[str, float]
    looks_english: bool = False      # for the finding's category
    disagrees: bool = False          # gender/number clash with its head
    flaggable: bool = True           # letters or digits (punctuation is context only)


def _shape(w: str) -> str:
    if w.isdigit():
        return "digits"
    if any(c.isdigit() for c in w):
        return "alnum"
    if not any(c.isalpha() for c in w):
        return "punct"
    if w.isupper() and len(w) > 1:
        return "upper"
    if w[:1].isupper():
        return "title" if w[1:].islower() or len(w) == 1 else "mixed"
    return "lower" if w.islower() else "mixed"


def _bucket(x: float, step: float = 1.0, top: float = 7.0) -> str:
    return str(min(int(x / step), int(top / step)))


def _morph(t, feat: str) -> str:
    v = t.morph.get(feat)
    return v[0] if len(v) == 1 else "-"


def _agreement(t, lex) -> tuple[bool, str]:
    """(clash, kind): the word (a determiner or adjective) and the noun it
    modifies share no gender/number cell by Lexique, or spaCy's morphology
    gives them different values."""
    cls = _AGREEING.get(t.pos_)
    h = t.head
    if cls is None or h is t or h.pos_ != "NOUN":
        return False, ""
    if lex is not None:
        mine = lx.cells(lex.mask(t.text), cls) or lx.cells(lex.mask(t.text), lx.PART)
        theirs = lx.cells(lex.mask(h.text), lx.NOUN)
        if mine and theirs and not (mine & theirs):
            if not ((mine & lx.MASC and theirs & lx.MASC) or (mine & lx.FEM and theirs & lx.FEM)):
                return True, "gender"
            return True, "number"
    for feat in ("Gender", "Number"):
        a, b = _morph(t, feat), _morph(h, feat)
        if a != "-" and b != "-" and a != b:
            return True, "morph_" + feat.lower()
    return False, ""


def _core(t, lex, src_words: frozenset[str] | None, para_index: int) -> dict[str, Any]:
    """Facts of one token, shared by itself and its neighbours' windows."""
    w = t.text
    low = w.lower()
    alpha = any(c.isalpha() for c in w)
    shape = _shape(w)
    fr = zipf(low, "fr") if alpha else 0.0
    en = zipf(low, "en") if alpha else 0.0
    mask = lex.mask(w) if (lex is not None and alpha) else 0
    core: dict[str, Any] = {
        "pos": t.pos_, "shape": shape,
        "fr": _bucket(fr), "en": _bucket(en),
        "enfr": _bucket(max(-3.0, min(3.0, en - fr)) + 3.0),
        "lex": "1" if mask else ("0" if alpha else "-"),
    }
    if t.pos_ in CLOSED_POS or shape == "punct":
        core["w"] = low
    if src_words is not None:
        core["src"] = ("1" if alpha and low in src_words else "0")
    return core


def extract(parsed, doc_source_words=None, lex=None) -> list[list[Word]]:
    """Features of every word, one list per parsed piece (a paragraph).

    ``parsed``: the document's parse, ``[(offset, spaCy Doc)]`` as
    ``NLP.parse`` returns it. ``doc_source_words``: a callable giving, for a
    document offset, the set of lowercase source words of the aligned source
    unit (None: no source, target-only features). ``lex``: the Lexique table
    (``mtaudit.lexique.table()``), None to leave its features out.
    """
    out: list[list[Word]] = []
    for para_index, (offset, sdoc) in enumerate(parsed):
        toks = [t for t in sdoc if not t.is_space]
        if not toks:
            continue
        cores = []
        srcs = []
        for t in toks:
            src = doc_source_words(offset + t.idx) if doc_source_words is not None else None
            srcs.append(src)
            cores.append(_core(t, lex, src, para_index))
        n = len(toks)
        words = []
        for i, t in enumerate(toks):
            c = cores[i]
            f: dict[str, float] = {"bias": 1.0}
            for k, v in c.items():
                f[f"{k}={v}"] = 1.0
            # conjunctions of the word's own facts
            f[f"pos|fr={c['pos']}|{c['fr']}"] = 1.0
            f[f"shape|lex|enfr={c['shape']}|{c['lex']}|{c['enfr']}"] = 1.0
            w = t.text
            low = w.lower()
            alpha = any(ch.isalpha() for ch in w)
            if alpha and len(low) > 3 and "w" not in c:
                f["suf2=" + low[-2:]] = 1.0
                f["suf3=" + low[-3:]] = 1.0
            f["len=" + _bucket(len(w), 2, 14)] = 1.0
            f["dep=" + t.dep_] = 1.0
            f["pos|dep=" + t.pos_ + "|" + t.dep_] = 1.0
            h = t.head
            f["headpos=" + h.pos_] = 1.0
            f["headdir=" + ("self" if h is t else "left" if h.i < t.i else "right")] = 1.0
            f["headdist=" + _bucket(abs(h.i - t.i), 1, 4)] = 1.0
            for feat in ("Gender", "Number", "VerbForm", "Mood", "Person"):
                v = _morph(t, feat)
                if v != "-":
                    f[f"m_{feat}={v}"] = 1.0
            clash, kind = _agreement(t, lex)
            if clash:
                f["agree_clash=" + kind] = 1.0
            # a noun with a dependent that clashes
            if t.pos_ == "NOUN" and any(_agreement(ch, lex)[0] for ch in t.children):
                f["dependent_clash"] = 1.0
            # position: in the sentence and in the paragraph
            sent = t.sent
            f["sent_start"] = 1.0 if t.is_sent_start else 0.0
            f["sent_end"] = 1.0 if t.i == sent.end - 1 else 0.0
            f["sentlen=" + _bucket(len(sent), 5, 40)] = 1.0
            f["paralen=" + _bucket(n, 5, 40)] = 1.0
            f["relpos=" + str(min(int(3 * i / n), 2))] = 1.0
            f["first_para"] = 1.0 if para_index == 0 else 0.0
            # neighbours: ±2 words
            for d in (-2, -1, 1, 2):
                j = i + d
                if not 0 <= j < n:
                    f[f"{d}:edge"] = 1.0
                    continue
                cj = cores[j]
                for k in ("pos", "shape", "fr", "enfr", "lex", "w", "src"):
                    if k in cj:
                        f[f"{d}:{k}={cj[k]}"] = 1.0
            prev_pos = cores[i - 1]["pos"] if i > 0 else "^"
            next_pos = cores[i + 1]["pos"] if i + 1 < n else "$"
            f[f"pos-1|pos={prev_pos}|{c['pos']}"] = 1.0
            f[f"pos|pos+1={c['pos']}|{next_pos}"] = 1.0
            f[f"pos3={prev_pos}|{c['pos']}|{next_pos}"] = 1.0
            if srcs[i] is not None:
                f["has_source"] = 1.0
                f[f"src|enfr={c['src']}|{c['enfr']}"] = 1.0
                f[f"src|shape={c['src']}|{c['shape']}"] = 1.0
            fr_z = zipf(low, "fr") if alpha else 0.0
            en_z = zipf(low, "en") if alpha else 0.0
            looks_english = alpha and (
                (srcs[i] is not None and low in srcs[i] and en_z > fr_z)
                or (en_z >= fr_z + 1.0 and c["lex"] == "0"))
            flaggable = any(ch.isalnum() for ch in w)
            words.append(Word(offset + t.idx, offset + t.idx + len(w), w, f,
                              looks_english=looks_english, disagrees=clash,
                              flaggable=flaggable))
        out.append(words)
    return out


def source_word_lookup(doc, units) -> "Any":
    """For a bilingual document, a function: target offset -> lowercase words
    of the aligned source unit (the whole source when no unit covers it)."""
    if not doc.source:
        return None
    whole = frozenset(m.group().lower() for m in _WORD_RE.finditer(doc.source))
    spans = sorted((u.ts, u.te, u.ss, u.se) for u in units if u.te > u.ts)
    starts = [s[0] for s in spans]
    cache: dict[int, frozenset[str]] = {}

    def lookup(pos: int) -> frozenset[str]:
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or not (spans[k][0] <= pos < spans[k][1]):
            return whole
        if k not in cache:
            ss, se = spans[k][2], spans[k][3]
            cache[k] = frozenset(m.group().lower() for m in _WORD_RE.finditer(doc.source[ss:se]))
        return cache[k]

    return lookup
