"""The shared pymorphy3 analysers: one per declining language, both installed."""
import pytest

from mtaudit import morphology


@pytest.mark.parametrize("lang,word,lemma", [
    ("ru", "Москвы", "москва"),      # genitive of a city
    ("uk", "Києва", "київ"),         # the same in Ukrainian (pymorphy3-dicts-uk)
])
def test_each_language_has_its_dictionary(lang, word, lemma):
    morph = morphology.analyser(lang)
    assert morph is not None
    best = morph.parse(word)[0]
    assert best.normal_form == lemma     # the nominative, read from the genitive
    assert "gent" in best.tag


def test_a_language_without_declension_dictionary_gets_none():
    assert morphology.analyser("fr") is None
    assert morphology.analyser(None) is None
