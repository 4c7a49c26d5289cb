"""HTML pages, Word documents, subtitles and translation memories: what is
read as text, what is left out, where each finding lies in the original
file, and what broken files become."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from mtaudit.cli import main
from mtaudit.config import Config
from mtaudit.corpus import iter_documents, read_file
from mtaudit.errors import UsageError
from mtaudit.pipeline import audit


def docs_of(path, **settings):
    return list(read_file(Path(path), str(path), Config(**settings).validate()))


def one(path, **settings):
    docs = docs_of(path, **settings)
    assert len(docs) == 1, [(d.id, d.error) for d in docs]
    return docs[0]


def line_col_in(raw: str, needle: str, start: int = 0) -> tuple[int, int]:
    """1-based line and column of needle's first occurrence in raw (after start)."""
    at = raw.index(needle, start)
    return raw.count("\n", 0, at) + 1, at - (raw.rfind("\n", 0, at) + 1) + 1


# -- HTML -------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Un nouveau pont pour Lyon – Le Courrier du Rhône</title>
  <script>var tracker = "Script qui ne doit pas être lu";</script>
  <style>.menu { color: red; }</style>
</head>
<body>
  <nav class="menu"><ul>
    <li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
    <li><a href="/economie">Économie</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/abonnement">S'abonner</a></li>
  </ul></nav>
  <div class="cookie">Nous utilisons des cookies pour améliorer votre expérience.</div>
  <main><article>
    <h1>Un nouveau pont pour Lyon</h1>
    <p>La ville de Lyon a inauguré mardi un pont de 200 mètres au-dessus du Rhône, après trois ans de travaux.</p>
    <p>Le chantier a coûté 45 millions d&rsquo;euros, financés par la métropole et la région.</p>
    <p>Les cyclistes et les piétons pourront l'emprunter dès la semaine prochaine, a précisé la maire.</p>
  </article></main>
  <footer><p>© 2024 Le Courrier du Rhône. Tous droits réservés. Mentions légales. Contact.</p></footer>
  <script>document.write("Encore un script");</script>
