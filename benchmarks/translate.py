"""Translation speed on a "shape twin" of opus-mt-fr-en (prints figures, asserts nothing).

The twin has random weights and the real shape: d_model 512, 6 encoder + 6
decoder layers, 8 heads, FFN 2048, vocabulary 59,514 (a SentencePiece model
trained on tests/data/marian_corpus.txt, vocab.json padded to the real size).
Random weights never stop on their own, so every decode is forced to exactly
40 new tokens (min = max = 40) on ~40-token inputs: speed depends on shapes,
not on weights.

    python benchmarks/translate.py            # full (~5-10 min on 2 cores)
    python benchmarks/translate.py --quick    # fewer batches (~2-3 min)

Measures sentences/s on 16-sentence batches, greedy and beam 4, for
transformers fp32, transformers + dynamic int8 (quantize_dynamic on Linear),
CTranslate2 int8; then a full `mtaudit audit` round trip on a generated
corpus with the default backend (time split and peak RSS).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
VOCAB = 59_514
NEW_TOKENS = 40
BATCH = 16


def build_twin(dest: Path) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel
    dest.mkdir(parents=True, exist_ok=True)
    corpus = ROOT / "tests" / "data" / "marian_corpus.txt"
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(dest / "spm"), vocab_size=300,
                                   model_type="unigram", hard_vocab_limit=False, bos_id=-1, eos_id=-1,
                                   unk_id=0, minloglevel=2)
    for name in ("source.spm", "target.spm"):
        shutil.copy(dest / "spm.model", dest / name)
    sp = spm.SentencePieceProcessor(model_file=str(dest / "source.spm"))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not sp.is_control(i) and not sp.is_unknown(i):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    while len(vocab) < VOCAB - 1:
        vocab[f"<dummy{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (dest / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    cfg = MarianConfig(vocab_size=VOCAB, d_model=512, encoder_layers=6, decoder_layers=6,
                       encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048,
                       decoder_ffn_dim=2048, pad_token_id=VOCAB - 1, eos_token_id=0,
                       decoder_start_token_id=VOCAB - 1, max_position_embeddings=512)
    torch.manual_seed(0)
    MarianMTModel(cfg).save_pretrained(str(dest))
    c = json.loads((dest / "config.json").read_text())
    c["mtaudit_test_model"] = True
    (dest / "config.json").write_text(json.dumps(c))
    return dest


def source_ids(n: int, length: int = 40):
    import torch
    g = torch.Generator().manual_seed(1)
    ids = torch.randint(2, 300, (n, length), generator=g)
    ids[:, -1] = 0                 # </s>
    return ids


def bench_transformers(model, batches: int, beams: int) -> float:
    import torch
    ids = source_ids(BATCH)
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        model.generate(input_ids=ids[:2], attention_mask=mask[:2], num_beams=beams,
                       min_new_tokens=NEW_TOKENS, max_new_tokens=NEW_TOKENS)   # warm-up
        t = time.perf_counter()
        for _ in range(batches):
            out = model.generate(input_ids=ids, attention_mask=mask, num_beams=beams,
                                 min_new_tokens=NEW_TOKENS, max_new_tokens=NEW_TOKENS)
        dt = time.perf_counter() - t
    assert out.shape[1] == NEW_TOKENS + 1
    return batches * BATCH / dt


def bench_ct2(path: Path, batches: int, beams: int, threads: int) -> float:
    import ctranslate2
    tr = ctranslate2.Translator(str(path), device="cpu", compute_type="int8", intra_threads=threads)
    vocab = list(json.loads((path.parent / "twin" / "vocab.json").read_text()))
    src = [[vocab[int(i)] for i in row] for row in source_ids(BATCH)]
    kw = dict(beam_size=beams, min_decoding_length=NEW_TOKENS, max_decoding_length=NEW_TOKENS)
    tr.translate_batch(src[:2], **kw)
    t = time.perf_counter()
    for _ in range(batches):
        res = tr.translate_batch(src, **kw)
    dt = time.perf_counter() - t
    assert len(res[0].hypotheses[0]) == NEW_TOKENS
    return batches * BATCH / dt


_SELF_RSS = """
import resource, runpy, sys
sys.argv = ["mtaudit", *sys.argv[3:]]
try:
    runpy.run_module("mtaudit", run_name="__main__")
