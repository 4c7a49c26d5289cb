"""spaCy pipelines, loaded once per language and only when a check needs one."""
from __future__ import annotations

import threading
from typing import Any

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

    def _load(self, lang: str):
        import time
        t0 = time.perf_counter()
        try:
            import spacy
        except ImportError:
            return None
        for name in PIPELINES.get(lang, ()):
            try:
                # The NER component is not used by any check; the parser and
                # morphologizer are.
                nlp = spacy.load(name, exclude=["ner"])
            except (OSError, ImportError):
                continue
            self.load_seconds += time.perf_counter() - t0
            return nlp
        return None

    def parse(self, doc) -> list[tuple[int, Any]] | None:
        """spaCy Docs of a document's paragraphs, as (paragraph start offset, Doc).

        Parsed once per document and cached on it. Paragraph by paragraph so
        that a long article stays under spaCy's length limit and memory stays
        flat; add the offset to a token's ``idx`` to get a document offset.
        """
        cached = doc.extra.get("_spacy")
        if cached is not None:
            return cached
        nlp = self.pipeline(doc.target_lang)
        if nlp is None:
            return None
        paras = doc.paragraphs
        parsed = list(zip((p.start for p in paras), nlp.pipe(p.text for p in paras)))
        doc.extra["_spacy"] = parsed
        return parsed
