"""Leaders by side counted over initiatives; timeline events of cooperation and reform, each once."""

import re

from factstore import fact, store_of

from analysis.query import actors, initiatives, rank, scope, timeline
from analysis.resources import read_lines


def org(doc, start, name, jur, kind="university"):
    return fact(doc, "organization", start, start + len(name), name=name, jurisdiction=jur, org_type=kind)


def deal(doc, start, sentence_start, *parties):
    ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
    return fact(
        doc,
        "partnership",
        start,
        start + 6,
        sentence_start=sentence_start,
        parties=list(parties),
        party_ids=ids,
        field="research",
    )


def test_leaders_count_initiatives_not_mentions(tmp_path):
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 30, "Eastbay Hospital", "mainland China", "hospital"),
        org("a", 60, "Kestrel College", "mainland China"), org("a", 90, "Southport University", "UK"),
        deal("a", 5, 0, "Northvale University", "Eastbay Hospital"),
        deal("a", 205, 200, "Northvale University", "Kestrel College"),
        deal("a", 405, 400, "Southport University", "Kestrel College"),
        # the first deal restated in another article: still one initiative
        org("b", 0, "Northvale University", "UK"), org("b", 30, "Eastbay Hospital", "mainland China", "hospital"),
        deal("b", 5, 0, "Northvale University", "Eastbay Hospital"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        uk = actors.bodies(s, actors.SIDES["UK"], 5)
        cn = actors.bodies(s, actors.SIDES["China"], 5)
        assert [(r["label"], r["n"]) for r in uk] == [("Northvale University", 2), ("Southport University", 1)]
        assert [(r["label"], r["n"]) for r in cn] == [("Kestrel College", 2), ("Eastbay Hospital", 1)]
        lead = rank.lead(uk, "n")
        assert lead is not None and [r["label"] for r in lead.leaders] == ["Northvale University"]
        # one body of each kind; the university takes part in two initiatives, the hospital in one
        assert [(r["label"], r["n"], r["n_initiatives"]) for r in actors.types(s, actors.SIDES["China"])] == [
            ("university", 1, 2),
            ("hospital", 1, 1),
        ]


def test_a_tie_at_the_top_is_a_tie():
    rows = [{"label": "B", "n": 3}, {"label": "A", "n": 3}, {"label": "C", "n": 1}]
    lead = rank.lead(rows, "n")
    assert lead.tied and [r["label"] for r in lead.leaders] == ["B", "A"] and lead.runner_up_score == 1
    assert rank.lead([{"label": "A", "n": 1}], "n") is None  # one initiative leads nothing
    assert rank.lead([{"label": x, "n": 2} for x in "ABCD"], "n") is None  # four tied lead nothing
    # two tied at the minimum, against one for the rest, lead nothing; one alone at it leads
    assert rank.lead([{"label": "A", "n": 2}, {"label": "B", "n": 2}, {"label": "C", "n": 1}], "n") is None
    assert rank.lead([{"label": "A", "n": 2}, {"label": "C", "n": 1}], "n").leaders == [{"label": "A", "n": 2}]


def test_a_lead_must_stand_clear_of_the_next_tier():
    def rows(*ns):
        return [{"label": chr(65 + i), "n": n} for i, n in enumerate(ns)]

    assert rank.lead(rows(3, 2, 2), "n") is None  # one more statement would tie it
    assert rank.lead(rows(5, 4), "n") is None
    assert rank.lead(rows(4, 2), "n").score == 4  # twice the next
    assert rank.lead(rows(5, 3), "n").score == 5  # two more than the next


def test_a_lead_resting_on_one_source_is_no_lead():
    """Three initiatives from one article lead nothing; three from two articles do; a tie with one leader resting
    on one article leads nothing either."""
    one = [{"label": "A", "n": 3, "articles": 1}, {"label": "B", "n": 1, "articles": 1}]
    two = [{"label": "A", "n": 3, "articles": 2}, {"label": "B", "n": 1, "articles": 1}]
    tie = [{"label": "A", "n": 3, "articles": 2}, {"label": "B", "n": 3, "articles": 1}, {"label": "C", "n": 1}]
    assert rank.lead(one, "n", support="articles") is None
    assert rank.lead(one, "n").leaders[0]["label"] == "A"  # without a support column, as before
    assert rank.lead(two, "n", support="articles").leaders[0]["label"] == "A"
    assert rank.lead(tie, "n", support="articles") is None


def test_timeline_keeps_cooperation_and_reform_once(tmp_path):
    s1 = "Last year, in 2022, Northvale University signed an agreement with Eastbay Hospital."
    s2 = "Northvale University was founded in 1901."
    s3 = "The clinic fee was cut to 20 yuan in 2023 under the new policy."
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 60, "Eastbay Hospital", "mainland China"),
        deal("a", 30, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 0, 9, sentence_start=0, sentence=s1, date="2022", event="signed an agreement"),
        fact("a", "date", 14, 18, sentence_start=0, sentence=s1, date="2022", event="signed an agreement"),
        fact("a", "date", 135, 139, sentence_start=100, sentence=s2, date="1901", event="founded"),
        fact("a", "date", 230, 234, sentence_start=200, sentence=s3, date="2023", event="fee cut"),
        # the same agreement restated elsewhere in 2022 is the same event
        fact("a", "date", 330, 334, sentence_start=300, sentence="In 2022 the deal took effect.", date="2022",
             event="took effect"),
        deal("a", 310, 300, "Northvale University", "Eastbay Hospital"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["date"], e["event"]) for e in timeline.top(s, 10)]
        assert got == [("2022", "signed an agreement"), ("2023", "fee cut")]
        assert timeline.by_year(s) == [{"year": "2022", "n": 1}, {"year": "2023", "n": 1}]


