"""Dates on hand-written sentences."""

import pytest

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
    rows = facts("Eastport College, founded in 1887, signed an agreement with a hospital in Leeds.", "date")
    assert [(r["date"], r["event"]) for r in rows] == [("1887", "Eastport College, founded in 1887")]


def test_hyphenated_forms(facts):
    assert dates(facts, "Posted: 4-Mar-2016") == ["2016-03-04"]
    assert dates(facts, "2019-Mar-04 10:15 Daily Herald") == ["2019-03-04"]


def test_weekdays_and_months_resolved_against_the_article_date(facts):
    text = "Time: 2019-11-14\n\nThe board met on Monday. A Tuesday hearing followed this month."
    assert dates(facts, text) == ["2019-11-14", "2019-11-11", "2019-11-12", "2019-11"]
    text = "Time: 2019-11-14\n\nThe fund opened five years ago. Good Friday passed quietly."
    assert dates(facts, text) == ["2019-11-14", "2014"]


def test_a_dateline_is_the_article_date_when_none_is_labelled(facts):
    text = "Daily Herald\n\n  14 June 2016    Filed under: Health\n\nThe new ward opened this month."
    assert dates(facts, text) == ["2016-06-14", "2016-06"]


def test_yearless_dates_without_article_date_take_the_latest_full_year(facts):
    text = "The lab opened on March 3, 2022. On 8th and 9th October, inspectors visited it."
    assert dates(facts, text) == ["2022-03-03", "2022-10-08", "2022-10-09"]


def test_a_month_ahead_stays_in_the_article_year(facts):
    text = "Time: 2018-03-20\n\nThe wing should open by October. The old wing shut in November."
    assert dates(facts, text) == ["2018-03-20", "2018-10", "2017-11"]


def test_names_of_plans_are_not_dates_but_named_events_are(facts):
    assert dates(facts, "The city adopted Healthy Nation 2035 and Vision 2030 as goals.") == []
    assert dates(facts, "The plan aims to finish by 2035.") == ["2035"]
    assert dates(facts, "Delegates met at the Northern Health Forum 2019 in Leeds.") == ["2019"]


def test_a_year_written_twice_in_one_sentence_is_one_event(facts):
    text = "Time: 2023-03-01\n\nLast year (2022) the clinic opened. In 2022 it hired nurses."
    rows = facts(text, "date")
    assert [r["date"] for r in rows] == ["2023-03-01", "2022", "2022"]
    assert len({r["sentence_start"] for r in rows if r["date"] == "2022"}) == 2


def test_a_datelines_date_leaves_the_day_its_sentence_reports(facts):
    """ "EASTPORT, Aug. 11 (Wire) -- ... on Monday launched": the dateline is the day the story was filed, and the
    weekday, the same day, is the day of the launch; both are kept, the launch's as a date of its own."""
    text = (
        "2025-08-11 20:14:36\n\nEASTPORT, Aug. 11 (Kestrel) -- Eastport and Westport on Monday launched a joint "
        "ambulance service. It had been planned since 2023."
    )
    rows = facts(text, "date")
    assert [(r["text"], r["date"]) for r in rows] == [
        ("2025-08-11", "2025-08-11"),
        ("Aug. 11", "2025-08-11"),
        ("Monday", "2025-08-11"),
        ("2023", "2023"),
    ]


def test_yearless_month_in_a_future_sentence_is_the_next_one(facts):
    text = HEAD + "The ward is expected to open by February. The lab will open in August. The clinic opened in August."
    assert dates(facts, text) == ["2021-06-15", "2022-02", "2021-08", "2020-08"]


def test_yearless_dates_of_one_sentence_in_calendar_order_share_a_year(facts):
    text = "Time: 2025-03-18\n\nBids open on 2 April and close at the end of July. It began in March and ended in May."
    assert dates(facts, text) == ["2025-03-18", "2025-04-02", "2025-07", "2025-03", "2024-05"]  # a done act


def test_publication_date_in_a_form_the_body_rules_do_not_read(facts):
    text = "Clinic opens for older residents\n2021-Jun-15  09:30  Harbour Daily\n\nThe clinic opened on Monday.\n"
    rows = facts(text, "date")
    assert [r["date"] for r in rows] == ["2021-06-15", "2021-06-14"]  # the date line, then Monday before it


