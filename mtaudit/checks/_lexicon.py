"""Lexical machinery shared by MT101 (untranslated word), MT102 (wrong-language
passage) and MT103 (unattested word).

* Word frequencies are looked up word by word in the compact tables of
  ``mtaudit.frequencies``: ``zipf_frequency`` tokenises every call, which is
  far too slow for every word of a corpus in several languages.
* Candidate source languages: the document's (or the configuration's) source
  language when it is known and wordfreq has it, else ``DEFAULT_SOURCES``.
* Word tokens carry their context: inside a URL, e-mail, hashtag, short quote
  or parenthesis, part of a name ("Ursula von der Leyen"), sentence-initial.
* Wrong-language passages are decided here once per document (langdetect plus
  word-level frequency evidence) and cached on the document, because MT101
  leaves the words of such passages to MT102.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..frequencies import word_zipf
from ..languages import detect_languages, wordfreq_languages
from ..segments import Segment, words

#: Source languages tried when the document does not say which one it came
#: from: languages often machine-translated into French and other Western
#: European languages, all in the Latin script (the target is always removed,
#: so French is a candidate for an English target).
DEFAULT_SOURCES = ("en", "id", "ms", "es", "de", "it", "pt", "nl", "tr", "fr")

#: English names for messages.
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "fa": "Persian", "fi": "Finnish", "fil": "Filipino", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ms": "Malay", "nb": "Norwegian",
    "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sh": "Serbo-Croatian", "sk": "Slovak", "sl": "Slovenian",
    "sv": "Swedish", "ta": "Tamil", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
}

# langdetect codes that wordfreq spells differently.
_WORDFREQ_CODE = {"tl": "fil", "no": "nb", "hr": "sh", "sr": "sh", "bs": "sh"}


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown")


def wordfreq_code(code: str | None) -> str | None:
    if code is None:
        return None
    return _WORDFREQ_CODE.get(code, code)


# -- frequencies --------------------------------------------------------------

@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """The form wordfreq stores: NFC, casefolded, ASCII apostrophe, no soft hyphen.
    (Cached, bounded like ``best_other``: MT405 asks it of every word of both
    sides of every unit, and a text's words repeat.)"""
    return (unicodedata.normalize("NFC", word).casefold()
            .replace("\u2019", "'").replace("\u00ad", ""))


@lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of one already-normalised word (0.0 when unseen): a
    direct lookup, with none of the tokenising of ``languages.zipf``; cached
    because the common words of a text are looked up over and over."""
    return word_zipf(word, lang)


# Bounded: the cache of a large corpus's vocabulary must not outgrow the
# tables themselves (an entry costs about 200 bytes).
@lru_cache(maxsize=200_000)
def best_other(word: str, langs: tuple[str, ...]) -> tuple[float, str | None]:
    """The highest Zipf frequency of ``word`` among ``langs``, and that language."""
    best, best_lang = 0.0, None
    for lang in langs:
        z = zipf(word, lang)
        if z > best:
            best, best_lang = z, lang
    return best, best_lang


def source_languages(doc, config) -> tuple[str, ...]:
    """Languages the document's foreign words may come from."""
    target = doc.target_lang
    src = wordfreq_code(doc.source_lang or getattr(config, "source_lang", None))
    if src and src != target and src in wordfreq_languages():
        return (src,)
    return tuple(lang for lang in DEFAULT_SOURCES if lang != target)


def other_languages(doc, config) -> tuple[str, ...]:
    """Languages a wrong-language passage is compared with (sources plus defaults)."""
    target = doc.target_lang
    langs = list(source_languages(doc, config))
    langs += [lang for lang in DEFAULT_SOURCES if lang not in langs]
    return tuple(lang for lang in langs if lang != target)


def is_latin(word: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in word)


# -- spans the lexical checks never judge -------------------------------------

_PROTECTED_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"                           # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"                            # e-mail addresses
    r"|(?<![\w&])[#@][^\W_][\w]*"                               # hashtags, mentions
    r"|\b(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|int|info|io|co|ai|app|fr|be|ch|ca"
    r"|lu|id|my|sg|uk|de|es|it|pt|nl|eu|ru|cn|jp|in|br|tv|news)\b"   # domain names
    r"|`[^`\n]*`"                                              # inline code
    # Markup left in the text is code, not words: an HTML/XML tag with its
    # attributes ("<m:mathFont m:val=...>", "</w:View>"), a character entity
    # ("&ndash;", "&#45;"), a CSS selector before its rule ("img.withlink {")
    # and the rule's declarations in braces ("{border: 1px solid; color: cccccc}").
    r"|</?[A-Za-z][\w:.-]*(?:\s[^<>\n]{0,300})?/?>"
    r"|&(?:[A-Za-z]{2,8}|#\d{1,5}|#x[0-9A-Fa-f]{1,4});"
    r"|\b[A-Za-z][\w-]*\.[A-Za-z][\w-]*(?=\s*\{)"
    r"|\{[^{}\n]{0,2000}:[^{}\n]{0,2000}\}",
    re.UNICODE,
)

