"""The corpus building, slip matching and counting of benchmarks/clean_text.py,
on small handmade folders and findings (never the shared data)."""
import pytest

from benchmarks.clean_text import (BenchmarkInputError, CleanFinding, Slip,
                                   build_annodis_documents, build_ntrex_documents,
                                   corpus_figures, is_listed, load_slips, per_thousand)


def finding(doc="d1", check="MT103", text="soiréee", severity="minor"):
    return CleanFinding(doc, check, severity, text, "not a French word")


def test_ntrex_documents_group_lines_by_id_in_order(tmp_path):
    (tmp_path / "DOCUMENT_IDS.tsv").write_text("a.1\na.1\nb.2\na.1\n", encoding="utf-8")
    (tmp_path / "newstest2019-ref.fra.txt").write_text(
        "Titre.\nPremière phrase.\nAutre article.\nFin.\n", encoding="utf-8")
    docs = build_ntrex_documents(tmp_path)
    assert [d["id"] for d in docs] == ["a.1", "b.2"]
    assert docs[0]["target"] == "Titre.\nPremière phrase.\nFin."
    assert docs[1] == {"id": "b.2", "target": "Autre article.", "target_lang": "fr"}


def test_ntrex_line_counts_must_match(tmp_path):
    (tmp_path / "DOCUMENT_IDS.tsv").write_text("a\na\nb\n", encoding="utf-8")
    (tmp_path / "newstest2019-ref.fra.txt").write_text("Un.\nDeux.\n", encoding="utf-8")
    with pytest.raises(BenchmarkInputError, match="3 lines but"):
        build_ntrex_documents(tmp_path)


def test_annodis_takes_only_annodis_sentences_of_sequoia_files(tmp_path):
    (tmp_path / "sequoia-dev.tsv").write_text(
        "annodis.er_00002\tLa mairie ouvre lundi.\nEuroparl_1\tAutre chose.\n", encoding="utf-8")
    (tmp_path / "sequoia-train.tsv").write_text("annodis.er_00001\tLe club recrute.\n", encoding="utf-8")
    (tmp_path / "gsd-dev.tsv").write_text("annodis.er_00009\tPas ici.\n", encoding="utf-8")
    docs = build_annodis_documents(tmp_path)
    assert [(d["id"], d["target"]) for d in docs] == [
        ("annodis.er_00002", "La mairie ouvre lundi."), ("annodis.er_00001", "Le club recrute.")]


def test_annodis_rejects_a_duplicate_id(tmp_path):
    (tmp_path / "sequoia-dev.tsv").write_text(
        "annodis.er_00002\tUn.\nannodis.er_00002\tDeux.\n", encoding="utf-8")
    with pytest.raises(BenchmarkInputError, match="twice"):
        build_annodis_documents(tmp_path)


def test_load_slips_reads_tsv_and_skips_comments(tmp_path):
    p = tmp_path / "slips.tsv"
    p.write_text("# comment\n\nd1\tMT103\tsoiréee\ttypo for «soirée»\n", encoding="utf-8")
    assert load_slips(p) == [Slip("d1", "MT103", "soiréee", "typo for «soirée»")]


@pytest.mark.parametrize("line", ["d1\tMT103\tsoiréee\n", "d1\tMT103\t\ttypo\n", "d1\tagreement\tx\ttypo\n"])
def test_load_slips_rejects_malformed_lines(tmp_path, line):
    p = tmp_path / "slips.tsv"
    p.write_text(line, encoding="utf-8")
    with pytest.raises(BenchmarkInputError, match="line 1"):
        load_slips(p)


def test_a_slip_matches_document_check_and_text_only():
    slips = [Slip("d1", "MT103", "soiréee", "typo")]
    assert is_listed(finding(), slips)
    assert not is_listed(finding(doc="d2"), slips)
    assert not is_listed(finding(check="MT101"), slips)
    assert not is_listed(finding(text="soirée"), slips)
    # A no-break space in the text matches a plain space in the list.
    assert is_listed(finding(text="moi\u00a0!"), [Slip("d1", "MT103", "moi !", "x")])


def test_rates_with_and_without_slips_and_the_bar():
    slips = [Slip("d1", "MT103", "soiréee", "typo"), Slip("d9", "MT105", "le moto", "stale")]
    found = [finding(), finding(text="glamoureux")]
    fig = corpus_figures("c", found, documents=2, words=5000, slips=slips, max_rate=0.2)
    assert fig.listed == [True, False]
    assert fig.rate == pytest.approx(0.4) and fig.rate_without_slips == pytest.approx(0.2)
    assert fig.by_check == {"MT103 minor": 2}
    assert fig.unmatched_slips == [Slip("d9", "MT105", "le moto", "stale")]
    assert fig.passes                       # 0.2 per 1,000 words is at the bar
    fig = corpus_figures("c", found, documents=2, words=4000, slips=slips, max_rate=0.2)
    assert not fig.passes                   # 0.25 per 1,000 words


def test_an_unlisted_major_finding_fails_the_bar_even_under_the_rate():
    major = finding(check="MT301", text="Un paragraphe répété.", severity="major")
    fig = corpus_figures("c", [major], documents=1, words=100_000, slips=[])
    assert fig.rate_without_slips == pytest.approx(0.01)
    assert fig.blocking_without_slips == 1 and not fig.passes
    listed = [Slip("d1", "MT301", "Un paragraphe répété.", "the article repeats it by mistake")]
    assert corpus_figures("c", [major], documents=1, words=100_000, slips=listed).passes


def test_info_findings_are_refused_and_empty_corpus_rate_is_zero():
    with pytest.raises(ValueError, match="info"):
        corpus_figures("c", [finding(severity="info")], documents=1, words=10, slips=[])
    assert per_thousand(3, 0) == 0.0
    assert per_thousand(3, 1500) == pytest.approx(2.0)
