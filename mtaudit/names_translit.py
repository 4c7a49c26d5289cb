"""Names across scripts: is a name of a Latin-script translation the
transcription of a word of a source in another script (Cyrillic, Chinese,
Japanese, Devanagari...), and how sure is a name replaced.

Transcriptions change spelling by rules of sound, not letter ("Whitehall" is
«Уайтхолл», "Trump" 特朗普 and トランプ): the romanisation and the comparison
of sounds are mtaudit.transcription's (``sounds_alike``, ``translit_key``).

A replaced name leaves traces on both sides of an aligned unit: a name of
the translation with no counterpart in the source, and a name of the source
with none in the translation. ``replacement_evidence`` weighs them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import cedict, freedict, gazetteer, hindi_words, japanese_words, names_japanese, place_words, resources
from .document import document_cache
from .morphology import analyser
from .names import (LETTERS_RE, STRONG, WEAK, WORD_RE, NameIndex, NameWord, _alias_of, aliases,
                    babel_locales, calendar_names, chinese_tagged_words, chinese_words, find_names, is_cased_word, one_slip,
                    sentence_initial, tokens)
from .place_words import _places_and_languages, people_word
from .transcription import (INFLECTING, SOUND_MATCH, _HAN_RE, _readings, _without_coda_r, key,
                            pinyin_sounds, romanise, sound_classes, sound_distance, sounds_alike, spelling_readings,
                            strip_possessive, translit_key)
from .written_case import UNKNOWN, written_case

from .languages import wordfreq_languages, zipf


# -- evidence of a replaced name ---------------------------------------------

#: Zipf frequency of an English (target) word from which a capitalised word
#: is also a common word ("Court", "House", "Democrats", "Friday"): names
#: made of such words are translated, not transcribed, so their lack of a
#: counterpart in another script says little.
COMMON_TARGET_ZIPF = 3.5
#: Zipf frequency under which a capitalised source word of a cased script
#: is rarely a common word written with a capital («Пелоси», «Кавано»;
#: not «Верховном», «Национальной»).
RARE_SOURCE_ZIPF = 3.5


def common_word(word: str, lang: str | None) -> bool:
    """A capitalised word that is also a common word of its language: one a
    spelling dictionary writes in lower case ("Court", "Democrats"; not
    "Nevada", "James"), where mtaudit.written_case has one; otherwise a
    frequent word (which frequent names are too: "James", "Madrid")."""
    w = strip_possessive(word)
    try:
        from .written_case import BOTH, COMMON, written_case
    except ImportError:   # no spelling dictionaries in this build
        written_case = None
    if written_case is not None:
        case = written_case(w, lang)
        if case is not None:
            return case in (COMMON, BOTH)
    if lang not in wordfreq_languages():
        return False
    return zipf(w.casefold(), lang) >= COMMON_TARGET_ZIPF


def rare_word(word: str, lang: str | None) -> bool:
    """A word its language's list knows little or not at all."""
    if lang not in wordfreq_languages():
        return True
    return zipf(word.casefold(), lang) < RARE_SOURCE_ZIPF


def common_compound(word: str, lang: str | None) -> bool:
    """A word written as one of two frequent words of its language
    ("Northeast", "Stateside"): a compound other languages translate."""
    w = strip_possessive(word).casefold()
    if not lang or lang not in wordfreq_languages() or not w.isalpha():
        return False
    return any(zipf(w[:i], lang) >= 4.5 and zipf(w[i:], lang) >= 4.5 for i in range(3, len(w) - 2))


def places_compound(word: str, lang: str | None, alias) -> bool:
    """A compound of places written with hyphens ("US-China", "Franco-German"
    is not one, "Russia-Ukraine" is): an adjective of a relation between
    places, which other languages write in lower case («американо-
    китайский») or turn round («с Америкой»): no rare name of its own. Each
    part must be a place of the alias table (CLDR's names and the
    project's)."""
    parts = strip_possessive(word).split("-")
    return len(parts) >= 2 and all(p and _alias_of(key(p, lang), alias, lang) for p in parts)


@lru_cache(maxsize=8)
def _city_countries(lang: str) -> dict[str, frozenset[str]]:
    """Key of a city CLDR names (its time-zone cities, in ``lang``) -> keys
    of its country's name in that language ("madrid" -> {"spain"})."""
    locales = babel_locales((lang,))
    if not locales:
        return {}
    [(_, loc)] = locales
    from babel.core import get_global
    from babel.dates import get_timezone_location
    out: dict[str, set[str]] = {}
    for tz, code in get_global("zone_territories").items():
        if tz.count("/") != 1 or tz.startswith("Etc/") or code not in loc.territories:
            continue
        city = get_timezone_location(tz, locale=loc, return_city=True)
        if city:
            out.setdefault(key(city, lang), set()).add(key(loc.territories[code], lang))
    return {k: frozenset(v) for k, v in out.items() if k}


def city_of_named_country(name: str, lang: str | None, source_places: set[str]) -> bool:
    """Is the name a city of a country the source names (``source_places``:
    keys, in the translation's language, of the places the source unit
    names)? News say a capital for its government ("Madrid" for «Испания»,
    "Washington" for «США»): the source's country, said otherwise."""
    if not lang or not source_places:
        return False
    return bool(_city_countries(lang).get(key(strip_possessive(name), lang), frozenset()) & source_places)


_CONTRACTION_RE = re.compile(r"['’](?:ve|d|m|ll|re|t)$")


@lru_cache(maxsize=8)
def _word_beginnings(lang: str) -> frozenset[str]:
    """Beginnings (3-4 letters) of a language's 10,000 most frequent words,
    which its abbreviations are ("Capt", "Sen", "Oct" of "captain",
    "senator", "october")."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        return frozenset()
    return frozenset(w[:n] for w in top_n_list(lang, 10_000) for n in (3, 4) if len(w) >= n + 2)


def no_name_in_translation(word: str, text: str, end: int, lang: str | None) -> bool:
    """A capitalised word of the translation that is no name of its own, by
    its form: a contraction of "I" ("I've"), the plural of an acronym
    ("MPs", "TVs", "PhD's"), a compound made a modifier by a lower-case
    last part ("Taliban-like", "U-turn", "Netherlands-based": other
    languages write an adjective), or an abbreviation of a title or a month
    ("Sen.", "Capt.", "Oct." before a name or a number: the beginning of a
    frequent word, followed by a full stop and a capital or a digit)."""
    bare = strip_possessive(word)
    if _CONTRACTION_RE.search(bare):
        return True
    capitals = sum(c.isupper() for c in bare)
    if capitals >= 2 and capitals * 2 >= len(bare):
        return True
    parts = bare.split("-")
    if len(parts) > 1 and parts[-1][:1].islower():
        return True
    if lang and len(bare) <= 4 and re.match(r"\.\s*[A-Z0-9]", text[end:end + 4]) \
            and bare.casefold() in _word_beginnings(lang):
        return True
    if lang and _title_abbreviation(bare, lang) and _TITLE_NEXT.match(text, end):
        # British style writes titles cut short without full stops, often
        # two in a row ("Det Insp Bob Blemmings", "Det Supt", "Maj Gen").
        nxt = _TITLE_NEXT.match(text, end).group(1)
        if _title_abbreviation(nxt, lang):
            return True
    return False


#: The capitalised word after another (a title's second part or a name).
_TITLE_NEXT = re.compile(r" ([A-Z][a-z]{1,3})(?![\w.])")


def _title_abbreviation(word: str, lang: str) -> bool:
    """A title cut short: two to four letters that begin a frequent word of
    the language ("Det" detective, "Insp" inspector, "Supt"), and no word or
    name of its dictionary ("Tom", "Dan", "Ann" are names)."""
    return 2 <= len(word) <= 4 and word.casefold() in _word_beginnings(lang) \
        and written_case(word, lang) == UNKNOWN


#: OpenCorpora grammemes of names: first names, surnames, patronymics,
#: places, organisations, trade marks.
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=100_000)
def dictionary_standing(word: str, lang: str | None) -> str | None:
    """What a morphological dictionary says of a capitalised word: "name"
    (one of its readings is a name: «Путиным», «Москве», «Челси»), "name"
    too for a word it does not know (a transcribed foreign name: «Бьорна»),
    "word" (a common word with a capital: «Тихоокеанском», «Палате», a
    sentence's first word «Познакомившись»), or None (no dictionary)."""
    morph = analyser(lang)
    if morph is None:
        return None
    if not morph.word_is_known(word.lower()):
        return "name"
    for parse in morph.parse(word)[:3]:
        if parse.tag.grammemes & _NAME_GRAMMEMES:
            return "name"
    return "word"


@dataclass(frozen=True)
class UnitNames:
    """The names of one aligned unit that found no counterpart on the other
    side. ``target``: names of the translation (not acronyms, not written
    elsewhere in the translation); ``target_rare``: those that are no common
    word; ``source``: names of the source; ``source_sure``: those that are
    surely names (rare words, or a name the translation writes elsewhere)."""

    target: tuple
    target_rare: tuple
    source: tuple
    source_sure: tuple
    source_cased: bool = True

    def replaced(self) -> bool:
        """Both traces of a replacement: a name come and a sure name gone, or
        (where capitals tell the source's names) a rare name come and a
        possible name gone."""
        return bool(self.target and self.source_sure) or \
            bool(self.source_cased and self.target_rare and self.source)

    def come_alone(self) -> bool:
        """A rare name come from nowhere, in a source whose capitals would
        show the name it replaced."""
        return self.source_cased and bool(self.target_rare) and not self.replaced()


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Words with their combining marks: the vowel signs of Indic scripts
#: (Devanagari "विडोडो") are marks, not letters, and would cut a word.
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f])+")
_COMPOUND_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_KATAKANA_RUN = re.compile(r"[\u30A1-\u30FA][\u30A1-\u30FF・]+")


def source_sound_keys(text: str, lang: str | None, ss: int, se: int) -> list[str]:
    """Romanised keys of the words of text[ss:se] that may transcribe a name:
    capitalised words of a cased script (and pairs of them); in Chinese,
    jieba's nouns and runs of them; in Japanese, kanji and katakana words
    and runs of them; every word elsewhere (Devanagari...)."""
    part = text[ss:se]
    if lang == "zh":
        # Nouns of jieba's dictionary (names nr/ns/nt/nz among them), joined
        # when adjacent: jieba cuts an unknown transcription into pieces, but
        # not into prepositions, particles or verbs.
        runs, run, tails = [], [], []
        last_flag = ""
        # Common nouns CC-CEDICT translates by common words only (地震
        # "earthquake", 天空 "sky"), not tagged as names by jieba: their
        # readings account for no name ("dizhen" is not Erdogan).
        ordinary: set[str] = set()
        prev_word, prev_flag = "", ""
        for word, flag in chinese_tagged_words(part):
            if flag.startswith("n") and _CJK_RE.search(word):
                # Or its first syllable to the word before, a classifier
                # or a verb's (道|本顿 Daubenton): a name that opens a run
                # is tried with the last character of that word too, not
                # of a particle's, a preposition's or a conjunction's (和,
                # 在, 的), nor of a pronoun's or an adverb's.
                if not run and flag.startswith(("nr", "ns")) and prev_word \
                        and _HAN_RE.fullmatch(prev_word[-1]) and not prev_flag.startswith(("u", "p", "c", "r", "d")):
                    tails.append(prev_word[-1] + word)
                run.append(word)
                if flag in ("n", "ng", "nl", "nz") and cedict.is_ordinary(word) or _translated_name(word):
                    ordinary.add(word)
            else:
                if run:
                    # jieba often leaves a transcribed name's last syllable
                    # to the next word (保尔|特等 Poulter, 厄尔|曼 Ullman):
                    # after a name, its first character is tried with it;
                    # not a particle's (智利|的 "zhilide" is no Scott).
                    if last_flag.startswith(("nr", "ns")) and _HAN_RE.match(word) \
                            and not flag.startswith("u"):
                        tails.append(run[-1] + word[0])
                    runs.append(run)
                    run = []
            last_flag = flag
            prev_word, prev_flag = word, flag
        if run:
            runs.append(run)
        words = _joined(runs, lambda ws: all(w in ordinary for w in ws)) + tails
        # Nor a word CC-CEDICT gives as an ordinary one only, whatever
        # jieba's tag (保守 of 保守派 "conservative", tagged a name, is no
        # Peter). (A word jieba cuts that the dictionary translates by a name
        # its reading is unlike, 美国 "United States", 希腊 "Greece", is a
        # name translated, which transcribes no other name: "meiguo" is not
        # Mayorga; it counts as ordinary above. Not a piece of a longer
        # word: 德文 "German" of 德文郡 is Devon.)
        words = [w for w in words if not cedict.is_ordinary(w)]
        words_keys = {translit_key(w, lang) for w in words}
        for w in words:
            words_keys.update(chinese_readings(w))
        return [k for k in words_keys if len(k) >= 2]
    elif lang == "ja":
        # Katakana and kanji words; words with hiragana are particles and
        # endings.
        runs, run = [], []
        # Kanji words the analyser knows as common words only (何千人
        # "thousands of people", 候補 "candidate") are no names: their
        # readings match names by chance ("nanzennin" / Nottingham, "kouho
        # sara" / Czeisler). Kanji names are its proper nouns, or words it
        # does not know.
        named = names_japanese.kanji_name_spans(text, ss, se)
        pos = ss
        for w in tokens(text, lang, ss, se):
            start = text.find(w, pos, se)
            if start >= 0:
                pos = start + len(w)
            if _CJK_RE.search(w) and not _HIRAGANA_RE.search(w) and (
                    named is None or _KATAKANA_CHAR.search(w)
                    or any(a < pos and start < b for a, b in named)):
                run.append(w)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        # Not the words a dictionary gives as ordinary ones (人間 "human
        # being": "ningen" is not Nottingham), nor runs made only of them.
        ordinary = japanese_words.is_ordinary
        words = _joined_japanese(runs, lambda ws: all(map(ordinary, ws))) \
            + [m.group() for m in _KATAKANA_RUN.finditer(part) if not ordinary(m.group())]
        # A katakana word whose English spelling the analyser gives is
        # matched by that spelling (names_japanese.spelt_renders), not by
        # its sound alone, which is like many names by chance (トーマス
        # "toomasu" / "Chinese").
        spelt = {w.surface for w in names_japanese.spelt_words(text, ss, se)}
        words = [w for w in words if w not in spelt]
        # A foreign name's parts, which Japanese joins with a middle dot
        # (ブライアン・オハガン: Brian O'Hagan).
        words += [p for w in list(words) if _NAME_DOT in w for p in w.split(_NAME_DOT) if p]
    else:
        words = [w for w in _WORD_RE.findall(part)
                 if not is_cased_word(w) or w[0].isupper()]
        # In Hindi, an ordinary word (one a dictionary translates: करने
        # "do", में "in") is no transcription: its sound accounts for no
        # name (Kiernan, Menga).
        ordinary = [hindi_words.is_ordinary(w) for w in words] if lang == "hi" else [False] * len(words)
        # Two words together (a name written in two, «सैन जोस»), not both
        # ordinary words, nor with a word as frequent as Hindi's function
        # words (a name and its postposition, जुलाई|में "julaimem", sound
        # like Kiernan; के|लिए like Chelsea).
        frequent = [zipf(w.rstrip("\u0964\u0965"), "hi") >= HINDI_WORD_ZIPF for w in words] \
            if lang == "hi" else ordinary
        pairs = [a + b for a, b, oa, ob, fa, fb in zip(words, words[1:], ordinary, ordinary[1:], frequent, frequent[1:])
                 if not (oa and ob) and not (fa or fb)]
        words = [w for w, o in zip(words, ordinary) if not o] + pairs
        # A compound written with hyphens, whole («Рейн-Неккар-Арене»).
        words += [m.group() for m in _COMPOUND_RE.finditer(part) if m.group()[0].isupper()]
    keys = {translit_key(w, lang) for w in words}
    return [k for k in keys if len(k) >= 2]


