"""The one place a figure is about: its own phrase, its clause, a place the text refers back to, or none."""

import pytest


def places_of(facts, text: str) -> dict[str, str | None]:
    return {r["text"]: r["place"] for r in facts(text, "amount")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the place inside the figure's own phrase wins over a place in another clause
        (
            "The health literacy level of Foshan residents has reached 31.5%, while Zhuhai added 40 clinics.",
            {"31.5%": "Foshan", "40": "Zhuhai"},
        ),
        # coordinated figures each take the place of their own phrase
        (
            "Eight Chinese universities and 12 universities from the UK joined the consortium in Leeds.",
            {"Eight": "China", "12": "United Kingdom"},
        ),
        # "the city" stands for the city named before
        (
            "There were 1,250 nurses working in Northfield. Last year, 300 nurses worked in the city's clinics.",
            {"1,250": "Northfield", "300": "Northfield"},
        ),
        # inside and outside a city is no single place; the aside names its own
        (
            "Shenzhen is growing. The programme now reaches 522 hospitals (152 in this city) both inside and "
            "outside the city.",
            {"522": None, "152": "Shenzhen"},
        ),
        # several places at once are no single place
        ("Staff from over 20 hospitals in Leeds and Foshan took part.", {"over 20": None}),
        # from many countries: no single place
        (
            "The university has more than 6,500 international students from over 150 countries.",
            {"more than 6,500": None, "over 150": None},
        ),
    ],
)
def test_place_of_a_figure(facts, text, expected):
    assert places_of(facts, text) == expected


def test_a_place_that_names_a_manner_or_a_pair_is_not_where_a_figure_is(facts):
    text = (
        "Zhuhai has promoted family doctor services to 11 districts. Currently, a total of 80 Hong Kong style "
        "clinics have been built."
    )
    assert places_of(facts, text) == {"11": "Zhuhai", "a total of 80": "Zhuhai"}
    assert places_of(facts, "Partners set up six China-UK training centres.")["six"] is None


def test_a_sentence_with_no_place_takes_the_paragraph_subject_or_none(facts):
    assert places_of(facts, "Foshan opened a new stroke unit. It treated 400 patients in March.") == {"400": "Foshan"}
    assert places_of(facts, "The clinic treated 400 patients in March.") == {"400": None}
