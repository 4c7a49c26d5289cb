"""MT108 suspect-word: words a model trained on expert annotations of MT output marks as errors.

A linear-chain CRF (``mtaudit.word_model``), trained on professional
annotators' error spans in English->French machine translation (WMT19 QE,
train split) and on clean French sentences (given a pseudo source for the
bilingual model: its words copied at the rate correct training words are),
gives each word the probability
that an annotator would have marked it. It sees no content word as itself,
only general facts (``mtaudit.word_features``): shape, position, spaCy's
part of speech, syntax and morphology, French and English word frequencies,
Lexique attestation and agreement with the head, the same facts of two words
either side, and, with a source, whether the word was copied from the
aligned source sentence. A bilingual document is scored by the model trained
with the source, a target-only one by the target-only model.

Adjacent words above the model's claim threshold make one ``minor`` finding;
words above the lower hint threshold make ``info`` findings. Each kind of word
has its thresholds (English-looking: copied from the source, or commoner in
English and unknown to Lexique; clashing in gender or number with its head;
any other), chosen by cross-validation on the training documents for a
character precision of 0.80 (claims) and 0.70 (hints), never on evaluation
data. On train, only English-looking words reach 0.80 in any document. A
document whose mean probability (the model's estimate of its share of wrong
words) reaches a quantile of the training documents' (the median
target-only, the lower quartile bilingual) is one the model finds poor: there, lower "gated" claim thresholds apply: without a source, chosen
the same way for a precision of 0.80; with a source, chosen together for the
best held-out character F1 at a precision of 0.55 or more, capitalised
English-looking words (kind "name": product names left in English) included
(``mtaudit.word_model``); with a source, those gated claims are judged by
the mean of the CRF's probability and that of gradient-boosted trees trained
on the same features (the CRF keeps the gate, the hints and the estimate);
there, an English-looking word beside a capitalised one (a run of copied
words: a product name left in English) may be claimed too, where elsewhere
it stays a hint. Clean news translated by people nearly
always stays under the gate. The category follows
the words: ``untranslated`` (English-looking), ``grammar`` (an agreement
clash), else ``fluency``. The evidence gives the highest probability of the
span's words and the document's mean.

Words inside a passage MT102 calls another language are left to MT102, and
so is code (markup, style sheets, URLs: `_lexicon.protected_spans`).
French only: the model was trained on French.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from .. import lexique
from ..findings import Finding, Severity
from ..word_features import extract, source_word_lookup
from ..word_model import WordModelMissing, flagged_runs, load
from ._bilingual import units
from ._lexicon import protected_spans, wrong_language_passages
from ._spacy_utils import parse_of
from .base import Check


#: The document's estimate of error words, which the score counts in place of
#: MT108's findings (claims and hints), sums the probabilities of the words the
#: CRF gives at least even odds of being an error, claimed or not: past the
#: gate the penalty is the model's expected error words, whatever share of
#: them the claim thresholds say as claims, and whichever model claims them.
#: Leaving the claimed words out instead made a document's penalty fall as the
#: claims grew (a run of five words at 0.6 counted 3 points unclaimed, 1 claimed):
#: with the bilingual gated claims chosen for F1 that cost train's held-out
#: bilingual Pearson 0.295 -> 0.268; net of the claims, the claims counted
#: beside it, 0.304; once the trees made the bilingual gated claims (more of
#: them, some on words the CRF gives under even odds), that counted the
#: claims past the CRF's estimate: train 0.319, dev 0.243; in place of them,
#: 0.322 and 0.264 (``benchmarks/score_study.py``).
#: Below even odds its scattered doubts add up on clean text (summed over every
#: word, 12 points per 100 words of clean news target-only, 19 bilingual).
ESTIMATE_FROM = 0.5
# The estimate is stated only past the document gate. Under it the model
# cannot tell a fair machine translation from clean text: audited bilingually,
# even its words at even odds or more come to 3.6 points per 100 words of clean
# NTREX news, and 122 of 123 clean English->French articles scored below 99.
# There it states no estimate and its hints count as any hint does
# (mtaudit.scoring). Clean news nearly always stays under the gate (NTREX: 1
# document of 123). Counting every word's probability past the gate ranks
# train documents better (r 0.319 against 0.289 bilingual), but costs short
# clean records (annodis headlines past the gate: 28 below 95 against 11).


@dataclass(frozen=True)
class _Code:
    """Markup, a URL or an address (``_lexicon.protected_spans``): not words,
    left alone like a passage in another language."""
    start: int
    end: int


def _left_alone(doc, ctx) -> list:
    """MT102's passages in another language, and the code in the text: a
    style sheet's English property names are code, not untranslated words."""
    return list(wrong_language_passages(doc, ctx.config)) + [_Code(a, b) for a, b in protected_spans(doc.text)]


