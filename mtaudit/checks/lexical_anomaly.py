"""MT104 lexical-anomaly: an adjective standing alone as a noun, off-topic.

Machine translation sometimes renders a source noun it does not know as a
look-alike adjective: "livrer des portuaires et des grues" (the source said
*tugboats*). The result is an adjective heading a noun
phrase right after an article, with no noun for it to modify, and a meaning
foreign to its neighbours.

French does nominalise adjectives (les riches, le public, les blessés, la
capitale, les législatives, le français), so every signal must agree before
anything above ``info`` is said:

1. morphosyntax: the word heads a nominal phrase (subject, object, oblique,
   conjunct...) straight after an article, and no noun or adjective follows
   it (a following noun means the tagger merely misplaced the head);
2. lexicon: spaCy's lemmatizer tables know it as an adjective but not as a
   noun, and it is not a verb's participle (participles are freely used as
   nouns: les élus, les détenus);
3. no recoverable ellipsis: no noun of the same gender and number earlier in
   the sentence or just after it ("les voitures neuves et les anciennes");
4. distribution: fewer than a third of its nearest words in vector space are
   nouns (the nearest words of a lexicalised noun like "capitale" are towns
   and regions, those of a plain adjective are adjectives);
5. meaning: it is far, in vector space, from the nouns it is coordinated with
   and from the sentence's other nouns.

1-4 give an ``info`` finding (worth a look, costs nothing) when the word
follows an indefinite article or is coordinated with a noun. With 5 (it
is coordinated with nouns far from it and from the sentence) the finding is
``major``. Without 5, a visibly feminine adjective after an indefinite
article ("des navales et des avions") in a coordination with a noun is
``minor``: lexicalised nominalisations mostly take the definite article.
"""
from __future__ import annotations

from typing import Iterator

import numpy as np

from ..findings import Finding, Severity
from .base import Check
from ._spacy_utils import NOMINAL_DEPS, feminine_spelling, morph1, parsed_with_lexicon, sentences

# Thresholds (cosine similarity of fr_core_news_md's vectors). Coordinated
# nouns of one list share a domain (weapons, elections, languages: 0.5-0.9);
# an unrelated pair sits near 0.3. Kept low so that only clear outliers count.
MAX_CONJUNCT_SIMILARITY = 0.40
MAX_TOPIC_SIMILARITY = 0.40
# A word whose nearest neighbours are this share nouns has a noun reading.
MAX_NOUN_NEIGHBOUR_SHARE = 1 / 3
NEIGHBOURS = 15
# How far after the word a noun may restore an ellipsis ("les grandes et les
# petites entreprises").
ELLIPSIS_LOOKAHEAD = 5
# The tokens an article may be: PronType=Art, possessives, demonstratives.
_DET_TYPES = frozenset({"Art", "Dem"})


