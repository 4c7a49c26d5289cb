"""Audits on a real Dask LocalCluster (two worker processes): the report is
the single-process report, a killed worker costs a retry, the translation
cache stays with the client, and the tests' tiny model runs on the workers."""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marian_fixture import tiny_marian  # noqa: E402,F401  (session fixture)

from mtaudit import batch_auditor, pipeline  # noqa: E402
from mtaudit.cli import main  # noqa: E402
from mtaudit.config import Config, build_config  # noqa: E402
from mtaudit.errors import UsageError  # noqa: E402
from mtaudit.reports.json import dumps  # noqa: E402

# Corpus-wide findings of all three corpus checks, across documents that end
# up in different batches: one tramway opening dated 2012 where three other
# articles say 2022 (MT203), one lone year long before the corpus's frame in
# an article about its topic (MT202), one term spelt two ways (MT302).
TRAM = ("Brest fête les trois ans du tramway. La mise en service du tramway de Brest en juin 2022 "
        "a changé la vie du quartier de {q}. Les commerçants du quartier saluent le tramway.\n")
TRAM_2012 = ("Le quartier de Recouvrance attend toujours ses commerces. La mise en service du tramway "
             "de Brest en juin 2012 devait relancer le quartier, disent les habitants du quartier.\n")
FLOOD = ("La crue de la Loire inquiète les maraîchers de Saumur.\n\n"
         "La crue a commencé en février 2011, a expliqué le maire, et les champs restent sous l'eau. "
         "Les maraîchers craignent que la crue ne détruise les semis. "
         "La préfecture surveille la crue heure par heure.\n")
WEB = ("L'{s} classe les mégalithes de Carnac en 2024. "
       "Les experts de l'{s} ont visité les alignements en septembre 2024.\n")
FILLER = ("Le marché couvert de {town} rouvre ses portes en mars 2024. Les producteurs locaux "
          "y vendent fromages, légumes et pain. La mairie espère attirer les touristes.\n")
TOWNS = ["Quimper", "Morlaix", "Vannes", "Lorient", "Rennes", "Dinan", "Redon", "Vitré", "Lannion",
         "Paimpol", "Concarneau", "Douarnenez", "Landerneau", "Fougères", "Auray", "Pontivy"]


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i, q in enumerate(["Saint-Martin", "Bellevue", "Lambézellec"]):
        (root / f"tram{i}.txt").write_text(TRAM.format(q=q), encoding="utf-8")
    (root / "tram_z.txt").write_text(TRAM_2012, encoding="utf-8")
    (root / "crue.txt").write_text(FLOOD, encoding="utf-8")
    for i in range(4):
        (root / f"web{i}.txt").write_text(WEB.format(s="UNESCO" if i else "Unesco"),
                                          encoding="utf-8")
    sub = root / "marches"
    sub.mkdir(exist_ok=True)
    for i, town in enumerate(TOWNS):
        (sub / f"m{i:02}.md").write_text(FILLER.format(town=town), encoding="utf-8")
    # A file of several documents, and files that cannot be audited.
    (root / "brefs.jsonl").write_text("\n".join(json.dumps({"id": f"b{i}", "target": FILLER.format(town=t)},
                                                           ensure_ascii=False)
                                                for i, t in enumerate(TOWNS[:3])) + "\n", encoding="utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")                   # skipped, with a warning
    return root


def _json(report) -> dict:
    data = json.loads(dumps(report))
    data.pop("timing")
    return data


CONFIG = dict(use_model=False, reference_year=2025)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster
    import logging
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as c, Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("dask") / "corpus")


@pytest.fixture(scope="module")
def single(corpus):
    mp = pytest.MonkeyPatch()
    mp.setattr(batch_auditor, "DOC_BATCH", 4)       # many batches: order and merging matter
    try:
        return pipeline.audit([str(corpus)], **CONFIG)
    finally:
        mp.undo()


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(batch_auditor, "DOC_BATCH", 4)


def test_the_corpus_has_findings_of_every_corpus_check(single):
    codes = {f.check for d in single.documents for f in d.findings}
    assert {"MT202", "MT203", "MT302"} <= codes
    assert any(d.status == "error" for d in single.documents)
    assert any("skipped 1 file" in w for w in single.warnings)


def test_a_cluster_report_is_the_single_process_report(corpus, single, cluster, small_batches):
    _, client = cluster
    seen = []
    report = pipeline.audit([str(corpus)], client=client, progress=seen.append, **CONFIG)
    assert _json(report) == _json(single)
    assert dumps(report).split('"timing"')[0] == dumps(single).split('"timing"')[0]
    # Progress: every document of the cluster, once, as its batch is reduced.
    assert [r.key for r in seen] == [d.key for d in single.documents]
    note = report.timing["cluster"]
    assert note["workers"] == 2 and note["batches"] >= 6 and note["inputs"] == "sent"


