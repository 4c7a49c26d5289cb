"""The seeds' named spans (README, first example) stay flagged when the seed
articles come as an HTML page, a Word document and SRT subtitles, each at
its right place in the original file. The files are built here, at test
time, from the repository's seeds/ folder: one paragraph (or cue) per line."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from mtaudit.pipeline import audit

from conftest import SEEDS

SEED_000 = next(SEEDS.glob("000_*.txt"))
SEED_004 = next(SEEDS.glob("004_*.txt"))


def seed_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def as_html(lines: list[str]) -> str:
    out = ['<!DOCTYPE html>', '<html lang="fr">', '<head><meta charset="utf-8"><title>Actualités</title>',
           '<script>var analytics = "pas du texte";</script></head>', '<body>',
           '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>',
           '<article>']
    first = True
    for line in lines:
        if line.strip():
            tag = "h1" if first else "p"
            out.append(f"<{tag}>{html.escape(line, quote=False)}</{tag}>")
            first = False
    out += ["</article>", "<footer><p>© 2024 Le Journal. Tous droits réservés.</p></footer>",
            "</body></html>", ""]
    return "\n".join(out)


def as_docx(lines: list[str], path: Path) -> None:
    import docx
    d = docx.Document()
    for line in lines:              # every line a paragraph, empty ones too
        d.add_paragraph(line)
    d.save(str(path))


def as_srt(lines: list[str]) -> str:
    cues = []
    for n, line in enumerate((x for x in lines if x.strip()), 1):
        cues.append(f"{n}\n00:00:{(n - 1) * 4:02d},000 --> 00:00:{(n - 1) * 4 + 3:02d},500\n{line}\n")
    return "\n".join(cues)


def line_col_in(raw: str, needle: str) -> tuple[int, int]:
    at = raw.index(needle)
    return raw.count("\n", 0, at) + 1, at - (raw.rfind("\n", 0, at) + 1) + 1


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds_as_files")
    raws = {}
    for seed in (SEED_000, SEED_004):
        lines = seed_lines(seed)
        stem = seed.stem
        raws[f"{stem}.html"] = as_html(lines)
        raws[f"{stem}.srt"] = as_srt(lines)
        as_docx(lines, folder / f"{stem}.docx")
    for name, raw in raws.items():
        (folder / name).write_text(raw, encoding="utf-8")
    report = audit([str(folder)], use_model=False)
    docs = {Path(d.path).name: d for d in report.documents}
    assert all(d.status == "ok" for d in docs.values()), {k: d.error for k, d in docs.items()}
    return docs, raws


def finding(doc, check, starts):
    found = [f for f in doc.findings if f.check == check and f.text.startswith(starts)]
    assert found, (check, starts, [(f.check, f.text[:40]) for f in doc.findings])
    return found[0]


# (check, the flagged text starts with, seed line)
SPANS_000 = [("MT101", "paktaPertahantik", 1), ("MT104", "artisanales", 9), ("MT102", "The English", 11)]


def repeated_headline(lines: list[str]) -> tuple[str, int]:
    """The seed 004 headline's repetition: its text and line (the README's
    MT301 finding, line 3)."""
    return lines[2], 3


@pytest.mark.parametrize("suffix", [".html", ".docx", ".srt"])
def test_seed_000_spans_flagged_at_their_original_place(audited, suffix):
    docs, raws = audited
    doc = docs[SEED_000.stem + suffix]
    lines = seed_lines(SEED_000)
    cue_of = {n: k for k, n in enumerate((i for i, x in enumerate(lines, 1) if x.strip()), 1)}
    for check, starts, seed_line in SPANS_000:
        f = finding(doc, check, starts)
        loc = doc.location(f)
        if suffix == ".docx":      # paragraph N is line N of the seed, same column
            column = lines[seed_line - 1].index(starts) + 1
            assert loc == {"part": "body", "paragraph": seed_line, "column": column}
            continue
        raw = raws[SEED_000.stem + suffix]
        needle = html.escape(starts, quote=False)
        assert (loc["line"], loc["column"]) == line_col_in(raw, needle), (check, loc)
        if suffix == ".srt":
            assert loc["cue"] == cue_of[seed_line]
            assert loc["start_time"] == f"00:00:{(cue_of[seed_line] - 1) * 4:02d},000"


@pytest.mark.parametrize("suffix", [".html", ".docx", ".srt"])
def test_seed_004_repeated_headline_flagged_at_its_original_place(audited, suffix):
    docs, raws = audited
    doc = docs[SEED_004.stem + suffix]
    lines = seed_lines(SEED_004)
    text, seed_line = repeated_headline(lines)
    f = finding(doc, "MT301", text[:20])
    assert f.text == text.strip()
    loc = doc.location(f)
    if suffix == ".docx":
        assert loc == {"part": "body", "paragraph": seed_line, "column": 1}
        return
    raw = raws[SEED_004.stem + suffix]
    marker = {".html": "<p>", ".srt": "\n"}[suffix]
    at = raw.index(marker + html.escape(text, quote=False) if suffix == ".html" else
                   "00:00:07,500\n" + text) + len(marker if suffix == ".html" else "00:00:07,500\n")
    expected = (raw.count("\n", 0, at) + 1, at - (raw.rfind("\n", 0, at) + 1) + 1)
    assert (loc["line"], loc["column"]) == expected
    if suffix == ".srt":
        assert loc["cue"] == 2
