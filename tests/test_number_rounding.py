"""MT401 on measures rounded otherwise (pairs written for these tests): a
measure is often itself a rounded conversion ("85 mph" became "136 km/h" in
one language, "135 km/h" in another), so two values of ONE unit whose
rounding intervals meet are a note; counts and money stay exact. Also:
temperature differences between Fahrenheit and Celsius, a number converted
by a number of the other side that also stands for a repetition, and number
words with a unit ("two-foot"). Each quiet case has a twin with a real error
that is still found."""
from decimal import Decimal

from conftest import run_check

from mtaudit.checks.number_mismatch import (NumberMismatch, _approximate, _half_unit, _numbers,
                                            _unit_of)
from mtaudit.findings import Severity


def found(source, target, sl, tl):
    return run_check(NumberMismatch, target, lang=tl, source=source, source_lang=sl)


def serious(source, target, sl, tl):
    return [f.text for f in found(source, target, sl, tl) if f.severity != Severity.INFO]


def notes(source, target, sl, tl):
    return [f for f in found(source, target, sl, tl) if f.severity == Severity.INFO]


def test_half_unit_of_the_last_digit():
    assert _half_unit(Decimal("136")) == Decimal("0.5")
    assert _half_unit(Decimal("1.5")) == Decimal("0.05")
    assert _half_unit(Decimal("300")) == Decimal("0.5")     # "300" alone may be exact
    # marked approximate, a round number is rounded: 50, at most 12 %
    assert _half_unit(Decimal("300"), approximate=True) == Decimal("36")
    assert _half_unit(Decimal("20"), approximate=True) == Decimal("2.4")


def test_approximation_words():
    for text, lang, want in (("in ca. 27 Meter Entfernung", "de", True),
                             ("à 30 mètres environ des buts", "fr", True),
                             ("à environ 1,5 km", "fr", True), ("unos 12 grados", "es", True),
                             ("约30公里", "zh", True), ("30公里左右", "zh", True),
                             ("sekitar 5 km", "id", True), ("около 40 км", "ru", True),
                             ("dans un périmètre de 300 km", "fr", False),
                             ("the 200 metres final", "en", False)):
        nums = _numbers(text, lang, [])
        n = next(x for x in nums if not x.m.weak)
        assert _approximate(text, n, lang, nums) is want, text


def test_speed_rounded_otherwise_is_a_note():
    de = "Der Sturm erreichte am Morgen Windgeschwindigkeiten von 136 km/h."
    fr = "La tempête a atteint dans la matinée des vents de 135 km/h."
    assert serious(de, fr, "de", "fr") == []
    assert [f.evidence["kind"] for f in notes(de, fr, "de", "fr")] == ["rounding"]
    assert serious(de, fr.replace("135", "165"), "de", "fr") == ["165"]
    assert serious(de, fr.replace("135", "138"), "de", "fr") == ["138"]


def test_distance_rounded_to_a_round_number_where_a_word_says_so():
    de = "Das Schiff kam bis auf etwa 320 Kilometer an die Küste heran."
    fr = "Le navire s’est approché à environ 300 km de la côte."
    assert serious(de, fr, "de", "fr") == []
    assert serious(de, fr.replace("300", "200"), "de", "fr") == ["200"]
    # without one, a round number is exact: "200" is not "207" rounded
    de = "Er gewann 1996 das Rennen über 200 Meter."
    fr = "Il a remporté en 1996 la course du 207 mètres."
    assert serious(de, fr, "de", "fr") == ["207"]


def test_approximate_distance_and_temperature():
    de = "Er stand ca. 27 Meter vom Tor entfernt, bei sonnigen 27 Grad."
    fr = "Il se trouvait à 30 mètres environ des buts, par un soleil de 26 degrés."
    assert serious(de, fr, "de", "fr") == []
    assert serious(de, fr.replace("26 degrés", "21 degrés"), "de", "fr") == ["21"]


