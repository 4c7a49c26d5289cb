"""Which words of one language translate a word of another, from FreeDict's
bilingual dictionaries (``mtaudit.freedict``), read for names made of
ordinary words: a translator translates "Inverewe Gardens" into «jardin
d'Inverewe», the Spanish «Bahía» of a place into "Bay", the Indonesian
«Alkitab» into «Bible». Such a name is not gone from the translation, nor
come from nowhere, when a dictionary's translation of its word stands in
the other text.

A dictionary is read both ways (eng-fra gives French words for English ones
and English words for French ones); where no dictionary joins two languages,
English or French joins them (Indonesian -> English -> French, English ->
French -> Russian). Only the dictionaries of ``DICTIONARIES`` are looked for
(the Debian packages that set-up installs); without one, nothing is found
and the run's warnings say so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import freedict
from .morphology import analyser
from .written_case import hunspell_words

#: ISO 639-1 -> FreeDict's ISO 639-3 names.
_ISO3 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "id": "ind", "ru": "rus"}
#: The FreeDict dictionaries read here, as FreeDict names them: the pairs of
#: the languages above that Debian packages (dict-freedict-NAME).
DICTIONARIES = frozenset({"eng-fra", "fra-eng", "deu-fra", "eng-spa", "spa-eng", "eng-ind", "eng-rus",
                          "fra-rus"})
#: The languages that join two others no dictionary joins, in this order.
PIVOTS = ("en", "fr")
#: A numbered sense of an entry ("2. croix"); unnumbered entries give their
#: translations on the line after the headword, and the lines after that are
#: notes in the headword's language ("colour", a definition).
_SENSE = re.compile(r"^\s*\d+\.\s*(.*)$")
_SPLIT = re.compile(r"[,;]")
_NOTE = re.compile(r"\([^)]*\)|<[^>]*>|\[[^\]]*\]")
#: Translations longer than this many words are explanations, not words.
MAX_WORDS = 3


def _translations_of(text: str) -> list[str]:
    """The translations an entry gives (its numbered senses, or the line
    after its headword), each a word or a short phrase."""
    lines = text.split("\n")[1:]
    numbered = [m.group(1) for m in map(_SENSE.match, lines) if m]
    chosen = numbered or lines[:1]
    out = []
    for line in chosen:
        for item in _SPLIT.split(_NOTE.sub(" ", line)):
            item = " ".join(item.split())
            if item and len(item.split()) <= MAX_WORDS:
                out.append(item)
    return out


#: What MT403 loses without one of these dictionaries.
_LOSS = "names made of ordinary words that a translation translates are taken for names gone (MT403)"


@lru_cache(maxsize=len(DICTIONARIES))
def _parsed(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(casefolded headword, casefolded translations) of every entry of the
    dictionary ``name``, read once however many tables use it; a missing
    one is said in the warnings of the runs in its languages other than
    English (eng-spa: Spanish)."""
    iso1 = {v: k for k, v in _ISO3.items()}
    langs = tuple(iso1[x] for x in name.split("-") if x != "eng")
    return tuple((freedict.headword(text).casefold(), tuple(t.casefold() for t in _translations_of(text)))
                 for _, text in freedict.entries(name, langs, _LOSS))


@lru_cache(maxsize=16)
def _table(src: str, tgt: str) -> dict[str, frozenset[str]]:
    """Casefolded word or phrase of ``src`` -> casefolded translations in
    ``tgt`` (ISO 639-1 codes), from the dictionary each way that exists."""
    a, b = _ISO3.get(src), _ISO3.get(tgt)
    out: dict[str, set[str]] = {}
    if a is None or b is None:
        return {}
    if f"{a}-{b}" in DICTIONARIES:
        for head, found in _parsed(f"{a}-{b}"):
            out.setdefault(head, set()).update(found)
    if f"{b}-{a}" in DICTIONARIES:
        for head, found in _parsed(f"{b}-{a}"):
            for t in found:
                out.setdefault(t, set()).add(head)
    return {k: frozenset(v) for k, v in out.items()}


def load(src: str | None, tgt: str | None) -> None:
    """Read the dictionaries a pair of languages needs (once per process), so
    that a run says which are missing whether or not a name needed them."""
    if src and tgt and src != tgt:
        pairs = {(src, tgt), (tgt, src)} | {p for v in PIVOTS for p in ((src, v), (v, tgt))}
        for a, b in pairs:
            if a != b:
                _table(a, b)


@lru_cache(maxsize=65536)
def forms(word: str, lang: str | None) -> tuple[str, ...]:
    """The word (casefolded), then its lemmas: the stems its language's
    spelling dictionary gives it ("Gardens" -> "garden"), and pymorphy3's
    normal forms for a language that declines («Запада» -> «запад»):
    dictionaries list lemmas."""
    out = [word.casefold()]
    words = hunspell_words(lang)
    if words is not None:
        for w in (word, word.lower()):
            out += sorted(s.casefold() for s in words.stems_of(w))
    morph = analyser(lang)
    if morph is not None:
        out += [p.normal_form for p in morph.parse(word.lower())[:3]]
    return tuple(dict.fromkeys(out))


def translations(word: str, src: str | None, tgt: str | None) -> frozenset[str]:
    """The words and short phrases of ``tgt`` that the dictionaries give for
    ``word`` of ``src`` or its lemma (casefolded); through English or French
    where no dictionary joins the two. Empty for a word they do not know."""
    if not src or not tgt or src == tgt:
        return frozenset()
    lemmas = forms(word, src)
    for w in lemmas:
        direct = _table(src, tgt).get(w)
        if direct:
            return direct
    for pivot in PIVOTS:
        if pivot in (src, tgt):
            continue
        out: set[str] = set()
        for w in lemmas:
            for middle in _table(src, pivot).get(w, ()):
                out |= _table(pivot, tgt).get(middle, frozenset())
            if out:
                return frozenset(out)
    return frozenset()
