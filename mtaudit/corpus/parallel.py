"""Bilingual input finishing: sources from a parallel folder, and alignments.

``mtaudit audit translated/ --source-dir originals/`` pairs each target file
with the source file at the same relative path under ``originals/``. The
relative path is found by trying the target's path with fewer and fewer
leading folders (``translated/news/a.txt`` → ``originals/translated/news/a.txt``,
``originals/news/a.txt``, ``originals/a.txt``): the longest that exists wins,
so it works whether a folder or single files are named on the command line.

Plain-text, Markdown, HTML, DOCX and subtitle targets take a source this way
(JSONL, TSV, XLIFF, PO and TMX carry their own). An HTML or DOCX source is
extracted as its target is (whatever the source file's suffix says); subtitle
files are paired cue by cue by their timestamps
(:func:`mtaudit.corpus.subtitles.pair_by_time`). A target without a readable source file is
still audited target-only; ``extra["source_missing"]`` says why, and check
MT400 (``source-file-missing``, info) reports it, so the gap is visible in
every report without failing the gate.

Every document that has a source but no alignments (JSONL, parallel files)
gets sentence alignments here (:mod:`mtaudit.corpus.align`).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from .align import align_document, align_pairs


def find_source_file(target: Path, source_dir: str) -> Path | None:
    parts = target.parts[1:] if target.is_absolute() else target.parts
    parts = tuple(p for p in parts if p not in (".",))
    src_root = Path(source_dir)
    try:
        target_real = os.path.realpath(target)
    except OSError:
        target_real = None
    for k in range(len(parts)):
        if ".." in parts[k:]:
            continue
        cand = src_root.joinpath(*parts[k:])
        if cand.is_file() and os.path.realpath(cand) != target_real:
            return cand
    return None


def finish_bilingual(docs: Iterable[Document], path: Path, config) -> Iterator[Document]:
    """Attach parallel sources (when --source-dir is set) and alignments."""
    for doc in docs:
        if doc.ok and config.source_dir and doc.source is None and doc.format in _PARALLEL:
            _attach_source(doc, path, config)
        if doc.ok and doc.source and doc.alignments is None:
            if (doc.format == "jsonl" and len(doc.source_paragraphs) <= 1 and len(doc.paragraphs) <= 1
                    and len(doc.source_sentences) != len(doc.sentences)):
                # A one-line record: one pair covering both texts unless the
                # sentences pair one to one. A record of several lines (a
                # segment per line) is aligned line by line, then by sentence.
                doc.alignments = align_pairs([(doc.source, doc.text)])[2]
            else:
                doc.alignments = align_document(doc)
        yield doc


_PARALLEL = ("text", "markdown", "html", "docx", "srt", "vtt")


def _attach_source(doc: Document, path: Path, config) -> None:
    from .decode import decode, read_bytes
    src_path = find_source_file(path, config.source_dir)
    if src_path is None:
        doc.extra["source_missing"] = f"no source file for it under {config.source_dir}"
        return
    data, error = read_bytes(src_path, config.max_bytes)
    text = lang = None
    if error is None and doc.format in ("html", "docx"):
        text, error, lang = _extracted(src_path, data, config, doc.format)
    elif error is None:
        text, _, error = decode(data)
    if error is not None:
        doc.extra["source_missing"] = f"source file {src_path} unreadable: {error}"
        return
    if doc.format in ("srt", "vtt"):
        from .subtitles import pair_by_time
        problem = pair_by_time(doc, text, doc.format)
        if problem:
            doc.extra["source_missing"] = f"source file {src_path}: {problem}"
            return
    else:
        doc.source = text
    doc.source_lang = config.source_lang or lang
    doc.extra["source_path"] = str(src_path)


def _extracted(src_path: Path, data: bytes, config, fmt: str):
    """(text, error, language) of an HTML or DOCX source file, read as its
    target is; the language is the source page's ``lang`` attribute."""
    if fmt == "html":
        from .html import read_html as reader
    else:
        from .docx import read_docx as reader
    from dataclasses import replace
    docs = [d for d in reader(src_path, str(src_path), data, replace(config, target_lang=None))
            if d.id is None]
    if not docs or not docs[0].ok:
        return None, docs[0].error if docs else "no text", None
    return docs[0].text, None, docs[0].target_lang
