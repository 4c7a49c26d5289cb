"""Writing systems: which script a letter belongs to, and which scripts a
language is written in.

A word in a script that the target language does not use (Cyrillic in an
English translation, Chinese characters in a French one) cannot be a
translation of anything: it was left as it was. Latin letters are the
exception: names, brands and acronyms are written in Latin letters inside
Russian, Chinese or Hindi text as a matter of course, so a Latin word is
never reported for its script alone.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Scripts in which each language is normally written (ISO 639-1 codes).
#: Languages not listed are taken to be written in the Latin script.
LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    "ru": frozenset({"CYRILLIC"}), "uk": frozenset({"CYRILLIC"}), "bg": frozenset({"CYRILLIC"}),
    "mk": frozenset({"CYRILLIC"}), "be": frozenset({"CYRILLIC"}), "kk": frozenset({"CYRILLIC"}),
    "sr": frozenset({"CYRILLIC", "LATIN"}), "sh": frozenset({"CYRILLIC", "LATIN"}),
    "zh": frozenset({"CJK"}), "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "ko": frozenset({"HANGUL", "CJK"}),
    "hi": frozenset({"DEVANAGARI"}), "mr": frozenset({"DEVANAGARI"}), "ne": frozenset({"DEVANAGARI"}),
    "bn": frozenset({"BENGALI"}), "ta": frozenset({"TAMIL"}), "te": frozenset({"TELUGU"}),
    "ar": frozenset({"ARABIC"}), "fa": frozenset({"ARABIC"}), "ur": frozenset({"ARABIC"}),
    "he": frozenset({"HEBREW"}), "el": frozenset({"GREEK"}), "th": frozenset({"THAI"}),
    "ka": frozenset({"GEORGIAN"}), "hy": frozenset({"ARMENIAN"}),
}
_LATIN = frozenset({"LATIN"})

# Unicode character names that do not start with their script's name.
_NAME_PREFIXES = {"CJK": "CJK", "IDEOGRAPHIC": "CJK", "KANGXI": "CJK", "HALFWIDTH": None,
                  "FULLWIDTH": None}


def language_scripts(lang: str | None) -> frozenset[str]:
    return LANGUAGE_SCRIPTS.get(lang or "", _LATIN)


@lru_cache(maxsize=20_000)
def letter_script(ch: str) -> str | None:
    """The script of a letter ("LATIN", "CYRILLIC", "CJK"...), None for a
    non-letter or a letter whose script cannot be told from its name."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if not name:
        return None
    # "KATAKANA-HIRAGANA PROLONGED SOUND MARK" belongs to both kana.
    first = name.split(" ", 1)[0].split("-", 1)[0]
    if first in _NAME_PREFIXES:
        if _NAME_PREFIXES[first] is None:          # FULLWIDTH LATIN CAPITAL LETTER A
            parts = name.split(" ")
            return parts[1] if len(parts) > 1 else None
        return _NAME_PREFIXES[first]
    return first


@lru_cache(maxsize=100_000)
def foreign_script(word: str, lang: str | None) -> str | None:
    """The script of ``word`` when at least two of its letters are in one
    script, other than Latin, that ``lang`` does not use; else None."""
    allowed = language_scripts(lang)
    counts: dict[str, int] = {}
    for ch in word:
        s = letter_script(ch)
        if s is not None and s != "LATIN" and s not in allowed:
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    # One letter alone is a symbol more often than a word (µ, π, α-helix).
    return script if n >= 2 else None
