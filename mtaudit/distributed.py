"""Audits on a Dask cluster: a LocalCluster of N worker processes, or a
running scheduler anywhere (Kubernetes, YARN, an HPC queue, two terminals).

The pipeline's map (``mtaudit.batch_auditor``) and reduce
(``mtaudit.pipeline``) are split across machines:

* The client walks the inputs, reads each file's bytes and submits batches of
  ``WorkUnit`` (bytes with their paths) to the workers, never more than
  ``batches_in_flight`` at once (back-pressure: the client's memory does not
  grow with the corpus). With ``shared_inputs`` the units carry only paths
  (or fsspec URLs) and the workers read the files themselves.
* Each worker decodes its batch, detects languages, parses, translates and
  runs the checks with ``BatchAuditor`` (the same code as a single process)
  and returns a ``BatchResult``: document reports, warnings and each corpus
  check's small summary.
* The client reduces the results in corpus order (a result that arrives early
  waits for the ones before it), so the report is the single-process report.

Translation: a worker plugin keeps each worker's models, loaded once on the
first sentence the cache did not have. The SQLite cache stays with the
client: before submitting a batch the client looks up its sentences and sends
the translations it already has; the worker translates only the others and
sends them back, and the client stores them.

Faults: Dask reruns the batches of a worker that dies; a batch that still
fails (it kills every worker it meets, or raises) becomes error entries for
its files, as a document that cannot be audited does in a single process.
"""
from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .corpus import check_paths, documents_from_bytes, read_file, supported
from .document import Document
from .errors import UsageError
from . import batch_auditor
from .batch_auditor import BatchAuditor, make_context, BatchResult, _batched, _guarded, _prepare

PLUGIN = "mtaudit-models"

# Dask settings for a LocalCluster that an audit starts itself (a cluster the
# user runs keeps its own). A local cluster shares the machine's cores with
# the client, so every CPU second Dask spends on its own bookkeeping is taken
# from the audit; on 2,000 files with 2 workers these took 13 of 65 CPU
# seconds (benchmarks/scale.py prints the CPU of each process):
LOCAL_CLUSTER_SETTINGS = {
    # The statistical profiler samples each worker's stack every 10 ms for the
    # dashboard's profile plot, which an audit never shows.
    "distributed.worker.profile.enabled": False,
    # Event-loop health ticks (every 20 ms in the scheduler, each nanny and
    # worker: only a "loop was unresponsive" log) and the system monitor (CPU
    # and memory history for the dashboard, every 500 ms): rarer, not off.
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    # The memory monitor pauses or restarts a worker near its memory limit;
    # once a second is soon enough for batches of 32 articles.
    "distributed.worker.memory.monitor-interval": "1s",
}

try:                        # this module is imported only for a cluster run
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:         # pragma: no cover - _connect says how to install Dask
    _WorkerPlugin = object


@dataclass(frozen=True)
class WorkUnit:
    """One input file as it travels to a worker."""

    display: str               # the path as the report shows it
    path: str                  # where to read it (a worker's path or an fsspec URL) when data is None
    data: bytes | None = None  # the file's bytes, read by the client
    error: str | None = None   # why the client could not read it


# -- the worker side ----------------------------------------------------------

class ModelHost(_WorkerPlugin):
    """A Dask worker plugin: the worker's loaded translation models (kept for
    the whole run, one load per model) and its hardware (its own GPU, if any)."""

    name = PLUGIN

    def __init__(self, config) -> None:
        self.config = config
        self.backends: dict = {}
        self.hw: dict | None = None

    def setup(self, worker=None) -> None:
        from .translation.service import _probe
        self.hw = _probe(self.config)

    def teardown(self, worker=None) -> None:
        self.backends.clear()


class QuickExit(_WorkerPlugin):
    """A Dask worker plugin for the local clusters an audit starts: a worker
    that closes normally leaves without Python's interpreter teardown.

    Freeing a worker's spaCy pipelines object by object at exit takes 3 to 4 s,
    and the nanny waits up to 4 s before it kills the process: the audit's
    close waited that long for nothing. Registered at teardown (the worker is
    closing), so a worker that dies or fails exits as Python makes it."""

    name = "mtaudit-quick-exit"

    def teardown(self, worker=None) -> None:
        import atexit
        atexit.register(_exit_now)


