"""spaCy pipelines, loaded once per language and only when a check needs one."""
from __future__ import annotations

import bisect
import threading
import time
from typing import Any, Iterable, Iterator

import numpy

# Preferred installed pipelines per language: the _md ones carry word vectors,
# which the lexical-anomaly check needs; _sm is the fallback.
PIPELINES = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
    "en": ("en_core_web_md", "en_core_web_sm"),
    "de": ("de_core_news_md", "de_core_news_sm"),
    "es": ("es_core_news_md", "es_core_news_sm"),
    "it": ("it_core_news_md", "it_core_news_sm"),
    "pt": ("pt_core_news_md", "pt_core_news_sm"),
}

# Paragraphs per nlp.pipe batch: large enough to amortise the per-batch cost
# of the CNN, small enough to keep memory flat.
PIPE_BATCH = 64

# Characters of one document that are parsed at most. Parsing runs at roughly
# 80,000 characters a second here and its Docs take about 70 bytes a
# character, so an outsized document (a whole book pasted as one article)
# would take minutes and gigabytes; past this budget the syntax-based checks
# see only the document's beginning, and the report says so in a warning.
# Ordinary articles are far below it.
PARSE_BUDGET_CHARS = 1_000_000

# Longest text handed to spaCy as one Doc: a longer paragraph is parsed in
# runs of sentences. One 1 MB line as a single Doc took 3.8 GB and most of a
# minute; well-sized pieces keep memory flat and the checks' per-sentence
# lookups cheap.
PIECE_CHARS = 2_000


class NLP:
    """Lazy spaCy pipelines, one per language; ``None`` where none is installed."""

    def __init__(self) -> None:
        self._pipes: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.load_seconds = 0.0

    def pipeline(self, lang: str | None):
        if lang is None:
            return None
        with self._lock:
            if lang not in self._pipes:
                self._pipes[lang] = self._load(lang)
            return self._pipes[lang]

    @staticmethod
    def missing(lang: str | None) -> str:
        """What to say when no pipeline loads for a language, with the fix."""
        names = PIPELINES.get(lang or "", ())
        if not names:
            return f"no spaCy pipeline is known for language '{lang}'"
        return (f"no spaCy pipeline for '{lang}' is installed "
                f"(looked for {' and '.join(names)})")

    def _load(self, lang: str):
        t0 = time.perf_counter()
        try:
            spacy = _import_spacy_without_torch()
        except ImportError:
            return None
        try:
            for name in PIPELINES.get(lang, ()):
                try:
                    # The NER component is not used by any check; the parser,
                    # morphologizer and lemmatizer are.
                    nlp = spacy.load(name, exclude=["ner"])
                except (OSError, ImportError):
                    continue
                _speed_up_lemmatizer(nlp)
                return nlp
            return None
        finally:
            self.load_seconds += time.perf_counter() - t0

    def parse(self, doc) -> list[tuple[int, Any]] | None:
        """spaCy Docs of a document's paragraphs, as (paragraph start offset, Doc).

        Parsed once per document and cached on it. Paragraph by paragraph so
        that a long article stays under spaCy's length limit and memory stays
        flat; add the offset to a token's ``idx`` to get a document offset.
        """
        cached = doc.extra.get("_spacy")
        if cached is not None:
            return cached
        self.parse_many([doc])
        return doc.extra.get("_spacy")

    def parse_many(self, docs: Iterable[Any]) -> None:
        """Parse several documents in shared batches (faster than one by one).

        Each document's parse is cached on it, as ``parse`` does; documents
        already parsed, in error, or in a language without a pipeline are
        skipped. Call it on a batch of documents before running the checks.
        """
        by_lang: dict[str, list[Any]] = {}
        for doc in docs:
            if doc.extra.get("_spacy") is not None or getattr(doc, "error", None):
                continue
            by_lang.setdefault(doc.target_lang, []).append(doc)
        for lang, group in by_lang.items():
            nlp = self.pipeline(lang)
            if nlp is None:
                continue
            plan = [(d, _within_budget(d)) for d in group]
            texts = [text for _, pieces in plan for _, text in pieces]
            parsed = iter(nlp.pipe(texts, batch_size=PIPE_BATCH))
            # With static vectors (the _md pipelines), token vectors come from
            # the vocabulary, never from the tok2vec output kept in
            # Doc.tensor: dropping it saves 384 bytes a token. It is replaced
            # by a new empty array, not a slice: a Doc's tensor is a view of
            # its whole batch's output, which any view would keep alive.
            drop_tensor = nlp.vocab.vectors.size > 0
            for d, pieces in plan:
                docs = []
                for start, _ in pieces:
                    sdoc = next(parsed)
                    if drop_tensor:
                        sdoc.tensor = numpy.empty((0, sdoc.tensor.shape[-1]), sdoc.tensor.dtype)
                    docs.append((start, sdoc))
                d.extra["_spacy"] = docs


