"""Locale-aware numbers: find them in a text and normalise them for comparison.

A source and its translation write the same quantity differently: "3.200" in
Indonesian or German, "3 200" in French, "3,200" in English; "3,5" against
"3.5"; "12 %", "12%", "12 persen", "12 per cent"; "12.00 WIB" against
"12 h 00"; "5 juta" against "5 millions". :func:`find_numbers` returns each
mention with the set of values it may stand for (``keys``); two mentions
agree when their key sets intersect.

Why sets rather than one value: a lone separator before exactly three digits
("3.200", "3,200") is a thousands separator in some locales and a decimal
comma or point in others, and machine translation often copies the source's
convention into the target. Where the language is known to use one
convention, its reading comes first (``value``), but matching accepts either,
so a number is reported only when no reading agrees: precision before recall.

Small numbers written as words ("deux", "two", "dua", "zwei"...) are found by
:func:`find_number_words`; they excuse a digit on the other side, and are
never reported themselves (many are also articles: "un", "ein", "satu").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import compress, count

from . import resources
from .morphology import analyser

# Languages that write decimals with a comma (and group thousands with dots or
# spaces). Others (en, zh, ja, ko, he, th, ms...) use a decimal point.
DECIMAL_COMMA = frozenset(
    "fr de id es it pt nl da sv nb nn no fi ru uk pl cs sk sl hr sr bs bg ro hu tr el et lv lt "
    "ca gl eu vi az kk uz be mk sq is af".split()
)

# A run of digits with separators. Space-like separators (space, no-break
# space, narrow no-break space) and apostrophes only group thousands, so they
# must be followed by exactly three digits.
# (The first digit is taken out of the alternatives: a pattern that opens
# with a character class lets the engine skip to the next digit at C speed.
# The same matches as "\d{1,2}:\d{2}(?!\d)|\d+(...)*".)
_NUM_RE = re.compile(
    r"\d(?:\d?:\d{2}(?!\d)|\d*(?:(?:[.,]\d+)|(?:[ \u00a0\u202f'’]\d{3}(?!\d)))*)"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


class _AsciiDigits(dict):
    """str.translate table: every decimal digit of any script (full-width,
    Devanagari, Arabic-Indic, Bengali...) to its ASCII digit, and the
    full-width percent sign to "%". One character for one: offsets hold."""

    def __missing__(self, code: int) -> int:
        c = chr(code)
        d = unicodedata.decimal(c, None) if code > 127 else None
        out = ord(str(d)) if d is not None else _WIDE_SIGNS.get(c, code)
        self[code] = out
        return out


# Full-width signs written around numbers in Chinese and Japanese ("5：30", "50％").
_WIDE_SIGNS = {"％": ord("%"), "：": ord(":")}
_ASCII_DIGITS = _AsciiDigits()


def ascii_digits(text: str) -> str:
    """``text`` with the digits of every script written as ASCII digits (same length)."""
    if text.isascii():
        return text     # (nothing to change, and isascii is read from a flag)
    return text.translate(_ASCII_DIGITS)


def _is_cjk(c: str) -> bool:
    """Han, kana or hangul: scripts without spaces, where digits sit glued to words."""
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF)


# Chinese/Japanese numerals, read by the numeral system's own rules (digits,
# then the multipliers 10, 100, 1000 inside a group of 10^4, then 10^4, 10^8,
# 10^12 between groups): 三 3, 二十五 25, 两百 200, 五万 50 000, 二〇一八 2018.
_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CJK_DIGITS.update({"零": 0, "两": 2, "兩": 2})
_CJK_SMALL = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8, "兆": 10 ** 12}
_CJK_NUM_RE = re.compile("[" + "".join(_CJK_DIGITS) + "".join(_CJK_SMALL) + "".join(_CJK_BIG) + "]+")
# After digits: "3万", "1.5亿", "550多万" (more than 5.5 million: 多/余 say "more
# than"), and "22憶" (憶, "memory", a frequent slip for 億 that only digits
# before it make readable).
_CJK_MULT_RE = re.compile("[ \u00a0]?[多余餘]?([" + "".join(_CJK_SMALL) + "".join(_CJK_BIG) + "憶]+)")


# The groups after a first one: "1億2,500万" (125 000 000), "37万5,000" (375 000).
_CJK_GROUP_RE = re.compile("[ \u00a0]?(\\d{1,4}(?:,\\d{3})?)(?![\\d.])[ \u00a0]?([" + "".join(_CJK_SMALL) + "".join(_CJK_BIG) + "]*)")


def cjk_value(numeral: str) -> int | None:
    """Value of a Chinese/Japanese numeral ("二十五" 25, "三千万" 30 000 000)."""
    if not numeral:
        return None
    if all(c in _CJK_DIGITS for c in numeral):
        return int("".join(str(_CJK_DIGITS[c]) for c in numeral))   # 二〇一八: digit by digit
    total = section = num = 0
    for c in numeral:
        if c in _CJK_DIGITS:
            num = _CJK_DIGITS[c]
        elif c in _CJK_SMALL:
            section += (num or 1) * _CJK_SMALL[c]
            num = 0
        else:
            total += ((section + num) or 1) * _CJK_BIG[c]
            section = num = 0
    return total + section + num


def _cjk_multiplier(run: str) -> int:
    """万 10^4, 百万 10^6, 千万 10^7, 亿 10^8 after digits ("3万", "1.5亿")."""
    out = 1
    for c in run:
        out *= _CJK_SMALL.get(c) or _CJK_BIG.get(c) or 10 ** 8   # 憶 for 億
    return out


# Scale words after a number: "5 juta" = "5 millions" = 5 000 000. Long and
# short scales differ (French "billion" = 10^12, English billion = 10^9); both
# readings are kept where a word is ambiguous across languages. Besides the
# abbreviations below, each language's own words come from num2words (the
# words it writes after "two" and "five" thousand, million, billion...).
_SCALES: dict[str, set[int]] = {}
for _words, _exps in (
    ("thousand thousands mille mila ribu rb tausend duizend tys tysięcy тыс тыс.", (3,)),
    ("k", (3,)),
    ("million millions millió juta jt mio mio. millionen miljoen miljoenen millón millones "
     "milione milioni milhão milhões miljon miljoner milion milionów млн млн.", (6,)),
    ("m", (6,)),
    ("milliard milliards miliar milyar mrd mrd. milliarde milliarden miljard miljarden "
     "miliardo miliardi bn млрд млрд.", (9,)),
    ("billion billions bilion", (9, 12)),
    ("billón billones bilhão bilhões", (9, 12)),
    ("trillion trillions triliun trilyun billionen biljoen трлн трлн.", (12, 18)),
    # Indian numbering (num2words has no Hindi): lakh 10^5, crore 10^7.
    ("lakh lakhs लाख", (5,)), ("crore crores करोड़ करोड", (7,)),
    ("हज़ार हजार", (3,)), ("अरब", (9,)),
):
    for _w in _words.split():
        _SCALES.setdefault(_w, set()).update(_exps)


def _load_num2words():
    """num2words' function, or None: declared in pyproject; without it, fewer
    forms are known, and the run's warnings say so (mtaudit.resources)."""
    try:
        from num2words import num2words
    except ImportError:
        resources.missing("num2words", "num2words is not installed (pip install num2words): numbers "
                          "written in words are read in fewer forms (MT401)", _N2W_LANGS)
        return None
    resources.found("num2words")
    return num2words


