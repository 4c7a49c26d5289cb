"""Bilingual checks (MT4xx): the translation against its source.

They compare aligned units (``doc.alignments``: one per TSV line, XLIFF or
PO unit, or the sentence alignment of a JSONL record or parallel file; when a
document has a source but no alignments they are computed here). Each finding
points at a target span and at the source span it disagrees with.

False alarms cost as much as misses, so every check prefers silence when the
evidence is weak: a number or name that the alignment misplaced is looked for
in the whole document before it is reported, and counts are compared as
multisets so that a value repeated on one side is not matched twice.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..corpus.align import align_document, expansion
from ..document import Document
from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..numbers import NumberMention, find_number_words, find_numbers
from ..segments import WORD_RE
from .base import Check


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


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_key(s: str) -> str:
    """Accent-, case-, hyphen- and space-blind form of a name."""
    return re.sub(r"[\s\-‐'’.]", "", _strip_accents(s).casefold())


def _latin_share(text: str) -> float:
    letters = [c for c in text[:4000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) < 0x250) / len(letters)


def _find_dates(text: str, lang: str | None):
    try:
        from ..dates import find_dates
    except ImportError:    # the date library is optional for the number check
        return []
    return find_dates(text, lang)


def _doc_cache(doc: Document, key: str, compute):
    cache = doc.extra.setdefault("_bilingual", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


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


# -- MT400 -------------------------------------------------------------------

class SourceFileMissing(Check):
    code = "MT400"
    name = "source-file-missing"
    description = "--source-dir was given but this file has no readable source: bilingual checks skipped"
    category = "omission"
    severity = Severity.INFO

    def applies_to(self, doc: Document) -> bool:
        return bool(doc.extra.get("source_missing"))

    def check(self, doc, ctx):
        if not doc.extra.get("source_missing") or not doc.paragraphs:
            return
        p = doc.paragraphs[0]
        yield self.finding(doc, p.start, p.end,
                           f"audited without its source: {doc.extra['source_missing']}",
                           evidence={"source_missing": doc.extra["source_missing"]})


# -- MT401 -------------------------------------------------------------------

def _dates(doc: Document, side: str):
    """Date mentions of the source or target text, found once per document."""
    if side == "source":
        return _doc_cache(doc, "src_dates", lambda: _find_dates(doc.source, doc.source_lang))
    return _doc_cache(doc, "tgt_dates", lambda: _find_dates(doc.text, doc.target_lang))


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


# -- MT402 -------------------------------------------------------------------

_DATE_FIELDS = ("year", "month", "day", "weekday")


def _shared_fields(a, b) -> list[str]:
    return [f for f in _DATE_FIELDS if getattr(a, f) is not None and getattr(b, f) is not None]


def _compatible(a, b) -> bool:
    shared = _shared_fields(a, b)
    return bool(shared) and all(getattr(a, f) == getattr(b, f) for f in shared)


def _date_str(d) -> str:
    parts = []
    if d.day is not None:
        parts.append(str(d.day))
    if d.month is not None:
        parts.append(f"month {d.month}")
    if d.year is not None:
        parts.append(str(d.year))
    return " ".join(parts) or d.text


class DateMismatch(Check):
    code = "MT402"
    name = "date-mismatch"
    description = "A date, year, month or weekday of the source differs in the translation"
    category = "date"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        all_src, all_tgt = _dates(doc, "source"), _dates(doc, "target")
        if not all_src:
            return
        for u in units(doc):
            src = [d for d in all_src if u.ss <= d.start and d.end <= u.se]
            tgt = [d for d in all_tgt if u.ts <= d.start and d.end <= u.te]
            if not src or not tgt:
                continue   # a date dropped with its sentence is MT406's
            pool = list(tgt)
            unmatched = []
            for s in src:
                t = next((t for t in pool if _compatible(s, t)), None)
                if t is not None:
                    pool.remove(t)
                else:
                    unmatched.append(s)
            for s in unmatched:
                # A conflicting date in the same unit: the same kind of
                # information (a year against a year...) with another value.
                t = next((t for t in pool if _shared_fields(s, t)), None)
                if t is None:
                    continue
                # Both dates exist elsewhere on the other side: misalignment.
                if any(_compatible(s, x) for x in all_tgt) and any(_compatible(t, x) for x in all_src):
                    continue
                pool.remove(t)
                diff = [f for f in _shared_fields(s, t) if getattr(s, f) != getattr(t, f)]
                yield self.finding(
                    doc, t.start, t.end,
                    f"the source's date {s.text!r} became {t.text!r} ({', '.join(diff)} differ)",
                    suggestion=None,
                    evidence={"source_date": _date_str(s), "target_date": _date_str(t),
                              "differs": diff},
                    source_span=(s.start, s.end))


# -- MT403 -------------------------------------------------------------------

_ENTITY_LANGS = ("en", "fr", "id", "es", "de", "it", "pt", "nl")


@lru_cache(maxsize=1)
def _entity_groups() -> tuple[dict[str, list[int]], list[frozenset[str]]]:
    """name key -> group indexes, and each group's name keys (all languages)."""
    data = json.loads(resources.files("mtaudit").joinpath("data/entity_names.json").read_text("utf-8"))
    groups: list[frozenset[str]] = []
    index: dict[str, list[int]] = {}
    for g in data["places"] + data["organisations"]:
        keys = frozenset(name_key(n) for names in g.values() for n in names)
        for k in keys:
            index.setdefault(k, []).append(len(groups))
        groups.append(keys)
    return index, groups


