"""Span signals from translations: pure functions on fixed inputs.

The checks in ``mtaudit.checks.model_signals`` turn these into findings; here
nothing knows about documents, only sentences, tokens and numbers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..segments import words


@dataclass
class Span:
    start: int            # character offsets in the sentence
    end: int
    min_prob: float       # lowest probability of an output token aligned to it
    tokens: list[str]     # the output tokens that were unsure


def copied_words(sentence: str, translation: str) -> list[tuple[int, int, str]]:
    """Words of ``sentence`` that reappear verbatim (same spelling) in ``translation``."""
    out_words = {w for _, _, w in words(translation)}
    return [(s, e, w) for s, e, w in words(sentence) if w in out_words]


def low_confidence_spans(token_logprobs: list[float], attention_argmax: list[int],
                         source_spans: list[list[int] | None], sentence: str, *,
                         max_prob: float = 0.05, attention_max: list[float] | None = None,
                         min_attention: float = 0.0, tokens: list[str] | None = None) -> list[Span]:
    """Source words under output tokens the model was unsure of.

    Each output token whose probability is below ``max_prob`` is mapped to the
    source piece it attended to most (when that attention is at least
    ``min_attention``), then to the whole source word around that piece.
    Adjacent flagged words merge into one span.
    """
    word_spans = [(s, e) for s, e, _ in words(sentence)]
    hits: dict[tuple[int, int], Span] = {}
    threshold = math.log(max_prob)
    for k, lp in enumerate(token_logprobs):
        if lp >= threshold or k >= len(attention_argmax):
            continue
        if attention_max is not None and attention_max[k] < min_attention:
            continue
        j = attention_argmax[k]
        if not (0 <= j < len(source_spans)) or source_spans[j] is None:
            continue
        ps, pe = source_spans[j]
        w = next(((s, e) for s, e in word_spans if s < pe and ps < e), None)
        if w is None:         # the piece is punctuation: nothing to point at
            continue
        p = math.exp(lp)
        span = hits.get(w)
        if span is None:
            hits[w] = Span(w[0], w[1], p, [])
            span = hits[w]
        span.min_prob = min(span.min_prob, p)
        if tokens is not None and k < len(tokens):
            span.tokens.append(tokens[k])
    merged: list[Span] = []
    for sp in sorted(hits.values(), key=lambda s: s.start):
        if merged and sentence[merged[-1].end:sp.start].strip() == "":
            merged[-1].end = sp.end
            merged[-1].min_prob = min(merged[-1].min_prob, sp.min_prob)
            merged[-1].tokens += sp.tokens
        else:
            merged.append(sp)
    return merged


def lost_words(original: str, round_trip: str, min_len: int = 4) -> list[tuple[int, int, str]]:
    """Words of ``original`` (case-folded, no digits) missing from ``round_trip``."""
    back = {w.casefold() for _, _, w in words(round_trip)}
    return [(s, e, w) for s, e, w in words(original)
            if len(w) >= min_len and not any(c.isdigit() for c in w) and w.casefold() not in back]


def sentence_scores(hypothesis: str, reference: str) -> tuple[float, float]:
    """Sentence chrF and BLEU (sacrebleu, effective order) of hypothesis vs reference."""
    chrf, bleu = _metrics()
    return (round(chrf.sentence_score(hypothesis, [reference]).score, 2),
            round(bleu.sentence_score(hypothesis, [reference]).score, 2))


def corpus_scores(hypotheses: list[str], references: list[str]) -> dict:
    chrf, bleu = _metrics(corpus=True)
    c = chrf.corpus_score(hypotheses, [references])
    b = bleu.corpus_score(hypotheses, [references])
    return {"chrf": round(c.score, 2), "bleu": round(b.score, 2),
            "signature": f"chrF: {chrf.get_signature()} | BLEU: {bleu.get_signature()}"}


_METRICS: dict[bool, tuple] = {}


def _metrics(corpus: bool = False):
    if corpus not in _METRICS:
        from sacrebleu.metrics import BLEU, CHRF
        _METRICS[corpus] = (CHRF(), BLEU(effective_order=not corpus))
    return _METRICS[corpus]
