"""Detection quality of the whole audit against expert error spans.

Audits a JSONL input (``{"id", "target", "source"?, ...}`` per line) through
mtaudit's Python API, twice: target-only (the ``source`` of every record
dropped) and bilingual (records as they are), and compares the findings with
a gold JSONL of expert spans (``{"id", "mqm", "spans": [{"parts": [[start,
end], ...], "severity", "category", "text"}]}``, offsets in code points of
the record's target text: the format of WMT19 QE's ``dev.gold.jsonl``).

Only findings above info count: info is a hint, not a claim. Printed per mode:

* character precision / recall / F1, whitespace ignored: robust to findings
  that cover a whole sentence;
* span precision (share of findings overlapping some expert span) and span
  recall (share of expert spans overlapped by some finding), and the recall
  of each expert category;
* Pearson r between the documents' scores and the experts' MQM;
* with ``--show N``: N false claims and N missed spans.

A gold document that the audit did not report (missing, or status "error")
keeps its spans in the recall denominators: they count as missed.

Run:  PYTHONPATH=. python benchmarks/quality.py INPUT.jsonl GOLD.jsonl
          [--mode target-only|bilingual|both] [--json OUT.json] [--show N]
          [--disable MT108,...]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MODES = ("target-only", "bilingual")


# -- data ------------------------------------------------------------------

@dataclass(frozen=True)
class GoldSpan:
    parts: tuple[tuple[int, int], ...]
    category: str
    severity: str
    text: str = ""


@dataclass
class GoldDocument:
    id: str
    mqm: float
    spans: list[GoldSpan]


@dataclass(frozen=True)
class Claim:
    """One finding above info: what the audit claims is wrong."""
    start: int
    end: int
    check: str
    severity: str
    text: str = ""


@dataclass
class AuditedDocument:
    id: str
    text: str
    score: float | None
    claims: list[Claim]


@dataclass
class Sample:
    document: str
    label: str          # check code (false claim) or expert category (miss)
    text: str


@dataclass
class QualityFigures:
    documents: int = 0
    unaudited_documents: int = 0
    char_precision: float = 0.0
    char_recall: float = 0.0
    char_f1: float = 0.0
    claims: int = 0
    true_claims: int = 0
    span_precision: float = 0.0
    gold_spans: int = 0
    found_spans: int = 0
    span_recall: float = 0.0
    recall_by_category: dict[str, float] = field(default_factory=dict)
    spans_by_category: dict[str, int] = field(default_factory=dict)
    true_claims_by_check: dict[str, int] = field(default_factory=dict)
    false_claims_by_check: dict[str, int] = field(default_factory=dict)
    pearson: float = 0.0
    false_claims: list[Sample] = field(default_factory=list)
    misses: list[Sample] = field(default_factory=list)


class BenchmarkInputError(ValueError):
    """An input or gold file that cannot be read as described."""


# -- metric functions ------------------------------------------------------

def overlaps(start: int, end: int, parts) -> bool:
    """True when [start, end) shares at least one character with one of parts."""
    return any(start < b and a < end for a, b in parts)


def non_space_chars(spans, text: str) -> set[int]:
    """Offsets covered by spans, whitespace excluded (offsets past the text kept)."""
    out: set[int] = set()
    for a, b in spans:
        for i in range(max(0, a), b):
            if i >= len(text) or not text[i].isspace():
                out.add(i)
    return out


def ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson correlation; 0.0 when undefined (under 3 points, or no variance)."""
    n = len(xs)
    if n != len(ys):
        raise ValueError("pearson: series of different lengths")
    if n < 3:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    if not sx or not sy:
        return 0.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sx * sy)


def score_documents(audited: list[AuditedDocument], gold: dict[str, GoldDocument],
                    show: int = 0) -> QualityFigures:
    """Compare the claims of audited documents with the gold spans.

    Audited documents without gold are ignored; gold documents without an
    audited twin count as unaudited, their spans all missed.
    """
    fig = QualityFigures()
    flagged_total = gold_total = both_total = 0
    found, total = Counter(), Counter()
    true_by, false_by = Counter(), Counter()
    scores, mqms = [], []
    seen: set[str] = set()
    for doc in audited:
        g = gold.get(doc.id)
        if g is None:
            continue
        seen.add(doc.id)
        fig.documents += 1
        gparts = [p for s in g.spans for p in s.parts]
        for c in doc.claims:
            fig.claims += 1
            if overlaps(c.start, c.end, gparts):
                fig.true_claims += 1
                true_by[c.check] += 1
            else:
                false_by[c.check] += 1
                if len(fig.false_claims) < show:
                    fig.false_claims.append(Sample(doc.id, c.check, doc.text[c.start:c.end][:60]))
        flagged = non_space_chars(((c.start, c.end) for c in doc.claims), doc.text)
        gchars = non_space_chars(gparts, doc.text)
        flagged_total += len(flagged)
        gold_total += len(gchars)
        both_total += len(flagged & gchars)
        for s in g.spans:
            total[s.category] += 1
            if any(overlaps(c.start, c.end, s.parts) for c in doc.claims):
                found[s.category] += 1
            elif len(fig.misses) < show:
                fig.misses.append(Sample(doc.id, s.category, s.text[:60]))
        if doc.score is not None:
            scores.append(float(doc.score))
            mqms.append(float(g.mqm))
    for gid, g in gold.items():
        if gid in seen:
            continue
        fig.unaudited_documents += 1
        for s in g.spans:
            total[s.category] += 1
        gold_total += len(non_space_chars((p for s in g.spans for p in s.parts), ""))
    fig.char_precision = ratio(both_total, flagged_total)
    fig.char_recall = ratio(both_total, gold_total)
    fig.char_f1 = f1(fig.char_precision, fig.char_recall)
    fig.span_precision = ratio(fig.true_claims, fig.claims)
    fig.gold_spans = sum(total.values())
    fig.found_spans = sum(found.values())
    fig.span_recall = ratio(fig.found_spans, fig.gold_spans)
    fig.spans_by_category = dict(total.most_common())
    fig.recall_by_category = {c: ratio(found[c], n) for c, n in total.most_common()}
    fig.true_claims_by_check = dict(sorted(true_by.items()))
    fig.false_claims_by_check = dict(sorted(false_by.items()))
    fig.pearson = pearson(scores, mqms)
    return fig


