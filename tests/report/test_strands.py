"""Strand of an article from its facts; what a report with a focus covers."""

import handmade
import pytest

from analysis.facts.schema import facts_frame
from analysis.report import strands


@pytest.mark.parametrize(
    "name,is_place,expected",
    [
        ("University of Leeds", False, {"uk"}),
        ("Imperial College London", False, {"uk"}),
        ("NHS England", False, {"uk"}),
        ("Foshan Municipal Health Bureau", False, {"china", "gba"}),
        ("Wuhan University", False, {"china"}),
        ("Northfield University", False, set()),
        ("China-Britain Nursing Exchange", False, {"uk", "china"}),
        ("Sino-British Nursing Alliance", False, {"uk", "china"}),
        ("Westmoor NHS Trust", False, {"uk"}),
        ("Tollan People's Government", False, {"china"}),
        ("Didcot", True, {"uk"}),
        ("Zhuhai", True, {"china", "gba"}),
        ("Greater Bay Area", True, {"gba"}),
        ("United Kingdom", True, {"uk"}),
        ("Xi'an", True, {"china"}),
        ("", True, set()),
    ],
)
def test_name_signals(name, is_place, expected):
    assert strands.name_signals(name, is_place=is_place) == expected


def mini(*rows):
    out = []
    for i, (doc, kind, name) in enumerate(rows):
        r = {"doc_id": doc, "kind": kind, "text": name, "start": 10 * i, "end": 10 * i + 5, "sentence": name}
        r["theme" if kind == "theme" else "name"] = name
        out.append(r)
    return facts_frame(out)


def test_decisions_from_small_tables():
    f = mini(
        ("a", "organization", "University of Leeds"),
        ("a", "place", "Beijing"),
        ("b", "place", "Hong Kong"),
        ("c", "place", "Hong Kong"),
        ("c", "place", "Shenzhen"),
        ("d", "place", "Macao"),
        ("d", "theme", "cross_border_care"),
        ("e", "place", "London"),
    )
    got = {k: d.strand for k, d in strands.classify(["a", "b", "c", "d", "e", "f"], f).items()}
    assert got == {"a": "china_uk", "b": "neither", "c": "gba", "d": "gba", "e": "neither", "f": "neither"}


def test_decisions_on_hand_made_facts_keep_their_evidence():
    decisions = strands.classify([handmade.G, handmade.D], handmade.facts())
    g, d = decisions[handmade.G], decisions[handmade.D]
    assert g.strand == "both"
    assert g.names("uk") == ["Manchester"]
    assert g.names("china") == ["Shenzhen Harbour Hospital", "Shenzhen", "Hong Kong"]
    assert d.strand == "gba"
    assert d.names("uk") == []
    assert strands.focus_docs(decisions, "china_uk") == [handmade.G]
    assert strands.focus_docs(decisions, "gba") == [handmade.D, handmade.G]
    assert strands.focus_docs(decisions, "all") == [handmade.D, handmade.G]


def test_empty_facts_give_neither():
    decisions = strands.classify(["x"], facts_frame([]))
    assert decisions["x"].strand == "neither"
    assert strands.focus_docs(decisions, "gba") == []


def test_scope_filters_articles_and_dates():
    r = handmade.report("02-china-uk-cooperation", date_to="2024-12")
    sc = strands.scope(r)
    assert sc.doc_ids == [handmade.G]
    assert set(sc.facts["doc_id"]) == {handmade.G}
    assert sorted(sc.facts[sc.facts["kind"] == "date"]["date"]) == ["2024-10-08"]
    assert "one of two articles qualifies" in strands.scope_sentence(r, sc)
    assert "13" not in strands.scope_sentence(r, sc) and "December 2024 or earlier" in strands.scope_sentence(r, sc)
