"""MT401: numbers of the source missing, changed or added in the translation.

Numbers are compared within aligned paragraphs (see
``_bilingual.paragraph_units``), as multisets of normalised values
(``mtaudit.numbers``): "3 p.m." is "15 h", "1980s" is "années 80", "XIXe"
is "19th", "3万" is 30 000, "२५" is 25. Severity follows the evidence:

- a source number and a different target number left over in the same
  confidently aligned unit: a changed number, major;
- a pair whose ratio is a common unit conversion (miles/km, pounds/kg,
  °F/°C...): an info note, not an error;
- a source number with no counterpart: minor (translators do reword "a
  century" for "100 years"); a number in a translation whose source has
  none: minor; one added beside other numbers: info (translators add
  conversions and explanations); integers up to ten alone: info;
- anything on a uncertain alignment: info.

Numbers inside dates are MT402's, unless only one side reads as a date; a
number the alignment misplaced (present elsewhere in the document as often
as in the source) is not reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..dates import _shadow, month_name_index
from ..document import document_cache
from ..findings import Severity
from ..numbers import (NumberMention, find_compound_numbers, find_number_words, find_numbers,
                       find_quantity_nouns)
from ._bilingual import _dates, paragraph_units, units
from .base import Check


@dataclass(frozen=True)
class _Num:
    """A number mention with where it stands: inside a date or not."""

    m: NumberMention
    in_date: bool
    # Inside a date the date reader found (MT402 compares those); Chinese and
    # Japanese dates (2018年9月) are dates it does not read.
    read_date: bool = False

    @property
    def reportable(self) -> bool:
        return not self.m.weak and not self.in_date

    @property
    def start(self) -> int:
        return self.m.start

    @property
    def end(self) -> int:
        return self.m.end


def _numbers(text: str, lang: str | None, dates) -> list[_Num]:
    # (Loops over many mentions read ``x.m.start`` rather than the property
    # ``x.start``: the same value without a function call.)
    spans = [(d.start, d.end) for d in dates]
    out = []
    for n in find_numbers(text, lang):
        # Chinese and Japanese dates (2018年9月29日) are dates too, even where
        # the date reader has no patterns for them.
        cjk_date = text[n.end:n.end + 1] in ("年", "月", "日")
        read = any(s < n.end and n.start < e for s, e in spans)
        out.append(_Num(n, cjk_date or read, read))
    for s, e, v in find_number_words(text, lang):
        if not any(x.m.start < e and s < x.m.end for x in out):
            out.append(_Num(NumberMention(s, e, text[s:e], v, frozenset({v}), "number", weak=True), False))
    # A number inside a compound word («двухметровый»: 2 metres), with the
    # rest of the word as its unit when it names one: weak, like words.
    for s, e, v, rest in find_compound_numbers(text, lang):
        if not any(x.m.start < e and s < x.m.end for x in out):
            out.append(_Num(NumberMention(s, e, text[s:e], v, frozenset({v}), "number", unit=rest,
                                          weak=True), False))
    # Nouns that hold a number ("a century", "half"): weak, they only excuse.
    for s, e, vals in find_quantity_nouns(text, lang):
        k = next((i for i, x in enumerate(out) if x.m.start < e and s < x.m.end), None)
        if k is None:
            out.append(_Num(NumberMention(s, e, text[s:e], min(vals), vals, "quantity", weak=True), False))
        elif out[k].m.weak:
            m = out[k].m
            out[k] = _Num(NumberMention(m.start, m.end, m.text, m.value, m.keys | vals, m.kind,
                                        m.unit, True), out[k].in_date, out[k].read_date)
    # Month names are numbers too: Chinese and Japanese write June as 6月.
    for d in dates:
        if d.month is not None and not any(x.start < d.end and d.start < x.end and x.m.value == d.month
                                           for x in out):
            v = Decimal(d.month)
            out.append(_Num(NumberMention(d.start, d.end, d.text, v, frozenset({v}), "month",
                                          weak=True), True))
    for s, e, v in _month_names(text, lang):
        if not any(x.m.start <= s and e <= x.m.end for x in out):
            out.append(_Num(NumberMention(s, e, text[s:e], v, frozenset({v}), "month", weak=True), False))
    return out


def _month_names(text: str, lang: str | None):
    """(start, end, month number) of each month name of ``lang`` in ``text``
    (alone: "in June"; dates with a day or year are found by ``dates``)."""
    pat = _month_pattern(lang or "")
    if pat is None:
        return []
    index = month_name_index(lang)
    shadow = _shadow(text)
    return [(m.start(), m.end(), Decimal(index[m.group().rstrip(".")])) for m in pat.finditer(shadow)]


@lru_cache(maxsize=None)
def _month_pattern(lang: str):
    index = month_name_index(lang)
    names = [n for n in index if len(n) >= 3]
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})\.?(?![\w])")


def _word_number(n: _Num) -> bool:
    """A number written in words or CJK numerals, two or more (one is also an article)."""
    v = n.m.value
    return (n.m.weak and n.m.kind not in ("code", "month", "quantity") and not n.in_date
            and v is not None and v >= 2)


def _unmatched(side: list[_Num], other: list[_Num], keep=lambda n: n.reportable) -> list[_Num]:
    """Mentions of ``side`` (those ``keep`` accepts) left once each is paired
    with a distinct mention of ``other`` sharing a reading."""
    pool = list(other)
    left = []
    # Strong mentions pick first, so that a weak "一" does not take the "1"
    # that a digit needed.
    for a in sorted(side, key=lambda x: x.m.weak):
        hit = next((i for i, b in enumerate(pool) if not a.m.keys.isdisjoint(b.m.keys)), None)
        if hit is not None:
            del pool[hit]
        elif keep(a):
            left.append(a)
    return left


def _count(n: _Num, pool: list[_Num]) -> int:
    return sum(1 for x in pool if not n.m.keys.isdisjoint(x.m.keys))


def _has_unit(text: str, n: "_Num") -> bool:
    return _UNIT_AFTER.match(text, n.end) is not None


# Units by dimension and size (in metres, kilograms, litres): a conversion
# changes the unit within one dimension. Speeds are lengths per hour on both
# sides ("85 mph", "135 km/h"), so their lengths compare. Degrees are
# temperatures (Fahrenheit or Celsius, often unsaid).
_UNIT_SIZES = (
    (r"km|kph|kil[oó]m[eèé]t\w*|километр\w*|км|किलोमीटर|公里|千米", "L", 1000.0),
    (r"cm|cent[ií]m\w*|сантиметр\w*|см|सेंटीमीटर|सेमी|厘米|センチ\w*", "L", 0.01),
    (r"mm|mill?[ií]m\w*|миллиметр\w*|мм|毫米|ミリ", "L", 0.001),
    (r"m|m[eèé]t[erso]{2,3}|метр\w*|м|मीटर|米|メートル", "L", 1.0),
    (r"miles?|mi|mph|mil|millas?|mijl\w*|meilen?|мил\w*|英里|マイル|मील", "L", 1609.344),
    (r"feet|foot|ft|kaki|pies?|фут\w*|英尺|フィート|फ़ुट|फुट", "L", 0.3048),
    (r"inch\w*|inci|pulgadas?|pouces?|zoll|дюйм\w*|英寸|インチ|इंच", "L", 0.0254),
    (r"yards?|yardas?", "L", 0.9144),
    (r"kg|kilo\w*|килограм\w*|кг|किलोग्राम|किलो|公斤|千克", "M", 1.0),
    (r"g|gram\w*|грамм\w*|克", "M", 0.001),
    (r"lbs?|pounds?|libras?|livres?|фунт\w*|磅|ポンド|पाउंड", "M", 0.45359237),
    (r"oz|ounces?|onzas?|onces?|унци\w*", "M", 0.028349523),
    (r"stones?", "M", 6.350293),
    (r"l|lit[erso]{2,3}|литр\w*|升|リットル", "V", 1.0),
    (r"gallons?|galones?|галлон\w*|加仑", "V", 3.785412),
    (r"ha|hectares?|hektar\w*|гектар\w*|公顷", "A", 1.0),
    (r"acres?|acre|акр\w*|英亩", "A", 0.404686),
    (r"°f|ºf|fahrenheit", "TF", None),
    (r"°c|ºc|°|º|celsius|degrees?|degrés?|grad|grados|graus|gradi|derajat|градус\w*|度|डिग्री", "T", None),
)
_UNIT_KIND = [(re.compile(rf"(?:{p})$", re.IGNORECASE), d, f) for p, d, f in _UNIT_SIZES]
_CJK_UNIT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_UNIT_WORDS = [w for p, _, _ in _UNIT_SIZES for w in p.split("|")]
# Any unit of the table after a number: words end at a word boundary, CJK
# units do not (they glue to the next word: "200英里范围").
_UNIT_AFTER = re.compile(
    r"[ \u00a0\u202f-]?(?:(?:" + "|".join(w for w in _UNIT_WORDS if not _CJK_UNIT.match(w))
    + r"|ºc|°c)(?![^\W\d_])|(?:" + "|".join(w for w in _UNIT_WORDS if _CJK_UNIT.match(w)) + "))",
    re.IGNORECASE)
# "2 to 3 inches", "5 à 7,5 cm", "5–10 см": the unit after a range's second
# number is the first one's too.
_RANGE_JOIN = re.compile(r"[ \u00a0]*(?:-|–|—|~|～|/|to|and|or|à|a|et|ou|y|o|e|und|oder|bis|dan|atau|sampai|hingga|до|и|или|到|至)[ \u00a0]*",
                         re.IGNORECASE)


@lru_cache(maxsize=20_000)
def _unit_kind(word: str) -> tuple[str, float | None] | None:
    # Cached: every longer word of a unit with numbers is asked (_unit_words),
    # against the nineteen patterns of the table.
    w = word.strip(" \u00a0\u202f-").rstrip(".")
    for pat, dim, size in _UNIT_KIND:
        if pat.match(w):
            return dim, size
    return None


def _unit_of(text: str, n: "_Num", nums: list["_Num"]) -> tuple[str, float | None] | None:
    """Dimension and size of the unit written after ``n`` (or after the
    second number of the range ``n`` opens), or None."""
    if n.m.unit and n.m.kind == "number":
        # A unit the reader took with the number: "6-foot-6" (inch), "1 м 82
        # см" (cm), «двухметровый» (the rest of the compound).
        kind = _unit_kind(n.m.unit)
        if kind is not None:
            return kind
    if n.m.kind == "currency" and re.search(r"pounds?$|livres?$", n.m.text, re.IGNORECASE):
        return "M", 0.45359237    # "650 pound hog": the reader took it for money
    for _ in range(3):
        um = _UNIT_AFTER.match(text, n.end)
        if um:
            return _unit_kind(um.group())
        j = _RANGE_JOIN.match(text, n.end)
        nxt = next((x for x in nums if j and x.m.start == j.end()), None)
        if nxt is None:
            return None
        n = nxt
    return None


def _tolerance(y: float, written: Decimal | None) -> float:
    """Half a unit of the last significant digit written ("300" is 250-350,
    "7,5" 7.45-7.55), at least 3 %, at most 12 % of the value."""
    half = 0.0
    if written is not None:
        t = written.normalize().as_tuple()
        half = 0.5 * 10 ** t.exponent if isinstance(t.exponent, int) else 0.0
    return min(max(half, 0.03 * abs(y)), 0.12 * abs(y))


def _converts(doc, s: "_Num", t: "_Num", src_nums=(), tgt_nums=(), both_units=False) -> bool:
    """t may be s in another unit. With a unit known on both sides: the same
    dimension, another unit, and the values agree to the precision written.
    Otherwise (unless ``both_units``) the ratio of a common conversion and a
    unit on one side."""
    us, ut = _unit_of(doc.source, s, src_nums), _unit_of(doc.text, t, tgt_nums)
    if both_units and (us is None or ut is None):
        return False
    a, b = s.m.value, t.m.value
    if us and ut and a is not None and b is not None and a > 0 and b > 0:
        (ds, fs), (dt, ft) = us, ut
        if ds.startswith("T") and dt.startswith("T"):
            # Fahrenheit one side, Celsius the other (degrees often unsaid).
            if ds == dt == "TF":
                return False
            return _fahrenheit_celsius(float(a), float(b))
        if ds != dt or fs is None or ft is None or fs == ft:
            return False
        want_t = float(a) * fs / ft
        want_s = float(b) * ft / fs
        return (abs(float(b) - want_t) <= _tolerance(want_t, b)
                or abs(float(a) - want_s) <= _tolerance(want_s, a))
    # One unit known: only the sizes of its dimension can convert it.
    known = us or ut
    if known is None or a is None or b is None or a <= 0 or b <= 0:
        return False
    dim, size = known
    if dim == "T":
        # "in the 80s" against "26 degrés": Fahrenheit to Celsius.
        return _fahrenheit_celsius(float(a), float(b))
    if size is None:
        return False
    for _, d, other in _UNIT_SIZES:
        if d != dim or other is None or other == size:
            continue
        f = size / other if us else other / size
        want = float(a) * f
        if abs(float(b) - want) <= _tolerance(want, b):
            return True
    return False


def _fahrenheit_celsius(x: float, y: float) -> bool:
    """x and y are one temperature in °F and °C (either way round, to the
    degree), or one temperature DIFFERENCE ("10 degrees above average" =
    "6 Grad über dem Durchschnitt"): differences convert without the 32."""
    return any(abs(f(u) - v) <= 1.01 for u, v in ((x, y), (y, x))
               for f in (lambda d: (d - 32) * 5 / 9, lambda d: d * 5 / 9))


def _half_unit(v: Decimal, approximate: bool = False) -> Decimal:
    """How far a written number may lie from the quantity it rounds: half a
    unit of its last digit ("136" 0.5, "1,5" 0.05, "300" 0.5); of its last
    significant digit when a word marks it approximate ("environ 300": 50);
    at most 12 % of it."""
    if approximate:
        t = v.normalize().as_tuple()
    else:
        t = v.as_tuple()
    half = Decimal(5).scaleb(t.exponent - 1) if isinstance(t.exponent, int) else Decimal(0)
    return min(half, abs(v) * Decimal("0.12"))


# Words that mark a number as approximate, before it ("about 30", "environ
# 1,5 km", "ca. 27") or after it and its unit ("30 mètres environ", "20公里
# 左右"). No package lists them; these are each language's common ones.
_APPROX_WORDS = {
    "en": ("about|around|approximately|roughly|nearly|almost|some|circa|ca\\.|c\\.|approx\\.|~|"
           "close to|an estimated", "or so"),
    "fr": ("environ|à peu près|près de|presque|quelque|autour de|approximativement|quasiment|"
           "dans les|aux alentours de|~|ca\\.", "environ|à peu près"),
    "de": ("etwa|ca\\.|circa|rund|ungefähr|fast|knapp|beinahe|annähernd|um die|um|gegen|~", "ungefähr"),
    "es": ("unos|unas|cerca de|aproximadamente|alrededor de|casi|más o menos|en torno a|~|ca\\.",
           "aproximadamente"),
    "pt": ("cerca de|aproximadamente|quase|uns|umas|em torno de|~", "aproximadamente"),
    "it": ("circa|quasi|intorno a|all'incirca|~", "circa"),
    "nl": ("ongeveer|circa|ca\\.|bijna|zo'n|rond|~", "ongeveer"),
    "id": ("sekitar|kira-kira|hampir|kurang lebih|lebih kurang|~", "kurang lebih"),
    "ru": ("около|примерно|почти|приблизительно|порядка|~", ""),
    "hi": ("लगभग|करीब|क़रीब|तकरीबन|~", ""),
    "zh": ("约|大约|近|将近|接近|~|～", "左右|上下"),
    "ja": ("約|およそ|ほぼ|~|～", "ほど|前後|程度|近く"),
}


@lru_cache(maxsize=None)
def _approx_patterns(lang: str):
    before, after = _APPROX_WORDS.get(lang, ("~", ""))
    cjk = lang in ("zh", "ja")
    edge = "" if cjk else r"(?<![^\W\d_])"
    pb = re.compile(rf"{edge}(?:{before})[ \u00a0]*$", re.IGNORECASE)
    pa = re.compile(rf"[ \u00a0]*(?:{after})(?![^\W\d_])" if after and not cjk
                    else rf"(?:{after})" if after else r"(?!)", re.IGNORECASE)
    return pb, pa


def _approximate(text: str, n: "_Num", lang: str | None, nums=()) -> bool:
    """A word marks ``n`` as approximate: just before it, or after it and
    the unit written after it."""
    pb, pa = _approx_patterns(lang or "")
    if pb.search(text, max(0, n.start - 24), n.start):
        return True
    end = n.end
    um = _UNIT_AFTER.match(text, end)
    if um:
        end = um.end()
        # the rest of a unit ("km/h"); CJK units end where they end ("公里左右")
        if not _CJK_UNIT.match(text[end - 1:end]):
            end += re.match(r"[^\s\d]*", text[end:end + 12]).end()
    return pa.match(text, end) is not None


def _rounded_alike(doc, s: "_Num", t: "_Num", src_nums=(), tgt_nums=()) -> bool:
    """s and t may be one measure rounded differently: the same unit on both
    sides, and values whose rounding intervals meet ("136 km/h" and "135
    km/h", "27 ºC" and "26 degrés", "ca. 27 Meter" and "30 mètres environ").
    A measure is often itself a rounded conversion ("85 mph"), made anew in
    each language, so the last digit may differ without an error; counts,
    money and percentages are exact and are never excused this way. A round
    number is read as rounded ("300": 250-350) only where a word says so."""
    us, ut = _unit_of(doc.source, s, src_nums), _unit_of(doc.text, t, tgt_nums)
    a, b = s.m.value, t.m.value
    if us is None or us != ut or a is None or b is None or a <= 0 or b <= 0:
        return False
    ha = _half_unit(a, _approximate(doc.source, s, doc.source_lang, src_nums))
    hb = _half_unit(b, _approximate(doc.text, t, doc.target_lang, tgt_nums))
    return abs(a - b) <= ha + hb


def _window(units_, k: int, confident: bool) -> tuple[int, int, int, int]:
    """Source and target spans of unit k and its neighbours (trusted
    alignment), or of the whole document (uncertain)."""
    if not confident:
        return 0, 1 << 62, 0, 1 << 62
    lo, hi = units_[max(0, k - 1)].unit, units_[min(len(units_) - 1, k + 1)].unit
    return lo.ss, hi.se, lo.ts, hi.te


class NumberMismatch(Check):
    code = "MT401"
    name = "number-mismatch"
    description = "A number of the source is missing or changed in the translation, or one was added"
    category = "number"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl, tl = doc.source_lang, doc.target_lang
        all_src = document_cache(doc, "src_numbers", lambda: _numbers(doc.source, sl, _dates(doc, "source")))
        all_tgt = document_cache(doc, "tgt_numbers", lambda: _numbers(doc.text, tl, _dates(doc, "target")))
        if not any(n.reportable for n in all_src) and not any(n.reportable for n in all_tgt):
            return
        units_ = paragraph_units(doc)
        for k, su in enumerate(units_):
            u = su.unit
            src = [n for n in all_src if u.ss <= n.m.start and n.m.end <= u.se]
            tgt = [n for n in all_tgt if u.ts <= n.m.start and n.m.end <= u.te]
            if not src and not tgt:
                continue
            # Numbers inside dates take part in pairs (a year changed into
            # something the date reader does not take for a year is MT401's),
            # but alone they are MT402's.
            strong = lambda n: not n.m.weak   # noqa: E731
            missing = _unmatched(src, tgt, keep=strong)
            added = _unmatched(tgt, src, keep=strong)
            # Present nearby in the translation as often as in the source:
            # misaligned, not lost. Nearby is the neighbouring paragraphs
            # when the alignment is trusted, the whole document when not.
            ws, we, wts, wte = _window(units_, k, su.confident)
            near_src = [n for n in all_src if ws <= n.m.start and n.m.end <= we]
            near_tgt = [n for n in all_tgt if wts <= n.m.start and n.m.end <= wte]
            missing = [n for n in missing if _count(n, near_tgt) < _count(n, near_src)]
            added = [n for n in added if _count(n, near_src) < _count(n, near_tgt)]
            # A document that holds the number as often on both sides lost
            # nothing: the sentences were split at other points than the
            # source's ("74 mm..Size" against "74 mm... Taille"), so the
            # number sits in another unit than its source.
            missing = [n for n in missing if _count(n, all_tgt) < _count(n, all_src)]
            added = [n for n in added if _count(n, all_src) < _count(n, all_tgt)]
            weak = None if su.confident else Severity.INFO
            # A unit conversion ("650 pounds" = "295 kg"): a note at most.
            conv = lambda a, b: _converts(doc, a, b, src, tgt)   # noqa: E731
            yield from self._pair_as_notes(doc, missing, added, conv,
                                           "conversion", "in another unit")
            # A number left on one side that a number of the other converts,
            # one that nothing in this unit matches but that also stands for
            # a number repeated elsewhere ("25 cm ... 10 cm" against "10
            # inches ... 4 inches"), or a number word ("two-foot"). Units
            # written on both sides: a bare "3" (trois ans) converts anything.
            conv2 = lambda a, b: _converts(doc, a, b, src, tgt, both_units=True)   # noqa: E731
            free_t = _unmatched(tgt, src, keep=lambda n: True)
            free_s = _unmatched(src, tgt, keep=lambda n: True)
            missing = [s for s in missing if not any(conv2(s, t) for t in free_t)]
            added = [t for t in added if not any(conv2(s, t) for s in free_s)]
            # One measure rounded differently on each side: a note.
            yield from self._pair_as_notes(
                doc, missing, added, lambda a, b: _rounded_alike(doc, a, b, src, tgt),
                "rounding", "rounded otherwise")
            # Pair what is left, in order and kind: a changed number. Both in
            # dates: MT402's.
            for s, t in _take_pairs(missing, added, lambda a, b: _same_kind(a.m, b.m),
                                    keep=lambda a, b: not (a.read_date and b.read_date)):
                yield self.finding(
                    doc, t.start, t.end,
                    f"the source says {s.m.text!r} but the translation says {t.m.text!r}",
                    suggestion=s.m.text,
                    evidence={"source_number": s.m.text, "target_number": t.m.text, "kind": s.m.kind},
                    severity=weak, source_span=(s.start, s.end))
            # A number the source writes in words ("ten years") that the
            # translation gives as other digits ("90 ans").
            # Only when unambiguous: one such word, one number left, and no
            # source number it could be a conversion of.
            words = _unmatched(src, tgt, keep=_word_number)
            if len(added) == 1 and len(words) == 1 and not [n for n in missing if not n.in_date]:
                for s in words:
                    t = added[0]
                    if (not _same_kind(s.m, t.m) or _count(s, near_tgt) >= _count(s, near_src)
                            or any(conv(x, t) for x in src)):
                        continue
                    added.remove(t)
                    yield self.finding(
                        doc, t.start, t.end,
                        f"the source says {s.m.text!r} but the translation says {t.m.text!r}",
                        suggestion=str(s.m.value),
                        evidence={"source_number": s.m.text, "target_number": t.m.text, "kind": "words"},
                        severity=Severity.MINOR if su.confident else Severity.INFO,
                        source_span=(s.start, s.end))
            missing = [n for n in missing if not n.in_date]
            added = [n for n in added if not n.in_date]
            if u.te <= u.ts:
                continue   # no translation at all: MT406's omission
            # Rewordings that keep the quantity: a source number the source
            # also restates in another unit ("45 miles (72 kilometers)") or
            # repeats, of which the translation keeps one; a target number
            # converting a source quantity written in words ("half an inch" =
            # "1,3 cm", "about a mile" = "1,5 km"); "100 %" for "completely".
            missing = [n for n in missing
                       if not _restated(doc.source, n, src) and not _count(n, tgt)]
            src_dims = _unit_words(doc.source[u.ss:u.se])
            # And the other way: a source measure in digits that the
            # translation states in words ("1,5 см" for "over half an
            # inch"): a unit of the same dimension, another size, written
            # after no digit in the translation's unit, and the value of
            # the words before it, when they are read, converting it.
            if missing:
                worded = _worded_units(doc.text, u.ts, u.te, tgt)
                if worded:
                    missing = [n for n in missing if not _stated_in_words(doc.source, n, src, worded)]
            for t in list(added):
                ut = _unit_of(doc.text, t, tgt)
                if (any(conv(x, t) for x in src)
                        or (ut is not None and ut[1] is not None
                            and any(d == ut[0] and f != ut[1] for d, f in src_dims))):
                    added.remove(t)
                elif t.m.kind == "percent" and t.m.value == 100:
                    added.remove(t)
            for s in missing:
                if _sentence_dropped(doc, s):
                    continue   # its whole sentence is untranslated: MT406's
                yield self.finding(
                    doc, u.ts, u.te,
                    f"the source's {s.m.text!r} is missing from this translation",
                    evidence={"source_number": s.m.text, "kind": s.m.kind},
                    severity=Severity.MINOR if su.confident and not _small(s.m) else Severity.INFO,
                    source_span=(s.start, s.end))
            for t in added:
                # A number the source states elsewhere in the document, added
                # where the source unit has none: the translation repeats a
                # fact the document gave ("Rose Leslie, also 31" for «своей
                # ровеснице», her age two lines before): a note.
                restates = _count(t, all_src) > 0
                yield self.finding(
                    doc, t.start, t.end,
                    f"{t.m.text!r} is not in the source",
                    evidence={"target_number": t.m.text, "kind": t.m.kind},
                    severity=Severity.MINOR if su.confident and not _small(t.m) and not src
                    and not restates else Severity.INFO,
                    source_span=(u.ss, u.se))

    def _pair_as_notes(self, doc, missing, added, explains, kind, how):
        """Pair each missing number with the first added one that `explains`
        it (a conversion, another rounding): both leave the lists, and the
        pair is a note, since the number may well be the same quantity."""
        for s, t in _take_pairs(missing, added, explains):
            yield self.finding(
                doc, t.start, t.end,
                f"{t.m.text!r} may be the source's {s.m.text!r} {how}",
                evidence={"source_number": s.m.text, "target_number": t.m.text, "kind": kind},
                severity=Severity.INFO, source_span=(s.start, s.end))


def _take_pairs(missing: list[_Num], added: list[_Num], pairs, keep=lambda a, b: True):
    """Pair each missing number with the first added one that ``pairs`` with
    it: a pair that ``keep`` accepts leaves both lists and is yielded, one it
    refuses stays in them. (Shared by the notes and the changed numbers.)"""
    for s in list(missing):
        t = next((t for t in added if pairs(s, t)), None)
        if t is None or not keep(s, t):
            continue
        missing.remove(s)
        added.remove(t)
        yield s, t


_RESTATED_BEFORE = re.compile(r"[ \u00a0\u202f-]*[^\W\d_]{1,12}\.?[ \u00a0]*[(（\[][ \u00a0]*$")
_RESTATED_AFTER = re.compile(r"[ \u00a0\u202f-]*[^\W\d_]{1,12}\.?[ \u00a0]*[(（\[][ \u00a0]*")


def _restated(text: str, n: _Num, nums: list[_Num]) -> bool:
    """``n`` and a neighbour state one measure in two units, one in brackets:
    "45 miles (72 kilometers)", "six meters (18 feet)"."""
    if not _has_unit(text, n):
        return False
    for x in nums:
        if x is n:
            continue
        if x.end <= n.start and _RESTATED_BEFORE.fullmatch(text, x.end, n.start) and _has_unit(text, x):
            return True
        if n.end <= x.start and _RESTATED_AFTER.fullmatch(text, n.end, x.start) and _has_unit(text, x):
            return True
    return False


_UNIT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _unit_words(text: str) -> set[tuple[str, float | None]]:
    """Dimensions and sizes of the unit words of ``text`` ("about a mile")."""
    # (Each word asked once through a cache, the words mapped in C.)
    return set(map(_unit_word_kind, _UNIT_WORD.findall(text))) - {None}


_DIGIT_BEFORE = re.compile(r"\d[ \u00a0\u202f-]*$")
# Between a number in words and its unit: "half an inch", "three inches".
_WORDED_GAP = re.compile(r"[ \u00a0-]*(?:(?:an?|une?|ein|eine|una?|um|uma)[ \u00a0]+)?$", re.IGNORECASE)


def _worded_units(text: str, start: int, end: int, nums: list["_Num"]):
    """(dimension, size, value or None) of the unit words of text[start:end]
    that follow no digit: measures written in words ("half an inch": 0.5,
    "three inches": 3, "about a mile": None, no number read)."""
    out = set()
    for m in _UNIT_WORD.finditer(text, start, end):
        kind = _unit_word_kind(m.group())
        if kind is None or _DIGIT_BEFORE.search(text, max(start, m.start() - 3), m.start()):
            continue
        before = next((x for x in nums if x.m.weak and x.m.value is not None and x.end <= m.start()
                       and _WORDED_GAP.fullmatch(text, x.end, m.start())), None)
        out.add((*kind, before.m.value if before else None))
    return out


def _stated_in_words(text: str, n: "_Num", nums: list["_Num"], worded) -> bool:
    """``n`` is a measure the translation states in words in another unit of
    its dimension (``worded``: _worded_units), to the precision of the words:
    a fraction ("half an inch") is the nearest simple fraction, so it holds
    from half of itself to half again more (1,5 cm is 0.59 inch)."""
    un = _unit_of(text, n, nums)
    if un is None or un[1] is None or n.m.value is None:
        return False
    for d, f, v in worded:
        if d != un[0] or f is None or f == un[1]:
            continue
        if v is None:
            return True
        want = float(n.m.value) * un[1] / f
        tol = 0.5 * float(v) if v < 1 else _tolerance(want, v)
        if abs(float(v) - want) <= tol:
            return True
    return False


@lru_cache(maxsize=20_000)
def _unit_word_kind(w: str) -> tuple[str, float | None] | None:
    """The unit ``w`` names, when it is long enough (four letters, or a CJK
    unit) not to be a short word that only looks like one."""
    if len(w) >= 4 or _CJK_UNIT.match(w):
        return _unit_kind(w)
    return None


def _sentence_dropped(doc, n: _Num) -> bool:
    """The sentence alignment gives the sentence holding ``n`` no translation."""
    return any(u.ss <= n.start < max(u.se, u.ss + 1) and u.te <= u.ts for u in units(doc))


def _small(n: NumberMention) -> bool:
    """Integers up to ten: often written as words, or left out ("a mile",
    "the two of them"); their absence alone is weak evidence."""
    v = n.value
    return v is not None and abs(v) <= 10 and v == v.to_integral_value()


def _same_kind(a: NumberMention, b: NumberMention) -> bool:
    return (a.kind == "time") == (b.kind == "time")
