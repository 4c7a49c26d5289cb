"""Repeated headlines, paragraphs and sentences within one document.

Machine-translation pipelines and scrapers often emit the headline two or
three times (once with straight quotes, once with typographic ones and « »),
or repeat a sentence. Copies are compared after normalisation: Unicode NFKC,
case, every kind of quote and apostrophe, dashes, spacing and punctuation.
Each later copy is flagged, with the first occurrence's offsets as evidence.

Severity: a repeated paragraph (a headline is a one-line paragraph) is
major, since a whole block of the article is duplicated; a repeated sentence
is minor, and info when it is a quotation (a quote may be taken up again).
A repeated paragraph is info inside a quotation that runs over several
paragraphs, and when a summary line under the headline (no final
punctuation) comes back as a sentence of the body, and when the source (its
paragraphs matching the translation's one for one) repeats it too: a faithful
translation of a repeat is not the translation's error. Copies of three words
or fewer ("Merci.", "Pourquoi ?") are ignored: they are legitimate.
"""
from __future__ import annotations

import re
import unicodedata

from ..findings import Severity
from ..segments import WORD_RE
from .base import Check

_QUOTES = re.compile(r"[\"'«»“”„‟‘’‚‛‹›`´]")
_PUNCT = re.compile(r"[^\w\s]")
#: Repeats of this many words or fewer are not findings.
MIN_WORDS = 4


def normalise(text: str) -> str:
    """The text as compared: no case, quotes, punctuation or spacing differences."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _QUOTES.sub(" ", t)
    t = _PUNCT.sub(" ", t)
    return " ".join(t.split())


class RepeatedText(Check):
    code = "MT301"
    name = "repeated-text"
    description = "A headline, paragraph or sentence repeated (exactly or up to quotes, case and spacing) in one document"
    category = "repetition"
    severity = Severity.MAJOR

    def check(self, doc, ctx):
        seen_paras: dict[str, object] = {}
        flagged: list[tuple[int, int]] = []
        for p in doc.paragraphs:
            key = normalise(p.text)
            if len(WORD_RE.findall(p.text)) <= MIN_WORDS - 1 or not key:
                continue
            first = seen_paras.get(key)
            if first is None:
                seen_paras[key] = p
                continue
            if ctx.allowed(p.text.strip()):
                continue
            flagged.append((p.start, p.end))
            # A headline: the first line, or a line without final punctuation.
            what = ("headline" if first.paragraph == 0 or not _ends_sentence(p.text)
                    else "paragraph")
            severity = None
            if _open_quotes(doc.text, p.start) > 0:
                # Inside a quotation that runs over several paragraphs: the
                # speaker says it again (as for a quoted sentence, below).
                severity, why = Severity.INFO, "quoted"
            elif _source_repeats(doc, first.paragraph, p.paragraph):
                # The source has the same two paragraphs (a product page
                # giving its title twice): the translation is faithful.
                severity, why = Severity.INFO, "repeated in the source"
            elif first.paragraph > 0 and not _ends_sentence(first.text) and _ends_sentence(p.text):
                # A summary line under the headline (no final punctuation),
                # said again as a sentence of the body: the article's lead
                # restating its summary points, a structure of news pages.
                severity, why = Severity.INFO, "summary restated"
            yield self.finding(
                doc, p.start, p.end,
                f"This {what} repeats paragraph {first.paragraph + 1} "
                f"(line {doc.line_col(first.start)[0]}).",
                suggestion="Remove the duplicate.",
                severity=severity,
                evidence={"unit": what, "first_start": first.start, "first_end": first.end,
                          "first_text": first.text, "exact": first.text == p.text,
                          **({"uncertain": why} if severity else {})})

        seen_sents: dict[str, object] = {}
        for s in doc.sentences:
            key = normalise(s.text)
            if len(WORD_RE.findall(s.text)) < MIN_WORDS or not key:
                continue
            first = seen_sents.get(key)
            if first is None:
                seen_sents[key] = s
                continue
            if any(a <= s.start and s.end <= b for a, b in flagged):
                continue          # part of a repeated paragraph, already reported
            if ctx.allowed(s.text.strip()):
                continue
            # A quotation said twice may be the writer's choice (a refrain, a
            # quote taken up again): reported, but as info.
            quoted = s.text.lstrip()[:1] in "«“\"„"
            yield self.finding(
                doc, s.start, s.end,
                f"This sentence repeats one on line {doc.line_col(first.start)[0]}.",
                suggestion="Remove the duplicate.",
                severity=Severity.INFO if quoted else Severity.MINOR,
                evidence={"unit": "sentence", "first_start": first.start, "first_end": first.end,
                          "first_text": first.text, "exact": first.text == s.text})


_SENTENCE_END = (".", "!", "?", "…", ":")


def _source_repeats(doc, first: int, later: int) -> bool:
    """With a source whose paragraphs match the translation's one for one,
    whether the source's paragraphs ``first`` and ``later`` are one text too."""
    if not doc.source:
        return False
    src = doc.source_paragraphs
    if len(src) != len(doc.paragraphs):
        return False
    a, b = normalise(src[first].text), normalise(src[later].text)
    return bool(a) and a == b


def _ends_sentence(text: str) -> bool:
    return text.rstrip(" \u00a0\u202f»”\"')").endswith(_SENTENCE_END)


def _open_quotes(text: str, offset: int) -> int:
    """French and English quotation marks opened and not yet closed before
    ``offset`` (straight quotes are ambiguous and not counted)."""
    before = text[:offset]
    return (before.count("«") - before.count("»")) + (before.count("“") - before.count("”"))
