"""Names across languages: which words of a text are names, and whether a
name of one text is found in another (its translation).

Deciding that a word is a name uses the evidence its language gives:

* Scripts with case (Latin, Cyrillic, Greek): a capital in mid-sentence is
  evidence, except in languages that capitalise every noun (German) and in
  title-case headlines; a word the document also writes in lower case is
  no name. Whether the word is a name everywhere is asked of the word
  lists of several languages (wordfreq): a name ("Widodo", "Merkel") is a
  word of many languages at similar frequencies, while a common noun
  ("Verwicklungen", "Penanggulangan", "truths") belongs to its own language
  only. How often a word is used says nothing by itself.
* Chinese: the part-of-speech tags of jieba's dictionary (person, place,
  organisation names).
* Japanese: runs of katakana (foreign names, but loanwords too: weak).
* Other scripts without case (Devanagari, Arabic...): no evidence; the
  bilingual check then works from the names of the translation.

Matching a name in another text is blind to case, accents, hyphens and
elision, accepts inflected forms and derived adjectives or demonyms that
share a long stem ("Indonesian"/"indonésien", "Britain"/"britannique"),
translated acronyms with the same letters (EU/UE, NATO/OTAN), exonyms from
CLDR (country names and time-zone cities in each language, via Babel) and
the project's table (data/entity_names.json), and names in another script
through a transliteration (anyascii; pykakasi for Japanese readings)
compared as a loose consonant skeleton ("Москвы" ~ "Moscow",
"特朗普" ~ "Trump").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .gazetteer import places, places_of_words
from .languages import wordfreq_languages, zipf
# Words as the source text writes them (hyphenated names kept whole): the
# segmenter's words.
from .resources import babel_missing
from .segments import WORD_RE
from .transcription import _KANA_RE, _kakasi, strip_possessive, key
from .written_case import BOTH, COMMON, PROPER, UNKNOWN, written_case

#: Letter runs: a word split at apostrophes and hyphens, so that an elided
#: article ("l'ÖVP") or a possessive ("Britain's") leaves the name alone.
LETTERS_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

#: An elided word before another, in lower case ("l'", "d’", "qu'",
#: "dell'"): what follows the apostrophe is a word of its own.
ELIDED_RE = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")

#: Languages that capitalise every noun: a capital says nothing there.
NOUN_CAPITALISING = frozenset({"de", "lb"})
#: Languages whose word lists tell a name (shared by many) from a word of
#: one language. Latin script: wordfreq lists of these are large.
_REFERENCE_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "id")

NONE, WEAK, STRONG = 0, 1, 2

#: A Roman numeral up to 39, with an ordinal ending ("XIXe", "XV", "IIIrd"):
#: a number (a century, a team of fifteen), not a name. (L, C, D, M are
#: left out: "DC", "CD", "MC" are far more often acronyms.)
ROMAN_RE = re.compile(r"(X{0,3}(?:IX|IV|V?I{0,3}))(e|er|re|ème|è|ᵉ|th|st|nd|rd)?")


def is_roman_numeral(word: str) -> bool:
    m = ROMAN_RE.fullmatch(word)
    return m is not None and (len(m.group(1)) >= 2 or (m.group(1) != "" and m.group(2) is not None))


# -- scripts and transliteration -------------------------------------------

def is_cased_word(word: str) -> bool:
    """A word of a script with capital letters (Latin, Cyrillic, Greek...)."""
    return word.lower() != word.upper()


# Sound classes of a loose transliteration key: letters that transcriptions
# swap (c/k/q/g, b/p, d/t, l/r, m/n, f/v...) fall together, and vowels and
# glides, which transcriptions handle most freely, are dropped.
# An h or w that a script without them writes g/kh or v ("Harlem"/"Гарлем",
# "Howard"/"Говард") falls in with those.
_DIGRAPHS = (("dzh", "j"), ("dz", "j"), ("ge", "je"), ("gi", "ji"), ("gh", ""),
             ("sch", "s"), ("ng", "n"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("ph", "f"),
             ("th", "t"), ("ck", "k"), ("kh", "k"), ("ts", "s"), ("tz", "s"), ("x", "ks"),
             ("ce", "se"), ("ci", "si"), ("cy", "sy"))
_CLASSES = str.maketrans("bpdtckqgjzslrmnfvw", "ppttkkkksssrrnnfff", "aeiouyh")


@lru_cache(maxsize=200_000)
def skeleton(k: str) -> str:
    """Consonant skeleton of a key ("moskva", "moscow" -> "mskf"), repeats merged."""
    if k.startswith("h"):
        k = "k" + k[1:]
    elif k[:2] in ("ue", "ui", "uo", "ua") and len(k) > 3:
        k = "w" + k[2:]   # Russian Уэ-, Уи-, Уо- write an English W-
    for a, b in _DIGRAPHS:
        k = k.replace(a, b)
    s = k.translate(_CLASSES)
    return re.sub(r"(.)\1+", r"\1", s)


def _close(a: str, b: str) -> bool:
    """Edit distance at most 1."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def one_slip(a: str, b: str) -> bool:
    """Edit distance at most 1, a swap of two neighbouring letters counting one."""
    if _close(a, b):
        return True
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _subsequence_match(a: str, b: str) -> bool:
    """The shorter skeleton (2+ sounds) is in order within the longer one and
    keeps at least 60 % of it."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 2 or len(a) < 0.6 * len(b):
        return False
    it = iter(b)
    return all(c in it for c in a)


#: Languages whose transcriptions of foreign names go by syllables and drop
#: consonants: names are compared loosely with them.
SYLLABIC = frozenset({"zh", "ja", "ko", "th"})


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def stems_agree(a: str, b: str) -> bool:
    """Two keys that share a long stem: an inflected form, a possessive or a
    derived adjective or demonym ("indonesian"/"indonesien",
    "putina"/"putin", "britain"/"britannique")."""
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    return common_prefix(a, b) >= max(4, -(-shorter // 2))


def derived(a: str, b: str) -> bool:
    """One key is the other with an ending: the shorter (4+ letters), less
    at most its last letter, begins the longer ("scots"/"scotland",
    "corea"/"coreano"; not "michif"/"michael")."""
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= 4 and (b.startswith(a) or b.startswith(a[:-1]))


# -- what is a name ----------------------------------------------------------

#: A name is a word of many languages: its frequency in its own language
#: exceeds the middle of the others' by less than this (Zipf units; a name
#: known at home and abroad, "Widodo" 4.5 against 1.5, "Merkel" 4.8
#: against 3.5), while a common word of one language is far above
#: ("Regierung" 5.2 against 0.0, "gobierno" 5.8 against 1.8).
INTERNATIONAL_GAP = 3.5


@lru_cache(maxsize=100_000)
def lexical_standing(word: str, lang: str | None) -> str:
    """"international" (a word of many languages at similar frequencies: a
    name), "own" (a word of its language only) or "unknown" (no list knows it),
    from wordfreq's lists of the reference languages."""
    langs = wordfreq_languages()
    zs = zipf(word, lang) if lang in langs else 0.0
    others = sorted(zipf(word, o) for o in _REFERENCE_LANGS if o != lang and o in langs)
    middle = others[len(others) // 2] if others else 0.0
    if zs == 0.0 and middle == 0.0:
        return "unknown"
    if middle >= 1.0 and zs - middle <= INTERNATIONAL_GAP:
        return "international"
    return "own"


#: A word of a noun-capitalising language's dictionary is a name if other
#: languages' texts use it within a factor of 100 (Zipf 2) of its own.
NOUN_NAME_GAP = 2.0


@lru_cache(maxsize=100_000)
def used_abroad(word: str, lang: str | None, gap: float) -> bool:
    """The middle of the reference languages' frequencies of ``word`` (other
    than ``lang``) is at least Zipf 1 and within ``gap`` of its own."""
    langs = wordfreq_languages()
    others = sorted(zipf(word, o) for o in _REFERENCE_LANGS if o != lang and o in langs)
    if not others:
        return False
    middle = others[len(others) // 2]
    own = zipf(word, lang) if lang in langs else 0.0
    return middle >= 1.0 and own - middle <= gap


@lru_cache(maxsize=64)
def calendar_words(lang: str | None) -> frozenset[str]:
    """Names of days and months in the language (CLDR, via Babel): written
    with a capital in some languages, but translated, not kept."""
    try:
        from babel import Locale
    except ImportError:
        babel_missing()
        return frozenset()
    try:
        loc = Locale.parse(lang or "")
    except Exception:   # noqa: BLE001  (no such locale)
        return frozenset()
    out = set()
    for table in (loc.days, loc.months):
        for context in ("format", "stand-alone"):
            for width in ("wide",):
                out.update(strip_possessive(v).casefold().rstrip(".")
                           for v in table.get(context, {}).get(width, {}).values())
    return frozenset(out)


@lru_cache(maxsize=16)
def calendar_names(lang: str) -> dict[str, str]:
    """CLDR's wide names of the days of the week and of the months in a
    language, both as dates write them and standing alone («сентября»,
    «сентябрь»), lower case -> "d:6" (Sunday), "m:9" (September): the same
    keys in every language. (Read by the names checks of every script:
    mtaudit.names_translit, mtaudit.names_uncased, mtaudit.names_chinese,
    mtaudit.names_japanese.)"""
    out: dict[str, str] = {}
    for _, loc in babel_locales((lang,)):
        for context in ("format", "stand-alone"):
            for n, name in loc.days[context]["wide"].items():
                out[name.casefold()] = f"d:{n}"
            for n, name in loc.months[context]["wide"].items():
                out[name.casefold()] = f"m:{n}"
    return out


#: A common word in front of a name is a title or a description ("Mr",
#: "President", "Father", "Sri"): translated, so not expected verbatim.
TITLE_ZIPF = 4.5


def _is_compound(word: str, lang: str) -> bool:
    """A rare compound of two common words ("klimapaket"): a common noun."""
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if zipf(tail, lang) < 3.0:
            continue
        if zipf(head, lang) >= 3.0 or (head.endswith(("s", "n", "e")) and zipf(head[:-1], lang) >= 3.0):
            return True
    return False


_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "fi", "is"})