finally:
    print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def full_audit(twin: Path, work: Path, docs: int) -> None:
    corpus = work / "corpus"
    corpus.mkdir()
    lines = [ln for ln in (ROOT / "tests" / "data" / "marian_corpus.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip()]
    for d in range(docs):
        # Ten sentences per article; a running number keeps every sentence
        # unique, so that each one is really translated (no cache hits).
        sents = [f"{lines[(d * 10 + k) % len(lines)].rstrip('.')}, selon la note {d * 10 + k}."
                 for k in range(10)]
        (corpus / f"doc{d:03d}.txt").write_text(f"Titre {d}\n" + " ".join(sents) + "\n", encoding="utf-8")
    out = work / "report.json"
    cmd = [sys.executable, "-m", "mtaudit", "audit", str(corpus), "--target-lang", "fr",
           "--model", f"fr-en={twin}", "--model", f"en-fr={twin}", "--cache-dir", str(work / "cache"),
           "-f", "json", "-o", str(out), "--no-progress"]
    # First run converts the twin to CTranslate2 int8 in the cache (once);
    # the measured run starts from an empty translation cache but a converted model.
    t = time.perf_counter()
    subprocess.run(cmd + ["--select", "MT503"], check=False, capture_output=True)
    convert_s = time.perf_counter() - t
    # Empty the translation cache (the database and its WAL files), keep the
    # converted model.
    for f in (work / "cache").glob("translations.sqlite3*"):
        f.unlink()
    # The measured run reports its own peak RSS (RUSAGE_CHILDREN would mix in
    # the first run, which also converted the model).
    wrapped = [sys.executable, "-c", _SELF_RSS, *cmd[1:]]
    t = time.perf_counter()
    p = subprocess.run(wrapped, check=False, capture_output=True, text=True)
    wall = time.perf_counter() - t
    peak = int(p.stderr.strip().splitlines()[-1].split()[-1])
    r = json.loads(out.read_text(encoding="utf-8"))
    tim, tr = r["timing"], r["summary"]["translations"]
    n = sum(len(d.get("sentences") or []) for d in r["documents"])
    m = r["model"]["models"]["fr-en"]
    print(f"\nfull audit ({docs} docs, {n} sentences, backend {m['backend']} {m['dtype']}, exit {p.returncode}):")
    print(f"  first run incl. CT2 conversion + all translations: {convert_s:.1f} s")
    print(f"  wall {wall:.1f} s; translation {tim['translation']:.1f} s "
          f"({100 * tim['translation'] / tim['total']:.0f}% of audit), everything else "
          f"{tim['total'] - tim['translation']:.1f} s; {2 * n / tim['translation']:.1f} translations/s "
          f"({tr['computed']} computed, {tr['cached']} cached)")
    rest = tim["total"] - tim["translation"] - tim.get("nlp_load", 0.0)
    print(f"  everything else without the one-off spaCy pipeline load ({tim.get('nlp_load', 0.0):.1f} s): "
          f"{rest:.1f} s = {100 * rest / (tim['total'] - tim.get('nlp_load', 0.0)):.1f}% of the audit")
    print(f"  peak RSS of the audit process: {peak / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--audit-only", action="store_true", help="only the full mtaudit round trip")
    args = ap.parse_args()
    import torch
    from transformers import MarianMTModel
    torch.set_num_threads(args.threads)
    batches = 1 if args.quick else 3
    work = Path(tempfile.mkdtemp(prefix="mtaudit-bench-"))
    try:
        t = time.perf_counter()
        twin = build_twin(work / "twin")
        print(f"twin built in {time.perf_counter() - t:.1f} s; {args.threads} threads; "
              f"{BATCH}-sentence batches, 40-token inputs, forced {NEW_TOKENS} new tokens; {batches} batch(es) each")
        if args.audit_only:
            full_audit(twin, work, 10 if args.quick else 30)
            return
        model = MarianMTModel.from_pretrained(str(twin)).eval()
        q = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        from mtaudit.translation.models import convert
        t = time.perf_counter()
        ct2 = convert(twin, work / "twin-ct2", "int8")
        print(f"CTranslate2 int8 conversion: {time.perf_counter() - t:.1f} s")
        rows = []
        for beams in (1, 4):
            fp32 = bench_transformers(model, batches, beams)
            i8 = bench_transformers(q, batches, beams)
            c2 = bench_ct2(ct2, batches, beams, args.threads)
            rows.append((beams, fp32, i8, c2))
        print(f"\n{'decoding':<10} {'transformers fp32':>18} {'transformers int8':>18} {'CTranslate2 int8':>17}   (sentences/s)")
        for beams, fp32, i8, c2 in rows:
            name = "greedy" if beams == 1 else f"beam {beams}"
            print(f"{name:<10} {fp32:>18.2f} {i8:>12.2f} ({i8 / fp32:.1f}x) {c2:>11.2f} ({c2 / fp32:.1f}x)")
        del model, q
        full_audit(twin, work, 10 if args.quick else 30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
