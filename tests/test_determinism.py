"""Two runs over the same input give byte-identical JSON, apart from ``timing``.

The runs are separate processes with different hash seeds, so any order that
leaks from a set or a dict of strings (str hashes are randomised per process)
shows up as a difference.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

ARTICLES = {
    "b/second.txt": (
        "Le ministre de l'Économie a présenté le budget le 30 février 2021 à Paris.\n"
        "Le ministre de l'Économie a présenté le budget le 30 février 2021 à Paris.\n"
        "Selon lui, la croissance atteindra 1,5 % en 2022 ; pemerintah akan terus mendukung.\n"),
    "a/first.md": (
        "# Les élections municipales\n\n"
        "Les électeurs se sont rendus aux urnes dimanche 12 mars 2023, un lundi selon le journal.\n"
        "La participation a atteint 45 %, contre 52 % en 2017.\n"
        "The mayor said the results were disappointing for his party.\n"),
    "c/records.jsonl": (
        '{"id": "z", "target": "Le 31 avril, la ville a inauguré un nouveau pont."}\n'
        '{"id": "y", "target": "Bonjour.", "source": "Halo.", "source_lang": "id"}\n'
        "not json\n"),
    "c/empty.txt": "",
}


def _run(cwd, seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-m", "mtaudit", "audit", "corpus", "--no-model",
                           "--target-lang", "fr", "-f", "json", "--reference-year", "2023"],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_json_reports_are_identical_apart_from_timing(tmp_path):
    for name, text in ARTICLES.items():
        p = tmp_path / "corpus" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    first, second = _run(tmp_path, "1"), _run(tmp_path, "2024")
    a, b = json.loads(first), json.loads(second)
    assert set(a["timing"]) == set(b["timing"])       # same keys; the seconds vary
    assert a["summary"]["documents"] == 6 and a["summary"]["errors"] == 2
    assert any(d["findings"] for d in a["documents"]), "the corpus should trigger some checks"
    a.pop("timing"), b.pop("timing")
    assert a == b
    # Byte-identical, not just equal: strip the timing object from the text.
    assert _without_timing(first) == _without_timing(second)


def _without_timing(text: str) -> str:
    start = text.index('\n  "timing": {')
    end = text.index("}", start)
    return text[:start] + text[end + 1:]
