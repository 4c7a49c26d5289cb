"""One term spelt two ways: UNESCO/Unesco, e-mail/email, Jean-Marc/Jean Marc, Etat/État.

Only spelling variants that cannot be two different words are compared:

* case inside the word (not just the first letter, which only says where
  the sentence starts): "UNESCO" / "Unesco", "Jean-marc" / "Jean-Marc";
* hyphenation: "e-mail" / "email", "week-end" / "weekend", and for names
  with capitals a space: "Jean-Marc" / "Jean Marc";
* an accent on a capital letter: "Etat" / "État" (accents on small letters
  make other words: "a" / "à", "ou" / "où").

Exonyms and transliterations (Kyiv/Kiev) are editorial choices, not checked.
Within a document the less frequent variant is flagged (minor) with the
counts as evidence; across a corpus, a document that consistently uses the
corpus's less frequent variant gets one info finding.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..findings import Severity
from ..segments import WORD_RE
from ._spans import SpanDoc, SpanText
from .base import Check

# An elided article or pronoun glued to the word: l’UNESCO, d'Unesco, qu’..., dell'
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|dall|nell|sull|all|un)['’]",
                      re.IGNORECASE)


def _fold_char(c: str) -> str:
    """Capitals lose case and accent; small letters keep their accent."""
    if c.isupper():
        return "".join(x for x in unicodedata.normalize("NFD", c)
                       if not unicodedata.combining(x)).casefold()
    return c


def group_key(form: str) -> str:
    """Forms with the same key are spellings of one term."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", form)
                   if c not in "-‐‑ \u00a0")


def variant_of(form: str) -> str:
    """What makes a spelling a variant: everything but the first letter's case."""
    form = unicodedata.normalize("NFC", form).replace("\u00a0", " ")
    return form[:1].casefold() + form[1:]


def _interesting(form: str) -> bool:
    """Only words that can carry a spelling variant: inner capitals, hyphens,
    an accented or accentable capital."""
    return any(c.isupper() for c in form[1:]) or "-" in form or " " in form or (
        form[:1].isupper() and form[:1] != unicodedata.normalize("NFD", form[:1])[:1])


@dataclass
class _DocTerms:
    # group key -> variant -> list of (start, end, surface form)
    groups: dict[str, dict[str, list[tuple[int, int, str]]]] = field(default_factory=dict)
    text: object = ""


def _terms(doc) -> _DocTerms:
    text = doc.text
    out = _DocTerms(text=text)
    shouting = _shouting_paragraphs(doc)
    dateline = _dateline_words(doc)
    for m in WORD_RE.finditer(text):
        start, form = m.start(), m.group()
        e = _ELISION.match(form)
        if e:
            start, form = start + e.end(), form[e.end():]
        form = form.rstrip("-’'")
        if len(form) < 2 or not any(c.isalpha() for c in form):
            continue
        if any(a <= start < b for a, b in shouting):
            continue
        if form.isupper() and start in dateline:
            continue       # a dateline ("PARIS -", "SAN FRANCISCO -") or a shouted opening
        _add(out, start, start + len(form), form)
        # "Jean-Marc" may also be written "Jean Marc": a spaced variant, for names.
    _spaced_names(out, text)
    return out


def _add(out: _DocTerms, start: int, end: int, form: str) -> None:
    key = group_key(form)
    out.groups.setdefault(key, {}).setdefault(variant_of(form), []).append((start, end, form))


def _spaced_names(out: _DocTerms, text: str) -> None:
    hyphenated = {f for g in out.groups.values() for v in g.values() for _, _, f in v
                  if "-" in f and f[:1].isupper()}
    for f in hyphenated:
        parts = f.split("-")
        if len(parts) < 2 or not all(parts):
            continue
        pat = re.compile(r"(?<!\w)" + r"[ \u00a0]".join(re.escape(p) for p in parts) + r"(?!\w|-)",
                         re.IGNORECASE)
        for m in pat.finditer(text):
            words = re.split(r"[ \u00a0]", m.group())
            if all(w[:1].isupper() for w in words):
                _add(out, m.start(), m.end(), m.group())


