"""The learned word-level error model: loading, scoring, spans.

A linear-chain CRF (python-crfsuite) over the word features of
``mtaudit.word_features``, trained on expert error annotations of machine
translation (``benchmarks/train_word_model.py``). Two models ship in
``mtaudit/data/``: one for target-only input and one that also sees the
source. ``word_model.json`` beside them holds the decision thresholds chosen
by cross-validation on the training documents, and how the models were made.

Each word gets the model's marginal probability of the label BAD; runs of
adjacent words at or above a threshold become one span (punctuation at its
ends left out).

Two levels of claim. A word whose probability reaches its kind's ``claim``
threshold is a claim in any document. A lower ``gated_claim`` threshold
applies only in a document whose mean probability over all its words (the
model's own estimate of the share of wrong words) reaches the mode's
``gate``: a word the model doubts is claimed only where the model also
finds the whole document poor. The gate is a quantile of the training
documents' means (the median target-only, the lower quartile bilingual: the
bilingual model learnt clean sentences with a pseudo source, which lowered
its means on clean news). On clean news translated by people the mean nearly
always stays below the gate (122 of NTREX's 123 English-French documents),
where only the high ``claim`` thresholds speak. The bilingual gated
thresholds are chosen for the best held-out char F1 of all claims at a char
precision floor (names included); the target-only ones for precision.

The gated claims of a bilingual document are judged with a second model
(``word_model_bilingual_gated.json.gz``): gradient-boosted trees (LightGBM)
over the same features, whose probability is averaged with the CRF's
(``combined``). The CRF keeps the gate, the hints and the score's
estimate; the pair only chooses which words to claim once the CRF finds the
document poor. In cross-validation the trees rank the words of the gated
documents better (they learn interactions a linear model cannot: an
English-looking word *and* copied *and* in lower case), but their document
means on clean news sit higher, so they cannot keep the gate: with their own
gate, three NTREX articles per pair passed it where the CRF lets one.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .word_features import Word

DATA_DIR = Path(__file__).resolve().parent / "data"
META_FILE = "word_model.json"
MODES = ("target", "bilingual")
#: Word kinds with a threshold of their own (``Word.kind``).
KINDS = ("english", "name", "agreement", "other")
#: Kinds that the plain claims (any document) and the target-only gated
#: claims leave at hints, whatever the model says: capitalised English-looking
#: words are names and titles in clean French news. The bilingual gated claims
#: may take them (``benchmarks/train_word_model.py``): past the gate, a
#: capitalised copy of a source word is most often an untranslated product name.
HINT_ONLY = frozenset({"name"})
LEVELS = ("claim", "hint")
#: Modes in which a word beside a name may be a gated claim. Under the gate
#: (and target-only) an English-looking word beside a capitalised name-like
#: one is at most a hint: in clean news those are English names and titles
#: kept on purpose («Government of Wales Act»). Past the bilingual gate the
#: model finds the document a poor translation, and a run of capitalised
#: source words copied together is most often a product name left in English
#: («Balance Ball Chair»), which the gated name claims are there to take: a
#: lone word could be claimed and the same word in a run could not.
RUNS_CLAIMED_PAST_GATE = frozenset({"bilingual"})
BAD, OK = "BAD", "OK"
#: Modes whose gated claims a second model judges (``gated_model_path``).
GATED_MODEL_MODES = ("bilingual",)


class WordModelMissing(RuntimeError):
    """The shipped model files are absent or unreadable."""


@dataclass(frozen=True)
class BoostedTagger:
    """Gradient-boosted trees and the feature columns they read: a word's
    feature dict becomes one sparse row (a feature the training never saw is
    no column, as it would carry no weight in the CRF either)."""

    booster: object                  # lightgbm.Booster
    columns: dict[str, int]

    def matrix(self, words: Sequence[Word]):
        from scipy.sparse import csr_matrix
        rows, cols, vals = [], [], []
        for i, w in enumerate(words):
            for name, value in w.features.items():
                j = self.columns.get(name)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append(float(value))
        return csr_matrix((vals, (rows, cols)), shape=(len(words), len(self.columns)), dtype="float64")

    def probabilities(self, words: Sequence[Word]) -> list[float]:
        if not words:
            return []
        # One thread: the audit runs documents in parallel already, and
        # LightGBM's threads cost more to start than a paragraph takes.
        return [float(p) for p in self.booster.predict(self.matrix(words), num_threads=1)]


def write_boosted(path: Path, model_text: str, columns: Sequence[str]) -> None:
    """A trees model file: gzip'd JSON of the feature columns and LightGBM's
    text model. gzip's header time is fixed: the same model, the same bytes."""
    data = json.dumps({"format": 1, "columns": list(columns), "lightgbm": model_text},
                      ensure_ascii=False).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0))


