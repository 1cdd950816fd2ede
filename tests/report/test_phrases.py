"""Phrases written from query rows: figures as a reader writes them, the words around a span, parties by side."""

import pytest

from analysis.report import phrases


@pytest.mark.parametrize(
    "row, text",
    [
        ({"relation": "value", "after": 3604.0, "unit": "count"}, "3,604"),
        ({"relation": "value", "after": 1e12, "unit": "USD"}, "US$1 trillion"),
        ({"relation": "range", "before": 1200.0, "after": 1500.0, "unit": "count"}, "1,200 to 1,500"),
        (
            {"relation": "change", "before": 48.0, "after": 88.0, "pct": 83.3333, "unit": "count"},
            "from 48 to 88 (+83%)",
        ),
        (  # the level before is only implied by "rose 25% to 1,500": not shown as if stated
            {"relation": "change", "before": 1200.0, "before_stated": False, "after": 1500.0, "pct": 25.0},
            "up 25% to 1,500",
        ),
        (
            {"relation": "change", "before": 1568.0, "after": 300.0, "pct": -80.8673, "unit": "CNY"},
            "from 1,568 yuan to 300 yuan (−81%)",
        ),  # fmt: skip
        ({"relation": "change", "after": None, "pct": 12.0, "unit": "percent"}, "up 12%"),
        ({"relation": "change", "after": None, "pct": -40.0, "unit": "percent"}, "down 40%"),
        ({"relation": "change", "after": None, "pct": 19.6, "unit": "percent", "base_year": 2019}, "up 19.6% on 2019"),
        ({"relation": "change", "after": None, "pct": None, "delta": 9.0, "unit": "count"}, "a change of 9"),
        ({"relation": "change", "after": 2.0, "before": 1.8, "pct": 0.5, "unit": "count"}, "from 1.8 to 2 (+0.5%)"),
        # a share's change in points
        (
            {"relation": "change", "before": 48.3, "after": 56.9, "pct": None, "unit": "percent"},
            "from 48.3% to 56.9% (+8.6 points)",
        ),
        (
            {"relation": "change", "before": 40.0, "after": 39.0, "pct": None, "unit": "percent"},
            "from 40% to 39% (−1 point)",
        ),
        # the base year of a change goes with the level before, never with the figure
        (
            {"relation": "change", "before": 40.0, "after": 60.0, "pct": 50.0, "unit": "count", "base_year": 2016},
            "from 40 in 2016 to 60 (+50%)",
        ),
        (
            {
                "relation": "change",
                "before": 80.0,
                "before_stated": False,
                "after": 640.0,
                "pct": 700.0,
                "base_year": 2015,
            },
            "up 700% on 2015 to 640",
        ),  # fmt: skip
    ],
)
def test_figure_text(row, text):
    assert phrases.figure_text(row) == text


def test_an_amount_fact_reads_as_a_figure():
    part = {"amount_type": "change_after", "value": 70.0, "value_from": 40.0, "value_to": 70.0, "change_pct": 75.0}
    assert phrases.figure_text(phrases.fact_figure(dict(part, unit="count"))) == "up 75% to 70"
    assert phrases.figure_text(phrases.fact_figure({"amount_type": "figure", "value": 5e6, "unit": "GBP"})) == (
        "£5 million"
    )


def test_a_change_since_a_month_says_since_when():
    row = {"relation": "change", "unit": "count", "pct": -31.0, "base_year": 2026, "base_month": "2026-01"}
    assert phrases.figure_text(row) == "down 31% since January 2026"
    assert phrases.figure_text({"relation": "change", "unit": "count", "pct": 19.6, "base_year": 2019}) == (
        "up 19.6% on 2019"
    )


def test_a_change_still_to_come_reads_as_planned():
    row = {"relation": "change", "before": 2.1, "after": 3.0, "pct": 42.857, "unit": "count", "ahead": True}
    assert phrases.figure_text(row) == "planned: from 2.1 to 3 (+43%)"
    assert phrases.figure_text(dict(row, ahead=False)) == "from 2.1 to 3 (+43%)"


def test_an_amount_fact_keeps_the_ceiling_its_words_state():
    ceiling = {"amount_type": "figure", "value": 7e6, "unit": "USD", "text": "up to US$7m"}
    assert phrases.figure_text(phrases.fact_figure(ceiling)) == "up to US$7 million"
    capped = dict(ceiling, text="no more than US$7 million")
    assert phrases.figure_text(phrases.fact_figure(capped)) == "up to US$7 million"


def test_around_text_centres_the_span_and_marks_the_cuts():
    s = (
        ("One two three four five six seven eight nine ten. " * 3)
        + "The fund pays £5 million a year "
        + ("to eleven twelve thirteen fourteen fifteen sixteen. " * 3)
    )
    got = phrases.around_text(s, "£5 million", 60)
    assert got.startswith("…") and got.endswith("…") and "£5 million" in got and len(got) <= 62
    assert phrases.around_text("A short one.", "short", 60) == "A short one."
    assert phrases.around_text(s, "absent words", 40).startswith("One two three")


