"""Where translation models come from: the registry, local folders, the HF cache.

A pair ("fr-en") resolves, in order, to:
1. ``config.models[pair]`` (``--model fr-en=ID_OR_DIR``): a folder, or a hub id
   that must already be in the local Hugging Face cache;
2. ``<models dir>/<registry dir>``: ``$MTAUDIT_MODELS``, ``./models``, and the
   project's ``models/`` folder (where ``mtaudit models pull`` puts them);
3. the registry's hub id in the local Hugging Face cache.

Nothing here downloads at audit time: a missing model fails fast and the
service says how to get one.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError

PROJECT_MODELS = Path(__file__).resolve().parents[2] / "models"
# Marker in a model's config.json: a random-weight model built for tests.
TEST_MARKER = "mtaudit_test_model"
# The HF Marian config copied into a converted CTranslate2 folder.
CT2_HF_CONFIG = "marian_config.json"


@dataclass
class ModelSpec:
    """A model found on disk for one pair (not loaded)."""

    pair: str
    path: Path                 # folder holding the model files
    model_id: str              # what the user or the registry called it
    kind: str                  # "transformers" (HF Marian folder) or "ctranslate2"
    revision: str = ""         # content hash of the config, vocabularies and weights
    test_model: bool = False
    looked: list[str] = field(default_factory=list)

    def describe(self) -> dict:
        return {"id": self.model_id, "path": str(self.path), "format": self.kind,
                "revision": self.revision, "test_model": self.test_model}


@dataclass
class Missing:
    """No model for a pair: where we looked, for the warning."""

    pair: str
    looked: list[str]
    model_id: str | None


def models_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("MTAUDIT_MODELS"):
        dirs.append(Path(os.environ["MTAUDIT_MODELS"]))
    dirs += [Path.cwd() / "models", PROJECT_MODELS]
    out: list[Path] = []
    for d in dirs:
        if d.resolve() not in [o.resolve() for o in out]:
            out.append(d)
    return out


def load_registry() -> dict[str, dict[str, str]]:
    """{pair: {"id": hub id, "dir": folder name}}: the registry shipped in the
    package, then the ``registry.toml`` of each models folder, the first
    folder's entries winning."""
    from importlib import resources
    shipped = resources.files("mtaudit") / "data" / "registry.toml"
    registry = _read_registry(shipped.read_text(encoding="utf-8"), "mtaudit/data/registry.toml")
    for d in reversed(models_dirs()):
        p = d / "registry.toml"
        if p.is_file():
            try:
                text = p.read_text(encoding="utf-8")
            except OSError as e:
                raise UsageError(f"model registry {p} cannot be read: {e}") from None
            registry.update(_read_registry(text, str(p)))
    return registry


