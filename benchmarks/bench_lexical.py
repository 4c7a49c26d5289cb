"""Speed of the lexical checks MT101, MT102, MT103 (prints figures, asserts nothing).

    .venv/bin/python benchmarks/bench_lexical.py [repeats]

Runs each check over the clean and damaged test articles (tests/data/lexical,
tests/data/clean_fr), `repeats` times as fresh documents. "cold" is the first
pass (wordfreq tables, langdetect profiles, spaCy pipeline loading); "warm"
clears the per-word caches but keeps the loaded tables, as in a long audit.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtaudit.checks import CheckContext, get_check  # noqa: E402
from mtaudit.checks import _lexicon as lx  # noqa: E402
from mtaudit.config import Config  # noqa: E402
from mtaudit.document import Document  # noqa: E402
from mtaudit.nlp import NLP  # noqa: E402


def corpus() -> list[tuple[str, str]]:
    files = sorted((ROOT / "tests" / "data" / "lexical").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data" / "clean_fr").glob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


def run(codes, texts, repeats, ctx):
    checks = [get_check(c)() for c in codes]
    sentences = 0
    t0 = time.perf_counter()
    for r in range(repeats):
        for name, text in texts:
            doc = Document(path=f"{r}/{name}", text=text, target_lang="fr")
            sentences += len(doc.sentences)
            for c in checks:
                list(c.check(doc, ctx))
    return sentences, time.perf_counter() - t0


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    texts = corpus()
    ctx = CheckContext(config=Config(), nlp=NLP())
    n, dt = run(["MT101", "MT102", "MT103"], texts, 1, ctx)
    print(f"cold, all three: {n} sentences in {dt:.2f} s (loading included)")
    for codes in (["MT101"], ["MT102"], ["MT103"], ["MT101", "MT102", "MT103"]):
        lx.zipf.cache_clear()
        lx.best_other.cache_clear()
        n, dt = run(codes, texts, repeats, ctx)
        print(f"warm, {'+'.join(codes)}: {n} sentences in {dt:.2f} s = {n / dt:.0f} sentences/s")


if __name__ == "__main__":
    main()
