"""MT405 source-words-copied: ordinary source words left in the translation,
judged against names, shared terms and titles; foreign scripts. Sentences
written for these tests, each error with its correct twin."""
import pytest
from conftest import run_check

from mtaudit.checks._scripts import foreign_script, letter_script
from mtaudit.checks.untranslated_source import SourceWordsCopied, _capital_runs, _title_case
from mtaudit.findings import Severity


def copied(source, target, sl, tl):
    found = run_check(SourceWordsCopied, target, lang=tl, source=source, source_lang=sl)
    for f in found:
        if f.source_start is not None:
            assert source[f.source_start:f.source_end] == f.source_text
    return found


def claims(found):
    return [f.text for f in found if f.severity != Severity.INFO]


EN = "The government announced new measures yesterday to support small farms."
FR_OK = "Le gouvernement a annoncé hier de nouvelles mesures pour soutenir les petites fermes."


def test_correct_translation_is_clean():
    assert claims(copied(EN, FR_OK, "en", "fr")) == []


def test_english_noun_left_in_french_is_found():
    target = FR_OK.replace("gouvernement", "government")
    found = copied(EN, target, "en", "fr")
    assert claims(found) == ["government"]
    f = found[0]
    assert target[f.start:f.end] == "government" and f.source_text == "government"


def test_english_function_words_count():
    source = "The government announced new measures yesterday to help small farms."
    target = "Le gouvernement a annoncé hier de nouvelles mesures to help les petites fermes."
    assert claims(copied(source, target, "en", "fr")) == ["to help"]
    # "support" is a French word too: the translation may keep it.
    target = "Le gouvernement a annoncé hier de nouvelles mesures de support aux petites fermes."
    assert claims(copied(EN, target, "en", "fr")) == []


def test_german_function_word_copied_but_french_homograph_is_not():
    source = "Die Regierung hat das Gesetz nicht verabschiedet."
    assert claims(copied(source, "Le gouvernement n'a nicht adopté la loi.", "de", "fr")) == ["nicht"]
    # "an" is German ("at") and French ("year"): a word of both languages.
    source = "Er kam an einem Montag an."
    assert claims(copied(source, "Il est arrivé un lundi, il y a un an.", "de", "fr")) == []


def test_names_and_particles_are_kept():
    source = "The Bank of England raised rates, Mother said in London."
    target = "La Bank of England a relevé ses taux, a déclaré Mother à Londres."
    found = copied(source, target, "en", "fr")
    assert claims(found) == []
    # The capitalised words are at most a hint.
    assert all(f.severity == Severity.INFO for f in found)


def test_loanwords_shared_by_both_languages_are_not_copies():
    source = "The football club opened a new parking lot for the weekend."
    target = "Le club de football a ouvert un nouveau parking pour le week-end."
    assert claims(copied(source, target, "en", "fr")) == []


def test_quoted_title_is_only_a_hint():
    source = 'She wrote "Just the Funny Parts" last year.'
    target = "Elle a écrit « Just the Funny Parts » l'an dernier."
    assert claims(copied(source, target, "en", "fr")) == []


def test_product_title_translated_in_part_leaves_copied_words():
    source = "Katrova Pocket Water Filter\nThe pocket filter cleans water on long hikes."
    target = "Filtre à eau Katrova Pocket\nLe filtre de poche nettoie l'eau pendant les longues randonnées."
    assert claims(copied(source, target, "en", "fr")) == ["Pocket"]
    # Kept whole, the product name is a choice, not an error.
    whole = "Katrova Pocket Water Filter\nLe filtre de poche nettoie l'eau pendant les longues randonnées."
    assert claims(copied(source, whole, "en", "fr")) == []


def test_title_detection():
    assert _title_case("Katrova Pocket Water Filter")
    assert _title_case("Sarah Palin Addresses Track Palin's PTSD At Rally")
    assert not _title_case("Abercrombie was out of surgery at Vanderbilt Medical Center.")
    assert not _title_case("Pentax Papilio")


def test_indonesian_sentence_start_name_is_only_a_hint():
    source = "Dan kemudian Presiden Joko Widodo tiba di Palu."
    target = "Dan Brown est ensuite arrivé à Palu avec le président Joko Widodo."
    assert claims(copied(source, target, "id", "fr")) == []


