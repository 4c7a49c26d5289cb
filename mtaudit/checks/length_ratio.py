"""MT406: a unit far shorter or longer than its source, for the language pair.

Lengths are compared in English characters (``english_length``). A unit is
reported when its ratio is far from the pair's (half or twice) AND the
Gale–Church length model, which lets short sentences stray further than long
ones, finds it improbable (p < 0.01). A sentence that looks short or long in
a paragraph whose own length the model finds ordinary was split or merged
otherwise by the translator: a note, not an omission.
"""
from __future__ import annotations

import re

from ..corpus.align import EXPANSION, expansion, length_deviation
from ..findings import Severity
from ..numbers import find_numbers
from ._bilingual import Unit, _sentence_of, paragraph_units, units
from .base import Check


_DENSE_SCRIPT = re.compile(r"[\u1100-\u11FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF"
                           r"\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]")


def english_length(text: str, lang: str | None) -> float:
    """Length of a text in English characters: a language's own characters
    scaled by its expansion. Words in Latin script inside Chinese, Japanese
    or Korean text (names, brands, numbers: "特朗普(Donald Trump)") keep
    their length in translation, so they are not scaled as the ideographs,
    which are three times denser than English, are."""
    factor = EXPANSION.get(lang or "", 1.0)
    if factor >= 0.6:
        return len(text) / factor
    dense = len(_DENSE_SCRIPT.findall(text))
    return dense / factor + (len(text) - dense)


def _paragraph_of(doc, ss: int, se: int) -> Unit | None:
    """The paragraph pair holding the source span [ss, se): lines paired in
    order when both sides have as many, else a confidently aligned
    paragraph unit; None when unknown."""
    sp, tp = doc.source_paragraphs, doc.paragraphs
    if len(sp) == len(tp) > 1:
        for a, b in zip(sp, tp):
            if a.start <= ss and se <= max(a.end, a.start):
                return Unit(a.start, a.end, b.start, b.end)
        return None
    return next((p.unit for p in paragraph_units(doc) if p.confident
                 and p.unit.ss <= ss and se <= max(p.unit.se, p.unit.ss)), None)


def _numbers_lost(unit: str, lang: str | None, paragraph: str, other: str,
                  other_lang: str | None) -> bool:
    """A number of ``unit`` that its ``paragraph`` holds more often than the
    ``other`` side's paragraph: content that did not cross over."""
    here = [n for n in find_numbers(unit, lang) if not n.weak]
    if not here:
        return False
    para = [n for n in find_numbers(paragraph, lang) if not n.weak]
    there = [n for n in find_numbers(other, other_lang) if not n.weak]
    count = lambda n, ms: sum(1 for m in ms if n.keys & m.keys)   # noqa: E731
    return any(count(n, there) < count(n, para) for n in here)