def test_a_word_of_a_bodys_name_is_no_founding_word(tmp_path):
    """ "twinned with the Westgate NHS Foundation Trust since 2019": "Foundation" names the trust, so 2019 is
    the cooperation's year; "Eastbay Hospital, founded in 1901" or a unit "which was established in 1998" still
    give no step, nor does a memory of a body's opening ("When we opened in 2012, ..."); "The centre was established
    in 2021" is one, and so are a centre "set up in 2004" set off by commas
    and an academy "which was set up in 2017 by" its partners (a joint body's start, not a body's history)."""
    s1 = "Eastbay Hospital has been twinned with the Westgate NHS Foundation Trust since 2019."
    s2 = "Eastbay Hospital, founded in 1901, opened a new ward."
    s3 = "The trial uses the scanners of its Imaging Unit, which was established in 1998."
    s4 = "The trial draws on its Imaging Unit, set up in 2004, and on the city's clinics."
    s5 = "The centre was established in 2021 by the two universities."
    s6 = "The Coast Nursing Academy, which was set up in 2017 by the two universities, trains 90 nurses."
    s7 = '"When we opened in 2012, few people in Eastport knew what a teaching hospital was," she said.'
    rows = [
        fact("a", "date", s1.index("2019"), s1.index("2019") + 4, sentence=s1, text="2019", date="2019",
             event="twinned"),
        fact("a", "date", 100 + s2.index("1901"), 100 + s2.index("1901") + 4, sentence_start=100, sentence=s2,
             text="1901", date="1901", event="founded"),
        fact("a", "date", 200 + s3.index("1998"), 200 + s3.index("1998") + 4, sentence_start=200, sentence=s3,
             text="1998", date="1998", event="established"),
        fact("a", "date", 300 + s4.index("2004"), 300 + s4.index("2004") + 4, sentence_start=300, sentence=s4,
             text="2004", date="2004", event="set up"),
        fact("a", "date", 400 + s5.index("2021"), 400 + s5.index("2021") + 4, sentence_start=400, sentence=s5,
             text="2021", date="2021", event="established"),
        fact("a", "date", 500 + s6.index("2017"), 500 + s6.index("2017") + 4, sentence_start=500, sentence=s6,
             text="2017", date="2017", event="set up"),
        fact("a", "date", 600 + s7.index("2012"), 600 + s7.index("2012") + 4, sentence_start=600, sentence=s7,
             text="2012", date="2012", event="opened"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-11-03"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")] == [
            "2004",
            "2017",
            "2019",
            "2021",
        ]


def test_the_date_of_the_level_a_figure_is_compared_with_is_no_step(tmp_path):
    """ "900 patients used the scheme, up from 400 at the end of 2024", "against 300 in 2023" and "double the 7%
    recorded in 2022": the dates of the levels compared with are no steps; "the pilot was extended in March 2026" is
    one."""
    s1 = "Under the pilot 900 patients were moved, up from 400 at the end of 2024."
    s2 = "The clinics now treat 70 patients a day, against 30 in 2023."
    s3 = "The pilot was extended in March 2026 to two more crossings."
    s4 = "Some 14% plan to open clinics, double the 7% recorded in 2022."
    rows = [
        fact("a", "date", s1.index("2024"), s1.index("2024") + 4, sentence=s1, text="2024", date="2024"),
        fact("a", "date", 100 + s2.index("2023"), 100 + s2.index("2023") + 4, sentence_start=100, sentence=s2,
             text="2023", date="2023"),
        fact("a", "date", 300 + s4.index("2022"), 300 + s4.index("2022") + 4, sentence_start=300, sentence=s4,
             text="2022", date="2022"),
        fact("a", "date", 200 + s3.index("March"), 200 + s3.index("2026") + 4, sentence_start=200, sentence=s3,
             text="March 2026", date="2026-03"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-08-21"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")] == ["2026-03"]