@lru_cache(maxsize=20_000)
def _translated_name(word: str) -> bool:
    """A word CC-CEDICT gives as a proper noun only, glossed by names none
    of which its readings sound like even loosely (美国 "United States",
    希腊 "Greece", 基督 "Christ"; not 平壤 "Pyongyang", a transcription)."""
    es = cedict.entries(word)
    if not es or not all(p[:1].isupper() for p, _ in es) or not cedict.gloss_names(word):
        return False
    return not _transcription(word, translit_key(word, "zh"))


#: Pinyin syllables that transcribe a consonant alone: the apical vowel of
#: zi ci si zhi chi shi ri, the e of de te ge ke le, the u of bu pu fu mu.
_ADDED_VOWEL = re.compile(r"^(?:(z|c|s|zh|ch|sh|r)i|(d|t|g|k|l)e|(b|p|f|m)u)$")


#: Most readings of one Chinese word tried (its characters' readings combined).
MAX_CHINESE_READINGS = 8


@lru_cache(maxsize=100_000)
def chinese_readings(word: str) -> frozenset[str]:
    """Keys of a Chinese word's readings as a transcription: every reading
    of its characters that have several (什 is "shen" in 什么 and "shi" in
    布什 Bush, 阿什利 Ashley; pypinyin's heteronyms, at most
    MAX_CHINESE_READINGS combinations), each also without the vowels a
    transcription adds to consonants (斯 si, 特 te, 布 bu: Schwartz 施瓦兹
    "shwaz"). Without pypinyin, anyascii's one reading."""
    from itertools import islice, product
    if not _HAN_RE.search(word):
        return frozenset()
    try:
        from pypinyin import Style, pinyin
        sylls = [[r.casefold() for r in rs] for rs in pinyin(word, style=Style.NORMAL, heteronym=True)]
    except ImportError:
        sylls = [[romanise(c, "zh").casefold()] for c in word]
    out = set()
    for combo in islice(product(*sylls), MAX_CHINESE_READINGS):
        out.add(pinyin_sounds(re.sub(r"[^a-z]", "", "".join(combo))))
        if len(combo) > 1:
            # (Not a word of one syllable: 德 of 德国 is "de".)
            bare = [next(g for g in m.groups() if g) if (m := _ADDED_VOWEL.match(syl)) else syl
                    for syl in combo]
            out.add(pinyin_sounds(re.sub(r"[^a-z]", "", "".join(bare))))
    return frozenset(k for k in out if k)


#: The middle dot that joins the parts of a foreign name in Japanese
#: (and the katakana middle dot in Chinese texts that use it).
_NAME_DOT = "・"


def _dotted_parts(word: str, lang: str | None) -> list[str]:
    """Keys of the parts of a name joined by middle dots (ブライアン・オハガン:
    "buraian", "ohagan"), each of which a translation may write alone."""
    if _NAME_DOT not in word and "·" not in word:
        return []
    return [translit_key(p, lang) for p in re.split(r"[・·]", word) if len(p) >= 2]


_ANY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def compound_matches(source: str, sl: str | None, ss: int, se: int,
                     target: str, ts: int, te: int) -> list[tuple[int, int, int, int]]:
    """(source start, end, target start, end) of the source's compounds
    written with hyphens whose parts transcribe, in order, words the
    translation writes apart: «Джон-стрит» "John Street", «Де-Мойнз» "Des
    Moines", «Ньюпорт-он-Ливи» "Newport on the Levee" (one short lower-case
    word of the translation may stand between two parts: an article). Each
    part must sound like its word, the first a capitalised one."""
    words = [(m.start(), m.end(), m.group()) for m in _ANY_WORD.finditer(target, ts, te)]
    out = []
    for m in _COMPOUND_RE.finditer(source, ss, se):
        if not m.group()[0].isupper():
            continue
        parts = [translit_key(p, sl) for p in m.group().split("-")]
        if any(not p for p in parts):
            continue
        for i, (a, _, first) in enumerate(words):
            if not first[0].isupper() or not _part_sounds(first, parts[0], sl):
                continue
            j, end = i, words[i][1]
            for part in parts[1:]:
                j += 1
                if j < len(words) and not _part_sounds(words[j][2], part, sl) \
                        and words[j][2].islower() and len(words[j][2]) <= 3:
                    j += 1   # "the" between "on" and "Levee"
                if j >= len(words) or not _part_sounds(words[j][2], part, sl):
                    break
                end = words[j][1]
            else:
                out.append((m.start(), m.end(), a, end))
                break
    return out


def _part_sounds(word: str, part_key: str, sl: str | None) -> bool:
    """Does a word of the translation sound like a part of a compound? A
    part of one or two letters must be spelt alike («он» "on"); a longer
    one transcribed, or the word's spelling without a final silent s
    («Де» "Des")."""
    k = key(strip_possessive(word))
    if not k:
        return False
    if len(part_key) <= 2:
        return k == part_key or (k.endswith("s") and k[:-1] == part_key)
    return sounds_alike(k, part_key, sl)


def _joined(runs: list[list[str]], left_out=None) -> list[str]:
    """Words of runs of adjacent candidates, alone and joined by two or three,
    and without a last character that says the kind of place or group
    (内华达州 "Nevada state", 约克郡 "York shire", 希伯尼安队 "Hibernian team").
    ``left_out``: a test of the words joined, true for those that give none."""
    words = []
    for r in runs:
        for n in (1, 2, 3):
            words += ["".join(r[i:i + n]) for i in range(len(r) - n + 1)
                      if left_out is None or not left_out(r[i:i + n])]
    return words + [w[:-1] for w in words if len(w) >= 3]


_KATAKANA_CHAR = re.compile(r"[\u30A1-\u30FA]")
_KANJI_END = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]$")


def _joined_japanese(runs: list[list[str]], left_out=None) -> list[str]:
    """_joined for Japanese: a last character is left out only where it is a
    kanji (テキサス州 "Texas state"); a katakana word without its last sound
    (スラウェ of スラウェシ, ダスティ of ダスティン) is no word, and matches
    names by chance."""
    words = []
    for r in runs:
        for n in (1, 2, 3):
            words += ["".join(r[i:i + n]) for i in range(len(r) - n + 1)
                      if left_out is None or not left_out(r[i:i + n])]
    return words + [w[:-1] for w in words if len(w) >= 3 and _KANJI_END.search(w)]


def transcribed(name: str, keys: list[str], lang: str | None) -> bool:
    """Is the Latin-script name transcribed by one of the source keys?"""
    k = key(strip_possessive(name))
    return bool(k) and any(sounds_alike(k, o, lang) for o in keys)


#: Languages whose given names the nicknames dataset covers. Only sources
#: in a cased script (Cyrillic, Greek: INFLECTING) are matched through the
#: forms: the readings of Chinese, Japanese and Hindi sources are looser,
#: and on NTREX zh/ja/hi -> en a planted name's many forms met one of them
#: by chance (names found 0.320 -> 0.306, 0.561 -> 0.542, 0.442 -> 0.436).
_NICKNAME_LANGUAGES = frozenset({"en"})


@lru_cache(maxsize=1)
def _nicknamer():
    try:
        from nicknames import NickNamer
    except ImportError:
        resources.missing("nicknames", "the nicknames dataset is not installed (pip install "
                          "nicknames): a short form of an English given name (Ant, Tony) does "
                          "not match the full name the source transcribes («Энтони»)", ("en",))
        return None
    return NickNamer()


@lru_cache(maxsize=50_000)
def name_forms(word: str, lang: str | None) -> tuple[str, ...]:
    """The other forms of an English given name: its full names and its
    short forms (Carlton Northern's hand-curated nicknames dataset: "Ant" ->
    "anthony", "Tony"...). A translation may write a person by a short form
    where the source transcribes the full name, or the reverse."""
    if lang not in _NICKNAME_LANGUAGES or not word[:1].isupper():
        return ()
    nn = _nicknamer()
    if nn is None:
        return ()
    w = strip_possessive(word)
    return tuple(sorted((nn.canonicals_of(w) | nn.nicknames_of(w)) - {w.lower()}))


def short_form_of_source_name(name: str, lang: str | None, src_keys: list[str],
                               sl: str | None, capitals: list[str]) -> bool:
    """Is the given name ``name`` another form (full or short) of a name the
    source transcribes ("Ant" for «Энтони», "Robert" for «Боб»)? Not when
    another capitalised word of the unit transcribes that source name
    already (``capitals``: the keys of the unit's capitalised words):
    the forms are many and short ("Sal" of "Salvador"), and a replaced name
    must not pass for the form of a name the translation writes anyway
    (Salvador for «Сары», with "Sarah" beside it)."""
    if sl not in INFLECTING:
        return False   # see _NICKNAME_LANGUAGES
    forms = [k for k in map(key, name_forms(name, lang)) if k]
    if not forms:
        return False
    own = key(strip_possessive(name))
    for o in src_keys:
        if any(sounds_alike(f, o, sl) for f in forms) \
                and not any(k and k != own and sounds_alike(k, o, sl) for k in capitals):
            return True
    return False


def _consonants(classes: str) -> str:
    """The full consonants of a class string, h counted with k (г, х)."""
    return re.sub(r"(.)\1+", r"\1", "".join("K" if c == "H" else c for c in classes
                                            if c not in "VWY"))


def derived_in_source(name: str, lower_keys: list[str], lang: str | None) -> bool:
    """Is the Latin-script name the stem of a lower-case word of an inflecting
    source (romanised keys ``lower_keys``)? Such languages make adjectives
    and nouns of people from names with suffixes, written in lower case:
    "Methodist" «методистской», "Christian" «христиан», "Yorkshire"
    «йоркширском». A derived word keeps the name's consonants: all of them,
    in order, open the word's (vowels free); three at least, fewer would
    open too many words by chance."""
    k = key(strip_possessive(name).split("-")[0])
    if not lower_keys:
        return False
    readings = _readings(k, lang)
    if lang in INFLECTING:
        # The name made an adjective or a noun in both languages ("Olympic"
        # «олимпийские», "Islamic" «исламской»): its stem without the
        # English suffix.
        readings += tuple(r[:-len(end)] for r in readings for end in _DERIVING_SUFFIXES
                          if r.endswith(end) and len(r) - len(end) >= 4)
    names = {_consonants(sound_classes(r)) for r in readings}
    names = {c for c in names if len(c) >= 3}
    return any(_consonants(sound_classes(o)).startswith(c) for o in lower_keys for c in names)


#: Russian and Ukrainian suffixes of relative adjectives (-ский, -цкий):
#: their stem is the noun the adjective is made of.
_ADJECTIVE_SUFFIXES = ("ский", "цкий", "ськый", "ський", "цький")


@lru_cache(maxsize=50_000)
def _adjective_stem(word: str, lang: str | None) -> str | None:
    """The stem of a relative adjective, from its dictionary form without
    its suffix («методистской» -> «методист»): its romanisation keeps the
    name's sounds apart from the suffix's («-стск-» would read as one "ts"
    sound), so that "Methodist" opens it."""
    morph = analyser(lang)
    if morph is None:
        return None
    p = morph.parse(word)[0]
    if p.tag.POS != "ADJF":
        return None
    for end in _ADJECTIVE_SUFFIXES:
        if p.normal_form.endswith(end) and len(p.normal_form) - len(end) >= 4:
            return p.normal_form[:-len(end)]
    return None


#: English suffixes that make adjectives and nouns of names (and of the
#: doctrines parties are named after: "Conservatives" «консерваторов»).
_DERIVING_SUFFIXES = ("ic", "ian", "an", "ese", "ish", "ist", "ism", "ite", "ive", "ives")


