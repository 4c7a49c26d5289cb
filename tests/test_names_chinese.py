"""MT403 for a Chinese source: names the source quotes in Latin letters,
and transcriptions the translation does not render. Pairs written for
these tests, each replaced name with its correct twin."""
from conftest import run_check

from mtaudit.checks.entity_missing import EntityMissing


def above_info(source, target, sl="zh", tl="en"):
    return [f for f in run_check(EntityMissing, target, lang=tl, source=source, source_lang=sl)
            if f.severity.rank > 0]


# -- a word of a Latin-spelt name replaced beside a word kept -----------------------

def test_a_word_of_a_latin_spelt_name_replaced_by_a_common_word():
    # "Navy" is a common word, no rare name come: the kept "Blemmings"
    # anchors the place where "Bob" stood.
    src = "Det Insp Bob Blemmings 表示，该建筑的大门以及建筑本体在昨天晚上遭到了严重损坏。"
    found = above_info(src, "Det Insp Navy Blemmings said serious damage was caused to the gates and the "
                            "building itself last night.")
    assert found and found[0].evidence["names"] == ["Bob"]
    assert found[0].evidence["translation_names"] == ["Navy"]
    assert above_info(src, "Det Insp Bob Blemmings said serious damage was caused to the gates and the "
                           "building itself last night.") == []


def test_a_first_name_of_a_latin_spelt_name_replaced_by_a_name():
    src = "BBC Scotland 的记者昨天晚上在 Tony Macaroni 球场报道了这场精彩比赛的全部过程和赛后的采访。"
    assert above_info(src, "The BBC Scotland reporter covered the whole match at the Charlotte Macaroni "
                           "Arena last night, and the interviews after it.")
    assert above_info(src, "The BBC Scotland reporter covered the whole match at the Tony Macaroni "
                           "Arena last night, and the interviews after it.") == []


def test_a_latin_spelt_name_written_out_or_respelt_is_not_replaced():
    # Titles written out ("Insp" -> "Inspector") and a slip of spelling
    # ("Miler"/"Miller") are the same name.
    src = "Det Insp Bob Blemmings 表示，这支球队的主教练自上个月更换掉 Kenny Miler 以来还未尝到失败的滋味。"
    assert above_info(src, "Detective Inspector Bob Blemmings said the coach has not lost since replacing "
                           "Kenny Miller last month.") == []