def test_a_running_scheduler_by_address_and_shared_inputs(corpus, single, cluster, small_batches):
    c, _ = cluster
    report = pipeline.audit([str(corpus)], scheduler=c.scheduler_address, shared_inputs=True, **CONFIG)
    assert _json(report) == _json(single)
    assert report.timing["cluster"]["inputs"] == "shared"
    assert report.timing["cluster"]["scheduler"] == c.scheduler_address


def test_an_fsspec_url_is_read_by_the_workers(corpus, single, cluster, small_batches):
    _, client = cluster
    report = pipeline.audit([f"file://{corpus}"], client=client, shared_inputs=True, **CONFIG)
    assert [d.path for d in report.documents] == [f"file://{d.path}" for d in single.documents]
    assert [[f.fingerprint("x") for f in d.findings] for d in report.documents] == \
        [[f.fingerprint("x") for f in d.findings] for d in single.documents]
    with pytest.raises(UsageError, match="shared-inputs"):
        pipeline.audit([f"file://{corpus}"], client=client, **CONFIG)


def test_a_failing_batch_becomes_error_entries(cluster):
    from mtaudit.distributed import ClusterRun, _result
    _, client = cluster

    def broken_batch():
        raise RuntimeError("bug in a reader")
    future = client.submit(broken_batch, pure=False)
    distributed.wait(future)
    run = ClusterRun("local", 2, True, False)
    result = _result(future, 3, ["a.txt", "b.md"], pipeline.BatchAuditor(Config(**CONFIG)), None, run)
    assert result.index == 3
    assert [(r.path, r.status) for r in result.reports] == [("a.txt", "error"), ("b.md", "error")]
    assert "RuntimeError: bug in a reader" in result.reports[0].error


def test_the_cli_on_a_running_scheduler(corpus, single, cluster, tmp_path, monkeypatch):
    c, _ = cluster
    monkeypatch.setenv("MTAUDIT_SCHEDULER", c.scheduler_address)
    out = tmp_path / "r.json"
    code = main(["audit", str(corpus), "--no-model", "--reference-year", "2025",
                 "-f", "json", "-o", str(out)])
    assert code == (0 if single.passed else 1)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["timing"]["cluster"]["scheduler"] == c.scheduler_address
    data.pop("timing")
    assert data == _json(single)       # 32 documents a batch here, 4 in the single run


# -- translation on the workers, cache with the client -----------------------

def _model_config(model: Path, cache: Path, **kw) -> dict:
    return dict(models={"fr-en": str(model), "en-fr": str(model)}, backend="transformers",
                device="cpu", target_lang="fr", cache_dir=str(cache), reference_year=2025,
                select=["MT501", "MT302"], **kw)


def _trips(report):
    return [[(s.start, s.end, s.back_translation, s.round_trip, s.chrf) for s in d.sentences]
            for d in report.documents]


def test_round_trips_on_workers_and_a_cache_kept_by_the_client(tmp_path, cluster, tiny_marian):  # noqa: F811
    _, client = cluster
    root = tmp_path / "fr"
    root.mkdir()
    for i, town in enumerate(TOWNS[:6]):
        (root / f"{i}.txt").write_text(FILLER.format(town=town), encoding="utf-8")
    alone = pipeline.audit([str(root)], **_model_config(tiny_marian, tmp_path / "c0", use_cache=False))
    assert alone.translations["computed"] > 0

    cache = tmp_path / "c1"
    first = pipeline.audit([str(root)], client=client, **_model_config(tiny_marian, cache))
    assert _trips(first) == _trips(alone)
    # As many look-ups; a sentence repeated in two batches in flight at once is
    # translated by each (one process reuses its first translation).
    assert sum(first.translations.values()) == sum(alone.translations.values())
    assert first.translations["computed"] >= alone.translations["computed"]
    assert first.model["loads"] >= 1 and first.model["models"]["fr-en"]["loaded"]
    assert (cache / "translations.sqlite3").is_file()      # written by the client

    # What the cluster translated serves a single-process rerun...
    again = pipeline.audit([str(root)], **_model_config(tiny_marian, cache))
    assert again.translations == {"computed": 0, "cached": sum(alone.translations.values())}
    assert _trips(again) == _trips(alone)
    # ... and a cluster rerun: nothing translated, no model loaded on any worker.
    rerun = pipeline.audit([str(root)], client=client, **_model_config(tiny_marian, cache))
    assert rerun.translations["computed"] == 0
    assert rerun.model["loads"] == 0
    assert _trips(rerun) == _trips(alone)


