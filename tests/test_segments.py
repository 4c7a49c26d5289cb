from mtaudit.segments import split_paragraphs, split_sentences, words


def test_paragraphs_are_lines_with_exact_offsets():
    text = "Titre\r\n\r\n  Premier paragraphe.  \nSecond.\n"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["Titre", "Premier paragraphe.", "Second."]
    for p in paras:
        assert text[p.start:p.end] == p.text


def test_sentences_respect_abbreviations_and_quotes():
    text = "M. Dupont est arrivé. « Il pleut ! » dit-il. Le 3 mai, tout a changé."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "M. Dupont est arrivé.", "« Il pleut ! » dit-il.", "Le 3 mai, tout a changé."]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_words_keep_apostrophes_and_hyphens():
    assert [w for _, _, w in words("l’État sud-coréen a-t-il dit")] == [
        "l’État", "sud-coréen", "a-t-il", "dit"]