class LengthRatio(Check):
    code = "MT406"
    name = "length-ratio"
    description = "A unit far shorter (omission) or longer (addition) than its source, for the language pair"
    category = "omission"
    severity = Severity.MINOR
    requires = frozenset({"source"})

    MIN_CHARS = 40        # shorter units vary too much to judge
    SHORT, VERY_SHORT = 0.5, 0.33     # observed/expected ratio
    LONG, VERY_LONG = 2.0, 3.0
    # |deviation| of the length model at a two-sided p of 0.01: rarer than
    # that, a length difference is evidence; commoner, it is how translators
    # write (clean translations of one article differ this much by chance).
    SIGNIFICANT = 2.58

    def check(self, doc, ctx):
        for f in self._findings(doc):
            if f.severity != Severity.INFO and self._paragraph_disagrees(doc, f):
                f.severity = Severity.INFO
                f.evidence["paragraph_in_proportion"] = True
            yield f

    def _paragraph_disagrees(self, doc, f) -> bool:
        """A sentence unit looks short (or long) but the confidently aligned
        paragraph holding it does not lack (or gain) even half that length:
        the sentences were split or merged differently, and the sentence
        aligner paired them unevenly. Nothing was left out or added."""
        if f.source_start is None:
            return False
        para = _paragraph_of(doc, f.source_start, f.source_end)
        if para is None:
            return False
        sl, tl = doc.source_lang, doc.target_lang
        unit_s = english_length(doc.source[f.source_start:f.source_end], sl)
        # a source passage with no translation has no target length
        unit_t = english_length(f.text, tl) if "target_chars" in f.evidence else 0.0
        para_s = english_length(doc.source[para.ss:para.se], sl)
        para_t = english_length(doc.text[para.ts:para.te], tl)
        if (para.ss, para.se) == (f.source_start, f.source_end):
            return False                          # the sentence is the paragraph
        # The paragraph lacks (gains) less than half the unit; or no more
        # than translations of one paragraph differ by chance, and no number
        # of the unit is missing from the other side's paragraph (a dropped
        # sentence's "30 %" would be).
        z = length_deviation(para_s, para_t, 1.0) if para_s and para_t else 0.0
        if f.category == "omission":
            return para_s - para_t < 0.5 * (unit_s - unit_t) or (
                z > -self.SIGNIFICANT and not _numbers_lost(
                    doc.source[f.source_start:f.source_end], sl,
                    doc.source[para.ss:para.se], doc.text[para.ts:para.te], tl))
        return para_t - para_s < 0.5 * (unit_t - unit_s) or (
            z < self.SIGNIFICANT and not _numbers_lost(
                f.text, tl, doc.text[para.ts:para.te], doc.source[para.ss:para.se], sl))

    def _findings(self, doc):
        ratio = expansion(doc.source_lang, doc.target_lang)
        us = units(doc)
        if len(us) < 1:
            return
        for u in us:
            ls, lt = u.se - u.ss, u.te - u.ts
            if lt == 0 and ls >= self.MIN_CHARS // 2 and len(us) > 1:
                ts, te = _sentence_of(doc, u.ts)
                yield self.finding(
                    doc, ts, te,
                    "a source passage near here has no translation",
                    evidence={"source_chars": ls},
                    severity=Severity.MAJOR if ls >= self.MIN_CHARS else Severity.MINOR,
                    category="omission", source_span=(u.ss, u.se))
                continue
            if ls == 0 and lt >= self.MIN_CHARS // 2 and len(us) > 1:
                yield self.finding(
                    doc, u.ts, u.te, "this passage has no counterpart in the source",
                    evidence={"target_chars": lt},
                    severity=Severity.MAJOR if lt >= self.MIN_CHARS else Severity.MINOR,
                    category="addition", source_span=(u.ss, u.se))
                continue
            if ls == 0 or lt == 0 or max(ls, lt * 1.0 / ratio) < self.MIN_CHARS:
                continue
            es = english_length(u.source(doc), doc.source_lang)
            et = english_length(u.target(doc), doc.target_lang)
            r = et / es
            z = length_deviation(es, et, 1.0)
            ev = {"source_chars": ls, "target_chars": lt, "expected_ratio": round(ratio, 3),
                  "observed_ratio": round(lt / ls, 3), "length_deviation": round(z, 2)}
            # A ratio far off on a short sentence the length model still
            # finds ordinary: a rewording, a note.
            chance = abs(z) < self.SIGNIFICANT
            if r < self.SHORT and ls >= self.MIN_CHARS:
                yield self.finding(
                    doc, u.ts, u.te,
                    f"translation is {r:.0%} of the expected length: something may be left out",
                    evidence=ev, category="omission",
                    severity=Severity.INFO if chance else
                    Severity.MAJOR if r < self.VERY_SHORT else Severity.MINOR,
                    source_span=(u.ss, u.se))
            elif r > self.LONG and lt >= self.MIN_CHARS:
                yield self.finding(
                    doc, u.ts, u.te,
                    f"translation is {r:.1f}× the expected length: something may be added",
                    evidence=ev, category="addition",
                    severity=Severity.INFO if chance else
                    Severity.MAJOR if r > self.VERY_LONG else Severity.MINOR,
                    source_span=(u.ss, u.se))