def _read_registry(text: str, where: str) -> dict[str, dict[str, str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"model registry {where} is not valid TOML: {e}") from None
    out = {}
    for pair, entry in data.get("pairs", {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise UsageError(f"model registry {where}: [pairs.{pair}] needs an id = \"hub id\"")
        out[pair] = {"id": entry["id"], "dir": str(entry.get("dir") or entry["id"].split("/")[-1])}
    return out


def model_kind(path: Path) -> str | None:
    """"ctranslate2", "transformers", or None when the folder holds no Marian model."""
    if (path / "model.bin").is_file() and (path / "config.json").is_file():
        return "ctranslate2"
    cfg = path / "config.json"
    if cfg.is_file() and any((path / w).is_file() for w in
                             ("model.safetensors", "pytorch_model.bin")):
        try:
            data = json.loads(cfg.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("model_type") == "marian":
            return "transformers"
    return None


def check_model_dir(path: Path, pair: str) -> str:
    """The folder's kind, or a UsageError that says what is wrong and what to do."""
    if not path.is_dir():
        raise UsageError(f"--model {pair}={path}: no such folder; give a folder holding a "
                         f"MarianMT model, or a hub id (try `mtaudit models pull {pair}`)")
    kind = model_kind(path)
    if kind is None:
        raise UsageError(f"--model {pair}={path}: not a MarianMT model folder (needs config.json with "
                         f"model_type marian and model.safetensors/pytorch_model.bin, or a CTranslate2 "
                         f"model.bin); fetch one with `mtaudit models pull {pair}`")
    spm = ("source.spm", "target.spm")
    if not all((path / s).is_file() for s in spm):
        raise UsageError(f"--model {pair}={path}: source.spm/target.spm missing; a Marian folder "
                         f"needs its SentencePiece files (copy them next to the model)")
    if kind == "transformers" and not (path / "vocab.json").is_file():
        raise UsageError(f"--model {pair}={path}: vocab.json missing; save the tokenizer with the model")
    return kind


def fingerprint(path: Path) -> str:
    """A content hash that changes when the model does, cheap on large weights.

    Small files (configs, vocabularies) are hashed whole; a weights file by its
    size and its first and last MiB, which a retrained or requantised model
    changes, so that reading 300 MB is not needed on every audit.
    """
    h = hashlib.sha256()
    for f in sorted(path.iterdir()):
        if not f.is_file():
            continue
        size = f.stat().st_size
        h.update(f"{f.name}\0{size}\0".encode())
        with f.open("rb") as fh:
            if size <= 4 << 20:
                h.update(fh.read())
            else:
                h.update(fh.read(1 << 20))
                fh.seek(size - (1 << 20))
                h.update(fh.read())
    return h.hexdigest()[:16]


def _is_test_model(path: Path, kind: str) -> bool:
    name = CT2_HF_CONFIG if kind == "ctranslate2" else "config.json"
    try:
        return bool(json.loads((path / name).read_text(encoding="utf-8")).get(TEST_MARKER))
    except (OSError, ValueError):
        return False


def _spec(pair: str, path: Path, model_id: str, looked: list[str]) -> ModelSpec:
    kind = check_model_dir(path, pair)
    return ModelSpec(pair=pair, path=path, model_id=model_id, kind=kind,
                     revision=fingerprint(path), test_model=_is_test_model(path, kind), looked=looked)


def _hub_cache_dir(hub_id: str) -> Path | None:
    """The hub id's snapshot folder when it is in the local HF cache (no network)."""
    try:
        from huggingface_hub import snapshot_download
        return Path(snapshot_download(hub_id, local_files_only=True,
                                      cache_dir=os.environ.get("HF_HUB_CACHE") or None))
    except Exception:       # not cached, bad id, offline: all mean "not here"
        return None


def _looks_like_path(value: str) -> bool:
    # Hub ids look like "org/name"; anything else that names a place is a folder.
    return value.startswith((".", "/", "~")) or value.count("/") > 1 or Path(value).expanduser().exists()


def resolve(pair: str, configured: dict[str, str]) -> ModelSpec | Missing:
    registry = load_registry()
    looked: list[str] = []
    given = configured.get(pair)
    if given:
        if _looks_like_path(given):
            return _spec(pair, Path(given).expanduser(), given, [given])
        cached = _hub_cache_dir(given)
        if cached is not None:
            return _spec(pair, cached, given, [f"HF cache ({given})"])
        return Missing(pair, [f"HF cache ({given})"], given)
    entry = registry.get(pair)
    dirname = entry.get("dir") if entry else None
    for d in models_dirs():
        candidates = [d / dirname] if dirname else []
        candidates.append(d / f"opus-mt-{pair}")
        for c in dict.fromkeys(candidates):
            looked.append(str(c))
            if c.is_dir() and model_kind(c):
                return _spec(pair, c, entry["id"] if entry else str(c), looked)
    if entry:
        looked.append(f"HF cache ({entry['id']})")
        cached = _hub_cache_dir(entry["id"])
        if cached is not None:
            return _spec(pair, cached, entry["id"], looked)
    return Missing(pair, looked, entry["id"] if entry else None)


# -- CLI: mtaudit models list | pull | convert --------------------------------

def cmd_list() -> int:
    registry = load_registry()
    if not registry:
        print("the model registry is empty")
        return 0
    print(f"{'pair':<7} {'model':<32} present")
    for pair in sorted(registry):
        found = resolve(pair, {})
        where = f"yes ({found.path})" if isinstance(found, ModelSpec) else "no"
        print(f"{pair:<7} {registry[pair]['id']:<32} {where}")
    return 0


def cmd_pull(pair: str) -> int:
    registry = load_registry()
    entry = registry.get(pair)
    if entry is None:
        raise UsageError(f"no registry entry for {pair!r}; known pairs: {', '.join(sorted(registry))}")
    dest = (Path(os.environ["MTAUDIT_MODELS"]) if os.environ.get("MTAUDIT_MODELS")
            else Path.cwd() / "models") / entry["dir"]
    if dest.is_dir() and model_kind(dest):
        print(f"{pair}: {entry['id']} already present in {dest}")
        return 0
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        print(f"mtaudit: error: cannot download {entry['id']}: HF_HUB_OFFLINE is set; with a network, "
              f"unset it and rerun; elsewhere, copy the model folder here and use --model {pair}=DIR",
              file=sys.stderr)
        return 1
    if dest.exists():
        raise UsageError(f"{dest} exists and is not a model; move it away (or set MTAUDIT_MODELS) and rerun")
    # Downloaded into a temporary folder and renamed into place: an
    # interrupted download must not leave a folder that looks like a model.
    tmp = dest.with_name(f".{dest.name}.tmp{os.getpid()}")
    try:
        from huggingface_hub import snapshot_download
        dest.parent.mkdir(parents=True, exist_ok=True)
        snapshot_download(entry["id"], local_dir=str(tmp),
                          allow_patterns=["*.json", "*.spm", "*.safetensors", "*.bin", "*.txt", "*.model"])
        check_model_dir(tmp, pair)
        os.replace(tmp, dest)
    except UsageError:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    except Exception as e:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"mtaudit: error: could not download {entry['id']} ({type(e).__name__}: "
              f"{str(e).splitlines()[0] if str(e) else 'no detail'}); this needs access to "
              f"huggingface.co; elsewhere, copy the model folder here and use --model {pair}=DIR",
              file=sys.stderr)
        return 1
    except BaseException:            # Ctrl-C: leave nothing half-downloaded
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    print(f"{pair}: {entry['id']} saved to {dest}")
    return 0


def convert(src: Path, dest: Path, quantization: str = "int8") -> Path:
    """Convert a Hugging Face Marian folder to CTranslate2 (with its tokenizer files)."""
    try:
        import ctranslate2
    except ImportError:
        raise UsageError("CTranslate2 is not installed: pip install ctranslate2") from None
    if model_kind(src) != "transformers":
        raise UsageError(f"{src}: not a Hugging Face MarianMT folder (config.json + weights)")
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    ctranslate2.converters.TransformersConverter(str(src)).convert(
        str(tmp), quantization=quantization, force=True)
    for name in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json"):
        if (src / name).is_file():
            shutil.copy(src / name, tmp / name)
    shutil.copy(src / "config.json", tmp / CT2_HF_CONFIG)
    # Rename into place: a reader never sees a half-written model.
    try:
        os.replace(tmp, dest)
    except OSError:
        if model_kind(dest) == "ctranslate2":   # another process finished first
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            raise
    return dest


def cmd_convert(src: str, dest: str, quantization: str = "int8") -> int:
    s, d = Path(src), Path(dest)
    if not s.is_dir():
        raise UsageError(f"{src}: no such folder")
    if d.exists() and any(d.iterdir()):
        raise UsageError(f"{dest} exists and is not empty; choose a new folder")
    if d.exists():
        d.rmdir()
    convert(s, d, quantization)
    print(f"converted {src} to CTranslate2 ({quantization}) in {dest}; use --model PAIR={dest}")
    return 0
