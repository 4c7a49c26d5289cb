"""Baselines: record findings, then report and gate only new ones; fingerprints survive edits."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "reports" / "plugin"))
import report_test_checks  # noqa: E402
from report_helpers import audit_files, doc_report, finding, make_report  # noqa: E402

from mtaudit.baseline import apply_baseline, load_baseline, write_baseline  # noqa: E402
from mtaudit.errors import UsageError  # noqa: E402

TITLE = "Réforme des retraites : la colère monte\n\n"
P2 = "Le gouvernemnt a anoncé mardii une réformme des retraites qui suscite la colère.\n\n"
P3 = "Les syndicats ont réagi vivement et appellent à manifester dans toute la France.\n\n"
P4 = "La ministre recevra les partenaires sociaux la semaine prochaine à Paris.\n"
BEFORE = TITLE + P2 + P3 + P4
# A paragraph added at the top, and the last one rewritten with a new slip.
AFTER = ("Paris, 12 mars (AFP).\n\n" + TITLE + P2 + P3
         + "La ministre recevra les syndicats jeudi, et la réformme sera votée en juin.\n")


@pytest.fixture
def article(write, monkeypatch):
    report_test_checks.install(monkeypatch)
    return write("retraites.txt", BEFORE)


def test_edits_elsewhere_keep_old_findings_old(article, tmp_path):
    r = audit_files([article])
    assert len(r.documents[0].findings) == 5
    base = tmp_path / "base" / "baseline.json"
    assert write_baseline(r, base) == 5
    article.write_text(AFTER, encoding="utf-8")
    r2 = audit_files([article], baseline=str(base))
    d = r2.documents[0]
    new = [(f.check, f.text) for f, n in zip(d.findings, d.new) if n]
    old = [(f.check, f.text) for f, n in zip(d.findings, d.new) if not n]
    assert len(old) == 5
    assert new == [("MT991", "La ministre recevra les syndicats jeudi, et la réformme sera votée en juin."),
                   ("MT990", "réformme")]
    # the old critical no longer fails the gate; JSON marks each finding
    assert r2.gate.passed
    js = r2.to_dict()["documents"][0]["findings"]
    assert [x["new"] for x in js] == d.new
    # and the same file without a baseline fails
    assert not audit_files([article]).gate.passed


def test_a_new_critical_fails_the_gate(article, tmp_path):
    base = tmp_path / "b.json"
    write_baseline(audit_files([article]), base)
    article.write_text(BEFORE + "\nLe gouvernemnt démissionnera, dit-on, avant la fin du mois de juin.\n",
                       encoding="utf-8")
    r = audit_files([article], baseline=str(base))
    assert not r.gate.passed and "1 new finding(s) at or above critical" in r.gate.reasons[0]


def test_file_is_sorted_json_with_what_a_reviewer_needs(article, tmp_path):
    base = tmp_path / "b.json"
    write_baseline(audit_files([article]), base)
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["format"] == "mtaudit-baseline" and data["version"] == 1
    entries = data["findings"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["check"], e["fingerprint"], e["text"]))
    assert {"gouvernemnt", "anoncé", "mardii", "réformme"} <= {e["text"] for e in entries}
    assert all(set(e) == {"path", "check", "severity", "text", "fingerprint"} for e in entries)
    # writing twice gives the same bytes
    first = base.read_bytes()
    write_baseline(audit_files([article]), base)
    assert base.read_bytes() == first


def test_repeated_slips_are_counted(tmp_path):
    text = "ça ça ça"
    d1 = doc_report(text, [finding(0, 2)])
    d1.findings[0].context = ("", "")          # same fingerprint for every occurrence below
    d1.fingerprints = [d1.findings[0].fingerprint(d1.key)]
    r = make_report([d1])
    path = tmp_path / "b.json"
    write_baseline(r, path)
    d2 = doc_report(text, [finding(0, 2), finding(3, 5)])
    d2.fingerprints = [d1.fingerprints[0]] * 2
    r2 = make_report([d2])
    apply_baseline(r2, path)
    assert d2.new == [False, True]


@pytest.mark.parametrize("content,message", [
    (None, "does not exist"),
    ("{not json", "is not valid JSON"),
    ('{"findings": []}', "is not an mtaudit baseline"),
    ('{"format": "mtaudit-baseline", "version": 9, "findings": []}', "has version 9"),
    ('{"format": "mtaudit-baseline", "version": 1, "findings": [{"text": "x"}]}', "finding 1 has no fingerprint"),
    (b"\xff\xfe\x00", "cannot read"),
])
def test_missing_or_corrupt_baseline_is_one_line(tmp_path, content, message):
    p = tmp_path / "b.json"
    if isinstance(content, bytes):
        p.write_bytes(content)
    elif content is not None:
        p.write_text(content)
    with pytest.raises(UsageError, match=message) as e:
        load_baseline(p)
    assert "\n" not in str(e.value)
