"""The listed divergences of benchmarks/bilingual_quality.py: reading the
TSV with its pair column, and the clean figures outside the listed entries
(handmade records and findings, never the shared data)."""
from dataclasses import dataclass

import pytest

from benchmarks.bilingual_quality import outside_listed
from benchmarks.clean_text import BenchmarkInputError, Slip, load_slips
from mtaudit.findings import Severity


@dataclass
class FakeFinding:
    """The fields of an audit finding that outside_listed reads."""
    check: str
    start: int
    end: int
    severity: Severity = Severity.MAJOR
    message: str = "the source says '360' but the translation says '385'"


def test_divergences_read_with_their_pair(tmp_path):
    p = tmp_path / "div.tsv"
    p.write_text("# comment\nru-en\tdoc.1\tMT401\t385\t385 miles is 620 km; the reference says 360 km\n",
                 encoding="utf-8")
    assert load_slips(p, pair_column=True) == [
        Slip("doc.1", "MT401", "385", "385 miles is 620 km; the reference says 360 km", "ru-en")]


@pytest.mark.parametrize("line", [
    "doc.1\tMT401\t385\treason",               # no pair cell
    "ru_en\tdoc.1\tMT401\t385\treason",        # not SRC-TGT
    "ru-en\tdoc.1\tnumber\t385\treason",       # not a check code
    "ru-en\tdoc.1\tMT401\t385\t ",             # empty reason
])
def test_malformed_divergences_are_refused(tmp_path, line):
    p = tmp_path / "div.tsv"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(BenchmarkInputError):
        load_slips(p, pair_column=True)


def test_the_french_slips_file_keeps_its_four_columns(tmp_path):
    p = tmp_path / "slips.tsv"
    p.write_text("ru-en\tdoc.1\tMT401\t385\treason\n", encoding="utf-8")
    with pytest.raises(BenchmarkInputError, match="expected 4"):
        load_slips(p)


def records_and_findings():
    records = [{"id": "a", "target": "It was 385 miles away.\nJoel Plasco said."},
               {"id": "b", "target": "The Blues striker scored."}]
    found = [[FakeFinding("MT401", 7, 10), FakeFinding("MT403", 23, 27)],
             [FakeFinding("MT403", 4, 9)]]
    return records, found


def test_a_listed_divergence_leaves_the_figures_and_the_rest_counts():
    records, found = records_and_findings()
    listed = [Slip("a", "MT401", "385", "385 miles is 620 km; the reference says 360 km", "ru-en")]
    out = outside_listed(records, found, listed, words=2000)
    assert out["listed"] == 1 and out["findings"] == 2
    assert out["docs_flagged"] == 2                      # "a" still has Joel, "b" its Blues
    assert out["per_1000_words"] == pytest.approx(1.0)
    assert out["by_check"] == {"MT403": 2}
    assert [f["listed"] for f in out["findings_list"]] == [True, False, False]
    assert out["stale"] == []


def test_a_document_with_only_listed_findings_is_not_flagged():
    records, found = records_and_findings()
    listed = [Slip("a", "MT401", "385", "r", "ru-en"), Slip("a", "MT403", "Joel", "r", "ru-en")]
    out = outside_listed(records, found, listed, words=1000)
    assert out["docs_flagged"] == 1 and out["findings"] == 1


def test_an_entry_must_match_document_check_and_text_and_else_is_stale():
    records, found = records_and_findings()
    listed = [Slip("b", "MT401", "385", "r", "ru-en"),      # other document
              Slip("a", "MT403", "385", "r", "ru-en"),      # other check
              Slip("a", "MT401", "38", "r", "ru-en")]       # other text
    out = outside_listed(records, found, listed, words=1000)
    assert out["listed"] == 0 and out["findings"] == 3
    assert len(out["stale"]) == 3
