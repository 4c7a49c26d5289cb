"""The HTML report in a real browser (headless Chromium): marks in the rendered
DOM, the JavaScript filters, hostile text left inert, screenshots at laptop
and phone sizes."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import html_dom  # noqa: E402
import report_test_checks  # noqa: E402
from report_helpers import BAD, CLEAN, MINOR_ONLY, audit_files, doc_report, finding  # noqa: E402

from mtaudit.reports import html as html_report  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (scripts/setup.sh installs Debian's chromium): "
                "cannot run the browser tests", allow_module_level=True)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio"]

HOSTILE = ('Titre <script>document.title="pwned"</script> suite.\n'
           '"><img src=x onerror="document.title=\'pwned\'"> et <b onclick=x>gras</b>\r\n'
           "Un mot" + "trèslong" * 200 + " fin, une cloche \x07 et un NUL \x00.\n")


def chromium(tmp_path, *args, timeout=60) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=timeout)


def dump_dom(tmp_path, url: str) -> str:
    p = chromium(tmp_path, "--dump-dom", url)
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-2000:]
    return p.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    report_test_checks.install(mp)
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in (("propre.txt", CLEAN), ("abime.txt", BAD), ("mineur.txt", MINOR_ONLY)):
        (corpus / name).write_text(text, encoding="utf-8")
    report = audit_files(sorted(corpus.iterdir()), keep_text=True)
    mp.undo()
    # and a hostile article, built by hand, with findings over the hostile parts
    s = HOSTILE.index("<script>")
    hostile = doc_report(HOSTILE, [finding(s, s + 40, "critical", message='<img src=x onerror="alert(1)">'),
                                   finding(HOSTILE.index("\x07"), HOSTILE.index("\x00") + 1, "minor")],
                         path='corpus/<script>alert(1)</script>.txt')
    report.documents.append(hostile)
    report.documents.append(doc_report("", [], path="corpus/binaire.txt", status="error",
                                       error="binary content: NUL bytes"))
    from mtaudit.gate import evaluate
    report.gate = evaluate(report, "critical", None, True)
    out = root / "html"
    html_report.write(report, out)
    return report, out, root


def page_of(report, out, name_part):
    d = next(d for d in report.documents if name_part in d.key and d.status == "ok")
    return d, out / html_report.page_name(d.key)


def test_marks_in_the_rendered_dom_and_hostile_text_inert(site):
    report, out, root = site
    for part in ("abime.txt", "<script>"):
        d, page = page_of(report, out, part)
        dom = dump_dom(root, page.as_uri())
        got = html_dom.read(dom)
        assert "".join(got.text) == d.text.replace("\x00", "\ufffd")
        assert sorted(got.marks, key=int) == [str(i) for i in range(1, len(d.findings) + 1)]
        for i, f in enumerate(d.findings, 1):
            assert "".join(got.marks[str(i)]) == f.text.replace("\x00", "\ufffd")
        title = "".join(got.title)
        assert "pwned" not in title and title.endswith("– mtaudit")
        assert not any(tag in ("img", "b", "script") for tag in got.tags_inside)
        assert got.scripts == 0


def test_filters_read_the_url_fragment(site):
    report, out, root = site
    index = out / "index.html"
    docs = [d for d in report.documents if d.status == "ok"]

    def visible(fragment):
        dom = dump_dom(root, index.as_uri() + fragment)
        rows = re.findall(r'<tr data-findings="([^"]*)"( hidden="")?>', dom)
        assert len(rows) == len(docs)
        assert re.search(r'<form id="filters" class="filters">', dom)        # shown by the script
        return [not hidden for _, hidden in rows], dom

    shown, dom = visible("")
    assert all(shown) and f"{len(docs)} of {len(docs)} shown" in dom
    shown, dom = visible("#severity=critical")
    expected = sum(1 for d in docs if any(f.severity.value == "critical" for f in d.findings))
    assert sum(shown) == expected == 2 and f"{expected} of {len(docs)} shown" in dom
    shown, _ = visible("#severity=info&category=omission")     # both on one finding
    want = [any(f.severity.value == "info" and f.category == "omission" for f in d.findings)
            for d in sorted(docs, key=lambda d: (d.score, d.key))]
    assert shown == want and 0 < sum(want) < len(docs)
    shown, dom = visible("#category=number")                  # no such category: ignored
    assert all(shown)


def _png(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["laptop", "phone"])
@pytest.mark.parametrize("which", ["index", "article"])
def test_screenshots(site, which, size):
    report, out, root = site
    page = out / "index.html" if which == "index" else page_of(report, out, "abime.txt")[1]
    shot = root / f"{which}-{size[0]}.png"
    p = chromium(root, f"--window-size={size[0]},{size[1]}", f"--screenshot={shot}", page.as_uri())
    assert p.returncode == 0 and shot.is_file(), p.stderr.decode(errors="replace")[-2000:]
    width, height, pixels = _png(shot)
    assert (width, height) == size
    row = len(pixels) // height
    rows = {pixels[i * row + 1:(i + 1) * row] for i in range(height)}
    assert len(rows) > 20 and len(set(pixels)) > 20          # not a blank page


# -- navigation, header and layout, measured in the browser ----------------------------------

PROBE = """<!DOCTYPE html><html><body>
<iframe id="f" src="%(src)s" width="%(width)d" height="844"></iframe><pre id="out">pending</pre>
<script>
document.getElementById("f").addEventListener("load", () => {
  const d = document.getElementById("f").contentDocument, w = d.defaultView;
  const lines = el => { const r = d.createRange(); r.selectNodeContents(el);
    return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };
  const box = el => el ? el.getBoundingClientRect().height : 0;
  const ln = d.querySelector(".text .ln");
  document.getElementById("out").textContent = JSON.stringify({
    checks_th: [...d.querySelectorAll("#checks th")].map(lines),
    checks_code: [...d.querySelectorAll("#checks td:first-child")].map(lines),
    prev: (d.querySelector("a[rel=prev]") || {}).href || null,
    next: (d.querySelector("a[rel=next]") || {}).href || null,
    h1: (d.querySelector("h1") || {}).textContent,
    run: [...d.querySelectorAll("dl.run dt")].map(x => x.textContent),
    run_height: box(d.querySelector("dl.run")),
    test_model: box(d.querySelector(".test-model")),
    line_numbers: d.querySelectorAll(".text .ln").length,
    first_number: ln ? w.getComputedStyle(ln, "::before").content : null,
    page_width: d.documentElement.scrollWidth,
    article_lines: [...d.querySelectorAll("#article-table td:first-child")].map(lines),
  });
});
</script></body></html>"""


def probe(root: Path, page: Path, width: int) -> dict:
    import json
    harness = page.parent / f"probe-{page.stem}-{width}.html"
    harness.write_text(PROBE % {"src": page.name, "width": width}, encoding="utf-8")
    p = chromium(root, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
                 harness.as_uri())
    harness.unlink()
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-2000:]
    m = re.search(r'<pre id="out">(.*?)</pre>', p.stdout.decode("utf-8"), re.S)
    assert m and m.group(1) != "pending", p.stdout[-2000:]
    import html as _html
    return json.loads(_html.unescape(m.group(1)))


@pytest.fixture(scope="module")
def nav_site(site):
    report, _, root = site
    report.settings = {"inputs": ["corpus/"], "target_lang": "fr", "select": ["MT990", "MT991"],
                       "disable": [], "severity": {}}
    report.model = {"pivot": "en", "test_model": True, "models": {
        "fr-en": {"id": "tiny-test", "backend": "transformers", "dtype": "float32", "test_model": True}}}
    out = root / "nav"
    html_report.write(report, out, written_at="2026-11-30 04:00 UTC")
    report.model = None
    order = [report.documents[i] for i in html_report.index_order(report)]
    return report, out, root, order


@pytest.mark.parametrize("width", [1280, 390], ids=["laptop", "phone"])
def test_previous_next_and_the_run_header_in_the_browser(nav_site, width):
    report, out, root, order = nav_site
    for k, d in enumerate(order):
        got = probe(root, out / html_report.page_name(d.key), width)
        assert got["h1"] == d.key
        want_prev = html_report.page_name(order[k - 1].key) if k else None
        want_next = html_report.page_name(order[k + 1].key) if k + 1 < len(order) else None
        assert (got["prev"] or "").endswith(want_prev or "") and bool(got["prev"]) == bool(want_prev)
        assert (got["next"] or "").endswith(want_next or "") and bool(got["next"]) == bool(want_next)
        assert got["run"] == ["Audited", "Inputs", "Settings", "mtaudit", "Model"] and got["run_height"] > 0
        assert got["test_model"] > 0                          # the test-model banner, on every page
        lines = sum(1 for p in d.line_starts if p < len(d.text))        # not after the final newline
        assert got["line_numbers"] == lines and got["first_number"] == '"1"'
        assert got["page_width"] <= width                     # nothing pushes the page sideways


@pytest.mark.parametrize("width", [1280, 390], ids=["laptop", "phone"])
def test_checks_table_headers_and_codes_do_not_wrap(nav_site, width):
    report, out, root, order = nav_site
    got = probe(root, out / "index.html", width)
    assert got["checks_th"] and all(n == 1 for n in got["checks_th"]), got["checks_th"]
    assert got["checks_code"] and all(n == 1 for n in got["checks_code"]), got["checks_code"]
    assert got["test_model"] > 0 and got["run"][0] == "Audited"
    # article names stay readable (on b774617 a long path became a column of single letters)
    assert got["article_lines"] and max(got["article_lines"]) <= 6, got["article_lines"]
    assert got["page_width"] <= width
