"""FreeDict's bilingual dictionaries in dictd format (Debian packages
dict-freedict-XXX-YYY), read for names: which words of a source language
are ordinary words with an ordinary English translation (Hindi करना "do",
कारण "cause"), so that their sound accounts for no English name (करने is
not "Kiernan") and their absence from a translation is no name gone.

A dictd dictionary is two files: ``NAME.index`` (one line per headword:
headword, offset and length of its entry, both in dictd's base64 digits,
tab-separated) and ``NAME.dict.dz`` (the entries, compressed with dictzip,
which gzip reads). ``DICT_DIR`` is where they are looked for (tests point
it elsewhere). Without a dictionary nothing is found (``available`` says
so, and the run's warnings say why) and callers keep their other evidence.
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

_PACKAGES = {"eng-hin": ("dict-freedict-eng-hin", ("hi",))}


def _number(digits: str) -> int:
    """A dictd index number: base64 digits, most significant first."""
    n = 0
    for c in digits:
        n = n * 64 + _B64_VALUE[c]
    return n


def _missing(name: str, why: str) -> None:
    package, langs = _PACKAGES.get(name, (f"dict-freedict-{name}", None))
    resources.missing(f"FreeDict {name}", f"the FreeDict {name} dictionary {why} (apt-get install {package}): "
                      "ordinary source words are not told from transcribed names (MT403)", langs)


@lru_cache(maxsize=4)
def entries(name: str) -> tuple[tuple[str, str], ...]:
    """(headword, entry text) of every entry of the dictionary ``name``
    ("eng-hin"), or () when it is missing or unreadable (said once)."""
    index = DICT_DIR / f"freedict-{name}.index"
    data = DICT_DIR / f"freedict-{name}.dict.dz"
    if not index.is_file() or not data.is_file():
        _missing(name, f"is not installed (no {index.name} and {data.name} in {DICT_DIR})")
        return ()
    out = []
    try:
        with gzip.open(data) as f:
            body = f.read()
        for line in index.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue   # dictd's own entries (its name, its info) and blank lines
            head, offset, length = parts
            start = _number(offset)
            out.append((head, body[start:start + _number(length)].decode("utf-8")))
    except (OSError, EOFError, UnicodeDecodeError, KeyError, zlib.error) as e:   # damaged: said, not fatal
        _missing(name, f"could not be read ({type(e).__name__}: {e})")
        return ()
    resources.found(f"FreeDict {name}")
    return tuple(out)


def available(name: str) -> bool:
    return bool(entries(name))


@lru_cache(maxsize=1)
def hindi_translations() -> dict[str, frozenset[str]]:
    """Hindi word -> the English headwords the eng-hin dictionary translates
    by that word alone (a whole translation: "do" 1. करना; not a word of a
    longer phrase, where names appear too: "London" in a gloss of "cockney").
    The English headword is the entry's first line up to its pronunciation."""
    out: dict[str, set[str]] = {}
    for _, text in entries("eng-hin"):
        head = re.split(r" /| <", text.split("\n", 1)[0], maxsplit=1)[0].strip()
        for line in text.split("\n")[1:]:
            m = _SENSE.match(line)
            if not m:
                continue   # examples (quoted) and blank lines
            for item in m.group(1).split(","):
                item = item.strip()
                if _DEVANAGARI_WORD.fullmatch(item):
                    out.setdefault(item, set()).add(head)
    return {w: frozenset(h) for w, h in out.items()}