class LexicalAnomaly(Check):
    code = "MT104"
    name = "lexical-anomaly"
    description = "An adjective standing alone as a noun after an article, off-topic (a mistranslated noun)"
    category = "mistranslation"
    severity = Severity.MAJOR
    requires = frozenset({"nlp"})
    languages = frozenset({"fr"})

    def check(self, doc, ctx) -> Iterator[Finding]:
        found_parse = parsed_with_lexicon(doc, ctx)
        if found_parse is None:
            return
        parsed, lex = found_parse
        for offset, sent in sentences(parsed):
            for tok in sent:
                found = self._examine(tok, sent, lex, ctx)
                if found is None:
                    continue
                severity, evidence = found
                start = offset + tok.idx
                yield self.finding(
                    doc, start, start + len(tok.text),
                    f"«{tok.text}» is an adjective ({evidence['lemma']}) used as a noun after "
                    f"«{evidence['determiner']}», with no noun for it to qualify",
                    suggestion="check the source: a noun may have been mistranslated as a "
                               "look-alike adjective",
                    evidence=evidence,
                    severity=severity,
                )

    # ------------------------------------------------------------------
    def _examine(self, tok, sent, lex, ctx):
        """(severity, evidence) when the token is an adjective used as a noun."""
        word = tok.text
        if tok.pos_ not in ("NOUN", "ADJ") or tok.dep_ not in NOMINAL_DEPS:
            return None
        if not (word.isalpha() and word.islower() and len(word) >= 4) or ctx.allowed(word):
            return None
        if word.endswith(("ième", "ièmes")):
            return None      # ordinals name fractions: un dixième
        det = _article_before(tok)
        if det is None:
            return None
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            return None
        if not lex.is_adjective(word) or lex.is_noun(word) or lex.is_participle(word):
            return None
        gender, number = morph1(tok, "Gender"), morph1(tok, "Number")
        if number is None:
            return None
        if _ellipsis_antecedent(tok, sent, gender, number) is not None:
            return None
        neighbours = lex.neighbours(word, NEIGHBOURS)
        if not neighbours:
            return None
        noun_share = sum(1 for n in neighbours if lex.is_noun(n) and not lex.is_adjective(n)) / len(neighbours)
        if noun_share >= MAX_NOUN_NEIGHBOUR_SHARE:
            return None

        conjuncts = [c for c in tok.conjuncts if c.pos_ == "NOUN" and lex.has_vector(c.text)]
        conj_sims = [lex.similarity(word, c.text) for c in conjuncts]
        conj_sim = max(conj_sims) if conj_sims else None
        topic_sim = _topic_similarity(tok, sent, lex)
        # Strong morphosyntactic signal: a visibly feminine adjective after an
        # indefinite article (des, une). Lexicalised nominalisations mostly
        # take the definite article (les législatives, le numérique) or are
        # masculine and name people (des riches, des alliés).
        indefinite = det.morph.get("Definite") == ["Ind"]
        feminine = (gender == "Fem" and feminine_spelling(word)
                    and not lex.lemma_as(word, "ADJ").endswith("e"))

        outlier = (conj_sim is not None and conj_sim < MAX_CONJUNCT_SIMILARITY
                   and topic_sim is not None and topic_sim < MAX_TOPIC_SIMILARITY)
        if outlier:
            severity = Severity.MAJOR
        elif conjuncts and indefinite and feminine:
            severity = Severity.MINOR
        elif conjuncts or indefinite:
            severity = Severity.INFO
        else:
            return None     # "la nouvelle", "les législatives": too common to mention
        evidence = {
            "pos": tok.pos_,
            "lemma": lex.lemma_as(word, "ADJ"),
            "lexicon": "adjective, not a noun",
            "dependency": tok.dep_,
            "head": tok.head.text,
            "determiner": det.text,
            "morph": str(tok.morph),
            "indefinite_feminine": indefinite and feminine,
            "noun_neighbour_share": round(noun_share, 2),
            "nearest_words": neighbours[:5],
            "conjuncts": [c.text for c in conjuncts],
            "similarity_to_conjuncts": None if conj_sim is None else round(conj_sim, 3),
            "similarity_to_sentence": None if topic_sim is None else round(topic_sim, 3),
        }
        return severity, evidence


def _article_before(tok):
    """The article/demonstrative directly before ``tok`` when it is its determiner."""
    if tok.i == 0:
        return None
    prev = tok.nbor(-1)
    if prev.pos_ != "DET" and not (prev.pos_ == "ADP" and prev.morph.get("PronType") == ["Art"]):
        return None
    if prev.head != tok and prev.dep_ not in ("det", "case"):
        return None
    if not (set(prev.morph.get("PronType")) & _DET_TYPES or prev.morph.get("Poss") == ["Yes"]):
        return None
    return prev


def _ellipsis_antecedent(tok, sent, gender, number):
    """A noun that could be the elided head of the adjective, or None.

    Any noun earlier in the sentence ("les voitures neuves et les anciennes"),
    or a noun shortly after that carries an adjective of its own ("les
    grandes et les petites entreprises"), with the same number and a
    compatible gender (a missing gender counts as compatible).
    """
    for other in sent:
        if other.i == tok.i or other.pos_ != "NOUN":
            continue
        if other.i > tok.i:
            if other.i > tok.i + ELLIPSIS_LOOKAHEAD:
                break
            if not any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < other.i for c in other.children):
                continue
        if morph1(other, "Number") not in (None, number):
            continue
        other_gender = morph1(other, "Gender")
        if gender is None or other_gender is None or other_gender == gender:
            return other
    return None


def _topic_similarity(tok, sent, lex) -> float | None:
    """Cosine of the word with the mean vector of the sentence's other nouns."""
    vecs = [lex.vector(t.text) for t in sent
            if t.i != tok.i and t.pos_ == "NOUN" and t.text.isalpha()]
    vecs = [v for v in vecs if v is not None]
    mine = lex.vector(tok.text)
    if len(vecs) < 2 or mine is None:
        return None
    centre = np.mean(vecs, axis=0)
    norm = float(np.linalg.norm(centre))
    return float(mine @ centre / norm) if norm else None
