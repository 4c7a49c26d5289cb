"""Throughput of the model-free bilingual checks (MT401-MT406), one core.

Builds TSV-like documents from the test pairs (tests/data/bilingual/pairs.json),
varying the numbers so that caches do not flatter the figure, and prints
aligned segments checked per second. Usage:

    python benchmarks/bilingual.py [--segments 5000]
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
from mtaudit.checks.untranslated_source import SourceWordsCopied, UntranslatedSegment
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
    args = ap.parse_args()
    docs = build(args.segments)
    n = sum(len(d.alignments) for d in docs)
    ctx = CheckContext(config=Config(use_model=False))
    checks = [c() for c in CHECKS]
    for d in build(len(PAIRS) * 20, per_doc=5):   # warm up: wordfreq loads its tables once
        for c in checks:
            list(c.check(d, ctx))
    t0 = time.perf_counter()
    findings = 0
    for d in docs:
        for c in checks:
            findings += sum(1 for _ in c.check(d, ctx))
    dt = time.perf_counter() - t0
    print(f"{n} segments in {len(docs)} documents, {dt:.2f} s: {n / dt:.0f} segments/s "
          f"({findings} findings)")


if __name__ == "__main__":
    main()
