"""Candidate rules for MT error families, measured before any became a check.

    python benchmarks/error_families.py --wmt /work/shared/data/wmt19-qe-enfr \\
        --ntrex /work/shared/data/ntrex/newstest2019-ref.fra.txt \\
        --ud /work/shared/data/ud-french [--split dev|train] [--show 5]

For each rule: its claims on the split's targets (one spaCy Doc per line), the
share that overlap an expert span (span precision) with the categories hit,
and its findings per 1,000 words on clean French (NTREX, and the annodis.er_*
sentences of ud-french). A rule earns a check only with a high span precision
and near silence on the clean texts; MT107 (noun-stack) is what survived, and
its own figures come from the audit (see the notes). The rules here are the
ones tried and dropped, kept so that the figures can be re-made.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from wordfreq import zipf_frequency  # noqa: E402

from mtaudit.checks._spacy_utils import lexicon  # noqa: E402
from mtaudit.nlp import NLP  # noqa: E402


def _span(a, b=None):
    b = b or a
    return a.idx, b.idx + len(b.text)


def _bare(t) -> bool:
    return t.text.isalpha() and t.text.islower() and len(t.text) > 2


def noun_pairs(d, lex):
    """Two tagged nouns one space apart (no filter)."""
    return [_span(a, d[a.i + 1]) for a in d[:-1]
            if a.pos_ == "NOUN" and d[a.i + 1].pos_ == "NOUN" and a.whitespace_ == " "
            and _bare(a) and _bare(d[a.i + 1])]


def adj_before_noun(d, lex):
    """An adjective (by the lexicon, not a noun) straight before a noun."""
    return [_span(a, d[a.i + 1]) for a in d[:-1]
            if a.pos_ == "ADJ" and d[a.i + 1].pos_ == "NOUN" and a.whitespace_ == " "
            and _bare(a) and _bare(d[a.i + 1]) and lex.is_adjective(a.text)
            and not lex.is_noun(a.text)]


def noun_adj_noun(d, lex):
    """ADJ NOUN right after a bare noun: "sac amovible filtre"."""
    out = []
    for a in d[1:-1]:
        p, b = d[a.i - 1], d[a.i + 1]
        if (a.pos_ == "ADJ" and b.pos_ == "NOUN" and p.pos_ == "NOUN" and _bare(p) and _bare(a)
                and _bare(b) and p.whitespace_ == " " and a.whitespace_ == " "
                and lex.is_adjective(a.text) and not lex.is_noun(a.text)
                and not lex.is_participle(a.text) and lex.is_noun(b.text)
                and not lex.is_adjective(b.text)):
            out.append(_span(a, b))
    return out


def title_case_mid_sentence(d, lex):
    """A Title Case common French word after a word, not a name by the tagger."""
    return [_span(t) for t in d[1:]
            if t.is_title and t.is_alpha and len(t) > 2 and not d[t.i - 1].is_punct
            and not d[t.i - 1].is_space and t.pos_ != "PROPN"
            and zipf_frequency(t.lower_, "fr") >= 3.5]


def title_case_run(d, lex):
    """Two or more Title Case words, more French than English, mid-sentence."""
    out, i = [], 1
    while i < len(d):
        j = i
        while (j < len(d) and d[j].is_title and d[j].is_alpha
               and zipf_frequency(d[j].lower_, "fr") >= 3.0
               and zipf_frequency(d[j].lower_, "fr") >= zipf_frequency(d[j].lower_, "en")):
            j += 1
        if j - i >= 2 and not d[i - 1].is_punct and not d[i - 1].is_space:
            out.append(_span(d[i], d[j - 1]))
        i = max(j, i + 1)
    return out


def doubled_function_word(d, lex):
    """"le le", "de de"."""
    return [_span(a, d[a.i + 1]) for a in d[:-1]
            if a.is_alpha and a.lower_ == d[a.i + 1].lower_
            and a.pos_ in ("DET", "ADP", "PRON", "CCONJ")]


def object_without_determiner(d, lex):
    """A singular object noun straight after a finite verb, with no determiner."""
    return [_span(t) for t in d
            if t.pos_ == "NOUN" and t.dep_ == "obj" and _bare(t) and t.head.pos_ == "VERB"
            and t.i == t.head.i + 1 and "Fin" in t.head.morph.get("VerbForm")
            and not any(c.dep_ in ("det", "nummod", "case") for c in t.children)]


def subject_without_determiner(d, lex):
    """A sentence-initial singular subject noun of a finite verb, with no determiner."""
    out = []
    for s in d.sents:
        t = s[0]
        if (t.pos_ == "NOUN" and t.is_title and t.is_alpha and t.dep_ in ("nsubj", "nsubj:pass")
                and "Fin" in t.head.morph.get("VerbForm")
                and not any(c.dep_ in ("det", "nummod", "nmod:poss") for c in t.children)
                and t.lower_[-1] not in "sx" and lex.is_noun(t.text)
                and not lex.is_adjective(t.text)):
            out.append(_span(t))
    return out


RULES = [noun_pairs, adj_before_noun, noun_adj_noun, title_case_mid_sentence, title_case_run,
         doubled_function_word, object_without_determiner, subject_without_determiner]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wmt", required=True, help="folder of wmt19-qe-enfr")
    ap.add_argument("--ntrex", required=True, help="NTREX French reference file")
    ap.add_argument("--ud", required=True, help="folder of ud-french *.tsv")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--show", type=int, default=0, help="examples of false claims per rule")
    args = ap.parse_args(argv)

    nlp = NLP().pipeline("fr")
    lex = lexicon(nlp)
    records = [json.loads(x) for x in open(os.path.join(args.wmt, f"{args.split}.target.jsonl"))]
    gold = {g["id"]: g for g in map(json.loads, open(os.path.join(args.wmt, f"{args.split}.gold.jsonl")))}
    lines = []                                    # (gold parts, line offset, line)
    for r in records:
        parts = [(a, b, s["category"]) for s in gold[r["id"]]["spans"] for a, b in s["parts"]]
        off = 0
        for line in r["target"].split("\n"):
            lines.append((parts, off, line))
            off += len(line) + 1
    mt_docs = list(nlp.pipe([x for _, _, x in lines], batch_size=64))
    clean = {"ntrex": [x.rstrip("\n") for x in open(args.ntrex, encoding="utf-8")],
             "annodis": [x.rstrip("\n").split("\t", 1)[1]
                         for f in sorted(glob.glob(os.path.join(args.ud, "*.tsv")))
                         for x in open(f, encoding="utf-8") if x.startswith("annodis.er")]}
    clean_docs = {k: list(nlp.pipe(v, batch_size=64)) for k, v in clean.items()}

    for rule in RULES:
        true = false = 0
        cats = collections.Counter()
        wrong = []
        for (parts, off, line), d in zip(lines, mt_docs):
            for a, b in rule(d, lex):
                hit = [c for x, y, c in parts if off + a < y and x < off + b]
                if hit:
                    true += 1
                    cats[hit[0]] += 1
                else:
                    false += 1
                    wrong.append(f"{line[max(0, a - 30):a]}[{line[a:b]}]{line[b:b + 20]}")
        row = [f"{rule.__name__}: {args.split} span P {true / max(1, true + false):.2f} "
               f"of {true + false} claims"]
        for name, docs in clean_docs.items():
            n = sum(len(rule(d, lex)) for d in docs)
            words = sum(1 for d in docs for t in d if t.is_alpha)
            row.append(f"{name} {1000 * n / words:.2f}/1000 words")
        print(" | ".join(row), dict(cats.most_common(4)), flush=True)
        for x in wrong[:args.show]:
            print("    false:", repr(x))


if __name__ == "__main__":
    main()
