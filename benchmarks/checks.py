"""Speed of the model-free checks, on one core.

Builds a corpus of French sentences from the project's own test texts
(tests/data/**/*.txt, French only), repeated to about --sentences sentences,
written as articles into a temporary folder, then prints:

* the time to import spaCy and load the French pipeline (once per process);
* sentences per second of a whole ``mtaudit.audit(..., use_model=False)``,
  pipeline load excluded;
* the spaCy parse alone, and each model-free check alone (on pre-parsed
  documents), in sentences per second.

Run:  OMP_NUM_THREADS=1 /work/venv/bin/python benchmarks/checks.py [--sentences 2000]
"""
from __future__ import annotations

import os

# One core: set before numpy/torch/thinc are imported.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES_PER_PARAGRAPH = 4
PARAGRAPHS_PER_ARTICLE = 6


def french_sentences() -> list[str]:
    """Sentences of the French texts under tests/data (langdetect decides)."""
    from mtaudit.languages import detect_language
    from mtaudit.segments import split_sentences

    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if detect_language(text[:5000])[0] != "fr":
            continue
        out += [s.text for s in split_sentences(text) if len(s.text.split()) >= 4]
    return out


def write_corpus(sentences: list[str], target: int, folder: Path) -> int:
    """Articles of paragraphs of sentences, cycling through ``sentences``."""
    n = 0
    article = 0
    while n < target:
        paragraphs = []
        for _ in range(PARAGRAPHS_PER_ARTICLE):
            para = []
            for _ in range(SENTENCES_PER_PARAGRAPH):
                para.append(sentences[n % len(sentences)])
                n += 1
            paragraphs.append(" ".join(para))
            if n >= target:
                break
        (folder / f"article_{article:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        article += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000)
    args = ap.parse_args()

    t = time.perf_counter()
    import spacy  # noqa: F401  (import cost is part of the load)
    import_s = time.perf_counter() - t

    from mtaudit import audit
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.corpus import iter_documents
    from mtaudit.nlp import NLP
    from mtaudit.batch_auditor import select_checks

    base = french_sentences()
    if not base:
        sys.exit("no French test texts found under tests/data")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n = write_corpus(base, args.sentences, folder)
        words = sum(len(s.split()) for s in base) * n // len(base)
        print(f"corpus: {n} sentences (~{words} words) from {len(base)} distinct test sentences, "
              f"{len(list(folder.iterdir()))} articles")
        print(f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}")

        nlp = NLP()
        t, c = time.perf_counter(), time.process_time()
        nlp.pipeline("fr")
        print(f"spaCy import: {import_s:.2f} s wall; French pipeline load: {time.perf_counter() - t:.2f} s wall, "
              f"{time.process_time() - c:.2f} s CPU "
              f"({nlp.pipeline('fr').meta['name']}, components {nlp.pipeline('fr').pipe_names})")

        # Whole audit, model-free, with the pipeline loaded above (audit would
        # otherwise load its own: that is the load time, reported apart).
        # Wall time counts other processes sharing the machine; the CPU time
        # of this process is the one-core figure.
        import mtaudit.batch_auditor as batch_auditor
        batch_auditor.NLP = lambda: nlp
        t, c = time.perf_counter(), time.process_time()
        report = audit([str(folder)], use_model=False, target_lang="fr")
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        print(f"audit(use_model=False), pipeline already loaded: {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"-> {n / wall:.0f} sentences/s wall, {n / cpu:.0f} sentences/CPU-s "
              f"({len(report.checks)} checks, {sum(len(d.findings) for d in report.documents)} findings)")

        config = Config(use_model=False, target_lang="fr").validate()

        def fresh_docs():
            docs = [d for d in iter_documents([str(folder)], config) if d.ok]
            for d in docs:
                d.target_lang = d.target_lang or "fr"
            return docs

        # The parse: one document at a time (as checks ask for it), then in
        # shared batches (NLP.parse_many). The lemmatizer cache is warm by now
        # in both, as it is after the first few articles of a real run.
        docs = fresh_docs()
        t, c = time.perf_counter(), time.process_time()
        for d in docs:
            nlp.parse(d)
        _row("spaCy parse, per document", time.perf_counter() - t, time.process_time() - c, n)
        docs = fresh_docs()
        t, c = time.perf_counter(), time.process_time()
        nlp.parse_many(docs)
        parse_wall, parse_cpu = time.perf_counter() - t, time.process_time() - c
        _row("spaCy parse, parse_many", parse_wall, parse_cpu, n)

        # Each model-free check alone, on the parsed documents.
        ctx = CheckContext(config=config, nlp=nlp)
        total_wall = total_cpu = 0.0
        for cls in select_checks(config):
            if "model" in cls.requires or "source" in cls.requires:
                continue
            check = cls()
            t, c = time.perf_counter(), time.process_time()
            count = 0
            for d in docs:
                if check.applies_to(d):
                    count += sum(1 for _ in check.check(d, ctx))
            count += sum(1 for _ in check.finish(ctx))
            wall, cpu = time.perf_counter() - t, time.process_time() - c
            total_wall += wall
            total_cpu += cpu
            _row(f"{cls.code} {cls.name}", wall, cpu, n, f"{count} findings")
        _row("all checks (parse excluded)", total_wall, total_cpu, n)
        _row("all checks + parse_many", total_wall + parse_wall, total_cpu + parse_cpu, n)


def _row(label: str, wall: float, cpu: float, n: int, note: str = "") -> None:
    rate = n / cpu if cpu > 0 else float("inf")
    print(f"  {label:34} {wall:7.2f} s wall {cpu:7.2f} s CPU {rate:9.0f} sentences/CPU-s  {note}")


if __name__ == "__main__":
    main()
