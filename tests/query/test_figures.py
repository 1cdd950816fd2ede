"""Figures counted once across articles, largest sums across currencies, biggest changes, key numbers one per
object, and disagreeing figures flagged."""

import re

import pytest
from factstore import fact, store_of

from analysis.query import figures, initiatives, scope
from analysis.query.store import MARK
from analysis.report import phrases


def amount(doc, start, value, unit, obj, place=None, value_to=None, sentence_start=None, **kw):
    return fact(
        doc,
        "amount",
        start,
        start + 8,
        sentence_start=start if sentence_start is None else sentence_start,
        value=value,
        value_to=value_to,
        unit=unit,
        object=obj,
        place=place,
        **kw,
    )


def open_store(tmp_path, rows, docs=None):
    s = store_of(tmp_path, rows, docs)
    scope.register(s, scope.Scope("all"))
    initiatives.register_rates(s)
    figures.register(s)
    return s


def test_sums_compare_across_currencies_and_repeats_count_once(tmp_path):
    rows = [
        amount("a", 10, 300_000_000.0, "CNY", "a new hospital"),  # about 34 million pounds
        amount("a", 100, 50_000_000.0, "GBP", "research funding"),
        amount("b", 10, 50_000_000.0, "GBP", "research funding"),  # the same sum in another article
        amount("b", 100, 2_000_000.0, "USD", "scholarships"),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["unit"], r["n_articles"]) for r in figures.largest_sums(s, 5)]
    assert got == [(50_000_000.0, "GBP", 2), (300_000_000.0, "CNY", 1), (2_000_000.0, "USD", 1)]


def test_the_rest_or_a_share_of_a_sum_stated_before_is_no_sum_of_its_own(tmp_path):
    whole = "The city has set aside 286 million yuan for the programme this year."
    rest = "The remaining 100 million yuan will be shared among the rural counties."
    share = "Eastbank District receives the largest share at 62 million yuan."
    rows = [
        amount("a", 23, 286_000_000.0, "CNY", "programme", sentence=whole, text="286 million yuan", sentence_start=0)
        | {"end": 39},
        amount(
            "a", 100, 100_000_000.0, "CNY", "rural counties", sentence=rest, text="100 million yuan", sentence_start=86
        )
        | {"end": 116},
        amount("a", 248, 62_000_000.0, "CNY", "share", sentence=share, text="62 million yuan", sentence_start=200)
        | {"end": 263},
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.largest_sums(s, 5)] == [286_000_000.0]


def test_sums_the_rates_cannot_order_are_a_tie_led_by_the_base_currency(tmp_path):
    """Converted at rounded rates, 650 million yuan (about 73 million pounds) and £73 million agree to two figures:
    a tie, the sum stated in pounds first; US$100 million (80 million pounds) stays above both."""
    rows = [
        amount("a", 10, 650_000_000.0, "CNY", "a distribution deal"),
        amount("b", 10, 73_000_000.0, "GBP", "a new factory"),
        amount("c", 10, 100_000_000.0, "USD", "a joint venture"),
    ]
    with open_store(tmp_path, rows) as s:
        got = figures.largest_sums(s, 5)
    assert [(r["after"], r["unit"]) for r in got] == [
        (100_000_000.0, "USD"),
        (73_000_000.0, "GBP"),
        (650_000_000.0, "CNY"),
    ]
    ties = figures.currency_ties(got)
    assert [[r["unit"] for r in t] for t in ties] == [["GBP", "CNY"]]


def test_a_sum_restated_in_another_currency_elsewhere_in_its_article_is_one_sum(tmp_path):
    """ "raises £40m" in the headline and "the round, worth roughly HK$390 million" below (about £40 million): one
    sum; nearly the same values in two articles, two currencies far apart in one, or two deals neither given as
    approximate, stay two."""
    said = "The round, worth roughly HK$390 million, drew three backers."
    rows = [
        amount("a", 10, 40_000_000.0, "GBP", "round"),
        amount("a", 300 + said.index("HK$"), 390_000_000.0, "HKD", "round", sentence_start=300, sentence=said),
        amount("b", 10, 395_000_000.0, "HKD", "a hospital wing"),
        amount("c", 10, 41_000_000.0, "GBP", "a trial"),
        amount("c", 300, 300_000_000.0, "HKD", "a trial"),
        # two deals of one article at about the same value, neither given as approximate, stay two
        amount("d", 10, 20_000_000.0, "GBP", "a deal", sentence="A signed a £20 million deal."),
        amount("d", 300, 195_000_000.0, "HKD", "a deal", sentence="B signed a HK$195 million deal."),
    ]
    with open_store(tmp_path, rows) as s:
        got = sorted((r["doc_id"], r["unit"]) for r in figures.largest_sums(s, 9))
    assert got == [("a", "GBP"), ("b", "HKD"), ("c", "GBP"), ("c", "HKD"), ("d", "GBP"), ("d", "HKD")]


def test_rank_value_rounds_to_two_significant_figures():
    assert figures.rank_value(73_450_000.0) == 73_000_000.0
    assert figures.rank_value(0.0) == 0.0
    assert figures.base_currency() == "GBP"


def part(doc, start, value, unit, obj, amount_type, value_from=None, value_to=None, change_pct=None, ss=0):
    """One row of a change or range as the extraction writes it."""
    return amount(doc, start, value, unit, obj, sentence_start=ss, amount_type=amount_type, value_from=value_from,
                  value_to=value_to, change_pct=change_pct)  # fmt: skip


def test_one_row_per_change_ranked_by_relative_size(tmp_path):
    rows = [
        # "community clinics increased from 48 to 88": the two levels are one change (+83.3%)
        part("a", 10, 48.0, "count", "community clinics", "change_before", 48.0, 88.0, 83.3333, ss=0),
        part("a", 30, 88.0, "count", "community clinics", "change_after", 48.0, 88.0, 83.3333, ss=0),
        # "beds rose 25% to 1,500": the percent and the level after are one change, the level before implied
        part("a", 110, 25.0, "percent", "increase in beds", "change_percent", change_pct=25.0, ss=100),
        part("a", 130, 1500.0, "count", "beds", "change_after", 1200.0, 1500.0, 25.0, ss=100),
        # "up 12% year on year" alone: a change whose levels are not stated
        part("a", 210, 12.0, "percent", "year-on-year increase in visits", "change_percent", change_pct=12.0, ss=200),
        # "the out-of-pocket share fell from 10% to 8%": ranked by its relative size (−20%), shown in points
        part("a", 310, 10.0, "percent", "out-of-pocket share", "change_before", 10.0, 8.0, -20.0, ss=300),
        part("a", 330, 8.0, "percent", "out-of-pocket share", "change_after", 10.0, 8.0, -20.0, ss=300),
        # "between 1,200 and 1,500 residents": a range, never a change
        part("a", 410, 1200.0, "count", "residents", "range_low", 1200.0, 1500.0, ss=400),
        part("a", 430, 1500.0, "count", "residents", "range_high", 1200.0, 1500.0, ss=400),
        # "exports rose to £1.6 billion from £1.1 billion": +45.45%, which a report rounds once, to +45%
        part("a", 510, 1.1e9, "GBP", "exports", "change_before", 1.1e9, 1.6e9, 45.4545, ss=500),
        part("a", 530, 1.6e9, "GBP", "exports", "change_after", 1.1e9, 1.6e9, 45.4545, ss=500),
    ]
    with open_store(tmp_path, rows) as s:
        ranked = figures.biggest_changes(s, 5)
        got = [(r["object"], r["before"], r["after"], r["pct"]) for r in ranked]
        kinds = s.rows("SELECT relation, count(*) AS n FROM figure_facts GROUP BY relation ORDER BY relation")
    assert got == [
        ("community clinics", 48.0, 88.0, 83.3333),
        ("exports", 1.1e9, 1.6e9, 45.4545),
        ("beds", 1200.0, 1500.0, 25.0),
        ("out-of-pocket share", 10.0, 8.0, None),
        ("year-on-year increase in visits", None, None, 12.0),
    ]
    assert [phrases.pct_text(r[3]) for r in got] == ["+83%", "+45%", "+25%", "", "+12%"]
    assert phrases.figure_text(ranked[3]) == "from 10% to 8% (−2 points)"
    # a percent stated with one decimal is shown as stated; a longer one is rounded once, halves away from zero
    assert [phrases.pct_text(x) for x in (14.5, -3.5, 2.25, 0.8)] == ["+14.5%", "−3.5%", "+2.3%", "+0.8%"]
    assert kinds == [{"relation": "change", "n": 5}, {"relation": "range", "n": 1}]


def test_part_of_a_year_set_against_a_whole_year_is_no_biggest_change(tmp_path):
    """ "The board has hired 60 nurses so far this year, up from 20 in 2024": a part year against a whole one."""
    part_year = "The board has hired 60 nurses so far this year, up from 20 in 2024."
    whole = "Clinics rose from 48 to 88 over the decade."
    rows = [
        part("a", 25, 60.0, "count", "nurses", "change_after", 20.0, 60.0, 200.0, ss=0) | {"sentence": part_year},
        part("a", 55, 20.0, "count", "nurses", "change_before", 20.0, 60.0, 200.0, ss=0) | {"sentence": part_year},
        part("a", 110, 48.0, "count", "clinics", "change_before", 48.0, 88.0, 83.3333, ss=100) | {"sentence": whole},
        part("a", 120, 88.0, "count", "clinics", "change_after", 48.0, 88.0, 83.3333, ss=100) | {"sentence": whole},
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["object"] for r in figures.biggest_changes(s, 5)] == ["clinics"]


