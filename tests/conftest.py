from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A `python -m mtaudit` subprocess started from another folder (a test's tmp_path)
# runs the tree under test, not the mtaudit the venv installed: a relative
# PYTHONPATH (".") would name that other folder.
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
# No test reads the machine's dictd dictionaries (/usr/share/dictd): those
# that need one build their own (tests/test_freedict_names.py, tests/test_bilingual_dictionary.py).
os.environ["MTAUDIT_DICTD_DIR"] = str(ROOT / "tests" / "data" / "no-dictd-here")
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictionary(folder, name, entries):
    """A dictd dictionary (index + gzip body) named like FreeDict's
    ("eng-fra") in ``folder``, with (headword, text) entries."""
    import gzip
    body, index, pos = b"", [f"00databaseinfo\t{_b64(0)}\t{_b64(0)}"], 0
    for head, text in entries:
        raw = text.encode("utf-8")
        index.append(f"{head}\t{_b64(pos)}\t{_b64(len(raw))}")
        body += raw
        pos += len(raw)
    (folder / f"freedict-{name}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    with gzip.open(folder / f"freedict-{name}.dict.dz", "wb") as f:
        f.write(body)


def clear_dictionary_caches():
    """Forget what was read from FreeDict's dictionaries, and the notes of
    those found missing (a test points the reader at its own: what an
    earlier test's run read, or missed, no longer holds)."""
    from mtaudit import bilingual_dictionary, freedict, hindi_words, japanese_words, resources
    for cached in (freedict._english_hindi_senses, freedict.english_to_hindi, freedict.hindi_translations,
                   hindi_words.ordinary_words, hindi_words.known_word, hindi_words.unknown_word, freedict.japanese_glosses, japanese_words._ordinary,
                   bilingual_dictionary._parsed, bilingual_dictionary._table):
        cached.cache_clear()
    for name in bilingual_dictionary.DICTIONARIES | {"eng-hin", "jpn-eng"}:
        resources.found(f"FreeDict {name}")


@pytest.fixture
def write(tmp_path):
    """write("a.txt", "text") -> Path, in a fresh folder."""
    def _write(name: str, content: str | bytes) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
        return p
    return _write


_NLP = None


def shared_nlp():
    """One NLP (spaCy pipelines) for the whole test session: loading is slow."""
    global _NLP
    if _NLP is None:
        from mtaudit.nlp import NLP
        _NLP = NLP()
    return _NLP


def run_check(check_cls, text: str, lang: str = "fr", *, config=None, facts=(),
              allow=(), **doc_fields):
    """Run one check on one text; return its findings, offsets verified."""
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.document import Document

    doc = Document(path="t.txt", text=text, target_lang=lang, **doc_fields)
    ctx = CheckContext(config=config or Config(), nlp=shared_nlp(), facts=list(facts),
                       allowlist=frozenset(a.casefold() for a in allow))
    check = check_cls()
    found = list(check.check(doc, ctx))
    found += [f for _, f in check.finish(ctx)]
    for f in found:
        assert text[f.start:f.end] == f.text, (f.check, f.start, f.end, f.text)
        assert f.check == check_cls.code
    return found


def run_checks_corpus(check_cls, texts: dict[str, str], lang: str = "fr", *, config=None, facts=()):
    """Run one check over several documents (corpus checks); return {key: [findings]}."""
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.document import Document

    ctx = CheckContext(config=config or Config(), nlp=shared_nlp(), facts=list(facts))
    check = check_cls()
    out: dict[str, list] = {}
    docs = {}
    for name, text in texts.items():
        doc = Document(path=name, text=text, target_lang=lang)
        docs[doc.key] = doc
        out[doc.key] = list(check.check(doc, ctx))
    for key, f in check.finish(ctx):
        out.setdefault(key, []).append(f)
    for key, fs in out.items():
        for f in fs:
            assert docs[key].text[f.start:f.end] == f.text
    return out
