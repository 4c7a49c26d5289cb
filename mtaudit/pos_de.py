"""Which capitalised German words are common nouns, by a part-of-speech tagger.

German writes every noun with a capital, so a capital says nothing of a name
there, and spelling dictionaries list many nouns as names too ("Richter",
"Fall", "Serie": surnames, a name of a league). What a word is in its
sentence settles it: after "der" or "auf jeden", "Richter" is a common noun.
The tagger is HanTa (the Hanover Tagger, Wartena 2019; PyPI ``HanTa``, pure
Python, its German model shipped in the package, LGPL-3.0), which tags with
the STTS tag set: NN for common nouns, NE for proper nouns.

Only candidate names that the tagger knows as nouns are judged, each with a
few words of its sentence on either side (cached by their text): a few
milliseconds a window, below a millisecond a German line on average
(benchmarks/german_nouns.py). Without the package, or with a model that does
not load, nothing is tagged: callers keep their own judgement (the
dictionaries'), and ``tagger_missing`` says why, for a note in the run.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import resources
from .segments import WORD_RE

#: STTS tag of a common noun ("Fall", "Richter"); NE is a proper noun.
COMMON_NOUN = "NN"
#: A common noun, or the first part of a compound cut short ("Bar-" in
#: "Pub-, Bar- und Restaurantbereich").
NOUN_TAGS = frozenset({COMMON_NOUN, "TRUNC"})
#: A hyphen that joins nothing ("Pub-, Bar- und Restaurantbereich"): the
#: word before it is the first part of a compound whose last part comes
#: later, which the tagger does not always tag TRUNC (it called "Bar-" a
#: name there).
_SUSPENDED_HYPHEN_RE = re.compile(r"-(?=[\s,]|$)")

#: Tags of a word that may be (part of) a name: a proper noun, a foreign
#: word, or a noun (one the tagger does not know).
NAME_OR_NOUN_TAGS = frozenset({"NE", "FM", COMMON_NOUN, "TRUNC"})

#: A sentence ends at a full stop, question or exclamation mark (or a line
#: break) followed by space: the tagger sees one sentence at a time, as it
#: was trained. A full stop after a digit is an ordinal's ("zum 7. Mal").
_SENTENCE_END_RE = re.compile(r"(?<=[!?…]|(?<!\d)\.)\s+|\n+")

#: Tokens as the tagger was trained on them: words (with inner hyphens and
#: apostrophes, "US-Dollar", "Tennent's"), numbers, and each punctuation sign.
_TOKEN_RE = re.compile(WORD_RE.pattern + r"|[^\w\s]", re.UNICODE)

#: Tokens tagged at once: a longer sentence (a list or a table run together)
#: is tagged in pieces of this many.
MAX_TOKENS = 200


@lru_cache(maxsize=1)
def _load():
    """(the German HanTa model, None), or (None, why it cannot load); the
    run's warnings say why (mtaudit.resources)."""
    try:
        from HanTa import HanoverTagger
    except ImportError:
        return _missing("the German part-of-speech tagger HanTa is not installed (pip install HanTa): "
                        "German common nouns may be taken for names (MT403)")
    try:
        tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    except Exception as e:   # noqa: BLE001 - a damaged model file: said, not fatal
        return _missing(f"the German model of HanTa could not be loaded ({type(e).__name__}: {e}): "
                        f"German common nouns may be taken for names (MT403)")
    resources.found("HanTa")
    # The analysis of a word the model's corpus never saw is most of the
    # tagger's time; names recur within an article, so it is remembered.
    # (The tagger only reads the list it returns, so one list may be shared.)
    tagger.analyze_forward = lru_cache(maxsize=65536)(tagger.analyze_forward)
    return tagger, None


def _missing(note: str):
    resources.missing("HanTa", note, ("de",))
    return None, note


def _tagger():
    return _load()[0]


def tagger_missing() -> str | None:
    """Why no German tagger is at hand (a note for the run), or None."""
    return _load()[1]


class TaggingFailed(Exception):
    """The tagger raised on a sentence (its text is kept in the message)."""


