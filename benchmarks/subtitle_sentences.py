"""How often a sentence cut across subtitle cues is rebuilt whole.

Articles are cut into cues of N words (mid-sentence, as subtitlers cut), the
cues read back by mtaudit's SRT reader, and each sentence of the article is
looked for among the sentences of the audited text. Titles are left out
(subtitles have none). Input: a folder of .txt articles (one paragraph a
line, the first line a title), or a line-aligned file of sentences with a
file of document ids (NTREX: DOCUMENT_IDS.tsv), one sentence a paragraph,
each document's first line a title.

    python benchmarks/subtitle_sentences.py --articles tests/data/clean_fr
    python benchmarks/subtitle_sentences.py --lines /work/shared/data/ntrex/newstest2019-ref.fra.txt \\
        --doc-ids /work/shared/data/ntrex/DOCUMENT_IDS.tsv
"""
from __future__ import annotations

import argparse
import sys
from itertools import groupby
from pathlib import Path

# This folder holds translate.py, which would shadow translate-toolkit.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from mtaudit.corpus.subtitles import join_cues, parse_cues  # noqa: E402
from mtaudit.segments import split_sentences  # noqa: E402


def as_srt(paragraphs: list[str], size: int) -> str:
    cues = []
    for para in paragraphs:
        words = [w for w in para.split(" ") if w]      # no-break spaces stay inside words
        for k in range(0, len(words), size):
            n = len(cues) + 1
            t = f"{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}"
            cues.append(f"{n}\n{t},000 --> {t},900\n{' '.join(words[k:k + size])}\n")
    return "\n".join(cues)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", help="folder of .txt articles (first line a title)")
    ap.add_argument("--lines", help="file of sentences, one a line")
    ap.add_argument("--doc-ids", help="document id of each line of --lines")
    args = ap.parse_args()
    if args.articles:
        docs = [[line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()][1:]
                for p in sorted(Path(args.articles).glob("*.txt"))]
    else:
        lines = Path(args.lines).read_text(encoding="utf-8").splitlines()
        ids = Path(args.doc_ids).read_text(encoding="utf-8").splitlines()
        docs = [[lines[i] for i, _ in group][1:]          # each document's first line is its title
                for _, group in groupby(enumerate(ids), key=lambda t: t[1])]
    for size in (5, 7, 10):
        ok = total = 0
        for paragraphs in docs:
            cues, bad = parse_cues(as_srt(paragraphs, size), "srt")
            assert not bad
            text, _, _ = join_cues(cues)
            got = {s.text for s in split_sentences(text)}
            want = [s.text for s in split_sentences("\n".join(paragraphs))]
            total += len(want)
            ok += sum(1 for s in want if s in got)
        print(f"cues of {size:2d} words: {ok}/{total} sentences rebuilt whole ({ok / total:.1%})")


if __name__ == "__main__":
    main()