def test_a_change_a_done_act_made_after_a_plan_is_no_plan(tmp_path):
    """ "will take referrals through a channel that has already cut waits from nine days to two" happened; "is to
    rise from 2.7 to 3.3 by 2030", "said the share would rise from 52% to 60%", "has said it will aim to cut" and
    "planned to add beds" are plans."""
    done = "The hospital will take referrals through a channel that has already cut waits from nine days to two days."
    plan = "The number of beds per 1,000 residents is to rise from 2.7 to 3.3 by 2030."
    told = "Officials said the share of nursing beds would rise from 52% to 60%."  # a plan in reported speech
    # a done verb before the plan leaves it a plan; a plan told in the past is still one
    aim = "The agency has said it will aim to cut its licensing time from 90 days to 60 days."
    past = "The group planned to add beds by 2028, taking the total from 210 to 260."
    rows = []
    for ss, sentence, lo, hi, obj, pct in ((0, done, "nine days", "two days", "waits", -77.7778),
                                           (200, plan, "2.7", "3.3", "beds per 1,000 residents", 22.2222),
                                           (400, told, "52%", "60%", "share of nursing beds", 15.3846),
                                           (600, aim, "90 days", "60 days", "licensing time", -33.3333),
                                           (800, past, "210", "260", "beds", 23.8095)):  # fmt: skip
        a, b = ss + sentence.index(lo), ss + sentence.index(hi)
        low, high = {0: (9.0, 2.0), 200: (2.7, 3.3), 400: (52.0, 60.0), 600: (90.0, 60.0), 800: (210.0, 260.0)}[ss]
        unit = {0: "days", 200: "count", 400: "percent", 600: "days", 800: "count"}[ss]
        rows += [
            part("a", a, low, unit, obj, "change_before", low, high, pct, ss=ss) | {"sentence": sentence, "text": lo,
                                                                                    "end": a + len(lo)},
            part("a", b, high, unit, obj, "change_after", low, high, pct, ss=ss) | {"sentence": sentence, "text": hi,
                                                                                   "end": b + len(hi)},
        ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = [(r["object"], r["ahead"]) for r in figures.biggest_changes(s, 5)]
    assert got == [("waits", False)]  # a plan is no change that happened


def test_one_persons_figure_is_no_change_of_the_world(tmp_path):
    """ "Her monthly bill fell from 300 yuan to 80 yuan" puts a face on a story; the clinics' 48 to 88 is the change."""
    rows = [
        part("a", 10, 300.0, "CNY", "her monthly bill", "change_before", 300.0, 80.0, -73.3333, ss=0),
        part("a", 30, 80.0, "CNY", "her monthly bill", "change_after", 300.0, 80.0, -73.3333, ss=0),
        part("a", 110, 48.0, "count", "community clinics", "change_before", 48.0, 88.0, 83.3333, ss=100),
        part("a", 130, 88.0, "count", "community clinics", "change_after", 48.0, 88.0, 83.3333, ss=100),
        part("a", 210, 40.0, "count", "his patients a week", "change_before", 40.0, 90.0, 125.0, ss=200),
        part("a", 230, 90.0, "count", "his patients a week", "change_after", 40.0, 90.0, 125.0, ss=200),
    ]
    with open_store(tmp_path, rows) as s:
        got = [r["object"] for r in figures.biggest_changes(s, 5)]
    assert got == ["community clinics"]


def test_the_same_sum_with_two_objects_is_one_sum(tmp_path):
    rows = [
        amount("a", 10, 70_000_000.0, "GBP", "health sector business"),
        amount("a", 100, 70_000_000.0, "GBP", "deals worth"),
        amount("b", 10, 70_000_000.0, "GBP", "deals"),
        amount("b", 100, 5_000_000.0, "GBP", "a fund"),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["n_articles"]) for r in figures.largest_sums(s, 5)]
    assert got == [(70_000_000.0, 2), (5_000_000.0, 1)]


def test_a_sum_stated_only_in_the_pages_notes_is_context_not_a_largest_sum(tmp_path):
    rows = [
        amount("a", 10, 12_000_000.0, "GBP", "research programme"),
        amount("a", 900, 1_000_000_000.0, "GBP", "a pledge to a global fund"),  # under "Background"
        amount("b", 10, 5_000_000.0, "GBP", "a new clinic"),
    ]
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 1000, "notes_start": 850},
        {"doc_id": "b", "file": "b.txt", "n_chars": 1000},
    ]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["after"], r["doc_id"]) for r in figures.largest_sums(s, 5)]
        sections = dict(s.con.execute("SELECT start, section FROM scoped WHERE doc_id = 'a'").fetchall())
    assert got == [(12_000_000.0, "a"), (5_000_000.0, "b")]
    assert sections == {10: "body", 900: "notes"}


def test_levels_of_one_thing_in_different_years_are_a_change_from_the_first_to_the_last(tmp_path):
    def level(doc, start, value, year, obj="hospital nurses", place="Tarn"):
        return amount(doc, start, value, "count", obj, place=place, year_of=year, fact_id=f"{doc}{start}")

    rows = [
        level("a", 100, 74.0, "2021"), level("a", 200, 121.0, "2022"), level("a", 260, 259.0, "2024"),
        level("b", 100, 50.0, "2020"), level("b", 200, 60.0, "2020"), level("b", 300, 90.0, "2023"),  # two in 2020
        level("c", 100, 10.0, "2023", obj="clinics"),  # one year only
        level("d", 100, 2.0, "2021", obj="wards"), level("d", 200, 6.0, "2023", obj="wards"),  # too few to show
        level("e", 100, 30.0, "2021", obj="beds", place=None), level("e", 200, 90.0, "2023", obj="beds", place=None),
    ]  # fmt: skip
    for r in list(rows):
        rows.append(fact(r["doc_id"], "date", r["start"] + 20, r["start"] + 24, sentence_start=r["start"],
                         text=r["year_of"], date=r["year_of"]))  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = [(r["doc_id"], r["before"], r["after"], r["base_year"], r["year"], r["from_fact_id"], r["fact_id"])
               for r in figures.biggest_changes(s, 5)]  # fmt: skip
    assert got == [("a", 74.0, 259.0, 2021, 2024, "a100", "a260")]


def test_a_past_deadline_right_after_a_figure_is_its_year(tmp_path):
    s1 = "It had 152 in 2023, and rose to 407 by the close of last year."
    at = s1.index
    rows = [
        amount("a", at("152"), 152.0, "count", "nurses", sentence_start=0, sentence=s1, text="152", fact_id="n152"),
        amount("a", at("407"), 407.0, "count", "nurses", sentence_start=0, sentence=s1, text="407", fact_id="n407"),
        fact("a", "date", at("2023"), at("2023") + 4, sentence=s1, text="2023", date="2023"),
        fact("a", "date", at("last year"), at("last year") + 9, sentence=s1, text="last year", date="2024"),
    ]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-01-22"}]
    with open_store(tmp_path, rows, docs) as s:
        got = dict(s.con.execute("SELECT fact_id, year FROM figure_facts").fetchall())
    assert got == {"n152": 2023, "n407": 2024}


