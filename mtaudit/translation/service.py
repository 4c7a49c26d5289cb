"""Round-trip service: the pipeline's one door to translation models.

``RoundTripService.create(config, warn)`` finds the models (it loads none) or
returns None after one clear warning. ``attach(docs)`` fills, for every
sentence of every document, a ``RoundTrip``: back-translation (target →
pivot), round trip (pivot → target), sentence chrF and BLEU of the original
against the round trip; for bilingual documents also the target translated
into the source language (directly, or through the pivot). Per document,
``doc.extra["consistency"]`` holds corpus chrF/BLEU and the sacrebleu
signature. Translations go through a persistent SQLite cache; a model is
loaded only on a cache miss.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from . import backends as B
from ..cache_dir import default_cache_dir
from .cache import TranslationCache, cache_key
from .models import Missing, ModelSpec, convert, load_registry, models_dirs, resolve
from .signals import corpus_scores, sentence_scores


@dataclass
class RoundTrip:
    start: int                     # sentence offsets in doc.text
    end: int
    text: str
    back_translation: str          # target -> pivot
    round_trip: str                # pivot -> target
    chrf: float                    # sentence chrF, original vs round trip
    bleu: float
    detail: B.Translation | None = None     # back-translation tokens, log-probs, attention
    to_source: str | None = None            # target -> source language (bilingual documents)
    pivot: str = "en"


class _PairModel:
    """One pair's model: found at create time, loaded on the first cache miss."""

    def __init__(self, spec: ModelSpec, choice: B.DeviceChoice, threads: int | None, cache_dir: Path,
                 shared: dict):
        self.shared = shared          # loaded backends by (folder, choice): one load per folder
        self.spec = spec
        self.choice = choice
        self.threads = threads
        self.cache_dir = cache_dir
        self.backend: B.Backend | None = None
        self.note: str | None = None

    @property
    def settings_id(self) -> str:
        return f"{self.choice.backend}/{self.choice.device}/{self.choice.dtype}"

    def get_backend(self) -> B.Backend:
        if self.backend is None:
            model_dir = self.spec.path
            if self.choice.backend == "ctranslate2" and self.spec.kind == "transformers":
                # Convert once into the cache folder; later audits reuse it.
                model_dir = self.cache_dir / "ct2" / f"{self.spec.revision}-{self.choice.dtype}"
                if not (model_dir / "model.bin").is_file():
                    model_dir.parent.mkdir(parents=True, exist_ok=True)
                    convert(self.spec.path, model_dir, self.choice.dtype)
                    self.note = f"converted {self.spec.model_id} to CTranslate2 {self.choice.dtype} in {model_dir}"
            key = (str(model_dir), self.choice)
            if key not in self.shared:
                backend = B.make_backend(model_dir, self.choice, self.threads)
                backend.load()
                self.shared[key] = backend
            self.backend = self.shared[key]
        return self.backend


