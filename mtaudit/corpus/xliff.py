"""XLIFF 1.2 and 2.0 (translate-toolkit's parsers).

One document per file: the units with a non-empty target joined with "\\n"
(source and target alike), one Alignment per unit; unit ids in
``extra["unit_ids"]``. Untranslated units (no or empty target) are skipped.
Languages come from --source-lang/--target-lang when given, else from the
file (``source-language``/``target-language`` in 1.2, ``srcLang``/``trgLang``
in 2.0). The XML is first parsed by lxml with entity expansion and network
access off, so a malformed or hostile file becomes an error document with the
parser's reason, never a crash or a fetch.
"""
from __future__ import annotations

from ..document import Document
from ..languages import lang_or_none
from ._xml import parse_root
from .align import align_pairs


def read_xliff(path, display, data, config):
    from lxml import etree
    root, error = parse_root(data, display, "xliff", "xliff")
    if error is not None:
        yield error
        return
    version = (root.get("version") or "").strip()
    ns = etree.QName(root).namespace or ""
    try:
        if version.startswith("2") or ns.endswith(":2.0"):
            from translate.storage.xliff2 import Xliff2File as Store
        else:
            from translate.storage.xliff import xlifffile as Store
        store = Store(data)
        units = list(store.unit_iter())
        src_lang, tgt_lang = store.getsourcelanguage(), store.gettargetlanguage()
    except Exception as e:   # the toolkit's own validation
        yield Document(path=display, format="xliff", error=f"XLIFF: cannot read: {e}")
        return
    pairs, ids = [], []
    for unit in units:
        src, tgt = str(unit.source or ""), str(unit.target or "")
        if not src.strip() or not tgt.strip():
            continue
        pairs.append((" ".join(src.split("\n")), " ".join(tgt.split("\n"))))
        elem = getattr(unit, "xmlelement", None)
        ids.append(elem.get("id") if elem is not None and elem.get("id") else unit.getid())
    if not pairs:
        yield Document(path=display, format="xliff", error="XLIFF: no translated units")
        return
    source, target, aligns = align_pairs(pairs)
    yield Document(
        path=display, text=target, source=source, format="xliff", encoding="utf-8",
        alignments=aligns,
        source_lang=config.source_lang or lang_or_none(src_lang),
        target_lang=config.target_lang or lang_or_none(tgt_lang),
        extra={"unit_ids": ids, "xliff_version": version or "1.2"},
    )