def test_a_tally_to_date_is_of_the_articles_time_not_of_the_year_its_sentence_names(tmp_path):
    """ "a link begun in 2019 that has to date yielded 17 papers": 17 is counted as of writing."""
    s1 = "The pact renews a link begun in 2019 that has to date yielded 17 co-written papers."
    s2 = "The partnership produced 9 joint papers in 2021."
    at, at2 = s1.index, s2.index
    rows = [
        amount("a", at("17"), 17.0, "count", "papers", sentence_start=0, sentence=s1, text="17", fact_id="n17"),
        fact("a", "date", at("2019"), at("2019") + 4, sentence=s1, text="2019", date="2019"),
        amount("a", 100 + at2("9"), 9.0, "count", "papers", sentence_start=100, sentence=s2, text="9", fact_id="n9"),
        fact("a", "date", 100 + at2("2021"), 104 + at2("2021"), sentence_start=100, sentence=s2, text="2021",
             date="2021"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-09-23"}]
    with open_store(tmp_path, rows, docs) as s:
        rows_ = s.con.execute("SELECT fact_id, year, year_stated FROM figure_facts").fetchall()
        got = {r[0]: (r[1], r[2]) for r in rows_}
    assert got == {"n17": (2025, False), "n9": (2021, True)}


def test_a_year_of_another_figure_or_clause_is_not_the_figures_year(tmp_path):
    """A level "today" is of the article's time, though an earlier clause says "last year"; a year right after
    another figure is that figure's ("43.8%, compared with 36.1% at the end of 2022"); a year of a later clause joined
    by ", and" dates that clause ("will invest 8 million yuan, and a scanner arrives next year"); a level reached
    "since" something began is of the article's time, and so is one of a clause opening "today" after a clause of
    "three years ago"."""
    s1 = "It had 46 visits last year, and its ward has grown from 18 beds in 2019 to 52 today."
    s2 = "The rate reached 43.8 percent, compared with 36.1 percent at the end of 2022."
    s3 = "Kelby will invest 8 million yuan in kit, and a scanner will arrive next year."
    s4 = "The number of clinics has doubled from six to 12 since the scheme began in the city in August 2023."
    s5 = "Three years ago, a quarter of members were women; today the share is 44 per cent."
    at1, at2, at3, at4, at5 = s1.index, s2.index, s3.index, s4.index, s5.index

    def level(start, text, value, unit, obj, sentence_start, sentence, fact_id, **kw):  # the figure's own span
        return fact("a", "amount", start, start + len(text), sentence_start=sentence_start, sentence=sentence,
                    text=text, value=value, unit=unit, object=obj, fact_id=fact_id, **kw)  # fmt: skip

    change = {"value_from": 36.1, "value_to": 43.8}

    rows = [
        level(at1("52"), "52", 52.0, "count", "beds", 0, s1, "n52"),
        fact("a", "date", at1("last year"), at1("last year") + 9, sentence=s1, text="last year", date="2024"),
        fact("a", "date", at1("2019"), at1("2019") + 4, sentence=s1, text="2019", date="2019"),
        level(100 + at2("43.8"), "43.8 percent", 43.8, "percent", "rate", 100, s2, "n43", amount_type="change_after",
              **change),
        level(100 + at2("36.1"), "36.1 percent", 36.1, "percent", "rate", 100, s2, "n36",
              amount_type="change_before", **change),
        fact("a", "date", 100 + at2("2022"), 104 + at2("2022"), sentence_start=100, sentence=s2, text="2022",
             date="2022"),
        level(200 + at3("8 million"), "8 million yuan", 8e6, "CNY", "kit", 200, s3, "n8"),
        fact("a", "date", 200 + at3("next year"), 209 + at3("next year"), sentence_start=200, sentence=s3,
             text="next year", date="2026"),
        level(300 + at4("six"), "six", 6.0, "count", "clinics", 300, s4, "n6", amount_type="change_before",
              value_from=6.0, value_to=12.0, change_pct=100.0),
        level(300 + at4("12"), "12", 12.0, "count", "clinics", 300, s4, "n12", amount_type="change_after",
              value_from=6.0, value_to=12.0, change_pct=100.0),
        fact("a", "date", 300 + at4("August"), 311 + at4("August"), sentence_start=300, sentence=s4,
             text="August 2023", date="2023-08"),
        level(400 + at5("44 per cent"), "44 per cent", 44.0, "percent", "share", 400, s5, "n31"),
        fact("a", "date", 400, 415, sentence_start=400, sentence=s5, text="Three years ago", date="2022"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-03-13"}]
    with open_store(tmp_path, rows, docs) as s:
        got = dict(s.con.execute("SELECT fact_id, year FROM figure_facts").fetchall())
    # a level reached "since" something began is of the article's own time, and so is one of a clause opening "today"
    assert (got["n52"], got["n43"], got["n8"], got["n12"], got["n31"]) == (2025, 2025, 2025, 2025, 2025)


def test_the_end_of_a_period_right_after_a_figure_is_its_year(tmp_path):
    s1 = "Clinic visits rose to 610 last year from 580 in 2023, after falling by 30% between 2015 and 2020."
    at = s1.index
    rows = [
        amount("a", at("610"), 610.0, "count", "clinic visits", sentence_start=0, sentence=s1, text="610",
               fact_id="v610"),
        fact("a", "amount", at("30%"), at("30%") + 3, sentence_start=0, sentence=s1, text="30%", value=30.0,
             unit="percent", object="clinic visits", fact_id="p30"),
        fact("a", "date", at("last year"), at("last year") + 9, sentence=s1, text="last year", date="2024"),
        fact("a", "date", at("2023"), at("2023") + 4, sentence=s1, text="2023", date="2023"),
        fact("a", "date", at("2015"), at("2015") + 4, sentence=s1, text="2015", date="2015"),
        fact("a", "date", at("2020"), at("2020") + 4, sentence=s1, text="2020", date="2020"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-01-22"}]
    with open_store(tmp_path, rows, docs) as s:
        got = dict(s.con.execute("SELECT fact_id, year FROM figure_facts").fetchall())
    assert got == {"v610": 2024, "p30": 2020}


def test_key_numbers_leave_out_skipped_figures_and_put_first_ones_first(tmp_path):
    rows = [
        amount("a", 100, 900.0, "count", "hospital beds", place="Eastbay", fact_id="beds"),
        amount("a", 300, 20.0, "count", "new clinics", place="Eastbay", fact_id="clinics"),
        amount("a", 500, 40.0, "count", "family doctors", place="Eastbay", fact_id="doctors"),
        amount("a", 700, 12.0, "count", "ambulances", place="Eastbay", fact_id="ambulances"),
    ]
    with open_store(tmp_path, rows) as s:
        plain = [r["fact_id"] for r in figures.key_numbers(s, 5)]
        got = [r["fact_id"] for r in figures.key_numbers(s, 5, skip=["beds"], first=["doctors", "clinics"])]
    assert set(plain) == {"beds", "clinics", "doctors", "ambulances"}
    # the skipped figure is gone; the first ones lead, in the order given; the rest follow by salience
    assert got == ["doctors", "clinics", "ambulances"]


def test_a_headline_rounding_a_figure_of_its_article_is_that_figure_again(tmp_path):
    """ "enrolment tops 250,000" in the headline and "enrolment had reached 253,000" in the body are one figure, shown
    as the body states it; a headline figure that rounds nothing of its article stays."""
    title = "Scheme enrolment tops 250,000 as 40 new clinics open"
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-03-10", "title": title,
             "title_start": 0, "title_end": len(title)}]  # fmt: skip
    rows = [
        amount("a", 23, 250_000.0, "count", "scheme enrolment tops", sentence_start=0, fact_id="head"),
        amount("a", 34, 40.0, "count", "new clinics", sentence_start=0, fact_id="clinics"),
        amount("a", 200, 253_000.0, "count", "enrolment in the scheme", fact_id="body"),
    ]
    with open_store(tmp_path, rows, docs) as s:
        got = [r["fact_id"] for r in figures.key_numbers(s, 5)]
        skipped = [r["fact_id"] for r in figures.key_numbers(s, 5, skip=["body"])]
    assert sorted(got) == ["body", "clinics"]
    assert skipped == ["clinics"]  # the body's figure shown elsewhere: the headline's is not shown again


def test_key_numbers_one_per_object_and_disagreements(tmp_path):
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2023-05-01"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2023-07-01",
         "title": "Eastbay adds 3,600 general practitioners in 2022", "title_start": 0, "title_end": 48},
    ]  # fmt: skip
    rows = [
        amount("a", 100, 3500.0, "count", "general practitioners", place="Eastbay"),
        fact("a", "date", 120, 124, sentence_start=100, date="2022"),
        amount("b", 5, 3600.0, "count", "general practitioners", place="Eastbay", sentence_start=0),
        amount("b", 100, 20.0, "count", "the new clinics", place="Eastbay"),
    ]
    with open_store(tmp_path, rows, docs) as s:
        keys = [(r["object_key"], r["after"]) for r in figures.key_numbers(s, 5)]
        bad = figures.inconsistent(s, 5)
    # the headline figure wins for its object; the clinics keep their own row
    assert keys == [("general practitioners", 3600.0), ("new clinics", 20.0)]
    assert [(b["a_value"], b["b_value"], b["year"]) for b in bad] in (
        [(3500.0, 3600.0, 2022)],
        [(3600.0, 3500.0, 2022)],
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one is the other rounded: "58%" and "58.7%"
        ({"value": 58.7, "unit": "percent"}, {"value": 58.0, "unit": "percent"}),
        # a one-word object may be two different things ("students" of two universities)
        ({"obj": "students"}, {"obj": "students", "value": 1100.0}),
        # no place: the figures may be about two bodies
        ({"place": None}, {"place": None, "value": 1100.0}),
        # a year taken from the publication date, not written: the counts may be months apart
        ({"year": None}, {"value": 1100.0}),
        # more of something: two increments ("12 more overseas students", "two more ...")
        ({"obj": "more overseas students"}, {"obj": "more overseas students", "value": 1100.0}),
        # a body referred to without its name: the students of one college and of another
        ({"sentence": "The college had 1,450 overseas students in 2024."}, {"value": 1100.0}),
        # two bodies named: each its own students
        ({"org": "Northvale College"}, {"org": "Eastbay College", "value": 1100.0}),
        ({"org": "Northvale College"}, {"value": 1100.0}),
    ],
)
def test_figures_that_may_be_about_different_things_are_not_a_disagreement(tmp_path, first, second):
    with open_store(tmp_path, [*_stated("a", first), *_stated("b", second)]) as s:
        assert figures.inconsistent(s, 5) == []


def _stated(doc, spec):
    """A figure of 1,450 overseas students in Eastbay in 2024, or as `spec` changes it."""
    spec = {"value": 1450.0, "unit": "count", "obj": "overseas students", "place": "Eastbay", "year": "2024",
            "sentence": "Eastbay had 1,450 overseas students in 2024.", **spec}  # fmt: skip
    said = {"sentence": spec["sentence"]}
    out = [amount(doc, 100, spec["value"], spec["unit"], spec["obj"], place=spec["place"], **said)]
    if spec["year"]:
        out.append(fact(doc, "date", 130, 134, sentence_start=100, date=spec["year"], **said))
    if spec.get("org"):
        out.append(fact(doc, "organization", 140, 150, sentence_start=100, name=spec["org"], **said))
    return out


def test_the_same_figure_with_another_value_is_a_disagreement(tmp_path):
    with open_store(tmp_path, [*_stated("a", {}), *_stated("b", {"value": 1100.0})]) as s:
        got = [(b["object_key"], b["place"], b["year"]) for b in figures.inconsistent(s, 5)]
    assert got == [("overseas students", "Eastbay", 2024)]
    # of one body named in both
    rows = [*_stated("a", {"org": "Northvale College"}), *_stated("b", {"org": "Northvale College", "value": 1100.0})]
    (tmp_path / "one").mkdir()
    with open_store(tmp_path / "one", rows) as s:
        assert [(b["a_value"], b["b_value"]) for b in figures.inconsistent(s, 5)] == [(1450.0, 1100.0)]
    # new ones counted in a year are a level, and a government as the source refers to no body the figure is of
    said = "Eastbay had 1,450 new overseas students in 2024, the government said."
    rows = [*_stated("a", {"obj": "new overseas students", "sentence": said}),
            *_stated("b", {"obj": "new overseas students", "value": 1100.0})]  # fmt: skip
    (tmp_path / "new").mkdir()
    with open_store(tmp_path / "new", rows) as s:
        assert [(b["a_value"], b["b_value"]) for b in figures.inconsistent(s, 5)] == [(1450.0, 1100.0)]


def test_a_level_a_change_reached_and_a_rate_of_one_word_can_disagree_with_a_plain_figure(tmp_path):
    """ "3.7 nurses per 1,000 residents" in Eastbay in 2024 against "rose from 2.9 in 2020 to 3.2 in 2024": the level
    the change reached is the second article's figure for 2024, and a rate per head names its object in one word."""
    first = [
        amount("a", 100, 3.7, "per_1000", "nurses", place="Eastbay"),
        fact("a", "date", 130, 134, sentence_start=100, date="2024"),
    ]
    second = [
        part("b", 110, 2.9, "per_1000", "nurses", "change_before", 2.9, 3.2, 10.3448, ss=100),
        fact("b", "date", 120, 124, sentence_start=100, date="2020"),
        part("b", 130, 3.2, "per_1000", "nurses", "change_after", 2.9, 3.2, 10.3448, ss=100),
        fact("b", "date", 140, 144, sentence_start=100, date="2024"),
    ]
    for row in second:
        row["place"] = row.get("place") or ("Eastbay" if row["kind"] == "amount" else None)
    with open_store(tmp_path, [*first, *second]) as s:
        got = [(sorted([b["a_value"], b["b_value"]]), b["year"]) for b in figures.inconsistent(s, 5)]
    assert got == [([3.2, 3.7], 2024)]


def test_rounding_step_and_agreement():
    assert [figures.rounding_step(v) for v in (1450.0, 2_000_000.0, 58.7, 7.25, 0.0)] == [10.0, 1e6, 0.1, 0.01, 1.0]
    assert figures.agree(2_000_000.0, 2_400_000.0) and figures.agree(58.0, 58.7)
    assert not figures.agree(1100.0, 1450.0) and not figures.agree(3500.0, 3600.0)


def test_who_pays_or_signs_comes_from_the_sentence(tmp_path):
    rows = [
        amount("a", 100, 5_000_000.0, "GBP", "a training fund", sentence_start=80),
        fact("a", "organization", 82, 102, sentence_start=80, name="Westmoor Council"),
        fact("a", "partnership", 110, 116, sentence_start=80, parties=["Westmoor Council", "Eastbay Hospital"],
             party_ids=["org:westmoor-council", "org:eastbay-hospital"]),
        amount("a", 300, 20.0, "count", "nurses", sentence_start=290),
        fact("a", "organization", 310, 325, sentence_start=290, name="Eastbay Hospital"),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        ids = {r["object"]: r["fact_id"] for r in figures.key_numbers(s, 5)}
        who = figures.sentence_parties(s, list(ids.values()))
    assert who[ids["a training fund"]] == ["Westmoor Council", "Eastbay Hospital"]
    assert who[ids["nurses"]] == ["Eastbay Hospital"]


def test_a_sum_with_its_conversion_is_ranked_by_the_figure_shown(tmp_path):
    """ "1.5 billion yuan (US$250 million)" and, elsewhere, "1.6 billion yuan": the first sum's dollar figure is
    worth more than the second sum in pounds at the fixed rates, but the yuan figure speaks for it (written first),
    so the larger yuan sum ranks first."""
    rows = [
        amount("a", 10, 1_500_000_000.0, "CNY", "savings for residents", sentence_start=0),
        amount("a", 40, 250_000_000.0, "USD", "savings for residents", sentence_start=0),
        amount("b", 10, 1_600_000_000.0, "CNY", "hospital upgrades", sentence_start=0),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["unit"]) for r in figures.largest_sums(s, 5)]
    assert got == [(1_600_000_000.0, "CNY"), (1_500_000_000.0, "CNY")]


def test_a_focused_report_leaves_out_figures_about_places_outside_its_jurisdictions(tmp_path):
    """A China–UK article also gives a statistic about a French city: that figure is not the report's, while a
    figure about its UK town and one with no place stay; focus "all" keeps all three."""
    rows = [
        fact("a", "organization", 0, 9, name="Northvale University", jurisdiction="UK", org_type="university"),
        fact("a", "organization", 20, 29, name="Eastbay Hospital", jurisdiction="mainland China", org_type="hospital"),
        fact("a", "place", 40, 48, name="Westmoor", jurisdiction="UK"),
        fact("a", "place", 60, 64, name="Lyon", jurisdiction="other"),
        amount("a", 100, 30.0, "count", "clinics", place="Westmoor"),
        amount("a", 200, 12.0, "count", "ambulances", place="Lyon"),
        amount("a", 300, 5.0, "count", "training courses"),
    ]
    for focus, expected in (("china_uk", [5.0, 30.0]), ("all", [5.0, 12.0, 30.0])):
        s = store_of(tmp_path, rows)
        scope.register(s, scope.Scope(focus))
        initiatives.register_rates(s)
        figures.register(s)
        with s:
            assert sorted(r[0] for r in s.con.execute("SELECT after FROM figures").fetchall()) == expected, focus


def test_lengths_of_time_and_small_counts_are_not_key_numbers(tmp_path):
    rows = [
        amount("a", 10, 3.0, "days", "visit"),  # "a three-day visit"
        amount("a", 100, 2.0, "count", "venture capital firms"),
        amount("a", 200, 40.0, "count", "clinics"),
        amount("a", 300, 5.0, "percent", "share of spending"),
    ]
    with open_store(tmp_path, rows) as s:
        got = sorted((r["after"], r["unit"]) for r in figures.key_numbers(s, 10))
    assert got == [(5.0, "percent"), (40.0, "count")]


def stated(doc, ss, sentence, number, value, unit, obj, amount_type="figure", **kw):
    """An amount fact on the words `number` of `sentence` (which starts at `ss`)."""
    at = ss + sentence.index(number)
    return fact(doc, "amount", at, at + len(number), sentence_start=ss, sentence=sentence, text=number, value=value,
                unit=unit, object=obj, amount_type=amount_type, **kw)  # fmt: skip


def year(doc, ss, sentence, text):
    at = ss + sentence.index(text)
    return fact(doc, "date", at, at + len(text), sentence_start=ss, sentence=sentence, text=text, date=text)


PART = "Visits rose 25% to 3,000,000, of which district clinics saw 2,000,000 (+25%)."
UNCHANGED = "There were 4.5 nurses per 1,000 people (up 0.2) and 1.5 midwives per 1,000 people (also unchanged)."
LEVELS = "The city set up five tiers of health boards and held 14 rounds of talks with 250 nurses."
BASE = "Some 640 clinics now take part, up 700% on the 2015 total."
BOTH = "Spending on clinics rose to 3 billion yuan in 2021 from 1.5 billion yuan (about £170 million) in 2016."


def test_only_figures_worth_showing_are_key_numbers_and_changes(tmp_path):
    rows = [
        stated("a", 0, PART, "3,000,000", 3_000_000.0, "count", "visits", "change_after", value_from=2_400_000.0,
               change_pct=25.0),
        stated("a", 0, PART, "25%", 25.0, "percent", "increase in visits", "change_percent", change_pct=25.0),
        # a part of the visits above: shown with them, never as a change of its own
        stated("a", 0, PART, "2,000,000", 2_000_000.0, "count", "district clinics", "change_after",
               value_from=1_600_000.0, change_pct=25.0),
        stated("a", 200, UNCHANGED, "1.5", 1.5, "per_1000", "midwives"),  # said not to move
        stated("a", 200, UNCHANGED, "4.5", 4.5, "per_1000", "nurses"),
        stated("a", 400, LEVELS, "five", 5.0, "count", "tiers of health boards"),  # how the city is organised
        stated("a", 400, LEVELS, "14", 14.0, "count", "rounds of talks"),
        stated("a", 400, LEVELS, "250", 250.0, "count", "nurses"),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        keys = sorted(r["object_key"] for r in figures.key_numbers(s, 10))
        changes = [(r["object_key"], r["after"]) for r in figures.biggest_changes(s, 10)]
    assert keys == ["nurses", "visits"]
    assert changes == [("visits", 3_000_000.0)]


def test_a_base_year_of_a_change_is_not_the_figures_year(tmp_path):
    rows = [
        stated("a", 0, BASE, "640", 640.0, "count", "clinics", "change_after", change_pct=700.0),
        # the percent restates the change of "640": the year it is compared with is that change's base
        stated("a", 0, BASE, "700%", 700.0, "percent", "increase in clinics", "change_percent", change_pct=700.0),
        year("a", 0, BASE, "2015"),
        stated("a", 200, BOTH, "3 billion yuan", 3e9, "CNY", "funding", "change_after", value_from=1.5e9,
               value_to=3e9, change_pct=100.0),
        stated("a", 200, BOTH, "1.5 billion yuan", 1.5e9, "CNY", "funding", "change_before", value_from=1.5e9,
               value_to=3e9, change_pct=100.0),
        year("a", 200, BOTH, "2021"),
        year("a", 200, BOTH, "2016"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2023-05-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["year_stated"], r["base_year"]) for r in figures.biggest_changes(s, 5)}
    assert got == {"clinics": (2023, False, 2015), "funding": (2021, True, 2016)}


MONTHS = "Transfers rose from 90 in November last year to 150 in April this year."


def test_a_change_between_two_months_keeps_the_month_of_its_base(tmp_path):
    rows = [
        stated("a", 0, MONTHS, "90", 90.0, "count", "transfers", "change_before", value_from=90.0, value_to=150.0,
               change_pct=66.6667),
        stated("a", 0, MONTHS, "150", 150.0, "count", "transfers", "change_after", value_from=90.0, value_to=150.0,
               change_pct=66.6667),
        fact("a", "date", 26, 44, sentence_start=0, sentence=MONTHS, text="November last year", date="2024-11"),
        fact("a", "date", 55, 70, sentence_start=0, sentence=MONTHS, text="April this year", date="2025-04"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2025-05-20"}]
    with open_store(tmp_path, rows, docs) as s:
        (row,) = figures.biggest_changes(s, 5)
    assert (row["base_year"], row["base_month"]) == (2024, "2024-11")
    assert phrases.figure_text(row) == "from 90 in November 2024 to 150 (+67%)"


FILED = "EASTPORT, May 3 (Harbour Wire) -- The province saved 40 million yuan on stents and drugs in 2024."


def test_the_day_a_story_was_filed_is_not_its_figures_year(tmp_path):
    rows = [
        stated("a", 0, FILED, "40 million yuan", 4e7, "CNY", "savings"),
        fact("a", "date", 10, 15, sentence_start=0, sentence=FILED, text="May 3", date="2025-05-03"),
        year("a", 0, FILED, "2024"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2025-05-03"}]
    with open_store(tmp_path, rows, docs) as s:
        (row,) = s.rows("SELECT year, year_stated FROM figures")
    assert row == {"year": 2024, "year_stated": True}


TOLD_DAY = "The bureau announced today (22 April) that a total of 735 patients were moved to Eastport in 2024."


def test_the_day_a_figure_was_announced_is_not_its_year_when_its_sentence_dates_it(tmp_path):
    rows = [
        stated("a", 0, TOLD_DAY, "735", 735.0, "count", "patients"),
        fact("a", "date", 28, 36, sentence_start=0, sentence=TOLD_DAY, text="22 April", date="2025-04-22"),
        year("a", 0, TOLD_DAY, "2024"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2025-04-22"}]
    with open_store(tmp_path, rows, docs) as s:
        (row,) = s.rows("SELECT year, year_stated FROM figures")
    assert row == {"year": 2024, "year_stated": True}


def test_a_year_compared_with_by_a_multiple_is_not_the_figures_year(tmp_path):
    text = "About 9,000 residents now live in the new town, roughly double the number in 2021."
    rows = [stated("a", 0, text, "9,000", 9000.0, "count", "residents"), year("a", 0, text, "2021")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["object_key"], r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)]
    assert got == [("residents", 2026, False)]


def test_a_year_right_after_double_the_is_the_base_not_the_figures_year(tmp_path):
    text = "The council set aside 90 million yuan for clinics, nearly double the 2023 budget."
    rows = [stated("a", 0, text, "90 million yuan", 9e7, "CNY", "clinics"), year("a", 0, text, "2023")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2025-11-20"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)]
    assert got == [(2025, False)]


def test_a_level_to_be_reached_by_a_later_year_is_a_target_of_that_year(tmp_path):
    text = "Output began in 2025 and will reach 6 million kits a year by 2029, the firm said."
    past = "Clinics had treated 40,000 patients by 2024, the bureau said."
    rows = [
        stated("a", 0, text, "6 million", 6e6, "count", "kits"),
        year("a", 0, text, "2025"),
        year("a", 0, text, "2029"),
        stated("a", 300, past, "40,000", 40000.0, "count", "patients"),
        year("a", 300, past, "2024"),
    ]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["year_stated"], r["target"]) for r in figures.key_numbers(s, 5)}
    assert got == {"kits": (2029, True, True), "patients": (2024, True, False)}


def test_a_target_year_opening_the_sentence_or_after_a_number_with_a_comma_is_the_figures_target(tmp_path):
    first = "By 2029 the district will have more than 9,500 care beds, officials said."
    second = "The group plans to open 14 clinics with 1,200 beds in Kelby by 2030, it said."
    rows = [
        stated("a", 0, first, "more than 9,500", 9500.0, "count", "care beds"),
        year("a", 0, first, "2029"),
        stated("a", 200, second, "14", 14.0, "count", "clinics"),
        year("a", 200, second, "2030"),
    ]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["target"]) for r in figures.key_numbers(s, 5)}
    assert got == {"care beds": (2029, True), "clinics": (2030, True)}


def test_the_year_a_body_was_founded_is_not_its_figures_year(tmp_path):
    text = "Founded in 1902, the Kelby Friendly Society counts 640,000 members across Wales."
    rows = [stated("a", 0, text, "640,000", 640000.0, "count", "members"), year("a", 0, text, "1902")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-05-04"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["object_key"], r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)]
    assert got == [("members", 2026, False)]


def test_any_word_of_a_deadline_gives_a_figures_target_year(tmp_path):
    """The words of a target are one list (`date_target_words.txt`): "no later than" sets the year as "by" does."""
    text = "Work started in 2024, and the district will open 30 night clinics no later than 2028, it said."
    rows = [stated("a", 0, text, "30", 30.0, "count", "night clinics"), year("a", 0, text, "2024"),
            year("a", 0, text, "2028")]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["target"]) for r in figures.key_numbers(s, 5)}
    assert got == {"night clinics": (2028, True)}


def test_the_year_of_an_earlier_agreement_a_renewal_replaces_is_not_the_figures_year(tmp_path):
    text = "Kestrel Care and Eastbay Hospital signed a renewal of their 2019 contract, now worth 40 million yuan."
    rows = [stated("a", 0, text, "40 million yuan", 4e7, "CNY", "service contract"), year("a", 0, text, "2019")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2025-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["object_key"], r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)]
    assert got == [("service contract", 2025, False)]


BEFORE = "Clinics that saw between 30 and 40 patients a day before the reform now see as many as 90, he said."
ALONE = "Clinics saw between 20 and 25 patients a day before the reform."
WANT = "Officials want 85% of patients treated in the district by 2030; 62% were last year."
COMPARED = "Visitors reached 9,400 last year, compared with 7,100 in 2023."
DOUBLE = "Its allocation reached 460 million yuan, nearly double the 235 million yuan it spent in 2023."


def test_a_level_before_a_change_a_level_compared_with_and_a_level_wanted_are_no_key_numbers(tmp_path):
    rows = [
        stated("a", 0, BEFORE, "30", 30.0, "count", "patients a day", "range_low", value_from=30.0, value_to=40.0),
        stated("a", 0, BEFORE, "40", 40.0, "count", "patients a day", "range_high", value_from=30.0, value_to=40.0),
        stated("a", 0, BEFORE, "90", 90.0, "count", "clinics"),
        # with no later level in its sentence, the level before is the only one stated
        stated("b", 0, ALONE, "20", 20.0, "count", "patients a day", "range_low", value_from=20.0, value_to=25.0),
        stated("b", 0, ALONE, "25", 25.0, "count", "patients a day", "range_high", value_from=20.0, value_to=25.0),
        stated("c", 0, WANT, "85%", 85.0, "percent", "patients"),
        stated("c", 0, WANT, "62%", 62.0, "percent", "patients treated"),
        # the level compared with is no key number of its own
        stated("d", 0, COMPARED, "9,400", 9400.0, "count", "visitors"),
        stated("d", 0, COMPARED, "7,100", 7100.0, "count", "compared"),
        # and so is the level a multiple is of ("nearly double the 235 million yuan it spent in 2023")
        stated("e", 0, DOUBLE, "460 million yuan", 4.6e8, "CNY", "allocation"),
        stated("e", 0, DOUBLE, "235 million yuan", 2.35e8, "CNY", "allocation"),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = sorted((r["doc_id"], r["after"]) for r in figures.key_numbers(s, 10))
        levels = {r["after"]: r["salient"] for r in s.rows("SELECT after, salient FROM figures WHERE doc_id = 'd'")}
    assert got == [("a", 90.0), ("b", 25.0), ("c", 62.0), ("d", 9400.0), ("e", 4.6e8)]
    assert levels == {9400.0: True, 7100.0: False}


@pytest.mark.parametrize(
    "sentence,left_out,kept",
    [
        # a level foreseen, not reached
        (
            "An analyst said the plan could add US$35 million to premiums; the firm sold 9,000 policies.",
            ("US$35 million", 35e6, "USD", "premiums"),
            ("9,000", 9000.0, "count", "policies"),
        ),
        # a place's population, which sets the scene
        (
            "For Tarn, which has a population of about 680,000, the alliance took 97 referrals last year.",
            ("680,000", 680000.0, "count", "population"),
            ("97", 97.0, "count", "referrals"),
        ),
    ],
)
def test_a_level_foreseen_and_a_places_population_are_no_key_numbers(tmp_path, sentence, left_out, kept):
    rows = [stated("a", 0, sentence, *left_out), stated("a", 0, sentence, *kept)]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.key_numbers(s, 10)] == [kept[1]]


def test_the_residents_a_place_has_are_no_key_number(tmp_path):
    s1 = "Longhua has more than 2,500,000 residents and a fast-growing industry."
    s2 = "The centre will hire 150 researchers by 2027."
    rows = [
        stated("a", 0, s1, "2,500,000", 2500000.0, "count", "residents"),
        stated("a", 100, s2, "150", 150.0, "count", "researchers"),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.key_numbers(s, 10)] == [150.0]


ROSE = "Voucher claims rose from 41,000 in 2024 to 68,500 in 2025."


def test_the_year_after_the_level_after_is_its_year_not_the_base(tmp_path):
    rows = [
        stated("a", 0, ROSE, "68,500", 68500.0, "count", "voucher claims", "change_after", value_from=41000.0,
               value_to=68500.0, change_pct=67.1),
        stated("a", 0, ROSE, "41,000", 41000.0, "count", "voucher claims", "change_before", value_from=41000.0,
               value_to=68500.0, change_pct=67.1),
        year("a", 0, ROSE, "2024"),
        year("a", 0, ROSE, "2025"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2026-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["year"], r["base_year"]) for r in figures.biggest_changes(s, 5)]
    assert got == [(2025, 2024)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery came second with 118,000 consultations (the same as in 2022).",
        "Surgery had 118,000 consultations, compared with 96,000 in 2022.",
    ],
)
def test_a_year_of_a_comparison_clause_is_not_the_figures_year(tmp_path, sentence):
    """The headline's "for 2023" dates the figure; the year its comparison clause names does not."""
    rows = [stated("a", 0, sentence, "118,000", 118000.0, "count", "consultations"), year("a", 0, sentence, "2022")]
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 100, "published": "2024-05-01", "title": "Clinic figures for 2023"}
    ]
    with open_store(tmp_path, rows, docs) as s:
        assert s.rows("SELECT year, year_stated FROM figure_facts") == [{"year": 2023, "year_stated": True}]


