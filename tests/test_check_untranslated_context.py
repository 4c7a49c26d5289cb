"""MT101 in context: English words that French corpora know a little, a
sentence's first word, sentences glued together, and the loanwords and set
phrases that must stay quiet. Each error sentence has its correct twin."""
from __future__ import annotations

import pytest

from conftest import run_check
from mtaudit.checks.untranslated import UntranslatedWord
from mtaudit.findings import Severity


def claims(text, **kw):
    return [(f.text, f.severity) for f in run_check(UntranslatedWord, text, **kw)
            if f.severity != Severity.INFO]


@pytest.mark.parametrize("error, correct, word", [
    ("Le government a annoncé de nouvelles aides pour les agriculteurs.",
     "Le gouvernement a annoncé de nouvelles aides pour les agriculteurs.", "government"),
    ("Les syndicats ont rencontré le ministre yesterday à Paris.",
     "Les syndicats ont rencontré le ministre hier à Paris.", "yesterday"),
    ("Le bonheur des habitants passe par la happiness au travail, dit-il.",
     "Le bonheur des habitants passe par le bien-être au travail, dit-il.", "happiness"),
    ("La mairie a pris des measures pour limiter la circulation.",
     "La mairie a pris des mesures pour limiter la circulation.", "measures"),
])
def test_english_word_known_a_little_to_french_is_minor(error, correct, word):
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


def test_sentence_initial_english_word_is_judged():
    error = "However, les syndicats refusent toujours de signer l'accord."
    assert claims(error) == [("However", Severity.MINOR)]
    assert claims("Cependant, les syndicats refusent toujours de signer l'accord.") == []


def test_sentence_initial_name_is_not_judged():
    assert claims("Dan Brown publiera un nouveau roman au printemps prochain.") == []


@pytest.mark.parametrize("text", [
    "Les jeunes partent en week-end dès le vendredi soir.",
    "La start-up a levé deux millions d'euros auprès d'investisseurs.",
    "Envoyez-nous un e-mail avant la fin du mois.",
    "Le think tank estime que la flat tax a surtout profité aux ménages aisés.",
    "Le Premier ministre a fait son mea culpa après la réforme imposée manu militari.",
    "Le club de football a aménagé un parking pour les supporters.",
])
def test_loanwords_and_set_phrases_stay_quiet(text):
    assert claims(text) == []


def test_a_run_of_english_words_is_one_finding():
    text = "La réunion a été annulée because of the weather selon la mairie."
    found = claims(text)
    assert len(found) == 1 and found[0][0].startswith("because") and found[0][1] == Severity.MAJOR


def test_sentences_glued_at_a_lost_line_break():
    text = "Le filtre tient dans la poche.FeaturesThe filtre est livré avec une pochette."
    assert claims(text) == [("FeaturesThe", Severity.MAJOR)]
    found = run_check(UntranslatedWord, text)
    assert found[0].evidence["pieces"] == ["Features", "The"]


@pytest.mark.parametrize("text", [
    "Elle a présenté le diaporama sous PowerPoint devant le conseil.",
    "Le groupe PricewaterhouseCoopers a publié son rapport annuel.",
    "Les chaufferettes HotHands se glissent dans les gants.",
])
def test_brands_of_two_words_are_not_glued_sentences(text):
    assert claims(text) == []


def test_declared_source_language_judges_its_own_words_in_context():
    # Without a declared source, only English words are judged this way;
    # with one, the source's words are.
    text = "Le ministre a présenté son projet de ley devant les députés."
    assert claims(text) == []
    assert [w for w, _ in claims(text, source_lang="es")] == ["ley"]


def test_sentence_initial_word_the_document_capitalises_elsewhere_is_a_name():
    text = ("La Première ministre Theresa May a défendu son plan.\n"
            "May est arrivée à Birmingham dimanche soir.")
    assert claims(text) == []


def test_plural_of_a_rare_known_word_is_not_glue():
    # "fourball" is in the English word list, its plural is not.
    assert claims("Les Européens ont remporté les fourballs de l'après-midi.") == []
    # Two English words written as one still are.
    text = "Le vélo est livré avec des strongwheels et un manuel."
    assert [w for w, _ in claims(text)] == ["strongwheels"]


