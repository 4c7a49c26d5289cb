"""MT105 agreement-error: gender/number disagreement inside a French noun phrase
or between a subject and its participle or predicative adjective.

"des mesures fiscale inadaptées": an adjective whose number or gender
differs from the noun it qualifies. Machine translation produces these when it
stitches phrases together; they rarely change the meaning, so the default
severity is ``minor`` (MQM grammar/agreement).

spaCy's morphology is a guess from context, so a disagreement between two
``Gender``/``Number`` features is only reported when the spelling of both
words confirms it, and the structure leaves no other reading:

* number: a plural word must end in -s/-x and a singular one must not end in
  -s/-x/-z (words ending in -s/-x/-z are the same in both numbers: skipped);
  a noun's number is taken from its article when it has one;
* gender: only adjectives whose masculine does not end in -e (rapide, jeune
  are the same in both genders), and only nouns whose gender their own article
  shows (le/la, un/une, ce/cette);
* skipped: proper nouns, coordinated nouns or adjectives (les secteurs public
  et privé; la langue et la littérature françaises), a noun in between that
  agrees with the adjective (le nombre de victimes civiles: the parser may
  have picked the wrong head), heads more than a few words away, hyphenated or
  capitalised words, reflexive verbs (elles se sont parlé), nouns used as
  colour adjectives (des robes orange), and subjects whose gender a pronoun
  does not show (je, nous, vous, on).
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, Severity
from .base import Check
from ._spacy_utils import (feminine_spelling, looks_invariable_in_number, parsed_with_lexicon,
                           looks_plural, morph1, sentences)

# An attributive adjective sits next to its noun, or with a word or two in
# between (une décision très attendue); farther than this, the parser's
# attachment is often wrong.
MAX_AMOD_DISTANCE = 3
# A subject and its participle/predicative adjective (la loi a été adoptée).
MAX_SUBJECT_DISTANCE = 8

# Invariable adjectives: nouns of colour used as adjectives and a few
# borrowings (French grammar, not corpus-specific).
INVARIABLE_ADJECTIVES = frozenset({
    "orange", "marron", "kaki", "crème", "turquoise", "ocre", "cerise", "paille",
    "argent", "or", "bordeaux", "châtain", "olive", "saumon", "moutarde", "prune",
    "sable", "émeraude", "lavande", "chic", "standard", "super", "cool", "snob",
    "sexy", "bon", "marché", "pop", "rock", "web", "mi", "demi", "nu", "ci",
    # cardinal points used as adjectives (les quartiers nord)
    "nord", "sud", "est", "ouest", "centre",
})
# Collective and quantity nouns: the verb and participle often agree with
# their complement, said or elided (la plupart sont partis, la majorité des
# élus ont voté).
QUANTITY_NOUNS = frozenset({
    "plupart", "majorité", "minorité", "moitié", "tiers", "quart", "totalité", "ensemble",
    "reste", "nombre", "partie", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
    "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier", "million", "milliard",
    "foule", "multitude", "série", "groupe", "poignée", "quantité", "infinité", "masse",
})
# Nouns whose gender changes with number or position (les vieilles gens,
# des amours passionnées) or that are used for both genders alike.
GENDER_IRREGULAR_NOUNS = frozenset({"gens", "amour", "amours", "délice", "délices", "orgue", "orgues"})
# Personal pronouns whose spelling shows gender and number.
PRONOUN_FEATURES = {
    "il": ("Masc", "Sing"), "elle": ("Fem", "Sing"),
    "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
}
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
_GENDER_NAMES = {"Masc": "masculine", "Fem": "feminine"}
_NUMBER_NAMES = {"Sing": "singular", "Plur": "plural"}


class AgreementError(Check):
    code = "MT105"
    name = "agreement-error"
    description = "Gender or number disagreement between a noun and its adjective, participle or article"
    category = "grammar"
    severity = Severity.MINOR
    requires = frozenset({"nlp"})
    languages = frozenset({"fr"})

    def check(self, doc, ctx) -> Iterator[Finding]:
        found_parse = parsed_with_lexicon(doc, ctx)
        if found_parse is None:
            return
        parsed, lex = found_parse
        for offset, sent in sentences(parsed):
            for tok in sent:
                for found in (self._attributive(tok, lex), self._predicative(tok, lex),
                              self._article(tok, lex)):
                    if found is None:
                        continue
                    start, end, message, suggestion, evidence = found
                    if ctx.allowed(tok.text):
                        continue
                    yield self.finding(doc, offset + start, offset + end, message,
                                       suggestion=suggestion, evidence=evidence)

    # -- adjective/participle qualifying a noun (amod) -----------------------
    def _attributive(self, adj, lex):
        if adj.dep_ != "amod" or not _is_agreeing_word(adj):
            return None
        noun = adj.head
        if noun.pos_ != "NOUN" or not _plain_word(noun) or noun.text.lower() in GENDER_IRREGULAR_NOUNS:
            return None
        if abs(adj.i - noun.i) > MAX_AMOD_DISTANCE or _punct_between(adj, noun):
            return None
        if _coordinated(noun) or _coordinated(adj):
            return None
        if lex.is_noun(adj.text) and not lex.is_adjective(adj.text):
            return None          # a noun in apposition (des questions clés)
        if not _known_word(adj, lex) or not lex.is_noun(noun.text):
            return None          # foreign words the French model tagged anyway
        if any(c.dep_.split(":")[0] in ("nmod", "obl", "fixed") and not any(
                g.dep_ == "det" for g in c.children) for c in adj.children):
            return None          # a locution: haut de gamme, bon marché, digne de foi
        if any(c.pos_ == "ADJ" for c in adj.children) or (
                adj.i + 1 < len(adj.doc) and adj.nbor(1).pos_ == "ADJ" and adj.nbor(1).head == adj):
            return None          # compound colours are invariable (des yeux bleu clair)
        return self._compare(adj, noun, _noun_features(noun, lex), lex, "qualifies")

    # -- participle or adjective predicated of a subject (être) --------------
    def _predicative(self, pred, lex):
        if not _is_agreeing_word(pred):
            return None
        children = list(pred.children)
        has_etre = any(c.dep_ in ("cop", "aux:pass") or
                       (c.dep_ == "aux:tense" and c.lemma_ == "être") for c in children)
        if not has_etre:
            return None
        if pred.pos_ == "VERB" and "Part" not in pred.morph.get("VerbForm"):
            return None
        if not _known_word(pred, lex):
            return None
        if any(c.text.lower() in _REFLEXIVE and c.pos_ == "PRON" for c in children):
            return None
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 1 or _coordinated(pred):
            return None
        subj = subjects[0]
        if subj.i > pred.i or pred.i - subj.i > MAX_SUBJECT_DISTANCE or _coordinated(subj):
            return None
        if subj.pos_ == "PRON":
            feats = PRONOUN_FEATURES.get(subj.text.lower())
            if feats is None:
                return None
            gender, number = feats
            return self._compare(pred, subj, (gender, number, "pronoun"), lex, "is said of")
        if subj.pos_ != "NOUN" or not _plain_word(subj) or subj.text.lower() in GENDER_IRREGULAR_NOUNS:
            return None
        if not lex.is_noun(subj.text):
            return None
        if subj.text.lower() in QUANTITY_NOUNS or _conjunction_between(subj, pred):
            return None
        return self._compare(pred, subj, _noun_features(subj, lex), lex, "is said of")

    # -- article and noun ------------------------------------------------------
    def _article(self, noun, lex):
        """Number only: "les maison", "la maisons" (gender would need a lexicon of noun genders)."""
        if noun.pos_ != "NOUN" or not _plain_word(noun):
            return None
        dets = [c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET" and c.i == noun.i - 1]
        if len(dets) != 1:
            return None
        det = dets[0]
        det_number = morph1(det, "Number")
        if det_number is None or not (set(det.morph.get("PronType")) & {"Art", "Dem"}
                                      or det.morph.get("Poss") == ["Yes"]):
            return None
        word = noun.text.lower()
        if det_number == "Plur" and not looks_invariable_in_number(word) and word in lex.nouns:
            noun_number = "Sing"      # a known singular noun, spelt without -s/-x
        elif det_number == "Sing" and looks_plural(word) and lex.is_plural_noun_form(word):
            noun_number = "Plur"      # the plural of a known noun (not pays, prix)
        else:
            return None
        return (det.idx, noun.idx + len(noun.text),
                f"«{det.text}» is {_NUMBER_NAMES[det_number]} but «{noun.text}» is "
                f"{_NUMBER_NAMES[noun_number]}",
                "make the article and the noun agree in number",
                {"kind": "article", "feature": "Number", "determiner": det.text,
                 "determiner_number": det_number, "noun": noun.text, "noun_number": noun_number,
                 "noun_morph": str(noun.morph)})

    # ------------------------------------------------------------------------
    def _compare(self, word, other, other_feats, lex, relation):
        """A finding when ``word`` disagrees with ``other`` in a feature both show."""
        if other_feats is None:
            return None
        other_gender, other_number, source = other_feats
        text = word.text
        if text.lower() in INVARIABLE_ADJECTIVES:
            return None
        problems = []
        word_number = morph1(word, "Number")
        if (other_number and word_number and word_number != other_number
                and (_plural_spelt(text, lex) if word_number == "Plur"
                     else _number_spelt(text, word_number))):
            problems.append(("Number", word_number, other_number))
        word_gender = morph1(word, "Gender")
        if (other_gender and word_gender and word_gender != other_gender
                and _gender_spelt(word, word_gender, lex)):
            problems.append(("Gender", word_gender, other_gender))
        if not problems:
            return None
        if _agreeing_noun_between(word, other, problems):
            return None
        names = {"Number": _NUMBER_NAMES, "Gender": _GENDER_NAMES}
        said = " and ".join(f"{names[f][w]}" for f, w, _ in problems)
        wanted = " and ".join(f"{names[f][o]}" for f, _, o in problems)
        evidence = {"kind": "attributive" if relation == "qualifies" else "predicative",
                    "head": other.text, "head_morph": str(other.morph),
                    "head_features_from": source, "word_morph": str(word.morph),
                    "dependency": word.dep_, "pos": word.pos_}
        for feature, mine, theirs in problems:
            evidence[feature.lower()] = {"word": mine, "head": theirs}
        return (word.idx, word.idx + len(text),
                f"«{text}» is {said} but {relation} «{other.text}», which is {wanted}",
                f"make «{text}» {wanted} to agree with «{other.text}»",
                evidence)


def _plain_word(tok) -> bool:
    return tok.text.isalpha() and tok.text.islower()


def _is_agreeing_word(tok) -> bool:
    """A lowercase adjective or participle whose features spaCy gave."""
    if tok.pos_ == "ADJ":
        pass
    elif tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"):
        if "Pres" in tok.morph.get("Tense"):
            return False     # present participles do not agree
    else:
        return False
    return _plain_word(tok) and len(tok.text) > 1


def _known_word(tok, lex) -> bool:
    """A French adjective or participle by the lexicon (not a foreign word)."""
    word = tok.text.lower()
    if lex.is_adjective(word):
        return True
    return tok.pos_ == "VERB" and (lex.is_participle(word) or lex.lemma_as(word, "VERB") in lex.verbs)


def _coordinated(tok) -> bool:
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _conjunction_between(a, b) -> bool:
    """A coordinating conjunction between two tokens (a subject may be coordinated)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.pos_ == "CCONJ" for t in a.doc[lo + 1:hi])