def test_foreign_script_in_english_target():
    source = "Президент заявил, что переговоры продолжатся."
    target = "The president said that переговоры would continue."
    found = copied(source, target, "ru", "en")
    assert claims(found) == ["переговоры"]
    assert found[0].evidence["words"][0]["script"] == "cyrillic"
    assert claims(copied(source, "The president said that the talks would continue.", "ru", "en")) == []


def test_chinese_left_in_french_even_when_not_in_source():
    source = "The minister visited Beijing on Monday."
    target = "Le ministre s'est rendu à 北京 lundi."
    assert claims(copied(source, target, "en", "fr")) == ["北京"]


def test_latin_names_in_russian_target_are_not_script_errors():
    source = "Apple released a new iPhone in California."
    target = "Apple выпустила новый iPhone в Калифорнии."
    assert claims(copied(source, target, "en", "ru")) == []


@pytest.mark.parametrize("word, lang, expected", [
    ("переговоры", "en", "CYRILLIC"), ("переговоры", "ru", None), ("北京", "ja", None),
    ("北京", "fr", "CJK"), ("カタカナー", "ja", None), ("µm", "fr", None), ("α", "en", None),
    ("Paris", "ru", None), ("नमस्ते", "en", "DEVANAGARI"),
])
def test_foreign_script(word, lang, expected):
    assert foreign_script(word, lang) == expected


def test_letter_script():
    assert letter_script("é") == "LATIN"
    assert letter_script("ж") == "CYRILLIC"
    assert letter_script("中") == "CJK"
    assert letter_script("7") is None


def test_capital_runs_keep_short_links_inside_names():
    text = "The Bank of England sells the Katrova Pocket Water Filter, made in London."
    runs = [" ".join(w for _, _, w in r) for r in _capital_runs(text, 0, len(text))]
    assert runs == ["The Bank of England", "Katrova Pocket Water Filter", "London"]


def test_part_of_a_source_compound_copied_alone():
    source = "The mask has a flexible bottom with insert-molded venting."
    target = "Le masque a un bas souple avec insert moulé d'aération."
    found = copied(source, target, "en", "fr")
    assert claims(found) == ["insert"]
    assert found[0].source_text == "insert"
    assert claims(copied(source, "Le masque a un bas souple avec aération moulée.", "en", "fr")) == []


def test_source_word_inside_a_long_french_quotation_is_found():
    source = 'He said: "We think the plan is good for the whole region."'
    target = "Il a déclaré : « Nous think que le projet est bon pour toute la région. »"
    assert claims(copied(source, target, "en", "fr")) == ["think"]


def test_clear_copy_in_a_product_title_whose_name_was_translated_in_part():
    # "Classic" became «classique», a word French shares a little, so the
    # name was treated as words: "Tiny", clearly English, was left.
    source = "Ravello Flyer Classic Tiny Trike\nThe tiny trike is built for toddlers."
    target = "Ravello Flyer classique Tiny Trike\nLe petit tricycle est conçu pour les tout-petits."
    assert claims(copied(source, target, "en", "fr")) == ["Tiny"]
    # The whole name kept as it is: a choice.
    whole = "Ravello Flyer Classic Tiny Trike\nLe petit tricycle est conçu pour les tout-petits."
    assert claims(copied(source, whole, "en", "fr")) == []


def test_name_inside_a_headline_stays_a_hint():
    # A headline's capitals join names and words into one long run: the
    # name kept whole in it ("World Wide Web") tells nothing.
    source = "The Inventor of the World Wide Web Plans to Start a New Internet\nHe spoke on Monday."
    target = "L'inventeur du World Wide Web envisage de lancer un Nouvel Internet\nIl a parlé lundi."
    assert claims(copied(source, target, "en", "fr")) == []


def test_word_french_borrowed_is_not_reported_alone():
    # «down» is in the French dictionary and common in French text (golf,
    # slang): copied alone it is a loan; inside a run of copies it counts.
    source = "The golfers were two down after two holes, but they never gave up."
    target = "Les golfeurs étaient menés deux down après deux trous, mais ils n'ont jamais abandonné."
    assert copied(source, target, "en", "fr") == []
    run = "Les golfeurs étaient menés two down after deux trous, mais ils n'ont jamais abandonné."
    assert claims(copied(source, run, "en", "fr")) == ["two down after"]


