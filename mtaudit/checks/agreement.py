"""MT105 agreement-error: gender/number disagreement in French, read from a
lexicon, along the dependency parse.

"des mesures fiscale inadaptées", "les maison", "une point", "ces radeaux
exige": machine translation stitches phrases together and leaves words that
cannot agree. The gender and number a word form can have come from Lexique
3.83 (``mtaudit.lexique``: every reading of the form), not from spaCy's
morphology, which guesses from context and follows the error. Two words
disagree only when no reading of one agrees with any reading of the other:
«rapide» (either gender), «taux» (either number), «tente» (a noun, or the verb
«tenter») never disagree by accident of spelling.

Relations checked, each where French grammar leaves no other reading:

* determiner – noun (number and gender): «les», «des», «aux», «ces» are
  plural; «de»/«d'», a preposition too, says nothing; possessives and other
  determiners Lexique gives no features for take spaCy's;
* adjective or participle – the noun it qualifies; an adjective after a noun
  complement may agree with any noun of the chain («taux de croissance
  positifs», «le nombre de victimes civiles»); coordinated adjectives share a
  plural noun («les moyen et long termes»), coordinated nouns a plural
  adjective: both are skipped;
* participle or predicative adjective – the subject of «être» (pronouns
  il/elle/ils/elles show theirs);
* subject – finite verb, number only, 3rd person: a noun subject (or the
  antecedent of «qui») against a verb form Lexique knows only in the other
  number; collective and quantity nouns («la plupart», «la majorité») are
  skipped: their verb may agree with the complement;
* adjective or participle – every noun of the noun phrase right before it,
  read on the surface back to its verb (wherever the parser hangs it): it
  must agree with one of them («une housse de selle en gel rembourrés»);
* two adjectives joined by «et», «ou», «mais»: they qualify the same word,
  so they cannot disagree with each other («sont mobiles et facile»);
* participle or predicative adjective – the number of a 3rd-person «être»
  (or of the modal before «être»: «peut être utilisés»), whoever the
  subject.

Words Lexique does not know (foreign words, names; but the regular plural
of a singular noun it knows, «fonctionnalités»), capitalised words (but a
sentence's first word), reflexive verbs, invariable colour adjectives and
words in the user's allowlist are not judged. A word the parser tags as a
verb right after its own article («une tente qui», «nos savons») is read
as the noun Lexique knows; a word it tags as a noun where it qualifies a
noun or follows a coordinated adjective («des lames droites et dentelé»),
that Lexique knows only as an adjective or participle, as that adjective.
A bare plural noun opening a full sentence is the subject of a singular
verb after it («Ressorts hélicoïdaux propulse la lame.»); other bare
subjects (titles, spec lines) are not judged. Severity: minor (MQM
grammar/agreement).
"""
from __future__ import annotations

from typing import Iterator

from .. import lexique as lx
from ..findings import Finding, Severity
from .base import Check
from ._spacy_utils import morph1, sentences

# An attributive adjective sits next to its noun, or with a word or two in
# between (une décision très attendue); farther than this, the parser's
# attachment is often wrong.
MAX_AMOD_DISTANCE = 3
# A subject and its participle/predicative adjective or verb.
MAX_SUBJECT_DISTANCE = 8

# Nouns of colour and a few borrowings used as invariable adjectives (des
# robes orange): Lexique lists them as ordinary adjectives.
INVARIABLE_ADJECTIVES = frozenset({
    "orange", "marron", "kaki", "crème", "turquoise", "ocre", "cerise", "paille",
    "argent", "or", "bordeaux", "châtain", "olive", "saumon", "moutarde", "prune",
    "sable", "émeraude", "lavande", "chic", "standard", "super", "cool", "snob",
    "sexy", "bon", "marché", "pop", "rock", "web", "mi", "demi", "nu", "ci",
    # cardinal points used as adjectives (les quartiers nord)
    "nord", "sud", "est", "ouest", "centre",
})
# Limits said after a counted noun mean «at most»/«at least» and stay
# unchanged (15 secondes maximum, 10 pompes minimum).
LIMIT_ADVERBS = frozenset({"maximum", "minimum"})
# Collective and quantity nouns: the verb and participle often agree with
# their complement, said or elided (la plupart sont partis, la majorité des
# élus ont voté).
QUANTITY_NOUNS = frozenset({
    "plupart", "majorité", "minorité", "moitié", "tiers", "quart", "totalité", "ensemble",
    "reste", "nombre", "partie", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
    "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier", "million", "milliard",
    "foule", "multitude", "série", "groupe", "poignée", "quantité", "infinité", "masse",
    "type", "sorte", "genre", "espèce", "variété", "gamme", "ensemble", "paire", "lot",
})
# Those that stand for a quantity even without their complement.
QUANTITIES_ALONE = frozenset({
    "plupart", "majorité", "minorité", "moitié", "tiers", "quart", "totalité",
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
    "soixantaine", "centaine", "millier", "million", "milliard",
})
# Nouns whose gender changes with number or position (les vieilles gens,
# des amours passionnées).
GENDER_IRREGULAR_NOUNS = frozenset({"gens", "amour", "amours", "délice", "délices", "orgue", "orgues"})
# Verbs whose subject is the subject of the infinitive after them («les
# bouteilles peuvent être utilisées»): their number is the predicate's.
SUBJECT_MODALS = frozenset({"pouvoir", "devoir", "vouloir", "sembler", "paraître", "aller"})
# Personal pronouns whose spelling shows gender and number.
PRONOUN_CELLS = {"il": lx.MS, "elle": lx.FS, "ils": lx.MP, "elles": lx.FP}
# Articles that are also object pronouns before a verb (et les aide).
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’"})
_DE = frozenset({"de", "d'", "d’"})
# Subjects whose spelling says nothing sure of their predicate's number
# («on est partis»), and demonstratives («c'est», «ça», «cela»).
_INDEFINITE_SUBJECTS = frozenset({"on", "ce", "c'", "c’", "ça", "cela"})
# Lexique classes that make a form more than an adjective or participle: a
# verb form, a preposition («vu»), an adverb («cher»), a pronoun.
_OTHER_CLASSES = lx.VERB_3S | lx.VERB_3P | lx.PREP | lx.ADV | lx.PRON
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
_CELL_NAMES = {lx.MS: "masculine singular", lx.MP: "masculine plural",
               lx.FS: "feminine singular", lx.FP: "feminine plural"}


