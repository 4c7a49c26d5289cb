"""MT4xx on pairs written for these tests (tests/data/bilingual/pairs.json):
correct translations in several language pairs get nothing above info, and
each injected error is found with exact spans on both sides."""
import json

import pytest
from conftest import DATA, run_check

from mtaudit.checks.date_mismatch import DateMismatch
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.checks.length_ratio import LengthRatio
from mtaudit.checks.number_mismatch import NumberMismatch
from mtaudit.checks.untranslated_segment import UntranslatedSegment
from mtaudit.checks.untranslated_source import SourceWordsCopied
from mtaudit.checks.source_missing import SourceFileMissing
from mtaudit.document import Alignment
from mtaudit.findings import Severity

PAIRS = json.loads((DATA / "bilingual" / "pairs.json").read_text(encoding="utf-8"))
BILINGUAL = (NumberMismatch, DateMismatch, EntityMissing, UntranslatedSegment, SourceWordsCopied,
             LengthRatio)


def audit_pair(check, source, target, sl, tl, **fields):
    found = run_check(check, target, lang=tl, source=source, source_lang=sl, **fields)
    for f in found:
        if f.source_start is not None:
            assert source[f.source_start:f.source_end] == f.source_text
    return found


def pair(name):
    p = PAIRS[name]
    sl, tl = name.split("-")
    return p["source"], p["target"], sl, tl


@pytest.mark.parametrize("name", sorted(PAIRS))
@pytest.mark.parametrize("check", BILINGUAL, ids=lambda c: c.code)
def test_correct_translations_are_clean(name, check):
    source, target, sl, tl = pair(name)
    found = [f for f in audit_pair(check, source, target, sl, tl) if f.severity.rank > 0]
    assert found == []


def only(found, code):
    assert [f.check for f in found] == [code], [(f.check, f.text, f.message) for f in found]
    return found[0]


def all_findings(source, target, sl, tl):
    out = []
    for c in BILINGUAL:
        out += audit_pair(c, source, target, sl, tl)
    return [f for f in out if f.severity.rank > 0]


def test_changed_number_id_fr():
    source, target, sl, tl = pair("id-fr")
    f = only(all_findings(source, target.replace("3 200", "3 800"), sl, tl), "MT401")
    assert (f.text, f.source_text, f.severity) == ("3 800", "3.200", Severity.MAJOR)
    assert f.category == "number"


def test_changed_number_with_scale_en_fr():
    source, target, sl, tl = pair("en-fr")
    f = only(all_findings(source, target.replace("750 milliards", "570 milliards"), sl, tl), "MT401")
    assert f.text == "570 milliards d'euros" and f.source_text == "750 billion euros"


def test_changed_number_fr_en_locale():
    source, target, sl, tl = pair("fr-en")
    f = only(all_findings(source, target.replace("12,000", "1,200"), sl, tl), "MT401")
    assert (f.text, f.source_text) == ("1,200", "12 000")


def test_number_written_as_word_is_not_missing():
    found = audit_pair(NumberMismatch, "Ada 2 korban dan 3 saksi dalam kecelakaan itu.",
                       "Il y a deux victimes et trois témoins dans l'accident.", "id", "fr")
    assert found == []


def test_added_number_is_minor():
    found = audit_pair(NumberMismatch, "Banyak warga datang ke pasar pada pagi hari.",
                       "Quelque 400 habitants sont venus au marché le matin.", "id", "fr")
    f = only(found, "MT401")
    assert f.text == "400" and f.severity == Severity.MINOR


def test_number_moved_by_misalignment_is_forgiven():
    # The alignment pairs units 1-1, but the translator moved a figure to
    # the next sentence: it is still in the translation.
    source = "Harga naik 12 persen. Pemerintah menyiapkan bantuan."
    target = "Les prix augmentent. Le gouvernement prépare une aide après une hausse de 12 %."
    found = audit_pair(NumberMismatch, target=target, source=source, sl="id", tl="fr",
                       alignments=[Alignment(0, 21, 0, 20), Alignment(22, 52, 21, len(target))])
    assert found == []


def test_changed_year_id_fr():
    source, target, sl, tl = pair("id-fr")
    f = only(all_findings(source, target.replace("15 février 2022", "15 février 2017"), sl, tl), "MT402")
    assert f.text == "mardi 15 février 2017" and f.source_text == "Selasa, 15 Februari 2022"
    assert f.evidence["differs"] == ["year"] and f.message.endswith("(year differs)")


def test_changed_weekday_en_fr():
    source, target, sl, tl = pair("en-fr")
    f = only(all_findings(source, target.replace("lundi", "mardi"), sl, tl), "MT402")
    assert f.source_text == "Monday, December 14, 2020" and f.evidence["differs"] == ["weekday"]


def test_changed_bare_year_de_en():
    source, target, sl, tl = pair("de-en")
    f = only(all_findings(source, target.replace("2030", "2035"), sl, tl), "MT402")
    assert (f.text, f.source_text) == ("2035", "2030")


def test_dropped_name_id_fr():
    source, target, sl, tl = pair("id-fr")
    f = only(all_findings(source, target.replace(" Sri Mulyani", ""), sl, tl), "MT403")
    assert f.source_text == "Mulyani"
    assert f.text.startswith("Selon la ministre des Finances, le projet")


