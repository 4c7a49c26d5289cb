"""Plain text and Markdown articles: one file, one document."""
from __future__ import annotations

from ..document import Document
from .decode import decode


def read_text(path, display, data, config, fmt="text"):
    text, encoding, error = decode(data)
    yield Document(path=display, text=text or "", encoding=encoding, error=error, format=fmt,
                   source_lang=config.source_lang, target_lang=config.target_lang)


def read_markdown(path, display, data, config):
    yield from read_text(path, display, data, config, fmt="markdown")
