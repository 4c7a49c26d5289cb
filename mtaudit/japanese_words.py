"""Ordinary Japanese words, told by a bilingual dictionary (FreeDict
jpn-eng, JMdict's entries; mtaudit.freedict): words whose every English
gloss is a common word, not a name (人間 "human being", 発見 "discovery",
チーム "team"; not 英国 "Great Britain", 月曜 "Monday").

Matched by sound, the readings of such words account for English names by
chance (人間 "ningen" / Nottingham, 発見 "hakken" / Kim, 今 "ima" / Yuan):
a name the translation writes where the source has only ordinary words has
come from nowhere. The analyser's proper nouns (mtaudit.names_japanese)
keep their readings whatever the dictionary says (森 is "forest" and Mori).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import freedict

#: The article or infinitive marker a gloss may open with ("the United
#: Kingdom", "to walk"): its first word decides.
_OPENING = re.compile(r"^(?:the|a|an|to)\s+")


def _common_gloss(gloss: str) -> bool:
    """A gloss that opens with no capital ("human being", "1,000")."""
    first = _OPENING.sub("", gloss)[:1]
    return bool(first) and not first.isupper()


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    return frozenset(w for w, glosses in freedict.japanese_glosses().items()
                     if glosses and all(_common_gloss(g) for g in glosses))


def is_ordinary(word: str) -> bool:
    """A word the dictionary has, every gloss of it a common word."""
    return word in _ordinary()
