"""The check interface.

A check is a small class with a stable ``code`` (like ruff's rule codes), a
``name`` that says what it catches (like pofilter's checks), a one-line
``description``, a default ``severity`` and a ``category``. It consumes one
document and yields findings; it never formats output.

Checks that compare documents across a corpus (the same event dated twice,
one term spelt two ways) remember a little about each document in ``check``
and yield the cross-document findings from ``finish``.

Map and reduce: documents are checked in batches, possibly on other
processes or machines (``mtaudit.distributed``), each batch by fresh check
instances. A corpus check names in ``corpus_state`` the attributes that
``check`` fills for ``finish``; after a batch, ``take_summary`` hands them
over (the map side) and the client's instance folds each batch's summary in,
batches in document order, with ``merge_summary`` (the reduce side) before
``finish``. Lists are concatenated, dicts updated (a later document with the
same key wins, as in one process), other values replaced when not None. A
new corpus check keeps its state in such attributes, small (what ``finish``
needs, never whole texts: see ``_spans.SpanText``) and picklable; one whose
state merges otherwise overrides both methods.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Iterator

from ..document import Document
from ..findings import Finding, Severity


@dataclass
class CheckContext:
    """What a check may use besides the document. Built once per audit."""

    config: Any                       # mtaudit.config.Config
    nlp: Any = None                   # mtaudit.nlp.NLP: spaCy pipelines, loaded lazily
    facts: list[Any] = field(default_factory=list)   # user facts (mtaudit.facts)
    allowlist: frozenset[str] = frozenset()          # terms never to flag (casefolded)

    def allowed(self, term: str) -> bool:
        return term.casefold() in self.allowlist


class Check:
    code: ClassVar[str]
    name: ClassVar[str]
    description: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    #: What the check needs: "source" (bilingual input), "model" (round trips),
    #: "nlp" (a spaCy pipeline for the target language).
    requires: ClassVar[frozenset[str]] = frozenset()
    #: Target languages the check knows; None means any.
    languages: ClassVar[frozenset[str] | None] = None
    #: Corpus checks: attributes ``check`` fills for ``finish`` (see the module docstring).
    corpus_state: ClassVar[tuple[str, ...]] = ()

    def applies_to(self, doc: Document) -> bool:
        if "source" in self.requires and not doc.source:
            return False
        if "model" in self.requires and not doc.round_trips:
            return False
        if self.languages is not None and doc.target_lang not in self.languages:
            return False
        return True

    def unavailable(self, doc: Document, ctx: CheckContext) -> str | None:
        """Why the check cannot run on a document it applies to (a resource it
        needs is not installed), or None. The run says it once per check."""
        if "nlp" in self.requires:
            if ctx.nlp is None:
                return "no spaCy pipelines in this run"
            if ctx.nlp.pipeline(doc.target_lang) is None:
                return ctx.nlp.missing(doc.target_lang)
        return None

    def check(self, doc: Document, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def estimate(self, doc: Document, error_words: float) -> None:
        """State how many error words the check's model expects in the document
        (a sum of word probabilities). The report carries it and the score
        counts it in place of the check's findings, claims and hints; for
        checks whose model sees every word, where findings show only the
        surest few."""
        doc.extra.setdefault("estimates", {})[self.code] = round(float(error_words), 3)

    def finish(self, ctx: CheckContext) -> Iterator[tuple[str, Finding]]:
        """Corpus-wide findings, as (document key, finding), after every document."""
        return iter(())

    def take_summary(self) -> dict[str, Any] | None:
        """Map side: the corpus state ``check`` built since the last call,
        handed over and forgotten (None for a check without one)."""
        if not self.corpus_state:
            return None
        out = {}
        for name in self.corpus_state:
            value = out[name] = getattr(self, name)
            if isinstance(value, (list, dict)):
                setattr(self, name, type(value)())
        return out

    def merge_summary(self, summary: dict[str, Any] | None) -> None:
        """Reduce side: fold one batch's summary in (batches in document order)."""
        for name, value in (summary or {}).items():
            mine = getattr(self, name)
            if isinstance(mine, list):
                mine.extend(value)
            elif isinstance(mine, dict):
                mine.update(value)
            elif value is not None:
                setattr(self, name, value)

    # -- helpers for subclasses -------------------------------------------
    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        evidence: dict[str, Any] | None = None,
        severity: Severity | str | None = None,
        category: str | None = None,
        source_span: tuple[int, int] | None = None,
    ) -> Finding:
        if not (0 <= start <= end <= len(doc.text)):
            raise ValueError(f"{self.code}: span {start}:{end} outside the text")
        f = Finding(
            check=self.code,
            category=category or self.category,
            severity=Severity.parse(severity) if severity else self.severity,
            start=start,
            end=end,
            text=doc.text[start:end],
            message=message,
            suggestion=suggestion,
            evidence=dict(evidence or {}),
        ).with_context(doc.text)
        if source_span is not None and doc.source is not None:
            s, e = source_span
            f.source_start, f.source_end, f.source_text = s, e, doc.source[s:e]
        return f
