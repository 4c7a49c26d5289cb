"""Command line: ``mtaudit audit PATH...`` and friends.

Exit codes: 0 the gate passed, 1 the gate failed, 2 a usage or configuration
error (one line on stderr; ``--debug`` adds the traceback), 3 an internal
error (a bug: one line on stderr asking for a report; ``--debug`` shows the
traceback).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import ModelUnavailable, UsageError

if TYPE_CHECKING:      # the config module is imported when a command runs
    from .config import Config

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _pairs(values: list[str] | None, what: str) -> dict[str, str] | None:
    if not values:
        return None
    out = {}
    for v in values:
        if "=" not in v:
            raise UsageError(f"{what} expects KEY=VALUE, got {v!r}")
        k, val = v.split("=", 1)
        out[k.strip()] = val.strip()
    return out


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


def _add_debug(p: argparse.ArgumentParser) -> None:
    # Accepted after the subcommand too (`mtaudit audit x --debug`); SUPPRESS
    # keeps a value given before the subcommand.
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="show tracebacks")


def add_audit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (.txt, .md, .jsonl, .tsv, .xlf, .xliff, .po, .html, .docx, .srt, .vtt, .tmx); - reads standard input")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="the name of standard input (-) in reports; its suffix chooses the reader")
    p.add_argument("--allow-empty", action="store_true", default=None,
                   help="let an input with nothing to audit pass (default: exit 2)")
    g = p.add_argument_group("languages")
    g.add_argument("--source-lang", help="ISO 639-1 code of the source language (e.g. id)")
    g.add_argument("--target-lang", help="ISO 639-1 code of the translation (detected when not given)")
    g.add_argument("--source-dir", help="folder of source articles with the same relative file names")
    g = p.add_argument_group("models")
    g.add_argument("--model", action="append", metavar="PAIR=ID_OR_DIR",
                   help="translation model for a pair, e.g. fr-en=Helsinki-NLP/opus-mt-fr-en (repeatable)")
    g.add_argument("--pivot", help="language to back-translate into (default en)")
    g.add_argument("--no-model", dest="use_model", action="store_false", default=None,
                   help="model-free checks only")
    g.add_argument("--require-model", action="store_true", default=None,
                   help="fail (exit 2) when no model can be loaded")
    g.add_argument("--backend", choices=["auto", "transformers", "ctranslate2"])
    g.add_argument("--device", choices=["auto", "cpu", "cuda"])
    g.add_argument("--batch-size", type=int)
    g.add_argument("--beams", type=int, help="beam size for translation (default 1, greedy)")
    g.add_argument("--threads", type=int, help="CPU threads for translation")
    g.add_argument("--cache-dir", help="translation cache folder (default ~/.cache/mtaudit)")
    g.add_argument("--no-cache", dest="use_cache", action="store_false", default=None)
    g = p.add_argument_group("checks")
    g.add_argument("--select", action="append", metavar="CODES", help="run only these checks (comma-separated)")
    g.add_argument("--disable", action="append", metavar="CODES", help="turn these checks off")
    g.add_argument("--severity", action="append", metavar="CODE=LEVEL", help="override a check's severity")
    g.add_argument("--allow", action="append", metavar="TERM", help="a name never to flag (repeatable)")
    g.add_argument("--facts", help="facts file of known dates (TOML)")
    g.add_argument("--reference-year", type=int, help='"now" for the time-frame check (default: this year)')
    g.add_argument("--ignore", action="append", metavar="PATTERN",
                   help="skip paths matching this .gitignore-style pattern (repeatable)")
    g.add_argument("--max-bytes", type=int, help="files larger than this are reported as errors")
    g = p.add_argument_group("input formats")
    g.add_argument("--formats", "--input-formats", dest="input_formats", action="append", metavar="NAMES",
                   help="in folders, read only these input formats (html,docx,srt,vtt,tmx,text,...)")
    g.add_argument("--html-text", choices=["main", "all"],
                   help="HTML: the article's main text (default) or all the visible text")
    g.add_argument("--group-by", metavar="ATTR", help="TMX: one document per value of this <tu> attribute or <prop> type")
    g = p.add_argument_group("gate and output")
    g.add_argument("--fail-on", choices=["critical", "major", "minor", "never"])
    g.add_argument("--min-score", type=float)
    g.add_argument("--baseline", help="report and gate only findings not in this baseline file")
    g.add_argument("--errors-pass", dest="errors_fail", action="store_false", default=None,
                   help="inputs that cannot be audited do not fail the gate")
    g.add_argument("--format", "-f", action="append", default=None,
                   help="text, json, html, sarif, junit, github; several comma-separated or repeated")
    g.add_argument("--output", "-o", help="file (one format) or folder (html, or several formats)")
    g.add_argument("--config", help="config file (default: mtaudit.toml or [tool.mtaudit] in pyproject.toml)")
    g.add_argument("--no-progress", dest="progress", action="store_false", default=None)
    g = p.add_argument_group("cluster (needs mtaudit[dask])")
    g.add_argument("--workers", metavar="N", type=_workers,
                   help="audit on N worker processes of a local Dask cluster ('auto': one per core)")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="audit on a running Dask cluster, e.g. tcp://10.0.0.5:8786 (or $MTAUDIT_SCHEDULER)")
    g.add_argument("--shared-inputs", action="store_true", default=None,
                   help="workers read the inputs themselves (a path they all see, or an fsspec URL): "
                        "only paths are sent")


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        return int(value)
    except ValueError:
        raise UsageError(f"--workers expects a number or 'auto', not {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mtaudit", description="Audit machine-translated articles: flag suspect spans, score, gate CI.")
    p.add_argument("--version", action="version", version=f"mtaudit {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    a = sub.add_parser("audit", help="audit files and folders")
    add_audit_options(a)
    _add_debug(a)
    b = sub.add_parser("baseline", help="record current findings, to gate only new ones later")
    bsub = b.add_subparsers(dest="baseline_command", parser_class=_Parser)
    bc = bsub.add_parser("create", help="audit PATHs and write their findings to a baseline file")
    add_audit_options(bc)
    _add_debug(bc)
    bc.add_argument("--force", action="store_true", help="replace an existing baseline file")
    bc.set_defaults(baseline_output="mtaudit-baseline.json")
    m = sub.add_parser("models", help="list, download or convert translation models")
    msub = m.add_subparsers(dest="models_command", parser_class=_Parser)
    msub.add_parser("list", help="models known for each pair, and whether they are present")
    pull = msub.add_parser("pull", help="download a pair's default model into models/ (needs a network)")
    pull.add_argument("pair")
    conv = msub.add_parser("convert", help="convert a Hugging Face Marian folder to CTranslate2")
    conv.add_argument("source")
    conv.add_argument("dest")
    conv.add_argument("--quantization", default="int8")
    _add_debug(sub.add_parser("checks", help="list every check: code, severity, category, description"))
    for parser in (b, m, *msub.choices.values()):
        _add_debug(parser)
    return p


def config_from_args(args) -> Config:
    from .config import build_config
    formats = None
    if args.format:
        formats = [f.strip() for given in args.format for f in given.split(",") if f.strip()]
    overrides = {
        "source_lang": args.source_lang, "target_lang": args.target_lang,
        "source_dir": args.source_dir, "models": _pairs(args.model, "--model"),
        "pivot": args.pivot, "use_model": args.use_model, "require_model": args.require_model,
        "backend": args.backend, "device": args.device, "batch_size": args.batch_size,
        "beams": args.beams, "threads": args.threads, "cache_dir": args.cache_dir,
        "use_cache": args.use_cache, "select": _codes(args.select), "disable": _codes(args.disable),
        "severity": {k.upper(): v for k, v in (_pairs(args.severity, "--severity") or {}).items()} or None,
        "allowlist": args.allow, "facts": args.facts, "reference_year": args.reference_year,
        "ignore": args.ignore, "max_bytes": args.max_bytes, "fail_on": args.fail_on,
        "min_score": args.min_score, "baseline": args.baseline, "errors_fail": args.errors_fail,
        "formats": formats, "output": args.output, "progress": args.progress,
        "stdin_filename": args.stdin_filename, "allow_empty": args.allow_empty,
        "input_formats": [f.strip() for v in args.input_formats or () for f in v.split(",") if f.strip()] or None,
        "html_text": args.html_text, "group_by": args.group_by,
        "workers": args.workers, "scheduler": args.scheduler, "shared_inputs": args.shared_inputs,
    }
    cfg = build_config(args.config, Path.cwd(), overrides)
    if "html" in cfg.formats:
        cfg.keep_text = True
    return cfg


def cmd_audit(args) -> int:
    from .pipeline import audit
    from .reports import write_reports
    cfg = config_from_args(args)
    _check_stdin(args, cfg)
    from .reports import check_output_targets
    check_output_targets(cfg.formats, cfg.output)
    if cfg.baseline:
        # A missing or corrupt baseline is a usage error: say so before a long audit.
        from .baseline import load_baseline
        load_baseline(cfg.baseline)
    progress = _progress(cfg, args.paths)
    try:
        report = audit(args.paths, cfg, progress=progress.update if progress else None)
    finally:
        if progress:
            progress.close()
    if cfg.require_model and (report.model is None or not report.model.get("models")):
        why = next((w for w in report.warnings if "model" in w), "no model was found")
        raise UsageError(f"--require-model: no translation model could be used: {why}")
    if not _text_to_stdout(cfg):
        # The text report on standard output ends with the warnings: printing
        # them on stderr too would say each one twice on a terminal.
        for w in report.warnings:
            print(f"mtaudit: warning: {w}", file=sys.stderr)
    written = write_reports(report, cfg.formats, cfg.output)
    for w in written:
        print(f"mtaudit: wrote {w}", file=sys.stderr)
    if not report.passed and "text" not in cfg.formats:
        # The text report lists the gate's reasons; other formats go to files
        # or to machines, so say in the log why the exit code is 1.
        n = len(report.gate.reasons)
        print(f"mtaudit: gate failed ({n} reason(s)); first: {report.gate.reasons[0]}", file=sys.stderr)
    return EXIT_OK if report.passed else EXIT_GATE


def _text_to_stdout(cfg) -> bool:
    return "text" in cfg.formats and (len(cfg.formats) > 1 or cfg.output is None)


def _check_stdin(args, cfg) -> None:
    if cfg.stdin_filename and "-" not in args.paths:
        raise UsageError("--stdin-filename names standard input: give - among the paths")


def cmd_baseline(args) -> int:
    if args.baseline_command != "create":
        raise UsageError("usage: mtaudit baseline create PATH... [--output FILE] [--force]")
    from .baseline import write_baseline
    from .pipeline import audit
    # Options that mean nothing here are refused, not dropped without a word.
    for flag, given in (("--baseline", args.baseline), ("--format", args.format)):
        if given:
            raise UsageError(f"baseline create does not take {flag}: it writes one baseline file "
                             f"(-o FILE, default mtaudit-baseline.json)")
    cfg = config_from_args(args)
    _check_stdin(args, cfg)
    out = cfg.output or args.baseline_output
    if os.path.lexists(out) and not args.force:
        # Before the audit: a baseline is a reviewed record, not a cache.
        raise UsageError(f"{out} exists: pass --force to replace it, or -o to write another file")
    report = audit(args.paths, cfg)
    for w in report.warnings:
        print(f"mtaudit: warning: {w}", file=sys.stderr)
    n = write_baseline(report, out)
    print(f"mtaudit: baseline of {n} finding(s) written to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_checks(args) -> int:
    from .checks import all_checks
    for c in all_checks():
        req = f" (needs {', '.join(sorted(c.requires))})" if c.requires else ""
        print(f"{c.code}  {c.name:<28} {c.severity.value:<8} {c.category:<15} {c.description}{req}")
    return EXIT_OK


def cmd_models(args) -> int:
    from .translation import models as m
    if args.models_command == "list":
        return m.cmd_list()
    if args.models_command == "pull":
        return m.cmd_pull(args.pair)
    if args.models_command == "convert":
        return m.cmd_convert(args.source, args.dest, args.quantization)
    raise UsageError("usage: mtaudit models {list,pull,convert}")


class _Progress:
    """A progress bar on a terminal (rich), nothing otherwise."""

    def __init__(self):
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn)
        self._p = Progress(SpinnerColumn(), TextColumn("auditing"), BarColumn(),
                           MofNCompleteColumn(), TextColumn("{task.fields[name]}"),
                           TimeElapsedColumn(), transient=True)
        self._p.start()
        self._task = self._p.add_task("audit", total=None, name="")

    def update(self, doc_report):
        self._p.update(self._task, advance=1, name=doc_report.path[-40:])

    def close(self):
        self._p.stop()


def _progress(cfg, paths):
    if not cfg.progress or not sys.stderr.isatty() or not any(os.path.isdir(p) for p in paths):
        return None
    return _Progress()


def _safe_streams() -> None:
    """Reports are UTF-8 whatever the locale: a console that cannot encode a
    character gets an escape instead of a crash (UnicodeEncodeError)."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if hasattr(stream, "reconfigure") and enc not in ("utf-8", "utf8"):
            try:
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            except (OSError, ValueError):
                pass


