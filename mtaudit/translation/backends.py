"""Translation backends behind one small interface.

``Backend.translate(sentences, beams=..., with_scores=...)`` returns one
``Translation`` per sentence. With ``with_scores`` it also returns what the
span signals need: the log-probability of each output token and, for each
output token, the source token it attends to most (cross-attention), with the
character span of every source token in the input sentence.

* ``TransformersBackend``: ``MarianMTModel`` on torch (fp32 on CPU; fp16/bf16
  on CUDA). Int8 on CPU is CTranslate2's job: torch's dynamic quantisation
  (``torch.ao.quantization``) is deprecated, and its successor torchao (0.18)
  has no faster int8 CPU kernel than fp32 (benchmarks/int8_linear.py).
* ``CT2Backend``: a CTranslate2 conversion (int8 on CPU).

Models load lazily, on the first translation, so a fully cached audit never
loads one. ``LOADS`` counts loads in this process (the report shows it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

LOADS = {"count": 0}
MAX_NEW_TOKENS = 256
SCORE_BATCH = 4


def max_new_tokens(source_len: int) -> int:
    """Output length limit: a translation is rarely 1.5× longer than its source;
    the limit keeps a degenerate (looping) decode from running to 256 tokens."""
    return min(MAX_NEW_TOKENS, int(source_len * 1.5) + 10)


@dataclass
class Translation:
    text: str
    tokens: list[str] = field(default_factory=list)            # output pieces
    token_logprobs: list[float] | None = None                  # one per output piece
    source_tokens: list[str] | None = None                     # input pieces (no </s>)
    source_spans: list[list[int] | None] | None = None         # [start, end] in the input sentence
    attention_argmax: list[int] | None = None                  # per output piece: source piece index
    attention_max: list[float] | None = None                   # its weight

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, s: str) -> "Translation":
        return cls(**json.loads(s))


@dataclass(frozen=True)
class DeviceChoice:
    device: str          # "cpu" or "cuda"
    dtype: str           # "float32", "float16", "bfloat16", "int8"
    batch_size: int
    backend: str         # "transformers" or "ctranslate2"


def choose_device(requested_device: str, requested_backend: str, batch_size: int, *,
                  cuda_available: bool, bf16_supported: bool, ct2_available: bool,
                  model_kind: str) -> DeviceChoice:
    """Pure decision: which device, precision, batch size and backend to use.

    On CUDA, half precision (bf16 where the card supports it, else fp16) and
    four times larger batches; on CPU, CTranslate2 int8 when it is installed
    (measured ≥3× faster than transformers fp32, see benchmarks/translate.py),
    else transformers fp32.
    """
    device = "cuda" if requested_device == "cuda" or (requested_device == "auto" and cuda_available) else "cpu"
    if model_kind == "ctranslate2":
        backend = "ctranslate2"
    elif requested_backend != "auto":
        backend = requested_backend
    elif device == "cuda":
        backend = "transformers"
    else:
        backend = "ctranslate2" if ct2_available else "transformers"
    if device == "cuda":
        dtype = "bfloat16" if bf16_supported else "float16"
        if backend == "ctranslate2":
            dtype = "float16"
        return DeviceChoice(device, dtype, batch_size * 4, backend)
    if backend == "ctranslate2":
        return DeviceChoice("cpu", "int8", batch_size, backend)
    # transformers on CPU: fp32 (see the module's docstring for int8).
    return DeviceChoice("cpu", "float32", batch_size, backend)


def probe_hardware() -> dict[str, bool]:
    import importlib.util
    out = {"cuda_available": False, "bf16_supported": False,
           "ct2_available": importlib.util.find_spec("ctranslate2") is not None}
    try:
        import torch
        out["cuda_available"] = bool(torch.cuda.is_available())
        out["bf16_supported"] = out["cuda_available"] and bool(torch.cuda.is_bf16_supported())
    except Exception:
        pass
    return out


def batches_by_length(texts: Sequence[str], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (less padding), longest first."""
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def translate_batched(backend: "Backend", texts: Sequence[str], batch_size: int, *, beams: int,
                      with_scores: bool, on_batch: Callable[[list[int], list[Translation]], None] | None = None
                      ) -> list[Translation]:
    """Translate in length-sorted batches; results come back in the input order.

    ``on_batch(indices, translations)`` is called after each batch, so the
    caller can store results as they come (a cache survives an interruption).
    """
    out: list[Translation | None] = [None] * len(texts)
    for idx in batches_by_length(texts, batch_size):
        res = backend.translate([texts[i] for i in idx], beams=beams, with_scores=with_scores)
        for i, r in zip(idx, res):
            out[i] = r
        if on_batch is not None:
            on_batch(idx, res)
    return out  # type: ignore[return-value]


