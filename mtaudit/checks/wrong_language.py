"""MT102 wrong-language-passage: sentences or paragraphs in another language.

langdetect (seeded, deterministic) decides the language of each paragraph,
and of each sentence of a paragraph that is not foreign as a whole. Short
texts fool langdetect, so a passage is only flagged when all of these hold
(see ``_lexicon.wrong_language_passages``):

* at least 6 lowercase words and 30 letters (capitalised words, mostly names,
  are left out of the count and of the word evidence);
* langdetect's probability for the other language is >= 0.90 for a whole
  paragraph, >= 0.95 for sentences;
* at least 60 % of the words are more frequent (wordfreq) in the detected
  language than in the target language.

A whole paragraph is one finding; adjacent foreign sentences of the same
language are one finding. A quotation (70 % of the passage inside quote
marks) shorter than 25 words is a deliberate quotation, not an error.

Severity: critical when the passage is at least 2 sentences and 30 words (a
reader loses a whole passage: the text is not publishable), major otherwise.
"""
from __future__ import annotations

from ..findings import Severity
from . import _lexicon as lx
from .base import Check

CRITICAL_MIN_SENTENCES = 2
CRITICAL_MIN_WORDS = 30


class WrongLanguagePassage(Check):
    code = "MT102"
    name = "wrong-language-passage"
    description = "Sentences or paragraphs written in another language than the target language"
    category = "wrong-language"
    severity = Severity.MAJOR

    def applies_to(self, doc) -> bool:
        return super().applies_to(doc) and doc.target_lang in lx.wordfreq_languages()

    def check(self, doc, ctx):
        for p in lx.wrong_language_passages(doc, ctx.config):
            if p.quoted:
                continue
            name = lx.language_name(p.lang)
            target = lx.language_name(doc.target_lang)
            what = "paragraph" if p.whole_paragraph else (
                "sentence" if p.sentences == 1 else f"{p.sentences} sentences")
            severity = (Severity.CRITICAL if p.sentences >= CRITICAL_MIN_SENTENCES
                        and p.words >= CRITICAL_MIN_WORDS else Severity.MAJOR)
            yield self.finding(
                doc, p.start, p.end,
                f"{what} in {name}, not {target} ({p.words} words)",
                suggestion=f"translate this {what} into {target}, or remove it",
                evidence={"language": p.lang, "probability": p.probability,
                          "word_share": p.word_share, "words": p.words,
                          "sentences": p.sentences, "whole_paragraph": p.whole_paragraph},
                severity=severity.value,
            )
