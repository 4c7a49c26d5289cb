"""MT403 across scripts: words of the translation that are no names come
from nowhere though English writes them with a capital: a title cut short
without its full stop ("Det Insp"), a people's noun whose -ish adjective
names a language ("Dane", "Swede"), a compound of places ("US-China")."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names import aliases
from mtaudit.names_translit import no_name_in_translation, places_compound
from mtaudit.place_words import people_word


def above_info(source, target, sl="ru"):
    found = run_check(EntityMissing, target, lang="en", source=source, source_lang=sl)
    return [f for f in found if f.severity.rank > 0]


def test_people_nouns_of_languages_in_ish():
    for word in ("Dane", "Danes", "Swede", "Pole", "Poles", "Turk", "Finn", "Kurds"):
        assert people_word(word, "en"), word
    # A given name or a surname that only looks like one: "Dan" (three
    # letters), "Engle" (no word of the dictionary), "Jew" (no language).
    for word in ("Dan", "Pol", "Engle", "Sam"):
        assert not people_word(word, "en"), word


def test_title_cut_short_before_another_title():
    text = "Det Insp Bob Blemmings said the gates were damaged."
    assert no_name_in_translation("Det", text, 3, "en")
    # A given name before a name is no title ("Tom" is a dictionary name),
    # nor is a short unknown word before a long name.
    text2 = "Tom Dan Blemmings said so. Zog Blemmings did not."
    assert not no_name_in_translation("Tom", text2, 3, "en")
    assert not no_name_in_translation("Zog", text2, text2.index("Zog") + 3, "en")


def test_compound_of_places():
    alias = aliases("ru", "en")
    assert places_compound("US-China", "en", alias)
    assert places_compound("Russia-Ukraine", "en", alias)
    for word in ("Smith-Jones", "US-based", "Rhein-Neckar-Arena", "China"):
        assert not places_compound(word, "en", alias), word


def test_clean_ru_en_lines_are_quiet():
    assert above_info("В результате были повреждены ворота, сообщает инспектор уголовной полиции Боб Блеммингс.",
                      "Det Insp Bob Blemmings said damage was caused to the gates.") == []
    assert above_info("Датчанин дебютировал в матче 1997 года в Вальдерраме.",
                      "The Dane made his debut in the 1997 match at Valderrama.") == []
    assert above_info("Каким образом торговая война с Америкой может быть полезна для Пекина",
                      "How the US-China trade war may be good for Beijing") == []


def test_a_name_in_their_place_is_still_found():
    found = above_info("В результате были повреждены ворота, сообщает инспектор уголовной полиции Боб Блеммингс.",
                       "Insp Bob Hartley said damage was caused to the gates.")
    assert found and "Hartley" in {f.text for f in found}


def test_party_named_after_a_doctrine_in_ive():
    from mtaudit.names_translit import derived_in_source, translit_key
    keys = [translit_key(w, "ru") for w in ("консерваторов", "проблем", "партии")]
    assert derived_in_source("Conservatives", keys, "ru")
    assert derived_in_source("Conservative", keys, "ru")
    # Without a source word of that stem, no derivation.
    assert not derived_in_source("Progressives", keys, "ru")
    assert above_info("Член партии лорд Адонис критиковал консерваторов из-за проблем с приложением.",
                      "Peer Lord Adonis mocked the Conservatives for the issues with an app.") == []
