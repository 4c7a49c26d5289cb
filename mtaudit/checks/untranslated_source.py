"""MT404 and MT405: source text left in the translation, whole units or words."""
from __future__ import annotations

import difflib

from ..document import Document
from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..segments import WORD_RE
from ._bilingual import Unit, _adjacent, _is_sentence_initial, units
from .base import Check


def _lower_words(text: str) -> list[str]:
    return [w for w in (m.group() for m in WORD_RE.finditer(text))
            if w[0].islower() and not any(c.isdigit() for c in w)]


def _norm_text(s: str) -> str:
    return " ".join(s.casefold().split())


def _untranslated_unit(doc: Document, u: Unit) -> dict | None:
    """Evidence when the target unit is (nearly) the source unit itself."""
    if u.te <= u.ts or u.se <= u.ss:
        return None
    sl, tl = doc.source_lang, doc.target_lang
    if sl is not None and sl == tl:
        return None
    s, t = _norm_text(u.source(doc)), _norm_text(u.target(doc))
    words = _lower_words(u.source(doc))
    if len([w for w in words if len(w) >= 2]) < 3:
        return None   # numbers, names, URLs: nothing to translate
    if s == t:
        ratio = 1.0
    else:
        sm = difflib.SequenceMatcher(None, s, t, autojunk=False)
        if sm.real_quick_ratio() < 0.9 or sm.quick_ratio() < 0.9:
            return None
        ratio = sm.ratio()
        if ratio < 0.9:
            return None
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
            ev = _untranslated_unit(doc, u)
            if ev is not None:
                yield self.finding(doc, u.ts, u.te,
                                   "this unit is the source text, not a translation",
                                   evidence=ev, source_span=(u.ss, u.se))


class SourceWordsCopied(Check):
    code = "MT405"
    name = "source-words-copied"
    description = "Source-language words copied into an otherwise translated unit"
    category = "untranslated"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    # A copied word is common in the source language and (nearly) unknown in
    # the target language, by wordfreq's Zipf scale.
    MIN_SOURCE_ZIPF = 3.0
    MAX_TARGET_ZIPF = 1.5
    MIN_GAP = 2.5

    def check(self, doc, ctx):
        sl, tl = doc.source_lang, doc.target_lang
        known = wordfreq_languages()
        if sl is None or tl is None or sl == tl or sl not in known or tl not in known:
            return
        for u in units(doc):
            if u.te <= u.ts or u.se <= u.ss or _untranslated_unit(doc, u) is not None:
                continue
            src_words: dict[str, int] = {}
            for m in WORD_RE.finditer(doc.source, u.ss, u.se):
                src_words.setdefault(m.group().casefold(), m.start())
            hits = []
            for m in WORD_RE.finditer(doc.text, u.ts, u.te):
                w = m.group()
                lw = w.casefold()
                if len(w) < 3 or any(c.isdigit() for c in w) or lw not in src_words:
                    continue
                if w[0].isupper() and not _is_sentence_initial(doc.text, m.start(), u.ts):
                    continue   # a name, kept on purpose
                if w.isupper() or ctx.allowed(w):
                    continue
                zs, zt = zipf(lw, sl), zipf(lw, tl)
                if zs >= self.MIN_SOURCE_ZIPF and zt <= self.MAX_TARGET_ZIPF and zs - zt >= self.MIN_GAP:
                    hits.append((m.start(), m.end(), w, zs, zt, src_words[lw]))
            for group in _adjacent(doc.text, hits):
                s, e = group[0][0], group[-1][1]
                ss = min(h[5] for h in group)
                se = max(h[5] + len(h[2]) for h in group)
                yield self.finding(
                    doc, s, e,
                    f"{doc.text[s:e]!r} is {sl} copied from the source, not {tl}",
                    evidence={"words": [{"word": h[2], f"zipf_{sl}": h[3], f"zipf_{tl}": h[4]}
                                        for h in group]},
                    source_span=(ss, se))
