"""Names of a Japanese source, told by a morphological analyser (MT403).

Katakana writes foreign names and loanwords alike (ボール "ball", パス "pass",
ヘンプヒル "Hemphill"), and kanji names (安倍, 東京) have readings that the
characters alone do not give. UniDic (the dictionary of fugashi, a MeCab
wrapper; PyPI ``fugashi`` + ``unidic-lite``) tags each word with its part of
speech, proper nouns among them (名詞-固有名詞-人名 person, -地名 place,
-一般 other), gives its reading in katakana (安倍 アベ), and for a loanword
its English origin in the lemma (ボール-ball, カーネギー-Carnegie,
ワシントン-Washington).

Used for two things: a name of the translation that a word of the source
reads as, or comes from, is accounted for (a name matched, not "come from
nowhere"); and a proper noun the analyser tags in the source is surely a
name, so that the translation leaving it out is one trace of a replaced name.
Without the package nothing here fires (``available()``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import cedict, japanese_words, resources
from .names import calendar_names
from .place_words import people_word
from .transcription import (SOUND_MATCH, key, romanise, sound_classes, sound_distance, sounds_alike,
                            strip_possessive)

#: UniDic's third-level tags of proper nouns.
PERSON, PLACE, OTHER = "人名", "地名", "一般"

_ORIGIN_RE = re.compile(r"-([A-Za-z][A-Za-z'’ .\-]*)$")
_KANA_RE = re.compile(r"^[\u3040-\u30ff・ー]+$")
_JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True)
class Morpheme:
    """One word of the analysed text: offsets in that text, its surface, its
    part of speech (``noun``: a noun of any kind), ``proper`` (PERSON, PLACE,
    OTHER or None), ``reading`` (a romanised key of its reading, "" if none)
    and ``origin`` (the English word a loanword comes from, "" if none)."""

    start: int
    end: int
    surface: str
    noun: bool
    proper: str | None
    reading: str
    origin: str
    known: bool = True
    #: (names_gone) a whole name whose English spelling ``origin`` is
    spelt: bool = False
    #: (names_gone) a whole katakana word the analyser does not know
    unknown: bool = False


_WITHOUT = ("names of a Japanese source are found by their katakana alone, without UniDic's "
            "proper-noun tags and readings (MT403)")


@lru_cache(maxsize=1)
def _tagger():
    """fugashi's tagger, or None (the run's warnings say why: mtaudit.resources)."""
    try:
        import fugashi
    except ImportError:
        resources.missing("fugashi", "the Japanese morphological analyser fugashi is not installed "
                          f"(pip install fugashi unidic-lite): {_WITHOUT}", ("ja",))
        return None
    try:
        tagger = fugashi.Tagger()
    except RuntimeError as e:   # no dictionary for it (unidic-lite)
        resources.missing("fugashi", "the Japanese morphological analyser fugashi could not load "
                          f"its dictionary ({type(e).__name__}: {' '.join(str(e).split())[:160]}; "
                          f"pip install unidic-lite): {_WITHOUT}", ("ja",))
        return None
    resources.found("fugashi")
    return tagger


def available() -> bool:
    return _tagger() is not None


@lru_cache(maxsize=50_000)
def _romaji(kana: str) -> str:
    return re.sub(r"[^a-z]", "", romanise(kana, "ja").casefold())


@lru_cache(maxsize=20_000)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """The words of a Japanese text (a unit's source), tagged; cached per
    text, since a unit is asked about by both sides of the check."""
    tagger = _tagger()
    if tagger is None or not _JAPANESE_RE.search(text):
        return ()
    out, pos = [], 0
    for w in tagger(text):
        s = w.surface
        start = text.find(s, pos)
        if start < 0:
            continue
        pos = start + len(s)
        f = w.feature
        pos1, pos2, pos3 = f[0], f[1], f[2]
        kana = f[6] if len(f) > 6 and f[6] not in (None, "*") else ""
        known = bool(kana)
        if not kana and _KANA_RE.match(s):
            kana = s   # a word the dictionary lacks, written in kana
        lemma = f[7] if len(f) > 7 and f[7] else ""
        m = _ORIGIN_RE.search(lemma)
        origin = m.group(1) if m else ""   # (not メルケル-外国, "foreign", unnamed)
        noun = pos1 == "名詞"
        proper = pos3 if noun and pos2 == "固有名詞" and pos3 in (PERSON, PLACE, OTHER) else None
        # (Readings of nouns only: names are nouns, and romanising is most
        # of the cost.)
        out.append(Morpheme(start, pos, s, noun, proper, _romaji(kana) if kana and noun else "", origin, known))
    return tuple(out)


_KATAKANA_RE = re.compile(r"^[\u30a0-\u30ff]+$")
#: A vowel Japanese adds after a consonant that English closes a syllable
#: with (Holt ホルト "horuto", Hemphill ヘンプヒル "henpuhiru", Smith スミス
#: "sumisu"): u after most consonants, o after t and d, i after ch, sh, j.
_EPENTHETIC = re.compile(r"(?<=[bcdfghjkmnprstvwz])u(?=[^aeiou]|$)|(?<=[td])o(?=[^aeiou]|$)"
                         r"|(?<=sh|ch)i(?=[^aeiouy]|$)|(?<=j)i(?=[^aeiouy]|$)")


def without_epenthesis(k: str) -> str:
    """A romanised katakana key without the vowels Japanese adds between
    consonants ("horuto" -> "hort")."""
    return _EPENTHETIC.sub("", k)


def name_like(m: Morpheme) -> bool:
    """A word that may render a foreign or Japanese name: a proper noun, or a
    noun written in katakana (a loanword, or a name the dictionary lacks).
    Common nouns in kanji are not: their readings would match names by
    chance (今週 "konshuu")."""
    return m.noun and bool(m.reading) and (m.proper is not None or bool(_KATAKANA_RE.match(m.surface)))


def _runs(ms: tuple[Morpheme, ...], i: int) -> list[str]:
    """Readings of the name-like word at i, alone and joined with up to two
    such words on each side (two names written as one katakana word:
    スコット|ピットマン)."""
    out = [ms[i].reading]
    lo = i
    while lo > 0 and i - lo < 2 and name_like(ms[lo - 1]):
        lo -= 1
    hi = i + 1
    while hi < len(ms) and hi - i < 3 and name_like(ms[hi]):
        hi += 1
    for a in range(lo, i + 1):
        for b in range(i + 1, hi + 1):
            if b - a >= 2:
                out.append("".join(m.reading for m in ms[a:b]))
    return out


@dataclass(frozen=True)
class Spelt:
    """A katakana word of the source standing alone (not written against
    another katakana word) whose English spelling the analyser gives:
    ``reading`` (romanised), ``origin`` (マーティン: "maachin", "Martin"),
    ``ordinary`` (a word the dictionary gives as an ordinary one: チーム
    "team", whose sound renders no name)."""

    surface: str
    reading: str
    origin: str
    ordinary: bool


def spelt_words(text: str, ss: int, se: int) -> tuple[Spelt, ...]:
    """The katakana words of text[ss:se] with an English spelling (Spelt)."""
    ms = morphemes(text[ss:se])
    return tuple(Spelt(m.surface, m.reading, m.origin, m.proper is None and japanese_words.is_ordinary(m.surface))
                 for i, m in enumerate(ms) if _spelt(ms, i))


def _spelt(ms: tuple[Morpheme, ...], i: int) -> bool:
    m = ms[i]
    return bool(m.origin and m.reading and m.noun and _KATAKANA_RE.match(m.surface)) \
        and not _fragment(ms, i) and not _against_katakana(ms, i)


def spelt_renders(name: str, w: Spelt, tl: str | None) -> bool:
    """Does a name of the translation render a katakana word of the source
    whose English spelling is known? By that spelling (spelt_alike: "Jon"
    for ジョン "John", "Varela" for バレラ "Barrera"), or, but for an
    ordinary word, by its sound where the name sounds like it no worse than
    that spelling does (ローズ "Rhodes": Rose; the analyser gives one English
    word for a katakana word that writes several). Not a word that only
    sounds somewhat like it ("Chinese" / トーマス, "Hurricane" / アリゾナ),
    nor a name sounding like the English word ("Sam" / チーム "team")."""
    if spelt_alike(name, w.origin):
        return True
    if w.ordinary:
        return False
    k = key(strip_possessive(name))
    ks = [w.reading, without_epenthesis(w.reading)]
    return any(sounds_alike(k, r, "ja") for r in ks) and _reading_distance(k, ks) <= _reading_distance(key(w.origin), ks)


_KANJI_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def kanji_name_spans(text: str, ss: int, se: int) -> list[tuple[int, int]] | None:
    """Spans (offsets in text) of the words with kanji of text[ss:se] that
    may be names: the analyser's proper nouns (安倍, 東京) and the words it
    does not know; None without the analyser (any word may be one)."""
    if not available():
        return None
    return [(m.start + ss, m.end + ss) for m in morphemes(text[ss:se])
            if _KANJI_RE.search(m.surface) and (m.proper or not m.known)]


def glossed_in(word: str, text: str, ss: int, se: int) -> bool:
    """Does a gloss of a word of text[ss:se] (JMdict's, through FreeDict
    jpn-eng) hold the English word (or its singular)? Without the
    dictionary, always: nothing is known to come from nowhere."""
    from . import freedict
    glosses = freedict.japanese_glosses()
    if not glosses:
        return True
    w = strip_possessive(word).casefold()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-3] + "y" if w.endswith("ies") else w}
    found = _gloss_words(text[ss:se])
    return bool(forms & found)


@lru_cache(maxsize=5_000)
def _gloss_words(part: str) -> frozenset[str]:
    from . import freedict
    glosses = freedict.japanese_glosses()
    out: set[str] = set()
    ms = morphemes(part)
    # (Words alone and two or three together: the analyser cuts 安息|日,
    # JMdict glosses 安息日 "Sabbath".)
    for i in range(len(ms)):
        for n in (1, 2, 3):
            if i + n <= len(ms) and all(ms[j].end == ms[j + 1].start for j in range(i, i + n - 1)):
                for g in glosses.get("".join(m.surface for m in ms[i:i + n]), ()):
                    out.update(x.casefold() for x in re.findall(r"[A-Za-z]+", g))
    return frozenset(out)


def source_keys(text: str, ss: int, se: int) -> list[str]:
    """Romanised keys of the source's nouns by their readings (安倍 "abe"),
    alone and joined with their neighbours, and of the English words that
    its loanwords come from (カーネギー "carnegie"): what a name of the
    translation may be the rendering of."""
    part = text[ss:se]
    ms = morphemes(part)
    out = set()
    for i, m in enumerate(ms):
        if not name_like(m):
            continue
        runs = _runs(ms, i)
        if _spelt(ms, i):
            # A word whose English spelling is known renders a name by that
            # spelling or its own sound (spelt_renders), not by the sound
            # of its English word ("team" is not Sam) nor loosely.
            runs = runs[1:]
        elif m.origin:
            out.add(key(m.origin))
        if m.proper is None and japanese_words.is_ordinary(m.surface):
            # A loanword the dictionary gives as an ordinary word (チーム
            # "team"): rendered by its English word, not by its sound
            # ("chiimu" is not Sam); but joined with its neighbours it may
            # be a name made of words (ベスト|ウッド Bestwood).
            runs = runs[1:]
        out.update(runs)
        if _KATAKANA_RE.match(m.surface):
            # (Only for katakana: a kanji reading has no added vowels, and
            # without its vowels it would match names by chance.)
            out.update(without_epenthesis(k) for k in runs)
    return [k for k in out if len(k) >= 2]


def origin_words(text: str, ss: int, se: int) -> frozenset[str]:
    """The English words (casefolded) the source's loanwords come from."""
    return frozenset(w.casefold() for m in morphemes(text[ss:se]) if m.origin
                     for w in re.findall(r"[A-Za-z]+", m.origin))


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def names_gone(text: str, ss: int, se: int, target_part: str, tl: str | None, alias,
               named_elsewhere: frozenset[str] = frozenset(),
               kinds: tuple[str, ...] = (PERSON, PLACE)) -> list[Morpheme]:
    """The names of text[ss:se] (offsets in text) that the translation's part
    does not render. Names: katakana words the analyser tags as persons or
    places, or does not know at all (サイポフ), or whose English origin is a
    name the translation writes elsewhere (``named_elsewhere``, casefolded:
    トランプ "trump", a card game to the dictionary); kanji words tagged as
    proper nouns that CLDR, the project's table or CC-CEDICT name (英国
    "Britain"): the Japanese reading of a Chinese or Korean name (李容浩
    "ri you kou") says nothing of its English spelling (Ri Yong Ho).
    Rendered: by the English word a loanword comes from, by sound (the
    word's reading, alone or with its neighbours), as a place's other name
    or gloss (or their initials: "U.S."), or as a word for its people
    ("Welsh" for ウェールズ)."""
    part = text[ss:se]
    ms = morphemes(part)
    words = [w for w in _LATIN_WORD.findall(target_part)]
    lower = {strip_possessive(w).casefold() for w in words}
    lower |= {m.group().replace(".", "").casefold() for m in _DOTTED_ACRONYM.finditer(target_part)}
    capitalised = [w for w in words if w[0].isupper()]
    caps = [key(strip_possessive(w)) for w in capitalised]
    # Two capitalised words together ("New York" for ニューヨーク), but not
    # a function word with a capital ("The US": "theus" is no ドイツ "doitsu").
    pairs = [(a, strip_possessive(b)) for a, b in zip(capitalised, capitalised[1:]) if not function_word(a, tl)]
    caps += [key(a + b) for a, b in pairs]
    caps = [c for c in caps if c]
    all_keys = {key(w) for w in words} | set(caps)
    peoples = [key(w) for w in words if w[0].isupper() and people_word(w, tl)]
    cut = _cut_names(ms)
    out = []
    for i, m in enumerate(ms):
        if not m.noun or not m.reading:
            continue
        katakana = bool(_KATAKANA_RE.match(m.surface))
        places = alias.get(key(m.surface, "ja"), frozenset())
        glossed = _gloss_names(m.surface) if not katakana and m.proper else ()
        for g in glossed:
            places = places | alias.get(key(g), frozenset())   # 米国 "United States": "America"
        fragment = katakana and (_fragment(ms, i) or i in cut)
        if katakana:
            if not (m.proper in kinds or (not m.known and _unknown_name(m.surface)) or fragment
                    or (m.origin and m.origin.casefold() in named_elsewhere)):
                continue
        elif not (m.proper and (places or glossed)):
            continue
        elif i + 1 < len(ms) and ms[i + 1].surface == "語" and ms[i + 1].start == m.end:
            continue   # a language named by its place (北京|語 "Mandarin"), not the place
        if places & all_keys:
            continue
        origin = re.findall(r"[A-Za-z]+", m.origin)
        if origin and all(w.casefold() in lower for w in origin):
            continue
        if glossed and any(all(w.casefold() in lower for w in g.split()) or _acronym(g) in lower
                           for g in glossed):
            continue
        spelt = _spelt(ms, i) and i not in cut and not places
        if spelt:
            # A whole katakana word whose English spelling the analyser
            # gives (アリゾナ "Arizona") is rendered by that spelling, not by
            # its sounds, which are like other names by chance
            # ("Hurricane", "Gary Hart" / コロラド). (Not one written
            # against another katakana word: a piece of a longer name,
            # ツァイス|ラー Czeisler, ローゼン|スタイン Rosenstein, whose
            # origins, Zeiss and Stein, are not its spelling; nor a place
            # CLDR names, ドイツ "Duits": by those names.)
            word = Spelt(m.surface, m.reading, m.origin, False)
            if any(spelt_renders(t, word, tl) for t in capitalised) or (
                    " " in m.origin.strip() and any(_pair_spelt(a, b, m.origin) for a, b in pairs)):
                continue
        else:
            keys = _runs(ms, i)
            if katakana:
                keys += [without_epenthesis(k) for k in keys]
            if any(sounds_alike(t, k, "ja") for k in keys for t in caps):
                continue
        english = [key(m.origin)] + [key(g) for g in glossed] + list(places)
        if peoples and any(_people_of(p, english + ([] if spelt else keys)) for p in peoples):
            continue   # "Welsh" for ウェールズ, "German" for ドイツ
        if any(len(e) >= 4 and t[:4] == e[:4] for e in english if e for t in caps):
            continue   # "Scottish" for スコットランド (no country of CLDR's)
        out.append(Morpheme(m.start + ss, m.end + ss, m.surface, m.noun, m.proper, m.reading, m.origin,
                            m.known and not fragment, spelt,
                            katakana and not m.known and not fragment and _unknown_name(m.surface)))
    return out


def _reading_distance(latin_key: str, readings: list[str]) -> float:
    """How far a Latin key sounds from the closest of a katakana word's
    romanised readings (sound_distance of their classes)."""
    a = sound_classes(latin_key)
    return min((sound_distance(a, sound_classes(k)) for k in readings if k), default=9.0)


def _pair_spelt(a: str, b: str, spelling: str) -> bool:
    """Two capitalised words spelling a name of two words, each its word
    ("New York" / ニューヨーク; not "La Rose" for ラパス "La Paz", alike as a
    whole by one consonant)."""
    words = spelling.split()
    return len(words) == 2 and spelt_alike(a, words[0]) and spelt_alike(b, words[1])


def spelt_alike(latin_name: str, spelling: str) -> bool:
    """Does a name of the translation sound like a Latin spelling (the
    English word a Japanese loanword comes from)? The same name spelt
    otherwise ("Kathryn" / Catherine, "Schroeder" / Schroder). Two Latin
    spellings are compared as closely as a transcription is matched
    (SOUND_MATCH), from the same first sound: names_translit.LOOSE_MATCH, for sounds read through
    another script, finds "Kennedy" half like "Tennessee"."""
    k = key(strip_possessive(latin_name))
    b = sound_classes(key(spelling))
    # (Beginning with the same sound: two spellings of one name do, and the
    # classes, vowels merged, find "Hurricane" near "Arizona" otherwise.
    # Katakana writes v as b, バレラ: the analyser's spelling of a name
    # with a v may have a b, "Barrera" for Varela.)
    for a in {sound_classes(k), sound_classes(k.replace("v", "b"))}:
        if a and b and a[0] == b[0] and sound_distance(a, b) <= SOUND_MATCH + 1e-9:
            return True
    return False


#: Zipf frequency from which an English word is a function word ("the",
#: "in", "on", "it", "but"; not "new", "may", "will", which open names).
FUNCTION_WORD_ZIPF = 6.5


def function_word(word: str, lang: str | None) -> bool:
    """A word among the most frequent of its language (the, in, but): one
    that a capital at a sentence's start makes no name."""
    from .languages import wordfreq_languages, zipf
    return bool(lang) and lang in wordfreq_languages() and zipf(word.casefold(), lang) >= FUNCTION_WORD_ZIPF


def _fragment(ms: tuple[Morpheme, ...], i: int) -> bool:
    """A short katakana word with no English origin written against another
    katakana word: a piece of a name the dictionary cut into words it knows
    (カバ|ノー Kavanaugh, プラス|コ Plasco)."""
    m = ms[i]
    if m.origin or m.proper or len(m.surface) > 2:
        return False
    return any(0 <= j < len(ms) and _KATAKANA_RE.match(ms[j].surface) and ms[j].noun
               and (ms[j].end == m.start or m.end == ms[j].start) for j in (i - 1, i + 1))


def _against_katakana(ms: tuple[Morpheme, ...], i: int) -> bool:
    """Is the word at i written against another katakana word (no dot, no
    space between)?"""
    m = ms[i]
    return any(0 <= j < len(ms) and _KATAKANA_RE.match(ms[j].surface) and ms[j].surface != _NAME_DOT
               and (ms[j].end == m.start or m.end == ms[j].start) for j in (i - 1, i + 1))


_NAME_DOT = "・"


def _cut_names(ms: tuple[Morpheme, ...]) -> set[int]:
    """Indices of katakana nouns written together (no dot, no space) that no
    dictionary knows as one word, JMdict nor the analyser, and that are as
    short as a name (UNKNOWN_NAME_CHARS): a name the analyser cut into
    loanwords it knows (フライ|シャー Fleischer, カバ|ノー Kavanaugh). None
    without JMdict (FreeDict's jpn-eng)."""
    from . import freedict
    known = freedict.japanese_glosses()
    out: set[int] = set()
    if not known:
        return out   # (without JMdict, no word is known not to be one)
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and _KATAKANA_RE.match(ms[j + 1].surface) and ms[j + 1].noun \
                and ms[j + 1].start == ms[j].end and _KATAKANA_RE.match(ms[i].surface) and ms[i].noun:
            j += 1
        if j > i:
            whole = "".join(m.surface for m in ms[i:j + 1])
            if 3 <= len(whole) <= UNKNOWN_NAME_CHARS and "・" not in whole \
                    and not any(m.proper for m in ms[i:j + 1]) \
                    and whole not in known:
                out.update(range(i, j + 1))
        i = j + 1
    return out


#: Longest katakana word (or part between middle dots) the dictionary does
#: not know that is taken for a name: longer ones are compounds it could
#: not cut (ソプラノピピストレル, シノベーションベンチャー).
UNKNOWN_NAME_CHARS = 7


def _unknown_name(surface: str) -> bool:
    parts = [p for p in surface.split("・") if p]
    return bool(parts) and all(3 <= len(p) <= UNKNOWN_NAME_CHARS for p in parts)


_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_NAME_WORDS = re.compile(r"[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+)*")


def _gloss_names(word: str) -> tuple[str, ...]:
    """Names (runs of capitalised words) of CC-CEDICT's glosses of a kanji
    word (英国 "United Kingdom", "Great Britain", "Britain"...), and each of
    their words; none without the dictionary."""
    if not cedict.available():
        return ()
    out = []
    for g in cedict.glosses(word):
        for run in _NAME_WORDS.findall(g):
            out.append(run)
            # (Its capitalised words: "of" in "United Kingdom of Great
            # Britain" is no name, and any translation says it.)
            out += [w for w in run.split() if w[:1].isupper()]
    return tuple(dict.fromkeys(w for w in out if w not in ("Of", "The")))


def _acronym(name: str) -> str:
    words = [w for w in name.split() if w[0].isupper()]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else "\0"


#: Largest sound distance between a word for a people and its place's name
#: (Welsh / Wales, German / Germany, Scottish / Scotland).
PEOPLE_MATCH = 0.6


def _people_of(people: str, place_keys: list[str]) -> bool:
    """Is the key of a people's word ("welsh") close in sound to one of a
    place's keys ("wales"), beginning alike?"""
    a = sound_classes(people)
    for k in place_keys:
        b = sound_classes(k) if k else ""
        if a and b and a[0] == b[0] and sound_distance(a, b) <= PEOPLE_MATCH:
            return True
    return False


#: A month (6月, ６月, 十二月: not 3ヶ月, a span) and a day of the week
#: (土曜日, 土曜) as Japanese writes them.
_MONTH_RE = re.compile(r"(?<![\d０-９一二三四五六七八九十])([\d０-９]{1,2}|[一二三四五六七八九十]{1,3})\s?月(?!曜)")
_DAY_RE = re.compile(r"([月火水木金土日])曜")
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DAYS = "月火水木金土日"   # Monday first


def _month_number(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        n = int(s)
    elif s == "十":
        n = 10
    elif s.startswith("十"):
        n = 10 + _KANJI_DIGITS.get(s[1:], 99)
    else:
        n = _KANJI_DIGITS.get(s, 99)
    return n if 1 <= n <= 12 else None


def calendar_gone(text: str, ss: int, se: int, target_part: str, tl: str | None) -> list[tuple[int, int, str]]:
    """Months and days of the week that text[ss:se] names and the
    translation's part does not (by CLDR's names in the target language, a
    capitalised word beginning with three letters of one or more: "Sept.",
    "Sat"): (start, end, surface). English writes them as names, so one
    gone is what a name come may have replaced."""
    names = calendar_names(tl) if tl else {}
    if not names:
        return []
    words = {w.casefold() for w in re.findall(r"\b[A-Z][a-z]{2,}", target_part)}
    said = {named for name, named in names.items() if any(name.startswith(w) for w in words)}
    out = []
    for m in _MONTH_RE.finditer(text, ss, se):
        n = _month_number(m.group(1))
        if n and f"m:{n}" not in said:
            out.append((m.start(), m.end(), m.group()))
    for m in _DAY_RE.finditer(text, ss, se):
        if f"d:{_DAYS.index(m.group(1))}" not in said:      # CLDR's days: 0 = Monday
            out.append((m.start(), m.end(), m.group()))
    return out