# Languages whose number words num2words writes (CJK numerals are parsed above).
_N2W_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "id", "ru", "uk", "pl", "tr", "vi",
              "da", "sv", "no", "fi", "ro", "hu", "lt", "lv", "sl", "sk", "cs", "he", "ar")


# Scale words of one language ("mil" is a thousand in Spanish, a mile in Indonesian).
_LANG_SCALES: dict[str, dict[str, set[int]]] = {}


def _scales_from_num2words() -> None:
    n2w = _load_num2words()
    if n2w is None:
        return
    for lang in _N2W_LANGS:
        for exp in (3, 6, 9, 12):
            for k in (2, 5):
                try:
                    lead, phrase = n2w(k, lang=lang), n2w(k * 10 ** exp, lang=lang)
                except (NotImplementedError, OverflowError, KeyError, ValueError, IndexError,
                        TypeError):
                    continue
                lead, phrase = lead.casefold(), phrase.casefold()
                if phrase.startswith(lead + " "):
                    rest = phrase[len(lead) + 1:]
                    if rest and not any(ch.isdigit() for ch in rest):
                        _LANG_SCALES.setdefault(lang, {}).setdefault(rest, set()).add(exp)


_scales_from_num2words()


def _scale_pattern(words) -> "re.Pattern":
    # Longest phrase first ("mil millones" before "mil").
    return re.compile(
        r"[ \u00a0\u202f]?(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?![^\W\d_])", re.IGNORECASE)


_SCALE_RE = _scale_pattern(_SCALES)


@lru_cache(maxsize=None)
def _scales_of(lang: str) -> tuple[dict[str, set[int]], "re.Pattern"]:
    """The scale words read after a number in ``lang``: everyone's
    abbreviations and unambiguous words, and the language's own."""
    table = {w: set(e) for w, e in _SCALES.items()}
    for w, e in _LANG_SCALES.get(lang, {}).items():
        table.setdefault(w, set()).update(e)
    return table, _scale_pattern(table)

_PERCENT_WORDS = ("%", "‰", "persen", "percent", "per cent", "pour cent", "pourcent",
                  "por ciento", "por cento", "per cento", "prozent", "procent", "pct",
                  "процент", "процента", "процентов", "प्रतिशत")
_CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "rp": "IDR",
                    "rp.": "IDR", "rm": "MYR", "usd": "USD", "eur": "EUR", "idr": "IDR",
                    "₹": "INR", "₩": "KRW", "chf": "CHF", "s$": "SGD", "a$": "AUD"}
_CURRENCY_AFTER = {"€": "EUR", "$": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
                   "dollar": "USD", "dollars": "USD", "dolar": "USD", "dólares": "USD",
                   "dollari": "USD", "dólar": "USD", "rupiah": "IDR", "roupies": "IDR",
                   "usd": "USD", "idr": "IDR", "ringgit": "MYR", "yen": "JPY",
                   "livres": "GBP", "pounds": "GBP", "pound": "GBP", "francs": "CHF",
                   "chf": "CHF"}
#: Every way a percent word may open the text after a number (a quick
#: test before the word-by-word reading in find_numbers).
_PERCENT_STARTS = tuple(gap + w for w in _PERCENT_WORDS for gap in ("", " ", "\u00a0", "\u202f"))
#: Every symbol before a number with the gaps _currency accepts.
_CURRENCY_ENDS = tuple(sym + gap for sym in _CURRENCY_BEFORE for gap in ("", " ", "\u00a0"))
_TIME_ZONES = ("wib", "wita", "wit", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "jst",
               "bst", "et", "pt", "ct", "he", "hne")
_TIME_CUES = ("pukul", "jam", "pkl", "at", "à", "um", "a las", "alle", "às", "om", "в", "до", "с")
# Words written after the hour of a clock time: French "h", German "Uhr",
# Chinese 点/时, Japanese 時, Russian час(а/ов), Hindi बजे.
# Minutes follow the hour word in French and German ("17 h 30", "15 Uhr 30"),
# not in Russian or Hindi ("в 11 часов 20 минут"; "11 बजे 20 वर्षीय" is
# "at 11, the 20-year-old"). 時間/时间 after digits is a duration ("1時間",
# an hour), not a clock time; 半 is half past ("5時半").
_HOUR_WORD = re.compile(r"[ \u00a0\u202f]?(?:h|uhr|heures?|horas?)(?![^\W\d_])(?:[ \u00a0\u202f]?(\d{2})(?!\d))?"
                        r"|[ \u00a0\u202f]?(?:час(?:а|ов)?|बजे)(?![^\W\d_])"
                        r"|[ \u00a0]?(点|時|时)(?![間间])(?:[ \u00a0]?(\d{1,2})[ \u00a0]?分|(半))?", re.IGNORECASE)
