"""Back-translation mechanics end to end, with a tiny random-weight Marian model.

The model's output is noise: these tests check mechanics only (every sentence
translated, exact offsets, cache hits, lazy loading, warnings, exit codes,
interruption and concurrency safety of the cache).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from marian_fixture import tiny_marian  # noqa: F401  (session fixture)

from mtaudit.cli import main

SELECT = "MT501,MT502,MT503,MT504"
SENTENCES = [
    "Le conseil municipal a voté le budget de la ville mardi soir.",
    "La ministre a annoncé un nouveau plan pour les hôpitaux publics.",
    "Les pluies ont provoqué des inondations dans plusieurs villages.",
    "Le musée présente une exposition sur les peintres du siècle dernier.",
]


def _env(tmp: Path) -> dict:
    env = dict(os.environ)
    env.update(HF_HUB_OFFLINE="1", MTAUDIT_MODELS=str(tmp / "no-models"), PYTHONUNBUFFERED="1")
    env.pop("MTAUDIT_CACHE", None)
    return env


def _corpus(folder: Path, n_docs: int, offset: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        a, b = SENTENCES[i % 4], SENTENCES[(i + 1) % 4]
        (folder / f"a{i:03d}.txt").write_text(
            f"Article {i + offset} du jour.\n{a} {b}\nLe numéro {i + offset} paraît demain matin.\n",
            encoding="utf-8")
    return folder


def _args(model: Path, cache: Path, out: Path, *extra: str) -> list[str]:
    return ["--model", f"fr-en={model}", "--model", f"en-fr={model}", "--target-lang", "fr",
            "--cache-dir", str(cache), "--select", SELECT, "-f", "json", "-o", str(out),
            "--no-progress", "--threads", "1", *extra]


def _cache_rows(cache: Path) -> list[tuple[str, str]]:
    db = cache / "translations.sqlite3"
    if not db.exists():
        return []
    with sqlite3.connect(str(db), timeout=30) as c:
        try:
            return c.execute("SELECT key, source FROM translations").fetchall()
        except sqlite3.OperationalError:
            return []


def _integrity(cache: Path) -> str:
    with sqlite3.connect(str(cache / "translations.sqlite3"), timeout=30) as c:
        return c.execute("PRAGMA integrity_check").fetchone()[0]


def _check_sentences(report: dict, folder: Path) -> None:
    from mtaudit.document import Document
    for d in report["documents"]:
        text = (folder.parent / d["path"]).read_text(encoding="utf-8") if not Path(d["path"]).is_absolute() \
            else Path(d["path"]).read_text(encoding="utf-8")
        expected = Document(path="x", text=text).sentences
        assert len(d["sentences"]) == len(expected)
        for s in d["sentences"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert isinstance(s["back_translation"], str) and isinstance(s["round_trip"], str)
            assert 0 <= s["chrf"] <= 100 and 0 <= s["bleu"] <= 100
        assert set(d["consistency"]) == {"chrf", "bleu", "signature"}
        assert "chrF" in d["consistency"]["signature"] and "BLEU" in d["consistency"]["signature"]
        for f in d["findings"]:
            assert text[f["start"]:f["end"]] == f["text"]


@pytest.fixture(scope="module")
def first_run(tiny_marian, tmp_path_factory):  # noqa: F811
    """One real CLI run in a subprocess: from_pretrained, generation, JSON report."""
    tmp = tmp_path_factory.mktemp("rt")
    corpus = _corpus(tmp / "corpus", 3)
    cache, out = tmp / "cache", tmp / "out.json"
    p = subprocess.run([sys.executable, "-m", "mtaudit", "audit", "corpus",
                        *_args(tiny_marian, cache, out, "--backend", "transformers")],
                       cwd=tmp, env=_env(tmp), capture_output=True, text=True, timeout=300)
    assert p.returncode in (0, 1), p.stderr
    return tmp, corpus, cache, json.loads(out.read_text(encoding="utf-8")), p.stderr


def test_every_sentence_is_translated_with_exact_offsets(first_run):
    tmp, corpus, cache, report, stderr = first_run
    assert len(report["documents"]) == 3
    _check_sentences(report, corpus)
    n_sent = sum(len(d["sentences"]) for d in report["documents"])
    tr = report["summary"]["translations"]
    assert tr["computed"] > 0 and tr["computed"] + tr["cached"] == 2 * n_sent
    m = report["model"]
    assert m["test_model"] is True and set(m["models"]) == {"fr-en", "en-fr"}
    assert all(x["loaded"] and x["backend"] == "transformers" for x in m["models"].values())
    assert "RANDOM-WEIGHT TEST MODEL" in stderr
    assert any("TEST MODEL" in w for w in report["warnings"])


def test_second_run_is_all_cached_and_loads_no_model(first_run, tiny_marian, capsys):  # noqa: F811
    tmp, corpus, cache, first, _ = first_run
    out = tmp / "second.json"
    os.chdir(tmp)
    assert main(["audit", "corpus", *_args(tiny_marian, cache, out, "--backend", "transformers")]) in (0, 1)
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["summary"]["translations"]["computed"] == 0
    assert r["summary"]["translations"]["cached"] == first["summary"]["translations"]["computed"] \
        + first["summary"]["translations"]["cached"]
    assert r["model"]["loads"] == 0
    assert not any(x["loaded"] for x in r["model"]["models"].values())
    assert [d["sentences"] for d in r["documents"]] == [d["sentences"] for d in first["documents"]]


def test_an_edited_sentence_is_the_only_one_retranslated(first_run, tiny_marian):  # noqa: F811
    tmp, corpus, cache, _, _ = first_run
    before = {k for k, _ in _cache_rows(cache)}
    doc = corpus / "a001.txt"
    edited = "Un tout nouveau pont enjambe désormais la rivière."
    doc.write_text(doc.read_text(encoding="utf-8").replace(SENTENCES[1], edited), encoding="utf-8")
    out = tmp / "edited.json"
    os.chdir(tmp)
    assert main(["audit", "corpus", *_args(tiny_marian, cache, out, "--backend", "transformers")]) in (0, 1)
    r = json.loads(out.read_text(encoding="utf-8"))
    new = [src for k, src in _cache_rows(cache) if k not in before]
    sent = next(s for d in r["documents"] for s in d["sentences"] if s["text"] == edited)
    # the edited sentence (forward) and, unless its noise equals an earlier one, its back-translation
    assert edited in new and set(new) <= {edited, sent["back_translation"]}
    assert 1 <= r["summary"]["translations"]["computed"] <= 2


def test_auto_backend_converts_to_ctranslate2_in_the_cache(tiny_marian, tmp_path, capsys):  # noqa: F811
    pytest.importorskip("ctranslate2")
    corpus = _corpus(tmp_path / "corpus", 1)
    cache, out = tmp_path / "cache", tmp_path / "ct2.json"
    os.chdir(tmp_path)
    assert main(["audit", "corpus", *_args(tiny_marian, cache, out, "--backend", "auto", "--device", "cpu")]) in (0, 1)
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["model"]["models"]["fr-en"]["backend"] == "ctranslate2"
    assert r["model"]["models"]["fr-en"]["dtype"] == "int8"
    assert list((cache / "ct2").glob("*/model.bin"))
    _check_sentences(r, corpus)
    # an explicit converted folder is recognised as CTranslate2
    from mtaudit.translation.models import cmd_convert
    ct2 = tmp_path / "tiny-ct2"
    assert cmd_convert(str(tiny_marian), str(ct2), "int8") == 0
    out2 = tmp_path / "ct2b.json"
    assert main(["audit", "corpus", "--model", f"fr-en={ct2}", "--model", f"en-fr={ct2}", "--target-lang", "fr",
                 "--no-cache", "--select", SELECT, "-f", "json", "-o", str(out2), "--no-progress"]) in (0, 1)
    r2 = json.loads(out2.read_text(encoding="utf-8"))
    assert r2["model"]["models"]["fr-en"]["format"] == "ctranslate2" and r2["model"]["test_model"] is True
    assert r2["model"]["cache"] is None
    _check_sentences(r2, corpus)


# -- no model, bad model ---------------------------------------------------------

@pytest.fixture
def no_models(tmp_path, monkeypatch):
    import mtaudit.translation.models as m
    monkeypatch.setattr(m, "PROJECT_MODELS", tmp_path / "project-models")
    monkeypatch.setenv("MTAUDIT_MODELS", str(tmp_path / "none"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    return tmp_path


def test_no_model_warns_once_and_runs_the_other_checks(no_models, capsys):
    out = no_models / "r.json"
    rc = main(["audit", "a.txt", "--target-lang", "fr", "--select", SELECT, "-f", "json", "-o", str(out),
               "--cache-dir", str(no_models / "c")])
    err = capsys.readouterr().err
    assert rc == 0
    warnings = [line for line in err.splitlines() if "translation model" in line]
    assert len(warnings) == 1
    w = warnings[0]
    assert "fr-en" in w and "mtaudit models pull fr-en" in w and "--model fr-en=DIR" in w and "--no-model" in w
    assert str(no_models / "none") in w
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["model"] is None and "sentences" not in r["documents"][0]


def test_require_model_exits_2(no_models, capsys):
    rc = main(["audit", "a.txt", "--target-lang", "fr", "--require-model", "--select", SELECT])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and "--require-model" in err[0] and "fr-en" in err[0]


def test_no_model_flag_is_silent(no_models, capsys):
    assert main(["audit", "a.txt", "--target-lang", "fr", "--no-model", "--select", SELECT]) == 0
    assert "translation model" not in capsys.readouterr().err


@pytest.mark.parametrize("make", ["empty", "missing"])
def test_bad_model_dir_is_one_line_error(no_models, capsys, make):
    bad = no_models / "not-a-model"
    if make == "empty":
        bad.mkdir()
        (bad / "README.txt").write_text("hello", encoding="utf-8")
        arg = str(bad)
    else:
        arg = "./no/such/dir"
    rc = main(["audit", "a.txt", "--target-lang", "fr", "--model", f"fr-en={arg}", "--select", SELECT])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1
    assert ("not a MarianMT model folder" if make == "empty" else "no such folder") in err[0]
    assert "mtaudit models pull fr-en" in err[0]


def test_models_list_and_pull_offline(no_models, capsys, monkeypatch):
    # No project folder, no models folder: the registry shipped in the package.
    from mtaudit.translation import models as m
    assert m.cmd_list() == 0
    out = capsys.readouterr().out
    assert "fr-en" in out and "Helsinki-NLP/opus-mt-fr-en" in out and " no" in out
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert m.cmd_pull("fr-en") == 1
    assert "cannot download Helsinki-NLP/opus-mt-fr-en" in capsys.readouterr().err


def test_a_models_folder_registry_adds_and_replaces_pairs(no_models, monkeypatch):
    from mtaudit.translation import models as m
    local = no_models / "models"
    local.mkdir()
    (local / "registry.toml").write_text(
        '[pairs.fr-en]\nid = "example/fr-en-news"\n\n[pairs.pt-fr]\nid = "example/pt-fr"\ndir = "pt-fr"\n',
        encoding="utf-8")
    reg = m.load_registry()
    assert reg["fr-en"] == {"id": "example/fr-en-news", "dir": "fr-en-news"}
    assert reg["pt-fr"] == {"id": "example/pt-fr", "dir": "pt-fr"}
    assert reg["en-fr"]["id"] == "Helsinki-NLP/opus-mt-en-fr"        # shipped, untouched


@pytest.mark.parametrize("content,message", [("[pairs.fr-en\n", "not valid TOML"),
                                             ("[pairs.fr-en]\ndir = 'x'\n", "needs an id")])
def test_a_broken_registry_is_a_one_line_error(no_models, capsys, content, message):
    (no_models / "models").mkdir()
    (no_models / "models" / "registry.toml").write_text(content, encoding="utf-8")
    rc = main(["models", "list"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and message in err[0] and "registry.toml" in err[0]


# -- interruption and concurrency, for real --------------------------------------

def _start(tmp: Path, model: Path, cache: Path, out: Path, batch_size: int = 4):
    return subprocess.Popen([sys.executable, "-m", "mtaudit", "audit", "corpus",
                             *_args(model, cache, out, "--backend", "transformers", "--batch-size", str(batch_size))],
                            cwd=tmp, env=_env(tmp), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_run_leaves_a_consistent_cache_that_the_rerun_uses(tiny_marian, tmp_path, sig):  # noqa: F811
    # Enough sentences that the signal lands while translation is still going on a
    # loaded machine: with 12 articles a busy CI box sometimes finished first, and
    # with 60 a machine loaded by other jobs did once.
    _corpus(tmp_path / "corpus", 200)
    cache = tmp_path / "cache"
    p = _start(tmp_path, tiny_marian, cache, tmp_path / "killed.json", batch_size=1)
    deadline = time.time() + 120
    while time.time() < deadline and len(_cache_rows(cache)) < 4 and p.poll() is None:
        time.sleep(0.1)
    assert p.poll() is None, "the run finished before it could be interrupted"
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode == (130 if sig == signal.SIGINT else -signal.SIGKILL), err
    assert _integrity(cache) == "ok"
    kept = len(_cache_rows(cache))
    assert kept >= 4
    out = tmp_path / "rerun.json"
    os.chdir(tmp_path)
    # (the batch size is not part of the cache key: a larger one finishes sooner)
    assert main(["audit", "corpus", *_args(tiny_marian, cache, out, "--backend", "transformers",
                                           "--batch-size", "16")]) in (0, 1)
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["summary"]["translations"]["cached"] > 0
    _check_sentences(r, tmp_path / "corpus")


def test_two_audits_share_one_cache_at_once(tiny_marian, tmp_path):  # noqa: F811
    _corpus(tmp_path / "corpus", 4)
    cache = tmp_path / "cache"
    procs = [_start(tmp_path, tiny_marian, cache, tmp_path / f"c{i}.json") for i in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode in (0, 1), err
    assert _integrity(cache) == "ok"
    reports = [json.loads((tmp_path / f"c{i}.json").read_text(encoding="utf-8")) for i in range(2)]
    for r in reports:
        _check_sentences(r, tmp_path / "corpus")
    keys = [k for k, _ in _cache_rows(cache)]
    assert len(keys) == len(set(keys)) > 0
