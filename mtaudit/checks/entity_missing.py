"""MT403: a name of the source missing from the translation."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..findings import Severity
from ..languages import wordfreq_languages, zipf
from ..segments import WORD_RE
from ._bilingual import _dates, _doc_cache, _is_sentence_initial, _latin_share, _strip_accents, name_key, units
from .base import Check


_ENTITY_LANGS = ("en", "fr", "id", "es", "de", "it", "pt", "nl")


@lru_cache(maxsize=1)
def _entity_groups() -> tuple[dict[str, list[int]], list[frozenset[str]]]:
    """name key -> group indexes, and each group's name keys (all languages)."""
    data = json.loads(resources.files("mtaudit").joinpath("data/entity_names.json").read_text("utf-8"))
    groups: list[frozenset[str]] = []
    index: dict[str, list[int]] = {}
    for g in data["places"] + data["organisations"]:
        keys = frozenset(name_key(n) for names in g.values() for n in names)
        for k in keys:
            index.setdefault(k, []).append(len(groups))
        groups.append(keys)
    return index, groups



def _name_tokens(text: str, lang: str | None, ss: int, se: int):
    """Capitalised runs in text[ss:se]: lists of (start, end, word)."""
    runs, run = [], []
    last_end = None
    for m in WORD_RE.finditer(text, ss, se):
        w = m.group()
        between = text[last_end:m.start()] if last_end is not None else ""
        if w[0].isupper() and not any(c.isdigit() for c in w):
            if run and between.strip() not in ("", "-"):
                runs.append(run)
                run = []
            run.append((m.start(), m.end(), w))
        elif run:
            runs.append(run)
            run = []
        last_end = m.end()
    if run:
        runs.append(run)
    return runs


def _is_name_like(word: str, lang: str | None, in_run: bool = False) -> bool:
    """A capitalised word that is probably a proper name, not a common word
    capitalised in a title: rare as a word of the source language. German
    capitalises every noun, so there a lone capitalised word must be rarer
    still; two capitalised words in a row ("Olaf Scholz") are a name there too."""
    if word.isupper():
        return 2 <= len(word) <= 6
    if len(word) < 3:
        return False
    if lang not in wordfreq_languages():
        return True
    limit = 3.0 if lang == "de" and not in_run else 4.0
    if zipf(word.lower(), lang) >= limit:
        return False
    return not (lang in _COMPOUNDING and _is_compound(word.lower(), lang))


# Languages that write compound nouns as one word ("Klimapaket"): a rare
# compound of two common words is a common noun, not a name.
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "fi", "is"})


def _is_compound(word: str, lang: str) -> bool:
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if zipf(tail, lang) < 3.0:
            continue
        if zipf(head, lang) >= 3.0 or (head.endswith(("s", "n", "e")) and zipf(head[:-1], lang) >= 3.0):
            return True
    return False


class EntityMissing(Check):
    code = "MT403"
    name = "entity-missing"
    description = "A name of the source (person, place, organisation) is missing from the translation"
    category = "named-entity"
    severity = Severity.MAJOR
    requires = frozenset({"source"})

    def check(self, doc, ctx):
        sl = doc.source_lang
        # Names are compared in Latin script; a transliterating pair is out of reach.
        if _latin_share(doc.source) < 0.8 or _latin_share(doc.text) < 0.8:
            return
        tgt_words = _doc_cache(doc, "tgt_name_words",
                               lambda: {name_key(w.group()) for w in WORD_RE.finditer(doc.text)})
        tgt_flat = _doc_cache(doc, "tgt_flat", lambda: " " + " ".join(
            _strip_accents(w.group()).casefold() for w in WORD_RE.finditer(doc.text)) + " ")
        date_spans = _dates(doc, "source")
        index, groups = _entity_groups()
        for u in units(doc):
            if u.te <= u.ts:
                continue
            for run in _name_tokens(doc.source, sl, u.ss, u.se):
                initial = _is_sentence_initial(doc.source, run[0][0], u.ss)
                missing = []
                for i, (s, e, w) in enumerate(run):
                    if i == 0 and initial and len(run) == 1:
                        continue   # a lone capital at a sentence start says nothing
                    if ctx.allowed(w) or any(d.start <= s < d.end for d in date_spans):
                        continue
                    if not _is_name_like(w, sl, in_run=len(run) > 1):
                        continue
                    if self._present(w, run, tgt_words, tgt_flat, index, groups):
                        continue
                    missing.append((s, e, w))
                if missing:
                    s0, e0 = missing[0][0], missing[-1][1]
                    names = [w for _, _, w in missing]
                    yield self.finding(
                        doc, u.ts, u.te,
                        f"the source names {doc.source[s0:e0]!r}, which this translation does not",
                        evidence={"names": names},
                        source_span=(s0, e0))

    @staticmethod
    def _present(word, run, tgt_words, tgt_flat, index, groups) -> bool:
        k = name_key(word)
        if k in tgt_words:
            return True
        # Inflected or transliterated forms sharing a long stem ("Putins",
        # "Zelensky"/"Zelenskyy").
        if len(k) >= 5 and any(t.startswith(k[:-1]) or (len(t) >= 5 and k.startswith(t))
                               for t in tgt_words if t[:1] == k[:1]):
            return True
        # Exonyms and translated acronyms: any name of the same group.
        run_words = [w for _, _, w in run]
        candidates = {k}
        for n in (2, 3, 4):
            for i in range(len(run_words) - n + 1):
                if word in run_words[i:i + n]:
                    candidates.add(name_key("".join(run_words[i:i + n])))
        for c in candidates:
            for g in index.get(c, ()):
                for alt in groups[g]:
                    if alt in tgt_words or (len(alt) > 3 and alt in tgt_flat.replace(" ", "")):
                        return True
        return False