def unit_names(doc, u, sl, tl, src_ev, tgt_ev, alias, allowed, in_dates,
               window: tuple[int, int] | None = None) -> UnitNames:
    """The traces of a replaced name in one aligned unit of a translation
    from another script into a Latin-script language. ``window``: the
    source span where a name of the translation may be (default: the
    unit's). Measured on NTREX ru-en, looking in the unit and its
    neighbours, or in the whole source, spared few clean units and lost
    many replaced names to chance likenesses of sound."""
    ws, we = window or (u.ss, u.se)
    src_keys = source_sound_keys(doc.source, sl, ws, we)
    src_origins: frozenset[str] = frozenset()
    src_spelt: tuple = ()
    if sl == "ja":
        # A morphological analyser's readings of the source's words (kanji
        # names) and the English words its loanwords come from.
        src_keys += names_japanese.source_keys(doc.source, ws, we)
        src_origins = names_japanese.origin_words(doc.source, ws, we)
        src_spelt = names_japanese.spelt_words(doc.source, ws, we)
    src_index = _spelling_index(tokens(doc.source, sl, ws, we), sl)
    target, target_rare = [], []
    outside = _doc_words(doc.text, u.ts, u.te)
    # What the unit's words give, computed on first use (most units need none of it).
    lower: list[str] | None = None
    places: set[str] | None = None
    words: list[str] | None = None
    capitals_keys: list[str] | None = None

    def src_places() -> set[str]:
        # Keys of the places the source unit names, in every language CLDR
        # and the project's table give them (aliases): «Испании» -> "spain".
        nonlocal places
        if places is None:
            places = {k for t in set(tokens(doc.source, sl, ws, we)) for k in _alias_of(key(t, sl), alias, sl)}
        return places

    def compounds() -> list[tuple[int, int, int, int]]:
        return document_cache(doc, ("compounds", ws, we, u.ts, u.te), lambda: compound_matches(
            doc.source, sl, ws, we, doc.text, u.ts, u.te))

    def src_words() -> list[str]:
        nonlocal words
        if words is None:
            words = list(set(_WORD_RE.findall(doc.source, ws, we)))
        return words

    def unit_capitals() -> list[str]:
        nonlocal capitals_keys
        if capitals_keys is None:
            capitals_keys = [key(strip_possessive(m.group()))
                             for m in _WORD_RE.finditer(doc.text, u.ts, u.te) if m.group()[0].isupper()]
        return capitals_keys

    def src_lower() -> list[str]:
        nonlocal lower
        if lower is None:
            lower = []
            if sl in INFLECTING:
                found = [m.group() for m in _WORD_RE.finditer(doc.source, ws, we)
                         if m.group()[0].islower() and len(m.group()) >= 4]
                lower = list({translit_key(w, sl) for w in found}
                             | {translit_key(s, sl) for s in map(_adjective_stem, found, [sl] * len(found)) if s})
        return lower
    for run in find_names(doc.text, tl, u.ts, u.te, tgt_ev):
        run_words = tuple(w.text for w in run)
        for w in run:
            # A capital in mid-sentence is a name in English whatever the
            # word lists say (a rare name is a word of one list only); a
            # sentence's first word is one if it is no common word.
            if not (w.level == STRONG or not sentence_initial(doc.text, w.start, u.ts)
                    or not common_word(w.text, tl)) \
                    or not is_cased_word(w.text) or w.text.isupper() \
                    or allowed(w.text) or in_dates(w.start):
                continue
            # NameIndex's own loose skeletons are left out: the sound classes
            # here are stricter.
            if src_index.has(w.text, tl, run_words, alias) \
                    or strip_possessive(w.text).casefold() in src_origins \
                    or any(names_japanese.spelt_renders(w.text, x, tl) for x in src_spelt) \
                    or transcribed(w.text, src_keys, sl) \
                    or short_form_of_source_name(w.text, tl, src_keys, sl, unit_capitals()) \
                    or derived_in_source(w.text, src_lower(), sl) \
                    or key(strip_possessive(w.text), tl) in src_places():
                # (The last: a place the source names in an inflected form
                # of its own name, «из Дании» for "of Denmark".)
                continue
            if no_name_in_translation(w.text, doc.text, w.end, tl) \
                    or city_of_named_country(w.text, tl, src_places()):
                continue
            if any(a <= w.start < b for *_, a, b in compounds()):
                continue   # a part of a source compound («Де-Мойнз»: "Des")
            if place_words.named_alike(w.text, tl, src_words(), sl) \
                    or place_words.region_of_named_country(w.text, tl, src_words(), sl):
                # A place, people or language the source names by another
                # word ("Scottish" for «Шотландии», "Turks" for «турецкими»),
                # or a region of a country it names ("Manitoba" for
                # «канадский»): no name come.
                continue
            if strip_possessive(w.text) in outside:
                # A name the translation also writes elsewhere is one of the
                # document's: not a name come from nowhere.
                continue
            target.append(w)
            # A word for a people or a language ("Syrian", "English") is the
            # adjective or noun another language writes in lower case
            # (сирийский): like a common word, it is no rare name.
            if not common_word(w.text, tl) and not people_word(w.text, tl) \
                    and not common_compound(w.text, tl) and not places_compound(w.text, tl, alias):
                target_rare.append(w)
    if sl == "zh" and target:
        # A name translated rather than transcribed (太平洋 "Pacific Ocean",
        # 麻省 "Massachusetts") is accounted for by the dictionary's glosses.
        part = doc.source[ws:we]
        target, target_rare = _not_glossed(target, part), _not_glossed(target_rare, part)
    source, sure = [], []
    # Capitals tell names only in a source written in a cased script: the
    # whole document says it (a Chinese sentence quoting English names is
    # still Chinese).
    source_cased = document_cache(doc, "translit_source_cased", lambda: _cased_share(doc.source) >= 0.5)
    if source_cased:
        # A day or a month the translation names and the source does not
        # (English writes them as names, many languages in lower case): a
        # name come, though no rare one ("on Tuesday" for «в Калифорнии»).
        come = [w for w in calendar_words_come(doc, sl, tl, ws, we, u.ts, u.te) if not allowed(w.text)]
        target = sorted(target + come, key=lambda w: w.start)
    if target:
        tgt_index = _spelling_index(tokens(doc.text, tl, u.ts, u.te), tl)
        # Every capitalised word of the translation may be a source name's
        # counterpart, names or not by find_names' rules ("May" is a month
        # there, "John" a sentence's first word, a headline's words).
        capitals = [strip_possessive(m.group()) for m in _WORD_RE.finditer(doc.text, u.ts, u.te)
                    if m.group()[0].isupper()]
        tgt_capitals = set(capitals)
        tgt_keys = [key(w) for w in capitals]
        # The full names and short forms of its given names ("Ant" for «Энтони»).
        if sl in INFLECTING:
            tgt_keys += [key(f) for w in tgt_capitals for f in name_forms(w, tl)]
        # And compounds written with hyphens, whole ("Rhein-Neckar-Arena").
        tgt_keys += [key(m.group()) for m in _COMPOUND_RE.finditer(doc.text, u.ts, u.te)
                     if m.group()[0].isupper()]
        elsewhere = None
        for run in _source_names(doc, sl, u, src_ev, source_cased):
            run_words = tuple(w.text for w in run)
            for w in run:
                standing = dictionary_standing(w.text, sl) if source_cased else None
                if w.text.isupper() or allowed(w.text) or standing == "word" or not (
                        w.level == STRONG or not source_cased or standing == "name"
                        or (source_cased and rare_word(w.text, sl))):
                    continue   # a common word with a capital
                sk = translit_key(w.text, sl)
                if tgt_index.has(w.text, sl, run_words, alias) \
                        or any(a <= w.start < b for a, b, *_ in compounds()) \
                        or place_words.named_alike(w.text, sl, tgt_capitals, tl) \
                        or any(sounds_alike(t, sk, sl) for t in tgt_keys if t) \
                        or any(sounds_alike(t, pk, sl) for pk in _dotted_parts(w.text, sl)
                               for t in tgt_keys if t):
                    continue
                source.append(w)
                if elsewhere is None:
                    elsewhere = [key(t) for t in _doc_names(doc, tl, tgt_ev, u)]
                # Word lists do not tell names in scripts without capitals
                # (a Chinese list splits a name into common characters).
                if standing == "name" or (standing is None and source_cased and rare_word(w.text, sl)) \
                        or _alias_of(key(w.text, sl), alias, sl) \
                        or any(sounds_alike(t, sk, sl) for t in elsewhere if t):
                    # A word its language rarely uses, a place CLDR names, or
                    # a name the translation writes elsewhere in the document.
                    sure.append(w)
        # A day or a month of the source that the translation does not name
        # (written in lower case in many languages: «в воскресенье»): in
        # English it is a name, and what a name come may have replaced.
        gone = calendar_words_gone(doc, sl, tl, ws, we, u.ts, u.te) if source_cased else []
        source = sorted(source + gone, key=lambda w: w.start)
        sure = sorted(sure + gone, key=lambda w: w.start)
    return UnitNames(tuple(target), tuple(target_rare), tuple(source), tuple(sure), source_cased)


@lru_cache(maxsize=100_000)
def _calendar_of(word: str, lang: str | None) -> str | None:
    """The day or month a source word names, in any inflected form its
    language's dictionary knows («субботу», «июне»), or an adjective made
    of it («декабрьских», «июньской»)."""
    names = calendar_names(lang) if lang else {}
    if not names:
        return None
    w = word.casefold()
    if w in names:
        return names[w]
    if not is_cased_word(word):
        # A script without case: the same name in another spelling of the
        # same sounds («अक्तूबर» / «अक्टूबर», «फरवरी» / «फ़रवरी»).
        sounded = _calendar_sounds(lang).get(translit_key(word, lang))
        if sounded:
            return sounded
    morph = analyser(lang)
    if morph is None:
        return None
    for p in morph.parse(word):
        if p.normal_form in names:
            return names[p.normal_form]
        if p.tag.POS == "ADJF":
            for name, named in names.items():
                if len(name) >= 4 and _made_of(w, name):
                    return named
    return None


@lru_cache(maxsize=16)
def _calendar_sounds(lang: str) -> dict[str, str]:
    """Romanised keys (five letters or more) of CLDR's day and month names
    in a language -> the day or month: a name spelt otherwise."""
    return {k: v for n, v in calendar_names(lang).items() if len(k := translit_key(n, lang)) >= 5}


def _made_of(adjective: str, name: str) -> bool:
    """Is a Russian adjective made of a day's or a month's name? It keeps
    the name's stem (without its last vowel or soft sign): a long stem
    («субботний», «декабрьских»), or a short one followed by the suffix
    -ск- of months («июньской», «мартовский»). A short stem alone opens
    other words: «средний» is no adjective of «среда»."""
    stem = name[:-1] if name[-1] in "аяеоиыьй" else name
    if not adjective.startswith(stem):
        return False
    return len(stem) >= 5 or "ск" in adjective[len(stem):len(stem) + 4]


def _calendar_in_source(word: str, sl: str | None, tl: str | None) -> str | None:
    """A source word's day or month, in its language or, for a word quoted in
    the translation's script ("Saturday Night Live"), in that one."""
    return _calendar_of(word, sl) or (_calendar_of(word, tl) if word.isascii() else None)


def calendar_words_gone(doc, sl, tl, ss, se, ts, te) -> list:
    """Days and months that the source names in text[ss:se] and the
    translation's unit (text[ts:te]) does not, by CLDR's names in both
    languages: a capitalised word of the translation that begins with three
    letters of the name or more ("Sept.", "Sat") counts."""
    target_names = calendar_names(tl) if tl else {}
    if not target_names:
        return []
    said = set()
    for m in _WORD_RE.finditer(doc.text, ts, te):
        w = m.group().casefold()
        if m.group()[0].isupper() and len(w) >= 3:
            said |= {v for k, v in target_names.items() if k.startswith(w)}
    out = []
    for m in _WORD_RE.finditer(doc.source, ss, se):
        if len(m.group()) >= 3:
            named = _calendar_in_source(m.group(), sl, tl)
            if named and named not in said:
                out.append(NameWord(m.start(), m.end(), m.group(), WEAK))
    return out


def calendar_words_come(doc, sl, tl, ss, se, ts, te) -> list:
    """Days and months that the translation's unit names and the source's
    (text[ss:se]) does not."""
    names = calendar_names(tl) if tl else {}
    if not names:
        return []
    # ("May", "March": also common words, which say nothing.)
    named = [(m, names[m.group().casefold()]) for m in _WORD_RE.finditer(doc.text, ts, te)
             if m.group()[0].isupper() and m.group().casefold() in names
             and not common_word(m.group(), tl)]
    if not named:
        return []
    said = {_calendar_in_source(m.group(), sl, tl)
            for m in _WORD_RE.finditer(doc.source, ss, se) if len(m.group()) >= 3}
    return [NameWord(m.start(), m.end(), m.group(), WEAK) for m, n in named if n not in said]


def _cased_share(text: str) -> float:
    letters = [c for c in text[:4000] if c.isalpha()]
    return sum(map(is_cased_word, letters)) / len(letters) if letters else 0.0


def _spelling_index(words, lang):
    """A NameIndex that finds names by spelling, stems and aliases only: its
    own consonant skeletons are emptied, sounds being compared here by
    classes (stricter with syllabic scripts, kinder to transcriptions)."""
    index = NameIndex.build(words, lang)
    index.skeletons = set()
    return index


def _source_names(doc, sl, u, src_ev, source_cased):
    """Runs of name words of the source unit, and in a cased script the
    capitalised words that open a sentence (which find_names leaves to word
    lists that a script like Cyrillic lacks: the caller asks rarity)."""
    runs = find_names(doc.source, sl, u.ss, u.se, src_ev)
    if not source_cased and sl not in ("zh", "ja"):
        # No capitals and no tagger (Devanagari, Arabic...): every word is a
        # candidate; only those that transcribe a name of the translation
        # elsewhere in the document will count as surely names.
        runs = runs + [[NameWord(m.start(), m.end(), m.group(), WEAK)]
                       for m in _WORD_RE.finditer(doc.source, u.ss, u.se)
                       if not is_cased_word(m.group()) and len(m.group()) >= 2]
    if source_cased:
        seen = {w.start for run in runs for w in run}
        for m in WORD_RE.finditer(doc.source, u.ss, u.se):
            w = m.group()
            if m.start() not in seen and is_cased_word(w) and w[0].isupper() \
                    and sentence_initial(doc.source, m.start(), u.ss):
                runs = runs + [[NameWord(m.start(), m.end(), w, WEAK)]]
    return runs


