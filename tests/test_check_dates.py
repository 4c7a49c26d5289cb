"""Date checks: MT201 impossible-date, MT202 year-out-of-timeframe,
MT203 inconsistent-event-date, MT204 contradicts-known-fact."""
from __future__ import annotations

from conftest import run_check, run_checks_corpus

from mtaudit.checks.contradicts_known_fact import ContradictsKnownFact
from mtaudit.checks.impossible_date import ImpossibleDate
from mtaudit.checks.inconsistent_event_date import InconsistentEventDate
from mtaudit.checks.year_out_of_timeframe import YearOutOfTimeframe
from mtaudit.config import Config
from mtaudit.facts import Fact
from mtaudit.findings import Severity

CFG = Config(reference_year=2025)

# A clean news article of our own, with many legitimate dates, weekdays,
# historical years, numbers, quotes and a repeated short phrase.
CLEAN = """Le tramway de Montpellier prolongé jusqu'à la mer

Montpellier, le mardi 4 mars 2025. La ligne 5 du tramway a été inaugurée samedi 1er mars, après trois ans de travaux et 412 millions d'euros d'investissement.
Le projet avait été lancé en septembre 2021 par la métropole, qui compte 3 200 habitants de plus chaque année depuis 2015.
La première ligne de la ville, ouverte le 30 juin 2000, transporte aujourd'hui 130 000 voyageurs par jour, soit 12 % de plus qu'en 2019.
« C'est un grand jour. » Le maire l'a répété deux fois : « C'est un grand jour. »
Dès 1845, la gare Saint-Roch accueillait les premiers trains ; la guerre de 1914-1918 avait interrompu un projet de tramway électrique.
Les travaux de la ligne 6 commenceront en janvier 2027, pour une mise en service prévue en 2030.
Le vendredi 28 février, la circulation avait été coupée entre 9 h 00 et 18 h 30."""


def _serious(findings):
    return [(f.check, f.text, f.message) for f in findings if f.severity != Severity.INFO]


def test_clean_article_gets_nothing_above_info_from_any_date_check():
    facts = [Fact("Ouverture de la ligne 1", 2000, 6, 30, (("ligne",), ("ouvert",)), 2)]
    for check in (ImpossibleDate, YearOutOfTimeframe, InconsistentEventDate, ContradictsKnownFact):
        assert _serious(run_check(check, CLEAN, config=CFG, facts=facts)) == [], check.code


# -- MT201 -----------------------------------------------------------------

def test_weekday_mismatch_is_reported_with_the_real_weekday():
    text = "Le conseil s'est réuni le jeudi 6 mars 2025 à Rennes."   # a Thursday: fine
    assert run_check(ImpossibleDate, text, config=CFG) == []
    text = "Le conseil s'est réuni le lundi 6 mars 2025 à Rennes."
    (f,) = run_check(ImpossibleDate, text, config=CFG)
    assert f.text == "lundi 6 mars 2025"
    assert f.evidence == {"written_weekday": "Monday", "actual_weekday": "Thursday", "year": 2025}


def test_days_that_do_not_exist():
    text = ("La vente a eu lieu le 30 février. Le rapport du 31 avril a été publié. "
            "Le formulaire daté du 13/13/2024 a été rejeté. Le 29 février 2023, rien.")
    found = run_check(ImpossibleDate, text, config=CFG)
    assert [f.text for f in found] == ["30 février", "31 avril", "13/13/2024", "29 février 2023"]
    assert all(f.severity == Severity.MAJOR for f in found)


def test_yearless_weekday_checked_against_the_article_years():
    # The article is about 2025 (and may spill into the next year): a
    # "lundi 6 mars" fits neither 2025 (Thursday) nor 2026 (Friday).
    text = ("Le budget 2025 a été adopté en janvier 2025. "
            "Le vote final a eu lieu le lundi 6 mars à l'Assemblée.")
    (f,) = run_check(ImpossibleDate, text, config=CFG)
    assert f.text == "lundi 6 mars"
    assert f.severity == Severity.MINOR
    assert f.evidence["context_years"] == [2025]
    # "jeudi 6 mars" fits 2025: nothing.
    assert run_check(ImpossibleDate, text.replace("lundi", "jeudi"), config=CFG) == []


