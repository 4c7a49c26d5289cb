"""XML of localisation files (XLIFF, TMX), parsed by lxml first with entity
expansion, DTD loading and network access off: a malformed or hostile file
becomes an error document with the parser's reason, never a crash or a fetch."""
from __future__ import annotations

from ..document import Document


def parse_root(data: bytes, display: str, fmt: str, root_name: str):
    """(root element, None), or (None, an error Document) when the bytes are
    not well-formed XML whose root is ``<root_name>``."""
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False)
    label = fmt.upper()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        return None, Document(path=display, format=fmt, error=f"{label}: malformed XML: {e}")
    if root is None or etree.QName(root).localname != root_name:
        return None, Document(path=display, format=fmt, error=f"{label}: the root element is not <{root_name}>")
    return root, None
