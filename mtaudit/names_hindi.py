"""Names of a Hindi source, for MT403 (entity-missing) on a translation from
Hindi: a word no Hindi word list knows, a candra-vowel word, a country
or a language CLDR names in Hindi, gone from the translation's unit; and
names of the translation that two common English words spell ("Farage").
``names_uncased.uncased_replacement`` weighs them with the other languages'
traces; the sounds are ``names_translit``'s and ``transcription``'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import freedict, hindi_words
from .names import WEAK, NameWord, sentence_initial
from .place_words import _places_and_languages, people_word
from .transcription import key, strip_possessive
from .written_case import written_case
from .languages import wordfreq_languages, zipf
from .names_translit import (HINDI_WORD_ZIPF, UnitNames, _LATIN_WORD, _WORD_RE, _rendered_in_unit,
                             common_compound)


def _proper_compound_come(doc, u, tl, names: UnitNames) -> tuple:
    """Names of the translation in mid-sentence that are no rare names only
    because two common words spell them ("Farage": far|age, "Johnson":
    john|son), which the spelling dictionary writes with a capital only
    (PROPER), and that FreeDict's eng-hin does not translate ("Northeast"
    it does: a word): a name, as rare as any other. (Hindi sources only:
    elsewhere measured by no benchmark yet.)"""
    from .written_case import PROPER
    return tuple(w for w in names.target
                 if w not in names.target_rare and not sentence_initial(doc.text, w.start, u.ts)
                 and common_compound(w.text, tl) and written_case(strip_possessive(w.text), tl) == PROPER
                 and not people_word(w.text, tl)
                 and hindi_words.hindi_renderings(strip_possessive(w.text)) is None)


#: Zipf frequency of a language's name from which the translation's
#: language names it often (German 5.3, Korean 4.7; Beja, Awadhi under 2).
LANGUAGE_ZIPF = 4.0


@lru_cache(maxsize=4)
def _hindi_language_names(tl: str) -> dict[str, str]:
    """CLDR's names of languages in Hindi («जर्मन», «जापानी») by their
    names in the translation's language ("german", "japanese"): single
    words whose key has four letters or more (not «हो», Ho, the verb "be"),
    that Hindi does not use as often as its function words, of languages
    the translation's language often names (Zipf >= LANGUAGE_ZIPF:
    German, Japanese; not Beja, whose Hindi name «बेजा» is also a word)."""
    from .names import babel_locales
    locales = dict(babel_locales(("hi", tl)))
    if "hi" not in locales or tl not in locales or tl not in wordfreq_languages():
        return {}
    out = {}
    for code, name in locales["hi"].languages.items():
        other = locales[tl].languages.get(code)
        if not other or " " in name or " " in other or len(key(name, "hi")) < 4 \
                or zipf(name, "hi") >= HINDI_WORD_ZIPF or zipf(other.casefold(), tl) < LANGUAGE_ZIPF:
            continue
        out[name] = other.casefold()
    return out


def _hindi_languages_gone(doc, u, tl) -> list:
    """Languages (and so peoples) the Hindi unit names by CLDR's Hindi name
    («जर्मन» German, «जापानी» Japanese) that the translation's unit says by
    no word beginning as the language's English name does (German,
    Germany, Germans) nor renders by sound: in English a name, gone."""
    names = _hindi_language_names(tl) if tl else {}
    if not names:
        return []
    found = [m for m in _WORD_RE.finditer(doc.source, u.ss, u.se) if m.group() in names]
    if not found:
        return []
    heads = {w.casefold()[:4] for w in _LATIN_WORD.findall(doc.text, u.ts, u.te)}
    rendered = _rendered_in_unit(doc, u, "hi")
    # (A word that is also an ordinary one, चीनी "sugar" and Chinese, is
    # rendered where the unit says the ordinary word's English.)
    ordinary = freedict.hindi_translations()
    return [NameWord(m.start(), m.end(), m.group(), WEAK) for m in found
            if names[m.group()][:4] not in heads and not rendered(m.group())
            and not any(e.casefold()[:4] in heads for e in ordinary.get(m.group(), ()))]


def _hindi_country_alias(word: str, k: str, alias, tl) -> bool:
    """A Hindi word that is no CLDR name of a country but another name of
    one in the alias table («अमेरिका», the United States, whose CLDR name is
    «संयुक्त राज्य»): one of its names is a country or region CLDR names in
    the translation's language (not a city nor a time-zone station: «डेविस»
    Davis Station), its key is no short Latin word (उन "un", उस "us" are the
    keys of UN and US) and the dictionary gives it as no ordinary word."""
    names = alias.get(k)
    if not names or len(k) < 4 or hindi_words.is_ordinary(word):
        return False
    target_territories = _places_and_languages(tl)[0] if tl else frozenset()
    return any(n in target_territories for n in names)


#: Devanagari's candra vowels, ऑ/ॉ (the "o" of "Oxford") and ऍ/ॅ (the "a" of
#: "bank"), write English sounds that Hindi words lack: a word with one is
#: a transcription of a foreign word, a name or a loanword («डॉक्टर» doctor).
_DEV_CANDRA = re.compile(r"[\u0911\u0949\u090D\u0945]")


def _transcriptions_gone(doc, u, sl) -> list:
    """Words of the source unit written with a candra vowel that sound like
    no word of the translation's unit, capitalised or not (a loanword is
    translated by the word it comes from): a foreign name gone."""
    found = [m for m in _WORD_RE.finditer(doc.source, u.ss, u.se) if _DEV_CANDRA.search(m.group())]
    if not found:
        return []
    rendered = _rendered_in_unit(doc, u, sl)
    return [NameWord(m.start(), m.end(), m.group(), WEAK) for m in found if not rendered(m.group())]


def _hindi_names_gone(doc, u, names: UnitNames) -> list:
    """Source words that sound like a name the translation writes elsewhere
    in the document (``names.source_sure``), that the dictionary gives as no
    ordinary Hindi word (लंदन, ब्रिटेन, क्लार्क; not से "from", एक "one",
    which sound like names by chance), that Hindi does not use as often as
    its function words, and that no word of the unit renders: a name gone,
    however frequent in Hindi news. Without the dictionary, none."""
    if not names.source_sure or not hindi_words.available():
        return []
    rendered = _rendered_in_unit(doc, u, "hi")
    out = []
    for w in names.source_sure:
        word = w.text.rstrip("\u0964\u0965")
        if not word or hindi_words.is_ordinary(word) or zipf(word, "hi") >= HINDI_WORD_ZIPF \
                or rendered(word):
            continue
        out.append(NameWord(w.start, w.start + len(word), word, WEAK))
    return out


#: Joiners inside a Devanagari word («व्‍यंग्‍यात्‍मक»), which cut it into
#: pieces no word list knows.
_JOINERS = "\u200c\u200d"


def _hindi_unknown_gone(doc, u, names: UnitNames) -> list:
    """Source words Hindi's word lists do not know at all
    (``hindi_words.unknown_word``: no frequency, not in the Hunspell
    dictionary nor eng-hin, no form of known words: «थोमस», «एडनेन») that
    no word of the unit renders: a rare name transcribed, gone. (A loanword
    of this kind is rendered by the English word it comes from: «डिफरेंस»,
    "difference".) Pieces of a word cut by a joiner are left out."""
    text = doc.source
    cands = []
    for w in names.source:
        word = w.text.rstrip("\u0964\u0965")
        end = w.start + len(word)
        if not hindi_words.unknown_word(word) \
                or (w.start > 0 and text[w.start - 1] in _JOINERS) \
                or (end < len(text) and text[end] in _JOINERS):
            continue
        cands.append((w, word))
    if not cands:
        return []
    rendered = _rendered_in_unit(doc, u, "hi")
    return [NameWord(w.start, w.start + len(word), word, WEAK) for w, word in cands if not rendered(word)]
