"""The lines a report hands the index page's bottom line, on invented articles, with the sentences written by hand."""

from reportcorpus import EH, KC, NU, SU, Articles, deal, org, plain, two_articles

from analysis.report import brief


def test_the_china_uk_lines_count_initiatives_and_say_who_leads_and_when(tmp_path):
    r = two_articles(tmp_path).report("02-china-uk-cooperation")
    assert plain(brief.china_uk_line(r)) == (
        "Three initiatives join a UK and a Chinese body, research leading (two of three initiatives with a field); "
        "the flagship is the Joint Nursing Academy: Northvale University (UK) with Eastbay Hospital (mainland China), "
        "in education and training, dated 2021; the largest sum is £5 million (funding pledge: “The academy receives "
        "£5 million from the partners over three years.”)."
    )
    # Northvale's two initiatives are stated by both articles, Kestrel College's too: two against one is no lead
    assert brief.leads_line(r) is None
    assert brief.span(r, "China–UK cooperation") == {
        "what": "China–UK cooperation",
        "first": "2021",
        "last": "2023",
        "n": 3,
    }


def test_the_largest_sums_the_rates_cannot_order_are_named_together_with_the_rates(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "two",
        "Two deals\n\nNorthvale University signed a 650 million yuan deal with Eastbay Hospital. Southport "
        "University signed a £73 million deal with Kestrel College.\n",
    )
    org(a, "two", NU), org(a, "two", EH), org(a, "two", SU), org(a, "two", KC)
    a.fact("two", "amount", "650 million yuan", value=6.5e8, unit="CNY", object="deal", amount_type="figure")
    a.fact("two", "amount", "£73 million", value=7.3e7, unit="GBP", object="deal", amount_type="figure")
    deal(a, "two", "signed a 650", [NU, EH], field="clinical services")
    deal(a, "two", "signed a £73", [SU, KC], field="clinical services")
    line = plain(brief.china_uk_line(a.report("02-china-uk-cooperation")))
    assert line.endswith(
        "the largest sums are £73 million (“Southport University signed a £73 million deal with Kestrel College.”) "
        "and 650 million yuan (“Northvale University signed a 650 million yuan deal with Eastbay Hospital.”) (sums "
        "in different currencies ranked by their value in pounds at approximate 2023 annual average exchange "
        "rates: 1 yuan = £0.113; £73 million and 650 million yuan are about the same)."
    )


def test_a_lead_from_one_article_or_no_lead_gives_no_line(tmp_path):
    a = Articles(tmp_path)
    a.article(
        "one",
        "Northvale University opens two schemes\n\nNorthvale University and Eastbay Hospital will train nurses. "
        "Northvale University and Kestrel College will train midwives.\n",
    )
    org(a, "one", NU), org(a, "one", EH), org(a, "one", NU, 1), org(a, "one", KC)
    deal(a, "one", "train nurses", [NU, EH], field="education and training")
    deal(a, "one", "train midwives", [NU, KC], field="education and training")
    assert brief.leads_line(a.report("02-china-uk-cooperation")) is None  # one article's list is no lead
    a.article(
        "two", "Northvale University signs again\n\nNorthvale University and Eastbay Hospital will train doctors.\n"
    )
    org(a, "two", NU), org(a, "two", EH)
    deal(a, "two", "train doctors", [NU, EH], field="education and training")
    assert brief.leads_line(a.report("02-china-uk-cooperation")) is None  # two initiatives against one: no lead
    a.article(
        "three",
        "Three bodies sign\n\nNorthvale University, Eastbay Hospital and Kestrel College will run trials together.\n",
    )
    org(a, "three", NU), org(a, "three", EH), org(a, "three", KC)
    deal(a, "three", "run trials", [NU, EH, KC], field="research")
    assert plain(brief.leads_line(a.report("02-china-uk-cooperation"))) == (
        "Northvale University leads the UK side with three initiatives."
    )
    a2 = Articles(tmp_path / "b")
    a2.article("flat", "Two bodies sign\n\nSouthport University will train nurses with Eastbay Hospital.\n")
    org(a2, "flat", SU), org(a2, "flat", EH)
    deal(a2, "flat", "train nurses", [SU, EH], field="education and training")
    assert brief.leads_line(a2.report("02-china-uk-cooperation")) is None  # one initiative leads nothing


