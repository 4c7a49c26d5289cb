"""Subtitles: SRT (the ``srt`` package) and WebVTT (``webvtt-py``).

A cue is a unit. The file is cut into blocks at blank lines and each block
is parsed on its own by the format's parser, so a cue with a broken timing
line becomes an error entry of its own (``cue at line 14``) and the other
cues are kept. WebVTT ``NOTE``, ``STYLE`` and ``REGION`` blocks are not text.

The audited text (``text_kind`` = ``cues``) joins the cues' lines with
spaces, and consecutive cues into one paragraph while a sentence runs on:
a cue that does not end a sentence (no final . ! ? …) is joined to the next
when that one starts in lower case or with a digit, when it ends on a short
lower-case word (la, de, et...) or on a comma, semicolon or dash, or when
both sides carry the "..." continuation mark (see :func:`continues`). A new paragraph starts
otherwise, so sentences that cross cues are checked as sentences while
headings and speakers' turns stay apart. Markup (``<i>``, ``<v Name>``,
``{\\an8}``) is dropped and entities decoded.

Each finding's location gives its cue (the SRT number, or the cue's rank in
a WebVTT file, plus its identifier), the cue's start and end times, and the
line and column in the file where the flagged text starts.

With ``--source-dir``, the source file of the same name is read the same way
and its cues are paired with the target's paragraphs by time: each source
cue goes to the target paragraph its time overlaps most (see
:func:`pair_by_time`).
"""
from __future__ import annotations

import html as htmllib
import re
from array import array
from dataclasses import dataclass

from ..document import Document, OriginMap, OriginSpan
from ..segments import line_starts
from .align import align_pairs
from .decode import decode

_MARKUP = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*$")
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})$")


@dataclass
class Cue:
    number: int                   # SRT index, or rank in a WebVTT file
    ident: str | None             # WebVTT identifier
    start: float                  # seconds
    end: float
    start_time: str               # as the file writes it
    end_time: str
    text: str                     # visible text, lines joined with spaces
    raw: array                    # offset in the file of each code point of text


@dataclass
class BadCue:
    line: int
    reason: str


def read_srt(path, display, data, config):
    yield from _read(display, data, config, "srt")


def read_vtt(path, display, data, config):
    yield from _read(display, data, config, "vtt")


def _read(display, data, config, fmt):
    text, encoding, error = decode(data)
    if error is not None:
        yield Document(path=display, encoding=encoding, error=error, format=fmt)
        return
    try:
        cues, bad = parse_cues(text, fmt)
    except ValueError as e:       # no WEBVTT signature
        yield Document(path=display, encoding=encoding, format=fmt, error=f"{fmt.upper()}: {e}")
        return
    if cues:
        audited, spans, times = join_cues(cues)
        yield Document(path=display, text=audited, format=fmt, encoding=encoding,
                       source_lang=config.source_lang, target_lang=config.target_lang,
                       text_kind="cues", origins=OriginMap(spans, line_starts(text)),
                       extra={"paragraph_times": times})
    elif not bad:
        yield Document(path=display, encoding=encoding, format=fmt, error=f"{fmt.upper()}: no cues")
    for b in bad:
        yield Document(path=display, id=f"cue at line {b.line}", format=fmt, encoding=encoding,
                       error=f"{fmt.upper()} cue at line {b.line}: {b.reason}")


def parse_cues(text: str, fmt: str) -> tuple[list[Cue], list[BadCue]]:
    """The file's cues, and the blocks that could not be read as cues."""
    blocks = _blocks(text)
    if fmt == "vtt":
        if not blocks or not blocks[0][1][0][1].lstrip("\ufeff").startswith("WEBVTT"):
            raise ValueError("no WEBVTT signature on the first line")
        blocks = blocks[1:]
    cues: list[Cue] = []
    bad: list[BadCue] = []
    for line, lines in blocks:
        first = lines[0][1].strip()
        if fmt == "vtt" and re.match(r"(NOTE|STYLE|REGION)\b", first):
            continue
        try:
            cue = _srt_cue(lines) if fmt == "srt" else _vtt_cue(lines, len(cues) + 1)
        except Exception as e:   # the parsers' own errors, and ours
            bad.append(BadCue(line, _reason(e)))
            continue
        if cue.text:
            cues.append(cue)
    return cues, bad