_OPENERS = "\"'«“‘([-–—¿¡ "


def _is_sentence_initial(text: str, start: int, unit_start: int) -> bool:
    i = start - 1
    while i >= unit_start and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    return i < unit_start or text[i] in ".!?:;…\n"


def _name_tokens(text: str, lang: str | None, ss: int, se: int):
    """Capitalised runs in text[ss:se]: lists of (start, end, word)."""
    runs, run = [], []
    last_end = None
    for m in WORD_RE.finditer(text, ss, se):
        w = m.group()
        between = text[last_end:m.start()] if last_end is not None else ""
        if w[0].isupper() and not any(c.isdigit() for c in w):
            if run and between.strip() not in ("", "-"):
                runs.append(run)
                run = []
            run.append((m.start(), m.end(), w))
        elif run:
            runs.append(run)
            run = []
        last_end = m.end()
    if run:
        runs.append(run)
    return runs


def _is_name_like(word: str, lang: str | None, in_run: bool = False) -> bool:
    """A capitalised word that is probably a proper name, not a common word
    capitalised in a title: rare as a word of the source language. German
    capitalises every noun, so there a lone capitalised word must be rarer
    still; two capitalised words in a row ("Olaf Scholz") are a name there too."""
    if word.isupper():
        return 2 <= len(word) <= 6
    if len(word) < 3:
        return False
    if lang not in wordfreq_languages():
        return True
    limit = 3.0 if lang == "de" and not in_run else 4.0
    if zipf(word.lower(), lang) >= limit:
        return False
    return not (lang in _COMPOUNDING and _is_compound(word.lower(), lang))


# Languages that write compound nouns as one word ("Klimapaket"): a rare
# compound of two common words is a common noun, not a name.
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "fi", "is"})


def _is_compound(word: str, lang: str) -> bool:
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if zipf(tail, lang) < 3.0:
            continue
        if zipf(head, lang) >= 3.0 or (head.endswith(("s", "n", "e")) and zipf(head[:-1], lang) >= 3.0):
            return True
    return False


