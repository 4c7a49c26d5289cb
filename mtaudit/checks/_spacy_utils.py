"""Shared helpers for the spaCy-based checks: a word-class lexicon, word vectors,
sentence iteration with document offsets, and surface inflection tests.

The lexicon is the one spaCy's rule-based lemmatizer ships with (its
``lemma_index`` tables list the known lemmas of each word class): a form is an
adjective "by the lexicon" when the adjective rules turn it into a known
adjective lemma, and a noun when the noun rules turn it into a known noun
lemma. Nothing here is a hand list of errors.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from ..languages import zipf

#: Dependency labels of a token that heads a nominal phrase (UD, as spaCy's
#: French models emit them).
NOMINAL_DEPS = frozenset({
    "ROOT", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod",
    "obl:agent", "nmod", "conj", "appos",
})

_LEXICONS: "weakref.WeakKeyDictionary[Any, Lexicon | None]" = weakref.WeakKeyDictionary()


def lexicon(nlp) -> "Lexicon | None":
    """The Lexicon of a pipeline (built once per pipeline), or None without one."""
    try:
        return _LEXICONS[nlp]
    except KeyError:
        pass
    lex = Lexicon.build(nlp)
    _LEXICONS[nlp] = lex
    return lex


def parse_of(doc, ctx) -> list | None:
    """The document's spaCy parse, or None when there is none (no pipeline
    installed for the language, or nothing parsed)."""
    if ctx.nlp is None:
        return None
    return ctx.nlp.parse(doc) or None


def parsed_with_lexicon(doc, ctx) -> "tuple[list, Lexicon] | None":
    """The document's spaCy parse and its language's lexicon, or None when
    either is missing (no pipeline installed for the language)."""
    parsed = parse_of(doc, ctx)
    if parsed is None:
        return None
    lex = lexicon(ctx.nlp.pipeline(doc.target_lang))
    if lex is None:
        return None
    return parsed, lex


def sentences(parsed) -> Iterator[tuple[int, Any]]:
    """(paragraph offset, spaCy sentence Span) for every sentence of a parse."""
    for offset, sdoc in parsed:
        for sent in sdoc.sents:
            yield offset, sent


def morph1(token, feature: str) -> str | None:
    """One morphological feature value of a token, or None when absent/ambiguous."""
    values = token.morph.get(feature)
    return values[0] if len(values) == 1 else None


def feminine_spelling(word: str) -> bool:
    """A French feminine adjective or participle ends in -e (or -es)."""
    w = word.lower()
    if w.endswith("s"):
        w = w[:-1]
    return w.endswith("e")


@dataclass
class Lexicon:
    nlp: Any
    lemmatizer: Any
    adjectives: frozenset[str]
    nouns: frozenset[str]
    verbs: frozenset[str]
    verb_forms: Any = None      # form -> [lemma] for irregular verb forms

    @classmethod
    def build(cls, nlp) -> "Lexicon | None":
        if "lemmatizer" not in nlp.component_names:
            return None
        lem = nlp.get_pipe("lemmatizer")
        if getattr(lem, "mode", None) != "rule" or "lemma_index" not in lem.lookups.tables:
            return None
        index = lem.lookups.get_table("lemma_index")
        strings = nlp.vocab.strings

        def lemmas(pos: str) -> frozenset[str]:
            key = strings.add(pos)
            return frozenset(index.get(key, ()) if key in index else ())

        # Irregular forms -> lemma, per word class; the verb table lists the
        # participles of most verbs (élus -> élire, déplacés -> déplacer).
        verb_forms: dict[str, Any] = {}
        if "lemma_exc" in lem.lookups.tables:
            exc = lem.lookups.get_table("lemma_exc")
            key = strings.add("verb")
            if key in exc:
                verb_forms = exc[key]
        return cls(nlp, lem, lemmas("adj"), lemmas("noun"), lemmas("verb"), verb_forms)

    # -- lemmatisation as a chosen word class -------------------------------
    def lemma_as(self, word: str, pos: str) -> str:
        return _lemma_as(self, word.lower(), pos)

    def is_adjective(self, word: str) -> bool:
        return self.lemma_as(word, "ADJ") in self.adjectives

    def is_noun(self, word: str) -> bool:
        w = word.lower()
        return w in self.nouns or self.lemma_as(w, "NOUN") in self.nouns

    def is_participle(self, word: str) -> bool:
        """A past or present participle of a known verb (les blessés, les élus, les vivants)."""
        w = word.lower()
        if self.verb_forms and w in self.verb_forms:
            return True
        stem = w[:-1] if w.endswith("s") else w
        if stem.endswith("ant") or stem.endswith("ante"):
            root = stem[: stem.rindex("ant")]
            return any(zipf(root + end, self.nlp.lang) >= 3.0 for end in ("er", "ir", "re"))
        if stem.endswith("e") and not stem.endswith("ée"):
            stem = stem[:-1]
        # -é, -i, -u, -is, -it (but not -qu/-gu: chimique, fatigue are not participles)
        if not stem.endswith(("é", "i", "u", "s", "t")) or stem.endswith(("qu", "gu")):
            return False
        return self.lemma_as(w, "VERB") in self.verbs

    def is_plural_noun_form(self, word: str) -> bool:
        """A noun form that is a plural (not itself a singular lemma: pays, prix)."""
        w = word.lower()
        if w in self.nouns:
            return False
        lemma = self.lemma_as(w, "NOUN")
        return lemma != w and lemma in self.nouns

    # -- word vectors ---------------------------------------------------------
    def has_vector(self, word: str) -> bool:
        return self._row(word) is not None

    def vector(self, word: str):
        import numpy as np
        row = self._row(word)
        if row is None:
            return None
        v = self.nlp.vocab.vectors.data[row]
        n = float(np.linalg.norm(v))
        return v / n if n else None

    def similarity(self, a: str, b: str) -> float | None:
        va, vb = self.vector(a), self.vector(b)
        if va is None or vb is None:
            return None
        return float(va @ vb)

    def neighbours(self, word: str, k: int = 15) -> list[str]:
        """The k nearest words in the vector table (excluding the word's own row)."""
        return list(_neighbours(self, word.lower(), k))

    def _row(self, word: str) -> int | None:
        vectors = self.nlp.vocab.vectors
        if vectors.size == 0:
            return None
        key = self.nlp.vocab.strings[word] if word in self.nlp.vocab.strings else None
        if key is None:
            key = self.nlp.vocab.strings.add(word)
        row = vectors.key2row.get(key)
        return None if row is None or row < 0 else int(row)

    def __hash__(self) -> int:       # lru_cache keys on the Lexicon
        return id(self)

    def __eq__(self, other) -> bool:
        return self is other


@lru_cache(maxsize=100_000)
def _lemma_as(lex: Lexicon, word: str, pos: str) -> str:
    from spacy.tokens import Doc
    token = Doc(lex.nlp.vocab, words=[word])[0]
    token.pos_ = pos
    return lex.lemmatizer.rule_lemmatize(token)[0]


@lru_cache(maxsize=10_000)
def _neighbours(lex: Lexicon, word: str, k: int) -> tuple[str, ...]:
    import numpy as np
    row = lex._row(word)
    if row is None:
        return ()
    unit, row2key = _unit_table(lex)
    sims = unit @ unit[row]
    sims[row] = -1.0
    top = np.argpartition(-sims, k)[:k]
    top = top[np.argsort(-sims[top])]
    strings = lex.nlp.vocab.strings
    return tuple(strings[int(row2key[i])] for i in top if row2key[i] != 0)


@lru_cache(maxsize=4)
def _unit_table(lex: Lexicon):
    """Unit-length vector table and one key per row (for nearest-word lists)."""
    import numpy as np
    vectors = lex.nlp.vocab.vectors
    data = np.asarray(vectors.data, dtype=np.float32)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    unit = data / np.where(norms == 0, 1, norms)
    row2key = np.zeros(len(data), dtype=np.uint64)
    strings = lex.nlp.vocab.strings
    # Several keys share a row in a pruned table; keep the most word-like
    # (lowercase, alphabetic) one seen first.
    for key, row in vectors.key2row.items():
        if row < 0 or row2key[row]:
            continue
        try:
            text = strings[key]
        except KeyError:
            continue
        if text.isalpha() and text.islower():
            row2key[row] = key
    return unit, row2key
