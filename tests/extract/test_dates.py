"""Dates on hand-written sentences."""

from analysis.extract.dates import shorten_event

HEAD = "Time: 2021-06-15\n\n"


def dates(facts, text):
    return [r["date"] for r in facts(text, "date")]


def test_absolute_forms(facts):
    assert dates(facts, "The ward opened on 3 May 2017 and the lab in October 2019.") == ["2017-05-03", "2019-10"]


def test_year_alone_with_event(facts):
    rows = facts("The school was founded in 1952 by local doctors.", "date")
    assert [r["date"] for r in rows] == ["1952"]
    assert "founded" in rows[0]["event"]


def test_yearless_and_relative_resolved_against_article_date(facts):
    text = HEAD + "On June 2, the clinic opened. Last year the council voted. Next year more will follow."
    assert dates(facts, text) == ["2021-06-15", "2021-06-02", "2020", "2022"]


def test_yearless_left_out_without_article_date(facts):
    assert dates(facts, "On June 2, the clinic opened. Last year the council voted.") == []


def test_copyright_year_is_not_an_event(facts):
    assert dates(facts, "The clinic grew.\n\nCopyright © 2020 Eastport Health. All rights reserved.") == []


def test_event_keeps_the_whole_phrase(facts):
    rows = facts("In March 2021, the Northfield board approved a plan to open four clinics.", "date")
    assert [(r["date"], r["event"]) for r in rows] == [
        ("2021-03", "The Northfield board approved a plan to open four clinics")
    ]
    rows = facts("The clinic treats 400 patients a week since it opened in 1998.", "date")
    assert rows[0]["event"] == "The clinic treats 400 patients a week since it opened in 1998"
    rows = facts("At last year's forum in 2019, the bureau signed two agreements.", "date")
    assert all("'s forum" not in r["event"][:6] for r in rows)


def test_long_event_is_cut_between_words():
    text = "The hospital opened " + "a new ward for older patients, " * 10 + "and hired nurses"
    out = shorten_event(text, 80)
    assert len(out) <= 80 and out.endswith("…") and text.startswith(out[:-1])
    assert out[:-1] == out[:-1].rstrip(" ,")
    assert shorten_event("Short event.", 80) == "Short event."


def test_a_date_in_a_clause_describing_a_noun_dates_that_clause(facts):
    rows = facts("The clinic, which was founded in 1998, treats 400 patients a week.", "date")
    assert [(r["date"], r["event"]) for r in rows] == [("1998", "The clinic was founded in 1998")]
    rows = facts("Eastport College, founded in 1901, signed an agreement with a hospital in Leeds.", "date")
    assert [(r["date"], r["event"]) for r in rows] == [("1901", "Eastport College, founded in 1901")]


def test_hyphenated_forms(facts):
    assert dates(facts, "Published: 7-Jan-2014") == ["2014-01-07"]
    assert dates(facts, "2017-May-12 08:53 Daily Herald") == ["2017-05-12"]


def test_weekdays_and_months_resolved_against_the_article_date(facts):
    text = "Time: 2021-08-31\n\nThe rules came out on Wednesday. Officials spoke at a Friday briefing this month."
    assert dates(facts, text) == ["2021-08-31", "2021-08-25", "2021-08-27", "2021-08"]
    text = "Time: 2021-08-31\n\nThe fund opened five years ago. Good Friday passed quietly."
    assert dates(facts, text) == ["2021-08-31", "2016"]


def test_a_dateline_is_the_article_date_when_none_is_labelled(facts):
    text = "Daily Herald\n\n  27 July 2018    Posted in: News\n\nThe first doctors arrived this month."
    assert dates(facts, text) == ["2018-07-27", "2018-07"]


def test_yearless_dates_without_article_date_take_the_latest_full_year(facts):
    text = "The plan launched on January 9, 2025. Over 26th and 27th May, the delegation met officials."
    assert dates(facts, text) == ["2025-01-09", "2025-05-26", "2025-05-27"]


def test_a_month_ahead_stays_in_the_article_year(facts):
    text = "Time: 2017-05-12\n\nThe centre is expected to open by November. It closed in December."
    assert dates(facts, text) == ["2017-05-12", "2017-11", "2016-12"]


def test_names_of_plans_are_not_dates_but_named_events_are(facts):
    assert dates(facts, "The city adopted Healthy Nation 2035 and Vision 2030 as goals.") == []
    assert dates(facts, "The plan aims to finish by 2035.") == ["2035"]
    assert dates(facts, "Delegates met at the Northern Health Forum 2019 in Leeds.") == ["2019"]


def test_a_year_written_twice_in_one_sentence_is_one_event(facts):
    text = "Time: 2023-03-01\n\nLast year (2022) the clinic opened. In 2022 it hired nurses."
    rows = facts(text, "date")
    assert [r["date"] for r in rows] == ["2023-03-01", "2022", "2022"]
    assert len({r["sentence_start"] for r in rows if r["date"] == "2022"}) == 2