def test_a_year_a_figure_is_level_with_is_not_its_year(tmp_path):
    level = "Surgery came second with 118,000 consultations (+4.1%), roughly level with 2022."
    rows = [
        stated("a", 0, level, "118,000", 118000.0, "count", "consultations", "change_after", change_pct=4.1),
        year("a", 0, level, "2022"),
    ]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2024-05-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["year"], r["year_stated"]) for r in figures.biggest_changes(s, 5)]
    assert got == [(2024, False)]


YOY = "Westport recorded 9,120 dental visits in 2022, an increase of 2.1% year on year and of 14.5% over 2018."
NEXT_TO = "Surgery came second with 118,000 (roughly level with 2021), and Dermatology third with 96,000 (+3.2%)."


def test_a_change_takes_only_its_own_year_of_comparison(tmp_path):
    """ "2.1% year on year and 14.5% over 2018": 2018 is the base of 14.5% only, the year-on-year change has the
    year before as its base and 2022 as its year; "(roughly level with 2021)" is the base of the figure it follows,
    not of "96,000 (+3.2%)" after it."""
    rows = [
        stated("a", 0, YOY, "9,120", 9120.0, "count", "dental visits", "change_after", value_from=8932.4,
               value_to=9120.0, change_pct=2.1),
        stated("a", 0, YOY, "2.1%", 2.1, "percent", "increase in dental visits", "change_percent", change_pct=2.1),
        stated("a", 0, YOY, "14.5%", 14.5, "percent", "increase in dental visits over 2018", "change_percent",
               change_pct=14.5),
        year("a", 0, YOY, "2022"),
        year("a", 0, YOY, "2018"),
        stated("a", 200, NEXT_TO, "118,000", 118000.0, "count", "surgery consultations"),
        year("a", 200, NEXT_TO, "2021"),
        stated("a", 200, NEXT_TO, "96,000", 96000.0, "count", "dermatology consultations", "change_after",
               value_from=93023.3, value_to=96000.0, change_pct=3.2),
        stated("a", 200, NEXT_TO, "+3.2%", 3.2, "percent", "increase in dermatology consultations", "change_percent",
               change_pct=3.2),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2023-05-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = {(r["object_key"], r["pct"]): (r["year"], r["base_year"]) for r in figures.biggest_changes(s, 5)}
    assert got == {
        ("dental visits", 2.1): (2022, None),
        ("increase in dental visits over", 14.5): (2022, 2018),
        ("dermatology consultations", 3.2): (2023, None),
    }


SINCE = "Ever since the clinic law came into force in 2017, 900 clinics now operate in Westport."
PLAIN = "The city had 4,200 nurses and 1,300 midwives."


def test_a_year_after_since_is_a_base_and_a_headline_year_is_the_figures_year(tmp_path):
    """ "Ever since ... in 2017, 900 clinics now operate": 2017 is when it began, the figure is of the article's
    year; "Health figures for 2023" in a headline dates the figures that state no year of their own."""
    rows = [
        stated("a", 0, SINCE, "900", 900.0, "count", "clinics"),
        year("a", 0, SINCE, "2017"),
        stated("b", 0, PLAIN, "4,200", 4200.0, "count", "nurses"),
    ]
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 100, "published": "2022-03-01", "title": "Clinics thrive"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 100, "published": "2024-05-01", "title": "Health figures for 2023"},
    ]
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)}
    assert got == {"clinics": (2022, False), "nurses": (2023, True)}


