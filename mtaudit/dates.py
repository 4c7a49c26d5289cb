"""Dates in running text, with exact offsets, in many languages.

``find_dates(text, lang)`` finds written dates ("jeudi 29 février 2024",
"February 29, 2024", "29 de febrero de 2024", "Donnerstag, 29. Februar",
"Kamis (29/2/2024)", "2024-02-29", "en février 2022") and standalone years
("en 1989", "1914-1918"). It is rule-based and deterministic, for the date
checks and for the bilingual checks that compare source and target. Numbers
live in :mod:`mtaudit.numbers`.

Languages with month and weekday names: fr, en, id, ms, es, de, it, pt, nl.
Other languages get numeric dates and years.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# ---------------------------------------------------------------------------
# Vocabulary. Names are matched case-insensitively and without accents, so
# "fevrier", "Février" and "FÉVRIER" are one name; abbreviations may take a
# final period. Month numbers are 1-12; weekdays follow Python (0 = Monday).

_MONTHS: dict[str, list[tuple[str, ...]]] = {
    "fr": [("janvier", "janv"), ("fevrier", "fevr", "fev"), ("mars",), ("avril", "avr"),
           ("mai",), ("juin",), ("juillet", "juil"), ("aout",), ("septembre", "sept"),
           ("octobre", "oct"), ("novembre", "nov"), ("decembre", "dec")],
    "en": [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
           ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
           ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
           ("december", "dec")],
    "id": [("januari", "jan"), ("februari", "feb", "pebruari"), ("maret", "mar"),
           ("april", "apr"), ("mei",), ("juni", "jun"), ("juli", "jul"),
           ("agustus", "agu", "agt", "ags"), ("september", "sep", "sept"),
           ("oktober", "okt"), ("november", "nov", "nopember"), ("desember", "des")],
    "ms": [("januari", "jan"), ("februari", "feb"), ("mac",), ("april", "apr"), ("mei",),
           ("jun",), ("julai", "jul"), ("ogos",), ("september", "sep", "sept"),
           ("oktober", "okt"), ("november", "nov"), ("disember", "dis")],
    "es": [("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
           ("mayo", "may"), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
           ("septiembre", "setiembre", "sept", "sep"), ("octubre", "oct"),
           ("noviembre", "nov"), ("diciembre", "dic")],
    "de": [("januar", "jan", "janner"), ("februar", "feb"), ("marz", "mar"),
           ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
           ("september", "sept", "sep"), ("oktober", "okt"), ("november", "nov"),
           ("dezember", "dez")],
    "it": [("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
           ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
           ("settembre", "set", "sett"), ("ottobre", "ott"), ("novembre", "nov"),
           ("dicembre", "dic")],
    "pt": [("janeiro", "jan"), ("fevereiro", "fev"), ("marco", "mar"), ("abril", "abr"),
           ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
           ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"),
           ("dezembro", "dez")],
    "nl": [("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"),
           ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
           ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
           ("december", "dec")],
}

_WEEKDAYS: dict[str, list[tuple[str, ...]]] = {
    "fr": [("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",),
           ("dimanche",)],
    "en": [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
           ("thursday", "thu", "thurs"), ("friday", "fri"), ("saturday", "sat"),
           ("sunday", "sun")],
    "id": [("senin",), ("selasa",), ("rabu",), ("kamis",), ("jumat", "jum'at"),
           ("sabtu",), ("minggu", "ahad")],
    "ms": [("isnin",), ("selasa",), ("rabu",), ("khamis",), ("jumaat",), ("sabtu",),
           ("ahad",)],
    "es": [("lunes",), ("martes",), ("miercoles",), ("jueves",), ("viernes",), ("sabado",),
           ("domingo",)],
    "de": [("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
           ("samstag", "sonnabend"), ("sonntag",)],
    "it": [("lunedi",), ("martedi",), ("mercoledi",), ("giovedi",), ("venerdi",),
           ("sabato",), ("domenica",)],
    "pt": [("segunda-feira", "segunda"), ("terca-feira", "terca"),
           ("quarta-feira", "quarta"), ("quinta-feira", "quinta"), ("sexta-feira", "sexta"),
           ("sabado",), ("domingo",)],
    "nl": [("maandag",), ("dinsdag",), ("woensdag",), ("donderdag",), ("vrijdag",),
           ("zaterdag",), ("zondag",)],
}

# Words that commonly introduce a year ("en 1989", "since 2001", "tahun 2020"):
# a four-digit number after one of them is read as a year.
_YEAR_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("en", "depuis", "dès", "des", "avant", "après", "apres", "jusqu'en", "jusqu’en",
           "année", "annee", "l'année", "l’année", "an", "de", "du", "vers", "fin", "début",
           "debut", "mi", "courant", "printemps", "été", "ete", "automne", "hiver",
           "entre", "et", "à", "a", "au", "pour", "saison", "exercice", "budget", "cru",
           "promotion", "élections", "elections", "mondial", "jeux", "coupe"),
    "en": ("in", "since", "by", "before", "after", "until", "from", "of", "year", "early",
           "late", "mid", "between", "and", "to", "during", "through", "spring", "summer",
           "autumn", "fall", "winter", "season", "fiscal", "the"),
    "id": ("tahun", "pada", "sejak", "sebelum", "setelah", "sesudah", "hingga", "sampai",
           "awal", "akhir", "pertengahan", "dan", "antara"),
    "ms": ("tahun", "pada", "sejak", "sebelum", "selepas", "hingga", "sehingga", "awal",
           "akhir", "dan", "antara"),
    "es": ("en", "desde", "antes", "después", "despues", "hasta", "año", "ano", "de", "del",
           "entre", "y", "a", "finales", "principios", "mediados"),
    "de": ("im", "jahr", "jahre", "seit", "vor", "nach", "bis", "von", "ab", "anfang",
           "ende", "mitte", "zwischen", "und", "jahres"),
    "it": ("nel", "dal", "dall'", "anno", "prima", "dopo", "fino", "al", "del", "tra",
           "fra", "e", "a", "inizio", "fine", "metà"),
    "pt": ("em", "desde", "antes", "depois", "até", "ate", "ano", "de", "do", "entre", "e",
           "a", "início", "final", "meados"),
    "nl": ("in", "sinds", "voor", "na", "tot", "jaar", "van", "vanaf", "begin", "eind",
           "midden", "tussen", "en"),
}

# Month names of four letters or fewer that are full names, not abbreviations.
_FULL_SHORT = {"mars", "mai", "juin", "aout", "may", "june", "july", "mei", "juni", "juli",
               "mac", "jun", "ogos", "mayo", "marz", "maio"}

# Languages that write the month before the day ("February 29, 2024") and,
# in numeric dates, month/day/year.
_MONTH_FIRST = {"en"}


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def _norm(s: str) -> str:
    return strip_accents(s).casefold().replace("’", "'")


@dataclass(frozen=True)
class DateMention:
    """A date in a text. Parts the text does not give are None.

    ``kind`` says what was written: "date" (day and month, maybe year and
    weekday), "month-year", "numeric" (31/12/2024, 2024-12-31) or "year".
    ``weekday`` is 0 (Monday) to 6 (Sunday) when the text names one.
    """

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    kind: str = "date"

    @property
    def valid(self) -> bool:
        """False when the day cannot exist in the month (30 February, 31 April, month 13)."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        if self.month is None:
            return 1 <= self.day <= 31
        return 1 <= self.day <= max_day(self.month, self.year)