def _doc_words(text: str, ts: int, te: int) -> set[str]:
    return set(LETTERS_RE.findall(text[:ts])) | set(LETTERS_RE.findall(text[te:]))


def _doc_names(doc, tl, tgt_ev, u) -> list[str]:
    """Capitalised names of the translation outside the unit."""
    out = []
    for ss, se in ((0, u.ts), (u.te, len(doc.text))):
        if se > ss:
            out += [strip_possessive(w.text) for run in find_names(doc.text, tl, ss, se, tgt_ev)
                    for w in run if w.level == STRONG]
    return out


# -- a replaced name where the source has no capitals (zh, ja, hi...) ---------

def _not_glossed(words: list, source_part: str) -> list:
    """The target name words that no CC-CEDICT gloss of the Chinese source
    part translates."""
    glosses = cedict.text_gloss_words(source_part)
    return [w for w in words if not cedict.glossed(w.text, glosses)]


#: Zipf frequency under which a word of a source without capitals is one its
#: language's word list hardly knows: a transcribed foreign name
#: («मैक्लेरॉय»), rarely a word of the language (which the list has).
UNKNOWN_SOURCE_ZIPF = 2.5
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]{2,}")
#: Largest sound distance between a name come and a name gone that are
#: more likely one name that the matching missed than two names.
LOOSE_MATCH = 0.6


@dataclass(frozen=True)
class UncasedReplacement:
    """A replaced name in a source without capitals, shown by both sides:
    ``come``, rare names of the translation in mid-sentence that nothing of
    the source accounts for; ``gone``, names the source surely has and the
    translation's unit does not (NameWord-like: start, end, text)."""

    come: tuple
    gone: tuple

    def __bool__(self) -> bool:
        return bool(self.come and self.gone)


def uncased_replacement(doc, u, sl, tl, names: UnitNames) -> UncasedReplacement:
    """Where capitals do not tell the source's names, only a source name that
    is surely one counts as gone: a name the source spells in Latin letters
    (which a translation keeps as it is); in Chinese, a word CC-CEDICT
    translates by one English name only, or gives as a proper noun whose
    English name the translation writes elsewhere in the document, but not
    in this unit; in another script (Devanagari), a
    word its language's word list does not know that sounds like a name the
    translation writes elsewhere (in Hindi also a frequent one, where
    FreeDict's eng-hin dictionary gives it as no ordinary word: ब्रिटेन);
    in any of them, a month or a day of the week (and outside Chinese a CLDR country; in Devanagari a word with a
    candra vowel, which only foreign words have) the unit does not name or
    render, which counts with any name come in mid-sentence; Japanese: the analyser's
    names (``_japanese_replacement``). In Chinese and Hindi, a name come that is
    also a common word counts as a rare one where no word of the unit can
    have given it (``_unglossed_common_come``). Measured on NTREX zh/ja/hi -> en:
    weaker evidence (jieba's name tags, any katakana word, any name the
    translation writes elsewhere) fires on a third to a half of clean
    documents."""
    if names.source_cased:
        return UncasedReplacement((), ())
    # A name the source spells in Latin letters, a word of it replaced
    # beside a word of it kept: sure on both sides, whatever the words.
    in_run = latin_run_replacement(doc, u)
    if in_run:
        return in_run
    # (Chinese: a day or a month the source does not name, no name by the
    # other rules there.)
    dates_come = tuple(_chinese_calendar_come(doc, u, tl)) if sl == "zh" else ()
    if sl == "hi":
        # (Hindi: the same, in mid-sentence, by CLDR's Hindi names in any
        # spelling, «अक्तूबर» / «अक्टूबर». NTREX hi-en: 0.713 -> 0.734 of
        # the replaced names, no clean document more.)
        dates_come = tuple(w for w in calendar_words_come(doc, sl, tl, u.ss, u.se, u.ts, u.te)
                           if not sentence_initial(doc.text, w.start, u.ts))
    if not names.target and not dates_come:
        return UncasedReplacement((), ())
    come = tuple(w for w in names.target_rare if not sentence_initial(doc.text, w.start, u.ts))
    if sl == "ja":
        return _japanese_replacement(doc, u, tl, names, come)
    if sl == "hi":
        come += _proper_compound_come(doc, u, tl, names)
    if sl in ("zh", "hi"):
        come = tuple(sorted(come + _unglossed_common_come(doc, u, sl, tl, names) + dates_come,
                            key=lambda w: w.start))
    # A month or a day of the week, or a country, that the source names and
    # the unit does not (English writes them as names), or in Devanagari a
    # word written with a candra vowel (a foreign word) the unit does not
    # render: sure enough for any name come in mid-sentence. Chinese: months written with digits (6月;
    # its days and countries are CC-CEDICT's one-name words below; CLDR's
    # countries cut out of longer words, 英国脱欧 "Brexit", flagged 11 % of
    # clean NTREX zh-en documents).
    if sl == "zh":
        calendar = [NameWord(s, e, w, WEAK) for s, e, w in
                    names_japanese.calendar_gone(doc.source, u.ss, u.se, doc.text[u.ts:u.te], tl)]
        calendar += _chinese_days_gone(doc, u, tl)
        days, languages = calendar, []
    else:
        # (And a transcription its letters show: a candra vowel, «जॉनसन».)
        calendar = _calendar_gone_uncased(doc, u, sl, tl)
        days = calendar + _countries_gone(doc, u, sl, tl) + _transcriptions_gone(doc, u, sl)
        # (In Hindi also a language or people CLDR names, «जर्मन».)
        languages = _hindi_languages_gone(doc, u, tl) if sl == "hi" else []
        days += languages
    if days and not come:
        mid = tuple(w for w in names.target if not sentence_initial(doc.text, w.start, u.ts))
        return UncasedReplacement(mid, tuple(days)) if mid else UncasedReplacement((), ())
    if not come and sl == "zh":
        # A word CC-CEDICT translates by one English name only (墨西哥
        # "Mexico", 琼斯 "Jones") that the unit does not say is as sure a name
        # gone as a day: it counts with any name come in mid-sentence ("Aids"
        # for 墨西哥), but a people's word ("Spanish": Chinese says a people by
        # its country), common words joined by a hyphen ("North-East"), or a
        # word a gloss of the unit gives.
        # (NTREX zh-en: 3 more replaced names of 369, 1 more clean document
        # of 123, where the Chinese adds a name the English leaves out: 特雷莎
        # for "she"; with common words beside capitals, 5 and 2.)
        mid = [w for w in names.target if not sentence_initial(doc.text, w.start, u.ts)
               and not people_word(w.text, tl)
               and not ("-" in w.text and all(common_word(p, tl) for p in w.text.split("-")))]
        if mid:
            # (Nor a word a gloss of the unit gives, "King" for 王: the name
            # gone is then an omission, not a replacement.)
            # A common word beside capitals may be a part of a longer name
            # that translates ("the Royal Navy").
            glosses = cedict.text_gloss_words(doc.source[u.ss:u.se], every_character=True)
            mid = [w for w in mid if not cedict.glossed(w.text, glosses)
                   and (w in names.target_rare or not _beside_capitals(doc, u, w))]
        if mid:
            one_name = [g for g in _chinese_proper_gone(doc, u, tl, doc.text[u.ts:u.te]) if _one_name(g.text, tl)]
            one_name = [g for g in one_name if not any(_matched_badly(c.text, g.text, sl, tl) for c in mid)]
            if one_name:
                return UncasedReplacement(tuple(mid), tuple(one_name))
    if not come:
        return UncasedReplacement((), ())
    target_part = doc.text[u.ts:u.te]
    latin = _latin_gone(doc, u)
    gone = latin + days
    if sl == "zh":
        gone += _chinese_proper_gone(doc, u, tl, target_part)
        gone += _chinese_transcriptions_gone(doc, u, target_part)   # (one per word: below)
        gone += _chinese_transcriptions_unrendered(doc, u, tl, target_part)
    else:
        # Devanagari and other scripts: a transcription the word list lacks.
        gone += [w for w in names.source_sure
                 if sl not in wordfreq_languages() or zipf(w.text, sl) < UNKNOWN_SOURCE_ZIPF]
        if sl == "hi":
            gone += _hindi_names_gone(doc, u, names)
            gone += _hindi_unknown_gone(doc, u, names)
    gone += _foreign_cities_gone(doc, u, sl, tl)
    # A word found by two rules (萨格勒布: a transcribed name, a city) once.
    seen: set[int] = set()
    gone = [g for g in gone if not (g.start in seen or seen.add(g.start))]
    # A name come that sounds half like a name gone is more likely that name
    # matched badly («मैक्लेरॉय» / McIlroy) than another put in its place;
    # not a day or a month, which is the source language's own word and
    # transcribes nothing («गुरुवार» is not "Salvador" badly matched), nor
    # the name of a language («जर्मन» is not "Jackson" badly matched).
    said_by_day = {d.start for d in calendar}
    own_words = said_by_day | {g.start for g in languages}
    # (A name spelt in Latin letters is kept as written: a name come is the
    # same one only if spelt nearly alike, Miler / Miller, not if it sounds
    # half like it, Bruce / Blair.)
    spelt = {g.start for g in latin}
    gone = [g for g in gone if g.start in own_words
            or (not any(_spelt_alike(c.text, g.text) for c in come) if g.start in spelt
                else not any(_matched_badly(c.text, g.text, sl, tl) for c in come))]
    if come and all(c in dates_come for c in come):
        # A date for a date (Sunday for 周六, November for 九月) is a date
        # said otherwise, across a time zone or a translator's reckoning,
        # not a name replaced.
        gone = [g for g in gone if g.start not in said_by_day]
    return UncasedReplacement(come, tuple(gone))


# (Within a line: a headline's last word is not part of a name with the
# next line's first.)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.\-]*[^\S\n]+$")
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_OF_CAPITALISED_AFTER = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_CAPITALISED_OF_BEFORE = re.compile(r"[A-Z][\w'’.\-]*[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")


def _beside_capitals(doc, u, w) -> bool:
    """A capitalised word of the translation's unit with a capitalised word
    beside it, on its line, or joined by "of" ("Bank of England")."""
    return bool(_CAPITALISED_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start)
                or _CAPITALISED_AFTER.match(doc.text, w.end, u.te)
                or _OF_CAPITALISED_AFTER.match(doc.text, w.end, u.te)
                or _CAPITALISED_OF_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start))


def _proper_compound_come(doc, u, tl, names: UnitNames) -> tuple:
    """Names of the translation in mid-sentence that are no rare names only
    because two common words spell them ("Farage": far|age, "Johnson":
    john|son), which the spelling dictionary writes with a capital only
    (PROPER), and that FreeDict's eng-hin does not translate ("Northeast"
    it does: a word): a name, as rare as any other. (Hindi sources only:
    elsewhere measured by no benchmark yet.)"""
    from .written_case import PROPER
    return tuple(w for w in names.target
                 if w not in names.target_rare and not sentence_initial(doc.text, w.start, u.ts)
                 and common_compound(w.text, tl) and written_case(strip_possessive(w.text), tl) == PROPER
                 and not people_word(w.text, tl)
                 and hindi_words.hindi_renderings(strip_possessive(w.text)) is None)


def _unglossed_common_come(doc, u, sl, tl, names: UnitNames) -> tuple:
    """Names of the translation that are also common words ("Prince",
    "Waters", "Council"), in mid-sentence and alone (not a word of a longer
    name: "Alloa Athletic", "Saturday Night Live" translate their parts;
    not common words joined by a hyphen: "North-East"),
    not a people's word ("Spanish", "Scot": Chinese says those by a country
    and a noun), nor a place CLDR names ("Turkey"), that no word of the
    Chinese unit can have given: no
    CC-CEDICT gloss of any of its words, single characters too (杯 "cup"),
    says them. A common word that came from nowhere is as sure a name come
    as a rare one. In Hindi, by FreeDict's eng-hin: the dictionary has the
    English word and none of its Hindi translations (in any of their forms)
    is in the unit. Without the dictionary, none."""
    if sl == "zh" and not cedict.available() or sl == "hi" and not hindi_words.available():
        return ()
    alias = aliases(sl, tl)
    cands = [w for w in names.target
             if w not in names.target_rare and not sentence_initial(doc.text, w.start, u.ts)
             and not people_word(w.text, tl)
             # (common words joined by a hyphen describe: "the North-East club")
             and not ("-" in w.text and all(common_word(p, tl) for p in w.text.split("-")))
             and not _CAPITALISED_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start)
             and not _CAPITALISED_AFTER.match(doc.text, w.end, u.te)
             # ("House of Representatives", "Bank of England": one name)
             and not _OF_CAPITALISED_AFTER.match(doc.text, w.end, u.te)
             and not _CAPITALISED_OF_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start)
             # (a place CLDR or the project's table names, "Turkey": the
             # rules for places say whether the source names it)
             and not _alias_of(key(strip_possessive(w.text)), alias)]
    if not cands and not (sl == "zh" and any(people_word(w.text, tl) for w in names.target)):
        return ()
    if sl == "hi":
        words = {m.group().rstrip("\u0964\u0965") for m in _WORD_RE.finditer(doc.source, u.ss, u.se)}
        out = []
        for w in cands:
            hindi = hindi_words.hindi_renderings(strip_possessive(w.text))
            if hindi is not None and not (hindi & words):
                out.append(w)
        return tuple(out)
    glosses = cedict.text_gloss_words(doc.source[u.ss:u.se], every_character=True)
    out = [w for w in cands if not cedict.glossed(w.text, glosses)]
    return tuple(sorted(out + _unglossed_people_come(doc, u, tl, names, glosses), key=lambda w: w.start))