UK_SENTENCE = "Northvale University will send 40 lecturers to train 900 nurses."
GBA_SENTENCE = "Westport opened 30 clinics for 12,000 residents."


def test_a_report_on_the_greater_bay_area_takes_no_figure_from_a_sentence_naming_a_uk_body(tmp_path):
    at = UK_SENTENCE.index("Northvale University")
    rows = [
        fact("a", "organization", at, at + 19, sentence=UK_SENTENCE, name="Northvale University", jurisdiction="UK"),
        stated("a", 0, UK_SENTENCE, "900", 900.0, "count", "nurses"),
        stated("a", 200, GBA_SENTENCE, "12,000", 12000.0, "count", "residents"),
    ]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        s.con.execute("DELETE FROM scope_places WHERE jurisdiction = 'UK'")  # the focus of a Greater Bay Area report
        initiatives.register_rates(s)
        figures.register(s)
        assert [r["object_key"] for r in figures.key_numbers(s, 5)] == ["residents"]


def test_a_word_of_nationality_names_the_uk_side_of_a_sentence(tmp_path):
    deals = "Scottish firms signed deals worth £40 million in Westport."
    medicine = "Westport has 900 Chinese medicine clinics."
    rows = [
        stated("a", 0, deals, "£40 million", 4e7, "GBP", "deals"),
        stated("a", 100, medicine, "900", 900.0, "count", "Chinese medicine clinics"),
    ]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        s.con.execute("DELETE FROM scope_places WHERE jurisdiction = 'UK'")  # the focus of a Greater Bay Area report
        initiatives.register_rates(s)
        figures.register(s)
        assert [r["after"] for r in figures.key_numbers(s, 5)] == [900.0]


