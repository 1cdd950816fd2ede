"""Figures in a report: key numbers one per object in the article's words, changes before → after with percent,
the largest sums with a conversion folded in, and figures that disagree shown with both passages."""

from reportcorpus import Articles, deal, plain, two_articles

from analysis.report import brief, figures, initiatives


def test_key_numbers_and_changes_of_two_articles(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    rows = [{k: plain(v) for k, v in row.items()} for row in figures.key_numbers_table(r).rows]
    # a change of 75% weighs more than a sum of £5 million; no sentence of a figure states a year, so each is
    # shown with the year its article reports it, marked as such
    assert [(x["figure"], x["place"], x["year"]) for x in rows] == [
        ("from 40 to 70 (+75%)", "—", "reported 2021"),
        ("£5 million", "—", "reported 2021"),
        ("12", "Harbour City", "reported 2023"),
    ]
    assert rows[0]["what"] == "“The number of nurses trained each year rose from 40 to 70.”"
    # the full table keeps a year of report apart from a year the text states
    full = figures.key_numbers_table(r).full
    assert list(zip(full["year"], full["reported_in"])) == [("", 2021), ("", 2021), ("", 2023)]
    changes = figures.changes_table(r).rows
    assert [plain(c["figure"]) for c in changes] == ["from 40 to 70 (+75%)"]
    assert plain(figures.changes_finding(r).render()) == (
        "The one sizeable change stated is from 40 to 70 (+75%) (“The number of nurses trained each year rose from "
        "40 to 70.”)."
    )


def test_a_sum_and_its_conversion_are_one_sum_and_the_largest_come_first(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "fund",
        "Northvale Capital pledges funds\n\nNorthvale Capital pledged 8 billion yuan (US$1.1 billion) to the "
        "Eastbay partnership. Westgate Trust signed a £20 million deal with Eastbay Hospital.\n",
    )
    a.fact("fund", "organization", "Northvale Capital", 1, org_type="company", jurisdiction="UK")
    a.fact("fund", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("fund", "amount", "8 billion yuan", value=8e9, unit="CNY", object="funds", amount_type="figure")
    a.fact("fund", "amount", "US$1.1 billion", value=1.1e9, unit="USD", object="funds", amount_type="figure")
    a.fact("fund", "amount", "£20 million", value=2e7, unit="GBP", object="deal", amount_type="figure")
    a.fact("fund", "organization", "Westgate Trust", org_type="association", jurisdiction="UK")
    deal(a, "fund", "signed", ["Westgate Trust", "Eastbay Hospital"], field="clinical services")
    r = a.report("02-china-uk-cooperation", focus="all")
    # the deal's money names its parties: who signs
    assert plain(figures.sums_finding(r, of_bodies=True).render()) == (
        "The largest sums pledged, paid or signed for are 8 billion yuan (“Northvale Capital pledged 8 billion yuan "
        "(US$1.1 billion) to the Eastbay partnership.”) and £20 million, in the cooperation of Eastbay Hospital and "
        "Westgate Trust (“Westgate Trust signed a £20 million deal with Eastbay Hospital.”) (sums in different "
        "currencies ranked by their value in pounds at approximate 2023 annual average exchange rates: 1 yuan = "
        "£0.113)."
    )


def test_sums_the_rates_cannot_order_are_said_to_be_about_the_same(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "two",
        "Two deals\n\nNorthvale Capital signed a 650 million yuan deal with Eastbay Hospital. Westgate Trust signed "
        "a £73 million deal with Eastbay Hospital.\n",
    )
    a.fact("two", "organization", "Northvale Capital", org_type="company", jurisdiction="UK")
    a.fact("two", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("two", "organization", "Westgate Trust", org_type="association", jurisdiction="UK")
    a.fact("two", "organization", "Eastbay Hospital", 1, org_type="hospital", jurisdiction="mainland China")
    a.fact("two", "amount", "650 million yuan", value=6.5e8, unit="CNY", object="deal", amount_type="figure")
    a.fact("two", "amount", "£73 million", value=7.3e7, unit="GBP", object="deal", amount_type="figure")
    r = a.report("02-china-uk-cooperation", focus="all")
    # about 73.5 million pounds against 73 million: a tie, the sum in pounds first, the rates named once
    assert plain(figures.sums_finding(r).render()) == (
        "The largest sums of money stated are £73 million (“Westgate Trust signed a £73 million deal with Eastbay "
        "Hospital.”) and 650 million yuan (“Northvale Capital signed a 650 million yuan deal with Eastbay "
        "Hospital.”) (sums in different currencies ranked by their value in pounds at approximate 2023 annual "
        "average exchange rates: 1 yuan = £0.113; £73 million and 650 million yuan are about the same)."
    )


def _rent_is_nobodys_deal(sentence, text):
    """What a sum is, by a rule of this test's own: a grant is cooperation, rent is not, anything else unsaid."""
    if "grant" in sentence:
        return ("grant", True)
    return ("rent", False) if "rent" in sentence else None


def test_what_a_sum_is_labels_it_and_a_sum_of_nobodys_deal_is_left_out(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "money",
        "Money for wards\n\nWestgate Trust paid Eastbay Hospital £90 million in rent. Westgate Trust gave Eastbay "
        "Hospital a grant of £30 million. Eastbay Hospital opened a £2 million wing.\n",
    )
    for nth in range(2):
        a.fact("money", "organization", "Westgate Trust", nth, org_type="association", jurisdiction="UK")
    for nth in range(3):
        a.fact("money", "organization", "Eastbay Hospital", nth, org_type="hospital", jurisdiction="mainland China")
    for span, value, obj in (("£90 million", 9e7, "rent"), ("£30 million", 3e7, "grant"), ("£2 million", 2e6, "wing")):
        a.fact("money", "amount", span, value=value, unit="GBP", object=obj, amount_type="figure")
    r = a.report("02-china-uk-cooperation", focus="all")
    # the rent, the largest sum, is left out; the grant says what it is, the wing's sum is shown without a label
    assert plain(figures.sums_finding(r, of_bodies=True, kind=_rent_is_nobodys_deal).render()) == (
        "The largest sums pledged, paid or signed for are £30 million (grant: “Westgate Trust gave Eastbay Hospital "
        "a grant of £30 million.”) and £2 million (“Eastbay Hospital opened a £2 million wing.”)."
    )
    rows, besides = figures.sum_rows(r, 1, of_bodies=True, kind=_rent_is_nobodys_deal)
    assert [(row["text"], fact["text"], what) for row, fact, what in rows] == [
        ("£30 million", "£30 million", ("grant", True))
    ]
    assert besides is False
    # one sum left: the finding says it is the only one
    r = a.report("02-china-uk-cooperation", focus="all")

    def only_the_wing(sentence, text):
        return None if "wing" in sentence else ("rent", False)

    assert plain(figures.sums_finding(r, of_bodies=True, kind=only_the_wing).render()) == (
        "The only sum pledged, paid or signed for is £2 million (“Eastbay Hospital opened a £2 million wing.”)."
    )


def test_figures_about_the_same_object_that_disagree_are_shown_with_both_passages(tmp_path):
    a = Articles(tmp_path)
    a.article("x", "Eastbay adds doctors\nPublished: 2 May 2023\n\nEastbay had 3,500 general practitioners in 2022.\n",
              published="2023-05-02")  # fmt: skip
    a.article("y", "Eastbay doctors\nPublished: 9 July 2023\n\nEastbay counted 3,600 general practitioners in 2022.\n",
              published="2023-07-09")  # fmt: skip
    for doc, span, v in (("x", "3,500", 3500.0), ("y", "3,600", 3600.0)):
        a.fact(doc, "amount", span, value=v, unit="count", object="general practitioners", place="Eastbay",
               amount_type="figure")  # fmt: skip
        a.fact(doc, "date", "2022", date="2022", event="general practitioners")
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(figures.disagreements_html(r)) == (
        "Figures that disagree between articles: general practitioners in Eastbay, 2022: 3,500 (“Eastbay had "
        "3,500 general practitioners in 2022.”) against 3,600 (“Eastbay counted 3,600 general practitioners in "
        "2022.”)"
    )


def test_a_year_the_sentence_states_is_the_figures_own(tmp_path):
    a = Articles(tmp_path)
    text = (
        "Westmoor clinics grow\nPublished: 1 May 2022 | Westmoor Post\n"
        "Clinics in Westmoor served 300 patients in 2019. The clinics now employ 40 nurses.\n"
        "Visits reached 900, three times as many as in 2015.\n"
    )
    a.article("clinics", text, published="2022-05-01", publisher="Westmoor Post")
    a.fact("clinics", "date", "2019", date="2019", event="served 300 patients")
    a.fact("clinics", "amount", "300 patients", value=300.0, unit="count", object="patients", amount_type="figure")
    a.fact("clinics", "amount", "40 nurses", value=40.0, unit="count", object="nurses", amount_type="figure")
    # the base of a comparison is not the year of the figure
    a.fact("clinics", "date", "2015", date="2015", event="visits")
    a.fact("clinics", "amount", "900", value=900.0, unit="count", object="visits", amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    years = {plain(x["figure"]): plain(x["year"]) for x in figures.key_numbers_table(r).rows}
    assert years == {"300": "2019", "40": "reported 2022", "900": "reported 2022"}


def test_a_level_to_be_reached_by_a_later_year_is_shown_as_a_target(tmp_path):
    a = Articles(tmp_path)
    text = (
        "Westmoor plans more beds\nPublished: 1 May 2022 | Westmoor Post\n"
        "The plan would raise care beds to 45 per 1,000 older residents by 2028.\n"
    )
    a.article("beds", text, published="2022-05-01", publisher="Westmoor Post")
    a.fact("beds", "date", "2028", date="2028", event="care beds")
    a.fact("beds", "amount", "45 per 1,000", value=45.0, unit="per_1000", object="care beds", amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = figures.key_numbers_table(r)
    assert [plain(x["year"]) for x in rows.rows] == ["target, by 2028"]
    assert list(zip(rows.full["year"], rows.full["target"])) == [(2028, True)]


def test_a_figure_without_a_place_of_its_own_shows_the_sides_its_sentence_names(tmp_path):
    a = Articles(tmp_path)
    a.article("deal", "Deal signed\nPublished: 10 January 2022\n\nNorthvale University and Eastbay Hospital signed "
              "deals worth £40 million.\n"
              "Eastbay Hospital will open 300 beds in Harbour City.\n"
              "A British firm will pay £3 million to a Chinese clinic.\n", published="2022-01-10")  # fmt: skip
    a.article("staff", "Staff\nPublished: 10 January 2022\n\nEastbay Hospital will hire 120 nurses.\n",
              published="2022-01-10")  # fmt: skip
    a.fact("deal", "organization", "Northvale University", org_type="university", jurisdiction="UK")
    a.fact("deal", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("deal", "organization", "Eastbay Hospital", 1, org_type="hospital", jurisdiction="mainland China")
    a.fact("deal", "amount", "£40 million", value=40e6, unit="GBP", object="deals", amount_type="figure")
    a.fact("deal", "amount", "300 beds", value=300.0, unit="count", object="beds", amount_type="figure",
           place="Harbour City")  # fmt: skip
    a.fact("deal", "amount", "£3 million", value=3e6, unit="GBP", object="payment", amount_type="figure")
    a.fact("staff", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("staff", "amount", "120 nurses", value=120.0, unit="count", object="nurses", amount_type="figure")
    r = a.report("02-china-uk-cooperation", focus="all")
    rows = {plain(x["figure"]): plain(x["place"]) for x in figures.key_numbers_table(r).rows}
    # the sides of its bodies, or of its nationality words; one side alone is not said
    assert rows == {"£40 million": "UK, mainland China", "300": "Harbour City", "£3 million": "UK, mainland China",
                    "120": "—"}  # fmt: skip


def test_a_larger_sum_the_changes_state_is_named_as_left_out_of_the_largest_sums(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "spend",
        "Westport spends more\n\nSpending on clinics rose from 1 billion yuan in 2019 to 3 billion yuan in 2023. "
        "The city signed a 200 million yuan deal and a 50 million yuan deal for new wards.\n",
    )
    a.fact("spend", "amount", "1 billion yuan", value=1e9, unit="CNY", object="spending on clinics",
           amount_type="change_before", value_from=1e9, value_to=3e9, change_pct=200.0)  # fmt: skip
    a.fact("spend", "amount", "3 billion yuan", value=3e9, unit="CNY", object="spending on clinics",
           amount_type="change_after", value_from=1e9, value_to=3e9, change_pct=200.0)  # fmt: skip
    a.fact("spend", "amount", "200 million yuan", value=2e8, unit="CNY", object="deal", amount_type="figure")
    a.fact("spend", "amount", "50 million yuan", value=5e7, unit="CNY", object="deal", amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    got = plain(figures.sums_finding(r, skip_changes=True).render())
    assert got.startswith("Besides the changes above, the largest sums of money stated are 200 million yuan")
    assert "3 billion yuan" not in got


def test_the_key_numbers_leave_out_the_figures_of_the_tables_above(tmp_path):
    """Shown after the changes table, the key numbers do not repeat its change; shown after the initiatives
    table, not the money of an initiative either."""
    r = two_articles(tmp_path / "two").report("02-china-uk-cooperation")
    assert [plain(c["figure"]) for c in figures.changes_table(r).rows] == ["from 40 to 70 (+75%)"]
    assert [plain(x["figure"]) for x in figures.key_numbers_table(r).rows] == ["£5 million", "12"]
    a = Articles(tmp_path / "deal")
    a.article("deal", "Westgate Trust backs Eastbay\n\nWestgate Trust signed a £20 million deal with Eastbay "
              "Hospital. Eastbay Hospital has 1,500 beds.\n")  # fmt: skip
    a.fact("deal", "organization", "Westgate Trust", 1, org_type="association", jurisdiction="UK")
    a.fact("deal", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("deal", "amount", "£20 million", value=2e7, unit="GBP", object="deal", amount_type="figure")
    a.fact("deal", "amount", "1,500 beds", value=1500.0, unit="count", object="beds", amount_type="figure")
    deal(a, "deal", "signed", ["Westgate Trust", "Eastbay Hospital"], field="clinical services")
    r = a.report("02-china-uk-cooperation", focus="all")
    assert [plain(x["figure"]) for x in figures.key_numbers_table(r).rows] == ["£20 million", "1,500"]
    assert plain(initiatives.table(r).rows[0]["money"]) == "£20 million"
    assert [plain(x["figure"]) for x in figures.key_numbers_table(r).rows] == ["1,500"]
    assert list(figures.key_numbers_table(r).full["figure"]) == ["1,500"]


def test_the_key_numbers_leave_out_a_bodys_own_results(tmp_path):
    """ "Westgate Trust's revenue rose to £30 million" is the trust's takings, not a key number of the story; the
    beds of the hospital it works with are."""
    a = Articles(tmp_path)
    a.article("deal", "Westgate Trust works with Eastbay\n\nWestgate Trust signed a deal with Eastbay Hospital. "
              "Westgate Trust's revenue rose to £30 million last year. Eastbay Hospital has 1,500 beds.\n")  # fmt: skip
    a.fact("deal", "organization", "Westgate Trust", 1, org_type="association", jurisdiction="UK")
    a.fact("deal", "organization", "Eastbay Hospital", org_type="hospital", jurisdiction="mainland China")
    a.fact("deal", "amount", "£30 million", value=3e7, unit="GBP", object="revenue", amount_type="figure")
    a.fact("deal", "amount", "1,500 beds", value=1500.0, unit="count", object="beds", amount_type="figure")
    deal(a, "deal", "signed", ["Westgate Trust", "Eastbay Hospital"], field="clinical services")
    r = a.report("02-china-uk-cooperation", focus="all")
    assert [plain(x["figure"]) for x in figures.key_numbers_table(r).rows] == ["1,500"]


def test_one_article_gives_at_most_three_rows_and_the_caption_says_so(tmp_path):
    a = Articles(tmp_path)
    a.article("stats", "Westport health statistics\n\nWestport had 4100 nurses. It had 3200 doctors. It had 2300 "
              "pharmacists. It had 1400 midwives.\n")  # fmt: skip
    for text, obj in (("4100 nurses", "nurses"), ("3200 doctors", "doctors"), ("2300 pharmacists", "pharmacists"),
                      ("1400 midwives", "midwives")):  # fmt: skip
        a.fact("stats", "amount", text, value=float(text.split()[0]), unit="count", object=obj, amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    t = figures.key_numbers_table(r)
    assert len(t.rows) == 3 and len(t.full) == 4
    assert t.caption == "At most three rows per article: further rows of “Westport health statistics” are left out."


def test_the_changes_table_leaves_out_the_changes_the_findings_quote(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    assert plain(figures.changes_finding(r).render()).startswith("The one sizeable change stated is from 40 to 70")
    t = figures.changes_table(r)
    assert t.rows == [] and t.empty == "The changes stated are those of the key findings."


def test_a_change_of_a_routine_tally_comes_after_a_change_of_anything_else(tmp_path):
    """Blood donations tripling is a health system's yearly tally; the district's clinics going from 4 to 6 is what
    changed on the ground, and comes first although it is the smaller change: the superlative says so."""
    a = Articles(tmp_path)
    a.article(
        "stats",
        "Westport health in 2024\n\nBlood donations in Westport rose from 100 to 300 last year. "
        "The number of district clinics went from 4 to 6.\n",
    )
    for text, nth, v0, v1, pct, obj in (("100", 0, 100.0, 300.0, 200.0, "blood donations"),
                                        ("4", 1, 4.0, 6.0, 50.0, "district clinics")):  # fmt: skip
        a.fact("stats", "amount", text, nth, value=v0, unit="count", object=obj, amount_type="change_before",
               value_from=v0, value_to=v1, change_pct=pct)  # fmt: skip
        a.fact("stats", "amount", str(int(v1)), value=v1, unit="count", object=obj, amount_type="change_after",
               value_from=v0, value_to=v1, change_pct=pct)  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(figures.changes_finding(r).render()) == (
        "The biggest changes stated, yearly tallies of staff, visits and donations ranked after the rest, are from 4 "
        "to 6 (+50%) (“The number of district clinics went from 4 to 6.”) and from 100 to 300 (+200%) (“Blood "
        "donations in Westport rose from 100 to 300 last year.”)."
    )
    # the index's line states the same first change: one ranking on every page
    assert plain(brief.gba_line(r)).startswith(
        "The biggest change (yearly tallies of staff, visits and donations ranked after the rest) is from 4 to 6 (+50%)"
    )


def test_a_change_quoted_without_what_it_counts_says_it(tmp_path):
    """ "…bringing the total number to 20." does not say what 20 counts: the finding names it before the quotation;
    a quotation that names it needs no more."""
    a = Articles(tmp_path)
    a.article(
        "stats",
        "Westport health in 2024\n\nWestport designated 11 more clinics under the scheme this year, bringing the "
        "total number to 20. The number of district wards went from 4 to 6.\n",
    )
    a.fact("stats", "amount", "20", value=20.0, unit="count", object="designated clinics",
           amount_type="change_after", value_from=9.0, value_to=20.0, change_pct=122.2222)  # fmt: skip
    for text, v in (("4", 4.0), ("6", 6.0)):
        a.fact("stats", "amount", text, 1 if text == "4" else 0, value=v, unit="count", object="district wards",
               amount_type="change_before" if v == 4.0 else "change_after", value_from=4.0, value_to=6.0,
               change_pct=50.0)  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    said = plain(figures.changes_finding(r).render())
    assert "up 122% to 20 (designated clinics: “" in said
    assert "from 4 to 6 (+50%) (“" in said
