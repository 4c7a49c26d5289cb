"""The date and number extraction library (mtaudit.dates)."""
from __future__ import annotations

import pytest

from mtaudit.dates import find_dates, range_end_year, weekday_of


def _dates(text, lang):
    return [(d.text, d.year, d.month, d.day, d.weekday, d.kind) for d in find_dates(text, lang)]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Publié le mardi 5 mars 2024 à Lyon.", ("mardi 5 mars 2024", 2024, 3, 5, 1)),
    ("fr", "La réunion du 1er mai a été reportée.", ("1er mai", None, 5, 1, None)),
    ("en", "On Tuesday, March 5, 2024, the board met.", ("Tuesday, March 5, 2024", 2024, 3, 5, 1)),
    ("en", "It closed on 5 March 2024.", ("5 March 2024", 2024, 3, 5, None)),
    ("es", "El martes 5 de marzo de 2024 llovió.", ("martes 5 de marzo de 2024", 2024, 3, 5, 1)),
    ("de", "Am Dienstag, 5. März 2024 regnete es.", ("Dienstag, 5. März 2024", 2024, 3, 5, 1)),
    ("it", "Martedì 5 marzo 2024 è piovuto.", ("Martedì 5 marzo 2024", 2024, 3, 5, 1)),
    ("pt", "Na terça-feira, 5 de março de 2024, choveu.", ("terça-feira, 5 de março de 2024", 2024, 3, 5, 1)),
    ("nl", "Op dinsdag 5 maart 2024 regende het.", ("dinsdag 5 maart 2024", 2024, 3, 5, 1)),
    ("id", "Pada Selasa, 5 Maret 2024, hujan turun.", ("Selasa, 5 Maret 2024", 2024, 3, 5, 1)),
    ("ms", "Pada Selasa, 5 Mac 2024, hujan turun.", ("Selasa, 5 Mac 2024", 2024, 3, 5, 1)),
])
def test_full_dates_in_many_languages(lang, text, expected):
    found = find_dates(text, lang)
    assert len(found) == 1
    d = found[0]
    assert (d.text, d.year, d.month, d.day, d.weekday) == expected
    assert text[d.start:d.end] == d.text


def test_month_year_numeric_and_year_mentions_with_exact_offsets():
    text = ("En février 2022, la crise a commencé ; le 24/02/2022 et le 2022-02-24 sont cités. "
            "Depuis 1950 et la guerre de 1914-1918, rien. Le budget 2024 a été voté.")
    got = _dates(text, "fr")
    assert ("février 2022", 2022, 2, None, None, "month-year") in got
    assert ("24/02/2022", 2022, 2, 24, None, "numeric") in got
    assert ("2022-02-24", 2022, 2, 24, None, "numeric") in got
    assert ("1950", 1950, None, None, None, "year") in got
    assert ("1914-1918", 1914, None, None, None, "year") in got
    assert ("2024", 2024, None, None, None, "year") in got
    rng = next(d for d in find_dates(text, "fr") if d.text == "1914-1918")
    assert range_end_year(rng) == 1918
    for d in find_dates(text, "fr"):
        assert text[d.start:d.end] == d.text


def test_counts_are_not_years_and_sentence_periods_are_not_abbreviations():
    text = "Quelque 2000 personnes ont défilé le 30 février."
    got = find_dates(text, "fr")
    assert [d.text for d in got] == ["30 février"]
    assert got[0].valid is False


def test_validity_of_days_and_months():
    by_text = {d.text: d for d in find_dates(
        "Le 31 avril, le 29 février 2023, le 29 février 2024 et le 13/13/2024.", "fr")}
    assert by_text["31 avril"].valid is False
    assert by_text["29 février 2023"].valid is False
    assert by_text["29 février 2024"].valid is True
    assert by_text["13/13/2024"].valid is False


def test_numeric_dates_follow_the_language_order():
    (fr,) = find_dates("le 03/04/2024", "fr")
    (en,) = find_dates("on 03/04/2024", "en")
    assert (fr.day, fr.month) == (3, 4)
    assert (en.month, en.day) == (3, 4)


def test_weekday_uses_the_gregorian_calendar_only():
    assert weekday_of(2024, 2, 29) == 3          # a Thursday
    assert weekday_of(2023, 2, 29) is None
    assert weekday_of(1307, 10, 13) is None      # Julian calendar: not computed


def test_unknown_language_still_finds_numeric_dates():
    assert [d.text for d in find_dates("2024-03-05 ja 05.03.2024", "fi")] == [
        "2024-03-05", "05.03.2024"]


def test_the_accent_free_shadow_keeps_every_offset():
    from mtaudit.dates import _shadow
    # Letters lose accents and case (İ -> i); characters whose folded form is
    # longer (ß -> ss, ligatures) or empty (a lone combining accent) stay as
    # they are.
    text = "FÉVRIER Août ß İ ﬁ 😀 e\u0301 \u00a0x\r\n"
    shadow = _shadow(text)
    assert len(shadow) == len(text)
    assert shadow.startswith("fevrier aout ß i ﬁ 😀 e\u0301")
    assert shadow[text.index("\u00a0")] == "\u00a0"
    assert find_dates("Le 3 FÉVRIER 2024.", "fr")[0].text == "3 FÉVRIER 2024"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lundi 5 mars 2024, mardi 12/03/2024 ; marché du 1er mai, xmai 3, _29 mars, 2024-03-05."),
    ("en", "Maybe on Tuesday, March 5, 2024 or May 2022; the market opened 5 March, 1999/12/31."),
    ("id", "Pada Jum'at, 5 Maret 2024 dan Jumat 12 April; jum'at2 3 Mei."),
    ("pt", "Na segunda-feira, 5 de março de 2024; segunda-feira,5 de abril; feira 3 de maio."),
    ("zh", "2024-03-05 与 5/3/2024，第 12 届"),
    ("xx", "le 5/3/2024, ２９/0２/2024"),
])
def test_date_patterns_tried_at_word_starts_find_what_a_full_scan_finds(lang, text):
    """The date patterns are tried only where a run of digits or a month or
    weekday name's first word starts: the same matches as scanning every place."""
    from mtaudit.dates import _date_starts, _matches_at, _name_starts, _patterns, _shadow
    shadow = _shadow(text)
    names = _name_starts(lang)
    assert names is not False
    starts = _date_starts(shadow, names)
    full = [[(m.span(), m.groupdict()) for m in p.finditer(shadow)] for p in _patterns(lang)]
    tried = [[(m.span(), m.groupdict()) for m in _matches_at(p, shadow, starts)] for p in _patterns(lang)]
    assert tried == full
    assert any(full)