def _unglossed_people_come(doc, u, tl, names: UnitNames, glosses: frozenset[str]) -> list:
    """Words for a people or a language in mid-sentence ("German",
    "Kurdish") that the Chinese unit says by nothing: no CC-CEDICT gloss of
    its words or characters names that place, people or language (CLDR's
    entries through place_words: "Spanish" for 西班牙 "Spain") or sounds
    like it ("German" / "Germany")."""
    people = [w for w in names.target
              if people_word(w.text, tl) and not sentence_initial(doc.text, w.start, u.ts)
              and not _CAPITALISED_AFTER.match(doc.text, w.end, u.te)
              and not _CAPITALISED_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start)]
    if not people:
        return []
    gloss_keys = [g for g in glosses if len(g) >= 3]
    # (Sounding like a place's name: the names of the unit's proper nouns,
    # "wales" for "Welsh", not every word of every gloss: "great" and
    # "guns" sound like "German", "between" like "Bolivian".)
    name_keys = [g for g in _text_gloss_names(doc.source[u.ss:u.se]) if len(g) >= 3]
    out = []
    for w in people:
        mine = place_words.entries_of(w.text, tl)
        k = key(strip_possessive(w.text))
        if cedict.glossed(w.text, glosses) or any(
                mine & place_words.entries_of(g.capitalize(), tl) for g in gloss_keys if g[:3] == k[:3]) \
                or names_japanese._people_of(k, [g for g in name_keys if g[:1] == k[:1]]):
            continue
        out.append(w)
    return out


@lru_cache(maxsize=20_000)
def _text_gloss_names(text: str) -> frozenset[str]:
    """The name words (``cedict.gloss_names``: capitalised words of proper
    noun entries, lower-cased) of every word CC-CEDICT has in a Chinese
    text, single characters too (威 "Wales", 德 "Germany")."""
    out: set[str] = set()
    for m in re.finditer(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text):
        run = m.group()
        for i in range(len(run)):
            for n in range(1, min(cedict.MAX_HEADWORD, len(run) - i) + 1):
                out |= cedict.gloss_names(run[i:i + n])
    return frozenset(key(g) for g in out)


@lru_cache(maxsize=4)
def _chinese_day_names() -> dict[str, str]:
    """CLDR's Chinese names of the days of the week, wide and abbreviated
    (星期六 and 周六: news writes both) -> "d:5", the keys of
    ``calendar_names``."""
    out = dict(calendar_names("zh"))
    for _, loc in babel_locales(("zh",)):
        for context in ("format", "stand-alone"):
            for n, name in loc.days[context]["abbreviated"].items():
                if len(name) >= 2:
                    out.setdefault(name, f"d:{n}")
    return {k: v for k, v in out.items() if v.startswith("d:")}


def _chinese_days_gone(doc, u, tl) -> list:
    """Days of the week that the Chinese source unit names as a word of its
    own (jieba's cut: 周六, 星期六; not the 周一 of 每周|一次 "once a week")
    and the translation's unit does not (a capitalised word beginning with
    three letters of the day's name or more: "Sat")."""
    days = _chinese_day_names()
    names = calendar_names(tl) if tl else {}
    if not days or not names:
        return []
    part = doc.source[u.ss:u.se]
    if not any(d in part for d in days):
        return []
    words = {w.casefold() for w in re.findall(r"\b[A-Z][a-z]{2,}", doc.text[u.ts:u.te])}
    said = {named for name, named in names.items() if any(name.startswith(w) for w in words)}
    out, pos = [], u.ss
    for w in chinese_words(part):
        start = pos
        pos += len(w)
        if w in days and days[w] not in said:
            out.append(NameWord(start, pos, w, WEAK))
    return out


#: Characters of a number before 月 (a month written 10月 or 十月).
_CHINESE_NUMBER = "0-9零〇一二三四五六七八九十"
_CHINESE_MONTH_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def _chinese_calendar_come(doc, u, tl) -> list:
    """Days and months the translation's unit names in mid-sentence (CLDR's
    names, not those that are also common words, "May", "March") that the
    Chinese source unit does not: no name of the day (星期四, 周四, 礼拜四;
    上周四 holds one), no month written with digits or numerals (10月, 9 月,
    十月).
    A date the source does not have is a name come, as sure as a rare
    one."""
    import unicodedata
    names = calendar_names(tl) if tl else {}
    if not names:
        return []
    part = unicodedata.normalize("NFKC", doc.source[u.ss:u.se])   # (full-width digits)
    days = _chinese_day_names()
    out = []
    for m in _WORD_RE.finditer(doc.text, u.ts, u.te):
        w = strip_possessive(m.group())
        named = names.get(w.casefold())
        if not named or not w[0].isupper() or common_word(w, tl) \
                or sentence_initial(doc.text, m.start(), u.ts):
            continue
        kind, n = named.split(":")
        if kind == "d":
            spellings = [d for d, v in days.items() if v == named]
            spellings += ["礼拜" + d[-1] for d in spellings if d.startswith("星期")]
            if named == days.get("星期日"):
                spellings += ["星期天", "礼拜天", "周天"]
            said = any(d in part for d in spellings)
        else:
            month = int(n)
            said = bool(re.search(rf"(?<![{_CHINESE_NUMBER}])(?:0?{month}|{_CHINESE_MONTH_NUMERALS[month - 1]})\s*月",
                                  part))
        if not said:
            out.append(NameWord(m.start(), m.start() + len(w), w, WEAK))
    return out


def _calendar_gone_uncased(doc, u, sl, tl) -> list:
    """Months and days of the week of the source unit that its translation
    does not name, nor write in lower case (Hindi «मार्च» is the month and a
    march: "told the march in Birmingham")."""
    gone = calendar_words_gone(doc, sl, tl, u.ss, u.se, u.ts, u.te)
    if not gone:
        return []
    names = calendar_names(tl) if tl else {}
    said = {names[w] for w in _LOWER_WORD.findall(doc.text, u.ts, u.te) if w in names}
    return [w for w in gone if _calendar_in_source(w.text, sl, tl) not in said]


def _countries_gone(doc, u, sl, tl) -> list:
    """Countries the source unit names by CLDR's name in its language
    («स्पेन») that the translation's unit names in no language CLDR knows
    ("Spain"), nor by a word for its people that begins alike ("Spanish").
    (CLDR's time-zone cities are left out: «केसी» is a common word and
    Casey Station.)"""
    territories = _places_and_languages(sl)[0] if sl else frozenset()
    if not territories:
        return []
    alias = aliases(sl, tl)
    words = _LATIN_WORD.findall(doc.text, u.ts, u.te)
    keys = {key(w) for w in words}
    caps = [w for w in words if w[0].isupper()]
    keys |= {key(a) + key(b) for a, b in zip(caps, caps[1:])}
    peoples = [key(w) for w in caps if people_word(w, tl)]
    rendered = None
    out = []
    for m in _WORD_RE.finditer(doc.source, u.ss, u.se):
        k = key(m.group(), sl)
        if k not in territories:
            if not (sl == "hi" and _hindi_country_alias(m.group(), k, alias, tl)):
                continue
            if rendered is None:
                rendered = _rendered_in_unit(doc, u, sl)
            if rendered(m.group()):
                continue
        names = alias.get(k, frozenset())
        if names & keys or any(p[:3] == a[:3] for p in peoples for a in names):
            continue
        out.append(NameWord(m.start(), m.end(), m.group(), WEAK))
    return out


#: Zipf frequency of a language's name from which the translation's
#: language names it often (German 5.3, Korean 4.7; Beja, Awadhi under 2).
LANGUAGE_ZIPF = 4.0


@lru_cache(maxsize=4)
def _hindi_language_names(tl: str) -> dict[str, str]:
    """CLDR's names of languages in Hindi («जर्मन», «जापानी») by their
    names in the translation's language ("german", "japanese"): single
    words whose key has four letters or more (not «हो», Ho, the verb "be"),
    that Hindi does not use as often as its function words, of languages
    the translation's language often names (Zipf >= LANGUAGE_ZIPF:
    German, Japanese; not Beja, whose Hindi name «बेजा» is also a word)."""
    from .names import babel_locales
    locales = dict(babel_locales(("hi", tl)))
    if "hi" not in locales or tl not in locales or tl not in wordfreq_languages():
        return {}
    out = {}
    for code, name in locales["hi"].languages.items():
        other = locales[tl].languages.get(code)
        if not other or " " in name or " " in other or len(key(name, "hi")) < 4 \
                or zipf(name, "hi") >= HINDI_WORD_ZIPF or zipf(other.casefold(), tl) < LANGUAGE_ZIPF:
            continue
        out[name] = other.casefold()
    return out


def _hindi_languages_gone(doc, u, tl) -> list:
    """Languages (and so peoples) the Hindi unit names by CLDR's Hindi name
    («जर्मन» German, «जापानी» Japanese) that the translation's unit says by
    no word beginning as the language's English name does (German,
    Germany, Germans) nor renders by sound: in English a name, gone."""
    names = _hindi_language_names(tl) if tl else {}
    if not names:
        return []
    found = [m for m in _WORD_RE.finditer(doc.source, u.ss, u.se) if m.group() in names]
    if not found:
        return []
    heads = {w.casefold()[:4] for w in _LATIN_WORD.findall(doc.text, u.ts, u.te)}
    rendered = _rendered_in_unit(doc, u, "hi")
    # (A word that is also an ordinary one, चीनी "sugar" and Chinese, is
    # rendered where the unit says the ordinary word's English.)
    ordinary = freedict.hindi_translations()
    return [NameWord(m.start(), m.end(), m.group(), WEAK) for m in found
            if names[m.group()][:4] not in heads and not rendered(m.group())
            and not any(e.casefold()[:4] in heads for e in ordinary.get(m.group(), ()))]


def _hindi_country_alias(word: str, k: str, alias, tl) -> bool:
    """A Hindi word that is no CLDR name of a country but another name of
    one in the alias table («अमेरिका», the United States, whose CLDR name is
    «संयुक्त राज्य»): one of its names is a country or region CLDR names in
    the translation's language (not a city nor a time-zone station: «डेविस»
    Davis Station), its key is no short Latin word (उन "un", उस "us" are the
    keys of UN and US) and the dictionary gives it as no ordinary word."""
    names = alias.get(k)
    if not names or len(k) < 4 or hindi_words.is_ordinary(word):
        return False
    target_territories = _places_and_languages(tl)[0] if tl else frozenset()
    return any(n in target_territories for n in names)


#: Devanagari's candra vowels, ऑ/ॉ (the "o" of "Oxford") and ऍ/ॅ (the "a" of
#: "bank"), write English sounds that Hindi words lack: a word with one is
#: a transcription of a foreign word, a name or a loanword («डॉक्टर» doctor).
_DEV_CANDRA = re.compile(r"[\u0911\u0949\u090D\u0945]")


def _transcriptions_gone(doc, u, sl) -> list:
    """Words of the source unit written with a candra vowel that sound like
    no word of the translation's unit, capitalised or not (a loanword is
    translated by the word it comes from): a foreign name gone."""
    found = [m for m in _WORD_RE.finditer(doc.source, u.ss, u.se) if _DEV_CANDRA.search(m.group())]
    if not found:
        return []
    rendered = _rendered_in_unit(doc, u, sl)
    return [NameWord(m.start(), m.end(), m.group(), WEAK) for m in found if not rendered(m.group())]


#: Zipf frequency from which a Hindi word is a word of the language whatever
#: a dictionary lacks (लेकिन "but", लिए "for" are in no whole translation of
#: FreeDict's eng-hin): not a name gone. (Names this frequent, अमेरिका,
#: भारत, are CLDR's countries, found gone by _countries_gone.)
HINDI_WORD_ZIPF = 5.0


def _hindi_names_gone(doc, u, names: UnitNames) -> list:
    """Source words that sound like a name the translation writes elsewhere
    in the document (``names.source_sure``), that the dictionary gives as no
    ordinary Hindi word (लंदन, ब्रिटेन, क्लार्क; not से "from", एक "one",
    which sound like names by chance), that Hindi does not use as often as
    its function words, and that no word of the unit renders: a name gone,
    however frequent in Hindi news. Without the dictionary, none."""
    if not names.source_sure or not hindi_words.available():
        return []
    rendered = _rendered_in_unit(doc, u, "hi")
    out = []
    for w in names.source_sure:
        word = w.text.rstrip("\u0964\u0965")
        if not word or hindi_words.is_ordinary(word) or zipf(word, "hi") >= HINDI_WORD_ZIPF \
                or rendered(word):
            continue
        out.append(NameWord(w.start, w.start + len(word), word, WEAK))
    return out


#: Joiners inside a Devanagari word («व्‍यंग्‍यात्‍मक»), which cut it into
#: pieces no word list knows.
_JOINERS = "\u200c\u200d"


def _hindi_unknown_gone(doc, u, names: UnitNames) -> list:
    """Source words Hindi's word lists do not know at all
    (``hindi_words.unknown_word``: no frequency, not in the Hunspell
    dictionary nor eng-hin, no form of known words: «थोमस», «एडनेन») that
    no word of the unit renders: a rare name transcribed, gone. (A loanword
    of this kind is rendered by the English word it comes from: «डिफरेंस»,
    "difference".) Pieces of a word cut by a joiner are left out."""
    text = doc.source
    cands = []
    for w in names.source:
        word = w.text.rstrip("\u0964\u0965")
        end = w.start + len(word)
        if not hindi_words.unknown_word(word) \
                or (w.start > 0 and text[w.start - 1] in _JOINERS) \
                or (end < len(text) and text[end] in _JOINERS):
            continue
        cands.append((w, word))
    if not cands:
        return []
    rendered = _rendered_in_unit(doc, u, "hi")
    return [NameWord(w.start, w.start + len(word), word, WEAK) for w, word in cands if not rendered(word)]