class RoundTripService:
    def __init__(self, config, warn, cache: TranslationCache | None, cache_dir: Path, hw: dict):
        self.config = config
        self.warn = warn
        self.cache = cache
        self.cache_dir = cache_dir
        self.hw = hw
        self.pivot = config.pivot or "en"
        self.computed = 0
        self.cached = 0
        self._pairs: dict[str, _PairModel | None] = {}
        self._warned: set[str] = set()
        self._memo: dict[str, B.Translation] = {}
        self._backends: dict = {}
        self._loads_before = B.LOADS["count"]

    # -- creation -------------------------------------------------------------
    @classmethod
    def create(cls, config, warn):
        pivot = config.pivot or "en"
        cache_dir = default_cache_dir(config.cache_dir)
        svc = cls(config, warn, None, cache_dir, hw=_probe(config))
        svc._check_requested()
        if config.require_model:
            def warn(message, _warn=warn):     # no model is an error, not a warning
                raise UsageError("--require-model: " + message.replace("model checks (MT5xx) skipped; ", ""))
        if config.target_lang:
            t = config.target_lang
            if t == pivot:
                warn(f"the target language {t} is the pivot language: no round trip possible; "
                     f"choose another pivot with --pivot (model checks MT5xx skipped)")
                return None
            for pair in (f"{t}-{pivot}", f"{pivot}-{t}"):
                if svc._model(pair, quiet=True) is None:
                    warn(svc._missing_message(pair))
                    return None
        else:
            # Target languages are detected per document: any usable model will do for now.
            candidates = sorted({*config.models, *load_registry()})
            if not any(svc._model(p, quiet=True) for p in candidates):
                dirs = ", ".join(str(d) for d in models_dirs())
                warn(f"no translation model found for any language pair ({', '.join(candidates) or 'none known'}; "
                     f"looked in {dirs} and the Hugging Face cache): model checks (MT5xx) skipped; "
                     f"get one with `mtaudit models pull fr-en` (and en-fr), or pass --model fr-en=DIR "
                     f"--model en-fr=DIR" + ("" if config.require_model else ", or use --no-model to silence this"))
                return None
        if config.use_cache:
            try:
                svc.cache = TranslationCache(cache_dir / "translations.sqlite3")
            except (sqlite3.Error, OSError) as e:
                warn(f"translation cache {cache_dir} unusable ({e}): translating without it")
        return svc

    def _missing_message(self, pair: str) -> str:
        found = resolve(pair, self.config.models)
        looked = found.looked if isinstance(found, Missing) else []
        return (f"no translation model for {pair} (looked in {', '.join(looked) or 'nowhere'}): "
                f"model checks (MT5xx) skipped; get one with `mtaudit models pull {pair}`, "
                f"or pass --model {pair}=DIR"
                + ("" if self.config.require_model else ", or use --no-model to silence this"))

    def _check_requested(self) -> None:
        """A model the user named must be usable: a hub id that is not in the
        local cache, or a pair without the reverse direction its round trip
        needs, is a usage error that says what is missing and how to get it."""
        for pair, given in sorted(self.config.models.items()):
            found = resolve(pair, self.config.models)
            if isinstance(found, Missing):
                raise UsageError(
                    f"--model {pair}={given}: not in the local Hugging Face cache and not a folder "
                    f"(nothing is downloaded at audit time); where a network exists run "
                    f"`mtaudit models pull {pair}` (or `huggingface-cli download {given}`), "
                    f"or pass --model {pair}=DIR for a folder holding the model")
            src, tgt = pair.split("-")
            if self.pivot not in (src, tgt):
                continue                     # a source-direction model: used when a document needs it
            reverse = f"{tgt}-{src}"
            back = resolve(reverse, self.config.models)
            if isinstance(back, Missing):
                raise UsageError(
                    f"--model {pair}={given} needs its reverse model {reverse} for the round trip, "
                    f"and none was found (looked in {', '.join(back.looked) or 'nowhere'}); "
                    f"pass --model {reverse}=DIR or get it with `mtaudit models pull {reverse}`")

    def _model(self, pair: str, quiet: bool = False) -> _PairModel | None:
        if pair in self._pairs:
            return self._pairs[pair]
        found = resolve(pair, self.config.models)
        pm = None
        if isinstance(found, ModelSpec):
            choice = B.choose_device(self.config.device, self.config.backend, self.config.batch_size,
                                     model_kind=found.kind, **self.hw)
            pm = _PairModel(found, choice, self.config.threads, self.cache_dir, self._backends)
            if found.test_model:
                self.warn(f"THE MODEL FOR {pair} ({found.path}) IS A RANDOM-WEIGHT TEST MODEL: its "
                          f"translations are noise; never use it for a real audit")
        elif not quiet and pair not in self._warned:
            self._warned.add(pair)
            self.warn(self._missing_message(pair))
        self._pairs[pair] = pm
        return pm

    # -- translation ------------------------------------------------------------
    def attach(self, docs) -> None:
        by_lang: dict[str, list] = {}
        for doc in docs:
            t = doc.target_lang
            if not t or not doc.sentences:
                continue
            if t == self.pivot:
                self._warn_once(f"pivot:{t}", f"documents in {t} (the pivot language) get no round trip; "
                                f"choose another pivot with --pivot")
                continue
            if self._model(f"{t}-{self.pivot}") is None or self._model(f"{self.pivot}-{t}") is None:
                continue
            by_lang.setdefault(t, []).append(doc)
        for t, group in by_lang.items():
            sents = [s for d in group for s in d.sentences]
            back = self._translate(f"{t}-{self.pivot}", [s.text for s in sents], with_scores=True)
            if back is None:
                continue
            rt = self._translate(f"{self.pivot}-{t}", [b.text for b in back], with_scores=False)
            if rt is None:
                continue
            i = 0
            for d in group:
                trips = []
                for s in d.sentences:
                    chrf, bleu = sentence_scores(rt[i].text, s.text)
                    trips.append(RoundTrip(s.start, s.end, s.text, back[i].text, rt[i].text, chrf, bleu,
                                           detail=back[i], pivot=self.pivot))
                    i += 1
                d.round_trips = trips
                d.extra["consistency"] = corpus_scores([r.round_trip for r in trips], [r.text for r in trips])
            self._attach_source_direction(t, group)

    def _attach_source_direction(self, t: str, docs) -> None:
        """Bilingual documents: the target in the source language, to compare with the source."""
        by_src: dict[str, list] = {}
        for d in docs:
            s = d.source_lang
            if d.source and s and s != t and d.round_trips:
                by_src.setdefault(s, []).append(d)
        for s, group in by_src.items():
            trips = [r for d in group for r in d.round_trips]
            if s == self.pivot:
                out = [r.back_translation for r in trips]
            elif self._model(f"{t}-{s}", quiet=True) is not None:
                res = self._translate(f"{t}-{s}", [r.text for r in trips], with_scores=False)
                out = [r.text for r in res] if res else None
            elif self._model(f"{self.pivot}-{s}") is not None:
                res = self._translate(f"{self.pivot}-{s}", [r.back_translation for r in trips], with_scores=False)
                out = [r.text for r in res] if res else None
            else:
                out = None
            if out is None:
                continue
            for r, o in zip(trips, out):
                r.to_source = o
            for d in group:
                d.extra["source_lang_translation"] = s

    def _translate(self, pair: str, texts: list[str], *, with_scores: bool) -> list[B.Translation] | None:
        pm = self._model(pair)
        if pm is None:
            return None
        beams = self.config.beams
        settings = self.cache_settings(pm, with_scores)
        keys = [cache_key(pm.spec.revision, settings, t) for t in texts]
        found: dict[str, B.Translation] = {k: self._memo[k] for k in keys if k in self._memo}
        if self.cache is not None:
            todo = [k for k in keys if k not in found]
            try:
                for k, v in self.cache.get_many(todo).items():
                    found[k] = B.Translation.from_json(v)
            except sqlite3.Error as e:
                self._cache_failed(e)
        missing_idx: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k not in found and k not in missing_idx:
                missing_idx[k] = i
        self.computed += len(missing_idx)
        self.cached += len(keys) - len(missing_idx)
        if missing_idx:
            try:
                backend = pm.get_backend()
            except UsageError:
                raise
            except Exception as e:        # a model that will not load: skip the pair, say why
                self._pairs[pair] = None
                self.warn(f"could not load the model for {pair} ({pm.spec.path}): {type(e).__name__}: "
                          f"{str(e).splitlines()[0] if str(e) else ''}; model checks skipped "
                          f"(try --backend transformers)")
                return None
            if pm.note:
                self.warn(pm.note)
                pm.note = None
            todo_keys = list(missing_idx)
            todo_texts = [texts[missing_idx[k]] for k in todo_keys]
            progress = _Progress.start(self.config, pair, len(todo_texts))

            def store(idx, res):
                rows = []
                for i, r in zip(idx, res):
                    found[todo_keys[i]] = r
                    rows.append((todo_keys[i], f"{pm.spec.model_id}@{pm.spec.revision}", todo_texts[i], r.to_json()))
                if self.cache is not None:
                    try:
                        self.cache.put_many(rows)
                    except sqlite3.Error as e:
                        self._cache_failed(e)
                if progress:
                    progress.advance(len(idx))
            try:
                B.translate_batched(backend, todo_texts, pm.choice.batch_size, beams=beams,
                                    with_scores=with_scores, on_batch=store)
            finally:
                if progress:
                    progress.stop()
        for k in keys:
            self._memo[k] = found[k]
        return [found[k] for k in keys]

    def cache_settings(self, pm: _PairModel, with_scores: bool) -> str:
        """The settings part of a cache key (the client of a cluster computes keys too)."""
        return f"{pm.settings_id}/beams={self.config.beams}/scores={int(with_scores)}/max={B.MAX_NEW_TOKENS}"

    def _cache_failed(self, e: Exception) -> None:
        self.warn(f"translation cache error ({e}): going on without the cache")
        if self.cache is not None:
            self.cache.close()
        self.cache = None

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.warn(message)

    def describe(self) -> dict:
        models = {}
        for pair, pm in sorted(self._pairs.items()):
            if pm is None:
                continue
            d = pm.spec.describe()
            d.update({"backend": pm.choice.backend, "device": pm.choice.device, "dtype": pm.choice.dtype,
                      "loaded": pm.backend is not None and pm.backend.loaded})
            models[pair] = d
        return {
            "pivot": self.pivot,
            "beams": self.config.beams,
            "batch_size": self.config.batch_size,
            "models": models,
            "loads": B.LOADS["count"] - self._loads_before,
            "test_model": any(m["test_model"] for m in models.values()),
            "cache": str(self.cache.path) if self.cache is not None else None,
            "metric": "sacrebleu chrF (chrF2) and BLEU of each sentence against its round trip",
        }