@lru_cache(maxsize=4096)
def _tag_sentence(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset in the text, STTS tag) of each token of a sentence or a window
    of one. A text longer than ``MAX_TOKENS`` tokens (a list or a table run
    together) is tagged in pieces of that many: the tagger's cost grows with
    the length, and a tag depends on the words near it."""
    tagger = _tagger()
    if tagger is None:
        return ()
    found = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(sentence)]
    out = []
    for i in range(0, len(found), MAX_TOKENS):
        piece = found[i:i + MAX_TOKENS]
        try:
            tags = tagger.tag_sent([t for _, t in piece], taglevel=0)
        except Exception as e:   # noqa: BLE001 - the caller says it and keeps its own judgement
            raise TaggingFailed(f"{type(e).__name__}: {e} (in {sentence[:60]!r})") from e
        out.extend((start, tag) for (start, _), tag in zip(piece, tags))
    return tuple(out)


def _sentences(text: str, ss: int, se: int):
    """(start, end) of the sentences of text[ss:se]."""
    start = ss
    for m in _SENTENCE_END_RE.finditer(text, ss, se):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if se > start:
        yield start, se


def _seen_as_noun(word: str) -> bool:
    """The tagger's training corpus has the word form as a common noun."""
    tagger = _tagger()
    return any(tagger.int2tag[t] == COMMON_NOUN for t, _ in tagger.cache.get(word.lower(), ()))


#: The letters that join a compound's parts (Fugenelemente):
#: "Denuklearisierung-s-frage", "Marke-n-unternehmen".
_LINKS = ("", "s", "es", "n", "en", "e")


def _compound_of_nouns(word: str, depth: int = 0) -> bool:
    """The word is nouns of the tagger's corpus written together, the last
    one of four letters or more ("Flug|sicherheits|dienstes"). (Parts are
    looked up in the corpus's word list: the tagger's own analysis of a
    word it never saw costs milliseconds.)"""
    for i in range(len(word) - 4, 2, -1):
        if not _seen_as_noun(word[i:]):
            continue
        rest = word[:i]
        for link in _LINKS:
            part = rest[:len(rest) - len(link)] if rest.endswith(link) else ""
            if len(part) >= 3 and (_seen_as_noun(part) or (depth < 2 and _compound_of_nouns(part, depth + 1))):
                return True
    return False


@lru_cache(maxsize=65536)
def _known_noun(word: str) -> bool:
    """The tagger's training corpus has the word as a common noun ("Richter",
    "US-Dollar"), or, for a compound it has not seen, nouns of that corpus
    written together ("Denuklearisierungs|frage"), or joined by hyphens
    ("Drama-Serie"). A word it never saw ("Mickelson", "Bellator") is
    tagged by its ending alone: no evidence; a compound holding a name
    ("Baden-Württemberg-Klasse", "KI-Forschung") keeps the name's claim."""
    if _seen_as_noun(word):
        return True
    if "-" in word:
        return all(_seen_as_noun(p) or _compound_of_nouns(p.lower()) for p in word.split("-"))
    if _compound_of_nouns(word.lower()):
        return True
    if len(word) < LONG_COMPOUND:
        return False
    # A long word whose first parts the corpus lacks ("Denuklearisierungs|
    # frage"): the tagger's own analysis into morphemes, nouns only.
    try:
        morphemes = _tagger().analyze(word, taglevel=3)[1]
    except Exception:   # noqa: BLE001 - an analysis that fails is no evidence
        return False
    stems = [(m, tag) for m, tag in morphemes if not tag.startswith(("SUF", "FUGE", "HYPHEN"))]
    return len(stems) >= 2 and all(tag == COMMON_NOUN for _, tag in stems) \
        and len(stems[-1][0]) >= 4 and _seen_as_noun(stems[-1][0])


#: Letters from which a word the corpus's nouns do not make up is analysed
#: by the tagger (milliseconds): a name is seldom so long.
LONG_COMPOUND = 14