</body>
</html>
"""


def test_html_main_text_leaves_menus_scripts_and_footer_out(write):
    doc = one(write("pont.html", NEWS_PAGE))
    assert doc.ok and doc.format == "html" and doc.kind_of_text == "extracted"
    lines = doc.text.split("\n")
    # Title and paragraphs, one per line, in order.
    assert lines[0] == "Un nouveau pont pour Lyon"
    assert lines[1].startswith("La ville de Lyon a inauguré mardi")
    assert lines[2] == "Le chantier a coûté 45 millions d’euros, financés par la métropole et la région."
    assert lines[-1].endswith("a précisé la maire.")
    for boilerplate in ("Accueil", "Politique", "S'abonner", "Script", "tracker", "color",
                        "Tous droits réservés", "Encore un script", "<p>", "&rsquo;"):
        assert boilerplate not in doc.text
    assert doc.target_lang == "fr"            # from <html lang="fr">
    assert [p.text for p in doc.paragraphs] == lines


def test_html_findings_point_at_the_pages_line_and_column(write):
    path = write("pont.html", NEWS_PAGE)
    doc = one(path)
    # A word after an entity: the extracted text has "’", the page "&rsquo;".
    off = doc.text.index("euros, financés")
    loc = doc.origins.locate(off)
    assert (loc["line"], loc["column"]) == line_col_in(NEWS_PAGE, "euros, financés")
    off = doc.text.index("la maire")
    loc = doc.origins.locate(off)
    assert (loc["line"], loc["column"]) == line_col_in(NEWS_PAGE, "la maire")
    # The title paragraph is found in the page too (the <h1>, or the <title>).
    loc = doc.origins.locate(0)
    assert loc["line"] in (5, 19)


def test_html_whole_visible_text_option(write):
    doc = one(write("pont.html", NEWS_PAGE), html_text="all")
    lines = doc.text.split("\n")
    assert "Accueil" in lines and "Sport" in lines          # menus are visible text
    assert any("Tous droits réservés" in line for line in lines)
    assert "tracker" not in doc.text and "Encore un script" not in doc.text and "color" not in doc.text
    assert lines[0] == "Un nouveau pont pour Lyon – Le Courrier du Rhône"   # <title>
    off = doc.text.index("Sport")
    loc = doc.origins.locate(off)
    assert (loc["line"], loc["column"]) == line_col_in(NEWS_PAGE, "Sport<")


def test_html_target_lang_flag_wins_over_the_lang_attribute(write):
    assert one(write("p.html", NEWS_PAGE), target_lang="es").target_lang == "es"
    page = NEWS_PAGE.replace('<html lang="fr">', "<html>")
    assert one(write("q.html", page)).target_lang is None


@pytest.mark.parametrize("content, reason", [
    ("<html><head><script>var a = 'pas du texte';</script></head><body>  </body></html>",
     "HTML: no main text"),
    ("", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_html_without_text_is_an_error_with_a_reason(write, content, reason):
    doc = one(write("bad.html", content))
    assert not doc.ok and reason in doc.error


def test_malformed_html_is_read_without_crashing(write):
    page = ("<html lang=fr><body><article><h1>Titre <b>gras</h1><p>Un premier paragraphe sans fin "
            "qui parle de la ville de Lyon et de ses ponts, avec < et & seuls"
            "<p>Un second paragraphe, lui aussi assez long pour être retenu par l'extracteur.</div>"
            "</td></tr><!-- commentaire jamais fermé")
    doc = one(write("broken.html", page))
    assert doc.ok, doc.error
    assert "Un second paragraphe" in doc.text and "commentaire" not in doc.text
    for p in doc.paragraphs:
        assert doc.origins.locate(p.start)["line"] == 1


def test_parallel_html_folders(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "fr" / "pont.html").write_text(NEWS_PAGE, encoding="utf-8")
    source = (NEWS_PAGE.replace('lang="fr"', 'lang="en"')
              .replace("Un nouveau pont pour Lyon", "A new bridge for Lyon")
              .replace("La ville de Lyon a inauguré mardi un pont de 200 mètres au-dessus du Rhône, "
                       "après trois ans de travaux.",
                       "The city of Lyon opened a 200-metre bridge over the Rhône on Tuesday, "
                       "after three years of work.")
              .replace("Le chantier a coûté 45 millions d&rsquo;euros, financés par la métropole et la région.",
                       "The work cost 54 million euros, paid by the metropolis and the region.")
              .replace("Les cyclistes et les piétons pourront l'emprunter dès la semaine prochaine, a précisé la maire.",
                       "Cyclists and pedestrians can use it from next week, the mayor said."))
    (tmp_path / "en" / "pont.html").write_text(source, encoding="utf-8")
    cfg = Config(source_dir=str(tmp_path / "en"), select=["MT401"], use_model=False).validate()
    [doc] = list(iter_documents([str(tmp_path / "fr")], cfg))
    assert doc.source.split("\n")[0] == "A new bridge for Lyon"
    assert "Accueil" not in doc.source and doc.source_lang == "en"
    report = audit([str(tmp_path / "fr")], cfg)
    [f] = [f for f in report.documents[0].findings if f.check == "MT401"]
    assert f.text.startswith("45") and f.source_text.startswith("54")
    loc = report.documents[0].location(f)
    assert (loc["line"], loc["column"]) == line_col_in(NEWS_PAGE, "45 millions")


# -- DOCX -------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>Chiffres de la métropole, janvier 2024.</w:t></w:r></w:p>'
             '</w:footnote></w:footnotes>')


def make_docx(path: Path, footnote: bool = True) -> Path:
    """A report with a header, a table, a comment, a tracked change (raw
    XML: python-docx cannot write one) and a footnote (raw part)."""
    import docx
    from docx.oxml import parse_xml
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Le Courrier du Rhône — édition du soir"
    p1 = d.add_paragraph("La ville de Lyon a inauguré un nouveau pont.")
    d.add_comment(p1.runs, text="COMMENTAIRE À NE PAS LIRE", author="Relectrice")
    d.add_paragraph("")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Ville", (0, 1): "Habitants",
                         (1, 0): "Lyon", (1, 1): "522 000"}.items():
        table.cell(r, c).text = text
    p = d.add_paragraph("Le maire a ")
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="91" w:author="A" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:delText>TEXTE SUPPRIMÉ </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="92" w:author="A" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:t xml:space="preserve">chaleureusement salué </w:t></w:r></w:ins>'))
    p.add_run("les ouvriers.")
    if footnote:
        p._p.append(parse_xml(f'<w:r {W_NS}><w:footnoteReference w:id="1"/></w:r>'))
    buf = io.BytesIO()
    d.save(buf)
    if not footnote:
        path.write_bytes(buf.getvalue())
        return path
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                    b'footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", FOOTNOTES)
    path.write_bytes(out.getvalue())
    return path


def test_docx_paragraphs_table_cells_header_and_footnote(tmp_path):
    doc = one(make_docx(tmp_path / "rapport.docx"))
    assert doc.ok and doc.format == "docx" and doc.kind_of_text == "extracted"
    assert doc.text.split("\n") == [
        "La ville de Lyon a inauguré un nouveau pont.",
        "Ville", "Habitants", "Lyon", "522 000",
        "Le maire a chaleureusement salué les ouvriers.",
        "Le Courrier du Rhône — édition du soir",
        "Chiffres de la métropole, janvier 2024.",
    ]
    where = [doc.origins.locate(p.start) for p in doc.paragraphs]
    assert where[0] == {"part": "body", "paragraph": 1, "column": 1}
    # The empty paragraph counts: the table's first cell is paragraph 3.
    assert where[1] == {"part": "body", "paragraph": 3, "table": 1, "row": 1, "cell": 1, "column": 1}
    assert where[4] == {"part": "body", "paragraph": 6, "table": 1, "row": 2, "cell": 2, "column": 1}
    assert where[5] == {"part": "body", "paragraph": 7, "column": 1}
    assert where[6] == {"part": "header", "header": 1, "paragraph": 1, "column": 1}
    assert where[7] == {"part": "footnote", "note": "1", "paragraph": 1, "column": 1}


def test_docx_tracked_deletions_and_comments_are_not_text(tmp_path):
    doc = one(make_docx(tmp_path / "rapport.docx", footnote=False))
    assert "SUPPRIMÉ" not in doc.text and "COMMENTAIRE" not in doc.text and "Relectrice" not in doc.text
    assert "chaleureusement salué" in doc.text      # insertions read as accepted


def test_docx_finding_carries_its_paragraph(tmp_path):
    path = make_docx(tmp_path / "rapport.docx", footnote=False)
    report = audit([str(path)], use_model=False, select=["MT301"], target_lang="fr")
    assert report.documents[0].status == "ok" and report.documents[0].text_kind == "extracted"
    # A repeated paragraph, in a document of our own, is found at paragraph 3.
    import docx
    d = docx.Document(str(path))
    d.add_paragraph("La ville de Lyon a inauguré un nouveau pont.")
    d.save(str(path))
    report = audit([str(path)], use_model=False, select=["MT301"], target_lang="fr")
    [f] = report.documents[0].findings
    assert report.documents[0].to_dict()["findings"][0]["location"] == {"part": "body", "paragraph": 8, "column": 1}
    assert f.text == "La ville de Lyon a inauguré un nouveau pont."


def test_broken_docx_files_are_errors_with_reasons(tmp_path):
    good = make_docx(tmp_path / "good.docx", footnote=False).read_bytes()
    cases = {
        "truncated.docx": (good[: len(good) // 2], "not a zip package"),
        "text.docx": (b"Ceci n'est pas un document Word, seulement du texte.", "not a zip package"),
        # An encrypted (password-protected) Word file is an OLE compound file.
        "protected.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "password-protected"),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "pas de document")
    cases["other.docx"] = (buf.getvalue(), "no word/document.xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * 5_000_000)     # inflates 5 MB from a few KB
    cases["bomb.docx"] = (buf.getvalue(), "over")
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, b"<w:document><broken" if item.filename == "word/document.xml" else data)
    cases["badxml.docx"] = (buf.getvalue(), "not a readable Word document")
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        doc = one(tmp_path / name, max_bytes=100_000)
        assert not doc.ok and doc.error.startswith("DOCX: ") and reason in doc.error, (name, doc.error)


# -- Subtitles --------------------------------------------------------------

SRT = ("1\r\n00:00:01,000 --> 00:00:03,500\r\nLe ministre a rencontré hier\r\nle commandant de l'OTAN\r\n\r\n"
       "2\r\n00:00:03,600 --> 00:00:06,000\r\n<i>pour lui demander</i> son soutien.\r\n\r\n"
       "3\r\n00:00:07,000 --> 00:00:09,000\r\nLa visite a duré deux jours.\r\n")
VTT = ("WEBVTT\n\nNOTE réglages de l'export\n\n"
       "intro\n00:00:01.000 --> 00:00:03.500 align:start\n<v Anne>Le ministre a rencontré hier\n"
       "le commandant de l'OTAN\n\n"
       "00:00:03.600 --> 00:00:06.000\npour lui demander son soutien &amp; son aide.\n\n"
       "00:00:07.000 --> 00:00:09.000\nLa visite a duré deux jours.\n")


@pytest.mark.parametrize("name, content", [("a.srt", SRT), ("a.vtt", VTT)])
def test_a_sentence_across_two_cues_is_one_sentence(write, name, content):
    doc = one(write(name, content))
    assert doc.ok and doc.kind_of_text == "cues"
    first = [s.text for s in doc.sentences][0]
    assert first.startswith("Le ministre a rencontré hier le commandant de l'OTAN pour lui demander son soutien")
    assert len(doc.paragraphs) == 2 and doc.paragraphs[1].text == "La visite a duré deux jours."
    assert "<i>" not in doc.text and "<v" not in doc.text and "NOTE" not in doc.text


@pytest.mark.parametrize("name, content, sep", [("a.srt", SRT, ","), ("a.vtt", VTT, ".")])
def test_cue_locations_give_number_times_line_and_column(write, name, content, sep):
    doc = one(write(name, content))
    loc = doc.origins.locate(doc.text.index("demander"))
    assert loc["cue"] == 2
    assert (loc["start_time"], loc["end_time"]) == (f"00:00:03{sep}600", f"00:00:06{sep}000")
    assert (loc["line"], loc["column"]) == line_col_in(content.replace("\r\n", "\n"), "demander")
    loc = doc.origins.locate(doc.text.index("commandant"))       # second line of cue 1
    assert loc["cue"] == 1 and (loc["line"], loc["column"]) == line_col_in(content.replace("\r\n", "\n"), "commandant")
    if name.endswith(".vtt"):
        assert doc.origins.locate(0)["cue_id"] == "intro"


def test_subtitle_finding_in_sarif_and_github_points_at_the_file_line(write, capsys):
    content = SRT + ("\r\n4\r\n00:00:10,000 --> 00:00:12,000\r\nLa visite a duré deux jours.\r\n")
    path = write("rep.srt", content)
    assert main(["audit", str(path), "--no-model", "--select", "MT301", "-f", "sarif",
                 "--target-lang", "fr", "--fail-on", "never", "--no-progress"]) == 0
    sarif = json.loads(capsys.readouterr().out)
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parent / "data" / "reports" / "sarif-2.1.0-minimal.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    [result] = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (16, 1)     # cue 4's text line
    assert result["locations"][0]["logicalLocations"][0]["name"].startswith("cue 4 (00:00:10,000")
    assert main(["audit", str(path), "--no-model", "--select", "MT301", "-f", "github",
                 "--target-lang", "fr", "--fail-on", "never"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "line=16," in line and "col=1," in line and "in cue 4" in line


@pytest.mark.parametrize("name, content, bad_line", [
    ("b.srt", SRT.replace("00:00:03,600 --> 00:00:06,000", "00:00:03,600 --> 00:0x:06,000"), 6),
    ("b.vtt", VTT.replace("00:00:03.600 --> 00:00:06.000", "00:00:03.600 --> 00:0x:06.000"), 10),
    ("c.srt", SRT.replace("00:00:07,000 --> 00:00:09,000", "00:00:09,000 --> 00:00:07,000"), 10),
])
def test_broken_timestamps_cost_one_cue_only(write, name, content, bad_line):
    docs = docs_of(write(name, content))
    good = [d for d in docs if d.ok]
    bad = [d for d in docs if not d.ok]
    assert len(good) == 1 and len(bad) == 1
    assert bad[0].id == f"cue at line {bad_line}" and "cue at line" in bad[0].error
    assert ("timing" in bad[0].error) or ("ends before it starts" in bad[0].error)
    assert "La visite a duré deux jours." in good[0].text or "Le ministre" in good[0].text
    assert len(good[0].origins.spans) == 2


def test_vtt_without_signature_is_an_error(write):
    doc = one(write("x.vtt", VTT.replace("WEBVTT", "WEBVIDEO")))
    assert not doc.ok and "WEBVTT" in doc.error


def test_parallel_subtitles_align_by_timestamps(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "fr" / "ep.srt").write_text(
        "1\n00:00:01,000 --> 00:00:02,500\nLe maire a annoncé\n\n"
        "2\n00:00:02,600 --> 00:00:04,000\nun budget de 15 millions.\n\n"
        "3\n00:00:05,000 --> 00:00:07,000\nLes travaux commencent en mai.\n", encoding="utf-8")
    (tmp_path / "en" / "ep.srt").write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nThe mayor announced a 12 million budget.\n\n"
        "2\n00:00:05,100 --> 00:00:06,900\nWork starts in May.\n", encoding="utf-8")
    cfg = Config(source_dir=str(tmp_path / "en"), select=["MT401"], use_model=False,
                 target_lang="fr", source_lang="en").validate()
    [doc] = list(iter_documents([str(tmp_path / "fr")], cfg))
    assert doc.source == "The mayor announced a 12 million budget.\nWork starts in May."
    pairs = [(doc.source[a.source_start:a.source_end], doc.text[a.target_start:a.target_end])
             for a in doc.alignments]
    assert pairs[-1] == ("Work starts in May.", "Les travaux commencent en mai.")
    report = audit([str(tmp_path / "fr")], cfg)
    [f] = report.documents[0].findings
    loc = report.documents[0].location(f)
    assert f.text.startswith("15") and loc["cue"] == 2 and loc["line"] == 7


# -- TMX --------------------------------------------------------------------

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="none"
          adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="pont-1" creationid="anne"><prop type="x-document">pont.txt</prop>
      <tuv xml:lang="en"><seg>The bridge opened on Tuesday.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Le pont a ouvert mardi.</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Die Brücke wurde am Dienstag eröffnet.</seg></tuv>
    </tu>
    <tu tuid="pont-2" creationid="anne"><prop type="x-document">pont.txt</prop>
      <tuv xml:lang="en"><seg>It cost <bpt i="1">&lt;b&gt;</bpt>45 million<ept i="1">&lt;/b&gt;</ept> euros.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Il a coûté 54 millions d'euros.</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Sie kostete 45 Millionen Euro.</seg></tuv>
    </tu>
    <tu tuid="gare-1" creationid="paul"><prop type="x-document">gare.txt</prop>
      <tuv xml:lang="en"><seg>The station will close in June.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>La gare fermera en juin.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_tmx_three_languages_give_one_document_per_target(write):
    docs = docs_of(write("memoire.tmx", TMX))
    assert [(d.id, d.source_lang, d.target_lang) for d in docs] == [("fr", "en", "fr"), ("de", "en", "de")]
    fr, de = docs
    assert fr.text.split("\n") == ["Le pont a ouvert mardi.", "Il a coûté 54 millions d'euros.",
                                   "La gare fermera en juin."]
    assert fr.source.split("\n")[1] == "It cost 45 million euros."      # inline codes are not text
    assert len(fr.alignments) == 3 and len(de.alignments) == 2
    assert fr.kind_of_text == "units"
    loc = fr.origins.locate(fr.text.index("54"))
    assert loc == {"unit": "pont-2", "line": line_col_in(TMX, "Il a coûté")[0]}


def test_tmx_group_by_attribute_or_prop(write):
    path = write("memoire.tmx", TMX)
    by_prop = docs_of(path, group_by="x-document")
    assert [d.id for d in by_prop] == ["pont.txt/fr", "pont.txt/de", "gare.txt/fr"]
    by_attr = docs_of(path, group_by="creationid", target_lang="fr")
    assert [(d.id, len(d.alignments)) for d in by_attr] == [("anne/fr", 2), ("paul/fr", 1)]


def test_tmx_finding_names_its_unit(write):
    path = write("memoire.tmx", TMX)
    report = audit([str(path)], use_model=False, select=["MT401"], target_lang="fr")
    [d] = report.documents
    [f] = d.findings
    assert f.text.startswith("54") and d.to_dict()["findings"][0]["location"]["unit"] == "pont-2"


@pytest.mark.parametrize("content, reason", [
    (TMX[:300], "TMX: malformed XML"),
    ('<?xml version="1.0"?><xliff version="1.2"/>', "not <tmx>"),
    ('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
     '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv>'
     '<tuv xml:lang="fr"><seg>&b;</seg></tuv></tu></body></tmx>', "TMX"),
    ('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>'
     '<tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu></body></tmx>', "no unit has both"),
])
def test_broken_tmx_files_are_errors(write, content, reason):
    docs = docs_of(write("bad.tmx", content))
    assert all("aaaaaaaaaa" not in d.text for d in docs)     # entities never expanded
    assert len(docs) == 1 and not docs[0].ok and reason in docs[0].error, docs[0].error


def test_xliff_findings_carry_their_unit_id(write):
    xlf = ('<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
           '<file source-language="en" target-language="fr" datatype="plaintext" original="a">'
           '<body><trans-unit id="u7"><source>It cost 45 million euros.</source>'
           "<target>Il a coûté 54 millions d'euros.</target></trans-unit></body></file></xliff>")
    report = audit([str(write("a.xlf", xlf))], use_model=False, select=["MT401"])
    assert report.documents[0].to_dict()["findings"][0]["location"] == {"unit": "u7"}


# -- Folder walks and --formats ---------------------------------------------

def test_folder_walk_takes_the_new_suffixes_and_formats_narrows_them(tmp_path):
    (tmp_path / "a.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "b.srt").write_text(SRT, encoding="utf-8")
    (tmp_path / "c.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "d.tmx").write_text(TMX, encoding="utf-8")
    make_docx(tmp_path / "e.docx", footnote=False)
    (tmp_path / "f.txt").write_text("Un article en français.\n", encoding="utf-8")
    (tmp_path / "g.png").write_bytes(b"\x89PNG")
    skipped = []
    docs = list(iter_documents([str(tmp_path)], Config(), on_skip=skipped.append))
    assert sorted({d.format for d in docs}) == ["docx", "html", "srt", "text", "tmx", "vtt"]
    assert all(d.ok for d in docs) and skipped == [str(tmp_path / "g.png")]
    skipped = []
    docs = list(iter_documents([str(tmp_path)], Config(input_formats=["html", ".srt"]).validate(),
                               on_skip=skipped.append))
    assert [Path(d.path).name for d in docs] == ["a.html", "b.srt"]
    assert len(skipped) == 5
    # A file named on the command line is read whatever --formats says.
    docs = list(iter_documents([str(tmp_path / "f.txt")], Config(input_formats=["html"]).validate()))
    assert [d.format for d in docs] == ["text"]
    docs = list(iter_documents([f"{tmp_path}/./f.txt"], Config(input_formats=["html"]).validate()))
    assert [d.format for d in docs] == ["text"]


def test_formats_option_and_config_key(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "b.srt").write_text(SRT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["audit", ".", "--formats", "srt", "--no-model", "--select", "MT301", "-f", "json",
                 "--no-progress"]) == 0
    assert [d["path"] for d in json.loads(capsys.readouterr().out)["documents"]] == ["b.srt"]
    (tmp_path / "mtaudit.toml").write_text('input-formats = ["html"]\nhtml-text = "all"\n')
    assert main(["audit", ".", "--no-model", "--select", "MT301", "-f", "json", "--no-progress"]) == 0
    [d] = json.loads(capsys.readouterr().out)["documents"]
    assert d["path"] == "a.html" and d["text_kind"] == "extracted"
    with pytest.raises(UsageError, match="unknown input format"):
        Config(input_formats=["pdf"]).validate()
    assert main(["audit", ".", "--formats", "pdf"]) == 2


def test_html_report_shows_the_audited_text(tmp_path):
    repeated = "<p>Les cyclistes et les piétons pourront l'emprunter dès la semaine prochaine, a précisé la maire.</p>"
    (tmp_path / "a.html").write_text(NEWS_PAGE.replace(repeated, repeated + "\n    " + repeated),
                                     encoding="utf-8")
    assert main(["audit", str(tmp_path / "a.html"), "--no-model", "--select", "MT301", "-f", "html",
                 "-o", str(tmp_path / "out"), "--fail-on", "never", "--no-progress"]) == 0
    page = next(p for p in (tmp_path / "out").glob("*.html") if p.name != "index.html")
    html = page.read_text(encoding="utf-8")
    assert "La ville de Lyon a inauguré mardi" in html and "Accueil" not in html
    assert "The text as audited (extracted from the html file)" in html
    assert f"In the original file: line {line_col_in(NEWS_PAGE, repeated)[0] + 1}, col 8" in html


def test_a_folder_walk_skips_mtaudits_own_html_reports(tmp_path):
    (tmp_path / "a.html").write_text(NEWS_PAGE, encoding="utf-8")
    assert main(["audit", str(tmp_path / "a.html"), "--no-model", "--select", "MT301", "-f", "html",
                 "-o", str(tmp_path / "reports"), "--fail-on", "never", "--no-progress"]) == 0
    assert len(list((tmp_path / "reports").glob("*.html"))) == 2
    skipped = []
    docs = list(iter_documents([str(tmp_path)], Config(), on_skip=skipped.append))
    assert [Path(d.path).name for d in docs] == ["a.html"] and len(skipped) == 2
    # Named directly, a report is read like any page.
    assert one(tmp_path / "reports" / "index.html").format == "html"


def test_no_break_spaces_of_the_page_are_kept(write):
    page = ("<html lang='fr'><body><article><h1>Un titre</h1><p>Le ministre a déclaré&nbsp;: "
            "« Nous construirons 3&#8239;200 logements cette année dans toute la région. »</p>"
            "<p>Un second paragraphe, assez long pour que l'extracteur le retienne bien.</p>"
            "</article></body></html>")
    doc = one(write("nbsp.html", page))
    assert "déclaré\u00a0:" in doc.text and "3\u202f200" in doc.text


def test_text_report_shows_the_original_line(write, capsys):
    content = SRT + ("\r\n4\r\n00:00:10,000 --> 00:00:12,000\r\nLa visite a duré deux jours.\r\n")
    path = write("rep.srt", content)
    assert main(["audit", str(path), "--no-model", "--select", "MT301", "-f", "text",
                 "--target-lang", "fr", "--fail-on", "never", "--no-progress"]) == 0
    assert f"{path}:16:1: MT301" in capsys.readouterr().out


def test_a_paragraph_the_page_lacks_is_placed_approximately():
    from mtaudit.corpus.html import trace
    page = "<html><body>\n<p>Premier paragraphe.</p>\n<p>Troisième.</p>\n</body></html>"
    paragraphs = ["Premier paragraphe.", "Un texte réécrit par l'extracteur.", "Troisième."]
    origins, fixed = trace(page, paragraphs)
    assert fixed == paragraphs                         # same text, same offsets
    text = "\n".join(fixed)
    assert origins.locate(text.index("réécrit"))["approximate"] is True
    assert origins.locate(text.index("Troisième")) == {"line": 3, "column": 4}
    assert origins.locate(text.index("paragraphe")) == {"line": 2, "column": 12}


def test_docx_and_tmx_in_sarif_and_github(tmp_path, capsys):
    import docx
    path = make_docx(tmp_path / "rapport.docx", footnote=False)
    d = docx.Document(str(path))
    d.add_paragraph("La ville de Lyon a inauguré un nouveau pont.")
    d.save(str(path))
    (tmp_path / "memoire.tmx").write_text(TMX, encoding="utf-8")
    args = [str(path), str(tmp_path / "memoire.tmx"), "--no-model", "--select", "MT301,MT401",
            "--target-lang", "fr", "--fail-on", "never", "--no-progress"]
    assert main(["audit", *args, "-f", "sarif"]) == 0
    sarif = json.loads(capsys.readouterr().out)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif, json.loads((Path(__file__).parent / "data" / "reports" /
                                           "sarif-2.1.0-minimal.schema.json").read_text(encoding="utf-8")))
    by_rule = {r["ruleId"]: r["locations"][0] for r in sarif["runs"][0]["results"]}
    assert "region" not in by_rule["MT301"]["physicalLocation"]       # a DOCX has no lines
    assert by_rule["MT301"]["logicalLocations"][0]["name"] == "paragraph 8"
    assert by_rule["MT401"]["physicalLocation"]["region"]["startLine"] == line_col_in(TMX, "Il a coûté")[0]
    assert by_rule["MT401"]["logicalLocations"][0]["name"] == "unit pont-2"
    assert main(["audit", *args, "-f", "github"]) == 0
    out = capsys.readouterr().out
    assert "in paragraph 8::" in out and "line=" not in out.split("in paragraph 8")[0].splitlines()[-1]
    assert "in unit pont-2::" in out


def test_legacy_encoded_page_and_utf16_memory(write):
    page = ("<html><head><meta charset='iso-8859-1'></head><body><article lang='fr'><h1>Été à Lyon</h1>"
            "<p>La ville de Lyon a inauguré un pont près de la rivière, à côté de la gare, après trois "
            "années de travaux coûteux.</p></article></body></html>")
    doc = one(write("latin1.html", page.encode("latin-1")))
    assert doc.text.startswith("Été à Lyon\nLa ville") and doc.target_lang == "fr"
    tmx16 = TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    fr, de = docs_of(write("memoire16.tmx", tmx16))
    assert fr.ok and fr.encoding == "utf-16" and "Il a coûté 54 millions" in fr.text


def test_parallel_docx_folders(tmp_path):
    import docx
    for lang, lines in {"fr": ["Le pont de Lyon", "Il a coûté 54 millions d'euros."],
                        "en": ["The Lyon bridge", "It cost 45 million euros."]}.items():
        (tmp_path / lang).mkdir()
        d = docx.Document()
        for line in lines:
            d.add_paragraph(line)
        d.save(str(tmp_path / lang / "pont.docx"))
    report = audit([str(tmp_path / "fr")], source_dir=str(tmp_path / "en"), select=["MT401"],
                   use_model=False, source_lang="en", target_lang="fr")
    [d] = report.documents
    [f] = d.findings
    assert f.source_text.startswith("45") and d.location(f) == {"part": "body", "paragraph": 2, "column": 12}


def test_text_report_gives_a_docx_finding_its_paragraph_and_column(tmp_path, capsys):
    import docx
    d = docx.Document()
    for line in ["Le pont de Lyon", "", "Il a coûté 54 millions d'euros."]:
        d.add_paragraph(line)
    d.save(str(tmp_path / "pont.docx"))
    d = docx.Document()
    for line in ["The Lyon bridge", "", "It cost 45 million euros."]:
        d.add_paragraph(line)
    (tmp_path / "en").mkdir()
    d.save(str(tmp_path / "en" / "pont.docx"))
    assert main(["audit", str(tmp_path / "pont.docx"), "--source-dir", str(tmp_path / "en"),
                 "--no-model", "--select", "MT401", "--source-lang", "en", "--target-lang", "fr",
                 "--fail-on", "never", "--no-progress"]) == 0
    assert f"{tmp_path / 'pont.docx'}:3:12: MT401" in capsys.readouterr().out


@pytest.mark.parametrize("prev, nxt, joined", [
    ("Le maire a annoncé", "un budget de 15 millions.", True),          # lower case next
    ("Les travaux ont duré de 2021 à", "2023, selon la mairie.", True),  # a digit next
    ("Elle a été élue présidente de la", "Fédération française.", True),  # ends on a short word
    ("Un nouveau pont pour la ville", "ANNECY - Le festival commence.", False),  # a title
    ("Il est arrivé hier,", "Pierre aussi.", True),
    ("Je pense que...", "...nous partirons demain.", True),
    ("La séance est levée.", "la suite demain.", False),               # final punctuation
    ("Tu viens ?", "- Oui, j'arrive.", False),                          # a new speaker
    ("Le chef de l’Otan demande un soutien à l’Ukraine", "Le chef de l’Otan insiste", False),
])
def test_when_a_sentence_runs_on_into_the_next_cue(prev, nxt, joined):
    from mtaudit.corpus.subtitles import continues
    assert continues(prev, nxt) is joined


def test_html_lists_and_tables_become_paragraphs_without_markup(write):
    page = ("<html lang=fr><body><article><h1>Le budget</h1>\n<p>La ville a voté son budget pour "
            "l'année prochaine, avec trois priorités principales.</p>\n<ul><li>Les écoles et les "
            "crèches de tous les quartiers</li><li>Les transports en commun, bus et tramways</li></ul>\n"
            "<table><tr><td>Écoles</td><td>12 millions</td></tr></table>\n<blockquote>Nous tiendrons "
            "nos promesses, a dit le maire devant le conseil municipal.</blockquote></article></body></html>")
    for mode in ("main", "all"):
        doc = one(write("budget.html", page), html_text=mode)
        lines = doc.text.split("\n")
        assert "Les écoles et les crèches de tous les quartiers" in lines       # no "- " bullet
        assert "Écoles" in lines and "12 millions" in lines                     # no "|" cells
        assert not any(line.startswith(("-", "|")) for line in lines)
        assert all("approximate" not in doc.origins.locate(p.start) for p in doc.paragraphs)
        loc = doc.origins.locate(doc.text.index("12 millions"))
        assert (loc["line"], loc["column"]) == line_col_in(page, "12 millions")


def test_html_repeated_paragraph_is_kept_but_not_a_sidebar_teaser(write):
    title = "Un nouveau pont pour Lyon"
    a = "La ville de Lyon a inauguré mardi un pont de 200 mètres au-dessus du Rhône, après trois ans de travaux."
    b = "Le chantier a coûté 45 millions d'euros, financés par la métropole et la région."
    c = "Les cyclistes et les piétons pourront l'emprunter dès la semaine prochaine, a précisé la maire."
    page = (f"<html lang='fr'><body><nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>\n"
            f"<p>{a}</p>\n<p>{b}</p>\n<p>{a}</p>\n<p>{c}</p>\n</article>\n"
            f"<aside><h2>Lire aussi</h2><ul><li><a href='/x'>{title}</a></li></ul></aside></body></html>")
    doc = one(write("repeat.html", page))
    assert doc.text.split("\n") == [title, a, b, a, c]
    second = doc.text.index(a, doc.text.index(b))
    assert (doc.origins.locate(second)["line"]) == 4          # the page's own second copy
    report = audit([str(write("repeat2.html", page))], use_model=False, select=["MT301"])
    [f] = report.documents[0].findings
    assert f.text == a and report.documents[0].location(f)["line"] == 4
