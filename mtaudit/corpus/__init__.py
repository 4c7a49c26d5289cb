"""Corpus → documents: find the input files and turn each into documents.

Every input ends up as at least one Document. One that cannot be read becomes
a Document with ``error`` set (binary content, a broken link, a bad JSONL
line...), so that the report lists it with its reason and the run goes on.
Documents are yielded one at a time: a large tree is streamed, never held.
"""
from __future__ import annotations

import fnmatch
import importlib
import os
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..errors import UsageError

# File suffix -> "module:function" in this package. Each reader takes
# (path, display, data: bytes, config) and yields Documents.
READERS = {
    ".txt": "text:read_text",
    ".md": "text:read_markdown",
    ".jsonl": "jsonl:read_jsonl",
    ".tsv": "tsv:read_tsv",
    ".xlf": "xliff:read_xliff",
    ".xliff": "xliff:read_xliff",
    ".po": "po:read_po",
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def check_paths(paths: list[str]) -> None:
    """A path the user named that does not exist is a usage error (exit 2)."""
    for p in paths:
        if not os.path.lexists(p):
            raise UsageError(f"path not found: {p}")


def iter_input_files(paths: list[str], ignore: list[str] = ()) -> Iterator[tuple[Path, str]]:
    """Yield (path, display name) for every input, sorted, folders walked lazily.

    Files named directly are taken whatever their suffix; inside folders only
    supported suffixes are. Broken symbolic links are yielded too (the reader
    turns them into error documents).
    """
    for p in paths:
        root = Path(p)
        if root.is_dir():
            yield from _walk(root, ignore)
        elif not _ignored(p, ignore):
            yield root, p


def _walk(root: Path, ignore) -> Iterator[tuple[Path, str]]:
    # os.scandir per directory, sorted, recursing as we go: memory grows with
    # the depth of the tree and the width of one folder, not the whole tree.
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        yield root, str(root)   # the reader will report it
        return
    for e in entries:
        path = Path(e.path)
        display = os.path.relpath(e.path) if not os.path.isabs(str(root)) else e.path
        if _ignored(display, ignore) or e.name.startswith("."):
            continue
        if e.is_dir(follow_symlinks=False):
            yield from _walk(path, ignore)
        elif e.is_symlink() and not e.is_dir(follow_symlinks=True) and not path.exists():
            yield path, display          # broken link: reported, not skipped
        elif e.is_dir():
            continue                     # a link to a folder: not followed (cycles)
        elif supported(path):
            yield path, display


def _ignored(display: str, patterns) -> bool:
    return any(fnmatch.fnmatch(display, pat) or fnmatch.fnmatch(os.path.basename(display), pat)
               for pat in patterns)


def iter_documents(paths: list[str], config) -> Iterator[Document]:
    for path, display in iter_input_files(paths, config.ignore):
        yield from read_file(path, display, config)


def read_file(path: Path, display: str, config) -> Iterator[Document]:
    from .decode import read_bytes
    data, error = read_bytes(path, config.max_bytes)
    if error is not None:
        yield Document(path=display, error=error, format=_format_of(path))
        return
    spec = READERS.get(path.suffix.lower(), READERS[".txt"])
    mod_name, func_name = spec.split(":")
    try:
        reader = getattr(importlib.import_module(f"{__name__}.{mod_name}"), func_name)
    except (ImportError, AttributeError):
        yield Document(path=display, error=f"unsupported format {path.suffix}", format=_format_of(path))
        return
    yield from reader(path, display, data, config)


def _format_of(path: Path) -> str:
    return {".md": "markdown", ".jsonl": "jsonl", ".tsv": "tsv", ".xlf": "xliff",
            ".xliff": "xliff", ".po": "po"}.get(path.suffix.lower(), "text")
