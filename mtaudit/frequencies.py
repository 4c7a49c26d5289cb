"""Word frequencies from wordfreq, held compactly.

wordfreq answers a lookup from a Python dict of every word of a language
(2.6 million strings for the ten languages the lexical checks compare a
French text with: about 230 MB). Here a language is a MARISA trie of its
words plus an array of their frequency bands: the same data in 12 MB for
those ten (3 MB for the largest, German), looked up in a fraction of a
microsecond, with the same answers.

wordfreq stores a word's frequency as a band of centibels: band ``b`` means
a frequency of 10 ** (-b / 100), Zipf 9 - b / 100.

Building a trie takes about a second for a large language, so a built table
is saved under the cache folder ($MTAUDIT_CACHE, else ~/.cache/mtaudit), in
a folder named after the wordfreq version, and memory-mapped by later runs.
Files are written under a temporary name and renamed, so concurrent audits
never read half a file; a folder that cannot be written, or a damaged file,
only means the table is built in memory.
"""
from __future__ import annotations

import array
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import trie_files
from .cache_dir import default_cache_dir

#: Bytes of one band in the saved array (uint16; bands stay below 1,000).
_BAND_CODE = "H"


@dataclass(frozen=True)
class FrequencyTable:
    """One language's words (a marisa_trie.Trie) and each word's band, by key id."""

    words: object
    bands: array.array

    def band(self, word: str) -> int | None:
        key = self.words.get(word)
        return None if key is None else self.bands[key]

    def __len__(self) -> int:
        return len(self.bands)


@lru_cache(maxsize=None)
def available() -> dict[str, str]:
    """wordfreq's 'best' word list of each language: code -> data file."""
    from wordfreq import available_languages
    return available_languages("best")


def tables_dir() -> Path:
    from importlib.metadata import version
    return default_cache_dir() / f"wordfreq-{version('wordfreq')}"


@lru_cache(maxsize=None)
def table(lang: str) -> FrequencyTable | None:
    """The language's table (None when wordfreq has no list for it)."""
    if lang not in available():
        return None
    folder = tables_dir()
    loaded = _load(folder, lang)
    if loaded is not None:
        return loaded
    built = build(lang)
    _save(built, folder, lang)
    return built


def build(lang: str) -> FrequencyTable:
    """Read wordfreq's data file of ``lang`` into a table (about a second for
    a large language)."""
    import marisa_trie
    from wordfreq import read_cBpack
    pack = read_cBpack(available()[lang])
    trie = marisa_trie.Trie(word for band in pack for word in band)
    bands = array.array(_BAND_CODE, bytes(array.array(_BAND_CODE).itemsize * len(trie)))
    for b, words in enumerate(pack):
        for key in map(trie.key_id, words):
            bands[key] = b
    return FrequencyTable(trie, bands)


def _paths(folder: Path, lang: str) -> tuple[Path, Path]:
    return folder / f"{lang}.marisa", folder / f"{lang}.bands"


def _load(folder: Path, lang: str) -> FrequencyTable | None:
    """The saved table, memory-mapped; None when absent or unreadable."""
    loaded = trie_files.load(*_paths(folder, lang), _BAND_CODE)
    return FrequencyTable(*loaded) if loaded else None


def _save(t: FrequencyTable, folder: Path, lang: str) -> None:
    """Write the table for later runs; any failure leaves it in memory only."""
    trie_files.save(t.words, t.bands, *_paths(folder, lang), _BAND_CODE)


# -- lookups ------------------------------------------------------------------

def zipf_of_band(band: int) -> float:
    return round(9.0 - band / 100, 2)


def word_zipf(word: str, lang: str) -> float:
    """Zipf frequency of one word exactly as wordfreq stores it (NFC,
    casefolded, ASCII apostrophe); 0.0 when unseen or unsupported."""
    t = table(lang)
    if t is None:
        return 0.0
    band = t.band(word)
    return 0.0 if band is None else zipf_of_band(band)


def zipf(text: str, lang: str) -> float:
    """Zipf frequency of any text, as ``wordfreq.zipf_frequency`` computes it:
    the text is tokenised, numbers are smashed to zeros and weighted, and a
    phrase's frequencies combine as 1/f = 1/f1 + 1/f2 + ...; 0.0 when a token
    is unseen."""
    t = table(lang)
    if t is None:
        return 0.0
    from wordfreq import INFERRED_SPACE_FACTOR, lossy_tokenize, simple_tokenize
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    try:
        tokens = lossy_tokenize(text, lang)
    except ImportError:
        # Chinese, Japanese and Korean need optional tokenisers (jieba,
        # MeCab), where wordfreq itself raises: split on word boundaries.
        tokens = simple_tokenize(text)
    if not tokens:
        return 0.0
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        band = t.band(smashed)
        if band is None:
            return 0.0
        freq = 10 ** (-band / 100)
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    freq = 1.0 / one_over
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    # wordfreq's floor is Zipf 0 (a frequency of 1e-9); it rounds the
    # frequency to three significant digits, then the Zipf value to hundredths.
    freq = max(freq, _ZIPF_ZERO)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


_ZIPF_ZERO = 10 ** 0 / 1e9