def _reason(e: Exception) -> str:
    msg = " ".join(str(e).split())
    return msg[:200] if msg else type(e).__name__


def _blocks(text: str) -> list[tuple[int, list[tuple[int, str]]]]:
    """Blocks separated by blank lines: (first line number, [(offset, line)])."""
    out: list[tuple[int, list[tuple[int, str]]]] = []
    current: list[tuple[int, str]] = []
    first = 0
    starts = line_starts(text)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        line = text[start:end].rstrip("\r\n")
        if line.strip():
            if not current:
                first = k + 1
            current.append((start, line))
        elif current:
            out.append((first, current))
            current = []
    if current:
        out.append((first, current))
    return out


def _srt_cue(lines) -> Cue:
    import srt
    timing = next((i for i, (_, s) in enumerate(lines) if "-->" in s), None)
    if timing is None or timing > 1:
        raise ValueError("no timing line (expected NUMBER, then START --> END)")
    block = "\n".join(s for _, s in lines) + "\n"
    try:
        subs = list(srt.parse(block))
    except (srt.SRTParseError, ValueError) as e:
        raise ValueError(f"malformed number or timing line: {lines[timing][1].strip()[:80]}") from e
    if len(subs) != 1:
        raise ValueError(f"{len(subs)} cues in one block")
    sub = subs[0]
    if sub.end < sub.start:
        raise ValueError(f"the cue ends before it starts: {lines[timing][1].strip()}")
    visible, raw = _visible(lines[timing + 1:])
    return Cue(sub.index, None, sub.start.total_seconds(), sub.end.total_seconds(),
               srt.timedelta_to_srt_timestamp(sub.start), srt.timedelta_to_srt_timestamp(sub.end),
               visible, raw)


def _vtt_cue(lines, rank: int) -> Cue:
    import webvtt
    timing = next((i for i, (_, s) in enumerate(lines) if "-->" in s), None)
    if timing is None or timing > 1:
        raise ValueError("no timing line (expected START --> END)")
    block = "\n".join(s for _, s in lines)
    captions = webvtt.from_string("WEBVTT\n\n" + block + "\n").captions
    if len(captions) != 1:
        raise ValueError(f"malformed timing line: {lines[timing][1].strip()[:80]}")
    c = captions[0]
    start, end = _seconds(c.start), _seconds(c.end)
    if end < start:
        raise ValueError(f"the cue ends before it starts: {lines[timing][1].strip()[:80]}")
    visible, raw = _visible(lines[timing + 1:])
    return Cue(rank, lines[0][1].strip() if timing == 1 else None, start, end, c.start, c.end,
               visible, raw)


def _seconds(stamp: str) -> float:
    m = _TIME.match(stamp.strip())
    if not m:
        raise ValueError(f"bad timestamp {stamp!r}")
    h, mi, s, ms = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mi * 60 + s + ms / 1000


def _visible(lines) -> tuple[str, array]:
    """A cue's text lines without markup, joined with spaces, and the file
    offset of each code point (a decoded entity points at its "&")."""
    chars: list[str] = []
    raw = array("l")
    for offset, line in lines:
        piece: list[tuple[str, int]] = []
        pos = 0
        for m in re.finditer(f"{_MARKUP.pattern}|{_ENTITY.pattern}", line):
            piece.extend((c, offset + pos + k) for k, c in enumerate(line[pos:m.start()]))
            if m.group().startswith("&"):
                piece.extend((c, offset + m.start()) for c in htmllib.unescape(m.group()))
            pos = m.end()
        piece.extend((c, offset + pos + k) for k, c in enumerate(line[pos:]))
        while piece and piece[0][0].isspace():
            piece.pop(0)
        while piece and piece[-1][0].isspace():
            piece.pop()
        if not piece:
            continue
        if chars:
            chars.append(" ")
            raw.append(piece[0][1])
        for c, o in piece:
            chars.append(c)
            raw.append(o)
    return "".join(chars), raw