# Afternoon and evening before a Chinese or Japanese hour: 下午5点 is 17 h.
_PM_BEFORE = ("下午", "午後", "晚上", "傍晚")
# Minutes and seconds (a match clock: 3分35秒 is "3:35").
_MIN_SEC = re.compile(r"[ \u00a0]?分[ \u00a0]?(\d{1,2})[ \u00a0]?秒")
_TZ_RE = re.compile(r"[ \u00a0]?(" + "|".join(_TIME_ZONES) + r")\b", re.IGNORECASE)
_AM_PM = re.compile(r"[ \u00a0\u202f]?([ap])\.?[ \u00a0\u202f]?m\b\.?", re.IGNORECASE)
# Ordinal suffixes: 1st 2nd 3rd 4th, 1er 1re 2e 2ème 2è 2nd(e), 1º 1ª 1°, 2.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|er|re|ère|e|ème|eme|è|nde?|º|ª|°|o|a)(?![^\W\d_])", re.IGNORECASE)
# Roman numerals of centuries, kings and events: "XIXe siècle", "Louis XIV".
# (The look-ahead first: the engine leaves most positions after one test.)
_ROMAN_RE = re.compile(r"(?=[IVXLCDM])(?<![\w])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
                       r"(er|re|e|ème|è|th|\.)?(?![\w])")
# Decades: "1980s", "1980's", "1930-an" (Indonesian), "1930er" (German), "1930-х" (Russian).
_DECADE_SUFFIX = re.compile(r"(?:'?s|-an|er|-х|-е)(?![^\W\d_])")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: Decimal | None        # preferred reading (None for a time)
    # Every reading, for matching: Decimal values, or ("time", hours, minutes) /
    # ("time12", hours % 12, minutes).
    keys: frozenset = field(default_factory=frozenset)
    kind: str = "number"         # number, percent, currency, time, ordinal, code
    unit: str | None = None      # currency code, "%" ...
    # A reading too uncertain to report (digits inside a word or name, a
    # CJK or Roman numeral that may be part of a word); it can still excuse
    # a number on the other side.
    weak: bool = False

    def matches(self, other: "NumberMention") -> bool:
        return bool(self.keys & other.keys)


def decimal_comma(lang: str | None) -> bool | None:
    """True when ``lang`` writes decimals with a comma, False with a point, None unknown."""
    if lang is None:
        return None
    return lang in DECIMAL_COMMA


