"""MT105 agreement-error: gender/number disagreement, on our own sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_check
from mtaudit.checks import CheckContext
from mtaudit.checks.agreement import AgreementError
from mtaudit.config import Config
from mtaudit.document import Document
from mtaudit.findings import Severity

DATA = Path(__file__).parent / "data" / "nlp_fr"


# (sentence, flagged span, feature that disagrees)
ERRORS = [
    ("Le gouvernement a annoncé des aides étrangère pour les régions sinistrées.", "étrangère", "number"),
    ("La décision a été prise par une commission indépendant après de longs débats.", "indépendant", "gender"),
    ("Les négociations ont été suspendu jeudi soir sans explication.", "suspendu", "number"),
    ("La ministre est arrivé à Paris lundi matin pour une réunion d'urgence.", "arrivé", "gender"),
    ("Les habitants de la ville réclament des transports public plus fréquents.", "public", "number"),
    ("Elle est parti très tôt ce matin pour rejoindre ses collègues.", "parti", "gender"),
    ("Le conseil municipal a voté une subvention important pour la rénovation du stade.", "important", "gender"),
    ("Le syndicat a obtenu un accord importants avec la direction.", "importants", "number"),
]


@pytest.mark.parametrize("text,span,feature", ERRORS, ids=[e[1] for e in ERRORS])
def test_disagreement_is_flagged_on_the_word(text, span, feature):
    found = run_check(AgreementError, text)
    assert [f.text for f in found] == [span]
    f = found[0]
    assert f.start == text.index(span) and f.end == f.start + len(span)
    assert f.severity == Severity.MINOR
    assert f.category == "grammar"
    assert feature in f.evidence
    assert f.evidence[feature]["word"] != f.evidence[feature]["head"]


def test_article_and_noun_number_disagreement_marks_the_noun():
    # The noun is marked; the article is named in the message and evidence.
    text = "Les maison du village ont été inondées par la crue."
    found = run_check(AgreementError, text)
    assert [f.text for f in found] == ["maison"]
    assert found[0].start == text.index("maison")
    assert "«Les»" in found[0].message
    assert found[0].evidence["word"] == "Les" and found[0].evidence["head"] == "maison"
    assert found[0].evidence["kind"] == "article"
    assert found[0].evidence["number"] == {"word": "plural", "head": "singular"}


def test_invariable_noun_after_singular_article_is_not_flagged():
    assert run_check(AgreementError, "Le pays a changé, le prix aussi.") == []


def test_message_names_both_words():
    found = run_check(AgreementError, ERRORS[0][0])
    assert "étrangère" in found[0].message and "aides" in found[0].message
    assert "plural" in found[0].suggestion


@pytest.mark.parametrize("text", [
    "Les aides étrangères ont été versées.",
    "Une commission indépendante a été créée.",
    "Les négociations ont été suspendues jeudi.",
    "Elle est partie tôt, ils sont arrivés tard.",
])
def test_agreeing_versions_are_clean(text):
    assert run_check(AgreementError, text) == []


@pytest.mark.parametrize("text", [
    "Le club portugais a remporté la coupe nationale.",
    "Un ciel gris couvrait la vallée depuis le matin.",
    "Le maire est heureux de cette décision.",
    "Le projet de loi a été mis aux voix mardi.",
    "Le document, inclus dans le dossier, reste confidentiel.",
])
def test_words_spelt_alike_in_singular_and_plural_show_no_number(text):
    # Their masculine singular already ends in -s or -x: spaCy may tag them
    # plural, but the spelling proves nothing.
    assert run_check(AgreementError, text) == []


def _lines(name):
    return [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_hard_clean_sentences_are_not_flagged():
    # coordinations, collective nouns, reflexives, invariable colours, nouns
    # between adjective and head, epicene nouns with their article...
    text = "\n".join(_lines("hard_clean.txt"))
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


def test_clean_news_paragraphs_are_not_flagged():
    text = "\n".join(_lines("clean_news.txt"))
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


def test_no_pipeline_means_no_finding():
    doc = Document(path="t.txt", text=ERRORS[0][0], target_lang="fr")
    assert list(AgreementError().check(doc, CheckContext(config=Config(), nlp=None))) == []


def test_metadata():
    assert AgreementError.code == "MT105"
    assert AgreementError.name == "agreement-error"
    assert AgreementError.severity == Severity.MINOR
    assert AgreementError.languages == frozenset({"fr"})


def test_foreign_sentence_parsed_by_the_french_model_is_not_flagged():
    text = "The airline cancelled dozens of flights because of a strike."
    assert run_check(AgreementError, text) == []


# -- rules read from Lexique: each error with its correct twin -------------------
LEXICON_PAIRS = [
    # determiner - noun, gender (contracted and plain articles)
    ("Le couteau dispose également d’une point de chute.",
     "Le couteau dispose également d’un point de chute.", "point"),
    ("Nous avons parlé aux banque du quartier hier.",
     "Nous avons parlé aux banques du quartier hier.", "banque"),
    # numeral - noun
    ("La tente convient pour quatre saison.", "La tente convient pour quatre saisons.", "saison"),
    # subject - verb
    ("Ces radeaux exige des frais supplémentaires.",
     "Ces radeaux exigent des frais supplémentaires.", "exige"),
    # relative «qui»: the antecedent is the subject
    ("Les piles qui sont inclus durent longtemps.",
     "Les piles qui sont incluses durent longtemps.", "inclus"),
    # a reduced relative after its noun
    ("Il prend des stratégies clairement rédigés.",
     "Il prend des stratégies clairement rédigées.", "rédigés"),
    # coordinated adjectives keep the noun's gender
    ("Cette affaire solide et léger est imperméable.",
     "Cette affaire solide et légère est imperméable.", "léger"),
    # adjectives between the article and the noun: the noun is marked
    ("DMT produit les plus beaux couteau du monde.",
     "DMT produit les plus beaux couteaux du monde.", "couteau"),
    # modal + être: the modal's subject
    ("Les pièces peuvent être placé dans la boîte.",
     "Les pièces peuvent être placées dans la boîte.", "placé"),
]


@pytest.mark.parametrize("wrong,right,span", LEXICON_PAIRS, ids=[p[2] for p in LEXICON_PAIRS])
def test_lexicon_rules_flag_the_error_and_not_its_twin(wrong, right, span):
    assert [f.text for f in run_check(AgreementError, wrong)] == [span]
    assert run_check(AgreementError, right) == []


@pytest.mark.parametrize("text", [
    "Les banques ont prêté aux entreprises de la région.",      # «aux» is plural
    "Il a parlé de négociations longues et difficiles.",          # «de» says nothing
    "Les taux de croissance positifs rassurent les marchés.",     # complement noun
    "Les moyen et long termes restent incertains.",               # coordinated adjectives
    "Il a suivi un cours de chimie et une fois par semaine du sport.",   # cours, fois
    "Elles sont en réalité identiques.",                           # a set phrase
    "Des millions de personnes auraient été tuées.",              # quantity noun
    "Il a acheté un repose-pieds et un tournevis cruciforme.",    # compound, epicene
    "Les sentiments qui entourent cette affaire ont été vifs.",   # relative clause
    "La juge a été nommée par le ministre.",                      # feminised noun
    "Il mesure 1,5 mètre et pèse 2 kg.",                          # decimal, unit
    "Elle avait par la suite accepté un règlement à l'amiable.",   # the auxiliary's participle
    "Les secteurs public et privé sont touchés.",                  # coordinated singular adjectives
])
def test_clean_sentences_with_the_traps_lexicon_rules_allow(text):
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


def test_the_second_number_of_a_ratio_counts_the_first_numbers_noun():
    # «huit points sur 12»: «12» counts the points; «dimanche» is the day.
    ok = "Les Américains doivent marquer huit points sur 12 dimanche lors des simples."
    assert run_check(AgreementError, ok) == []
    # Without a first number, «sur 3 jour» is a plain numeral before a singular noun.
    bad = "Le stage se déroule sur trois jour en mars."
    assert [f.text for f in run_check(AgreementError, bad)] == ["jour"]


@pytest.mark.parametrize("bad,good,span", [
    # a later adjective of a coordinated predicate is said of the same subject
    ("Les sangles sont solides et extrêmement léger.",
     "Les sangles sont solides et extrêmement légères.", "léger"),
    # nouns joined by «et», before a singular verb
    ("Comme avec tout programme, endurance et souplesse augmentera la fréquence.",
     "Comme avec tout programme, endurance et souplesse augmenteront la fréquence.", "augmentera"),
    # a two-letter noun that has a plural («an», «ans»)
    ("Les pièces sont couvertes par nos 25 an de garantie.",
     "Les pièces sont couvertes par nos 25 ans de garantie.", "an"),
])
def test_coordinated_predicates_and_subjects_and_short_nouns(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Mon collègue et ami est venu hier soir.",           # one person, one determiner
    "Le poids ou la taille compte pour les clients.",    # «ou»: either number
    "Elle est grande et il est petit.",                  # two clauses, two subjects
    "Il a couru 10 km avec 2 mn de pause.",              # unit abbreviations
])
def test_coordinations_that_allow_the_singular_are_not_flagged(text):
    assert run_check(AgreementError, text) == []


def test_an_adjective_after_a_bare_complement_of_de_is_judged():
    # «de couleur noire»: the bare noun after «de» is what the adjective qualifies,
    # or the noun it complements («tailles de tête communes»).
    for bad, span, good in (("Ce modèle est de couleur noir.", "noir", "noire"),
                            ("Le casque s'ajuste aux tailles de tête communs.", "communs", "communes")):
        assert [f.text for f in run_check(AgreementError, bad)] == [span]
        assert run_check(AgreementError, bad.replace(span, good)) == []
    # After another preposition the bare noun may be a set phrase.
    assert run_check(AgreementError, "Elles sont en réalité identiques.") == []


@pytest.mark.parametrize("bad,good,span", [
    # each noun of the coordination has its own article: «les» is for the first alone
    ("Le guide présente les avantage et les limites du modèle.",
     "Le guide présente les avantages et les limites du modèle.", "avantage"),
    # a noun in -e may name a woman with a feminine article of the same number,
    # not a plural one
    ("Les juge sont arrivés au tribunal.", "Les juges sont arrivés au tribunal.", "juge"),
])
def test_articles_of_coordinated_and_epicene_nouns(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


def test_one_article_for_two_nouns_and_feminised_nouns_stay_allowed():
    assert run_check(AgreementError, "Les père et mère sont venus hier.") == []
    assert run_check(AgreementError, "La juge est arrivée au tribunal.") == []


def test_an_adjective_after_coordinated_nouns():
    # plural of the group, masculine as soon as one noun is; feminine plural
    # needs the nearest noun feminine; or the nearest noun's own cells
    bad = "Le roulement élimine la friction et l'usure présents dans les cordes."
    assert [f.text for f in run_check(AgreementError, bad)] == ["présents"]
    assert run_check(AgreementError, bad.replace("présents", "présentes")) == []
    for ok in ("Il étudie la langue et la littérature françaises.",
               "Un homme et une femme âgée sont venus.",
               "Il faut du confort, du contrôle et une alimentation adéquates."):
        assert run_check(AgreementError, ok) == [], ok


def test_words_that_may_be_adjectives_make_no_coordination_of_nouns():
    text = "Le navire a une signature radar, infrarouge et acoustique réduite."
    assert run_check(AgreementError, text) == []


def test_a_bare_noun_after_de_that_is_also_a_verb_form_is_a_complement():
    # «distance» is also a form of «distancer»: after «de» it is the noun.
    bad = "La lunette permet des lectures de distance immédiat et fiables."
    assert [f.text for f in run_check(AgreementError, bad)] == ["immédiat"]
    assert run_check(AgreementError, bad.replace("immédiat", "immédiates")) == []
    # Without «de», a bare form that may be a verb stays unjudged.
    assert run_check(AgreementError, "Le prix demeure élevé cette année.") == []


@pytest.mark.parametrize("text", [
    # «les»/«la» object pronouns before their verb, not articles
    "La bande colle à vos chaussettes et les aide à rester en place.",
    "Il prend la valise et la porte jusqu'à la voiture.",
    # a verb with its object that the parser may read as an adjective
    "Pour finir, cet entraînement dure 68 minutes.",
    # «quelque chose» is masculine
    "Vous aurez envie de prendre quelque chose conçu pour durer.",
])
def test_pronouns_verbs_and_locutions_that_look_like_disagreements(text):
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


def test_the_same_words_after_a_preposition_are_articles_and_judged():
    # «avec les contrôle»: «les» after a preposition is no object pronoun
    bad = "Il a réglé le vélo avec les contrôle du guidon."
    assert [f.text for f in run_check(AgreementError, bad)] == ["contrôle"]
    assert run_check(AgreementError, bad.replace("contrôle", "contrôles")) == []


def test_quelque_chose_takes_a_masculine_adjective():
    bad = "Vous aurez envie de prendre quelque chose conçue pour durer."
    assert [f.text for f in run_check(AgreementError, bad)] == ["conçue"]


@pytest.mark.parametrize("bad,good,span", [
    # a participle that opens the sentence is said of the subject after the comma
    ("Fabriqué en cuir épais, la ceinture résiste aux chocs.",
     "Fabriquée en cuir épais, la ceinture résiste aux chocs.", "Fabriqué"),
    ("Conçu avec une fonte solide, ces haltères durent longtemps.",
     "Conçus avec une fonte solide, ces haltères durent longtemps.", "Conçu"),
    # after an adverb
    ("Bientôt frustré par les retards, la famille a ouvert sa propre usine.",
     "Bientôt frustrée par les retards, la famille a ouvert sa propre usine.", "frustré"),
])
def test_a_fronted_participle_agrees_with_the_subject_after_the_comma(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    # a clause of its own before the comma: the participle has its own subject
    "Arrivé trop tard, il est reparti aussitôt.",
    "Fabriqué en France, ce sac est solide et léger.",
    # the comma is followed by something other than the subject
    "Livré hier, depuis le dépôt, le colis était intact.",
    # the subject is a name Lexique does not know
    "Fondée en 1914, Speedo fabrique des maillots.",
])
def test_fronted_participles_that_agree_or_cannot_be_judged(text):
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


def test_plus_important_encore_is_a_sentence_adverbial():
    assert run_check(AgreementError, "Plus important encore, la lame reste affûtée.") == []


@pytest.mark.parametrize("bad,good,span", [
    # «tente» (also «tenter») and «savons» (also «savoir») tagged as verbs
    # right after their article: a verb takes no article, so they are nouns.
    ("Pour le camping, prenez une tente qui est léger et facile à monter.",
     "Pour le camping, prenez une tente qui est légère et facile à monter.", "léger"),
    ("Nous continuons à faire nos savons inégalées avec soin.",
     "Nous continuons à faire nos savons inégalés avec soin.", "inégalées"),
])
def test_a_noun_the_parser_tags_as_a_verb_after_its_article_is_judged(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Elle cherche une porte qui ferme bien.",
    "Il vous faut une montre qui est étanche.",
    "Ils tentent de choisir une voie qui est sûre.",
])
def test_verbs_and_nouns_spelt_alike_in_agreeing_sentences_stay_clean(text):
    assert run_check(AgreementError, text) == []


@pytest.mark.parametrize("bad,good,span", [
    # Plurals Lexique lacks, of singular nouns it knows (formateur, fonctionnalité).
    ("Nous proposons des formateurs fonctionnelles pour tous.",
     "Nous proposons des formateurs fonctionnels pour tous.", "fonctionnelles"),
    ("Les fonctionnalités décent du barbecue plaisent.",
     "Les fonctionnalités décentes du barbecue plaisent.", "décent"),
])
def test_a_regular_plural_of_a_known_noun_is_judged(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


def test_an_unknown_word_ending_in_s_with_no_known_singular_is_not_judged():
    # «zorglubs»: neither it nor «zorglub» is a French noun: not judged.
    assert run_check(AgreementError, "Les zorglubs bleue du village dorment.") == []


# -- words that look like a disagreement but are not (each with an error twin) --
@pytest.mark.parametrize("bad,good,span", [
    # «il y a»: the impersonal «il» is the subject, not the noun before the comma
    ("Les valves de pincement a un embout adaptateur.",
     "Pour les robinets autres que les valves de pincement, il y a un embout adaptateur.", "a"),
    # the last noun of a coordination, taken alone as the subject by the parser
    ("Le piment doit toujours être servis chaud.",
     "Il propose des pâtes façon, risotto et le gratin doivent toujours être servis chauds.", "servis"),
    # an adverb right before the noun: the article is the adverb's («un peu»)
    ("Cela vous donne une plus forte pressions sur la pédale.",
     "Cela vous donne un peu plus marge de manœuvre.", "pressions"),
])
def test_impersonal_il_coordinations_and_adverbs_before_the_noun(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Il faut compter 15 secondes maximum entre deux séries.",      # «at most»
    "Prévoyez 20 minutes maximum par séance.",
    "Se branche à la plupart douilles de type allume-cigare.",       # «la plupart»
    # a word Lexique lacks, tagged as a determiner: spaCy's features are a guess
    "Ils doivent être manipulés comme suchKeep armes à feu pointées dans une direction sûre.",
    "C’est la vie réelle bobine-en action.",
])
def test_limits_after_a_count_and_determiners_that_are_no_french_words(text):
    assert [(f.text, f.message) for f in run_check(AgreementError, text)] == []


@pytest.mark.parametrize("bad,good,span", [
    # «poignée» (a handle), «série» (a range): quantity nouns only with a «de» complement
    ("La poignée est antidérapant.", "La poignée est antidérapante.", "antidérapant"),
    ("La nouvelle série est livré avec un étui.", "La nouvelle série est livrée avec un étui.", "livré"),
    ("Le groupe ont voté contre.", "Le groupe a voté contre.", "ont"),
])
def test_a_quantity_noun_without_its_complement_is_an_ordinary_subject(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Une poignée de manifestants sont restés sur place.",
    "Une série de tests ont été menés cette semaine.",
    "Le groupe de députés ont voté contre.",
    "La plupart sont partis avant la fin.",
    "Des milliers d’autres ont été évacuées vers le sud.",       # complement «d'autres»
    "Plus d'une dizaine étaient blessés après l'accident.",      # a number noun alone
])
def test_quantity_nouns_with_their_complement_or_alone_still_let_the_plural_pass(text):
    assert run_check(AgreementError, text) == []


def test_l_ete_after_an_article_or_clitic_is_the_noun_not_the_copula():
    # «l'été» is summer: a clitic never stands before a past participle.
    assert run_check(AgreementError, "La saison reprendra l’été prochain, a promis la chaîne.") == []
    assert [f.text for f in run_check(AgreementError, "La saison est terminé depuis hier.")] == ["terminé"]


def test_the_antecedent_of_qui_may_be_two_complements_up():
    # «qui» may stand for «routines», two complements above «corps».
    assert run_check(AgreementError,
                     "Il propose deux routines d’entraînement de tout le corps qui augmentent l’endurance.") == []
    bad = "Le programme d’entraînement de tout le corps qui augmentent l’endurance est court."
    assert [f.text for f in run_check(AgreementError, bad)] == ["augmentent"]


@pytest.mark.parametrize("bad,good,span", [
    # the parser tags an adjective that disagrees as a noun; Lexique knows
    # the form only as an adjective or participle
    ("Il vend des lames dentelé pour la cuisine.", "Il vend des lames dentelées pour la cuisine.", "dentelé"),
    ("Il vend une barre de soutien réglables.", "Il vend une barre de soutien réglable.", "réglables"),
    ("Les produits sont légers et jetable.", "Les produits sont légers et jetables.", "jetable"),
    # the later adjective attached to the noun as its conjunct
    ("Il vend des lames droites et dentelé.", "Il vend des lames droites et dentelées.", "dentelé"),
])
def test_an_adjective_the_parser_tags_as_a_noun_is_judged(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Les secteurs public et privé sont touchés par la grève.",      # distributive singulars
    "Les langues française et allemande sont enseignées ici.",
    "Les pays membres ont signé un accord cadre.",                   # nouns in apposition
    "Il a pris un choix de lames droites ou dentelé.",               # «dentelé» may be the choice's
])
def test_nouns_in_apposition_and_distributive_adjectives_stay_quiet(text):
    assert run_check(AgreementError, text) == []


def test_a_noun_of_the_chain_counts_in_the_number_its_determiner_gives():
    # «cours» may be either number alone; «un cours» is singular, so a plural
    # adjective after «un cours d'eau» agrees with no noun of the chain.
    assert [f.text for f in run_check(AgreementError, "Un cours d’eau limpides traverse la région.")] \
        == ["limpides"]
    assert run_check(AgreementError, "Des cours d’eau limpides traversent la région.") == []
    assert run_check(AgreementError, "Des taux de croissance positifs rassurent les marchés.") == []


def test_colours_paired_with_a_slash_are_not_judged_alone():
    assert run_check(AgreementError, "Il propose des gants de couleurs noir/bleu et noir/gris.") == []
    assert [f.text for f in run_check(AgreementError, "Il propose des gants noir pour l'hiver.")] == ["noir"]


@pytest.mark.parametrize("bad,good,span", [
    # «sont» is the copula of «ensembles», not an auxiliary waiting for «composé»
    ("Ce sont des ensembles de construction composé de plusieurs pièces.",
     "Ce sont des ensembles de construction composés de plusieurs pièces.", "composé"),
    # the noun's own complement and the adjective's adverb do not count in the distance
    ("Cette plaque de cuisson préalablement assaisonné est prête à l’emploi.",
     "Cette plaque de cuisson préalablement assaisonnée est prête à l’emploi.", "assaisonné"),
])
def test_a_copula_of_a_noun_and_a_complement_between_leave_the_adjective_judged(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


def test_an_auxiliary_before_the_noun_phrase_still_owns_its_participle():
    assert run_check(AgreementError, "Elle avait par la suite accepté la proposition.") == []


def _parsed(words, heads, deps, pos, morphs):
    """A sentence with the parse given, as the parser sometimes makes it."""
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_noun_coordinated_after_the_adjective_leaves_it_to_the_first_noun():
    # The parser may join «tournoi» to «stratégies», after the adjective: the
    # adjective still qualifies «stratégies» alone (after both nouns it could
    # take either, as in «la langue et la littérature françaises»).
    from mtaudit import lexique as lx
    words = ["Il", "suit", "ses", "stratégies", "clairement", "rédigés", "à", "la", "table", "ou", "tournoi", "."]
    heads = [1, 1, 3, 1, 5, 3, 8, 8, 5, 10, 3, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "advmod", "acl", "case", "det", "obl:arg", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADV", "VERB", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT"]
    part = "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"
    morphs = ["", "", "Number=Plur", "Gender=Fem|Number=Plur", "", part, "", "Gender=Fem|Number=Sing",
              "Gender=Fem|Number=Sing", "", "Gender=Masc|Number=Sing", ""]
    doc = _parsed(words, heads, deps, pos, morphs)
    found = AgreementError()._attributive(doc[5], lx.table())
    assert found is not None and found[2].startswith("«rédigés» is masculine plural but qualifies «stratégies»")
    words[5] = "rédigées"
    morphs[5] = part.replace("Masc", "Fem")
    assert AgreementError()._attributive(_parsed(words, heads, deps, pos, morphs)[5], lx.table()) is None
    assert run_check(AgreementError, "La langue et la littérature françaises sont enseignées ici.") == []


@pytest.mark.parametrize("bad,good,span", [
    # an English bare plural kept without its article opens the sentence
    ("Ressorts hélicoïdaux propulse la lame vers l’avant.",
     "Ressorts hélicoïdaux propulsent la lame vers l’avant.", "propulse"),
    ("Anneaux solides peut gérer tous les besoins de montage.",
     "Anneaux solides peuvent gérer tous les besoins de montage.", "peut"),
])
def test_a_bare_plural_subject_opening_a_sentence_before_a_singular_verb(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Ressorts hélicoïdaux propulse la lame",                   # a title or spec line: no full stop
    "Fiche technique ont été publiées hier.",                  # a bare singular: a name's word as often
    "Les ressorts hélicoïdaux propulsent la lame.",
])
def test_bare_subjects_outside_full_sentences_or_singular_stay_unjudged(text):
    assert run_check(AgreementError, text) == []


@pytest.mark.parametrize("text", [
    # an enumeration of singular adjectives before a plural noun, however parsed
    "Le mot a évolué dans les dialectes picard, normand, wallon et lorrain, sans changer de sens.",
    # a participle with its auxiliary, tagged as a noun after «sa part»
    "La banque a pour sa part débloqué hier deux milliards d'euros.",
])
def test_enumerated_adjectives_and_a_participle_after_its_auxiliary_stay_quiet(text):
    assert run_check(AgreementError, text) == []


@pytest.mark.parametrize("bad,good,span", [
    # an adjective after a noun phrase that agrees with none of its nouns,
    # however the parser attaches it
    ("Le fabricant propose une housse de selle en gel rembourrés.",
     "Le fabricant propose une housse de selle en gel rembourrée.", "rembourrés"),
    ("Chaque modèle offre une coque en aluminium entièrement isolés.",
     "Chaque modèle offre une coque en aluminium entièrement isolée.", "isolés"),
    ("Le kit comprend une barre de soutien réglables.",
     "Le kit comprend une barre de soutien réglable.", "réglables"),
])
def test_an_adjective_agreeing_with_no_noun_of_the_phrase_before_it(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Le ministre a encore une fois réclamé un débat.",                 # the auxiliary's participle
    "Mais parler de gloire européenne demeure prématuré.",            # a noun that may be a verb
    "Le territoire est l'objet de diverses atteintes aux droits humains.",  # a noun tagged as adjective
    "Il a acheté une veste et un pantalon imperméables.",             # coordinated nouns
    "Le magasin vend des chaussures haute qualité.",                  # before a noun it may qualify
    "Le nombre de victimes civiles a encore augmenté.",               # agrees with the complement
])
def test_adjectives_after_a_noun_phrase_that_may_agree_stay_quiet(text):
    assert run_check(AgreementError, text) == []


def test_a_singular_adjective_after_a_coordinated_noun_phrase_agrees_with_the_nearest():
    # a singular adjective cannot take the plural of coordinated nouns: it
    # agrees with the nearest noun phrase, which has its own article
    bad = "La poussette comprend un dossier et une sangle de sécurité réglé."
    assert [f.text for f in run_check(AgreementError, bad)] == ["réglé"]
    assert run_check(AgreementError, bad.replace("réglé.", "réglée.")) == []
    # a bare coordination may be the complement of a noun before it
    assert run_check(AgreementError, "Magasin de chaussures pour enfants et adolescents très convivial.") == []


def test_the_nouns_of_a_relative_clause_are_not_its_antecedent():
    # «un soutien», after «qui», used to count as a noun the participle may agree with
    bad = ("L’intérieur est construit avec la mousse à cellules ouvertes qui a été moulé "
           "pour fournir un soutien ergonomique.")
    assert [f.text for f in run_check(AgreementError, bad)] == ["moulé"]
    assert run_check(AgreementError, bad.replace("moulé ", "moulée ")) == []


@pytest.mark.parametrize("text", [
    # the relative may belong to a noun before the parser's antecedent
    "Prévoyez une procuration relative aux soins de santé qui vous permettra de désigner une personne.",
    # coordinated antecedents
    "On distingue la sphère intime, de la sphère privée, de la sphère publique qui se définissent selon la société.",
    # no noun before «qui»: a broken phrase
    "La technologie empêche la croissance des qui causent les odeurs.",
])
def test_a_relative_whose_antecedent_may_be_another_word_stays_quiet(text):
    assert run_check(AgreementError, text) == []


def test_a_name_after_its_noun_is_not_a_noun_of_the_subject_phrase():
    # «Gravidyn» names the version; it used to count as a name the participle may agree with
    bad = "Cette version Gravidyn est livré avec trois cartouches."
    assert [f.text for f in run_check(AgreementError, bad)] == ["livré"]
    assert run_check(AgreementError, bad.replace("livré", "livrée")) == []


@pytest.mark.parametrize("bad,good,span", [
    # coordinated adjectives qualify the same noun or subject: they cannot disagree
    ("Les bandes prennent peu de place, sont mobiles et facile à utiliser.",
     "Les bandes prennent peu de place, sont mobiles et faciles à utiliser.", "facile"),
    ("Ces mécanismes sont plus forts, plus fiables et plus facile d’accès.",
     "Ces mécanismes sont plus forts, plus fiables et plus faciles d’accès.", "facile"),
])
def test_coordinated_adjectives_that_cannot_agree_with_each_other(bad, good, span):
    assert [f.text for f in run_check(AgreementError, bad)] == [span]
    assert run_check(AgreementError, good) == []


@pytest.mark.parametrize("text", [
    "Les fiches rapportent aussi la vie privée ou familiale des officiers.",
    # the earlier one is the odd one against the noun: left to the other relations
    "Elle est issue d'une famille de musiciens touareg et kabyles.",
    # singular adjectives sharing a plural noun, nominalised adjectives
    "Les secteurs public et privé ont signé l'accord.",
    "Les petits et grands apprécieront.",
    "Le premier et deuxième étage sont fermés.",
    # the middle one of an enumeration is the odd one
    "Le kit contient seize outils puissants, sécuritaire et facilement accessibles.",
])
def test_coordinated_adjectives_that_may_agree_stay_quiet(text):
    assert run_check(AgreementError, text) == []


def test_a_predicate_against_the_number_of_its_third_person_etre():
    # whatever the subject (here one the parser does not link), «sont» is plural
    bad = "Ces quai lignes sont incroyablement polyvalent et fonctionnel."
    found = [f.text for f in run_check(AgreementError, bad)]
    assert "polyvalent" in found and "fonctionnel" in found
    good = "Ces quai lignes sont incroyablement polyvalentes et fonctionnelles."
    assert not {"polyvalentes", "fonctionnelles"} & {f.text for f in run_check(AgreementError, good)}


@pytest.mark.parametrize("text", [
    "Deux fourgons de police étaient postés à l’intérieur du cordon, et un autre à l’extérieur.",
    "La commune de Bisoro est une des rares communes où la cohabitation est paisible.",
    "On est partis très tôt ce matin.",
    "Elles se sont parlé pendant des heures.",
    "Vous êtes prêt à partir, monsieur ?",
])
def test_predicates_whose_etre_says_nothing_of_their_number_stay_quiet(text):
    assert run_check(AgreementError, text) == []


def test_a_predicate_after_a_modal_and_etre_takes_the_modal_s_number():
    # «peut» is singular: its subject is the participle's, whichever it is
    bad = "La cartouche relie toutes les bouteilles d’eau populaires et peut être utilisés avec la plupart des filtres."
    assert [f.text for f in run_check(AgreementError, bad)] == ["utilisés"]
    assert run_check(AgreementError, bad.replace("utilisés", "utilisée")) == []


@pytest.mark.parametrize("text", [
    "Il faut être prudents sur la route.",          # «falloir» is impersonal
    "On peut être surpris par le résultat.",
    "Les enfants veulent être libres.",
])
def test_modals_whose_number_says_nothing_stay_quiet(text):
    assert run_check(AgreementError, text) == []