def test_the_last_time_a_recurring_meeting_took_place_is_no_step(tmp_path):
    s1 = (
        "The statement, signed on 3 June 2023, renews the Kelby-Tollby forum, which last convened face to face in 2018."
    )
    rows = [
        fact("a", "date", s1.index("3 June"), s1.index("3 June") + 11, sentence=s1, text="3 June 2023",
             date="2023-06-03"),
        fact("a", "date", s1.index("2018"), s1.index("2018") + 4, sentence=s1, text="2018", date="2018"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2023-06-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")] == ["2023-06-03"]


def test_the_start_a_record_is_measured_from_is_no_step(tmp_path):
    """ "the highest since the free scheme began in 2009" and "the largest trade delegation to the region since 2019"
    measure a record from a start told in passing; "Since the pilot began in March 2024, 900 patients have been
    moved" dates the pilot's start."""
    s1 = "Uptake of the vaccine reached 61% this autumn, the highest since the free scheme began in 2009."
    s2 = "Since the ambulance pilot began in March 2024, 900 patients have been moved under the scheme."
    s3 = "The mission, which signed deals worth £5 million, was the largest trade delegation to the region since 2019."
    rows = [
        fact("a", "date", 300 + s3.index("2019"), 300 + s3.index("2019") + 4, sentence_start=300, sentence=s3,
             text="2019", date="2019", event="signed"),
        fact("a", "amount", 300 + s3.index("£5"), sentence_start=300, sentence=s3, value=5e6, unit="GBP",
             object="deals"),
        fact("a", "date", s1.index("2009"), s1.index("2009") + 4, sentence=s1, text="2009", date="2009",
             event="began"),
        fact("a", "amount", s1.index("61%"), sentence=s1, value=61.0, unit="percent", object="uptake"),
        fact("a", "date", 100 + s2.index("March"), 100 + s2.index("2024") + 4, sentence_start=100, sentence=s2,
             text="March 2024", date="2024-03", event="began"),
        fact("a", "amount", 100 + s2.index("900"), sentence_start=100, sentence=s2, value=900.0, unit="count",
             object="patients"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-11-26"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2024-03"]


def test_the_start_of_a_tally_its_clause_counts_is_no_step(tmp_path):
    """ "over 120 papers since 2013" and "the third deal it has struck since 2021" count from a year; "Since 2019,
    the two bodies have run a joint clinic" dates the clinic's start."""
    s1 = "Their staff have co-authored over 120 papers since 2013."
    s2 = "The licence is the third deal Kelby has struck with a Tarn company since 2021."
    s3 = "Since 2019, the two bodies have run a joint clinic in Tarn."
    rows = [
        fact("a", "date", s1.index("2013"), s1.index("2013") + 4, sentence=s1, text="2013", date="2013"),
        fact("a", "date", 100 + s2.index("2021"), 100 + s2.index("2021") + 4, sentence_start=100, sentence=s2,
             text="2021", date="2021"),
        fact("a", "date", 200 + s3.index("2019"), 200 + s3.index("2019") + 4, sentence_start=200, sentence=s3,
             text="2019", date="2019"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2024-06-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")] == ["2019"]


def test_one_sentence_is_one_step_a_statistic_is_not_and_a_plan_is_marked(tmp_path):
    s1 = "Public spending on clinics was expanded, climbing to 3.1 billion yuan in 2021 from 1.2 billion in 2017."
    s2 = "At the end of 2020 the city had 4,100 nurses."
    s3 = "The new wing will open next year under the hospital reform."
    s4 = "In 2022, the county will extend the voucher scheme to dentists."
    s5 = "The city signed an agreement on 4 May 2021 that will fund two clinics."
    rows = [
        fact("a", "date", 70, 74, sentence_start=0, sentence=s1, text="2021", date="2021", event="climbing"),
        fact("a", "date", 97, 101, sentence_start=0, sentence=s1, text="2017", date="2017", event="climbing"),
        fact("a", "amount", 40, sentence_start=0, value=3.1e9, unit="CNY", object="spending"),
        fact("a", "date", 214, 218, sentence_start=200, sentence=s2, text="2020", date="2020", event="had"),
        fact("a", "amount", 230, sentence_start=200, value=4100.0, unit="count", object="nurses"),
        fact("a", "date", 330, 339, sentence_start=300, sentence=s3, text="next year", date="2024", event="open"),
        fact("a", "date", 403, 407, sentence_start=400, sentence=s4, text="2022", date="2022", event="extend"),
        fact("a", "date", 535, 545, sentence_start=500, sentence=s5, text="4 May 2021", date="2021-05-04",
             event="signed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2023-06-01"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["date"], e["plan"]) for e in timeline.top(s, 10)]
        assert got == [("2021", False), ("2021-05-04", False), ("2022", True), ("2024", True)]
        assert timeline.by_year(s) == [{"year": "2021", "n": 2}]


def test_a_step_and_a_plan_of_one_sentence_are_two_events(tmp_path):
    """ "will be extended from October 1, the bureau announced on Tuesday": the announcement is a step taken, the
    extension a plan."""
    s1 = "The voucher scheme will be extended to clinics in Eastport from October 1, the bureau announced on Tuesday."
    rows = [
        fact("a", "date", s1.index("October"), s1.index("October") + 9, sentence=s1, text="October 1",
             date="2023-10-01", event="extended", plan=True),
        fact("a", "date", s1.index("Tuesday"), s1.index("Tuesday") + 7, sentence=s1, text="Tuesday",
             date="2023-05-30", event="announced"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2023-05-31"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["date"], e["plan"]) for e in timeline.top(s, 10)]
    assert got == [("2023-05-30", False), ("2023-10-01", True)]


def test_the_end_of_the_period_a_tally_covers_is_no_step(tmp_path):
    s1 = "From June 2023 to the end of February 2024, Tarn clinics wrote 5,100 prescriptions for the drugs."
    s2 = "The bureau approved the drugs for use in Tarn in April 2024."
    rows = [
        fact("a", "date", s1.index("February"), s1.index("February") + 13, sentence=s1, text="February 2024",
             date="2024-02"),
        fact("a", "date", 100 + s2.index("April"), 100 + s2.index("April") + 10, sentence_start=100, sentence=s2,
             text="April 2024", date="2024-04"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2024-05-03"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")] == ["2024-04"]


def test_a_cooperation_event_is_stated_once_and_a_remark_is_not_a_step(tmp_path):
    nv, eb = "Northvale University", "Eastbay Hospital"
    s1 = "Northvale University signed a deal with Eastbay Hospital on 3 May 2019."
    s2 = "At the signing on 3 May 2019 the two sides pledged 40 beds."
    s3 = "A Northvale University delegation toured Harbour City on 9 June 2019."
    s4 = "When she visited Harbour City on 2 July 2019, the minister described it as a hub open to cooperation."
    s5 = "The city opened a clinic on 2 July 2019, she said."
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        fact("a", "date", 63, 73, sentence_start=0, sentence=s1, text="3 May 2019", date="2019-05-03", event="x"),
        # the same signing again, in a sentence with no partnership: one event
        fact("a", "date", 120, 130, sentence_start=100, sentence=s2, text="3 May 2019", date="2019-05-03",
             event="x"),
        # a sentence naming a party of the article's partnership, with no word of cooperation: an event
        org("a", 202, nv, "UK") | {"sentence_start": 200, "sentence": s3},
        fact("a", "date", 260, 271, sentence_start=200, sentence=s3, text="9 June 2019", date="2019-06-09",
             event="x"),
        # words of cooperation only after a verb of remark: not a step
        fact("a", "date", 330, 341, sentence_start=300, sentence=s4, text="2 July 2019", date="2019-07-02",
             event="x"),
        fact("b", "date", 30, 41, sentence_start=0, sentence=s5, text="2 July 2019", date="2019-07-02", event="x"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["doc_id"], e["date"]) for e in timeline.top(s, 10)]
    assert got == [("a", "2019-05-03"), ("a", "2019-06-09"), ("b", "2019-07-02")]


def test_an_initiative_no_sentence_dates_is_an_event_of_its_first_articles_day(tmp_path):
    nv, eb = "Northvale University", "Eastbay Hospital"
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        org("b", 0, nv, "UK"), org("b", 50, eb, "mainland China", "hospital"), deal("b", 21, 0, nv, eb),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2020-03-02"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2019-11-20"},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["doc_id"], e["date"], e["reported"]) for e in timeline.top(s, 10)]
    assert got == [("b", "2019-11-20", True)]


def test_an_article_that_dates_its_own_steps_gives_no_publication_date_event(tmp_path):
    nv, eb = "Northvale University", "Eastbay Hospital"
    s2 = "The last of the agreements were signed in December 2019."
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        fact("a", "date", 300 + s2.index("December"), sentence_start=300, sentence=s2, text="December 2019",
             date="2019-12", event="signed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2020-01-07"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [(e["date"], e["reported"]) for e in timeline.top(s, 10)]
    assert got == [("2019-12", False)]


def test_a_step_naming_a_side_the_focus_leaves_out_belongs_to_the_other_report(tmp_path):
    uk = "In 2023 Northvale University began a reform of nurse training with Eastbay Hospital."
    gba = "In 2024 Eastbay Hospital began a reform of cross-border referrals."
    rows = [
        org("a", 8, "Northvale University", "UK"),
        fact("a", "date", 3, 7, sentence_start=0, sentence=uk, date="2023", event="began a reform"),
        org("a", 108, "Eastbay Hospital", "mainland China", "hospital"),
        fact("a", "date", 103, 107, sentence_start=100, sentence=gba, date="2024", event="began a reform"),
        *[fact("a", "theme", 900 + 10 * i, sentence_start=900, theme="cross_border_care") for i in range(2)],
    ]
    for focus, expected in (("gba", ["2024"]), ("all", ["2023", "2024"])):
        with store_of(tmp_path, rows) as s:
            scope.register(s, scope.Scope(focus))
            initiatives.register(s)
            timeline.register(s)
            assert [e["date"] for e in timeline.top(s, 10)] == expected


def test_will_in_an_undated_review_of_a_year_it_looks_back_on_is_not_a_plan(tmp_path):
    s1 = "In 2024, the city will open 20 clinics for older residents under the reform."
    s2 = "The new hospital was officially opened on 9 January 2025."
    s3 = "In 2026, the city will open a second hospital under the reform."
    rows = [
        fact("a", "date", 3, 7, sentence_start=0, sentence=s1, text="2024", date="2024", event="open"),
        fact("a", "amount", 30, sentence_start=0, value=20.0, unit="count", object="clinics"),
        fact("a", "date", 141, 155, sentence_start=100, sentence=s2, text="9 January 2025", date="2025-01-09",
             event="opened"),
        fact("a", "date", 203, 207, sentence_start=200, sentence=s3, text="2026", date="2026", event="open"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = {e["date"]: e["plan"] for e in timeline.top(s, 10)}
    assert got == {"2024": False, "2025-01-09": False, "2026": True}


def test_an_article_about_cooperation_with_a_side_the_focus_leaves_out_gives_it_no_step(tmp_path):
    """The second sentence names no UK body, but its article's headline does: the step is the other report's. A
    step between two of the focus's own sides stays."""
    head = "Northvale College reviews surgeons at Eastbay Hospital"
    own = "In 2024 the panel began a reform of surgical training at the hospital."
    both = "In 2025 Eastbay Hospital and Harbour Clinic began a reform of cross-border referrals."
    rows = [
        org("a", 0, "Northvale College", "UK"),
        org("a", 38, "Eastbay Hospital", "mainland China", "hospital"),
        fact("a", "date", 103, 107, sentence_start=100, sentence=own, date="2024", event="began a reform"),
        fact("a", "date", 203, 207, sentence_start=200, sentence=both, date="2025", event="began a reform"),
        fact("a", "organization", 208, 224, sentence_start=200, sentence=both, name="Eastbay Hospital",
             jurisdiction="mainland China", org_type="hospital"),
        fact("a", "organization", 229, 243, sentence_start=200, sentence=both, name="Harbour Clinic",
             jurisdiction="Hong Kong", org_type="hospital"),
        *[fact("a", "theme", 900 + 10 * i, sentence_start=900, theme="cross_border_care") for i in range(2)],
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "title": head, "title_start": 0,
             "title_end": len(head)}]  # fmt: skip
    for focus, expected in (("gba", ["2025"]), ("all", ["2024", "2025"])):
        with store_of(tmp_path, rows, docs) as s:
            scope.register(s, scope.Scope(focus))
            initiatives.register(s)
            timeline.register(s)
            assert [e["date"] for e in timeline.top(s, 10)] == expected


def test_clearly_dated_steps_come_before_a_year_in_passing_and_an_articles_date(tmp_path):
    nv, eb, kc = "Northvale University", "Eastbay Hospital", "Kestrel College"
    s1 = "Northvale University signed an agreement with Eastbay Hospital on 3 May 2016."
    s2 = "The agreement was renewed in 2018."
    s3 = "Northvale University opened a clinic with Eastbay Hospital in March 2019."
    s4 = "The reform of nurse training began in 2020."
    s5 = "A delegation of Eastbay Hospital visited Northvale University on 9 June 2021."
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        fact("a", "date", s1.index("3 May"), sentence_start=0, sentence=s1, text="3 May 2016", date="2016-05-03",
             event="signed"),
        fact("a", "date", 200 + s2.index("2018"), sentence_start=200, sentence=s2, text="2018", date="2018",
             event="renewed"),
        dict(org("a", 300, nv, "UK"), sentence_start=300),
        dict(org("a", 340, eb, "mainland China"), sentence_start=300),
        fact("a", "date", 300 + s3.index("March"), sentence_start=300, sentence=s3, text="March 2019",
             date="2019-03", event="opened a clinic"),
        fact("a", "date", 400 + s4.index("2020"), sentence_start=400, sentence=s4, text="2020", date="2020",
             event="reform began"),
        dict(org("a", 500, eb, "mainland China"), sentence_start=500),
        dict(org("a", 560, nv, "UK"), sentence_start=500),
        fact("a", "date", 500 + s5.index("9 June"), sentence_start=500, sentence=s5, text="9 June 2021",
             date="2021-06-09", event="visited"),
        # a cooperation no sentence dates, in a headline: placed at its article's date
        org("b", 0, kc, "mainland China"), org("b", 50, nv, "UK"), deal("b", 21, 0, kc, nv),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2022-01-10"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2019-09-01", "title": "T", "title_start": 0,
         "title_end": 80},
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        every = [e["date"] for e in s.rows("SELECT date FROM events ORDER BY date")]
        assert every == ["2016-05-03", "2018", "2019-03", "2019-09-01", "2020", "2021-06-09"]
        # the first and latest steps always; then the month of the clinic before a year in passing and the
        # article's date
        got = [e["date"] for e in timeline.top(s, 3)]
    assert got == ["2016-05-03", "2019-03", "2021-06-09"]


def test_a_day_whose_sentence_writes_its_year_in_a_name_has_its_year_stated(tmp_path):
    """An undated article: "December 13" beside "the 2023 Annual Meeting" has its year stated; "May 2" beside no
    year has it inferred from the article's other dates."""
    s1 = "On December 13, the 2023 Annual Meeting of the Westmoor Alliance signed a cooperation agreement."
    s2 = "On May 2, the members of the Westmoor Alliance signed a cooperation agreement."
    rows = [
        fact("a", "date", 18, 29, sentence_start=0, sentence=s1, text="December 13", date="2023-12-13",
             event="held", extractor="dates.resolved"),
        fact("a", "date", 203, 208, sentence_start=200, sentence=s2, text="May 2", date="2024-05-02",
             event="signed", extractor="dates.resolved"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = {e["date"]: e["inferred"] for e in timeline.top(s, 10)}
    assert got == {"2023-12-13": False, "2024-05-02": True}


def test_the_latest_step_is_the_latest_date_not_the_most_prominent_of_its_year(tmp_path):
    s1 = "Northvale University signed an agreement with Eastbay Hospital on 3 March 2024."
    s2 = "The partners renewed their research pact on 9 October 2024."
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 40, "Eastbay Hospital", "mainland China"),
        deal("a", 21, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 65, 77, sentence_start=0, sentence=s1, date="2024-03-03", event="signed an agreement"),
        fact("a", "date", 143, 157, sentence_start=100, sentence=s2, date="2024-10-09", event="renewed"),
    ]  # fmt: skip
    lead = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "lead_start": 0, "lead_end": 90}]  # s1 is the lead
    with store_of(tmp_path, rows, lead) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.ends(s)] == ["2024-03-03", "2024-10-09"]


def test_the_date_the_publication_was_read_from_is_no_step(tmp_path):
    s1 = (
        "EASTPORT, June 18 (Harbour News) -- Northvale University signed an agreement with Eastbay Hospital on Tuesday."
    )
    rows = [
        org("a", 44, "Northvale University", "UK"), org("a", 86, "Eastbay Hospital", "mainland China"),
        deal("a", 65, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 10, 17, sentence_start=0, sentence=s1, date="2025-06-18", event="signed an agreement"),
        fact("a", "date", 106, 113, sentence_start=0, sentence=s1, date="2025-06-17", event="signed an agreement"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-06-18", "published_start": 10,
             "published_end": 17}]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 5)] == ["2025-06-17"]


