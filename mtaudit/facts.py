"""The user's facts file: known events and their dates (TOML).

MT204 (contradicts-known-fact) flags a date written next to an event's key
words when it disagrees with the date given here. Example::

    # facts.toml
    [[event]]
    name = "Russian invasion of Ukraine"
    date = "2022-02-24"            # "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or a TOML date)
    keywords = ["invasion", "Ukraine"]
    # optional:
    # min_keywords = 2             # how many keywords must be near the date (default: all, at most 2)
    # window = 12                  # how many words around the date to look (default 12)

    [[event]]
    name = "Fall of the Berlin Wall"
    date = 1989-11-09
    keywords = [["mur", "wall", "Mauer"], "Berlin"]   # a list inside = any of these

A keyword matches a word that starts with it, ignoring case and accents
("ukrain" matches "Ukraine" and "ukrainien"), so keywords may be stems and
may be given in several languages. Any mistake in the file is a usage error
with a one-line message.
"""
from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .dates import strip_accents
from .errors import UsageError

_KEYS = {"name", "date", "keywords", "min_keywords", "window"}
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class Fact:
    """A known event. ``month`` and ``day`` are None when the file gives only a year
    (or a year and a month). Each keyword is a tuple of alternatives."""

    name: str
    year: int
    month: int | None
    day: int | None
    keywords: tuple[tuple[str, ...], ...]
    min_keywords: int
    window: int = 12

    @property
    def date_text(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def keyword_matches(self, word: str) -> int | None:
        """Index of the keyword that ``word`` matches, or None."""
        w = normalise_word(word)
        for i, alts in enumerate(self.keywords):
            if any(w.startswith(a) for a in alts):
                return i
        return None


def normalise_word(word: str) -> str:
    """Casefolded, accent-free, without an elided article ("l'Ukraine" -> "ukraine")."""
    w = strip_accents(word).casefold().replace("’", "'")
    if "'" in w[:3]:
        w = w.split("'", 1)[1]
    return w


def load_facts(path: str | Path) -> list[Fact]:
    """Read a facts file; a bad file raises UsageError with a one-line reason."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"facts file {p} does not exist") from None
    except OSError as e:
        raise UsageError(f"facts file {p} cannot be read: {e.strerror or e}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise UsageError(f"facts file {p} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"facts file {p} is not valid TOML: {e}") from None
    unknown = set(data) - {"event"}
    if unknown:
        raise UsageError(f"facts file {p}: unknown table or key {sorted(unknown)[0]!r} "
                         f"(events go in [[event]] tables)")
    events = data.get("event", [])
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise UsageError(f"facts file {p}: write each event as an [[event]] table")
    return [_fact(p, i + 1, e) for i, e in enumerate(events)]


def _fact(p: Path, n: int, e: dict[str, Any]) -> Fact:
    where = f"facts file {p}, event {n}"

    def bad(msg: str) -> UsageError:
        return UsageError(f"{where}: {msg}")

    extra = set(e) - _KEYS
    if extra:
        raise bad(f"unknown key {sorted(extra)[0]!r} (known: {', '.join(sorted(_KEYS))})")
    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        raise bad("needs a name (a non-empty string)")
    where = f"facts file {p}, event {name!r}"
    if "date" not in e:
        raise bad('needs a date, like date = "2022-02-24"')
    year, month, day = _parse_date(e["date"], bad)
    kws = e.get("keywords")
    if not isinstance(kws, list) or not kws:
        raise bad("needs keywords, a non-empty list of words near the date")
    keywords: list[tuple[str, ...]] = []
    for k in kws:
        alts = k if isinstance(k, list) else [k]
        if not alts or not all(isinstance(a, str) and a.strip() for a in alts):
            raise bad("keywords must be strings, or lists of alternative strings")
        keywords.append(tuple(normalise_word(a.strip()) for a in alts))
    min_kw = e.get("min_keywords", min(2, len(keywords)))
    if not isinstance(min_kw, int) or isinstance(min_kw, bool) or not 1 <= min_kw <= len(keywords):
        raise bad(f"min_keywords must be a whole number from 1 to {len(keywords)}")
    window = e.get("window", 12)
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 100:
        raise bad("window must be a whole number of words from 1 to 100")
    return Fact(name.strip(), year, month, day, tuple(keywords), min_kw, window)


def _parse_date(v: Any, bad) -> tuple[int, int | None, int | None]:
    if isinstance(v, _dt.datetime):
        v = v.date()
    if isinstance(v, _dt.date):
        return v.year, v.month, v.day
    if isinstance(v, int) and not isinstance(v, bool):
        v = str(v)
    if not isinstance(v, str):
        raise bad('date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    m = _DATE_RE.match(v.strip())
    if not m:
        raise bad(f'date {v!r} must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        _dt.date(year, month or 1, day or 1)
    except ValueError:
        raise bad(f"date {v!r} does not exist") from None
    return year, month, day
