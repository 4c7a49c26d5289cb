"""JSONL: one record per line, {"id", "target"} with optional "source",
"source_lang", "target_lang". A bad line becomes an error document of its own;
the good records around it are kept.
"""
from __future__ import annotations

import json

from ..document import Document
from ..errors import UsageError
from ..languages import check_lang_code
from .decode import decode


def read_jsonl(path, display, data, config):
    text, encoding, error = decode(data)
    if error is not None:
        yield Document(path=display, encoding=encoding, error=error, format="jsonl")
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rid = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: {e.msg}")
            continue
        if not isinstance(rec, dict):
            yield Document(path=display, id=rid, format="jsonl", encoding=encoding,
                           error=f"JSONL line {lineno}: expected an object, got {type(rec).__name__}")
            continue
        rid = str(rec.get("id", rid))
        target, source = rec.get("target"), rec.get("source")
        problem = None
        if not isinstance(target, str):
            problem = 'missing "target" string'
        elif source is not None and not isinstance(source, str):
            problem = '"source" must be a string'
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
        yield Document(
            path=display, id=rid, text=target, source=source or None, format="jsonl",
            encoding=encoding,
            source_lang=langs.get("source_lang", config.source_lang),
            target_lang=langs.get("target_lang", config.target_lang),
            extra={"line": lineno},
        )