def max_day(month: int, year: int | None = None) -> int:
    """Days in a month; February has 29 when the year is unknown or a leap year."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return calendar.monthrange(2001, month)[1]


def weekday_of(year: int, month: int, day: int) -> int | None:
    """Gregorian weekday (0 = Monday) or None when the date does not exist.

    Years before 1583 are refused (None): the Julian calendar was in use.
    """
    if year < 1583:
        return None
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def month_name_index(lang: str | None) -> dict[str, int]:
    """Accent-free, casefolded month names (and abbreviations) -> month number."""
    return _name_index(_MONTHS, lang)


def weekday_name_index(lang: str | None) -> dict[str, int]:
    return _name_index(_WEEKDAYS, lang)


@lru_cache(maxsize=None)
def _name_index_cached(kind: str, lang: str | None) -> dict[str, int]:
    table = _MONTHS if kind == "m" else _WEEKDAYS
    out: dict[str, int] = {}
    langs = [lang] if lang in table else []
    for lg in langs:
        for i, names in enumerate(table[lg]):
            for n in names:
                out.setdefault(n, i + (1 if kind == "m" else 0))
    return out


def _name_index(table, lang):
    return _name_index_cached("m" if table is _MONTHS else "w", lang)


# ---------------------------------------------------------------------------
# Date patterns. One regex per language, built from its names. Accented
# letters in the text are matched through an accent-free shadow copy of the
# same length, so offsets stay exact.

class _ShadowTable(dict):
    """str.translate table built as characters are met: each character maps to
    itself casefolded without accents when that keeps it one character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        s = _norm(c)
        self[code] = out = s if len(s) == 1 else c
        return out


