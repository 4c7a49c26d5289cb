"""MT202 (year-out-of-timeframe): a year far from the article's and the
corpus's time frame, stated as the date of a recent event of the article's
topic (history and anniversaries stay quiet)."""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from ..dates import DateMention
from ..document import Document
from ..facts import normalise_word
from ..findings import Severity
from ._dates import (_CONTENT_POS, _content_near, _lemma_key, _month_words, _sentence_of, _spans,
                     _tokens_in, doc_dates, mentioned_years, reference_year)
from ._spans import SpanDoc
from .base import Check, CheckContext


def _governing_verb(tokens, d: DateMention):
    """The verb the date hangs on (nearest verb ancestor of its tokens), or None."""
    for off, t in tokens:
        if not d.start <= off < d.end:
            continue
        for a in t.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                return a
    return None


def _narrates_past(verb) -> bool:
    """A finite past: passé composé / plus-que-parfait (auxiliary + participle),
    passé simple or imperfect; not the conditional past of reported events. A
    bare participle ("la ligne, ouverte le 30 juin 2000, transporte...")
    describes, it does not narrate."""
    if verb is None:
        return False
    tense = verb.morph.get("Tense")
    if "Part" in verb.morph.get("VerbForm"):
        aux = [c for c in verb.children if c.dep_.startswith("aux")]
        # "aurait eu lieu": the conditional past reports an unconfirmed or
        # hypothetical event, not one the article itself dates.
        if any("Cnd" in a.morph.get("Mood") for a in aux):
            return False
        return "Past" in tense and bool(aux)
    return "Fin" in verb.morph.get("VerbForm") and ("Past" in tense or "Imp" in tense)


def _passe_simple(verb) -> bool:
    """A finite simple past ("fut", "construisit"): French writes history in
    it, news in the passé composé."""
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    finite = aux[0] if aux else verb
    return ("Fin" in finite.morph.get("VerbForm") and "Past" in finite.morph.get("Tense")
            and "Ind" in finite.morph.get("Mood"))


# Words that mark a date as history or an anniversary, not the news of the
# day: a year far from the article's frame is then expected. Stems, matched
# at word starts, accent-free.
_HISTORY_CUES = {
    "fr": ("depuis", "anniversaire", "commemor", "histoir", "historique", "siecle",
           "epoque", "autrefois", "jadis", "naissance", "fonde", "mort", "deced",
           "il y a", "ans apres", "ans plus tard", "souvenir", "naguere", "guerre mondiale",
           "revolution"),
    "en": ("since", "anniversary", "commemor", "histor", "century", "born", "founded",
           "died", "death", "ago", "years later", "memorial", "world war"),
    "es": ("desde", "aniversario", "conmemor", "histor", "siglo", "nacio", "fundad",
           "murio", "muerte"),
    "de": ("seit", "jahrestag", "gedenk", "geschicht", "historisch", "jahrhundert",
           "geboren", "gegrundet", "gestorben", "jahren"),
    "it": ("dal ", "anniversario", "commemor", "stori", "secolo", "nato", "fondat",
           "morto", "morte"),
    "pt": ("desde", "aniversario", "comemor", "histori", "seculo", "nasceu", "fundad",
           "morreu", "morte"),
    "nl": ("sinds", "verjaardag", "herdenk", "geschied", "histor", "eeuw", "geboren",
           "opgericht", "overleden", "geleden"),
    "id": ("sejak", "peringatan", "ulang tahun", "sejarah", "abad", "lahir", "didirikan",
           "meninggal", "tahun lalu"),
    "ms": ("sejak", "ulang tahun", "sejarah", "abad", "lahir", "ditubuhkan", "meninggal"),
}


def _has_history_cue(sentence: str, lang: str | None) -> bool:
    s = " " + normalise_word(sentence).replace("’", "'").replace("'", " ") + " "
    s = " ".join(s.split()) + " "
    s = " " + s
    return any((" " + cue) in s for cue in _HISTORY_CUES.get(lang or "", ()))


@dataclass
class _Candidate:
    key: str
    mention: DateMention
    sentence: str
    severity: Severity
    reason: str
    doc_text: object = None
    #: Told in the passé simple, the tense of written history ("fut construit").
    historic_tense: bool = False


@dataclass
class _DocFrame:
    years: list[int] = field(default_factory=list)
    present: int | None = None


