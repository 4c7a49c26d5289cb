"""Names of a Chinese source, for MT403 (entity-missing) on a translation
from Chinese: a name the source surely has and the translation's unit does
not (a word CC-CEDICT translates by one English name, a proper noun whose
name the translation writes elsewhere, a transcription jieba tags that no
name of the unit sounds like), a day or a month come or gone, and the
translation's common words that no word of the unit can have given.
``names_uncased.uncased_replacement`` weighs them with the other languages'
traces; the sounds are ``names_translit``'s and ``transcription``'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cedict, hindi_words, names_japanese, place_words
from .names import (WEAK, NameWord, _alias_of, aliases, babel_locales, calendar_names, chinese_tagged_words,
                    chinese_words, sentence_initial)
from .place_words import people_word
from .transcription import (SOUND_MATCH, _HAN_RE, _without_coda_r, key, sound_classes, sound_distance,
                            sounds_alike, spelling_readings, strip_possessive, translit_key)
from .names_translit import (LOOSE_MATCH, UnitNames, _CAPITALISED_AFTER, _CAPITALISED_BEFORE,
                             _CAPITALISED_OF_BEFORE, _LATIN_WORD, _OF_CAPITALISED_AFTER, _WORD_RE,
                             _consonants, _loosely_alike, _names_elsewhere, _one_name, _transcription,
                             _translated_name, chinese_readings, city_of_named_country, common_word)


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