def test_a_report_on_the_greater_bay_area_takes_no_figure_from_an_article_about_a_uk_bodys_work(tmp_path):
    headline = "Northvale University trains Westport doctors"
    count = "Westport now has 3,000 family doctors."
    rows = [
        fact("a", "organization", 0, 19, sentence=headline, sentence_start=0, name="Northvale University",
             jurisdiction="UK"),
        stated("a", 100, count, "3,000", 3000.0, "count", "family doctors"),
        stated("b", 200, GBA_SENTENCE, "12,000", 12000.0, "count", "residents"),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 500, "title": headline, "title_start": 0,
         "title_end": len(headline), "lead_start": len(headline) + 1, "lead_end": 90},
        {"doc_id": "b", "file": "b.txt", "n_chars": 500},
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        s.con.execute("DELETE FROM scope_places WHERE jurisdiction = 'UK'")  # the focus of a Greater Bay Area report
        initiatives.register_rates(s)
        figures.register(s)
        assert [r["object_key"] for r in figures.key_numbers(s, 5)] == ["residents"]


def test_a_sum_from_someones_background_is_not_a_sum_of_the_cooperation(tmp_path):
    deal = "Kestrel Health signed a deal worth £40 million with Tollan Hospital."
    past = "Her experience of working with Kestrel Health in a £900 million city project helped."
    rows = [
        amount("a", deal.index("£"), 40_000_000.0, "GBP", "deal", sentence_start=0, sentence=deal),
        amount("a", 100 + past.index("£"), 900_000_000.0, "GBP", "city project", sentence_start=100, sentence=past),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.largest_sums(s, 5, of_bodies=True)] == [40_000_000.0]
        assert [r["after"] for r in figures.largest_sums(s, 5)] == [900_000_000.0, 40_000_000.0]
        assert [r["after"] for r in figures.key_numbers(s, 5)] == [40_000_000.0]


def test_a_sum_a_firm_is_to_build_with_is_a_sum_paid_and_a_market_is_not(tmp_path):
    plant = "A Kelby maker of test kits is to build a £30 million factory in Tarn."
    market = "The Kelby market for test kits is worth £900 million."
    rows = [
        amount("a", plant.index("£"), 30_000_000.0, "GBP", "test factory", sentence_start=0, sentence=plant),
        amount("a", 100 + market.index("£"), 9e8, "GBP", "market", sentence_start=100, sentence=market),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.largest_sums(s, 5, of_bodies=True)] == [30_000_000.0]


def test_a_sum_stated_as_a_change_is_a_statistic_not_a_sum_pledged(tmp_path):
    flow = "Eastland firms paid Westland firms US$900 million in fees this year, up from US$500 million last year."
    deal = "Kestrel Health signed a deal worth US$40 million with Tollan Hospital."
    rows = [
        stated("a", 0, flow, "US$900 million", 9e8, "USD", "fees", "change_after", value_from=5e8, change_pct=80.0),
        stated("a", 200, deal, "US$40 million", 4e7, "USD", "deal"),
        fact("a", "organization", 200, 214, sentence_start=200, sentence=deal, name="Kestrel Health"),
        fact("a", "organization", 0, 13, sentence_start=0, sentence=flow, name="Eastland firms"),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.largest_sums(s, 5, of_bodies=True)] == [4e7]
        assert [r["after"] for r in figures.largest_sums(s, 5)] == [9e8, 4e7]


def test_a_part_of_a_sum_is_not_a_sum_of_its_own(tmp_path):
    whole = "Of the 8 million pounds pledged, an initial 3 million pounds is earmarked for clinics."
    rows = [
        stated("a", 0, whole, "8 million pounds", 8e6, "GBP", "pledges"),
        stated("a", 0, whole, "3 million pounds", 3e6, "GBP", "clinics"),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.largest_sums(s, 5)] == [8e6]


def test_a_long_since_clause_still_gives_where_the_figure_began(tmp_path):
    text = (
        "Ever since the national law on traditional Chinese medicine came into force in 2017, 900 clinics now operate."
    )
    rows = [stated("a", 0, text, "900", 900.0, "count", "clinics"), year("a", 0, text, "2017")]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 200, "published": "2022-03-01"}]
    with open_store(tmp_path, rows, docs) as s:
        assert [(r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)] == [(2022, False)]


def test_a_figure_another_table_shows_is_no_key_number_nor_is_its_conversion(tmp_path):
    """ "1.5 billion yuan (US$250 million)" shown as a measure's number elsewhere: neither the yuan nor the dollar
    figure fills the key numbers; the next figure of the same object may."""
    rows = [
        amount("a", 10, 1_500_000_000.0, "CNY", "savings for residents", sentence_start=0),
        amount("a", 40, 250_000_000.0, "USD", "savings for residents", sentence_start=0),
        amount("b", 10, 1_600_000_000.0, "CNY", "hospital upgrades", sentence_start=0),
        amount("b", 100, 900.0, "count", "hospital beds", sentence_start=100),
    ]
    with open_store(tmp_path, rows) as s:
        yuan = next(r["fact_id"] for r in s.rows("SELECT fact_id, after FROM figures") if r["after"] == 1.5e9)
        got = [(r["after"], r["unit"]) for r in figures.key_numbers(s, 5, [yuan])]
        everything = [(r["after"], r["unit"]) for r in figures.key_numbers(s, 5)]
    assert got == [(1_600_000_000.0, "CNY"), (900.0, "count")]
    assert (1_500_000_000.0, "CNY") in everything


def test_key_numbers_print_a_sentence_once_and_put_the_terms_first(tmp_path):
    """Three counts of one sentence ("2,900 nurses, 1,900 doctors and 700 herbalists") give one key number; a
    figure of a sentence another table quotes is none; a term of a measure comes before a more salient statistic."""
    rows = [
        amount("a", 10, 2900.0, "count", "nurses", sentence_start=0),
        amount("a", 30, 1900.0, "count", "doctors", sentence_start=0),
        amount("a", 50, 700.0, "count", "herbalists", sentence_start=0),
        amount("b", 10, 40.0, "count", "clinics", sentence_start=0, section="headline", weight=3),
        amount("b", 100, 60.0, "count", "pharmacies", sentence_start=100),
        amount("b", 120, 90.0, "count", "patients", sentence_start=100),
    ]
    with open_store(tmp_path, rows) as s:
        ids = {r["after"]: r["fact_id"] for r in s.rows("SELECT fact_id, after FROM figure_facts")}
        got = [r["after"] for r in figures.key_numbers(s, 5, [ids[90.0]], [ids[700.0]])]
    assert got == [700.0, 40.0]


LANE = "The lane, opened on 15 March 2024, had cut the average handover time from 45 minutes to 12 minutes."


def test_a_day_something_happened_is_never_the_base_of_a_change(tmp_path):
    rows = [
        stated("a", 0, LANE, "12 minutes", 12.0, "minutes", "average handover time", "change_after",
               value_from=45.0, value_to=12.0, change_pct=-73.3),
        stated("a", 0, LANE, "45 minutes", 45.0, "minutes", "average handover time", "change_before",
               value_from=45.0, value_to=12.0, change_pct=-73.3),
        fact("a", "date", LANE.index("15 March 2024"), LANE.index("15 March 2024") + 13, sentence_start=0,
             sentence=LANE, text="15 March 2024", date="2024-03-15"),
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2024-06-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [(r["before"], r["after"], r["base_year"]) for r in figures.biggest_changes(s, 5)]
    assert got == [(45.0, 12.0, None)]


def test_the_same_amount_of_two_stories_is_not_stated_by_two_articles(tmp_path):
    rows = [
        amount("a", 10, 20_000_000.0, "GBP", "export deals signed", place="Eastport"),
        amount("b", 10, 20_000_000.0, "GBP", "inward investment", place="Westland"),
        amount("c", 10, 20_000_000.0, "GBP", "new export deals"),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["n_articles"]) for r in figures.largest_sums(s, 5)]
    # "export deals" in a and c share words: one sum stated twice; b's investment is another story
    assert got == [(20_000_000.0, 2)]


def test_a_figures_year_is_not_one_of_a_later_clause(tmp_path):
    s = "Claims rose from 4,100 in 2024 to 6,800 in 2025, while the first ten months of 2026 saw 5,900."
    rows = [
        stated("a", 0, s, "4,100", 4100.0, "count", "claims", "change_before", value_from=4100.0, value_to=6800.0),
        stated("a", 0, s, "6,800", 6800.0, "count", "claims", "change_after", value_from=4100.0, value_to=6800.0),
        year("a", 0, s, "2024"),
        year("a", 0, s, "2025"),
        year("a", 0, s, "2026"),
        stated("a", 0, s, "5,900", 5900.0, "count", "claims"),
    ]
    with open_store(tmp_path, rows) as st:
        got = {r["after"]: r["year"] for r in st.rows("SELECT after, year FROM figures")}
    assert got == {6800.0: 2025, 5900.0: 2026}


def test_a_figures_clause_is_read_from_its_span():
    """The same number written in two clauses: each fact's clause is the one its offsets fall in."""
    import duckdb

    sentence = "The fund supports 12 hospitals; 12 clinics closed, while 300 institutions applied."
    at = [sentence.index("12"), sentence.rindex("12"), sentence.index("300")]
    con = duckdb.connect()
    got = [
        con.execute(
            f"SELECT {figures.clause_of('f')} FROM (SELECT ?::VARCHAR AS sentence, ?::BIGINT AS start, "
            '?::BIGINT AS "end", 100::BIGINT AS sentence_start) f',
            [sentence, 100 + a, 100 + a + 2],
        )
        .fetchone()[0]
        .strip()
        for a in at
    ]
    assert got == ["The fund supports 12 hospitals", "12 clinics closed", "300 institutions applied."]


