"""Scale-out benchmark: a model-free audit of a generated corpus of small
French articles in one process, then on a Dask LocalCluster of 1 and of 2
worker processes. Prints wall time, documents/s, speed-up over the single
process and the client's peak resident memory, and checks that every run's
JSON report is the single process's (apart from ``timing``).

    python benchmarks/scale.py                 # 10,000 files in a temporary folder
    python benchmarks/scale.py --files 2000 --modes single,2

Each run is a fresh Python process (so that peak memory is the run's own and
no run benefits from another's warm caches). Wall time is the whole
``audit()`` call: the cluster's start and each worker's spaCy load included.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TOWNS = ["Quimper", "Morlaix", "Vannes", "Lorient", "Rennes", "Dinan", "Redon", "Vitré", "Lannion",
         "Paimpol", "Concarneau", "Douarnenez", "Landerneau", "Fougères", "Auray", "Pontivy",
         "Guingamp", "Carhaix", "Ploërmel", "Saint-Brieuc"]
SUBJECTS = ["le marché couvert", "la médiathèque", "la piscine municipale", "le port de plaisance",
            "la gare routière", "le centre culturel", "la salle des fêtes", "le musée de la pêche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre",
          "octobre", "novembre"]
SENTENCES = [
    "{S} de {T} rouvre ses portes en {M} {Y} après deux ans de travaux.",
    "Le chantier a coûté {N} millions d'euros, selon la mairie.",
    "Les habitants de {T} attendaient cette réouverture depuis longtemps.",
    "La région a financé un tiers des travaux, a rappelé le maire.",
    "Une fête est prévue le premier samedi de {M} pour l'inauguration.",
    "Les associations du quartier y organiseront des ateliers pour les enfants.",
    "Le conseil municipal votera le budget de fonctionnement en {M} {Y}.",
    "Les commerçants espèrent que {S} attirera de nouveaux visiteurs.",
]


def generate(folder: Path, n: int, seed: int = 1) -> None:
    """n articles of 4 to 6 sentences, in folders of 500."""
    rng = random.Random(seed)
    for i in range(n):
        d = folder / f"lot{i // 500:03}"
        d.mkdir(parents=True, exist_ok=True)
        town, subject = rng.choice(TOWNS), rng.choice(SUBJECTS)
        sents = rng.sample(SENTENCES[1:], rng.randint(3, 5))
        text = " ".join([SENTENCES[0], *sents]).format(
            S=subject, T=town, M=rng.choice(MONTHS), Y=rng.choice([2023, 2024, 2024, 2025]),
            N=rng.randint(2, 40))
        (d / f"article{i:05}.txt").write_text(text[0].upper() + text[1:] + "\n", encoding="utf-8")


def _worker_figures(dask_worker=None) -> dict:
    import psutil
    spans = sorted(dask_worker.plugins["scale-benchmark-clock"].spans)
    t = psutil.Process().cpu_times()
    busy = sum(b - a for a, b in spans)
    return {"cpu": t.user + t.system, "tasks": len(spans), "busy": busy,
            "first": spans[0][0] if spans else None,
            "idle": (spans[-1][1] - spans[0][0] - busy) if spans else 0.0}


def _instrument(workers: dict) -> None:
    """Benchmark-only hooks on the cluster path: a task clock on each worker,
    and each worker's CPU and idle time read before the cluster closes."""
    from distributed import WorkerPlugin
    from mtaudit import distributed as D
    connect, map_reduce = D._connect, D._map_reduce

    class TaskClock(WorkerPlugin):
        """A Dask worker plugin: when each task started and ended on this worker,
        to tell a worker's busy time from the time it waited for a batch."""

        name = "scale-benchmark-clock"

        def setup(self, worker=None) -> None:
            self.started: dict[str, float] = {}
            self.spans: list[tuple[float, float]] = []

        def transition(self, key, start, finish, **kwargs) -> None:
            if finish == "executing":
                self.started[key] = time.time()
            elif start == "executing" and key in self.started:
                self.spans.append((self.started.pop(key), time.time()))

    def connect_and_clock(config, client):
        client, cluster = connect(config, client)
        client.register_plugin(TaskClock())
        return client, cluster

    def map_reduce_and_read(client, *args):
        map_reduce(client, *args)
        workers.update(client.run(_worker_figures))
    D._connect, D._map_reduce = connect_and_clock, map_reduce_and_read


