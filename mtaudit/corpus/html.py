"""HTML pages: the article's main text (trafilatura), or the whole visible text.

trafilatura is made for news pages: it finds the article among menus,
headers, footers, sidebars, cookie banners and scripts, and returns its title
and paragraphs one per line, which is what the checks expect (a paragraph per
line). ``--html-text all`` (config ``html-text = "all"``) takes every visible
block instead (headings, paragraphs, list items, table cells, menus
included), for pages whose layout trafilatura misreads.

The audited text is the extracted text (``text_kind`` = ``extracted``).
Each code point of it is traced back to the page's source: the page's
visible characters (tags, comments, scripts and styles removed, entities
decoded) are listed with their offsets in the decoded file, and each
extracted paragraph is found among them, whitespace aside. A finding then
carries the line and column of the page's source where its text starts.
A paragraph that cannot be found (trafilatura rewrote it) keeps the
location of the paragraph before it; none is invented.

The target language comes from --target-lang, else the page's ``lang``
attribute on ``<html>`` (else ``<body>``, ``<main>`` or ``<article>``),
else detection. A page that has
no text, or that the parsers reject, becomes an error document.
"""
from __future__ import annotations

import bisect
import html as htmllib
import re
from array import array

from ..document import Document, OriginMap, OriginSpan
from ..languages import lang_or_none
from ..segments import line_starts
from .decode import decode

# What is not visible text in a page's source, in the order to try.
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<!.*?(?:>|\Z)|<\?.*?(?:>|\Z)"
    r"|<(script|style|noscript|template|svg|math)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[a-zA-Z/][^>]*(?:>|\Z)",
    re.DOTALL | re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_LANG = re.compile(r"<(?:html|body|main|article)\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*",
                   re.IGNORECASE)

# Block elements whose text makes a paragraph in --html-text all.
_BLOCKS = {"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "td", "th",
           "blockquote", "pre", "figcaption", "caption", "address", "summary", "div",
           "section", "article", "header", "footer", "nav", "aside", "main", "option",
           "label", "button", "legend"}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head"}


def read_html(path, display, data, config):
    text, encoding, error = decode(data)
    if error is not None:
        yield Document(path=display, encoding=encoding, error=error, format="html")
        return
    mode = getattr(config, "html_text", "main") or "main"
    try:
        paragraphs = _all_visible(text) if mode == "all" else _main_text(text)
    except Exception as e:   # a parser rejecting hostile markup
        yield Document(path=display, encoding=encoding, format="html",
                       error=f"HTML: cannot parse the page: {type(e).__name__}: {e}")
        return
    paragraphs = [squeeze(p) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs:
        what = "no main text found (try --html-text all)" if mode != "all" else "no visible text"
        yield Document(path=display, encoding=encoding, format="html", error=f"HTML: {what}")
        return
    origins, paragraphs = trace(text, paragraphs)
    audited = "\n".join(paragraphs)
    m = _LANG.search(text[:200_000])
    yield Document(
        path=display, text=audited, format="html", encoding=encoding,
        source_lang=config.source_lang,
        target_lang=config.target_lang or (lang_or_none(m.group(1)) if m else None),
        text_kind="extracted", origins=origins,
        extra={"html_text": mode},
    )


_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def squeeze(text: str) -> str:
    """Runs of ASCII whitespace (source-code layout) made one space; no-break
    and thin spaces are typography (French « guillemets », 3 200) and stay."""
    return _SPACES.sub(" ", text).strip(" ")


def _main_text(page: str) -> list[str]:
    import trafilatura
    # deduplicate=False: a repeated headline is a finding, not noise to drop.
    # Metadata (dates, authors) is not needed and costs twice the extraction.
    doc = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                      with_metadata=False, deduplicate=False)
    if doc is None or doc.body is None:
        return []
    # The body tree, not trafilatura's text output: that one marks list
    # items with "- " and table cells with "|", which are not the page's text.
    paragraphs = blocks(doc.body, _MAIN_BLOCKS, ())
    try:
        paragraphs = _with_repeats(page, paragraphs)
    except Exception:   # noqa: BLE001 - a page lxml rejects: trafilatura's text as it is
        pass
    title = _title(page)
    # The title is part of the article: keep it first when the body lacks it.
    if title and not any(squeeze(p) == title for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    return paragraphs


def _key(text: str) -> str:
    return "".join(text.split())


def _with_repeats(page: str, paragraphs: list[str]) -> list[str]:
    """trafilatura drops a paragraph that repeats an earlier one (its
    fallback extractors deduplicate), but a repeated paragraph is exactly
    what MT301 must see. The page's own blocks are matched, in order, with
    the extracted paragraphs; a block between the first and the last matched
    ones (inside the article, not in a sidebar), or right after the last
    one, whose text repeats an extracted paragraph is put back where the
    page has it."""
    page_blocks = _all_visible(page)
    keys = [_key(b) for b in page_blocks]
    matched: list[int | None] = []
    cursor = 0
    for p in paragraphs:
        k = _key(p)
        j = next((i for i in range(cursor, len(keys)) if keys[i] == k), None)
        matched.append(j)
        if j is not None:
            cursor = j + 1
    found = [j for j in matched if j is not None]
    if len(found) < 2:
        return paragraphs
    wanted = {_key(p) for p in paragraphs}
    taken = set(found)
    out: list[str] = []
    last = None
    for p, j in zip(paragraphs, matched):
        if j is not None and last is not None:
            out.extend(page_blocks[i] for i in range(last + 1, j)
                       if i not in taken and keys[i] in wanted)
        out.append(p)
        if j is not None:
            last = j
    # Repeats right after the last matched block, before anything else.
    i = last + 1
    while i < len(keys) and keys[i] in wanted and i not in taken:
        out.append(page_blocks[i])
        i += 1
    return out


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.DOTALL | re.IGNORECASE)


