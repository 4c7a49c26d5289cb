"""The report object: everything writers need, and nothing they compute.

Writers in :mod:`mtaudit.reports` only read a Report. ``Report.to_dict`` is the
JSON schema documented in the README.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import scoring
from .findings import Finding, Severity
from .segments import line_col

SCHEMA_VERSION = 1


@dataclass
class SentenceReport:
    start: int
    end: int
    text: str
    back_translation: str
    round_trip: str
    chrf: float
    bleu: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "back_translation": self.back_translation, "round_trip": self.round_trip,
                "chrf": self.chrf, "bleu": self.bleu}


@dataclass
class DocumentReport:
    path: str
    id: str | None
    status: str                    # "ok" or "error"
    error: str | None
    format: str
    language: str | None
    source_language: str | None
    encoding: str | None
    words: int
    penalty: float
    score: float | None            # None for documents that could not be audited
    findings: list[Finding] = field(default_factory=list)
    sentences: list[SentenceReport] | None = None
    consistency: dict[str, Any] | None = None      # chrf, bleu, signature
    fingerprints: list[str] = field(default_factory=list)   # one per finding
    new: list[bool] | None = None  # per finding, when a baseline is used
    fuzzy: list[dict[str, Any]] | None = None   # PO: entries marked fuzzy ({id, line})
    # Error words a check's model expects in the document beyond what it
    # claims ({"MT108": 2.4}); the score counts them in place of that check's
    # hints (see scoring.py).
    estimates: dict[str, float] | None = None
    # Kept only when a writer needs them (HTML pages); never in the JSON.
    text: str | None = None
    source: str | None = None
    line_starts: list[int] | None = None
    # What the offsets count in (Document.kind_of_text), and the map to
    # locations in the original file (HTML, DOCX, subtitles, TMX, XLIFF).
    text_kind: str = "file"
    origins: Any = None

    def location(self, f: Finding) -> dict[str, Any] | None:
        """Where a finding starts in the original file, when the audited text
        is not the file's own text; None otherwise."""
        return self.origins.locate(f.start) if self.origins is not None else None

    @property
    def key(self) -> str:
        return f"{self.path}#{self.id}" if self.id is not None else self.path

    def line_col(self, offset: int) -> tuple[int, int]:
        return line_col(self.line_starts or [0], offset)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path, "id": self.id, "status": self.status, "error": self.error,
            "format": self.format, "text_kind": self.text_kind, "language": self.language,
            "source_language": self.source_language, "encoding": self.encoding,
            "words": self.words, "penalty": self.penalty, "score": self.score,
            "findings": [],
        }
        for i, f in enumerate(self.findings):
            fd = f.to_dict()
            line, col = self.line_col(f.start)
            fd["line"], fd["column"] = line, col
            loc = self.location(f)
            if loc is not None:
                fd["location"] = loc
            if self.fingerprints:
                fd["fingerprint"] = self.fingerprints[i]
            if self.new is not None:
                fd["new"] = self.new[i]
            d["findings"].append(fd)
        if self.sentences is not None:
            d["sentences"] = [s.to_dict() for s in self.sentences]
        d["consistency"] = self.consistency
        if self.fuzzy is not None:
            d["fuzzy"] = self.fuzzy
        if self.estimates:
            d["estimates"] = self.estimates
        return d


@dataclass
class Gate:
    fail_on: str
    min_score: float | None
    errors_fail: bool
    passed: bool = True
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"fail_on": self.fail_on, "min_score": self.min_score,
                "errors_fail": self.errors_fail, "passed": self.passed, "reasons": self.reasons}


@dataclass
class Report:
    documents: list[DocumentReport]
    gate: Gate
    checks: list[dict[str, str]]                  # code, name, category, severity, description
    settings: dict[str, Any]
    model: dict[str, Any] | None = None           # backend, models, device; None when no model ran
    warnings: list[str] = field(default_factory=list)
    translations: dict[str, int] = field(default_factory=lambda: {"computed": 0, "cached": 0})
    timing: dict[str, float] = field(default_factory=dict)   # seconds; varies between runs
    version: str = ""

    # -- derived figures ---------------------------------------------------
    def counts(self) -> dict[str, int]:
        c = {s.value: 0 for s in Severity}
        for d in self.documents:
            for f in d.findings:
                c[f.severity.value] += 1
        return c

    def by_category(self) -> dict[str, int]:
        c: dict[str, int] = {}
        for d in self.documents:
            for f in d.findings:
                c[f.category] = c.get(f.category, 0) + 1
        return dict(sorted(c.items()))

    def corpus_score(self) -> float | None:
        audited = [d for d in self.documents if d.status == "ok"]
        if not audited:
            return None
        words = sum(d.words for d in audited)
        return scoring.score(words, sum(d.penalty for d in audited))

    @property
    def passed(self) -> bool:
        return self.gate.passed

    def summary(self) -> dict[str, Any]:
        audited = [d for d in self.documents if d.status == "ok"]
        return {
            "documents": len(self.documents),
            "audited": len(audited),
            "errors": len(self.documents) - len(audited),
            "words": sum(d.words for d in audited),
            "findings": self.counts(),
            "by_category": self.by_category(),
            "score": self.corpus_score(),
            "passed": self.gate.passed,
            "gate": self.gate.to_dict(),
            "translations": dict(self.translations),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "mtaudit", "version": self.version},
            "settings": self.settings,
            "scoring": scoring.describe(),
            "checks": self.checks,
            "model": self.model,
            "warnings": self.warnings,
            "documents": [d.to_dict() for d in self.documents],
            "summary": self.summary(),
            "timing": self.timing,
        }
