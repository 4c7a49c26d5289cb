"""Findings: what a check says about a span of a document.

A finding's ``start``/``end`` are code-point offsets into the decoded document
text (BOM stripped, newlines untouched), and ``text`` is always
``document.text[start:end]``.
"""
from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable


class Severity(str, enum.Enum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: info 0 ... critical 3."""
        return _RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, cls):   # str() of a str-mixin enum member is "Severity.MAJOR"
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise ValueError(
                f"unknown severity {value!r}: use one of critical, major, minor, info"
            ) from None


_RANK = {Severity.INFO: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}

#: One MQM-like vocabulary for every check.
CATEGORIES = (
    "untranslated",
    "wrong-language",
    "mistranslation",
    "fluency",
    "grammar",
    "number",
    "date",
    "named-entity",
    "terminology",
    "consistency",
    "repetition",
    "omission",
    "addition",
)


@dataclass
class Finding:
    check: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    # Bilingual findings also point into the source text.
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    # A little of the text around the span, for fingerprints (not reported).
    context: tuple[str, str] = field(default=("", ""), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        self.severity = Severity.parse(self.severity)

    def with_context(self, doc_text: str, width: int = 24) -> "Finding":
        # The context stops at line breaks: an edit to the neighbouring
        # paragraph, or a paragraph added above, must not change it.
        before = doc_text[max(0, self.start - width): self.start]
        after = doc_text[self.end: self.end + width]
        self.context = (re.split(r"[\r\n]", before)[-1], re.split(r"[\r\n]", after)[0])
        return self

    def fingerprint(self, doc_key: str) -> str:
        """A fingerprint that survives edits elsewhere in the article.

        It hashes the document key, the check, the flagged text and a little
        normalised context around it, never the offsets, so inserting a
        paragraph above the span keeps the fingerprint.
        """
        before, after = (_norm(c) for c in self.context)
        key = "\x1f".join([doc_key, self.check, _norm(self.text), before, after])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "check": self.check,
            "category": self.category,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "evidence": self.evidence,
        }
        if self.source_start is not None:
            d["source_start"] = self.source_start
            d["source_end"] = self.source_end
            d["source_text"] = self.source_text
        return d


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).lower().split())


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Fold findings on the same span into one, keeping all their evidence.

    Two findings are the same span when they overlap by at least half of the
    shorter one and neither is more than three times longer than the other: a
    glued word flagged as untranslated, unattested and copied by the model is
    one problem, while a word inside a flagged wrong-language paragraph is not.
    The worst severity leads; the others go to ``evidence["also"]``.
    """
    ordered = sorted(findings, key=lambda f: (-f.severity.rank, f.start, f.check))
    kept: list[Finding] = []
    # Kept findings indexed by 64-character bucket, so each finding is only
    # compared with the few that could overlap it: linear on large articles
    # with thousands of findings, where comparing with every kept one was not.
    buckets: dict[int, list[int]] = {}
    for f in ordered:
        candidates = sorted({i for b in _buckets(f) for i in buckets.get(b, ())})
        target = next((kept[i] for i in candidates if _same_span(kept[i], f)), None)
        if target is not None:
            also = target.evidence.setdefault("also", [])
            also.append({"check": f.check, "category": f.category,
                         "severity": f.severity.value, "start": f.start,
                         "end": f.end, "message": f.message,
                         "evidence": f.evidence})
            if target.suggestion is None and f.suggestion is not None:
                target.suggestion = f.suggestion
            continue
        for b in _buckets(f):
            buckets.setdefault(b, []).append(len(kept))
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.check))
    return kept


_BUCKET = 64


def _buckets(f: Finding) -> range:
    return range(f.start // _BUCKET, max(f.start, f.end - 1) // _BUCKET + 1)


def _same_span(a: Finding, b: Finding) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if overlap <= 0:
        return False
    la, lb = max(1, a.end - a.start), max(1, b.end - b.start)
    return overlap * 2 >= min(la, lb) and max(la, lb) <= 3 * min(la, lb)