# -- reading ---------------------------------------------------------------

def _read_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchmarkInputError(f"{path}: cannot read: {exc}") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BenchmarkInputError(f"{path} line {n}: {exc}") from exc
        if not isinstance(rec, dict) or "id" not in rec:
            raise BenchmarkInputError(f"{path} line {n}: a JSON object with an \"id\" is needed")
        out.append(rec)
    return out


def load_gold(path: Path) -> dict[str, GoldDocument]:
    gold: dict[str, GoldDocument] = {}
    for rec in _read_jsonl(path):
        gid = str(rec["id"])
        try:
            spans = [GoldSpan(parts=tuple((int(a), int(b)) for a, b in s["parts"]),
                              category=str(s["category"]), severity=str(s.get("severity", "")),
                              text=str(s.get("text", "")))
                     for s in rec.get("spans", [])]
            doc = GoldDocument(gid, float(rec["mqm"]), spans)
        except (KeyError, TypeError, ValueError) as exc:
            raise BenchmarkInputError(f"{path}: gold document {gid}: malformed ({exc!r})") from exc
        if gid in gold:
            raise BenchmarkInputError(f"{path}: gold document {gid} appears twice")
        gold[gid] = doc
    return gold


def load_inputs(path: Path) -> list[dict]:
    records = _read_jsonl(path)
    for rec in records:
        if not isinstance(rec.get("target"), str):
            raise BenchmarkInputError(f"{path}: record {rec['id']}: no \"target\" string")
    return records


# -- auditing --------------------------------------------------------------

def audit_records(records: list[dict], mode: str,
                  disable: tuple[str, ...] = ()) -> tuple[list[AuditedDocument], float]:
    """Audit the records (source dropped in target-only mode), without the
    checks in ``disable``; seconds taken."""
    from mtaudit import audit

    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    texts = {str(r["id"]): r["target"] for r in records}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{mode}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in records:
                if mode == "target-only":
                    r = {k: v for k, v in r.items() if k not in ("source", "source_lang")}
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()
        report = audit([str(path)], use_model=False, disable=list(disable))
        seconds = time.perf_counter() - t0
    out = []
    for d in report.documents:
        if d.status != "ok" or d.id is None or str(d.id) not in texts:
            continue
        claims = [Claim(f.start, f.end, f.check, f.severity.value, f.text)
                  for f in d.findings if f.severity.value != "info"]
        out.append(AuditedDocument(str(d.id), texts[str(d.id)], d.score, claims))
    return out, seconds


# -- printing --------------------------------------------------------------

def format_figures(mode: str, fig: QualityFigures, seconds: float | None = None) -> str:
    lines = [f"== {mode}" + (f" ({seconds:.1f} s)" if seconds is not None else "")]
    if fig.unaudited_documents:
        lines.append(f"   {fig.unaudited_documents} gold documents not audited: their spans count as missed")
    lines.append(f"   char P {fig.char_precision:.3f} R {fig.char_recall:.3f} F1 {fig.char_f1:.3f}"
                 f" | span precision {fig.span_precision:.3f} ({fig.true_claims}/{fig.claims} claims)"
                 f" | span recall {fig.span_recall:.3f} ({fig.found_spans}/{fig.gold_spans})"
                 f" | Pearson r {fig.pearson:.3f} (n={fig.documents})")
    lines.append("   recall by category:")
    for cat, n in fig.spans_by_category.items():
        lines.append(f"      {cat:32s} {round(fig.recall_by_category[cat] * n):5d}/{n:<5d}"
                     f" {fig.recall_by_category[cat]:.3f}")
    checks = sorted(set(fig.true_claims_by_check) | set(fig.false_claims_by_check))
    lines.append("   claims by check (on an expert span / not): " + ", ".join(
        f"{c} {fig.true_claims_by_check.get(c, 0)}/{fig.false_claims_by_check.get(c, 0)}" for c in checks))
    if fig.false_claims:
        lines.append("   false claims (sample):")
        lines += [f"      {s.document} {s.label} {s.text!r}" for s in fig.false_claims]
    if fig.misses:
        lines.append("   missed spans (sample):")
        lines += [f"      {s.document} {s.label} {s.text!r}" for s in fig.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", type=Path, help="JSONL input records (id, target, source...)")
    ap.add_argument("gold", type=Path, help="gold JSONL of expert spans")
    ap.add_argument("--mode", choices=(*MODES, "both"), default="both")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    ap.add_argument("--disable", default="", metavar="CODES",
                    help="comma-separated check codes to leave out (e.g. MT108)")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print N false claims and N missed spans per mode")
    args = ap.parse_args(argv)
    try:
        records = load_inputs(args.input)
        gold = load_gold(args.gold)
    except BenchmarkInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    modes = MODES if args.mode == "both" else (args.mode,)
    results = {}
    for mode in modes:
        audited, seconds = audit_records(
            records, mode, tuple(c.strip() for c in args.disable.split(",") if c.strip()))
        fig = score_documents(audited, gold, show=args.show)
        print(format_figures(mode, fig, seconds), flush=True)
        results[mode] = {**asdict(fig), "seconds": seconds}
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