def test_a_later_will_does_not_make_an_earlier_date_future(facts):
    text = HEAD + "The district signed agreements on Nov 28 that will put money into three hospitals."
    assert dates(facts, text) == ["2021-06-15", "2020-11-28"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The clinic will open by November.", "2025-11"),  # a deadline ahead
        ("About 2,000 residents had enrolled by June.", "2025-06"),  # past perfect: this year's June
        ("By the end of August, 1,400 nurses held licences.", "2025-08"),  # a clause in the past
        ("By the end of August, 1,400 nurses will hold licences.", "2026-08"),  # the same deadline ahead
        ("The deal follows a visit by a hospital team in April.", "2025-04"),  # "by" a team is no deadline
        ("The expansion plan was unveiled by the firm in February.", "2025-02"),  # the nearer word is past
        ("The plan says the clinic will open in February.", "2026-02"),  # the nearer word looks ahead
        ("From March, patients who join will pay less.", "2026-03"),  # a start with the future after it
        ("From March, 900 patients joined.", "2025-03"),  # the same start in the past
        # a plan stated early in a long sentence still governs its month
        (
            "The bureau plans to train 1,000 care workers a year with the colleges of the two northern counties, "
            "he said, and to raise the monthly post subsidy for qualified nursing staff to 800 yuan from 500 yuan "
            "starting in March.",
            "2026-03",
        ),
    ],
)
def test_a_yearless_month_looks_ahead_only_for_a_deadline_or_the_future(facts, sentence, expected):
    text = f"Clinic news\n\nPublished: 3 September 2025\n\n{sentence}\n"
    assert [r["date"] for r in facts(text, "date") if r["text"] != "3 September 2025"] == [expected]


def test_may_and_march_alone_are_months_after_a_preposition_but_not_names(facts):
    text = (
        "Northvale news\n\nPublished: 10 June 2025\n\n"
        "The clinic will open by May. The pact was renewed in March, and by May, 900 had enrolled. "
        "Talks by May and Li went well.\n"
    )
    got = [(r["text"], r["date"]) for r in facts(text, "date") if r["extractor"] != "dates.published"]
    assert got == [("10 June 2025", "2025-06-10"), ("May", "2026-05"), ("March", "2025-03"), ("May", "2025-05")]


def test_yesterday_is_the_day_before_the_article(facts):
    text = "Clinic news\n\nPublished: 3 September 2025\n\nThe bureau said yesterday that waits had halved.\n"
    assert [r["date"] for r in facts(text, "date") if r["text"] == "yesterday"] == ["2025-09-02"]


def test_a_week_told_against_the_article_is_the_month_of_its_day(facts):
    """ "agreed last week" in a paper of 3 February is January, "next week" February; "this week" is the article's
    own week, which its date gives."""
    text = (
        "Clinic news\n\nPublished: 3 February 2025\n\nThe lease, agreed last week, ends in 2030. Works begin next "
        "week. An open day is set for this week.\n"
    )
    got = [(r["text"], r["date"]) for r in facts(text, "date") if "week" in r["text"]]
    assert got == [("last week", "2025-01"), ("next week", "2025-02")]
    # an undated article resolves no week
    assert [r["date"] for r in facts("Clinic news\n\nThe lease was agreed last week.\n", "date")] == []


def test_tomorrow_is_the_day_after_the_article_not_a_noun_of_the_future(facts):
    text = (
        "Clinic news\n\nPublished: 3 September 2025\n\nThe hearing resumes tomorrow. They will make the medicines "
        "of tomorrow.\n"
    )
    assert [(r["text"], r["date"]) for r in facts(text, "date") if r["text"] == "tomorrow"] == [
        ("tomorrow", "2025-09-04")
    ]
    # an undated article resolves nothing
    assert [r["date"] for r in facts("Clinic news\n\nThe bureau said yesterday that waits halved.\n", "date")] == []


WEEK_HEAD = "Clinic deal signed\nFriday 14 March 2025\n\n"
"""An article dated on a dateline of its own, a Friday."""


def _weekdays(facts, text):
    return [(r["text"], r["date"]) for r in facts(WEEK_HEAD + text, "date") if r["extractor"] == "dates.weekday"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The agreement was signed on Tuesday in Westvale.", [("Tuesday", "2025-03-11")]),
        ("On Friday the two hospitals opened a joint ward.", [("Friday", "2025-03-14")]),
        ("Westvale Hospital said on Tuesday it had signed the deal.", [("Tuesday", "2025-03-11")]),
        ("Talks will resume on Thursday in Westvale.", [("Thursday", "2025-03-20")]),
        ("The minister is expected to visit the ward on Wednesday.", [("Wednesday", "2025-03-19")]),
        ("Talks, which stalled on Monday, will resume next week.", [("Monday", "2025-03-10")]),
        ('"We will sign it on Monday," she said on Thursday.', [("Monday", "2025-03-17"), ("Thursday", "2025-03-13")]),
        # "plan" looks ahead as a verb, not as a noun
        ("Westvale will build two wards, under a plan approved on Wednesday.", [("Wednesday", "2025-03-12")]),
        ("Westvale plans to open the ward on Wednesday.", [("Wednesday", "2025-03-19")]),
    ],
)
def test_a_weekday_is_the_one_of_the_article_week_the_clause_points_to(facts, text, found):
    assert _weekdays(facts, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The clinic opens every Tuesday for walk-in patients.",
        "The desk is staffed Monday to Saturday.",
        "From Monday through Friday a shuttle bus runs to the border.",
        "The helpline works Monday-Friday from 9am.",
        "Each Sunday a mobile clinic visits the villages.",
    ],
)
def test_a_weekday_of_a_schedule_is_no_date(facts, text):
    assert _weekdays(facts, text) == []


