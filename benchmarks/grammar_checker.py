"""Grammalecte, a French grammar checker, measured as a source of MT error claims.

    python benchmarks/grammar_checker.py --wmt /work/shared/data/wmt19-qe-enfr \\
        --ntrex /work/shared/data/ntrex \\
        --ud /work/shared/data/ud-french [--split dev|train] [--show 5]

Grammalecte (GPL-3; Debian's ``grammalecte-cli``) is the most complete French
grammar checker a package installs here: hundreds of agreement, conjugation,
elision and typography rules over its own lexicon. This script runs it at
arm's length (its command line, JSON output, one paragraph per line) over the
targets of a WMT QE split and over clean French, and prints, per error type
(``sType``: ``gn`` noun-phrase agreement, ``ppas`` past participles, ``conj``
conjugation, ``conf`` confusions, ``eleu`` elision, ``typo``, ``unit``,
``apos``, ``nbsp``..., and ``spelling``):

* its claims on the split, the share that overlap an expert span (span
  precision) and the categories they hit;
* the characters it would add to the target-only audit's claims, on an expert
  span and not (whitespace ignored): what it would do to char precision;
* its findings per 1,000 words on clean French (NTREX, the annodis.er_*
  sentences of ud-french), which the clean-text bar allows 0.2 of;

then the target-only audit's Agreement recall alone and with the agreement
types' claims added, and its char P/R/F1 with each type added. Grammalecte
is a tool for text a person wrote: none of its types reaches the audit's
precision on machine translation with the clean-text bar kept, so none became
a check, nor a feature of MT108's word model (4-fold cross-validation on
train: no change). The figures are in the README (Detection quality).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))

from clean_text import build_annodis_documents, build_ntrex_documents  # noqa: E402
from quality import (AuditedDocument, Claim, audit_records, load_gold, load_inputs,  # noqa: E402
                     non_space_chars, overlaps, score_documents)

CLI = "grammalecte-cli"
AGREEMENT_TYPES = ("gn", "ppas", "conj")


def grammalecte(lines: list[str]) -> list[list[tuple[int, int, str]]]:
    """Grammalecte's errors per line: (start, end, type), spelling as "spelling"."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in lines]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        # One paragraph per line: Grammalecte numbers paragraphs from 1, blank
        # lines included; a line's own line breaks cannot occur here.
        path.write_text("\n".join(x.replace("\r", " ") for x in lines) + "\n", encoding="utf-8")
        res = subprocess.run([CLI, "-f", str(path), "-j", "-owe"], capture_output=True,
                             text=True, check=True)
    for para in json.loads(res.stdout)["data"]:
        errs = out[para["iParagraph"] - 1]
        errs += [(e["nStart"], e["nEnd"], e["sType"]) for e in para["lGrammarErrors"]]
        errs += [(e["nStart"], e["nEnd"], "spelling") for e in para.get("lSpellingErrors", [])]
    return out


def errors_by_record(records: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    """Grammalecte's errors in each record's target, at document offsets: one
    run of the checker over every line of every record."""
    lines, where = [], []                       # where: (record id, line offset)
    for r in records:
        off = 0
        for line in r["target"].split("\n"):
            lines.append(line)
            where.append((str(r["id"]), off))
            off += len(line) + 1
    out: dict[str, list[tuple[int, int, str]]] = {str(r["id"]): [] for r in records}
    for (rid, off), errs in zip(where, grammalecte(lines)):
        out[rid] += [(off + a, off + b, kind) for a, b, kind in errs]
    return out


def with_claims(audited: list[AuditedDocument], errors, kinds) -> list[AuditedDocument]:
    """The audited documents with Grammalecte's errors of these types added as claims."""
    return [replace(d, claims=d.claims + [Claim(a, b, "grammalecte:" + kind, "minor")
                                          for a, b, kind in errors.get(d.id, ()) if kind in kinds])
            for d in audited]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wmt", type=Path, required=True, help="folder of wmt19-qe-enfr")
    ap.add_argument("--ntrex", type=Path, required=True, help="NTREX folder (DOCUMENT_IDS.tsv and the French file)")
    ap.add_argument("--ud", type=Path, required=True, help="folder of ud-french *.tsv")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--show", type=int, default=0, help="examples of false claims per type")
    args = ap.parse_args(argv)
    if shutil.which(CLI) is None:
        print(f"error: {CLI} not found: install Debian's grammalecte-cli "
              "(apt-get install grammalecte-cli)", file=sys.stderr)
        return 2

    records = load_inputs(args.wmt / f"{args.split}.jsonl")
    gold = load_gold(args.wmt / f"{args.split}.gold.jsonl")
    audited = [d for d in audit_records(records, "target-only")[0] if d.id in gold]
    errors = errors_by_record(records)

    per_1000 = {}
    for name, corpus in (("ntrex", build_ntrex_documents(args.ntrex)),
                         ("annodis", build_annodis_documents(args.ud))):
        counts = collections.Counter(kind for errs in errors_by_record(corpus).values()
                                     for _, _, kind in errs)
        words = sum(len(re.findall(r"\w+", r["target"])) for r in corpus)
        per_1000[name] = {k: 1000 * n / words for k, n in counts.items()}

    stats: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    wrong: dict[str, list[str]] = collections.defaultdict(list)
    for d in audited:
        g, text = gold[d.id], d.text
        gold_chars = non_space_chars((p for s in g.spans for p in s.parts), text)
        for a, b, kind in errors[d.id]:
            hit = [s.category for s in g.spans if overlaps(a, b, s.parts)]
            st = stats[kind]
            st["claims"] += 1
            st["on span"] += bool(hit)
            if hit:
                st["cat:" + hit[0]] += 1
            elif len(wrong[kind]) < args.show:
                wrong[kind].append(f"{text[max(0, a - 30):a]}[{text[a:b]}]{text[b:b + 20]}".replace("\n", " / "))
            chars = non_space_chars([(a, b)], text)
            st["chars on span"] += len(chars & gold_chars)
            st["chars"] += len(chars)

    def figures(kinds) -> str:
        fig = score_documents(with_claims(audited, errors, kinds), gold)
        return (f"char P {fig.char_precision:.3f} R {fig.char_recall:.3f} F1 {fig.char_f1:.3f}, "
                f"agreement recall {fig.recall_by_category.get('Agreement', 0.0):.3f}")

    print(f"== Grammalecte on {args.split} targets ({len(records)} documents) and clean French")
    print("type        claims  span P  char P  | per 1,000 words: NTREX annodis | expert categories hit")
    for kind, st in sorted(stats.items(), key=lambda x: -x[1]["claims"]):
        cats = sorted(((n, k[4:]) for k, n in st.items() if k.startswith("cat:")), reverse=True)[:3]
        print(f"{kind:10s} {st['claims']:7d}  {st['on span'] / st['claims']:.2f}    "
              f"{st['chars on span'] / max(1, st['chars']):.2f}    | "
              f"{per_1000['ntrex'].get(kind, 0.0):5.2f} {per_1000['annodis'].get(kind, 0.0):5.2f} | "
              + ", ".join(f"{c} {n}" for n, c in cats))
        for x in wrong[kind]:
            print("      false:", repr(x))
    print(f"target-only audit alone: {figures(())}")
    print(f"  with Grammalecte's {'/'.join(AGREEMENT_TYPES)} claims: {figures(AGREEMENT_TYPES)}")
    for kind in sorted(stats, key=lambda k: -stats[k]["claims"]):
        print(f"  with {kind}: {figures((kind,))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
