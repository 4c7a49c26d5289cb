"""gettext PO files: msgid is the source, msgstr the translation.

One document per file: translated entries joined with "\\n" (source and
target alike), one Alignment per entry. Untranslated entries and the header
are skipped; obsolete entries too. Fuzzy entries are audited but noted
(``extra["fuzzy_units"]``: their indexes among the units), since a
translator marked them as needing review; reports list them (JSON
``documents[].fuzzy``, and the HTML page). Plural entries are audited with
their first plural form. The target language comes from --target-lang, else
the header's "Language:"; the source language from --source-lang (PO has no
standard source-language field; "X-Source-Language" is read when present).
A file the parser rejects becomes an error document with its reason.
"""
from __future__ import annotations

from ..document import Document
from ..languages import lang_or_none
from .align import align_pairs


def _first(s) -> str:
    strings = getattr(s, "strings", None)
    return str(strings[0] if strings else (s or ""))


def read_po(path, display, data, config):
    from translate.storage import pypo
    try:
        store = pypo.pofile(data)
    except Exception as e:   # PoParseError, UnicodeDecodeError, ValueError...
        yield Document(path=display, format="po", error=f"PO parse error: {e}")
        return
    pairs, ids, fuzzy = [], [], []
    header = {}
    for unit in store.units:
        if unit.isheader():
            try:
                header = store.parseheader()
            except Exception:
                header = {}
            continue
        if unit.isobsolete():
            continue
        src, tgt = _first(unit.source), _first(unit.target)
        if not tgt.strip() or not src.strip():
            continue
        if unit.isfuzzy():
            fuzzy.append(len(pairs))
        # One line per unit: inner newlines would break the line/unit mapping.
        pairs.append((src.replace("\n", " "), tgt.replace("\n", " ")))
        ids.append(unit.getid())
    encoding = getattr(store, "encoding", None) or "utf-8"
    if not pairs:
        yield Document(path=display, format="po", encoding=encoding,
                       error="PO: no translated entries")
        return
    source, target, aligns = align_pairs(pairs)
    yield Document(
        path=display, text=target, source=source, format="po", encoding=encoding,
        alignments=aligns,
        source_lang=config.source_lang or lang_or_none(header.get("X-Source-Language")),
        target_lang=config.target_lang or lang_or_none(header.get("Language") or store.gettargetlanguage()),
        # Listed in the reports ("fuzzy": [{id, line}]); line i + 1 holds unit i.
        extra={"unit_ids": ids, "fuzzy_units": fuzzy,
               "fuzzy": [{"id": ids[i], "line": i + 1} for i in fuzzy]},
    )
