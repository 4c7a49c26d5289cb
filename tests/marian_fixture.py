"""A tiny random-weight MarianMT folder, built offline for tests.

A SentencePiece vocabulary is trained on tests/data/marian_corpus.txt (the
project's own French and English sentences); the folder holds what
``MarianTokenizer``/``MarianMTModel.from_pretrained`` read (vocab.json,
source.spm, target.spm, config.json with the mtaudit test marker, weights).
Its translations are noise: tests use it for mechanics only.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "data" / "marian_corpus.txt"


def build_tiny_marian(dest: Path, *, d_model: int = 32, layers: int = 1, seed: int = 0,
                      max_length: int = 16) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel

    dest.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(
        input=str(CORPUS), model_prefix=str(dest / "spm"), vocab_size=300, model_type="unigram",
        character_coverage=1.0, hard_vocab_limit=False, bos_id=-1, eos_id=-1, unk_id=0,
        minloglevel=2, num_threads=1)
    sp_model = dest / "spm.model"
    (dest / "source.spm").write_bytes(sp_model.read_bytes())
    (dest / "target.spm").write_bytes(sp_model.read_bytes())
    sp_model.unlink()
    (dest / "spm.vocab").unlink()
    sp = spm.SentencePieceProcessor(model_file=str(dest / "source.spm"))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size()) if not sp.is_control(i) and not sp.is_unknown(i)]
    vocab = {"</s>": 0, "<unk>": 1}
    for p in pieces:
        vocab.setdefault(p, len(vocab))
    vocab["<pad>"] = len(vocab)
    (dest / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (dest / "tokenizer_config.json").write_text(json.dumps({
        "source_lang": "fr", "target_lang": "en", "model_max_length": 512,
        "tokenizer_class": "MarianTokenizer"}), encoding="utf-8")
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model, max_position_embeddings=128, pad_token_id=pad,
        eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0, max_length=max_length,
        num_beams=1, bad_words_ids=[[pad]], init_std=0.3)
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.eval()
    # A short output limit keeps the random model's endless decodes cheap
    # (the service honours generation_config.max_length).
    model.generation_config.max_length = max_length
    model.save_pretrained(str(dest))
    cfg_path = dest / "config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["mtaudit_test_model"] = True
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    return dest


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> Path:
    return build_tiny_marian(tmp_path_factory.mktemp("marian") / "tiny-fr-en")
