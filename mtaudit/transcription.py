"""How a name is written and sounds across scripts: its romanisation, the
script-blind keys names are compared by, and the comparison of sounds that
finds one name transcribed in another script.

The lowest layer of the names modules: ``mtaudit.names`` (names in a text),
``mtaudit.gazetteer`` (places), ``mtaudit.names_translit`` (names across
scripts) and ``mtaudit.names_japanese`` (Japanese readings) all compare
names by these keys and sounds, and none of them is imported here.

Transcriptions change spelling by rules of sound, not letter: "Whitehall" is
«Уайтхолл» (Uaytkholl), "Buchanan" «Бьюкенен» (B'yukenen), "Trump" 特朗普
(TeLangPu) and トランプ (toranpu). Both sides are romanised (anyascii;
pykakasi for Japanese) and reduced to classes of sounds that
transcriptions exchange (b/p, d/t, k/g/q/c, the sibilants and affricates,
l/r, m/n, f/v); vowels are one class. The two strings are then aligned with
an edit distance in which vowels and the weak sounds that scripts write
differently or not at all (h/kh, w/u, y/j/i) cost little, and inflected
endings of the source word (Russian cases: «Бьорна», «Макилроем») are free.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


# -- romanisation and keys ---------------------------------------------------

_KANA_RE = re.compile(r"[\u30A0-\u30FF\u3040-\u309F\u4E00-\u9FFF\u3400-\u4DBF]")


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi   # lazy: only for Japanese text
    return pykakasi.kakasi()


@lru_cache(maxsize=200_000)
def romanise(text: str, lang: str | None = None) -> str:
    """ASCII transliteration: pykakasi (Hepburn) for Japanese, anyascii for
    every other script (pinyin for Chinese)."""
    if text.isascii():
        return text
    if lang == "ja" and _KANA_RE.search(text):
        return "".join(part["hepburn"] for part in _kakasi().convert(text))
    from anyascii import anyascii   # lazy: only for text beyond ASCII
    return anyascii(text)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def key(word: str, lang: str | None = None) -> str:
    """Case-, accent-, hyphen-, space- and script-blind form of a name."""
    s = _strip_accents(word)
    if not s.isascii():
        s = romanise(s, lang)
    return re.sub(r"[^0-9a-z]", "", s.casefold())


_POSSESSIVE_RE = re.compile(r"['’]s?$")


def strip_possessive(word: str) -> str:
    """The word without a possessive ending or a final apostrophe ("Britain's",
    "Jones'"): the name itself."""
    if "'" not in word and "’" not in word:
        return word   # (most words: no pattern to run)
    return _POSSESSIVE_RE.sub("", word)


# -- sounds: is a romanised word a transcription of a Latin-script name ------

# Letter groups rewritten before the classes (order matters: longest first).
_GROUPS = (("wh", "w"), ("ng", "n"), ("shch", "s"), ("sch", "s"), ("tch", "s"), ("dzh", "s"), ("dg", "s"), ("ch", "s"),
           ("sh", "s"), ("zh", "s"), ("ts", "s"), ("tz", "s"), ("ph", "f"), ("th", "t"),
           ("kh", "h"), ("gh", ""), ("ck", "k"), ("qu", "kw"), ("x", "ks"), ("j", "s"))
_CLASSES = str.maketrans("bpdtkgqszlrmnfvwh", "PPTTKKKSSRRNNFFWH")
_VOWELS = "aeiou"

#: Sounds that scripts write differently or leave out (h/kh, w/u, y/i/j).
WEAK = frozenset("HWY")


@lru_cache(maxsize=200_000)
def sound_classes(k: str) -> str:
    """Classes of sounds of a lower-case ASCII key ("whitehall" -> "WVTVHVR"):
    P T K S R N F consonants, V vowel, H W Y weak sounds; repeats merged."""
    k = re.sub(r"c(?=[eiy])", "s", k)
    for a, b in _GROUPS:
        k = k.replace(a, b)
    k = k.replace("c", "k")
    out = []
    for i, ch in enumerate(k):
        if ch in _VOWELS:
            c = "V"
        elif ch == "y":
            # A glide before a vowel (Yale, «Йель»), a vowel elsewhere (Rory).
            c = "Y" if i + 1 < len(k) and k[i + 1] in _VOWELS else "V"
        else:
            c = ch.translate(_CLASSES)
            if c == ch:
                continue   # anything else (digits) is no sound
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    pair = {a, b}
    if a in WEAK and b in WEAK or "V" in pair and pair & WEAK:
        return 0.3
    if pair in ({"H", "K"}, {"H", "S"}, {"S", "Y"}, {"W", "F"}, {"T", "S"}, {"K", "S"},
                {"P", "F"}):
        return 0.5   # g/h (Гитлер), j/kh (Хуан), th/z (Хезер), w/v, c as k or s
    return 1.0


def _indel_cost(c: str) -> float:
    return 0.3 if c in WEAK else (0.4 if c == "V" else 1.0)


@lru_cache(maxsize=400_000)
def sound_distance(a: str, b: str) -> float:
    """Weighted edit distance between two class strings, divided by the
    number of full consonants of the longer one (at least 2)."""
    n, m = len(a), len(b)
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + _indel_cost(b[j - 1])
    for i in range(1, n + 1):
        cur = [prev[0] + _indel_cost(a[i - 1])] + [0.0] * m
        ca = a[i - 1]
        for j in range(1, m + 1):
            cb = b[j - 1]
            cur[j] = min(prev[j] + _indel_cost(ca), cur[j - 1] + _indel_cost(cb),
                         prev[j - 1] + _sub_cost(ca, cb))
        prev = cur
    consonants = max(sum(1 for c in s if c not in WEAK and c != "V") for s in (a, b))
    return prev[m] / max(2, consonants)


#: Largest normalised distance of a transcription: about one consonant in
#: three exchanged for an unrelated one, any number of vowels moved.
SOUND_MATCH = 0.35


#: Languages whose words take case endings that a transcribed name keeps
#: («Бьорна», «Макилроем»): up to this many final letters of the
#: romanised word are free.
INFLECTING = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "el"})


#: What a case ending looks like once romanised: vowels with at most one of
#: the consonants endings have (-om, -ov, -akh, -ey; adjectives -skom).
_ENDING_RE = re.compile(r"(?:sk)?[aeiouy]{0,2}(?:m|v|kh|y)?[aeiouy]{0,2}")


def _endings(k: str, lang: str | None) -> list[str]:
    """The key and its forms without what may be a case ending."""
    if lang not in INFLECTING:
        return [k]
    # The word itself always (a short one too: «Ли» is Lee); without an
    # ending only where three letters remain.
    return [k] + [k[:len(k) - n] for n in range(1, 5)
                  if len(k) - n >= 3 and _ENDING_RE.fullmatch(k[len(k) - n:])]


def spelling_readings(latin_key: str) -> tuple[str, ...]:
    """The ways a Latin-script spelling may be read by whoever transcribed
    it: "x" is /ks/ in English, /kh/ in Spanish and Mexican names (Texas
    «Техас», Mexico «Мехико»), /sh/ in pinyin (Xi 习); "gh" is silent in
    English (Hugh, Vaughan) and /g/ in Irish names (Keaghan «Киган»); "ch"
    is /k/ in names of Greek origin and Scottish ones (Christian, Buchanan);
    a "g" before e, i, y may be soft (Virginia); an opening "eu" is /ju/."""
    out = [latin_key]
    if latin_key.startswith("mc") and len(latin_key) > 3:
        # Gaelic Mc is Mac: McIlroy «मैक्लेरॉय», «Макилрой», not "msilroy".
        out.append("mak" + latin_key[2:])
    if "x" in latin_key:
        out += [latin_key.replace("x", "kh"), latin_key.replace("x", "sh")]
    if "gh" in latin_key:
        out += [k.replace("gh", "g") for k in list(out)]
    if "ch" in latin_key:
        out += [k.replace("ch", "k") for k in list(out)]
    if re.search(r"g[eiy]", latin_key):
        out += [re.sub(r"g(?=[eiy])", "j", k) for k in list(out)]
    if latin_key.startswith("eu"):
        # English reads an opening "eu" /ju/ (Europe, Eugene): «यूरोप», ユーロ.
        out += ["yu" + k[2:] for k in list(out)]
    return tuple(out)


def _without_glides(c: str) -> str:
    """Classes without the glides w and y (which scripts write as vowels or
    leave out: Webb «Уэбб», Rowe «Роу», Wayne «Уэйн»), repeats merged."""
    return re.sub(r"(.)\1+", r"\1", c.replace("W", "").replace("Y", ""))


def _short_alike(a: str, b: str) -> bool:
    """Two class strings of a short name: the same classes but for a final
    vowel, with w written v (Webb «वेब»), or the same without glides (Webb
    «Уэбб», Rowe «Роу») where a full consonant remains."""
    if a.rstrip("V") == b.rstrip("V"):
        return True
    if a.replace("W", "F").rstrip("V") == b.replace("W", "F").rstrip("V"):
        return True
    bare_a = _without_glides(a).rstrip("V")
    return bare_a == _without_glides(b).rstrip("V") and any(c not in WEAK and c != "V" for c in bare_a)


def sounds_alike(latin_key: str, other_key: str, other_lang: str | None) -> bool:
    """Is ``other_key`` (a romanised word of another script) a transcription
    of the Latin-script name ``latin_key`` (both lower-case ASCII keys)?"""
    readings = _readings(latin_key, other_lang)
    if other_lang == "ja":
        readings += latin_readings(readings)
    if other_lang in NON_RHOTIC:
        readings += tuple(r for r in map(_without_coda_r, readings) if r not in readings)
    return any(_sounds_alike(k, other_key, other_lang) for k in readings)


#: Languages written in Cyrillic.
CYRILLIC = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})


def _readings(latin_key: str, other_lang: str | None) -> tuple[str, ...]:
    """The readings of a Latin spelling, and for a Cyrillic-script language
    the readings Russian transcription adds."""
    readings = spelling_readings(latin_key)
    if other_lang in CYRILLIC:
        readings += tuple(r for r in cyrillic_readings(readings) if r not in readings)
    return readings


def cyrillic_readings(readings: tuple[str, ...]) -> tuple[str, ...]:
    """More readings of Latin spellings, as Russian transcribes English:
    a final e after a consonant is silent (Dianne «Дайэнн», Wayne «Уэйн»);
    h may be г (Ohio «Огайо», Hollywood «Голливуд»); w may be в (Iowa
    «Айова», Hollywood)."""
    out = []
    for r in readings:
        if re.search(r"[^aeiouy]e$", r) and len(r) > 3:
            out.append(r[:-1])
        if "h" in r and "gh" not in r:
            out.append(re.sub(r"(?<![cstkpzg])h", "g", r))
        if "w" in r:
            out.append(re.sub(r"(?<![aeiou])w|w(?=[aeiou])", "v", r))
    return tuple(out)


def latin_readings(readings: tuple[str, ...]) -> tuple[str, ...]:
    """More readings of Latin spellings, as Japanese transcribes English:
    th as s or z (Merriweather メリウェザー, Smith スミス, Matthew マシュー)."""
    return tuple(r.replace("th", "s") for r in readings if "th" in r)


#: Languages whose transcriptions follow British English in leaving out an r
#: after a vowel (Carter カーター "kaataa", Hibernian 希伯尼安 "xibonian").
NON_RHOTIC = frozenset({"zh", "ja", "ko"})


def _without_coda_r(k: str) -> str:
    """A key without its r's that close a syllable (after a vowel, before a
    consonant or at the end)."""
    return re.sub(r"(?<=[aeiouy])r+(?=[^aeiouy]|$)", "", k)


def _sounds_alike(latin_key: str, other_key: str, other_lang: str | None) -> bool:
    a = sound_classes(latin_key)
    short = sum(1 for c in a if c not in WEAK and c != "V") < 2
    for k in _endings(other_key, other_lang):
        b = sound_classes(k)
        if short:
            # Too few sounds to tell by distance ("Roe", "Yale"): the same
            # classes (but for a final vowel), or nothing.
            if len(a) >= 2 and _short_alike(a, b):
                return True
            continue
        if not b or abs(len(a) - len(b)) > max(3, len(a) // 2 + 1):
            continue
        if a[0] != b[0] and _sub_cost(a[0], b[0]) >= 1.0 and "V" not in (a[0], b[0]):
            continue   # transcriptions keep the first consonant's class
        # (a margin for floating point: 0.7 / 2 is 0.35000000000000003)
        if sound_distance(a, b) <= SOUND_MATCH + 1e-9:
            return True
    return False


# -- keys of words of other scripts (Devanagari's vowels, pinyin's letters) --

@lru_cache(maxsize=200_000)
def translit_key(word: str, lang: str | None) -> str:
    """Lower-case ASCII letters of a word's romanisation, without first
    stripping diacritics from other scripts (which would make «Й» an «И»)."""
    if all(ord(c) < 0x250 for c in word):
        return key(word, lang)
    if _DEV_CONSONANT.search(word):
        # ज़ is z (a plain romanisation reads ज "j": «ऑशविट्ज़» Auschwitz).
        word = with_inherent_vowels(word.replace("\u091C\u093C", "\u095B")).replace("\u095B", "z")
    k = re.sub(r"[^a-z]", "", romanise(word, lang).casefold())
    if _HAN_RE.search(word) and lang != "ja":
        k = pinyin_sounds(k)
    return k


_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def pinyin_sounds(k: str) -> str:
    """Pinyin letters spelt as English spells their sounds: x is "sh" (辛普森
    xinpusen, Simpson), q "ch" (乔丹 qiaodan, Jordan), c "ts" (the classes
    would read x as /ks/ and q as /k/)."""
    return k.replace("c", "ts").replace("x", "sh").replace("q", "ch")


#: Devanagari letters by role: consonants (with a nukta), vowel signs
#: (matras), the virama, independent vowels, and the nasal marks.
_DEV_CONSONANT = re.compile(r"[\u0915-\u0939\u0958-\u095F]\u093C?")
_DEV_VOWEL_SIGN = frozenset("\u093A\u093B\u093E\u093F\u0940\u0941\u0942\u0943\u0944"
                            "\u0945\u0946\u0947\u0948\u0949\u094A\u094B\u094C"
                            "\u094E\u094F\u0955\u0956\u0957\u0962\u0963")
_DEV_VIRAMA = "\u094D"
_DEV_VOWEL = re.compile(r"[\u0904-\u0914\u0960\u0961\u0972-\u0977]")
_DEV_NASAL = frozenset("\u0901\u0902\u0903")


#: An anusvara (or candrabindu) before a velar consonant is the velar
#: nasal: «योंग» is "yong" (Yong), «इंग्लैंड» "ingland", not "yomg".
_DEV_VELAR_NASAL = re.compile(r"[\u0901\u0902](?=[\u0915-\u0918])")


def with_inherent_vowels(word: str) -> str:
    """A Devanagari word with the vowel its consonants carry written out ("a")
    where Hindi says it: not at the word's end, and not in the middle of a
    word between a sounded vowel and a consonant that carries a vowel (Hindi
    schwa deletion, Ohala's rule: «एनरीक» "enrik" (Enrique), «यॉर्कशायर»
    "yorkshaayar"; but «बुकानन» "bukaanan", «हर्नन» "harnan", whose middle
    vowel stands before the final consonant that carries none). A plain
    romanisation drops every such vowel ("bukann", "hrnn") and merges
    consonants that vowels kept apart; writing them all adds vowels a
    transcription of an English name does not have."""
    # Aksharas: a run of consonants joined by viramas, and what follows it
    # (a vowel sign, a virama at the word's end, or nothing: the inherent
    # vowel). Others (independent vowels, marks) are kept as they are.
    out: list[str] = []
    pieces: list[tuple[int, bool]] = []   # (index in out, carries the inherent vowel)
    i = 0
    while i < len(word):
        m = _DEV_CONSONANT.match(word, i)
        if not m:
            out.append("n" if _DEV_VELAR_NASAL.match(word, i) else word[i])
            if _DEV_VOWEL.match(word[i]):
                pieces.append((len(out) - 1, False))
            i += 1
            continue
        j = m.end()
        while j < len(word) and word[j] == _DEV_VIRAMA:
            n = _DEV_CONSONANT.match(word, j + 1)
            if not n:
                break
            j = n.end()
        cluster = word[i:j]
        if j < len(word) and word[j] in _DEV_NASAL:
            # A vowel closed by a nasal («सितंबर» "sitambar") is said.
            out.append(cluster)
            pieces.append((len(out) - 1, False))
            out[-1] += "a"
            i = j
        elif j < len(word) and (word[j] in _DEV_VOWEL_SIGN or word[j] == _DEV_VIRAMA):
            out.append(cluster + word[j])
            pieces.append((len(out) - 1, False))
            i = j + 1
        else:
            out.append(cluster)
            pieces.append((len(out) - 1, True))
            i = j
    # Which inherent vowels are said: none at the end; in the middle, none
    # after a sounded vowel and before a consonant that carries one.
    said = [inherent for _, inherent in pieces]
    if pieces and pieces[-1][1]:
        said[-1] = False
    for k in range(1, len(pieces) - 1):
        prev_sounded = not pieces[k - 1][1] or said[k - 1]
        next_sounded = not pieces[k + 1][1] or said[k + 1]
        # (Kept before h, which a romanisation would join to the consonant
        # before into one sound: «व्हाइटहॉल» "vhaitahol", not "vhaithol".)
        if said[k] and prev_sounded and next_sounded and not out[pieces[k + 1][0]].startswith("\u0939"):
            said[k] = False
    for (idx, inherent), say in zip(pieces, said):
        if inherent and say:
            out[idx] += "a"
    return "".join(out)
