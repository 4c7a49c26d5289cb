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


#: Zipf frequency from which a Devanagari word is a known word of Hindi
#: (wordfreq's list mixes in names, which is why it only serves to tell
#: the parts of a compound: «लोकतंत्र|वादियों», «आश्रय|गृह»).
KNOWN_ZIPF = 3.0
_NUKTA = "\u093c"
#: Marks that open no syllable: a word's part cannot begin with one.
_MARK = re.compile(r"[\u0900-\u0903\u093a-\u094f\u0962\u0963]")
#: Inflections on a known stem (the ones word_forms adds, and the plural
#: oblique of nouns in -ी: «पार्टियों»).
#: And the endings that make adjectives and adverbs of nouns (अध्यक्ष:
#: «अध्यक्षीय»; जिम्मेदार: «जिम्मेदाराना»).
_ENDINGS = tuple(sorted(set(_VERB_ENDINGS + _AA_ENDINGS + _NOUN_ENDINGS
                            + ("ियों", "ियां", "ियाँ", "ेंगी", "ीय", "ाना")), key=len, reverse=True))
#: A letter that opens a syllable: a consonant or an independent vowel.
_LETTER = re.compile(r"[\u0904-\u0939\u0958-\u0961\u0972-\u097f]")
#: The Devanagari names of the Latin letters, by which Hindi spells out an
#: acronym («एचएमपी» HMP, «एसएनएल» SNL): a word of them only is no name.
_LETTER_NAMES = ("ए", "बी", "सी", "डी", "ई", "एफ़", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम",
                 "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स",
                 "वाई", "ज़ेड", "जेड")
_SPELT_LETTERS = re.compile("(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + ")+")


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """The words of the Hindi Hunspell dictionary (hi_IN, which lists words
    whole: no affix rules), empty without it."""
    from .written_case import hunspell_words
    hw = hunspell_words("hi")
    return frozenset(hw.stems) if hw is not None else frozenset()


def _zipf(word: str) -> float:
    from .languages import zipf
    return zipf(word, "hi")


@lru_cache(maxsize=50_000)
def known_word(word: str) -> bool:
    """A word Hindi knows: frequent in wordfreq's list, in the Hunspell
    dictionary or an ordinary word of FreeDict's eng-hin (with or without
    its nuktas: «लफ्ज़» is also written «लफ्ज»)."""
    forms = {word, word.replace(_NUKTA, "")}
    return any(_zipf(f) >= KNOWN_ZIPF or f in _lexicon() or is_ordinary(f) for f in forms)


def _form_of_known(word: str) -> bool:
    """An inflected or derived form of a known word («रखेंगी», «रायों»,
    «अध्यक्षीय») or two known words of two letters or more each joined
    («आश्रय|गृह», «मत|संग्रह», «मतलबी|पन»)."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 2:
            stem = word[:-len(end)]
            # (-ियों, -ियां on a noun in -ी: मोमबत्ती, «मोमबत्तियों»)
            if known_word(stem) or end.startswith("ि") and known_word(stem + "ी"):
                return True
    for i in range(2, len(word) - 1):
        head, rest = word[:i], word[i:]
        if not _MARK.match(rest) and len(_LETTER.findall(head)) >= 2 and len(_LETTER.findall(rest)) >= 2 \
                and known_word(head) and known_word(rest):
            return True
    return False


@lru_cache(maxsize=50_000)
def unknown_word(word: str) -> bool:
    """A Devanagari word Hindi's word lists do not know at all (wordfreq
    has no frequency for it, nor the Hunspell dictionary nor eng-hin the
    word), that is no form of known words nor Latin letters spelt out: a
    transcription of a rare foreign name («एडनेन», «थोमस»; a loanword
    too, which its translation renders by the word it comes from).
    Without the Hunspell dictionary and eng-hin, none (frequencies alone
    do not tell a formal Hindi word from a transcription)."""
    word = word.rstrip("\u0964\u0965")
    if len(word) < 2 or not _lexicon() or not available():
        return False
    if any(_zipf(f) > 0 for f in {word, word.replace(_NUKTA, "")}) or known_word(word):
        return False
    return not _form_of_known(word) and not _SPELT_LETTERS.fullmatch(word)
