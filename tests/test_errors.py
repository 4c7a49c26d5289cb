"""Errors for people: one line, exit 2, no traceback (``--debug`` shows it);
and a bug in one check costs one document, never the run."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from mtaudit import audit
from mtaudit.checks.base import Check
from mtaudit.findings import Severity

CLEAN = "Le gouvernement a présenté jeudi son budget.\nLes députés en débattront lundi.\n"


def _cli(*args: str, cwd=None):
    return subprocess.run([sys.executable, "-m", "mtaudit", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=120)


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(CLEAN, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize("args,needle", [
    (["audit", "{a}", "--target-lang", "xx"], "unknown target-lang code 'xx'"),
    (["audit", "{missing}"], "path not found"),
    (["audit", "{a}", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["audit", "{a}", "--batch-size", "many"], "--batch-size: invalid int value"),
    (["audit", "{a}", "--select", "MT999"], "unknown check code 'MT999'"),
    (["audit", "{a}", "--severity", "MT101=fatal"], "unknown severity 'fatal'"),
    (["audit", "{a}", "--format", "pdf"], "unknown format 'pdf'"),
    (["audit", "{a}", "--min-score", "150"], "min-score must be between 0 and 100"),
    (["audit", "{a}", "--max-bytes", "0"], "max-bytes must be at least 1"),
    (["audit", "{a}", "--config", "{missing}"], "does not exist"),
    (["audit", "{a}", "--model", "fr-en={empty}"], "fr-en"),
    (["audit", "{a}", "--model", "french"], "--model expects KEY=VALUE"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_are_one_line_exit_2(tmp_path, article, args, needle):
    empty = tmp_path / "emptydir"
    empty.mkdir()
    args = [a.format(a=article, missing=tmp_path / "missing.txt", empty=empty) for a in args]
    proc = _cli(*args)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("mtaudit: error: ") and needle in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_bad_config_file_is_one_line(tmp_path, article):
    (tmp_path / "mtaudit.toml").write_text("fail-on = [unclosed\n")
    proc = _cli("audit", article, "--no-model", cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "not valid TOML" in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "mtaudit.toml").write_text('colour = "blue"\n')
    proc = _cli("audit", article, "--no-model", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown key 'colour'" in proc.stderr


def test_unwritable_output_is_one_line(tmp_path, article):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = _cli("audit", article, "--no-model", "--select", "MT201", "-f", "json",
                "-o", str(blocker / "report.json"))
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "cannot write" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(tmp_path, where):
    missing = str(tmp_path / "missing.txt")
    args = ["--debug", "audit", missing] if where == "before" else ["audit", missing, "--debug"]
    proc = _cli(*args)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "UsageError: path not found" in proc.stderr


# -- a check that crashes ---------------------------------------------------------

class _Exploding(Check):
    code = "MT990"
    name = "exploding-test-check"
    description = "raises on documents that contain 'boum'"
    category = "fluency"
    severity = Severity.MINOR

    def check(self, doc, ctx):
        yield self.finding(doc, 0, 2, "first finding, before the crash")
        if "boum" in doc.text:
            raise ZeroDivisionError("boum")


class _Steady(Check):
    code = "MT991"
    name = "steady-test-check"
    description = "flags the first word"
    category = "fluency"
    severity = Severity.MINOR

    def check(self, doc, ctx):
        yield self.finding(doc, 3, 5, "steady")

    def finish(self, ctx):
        raise KeyError("corpus state")


def test_a_crashing_check_costs_one_document_not_the_run(tmp_path, monkeypatch):
    import mtaudit.batch_auditor as batch_auditor
    monkeypatch.setattr(batch_auditor, "select_checks", lambda config: [_Exploding, _Steady])
    (tmp_path / "a.txt").write_text(CLEAN)
    (tmp_path / "b.txt").write_text("Le boum de la rentrée.\n")
    (tmp_path / "c.txt").write_text(CLEAN)
    r = audit([str(tmp_path)], target_lang="fr", use_model=False)
    docs = {d.path.rsplit("/", 1)[-1]: d for d in r.documents}
    assert docs["a.txt"].status == docs["c.txt"].status == "ok"
    assert {f.check for f in docs["a.txt"].findings} == {"MT990", "MT991"}
    b = docs["b.txt"]
    assert b.status == "error" and b.findings == [] and b.score is None
    assert b.error == "internal error in check MT990 (exploding-test-check): ZeroDivisionError: boum"
    assert not r.passed                        # an incomplete audit does not pass silently
    assert any(w.startswith("internal error in check MT990 on 1 document(s)") for w in r.warnings)
    assert any("MT991 while comparing documents: KeyError" in w for w in r.warnings)
    from mtaudit.reports.json import dumps
    assert '"internal error in check MT990' in dumps(r)


def test_a_check_bug_through_the_cli_is_not_a_traceback(tmp_path):
    # A check that produces a bad span (a bug) inside a real CLI run.
    (tmp_path / "a.txt").write_text(CLEAN)
    script = (
        "import sys, mtaudit.batch_auditor as p\n"
        "from mtaudit.checks.base import Check\nfrom mtaudit.findings import Severity\n"
        "class Bad(Check):\n"
        "    code='MT992'; name='bad-span'; description='x'; category='fluency'; severity=Severity.MINOR\n"
        "    def check(self, doc, ctx):\n"
        "        yield self.finding(doc, 0, len(doc.text) + 5, 'out of range')\n"
        "p.select_checks = lambda config: [Bad]\n"
        "from mtaudit.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    proc = subprocess.run([sys.executable, "-c", script, "audit", str(tmp_path), "--no-model",
                           "-f", "json"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    import json
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["status"] == "error" and "MT992" in doc["error"] and "outside the text" in doc["error"]


class _NeedsAParser(Check):
    code = "MT992"
    name = "needs-a-parser-test-check"
    description = "needs a spaCy pipeline"
    category = "fluency"
    severity = Severity.MINOR
    requires = frozenset({"nlp"})

    def check(self, doc, ctx):
        yield self.finding(doc, 0, 2, "parsed")


def test_a_check_that_cannot_run_is_said_once_and_costs_no_document(tmp_path, monkeypatch):
    import mtaudit.batch_auditor as batch_auditor
    from mtaudit.nlp import NLP
    monkeypatch.setattr(batch_auditor, "select_checks", lambda config: [_NeedsAParser, _Steady])
    # No pipeline loads for any language in this run.
    monkeypatch.setattr(NLP, "_load", lambda self, lang: None)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CLEAN)
    r = audit([str(tmp_path)], target_lang="fr", use_model=False)
    assert [d.status for d in r.documents] == ["ok", "ok"]      # still audited by the others
    assert all({f.check for f in d.findings} == {"MT991"} for d in r.documents)
    said = [w for w in r.warnings if "MT992" in w]
    assert len(said) == 1, r.warnings         # once for the run, not once per document
    assert said[0].startswith("check MT992 could not run on 2 document(s)")
    assert "no spaCy pipeline for 'fr' is installed (looked for fr_core_news_md" in said[0]
    assert "MT992" not in {c["code"] for c in r.checks}     # the report lists the checks that ran


def test_the_word_model_missing_is_a_warning_not_an_error_per_document(tmp_path, monkeypatch):
    import mtaudit.checks.suspect_word as suspect_word
    from mtaudit import word_model
    empty = tmp_path / "no-model"
    empty.mkdir()
    monkeypatch.setattr(suspect_word, "load", lambda: word_model.load(empty))
    (tmp_path / "a.txt").write_text(CLEAN)
    r = audit([str(tmp_path / "a.txt")], target_lang="fr", use_model=False, select=["MT108", "MT101"])
    assert r.documents[0].status == "ok"
    said = [w for w in r.warnings if "MT108" in w]
    assert len(said) == 1 and said[0].startswith("check MT108 could not run on 1 document(s)")
    assert "train_word_model" in said[0]       # the message names the fix