_SHADOW_TABLE = _ShadowTable()


@lru_cache(maxsize=2)
def _shadow(text: str) -> str:
    """Same length as text: each character casefolded without accents when that
    keeps it one character, else unchanged.

    str.translate builds the copy in C; a list of one-character strings took
    about 60 bytes per character of text (240 MB for a 4 MB article).
    The last two are kept: MT401 reads each side's dates, then its month
    names, through the same copy.
    """
    return text.translate(_SHADOW_TABLE)


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_SEP = r"[\s\u00a0\u202f]+"
_OSEP = r"[\s\u00a0\u202f]*"


@lru_cache(maxsize=None)
def _patterns(lang: str):
    months = month_name_index(lang)
    weekdays = weekday_name_index(lang)
    pats = []
    if months:
        full = [n for n in months if len(n) > 4 or n in _FULL_SHORT]
        abbr = [n for n in months if n not in full]
        M = rf"(?:(?P<month>{_alt(full)})|(?P<abbr>{_alt(abbr)})(?:\.(?![\d\w]))?)"
        W = rf"(?:(?P<weekday>{_alt(weekdays)})\.?,?{_SEP}(?:(?:le|the|el|il|de|den|op){_SEP})?)?"
        Y = r"(?P<year>1[5-9]\d\d|2[01]\d\d)(?!\d)"
        D = r"(?P<day>[0-3]?\d)(?:er|re|e|ème|st|nd|rd|th|º|°|\.)?"
        de = rf"(?:{_SEP}(?:de|del|di|do|da|van|of)\b)?"
        # day month [year]: "jeudi 29 février 2024", "29 de febrero de 2024",
        # "Donnerstag, 29. Februar 2024", "Kamis, 29 Februari 2024"
        pats.append(re.compile(
            rf"(?<![\w.,])(?:{W})(?<!\d){D}{de}{_SEP}{M}(?:{de},?{_SEP}{Y})?(?![\w])"))
        # month day[, year]: "Thursday, February 29, 2024" (any language tolerates it)
        pats.append(re.compile(
            rf"(?<![\w])(?:{W}){M}{_SEP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?{_SEP}{Y})?(?![\w])"))
        # month year: "en février 2022", "February 2022", "febrero de 2022"
        pats.append(re.compile(rf"(?<![\w]){M}{de},?{_SEP}{Y}(?![\w])"))
    # (The numeric patterns open with a look-ahead for their first digit: the
    # engine leaves every other position after one test; the same matches.)
    # ISO 2024-02-29 (also 2024/02/29)
    pats.append(re.compile(
        r"(?=[12])(?<![\w./-])(?P<year>1[5-9]\d\d|2[01]\d\d)(?P<s>[-/.])(?P<n1>\d{1,2})(?P=s)(?P<n2>\d{1,2})(?![\w/-]|\.\d)"))
    # numeric d/m/y or m/d/y: 29/02/2024, 29.02.2024, 29-2-2024, 29/2/24 not read (two-digit year)
    pats.append(re.compile(
        r"(?=\d)(?<![\w./-])(?P<n1>\d{1,2})(?P<s>[/.-])(?P<n2>\d{1,2})(?P=s)(?P<year>1[5-9]\d\d|2[01]\d\d)(?![\w/-]|\.\d)"))
    return pats