@dataclass(frozen=True)
class CaseEvidence:
    """What the whole text says about case: words it writes in lower case,
    and words it writes with a capital in mid-sentence."""

    lower: frozenset[str]
    mid_capital: frozenset[str]
    #: Each line of the text -> is_headline(line, lang), judged once: a unit
    #: that is a whole line (a TSV row) is not judged again (``headline``).
    headlines: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    lang: str | None = field(default=None, compare=False)

    def headline(self, text: str, lang: str | None) -> bool:
        """is_headline(text, lang), from the lines already judged if it is one."""
        verdict = self.headlines.get(text) if lang == self.lang else None
        return is_headline(text, lang) if verdict is None else verdict


_OPENERS = "\"'«“‘([-–—¿¡ "
#: What ends a sentence before a word: Latin punctuation, and the full stops
#: of scripts without capitals.
SENTENCE_ENDS = ".!?:;…\n。！？"


def sentence_initial(text: str, start: int, unit_start: int, ends: str = SENTENCE_ENDS) -> bool:
    """Whether the word at ``start`` opens a sentence (or the unit that
    begins at ``unit_start``), past any quotes and brackets."""
    i = start - 1
    while i >= unit_start and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    return i < unit_start or text[i] in ends


#: A title or an initial cut short before a name ("Mr.", "Mrs.", "Dr.",
#: "St.", "M.", "George W."): its full stop ends no sentence.
_ABBREVIATION_RE = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_]{0,2}\.$")