def piece_spans(sp, text: str) -> tuple[list[str], list[list[int] | None]]:
    """SentencePiece pieces of ``text`` and their character spans in it.

    Pieces spell the (normalised) text with "▁" for spaces, so each piece is
    found in the text from a moving cursor; a piece that normalisation
    changed (NFKC ligatures, odd spaces) gets no span rather than a wrong one.
    """
    pieces = sp.encode(text, out_type=str)
    spans: list[list[int] | None] = []
    pos = 0
    for p in pieces:
        surface = p.replace("\u2581", " ").strip()
        if not surface:
            spans.append(None)
            continue
        k = text.find(surface, pos, pos + len(surface) + 8)
        if k < 0:
            spans.append(None)
            continue
        spans.append([k, k + len(surface)])
        pos = k + len(surface)
    return pieces, spans


class Backend:
    name = "backend"

    def __init__(self, model_dir: Path, choice: DeviceChoice, threads: int | None):
        self.model_dir = Path(model_dir)
        self.choice = choice
        self.threads = threads
        self.loaded = False

    @property
    def settings_id(self) -> str:
        """What changes outputs besides the model: part of the cache key."""
        return f"{self.name}/{self.choice.device}/{self.choice.dtype}"

    def load(self) -> None:
        raise NotImplementedError

    def translate(self, sentences: list[str], *, beams: int = 1, with_scores: bool = False) -> list[Translation]:
        raise NotImplementedError


class TransformersBackend(Backend):
    name = "transformers"

    def load(self) -> None:
        if self.loaded:
            return
        import warnings

        import torch
        import transformers
        from transformers import MarianMTModel, MarianTokenizer
        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        if self.threads:
            torch.set_num_threads(self.threads)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*sacremoses.*")
            self.tok = MarianTokenizer.from_pretrained(str(self.model_dir), local_files_only=True)
        # Eager attention: the scoring pass needs the cross-attention weights.
        model = MarianMTModel.from_pretrained(str(self.model_dir), local_files_only=True,
                                              attn_implementation="eager")
        model.eval()
        if self.choice.device == "cuda":
            model = model.to("cuda", dtype=getattr(torch, self.choice.dtype))
        self.model = model
        self.torch = torch
        self.loaded = True
        LOADS["count"] += 1

    def translate(self, sentences, *, beams=1, with_scores=False):
        self.load()
        torch, tok, model = self.torch, self.tok, self.model
        dev = self.choice.device
        enc = tok(list(sentences), return_tensors="pt", padding=True, truncation=True, max_length=512)
        enc = {k: v.to(dev) for k, v in enc.items()}
        with torch.inference_mode():
            src_len = int(enc["input_ids"].shape[1])
            limit = min(max_new_tokens(src_len), model.config.max_position_embeddings - 2,
                        getattr(model.generation_config, "max_length", None) or MAX_NEW_TOKENS)
            seq = model.generate(**enc, num_beams=beams, max_new_tokens=limit, do_sample=False)
            logp = att = None
            if with_scores:
                # Teacher-forced pass over the chosen output: per-token
                # log-probabilities and cross-attention (last layer, mean of heads).
                out = model(**enc, decoder_input_ids=seq[:, :-1], output_attentions=True)
                lp = torch.log_softmax(out.logits.float(), dim=-1)
                logp = lp.gather(-1, seq[:, 1:].unsqueeze(-1)).squeeze(-1).cpu()
                att = out.cross_attentions[-1].float().mean(dim=1).cpu()
        seq = seq.cpu()
        texts = tok.batch_decode(seq, skip_special_tokens=True)
        special = {tok.pad_token_id, tok.eos_token_id}
        results = []
        for b, sent in enumerate(sentences):
            ids = seq[b, 1:].tolist()   # drop the decoder start token
            n = next((i for i, t in enumerate(ids) if t in special), len(ids))
            r = Translation(text=texts[b], tokens=tok.convert_ids_to_tokens(ids[:n]))
            if with_scores:
                pieces, spans = piece_spans(tok.spm_source, sent)
                n_src = int(enc["attention_mask"][b].sum()) - 1    # without </s>
                pieces, spans = pieces[:n_src], spans[:n_src]
                r.source_tokens, r.source_spans = pieces, spans
                # .tolist() first: iterating a tensor makes one tensor per element.
                r.token_logprobs = [round(x, 4) for x in logp[b, :n].tolist()]
                a = att[b, :n, :max(1, len(pieces))]
                r.attention_argmax = a.argmax(-1).tolist() if len(pieces) else [0] * n
                r.attention_max = [round(x, 4) for x in a.max(-1).values.tolist()]
            results.append(r)
        return results