def test_the_greater_bay_area_line_states_the_biggest_change_in_the_articles_words(tmp_path):
    r = two_articles(tmp_path).report("03-gba-health-reforms", focus="all")
    assert plain(brief.gba_line(r)) == (
        "Domestic reform on workforce and training; the biggest change is from 40 to 70 (+75%) (“The number of "
        "nurses trained each year rose from 40 to 70.”)."
    )


def test_the_greater_bay_area_line_names_what_the_measures_are_about_its_leading_scheme_and_biggest_change(tmp_path):
    """Cross-border measures, their best-documented scheme, then the domestic reform, then the biggest change."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("voucher", "Harbourside elderly may use vouchers at Westport clinics\n\n"
              "From May 2025, elderly Harbourside residents will be able to use health vouchers at 9 more clinics "
              "in Westport.\nIn March the bureau picked Westport Union Clinic for visits.\n")  # fmt: skip
    a.fact("voucher", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("voucher", "place", "Westport", 1, jurisdiction="mainland China")
    a.fact("voucher", "date", "May 2025", date="2025-05", event="elderly may use vouchers")
    a.fact("voucher", "date", "March", date="2025-03", event="clinics picked")
    a.fact("voucher", "amount", "9 more clinics", value=9.0, unit="count", object="more clinics", amount_type="figure")
    a.fact("voucher", "organization", "Westport Union Clinic", org_type="hospital", jurisdiction="mainland China")
    for nth in (0, 1):
        a.fact("voucher", "theme", "Harbourside", nth, theme="cross_border_care")
    a.article("beds", "Westport beds\n\nHospital beds in Westport rose from 400 to 700 last year.\n")
    a.fact("beds", "amount", "from 400 to 700", value=700.0, value_from=400.0, value_to=700.0, change_pct=75.0,
           unit="count", object="hospital beds", amount_type="change_from_to")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    line = (
        "Cross-border measures on access; the best-documented scheme is access, naming Westport Union Clinic "
        "(mainland China) and Harbourside (Hong Kong), key number 9 more clinics, dated May 2025; domestic reform on "
        "facilities; the biggest change is up 75% to 700 (“Hospital beds in Westport rose from 400 to 700 last "
        "year.”)."
    )
    assert plain(brief.gba_line(r)) == line
    # once the report's schemes table has ranked the schemes, the line takes its rows rather than asking again
    from analysis.report import measures as measures_report

    table = measures_report.schemes_table(r)
    assert r.schemes and len(table.rows) == len(r.schemes) == len(table.full)
    assert plain(brief.gba_line(r)) == line
    r.schemes = [dict(r.schemes[0], kind="insurance")]
    assert "the best-documented scheme is insurance" in plain(brief.gba_line(r))


def test_a_change_stated_as_levels_in_different_years_cites_both_levels(tmp_path):
    from reportcorpus import Articles

    from analysis.report import figures as figures_report

    a = Articles(tmp_path)
    text = "In 2021, 74 Harbourside doctors held licences in Westport. The number reached 259 in 2024.\n"
    a.article("doctors", "Westport hires more doctors\n\n" + text)
    a.fact("doctors", "place", "Westport", 1, jurisdiction="mainland China")
    a.fact("doctors", "date", "2021", date="2021", event="held")
    a.fact("doctors", "date", "2024", date="2024", event="reached")
    for value in ("74", "259"):
        a.fact("doctors", "amount", value, value=float(value), unit="count", object="Harbourside doctors",
               place="Westport", amount_type="figure")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    line = plain(brief.gba_line(r))
    assert line.startswith("The biggest change is from 74 in 2021 to 259 (+250%) in Westport (“")
    assert "The number reached 259 in 2024." in line and "earlier: “In 2021, 74 Harbourside doctors" in line
    finding = figures_report.changes_finding(r).render()
    assert finding.count("cite") >= 2 and "earlier:" in finding
