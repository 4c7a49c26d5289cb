"""Bytes → text: read a file safely and decode it, reporting what went wrong.

Decisions (documented in the README):

* Only regular files are read. A named pipe, socket or device becomes an
  error ("not a regular file: named pipe") instead of blocking the run; the
  file is opened non-blocking and checked with ``fstat`` so a swap between
  the check and the read cannot hang us either.
* BOMs (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decide the encoding and are
  stripped; newlines are never touched, so offsets index the file's text.
* UTF-16 without a BOM is recognised by its pattern of zero bytes; any other
  NUL byte means "binary content".
* UTF-8 with a few invalid bytes (a damaged but clearly UTF-8 file) is
  decoded with U+FFFD in their place (one code point per bad sequence) and
  the encoding says so: ``utf-8 (2 invalid bytes replaced, first at byte 120)``.
  The corpus reader also turns that into a report warning.
* Anything else non-UTF-8 is a legacy single-byte encoding. charset-normalizer
  proposes one, but on short Western European texts it often picks cp1250
  (turning "à" into "ŕ"), so every candidate decoding is re-ranked by how
  many of its non-ASCII words are attested in wordfreq for the language the
  text is in: the decoding that yields real words wins.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

# Single-byte encodings tried for non-UTF-8 text, in order of preference on a
# tie (when two decodings give the same words, the commoner encoding is named).
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
                    "cp1253", "cp1254", "cp1257", "mac_roman")
# Bytes looked at to choose a legacy encoding (the whole file is then decoded).
_SAMPLE = 64 * 1024

_KIND = ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "not a regular file: named pipe"),
         (stat.S_ISSOCK, "not a regular file: socket"),
         (stat.S_ISCHR, "not a regular file: character device"),
         (stat.S_ISBLK, "not a regular file: block device"))


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes | None, str | None]:
    """The file's bytes, or None and a reason a person can act on."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return None, "broken symbolic link: its target does not exist"
        return None, "file not found: removed while the audit ran?"
    except OSError as e:
        return None, _os_reason(e, path)
    if stat.S_ISDIR(st.st_mode):
        return None, _folder_reason(path)
    if not stat.S_ISREG(st.st_mode):
        return None, next((why for test, why in _KIND if test(st.st_mode)), "not a regular file")
    if st.st_size > max_bytes:
        return None, f"file too large: {st.st_size} bytes, over --max-bytes {max_bytes}"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        return None, _os_reason(e, path)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):     # swapped for a pipe since the stat
            return None, "not a regular file"
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        return None, _os_reason(e, path)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        return None, f"file too large: over --max-bytes {max_bytes} bytes"
    return data, None


def _os_reason(e: OSError, path: Path) -> str:
    import errno
    if e.errno == errno.ELOOP:
        return "symbolic link loop: the link points back to itself"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.EISDIR:
        return _folder_reason(path)
    return f"cannot read: {e.strerror or e}"


def _folder_reason(path: Path) -> str:
    # A folder reaches the reader only when it could not be walked, or when
    # it is a link back to a folder that encloses it (a cycle).
    if os.path.islink(path):
        real = os.path.realpath(path)
        parent = os.path.realpath(path.parent)
        if parent == real or parent.startswith(real.rstrip(os.sep) + os.sep):
            return "symbolic link loop: links back to a folder that encloses it"
    try:
        with os.scandir(path):
            pass
    except PermissionError:
        return "folder cannot be listed: permission denied"
    except OSError as e:
        return f"folder cannot be listed: {e.strerror or e}"
    return "is a directory"


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, encoding, error). BOMs are stripped; newlines are left as they are."""
    if not data:
        return None, None, "empty file"
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            label = "utf-8-sig" if enc == "utf-8" else f"{enc} (BOM)"
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                if enc == "utf-8":
                    return _damaged_utf8(data[len(bom):], len(bom), label)
                return None, None, f"undecodable {enc} text at byte {e.start + len(bom)}"
            return _finish(text, label)
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc is not None:
            try:
                return _finish(data.decode(enc), f"{enc} (no BOM)")
            except UnicodeDecodeError:
                pass
        return None, None, "binary content: NUL bytes"
    if _looks_binary(data):
        return None, None, "binary content: many control bytes"
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _damaged_utf8(data, 0, "utf-8")
    return _legacy(data)


def _finish(text: str, encoding: str):
    if not text.strip():
        return None, encoding, "only whitespace, no text"
    return text, encoding, None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 11, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/be when zero bytes sit on one parity (Latin text in UTF-16)."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.6 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


# A well-formed UTF-8 multi-byte sequence (RFC 3629: no overlongs, no surrogates).
_UTF8_SEQ = re.compile(
    rb"[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}"
    rb"|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}"
    rb"|\xF4[\x80-\x8F][\x80-\xBF]{2}")
_HIGH = re.compile(rb"[\x80-\xFF]")


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(well-formed multi-byte sequences, bytes >= 0x80 outside them). Linear."""
    seqs = _UTF8_SEQ.findall(data)
    inside = sum(len(s) for s in seqs)
    return len(seqs), len(_HIGH.findall(data)) - inside


