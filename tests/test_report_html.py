"""The HTML report: faithful text with marks, escaping, index, file names."""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import html_dom  # noqa: E402
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, MINOR_ONLY, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.reports import html as html_report  # noqa: E402


def dom_text(text: str) -> str:
    """What the DOM can hold: NUL and lone surrogates become U+FFFD."""
    return "".join("\ufffd" if c == "\0" or 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def check_page(page: str, d) -> html_dom.TextAndMarks:
    """The invariants of an article page, for any document."""
    got = html_dom.read(page)
    assert "".join(got.text) == dom_text(d.text)
    assert sorted(got.marks, key=int) == [str(i + 1) for i in range(len(d.findings))]
    for i, f in enumerate(d.findings):
        assert "".join(got.marks[str(i + 1)]) == dom_text(f.text), (i, f)
    # only marks, their links and control-character labels inside the text
    assert set(got.tags_inside) <= {"mark", "a", "span"}
    return got


def pages(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}


@pytest.fixture
def audited(tmp_path, write, monkeypatch):
    report_test_checks.install(monkeypatch)
    paths = [write("corpus/propre.txt", CLEAN), write("corpus/abime.txt", BAD),
             write("corpus/mineur.txt", MINOR_ONLY), write("corpus/binaire.txt", b"\x00\x01\x02\xff")]
    return audit_files(paths, keep_text=True)


def test_real_audit_pages(audited, tmp_path):
    out = tmp_path / "html"
    html_report.write(audited, out)
    ps = pages(out)
    assert "index.html" in ps and len(ps) == 4      # index + 3 audited articles, none for the error
    for d in audited.documents:
        if d.status == "ok":
            check_page(ps[html_report.page_name(d.key)], d)
    bad = next(d for d in audited.documents if d.path.endswith("abime.txt"))
    assert len(bad.findings) == 6
    page = ps[html_report.page_name(bad.key)]
    # every finding has its details with the check's name, and links both ways
    for i, f in enumerate(bad.findings, 1):
        assert f'id="f{i}"' in page and f'href="#f{i}"' in page and f'href="#m{i}"' in page
    assert "test-misspelt-word" in page and "Suggestion: réforme" in page
    # nesting: the sentence mark encloses the word marks
    got = html_dom.read(page)
    sentence = next(i for i, f in enumerate(bad.findings, 1) if f.check == "MT991" and f.end > f.start)
    # properly nested: one mark per finding, no continuation parts
    assert not any("cont" in m.get("class", "").split() for m in got.mark_elements)
    assert len(got.mark_elements) == 6
    assert "".join(got.marks[str(sentence)]).startswith("Le gouvernemnt")


def test_index_sorted_worst_first_with_counts_chart_and_errors(audited, tmp_path):
    out = tmp_path / "html"
    html_report.write(audited, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-findings="([^"]*)"><td><a href="([^"]+)">', index)
    order = [href for _, href in rows]
    by_score = sorted((d for d in audited.documents if d.status == "ok"), key=lambda d: d.score)
    assert order == [html_report.page_name(d.key) for d in by_score]
    assert rows[0][0].split() == sorted({f"{f.severity.value}/{f.category}" for f in by_score[0].findings})
    # errors listed with their reason; the filter form hidden without JS
    assert "Inputs that could not be audited (1)" in index and "binaire.txt" in index
    err = next(d for d in audited.documents if d.status != "ok")
    assert html_report.escape(err.error) in index
    assert '<form id="filters" class="filters" hidden>' in index
    # histogram: one bar per ten points, counts adding up to the audited articles
    counts = [int(c) for c in re.findall(r'data-count="(\d+)"', index)]
    assert len(counts) == 10 and sum(counts) == 3
    assert counts[9] == 2                      # the clean article scores 100, one minor error in a short text 9x
    # severity counts table
    for sev, n in audited.counts().items():
        assert f'sev-{sev}">{sev}</span></td><td class="num">{n}</td>' in index


def test_self_contained_and_csp(audited, tmp_path):
    out = tmp_path / "html"
    html_report.write(audited, out)
    for name, page in pages(out).items():
        assert not re.search(r'(src|href)="(https?:)?//', page), name
        assert "@import" not in page and "url(" not in page
        csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1])
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert 'name="viewport"' in page
        if name == "index.html":
            assert "script-src 'sha256-" in csp
        else:
            assert "<script" not in page and "script-src 'none'" in csp