class AgreementError(Check):
    code = "MT105"
    name = "agreement-error"
    description = "Gender or number disagreement between a noun and its article, adjective, participle or verb"
    category = "grammar"
    severity = Severity.MINOR
    requires = frozenset({"nlp"})
    languages = frozenset({"fr"})

    def check(self, doc, ctx) -> Iterator[Finding]:
        if ctx.nlp is None:
            return
        lex = lx.table()
        if lex is None:
            return
        parsed = ctx.nlp.parse(doc)
        if not parsed:
            return
        seen: set[tuple[int, int]] = set()
        for offset, sent in sentences(parsed):
            for tok in sent:
                for found in (self._article(tok, lex), self._numeral(tok, lex),
                              self._attributive(tok, lex), self._predicative(tok, lex),
                              self._verb(tok, lex), self._fronted(tok, lex),
                              self._after_chain(tok, lex), self._coordinated_pair(tok, lex),
                              self._copula_number(tok, lex)):
                    if found is None:
                        continue
                    start, end, message, suggestion, evidence = found
                    span = (offset + start, offset + end)
                    if span in seen or ctx.allowed(doc.text[span[0]:span[1]]):
                        continue
                    seen.add(span)
                    yield self.finding(doc, *span, message, suggestion=suggestion,
                                       evidence=evidence)

    # -- article and noun --------------------------------------------------------
    def _article(self, noun, lex):
        """«les maison», «une point», «aux banque»: the determiner just before
        the noun (or a contracted article: aux, des, du, au)."""
        if noun.pos_ != "NOUN" or not _judged(noun):
            return None
        noun_cells = _noun_form_cells(noun.text, lex)
        det = _determiner(noun, lex)
        if not noun_cells or det is None or det.i >= noun.i or noun.i - det.i > 4:
            return None
        if any(t.pos_ not in ("ADJ", "ADV") or not t.text.isalpha() or not t.text.islower()
               or not lex.mask(t.text) & (lx.ADV | (lx.CELLS << lx.ADJ))
               for t in noun.doc[det.i + 1:noun.i]):
            return None          # only adjectives between: «les plus beaux couteau»
        if det.i < noun.i - 1 and not lx.cells(lex.mask(noun.nbor(-1).text), lx.ADJ):
            return None          # an adverb last: the article is the adverb's («un peu plus
                                 # marge», «la plupart douilles»: a «de» is missing)
        if _shares_article(noun, lex):
            return None          # les père et mère: one article for both
        det_cells = _det_cells(det, lex)
        if not det_cells or det_cells & noun_cells:
            return None
        if det.i == noun.i - 1 and _clitic_and_verb(det, noun, lex):
            return None          # «et les aide à rester»: an object pronoun and its verb
        if any(t.pos_ == "ADJ" and lx.cells(lex.mask(t.text), lx.NOUN) & det_cells
               for t in noun.doc[det.i + 1:noun.i]):
            return None          # «le nul face au …»: the word between may be the noun itself
        if _feminised(noun, noun_cells) and det_cells & ((noun_cells << 2) & lx.CELLS):
            return None          # la juge, la médecin: a masculine noun of a woman (same number)
        if det_cells & lx.SING == 0 and _numeral_before(det):
            return None
        # The noun is marked, the article is the evidence: either may be the
        # word to change, but annotators of machine translation mark the noun
        # far more often (WMT19 QE train: 0.75 of a noun's characters inside an
        # expert span, 0.49 of an article's).
        return (noun.idx, noun.idx + len(noun.text),
                f"«{det.text}» is {_describe(det_cells)} but «{noun.text}» is {_describe(noun_cells)}",
                "make the article and the noun agree",
                _evidence("article", det, noun, det_cells, noun_cells))

    # -- adjective/participle qualifying a noun (amod) -----------------------
    def _attributive(self, adj, lex):
        """An adjective or participle qualifying a noun: «amod», a reduced
        relative after the noun («des stratégies clairement rédigés», «acl»),
        or the later member of coordinated adjectives («une affaire solide et
        léger», «conj» of one of those)."""
        if not _is_agreeing_word(adj, lex):
            return None
        first = _first_of_coordination(adj)   # coordinated adjectives share the first one's noun
        if first.dep_ == "acl":
            if first.i < first.head.i or any(c.dep_.startswith(("nsubj", "aux", "cop", "mark"))
                                            for c in first.children):
                return None      # only a participle right after its noun, with no clause of its own
        elif first.dep_ != "amod":
            return None
        left = first.head.left_edge.i
        if first.pos_ != "ADJ" and first.i > first.head.i and any(
                t.lemma_ in ("avoir", "être") and not _copula_of_noun(t) for t in first.doc[max(0, left - 3):left]):
            return None          # «elle avait par la suite accepté»: the auxiliary's participle
        noun = first.head
        noun_cells = _noun_cells(noun, lex)
        if noun_cells is None or noun.text.lower() in GENDER_IRREGULAR_NOUNS:
            return None
        if _amod_distance(first, noun) > MAX_AMOD_DISTANCE or _punct_between(first, noun):
            return None
        det = _determiner(noun, lex)
        if det is not None and first.i < det.i:
            return None          # «prendre seul les décisions»: not inside the noun phrase
        if det is None and ((lex.mask(noun.text) & (lx.VERB_3S | lx.VERB_3P) and not _after_de(noun))
                            or any(c.dep_ == "case" and c.text.lower() not in _DE for c in noun.children)):
            # A bare noun that may be a verb («demeure»), or in a set phrase
            # («en réalité»). After «de» the bare noun is a complement the
            # adjective may qualify («de couleur noire», «tables de chevet
            # détachables»): judged, with the noun it complements.
            return None
        if lx.cells(lex.mask(adj.text), lx.DET):
            return None          # tous, certains, quelque: floating quantifiers
        if adj.text.lower() in LIMIT_ADVERBS and any(
                c.dep_ == "nummod" and _whole_number(c, lex) for c in noun.children):
            return None          # «15 secondes maximum»: at most 15 seconds
        if _verb_with_object(adj, lex):
            return None          # «cet entraînement dure 68 minutes»: the verb «durer»
        if noun.dep_ == "conj" or any(c.dep_ == "conj" and c.i < adj.i for c in noun.children):
            # «la langue et la littérature françaises»: an adjective after
            # coordinated nouns agrees with the nearest one, or is plural, and
            # masculine as soon as one noun is («des poches et une section
            # cachés» is wrong either way). Only conjuncts before the
            # adjective count: one after it («des stratégies clairement
            # rédigés ou des tournois») leaves the adjective to the first
            # noun, and the adjective itself may hang on the noun as a conjunct.
            cells = _coordination_cells(noun, noun_cells, lex)
            if cells is None or first is not adj or _coordinated(adj) or adj.i < noun.i:
                return None
            return self._compare(adj, noun, cells, lex, "qualifies")
        if first is not adj or _coordinated(adj) or _next_is_conjunction(adj) or (
                adj.i > 0 and adj.nbor(-1).pos_ == "CCONJ") or any(
                c.dep_ == "conj" and c.i > adj.i and (c.pos_ == "ADJ" or lx.cells(lex.mask(c.text), lx.ADJ))
                for c in noun.children) or _enumeration_follows(adj, lex):
            # (the parser may hang the later adjectives on the noun, or
            # elsewhere: «les alphabets phénicien, grec, étrusque et romain»)
            # Coordinated adjectives: each may be singular before a plural noun
            # (les moyen et long termes, les secteurs public et privé); the
            # gender still shows, and a singular noun takes singular ones.
            if noun_cells & lx.PLUR:
                noun_cells = (lx.MASC if noun_cells & lx.MASC else 0) | (lx.FEM if noun_cells & lx.FEM else 0)
            if first is not adj and _punct_between(first, adj):
                return None
        if any(c.dep_.split(":")[0] in ("nmod", "obl", "fixed") and not any(
                g.dep_ == "det" for g in c.children) for c in adj.children):
            return None          # a locution: haut de gamme, bon marché, digne de foi
        if any(c.pos_ == "ADJ" and c.dep_ != "conj" for c in adj.children) or (
                adj.i + 1 < len(adj.doc) and adj.nbor(1).pos_ == "ADJ" and adj.nbor(1).head == adj
                and adj.nbor(1).dep_ != "conj"):
            return None          # compound colours are invariable (des yeux bleu clair)
        if _slashed(adj):
            return None          # «couleurs noir/bleu»: a pair of colours, invariable too
        return self._compare(adj, noun, noun_cells, lex, "qualifies")

    # -- adjective after a noun phrase none of whose nouns it agrees with ----
    def _after_chain(self, adj, lex):
        """«une barre de soutien réglables», «les boules athlétiques
        fabriqué par»: an adjective or participle right after a noun phrase
        (its nouns, their complements, adjectives and articles, read on the
        surface back to the verb or the sentence start) that agrees with
        none of its nouns. Wherever the parser hangs it, the adjective can
        only qualify one of those nouns: «taux de croissance positifs» and
        «le nombre de victimes civiles» agree with one of them and stay
        quiet. A conjunction or a comma in the phrase (coordinated nouns
        take a plural), a noun Lexique does not know (a name), a subject
        the adjective may be said of («elle porte le bébé seule») or a noun
        after it that it may qualify («des chaussures haute qualité»)
        leave it unjudged."""
        if not _is_agreeing_word(adj, lex) or adj.i == 0:
            return None
        text = adj.text.lower()
        m = lex.mask(adj.text)
        if text in INVARIABLE_ADJECTIVES or text in LIMIT_ADVERBS or m & _OTHER_CLASSES \
                or lx.cells(m, lx.DET):
            return None          # also an adverb («cher»), a verb, a preposition («vu»)
        word_cells = _agreeing_cells(adj, lex)
        if not word_cells:
            return None
        nouns = _chain_before(adj, singular=not word_cells & lx.PLUR)
        if not nouns:
            return None
        for n in nouns:
            own = _phrase_cells(n, lex) if n.pos_ != "PROPN" and _judged(n) else 0
            if n.pos_ == "NOUN" and lex.mask(n.text) & (lx.VERB_3S | lx.VERB_3P) and _determiner(n, lex) is None \
                    and (n.i == 0 or n.nbor(-1).pos_ not in ("ADP", "DET")):
                return None      # a bare noun that may be a verb («gloire européenne demeure
                                 # prématuré»), not a complement («housse de selle»)
            if n.pos_ == "ADJ":
                own = lx.cells(lex.mask(n.text), lx.NOUN)
                if own & word_cells:
                    return None      # a nominalised adjective («les petits»)
                continue
            if not own or own & word_cells or n.text.lower() in GENDER_IRREGULAR_NOUNS or _quantity(n):
                return None
        if not any(n.pos_ == "NOUN" for n in nouns):
            return None
        before = adj.doc[adj.i - 1]
        if before.pos_ == "ADJ" and lx.cells(m, lx.NOUN) & lx.cells(lex.mask(before.text), lx.ADJ):
            return None          # a noun after its adjective, tagged as one («diverses atteintes»)
        doc = adj.doc
        if adj.i + 1 < adj.sent.end:
            nxt = doc[adj.i + 1]
            if nxt.pos_ in ("NOUN", "PROPN", "ADJ") or (nxt.text.lower() in _DE and adj.i + 2 < adj.sent.end
                                                       and doc[adj.i + 2].pos_ == "NOUN"
                                                       and not doc[adj.i + 2].text[:1].isupper()
                                                       and _determiner(doc[adj.i + 2], lex) is None):
                return None      # before a noun («haute qualité»), a locution («haut de gamme»)
            if nxt.pos_ == "CCONJ" or (nxt.text == "," and _enumeration_follows(adj, lex)):
                return None      # coordinated adjectives
        if _slashed(adj) or not _judged(adj):
            return None
        if _subject_may_agree(adj, nouns[0], word_cells, lex):
            return None
        head = nouns[-1]
        cells = _phrase_cells(head, lex)
        evidence = _evidence("attributive", adj, head, word_cells, cells)
        evidence["chain"] = [n.text for n in nouns]
        evidence["dependency"], evidence["pos"] = adj.dep_, adj.pos_
        names = ", ".join(f"«{n.text}»" for n in nouns if n.pos_ == "NOUN")
        return (adj.idx, adj.idx + len(adj.text),
                f"«{adj.text}» is {_describe(word_cells)} but follows {names}, none of which it agrees with",
                f"make «{adj.text}» agree with the noun it qualifies",
                evidence)

    # -- two coordinated adjectives that cannot agree with each other --------
    def _coordinated_pair(self, adj, lex):
        """«sont mobiles et facile à utiliser», «une installation rapide,
        facile et sûr»: adjectives joined by «et», «ou», «mais» or a comma,
        with nothing but adverbs between, qualify the same noun or subject,
        so they share its gender and number; when no reading of the later
        one agrees with any reading of the earlier one, one is wrong. The
        later one is marked unless it agrees with the copula's number or
        the noun the parser gives the first one and the earlier does not."""
        if not _is_agreeing_word(adj, lex) or adj.i < 2:
            return None
        doc, start = adj.doc, adj.sent.start
        i = adj.i - 1
        while i >= start and doc[i].pos_ == "ADV":
            i -= 1
        if i < start or doc[i].text.lower() not in ("et", "ou", "mais"):
            return None
        i -= 1
        while i >= start and doc[i].pos_ == "ADV" and doc[i].text.isalpha():
            i -= 1
        if i < start:
            return None
        first = doc[i]
        if not _is_agreeing_word(first, lex) or first.pos_ != "ADJ" or adj.pos_ != "ADJ":
            return None          # participles may head coordinated clauses («se compose de 28
                                 # outils distincts et assorti d'une garantie»)
        words = (first.text.lower(), adj.text.lower())
        if any(w in INVARIABLE_ADJECTIVES or w in LIMIT_ADVERBS for w in words):
            return None
        masks = [lex.mask(first.text), lex.mask(adj.text)]
        if any(m & (lx.VERB_3S | lx.VERB_3P | lx.PREP | lx.PRON) or lx.cells(m, lx.DET) for m in masks):
            return None
        a, b = _agreeing_cells(first, lex), _agreeing_cells(adj, lex)
        if not a or not b or a & b:
            return None
        if adj.i + 1 < len(doc) and doc[adj.i + 1].pos_ in ("NOUN", "PROPN"):
            return None          # «le premier et deuxième étage»: before the noun they share
        if first.i > 0 and doc[first.i - 1].pos_ == "DET":
            return None          # «les petits et grands»: nominalised
        if _slashed(adj) or _slashed(first) or not _judged(first):
            return None
        if first.i >= 2 and doc[first.i - 1].text == "," and doc[first.i - 2].pos_ == "ADJ":
            third = _agreeing_cells(doc[first.i - 2], lex)
            if third & b and not third & a:
                return None      # «puissants, sécuritaire et accessibles»: the middle one is odd
        controller = _controller_cells(first, lex)
        if controller & b and not controller & a:
            return None          # the later one agrees with the noun or subject and the
                                 # earlier does not: the earlier is the odd one, left to
                                 # the other relations («la vie privé ou familiale»)
        if any(found is not None for found in (self._attributive(first, lex), self._predicative(first, lex),
                                               self._after_chain(first, lex))):
            return None          # the earlier one is found wrong on its own («des lectures de
                                 # distance immédiat et fiables»): the later one is right
        evidence = _evidence("coordinated", adj, first, b, a)
        evidence["dependency"], evidence["pos"] = adj.dep_, adj.pos_
        return (adj.idx, adj.idx + len(adj.text),
                f"«{adj.text}» is {_describe(b)} but is coordinated with «{first.text}», "
                f"which is {_describe(a)}",
                f"make «{adj.text}» agree with «{first.text}»",
                evidence)

    # -- participle or adjective against the number of its «être» ------------
    def _copula_number(self, pred, lex):
        """«poids libres sont souvent limité», «qui sont livré»: a participle
        or adjective predicated with a 3rd-person form of «être» that is
        only singular or only plural takes that number, whoever the subject
        is (the parser often finds none in titles and broken sentences).
        Not with «on» or «ce» (on est partis), with a reflexive (elles se
        sont parlé) or an auxiliary «avoir» (ils ont mangé)."""
        if not _is_agreeing_word(pred, lex):
            return None
        host = _coordinated_predicate_head(pred) or pred
        cops = [c for c in host.children if (c.dep_ in ("cop", "aux:pass") or (
            c.dep_ == "aux:tense" and c.lemma_ == "être")) and c.lemma_ == "être"
            and not _noun_after_article(c, lex)]
        if len(cops) != 1 or any(c.lemma_ == "avoir" for c in host.children if c.dep_.startswith("aux")):
            return None
        cop = cops[0]
        if not cop.text.isalpha() or not cop.text.islower() or cop.i > pred.i:
            return None
        if cop.text.lower() == "être" and host.dep_ == "xcomp" and host.head.lemma_ in SUBJECT_MODALS \
                and host.head.i < cop.i and "Fin" in host.head.morph.get("VerbForm"):
            start = cop.i
            cop = host.head      # «peut être utilisés»: the modal's subject is the participle's
            if any(t.pos_ not in ("ADV", "PART") for t in pred.doc[cop.i + 1:start]):
                return None
        number = _verb_number(cop.text, lex)
        if not number:
            return None
        if any(c.text.lower() in _REFLEXIVE or c.text.lower() in _INDEFINITE_SUBJECTS
               for c in host.children if c.dep_.startswith(("nsubj", "expl", "obj", "iobj"))):
            return None
        if any(t.text.lower() in _INDEFINITE_SUBJECTS or t.text.lower() in _REFLEXIVE
               for t in pred.doc[max(pred.sent.start, cop.i - 2):cop.i]):
            return None
        if any(t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM") for t in pred.doc[cop.i + 1:pred.i]):
            return None          # a noun phrase, not the adjective, is the predicate («est une
                                 # des rares communes»), or an elided noun («et un autre»)
        return self._compare(pred, cop, number, lex, "is said with", near=False)

    # -- participle or adjective predicated of a subject (être) --------------
    def _predicative(self, pred, lex):
        if not _is_agreeing_word(pred, lex):
            return None
        # «sont légers et portable»: a later adjective of a coordinated
        # predicate is said of the same subject as the first.
        host = _coordinated_predicate_head(pred)
        return self._predicate_of(pred, host if host is not None else pred, lex)

    def _predicate_of(self, pred, host, lex):
        """``pred`` said of the subject of ``host`` (itself, or the first
        adjective of its coordination)."""
        children = list(host.children)
        if not any((c.dep_ in ("cop", "aux:pass") or (c.dep_ == "aux:tense" and c.lemma_ == "être"))
                   and not _noun_after_article(c, lex) for c in children):
            return None
        if pred.pos_ == "VERB" and "Part" not in pred.morph.get("VerbForm"):
            return None
        if any(c.text.lower() in _REFLEXIVE and c.pos_ == "PRON" for c in children):
            return None          # elles se sont parlé
        subj = _subject(host)
        if subj is None and host.dep_ == "xcomp":
            subj = _subject(host.head)       # «peuvent être placés»: the modal's subject
        if subj is None:
            return None
        limit, rel = min(pred.i, host.i), None
        if subj.pos_ == "PRON" and subj.text.lower() == "qui":
            limit, rel = subj.i, subj
            subj = _antecedent(subj, host, lex)
            if subj is None:
                return None
        cells = _subject_cells(subj, lex)
        if cells is None:
            return None
        if subj.pos_ == "PRON":
            return self._compare(pred, subj, cells, lex, "is said of")
        if not _determined(subj, lex) or _chain_agrees(subj, _agreeing_cells(pred, lex), lex, limit):
            return None          # a bare noun of a title, or a complement that agrees
        if rel is not None and _words_before_agree(rel, _agreeing_cells(pred, lex), lex):
            return None          # another noun before «qui» may be the antecedent
        return self._compare(pred, subj, cells, lex, "is said of", near=False)

    # -- adjective or participle fronted before the subject -----------------
    def _fronted(self, pred, lex):
        """«Fabriqué en Suisse, la lame …», «Léger et robuste, ce sac …»: an
        adjective or participle that opens the sentence, set off by a comma,
        is said of the main clause's subject, which follows the comma."""
        if not _fronted_form(pred, lex):
            return None
        comma = _closing_comma(pred)
        if comma is None:
            return None
        subj = _main_subject(pred.sent, comma)
        if subj is None:
            return None
        cells = _subject_cells(subj, lex)
        if cells is None:
            return None
        if subj.pos_ == "PRON":
            return self._compare(pred, subj, cells, lex, "is said of", near=False)
        if not _determined(subj, lex) or _coordinated(subj):
            return None
        return self._compare(pred, subj, cells, lex, "is said of", near=False)

    # -- numeral and noun ----------------------------------------------------------
    def _numeral(self, noun, lex):
        """«2 boulon», «quatre saison»: a whole number from two on before a
        noun that has only a singular form."""
        if noun.pos_ != "NOUN" or not _judged(noun) or noun.i == 0:
            return None
        if len(noun.text) < 3 and not lx.cells(lex.mask(noun.text.lower() + "s"), lx.NOUN) & lx.PLUR:
            return None          # «2 mn»: abbreviations of units; «25 an» has its plural «ans»
        num = noun.nbor(-1)
        if num.head != noun or num.dep_ != "nummod" or _whole_number(num, lex) is None:
            return None
        if _whole_number(num, lex) < 2 or (num.i > 0 and num.nbor(-1).text in (",", ".")):
            return None
        if _ratio_denominator(num):
            return None          # «huit points sur 12 dimanche»: «12» counts the points
        cells = lx.cells(lex.mask(noun.text), lx.NOUN)
        if not cells or cells & lx.PLUR or _next_is_conjunction(noun):
            return None
        # The noun is the word to change; the number is the evidence.
        return (noun.idx, noun.idx + len(noun.text),
                f"«{num.text}» asks for a plural but «{noun.text}» is singular",
                f"write «{noun.text}» in the plural",
                {"kind": "numeral", "word": num.text, "head": noun.text,
                 "number": {"word": "plural", "head": "singular"}, "source": "Lexique 3.83"})

    # -- subject and finite verb (number) -----------------------------------------
    def _verb(self, verb, lex):
        """«ces radeaux exige», «le matériel ne se séparent»: 3rd person only."""
        if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm"):
            return None
        if not verb.text.isalpha() or not verb.text.islower():
            return None
        mask = lex.mask(verb.text)
        can_sing, can_plur = bool(mask & lx.VERB_3S), bool(mask & lx.VERB_3P)
        if can_sing == can_plur:
            return None          # both (a past simple: «fit»), or not a 3rd person form
        # The subject hangs on the verb, or on the participle/predicate an
        # auxiliary or copula serves.
        host = verb.head if verb.dep_ in ("aux", "aux:tense", "aux:pass", "cop") else verb
        if any(c.dep_ == "expl:subj" for c in host.children):
            return None          # «il y a des valves», «il faut»: the impersonal «il» is the subject
        pair = _coordinated_subject(host, verb, lex)
        if pair is not None and can_sing:
            first, last = pair
            return (verb.idx, verb.idx + len(verb.text),
                    f"«{verb.text}» is singular but its subject «{first.text} … {last.text}» "
                    f"is plural (nouns joined by «et»)",
                    f"make «{verb.text}» plural to agree with «{first.text} … {last.text}»",
                    {"kind": "subject-verb", "head": f"{first.text} … {last.text}", "word": verb.text,
                     "number": {"word": "singular", "head": "plural"}, "coordinated": True})
        subj = _subject(host, verb)
        if subj is None:
            return None
        limit, rel = verb.i, None
        if subj.pos_ == "PRON":
            if subj.text.lower() == "qui":
                limit, rel = subj.i, subj
                subj = _antecedent(subj, host, lex)
                if subj is None:
                    return None
            else:
                cells = PRONOUN_CELLS.get(subj.text.lower())
                if cells is None:
                    return None
                return self._verb_finding(verb, subj, cells, can_sing)
        cells = _noun_cells(subj, lex)
        if cells is None or _quantity(subj):
            return None
        if _numeral_before(subj):
            return None
        if not (_determined(subj, lex) or (can_sing and not cells & lx.SING and _opens_a_sentence(subj, verb))) \
                or _chain_agrees(subj, lx.SING if can_sing else lx.PLUR, lex, limit):
            return None          # «la gamme de produits qui sont»: either noun
        if rel is not None and _words_before_agree(rel, lx.SING if can_sing else lx.PLUR, lex):
            return None
        return self._verb_finding(verb, subj, cells, can_sing)

    def _verb_finding(self, verb, subj, cells, verb_sing):
        verb_cells = lx.SING if verb_sing else lx.PLUR
        if cells & verb_cells:
            return None
        said = "singular" if verb_sing else "plural"
        wanted = "plural" if verb_sing else "singular"
        return (verb.idx, verb.idx + len(verb.text),
                f"«{verb.text}» is {said} but its subject «{subj.text}» is {wanted}",
                f"make «{verb.text}» {wanted} to agree with «{subj.text}»",
                {"kind": "subject-verb", "head": subj.text, "word": verb.text,
                 "number": {"word": said, "head": wanted}})

    # ------------------------------------------------------------------------
    def _compare(self, word, other, other_cells, lex, relation, near=True):
        """A finding when no reading of ``word`` agrees with ``other``; with
        ``near``, also none of the nouns between them (attachment is uncertain)."""
        text = word.text
        if text.lower() in INVARIABLE_ADJECTIVES:
            return None
        word_cells = _agreeing_cells(word, lex)
        if not word_cells or word_cells & other_cells:
            return None
        if _agreeing_noun_near(word, other, word_cells, lex, near):
            return None
        evidence = _evidence("attributive" if relation == "qualifies" else "predicative",
                             word, other, word_cells, other_cells)
        evidence["dependency"], evidence["pos"] = word.dep_, word.pos_
        return (word.idx, word.idx + len(text),
                f"«{text}» is {_describe(word_cells)} but {relation} «{other.text}», "
                f"which is {_describe(other_cells)}",
                f"make «{text}» agree with «{other.text}» ({_describe(other_cells)})",
                evidence)


# -- features from the lexicon ----------------------------------------------------
def _judged(tok) -> bool:
    """A plain word: alphabetic, lowercase, or capitalised at the sentence
    start, and not part of a hyphenated compound («le repose-pieds»)."""
    t = tok.text
    if not t.isalpha() or len(t) < 2:
        return False
    doc = tok.doc
    if (tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text[:1] in "-‐–") or (
            tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].text[-1:] in "-‐–"):
        return False
    return t.islower() or (tok.is_sent_start and t[1:].islower())


