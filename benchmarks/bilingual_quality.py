"""Bilingual checks (MT4xx) on clean professional translations, and on copies
with one planted error per sentence.

Reads NTREX (one file per language, line N = the same sentence everywhere;
DOCUMENT_IDS.tsv gives each line's document) and, for each language pair:

(a) clean: one JSONL record per document (source, target, source_lang,
    target_lang; a segment per line), audited with the MT4xx checks (no
    model). Reports the share of documents with a non-info MT4xx finding and
    non-info findings per 1,000 target words, by check. On clean text every
    such finding is (nearly always) a false alarm.

(b) perturbed: the same document records, each copy with one error planted in
    ONE LINE of each document (document-level records, not one-segment
    records: alignment is part of what is measured). Error types:
      number  a digit of one number of the target line changed;
      name    a name of the target line replaced by another name of the same
              kind (same number of words) from elsewhere in the corpus;
              names are found by corpus statistics: runs of capitalised,
              non-sentence-initial words that the target file nearly never
              writes in lower case (not a one-letter word with its clitic,
              "I've", "I'm": a pronoun is no name);
      source  a source word or phrase (absent from the target) inserted into
              the target line at a word boundary.
    Reports the detection rate (a non-info MT4xx finding overlapping the
    planted line; also by the check meant for it), and the false-alarm rate:
    the share of unperturbed lines of the same copies with a non-info MT4xx
    finding, and the share of the planted lines whose clean version already
    had one.

Deterministic: a seeded random generator per pair and error type.

    python benchmarks/bilingual_quality.py --ntrex /work/shared/data/ntrex \\
        [--pairs en-fr,zh-en] [--copies 3] [--seed 11] [--json out.json]
        [--divergences FILE] [--show-clean] [--show-missed N]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.clean_text import (BenchmarkInputError, CleanFinding, Slip,  # noqa: E402
                                   is_listed, load_slips)
from mtaudit.config import Config
from mtaudit.findings import Severity  # noqa: E402
from mtaudit.pipeline import audit  # noqa: E402

FILES = {"en": "newstest2019-src.eng.txt", "fr": "newstest2019-ref.fra.txt",
         "id": "newstest2019-ref.ind.txt", "de": "newstest2019-ref.deu.txt",
         "zh": "newstest2019-ref.zho-CN.txt", "ja": "newstest2019-ref.jpn.txt",
         "ru": "newstest2019-ref.rus.txt", "hi": "newstest2019-ref.hin.txt",
         "es": "newstest2019-ref.spa.txt", "it": "newstest2019-ref.ita.txt",
         "cs": "newstest2019-ref.ces.txt", "pl": "newstest2019-ref.pol.txt",
         "pt": "newstest2019-ref.por.txt", "nl": "newstest2019-ref.nld.txt",
         "tr": "newstest2019-ref.tur.txt", "vi": "newstest2019-ref.vie.txt"}
DEFAULT_PAIRS = "en-fr,id-fr,de-fr,zh-en,ja-en,ru-en,hi-en,es-en"
CHECKS = ["MT400", "MT401", "MT402", "MT403", "MT404", "MT405", "MT406"]
EXPECTED = {"number": {"MT401", "MT402"}, "name": {"MT403"}, "source": {"MT404", "MT405"}}
ERROR_TYPES = ("number", "name", "source")
DEFAULT_DIVERGENCES = Path(__file__).resolve().parent / "bilingual_divergences.tsv"

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_WORD = re.compile(rf"[{_CJK}]|[^\W\d_{_CJK}][\w'’\-]*|\d+", re.UNICODE)
_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def read_ntrex(root: Path) -> tuple[list[str], dict[str, list[str]]]:
    ids = [line.rstrip("\n").split("\t")[0]
           for line in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    texts = {}
    for lang, name in FILES.items():
        p = root / name
        if p.exists():
            lines = p.read_text(encoding="utf-8").split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            if len(lines) != len(ids):
                sys.exit(f"{p}: {len(lines)} lines, DOCUMENT_IDS.tsv has {len(ids)}")
            texts[lang] = [ln.strip() for ln in lines]
    return ids, texts


def documents(ids: list[str]) -> list[tuple[str, list[int]]]:
    """[(document id, line numbers)] in corpus order."""
    order, lines = [], defaultdict(list)
    for i, d in enumerate(ids):
        if d not in lines:
            order.append(d)
        lines[d].append(i)
    return [(d, lines[d]) for d in order]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# -- names of the target, by corpus statistics --------------------------------

def name_runs(line: str, proper: set[str]) -> list[tuple[int, int]]:
    """Spans of runs of proper-noun words that do not start the sentence."""
    out = []
    toks = list(_CAP_WORD.finditer(line))
    i = 0
    while i < len(toks):
        m = toks[i]
        if m.group() not in proper or _initial(line, m.start()):
            i += 1
            continue
        j = i
        while (j + 1 < len(toks) and toks[j + 1].group() in proper
               and line[toks[j].end():toks[j + 1].start()] == " "):
            j += 1
        out.append((m.start(), toks[j].end()))
        i = j + 1
    return out


def _initial(line: str, pos: int) -> bool:
    before = line[:pos].rstrip(" \"'«“‘(")
    return not before or before[-1] in ".!?:;"


# A one-letter word elided before an apostrophe and a lower-case rest: a
# pronoun or article with its clitic ("I've", "I'm", "J'ai"), never a name; a
# name keeps its capital after the apostrophe ("O'Brien", "L'Oréal") or has
# more than one letter before it ("Brink's").
_CLITIC = re.compile(r"[^\W\d_]['’][^\W\d_]*", re.UNICODE)


def _clitic_contraction(word: str) -> bool:
    return bool(_CLITIC.fullmatch(word)) and word[2:] == word[2:].lower()


def proper_words(lines: list[str]) -> set[str]:
    """Capitalised words the text nearly never writes in lower case, seen
    mid-sentence at least twice; not a contraction of a one-letter word."""
    cap, low = Counter(), Counter()
    for line in lines:
        for m in _WORD.finditer(line):
            w = m.group()
            if w[:1].isupper() and not _initial(line, m.start()):
                cap[w] += 1
            elif w[:1].islower():
                low[w] += 1
    return {w for w, c in cap.items()
            if c >= 2 and low[w.lower()] <= c * 0.05 and len(w) >= 3 and not w.isupper()
            and not _clitic_contraction(w)}


# -- perturbations --------------------------------------------------------------

def change_number(line: str, rng: random.Random) -> str | None:
    nums = list(_NUMBER.finditer(line))
    if not nums:
        return None
    m = rng.choice(nums)
    digits = [i for i in range(m.start(), m.end()) if line[i].isdigit()]
    i = rng.choice(digits)
    new = str((int(line[i]) + rng.randint(1, 8)) % 10)
    if i == m.start() and new == "0" and len(digits) > 1:
        new = "9"   # no leading zero: "0215" reads as a code
    return line[:i] + new + line[i + 1:]


def replace_name(line: str, rng: random.Random, proper: set[str],
                 pool: dict[int, list[str]], doc_text: str) -> str | None:
    runs = name_runs(line, proper)
    if not runs:
        return None
    s, e = rng.choice(runs)
    old = line[s:e]
    k = len(old.split())
    cands = [n for n in pool.get(k, ()) if n not in doc_text and n != old]
    if not cands:
        return None
    return line[:s] + rng.choice(cands) + line[e:]


def insert_source(line: str, source: str, rng: random.Random) -> str | None:
    src_words = [w for w in _WORD.findall(source)
                 if (len(w) >= 5 or re.match(rf"[{_CJK}]", w)) and w not in line and not w[0].isupper()]
    cjk_runs = re.findall(rf"[{_CJK}]{{2,4}}", source)
    cands = [w for w in cjk_runs if w not in line] or src_words
    if not cands:
        return None
    word = rng.choice(cands)
    spaces = [m.start() for m in re.finditer(r" ", line)]
    if not spaces:
        return None
    i = rng.choice(spaces)
    return line[:i] + " " + word + line[i:]


# -- auditing -------------------------------------------------------------------

def run_audit(records: list[dict], keep_info: bool = False) -> list[list]:
    """Audit JSONL records; per record, its non-info MT4xx findings (every
    finding with keep_info)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pairs.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        cfg = Config(use_model=False, select=CHECKS, progress=False)
        report = audit([str(path)], cfg)
    by_id = {d.id: d for d in report.documents}
    out = []
    for r in records:
        d = by_id[r["id"]]
        if d.status != "ok":
            sys.exit(f"record {r['id']}: {d.error}")
        out.append([f for f in d.findings if keep_info or f.severity != Severity.INFO])
    return out