def test_yearless_29_february_fits_a_leap_year_in_context():
    # A partnership signed "in July 2023", a meeting on Thursday 29 February:
    # 2024 is a leap year and 29 February 2024 was a Thursday, so nothing.
    text = ("Le partenariat, signé en juillet 2023, couvre onze domaines. "
            "Les deux ministres se sont rencontrés jeudi 29 février à Séoul.")
    assert run_check(ImpossibleDate, text, config=Config(reference_year=2024)) == []
    # In a 2021-2022 context no 29 February exists.
    text2 = ("Le partenariat, signé en juillet 2021, couvre onze domaines. "
             "Les deux ministres se sont rencontrés le 29 février à Séoul.")
    (f,) = run_check(ImpossibleDate, text2, config=Config(reference_year=2022))
    assert f.text == "29 février" and f.severity == Severity.MINOR


def test_yearless_dates_without_any_year_in_the_article_are_left_alone():
    assert run_check(ImpossibleDate, "Rendez-vous le lundi 6 mars et le 29 février.", config=CFG) == []


def test_other_languages_use_their_own_names():
    (f,) = run_check(ImpossibleDate, "Die Sitzung fand am Montag, 6. März 2025 statt.", lang="de",
                     config=CFG)
    assert f.text == "Montag, 6. März 2025"
    (f,) = run_check(ImpossibleDate, "Rapat digelar pada Senin, 6 Maret 2025.", lang="id", config=CFG)
    assert f.text == "Senin, 6 Maret 2025"


# -- MT202 -----------------------------------------------------------------

ARTICLE_2024 = """La sécheresse frappe les vignobles de l'Hérault

Les vendanges de 2024 sont les plus faibles depuis trente ans, selon la chambre d'agriculture.
La sécheresse a commencé en mars 2010, a indiqué le préfet, et les nappes n'ont jamais retrouvé leur niveau.
En août 2024, la préfecture avait limité l'irrigation des vignes.
La sécheresse touche aussi les communes voisines, où l'eau potable est livrée par camion depuis juillet 2024.
Les viticulteurs réclament un plan d'aide contre la sécheresse avant la fin de 2024."""


def test_lone_far_year_for_the_article_topic_is_flagged():
    (f,) = run_check(YearOutOfTimeframe, ARTICLE_2024, config=CFG)
    assert f.text == "mars 2010"
    assert f.start == ARTICLE_2024.index("mars 2010")
    assert f.severity == Severity.MINOR
    assert f.evidence["year"] == 2010
    assert 2024 in f.evidence["document_years"]


def test_a_year_near_the_frame_or_a_historical_reference_is_not_flagged():
    near = ARTICLE_2024.replace("mars 2010", "mars 2022")
    assert run_check(YearOutOfTimeframe, near, config=CFG) == []
    history = ARTICLE_2024.replace(
        "La sécheresse a commencé en mars 2010, a indiqué le préfet,",
        "Depuis la grande sécheresse de mars 1976, jamais la région n'avait eu si soif,")
    assert run_check(YearOutOfTimeframe, history, config=CFG) == []
    anniversary = ARTICLE_2024.replace(
        "La sécheresse a commencé en mars 2010, a indiqué le préfet,",
        "Il y a quatorze ans, en mars 2010, une sécheresse avait déjà frappé la région,")
    assert run_check(YearOutOfTimeframe, anniversary, config=CFG) == []


def test_a_side_remark_on_another_topic_is_not_flagged():
    text = ARTICLE_2024.replace("La sécheresse a commencé en mars 2010",
                                "Le préfet, nommé en mars 2010 à Nîmes, a parlé")
    assert run_check(YearOutOfTimeframe, text, config=CFG) == []


