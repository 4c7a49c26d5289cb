"""Corpus → documents: find the input files and turn each into documents.

Every input ends up as at least one Document. One that cannot be read becomes
a Document with ``error`` set (binary content, a broken link, a bad JSONL
line...), so that the report lists it with its reason and the run goes on.
Documents are yielded one at a time: a large tree is streamed, never held.
"""
from __future__ import annotations

import importlib
import os
import sys
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
    ".html": "html:read_html", ".htm": "html:read_html", ".xhtml": "html:read_html",
    ".docx": "docx:read_docx",
    ".srt": "subtitles:read_srt", ".vtt": "subtitles:read_vtt",
    ".tmx": "tmx:read_tmx",
}

# Input format name (for --formats) -> its suffixes.
INPUT_FORMATS = {"text": (".txt",), "markdown": (".md",), "jsonl": (".jsonl",), "tsv": (".tsv",),
                 "xliff": (".xlf", ".xliff"), "po": (".po",), "html": (".html", ".htm", ".xhtml"),
                 "docx": (".docx",), "srt": (".srt",), "vtt": (".vtt",), "tmx": (".tmx",)}


def format_suffixes(names) -> frozenset[str] | None:
    """The suffixes of the input formats named by --formats (a format name
    or a suffix: "html", ".srt", "txt"); None when none are named (all)."""
    if not names:
        return None
    aliases = {"txt": "text", "md": "markdown", "xlf": "xliff", "htm": "html",
               "subtitles": "srt,vtt", "webvtt": "vtt"}
    out = set()
    for name in names:
        for n in aliases.get(name.strip().lower().lstrip("."), name.strip().lower().lstrip(".")).split(","):
            if n not in INPUT_FORMATS:
                raise UsageError(f"unknown input format {name!r}: use {', '.join(INPUT_FORMATS)}")
            out.update(INPUT_FORMATS[n])
    return frozenset(out)


def _narrowed(files, named: list[str], suffixes, on_skip):
    """--formats: files found in folders keep only the named formats (files
    named on the command line are always read); the others count as skipped.
    mtaudit's own HTML reports found in folders are skipped too (a second
    `mtaudit audit .` must not audit the first one's reports/)."""
    named_set = {str(Path(p)) for p in named}      # as iter_input_files yields them
    for path, display in files:
        if str(path) in named_set:
            yield path, display
        elif (suffixes is not None and path.suffix.lower() not in suffixes) or _our_report(path):
            if on_skip is not None:
                on_skip(display)
        else:
            yield path, display


def _our_report(path: Path) -> bool:
    if path.suffix.lower() not in INPUT_FORMATS["html"] or not path.is_file():
        return False            # (a named pipe is never opened here: it would block)
    try:
        with open(path, "rb") as fh:
            return b'<meta name="generator" content="mtaudit">' in fh.read(4096)
    except OSError:
        return False


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


#: The path that means standard input, as for linters and formatters.
STDIN = "-"


