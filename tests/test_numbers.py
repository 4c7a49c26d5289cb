from decimal import Decimal

import pytest

from mtaudit.numbers import find_number_words, find_numbers, parse_number


def one(text, lang):
    found = find_numbers(text, lang)
    assert len(found) == 1, [n.text for n in found]
    n = found[0]
    assert text[n.start:n.end] == n.text
    return n


@pytest.mark.parametrize("text,lang", [
    ("il y a 3 200 morts", "fr"), ("il y a 3\u202f200 morts", "fr"),
    ("about 3,200 deaths", "en"), ("sebanyak 3.200 orang", "id"),
    ("rund 3.200 Menschen", "de"), ("unos 3.200 muertos", "es"), ("3200 people", "en"),
])
def test_thousands_conventions_agree(text, lang):
    assert one(text, lang).value == Decimal(3200)
    assert Decimal(3200) in one(text, lang).keys


def test_decimal_comma_and_point():
    fr, en = one("hausse de 3,5 points", "fr"), one("a rise of 3.5 points", "en")
    assert fr.value == en.value == Decimal("3.5")
    assert fr.matches(en)


def test_ambiguous_separator_keeps_both_readings_language_first():
    de = one("3.200 Euro", "de")
    en = one("3.200 euros", "en")
    assert de.value == Decimal(3200) and en.value == Decimal("3.2")
    assert de.keys == en.keys == frozenset({Decimal(3200), Decimal("3.2")})


def test_multiple_groups_and_mixed_separators():
    assert one("3.200.000 orang", "id").value == Decimal(3200000)
    assert one("1,234,567.5 dollars", "en").value == Decimal("1234567.5")
    assert one("1.234.567,5 Euro", "de").value == Decimal("1234567.5")


@pytest.mark.parametrize("text,lang", [
    ("12 %", "fr"), ("12%", "en"), ("12 persen", "id"), ("12 per cent", "en"),
    ("12 pour cent", "fr"), ("12 Prozent", "de"), ("12 por ciento", "es"),
])
def test_percentages(text, lang):
    n = one(text, lang)
    assert n.kind == "percent" and n.value == 12 and n.text == text


def test_currencies():
    rp = one("senilai Rp 5.000", "id")
    assert (rp.kind, rp.unit, rp.text, rp.value) == ("currency", "IDR", "Rp 5.000", 5000)
    usd = one("cost $5 million", "en")
    assert usd.unit == "USD" and Decimal(5_000_000) in usd.keys
    eur = one("coûte 10 euros", "fr")
    assert eur.unit == "EUR" and eur.text == "10 euros"


def test_scale_words_match_across_languages():
    juta = one("5 juta", "id")
    millions = one("5 millions", "fr")
    assert juta.matches(millions)
    assert one("1,5 miliar", "id").matches(one("1,5 milliard", "fr"))
    assert one("1,5 miliar", "id").matches(one("1.5 billion", "en"))
    assert not one("5 juta", "id").matches(one("7 millions", "fr"))


@pytest.mark.parametrize("text,lang", [
    ("à 12 h 00", "fr"), ("à 12h00", "fr"), ("at 12:00", "en"), ("pukul 12.00 WIB", "id"), ("à 12h", "fr"),
])
def test_times_are_equal(text, lang):
    n = one(text, lang)
    assert n.kind == "time" and ("time", 12, 0) in n.keys


def test_time_differs():
    assert not one("pukul 12.30 WIB", "id").matches(one("à 13 h 30", "fr"))


def test_ordinals():
    assert one("le 1er mai", "fr").kind == "ordinal"
    assert one("the 2nd round", "en").value == 2
    assert one("putaran ke-2", "id").text == "ke-2"


def test_codes_are_not_quantities():
    for n in find_numbers("Le COVID-19, un F-16 et le G20.", "fr"):
        assert n.kind == "code"
    assert not find_numbers("voir https://example.org/page/2024/12", "fr")


def test_sentence_final_period_is_not_a_decimal():
    n = one("Il est né en 1987.", "fr")
    assert n.value == 1987 and n.text == "1987"


def test_parse_number_rejects_nothing_reasonable():
    assert parse_number("007", "fr")[0] == 7
    assert parse_number("12,50", "fr")[0] == Decimal("12.5")


def test_number_words():
    assert [v for _, _, v in find_number_words("deux ou trois fois", "fr")] == [2, 3]
    assert [v for _, _, v in find_number_words("dua belas orang", "id")] == [12]
    assert find_number_words("anything", "xx") == []


def test_number_words_memo_changes_nothing(monkeypatch):
    """The words already judged are remembered per language; a memo bounded
    to one word (cleared at every call) finds the same numbers."""
    import mtaudit.numbers as numbers
    texts = [("Il a vingt et un ans, deux sœurs et trente-six cousins.", "fr"),
             ("la trigésima sexta edición, dos veces", "es"),
             ("dua belas orang di sebelah rumah", "id"), ("ÇA FAIT İKİ DEUX", "fr")]
    found = [find_number_words(t, lang) for t, lang in texts]
    assert [v for _, _, v in found[0]] == [21, 2, 36]
    monkeypatch.setattr(numbers, "_MEMO_WORDS", 1)
    assert [find_number_words(t, lang) for t, lang in texts] == found