def _exit_now() -> None:
    import os
    import sys
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(0)


class _BatchCache:
    """The client's cache as a worker sees it: the entries the client sent for
    this batch; new translations are collected to be sent back."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = entries
        self.new_rows: list[tuple[str, str, str, str]] = []
        self.path = None

    def get_many(self, keys: list[str]) -> dict[str, str]:
        return {k: self.entries[k] for k in keys if k in self.entries}

    def put_many(self, rows) -> None:
        self.new_rows.extend(rows)

    def close(self) -> None:
        pass


# Per worker process: auditors by settings, and the spaCy pipelines they share.
_AUDITORS: dict[str, BatchAuditor] = {}
_NLP: list = []


def audit_batch(index: int, units: list[WorkUnit], config, cached: dict[str, str] | None):
    """The task a worker runs: one batch, start to finish.

    ``cached`` is None for a model-free run, else the translations the client
    had. Returns (BatchResult, new cache rows, model loads, pairs loaded).
    """
    # One auditor per worker process and settings: spaCy pipelines load once.
    key = repr(config)
    auditor = _AUDITORS.get(key)
    if auditor is None:
        while len(_AUDITORS) >= 2:      # a long-lived worker serves audits with other settings
            _AUDITORS.pop(next(iter(_AUDITORS)))
        ctx = make_context(config)
        if _NLP:                        # spaCy pipelines do not depend on the settings
            ctx.nlp = _NLP[0]
        _NLP[:] = [ctx.nlp]
        auditor = _AUDITORS[key] = BatchAuditor(config, ctx)
    docs = [d for u in units for d in _documents(u, config)]
    if cached is None:
        return auditor.run(index, docs), [], 0, []
    from .config import default_cache_dir
    from .translation import backends as B
    from .translation.service import RoundTripService
    host = _host(config)
    cache = _BatchCache(cached)
    service = RoundTripService(config, lambda message: None, cache, default_cache_dir(config.cache_dir),
                               hw=host.hw)
    service._backends = host.backends          # the worker's models, kept between batches
    loads = B.LOADS["count"]
    result = auditor.run(index, docs, service)
    loaded = [p for p, pm in service._pairs.items() if pm is not None and pm.backend is not None]
    return result, cache.new_rows, B.LOADS["count"] - loads, loaded


def _host(config) -> ModelHost:
    try:
        from distributed import get_worker
        host = get_worker().plugins.get(PLUGIN)
    except (ImportError, ValueError):      # not on a worker
        host = None
    if host is None:
        host = ModelHost(config)
    if host.hw is None:
        host.setup()
    return host


def _documents(unit: WorkUnit, config) -> Iterator[Document]:
    if unit.data is not None or unit.error is not None:
        return documents_from_bytes(Path(unit.path), unit.display, unit.data, unit.error, config)
    if _is_url(unit.path):
        data, error = _read_url(unit.path, config.max_bytes)
        return documents_from_bytes(Path(unit.path), unit.display, data, error, config)
    return read_file(Path(unit.path), unit.display, config)


# -- the inputs -------------------------------------------------------------------

def _is_url(path: str) -> bool:
    return "://" in path


def _read_url(url: str, max_bytes: int) -> tuple[bytes | None, str | None]:
    import fsspec
    try:
        with fsspec.open(url, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        return None, "file not found: removed while the audit ran?"
    except Exception as e:   # noqa: BLE001 - any storage failure is this file's error
        return None, f"cannot read {url}: {type(e).__name__}: {e}"
    if len(data) > max_bytes:
        return None, f"file too large: over --max-bytes {max_bytes} bytes"
    return data, None


def check_inputs(paths: list[str], config) -> None:
    """Usage errors before the cluster starts: a missing path, a URL the
    workers would have to read without --shared-inputs."""
    for p in paths:
        if not _is_url(p):
            check_paths([p])
        elif not config.shared_inputs:
            raise UsageError(f"{p}: a URL is read by the workers; add --shared-inputs")


def work_units(paths: list[str], config, on_skip: Callable[[str], None]) -> Iterator[WorkUnit]:
    """The client's walk: every input file, in the single-process order."""
    from .corpus import STDIN, input_files
    from .corpus.decode import read_bytes
    for p in paths:
        if p == STDIN:
            raise UsageError("standard input (-) is read in one process: leave out --workers and --scheduler")
        if _is_url(p):
            yield from _url_units(p, config, on_skip)
            continue
        for path, display in input_files([p], config, on_skip):
            if config.shared_inputs:
                yield WorkUnit(display, str(path))
            else:
                data, error = read_bytes(path, config.max_bytes)
                yield WorkUnit(display, str(path), data, error)


