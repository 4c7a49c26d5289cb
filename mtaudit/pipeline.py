"""The audit pipeline: corpus → documents → segments → checks → findings → scores → report.

``audit()`` is the Python API; the CLI is a thin layer over it.

Map and reduce: ``BatchAuditor.run`` audits one batch of documents (the map:
documents → reports, warnings and each corpus check's summary) and
``CorpusReducer`` takes the batches in corpus order (the reduce: corpus
checks' ``finish``, scores). One process runs both in a loop;
``mtaudit.distributed`` runs the map on Dask workers. The map step lives in
``mtaudit.batch_auditor``, which both import.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable

from . import __version__, batch_auditor, resources, scoring
from .batch_auditor import (FAILED, UNAVAILABLE, BatchAuditor, BatchResult, _apply_override, _batched,
                            _PerCheckTally, make_context)
from .checks import CheckContext
from .config import Config, config_from_keywords
from .corpus import check_paths, iter_documents
from .findings import Severity, merge_findings
from .gate import evaluate
from .report import DocumentReport, Report
from .run_notes import refuse_empty as _refuse_empty, unrun_selected as _unrun_selected


def audit(paths: Iterable[str] | str, config: Config | None = None, *,
          progress: Callable[[DocumentReport], None] | None = None, client=None,
          **overrides) -> Report:
    """Audit files and folders; return the Report (nothing is printed or written).

    One process unless ``config.workers`` / ``config.scheduler`` (or the
    keywords ``workers=4``, ``scheduler="tcp://..."``) or a
    ``dask.distributed.Client`` ask for a Dask cluster: the report is the
    same either way, apart from ``timing``.

    ``paths``: files and folders (``"-"`` is standard input). Settings come as
    a ``Config`` or as keywords, the Config's field names: ``source_lang``,
    ``target_lang``, ``pivot``, ``models`` ({pair: id or folder}),
    ``use_model``, ``require_model``, ``backend``, ``device``, ``batch_size``,
    ``beams``, ``threads``, ``cache_dir``, ``use_cache``, ``select``,
    ``disable`` (lists of codes, or one comma-separated string), ``severity``
    ({code: level}), ``allowlist``, ``facts``, ``reference_year``, ``ignore``
    (.gitignore-style patterns), ``max_bytes``, ``source_dir``,
    ``stdin_filename``, ``allow_empty``, ``input_formats``, ``html_text``,
    ``group_by``, ``fail_on``, ``min_score``, ``errors_fail``, ``baseline``,
    ``keep_text``, ``workers``, ``scheduler``, ``shared_inputs``. An unknown
    keyword or a bad value raises ``UsageError``; so does an input with
    nothing to audit, unless ``allow_empty=True``.
    """
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    paths = [str(p) for p in paths]
    if config is None:
        config = config_from_keywords(**overrides)
    elif overrides:
        raise TypeError("pass either a Config or keyword settings, not both")
    on_cluster = client is not None or bool(config.workers or config.scheduler)
    if not on_cluster:
        check_paths(paths)          # a cluster run checks them itself (inputs may be URLs there)
    t0 = time.perf_counter()
    warnings: list[str] = []
    ctx = make_context(config)
    service = None
    if config.use_model:
        from .translation.service import RoundTripService
        service = RoundTripService.create(config, warnings.append)
    skipped = _SkippedFiles()
    ignored: list[str] = []
    reducer = CorpusReducer(config, ctx, warnings)
    cluster = None
    if on_cluster:
        from .distributed import run_on_cluster
        cluster = run_on_cluster(paths, config, reducer, service, skipped, client, progress)
    else:
        # The map step in this process, batch after batch, with one set of
        # resources (spaCy pipelines, models) for the whole run.
        auditor = BatchAuditor(config, ctx)
        docs = iter_documents(paths, config, on_skip=skipped.add, on_ignore=ignored.append)
        for index, batch in enumerate(_batched(docs, batch_auditor.DOC_BATCH)):
            reducer.add(auditor.run(index, batch, service, on_document=progress))
    reports = reducer.finish(skipped)
    if not config.allow_empty:
        warnings.extend(_refuse_empty(paths, reports, config, skipped, ignored))
    warnings.extend(_unrun_selected(config, reducer.checks, reducer.ran, reports, service,
                                    frozenset(reducer.unavailable.by_check)))
    warnings[:] = dict.fromkeys(warnings)      # one warning, said once
    if service is not None:
        service.computed, service.cached = reducer.translations

    report = Report(
        documents=reports,
        gate=None,  # set below
        checks=[check_info(c) for c in reducer.check_classes if c.code in reducer.ran],
        settings={**_settings(config), "inputs": paths},
        model=service.describe() if service is not None else None,
        warnings=warnings,
        translations={"computed": service.computed if service else 0,
                      "cached": service.cached if service else 0},
        version=__version__,
    )
    if cluster is not None and report.model is not None:
        cluster.describe_models(report.model)
    if config.baseline:
        from .baseline import apply_baseline
        apply_baseline(report, config.baseline)
    report.gate = evaluate(report, config.fail_on, config.min_score, config.errors_fail)
    timing = dict(reducer.timing)
    timing["total"] = time.perf_counter() - t0
    report.timing = {k: round(v, 3) for k, v in timing.items()}
    if cluster is not None:
        report.timing["cluster"] = cluster.note()
    return report


# -- reduce: batch results, in corpus order -> the corpus's reports -----------

class CorpusReducer:
    """The reduce side, in the client: takes batch results in corpus order,
    folds the corpus checks' summaries into its own check instances, and
    runs their ``finish`` once every document has been seen."""

    def __init__(self, config: Config, ctx: CheckContext, warnings: list[str]) -> None:
        self.config, self.ctx, self.warnings = config, ctx, warnings
        self.check_classes = batch_auditor.select_checks(config)
        self.checks = [c() for c in self.check_classes]
        self.overrides_sev = {k.upper(): Severity.parse(v) for k, v in config.severity.items()}
        self.reports: list[DocumentReport] = []
        self.by_key: dict[str, DocumentReport] = {}
        self.failures, self.unavailable = _PerCheckTally(FAILED), _PerCheckTally(UNAVAILABLE)
        self.timing = {"checks": 0.0, "translation": 0.0, "parse": 0.0, "nlp_load": 0.0}
        self.translations = (0, 0)
        self._said_once: set[str] = set(warnings)    # e.g. said when the models were found
        self.batches = 0
        self.ran: set[str] = set()        # checks that applied to at least one document

    def add(self, result: BatchResult, progress: Callable[[DocumentReport], None] | None = None) -> None:
        assert result.index == self.batches, "batch results must be reduced in corpus order"
        self.batches += 1
        for w in result.warnings:
            if w in result.once:
                if w in self._said_once:
                    continue
                self._said_once.add(w)
            self.warnings.append(w)
        self.ran |= result.ran
        for check, summary in zip(self.checks, result.summaries):
            check.merge_summary(summary)
        self.failures.merge(result.failures)
        self.unavailable.merge(result.unavailable)
        for k, v in result.timing.items():
            self.timing[k] = self.timing.get(k, 0.0) + v
        self.translations = (self.translations[0] + result.translations[0],
                             self.translations[1] + result.translations[1])
        for rep in result.reports:
            self.reports.append(rep)
            self.by_key.setdefault(rep.key, rep)
            if progress is not None:
                progress(rep)

    def finish(self, skipped: "_SkippedFiles") -> list[DocumentReport]:
        """Corpus-wide findings, warnings, scores: the documents' final reports."""
        # Corpus-wide checks speak once every document has been seen. One that
        # fails loses only its own corpus-wide findings (a warning says so).
        for check in self.checks:
            try:
                for key, f in check.finish(self.ctx):
                    rep = self.by_key.get(key)
                    if rep is not None and rep.status == "ok":
                        _apply_override(f, self.overrides_sev)
                        rep.findings.append(f)
            except Exception as e:   # noqa: BLE001 - a check bug must not kill the run
                self.warnings.append(f"internal error in check {check.code} while comparing documents: "
                                     f"{type(e).__name__}: {e}; its corpus-wide findings are missing")
        # A resource first asked for while comparing documents (mtaudit.resources).
        langs = {lang for r in self.reports if r.status == "ok" for lang in (r.language, r.source_language)}
        for note in resources.notes_for(langs):
            if note not in self._said_once:
                self._said_once.add(note)
                self.warnings.append(note)
        self.warnings.extend(self.unavailable.warnings())
        self.warnings.extend(self.failures.warnings())
        if skipped.count:
            self.warnings.append(skipped.warning())
        for rep in self.reports:
            if rep.status == "ok":
                _finalise(rep)
        return self.reports