def test_capitalised_words_glued_in_a_document_that_lost_line_breaks():
    # "poundsDimensions" shows the document lost its line breaks: a lowercase
    # source word glued to the capitalised first word of the next line. A
    # capitalised token seen once there is a heading glued to the next line.
    text = ("La tente se range dans un sac de transport, qui pèse 4 poundsDimensions : 2 x 3 m.\n"
            "Elle résiste au vent. WarrantyLifetime contre les défauts de fabrication.")
    found = claims(text)
    assert [w for w, _ in found] == ["poundsDimensions", "WarrantyLifetime"]
    pieces = [f.evidence["pieces"] for f in run_check(UntranslatedWord, text)]
    assert ["Warranty", "Lifetime"] in pieces
    # The same heading in a document with its line breaks is a brand or a
    # name: nothing says a line was lost.
    twin = ("La tente se range dans un sac de transport, qui pèse 4 livres.\n"
            "Dimensions : 2 x 3 m.\nElle résiste au vent. WarrantyLifetime contre les défauts de fabrication.")
    assert claims(twin) == []


def test_a_brand_named_twice_in_a_document_that_lost_line_breaks_is_not_glue():
    text = ("Les chaufferettes HotHands se glissent dans les gants, de 2 poundsDimensions : 5 cm.\n"
            "Les HotHands chauffent pendant dix heures.")
    assert [w for w, _ in claims(text)] == ["poundsDimensions"]


@pytest.mark.parametrize("error, correct, word", [
    # French corpora know these a little, French dictionaries not at all.
    ("Le chronomètre affiche le temps du split et le temps total.",
     "Le chronomètre affiche le temps intermédiaire et le temps total.", "split"),
    ("Le vélo est livré avec tout le gear nécessaire pour la route.",
     "Le vélo est livré avec tout l'équipement nécessaire pour la route.", "gear"),
])
def test_english_word_french_dictionaries_do_not_list_is_judged(error, correct, word):
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


@pytest.mark.parametrize("text", [
    # Listed by the dictionary and frequent in French: borrowed words.
    "Les Européens étaient menés deux down après deux trous.",
    # Listed with a hyphen («basket-ball»): the same word.
    "Elle joue au basketball depuis l'âge de dix ans.",
    # A unit after a number is the unit checks' matter.
    "Le sac de frappe pèse 40 lbs une fois rempli.",
])
def test_borrowed_words_and_units_stay_quiet(text):
    assert claims(text) == []


def test_hyphenated_english_compound_is_judged_whole():
    # "ups" alone is no clear English word, beside "push" it reads as one.
    error = "Faites vingt push-ups chaque matin avant le petit déjeuner."
    assert claims(error) == [("push-ups", Severity.MINOR)]
    assert claims("Faites vingt pompes chaque matin avant le petit déjeuner.") == []
    # A compound the French dictionary lists is a loan.
    assert claims("La start-up a passé le week-end à préparer son check-up.") == []


def test_word_glued_to_a_number_at_a_lost_line_break():
    error = "Garantie limitée Warranty90 jours pièces et main-d'œuvre."
    found = run_check(UntranslatedWord, error)
    assert [(f.text, f.severity) for f in found] == [("Warranty", Severity.MAJOR)]
    assert found[0].evidence["pieces"] == ["Warranty", "90"]
    assert claims("Garantie limitée de 90 jours pièces et main-d'œuvre.") == []
    # Model codes, a unit written against its number, French words: quiet.
    assert claims("Le modèle XE6 pèse 300lbs, soit la capacité2 du modèle Covid19.") == []
    # After an elided article too: «d’eight100» is «d’» + "eight" + "100".
    found = run_check(UntranslatedWord, "Le vélo supporte un poids d’eight100 livres.")
    assert [(f.text, f.evidence["pieces"]) for f in found] == [("eight", ["eight", "100"])]
    assert claims("Le modèle d’ici100 est livré l’an 2000.") == []


def test_english_word_another_candidate_language_also_has_is_judged_as_english():
    # "snap" is Dutch too (and more frequent there): the French text
    # borrowed it from English all the same.
    found = run_check(UntranslatedWord, "Les fermoirs snap au lieu de biper une fois fermés.")
    assert [(f.text, f.severity, f.evidence["language"]) for f in found] == \
        [("snap", Severity.MINOR, "en")]
    assert claims("Les fermoirs s'enclenchent au lieu de biper une fois fermés.") == []


