"""Shared report sections on hand-written facts: dates, rankings, quotes, amounts and themes."""

import handmade
from handmade import MARK, marks, plain

from analysis.facts.schema import facts_frame
from analysis.ingest import dates
from analysis.report import amounts, entities, people, places, quotes, select, themes, timeline


def test_in_range_with_partial_dates():
    assert dates.overlaps("2024", "2024-06", "")
    assert not dates.overlaps("2025-03", "", "2024-12")
    assert dates.overlaps("2024-12-31", "", "2024-12")
    assert not dates.overlaps("2019-02-27", "2019-03", "")
    assert dates.overlaps(None, "2020", "2021")
    assert dates.overlaps("2020-05", "", "")


def test_date_filter_keeps_other_kinds():
    f = handmade.facts()
    kept = select.filter_dates(f, "2024", "2024")
    assert sorted(kept[kept["kind"] == "date"]["date"]) == ["2024-10-08"]
    assert len(kept[kept["kind"] != "date"]) == len(f[f["kind"] != "date"])


def test_entity_counts_rank_by_articles_then_mentions_then_name():
    ents = entities.entity_counts(handmade.facts(), "organization")
    assert [(e["name"], e["n_docs"], e["mentions"]) for e in ents] == [
        ("Shenzhen Harbour Hospital", 1, 2),
        ("Westbrook University", 1, 2),
        ("Zhuhai Municipal Health Bureau", 1, 2),
        ("Health Bureau of Macao", 1, 1),
    ]


def test_entities_sentence_and_citation_order():
    r = handmade.report()
    f = handmade.facts()
    f = f[f["doc_id"] == handmade.G]
    s = entities.entities_sentence(r, f, "organization", "organisation", 10)
    assert plain(s) == "The articles name two organisations: Shenzhen Harbour Hospital and Westbrook University."
    assert marks(s) == [1, 1]  # both first named in one sentence: one source entry
    assert entities.entities_sentence(r, f.iloc[0:0], "organization", "organisation", 10) == ""


def test_people_sentence_gives_positions():
    r = handmade.report()
    s = people.people_sentence(r, handmade.facts())
    assert plain(s) == (
        "People named with their position include Chen Meiling (Director, Zhuhai Municipal Health Bureau), "
        "Helen Marsh (Pro-Vice-Chancellor for Global Engagement, Westbrook University) and "
        "Liang Wenjie (President, Shenzhen Harbour Hospital)."
    )


def test_amounts_sentence_and_rows():
    r = handmade.report("03-gba-health-reforms")
    f = handmade.facts()
    d = f[f["doc_id"] == handmade.D]
    s = amounts.amounts_sentence(r, d)
    assert plain(s) == (
        "The articles report three figures, one sum of money among them. The largest sum stated is "
        "8.5 million yuan (cost of the service in its first year). Other figures include 12 clinics open to "
        "Macao residents and from 30 days to 7 days (waiting time for referrals)."
    )
    rows = amounts.amount_rows(r, d)
    assert [(x["amount"], x["where"], x["when"]) for x in rows] == [  # the one place of each figure, not the
        ("12", "—", "—"),  # places of its sentence: the clinics are in two places
        ("from 30 days to 7 days", "—", "—"),
        ("8.5 million yuan", "—", "—"),
    ]
    g = amounts.amount_rows(r, f[f["doc_id"] == handmade.G])
    assert [(x["amount"], x["where"]) for x in g][:2] == [("45 million yuan", "—"), ("160", "Greater Bay Area")]
    assert all(MARK.fullmatch(x["source"]) for x in rows)
    assert amounts.amounts_sentence(r, f.iloc[0:0]) == ""


def test_quotes_are_escaped_and_cited():
    r = handmade.report()
    f = handmade.facts()
    rows = quotes.quote_rows(r, f[f["doc_id"] == handmade.G], 10)
    assert [x["speaker"] for x in rows] == ["Helen Marsh", "Liang Wenjie"]
    assert "hospitals &amp; clinics." in rows[1]["quote"]
    s = quotes.quotes_sentence(r, f)
    assert plain(s).startswith(
        "The articles quote three people in three quotes. The most quoted, Chen Meiling, said: "
        "“Patients should not have to choose"
    )


def test_themes():
    r = handmade.report()
    s = themes.themes_sentence(r, handmade.facts(), 10)
    assert plain(s) == (
        "The articles touch on two themes; the most widespread are cross border care (two articles) and "
        "international cooperation (one article)."
    )
    fig, data = themes.theme_chart(themes.theme_counts(handmade.facts()), 10)
    assert data.to_dict(orient="list") == {
        "theme": ["international cooperation", "cross border care"],
        "articles": [1, 2],
        "mentions": [1, 2],
    }


def test_timeline_sentence_and_chart():
    r = handmade.report()
    f = handmade.facts()
    s = timeline.sentence(r, f[f["doc_id"] == handmade.G])
    assert plain(s) == (
        "The articles date two events in one article, from 8 October 2024 to March 2025. "
        "The earliest: The agreement was signed in Shenzhen. The latest: The first cohort of 40 therapists "
        "begins training."
    )
    fig, data = timeline.chart(f, 10)
    assert data.to_dict(orient="list") == {
        "year": [2023, 2024, 2025],
        "doc_id": [handmade.D, handmade.G, handmade.G],
        "events": [1, 1, 1],
    }
    assert timeline.chart(f.iloc[0:0], 10)[0] is None


def test_place_map_locates_cities_and_lists_the_rest():
    fig, data, missing = places.place_map(handmade.facts(), 10)
    assert list(data["place"]) == ["Hong Kong", "Macao", "Manchester", "Shenzhen", "Zhuhai"]
    assert missing == ["Greater Bay Area", "Hengqin"]
    fig, data, missing = places.place_map(handmade.facts(), 10, focus_region=True)
    assert "Manchester" not in list(data["place"])
    assert places.place_map(facts_frame([]), 10)[0] is None


def test_merge_parts_keeps_distinct_roles_once_in_first_seen_order():
    assert people.merge_parts(["Mr; vice secretary and director", "Mr", None, ""]) == [
        "Mr",
        "vice secretary and director",
    ]
    assert people.merge_parts(
        ["Professor; Deputy Vice Provost", "Professor; Deputy Vice-Provost and Director of the Institute"]
    ) == ["Professor", "Deputy Vice-Provost and Director of the Institute"]
    assert people.merge_parts(["Dean", "dean;", "President"]) == ["Dean", "President"]
