"""The metric functions of benchmarks/quality.py, on tiny handmade documents."""
import json
import math

import pytest

from benchmarks.quality import (AuditedDocument, BenchmarkInputError, Claim, GoldDocument,
                                GoldSpan, load_gold, non_space_chars, overlaps, pearson,
                                score_documents)

TEXT = "Le government a annoncé des measures hier."
#       0123456789...
GOV = (TEXT.index("government"), TEXT.index("government") + len("government"))
MEAS = (TEXT.index("measures"), TEXT.index("measures") + len("measures"))


def gold_doc(*spans, mqm=50.0, gid="d1"):
    return GoldDocument(gid, mqm, [GoldSpan(parts=(p,), category=c, severity="major") for p, c in spans])


def claim(a, b, check="MT101"):
    return Claim(a, b, check, "major")


def test_overlaps_is_strict_on_touching_edges():
    assert overlaps(0, 3, [(2, 5)])
    assert not overlaps(0, 2, [(2, 5)])
    assert not overlaps(5, 7, [(2, 5)])
    assert overlaps(3, 4, [(10, 12), (2, 5)])


def test_non_space_chars_ignores_whitespace():
    assert non_space_chars([(0, 5)], "ab cd") == {0, 1, 3, 4}
    assert non_space_chars([(0, 2), (1, 3)], "abc") == {0, 1, 2}


def test_pearson_known_values():
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 2], [1, 2]) == 0.0          # too few points
    assert pearson([1, 1, 1], [1, 2, 3]) == 0.0    # no variance
    x, y = [1, 2, 3, 4], [1, 3, 2, 4]
    assert pearson(x, y) == pytest.approx(0.8)


def test_perfect_claims_score_one():
    g = {"d1": gold_doc((GOV, "Untranslated"), (MEAS, "Untranslated"))}
    a = [AuditedDocument("d1", TEXT, 80.0, [claim(*GOV), claim(*MEAS)])]
    fig = score_documents(a, g)
    assert (fig.char_precision, fig.char_recall, fig.char_f1) == (1.0, 1.0, 1.0)
    assert fig.span_precision == 1.0 and fig.span_recall == 1.0
    assert fig.recall_by_category == {"Untranslated": 1.0}


def test_partial_overlap_counts_characters_not_spans():
    # One claim covers "Le government" (2 + 10 non-space characters), gold is "government".
    g = {"d1": gold_doc((GOV, "Untranslated"), (MEAS, "Lexical Selection"))}
    a = [AuditedDocument("d1", TEXT, 90.0, [claim(0, GOV[1]), claim(0, 2, "MT999")])]
    fig = score_documents(a, g, show=5)
    assert fig.char_precision == pytest.approx(10 / 12)
    assert fig.char_recall == pytest.approx(10 / 18)
    assert fig.char_f1 == pytest.approx(2 * (10 / 12) * (10 / 18) / (10 / 12 + 10 / 18))
    assert fig.claims == 2 and fig.true_claims == 1 and fig.span_precision == 0.5
    assert fig.span_recall == 0.5
    assert fig.recall_by_category == {"Untranslated": 1.0, "Lexical Selection": 0.0}
    assert fig.true_claims_by_check == {"MT101": 1} and fig.false_claims_by_check == {"MT999": 1}
    assert [s.text for s in fig.false_claims] == ["Le"]
    assert [(s.label, s.text) for s in fig.misses] == [("Lexical Selection", "")]


def test_multi_part_gold_span_found_through_any_part():
    g = {"d1": GoldDocument("d1", 10.0, [GoldSpan(parts=(GOV, MEAS), category="Agreement",
                                                   severity="minor")])}
    a = [AuditedDocument("d1", TEXT, 90.0, [claim(*MEAS)])]
    fig = score_documents(a, g)
    assert fig.span_recall == 1.0
    assert fig.char_recall == pytest.approx(8 / 18)


def test_unaudited_gold_documents_count_as_missed_and_extra_documents_are_ignored():
    g = {"d1": gold_doc((GOV, "Untranslated")), "d2": gold_doc(((0, 4), "Untranslated"), gid="d2")}
    a = [AuditedDocument("d1", TEXT, 90.0, [claim(*GOV)]),
         AuditedDocument("other", "x", 0.0, [claim(0, 1)])]
    fig = score_documents(a, g)
    assert fig.documents == 1 and fig.unaudited_documents == 1
    assert fig.span_recall == 0.5 and fig.claims == 1
    assert fig.char_recall == pytest.approx(10 / 14)


def test_pearson_over_documents_uses_scores_and_mqm():
    g = {f"d{i}": gold_doc(mqm=m, gid=f"d{i}") for i, m in enumerate([10.0, 50.0, 90.0])}
    a = [AuditedDocument(f"d{i}", TEXT, s, []) for i, s in enumerate([20.0, 60.0, 100.0])]
    fig = score_documents(a, g)
    assert math.isclose(fig.pearson, 1.0)
    assert fig.char_precision == 0.0 and fig.char_recall == 0.0 and fig.span_recall == 0.0


def test_load_gold_rejects_malformed_lines(tmp_path):
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps({"id": "a", "mqm": 1, "spans": [
        {"parts": [[0, 2]], "severity": "major", "category": "Untranslated", "text": "Le"}]}) + "\n")
    assert load_gold(good)["a"].spans[0].parts == ((0, 2),)
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "a", "mqm": 1, "spans": []}\n{oops\n')
    with pytest.raises(BenchmarkInputError, match="line 2"):
        load_gold(bad)
    missing = tmp_path / "m.jsonl"
    missing.write_text(json.dumps({"id": "a", "spans": []}) + "\n")
    with pytest.raises(BenchmarkInputError, match="malformed"):
        load_gold(missing)