def test_overlapping_and_crossing_findings_split_without_losing_text(tmp_path):
    text = "Un deux trois quatre cinq six sept huit neuf dix."
    fs = [finding(3, 13, "major"),            # deux trois
          finding(8, 20, "minor"),            # trois quatre  (crosses the first)
          finding(8, 13, "critical"),         # trois         (inside both)
          finding(0, 49, "info"),             # everything
          finding(21, 21, "info", category="omission"),   # a point
          finding(40, 49, "minor")]           # neuf dix.
    d = doc_report(text, fs)
    r = make_report([d])
    html_report.write(r, tmp_path)
    page = (tmp_path / html_report.page_name(d.key)).read_text(encoding="utf-8")
    got = check_page(page, d)
    # one first part per finding carries its id; the crossing one has a continuation
    ids = [m["id"] for m in got.mark_elements if "id" in m]
    assert sorted(ids) == sorted(f"m{i}" for i in range(1, 7))
    assert any("cont" in m.get("class", "") for m in got.mark_elements)


def test_hostile_text_is_inert(tmp_path):
    text = ('Titre <script>document.title="pwned"</script> et "><img src=x onerror=alert(1)>\n'
            "Ligne\r\navec CRLF, une cloche \x07, un NUL \x00, un C1 \x85 et un échappement \x1b[31m.\n"
            + "x" * 3000 + "\n&amp; &lt;b&gt; <!-- commentaire -->")
    start = text.index("<script>")
    fs = [finding(start, start + 8, "critical", message='<b onmouseover="x">message</b>',
                  suggestion="</details><script>alert(2)</script>",
                  evidence={"<k>": "<v>", "also": [{"check": "<i>", "severity": "minor", "category": "x",
                                                      "message": "<u>"}]}),
          finding(text.index("\x07"), text.index("\x07") + 1, "minor"),
          finding(text.index("\x00") - 3, text.index("\x00") + 1, "minor")]
    d = doc_report(text, fs, path='dossier/<img src=x>".txt')
    r = make_report([d])
    html_report.write(r, tmp_path)
    for name, page in pages(tmp_path).items():
        parsed = html_dom.read(page)
        assert parsed.scripts == (1 if name == "index.html" else 0)
        assert not any(tag == "img" for tag, _ in parsed.elements)
        assert not any(k.startswith("on") for _, a in parsed.elements for k in a)
        assert "<script>document" not in page and "<b onmouseover" not in page
    page = (tmp_path / html_report.page_name(d.key)).read_text(encoding="utf-8")
    check_page(page, d)
    assert "\r" not in page and "&#13;" in page           # CR kept through the parser
    assert "overflow-wrap: anywhere" in page               # long words wrap
    # control characters are labelled where they stand
    assert 'data-cp="␇"' in page and 'data-cp="␀"' in page and 'data-cp="␛"' in page
    assert html_report.page_name(d.key).endswith(".html")
    assert re.fullmatch(r"[a-z0-9-]+\.html", html_report.page_name(d.key))


def test_page_names_safe_and_unique():
    keys = ["a.txt", "A.txt", "dossier/a.txt", "../../etc/passwd", "données/été.md#12",
            "x" * 500, "", "网页.txt", "a.txt#1", "a.txt#2"]
    names = [html_report.page_name(k) for k in keys]
    assert len(set(names)) == len(names)
    for n in names:
        assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{10}\.html", n) and len(n) < 90
    # duplicate keys in one report still get different pages
    d1, d2 = doc_report(CLEAN, []), doc_report(CLEAN, [])
    r = make_report([d1, d2])
    assert len(set(html_report.page_names(r).values())) == 2


def test_empty_corpus_and_errors_only(tmp_path):
    r = make_report([])
    html_report.write(r, tmp_path / "empty")
    index = (tmp_path / "empty" / "index.html").read_text(encoding="utf-8")
    assert "No article was audited." in index and "Gate passed" in index
    r = make_report([doc_report("", [], path="b.txt", status="error", error="binary content")])
    html_report.write(r, tmp_path / "err")
    index = (tmp_path / "err" / "index.html").read_text(encoding="utf-8")
    assert "Gate failed" in index and "binary content" in index
    assert sorted(p.name for p in (tmp_path / "err").iterdir()) == ["index.html"]