# Opening quote -> closing quote. Straight quotes pair up within a paragraph.
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"'}


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    words: int


def protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED_RE.finditer(text)]


_QUOTE_OPEN_RE = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")


def quote_regions(text: str, paragraphs: list[Segment]) -> list[Region]:
    """Quoted stretches (inside the quote marks), paragraph by paragraph."""
    out: list[Region] = []
    for p in paragraphs:
        i = p.start
        while True:
            m = _QUOTE_OPEN_RE.search(text, i, p.end)
            if m is None:
                break
            j = text.find(_QUOTE_PAIRS[m.group()], m.end(), p.end)
            if j < 0:
                i = m.end()
                continue
            n = sum(1 for _ in words(text[m.end():j]))
            out.append(Region(m.end(), j, n))
            i = j + 1
    return out


def doc_quotes(doc) -> list[Region]:
    cached = doc.extra.get("_lexicon_quotes")
    if cached is None:
        cached = doc.extra["_lexicon_quotes"] = quote_regions(doc.text, doc.paragraphs)
    return cached


def paren_regions(text: str) -> list[Region]:
    out = []
    for m in re.finditer(r"\(([^()\n]{1,120})\)", text):
        out.append(Region(m.start(1), m.end(1), sum(1 for _ in words(m.group(1)))))
    return out


def _inside(regions, start: int, end: int):
    for r in regions:
        s, e = (r.start, r.end) if isinstance(r, Region) else r
        if s <= start and end <= e:
            return r
    return None


# -- tokens -------------------------------------------------------------------

@dataclass(slots=True)    # one per word of the document: no __dict__ each
class Token:
    start: int
    end: int
    text: str
    index: int                    # position in its sentence
    sentence: Segment
    protected: bool = False       # URL, e-mail, hashtag, domain, code
    quote: Region | None = None   # the quoted stretch holding it
    paren: Region | None = None   # the parenthesis holding it
    particle: bool = False        # lowercase link inside a name: "da", "von der", "bin"
    capitalised: bool = False
    lowercase: bool = False
    acronym: bool = False         # two or more letters, all capitals
    has_digit: bool = False

    def __post_init__(self) -> None:
        t = self.text
        self.capitalised = t[:1].isupper()
        self.lowercase = t.islower() or not any(c.isalpha() for c in t)
        self.has_digit = any(c.isdigit() for c in t)
        self.acronym = t.isupper() and sum(1 for c in t if c.isalpha()) >= 2


def document_tokens(doc) -> list[list[Token]]:
    """Word tokens of each sentence with their context; cached on the document."""
    cached = doc.extra.get("_lexicon_tokens")
    if cached is not None:
        return cached
    text = doc.text
    protected = protected_spans(text)
    quotes = doc_quotes(doc)
    parens = paren_regions(text)
    out: list[list[Token]] = []
    for sent in doc.sentences:
        toks = []
        for i, (s, e, w) in enumerate(words(sent.text, sent.start)):
            t = Token(s, e, w, i, sent)
            if protected:
                t.protected = any(ps < e and s < pe for ps, pe in protected)
            if quotes:
                t.quote = _inside(quotes, s, e)
            if parens:
                t.paren = _inside(parens, s, e)
            toks.append(t)
        _mark_name_particles(text, toks)
        out.append(toks)
    doc.extra["_lexicon_tokens"] = out
    return out


def _mark_name_particles(text: str, toks: list[Token]) -> None:
    """Short lowercase words between two capitalised words are name particles
    ("Lula da Silva", "Ursula von der Leyen", "Najib bin Razak")."""
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].capitalised and not toks[i].acronym:
            j = i + 1
            while j < n and j - i <= 3 and toks[j].lowercase and len(toks[j].text) <= 5 \
                    and text[toks[j - 1].end:toks[j].start].isspace():
                j += 1
            if j > i + 1 and j < n and toks[j].capitalised \
                    and text[toks[j - 1].end:toks[j].start].isspace():
                for k in range(i + 1, j):
                    toks[k].particle = True
            i = j if j > i + 1 else i + 1
        else:
            i += 1


#: French elided words before an apostrophe: "l'", "qu'", "jusqu'".
_FR_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]", re.I)


def strip_elision(word: str, lang: str | None) -> int:
    """Length of a leading elided article or pronoun to skip (French only)."""
    if lang != "fr":
        return 0
    m = _FR_ELISION.match(word)
    return m.end() if m and m.end() < len(word) else 0


