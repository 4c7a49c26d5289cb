"""Large inputs: time and peak memory (RSS) of model-free audits.

    python benchmarks/large_inputs.py                 # every scenario, default sizes
    python benchmarks/large_inputs.py big --mb 4      # one 4 MB article, all checks
    python benchmarks/large_inputs.py big --mb 4 --single-line   # the same article on one line
    python benchmarks/large_inputs.py checks --mb 0.5 # seconds of each check alone
    python benchmarks/large_inputs.py tree --files 100000 --select MT201
    python benchmarks/large_inputs.py tree --files 10000            # all checks
    python benchmarks/large_inputs.py segments --mb 4 # splitting and line tables only

Each scenario runs in a fresh child process, so its peak RSS is its own.
Inputs are generated (seeded) in a temporary folder and removed afterwards.
The report is rendered as JSON into /dev/null, so writing it is counted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = ["Le gouvernement", "La ministre de la Santé", "Le maire de Lyon", "Les syndicats",
            "La Banque centrale", "Le tribunal administratif", "Une association locale",
            "Le président du conseil régional", "Les chercheurs de l'université", "La préfecture"]
VERBS = ["a annoncé", "a démenti", "a confirmé", "a présenté", "a critiqué", "a salué",
         "a rappelé", "a publié", "a reporté", "a défendu"]
OBJECTS = ["un plan d'investissement de {n} millions d'euros", "la réforme des retraites",
           "la fermeture de {n} classes", "un rapport sur la qualité de l'air",
           "la hausse de {n} % des loyers", "le projet de tramway", "un accord salarial",
           "les résultats du recensement", "la construction de {n} logements",
           "une enquête sur les marchés publics"]
TAILS = ["le {d} {m} {y}", "lors d'une conférence de presse", "devant les députés",
         "selon un communiqué", "après plusieurs semaines de négociations", "à Marseille",
         "dans un entretien accordé à la presse régionale", "malgré l'opposition"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def sentence(rng: random.Random) -> str:
    fill = {"n": rng.randint(2, 900), "d": rng.randint(1, 28), "m": rng.choice(MONTHS),
            "y": rng.randint(2015, 2024)}
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    return s.format(**fill)


def article(rng: random.Random, target_chars: int) -> str:
    paras, size = [], 0
    while size < target_chars:
        p = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        paras.append(p)
        size += len(p) + 1
    return "\n".join(paras) + "\n"


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def cpu_seconds() -> float:
    """CPU time of this process (user + system): on a shared machine, a
    figure that other processes' load does not inflate as it does wall time."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _audit_to_devnull(paths, select):
    from mtaudit import audit
    from mtaudit.reports.json import write
    kw = {"select": select} if select else {}
    report = audit(paths, target_lang="fr", use_model=False, progress=None, **kw)
    with open(os.devnull, "w", encoding="utf-8") as out:
        write(report, out)
    return report


def run_big(args) -> dict:
    rng = random.Random(1)
    text = article(rng, int(args.mb * 1_000_000))
    if args.single_line:
        # The same sentences as one paragraph: no line structure to lean on.
        text = " ".join(text.split("\n")).strip() + "\n"
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "big.txt"
        p.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        report = _audit_to_devnull([str(p)], args.select)
        total = time.perf_counter() - t0
    doc = report.documents[0]
    out = {"scenario": "big", "single_line": args.single_line, "bytes": len(text.encode()), "status": doc.status,
           "error": doc.error, "words": doc.words, "findings": len(doc.findings),
           "seconds": round(total, 2), "cpu_seconds": round(cpu_seconds(), 1),
           "timing": report.timing, "peak_rss_mb": round(peak_rss_mb())}
    return out


def run_checks(args) -> dict:
    text = article(random.Random(1), int(args.mb * 1_000_000))
    return {"scenario": "checks", "bytes": len(text.encode()),
            "per_check_seconds": per_check(text, args.select), "peak_rss_mb": round(peak_rss_mb())}


