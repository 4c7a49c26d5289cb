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
from array import array
from dataclasses import dataclass, field

from ..findings import Severity
from .. import lexique
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


def _noun_and_adjective(a: str, b: str, lang: str | None) -> bool:
    """French capitalises a compound demonym noun and not its adjective: "les
    Nord-Coréens", "les dirigeants nord-coréens". Two forms that differ only
    so, whose small-letter form is a word of the lexicon, are one term."""
    lower, upper = sorted((a, b), key=lambda f: f[:1].isupper())
    parts_l, parts_u = lower.split("-"), upper.split("-")
    if len(parts_l) < 2 or lower.lower() != upper.lower() or lower != lower.lower():
        return False
    if not all(p[:1].isupper() and p[1:] == p[1:].lower() for p in parts_u):
        return False
    if lang != "fr":
        return False
    table = lexique.table()
    return table is not None and lower in table


def _interesting(form: str) -> bool:
    """Only words that can carry a spelling variant: inner capitals, hyphens,
    an accented or accentable capital."""
    return any(c.isupper() for c in form[1:]) or "-" in form or " " in form or (
        form[:1].isupper() and form[:1] != unicodedata.normalize("NFD", form[:1])[:1])


class _Spans:
    """Where one spelling of a term occurs in a document: offsets only, two
    machine integers an occurrence (a tuple with its string cost about 200
    bytes, too much for every word of a book-length document)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def __len__(self) -> int:
        return len(self.starts)

    def first(self) -> tuple[int, int]:
        return self.starts[0], self.ends[0]

    def forms(self, text: str) -> Counter:
        return Counter(text[s:e] for s, e in zip(self.starts, self.ends))


@dataclass(frozen=True)
class _CorpusSpelling:
    """What the corpus comparison keeps of one spelling of a term in one document."""
    variant: str
    count: int
    start: int               # the first occurrence
    end: int
    form: str
    forms: tuple[tuple[str, int], ...]     # surface forms and their counts


@dataclass
class _DocTerms:
    # group key -> variant -> occurrences
    groups: dict[str, dict[str, _Spans]] = field(default_factory=dict)


def _terms(doc) -> _DocTerms:
    text = doc.text
    out = _DocTerms()
    shouting = _shouting_paragraphs(doc)
    dateline = _dateline_words(doc)
    shouted = _shouted_runs(text)
    for m in WORD_RE.finditer(text):
        start, form = m.start(), m.group()
        if start in shouted:
            continue       # "LE COMPTEUR", "NIGEL FARAGE": emphasis, not a spelling
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
    variants = out.groups.setdefault(group_key(form), {})
    spans = variants.get(variant := variant_of(form))
    if spans is None:
        spans = variants[variant] = _Spans()
    spans.starts.append(start)
    spans.ends.append(end)


def _spaced_names(out: _DocTerms, text: str) -> None:
    hyphenated = {f for g in out.groups.values() for v, spans in g.items() if "-" in v
                  for f in spans.forms(text) if "-" in f and f[:1].isupper()}
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


def _shouted_runs(text: str) -> set[int]:
    """Starts of words in capitals that stand next to another word in capitals:
    a phrase set in capitals for emphasis. An acronym stands among small
    letters ("l'OTAN a dit"), so it is still compared with "Otan"."""
    caps = [m for m in WORD_RE.finditer(text) if len(m.group()) >= 2 and m.group().isupper()]
    starts: set[int] = set()
    for a, b in zip(caps, caps[1:]):
        if not text[a.end():b.start()].strip(" \u00a0,:;-–'’\"«»"):
            starts.update((a.start(), b.start()))
    return starts


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


def _inconsistent(groups, text: str):
    """(key, variants) for groups written in more than one interesting way."""
    for key, variants in groups.items():
        if len(variants) < 2:
            continue
        if not any(_interesting(text[slice(*spans.first())]) for spans in variants.values()):
            continue
        yield key, variants


def _label(spans: _Spans, text: str) -> str:
    """The surface form a spelling is most often written in."""
    return spans.forms(text).most_common(1)[0][0]


def _both_in_source(form: str, preferred: str, source: str | None) -> bool:
    """The source writes the term both ways too: the translation kept the
    source's own inconsistency (copied names), which is not its error."""
    if not source:
        return False
    return all(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", source) for f in (form, preferred))


def _may_vary_across_documents(spans: _Spans, text: str) -> bool:
    """A capital, a hyphen or a space: all-lowercase words are left out of the
    corpus comparison, or its memory would grow with the corpus's vocabulary."""
    return any(c.isupper() or c in "- " for c in text[slice(*spans.first())])


class InconsistentTermSpelling(Check):
    code = "MT302"
    name = "inconsistent-term-spelling"
    description = "One term spelt two ways (UNESCO/Unesco, e-mail/email): the less frequent spelling is flagged"
    category = "consistency"
    severity = Severity.MINOR
    #: Mergeable per-batch state (see checks/base.py): each document's spellings.
    corpus_state = ("_docs",)

    def __init__(self) -> None:
        # document key -> (its text around first occurrences, group key ->
        # its spellings of the term), for terms that may vary across documents.
        self._docs: dict[str, tuple[object, dict[str, tuple[_CorpusSpelling, ...]]]] = {}

    def check(self, doc, ctx):
        text = doc.text
        terms = _terms(doc)
        spans_kept = SpanText(text)
        corpus: dict[str, tuple[_CorpusSpelling, ...]] = {}
        for key, variants in terms.groups.items():
            if not any(_may_vary_across_documents(sp, text) for sp in variants.values()):
                continue
            corpus[key] = tuple(
                _CorpusSpelling(v, len(sp), *sp.first(), text[slice(*sp.first())],
                                tuple(sp.forms(text).items()))
                for v, sp in variants.items())
            if len(variants) == 1:      # only these can get a corpus finding
                spans_kept.keep(*variants[next(iter(variants))].first())
        self._docs[doc.key] = (spans_kept.freeze(), corpus)
        for key, variants in _inconsistent(terms.groups, text):
            # The most frequent variant is the norm; on a tie, the first used.
            order = sorted(variants, key=lambda v: (-len(variants[v]), variants[v].starts[0]))
            preferred = _label(variants[order[0]], text)
            n_preferred = len(variants[order[0]])
            counts = {_label(variants[v], text): len(variants[v]) for v in order}
            for v in order[1:]:
                for start, end in zip(variants[v].starts, variants[v].ends):
                    form = text[start:end]
                    if ctx.allowed(form) or _noun_and_adjective(form, preferred, doc.target_lang):
                        continue
                    evidence = {"variants": counts, "scope": "document"}
                    # Capitals against small letters alone (OTAN/Otan, a brand
                    # in capitals on a label) is a house-style choice that
                    # careful texts make both ways: said, at info.
                    case_only = form.casefold() == preferred.casefold() and (
                        form.isupper() or preferred.isupper())
                    if case_only:
                        evidence["case_only"] = True
                    in_source = _both_in_source(form, preferred, doc.source)
                    if in_source:
                        evidence["in_source"] = True
                    yield self.finding(
                        doc, start, end,
                        f"'{form}' is also written '{preferred}' in this "
                        f"document ({n_preferred}×).",
                        suggestion=preferred, evidence=evidence,
                        severity=Severity.INFO if case_only or in_source else None)

    def finish(self, ctx):
        totals: dict[str, Counter] = {}
        labels: dict[tuple[str, str], Counter] = {}
        for _, groups in self._docs.values():
            for key, spellings in groups.items():
                for sp in spellings:
                    totals.setdefault(key, Counter())[sp.variant] += sp.count
                    labels.setdefault((key, sp.variant), Counter()).update(dict(sp.forms))
        for doc_key, (kept_text, groups) in self._docs.items():
            for key, spellings in groups.items():
                corpus = totals[key]
                if len(corpus) < 2 or len(spellings) != 1:
                    continue       # consistent corpus, or already flagged in the document
                sp, = spellings
                if not any(_interesting(labels[(key, w)].most_common(1)[0][0]) for w in corpus):
                    continue       # only first-letter case differs: not a variant
                best, best_n = corpus.most_common(1)[0]
                if corpus[sp.variant] >= best_n:
                    continue
                if ctx.allowed(sp.form):
                    continue
                counts = {labels[(key, w)].most_common(1)[0][0]: n for w, n in corpus.most_common()}
                preferred = labels[(key, best)].most_common(1)[0][0]
                yield doc_key, self.finding(
                    SpanDoc(kept_text), sp.start, sp.end,
                    f"'{sp.form}' is written '{preferred}' in most of the corpus.",
                    suggestion=preferred, severity=Severity.INFO,
                    evidence={"variants": counts, "scope": "corpus",
                              "occurrences_here": sp.count})
