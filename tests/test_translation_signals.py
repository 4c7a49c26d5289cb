"""Model-signal algorithms and MT5xx checks on fixed, hand-made inputs (no model)."""
from __future__ import annotations

import math

import pytest
from conftest import run_check

from mtaudit.checks.model_signals import CopiedThrough, LowConfidence, RoundTripDivergence, SourceDivergence
from mtaudit.segments import split_sentences
from mtaudit.translation.backends import Translation, batches_by_length, choose_device, translate_batched
from mtaudit.translation.service import RoundTrip
from mtaudit.translation.signals import copied_words, corpus_scores, lost_words, low_confidence_spans, sentence_scores


# -- pure signal functions ----------------------------------------------------

def test_copied_words_are_exact_word_matches():
    s = "Le maire inaugure la perpustakaan du quartier."
    bt = "The mayor opens the neighbourhood perpustakaan."
    got = copied_words(s, bt)
    assert [(s[a:b], w) for a, b, w in got] == [("perpustakaan", "perpustakaan")]


def test_low_confidence_maps_tokens_to_whole_source_words():
    sentence = "Le conseil vote le budget"
    # source pieces: ▁Le ▁cons eil ▁vote ▁le ▁budget
    spans = [[0, 2], [3, 7], [7, 10], [11, 15], [16, 18], [19, 25]]
    logprobs = [math.log(0.9), math.log(0.01), math.log(0.8), math.log(0.001)]
    argmax = [0, 2, 3, 5]          # the unsure tokens look at "eil" and "budget"
    got = low_confidence_spans(logprobs, argmax, spans, sentence, max_prob=0.05,
                               tokens=["The", "council", "votes", "budget"])
    assert [(sentence[g.start:g.end], round(g.min_prob, 3), g.tokens) for g in got] == [
        ("conseil", 0.01, ["council"]), ("budget", 0.001, ["budget"])]


def test_low_confidence_merges_adjacent_words_and_skips_weak_attention():
    sentence = "une phrase très obscure"
    spans = [[0, 3], [4, 10], [11, 15], [16, 23]]
    logprobs = [math.log(0.01)] * 3
    got = low_confidence_spans(logprobs, [2, 3, 0], spans, sentence, max_prob=0.05,
                               attention_max=[0.6, 0.7, 0.1], min_attention=0.3)
    assert [(sentence[g.start:g.end]) for g in got] == ["très obscure"]


def test_low_confidence_ignores_confident_tokens_and_bad_indices():
    sentence = "Bonjour à tous"
    spans = [[0, 7], None, [10, 14]]
    assert low_confidence_spans([math.log(0.5)], [0], spans, sentence) == []
    assert low_confidence_spans([math.log(0.001)] * 2, [1, 9], spans, sentence) == []


def test_lost_words_ignore_case_and_numbers():
    got = lost_words("Le Conseil a voté 2024 budgets", "le conseil a adopté les budgets")
    assert [w for _, _, w in got] == ["voté"]


def test_sentence_and_corpus_scores():
    chrf, bleu = sentence_scores("Le chat dort sur le canapé.", "Le chat dort sur le canapé.")
    assert chrf == 100.0 and bleu == 100.0
    low, _ = sentence_scores("Des tomates rouges.", "Le chat dort sur le canapé.")
    assert low < 25
    c = corpus_scores(["le chat dort", "il pleut"], ["le chat dort", "il neige"])
    assert 0 < c["chrf"] < 100 and "chrF2" in c["signature"] or "nc:6" in c["signature"]
    assert "BLEU" in c["signature"]


# -- device, batching ---------------------------------------------------------

@pytest.mark.parametrize("kw, expected", [
    (dict(requested_device="auto", requested_backend="auto", cuda_available=True, bf16_supported=True,
          ct2_available=True, model_kind="transformers"), ("cuda", "bfloat16", 64, "transformers")),
    (dict(requested_device="auto", requested_backend="auto", cuda_available=True, bf16_supported=False,
          ct2_available=False, model_kind="transformers"), ("cuda", "float16", 64, "transformers")),
    (dict(requested_device="auto", requested_backend="auto", cuda_available=False, bf16_supported=False,
          ct2_available=True, model_kind="transformers"), ("cpu", "int8", 16, "ctranslate2")),
    (dict(requested_device="auto", requested_backend="auto", cuda_available=False, bf16_supported=False,
          ct2_available=False, model_kind="transformers"), ("cpu", "float32", 16, "transformers")),
    (dict(requested_device="cpu", requested_backend="transformers", cuda_available=True, bf16_supported=True,
          ct2_available=True, model_kind="transformers"), ("cpu", "float32", 16, "transformers")),
    (dict(requested_device="auto", requested_backend="transformers", cuda_available=False,
          bf16_supported=False, ct2_available=True, model_kind="ctranslate2"), ("cpu", "int8", 16, "ctranslate2")),
    (dict(requested_device="cuda", requested_backend="auto", cuda_available=True, bf16_supported=True,
          ct2_available=True, model_kind="ctranslate2"), ("cuda", "float16", 64, "ctranslate2")),
])
def test_device_decision(kw, expected):
    c = choose_device(batch_size=16, **{k: v for k, v in kw.items() if k.startswith("requested")},
                      **{k: v for k, v in kw.items() if not k.startswith("requested")})
    assert (c.device, c.dtype, c.batch_size, c.backend) == expected


