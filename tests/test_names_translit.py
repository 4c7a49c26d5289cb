"""Names of a source in another script (mtaudit.names_translit) and MT403 on
pairs written for these tests: each form a transcribed name takes is
matched, unrelated names are not, and a replaced name is weighed by the
traces it leaves on both sides."""
import pytest
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.findings import Severity
from mtaudit.transcription import _endings, key, sound_classes, sounds_alike, translit_key


def alike(latin, other, lang):
    return sounds_alike(key(latin), translit_key(other, lang), lang)


@pytest.mark.parametrize("latin,other,lang", [
    ("Whitehall", "Уайтхолл", "ru"),      # wh, h written kh
    ("Heather", "Хезер", "ru"),           # th written z
    ("Buchanan", "Бьюкенен", "ru"),       # vowels and a soft sign moved
    ("Bjorn", "Бьорна", "ru"),            # genitive ending
    ("McIlroy", "Макилроем", "ru"),       # instrumental ending
    ("Yale", "Йельском", "ru"),           # adjective ending; Й kept as y
    ("Hernan", "Эрнана", "ru"),           # a silent h
    ("Roe", "Роу", "ru"),                 # a short name: the same sounds
    ("Webb", "Уэбб", "ru"),               # a glide written as a vowel
    ("Wayne", "Уэйн", "ru"),
    ("Hughes", "Хьюсу", "ru"),            # silent gh, dative ending
    ("Ian", "Яну", "ru"),                 # «Яну Полтеру»: Ian Poulter, dative
    ("Lee", "Ли", "ru"),                  # a two-letter word is a key too
    ("Texas", "Техасе", "ru"),            # x read /kh/ (Spanish)
    ("Mexico", "Мехико", "ru"),
    ("Keaghan", "Киган", "ru"),           # gh read /g/ (Irish)
    ("Dianne", "Дайэнн", "ru"),           # a silent final e
    ("Ohio", "Огайо", "ru"),              # h written г, a glide between vowels
    ("Iowa", "Айова", "ru"),              # w written в
    ("Rhein-Neckar-Arena", "Рейн-Неккар-Арене", "ru"),   # a compound, whole
    ("Kavanaugh", "卡瓦诺", "zh"),         # pinyin syllables
    ("Trump", "特朗普", "zh"),
    ("Washington", "ワシントン", "ja"),     # katakana read by pykakasi
    ("Johnson", "ジョンソン", "ja"),
    ("Trump", "ट्रम्प", "hi"),              # Devanagari
    ("Buchanan", "बुकानन", "hi"),           # the inherent vowels kept; ch read /k/
    ("Hernan", "हर्नन", "hi"),
    ("Virginia", "वर्जीनिया", "hi"),         # a soft g
    ("Whitehall", "व्हाइटहॉल", "hi"),
    ("Webb", "वेब", "hi"),                  # w written v
    ("Jordan", "乔丹", "zh"),               # pinyin q is "ch"
    ("Simpson", "辛普森", "zh"),             # pinyin x is "sh"
    ("Xi", "习", "zh"),                     # a name spelt in pinyin
    ("Hibernian", "希伯尼安", "zh"),         # an r closing a syllable left out
    ("Carter", "カーター", "ja"),
    ("Washington", "वॉशिंगटन", "hi"),
])
def test_transcriptions_sound_alike(latin, other, lang):
    assert alike(latin, other, lang)


@pytest.mark.parametrize("latin,other,lang", [
    ("Breed", "Питер", "ru"),      # "-er" is no case ending: "Pit" is not a form of it
    ("Johnson", "Трампа", "ru"),
    ("Berlin", "Москвы", "ru"),
    ("Lee", "Ною", "ru"),          # a short name needs the very same sounds
    ("Webb", "Уэст", "ru"),
    ("Texas", "Тоскане", "ru"),
    ("Ohio", "Осло", "ru"),        # the same vowels, another consonant
    ("Iowa", "Айдахо", "ru"),
    ("Diane", "Дэвис", "ru"),
    ("Johnson", "特朗普", "zh"),
    ("Biden", "トランプ", "ja"),
    ("Singh", "मोदी", "hi"),
    ("Buchanan", "बोल्टन", "hi"),
    ("Simpson", "特朗普", "zh"),
    ("Jordan", "习近平", "zh"),
    ("Carter", "カーネギー", "ja"),
])
def test_other_names_do_not(latin, other, lang):
    assert not alike(latin, other, lang)