def check_info(c) -> dict[str, str]:
    return {"code": c.code, "name": c.name, "category": c.category,
            "severity": c.severity.value, "description": c.description}


class _SkippedFiles:
    """Files inside folders left out for their suffix: counted, a few named."""

    def __init__(self) -> None:
        self.count = 0
        self.examples: list[str] = []

    def add(self, display: str) -> None:
        self.count += 1
        if len(self.examples) < 3:
            self.examples.append(display)

    def warning(self) -> str:
        more = ", ..." if self.count > len(self.examples) else ""
        return (f"skipped {self.count} file(s) in folders with an unsupported suffix "
                f"({', '.join(self.examples)}{more}); name a file directly to read it as text")


def _finalise(rep: DocumentReport) -> None:
    rep.findings = merge_findings(rep.findings)
    rep.fingerprints = [f.fingerprint(rep.key) for f in rep.findings]
    s = scoring.score_document(rep.words, rep.findings, rep.estimates)
    rep.penalty, rep.score = s.penalty, s.score


def _settings(config: Config) -> dict:
    return {"source_lang": config.source_lang, "target_lang": config.target_lang,
            "pivot": config.pivot, "fail_on": config.fail_on, "min_score": config.min_score,
            "select": sorted(config.select), "disable": sorted(config.disable),
            "severity": dict(sorted(config.severity.items()))}
