"""Throughput of the model-free bilingual checks (MT401-MT406), one process.

What is timed: the six checks (NumberMismatch, DateMismatch, EntityMissing,
UntranslatedSegment, SourceWordsCopied, LengthRatio) run one after the other
on ready-made aligned documents, as the pipeline runs them. Not timed:
reading files, sentence alignment (the documents come aligned, one unit per
line, as from a TSV file), reports, scores, and the warm-up, which loads the
word lists and CLDR tables once per process.

The documents: the 16 aligned sentences of tests/data/bilingual/pairs.json
(id-fr, en-fr, fr-en, es-fr, de-en), cut into documents of one language pair
of about ten segments each. The three-digit numbers are changed on both
sides from one copy to the next; the other sentences repeat word for word, so
a cache keyed by sentence text would flatter the figure (the checks cache per
document and per word, not per sentence).

Prints segments (aligned units) per second of wall time, the issue #11 bar
(1,000 on one core: run it under ``OMP_NUM_THREADS=1 taskset -c 0``), and per
second of the process's CPU time, which a machine busy with other work
disturbs less (compare branches by alternating runs all the same).
``--calls`` runs the timed loop under cProfile instead and prints the
Python function calls it made: a figure no load on the machine changes
(the timing of that run is the profiler's, not the checks'). Usage:

    python benchmarks/bilingual.py [--segments 5000] [--calls]
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from mtaudit.checks import CheckContext
from mtaudit.checks.date_mismatch import DateMismatch
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.checks.length_ratio import LengthRatio
from mtaudit.checks.number_mismatch import NumberMismatch
from mtaudit.checks.untranslated_segment import UntranslatedSegment
from mtaudit.checks.untranslated_source import SourceWordsCopied
from mtaudit.config import Config
from mtaudit.corpus.align import align_pairs
from mtaudit.document import Document

PAIRS = json.loads((Path(__file__).resolve().parent.parent / "tests/data/bilingual/pairs.json")
                   .read_text(encoding="utf-8"))
_SMALL_INT = re.compile(r"(?<![\d.,])(?<![\d.,] )\b\d{3}\b(?![.,]\d|[ \u00a0]\d{3})")
CHECKS = (NumberMismatch, DateMismatch, EntityMissing, UntranslatedSegment, SourceWordsCopied, LengthRatio)


def build(n_segments: int, per_doc: int = 50) -> list[Document]:
    units = []
    for name, p in PAIRS.items():
        sl, tl = name.split("-")
        for s, t in zip(p["source"].split("\n"), p["target"].split("\n")):
            units.append((sl, tl, s, t))
    docs, i = [], 0
    while i < n_segments:
        sl, tl, _, _ = units[(i // per_doc) % len(units)]
        pairs = []
        for k in range(per_doc):
            usl, utl, s, t = units[(i + k) % len(units)]
            if (usl, utl) != (sl, tl):
                continue
            # Change whole small integers the same way on both sides.
            bump = lambda m: str(int(m.group()) + (i + k) % 50)
            pairs.append((_SMALL_INT.sub(bump, s), _SMALL_INT.sub(bump, t)))
        source, target, aligns = align_pairs(pairs)
        docs.append(Document(path=f"bench{i}.tsv", text=target, source=source, source_lang=sl,
                             target_lang=tl, alignments=aligns, format="tsv"))
        i += len(pairs) or per_doc
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--segments", type=int, default=5000)
    ap.add_argument("--calls", action="store_true",
                    help="count the timed loop's Python function calls (cProfile) instead of timing it")
    args = ap.parse_args()
    docs = build(args.segments)
    n = sum(len(d.alignments) for d in docs)
    ctx = CheckContext(config=Config(use_model=False))
    checks = [c() for c in CHECKS]
    for d in build(len(PAIRS) * 20, per_doc=5):   # warm up: wordfreq loads its tables once
        for c in checks:
            list(c.check(d, ctx))
    profile = None
    if args.calls:
        import cProfile
        profile = cProfile.Profile()
        profile.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    findings = 0
    for d in docs:
        for c in checks:
            findings += sum(1 for _ in c.check(d, ctx))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    if profile is not None:
        import pstats
        profile.disable()
        print(f"{n} segments in {len(docs)} documents: {pstats.Stats(profile).total_calls:,} "
              f"function calls ({findings} findings)")
        return
    print(f"{n} segments in {len(docs)} documents, {dt:.2f} s: {n / dt:.0f} segments/s "
          f"({findings} findings); CPU {dc:.2f} s: {n / dc:.0f} segments/s")


if __name__ == "__main__":
    main()