def test_endings_are_only_case_endings():
    assert "bjorn" in _endings("bjorna", "ru") and "makilro" in _endings("makilroem", "ru")
    assert _endings("piter", "ru") == ["piter"]
    assert _endings("piter", "zh") == ["piter"]   # no case endings outside inflecting languages


def test_sound_classes():
    assert sound_classes("whitehall") == sound_classes("waitehol")
    assert sound_classes("trump")[0] == "T" and "V" in sound_classes("trump")


def audit(source, target, sl, tl="en"):
    return run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)


def above_info(found):
    return [f for f in found if f.severity.rank > 0]


def test_transcribed_and_translated_names_are_clean_ru_en():
    assert above_info(audit("Министр вернулся в Уайтхолл, где его ждал Бьюкенен.",
                            "The minister went back to Whitehall, where Buchanan was waiting.",
                            "ru")) == []
    # A name translated word by word ("Белый дом") is common words on both
    # sides: no trace of a replacement.
    assert above_info(audit("Пелоси выступила в Белом доме в пятницу.",
                            "Pelosi spoke at the White House on Friday.", "ru")) == []


def test_replaced_name_ru_en_is_major():
    f, = above_info(audit("Пелоси выступила в Белом доме в пятницу.",
                          "Kavanaugh spoke at the White House on Friday.", "ru"))
    assert f.severity == Severity.MAJOR
    assert "Пелоси" in f.evidence["names"] and f.evidence["translation_names"] == ["Kavanaugh"]
    assert f.source_text.startswith("Пелоси")


def test_rare_name_from_nowhere_is_minor_ru_en():
    # No source name is missing, but the translation names someone the
    # source does not.
    f, = above_info(audit("Он выступил с речью в Лондоне.",
                          "He spoke with Fleischer in London.", "ru"))
    assert f.severity == Severity.MINOR and f.evidence["translation_names"] == ["Fleischer"]


def test_day_replaced_by_a_name_is_major_ru_en():
    # A day (lower case in Russian, a name in English) gone and a rare name
    # come: both traces of a replacement, by CLDR's names of days.
    f, = above_info(audit("Он выступил в пятницу в Лондоне.",
                          "He spoke on Fleischer in London.", "ru"))
    assert f.severity == Severity.MAJOR and f.evidence["translation_names"] == ["Fleischer"]
    assert f.evidence["names"] == ["пятницу"]
    # The twin: the day translated.
    assert above_info(audit("Он выступил в пятницу в Лондоне.",
                            "He spoke on Friday in London.", "ru")) == []


def test_name_replaced_by_a_day_is_major_ru_en():
    # A day the source does not name, in place of a name it does.
    f, = above_info(audit("Акула ранила ныряльщика у берегов Калифорнии.",
                          "A shark injured a diver off Tuesday.", "ru"))
    assert f.severity == Severity.MAJOR and "Калифорнии" in f.evidence["names"]
    assert f.evidence["translation_names"] == ["Tuesday"]
    # The twins: the name kept; a day both sides name, in another form
    # («июньской» is an adjective of «июнь»).
    assert above_info(audit("Акула ранила ныряльщика у берегов Калифорнии.",
                            "A shark injured a diver off California.", "ru")) == []
    assert above_info(audit("После июньской встречи в Сингапуре Ким уехал.",
                            "After June's meeting in Singapore, Kim left.", "ru")) == []


