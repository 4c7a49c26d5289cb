"""Which capitalised German words are common nouns, by a part-of-speech tagger.

German writes every noun with a capital, so a capital says nothing of a name
there, and spelling dictionaries list many nouns as names too ("Richter",
"Fall", "Serie": surnames, a name of a league). What a word is in its
sentence settles it: after "der" or "auf jeden", "Richter" is a common noun.
The tagger is HanTa (the Hanover Tagger, Wartena 2019; PyPI ``HanTa``, pure
Python, its German model shipped in the package, LGPL-3.0), which tags with
the STTS tag set: NN for common nouns, NE for proper nouns.

Sentences are tagged only when they hold a candidate name, each once (cached
by its text): about a few milliseconds a sentence. Without the package, or
with a model that does not load, nothing is tagged: callers keep their own
judgement (the dictionaries'), and ``tagger_missing`` says why, for a note in
the run.
"""
from __future__ import annotations

import re
from functools import lru_cache

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
#: was trained.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+|\n+")

#: Tokens as the tagger was trained on them: words (with inner hyphens and
#: apostrophes, "US-Dollar", "Tennent's"), numbers, and each punctuation sign.
_TOKEN_RE = re.compile(r"[^\W_][\w\u00AD]*(?:['’\-](?=\w)[\w\u00AD]*)*|[^\w\s]", re.UNICODE)

#: Tokens tagged at once: a longer sentence (a list or a table run together)
#: is tagged in pieces of this many.
MAX_TOKENS = 200

@lru_cache(maxsize=1)
def _load():
    """(the German HanTa model, None), or (None, why it cannot load)."""
    try:
        from HanTa import HanoverTagger
    except ImportError:
        return None, ("the German part-of-speech tagger HanTa is not installed (pip install HanTa): "
                      "German common nouns may be taken for names (MT403)")
    try:
        tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    except Exception as e:   # noqa: BLE001 - a damaged model file: said, not fatal
        return None, (f"the German model of HanTa could not be loaded ({type(e).__name__}: {e}): "
                      f"German common nouns may be taken for names (MT403)")
    # The analysis of a word the model's corpus never saw is most of the
    # tagger's time; names recur within an article, so it is remembered.
    # (Its answer is a fresh list per call that the tagger only reads.)
    tagger.analyze_forward = lru_cache(maxsize=65536)(tagger.analyze_forward)
    return tagger, None


def _tagger():
    return _load()[0]


def tagger_missing() -> str | None:
    """Why no German tagger is at hand (a note for the run), or None."""
    return _load()[1]


class TaggingFailed(Exception):
    """The tagger raised on a sentence (its text is kept in the message)."""


@lru_cache(maxsize=4096)
def _tag_sentence(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset in the sentence, STTS tag) of each token. A sentence longer
    than ``MAX_TOKENS`` tokens (a list or a table run together) is tagged
    in pieces of that many: the tagger's cost grows with the length, and a
    tag depends on the words near it."""
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


@lru_cache(maxsize=65536)
def _known_noun(word: str) -> bool:
    """The tagger's training corpus has the word as a common noun ("Richter",
    "US-Dollar"), or, for a compound it has not seen, the tagger's own
    analysis makes it of common nouns only, the last one a noun of that
    corpus ("Denuklearisierungs|frage", "Flug|sicherheits|dienstes"). A word
    it never saw ("Mickelson", "Bellator") is tagged by its ending alone: no
    evidence; a compound holding a name ("Baden-Württemberg-Klasse",
    "KI-Forschung") keeps the name's claim."""
    tagger = _tagger()

    def seen_as_noun(w: str) -> bool:
        return any(tagger.int2tag[t] == COMMON_NOUN for t, _ in tagger.cache.get(w.lower(), ()))

    if seen_as_noun(word):
        return True
    try:
        morphemes = tagger.analyze(word, taglevel=3)[1]
    except Exception:   # noqa: BLE001 - an analysis that fails is no evidence
        return False
    stems = [(m, tag) for m, tag in morphemes if not tag.startswith(("SUF", "FUGE", "HYPHEN"))]
    if len(stems) < 2 or any(tag != COMMON_NOUN for _, tag in stems):
        return False
    head = stems[-1][0]
    return len(head) >= 4 and seen_as_noun(head)


def common_nouns(text: str, ss: int, se: int, starts, notes: list[str] | None = None) -> set[int]:
    """Of the word starts ``starts`` in German text[ss:se], those the tagger
    takes for common nouns in their sentence (or for a compound's first part
    cut short, "Pub-, Bar- und Restaurantbereich"), of words it knows as
    nouns (``_known_noun``), and with no name beside them: a word next to
    one the tagger calls a name or a foreign word, or a noun it never saw,
    is as often a first name ("Brett Kavanaugh") or a word of an
    institution's name; words next to nouns ("Millionen US-Dollar") are
    judged alone. Only the sentences that hold one of the words are tagged;
    none when the tagger is missing. A sentence the tagger fails on is left
    untagged, and ``notes`` gets why."""
    wanted = set(starts)
    tagger = _tagger()
    if not wanted or tagger is None:
        return set()
    out = set()
    for a, b in _sentences(text, ss, se):
        if not any(a <= s < b for s in wanted):
            continue
        try:
            tagged = _tag_sentence(text[a:b])
        except TaggingFailed as e:
            if notes is not None:
                notes.append(f"the German tagger failed on a sentence, whose words were judged "
                             f"by the dictionaries alone (MT403): {e}")
            continue
        words = [_TOKEN_RE.match(text, a + offset).group() for offset, _ in tagged]
        nouns = [(tag in NOUN_TAGS or _SUSPENDED_HYPHEN_RE.match(text, a + offset + len(w)) is not None)
                 and _known_noun(w) for w, (offset, tag) in zip(words, tagged)]
        for i, (offset, tag) in enumerate(tagged):
            if a + offset not in wanted or not nouns[i]:
                continue
            beside = [j for j in (i - 1, i + 1) if 0 <= j < len(tagged)]
            if not any(words[j][:1].isupper() and not nouns[j] and tagged[j][1] in NAME_OR_NOUN_TAGS
                       for j in beside):
                out.add(a + offset)
    return out


def without_common_nouns(runs, text: str, ss: int, se: int, notes: list[str] | None = None) -> list:
    """The name runs of German text[ss:se] (``mtaudit.names.find_names``)
    less the words that the tagger, in their sentence, takes for common
    nouns it knows ("auf jeden Fall", "der Richter"; ``common_nouns``).
    Acronyms and CLDR's places keep their claim (the tagger calls some
    countries nouns)."""
    from .names import is_place_name
    candidates = [w for run in runs for w in run if not w.text.isupper() and not is_place_name(w.text, "de")]
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