class _OtherDocuments:
    """The corpus's time frame as seen from one document: every document but
    that one. Tallied once for the corpus, so that each candidate costs a
    lookup, not a pass over every document (quadratic on large corpora)."""

    def __init__(self, frames: dict[str, _DocFrame]) -> None:
        self._presents = sorted(f.present for f in frames.values() if f.present is not None)
        self._years = Counter(y for f in frames.values() for y in f.years)
        self._distinct = sorted(self._years)

    def latest_year(self, frame: _DocFrame) -> int | None:
        """The median (high) of the other documents' latest years."""
        ps = self._presents
        if frame.present is None:
            return ps[len(ps) // 2] if ps else None
        n = len(ps) - 1                       # without this document's own
        if n == 0:
            return None
        own = bisect.bisect_left(ps, frame.present)
        r = n // 2
        return ps[r] if r < own else ps[r + 1]

    def span(self, frame: _DocFrame) -> list[int] | None:
        """[earliest, latest] year the other documents state."""
        own = Counter(frame.years)
        others = [y for y in self._distinct if self._years[y] > own[y]]
        return [others[0], others[-1]] if others else None


class YearOutOfTimeframe(Check):
    code = "MT202"
    name = "year-out-of-timeframe"
    description = ("A year far from the article's and the corpus's time frame, given as the "
                   "month-and-year of a past event the article is about.")
    category = "date"
    severity = Severity.MAJOR
    requires = frozenset({"nlp"})

    #: A past event dated this many years or more before the frame's latest year is suspect.
    GAP = 3
    #: Up to this many years before the frame: minor (an old event, or a slip of a digit);
    #: further back: major, unless the article tells history.
    HISTORY = 15
    #: Mergeable per-batch state (see checks/base.py): frames, candidates, reference year.
    corpus_state = ("_frames", "_candidates", "_ref")

    def __init__(self) -> None:
        self._frames: dict[str, _DocFrame] = {}
        self._candidates: list[_Candidate] = []
        self._ref: int | None = None

    def check(self, doc: Document, ctx: CheckContext):
        ref = self._ref = reference_year(ctx)
        mentions = doc_dates(doc)
        frame = _DocFrame(years=[y for y in mentioned_years(mentions) if y <= ref + 1])
        frame.present = max(frame.years) if frame.years else None
        self._frames[doc.key] = frame
        dated = [d for d in mentions if d.year is not None and d.month is not None
                 and d.kind in ("date", "month-year", "numeric")]
        if not dated:
            return ()
        parsed = ctx.nlp.parse(doc) if ctx.nlp is not None else None
        if not parsed:
            return ()          # past tense and topic need a parse: stay silent without one
        month_words = _month_words(doc.target_lang)
        # How many sentences each content lemma appears in: the article's topics.
        spread: dict[str, int] = {}
        for s in doc.sentences:
            seen = {_lemma_key(t) for _, t in _tokens_in(parsed, s.start, s.end)
                    if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}
            for k in seen:
                spread[k] = spread.get(k, 0) + 1
        # Years stated, counted, so that "another mention within two years"
        # is a lookup (a scan of every mention per date was quadratic).
        stated = Counter(mentioned_years(mentions))
        for d in dated:
            own = Counter(mentioned_years([d]))
            if any(stated[y] > own[y] for y in range(d.year - 2, d.year + 3)):
                continue           # not alone: the article dwells on that period
            sent = _sentence_of(doc, d.start)
            if sent is None:
                continue
            toks = list(_tokens_in(parsed, sent.start, sent.end))
            if not _narrates_past(_governing_verb(toks, d)):
                continue
            if d.year > ref:
                self._candidates.append(_Candidate(
                    doc.key, d, sent.text, Severity.MAJOR,
                    f"a past event dated {d.year}, after the reference year {ref}", _spans(doc, d)))
                continue
            if _has_history_cue(sent.text, doc.target_lang):
                continue
            near = _content_near(toks, d, 8, month_words)
            # The event must be what the article is about: one of its words
            # recurs in at least two other sentences.
            if not any(spread.get(k, 0) >= 3 for k in near):
                continue
            verb = _governing_verb(toks, d)
            self._candidates.append(_Candidate(doc.key, d, sent.text, Severity.MINOR,
                                               "a past event of the article's topic", _spans(doc, d),
                                               historic_tense=_passe_simple(verb)))
        return ()

    def finish(self, ctx: CheckContext):
        others = _OtherDocuments(self._frames) if self._candidates else None
        for c in self._candidates:
            d = c.mention
            frame = self._frames[c.key]
            # The corpus's frame comes from the other documents, so that the
            # suspect year does not vouch for itself.
            corpus_present = others.latest_year(frame)
            corpus_frame = others.span(frame)
            own = [y for y in frame.years if y != d.year]
            evidence = {"year": d.year, "document_years": sorted(set(own)),
                        "corpus_frame": corpus_frame, "corpus_latest_year": corpus_present,
                        "reference_year": self._ref}
            if c.severity == Severity.MAJOR:
                yield c.key, self.finding(
                    SpanDoc(c.doc_text), d.start, d.end,
                    f"{d.year} is in the future ({c.reason}).", evidence=evidence)
                continue
            present = max(own) if own else corpus_present
            if present is None:
                continue
            basis = "article" if own else "corpus"
            gap = present - d.year
            if gap < self.GAP:
                continue
            if gap > self.HISTORY:
                # Far off: a slip ("achevés en août 1924" in a piece about a
                # project of 2019) unless the article tells history: in the
                # passé simple, or with other years that far back.
                if c.historic_tense or any(present - y > self.HISTORY for y in own):
                    continue
                yield c.key, self.finding(
                    SpanDoc(c.doc_text), d.start, d.end,
                    f"{d.year} stands alone, {gap} years before the {basis}'s time frame "
                    f"(latest year {present}), as the date of {c.reason}, in an article "
                    f"that tells no history: a wrong year?",
                    suggestion=f"Check the year: the {basis} is about {present}.",
                    evidence=evidence)
                continue
            yield c.key, self.finding(
                SpanDoc(c.doc_text), d.start, d.end,
                f"{d.year} stands alone, {gap} years before the {basis}'s time frame "
                f"(latest year {present}), as the date of {c.reason}: a wrong year?",
                severity=Severity.MINOR, evidence=evidence)
