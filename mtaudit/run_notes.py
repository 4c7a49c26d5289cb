"""What the run as a whole must say: nothing to audit, a selected check that
never ran. Plain functions over the pipeline's results, kept apart from the
pipeline's flow (which only calls them)."""
from __future__ import annotations

from .config import Config
from .errors import UsageError
from .report import DocumentReport


def refuse_empty(paths: list[str], reports: list[DocumentReport], config: Config, skipped,
                 ignored: list[str]) -> list[str]:
    """Nothing audited is a usage error: a typo in a CI path must not turn the
    gate green. Inputs that could not be read still fail the gate (exit 1,
    listed in the report) unless --errors-pass, which leaves nothing: an error.
    Files named one by one that the ignore patterns all exclude are a choice,
    not a typo (a pre-commit hook passes the files a commit touches): a
    warning. Returns the warnings to add."""
    audited = sum(1 for r in reports if r.status == "ok")
    if audited or (reports and config.errors_fail):
        return []
    from .corpus import printable_path
    if ignored and not reports and not skipped.count and set(map(printable_path, paths)) <= set(ignored):
        return [f"all {len(paths)} file(s) named are excluded by the ignore patterns: nothing audited"]
    found = []
    if reports:
        found.append(f"{len(reports)} input(s) that could not be read (first: {reports[0].key}: "
                     f"{reports[0].error})")
    if skipped.count:
        found.append(f"{skipped.count} file(s) skipped for their suffix ({', '.join(skipped.examples)}"
                     f"{', ...' if skipped.count > len(skipped.examples) else ''})")
    if ignored:
        found.append(f"{len(ignored)} path(s) ignored by ignore patterns ({', '.join(ignored[:3])}"
                     f"{', ...' if len(ignored) > 3 else ''})")
    where = ", ".join(paths[:3]) + (", ..." if len(paths) > 3 else "")
    raise UsageError(f"nothing to audit in {where}: found {'; '.join(found) if found else 'no files'} "
                     f"(readable: .txt .md .jsonl .tsv .xlf .xliff .po .html .docx .srt .vtt .tmx; use --allow-empty to let "
                     f"an empty input pass)")


def unrun_selected(config: Config, checks, ran: set[str], reports, service,
                   said: frozenset[str] = frozenset()) -> list[str]:
    """A warning for each check the user selected that did not run, and why
    (``said``: checks whose own warning already says why they could not run)."""
    if not config.select or not any(r.status == "ok" for r in reports):
        return []
    out = []
    disabled = {c.upper() for c in config.disable}
    both = sorted({c.upper() for c in config.select} & disabled)
    if both:
        out.append(f"{', '.join(both)} both selected and disabled: not run")
    why_by_code: dict[str, list[str]] = {}
    for c in checks:
        if c.code in ran or c.code in said:
            continue
        if "source" in c.requires:
            why = "no document has a source (use --source-dir, or bilingual input: JSONL, TSV, XLIFF, PO)"
        elif "model" in c.requires:
            why = ("no round trips to read (no model loaded: see the model warning)" if service is None
                   else "no round trips were made (see the warnings above)")
        elif c.languages is not None:
            why = f"no document in {', '.join(sorted(c.languages))}"
        else:
            why = "it applied to no document"
        why_by_code.setdefault(why, []).append(c.code)
    for why, codes in why_by_code.items():
        out.append(f"selected check(s) {', '.join(codes)} did not run on any document: {why}")
    return out