def _dateline_words(doc) -> set[int]:
    """Starts of the capitalised words that open a paragraph ("KUALA LUMPUR -"):
    a dateline is written in capitals by convention, not as a spelling."""
    starts: set[int] = set()
    for p in doc.paragraphs:
        for m in WORD_RE.finditer(p.text):
            if not m.group().isupper():
                break
            starts.add(p.start + m.start())
    return starts


def _shouting_paragraphs(doc) -> list[tuple[int, int]]:
    out = []
    for p in doc.paragraphs:
        letters = [c for c in p.text if c.isalpha()]
        if len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
            out.append((p.start, p.end))
    return out


def _inconsistent(groups):
    """(key, variants) for groups written in more than one interesting way."""
    for key, variants in groups.items():
        if len(variants) < 2:
            continue
        if not any(_interesting(occ[0][2]) for occ in variants.values()):
            continue
        yield key, variants


def _label(occs) -> str:
    return Counter(f for _, _, f in occs).most_common(1)[0][0]


class InconsistentTermSpelling(Check):
    code = "MT302"
    name = "inconsistent-term-spelling"
    description = "One term spelt two ways (UNESCO/Unesco, e-mail/email): the less frequent spelling is flagged"
    category = "consistency"
    severity = Severity.MINOR

    def __init__(self) -> None:
        self._docs: dict[str, _DocTerms] = {}

    def check(self, doc, ctx):
        terms = _terms(doc)
        # For the corpus, remember only words that can take part in a variant
        # without the document itself showing it (a capital, a hyphen, a
        # space): all-lowercase words would make the memory grow with the corpus.
        groups = {k: v for k, v in terms.groups.items()
                  if any(any(c.isupper() or c in "- " for c in o[0][2]) for o in v.values())}
        spans = SpanText(doc.text)
        for variants in groups.values():
            if len(variants) == 1:      # only these can get a corpus finding
                (occs,) = variants.values()
                spans.keep(occs[0][0], occs[0][1])
        self._docs[doc.key] = _DocTerms(groups=groups, text=spans.freeze())
        for key, variants in _inconsistent(terms.groups):
            # The most frequent variant is the norm; on a tie, the first used.
            order = sorted(variants, key=lambda v: (-len(variants[v]), variants[v][0][0]))
            preferred = order[0]
            counts = {_label(variants[v]): len(variants[v]) for v in order}
            for v in order[1:]:
                for start, end, form in variants[v]:
                    if ctx.allowed(form):
                        continue
                    yield self.finding(
                        doc, start, end,
                        f"'{form}' is also written '{_label(variants[preferred])}' in this "
                        f"document ({len(variants[preferred])}×).",
                        suggestion=_label(variants[preferred]),
                        evidence={"variants": counts, "scope": "document"})

    def finish(self, ctx):
        totals: dict[str, Counter] = {}
        labels: dict[tuple[str, str], Counter] = {}
        for terms in self._docs.values():
            for key, variants in terms.groups.items():
                for v, occs in variants.items():
                    totals.setdefault(key, Counter())[v] += len(occs)
                    labels.setdefault((key, v), Counter()).update(f for _, _, f in occs)
        for doc_key, terms in self._docs.items():
            for key, variants in terms.groups.items():
                corpus = totals[key]
                if len(corpus) < 2 or len(variants) != 1:
                    continue       # consistent corpus, or already flagged in the document
                if not any(_interesting(labels[(key, w)].most_common(1)[0][0]) for w in corpus):
                    continue       # only first-letter case differs: not a variant
                (v, occs), = variants.items()
                best, best_n = corpus.most_common(1)[0]
                if corpus[v] >= best_n:
                    continue
                form = occs[0][2]
                if ctx.allowed(form):
                    continue
                counts = {labels[(key, w)].most_common(1)[0][0]: n for w, n in corpus.most_common()}
                preferred = labels[(key, best)].most_common(1)[0][0]
                start, end, _ = occs[0]
                yield doc_key, self.finding(
                    SpanDoc(terms.text), start, end,
                    f"'{form}' is written '{preferred}' in most of the corpus.",
                    suggestion=preferred, severity=Severity.INFO,
                    evidence={"variants": counts, "scope": "corpus",
                              "occurrences_here": len(occs)})