def _title(page: str) -> str:
    """The article's title: its first <h1>, else the page's <title>."""
    for pattern in (_H1, _TITLE):
        m = pattern.search(page)
        if m:
            title = squeeze(htmllib.unescape(re.sub(r"<[^>]*>", "", m.group(1))))
            if title:
                return title
    return ""


def _all_visible(page: str) -> list[str]:
    """Every visible block of the page, in order: the page's <title>, then
    the text of each block element of the body, one paragraph each."""
    import lxml.html
    root = lxml.html.document_fromstring(page.encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8",
                                                                     no_network=True))
    out: list[str] = []
    title = root.find(".//title")
    if title is not None and (title.text or "").strip():
        out.append(title.text)
    body = root.find("body")
    return out + (blocks(body, _BLOCKS, _SKIP) if body is not None else [])


# Block elements of trafilatura's body tree (its XML-TEI-like output).
_MAIN_BLOCKS = {"head", "p", "item", "cell", "quote", "code", "list", "row", "table", "lb"}


def blocks(root, block_tags, skip_tags) -> list[str]:
    """The text of each block element under ``root`` not held in another
    block's own text, one paragraph each (a line break ends one too). An
    iterative walk: a page may nest thousands of levels."""
    out: list[str] = []
    current: list[str] = []

    def flush():
        if "".join(current).strip():
            out.append("".join(current))
        current.clear()

    stack = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        is_block = tag in block_tags or tag == "br"
        if closing:
            if is_block:
                flush()
            if el.tail and el is not root:
                current.append(el.tail)
            continue
        if tag is None or tag in skip_tags:          # comments, scripts...
            if el.tail and el is not root:
                current.append(el.tail)
            continue
        if is_block:
            flush()
        if el.text:
            current.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(list(el)))
    flush()
    return out


_NONSPACE = re.compile(r"\S")


def visible_characters(page: str) -> tuple[str, array]:
    """The page's visible characters, whitespace left out, each with its
    offset in ``page``: tags, comments, scripts and styles removed,
    entities decoded (a decoded entity points at its ``&``)."""
    chars: list[str] = []
    where = array("l")
    pos = 0
    n = len(page)
    while pos < n:
        lt = page.find("<", pos)
        amp = page.find("&", pos)
        stop = min(x for x in (lt, amp, n) if x >= 0)
        if stop > pos:                    # a run of text: its non-space characters
            offsets = [m.start() for m in _NONSPACE.finditer(page, pos, stop)]
            where.extend(offsets)
            run = "".join(page[pos:stop].split())
            chars.append(run if len(run) == len(offsets) else "".join(page[k] for k in offsets))
        if stop >= n:
            break
        m = (_HIDDEN if stop == lt else _ENTITY).match(page, stop)
        if m is None:                     # a lone "<" or "&" is text
            chars.append(page[stop])
            where.append(stop)
            pos = stop + 1
            continue
        if stop == amp:
            for c in htmllib.unescape(m.group()):
                if not c.isspace():
                    chars.append(c)
                    where.append(amp)
        pos = m.end()
    return "".join(chars), where


class PagePositions:
    """The page offset of each code point of one paragraph, computed when
    asked: a non-space character's own offset, a space the offset of the
    next non-space character. Only the paragraph's non-space positions are
    kept (a slice of the page's visible characters), not one per code point."""

    __slots__ = ("where", "at", "dense", "length")

    def __init__(self, where, at: int, dense: list[int], length: int):
        self.where, self.at, self.dense, self.length = where, at, dense, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, k: int) -> int:
        j = min(bisect.bisect_left(self.dense, k), len(self.dense) - 1)
        return self.where[self.at + j]


def trace(page: str, paragraphs: list[str]) -> tuple[OriginMap, list[str]]:
    """Where each paragraph of the audited text (joined with "\\n") lies in
    the page: for each of its code points, an offset into ``page``. Also the
    paragraphs with the page's own no-break and thin spaces put back where
    the extractor made them plain spaces (same lengths, same offsets). A
    paragraph not found in the page (the extractor rewrote it) is marked
    ``approximate`` and placed where the previous one ends."""
    visible, where = visible_characters(page)
    spans: list[OriginSpan] = []
    fixed: list[str] = []
    cursor = start = last = 0
    for p in paragraphs:
        dense = [m.start() for m in _NONSPACE.finditer(p)]
        key = "".join(p[i] for i in dense)
        at = visible.find(key, cursor) if key else -1
        if at < 0 and key:
            at = visible.find(key)         # out of order (a title from <head>)
        if at >= 0:
            raw = PagePositions(where, at, dense, len(p))
            cursor = max(cursor, at + len(key))
            last = where[at + len(key) - 1]
            p = _typographic_spaces(page, p, raw)
            where_info: dict = {}
        else:
            raw = PagePositions(array("l", [last]), 0, [0], len(p))
            where_info = {"approximate": True}
        fixed.append(p)
        spans.append(OriginSpan(start, start + len(p), where_info, raw))
        start += len(p) + 1
    return OriginMap(spans, line_starts(page)), fixed


def _typographic_spaces(page: str, p: str, raw) -> str:
    """Put back a no-break (or thin) space the extractor turned into " "."""
    chars = None
    for m in re.finditer(" ", p):
        i = m.start()
        if i == 0 or i == len(p) - 1:
            continue
        gap = page[raw[i - 1] + 1:raw[i]]
        if gap == " ":
            continue
        core = htmllib.unescape(re.sub(r"<[^>]*>", "", gap)).strip(" \t\n\r\f\v")
        if len(core) == 1 and core.isspace():
            chars = chars or list(p)
            chars[i] = core
    return "".join(chars) if chars else p