def test_the_same_object_in_other_words_is_a_disagreement(tmp_path):
    """ "overseas students in Eastbay" and "Eastbay's overseas student" wording of one object; "overseas staff" is
    another object."""
    rows = [
        *_stated("a", {"obj": "overseas students"}),
        *_stated("b", {"obj": "the student of overseas", "value": 1100.0}),
        *_stated("c", {"obj": "overseas staff", "value": 900.0}),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(b["a_value"], b["b_value"]) for b in figures.inconsistent(s, 5)]
    assert sorted(got) in ([(1100.0, 1450.0)], [(1450.0, 1100.0)])


def _said(doc, sentence, at, text, value, unit):
    """An amount fact whose words `text` stand in `sentence`, which starts at `at`."""
    start = at + sentence.index(text)
    return fact(doc, "amount", start, start + len(text), sentence_start=at, sentence=sentence, text=text,
                value=value, unit=unit, object="x", amount_type="figure")  # fmt: skip


def test_a_part_of_a_larger_sum_of_its_article_is_shown_with_it_not_ranked_beside_it():
    """Sums of one sentence adding up to a sum of another sentence are its parts; so is a sum whose own words say
    it is a share of an earlier larger one ("will come from", "went to"), with the sums listed with it."""
    deal = "Kestrel Bio signed a licence worth up to £50 million."
    terms = "Kestrel Bio will receive £8 million upfront and up to £42 million in milestones."
    plan = "Harbour City will spend 900 million yuan on two clinics."
    share = "About 500 million yuan will come from bonds and 100 million yuan from the province."
    outlay = "Tarnby's council spent 8.2 billion yuan on health last year."
    allotted = "Roughly 3.1 billion yuan went to village clinics and district nurses."
    rows = [
        _said("a", deal, 0, "up to £50 million", 5e7, "GBP"),
        _said("a", terms, 60, "£8 million", 8e6, "GBP"),
        _said("a", terms, 60, "up to £42 million", 4.2e7, "GBP"),
        _said("b", plan, 0, "900 million yuan", 9e8, "CNY"),
        _said("b", share, 60, "500 million yuan", 5e8, "CNY"),
        _said("b", share, 60, "100 million yuan", 1e8, "CNY"),
        _said("c", outlay, 0, "8.2 billion yuan", 8.2e9, "CNY"),
        _said("c", allotted, 70, "3.1 billion yuan", 3.1e9, "CNY"),
    ]
    wholes = {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))}
    assert wholes == {
        (8e6, ("GBP", 5e7)),
        (4.2e7, ("GBP", 5e7)),
        (5e8, ("CNY", 9e8)),
        (1e8, ("CNY", 9e8)),
        (3.1e9, ("CNY", 8.2e9)),
    }


def test_shares_of_the_total_named_after_it_are_its_parts():
    """ "Of the total, 600 million yuan will go to ... and 200 million yuan to ..." after a plan of 1.5 billion yuan:
    both are its parts; "worth £6 million, ... will contribute £4 million and 20 million yuan respectively": the two
    shares, in two currencies, are parts of the £6 million."""
    plan = "Eastbay will spend RMB 1.5 billion on village clinics over three years."
    split = "Of the total, 600 million yuan will go to the poorer counties, and 200 million yuan to training doctors."
    renewal = (
        "The second phase, worth £6 million, is co-funded by Northvale University and Harbour Trust, which will "
        "contribute £4 million and 20 million yuan respectively."
    )
    rows = [
        _said("a", plan, 0, "RMB 1.5 billion", 1.5e9, "CNY"),
        _said("a", split, 80, "600 million yuan", 6e8, "CNY"),
        _said("a", split, 80, "200 million yuan", 2e8, "CNY"),
        _said("b", renewal, 0, "£6 million", 6e6, "GBP"),
        _said("b", renewal, 0, "£4 million", 4e6, "GBP"),
        _said("b", renewal, 0, "20 million yuan", 2e7, "CNY"),
    ]
    wholes = {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))}
    assert wholes == {(6e8, ("CNY", 1.5e9)), (2e8, ("CNY", 1.5e9)), (4e6, ("GBP", 6e6)), (2e7, ("GBP", 6e6))}


def test_a_sentence_opening_of_that_names_a_share_of_the_level_a_change_reached(tmp_path):
    """ "Spending reached 11 billion yuan, up 9%. Of that, 2 billion yuan went on pay, whose average rose to 90,000
    yuan": the 2 billion is a share of the 11 billion; the 90,000 of another clause is none."""
    total = "Tarn's outlay on clinics came to 11 billion yuan in 2023, a rise of 9% on the year."
    share = "Of that, 2 billion yuan went on the pay of doctors, whose average rose to 90,000 yuan."
    rows = [
        _said("a", total, 0, "11 billion yuan", 1.1e10, "CNY") | {"amount_type": "change_after", "value_to": 1.1e10},
        _said("a", share, 80, "2 billion yuan", 2e9, "CNY"),
        _said("a", share, 80, "90,000 yuan", 9e4, "CNY"),
    ]
    with open_store(tmp_path, rows) as s:
        wholes = {(p["value"], p["whole"]) for p in figures.sum_parts(figures.article_sums(s, ["a"]))}
    assert wholes == {(2e9, ("CNY", 1.1e10))}
    rows[0] = _said("a", total, 0, "11 billion yuan", 1.1e10, "CNY")  # stated as a plain value
    (tmp_path / "plain").mkdir()
    with open_store(tmp_path / "plain", rows) as s:
        top = figures.largest_sums(s, 3)
    assert [(r["after"], len(r["parts"])) for r in top] == [(1.1e10, 1), (9e4, 0)]


def test_a_sum_put_into_a_round_stated_before_is_a_part_of_it():
    raise_ = "Tarrow Bio raised US$60 million in a funding round led by Lanfield Capital."
    share = "Lanfield Capital put in US$35 million of the round, and two other funds took part."
    rows = [_said("a", raise_, 0, "US$60 million", 6e7, "USD"), _said("a", share, 80, "US$35 million", 3.5e7, "USD")]
    assert {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))} == {(3.5e7, ("USD", 6e7))}


def test_the_largest_share_of_a_total_stated_before_is_a_part_of_it():
    spent = "Tarn's districts spent 4.2 billion yuan on clinics last year."
    share = "Eastmoor, the most populous, received 900 million yuan, the largest share of any district."
    rows = [
        _said("a", spent, 0, "4.2 billion yuan", 4.2e9, "CNY"),
        _said("a", share, 70, "900 million yuan", 9e8, "CNY"),
    ]
    assert {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))} == {(9e8, ("CNY", 4.2e9))}


def test_what_an_investor_is_putting_in_after_a_round_is_a_part_of_it():
    raise_ = "Tarrow Bio raised £40 million in a round led by Lanfield Capital."
    share = "Lanfield Capital is putting in £25 million, and two other funds the rest."
    rows = [_said("a", raise_, 0, "£40 million", 4e7, "GBP"), _said("a", share, 70, "£25 million", 2.5e7, "GBP")]
    assert {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))} == {(2.5e7, ("GBP", 4e7))}


def test_two_sums_of_one_sentence_that_add_up_to_nothing_else_are_not_parts():
    both = "Southport University won contracts worth £7 million and £2.5 million respectively."
    rows = [_said("a", both, 0, "£7 million", 7e6, "GBP"), _said("a", both, 0, "£2.5 million", 2.5e6, "GBP")]
    assert figures.sum_parts(rows_of(rows)) == []


def rows_of(facts):
    """Amount facts as `figures.article_sums` rows (plain values)."""
    return [dict(f, after=f["value"]) for f in facts]


def test_the_largest_sums_leave_out_the_parts_and_name_them_with_their_whole(tmp_path):
    deal = "Kestrel Bio signed a licence worth up to £50 million."
    terms = "Kestrel Bio will receive £8 million upfront and up to £42 million in milestones."
    rows = [
        _said("a", deal, 0, "up to £50 million", 5e7, "GBP"),
        _said("a", terms, 60, "£8 million", 8e6, "GBP"),
        _said("a", terms, 60, "up to £42 million", 4.2e7, "GBP"),
    ]
    with open_store(tmp_path, rows) as s:
        got = figures.largest_sums(s, 5)
    assert [r["after"] for r in got] == [5e7]
    assert sorted(f["value"] for f in rows if f["fact_id"] in got[0]["parts"]) == [8e6, 4.2e7]


def test_a_change_still_to_come_is_a_target_not_one_of_the_biggest_changes(tmp_path):
    target = "The number of nurses per 1,000 residents is to rise from 2.1 to 3.0 by 2030."
    done = "Clinic visits rose from 400 to 500 last year."
    rows = []
    for doc, sentence, low, high in (("a", target, "2.1", "3.0"), ("b", done, "400", "500")):
        lo, hi = float(low), float(high)
        for text, kind in ((low, "change_before"), (high, "change_after")):
            start = sentence.index(text)
            rows.append(fact(doc, "amount", start, start + len(text), sentence=sentence, text=text, value=lo if
                             kind == "change_before" else hi, value_from=lo, value_to=hi,
                             change_pct=(hi - lo) / lo * 100, unit="count", object="x", amount_type=kind))  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = [(r["before"], r["after"]) for r in figures.biggest_changes(s, 5)]
    assert got == [(400.0, 500.0)]


def test_a_figure_in_a_sites_menu_row_is_page_furniture_not_a_key_number(tmp_path):
    menu = "Home | Harbour City | Economy | Health | Weather 21°C"
    text = "Harbour City will open 40 clinics this year."
    rows = [
        fact("a", "amount", menu.index("21"), menu.index("21") + 2, sentence=menu, text="21", value=21.0,
             unit="count", object="Health | Weather", amount_type="figure"),
        fact("a", "amount", 100 + text.index("40"), 100 + text.index("40") + 2, sentence_start=100, sentence=text,
             text="40", value=40.0, unit="count", object="clinics", amount_type="figure"),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.key_numbers(s, 5)] == [40.0]


def test_a_sum_after_the_word_including_far_before_it_is_no_share():
    """ "including" that lists the partners, far before the sum, says nothing of the sum."""
    deal = "Harbour City signed deals worth £90 million."
    far = (
        "Partners including Northvale University, Eastbay Hospital and the Kestrel Foundation signed a £5 million deal."
    )
    rows = [_said("a", deal, 0, "£90 million", 9e7, "GBP"), _said("a", far, 50, "£5 million", 5e6, "GBP")]
    assert figures.sum_parts(rows_of(rows)) == []


def test_a_figure_stated_in_a_photos_caption_and_in_the_text_is_quoted_from_the_text(tmp_path):
    """The same 500 patients in a caption above the text and in a sentence of it: the sentence speaks for it."""
    caption = "[Photo: a nurse at work. Caption: Clinics treated 500 patients last year.]"
    said = "The city's clinics treated 500 patients last year."
    rows = [
        amount("a", 10, 500.0, "count", "patients", sentence=caption),
        amount("a", 200, 500.0, "count", "patients", sentence=said),
    ]
    with open_store(tmp_path, rows) as s:
        got = s.rows("SELECT f.sentence FROM figures g JOIN facts f ON f.fact_id = g.fact_id")
    assert got == [{"sentence": said}]


