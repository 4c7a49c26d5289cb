"""MT403: a name of the source missing from the translation.

Which words are names, and how a name is found in the other language, is
mtaudit.names' business. Per aligned unit, a source name that the
translation does not have in any form is reported; how sure the finding is
depends on the evidence: a sure name gone while the translation has a name
the source does not (a name replaced) is major, a whole name of several sure
words gone is minor, and the rest (one word gone, a word that is only perhaps
a name, an acronym, any name of a source without capitals) is info.
"""
from __future__ import annotations

from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..names import (STRONG, SYLLABIC, NameIndex, aliases, case_evidence, find_names,
                     is_cased_word, tokens)
from ._bilingual import _dates, _doc_cache, _latin_share, units
from .base import Check


#: Zipf frequency from which a capitalised word is also a common word of
#: its language ("Santé", "Health", "Hacienda", "Finances"): two such words
#: facing each other are more likely an institution's name translated than
#: a name replaced.
COMMON_ZIPF = 4.0


def common_words(words, lang) -> bool:
    """All the words are common words of a Latin-script language (where
    the same capitalised word is both a name and a word, as "Santé" is)."""
    return lang in wordfreq_languages() and all(
        _latin_share(w.text) == 1.0 and zipf(w.text.casefold(), lang) >= COMMON_ZIPF for w in words)