def _url_units(url: str, config, on_skip) -> Iterator[WorkUnit]:
    import fsspec
    from .corpus import _ignored, ignore_spec
    spec = ignore_spec(config.ignore)
    fs, root = fsspec.core.url_to_fs(url)
    if not fs.exists(root):
        raise UsageError(f"path not found: {url}")
    if not fs.isdir(root):
        yield WorkUnit(url, url)
        return
    for name in sorted(fs.find(root)):
        full = fs.unstrip_protocol(name)
        rel = name[len(root.rstrip("/")) + 1:]
        if any(part.startswith(".") for part in rel.split("/")) or _ignored(full, rel, spec, False):
            continue
        if not supported(Path(name)):
            on_skip(full)
            continue
        yield WorkUnit(full, full)


# -- the client side ----------------------------------------------------------

class ClusterRun:
    """What the report says of the cluster (in ``timing.cluster``)."""

    def __init__(self, address: str, workers: int, local: bool, shared: bool) -> None:
        self.address, self.workers, self.local, self.shared = address, workers, local, shared
        self.batches = 0
        self.workers_lost = 0
        self.loads = 0
        self.loaded_pairs: set[str] = set()

    def note(self) -> dict:
        return {"scheduler": "local" if self.local else self.address, "workers": self.workers,
                "batches": self.batches, "workers_lost": self.workers_lost,
                "inputs": "shared" if self.shared else "sent"}

    def describe_models(self, model: dict) -> None:
        """The models were loaded by the workers, not by the client."""
        for pair, d in model.get("models", {}).items():
            d["loaded"] = pair in self.loaded_pairs
        model["loads"] = self.loads


def run_on_cluster(paths: list[str], config, reducer, service, skipped, client=None,
                   progress=None) -> ClusterRun:
    """Map the corpus's batches on the cluster, reduce them into ``reducer``."""
    check_inputs(paths, config)
    given = client
    client, cluster = _connect(config, client)
    futures: dict[str, tuple[int, list[str]]] = {}
    try:
        info = client.scheduler_info()
        workers_at_start = set(info.get("workers", {}))
        run = ClusterRun(client.scheduler.address, len(workers_at_start), cluster is not None,
                         bool(config.shared_inputs))
        if service is not None:
            _prepare_models(client, config, service)
        threads = sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()) or 1
        limit = config.batches_in_flight or 2 * threads
        _map_reduce(client, config, paths, reducer, service, skipped, progress, limit, futures, run)
        run.workers_lost = len(workers_at_start - set(client.scheduler_info().get("workers", {})))
        return run
    except BaseException:
        # Ctrl-C or a failure: stop the batches still queued on a shared cluster.
        if futures:
            client.cancel(list(futures))
        raise
    finally:
        if client is not given:          # ours: close it (and the local cluster we started)
            client.close()
        if cluster is not None:
            cluster.close()