def _probe(config) -> dict:
    """Hardware facts for the device decision, without importing torch when no
    NVIDIA driver is present (a cached audit then stays light)."""
    import importlib.util
    ct2 = importlib.util.find_spec("ctranslate2") is not None
    if config.device == "cpu" or not (os.path.exists("/proc/driver/nvidia") or config.device == "cuda"):
        return {"cuda_available": False, "bf16_supported": False, "ct2_available": ct2}
    return B.probe_hardware()


class _Progress:
    """Sentences/s on a terminal (rich, stderr); nothing when not a TTY."""

    @classmethod
    def start(cls, config, pair: str, total: int):
        if not config.progress or not sys.stderr.isatty() or total < 32:
            return None
        try:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            p = Progress(TextColumn(f"translating {pair}"), BarColumn(), MofNCompleteColumn(),
                         TextColumn("{task.fields[rate]}"),
                         TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            p.start()
        except Exception:          # another live display is active (rich allows one)
            return None
        self = cls()
        self.p, self.task = p, p.add_task(pair, total=total, rate="")
        return self

    def advance(self, n: int) -> None:
        self.p.update(self.task, advance=n)
        t = self.p.tasks[0]
        if t.elapsed:
            self.p.update(self.task, rate=f"{t.completed / t.elapsed:.1f} sentences/s")

    def stop(self) -> None:
        self.p.stop()
