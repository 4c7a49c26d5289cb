"""How well do document scores follow the experts'? Scoring variants on one report.

Reads a JSON report (``mtaudit audit INPUT.jsonl -f json -o REPORT.json``)
and a gold JSONL with the experts' document scores (``{"id", "mqm", ...}``,
the format of WMT19 QE's ``*.gold.jsonl``), rescoring the report's findings
in several ways, and prints the Pearson r of each against the experts':

* ``claims only``: hints (info) cost nothing (the scoring before hints counted);
* ``hints by stated probability``: mtaudit's scoring (``mtaudit.scoring``);
* ``hints without probability at 0.5``: every hint counts, at even odds where
  its check states no probability (the variant rejected for clean text);
* ``without MT108``: MT108's findings left out;
* with ``--cv-dump``, ``proposal: MT108 words at p >= 0.5``: MT108's hints
  replaced by every word the model gives at least even odds, each counting
  its probability (what MT108 would have to expose; see the notes).

MT108 learnt from WMT19 QE train: on that split its findings are in-sample.
``--cv-dump PREFIX.MODE.jsonl`` (written by ``benchmarks/train_word_model.py
--cv-only --cv-dump PREFIX``) replaces them by the findings its held-out folds
give, built as the check builds them (runs of adjacent words at or above the
shipped thresholds; the beside-a-name rule and MT102's passages are not
applied, so this is an approximation).

Run:  PYTHONPATH=. python benchmarks/score_study.py REPORT.json GOLD.jsonl
          [--cv-dump train_cv.target.jsonl --mode target --input TRAIN.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.quality import BenchmarkInputError, _read_jsonl, pearson  # noqa: E402
from mtaudit import scoring  # noqa: E402
from mtaudit.findings import Finding, Severity, merge_findings  # noqa: E402


def unfold(d: dict) -> list[Finding]:
    """A reported finding and the findings folded into it, as separate findings."""
    ev = {k: v for k, v in d.get("evidence", {}).items() if k != "also"}
    out = [Finding(check=d["check"], category=d["category"], severity=d["severity"],
                   start=d["start"], end=d["end"], text=d.get("text", ""), message="",
                   evidence=ev)]
    for a in d.get("evidence", {}).get("also", []):
        out.append(Finding(check=a["check"], category=a["category"], severity=a["severity"],
                           start=a["start"], end=a["end"], text="", message="",
                           evidence=dict(a.get("evidence", {}))))
    return out


def held_out_mt108(words: list[dict], text: str, thresholds: dict) -> list[Finding]:
    """MT108's findings from held-out word probabilities (one document)."""
    def level(w):
        claim, hint = thresholds["claim"][w["kind"]], thresholds["hint"][w["kind"]]
        if claim < 1.0 and w["p"] >= claim:
            return "claim"
        if hint < 1.0 and w["p"] >= hint:
            return "hint"
        return None

    def flaggable(w):
        return any(c.isalnum() for c in w["text"])

    levels = [level(w) for w in words]
    out, i = [], 0
    while i < len(words):
        if levels[i] is None:
            i += 1
            continue
        j = i       # a run stops at a paragraph break, as the check's sequences do
        while (j + 1 < len(words) and levels[j + 1] == levels[i]
               and "\n" not in text[words[j]["end"]:words[j + 1]["start"]]):
            j += 1
        a, b = i, j
        while a <= b and not flaggable(words[a]):
            a += 1
        while b >= a and not flaggable(words[b]):
            b -= 1
        if a <= b:
            s, e = words[a]["start"], words[b]["end"]
            while s < e and not text[s].isalnum():
                s += 1
            while e > s and not text[e - 1].isalnum():
                e -= 1
            out.append(Finding(check="MT108", category="fluency",
                               severity="minor" if levels[i] == "claim" else "info",
                               start=s, end=e, text=text[s:e], message="",
                               evidence={"probability": round(max(w["p"] for w in words[a:b + 1]), 3)}))
        i = j + 1
    return out


def variants(findings: list[Finding], words: int) -> dict[str, float]:
    def with_default(fs, default):
        saved = scoring.DEFAULT_HINT_CONFIDENCE
        scoring.DEFAULT_HINT_CONFIDENCE = default
        try:
            return scoring.score_document(words, fs).score
        finally:
            scoring.DEFAULT_HINT_CONFIDENCE = saved
    merged = merge_findings(findings)
    claims = [f for f in merged if f.severity is not Severity.INFO]
    return {
        "claims only": scoring.score_document(words, claims).score,
        "hints by stated probability (mtaudit)": scoring.score_document(words, merged).score,
        "hints without probability at 0.5": with_default(merged, 0.5),
        "without MT108": scoring.score_document(
            words, merge_findings([f for f in findings if f.check != "MT108"])).score,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", type=Path, help="mtaudit JSON report")
    ap.add_argument("gold", type=Path, help="gold JSONL with the experts' document scores (mqm)")
    ap.add_argument("--cv-dump", type=Path, help="held-out MT108 word probabilities (JSONL)")
    ap.add_argument("--mode", choices=("target", "bilingual"), help="the model of the dump")
    ap.add_argument("--input", type=Path, help="the audited JSONL (texts, for --cv-dump)")
    args = ap.parse_args(argv)
    if args.cv_dump and not (args.mode and args.input):
        ap.error("--cv-dump needs --mode and --input")
    try:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        gold = {str(r["id"]): float(r["mqm"]) for r in _read_jsonl(args.gold)}
    except (OSError, ValueError, KeyError, BenchmarkInputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    held_out = texts = thresholds = None
    if args.cv_dump:
        held_out = defaultdict(list)
        for w in _read_jsonl_words(args.cv_dump):
            held_out[str(w["doc"])].append(w)
        texts = {str(r["id"]): r["target"] for r in _read_jsonl(args.input)}
        meta = json.loads((ROOT / "mtaudit" / "data" / "word_model.json").read_text(encoding="utf-8"))
        thresholds = meta["thresholds"][args.mode]
    scores: dict[str, list[float]] = defaultdict(list)
    experts = []
    for d in report.get("documents", []):
        if d.get("status") != "ok" or str(d.get("id")) not in gold:
            continue
        findings = [f for x in d["findings"] for f in unfold(x)]
        if held_out is not None:
            did = str(d["id"])
            findings = ([f for f in findings if f.check != "MT108"]
                        + held_out_mt108(held_out.get(did, []), texts[did], thresholds))
        for name, s in variants(findings, d["words"]).items():
            scores[name].append(s)
        if held_out is not None:
            kept = [f for f in merge_findings(findings)
                    if not (f.check == "MT108" and f.severity is Severity.INFO)]
            extra = sum(w["p"] for w in held_out.get(str(d["id"]), [])
                        if w["p"] >= 0.5 and any(c.isalnum() for c in w["text"]))
            scores["proposal: MT108 words at p >= 0.5"].append(
                scoring.score(d["words"], scoring.penalty(kept) + extra))
        experts.append(gold[str(d["id"])])
    print(f"{len(experts)} documents with an expert score"
          + (f"; MT108 from held-out folds ({args.cv_dump.name})" if held_out is not None else ""))
    for name, s in scores.items():
        print(f"   {name:40s} Pearson r {pearson(s, experts):.3f}   mean score {sum(s) / len(s):.1f}")
    return 0


def _read_jsonl_words(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


if __name__ == "__main__":
    sys.exit(main())
