"""How well do document scores follow the experts'? Scoring variants on one report.

Reads a JSON report (``mtaudit audit INPUT.jsonl -f json -o REPORT.json``)
and a gold JSONL with the experts' document scores (``{"id", "mqm", ...}``,
the format of WMT19 QE's ``*.gold.jsonl``), rescoring the report's findings
in several ways, and prints the Pearson r of each against the experts':

* ``claims only``: hints (info) and estimates cost nothing (the scoring
  before hints counted);
* ``hints by stated probability``: every hint at its stated probability, no
  estimate (the scoring before estimates counted);
* ``hints without probability at 0.5``: the same, at even odds where a hint's
  check states no probability (the variant rejected for clean text);
* ``mtaudit``: mtaudit's scoring (``mtaudit.scoring``), hints by stated
  probability and the documents' estimates (MT108's even-odds error words,
  in place of its findings, in a document past its gate);
* ``claims beside the estimate``: the previous scoring, MT108's claims
  counted beside its even-odds words less one per claim;
* ``estimate from even odds, every document``: the estimate without the
  gate (the words at p >= 0.5 but the claimed ones, in every document), for
  comparison; needs ``--cv-dump``;
* ``estimate from every word, past the gate``: every word's probability
  past the gate (ranks train better, costs short clean records: not kept);
  needs ``--cv-dump``;
* ``without MT108``: MT108's findings and estimate left out.

MT108 learnt from WMT19 QE train: on that split its findings are in-sample.
``--cv-dump PREFIX.MODE.jsonl`` (written by ``benchmarks/train_word_model.py
--cv-only --cv-dump PREFIX``) replaces them, and its estimate, by what its
held-out folds give, built as the check builds them (runs of adjacent words
at or above the shipped thresholds, the gated claim thresholds past the
document gate; the beside-a-name rule and MT102's passages are not applied,
so this is an approximation).

Run:  PYTHONPATH=. python benchmarks/score_study.py REPORT.json GOLD.jsonl
          [--cv-dump train_cv.target.jsonl --mode target --input TRAIN.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.quality import BenchmarkInputError, _read_jsonl, pearson  # noqa: E402
from mtaudit import scoring  # noqa: E402
from mtaudit.checks.suspect_word import ESTIMATE_FROM  # noqa: E402
from mtaudit.findings import Finding, Severity, merge_findings  # noqa: E402
from mtaudit.word_model import WordModel  # noqa: E402


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


def document_mean(words: list[dict]) -> float:
    """The model's mean probability over a document's words (the gate's measure)."""
    return sum(w["p"] for w in words) / len(words) if words else 0.0


def _flaggable(w: dict) -> bool:
    return any(c.isalnum() for c in w["text"])


@dataclass(frozen=True)
class _DumpedWord:
    """What ``WordModel.levels`` reads of a word, from a dump's row: its kind;
    the dump does not say whether it stood beside a name."""
    kind: str
    beside_name: bool = False


def _levels(words: list[dict], thresholds: dict) -> list[str | None]:
    """Each word's level, by ``WordModel.levels`` with the shipped thresholds
    (without the beside-a-name rule): past the gate, the gated thresholds
    read the gated claims' probability (``gated_p``) where the dump has one."""
    model = WordModel({}, {"thresholds": {"dump": thresholds}})
    return model.levels("dump", [_DumpedWord(w["kind"]) for w in words], [w["p"] for w in words],
                        document_mean(words), [w.get("gated_p", w["p"]) for w in words])


def held_out_mt108(words: list[dict], text: str, thresholds: dict) -> list[Finding]:
    """MT108's findings from held-out word probabilities (one document)."""
    levels = _levels(words, thresholds)
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
        while a <= b and not _flaggable(words[a]):
            a += 1
        while b >= a and not _flaggable(words[b]):
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


def even_odds_estimate(words: list[dict], thresholds: dict) -> float:
    """Words at p >= 0.5 but the claimed ones (the previous rounds' estimate)."""
    return sum(w["p"] for w, lv in zip(words, _levels(words, thresholds))
               if lv != "claim" and w["p"] >= ESTIMATE_FROM and _flaggable(w))


def net_of_claims_estimate(words: list[dict], thresholds: dict, claims: int = 0) -> float:
    """Every word at p >= 0.5 (ESTIMATE_FROM), less ``claims`` (one per claim,
    never below 0): with none, the check's estimate, which the score counts in
    place of MT108's findings; less one per claim, the previous estimate, the
    claims counted beside it."""
    return max(0.0, sum(w["p"] for w in words if w["p"] >= ESTIMATE_FROM and _flaggable(w)) - claims)


def every_word_estimate(words: list[dict], thresholds: dict) -> float:
    """Every word's probability but the claimed ones' (the variant not kept)."""
    return sum(w["p"] for w, lv in zip(words, _levels(words, thresholds))
               if lv != "claim" and _flaggable(w))


def held_out_estimate(words: list[dict], thresholds: dict, estimate=even_odds_estimate) -> float | None:
    """MT108's estimate of error words from held-out probabilities, as the
    check states it: past the document gate only (None under it)."""
    if document_mean(words) < thresholds.get("gate", 1.0):
        return None
    return estimate(words, thresholds)


def claims_beside_estimate(findings: list[Finding], words: int, estimates: dict[str, float]) -> float:
    """The previous scoring of MT108 past its gate: its claims counted (1 point
    each) beside its estimate less one per claim, where the estimate now
    stands in place of its claims."""
    merged = merge_findings(findings)
    if "MT108" not in estimates:
        return scoring.score_document(words, merged, estimates).score
    claimed = [f for f in merged if f.check == "MT108" and f.severity is not Severity.INFO]
    pen = scoring.penalty([f for f in merged if f.check != "MT108"],
                          {k: v for k, v in estimates.items() if k != "MT108"})
    pen += sum(scoring.finding_weight(f) for f in claimed) + max(0.0, estimates["MT108"] - len(claimed))
    return scoring.score(words, pen)


def variants(findings: list[Finding], words: int,
             estimates: dict[str, float] | None = None) -> dict[str, float]:
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
        "hints by stated probability": scoring.score_document(words, merged).score,
        "hints without probability at 0.5": with_default(merged, 0.5),
        "mtaudit (hints, estimates)": scoring.score_document(words, merged, estimates).score,
        "without MT108": scoring.score_document(
            words, merge_findings([f for f in findings if f.check != "MT108"]),
            {k: v for k, v in (estimates or {}).items() if k != "MT108"}).score,
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
        estimates = dict(d.get("estimates") or {})
        if held_out is not None:
            did = str(d["id"])
            words = held_out.get(did, [])
            mt108 = held_out_mt108(words, texts[did], thresholds)
            findings = [f for f in findings if f.check != "MT108"] + mt108
            estimates.pop("MT108", None)
            estimate = held_out_estimate(words, thresholds, net_of_claims_estimate)
            if estimate is not None:
                estimates["MT108"] = estimate
        for name, s in variants(findings, d["words"], estimates).items():
            scores[name].append(s)
        if held_out is not None:
            kept = [f for f in merge_findings(findings)
                    if not (f.check == "MT108" and f.severity is Severity.INFO)]
            scores["estimate from even odds, every document"].append(scoring.score(
                d["words"], scoring.penalty(kept) + even_odds_estimate(words, thresholds)))
            every = {k: v for k, v in estimates.items() if k != "MT108"}
            alt = held_out_estimate(words, thresholds, every_word_estimate)
            if alt is not None:
                every["MT108"] = alt
            scores["estimate from every word, past the gate"].append(
                scoring.score_document(d["words"], merge_findings(findings), every).score)
        scores["claims beside the estimate, less one each"].append(
            claims_beside_estimate(findings, d["words"], estimates))
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
