"""Segments: paragraphs and sentences with exact offsets into the text.

Splitting is rule-based and deterministic (no model), so that offsets do not
depend on which NLP pipeline is installed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import morphology, resources

#: A word: letters, digits, marks, with inner apostrophes or hyphens.
#: (Written as runs of word characters between the inner marks: the same
#: matches as one alternation per character, tried far faster.)
WORD_RE = re.compile(r"[^\W_][\w\u00AD]*(?:['’\-](?=\w)[\w\u00AD]*)*", re.UNICODE)

_PARA_BREAK = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]+")

# A sentence may end at . ! ? … (possibly followed by closing quotes or
# brackets) before whitespace; it does end there when the next word starts
# with a capital or a digit (after any opening quote or dash).
_SENT_END = re.compile(r"""[.!?…][\"'»”’)\]]*(?=\s)""", re.UNICODE)
_OPENERS = "\"'«“‘([-–—¿¡"

# Tokens before a period that do not end a sentence: single initials, and
# common abbreviations across European languages.
_ABBREV = re.compile(
    r"(?:\b\w|\b(?:M|Mme|Mlle|MM|Dr|Pr|St|Ste|Mr|Mrs|Ms|Prof|Gen|Gén|Col|Lt|Sgt|"
    r"Jr|Sr|etc|cf|vol|p|pp|no|n°|art|av|apr|env|max|min|vs|ca|approx|Inc|Ltd|Co|"
    r"Corp|janv|févr|fév|sept|oct|nov|déc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"bzw|usw|z\.B|Hr|Fr|Sra|Sr|Dña|Dn|Ud|Uds))\.$",
    re.IGNORECASE,
)

# Abbreviations written before what they qualify (a title, a street, a
# saint: «Св. Мартина», «ул. Ленина», «проф. Иванова»): a full stop after one
# never ends the sentence, whatever follows. The list is razdel's (natasha
# project), its Cyrillic entries only (the Latin ones are the hand list's
# business), less those whose likeliest reading in pymorphy3 is an ordinary
# word that can end a sentence («им», «нем», «пол», «ум»): razdel joins
# those too. Loaded at the first Cyrillic word before a full stop.
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")


@lru_cache(maxsize=1)
def _cyrillic_head_abbreviations() -> frozenset[str]:
    try:
        from razdel.segmenters.sokr import HEAD_SOKRS
    except ImportError:
        resources.missing("razdel", "razdel is not installed (pip install razdel): a full stop "
                          "after a Russian abbreviation («Св.», «ул.») ends a sentence", ("ru", "uk"))
        return frozenset()
    morph = morphology.analyser("ru")
    if morph is None:    # the analyser says why; without it, no entry is sure
        return frozenset()
    resources.found("razdel")
    out = set()
    for w in HEAD_SOKRS:
        if _CYRILLIC.search(w):
            p = morph.parse(w)[0]
            if not p.is_known or "Abbr" in p.tag:
                out.add(w)
    return frozenset(out)


def _head_abbreviation(token: str) -> bool:
    """True when ``token`` (a word with its full stop: "Св.", "(ул.") is one."""
    if not _CYRILLIC.search(token):
        return False
    return token.rstrip(".").lstrip(_OPENERS).lower() in _cyrillic_head_abbreviations()


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    paragraph: int = 0   # index of the paragraph that holds it

    def __len__(self) -> int:
        return self.end - self.start


def split_paragraphs(text: str) -> list[Segment]:
    """Each non-blank line is a paragraph (news exports put one per line).

    Lines end at "\\r\\n", "\\r" or "\\n" only (as in :func:`line_starts`);
    each paragraph is stripped of surrounding whitespace (``str.isspace``).
    Linear in the text: one regex pass, stripping done in C.
    """
    out: list[Segment] = []
    for m in _LINE.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        if lead == len(line):
            continue                       # blank line
        start, end = m.start() + lead, m.start() + len(line.rstrip())
        out.append(Segment(start, end, text[start:end], len(out)))
    return out


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; "\\r\\n", "\\r" and "\\n" end a line."""
    return [0, *(m.end() for m in _PARA_BREAK.finditer(text))]


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset``, given the
    table of :func:`line_starts`."""
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def split_sentences(text: str, paragraphs: list[Segment] | None = None) -> list[Segment]:
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    out: list[Segment] = []
    for p in paragraphs:
        start = p.start
        for m in _SENT_END.finditer(text, p.start, p.end):
            end = m.end()
            if not _starts_sentence(text, end, p.end):
                continue
            tail = text[max(start, m.start() - 12):m.start() + 1].split()
            if text[m.start()] == "." and tail and (_ABBREV.search(tail[-1])
                                                     or _head_abbreviation(tail[-1])):
                continue
            seg = _strip(text, start, end)
            if seg:
                out.append(Segment(seg[0], seg[1], text[seg[0]:seg[1]], p.paragraph))
            start = end
        seg = _strip(text, start, p.end)
        if seg:
            out.append(Segment(seg[0], seg[1], text[seg[0]:seg[1]], p.paragraph))
    return out


def _starts_sentence(text: str, i: int, stop: int) -> bool:
    while i < stop and (text[i].isspace() or text[i] in _OPENERS):
        i += 1
    return i < stop and (text[i].isupper() or text[i].isdigit())


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    core = piece.strip()
    if not core:
        return None
    start += len(piece) - len(piece.lstrip())
    return start, start + len(core)


def words(text: str, offset: int = 0):
    """Yield (start, end, word) for each word, offsets shifted by ``offset``."""
    for m in WORD_RE.finditer(text):
        yield m.start() + offset, m.end() + offset, m.group()
