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
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

# Languages that write decimals with a comma (and group thousands with dots or
# spaces). Others (en, zh, ja, ko, he, th, ms...) use a decimal point.
DECIMAL_COMMA = frozenset(
    "fr de id es it pt nl da sv nb nn no fi ru uk pl cs sk sl hr sr bs bg ro hu tr el et lv lt "
    "ca gl eu vi az kk uz be mk sq is af".split()
)

# A run of digits with separators. Space-like separators (space, no-break
# space, narrow no-break space) and apostrophes only group thousands, so they
# must be followed by exactly three digits.
_NUM_RE = re.compile(
    r"\d{1,2}:\d{2}(?!\d)|\d+(?:(?:[.,]\d+)|(?:[ \u00a0\u202f'’]\d{3}(?!\d)))*"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)

# Scale words after a number: "5 juta" = "5 millions" = 5 000 000. Long and
# short scales differ (French "billion" = 10^12, English billion = 10^9); both
# readings are kept where a word is ambiguous across languages.
_SCALES: dict[str, tuple[int, ...]] = {}
for _words, _exps in (
    ("thousand thousands mille mila ribu rb tausend duizend mil tys tysięcy", (3,)),
    ("k", (3,)),
    ("million millions millió juta jt mio mio. millionen miljoen miljoenen millón millones "
     "milione milioni milhão milhões miljon miljoner milion milionów", (6,)),
    ("m", (6,)),
    ("milliard milliards miliar milyar mrd mrd. milliarde milliarden miljard miljarden "
     "miliardo miliardi bn", (9,)),
    ("billion billions bilion", (9, 12)),
    ("billón billones bilhão bilhões", (9, 12)),
    ("trillion trillions triliun trilyun billionen biljoen", (12, 18)),
):
    for _w in _words.split():
        _SCALES[_w] = _exps

_PERCENT_WORDS = ("%", "％", "‰", "persen", "percent", "per cent", "pour cent", "pourcent",
                  "por ciento", "por cento", "per cento", "prozent", "procent", "pct")
_CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "rp": "IDR",
                    "rp.": "IDR", "rm": "MYR", "usd": "USD", "eur": "EUR", "idr": "IDR",
                    "₹": "INR", "₩": "KRW", "chf": "CHF", "s$": "SGD", "a$": "AUD"}
_CURRENCY_AFTER = {"€": "EUR", "$": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
                   "dollar": "USD", "dollars": "USD", "dolar": "USD", "dólares": "USD",
                   "dollari": "USD", "dólar": "USD", "rupiah": "IDR", "roupies": "IDR",
                   "usd": "USD", "idr": "IDR", "ringgit": "MYR", "yen": "JPY",
                   "livres": "GBP", "pounds": "GBP", "pound": "GBP", "francs": "CHF",
                   "chf": "CHF"}
_TIME_ZONES = ("wib", "wita", "wit", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "jst")
_TIME_CUES = ("pukul", "jam", "pkl", "at", "à", "um", "a las", "alle", "às", "om")
# Ordinal suffixes: 1st 2nd 3rd 4th, 1er 1re 2e 2ème 2nd(e), 1º 1ª 1°, 2.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|er|re|ère|e|ème|eme|nde?|º|ª|°|o|a)(?![^\W\d_])", re.IGNORECASE)

Key = object   # a Decimal value, or ("time", hours, minutes)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: Decimal | None        # preferred reading (None for a time)
    keys: frozenset = field(default_factory=frozenset)   # every reading, for matching
    kind: str = "number"         # number, percent, currency, time, ordinal, code
    unit: str | None = None      # currency code, "%" ...

    def matches(self, other: "NumberMention") -> bool:
        return bool(self.keys & other.keys)


def decimal_comma(lang: str | None) -> bool | None:
    """True when ``lang`` writes decimals with a comma, False with a point, None unknown."""
    if lang is None:
        return None
    return lang in DECIMAL_COMMA


