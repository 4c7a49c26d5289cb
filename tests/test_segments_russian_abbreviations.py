"""A full stop after a Russian abbreviation written before what it qualifies
(razdel's list, less ordinary words) does not end the sentence."""
import pytest

from mtaudit.segments import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Он служил в церкви Св. Мартина. Потом уехал.",
    "Музей стоит на ул. Ленина. Вход свободный.",
    "Лекцию читал проф. Иванов. Зал был полон.",
    "Отель стоит на просп. Мира. Рядом парк.",
])
def test_abbreviation_before_a_name_does_not_end_the_sentence(text):
    assert len(texts(text)) == 2
    assert texts(text)[0].endswith(".") and texts(text)[1][0].isupper()


@pytest.mark.parametrize("text", [
    "Он упал на пол. Потом встал.",          # «пол»: the floor, an ordinary word
    "Он гордился им. Потом забыл.",         # «им»: a pronoun, though razdel lists «им.» (имени)
    "Об этом знал весь мир. Никто не спорил.",
])
def test_an_ordinary_word_before_a_full_stop_still_ends_it(text):
    assert len(texts(text)) == 2


def test_latin_text_is_untouched():
    assert texts("He met the St. Martin choir. Then he left.") == [
        "He met the St. Martin choir.", "Then he left."]
    assert texts("Il habite rue Св. Puis il part.") != []   # no error on mixed scripts
