"""Translation on a CUDA GPU, with the project's own backend and round-trip service.

Prints figures and checks the GPU path's mechanics; it needs an NVIDIA GPU
(CI has none: this script is run by hand on a machine that has one). The model
is the "shape twin" of opus-mt-fr-en built by benchmarks/translate.py (random
weights, the real dimensions), so every figure here is mechanics and speed,
never quality.

    python benchmarks/translate_cuda.py              # ~1-2 min on one H200
    python benchmarks/translate_cuda.py --sentences 4000

1. The device decision on this machine (``choose_device`` fed by
   ``probe_hardware``, as an audit with ``--device auto`` makes it).
2. The GPU path against the CPU path: the same sentences translated with
   scores (per-token log-probabilities, cross-attention) by
   ``TransformersBackend`` on CPU fp32, CUDA fp32 and CUDA in the chosen half
   precision. Where two decodes read the same prefix, CUDA fp32 must give
   the CPU's log-probabilities (to 1e-3; exit 1 if not); how often whole
   decodes agree is reported, for half precision too (random weights have
   many near-ties, and a different batch cuts a never-ending decode at
   another length).
3. Decoding speed, forced to 40 new tokens on 40-token inputs, per batch size,
   fp32 and half precision, greedy and beam 4.
4. The round-trip service end to end (``RoundTripService.attach``:
   back-translation with scores, round trip, sacrebleu chrF/BLEU per
   sentence), without the cache, at the batch sizes given (the device
   decision makes them four times larger on CUDA).

Without CUDA it says so and exits 2.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from translate import NEW_TOKENS, build_twin, source_ids  # noqa: E402  (the CPU benchmark's twin)

from mtaudit.translation import backends as B  # noqa: E402
from mtaudit.translation.service import RoundTripService  # noqa: E402


def corpus_sentences(n: int) -> list[str]:
    """n distinct French sentences: the project's test corpus, each with a
    running number so that no two are the same (no cache or memo hits)."""
    lines = [ln.strip() for ln in (ROOT / "tests" / "data" / "marian_corpus.txt").read_text(encoding="utf-8")
             .splitlines() if ln.strip()]
    return [f"{lines[i % len(lines)].rstrip('.')}, selon la note {i}." for i in range(n)]


def compare(ref: list[B.Translation], other: list[B.Translation]) -> dict:
    """Agreement over the pieces both outputs have: the output limit follows
    the longest input of a batch (max_new_tokens), and random weights never
    stop, so batches of another size cut the same decode at another length."""
    agree, steps, lp_diff, att = 0, 0, [], []
    for a, b in zip(ref, other):
        n = min(len(a.tokens), len(b.tokens))
        k = next((i for i in range(n) if a.tokens[i] != b.tokens[i]), n)
        agree += k == n
        steps += k
        # Log-probabilities and attention are comparable up to the first
        # differing piece (after it the two decodes read different prefixes).
        lp_diff += [abs(x - y) for x, y in zip((a.token_logprobs or [])[:k], (b.token_logprobs or [])[:k])]
        att += [x == y for x, y in zip((a.attention_argmax or [])[:k], (b.attention_argmax or [])[:k])]
    return {"same_decode": agree, "of": len(ref),
            "pieces_before_first_difference": round(steps / max(1, len(ref)), 1),
            "max_logprob_diff": round(max(lp_diff), 5) if lp_diff else None,
            "attention_argmax_same": round(sum(att) / len(att), 4) if att else None}


def well_formed(results: list[B.Translation]) -> bool:
    """What the span signals rely on: one log-probability and one attention
    pointer per output piece, pointing inside the source pieces."""
    for r in results:
        n = len(r.tokens)
        if len(r.token_logprobs or []) != n or len(r.attention_argmax or []) != n:
            return False
        if r.source_tokens is None or any(not 0 <= j < max(1, len(r.source_tokens)) for j in r.attention_argmax):
            return False
    return True


def forced_decode_speed(model, torch, batch: int, beams: int, repeats: int) -> float:
    ids = source_ids(batch).to("cuda")
    mask = torch.ones_like(ids)
    kw = dict(num_beams=beams, min_new_tokens=NEW_TOKENS, max_new_tokens=NEW_TOKENS, do_sample=False)
    with torch.inference_mode():
        model.generate(input_ids=ids, attention_mask=mask, **kw)           # warm-up (kernels, allocator)
        torch.cuda.synchronize()
        t = time.perf_counter()
        for _ in range(repeats):
            out = model.generate(input_ids=ids, attention_mask=mask, **kw)
        torch.cuda.synchronize()
        dt = time.perf_counter() - t
    assert out.shape[1] == NEW_TOKENS + 1
    return repeats * batch / dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=2000, help="sentences for the round-trip service (4.)")
    ap.add_argument("--compare", type=int, default=64, help="sentences for the CPU/GPU comparison (2.)")
    ap.add_argument("--batch-size", type=int, nargs="+", default=[16, 64],
                    help="the audit's --batch-size values for the service run (4.); CUDA uses 4 x each")
    ap.add_argument("--profile", action="store_true", help="cProfile the service runs (4.): top functions")
    args = ap.parse_args()
    import torch
    hw = B.probe_hardware()
    if not hw["cuda_available"]:
        print("no CUDA device here (torch.cuda.is_available() is False): nothing measured")
        return 2
    print(f"device: {torch.cuda.get_device_name(0)}; torch {torch.__version__}; "
          f"transformers {__import__('transformers').__version__}; hardware probe {hw}")
    work = Path(tempfile.mkdtemp(prefix="mtaudit-cuda-"))
    status = 0
    try:
        twin = build_twin(work / "twin")
        # Random weights never emit </s>: let the output limit follow the
        # input (1.5 x its length + 10, the backend's rule) as on a real model
        # that would run long, instead of generation_config's default of 20.
        gc = work / "twin" / "generation_config.json"
        g = json.loads(gc.read_text()) if gc.exists() else {}
        g["max_length"] = B.MAX_NEW_TOKENS
        gc.write_text(json.dumps(g))

        # 1. the decision an audit with --device auto makes here
        choice = B.choose_device("auto", "auto", 16, model_kind="transformers", **hw)
        print(f"\n1. device decision (--device auto, --batch-size 16): {choice}")
        if choice.device != "cuda":
            print("   FAIL: a CUDA machine should be chosen")
            status = 1

        # 2. the same sentences on CPU fp32, CUDA fp32, CUDA half
        sents = corpus_sentences(args.compare)
        runs = {}
        for name, ch in (("cpu float32", B.DeviceChoice("cpu", "float32", 16, "transformers")),
                         ("cuda float32", B.DeviceChoice("cuda", "float32", 64, "transformers")),
                         (f"cuda {choice.dtype}", choice)):
            backend = B.make_backend(twin, ch, threads=None)
            t = time.perf_counter()
            runs[name] = B.translate_batched(backend, sents, ch.batch_size, beams=1, with_scores=True)
            dt = time.perf_counter() - t
            lens = [len(r.tokens) for r in runs[name]]
            print(f"\n2. {name}: {len(sents)} sentences with scores in {dt:.2f} s (load included), "
                  f"output pieces {min(lens)}-{max(lens)}, well formed: {well_formed(runs[name])}")
            if not well_formed(runs[name]):
                status = 1
            del backend
        ref = runs["cpu float32"]
        for name in list(runs)[1:]:
            c = compare(ref, runs[name])
            print(f"   {name} vs cpu float32: {c}")
            if name == "cuda float32" and (c["max_logprob_diff"] is None or c["max_logprob_diff"] > 1e-3):
                # fp32 on both: only kernel rounding differs. A random model's
                # near-ties may still send a decode another way (same_decode
                # says how often), but where the two read the same prefix
                # their log-probabilities must match.
                print("   FAIL: CUDA fp32 log-probabilities differ from CPU fp32")
                status = 1

        # 3. forced decoding speed
        from transformers import MarianMTModel
        print(f"\n3. decoding speed, forced {NEW_TOKENS} new tokens on 40-token inputs (sentences/s):")
        print(f"   {'batch':>6} {'beams':>5} {'float32':>10} {choice.dtype:>10}")
        models = {"float32": MarianMTModel.from_pretrained(str(twin)).eval().to("cuda")}
        models[choice.dtype] = MarianMTModel.from_pretrained(str(twin)).eval().to(
            "cuda", dtype=getattr(torch, choice.dtype))
        for batch in (16, 64, 256):
            for beams in (1, 4):
                speeds = [forced_decode_speed(models[k], torch, batch, beams, repeats=3) for k in models]
                print(f"   {batch:>6} {beams:>5} " + " ".join(f"{s:>10.0f}" for s in speeds))
        del models
        torch.cuda.empty_cache()

        # 4. the round-trip service end to end, as an audit calls it
        from mtaudit.config import Config
        sents = corpus_sentences(args.sentences)
        for batch_size in args.batch_size:
            cfg = Config(target_lang="fr", models={"fr-en": str(twin), "en-fr": str(twin)},
                         cache_dir=str(work / "cache"), use_cache=False, progress=False, batch_size=batch_size)
            notes: list[str] = []
            svc = RoundTripService.create(cfg, notes.append)
            docs = []
            for d in range(0, len(sents), 20):
                chunk, pos, spans = sents[d:d + 20], 0, []
                for s in chunk:
                    spans.append(SimpleNamespace(text=s, start=pos, end=pos + len(s)))
                    pos += len(s) + 1
                docs.append(SimpleNamespace(target_lang="fr", sentences=spans, source=None, source_lang=None,
                                            extra={}, round_trips=None))
            torch.cuda.reset_peak_memory_stats()
            prof = cProfile.Profile() if args.profile else None
            t = time.perf_counter()
            if prof:
                prof.enable()
            svc.attach(docs)
            torch.cuda.synchronize()
            dt = time.perf_counter() - t
            if prof:
                prof.disable()
                pstats.Stats(prof).sort_stats("tottime").print_stats(15)
            done = sum(len(d.round_trips or []) for d in docs)
            m = svc.describe()["models"]["fr-en"]
            pieces = [len(r.detail.tokens) for d in docs for r in d.round_trips or [] if r.detail]
            print(f"\n4. round-trip service, --batch-size {batch_size}: {done} of {len(sents)} sentences "
                  f"round-tripped in {dt:.1f} s (model loads included): {done / dt:.0f} sentences/s, "
                  f"{2 * done / dt:.0f} translations/s; backend {m['backend']} {m['device']} {m['dtype']}, "
                  f"batches of {svc._model('fr-en').choice.batch_size}; back-translations of "
                  f"{min(pieces)}-{max(pieces)} pieces; peak GPU memory "
                  f"{torch.cuda.max_memory_allocated() / 2**20:.0f} MiB")
            print("   service notes: " + " | ".join(n[:100] for n in notes))
            if done != len(sents) or m["device"] != "cuda":
                status = 1
            del svc
            torch.cuda.empty_cache()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nresult:", "OK" if status == 0 else "FAILED")
    return status


if __name__ == "__main__":
    sys.exit(main())