def test_a_past_event_after_the_reference_year_is_major():
    text = "Le pont a été inauguré en mai 2031, a rappelé le maire. Le budget 2024 est voté."
    (f,) = run_check(YearOutOfTimeframe, text, config=CFG)
    assert f.text == "mai 2031" and f.severity == Severity.MAJOR


def test_the_corpus_frame_dates_an_article_without_years():
    texts = {
        "a.txt": ("Le ministre a visité l'usine de batteries en octobre 2024. "
                  "L'usine emploie 800 personnes depuis janvier 2024."),
        "b.txt": ("La grève des dockers paralyse le port. La grève a commencé en mars 2016, "
                  "selon les syndicats. Les dockers votent la poursuite de la grève lundi."),
    }
    out = run_checks_corpus(YearOutOfTimeframe, texts, config=CFG)
    assert out["a.txt"] == []
    (f,) = out["b.txt"]
    assert f.text == "mars 2016"
    assert f.evidence["document_years"] == [] and f.evidence["corpus_latest_year"] == 2024
    # Alone, the article has no frame to compare with: nothing.
    assert run_check(YearOutOfTimeframe, texts["b.txt"], config=CFG) == []


# -- MT203 -----------------------------------------------------------------

def test_one_event_with_two_years_across_the_corpus():
    texts = {
        "a.txt": "Les exportations ont chuté depuis la fermeture de la raffinerie de Donges en avril 2023.",
        "b.txt": "Les salariés manifestent contre la fermeture de la raffinerie de Donges en avril 2023.",
        "c.txt": "La ville a perdu 400 emplois avec la fermeture de la raffinerie de Donges en avril 2013.",
    }
    out = run_checks_corpus(InconsistentEventDate, texts)
    assert out["a.txt"] == [] and out["b.txt"] == []
    (f,) = out["c.txt"]
    assert f.text == "avril 2013"
    assert f.severity == Severity.MAJOR
    assert {e["document"] for e in f.evidence["elsewhere"]} == {"a.txt", "b.txt"}


def test_a_tie_flags_the_later_mention_as_minor():
    texts = {
        "a.txt": "La fermeture de la raffinerie de Donges en avril 2023 a coûté 400 emplois.",
        "b.txt": "La fermeture de la raffinerie de Donges en avril 2013 a coûté 400 emplois.",
    }
    out = run_checks_corpus(InconsistentEventDate, texts)
    assert out["a.txt"] == []
    (f,) = out["b.txt"]
    assert f.severity == Severity.MINOR


def test_recurring_or_different_events_are_not_confused():
    texts = {
        # An article that names both years knows of two events.
        "a.txt": ("L'élection présidentielle de novembre 2020 et l'élection présidentielle "
                  "de novembre 2024 ont mobilisé les électeurs."),
        "b.txt": "L'élection présidentielle de novembre 2024 a été serrée.",
        # Different words around the same month: different events.
        "c.txt": "Le salon du livre de Nantes en novembre 2019 a attiré 20 000 visiteurs.",
    }
    out = run_checks_corpus(InconsistentEventDate, texts)
    assert all(fs == [] for fs in out.values())


# -- MT204 -----------------------------------------------------------------

VIADUC = Fact("Inauguration du viaduc de Millau", 2004, 12, 14,
              (("viaduc",), ("inaugur",)), 2)


def test_a_date_that_contradicts_the_facts_file():
    text = ("Le viaduc de Millau, inauguré le 14 décembre 2014, a accueilli son "
            "cent-millionième véhicule en 2024.")
    (f,) = run_check(ContradictsKnownFact, text, facts=[VIADUC])
    assert f.text == "14 décembre 2014"
    assert f.start == text.index("14 décembre 2014")
    assert f.evidence["differs"] == ["year"] and f.evidence["fact_date"] == "2004-12-14"
    assert f.severity == Severity.MAJOR


