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
attribute on ``<html>`` (or ``<body>``), else detection. A page that has
no text, or that the parsers reject, becomes an error document.
"""
from __future__ import annotations

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
_LANG = re.compile(r"<(?:html|body)\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*",
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
    paragraphs = [p for p in paragraphs if p]
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
    doc = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                      with_metadata=True, deduplicate=False)
    if doc is None or not (doc.text or "").strip():
        return []
    paragraphs = doc.text.splitlines()
    title = squeeze(doc.title or "")
    # The title is part of the article: keep it first when the body lacks it.
    if title and not any(squeeze(p) == title for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    return paragraphs


def _all_visible(page: str) -> list[str]:
    """Every visible block of the page, in order: the text of each block
    element not held in another block's own text, one paragraph each."""
    import lxml.html
    root = lxml.html.document_fromstring(page.encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8",
                                                                     no_network=True))
    out: list[str] = []
    title = root.find(".//title")
    if title is not None and (title.text or "").strip():
        out.append(title.text)
    body = root.find("body")
    if body is None:
        return out
    current: list[str] = []

    def flush():
        if "".join(current).strip():
            out.append("".join(current))
        current.clear()

    # Iterative walk (no recursion: a page may nest thousands of levels).
    stack = [(body, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if closing:
            if tag in _BLOCKS or tag == "br":
                flush()
            if el.tail:
                current.append(el.tail)
            continue
        if tag is None:                    # comments, processing instructions
            if el.tail:
                current.append(el.tail)
            continue
        if tag in _SKIP:
            if el.tail:
                current.append(el.tail)
            continue
        if tag in _BLOCKS or tag == "br":
            flush()
        if el.text:
            current.append(el.text)
        stack.append((el, True))
        for child in reversed(list(el)):
            stack.append((child, False))
    flush()
    return out


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
        for k in range(pos, stop):
            c = page[k]
            if not c.isspace():
                chars.append(c)
                where.append(k)
        if stop >= n:
            break
        if stop == lt:
            m = _HIDDEN.match(page, lt)
            if m is None:                 # a lone "<" is text
                chars.append("<")
                where.append(lt)
                pos = lt + 1
            else:
                pos = m.end()
        else:
            m = _ENTITY.match(page, amp)
            if m is None:
                chars.append("&")
                where.append(amp)
                pos = amp + 1
            else:
                for c in htmllib.unescape(m.group()):
                    if not c.isspace():
                        chars.append(c)
                        where.append(amp)
                pos = m.end()
    return "".join(chars), where


def trace(page: str, paragraphs: list[str]) -> tuple[OriginMap, list[str]]:
    """Where each paragraph of the audited text (joined with "\\n") lies in
    the page: for each of its code points, an offset into ``page``. Also the
    paragraphs with the page's own no-break and thin spaces put back where
    the extractor made them plain spaces (same lengths, same offsets)."""
    visible, where = visible_characters(page)
    spans: list[OriginSpan] = []
    cursor = 0
    start = 0
    last = 0
    fixed: list[str] = []
    for p in paragraphs:
        dense = [(i, c) for i, c in enumerate(p) if not c.isspace()]
        key = "".join(c for _, c in dense)
        at = visible.find(key, cursor) if key else -1
        if at < 0 and key:
            at = visible.find(key)         # out of order (a title from <head>)
        raw = array("l", [last] * len(p))
        if at >= 0:
            for j, (i, _) in enumerate(dense):
                raw[i] = where[at + j]
            # Spaces take the position of the character after them.
            nxt = where[at + len(key) - 1] if key else last
            for i in range(len(p) - 1, -1, -1):
                if p[i].isspace():
                    raw[i] = nxt
                else:
                    nxt = raw[i]
            cursor = max(cursor, at + len(key))
            last = raw[-1]
            p = _typographic_spaces(page, p, raw)
        fixed.append(p)
        if at < 0:
            fixed.append(p)
        spans.append(OriginSpan(start, start + len(p), {"found": at >= 0}, raw))
        start += len(p) + 1
    for s in spans:
        if s.where.pop("found"):
            continue
        s.where["approximate"] = True
    return OriginMap(spans, line_starts(page)), fixed


def _typographic_spaces(page: str, p: str, raw) -> str:
    """Put back a no-break (or thin) space the extractor turned into " "."""
    chars = list(p)
    for i in range(1, len(p) - 1):
        if p[i] != " ":
            continue
        gap = htmllib.unescape(re.sub(r"<[^>]*>", "", page[raw[i - 1] + 1:raw[i]]))
        core = gap.strip(" \t\n\r\f\v")
        if len(core) == 1 and core.isspace():
            chars[i] = core
    return "".join(chars)