@pytest.mark.parametrize("error, correct, word", [
    ("Les lunettes ont été portées par Inge de Bruijn.What dans la boîte ? Deux paires de lunettes.",
     "Les lunettes ont été portées par Inge de Bruijn.Dans la boîte : deux paires de lunettes.", "What"),
    ("Le modèle est vendu par Speedo.Features : lunettes, bonnet et pince-nez.",
     "Le modèle est vendu par Speedo.Caractéristiques : lunettes, bonnet et pince-nez.", "Features"),
])
def test_english_word_opening_a_sentence_glued_to_the_last_one_is_judged(error, correct, word):
    # A sentence glued to the previous full stop (a lost line break) starts
    # with a word English writes in lower case only: a capital by rule.
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


def test_name_opening_a_sentence_glued_to_the_last_one_stays_quiet():
    # English writes "May" and "Warren" as names too: no claim.
    assert claims("La course a été gagnée par Bruijn.Warren a fini deuxième, devant Smith.") == []
    assert claims("Le discours a été prononcé par Bruijn.May a répondu le lendemain.") == []


def test_word_glued_to_a_function_word_opening_the_next_line():
    # "EverlastThe nom...": a line that ended with a name, and the next one
    # that began with "The": a lost line break, the name no excuse.
    error = "Propos EverlastThe nom Everlast est synonyme de boxe depuis un siècle."
    found = run_check(UntranslatedWord, error)
    assert [f.text for f in found] == ["The"]
    assert "Everlast + The" in found[0].message
    assert claims("Propos d'Everlast. Le nom Everlast est synonyme de boxe depuis un siècle.") == []


def test_brand_ending_like_a_function_word_stays_quiet():
    # Named twice in the document: a brand, not a lost line break.
    assert claims("Le kit SpeedoIn est vendu ici. Le kit SpeedoIn est solide et léger.") == []
    # "State" is no function word: a name of two words written together.
    assert claims("Le site RedState a publié un billet sur la campagne.") == []


# -- a capitalised English word in a French title ------------------------------

@pytest.mark.parametrize("error, correct, word", [
    ("Couteau de poche Victorinox Knife, lame en acier\nCe couteau tient dans la main.",
     "Couteau de poche Victorinox, lame en acier\nCe couteau tient dans la main.", "Knife"),
    ("Matelas gonflable Heavy Duty pour le camping\nLe matelas se gonfle en deux minutes.",
     "Matelas gonflable robuste pour le camping\nLe matelas se gonfle en deux minutes.", "Heavy Duty"),
])
def test_english_title_case_word_in_a_french_title_is_untranslated(error, correct, word):
    # A French title writes its common nouns in lower case: a capitalised
    # word the English dictionary writes in lower case only is English
    # title case carried over.
    assert [text for text, _ in claims(error)] == [word]
    assert claims(correct) == []


def test_title_word_the_document_uses_as_a_name_stays_quiet():
    # "Track" is a first name here: the article writes "Track Palin" again.
    text = ("Sarah Palin évoque le stress de son fils Track Palin pendant un meeting\n"
            "Track Palin, 26 ans, a passé un an en Irak.")
    assert claims(text) == []
    # Without that evidence, the capitalised English word is judged.
    alone = "Sarah Palin évoque le stress de son fils Track pendant un meeting\nIl a passé un an en Irak."
    assert [text for text, _ in claims(alone)] == ["Track"]


def test_names_and_sentences_are_not_titles():
    # A word the English dictionary writes as a name ("Swiss") is no title
    # case; a first line ending with a full stop is a sentence, where
    # capitals mark names.
    assert claims("Couteau Swiss de poche, lame en acier\nCe couteau tient dans la main.") == []
    assert claims("Le fabricant présente son Knife de poche.\nCe couteau tient dans la main.") == []


def test_capitalised_english_word_glued_to_a_number_is_a_lost_line_break():
    # A spec list lost its line breaks: the value that ended one line is
    # glued to the English word that began the next.
    error = "Grossissement : 10x\nObjectif : 28mmField de vue à 100 m : 30 m."
    correct = "Grossissement : 10x\nObjectif : 28mm\nChamp de vue à 100 m : 30 m."
    assert claims(error) == [("Field", Severity.MAJOR)]
    assert claims(correct) == []


