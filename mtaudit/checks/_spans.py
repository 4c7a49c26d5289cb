"""Remembering a span of a document for a corpus check's ``finish``.

Corpus checks report after every document has been read; keeping every
document's text until then would make memory grow with the corpus. A
``SpanText`` keeps only the spans a check may report, with a little context
on each side, and answers ``len()`` and slices the way ``Check.finding``
uses them (the span itself and up to ``CONTEXT`` characters around it).
"""
from __future__ import annotations

CONTEXT = 32


class SpanText:
    def __init__(self, text: str) -> None:
        self._len = len(text)
        self._pieces: list[tuple[int, str]] = []
        self._text: str | None = text      # dropped by freeze()

    def keep(self, start: int, end: int) -> None:
        a, b = max(0, start - CONTEXT), min(self._len, end + CONTEXT)
        assert self._text is not None, "keep() after freeze()"
        self._pieces.append((a, self._text[a:b]))

    def freeze(self) -> "SpanText":
        self._text = None
        return self

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, item: slice) -> str:
        if self._text is not None:
            return self._text[item]
        start, stop, _ = item.indices(self._len)
        for a, piece in self._pieces:
            if a <= start and stop <= a + len(piece):
                return piece[start - a:stop - a]
        raise KeyError(f"span {start}:{stop} was not kept")


class SpanDoc:
    """Just enough of a Document for ``Check.finding``: its (partial) text."""

    def __init__(self, text: SpanText) -> None:
        self.text = text