def _subject_cells(subj, lex):
    """A subject's gender and number cells (a pronoun's by its form), or None
    where they cannot be trusted (an irregular gender, a quantity noun)."""
    if subj.pos_ == "PRON":
        return PRONOUN_CELLS.get(subj.text.lower())
    cells = _noun_cells(subj, lex)
    if cells is None or subj.text.lower() in GENDER_IRREGULAR_NOUNS or _quantity(subj):
        return None
    return cells


def _noun_cells(noun, lex) -> int | None:
    """The cells a noun can fill, narrowed by its own determiner when they
    agree (des taux: plural; la ministre: feminine); None when not a known
    common noun."""
    if not (noun.pos_ == "NOUN" or _noun_tagged_verb(noun, lex)) or not _judged(noun):
        return None
    cells = _noun_form_cells(noun.text, lex)
    if not cells:
        return None
    det = _determiner(noun, lex)
    if det is not None and det.text.lower() == "quelque" and noun.text.lower() == "chose":
        return lx.MS             # «quelque chose» is an indefinite pronoun, masculine
    if det is not None:
        det_cells = _det_cells(det, lex)
        if det_cells and _feminised(noun, cells) and det_cells & lx.FEM:
            cells = (cells | (cells << 2)) & lx.CELLS   # la juge: feminine too
        if det_cells and not det_cells & cells:
            return None          # «les maison»: which of the two is wrong is unknown
        if det_cells:
            cells &= det_cells
    return cells


