"""MT406 on pairs written for these tests: lengths are compared in English
characters, so Latin names inside Chinese or Japanese text do not make a
faithful translation look cut."""
from conftest import run_check

from mtaudit.checks.length_ratio import LengthRatio, english_length
from mtaudit.document import Alignment
from mtaudit.findings import Severity


def audit(source, target, sl, tl):
    return run_check(LengthRatio, target, lang=tl, source=source, source_lang=sl,
                     alignments=[Alignment(0, len(source), 0, len(target))])


def test_latin_names_in_chinese_keep_their_length():
    assert english_length("特朗普", "zh") > 3 * len("特朗普") - 1
    assert english_length("Trump", "zh") == len("Trump")
    assert english_length("Le président", "fr") < len("Le président")


def test_chinese_with_latin_names_is_not_short():
    source = "霍莉·威洛比（Holly Willoughby）退出价值1100万英镑的交易后，皮特·琼斯（Peter Jones）非常愤怒。"
    target = "Peter Jones was furious after Holly Willoughby pulled out of an £11 million deal."
    assert [f for f in audit(source, target, "zh", "en") if f.severity.rank > 0] == []


def test_chinese_translation_cut_short_is_found():
    source = "霍莉·威洛比（Holly Willoughby）退出价值1100万英镑的交易后，皮特·琼斯（Peter Jones）非常愤怒，并表示将在下周召开董事会讨论此事。"
    found = audit(source, "Peter Jones.", "zh", "en")
    assert [f.check for f in found] == ["MT406"] and found[0].category == "omission"
    assert found[0].severity == Severity.MAJOR