def _connect(config, client):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("a cluster run needs Dask: pip install 'mtaudit[dask]'") from None
    if client is not None:
        return client, None
    if config.scheduler:
        try:
            return Client(config.scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {config.scheduler}: {e}") from None
    import dask
    with dask.config.set(LOCAL_CLUSTER_SETTINGS):
        cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
    client = Client(cluster)
    client.register_plugin(QuickExit())
    return client, cluster


def _prepare_models(client, config, service) -> None:
    """Workers keep their models (a plugin); the client computes cache keys
    with the workers' device choice, so that what they translate is found again."""
    from .translation import backends as B
    client.register_plugin(ModelHost(config), name=PLUGIN)
    hws = client.run(lambda dask_worker: dask_worker.plugins[PLUGIN].hw)
    hw = hws[sorted(hws)[0]] if hws else None
    if hw is None:
        return
    service.hw = hw
    for pm in service._pairs.values():
        if pm is not None:
            pm.choice = B.choose_device(config.device, config.backend, config.batch_size,
                                        model_kind=pm.spec.kind, **hw)


def _map_reduce(client, config, paths, reducer, service, skipped, progress, limit, futures, run) -> None:
    from distributed import as_completed
    token = uuid.uuid4().hex[:8]
    batches = enumerate(_batched(work_units(paths, config, skipped.add), batch_auditor.DOC_BATCH))
    arrived: dict[int, BatchResult] = {}
    done = as_completed()
    fallback = BatchAuditor(config, reducer.ctx)      # error entries for a batch that failed

    def submit_next() -> bool:
        item = next(batches, None)
        if item is None:
            return False
        index, units = item
        cached = cached_translations(service, units, config) if service is not None else None
        f = client.submit(audit_batch, index, units, config, cached,
                          key=f"mtaudit-batch-{token}-{index}", pure=False)
        futures[f.key] = (index, [u.display for u in units])
        done.add(f)
        return True

    while len(futures) + len(arrived) < limit and submit_next():
        pass
    for f in done:
        index, names = futures.pop(f.key)
        arrived[index] = _result(f, index, names, fallback, service, run)
        while reducer.batches in arrived:
            reducer.add(arrived.pop(reducer.batches), progress)
            run.batches += 1
        while len(futures) + len(arrived) < limit and submit_next():
            pass


def _result(future, index: int, names: list[str], fallback: BatchAuditor, service, run) -> BatchResult:
    try:
        result, rows, loads, loaded = future.result()
    except Exception as e:   # noqa: BLE001 - the batch's files become error entries
        from distributed import KilledWorker
        if isinstance(e, KilledWorker):
            why = "the worker processes auditing it died (out of memory, or a crash in a native library)"
        else:
            why = f"{type(e).__name__}: {e}"
        docs = [Document(path=n, error=f"internal error on a cluster worker: {why}") for n in names]
        return fallback.run(index, docs)
    run.loads += loads
    run.loaded_pairs.update(loaded)
    if rows and service is not None and service.cache is not None:
        try:
            service.cache.put_many(rows)
        except sqlite3.Error as e:
            service._cache_failed(e)
    return result


def cached_translations(service, units: list[WorkUnit], config) -> dict[str, str]:
    """The cache entries a batch's round trips will ask for, looked up by the
    client so that cached sentences never travel nor get translated again.
    Mirrors ``RoundTripService.attach``: back-translations, round trips of
    the cached back-translations, and the source direction."""
    if service.cache is None:
        return {}
    from .translation import backends as B
    from .translation.cache import cache_key
    docs = [d for u in units for d in _documents(u, config)]
    for d in docs:
        if d.ok:
            _guarded(d, "while detecting its language", _prepare, d)
    out: dict[str, str] = {}
    pivot = service.pivot

    def lookup(pair: str, texts: list[str], with_scores: bool) -> list[str | None]:
        pm = service._model(pair, quiet=True)
        if pm is None or not texts:
            return [None] * len(texts)
        settings = service.cache_settings(pm, with_scores)
        keys = [cache_key(pm.spec.revision, settings, t) for t in texts]
        try:
            found = service.cache.get_many(keys)
        except sqlite3.Error:
            return [None] * len(texts)        # the worker translates; storing will say why
        out.update(found)
        return [B.Translation.from_json(found[k]).text if k in found else None for k in keys]

    for d in docs:
        t = d.target_lang
        if not d.ok or not t or t == pivot or not d.sentences:
            continue
        texts = [s.text for s in d.sentences]
        back = lookup(f"{t}-{pivot}", texts, True)
        lookup(f"{pivot}-{t}", [b for b in back if b is not None], False)
        s = d.source_lang
        if d.source and s and s not in (t, pivot):
            if service._model(f"{t}-{s}", quiet=True) is not None:
                lookup(f"{t}-{s}", texts, False)
            else:
                lookup(f"{pivot}-{s}", [b for b in back if b is not None], False)
    return out