@pytest.mark.parametrize("word,expected", [
    ("субботу", "d:5"), ("воскресенье", "d:6"), ("сентября", "m:9"), ("июне", "m:6"),
    ("декабрьских", "m:12"),     # an adjective made of the month
    ("среди", None),             # "among": no day (среда), though it begins alike
    ("средней", None),           # "average": an adjective of its own, not of среда
    ("мартовский", "m:3"),       # a month's short stem with the suffix -ск-
    ("марксистский", None),
    ("июньской", "m:6"),
    ("суббота", "d:5"),
    ("Лондоне", None),
])
def test_calendar_words_of_a_russian_source(word, expected):
    from mtaudit.names_translit import _calendar_of
    if _calendar_of("суббота", "ru") is None:
        pytest.skip("Babel (CLDR names) is not installed")
    assert _calendar_of(word, "ru") == expected


def test_name_written_elsewhere_in_the_translation_is_not_come():
    source = "Пелоси выступила в Белом доме.\nПосле выступления она уехала."
    target = "Pelosi spoke at the White House.\nAfter the speech Pelosi left."
    assert above_info(audit(source, target, "ru")) == []


@pytest.mark.parametrize("sl,source,target", [
    ("zh", "民主党人周二在华盛顿会见了普京。", "On Tuesday, Johnson met Putin in Washington."),
    ("ja", "トランプ氏は火曜日にワシントンでプーチン氏と会談した。",
     "On Tuesday, Johnson met Putin in Washington."),
])
def test_replaced_name_caseless_source_is_info(sl, source, target):
    # Names found without capitals and matched by loose transcriptions: too
    # unsure on clean text to report above info, but reported. (In Chinese,
    # a transcription the unit does not render, 特朗普, is sure: see
    # test_names_chinese; 民主党人 is a name CC-CEDICT translates.)
    found = audit(source, target, sl)
    assert found and all(f.severity == Severity.INFO for f in found)
    assert any("Johnson" in f.evidence["translation_names"] for f in found)


def test_russian_dictionary_tells_names_from_capitalised_words():
    from mtaudit.names_translit import dictionary_standing
    if dictionary_standing("Москве", "ru") is None:
        pytest.skip("pymorphy3 with its Russian dictionary is not installed")
    assert dictionary_standing("Путиным", "ru") == "name"          # a surname, inflected
    assert dictionary_standing("Москве", "ru") == "name"           # a place
    assert dictionary_standing("Бьорна", "ru") == "name"           # unknown: a transcription
    assert dictionary_standing("Тихоокеанском", "ru") == "word"    # an adjective of a translated name
    assert dictionary_standing("Познакомившись", "ru") == "word"   # a sentence's first word
    assert dictionary_standing("Москве", "zh") is None


def test_capitalised_common_words_leave_no_trace_ru_en():
    # «Тихоокеанском» is capitalised but a common adjective: no name of the
    # source is missing, and "Pacific" is a common English word.
    assert above_info(audit("Рейс потерпел крушение в Тихоокеанском регионе.",
                            "The flight crashed in the Pacific region.", "ru")) == []


def test_devanagari_words_keep_their_vowel_signs():
    from mtaudit.names_translit import source_sound_keys
    keys = source_sound_keys("राष्ट्रपति जोको विडोडो ने कहा", "hi", 0, 28)
    assert "vidodo" in keys and "joko" in keys


def test_chinese_document_quoting_latin_names_stays_info():
    # One unit of a Chinese document is mostly Latin letters (names kept in
    # English); the document is still Chinese: its traces stay info.
    source = "威尔士议会周二开会。\nElin Jones and Plaid Cymru AMs met Tuesday."
    target = "The Welsh Assembly met on Tuesday.\nElin Jones and Plaid Cymru AMs met Fleischer."
    found = audit(source, target, "zh")
    assert all(f.severity == Severity.INFO for f in found)


@pytest.mark.parametrize("word,expected", [
    ("English", True), ("Syrian", True), ("Koreans", True), ("Japanese", True),
    ("Turks", True), ("Russian-backed", True),
    ("Syria", False), ("Germany", False), ("Christine", False), ("Brett", False), ("Ian", False),
])
def test_people_words(word, expected):
    from mtaudit.place_words import people_word
    if not people_word("English", "en"):
        pytest.skip("Babel (CLDR names) is not installed")
    assert people_word(word, "en") is expected


