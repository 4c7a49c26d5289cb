"""The map step of an audit: one batch of documents -> document reports,
warnings and each corpus check's summary (``BatchResult``).

``mtaudit.pipeline`` runs it batch after batch in one process and reduces the
results; ``mtaudit.distributed`` runs it on Dask workers. Both import it from
here, so neither has to import the other to share it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

from . import resources
from .checks import CheckContext, all_checks
from .config import Config
from .document import Document
from .findings import Finding, Severity
from .languages import detect_language
from .nlp import NLP
from .report import DocumentReport, SentenceReport


# Documents are prepared and translated in batches: large enough for the
# model to batch sentences across articles, small enough to stream.
DOC_BATCH = 32


def make_context(config: Config) -> CheckContext:
    """What checks may use besides the document; one per process."""
    return CheckContext(config=config, nlp=NLP(), facts=_load_facts(config),
                        allowlist=frozenset(t.casefold() for t in config.allowlist))


def _load_facts(config: Config):
    if not config.facts:
        return []
    from .facts import load_facts
    return load_facts(config.facts)


# -- map: one batch of documents -> reports and corpus summaries --------------

@dataclass
class BatchResult:
    """What auditing one batch returns to the reducer (picklable: it may come
    back from a worker process on another machine)."""

    index: int                                  # position of the batch in the corpus
    reports: list[DocumentReport]               # in document order
    warnings: list[str]                         # in the order a single process says them
    summaries: list[dict | None]                # per check (select_checks order): corpus state
    failures: dict[str, list]                   # _PerCheckTally.by_check: checks that raised
    timing: dict[str, float]
    translations: tuple[int, int] = (0, 0)      # (computed, cached) sentence translations
    once: frozenset[str] = frozenset()          # warnings said once per run however many batches say them
    ran: frozenset[str] = frozenset()           # checks that applied to at least one document
    unavailable: dict[str, list] = field(default_factory=dict)   # checks that could not run, and why


class BatchAuditor:
    """The map side: audits batches of documents. Fresh check instances per
    batch (no state carried from one batch to the next, so a batch can run
    on any worker, or run again); the check context (spaCy pipelines, facts)
    lives as long as the auditor."""

    def __init__(self, config: Config, ctx: CheckContext | None = None) -> None:
        self.config = config
        self.ctx = ctx if ctx is not None else make_context(config)
        self.check_classes = select_checks(config)
        self.uses_nlp = any("nlp" in c.requires for c in self.check_classes)
        self.overrides_sev = {k.upper(): Severity.parse(v) for k, v in config.severity.items()}

    def run(self, index: int, batch: list[Document], service=None, *,
            on_document: Callable[[DocumentReport], None] | None = None) -> BatchResult:
        checks = [c() for c in self.check_classes]
        ctx, config = self.ctx, self.config
        warnings: list[str] = []
        once: set[str] = set()
        timing = {"checks": 0.0, "translation": 0.0, "parse": 0.0, "nlp_load": 0.0}
        failures, unavailable = _PerCheckTally(FAILED), _PerCheckTally(UNAVAILABLE)
        loaded_before = ctx.nlp.load_seconds
        for doc in batch:
            if doc.ok:
                _guarded(doc, "while detecting its language", _prepare, doc)
        if self.uses_nlp:
            # One shared spaCy batch for the documents of this batch: cheaper
            # than parsing each article on its own when a check first asks.
            t, loaded = time.perf_counter(), ctx.nlp.load_seconds
            _guarded_batch(batch, ctx.nlp.parse_many, warnings)
            # Loading the pipeline is reported apart, as nlp_load.
            timing["parse"] += time.perf_counter() - t - (ctx.nlp.load_seconds - loaded)
        translated = (0, 0)
        if service is not None:
            t, before, warn = time.perf_counter(), (service.computed, service.cached), service.warn

            def service_warns(message: str) -> None:     # said once per run
                once.add(message)
                warnings.append(message)
            service.warn = service_warns
            try:
                _attach(service, [d for d in batch if d.ok], warnings)
            finally:
                service.warn = warn
            translated = (service.computed - before[0], service.cached - before[1])
            timing["translation"] += time.perf_counter() - t
        reports = []
        ran: set[str] = set()
        for doc in batch:
            t = time.perf_counter()
            rep = _audit_document(doc, checks, ctx, self.overrides_sev, config, failures,
                                  unavailable, ran)
            timing["checks"] += time.perf_counter() - t
            # After the checks: reading, parsing and checks may all leave notes.
            warnings.extend(f"{doc.key}: {w}" for w in doc.extra.get("warnings", ()))
            reports.append(rep)
            if on_document is not None:
                on_document(rep)
            doc.extra.pop("_spacy", None)     # free the parse: stream, don't hoard
        # Optional resources the checks went without (mtaudit.resources): said
        # once per run, for the languages of this batch.
        for note in resources.notes_for(lang for d in batch if d.ok for lang in (d.target_lang, d.source_lang)):
            once.add(note)
            warnings.append(note)
        timing["nlp_load"] = ctx.nlp.load_seconds - loaded_before
        return BatchResult(index, reports, warnings, [c.take_summary() for c in checks],
                           failures.by_check, timing, translated, frozenset(once), frozenset(ran),
                           unavailable.by_check)


def _guarded_batch(batch, parse_many, warnings) -> None:
    """Parse a batch; if that fails, checks parse each document lazily instead."""
    try:
        parse_many([d for d in batch if d.ok])
    except Exception as e:  # noqa: BLE001 - fall back to per-document parsing
        warnings.append(f"batch parsing failed ({type(e).__name__}: {e}); parsing one by one")


def select_checks(config: Config):
    selected = {c.upper() for c in config.select}
    disabled = {c.upper() for c in config.disable}
    out = []
    for c in all_checks():
        if selected and c.code not in selected:
            continue
        if c.code in disabled:
            continue
        out.append(c)
    return out


def _prepare(doc: Document) -> None:
    """Decide the languages of a document when the user did not say."""
    if doc.target_lang is None:
        lang, _ = detect_language(doc.text[:20000])
        doc.target_lang = lang
    if doc.source and doc.source_lang is None:
        lang, _ = detect_language(doc.source[:20000])
        doc.source_lang = lang


def _audit_document(doc: Document, checks, ctx: CheckContext, overrides_sev, config,
                    failures: "_PerCheckTally | None" = None,
                    unavailable: "_PerCheckTally | None" = None,
                    ran: set[str] | None = None) -> DocumentReport:
    rep = DocumentReport(
        path=doc.path, id=doc.id, status="ok" if doc.ok else "error", error=doc.error,
        format=doc.format, language=doc.target_lang, source_language=doc.source_lang,
        encoding=doc.encoding, words=doc.word_count if doc.ok else 0, penalty=0.0,
        score=None, text_kind=doc.kind_of_text,
    )
    if not doc.ok:
        return rep
    rep.line_starts = doc.line_starts
    rep.fuzzy = doc.extra.get("fuzzy")       # PO entries a translator marked for review
    rep.origins = doc.origin_map()
    if config.keep_text:
        rep.text, rep.source = doc.text, doc.source
    findings: list[Finding] = []
    for check in checks:
        # A check that raises on this document (a bug, or input it did not
        # expect) makes the document an error entry naming the check: its
        # audit is incomplete, so it must not pass silently, and the other
        # documents go on. Findings already yielded for it are dropped.
        try:
            if not check.applies_to(doc):
                continue
            # A check that cannot run here (no spaCy pipeline for the
            # language, its model file missing) is said once per check in the
            # run's warnings; the document is still audited by the others.
            why = check.unavailable(doc, ctx)
            if why:
                if unavailable is not None:
                    unavailable.add(check.code, doc.key, why)
                continue
            if ran is not None:
                ran.add(check.code)
            for f in check.check(doc, ctx):
                _apply_override(f, overrides_sev)
                findings.append(f)
        except Exception as e:   # noqa: BLE001
            reason = f"{type(e).__name__}: {e}"
            if failures is not None:
                failures.add(check.code, doc.key, reason)
            rep.status, rep.error, rep.words, rep.line_starts = "error", (
                f"internal error in check {check.code} ({check.name}): {reason}"), 0, None
            rep.origins = None
            rep.text = rep.source = None
            return rep
    rep.findings = findings
    rep.estimates = dict(doc.extra.get("estimates", {})) or None
    if doc.round_trips:
        rep.sentences = [SentenceReport(rt.start, rt.end, rt.text, rt.back_translation,
                                        rt.round_trip, rt.chrf, getattr(rt, "bleu", None))
                         for rt in doc.round_trips]
        rep.consistency = doc.extra.get("consistency")
    return rep


def _guarded(doc: Document, what: str, func, *args) -> None:
    """Run one preparation step; an unexpected failure makes the document an error."""
    try:
        func(*args)
    except Exception as e:   # noqa: BLE001
        doc.error = f"internal error {what}: {type(e).__name__}: {e}"


def _attach(service, docs: list[Document], warnings: list[str]) -> None:
    """Round trips for a batch; a translation failure leaves the batch model-free."""
    from .errors import ModelUnavailable, UsageError
    try:
        service.attach(docs)
    except (UsageError, ModelUnavailable):
        raise
    except Exception as e:   # noqa: BLE001
        for d in docs:
            d.round_trips = None
        warnings.append(f"translation failed for {len(docs)} document(s) from {docs[0].key if docs else '?'}: "
                        f"{type(e).__name__}: {e}; model-based checks skipped for them")


#: How the run's warnings name a check that raised on documents, or could not run on them.
FAILED = "internal error in check {code}"
UNAVAILABLE = "check {code} could not run"


class _PerCheckTally:
    """Documents on which each check raised or could not run, summarised as one
    warning per check: how many, the first one, the first reason."""

    def __init__(self, what: str) -> None:
        self.what = what                  # "internal error in check {code}"
        self.by_check: dict[str, list] = {}

    def add(self, code: str, key: str, reason: str) -> None:
        entry = self.by_check.setdefault(code, [0, key, reason])
        entry[0] += 1

    def merge(self, by_check: dict[str, list]) -> None:
        for code, (n, key, reason) in by_check.items():
            self.by_check.setdefault(code, [0, key, reason])[0] += n

    def warnings(self) -> list[str]:
        return [f"{self.what.format(code=code)} on {n} document(s), first {key}: {reason}"
                for code, (n, key, reason) in sorted(self.by_check.items())]


def _apply_override(f: Finding, overrides_sev) -> None:
    sev = overrides_sev.get(f.check)
    if sev is not None:
        f.severity = sev


def _batched(it: Iterator[Document], n: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in it:
        batch.append(d)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