#: Tokens tagged on each side of a word judged: the tagger's transitions
#: look two tags back, so a few words around decide its tag; a whole
#: sentence would cost the analysis of every word the tagger never saw.
WINDOW = 3


def common_nouns(text: str, ss: int, se: int, starts, notes: list[str] | None = None) -> set[int]:
    """Of the word starts ``starts`` in German text[ss:se], those the tagger
    takes for common nouns in their sentence (or for a compound's first part
    cut short, "Pub-, Bar- und Restaurantbereich"), of words it knows as
    nouns (``_known_noun``), and with no name beside them: a word next to
    one the tagger calls a name or a foreign word, or a noun it never saw,
    is as often a first name ("Brett Kavanaugh") or a word of an
    institution's name; words next to nouns ("Millionen US-Dollar") are
    judged alone. Only the words the tagger knows as nouns are judged, each
    with ``WINDOW`` tokens of its sentence on either side (cached by that
    text); none when the tagger is missing. A text the tagger fails on is
    left untagged, and ``notes`` gets why."""
    tagger = _tagger()
    if tagger is None:
        return set()
    # Most names are no noun the tagger knows: their sentences are not tagged.
    wanted = {s for s in starts if _known_noun(_TOKEN_RE.match(text, s).group())}
    if not wanted:
        return set()
    out = set()
    for a, b in _sentences(text, ss, se):
        if not any(a <= s < b for s in wanted):
            continue
        tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, a, b)]
        for lo, hi in _windows([i for i, (s, _) in enumerate(tokens) if s in wanted], len(tokens)):
            piece_start = tokens[lo][0]
            try:
                tagged = _tag_sentence(text[piece_start:tokens[hi - 1][0] + len(tokens[hi - 1][1])])
            except TaggingFailed as e:
                if notes is not None:
                    notes.append(f"the German tagger failed on a sentence, whose words were judged "
                                 f"by the dictionaries alone (MT403): {e}")
                continue
            out |= _nouns_alone(text, piece_start, tagged, wanted)
    return out


def _windows(indices: list[int], n: int) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) of ``WINDOW`` tokens around each index, merged."""
    out: list[list[int]] = []
    for i in indices:
        lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _nouns_alone(text: str, a: int, tagged, wanted: set[int]) -> set[int]:
    """The starts in ``wanted`` of words tagged as nouns the tagger knows,
    with no capitalised word beside them that may be a name."""
    words = [_TOKEN_RE.match(text, a + offset).group() for offset, _ in tagged]

    def noun(j: int) -> bool:
        w, (offset, tag) = words[j], tagged[j]
        return (tag in NOUN_TAGS or _SUSPENDED_HYPHEN_RE.match(text, a + offset + len(w)) is not None) \
            and _known_noun(w)

    out = set()
    for i, (offset, _) in enumerate(tagged):
        if a + offset not in wanted or not noun(i):
            continue
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(tagged)]
        if not any(words[j][:1].isupper() and tagged[j][1] in NAME_OR_NOUN_TAGS and not noun(j)
                   for j in beside):
            out.add(a + offset)
    return out


def without_common_nouns(runs, text: str, ss: int, se: int, notes: list[str] | None = None) -> list:
    """The name runs of German text[ss:se] (``mtaudit.names.find_names``)
    less the words that the tagger, in their sentence, takes for common
    nouns it knows ("auf jeden Fall", "der Richter"; ``common_nouns``).
    Acronyms and CLDR's places keep their claim (the tagger calls some
    countries nouns), unless the tagger's corpus has the very word as a
    noun: a form one letter from a place ("Schweine", "Palast") is no
    inflected place then."""
    from .names import is_place_name
    candidates = [w for run in runs for w in run if not w.text.isupper()
                  and (not is_place_name(w.text, "de") or _seen_as_noun(w.text))]
    if not candidates:
        return runs
    nouns = common_nouns(text, ss, se, [w.start for w in candidates], notes)
    if not nouns:
        return runs
    out = []
    for run in runs:
        kept = [w for w in run if w.start not in nouns]
        if kept:
            out.append(kept)
    return out
