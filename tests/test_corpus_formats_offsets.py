"""Original locations are exact for generated pages and subtitle files: every
visible character of the audited text points at that same character in the
file (a character decoded from an entity points at its "&")."""
from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtaudit.corpus.html import trace
from mtaudit.corpus.subtitles import join_cues, parse_cues
from mtaudit.segments import line_starts

WORDS = ["Le", "pont", "de", "Lyon", "a", "coûté", "45", "millions", "d’euros", "«", "»", "Été",
         "l'OTAN", "R&D", "3<4", "œuvre", "中文", "🙂", "naïve", "—", "x", "é"]
INLINE = ["", "<b>", "</b>", "<i>", "</i>", "<!-- note -->", "<span class='a'>", "</span>"]

word = st.sampled_from(WORDS)
paragraph = st.lists(word, min_size=1, max_size=12).map(" ".join)


def written(text: str, entities: bool, tags: list[str]) -> str:
    """A paragraph as a page writes it: some characters as entities, inline tags between words."""
    out = []
    for k, w in enumerate(text.split(" ")):
        w = html.escape(w, quote=False)
        if entities:
            w = w.replace("é", "&eacute;").replace("’", "&#8217;")
        out.append(tags[k % len(tags)] + w)
    return " ".join(out)


def check_positions(file_text: str, audited: str, origins) -> None:
    starts = line_starts(file_text)
    for i, c in enumerate(audited):
        if c.isspace():
            continue
        loc = origins.locate(i)
        offset = starts[loc["line"] - 1] + loc["column"] - 1
        assert file_text[offset] == c or file_text[offset] == "&", (i, c, file_text[offset:offset + 8])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=1, max_size=6), st.booleans(),
       st.lists(st.sampled_from(INLINE), min_size=1, max_size=4), st.sampled_from(["\n", "\r\n", " "]))
def test_html_locations_point_at_the_same_character(paragraphs, entities, tags, newline):
    page = newline.join(["<html><head><title>Page</title><script>var pont = 'Lyon';</script></head><body>",
                         *(f"<p>{written(p, entities, tags)}</p>" for p in paragraphs), "</body></html>"])
    origins, fixed = trace(page, paragraphs)
    assert fixed == paragraphs
    check_positions(page, "\n".join(fixed), origins)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(paragraph, min_size=1, max_size=3), min_size=1, max_size=6),
       st.sampled_from(["srt", "vtt"]), st.sampled_from(["\n", "\r\n"]))
def test_subtitle_locations_point_at_the_same_character(cues, fmt, newline):
    blocks = []
    for n, lines in enumerate(cues, 1):
        sep = "," if fmt == "srt" else "."
        timing = f"00:00:{n:02d}{sep}000 --> 00:00:{n:02d}{sep}900"
        text = newline.join(f"<i>{html.escape(line, quote=False)}</i>" if k % 2 else
                            html.escape(line, quote=False) for k, line in enumerate(lines))
        blocks.append(f"{n}{newline}{timing}{newline}{text}" if fmt == "srt" else f"{timing}{newline}{text}")
    file_text = (newline * 2).join((["WEBVTT"] if fmt == "vtt" else []) + blocks) + newline
    parsed, bad = parse_cues(file_text, fmt)
    assert not bad and len(parsed) == len(cues)
    audited, spans, _ = join_cues(parsed)
    from mtaudit.document import OriginMap
    origins = OriginMap(spans, line_starts(file_text))
    assert [c.text for c in parsed] == [" ".join(lines) for lines in cues]
    check_positions(file_text, audited, origins)
