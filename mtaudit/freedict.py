"""FreeDict's bilingual dictionaries in dictd format (Debian packages
dict-freedict-XXX-YYY), read for names: which words of a source language
are ordinary words with an ordinary English translation (Hindi करना "do",
कारण "cause"), so that their sound accounts for no English name (करने is
not "Kiernan") and their absence from a translation is no name gone.

A dictd dictionary is two files: ``NAME.index`` (one line per headword:
headword, offset and length of its entry, both in dictd's base64 digits,
tab-separated) and ``NAME.dict.dz`` (the entries, compressed with dictzip,
which gzip reads). ``DICT_DIR`` is where they are looked for (tests point
it elsewhere). Without a dictionary nothing is found (the derived tables are
empty, and the run's warnings say why) and callers keep their other evidence.
"""
from __future__ import annotations

import gzip
import os
import re
import zlib
from functools import lru_cache
from pathlib import Path

from . import resources

#: Where Debian's dictd packages install their dictionaries; the environment
#: variable MTAUDIT_DICTD_DIR puts them elsewhere (the test suite points it
#: at a folder of none, so that no test reads the machine's).
DICT_DIR = Path(os.environ.get("MTAUDIT_DICTD_DIR") or "/usr/share/dictd")

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
#: A numbered sense of an eng-XXX entry: "1. करना, वैद्य".
_SENSE = re.compile(r"^\s*\d+\.\s+(.*)$")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")

#: What MT403 loses without one of the dictionaries read here for names.
_NAMES_LOSS = "ordinary source words are not told from transcribed names (MT403)"
#: A line of a jpn-eng entry that is no gloss: a part of speech "(noun ...)"
#: (numbered for the first of several senses: "1. (noun ...)").
_JA_POS = re.compile(r"^\s*(?:\d+\.\s*)?\(")
_JA_SENSE_NUMBER = re.compile(r"^\d+\.\s*")
_PARENTHESES = re.compile(r"\([^)]*\)")


def _number(digits: str) -> int:
    """A dictd index number: base64 digits, most significant first."""
    n = 0
    for c in digits:
        n = n * 64 + _B64_VALUE[c]
    return n


def entries(name: str, langs: tuple[str, ...], loss: str) -> list[tuple[str, str]]:
    """(headword, entry text) of every entry of the dictionary ``name``
    ("eng-hin"), or [] when it is missing or unreadable: said once in the
    warnings of the runs in ``langs``, with ``loss``, what the checks lose
    without it. Not cached: callers keep what they derive (an entry's text is
    shared by its headwords, decoded once)."""
    index = DICT_DIR / f"freedict-{name}.index"
    data = DICT_DIR / f"freedict-{name}.dict.dz"

    def missing(why: str) -> None:
        resources.missing(f"FreeDict {name}", f"the FreeDict {name} dictionary {why} "
                          f"(apt-get install dict-freedict-{name}): {loss}", langs)

    if not index.is_file() or not data.is_file():
        missing(f"is not installed (no {index.name} and {data.name} in {DICT_DIR})")
        return []
    out = []
    texts: dict[tuple[str, str], str] = {}
    try:
        with gzip.open(data) as f:
            body = f.read()
        for line in index.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue   # dictd's own entries (its name, its info) and blank lines
            head, offset, length = parts
            text = texts.get((offset, length))
            if text is None:
                start = _number(offset)
                text = texts[(offset, length)] = body[start:start + _number(length)].decode("utf-8")
            out.append((head, text))
    except (OSError, EOFError, UnicodeDecodeError, KeyError, zlib.error) as e:   # damaged: said, not fatal
        missing(f"could not be read ({type(e).__name__}: {e})")
        return []
    resources.found(f"FreeDict {name}")
    return out


def headword(text: str) -> str:
    """An entry's headword: its first line up to the pronunciation (or the
    part of speech): "do /duː/" -> "do"."""
    return re.split(r" /| <", text.split("\n", 1)[0], maxsplit=1)[0].strip()


@lru_cache(maxsize=1)
def _english_hindi_senses() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English headword, its numbered senses' texts) of every eng-hin entry,
    read once for the tables derived from them."""
    out = []
    for _, text in entries("eng-hin", ("hi",), _NAMES_LOSS):
        senses = tuple(m.group(1) for m in map(_SENSE.match, text.split("\n")[1:]) if m)
        out.append((headword(text), senses))
    return tuple(out)


@lru_cache(maxsize=1)
def english_to_hindi() -> dict[str, frozenset[str]]:
    """English headword (lower case) -> every Devanagari word of its
    translations, phrases too ("reason": कारण, प्रयोजन, विचार, शक्ति...)."""
    out: dict[str, set[str]] = {}
    for head, senses in _english_hindi_senses():
        words = out.setdefault(head.casefold(), set())
        for sense in senses:
            words.update(_DEVANAGARI_WORD.findall(sense))
    return {h: frozenset(w) for h, w in out.items() if w}


@lru_cache(maxsize=1)
def hindi_translations() -> dict[str, frozenset[str]]:
    """Hindi word -> the English headwords the eng-hin dictionary translates
    by that word alone (a whole translation: "do" 1. करना; not a word of a
    longer phrase, where names appear too: "London" in a gloss of "cockney").
    The English headword is the entry's first line up to its pronunciation."""
    out: dict[str, set[str]] = {}
    for head, senses in _english_hindi_senses():
        for sense in senses:      # (not the examples, quoted, nor blank lines)
            for item in sense.split(","):
                item = item.strip()
                if _DEVANAGARI_WORD.fullmatch(item):
                    out.setdefault(item, set()).add(head)
    return {w: frozenset(h) for w, h in out.items()}


def _japanese_glosses_of(text: str) -> tuple[str, ...]:
    """The English glosses of a jpn-eng entry (JMdict's): the lines after
    the headword line that are neither a part of speech, nor a reference to
    another entry ({警察官}), nor a note. (dictd's conversion glues a note
    to the gloss after it, "Note: abbreviationUnited Nations": such a gloss
    is left out, which only makes the entry say less.)"""
    out = []
    for line in text.split("\n")[1:]:
        s = line.strip()
        if not s or _JA_POS.match(line) or s.startswith("{"):
            continue
        s = _JA_SENSE_NUMBER.sub("", s)
        if s.startswith("Note:"):
            continue
        out += [g.strip() for g in _PARENTHESES.sub("", s).split(",") if g.strip()]
    return tuple(out)


@lru_cache(maxsize=1)
def japanese_glosses() -> dict[str, tuple[str, ...]]:
    """Japanese word (each of an entry's written forms and readings) -> the
    English glosses of its jpn-eng entries."""
    out: dict[str, list[str]] = {}
    for head, text in entries("jpn-eng", ("ja",), _NAMES_LOSS):
        out.setdefault(head, []).extend(_japanese_glosses_of(text))
    return {w: tuple(g) for w, g in out.items()}
