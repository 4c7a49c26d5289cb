"""TMX translation memories (translate-toolkit's TMX store).

Every translation unit (``<tu>``) is an aligned pair: its variant (``<tuv>``)
in the source language against its variant in a target language. Languages
come from the file: the source is --source-lang, else the header's
``srclang`` (else the unit's ``srclang``, else the first variant's
language); the targets are --target-lang, else every other language found,
each a document of its own (a memory in English, French and German audited
from English gives an ``fr`` document and a ``de`` document).

One document per file and target language, or with ``--group-by ATTR`` one
per value of that ``<tu>`` attribute (``creationid``, ``o-tmf``...) or of
the unit's ``<prop type="ATTR">`` (``x-document`` and the like); the
document's id is ``fr`` or ``VALUE/fr``. The units' texts are joined with
"\\n" (``text_kind`` = ``units``), and each finding carries its unit: the
``tuid`` (or ``#N``, the unit's rank in the file) and the line of its
``<seg>`` in the file. Units without both languages are left out of that
pair's document. The XML is parsed by lxml first with entity expansion and
network access off: a malformed or hostile file becomes an error document.
"""
from __future__ import annotations

from ..document import Document, OriginMap, OriginSpan
from ..languages import lang_or_none
from ._xml import parse_root
from .align import align_pairs


def read_tmx(path, display, data, config):
    root, error = parse_root(data, display, "tmx", "tmx")
    if error is not None:
        yield error
        return
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and list(dtd.iterentities()):
        # The toolkit's parser would expand them (a "billion laughs" file
        # would exhaust memory); TMX files have no need of them.
        yield Document(path=display, format="tmx",
                       error="TMX: the file declares XML entities; refused (they are not read)")
        return
    try:
        from translate.storage.tmx import tmxfile
        store = tmxfile.parsestring(data)
        units = [_variants(u) for u in store.units]
    except Exception as e:   # the toolkit's own validation
        yield Document(path=display, format="tmx", error=f"TMX: cannot read: {type(e).__name__}: {e}")
        return
    header = root.find("header")
    header_src = header.get("srclang") if header is not None else None
    src = config.source_lang or lang_or_none(header_src if header_src != "*all*" else None)
    if src is None:
        first = next((u for u in units if u[2]), None)
        src = first and (lang_or_none(first[0].xmlelement.get("srclang")) or next(iter(first[2])))
    if src is None:
        yield Document(path=display, format="tmx", error="TMX: no translation units")
        return
    targets = [config.target_lang] if config.target_lang else list(dict.fromkeys(
        lang for _, _, variants in units for lang in variants if lang != src))
    groups: dict[tuple[str | None, str], list] = {}
    for rank, (unit, group_of, variants) in enumerate(units, 1):
        if src not in variants:
            continue
        group = group_of(config.group_by) if config.group_by else None
        for tgt in targets:
            if tgt in variants:
                groups.setdefault((group, tgt), []).append((rank, unit, variants[src], variants[tgt]))
    if not groups:
        yield Document(path=display, format="tmx",
                       error=f"TMX: no unit has both the source language ({src}) and a target language")
        return
    for (group, tgt), items in groups.items():
        pairs = [(s[0], t[0]) for _, _, s, t in items]
        source, target, aligns = align_pairs(pairs)
        spans = []
        ids = []
        for a, (rank, unit, _, t) in zip(aligns, items):
            uid = unit.xmlelement.get("tuid") or f"#{rank}"
            ids.append(uid)
            spans.append(OriginSpan(a.target_start, a.target_end, {"unit": uid, "line": t[1]}))
        yield Document(
            path=display, id=tgt if group is None else f"{group}/{tgt}", text=target, source=source,
            format="tmx", encoding=(root.getroottree().docinfo.encoding or "utf-8").lower(),
            alignments=aligns, source_lang=src, target_lang=tgt,
            text_kind="units", origins=OriginMap(spans),
            extra={"unit_ids": ids, **({"group": group} if group is not None else {})},
        )


def _variants(unit):
    """(unit, group lookup, {language: (text on one line, line of its <seg>)})."""
    from translate.misc.xml_helpers import getXMLlang, getXMLspace
    space = getXMLspace(unit.xmlelement, unit._default_xml_space)
    variants = {}
    for node in unit.getlanguageNodes():
        lang = lang_or_none((getXMLlang(node) or "").split("-")[0].split("_")[0])
        seg = node.find(unit.namespaced("seg"))
        text = seg_text(seg) if seg is not None else unit.getNodeText(node, space)
        if lang is None or not text or not text.strip() or lang in variants:
            continue
        variants[lang] = (" ".join(text.split()), (seg if seg is not None else node).sourceline)

    def group_of(attr: str) -> str:
        value = unit.xmlelement.get(attr)
        if value is None:
            prop = next((p for p in unit.xmlelement.iterchildren(unit.namespaced("prop"))
                         if p.get("type") == attr), None)
            value = prop.text if prop is not None else None
        return (value or "").strip() or "(none)"
    return unit, group_of, variants


# Inline elements that hold the original file's codes, not text (TMX 1.4).
_CODES = ("bpt", "ept", "ph", "it", "ut")


def seg_text(seg) -> str:
    """A <seg>'s text: inline codes (<bpt>, <ept>, <ph>, <it>, <ut>) left
    out, their tails and <hi>/<sub> text kept."""
    out = [seg.text or ""]
    stack = [(child, False) for child in reversed(list(seg))]
    while stack:
        el, done = stack.pop()
        name = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if done or name in _CODES or not name:
            out.append(el.tail or "")
            continue
        out.append(el.text or "")
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(list(el)))
    return "".join(out)