def test_dropped_name_de_en():
    source, target, sl, tl = pair("de-en")
    f = only(all_findings(source, target.replace("Olaf Scholz", "the chancellor"), sl, tl), "MT403")
    assert f.source_text == "Olaf Scholz" and f.evidence["names"] == ["Olaf", "Scholz"]


def test_names_accept_exonyms_acronyms_and_accents():
    found = audit_pair(EntityMissing,
                       "Delegasi dari Jerman dan Rusia bertemu di markas NATO bersama Menteri Muñoz.",
                       "Des délégations d'Allemagne et de Russie se sont réunies au siège de l'OTAN "
                       "avec le ministre Munoz.", "id", "fr")
    assert found == []


def test_name_allowlist():
    found = run_check(EntityMissing, "Le ministre a parlé.", lang="fr",
                      source="Kata Menteri Subianto.", source_lang="id", allow=["Subianto"])
    assert found == []


def test_untranslated_unit_es_fr():
    source, target, sl, tl = pair("es-fr")
    lines = target.split("\n")
    src_line = source.split("\n")[1]
    f = only(all_findings(source, "\n".join([lines[0], src_line, lines[2]]), sl, tl), "MT404")
    assert f.text == src_line and f.source_text == src_line


def test_names_and_numbers_only_unit_is_not_untranslated():
    found = audit_pair(UntranslatedSegment, "Joko Widodo (2014)", "Joko Widodo (2014)", "id", "fr",
                       alignments=[Alignment(0, 18, 0, 18)])
    assert found == []


def test_closely_related_languages_may_share_a_sentence():
    # Malay and Indonesian share this sentence word for word: not untranslated.
    found = audit_pair(UntranslatedSegment, "Saya makan nasi dan minum air.",
                       "Saya makan nasi dan minum air.", "id", "ms")
    assert found == []


def test_copied_source_words_id_fr():
    source, target, sl, tl = pair("id-fr")
    f = only(all_findings(source, target.replace("assister à", "menyaksikan"), sl, tl), "MT405")
    assert f.text == "menyaksikan" and f.source_text == "menyaksikan"


def test_copied_phrase_is_one_finding():
    found = audit_pair(SourceWordsCopied, "Warga datang untuk menyaksikan upacara itu.",
                       "Les habitants sont venus untuk menyaksikan la cérémonie.", "id", "fr")
    f = only(found, "MT405")
    assert f.text == "untuk menyaksikan" and f.source_text == "untuk menyaksikan"


def test_shared_words_are_not_copies():
    found = audit_pair(SourceWordsCopied, "The video was shared on the internet by a hotel.",
                       "La vidéo a été partagée sur internet par un hôtel.", "en", "fr")
    assert found == []


def test_dropped_paragraph_id_fr():
    source, target, sl, tl = pair("id-fr")
    lines = target.split("\n")
    found = all_findings(source, "\n".join(lines[:1] + lines[2:]), sl, tl)
    f = only(found, "MT406")
    assert f.category == "omission" and f.severity == Severity.MAJOR
    assert f.source_text == source.split("\n")[1]


def test_dropped_sentence_en_fr():
    source, target, sl, tl = pair("en-fr")
    dropped = " Environ 30 % de l'argent ira à des projets climatiques."
    found = all_findings(source, target.replace(dropped, ""), sl, tl)
    f = only(found, "MT406")
    assert f.source_text == "About 30% of the money will go to climate projects."
    assert f.text.startswith("Le plan comprend 750 milliards")


def test_added_sentence_fr_en():
    source, target, sl, tl = pair("fr-en")
    extra = " The minister also promised new beds and a major reform of emergency care across the country."
    found = audit_pair(LengthRatio, source, target + extra, sl, tl)
    f = only(found, "MT406")
    # Lengths alone cannot tell which of two similar sentences is the added
    # one; the finding must be an addition within the last paragraph.
    assert f.category == "addition" and f.source_text == ""
    assert f.start >= target.rindex("\n") and f.end <= len(target + extra)


def test_short_unit_ratio():
    source = "Pemerintah akan membangun tiga rumah sakit baru di wilayah timur pada tahun depan."
    found = audit_pair(LengthRatio, source, "Le gouvernement construira.", "id", "fr",
                       alignments=[Alignment(0, len(source), 0, 27)])
    f = only(found, "MT406")
    assert f.category == "omission" and f.severity == Severity.MAJOR
    assert f.evidence["source_chars"] == len(source)


def test_source_file_missing_is_info():
    found = run_check(SourceFileMissing, "Un article.\nSuite.", extra={"source_missing": "no source file"})
    f = only(found, "MT400")
    assert f.severity == Severity.INFO and f.text == "Un article."


def test_checks_need_a_source():
    from mtaudit.document import Document
    assert not NumberMismatch().applies_to(Document(path="x", text="abc"))
    assert not SourceFileMissing().applies_to(Document(path="x", text="abc"))


def test_bad_alignments_do_not_crash():
    found = audit_pair(NumberMismatch, "Ada 5 orang.", "Il y a 6 personnes.", "id", "fr",
                       alignments=[Alignment(0, 999, 0, 999)])
    assert found == []
