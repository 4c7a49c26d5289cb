"""Language codes, language identification and word frequencies.

langdetect is seeded so that its results are deterministic; wordfreq gives a
word's Zipf frequency in a language (0 = unseen, 3 = once per million words),
read from the compact tables of mtaudit.frequencies.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import UsageError

# ISO 639-1 codes.
ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu".split()
)


def check_lang_code(code: str, what: str = "language") -> str:
    c = str(code).strip().lower().replace("_", "-")
    base = c.split("-")[0]
    if base not in ISO_639_1:
        raise UsageError(
            f"unknown {what} code {code!r}: use an ISO 639-1 code such as fr, en, id, de"
        )
    return base


def lang_or_none(value) -> str | None:
    """A language code read from a file (XLIFF attribute, PO header), or None
    when it is missing or not an ISO 639-1 code: the file's word is a hint,
    not a command, so a bad one is not an error."""
    if not value:
        return None
    try:
        return check_lang_code(value)
    except UsageError:
        return None


_LANGDETECT_MAP = {"zh-cn": "zh", "zh-tw": "zh"}


@lru_cache(maxsize=1)
def _factory():
    from langdetect import detector_factory
    detector_factory.init_factory()
    factory = detector_factory._factory
    factory.set_seed(0)   # every Detector it creates reseeds its RNG with 0
    return factory


def detect_languages(text: str) -> list[tuple[str, float]]:
    """Language probabilities for a text, most likely first; [] when undecidable.

    Each call uses a fresh detector seeded with 0, so a text always gets the
    same answer whatever ran before.
    """
    from langdetect.lang_detect_exception import LangDetectException
    det = _factory().create()
    det.append(text)
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return []
    return [(_LANGDETECT_MAP.get(p.lang, p.lang), p.prob) for p in probs]


def detect_language(text: str) -> tuple[str | None, float]:
    probs = detect_languages(text)
    return probs[0] if probs else (None, 0.0)


@lru_cache(maxsize=None)
def wordfreq_languages() -> frozenset[str]:
    from .frequencies import available
    return frozenset(available())


@lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0 when unknown or unsupported),
    tokenised as wordfreq's ``zipf_frequency`` does."""
    from . import frequencies
    return frequencies.zipf(word, lang)
