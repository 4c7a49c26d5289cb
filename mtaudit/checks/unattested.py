"""MT103 unattested-word: words the target language does not know.

A lowercase word is unattested when wordfreq has never seen it in the target
language (Zipf 0, i.e. rarer than about once per hundred million words),
Lexique 3.83 does not list it (French), and it is not a regular formation of
attested words:

* elided article or pronoun ("l'", "qu'", "jusqu'") plus an attested word;
* a hyphenated compound whose parts are all attested ("post-électoral");
* an inflection of an attested word (plural, feminine: -s, -x, -e, -es,
  -aux/-al, -euse/-eur, -trice/-teur, -ive/-if, -enne/-en, -elle/-el ...);
* a productive prefix before an attested word ("cyber", "néo", "sur", "in" ...);
* a regular conjugation of an attested verb ("parrainaient"), an adjective in
  -eux on a noun Lexique knows ("glamoureux"), a demonym of an
  attested place name ("bethoncourtois"), or the spelling with an optional
  circumflex of an attested word ("draîner", 1990 reform);
* a word whose spaCy lemma is attested (regular verb forms).

Not judged: capitalised words (names, sentence-initial words), acronyms,
numbers, URLs, e-mail addresses, hashtags, allowlisted terms, and the words of
passages in another language (MT102's, including foreign quotations). Words written
together ("lesenfants", "motMot") are unattested and flagged.

Severity: minor; info when the word sits in a short quotation or parenthesis
(a neologism or a term cited on purpose), when the spaCy vocabulary of the
target language has a vector for it (seen in web text, so probably a rare
real word or a frequent typo), or when it is a term: used three times in the
article, or in three different sentences of the corpus (a corpus check: minor
findings are said by ``finish``, once every document is read).
"""
from __future__ import annotations

from collections import Counter

from .. import lexique
from ..findings import Severity
from . import _lexicon as lx
from .base import Check

SHORT_QUOTE_WORDS = 4
REPEATED_TERM_USES = 3   # uses of one unknown word (in an article, or sentences of the corpus) that make it a term
MIN_LENGTH = 4        # shorter unseen strings are mostly abbreviations or symbols

#: French inflectional endings: (ending of the form, ending of the base form).
FR_INFLECTIONS = (
    ("s", ""), ("x", ""), ("e", ""), ("es", ""), ("aux", "al"), ("aux", "ail"),
    ("euse", "eur"), ("euses", "eur"), ("trice", "teur"), ("trices", "teur"),
    ("ive", "if"), ("ives", "if"), ("enne", "en"), ("ennes", "en"), ("elle", "el"),
    ("elles", "el"), ("ette", "et"), ("ettes", "et"), ("onne", "on"), ("onnes", "on"),
    ("ère", "er"), ("ères", "er"), ("ée", "é"), ("ées", "é"), ("és", "é"),
)
#: Regular conjugation endings of the first and second groups: (ending, infinitive ending).
FR_CONJUGATIONS = (
    ("aient", "er"), ("ait", "er"), ("ais", "er"), ("ions", "er"), ("iez", "er"),
    ("ons", "er"), ("ez", "er"), ("ent", "er"), ("èrent", "er"), ("âmes", "er"),
    ("erai", "er"), ("eras", "er"), ("era", "er"), ("erons", "er"), ("erez", "er"),
    ("eront", "er"), ("erais", "er"), ("erait", "er"), ("eraient", "er"),
    ("issaient", "ir"), ("issait", "ir"), ("issais", "ir"), ("issons", "ir"),
    ("issez", "ir"), ("issent", "ir"), ("iront", "ir"), ("irait", "ir"), ("iraient", "ir"),
)
#: Adjectives formed on nouns with -eux (peur -> peureux, chance -> chanceux,
#: glamour -> glamoureux): the suffix is productive and its base must be a noun.
FR_NOUN_ADJECTIVE_SUFFIXES = ("euses", "euse", "eux")
#: Demonyms formed on place names (Bethoncourt -> bethoncourtois, Bar -> barisien).
FR_DEMONYM_SUFFIXES = ("isiennes", "isienne", "isiens", "isien", "iennes", "ienne", "iens",
                       "ien", "oises", "oise", "ois", "aises", "aise", "ais")
