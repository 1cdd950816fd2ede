"""A place name towns of several countries share, read in the country the article sets it in."""


def labels(facts, text: str) -> dict[str, set[str]]:
    """Organisation -> the labels of its jurisdiction cues."""
    out: dict[str, set[str]] = {}
    for r in facts(text, "organization"):
        out.setdefault(r["name"], set()).update(c["label"] for c in r["org_cues"]["jurisdiction"])
    return out


def test_a_shared_town_name_beside_the_subdivision_of_a_smaller_town_is_that_town(facts):
    text = (
        "Perth-based Tarnmoor University will open a nursing school. Staff in Scotland welcomed the plan, and the "
        "Perth Kelby Infirmary will host placements."
    )
    assert labels(facts, text) == {"Tarnmoor University": {"UK"}, "Perth Kelby Infirmary": {"UK"}}


def test_a_shared_town_name_stays_the_largest_towns_without_such_a_subdivision(facts):
    text = "Perth-based Tarnmoor University will open a nursing school in Wuhan."
    assert labels(facts, text)["Tarnmoor University"] == {"other"}


def test_a_shared_town_name_stays_the_largest_towns_when_its_country_is_named_too(facts):
    text = (
        "Perth-based Tarnmoor University, one of the largest in Australia, will open a nursing school. Staff in "
        "Scotland were told of the plan."
    )
    assert labels(facts, text)["Tarnmoor University"] == {"other"}