# -- wrong-language passages --------------------------------------------------

@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    lang: str
    probability: float
    word_share: float        # share of words more frequent in ``lang`` than in the target
    words: int
    sentences: int
    whole_paragraph: bool
    quoted: bool             # a quotation: left alone when short

#: A sentence needs this many lowercase words and letters before langdetect is
#: trusted on it; a paragraph is judged on the same minimum.
MIN_WORDS = 6
MIN_LETTERS = 30
#: langdetect probability needed for a paragraph / a lone sentence.
MIN_PROB_PARAGRAPH = 0.90
MIN_PROB_SENTENCE = 0.95
#: Share of the words that must be more frequent in the detected language.
MIN_WORD_SHARE = 0.6
#: A quotation in another language is only reported from this many words.
MIN_QUOTE_WORDS = 25


def _evidence_words(text: str, start: int, end: int, sentence_starts: set[int]) -> list[str]:
    """Lowercase words of a span (capitalised words, mostly names, are neutral)."""
    out = []
    for s, e, w in words(text[start:end], start):
        if any(c.isdigit() for c in w) or len(w) < 2:
            continue
        if w[:1].isupper() and (s not in sentence_starts or w.isupper()):
            continue
        for part in re.split(r"['’\-]", w):
            if len(part) >= 2:
                out.append(norm(part))
    return out


def _foreign_share(ws: list[str], target: str, others: tuple[str, ...]) -> float:
    """Cheap pre-filter: words clearly more frequent in some other language."""
    if not ws:
        return 0.0
    n = 0
    for w in ws:
        t = zipf(w, target)
        o, _ = best_other(w, others)
        if o - t >= 1.0 or (t == 0.0 and not is_latin(w)):
            n += 1
    return n / len(ws)


def _judge_passage(text, start, end, target, others, sentence_starts, min_prob):
    ws = _evidence_words(text, start, end, sentence_starts)
    letters = sum(len(w) for w in ws)
    if len(ws) < MIN_WORDS or letters < MIN_LETTERS:
        return None
    if _foreign_share(ws, target, others) < 0.5:
        return None
    probs = detect_languages(text[start:end])
    if not probs:
        return None
    lang, prob = probs[0]
    lang = wordfreq_code(lang)
    if lang == target or prob < min_prob:
        return None
    if lang in wordfreq_languages():
        share = sum(1 for w in ws if zipf(w, lang) > zipf(w, target)) / len(ws)
    else:
        # No frequency table for that language: accept only a near-certain
        # detection whose words are mostly unknown in the target language.
        if prob < 0.99:
            return None
        share = sum(1 for w in ws if zipf(w, target) < 2.0) / len(ws)
    if share < MIN_WORD_SHARE:
        return None
    return lang, prob, share, len(ws)


def _quoted_share(quotes: list[Region], start: int, end: int) -> float:
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes)
    return inside / max(1, end - start)


def wrong_language_passages(doc, config) -> list[Passage]:
    """Paragraphs, or runs of sentences, written in another language than the
    document's target language. Cached on the document."""
    cached = doc.extra.get("_lexicon_passages")
    if cached is not None:
        return cached
    out: list[Passage] = []
    target = doc.target_lang
    if not target or target not in wordfreq_languages():
        doc.extra["_lexicon_passages"] = out
        return out
    others = other_languages(doc, config)
    text = doc.text
    quotes = doc_quotes(doc)
    by_para: dict[int, list[Segment]] = {}
    for s in doc.sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    starts = {_first_word_start(s) for s in doc.sentences}

    def passage(start, end, verdict, n_sent, whole):
        lang, prob, share, n = verdict
        total_words = sum(1 for _ in words(text[start:end]))
        quoted = _quoted_share(quotes, start, end) >= 0.7 and total_words < MIN_QUOTE_WORDS
        return Passage(start, end, lang, round(prob, 3), round(share, 2), total_words,
                       n_sent, whole, quoted)

    for p in doc.paragraphs:
        sents = by_para.get(p.paragraph, [])
        v = _judge_passage(text, p.start, p.end, target, others, starts, MIN_PROB_PARAGRAPH)
        if v is not None and len(sents) > 1 and any(
                _looks_like_target(text, s, target, others, starts) for s in sents):
            v = None          # a mixed paragraph: judge its sentences one by one
        if v is not None:
            out.append(passage(p.start, p.end, v, max(1, len(sents)), True))
            continue
        if len(sents) < 2:
            continue
        # Not the whole paragraph: maybe some of its sentences. Skip the
        # detector when the paragraph has almost no foreign word.
        ws = _evidence_words(text, p.start, p.end, starts)
        if _foreign_share(ws, target, others) < 0.1:
            continue
        run: list[tuple[Segment, tuple]] = []
        for s in sents + [None]:
            v = None if s is None else _judge_passage(
                text, s.start, s.end, target, others, starts, MIN_PROB_SENTENCE)
            if v is not None and (not run or run[-1][1][0] == v[0]):
                run.append((s, v))
                continue
            if run:
                a, b = run[0][0].start, run[-1][0].end
                n = sum(x[1][3] for x in run)
                probs = min(x[1][1] for x in run)
                share = sum(x[1][2] * x[1][3] for x in run) / n
                out.append(passage(a, b, (run[0][1][0], probs, share, n), len(run), False))
            run = [(s, v)] if v is not None else []
    doc.extra["_lexicon_passages"] = out
    return out


