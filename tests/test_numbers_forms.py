"""Number forms across scripts and conventions (mtaudit.numbers), on texts
written for these tests: each form agrees with its translation's form, and a
different value does not."""
from decimal import Decimal

import pytest

from mtaudit.numbers import ascii_digits, cjk_value, find_number_words, find_numbers, parse_number


def one(text, lang):
    found = [n for n in find_numbers(text, lang) if not n.weak]
    assert len(found) == 1, [n.text for n in found]
    n = found[0]
    assert text[n.start:n.end] == n.text
    return n


def values(text, lang):
    return set().union(*(n.keys for n in find_numbers(text, lang)))


@pytest.mark.parametrize("text,lang,value", [
    ("越南25年来", "zh", 25), ("第71条规定", "zh", 71), ("２５人が", "ja", 25),
    ("कुल ४५ लोग", "hi", 45), ("عدد ٤٥ شخصا", "ar", 45),
])
def test_digits_of_every_script_and_glued_to_cjk(text, lang, value):
    assert one(text, lang).value == value


@pytest.mark.parametrize("text,value", [
    ("三", 3), ("二十五", 25), ("两百", 200), ("五万", 50000), ("二〇一八", 2018),
    ("一亿五千万", 150_000_000), ("三千万", 30_000_000),
])
def test_cjk_numerals(text, value):
    assert cjk_value(text) == value


@pytest.mark.parametrize("text,lang,value", [
    ("3万人", "zh", 30000), ("1.5亿美元", "zh", 150_000_000), ("1億2,500万ポンド", "ja", 125_000_000),
    ("37万5,000ドル", "ja", 375000), ("1100 万英镑", "zh", 11_000_000),
    ("2 lakh rupees", "en", 200000), ("3 crore", "en", 30_000_000), ("12,34,567 rupees", "en", 1234567),
    ("5 mil millones", "es", 5_000_000_000), ("10 млн рублей", "ru", 10_000_000),
    ("£11million deal", "en", 11_000_000),
])
def test_scale_words_and_groupings(text, lang, value):
    assert Decimal(value) in one(text, lang).keys


def test_mil_is_a_mile_in_indonesian_not_a_thousand():
    assert Decimal(45000) not in one("sejauh 45 mil", "id").keys
    assert Decimal(45000) in one("unos 45 mil euros", "es").keys


@pytest.mark.parametrize("a,la,b,lb", [
    ("at 3 p.m. on Thursday", "en", "à 15 h ce jeudi", "fr"),
    ("At 2pm two vans", "en", "À 14 h, deux fourgons", "fr"),
    ("at 1200 GMT", "en", "à 12 h 00 GMT", "fr"),
    ("at 5.30 every day", "en", "à 17 h 30 chaque jour", "fr"),
    ("下午3点", "zh", "at 3 p.m.", "en"),
    ("um 15 Uhr", "de", "à 15 h", "fr"),
])
def test_times_12_and_24_hour(a, la, b, lb):
    assert one(a, la).matches(one(b, lb))


def test_different_times_differ():
    assert not one("at 3 p.m.", "en").matches(one("à 16 h", "fr"))
    assert not one("pukul 12.30 WIB", "id").matches(one("à 13 h 30", "fr"))


def test_decades():
    assert Decimal(80) in one("in the 1980s", "en").keys
    assert Decimal(30) in one("pada tahun 1930-an", "id").keys
    assert one("in the 1980s", "en").matches(one("dans les années 80", "fr"))


def test_roman_numerals_are_weak_ordinals():
    found = find_numbers("au XIXe siècle, sous Louis XIV", "fr")
    assert [(n.text, n.value, n.weak) for n in found] == [("XIXe", 19, True), ("XIV", 14, True)]
    # Words that look like one letter of a Roman numeral are not numbers.
    assert find_numbers("Le chat de Ce monde", "fr") == []


def test_digits_glued_to_words_are_weak_but_keep_their_value():
    n = find_numbers("der 24jährigen Frau", "de")[0]
    assert n.weak and Decimal(24) in n.keys
    n = find_numbers("der Formel-1-Boss", "de")[0]
    assert n.weak and Decimal(1) in n.keys


def test_scores_are_two_numbers():
    assert [n.value for n in find_numbers("Ayr gegen Melrose 38:17", "de")] == [38, 17]


def test_percent_forms():
    assert one("５０％", "ja").kind == "percent"
    assert one("75 per cent", "en").matches(one("75 %", "fr"))
    assert one("12 процентов", "ru").kind == "percent"


def test_ascii_digits_keeps_length():
    s = "२०१८ और ２０１８"
    assert ascii_digits(s) == "2018 और 2018" and len(ascii_digits(s)) == len(s)


def test_parse_number_indian_grouping_and_malformed():
    assert parse_number("1,23,45,678", "hi")[0] == Decimal(12345678)
    assert parse_number("1,2,3", "en")[0] is None


@pytest.mark.parametrize("text,lang,value", [
    ("une quarantaine de personnes", "fr", 40), ("cinquante ans", "fr", 50),
    ("vingt et un jours", "fr", 21), ("soixante-dix", "fr", 70), ("lima puluh orang", "id", 50),
    ("пятьдесят человек", "ru", 50), ("a dozen eggs", "en", 12), ("the fiftieth anniversary", "en", 50),
    # Russian number words declined (num2words writes the nominative only):
    # read by their dictionary forms.
    ("меньше сорока восьми", "ru", 48), ("пятидесяти двух человек", "ru", 52),
    ("в двадцать первом веке", "ru", 21), ("трёх тысяч", "ru", 3000),
    ("свыше тысячи людей", "ru", 1000),     # a scale noun alone is one of it
])
def test_number_words_from_num2words(text, lang, value):
    assert Decimal(value) in [v for _, _, v in find_number_words(text, lang)]


def test_number_word_stems_need_a_real_ending():
    # "sebelah" (next to) is not "sebelas" (eleven)
    assert find_number_words("di sebelah rumah", "id") == []


@pytest.mark.parametrize("text", ["п'ятдесяти двох людей", "п\u2019ятдесяти двох людей",
                                  "п\u02bcятдесяти двох людей"])
def test_ukrainian_apostrophe_is_inside_the_number_word(text):
    # «п'ятдесят» (fifty) keeps its apostrophe, in any of the three ways it is typed:
    # 52, not «ятдесяти» lost and 2 alone.
    assert [v for _, _, v in find_number_words(text, "uk")] == [Decimal(52)]


def test_french_apostrophe_still_ends_a_word():
    assert [v for _, _, v in find_number_words("l'un des cinquante", "fr")] == [Decimal(1), Decimal(50)]


def test_declined_russian_number_words_are_whole():
    # «сорока восьми» is 48, not 40 and 8.
    assert [v for _, _, v in find_number_words("меньше сорока восьми", "ru")] == [Decimal(48)]
    # A word that is no numeral keeps its own reading.
    assert find_number_words("он прочитал книгу", "ru") == []
