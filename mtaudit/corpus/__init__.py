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
from typing import Callable, Iterator

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
            raise UsageError(f"path not found: {p} (check the spelling; quote paths with spaces)")


def iter_input_files(paths: list[str], ignore: list[str] = (),
                     on_skip: Callable[[str], None] | None = None) -> Iterator[tuple[Path, str]]:
    """Yield (path, display name) for every input, sorted, folders walked lazily.

    Files named directly are taken whatever their suffix (read as text when
    the suffix is unknown); inside folders only supported suffixes are, and
    each file left out for its suffix is passed to ``on_skip`` (the pipeline
    counts them in one warning; they are not documents, so a folder of
    articles next to images does not fail the gate). Hidden entries (".git",
    ".DS_Store") are skipped silently. Broken symbolic links and links that
    loop back to an enclosing folder are yielded too: the reader turns them
    into error documents.
    """
    for p in paths:
        root = Path(p)
        if _ignored(p, ignore):
            continue
        if root.is_dir():
            yield from _walk(root, ignore, on_skip)
        else:
            yield root, printable_path(p)


def printable_path(name: str) -> str:
    """A path as the report shows it: bytes that are not UTF-8 (Linux allows
    any) become ``\\xNN`` and control characters become escapes, so that no
    file name can break a report line, a JSON file or a CI annotation."""
    if name.isprintable():
        return name
    try:
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        pass
    return "".join(c if c.isprintable() or c == " " else
                   c.encode("unicode_escape").decode("ascii") for c in name)


def _walk(root: Path, ignore, on_skip) -> Iterator[tuple[Path, str]]:
    # Depth-first, each folder listed with one os.scandir and sorted by name,
    # with an explicit stack (a hostile tree thousands of levels deep must not
    # hit Python's recursion limit). Memory grows with the depth of the tree
    # and the width of one folder, never with the whole tree.
    relative = not os.path.isabs(str(root))
    # Each stack entry: (iterator over sorted entries, identities of the real
    # folders from the root down to this one, to recognise link loops).
    first = _listing(root)
    if first is None:
        yield root, str(root)            # cannot be listed: the reader says why
        return
    stack = [(iter(first), (_identity(root),))]
    while stack:
        entries, ancestors = stack[-1]
        e = next(entries, None)
        if e is None:
            stack.pop()
            continue
        display = printable_path(os.path.normpath(e.path) if relative else e.path)
        if e.name.startswith(".") or _ignored(display, ignore):
            continue
        path = Path(e.path)
        if _is_dir(e):
            ident = _identity(path)
            if ident in ancestors:       # a link back to an enclosing folder
                yield path, display
                continue
            listing = _listing(path)
            if listing is None:
                yield path, display      # cannot be listed: the reader says why
                continue
            stack.append((iter(listing), ancestors + (ident,)))
        elif not supported(path):
            if on_skip is not None:
                on_skip(display)
        else:
            yield path, display          # files, broken links, pipes: the reader decides


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:      # a link that loops on itself: the reader reports it
        return False


def _listing(folder: Path):
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return None


def _identity(folder: Path):
    try:
        st = os.stat(folder)
        return st.st_dev, st.st_ino
    except OSError:
        return None


def _ignored(display: str, patterns) -> bool:
    return any(fnmatch.fnmatch(display, pat) or fnmatch.fnmatch(os.path.basename(display), pat)
               for pat in patterns)


def iter_documents(paths: list[str], config,
                   on_skip: Callable[[str], None] | None = None) -> Iterator[Document]:
    for path, display in iter_input_files(paths, config.ignore, on_skip):
        yield from read_file(path, display, config)


def read_file(path: Path, display: str, config) -> Iterator[Document]:
    """The documents of one file; never raises: problems become error documents."""
    from .decode import read_bytes
    data, error = read_bytes(path, config.max_bytes)
    yield from documents_from_bytes(path, display, data, error, config)


def documents_from_bytes(path: Path, display: str, data: bytes | None, error: str | None,
                         config) -> Iterator[Document]:
    """The documents of a file already read (``read_bytes``'s answer), so that
    one process may read a file and another decode it (mtaudit.distributed)."""
    fmt = _format_of(path)
    if error is not None:
        yield Document(path=display, error=error, format=fmt)
        return
    spec = READERS.get(path.suffix.lower(), READERS[".txt"])
    mod_name, func_name = spec.split(":")
    try:
        reader = getattr(importlib.import_module(f"{__name__}.{mod_name}"), func_name)
    except (ImportError, AttributeError):
        yield Document(path=display, error=f"unsupported format {path.suffix}", format=fmt)
        return
    # A reader bug (or a parser library choking on hostile input) must cost
    # this file only: the documents read so far are kept and the failure
    # becomes one more error document for the file.
    count = 0
    try:
        from .parallel import finish_bilingual   # --source-dir sources, and alignments
        for doc in finish_bilingual(reader(path, display, data, config), path, config):
            count += 1
            _note_decoding(doc)
            yield doc
    except Exception as e:   # noqa: BLE001 - any failure becomes a report entry
        yield Document(path=display, id=f"after record {count}" if count else None, format=fmt,
                       error=f"internal error in the {fmt} reader: {type(e).__name__}: {e}")


def _note_decoding(doc: Document) -> None:
    from .decode import replaced_bytes_warning
    w = replaced_bytes_warning(doc.encoding)
    if w is not None and w not in doc.extra.get("warnings", ()):
        doc.extra.setdefault("warnings", []).append(w)


def _format_of(path: Path) -> str:
    return {".md": "markdown", ".jsonl": "jsonl", ".tsv": "tsv", ".xlf": "xliff",
            ".xliff": "xliff", ".po": "po"}.get(path.suffix.lower(), "text")
