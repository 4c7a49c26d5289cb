"""MT401: numbers of the source missing, changed or added in the translation."""
from __future__ import annotations

from ..findings import Severity
from ..numbers import NumberMention, find_number_words, find_numbers
from ._bilingual import _dates, _doc_cache, units
from .base import Check


def _numbers(text: str, lang: str | None, dates) -> list[NumberMention]:
    """Numbers of a text, outside dates (dates are MT402's) and codes."""
    spans = [(d.start, d.end) for d in dates]
    out = []
    for n in find_numbers(text, lang):
        if n.kind == "code" or any(s < n.end and n.start < e for s, e in spans):
            continue
        out.append(n)
    return out


def _word_keys(text: str, lang: str | None) -> list[frozenset]:
    return [frozenset({v}) for _, _, v in find_number_words(text, lang)]


def _match(a_list, b_keys: list[frozenset]) -> list:
    """Items of a_list left once each is paired with a distinct b key set."""
    pool = list(b_keys)
    left = []
    for a in a_list:
        for i, k in enumerate(pool):
            if a.keys & k:
                del pool[i]
                break
        else:
            left.append(a)
    return left


def _count_matching(n: NumberMention, keys: list[frozenset]) -> int:
    return sum(1 for k in keys if n.keys & k)


class NumberMismatch(Check):
    code = "MT401"
    name = "number-mismatch"
    description = "A number of the source is missing or changed in the translation, or one was added"
    category = "number"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl, tl = doc.source_lang, doc.target_lang
        # Whole-document pools, to forgive numbers the alignment put elsewhere.
        all_src = _doc_cache(doc, "src_numbers", lambda: _numbers(doc.source, sl, _dates(doc, "source")))
        all_tgt = _doc_cache(doc, "tgt_numbers", lambda: _numbers(doc.text, tl, _dates(doc, "target")))
        all_src_keys = [n.keys for n in all_src] + _word_keys(doc.source, sl)
        all_tgt_keys = [n.keys for n in all_tgt] + _word_keys(doc.text, tl)
        for u in units(doc):
            src = [n for n in all_src if u.ss <= n.start and n.end <= u.se]
            tgt = [n for n in all_tgt if u.ts <= n.start and n.end <= u.te]
            if not src and not tgt:
                continue
            tgt_keys = [n.keys for n in tgt] + _word_keys(u.target(doc), tl)
            src_keys = [n.keys for n in src] + _word_keys(u.source(doc), sl)
            missing = _match(src, tgt_keys)
            added = _match(tgt, src_keys)
            # Present elsewhere in the translation as often as in the source:
            # misaligned, not lost.
            missing = [n for n in missing
                       if _count_matching(n, all_tgt_keys) < _count_matching(n, [m.keys for m in all_src])]
            added = [n for n in added
                     if _count_matching(n, all_src_keys) < _count_matching(n, [m.keys for m in all_tgt])]
            # Pair what is left, in order and kind: a changed number.
            for s in list(missing):
                t = next((t for t in added if _same_kind(s, t)), None)
                if t is None:
                    continue
                missing.remove(s)
                added.remove(t)
                yield self.finding(
                    doc, t.start, t.end,
                    f"the source says {s.text!r} but the translation says {t.text!r}",
                    suggestion=s.text,
                    evidence={"source_number": s.text, "target_number": t.text, "kind": s.kind},
                    source_span=(s.start, s.end))
            if u.te <= u.ts:
                continue   # no translation at all: MT406's omission
            for s in missing:
                small = s.kind == "number" and s.value is not None and abs(s.value) < 10 \
                    and s.value == s.value.to_integral_value()
                yield self.finding(
                    doc, u.ts, u.te,
                    f"the source's {s.text!r} is missing from this translation",
                    evidence={"source_number": s.text, "kind": s.kind},
                    severity=Severity.MINOR if small else None,
                    source_span=(s.start, s.end))
            for t in added:
                yield self.finding(
                    doc, t.start, t.end,
                    f"{t.text!r} is not in the source",
                    evidence={"target_number": t.text, "kind": t.kind},
                    severity=Severity.MINOR,
                    source_span=(u.ss, u.se))


def _same_kind(a: NumberMention, b: NumberMention) -> bool:
    timeish = {"time"}
    if (a.kind in timeish) != (b.kind in timeish):
        return False
    return True
