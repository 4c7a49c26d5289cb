"""What a new user ran into (issue 12, items 2-10): nothing passes silently,
requests are not dropped, files are written with care, config and API are
strict, standard input, one warning once, the same text everywhere, an HTML
report for a reader, README and behaviour in agreement."""
from __future__ import annotations

import io
import json
import os
import re
import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
sys.path.insert(0, str(Path(__file__).parent))
import report_test_checks  # noqa: E402
from marian_fixture import tiny_marian  # noqa: E402,F401  (session fixture)
from report_helpers import BAD, CLEAN, audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit import audit  # noqa: E402
from mtaudit.cli import main  # noqa: E402
from mtaudit.errors import UsageError  # noqa: E402

FR = "Le conseil municipal a voté le budget de la ville mardi soir.\n"
LINE = re.compile(r"^(\S+):(\d+):(\d+): (MT\d{3}) \[(critical|major|minor|info)\] ([a-z-]+(?: / [a-z-]+)?): .+$")


def _err_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


@pytest.fixture
def no_models(tmp_path, monkeypatch):
    import mtaudit.translation.models as m
    monkeypatch.setattr(m, "PROJECT_MODELS", tmp_path / "project-models")
    monkeypatch.setenv("MTAUDIT_MODELS", str(tmp_path / "none"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    return tmp_path


# -- 2. nothing to audit is a usage error ----------------------------------------------

def test_an_empty_folder_is_exit_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["audit", str(tmp_path / "empty"), "--no-model"]) == 2
    err = _err_lines(capsys)
    assert len(err) == 1 and "nothing to audit" in err[0] and "--allow-empty" in err[0]


def test_a_folder_of_unreadable_suffixes_is_exit_2_naming_them(tmp_path, capsys):
    web = tmp_path / "web"
    web.mkdir()
    (web / "page.pdf").write_bytes(b"%PDF-1.4")
    (web / "doc.odt").write_bytes(b"PK")
    assert main(["audit", str(web), "--no-model"]) == 2
    err = _err_lines(capsys)
    assert len(err) == 1 and "2 file(s) skipped for their suffix" in err[0] and "page.pdf" in err[0]


def test_allow_empty_lets_it_pass_and_the_api_raises_too(tmp_path):
    (tmp_path / "empty").mkdir()
    assert main(["audit", str(tmp_path / "empty"), "--no-model", "--allow-empty"]) == 0
    with pytest.raises(UsageError, match="nothing to audit"):
        audit([str(tmp_path / "empty")], use_model=False)
    r = audit([str(tmp_path / "empty")], use_model=False, allow_empty=True)
    assert r.summary()["documents"] == 0


def test_everything_ignored_is_exit_2_saying_so(tmp_path, capsys):
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a.txt").write_text(FR, encoding="utf-8")
    assert main(["audit", str(tmp_path / "arts"), "--no-model", "--ignore", "*.txt"]) == 2
    assert "ignored by ignore patterns" in capsys.readouterr().err


def test_named_files_all_ignored_are_a_warning_not_an_error(tmp_path, capsys, monkeypatch):
    # what a pre-commit hook does: it names the files a commit touches, and the
    # project's config ignores some of them on purpose
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text(FR, encoding="utf-8")
    assert main(["audit", "drafts/x.txt", "--no-model", "--ignore", "drafts/"]) == 0
    assert "excluded by the ignore patterns: nothing audited" in capsys.readouterr().out
    assert main(["audit", "drafts", "--no-model", "--ignore", "*.txt"]) == 2     # a folder that yields nothing


# -- 3. an explicit request that cannot be honoured is said --------------------------------

def test_a_hub_id_not_in_the_cache_is_exit_2(no_models, capsys):
    rc = main(["audit", "a.txt", "--model", "fr-en=Helsinki-NLP/opus-mt-fr-en", "--target-lang", "fr"])
    err = _err_lines(capsys)
    assert rc == 2 and len(err) == 1
    assert "not in the local Hugging Face cache" in err[0] and "mtaudit models pull fr-en" in err[0]


def test_a_model_folder_without_its_reverse_is_exit_2_naming_it(no_models, tiny_marian, capsys):  # noqa: F811
    rc = main(["audit", "a.txt", "--model", f"fr-en={tiny_marian}", "--target-lang", "fr"])
    err = _err_lines(capsys)
    assert rc == 2 and len(err) == 1
    assert "reverse model en-fr" in err[0] and "--model en-fr=DIR" in err[0]


def test_a_selected_check_that_cannot_run_is_warned_and_not_listed(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    r = audit([str(tmp_path / "a.txt")], select="MT401", target_lang="fr", use_model=False)
    assert [c["code"] for c in r.checks] == []
    (w,) = [w for w in r.warnings if "MT401" in w]
    assert "did not run" in w and "source" in w


def test_selected_and_disabled_is_warned(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["audit", str(tmp_path / "a.txt"), "--select", "MT101", "--disable", "MT101", "--no-model",
                 "-f", "json", "-o", str(out)]) == 0
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["checks"] == []
    assert any("MT101" in w and "both selected and disabled" in w for w in r["warnings"])
    assert "both selected and disabled" in capsys.readouterr().err


def test_checks_listed_are_those_that_ran(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    r = audit([str(tmp_path / "a.txt")], select="MT101,MT401", target_lang="fr", use_model=False)
    assert [c["code"] for c in r.checks] == ["MT101"]


# -- 4. files written with care -------------------------------------------------------------

def test_baseline_create_refuses_to_overwrite_without_force(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    Path("mtaudit-baseline.json").write_text("precious\n", encoding="utf-8")
    assert main(["baseline", "create", "a.txt", "--no-model", "--select", "MT101"]) == 2
    assert "--force" in capsys.readouterr().err
    assert Path("mtaudit-baseline.json").read_text(encoding="utf-8") == "precious\n"
    assert main(["baseline", "create", "a.txt", "--no-model", "--select", "MT101", "--force"]) == 0
    assert json.loads(Path("mtaudit-baseline.json").read_text(encoding="utf-8"))["format"] == "mtaudit-baseline"


def test_html_output_keeps_no_page_of_an_earlier_run(tmp_path, monkeypatch):
    report_test_checks.install(monkeypatch)
    from mtaudit.reports import write_reports
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BAD, encoding="utf-8")
    b.write_text(CLEAN, encoding="utf-8")
    out = tmp_path / "site"
    write_reports(audit_files([a, b], keep_text=True), ["html"], str(out))
    assert len(list(out.glob("*.html"))) == 3
    write_reports(audit_files([a], keep_text=True), ["html"], str(out))
    assert len(list(out.glob("*.html"))) == 2                 # b's page is gone
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temporary folder left


def test_html_output_refuses_a_folder_that_is_not_a_report(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["audit", str(tmp_path / "a.txt"), "--no-model", "-f", "html", "-o", str(mine)]) == 2
    assert "not an mtaudit HTML report" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_writer_that_crashes_leaves_the_earlier_report_whole(tmp_path):
    from mtaudit.reports import write_file_atomically, write_folder_atomically
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")

    def half(fh):
        fh.write("half a rep")
        raise RuntimeError("crash")
    with pytest.raises(RuntimeError):
        write_file_atomically(target, half)
    assert target.read_text(encoding="utf-8") == "old\n"
    site = tmp_path / "html"
    site.mkdir()
    (site / "index.html").write_text("old index", encoding="utf-8")

    def half_site(folder):
        (folder / "index.html").write_text("new", encoding="utf-8")
        raise RuntimeError("crash")
    with pytest.raises(RuntimeError):
        write_folder_atomically(site, half_site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old index"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["html", "report.json"]


# -- 5. config and API --------------------------------------------------------------------

def test_ignore_patterns_are_gitignore_style(tmp_path):
    from mtaudit.corpus import iter_input_files
    arts = tmp_path / "arts"
    for rel in ("a.txt", "drafts/x.txt", "drafts/keep.txt", "old/b.md", "sub/drafts/y.txt", "c.bak.txt"):
        (arts / rel).parent.mkdir(parents=True, exist_ok=True)
        (arts / rel).write_text(FR, encoding="utf-8")

    def kept(*patterns):
        ignored = []
        got = [os.path.relpath(p, arts) for p, _ in iter_input_files([str(arts)], list(patterns),
                                                                       on_ignore=ignored.append)]
        return sorted(got), ignored
    got, ignored = kept("drafts/*")                 # the top folder's drafts only
    assert got == ["a.txt", "c.bak.txt", "old/b.md", "sub/drafts/y.txt"] and len(ignored) == 2
    assert kept("drafts/*", "!keep.txt")[0] == ["a.txt", "c.bak.txt", "drafts/keep.txt", "old/b.md",
                                                  "sub/drafts/y.txt"]
    assert kept("drafts/")[0] == ["a.txt", "c.bak.txt", "old/b.md"]          # any folder named drafts
    assert kept("*.bak.txt", "old")[0] == ["a.txt", "drafts/keep.txt", "drafts/x.txt", "sub/drafts/y.txt"]


def test_both_spellings_of_a_key_in_one_file_is_an_error(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "mtaudit.toml").write_text('fail_on = "major"\nfail-on = "minor"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "a.txt", "--no-model"]) == 2
    err = capsys.readouterr().err
    assert "'fail_on' and 'fail-on' are the same setting" in err


@pytest.mark.parametrize("args, message", [
    (["--threads", "-5"], "threads must be at least 1"),
    (["--threads", "0"], "threads must be at least 1"),
    (["--require-model", "--no-model"], "contradict"),
    (["--stdin-filename", "x.txt"], "give - among the paths"),
])
def test_bad_flags_are_exit_2(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    assert main(["audit", str(tmp_path / "a.txt"), *args]) == 2
    err = _err_lines(capsys)
    assert len(err) == 1 and message in err[0]


def test_api_takes_a_code_as_a_string_and_rejects_unknown_keywords(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    r = audit([str(tmp_path / "a.txt")], select="MT101", target_lang="fr", use_model=False)
    assert r.settings["select"] == ["MT101"] and [c["code"] for c in r.checks] == ["MT101"]
    with pytest.raises(UsageError, match="unknown setting 'selct'.*did you mean 'select'"):
        audit([str(tmp_path / "a.txt")], selct="MT101")
    with pytest.raises(UsageError, match="threads has the wrong type"):
        audit([str(tmp_path / "a.txt")], threads="4")
    assert "allow_empty" in audit.__doc__ and "select" in audit.__doc__     # the keywords are documented
    r = audit([tmp_path / "a.txt"], select=["MT101"], facts=None, cache_dir=tmp_path / "cache",
              use_model=False, target_lang="fr")                          # None and paths where they fit
    assert r.summary()["audited"] == 1


# -- 6. standard input --------------------------------------------------------------------

def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_one_document_from_standard_input(tmp_path, monkeypatch):
    out = tmp_path / "r.json"
    _stdin(monkeypatch, "Le pakta Pertahanan est signé hier soir.\n".encode())
    assert main(["audit", "-", "--stdin-filename", "arts/a.txt", "--no-model", "--target-lang", "fr",
                 "--select", "MT101", "-f", "json", "-o", str(out)]) in (0, 1)
    (d,) = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert d["path"] == "arts/a.txt" and d["status"] == "ok" and d["words"] == 7


def test_stdin_filename_chooses_the_reader_and_defaults_to_stdin(tmp_path, monkeypatch):
    out = tmp_path / "r.json"
    records = [{"id": "r1", "target": "Le chat dort."}, {"id": "r2", "target": "Il pleut ce matin."}]
    _stdin(monkeypatch, "\n".join(json.dumps(r) for r in records).encode())
    assert main(["audit", "-", "--stdin-filename", "lot.jsonl", "--no-model", "--target-lang", "fr",
                 "--select", "MT101", "-f", "json", "-o", str(out)]) == 0
    docs = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert [(d["path"], d["id"]) for d in docs] == [("lot.jsonl", "r1"), ("lot.jsonl", "r2")]
    _stdin(monkeypatch, FR.encode())
    assert main(["audit", "-", "--no-model", "--select", "MT101", "-f", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["path"] == "<stdin>"


# -- 7. one warning once; no third-party chatter -------------------------------------------

def test_the_no_model_warning_is_printed_once(no_models, capsys):
    assert main(["audit", "a.txt", "--target-lang", "fr", "--select", "MT101"]) == 0
    both = capsys.readouterr()
    text = both.out + both.err
    assert text.count("no translation model for fr-en") == 1


def test_require_model_error_does_not_advise_no_model(no_models, capsys):
    assert main(["audit", "a.txt", "--target-lang", "fr", "--require-model"]) == 2
    err = _err_lines(capsys)
    assert len(err) == 1 and "--require-model" in err[0] and "--no-model" not in err[0]
    assert "skipped" not in err[0]


def test_transformers_backend_uses_no_deprecated_torch_api(tiny_marian):  # noqa: F811
    from mtaudit.translation.backends import DeviceChoice, TransformersBackend, choose_device
    c = choose_device("auto", "auto", 16, cuda_available=False, bf16_supported=False, ct2_available=False,
                      model_kind="transformers")
    assert (c.device, c.dtype) == ("cpu", "float32")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        b = TransformersBackend(tiny_marian, DeviceChoice("cpu", c.dtype, 4, "transformers"), 1)
        (t,) = b.translate(["Le chat dort sur le canapé."], with_scores=True)
    assert isinstance(t.text, str) and t.token_logprobs
    assert not [w for w in caught if "quantiz" in str(w.message).lower()
                or issubclass(w.category, DeprecationWarning) and "torch" in (w.filename or "")]


def test_third_party_chatter_is_silenced_unless_debug(no_models, tiny_marian):  # noqa: F811
    import subprocess
    pytest.importorskip("ctranslate2")
    # The CTranslate2 conversion loads the model through transformers: its
    # tokenizer asks for sacremoses, its loader draws progress bars.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "HF_HUB_OFFLINE": "1",
           "MTAUDIT_MODELS": str(no_models / "none")}
    args = [sys.executable, "-m", "mtaudit", "audit", "a.txt", "--model", f"fr-en={tiny_marian}",
            "--model", f"en-fr={tiny_marian}", "--target-lang", "fr", "--select", "MT503",
            "--cache-dir", str(no_models / "cache"), "-f", "json", "-o", "r.json", "--backend", "auto"]
    p = subprocess.run(args, cwd=no_models, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode in (0, 1), p.stderr
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("mtaudit: ") for line in lines), p.stderr
    assert "sacremoses" not in p.stderr and "Loading weights" not in p.stderr
    # --debug keeps it (a fresh cache, so that the conversion runs again): the chatter is real
    args[args.index("--cache-dir") + 1] = str(no_models / "cache-debug")
    p = subprocess.run([*args, "--debug"], cwd=no_models, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode in (0, 1), p.stderr
    assert "sacremoses" in p.stderr or "Loading weights" in p.stderr, p.stderr


# -- 8. the same text on a terminal and in a pipe -----------------------------------------------

class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_finding_lines_are_the_same_on_a_terminal_and_in_a_pipe():
    from mtaudit.reports import text
    body = "Le pakta Pertahanan est signé.\nUne deuxième ligne avec un mot.\n"
    d = doc_report(body, [finding(3, 19, "major", check="MT101", category="untranslated",
                                  message="untranslated words"),
                          finding(body.index("mot"), body.index("mot") + 3, "minor")], path="arts/a.txt")
    pipe, tty = io.StringIO(), Terminal()
    text.write(make_report([d]), pipe)
    text.write(make_report([d]), tty)
    pipe_lines = [line for line in pipe.getvalue().splitlines() if LINE.match(line)]
    tty_lines = [line for line in tty.getvalue().splitlines() if LINE.match(line)]
    assert pipe_lines == tty_lines and len(tty_lines) == 2
    assert tty_lines[0] == "arts/a.txt:1:4: MT101 [major] untranslated: untranslated words"


def test_the_readme_example_has_the_terminal_form():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ mtaudit audit seeds/\n", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if line and line != "..."]
    assert lines and all(LINE.match(line) for line in lines), lines


# -- 9. an HTML report for a reader ----------------------------------------------------------

def _site(tmp_path, *, test_model=False):
    from mtaudit.reports import html
    first = "Le chef de l'Otan est à Séoul.\n"
    body = first + "\n" + first + "Une autre phrase, avec un accord faux.\n"
    rep = finding(len(first) + 1, 2 * len(first), "major", check="MT301", category="repetition",
                  message="This headline repeats paragraph 1 (line 1).",
                  evidence={"first_start": 0, "first_end": len(first) - 1, "first_text": first.strip(),
                            "exact": True, "unit": "headline"})
    k = body.index("faux")
    agree = finding(k, k + 4, "minor", check="MT105", category="grammar", message="accord",
                    evidence={"head_morph": "Gender=Fem|Number=Sing", "dependency": "amod",
                              "noun": "accord", "feature": "Gender"})
    docs = [doc_report(body, [rep, agree], path="b.txt"), doc_report(CLEAN, [], path="a.txt"),
            doc_report(BAD, [finding(3, 14, "critical")], path="c.txt")]
    r = make_report(docs)
    r.settings = {"inputs": ["arts/"], "target_lang": "fr", "select": [], "disable": ["MT302"],
                  "severity": {}}
    if test_model:
        r.model = {"pivot": "en", "test_model": True, "models": {
            "fr-en": {"id": "tiny", "backend": "transformers", "dtype": "float32", "test_model": True}}}
    out = tmp_path / "site"
    html.write(r, out, written_at="2026-11-30 04:00 UTC")
    pages = {d.key: (out / html.page_name(d.key)).read_text(encoding="utf-8") for d in docs}
    return r, out, pages


def test_evidence_reads_as_sentences_and_the_raw_stays_in_json(tmp_path):
    r, out, pages = _site(tmp_path)
    page = pages["b.txt"]
    for internal in ("first_start", "head_morph", "Gender=Fem", "amod", "dependency"):
        assert internal not in page
    assert "<dt>First copy</dt>" in page and "<dt>Repeat</dt><dd>exact</dd>" in page
    assert "<dt>Disagreeing feature</dt><dd>Gender</dd>" in page
    raw = r.documents[0].to_dict()["findings"]
    assert raw[0]["evidence"]["first_start"] == 0 and raw[1]["evidence"]["head_morph"].startswith("Gender")


def test_line_numbers_and_a_repeat_linked_to_its_first_copy(tmp_path):
    from html.parser import HTMLParser
    r, out, pages = _site(tmp_path)
    page = pages["b.txt"]
    for n in (1, 2, 3, 4):
        assert f'id="L{n}" data-line="{n}"' in page
    assert 'href="#L3">line 3</a>' in page                       # the repeat's place
    assert 'href="#c1">line 1</a>' in page                       # its first copy, from the details
    assert re.search(r'<span class="first-copy" id="c1"[^>]*><a class="ref back" href="#f1"', page)

    class Text(HTMLParser):            # the text nodes of div.text are still the article's text
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth, self.out = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth or ("class", "text") in attrs:
                self.depth += 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.out.append(data)
    t = Text()
    t.feed(page)
    assert "".join(t.out) == r.documents[0].text


def test_previous_and_next_follow_the_index_order(tmp_path):
    from mtaudit.reports import html
    r, out, pages = _site(tmp_path)
    order = [r.documents[i].key for i in html.index_order(r)]
    assert len(order) == 3 and order[-1] == "a.txt"            # worst first: the clean one last
    for k, key in enumerate(order):
        page = pages[key]
        prev_ = re.search(r'<a rel="prev" href="([^"]+)"', page)
        next_ = re.search(r'<a rel="next" href="([^"]+)"', page)
        assert (prev_.group(1) if prev_ else None) == (html.page_name(order[k - 1]) if k else None)
        assert (next_.group(1) if next_ else None) == (html.page_name(order[k + 1]) if k + 1 < 3 else None)
        assert f"article {k + 1} of 3" in page


def test_every_page_says_when_on_what_and_how_and_flags_a_test_model(tmp_path):
    r, out, pages = _site(tmp_path, test_model=True)
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in [index, *pages.values()]:
        assert "2026-11-30 04:00 UTC" in page and "arts/" in page and "without MT302" in page
        assert "<dt>mtaudit</dt><dd>test</dd>" in page and "fr-en: tiny (transformers, float32)" in page
        assert 'class="test-model"' in page


def test_the_checks_table_headers_do_not_wrap():
    from mtaudit.reports.html import _asset
    css = _asset("report.css")
    assert re.search(r"#checks th[^{]*\{[^}]*white-space: nowrap", css)


# -- 10. README and behaviour ------------------------------------------------------------------

PO = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Delete 3 files?"
msgstr "Supprimer 3 fichiers ?"

#, fuzzy
msgid "Save the file"
msgstr "Enregistrer le fichier"
'''


def test_po_fuzzy_entries_are_listed_in_the_json_and_html_reports(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("fr.po").write_text(PO, encoding="utf-8")
    assert main(["audit", "fr.po", "--no-model", "--select", "MT101", "-f", "json,html", "-o", "out"]) == 0
    (d,) = json.loads(Path("out/report.json").read_text(encoding="utf-8"))["documents"]
    assert d["fuzzy"] == [{"id": "Save the file", "line": 2}]
    page = next(p for p in Path("out/html").glob("*.html") if p.name != "index.html")
    assert "Fuzzy entries (1)" in page.read_text(encoding="utf-8")
    assert main(["audit", "fr.po", "--no-model", "--select", "MT101"]) == 0
    assert re.search(r"^fuzzy +1 PO entry marked fuzzy", capsys.readouterr().out, re.M)


@pytest.mark.parametrize("flag", [["--baseline", "old.json"], ["-f", "json"]])
def test_baseline_create_refuses_options_it_would_ignore(tmp_path, capsys, monkeypatch, flag):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    assert main(["baseline", "create", "a.txt", "--no-model", *flag]) == 2
    assert f"does not take {flag[0].replace('-f', '--format')}" in capsys.readouterr().err
    assert not (tmp_path / "mtaudit-baseline.json").exists()


def test_models_pull_leaves_nothing_behind_when_interrupted(no_models, tiny_marian, monkeypatch):  # noqa: F811
    import shutil

    import huggingface_hub
    from mtaudit.translation.models import cmd_pull, model_kind
    monkeypatch.delenv("HF_HUB_OFFLINE")
    models = no_models / "none"

    def interrupted(repo_id, local_dir, **kw):
        shutil.copytree(tiny_marian, local_dir)          # all files there, then Ctrl-C
        raise KeyboardInterrupt
    monkeypatch.setattr(huggingface_hub, "snapshot_download", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cmd_pull("fr-en")
    assert not models.exists() or list(models.iterdir()) == []

    def complete(repo_id, local_dir, **kw):
        shutil.copytree(tiny_marian, local_dir)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", complete)
    assert cmd_pull("fr-en") == 0
    (only,) = list(models.iterdir())
    assert model_kind(only) == "transformers" and not only.name.startswith(".")
