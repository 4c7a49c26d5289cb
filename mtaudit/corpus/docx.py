"""Word documents (.docx) through python-docx.

python-docx opens the package (zip, content types, relationships) and gives
the XML of each part; the text is read from that XML so that Word's own
rules apply:

* body paragraphs in document order, each table cell's paragraphs where the
  table stands (nested tables too), then headers, footers, footnotes and
  endnotes, each paragraph one line of the audited text;
* tracked changes are read as Word shows the document with the changes
  accepted: deleted text (``w:del``, ``w:moveFrom``) is left out, inserted
  text kept, and no author, date or change mark becomes text;
* comments are not text (they live in their own part, never read), nor
  field codes (``w:instrText``); a tab is a space, a line break too.

Offsets count in the extracted text (``text_kind`` = ``extracted``); each
finding carries its paragraph in the file: ``{"part": "body", "paragraph":
N}`` where N counts every paragraph of the body (empty ones and those in
table cells included) from 1, as a reader scrolling the document does, plus
``table``/``row``/``cell`` for a cell, and the header, footer or note it is in,
and ``column``, the code point within the paragraph's text (runs of spaces
and tabs counted as one).

A file that is not a zip, a damaged package, a password-protected file (an
encrypted OLE container) or an old binary .doc becomes an error document
with the reason; so does a package that would inflate past a bound (a zip
bomb).
"""
from __future__ import annotations

import io
import re
import zipfile

from ..document import Document, OriginMap, OriginSpan
from .html import squeeze

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Parts besides the body whose paragraphs are text, in the order they are read.
_PARTS = (("header", re.compile(r"/word/header\d*\.xml$")),
          ("footer", re.compile(r"/word/footer\d*\.xml$")),
          ("footnote", re.compile(r"/word/footnotes\.xml$")),
          ("endnote", re.compile(r"/word/endnotes\.xml$")))
# Inflated size allowed, as a multiple of --max-bytes (text compresses ~5-10x).
_INFLATE = 20


def read_docx(path, display, data, config):
    problem = _package_problem(data, config.max_bytes * _INFLATE)
    if problem:
        yield Document(path=display, format="docx", error=f"DOCX: {problem}")
        return
    import docx
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as e:   # PackageNotFoundError, KeyError, XMLSyntaxError...
        yield Document(path=display, format="docx",
                       error=f"DOCX: not a readable Word document: {type(e).__name__}: {e}")
        return
    units: list[tuple[str, dict]] = list(_body_units(word.element.body))
    for kind, part in _other_parts(word):
        try:
            root = part.element if hasattr(part, "element") else _parse(part.blob)
        except Exception as e:   # a damaged header or notes part costs only itself
            units.append(("", {"part": kind, "error": f"{type(e).__name__}: {e}"}))
            continue
        units.extend(_part_units(root, kind, part.partname))
    lines, spans, broken = [], [], []
    offset = 0
    for text, where in units:
        if "error" in where:
            broken.append(where)
            continue
        text = squeeze(text)
        if not text.strip():
            continue
        spans.append(OriginSpan(offset, offset + len(text), where, column_in_piece=True))
        lines.append(text)
        offset += len(text) + 1
    if lines:
        yield Document(path=display, text="\n".join(lines), format="docx", encoding=None,
                       source_lang=config.source_lang, target_lang=config.target_lang,
                       text_kind="extracted", origins=OriginMap(spans))
    elif not broken:
        yield Document(path=display, format="docx", error="DOCX: no text")
    for where in broken:
        yield Document(path=display, id=where["part"], format="docx",
                       error=f"DOCX: cannot read a {where['part']} part: {where['error']}")


def _package_problem(data: bytes, max_inflated: int) -> str | None:
    if data.startswith(_OLE_MAGIC):
        return ("password-protected (encrypted) or an old binary .doc: an OLE container, not a "
                "DOCX package; save an unprotected copy as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        return f"not a zip package (damaged or not a Word file): {e}"
    total = sum(i.file_size for i in infos)
    if total > max_inflated:
        return f"inflates to {total} bytes, over {max_inflated} (20 x --max-bytes): refused"
    if not any(i.filename == "word/document.xml" for i in infos):
        return "no word/document.xml in the package: not a Word document"
    return None


def _parse(blob: bytes):
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(blob, parser)


def _other_parts(word):
    parts = list(word.part.package.iter_parts())
    for kind, pattern in _PARTS:
        for part in sorted((p for p in parts if pattern.search(str(p.partname))),
                           key=lambda p: _natural(str(p.partname))):
            yield kind, part


def _natural(name: str):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


def _body_units(body):
    """(text, where) for each paragraph of the body, tables walked in place."""
    count = 0
    tables = 0
    # Iterative walk: (element, table location) with an explicit stack.
    stack = [(child, None) for child in reversed(list(body))]
    while stack:
        el, cell = stack.pop()
        if el.tag == W + "p":
            count += 1
            where = {"part": "body", "paragraph": count}
            if cell:
                where.update(cell)
            yield paragraph_text(el), where
        elif el.tag == W + "tbl":
            tables += 1
            t = tables
            items = []
            for r, row in enumerate(el.iterchildren(W + "tr"), 1):
                for c, tc in enumerate(row.iterchildren(W + "tc"), 1):
                    for child in tc:
                        items.append((child, {"table": t, "row": r, "cell": c}))
            stack.extend(reversed(items))
        elif el.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
            stack.extend((child, cell) for child in reversed(list(el)))


def _part_units(root, kind: str, partname):
    """(text, where) for each paragraph of a header, footer or notes part."""
    number = re.search(r"(\d+)\.xml$", str(partname))
    if kind in ("footnote", "endnote"):
        for note in root.iterchildren(W + kind):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            for k, p in enumerate(note.iter(W + "p"), 1):
                yield paragraph_text(p), {"part": kind, "note": note.get(W + "id"), "paragraph": k}
    else:
        for k, p in enumerate(root.iter(W + "p"), 1):
            where = {"part": kind, "paragraph": k}
            if number:
                where[kind] = int(number.group(1))
            yield paragraph_text(p), where


_DROPPED = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "delInstrText",
            W + "commentReference", W + "footnoteReference", W + "endnoteReference",
            W + "pPr", W + "rPr"}


def paragraph_text(p) -> str:
    """The paragraph's text with tracked changes accepted (deletions out)."""
    out: list[str] = []
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _DROPPED:
            continue
        if tag == W + "t":
            out.append(el.text or "")
        elif tag in (W + "tab", W + "br", W + "cr"):
            out.append(" ")
        elif tag == W + "noBreakHyphen":
            out.append("\u2011")
        elif tag == W + "p":         # a paragraph inside a text box: its own words
            out.append(" ")
            stack.extend(reversed(list(el)))
        else:
            stack.extend(reversed(list(el)))
    return "".join(out)
