"""JSONL: one record per line, {"id", "target"} with optional "source",
"source_lang", "target_lang". A bad line becomes an error document of its own;
the good records around it are kept.

Lines are split on \\r\\n, \\r and \\n only (as editors number them), never on
U+2028 or other characters ``str.splitlines`` breaks on, which JSON allows
raw inside strings. Escaped unpaired surrogates ("\\ud800") cannot be
written out as UTF-8, so each is replaced by U+FFFD (same length: offsets
hold) with a warning.
"""
from __future__ import annotations

import json
import re

from ..document import Document
from ..errors import UsageError
from ..languages import check_lang_code
from . import printable_path
from .decode import decode

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _lines(text: str):
    pos = lineno = 0
    for m in _LINE_BREAK.finditer(text):
        lineno += 1
        yield lineno, text[pos:m.start()]
        pos = m.end()
    if pos < len(text):
        yield lineno + 1, text[pos:]


def read_jsonl(path, display, data, config):
    text, encoding, error = decode(data)
    if error is not None:
        yield Document(path=display, encoding=encoding, error=error, format="jsonl")
        return
    seen_ids: dict[str, int] = {}
    for lineno, line in _lines(text):
        if not line.strip():
            continue
        rid = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: nested too deeply")
            continue
        if not isinstance(rec, dict):
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: expected an object, got {_json_type(rec)}")
            continue
        if rec.get("id") is not None and isinstance(rec["id"], (str, int)) and not isinstance(rec["id"], bool):
            rid = printable_path(_clean(str(rec["id"])))   # no terminal escapes in keys
        # Two records with one id would share a document key (and fingerprints):
        # the later one is told apart by its line number.
        if rid in seen_ids:
            rid = f"{rid} (line {lineno})"
        seen_ids[rid] = lineno
        target, source = rec.get("target"), rec.get("source")
        problem = None
        if not isinstance(target, str):
            problem = 'missing "target" string' if target is None else f'"target" must be a string, got {_json_type(target)}'
        elif source is not None and not isinstance(source, str):
            problem = f'"source" must be a string, got {_json_type(source)}'
        elif not target.strip():
            problem = "empty target"
        langs = {}
        for key in ("source_lang", "target_lang"):
            if problem is None and rec.get(key) is not None:
                try:
                    langs[key] = check_lang_code(rec[key], what=key)
                except UsageError as e:
                    problem = str(e)
        if problem:
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: {problem}")
            continue
        warnings = []
        if _SURROGATE.search(target) or (source and _SURROGATE.search(source)):
            target, source = _clean(target), _clean(source) if source else source
            warnings.append(f"JSONL line {lineno}: unpaired surrogate escapes replaced by U+FFFD")
        extra = {"line": lineno}
        if warnings:
            extra["warnings"] = warnings
        yield Document(
            path=display, id=rid, text=target, source=source or None, format="jsonl",
            encoding=encoding,
            source_lang=langs.get("source_lang", config.source_lang),
            target_lang=langs.get("target_lang", config.target_lang),
            extra=extra,
        )


def _clean(s: str) -> str:
    return _SURROGATE.sub("\ufffd", s)


def _json_type(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