# The source decides what a capitalised copy in a product title is: an
# ordinary word capitalised for title case, or a name.
TITLE = "Kelvaro Lock Cores for Kelvaro Rooftop Car Racks\n"
TITLE_FR = "Kelvaro Lock Core pour supports de voiture sur le toit Kelvaro\n"


def test_ordinary_word_of_a_product_title_left_in_its_translation():
    # "Lock" is written in lower case by the English dictionary, the source
    # never writes it with a capital in running text, and "Cores" was
    # translated: the title was translated around an ordinary word.
    source = TITLE + "These cores fit every lock of the rack."
    target = TITLE_FR + "Ces barillets vont dans chaque serrure du support."
    assert claims(copied(source, target, "en", "fr")) == ["Lock"]


def test_title_word_the_source_capitalises_in_running_text_is_a_name():
    # "The Lock Cores fit...": capitalised inside a sentence, the source
    # uses the words as a product name.
    source = TITLE + "The Lock Cores fit every rack."
    target = TITLE_FR + "Les Lock Cores vont sur chaque support."
    assert claims(copied(source, target, "en", "fr")) == []


def test_title_name_kept_whole_stays_a_hint():
    source = TITLE + "These cores fit every lock of the rack."
    target = "Kelvaro Lock Cores pour supports de voiture sur le toit Kelvaro\n" \
             "Ces barillets vont dans chaque serrure du support."
    assert claims(copied(source, target, "en", "fr")) == []


def test_headline_name_of_ordinary_words_kept_whole_stays_a_hint():
    # A news organisation named with ordinary words ("trust" is one) and
    # kept whole in a translated headline is a name, not a copy.
    source = "National Trust Opens Its Historic Gardens to Visitors for the Summer\n" \
             "The gardens will be open every day."
    target = "Le National Trust ouvre ses jardins historiques aux visiteurs pour l'été\n" \
             "Les jardins seront ouverts tous les jours."
    assert claims(copied(source, target, "en", "fr")) == []


def test_show_name_of_ordinary_words_kept_at_the_head_of_a_headline_stays_a_hint():
    # "Open Road" is a programme's name kept whole at the head of a title-
    # case headline; the headline's capital run "Open Road Returns" was
    # translated around it ("revient"), which is no sign of words left
    # untranslated.
    source = "Open Road Returns for a Second Season on Irish Radio\nThe show starts in May."
    target = "Open Road revient pour une deuxième saison sur la radio irlandaise\n" \
             "L'émission commence en mai."
    assert claims(copied(source, target, "en", "fr")) == []
    # The words of the headline itself left in English are reported.
    left = "Open Road revient pour une Second Season sur la radio irlandaise\n" \
           "L'émission commence en mai."
    assert claims(copied(source, left, "en", "fr")) == ["Season"]


def test_title_word_the_dictionary_knows_as_a_name_stays_a_hint():
    # "Swiss" is written with a capital only (a name's adjective).
    source = "Victorinox Swiss Champ Pocket Tool for Hikers\nA tool for every trip."
    target = "Outil de poche Victorinox Swiss pour randonneurs\nUn outil pour chaque voyage."
    assert "Swiss" not in claims(copied(source, target, "en", "fr"))


def test_ordinary_word_copied_at_a_sentence_start_is_reported():
    # "Made" opens the sentence in both texts: a capital by rule, and the
    # English dictionary writes "made" in lower case only.
    source = "The sails are light and strong. Made in France from recycled cloth, they last for years."
    target = "Les voiles sont légères et solides. Made en France en toile recyclée, elles durent des années."
    assert claims(copied(source, target, "en", "fr")) == ["Made"]
    twin = "Les voiles sont légères et solides. Fabriquées en France en toile recyclée, elles durent des années."
    assert claims(copied(source, twin, "en", "fr")) == []


def test_name_copied_at_a_sentence_start_stays_a_hint():
    # "Flake" is a name here: the source writes it with a capital inside a
    # sentence ("Senator Jeff Flake").
    source = "The vote was delayed by Senator Jeff Flake. Flake wanted a week of inquiry first."
    target = "Le vote a été retardé par le sénateur Jeff Flake. Flake voulait d'abord une semaine d'enquête."
    assert claims(copied(source, target, "en", "fr")) == []
    # Followed by a capitalised word: the start of a longer name.
    source = "The sails are light and strong. Made Easy Sails are sold in France."
    target = "Les voiles sont légères et solides. Made Easy Sails est vendu en France."
    assert claims(copied(source, target, "en", "fr")) == []