def test_batches_by_length_groups_similar_lengths():
    texts = ["a" * n for n in (5, 50, 6, 49, 7, 48)]
    batches = batches_by_length(texts, 2)
    assert [sorted(len(texts[i]) for i in b) for b in batches] == [[49, 50], [7, 48], [5, 6]]
    assert sorted(i for b in batches for i in b) == list(range(6))


def test_translate_batched_restores_input_order():
    class Upper:
        calls = []

        def translate(self, sentences, *, beams, with_scores):
            self.calls.append(list(sentences))
            return [Translation(text=s.upper()) for s in sentences]

    texts = ["bb", "a", "dddd", "ccc", "e"]
    seen = []
    backend = Upper()
    out = translate_batched(backend, texts, 2, beams=1, with_scores=False,
                            on_batch=lambda idx, res: seen.extend(idx))
    assert [t.text for t in out] == ["BB", "A", "DDDD", "CCC", "E"]
    assert all(len(c) <= 2 for c in backend.calls) and sorted(seen) == list(range(5))


def test_translation_json_round_trip():
    t = Translation("x", ["▁x"], [-0.1], ["▁y"], [[0, 1]], [0], [0.9])
    assert Translation.from_json(t.to_json()) == t


# -- the checks on hand-made round trips -----------------------------------------

def _trips(text, backs, rounds, chrfs=None, details=None, to_source=None):
    sents = split_sentences(text)
    out = []
    for i, s in enumerate(sents):
        out.append(RoundTrip(s.start, s.end, s.text, backs[i], rounds[i],
                             chrfs[i] if chrfs else sentence_scores(rounds[i], s.text)[0], 0.0,
                             detail=details[i] if details else None,
                             to_source=to_source[i] if to_source else None))
    return out


def test_mt501_flags_copied_non_word_only():
    text = "Le maire a inauguré la perpustakaan municipale. Un budget simple a été voté par Dupont."
    trips = _trips(text, ["The mayor opened the municipal perpustakaan.",
                          "A simple budget was voted by Dupont."], ["", ""], chrfs=[60, 60])
    found = run_check(CopiedThrough, text, round_trips=trips)
    assert [(f.text, f.severity.value, f.category) for f in found] == [("perpustakaan", "minor", "untranslated")]
    assert found[0].evidence["back_translation"].startswith("The mayor")


def test_mt501_respects_allowlist():
    text = "Le maire a inauguré la perpustakaan municipale."
    trips = _trips(text, ["The mayor opened the perpustakaan."], [""], chrfs=[60])
    assert run_check(CopiedThrough, text, round_trips=trips, allow=["perpustakaan"]) == []


def test_mt502_points_at_the_unsure_source_word():
    text = "Il pleut. Le conseil vote le budget."
    s2 = "Le conseil vote le budget."
    det = Translation("The council votes the budget.", ["▁The", "▁council", "▁votes", "▁budget"],
                      [math.log(0.9), math.log(0.95), math.log(0.005), math.log(0.9)],
                      ["▁Le", "▁conseil", "▁vote", "▁le", "▁budget", "."],
                      [[0, 2], [3, 10], [11, 15], [16, 18], [19, 25], [25, 26]],
                      [0, 1, 2, 4], [0.8, 0.8, 0.7, 0.9])
    trips = _trips(text, ["It rains.", det.text], ["Il pleut.", s2], chrfs=[100, 100], details=[None, det])
    found = run_check(LowConfidence, text, round_trips=trips)
    assert [(f.text, f.severity.value) for f in found] == [("vote", "info")]
    assert found[0].evidence["min_probability"] == 0.005


def test_mt503_flags_only_long_divergent_sentences():
    text = ("Le conseil municipal a voté hier soir le budget annuel de la ville. "
            "Oui. Les habitants ont salué la rénovation complète du parc central.")
    trips = _trips(text, ["x", "y", "z"], ["Des tomates rouges poussent au jardin potager.", "Non.",
                                           "Les habitants ont salué la rénovation du parc central."])
    found = run_check(RoundTripDivergence, text, round_trips=trips)
    assert [f.text for f in found] == ["Le conseil municipal a voté hier soir le budget annuel de la ville."]
    assert found[0].evidence["chrf"] < 25 and found[0].severity.value in ("info", "minor")
    assert "budget" in found[0].evidence["lost_words"]


def test_mt504_compares_with_the_real_source_sentence_by_sentence():
    text = "Le conseil a voté le budget de la ville. Les pluies ont inondé trois villages du sud."
    source = "The council voted the city budget. Heavy rain flooded three villages in the south."
    trips = _trips(text, ["", ""], ["", ""], chrfs=[60, 60],
                   to_source=["The council voted the city budget.", "Tomatoes are red fruit growing slowly."])
    found = run_check(SourceDivergence, text, round_trips=trips, source=source, source_lang="en")
    assert [f.text for f in found] == ["Les pluies ont inondé trois villages du sud."]
    assert found[0].source_text == "Heavy rain flooded three villages in the south."


def test_mt504_stays_silent_without_alignment():
    text = "Une phrase assez longue pour compter ici. Et une autre phrase encore plus longue."
    source = "One. Two.\nThree."      # 3 sentences, 2 paragraphs: nothing lines up with 2 and 1
    trips = _trips(text, ["", ""], ["", ""], chrfs=[60, 60], to_source=["zzz zzz", "zzz zzz"])
    assert run_check(SourceDivergence, text, round_trips=trips, source=source, source_lang="en") == []
    # the same source on one line: paragraphs line up, and the divergence is found
    found = run_check(SourceDivergence, text, round_trips=trips, source="One. Two. Three.", source_lang="en")
    assert [f.text for f in found] == [text]
