"""Words of countries, regions, former countries, peoples and languages in
two languages, paired by what they name.

A translation often names a place or a people by another word than its
source: "Scottish" for «Шотландии», "Turks" for «турецкими корнями»,
"Spaniard" for «испанцу», "Church of England" for «англиканской церкви»,
"Czechoslovaks" for «чехословацкие войска». No rule of sound finds those
(Scotland is «Шотландия», not a transcription), and none of them is a name
gone or come: both sides name one place.

The pairs come from real catalogues, each entry named in both languages:
- CLDR's names of countries and regions, and of languages (through Babel):
  the names of languages are the adjectives of peoples in many languages
  ("Scots" / «шотландский», "Spanish" / «испанский», "Turkish" / «турецкий»);
- ISO 3166-2 subdivisions and ISO 3166-3 former countries, with the
  translations of their names that pycountry ships as gettext catalogues
  ("Manitoba" / «Манитоба», "Bayern" / «Бавария», "Czechoslovakia" /
  «Чехословацкая Социалистическая Республика»). A name the catalogue leaves
  untranslated is not taken as the other language's.

Each name is cut into words; a word is kept if it is itself a name: a
capitalised word the language's dictionary does not write in lower case
("Republic", "Islands", "United" go; "Scotland", "Czechoslovak" stay), or,
in Russian, a word pymorphy3's dictionary does not know or tags as a name
(Geox...), or a language's adjective («республика», «острова», «Южная» go;
«Шотландия», «шотландский» stay). Two words, one of each language, name
one thing when each shares a stem (mtaudit.names.stems_agree: four letters
at least, half the shorter word) with a word of the same entry: a
derived word or an inflected form ("Scottish" ~ "Scots", «Шотландии» ~
«шотландский»).
"""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

from .morphology import analyser
from .names import babel_locales, stems_agree
from .transcription import key, strip_possessive
from .written_case import BOTH, COMMON, UNKNOWN, written_case

_LETTERS = re.compile(r"[^\W\d_]+")
#: Shortest word kept: stems_agree needs four letters.
MIN_LETTERS = 4
#: OpenCorpora's tags of a place's or a person's name (toponym, first name,
#: surname).
_PLACE_OR_PERSON = frozenset({"Geox", "Name", "Surn"})


def _babel_names(lang: str) -> list[tuple[str, str]]:
    """(entry id, name) of CLDR's territories and languages in ``lang``."""
    out = []
    for _, loc in babel_locales((lang,)):
        out += [(f"t:{c}", n) for c, n in loc.territories.items() if c not in ("001", "ZZ")]
        out += [(f"l:{c}", n) for c, n in loc.languages.items()]
    return out


def _iso_names(lang: str) -> list[tuple[str, str]]:
    """(entry id, name) of ISO 3166-2 subdivisions and ISO 3166-3 former
    countries, translated into ``lang`` by pycountry's catalogues (English:
    the names as the standard gives them). Empty without pycountry."""
    try:
        import pycountry
    except ImportError:
        return []

    def catalogue(domain):
        if lang == "en":
            return None
        try:
            return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            return False   # no catalogue for this language

    out = []
    for domain, items, code in (("iso3166-2", pycountry.subdivisions, "code"),
                                ("iso3166-3", pycountry.historic_countries, "alpha_4")):
        cat = catalogue(domain)
        if cat is False:
            continue
        for item in items:
            name = item.name
            if cat is not None:
                translated = cat.gettext(name)
                if translated == name:
                    continue   # left untranslated: not this language's name
                name = translated
            out.append((f"s:{getattr(item, code)}", name))
    return out


def _is_name_word(word: str, lang: str, language: bool) -> bool:
    """A word of a place's name that is itself a name, not a common word of
    the language ("Republic", "South", «острова», «Южная»). In Russian, the
    names of languages are adjectives («шотландский»), which stay; in a
    place's name, a word pymorphy3's dictionary knows must carry one of its
    tags of names (Geox: «Шотландия», «чехословацкий»)."""
    if lang in ("ru", "uk"):
        morph = analyser(lang)
        if morph is None or language or not morph.word_is_known(word.lower()):
            return True
        return any(_PLACE_OR_PERSON & p.tag.grammemes for p in morph.parse(word.lower()))
    return written_case(word, lang) not in (COMMON, BOTH)


def _common_word(word: str, lang: str) -> bool:
    """A word looked up that is a common word of its language, which may
    begin like a name by chance ("South" / "Southend", «острова» /
    «Острава»): a word the English dictionary writes in lower case, a
    Russian inanimate noun pymorphy3 knows without a tag of names (a
    people's noun, «испанцу», and adjectives, «турецкими», stay)."""
    if lang in ("ru", "uk"):
        morph = analyser(lang)
        w = word.lower()
        if morph is None or not morph.word_is_known(w):
            return False
        p = morph.parse(w)[0]
        return p.tag.POS == "NOUN" and "inan" in p.tag.grammemes \
            and not (_PLACE_OR_PERSON & p.tag.grammemes)
    return written_case(word, lang) in (COMMON, BOTH)