def _import_spacy_without_torch():
    """Import spaCy without letting thinc import torch.

    thinc imports torch eagerly when it is installed (270 MB of memory), but
    spaCy's CNN pipelines run on numpy and never use it. When torch is not
    loaded yet, its import is refused for the duration of spaCy's import;
    thinc then records that torch is absent, and a translation backend that
    needs torch later imports it as usual.
    """
    import sys
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy
        return spacy
    sys.modules["torch"] = None          # makes `import torch` raise ImportError
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


def _within_budget(doc) -> list[tuple[int, str]]:
    """(start, text) of the pieces of ``doc`` to parse, within the parse budget.

    A piece is a paragraph, or, for a paragraph longer than ``PIECE_CHARS``,
    a run of its sentences (see ``_pieces``). A piece that crosses the budget
    is cut there (its beginning keeps its offsets); a warning on the document
    says where parsing stopped.
    """
    pieces, used = [], 0
    for start, end in _pieces(doc):
        room = PARSE_BUDGET_CHARS - used
        if end - start > room:
            if room > 0:
                pieces.append((start, doc.text[start:start + room]))
            doc.extra.setdefault("warnings", []).append(
                f"only the first {PARSE_BUDGET_CHARS:,} characters of text (of "
                f"{len(doc.text):,}) were parsed: the syntax-based checks did not look "
                f"past offset {start + max(room, 0)}")
            break
        pieces.append((start, doc.text[start:end]))
        used += end - start
    return pieces


def _pieces(doc) -> Iterator[tuple[int, int]]:
    """(start, end) of the texts to parse: each paragraph, with long ones
    (a whole article on one line) cut between sentences into pieces of at
    most ``PIECE_CHARS`` where the sentences allow, and a sentence longer
    than that cut at a space. spaCy's cost in time and memory grows faster
    than the length of one Doc, and a Doc is sentence-local for every check,
    so the pieces change no finding."""
    sentences = None
    for p in doc.paragraphs:
        if p.end - p.start <= PIECE_CHARS:
            yield p.start, p.end
            continue
        if sentences is None:
            sentences = doc.sentences
            sentence_starts = [s.start for s in sentences]
        i = bisect.bisect_left(sentence_starts, p.start)
        start = end = p.start
        while i < len(sentences) and sentences[i].start < p.end:
            s = sentences[i]
            if s.end - start > PIECE_CHARS and end > start:
                yield start, end
                start = s.start
            while s.end - start > PIECE_CHARS:        # one outsized sentence
                cut = doc.text.rfind(" ", start + 1, start + PIECE_CHARS)
                cut = cut if cut > start else start + PIECE_CHARS
                yield start, cut
                start = cut + 1 if doc.text[cut:cut + 1] == " " else cut
            end = s.end
            i += 1
        if end > start:
            yield start, end


def _speed_up_lemmatizer(nlp) -> None:
    """Make the rule lemmatizer's known-lemma lookups O(1).

    spaCy's French rule lemmatizer tests ``word in index`` where ``index`` is
    a list of tens of thousands of lemmas: a linear scan for every word it has
    not cached. Sets give the same answers (only membership is used) and make
    the lemmatizer several times faster on unseen text.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        value = table[key]
        if isinstance(value, list):
            table[key] = frozenset(value)