#: Productive French prefixes (derivation is regular: "cyberattaque").
FR_PREFIXES = (
    "anti", "archi", "auto", "bio", "co", "contre", "cyber", "dé", "dés", "éco", "ex",
    "extra", "franco", "géo", "hyper", "inter", "intra", "macro", "méga", "micro", "mini",
    "mono", "multi", "néo", "non", "omni", "para", "pluri", "poly", "post", "pré", "pro",
    "pseudo", "ré", "re", "semi", "sous", "super", "sur", "télé", "trans", "tri", "ultra",
    "uni", "vice", "euro", "afro", "indo", "sino", "russo", "américano", "germano",
    "italo", "hispano", "anglo", "islamo", "socio", "psycho", "techno", "narco", "agro",
    "nano", "photo", "radio", "thermo", "électro", "hydro", "aéro", "cardio", "neuro",
    "in", "im", "ir", "il", "mal", "dis",
)


class UnattestedWord(Check):
    code = "MT103"
    name = "unattested-word"
    description = "Words unknown to the target language and not a regular formation of known words"
    category = "fluency"
    severity = Severity.MINOR
    # Formation rules are French; languages that glue compounds (German,
    # Dutch) would need their own before this check could run on them.
    languages = frozenset({"fr"})

    #: Mergeable per-batch state (see checks/base.py): minor findings held back
    #: until the corpus is read, and where each unknown word was used.
    corpus_state = ("_pending", "_uses")

    def __init__(self) -> None:
        self._pending: list[tuple[str, str, object]] = []   # (document key, term, finding)
        self._uses: list[tuple[str, str]] = []              # (term, its context)

    def check(self, doc, ctx):
        target = doc.target_lang
        candidates = []
        passages = None
        for toks in lx.document_tokens(doc):
            for t in toks:
                c = self._candidate(t, target, ctx)
                if c is None:
                    continue
                # Words of a passage in another language (MT102) or of a
                # foreign quotation are not target words to judge.
                if passages is None:
                    passages = lx.wrong_language_passages(doc, ctx.config)
                if not lx.in_passage(passages, t.start, t.end):
                    candidates.append((t, c))
        if not candidates:
            return
        lemmas = _lemmas(doc, ctx)
        vocab = _vocab(ctx, target)
        # A slip is rarely made the same way three times: an unknown word the
        # article uses again and again is a term of its subject (a sport's
        # jargon, a product's name), said at info.
        uses = Counter(_term_key(word) for _, (_, word) in candidates)
        for t, (start, word) in candidates:
            lemma = lemmas.get(start)
            if lemma and lemma != lx.norm(word) and _attested(lx.norm(lemma), target):
                continue
            end = start + len(word)
            severity = Severity.MINOR
            reason = None
            short_quote = t.quote is not None and t.quote.words <= SHORT_QUOTE_WORDS
            short_paren = t.paren is not None and t.paren.words <= SHORT_QUOTE_WORDS
            if short_quote or short_paren:
                severity, reason = Severity.INFO, "quoted"
            elif vocab is not None and vocab.has_vector(lx.norm(word)):
                severity, reason = Severity.INFO, "in the target vocabulary"
            elif uses[_term_key(word)] >= REPEATED_TERM_USES:
                severity, reason = Severity.INFO, "a term the article repeats"
            evidence = {"target_zipf": 0.0, "language": target}
            if reason:
                evidence["uncertain"] = reason
            best, lang = lx.best_other(lx.norm(word), lx.other_languages(doc, ctx.config))
            if lang is not None and best > 0:
                evidence["other_language"] = lang
                evidence["other_zipf"] = best
            pieces = lx.camel_pieces(word)
            if pieces:
                evidence["pieces"] = pieces
            found = self.finding(
                doc, start, end,
                f"'{word}' is not a {lx.language_name(target)} word (never seen in "
                f"{lx.language_name(target)} text, not a regular formation)",
                evidence=evidence, severity=severity.value,
            )
            key = _term_key(word)
            self._uses.append((key, _context(doc.text, start, end)))
            if severity is Severity.INFO:
                yield found
            else:
                # Said once the corpus is read: other articles may use the word too.
                self._pending.append((doc.key, key, found))

    def finish(self, ctx):
        """The held-back findings. An unknown word used in REPEATED_TERM_USES
        different sentences of the corpus is a term of its subject (a sport's
        jargon used by several articles), said at info. The same sentence
        copied into several documents (variants of one product page) is one
        use: a machine translation's slip is copied with it."""
        contexts: dict[str, set[str]] = {}
        for key, context in self._uses:
            contexts.setdefault(key, set()).add(context)
        for doc_key, key, found in self._pending:
            if len(contexts.get(key, ())) >= REPEATED_TERM_USES:
                found.severity = Severity.INFO
                found.evidence["uncertain"] = "a term the corpus repeats"
            yield doc_key, found
        self._pending, self._uses = [], []

    def _candidate(self, t: lx.Token, target, ctx):
        if t.lowercase and t.text.isalpha() and lx.zipf(lx.norm(t.text), target) > 0:
            return None               # the common case: a known plain word
        if t.protected or t.has_digit or t.acronym or t.particle or ctx.allowed(t.text):
            return None
        if t.capitalised:
            return None
        skip = lx.strip_elision(t.text, target)
        word = t.text[skip:]
        if ctx.allowed(word) or not all(c.isalpha() or c in "-'’" for c in word):
            return None
        if lx.camel_pieces(word):
            # Glued words: the whole is judged, not its pieces.
            return (t.start + skip, word) if lx.zipf(lx.norm(word), target) == 0.0 else None
        if any(c.isupper() for c in word):
            return None
        low = lx.norm(word)
        if lx.zipf(low, target) > 0:
            return None
        parts = [p for _, _, p in lx.iter_parts(low)]
        if len(parts) > 1:
            if all(len(p) <= 2 or _attested(p, target) for p in parts):
                return None
        elif len(low) < MIN_LENGTH or _attested(low, target):
            return None
        return t.start + skip, word