def parse_number(raw: str, lang: str | None = None) -> tuple[Decimal | None, frozenset]:
    """(preferred value, all plausible values) of a digit string with separators."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", raw)
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
        if len(parts) > 2:
            # "3.200.000": only thousands make sense (unless malformed).
            readings.append(_dec(s.replace(sep, "")) if grouped else None)
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


def find_numbers(text: str, lang: str | None = None) -> list[NumberMention]:
    """Every number in ``text`` with its readings; digits inside URLs, e-mail
    addresses and words ("COVID-19", "F-16", "G20") come back as kind "code"."""
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    out: list[NumberMention] = []
    for m in _NUM_RE.finditer(text):
        start, end = m.start(), m.end()
        raw = m.group()
        if any(s <= start < e for s, e in urls) or (out and start < out[-1].end):
            continue   # inside a URL, or already part of the previous mention ("12 h 30")
        before = text[start - 1] if start else ""
        if before and (before.isalpha() or before in "_/" or (
                before == "-" and start >= 2 and text[start - 2].isalpha() and not _is_id_ordinal(text, start))):
            out.append(_code(text, start, end))
            continue
        if _is_id_ordinal(text, start):
            v = _dec(raw)
            if v is not None and raw.isdigit():
                out.append(NumberMention(start - 3, end, text[start - 3:end], v,
                                         frozenset({v.normalize()}), "ordinal"))
                continue
        after = text[end:end + 12]
        # Time: 12:30, 12.30 WIB, 12 h 30, 12h30, 12h.
        t = _time(text, start, end, raw, lang)
        if t is not None:
            out.append(t)
            continue
        value, keys = parse_number(raw, lang)
        if value is None:
            continue
        # Digits glued to letters after ("5km", "2nd", "1er", "3D").
        if after[:1].isalpha():
            om = _ORDINAL_SUFFIX.match(after)
            if om and raw.isdigit() and not text[end + om.end():end + om.end() + 1].isalpha():
                e2 = end + om.end()
                out.append(NumberMention(start, e2, text[start:e2], value, keys, "ordinal"))
                continue
            if not re.match(r"[a-zA-Z]{1,3}\b", after):
                out.append(_code(text, start, end))
                continue
        kind, unit, e2 = "number", None, end
        # Scale word: "5 juta", "1,5 milliard", "$3bn".
        sm = re.match(r"[ \u00a0\u202f]?([^\W\d_]+\.?)", text[e2:e2 + 16])
        word = sm.group(1).lower() if sm else ""
        if word not in _SCALES and word.endswith("."):
            word = word[:-1]    # "1,5 miliar." ends the sentence
            sm = re.match(r"[ \u00a0\u202f]?([^\W\d_]+)", text[e2:e2 + 16])
        if sm and word in _SCALES:
            if word not in ("m", "k", "bn") or sm.group(0) == sm.group(1):   # "5m" yes, "5 m" (metres) no
                for exp in _SCALES[word]:
                    keys = keys | {(value * (Decimal(10) ** exp)).normalize()}
                e2 = e2 + sm.end()
        low = text[e2:e2 + 16].lower()
        for w in _PERCENT_WORDS:
            for gap in ("", " ", "\u00a0", "\u202f"):
                if low.startswith(gap + w) and not low[len(gap + w):len(gap + w) + 1].isalpha():
                    kind, unit, e2 = "percent", "%", e2 + len(gap + w)
                    break
            if kind == "percent":
                break
        s2 = start
        if kind == "number":
            cur = _currency(text, start, e2)
            if cur is not None:
                kind, unit, s2, e2 = "currency", cur[0], cur[1], cur[2]
        out.append(NumberMention(s2, e2, text[s2:e2], value, frozenset(keys), kind, unit))
    return out


def _is_id_ordinal(text: str, start: int) -> bool:
    """Indonesian/Malay ordinals: "ke-2"."""
    return start >= 3 and text[start - 3:start].lower() == "ke-" and (
        start == 3 or not text[start - 4].isalpha())


def _code(text: str, start: int, end: int) -> NumberMention:
    # Extend to the whole alphanumeric token; compare case- and hyphen-blind.
    s, e = start, end
    while s > 0 and (text[s - 1].isalnum() or (text[s - 1] == "-" and s > 1 and text[s - 2].isalnum())):
        s -= 1
    while e < len(text) and (text[e].isalnum() or (text[e] == "-" and e + 1 < len(text) and text[e + 1].isalnum())):
        e += 1
    tok = text[s:e]
    key = ("code", re.sub(r"[-‐]", "", tok).casefold())
    return NumberMention(s, e, tok, None, frozenset({key}), "code")


def _time(text, start, end, raw, lang) -> NumberMention | None:
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})", raw)
    after = text[end:end + 8]
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if h > 24 or mi > 59:
            return None
        tz = re.match(r"[ \u00a0]?(" + "|".join(_TIME_ZONES) + r")\b", after, re.IGNORECASE)
        cue = text[max(0, start - 8):start].lower().rstrip()
        colon = ":" in raw
        if colon or tz or cue.endswith(_TIME_CUES):
            e2 = end + (tz.end() if tz else 0)
            keys = {("time", h, mi)}
            if not colon:   # "12.30" could still be a decimal
                v = _dec(raw.replace(",", "."))
                keys.add(v.normalize())
            return NumberMention(start, e2, text[start:e2], None, frozenset(keys), "time")
        return None
    hm = re.match(r"[ \u00a0]?h[ \u00a0]?(\d{2})?(?![^\W\d_])", after)
    if raw.isdigit() and hm and int(raw) <= 24:
        mi = int(hm.group(1)) if hm.group(1) else 0
        if mi <= 59:
            e2 = end + hm.end()
            return NumberMention(start, e2, text[start:e2], None,
                                 frozenset({("time", int(raw), mi)}), "time")
    return None


def _currency(text, start, end):
    pre = text[max(0, start - 5):start]
    for sym, code in _CURRENCY_BEFORE.items():
        for gap in ("", " ", "\u00a0"):
            tok = sym + gap
            if pre.lower().endswith(tok) and (len(pre) == len(tok) or not pre[-len(tok) - 1].isalpha()
                                              or not sym[0].isalpha()):
                if sym[0].isalpha() and len(pre) > len(tok) and pre[-len(tok) - 1].isalpha():
                    continue
                return code, start - len(tok), end
    post = re.match(r"[ \u00a0\u202f]?(?:de |d')?([^\W\d_]+|[€$£¥])", text[end:end + 16])
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


def find_number_words(text: str, lang: str | None) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of small numbers written as words in ``lang``."""
    table = NUMBER_WORDS.get(lang or "")
    if not table:
        return []
    out = []
    for m in re.finditer(r"[^\W\d_]+(?: belas)?", text):
        w = m.group().lower()
        if w in table:
            out.append((m.start(), m.end(), Decimal(table[w])))
        elif " " in w and w.split()[0] in table:
            out.append((m.start(), m.start() + len(w.split()[0]), Decimal(table[w.split()[0]])))
    return out