def _noun_form_cells(text: str, lex) -> int:
    """The cells a noun form fills: Lexique's, or for a plural Lexique lacks
    («fonctionnalités», «réchauffeurs»), the plural of the singular noun it
    adds -s or -x to, when Lexique knows that one only in the singular."""
    cells = lx.cells(lex.mask(text), lx.NOUN)
    if cells or len(text) < 4 or text[-1:] not in ("s", "x") or lex.mask(text):
        return cells
    singular = lx.cells(lex.mask(text[:-1]), lx.NOUN)
    if not singular or singular & lx.PLUR:
        return 0
    return (singular << 1) & lx.PLUR


def _noun_tagged_verb(tok, lex) -> bool:
    """A word the parser tags as a verb although its own article stands just
    before it and Lexique knows it as a noun: «choisir une tente qui est»
    («tente», a form of «tenter»), «nos savons» («savoir»). A verb takes no
    article, so the noun reading is the only one left."""
    if tok.pos_ != "VERB" or tok.i == 0:
        return False
    det = tok.nbor(-1)
    return (det.pos_ == "DET" and det.dep_ == "det" and det.head == tok
            and bool(lx.cells(lex.mask(tok.text), lx.NOUN)) and bool(_det_cells(det, lex)))


def _noun_after_article(tok, lex) -> bool:
    """«l'été», «un être»: a form of «être» right after an article, that
    Lexique knows as a noun, is the noun (the parser took «la série
    s'achèvera l'été prochain» for a copula). An auxiliary takes no
    article, and an object clitic («l'», «le», «la») may stand before an
    infinitive («pour l'être») but never before a past participle: so
    «l'été» is the noun whatever the parser calls «l'»."""
    if tok.i == 0 or not lx.cells(lex.mask(tok.text), lx.NOUN):
        return False
    before = tok.nbor(-1)
    m = lex.mask(before.text)
    if not lx.cells(m, lx.DET) or m & lx.PREP:
        return False
    return before.pos_ == "DET" or "Part" in tok.morph.get("VerbForm")


