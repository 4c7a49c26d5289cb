"""Documents: one article (or one record, or one localisation file) to audit.

Readers in :mod:`mtaudit.corpus` build them; checks read them. A document that
could not be read still exists, with ``error`` set, so that it reaches the
report with its reason.
"""
from __future__ import annotations

import bisect
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


#: What a document's text is, by format, when its reader does not say: the
#: file's own text (offsets, lines and columns are the file's), one record of
#: a file, or a file's units joined with "\n".
TEXT_KINDS = {"text": "file", "markdown": "file", "jsonl": "record", "tsv": "units",
              "xliff": "units", "po": "units", "tmx": "units"}


@dataclass
class OriginSpan:
    """One piece of the audited text (a paragraph, a cue, a unit) and where it
    lies in the original file. ``where`` names it (``{"paragraph": 3}``,
    ``{"cue": 7, "start_time": ...}``, ``{"unit": "tu-12"}``); ``raw`` gives,
    for each code point of the piece, its offset in the decoded original file
    (HTML, subtitles), so that a finding gets the file's own line and column."""

    start: int
    end: int
    where: dict[str, Any]
    raw: Any = None                # a sequence of ints (array), or None
    # True when the piece is one paragraph of the original whose text is the
    # piece itself (DOCX): a location's "column" is then the code point in it.
    column_in_piece: bool = False


@dataclass
class OriginMap:
    """Audited-text offsets -> locations in the original file."""

    spans: list[OriginSpan]
    raw_line_starts: list[int] | None = None     # line table of the decoded original

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.spans]

    def locate(self, offset: int) -> dict[str, Any] | None:
        """The original location of an offset of the audited text: the
        ``where`` of the piece holding it, plus ``line``/``column`` (1-based,
        code points) in the original file when the piece maps code points."""
        if not self.spans:
            return None
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        span = self.spans[i]
        loc = dict(span.where)
        if span.raw is not None and self.raw_line_starts is not None and len(span.raw):
            k = min(max(offset - span.start, 0), len(span.raw) - 1)
            loc["line"], loc["column"] = line_col(self.raw_line_starts, span.raw[k])
        elif span.column_in_piece:
            loc["column"] = min(max(offset - span.start, 0), span.end - span.start) + 1
        return loc


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
    # What ``text`` is ("file", "extracted", "cues", "units", "record"; see
    # TEXT_KINDS), and where its pieces lie in the original file, for
    # formats whose audited text is not the file's own text.
    text_kind: str | None = None
    origins: OriginMap | None = None

    @property
    def kind_of_text(self) -> str:
        return self.text_kind or TEXT_KINDS.get(self.format, "file")

    def origin_map(self) -> OriginMap | None:
        """The map to original locations: the reader's, else one built from
        unit ids (XLIFF, PO) when each unit has one alignment."""
        if self.origins is not None:
            return self.origins
        ids = self.extra.get("unit_ids")
        if ids and self.alignments and len(ids) == len(self.alignments):
            return OriginMap([OriginSpan(a.target_start, a.target_end, {"unit": str(u)})
                              for a, u in zip(self.alignments, ids)])
        return None

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


def document_cache(doc: Document, key, compute):
    """``compute()``, computed once per document and kept with it (in
    ``doc.extra``): what the bilingual checks and the names code derive from
    a whole document (its units, its numbers, its words in lower case)."""
    cache = doc.extra.setdefault("_bilingual", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]