# Every date the patterns above read starts a word (a run of \w: each
# pattern opens with a look-behind for a non-word character), and that word is
# a weekday or month name (which end at a non-word character), the first word
# of one ("jum'at", "segunda-feira"), or opens with a digit: it starts a run of
# digits or an occurrence of such a name. Trying the patterns there only finds
# the same dates as scanning every position, which the engine does one call
# at a time; those places are found by two scans in C.
_DIGIT_RUN = re.compile(r"\d+")
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _name_starts(lang: str) -> re.Pattern | None | bool:
    """A pattern finding the first words of the month and weekday names of
    ``lang`` (None when it has none; False if one does not open with a word
    character: then the date patterns are tried everywhere)."""
    firsts = [_WORD_RUN.match(n) for n in set(month_name_index(lang)) | set(weekday_name_index(lang))]
    if not all(firsts):
        return False
    # (A name's first word ends where a word does: a \b after it keeps fewer places.)
    return re.compile(rf"(?:{_alt({m.group() for m in firsts})})\b") if firsts else None


def _date_starts(shadow: str, names: re.Pattern | None) -> list[int]:
    """Offsets of ``shadow`` where a date may start, in order: the start of
    each run of digits and of each occurrence of a name's first word."""
    starts = [m.start() for m in _DIGIT_RUN.finditer(shadow)]
    if names is not None:
        starts += [m.start() for m in names.finditer(shadow)]
        starts.sort()
    return starts


def _matches_at(pat: re.Pattern, s: str, starts: list[int]):
    """``pat.finditer(s)`` for a pattern whose matches (never empty) all
    start at one of ``starts`` (in order): tried there only."""
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pat.match(s, p)
        if m is not None:
            yield m
            end = m.end()


def find_dates(text: str, lang: str | None = "fr", *, years: bool = True) -> list[DateMention]:
    """Dates in ``text`` (offsets into it), in order; overlapping matches keep the longest.

    Also returns standalone years ("en 1989", "1914-1918", kind "year") when
    ``years`` is true. Invalid dates (30 février, 13/13/2024) are returned
    too, with ``valid`` false, so that checks can report them.
    """
    if not text:
        return []
    shadow = _shadow(text)
    found: list[DateMention] = []
    months = month_name_index(lang)
    weekdays = weekday_name_index(lang)
    names = _name_starts(lang or "")
    starts = _date_starts(shadow, names) if names is not False else None
    for pat in _patterns(lang or ""):
        for m in (pat.finditer(shadow) if starts is None else _matches_at(pat, shadow, starts)):
            gd = m.groupdict()
            year = int(gd["year"]) if gd.get("year") else None
            weekday = weekdays.get(gd["weekday"]) if gd.get("weekday") else None
            if "n1" in gd and gd.get("n1") is not None:
                mention = _numeric(m, text, lang, year)
                if mention is not None:
                    found.append(mention)
                continue
            name = gd.get("month") or gd.get("abbr")
            month = months[name]
            day = int(gd["day"]) if gd.get("day") else None
            if day is not None and day == 0:
                continue
            if day is None and gd.get("abbr") and year is None:
                continue
            # "mar", "may", "sun" are also ordinary words: take short or
            # ambiguous names only next to a number.
            kind = "date" if day is not None else "month-year"
            found.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                     year, month, day, weekday, kind))
    found = _keep_longest(found)
    if years:
        # found is sorted and non-overlapping: the date that could hold a
        # year is the last one starting at or before it.
        starts = [d.start for d in found]

        def inside_a_date(y: DateMention) -> bool:
            i = bisect.bisect_right(starts, y.start) - 1
            return i >= 0 and y.start < found[i].end

        found = _keep_longest(found + [y for y in _find_years(text, shadow, lang)
                                       if not inside_a_date(y)])
    return found


