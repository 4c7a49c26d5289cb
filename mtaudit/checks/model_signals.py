"""MT5xx: signals from the translation model (back-translation and round trip).

They read ``doc.round_trips`` (filled by mtaudit.translation before checks
run) and never load a model themselves. A model's doubt is weaker evidence
than a dictionary or a parse, so these stay at minor/info unless two
independent signals agree.
"""
from __future__ import annotations

from ..findings import Severity
from ..languages import zipf
from ..translation.signals import copied_words, lost_words, low_confidence_spans, sentence_scores
from .base import Check

# Zipf frequency below which a word is "not a word of the target language"
# (about three times per 100 million words), and above which it is a common
# word of the pivot language (once per million words), so that the model
# may rightly have kept it ("simple", "budget" are French and English).
UNKNOWN_ZIPF = 1.5
PIVOT_WORD_ZIPF = 3.0
# A back-translation token under this probability is "unsure".
LOW_PROB = 0.02
# Round-trip chrF under which a sentence has lost its meaning in the trip
# (clean news sentences round-trip through an OPUS-MT pair at chrF 45-75).
DIVERGENT_CHRF = 25.0
VERY_DIVERGENT_CHRF = 10.0
MIN_WORDS = 5


def _is_name_number_or_acronym(word: str) -> bool:
    return (word[:1].isupper() or any(c.isdigit() for c in word)
            or (len(word) > 1 and word.isupper()))


class CopiedThrough(Check):
    code = "MT501"
    name = "copied-through"
    description = "A word the model copied unchanged into its back-translation, unknown in both languages"
    category = "untranslated"
    severity = Severity.MINOR
    requires = frozenset({"model"})

    def check(self, doc, ctx):
        for rt in doc.round_trips:
            pivot = getattr(rt, "pivot", ctx.config.pivot) or "en"
            for s, e, w in copied_words(rt.text, rt.back_translation):
                if len(w) < 4 or _is_name_number_or_acronym(w) or ctx.allowed(w):
                    continue
                zt, zp = zipf(w, doc.target_lang), zipf(w, pivot)
                if zt >= UNKNOWN_ZIPF or zp >= PIVOT_WORD_ZIPF:
                    continue    # a real word of either language (e.g. "simple" fr=en)
                yield self.finding(
                    doc, rt.start + s, rt.start + e,
                    f"“{w}” was copied unchanged into the {pivot} back-translation and is not a "
                    f"{doc.target_lang} word: probably left untranslated",
                    suggestion="translate this word",
                    evidence={"back_translation": rt.back_translation,
                              f"zipf_{doc.target_lang}": zt, f"zipf_{pivot}": zp})


class LowConfidence(Check):
    code = "MT502"
    name = "low-confidence"
    description = "Words under which the back-translation model was unsure (token probability, cross-attention)"
    category = "mistranslation"
    severity = Severity.INFO
    requires = frozenset({"model"})

    def check(self, doc, ctx):
        for rt in doc.round_trips:
            d = rt.detail
            if d is None or not d.token_logprobs or not d.attention_argmax or not d.source_spans:
                continue
            for sp in low_confidence_spans(d.token_logprobs, d.attention_argmax, d.source_spans, rt.text,
                                           max_prob=LOW_PROB, attention_max=d.attention_max,
                                           tokens=d.tokens):
                yield self.finding(
                    doc, rt.start + sp.start, rt.start + sp.end,
                    f"the back-translation model was unsure here (lowest token probability "
                    f"{sp.min_prob:.3f})",
                    evidence={"min_probability": round(sp.min_prob, 4), "unsure_tokens": sp.tokens[:10],
                              "back_translation": rt.back_translation})


class RoundTripDivergence(Check):
    code = "MT503"
    name = "round-trip-divergence"
    description = "A sentence whose round trip through the pivot language comes back very different (low chrF)"
    category = "mistranslation"
    severity = Severity.INFO
    requires = frozenset({"model"})

    def check(self, doc, ctx):
        for rt in doc.round_trips:
            n_words = len(rt.text.split())
            if n_words < MIN_WORDS or rt.chrf >= DIVERGENT_CHRF:
                continue
            lost = [w for _, _, w in lost_words(rt.text, rt.round_trip)]
            sev = "minor" if rt.chrf < VERY_DIVERGENT_CHRF and n_words >= 8 else "info"
            yield self.finding(
                doc, rt.start, rt.end,
                f"the round trip through {getattr(rt, 'pivot', 'the pivot')} comes back very different "
                f"(chrF {rt.chrf:.1f}): the sentence may be garbled or in another language",
                severity=sev,
                evidence={"chrf": rt.chrf, "bleu": rt.bleu, "back_translation": rt.back_translation,
                          "round_trip": rt.round_trip, "lost_words": lost[:20]})


class SourceDivergence(Check):
    code = "MT504"
    name = "source-divergence"
    description = "A sentence whose translation back into the source language differs from the real source (low chrF)"
    category = "mistranslation"
    severity = Severity.INFO
    requires = frozenset({"model", "source"})

    def check(self, doc, ctx):
        trips = doc.round_trips
        if not any(rt.to_source for rt in trips):
            return
        for (ts, te), (ss, se), hyp in _aligned_units(doc):
            if len(doc.text[ts:te].split()) < MIN_WORDS or not hyp.strip():
                continue
            ref = doc.source[ss:se]
            chrf, bleu = sentence_scores(hyp, ref)
            if chrf >= DIVERGENT_CHRF:
                continue
            sev = "minor" if chrf < VERY_DIVERGENT_CHRF else "info"
            yield self.finding(
                doc, ts, te,
                f"translated back into {doc.source_lang}, this differs from the source (chrF {chrf:.1f}): "
                f"check for a mistranslation or an omission",
                severity=sev, source_span=(ss, se),
                evidence={"chrf": chrf, "bleu": bleu, "back_translation": hyp})


def _aligned_units(doc):
    """((target span), (source span), back-translation into the source language) units.

    Alignments from the input when there are some; else sentences one to one
    when both sides have as many; else paragraphs one to one; else nothing
    (comparing unaligned text would only make noise).
    """
    trips = [rt for rt in doc.round_trips]

    def back(ts, te):
        return " ".join(rt.to_source or "" for rt in trips if rt.start >= ts and rt.end <= te)

    if doc.alignments:
        for a in doc.alignments:
            yield (a.target_start, a.target_end), (a.source_start, a.source_end), back(a.target_start, a.target_end)
        return
    tgt, src = doc.sentences, doc.source_sentences
    if len(tgt) == len(src):
        for t, s in zip(tgt, src):
            yield (t.start, t.end), (s.start, s.end), back(t.start, t.end)
        return
    tp, sp = doc.paragraphs, doc.source_paragraphs
    if len(tp) == len(sp):
        for t, s in zip(tp, sp):
            yield (t.start, t.end), (s.start, s.end), back(t.start, t.end)