def _rendered_in_unit(doc, u, sl):
    """A test: does a word of the source unit sound like a word of the
    translation's unit, capitalised or not, alone or two together, or the
    opening of one (an inflected loanword)?"""
    words = [k for k in (key(w) for w in _LATIN_WORD.findall(doc.text, u.ts, u.te)) if k]
    # Words alone and two together («न्यूयॉर्क» "New York").
    keys = words + [a + b for a, b in zip(words, words[1:])]
    heads = [sound_classes(k) for k in words]
    if sl == "hi":
        # Hindi borrows an English noun in the singular (the Giants:
        # «जायंट»).
        keys += [k[:-1] for k in words if len(k) > 3 and k.endswith("s") and not k.endswith("ss")]

    def rendered(word: str) -> bool:
        k = translit_key(word, sl)
        if any(sounds_alike(t, k, sl) for t in keys):
            return True
        if sl == "hi" and k.startswith("b") and any(t.startswith("w") and sounds_alike(t, "w" + k[1:], sl)
                                                    for t in keys):
            # ब written for an English first w, as व is (Willoughby
            # «बिलुबी»).
            return True
        # A loanword the translation inflects ("called" for «कॉल»).
        c = sound_classes(k)
        return len(c) >= 3 and any(h.startswith(c) for h in heads)
    return rendered