def opens_sentence(text: str, start: int, unit_start: int) -> bool:
    """Like ``sentence_initial``, but a full stop after an initial or a
    short abbreviation without vowels ("Mr.", "M.", "W.") does not end a
    sentence, so the name after it is judged as a word in mid-sentence
    ("Mr. Trump's")."""
    if not sentence_initial(text, start, unit_start):
        return False
    i = start - 1
    while i >= unit_start and text[i].isspace():
        i -= 1
    if i < unit_start or text[i] != ".":
        return True
    m = _ABBREVIATION_RE.search(text, max(unit_start, i - 4), i + 1)
    if not m or not text[m.start()].isupper():
        return True
    word = text[m.start():i]
    # An initial ("W.", "M.") or a word without a vowel ("Mr.", "Dr.",
    # "Mrs.", "St."): no word of a sentence ends so. ("Sam. Le dossier"
    # does; "Sen. Flake" is left to the callers.)
    return not (len(word) == 1 or (word[1:].islower() and not any(c in "aeiouyAEIOUY" for c in word)))


def case_evidence(text: str, lang: str | None = None) -> CaseEvidence:
    """Title-case lines are left out: their capitals say nothing."""
    lower, mid, headlines = set(), set(), {}
    for line in text.split("\n"):
        headline = headlines[line] = is_headline(line, lang)
        if headline:
            continue
        for m in WORD_RE.finditer(line):
            w = m.group()
            if w.lower() == w.upper():   # not is_cased_word(w), without a call per word
                continue
            if w[0].islower():
                lower.add(w.casefold())
            elif w not in mid and not opens_sentence(line, m.start(), 0):
                mid.add(w)
    return CaseEvidence(frozenset(lower), frozenset(mid), headlines, lang)


def is_headline(text: str, lang: str | None = None) -> bool:
    """Title case: nearly all longer words after the first capitalised (not a
    sign of anything in a language that capitalises its nouns)."""
    if lang in NOUN_CAPITALISING:
        return False
    # (is_cased_word inlined: this reads every word of every line.)
    words = [w for w in WORD_RE.findall(text)[1:] if len(w) >= 4 and w.lower() != w.upper()]
    if len(words) < 3:
        return False
    return sum([w[0].isupper() for w in words]) >= 0.8 * len(words)


@dataclass(frozen=True)
class NameWord:
    start: int
    end: int
    text: str
    level: int          # WEAK or STRONG
    #: Its language writes it in lower case too ("Navy", "Senat", "May"): a
    #: word that a translation may translate. None: no dictionary to ask.
    common: bool | None = None
    #: Every capitalised word of its run, names or not ("Estados Unidos",
    #: where "Estados" alone is a common word): for looking up the whole
    #: name among aliases.
    run: tuple[str, ...] = ()


def cased_word_level(word: str, lang: str | None, *, mid_sentence: bool, headline: bool,
                     in_run: bool, evidence: CaseEvidence, before_name: bool = False,
                     other_langs: tuple[str, ...] = ()) -> int:
    """How surely a capitalised word of a cased script is a name.
    ``before_name``: another capitalised word follows in the same run.
    ``other_langs``: languages whose dictionaries may say how they write the
    word (the other side of a translation, English)."""
    if is_roman_numeral(word):
        return NONE
    if word.isupper() and len(word) >= 2:
        # An acronym; a line in capitals is a headline, not acronyms. An
        # acronym of a script other than Latin is translated with its words
        # (США, USA), so it is only weakly expected in a translation.
        if len(word) > 6 or headline:
            return NONE
        return STRONG if all(ord(c) < 0x250 for c in word) else WEAK
    w = strip_possessive(word)
    lw = w.casefold()
    if len(key(w, lang)) < 3 or lw in evidence.lower or lw in calendar_words(lang):
        return NONE
    if before_name and lang in wordfreq_languages() and zipf(lw, lang) >= TITLE_ZIPF \
            and not (len(w) >= 5 and written_case(w, lang) == PROPER):
        # (A frequent first name, "Bernard", is written as a name only;
        # the dictionaries write short titles so too: "Mme", "Sen".)
        return NONE
    seen_mid = w in evidence.mid_capital
    nouns_capitalised = lang in NOUN_CAPITALISING
    capital_says = not headline and not nouns_capitalised and (mid_sentence or seen_mid)
    latin = max(w) < "\u0250"   # all(ord(c) < 0x250 for c in w), in C
    if not latin or lang not in wordfreq_languages():
        # No word lists to ask (Cyrillic, Greek, an unknown language): the
        # capital alone speaks.
        if capital_says:
            return STRONG
        return WEAK if in_run else NONE
    standing = lexical_standing(lw, lang)
    if standing == "unknown" and lang in _COMPOUNDING and _is_compound(lw, lang):
        standing = "own"
    written = written_case(w, lang)
    if written is not None:
        return _level_by_dictionaries(w, lang, written, standing, other_langs,
                                      capital_says=capital_says, headline=headline,
                                      seen_mid=seen_mid, in_run=in_run, mid_sentence=mid_sentence)
    if capital_says:
        # A word of its own language only, with a capital: a title, or a
        # word of a name that translates ("Badan Nasional Penanggulangan").
        return WEAK if standing == "own" else STRONG
    if headline:
        # Title case: the body of the text says whether it is a name.
        return STRONG if seen_mid else (WEAK if standing == "international" else NONE)
    if nouns_capitalised and (mid_sentence or in_run):
        if standing == "international":
            return STRONG
        return WEAK if standing == "unknown" else NONE
    # The first word of a sentence.
    return WEAK if standing != "own" else NONE


