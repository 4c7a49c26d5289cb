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
from typing import Any, Iterator

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
    beside_name: bool = False        # an English-looking word next to a capitalised one

    @property
    def kind(self) -> str:
        """Which threshold judges the word: "english" (a lowercase English-looking
        word), "name" (a capitalised one: in clean news these are names and
        titles left in English on purpose), "agreement" or "other"."""
        if self.looks_english:
            return "english" if self.text.islower() else "name"
        return "agreement" if self.disagrees else "other"


def word_shape(w: str) -> str:
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


def word_bucket(x: float, step: float = 1.0, top: float = 7.0) -> str:
    return str(min(int(x / step), int(top / step)))


def _morph(morph: dict, feat: str) -> str:
    v = morph.get(feat, "-")
    return "-" if "," in v else v


def _agreement(t, h, morphs, lex) -> tuple[bool, str]:
    """(clash, kind): the word (a determiner or adjective) and the noun it
    modifies share no gender/number cell by Lexique, or spaCy's morphology
    gives them different values."""
    cls = _AGREEING.get(t.pos_)
    if cls is None or h.i == t.i or h.pos_ != "NOUN":
        return False, ""
    if lex is not None:
        mine = lx.cells(lex.mask(t.text), cls) or lx.cells(lex.mask(t.text), lx.PART)
        theirs = lx.cells(lex.mask(h.text), lx.NOUN)
        if mine and theirs and not (mine & theirs):
            if not ((mine & lx.MASC and theirs & lx.MASC) or (mine & lx.FEM and theirs & lx.FEM)):
                return True, "gender"
            return True, "number"
    for feat in ("Gender", "Number"):
        a, b = _morph(morphs[t.i], feat), _morph(morphs[h.i], feat)
        if a != "-" and b != "-" and a != b:
            return True, "morph_" + feat.lower()
    return False, ""


def _core(t, lex, src_words: frozenset[str] | None) -> dict[str, Any]:
    """Facts of one token, shared by itself and its neighbours' windows."""
    w = t.text
    low = w.lower()
    alpha = any(c.isalpha() for c in w)
    shape = word_shape(w)
    fr = zipf(low, "fr") if alpha else 0.0
    en = zipf(low, "en") if alpha else 0.0
    mask = lex.mask(w) if (lex is not None and alpha) else 0
    core: dict[str, Any] = {
        "pos": t.pos_, "shape": shape,
        "fr": word_bucket(fr), "en": word_bucket(en),
        "enfr": word_bucket(max(-3.0, min(3.0, en - fr)) + 3.0),
        "lex": "1" if mask else ("0" if alpha else "-"),
        "_alpha": alpha, "_fr": fr, "_en": en,
    }
    if t.pos_ in CLOSED_POS or shape == "punct":
        core["w"] = low
    if src_words is not None:
        core["src"] = ("1" if alpha and low in src_words else "0")
    return core


def _looks_english(low: str, core: dict, src_words) -> bool:
    """Copied from the source and commoner in English than in French, or
    commoner in English by one Zipf point and unknown to Lexique."""
    if not core["_alpha"]:
        return False
    fr, en = core["_fr"], core["_en"]
    return ((src_words is not None and low in src_words and en > fr)
            or (en >= fr + 1.0 and core["lex"] == "0"))


_EDGE_PUNCT = ".,;:!?«»()[]\"'’“”"


def _in_french_compound(text: str, start: int, end: int, lex) -> bool:
    """The word is part of a hyphenated compound that Lexique knows
    («start-up», «week-end»): a French loanword, not an untranslated word."""
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    chunk = text[a:b if b >= 0 else len(text)].strip(_EDGE_PUNCT)
    return "-" in chunk and lex is not None and chunk in lex


_WINDOW_KEYS = ("pos", "shape", "fr", "enfr", "lex", "w", "src")
_CORE_KEYS = ("pos", "shape", "fr", "en", "enfr", "lex", "w", "src")


