"""MT403 across scripts: an English given name written as a short form where
the source transcribes the full name (or the reverse) is the same person
(the nicknames dataset); an unrelated name is still a name replaced."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names_translit import name_forms, short_form_of_source_name, translit_key


def above_info(source, target, sl="ru"):
    found = run_check(EntityMissing, target, lang="en", source=source, source_lang=sl)
    return [f for f in found if f.severity.rank > 0]


def test_forms_of_a_given_name():
    assert "anthony" in name_forms("Ant", "en")
    assert "tony" in name_forms("Anthony", "en")
    assert name_forms("Ant's", "en") == name_forms("Ant", "en")
    assert name_forms("McPartlin", "en") == ()      # a surname has none
    assert name_forms("Ant", "fr") == ()            # the dataset is English names


def test_short_form_for_a_transcribed_full_name_is_no_replacement():
    assert above_info("Уиллоуби заменит Энтони Макпартлина в роли ведущего.",
                      "Willoughby will replace Ant McPartlin as host.") == []
    # The reverse: the source transcribes the short form, the translation
    # writes the full name.
    assert above_info("Позже Боб Блеммингс выступил в Лондоне.",
                      "Later Robert Blemmings spoke in London.") == []


def test_an_unrelated_given_name_is_still_replaced():
    f, = above_info("Уиллоуби заменит Энтони Макпартлина в роли ведущего.",
                    "Willoughby will replace Fergus McPartlin as host.")
    assert "Энтони" in f.evidence["names"] and f.evidence["translation_names"] == ["Fergus"]


def test_a_form_of_a_name_the_translation_writes_anyway_is_no_excuse():
    # "Sal" is a short form of Salvador and sounds like «Сары»; but "Sarah"
    # is there already: Salvador is a name come from nowhere.
    found = above_info("Сын Сары Пэйлин, Трак Пэйлин, был арестован.",
                       "Sarah Palin's son, Track Salvador, was arrested.")
    assert [f.evidence["translation_names"] for f in found] == [["Salvador"]]


def test_forms_are_tried_only_for_a_source_in_a_cased_script():
    keys = [translit_key("Энтони", "ru")]
    assert short_form_of_source_name("Ant", "en", keys, "ru", [])
    # The same key from a Chinese, Japanese or Hindi reading: their readings
    # are looser, and a planted name's many forms meet one by chance.
    for sl in ("zh", "ja", "hi"):
        assert not short_form_of_source_name("Ant", "en", keys, sl, [])