def test_a_year_since_which_a_body_has_worked_or_opened_is_no_step(tmp_path):
    s1 = "Northvale University has worked with Chinese hospitals since 2011 and hosts 900 students."
    s2 = "Eastbay Hospital has received 1.3 million visits since it opened in 2012."
    s3 = "Northvale University signed an agreement with Eastbay Hospital in 2023."
    rows = [
        org("a", 200, "Northvale University", "UK"), org("a", 245, "Eastbay Hospital", "mainland China"),
        deal("a", 221, 200, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 61, 65, sentence_start=0, sentence=s1, text="2011", date="2011", event="worked"),
        fact("a", "amount", 76, sentence_start=0, sentence=s1, value=900.0, unit="count", object="students"),
        fact("a", "date", 168, 172, sentence_start=100, sentence=s2, text="2012", date="2012", event="opened"),
        fact("a", "amount", 126, sentence_start=100, sentence=s2, value=1.3e6, unit="count", object="visits"),
        fact("a", "date", 266, 270, sentence_start=200, sentence=s3, text="2023", date="2023", event="signed"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2023"]


def test_the_day_a_scheme_began_is_its_step_where_a_body_opening_is_not(tmp_path):
    """ "used the cross-border dental scheme since it began on 16 December" dates the scheme's start; "visits since it
    opened in 2012" is a hospital's opening told in passing."""
    s1 = "Forty residents have used the cross-border dental scheme since it began on 16 December 2025."
    s2 = "Eastbay Hospital has received 1.3 million visits since it opened in 2012."
    rows = [
        fact("a", "date", s1.index("16"), s1.index("16") + 16, sentence_start=0, sentence=s1, text="16 December 2025",
             date="2025-12-16", event="began"),
        fact("a", "date", 200 + s2.index("2012"), 204 + s2.index("2012"), sentence_start=200, sentence=s2, text="2012",
             date="2012", event="opened"),
        fact("a", "amount", 200 + s2.index("1.3"), sentence_start=200, sentence=s2, value=1.3e6, unit="count",
             object="visits"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2025-12-16"]


def test_a_year_since_which_two_named_bodies_have_worked_together_dates_their_partnership(tmp_path):
    """ "Eastbay Hospital, which has worked with Northvale University since 2017, ...": the partnership its sentence
    states began then (a step of cooperation, and the initiative's first year); a body working with unnamed partners
    "since 2011" is still no step."""
    s1 = "The minister visited Eastbay Hospital, which has worked with Northvale University on flu since 2017."
    s2 = "Northvale University has worked with Chinese hospitals since 2011."
    rows = [
        org("a", 21, "Eastbay Hospital", "mainland China"), org("a", 61, "Northvale University", "UK"),
        deal("a", 49, 0, "Eastbay Hospital", "Northvale University"),
        fact("a", "date", 95, 99, sentence_start=0, sentence=s1, text="2017", date="2017", event="worked"),
        fact("a", "date", 162, 166, sentence_start=101, sentence=s2, text="2011", date="2011", event="worked"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2017"]
        assert [(r["first_year"], r["dated"]) for r in initiatives.top(s, 5)] == [("2017", "stated")]


def test_the_year_since_which_people_have_been_able_to_use_a_scheme_is_its_step(tmp_path):
    """ "Tarn people have been eligible to enrol in Westvale's health insurance since 2019": the entitlement began then,
    unlike the year since which a body has worked somewhere."""
    s1 = "Tarn people employed in Westvale have been eligible to enrol in its health insurance since 2019."
    s2 = "Northvale University has worked with Chinese hospitals since 2011."
    rows = [
        fact("a", "date", 91, 95, sentence_start=0, sentence=s1, text="2019", date="2019", event="enrol"),
        fact("a", "date", 161, 165, sentence_start=100, sentence=s2, text="2011", date="2011", event="worked"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2019"]


def test_a_partys_own_results_are_no_step(tmp_path):
    s1 = "Northvale University signed an agreement with Eastbay Hospital in 2023."
    s2 = "Northvale University reported revenue of 22 million pounds in the year to March 2024."
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 45, "Eastbay Hospital", "mainland China"),
        deal("a", 21, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 66, 70, sentence_start=0, sentence=s1, text="2023", date="2023", event="signed"),
        org("a", 100, "Northvale University", "UK") | {"sentence_start": 100, "sentence": s2},
        fact("a", "date", 175, 185, sentence_start=100, sentence=s2, text="March 2024", date="2024-03",
             event="reported"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2023"]


def test_a_bodys_results_are_one_word_list_for_the_timeline_and_the_sums():
    """The words that keep a body's own results out of the timeline are the words that make a sum after them nobody's
    deal money: both read `result_words.txt`, so neither can add or drop a word alone."""
    in_sentence = re.compile(timeline.results_pattern())
    [before_sum] = [re.compile(rx, re.IGNORECASE) for label, _, side, rx in initiatives.sum_kinds()
                    if label == "company results" and side == "before"]  # fmt: skip
    # no word list is left named in a pattern: every pattern is written out
    assert not any(initiatives.WORD_LIST.search(rx) for *_, rx in initiatives.sum_kinds())
    for lead, results in (
        ("Westmoor Labs reported turnover of ", True),
        ("Its net income for the year came to ", True),
        ("The clinic's profits rose to ", True),
        ("The sale of the old site raised ", False),  # one sale is no body's results
        ("The staff of the clinic grew to ", False),
    ):
        sentence = lead + "£3 million."
        assert bool(in_sentence.search(sentence)) is results, sentence
        assert bool(before_sum.search(lead)) is results, lead
        kind = initiatives.sum_kind_of(sentence, len(lead), len(lead) + len("£3 million"))
        assert (kind is not None and not kind[1]) is results, lead
    for word in read_lines("result_words.txt"):
        lead = f"Eastbay Clinic said its {word} reached "
        assert in_sentence.search(lead + "£4 million.") and before_sum.search(lead), word


def test_a_date_of_an_act_done_is_no_plan_though_the_sentence_goes_on_in_the_future(tmp_path):
    s1 = "Under the deal, announced on Monday, Kestrel will take a stake in the Northvale clinic."
    s2 = "The second phase, expected in 2027, will add a cross-border clinic under the reform."
    s3 = "Under the plan, on Monday, Kestrel will open a cross-border clinic under the reform."
    rows = [
        fact("a", "date", 29, 35, sentence_start=0, sentence=s1, text="Monday", date="2026-03-02",
             event="announced"),
        fact("a", "date", 132, 136, sentence_start=100, sentence=s2, text="2027", date="2027", event="add"),
        fact("a", "date", 218, 224, sentence_start=200, sentence=s3, text="Monday", date="2026-03-01",
             event="open"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-03-03"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = {r["date"]: r["plan"] for r in s.rows("SELECT date, plan FROM step_dates ORDER BY date")}
    assert got == {"2026-03-01": True, "2026-03-02": False, "2027": True}


def test_a_time_a_remark_imagines_is_no_step(tmp_path):
    s1 = "'Twelve years ago none of us could have pictured a shared ward,' the director said."
    s2 = "In 2019 the clinic could not have opened a cross-border ward."
    s3 = "Five years ago the two hospitals signed a cooperation agreement."
    rows = [
        fact("a", "date", 1, 17, sentence_start=0, sentence=s1, text="Twelve years ago", date="2014", event="said"),
        fact("a", "date", 103, 107, sentence_start=100, sentence=s2, text="2019", date="2019", event="opened"),
        fact("a", "date", 200, 214, sentence_start=200, sentence=s3, text="Five years ago", date="2021",
             event="signed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-03-03"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [r["sentence_start"] for r in s.rows("SELECT sentence_start FROM step_dates ORDER BY sentence_start")]
    assert got == [200]


def test_a_date_of_a_persons_own_past_told_in_passing_is_no_step(tmp_path):
    s1 = "Dr Ann Lee, a surgeon who trained in Northfield in 1998, will lead the new cross-border clinic."
    s2 = "In 2024 the hospital and Kestrel College began a cross-border training programme."
    s3 = "Dr Bo Tan, who himself trained for six months at a teaching hospital in Leeds in 2009, said exams would move."
    rows = [
        fact("a", "date", s1.index("1998"), s1.index("1998") + 4, sentence_start=0, sentence=s1, text="1998",
             date="1998", event="trained"),
        fact("a", "date", 203, 207, sentence_start=200, sentence=s2, text="2024", date="2024", event="began"),
        fact("a", "date", 400 + s3.index("2009"), 404 + s3.index("2009"), sentence_start=400, sentence=s3,
             text="2009", date="2009", event="trained"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [r["date"] for r in s.rows("SELECT date FROM step_dates ORDER BY date")]
    assert got == ["2024"]


def test_a_renewal_stated_in_the_lead_the_next_sentence_and_a_list_is_one_step_dated_by_its_signing(tmp_path):
    """The dateline's day is the day the story was filed; "The renewed agreement was signed yesterday" right after
    the sentence stating the renewal is its step; a bare year in a list item naming the partner restates it."""
    s1 = "WESTPORT, May 4 - Northvale University has renewed its partnership with Eastbay Hospital for two years."
    s2 = "The renewed agreement was signed yesterday in Westport."
    s3 = "- Eastbay Hospital (nursing exchange, renewed 2025)"
    at = {s1: 0, s2: len(s1) + 2, s3: len(s1) + len(s2) + 4}

    def said(sentence, kind, words, **fields):
        start = at[sentence] + sentence.index(words)
        return fact("a", kind, start, start + len(words), sentence_start=at[sentence], sentence=sentence,
                    sentence_end=at[sentence] + len(sentence), text=words, **fields)  # fmt: skip

    uni, hosp = dict(org_type="university", jurisdiction="UK"), dict(org_type="hospital", jurisdiction="mainland China")
    rows = [
        said(s1, "organization", "Northvale University", name="Northvale University", **uni),
        said(s1, "organization", "Eastbay Hospital", name="Eastbay Hospital", **hosp),
        said(s1, "partnership", "renewed its partnership with", parties=["Northvale University", "Eastbay Hospital"],
             party_ids=["org:northvale-university", "org:eastbay-hospital"], field="education and training"),
        said(s1, "date", "May 4", date="2025-05-04", event="renewed"),
        said(s2, "date", "yesterday", date="2025-05-03", event="signed"),
        said(s3, "organization", "Eastbay Hospital", name="Eastbay Hospital", **hosp),
        said(s3, "date", "2025", date="2025", event="renewed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-05-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 5)] == ["2025-05-03"]


def test_a_share_price_naming_a_party_is_no_step_and_the_latest_step_states_its_own_date(tmp_path):
    nv, eb, kc = "Northvale University", "Eastbay Hospital", "Kestrel College"
    s1 = "Northvale University signed an agreement with Eastbay Hospital on 3 May 2026."
    s2 = "Shares in Eastbay Hospital closed down 2% on 5 May 2026."
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        fact("a", "date", s1.index("3 May"), sentence_start=0, sentence=s1, text="3 May 2026", date="2026-05-03",
             event="signed"),
        dict(org("a", 210, eb, "mainland China", "hospital"), sentence_start=200, sentence=s2),
        fact("a", "date", 200 + s2.index("5 May"), sentence_start=200, sentence=s2, text="5 May 2026",
             date="2026-05-05", event="closed"),
        # a cooperation no sentence dates, reported later: on the timeline at its article's date, not its end
        org("b", 0, kc, "mainland China"), org("b", 50, nv, "UK"), deal("b", 21, 0, kc, nv),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-05-06"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2026-07-01"},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in s.rows("SELECT date FROM events ORDER BY date")] == ["2026-05-03", "2026-07-01"]
        assert [e["date"] for e in timeline.ends(s)] == ["2026-05-03", "2026-05-03"]


def test_a_party_beginning_its_work_is_a_step(tmp_path):
    nv, eb = "Northvale University", "Eastbay Hospital"
    s1 = "Northvale University signed an agreement with Eastbay Hospital on 3 May 2026."
    s2 = "Northvale University first began work in Harbour City in 2019."
    rows = [
        org("a", 0, nv, "UK"), org("a", 50, eb, "mainland China", "hospital"), deal("a", 21, 0, nv, eb),
        fact("a", "date", s1.index("3 May"), sentence_start=0, sentence=s1, text="3 May 2026", date="2026-05-03",
             event="signed"),
        dict(org("a", 200, nv, "UK"), sentence_start=200, sentence=s2),
        fact("a", "date", 200 + s2.index("2019"), sentence_start=200, sentence=s2, text="2019", date="2019",
             event="began"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-05-06"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in s.rows("SELECT date FROM events ORDER BY date")] == ["2019", "2026-05-03"]


def test_a_date_of_the_pages_notes_to_editors_is_no_step_but_of_a_cooperation_they_date(tmp_path):
    s1 = "Northvale University signed an agreement with Eastbay Hospital in 2023."
    s2 = "The Northvale Global programme was set up in 2009 to build ties with Asia."
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 45, "Eastbay Hospital", "mainland China"),
        deal("a", 21, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 66, 70, sentence_start=0, sentence=s1, text="2023", date="2023", event="signed"),
        fact("a", "date", 941, 945, sentence_start=900, sentence=s2, text="2009", date="2009", event="set up"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "notes_start": 880}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2023"]
    # a cooperation the notes date is a step of it: "3. Northvale and Kestrel College first signed a pact in 2011."
    s3 = "Northvale University and Kestrel College first signed a pact in 2011."
    rows += [
        org("a", 950, "Kestrel College", "mainland China"),
        deal("a", 976, 950, "Northvale University", "Kestrel College"),
        fact("a", "date", 1011, 1015, sentence_start=950, sentence=s3, text="2011", date="2011", event="signed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1100, "notes_start": 880}]
    (tmp_path / "notes").mkdir()
    with store_of(tmp_path / "notes", rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2011", "2023"]


def test_a_date_of_an_act_done_at_a_place_is_no_plan(tmp_path):
    s1 = "A deal between Kestrel and Northvale, signed in Leeds in May, will bring 40 nurses to the clinic."
    at = s1.index("May")
    rows = [fact("a", "date", at, at + 3, sentence_start=0, sentence=s1, text="May", date="2026-05", event="signed")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-06-03"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = {r["date"]: r["plan"] for r in s.rows("SELECT date, plan FROM step_dates ORDER BY date")}
    assert got == {"2026-05": False}


def test_the_day_the_news_was_told_is_no_step(tmp_path):
    """ "said on Tuesday it had signed": Tuesday is when it was told; the signing "on Monday" is the step."""
    s1 = "Northvale University said on Tuesday it had signed an agreement with Eastbay Hospital."
    s2 = "The agreement was signed in Eastport on Monday."
    at = len(s1) + 1
    rows = [
        org("a", 0, "Northvale University", "UK"), org("a", 69, "Eastbay Hospital", "mainland China"),
        deal("a", 44, 0, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 29, 36, sentence_start=0, sentence=s1, text="Tuesday", date="2025-03-04", event="said"),
        fact("a", "date", at + 40, at + 46, sentence_start=at, sentence=s2, text="Monday", date="2025-03-03",
             event="signed"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-03-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 5)] == ["2025-03-03"]


def test_a_partys_shares_moving_on_the_day_of_a_deal_are_no_step(tmp_path):
    s1 = "Kelby Devices plc signed an agreement with Eastbay Hospital in 2023."
    s2 = (
        "Shares in Kelby Devices plc, which is listed on the Tarn exchange's growth market, rose 8.4% on 4 May 2024 "
        "after the company announced the deal."
    )
    rows = [
        org("a", 0, "Kelby Devices plc", "UK"), org("a", 43, "Eastbay Hospital", "mainland China"),
        deal("a", 18, 0, "Kelby Devices plc", "Eastbay Hospital"),
        fact("a", "date", 63, 67, sentence_start=0, sentence=s1, text="2023", date="2023", event="signed"),
        org("a", 110, "Kelby Devices plc", "UK") | {"sentence_start": 100, "sentence": s2},
        fact("a", "date", 196, 206, sentence_start=100, sentence=s2, text="4 May 2024", date="2024-05-04",
             event="announced"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        assert [e["date"] for e in timeline.top(s, 10)] == ["2023"]


def test_a_cooperation_between_bodies_of_one_side_is_no_step_of_china_uk_cooperation(tmp_path):
    """A UK firm backing a UK clinic chain since 2018 is context of a China–UK deal, not a step of it; the profile of
    either body (focus "all") keeps it."""
    cross = "In 2023 Northvale University signed a research deal with Eastbay Hospital."
    home = "In 2018 Westmoor Capital signed an investment deal with Kelby Clinics."
    rows = [
        org("a", 108, "Northvale University", "UK"),
        org("a", 160, "Eastbay Hospital", "mainland China", "hospital"),
        deal("a", 130, 100, "Northvale University", "Eastbay Hospital"),
        fact("a", "date", 103, 107, sentence_start=100, sentence=cross, date="2023", event="signed"),
        org("a", 208, "Westmoor Capital", "UK", "company"),
        org("a", 256, "Kelby Clinics", "UK", "hospital"),
        deal("a", 225, 200, "Westmoor Capital", "Kelby Clinics"),
        fact("a", "date", 203, 207, sentence_start=200, sentence=home, date="2018", event="signed"),
    ]
    for focus, expected in (("china_uk", ["2023"]), ("all", ["2018", "2023"])):
        with store_of(tmp_path, rows) as s:
            scope.register(s, scope.Scope(focus))
            initiatives.register(s)
            timeline.register(s)
            assert [e["date"] for e in timeline.top(s, 10)] == expected
