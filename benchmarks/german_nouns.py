"""What the German tagger (mtaudit.pos_de, HanTa) costs and does on German text.

Reads the German side of NTREX (newstest2019-ref.deu.txt, one sentence a
line; DOCUMENT_IDS.tsv gives each line's document), finds each line's name
runs as MT403 does for a German source (mtaudit.names.find_names, with the
whole document's case evidence, French and English dictionaries beside),
and hands them to ``pos_de.without_common_nouns``, the step MT403 adds for a
German source. Prints, in one process with cold caches: the model's load
time, the time of that step per line and per tagged window (the lines and
windows it tags), the time of a second pass (windows cached), and which
name words it dropped (the most frequent, by how surely find_names took
them for names).

    python benchmarks/german_nouns.py /work/shared/data/ntrex [--show 30]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from mtaudit import pos_de
from mtaudit.names import STRONG, case_evidence, find_names


def read_documents(root: Path) -> list[str]:
    ids = [ln.split("\t")[0] for ln in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    lines = (root / "newstest2019-ref.deu.txt").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(ids):
        sys.exit(f"{root}: {len(lines)} German lines, DOCUMENT_IDS.tsv has {len(ids)}")
    docs: dict[str, list[str]] = {}
    for d, ln in zip(ids, lines):
        docs.setdefault(d, []).append(ln.strip())
    return ["\n".join(v) for v in docs.values()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ntrex", type=Path, help="NTREX folder (DOCUMENT_IDS.tsv, newstest2019-ref.deu.txt)")
    ap.add_argument("--show", type=int, default=30, help="dropped words to list per level")
    args = ap.parse_args()
    t = time.perf_counter()
    if pos_de.tagger_missing():
        sys.exit(pos_de.tagger_missing())
    load = time.perf_counter() - t
    units = []
    for text in read_documents(args.ntrex):
        evidence = case_evidence(text, "de")
        pos = 0
        for line in text.split("\n"):
            units.append((text, pos, pos + len(line),
                          find_names(text, "de", pos, pos + len(line), evidence, ("fr", "en"))))
            pos += len(line) + 1
    t = time.perf_counter()
    kept = [pos_de.without_common_nouns(runs, text, a, b) for text, a, b, runs in units]
    spent = time.perf_counter() - t
    windows = pos_de._tag_sentence.cache_info().misses
    t = time.perf_counter()
    for text, a, b, runs in units:
        pos_de.without_common_nouns(runs, text, a, b)
    again = time.perf_counter() - t
    print(f"model load {load:.2f} s")
    print(f"{len(units)} German lines: {spent:.2f} s, {1000 * spent / len(units):.2f} ms a line; "
          f"{windows} windows tagged, {1000 * spent / max(windows, 1):.2f} ms a window "
          f"(second pass, windows cached: {again:.2f} s)")
    dropped, total = Counter(), Counter()
    for (_, _, _, runs), k in zip(units, kept):
        left = {w.start for r in k for w in r}
        for r in runs:
            for w in r:
                total[w.level] += 1
                if w.start not in left:
                    dropped[(w.level, w.text)] += 1
    for level, name in ((STRONG, "sure"), (STRONG - 1, "weak")):
        n = sum(v for (lv, _), v in dropped.items() if lv == level)
        top = sorted(((w, v) for (lv, w), v in dropped.items() if lv == level), key=lambda x: (-x[1], x[0]))
        print(f"{name} name words: {total[level]}, dropped as common nouns: {n}: "
              + ", ".join(f"{w} {v}" for w, v in top[:args.show]))


if __name__ == "__main__":
    main()
