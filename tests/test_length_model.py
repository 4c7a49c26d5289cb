"""MT406 judged with the Gale–Church length model (pairs written for these
tests): a short sentence reworded shorter or longer strays further from the
pair's ratio by chance than a long one, so a ratio past half or twice is
reported only when the model finds it improbable (p < 0.01). A sentence the
aligner left without translation inside a paragraph of ordinary length,
whose numbers the paragraph's translation keeps, was merged into its
neighbour by the translator: a note. Each quiet case has a twin with a real
omission that is still found."""
from conftest import run_check

from mtaudit.checks.length_ratio import LengthRatio, _numbers_lost
from mtaudit.corpus.align import length_deviation
from mtaudit.document import Alignment
from mtaudit.findings import Severity


def one_unit(source, target, sl, tl):
    return run_check(LengthRatio, target, lang=tl, source=source, source_lang=sl,
                     alignments=[Alignment(0, len(source), 0, len(target))])


def serious(found):
    return [f for f in found if f.severity != Severity.INFO]


def test_length_deviation_grows_slower_than_length():
    # the same ratio is stronger evidence on a longer unit
    assert length_deviation(60, 27, 1.0) > -2.58 > length_deviation(300, 135, 1.0)
    assert length_deviation(100, 100, 1.0) == 0


def test_short_sentence_reworded_shorter_is_a_note():
    en = "He said nothing at all when he finally heard the news."
    fr = "Il se tut en l’apprenant."
    found = one_unit(en, fr, "en", "fr")
    assert [f.category for f in found] == ["omission"] and serious(found) == []
    assert found[0].evidence["length_deviation"] > -2.58


def test_long_sentence_cut_short_is_still_found():
    en = ("He said nothing at all when he finally heard the news from the hospital, where his brother "
          "had been taken after the accident on the motorway near the border late on Sunday night.")
    fr = "Il se tut en apprenant la nouvelle de l’hôpital."
    found = serious(one_unit(en, fr, "en", "fr"))
    assert [f.category for f in found] == ["omission"]


def test_short_sentence_reworded_longer_is_a_note():
    en = "No, it was a government matter."
    fr = "Non, ce n’était pas du tout un problème : c’était une affaire du gouvernement."
    found = one_unit(en, fr, "en", "fr")
    assert [f.category for f in found] == ["addition"] and serious(found) == []


def test_long_addition_is_still_found():
    en = "No, it was a government matter, he said on Sunday."
    fr = ("Non, c’était une affaire du gouvernement, a-t-il déclaré dimanche, avant d’ajouter que les "
          "ministres s’étaient réunis toute la nuit pour préparer une réponse commune aux syndicats et "
          "aux maires des grandes villes du pays.")
    found = serious(one_unit(en, fr, "en", "fr"))
    assert [f.category for f in found] == ["addition"]


def test_numbers_lost():
    assert _numbers_lost("It holds 40,000 books.", "en", "Opened in May. It holds 40,000 books.",
                         "Ouverte en mai, elle compte 40 000 livres.", "fr") is False
    assert _numbers_lost("It holds 40,000 books.", "en", "Opened in May. It holds 40,000 books.",
                         "Ouverte en mai, elle compte de nombreux livres.", "fr") is True
    assert _numbers_lost("It opened in May.", "en", "It opened in May.", "Ouverte en mai.", "fr") is False


# A translator who merges a paragraph's two sentences into one shorter one;
# the sentence aligner (here, as it does on such pairs: the alignments are
# given) leaves one source sentence without translation.
EN = ("Mayor Anne Martin opened the new Victor Hugo library on the market square of Lyon on Saturday "
      "morning, after three long years of building work and a bitter debate in the council about its "
      "cost. It holds 40,000 books.\n"
      "Entry will be free for everyone.")
FR = ("Samedi matin, la maire Anne Martin a inauguré à Lyon la nouvelle bibliothèque Victor Hugo et ses "
      "40 000 livres, après trois ans de travaux et un débat sur son coût.\n"
      "L’entrée sera gratuite pour tous.")


def merged(source, target):
    """Alignments: first sentence to the first line, the second to nothing,
    second lines together."""
    cut, sl1, tl1 = source.index(" It holds") + 1, source.index("\n"), target.index("\n")
    aligns = [Alignment(0, cut - 1, 0, tl1), Alignment(cut, sl1, tl1, tl1),
              Alignment(sl1 + 1, len(source), tl1 + 1, len(target))]
    return run_check(LengthRatio, target, lang="fr", source=source, source_lang="en", alignments=aligns)


def test_sentence_merged_into_a_shorter_paragraph_is_a_note():
    found = merged(EN, FR)
    assert [f.category for f in found] == ["omission"] and serious(found) == []
    assert found[0].evidence["paragraph_in_proportion"]


def test_sentence_dropped_with_its_numbers_is_still_found():
    fr = FR.replace(" et ses 40 000 livres", " et ses milliers de livres")
    found = serious(merged(EN, fr))
    assert [f.category for f in found] == ["omission"]
    assert EN[found[0].source_start:found[0].source_end] == "It holds 40,000 books."


def test_paragraph_far_too_short_is_still_found():
    fr = FR.replace(", après trois ans de travaux et un débat sur son coût", "")
    found = serious(merged(EN, fr))
    assert "It holds 40,000 books." in [EN[f.source_start:f.source_end] for f in found]
