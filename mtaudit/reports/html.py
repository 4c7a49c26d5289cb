"""The HTML report: a static folder, one index page and one page per article.

- ``index.html``: the corpus at a glance (counts by severity and category, a
  histogram of scores as inline SVG, the gate's verdict and reasons, inputs
  that could not be audited) and every audited article, worst score first.
  A small inline script filters the table by severity and category (state in
  the URL fragment, ``#severity=critical&category=number``); without
  JavaScript the filter form stays hidden and everything is listed.
- one page per article (``<slug>-<hash>.html``: readable, safe in any file
  system, unique per document key): the text with each finding in a
  ``<mark>`` coloured by severity, the findings' details beside it (HTML
  ``<details>``; a mark's number links to its details and back, no script),
  the back-translations where a model ran, and the source text when known.
  Line numbers are drawn by CSS from empty anchors (``#L12``); a repeat's
  first copy is marked (``#c3``) and links back; evidence is said in short
  labelled sentences (the raw evidence is the JSON report's); previous and
  next links follow the index's order.
- every page: a header saying when, on what inputs, with which settings,
  version and model the audit ran, and a loud banner for a test model.

Safety: articles and everything derived from them are untrusted. All text
goes through :func:`escape`; control characters are shown, not obeyed;
pages carry a Content-Security-Policy that allows only the report's own
inline style and (index only) its own script, by hash, and nothing remote.

Faithfulness: inside ``<div class="text">`` the concatenation of text nodes
is the document text, character for character (``\\r`` is written as
``&#13;`` so that the HTML parser keeps it), except that U+0000 and lone
surrogates, which HTML cannot carry, become U+FFFD. Overlapping findings are
nested; when two cross, the later one is split into parts that share its
``data-finding`` number, so no text is repeated or lost.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from ..findings import Severity
from ..gate import document_reasons
from . import check_names, is_new

SEVERITIES = [s.value for s in Severity]          # critical, major, minor, info
OPEN_DETAILS_UP_TO = 60     # findings' details start open on pages with at most this many


# -- escaping ------------------------------------------------------------------

_CTL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _visible(c: str) -> str:
    """A label for an invisible character: the Unicode control picture, or U+XXXX."""
    cp = ord(c)
    if cp < 0x20:
        return chr(0x2400 + cp)
    if cp == 0x7F:
        return "\u2421"
    return f"U+{cp:04X}"


def escape(s: Any) -> str:
    """Escape any string for HTML text or a quoted attribute value.

    Control characters become visible labels, so nothing in a finding's
    message can hide text or upset a terminal when the page is copied.
    """
    s = "" if s is None else str(s)
    s = _CTL.sub(lambda m: _visible(m.group()), s)
    return html.escape(s, quote=True)


def escape_text(s: str) -> str:
    """Escape article text, keeping every character that HTML can carry.

    Control characters stay in the DOM (so offsets and copies are exact)
    inside a ``<span class="ctl">`` that shows a label for them; U+0000 and
    lone surrogates become U+FFFD. ``\\r`` is a character reference because
    the HTML parser turns raw CR and CRLF into LF.
    """
    out = []
    last = 0
    for m in _CTL.finditer(s):
        out.append(html.escape(s[last:m.start()], quote=False))
        c = m.group()
        cp = ord(c)
        # Raw, not as a character reference: the HTML parser maps &#128;-&#159;
        # to windows-1252 characters, while raw control characters pass
        # through (a parse error, no more). NUL and lone surrogates cannot.
        inner = "\ufffd" if cp == 0 or 0xD800 <= cp <= 0xDFFF else c
        out.append(f'<span class="ctl" title="U+{cp:04X}" data-cp="{escape(_visible(c))}">{inner}</span>')
        last = m.end()
    out.append(html.escape(s[last:], quote=False))
    return "".join(out).replace("\r", "&#13;")


# -- assets, CSP ---------------------------------------------------------------

def _asset(name: str) -> str:
    return resources.files("mtaudit.reports").joinpath("assets", name).read_text(encoding="utf-8")


def _sha256(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


def _page(title: str, body: str, *, css: str, script: str | None = None, lang: str = "en") -> str:
    # Only this page's own style (and script, on the index) may run: an
    # injected <script> or a remote load would be refused even if escaping
    # ever failed.
    csp = (f"default-src 'none'; style-src {_sha256(css)}; "
           f"script-src {_sha256(script) if script else chr(39) + 'none' + chr(39)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="mtaudit">\n',   # folder walks skip our own reports
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n",
        body,
    ]
    if script:
        parts.append(f"<script>{script}</script>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


# -- file names ------------------------------------------------------------------

def page_name(key: str) -> str:
    """A safe, unique file name for a document key: ASCII slug + short hash."""
    ascii_ = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[-60:].strip("-") or "article"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}.html"


def page_names(report) -> dict[int, str]:
    """Document index -> page name, for audited documents (duplicate keys get a suffix)."""
    names: dict[int, str] = {}
    used: set[str] = set()
    for i, d in enumerate(report.documents):
        if d.status != "ok":
            continue
        name = page_name(d.key)
        n = 2
        while name in used:
            name = page_name(f"{d.key}\x00{n}")
            n += 1
        used.add(name)
        names[i] = name
    return names


# -- marks -----------------------------------------------------------------------

def render_marked_text(text: str, findings, titles: list[str] | None = None, *,
                       line_starts: list[int] | None = None, copies: list[tuple[int, int, int]] = ()) -> str:
    """The text with every finding in a <mark>, nested; crossing spans split.

    Finding i (0-based) gets ``data-finding="i+1"``; its first part carries
    ``id="m{i+1}"`` and a link to its details (``#f{i+1}``). Empty spans
    (a point, e.g. an omission) are empty marks. ``line_starts``: an empty
    ``<span class="ln" id="L{n}" data-line="n">`` at the start of each line
    (its number is drawn by CSS, so the text nodes stay the text).
    ``copies``: (start, end, finding index) of the first copies that repeats
    point to, wrapped in ``<span class="first-copy" id="c{i+1}">`` with a
    link back to the repeat's details.
    """
    n = len(text)
    nf = len(findings)
    spans = []
    for i, f in enumerate(findings):
        s = max(0, min(f.start, n))
        e = max(s, min(f.end, n))
        spans.append((s, e, i))
    for k, (cs, ce, fi) in enumerate(copies):
        s = max(0, min(cs, n))
        e = max(s, min(ce, n))
        if e > s:
            spans.append((s, e, nf + k))
    starts: dict[int, list[tuple[int, int]]] = {}
    points: dict[int, list[int]] = {}
    for s, e, i in spans:
        if s == e:
            points.setdefault(s, []).append(i)
        else:
            starts.setdefault(s, []).append((e, i))
    for v in starts.values():
        v.sort(key=lambda t: (-t[0], t[1]))       # longer spans outside
    end_of = {i: e for s, e, i in spans}
    lines = {p: k for k, p in enumerate(line_starts or (), 1) if 0 <= p <= n}
    positions = sorted({0, n, *starts, *points, *(e for _, e, _ in spans), *lines})
    sev = [f.severity.value for f in findings]

    def open_tag(i: int, first: bool) -> str:
        if i >= nf:                       # a first copy
            fi = copies[i - nf][2]
            if first:
                return (f'<span class="first-copy" id="c{fi + 1}" title="first copy: repeated in finding {fi + 1}">'
                        f'<a class="ref back" href="#f{fi + 1}" data-n="{fi + 1}" '
                        f'aria-label="repeated in finding {fi + 1}"></a>')
            return '<span class="first-copy cont">'
        title = f' title="{escape(titles[i])}"' if titles else ""
        if first:
            return (f'<mark id="m{i + 1}" class="sev-{sev[i]}" data-finding="{i + 1}"{title}>'
                    f'<a class="ref" href="#f{i + 1}" data-n="{i + 1}" aria-label="finding {i + 1}"></a>')
        return f'<mark class="sev-{sev[i]} cont" data-finding="{i + 1}"{title}>'

    def close_tag(i: int) -> str:
        return "</span>" if i >= nf else "</mark>"

    out: list[str] = []
    stack: list[int] = []
    prev = 0
    for p in positions:
        if p > prev:
            out.append(escape_text(text[prev:p]))
            prev = p
        closing = [j for j, i in enumerate(stack) if end_of[i] == p]
        if closing:
            k = closing[0]
            reopen = [i for i in stack[k:] if end_of[i] != p]
            out.append("".join(close_tag(i) for i in reversed(stack[k:])))
            del stack[k:]
            for i in reopen:
                out.append(open_tag(i, first=False))
                stack.append(i)
        if p in lines and p < n:
            out.append(f'<span class="ln" id="L{lines[p]}" data-line="{lines[p]}"></span>')
        for i in points.get(p, ()):
            title = f' title="{escape(titles[i])}"' if titles else ""
            out.append(f'<mark id="m{i + 1}" class="sev-{sev[i]} point" data-finding="{i + 1}"{title}>'
                       f'<a class="ref" href="#f{i + 1}" data-n="{i + 1}" aria-label="finding {i + 1}"></a></mark>')
        for e, i in starts.get(p, ()):
            out.append(open_tag(i, first=True))
            stack.append(i)
    out.append("".join(close_tag(i) for i in reversed(stack)))
    return "".join(out)


# -- pieces ------------------------------------------------------------------------

def _fmt_score(score) -> str:
    return "–" if score is None else f"{score:.1f}"


def _counts(findings) -> dict[str, int]:
    c = {s: 0 for s in SEVERITIES}
    for f in findings:
        c[f.severity.value] += 1
    return c


# -- evidence, for a reader ------------------------------------------------------------
# The JSON report keeps each check's raw evidence; a page says it in short
# labelled sentences. Keys a reader cannot use (offsets, parser labels,
# morphological features, internal scores) are left to the JSON.

_HIDDEN = {"also", "morph", "pos", "dependency", "conjuncts", "indefinite_feminine",
           "noun_neighbour_share", "similarity_to_conjuncts", "source_languages", "head_features_from",
           "weekday_by_year", "kind", "unit_index", "signature",
           # MT402's dates in its internal notation: the quote and "Source: «…»" show them as written.
           "source_date", "target_date"}
_HIDDEN_SUFFIXES = ("_start", "_end", "_morph", "_offset", "_index", "_id")

_LABELS = {
    "language": "Language found", "pieces": "Glued words", "probability": "Detector's confidence",
    "sentences": "Sentences", "word_share": "Words in that language", "whole_paragraph": "Extent",
    "lemma": "Dictionary form", "lexicon": "Dictionary says", "determiner": "After",
    "head": "Attached to", "nearest_words": "Closest in meaning", "similarity_to_sentence":
    "Fit with the sentence (0–1)", "year": "Year", "corpus_frame": "Years seen in the corpus",
    "corpus_latest_year": "Latest year in the corpus", "reference_year": "Reference year (now)",
    "document_years": "Other years in the article", "exact": "Repeat", "unit": "Repeated unit",
    "first_text": "First copy", "variants": "Spellings", "scope": "Where", "event_words": "Event words",
    "elsewhere": "Elsewhere", "mentions_with_this_year": "Mentions with this year",
    "mentions_with_other_years": "Mentions with another year", "source_number": "In the source",
    "target_number": "In the translation",
    "chrf": "Round-trip chrF (0–100)", "bleu": "Round-trip BLEU (0–100)",
    "back_translation": "Back-translation", "round_trip": "Round trip", "names": "Names",
    "lost_words": "Words lost", "observed_ratio": "Length ratio here", "expected_ratio": "Usual ratio",
    "source_chars": "Source length (characters)", "target_chars": "Translation length (characters)",
    "min_probability": "Lowest token probability", "unsure_tokens": "Unsure words",
    "noun": "Noun", "noun_number": "Noun's number", "determiner_number": "Determiner's number",
    "feature": "Disagreeing feature", "fact": "Known fact", "fact_date": "Known date",
    "written": "Written", "written_weekday": "Weekday written", "actual_weekday": "Actual weekday",
    "years_with_that_weekday": "Years where that weekday fits", "context_years": "Years nearby",
    "occurrences_here": "Occurrences here", "similarity": "Similarity (0–1)", "words": "Words",
    "differs": "What differs", "source_missing": "Source",
}


def _plain(v: Any) -> str | None:
    """A value as a short phrase, or None when it is not one (left to the JSON)."""
    if v is None or v == [] or v == {}:
        return None
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".")
    if isinstance(v, (int, str)):
        return str(v)[:300]
    if isinstance(v, (list, tuple)) and all(isinstance(x, (str, int, float)) for x in v):
        return ", ".join(_plain(x) or "" for x in v[:12]) + (", …" if len(v) > 12 else "")
    if isinstance(v, dict) and all(isinstance(x, (str, int, float, bool)) for x in v.values()):
        return ", ".join(f"{k} ({_plain(x)})" for k, x in list(v.items())[:12])
    return None


def _special(key: str, v: Any, f, d) -> str | None:
    """Sentences for the evidence that reads badly as a bare value."""
    if key == "words" and isinstance(v, list) and v and all(isinstance(w, dict) for w in v):
        lang = (f.evidence or {}).get("language") or "the source language"
        out = []
        for w in v[:8]:
            if "word" in w and "source_zipf" in w and "target_zipf" in w:
                out.append(f"«{w['word']}» is common in {lang} ({_plain(w['source_zipf'])}) but rare in "
                           f"{d.language or 'the target'} ({_plain(w['target_zipf'])})")
        return ("; ".join(out) + " (word frequency, Zipf scale: 1 rare, 7 very common)") if out else None
    if key == "words" and isinstance(v, int):
        return f"{v} words"
    if key == "whole_paragraph":
        return "the whole paragraph" if v else "part of the paragraph"
    if key in ("probability", "word_share") and isinstance(v, (int, float)):
        return f"{round(100 * v)} %"
    if key == "corpus_frame" and isinstance(v, (list, tuple)) and len(v) == 2:
        return f"{v[0]}–{v[1]}"
    if key == "exact":
        return "exact" if v else "the same up to quotes, case or spacing"
    if key == "pieces" and isinstance(v, list):
        return " + ".join(str(x) for x in v)
    if key == "scope":
        return {"document": "in this article", "corpus": "across the corpus"}.get(str(v), str(v))
    if key == "first_text":
        start = (f.evidence or {}).get("first_start")
        if isinstance(start, int) and d.line_starts:
            line, _ = d.line_col(start)
            return f'<a href="#c{{n}}">line {line}</a>: «{escape(str(v)[:200])}»'
        return None
    if key == "elsewhere" and isinstance(v, list):
        items = [f"{e.get('document')}: «{e.get('text')}» ({e.get('year')})" for e in v[:5] if isinstance(e, dict)]
        return "; ".join(items) + (" …" if len(v) > 5 else "") if items else None
    return None


def evidence_sentences(f, d, n: int) -> list[tuple[str, str]]:
    """(label, HTML) pairs saying a finding's evidence to a reader; n: its number on the page."""
    out = []
    for key, v in (f.evidence or {}).items():
        if key in _HIDDEN or key.endswith(_HIDDEN_SUFFIXES):
            continue
        label = _LABELS.get(key, key.replace("_", " ").capitalize())
        special = _special(key, v, f, d)
        if key == "first_text" and special is not None:
            out.append((label, special.replace("{n}", str(n))))      # already escaped, with its link
            continue
        text = special if special is not None else _plain(v)
        if text is not None:
            out.append((label, escape(text)))
    return out


def _evidence_html(f, d, n: int) -> str:
    rows = evidence_sentences(f, d, n)
    if not rows:
        return ""
    return ('<dl class="evidence">' + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
            + "</dl>")


def _also(items) -> str:
    lis = []
    for a in items:
        if not isinstance(a, dict):
            continue
        lis.append(f'<li><span class="badge sev-{escape(a.get("severity"))}">{escape(a.get("severity"))}</span> '
                   f'<code>{escape(a.get("check"))}</code> {escape(a.get("category"))}: {escape(a.get("message"))}</li>')
    return f'<ul class="also">{"".join(lis)}</ul>' if lis else ""


def _finding_details(d, i: int, f, names: dict[str, str], open_: bool) -> str:
    line, col = d.line_col(f.start)
    new_badge = ""
    if d.new is not None:
        new_badge = (' <span class="badge">new</span>' if d.new[i]
                     else ' <span class="badge old">in baseline</span>')
    parts = [
        f'<li><details id="f{i + 1}" class="finding sev-{f.severity.value}{"" if is_new(d, i) else " old"}"'
        f'{" open" if open_ else ""}>',
        f'<summary><a href="#m{i + 1}">#{i + 1}</a> <span class="badge sev-{f.severity.value}">{f.severity.value}</span> '
        f'<code>{escape(f.check)}</code> {escape(names.get(f.check, ""))} · {escape(f.category)}'
        + (f' · <a class="meta" href="#L{line}">line {line}</a><span class="meta">, col {col}</span>'
           if d.text is not None else f' · <span class="meta">line {line}, col {col}</span>')
        + f'{new_badge}</summary>',
    ]
    where = d.location(f)
    if where is not None:       # extracted text: the place in the original file
        from . import location_label
        at = ", ".join(x for x in (location_label(where), "line {}{}".format(
            where["line"], f", col {where['column']}" if "column" in where else "")
            if "line" in where else f"col {where['column']}" if "column" in where else "") if x)
        parts.append(f'<p class="meta">In the original file: {escape(at)}</p>')
    if f.text:
        parts.append(f'<p class="quote">«{escape(f.text[:500])}{"…" if len(f.text) > 500 else ""}»</p>')
    parts.append(f"<p>{escape(f.message)}</p>")
    if f.suggestion:
        parts.append(f'<p class="suggestion">Suggestion: {escape(f.suggestion)}</p>')
    if f.source_text is not None:
        parts.append(f'<p class="meta">Source: «{escape(f.source_text[:500])}»</p>')
    parts.append(_evidence_html(f, d, i + 1))
    also = (f.evidence or {}).get("also")
    if isinstance(also, list) and also:
        parts.append('<p class="meta">Also flagged here:</p>' + _also(also))
    parts.append("</details></li>")
    return "".join(parts)


def _mark_title(f, names) -> str:
    name = names.get(f.check, "")
    return f"{f.check} {name} [{f.severity.value}]: {f.message}"[:300]


def _sentences_table(d) -> str:
    rows = []
    for n, s in enumerate(d.sentences or (), 1):
        low = " score-bad" if s.chrf is not None and s.chrf < 50 else ""
        rows.append(f"<tr><td class=\"num\">{n}</td><td>{escape(s.text)}</td><td>{escape(s.back_translation)}</td>"
                    f"<td>{escape(s.round_trip)}</td><td class=\"num{low}\">{escape(_num(s.chrf))}</td></tr>")
    return ('<div class="scroll"><table class="sentences"><thead><tr><th class="num">#</th><th>Sentence</th>'
            '<th>Back-translation</th><th>Round trip</th><th class="num">chrF</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div>")


def _num(x) -> str:
    if x is None:
        return "–"
    try:
        return f"{float(x):.1f}"
    except (TypeError, ValueError):
        return str(x)


# -- article page --------------------------------------------------------------------

def _copies(d) -> list[tuple[int, int, int]]:
    """(start, end, finding index) of the first copy each repeat names."""
    out = []
    for i, f in enumerate(d.findings):
        ev = f.evidence or {}
        s, e = ev.get("first_start"), ev.get("first_end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e:
            out.append((s, e, i))
    return out


def _nav(pages: list[tuple[str, str]], here: int) -> str:
    """← all articles, and the previous and next article in the index's order."""
    parts = ['<a href="index.html">← All articles</a>']
    if here > 0:
        key, name = pages[here - 1]
        parts.append(f'<a rel="prev" href="{name}">‹ Previous: <bdi>{escape(key)}</bdi></a>')
    if here + 1 < len(pages):
        key, name = pages[here + 1]
        parts.append(f'<a rel="next" href="{name}">Next: <bdi>{escape(key)}</bdi> ›</a>')
    parts.append(f'<span class="meta">article {here + 1} of {len(pages)}</span>')
    return '<nav class="pager">' + " ".join(parts) + "</nav>"


def run_header(report, written_at: str) -> str:
    """When, on what, with which settings, version and model the audit ran;
    a loud banner when the model is the tests' random-weight one."""
    st = report.settings or {}
    inputs = st.get("inputs") or []
    shown_inputs = ", ".join(str(x) for x in inputs[:5]) + (f" and {len(inputs) - 5} more" if len(inputs) > 5 else "")
    settings = [f"target language {st.get('target_lang') or 'detected'}"]
    if st.get("source_lang"):
        settings.append(f"source language {st['source_lang']}")
    gate = report.gate
    if gate is not None:
        settings.append(f"fail on {gate.fail_on}")
        if gate.min_score is not None:
            settings.append(f"minimum score {gate.min_score:g}")
    if st.get("select"):
        settings.append("only " + ", ".join(st["select"]))
    if st.get("disable"):
        settings.append("without " + ", ".join(st["disable"]))
    if st.get("severity"):
        settings.append("severity " + ", ".join(f"{k}={v}" for k, v in st["severity"].items()))
    model = report.model
    if model and model.get("models"):
        used = "; ".join(f"{pair}: {m.get('id')} ({m.get('backend')}, {m.get('dtype')})"
                         for pair, m in sorted(model["models"].items()))
        model_text = f"{used}; pivot {model.get('pivot')}"
    else:
        model_text = "none (model checks MT5xx not run)"
    rows = [("Audited", written_at), ("Inputs", shown_inputs or "–"), ("Settings", "; ".join(settings)),
            ("mtaudit", report.version or "?"), ("Model", model_text)]
    out = ['<dl class="run">' + "".join(f"<div><dt>{k}</dt><dd>{escape(v)}</dd></div>" for k, v in rows)
           + "</dl>"]
    if model and model.get("test_model"):
        out.append('<p class="test-model" role="alert"><strong>Test model.</strong> The translation model '
                   "of this audit is a random-weight test model: its back-translations and the MT5xx "
                   "findings are noise. Never use this report as a real audit.</p>")
    return "".join(out)


def _fuzzy_html(d) -> str:
    entries = getattr(d, "fuzzy", None) or []
    if not entries:
        return ""
    lis = "".join(f'<li><a href="#L{e.get("line")}">line {escape(e.get("line"))}</a>: '
                  f'<code>{escape(str(e.get("id"))[:200])}</code></li>' for e in entries[:500])
    return (f'<section id="fuzzy"><h2>Fuzzy entries ({len(entries)})</h2><p class="note">Marked fuzzy by a '
            f'translator (needing review); audited like the others.</p><ul>{lis}</ul></section>\n')


def article_page(report, d, names: dict[str, str], css: str, *, pager: str = "", header: str = "") -> str:
    gate = report.gate
    reasons = document_reasons(d, gate.fail_on, gate.min_score, gate.errors_fail) if gate else []
    counts = _counts(d.findings)
    legend = " ".join(f'<span class="badge sev-{s}">{counts[s]} {s}</span>' for s in SEVERITIES)
    verdict = (f'<span class="verdict fail">fails the gate: {escape("; ".join(reasons))}</span>' if reasons
               else '<span class="verdict pass">passes the gate</span>')
    head = (
        '<body class="article">\n<header class="top">'
        + (pager or '<nav class="pager"><a href="index.html">← All articles</a></nav>')
        + f"<h1>{escape(d.key)}</h1>"
        f'<p class="meta">language {escape(d.language or "?")}'
        + (f" · source {escape(d.source_language)}" if d.source_language else "")
        + f" · {d.words} words · score <strong>{_fmt_score(d.score)}</strong> / 100 · {verdict}</p>"
        + _estimates_line(d)
        + f'<p class="meta">{legend}</p>{header}</header>\n<main>\n'
    )
    open_ = len(d.findings) <= OPEN_DETAILS_UP_TO
    findings_html = "".join(_finding_details(d, i, f, names, open_) for i, f in enumerate(d.findings))
    if d.text is not None:
        titles = [_mark_title(f, names) for f in d.findings]
        lang = f' lang="{escape(d.language)}"' if d.language else ""
        text_html = (f'<div class="text" id="text"{lang}>'
                     f"{render_marked_text(d.text, d.findings, titles, line_starts=d.line_starts or [0], copies=_copies(d))}"
                     "</div>")
    else:
        text_html = ('<p class="note">The article text was not kept in this report '
                     "(the CLI keeps it when html is among the formats; from Python, "
                     "audit with keep_text=True).</p>")
    body = [
        head,
        '<div class="layout">\n<section><h2>Text</h2>\n',
        (f'<p class="note">The text as audited ({escape(d.text_kind)} from the {escape(d.format)} file); '
         "each finding gives its place in the original file.</p>" if d.text_kind not in ("file", "record")
         else ""), text_html, "</section>\n",
        f'<aside class="findings"><h2>Findings ({len(d.findings)})</h2>',
        f"<ol>{findings_html}</ol>" if d.findings else '<p class="note">No findings.</p>',
        "</aside>\n</div>\n",
        _fuzzy_html(d),
    ]
    if pager:
        body.append(f'<footer class="pager-bottom">{pager}</footer>\n')
    if d.sentences:
        cons = d.consistency or {}
        extra = ""
        if cons:
            extra = (f'<p class="meta">Round-trip consistency: chrF {escape(_num(cons.get("chrf")))}'
                     f', BLEU {escape(_num(cons.get("bleu")))}</p>')
        body.append(f"<section><h2>Back-translation</h2>{extra}{_sentences_table(d)}</section>\n")
    if d.source:
        body.append('<section><h2>Source</h2><details><summary>Show the source text</summary>'
                    f'<div class="text"{_lang(d.source_language)}>{escape_text(d.source)}</div></details></section>\n')
    body.append("</main>\n")
    body.append(_footer(report))
    return _page(f"{d.key} – mtaudit", "".join(body), css=css)


def _estimates_line(d) -> str:
    """What the score counts in place of a check's findings: its model's
    expected error words."""
    if not d.estimates:
        return ""
    parts = ", ".join(f"{escape(code)} {v:.1f}" for code, v in sorted(d.estimates.items()))
    return (f'<p class="meta">expected error words, counted in the score in place of their '
            f'check\'s findings: {parts}</p>')


def _lang(code) -> str:
    return f' lang="{escape(code)}"' if code else ""


def _footer(report) -> str:
    return (f'<footer>mtaudit {escape(report.version)} · scores: 100 × (1 − weighted errors per word) '
            "(critical 25, major 5, minor 1; info by its stated probability; a model's expected "
            "error words in place of its findings)</footer>\n")


# -- index ---------------------------------------------------------------------------

HIST_BINS = 10


def histogram_svg(scores: list[float]) -> str:
    """Scores 0–100 in ten bins ([0,10) … [90,100]) as an inline SVG bar chart."""
    counts = [0] * HIST_BINS
    for s in scores:
        counts[min(HIST_BINS - 1, max(0, int(s // 10)))] += 1
    w, h, left, bottom, top = 600, 200, 30, 24, 14
    bw = (w - left - 10) / HIST_BINS
    peak = max(counts) or 1
    label = "Score distribution: " + ", ".join(
        f"{i * 10}–{i * 10 + 10}: {c}" for i, c in enumerate(counts))
    out = [f'<svg class="hist" viewBox="0 0 {w} {h}" role="img" aria-label="{escape(label)}" '
           f'xmlns="http://www.w3.org/2000/svg">']
    out.append(f'<line class="axis" x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}"/>')
    for i, c in enumerate(counts):
        bh = (h - bottom - top) * c / peak
        x = left + i * bw + 2
        y = h - bottom - bh
        hi = 100 if i == HIST_BINS - 1 else i * 10 + 10
        out.append(f'<g><title>{i * 10}–{hi}: {c} article(s)</title>'
                   f'<rect class="bar" data-bin="{i}" data-count="{c}" x="{x:.1f}" y="{y:.1f}" '
                   f'width="{bw - 4:.1f}" height="{bh:.1f}"/>'
                   + (f'<text x="{x + (bw - 4) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{c}</text>' if c else "")
                   + f'<text x="{left + i * bw:.1f}" y="{h - 8}" text-anchor="middle">{i * 10}</text></g>')
    out.append(f'<text x="{left + HIST_BINS * bw:.1f}" y="{h - 8}" text-anchor="middle">100</text></svg>')
    return "".join(out)


def _index_page(report, pages: dict[int, str], css: str, script: str, header: str = "") -> str:
    s = report.summary()
    gate = report.gate
    docs = [(i, d) for i, d in enumerate(report.documents) if d.status == "ok"]
    errors = [d for d in report.documents if d.status != "ok"]
    docs.sort(key=lambda t: (t[1].score if t[1].score is not None else 101.0, t[1].key))
    baseline = any(d.new is not None for _, d in docs)
    passed = gate.passed if gate else True
    verdict = ('<span class="verdict pass">Gate passed</span>' if passed
               else '<span class="verdict fail">Gate failed</span>')
    bar = f"fail on {escape(gate.fail_on)}" if gate else ""
    if gate and gate.min_score is not None:
        bar += f", minimum score {gate.min_score:g}"
    body = [
        '<body class="index">\n<header class="top"><h1>mtaudit report</h1>'
        f'<p class="meta">{verdict} ({bar})</p>{header}</header>\n<main>\n',
        '<dl class="cards">',
        *(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in (
            ("articles", s["audited"]), ("errors", s["errors"]), ("words", s["words"]),
            ("findings", sum(s["findings"].values())), ("corpus score", _fmt_score(s["score"])))),
        "</dl>\n",
    ]
    if gate and gate.reasons:
        lis = "".join(f"<li>{escape(r)}</li>" for r in gate.reasons[:200])
        more = f"<li>… and {len(gate.reasons) - 200} more</li>" if len(gate.reasons) > 200 else ""
        body.append(f'<section><h2>Why the gate failed</h2><ul class="gate-reasons">{lis}{more}</ul></section>\n')
    for w in report.warnings:
        body.append(f'<p class="note">Warning: {escape(w)}</p>\n')
    # counts and chart
    sev_rows = "".join(f'<tr><td><span class="badge sev-{k}">{k}</span></td><td class="num">{v}</td></tr>'
                       for k, v in s["findings"].items())
    cat_rows = "".join(f'<tr><td>{escape(k)}</td><td class="num">{v}</td></tr>'
                       for k, v in sorted(s["by_category"].items(), key=lambda kv: (-kv[1], kv[0])))
    body.append(
        '<div class="grid2">'
        f'<section><h2>By severity</h2><table id="by-severity"><tbody>{sev_rows}</tbody></table></section>'
        '<section><h2>By category</h2><table id="by-category"><tbody>'
        f'{cat_rows or "<tr><td class=note>no findings</td></tr>"}</tbody></table></section>'
        f'<section><h2>Scores</h2>{histogram_svg([d.score for _, d in docs if d.score is not None])}</section>'
        "</div>\n")
    # filters: hidden until the script shows them
    cats = sorted(s["by_category"])
    body.append(
        '<section><h2>Articles</h2>'
        '<form id="filters" class="filters" hidden>'
        '<label>Severity <select name="severity"><option value="">any</option>'
        + "".join(f'<option value="{v}">{v}</option>' for v in SEVERITIES)
        + '</select></label> <label>Category <select name="category"><option value="">any</option>'
        + "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in cats)
        + '</select></label> <button type="reset">Show all</button> <output id="shown"></output></form>')
    head = ('<tr><th>Article</th><th>Lang</th><th class="num">Words</th>'
            + "".join(f'<th class="num">{v}</th>' for v in SEVERITIES)
            + ('<th class="num">New</th>' if baseline else "") + '<th class="num">Score</th></tr>')
    rows = []
    for i, d in docs:
        c = _counts(d.findings)
        tokens = " ".join(sorted({f"{f.severity.value}/{f.category}" for f in d.findings}))
        cells = "".join(f'<td class="num sev-{k}{" zero" if c[k] == 0 else ""}">{c[k]}</td>' for k in SEVERITIES)
        new = ""
        if baseline:
            new = f'<td class="num">{sum(d.new) if d.new is not None else len(d.findings)}</td>'
        reasons = document_reasons(d, gate.fail_on, gate.min_score, gate.errors_fail) if gate else []
        score_cls = ' score-bad' if reasons else ""
        rows.append(f'<tr data-findings="{escape(tokens)}"><td><a href="{pages[i]}"><bdi>{escape(d.key)}</bdi></a></td>'
                    f'<td>{escape(d.language or "?")}</td><td class="num">{d.words}</td>{cells}{new}'
                    f'<td class="num{score_cls}">{_fmt_score(d.score)}</td></tr>')
    body.append(f'<div class="scroll"><table id="article-table"><thead>{head}</thead><tbody>{"".join(rows)}'
                '</tbody></table></div>'
                '<p id="no-match" class="note" hidden>No article matches this filter.</p>'
                + ("" if docs else '<p class="note">No article was audited.</p>') + "</section>\n")
    if errors:
        lis = "".join(f"<li><code><bdi>{escape(d.key)}</bdi></code>: {escape(d.error)}</li>" for d in errors)
        body.append(f'<section id="errors"><h2>Inputs that could not be audited ({len(errors)})</h2>'
                    f'<ul class="errors">{lis}</ul></section>\n')
    if report.checks:
        crow = "".join(f'<tr><td><code>{escape(c.get("code"))}</code></td><td>{escape(c.get("name"))}</td>'
                       f'<td><span class="badge sev-{escape(c.get("severity"))}">{escape(c.get("severity"))}</span></td>'
                       f'<td>{escape(c.get("category"))}</td><td>{escape(c.get("description"))}</td></tr>'
                       for c in report.checks)
        body.append('<section><h2>Checks that ran</h2><div class="scroll"><table id="checks"><thead><tr><th>Code</th>'
                    '<th>Name</th><th>Severity</th><th>Category</th><th>Description</th></tr></thead>'
                    f"<tbody>{crow}</tbody></table></div></section>\n")
    body.append("</main>\n")
    body.append(_footer(report))
    return _page("mtaudit report", "".join(body), css=css, script=script)


def index_order(report) -> list[int]:
    """Audited documents in the index's order: worst score first, then by key."""
    docs = [(i, d) for i, d in enumerate(report.documents) if d.status == "ok"]
    docs.sort(key=lambda t: (t[1].score if t[1].score is not None else 101.0, t[1].key))
    return [i for i, _ in docs]


def write(report, directory, *, written_at: str | None = None) -> None:
    """Write index.html and one page per audited article into ``directory``."""
    from datetime import datetime, timezone
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    css = _asset("report.css")
    script = _asset("filter.js")
    names = check_names(report)
    pages = page_names(report)
    when = written_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = run_header(report, when)
    order = index_order(report)
    ordered = [(report.documents[i].key, pages[i]) for i in order]
    for k, i in enumerate(order):
        _write(out / pages[i], article_page(report, report.documents[i], names, css,
                                            pager=_nav(ordered, k), header=header))
    _write(out / "index.html", _index_page(report, pages, css, script, header))


def _write(path: Path, content: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content)
