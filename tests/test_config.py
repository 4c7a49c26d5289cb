"""Configuration: mtaudit.toml or [tool.mtaudit], checked strictly, overridden by flags."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import BAD  # noqa: E402

from mtaudit.config import build_config, find_config_file  # noqa: E402
from mtaudit.errors import UsageError  # noqa: E402

FULL = """
source-lang = "id"
target-lang = "fr"
fail-on = "major"
min-score = 80
select = ["MT990", "MT991"]
disable = ["MT991"]
allowlist = ["Jokowi"]
ignore = ["brouillons/*"]
facts = "faits.toml"
max-bytes = 1000
use-model = false

[severity]
MT990 = "minor"
"""


def test_mtaudit_toml_found_in_a_parent(tmp_path, monkeypatch):
    report_test_checks.install(monkeypatch)
    (tmp_path / "mtaudit.toml").write_text(FULL, encoding="utf-8")
    sub = tmp_path / "articles" / "2024"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == tmp_path / "mtaudit.toml"
    cfg = build_config(None, sub, {})
    assert (cfg.source_lang, cfg.target_lang, cfg.fail_on, cfg.min_score) == ("id", "fr", "major", 80)
    assert cfg.select == ["MT990", "MT991"] and cfg.disable == ["MT991"]
    assert cfg.severity == {"MT990": "minor"} and cfg.allowlist == ["Jokowi"]
    assert cfg.facts == str(tmp_path / "faits.toml")         # relative to the file
    assert cfg.max_bytes == 1000 and cfg.use_model is False


def test_pyproject_section_and_flags_override(tmp_path, monkeypatch):
    report_test_checks.install(monkeypatch)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mtaudit]\nfail-on = "minor"\ndisable = ["MT991"]\n'
        '[tool.mtaudit.severity]\nMT990 = "info"\n', encoding="utf-8")
    cfg = build_config(None, tmp_path, {"fail_on": "never", "disable": ["MT990"],
                                        "severity": {"MT991": "major"}, "min_score": None})
    assert cfg.fail_on == "never"
    assert cfg.disable == ["MT991", "MT990"]              # lists add up
    assert cfg.severity == {"MT990": "info", "MT991": "major"}
    # a pyproject without the section is not a config
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config_file(tmp_path) is None or find_config_file(tmp_path).parent != tmp_path


def test_explicit_config_file_and_severity_override_applies(tmp_path, write, monkeypatch):
    report_test_checks.install(monkeypatch)
    conf = tmp_path / "conf" / "qa.toml"
    conf.parent.mkdir()
    conf.write_text('select = ["MT990"]\nfail-on = "critical"\n[severity]\nMT990 = "info"\n')
    cfg = build_config(str(conf), tmp_path, {"use_model": False, "target_lang": "fr"})
    from mtaudit import audit
    r = audit([str(write("a.txt", BAD))], cfg)
    assert {f.severity.value for f in r.documents[0].findings} == {"info"}
    assert r.gate.passed


@pytest.mark.parametrize("content,message", [
    ('fail_on = "major"\ncolour = "red"\n', "unknown key 'colour'"),
    ('fail-on = "sometimes"\n', "fail-on must be one of"),
    ('min-score = "80"\n', "min-score has the wrong type"),
    ('min-score = 180\n', "min-score must be between 0 and 100"),
    ('select = "MT990"\n', "select has the wrong type"),
    ('select = ["MT000"]\n', "unknown check code 'MT000'"),
    ('[severity]\nMT990 = "fatal"\n', "unknown severity 'fatal'"),
    ('target-lang = "french"\n', "target"),
    ('fail-on = \n', "not valid TOML"),
    ('output = "x"\n', "unknown key 'output'"),
])
def test_bad_config_is_one_line_naming_the_file(tmp_path, monkeypatch, content, message):
    report_test_checks.install(monkeypatch)
    (tmp_path / "mtaudit.toml").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as e:
        build_config(None, tmp_path, {})
    text = str(e.value)
    assert message in text and "mtaudit.toml" in text and "\n" not in text


def test_missing_explicit_file(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        build_config(str(tmp_path / "nope.toml"), tmp_path, {})


def test_cache_folder_order_and_an_account_without_a_home(tmp_path, monkeypatch):
    from mtaudit.config import default_cache_dir
    monkeypatch.setenv("MTAUDIT_CACHE", str(tmp_path / "env"))
    assert default_cache_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert default_cache_dir() == tmp_path / "env"
    monkeypatch.delenv("MTAUDIT_CACHE")
    assert default_cache_dir() == Path.home() / ".cache" / "mtaudit"

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folder = default_cache_dir()
    assert folder.parent == tmp_path and folder.name.startswith("mtaudit-cache-")
