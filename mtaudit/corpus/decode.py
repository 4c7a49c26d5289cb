"""Bytes → text: read a file safely and decode it, reporting what went wrong."""
from __future__ import annotations

import codecs
import os
from pathlib import Path


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes | None, str | None]:
    """The file's bytes, or None and a reason a person can act on."""
    if os.path.islink(path) and not path.exists():
        return None, "broken symbolic link"
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, f"file too large: {size} bytes, over --max-bytes {max_bytes}"
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        return None, "is a directory"
    except PermissionError:
        return None, "permission denied"
    except OSError as e:
        return None, f"cannot read: {e.strerror or e}"
    if len(data) > max_bytes:
        return None, f"file too large: over --max-bytes {max_bytes}"
    return data, None


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, encoding, error). BOMs are stripped; newlines are left as they are."""
    if not data.strip():
        return None, None, "empty file"
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as e:
                return None, None, f"undecodable {enc} text at byte {e.start + len(bom)}"
            return _finish(text, enc + ("" if enc.endswith("sig") else " (BOM)"))
    if _looks_binary(data):
        return None, None, "binary content"
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "koi8_r", "cp1251"]).best()
    if best is None:
        return None, None, "undecodable text (not UTF-8, and no legacy encoding fits)"
    return _finish(str(best), best.encoding)


def _finish(text: str, encoding: str):
    if not text.strip():
        return None, encoding, "empty file"
    return text, encoding, None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)
