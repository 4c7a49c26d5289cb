"""pymorphy3's analyser for a language whose words decline (Russian,
Ukrainian), loaded once per process and shared by every user: the names
code (MT403: OpenCorpora's tags of names, adjectives of places, days and
months), the place words and the number words (MT401: «сорока восьми»).

Without pymorphy3 or its dictionary for the language, the callers go on
with their other evidence and the run's warnings say so
(mtaudit.resources)."""
from __future__ import annotations

from functools import lru_cache

from . import resources

#: Languages pymorphy3 has dictionaries for.
LANGUAGES = frozenset({"ru", "uk"})

_WITHOUT = ("capitalised words of the language are judged by their capitals alone (MT403), "
            "and its declined number words are read in fewer forms (MT401)")


@lru_cache(maxsize=4)
def analyser(lang: str | None):
    """pymorphy3's analyser with its dictionary for ``lang``, or None (a
    language it does not serve, or the resource missing)."""
    if lang not in LANGUAGES:
        return None
    try:
        import pymorphy3   # lazy, optional: Russian and Ukrainian dictionaries
    except ImportError:
        resources.missing(f"pymorphy3-{lang}", "the morphological analyser pymorphy3 is not installed "
                          f"(pip install pymorphy3 pymorphy3-dicts-{lang}): {_WITHOUT}", (lang,))
        return None
    try:
        morph = pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, OSError) as e:   # no dictionary for the language
        resources.missing(f"pymorphy3-{lang}", f"pymorphy3 could not load its {lang} dictionary "
                          f"({type(e).__name__}: {' '.join(str(e).split())[:160]}; pip install "
                          f"pymorphy3-dicts-{lang}): {_WITHOUT}", (lang,))
        return None
    resources.found(f"pymorphy3-{lang}")
    return morph
