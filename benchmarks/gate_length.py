"""Should MT108's document gate need a minimum document length? Cross-validated on train.

MT108 claims words at lower thresholds in a document whose mean word
probability reaches the gate (``mtaudit.word_model``). The mean of a few words
is a noisy estimate, so a short record might pass the gate by chance. This
reads the held-out probabilities that ``benchmarks/train_word_model.py
--cv-dump PREFIX`` writes (one JSON line per word: doc, kind, label, p, text)
and, for each candidate minimum length L (words scored by the model), keeps
the gate only for documents of at least L words, chooses the gated thresholds
again on those documents as the training script does (per kind, the lowest
threshold whose held-out flagged characters reach ``--precision``; at least
100 characters), and prints the claims' character precision and recall over
all documents. Characters are counted word by word (the words' lengths), not
over the runs the check reports, so the figures are close to, not equal to,
the training script's.

It also prints, per length bucket, how many documents pass the gate and the
word precision of the claims that only the gate makes there.

Run:  python benchmarks/gate_length.py PREFIX.bilingual.jsonl \\
          --meta mtaudit/data/word_model.json --mode bilingual [--precision 0.60]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("english", "agreement", "other")          # "name" is never claimed
CANDIDATES = (0, 5, 10, 20, 30, 50, 80, 120)
BUCKETS = ((0, 10), (10, 20), (20, 40), (40, 80), (80, 160), (160, None))


def read_dump(path: Path) -> dict[str, list[tuple[str, float, bool, int]]]:
    """doc id -> its words as (kind, probability, is an expert error, length)."""
    docs: dict[str, list] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
                docs.setdefault(str(r["doc"]), []).append(
                    (r["kind"], float(r["p"]), r["label"] == "BAD", len(r["text"])))
            except (ValueError, KeyError) as e:
                raise SystemExit(f"error: {path}:{n}: not a --cv-dump line ({e})")
    if not docs:
        raise SystemExit(f"error: {path}: no words")
    return docs


def mean(words) -> float:
    return sum(w[1] for w in words) / len(words)


def figures(docs, claim, gated, gate, min_words) -> tuple[float, float]:
    """Character precision and recall of the claims, word by word."""
    tp = fp = bad = 0
    for words in docs.values():
        past = len(words) >= min_words and mean(words) >= gate
        for kind, p, is_bad, n in words:
            bad += n if is_bad else 0
            t = claim.get(kind, 1.0)
            if past:
                t = min(t, gated.get(kind, 1.0))
            if t < 1.0 and p >= t:
                tp, fp = (tp + n, fp) if is_bad else (tp, fp + n)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / bad if bad else 0.0)


def choose_gated(docs, claim, precision) -> dict[str, float]:
    """Per kind, the lowest threshold (0.30..0.99) at which its flagged
    characters in these documents reach ``precision`` (at least 100)."""
    out = {}
    for kind in KINDS:
        out[kind] = 1.0
        for k in range(30, 100):
            t = min(k / 100, claim.get(kind, 1.0))
            tp = fp = 0
            for words in docs.values():
                for kd, p, is_bad, n in words:
                    if kd == kind and p >= t:
                        tp, fp = (tp + n, fp) if is_bad else (tp, fp + n)
            if tp + fp >= 100 and tp / (tp + fp) >= precision:
                out[kind] = k / 100
                break
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path, help="PREFIX.MODE.jsonl from train_word_model.py --cv-dump")
    ap.add_argument("--meta", type=Path, required=True, help="word_model.json (claim thresholds, gate)")
    ap.add_argument("--mode", choices=("target", "bilingual"), required=True)
    ap.add_argument("--precision", type=float, default=None,
                    help="gated precision (default: the meta file's gated_precision for the mode)")
    args = ap.parse_args(argv)
    meta = json.loads(args.meta.read_text(encoding="utf-8"))
    th = meta["thresholds"][args.mode]
    claim, gate = th["claim"], float(th["gate"])
    precision = args.precision if args.precision is not None else meta["gated_precision"][args.mode]
    docs = read_dump(args.dump)
    print(f"{len(docs)} documents; gate {gate}; gated precision {precision}")
    print("length bucket (words): documents, past the gate, gate-only claims (word precision)")
    for lo, hi in BUCKETS:
        sel = [w for w in docs.values() if len(w) >= lo and (hi is None or len(w) < hi)]
        past = [w for w in sel if mean(w) >= gate]
        tp = fp = 0
        for words in past:
            for kind, p, is_bad, _ in words:
                c, g = claim.get(kind, 1.0), th["gated_claim"].get(kind, 1.0)
                if g < 1.0 and g <= p < c:
                    tp, fp = (tp + 1, fp) if is_bad else (tp, fp + 1)
        print(f"  {lo}-{hi if hi else '':<4} {len(sel):4d} {len(past):4d} "
              f"{tp + fp:5d} ({tp / (tp + fp) if tp + fp else 0.0:.3f})")
    print("minimum length: gated documents, gated thresholds, claims char P / R")
    for L in CANDIDATES:
        gated_docs = {d: w for d, w in docs.items() if len(w) >= L and mean(w) >= gate}
        gated = choose_gated(gated_docs, claim, precision)
        p, r = figures(docs, claim, gated, gate, L)
        print(f"  L={L:<4d} {len(gated_docs):4d} {gated}  P {p:.3f} R {r:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