def _looks_like_target(text, s: Segment, target, others, starts) -> bool:
    ws = _evidence_words(text, s.start, s.end, starts)
    return len(ws) >= 3 and _foreign_share(ws, target, others) < 0.3


def _first_word_start(s: Segment) -> int:
    for st, _, _ in words(s.text, s.start):
        return st
    return s.start


def in_passage(passages: list[Passage], start: int, end: int) -> bool:
    return any(p.start <= start and end <= p.end for p in passages)


# -- segmentation of glued words ----------------------------------------------

def segment(word: str, lang: str, *, min_zipf: float = 3.0, min_len: int = 3,
            max_pieces: int = 5) -> list[str] | None:
    """Split a lowercase ``word`` into the fewest words of ``lang`` (each at
    least ``min_len`` letters and ``min_zipf`` frequent); among equally short
    splits, the most frequent. None when no split exists."""
    n = len(word)
    # best[i] = (pieces, -sum of zipf, split) for word[:i]
    best: list[tuple[int, float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0.0, [])
    for i in range(min_len, n + 1):
        cand = None
        for j in range(0, i - min_len + 1):
            prev = best[j]
            if prev is None or prev[0] >= max_pieces:
                continue
            z = zipf(word[j:i], lang)
            if z < min_zipf:
                continue
            c = (prev[0] + 1, prev[1] - z, prev[2] + [word[j:i]])
            if cand is None or c[:2] < cand[:2]:
                cand = c
        best[i] = cand
    return best[n][2] if best[n] else None


def camel_pieces(word: str) -> list[str] | None:
    """Pieces of a camelCase token ("motMotMot"), None when it is not one.

    A piece starts where a lowercase letter is followed by a capital, or where
    a run of capitals ends before a lowercase letter ("UEKomisi" -> UE, Komisi).
    """
    if not word.isalpha() or not any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
        return None
    cuts = [0]
    for i in range(1, len(word)):
        a, b = word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if (a.islower() and b.isupper()) or (a.isupper() and b.isupper() and nxt.islower()):
            cuts.append(i)
    cuts.append(len(word))
    pieces = [word[a:b] for a, b in zip(cuts, cuts[1:])]
    return pieces if len(pieces) >= 2 else None


def iter_parts(word: str) -> Iterator[tuple[int, int, str]]:
    """Hyphen/apostrophe-separated parts of a token, with offsets in it."""
    for m in re.finditer(r"[^'’\-]+", word):
        yield m.start(), m.end(), m.group()


# -- names against ordinary words -----------------------------------------------

#: Widely used languages whose frequencies tell an international name
#: ("Wilson", "Toyota", "Oregon": about as frequent in every language) from an
#: ordinary word of one language ("knife", "however": frequent in one only).
NAME_PANEL = ("en", "fr", "de", "es", "it", "pt", "nl", "id", "tr", "pl", "sv")


@lru_cache(maxsize=100_000)
def panel_zipf(word: str, exclude: tuple[str, ...]) -> float:
    """Median Zipf frequency of a normalised word in the panel languages
    other than ``exclude`` (the languages of the pair being compared)."""
    zs = sorted(zipf(word, lang) for lang in NAME_PANEL if lang not in exclude)
    if not zs:
        return 0.0
    mid = len(zs) // 2
    return zs[mid] if len(zs) % 2 else (zs[mid - 1] + zs[mid]) / 2


# -- the target language's dictionary -----------------------------------------

@lru_cache(maxsize=100_000)
def in_target_dictionary(word: str, target: str | None) -> bool | None:
    """Whether the target language's dictionary lists a normalised word;
    None when there is no dictionary for the language (Lexique: French only).
    A compound the dictionary spells with a hyphen counts ("basketball":
    «basket-ball», "weekend": «week-end»)."""
    if target != "fr":
        return None
    from .. import lexique
    table = lexique.table()
    if table is None:
        return None
    return word in table or any(f"{word[:k]}-{word[k:]}" in table for k in range(2, len(word) - 1))