@lru_cache(maxsize=200_000)
def written_abroad(word: str, other_langs: tuple[str, ...]) -> str | None:
    """How the dictionaries of other languages write the word: PROPER if one
    writes it as a name ("Trump" in French), else COMMON or BOTH if one
    knows it otherwise, UNKNOWN if none does, None without dictionaries."""
    answers = {written_case(word, o) for o in other_langs} - {None}
    if not answers:
        return None
    for verdict in (PROPER, BOTH, COMMON):
        if verdict in answers:
            return verdict
    return UNKNOWN


def _level_by_dictionaries(w: str, lang: str, written: str, standing: str,
                           other_langs: tuple[str, ...], *, capital_says: bool, headline: bool,
                           seen_mid: bool, in_run: bool, mid_sentence: bool) -> int:
    """Nameness of a Latin-script word from how spelling dictionaries write
    it (mtaudit.written_case): a word that its language writes in lower
    case only is a common word capitalised in a title or an institution's
    name ("Navy", "Justicia", "Kehakiman"), which translations translate,
    unless another language writes it as a name ("Trump": the English
    dictionary knows the verb only)."""
    abroad = written_abroad(w, other_langs)
    if is_place_name(w, lang):
        # A country or a city in CLDR's names in the language ("Bolivien",
        # "Mexikos"): a name wherever it stands.
        return STRONG
    if lang in NOUN_CAPITALISING:
        # Every noun has a capital, and the dictionary writes nouns and
        # names alike. Other languages' dictionaries list many surnames
        # that are German nouns too ("Kampf", "Rede" in English), so a
        # word of the German dictionary needs other languages' texts. The
        # first word of a sentence is judged alike: its capital says no
        # more than any other.
        if written == UNKNOWN:
            if standing == "own" or dictionary_compound(w, lang):
                return NONE            # a compound of common words ("Basttasche")
            if abroad in (BOTH, COMMON):
                return WEAK            # an English word in German ("Meetings"), or a name
            return STRONG
        if written == COMMON:
            return NONE
        if abroad != COMMON and used_abroad(w.casefold(), lang, NOUN_NAME_GAP):
            # Other languages' texts use it nearly as much: a name of the
            # language ("Scholz", "Erdogan"), where a noun ("Zeit", 1,000
            # times more at home) is not.
            return STRONG
        # A noun of the language ("Zeit", "Untersuchungen"), or a word that
        # is common elsewhere too ("Team", "Interview").
        return WEAK if abroad in (PROPER, BOTH) else NONE
    if capital_says:
        if written == PROPER:
            return STRONG
        return WEAK if standing == "own" else STRONG
    if headline:
        if written == PROPER or seen_mid:
            return STRONG
        if written == COMMON:
            return NONE
        return WEAK if standing == "international" else NONE
    # The first word of a sentence: the dictionary knows it as a name only.
    if written == PROPER and abroad != COMMON:
        return STRONG
    if written == COMMON:
        return NONE
    return WEAK if standing != "own" else NONE


@lru_cache(maxsize=200_000)
def may_translate(word: str, lang: str | None, other_langs: tuple[str, ...] = ()) -> bool | None:
    """Whether a capitalised word may be a word that a translation
    translates rather than keeps: its language's dictionary writes it in
    lower case ("Navy", "Kehakiman", "May"), or, in a language that
    capitalises its nouns, knows it at all ("Senat"), unless it is a place
    of CLDR or another language writes it as a name. None when the language
    has no dictionary, or for a word beyond Latin script."""
    w = strip_possessive(word)
    if not w or max(w) >= "\u0250" or w.isupper():   # (not all letters below U+0250)
        return None
    written = written_case(w, lang)
    if written is None:
        return None
    if is_place_name(w, lang):
        return False
    if "-" in w and all(written_case(part, lang) in (COMMON, BOTH) for part in w.split("-") if part):
        return True    # a name made of common words ("Maison-Blanche", "Croix-Rouge")
    if lang in NOUN_CAPITALISING:
        if written == UNKNOWN:
            # A compound of the dictionary's words, or a common word of
            # another language only (English "Playoffs" in German).
            return dictionary_compound(w, lang) or written_abroad(w, other_langs) == COMMON
        # A noun, unless other languages' texts use it as much (a name:
        # "Scholz").
        return not used_abroad(w.casefold(), lang, NOUN_NAME_GAP)
    if written_abroad(w, other_langs) == PROPER and written == COMMON \
            and used_abroad(w.casefold(), lang, NOUN_NAME_GAP):
        # "Trump": the English dictionary knows the verb only, and other
        # languages' texts use the word nearly as much (a name). A word of
        # its language that is a surname abroad ("Guerra", "Fuego" in
        # Spanish) is used far more at home: a word, which translates.
        return False
    if written == UNKNOWN:
        # A word of another language ("Games" in Indonesian) that is a
        # common word there.
        return written_abroad(w, other_langs) in (COMMON, BOTH)
    return written in (COMMON, BOTH)


