"""Read back what the HTML report says, the way a browser's DOM holds it.

Python's html.unescape drops character references to control characters,
which browsers keep, so text and character references are decoded here by
hand (convert_charrefs=False).
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TextAndMarks(HTMLParser):
    """Collects the text of the element with id=root_id and the text of every
    <mark> inside it (by data-finding), plus element counts."""

    def __init__(self, root_id: str = "text"):
        super().__init__(convert_charrefs=False)
        self.root_id = root_id
        self.depth = 0            # >0 while inside the root element
        self.text: list[str] = []
        self.mark_stack: list[str | None] = []
        self.marks: dict[str, list[str]] = {}
        self.mark_elements: list[dict] = []
        self.tags_inside: list[str] = []
        self.title: list[str] = []
        self._in_title = False
        self.scripts = 0
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag == "title":
            self._in_title = True
        if tag == "script":
            self.scripts += 1
        if self.depth:
            self.tags_inside.append(tag)
            if tag not in VOID:
                self.depth += 1
            if tag == "mark":
                self.mark_stack.append(a.get("data-finding"))
                self.mark_elements.append(a)
                self.marks.setdefault(a.get("data-finding"), [])
        elif a.get("id") == self.root_id:
            self.depth = 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.depth and tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if self.depth:
            self.depth -= 1
            if tag == "mark" and self.mark_stack:
                self.mark_stack.pop()

    def _data(self, s):
        if self._in_title:
            self.title.append(s)
        if self.depth:
            self.text.append(s)
            for k in set(self.mark_stack):
                self.marks[k].append(s)

    def handle_data(self, data):
        self._data(data)

    def handle_charref(self, name):
        cp = int(name[1:], 16) if name[0] in "xX" else int(name)
        self._data(chr(cp))

    def handle_entityref(self, name):
        self._data(html.unescape(f"&{name};"))


def read(page: str, root_id: str = "text") -> TextAndMarks:
    p = TextAndMarks(root_id)
    p.feed(page)
    p.close()
    return p
