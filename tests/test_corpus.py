"""Every input ends up in the report: discovery, error documents, JSONL, line/column."""
from __future__ import annotations

import os

import pytest

from mtaudit import audit
from mtaudit.corpus import iter_input_files
from mtaudit.errors import UsageError

CLEAN = "Le gouvernement a présenté jeudi son budget.\nLes députés en débattront lundi.\n"
CHEAP = ["MT201"]      # a cheap, model-free check: these tests are about the corpus


def _audit(paths, **kw):
    kw.setdefault("select", CHEAP)
    return audit([str(p) for p in paths], target_lang="fr", use_model=False, **kw)


def _by_path(report):
    return {d.key: d for d in report.documents}


def test_every_broken_input_is_an_error_document_and_the_run_goes_on(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "ok.txt").write_text(CLEAN, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text(" \n\t\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "self.txt").symlink_to(d / "self.txt")
    os.mkfifo(d / "pipe.txt")
    (d / "sub").mkdir()
    (d / "sub" / "back").symlink_to(d)          # a folder loop
    (d / "sub" / "later.txt").write_text(CLEAN, encoding="utf-8")
    r = _audit([d])
    docs = {os.path.relpath(k, d): v for k, v in _by_path(r).items()}
    assert docs["ok.txt"].status == "ok" and docs["sub/later.txt"].status == "ok"
    expected = {
        "empty.txt": "empty file",
        "blank.md": "only whitespace, no text",
        "binary.txt": "binary content: NUL bytes",
        "dangling.txt": "broken symbolic link: its target does not exist",
        "self.txt": "symbolic link loop: the link points back to itself",
        "pipe.txt": "not a regular file: named pipe",
        "sub/back": "symbolic link loop: links back to a folder that encloses it",
    }
    for name, reason in expected.items():
        assert docs[name].status == "error" and docs[name].error == reason, name
        assert docs[name].score is None
    assert len(docs) == 2 + len(expected)
    assert not r.passed and len(r.gate.reasons) == len(expected)
    assert _audit([d], errors_fail=False).passed


def test_folder_walk_is_sorted_skips_hidden_and_reports_unsupported(tmp_path):
    for name in ["b.txt", "a.md", "c.jsonl", ".hidden.txt", "photo.png", "notes.pdf", "Z.txt"]:
        (tmp_path / name).write_text('{"target": "Bonjour."}' if name.endswith("jsonl") else CLEAN)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(CLEAN)
    skipped = []
    got = [os.path.basename(d) for _, d in iter_input_files([str(tmp_path)], on_skip=skipped.append)]
    assert got == ["Z.txt", "a.md", "b.txt", "c.jsonl"]      # code-point order
    assert sorted(os.path.basename(s) for s in skipped) == ["notes.pdf", "photo.png"]
    r = _audit([tmp_path])
    assert len(r.documents) == 4
    assert any("skipped 2 file(s)" in w and "photo.png" in w for w in r.warnings)


def test_a_file_named_directly_is_read_whatever_its_suffix(tmp_path):
    p = tmp_path / "article.data"
    p.write_text(CLEAN)
    r = _audit([p])
    assert [d.status for d in r.documents] == ["ok"] and r.documents[0].format == "text"


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="path not found"):
        _audit([tmp_path / "nope.txt"])


def test_ignore_patterns(tmp_path):
    (tmp_path / "keep.txt").write_text(CLEAN)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text(CLEAN)
    r = _audit([tmp_path], ignore=["drafts"])
    assert [os.path.basename(d.path) for d in r.documents] == ["keep.txt"]


def test_deep_tree_does_not_hit_the_recursion_limit(tmp_path):
    levels = [tmp_path / "a"]
    for _ in range(1100):          # deeper than Python's default recursion limit
        levels.append(levels[-1] / "a")
    try:
        for d in levels:
            d.mkdir()              # one level at a time (os.makedirs recurses)
        (levels[-1] / "deep.txt").write_text(CLEAN)
        found = list(iter_input_files([str(tmp_path)]))
        assert len(found) == 1 and found[0][1].endswith("deep.txt")
    finally:
        # pytest's recursive rmtree cannot remove it either: unwind by hand.
        (levels[-1] / "deep.txt").unlink(missing_ok=True)
        for d in reversed(levels):
            if d.exists():
                d.rmdir()


def test_walk_is_lazy(tmp_path, monkeypatch):
    import mtaudit.corpus as corpus
    for i in range(3):
        (tmp_path / f"d{i}").mkdir()
        (tmp_path / f"d{i}" / "a.txt").write_text(CLEAN)
    listed = []
    real = corpus._listing
    monkeypatch.setattr(corpus, "_listing", lambda f: listed.append(f) or real(f))
    it = iter_input_files([str(tmp_path)])
    next(it)
    assert len(listed) == 2       # the root and the first folder, not the others yet


def test_undecodable_and_control_character_file_names_are_printable(tmp_path):
    weird = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(weird, "wb") as fh:
        fh.write(CLEAN.encode())
    (tmp_path / "line\nbreak.txt").write_text(CLEAN)
    names = sorted(os.path.basename(d.path) for d in _audit([tmp_path]).documents)
    assert names == ["caf\\xe9.txt", "line\\nbreak.txt"]


def test_max_bytes(tmp_path):
    (tmp_path / "big.txt").write_text(CLEAN * 10)
    (tmp_path / "small.txt").write_text(CLEAN)
    docs = _by_path(_audit([tmp_path], max_bytes=len(CLEAN.encode()) + 1))
    big = next(v for k, v in docs.items() if k.endswith("big.txt"))
    assert big.status == "error" and big.error.startswith("file too large")
    assert next(v for k, v in docs.items() if k.endswith("small.txt")).status == "ok"


def test_encoding_is_reported_per_document(tmp_path):
    (tmp_path / "a.txt").write_bytes("« L’œuvre coûte 3 € », dit-il à l’école.".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + CLEAN.encode())
    (tmp_path / "c.txt").write_bytes("\ufeff".encode("utf-16-le") + CLEAN.encode("utf-16-le"))
    docs = sorted(_audit([tmp_path]).documents, key=lambda d: d.path)
    assert [d.encoding for d in docs] == ["cp1252", "utf-8-sig", "utf-16-le (BOM)"]


def test_damaged_utf8_becomes_a_warning(tmp_path):
    data = ("Le président a été élu à Paris, déjà réélu.\n" * 3).encode()
    (tmp_path / "a.txt").write_bytes(data.replace(b" Paris", b" \xffParis", 1))
    r = _audit([tmp_path])
    assert r.documents[0].status == "ok" and "invalid byte replaced" in r.documents[0].encoding
    assert any("a.txt: damaged UTF-8" in w for w in r.warnings)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_and_column_with_any_newline(tmp_path, newline):
    text = newline.join(["Titre", "", "Le 30 février 2021, rien.", "Fin."]) + newline
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode())
    d = _audit([p]).documents[0]
    assert d.findings, "MT201 should flag 30 February"
    f = d.findings[0]
    assert text[f.start:f.end] == f.text
    line, col = d.line_col(f.start)
    assert line == 3 and col == text.split(newline)[2].index(f.text) + 1


