"""A MARISA trie with one array value per key, saved side by side and
memory-mapped by later runs (the word-frequency tables and the Lexique
table). Written under temporary names and renamed, the array first, so a
trie file is only ever beside a complete array file and concurrent runs
never read half a file."""
from __future__ import annotations

import array
import os
import sys
import tempfile
from pathlib import Path


def load(trie_path: Path, values_path: Path, typecode: str):
    """(trie, values) memory-mapped from disk; None when absent or damaged."""
    import marisa_trie
    if not (trie_path.is_file() and values_path.is_file()):
        return None
    try:
        trie = marisa_trie.Trie()
        trie.mmap(str(trie_path))
        values = array.array(typecode)
        values.frombytes(values_path.read_bytes())
        if sys.byteorder != "little":
            values.byteswap()
    except (OSError, RuntimeError, ValueError):
        return None          # damaged (marisa checks its header and sizes): rebuild
    if len(values) != len(trie):
        return None
    return trie, values


def save(trie, values, trie_path: Path, values_path: Path, typecode: str) -> None:
    """Write both files for later runs; any failure leaves the table in memory only."""
    try:
        trie_path.parent.mkdir(parents=True, exist_ok=True)
        data = array.array(typecode, values)
        if sys.byteorder != "little":
            data.byteswap()
        write_atomically(values_path, lambda p: Path(p).write_bytes(data.tobytes()))
        write_atomically(trie_path, lambda p: trie.save(p))
    except OSError:
        pass


def write_atomically(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