def dictionary_compound(word: str, lang: str | None) -> bool:
    """A compound of the dictionary's words ("Abrüstungsmaßnahmen",
    "Basttasche"): its last part a noun of the dictionary, the rest a word
    of it (after a linking s, n or e)."""
    w = word.split("-")[-1]
    for i in range(4, len(w) - 4):
        tail = w[i:].capitalize()
        if written_case(tail, lang) not in (PROPER, BOTH):
            continue
        head = w[:i]
        for h in (head, head[:-1] if head[-1:] in "sne" else None):
            if h and len(h) >= 4 and (written_case(h.capitalize(), lang) not in (UNKNOWN, None)):
                return True
    return False


@lru_cache(maxsize=64)
def _place_keys(lang: str | None) -> "Aliases":
    """Keys of CLDR's country and time-zone city names in the language."""
    groups = _cldr_groups((lang,), keep_single=True) if lang else []
    out = Aliases({k: frozenset() for g in groups for k in g if len(k) >= 3})
    for k in out:
        out.by_prefix.setdefault(k[:4], []).append(k)
    return out


@lru_cache(maxsize=200_000)
def is_place_name(word: str, lang: str | None) -> bool:
    """A country or city name of CLDR in the language, or an inflected form
    of one ("Mexikos", "Bolivien")."""
    places = _place_keys(lang)
    k = key(strip_possessive(word), lang)
    if k in places:
        return True
    # An ending of one or two letters ("Mexikos", "Chinas"), or the last
    # letter changed and at most one added; not three letters apart
    # ("Pertama" is no form of "Perth"). ("Rusia"/"Russia" are CLDR's own.)
    return len(k) >= 5 and any(len(c) >= 5 and (
        (k.startswith(c) and len(k) - len(c) <= 2)
        or (k.startswith(c[:-1]) and 0 <= len(k) - len(c) <= 1))
        for c in places.by_prefix.get(k[:4], ()))


def _next_to_a_name(run, i: int, lang: str | None) -> bool:
    lw = strip_possessive(run[i][2]).casefold()
    if lang not in wordfreq_languages() or zipf(lw, lang) >= TITLE_ZIPF - 0.5:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(run):
            other = strip_possessive(run[j][2]).casefold()
            if other.isalpha() and lexical_standing(other, lang) != "own":
                return True
    return False


def cased_names(text: str, lang: str | None, ss: int, se: int, evidence: CaseEvidence,
                other_langs: tuple[str, ...] = ()) -> list[list[NameWord]]:
    """Runs of name words in text[ss:se] of a cased script."""
    headline = evidence.headline(text[ss:se], lang)
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    last_end = None
    token_start: dict[int, int] = {}
    for m in WORD_RE.finditer(text, ss, se):
        w = m.group()
        start, end = m.span()
        word_start = start
        # (ELIDED_RE needs an apostrophe: most words have none.)
        elided = ELIDED_RE.match(w) if "'" in w or "’" in w else None
        if elided and w[:elided.end() - 1].islower():
            # An elided article or preposition before a name ("d’Écosse",
            # "l'ÖVP", "dell'Italia"): the name is the rest.
            token_start[start + elided.end()] = start
            w, start = w[elided.end():], start + elided.end()
        if w[0].isupper() and not any(map(str.isdigit, w)):
            # (A run goes on over spaces or a hyphen from the word before.)
            if run and text[last_end:word_start].strip() not in ("", "-"):
                runs.append(run)
                run = []
            run.append((start, end, w))
        elif run:
            runs.append(run)
            run = []
        last_end = end
    if run:
        runs.append(run)
    out = []
    for r in runs:
        words = []
        whole = tuple(w for _, _, w in r)
        for i, (s, e, w) in enumerate(r):
            mid = not opens_sentence(text, token_start.get(s, s), ss) if i == 0 else True
            # A sentence's first word joins a run by its position alone.
            level = cased_word_level(w, lang, mid_sentence=mid, headline=headline,
                                     in_run=len(r) > 1 and mid, evidence=evidence,
                                     before_name=i < len(r) - 1, other_langs=other_langs)
            if level == WEAK and mid and not headline and _next_to_a_name(r, i, lang):
                # A rare word of its own language beside a name known
                # abroad is the rest of that name ("Sri Mulyani"), not a
                # word of a descriptive one ("Badan Nasional Penanggulangan").
                level = STRONG
            if level:
                words.append(NameWord(s, e, w, level, may_translate(w, lang, other_langs), whole))
        if words:
            out.append(words)
    return out


_JIEBA_NAME_TAGS = ("nr", "ns", "nt")


