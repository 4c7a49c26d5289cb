"""The main job, end to end through the CLI: `mtaudit audit seeds/`.

The seed articles are real machine translations (Indonesian → French). These
tests check that the auditor finds their known damage; the checks themselves
never name the seeds' words (see tests/test_precision.py for clean text).
"""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SEEDS


def _audit_json(*args: str) -> tuple[int, dict, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "mtaudit", "audit", *args, "--format", "json", "--no-model"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def _findings(report, name_part):
    doc = next(d for d in report["documents"] if name_part in d["path"])
    return doc, doc["findings"]


def _covering(findings, text, piece):
    """Findings whose span covers the first occurrence of `piece` in `text`."""
    i = text.index(piece)
    return [f for f in findings if f["start"] <= i and f["end"] >= i + len(piece)
            or (i <= f["start"] < i + len(piece))]


def test_seed_damage_is_flagged():
    code, report, _ = _audit_json(str(SEEDS))
    assert report["summary"]["documents"] == 2
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}

    doc0, f0 = _findings(report, "000_")
    text0 = texts[doc0["path"].split("/")[-1]]
    glued = _covering(f0, text0, "paktaPertahantikAtlantikUtara")
    assert any(f["category"] == "untranslated" or any(a["category"] == "untranslated" for a in f["evidence"].get("also", []))
               for f in glued), glued
    wrong_word = _covering(f0, text0, "artisanales")
    assert any(f["category"] in ("mistranslation", "fluency") for f in wrong_word), wrong_word
    english = _covering(f0, text0, "The English, Chinese, Japanese")
    assert any(f["category"] == "wrong-language" for f in english), english

    doc4, f4 = _findings(report, "004_")
    text4 = texts[doc4["path"].split("/")[-1]]
    date = _covering(f4, text4, "2017")
    assert any(f["category"] == "date" for f in date), date
    heads = [f for f in f4 if f["category"] == "repetition"]
    assert heads, "the repeated headline is not flagged"

    for d in report["documents"]:
        text = texts[d["path"].split("/")[-1]]
        for f in d["findings"]:
            assert text[f["start"]:f["end"]] == f["text"]
            assert f["message"]
    # Critical or major findings exist, so the default gate (critical) decides
    # the exit code consistently with the summary.
    assert code == (0 if report["summary"]["passed"] else 1)
