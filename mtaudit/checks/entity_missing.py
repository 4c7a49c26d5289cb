"""MT403: a name of the source missing from the translation.

Which words are names, and how a name is found in the other language, is
mtaudit.names' business. Per aligned unit, a source name that the
translation does not have in any form is reported; how sure the finding is
depends on the evidence: a sure name gone while the translation has a name
the source does not (a name replaced) is major, a whole name of several sure
words gone is minor, and the rest (one word gone, a word that is only perhaps
a name, an acronym, any name of a source without capitals) is info.
Between two Latin-script texts, a name of the translation that comes from
nowhere (``strangers``) is minor where no source name is gone, and such a
capitalised word standing where a sure source name stood is minor too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .. import bilingual_dictionary
from ..bilingual_dictionary import translations
from ..document import document_cache
from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..written_case import BOTH, COMMON, PROPER, UNKNOWN, written_case
from ..names import (NOUN_CAPITALISING, STRONG, SYLLABIC, WEAK, WORD_RE, NameIndex, NameWord, _alias_of,
                     aliases, find_names, is_cased_word, is_headline, is_place_name, may_translate,
                     opens_sentence, tokens)
from ..place_words import people_word
from ..transcription import strip_possessive, key
from ._bilingual import _case_evidence, _dates, _latin_share, units
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


def translated_words(gone, come, sl, tl) -> bool:
    """The source's name words gone and the translation's come may be one
    name translated, not replaced: every word gone is a word its language
    also writes in lower case ("Navy", "Awards"), and a word come one too
    ("Marine", "Oscars"); without dictionaries, all are common words of their
    languages ("Santé"/"Health")."""
    # A word come is asked of its own language's dictionary only: a word of
    # it that another language's lists as a surname ("Blanche" in English)
    # is still a word that may translate one of the source.
    # (Acronyms, which no dictionary judges, are left out.)
    gone_common = [w.common for w in gone if w.common is not None]
    come_common = [c for c in (may_translate(w.text, tl) for w in come) if c is not None]
    if gone_common and come_common:
        return all(gone_common) and any(come_common)
    return common_words(gone, sl) and common_words(come, tl)


def rendered_by_dictionary(word: str, lang: str | None, other_lang: str | None, index) -> bool:
    """A name word of ``lang`` made of an ordinary word that a bilingual
    dictionary translates by a word (or all the words of a short phrase)
    of the other text's unit (``index``, a NameIndex): the name translated
    («Inverewe Gardens» / «jardin d'Inverewe», «Bahía» / "Bay"), not gone
    nor come from nowhere. An English word inside another language's text
    (a German article's "Tories Against Brexit") is looked up as English too."""
    w = strip_possessive(word)
    found = translations(w, lang, other_lang)
    if lang != "en" and other_lang != "en":
        found |= translations(w, "en", other_lang)
    if any(all(index.has(x, other_lang, exact=True) for x in t.split()) for t in found):
        return True
    # an inflected form of the translation («Jugoslawiens» / «Yougoslavie»)
    return _translation_in_lemmas(found, index.words, other_lang)


_LETTERS = re.compile(r"[^\W\d_]+")


def rendered_in_text(word: str, lang: str | None, other_lang: str | None, other_text: str) -> bool:
    """The same for a text of another script, whose words are compared by
    their lemmas (a declined Russian word: «Запада» / "West", «еврейкой» /
    "Jew"; a hyphenated compound by its parts: «Город-призрак» / "Town")."""
    found = translations(strip_possessive(word), lang, other_lang)
    return _translation_in_lemmas(found, _LETTERS.findall(other_text), other_lang)


def _translation_in_lemmas(found, words, lang) -> bool:
    """One of the translations ``found`` (all the words of a phrase) is among
    the lemmas of ``words`` (bilingual_dictionary.forms)."""
    if not found:
        return False
    lemmas = {f for x in words for f in bilingual_dictionary.forms(x, lang)}
    return any(all(x in lemmas for x in t.split()) for t in found)


def sure_come_names(come, tl, others: tuple[str, ...] = ()) -> list:
    """The words come in the translation that are surely names of its
    language, not words that translate: a word the target language's
    dictionary writes in lower case only ("Nord", "Commission", "Cour",
    "Awards") may be the translation of a common word or of a name said
    otherwise, and an acronym ("UE", "IA", "MPs") may be one of the
    source's written out or translated. A word written both ways
    ("Robert", "Caroline") stays a name, unless its run of capitals is
    made of such words with one written in lower case only, a name made of
    words ("Capitol Hill", "Red Tide", "Pawn Stars"; "Will Smith" stays a
    name). Only a sure name of the translation facing a sure name of the
    source makes a replacement."""
    out = []
    for w in come:
        if w.text.isupper() or (w.text[-1:] in "sS" and w.text[:-1].isupper()) \
                or any(len(part) >= 2 and part.isupper() for part in w.text.split("-")):
            continue   # an acronym, or a word made on one ("PNG-registered")
        if _words_made_name(w.run, tl):
            continue
        translates = may_translate(w.text, tl, others)
        if translates is None:
            if common_words([w], tl):
                continue
        elif translates and written_case(strip_possessive(w.text), tl) != BOTH:
            continue
        out.append(w)
    return out


def _words_made_name(run: tuple[str, ...], lang) -> bool:
    """Two capitalised words or more, each one the language's dictionary
    writes in lower case, one of them in lower case only."""
    cases = [written_case(strip_possessive(w), lang) for w in run]
    return len(run) >= 2 and all(c in (COMMON, BOTH) for c in cases) and COMMON in cases


#: How far (a share of the aligned unit's length) a word of the
#: translation may stand from where the source's name stood to take its
#: place: a fifth of a sentence, within the reordering of one clause.
SAME_PLACE = 0.2


def come_in_its_place(u, gone, come) -> bool:
    """A sure name of the source that its language does not translate (not
    a common word: "Palu", "Mulyani") is gone, and a capitalised word of the
    translation stands at about the same place in the unit (relative
    position), where a replacing name stands; a word elsewhere in the
    sentence ("vers le Nord" for "Hurricane Rosa") says nothing."""
    fixed = [w for w in gone if w.common is False]
    if not fixed:
        return False
    src_at = (fixed[0].start - u.ss) / max(1, u.se - u.ss)
    return any(not w.text.isupper() and abs((w.start - u.ts) / max(1, u.te - u.ts) - src_at) <= SAME_PLACE
               for w in come)


def name_partners(w, src_index, sl, tl, alias) -> list[str]:
    """The other words of the name holding the come word ``w`` (its run of
    capitals, cut after a possessive: "Manchester City's Kelly") that are
    names, no common words (unless the source writes them as they stand,
    with a capital: "Trump", "Moon") nor people's words ("President",
    "States", "Korean"),
    and that the source unit has: the name given more fully ("Donald
    Trump" for "Trump", "Moon Jae-in" for "Moon Jae")."""
    from ..names_translit import common_word
    run = list(w.run)
    if w.text not in run:
        return []
    i = run.index(w.text)
    a = i
    while a > 0 and not re.search(r"['’]s?$", run[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(run) and not re.search(r"['’]s?$", run[b]):
        b += 1
    return [o for o in run[a:b + 1] if o != w.text and len(strip_possessive(o)) >= 3
            and (not common_word(o, tl) or key(strip_possessive(o), tl) in src_index.capitalised)
            and not people_word(o, tl)
            and src_index.has(o, tl, w.run, alias, same_script=True)]


def strangers(doc, u, words, partners, src_index, sl, tl, alias) -> list:
    """The words of the translation's unit (found nowhere in the source
    document) that come from nowhere: common words of no dictionary of
    the pair nor English ("Committee" in French, "Court"), no people's or
    language's word, no place of CLDR (both often made of a source's
    adjective, "allemand" -> "Allemagne", "estadounidense" -> "United
    States"), not written by the translation outside this unit (a name of
    the document, said here where the source says it otherwise), not
    derived from a lower-case word of the source unit ("metodista" ->
    "Methodist"), no elided article ("L’université"), and not in a run of
    capitals whose other words the source has (``partners``: a name given
    more fully, "Donald Trump" for "Trump", "Stadio San Paolo"; or names
    joined, "Kim-Trump")."""
    from ..names_translit import _doc_words, common_word, derived_in_source, no_name_in_translation
    others = dictionaries_for(sl)
    # (The words outside the unit are read only for a word that comes that far.)
    outside = lambda: document_cache(doc, f"mt403_outside_{u.ts}_{u.te}", lambda: _doc_words(doc.text, u.ts, u.te))
    lower = None
    out = []
    for w in words:
        bare = strip_possessive(w.text)
        if common_word(w.text, tl) or any(common_word(w.text, o) for o in others) \
                or people_word(w.text, tl) or is_place_name(bare, tl) or _alias_of(key(bare, tl), alias, tl) \
                or no_name_in_translation(w.text, doc.text, w.end, tl) or bare in outside() \
                or re.match(r"[^\W\d_]{1,2}['’][a-zà-ÿ]", w.text) or partners.get(w):
            continue
        parts = [p for p in bare.split("-") if p[:1].isupper()]
        if len(parts) >= 2 and all(src_index.has(p, tl, (p,), alias, same_script=True) for p in parts):
            continue
        if lower is None:
            lower = [key(m.group(), sl) for m in re.finditer(r"[^\W\d_]{4,}", doc.source[u.ss:u.se])
                     if m.group()[0].islower()]
        if derived_in_source(w.text, lower, sl):
            continue
        out.append(w)
    return out


def unknown_capital_is_name(text, w, lang, unit_start):
    """A word with a capital in mid-sentence that its language's spelling
    dictionary does not know at all ("Saipov", "Niugini", "Furyk") is a
    name, however few languages' word lists know it (find_names leaves a
    word of one list only weak, for the words of a name that translates,
    which the dictionary does know: "Penanggulangan"). Not in a headline
    nor in a language that capitalises its nouns."""
    if w.level != WEAK or lang in NOUN_CAPITALISING or not all(ord(c) < 0x250 for c in w.text) \
            or opens_sentence(text, w.start, unit_start) \
            or written_case(strip_possessive(w.text), lang) != UNKNOWN:
        return w
    a = text.rfind("\n", 0, w.start) + 1
    b = text.find("\n", w.end)
    if is_headline(text[a:b if b >= 0 else len(text)], lang):
        return w
    return replace(w, level=STRONG)


def first_name_of_run(run, text, lang, unit_start) -> list:
    """A sentence's first word, weak by its place alone, that the next word
    of its run (a sure name) follows, and that its language's dictionary
    knows as a name only or not at all ("Joe Alleva dijo..."): the first
    word of that name."""
    if len(run) < 2 or run[0].level != WEAK or run[1].level != STRONG or run[1].start - run[0].end > 1 \
            or lang in NOUN_CAPITALISING or not opens_sentence(text, run[0].start, unit_start) \
            or written_case(strip_possessive(run[0].text), lang) not in (PROPER, UNKNOWN):
        return run
    return [replace(run[0], level=STRONG)] + run[1:]


def unmatched_capitals(doc, u, tl, src_index, alias, extra) -> list:
    """Capitalised words of the translation's unit, in mid-sentence, that
    are not names by find_names' rules (a month, a word of the target's
    dictionary, a rare word of one language) and that the source unit does
    not have: what may stand in a gone name's place (once ``strangers``
    has sifted them: "Kit" for "Harington", a name the document writes
    elsewhere, is no stranger)."""
    named = {w.start for w in extra}
    out = []
    for m in WORD_RE.finditer(doc.text, u.ts, u.te):
        w = m.group()
        if m.start() in named or not w[:1].isupper() or w.isupper() or len(strip_possessive(w)) < 3 \
                or opens_sentence(doc.text, m.start(), u.ts) \
                or src_index.has(w, tl, (w,), alias, same_script=True):
            continue
        out.append(NameWord(m.start(), m.end(), w, WEAK))
    return out


def title_abbreviation(text, w, lang) -> bool:
    """A short capitalised word cut by a full stop before a name ("Sen.
    Flake", "Gov. Brown", "Sens. Graham"): a title, which translations
    write out or translate, not a name. (Before a common word, "de Sam.
    Le dossier", the full stop ends a sentence and the word is a name.)"""
    if len(w.text) > 4 or not w.text[1:].islower() or text[w.end:w.end + 1] != ".":
        return False
    m = re.match(r"[ \u00a0]+([^\W\d_][\w'’\-]*)", text[w.end + 1:w.end + 40])
    if not m or not m.group(1)[0].isupper():
        return False
    return written_case(strip_possessive(m.group(1)), lang) in (PROPER, UNKNOWN)


def _before_kept_word(text, come, run, missing, sl, tl) -> bool:
    """The word come stands just before a kept word of the source's name
    ("Moyen-Orient Jarvis" for "Jack Jarvis"): a first name replaced, not
    dropped."""
    m = re.match(r"[\s\u00a0]+([^\W\d_][\w'’\-]*)", text[come.end:come.end + 60])
    if not m:
        return False
    after = key(strip_possessive(m.group(1)), tl)
    gone = {w.text for w in missing}
    whole = run[0].run or tuple(w.text for w in run)
    return any(key(strip_possessive(w), sl) == after for w in whole if w not in gone)


def _pair_key(word, lang) -> str:
    return key(strip_possessive(word.text), lang)


def names_paired_throughout(found, sl, tl) -> set[tuple[str, str]]:
    """(source name, target name) keys that face each other, the first gone
    and the second come, in two aligned units or more of the document: one
    name written two ways (an exonym, a translated name), not a slip, which
    would not repeat itself."""
    seen = Counter()
    for _, gone, extra, *_ in found:
        seen.update({(_pair_key(m, sl), _pair_key(e, tl))
                     for _, missing, _ in gone for m in missing for e in extra})
    return {p for p, n in seen.items() if n >= 2}


@lru_cache(maxsize=64)
def dictionaries_for(other_lang) -> tuple[str, ...]:
    """Other languages whose dictionaries say how a word of one side is
    written: the other side's, and English (the language names and loanwords
    most often come from)."""
    return tuple(dict.fromkeys(x for x in (other_lang, "en") if x))


def source_names(doc, u, evidence, others) -> list:
    """The name runs of the source's unit. In German, whose capitals mark
    every noun, the words a part-of-speech tagger takes for common nouns in
    their sentence are none ("auf jeden Fall", "der Richter":
    mtaudit.pos_de); without the tagger the dictionaries' judgement stands,
    and the run's warnings say so (once: mtaudit.resources); a sentence the
    tagger fails on, the document's. The words of an English name made of
    words may translate."""
    runs = find_names(doc.source, doc.source_lang, u.ss, u.se, evidence, others)
    if doc.source_lang != "de" or not runs:
        return runs
    # An English name made of words in a German text ("Aviation Safety
    # Network", "Drought Monitor", "League One"): the German dictionary
    # lists many English words as nouns, which its use abroad then makes
    # names, but a translation translates such a name as often as not.
    runs = [[replace(w, common=True) if len(w.run) >= 2 and _words_made_name(w.run, "en") else w
             for w in run] for run in runs]
    from .. import pos_de
    said = []
    if not pos_de.tagger_missing():
        runs = pos_de.without_common_nouns(runs, doc.source, u.ss, u.se, said)
    for note in said:
        if note not in doc.extra.get("warnings", ()):
            doc.extra.setdefault("warnings", []).append(note)
    return runs


class _LazyIndex:
    """A NameIndex built on the first look-up: many units have no name to
    look up (no name in the source, none come in the translation)."""

    def __init__(self, build):
        self._build, self._index = build, None

    def _built(self) -> NameIndex:
        if self._index is None:
            self._index = self._build()
        return self._index

    def has(self, *args, **kwargs) -> bool:
        return self._built().has(*args, **kwargs)

    def __getattr__(self, name):
        # Any other attribute of the index ("capitalised", "keys"...) builds it too.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._built(), name)


class _CasedLetters(dict):
    """str.translate table keeping the letters that have a case (a capital
    and a small form differ) and deleting everything else, built as
    characters are met: the count is then the length of the copy, with no
    Python loop per character."""

    def __missing__(self, code: int) -> int | None:
        c = chr(code)
        self[code] = out = code if c.isalpha() and c.lower() != c.upper() else None
        return out


_CASED_LETTERS = _CasedLetters()


def _cased_share(text: str) -> float:
    head = text[:4000]
    letters = sum(map(str.isalpha, head))
    if not letters:
        return 0.0
    return len(head.translate(_CASED_LETTERS)) / letters


class EntityMissing(Check):
    code = "MT403"
    name = "entity-missing"
    description = "A name of the source (person, place, organisation) is missing from the translation"
    category = "named-entity"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl, tl = doc.source_lang, doc.target_lang
        src_ev, tgt_ev = _case_evidence(doc, "source"), _case_evidence(doc, "target")
        alias = aliases(sl, tl)
        loose = sl in SYLLABIC or tl in SYLLABIC
        source_latin = _latin_share(doc.source) >= 0.5
        if not source_latin and _latin_share(doc.text) >= 0.5:
            # A source in another script: names are matched by sound, and a
            # replacement weighed on both sides (mtaudit.names_translit,
            # mtaudit.names_uncased where the source has no capitals).
            bilingual_dictionary.load(sl, tl)      # (rendered_in_text)
            for u in units(doc):
                if u.te > u.ts and u.se > u.ss:
                    yield from self._other_script_unit(doc, u, src_ev, tgt_ev, alias, ctx)
            return
        # Without capitals the source's names are found less surely (a
        # dictionary's tags, katakana): the translation's names carry more.
        source_cased = _cased_share(doc.source) >= 0.5
        # Both sides in Latin script: names are not transcribed, only spelt.
        same_script = source_latin and _latin_share(doc.text) >= 0.5
        if same_script:
            bilingual_dictionary.load(sl, tl)      # (rendered_by_dictionary)
        date_spans = _dates(doc, "source")
        # The whole source document: a name of the translation that the
        # source names elsewhere (the translator naming "the prime minister")
        # is no stranger come in place of another.
        # (Its words with a capital only: "Marks" is not the verb "marks".)
        src_doc_index = _LazyIndex(lambda: document_cache(doc, "src_names", lambda: NameIndex.build(
            [w for w in tokens(doc.source, sl) if not is_cased_word(w) or w[0].isupper()], sl)))
        found = []
        for u in units(doc):
            if u.te <= u.ts or u.se <= u.ss:
                continue
            # A name is looked for in its own unit, not in the whole text,
            # where the same name in another sentence would hide a replaced
            # one (the aligner joins sentences it cannot pair one to one).
            tgt_index = _LazyIndex(lambda u=u: NameIndex.build(tokens(doc.text, tl, u.ts, u.te), tl))
            src_index = _LazyIndex(lambda u=u: NameIndex.build(tokens(doc.source, sl, u.ss, u.se), sl))
            extra = self._unmatched_target_names(doc, u, tl, tgt_ev, src_index, alias, ctx,
                                                 _dates(doc, "target"), loose, same_script)
            extra = [w for w in extra
                     if not src_doc_index.has(w.text, tl, (w.text,), alias, loose, exact=True)
                     and not rendered_by_dictionary(w.text, tl, sl, src_index)]
            gone = []
            for run in source_names(doc, u, src_ev, dictionaries_for(tl)):
                if same_script:
                    run = first_name_of_run([unknown_capital_is_name(doc.source, w, sl, u.ss) for w in run],
                                            doc.source, sl, u.ss)
                run_words = run[0].run or tuple(w.text for w in run)
                missing = [w for w in run
                           if not ctx.allowed(w.text)
                           and not any(d.start <= w.start < d.end for d in date_spans)
                           and not title_abbreviation(doc.source, w, sl)
                           and not tgt_index.has(w.text, sl, run_words, alias, loose,
                                                 doc.source[w.end:w.end + 1] == ".",
                                                 same_script=same_script)
                           and not (same_script and rendered_by_dictionary(w.text, sl, tl, tgt_index))]
                if missing:
                    # The last word of the whole capitalised run (a surname,
                    # even one that is also a month: "Theresa May") kept?
                    last = run[0].run[-1] if run[0].run else run[-1].text
                    surname_kept = not any(w.text == last for w in missing) and \
                        tgt_index.has(last, sl, run_words, alias, loose, same_script=same_script)
                    gone.append((run, missing, surname_kept))
            # The other capitalised words of a come name's run that the
            # source has: the name given more fully ("Donald Trump").
            partners = {w: name_partners(w, src_index, sl, tl, alias) for w in extra} if same_script else {}
            # Names come from nowhere, where a sure name of the source
            # would show what they replaced.
            alone = strangers(doc, u, sure_come_names(extra, tl, dictionaries_for(sl)), partners,
                              src_index, sl, tl, alias) if same_script and source_cased and extra else []
            capitals = strangers(doc, u, [w for w in unmatched_capitals(doc, u, tl, src_index, alias, extra)
                                          if not src_doc_index.has(w.text, tl, (w.text,), alias, loose,
                                                                   exact=True)],
                                 {}, src_index, sl, tl, alias) if same_script and source_cased and gone else []
            found.append((u, gone, extra, alone, partners, capitals))
        same_name = names_paired_throughout(found, sl, tl)
        for u, gone, extra, alone, partners, capitals in found:
            yield from self._unit_findings(doc, u, gone, extra, alone, partners, capitals, same_name,
                                           source_cased)

    def _unit_findings(self, doc, u, gone, extra, alone, partners, capitals, same_name, source_cased):
        sl, tl = doc.source_lang, doc.target_lang
        reported = False
        # The sure names among those come, judged word by word: once per
        # unit, not once per gone name.
        sure_extra = set(sure_come_names(extra, tl, dictionaries_for(sl))) if gone and extra else set()
        for run, missing, surname_kept in gone:
            # A source name met with the same target name in several units
            # is that name in the other language (an exonym CLDR lacks,
            # "Wales"/"Galles"): found, and that name no stranger.
            paired = {e for e in extra for m in missing if (_pair_key(m, sl), _pair_key(e, tl)) in same_name}
            missing = [m for m in missing
                       if not any((_pair_key(m, sl), _pair_key(e, tl)) in same_name for e in extra)]
            extra_here = [e for e in extra if e not in paired]
            if not missing:
                continue
            # An acronym is often translated or written out ("ICJ", "la
            # Cour internationale de justice"; "HMC", "CSM"): its absence
            # alone is weak evidence.
            strong = [w for w in missing if w.level == STRONG and not w.text.isupper()]
            # A name whose last word (the surname) is kept and a first one
            # dropped ("Theresa May" -> "Mme May") is that name, shortened.
            partly_kept = surname_kept and not any(
                _before_kept_word(doc.text, e, run, missing, sl, tl) for e in extra_here)
            # A word come beside words of the source's names stands for
            # the gone name only if they are of its run ("Mickelson
            # Alleva" for "Joe Alleva"; "Moon Jae-in" for "Moon Jae" is no
            # replacement of "Sur").
            run_keys = {_pair_key(w, sl) for w in run} | {key(strip_possessive(t), sl) for t in run[0].run}
            come = [w for w in extra_here if w in sure_extra
                    and (not partners.get(w) or any(key(strip_possessive(o), tl) in run_keys
                                                   for o in w.run if o != w.text))]
            if come and strong and source_cased and not partly_kept \
                    and not translated_words(strong, extra_here, sl, tl):
                # A name gone and another come: a name replaced. Names
                # found without capitals (a dictionary's tags, katakana)
                # and compared by loose transcriptions are not sure
                # enough on clean text to say more than info.
                severity = Severity.MAJOR
            elif come_in_its_place(u, strong, extra_here + capitals) and source_cased \
                    and not partly_kept:
                # A name of the source that does not translate, gone, and a
                # capitalised word of the translation that may translate
                # standing where the name stood: a name replaced, or the
                # name dropped beside a translated word ("la ministre des
                # Finances, le projet"): less sure than two names.
                severity = Severity.MINOR
            elif source_cased and len(strong) >= 2 and len(strong) == len(run) \
                    and not all(w.common for w in strong):
                # A whole name of several sure words gone ("Joko Widodo").
                severity = Severity.MINOR
            else:
                # One word gone may be a name translated, or said otherwise.
                severity = Severity.INFO
            reported = True
            s0, e0 = missing[0].start, missing[-1].end
            msg = f"the source names {doc.source[s0:e0]!r}, which this translation does not"
            if extra_here:
                msg += f" (it names {', '.join(repr(w.text) for w in extra_here)} instead?)"
            yield self.finding(
                doc, u.ts, u.te, msg,
                evidence={"names": [w.text for w in missing],
                          "translation_names": [w.text for w in extra_here]},
                severity=severity, source_span=(s0, e0))
        if alone and not reported and source_cased:
            # A name come from nowhere where no name of the source is gone:
            # the name it replaced was a word the source's capitals do not
            # show (a weekday in Spanish), or one the translator dropped.
            yield self.finding(
                doc, alone[0].start, alone[-1].end,
                f"the translation names {', '.join(repr(w.text) for w in alone)}, "
                f"which the source does not: a name of the source replaced?",
                evidence={"names": [], "translation_names": [w.text for w in alone]},
                severity=Severity.MINOR, source_span=(u.ss, u.se))
            return
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
                                same_script=False):
        # (A source in another script never comes here: its units are
        # weighed by _other_script_unit.)
        out = []
        for run in find_names(doc.text, tl, u.ts, u.te, tgt_ev, dictionaries_for(doc.source_lang)):
            if same_script:
                run = [unknown_capital_is_name(doc.text, w, tl, u.ts) for w in run]
            run_words = run[0].run or tuple(w.text for w in run)
            for w in run:
                if w.level == STRONG and is_cased_word(w.text) and not ctx.allowed(w.text) \
                        and not title_abbreviation(doc.text, w, tl) \
                        and not any(d.start <= w.start < d.end for d in date_spans) \
                        and not src_index.has(w.text, tl, run_words, alias, loose,
                                              same_script=same_script):
                    out.append(w)
        return out

    def _other_script_unit(self, doc, u, src_ev, tgt_ev, alias, ctx):
        from ..names_translit import unit_names
        tgt_dates = _dates(doc, "target")
        names = unit_names(doc, u, doc.source_lang, doc.target_lang, src_ev, tgt_ev, alias,
                           ctx.allowed, lambda pos: any(d.start <= pos < d.end for d in tgt_dates))
        if names.target and names.source_cased:
            # A name of ordinary words translated (West / «Запад»): neither
            # come nor gone (rendered_in_text; a cased source: Cyrillic, Greek).
            sl, tl = doc.source_lang, doc.target_lang
            src_text, tgt_text = doc.source[u.ss:u.se], doc.text[u.ts:u.te]

            def kept(words, lang, other_lang, other_text):
                return tuple(w for w in words if not rendered_in_text(w.text, lang, other_lang, other_text))
            names = replace(names, target=kept(names.target, tl, sl, src_text),
                            target_rare=kept(names.target_rare, tl, sl, src_text),
                            source=kept(names.source, sl, tl, tgt_text),
                            source_sure=kept(names.source_sure, sl, tl, tgt_text))
        if not names.source_cased:
            # (Asked first: a word of a Latin-spelt name replaced counts even
            # where the word come is no name by the other rules, "Navy".)
            from ..names_uncased import uncased_replacement
            both = uncased_replacement(doc, u, doc.source_lang, doc.target_lang, names)
            if both:
                # Where capitals do not show the source's names, both traces
                # must be sure: a rare name come in mid-sentence and a name
                # the source surely has gone (mtaudit.names_uncased).
                said = ", ".join(repr(w.text) for w in both.come)
                gone = ", ".join(repr(w.text) for w in both.gone)
                yield self.finding(
                    doc, both.come[0].start, both.come[-1].end,
                    f"the translation names {said}, which the source does not, and the source "
                    f"names {gone}, which the translation does not: a name replaced?",
                    evidence={"names": [w.text for w in both.gone],
                              "translation_names": [w.text for w in both.come]},
                    severity=Severity.MINOR, source_span=(both.gone[0].start, both.gone[-1].end))
                return
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