def test_a_matching_date_or_a_far_date_is_not_flagged():
    ok = "Le viaduc de Millau, inauguré le 14 décembre 2004, a accueilli son cent-millionième véhicule en 2024."
    assert run_check(ContradictsKnownFact, ok, facts=[VIADUC]) == []
    # Only one keyword near the date: not about the inauguration.
    other = "Le viaduc de Millau a été fermé par le vent le 3 janvier 2024."
    assert run_check(ContradictsKnownFact, other, facts=[VIADUC]) == []
    # No facts file: nothing to compare.
    assert run_check(ContradictsKnownFact, ok.replace("2004", "2014")) == []


def test_a_month_that_contradicts_a_fact_with_a_month_only():
    fact = Fact("Grève des dockers", 2011, 3, None, (("grev",), ("docker",)), 2)
    text = "La grève des dockers de juin 2011 a duré trois semaines."
    (f,) = run_check(ContradictsKnownFact, text, facts=[fact])
    assert f.text == "juin 2011" and f.evidence["differs"] == ["month"]


def test_the_corpus_frame_seen_from_one_document_matches_a_direct_count():
    import random
    import statistics

    from mtaudit.checks.year_out_of_timeframe import _DocFrame, _OtherDocuments
    rng = random.Random(7)
    for _ in range(200):
        frames = {}
        for k in range(rng.randint(1, 8)):
            years = [rng.randint(2015, 2025) for _ in range(rng.randint(0, 4))]
            frames[f"d{k}"] = _DocFrame(years=years, present=max(years) if years else None)
        others = _OtherDocuments(frames)
        for key, frame in frames.items():
            presents = [f.present for k, f in frames.items() if k != key and f.present is not None]
            years = sorted(y for k, f in frames.items() if k != key for y in f.years)
            assert others.latest_year(frame) == (statistics.median_high(presents) if presents else None)
            assert others.span(frame) == ([years[0], years[-1]] if years else None)


def test_evidence_lists_a_few_of_many_rival_mentions():
    texts = {f"{i:02d}.txt": "Les salariés ont dénoncé la fermeture de la raffinerie de Donges "
                              "en avril 2023." for i in range(30)}
    texts["z.txt"] = "Les salariés ont dénoncé la fermeture de la raffinerie de Donges en avril 2013."
    out = run_checks_corpus(InconsistentEventDate, texts)
    (f,) = out["z.txt"]
    assert f.evidence["mentions_with_other_years"] == 30
    assert len(f.evidence["elsewhere"]) == InconsistentEventDate.EXAMPLES
    assert [e["document"] for e in f.evidence["elsewhere"]] == [f"{i:02d}.txt" for i in range(10)]


def _reference_event_conflicts(ms, min_shared, examples):
    """MT203's first implementation, mention by mention (quadratic): the
    reference the node-by-node one must match exactly."""
    conflicts, agree = {}, {i: {i} for i in range(len(ms))}
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            a, b = ms[i], ms[j]
            if a.mention.month != b.mention.month:
                continue
            shared = set(a.words) & set(b.words)
            if len(shared) < min_shared or len(shared) * 2 < min(len(a.words), len(b.words)):
                continue
            if a.mention.year == b.mention.year:
                agree[i].add(j)
                agree[j].add(i)
                continue
            if b.mention.year in a.doc_years or a.mention.year in b.doc_years or a.key == b.key:
                continue
            conflicts.setdefault(i, []).append(j)
            conflicts.setdefault(j, []).append(i)
    out = []
    for i, others in sorted(conflicts.items()):
        support = len(agree[i])
        rivals = {k for j in others for k in agree[j]}
        if len(rivals) < support:
            continue
        if len(rivals) == support:
            if not all(j < i for j in others):
                continue
            sev = Severity.MINOR
        else:
            sev = Severity.MAJOR
        out.append((i, sev, min(others), tuple(sorted(rivals)[:examples]), support, len(rivals)))
    return out