def test_copy_after_a_colon_stays_a_hint():
    # After a colon the word is a label or a heading, not a sentence start.
    source = "Caption: the sails are light and strong."
    target = "Caption : les voiles sont légères et solides."
    assert claims(copied(source, target, "en", "fr")) == []


def test_organisation_name_kept_whole_in_a_capitalised_sentence_stays_a_hint():
    # Capitals everywhere make the sentence look like a title; the name is
    # kept whole, a name the dictionary knows ("Welsh") or with its links
    # ("for", "and"): an organisation named in English, not a copy.
    source = "Jane Doe is Director of the Welsh Council of Private Colleges"
    target = "Jane Doe est directrice du Welsh Council of Private Colleges"
    assert claims(copied(source, target, "en", "fr")) == []
    source = "Norman Doe is Chairman of Citizens for Openness and Ethics in Boston"
    target = "Norman Doe est président de Citizens for Openness and Ethics à Boston"
    assert claims(copied(source, target, "en", "fr")) == []


# -- the document decides a title word -----------------------------------------

MAT_EN = "Tapas Ultra Travel Mat\nThe Tapas Ultra mat is one of our best mats. Roll the mat after use."


def test_title_word_the_source_writes_in_lower_case_and_the_translation_translated():
    # "Mat" is a French word too ("mat", dull), so frequencies leave it open;
    # the document settles it: the source writes "mat" in its text, the
    # translation translated it there («le tapis») and translated the name
    # holding it in part ("Travel").
    error = ("Tapas Ultra voyage Mat\nLe tapis Tapas Ultra est l'un de nos meilleurs tapis. "
             "Roulez le tapis après usage.")
    correct = ("Tapis de voyage Tapas Ultra\nLe tapis Tapas Ultra est l'un de nos meilleurs tapis. "
               "Roulez le tapis après usage.")
    assert claims(copied(MAT_EN, error, "en", "fr")) == ["Mat"]
    assert claims(copied(MAT_EN, correct, "en", "fr")) == []
    # The name kept whole is a choice, as for the other title rules.
    whole = ("Tapas Ultra Travel Mat\nLe tapis Tapas Ultra est l'un de nos meilleurs tapis. "
             "Roulez le tapis après usage.")
    assert claims(copied(MAT_EN, whole, "en", "fr")) == []


def test_title_word_the_document_uses_as_a_name_or_loanword_stays_open():
    # A name: the source capitalises it inside a sentence of its text.
    source = ("Still Game Returns for a Final Series\nThe cast of Still Game said the game "
              "was still on. Fans still love it.")
    target = ("Still Game revient pour une dernière saison\nLes acteurs de Still Game ont dit "
              "que la partie continuait. Les fans l'aiment toujours.")
    assert "Still" not in " ".join(claims(copied(source, target, "en", "fr")))
    # A loanword: the translation keeps it in lower case in its text too.
    source = "Deluxe Camping Kit\nThe kit holds a stove and two pans. Store the kit dry."
    target = "Camping Kit de luxe\nLe kit contient un réchaud et deux casseroles. Rangez le kit au sec."
    assert "Kit" not in " ".join(claims(copied(source, target, "en", "fr")))


def test_first_word_of_a_title_is_capitalised_by_rule():
    # «tsunami» is French too; at the head of the headline its capital
    # tells nothing, though the source writes "tsunami" in its text.
    source = "Tsunami Devastates an Island\nThe tsunami killed hundreds of people."
    target = "Tsunami : une île dévastée\nLa vague a tué des centaines de personnes."
    assert claims(copied(source, target, "en", "fr")) == []


@pytest.mark.parametrize("source, error, correct, word", [
    ("Attach the ball to the frame before each session.",
     "Fixez la ball au cadre avant chaque séance.",
     "Fixez la balle au cadre avant chaque séance.", "ball"),
    ("Hold the bar and pull up slowly.",
     "Tenez la barre et tirez up lentement.",
     "Tenez la barre et hissez-vous lentement.", "up"),
    ("Wear the right gear on the trail.",
     "Portez le bon gear sur le sentier.",
     "Portez le bon équipement sur le sentier.", "gear"),
])
def test_copy_no_french_dictionary_knows_needs_a_small_gap(source, error, correct, word):
    # French web text carries "ball", "up" (of «start-up»), "gear" often
    # enough that the frequency gap alone leaves them open, but neither
    # Lexique nor the French Hunspell dictionary knows them: copied from
    # the source, they are English left untranslated.
    assert claims(copied(source, error, "en", "fr")) == [word]
    assert claims(copied(source, correct, "en", "fr")) == []