def test_parties_by_side():
    names = ["Northvale University", "Eastbay Hospital", "Kestrel College", "Harbour Clinic", "Westgate Fund"]
    sides = ["UK", "mainland China", "mainland China", "mainland China", "unknown"]
    assert phrases.parties_by_side(names, sides) == (
        "Northvale University (UK) with Eastbay Hospital and Kestrel College (mainland China), with two other partners"
    )
    # the parties counted share a side: it is said
    assert phrases.parties_by_side(names[:4], sides[:4]) == (
        "Northvale University (UK) with Eastbay Hospital and Kestrel College (mainland China), with one other partner "
        "(mainland China)"
    )
    assert phrases.parties_by_side(names[:2], sides[:2], joiner="works with") == (
        "Northvale University (UK) works with Eastbay Hospital (mainland China)"
    )
    # a place that is its own jurisdiction takes no tag; parties nobody places are named when nothing is placed
    assert phrases.parties_by_side(["Eastbay", "Hong Kong"], ["mainland China", "Hong Kong"]) == (
        "Eastbay (mainland China) with Hong Kong"
    )
    assert phrases.parties_by_side(["A Fund", "B Trust"], ["unknown", "other"]) == "A Fund and B Trust"
    assert phrases.party("Westgate Fund", "other") == "Westgate Fund"


def test_labels_holding_and_are_listed_with_a_serial_comma():
    assert phrases.labels_text(["research", "public health"]) == "research and public health"
    assert phrases.labels_text(["education and training", "research"]) == "education and training, and research"
    assert phrases.labels(["a & b"]) == "a &amp; b"


def test_change_text_says_where():
    change = {"relation": "change", "before": 78.0, "before_stated": False, "after": 655.0, "pct": 739.0}
    assert phrases.change_text(dict(change, base_year=2017, place="Westport")) == "up 739% on 2017 to 655 in Westport"
    assert phrases.change_text({"relation": "change", "pct": -40.0, "unit": "percent", "place": "United Kingdom"}) == (
        "down 40% in the United Kingdom"
    )
    assert phrases.change_text(change) == "up 739% to 655"  # no place stated
    assert phrases.change_text({"relation": "value", "value": 5e6, "unit": "GBP", "place": "Westport"}) == "£5 million"


def test_a_figure_keeps_the_word_before_it():
    assert phrases.figure_text(
        {"relation": "value", "value": 2e9, "unit": "GBP", "text": "over two billion pounds"}
    ) == ("over £2 billion")
    assert phrases.figure_text({"relation": "value", "value": 20, "unit": "count", "text": "More than 20"}) == (
        "more than 20"
    )
    assert phrases.figure_text({"relation": "value", "value": 20, "unit": "count", "text": "20 universities"}) == "20"
    assert phrases.figure_text(
        {"relation": "value", "value": 1.22e8, "unit": "CNY", "text": "exceeding 122 million yuan"}
    ) == ("more than 122 million yuan")
    assert phrases.figure_text({"relation": "value", "value": 9, "unit": "count", "text": "a total of 9"}) == "9"
    assert phrases.figure_text({"relation": "value", "value": 40, "unit": "count", "text": "ca. 40 beds"}) == (
        "about 40"
    )


def test_a_listed_party_of_each_side_is_named_before_a_second_of_any_side():
    names = ["Eastbay Hospital", "Harbour Clinic", "Kestrel Hospital", "Lantern Clinic", "Westland Health Department"]
    sides = ["mainland China"] * 4 + ["Hong Kong"]
    assert phrases.parties_listed(names, sides, 4) == (
        "Eastbay Hospital (mainland China); Harbour Clinic (mainland China); Kestrel Hospital (mainland China); "
        "Westland Health Department (Hong Kong); and 1 more"
    )
    assert phrases.parties_listed(names[:2], sides[:2], 4) == (
        "Eastbay Hospital (mainland China); Harbour Clinic (mainland China)"
    )
    # a party the facts do not place is a side of its own: named, without a tag
    assert phrases.parties_listed(["Northvale Trust", "Eastbay Hospital", "Harbour Clinic"], [None, "UK", "UK"], 2) == (
        "Northvale Trust; Eastbay Hospital (UK); and 1 more"
    )


def test_a_negated_bound_reads_as_the_bound_it_sets():
    assert phrases.figure_text({"text": "no more than 30%", "after": 30.0, "unit": "percent"}) == "up to 30%"
    assert phrases.figure_text({"text": "not less than 40", "after": 40.0, "unit": "count"}) == "at least 40"
    assert phrases.figure_text({"text": "more than 40", "after": 40.0, "unit": "count"}) == "more than 40"