@pytest.mark.parametrize("text", [
    "Charge maximale : 300lbs pour le modèle de base.",      # a unit after a number: lower case
    "Fréquence : 74Khz selon le fabricant.",                  # no English dictionary word
    "Le lot contient 3Pièces et une notice.",                 # a French word
])
def test_numbers_glued_to_units_codes_and_french_words_stay_quiet(text):
    assert claims(text) == []


def test_first_word_of_a_title_is_capitalised_by_rule():
    # A show's name at the head of a headline: the first word's capital
    # tells nothing, even before another capitalised word.
    assert claims("Still Game revient pour une dernière saison\nLa série reprend en mars.") == []


@pytest.mark.parametrize("error, correct, word", [
    ("Ouvrez le wrapper juste avant de porter les chaufferettes.",
     "Ouvrez l'emballage juste avant de porter les chaufferettes.", "wrapper"),
    ("Le vélo a de grands pneus chunky pour les sentiers.",
     "Le vélo a de grands pneus épais pour les sentiers.", "chunky"),
    ("La veste en fleece garde la chaleur même sous la pluie.",
     "La veste en polaire garde la chaleur même sous la pluie.", "fleece"),
])
def test_english_word_french_web_text_knows_but_lexique_does_not_is_no_loanword(error, correct, word):
    # French web text (and so the pipeline's vectors) has met these words,
    # but the French dictionary does not list them: English, not borrowed.
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


@pytest.mark.parametrize("text, word", [
    ("Le ringgit a perdu 3 % face au dollar depuis janvier.", "ringgit"),
    ("Le rupiah a reculé face au dollar après l'annonce de la banque centrale.", "rupiah"),
])
def test_currency_of_another_language_stays_a_loanword_hint(text, word):
    found = run_check(UntranslatedWord, text)
    assert [(f.text, f.severity) for f in found] in ([], [(word, Severity.INFO)])


def test_french_word_missing_its_accent_is_no_english_word():
    # «precautions» is «précautions» typed without its accent: MT103's
    # business, not an English word left untranslated.
    assert claims("Les patientes savent qu'il a du retard et prennent leurs precautions.") == []


def test_lost_line_break_inside_a_hyphenated_token():
    # "wheels" ended one line and "Heavy-duty" began the next, translated in
    # part: the glued part is judged as a token of its own.
    error = "Le vélo a des roues de 16 po wheelsHeavy-obligation et un cadre en acier."
    assert claims(error) == [("wheelsHeavy", Severity.MAJOR)]
    assert claims("Le vélo a des roues de 16 po et un cadre robuste en acier.") == []


@pytest.mark.parametrize("text", [
    "Le vieux Jean-Pierre a rencontré McDonald-Smith à Paris.",
    "Le groupe PricewaterhouseCoopers-France a publié son rapport annuel.",
    "Elle a présenté le diaporama sous PowerPoint-Windows devant le conseil.",
])
def test_hyphenated_names_with_a_camel_case_part_stay_quiet(text):
    assert claims(text) == []


def test_word_glued_to_an_acronym_that_ended_the_line_before():
    # "About TKO" ended a heading, "Founded in 1996, ..." began the next
    # line; the document writes the acronym alone too.
    error = "À propos de TKOFounded en 1996, TKO est un fabricant de matériel de boxe."
    found = [f for f in run_check(UntranslatedWord, error) if f.severity != Severity.INFO]
    assert [(f.text, f.severity) for f in found] == [("Founded", Severity.MAJOR)]
    assert found[0].evidence["pieces"] == ["TKO", "Founded"]
    assert claims("À propos de TKO : fondée en 1996, TKO est un fabricant de matériel de boxe.") == []


@pytest.mark.parametrize("text", [
    # a brand's word that French web text knows well too
    "Branchez la clé USBKey sur le port USB de l'ordinateur.",
    "Le film HDMovie sort en HD le mois prochain.",
    # an acronym the document never writes alone, in a document that lost no line break
    "Le fabricant TKOFounded a présenté ses nouveaux gants à Lyon.",
])
def test_acronym_glued_to_a_word_without_evidence_of_a_lost_line_stays_quiet(text):
    assert claims(text) == []