def test_event_conflicts_node_by_node_match_the_mention_by_mention_reference():
    import random

    from mtaudit.checks.inconsistent_event_date import _EventMention, event_conflicts
    from mtaudit.dates import DateMention
    rng = random.Random(3)
    vocab = ["grève", "usine", "fermeture", "raffinerie", "élection", "sommet", "accord"]
    seen_findings = 0
    for _ in range(300):
        ms = []
        for i in range(rng.randint(2, 25)):
            year = rng.choice([2013, 2019, 2023])
            # up to 6 words from 7: repeated words make nodes whose own
            # members do not relate to one another
            words = tuple(rng.choice(vocab) for _ in range(rng.randint(2, 6)))
            doc_years = frozenset({year} | ({rng.choice([2013, 2019, 2023])} if rng.random() < 0.2 else set()))
            d = DateMention(0, 10, f"avril {year}", year, rng.choice([4, 4, 5]), None, None, "month-year")
            ms.append(_EventMention(f"d{rng.randint(0, 12)}", d, words, doc_years))
        got = [(c.index, c.severity, c.first_rival, c.examples, c.support, c.rivals)
               for c in event_conflicts(ms, 2, 5)]
        assert got == _reference_event_conflicts(ms, 2, 5)
        seen_findings += len(got)
    assert seen_findings > 50        # the comparison saw real conflicts


# -- MT202: a year far outside the frame -------------------------------------

POOL_2024 = """La nouvelle piscine de Vierzon ouvre ses portes

Le projet de piscine intercommunale a été lancé en 2019 par la communauté de communes.
Les travaux de la piscine ont été achevés en août 1924, a indiqué le maire lors de l'inauguration.
La piscine accueillera les écoles dès septembre 2024, avec un bassin de cinquante mètres.
Le coût de la piscine a atteint 18 millions d'euros, contre 14 prévus au départ."""


def test_a_far_year_for_a_recent_event_of_the_topic_is_major():
    (f,) = run_check(YearOutOfTimeframe, POOL_2024, config=CFG)
    assert f.text == "août 1924"
    assert f.severity == Severity.MAJOR
    assert "100 years before the article's time frame" in f.message
    assert f.evidence["document_years"] == [2019, 2024]


def test_the_right_year_in_the_same_article_is_quiet():
    assert run_check(YearOutOfTimeframe, POOL_2024.replace("août 1924", "août 2024"),
                     config=CFG) == []


def test_history_told_in_the_passe_simple_is_quiet():
    text = POOL_2024.replace(
        "Les travaux de la piscine ont été achevés en août 1924, a indiqué le maire lors de l'inauguration.",
        "La première piscine de la ville fut construite en août 1924 au bord du Cher.")
    assert run_check(YearOutOfTimeframe, text, config=CFG) == []


def test_a_history_piece_with_other_old_years_is_quiet():
    text = """Le pont de pierre de Vierzon a cent ans

Le pont de pierre a remplacé en 1905 le bac qui traversait le Cher.
Le pont a été ouvert à la circulation en août 1924, après trois ans de chantier.
En 1940, une arche du pont a été détruite, puis rebâtie en 1946.
Le pont a été rénové en 2023, et la ville a fêté ses cent ans en août 2024."""
    assert run_check(YearOutOfTimeframe, text, config=CFG) == []


def test_a_run_of_short_years_is_not_an_iso_date():
    text = "La récolte des saisons 1994-95-96 a été la meilleure de la décennie."
    assert run_check(ImpossibleDate, text, config=CFG) == []
    # A real ISO date with an impossible month is still one.
    (f,) = run_check(ImpossibleDate, "Le formulaire est daté du 2024-13-02.", config=CFG)
    assert f.text == "2024-13-02"


def test_an_event_reported_in_the_conditional_past_is_not_dated_by_the_article():
    told = POOL_2024.replace("ont été achevés en août 1924", "auraient été achevés en août 1924")
    assert run_check(YearOutOfTimeframe, told, config=CFG) == []
    # Its indicative twin is (test above): the only change is the mood.
    assert len(run_check(YearOutOfTimeframe, POOL_2024, config=CFG)) == 1