# Last of the tests on the shared cluster: the killed worker's replacement
# would load its spaCy pipelines again for the next test.
def test_a_killed_worker_costs_a_retry_and_the_report_is_unchanged(corpus, single, cluster, small_batches):
    _, client = cluster
    killed = []

    def kill_a_worker(_rep):
        if killed:
            return
        # After the first batch: a worker with batches assigned to it dies.
        busy = {w: keys for w, keys in client.processing().items() if keys}
        if busy:
            worker = sorted(busy)[0]
            os.kill(client.run(os.getpid)[worker], signal.SIGKILL)
            killed.append(busy[worker])
    report = pipeline.audit([str(corpus)], client=client, progress=kill_a_worker, **CONFIG)
    assert killed
    assert report.timing["cluster"]["workers_lost"] == 1
    assert _json(report) == _json(single)


# -- settings ------------------------------------------------------------------

def test_cluster_settings_from_flags_file_and_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("MTAUDIT_SCHEDULER", raising=False)
    assert build_config(None, tmp_path, {"workers": "auto"}).workers == (os.cpu_count() or 1)
    (tmp_path / "mtaudit.toml").write_text('scheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    assert build_config(None, tmp_path, {}).scheduler == "tcp://10.0.0.5:8786"
    monkeypatch.setenv("MTAUDIT_SCHEDULER", "tcp://10.0.0.6:8786")
    assert build_config(None, tmp_path, {}).scheduler == "tcp://10.0.0.6:8786"
    assert build_config(None, tmp_path, {"scheduler": "tcp://h:1"}).scheduler == "tcp://h:1"
    cfg = build_config(None, tmp_path, {"workers": 3})          # a flag for a local cluster wins
    assert cfg.workers == 3 and cfg.scheduler is None
    with pytest.raises(UsageError, match="either workers"):
        build_config(None, tmp_path, {"workers": 2, "scheduler": "tcp://h:1"})
    with pytest.raises(UsageError, match="workers must be"):
        Config(workers=0).validate()


@pytest.mark.parametrize("flags, message", [
    (["--workers", "many"], "--workers expects"),
    (["--workers", "0"], "workers must be"),
])
def test_bad_worker_flags_are_one_line_usage_errors(write, capsys, flags, message):
    p = write("a.txt", "Le marché rouvre ses portes.")
    assert main(["audit", str(p), "--no-model", *flags]) == 2
    assert message in capsys.readouterr().err


def test_workers_n_starts_and_stops_a_local_cluster_also_on_ctrl_c(corpus):
    import psutil

    def interrupt(_rep):
        raise KeyboardInterrupt
    before = {p.pid for p in psutil.Process().children(recursive=True)}   # the shared cluster's
    with pytest.raises(KeyboardInterrupt):
        pipeline.audit([str(corpus)], select=["MT302"], workers=2, progress=interrupt, **CONFIG)
    # The local cluster is gone: none of its nanny or worker processes is left.
    ours = [p for p in psutil.Process().children(recursive=True) if p.pid not in before]
    _, alive = psutil.wait_procs(ours, timeout=20)
    assert alive == []
    # Only MT302 (no spaCy pipeline to load): the cluster's start is what is tested.
    single = pipeline.audit([str(corpus)], select=["MT302"], **CONFIG)
    report = pipeline.audit([str(corpus)], select=["MT302"], workers=2, **CONFIG)
    assert report.timing["cluster"]["scheduler"] == "local"
    assert report.timing["cluster"]["workers"] == 2
    assert _json(report) == _json(single)
    assert any(f.check == "MT302" for d in report.documents for f in d.findings)


def test_a_local_cluster_started_by_the_audit_skips_dask_bookkeeping():
    # The statistical profiler and frequent monitors cost the audit CPU on the
    # cores it shares with them (see LOCAL_CLUSTER_SETTINGS); the workers the
    # audit starts must run without them, and leave without Python's teardown.
    import dask
    import psutil
    from mtaudit.distributed import LOCAL_CLUSTER_SETTINGS, QuickExit, _connect

    def settings(dask_worker=None):
        return (dask.config.get("distributed.worker.profile.enabled"),
                "profile" in dask_worker.periodic_callbacks,
                dask_worker.periodic_callbacks["tick"].callback_time,
                QuickExit.name in dask_worker.plugins, os.getpid())
    client, cluster = _connect(Config(workers=1, **CONFIG), None)
    try:
        [(enabled, sampling, tick, quick_exit, pid)] = client.run(settings).values()
        assert (enabled, sampling, tick, quick_exit) == (False, False, 500.0, True)
    finally:
        client.close()
        cluster.close()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    # Only for the cluster the audit starts: the settings do not leak.
    assert dask.config.get("distributed.worker.profile.enabled") is True
    assert LOCAL_CLUSTER_SETTINGS["distributed.worker.profile.enabled"] is False
