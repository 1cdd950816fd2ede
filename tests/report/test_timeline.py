"""The timeline: dated steps of cooperation and reform in date order, in the article's words around the date;
founding years, years in names, targets and comparison bases left out."""

from reportcorpus import Articles, plain, two_articles

from analysis.report import timeline

TEXT = """Harbour City health news

Northvale University was founded in 1901 and signed a partnership with Eastbay Hospital in 2015.
The Harbour Vision 2030 plan sets new goals for clinics.
Eastbay Hospital will open 20 clinics by 2030 under the plan.
The clinic fee was cut to 20 yuan in 2023, the same as in 2019 for the county scheme.
The Westgate Conference was held in 2018.
"""


def test_only_steps_reach_the_timeline(tmp_path):
    a = Articles(tmp_path)
    a.article("news", TEXT)
    for span, date, nth in (("1901", "1901", 0), ("2015", "2015", 0), ("2030", "2030", 0), ("2030", "2030", 1),
                            ("2023", "2023", 0), ("2019", "2019", 0), ("2018", "2018", 0)):  # fmt: skip
        a.fact("news", "date", span, nth, date=date, event="x")
    a.fact("news", "amount", "20 clinics", value=20.0, unit="count", object="clinics", amount_type="figure")
    a.fact("news", "amount", "20 yuan", value=20.0, unit="CNY", object="clinic fee", amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in timeline.table(r).rows]
    assert [(x["date"], x["what"]) for x in rows] == [
        ("2015", "Northvale University was founded in 1901 and signed a partnership with Eastbay Hospital in 2015."),
        ("2023", "The clinic fee was cut to 20 yuan in 2023, the same as in 2019 for the county scheme."),
    ]


def test_the_earliest_and_latest_steps_and_the_busiest_year(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    assert plain(timeline.moved_finding(r, " of cooperation").render()) == (
        "The earliest dated step of cooperation is from 2021 (“…in Westmoor signed an agreement with Eastbay Hospital "
        "in Harbour City to open the Joint Nursing Academy in 2021”); the latest is from 2023 (“Kestrel "
        "College in Harbour City and Southport University signed a memorandum on stroke research in 2023”); 2021 "
        "has the most (two of three dated steps)."
    )
    # the same three rows in the timeline: the cooperation no sentence dates stands at its article's date
    rows = [{k: plain(v) for k, v in row.items()} for row in timeline.table(r).rows]
    assert [x["date"] for x in rows] == ["2021", "4 June 2021 (date of the article)", "2023"]
    assert rows[1]["what"] == "Northvale University also works with Kestrel College on stroke research."


def test_a_date_still_to_come_is_marked_as_a_plan_and_left_out_of_the_finding(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "plan",
        "Harbour City clinics\nPublished: 2 May 2022 | Harbour Daily\n\n"
        "The city launched a clinic voucher scheme in 2020.\nThe scheme was expanded to dental care in 2021.\n"
        "The city will open a second clinic in 2024 under the scheme.\n",
        published="2022-05-02",
    )
    for span in ("2020", "2021", "2024"):
        a.fact("plan", "date", span, date=span, event="x")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in timeline.table(r).rows]
    assert [x["date"] for x in rows] == ["2020", "2021", "2024 (planned)"]
    assert plain(timeline.moved_finding(r).render()).startswith(
        "The earliest dated step is from 2020 (“The city launched a clinic voucher scheme in 2020”); the latest is "
        "from 2021 (“The scheme was expanded to dental care in 2021”)"
    )


def test_the_busiest_year_is_counted_on_the_timelines_rows_with_its_plans_named_apart(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "plan",
        "Harbour City clinics\nPublished: 2 May 2022 | Harbour Daily\n\n"
        "The city launched a clinic voucher scheme in 2020.\nThe scheme was expanded to dental care in 2021.\n"
        "A second scheme was introduced for eye care in 2021.\n"
        "The city will open a second clinic in 2024 under the scheme.\n",
        published="2022-05-02",
    )
    for span, nth in (("2020", 0), ("2021", 0), ("2021", 1), ("2024", 0)):
        a.fact("plan", "date", span, nth, date=span, event="x")
    r = a.report("03-gba-health-reforms", focus="all")
    assert len(timeline.table(r).rows) == 4
    assert plain(timeline.moved_finding(r).render()).endswith(
        "; 2021 has the most (two of three dated steps; the timeline also lists one plan)."
    )


def test_a_day_an_undated_article_writes_without_its_year_says_so(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "visit",
        "Harbour City clinics\n\nIn 2021 the city joined the clinic network.\n"
        "Over 26th May, the delegation signed a cooperation agreement with the city.\n",
    )
    a.fact("visit", "date", "2021", date="2021", event="x")
    a.fact("visit", "date", "26th May", date="2021-05-26", event="x", extractor="dates.resolved")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [plain(row["date"]) for row in timeline.table(r).rows]
    assert rows[-1] == "26 May 2021 (year not stated)"