@pytest.mark.parametrize("word,text,expected", [
    ("I've", "I've seen it", True),          # a contraction of "I"
    ("MPs", "MPs voted", True),              # an acronym's plural
    ("PhD's", "a PhD's worth", True),
    ("Taliban-like", "Taliban-like rule", True),   # a modifier
    ("Sen", "Sen. Dianne Feinstein", True),  # a title's abbreviation
    ("Oct", "Oct. 2", True),
    ("O'Neill", "O'Neill said", False),
    ("McIlroy", "McIlroy won", False),
    ("Al-Qaeda", "Al-Qaeda said", False),
    ("Palu", "Palu. The city", False),       # a name at a sentence's end
])
def test_no_name_in_translation(word, text, expected):
    from mtaudit.names_translit import no_name_in_translation
    assert no_name_in_translation(word, text, len(word), "en") is expected


def test_forms_that_are_no_names_leave_no_trace_ru_en():
    # "I've" and "MPs" have no counterpart in the Russian source, but they
    # are no names: no name come from nowhere.
    assert above_info(audit("«Я видел это», — сказали депутаты в пятницу.",
                            "\"I've seen it,\" MPs said on Friday.", "ru")) == []
    # The twin: a rare name in their place is reported.
    found = above_info(audit("«Я видел это», — сказали депутаты в пятницу.",
                             "\"I've seen it,\" Fleischer said on Friday.", "ru"))
    assert [f.evidence["translation_names"] for f in found] == [["Fleischer"]]


def test_transcriptions_beyond_the_first_rule_are_clean_ru_en():
    # Texas «Техас» (x as kh) and Webb «Уэбб» (w as a vowel): found, no trace.
    assert above_info(audit("Уэбб задержан в Техасе.", "Webb was detained in Texas.", "ru")) == []
    # The twin: another name in Webb's place is a replacement.
    found = above_info(audit("Уэбб задержан в Техасе.", "Fleischer was detained in Texas.", "ru"))
    assert found and found[0].evidence["translation_names"] == ["Fleischer"]


def test_people_word_come_alone_is_not_a_name_ru_en():
    # «венгерскими» is an adjective: "Hungarian" has no name counterpart, and
    # is no name come from nowhere.
    source = "Министр встретился с венгерскими инвесторами в пятницу."
    assert above_info(audit(source, "The minister met Hungarian investors on Friday.", "ru")) == []
    # The twin: a rare name in its place is reported.
    found = above_info(audit(source, "The minister met Fleischer investors on Friday.", "ru"))
    assert [f.evidence["translation_names"] for f in found] == [["Fleischer"]]


def test_devanagari_inherent_vowels():
    from mtaudit.transcription import translit_key, with_inherent_vowels
    # Every consonant without a vowel sign or a virama carries "a", but the last.
    assert translit_key("बुकानन", "hi") == "bukanan"
    assert translit_key("हर्नन", "hi") == "harnan"
    assert translit_key("ट्रम्प", "hi") == "tramp"      # none after a virama or at the end
    assert with_inherent_vowels("मोदी") == "मोदी"       # vowel signs: nothing added


@pytest.mark.parametrize("name,word,expected", [
    ("Christian", "христианской", True),     # the name's consonants open the word
    ("Yorkshire", "йоркширском", True),
    ("Californian", "калифорниец", True),
    ("Obrador", "предыдущими", False),       # only some of them: chance
    ("Jeremy", "цунами", False),
    ("Lee", "лидерами", False),              # too few consonants to tell
    ("Hollywood", "голливудская", True),     # h written г, w written в
    ("Olympic", "олимпийские", True),        # an English suffix (-ic) off
    ("Islamic", "исламской", True),
    ("Olympic", "олигархи", False),
])
def test_derived_in_source(name, word, expected):
    from mtaudit.names_translit import derived_in_source
    from mtaudit.transcription import translit_key
    assert derived_in_source(name, [translit_key(word, "ru")], "ru") is expected


def test_name_made_adjective_is_clean_ru_en():
    assert above_info(audit("Первые прихожане христианской общины ушли из Йоркшира.",
                            "The first Christian parishioners left Yorkshire.", "ru")) == []