def test_counts_and_money_are_exact():
    de = "Am Freitag kamen 136 Menschen und zahlten 290 Euro."
    fr = "Vendredi, 135 personnes sont venues et ont payé 295 euros."
    assert serious(de, fr, "de", "fr") == ["135", "295 euros"]


def test_other_units_are_not_roundings():
    # 27 Meter against 26 km: one dimension, another unit, no conversion
    de = "Die Brücke ist 27 Meter lang."
    assert serious(de, "Le pont mesure 26 km de long.", "de", "fr") == ["26"]


def test_temperature_difference_fahrenheit_to_celsius():
    en = "New York could reach 80 degrees on Tuesday, about 10 degrees above average."
    de = "New York könnte am Dienstag 27 Grad erreichen, etwa 6 Grad über dem Durchschnitt."
    assert serious(en, de, "en", "de") == []
    assert serious(en, de.replace("6 Grad", "16 Grad"), "en", "de") == ["16"]


def test_conversion_by_a_number_repeated_elsewhere():
    # the English "10" also stands for the Spanish second "10": the 25 cm are
    # still the 10 inches
    es = ("Caerán más de 25 centímetros de lluvia el lunes.\n"
          "En la costa se esperan 10 centímetros.")
    en = ("Up to 10 inches of rain will fall on Monday.\n"
          "On the coast, 4 inches are expected.")
    assert serious(es, en, "es", "en") == []
    assert serious(es.replace("25", "45"), en, "es", "en") == ["Up to 10 inches of rain will fall on Monday."]


def test_number_word_with_a_unit_converts():
    es = "Llevaba un sombrero de paja con un ala de 60 centímetros."
    en = "She wore a straw hat with a two-foot wide brim."
    assert serious(es, en, "es", "en") == []
    assert serious(es.replace("60", "90"), en, "es", "en") == [en]


def test_a_bare_word_number_converts_nothing():
    # "tres años" is no unit: 3.200 metres are not 3.2 km of years
    id_ = "Jembatan sepanjang 3.200 meter itu dibangun selama tiga tahun."
    fr = "Le pont de 3 800 mètres a été construit en trois ans."
    assert serious(id_, fr, "id", "fr") == ["3 800"]


def test_spanish_units_with_accents():
    for text, unit in (("25 centímetros", ("L", 0.01)), ("4 milímetros", ("L", 0.001)),
                       ("620 kilómetros", ("L", 1000.0))):
        nums = _numbers(text, "es", [])
        assert _unit_of(text, nums[0], nums) == unit


def test_feminine_ordinal_phrase():
    es = "Fue su trigésima sexta reunión con los vecinos desde enero."
    en = "It was her 36th meeting with residents since January."
    assert serious(es, en, "es", "en") == []
    assert serious(es, en.replace("36th", "26th"), "es", "en") == ["26th"]


def test_quarter_hour_holds_fifteen_minutes():
    es = "Morelos pidió un penalti en el minuto 15 del partido."
    en = "Morelos wanted a penalty on the quarter-hour mark."
    assert serious(es, en, "es", "en") == []
    assert serious(es.replace("15", "35"), en, "es", "en") == [en]


def test_a_number_matched_in_the_unit_converts_nothing_else():
    # "30 meters" is the source's "30 metros": it cannot also stand for "100
    # pies" and hide the changed "600 feet"
    es = "El avión se hundió a unos 30 metros (100 pies) de profundidad."
    en = "The plane sank in about 30 meters (100 feet) of water."
    assert serious(es, en, "es", "en") == []
    assert serious(es, en.replace("100 feet", "600 feet"), "es", "en") == ["600"]


def test_match_clock_past_24_minutes():
    # "27:37" is no time of day: two numbers, as "27分37秒" is
    zh = "主队重新集结，布沙尔在27分37秒再次扳平比分。"
    en = "The home side regrouped and Bouchard equalised again at 27:37."
    assert serious(zh, en, "zh", "en") == []
    assert serious(zh, en.replace("27:37", "27:57"), "zh", "en") == ["57"]
    # up to 24 minutes both still read as a time
    assert serious("他在3分35秒进球。", "He scored at 3:35.", "zh", "en") == []