def _after_de(noun) -> bool:
    """A bare noun right after «de»/«d'» (its case marker): a complement
    («lectures de distance», «couteau de poche»), not a verb form."""
    return noun.i > 0 and noun.nbor(-1).text.lower() in _DE and noun.nbor(-1).head == noun


def _verb_with_object(adj, lex) -> bool:
    """An adjective form that is also a finite verb, followed by a number or
    a determiner: the verb with its object («dure 68 minutes», «ferme la
    porte»), which the parser took for an adjective."""
    if not lex.mask(adj.text) & (lx.VERB_3S | lx.VERB_3P) or adj.i + 1 >= len(adj.doc):
        return False
    nxt = adj.nbor(1)
    return nxt.pos_ in ("NUM", "DET") or nxt.like_num


def _clitic_and_verb(det, noun, lex) -> bool:
    """«le», «la», «les», «l'» are object pronouns too: after a subject
    pronoun, «qui», «ne» or «et», a noun form that is also a finite verb
    may be that pronoun's verb («et les aide à rester», «qui la porte»):
    the pair then says nothing about agreement."""
    if det.text.lower() not in OBJECT_CLITICS or det.i == 0:
        return False
    before = det.nbor(-1)
    return bool(lex.mask(noun.text) & (lx.VERB_3S | lx.VERB_3P)) and (
        before.pos_ in ("CCONJ", "PRON") or before.text.lower() in ("ne", "n'", "n’"))


def _feminised(noun, cells) -> bool:
    """A masculine noun that may name a woman with a feminine article: nouns
    in -e are epicene (la juge, la ministre), and nouns in -eur, -in, -ef
    are used unchanged for women (la professeur, la médecin, la chef)."""
    return not cells & lx.FEM and noun.text.lower().endswith(("e", "eur", "in", "ef"))


def _determiner(noun, lex):
    """The noun's article, demonstrative or possessive, or a contracted
    article hung on it as a case marker (aux, des, du, au)."""
    for c in noun.children:
        if c.i > noun.i:
            break
        if c.dep_ == "det" and c.pos_ == "DET":
            return c
        if c.dep_ == "case" and c.i == noun.i - 1:
            m = lex.mask(c.text)
            if lx.cells(m, lx.DET) and not m & lx.PREP:
                return c
    return None


def _det_cells(det, lex) -> int:
    """The cells a determiner can fill (0: says nothing). «de»/«d'» is also a
    preposition and says nothing; determiners Lexique gives no features for
    (ses, leur, mon) take spaCy's, which are sure for such a closed class."""
    m = lex.mask(det.text)
    if m & lx.PREP or not m:
        return 0             # «de» says nothing; a word Lexique lacks is no French determiner
                             # («suchKeep», «-en»): spaCy's features for it are guesses
    cells = lx.cells(m, lx.DET)
    if det.text[-1:] in ("'", "’"):
        # l': elision hides the gender
        return (lx.SING if cells & lx.SING else 0) | (lx.PLUR if cells & lx.PLUR else 0)
    if cells and cells != lx.CELLS:
        return cells
    number = morph1(det, "Number")
    gender = morph1(det, "Gender")
    out = lx.CELLS
    if number:
        out &= lx.SING if number == "Sing" else lx.PLUR
    if gender:
        out &= lx.MASC if gender == "Masc" else lx.FEM
    return 0 if out == lx.CELLS else out


def _agreeing_cells(tok, lex) -> int:
    """Cells of an adjective or participle: every adjective and past
    participle reading of its form."""
    m = lex.mask(tok.text)
    return lx.cells(m, lx.ADJ) | lx.cells(m, lx.PART)