def _outside(spans, start: int, end: int) -> bool:
    return not any(s.start < end and start < s.end for s in spans)


def _unzipped(run: list, with_gated: bool) -> tuple[list, list[float], list[float] | None]:
    words, probs, gated = zip(*run)
    return list(words), list(probs), (list(gated) if with_gated else None)


def _estimated(w, p: float, passages) -> bool:
    return p >= ESTIMATE_FROM and w.flaggable and _outside(passages, w.start, w.end)


class SuspectWord(Check):
    code = "MT108"
    name = "suspect-word"
    description = ("Words a model trained on expert annotations of machine translation "
                   "marks as errors (word order, literal or wrong words, agreement, untranslated)")
    category = "fluency"
    severity = Severity.MINOR
    requires = frozenset({"nlp"})
    languages = frozenset({"fr"})

    def unavailable(self, doc, ctx) -> str | None:
        why = super().unavailable(doc, ctx)
        if why:
            return why
        try:
            load()
        except WordModelMissing as e:     # its message names the file and the fix
            return str(e)
        return None

    def check(self, doc, ctx) -> Iterator[Finding]:
        parsed = parse_of(doc, ctx)
        if parsed is None:
            return
        model = load()
        mode = "bilingual" if doc.source else "target"
        lookup = source_word_lookup(doc, units(doc)) if doc.source else None
        # Passages MT102 calls another language are MT102's (as for MT101).
        passages = _left_alone(doc, ctx)
        # Every paragraph is scored before any is judged: the gated claims
        # need the document's mean probability. Only the words that could be
        # said at some level are kept (without their features), in runs of
        # adjacent words: a large article's words would not fit at once.
        # A run: its words, their probabilities, and the gated model's (None
        # in a mode without one).
        runs: list[tuple[list, list[float], list[float] | None]] = []
        total, count = 0.0, 0
        expected = 0.0        # error words the model expects (see above)
        for words in extract(parsed, lookup, lexique.table()):
            probs = model.probabilities(mode, words)
            gated = model.gated_probabilities(mode, words, probs)
            total += sum(probs)
            count += len(probs)
            expected += sum(p for w, p in zip(words, probs) if _estimated(w, p, passages))
            run: list = []
            for i, (w, p) in enumerate(zip(words, probs)):
                g = gated[i] if gated is not None else None
                if model.said(mode, w.kind, p, g):
                    run.append((replace(w, features={}), p, g))
                elif run:
                    runs.append(_unzipped(run, gated is not None))
                    run = []
            if run:
                runs.append(_unzipped(run, gated is not None))
        doc_mean = total / count if count else 0.0      # word_model.document_mean, streamed
        for words, probs, gated in runs:
            levels = [lv if _outside(passages, w.start, w.end) else None
                      for w, lv in zip(words, model.levels(mode, words, probs, doc_mean, gated))]
            for level in ("claim", "hint"):
                for a, b in flagged_runs(words, [lv == level for lv in levels]):
                    yield self._finding(doc, words[a:b + 1], probs[a:b + 1], level, mode, doc_mean,
                                        gated[a:b + 1] if gated is not None and level == "claim"
                                        and doc_mean >= model.gate(mode) else None)
        # The model sees every word but says only the surest few: in a document
        # it finds poor, the score counts the error words it expects instead of
        # its claims and hints (see above).
        if doc_mean >= model.gate(mode):
            self.estimate(doc, expected)

    def _finding(self, doc, words, probs, level, mode, doc_mean, gated=None) -> Finding:
        start, end = words[0].start, words[-1].end
        # a token may carry punctuation («Brink’», «-Ce»): the span stops at letters and digits
        while start < end and not doc.text[start].isalnum():
            start += 1
        while end > start and not doc.text[end - 1].isalnum():
            end -= 1
        p = max(probs)
        # A claim past the gate says the probability its gated threshold read
        # too (the CRF's and the trees' mean): it may be what made the claim.
        said = (f"the word model ({mode}) gives {p:.2f}" if gated is None else
                f"the word model ({mode}) gives {p:.2f}, with its gated claim model {max(gated):.2f},")
        if any(w.looks_english for w in words if w.flaggable):
            category, why = "untranslated", "looks English (copied from the source, or an English word)"
        elif any(w.disagrees for w in words):
            category, why = "grammar", "a gender or number clash with its head"
        else:
            category, why = "fluency", "word order, a literal or wrong word, or a slip"
        return self.finding(
            doc, start, end,
            f"«{doc.text[start:end]}»: {said} that an expert "
            f"would mark this as an error; {why}.",
            severity=Severity.MINOR if level == "claim" else Severity.INFO,
            category=category,
            evidence={"probability": round(p, 3), "model": mode,
                      "document_mean": round(doc_mean, 3),
                      **({"gated_probability": round(max(gated), 3)} if gated is not None else {})})