def check_paths(paths: list[str]) -> None:
    """A path the user named that does not exist is a usage error (exit 2)."""
    if paths.count(STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    for p in paths:
        if p == STDIN:
            continue
        if not os.path.lexists(p):
            raise UsageError(f"path not found: {p} (check the spelling; quote paths with spaces)")


def ignore_spec(patterns):
    """.gitignore-style patterns (pathspec's ``gitignore`` flavour): ``*.bak``
    anywhere, ``drafts/`` a folder anywhere, ``drafts/*`` the files of the
    folder drafts at the top of the tree, ``**/old/*.txt``, ``!keep.txt``."""
    if not patterns:
        return None
    import pathspec
    try:
        return pathspec.GitIgnoreSpec.from_lines(list(patterns))
    except (ValueError, TypeError) as e:
        raise UsageError(f"bad ignore pattern: {e}") from None


def iter_input_files(paths: list[str], ignore: list[str] = (),
                     on_skip: Callable[[str], None] | None = None,
                     on_ignore: Callable[[str], None] | None = None) -> Iterator[tuple[Path, str]]:
    """Yield (path, display name) for every input, sorted, folders walked lazily.

    Files named directly are taken whatever their suffix (read as text when
    the suffix is unknown); inside folders only supported suffixes are, and
    each file left out for its suffix is passed to ``on_skip`` (the pipeline
    counts them in one warning; they are not documents, so a folder of
    articles next to images does not fail the gate). Hidden entries (".git",
    ".DS_Store") are skipped silently. Broken symbolic links and links that
    loop back to an enclosing folder are yielded too: the reader turns them
    into error documents.

    ``ignore`` holds .gitignore-style patterns (see ``ignore_spec``), matched
    against each path relative to the folder named on the command line and
    against the path as the report shows it; an ignored folder is not
    entered. Each ignored entry is passed to ``on_ignore``.
    """
    spec = ignore_spec(ignore) if not hasattr(ignore, "match_file") else ignore
    for p in paths:
        root = Path(p)
        if p != STDIN and _ignored(printable_path(p), None, spec, root.is_dir()):
            if on_ignore is not None:
                on_ignore(printable_path(p))
            continue
        if p != STDIN and root.is_dir():
            yield from _walk(root, spec, on_skip, on_ignore)
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


def _walk(root: Path, spec, on_skip, on_ignore=None) -> Iterator[tuple[Path, str]]:
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
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        is_dir = _is_dir(e)
        if spec is not None and _ignored(display, os.path.relpath(e.path, root), spec, is_dir):
            if on_ignore is not None:
                on_ignore(display)
            continue
        if is_dir:
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


def _ignored(display: str, relative: str | None, spec, is_dir: bool) -> bool:
    if spec is None:
        return False
    slash = "/" if is_dir else ""        # "drafts/" names folders only
    names = [display.replace(os.sep, "/").removeprefix("./")]
    if relative is not None:
        names.append(relative.replace(os.sep, "/"))
    return any(spec.match_file(n + slash) for n in names)


def input_files(paths: list[str], config,
                on_skip: Callable[[str], None] | None = None,
                on_ignore: Callable[[str], None] | None = None) -> Iterator[tuple[Path, str]]:
    """The files to audit, (path, display name): the walk, the ignore
    patterns and --formats, as one process and a cluster's client both see them."""
    suffixes = format_suffixes(getattr(config, "input_formats", None))
    files = iter_input_files(paths, config.ignore, on_skip, on_ignore)
    return _narrowed(files, paths, suffixes, on_skip)


def iter_documents(paths: list[str], config,
                   on_skip: Callable[[str], None] | None = None,
                   on_ignore: Callable[[str], None] | None = None) -> Iterator[Document]:
    for path, display in input_files(paths, config, on_skip, on_ignore):
        if str(path) == STDIN:
            yield from read_stdin(config)
        else:
            yield from read_file(path, display, config)


def read_stdin(config, stream=None) -> Iterator[Document]:
    """``-``: one document from standard input. ``config.stdin_filename``
    names it in reports and chooses its reader by suffix (as ruff's
    ``--stdin-filename``); without it the document is ``<stdin>``, read as text."""
    name = config.stdin_filename or "<stdin>"
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = stream.read(config.max_bytes + 1)
    except OSError as e:
        yield Document(path=name, error=f"cannot read standard input: {e.strerror or e}",
                       format=_format_of(Path(name)))
        return
    if len(data) > config.max_bytes:
        yield Document(path=name, error=f"standard input too large: over --max-bytes {config.max_bytes} bytes",
                       format=_format_of(Path(name)))
        return
    if not data:
        yield Document(path=name, error="empty file: nothing on standard input", format=_format_of(Path(name)))
        return
    yield from read_data(Path(name), printable_path(name), data, config)


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
    yield from read_data(path, display, data, config)


def read_data(path: Path, display: str, data: bytes, config) -> Iterator[Document]:
    """The documents in a file's bytes, read by the reader for its suffix."""
    fmt = _format_of(path)
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
    suffix = path.suffix.lower()
    return next((name for name, sfx in INPUT_FORMATS.items() if suffix in sfx), "text")