def _describe(cells: int) -> str:
    """«masculine plural», «plural», «feminine» ... for a set of cells."""
    if cells in _CELL_NAMES:
        return _CELL_NAMES[cells]
    for mask, name in ((lx.SING, "singular"), (lx.PLUR, "plural"),
                       (lx.MASC, "masculine"), (lx.FEM, "feminine")):
        if cells == mask:
            return name
    return " or ".join(_CELL_NAMES[c] for c in (lx.MS, lx.MP, lx.FS, lx.FP) if cells & c)


def _evidence(kind, word, head, word_cells, head_cells) -> dict:
    ev = {"kind": kind, "word": word.text, "head": head.text,
          "word_features": _describe(word_cells), "head_features": _describe(head_cells),
          "source": "Lexique 3.83"}
    for feature, a, b in (("number", lx.SING, lx.PLUR), ("gender", lx.MASC, lx.FEM)):
        w = [n for n, m in ((a, a), (b, b)) if word_cells & m]
        h = [n for n, m in ((a, a), (b, b)) if head_cells & m]
        if len(w) == 1 and len(h) == 1 and w != h:
            names = {lx.SING: "singular", lx.PLUR: "plural", lx.MASC: "masculine", lx.FEM: "feminine"}
            ev[feature] = {"word": names[w[0]], "head": names[h[0]]}
    return ev


# -- structure ---------------------------------------------------------------------
def _is_agreeing_word(tok, lex=None) -> bool:
    """A plain adjective or past participle. With ``lex``, also a word the
    parser tags as a noun where it qualifies one (``amod``) or follows an
    adjective in a coordination (``conj``), when Lexique knows its form only
    as an adjective or participle, never as a noun: spaCy's tagger follows
    the surface and takes an adjective that disagrees for a noun («des lames
    dentelé», «une barre de soutien réglables», «légers et jetable»)."""
    if tok.pos_ == "ADJ":
        pass
    elif tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"):
        if "Pres" in tok.morph.get("Tense"):
            return False     # present participles do not agree
    elif lex is None or not _adjective_tagged_noun(tok, lex):
        return False
    return _judged(tok)


def _adjective_tagged_noun(tok, lex) -> bool:
    """A word tagged as a noun that qualifies a noun or is coordinated with
    an adjective, whose form Lexique knows as an adjective or participle
    and not as a noun (nor a verb form, a determiner or a pronoun)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("amod", "conj"):
        return False
    if tok.dep_ == "conj" and not (tok.head.i < tok.i and _is_agreeing_word(tok.head)) \
            and _first_of_coordination(tok).i == tok.i:
        return False         # coordinated with a noun: a noun
    m = lex.mask(tok.text)
    if not (lx.cells(m, lx.ADJ) | lx.cells(m, lx.PART)) or lx.cells(m, lx.NOUN) or lx.cells(m, lx.DET):
        return False
    return not m & _OTHER_CLASSES


def _first_of_coordination(adj):
    """The first adjective of the coordination ``adj`` closes («solide et
    léger»: «solide»), or ``adj`` itself. The parser attaches the later
    adjective to the first one, or, when it takes it for a noun, to the
    noun itself («des lames droites et dentelé»: «dentelé» coordinated with
    «lames»); then the adjective of that noun just before the conjunction
    is the first."""
    if adj.dep_ != "conj" or adj.head.i >= adj.i:
        return adj
    head = adj.head
    if head.dep_ in ("amod", "acl"):
        return head
    if head.pos_ == "NOUN" and adj.i >= 2 and adj.nbor(-1).pos_ == "CCONJ":
        before = adj.nbor(-2)
        if before.head == head and before.dep_ in ("amod", "acl") and before.i > head.i \
                and _is_agreeing_word(before):
            return before
    return adj


def _fronted_form(tok, lex) -> bool:
    """The sentence's first word (or the first after an adverb: «Bientôt
    frustré»), that Lexique knows as an adjective or a past participle and
    not as a verb form, preposition or pronoun: the parser often takes it
    for a noun or a name there, so its class is read from the lexicon; a
    form that is also a noun («frustré») needs the parser's word too."""
    sent = tok.sent
    first = sent.start
    if tok.i != first and not (tok.i == first + 1 and tok.doc[first].pos_ == "ADV"
                               and tok.doc[first].text.lower() not in ("plus", "moins")):
        return False         # «Plus important encore, …» is a sentence adverbial
    t = tok.text
    if not t.isalpha() or len(t) < 3 or not (t.islower() or t[1:].islower()):
        return False
    m = lex.mask(t)
    if not (lx.cells(m, lx.ADJ) | lx.cells(m, lx.PART)) or lx.cells(m, lx.DET):
        return False
    if lx.cells(m, lx.NOUN) and not _is_agreeing_word(tok):
        return False         # «Président, …»: a noun unless the parser says otherwise
    return not m & _OTHER_CLASSES


