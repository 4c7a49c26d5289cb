"""A replaced name where the source has no capitals (Chinese, Japanese,
Hindi): ``uncased_replacement`` weighs a name come, rare and in mid-sentence,
that nothing of the source accounts for, against a name the source surely
has and the translation's unit does not, from each language's evidence
(``names_chinese``, ``names_hindi``, the Japanese analyser's names here), a
name the source spells in Latin letters, days, months, countries and cities.
MT403 (``checks.entity_missing``) asks it per aligned unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import cedict, gazetteer, names_japanese
from .names import (WEAK, NameIndex, NameWord, _alias_of, aliases, calendar_names, one_slip,
                    sentence_initial, tokens)
from .place_words import _places_and_languages, people_word
from .transcription import key, sound_classes, sounds_alike, strip_possessive, translit_key
from .languages import wordfreq_languages, zipf
from .names_translit import (UnitNames, _CAPITALISED_AFTER, _CAPITALISED_BEFORE, _CAPITALISED_OF_BEFORE,
                             _KATAKANA_RUN, _LATIN_WORD, _LOWER_WORD, _OF_CAPITALISED_AFTER, _WORD_RE,
                             _calendar_in_source, _loosely_alike, _names_elsewhere, _one_name,
                             _rendered_in_unit, calendar_words_come, calendar_words_gone, common_word)
from .names_hindi import (_hindi_country_alias, _hindi_languages_gone, _hindi_names_gone,
                          _hindi_unknown_gone, _proper_compound_come, _transcriptions_gone)
from .names_chinese import (_chinese_calendar_come, _chinese_days_gone, _chinese_proper_gone,
                            _chinese_transcriptions_gone, _chinese_transcriptions_unrendered, _matched_badly,
                            _unglossed_common_come)


#: Zipf frequency under which a word of a source without capitals is one its
#: language's word list hardly knows: a transcribed foreign name
#: («मैक्लेरॉय»), rarely a word of the language (which the list has).
UNKNOWN_SOURCE_ZIPF = 2.5
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]{2,}")


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


def _beside_capitals(doc, u, w) -> bool:
    """A capitalised word of the translation's unit with a capitalised word
    beside it, on its line, or joined by "of" ("Bank of England")."""
    return bool(_CAPITALISED_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start)
                or _CAPITALISED_AFTER.match(doc.text, w.end, u.te)
                or _OF_CAPITALISED_AFTER.match(doc.text, w.end, u.te)
                or _CAPITALISED_OF_BEFORE.search(doc.text, max(u.ts, w.start - 40), w.start))


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
