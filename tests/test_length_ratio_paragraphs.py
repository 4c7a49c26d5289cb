"""MT406 inside multi-sentence paragraphs (pairs written for these tests): when
the translator puts a paragraph's sentence boundary elsewhere, the sentence
aligner pairs a long sentence with a short one; the paragraph keeps its
length, so nothing was left out or added (info). A sentence really left out
of a paragraph is still found."""
from conftest import run_check

from mtaudit.checks.length_ratio import LengthRatio
from mtaudit.findings import Severity


def found(source, target, sl="en", tl="fr"):
    return run_check(LengthRatio, target, lang=tl, source=source, source_lang=sl)


def serious(source, target, sl="en", tl="fr"):
    return [f for f in found(source, target, sl, tl) if f.severity != Severity.INFO]


EN = ("The council met on Monday evening to discuss at length the long-delayed plan for the new bridge "
      "across the river, which residents have demanded for more than a decade. In the end it agreed to "
      "fund the whole of it.\n"
      "The work will start next spring.")
FR = ("Le conseil s’est réuni lundi soir. Il a longuement discuté du projet longtemps retardé de nouveau "
      "pont sur le fleuve, réclamé par les habitants depuis plus de dix ans, et a finalement accepté de le "
      "financer en entier.\n"
      "Les travaux commenceront au printemps prochain.")


def test_sentence_boundary_moved_inside_a_paragraph_is_no_omission():
    notes = found(EN, FR)
    assert notes and all(f.severity == Severity.INFO for f in notes)
    assert all(f.evidence.get("paragraph_in_proportion") for f in notes)


def test_sentence_left_out_of_a_paragraph_is_still_found():
    fr = ("Le conseil s’est réuni lundi soir pour discuter longuement du projet longtemps retardé de nouveau "
          "pont sur le fleuve, réclamé par les habitants depuis plus de dix ans.\n"
          "Les travaux commenceront au printemps prochain.")
    en = EN.replace("In the end it agreed to fund the whole of it.",
                    "In the end, after a long and bitter debate between the two largest groups of the "
                    "council, it agreed to fund the whole of it from next year's budget.")
    assert serious(en, fr) != []