def read_boosted(path: Path) -> BoostedTagger:
    import lightgbm
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return BoostedTagger(lightgbm.Booster(model_str=data["lightgbm"]),
                         {name: j for j, name in enumerate(data["columns"])})


@dataclass(frozen=True)
class WordModel:
    taggers: dict            # mode -> pycrfsuite.Tagger
    meta: dict               # thresholds and provenance
    #: mode -> BoostedTagger that judges the gated claims (GATED_MODEL_MODES)
    gated_taggers: dict = field(default_factory=dict)

    def threshold(self, mode: str, level: str, kind: str) -> float:
        """``level``: "claim" (a minor finding), "gated_claim" (a minor finding
        in a document past the gate) or "hint" (info); ``kind``: a Word.kind."""
        table = self.meta["thresholds"][mode].get(level)
        return 1.0 if table is None else float(table[kind])

    def said(self, mode: str, kind: str, p: float, gated_p: float | None = None) -> bool:
        """Whether a word of this kind with probability ``p`` (and ``gated_p``
        from the gated model, if the mode has one) could be said at some level:
        words that cannot be forgotten once the document mean has them."""
        if p >= min(self.threshold(mode, level, kind) for level in ("claim", "hint")):
            return True
        return (gated_p if gated_p is not None else p) >= self.threshold(mode, "gated_claim", kind)

    def gate(self, mode: str) -> float:
        """The document mean probability from which ``gated_claim`` thresholds
        apply (1.0: never)."""
        return float(self.meta["thresholds"][mode].get("gate", 1.0))

    def levels(self, mode: str, words: Sequence[Word], probs: Sequence[float],
               doc_mean: float = 0.0, gated_probs: Sequence[float] | None = None) -> list[str | None]:
        """Each word's level: "claim", "hint" or None, by its kind's thresholds
        (a threshold of 1.0 means never: the kind did not reach the precision);
        ``doc_mean``: the document's mean probability, for the gated claims;
        ``gated_probs``: the gated model's probabilities, which the gated
        thresholds then read (None: ``probs``).
        An English-looking word beside a capitalised name-like word is at most
        a hint: on clean news those are the small words of English names and
        titles («Government of Wales Act»), kept in English on purpose; but
        not past the gate in a mode of ``RUNS_CLAIMED_PAST_GATE``."""
        gated = doc_mean >= self.gate(mode)
        runs_claimed = gated and mode in RUNS_CLAIMED_PAST_GATE
        out = []
        for i, (w, p) in enumerate(zip(words, probs)):
            claim, hint = self.threshold(mode, "claim", w.kind), self.threshold(mode, "hint", w.kind)
            claimed = claim < 1.0 and p >= claim
            if gated:
                g = gated_probs[i] if gated_probs is not None else p
                gated_claim = self.threshold(mode, "gated_claim", w.kind)
                claimed = claimed or (gated_claim < 1.0 and g >= gated_claim)
            if claimed and (runs_claimed or not w.beside_name):
                out.append("claim")
            elif hint < 1.0 and p >= hint:
                out.append("hint")
            else:
                out.append(None)
        return out

    def probabilities(self, mode: str, words: Sequence[Word]) -> list[float]:
        """P(BAD) of each word of one sequence (a paragraph)."""
        if not words:
            return []
        tagger = self.taggers[mode]
        tagger.set([w.features for w in words])
        labels = tagger.labels()
        if BAD not in labels:
            return [0.0] * len(words)
        return [tagger.marginal(BAD, i) for i in range(len(words))]

    def gated_probabilities(self, mode: str, words: Sequence[Word],
                            probs: Sequence[float]) -> list[float] | None:
        """The probability the gated thresholds read, for a mode with a gated
        model (None for one without): the mean of the trees' and the CRF's
        (``probs``), an ensemble of the two (``combined``)."""
        tagger = self.gated_taggers.get(mode)
        return combined(probs, tagger.probabilities(words)) if tagger is not None else None