# (The patterns read once per number are compiled here, not looked up in
# re's cache at each call.)
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f'’]")
_LETTERS_AFTER = re.compile(r"[a-zA-Z]{1,3}\b")
_NOUN_AFTER = re.compile(r"[ \u00a0\u202f]?([^\W\d_]+)")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
_CURRENCY_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?(?:de |d')?([^\W\d_]+|[€$£¥])")
_HYPHENS = re.compile(r"[-‐]")


def parse_number(raw: str, lang: str | None = None) -> tuple[Decimal | None, frozenset]:
    """(preferred value, all plausible values) of a digit string with separators."""
    s = _GROUP_SPACES.sub("", ascii_digits(raw))
    readings: list[Decimal] = []
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # Both: the last one is the decimal separator.
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        readings.append(_dec(s.replace(grp, "").replace(dec, ".")))
    elif dots + commas == 0:
        readings.append(_dec(s))
    else:
        sep = "." if dots else ","
        parts = s.split(sep)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        # Indian grouping: 12,34,567 (lakhs and crores in groups of two).
        indian = (len(parts) > 2 and len(parts[-1]) == 3 and 1 <= len(parts[0]) <= 2
                  and all(len(p) == 2 for p in parts[1:-1]))
        if len(parts) > 2:
            # "3.200.000": only thousands make sense (unless malformed).
            readings.append(_dec(s.replace(sep, "")) if grouped or indian else None)
        else:
            as_decimal = _dec(parts[0] + "." + parts[1])
            as_thousands = _dec(parts[0] + parts[1]) if grouped else None
            comma_lang = decimal_comma(lang)
            # The language's own convention first; the other reading is kept
            # when the digits allow it (copied conventions are common in MT).
            thousands_first = grouped and comma_lang is not None and (
                (sep == "." and comma_lang) or (sep == "," and not comma_lang))
            readings += [as_thousands, as_decimal] if thousands_first else [as_decimal, as_thousands]
    readings = [r for r in readings if r is not None]
    if not readings:
        return None, frozenset()
    return readings[0], frozenset(r.normalize() for r in readings)


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _glued_letter(c: str) -> bool:
    """A letter that makes digits part of a word ("F16", "COVID-19"), unlike
    CJK characters, which glue to every number ("越南25年来")."""
    return c.isalpha() and not _is_cjk(c)


def find_numbers(text: str, lang: str | None = None) -> list[NumberMention]:
    """Every number in ``text`` with its readings; digits inside URLs, e-mail
    addresses and words ("COVID-19", "F-16", "G20") come back as kind "code".

    Digits of any script are read (full-width, Devanagari...), and Chinese or
    Japanese numerals and Roman numerals come back as weak mentions.
    """
    s = ascii_digits(text)
    # (A URL or an e-mail address has "://", "www." or "@": most texts have
    # none, and the pattern is slow to try at every position.)
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(s)] \
        if "@" in s or "://" in s or "www." in s.lower() else []
    compounds = _compounds(text, s)
    taken = [(n.start, n.end) for n in compounds]
    out: list[NumberMention] = []
    for m in _NUM_RE.finditer(s):
        start, end = m.start(), m.end()
        raw = m.group()
        if ((urls and any(a <= start < b for a, b in urls))
                or (taken and any(a <= start < b for a, b in taken))
                or (out and start < out[-1].end)):
            continue   # inside a URL, a compound, or part of the previous mention ("12 h 30")
        before = s[start - 1] if start else ""
        if s[max(0, start - 4):start].upper() in ("GMT+", "GMT-", "UTC+", "UTC-"):
            out.append(_code(text, s, start, end, raw))   # a time-zone offset, not a quantity
            continue
        if before and (_glued_letter(before) or before in "_/" or (
                before == "-" and start >= 2 and _glued_letter(s[start - 2]) and not _is_id_ordinal(s, start))):
            out.append(_code(text, s, start, end, raw))
            continue
        if _is_id_ordinal(s, start):
            v = _dec(raw)
            if v is not None and raw.isdigit():
                out.append(NumberMention(start - 3, end, text[start - 3:end], v,
                                         frozenset({v.normalize()}), "ordinal"))
                continue
        after = s[end:end + 12]
        # Time: 12:30, 12.30 WIB, 12 h 30, 12h30, 12h, 3 p.m., 1200 GMT, 15時.
        t = _time(text, s, start, end, raw, lang)
        if t is not None:
            out.append(t)
            continue
        if ":" in raw:
            # Not a clock time ("38:17"): a score or a ratio, two numbers.
            a, b = raw.split(":")
            for x, xs in ((a, start), (b, start + len(a) + 1)):
                v = Decimal(int(x))
                out.append(NumberMention(xs, xs + len(x), text[xs:xs + len(x)], v, frozenset({v})))
            continue
        value, keys = parse_number(raw, lang)
        if value is None:
            continue
        kind, unit, e2 = "number", None, end
        dm = _DECADE_SUFFIX.match(after) if after[:1] == "-" else None
        if dm and len(raw) == 4 and raw.endswith("0"):
            e2 = end + dm.end()
            out.append(NumberMention(start, e2, text[start:e2], value,
                                     frozenset(keys | {Decimal(int(raw[2:]))}), "number"))
            continue
        # Digits glued to CJK multipliers: 3万, 1.5亿, 5千万.
        cm = _CJK_MULT_RE.match(s, end)
        if cm:
            mult = _cjk_multiplier(cm.group(1))
            total = value * mult
            e2 = cm.end()
            # "6億4900万": a smaller group follows a larger one.
            while (nx := _CJK_GROUP_RE.match(s, e2)) and _cjk_multiplier(nx.group(2)) < mult:
                mult = _cjk_multiplier(nx.group(2))
                total += Decimal(nx.group(1).replace(",", "")) * mult
                e2 = nx.end()
                if mult == 1:
                    break
            keys = keys | {total.normalize()}
        # Digits glued to letters after ("5km", "2nd", "1er", "3D", "24jährigen", "£11million").
        elif after[:1].isalpha() and not _is_cjk(after[0]):
            om = _ORDINAL_SUFFIX.match(after)
            scales, scale_re = _scales_of(lang or "")
            sm = scale_re.match(s, end)
            decade = _DECADE_SUFFIX.match(after) and len(raw) == 4 and raw.endswith("0")
            if om and raw.isdigit() and not decade and not s[end + om.end():end + om.end() + 1].isalpha():
                e2 = end + om.end()
                out.append(NumberMention(start, e2, text[start:e2], value, keys, "ordinal"))
                continue
            if sm and not sm.group(0)[0].isspace() and sm.group(1).lower() not in ("m", "k"):
                pass   # "11million": a scale word, read below
            elif decade:
                # A decade: "1980s" is also "the 80s", "les années 80".
                e2 = end + _DECADE_SUFFIX.match(after).end()
                out.append(NumberMention(start, e2, text[start:e2], value,
                                         frozenset(keys | {Decimal(int(raw[2:]))}), "number"))
                continue
            elif not _LETTERS_AFTER.match(after):
                out.append(_code(text, s, start, end, raw))
                continue
        # Scale word: "5 juta", "1,5 milliard", "$3bn", "5 mil millones", "2 lakh".
        scales, scale_re = _scales_of(lang or "")
        sm = scale_re.match(s, e2) if not cm else None
        if sm:
            word = sm.group(1).lower()
            if word not in ("m", "k", "bn") or sm.group(0) == sm.group(1):   # "5m" yes, "5 m" (metres) no
                for exp in scales.get(word, scales.get(word.casefold(), ())):
                    keys = keys | {(value * (Decimal(10) ** exp)).normalize()}
                e2 = sm.end()
        low = s[e2:e2 + 16].lower()
        for w in (_PERCENT_WORDS if low.startswith(_PERCENT_STARTS) else ()):
            for gap in ("", " ", "\u00a0", "\u202f"):
                if low.startswith(gap + w) and not low[len(gap + w):len(gap + w) + 1].isalpha():
                    kind, unit, e2 = "percent", "%", e2 + len(gap + w)
                    break
            if kind == "percent":
                break
        s2 = start
        col = _collective_after(s, e2, lang)
        if col is not None:
            # "2 décennies" is also the source's "20 ans".
            keys = keys | {(value * col).normalize()}
        if kind == "number":
            cur = _currency(s, start, e2)
            if cur is not None:
                kind, unit, s2, e2 = "currency", cur[0], cur[1], cur[2]
        out.append(NumberMention(s2, e2, text[s2:e2], value, frozenset(keys), kind, unit))
    out += compounds
    out += _cjk_numerals(text, s, out)
    out += _roman_numerals(text, out)
    out.sort(key=lambda n: n.start)
    return out


# Measures of two numbers read as one: feet and inches ("6-foot-6", "6 ft 6 in",
# "6 kaki 6 inci"), whose value in inches converts to "1,98 m"; Chinese
# decades of a century ("20 世纪 30 年代" = the 1930s).
_FEET_INCHES = re.compile(   # ("\d\d?" for "\d{1,2}": a first digit the engine skips to)
    r"(\d\d?)[ \u00a0-]?(?:foot|feet|ft\.?|kaki|фут\w*|फ़ुट|फुट|英尺|フィート|')[ \u00a0-]?(\d{1,2})"
    r"(?:[ \u00a0-]?(?:inch(?:es)?|in\.?|inci|дюйм\w*|इंच|英寸|インチ|\"|''))?(?![\w\d])", re.IGNORECASE)
_CENTURY_DECADE = re.compile(r"(\d{1,2})[ \u00a0]?世纪[ \u00a0]?(\d0)[ \u00a0]?年代")
# Metres and centimetres of one height ("1 м 82 см", "1 m 82 cm"): one
# measure in centimetres, not a 1 and an 82.
_METRES_CENTIMETRES = re.compile(
    r"(\d)[ \u00a0]?(?:m|м)[ \u00a0]?(\d{1,2})[ \u00a0]?(?:cm|см)(?![^\W\d_])")


