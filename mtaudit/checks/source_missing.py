"""MT400: a --source-dir file without a readable source."""
from __future__ import annotations

from ..document import Document
from ..findings import Severity
from .base import Check


class SourceFileMissing(Check):
    code = "MT400"
    name = "source-file-missing"
    description = "--source-dir was given but this file has no readable source: bilingual checks skipped"
    category = "omission"
    severity = Severity.INFO

    def applies_to(self, doc: Document) -> bool:
        return bool(doc.extra.get("source_missing"))

    def check(self, doc, ctx):
        if not doc.extra.get("source_missing") or not doc.paragraphs:
            return
        p = doc.paragraphs[0]
        yield self.finding(doc, p.start, p.end,
                           f"audited without its source: {doc.extra['source_missing']}",
                           evidence={"source_missing": doc.extra["source_missing"]})