class CT2Backend(Backend):
    name = "ctranslate2"

    def load(self) -> None:
        if self.loaded:
            return
        import ctranslate2
        import sentencepiece as spm
        self.sp_src = spm.SentencePieceProcessor(model_file=str(self.model_dir / "source.spm"))
        self.sp_tgt = spm.SentencePieceProcessor(model_file=str(self.model_dir / "target.spm"))
        compute = "int8" if self.choice.device == "cpu" else self.choice.dtype
        self.translator = ctranslate2.Translator(
            str(self.model_dir), device=self.choice.device, compute_type=compute,
            intra_threads=self.threads or 0)
        self.loaded = True
        LOADS["count"] += 1

    def translate(self, sentences, *, beams=1, with_scores=False):
        self.load()
        src = []
        spans_all = []
        for s in sentences:
            pieces, spans = piece_spans(self.sp_src, s)
            src.append(pieces[:510] + ["</s>"])
            spans_all.append((pieces[:510], spans[:510]))
        res = self.translator.translate_batch(
            src, beam_size=beams, max_batch_size=len(src),
            max_decoding_length=max_new_tokens(max(len(x) for x in src)),
            return_attention=with_scores)
        hyps = [r.hypotheses[0] for r in res]
        # Scoring computes a log-softmax over the whole vocabulary (60k words
        # for OPUS-MT) at every position: in batches of 4 its peak memory is a
        # quarter of the whole batch's (measured: +250 MB instead of +800 MB).
        scores = (self.translator.score_batch(src, hyps, max_batch_size=SCORE_BATCH)
                  if with_scores else None)
        out = []
        for b, r in enumerate(res):
            toks = hyps[b]
            t = Translation(text=self.sp_tgt.decode_pieces(toks), tokens=list(toks))
            if with_scores:
                pieces, spans = spans_all[b]
                t.source_tokens, t.source_spans = pieces, spans
                t.token_logprobs = [round(float(x), 4) for x in scores[b].log_probs[:len(toks)]]
                att = r.attention[0]
                t.attention_argmax, t.attention_max = [], []
                for row in att[:len(toks)]:
                    row = list(row[:max(1, len(pieces))])
                    j = max(range(len(row)), key=row.__getitem__) if row else 0
                    t.attention_argmax.append(j)
                    t.attention_max.append(round(float(row[j]) if row else 0.0, 4))
            out.append(t)
        return out


def make_backend(model_dir: Path, choice: DeviceChoice, threads: int | None) -> Backend:
    cls = CT2Backend if choice.backend == "ctranslate2" else TransformersBackend
    return cls(model_dir, choice, threads)