def _compounds(text: str, s: str) -> list[NumberMention]:
    out = []
    for m in _FEET_INCHES.finditer(s):
        ft, inch = int(m.group(1)), int(m.group(2))
        if inch < 12:
            v = Decimal(ft * 12 + inch)
            out.append(NumberMention(m.start(), m.end(), text[m.start():m.end()], v,
                                     frozenset({v}), "number", unit="inch"))
    for m in _METRES_CENTIMETRES.finditer(s):
        metres, cm = int(m.group(1)), int(m.group(2))
        v = Decimal(metres * 100 + cm)
        out.append(NumberMention(m.start(), m.end(), text[m.start():m.end()], v,
                                 frozenset({v, v / 100}), "number", unit="cm"))
    for m in (_CENTURY_DECADE.finditer(s) if "世纪" in s else ()):
        c, d = int(m.group(1)), int(m.group(2))
        v = Decimal((c - 1) * 100 + d)
        out.append(NumberMention(m.start(), m.end(), text[m.start():m.end()], v,
                                 frozenset({v, Decimal(d)}), "number"))
    return sorted(out, key=lambda n: n.start)


# Nouns that hold a number: "a century" is "100 years", "two decades" "20
# years", "half an inch" "0.5 inch" and "50 %", "the quarter-hour" "15 minutes". No package lists them; these
# are the words of the languages whose number words num2words gives.
_QUANTITY_NOUNS: dict[str, dict[str, tuple[Decimal, ...]]] = {}
for _lang, _spec in {
    "en": "decade decades:10 century centuries:100 dozen dozens:12 half:0.5,50 quarter:0.25,25 "
          "third:0.333,33 two-thirds:0.667,67 quarter-hour quarter-hours:15 half-hour half-hours:30",
    "fr": "décennie décennies:10 siècle siècles:100 douzaine douzaines:12 moitié demi demie:0.5,50 "
          "quart:0.25,25 tiers:0.333,33",
    "es": "década décadas decenio decenios:10 siglo siglos:100 docena docenas:12 mitad medio media:0.5,50 "
          "cuarto:0.25,25 tercio:0.333,33",
    "pt": "década décadas:10 século séculos:100 dúzia dúzias:12 metade meio meia:0.5,50",
    "it": "decennio decenni:10 secolo secoli:100 dozzina dozzine:12 metà mezzo mezza:0.5,50",
    "de": "jahrzehnt jahrzehnte jahrzehnten:10 jahrhundert jahrhunderte jahrhunderten:100 "
          "dutzend:12 hälfte halb halbe halben:0.5,50 viertel:0.25,25 drittel:0.333,33 "
          "viertelstunde viertelstunden:15 halbstündig halbstündige:30",
    "id": "dekade dasawarsa:10 abad:100 lusin:12 setengah separuh:0.5,50 seperempat:0.25,25 "
          "sepertiga:0.333,33",
    "ru": "десятилетие десятилетия десятилетий:10 век века веков столетие столетия:100 "
          "дюжина дюжины:12 половина половины полтора:0.5,50",
    "zh": "世纪:100 一半:0.5,50",
    "ja": "世紀:100",
}.items():
    table = {}
    for _part in re.findall(r"([^\s:]+(?: [^\s:]+)*):([\d.,]+)", _spec):
        words, vals = _part
        for w in words.split():
            table[w] = tuple(Decimal(v) for v in vals.split(","))
    _QUANTITY_NOUNS[_lang] = table


def _collective_after(s: str, pos: int, lang: str | None) -> Decimal | None:
    """The multiplier of a collective noun right after a number ("2 décennies": 10)."""
    table = _QUANTITY_NOUNS.get(lang or "")
    if not table:
        return None
    m = _NOUN_AFTER.match(s[pos:pos + 20])
    if not m:
        return None
    vals = table.get(m.group(1).lower())
    return vals[0] if vals and vals[0] >= 10 else None


def find_quantity_nouns(text: str, lang: str | None) -> list[tuple[int, int, frozenset]]:
    """(start, end, values) of nouns that hold a number ("siècle" 100, "half" 0.5 or 50 %)."""
    table = _QUANTITY_NOUNS.get(lang or "")
    if not table:
        return []
    out = []
    if lang in ("zh", "ja"):
        for w, vals in table.items():
            for m in re.finditer(re.escape(w), text):
                out.append((m.start(), m.end(), frozenset(vals)))
        return out
    low = text.lower()
    if not any(w in low for w in table):
        return out   # (no noun of the table anywhere: no token need be read)
    for m in _WORD_TOKEN_HYPHEN.finditer(text):
        vals = table.get(m.group().lower())
        if vals:
            out.append((m.start(), m.end(), frozenset(vals)))
    return out


def _cjk_numerals(text: str, s: str, found: list[NumberMention]) -> list[NumberMention]:
    """Chinese/Japanese numerals, weak: 一 is also part of many words (一起, 统一)."""
    taken = [(n.start, n.end) for n in found]
    out = []
    for m in _CJK_NUM_RE.finditer(s):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        v = cjk_value(m.group())
        if v is None:
            continue
        out.append(NumberMention(m.start(), m.end(), text[m.start():m.end()], Decimal(v),
                                 frozenset({Decimal(v)}), "number", weak=True))
    return out


