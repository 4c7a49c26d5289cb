"""mtaudit.frequencies: wordfreq's answers from compact, cached tables."""
from __future__ import annotations

import math
import random
import subprocess
import sys

import pytest
from wordfreq import get_frequency_list, zipf_frequency

from mtaudit import frequencies as F


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    """Tables saved under a fresh cache folder; the in-process tables are
    forgotten before and after, so other tests load theirs as usual."""
    monkeypatch.setenv("MTAUDIT_CACHE", str(tmp_path))
    F.table.cache_clear()
    yield tmp_path
    F.table.cache_clear()


PHRASES = ["l'hôpital", "aujourd'hui", "New York", "12,5", "2024", "3 200", "COVID-19",
           "rumah sakit", "über", "Straße", "xqzvw", "", "   ", "État", "d'Artagnan",
           "e-mail", "São Paulo", "ﬁn"]


@pytest.mark.parametrize("lang", ["fr", "en", "id", "de", "es", "ar", "ru"])
def test_zipf_matches_wordfreq_zipf_frequency(lang):
    rng = random.Random(lang)
    words = [w for band in get_frequency_list(lang) for w in band]
    sample = rng.sample(words, 1500) + PHRASES
    diffs = [(w, zipf_frequency(w, lang), F.zipf(w, lang)) for w in sample
             if zipf_frequency(w, lang) != F.zipf(w, lang)]
    assert diffs == []


def test_word_zipf_is_the_band_of_the_exact_word():
    pack = get_frequency_list("fr")
    for band, words in enumerate(pack):
        for w in words[:5]:
            assert F.word_zipf(w, "fr") == round(math.log10(10 ** (-band / 100)) + 9, 2)
    assert F.word_zipf("maison", "fr") > 4
    assert F.word_zipf("Maison", "fr") == 0.0        # not normalised: not a stored form
    assert F.word_zipf("maison", "xx") == 0.0        # no list for the language
    assert F.zipf("maison", "xx") == 0.0


def test_a_built_table_is_saved_and_memory_mapped_next_time(cache_in):
    first = F.table("id")
    folder = F.tables_dir()
    assert folder.parent == cache_in
    assert (folder / "id.marisa").is_file() and (folder / "id.bands").is_file()
    loaded = F._load(folder, "id")
    assert loaded is not None and len(loaded) == len(first) > 10_000
    for w in ["rumah", "pemerintah", "tidak", "xqzvw"]:
        assert loaded.band(w) == first.band(w)
    assert not list(folder.glob("*.tmp"))


def test_a_damaged_saved_table_is_rebuilt(cache_in):
    F.table("ms")
    folder = F.tables_dir()
    good = (folder / "ms.marisa").read_bytes()
    (folder / "ms.marisa").write_bytes(good[: len(good) // 2])
    F.table.cache_clear()
    assert F._load(folder, "ms") is None
    assert F.table("ms").band("kerajaan") is not None
    assert (folder / "ms.marisa").read_bytes() == good


def test_an_unwritable_cache_folder_leaves_the_table_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MTAUDIT_CACHE", str(blocker))
    F.table.cache_clear()
    try:
        assert F.word_zipf("rumah", "id") > 3
    finally:
        F.table.cache_clear()


def test_two_processes_building_one_table_at_once_both_succeed(tmp_path):
    code = ("from mtaudit import frequencies as F; t = F.table('tr'); "
            "print(len(t), t.band('ve'))")
    env = {"MTAUDIT_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    assert outs[0][0] == outs[1][0] and outs[0][0].split()[1] != "None"
    folder = next(tmp_path.glob("wordfreq-*"))
    assert F._load(folder, "tr") is not None
    assert not list(folder.glob("*.tmp"))


def test_languages_whose_tokeniser_is_missing_still_get_an_answer():
    # wordfreq needs jieba or MeCab for these and raises without them.
    for text, lang in [("中文", "zh"), ("한국어", "ko")]:
        assert F.zipf(text, lang) >= 0.0