def _closing_comma(pred):
    """The comma that ends a fronted adjective's phrase (its own words and
    coordinated adjectives), or None when none does within the sentence."""
    end = pred.sent.end
    for t in pred.doc[pred.i + 1:end]:
        if t.text == ",":
            return t
        if t.text in (".", ";", ":", "!", "?", "(", ")", "«", "»", '"') or t.pos_ in ("AUX",) or (
                t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")):
            return None      # a clause of its own before any comma
    return None


def _main_subject(sent, comma):
    """The nominal or pronoun subject whose phrase starts right after
    ``comma``, of a verb after it (the main clause's subject)."""
    doc = comma.doc
    for t in doc[comma.i + 1:min(sent.end, comma.i + 5)]:
        if t.dep_ in ("nsubj", "nsubj:pass") and t.left_edge.i == comma.i + 1 and t.head.i > comma.i:
            subjects = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            return t if len(subjects) == 1 else None
    return None


def _coordinated_predicate_head(tok):
    """The first adjective or participle of a coordinated predicate, for a
    later one with no subject, copula or auxiliary of its own («ils sont
    légers et portables»); None otherwise."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i or not _is_agreeing_word(head):
        return None
    if any(c.dep_.startswith(("nsubj", "cop", "aux")) for c in tok.children):
        return None          # a clause of its own: «il est grand et elle est petite»
    return head


def _coordinated_subject(host, verb, lex):
    """(first, last) noun of a subject of nouns joined by «et», each with its
    own determiner or none at all («endurance et souplesse augmentera», «le
    prix et la qualité comptent»), before the verb; None otherwise. A second
    noun without the first's determiner may be the same person or thing
    («mon collègue et ami est venu»): None; so for «ou», «ni» and
    enumerations the parser may have cut («X, Y et Z»)."""
    subjects = [c for c in host.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1:
        return None
    first = subjects[0]
    if first.pos_ != "NOUN" or first.i > verb.i:
        return None
    conjuncts = [c for c in first.children if c.dep_ == "conj"]
    if len(conjuncts) != 1:
        return None
    last = conjuncts[0]
    if last.pos_ != "NOUN" or last.i > verb.i or verb.i - last.i > MAX_SUBJECT_DISTANCE:
        return None
    ccs = [c for c in last.children if c.dep_ == "cc"]
    if len(ccs) != 1 or ccs[0].text.lower() != "et" or ccs[0].i != last.left_edge.i:
        return None
    if any(t.pos_ == "PUNCT" or t.pos_ in ("PRON", "SCONJ") or t.pos_ == "VERB"
           for t in first.doc[first.i + 1:verb.i]):
        return None          # a clause or an aside between: the parse is unsure
    if (_determiner(first, lex) is None) != (_determiner(last, lex) is None):
        return None
    left = first.left_edge.i
    if left > 0 and first.doc[left - 1].pos_ in ("CCONJ", "PUNCT") and first.doc[left - 1].text not in ".!?":
        return None          # part of a longer enumeration, or a coordination of clauses
    if not all(_judged(t) for t in (first, last)) or _quantity(first) or _quantity(last):
        return None
    return first, last


# Words a noun phrase read back from an adjective may contain.
_CHAIN_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "ADV"})
# Words read back at most (a long phrase is where the surface misleads).
MAX_CHAIN = 8


def _chain_before(adj, singular=False) -> list:
    """The nouns (and adjectives) of the noun phrase that ends right before
    ``adj``, read back on the surface through complements («barre de
    soutien»), articles, numbers and adverbs, to a verb, an auxiliary or the
    sentence start; empty when the phrase is cut by anything else (a
    conjunction, a comma, a pronoun, a relative), when it does not end on a
    noun or adjective, or when it is longer than MAX_CHAIN words."""
    doc, start = adj.doc, adj.sent.start
    i = adj.i - 1
    while i >= start and doc[i].pos_ == "ADV" and doc[i].text.isalpha() and doc[i].text.islower():
        i -= 1               # «un routeur entièrement isolée»
    if i < start or doc[i].pos_ not in ("NOUN", "ADJ"):
        return []
    words = []
    while i >= start and doc[i].pos_ in _CHAIN_POS:
        words.append(doc[i])
        i -= 1
        if len(words) > MAX_CHAIN:
            return []
    if i < start and start > 0 and doc[start - 1].text not in (".", "!", "?", "…", ":", ";"):
        return []            # the parser's sentence start with no sentence end before it
                             # («l'affaire Grace v. Sessions ouverte»): the phrase goes on
    if i >= start and singular and doc[i].text.lower() in ("et", "ou", ",") and doc[i + 1].pos_ == "DET":
        pass                 # a singular adjective after «…, et une barre de soutien»: it agrees
                             # with the nearest noun phrase, which has its own article
    elif i >= start and (doc[i].pos_ != "VERB" or doc[i].lemma_ in ("avoir", "être")):
        return []            # a conjunction, a comma, a pronoun, a relative...; or an
                             # auxiliary, whose participle comes after an adverbial
                             # («a à maintes reprises imposé», «a encore une fois réclamé»)
    if any(not t.text.isalnum() and t.pos_ != "ADP" and t.text[-1:] not in ("'", "’") for t in words):
        return []            # a symbol or a hyphenated piece
    words.reverse()
    if words[0].pos_ == "ADP":
        return []            # the phrase is a complement of what came before the verb
    return [t for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ")]


def _subject_may_agree(adj, first, word_cells, lex) -> bool:
    """The subject of the clause before the noun phrase is one the
    adjective may be said of («elle porte le bébé seule», «vous recevrez
    les livres satisfait»): a pronoun whose spelling does not show its
    gender and number, one that agrees, or a noun that agrees."""
    for t in adj.doc[adj.sent.start:first.i]:
        if not t.dep_.startswith("nsubj"):
            continue
        if t.pos_ == "PRON":
            cells = PRONOUN_CELLS.get(t.text.lower())
            if cells is None or cells & word_cells:
                return True
        else:
            own = _phrase_cells(t, lex) if t.pos_ == "NOUN" else 0
            if not own or own & word_cells:
                return True
    return False


def _subject(host, before=None):
    """The one nominal subject of ``host`` before it (and before ``before``),
    near enough; None for coordinated or several subjects."""
    subjects = [c for c in host.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    limit = min(host.i, before.i) if before is not None else host.i
    if subj.i > limit or host.i - subj.i > MAX_SUBJECT_DISTANCE or _coordinated(subj):
        return None
    if any(c.dep_ == "cc" for c in subj.children):
        return None          # «ragoût et le piment doivent»: the last noun of a coordination
    if _conjunction_between(subj, host):
        return None
    left = subj.left_edge.i
    if left > 0 and subj.doc[left - 1].pos_ == "CCONJ":
        return None          # «X et la direction ont»: the parser took half a coordination
    if any("Rel" in t.morph.get("PronType") for t in subj.doc[max(subj.sent.start, left - 4):left]):
        return None          # «les sentiments qui entourent cette affaire ont»: a relative
                             # clause ends just before the verb; its object is no subject
    return subj


def _antecedent(rel, verb, lex):
    """The noun a relative «qui» stands for: the head of its relative clause."""
    clause = verb
    while clause.dep_ not in ("acl:relcl", "ROOT") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "acl:relcl" or (clause.head.pos_ not in ("NOUN", "PRON", "PROPN")
                                      and not _noun_tagged_verb(clause.head, lex)):
        return None
    if _coordinated(clause.head) or _conjunction_between(clause.head, rel):
        return None          # «le conducteur et sa passagère, qui étaient»
    return clause.head


def _quantity(noun) -> bool:
    """A collective or quantity noun, singular or plural (des millions de),
    with its «de» complement («une poignée de gens», «une série de
    tests»), or one that is a quantity even alone («la plupart sont
    partis»). Without a complement most of them are ordinary nouns: «la
    poignée est antidérapante», «la série est livrée»."""
    w = noun.text.lower()
    if w[-1:] in ("s", "x") and w not in QUANTITY_NOUNS:
        w = w[:-1]
    if w not in QUANTITY_NOUNS:
        return False
    return w in QUANTITIES_ALONE or any(
        g.dep_ == "case" and g.text.lower() in _DE | {"du", "des"}
        for c in noun.children if c.i > noun.i for g in c.children)


def _whole_number(tok, lex) -> int | None:
    """The value of a whole number written in digits or in words (deux..dix)."""
    t = tok.text
    if t.isdigit():
        return int(t)
    words = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
    return words.index(t.lower()) + 2 if t.lower() in words else None


#: Tokens looked back from «sur» for the first number of a ratio.
RATIO_WINDOW = 4


def _ratio_denominator(num) -> bool:
    """The second number of a ratio, «N (noun) sur M»: «huit points sur 12»,
    «trois sur quatre». M counts the noun said (or elided) after N, so the
    word after M belongs to the rest of the sentence («sur 12 dimanche»)."""
    if num.i == 0 or num.nbor(-1).text.lower() != "sur":
        return False
    sur = num.i - 1
    lo = max(num.sent.start, sur - RATIO_WINDOW)
    return any(t.like_num for t in num.doc[lo:sur])


def _shares_article(noun, lex) -> bool:
    """The noun's article may serve a coordinated noun too («les père et
    mère»); not when each noun has its own («les contrôles et la stabilité»)."""
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and _determiner(c, lex) is None
           for c in noun.children):
        return True
    if _next_is_conjunction(noun):
        after = noun.i + 2
        return not (after < len(noun.doc) and noun.doc[after].pos_ == "DET")
    return False


def _coordination_cells(noun, noun_cells, lex) -> int | None:
    """Cells an adjective after coordinated nouns may take: the nearest
    noun's, or a plural (masculine if any noun of the group may be,
    feminine if the nearest may be); None when a member is not a noun
    Lexique knows."""
    head = noun.head if noun.dep_ == "conj" else noun
    members = [head] + [c for c in head.children if c.dep_ == "conj"]
    cells = []
    for m in members:
        own = _noun_form_cells(m.text, lex) if m.pos_ == "NOUN" and _judged(m) else 0
        if not own or lx.cells(lex.mask(m.text), lx.ADJ):
            return None          # «une signature radar, infrarouge et acoustique réduite»: adjectives
        cells.append(own)
    # The adjective may qualify only the last nouns of the group («confort,
    # contrôle et alimentation adéquates»): feminine plural when the nearest
    # noun may be feminine, masculine plural when any noun may be masculine.
    plural = (lx.MP if any(c & lx.MASC for c in cells) else 0) | (
        lx.FP if noun_cells & lx.FEM else 0)
    return noun_cells | plural


def _coordinated(tok) -> bool:
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _conjunction_between(a, b) -> bool:
    """A coordinating conjunction between two tokens (a subject may be coordinated)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.pos_ == "CCONJ" for t in a.doc[lo + 1:hi])


def _next_is_conjunction(tok) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "CCONJ"


def _enumeration_follows(adj, lex) -> bool:
    """A comma and then a word that may be an adjective of the same gender
    follow: an enumeration of adjectives, each of which may be singular
    before a plural noun («les dialectes picard, normand et wallon»),
    however the parser hangs the later ones."""
    doc = adj.doc
    if adj.i + 2 >= len(doc) or doc[adj.i + 1].text != ",":
        return False
    after = doc[adj.i + 2]
    mine, theirs = _agreeing_cells(adj, lex), lx.cells(lex.mask(after.text.lower()), lx.ADJ)
    same_gender = (mine & lx.MASC and theirs & lx.MASC) or (mine & lx.FEM and theirs & lx.FEM)
    return after.text.isalpha() and after.text.islower() and bool(same_gender)


