"""Reading speed of the structured input formats: HTML pages, Word documents,
SRT subtitles and TMX memories, generated here (French text of our own),
read by mtaudit's readers (extraction and the map to original locations; no
checks). Prints files/s, MB/s and the peak RSS.

    python benchmarks/formats.py --files 200 --paragraphs 40
"""
from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

# This folder holds translate.py, which would shadow translate-toolkit's
# ``translate`` package (the TMX reader's).
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from mtaudit.config import Config
from mtaudit.corpus import read_file

SENTENCES = [
    "La ville de Lyon a inauguré mardi un pont de 200 mètres au-dessus du Rhône.",
    "Le chantier a duré trois ans et a coûté 45 millions d'euros à la métropole.",
    "Les cyclistes et les piétons pourront l'emprunter dès la semaine prochaine.",
    "La maire a salué le travail des ouvriers venus de toute la région.",
]


def paragraphs(n: int) -> list[str]:
    return [f"{SENTENCES[i % 4]} {SENTENCES[(i + 1) % 4]} (paragraphe {i + 1})" for i in range(n)]


def page(ps: list[str]) -> str:
    menu = "".join(f"<li><a href='/r{i}'>Rubrique {i}</a></li>" for i in range(30))
    body = "\n".join(f"<p>{p}</p>" for p in ps)
    return (f"<!DOCTYPE html><html lang='fr'><head><title>Article</title><script>var x=1;</script>"
            f"</head><body><nav><ul>{menu}</ul></nav><article><h1>Un pont pour Lyon</h1>\n{body}"
            f"</article><footer><p>© Journal. Tous droits réservés.</p></footer></body></html>")


def docx_bytes(ps: list[str]) -> bytes:
    import docx
    d = docx.Document()
    for p in ps:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def srt(ps: list[str]) -> str:
    out = []
    for i, p in enumerate(ps):
        half = len(p) // 2
        cut = p.rfind(" ", 0, half)
        for k, part in enumerate((p[:cut], p[cut + 1:])):
            n = 2 * i + k
            out.append(f"{n + 1}\n00:{n // 30:02d}:{(n % 30) * 2:02d},000 --> "
                       f"00:{n // 30:02d}:{(n % 30) * 2 + 1:02d},500\n{part}\n")
    return "\n".join(out)


def tmx(ps: list[str]) -> str:
    units = "".join(f'<tu tuid="u{i}"><tuv xml:lang="en"><seg>Paragraph {i + 1}.</seg></tuv>'
                    f'<tuv xml:lang="fr"><seg>{p}</seg></tuv></tu>\n' for i, p in enumerate(ps))
    return (f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" '
            f'segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="b" '
            f'creationtoolversion="1"/><body>\n{units}</body></tmx>')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--paragraphs", type=int, default=40)
    args = ap.parse_args()
    ps = paragraphs(args.paragraphs)
    makers = {".html": lambda: page(ps).encode(), ".docx": lambda: docx_bytes(ps),
              ".srt": lambda: srt(ps).encode(), ".tmx": lambda: tmx(ps).encode()}
    cfg = Config().validate()
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, make in makers.items():
            data = make()
            paths = []
            for i in range(args.files):
                p = Path(tmp) / f"f{i}{suffix}"
                p.write_bytes(data)
                paths.append(p)
            t, cpu = time.perf_counter(), time.process_time()
            chars = 0
            for p in paths:
                for doc in read_file(p, str(p), cfg):
                    assert doc.ok, doc.error
                    chars += len(doc.text)
            dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
            mb = len(data) * args.files / 1e6
            # CPU time too: on a shared machine the wall clock includes waiting.
            print(f"{suffix:6} {args.files} files of {len(data) / 1000:.1f} KB: {dt:.2f} s wall, "
                  f"{dcpu:.2f} s CPU ({1000 * dcpu / args.files:.1f} ms CPU a file, {mb / dcpu:.2f} MB/s CPU), "
                  f"{chars // args.files} characters each")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
