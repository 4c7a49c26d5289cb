"""Documents: one article (or one record, or one localisation file) to audit.

Readers in :mod:`mtaudit.corpus` build them; checks read them. A document that
could not be read still exists, with ``error`` set, so that it reaches the
report with its reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .segments import Segment, line_col, line_starts, split_paragraphs, split_sentences


@dataclass(frozen=True)
class Alignment:
    """A source span and the target span that translates it (bilingual input)."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int


@dataclass
class Document:
    path: str                      # as the user named it (relative where possible)
    text: str = ""                 # decoded target text
    id: str | None = None          # record id (JSONL/TSV line, XLIFF/PO unit file)
    source: str | None = None      # source text, when known
    source_lang: str | None = None
    target_lang: str | None = None
    encoding: str | None = None
    format: str = "text"           # text, markdown, jsonl, tsv, xliff, po, parallel
    error: str | None = None       # why it could not be audited
    alignments: list[Alignment] | None = None
    # Filled by the pipeline before checks run, when a model is available:
    # one RoundTrip per sentence, in sentence order (see mtaudit.translation).
    round_trips: list[Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable name of the document in a corpus: path, plus the record id."""
        return f"{self.path}#{self.id}" if self.id is not None else self.path

    @property
    def ok(self) -> bool:
        return self.error is None

    @cached_property
    def paragraphs(self) -> list[Segment]:
        return split_paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Segment]:
        return split_sentences(self.text, self.paragraphs)

    @cached_property
    def source_paragraphs(self) -> list[Segment]:
        return split_paragraphs(self.source or "")

    @cached_property
    def source_sentences(self) -> list[Segment]:
        return split_sentences(self.source or "", self.source_paragraphs)

    @cached_property
    def word_count(self) -> int:
        from .segments import WORD_RE
        return sum(1 for _ in WORD_RE.finditer(self.text))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset.

        "\\r\\n", "\\r" and "\\n" each end a line, so CRLF files count lines
        as an editor does.
        """
        return line_col(self.line_starts, offset)

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts(self.text)
