"""MT404 (untranslated-segment): a unit of the translation that is its source
text, left untranslated. MT405 (``untranslated_source``) asks the same
judgement (``untranslated_unit``) to leave such units to this check."""
from __future__ import annotations

import difflib
from collections import Counter
from itertools import repeat

from ..document import Document, document_cache
from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..segments import WORD_RE
from ._bilingual import Unit, units
from .base import Check


def _lower_words(text: str) -> list[str]:
    return [w for w in (m.group() for m in WORD_RE.finditer(text))
            if w[0].islower() and not any(c.isdigit() for c in w)]


def _norm_text(s: str) -> str:
    return " ".join(s.casefold().split())


def untranslated_unit(doc: Document, u: Unit) -> dict | None:
    """Evidence when the target unit is (nearly) the source unit itself
    (asked by MT404 and MT405 alike: worked out once per unit)."""
    found = document_cache(doc, "untranslated_units", dict)
    if u not in found:
        found[u] = _judge_unit(doc, u)
    return found[u]


def _shared_characters(s: str, t: str) -> int:
    """How many characters s and t share, counted as multisets (the sum of
    Counter(s) & Counter(t), difflib's quick_ratio), summed in C."""
    cs, ct = Counter(s), Counter(t)
    return sum(map(min, cs.values(), map(ct.get, cs, repeat(0))))


def _judge_unit(doc: Document, u: Unit) -> dict | None:
    if u.te <= u.ts or u.se <= u.ss:
        return None
    sl, tl = doc.source_lang, doc.target_lang
    if sl is not None and sl == tl:
        return None
    s, t = _norm_text(u.source(doc)), _norm_text(u.target(doc))
    if s == t:
        ratio = 1.0
    elif 2 * min(len(s), len(t)) < 0.9 * (len(s) + len(t)):
        return None   # difflib's real_quick_ratio, without building the matcher
    elif 2.0 * _shared_characters(s, t) / (len(s) + len(t)) < 0.9:
        return None   # difflib's quick_ratio (characters shared as multisets), likewise
    else:
        sm = difflib.SequenceMatcher(None, s, t, autojunk=False)
        if sm.real_quick_ratio() < 0.9 or sm.quick_ratio() < 0.9:
            return None
        ratio = sm.ratio()
        if ratio < 0.9:
            return None
    words = _lower_words(u.source(doc))
    if len([w for w in words if len(w) >= 2]) < 3:
        return None   # numbers, names, URLs: nothing to translate
    known = wordfreq_languages()
    if sl in known and tl in known:
        # Shared words must read as source language, not as the target
        # (closely related languages share whole sentences legitimately).
        src_like = sum(1 for w in words if zipf(w.lower(), sl) > zipf(w.lower(), tl) + 1.0)
        if src_like * 2 < len(words):
            return None
    elif sl is None or tl is None:
        if ratio < 1.0 or len(words) < 4:
            return None
    return {"similarity": round(ratio, 3), "words": len(words)}


class UntranslatedSegment(Check):
    code = "MT404"
    name = "untranslated-segment"
    description = "A unit of the translation is (nearly) identical to its source: left untranslated"
    category = "untranslated"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        for u in units(doc):
            ev = untranslated_unit(doc, u)
            if ev is not None:
                yield self.finding(doc, u.ts, u.te,
                                   "this unit is the source text, not a translation",
                                   evidence=ev, source_span=(u.ss, u.se))
