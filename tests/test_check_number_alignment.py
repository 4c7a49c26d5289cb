"""MT401 and MT402 on multi-line records written for these tests: numbers are
compared within aligned paragraphs, forms that differ by convention agree,
conversions are notes, and severity follows the evidence."""
from conftest import run_check

from mtaudit.checks._bilingual import paragraph_units
from mtaudit.checks.date_mismatch import DateMismatch
from mtaudit.checks.number_mismatch import NumberMismatch
from mtaudit.corpus.align import align_texts
from mtaudit.document import Document
from mtaudit.findings import Severity


def serious(check, source, target, sl, tl):
    return [f for f in run_check(check, target, lang=tl, source=source, source_lang=sl)
            if f.severity != Severity.INFO]


# Two lines; the first source line is one sentence, its translation two: a
# sentence-level alignment would pair the second English sentence with the
# first French line's second sentence.
EN = ("The storm reached the coast at 3 p.m. on Sunday. It brought winds of 85 mph.\n"
      "About 1,200 people were evacuated in the 1980s-built district, officials said.")
FR = ("La tempête a atteint la côte dimanche à 15 h. Elle a apporté des vents de 137 km/h.\n"
      "Quelque 1 200 personnes ont été évacuées du quartier construit dans les années 80, selon les autorités.")


def test_clean_translation_with_times_conversions_and_decades_is_quiet():
    assert serious(NumberMismatch, EN, FR, "en", "fr") == []


def test_conversion_is_an_info_note_at_most():
    found = run_check(NumberMismatch, FR, lang="fr", source=EN, source_lang="en")
    assert all(f.severity == Severity.INFO for f in found)
    assert any("another unit" in f.message for f in found)


def test_changed_number_in_a_multi_sentence_paragraph_is_major():
    found = serious(NumberMismatch, EN, FR.replace("1 200", "1 700"), "en", "fr")
    assert [(f.text, f.source_text, f.severity) for f in found] == [("1 700", "1,200", Severity.MAJOR)]


def test_changed_time_is_found():
    found = serious(NumberMismatch, EN, FR.replace("15 h", "16 h"), "en", "fr")
    assert [f.text for f in found] == ["16 h"]


def test_cjk_source_against_english():
    zh = "2018年9月，约3万人撤离。\n下午3点，风速达到每小时85英里。"
    en = "In September 2018, about 30,000 people were evacuated.\nAt 3 p.m., winds reached 85 miles per hour."
    assert serious(NumberMismatch, zh, en, "zh", "en") == []
    found = serious(NumberMismatch, zh, en.replace("30,000", "50,000"), "zh", "en")
    assert [f.text for f in found] == ["50,000"]


def test_number_in_words_changed_to_other_digits():
    src = "The company has been in business for ten years."
    tgt = "L'entreprise existe depuis 90 ans."
    found = serious(NumberMismatch, src, tgt, "en", "fr")
    assert [(f.text, f.source_text) for f in found] == [("90", "ten")]


def test_number_in_a_name_or_glued_word_is_not_missing():
    src = "The Formula 1 boss met the 24-year-old driver."
    tgt = "Der Formel-1-Boss traf den 24jährigen Fahrer."
    assert serious(NumberMismatch, src, tgt, "en", "de") == []


def test_centuries_in_roman_numerals():
    src = "The church was built in the 10th-11th century."
    tgt = "L'église a été construite aux Xe–XIe siècles."
    assert serious(NumberMismatch, src, tgt, "en", "fr") == []


def test_uncertain_alignment_makes_a_change_info():
    # Three source paragraphs against one target paragraph of very different
    # length: no paragraph pairing can be trusted.
    src = "Line one has 12 apples.\nLine two has 40 pears.\nLine three has 7 figs."
    tgt = "Il y a 13 pommes."
    found = run_check(NumberMismatch, tgt, lang="fr", source=src, source_lang="en")
    assert found and all(f.severity == Severity.INFO for f in found)


