"""Settings: defaults, then ``[tool.mtaudit]`` in pyproject.toml or mtaudit.toml,
then command-line flags. Unknown keys are errors, not silence.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache_dir import default_cache_dir  # noqa: F401  (re-exported: the config's default)
from .errors import UsageError
from .findings import Severity
from .languages import check_lang_code

FAIL_ON = ("critical", "major", "minor", "never")


FORMATS = ("text", "json", "html", "sarif", "junit", "github")


@dataclass
class Config:
    # languages
    source_lang: str | None = None
    target_lang: str | None = None        # detected per document when None
    pivot: str = "en"
    # models and translation
    models: dict[str, str] = field(default_factory=dict)   # "fr-en" -> hub id or directory
    use_model: bool = True
    require_model: bool = False
    backend: str = "auto"                 # auto, transformers, ctranslate2
    device: str = "auto"                  # auto, cpu, cuda
    batch_size: int = 16
    beams: int = 1
    threads: int | None = None
    cache_dir: str | None = None          # default: $MTAUDIT_CACHE or ~/.cache/mtaudit
    use_cache: bool = True
    # checks
    select: list[str] = field(default_factory=list)    # only these codes (empty = all)
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)   # code -> severity override
    allowlist: list[str] = field(default_factory=list)       # names never flagged
    facts: str | None = None              # user facts file (known dates)
    reference_year: int | None = None     # "now" for the time-frame check; default: today
    # inputs
    ignore: list[str] = field(default_factory=list)          # glob patterns of paths to skip
    max_bytes: int = 50_000_000
    source_dir: str | None = None
    stdin_filename: str | None = None     # the name of "-" (standard input) in reports
    allow_empty: bool = False             # nothing to audit passes (else a usage error)
    input_formats: list[str] = field(default_factory=list)   # --formats: folder walks keep these
    html_text: str = "main"               # main (trafilatura's article text) or all (visible text)
    group_by: str | None = None           # TMX: one document per value of this attribute/prop
    # gate
    fail_on: str = "critical"
    min_score: float | None = None
    errors_fail: bool = True              # unreadable inputs fail the gate
    baseline: str | None = None
    # output
    formats: list[str] = field(default_factory=lambda: ["text"])
    output: str | None = None
    progress: bool = True
    keep_text: bool = False               # keep article text in the report (HTML needs it)
    # a Dask cluster (mtaudit.distributed): neither set = one process
    workers: int | str | None = None      # N worker processes on this machine, or "auto" (the cores)
    scheduler: str | None = None          # address of a running scheduler; $MTAUDIT_SCHEDULER
    shared_inputs: bool = False           # workers read the inputs (a shared path or fsspec URL) themselves
    batches_in_flight: int | None = None  # back-pressure: default 2 per worker thread

    def validate(self) -> "Config":
        # A single code or pattern given as a string (``select="MT101"``,
        # ``select="MT101,MT102"``) means that list, not its characters.
        for name in _LIST_FIELDS:
            v = getattr(self, name)
            if isinstance(v, str):
                setattr(self, name, [x.strip() for x in v.split(",") if x.strip()])
        for name in ("source_lang", "target_lang", "pivot"):
            v = getattr(self, name)
            if v is not None:
                setattr(self, name, check_lang_code(v, what=name.replace("_", "-")))
        if self.fail_on not in FAIL_ON:
            raise UsageError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
        if self.min_score is not None and not (0 <= float(self.min_score) <= 100):
            raise UsageError(f"min-score must be between 0 and 100, not {self.min_score}")
        for f in self.formats:
            if f not in FORMATS:
                raise UsageError(f"unknown format {f!r}: use {', '.join(FORMATS)}")
        if self.backend not in ("auto", "transformers", "ctranslate2"):
            raise UsageError(f"backend must be auto, transformers or ctranslate2, not {self.backend!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise UsageError(f"device must be auto, cpu or cuda, not {self.device!r}")
        if self.batch_size < 1 or self.beams < 1:
            raise UsageError("batch-size and beams must be at least 1")
        if self.require_model and not self.use_model:
            raise UsageError("require-model and no-model (use-model = false) contradict each other; keep one")
        if self.threads is not None and self.threads < 1:
            raise UsageError(f"threads must be at least 1, not {self.threads}")
        if self.html_text not in ("main", "all"):
            raise UsageError(f"html-text must be main or all, not {self.html_text!r}")
        if self.input_formats:
            from .corpus import format_suffixes
            format_suffixes(self.input_formats)
        if self.max_bytes < 1:
            raise UsageError("max-bytes must be at least 1")
        for code, sev in self.severity.items():
            try:
                Severity.parse(sev)
            except ValueError as e:
                raise UsageError(f"severity override for {code}: {e}") from None
        from .checks import all_checks
        known = {c.code for c in all_checks()}
        for code in [*self.select, *self.disable, *self.severity]:
            if code.upper() not in known:
                raise UsageError(f"unknown check code {code!r}: run `mtaudit checks` for the list")
        for pair in self.models:
            _check_pair(pair)
        self._validate_cluster()
        return self

    def _validate_cluster(self) -> None:
        if self.workers == "auto":
            self.workers = os.cpu_count() or 1
        if self.workers is not None and (isinstance(self.workers, bool) or not isinstance(self.workers, int)
                                         or self.workers < 1):
            raise UsageError(f"workers must be a number of processes (1 or more) or 'auto', not {self.workers!r}")
        if self.workers and self.scheduler:
            raise UsageError("give either workers (a cluster on this machine) or scheduler (a running one), not both")
        if self.batches_in_flight is not None and self.batches_in_flight < 1:
            raise UsageError("batches-in-flight must be at least 1")


def _check_pair(pair: str) -> tuple[str, str]:
    parts = pair.split("-")
    if len(parts) != 2:
        raise UsageError(f"model pair {pair!r} must look like fr-en")
    return check_lang_code(parts[0], what="model pair"), check_lang_code(parts[1], what="model pair")


_FIELDS = {f.name: f for f in dataclasses.fields(Config)}
_LIST_FIELDS = tuple(n for n, f in _FIELDS.items() if str(f.type).startswith("list"))


def config_from_keywords(**settings: Any) -> Config:
    """The Python API's settings (``audit(paths, target_lang="fr", ...)``):
    the Config field names, checked like a config file's keys, so that a typo
    is a clear error rather than a TypeError or a setting silently dropped."""
    for key, value in settings.items():
        if key not in _FIELDS:
            import difflib
            close = difflib.get_close_matches(key, _FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise UsageError(f"unknown setting {key!r}{hint}; known settings: {', '.join(_FIELDS)}")
        if isinstance(value, os.PathLike) and str(_FIELDS[key].type).startswith("str"):
            value = settings[key] = os.fspath(value)     # cache_dir=Path(...) is a path too
        if isinstance(value, str) and key in _LIST_FIELDS:
            continue                      # one item or a comma-separated list: validate() splits it
        if value is None and "None" in str(_FIELDS[key].type):
            continue
        _coerce(Path("audit()"), key, _FIELDS[key], value)
    return Config(**settings).validate()
# Keys accepted in a config file (kebab-case or snake_case); output-only and
# per-run keys are command-line only.
_FILE_KEYS = {n for n in _FIELDS if n not in ("formats", "output", "progress", "keep_text", "baseline",
                                               "stdin_filename")}


def find_config_file(start: Path) -> Path | None:
    """mtaudit.toml, else a pyproject.toml with [tool.mtaudit], in start or a parent."""
    for d in [start, *start.parents]:
        m = d / "mtaudit.toml"
        if m.is_file():
            return m
        p = d / "pyproject.toml"
        if p.is_file():
            try:
                data = tomllib.loads(p.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "mtaudit" in data.get("tool", {}):
                return p
    return None


def load_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"config file {path} does not exist") from None
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"config file {path} is not valid TOML: {e}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("mtaudit", {})
    out: dict[str, Any] = {}
    spelt: dict[str, str] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name in spelt:
            # Both spellings in one file: which one wins would be an accident of order.
            raise UsageError(f"{path}: {spelt[name]!r} and {key!r} are the same setting; keep one")
        spelt[name] = key
        if name not in _FILE_KEYS:
            raise UsageError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(k.replace('_', '-') for k in _FILE_KEYS))})")
        out[name] = _coerce(path, key, _FIELDS[name], value)
    # Relative paths in a config file are relative to that file.
    for name in ("facts", "cache_dir", "source_dir"):
        if out.get(name):
            out[name] = str((path.parent / out[name]).resolve()) if not Path(out[name]).is_absolute() else out[name]
    return out


def _coerce(path: Path, key: str, f: dataclasses.Field, value: Any) -> Any:
    t = str(f.type)
    ok = True
    if t.startswith("list"):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif t.startswith("dict"):
        ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    elif t == "bool":
        ok = isinstance(value, bool)
    elif f.name == "workers":
        ok = value == "auto" or (isinstance(value, int) and not isinstance(value, bool))
    elif t.startswith("int"):
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (value is None and "None" in t)
    elif t.startswith("float"):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif t.startswith("str"):
        ok = isinstance(value, str)
    if not ok:
        raise UsageError(f"{path}: {key} has the wrong type ({type(value).__name__}); expected {t}")
    return value


def build_config(file_path: str | None, cwd: Path, overrides: dict[str, Any]) -> Config:
    """Defaults < config file < command-line overrides (None means not given)."""
    values: dict[str, Any] = {}
    path = Path(file_path) if file_path else find_config_file(cwd)
    if path is not None:
        values.update(load_config_file(path))
        # Check the file on its own first, so that a bad value there is
        # reported with the file's name (the flags are checked below).
        try:
            Config(**values).validate()
        except UsageError as e:
            raise UsageError(f"{path}: {e}") from None
    # Cluster: a flag beats $MTAUDIT_SCHEDULER, which beats the file; --workers
    # and --scheduler exclude each other, whichever level they come from.
    if overrides.get("workers") or overrides.get("scheduler"):
        values.pop("scheduler" if overrides.get("workers") else "workers", None)
    elif os.environ.get("MTAUDIT_SCHEDULER"):
        values.pop("workers", None)
        values["scheduler"] = os.environ["MTAUDIT_SCHEDULER"]
    for k, v in overrides.items():
        if v is None:
            continue
        if k in ("models", "severity") and isinstance(v, dict):
            values[k] = {**values.get(k, {}), **v}
        elif k in ("disable", "allowlist", "ignore", "input_formats") and isinstance(v, list):
            values[k] = [*values.get(k, []), *v]
        else:
            values[k] = v
    return Config(**values).validate()
