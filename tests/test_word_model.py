"""MT108 suspect-word: word features, training mechanics and the shipped model,
on French sentences of ours (never the training data)."""
from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import run_check, shared_nlp

from mtaudit import lexique
from mtaudit.checks.suspect_word import SuspectWord
from mtaudit.document import Document
from mtaudit.findings import Severity
from mtaudit.word_features import extract, source_word_lookup
from mtaudit.word_model import (BAD, GATED_MODEL_MODES, KINDS, MODES, OK, WordModelMissing, flagged_runs,
                                gated_model_path, load, model_path)
from mtaudit.checks._bilingual import units

needs_crfsuite = pytest.mark.skipif(importlib.util.find_spec("pycrfsuite") is None,
                                    reason="python-crfsuite not installed")


def _words(text, source=None):
    doc = Document(path="t.txt", text=text, target_lang="fr", source=source,
                   source_lang="en" if source else None)
    parsed = shared_nlp().parse(doc)
    lookup = source_word_lookup(doc, units(doc)) if source else None
    return doc, [w for seq in extract(parsed, lookup, lexique.table()) for w in seq]


def _word(words, text):
    (w,) = [w for w in words if w.text == text]
    return w


# -- features -------------------------------------------------------------

def test_every_word_has_its_offsets_and_spaces_are_not_words():
    text = "Le chat dort.\nIl  pleut sur la ville."
    _, words = _words(text)
    assert [w.text for w in words] == ["Le", "chat", "dort", ".", "Il", "pleut", "sur", "la",
                                       "ville", "."]
    for w in words:
        assert text[w.start:w.end] == w.text
    assert not _word(words, "dort").features.get("first_para") is None
    assert _word(words, "chat").features["first_para"] == 1.0
    assert _word(words, "ville").features["first_para"] == 0.0
    assert [w.flaggable for w in words if w.text == "."] == [False, False]


def test_content_words_never_appear_as_themselves_but_function_words_do():
    _, words = _words("La cartouche filtrante se place dans le boîtier.")
    names = {k for w in words for k in w.features}
    assert not any("cartouche" in k or "boîtier" in k or "filtrante" in k for k in names)
    assert "w=dans" in _word(words, "dans").features
    assert "w=la" in _word(words, "La").features
    # neighbours: the preposition is seen from the words around it
    assert "-1:w=dans" in _word(words, "le").features


def test_an_english_word_reads_as_english_and_its_french_twin_does_not():
    _, words = _words("Ce produit est très useful pour la maison.")
    en = _word(words, "useful")
    assert en.looks_english
    assert en.features["lex=0"] == 1.0
    _, words = _words("Ce produit est très utile pour la maison.")
    fr = _word(words, "utile")
    assert not fr.looks_english
    assert fr.features["lex=1"] == 1.0
    assert en.kind == "english" and fr.kind == "other"
    _, words = _words("Il a lu le roman Useful Things hier soir.")
    assert _word(words, "Useful").kind == "name"          # capitalised: a name or a title


def test_a_gender_clash_with_the_noun_is_a_feature_of_both_words():
    _, words = _words("Il a vendu les petite voitures.")
    assert _word(words, "petite").disagrees
    assert _word(words, "petite").features.get("agree_clash=number") == 1.0
    assert _word(words, "voitures").features.get("dependent_clash") == 1.0
    _, words = _words("Il a vendu les petites voitures.")
    assert not _word(words, "petites").disagrees
    assert "dependent_clash" not in _word(words, "voitures").features


def test_with_a_source_a_copied_word_is_marked():
    src = "The battery lasts ten hours.\nCharge it overnight."
    tgt = "La battery dure dix heures.\nChargez-la la nuit."
    _, words = _words(tgt, source=src)
    assert _word(words, "battery").features["src=1"] == 1.0
    assert _word(words, "dure").features["src=0"] == 1.0
    assert _word(words, "dure").features["has_source"] == 1.0
    _, alone = _words(tgt)
    assert "has_source" not in _word(alone, "battery").features
    assert not any(k.startswith("src") for k in _word(alone, "battery").features)


def test_flagged_runs_merge_neighbours_and_trim_punctuation():
    _, words = _words("Le chat , noir dort ici.")
    # Le chat , noir dort ici .
    flags = [False, True, True, True, False, True, True]
    assert flagged_runs(words, flags) == [(1, 3), (5, 5)]   # "chat , noir", "ici" (the dot trimmed)
    assert flagged_runs(words, [True] * 3 + [False] * 4) == [(0, 1)]   # the comma trimmed
    assert flagged_runs(words, [False] * 6 + [True]) == []              # punctuation alone