def test_paragraph_units_pair_lines_in_order_and_trust_them():
    doc = Document(path="t", text="Un.\nDeux. Trois.", source="One.\nTwo three.",
                   source_lang="en", target_lang="fr")
    us = paragraph_units(doc)
    assert [(u.unit.source(doc), u.unit.target(doc), u.confident) for u in us] == [
        ("One.", "Un.", True), ("Two three.", "Deux. Trois.", True)]


def test_paragraph_units_use_the_input_alignments():
    from mtaudit.document import Alignment
    doc = Document(path="t", text="ab", source="cd", alignments=[Alignment(0, 1, 1, 2)])
    assert [(u.unit.ss, u.unit.ts, u.confident) for u in paragraph_units(doc)] == [(0, 1, True)]


def test_alignment_recovers_lines_when_document_is_one_paragraph():
    # Whole documents joined into one paragraph each: sentences must pair as
    # the lines did, including a source sentence translated as two.
    src_lines = ["The mayor opened the bridge on Monday.",
                 "It cost 5 million euros and took three years to build, and it is 300 metres long.",
                 "Thousands of people came."]
    tgt_lines = ["Le maire a inauguré le pont lundi.",
                 "Il a coûté 5 millions d'euros et a pris trois ans. Il mesure 300 mètres.",
                 "Des milliers de personnes sont venues."]
    src, tgt = " ".join(src_lines), " ".join(tgt_lines)
    aligns = align_texts(src, tgt, "en", "fr")
    pairs = [(src[a.source_start:a.source_end], tgt[a.target_start:a.target_end]) for a in aligns]
    assert pairs == list(zip(src_lines, tgt_lines))


def test_date_changed_in_same_paragraph_is_found_despite_elsewhere():
    src = "The plan was adopted in July 2017.\nIt replaced the plan of 2014."
    tgt = "Le plan a été adopté en juillet 2014.\nIl remplaçait le plan de 2014."
    found = serious(DateMismatch, src, tgt, "en", "fr")
    assert [f.text for f in found] == ["juillet 2014"]


def test_jsonl_record_of_lines_compares_numbers_line_by_line():
    # Sentence counts differ (two sentences became one on line 1): the reader
    # still aligns the record line by line, and MT401 compares line with line.
    import json

    from mtaudit.config import Config
    from mtaudit.corpus.jsonl import read_jsonl
    from mtaudit.corpus.parallel import finish_bilingual
    rec = {"id": "r1", "source_lang": "en", "target_lang": "fr",
           "source": "The club has 12 players. It was founded long ago.\nIt won 3 titles.\nIts coach is 50.",
           "target": "Le club compte 12 joueurs, fondé il y a longtemps.\nIl a remporté 5 titres.\nSon entraîneur a 50 ans."}
    cfg = Config(use_model=False)
    doc = next(finish_bilingual(read_jsonl("r.jsonl", "r.jsonl", (json.dumps(rec) + "\n").encode(), cfg),
                                None, cfg))
    assert [(doc.source[a.source_start:a.source_end], doc.text[a.target_start:a.target_end])
            for a in doc.alignments] == list(zip(rec["source"].split("\n"), rec["target"].split("\n")))
    us = paragraph_units(doc)
    assert [u.unit.target(doc) for u in us] == rec["target"].split("\n") and all(u.confident for u in us)
    found = [(f.text, f.source_text) for f in run_check(NumberMismatch, doc.text, lang="fr", source=doc.source,
                                                         source_lang="en", alignments=doc.alignments)
             if f.severity != Severity.INFO]
    assert found == [("5", "3")]


def test_declined_russian_number_words_against_digits():
    ru = "«Больше одной и меньше сорока восьми», — ответил Уолтон."
    en = '"More than one and less than 48," said Walton.'
    assert serious(NumberMismatch, ru, en, "ru", "en") == []
    found = serious(NumberMismatch, ru, en.replace("48", "58"), "ru", "en")
    assert [f.text for f in found] == ["58"]


