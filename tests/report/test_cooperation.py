"""The China–UK report's findings and tables on two invented articles, with the sentences written by hand."""

from reportcorpus import EH, KC, NU, SU, Articles, deal, marks, org, plain, two_articles

from analysis.report import actors, cooperation, initiatives


def test_the_key_findings_state_what_the_articles_say(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    got = [f.render() for f in cooperation.key_findings(r)]
    assert [plain(f) for f in got] == [
        "The Joint Nursing Academy brings together Northvale University (UK) with Eastbay Hospital (mainland China), "
        "in education and training, dated 2021, with £5 million.",
        "Northvale University (UK) works with Kestrel College (mainland China), in research, reported in 2021, stated "
        "by two articles.",
        # the sentence after the academy's, whose subject is the academy, states its money
        "The only sum pledged, paid or signed for is £5 million, in the cooperation of Eastbay Hospital and Northvale "
        "University (funding pledge: “The academy receives £5 million from the partners over three years.”).",
        # two initiatives each against one for the rest: no lead is claimed
        # the timeline's own rows: the academy's signing, the undated cooperation on the day its first article
        # was published, the memorandum of 2023
        "The earliest dated step of cooperation is from 2021 (“…in Westmoor signed an agreement with Eastbay "
        "Hospital in Harbour City to open the Joint Nursing Academy in 2021”); the latest is from 2023 (“Kestrel "
        "College in Harbour City and Southport University signed a memorandum on stroke research in 2023”); 2021 "
        "has the most (two of three dated steps).",
    ]
    # every finding cites; citation numbers follow the order a reader meets them
    assert all(marks(f) for f in got)
    numbers = [n for f in got for n in marks(f)]
    assert numbers[0] == 1 and max(numbers) == len(r.cite)


def test_the_initiatives_table_puts_cross_side_initiatives_first_and_links_the_full_list(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    t = initiatives.table(r)
    rows = [{k: plain(v) for k, v in row.items()} for row in t.rows]
    assert [(x["initiative"], x["partners"], x["articles"]) for x in rows] == [
        ("—", "Northvale University (UK); Kestrel College (mainland China)", "2"),
        ("Joint Nursing Academy", "Northvale University (UK); Eastbay Hospital (mainland China)", "1"),
        ("—", "Southport University (UK); Kestrel College (mainland China)", "1"),
    ]
    assert rows[1]["dated"] == "2021" and rows[1]["field"] == "education and training"
    assert list(t.full["initiative"]) == ["", "Joint Nursing Academy", ""] and t.name == "initiatives"


def test_a_tie_at_the_top_is_said_as_a_tie_and_a_flat_ranking_leads_nothing(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "tie",
        "Four bodies sign two agreements\n\nNorthvale University signed with Eastbay Hospital. "
        "Southport University signed with Kestrel College.\nNorthvale University and Kestrel College signed too. "
        "Southport University and Eastbay Hospital signed as well.\n",
    )
    for n in range(2):
        org(a, "tie", NU, n), org(a, "tie", EH, n), org(a, "tie", SU, n), org(a, "tie", KC, n)
    deal(a, "tie", "signed with Eastbay", [NU, EH])
    deal(a, "tie", "signed with Kestrel", [SU, KC])
    deal(a, "tie", "signed too", [NU, KC])
    deal(a, "tie", "signed as well", [SU, EH])
    r = a.report("02-china-uk-cooperation")
    # every body has two initiatives: two bodies tied at two, against none with fewer, lead nothing
    assert actors.leads_finding(r) is None
    assert initiatives.field_finding(r) is None  # no field is stated


def test_the_field_mix_is_a_finding_only_when_one_field_leads(tmp_path):
    a = Articles(tmp_path)
    a.article("f", "Five agreements\n\nA1. A2. A3. A4. A5.\n")
    fields = ["research", "research", "research", "education and training", "public health"]
    pairs = [(NU, EH), (NU, KC), (SU, KC), (SU, EH), (NU, SU)]
    for i, (field, (x, y)) in enumerate(zip(fields, pairs), 1):
        a.fact("f", "partnership", f"A{i}", parties=[x, y], party_ids=[f"org:{x}", f"org:{y}"], field=field)
    r = a.report("02-china-uk-cooperation", focus="all")  # the article names no body: it is in no strand
    assert plain(initiatives.field_finding(r).render()) == (
        "Research leads: three of five initiatives with a stated field; two other fields have one initiative each."
    )
    # no body is placed: every initiative counts under a heading that says so, not under "other"
    t = initiatives.field_table(r)
    assert [h for _, h in t.columns] == ["Field", "a party not placed", "All", "Source"]
    assert [(plain(x["field"]), plain(x["other"])) for x in t.rows] == [
        ("research", "3"),
        ("education and training", "1"),
        ("public health", "1"),
    ]


def test_worth_a_chart_and_its_title():
    assert not initiatives.worth_a_chart([1, 1, 1])  # every value 1
    assert not initiatives.worth_a_chart([9, 1, 1])  # one bar is nearly everything
    assert not initiatives.worth_a_chart([3, 1, 1, 1])  # one leader over a flat tail
    assert not initiatives.worth_a_chart([4, 2])  # two bars
    assert initiatives.worth_a_chart([5, 3, 1])
    rows = [{"label": "research", "n": 5}, {"label": "education and training", "n": 3}, {"label": "x", "n": 1}]
    assert initiatives.bar_title(rows, "the fields", "initiative", 9) == "research leads the fields: 5 of 9 initiatives"
    tied = [{"label": "education and training", "n": 3}, {"label": "research", "n": 3}, {"label": "x", "n": 1}]
    assert initiatives.bar_title(tied, "the fields", "initiative") == (
        "education and training, and research lead the fields: 3 initiatives each"
    )


CENTRE = """Minister unveils a stroke care partnership
Published: 4 March 2019 | Northvale Courier

A new partnership between Northvale University and Eastbay Hospital will set up a centre for stroke care.
The minister at Eastbay Hospital
The minister unveiled the Northvale-Eastbay Centre for Stroke Care in Harbour City today (Monday).
"""


def test_a_row_takes_the_name_and_the_date_of_the_centre_its_article_launches(tmp_path):
    a = Articles(tmp_path)
    a.article("centre", CENTRE, published="2019-03-04", publisher="Northvale Courier")
    org(a, "centre", NU), org(a, "centre", EH), org(a, "centre", EH, 1)
    name = "Northvale-Eastbay Centre for Stroke Care"
    a.fact("centre", "organization", name, org_type="other", jurisdiction="mainland China")
    deal(a, "centre", "partnership between", [NU, EH], field="research")
    a.fact("centre", "date", "today (Monday)", date="2019-03-04", event="unveiled")
    r = a.report("02-china-uk-cooperation")
    rows = [{k: plain(v) for k, v in row.items()} for row in initiatives.table(r).rows]
    assert [(x["initiative"], x["partners"], x["dated"]) for x in rows] == [
        (name, "Northvale University (UK); Eastbay Hospital (mainland China)", "2019")
    ]


MINISTRIES = """Northvale University signs £40m deal with Eastbay Hospital

Northvale University signed a £40 million partnership with Eastbay Hospital to train nurses.
The Northvale Health Ministry and the Eastbay Health Commission agreed a joint statement on vaccines.
"""


def test_an_agreement_between_governments_comes_before_a_headline_deal_of_institutions(tmp_path):
    """Two ministries' joint statement in the body text is the flagship over a university's deal in the headline:
    it commits the states."""
    a = Articles(tmp_path)
    a.article("pact", MINISTRIES)
    org(a, "pact", NU), org(a, "pact", EH), org(a, "pact", NU, 1), org(a, "pact", EH, 1)
    a.fact("pact", "organization", "Northvale Health Ministry", org_type="government", jurisdiction="UK")
    a.fact("pact", "organization", "Eastbay Health Commission", org_type="government", jurisdiction="mainland China")
    deal(a, "pact", "signs £40m deal", [NU, EH], field="education and training")
    deal(a, "pact", "signed a £40 million partnership", [NU, EH], field="education and training")
    deal(a, "pact", "agreed a joint statement", ["Northvale Health Ministry", "Eastbay Health Commission"],
         field="public health")  # fmt: skip
    r = a.report("02-china-uk-cooperation")
    rows = [{k: plain(v) for k, v in row.items()} for row in initiatives.table(r).rows]
    assert [x["partners"] for x in rows] == [
        "Northvale Health Ministry (UK); Eastbay Health Commission (mainland China)",
        "Northvale University (UK); Eastbay Hospital (mainland China)",
    ]


MEETING = """Coast Health Alliance holds its spring meeting
Published: 2 May 2022 | Harbour Daily

The Spring Meeting of the Coast Health Alliance, organised by Northvale University and Eastbay Hospital, was held in \
Harbour City on 1 May 2022.
"""


def test_an_initiative_known_only_from_its_organisers_says_they_organised_an_event(tmp_path):
    a = Articles(tmp_path)
    a.article("meeting", MEETING, published="2022-05-02", publisher="Harbour Daily")
    org(a, "meeting", NU), org(a, "meeting", EH)
    deal(a, "meeting", "organised by", [NU, EH], initiative="Coast Health Alliance", field="research")
    a.fact("meeting", "date", "1 May 2022", date="2022-05-01", event="held")
    r = a.report("02-china-uk-cooperation")
    (row,) = [{k: plain(v) for k, v in x.items()} for x in initiatives.table(r).rows]
    assert row["partners"] == (
        "Northvale University (UK); Eastbay Hospital (mainland China) (organisers of an event of it)"
    )
    (finding,) = initiatives.flagship_findings(r, 1)
    assert plain(finding.render()) == (
        "Northvale University (UK) and Eastbay Hospital (mainland China) organise an event of the Coast Health "
        "Alliance, in research, dated 2022."
    )


def test_a_link_in_passing_does_not_make_a_lead_nor_does_a_count_from_one_article(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "links",
        "Northvale University opens two training schemes\n\nNorthvale University and Eastbay Hospital will train "
        "nurses together. Northvale University and Kestrel College will train midwives together.\n"
        "Southport University has a special partnership with Eastbay Hospital. Southport University also has a "
        "partnership with Kestrel College.\n",
    )
    org(a, "links", NU), org(a, "links", EH), org(a, "links", NU, 1), org(a, "links", KC)
    org(a, "links", SU), org(a, "links", EH, 1), org(a, "links", SU, 1), org(a, "links", KC, 1)
    deal(a, "links", "train nurses", [NU, EH], field="education and training")
    deal(a, "links", "train midwives", [NU, KC], field="education and training")
    deal(a, "links", "special partnership", [SU, EH], field="education and training")
    deal(a, "links", "also has", [SU, KC], field="education and training")
    r = a.report("02-china-uk-cooperation")
    # Southport's two links in passing count for nothing; Northvale's two schemes rest on one article: no lead
    assert actors.leads_finding(r, cooperation.COUNTED) is None
    rows = [{k: plain(v) for k, v in row.items()} for row in initiatives.table(r).rows]
    assert [x["initiative"] for x in rows] == ["—", "—"] + ["— (one passing statement: not counted)"] * 2
    t = initiatives.field_table(r, cooperation.COUNTED)
    assert t.caption == "Counted initiatives by field" and [h for _, h in t.columns] == [
        "Field",
        "Initiatives",
        "Source",
    ]
    assert [(plain(x["field"]), x["total"]) for x in t.rows] == [("education and training", "2")]


def test_the_years_are_cut_where_the_counts_are_most_even():
    assert initiatives.periods([("2013", 2), ("2015", 1), ("2017", 3)]) == (["2013", "2015"], ["2017"])
    assert initiatives.periods([("2013", 1), ("2014", 1), ("2019", 1), ("2020", 1)]) == (
        ["2013", "2014"],
        ["2019", "2020"],
    )
    assert initiatives.periods([("2013", 3), ("2020", 1)]) is None  # one initiative is no period


def test_what_moved_over_time_is_said_only_where_each_period_holds_two_initiatives(tmp_path):
    a = Articles(tmp_path)
    plan = [
        ("s1", "2015-03-02", NU, EH, "train nurses", "education and training"),
        ("s2", "2016-05-10", SU, KC, "train midwives", "education and training"),
        ("s3", "2021-09-01", NU, KC, "research strokes", "research"),
        ("s4", "2022-02-14", SU, EH, "fight epidemics", "public health"),
    ]
    for doc, day, x, y, what, field in plan:
        a.article(doc, f"{x} and {y} agree to work together\nPublished: {day} | Courier\n\n{x} and {y} will {what}.\n",
                  published=day)  # fmt: skip
        org(a, doc, x, 1), org(a, doc, y, 1)
        deal(a, doc, f"will {what}", [x, y], field=field)
    r = a.report("02-china-uk-cooperation")
    assert plain(initiatives.shift_finding(r, cooperation.COUNTED).render()) == (
        "Of the initiatives dated or first reported in 2015–2016, both are in education and training; of those of "
        "2021–2022, two spread over two fields."
    )
    # three initiatives leave one period with one: nothing is said
    a.facts = [f for f in a.facts if f["doc_id"] != "s4"]
    a.docs.pop("s4")
    assert initiatives.shift_finding(a.report("02-china-uk-cooperation"), cooperation.COUNTED) is None


def test_what_a_sum_is_read_from_its_own_clause():
    # several deals' total, and one deal's value
    assert cooperation.sum_kind("Northvale Health signed contracts worth over £40m with two hospitals.", "£40m") == (
        "deals' total",
        True,
    )
    assert cooperation.sum_kind("Northvale Health signed a contract worth £9m with Eastbay Hospital.", "£9m") == (
        "deal value",
        True,
    )
    assert cooperation.sum_kind("Two funds won 2 billion yuan (£220 million) in funding pledges.", "£220 million") == (
        "funding pledge",
        True,
    )
    # a disease's cost to an economy is nobody's deal
    assert cooperation.sum_kind(
        "Stroke is estimated to cost £3 billion a year, with a yearly loss to the economy of around £6 billion.",
        "£6 billion",
    ) == ("cost estimate", False)
    assert cooperation.sum_kind("The new wing opened with £4 million.", "£4 million") is None
    # a prior period's level in brackets, as a company's results state it, is what a sum is compared with
    results = "Revenue for the half was £22.6 million, up 24% (H1 2024: £18.2 million)."
    assert cooperation.sum_kind(results, "£18.2 million") == ("comparison", False)
    # a sum each family or trainee gets is a sum per head, before or after its words
    family = "The fund will give each family a subsidy of up to 20,000 yuan for travel."
    assert cooperation.sum_kind(family, "20,000 yuan") == ("per head", False)
    stipend = "Trainees receive a monthly stipend of 3,000 yuan for each trainee."
    assert cooperation.sum_kind(stipend, "3,000 yuan") == ("per head", False)
    # a trade flow is nobody's money, however far its words stand from the sum; a deal signed on a trade mission is
    flow = "Ann Lee said that trade between Tarrow and Kelby in medicines and devices was worth more than £1bn a year."
    assert cooperation.sum_kind(flow, "more than £1bn") == ("trade value", False)
    assert cooperation.sum_kind("On the trade mission, Tarn Ltd signed a £5m supply agreement with Kelby Hospital.",
                                "£5m") is None  # fmt: skip
    bursaries = "Tarrow University will fund three bursaries of £12,000 a year each, and Kelby College RMB 1 million."
    assert cooperation.sum_kind(bursaries, "£12,000") == ("per head", False)
    assert cooperation.sum_kind("A and B will put in £2 million a year between them.", "£2 million")[0] != "per head"
    # the sales a deal is expected to bring are no money of the deal
    forecast = "Kelby Medical signed a supply deal it expects to generate at least 300 million yuan in sales."
    assert cooperation.sum_kind(forecast, "300 million yuan") == ("sales forecast", False)
    said = "Kelby Pharma's turnover grew to £2 billion, and it spent £300 million on research and development."
    assert cooperation.sum_kind(said, "£300 million") == ("own spending", False)
    # payments a licensee may owe on reaching milestones, not a pledge of funding
    said = "Under the licence, Tollby could receive up to $300 million in regulatory and sales milestone payments."
    assert cooperation.sum_kind(said, "up to $300 million") == ("milestone payments", True)
    # a ceiling on what a scheme refunds is nobody's deal, and no cost either
    assert cooperation.sum_kind(
        "Patients get back half of their bills, up to a ceiling of 20,000 patacas a year.", "20,000 patacas"
    ) == ("ceiling", False)
    # a trade flow is nobody's deal; the deals of a trade mission are deals
    assert cooperation.sum_kind("Medical exports to Eastland reached £2.2 billion last year.", "£2.2 billion") == (
        "trade value",
        False,
    )
    exported = "The pact helps an industry whose firms exported £1.9 billion of vaccines to Eastland in 2024."
    assert cooperation.sum_kind(exported, "£1.9 billion") == ("trade value", False)
    assert cooperation.sum_kind("The trade mission signed deals worth £30m.", "£30m") == ("deals' total", True)
    # a company's valuation is nobody's deal; a contract valued at a sum is one
    assert cooperation.sum_kind("The round values Kestrel Bio at about US$90 million.", "US$90 million") == (
        "valuation",
        False,
    )
    assert cooperation.sum_kind("It signed a contract valued at £8m.", "£8m") == ("deal value", True)
    assert cooperation.sum_kind("Their joint venture agreement values the new clinic at £6m.", "£6m") == (
        "deal value",
        True,
    )
    # "sales" naming a kind of milestone in an earlier clause is no company's results; a deal's total is its value
    assert cooperation.sum_kind(
        "Harbour Bio will pay £5m upfront and £20m in sales milestones, bringing the total value to £25m.", "£25m"
    ) == ("deal value", True)
    # a price a policyholder pays is nobody's deal
    assert cooperation.sum_kind("Their plan has annual premiums starting at HK$3,800.", "HK$3,800") == ("price", False)
    # a company's own results are nobody's deal
    assert cooperation.sum_kind("Its sales rose 9% year on year to 1.2 billion yuan.", "1.2 billion yuan") == (
        "company results",
        False,
    )
    # a sector's investment total for a period is nobody's pledge, nor is the level it is compared with
    tally = "Eastland investment in Westmoor clinics reached £90 million last year, compared with £60 million in 2023."
    assert cooperation.sum_kind(tally, "£90 million") == ("market total", False)
    assert cooperation.sum_kind(tally, "£60 million") == ("comparison", False)
    assert cooperation.sum_kind("Harbour Bio will invest £20 million in the clinics.", "£20 million") == (
        "funding pledge",
        True,
    )
    assert cooperation.sum_kind("The trust signed deals worth more than £7m, up from £4m.", "£7m") == (
        "deals' total",
        True,
    )
    # a country's sales, with their growth and period between the word and the sum, are a market's results
    assert cooperation.sum_kind(
        "Medical device sales in Eastland grew 6.1% year on year in 2024 to about 900 billion yuan.", "900 billion yuan"
    ) == ("company results", False)


def test_a_cost_to_an_economy_is_not_a_sum_pledged_paid_or_signed(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "cost",
        "Northvale University and Eastbay Hospital sign a stroke deal\n\nNorthvale University and Eastbay Hospital "
        "signed contracts worth £40m. Stroke is estimated to cost Eastbay Hospital £900m a year.\n",
    )
    org(a, "cost", NU, 1), org(a, "cost", EH, 1), org(a, "cost", EH, 2)
    deal(a, "cost", "signed contracts", [NU, EH], field="clinical services")
    a.fact("cost", "amount", "£40m", value=40_000_000.0, unit="GBP", object="contracts", amount_type="figure")
    a.fact("cost", "amount", "£900m", value=900_000_000.0, unit="GBP", object="stroke", amount_type="figure")
    r = a.report("02-china-uk-cooperation")
    assert plain(cooperation.sums_finding(r).render()) == (
        "The only sum pledged, paid or signed for is £40 million, in the cooperation of Eastbay Hospital and "
        "Northvale University (deals' total: “Northvale University and Eastbay Hospital signed contracts worth "
        "£40m.”)."
    )


def test_tied_leaders_one_of_which_rests_on_one_article_lead_nothing(tmp_path):
    hm = "Harbour Medical College"
    a = Articles(tmp_path)
    a.article(
        "tie",
        "Five bodies sign agreements\n\nNorthvale University signed with Eastbay Hospital. "
        "Southport University signed with Kestrel College.\n"
        "Southport University and Eastbay Hospital signed as well.\n"
        "Southport University and Harbour Medical College signed last.\n",
    )
    a.article(
        "later",
        "Two more pacts\n\nNorthvale University and Kestrel College signed too.\n"
        "Northvale University and Harbour Medical College signed again.\n",
    )
    org(a, "tie", NU), org(a, "tie", EH), org(a, "tie", SU), org(a, "tie", KC), org(a, "tie", SU, 1)
    org(a, "tie", EH, 1), org(a, "tie", SU, 2), org(a, "later", NU), org(a, "later", KC), org(a, "later", NU, 1)
    for doc in ("tie", "later"):
        a.fact(doc, "organization", hm, org_type="university", jurisdiction="mainland China")
    deal(a, "tie", "signed with Eastbay", [NU, EH])
    deal(a, "tie", "signed with Kestrel", [SU, KC])
    deal(a, "tie", "signed as well", [SU, EH])
    deal(a, "tie", "signed last", [SU, hm])
    deal(a, "later", "signed too", [NU, KC])
    deal(a, "later", "signed again", [NU, hm])
    r = a.report("02-china-uk-cooperation")
    # the UK side: three each, one leader's from one article, so no lead; the Chinese side: three bodies tied at
    # two lead nothing, its kind of body is said
    assert plain(actors.leads_finding(r).render()) == (
        "Universities are most of the Chinese bodies taking part (two of three bodies)."
    )


FUNDED = """Northvale University and Kestrel College form a stroke consortium
Published: 5 May 2026 | Harbour Daily

Northvale University signed an agreement with Kestrel College to set up a stroke consortium in Harbour City.
The consortium's first trial will recruit 900 patients at Kestrel College. It is funded with £3.1 million from the \
Westmoor Research Council and RMB 18 million from the Harbour Science Commission.
Southport University agreed pilot contracts with Eastbay Hospital in two towns, worth £7 million and £2.5 million \
respectively.
"""


def test_money_listed_for_an_initiative_is_shown_whole_with_who_pays_each_sum(tmp_path):
    """Two funders in two currencies: each sum with its funder; two contracts in one currency: their total, then
    each."""
    a = Articles(tmp_path)
    a.article("funded", FUNDED, published="2026-05-05", publisher="Harbour Daily")
    for name in (NU, KC, SU, EH):
        org(a, "funded", name)
    org(a, "funded", KC, 2)  # the trial's sentence names the college
    for name in ("Westmoor Research Council", "Harbour Science Commission"):
        a.fact("funded", "organization", name, org_type="government", jurisdiction="UK" if "West" in name else None)
    deal(a, "funded", "signed an agreement with", [NU, KC], field="research")
    deal(a, "funded", "agreed pilot contracts with", [SU, EH], field="trade and investment")
    for said, value, unit in (("£3.1 million", 3.1e6, "GBP"), ("RMB 18 million", 1.8e7, "CNY"),
                              ("£7 million", 7e6, "GBP"), ("£2.5 million", 2.5e6, "GBP")):  # fmt: skip
        a.fact("funded", "amount", said, value=value, unit=unit, object="x")
    r = a.report("02-china-uk-cooperation")
    rows = initiatives.table(r).rows
    money = {plain(row["partners"]): plain(row["money"]) for row in rows}
    # the sums of one sentence are cited by one mark
    assert [len(marks(row["money"])) for row in rows] == [1, 1]
    assert money == {
        "Northvale University (UK); Kestrel College (mainland China)": "£3.1 million from Westmoor Research Council "
        "and 18 million yuan from Harbour Science Commission",
        "Southport University (UK); Eastbay Hospital (mainland China)": "£9.5 million in all: £7 million and £2.5 "
        "million",
    }


def test_a_sum_stated_as_a_ceiling_keeps_its_word_and_so_does_the_total_it_is_part_of(tmp_path):
    a = Articles(tmp_path)
    a.article("capped", FUNDED.replace("worth £7 million", "worth up to £7 million"), published="2026-05-05")
    for name in (NU, KC, SU, EH):
        org(a, "capped", name)
    deal(a, "capped", "agreed pilot contracts with", [SU, EH], field="trade and investment")
    a.fact("capped", "amount", "up to £7 million", value=7e6, unit="GBP", object="x")
    a.fact("capped", "amount", "£2.5 million", value=2.5e6, unit="GBP", object="x")
    rows = initiatives.table(a.report("02-china-uk-cooperation")).rows
    assert [plain(row["money"]) for row in rows] == ["up to £9.5 million in all: up to £7 million and £2.5 million"]


MISSION = """Northvale University and Eastbay Hospital sign deals on a trade visit
Published: 5 May 2026 | Harbour Daily

Northvale University signed a licence with Eastbay Hospital worth up to £50 million.
Eastbay Hospital will pay £8 million upfront and up to £42 million in milestones.
Southport University signed a contract with Kestrel College worth £20 million.
Taken together, the deals signed during the visit are worth about £90 million.
"""


def test_the_parts_of_a_sum_are_its_detail_and_a_total_of_deals_is_said_after_the_deals(tmp_path):
    a = Articles(tmp_path)
    a.article("mission", MISSION, published="2026-05-05", publisher="Harbour Daily")
    for name in (NU, EH, SU, KC):
        org(a, "mission", name)
    deal(a, "mission", "signed a licence with", [NU, EH], field="trade and investment")
    deal(a, "mission", "signed a contract with", [SU, KC], field="trade and investment")
    for said, value in (("up to £50 million", 5e7), ("£8 million", 8e6), ("up to £42 million", 4.2e7),
                        ("£20 million", 2e7), ("about £90 million", 9e7)):  # fmt: skip
        a.fact("mission", "amount", said, value=value, unit="GBP", object="x", amount_type="figure")
    got = plain(cooperation.sums_finding(a.report("02-china-uk-cooperation")).render())
    assert got == (
        "The largest sums pledged, paid or signed for are up to £50 million, in the cooperation of Eastbay Hospital "
        "and Northvale University (“Northvale University signed a licence with Eastbay Hospital worth up to £50 "
        "million.”; of which £8 million and up to £42 million) and £20 million, in the cooperation of Kestrel "
        "College and Southport University (deal value: “Southport University signed a contract with Kestrel College "
        "worth £20 million.”); one article also states a total of deals, about £90 million (deals' total: "
        "“Taken together, the deals signed during the visit are worth about £90 million.”)."
    )


LICENCE = """Northvale University licenses its drug to Eastbay Hospital
Published: 5 May 2026 | Harbour Daily

Northvale University signed a licence with Eastbay Hospital and could receive up to £60 million in sales milestones.
Southport University signed a contract with Kestrel College worth £20 million.
"""


def test_money_a_deal_brings_only_on_milestones_is_said_after_the_money_signed_for(tmp_path):
    a = Articles(tmp_path)
    a.article("licence", LICENCE, published="2026-05-05", publisher="Harbour Daily")
    for name in (NU, EH, SU, KC):
        org(a, "licence", name)
    deal(a, "licence", "signed a licence with", [NU, EH], field="trade and investment")
    deal(a, "licence", "signed a contract with", [SU, KC], field="trade and investment")
    for said, value in (("up to £60 million", 6e7), ("£20 million", 2e7)):
        a.fact("licence", "amount", said, value=value, unit="GBP", object="x", amount_type="figure")
    got = plain(cooperation.sums_finding(a.report("02-china-uk-cooperation")).render())
    assert got.index("£20 million") < got.index("up to £60 million"), got
