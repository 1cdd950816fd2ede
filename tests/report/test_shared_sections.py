"""Shared report sections on hand-written facts: dates, rankings, quotes, amounts and themes."""

import handmade
from handmade import MARK

from analysis.ingest import dates
from analysis.report import amounts, entities, people, quotes, select, themes, timeline


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


def test_amount_rows_show_the_one_place_of_each_figure():
    r = handmade.report("03-gba-health-reforms")
    f = handmade.facts()
    rows = amounts.amount_rows(r, f[f["doc_id"] == handmade.D])
    assert [(x["amount"], x["where"], x["when"]) for x in rows] == [  # the one place of each figure, not the
        ("12", "—", "—"),  # places of its sentence: the clinics are in two places
        ("from 30 days to 7 days", "—", "—"),
        ("8.5 million yuan", "—", "—"),
    ]
    g = amounts.amount_rows(r, f[f["doc_id"] == handmade.G])
    assert [(x["amount"], x["where"]) for x in g][:2] == [("45 million yuan", "—"), ("160", "Greater Bay Area")]
    assert all(MARK.fullmatch(x["source"]) for x in rows)


def test_quotes_are_escaped_and_cited():
    r = handmade.report()
    f = handmade.facts()
    rows = quotes.quote_rows(r, f[f["doc_id"] == handmade.G], 10)
    assert [x["speaker"] for x in rows] == ["Helen Marsh", "Liang Wenjie"]
    assert "hospitals &amp; clinics." in rows[1]["quote"]


def test_theme_chart_plots_articles_per_theme():
    fig, data = themes.theme_chart(themes.theme_counts(handmade.facts()), 10)
    assert data.to_dict(orient="list") == {
        "theme": ["international cooperation", "cross border care"],
        "articles": [1, 2],
        "mentions": [1, 2],
    }


def test_timeline_rows_in_date_order():
    r = handmade.report()
    rows = timeline.rows(r, handmade.facts())
    assert [x["date"] for x in rows] == ["15 May 2023", "8 October 2024", "March 2025"]
    assert all(MARK.fullmatch(x["source"]) for x in rows)


def test_merge_parts_keeps_distinct_roles_once_in_first_seen_order():
    assert people.merge_parts(["Mr; vice secretary and director", "Mr", None, ""]) == [
        "Mr",
        "vice secretary and director",
    ]
    assert people.merge_parts(
        ["Professor; Deputy Vice Provost", "Professor; Deputy Vice-Provost and Director of the Institute"]
    ) == ["Professor", "Deputy Vice-Provost and Director of the Institute"]
    assert people.merge_parts(["Dean", "dean;", "President"]) == ["Dean", "President"]