def combined(crf: Sequence[float], trees: Sequence[float]) -> list[float]:
    """The gated claims' probability: the mean of the CRF's and the trees'.
    In the 4-fold cross-validation (bilingual, past the CRF's gate,
    thresholds for F1 at precision 0.55 or more) the mean beat either model
    alone (word-char F1 0.430 against the trees' 0.425 and the CRF's 0.396):
    each claims copies the other doubts ("Racing Bikes": CRF 0.76)."""
    return [(a + b) / 2 for a, b in zip(crf, trees)]


def document_mean(probs: Sequence[Sequence[float]]) -> float:
    """Mean probability over every word of a document (``probs``: one list per
    sequence): the model's estimate of the share of wrong words."""
    n = sum(len(p) for p in probs)
    return sum(sum(p) for p in probs) / n if n else 0.0


def model_path(mode: str, folder: Path = DATA_DIR) -> Path:
    return folder / f"word_model_{mode}.crfsuite"


def gated_model_path(mode: str, folder: Path = DATA_DIR) -> Path:
    return folder / f"word_model_{mode}_gated.json.gz"


def load(folder: Path | str = DATA_DIR) -> WordModel:
    """Load both models and their thresholds (raises WordModelMissing)."""
    return _load(str(folder))


@lru_cache(maxsize=4)
def _load(folder: str) -> WordModel:
    try:
        import pycrfsuite
    except ImportError as e:
        raise WordModelMissing("python-crfsuite is not installed (pip install python-crfsuite)") from e
    root = Path(folder)
    meta_path = root / META_FILE
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise WordModelMissing(f"word model metadata {meta_path} unreadable: {e}; "
                               "rebuild it with benchmarks/train_word_model.py") from e
    taggers = {}
    for mode in MODES:
        path = model_path(mode, root)
        if not path.is_file():
            raise WordModelMissing(f"word model {path} is missing; "
                                   "rebuild it with benchmarks/train_word_model.py")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except Exception as e:  # noqa: BLE001 - crfsuite raises a bare ValueError/IOError
            raise WordModelMissing(f"word model {path} unreadable: {e}") from e
        taggers[mode] = tagger
        try:
            for level in LEVELS:
                for kind in KINDS:
                    float(meta["thresholds"][mode][level][kind])
            if "gated_claim" in meta["thresholds"][mode]:
                float(meta["thresholds"][mode]["gate"])
                for kind in KINDS:
                    float(meta["thresholds"][mode]["gated_claim"][kind])
        except (KeyError, TypeError, ValueError) as e:
            raise WordModelMissing(f"{meta_path}: no {mode} thresholds ({e!r}); "
                                   "rebuild it with benchmarks/train_word_model.py") from e
    return WordModel(taggers, meta, _load_gated(root, meta))


def _load_gated(root: Path, meta: dict) -> dict:
    """The gated models that ``meta["gated_model"]`` names, by mode."""
    modes = [m for m in meta.get("gated_model", {}) if m in MODES]
    if not modes:
        return {}
    try:
        import lightgbm  # noqa: F401
        import scipy.sparse  # noqa: F401
    except ImportError as e:
        raise WordModelMissing("lightgbm and scipy are not installed (pip install lightgbm scipy)") from e
    out = {}
    for mode in modes:
        path = gated_model_path(mode, root)
        try:
            out[mode] = read_boosted(path)
        except Exception as e:  # noqa: BLE001 - a missing file, gzip, JSON and LightGBM each raise their own
            raise WordModelMissing(f"gated word model {path} missing or unreadable: {e}; "
                                   "rebuild it with benchmarks/train_word_model.py") from e
    return out


def flagged_runs(words: Sequence[Word], flags: Sequence[bool]) -> list[tuple[int, int]]:
    """(first, last) word indices of maximal runs of adjacent flagged words,
    trimmed of punctuation at both ends."""
    runs = []
    i, n = 0, len(words)
    while i < n:
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and flags[j + 1]:
            j += 1
        a, b = i, j
        while a <= b and not words[a].flaggable:
            a += 1
        while b >= a and not words[b].flaggable:
            b -= 1
        if a <= b:
            runs.append((a, b))
        i = j + 1
    return runs
