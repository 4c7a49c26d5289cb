"""MT301 repeated-text: repeated headlines, paragraphs and sentences."""
from __future__ import annotations

from conftest import run_check

from mtaudit.checks.repetition import RepeatedText, normalise
from mtaudit.findings import Severity


def test_headline_repeated_with_other_quotes_and_apostrophes():
    text = ("Le maire d'Arles veut \"accélérer\" la rénovation du centre\n\n"
            "Le maire d’Arles veut « accélérer » la rénovation du centre\n\n"
            "Le conseil municipal a voté lundi un budget de 12 millions d’euros.")
    (f,) = run_check(RepeatedText, text)
    second = text.index("Le maire d’Arles")
    assert (f.start, f.end) == (second, second + len("Le maire d’Arles veut « accélérer » la rénovation du centre"))
    assert f.severity == Severity.MAJOR
    assert f.evidence["unit"] == "headline"
    assert (f.evidence["first_start"], f.evidence["exact"]) == (0, False)


def test_every_later_copy_is_flagged_once():
    head = "La Loire atteint son plus bas niveau depuis vingt ans"
    text = f"{head}\n{head}\n{head.upper()}\nLes bateaux restent à quai à Nantes."
    found = run_check(RepeatedText, text)
    assert len(found) == 2
    assert all(f.evidence["first_start"] == 0 for f in found)


def test_repeated_paragraph_is_major_and_its_sentences_are_not_reported_again():
    para = "Les pompiers sont intervenus à 6 h 30. Trois personnes ont été évacuées vers l'hôpital."
    text = f"Incendie à Lille\n{para}\nLe feu est maîtrisé.\n{para}"
    (f,) = run_check(RepeatedText, text)
    assert f.text == para and f.start == text.rindex(para)
    assert f.evidence["unit"] == "paragraph" and f.severity == Severity.MAJOR


def test_repeated_sentence_in_another_paragraph_is_minor():
    text = ("La récolte de pommes a baissé de 20 % cette année.\n"
            "Les producteurs normands s'inquiètent. La récolte de pommes a baissé de 20 % cette année !")
    (f,) = run_check(RepeatedText, text)
    assert f.text == "La récolte de pommes a baissé de 20 % cette année !"
    assert f.severity == Severity.MINOR and f.evidence["first_start"] == 0


def test_short_repeats_and_clean_text_are_not_findings():
    text = ("Merci beaucoup.\n« Pourquoi pas ? » a-t-il demandé. Merci beaucoup.\n"
            "Le club a gagné 3 à 1 samedi. Le club a perdu 1 à 0 dimanche.\n"
            "« Nous reviendrons », a promis l'entraîneur. « Nous reviendrons plus forts », a ajouté le capitaine.")
    assert run_check(RepeatedText, text) == []


def test_normalisation_ignores_quotes_case_spacing_and_punctuation():
    assert normalise("Le chef de l'Otan « appelle » à  agir.") == normalise("le chef de l’otan \"appelle\" à agir")
    assert normalise("Il part.") != normalise("Il partira.")


def test_allowlisted_text_is_not_flagged():
    text = "Voir aussi notre dossier complet\nTexte.\nVoir aussi notre dossier complet"
    assert len(run_check(RepeatedText, text)) == 1
    assert run_check(RepeatedText, text, allow=["Voir aussi notre dossier complet"]) == []


def test_a_repeated_quotation_is_only_info():
    text = ("Le ministre a été clair à Metz. « Nous ne fermerons pas cette usine. »\n"
            "Les syndicats restent prudents.\n"
            "Devant les salariés, il a insisté. « Nous ne fermerons pas cette usine. »")
    (f,) = run_check(RepeatedText, text)
    assert f.severity == Severity.INFO


def test_clean_article_with_dates_and_quotes_gets_nothing_above_info():
    from test_check_dates import CFG, CLEAN
    assert [f for f in run_check(RepeatedText, CLEAN, config=CFG) if f.severity != Severity.INFO] == []


def test_a_paragraph_repeated_inside_a_quotation_over_several_paragraphs_is_info():
    said = "Ils ont fait pression sur moi dans les coulisses !"
    quoted = ("Le chanteur s'est plaint au public.\n"
              f"« {said}\n"
              "Ils m'ont dit de ne pas venir avec cette casquette.\n"
              f"{said}\n"
              "Et après ils disent que je suis perdu », a-t-il lancé.")
    (f,) = run_check(RepeatedText, quoted)
    assert f.start == quoted.rindex(said) and f.severity == Severity.INFO
    assert f.evidence["uncertain"] == "quoted"
    # The same paragraphs with the quotation closed before the copy: a duplicate.
    closed = quoted.replace("casquette.\n", "casquette. »\n").replace("perdu »", "perdu")
    (f,) = run_check(RepeatedText, closed)
    assert f.severity == Severity.MAJOR


def test_a_summary_line_restated_as_a_body_sentence_is_info():
    point = "Le sondage a accentué les inquiétudes des parents d'élèves"
    text = ("Un enfant sur cinq a un compte secret\n"
            f"{point}\n"
            "Un sondage mené auprès de 20 000 élèves le montre\n"
            "Un enfant sur cinq ouvre un compte qu'il cache à ses parents.\n"
            f"{point}.")
    (f,) = run_check(RepeatedText, text)
    assert f.start == text.rindex(point) and f.severity == Severity.INFO
    assert f.evidence["uncertain"] == "summary restated"
    # The headline said again as a sentence, or a summary line copied as it
    # was (no final punctuation either time), stay duplicates.
    head = "Un enfant sur cinq a un compte secret"
    (f,) = run_check(RepeatedText, f"{head}\nTexte du corps de l'article ici.\n{head}.")
    assert f.severity == Severity.MAJOR
    (f,) = run_check(RepeatedText, text[:-1])
    assert f.severity == Severity.MAJOR


def test_a_title_the_source_repeats_is_the_sources():
    target = ("Tente de randonnée légère pour deux personnes\n"
              "Tente de randonnée légère pour deux personnes\n"
              "Elle se monte en cinq minutes et pèse un kilo.")
    source = ("Lightweight hiking tent for two people\n"
              "Lightweight hiking tent for two people\n"
              "It sets up in five minutes and weighs one kilo.")
    (f,) = run_check(RepeatedText, target, source=source)
    assert f.severity == Severity.INFO and f.evidence["uncertain"] == "repeated in the source"
    # twin: a source that says it once leaves the translation's copy major
    source = ("Lightweight hiking tent for two people\n"
              "A tent for every trail\n"
              "It sets up in five minutes and weighs one kilo.")
    (f,) = run_check(RepeatedText, target, source=source)
    assert f.severity == Severity.MAJOR
    # and so does a target-only document
    (f,) = run_check(RepeatedText, target)
    assert f.severity == Severity.MAJOR