def _roman_numerals(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Roman numerals ("XIXe siècle", "Louis XIV"): weak, as "MI" or "CD" are also words."""
    out = []
    for m in _ROMAN_RE.finditer(text):
        num = m.group(1)
        if not num or (len(num) < 2 and (not m.group(2) or num not in "IVX")):
            continue    # a lone "I" is a pronoun, "Le", "De", "Ce" are words
        v = 0
        for i, c in enumerate(num):
            x = _ROMAN[c]
            v += -x if i + 1 < len(num) and _ROMAN[num[i + 1]] > x else x
        out.append(NumberMention(m.start(), m.end(), m.group(), Decimal(v),
                                 frozenset({Decimal(v)}), "ordinal", weak=True))
    return out


def _is_id_ordinal(text: str, start: int) -> bool:
    """Indonesian/Malay ordinals: "ke-2"."""
    return start >= 3 and text[start - 3:start].lower() == "ke-" and (
        start == 3 or not text[start - 4].isalpha())


def _code(text: str, s: str, start: int, end: int, raw: str = "") -> NumberMention:
    # Extend to the whole alphanumeric token; compare case- and hyphen-blind.
    # The digits' value is kept as a weak reading: "Formel-1-Boss" is the
    # source's "Formula 1 boss", "24jährigen" its "24-year-old".
    # CJK characters glue to every number: they end the token ("3イニング").
    word = lambda c: c.isalnum() and not _is_cjk(c)   # noqa: E731
    a, e = start, end
    while a > 0 and (word(s[a - 1]) or (s[a - 1] == "-" and a > 1 and word(s[a - 2]))):
        a -= 1
    while e < len(s) and (word(s[e]) or (s[e] == "-" and e + 1 < len(s) and word(s[e + 1]))):
        e += 1
    tok = s[a:e]
    keys = {("code", _HYPHENS.sub("", tok).casefold())}
    value, readings = parse_number(raw, None) if raw else (None, frozenset())
    keys |= readings
    if raw.isdigit() and len(raw) == 2:
        # A season or model year: "SS19", "PE19" are the source's "2019".
        keys |= {Decimal(1900 + int(raw)), Decimal(2000 + int(raw))}
    return NumberMention(a, e, text[a:e], None, frozenset(keys), "code", weak=True)


def _time_keys(h: int, mi: int) -> frozenset:
    # The 24-hour reading and the 12-hour one: "5.30" in an English text is
    # "17 h 30" in French.
    return frozenset({("time", h, mi), ("time12", h % 12, mi)})


def _time(text, s, start, end, raw, lang) -> NumberMention | None:
    m = _CLOCK.fullmatch(raw)
    after = s[end:end + 8]
    ap = _AM_PM.match(s, end)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if h > 24 or mi > 59:
            return None
        tz = _TZ_RE.match(after)
        cue = s[max(0, start - 8):start].lower().rstrip()
        colon = ":" in raw
        if colon or tz or ap or cue.endswith(_TIME_CUES):
            if ap:
                h = h % 12 + (12 if ap.group(1).lower() == "p" else 0)
            e2 = ap.end() if ap else end + (tz.end() if tz else 0)
            keys = set(_time_keys(h, mi))
            if not colon:   # "12.30" could still be a decimal
                v = _dec(raw.replace(",", "."))
                keys.add(v.normalize())
            return NumberMention(start, e2, text[start:e2], None, frozenset(keys), "time")
        return None
    if not raw.isdigit():
        return None
    if ap and int(raw) <= 12:        # "3 p.m.", "2pm"
        h = int(raw) % 12 + (12 if ap.group(1).lower() == "p" else 0)
        return NumberMention(start, ap.end(), text[start:ap.end()], None,
                             _time_keys(h, 0) | {Decimal(int(raw))}, "time")
    if len(raw) == 4 and int(raw[:2]) <= 24 and int(raw[2:]) <= 59:   # "1200 GMT"
        tz = _TZ_RE.match(after)
        if tz and tz.group(1).lower() in ("gmt", "utc", "wib", "jst", "cet", "bst", "edt", "est"):
            h, mi = int(raw[:2]), int(raw[2:])
            return NumberMention(start, end + tz.end(), text[start:end + tz.end()], None,
                                 _time_keys(h, mi) | {Decimal(int(raw))}, "time")
    hm = _HOUR_WORD.match(s, end)
    if hm and int(raw) <= 24:
        mins = hm.group(1) or hm.group(3) or ("30" if hm.group(4) else None)
        mi = int(mins) if mins else 0
        if mi <= 59:
            h = int(raw)
            keys = _time_keys(h, mi)
            if hm.group(2) and h < 12 and s[max(0, start - 3):start].rstrip().endswith(_PM_BEFORE):
                keys = keys | _time_keys(h + 12, mi)
            if mi == 0:
                # "11 h 00" and "11 h" are the source's "at 11".
                keys = keys | {Decimal(h)}
            return NumberMention(start, hm.end(), text[start:hm.end()], None, keys, "time")
    ms = _MIN_SEC.match(s, end)
    # Past 24 minutes, "27:37" is no clock time but two numbers (a match
    # clock, a score): so is "27分37秒".
    if ms and int(ms.group(1)) <= 59 and int(raw) <= 24:
        return NumberMention(start, ms.end(), text[start:ms.end()], None,
                             _time_keys(int(raw), int(ms.group(1))), "time")
    return None


def _currency(text, start, end):
    pre = text[max(0, start - 5):start]
    # (One endswith over every symbol and gap first: most numbers have none.)
    for sym, code in (_CURRENCY_BEFORE.items() if pre.lower().endswith(_CURRENCY_ENDS) else ()):
        for gap in ("", " ", "\u00a0"):
            tok = sym + gap
            if pre.lower().endswith(tok) and (len(pre) == len(tok) or not pre[-len(tok) - 1].isalpha()
                                              or not sym[0].isalpha()):
                if sym[0].isalpha() and len(pre) > len(tok) and pre[-len(tok) - 1].isalpha():
                    continue
                return code, start - len(tok), end
    post = _CURRENCY_WORD_AFTER.match(text[end:end + 16])
    if post and post.group(1).lower() in _CURRENCY_AFTER:
        return _CURRENCY_AFTER[post.group(1).lower()], start, end + post.end()
    return None


# Small numbers in words, to excuse "2" against "deux". Ordinary words only;
# several are also articles ("un", "ein", "satu"), so they are never flagged.
NUMBER_WORDS: dict[str, dict[str, int]] = {}
for _lang, _spec in {
    "fr": "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan sepuluh sebelas",
    "es": "cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn",
    "it": "zero uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici",
    "pt": "zero um uma dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis",
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien",
}.items():
    values: dict[str, int] = {}
    n = 0
    for _w in _spec.split():
        if _w in ("une", "una", "uma") or (_lang == "es" and _w == "una"):
            values[_w] = 1
            continue
        values[_w] = n
        n += 1
    NUMBER_WORDS[_lang] = values
NUMBER_WORDS["fr"].update({"vingt": 20, "trente": 30, "cent": 100, "mille": 1000, "deuxième": 2, "premier": 1, "première": 1})
NUMBER_WORDS["en"].update({"twenty": 20, "thirty": 30, "hundred": 100, "thousand": 1000, "first": 1, "second": 2, "third": 3, "dozen": 12})
NUMBER_WORDS["id"].update({"dua belas": 12, "seratus": 100, "seribu": 1000, "pertama": 1, "kedua": 2, "ketiga": 3})
NUMBER_WORDS["ms"].update({"dua belas": 12, "seratus": 100, "seribu": 1000, "pertama": 1, "kedua": 2})
NUMBER_WORDS["es"].update({"veinte": 20, "cien": 100, "mil": 1000, "primero": 1, "segundo": 2})
NUMBER_WORDS["de"].update({"ein": 1, "eine": 1, "einen": 1, "einem": 1, "zwanzig": 20, "hundert": 100, "tausend": 1000, "ersten": 1, "zweiten": 2})
NUMBER_WORDS["it"].update({"venti": 20, "cento": 100, "mille": 1000, "primo": 1, "secondo": 2})
NUMBER_WORDS["pt"].update({"duas": 2, "vinte": 20, "cem": 100, "mil": 1000, "primeiro": 1, "segundo": 2})
NUMBER_WORDS["nl"].update({"één": 1, "twintig": 20, "honderd": 100, "duizend": 1000, "eerste": 1, "tweede": 2})


def _phrase_stem(words) -> tuple[str, ...]:
    """A phrase of number words with the last letter of each long word left
    off: the gender of ordinals ("trigésima sexta", "trigésimo sexto")."""
    return tuple(w[:-1] if len(w) >= 5 else w for w in words)


@lru_cache(maxsize=None)
def _phrase_stems(lang: str) -> dict[tuple[str, ...], int]:
    table = _word_table(lang)[0]
    return {_phrase_stem(w.split()): v for w, v in table.items() if " " in w}


@lru_cache(maxsize=None)
def _word_table(lang: str) -> tuple[dict[str, int], dict[str, int], frozenset]:
    """Number words of ``lang``: the hand table above, and num2words' cardinals
    (0-100, hundreds to 1000) and ordinals (1-100); and their stems: words of
    five letters or more also match with an ending of up to four letters
    ("quarantaine", "пятью")."""
    table: dict[str, int] = dict(NUMBER_WORDS.get(lang, {}))
    n2w = _load_num2words() if lang in _N2W_LANGS else None
    if n2w is not None:
        values = list(range(0, 101)) + list(range(200, 1001, 100))
        for v in values:
            for to in ("cardinal", "ordinal"):
                if to == "ordinal" and not 1 <= v <= 100:
                    continue
                try:
                    w = n2w(v, lang=lang, to=to).lower()   # as the text is lowered
                except (NotImplementedError, OverflowError, KeyError, ValueError, IndexError,
                        TypeError, AttributeError):
                    continue
                if w and not any(ch.isdigit() for ch in w):
                    table.setdefault(re.sub(r"[\s\u00a0-]+", " ", w), v)
    if analyser(lang) is not None:
        # Number words are looked up by their dictionary forms (see
        # _numeral_lemma): the table's phrases too («одна тысяча» -> «один
        # тысяча»), and a scale noun alone is one of it («тысяча»: 1000, as
        # "thousand" is).
        lemmas: dict[str, int] = {}
        for w, v in table.items():
            lemmas.setdefault(" ".join(_numeral_lemma(x, lang) for x in w.split()), v)
        for w, exps in _LANG_SCALES.get(lang, {}).items():
            lemmas.setdefault(_scale_lemma(w, lang), 10 ** min(exps))
        table = {**lemmas, **table}
    stems = {w[:-1]: v for w, v in table.items() if len(w) >= 5 and " " not in w}
    # First words of phrases, also without their last letter (see _phrase_stem).
    firsts = frozenset(f for w in table if " " in w
                       for f in (w.split()[0], _phrase_stem(w.split()[:1])[0]))
    return table, stems, firsts


@lru_cache(maxsize=50_000)
def _numeral_lemma(word: str, lang: str) -> str:
    """The dictionary form of a declined number word («сорока восьми» ->
    «сорок восемь», «двадцать первом» -> «двадцать первый», «тысячи» ->
    «тысяча»), by the analyser's likeliest reading; any other word as it is
    («сорока», "magpie", is a numeral first). num2words writes only the
    nominative, and Russian numbers are mostly in other cases."""
    morph = analyser(lang)
    if morph is None:
        return word
    p = morph.parse(word)[0]
    if p.tag.POS == "NUMR" or (p.tag.POS == "ADJF" and "Anum" in p.tag.grammemes) \
            or (p.tag.POS == "NOUN" and p.normal_form in _scale_lemmas(lang)):
        return p.normal_form.replace("ё", "е")
    return word


def _scale_lemma(word: str, lang: str) -> str:
    return analyser(lang).parse(word)[0].normal_form


@lru_cache(maxsize=None)
def _scale_lemmas(lang: str) -> frozenset[str]:
    """Dictionary forms of the scale words num2words writes («тысяч» ->
    «тысяча», «миллионов» -> «миллион»)."""
    return frozenset(_scale_lemma(w, lang) for w in _LANG_SCALES.get(lang, ()))


#: Shortest second part of a compound adjective with a number («двух|метровый»).
_COMPOUND_REST = 4
_COMPOUND_REST_POS = frozenset({"ADJF", "ADJS", "NOUN"})


@lru_cache(maxsize=50_000)
def compound_number(word: str, lang: str) -> tuple[int, int, str] | None:
    """(value, length of the number part, the rest) of a word made of a
    number in the genitive and a word («двухметровый»: 2, 4, «метровый»;
    «пятилетний», «трёхэтажного», «сорокалетняя»), or None. Russian and
    Ukrainian write such compounds where English writes "6-foot-6",
    "five-year-old" or "three-storey": the number sits inside the word.
    Read by the analyser: the first part is a numeral in the genitive (the
    form compounds take), the rest a known adjective or noun of four letters
    or more (so «семинар» is no 7 + «нар»)."""
    morph = analyser(lang)
    if morph is None:
        return None
    table = _word_table(lang)[0]
    w = word.lower()
    for cut in range(3, len(w) - _COMPOUND_REST + 1):
        head, rest = w[:cut], w[cut:]
        p = morph.parse(head)[0]
        if p.tag.POS != "NUMR" or p.tag.case != "gent":
            continue
        value = table.get(p.normal_form.replace("ё", "е"))
        if value is None or not morph.word_is_known(rest):
            continue
        if morph.parse(rest)[0].tag.POS in _COMPOUND_REST_POS:
            return value, cut, rest
    return None


_CYRILLIC_WORD = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ'’ʼ]{7,}")


def find_compound_numbers(text: str, lang: str | None) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, the word after the number) of the numbers inside
    compound words of ``text`` («двухметровый» 2, «метровый»), for the
    languages whose analyser reads them (Russian, Ukrainian)."""
    if lang not in ("ru", "uk") or analyser(lang) is None:
        return []
    out = []
    for m in _CYRILLIC_WORD.finditer(text):
        hit = compound_number(m.group(), lang)
        if hit is not None:
            value, _, rest = hit
            out.append((m.start(), m.end(), Decimal(value), rest))
    return out


_WORD_TOKEN = re.compile(r"[^\W\d_]+")
# Ukrainian and Belarusian write an apostrophe inside words («п'ятдесят»,
# fifty): part of the word there, where in French it ends one ("l'un").
_WORD_TOKEN_APOSTROPHE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_APOSTROPHE_IN_WORDS = frozenset({"uk", "be"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_WORD_TOKEN_HYPHEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_JOINER = re.compile(r"[\s\u00a0-]+")


def _starts_number_word(w: str, table, stems, firsts) -> bool:
    """``w`` (lowered) may start a number written in words: the first word
    of a phrase of the table (or it without its last letter), or a number
    word alone, or the stem of one with an ending of two to four letters."""
    if w in firsts or (len(w) >= 5 and w[:-1] in firsts) or w in table:
        return True
    return any(len(w) - k >= 4 and w[:-k] in stems for k in range(2, 5))


_MEMO_WORDS = 200_000
_MATCH_TEXT = re.Match.group     # (mapped over matches in C)


@lru_cache(maxsize=None)
def _number_word_memo(lang: str) -> tuple[set[str], set[str]]:
    """(words already judged, those that may start a number word) for
    ``lang``: every word of a text is asked, the same words over and over."""
    return set(), set()


def _number_word_starts(words: list[str], lang: str, table, stems, firsts) -> set[str]:
    """The words of ``words`` that may start a number written in words."""
    seen, starting = _number_word_memo(lang)
    distinct = set(words)
    new = distinct - seen
    if new:
        if len(seen) > _MEMO_WORDS:      # bounded: a long run meets ever more words
            seen.clear()
            starting.clear()
            new = distinct
        starting.update(w for w in new if _starts_number_word(w, table, stems, firsts))
        seen |= new
    return distinct & starting


def find_number_words(text: str, lang: str | None) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of numbers written as words in ``lang`` (phrases of
    up to four words: "vingt et un", "lima puluh", "dua belas")."""
    table, stems, firsts = _word_table(lang or "")
    if not table:
        return []
    low = text.lower()
    token = _WORD_TOKEN_APOSTROPHE if lang in _APOSTROPHE_IN_WORDS else _WORD_TOKEN
    if len(low) != len(text):       # a rare letter whose lower case is longer (İ)
        toks = list(token.finditer(text))
        words = [m.group().casefold() for m in toks]
    else:
        toks = list(token.finditer(low))
        words = list(map(_MATCH_TEXT, toks))
    if lang in _APOSTROPHE_IN_WORDS:
        words = [w.translate(_APOSTROPHES) for w in words]   # num2words writes "'"
    if analyser(lang) is not None:
        words = [_numeral_lemma(w, lang) for w in words]
    # Only the words that may start a number are read one by one (their
    # places found in C); the others can start no phrase and are no number.
    starting = _number_word_starts(words, lang or "", table, stems, firsts)
    if not starting:
        return []
    at_start = list(compress(count(), map(starting.__contains__, words)))
    out = []
    i = 0
    n_toks = len(toks)
    for c in at_start:
        if c < i:
            continue   # inside the previous number
        i = c
        hit = None
        first = words[i]
        for n in ((4, 3, 2) if first in firsts or (first[:-1] if len(first) >= 5 else first) in firsts
                  else ()):
            if i + n <= n_toks:
                # words joined by spaces or hyphens only
                if all(_JOINER.fullmatch(text, toks[i + k].end(), toks[i + k + 1].start())
                       for k in range(n - 1)):
                    seg = words[i:i + n]
                    phrase = " ".join(seg)
                    v = table.get(phrase)
                    if v is None:
                        v = _phrase_stems(lang or "").get(_phrase_stem(seg))
                    if v is not None:
                        hit = (toks[i].start(), toks[i + n - 1].end(), v, n)
                        break
        if hit is None:
            w = first
            v = table.get(w)
            if v is None and len(w) >= 4:
                for k in range(2, 5):   # "sebelah" is not "sebelas"
                    if len(w) - k >= 4 and w[:-k] in stems:
                        v = stems[w[:-k]]
                        break
            if v is not None:
                hit = (toks[i].start(), toks[i].end(), v, 1)
        if hit is None:
            i += 1
            continue
        value, end = Decimal(hit[2]), hit[1]
        # "six million", "tiga juta": a scale word after the number word.
        scales, scale_re = _scales_of(lang or "")
        sm = scale_re.match(low if len(low) == len(text) else text, end)
        if sm and sm.group(0)[:1].isspace() and sm.group(1).lower() not in ("m", "k", "bn"):
            exps = scales.get(sm.group(1).lower())
            if exps:
                value, end = value * Decimal(10) ** min(exps), sm.end()
        col = _collective_after(low if len(low) == len(text) else text, end, lang)
        if col is not None:
            value = value * col      # "two decades" is the source's "20 years"
        out.append((hit[0], end, value))
        i += hit[3]
        while i < n_toks and toks[i].start() < end:
            i += 1
    return out