def _cased_share(text: str) -> float:
    letters = [c for c in text[:4000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.lower() != c.upper()) / len(letters)


class EntityMissing(Check):
    code = "MT403"
    name = "entity-missing"
    description = "A name of the source (person, place, organisation) is missing from the translation"
    category = "named-entity"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl, tl = doc.source_lang, doc.target_lang
        src_ev = _doc_cache(doc, "src_case", lambda: case_evidence(doc.source, sl))
        tgt_ev = _doc_cache(doc, "tgt_case", lambda: case_evidence(doc.text, tl))
        alias = aliases(sl, tl)
        loose = sl in SYLLABIC or tl in SYLLABIC
        if _latin_share(doc.source) < 0.5 <= _latin_share(doc.text):
            # A source in another script: names are matched by sound, and a
            # replacement weighed on both sides (mtaudit.names_translit).
            for u in units(doc):
                if u.te > u.ts and u.se > u.ss:
                    yield from self._other_script_unit(doc, u, src_ev, tgt_ev, alias, ctx)
            return
        # Without capitals the source's names are found less surely (a
        # dictionary's tags, katakana): the translation's names carry more.
        source_cased = _cased_share(doc.source) >= 0.5
        # An acronym is translated with its words when the script changes
        # (США, USA): it says nothing of a replaced name then.
        other_script = _latin_share(doc.source) < 0.5 <= _latin_share(doc.text)
        date_spans = _dates(doc, "source")
        us = units(doc)
        for u in us:
            if u.te <= u.ts or u.se <= u.ss:
                continue
            # A name is looked for in its own unit, not in the whole text,
            # where the same name in another sentence would hide a replaced
            # one (the aligner joins sentences it cannot pair one to one).
            tgt_index = NameIndex.build(tokens(doc.text, tl, u.ts, u.te), tl)
            src_index = NameIndex.build(tokens(doc.source, sl, u.ss, u.se), sl)
            extra = self._unmatched_target_names(doc, u, tl, tgt_ev, src_index, alias, ctx,
                                                 _dates(doc, "target"), loose, other_script)
            reported = False
            for run in find_names(doc.source, sl, u.ss, u.se, src_ev):
                run_words = tuple(w.text for w in run)
                missing = [w for w in run
                           if not ctx.allowed(w.text)
                           and not any(d.start <= w.start < d.end for d in date_spans)
                           and not tgt_index.has(w.text, sl, run_words, alias, loose,
                                                 doc.source[w.end:w.end + 1] == ".")]
                if not missing:
                    continue
                # An acronym is often translated or written out ("ICJ", "la
                # Cour internationale de justice"; "HMC", "CSM"): its absence
                # alone is weak evidence.
                strong = [w for w in missing if w.level == STRONG and not w.text.isupper()]
                if extra and strong and source_cased \
                        and not (common_words(strong, sl) and common_words(extra, tl)):
                    # A name gone and another come: a name replaced. Names
                    # found without capitals (a dictionary's tags, katakana)
                    # and compared by loose transcriptions are not sure
                    # enough on clean text to say more than info.
                    severity = Severity.MAJOR
                elif source_cased and len(strong) >= 2 and len(strong) == len(run):
                    # A whole name of several sure words gone ("Joko Widodo").
                    severity = Severity.MINOR
                else:
                    # One word gone may be a name translated, or said otherwise.
                    severity = Severity.INFO
                reported = True
                s0, e0 = missing[0].start, missing[-1].end
                msg = f"the source names {doc.source[s0:e0]!r}, which this translation does not"
                if extra:
                    msg += f" (it names {', '.join(repr(w.text) for w in extra)} instead?)"
                yield self.finding(
                    doc, u.ts, u.te, msg,
                    evidence={"names": [w.text for w in missing],
                              "translation_names": [w.text for w in extra]},
                    severity=severity, source_span=(s0, e0))
            if extra and not reported and not source_cased:
                # A script without capitals hides its names; a name of the
                # translation with no counterpart in the source is the trace
                # of a replaced one.
                yield self.finding(
                    doc, extra[0].start, extra[-1].end,
                    f"the translation names {', '.join(repr(w.text) for w in extra)}, "
                    f"which the source does not seem to: a name of the source replaced?",
                    evidence={"names": [], "translation_names": [w.text for w in extra]},
                    severity=Severity.INFO, source_span=(u.ss, u.se))

    @staticmethod
    def _unmatched_target_names(doc, u, tl, tgt_ev, src_index, alias, ctx, date_spans, loose,
                                other_script):
        out = []
        for run in find_names(doc.text, tl, u.ts, u.te, tgt_ev):
            run_words = tuple(w.text for w in run)
            for w in run:
                if w.level == STRONG and is_cased_word(w.text) and not ctx.allowed(w.text) \
                        and not (other_script and w.text.isupper()) \
                        and not any(d.start <= w.start < d.end for d in date_spans) \
                        and not src_index.has(w.text, tl, run_words, alias, loose):
                    out.append(w)
        return out

    def _other_script_unit(self, doc, u, src_ev, tgt_ev, alias, ctx):
        from ..names_translit import unit_names
        tgt_dates = _dates(doc, "target")
        names = unit_names(doc, u, doc.source_lang, doc.target_lang, src_ev, tgt_ev, alias,
                           ctx.allowed, lambda pos: any(d.start <= pos < d.end for d in tgt_dates))
        if not names.target:
            return
        come = names.target_rare or names.target
        said = ", ".join(repr(w.text) for w in come)
        if names.replaced() and names.source_cased:
            gone = names.source_sure or names.source
            msg = (f"the translation names {said}, which the source does not, and the source "
                   f"names {', '.join(repr(w.text) for w in gone)}, which the translation does "
                   f"not: a name replaced?")
            severity, src_span = Severity.MAJOR, (gone[0].start, gone[-1].end)
        else:
            gone = names.source
            msg = f"the translation names {said}, which the source does not seem to"
            if gone:
                msg += f" (the source names {', '.join(repr(w.text) for w in gone)} instead?)"
            # A rare name come from nowhere where the source's capitals would
            # show what it replaced is minor. Otherwise one side's trace alone
            # (a name translated rather than transcribed: "Pentagon",
            # 五角大楼), or any trace in a source without capitals, where
            # names are found by a dictionary's tags or katakana and matched
            # by loose transcriptions (too unsure on clean text), is info.
            severity = Severity.MINOR if names.come_alone() else Severity.INFO
            src_span = (gone[0].start, gone[-1].end) if gone else (u.ss, u.se)
        yield self.finding(doc, come[0].start, come[-1].end, msg,
                           evidence={"names": [w.text for w in gone],
                                     "translation_names": [w.text for w in come]},
                           severity=severity, source_span=src_span)
