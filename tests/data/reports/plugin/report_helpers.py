"""Shared helpers for the report tests: small French articles and audits of them."""
from __future__ import annotations

from pathlib import Path

from mtaudit.findings import Finding
from mtaudit.report import DocumentReport, Gate, Report

PLUGIN_DIR = Path(__file__).resolve().parent

# A clean article: no test finding at all.
CLEAN = ("Le gouvernement a annoncé mardi une réforme des retraites. Les syndicats "
         "ont réagi vivement à cette annonce.\n\nLa ministre du Travail recevra les "
         "partenaires sociaux la semaine prochaine.\n")

# Four misspellings (critical, major, info, minor), a sentence holding them
# (info, nested marks) and a point before "Enfin" (info, empty span).
BAD = ("Le gouvernemnt a anoncé mardii une réformme des retraites qui suscite la colère.\n"
       "Les syndicats ont réagi vivement.\n\n"
       "Enfin, la ministre recevra les partenaires sociaux la semaine prochaine.\n")

# Only a minor misspelling.
MINOR_ONLY = ("La réformme des retraites sera débattue au Parlement au printemps. "
              "Les députés de la majorité la soutiennent.\n")

TEST_CODES = ["MT990", "MT991"]


def audit_files(paths, **kw):
    from mtaudit import audit
    kw.setdefault("use_model", False)
    kw.setdefault("select", TEST_CODES)
    kw.setdefault("target_lang", "fr")
    return audit([str(p) for p in paths], **kw)


def doc_report(text: str, findings: list[Finding], *, path="a.txt", id=None, score=None,
               status="ok", error=None, language="fr") -> DocumentReport:
    """A DocumentReport built by hand (edge cases: overlaps, hostile text...)."""
    from mtaudit.document import Document
    from mtaudit.scoring import score_document
    doc = Document(path=path, text=text, id=id)
    for f in findings:
        f.text = text[f.start:f.end]
        f.with_context(text)
    s = score_document(doc.word_count if status == "ok" else 0, findings)
    d = DocumentReport(path=path, id=id, status=status, error=error, format="text",
                       language=language if status == "ok" else None, source_language=None,
                       encoding="utf-8", words=doc.word_count if status == "ok" else 0,
                       penalty=s.penalty, score=(s.score if score is None else score) if status == "ok" else None,
                       findings=findings if status == "ok" else [],
                       fingerprints=[f.fingerprint(doc.key) for f in findings] if status == "ok" else [],
                       text=text if status == "ok" else None,
                       line_starts=doc.line_starts)
    return d


def finding(start, end, severity="major", check="MT990", category="fluency", message="msg", **kw) -> Finding:
    return Finding(check=check, category=category, severity=severity, start=start, end=end,
                   text="", message=message, **kw)


def make_report(docs: list[DocumentReport], fail_on="critical", min_score=None, errors_fail=True) -> Report:
    from mtaudit.gate import evaluate
    checks = [{"code": "MT990", "name": "test-misspelt-word", "category": "fluency", "severity": "major",
               "description": "Test check: a listed misspelling."},
              {"code": "MT991", "name": "test-sentence-with-misspelling", "category": "grammar",
               "severity": "info", "description": "Test check: a sentence holding a listed misspelling."}]
    r = Report(documents=docs, gate=Gate(fail_on, min_score, errors_fail), checks=checks,
               settings={}, version="test")
    r.gate = evaluate(r, fail_on, min_score, errors_fail)
    return r