# -- JSONL --------------------------------------------------------------------

def test_jsonl_bad_lines_do_not_lose_good_records(tmp_path):
    lines = [
        '{"id": "a", "target": "Bonjour à tous."}',
        '{"id": "b", "target": "Deuxième\u2028ligne, même enregistrement."}',   # raw U+2028 is valid JSON
        "",
        '{"id": "c", "target": ',
        "[1, 2]",
        '{"id": "d"}',
        '{"id": "e", "target": "Texte.", "target_lang": "xx"}',
        '{"id": "a", "target": "Même identifiant."}',
        '{"id": "f", "target": "Moitié \\ud800 de paire."}',
        '{"id": "g", "target": 42}',
        '{"id": "h", "target": "Dernier."}',
    ]
    p = tmp_path / "r.jsonl"
    p.write_text("\r\n".join(lines), encoding="utf-8")
    r = _audit([p])
    docs = {d.id: d for d in r.documents}
    assert {k for k, v in docs.items() if v.status == "ok"} == {"a", "b", "a (line 8)", "f", "h"}
    assert docs["b"].words == 4
    assert docs["line 4"].error.startswith("JSONL line 4: Expecting value")
    assert docs["line 5"].error == "JSONL line 5: expected an object, got an array"
    assert docs["d"].error == 'JSONL line 6: missing "target" string'
    assert "unknown target_lang code 'xx'" in docs["e"].error
    assert docs["g"].error == 'JSONL line 10: "target" must be a string, got a number'
    assert any("r.jsonl#f" in w and "surrogate" in w for w in r.warnings)
    # The replaced surrogate keeps offsets and the report serialises.
    import json
    from mtaudit.reports.json import dumps
    json.loads(dumps(r))


def test_jsonl_that_is_not_text(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_bytes(b"\x00\x01\x02" * 50)
    d = _audit([p]).documents
    assert len(d) == 1 and d[0].error == "binary content: NUL bytes" and d[0].format == "jsonl"


def test_a_reader_that_crashes_costs_only_its_file(tmp_path, monkeypatch):
    import mtaudit.corpus.text as text_reader
    from mtaudit.document import Document

    def half_broken(path, display, data, config, fmt="text"):
        if "bad" in display:
            yield Document(path=display, id="1", text="Un premier texte.", target_lang="fr")
            raise RuntimeError("parser exploded")
        yield Document(path=display, text=data.decode(), target_lang="fr")

    monkeypatch.setattr(text_reader, "read_text", half_broken)
    (tmp_path / "bad.txt").write_text(CLEAN)
    (tmp_path / "good.txt").write_text(CLEAN)
    docs = _by_path(_audit([tmp_path]))
    statuses = {os.path.basename(k): (v.status, v.error) for k, v in docs.items()}
    assert statuses["bad.txt#1"] == ("ok", None)
    assert statuses["bad.txt#after record 1"] == (
        "error", "internal error in the text reader: RuntimeError: parser exploded")
    assert statuses["good.txt"] == ("ok", None)