def _attested(w: str, target: str, depth: int = 0) -> bool:
    """Known to the target language, or a regular formation of a known word.
    For French, a form Lexique 3.83 lists is attested, however rare in
    wordfreq's sources (its 142,000 forms come from books and subtitles)."""
    if lx.zipf(w, target) > 0:
        return True
    if target != "fr":
        return False
    lexicon = lexique.table()
    if lexicon is not None and w in lexicon:
        return True
    for ending, base in FR_INFLECTIONS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem = w[: len(w) - len(ending)] + base
            # "-e", "-s" are never added twice ("ministèree", "payss").
            if not base and stem[-1] in ending[-1] + "sx":
                continue
            if lx.zipf(stem, target) > 0:
                return True
    for ending, infinitive in FR_CONJUGATIONS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            verb = w[: len(w) - len(ending)] + infinitive
            if lx.zipf(verb, target) > 0 or (lexicon is not None and verb in lexicon):
                return True
    if lexicon is not None:
        for suffix in FR_NOUN_ADJECTIVE_SUFFIXES:
            stem = w[: len(w) - len(suffix)]
            if w.endswith(suffix) and len(stem) >= 4 and any(
                    lexique.cells(lexicon.mask(base), lexique.NOUN) for base in (stem, stem + "e")):
                return True
    for suffix in FR_DEMONYM_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            place = w[: len(w) - len(suffix)]
            if lx.zipf(place, target) > 0 or lx.zipf(place + "e", target) > 0:
                return True
    # The 1990 spelling reform made the circumflex on i and u optional.
    if depth == 0 and ("î" in w or "û" in w):
        if _attested(w.replace("î", "i").replace("û", "u"), target, 1):
            return True
    if depth == 0:
        for prefix in FR_PREFIXES:
            rest = w[len(prefix):]
            if w.startswith(prefix) and len(rest) >= 4:
                if _attested(rest, target, 1) or (rest[0] == rest[1] and _attested(rest[1:], target, 1)):
                    return True
    return False


def _lemmas(doc, ctx) -> dict[int, str]:
    """spaCy lemmas by document offset (empty without a pipeline)."""
    if ctx.nlp is None:
        return {}
    try:
        parsed = ctx.nlp.parse(doc)
    except Exception:          # a broken pipeline must not stop the check
        return {}
    out = {}
    for offset, sdoc in parsed or ():
        for tok in sdoc:
            out[offset + tok.idx] = tok.lemma_
    return out


def _vocab(ctx, lang):
    if ctx.nlp is None:
        return None
    try:
        nlp = ctx.nlp.pipeline(lang)
    except Exception:
        return None
    if nlp is None or not len(nlp.vocab.vectors):
        return None
    return nlp.vocab


#: Characters each side of a word that make its context (a sentence copied
#: whole into another document is the same context).
CONTEXT_CHARS = 30


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - CONTEXT_CHARS):end + CONTEXT_CHARS].split())


def _term_key(word: str) -> str:
    """One key for a word and its plural (-s, -x)."""
    w = lx.norm(word)
    return w[:-1] if len(w) > 4 and w.endswith(("s", "x")) else w