def test_a_change_measured_against_the_previous_year_is_of_the_period_before():
    """The phrases of `change_periods.txt` right after a change's words: "up 7 percent from the previous year", "up
    12% year on year"; a change over a named year is not ("up 9% on 2019")."""
    after, _ = figures.period_pattern()
    for said in ("up {} from the previous year", "up {} year on year", "a rise of {} over the prior year"):
        assert re.search(after, said.format(MARK))
    assert not re.search(after, f"up {MARK} on 2019")


def test_a_bodys_own_results_are_no_change_worth_showing(tmp_path):
    """ "Its shares rose 3.1% on Tuesday", "revenue grew 41%" and "the distributor's deliveries rose 300%" are the
    context of a story about a firm; the change in the wards it runs is one of the story's changes."""
    shares = "Its shares rose 3.1% on Tuesday after the deal."
    revenue = "The group's revenue grew 41% to £6 million."
    wards = "Wards at the Ostley clinic rose 12% to 56."
    boxes = "Its manager said the distributor's deliveries of inhalers to Ostley pharmacies rose 300% last year."
    policies = "Its health policies in force more than doubled, from 18,500 to 41,200."
    rows = [
        stated(
            "a",
            400,
            policies,
            "41,200",
            41200.0,
            "count",
            "health policies in force",
            "change_after",
            value_from=18500.0,
            value_to=41200.0,
            change_pct=122.7,
        ),  # fmt: skip
        stated("a", 0, shares, "3.1%", 3.1, "percent", "increase in shares", "change_percent", change_pct=3.1),
        stated("a", 100, revenue, "41%", 41.0, "percent", "increase in revenue", "change_percent", change_pct=41.0),
        stated("a", 200, wards, "12%", 12.0, "percent", "increase in wards", "change_percent", change_pct=12.0),
        stated(
            "a", 300, boxes, "300%", 300.0, "percent", "increase in deliveries", "change_percent", change_pct=300.0
        ),  # fmt: skip
    ]
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 1000, "published": "2024-05-01"}]
    with open_store(tmp_path, rows, docs) as s:
        got = [r["pct"] for r in figures.biggest_changes(s, 5)]
    assert got == [12.0]


def test_a_figure_in_a_condition_is_no_figure_worth_showing(tmp_path):
    """ "If a nurse is paid 7,000 yuan a month there, she may remain" states a condition, not a level reached;
    "Nurses in Ostley earn 5,500 yuan a month" states one."""
    said = "If a nurse is paid 7,000 yuan a month there, she may remain."
    level = "Nurses in Ostley earn 5,500 yuan a month."
    rows = [
        stated("a", 0, said, "7,000 yuan", 7000.0, "CNY", "monthly pay of a nurse"),
        stated("a", 100, level, "5,500 yuan", 5500.0, "CNY", "monthly pay of nurses"),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["after"] for r in figures.key_numbers(s, 5)] == [5500.0]


def test_a_share_a_party_contributes_to_a_total_of_its_sentence_is_no_sum_of_its_own(tmp_path):
    """ "will invest US$200 million in a plant, with Kestrel contributing £80 million and Harbour the rest": Kestrel's
    share is part of the total, not a second sum beside it."""
    plant = (
        "Kestrel and Harbour will invest US$200 million in a plant, with Kestrel contributing £80 million and Harbour "
        "the rest."
    )
    rows = [
        stated("a", 0, plant, "US$200 million", 2e8, "USD", "investment"),
        stated("a", 0, plant, "£80 million", 8e7, "GBP", "share of Kestrel"),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["unit"]) for r in figures.largest_sums(s, 5)]
    assert got == [(2e8, "USD")]


def test_the_same_number_of_the_same_thing_is_one_key_number_where_one_statement_gives_no_place(tmp_path):
    rows = [
        amount("a", 100, 240.0, "count", "new jobs", place="Kelby"),
        amount("a", 300, 240.0, "count", "new jobs"),
        amount("a", 500, 90.0, "count", "engineers", place="Kelby"),
        amount("b", 100, 240.0, "count", "new jobs", place="Tollby"),  # another place: another figure
    ]
    with open_store(tmp_path, rows) as s:
        got = sorted((r["object_key"], r["after"], r["place"]) for r in figures.key_numbers(s, 5))
    assert got == [("engineers", 90.0, "Kelby"), ("new jobs", 240.0, "Kelby"), ("new jobs", 240.0, "Tollby")]


def test_a_year_a_headline_counts_from_does_not_date_the_figures(tmp_path):
    rows = [stated("b", 0, PLAIN, "4,200", 4200.0, "count", "nurses")]
    docs = [{"doc_id": "b", "file": "b.txt", "n_chars": 100, "published": "2025-04-22",
             "title": "Westport nurse numbers more than double since 2019"}]  # fmt: skip
    with open_store(tmp_path, rows, docs) as s:
        got = {r["object_key"]: (r["year"], r["year_stated"]) for r in figures.key_numbers(s, 5)}
    assert got == {"nurses": (2025, False)}


def test_a_figure_with_no_place_stated_in_two_stories_is_two_figures_and_one_with_a_place_is_one(tmp_path):
    """ "up to 12 midwives" of two unrelated stories are two schemes' numbers, neither confirmed by the other; 1,450
    students in Eastbay stated by two stories is one figure, stated twice."""
    one = "Under the pact, up to 12 midwives will train abroad each year."
    two = "The clinic will send up to 12 midwives on the course."
    rows = [
        stated("a", 0, one, "12", 12.0, "count", "midwives"),
        stated("b", 0, two, "12", 12.0, "count", "midwives"),
        *_stated("c", {}), *_stated("d", {}),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = sorted(
            (r["after"], r["n_articles"]) for r in s.rows("SELECT DISTINCT figure_id, after, n_articles FROM figures")
        )
    assert got == [(12.0, 1), (12.0, 1), (1450.0, 2)]


SHARES = "Shares in Kelby Pharma rose 2.3% to 1,482 pence in London morning trade."
SHARE_OF = "The share of prescriptions with antibiotics fell to 14.2%, from 19.8% a year earlier."


def test_a_companys_shares_moving_on_a_market_is_no_figure_worth_showing(tmp_path):
    rows = [
        stated("a", 0, SHARES, "1,482 pence", 14.82, "GBP", "shares", amount_type="change_after", value_from=14.487,
               value_to=14.82, change_pct=2.3),
        stated("a", 100, SHARE_OF, "14.2%", 14.2, "percent", "share of prescriptions", amount_type="change_after",
               value_from=19.8, value_to=14.2),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        got = {r["text"]: r["salient"] for r in s.rows("SELECT text, salient FROM figures")}
    assert got == {"1,482 pence": False, "14.2%": True}


def test_two_sums_of_two_sentences_that_add_up_to_a_deal_are_its_parts():
    """ "worth up to $1.5bn" in a headline, "$90 million upfront" and "up to $1.41 billion more in milestones" in two
    later sentences: both are parts of the deal; a sum of a third sentence that adds up with neither is not."""
    head = "Tarn Bio licenses cancer drug in deal worth up to $1.5bn"
    upfront = "Kestrel Pharma will pay Tarn Bio $90 million upfront for the rights."
    later = "Tarn Bio could receive up to $1.41 billion more in milestones."
    staff = "Tarn Bio spent $12 million on its new laboratory last year."
    rows = [
        _said("a", head, 0, "$1.5bn", 1.5e9, "USD"),
        _said("a", upfront, 60, "$90 million", 9e7, "USD"),
        _said("a", later, 130, "up to $1.41 billion", 1.41e9, "USD"),
        _said("a", staff, 200, "$12 million", 1.2e7, "USD"),
    ]
    wholes = {(p["value"], p["whole"]) for p in figures.sum_parts(rows_of(rows))}
    assert wholes == {(9e7, ("USD", 1.5e9)), (1.41e9, ("USD", 1.5e9))}


def test_the_standard_a_result_is_set_against_is_no_salient_figure(tmp_path):
    sent = "Of the 96 patients, 41% saw their tumours shrink, against roughly 20% on standard chemotherapy."
    rows = [
        stated("a", 0, sent, "roughly 20%", 20.0, "percent", "standard chemotherapy"),
        stated("a", 0, sent, "41%", 41.0, "percent", "patients"),
    ]
    with open_store(tmp_path, rows) as s:
        salient = {r["after"]: r["salient"] for r in s.rows("SELECT after, salient FROM figures")}
    assert salient == {20.0: False, 41.0: True}


def test_a_part_of_a_deals_sum_stands_for_the_whole_deal(tmp_path):
    head = "Tarn Bio licenses cancer drug in deal worth up to $1.5bn"
    upfront = "Kestrel Pharma will pay Tarn Bio $90 million upfront for the rights."
    later = "Tarn Bio could receive up to $1.41 billion more in milestones."
    other = "Kelby Labs raised $20 million from investors."
    rows = [
        _said("a", head, 0, "$1.5bn", 1.5e9, "USD"),
        _said("a", upfront, 60, "$90 million", 9e7, "USD"),
        _said("a", later, 130, "up to $1.41 billion", 1.41e9, "USD"),
        _said("b", other, 0, "$20 million", 2e7, "USD"),
    ]
    ids = {r["text"]: r["fact_id"] for r in rows}
    with open_store(tmp_path, rows) as s:
        got = figures.wholes(s, [ids["up to $1.41 billion"], ids["$90 million"], ids["$20 million"]])
    assert got == {ids["up to $1.41 billion"]: ids["$1.5bn"], ids["$90 million"]: ids["$1.5bn"]}


def test_a_count_grown_from_a_small_base_ranks_after_the_other_changes(tmp_path):
    """ "from 5 to 14 providers" (+180%) is large only because five is small; "enrolment rose from 1,860 to 4,320"
    (+132%) leads."""
    rows = [
        part("a", 10, 5.0, "count", "care providers", "change_before", 5.0, 14.0, 180.0, ss=0),
        part("a", 30, 14.0, "count", "care providers", "change_after", 5.0, 14.0, 180.0, ss=0),
        part("a", 110, 1860.0, "count", "people enrolled", "change_before", 1860.0, 4320.0, 132.2581, ss=100),
        part("a", 130, 4320.0, "count", "people enrolled", "change_after", 1860.0, 4320.0, 132.2581, ss=100),
    ]
    with open_store(tmp_path, rows) as s:
        assert [r["object"] for r in figures.biggest_changes(s, 5)] == ["people enrolled", "care providers"]
