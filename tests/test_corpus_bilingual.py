"""Bilingual readers: TSV, XLIFF 1.2/2.0, PO, JSONL alignments, parallel folders."""
import json

from mtaudit import audit
from mtaudit.config import Config
from mtaudit.corpus import iter_documents
from mtaudit.corpus.align import align_lengths, align_texts


def docs(path, **cfg):
    return list(iter_documents([str(path)], Config(**cfg)))


def check_alignments(d):
    for a in d.alignments:
        assert 0 <= a.source_start <= a.source_end <= len(d.source)
        assert 0 <= a.target_start <= a.target_end <= len(d.text)


# -- TSV --------------------------------------------------------------------

def test_tsv_one_document_with_one_alignment_per_line(write):
    p = write("a.tsv", "source\ttarget\nSelamat pagi.\tBonjour.\nbroken line\nTerima kasih.\tMerci.\n")
    out = docs(p, source_lang="id", target_lang="fr")
    good = [d for d in out if d.ok]
    bad = [d for d in out if not d.ok]
    assert len(good) == 1 and len(bad) == 1
    d = good[0]
    assert d.text == "Bonjour.\nMerci." and d.source == "Selamat pagi.\nTerima kasih."
    assert [(d.source[a.source_start:a.source_end], d.text[a.target_start:a.target_end])
            for a in d.alignments] == [("Selamat pagi.", "Bonjour."), ("Terima kasih.", "Merci.")]
    assert (d.source_lang, d.target_lang, d.format) == ("id", "fr", "tsv")
    assert bad[0].id == "line 3" and bad[0].error.startswith("TSV line 3:")


def test_tsv_all_bad(write):
    out = docs(write("b.tsv", "no tab here\n"))
    assert len(out) == 1 and "TSV line 1" in out[0].error


# -- XLIFF ------------------------------------------------------------------

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="news.txt" source-language="en" target-language="fr-FR" datatype="plaintext">
  <body>
   <trans-unit id="t1"><source>The bridge cost 5 million dollars.</source><target>Le pont a coûté 5 millions de dollars.</target></trans-unit>
   <trans-unit id="t2"><source>Not yet translated.</source></trans-unit>
   <trans-unit id="t3"><source>It opened in 2021.</source><target>Il a ouvert en 2019.</target></trans-unit>
  </body>
 </file>
</xliff>"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
 <file id="f1">
  <unit id="u1"><segment><source>Guten Morgen.</source><target>Good morning.</target></segment></unit>
  <unit id="u2"><segment><source>Es kostet 12 Euro.</source><target>It costs 15 euros.</target></segment></unit>
 </file>
