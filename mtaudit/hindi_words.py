"""Ordinary Hindi words, told by a bilingual dictionary (FreeDict eng-hin,
mtaudit.freedict): words that translate an English word (करना "do", में
"in", कारण "cause") and their inflected forms (करने, करेंगे; लोगों).

Hindi has no capitals, so every Devanagari word of a source may transcribe
a name; matched by sound alone, frequent ordinary words account for rare
English names by chance (करने "karne" / Kiernan, में "men" / Menga) and,
absent from a translation, look like names gone. A word the dictionary
gives as an ordinary translation is neither. Not ordinary: a loanword or
transcription that sounds like the English word it translates (डाक्टर
"doctor"), which may be the name of its sound.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import freedict
from .transcription import key, sound_classes, translit_key

_AA = "\u093e"                         # the vowel sign ा
_ENDS_IN_VOWEL_SIGN = re.compile(r"[\u093e-\u094c]$")
_ANUSVARA = "\u0902"
#: Endings of a verb's stem (करना: कर-): the oblique infinitive (करने),
#: participles (करता, करते, करती), perfective (किया is irregular; बनाए),
#: subjunctive and future (करें, करेगा, करेंगे), the absolutive (करके is
#: stem + के, करकर rare), the imperative (करो).
_VERB_ENDINGS = ("ना", "ने", "नी", "ता", "ते", "ती", "ा", "े", "ी", "ें", "ो", "कर", "के",
                 "ेगा", "ेगी", "ेंगे", "ूंगा", "ए", "ई", "या", "ये", "एं", "एँ")
#: Endings of a noun or adjective in -ा (लड़का: लड़के, लड़की, लड़कों) and of
#: other nouns (लोग: लोगों; बात: बातें).
_AA_ENDINGS = ("े", "ी", "ों", "ें", "ाओं")
_NOUN_ENDINGS = ("ों", "ें", "ओं", "े")


def word_forms(word: str) -> set[str]:
    """The word and the forms Hindi's regular inflection gives it: a verb
    (-ना) by its stem's endings, a word in -ा by its oblique and feminine,
    other nouns by their plurals; each form in -ा/-े/-ी... also nasalised
    (है: हैं)."""
    forms = {word}
    if word.endswith("ना") and len(word) > 2:
        stem = word[:-2]
        forms |= {stem} | {stem + e for e in _VERB_ENDINGS}
    elif word.endswith(_AA):
        forms |= {word[:-1] + e for e in _AA_ENDINGS}
    else:
        forms |= {word + e for e in _NOUN_ENDINGS}
    forms |= {f + _ANUSVARA for f in list(forms) if _ENDS_IN_VOWEL_SIGN.search(f)}
    return forms


def _loanword(word: str, english: frozenset[str]) -> bool:
    """The word sounds as an English word it translates does (डाक्टर
    "doctor"): a loanword or a transcription, no ordinary Hindi word."""
    classes = sound_classes(translit_key(word, "hi"))
    return any(h.isalpha() and sound_classes(key(h)) == classes for h in english)


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Every form of every word the dictionary gives as the whole
    translation of an English word, loanwords left out; empty without the
    dictionary."""
    out: set[str] = set()
    for word, english in freedict.hindi_translations().items():
        if not _loanword(word, english):
            out |= word_forms(word)
    return frozenset(out)


def is_ordinary(word: str) -> bool:
    """An ordinary Hindi word (the danda that ends a sentence aside)."""
    return word.rstrip("\u0964\u0965") in ordinary_words()


def available() -> bool:
    return bool(ordinary_words())


#: English endings taken off to find a dictionary's headword ("Democrats":
#: democrat, "Parties": party, "Charged": charge).
_ENGLISH_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def hindi_renderings(english: str) -> frozenset[str] | None:
    """The Hindi words (and their forms) the dictionary translates an English
    word by, or None where it has no such headword."""
    table = freedict.english_to_hindi()
    w = english.casefold()
    heads = [w] + [w[:-len(end)] + new for end, new in _ENGLISH_ENDINGS if w.endswith(end) and len(w) > len(end) + 2]
    found = [table[h] for h in heads if h in table]
    if not found:
        return None
    return frozenset(f for words in found for word in words for f in word_forms(word))
