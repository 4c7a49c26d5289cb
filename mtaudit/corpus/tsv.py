"""TSV: one "source<TAB>target" pair per line; one document per file.

The document's target text is the targets joined with "\\n" and its source
the sources joined likewise, with one Alignment per line, so offsets point
into the joined texts and line N of the report is line N of the file's
target column. A line without a tab (or with more than one) is reported as an
error document of its own (id "line N"); the good lines are kept. A first
line "source<TAB>target" (any case) is a header and skipped.
"""
from __future__ import annotations

from ..document import Document
from .align import align_pairs
from .decode import decode


def read_tsv(path, display, data, config):
    text, encoding, error = decode(data)
    if error is not None:
        yield Document(path=display, encoding=encoding, error=error, format="tsv")
        return
    pairs: list[tuple[str, str]] = []
    lines: list[int] = []
    bad: list[Document] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if lineno == 1 and [c.strip().lower() for c in cells] == ["source", "target"]:
            continue
        problem = None
        if len(cells) == 1:
            problem = "no tab between source and target"
        elif len(cells) > 2:
            problem = f"{len(cells)} columns, expected 2 (source, target)"
        elif not cells[1].strip():
            problem = "empty target"
        if problem:
            bad.append(Document(path=display, id=f"line {lineno}", format="tsv", encoding=encoding,
                                error=f"TSV line {lineno}: {problem}"))
            continue
        pairs.append((cells[0].strip(), cells[1].strip()))
        lines.append(lineno)
    if pairs:
        source, target, aligns = align_pairs(pairs)
        yield Document(path=display, text=target, source=source if source.strip() else None,
                       format="tsv", encoding=encoding, alignments=aligns,
                       source_lang=config.source_lang, target_lang=config.target_lang,
                       extra={"unit_lines": lines})
    elif not bad:
        yield Document(path=display, format="tsv", encoding=encoding, error="TSV: no source/target lines")
    yield from bad