def test_copy_a_french_dictionary_lists_stays_a_loan():
    # «stand», «big» (in «big data») are known to a French dictionary: a
    # borrowed word as often, left to the frequencies.
    assert claims(copied("The stand holds three bikes.", "Le stand accueille trois vélos.",
                         "en", "fr")) == []
    assert claims(copied("Big data is changing the industry.",
                         "Le big data transforme le secteur.", "en", "fr")) == []


def test_copy_no_french_dictionary_knows_after_a_number_is_left_open():
    # A count's abbreviation after a number ("6 pcs") is left to the
    # frequencies, like a unit.
    source = "The box contains 6 pcs and a carrying bag."
    assert claims(copied(source, "La boîte contient 6 pcs et un sac de transport.", "en", "fr")) == []


def test_link_after_an_ordinary_sentence_start_is_copied_too():
    # "Made" opens the line and the source writes it in lower case only:
    # an ordinary word, so "in" after it is no name's link.
    source = "Durable and light.\nMade in USA."
    assert claims(copied(source, "Solide et léger.\nMade in USA.", "en", "fr")) == ["Made in"]
    assert claims(copied(source, "Solide et léger.\nFabriqué aux USA.", "en", "fr")) == []
    # After a title line without a full stop, the line start opens a sentence too.
    source = "Ultra Pro Pocket Page Protectors 100/9\nMade in USA."
    assert claims(copied(source, "Protège-pages de poche Ultra Pro 100/9\nMade in USA.", "en", "fr")) \
        == ["Made in"]
    # A name kept whole in a sentence full of capitals stays a name.
    source = "John Edward is Director of the Scottish Council of Independent Schools."
    target = "John Edward est le directeur du Scottish Council of Independent Schools."
    assert claims(copied(source, target, "en", "fr")) == []


@pytest.mark.parametrize("source, error, correct, words", [
    ("The chin up bar fits most doors.",
     "Le menton up bar s'adapte à la plupart des portes.",
     "La barre de traction s'adapte à la plupart des portes.", "up bar"),
    ("Ready to use right out of the box.",
     "Prêt à l'emploi droit out of the box.",
     "Prêt à l'emploi dès le déballage.", "out of the box"),
])
def test_copy_beside_a_reported_copy_joins_it(source, error, correct, words):
    # «bar», «box» are French too (borrowed): alone they stay quiet, but
    # beside a reported copy, as they stand in the source, they are part
    # of the English phrase left untranslated.
    assert claims(copied(source, error, "en", "fr")) == [words]
    assert claims(copied(source, correct, "en", "fr")) == []
    assert claims(copied("The bar is open all night.", "Le bar est ouvert toute la nuit.",
                         "en", "fr")) == []


def test_capitalised_copy_no_french_dictionary_knows_is_judged_as_a_title_word():
    # "Ball" (French web text knows it, no French dictionary does) in a
    # product title translated in part: an ordinary word left untranslated.
    source = "Tachikara Ball Pressure Gauge\nThe gauge reads the pressure quickly."
    error = "Tachikara jauge Ball manomètre\nLa jauge indique la pression rapidement."
    correct = "Manomètre à ballon Tachikara\nLa jauge indique la pression rapidement."
    assert claims(copied(source, error, "en", "fr")) == ["Ball"]
    assert claims(copied(source, correct, "en", "fr")) == []
    # Beside a lowercase copy it joins the finding.
    source = "Victorinox Swiss Army Knife\nA classic Swiss Army knife for every pocket."
    target = "Couteau suisse Victorinox\nUn Swiss Army knife classique pour chaque poche."
    assert claims(copied(source, target, "en", "fr")) == ["Swiss Army knife"]


# -- a name translated in part, in running text ---------------------------------

def test_ordinary_word_of_a_name_translated_in_part_in_a_sentence():
    # "Water Filter" was translated, "Pocket" of the same name was left:
    # an English word written with a capital for the product's name.
    source = "The new Kelvo Pocket Water Filter removes bacteria from stream water."
    error = "Le nouveau filtre à eau Kelvo Pocket élimine les bactéries de l'eau des ruisseaux."
    assert claims(copied(source, error, "en", "fr")) == ["Pocket"]
    twin = "Le nouveau filtre à eau de poche Kelvo élimine les bactéries de l'eau des ruisseaux."
    assert claims(copied(source, twin, "en", "fr")) == []