def _punct_between(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[lo + 1:hi])


def _numeral_before(tok) -> bool:
    """A number just before (or attached to) the word: «2 ans», «les 355»."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    return tok.i > 0 and tok.nbor(-1).like_num


def _determined(noun, lex) -> bool:
    """The noun has its own determiner: bare nouns in product titles and
    headlines («X gants sont») are where the parser most often picks the
    wrong subject."""
    return _determiner(noun, lex) is not None


def _opens_a_sentence(subj, verb) -> bool:
    """A bare noun that opens a full sentence and is the subject of its verb
    («Ressorts hélicoïdaux propulse la lame.»: an English bare plural kept
    without its article): the parser's subject is reliable there, unlike in
    titles and spec lines, which end without a full stop. (Asked of plural
    nouns before a singular verb only: a bare singular noun opening a
    sentence of a product text is often a name's word, «Jet nageoires ont».)"""
    sent = subj.sent
    last = sent[-1]
    return subj.i == sent.start and subj.i < verb.i and last.text in (".", "!", "?", "…") \
        and subj.text[:1].isupper() and subj.text[1:].islower()


def _copula_of_noun(tok) -> bool:
    """«être» as the copula of a noun («sont des ensembles de construction
    composé»): not an auxiliary waiting for its participle."""
    return tok.dep_ == "cop" and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def _amod_distance(adj, noun) -> int:
    """Words from the noun to its adjective after it, not counting the
    noun's own bare complement between them («plaque de cuisson
    assaisonnée»: the adjective may agree with either, and is compared
    with both) nor the adjective's adverbs («préalablement»)."""
    if adj.i < noun.i:
        return noun.i - adj.i
    skipped = set()
    for c in noun.children:
        if c.dep_ == "nmod" and noun.i < c.i < adj.i and not any(g.dep_ == "det" for g in c.children):
            skipped.update(t.i for t in c.subtree)
    skipped.update(c.i for c in adj.children if c.pos_ == "ADV" and c.i < adj.i)
    return sum(1 for i in range(noun.i + 1, adj.i + 1) if i not in skipped)


def _slashed(tok) -> bool:
    """The word is written against a slash and another word («noir/bleu»,
    «mat/brillant»): a pair named together, not an adjective agreeing alone."""
    doc = tok.doc
    after = tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "/" \
        and not doc[tok.i + 1].whitespace_
    before = tok.i >= 2 and doc[tok.i - 1].text == "/" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_
    return after or before


def _phrase_cells(noun, lex) -> int:
    """The cells a noun of the phrase fills, narrowed by its own determiner
    («un cours»: singular, where «cours» alone may be either number); 0 for
    a word Lexique does not know as a noun (a name)."""
    own = _noun_form_cells(noun.text, lex)
    if own and noun.pos_ == "NOUN" and _judged(noun):
        return _noun_cells(noun, lex) or own
    return own


def _words_before_agree(rel, cells, lex) -> bool:
    """Some word of the noun phrase before a relative «qui», read back on
    the surface to a verb or the sentence start, may be its antecedent and
    fill ``cells``: a noun that agrees, a name, a pronoun («celui de tous
    les poètes qui eut»), or a phrase cut by a conjunction (coordinated
    antecedents take a plural). The parser's antecedent is one guess among
    them («une procuration relative aux soins de santé qui vous
    permettra»: the procuration permits)."""
    doc, start = rel.doc, rel.sent.start
    i = rel.i - 1
    if i >= start and doc[i].text == ",":
        i -= 1
    if i < start or doc[i].pos_ in ("DET", "ADP"):
        return True          # «la croissance des qui causent»: no noun before it, a broken phrase
    seen = 0
    while i >= start and seen < MAX_CHAIN + 4:
        t = doc[i]
        if t.pos_ == "PROPN" and _name_after_noun(t):
            pass                 # a brand after its noun: the noun controls
        elif t.pos_ in ("NOUN", "PROPN", "PRON"):
            if t.pos_ != "NOUN":
                return True
            own = _phrase_cells(t, lex)
            if not own or own & cells:
                return True
        elif t.pos_ == "CCONJ" or t.text == ",":
            return True
        elif t.pos_ not in ("ADJ", "DET", "NUM", "ADP", "ADV"):
            return False
        i -= 1
        seen += 1
    return False


def _controller_cells(adj, lex) -> int:
    """What the parse says ``adj`` must agree with: the cells of the noun
    it qualifies, or of its subject, narrowed by the number of its copula
    («sont»: plural); 0 when the parse says nothing sure."""
    if adj.dep_ in ("amod", "acl") and adj.head.pos_ == "NOUN":
        return _noun_cells(adj.head, lex) or 0
    cells = 0
    subj = _subject(adj)
    if subj is not None:
        cells = _subject_cells(subj, lex) or 0
    for c in adj.children:
        if c.dep_ == "cop" and c.text.isalpha():
            number = _verb_number(c.text, lex)
            if number:
                cells = (cells & number) if cells else number
    return cells


def _verb_number(form: str, lex) -> int:
    """The number a 3rd-person verb form shows (``lx.SING`` or ``lx.PLUR``),
    0 when Lexique knows it in both numbers or in neither («sont»: plural)."""
    m = lex.mask(form)
    sing, plur = bool(m & lx.VERB_3S), bool(m & lx.VERB_3P)
    return 0 if sing == plur else lx.SING if sing else lx.PLUR


def _name_after_noun(tok) -> bool:
    """A name (or a run of names) written right after a common noun, with
    no article of its own: a brand or model naming the noun («des coussins
    de vinyle Kraton», «la lunette Bushnell Banner»), which the common noun
    controls, not a noun phrase of its own."""
    if tok.pos_ != "PROPN":
        return False
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].pos_ == "PROPN":
        i -= 1
    return i >= tok.sent.start and tok.doc[i].pos_ == "NOUN" and tok.doc[i].text.islower()


def _chain_agrees(noun, cells, lex, limit=None) -> bool:
    """A noun complement of ``noun``, or the noun it complements (or the one
    that one complements), or another noun of its phrase, that can fill
    ``cells`` (or that Lexique does not know: a name): «la gamme des
    produits qui sont», «le niveau d'expérience des yogis qui apprécient»,
    «deux routines d'entraînement de tout le corps qui augmentent»: the
    verb may agree with any of them. With ``limit``, only nouns before
    that word count: the nouns of a relative clause (after its «qui») or
    after the verb are none of the subject's («la mousse qui a été moulé
    pour fournir un soutien»)."""
    # Bare complements («couteau de précision») qualify, they do not control.
    chain = [t for t in noun.subtree if t is not noun and t.pos_ in ("NOUN", "PROPN")
             and (t.pos_ == "PROPN" or _determiner(t, lex) is not None)
             and (limit is None or t.i < limit)]
    up = noun
    for _ in range(2):
        if up.dep_ != "nmod":
            break
        up = up.head
        chain.append(up)
    for c in chain:
        if c.pos_ in ("NOUN", "PROPN"):
            if _name_after_noun(c):
                continue         # «la lunette Bushnell qui est conçue»: the noun controls
            own = _phrase_cells(c, lex)
            if not own or own & cells:
                return True
    return False


def _agreeing_noun_near(word, head, word_cells, lex, between=True) -> bool:
    """A noun between the two, or one the head complements, that agrees with
    the word: «le nombre de victimes civiles», «des pommes de terre cuites»,
    «taux de croissance positifs»: the adjective may belong to either."""
    lo, hi = sorted((word.i, head.i))
    window = list(word.doc[lo + 1:hi]) if between else []
    up = head
    for _ in range(2):
        if up.dep_ != "nmod" or up.head.pos_ not in ("NOUN", "PROPN"):
            break
        up = up.head
        window.append(up)
    for t in window:
        if t.i in (head.i, word.i) or t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        own = _phrase_cells(t, lex)
        if not own or own & word_cells:
            return True         # unknown to Lexique (a name) or agreeing
    return False