def per_check(text: str, select) -> dict:
    """Seconds each check takes on the text alone (spaCy parse counted apart)."""
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.document import Document
    from mtaudit.nlp import NLP
    from mtaudit.batch_auditor import select_checks
    config = Config(target_lang="fr", use_model=False, select=select or []).validate()
    ctx = CheckContext(config=config, nlp=NLP())
    doc = Document(path="big.txt", text=text, target_lang="fr")
    times = {}
    t = time.perf_counter()
    ctx.nlp.parse(doc)
    times["spacy-parse"] = round(time.perf_counter() - t, 2)
    for cls in select_checks(config):
        check = cls()
        if not check.applies_to(doc):
            continue
        t = time.perf_counter()
        try:
            n = sum(1 for _ in check.check(doc, ctx)) + sum(1 for _ in check.finish(ctx))
        except Exception as e:   # noqa: BLE001 - report it, keep measuring
            n = f"{type(e).__name__}: {e}"
        times[cls.code] = (round(time.perf_counter() - t, 2), n)
    return times


def run_tree(args) -> dict:
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        per_folder = 1000
        for i in range(args.files):
            folder = Path(d) / f"batch{i // per_folder:04d}"
            if i % per_folder == 0:
                folder.mkdir()
            (folder / f"a{i:06d}.txt").write_text(sentence(rng) + "\n" + sentence(rng) + "\n",
                                                 encoding="utf-8")
        made = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = _audit_to_devnull([d], args.select)
        total = time.perf_counter() - t0
    s = report.summary()
    return {"scenario": "tree", "files": args.files, "select": args.select or "all",
            "documents": s["documents"], "errors": s["errors"],
            "findings": sum(s["findings"].values()), "generate_seconds": round(made, 1),
            "seconds": round(total, 1), "ms_per_file": round(1000 * total / max(1, args.files), 2),
            "peak_rss_mb": round(peak_rss_mb())}


def run_segments(args) -> dict:
    from mtaudit.document import Document
    from mtaudit.segments import line_starts, split_paragraphs, split_sentences
    text = article(random.Random(3), int(args.mb * 1_000_000))
    out = {"scenario": "segments", "chars": len(text)}
    for name, fn in [("paragraphs", lambda: split_paragraphs(text)),
                     ("sentences", lambda: split_sentences(text)),
                     ("line_starts", lambda: line_starts(text)),
                     ("Document._line_starts", lambda: Document(path="x", text=text)._line_starts)]:
        t = time.perf_counter()
        fn()
        out[name + "_seconds"] = round(time.perf_counter() - t, 3)
    out["peak_rss_mb"] = round(peak_rss_mb())
    return out


SCENARIOS = {"big": run_big, "checks": run_checks, "tree": run_tree, "segments": run_segments}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", nargs="?", choices=[*SCENARIOS, "all"], default="all")
    ap.add_argument("--mb", type=float, default=4.0, help="size of the big article (MB)")
    ap.add_argument("--files", type=int, default=None, help="files in the generated tree")
    ap.add_argument("--select", default=None, help="comma-separated check codes (default: all)")
    ap.add_argument("--single-line", action="store_true",
                    help="big: write the article on one line (no paragraph breaks)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        args.select = [c for c in (args.select or "").split(",") if c] or None
        print(json.dumps(SCENARIOS[args.scenario](args), ensure_ascii=False))
        return
    plan = ([(args.scenario, args.files, args.select)] if args.scenario != "all" else
            [("segments", None, None), ("big", None, None),
             ("tree", 100_000, "MT201"), ("tree", 10_000, None)])
    for scenario, files, select in plan:
        cmd = [sys.executable, __file__, scenario, "--child", "--mb", str(args.mb)]
        if files or args.files:
            cmd += ["--files", str(files or args.files)]
        if select:
            cmd += ["--select", select]
        if args.single_line:
            cmd += ["--single-line"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{scenario}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        print(proc.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