@pytest.mark.parametrize("error, correct, word", [
    # an English function word glued to a full stop: a lost line break
    ("Le système d'eau potable de Katadyn.About Katadyn de la Suisse a été le premier.",
     "Le système d'eau potable de Katadyn. Katadyn, en Suisse, a été le premier.", "About"),
    ("Versez la crème dans la Ball.Use la moitié du sel.",
     "Versez la crème dans la Ball. Utilisez la moitié du sel.", "Use"),
    # a word glued to a colon: French sets a colon apart with a space
    ("N'oubliez pas ces accessoires essentiels:Helmet (indispensable) et antivol.",
     "N'oubliez pas ces accessoires essentiels : casque (indispensable) et antivol.", "Helmet"),
])
def test_english_word_glued_to_a_full_stop_or_colon(error, correct, word):
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


@pytest.mark.parametrize("text", [
    "La lampe L.E.D. éclaire tout le camp.",
    "Rendez-vous au Texas:Houston accueille le salon cette année.",
    "Le père de St.John a été reçu par le G.I. de service.",
])
def test_initials_and_names_after_a_glued_stop_stay_quiet(text):
    assert claims(text) == []


def test_heading_glued_once_in_a_document_that_lost_line_breaks_with_a_word_french_web_text_knows():
    # "Size" is frequent in French web text (Zipf 3.1) but the French
    # dictionary does not list it: English, in a heading glued to the next
    # line ("Size" / "Fit ...") of a document that lost line breaks.
    error = "Poids : 12 poundsDimensions : 40 cm. La SizeFit de droit est cruciale pour le confort."
    assert ("SizeFit", Severity.MAJOR) in claims(error)
    assert claims("Poids : 12 livres. Dimensions : 40 cm. La bonne taille est cruciale pour le confort.") == []


@pytest.mark.parametrize("text", [
    # named twice: a brand
    "Poids : 12 poundsDimensions : 40 cm. La SizeFit est réglable ; chaque SizeFit est livrée montée.",
    # no line break lost elsewhere
    "La SizeFit de droit est cruciale pour le confort.",
])
def test_capitalised_camel_case_token_without_a_lost_break_or_repeated_is_a_brand(text):
    assert [c for c in claims(text) if c[0] == "SizeFit"] == []


@pytest.mark.parametrize("error, correct, word", [
    ("Les vélos de route et racing sont construits pour la vitesse.",
     "Les vélos de route et de course sont construits pour la vitesse.", "racing"),
    ("Le gant a un rembourrage au palm pour amortir les chocs.",
     "Le gant a un rembourrage à la paume pour amortir les chocs.", "palm"),
])
def test_english_word_no_french_dictionary_knows_needs_a_smaller_gap(error, correct, word):
    # French web text knows "racing" well (Zipf 3.7, English 4.5), but
    # neither Lexique nor the French Hunspell dictionary lists it.
    assert claims(error) == [(word, Severity.MINOR)]
    assert claims(correct) == []


@pytest.mark.parametrize("text", [
    # a French spelling without its accent: «flûte» (1990 spelling), «métal»
    "Il joue de la flute et du piano depuis l'enfance.",
    "Il a commencé comme batteur dans un groupe de thrash metal allemand.",
    # a headline's capitalised word keeps the larger gap: a name
    "Un prolongement de l'affaire Elf",
])
def test_words_french_writes_with_an_accent_and_headline_names_stay_quiet(text):
    assert claims(text) == []


@pytest.mark.parametrize("error, correct, word", [
    ("Il est beaucoup plus lightweight26-1,95 po pneus idéaux pour la route.",
     "Il est beaucoup plus léger. Pneus de 26 x 1,95 po idéaux pour la route.", "lightweight"),
    ("Roue libre : 7 vitesses, 14-28TRims : 26 x 1,5 pouces, 36 rayons.",
     "Roue libre : 7 vitesses, 14-28 T. Jantes : 26 x 1,5 pouces, 36 rayons.", "Rims"),
])
def test_word_glued_to_a_number_inside_a_hyphenated_token(error, correct, word):
    assert claims(error) == [(word, Severity.MAJOR)]
    assert claims(correct) == []


def test_hyphenated_numbers_and_codes_stay_quiet():
    assert claims("Le match se joue le 12-3 à Paris ; le modèle XE6-2019 et la norme ISO-9001 suivent.") == []