# A cue ending on a lower-case word this short (an article, a preposition,
# a conjunction: "la", "de", "et", "du", "à", "the", "of") runs on; a title or
# a sentence seldom ends on one. Measured with benchmarks/subtitle_sentences.py:
# joining after any lower-case word rebuilt more of our own articles'
# sentences but fewer of NTREX's, and joined 8 of our 10 titles to the next
# paragraph (1 of 10 at this length).
_SHORT_WORD = 3


def continues(prev: str, nxt: str) -> bool:
    """Whether the sentence of cue ``prev`` runs on into cue ``nxt``: not
    after final punctuation, nor into a new speaker's dash; yes after a
    comma, semicolon, colon or dash, into a cue that starts in lower case or
    with a digit, or when ``prev`` ends on a short lower-case word
    ("présidente de la" / "Fédération française.")."""
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return False
    if p.endswith(("...", "…")) and n.startswith(("...", "…")):
        return True
    if _ENDS_SENTENCE.search(p) or n.startswith(("-", "–", "—")):
        return False
    if p[-1] in ",;:-–—":
        return True
    first = next((c for c in n if c.isalnum()), "")
    if first.islower() or first.isdigit():
        return True
    last = re.findall(r"[^\W\d_]+", p)
    return bool(last) and last[-1].islower() and len(last[-1]) <= _SHORT_WORD


def join_cues(cues: list[Cue]):
    """Audited text, one OriginSpan per cue, and each paragraph's (start, end) time."""
    parts: list[str] = []
    spans: list[OriginSpan] = []
    times: list[tuple[float, float]] = []
    offset = 0
    for i, cue in enumerate(cues):
        if i and continues(cues[i - 1].text, cue.text):
            parts.append(" ")
            times[-1] = (times[-1][0], max(times[-1][1], cue.end))
        else:
            if i:
                parts.append("\n")
            times.append((cue.start, cue.end))
        offset += 1 if i else 0
        where = {"cue": cue.number, "start_time": cue.start_time, "end_time": cue.end_time}
        if cue.ident:
            where["cue_id"] = cue.ident
        spans.append(OriginSpan(offset, offset + len(cue.text), where, cue.raw))
        parts.append(cue.text)
        offset += len(cue.text)
    return "".join(parts), spans, times


def pair_by_time(doc: Document, source_text: str, fmt: str) -> str | None:
    """Give a subtitle document its source: the source file's cues, each
    assigned to the target paragraph whose time overlaps it most (a source
    cue overlapping none goes to the nearest one in time), then one
    alignment per target paragraph. Returns why it could not, or None."""
    try:
        cues, _ = parse_cues(source_text, fmt)
    except ValueError as e:
        return str(e)
    times = doc.extra.get("paragraph_times") or []
    paragraphs = doc.text.split("\n")
    if not cues:
        return "no readable cues"
    if len(times) != len(paragraphs):
        return "the target's cue times are unknown"
    assigned: list[list[str]] = [[] for _ in paragraphs]
    for cue in cues:
        def score(k):
            a, b = times[k]
            overlap = min(b, cue.end) - max(a, cue.start)
            return overlap if overlap > 0 else -min(abs(a - cue.end), abs(cue.start - b))
        assigned[max(range(len(times)), key=score)].append(cue.text)
    source, target, aligns = align_pairs([(" ".join(s), t) for s, t in zip(assigned, paragraphs)])
    if target != doc.text:
        return "the target's paragraphs could not be rebuilt"
    doc.source, doc.alignments = source, aligns
    return None