def _numeric(m, text, lang, year) -> DateMention | None:
    n1, n2 = int(m.group("n1")), int(m.group("n2"))
    span = (m.start(), m.end(), text[m.start():m.end()])
    if m.group(0)[:4].isdigit() and len(m.group(0).split(m.group("s"))[0]) == 4:
        if len(m.group("n1")) == 2 and n1 == (year + 1) % 100:
            return None                # "1994-95-96": consecutive years, not a date
        month, day = n1, n2            # ISO year-month-day
    elif lang in _MONTH_FIRST:
        month, day = n1, n2
        if n1 > 12 and n2 <= 12:
            month, day = n2, n1        # a day-first date in an English text
    else:
        day, month = n1, n2
        if n2 > 12 and n1 <= 12:
            day, month = n2, n1        # a month-first date in a day-first language
    if m.group("s") == "." and lang in _MONTH_FIRST:
        return None                    # 1.5.2024 in English text is rare; leave it
    if month == 0 or day == 0:
        return None
    return DateMention(*span, year, month, day, None, "numeric")


def _keep_longest(ms: list[DateMention]) -> list[DateMention]:
    ms = sorted(ms, key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in ms:
        if out and d.start < out[-1].end:
            if (d.end - d.start) > (out[-1].end - out[-1].start):
                out[-1] = d
            continue
        out.append(d)
    return out


_YEAR_RE = re.compile(r"(?=[12])(?<![\w.,\u00a0\u202f])(?<!\d )(1[5-9]\d\d|20\d\d|21\d\d)(?:\s?[-–/]\s?(1[5-9]\d\d|20\d\d|\d\d))?(?![\w%€$£]|[.,]\d|[\u00a0\u202f ]\d{3})")
# (The look-behind starts the search at word starts only, where the leftmost
# match starts anyway: the same match without retrying inside every word.)
_PREV_WORD = re.compile(r"(?<![\w'’-])([\w'’-]+)[\s\u00a0]*[(]?$")


@lru_cache(maxsize=None)
def _year_cues(lang: str) -> frozenset[str]:
    return frozenset(_norm(c) for c in _YEAR_CUES.get(lang, ()))


def _find_years(text: str, shadow: str, lang: str | None):
    """Four-digit years standing alone, when the context says they are years.

    A number is a year after a year cue ("en", "depuis", "in", "tahun"...),
    in a range ("1914-1918", "2023/24"), in brackets, or at the end of a
    clause; "2000 personnes" is not a year.
    """
    cues = _year_cues(lang or "")
    for m in _YEAR_RE.finditer(text):
        y = int(m.group(1))
        before = text[max(0, m.start() - 30):m.start()]
        pw = _PREV_WORD.search(before)
        prev = _norm(pw.group(1)).split("'")[-1] if pw else ""
        after = text[m.end():m.end() + 3]
        is_year = (
            m.group(2) is not None
            or (pw is not None and (prev in cues or _norm(pw.group(1)) in cues))
            or before.rstrip().endswith("(")
            or re.match(r"\s*(?:[.,;:)»”\"!?]|$)", after) is not None
        )
        if is_year and m.group(2) is None and re.match(r"[\s\u00a0]*[a-zà-ÿ]", after) and prev not in cues:
            is_year = False
        if not is_year:
            continue
        end = m.end()
        yield DateMention(m.start(), end, text[m.start():end], y, None, None, None, "year")


_RANGE_END_RE = re.compile(r"[-–/]\s?(\d{2,4})$")


def range_end_year(d: DateMention) -> int | None:
    """The second year of a range mention like "1914-1918" or "2023/24"."""
    if d.kind != "year":
        return None
    m = _RANGE_END_RE.search(d.text)
    if not m:
        return None
    v = m.group(1)
    if len(v) == 2 and d.year is not None:
        return d.year // 100 * 100 + int(v)
    return int(v)