def test_metres_and_centimetres_are_one_measure():
    ru = "Молодой человек ростом 1 м 82 см вырос в Батон-Руж и сыграл в 32 играх."
    # 6 feet are 1.83 m: the same height converted, a note at most.
    assert serious(NumberMismatch, ru, "The 6-foot junior grew up in Baton Rouge and played in 32 games.",
                   "ru", "en") == []
    # 6 feet 6 inches are 1.98 m: one changed measure, not a 1 changed and an 82 missing.
    found = serious(NumberMismatch, ru, "The 6-foot-6 junior grew up in Baton Rouge and played in 32 games.",
                    "ru", "en")
    assert [(f.text, f.source_text) for f in found] == [("6-foot-6", "1 м 82 см")]


def test_number_inside_a_russian_compound_adjective_converts():
    # «двухметровый»: two metres, written inside the adjective; 6 ft 6 in
    # is 1.98 m, the same height.
    ru = "Двухметровый форвард вырос в Батон-Руже и сыграл в 32 играх."
    assert serious(NumberMismatch, ru, "The 6-foot-6 forward grew up in Baton Rouge and played in 32 games.",
                   "ru", "en") == []
    # 7 ft 6 in is 2.29 m: no longer the source's two metres.
    found = serious(NumberMismatch, ru, "The 7-foot-6 forward grew up in Baton Rouge and played in 32 games.",
                    "ru", "en")
    assert [f.text for f in found] == ["7-foot-6"]


def test_compound_number_readings():
    from mtaudit.numbers import compound_number, find_compound_numbers
    assert compound_number("двухметровый", "ru") == (2, 4, "метровый")
    assert compound_number("трёхэтажного", "ru")[0] == 3
    assert compound_number("сорокалетняя", "ru")[0] == 40
    # A word that only begins like a numeral is no compound: «семинар»,
    # «столица» (сто is no genitive), «пятиться».
    for word in ("семинар", "столица", "пятиться", "семинарист"):
        assert compound_number(word, "ru") is None, word
    assert [(s, e, int(v)) for s, e, v, _ in find_compound_numbers("Пятилетний сын и семинар", "ru")] == [(0, 10, 5)]
    assert find_compound_numbers("Двухметровый", "en") == []


def test_source_measure_stated_in_words_by_the_translation():
    ru = "Возможно выпадение до 1,5 см осадков, что может вызвать грязевые потоки."
    en = "Rainfall totals of over half an inch are possible, which could cause debris flows."
    assert serious(NumberMismatch, ru, en, "ru", "en") == []
    # A measure the translation leaves out altogether is still missing.
    found = serious(NumberMismatch, ru, "Rainfall is possible, which could cause debris flows.", "ru", "en")
    assert [f.evidence["source_number"] for f in found] == ["1,5"]
    # Words that state another measure convert nothing: three inches are 7.6 cm.
    found = serious(NumberMismatch, ru, en.replace("half an inch", "three inches"), "ru", "en")
    assert [f.evidence["source_number"] for f in found] == ["1,5"]
    # A unit word after the translation's own digits states no measure in words.
    ru2 = "Выпадет до 1,5 см осадков, а ветер достигнет 40 км/ч."
    found = serious(NumberMismatch, ru2, "Up to 3 inches of rain will fall, with winds of 40 km/h.", "ru", "en")
    assert [f.evidence.get("source_number") for f in found] == ["1,5"]
    found = serious(NumberMismatch, ru2, "Rain will fall, with gusts of a few inches and winds of 40 km/h.",
                    "ru", "en")
    assert found == []


def test_number_added_that_the_source_document_states_elsewhere_is_a_note():
    ru = ("Актёру 31 год, и он снимается в сериале.\n"
          "Он недавно женился на своей коллеге, своей ровеснице.")
    en = ("The actor, 31, stars in the series.\n"
          "He recently married his co-star, also 31.")
    found = run_check(NumberMismatch, en, lang="en", source=ru, source_lang="ru")
    assert [(f.text, f.severity) for f in found] == [("31", Severity.INFO)]
    # A number the source never states is still reported.
    found = serious(NumberMismatch, ru, en.replace("also 31", "also 29"), "ru", "en")
    assert [f.text for f in found] == ["29"]
