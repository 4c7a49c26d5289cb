"""MT107 noun-stack: nouns piled up in English order, with no preposition.

English stacks nouns and puts the head last ("water filter cartridges");
French puts the head first and links its complements with a preposition
("cartouches de filtre à eau"). Machine translation often keeps the English
pile word for word: "eau filtres", "remplacement carbone cartouche".

French has compounds of two bare nouns too ("sac poubelle", "bouton
poussoir", "réseau web"), so a pair alone proves nothing. Two signals do:

1. a stack of three nouns or more, with no preposition between them: French
   compounds stop at two ("remplacement carbone cartouche");
2. a pair whose second noun carries the plural and the first does not
   ("eau filtres", "exercice bandes"): in a French compound the plural falls
   on the first, the head ("des sacs poubelle"); on the second it marks the
   English head.

3. a pair with no article or preposition before it (adjectives aside),
   straight after another word ("0,2 micron profondeur"): a French
   compound is a noun phrase of its own ("un sac poubelle", "au sac
   poubelle"); glued to the words before it, the pair is part of a pile.

Each gives a ``minor`` finding. Any other pair is an ``info`` hint (French
compounds and English calques look alike there). Nothing is said when the
second noun opens a prepositional locution ("grâce à", "suite à") or a date
("début septembre").

A noun here is a lowercase word that spaCy tags NOUN and that its
lemmatizer's lexicon knows as a noun but neither as an adjective nor as a
participle (words with both readings, "commerçantes", are often adjectives
the tagger misread); month and weekday names are left out (a time noun
qualifying a noun: "samedi matin").
"""
from __future__ import annotations

from typing import Iterator

from ..dates import month_name_index, strip_accents, weekday_name_index
from ..findings import Finding, Severity
from .base import Check
from ._spacy_utils import parsed_with_lexicon

# Words after the second noun that make it part of a prepositional locution
# ("grâce à", "suite à", "au côté de") rather than a stacked noun.
_LOCUTION_NEXT = frozenset({"à", "de", "du", "des", "d'", "d’", "au", "aux"})


class NounStack(Check):
    code = "MT107"
    name = "noun-stack"
    description = ("Nouns stacked in English order with no preposition between them "
                   "(three or more, the plural on the second, or a bare pair glued to the "
                   "words before it)")
    category = "grammar"
    severity = Severity.MINOR
    requires = frozenset({"nlp"})
    languages = frozenset({"fr"})

    def check(self, doc, ctx) -> Iterator[Finding]:
        found = parsed_with_lexicon(doc, ctx)
        if found is None:
            return
        parsed, lex = found
        time_words = set(month_name_index(doc.target_lang)) | set(weekday_name_index(doc.target_lang))
        for offset, sdoc in parsed:
            for run in _noun_runs(sdoc, lex, time_words):
                yield from self._judge(doc, offset, sdoc, run,
                                       _widened(sdoc, run, time_words), lex, time_words)

    def _judge(self, doc, offset, sdoc, run, stack, lex, time_words) -> Iterator[Finding]:
        """``run``: the nouns the lexicon vouches for (the span flagged);
        ``stack``: the run with the tagger's nouns on either side."""
        first, last = run[0], run[-1]
        after = sdoc[stack[-1].i + 1] if stack[-1].i + 1 < len(sdoc) else None
        start, end = offset + first.idx, offset + last.idx + len(last.text)
        words = [t.text for t in stack]
        if after is not None and strip_accents(after.lower_) in time_words:
            return                     # "début septembre": a date, not a stack
        evidence = {"nouns": words}
        if len(stack) >= 3:
            yield self.finding(
                doc, start, end,
                f"{len(stack)} nouns in a row with no preposition ({' '.join(words)}): "
                "English word order, French links them with de/à and puts the head first.",
                evidence=evidence)
            return
        a, b = run
        after = sdoc[b.i + 1] if b.i + 1 < len(sdoc) else None
        if lex.is_plural_noun_form(b.text) and a.lower_[-1:] not in ("s", "x", "z"):
            yield self.finding(
                doc, start, end,
                f"«{b.text}» carries the plural after the singular «{a.text}», with no "
                "preposition: the English order (head last); French puts the head first.",
                suggestion=f"{b.text} de/à {a.text}?", evidence=evidence)
            return
        if after is not None and after.lower_ in _LOCUTION_NEXT:
            return
        before = sdoc[a.i - 1] if a.i > 0 else None
        opening = a.i - 1
        while opening >= 0 and sdoc[opening].pos_ == "ADJ":
            opening -= 1         # "une grande poche filet": the article comes first
        if before is not None and (opening < 0 or sdoc[opening].pos_ not in ("DET", "ADP", "PUNCT")):
            yield self.finding(
                doc, start, end,
                f"Two nouns with no preposition ({' '.join(words)}), and no article or "
                f"preposition before them (after «{before.text}»): English word order; "
                "French puts the head first and links its complement with de/à.",
                evidence=evidence)
            return
        yield self.finding(
            doc, start, end,
            f"Two nouns with no preposition ({' '.join(words)}): a French compound, or the "
            "English word order?", severity=Severity.INFO, evidence=evidence)


def _is_bare_noun(t, lex, time_words) -> bool:
    w = t.text
    return (t.pos_ == "NOUN" and w.isalpha() and w.islower() and len(w) > 2
            and strip_accents(w) not in time_words
            and lex.is_noun(w) and not lex.is_adjective(w) and not lex.is_participle(w))


def _stacked(t, time_words) -> bool:
    """A word the tagger reads as a lowercase noun (the lexicon may not know
    it: a misspelt or rare word still stacks)."""
    return (t.pos_ == "NOUN" and t.text.isalpha() and t.text.islower()
            and strip_accents(t.text) not in time_words)


def _widened(sdoc, run, time_words):
    """The run with the tagger's nouns glued on either side (one space apart)."""
    first, last = run[0], run[-1]
    before = sdoc[first.i - 1] if first.i > 0 else None
    if before is not None and before.whitespace_ == " " and not first.is_sent_start \
            and _stacked(before, time_words):
        run = [before, *run]
    after = sdoc[last.i + 1] if last.i + 1 < len(sdoc) else None
    if after is not None and last.whitespace_ == " " and not after.is_sent_start \
            and _stacked(after, time_words):
        run = [*run, after]
    return run


def _noun_runs(sdoc, lex, time_words):
    """Maximal runs of bare nouns one space apart within a sentence."""
    run = []
    for t in sdoc:
        if _is_bare_noun(t, lex, time_words):
            prev = run[-1] if run else None
            if prev is not None and prev.i == t.i - 1 and prev.whitespace_ == " " \
                    and not t.is_sent_start:
                run.append(t)
                continue
            if len(run) >= 2:
                yield run
            run = [t]
        else:
            if len(run) >= 2:
                yield run
            run = []
    if len(run) >= 2:
        yield run