def _quiet_third_parties() -> None:
    """Silence libraries' own chatter (transformers' "Loading weights" bars
    and advice, "Recommended: pip install sacremoses", torch's and
    huggingface_hub's deprecation notices and progress bars): mtaudit says
    what matters in its own warnings. ``--debug`` keeps them all."""
    import logging
    import warnings
    for var, value in (("TRANSFORMERS_VERBOSITY", "error"), ("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1"),
                       ("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TQDM_DISABLE", "1"),
                       ("TF_CPP_MIN_LOG_LEVEL", "3")):
        os.environ.setdefault(var, value)
    for name in ("transformers", "torch", "torchao", "huggingface_hub", "ctranslate2", "sentencepiece",
                 "spacy", "urllib3", "filelock"):
        logging.getLogger(name).setLevel(logging.ERROR)
    for module in ("transformers", "torch", "torchao", "huggingface_hub", "ctranslate2", "spacy",
                   "sacremoses", "thinc", "sacrebleu", "translate", "langdetect", "charset_normalizer"):
        warnings.filterwarnings("ignore", module=module + r"(\.|$)")


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    _safe_streams()
    if not debug:
        _quiet_third_parties()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        handler = {"audit": cmd_audit, "baseline": cmd_baseline, "checks": cmd_checks,
                   "models": cmd_models}[args.command]
        return handler(args)
    except (UsageError, ModelUnavailable) as e:
        if debug:
            raise
        print(f"mtaudit: error: {_one_line(e)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("mtaudit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`mtaudit ... | head`): stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_GATE
    except OSError as e:
        # A file we had to read or write (config, facts, output) failed.
        if debug:
            raise
        where = f" {e.filename}" if getattr(e, "filename", None) else ""
        print(f"mtaudit: error: cannot access{where}: {e.strerror or _one_line(e)}", file=sys.stderr)
        return EXIT_USAGE
    except MemoryError:
        print("mtaudit: error: out of memory; audit fewer or smaller files (see --max-bytes)",
              file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as e:   # noqa: BLE001 - a bug: one line, traceback with --debug
        if debug:
            raise
        print(f"mtaudit: internal error: {type(e).__name__}: {_one_line(e)} "
              "(a bug in mtaudit; rerun with --debug for the traceback and report it)", file=sys.stderr)
        return EXIT_INTERNAL