def test_city_for_its_country_is_clean_ru_en():
    from mtaudit.names_translit import city_of_named_country
    if not city_of_named_country("Madrid", "en", {"spain"}):
        pytest.skip("Babel (CLDR names) is not installed")
    # "Madrid" for the Spanish government the source names as «Испании».
    assert above_info(audit("Правительство Испании отвергло референдум.",
                            "Madrid rejected the referendum.", "ru")) == []
    # The twin: the source names France, not Spain.
    found = above_info(audit("Правительство Франции отвергло референдум.",
                             "Madrid rejected the referendum.", "ru"))
    assert found and found[0].evidence["translation_names"] == ["Madrid"]


def test_place_in_an_inflected_form_is_clean_ru_en():
    # «из Дании»: CLDR's «Дания» in the genitive is "Denmark".
    assert above_info(audit("Победил Олесен из Дании.", "Olesen of Denmark won.", "ru")) == []
    found = above_info(audit("Победил Олесен из Швеции.", "Olesen of Denmark won.", "ru"))
    assert found and found[0].evidence["translation_names"] == ["Denmark"]


def test_compound_of_frequent_words_is_no_rare_name():
    from mtaudit.names_translit import common_compound
    assert common_compound("Northeast", "en") and common_compound("Stateside", "en")
    assert not common_compound("Fleischer", "en") and not common_compound("Manitoba", "en")
    # A compound the source translates («Северо-Восток») is no name come from
    # nowhere; a rare name in its place is.
    assert above_info(audit("Жара дойдет до северо-востока страны.",
                            "The heat will reach the Northeast.", "ru")) == []
    f, = above_info(audit("Жара дойдет до северо-востока страны.",
                          "The heat will reach Manitoba.", "ru"))
    assert f.evidence["translation_names"] == ["Manitoba"]


def test_compound_parts_written_apart_ru_en():
    from mtaudit.names_translit import compound_matches
    src, tgt = "между Сент-Луисом и Де-Мойнз (штата Айова)", "between St. Louis and Des Moines, Iowa"
    [(a, b, c, d)] = compound_matches(src, "ru", 0, len(src), tgt, 0, len(tgt))
    assert src[a:b] == "Де-Мойнз" and tgt[c:d] == "Des Moines"
    src, tgt = "в городе Ньюпорт-он-Ливи, говорится", "at Newport on the Levee, according"
    [(a, b, c, d)] = compound_matches(src, "ru", 0, len(src), tgt, 0, len(tgt))
    assert tgt[c:d] == "Newport on the Levee"
    # Parts in another order, or one part missing, are no match.
    assert compound_matches("Джон-стрит", "ru", 0, 10, "Street John", 0, 11) == []
    assert compound_matches("Джон-стрит", "ru", 0, 10, "John Avenue", 0, 11) == []


def test_street_named_by_a_compound_is_clean_and_replaced_is_not_ru_en():
    src = "Второй велосипедист погиб на улице Чайлдерс-стрит в прошлом году."
    assert above_info(audit(src, "Another cyclist died on Childers Street last year.", "ru")) == []
    f, = above_info(audit(src, "Another cyclist died on Fleischer Street last year.", "ru"))
    assert f.severity == Severity.MAJOR and f.evidence["translation_names"] == ["Fleischer"]


def test_name_made_a_relative_adjective_ru_en():
    from mtaudit.names_translit import _adjective_stem
    if _adjective_stem("методистской", "ru") is None:
        pytest.skip("pymorphy3's Russian dictionary is not installed")
    assert _adjective_stem("методистской", "ru") == "методист"
    assert _adjective_stem("церкви", "ru") is None       # a noun
    src = "Первые прихожане методистской церкви покинули приход в 30-е годы."
    assert above_info(audit(src, "The original Methodist congregation moved out in the 1930s.", "ru")) == []
    f, = above_info(audit(src, "The original Fleischer congregation moved out in the 1930s.", "ru"))
    assert f.evidence["translation_names"] == ["Fleischer"]