def run_one(corpus: str, mode: str, out: str) -> None:
    """One measured audit, in this (fresh) process."""
    import resource
    import threading
    import psutil
    from mtaudit.pipeline import audit
    from mtaudit.reports.json import dumps
    kw = {} if mode == "single" else {"workers": int(mode)}
    workers: dict = {}
    if mode != "single":
        _instrument(workers)
    me = psutil.Process()
    t0, t = time.time(), time.perf_counter()
    report = audit([corpus], use_model=False, reference_year=2025, **kw)
    wall = time.perf_counter() - t
    main_thread = next(th.user_time + th.system_time for th in me.threads()
                       if th.id == threading.get_native_id())
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the client and of every process it started and waited
    # for (the workers): what the run cost, whatever else ran meanwhile.
    data = json.loads(dumps(report))
    data.pop("timing")
    Path(out).write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    # The client's main thread walks, reads and reduces; its other threads
    # are Dask's (for a local cluster: the scheduler, the nannies and the
    # client's communication, on one event loop).
    print(json.dumps({"wall": wall, "documents": len(report.documents), "cpu": cpu,
                      "client_main_cpu": main_thread,
                      "client_other_cpu": own.ru_utime + own.ru_stime - main_thread,
                      "workers": [{**w, "first": (w["first"] - t0) if w["first"] else None}
                                  for _, w in sorted(workers.items())],
                      "peak_rss_mib": own.ru_maxrss / 1024}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--modes", default="single,1,2", help="comma-separated: single, or a number of workers")
    ap.add_argument("--dir", help="where to generate the corpus (default: a temporary folder)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run the modes this many times, alternating, and print the median of each: "
                         "this machine's speed drifts by a third from one minute to the next, so a "
                         "speed-up is only fair between runs made side by side")
    ap.add_argument("--run", nargs=3, metavar=("CORPUS", "MODE", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        run_one(*args.run)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.dir) if args.dir else Path(tmp) / "corpus"
        if not corpus.exists():
            generate(corpus, args.files)
        print(f"corpus: {args.files} files in {corpus}; {os.cpu_count()} cores; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        print(f"{'mode':<12}{'wall s':>9}{'docs/s':>9}{'speed-up':>10}{'CPU s':>9}{'client MiB':>12}"
              "  same report")
        results, reference, details = {}, None, []
        walls: dict[str, list[float]] = {}
        ratios: dict[str, list[float]] = {}
        for mode in [m for _ in range(max(1, args.rounds)) for m in args.modes.split(",")]:
            out = Path(tmp) / f"{mode}.json"
            env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
            proc = subprocess.run([sys.executable, __file__, "--run", str(corpus), mode, str(out)],
                                  capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                print(f"{mode}: failed\n{proc.stderr[-2000:]}")
                return 1
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results[mode] = r
            body = out.read_text(encoding="utf-8")
            reference = reference if reference is not None else body
            base = results.get("single", r)["wall"]      # this round's single process
            walls.setdefault(mode, []).append(r["wall"])
            ratios.setdefault(mode, []).append(base / r["wall"])
            label = "1 process" if mode == "single" else f"{mode} worker{'s' if mode != '1' else ''}"
            print(f"{label:<12}{r['wall']:>9.1f}{r['documents'] / r['wall']:>9.1f}{base / r['wall']:>9.2f}x"
                  f"{r['cpu']:>9.1f}{r['peak_rss_mib']:>12.0f}  {'yes' if body == reference else 'NO'}")
            details.append(f"{label}: CPU s: client main thread {r['client_main_cpu']:.1f}, "
                           f"client's other threads {r['client_other_cpu']:.1f}" + "".join(
                               f"; worker {i + 1} {w['cpu']:.1f} ({w['tasks']} batches, busy {w['busy']:.1f} s, "
                               f"first batch at {w['first']:.1f} s, then idle {w['idle']:.1f} s)"
                               for i, w in enumerate(r["workers"])))
        for line in details:
            print(line)
        if args.rounds > 1:
            from statistics import median
            for mode, ws in walls.items():
                label = "1 process" if mode == "single" else f"{mode} worker{'s' if mode != '1' else ''}"
                print(f"median of {len(ws)} rounds: {label}: wall {median(ws):.1f} s "
                      f"(from {min(ws):.1f} to {max(ws):.1f}), speed-up against the same round's "
                      f"single process {median(ratios[mode]):.2f}x "
                      f"({', '.join(f'{x:.2f}' for x in ratios[mode])})")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