#: A run of capitalised words in Latin letters inside a source in another
#: script ("Det Insp Bob Blemmings 表示"): a name the source quotes as the
#: translation writes it.
_LATIN_RUN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’\-]*(?:[ \u00a0]+[A-Z][A-Za-z\u00c0-\u024f'’\-]*)+")
_TARGET_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def latin_run_replacement(doc, u) -> UncasedReplacement:
    """A name the source unit spells in Latin letters, of two words or more
    ("Tony Macaroni", "Det Insp Bob Blemmings"), one of whose words the
    translation's unit does not write while it writes the word beside it
    with another capitalised word in the first one's place ("Charlotte
    Macaroni", "Det Insp Navy Blemmings"): a word of the name replaced. A
    translation keeps a name the source quotes in its own letters, so the
    kept word anchors the place, and the word there is no transcription of
    anything. Not a word that the source unit writes too, an acronym, a
    slip of spelling ("Miler"/"Miller") nor a word written out from the
    gone one or the other way round ("Insp"/"Inspector")."""
    runs = list(_LATIN_RUN.finditer(doc.source, u.ss, u.se))
    if not runs:
        return UncasedReplacement((), ())
    twords = [(m.start(), m.end(), m.group()) for m in _TARGET_WORD.finditer(doc.text, u.ts, u.te)]
    tkeys = [key(strip_possessive(w)) for _, _, w in twords]
    src_keys = {key(strip_possessive(w)) for w in _LATIN_WORD.findall(doc.source, u.ss, u.se)}
    come, gone = [], []
    for run in runs:
        words = [(m.start(), m.end(), m.group()) for m in _TARGET_WORD.finditer(doc.source, run.start(), run.end())]
        keys = [key(strip_possessive(w)) for _, _, w in words]
        for i, (s, e, w) in enumerate(words):
            k = keys[i]
            if len(k) < 2 or w.isupper() or k in tkeys:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(words) or words[j][2].isupper() or keys[j] not in tkeys:
                    continue
                t = tkeys.index(keys[j]) + (i - j)
                if not 0 <= t < len(twords):
                    continue
                ts, te, x = twords[t]
                a, b = sorted((t, t - (i - j)))
                between = doc.text[twords[a][1]:twords[b][0]]   # (the two words must stand together)
                xk = tkeys[t]
                if not x[:1].isupper() or x.isupper() or xk in src_keys or not re.fullmatch(r"[ \u00a0]+", between) \
                        or not xk or _keys_spelt_alike(xk, k):
                    continue
                come.append(NameWord(ts, te, x, WEAK))
                gone.append(NameWord(s, e, w, WEAK))
                break
    return UncasedReplacement(tuple(come), tuple(gone))


def _spelt_alike(a: str, b: str) -> bool:
    """Two Latin-script words spelt alike but for one slip, or the one the
    other's beginning (a short form)."""
    return _keys_spelt_alike(key(strip_possessive(a)), key(strip_possessive(b)))


def _keys_spelt_alike(x: str, y: str) -> bool:
    """_spelt_alike of two keys (``transcription.key``)."""
    return bool(x and y) and (one_slip(x, y) or x.startswith(y) or y.startswith(x))


def _latin_gone(doc, u) -> list:
    """Names the source unit spells in Latin letters and the translation's
    unit does not write."""
    target_lower = doc.text[u.ts:u.te].casefold()
    return [NameWord(m.start(), m.end(), m.group(), WEAK)
            for m in _LATIN_NAME.finditer(doc.source, u.ss, u.se)
            if strip_possessive(m.group()).casefold() not in target_lower]


def _japanese_replacement(doc, u, tl, names: UnitNames, rare_come: tuple) -> UncasedReplacement:
    """A replaced name in a Japanese source, by the analyser's names
    (mtaudit.names_japanese): a name gone is a Latin-spelt name, a person or
    place the analyser tags (or a katakana word it does not know, or a
    loanword whose English word the translation writes as a name elsewhere),
    or a month or a day of the week, that the translation's unit does not
    render. With a rare name come in mid-sentence, any of them; with a name
    come that is also a common word ("Inspector", "Plains"), only one the
    dictionary knows (an unknown katakana word may be a compound it could
    not cut: フェム・ファタール) and no Latin-spelt one. Measured on NTREX ja-en (both traces, the
    name replaced in copies of the clean documents): 8 % of clean documents,
    52 % of the replaced names, where a rare name come with a Latin-spelt
    name gone found 4 %."""
    if not names_japanese.available():
        rare_gone = _latin_gone(doc, u)
        gone = [g for g in rare_gone if not any(_loosely_alike(c.text, g.text, "ja") for c in rare_come)]
        return UncasedReplacement(rare_come, tuple(gone)) if rare_come else UncasedReplacement((), ())
    come = tuple(w for w in names.target if not sentence_initial(doc.text, w.start, u.ts))
    if not come:
        return UncasedReplacement((), ())
    target_part = doc.text[u.ts:u.te]
    # (A Latin-spelt word of the source is often an acronym, "NFL", "MAGA",
    # that a common word of the translation may say: it counts only with a
    # rare name come, as in other scripts.)
    gone = [(g, False) for g in _latin_gone(doc, u)]
    # The gazetteer's foreign cities (ミュンヘン), as for the other scripts:
    # with a rare name come.
    gone += [(g, False) for g in _foreign_cities_gone(doc, u, "ja", tl)]
    days = [(NameWord(s, e, w, WEAK), True)
            for s, e, w in names_japanese.calendar_gone(doc.source, u.ss, u.se, target_part, tl)]
    calendar = {g.start for g, _ in days}
    gone += days
    tagged = [m for m in names_japanese.names_gone(doc.source, u.ss, u.se, target_part, tl, _alias(tl),
                                                   _names_elsewhere(doc, u))
              if not _city_named_in_unit(doc, u, m.surface, "ja", tl)]
    gone += [(NameWord(m.start, m.end, m.surface, WEAK), m.known) for m in tagged]
    # The English spelling the analyser gives a whole katakana name
    # (マーティン "Martin", テネシー "Tennessee"; not a piece of a name it
    # cut, フライ "fly" of フライシャー: names_japanese.names_gone).
    spelt = {m.start: m.origin for m in tagged if m.spelt}
    unknown = {m.start for m in tagged if m.unknown}
    if not gone:
        return UncasedReplacement((), ())
    # One word found by two rules (a city tagged and in the gazetteer): once,
    # as known if either rule knows it.
    seen: dict = {}
    for g, known in gone:
        seen[(g.start, g.end)] = (g, known or seen.get((g.start, g.end), (g, False))[1])
    gone = list(seen.values())

    def apart(g, names):
        # A name come that sounds half like a name gone is more likely that
        # name matched badly than another put in its place (not a day or a
        # month: Japanese words, transcribing nothing).
        # Nor a place whose names CLDR or CC-CEDICT give (ドイツ "Germany"):
        # it is matched by those names, not by its sound.
        # A word whose English spelling is known is compared by that
        # spelling: its katakana sounds, compared loosely, are half like
        # many names by chance ("Den" / マーティン, "Kennedy" / テネシー),
        # the spelling only like itself badly matched.
        if g.start in calendar or _named_place(g.text, "ja", tl):
            return True
        if g.start in spelt:
            return not any(names_japanese.spelt_alike(c.text, spelt[g.start]) for c in names)
        return not any(_loosely_alike(c.text, g.text, "ja") and not _short_and_unlike(c.text, g.text)
                       for c in names)
    if rare_come:
        sure = [g for g, _ in gone if apart(g, rare_come)]
        if sure:
            return UncasedReplacement(rare_come, tuple(sorted(sure, key=lambda w: w.start)))
    sure = [g for g, known in gone if known and apart(g, come)]
    if not sure:
        # A whole katakana word the analyser does not know, of a name's
        # length (ファラージ, イルフラクーム; not a piece of a cut word, nor a
        # Latin-spelt acronym) and that no word of the translation's unit
        # renders, in lower case either (フェム・ファタール "femme fatale"),
        # nor sounds half like (ウワスチカ, "swastika" misspelt),
        # counts with a common word come where no word of the unit
        # translates that word (JMdict's glosses: "Treasury" for ファラージ氏
        # comes from nowhere; "Plains" for 平野 does not).
        free = tuple(c for c in come if not names_japanese.glossed_in(c.text, doc.source, u.ss, u.se))
        rendered = _rendered_in_unit(doc, u, "ja") if free else None
        words = [w for w in _LATIN_WORD.findall(doc.text, u.ts, u.te) if len(w) >= 5] if free else []
        sure = [g for g, known in gone if g.start in unknown and free and apart(g, free)
                and not rendered(g.text) and not any(rendered(p) for p in g.text.split("・") if p)
                and not any(_loosely_alike(w, g.text, "ja") for w in words)]
        if sure:
            return UncasedReplacement(free, tuple(sorted(sure, key=lambda w: w.start)))
    return UncasedReplacement(come, tuple(sorted(sure, key=lambda w: w.start)))


def _short_and_unlike(latin_name: str, katakana: str) -> bool:
    """A short name (two full consonants on the shorter side) that does
    not sound like the katakana word by the strict rule: half alike by
    LOOSE_MATCH means one consonant in two exchanged ("Doyle", "Bruce" /
    パル "paru"), which is another name, not the same one matched badly."""
    a = sound_classes(key(strip_possessive(latin_name)))
    k = translit_key(katakana, "ja")
    b = sound_classes(k)
    full = lambda c: sum(1 for x in c if x not in "VHWY")
    if min(full(a), full(b)) != 2:
        # (Fewer than two: too little to tell by any rule, "Hugh" / ヒュー,
        # "Aceh" / アチェ; three or more: LOOSE_MATCH holds.)
        return False
    n = key(strip_possessive(latin_name))
    return not sounds_alike(n, k, "ja") and not sounds_alike(n, names_japanese.without_epenthesis(k), "ja")


def _named_place(word: str, sl: str | None, tl: str | None) -> bool:
    """A source word whose names in other languages CLDR or the project's
    table give (ドイツ: "Germany", "Deutschland"), or, in kanji, CC-CEDICT's
    glosses of a proper noun (英国 "Britain"): in a Japanese source, matched
    by those names, so a name come that sounds half like its reading is no
    bad match of it. (Measured in Chinese and Hindi sources too: three clean
    NTREX zh-en documents more, "Scottish" for 苏格兰 matched only loosely,
    and two hi-en.)"""
    return bool(_alias_of(key(word, sl), aliases(sl, tl), sl)) or \
        (sl == "ja" and not _KATAKANA_RUN.match(word) and bool(names_japanese._gloss_names(word)))


def _city_named_in_unit(doc, u, word: str, sl: str | None, tl: str | None) -> bool:
    """Does the translation's unit name the city a source word names in the
    gazetteer (ミュンヘン "Munich", whose sound is München's)?"""
    cities = gazetteer.foreign_places(word, sl)
    return bool(cities) and bool(cities & NameIndex.build(tokens(doc.text, tl, u.ts, u.te), tl).places())


def _alias(tl):
    return aliases("ja", tl)


_MID_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_LOWER_WORD = re.compile(r"\b[a-z]+")


def _names_elsewhere(doc, u) -> frozenset[str]:
    """Words (casefolded) the translation writes with a capital in
    mid-sentence outside the unit and never in lower case: its names."""
    lower = document_cache(doc, "translit_lower_words", lambda: frozenset(_LOWER_WORD.findall(doc.text)))
    out = {m.group().casefold() for part in (doc.text[:u.ts], doc.text[u.te:])
           for m in _MID_CAPITAL.finditer(part)}
    return frozenset(out - lower)


def _loosely_alike(latin_name: str, source_word: str, sl: str | None) -> bool:
    a = sound_classes(key(strip_possessive(latin_name)))
    b = sound_classes(translit_key(source_word, sl))
    # In Chinese, also beginning alike: a transcription read by its
    # dictionary readings keeps the name's first sound, so a name that does
    # not begin as the word does is another name (哈里斯 "halisi" and
    # "Norris" are half alike). In Devanagari, where a transcription may
    # drop or add a first sound (Knott / «नॉट», Bjorn / «जॉर्न», Ian /
    # «लैन») and व is v or w, beginning alike but for one sound. (Measured:
    # the strict rule for Hindi, +4 clean NTREX documents; the Devanagari
    # one for Japanese, +1, シ|ラキュース cut from Syracuse: left out.)
    if sl == "zh" and a and b and a[0] != b[0]:
        return False
    if sl == "hi":
        # The name's spellings as a Hindi transcription may read them
        # (Hughes «ह्यूजेस»: a soft g, not a silent gh).
        return bool(b) and any(
            x and _begin_alike(x, b) and sound_distance(x, b) <= LOOSE_MATCH
            for x in {sound_classes(r) for r in spelling_readings(key(strip_possessive(latin_name)))})
    return bool(a and b) and sound_distance(a, b) <= LOOSE_MATCH


#: Classes one letter of a script reads as either (Devanagari व: v or w).
_SAME_FIRST = ({"W", "F"},)


def _begin_alike(a: str, b: str) -> bool:
    """Do two sound-class strings begin alike, allowing one first sound that
    one side does not say (Knott / «नॉट», Bjorn / «जॉर्न», Ian / «लैन») and
    v read as w?"""
    def same(x, y):
        return x == y or any(x in c and y in c for c in _SAME_FIRST)
    return same(a[0], b[0]) or (len(a) > 1 and same(a[1], b[0])) or (len(b) > 1 and same(a[0], b[1]))


def _chinese_proper_gone(doc, u, tl, target_part: str) -> list:
    """Words of the Chinese source unit that the translation's unit does not
    say (no gloss word, acronym or likeness of sound) and that surely name
    something: CC-CEDICT translates them by one English name only, or gives
    them as proper nouns whose name the translation writes elsewhere (a
    gloss word written with a capital outside the unit: the name it uses)."""
    if not cedict.available():
        return []
    unit_words = {w.casefold() for w in _LATIN_WORD.findall(target_part)}
    # Acronyms written with dots ("U.S."), as the glosses' initials ("us").
    unit_words |= {m.group().replace(".", "").casefold() for m in _DOTTED_ACRONYM.finditer(target_part)}
    unit_caps = [w for w in _LATIN_WORD.findall(target_part) if w[0].isupper()]
    unit_keys = [key(w) for w in unit_caps]
    outside = {m.group().casefold() for part in (doc.text[:u.ts], doc.text[u.te:])
               for m in _LATIN_WORD.finditer(part) if m.group()[0].isupper()}
    out, pos = [], u.ss
    peoples = None
    alias = aliases("zh", tl)
    for w in chinese_words(doc.source[u.ss:u.se]):
        start = pos
        pos += len(w)
        # jieba joins a name and the character after it into a word the
        # dictionary does not know (湖人|队 "Lakers team", 推特|上 "on
        # Twitter"): the name, without it.
        trimmed = len(w) >= 3 and _HAN_RE.fullmatch(w[-1]) and not cedict.entries(w) \
            and bool(cedict.entries(w[:-1]))
        if trimmed:
            w = w[:-1]
        end = start + len(w)
        if len(w) < 2 or not _HAN_RE.fullmatch(w[0]):
            continue
        # A word whose every translation is one English name (周六 "Saturday",
        # 墨西哥 "Mexico", 意大利 "Italy"), or a name CLDR or the project's
        # table gives too, or a name translated word for word, every gloss
        # a name of capitalised words its reading is unlike (民主党
        # "Democratic Party", 国会 "Congress"; not 美元 "US dollar", nor a
        # transcription jieba cut from a longer one, 霍利|约克 "York"): the
        # translation must say it.
        one_name = _one_name(w, tl) or (_names_only(w) and (
            bool(alias.get(key(w, "zh"))) or (_translated_name(w) and _capitalised_glosses(w))))
        if not one_name and not cedict.is_proper_noun(w):
            # An ordinary word whose one-word gloss the translation writes
            # as a name everywhere else in the document (参议院 "senate":
            # "the Senate"; 海军 "navy": "the Navy"; 艾滋病 "AIDS": "Aids"):
            # the document's name for it.
            if not _named_by_document(w, doc, u):
                continue
            one_name = True
        # Otherwise, a proper noun whose name ("Roosevelt", not "President", a
        # common word also capitalised in the gloss) the translation writes
        # elsewhere: the name it uses for it.
        named = {g for g in cedict.gloss_names(w) if not common_word(g, tl)}
        if not (one_name or named & outside) \
                or _said_by_heads(w, target_part, unit_words, unit_caps, tl, alias):
            continue
        # A place said by a word for its people (美国 "American", 英国
        # "British"): the word begins as one of its names does.
        if peoples is None:
            peoples = [key(t) for t in _LATIN_WORD.findall(target_part)
                       if t[0].isupper() and people_word(t, tl)]
        if peoples:
            names = set(_alias_of(key(w, "zh"), alias, "zh")) | {key(g) for g in cedict.glosses(w)}
            if any(len(p) >= 3 and p[:3] == n[:3] for p in peoples for n in names if n):
                continue
        # A country said by one of its cities (朝鲜 "North Korea", "Pyongyang").
        countries = {key(g, tl) for g in cedict.glosses(w)}
        if any(city_of_named_country(t, tl, countries) for t in _LATIN_WORD.findall(target_part)
               if t[0].isupper()):
            continue
        # The word, and the word with the characters next to it: jieba cuts
        # an unknown transcription at a name it knows inside it (弗雷克 Flake
        # as 弗雷 "Freyr" + 克, 雅克布斯 Jacobs as 雅克 "Jacques" + 布斯).
        # Only a transcription is so cut: a word the dictionary translates by
        # a name it does not sound like (周六 "Saturday", 英国 "Britain") is
        # a word of its own, read alone (周六交 "zhouliujiao" is no Childers).
        # (A name translated, 美国 "United States", is rendered by no sound:
        # "meiguo" is not Mayorga; but a word cut from an unknown one may be
        # a transcription that the dictionary's word is by chance, 德文
        # "German" of 德文|郡 Devon.)
        own = translit_key(w, "zh")
        keys = [translit_key(x, "zh") for x in _with_neighbours(doc.source, start, end, u.ss, u.se)] \
            if _transcription(w, own) else [] if _translated_name(w) and not trimmed else [own]
        if any(sounds_alike(t, k, "zh") for k in keys for t in unit_keys if t):
            continue
        out.append(NameWord(start, end, w, WEAK))
    return out


#: Words that may join the capitalised words of one name in a gloss
#: ("United Kingdom of Great Britain and Northern Ireland").
_NAME_JOINERS = frozenset({"of", "and", "the", "de"})


def _gloss_heads(word: str) -> list[list[str]]:
    """The names CC-CEDICT's glosses of a word give, without what they add
    to describe it: each gloss up to its first comma, and of that its
    opening run of capitalised words (joined by "of", "and"...): "Jakarta"
    of "Jakarta, capital of Indonesia", "Korea" of "Korea as geographic
    term", "United States" of "United States"."""
    out = []
    for g in cedict.glosses(word):
        run: list[str] = []
        for t in re.findall(r"[A-Za-z][A-Za-z.\-]*", g.split(",")[0].split(";")[0]):
            if t[0].isupper():
                run.append(t)
            elif t in _NAME_JOINERS and run:
                run.append(t)
            else:
                break
        while run and run[-1] in _NAME_JOINERS:
            run.pop()
        if run:
            out.append(run)
    return out


def _matched_badly(latin_name: str, source_word: str, sl: str | None, tl: str | None) -> bool:
    """Is a name come more likely the name gone matched badly than another
    name? It sounds half like it (``_loosely_alike``); in Chinese, not
    where the word gone is a name CC-CEDICT translates by names its reading
    is unlike (美国 "meiguo" is half like Mayorga by chance), but where the
    name come may be a word made from its English name ("Brexit" for 英国,
    ``_made_from``); nor where it is an ordinary Chinese word."""
    if sl != "zh":
        return _loosely_alike(latin_name, source_word, sl)
    # (Nor a word CC-CEDICT gives as an ordinary one only, 参议院 "senate":
    # Chinese words, which transcribe nothing.)
    return (not (_translated_name(source_word) or cedict.is_ordinary(source_word))
            and _loosely_alike(latin_name, source_word, sl)) \
        or _made_from(latin_name, source_word, tl)


def _made_from(latin_name: str, word: str, tl: str | None) -> bool:
    """May a name of the translation be a word made from the English name of
    a Chinese word that CC-CEDICT translates by a name (a blend or a
    derivative: "Brexit", "Brexiteers" for 英国 "Britain")? It begins with
    the first two letters of one of its names (a gloss's head name word, or
    a name CLDR or the project's table gives it) and is no place of that
    table itself ("Brazil" for 英国 is another country)."""
    k = key(strip_possessive(latin_name))
    if len(k) < 4 or not tl:
        return False
    alias = aliases("zh", tl)
    if _alias_of(k, alias):
        return False
    names = {key(t) for h in _gloss_heads(word) for t in h if t[0].isupper() and len(t) >= 3}
    names |= {n for n in _alias_of(key(word, "zh"), alias, "zh") if n != key(word, "zh")}
    return any(len(n) >= 3 and n[:2] == k[:2] for n in names)


def _said_by_heads(word: str, target_part: str, unit_words: set[str], unit_caps: list[str],
                   tl: str | None, alias) -> bool:
    """Does the translation's unit say a Chinese word that CC-CEDICT
    translates by a name? By a name word of a gloss's head (``_gloss_heads``:
    "Korea", "Britain", not a common word, and not what the gloss adds to
    describe it: "capital of Indonesia" says nothing of 雅加达, "North" not
    朝鲜), the whole head ("United States", "Democratic Party"), a name
    CLDR or the project's table gives the place ("UK", "America"), or the
    initials of a head written in capitals ("US", "U.S."; not the pronoun
    "us"). A word whose heads hold no name word but common ones is said
    by any word of its glosses, as before. (Every word of the glosses
    counted: "of", "and", "as", "States" said 英国, 朝鲜, 美国 in any
    sentence.)"""
    heads = _gloss_heads(word)
    acronyms = {t for t in re.findall(r"\b[A-Z]{2,}\b", target_part)}
    acronyms |= {m.group().replace(".", "") for m in _DOTTED_ACRONYM.finditer(target_part)}
    initials = {"".join(t[0] for t in h if t[0].isupper()).upper() for h in heads}
    initials |= {t for h in heads for t in h if t.isupper() and len(t) >= 2}
    if initials & acronyms:
        return True
    names = {t.casefold() for h in heads for t in h
             if len(t) >= 3 and t.isalpha() and not common_word(t, tl)}
    if not names:
        return any(cedict.glossed(t, cedict.gloss_words(word)) for t in unit_words)
    if any(cedict.glossed(t, frozenset(names)) for t in unit_words):
        return True
    # (A name clipped, "Juve" for Juventus: four letters or more of it.)
    if any(len(k) >= 4 and any(n.startswith(k) for n in names)
           for k in (key(strip_possessive(c)) for c in unit_caps)):
        return True
    flat = " ".join(_LATIN_WORD.findall(target_part)).casefold()
    if any(re.search(rf"\b{re.escape(' '.join(_LATIN_WORD.findall(' '.join(h))).casefold())}\b", flat)
           for h in heads if len(h) >= 2):
        return True
    places = _alias_of(key(word, "zh"), alias, "zh")
    keys = {key(strip_possessive(c)) for c in unit_caps}
    keys |= {key(a) + key(b) for a, b in zip(unit_caps, unit_caps[1:])}
    return bool(places & keys)


def _chinese_transcriptions_gone(doc, u, target_part: str) -> list:
    """Words of the Chinese source unit that jieba's dictionary tags as a
    transcribed name (nrt: 布什 Bush, 卡瓦诺 Kavanaugh) and that no
    capitalised word of the translation's unit renders: none sounds like
    it (in any reading of its characters), none holds its consonants
    (jieba cuts names it does not know into pieces: 卡瓦 of Kavanaugh,
    保尔 of Poulter), and none sounds even loosely like it (``_near``: on
    NTREX zh-en, 4 clean documents fewer of 123, 圣路易斯 / St. Louis, and 7
    replaced names of 369 fewer). Its other name tags (nr, ns) take Chinese
    names and words too: measured on NTREX zh-en with a rare name come, nrt
    alone fires on 4 more clean documents (of 123), nrt with nr or ns on
    17-25 (``_chinese_transcriptions_unrendered`` takes them, where the
    dictionary says they transcribe a name)."""
    names = [w for w in _LATIN_WORD.findall(target_part) if w[0].isupper()]
    if not names:
        return []
    keys = [k for k in (key(w) for w in names) if k]
    skeletons = {_consonants(sound_classes(r)) for k in keys for k2 in spelling_readings(k)
                 for r in (k2, _without_coda_r(k2))}
    loose_caps = _unglossed_capitals(doc, u, [w for w in names if len(w) >= 3])
    out, pos = [], u.ss
    for word, flag in chinese_tagged_words(doc.source[u.ss:u.se]):
        start = pos
        pos += len(word)
        if flag != "nrt" or len(word) < 2 or not _HAN_RE.match(word):
            continue
        readings = {translit_key(word, "zh")} | chinese_readings(word)
        if any(sounds_alike(k, r, "zh") for r in readings for k in keys):
            continue
        pieces = {_consonants(sound_classes(r)) for r in readings}
        if any(len(p) < 2 or any(p in sk for sk in skeletons) for p in pieces):
            continue
        # Nor loosely, with its neighbours or without a character jieba cut
        # badly (_near, _spellings: 圣|马丁 "Saint Martin" / St. Martin's).
        if any(_near(c, x) for c in loose_caps(start, pos)
               for x in _spellings(doc.source, start, pos, u.ss, u.se)):
            continue
        out.append(NameWord(start, pos, word, WEAK))
    return out


#: jieba's tags of names of people and places (nrt: a transcribed person's).
_JIEBA_PERSON_PLACE = frozenset({"nr", "nrt", "ns"})


def _chinese_transcriptions_unrendered(doc, u, tl, target_part: str) -> list:
    """Words of the Chinese source unit that jieba tags as a person's or a
    place's name and that are transcriptions of a foreign name
    (``_transcribes_a_name``: 哈莱姆 "Harlem", 巴鲁 Palu, 卡迪 Cardi), or as
    an organisation named by one and its kind (切尔西|队 "Chelsea team"),
    that no capitalised word of the translation's unit renders, even loosely
    (``_near``: with the characters beside it, without one at either end,
    where jieba cut a name badly, 和伊恩 "and Ian", 考|艾岛 Kauai, 南卡罗
    Carolina; and the run of name words that holds it, 瓦尔德|拉马; only
    capitals no other source word's gloss gives, ``_unglossed_capitals``),
    nor any gloss word of its (CC-CEDICT: a name word of a gloss,
    "Harlem", not a common one, "district"), its initials, a people's word
    beginning as its names do, or a city of the country it names: a foreign
    name gone. With a rare name come that is none of its sounds, a name
    replaced. (Names CC-CEDICT translates rather than transcribes, 英国
    "United Kingdom", 民主党 "Democratic Party", are left to the other
    rules: their glosses miss too many of the ways a translation says them,
    England, Brexit, Democrats; measured on NTREX zh-en, any proper noun of
    the dictionary not said flagged 15 more clean documents of 123.)"""
    if not cedict.available():
        return []
    # (Not "On", "It": a word of two letters sounds like too much.)
    caps = [w for w in _LATIN_WORD.findall(target_part) if w[0].isupper() and len(w) >= 3]
    if not caps:
        return []
    unit_words = {w.casefold() for w in _LATIN_WORD.findall(target_part)}
    unit_words |= {m.group().replace(".", "").casefold() for m in _DOTTED_ACRONYM.finditer(target_part)}
    alias = aliases("zh", tl)
    peoples = [key(t) for t in caps if people_word(t, tl)]
    loose_caps = _unglossed_capitals(doc, u, caps)
    cut, pos = [], u.ss
    for word, flag in chinese_tagged_words(doc.source[u.ss:u.se]):
        cut.append((pos, pos + len(word), word, flag))
        pos += len(word)
    # The run of words tagged as names that holds each word (jieba cuts a
    # transcription it does not know into names: 瓦尔德|拉马 Valderrama).
    runs, i = {}, 0
    while i < len(cut):
        j = i
        while j < len(cut) and cut[j][3] in _JIEBA_PERSON_PLACE and _HAN_RE.match(cut[j][2]):
            j += 1
        for k in range(i, j):
            runs[k] = (cut[i][0], cut[j - 1][1])
        i = max(j, i + 1)
    out = []
    for n, (start, pos, w, flag) in enumerate(cut):
        if len(w) < 2 or not _HAN_RE.fullmatch(w[0]) or not (
                flag in _JIEBA_PERSON_PLACE and _transcribes_a_name(w)
                # (an organisation named after a transcribed name and its kind:
                # 切尔西|队 "Chelsea team")
                or flag == "nt" and len(w) >= 3 and _transcribes_a_name(w[:-1])):
            continue
        if _said_by_glosses(w, unit_words, tl) or _initials(w) & unit_words:
            continue
        names = set(_alias_of(key(w, "zh"), alias, "zh")) | {key(g) for g in cedict.glosses(w)}
        if any(len(p) >= 3 and p[:3] == n[:3] for p in peoples for n in names if n):
            continue
        countries = {key(g, tl) for g in cedict.glosses(w)}
        if countries and any(city_of_named_country(t, tl, countries) for t in caps):
            continue
        spellings = _spellings(doc.source, start, pos, u.ss, u.se)
        run = runs.get(n, (start, pos))   # (an organisation, nt, is in no run of names)
        if run != (start, pos):
            spellings += _spellings(doc.source, *run, u.ss, u.se)
        if any(_near(c, x) for c in loose_caps(*run) for x in spellings):
            continue
        out.append(NameWord(start, pos, w, WEAK))
    return out


def _transcribes_a_name(word: str) -> bool:
    """Is a Chinese word (tagged a name by jieba) the transcription of a
    foreign name? One CC-CEDICT knows only as a proper noun (no ordinary
    entry: not 高达 "to reach"), glossed by a name that is not its own pinyin
    (a Chinese name: 成功 "Chenggong") and that its reading sounds like
    (华盛顿 is glossed "Washington" but read "huashengdun"; 哈莱姆 "Harlem"
    is one); or one the dictionary does not know at all, unless it is made
    of two words the dictionary gives as ordinary, one of them of two
    characters or more (jieba's dictionary tags 司法公正 "judicial fairness"
    and 本赛季 "this season" as names)."""
    es = cedict.entries(word)
    if not es:
        return not _made_of_ordinary_words(word)
    if any(not p[:1].isupper() for p, _ in es):
        return False
    names = cedict.gloss_names(word)
    pinyins = {re.sub(r"[^a-z]", "", p.casefold()) for p, _ in es}
    if not names or names & pinyins:
        return False
    readings = {translit_key(word, "zh")} | chinese_readings(word)
    return any(sounds_alike(key(n), r, "zh") for n in names for r in readings)


def _made_of_ordinary_words(word: str) -> bool:
    """The word cut in two, both parts words CC-CEDICT has an ordinary
    (lower-case pinyin) entry for, one of two characters or more."""
    def ordinary(part):
        return any(not p[:1].isupper() for p, _ in cedict.entries(part))
    return any((i >= 2 or len(word) - i >= 2) and ordinary(word[:i]) and ordinary(word[i:])
               for i in range(1, len(word)))


def _said_by_glosses(word: str, unit_words: set[str], tl: str | None) -> bool:
    """Does a word of the unit say one of the source word's glosses? A
    gloss's name words (capitalised, no common words: "Harlem" of "Harlem
    district of Manhattan", "Virginia" of "West Virginia"), where it has
    some; any word of it otherwise ("Democratic Party")."""
    glosses = cedict.glosses(word)
    named = [[g.casefold() for g in _LATIN_WORD.findall(gloss)
              if g[0].isupper() and len(g) >= 3 and not common_word(g, tl)] for gloss in glosses]
    if any(named):
        return any(n and any(cedict.glossed(t, frozenset(n)) for t in unit_words) for n in named)
    words = cedict.gloss_words(word)
    return any(cedict.glossed(t, words) for t in unit_words)


def _unglossed_capitals(doc, u, caps: list[str]):
    """A function of a source word's span giving the capitalised words
    ``caps`` of the translation's unit that no CC-CEDICT gloss of another
    source word or character says ("Central" for 中央, "Great" for 大):
    those may render the word loosely; a word that translates another source
    word renders none. (The word itself and the characters around it are
    left out of the glosses: 马丁 "Martin" says "Martin". Single characters
    count: on NTREX zh-en, 5 more replaced names found of 369, no clean
    document more.)"""
    def get(start: int, end: int) -> list[str]:
        a, b = max(u.ss, start - 2), min(u.se, end + 3)
        glosses = cedict.text_gloss_words(doc.source[u.ss:a] + "。" + doc.source[b:u.se], every_character=True)
        return [c for c in caps if not cedict.glossed(c, glosses)]
    return get


def _spellings(text: str, start: int, end: int, lo: int, hi: int) -> list[str]:
    """A source word as a transcription may have been cut: with its
    neighbours (``_with_neighbours``), without its first or last character
    (和伊恩 "and Ian"), and each of those of three characters or more
    without its last (a kind of place: 考艾岛 "Kauai island")."""
    out = _with_neighbours(text, start, end, lo, hi)
    w = text[start:end]
    if len(w) >= 3:
        out += [w[1:], w[:-1]]
    return out + [x[:-1] for x in out if len(x) >= 3]


def _near(latin_name: str, word: str) -> bool:
    """Does a Latin-script name sound even loosely like a Chinese word? Both
    begin alike, or with related sounds (a soft g: 吉塞尔 "jisaier" /
    Giselle; v and w: 瓦尔德 "waerde" / Valderrama), once a first glide, y w
    h, is set aside (伊恩 "yien" / Ian),
    and their sounds are within LOOSE_MATCH, whole, or the one's beginning as
    long as the other (an abbreviated transcription: 麻省 "masheng" /
    Massachusetts; within SOUND_MATCH where the shorter has two consonants
    only, 莱茵 "laiyin" / Rheinland)."""
    a = sound_classes(key(strip_possessive(latin_name)))
    b = sound_classes(translit_key(word, "zh"))
    if not any(x and y and (x[0] == y[0] or {x[0], y[0]} in _SAME_BEGINNING)
               for x in {a, a.lstrip("YWH")} for y in {b, b.lstrip("YWH")}):
        return False
    if sound_distance(a, b) <= LOOSE_MATCH:
        return True
    short, long_ = sorted((a, b), key=len)
    n = len(_consonants(short))
    limit = LOOSE_MATCH if n >= 3 else SOUND_MATCH
    return n >= 2 and any(sound_distance(long_[:k], short) <= limit
                          for k in range(len(short) - 1, len(short) + 2))


#: First sounds a transcription may read otherwise: v as w, a soft g as j.
_SAME_BEGINNING = ({"W", "F"}, {"K", "S"})


def _one_name(word: str, tl: str | None) -> bool:
    """Every gloss CC-CEDICT gives the word is one capitalised English word
    that is no common word (a name, a day, a month)."""
    gl = cedict.glosses(word)
    return bool(gl) and all(_ONE_NAME.fullmatch(g) and not common_word(g, tl) for g in gl)


_ONE_NAME = re.compile(r"[A-Z][a-z]+")


def _transcription(word: str, reading: str) -> bool:
    """Does a Chinese word sound even half like one of the names CC-CEDICT
    glosses it by (弗雷 "Freyr", 雅克 "Jacques"), or has it no such name
    (unknown to the dictionary: a transcription for all we know)? Not a day
    or a month (周六 "zhouliu" is half like "Saturday" by chance)."""
    names = cedict.gloss_names(word)
    if not names:
        return True
    if names & set(calendar_names("en")):
        return False   # 周六 "Saturday": the language's own word for a day
    sounds = {sound_classes(r) for r in {reading} | chinese_readings(word)}
    return any(a and b and sound_distance(a, b) <= LOOSE_MATCH
               for a in (sound_classes(key(n)) for n in names) for b in sounds)


def _names_only(word: str) -> bool:
    """CC-CEDICT gives the word as a proper noun only (capitalised pinyin in
    every entry), and every gloss of it opens with a capital: a name, which
    the dictionary may describe ("Harlem district of Manhattan", "Jakarta,
    capital of Indonesia", "Democratic Party"); not 工党 "labor party"."""
    es = cedict.entries(word)
    return bool(es) and all(p[:1].isupper() for p, _ in es) and all(g[:1].isupper() for _, gl in es for g in gl)


def _named_by_document(word: str, doc, u) -> bool:
    """Does the translation write a one-word CC-CEDICT gloss of a Chinese
    word (four letters or more) with a capital in mid-sentence outside the
    unit, and never in lower case (``_names_elsewhere``), once at least as
    a name of its own, no capitalised word beside it ("the Senate", not
    "Premier League", "CBS News": a common word of a longer name)? Or is a
    gloss an acronym in capitals ("AIDS")? The document takes it for a
    name."""
    glosses = [g for g in cedict.glosses(word) if re.fullmatch(r"[A-Za-z]{4,}", g)]
    if not glosses:
        return False
    if any(g.isupper() for g in glosses):
        return True
    elsewhere = _names_elsewhere(doc, u)
    for g in glosses:
        if g.casefold() not in elsewhere:
            continue
        for m in re.finditer(rf"\b{re.escape(g.capitalize())}\b", doc.text):
            if u.ts <= m.start() < u.te:
                continue
            lo = doc.text.rfind("\n", 0, m.start()) + 1
            hi = doc.text.find("\n", m.end())
            hi = len(doc.text) if hi < 0 else hi
            if not (_CAPITALISED_BEFORE.search(doc.text, max(lo, m.start() - 40), m.start())
                    or _CAPITALISED_AFTER.match(doc.text, m.end(), hi)
                    or _OF_CAPITALISED_AFTER.match(doc.text, m.end(), hi)
                    or _CAPITALISED_OF_BEFORE.search(doc.text, max(lo, m.start() - 40), m.start())):
                return True
    return False


def _capitalised_glosses(word: str) -> bool:
    """Is every gloss CC-CEDICT gives the word a name written in capitals
    ("Democratic Party", "Olympic Games", "the Olympics"), no word in lower
    case but "the", "of", "and" ("US dollar" is no name)?"""
    gl = cedict.glosses(word)
    return bool(gl) and all(
        all(t[0].isupper() or t in _NAME_JOINERS for t in re.findall(r"[A-Za-z][A-Za-z.'\-]*", g))
        for g in gl)


def _with_neighbours(text: str, start: int, end: int, lo: int, hi: int) -> list[str]:
    """text[start:end], and it with up to three Han characters that follow it
    or two that come before it (within lo:hi)."""
    out = [text[start:end]]
    for n in (1, 2, 3):
        if end + n <= hi and _HAN_RE.fullmatch(text[end + n - 1]):
            out.append(text[start:end + n])
        else:
            break
    for n in (1, 2):
        if start - n >= lo and _HAN_RE.fullmatch(text[start - n]):
            out.append(text[start - n:end])
        else:
            break
    return out


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")


def _initials(word: str) -> set[str]:
    """The initials of each of a Chinese word's glosses of capitalised words
    ("United Nations" -> "un"): the acronym a translation may write."""
    out = set()
    for _, glosses in cedict.entries(word):
        for g in glosses:
            caps = [w for w in _LATIN_WORD.findall(g) if w[0].isupper()]
            if len(caps) >= 2:
                out.add("".join(c[0] for c in caps).casefold())
    return out


def _foreign_cities_gone(doc, u, sl, tl) -> list:
    """Words of the source unit (as its tokenizer cuts them, alone or two or
    three together) that name, as written, a foreign city of the gazetteer
    (mtaudit.gazetteer.foreign_places: 慕尼黑, ミュンヘン), where no
    capitalised word of the translation's unit names the same city: a name
    the source surely has, gone."""
    pieces, pos = [], u.ss
    for t in tokens(doc.source, sl, u.ss, u.se) if sl in ("zh", "ja") else \
            [m.group() for m in _WORD_RE.finditer(doc.source, u.ss, u.se)]:
        at = doc.source.find(t, pos, u.se)
        if at < 0:
            continue
        pieces.append((at, at + len(t)))
        pos = at + len(t)
    out, said, taken = [], None, set()
    for i in range(len(pieces)):
        for n in (3, 2, 1):
            if i + n > len(pieces) or i in taken:
                continue
            s, e = pieces[i][0], pieces[i + n - 1][1]
            cities = gazetteer.foreign_places(doc.source[s:e], sl)
            if not cities or (sl in wordfreq_languages() and zipf(doc.source[s:e], sl) >= UNKNOWN_SOURCE_ZIPF):
                continue
            if said is None:
                said = NameIndex.build(tokens(doc.text, tl, u.ts, u.te), tl).places()
            taken.update(range(i, i + n))
            if not cities & said:
                out.append(NameWord(s, e, doc.source[s:e], WEAK))
    return out
