"""Measures by type and scope, changes and places of the GBA report, on hand-written sentences and facts."""

import handmade
import pytest
from handmade import plain

from analysis.report import gba_health_reforms as reforms
from analysis.report import measures, strands, timeline


@pytest.mark.parametrize(
    "sentence,places,kind,scope",
    [
        (
            "Residents of Macao can now use 12 clinics in Zhuhai with their medical insurance.",
            ["Macao", "Zhuhai"],
            "insurance and payment",
            "cross-border",
        ),
        (
            "The city trained 300 family doctors for its community health centres.",
            [],
            "primary care and family doctors",
            "domestic",
        ),
        (
            "Hong Kong-registered drugs can be used in 20 designated hospitals.",
            [],
            "cross-border access and recognition",
            "cross-border",
        ),
        ("Vaccination and dengue screening reached 80% of villages.", [], "public health", "domestic"),
    ],
)
def test_measure_type_and_scope(sentence, places, kind, scope):
    assert measures.measure_type(sentence) == kind
    assert ("cross-border" if measures.is_cross_border(sentence, places) else "domestic") == scope


def test_a_sentence_without_measure_words_is_no_measure():
    assert measures.measure_type("The weather was fine.") is None


def test_measures_of_the_hand_made_facts():
    ms = measures.measures(handmade.facts())
    got = sorted((m.doc_id, m.kind, m.scope) for m in ms)
    assert ("delta_border_clinics", "insurance and payment", "cross-border") in got
    df = measures.by_type(ms)
    assert list(df.columns) == ["type", "cross-border", "domestic", "measures", "articles"]
    assert df["measures"].sum() == len(ms)


def test_changes_are_shown_as_changes():
    r = handmade.report("03-gba-health-reforms", focus="all")
    rows = reforms.change_rows(r, strands.scope(r).facts, 10)
    assert [(plain(x["what"]), x["before"], x["after"], x["change"]) for x in rows] == [
        ("waiting time for referrals", "30 days", "7 days", "-77%")
    ]


def test_place_chart_counts_figures_by_their_one_place():
    fig, data = reforms.place_chart(handmade.facts(), 10)
    assert data.to_dict(orient="records") == [{"place": "Greater Bay Area", "jurisdiction": "unknown", "figures": 1}]


def test_periods_group_years_when_there_are_many():
    evs = [
        {"date": d, "doc_id": "a", "start": i, "end": i + 1, "fact_id": str(i)}
        for i, d in enumerate(["2001", "2003-05", "2010", "2011", "2019-12-01"])
    ]
    assert [(p, len(es)) for p, es in timeline.periods(evs, 10)] == [
        ("2001", 1),
        ("2003", 1),
        ("2010", 1),
        ("2011", 1),
        ("2019", 1),
    ]
    assert [(p, len(es)) for p, es in timeline.periods(evs, 2)] == [("2001–2010", 3), ("2011–2020", 2)]