class EntityMissing(Check):
    code = "MT403"
    name = "entity-missing"
    description = "A name of the source (person, place, organisation) is missing from the translation"
    category = "named-entity"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl = doc.source_lang
        # Names are compared in Latin script; a transliterating pair is out of reach.
        if _latin_share(doc.source) < 0.8 or _latin_share(doc.text) < 0.8:
            return
        tgt_words = _doc_cache(doc, "tgt_name_words",
                               lambda: {name_key(w.group()) for w in WORD_RE.finditer(doc.text)})
        tgt_flat = _doc_cache(doc, "tgt_flat", lambda: " " + " ".join(
            _strip_accents(w.group()).casefold() for w in WORD_RE.finditer(doc.text)) + " ")
        date_spans = _dates(doc, "source")
        index, groups = _entity_groups()
        for u in units(doc):
            if u.te <= u.ts:
                continue
            for run in _name_tokens(doc.source, sl, u.ss, u.se):
                initial = _is_sentence_initial(doc.source, run[0][0], u.ss)
                missing = []
                for i, (s, e, w) in enumerate(run):
                    if i == 0 and initial and len(run) == 1:
                        continue   # a lone capital at a sentence start says nothing
                    if ctx.allowed(w) or any(d.start <= s < d.end for d in date_spans):
                        continue
                    if not _is_name_like(w, sl, in_run=len(run) > 1):
                        continue
                    if self._present(w, run, tgt_words, tgt_flat, index, groups):
                        continue
                    missing.append((s, e, w))
                if missing:
                    s0, e0 = missing[0][0], missing[-1][1]
                    names = [w for _, _, w in missing]
                    yield self.finding(
                        doc, u.ts, u.te,
                        f"the source names {doc.source[s0:e0]!r}, which this translation does not",
                        evidence={"names": names},
                        source_span=(s0, e0))

    @staticmethod
    def _present(word, run, tgt_words, tgt_flat, index, groups) -> bool:
        k = name_key(word)
        if k in tgt_words:
            return True
        # Inflected or transliterated forms sharing a long stem ("Putins",
        # "Zelensky"/"Zelenskyy").
        if len(k) >= 5 and any(t.startswith(k[:-1]) or (len(t) >= 5 and k.startswith(t))
                               for t in tgt_words if t[:1] == k[:1]):
            return True
        # Exonyms and translated acronyms: any name of the same group.
        run_words = [w for _, _, w in run]
        candidates = {k}
        for n in (2, 3, 4):
            for i in range(len(run_words) - n + 1):
                if word in run_words[i:i + n]:
                    candidates.add(name_key("".join(run_words[i:i + n])))
        for c in candidates:
            for g in index.get(c, ()):
                for alt in groups[g]:
                    if alt in tgt_words or (len(alt) > 3 and alt in tgt_flat.replace(" ", "")):
                        return True
        return False


# -- MT404 and MT405: untranslated text ---------------------------------------

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


def _adjacent(text: str, hits):
    """Group hits separated only by spaces into phrases."""
    groups = []
    for h in hits:
        if groups and not text[groups[-1][-1][1]:h[0]].strip():
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


# -- MT406 -------------------------------------------------------------------

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

    def check(self, doc, ctx):
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
            r = lt / (ls * ratio)
            ev = {"source_chars": ls, "target_chars": lt, "expected_ratio": round(ratio, 3),
                  "observed_ratio": round(lt / ls, 3)}
            if r < self.SHORT and ls >= self.MIN_CHARS:
                yield self.finding(
                    doc, u.ts, u.te,
                    f"translation is {r:.0%} of the expected length: something may be left out",
                    evidence=ev, category="omission",
                    severity=Severity.MAJOR if r < self.VERY_SHORT else Severity.MINOR,
                    source_span=(u.ss, u.se))
            elif r > self.LONG and lt >= self.MIN_CHARS:
                yield self.finding(
                    doc, u.ts, u.te,
                    f"translation is {r:.1f}× the expected length: something may be added",
                    evidence=ev, category="addition",
                    severity=Severity.MAJOR if r > self.VERY_LONG else Severity.MINOR,
                    source_span=(u.ss, u.se))
