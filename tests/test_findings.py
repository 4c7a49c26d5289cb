from hypothesis import given, settings, strategies as st

from mtaudit.findings import Finding, Severity, _same_span, merge_findings


def _naive_merge(findings):
    """Reference: compare each finding with every kept one (quadratic)."""
    ordered = sorted(findings, key=lambda f: (-f.severity.rank, f.start, f.check))
    kept, merged_into = [], {}
    for f in ordered:
        for k in kept:
            if _same_span(k, f):
                merged_into[id(f)] = id(k)
                break
        else:
            kept.append(f)
    return sorted((f.start, f.end, f.check) for f in kept), merged_into


spans = st.tuples(st.integers(0, 400), st.sampled_from([1, 2, 3, 5, 9, 30, 70, 150]),
                  st.sampled_from(["MT101", "MT103", "MT501", "MT102"]),
                  st.sampled_from(list(Severity)))


@settings(max_examples=150, deadline=None)
@given(st.lists(spans, max_size=40))
def test_merge_matches_the_quadratic_reference(items):
    def build():
        return [Finding(c, "fluency", sev, s, s + n, "x" * n, "m") for s, n, c, sev in items]
    expected, _ = _naive_merge(build())
    got = merge_findings(build())
    assert sorted((f.start, f.end, f.check) for f in got) == expected
    # Nothing is lost: every finding is kept or listed under one kept finding.
    assert len(got) + sum(len(f.evidence.get("also", [])) for f in got) == len(items)


def test_same_span_findings_fold_with_the_worst_leading():
    a = Finding("MT103", "fluency", "minor", 10, 20, "x" * 10, "unattested")
    b = Finding("MT101", "untranslated", "major", 10, 20, "x" * 10, "untranslated",
                suggestion="translate it")
    c = Finding("MT102", "wrong-language", "critical", 0, 200, "x" * 200, "paragraph")
    out = merge_findings([a, b, c])
    assert [f.check for f in out] == ["MT102", "MT101"]   # a word is not its paragraph
    word = out[1]
    assert word.severity is Severity.MAJOR
    assert [x["check"] for x in word.evidence["also"]] == ["MT103"]


def test_fingerprint_ignores_offsets_and_other_paragraphs():
    text = "Premier paragraphe.\nLe mot fautif est ici.\nDernier."
    f = Finding("MT101", "untranslated", "major", 27, 33, "fautif", "m").with_context(text)
    moved = "Un ajout.\n" + text.replace("Dernier.", "Dernier, modifié.")
    g = Finding("MT101", "untranslated", "major", 37, 43, "fautif", "m").with_context(moved)
    assert moved[37:43] == "fautif"
    assert f.fingerprint("a.txt") == g.fingerprint("a.txt")
    assert f.fingerprint("a.txt") != f.fingerprint("b.txt")
