"""The command line, through `python -m mtaudit` in a subprocess: exit codes 0, 1, 2,
one-line errors, config files, baselines, several formats."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).parent / "data" / "reports" / "plugin"
sys.path.insert(0, str(PLUGIN))
from report_helpers import BAD, CLEAN, MINOR_ONLY  # noqa: E402


def mtaudit(*args, cwd):
    """Run the CLI with the test checks (MT990, MT991) registered through sitecustomize.
    The tree under test comes next on the path (not whichever mtaudit the venv installed)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGIN), str(PLUGIN.parents[3])]),
           "NO_COLOR": "1"}
    p = subprocess.run([sys.executable, "-m", "mtaudit", *args], cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


AUDIT = ("audit", "--no-model", "--target-lang", "fr", "--select", "MT990,MT991")


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "propre.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "mineur.txt").write_text(MINOR_ONLY, encoding="utf-8")
    (tmp_path / "abime.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "binaire.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    return tmp_path


def test_exit_0_clean(corpus):
    rc, out, err = mtaudit(*AUDIT, "propre.txt", "mineur.txt", cwd=corpus)
    assert rc == 0, err
    assert "gate       passed" in out and "mineur.txt:1:4: MT990 [minor]" in out


def test_exit_1_findings_at_level(corpus):
    rc, out, _ = mtaudit(*AUDIT, "abime.txt", cwd=corpus)
    assert rc == 1 and "gate: abime.txt: 1 finding(s) at or above critical" in out
    assert mtaudit(*AUDIT, "abime.txt", "--fail-on", "never", cwd=corpus)[0] == 0
    assert mtaudit(*AUDIT, "mineur.txt", "--fail-on", "minor", cwd=corpus)[0] == 1
    assert mtaudit(*AUDIT, "mineur.txt", "--fail-on", "major", cwd=corpus)[0] == 0


def test_exit_1_min_score(corpus):
    rc, out, _ = mtaudit(*AUDIT, "mineur.txt", "--fail-on", "never", "--min-score", "99", cwd=corpus)
    assert rc == 1 and "below 99" in out
    assert mtaudit(*AUDIT, "mineur.txt", "--fail-on", "never", "--min-score", "40", cwd=corpus)[0] == 0


def test_exit_1_unreadable_input_unless_errors_pass(corpus):
    rc, out, _ = mtaudit(*AUDIT, "propre.txt", "binaire.txt", cwd=corpus)
    assert rc == 1 and "binaire.txt: could not be audited" in out
    assert mtaudit(*AUDIT, "propre.txt", "binaire.txt", "--errors-pass", cwd=corpus)[0] == 0


@pytest.mark.parametrize("args,message", [
    (("audit", "--no-model", "propre.txt", "--colour"), "unrecognized arguments: --colour"),
    (("audit", "--no-model", "absent.txt"), "path not found: absent.txt"),
    (("audit", "propre.txt", "--fail-on", "sometimes"), "invalid choice: 'sometimes'"),
    (("audit", "propre.txt", "--select", "MT000"), "unknown check code 'MT000'"),
    (("audit", "propre.txt", "--format", "pdf"), "unknown format 'pdf'"),
    (("audit", "propre.txt", "--min-score", "abc"), "invalid float value"),
    (("audit", "propre.txt", "--baseline", "absent.json"), "baseline file absent.json does not exist"),
    (("audit", "propre.txt", "--config", "absent.toml"), "does not exist"),
])
def test_exit_2_usage_errors_are_one_line(corpus, args, message):
    rc, out, err = mtaudit(*args, cwd=corpus)
    assert rc == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtaudit: error: ") and message in lines[0]
    assert "Traceback" not in err


def test_config_file_is_read_and_flags_override_it(corpus):
    (corpus / "mtaudit.toml").write_text('fail-on = "minor"\ntarget-lang = "fr"\nuse-model = false\n'
                                         'select = ["MT990"]\n', encoding="utf-8")
    assert mtaudit("audit", "mineur.txt", cwd=corpus)[0] == 1
    assert mtaudit("audit", "mineur.txt", "--fail-on", "critical", cwd=corpus)[0] == 0
    (corpus / "mtaudit.toml").write_text('fail-on = "minor"\nlangue = "fr"\n', encoding="utf-8")
    rc, _, err = mtaudit("audit", "mineur.txt", cwd=corpus)
    assert rc == 2 and "unknown key 'langue'" in err and len(err.strip().splitlines()) == 1
    (corpus / "mtaudit.toml").write_text('[severity]\nMT990 = "grave"\n', encoding="utf-8")
    rc, _, err = mtaudit("audit", "mineur.txt", cwd=corpus)
    assert rc == 2 and "mtaudit.toml" in err and "grave" in err


def test_baseline_create_then_gate_only_new(corpus):
    rc, _, err = mtaudit("baseline", "create", *AUDIT[1:], "abime.txt", "-o", "base.json", cwd=corpus)
    assert rc == 0 and "baseline of 6 finding(s) written to base.json" in err
    assert len(json.loads((corpus / "base.json").read_text())["findings"]) == 6
    rc, out, _ = mtaudit(*AUDIT, "abime.txt", "--baseline", "base.json", "--format", "json", cwd=corpus)
    assert rc == 0
    assert [f["new"] for f in json.loads(out)["documents"][0]["findings"]] == [False] * 6
    with open(corpus / "abime.txt", "a", encoding="utf-8") as fh:
        fh.write("\nSelon nos informations, le gouvernemnt pourrait démissionner dès demain.\n")
    rc, out, _ = mtaudit(*AUDIT, "abime.txt", "--baseline", "base.json", cwd=corpus)
    assert rc == 1
    listed = [l for l in out.splitlines() if ": MT99" in l]
    assert len(listed) == 2 and all(":6:" in l for l in listed)      # only the new line's findings
    (corpus / "bad.json").write_text("[1, 2")
    rc, _, err = mtaudit(*AUDIT, "abime.txt", "--baseline", "bad.json", cwd=corpus)
    assert rc == 2 and "not valid JSON" in err


def test_several_formats_into_a_folder(corpus):
    rc, out, err = mtaudit(*AUDIT, "propre.txt", "abime.txt", "binaire.txt",
                           "--format", "html,json,sarif,junit,github", "--output", "rapport", cwd=corpus)
    assert rc == 1
    out_dir = corpus / "rapport"
    assert json.loads((out_dir / "report.json").read_text())["summary"]["audited"] == 2
    assert json.loads((out_dir / "report.sarif").read_text())["runs"][0]["results"]
    assert (out_dir / "junit.xml").read_text().startswith("<?xml")
    html_pages = sorted(p.name for p in (out_dir / "html").iterdir())
    assert "index.html" in html_pages and len(html_pages) == 3
    assert "<mark" in next((out_dir / "html").glob("abime-*.html")).read_text()
    assert out.splitlines()[0].startswith("::error ")          # annotations on stdout
    assert "gate failed" in err


def test_repeated_format_flags_add_up(corpus):
    rc, _, _ = mtaudit(*AUDIT, "propre.txt", "-f", "json", "-f", "sarif,junit", "-o", "out", cwd=corpus)
    assert rc == 0
    assert sorted(p.name for p in (corpus / "out").iterdir()) == ["junit.xml", "report.json", "report.sarif"]


def test_json_to_stdout(corpus):
    rc, out, _ = mtaudit(*AUDIT, "abime.txt", "--format", "json", cwd=corpus)
    data = json.loads(out)
    assert rc == 1 and data["summary"]["findings"]["critical"] == 1
    assert all("fingerprint" in f for f in data["documents"][0]["findings"])


def test_pre_commit_hook_definition():
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "mtaudit" and hook["entry"] == "mtaudit audit" and hook["language"] == "python"
    import re
    pattern = re.compile(hook["files"])
    for name in ("a.txt", "b/c.md", "d.jsonl", "e.xliff", "f.po"):
        assert pattern.search(name)
    assert not pattern.search("g.py")
