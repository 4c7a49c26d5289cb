"""Optional resources that checks load on first use (a tagger, spelling
dictionaries, a gazetteer...): without one, or when it fails to load, the
checks go on with their other evidence, and the run says so once in its
warnings, nothing passing silently.

A loader that finds its resource missing or broken calls ``missing`` with a
note (what is missing, why, how to install it, what the checks lose) and
the languages the resource serves; one that loads it calls ``found``.
Loaders are cached, so a resource is judged once per process and the note
stays until the resource is found. After each batch the pipeline says the
notes that concern a language of the batch's documents (``notes_for``),
once per run however many documents and batches there are.
"""
from __future__ import annotations

from collections.abc import Iterable

#: Resource name -> (note, languages it serves; None: any language).
_MISSING: dict[str, tuple[str, frozenset[str] | None]] = {}


def missing(name: str, note: str, languages: Iterable[str] | None = None) -> None:
    """The resource ``name`` is missing or could not be loaded: ``note`` says so."""
    _MISSING[name] = (note, None if languages is None else frozenset(languages))


def found(name: str) -> None:
    """The resource ``name`` loaded: any earlier note about it no longer holds."""
    _MISSING.pop(name, None)


def notes_for(languages: Iterable[str | None]) -> list[str]:
    """The notes about missing resources that serve any of ``languages``."""
    langs = {lang for lang in languages if lang}
    return [note for note, served in _MISSING.values()
            if served is None or (served & langs)]


def babel_missing() -> None:
    """Babel could not be imported (the names modules and the gazetteer read
    CLDR through it): the run's warnings say so."""
    missing("Babel", "Babel is not installed (pip install babel): CLDR's names of countries, "
            "cities, languages, months and days are not known, so exonyms go unmatched "
            "and month names may be taken for names (MT403)")