# -- training mechanics (a tiny synthetic set) -----------------------------

@needs_crfsuite
def test_a_crf_trained_on_labelled_words_learns_the_labels(tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import train_word_model as twm

    # Documents where English words are errors and French words are not.
    good = ["Le produit est solide et pratique.", "La maison est grande et belle.",
            "Ce livre est utile pour apprendre."]
    bad = ["Le produit est strong et pratique.", "La maison est big et belle.",
           "Ce livre est useful pour apprendre."]
    docs, gold = [], {}
    for i, text in enumerate(good + bad):
        d = Document(path=f"d{i}", id=str(i), text=text, target_lang="fr")
        docs.append(d)
        w = text.split()[3]
        gold[str(i)] = set(range(text.index(w), text.index(w) + len(w))) if i >= len(good) else set()
    feats = twm.featurise(docs, gold, shared_nlp())
    labels = [lab for _, _, seqs in feats for _, labs in seqs for lab in labs]
    assert labels.count(BAD) == 3 and labels.count(OK) == len(labels) - 3
    scored = twm.held_out_probs(feats, feats, tmp_path / "m.crfsuite")
    probs = {w.text: p for d, _, seqs, dp, _ in scored for (ws, _), ps in zip(seqs, dp)
             for w, p in zip(ws, ps)}
    assert min(probs[w] for w in ("strong", "big", "useful")) > max(
        probs[w] for w in ("solide", "grande", "utile"))
    assert {w.kind for _, _, seqs in feats for ws, _ in seqs for w in ws
            if w.text in ("strong", "big", "useful")} == {"english"}
    precision, recall, chars = twm.char_figures(scored, {"english": 0.5, "other": 0.5})
    assert precision == 1.0 and recall == 1.0 and chars == len("strongbiguseful")
    assert twm.char_figures(scored, {"other": 0.5})[2] == 0       # that kind left out: nothing
    # the gate: past it (every document) the gated thresholds speak, short of it only the plain ones
    never = {k: 1.0 for k in KINDS}
    gated = dict(never, english=0.5)
    assert twm.gated_figures(scored, never, gated, gate=0.0) == (1.0, 1.0, len("strongbiguseful"))
    assert twm.gated_figures(scored, never, gated, gate=1.01)[2] == 0
    means = twm.document_means(scored)
    assert len(means) == len(docs) and max(means[:3]) < min(means[3:])   # the English documents are poorer
    assert twm.quantile([0.3, 0.1, 0.2], 0.5) == 0.2 and twm.quantile([0.1, 0.2, 0.3, 0.4], 0.5) == pytest.approx(0.25)
    assert twm.quantile([0.4, 0.1, 0.3, 0.2, 0.5], 0.25) == pytest.approx(0.2)   # the lower quartile
    assert twm.quantile([0.1, 0.2], 0.25) == pytest.approx(0.125) and twm.quantile([], 0.25) == 1.0
    # same data, same file: the shipped model can be rebuilt byte for byte
    twm.train(feats, tmp_path / "again.crfsuite")
    assert (tmp_path / "again.crfsuite").read_bytes() == (tmp_path / "m.crfsuite").read_bytes()
    assert all(gdp is None for *_, gdp in scored)      # no gated model asked for
    # the gated model (trees) beside it: a probability per word, the same file from the same data
    both = twm.held_out_probs(feats, feats, tmp_path / "g.crfsuite", gated=True)
    assert [len(ps) for *_, gdp in both for ps in gdp] == [len(ws) for _, _, seqs, _, _ in both for ws, _ in seqs]
    assert all(0.0 <= p <= 1.0 for *_, gdp in both for ps in gdp for p in ps)
    twm.train_gated(feats, tmp_path / "again.json.gz")
    assert (tmp_path / "again.json.gz").read_bytes() == (tmp_path / "g.json.gz").read_bytes()


@needs_crfsuite
def test_clean_sentences_get_a_pseudo_source_copied_at_the_training_rates():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import train_word_model as twm

    # Training translations with their sources: names are copied, French words are not.
    pairs = [("Marie Curie est née à Varsovie.", "Marie Curie was born in Warsaw."),
             ("Victor Hugo vit à Paris.", "Victor Hugo lives in Paris.")] * 12
    docs = [Document(path=f"p{i}", id=f"p{i}", text=t, source=s, target_lang="fr", source_lang="en")
            for i, (t, s) in enumerate(pairs)]
    feats = twm.featurise(docs, {}, shared_nlp(), source=twm.aligned_source)
    rates = twm.copy_rates(feats)
    title = [r for (freq, shape), r in rates.items() if shape == "title"]
    lower = [r for (freq, shape), r in rates.items() if shape == "lower"]
    assert title and lower and min(title) > 0.5 and max(lower) == 0.0
    # A clean sentence has no source: its names are drawn as copied, its French words never.
    clean = Document(path="clean0", id="clean0", text="Pierre Martin habite à Lyon.", target_lang="fr")
    parsed = shared_nlp().parse(clean)
    copied = twm.pseudo_source(clean, parsed, rates)(0)
    assert "habite" not in copied and copied <= {"pierre", "martin", "lyon", "à"}
    assert twm.pseudo_source(clean, parsed, rates)(5) == copied        # seeded: the same draw again
    assert twm.pseudo_source(clean, parsed, {})(0) == frozenset()       # no rate known: nothing copied
    everything = {k: 1.0 for k in rates} | {twm._copy_key(t.text): 1.0 for _, sd in parsed for t in sd}
    assert twm.pseudo_source(clean, parsed, everything)(0) >= {"pierre", "martin", "habite", "lyon"}
    # and featurised with it, the clean words carry a bilingual document's source features
    (_, _, seqs), = twm.featurise([clean], None, shared_nlp(),
                                  source=lambda d, p: twm.pseudo_source(d, p, everything))
    assert all("has_source" in w.features for ws, _ in seqs for w in ws)
    assert all(lab == OK for _, labs in seqs for lab in labs)


# -- the shipped model -----------------------------------------------------

@needs_crfsuite
def test_the_shipped_model_loads_with_thresholds_and_is_small():
    model = load()
    for mode in MODES:
        assert model_path(mode).stat().st_size < 5_000_000
        for kind in KINDS:
            assert 0 < model.threshold(mode, "hint", kind) <= model.threshold(mode, "claim", kind) <= 1
        assert model.meta["cv"][mode]["claim"]["precision"] >= 0.75
        assert model.threshold(mode, "claim", "name") == 1.0     # never a claim
    assert load() is model                      # cached

    # the bilingual gated claims have their own model (trees), named in the metadata
    assert set(model.gated_taggers) == set(GATED_MODEL_MODES) == set(model.meta["gated_model"])
    for mode in GATED_MODEL_MODES:
        assert gated_model_path(mode).stat().st_size < 5_000_000


@needs_crfsuite
def test_a_missing_gated_model_is_a_clear_error(tmp_path):
    import shutil
    for mode in MODES:
        shutil.copy(model_path(mode), tmp_path)
    shutil.copy(model_path(MODES[0]).parent / "word_model.json", tmp_path)
    with pytest.raises(WordModelMissing, match="gated word model .*train_word_model"):
        load(tmp_path)
    for mode in GATED_MODEL_MODES:
        gated_model_path(mode, tmp_path).write_bytes(b"not gzip")
    with pytest.raises(WordModelMissing, match="unreadable"):
        load(tmp_path)


@needs_crfsuite
def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(WordModelMissing, match="train_word_model"):
        load(tmp_path)
    (tmp_path / "word_model.json").write_text(json.dumps({"thresholds": {}}), encoding="utf-8")
    with pytest.raises(WordModelMissing, match="missing"):
        load(tmp_path)


def _probability_of(text, word, source=None):
    _, words = _words(text, source)
    mode = "bilingual" if source else "target"
    model = load()
    i = [w.text for w in words].index(word)
    return model.probabilities(mode, words)[i]


@needs_crfsuite
def test_an_english_word_in_french_scores_higher_than_its_french_twin():
    for en, fr in (("useful", "utile"), ("comfortable", "confortable"), ("lightweight", "léger")):
        p_en = _probability_of(f"Ce sac est très {en} et facile à porter.", en)
        p_fr = _probability_of(f"Ce sac est très {fr} et facile à porter.", fr)
        assert p_en > p_fr + 0.2, (en, p_en, fr, p_fr)


@needs_crfsuite
def test_a_copied_source_word_scores_higher_with_the_source():
    src = "This bag is very lightweight and easy to carry."
    p_copy = _probability_of("Ce sac est très lightweight et facile à porter.", "lightweight", src)
    p_fr = _probability_of("Ce sac est très léger et facile à porter.", "léger", src)
    assert p_copy > p_fr + 0.2


@needs_crfsuite
def test_the_check_flags_an_english_run_and_stays_quiet_on_clean_french():
    text = ("Ce sac à dos est conçu pour les randonnées.\n"
            "Il est very lightweight and durable pour les longues journées.")
    found = [f for f in run_check(SuspectWord, text) if f.severity != Severity.INFO]
    assert found, "no finding"
    assert any("lightweight" in f.text for f in found)
    for f in found:
        assert f.text[0].isalnum() and f.text[-1].isalnum(), f.text
    assert any(f.category == "untranslated" for f in found if "lightweight" in f.text)
    # a capitalised English word is a name or a title in French news: a hint at most
    titled = "Le groupe a joué Truly Madly Deeply devant un public conquis."
    assert [f for f in run_check(SuspectWord, titled) if f.severity != Severity.INFO] == []
    # nor are the small English words of a name or a title
    _, words = _words("La loi sur le gouvernement (Government of Wales Act) a été votée.")
    assert _word(words, "of").beside_name
    _, words = _words("Ce sac est très useful et facile à porter.")
    assert not _word(words, "useful").beside_name
    # a French loanword written with a hyphen (Lexique knows it) is not untranslated
    _, words = _words("Les start-up françaises lèvent des fonds.")
    assert _word(words, "start").beside_name
    # a paragraph in English is MT102's, not a string of MT108 findings
    english = ("Le sommet s'est tenu à Bruxelles.\n"
               "This text was automatically generated by a machine translation system, so there "
               "may still be inaccuracies in translating it into the language you chose.")
    assert run_check(SuspectWord, english) == []
    clean = ("Le conseil municipal s'est réuni mardi soir pour voter le budget de la commune.\n"
             "Les élus ont approuvé la rénovation de l'école primaire, prévue pour l'été prochain.")
    assert [f for f in run_check(SuspectWord, clean) if f.severity != Severity.INFO] == []


# -- the document gate -----------------------------------------------------

def _model_with(thresholds):
    from mtaudit.word_model import WordModel
    return WordModel(taggers={}, meta={"thresholds": {"bilingual": thresholds, "target": thresholds}})


def test_document_mean_weighs_every_word_of_every_sequence():
    from mtaudit.word_model import document_mean
    assert document_mean([[0.2, 0.4], [0.6]]) == pytest.approx(0.4)
    assert document_mean([[1.0], [0.0, 0.0, 0.0]]) == pytest.approx(0.25)
    assert document_mean([]) == 0.0 and document_mean([[]]) == 0.0


def test_gated_claims_speak_only_in_a_document_past_the_gate():
    _, words = _words("Le produit est très utile.")
    never = {k: 1.0 for k in KINDS}
    model = _model_with({"claim": dict(never, other=0.9), "hint": dict(never, other=0.5),
                         "gate": 0.3, "gated_claim": dict(never, other=0.6)})
    probs = [0.95 if w.text == "produit" else 0.7 if w.text == "utile" else 0.1 for w in words]
    assert {w.kind for w in words if w.text in ("produit", "utile")} == {"other"}
    below = dict(zip([w.text for w in words], model.levels("bilingual", words, probs, doc_mean=0.2)))
    past = dict(zip([w.text for w in words], model.levels("bilingual", words, probs, doc_mean=0.3)))
    assert below["produit"] == past["produit"] == "claim"        # the plain claim holds anywhere
    assert below["utile"] == "hint" and past["utile"] == "claim"   # the gated one only past the gate
    assert below["Le"] is None and past["Le"] is None
    # no gate in the metadata (an older model file): gated claims never apply
    old = _model_with({"claim": dict(never, other=0.9), "hint": dict(never, other=0.5)})
    assert old.gate("bilingual") == 1.0
    assert dict(zip([w.text for w in words], old.levels("bilingual", words, probs, 0.99)))["utile"] == "hint"


def test_a_word_beside_a_name_is_a_claim_only_past_the_bilingual_gate():
    _, words = _words("La loi (Government of Wales Act) a été votée.")
    model = _model_with({"claim": {k: 0.1 for k in KINDS}, "hint": {k: 0.05 for k in KINDS},
                         "gate": 0.5, "gated_claim": {k: 0.1 for k in KINDS}})
    probs = [0.9] * len(words)

    def levels(mode, mean):
        return dict(zip([w.text for w in words], model.levels(mode, words, probs, mean)))

    assert _word(words, "of").beside_name and not _word(words, "votée").beside_name
    # under the gate (clean news nearly always is) or without a source: at most a hint
    assert levels("bilingual", 0.2)["of"] == levels("target", 1.0)["of"] == "hint"
    # past the bilingual gate, a run of copied English words is claimed like a lone one
    assert levels("bilingual", 1.0)["of"] == "claim"
    assert levels("bilingual", 0.2)["votée"] == levels("target", 0.2)["votée"] == "claim"


@needs_crfsuite
def test_the_shipped_thresholds_have_a_gate_below_which_only_plain_claims_speak():
    model = load()
    for mode in MODES:
        gate = model.gate(mode)
        assert 0.0 < gate < 1.0
        for kind in KINDS:
            assert model.threshold(mode, "gated_claim", kind) <= model.threshold(mode, "claim", kind)
        # names: never a plain claim; past the gate only bilingually
        # (tests/test_word_model_gated_f1.py)
        assert model.threshold(mode, "claim", "name") == 1.0
        assert model.meta["cv"][mode]["claim_with_gate"]["precision"] >= model.meta[
            "gated_precision"][mode] - 0.05
    assert model.threshold("target", "gated_claim", "name") == 1.0


@needs_crfsuite
def test_the_check_claims_by_the_gated_thresholds_only_past_the_document_gate(monkeypatch):
    import mtaudit.checks.suspect_word as sw
    from mtaudit.word_model import WordModel
    shipped = load()
    never = {k: 1.0 for k in KINDS}

    def model(gate):
        t = {"claim": never, "hint": never, "gate": gate, "gated_claim": dict(never, other=0.0)}
        return WordModel(shipped.taggers, {"thresholds": {"target": t, "bilingual": t}})

    text = "Le conseil a voté le budget.\nLes élus ont approuvé la rénovation du musée."
    monkeypatch.setattr(sw, "load", lambda: model(0.0))
    past = run_check(SuspectWord, text)
    # every word of kind "other" is claimed, in one run per sentence, punctuation trimmed
    assert [f.text for f in past] == ["Le conseil a voté le budget",
                                      "Les élus ont approuvé la rénovation du musée"]
    assert {f.severity for f in past} == {Severity.MINOR}
    assert all(0.0 < f.evidence["document_mean"] < 1.0 for f in past)
    monkeypatch.setattr(sw, "load", lambda: model(0.99))
    assert run_check(SuspectWord, text) == []


# -- the estimate of error words (what the score counts in place of the hints) --

@needs_crfsuite
def test_the_estimate_sums_even_odds_words_past_the_gate(monkeypatch):
    import mtaudit.checks.suspect_word as sw
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.word_model import WordModel
    never = {k: 1.0 for k in KINDS}
    odds = {"produit": 0.95, "utile": 0.7, "très": 0.55, "est": 0.45}

    class _Fixed(WordModel):
        def probabilities(self, mode, words):
            return [odds.get(w.text, 0.1) for w in words]

    def audit_with_gate(gate):
        t = {"claim": dict(never, other=0.9), "hint": dict(never, other=0.6), "gate": gate,
             "gated_claim": never}
        monkeypatch.setattr(sw, "load", lambda: _Fixed({}, {"thresholds": {"target": t, "bilingual": t}}))
        doc = Document(path="t.txt", text="Le produit est très utile.", target_lang="fr")
        ctx = CheckContext(config=Config(), nlp=shared_nlp(), facts=[])
        return doc, list(SuspectWord().check(doc, ctx))

    # the document mean: (0.1 + 0.95 + 0.45 + 0.55 + 0.7 + 0.1 for the point) / 6 = 0.475
    doc, found = audit_with_gate(0.4)
    assert [(f.text, f.severity) for f in found] == [("produit", Severity.MINOR), ("utile", Severity.INFO)]
    # past the gate: «produit» (claim), «utile» (hint) and «très» (no finding)
    # are the even-odds words; «Le» and «est» are under even odds; the
    # estimate counts them all, claimed or not (the score then leaves MT108's
    # findings out: they lie among those words)
    assert doc.extra["estimates"] == {"MT108": pytest.approx(0.95 + 0.55 + 0.7)}
    # under the gate: the same findings, no estimate (the hints count, as any hint)
    doc, found_under = audit_with_gate(0.5)
    assert found_under == found
    assert "estimates" not in doc.extra


@needs_crfsuite
def test_claiming_more_of_the_even_odds_words_does_not_lower_the_penalty(monkeypatch):
    # Past the gate the penalty is the even-odds words, in place of MT108's
    # findings: a lower claim threshold turns expected words into claims without
    # making the document look better (it did when claimed words simply left
    # the estimate: a run of several words then counted one point) or worse.
    import mtaudit.checks.suspect_word as sw
    from mtaudit import scoring
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    from mtaudit.word_model import WordModel
    never = {k: 1.0 for k in KINDS}
    odds = {"produit": 0.95, "vraiment": 0.6, "très": 0.55, "utile": 0.7, "est": 0.45}

    class _Fixed(WordModel):
        def probabilities(self, mode, words):
            return [odds.get(w.text, 0.1) for w in words]

    def penalty(gated_other):
        t = {"claim": dict(never, other=0.9), "hint": dict(never, other=0.6), "gate": 0.3,
             "gated_claim": dict(never, other=gated_other)}
        monkeypatch.setattr(sw, "load", lambda: _Fixed({}, {"thresholds": {"target": t, "bilingual": t}}))
        doc = Document(path="t.txt", text="Le produit est vraiment très utile.", target_lang="fr")
        ctx = CheckContext(config=Config(), nlp=shared_nlp(), facts=[])
        found = list(SuspectWord().check(doc, ctx))
        return [f.text for f in found if f.severity is Severity.MINOR], scoring.penalty(
            found, doc.extra.get("estimates"))

    few, p_few = penalty(1.0)           # «produit» claimed; the rest expected
    many, p_many = penalty(0.5)         # «vraiment très utile» claimed too, as one run
    assert few == ["produit"] and many == ["produit", "vraiment très utile"]
    assert p_many == pytest.approx(p_few) == pytest.approx(0.95 + 0.6 + 0.55 + 0.7)


@needs_crfsuite
def test_a_clean_french_document_costs_little_and_an_english_run_much_more():
    from mtaudit import scoring
    from mtaudit.checks import CheckContext
    from mtaudit.config import Config
    ctx = CheckContext(config=Config(), nlp=shared_nlp(), facts=[])
    points = {}
    for name, text in {
        "clean": "Le conseil municipal a voté jeudi le budget de la ville pour l'année prochaine "
                 "et les élus ont approuvé la rénovation du musée.",
        # a short English run in a French sentence (a whole English sentence is MT102's)
        "english": "Le conseil municipal a voté jeudi le budget de la ville pour the next year "
                   "et les élus ont approuvé la rénovation du musée.",
    }.items():
        doc = Document(path=f"{name}.txt", text=text, target_lang="fr")
        found = list(SuspectWord().check(doc, ctx))
        points[name] = scoring.penalty(found, doc.extra.get("estimates"))
    assert points["clean"] < 1.0 < points["english"]


@needs_crfsuite
def test_code_left_in_the_text_is_never_claimed(monkeypatch):
    import mtaudit.checks.suspect_word as sw
    from mtaudit.word_model import WordModel
    shipped = load()
    never = {k: 1.0 for k in KINDS}
    # every word of any kind but names is claimed past a gate of 0
    t = {"claim": never, "hint": never, "gate": 0.0, "gated_claim": dict({k: 0.0 for k in KINDS}, name=1.0)}
    monkeypatch.setattr(sw, "load", lambda: WordModel(shipped.taggers, {"thresholds": {"target": t, "bilingual": t}}))
    css = "Le sac est solide.\ntable.encart {font-weight : bold ; margin : 10px}"
    claimed = " ".join(f.text for f in run_check(SuspectWord, css))
    assert "solide" in claimed
    assert not any(w in claimed for w in ("bold", "margin", "weight", "encart"))
    # twin: the same words in running text are judged
    prose = "Le sac est solide.\nLa table encart est bold avec une margin de dix."
    claimed = " ".join(f.text for f in run_check(SuspectWord, prose))
    assert all(w in claimed for w in ("bold", "margin", "encart"))