</xliff>"""


def test_xliff12_units_languages_and_skipped_untranslated(write):
    (d,) = docs(write("a.xlf", XLIFF12))
    assert d.ok and d.format == "xliff"
    assert (d.source_lang, d.target_lang) == ("en", "fr")
    assert d.text == "Le pont a coûté 5 millions de dollars.\nIl a ouvert en 2019."
    assert d.extra["unit_ids"] == ["t1", "t3"]
    assert len(d.alignments) == 2
    check_alignments(d)


def test_xliff20(write):
    (d,) = docs(write("a.xliff", XLIFF20))
    assert d.ok and (d.source_lang, d.target_lang) == ("de", "en")
    assert d.source == "Guten Morgen.\nEs kostet 12 Euro."
    assert d.extra["unit_ids"] == ["u1", "u2"]


def test_command_line_languages_win(write):
    (d,) = docs(write("a.xlf", XLIFF12), source_lang="id", target_lang="de")
    assert (d.source_lang, d.target_lang) == ("id", "de")


def test_malformed_xliff_is_an_error_document(write):
    (d,) = docs(write("bad.xlf", "<xliff version='1.2'><file><body><trans-unit>"))
    assert not d.ok and d.error.startswith("XLIFF: malformed XML")
    (d,) = docs(write("notx.xlf", "<html/>"))
    assert not d.ok and "not <xliff>" in d.error


def test_xliff_entities_are_not_expanded(write):
    evil = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            '<xliff version="1.2"><file source-language="en" target-language="fr"><body>'
            '<trans-unit id="1"><source>a &e;</source><target>b &e;</target></trans-unit>'
            '</body></file></xliff>')
    out = docs(write("evil.xlf", evil))
    assert all("root:" not in (d.text or "") for d in out)


def test_xliff_end_to_end_finds_changed_year(write):
    p = write("a.xlf", XLIFF12)
    r = audit([str(p)], use_model=False, select=["MT401", "MT402"])
    (doc,) = r.documents
    assert [(f.check, f.text, f.source_text) for f in doc.findings] == [("MT402", "2019", "2021")]


# -- PO ---------------------------------------------------------------------

PO = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: app.py:1
msgid "Delete 3 files?"
msgstr "Supprimer 3 fichiers ?"

#, fuzzy
msgid "Save"
msgstr "Enregistrer"

msgid "Untranslated"
msgstr ""
'''


def test_po_entries_header_language_and_fuzzy(write):
    (d,) = docs(write("fr.po", PO))
    assert d.ok and d.format == "po" and d.target_lang == "fr"
    assert d.text == "Supprimer 3 fichiers ?\nEnregistrer"
    assert d.source == "Delete 3 files?\nSave"
    assert d.extra["fuzzy_units"] == [1]
    check_alignments(d)


def test_malformed_po_is_an_error_document(write):
    (d,) = docs(write("bad.po", 'msgid "a\nmsgstr "b"\n'))
    assert not d.ok and d.error.startswith("PO parse error")


def test_po_without_translations(write):
    (d,) = docs(write("empty.po", 'msgid "a"\nmsgstr ""\n'))
    assert not d.ok and "no translated entries" in d.error


# -- JSONL ------------------------------------------------------------------

def test_jsonl_records_get_alignments(write):
    recs = [{"id": "a", "source": "Satu kalimat. Dua kalimat.", "target": "Une phrase. Deux phrases."},
            {"id": "b", "source": "Satu kalimat panjang.", "target": "Une phrase. Et une autre."}]
    out = docs(write("r.jsonl", "\n".join(json.dumps(r) for r in recs)))
    a, b = out
    assert len(a.alignments) == 2
    assert a.source[a.alignments[1].source_start:a.alignments[1].source_end] == "Dua kalimat."
    assert len(b.alignments) == 1 and b.alignments[0].target_end == len(b.text)


# -- parallel folders -------------------------------------------------------

def test_parallel_folders_pair_by_relative_path(write, tmp_path):
    write("tr/news/a.txt", "Le pont a coûté 5 millions d'euros.\nIl a ouvert en 2019.\n")
    write("orig/news/a.txt", "Jembatan itu menelan biaya 5 juta euro.\nJembatan dibuka pada 2021.\n")
    write("tr/b.txt", "Un article sans source.\n")
    out = docs(tmp_path / "tr", source_dir=str(tmp_path / "orig"), source_lang="id", target_lang="fr")
    by = {d.path.rsplit("/", 1)[-1]: d for d in out}
    a, b = by["a.txt"], by["b.txt"]
    assert a.source.startswith("Jembatan itu") and a.source_lang == "id"
    assert len(a.alignments) == 2
    check_alignments(a)
    assert b.source is None and "no source file" in b.extra["source_missing"]


def test_parallel_end_to_end(write, tmp_path):
    write("tr/a.txt", "Le pont a coûté 5 millions d'euros.\nIl a ouvert en 2019.\n")
    write("orig/a.txt", "Jembatan itu menelan biaya 5 juta euro.\nJembatan dibuka pada 2021.\n")
    write("tr/b.txt", "Un article sans source.\n")
    r = audit([str(tmp_path / "tr")], use_model=False, source_dir=str(tmp_path / "orig"),
              source_lang="id", target_lang="fr", select=["MT400", "MT401", "MT402"])
    by = {d.path.rsplit("/", 1)[-1]: d for d in r.documents}
    assert [(f.check, f.text, f.source_text) for f in by["a.txt"].findings] == [("MT402", "2019", "2021")]
    assert [(f.check, f.severity.value) for f in by["b.txt"].findings] == [("MT400", "info")]


# -- alignment ----------------------------------------------------------------

def test_equal_counts_pair_in_order():
    src, tgt = "Ada hujan. Jalan basah.\nSemua aman.", "Il pleut. La route est mouillée.\nTout va bien."
    al = align_texts(src, tgt, "id", "fr")
    assert [(src[a.source_start:a.source_end], tgt[a.target_start:a.target_end]) for a in al] == [
        ("Ada hujan.", "Il pleut."), ("Jalan basah.", "La route est mouillée."), ("Semua aman.", "Tout va bien.")]


def test_gale_church_finds_a_dropped_unit():
    # A short dropped unit is cheaper to merge with its neighbour; a long one
    # is not (Gale & Church's priors).
    assert align_lengths([100, 40, 100], [105, 102], 1.0)[0] == ((0, 1), (0,))
    beads = align_lengths([100, 80, 100], [105, 102], 1.0)
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_gale_church_merges_a_split_sentence():
    beads = align_lengths([60, 50, 100], [112, 98], 1.0)
    assert beads == [((0, 1), (0,)), ((2,), (1,))]