def _punct_between(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[lo + 1:hi])


def _noun_features(noun, lex):
    """(gender, number, where from) of a noun, each None when not shown reliably."""
    det = next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET"), None)
    noun_number = morph1(noun, "Number")
    noun_gender = morph1(noun, "Gender")
    number = gender = None
    source = "spelling"
    if det is not None and morph1(det, "Number") is not None:
        if morph1(det, "Number") == noun_number:
            number, source = noun_number, "article"
    elif noun_number is not None and _number_spelt(noun.text, noun_number):
        number = noun_number
    det_gender = morph1(det, "Gender") if det is not None else None
    if det_gender is not None and (det_gender == noun_gender or noun.text.lower().endswith("e")):
        # The article shows the gender; for nouns spelt in -e that take both
        # genders (la ministre, le juge) the article decides.
        gender, source = det_gender, "article"
    if number is None and gender is None:
        return None
    return gender, number, source


def _number_spelt(word: str, number: str) -> bool:
    """Does the spelling show this number? (Plural -s/-x; singular without -s/-x/-z.)"""
    if number == "Plur":
        return looks_plural(word)
    return not looks_invariable_in_number(word)


def _plural_spelt(word: str, lex) -> bool:
    """Does an adjective's or participle's spelling show the plural? Only when
    its singular differs: not for those whose masculine singular already ends
    in -s, -x or -z (portugais, heureux, gris; pris, mis, inclus)."""
    w = word.lower()
    if not looks_plural(w):
        return False
    if w in lex.adjectives:
        return False        # the masculine singular lemma itself
    if not w.endswith("es") and lex.is_participle(w) and not lex.is_adjective(w):
        # finis, élus, déplacés have a singular without the -s; pris has none
        stem = w[:-1]
        return lex.is_participle(stem) and lex.lemma_as(stem, "VERB") == lex.lemma_as(w, "VERB")
    return True