def test_a_weekday_after_to_alone_is_a_date(facts):
    assert [t for t, _ in _weekdays(facts, "The vote was moved to Tuesday.")] == ["Tuesday"]


def test_a_month_reads_no_future_marker_from_the_paragraph_before(facts):
    text = (
        "Ostley signs licence\n\nLeeds, 12 March 2024\n\n"
        "The firm will also seek approval from the regulator, expected\n\n"
        "In February, the Marlin hospital approved the use of the device."
    )
    assert [r["date"] for r in facts(text, "date") if r["text"] == "February"] == ["2024-02"]


def test_today_after_a_verb_of_an_event_is_the_articles_day(facts):
    text = (
        "Ostley opens a centre\n\n5 June 2024\n\n"
        "A centre for eye research was launched today in Leeds. Ostley University today announced its director. "
        "Today, most patients wait a week, and the scanner is used today in many clinics. "
        "The grant was approved in March and lasts three years."
    )
    got = sorted((r["text"], r["date"]) for r in facts(text, "date") if r["text"] != "5 June 2024")
    assert got == [("March", "2024-03"), ("today", "2024-06-05"), ("today", "2024-06-05")]


def test_day_month_year_in_figures_is_read_day_first(facts):
    text = "Published: 14/10/2024\n\nThe board met on 22/03/2024 and again on 7.11.2023. The ratio was 3/15/2024."
    assert dates(facts, text) == ["2024-10-14", "2024-03-22", "2023-11-07"]


def test_a_future_far_back_in_the_sentence_and_a_done_act_right_before_the_month(facts):
    """ "It will take over two floors of the planned block and begin patient studies in September" written in May
    looks ahead, however long the clause; "will be staffed under a deal sealed in August" does not."""
    text = (
        "Time: 2024-05-17\n\nIt will take over two floors of the clinic's planned imaging block on Dock Road and "
        "begin its first patient studies in September. The block will be staffed by the trust under a deal sealed in "
        "August."
    )
    assert dates(facts, text) == ["2024-05-17", "2024-09", "2023-08"]


def test_planned_before_a_noun_puts_no_month_ahead(facts):
    """ "planned treatment" is an adjective: the January of a past level is the last one."""
    text = (
        "Published 11 March 2025\n\nThe trust had 7,400 patients waiting for planned treatment at the end of "
        "January. The new clinic is planned to open in June."
    )
    assert [(r["text"], r["date"]) for r in facts(text, "date")][1:] == [("January", "2025-01"), ("June", "2025-06")]


def test_a_timetable_in_the_present_tense_looks_ahead(facts):
    """ "leaves ... on Saturday" and "opens in September" in an article of Friday 6 June 2025 are to come."""
    text = (
        "Kelby News, Friday 6 June 2025\n\nDelegation visits Tarn\n\nThe delegation arrived on Monday. It leaves for "
        "Edinburgh on Saturday. The clinic opens in September. The ward opened in May."
    )
    got = {r["text"]: r["date"] for r in facts(text, "date")}
    assert (got["Monday"], got["Saturday"], got["September"], got["May"]) == (
        "2025-06-02",
        "2025-06-07",
        "2025-09",
        "2025-05",
    )


def test_last_weekday_after_a_place_name_is_a_day(facts):
    rows = _weekdays(facts, "The course was launched at a ceremony in Westvale last Thursday.")
    assert rows == [("last Thursday", "2025-03-13")]


def test_a_month_of_a_clause_set_off_after_a_future_one_is_before_the_article(facts):
    text = (
        "Time: 2025-07-08\n\nThe chief executive said the firm would keep developing the drug at home, where it won "
        "approval from the regulator in January."
    )
    assert dates(facts, text) == ["2025-07-08", "2025-01"]


def test_last_and_next_with_a_month_name_step_past_the_articles_month(facts):
    """ "last November" written in November is the November before; "next May" written in May the May after."""
    text = (
        "Clinic news\n\nPublished: 3 November 2025\n\nThe pilot was launched last November. A review follows next "
        "November, and the clinic opened in March.\n"
    )
    got = [(r["text"], r["date"]) for r in facts(text, "date") if r["extractor"] != "dates.published"]
    assert got == [
        ("3 November 2025", "2025-11-03"),
        ("November", "2024-11"),
        ("November", "2026-11"),
        ("March", "2025-03"),
    ]