def _mostly_utf8(data: bytes) -> bool:
    # A legacy 8-bit text is almost never valid UTF-8 in more than a handful
    # of places (it would need a capital letter followed by punctuation from
    # 0x80-0xBF), so many valid multi-byte sequences and few invalid bytes
    # mean a UTF-8 file that was damaged, not another encoding.
    valid, invalid = _utf8_counts(data[:_SAMPLE])
    return valid >= 3 and valid >= 4 * invalid


def _damaged_utf8(data: bytes, shift: int, label: str):
    _, invalid = _utf8_counts(data)
    try:
        data.decode("utf-8")
        first = 0
    except UnicodeDecodeError as e:
        first = e.start
    text = data.decode("utf-8", errors="replace")
    note = (f"{label} ({invalid} invalid byte{'s' if invalid != 1 else ''} replaced by U+FFFD, "
            f"first at byte {first + shift})")
    return _finish(text, note)


def replaced_bytes_warning(encoding: str | None) -> str | None:
    """The report warning for a document decoded with replacements, if any."""
    if encoding and "replaced by U+FFFD" in encoding:
        return "damaged UTF-8: " + encoding.split("(", 1)[1].rstrip(")")
    return None


def _legacy(data: bytes):
    sample = data[:_SAMPLE]
    # Preference on a tie: cp1252 (the commonest), then charset-normalizer's
    # pick, then the rest in LEGACY_ENCODINGS order.
    candidates = [codecs.lookup(LEGACY_ENCODINGS[0]).name]
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)).best()
        if best is not None:
            candidates.append(codecs.lookup(best.encoding).name)
    except Exception:       # a detector bug must not lose the file
        pass
    for enc in LEGACY_ENCODINGS:
        name = codecs.lookup(enc).name
        if name not in candidates:
            candidates.append(name)
    scored = []
    for order, enc in enumerate(candidates):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((*_plausibility(text), -order, enc))
    if not scored:
        return None, None, "undecodable text (not UTF-8, and no legacy encoding fits)"
    enc = max(scored)[-1]
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        return None, None, f"undecodable {enc} text at byte {e.start}"
    return _finish(text, enc)


def _plausibility(text: str) -> tuple[float, int]:
    """(share of the non-ASCII text that reads as attested words, -C1 controls).

    Each whitespace-separated token holding a non-ASCII character is weighed
    by its length; it counts as attested when, once its outer punctuation is
    stripped, it is made of letters (and inner apostrophes or hyphens) whose
    parts all have a wordfreq frequency in the text's language. A wrong code
    page turns letters into symbols or rare letters, so its tokens fail.
    """
    from ..languages import detect_language, zipf
    controls = sum(1 for c in text if "\x80" <= c <= "\x9f")
    tokens = sorted({t for t in text.split() if not t.isascii()})[:400]
    lang, _ = detect_language(text[:5000])
    total = attested = 0
    for tok in tokens:
        core = _strip_punct(tok)
        if not core:
            continue
        total += len(core)
        parts = [p for p in _INNER.split(core.lower()) if p]
        if lang and parts and all(p.isalpha() for p in parts) and all(zipf(p, lang) > 0 for p in parts):
            attested += len(core)
    total += controls
    return (round(attested / total, 6) if total else 0.0), -controls


_INNER = re.compile(r"['\u2019\-]")


def _strip_punct(tok: str) -> str:
    import unicodedata
    i, j = 0, len(tok)
    while i < j and unicodedata.category(tok[i])[0] in "PSZ":
        i += 1
    while j > i and unicodedata.category(tok[j - 1])[0] in "PSZ":
        j -= 1
    return tok[i:j]
