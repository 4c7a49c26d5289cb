"""mtaudit.nlp: spaCy pipelines loaded once, paragraphs parsed once, exact offsets."""
from __future__ import annotations

from conftest import shared_nlp
from mtaudit.document import Document


def test_parse_gives_paragraph_offsets_that_map_tokens_back():
    text = "Premier paragraphe, court.\n\n  Le second paragraphe parle d'économie.\n"
    doc = Document(path="t.txt", text=text, target_lang="fr")
    parsed = shared_nlp().parse(doc)
    assert [off for off, _ in parsed] == [p.start for p in doc.paragraphs]
    for off, sdoc in parsed:
        for tok in sdoc:
            assert text[off + tok.idx: off + tok.idx + len(tok.text)] == tok.text


def test_parse_is_cached_on_the_document():
    doc = Document(path="t.txt", text="Le chat dort.", target_lang="fr")
    nlp = shared_nlp()
    assert nlp.parse(doc) is nlp.parse(doc)


def test_parse_has_morphology_dependencies_and_vectors():
    doc = Document(path="t.txt", text="Les grandes maisons sont vides.", target_lang="fr")
    (_, sdoc), = shared_nlp().parse(doc)
    maisons = [t for t in sdoc if t.text == "maisons"][0]
    assert maisons.morph.get("Number") == ["Plur"]
    assert any(c.dep_ == "amod" and c.text == "grandes" for c in maisons.children)
    assert maisons.has_vector


def test_parsed_docs_keep_no_view_of_the_batch_tok2vec_output():
    # The tok2vec output of a whole nlp.pipe batch is one array; a Doc that
    # kept any view of it would keep the batch's memory alive.
    text = "\n".join(f"Le conseil municipal a voté le budget numéro {i}." for i in range(20))
    doc = Document(path="t.txt", text=text, target_lang="fr")
    for _, sdoc in shared_nlp().parse(doc):
        assert sdoc.tensor.size == 0 and sdoc.tensor.base is None
        assert sdoc[1].has_vector


def test_no_pipeline_for_unknown_or_missing_language():
    nlp = shared_nlp()
    assert nlp.pipeline(None) is None
    assert nlp.pipeline("xx") is None
    doc = Document(path="t.txt", text="Saya makan nasi.", target_lang="id")
    assert nlp.parse(doc) is None


def test_pipeline_is_loaded_once_and_timed():
    nlp = shared_nlp()
    first = nlp.pipeline("fr")
    assert first is not None
    assert nlp.pipeline("fr") is first
    assert nlp.load_seconds > 0


def test_parse_many_matches_parse_and_skips_what_it_cannot_parse():
    texts = ["Le chat dort.\nLe chien aboie fort.", "Les prix ont augmenté en mars."]
    nlp = shared_nlp()
    batch = [Document(path=f"{i}.txt", text=t, target_lang="fr") for i, t in enumerate(texts)]
    other = Document(path="id.txt", text="Saya makan nasi.", target_lang="id")
    broken = Document(path="bad.txt", text="", target_lang="fr", error="cannot decode")
    nlp.parse_many(batch + [other, broken])
    for doc, text in zip(batch, texts):
        parsed = doc.extra["_spacy"]
        single = nlp.parse(Document(path="x.txt", text=text, target_lang="fr"))
        assert [(off, [t.text for t in d]) for off, d in parsed] == \
               [(off, [t.text for t in d]) for off, d in single]
        assert [(t.pos_, t.dep_) for _, d in parsed for t in d] == \
               [(t.pos_, t.dep_) for _, d in single for t in d]
    assert "_spacy" not in other.extra
    assert "_spacy" not in broken.extra


def test_lemmatizer_index_lookups_are_sets_and_lemmas_unchanged():
    nlp = shared_nlp().pipeline("fr")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, frozenset) for v in table.values())
    lemmas = [t.lemma_ for t in nlp("Les enfants mangeaient des pommes vertes.")]
    assert lemmas == ["le", "enfant", "manger", "un", "pomme", "vert", "."]


def test_parse_budget_cuts_outsized_documents_and_says_so(monkeypatch):
    import mtaudit.nlp as nlp_mod
    from mtaudit.document import Document
    from conftest import shared_nlp

    monkeypatch.setattr(nlp_mod, "PARSE_BUDGET_CHARS", 120)
    text = "\n".join(f"Le conseil municipal a voté le budget numéro {i} hier soir." for i in range(6))
    doc = Document(path="long.txt", text=text, target_lang="fr")
    shared_nlp().parse_many([doc])
    parsed = doc.extra["_spacy"]
    covered = sum(len(sdoc.text) for _, sdoc in parsed)
    assert covered == 120
    for start, sdoc in parsed:          # offsets stay exact for what was parsed
        assert text[start:start + len(sdoc.text)] == sdoc.text
    assert any("only the first 120 characters" in w for w in doc.extra["warnings"])


def test_spacy_loads_without_importing_torch_and_torch_still_imports_after():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from mtaudit.nlp import NLP\n"
        "assert NLP().pipeline('fr') is not None\n"
        "print('torch' in sys.modules)\n"
        "import torch\n"
        "print(int(torch.tensor([2, 3]).sum()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "5"]