def test_back_translations_source_and_baseline_badges(tmp_path):
    from mtaudit.report import SentenceReport
    text = "Le chat dort. Le chien aboie."
    d = doc_report(text, [finding(3, 7, "major"), finding(17, 22, "minor")])
    d.sentences = [SentenceReport(0, 13, "Le chat dort.", "The cat <sleeps>.", "Le chat dort.", 100.0),
                   SentenceReport(14, 29, "Le chien aboie.", "The dog barks.", "Le chien jappe.", 42.5)]
    d.consistency = {"chrf": 71.2, "bleu": 40.0, "signature": "x"}
    d.source = "Kucing itu tidur. Anjing menggonggong."
    d.source_language = "id"
    d.new = [True, False]
    r = make_report([d])
    html_report.write(r, tmp_path)
    page = (tmp_path / html_report.page_name(d.key)).read_text(encoding="utf-8")
    assert "The cat &lt;sleeps&gt;." in page and "Le chien jappe." in page
    assert 'class="num score-bad">42.5' in page and "chrF 71.2" in page
    assert "Kucing itu tidur." in page and 'lang="id"' in page
    assert "in baseline" in page and ">new<" in page
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<th class=\"num\">New</th>" in index


def test_without_text_says_so(tmp_path):
    d = doc_report(CLEAN, [finding(0, 2)])
    d.text = None
    html_report.write(make_report([d]), tmp_path)
    page = (tmp_path / html_report.page_name(d.key)).read_text(encoding="utf-8")
    assert "text was not kept" in page and 'id="f1"' in page


def test_every_writer_on_the_real_checks(tmp_path, write):
    """Whatever the project's real checks find in a damaged article, every writer
    renders it faithfully: HTML marks, valid SARIF, parseable JUnit."""
    import io
    import json
    import xml.etree.ElementTree as ET
    from mtaudit import audit
    from mtaudit.checks import all_checks
    from mtaudit.reports import github, junit, sarif
    text = ("Le président a rencontré hier les représentants des agriculteurs à Paris.\n\n"
            "Selon le ministère, pemerintahIndonesia akan melanjutkan kerjasama dengan negara-negara "
            "tetangga untuk menjaga stabilitas kawasan.\n\n"
            "Le président a rencontré hier les représentants des agriculteurs à Paris.\n\n"
            "La réunion s'est tenue le lundi 31 avril 2023, a précisé l'Élysée.\n")
    p = write("reel.txt", text)
    # A few quick checks that give nested findings (a wrong-language paragraph
    # holding untranslated words), a repeat and a date; MT103 (unattested
    # words) is left out only because it takes tens of seconds to load.
    quick = {"MT101", "MT102", "MT201", "MT301"} & {c.code for c in all_checks()}
    r = audit([str(p)], use_model=False, target_lang="fr", keep_text=True, select=sorted(quick))
    d = r.documents[0]
    assert d.status == "ok"
    html_report.write(r, tmp_path / "html")
    check_page((tmp_path / "html" / html_report.page_name(d.key)).read_text(encoding="utf-8"), d)
    out = io.StringIO()
    sarif.write(r, out)
    assert len(json.loads(out.getvalue())["runs"][0]["results"]) == len(d.findings)
    out = io.StringIO()
    junit.write(r, out)
    ET.fromstring(out.getvalue())
    out = io.StringIO()
    github.write(r, out)
    assert len(out.getvalue().splitlines()) == len(d.findings) + 1


def test_an_article_page_says_what_the_score_counts_besides_the_findings(tmp_path):
    from mtaudit import scoring
    text = "Le conseil a voté le budget de la ville."
    d = doc_report(text, [])
    d.estimates = {"MT108": 1.25}
    s = scoring.score_document(d.words, d.findings, d.estimates)
    d.penalty, d.score = s.penalty, s.score
    d.text = text
    out = tmp_path / "html"
    html_report.write(make_report([d]), out)
    page = pages(out)[html_report.page_name(d.key)]
    assert "expected error words, counted in the score in place of their check's findings: MT108 1.2" in page
    assert f"score <strong>{d.score:.1f}</strong>" in page and d.score < 100
    plain = doc_report(text, [])
    plain.text = text
    html_report.write(make_report([plain]), tmp_path / "plain")
    assert "expected error words," not in pages(tmp_path / "plain")[html_report.page_name(plain.key)]