@lru_cache(maxsize=1)
def _jieba_posseg():
    import logging
    import jieba   # lazy: only for Chinese
    jieba.setLogLevel(logging.WARNING)
    import jieba.posseg
    return jieba.posseg


@lru_cache(maxsize=4096)
def chinese_words(part: str) -> tuple[str, ...]:
    """jieba's words of a Chinese text, in order (they cover it whole), cut
    once however many rules read the same unit."""
    _jieba_posseg()   # sets jieba's logging before its dictionary loads
    import jieba
    return tuple(jieba.cut(part))


@lru_cache(maxsize=4096)
def chinese_tagged_words(part: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of a Chinese text with their part-of-speech tags (nr,
    nrt, ns, nt, n...), in order (they cover it whole), cut once however many
    rules read the same unit: the names, their sound keys and the
    transcriptions gone all read one unit's tags."""
    return tuple((pair.word, pair.flag) for pair in _jieba_posseg().cut(part))


def chinese_names(text: str, ss: int, se: int) -> list[list[NameWord]]:
    """Names tagged by jieba's dictionary (person nr*, place ns, organisation nt)."""
    out, pos = [], ss
    for w, tag in chinese_tagged_words(text[ss:se]):
        s = pos
        pos += len(w)
        if tag.startswith(_JIEBA_NAME_TAGS) and len(w) >= 2:
            out.append([NameWord(s, s + len(w), w, STRONG)])
    return out


_KATAKANA_RUN = re.compile(r"[\u30A1-\u30FA][\u30A1-\u30FF・]+")


def japanese_names(text: str, ss: int, se: int) -> list[list[NameWord]]:
    """Katakana runs: foreign names, but loanwords too, so weak."""
    return [[NameWord(m.start(), m.end(), m.group(), WEAK)]
            for m in _KATAKANA_RUN.finditer(text, ss, se) if len(m.group().strip("ー・")) >= 2]


def find_names(text: str, lang: str | None, ss: int, se: int, evidence: CaseEvidence,
               other_langs: tuple[str, ...] = ()) -> list[list[NameWord]]:
    """Runs of name words in text[ss:se], with the evidence the language gives.
    ``other_langs``: languages whose dictionaries may also be asked (the
    other side of a translation)."""
    if lang == "zh":
        return chinese_names(text, ss, se)
    if lang == "ja":
        return japanese_names(text, ss, se)
    return cased_names(text, lang, ss, se, evidence, other_langs)


def tokens(text: str, lang: str | None, ss: int = 0, se: int | None = None) -> list[str]:
    """The words of text[ss:se] to look names up among: letter runs, jieba's
    words for Chinese, pykakasi's for Japanese."""
    se = len(text) if se is None else se
    part = text[ss:se]
    if lang == "zh":
        return [w for w in chinese_words(part) if w.strip()]
    if lang == "ja" and _KANA_RE.search(part):
        return [p["orig"] for p in _kakasi().convert(part) if p["orig"].strip()]
    # (Hyphenated words only where the text has a hyphen: most have none.)
    return LETTERS_RE.findall(part) + ([w for w in WORD_RE.findall(part) if "-" in w] if "-" in part else [])


# -- aliases: exonyms and translated names ---------------------------------

@lru_cache(maxsize=1)
def _project_groups() -> list[frozenset[str]]:
    data = json.loads(resources.files("mtaudit").joinpath("data/entity_names.json").read_text("utf-8"))
    return [frozenset(key(n) for names in g.values() for n in names)
            for g in data["places"] + data["organisations"]]


@lru_cache(maxsize=64)
def aliases(lang_a: str | None, lang_b: str | None) -> dict[str, frozenset[str]]:
    """Name key -> keys of the same place in either language: the project's
    table, and CLDR's country and time-zone city names in both languages."""
    groups = list(_project_groups())
    langs = tuple(sorted({lang_a or "", lang_b or "", "en"} - {""}))
    groups += _cldr_groups(langs)
    language_groups = _cldr_language_groups(langs)
    groups += language_groups
    # Groups sharing a name are one place ("US" of the project's table and
    # "United States" of CLDR's): merged, union-find style.
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, g in enumerate(groups):
        for k in g:
            if k in first:
                parent[root(i)] = root(first[k])
            else:
                first[k] = i
    merged: dict[int, set[str]] = {}
    for i, g in enumerate(groups):
        merged.setdefault(root(i), set()).update(g)
    out = Aliases({k: frozenset(g) for g in merged.values() for k in g if k})
    for k in out:
        out.by_prefix.setdefault(k[:4], []).append(k)
    out.languages = frozenset(k for g in language_groups for k in g)
    return out


class Aliases(dict):
    """Name key -> keys of the same place; ``by_prefix`` finds the keys an
    inflected form may belong to ("kitaia" ~ "kitay", "turtsii" ~ "turtsiia")."""

    def __init__(self, *args):
        super().__init__(*args)
        self.by_prefix: dict[str, list[str]] = {}
        #: Keys that are names of languages (adjectives, demonyms).
        self.languages: frozenset[str] = frozenset()


def babel_locales(langs: tuple[str, ...]) -> list:
    """(language, Babel Locale) of each language Babel knows; none without
    Babel (it is optional: the project's table remains)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        babel_missing()
        return []
    locales = []
    for lang in langs:
        try:
            locales.append((lang, Locale.parse(lang)))
        except (UnknownLocaleError, ValueError):
            continue
    return locales


def _cldr_groups(langs: tuple[str, ...], keep_single: bool = False) -> list[frozenset[str]]:
    locales = babel_locales(langs)
    if not locales:
        return []
    from babel.core import get_global
    from babel.dates import get_timezone_location
    groups: dict[str, set[str]] = {}
    for lang, loc in locales:
        for code, name in loc.territories.items():
            if code in ("001", "ZZ"):   # "World", "Unknown Region": no place
                continue
            groups.setdefault("T" + code, set()).add(key(name, lang))
        for tz in get_global("zone_territories"):
            if tz.count("/") != 1 or tz.startswith("Etc/"):
                continue
            city = get_timezone_location(tz, locale=loc, return_city=True)
            if city:
                groups.setdefault("Z" + tz, set()).add(key(city, lang))
    return [frozenset(g) for g in groups.values() if keep_single or len(g) > 1]


def _cldr_language_groups(langs: tuple[str, ...]) -> list[frozenset[str]]:
    """CLDR's names of languages, in Latin script, in each of the languages
    (en "German", fr "allemand", es "alemán", id "Jerman"): the adjective
    and often the demonym of a people ("Spaniard" ~ "Spanish" ~ "espagnol",
    "Scottish" ~ "Scots" ~ "écossais"), which translations write with or
    without a capital, and that no table of places pairs."""
    groups: dict[str, set[str]] = {}
    for lang, loc in babel_locales(langs):
        for code, name in loc.languages.items():
            if "_" in code or not all(ord(c) < 0x250 for c in name):
                continue   # regional variants ("en_GB"); names in other scripts
            k = key(name, lang)
            if len(k) >= 4:
                groups.setdefault(code, set()).add(k)
    return [frozenset(g) for g in groups.values() if len(g) > 1]


def _alias_of(k: str, alias: dict[str, frozenset[str]], lang: str | None = None) -> frozenset[str]:
    """Aliases of a key, or of the base form of an inflected one. A key of a
    syllabic script's romanisation does not inflect: it may only be a
    compound that begins with the whole alias (ハリウッドスター, "Hollywood
    star"), not a word sharing its first syllables ("yingchao", 英超, is no
    form of "yingguo", 英国)."""
    found = alias.get(k)
    if found is not None:
        return found
    prefixes = getattr(alias, "by_prefix", None)
    if len(k) < 5 or not prefixes:
        return frozenset()
    agree = (lambda cand: k.startswith(cand)) if lang in SYLLABIC else (lambda cand: stems_agree(k, cand))
    out: set[str] = set()
    for cand in prefixes.get(k[:4], ()):
        if agree(cand):
            out |= alias[cand]
    return frozenset(out)


# -- looking a name up in a text -------------------------------------------

@dataclass
class NameIndex:
    """The words of a text, keyed for name look-ups."""

    keys: set[str]
    flat: str                       # all keys joined, for multi-word aliases
    acronyms: set[str]              # letters of words in capitals, sorted
    skeletons: set[str]
    by_initial: dict[str, list[str]]
    #: Keys of the words that may be names (with a capital in a cased
    #: script): what a name spelt another way is compared with.
    capitalised: frozenset[str] = frozenset()
    #: The words as written, and their language: what the gazetteer is
    #: asked (mtaudit.gazetteer), only when a look-up comes that far.
    words: tuple[str, ...] | list[str] = ()
    lang: str | None = None
    _places: frozenset[int] | None = None

    @classmethod
    def build(cls, words: list[str], lang: str | None) -> "NameIndex":
        """Sounds are compared with the words that may be names only: words
        with a capital in a cased script, every word in another."""
        keys, acr, skel, ordered, caps = set(), set(), set(), [], set()
        prev = None
        for w in words:
            k = key(w, lang)
            if not k:
                prev = None
                continue
            keys.add(k)
            ordered.append(k)
            if w.isupper() and w.isalpha():
                acr.add("".join(sorted(k)))
            if w[0].isupper() or w.lower() == w.upper():   # (not is_cased_word(w), inlined)
                skel.add(skeleton(k))
                caps.add(k)
                # Two words written as one in the other language ("Xi Jinping" ~ 习近平).
                if prev is not None:
                    skel.add(skeleton(prev + k))
                    keys.add(prev + k)
                prev = k
            else:
                prev = None
        by_initial: dict[str, list[str]] = {}
        for k in keys:
            by_initial.setdefault(k[:1], []).append(k)
        return cls(keys, " " + " ".join(ordered) + " ", acr, {s for s in skel if s}, by_initial,
                   frozenset(caps), words, lang)

    def name_runs(self) -> list[tuple[str, ...]]:
        """The words that may be names (as ``capitalised``), in runs of
        neighbours, as written."""
        runs, run = [], []
        for w in self.words:
            if (not is_cased_word(w) or w[0].isupper()) and key(w, self.lang):
                run.append(w)
            elif run:
                runs.append(tuple(run))
                run = []
        return runs + [tuple(run)] if run else runs

    def places(self) -> frozenset[int]:
        """The gazetteer's places that the words that may be names name."""
        if self._places is None:
            self._places = frozenset().union(*(places_of_words(r, self.lang) for r in self.name_runs()))
        return self._places

    def same_place(self, word: str, lang: str | None, run: tuple[str, ...]) -> bool:
        """The name word (alone, or written together with its run's
        neighbours: "New York") and a name of this text are both names of
        one place of the gazetteer (Munich / «Мюнхене», Auschwitz /
        «Освенцим»): a spelling shared by several places, or that is also a
        common word ("Nice", "Split"), matches only a name of the same place."""
        # (The word's places first: most words looked up are no place, and
        # this text's places are then never gathered.)
        cands = [word]
        if len(run) > 1 and word in run:
            i = run.index(word)
            cands += ["".join(run[a:b]) for a, b in ((i - 1, i + 1), (i, i + 2), (i - 1, i + 2),
                                                      (i - 2, i + 1), (i, i + 3))
                      if a >= 0 and b <= len(run)]
        return any((p := places(c, lang)) and p & self.places() for c in cands)

    def has(self, word: str, lang: str | None, run: tuple[str, ...] = (),
            alias: dict[str, frozenset[str]] | None = None, loose: bool = False,
            abbreviated: bool = False, exact: bool = False, same_script: bool = False) -> bool:
        """Is the name word (of a run of name words) found here, in any form?
        ``abbreviated``: the word is written with a full stop ("Rev.").
        ``exact``: as written (but for case, accents and aliases), not
        inflected nor transliterated: for looking in a whole document, where
        some word always shares a stem or sounds alike. ``same_script``:
        both texts in one script, where a name is written alike or spelt
        another way ("Müller"/"Mueller"), never transcribed: only the whole
        sound skeleton counts, not one sound apart ("Londonderry" is not
        "Zentimeter")."""
        w = strip_possessive(word)
        k = key(w, lang)
        if not k or k in self.keys:
            return True
        if not exact and any(stems_agree(k, t) for t in self.by_initial.get(k[:1], ())):
            return True
        if abbreviated and not exact and 3 <= len(k) <= 4 and not w.isupper() and any(
                len(t) > len(k) and t.startswith(k) for t in self.by_initial.get(k[:1], ())):
            return True   # an abbreviation written out ("Rev" ~ "Révérend")
        if w.isupper() and "".join(sorted(k)) in self.acronyms:
            return True
        if alias:
            cands = {k}
            for n in (2, 3, 4):
                for i in range(len(run) - n + 1):
                    if word in run[i:i + n]:
                        cands.add("".join(key(x, lang) for x in run[i:i + n]))
            for c in cands:
                for alt in _alias_of(c, alias, lang):
                    if alt in self.keys or (len(alt) > 4 and alt in self.flat.replace(" ", "")):
                        return True
                    # Between two Latin texts, a people's name or adjective
                    # (a language's name) derived like the name of its
                    # land ("Scots" ~ "Scotland", "coreano" ~ "Corea").
                    languages = getattr(alias, "languages", ())
                    if same_script and not exact and c == k and any(
                            (alt in languages or t in languages) and derived(alt, t)
                            for t in self.by_initial.get(alt[:1], ())):
                        # (Or the other way: a land's name, and its people
                        # in the other text, "Schweden" ~ "Suédois".)
                        return True
                    # A name of several words inflected in the other text
                    # ("Vereinigtes Königreich", "im Vereinigten
                    # Königreich"): one letter apart.
                    if same_script and len(alt) >= 10 and self._in_flat_one_slip(alt):
                        return True
            # Two names of one place that no rule of spelling or sound
            # relates (exonyms: "Munich" / «Мюнхене» / "München").
            if self.same_place(w, lang, run):
                return True
        if exact:
            return False
        if same_script:
            sk = skeleton(k)
            if len(sk) >= 3 and sk in self.skeletons:
                return True
            # A slip of spelling ("Miler"/"Miller", "Decahmbeau"/"Dechambeau"):
            # one letter added, dropped, changed or two swapped, in a name
            # of 4 letters or more with the same initial.
            # Only words that may be names are compared ("Ford" is not
            # "for", "Reed" not "read"); then one of them may have 3
            # letters ("Rahm"/"Ram").
            return len(k) >= 3 and any(len(t) >= 3 and max(len(k), len(t)) >= 4 and one_slip(k, t)
                                       for t in self.by_initial.get(k[:1], ())
                                       if t in self.capitalised)
        return self.sounds_like(k, loose)

    def _in_flat_one_slip(self, alt: str) -> bool:
        """The joined key ``alt`` stands in the text's joined keys but for one
        letter added, dropped or changed after its first six."""
        flat = self.flat.replace(" ", "")
        i = flat.find(alt[:6])
        while i >= 0:
            if any(one_slip(alt, flat[i:i + n]) for n in (len(alt) - 1, len(alt), len(alt) + 1)):
                return True
            i = flat.find(alt[:6], i + 1)
        return False

    def sounds_like(self, k: str, loose: bool = False) -> bool:
        """A transliteration: the consonant skeletons agree, allowing an
        inflected ending on either side, or one sound apart when long.
        ``loose``: a transcription into syllables that drops consonants
        (Chinese, Japanese: "Ford" ~ "FuTe", "Donald" ~ "TangNaDe") may
        keep only most of the skeleton, in order."""
        s = skeleton(k)
        if len(s) < 2:
            return False
        if s in self.skeletons:
            return True
        for t in self.skeletons:
            if len(t) >= 3 and len(s) >= 3 and (s.startswith(t) or t.startswith(s)) and \
                    abs(len(s) - len(t)) <= 1:
                return True
            if len(s) >= 4 and len(t) >= 4 and _close(s, t):
                return True
            if loose and s[0] == t[0] and _subsequence_match(s, t):
                return True
        return False
