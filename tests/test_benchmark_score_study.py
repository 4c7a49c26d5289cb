"""benchmarks/score_study.py on tiny handmade reports (no shared data)."""
import json

import pytest

from benchmarks.score_study import (claims_beside_estimate, even_odds_estimate, every_word_estimate, held_out_estimate,
                                    held_out_mt108, main, unfold, variants)
from mtaudit.findings import Finding

TEXT = "Le government a annoncé des measures hier.\nLes familles attendent."


def _w(word, p, kind="other", text=TEXT):
    start = text.index(word)
    return {"doc": "d1", "start": start, "end": start + len(word), "text": word, "kind": kind, "p": p}


THRESHOLDS = {"claim": {"english": 0.66, "name": 1.0, "agreement": 1.0, "other": 1.0},
              "hint": {"english": 0.3, "name": 0.76, "agreement": 0.87, "other": 0.75}}


def test_held_out_findings_follow_the_thresholds_and_stop_at_paragraphs():
    words = [_w("Le", 0.1), _w("government", 0.9, "english"), _w("a", 0.2),
             _w("measures", 0.2, "english"), _w("hier", 0.8), _w(".", 0.8),
             _w("Les", 0.8), _w("familles", 0.1)]
    fs = held_out_mt108(words, TEXT, THRESHOLDS)
    got = [(f.text, f.severity.value, f.evidence["probability"]) for f in fs]
    # «government» is a claim (English-looking, 0.9 >= 0.66), «measures»
    # nothing (0.2 < 0.3), «hier .» a hint trimmed of its point, and «Les»
    # after the line break a hint of its own, not one run «hier . Les»
    assert got == [("government", "minor", 0.9), ("hier", "info", 0.8), ("Les", "info", 0.8)]


def test_past_the_gate_claims_come_lower_and_the_estimate_sums_unclaimed_even_odds_words():
    gated = dict(THRESHOLDS, gate=0.4, gated_claim={"english": 0.5, "name": 1.0, "agreement": 1.0,
                                                    "other": 0.7})
    words = [_w("Le", 0.1), _w("government", 0.9, "english"), _w("a", 0.2),
             _w("measures", 0.2, "english"), _w("hier", 0.8), _w(".", 0.8),
             _w("Les", 0.8), _w("familles", 0.1)]
    # mean 3.9 / 8 = 0.4875: past a gate of 0.4, «hier» and «Les» (0.8 >= 0.7) become claims
    fs = held_out_mt108(words, TEXT, gated)
    assert [(f.text, f.severity.value) for f in fs] == [("government", "minor"), ("hier", "minor"),
                                                        ("Les", "minor")]
    # the estimate: the words at even odds or more but the claimed ones and the point: none left
    assert held_out_estimate(words, gated) == pytest.approx(0.0)
    # the variant not kept: every word but the claimed ones and the point, whatever its probability
    assert held_out_estimate(words, gated, every_word_estimate) == pytest.approx(0.1 + 0.2 + 0.2 + 0.1)
    # under the gate (0.5): the check's own thresholds, and no estimate
    under = dict(gated, gate=0.5)
    assert [f.severity.value for f in held_out_mt108(words, TEXT, under)] == ["minor", "info", "info"]
    assert held_out_estimate(words, under) is None
    # without the gate: words at even odds or more, outside claims («hier», «Les» are hints here)
    assert even_odds_estimate(words, under) == pytest.approx(0.8 + 0.8)
    # a dump with the gated model's probabilities: past the gate they, not the CRF's, meet the
    # gated thresholds («Les» 0.6 < 0.7 stays a hint, «measures» 0.55 >= 0.5 is claimed, one run
    # with «hier»)
    for w, g in zip(words, (0.1, 0.9, 0.2, 0.55, 0.8, 0.8, 0.6, 0.1)):
        w["gated_p"] = g
    assert [(f.text, f.severity.value) for f in held_out_mt108(words, TEXT, gated)] == [
        ("government", "minor"), ("measures hier", "minor"), ("Les", "info")]


def test_unfold_gives_back_the_folded_findings():
    d = {"check": "MT101", "category": "untranslated", "severity": "major", "start": 3,
         "end": 13, "text": "government",
         "evidence": {"also": [{"check": "MT108", "category": "untranslated", "severity": "info",
                                "start": 3, "end": 13, "evidence": {"probability": 0.9}}]}}
    fs = unfold(d)
    assert [(f.check, f.severity.value) for f in fs] == [("MT101", "major"), ("MT108", "info")]
    assert "also" not in fs[0].evidence


def test_variants_differ_only_in_what_hints_cost():
    fs = [Finding("MT101", "untranslated", "minor", 3, 13, "government", ""),
          Finding("MT108", "fluency", "info", 28, 36, "measures", "", evidence={"probability": 0.8}),
          Finding("MT403", "named-entity", "info", 40, 44, "hier", "")]
    v = variants(fs, 10, {"MT108": 2.5})
    assert v["claims only"] == 90.0
    assert v["hints by stated probability"] == 82.0
    assert v["hints without probability at 0.5"] == 77.0
    # the estimate (2.5) in place of MT108's hint (0.8)
    assert v["mtaudit (hints, estimates)"] == 65.0
    assert v["without MT108"] == 90.0
    # no estimate stated: the hint counts
    assert variants(fs, 10)["mtaudit (hints, estimates)"] == 82.0
    # an MT108 claim: in mtaudit's scoring inside its estimate; the previous
    # scoring counted it beside the estimate less one (2.5 - 1 + 1)
    claimed = fs + [Finding("MT108", "fluency", "minor", 20, 24, "haut", "", evidence={"probability": 0.9})]
    assert variants(claimed, 10, {"MT108": 2.5})["mtaudit (hints, estimates)"] == 65.0
    assert claims_beside_estimate(claimed, 10, {"MT108": 2.5}) == 65.0
    assert claims_beside_estimate(claimed, 10, {"MT108": 0.5}) == 80.0    # the claim outweighs it


def test_main_prints_pearson_per_variant(tmp_path, capsys):
    docs = []
    gold = []
    for i, (n_claims, mqm) in enumerate([(0, 90.0), (1, 60.0), (3, 20.0), (2, 40.0)]):
        findings = [{"check": "MT101", "category": "untranslated", "severity": "major",
                     "start": k, "end": k + 1, "text": "x", "evidence": {}} for k in range(0, 4 * n_claims, 4)]
        docs.append({"id": f"d{i}", "status": "ok", "words": 50, "findings": findings})
        gold.append({"id": f"d{i}", "mqm": mqm})
    (tmp_path / "r.json").write_text(json.dumps({"documents": docs}))
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(g) for g in gold))
    assert main([str(tmp_path / "r.json"), str(tmp_path / "g.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "4 documents with an expert score" in out
    line = next(x for x in out.splitlines() if "claims only" in x)
    assert float(line.split("Pearson r")[1].split()[0]) > 0.9


def test_main_refuses_a_dump_without_its_texts(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps({"documents": []}))
    (tmp_path / "g.jsonl").write_text("")

    with pytest.raises(SystemExit):
        main([str(tmp_path / "r.json"), str(tmp_path / "g.jsonl"), "--cv-dump", "x.jsonl"])