def extract(parsed, doc_source_words=None, lex=None) -> Iterator[list[Word]]:
    """Features of every word, one list per parsed piece (a paragraph), yielded
    piece by piece: a document's features at once would hold about a kilobyte
    per word (a 4 MB article: +800 MB), one piece's are freed once tagged.

    ``parsed``: the document's parse, ``[(offset, spaCy Doc)]`` as
    ``NLP.parse`` returns it. ``doc_source_words``: a callable giving, for a
    document offset, the set of lowercase source words of the aligned source
    unit (None: no source, target-only features). ``lex``: the Lexique table
    (``mtaudit.lexique.table()``), None to leave its features out.
    """
    for para_index, (offset, sdoc) in enumerate(parsed):
        toks = [t for t in sdoc if not t.is_space]
        if not toks:
            continue
        # per spaCy token (by t.i): morphology, head, sentence bounds, clashes
        morphs = [t.morph.to_dict() for t in sdoc]
        heads = [t.head for t in sdoc]
        sent_of = [None] * len(sdoc)
        for sent in sdoc.sents:
            for k in range(sent.start, sent.end):
                sent_of[k] = (sent.start, sent.end)
        clashes = [_agreement(t, heads[t.i], morphs, lex) for t in sdoc]
        clashing_heads = {heads[k].i for k, (c, _) in enumerate(clashes) if c}
        srcs = [doc_source_words(offset + t.idx) if doc_source_words is not None else None
                for t in toks]
        cores = [_core(t, lex, src) for t, src in zip(toks, srcs)]
        english = [_looks_english(t.text.lower(), c, src) for t, c, src in zip(toks, cores, srcs)]
        n = len(toks)
        # A capitalised word inside a sentence that looks English or that
        # Lexique does not know: part of a name or a title («Government of
        # Wales Act», «Peppa the pig»), whose small words are English on purpose.
        named = [not t.is_sent_start and t.text[:1].isupper() and (english[k] or cores[k]["lex"] == "0")
                 for k, t in enumerate(toks)]
        words = []
        for i, t in enumerate(toks):
            c = cores[i]
            f: dict[str, float] = {"bias": 1.0}
            for k in _CORE_KEYS:
                if k in c:
                    f[f"{k}={c[k]}"] = 1.0
            # conjunctions of the word's own facts
            f[f"pos|fr={c['pos']}|{c['fr']}"] = 1.0
            f[f"shape|lex|enfr={c['shape']}|{c['lex']}|{c['enfr']}"] = 1.0
            w = t.text
            low = w.lower()
            alpha = c["_alpha"]
            if alpha and len(low) > 3 and "w" not in c:
                f["suf2=" + low[-2:]] = 1.0
                f["suf3=" + low[-3:]] = 1.0
            f["len=" + word_bucket(len(w), 2, 14)] = 1.0
            f["dep=" + t.dep_] = 1.0
            f["pos|dep=" + t.pos_ + "|" + t.dep_] = 1.0
            h = heads[t.i]
            f["headpos=" + h.pos_] = 1.0
            f["headdir=" + ("self" if h.i == t.i else "left" if h.i < t.i else "right")] = 1.0
            f["headdist=" + word_bucket(abs(h.i - t.i), 1, 4)] = 1.0
            morph = morphs[t.i]
            for feat in ("Gender", "Number", "VerbForm", "Mood", "Person"):
                v = _morph(morph, feat)
                if v != "-":
                    f[f"m_{feat}={v}"] = 1.0
            clash, kind = clashes[t.i]
            if clash:
                f["agree_clash=" + kind] = 1.0
            # a noun with a dependent that clashes
            if t.pos_ == "NOUN" and t.i in clashing_heads:
                f["dependent_clash"] = 1.0
            # position: in the sentence and in the paragraph
            s_start, s_end = sent_of[t.i]
            f["sent_start"] = 1.0 if t.is_sent_start else 0.0
            f["sent_end"] = 1.0 if t.i == s_end - 1 else 0.0
            f["sentlen=" + word_bucket(s_end - s_start, 5, 40)] = 1.0
            f["paralen=" + word_bucket(n, 5, 40)] = 1.0
            f["relpos=" + str(min(int(3 * i / n), 2))] = 1.0
            f["first_para"] = 1.0 if para_index == 0 else 0.0
            # neighbours: ±2 words
            for d in (-2, -1, 1, 2):
                j = i + d
                if not 0 <= j < n:
                    f[f"{d}:edge"] = 1.0
                    continue
                cj = cores[j]
                for k in _WINDOW_KEYS:
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
            looks_english = english[i]
            if looks_english:
                f["looks_english"] = 1.0
            f[f"shape|sent_start|lex={c['shape']}|{int(t.is_sent_start)}|{c['lex']}"] = 1.0
            if i > 0 and english[i - 1]:
                f["-1:looks_english"] = 1.0
            if i + 1 < n and english[i + 1]:
                f["+1:looks_english"] = 1.0
            flaggable = any(ch.isalnum() for ch in w)
            beside_name = looks_english and (any(
                named[j] and sent_of[toks[j].i] == sent_of[t.i]
                for j in range(max(0, i - 2), min(n, i + 3)) if j != i)
                or _in_french_compound(sdoc.text, t.idx, t.idx + len(w), lex))
            words.append(Word(offset + t.idx, offset + t.idx + len(w), w, f,
                              looks_english=looks_english, disagrees=clash,
                              flaggable=flaggable, beside_name=beside_name))
        yield words


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