@lru_cache(maxsize=8)
def _index(lang: str) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """First four letters (case folded) -> [(word, entry ids)] of the words
    of the names of places, peoples and languages in ``lang``."""
    words: dict[str, set[str]] = {}
    for entry, name in _babel_names(lang) + _iso_names(lang):
        for w in _LETTERS.findall(name):
            if len(w) >= MIN_LETTERS and _is_name_word(w, lang, entry.startswith("l:")):
                words.setdefault(w.casefold(), set()).add(entry)
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for k, entries in words.items():
        out.setdefault(k[:MIN_LETTERS], []).append((k, frozenset(entries)))
    return out


@lru_cache(maxsize=100_000)
def entries_of(word: str, lang: str | None) -> frozenset[str]:
    """The places, peoples and languages a word may name or be derived from,
    in any inflected form ("Scottish": Scots; «турецкими»: Turkish,
    Turkey)."""
    if not lang:
        return frozenset()
    bare = strip_possessive(word)
    k = bare.casefold()
    if len(k) < MIN_LETTERS or _common_word(bare, lang):
        return frozenset()
    out: set[str] = set()
    for other, entries in _index(lang).get(k[:MIN_LETTERS], ()):
        if stems_agree(k, other):
            out |= entries
    return frozenset(out)


def country_of(entries: frozenset[str]) -> frozenset[str]:
    """The countries of the subdivisions among ``entries`` ("s:CA-MB" ->
    "t:CA")."""
    return frozenset(f"t:{e[2:4]}" for e in entries if e.startswith("s:") and e[4:5] == "-")


def named_alike(word: str, lang: str | None, others, other_lang: str | None) -> bool:
    """Does one of the words ``others`` (of ``other_lang``) name the same
    place, people or language as ``word``, or one derived from it?"""
    mine = entries_of(word, lang)
    return bool(mine) and any(mine & entries_of(o, other_lang) for o in others)


def region_of_named_country(word: str, lang: str | None, others, other_lang: str | None) -> bool:
    """Is ``word`` a region of a country that one of ``others`` names (or a
    word made of it: "Manitoba" for «канадский фермер»)? A translation may
    name the region where its source says the country."""
    countries = country_of(entries_of(word, lang))
    return bool(countries) and any(countries & entries_of(o, other_lang) for o in others)


#: Endings that make a people or its language of a place's name (Syria ->
#: Syrian, Korea -> Koreans, Scotland -> Scots, Turkey -> Turks, Japan ->
#: Japanese, Israel -> Israeli).
_PEOPLE_ENDINGS = ("ians", "ian", "ans", "an", "ns", "ese", "ish", "is", "i", "ic", "s")


@lru_cache(maxsize=8)
def _places_and_languages(lang: str) -> tuple[frozenset, frozenset]:
    """Keys of CLDR's names of countries and regions, and of languages, in
    one language (empty without Babel)."""
    locales = babel_locales((lang,))
    if not locales:
        return frozenset(), frozenset()
    [(_, loc)] = locales
    places = frozenset(key(n, lang) for c, n in loc.territories.items() if c not in ("001", "ZZ"))
    languages = frozenset(key(n, lang) for n in loc.languages.values())
    return places - {""}, languages - {""}


def people_word(word: str, lang: str | None) -> bool:
    """A word for a people or a language made from a place's name
    ("English", "Syrian", "Koreans", "Japanese"): other languages write it as
    an adjective or a common noun (англичане, сирийский, 韩国人), which no
    transcription finds, and in a replaced name it is no name come from
    nowhere. By CLDR's names of languages, and of countries and regions with
    one of the endings that make their people (at most three letters of the
    name dropped or changed)."""
    if not lang:
        return False
    places, languages = _places_and_languages(lang)
    # The first part of a compound ("Russian-backed").
    k = key(strip_possessive(word).split("-")[0], lang)
    if not k or k in places:
        return False
    if k in languages or (k.endswith("s") and k[:-1] in languages):
        return True   # "English", "Koreans"
    # A people's noun whose adjective in -ish names its language: "Dane"
    # (Danish), "Swede", "Pole", "Turk", "Finn" (Finnish), "Kurds". A bare
    # stem of three letters is left out ("Dan" is a given name), and so is a
    # word the language's dictionary does not know ("Engle" is a surname).
    one = k[:-1] if k.endswith("s") and len(k) > 4 else k
    if ((len(one) >= 4 and one + "ish" in languages)
            or (one.endswith("e") and len(one) >= 4 and one[:-1] + "ish" in languages)) \
            and _known_word(strip_possessive(word), lang):
        return True
    for end in _PEOPLE_ENDINGS:
        stem = k[:-len(end)]
        if k.endswith(end) and len(stem) >= 3 and any(
                p.startswith(stem) and len(p) - len(stem) <= 3 for p in places):
            return True
    return False


def _known_word(word: str, lang: str) -> bool:
    """The language's spelling dictionary lists ``word`` (as a name or a
    common word)."""
    return written_case(word, lang) not in (None, UNKNOWN)
