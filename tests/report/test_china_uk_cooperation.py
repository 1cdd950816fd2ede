"""Partnership network and the cooperation report's sentences, on hand-written facts."""

import handmade
from handmade import marks, plain

from analysis.facts.schema import facts_frame
from analysis.report import china_uk_cooperation as cooperation
from analysis.report import partnerships, strands


def test_circular_layout_is_deterministic_and_clockwise_from_the_top():
    pos = cooperation.circular_layout(["a", "b", "c", "d"])
    assert pos["a"] == (0.0, 1.0)
    assert pos["b"] == (1.0, 0.0)
    assert pos["c"] == (0.0, -1.0)
    assert pos["d"] == (-1.0, 0.0)


def test_network_nodes_and_edges():
    nodes, edges = cooperation.network(handmade.facts())
    assert list(nodes["organisation"]) == [
        "Health Bureau of Macao",
        "Shenzhen Harbour Hospital",
        "Westbrook University",
        "Zhuhai Municipal Health Bureau",
    ]
    assert list(nodes["partners"]) == [1, 1, 1, 1]
    assert edges[["a", "b", "partnerships"]].values.tolist() == [
        ["Health Bureau of Macao", "Zhuhai Municipal Health Bureau", 1],
        ["Shenzhen Harbour Hospital", "Westbrook University", 1],
    ]
    fig, data = cooperation.network_chart(nodes, edges, 10)
    assert len(data) == 2 and {"x_a", "y_a", "x_b", "y_b"} <= set(data.columns)


def test_network_of_a_three_party_deal_and_empty_input():
    f = facts_frame(
        [
            {
                "doc_id": "x",
                "kind": "partnership",
                "text": "t",
                "start": 0,
                "end": 1,
                "sentence": "t",
                "parties": ["B Org", "A Org", "C Org", "A Org"],
            }
        ]
    )
    nodes, edges = cooperation.network(f)
    assert edges[["a", "b"]].values.tolist() == [["A Org", "B Org"], ["A Org", "C Org"], ["B Org", "C Org"]]
    assert list(nodes["partners"]) == [2, 2, 2]
    nodes, edges = cooperation.network(facts_frame([]))
    assert len(nodes) == 0 and len(edges) == 0
    assert cooperation.network_chart(nodes, edges, 10)[0] is None


def test_summary_of_the_china_uk_strand():
    r = handmade.report("02-china-uk-cooperation")
    s = cooperation.summary_html(r, strands.scope(r))
    assert plain(s) == (
        "This report covers the articles about China–UK cooperation: one of two articles qualifies from the places, "
        "organisations and themes they name. The articles name two organisations: Shenzhen Harbour Hospital and "
        "Westbrook University. The articles name two people: Helen Marsh and Liang Wenjie. The articles report one "
        "partnership between two organisations. The initiative named is UK-China Stroke Rehabilitation Centre "
        "(Westbrook University and Shenzhen Harbour Hospital)."
    )
    assert marks(s) == [1, 2, 3, 4, 5]


def test_partnership_rows():
    r = handmade.report("02-china-uk-cooperation", focus="all")
    rows = partnerships.partnership_rows(r, strands.scope(r).facts, 10)
    assert [(x["parties"], x["initiative"]) for x in rows] == [
        ("Zhuhai Municipal Health Bureau and Health Bureau of Macao", "—"),
        ("Westbrook University and Shenzhen Harbour Hospital", "UK-China Stroke Rehabilitation Centre"),
    ]


def test_no_article_in_focus_says_so():
    r = handmade.report("02-china-uk-cooperation", facts_df=facts_frame([]))
    s = cooperation.summary_html(r, strands.scope(r))
    assert "none of two articles qualify" in s and "None of the articles has both a UK and a Chinese" in s