def _changed(old: str, new: str) -> tuple[str, str]:
    """The part of a line a perturbation replaced, and what replaced it."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    b = 0
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    return old[a:len(old) - b], new[a:len(new) - b]


def _missed(document: str, findings: list, span: tuple[int, int], clean: str, planted: str,
            source: str) -> dict:
    """A planted error the check meant for it missed: the change, the line's
    source and every finding on that line (info ones included)."""
    s, e = span
    was, now = _changed(clean, planted)
    notes = [f"{f.check} {f.severity.value} {f.message[:160]}" for f in findings
             if f.start < e + 1 and s < max(f.end, f.start + 1)]
    return {"document": document, "was": was, "now": now, "source": source, "target": planted,
            "findings": notes}


def line_spans(lines: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for ln in lines:
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return spans


def lines_hit(findings, spans) -> dict[int, set[str]]:
    """Line index -> codes of findings whose target span touches that line."""
    hit: dict[int, set[str]] = defaultdict(set)
    for f in findings:
        for i, (s, e) in enumerate(spans):
            if f.start < e + 1 and s < max(f.end, f.start + 1):
                hit[i].add(f.check)
    return hit


def clean_findings(records: list[dict], found: list[list]) -> list[list[CleanFinding]]:
    """The audit's findings as clean_text.py's CleanFinding (document, check,
    severity, the target text it spans, message, start), per record."""
    return [[CleanFinding(r["id"], f.check, f.severity.value, r["target"][f.start:f.end],
                          f.message, f.start) for f in fs]
            for r, fs in zip(records, found)]


def outside_listed(records: list[dict], found: list[list], divergences: list[Slip],
                   words: int) -> dict:
    """Clean figures outside the listed divergences of the reference (one
    pair's entries), each finding marked, and the entries no finding matched."""
    per_doc = clean_findings(records, found)
    marked = [[(f, is_listed(f, divergences)) for f in fs] for fs in per_doc]
    rest = [[f for f, listed in fs if not listed] for fs in marked]
    n = sum(len(fs) for fs in rest)
    return {"docs_flagged": sum(1 for fs in rest if fs), "findings": n,
            "listed": sum(len(fs) for fs in per_doc) - n,
            "per_1000_words": 1000 * n / max(words, 1),
            "by_check": dict(sorted(Counter(f.check for fs in rest for f in fs).items())),
            "findings_list": [{"document": f.document, "check": f.check, "severity": f.severity,
                               "text": f.text, "message": f.message, "listed": listed}
                              for fs in marked for f, listed in fs],
            "stale": [{"document": d.document, "check": d.check, "text": d.text}
                      for d in divergences
                      if not any(is_listed(f, [d]) for fs in per_doc for f in fs)]}


def evaluate_pair(sl: str, tl: str, ids: list[str], texts: dict[str, list[str]],
                  copies: int, seed: int, error_types=ERROR_TYPES,
                  divergences: list[Slip] = (), show_missed: int = 0) -> dict:
    docs = documents(ids)
    src_all, tgt_all = texts[sl], texts[tl]

    def record(rid, lines_idx, tgt_lines):
        return {"id": rid, "source": "\n".join(src_all[i] for i in lines_idx),
                "target": "\n".join(tgt_lines), "source_lang": sl, "target_lang": tl}

    # (a) clean documents
    t0 = time.perf_counter()
    clean_records = [record(d, idx, [tgt_all[i] for i in idx]) for d, idx in docs]
    clean = run_audit(clean_records)
    words = sum(word_count(r["target"]) for r in clean_records)
    segments = sum(len(idx) for _, idx in docs)
    by_check = Counter(f.check for fs in clean for f in fs)
    docs_by_check = Counter(c for fs in clean for c in {f.check for f in fs})
    clean_hit_lines = {}
    for (d, idx), r, fs in zip(docs, clean_records, clean):
        hit = lines_hit(fs, line_spans(r["target"].split("\n")))
        for k, i in enumerate(idx):
            clean_hit_lines[i] = hit.get(k, set())
    res = {"pair": f"{sl}-{tl}", "documents": len(docs), "segments": segments, "words": words,
           "clean": {"docs_flagged": sum(1 for fs in clean if fs),
                     "findings": sum(by_check.values()),
                     "per_1000_words": 1000 * sum(by_check.values()) / max(words, 1),
                     "by_check": {c: {"findings": by_check[c], "docs": docs_by_check[c],
                                      "per_1000_words": 1000 * by_check[c] / max(words, 1)}
                                  for c in CHECKS}},
           "clean_outside_listed": outside_listed(clean_records, clean, divergences, words),
           "perturbed": {}}

    # (b) perturbed copies
    proper = proper_words(tgt_all)
    pool: dict[int, list[str]] = defaultdict(list)
    for ln in tgt_all:
        for s, e in name_runs(ln, proper):
            n = ln[s:e]
            pool[len(n.split())].append(n)
    for k in pool:
        pool[k] = sorted(set(pool[k]))
    for etype in error_types:
        rng = random.Random(f"{seed}-{sl}-{tl}-{etype}")
        records, planted = [], []
        for c in range(copies):
            for d, idx in docs:
                doc_text = "\n".join(tgt_all[i] for i in idx)
                order = list(range(len(idx)))
                rng.shuffle(order)
                for k in order:
                    i = idx[k]
                    line = tgt_all[i]
                    if etype == "number":
                        new = change_number(line, rng)
                    elif etype == "name":
                        new = replace_name(line, rng, proper, pool, doc_text)
                    else:
                        new = insert_source(line, src_all[i], rng)
                    if new is not None and new != line:
                        break
                else:
                    continue
                # a different line per copy where the document allows it
                tgt = [tgt_all[j] for j in idx]
                tgt[k] = new
                records.append(record(f"{d}#{etype}{c}", idx, tgt))
                planted.append((k, idx))
        every = run_audit(records, keep_info=bool(show_missed))
        found = [[f for f in fs if f.severity != Severity.INFO] for fs in every] if show_missed else every
        missed = []
        det = det_exp = fa_other = n_other = fa_same = fa_other_exp = fa_same_exp = 0
        for r, fs, all_fs, (k, idx) in zip(records, found, every, planted):
            lines = r["target"].split("\n")
            spans = line_spans(lines)
            hit = lines_hit(fs, spans)
            if show_missed and not hit.get(k, set()) & EXPECTED[etype]:
                missed.append(_missed(r["id"], all_fs, spans[k], tgt_all[idx[k]], lines[k], src_all[idx[k]]))
            det += bool(hit.get(k))
            det_exp += bool(hit.get(k, set()) & EXPECTED[etype])
            fa_same += bool(clean_hit_lines[idx[k]])
            fa_same_exp += bool(clean_hit_lines[idx[k]] & EXPECTED[etype])
            for j in range(len(idx)):
                if j != k:
                    n_other += 1
                    fa_other += bool(hit.get(j))
                    fa_other_exp += bool(hit.get(j, set()) & EXPECTED[etype])
        n = len(records)
        res["perturbed"][etype] = {
            "planted": n, "detected": det / max(n, 1), "detected_by_expected_check": det_exp / max(n, 1),
            "false_alarm_same_lines_clean": fa_same / max(n, 1),
            "false_alarm_other_lines": fa_other / max(n_other, 1),
            "false_alarm_same_lines_clean_expected_check": fa_same_exp / max(n, 1),
            "false_alarm_other_lines_expected_check": fa_other_exp / max(n_other, 1)}
        if show_missed:
            res["perturbed"][etype]["missed"] = missed
    res["seconds"] = time.perf_counter() - t0
    return res


def alignment_accuracy(sl: str, tl: str, ids: list[str], texts: dict[str, list[str]]) -> dict:
    """Each document's lines joined into one paragraph on both sides: how
    many line boundaries does the sentence aligner recover (a bead boundary
    at the end of line k on both sides), and how many lines come out exactly
    (both their boundaries recovered)."""
    from mtaudit.corpus.align import align_texts
    found = total = lines_ok = lines = 0
    for _, idx in documents(ids):
        src_lines = [texts[sl][i] for i in idx]
        tgt_lines = [texts[tl][i] for i in idx]
        src, tgt = " ".join(src_lines), " ".join(tgt_lines)
        ends_s, ends_t, ps, pt = [], [], 0, 0
        for a, b in zip(src_lines, tgt_lines):
            ps += len(a)
            pt += len(b)
            ends_s.append(ps)
            ends_t.append(pt)
            ps += 1
            pt += 1
        beads = {(a.source_end, a.target_end) for a in align_texts(src, tgt, sl, tl)}
        ok = [True] + [(ends_s[k], ends_t[k]) in beads for k in range(len(idx) - 1)] + [True]
        found += sum(ok[1:-1])
        total += len(idx) - 1
        lines += len(idx)
        lines_ok += sum(1 for k in range(len(idx)) if ok[k] and ok[k + 1])
    return {"boundaries": total, "boundary_recall": found / max(total, 1),
            "lines": lines, "lines_exact": lines_ok / max(lines, 1)}


def print_table(results: list[dict]) -> None:
    print("\n(a) clean NTREX documents: documents with a non-info MT4xx finding; "
          "non-info findings per 1,000 target words")
    head = f"{'pair':7} {'docs':>4} {'flagged':>12} {'/1k w':>6} " + " ".join(f"{c:>12}" for c in CHECKS)
    print(head)
    for r in results:
        c = r["clean"]
        cells = " ".join(f"{v['findings']:>5} ({v['per_1000_words']:.2f})".rjust(12)
                         for v in c["by_check"].values())
        pct = 100 * c["docs_flagged"] / max(r["documents"], 1)
        print(f"{r['pair']:7} {r['documents']:>4} {c['docs_flagged']:>5} ({pct:4.1f}%) "
              f"{c['per_1000_words']:>6.2f} {cells}")
    print("  (per check: findings (per 1,000 words))")
    print("\n(a') the same outside the real divergences of the reference listed in "
          "bilingual_divergences.tsv")
    print(f"{'pair':7} {'docs':>4} {'flagged':>12} {'/1k w':>6} {'listed':>6}  by check")
    for r in results:
        o = r["clean_outside_listed"]
        pct = 100 * o["docs_flagged"] / max(r["documents"], 1)
        checks = ", ".join(f"{c} {n}" for c, n in o["by_check"].items()) or "-"
        print(f"{r['pair']:7} {r['documents']:>4} {o['docs_flagged']:>5} ({pct:4.1f}%) "
              f"{o['per_1000_words']:>6.2f} {o['listed']:>6}  {checks}")
        for d in o["stale"]:
            print(f"  {r['pair']}: listed divergence not found (stale?): "
                  f"{d['document']} {d['check']} {d['text']!r}")
    print("\n(b) one planted error in one line of each document copy: detection on that line "
          "(any MT4xx / the check meant for it); false alarms: other lines of the copies, "
          "and the planted lines' clean versions")
    print(f"{'pair':7} {'error':7} {'n':>5} {'detect':>7} {'expect':>7} {'FA other':>9} {'FA same':>8}"
          f" {'FAo exp':>8} {'FAs exp':>8}")
    for r in results:
        for e, v in r["perturbed"].items():
            print(f"{r['pair']:7} {e:7} {v['planted']:>5} {v['detected']:>7.3f} "
                  f"{v['detected_by_expected_check']:>7.3f} {v['false_alarm_other_lines']:>9.3f} "
                  f"{v['false_alarm_same_lines_clean']:>8.3f} "
                  f"{v['false_alarm_other_lines_expected_check']:>8.3f} "
                  f"{v['false_alarm_same_lines_clean_expected_check']:>8.3f}")
    print("  (detect: any MT4xx check; expect: the check meant for the error "
          "(number MT401/MT402, name MT403, source MT404/MT405); FA other: unperturbed lines of the "
          "copies; FA same: the planted lines in the clean audit; 'exp' columns: the expected check only)")
    if any("alignment" in r for r in results):
        print("\nsentence alignment of whole documents (each joined into one paragraph per side): "
              "line boundaries recovered, lines recovered exactly")
        for r in results:
            a = r.get("alignment")
            if a:
                print(f"{r['pair']:7} boundaries {a['boundary_recall']:.3f} of {a['boundaries']}, "
                      f"lines {a['lines_exact']:.3f} of {a['lines']}")


def print_clean_findings(results: list[dict]) -> None:
    """Every clean non-info finding; "LISTED" when a listed divergence matches it."""
    for r in results:
        print(f"\nclean {r['pair']} findings:")
        for f in r["clean_outside_listed"]["findings_list"]:
            mark = "LISTED " if f["listed"] else "       "
            print(f"  {mark}{f['document']} {f['check']} {f['severity']} {f['text'][:70]!r}: "
                  f"{f['message'][:110]}")


def print_missed(results: list[dict], n: int) -> None:
    """The first n planted errors (in corpus order) that the check meant for
    them did not report above info: the line's source, the planted change and
    every finding on that line (info ones included)."""
    for r in results:
        for e, v in r["perturbed"].items():
            miss = v.get("missed", [])
            print(f"\nmissed {r['pair']} {e}: {len(miss)} of {v['planted']} (first {min(n, len(miss))})")
            for m in miss[:n]:
                print(f"  {m['document']}: {m['was']!r} -> {m['now']!r}")
                print(f"    src: {m['source']}")
                print(f"    tgt: {m['target']}")
                for f in m["findings"]:
                    print(f"    - {f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ntrex", required=True, help="NTREX folder (DOCUMENT_IDS.tsv and newstest2019-*.txt)")
    ap.add_argument("--pairs", default=DEFAULT_PAIRS, help=f"comma-separated SRC-TGT (default {DEFAULT_PAIRS})")
    ap.add_argument("--copies", type=int, default=3, help="perturbed copies of each document per error type")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", default=",".join(ERROR_TYPES),
                    help="planted error types, comma-separated (empty: clean pairs only)")
    ap.add_argument("--alignment", action="store_true",
                    help="also measure how well whole documents align back into lines")
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--divergences", type=Path, default=DEFAULT_DIVERGENCES,
                    help="listed real divergences of the references (TSV: pair, document, check, "
                         "text, reason)")
    ap.add_argument("--show-clean", action="store_true",
                    help="print every clean finding, marked when a listed divergence matches it")
    ap.add_argument("--show-missed", type=int, default=0, metavar="N",
                    help="print the first N planted errors of each type and pair that the check meant "
                         "for them missed (above info), with the findings on their line")
    args = ap.parse_args()
    try:
        divergences = load_slips(args.divergences, pair_column=True)
    except BenchmarkInputError as exc:
        sys.exit(f"error: {exc}")
    ids, texts = read_ntrex(Path(args.ntrex))
    known = {d for d in ids}
    for d in divergences:
        if d.document not in known:
            print(f"warning: listed divergence for unknown document {d.document!r}", file=sys.stderr)
    results = []
    for pair in args.pairs.split(","):
        sl, tl = pair.strip().split("-")
        for lang in (sl, tl):
            if lang not in texts:
                sys.exit(f"no NTREX file for {lang!r} (known: {', '.join(sorted(texts))})")
        r = evaluate_pair(sl, tl, ids, texts, args.copies, args.seed,
                          tuple(e for e in args.errors.split(",") if e),
                          [d for d in divergences if d.pair == pair.strip()], args.show_missed)
        if args.alignment:
            r["alignment"] = alignment_accuracy(sl, tl, ids, texts)
        results.append(r)
        print(f"{pair}: {r['segments']} segments, {r['seconds']:.0f} s", file=sys.stderr)
    print_table(results)
    if args.show_clean:
        print_clean_findings(results)
    if args.show_missed:
        print_missed(results, args.show_missed)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
