"""The facts file (mtaudit.facts): known events and their dates, in TOML."""
from __future__ import annotations

import pytest

from mtaudit.errors import UsageError
from mtaudit.facts import load_facts

GOOD = """
[[event]]
name = "Ouverture du viaduc"
date = "2019-06-14"
keywords = ["viaduc", ["ouverture", "inauguration"]]

[[event]]
name = "Jeux de Rome"
date = 1960-08-25
keywords = ["jeux", "Rome"]
min_keywords = 1
window = 5

[[event]]
name = "Grève des dockers"
date = "2011-03"
keywords = ["grève"]
"""


def test_loads_events_with_partial_and_toml_dates(write):
    facts = load_facts(write("facts.toml", GOOD))
    assert [(f.name, f.year, f.month, f.day) for f in facts] == [
        ("Ouverture du viaduc", 2019, 6, 14), ("Jeux de Rome", 1960, 8, 25),
        ("Grève des dockers", 2011, 3, None)]
    viaduc, rome, greve = facts
    assert viaduc.keywords == (("viaduc",), ("ouverture", "inauguration"))
    assert viaduc.min_keywords == 2 and rome.min_keywords == 1 and rome.window == 5
    assert greve.min_keywords == 1 and greve.date_text == "2011-03"


def test_keywords_match_word_starts_without_case_accents_or_articles(write):
    (f,) = load_facts(write("f.toml", '[[event]]\nname="x"\ndate="2020"\nkeywords=["Greve","ukrain"]\n'))
    assert f.keyword_matches("grèves") == 0
    assert f.keyword_matches("l’Ukraine") == 1
    assert f.keyword_matches("ukrainien") == 1
    assert f.keyword_matches("Russie") is None


@pytest.mark.parametrize("content,message", [
    ("[[event]\nname=", "not valid TOML"),
    ('[[event]]\ndate="2020"\nkeywords=["a"]\n', "needs a name"),
    ('[[event]]\nname="x"\nkeywords=["a"]\n', "needs a date"),
    ('[[event]]\nname="x"\ndate="2020-02-30"\nkeywords=["a"]\n', "does not exist"),
    ('[[event]]\nname="x"\ndate="24/02/2022"\nkeywords=["a"]\n', "YYYY-MM-DD"),
    ('[[event]]\nname="x"\ndate="2020"\n', "needs keywords"),
    ('[[event]]\nname="x"\ndate="2020"\nkeywords=[1]\n', "keywords must be strings"),
    ('[[event]]\nname="x"\ndate="2020"\nkeywords=["a"]\nmin_keywords=3\n', "min_keywords"),
    ('[[event]]\nname="x"\ndate="2020"\nkeywords=["a"]\nwhen="now"\n', "unknown key 'when'"),
    ('[events]\nname="x"\n', "unknown table or key 'events'"),
    ('event = "x"\n', "[[event]] table"),
])
def test_bad_files_raise_one_line_usage_errors(write, content, message):
    path = write("facts.toml", content)
    with pytest.raises(UsageError) as e:
        load_facts(path)
    assert message in str(e.value)
    assert "\n" not in str(e.value)
    assert str(path) in str(e.value)


def test_missing_and_non_utf8_files(write, tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        load_facts(tmp_path / "absent.toml")
    with pytest.raises(UsageError, match="not UTF-8"):
        load_facts(write("latin1.toml", "name = 'Grève'".encode("latin-1")))


def test_an_empty_file_has_no_facts(write):
    assert load_facts(write("empty.toml", "# nothing yet\n")) == []