def test_name_translated_in_part_as_a_name_stays_a_hint():
    # The translated part is itself capitalised beside the copy: a place
    # name given its French form in part ("Capitole Hill").
    source = "The papers were posted by an unknown person on Capitol Hill during the hearing."
    target = "Les documents ont été publiés par un inconnu au Capitole Hill pendant l'audience."
    assert claims(copied(source, target, "en", "fr")) == []
    # A name kept whole after an elided article: nothing of it was translated.
    source = "Biden said he would decide by January, the Associated Press reported."
    target = "Selon l’Associated Press, Biden a déclaré qu'il déciderait d'ici janvier."
    assert claims(copied(source, target, "en", "fr")) == []
    # Only the capitalised sentence start is missing ("The"): a word
    # capitalised by rule says nothing of the name.
    source = "Nothing went wrong. The Kelvo Pocket removes bacteria from stream water."
    target = "Rien n'a mal tourné. Le Kelvo Pocket élimine les bactéries de l'eau des ruisseaux."
    assert claims(copied(source, target, "en", "fr")) == []


# -- compounds and capitals the translation added ---------------------------------

def test_hyphenated_copy_no_french_dictionary_knows_is_reported():
    # "push-ups": French knows neither the compound nor its spelling with an
    # accent; its parts are frequent enough in French web text ("up", "ups")
    # that only the smaller gap of a word unknown to French sees it.
    source = "Do ten push-ups every morning before breakfast."
    assert claims(copied(source, "Faites dix push-ups chaque matin avant le petit déjeuner.",
                         "en", "fr")) == ["push-ups"]
    assert claims(copied(source, "Faites dix pompes chaque matin avant le petit déjeuner.",
                         "en", "fr")) == []
    # A compound French lists is a loanword of French.
    source = "We stayed at home for the week-end with the children."
    assert claims(copied(source, "Nous sommes restés à la maison pour le week-end avec les enfants.",
                         "en", "fr")) == []


def test_copy_capitalised_by_the_translation_only_is_judged_as_written_in_the_source():
    # The source writes "push-ups" in lower case: the capital the translation
    # gave it is no sign of a name.
    source = "Do ten push-ups every morning before breakfast."
    error = "Faites dix Push-ups chaque matin avant le petit déjeuner."
    assert claims(copied(source, error, "en", "fr")) == ["Push-ups"]
    # Beside another capitalised word it is part of a name the translation
    # writes as the name is written elsewhere ("Global citizen replied").
    source = "The Global Citizen Festival opened. Global citizen replied that the path would be long."
    target = "Le Global Citizen Festival a ouvert. Global Citizen a répondu que le chemin serait long."
    assert claims(copied(source, target, "en", "fr")) == []


def test_copy_capitalised_after_a_colon_by_the_translation_only():
    # The source wrote "warm-up" in lower case after its colon: the capital
    # after the translation's colon is not the rule of a sentence start.
    source = "Lower body format: warm-up (4 min.), then long stretches on the mat."
    error = "Format du bas du corps : Warm-Up (4 min.), puis de longs étirements sur le tapis."
    assert claims(copied(source, error, "en", "fr")) == ["Warm-Up"]
    twin = "Format du bas du corps : échauffement (4 min.), puis de longs étirements sur le tapis."
    assert claims(copied(source, twin, "en", "fr")) == []
    # Capitalised after the source's colon too: a label, left open.
    source = "Lower body format: Warm-Up (4 min.), then long stretches on the mat."
    assert claims(copied(source, error, "en", "fr")) == []


def test_head_noun_of_a_head_first_name_translated_before_it_stays_a_hint():
    # Indonesian puts a name's common noun first ("Bandara", airport): the
    # translation translates that head as a rule; the rest is the name.
    source = ("Rekan-rekannya melarikan diri, tetapi dia tetap di menara pemandu "
              "di Bandara Mutiara Sis Al Jufri, Palu.")
    target = ("Ses collègues ont fui, mais il est resté dans la tour de contrôle "
              "de l'aéroport Mutiara Sis Al Jufri de Palu.")
    assert claims(copied(source, target, "id", "fr")) == []