def _gender_spelt(tok, gender: str, lex) -> bool:
    """Does the spelling show this gender? Only for words whose masculine lacks -e."""
    word = tok.text.lower()
    if tok.pos_ == "ADJ":
        lemma = lex.lemma_as(word, "ADJ")
        if lemma.endswith("e") or lemma not in lex.adjectives:
            return False      # epicene (rapide) or unknown: gender is not spelt
    feminine = feminine_spelling(word)
    return feminine if gender == "Fem" else not feminine


def _agreeing_noun_between(word, head, problems) -> bool:
    """A noun between the two, or just before the word, that agrees with it.

    "le nombre de victimes civiles", "des pommes de terre cuites": the parser
    may hang the adjective on the wrong noun; if any nearby noun agrees with
    the word, stay silent.
    """
    lo, hi = sorted((word.i, head.i))
    window = list(word.doc[lo + 1:hi])
    # ... and the nouns the head complements (pommes <- de terre).
    up = head
    for _ in range(2):
        if up.dep_ != "nmod" or up.head.pos_ not in ("NOUN", "PROPN"):
            break
        up = up.head
        window.append(up)
    for t in window:
        if t.i in (head.i, word.i) or t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if all(morph1(t, f) in (None, mine) for f, mine, _ in problems):
            return True
    return False
