"""The entity profile follows the entity's id: what it is, its initiatives with partners and sides, a person's
roles and own words, figures and dated steps stated where it is named."""

from reportcorpus import plain, two_articles

from analysis.report import profile


def test_an_organisation_by_its_id(tmp_path):
    r = two_articles(tmp_path).report("04-entity-profile", entity="org:northvale-university")
    e = profile.resolve(r)
    assert e["name"] == "Northvale University" and r.title == "Profile: Northvale University"
    assert [plain(f.render()) for f in profile.key_findings(r, e)] == [
        "Northvale University, a university based in the UK, takes part in two initiatives, with Kestrel College "
        "(mainland China) and Eastbay Hospital (mainland China), in research, and education and training, the "
        "earliest dated 2021, among them the Joint Nursing Academy.",
        # what it said: its people's words, with their role
        "Ann Lee (Professor; Dean of Nursing) said: “Our nurses learn from each other every day”.",
    ]
    assert profile.quotes_table(r, e) is None  # its only quotation is among the key findings
    # each initiative with the words of the statement it cites: what it is about
    assert [plain(row["source"]) for row in profile.initiatives_table(r, e).rows] == [
        "“Northvale University and Kestrel College renewed their stroke research work.”",
        "“Northvale University in Westmoor signed an agreement with Eastbay Hospital in Harbour City to open the "
        "Joint Nursing Academy in 2021.”",
    ]
    # the academy's signing, and the research cooperation no sentence dates at the day its article was published
    # a step the initiatives table quotes is named by its initiative, not quoted again
    assert [(plain(row["date"]), plain(row["what"])) for row in profile.timeline_table(r, e).rows] == [
        ("2021", "Joint Nursing Academy (in the initiatives above)"),
        (
            "4 June 2021 (date of the article)",
            "Northvale University also works with Kestrel College on stroke research.",
        ),
    ]
    figures = profile.figures_table(r, e)
    assert figures.rows == []  # no figure is stated in a sentence that names it
    assert figures.empty.endswith("(a count that only describes a body, such as its staff or students, is left out).")
    people = [{k: plain(v) for k, v in row.items()} for row in profile.people_table(r, e).rows]
    assert [(p["name"], p["role"]) for p in people] == [("Ann Lee", "Professor; Dean of Nursing")]


def test_a_person_by_name_with_roles_and_own_words(tmp_path):
    r = two_articles(tmp_path).report("04-entity-profile", entity="Ann Lee")
    e = profile.resolve(r)
    assert e["entity_id"] == "person:ann-lee"
    assert [plain(f.render()) for f in profile.key_findings(r, e)] == [
        "Ann Lee is Professor; Dean of Nursing; Northvale University (UK), named in one article.",
        "Ann Lee said: “Our nurses learn from each other every day”.",
    ]


def test_an_entity_the_corpus_does_not_name(tmp_path):
    r = two_articles(tmp_path).report("04-entity-profile", entity="Nowhere Institute")
    assert profile.resolve(r) is None
    assert plain(profile.not_found_html(r)) == (
        "No organisation, person or place called “Nowhere Institute” appears in the corpus."
    )


def test_the_default_is_the_entity_with_most_initiatives_and_figures(tmp_path):
    r = two_articles(tmp_path).report("04-entity-profile")
    # two initiatives each, in two articles each; Northvale's academy has a sum stated for it (the sentence after
    # the academy's, whose subject is the academy)
    assert profile.resolve(r)["name"] == "Northvale University"
    r = two_articles(tmp_path / "places").report("04-entity-profile", entity_kind="place")
    assert profile.resolve(r)["name"] == "Harbour City"


def test_a_profile_cites_only_the_figures_stated_where_it_is_named(tmp_path):
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("visit", "Ministers visit Harbour City\n\nThe minister toured Harbour City.\n"
              "Tom Hale opened a wing of 1,200 beds at Eastbay Hospital.\n")  # fmt: skip
    a.article("trip", "A wing of 1,200 beds opens\n\nA wing of 1,200 beds opened to patients.\n")
    a.fact("visit", "person", "Tom Hale", role="Minister")
    for doc in ("visit", "trip"):  # the same figure, stated first in the other article's headline
        a.fact(doc, "amount", "1,200", value=1200.0, unit="count", object="beds", amount_type="figure")
    r = a.report("04-entity-profile", entity="Tom Hale")
    e = profile.resolve(r)
    rows = [{k: plain(v) for k, v in row.items()} for row in profile.figures_table(r, e).rows]
    assert [x["what"] for x in rows] == ["“Tom Hale opened a wing of 1,200 beds at Eastbay Hospital.”"]


def test_a_sum_and_its_conversion_are_one_figure_of_a_profile(tmp_path):
    from reportcorpus import Articles

    a = Articles(tmp_path)
    text = "Harbour City funds clinics\n\nHarbour City will put 2 billion yuan ($280 million) into clinics.\n"
    a.article("fund", text)
    a.fact("fund", "place", "Harbour City", 1, jurisdiction="mainland China")
    a.fact("fund", "amount", "2 billion yuan", value=2e9, unit="CNY", object="clinics", amount_type="figure")
    a.fact("fund", "amount", "$280 million", value=2.8e8, unit="USD", object="clinics", amount_type="figure")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["2 billion yuan"]


def test_a_figure_of_a_partnership_it_is_a_party_to_is_its_own(tmp_path):
    """The sentence of a partnership the body is a party to is about it, even when it names the body only in
    passing ("Northvale researchers"): its figures and dates are the body's."""
    from reportcorpus import EH, NU, Articles, org

    a = Articles(tmp_path)
    a.article(
        "cohort",
        "Northvale University and Eastbay Hospital sign a research pact\n\n"
        "Northvale University signed a research pact with Eastbay Hospital.\n"
        "Working with the hospital, Northvale researchers follow 5,000 patients at six sites.\n",
    )
    org(a, "cohort", NU, 1), org(a, "cohort", EH, 1), org(a, "cohort", EH)
    a.fact("cohort", "partnership", "signed a research pact", parties=[NU, EH],
           party_ids=["org:northvale-university", "org:eastbay-hospital"], field="research")  # fmt: skip
    a.fact("cohort", "partnership", "Working with", parties=[NU, EH],
           party_ids=["org:northvale-university", "org:eastbay-hospital"], field="research")  # fmt: skip
    a.fact("cohort", "amount", "5,000 patients", value=5000.0, unit="count", object="patients", amount_type="figure")
    r = a.report("04-entity-profile", entity="org:northvale-university")
    e = profile.resolve(r)
    rows = [{k: plain(v) for k, v in row.items()} for row in profile.figures_table(r, e).rows]
    assert [x["figure"] for x in rows] == ["5,000"]


def test_a_sum_stated_in_the_headline_and_the_text_is_one_figure_of_a_profile(tmp_path):
    from reportcorpus import Articles

    a = Articles(tmp_path)
    text = (
        "Harbour City wins $300 million for clinics\n\n"
        "Harbour City secured $300 million in pledges from investors for its clinics.\n"
    )
    a.article("fund", text)
    a.fact("fund", "place", "Harbour City", 0, jurisdiction="mainland China")
    a.fact("fund", "place", "Harbour City", 1, jurisdiction="mainland China")
    a.fact("fund", "amount", "$300 million", 0, value=3e8, unit="USD", object="clinics", amount_type="figure")
    a.fact("fund", "amount", "$300 million", 1, value=3e8, unit="USD", object="pledges", amount_type="figure")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["US$300 million"]


def test_a_place_profile_holds_the_initiatives_of_bodies_named_after_it(tmp_path):
    """Eastbay's profile lists the deal of Eastbay Hospital, stated in a sentence that names no place, beside the
    one stated where Eastbay itself is named; a deal of other bodies stays out."""
    from reportcorpus import EH, KC, NU, SU, Articles, deal, org

    a = Articles(tmp_path)
    a.article(
        "pact",
        "Eastbay signs up\n\n"
        "Northvale University signed a research pact with Eastbay Hospital.\n"
        "In Eastbay, Southport University and Kestrel College agreed to train nurses.\n"
        "Northvale University also signed a pact with Kestrel College.\n",
    )
    org(a, "pact", NU), org(a, "pact", EH), org(a, "pact", SU), org(a, "pact", KC)
    org(a, "pact", NU, 1), org(a, "pact", KC, 1)
    a.fact("pact", "place", "Eastbay", 0, jurisdiction="mainland China")
    a.fact("pact", "place", "Eastbay", 2, jurisdiction="mainland China")
    deal(a, "pact", "signed a research pact", [NU, EH], field="research")
    deal(a, "pact", "agreed to train", [SU, KC], field="education and training")
    deal(a, "pact", "also signed a pact", [NU, KC], field="research")
    r = a.report("04-entity-profile", entity="Eastbay")
    e = profile.resolve(r)
    got = [sorted(x["party_names"]) for x in profile.initiatives_of(r, e, 5)]
    assert sorted(got) == [[EH, NU], [KC, SU]]


def _change(a, doc: str, before: str, after: str, what: str, **fields) -> None:
    """The two levels of a change stated in one sentence ("rose from 48 to 88")."""
    lo, hi = float(before.replace(",", "")), float(after.replace(",", ""))
    pct = round(100 * (hi - lo) / lo, 4)  # as the extraction writes it
    for span, kind, value in ((before, "change_before", lo), (after, "change_after", hi)):
        a.fact(doc, "amount", span, value=value, unit="count", object=what, amount_type=kind, value_from=lo,
               value_to=hi, change_pct=pct, **fields)  # fmt: skip


def test_a_place_profile_holds_the_figures_about_it_stated_where_it_is_not_named(tmp_path):
    """A change about Harbour City in a sentence that says "the city" is the place's own figure: in the figures
    finding and table, as the largest figure about it."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("clinics", "Harbour City opens clinics\n\nHarbour City opened new clinics this year.\n"
              "The number of clinics in the city rose from 48 to 88.\n")  # fmt: skip
    a.fact("clinics", "place", "Harbour City", 1, jurisdiction="mainland China")
    _change(a, "clinics", "48", "88", "clinics", place="Harbour City")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["from 48 to 88 (+83%)"]
    assert plain(profile.figures_finding(r, e).render()) == (
        "The most prominent figure stated about Harbour City is from 48 to 88 (+83%) "
        "(“The number of clinics in the city rose from 48 to 88.”)."
    )


def test_a_companys_own_figures_are_no_figures_of_the_place_it_is_in(tmp_path):
    """ "The distributor's deliveries rose from 300 to 2,400" in Harbour City is the firm's own; the city's clinics
    are the city's."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("clinics", "Harbour City opens clinics\n\nHarbour City opened new clinics this year.\n"
              "The number of clinics in the city rose from 48 to 88.\n"
              "In Harbour City, the distributor's deliveries of inhalers rose from 300 to 2,400.\n")  # fmt: skip
    a.fact("clinics", "place", "Harbour City", 1, jurisdiction="mainland China")
    a.fact("clinics", "place", "Harbour City", 2, jurisdiction="mainland China")
    _change(a, "clinics", "48", "88", "clinics", place="Harbour City")
    _change(a, "clinics", "300", "2,400", "deliveries of inhalers", place="Harbour City")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["from 48 to 88 (+83%)"]


def test_the_sum_of_an_initiative_is_stated_once_in_a_profile(tmp_path):
    """The first finding states the deal's 2 billion yuan; the figures finding and table state neither it nor its
    conversion into dollars, but the other figure."""
    from reportcorpus import EH, KC, Articles, deal, org

    a = Articles(tmp_path)
    a.article("deal", "Harbour City hospitals sign a deal\n\n"
              "In Harbour City, Eastbay Hospital signed a deal with Kestrel College that puts 2 billion yuan "
              "($280 million) into clinics.\nHospital beds in Harbour City rose from 1,000 to 1,500.\n")  # fmt: skip
    a.fact("deal", "place", "Harbour City", 1, jurisdiction="mainland China")
    a.fact("deal", "place", "Harbour City", 2, jurisdiction="mainland China")
    org(a, "deal", EH), org(a, "deal", KC)
    deal(a, "deal", "signed a deal", [EH, KC], field="clinical services")
    a.fact("deal", "amount", "2 billion yuan", value=2e9, unit="CNY", object="clinics", amount_type="figure")
    a.fact("deal", "amount", "$280 million", value=2.8e8, unit="USD", object="clinics", amount_type="figure")
    _change(a, "deal", "1,000", "1,500", "hospital beds", place="Harbour City")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    first, figures = [plain(f.render()) for f in profile.key_findings(r, e)]
    # an unnamed initiative's money is its parties' deal's, not money given to them
    assert first.endswith(
        "in clinical services; sums stated: 2 billion yuan in the cooperation of Eastbay Hospital and Kestrel College."
    )
    assert figures == (
        "The most prominent figure stated about Harbour City is from 1,000 to 1,500 (+50%) "
        "(“Hospital beds in Harbour City rose from 1,000 to 1,500.”)."
    )
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["from 1,000 to 1,500 (+50%)"]


def test_a_count_beside_a_bodys_name_describes_it_and_is_not_its_figure(tmp_path):
    """Of an organisation, the nurses its pact trains are a figure; the students it has are a description."""
    from reportcorpus import EH, NU, Articles, deal, org

    a = Articles(tmp_path)
    a.article("pact", "Northvale University signs with Eastbay Hospital\n\n"
              "Northvale University signed a pact with Eastbay Hospital to train 300 nurses.\n"
              "Northvale University has 6,500 international students.\n")  # fmt: skip
    org(a, "pact", NU), org(a, "pact", NU, 1), org(a, "pact", NU, 2), org(a, "pact", EH, 1)
    deal(a, "pact", "signed a pact", [NU, EH], field="education and training")
    a.fact("pact", "amount", "300", value=300.0, unit="count", object="nurses", amount_type="figure")
    a.fact("pact", "amount", "6,500", value=6500.0, unit="count", object="international students",
           amount_type="figure")  # fmt: skip
    r = a.report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["300"]


def test_a_figure_of_a_group_a_body_is_named_as_an_example_of_is_not_its_figure(tmp_path):
    """ "£40 million for ten hospitals, including Eastbay Hospital": the group's sum; "Eastbay Hospital will spend
    £3 million" is the hospital's own."""
    from reportcorpus import EH, Articles, org

    a = Articles(tmp_path)
    a.article("grants", "Hospital grants\n\n"
              "The board gave £40 million to ten hospitals, including Eastbay Hospital and Glenby Infirmary.\n"
              "Eastbay Hospital will spend £3 million on a scanner.\n")  # fmt: skip
    org(a, "grants", EH), org(a, "grants", EH, 1)
    a.fact("grants", "amount", "£40 million", value=4e7, unit="GBP", object="hospitals", amount_type="figure")
    a.fact("grants", "amount", "£3 million", value=3e6, unit="GBP", object="scanner", amount_type="figure")
    r = a.report("04-entity-profile", entity=EH)
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["£3 million"]


PEOPLE = """Northvale University trains nurses
Published: 2 May 2022 | Northvale Courier

"We train nurses with our partners," said Ann Lee, Dean of Nursing at Northvale University.
"The new wards are full," said Tom Hale, Director of Estates at Northvale University.
"Harbour City needs nurses," said Li Wei, Director of the Harbour City Health Bureau.
"""


def _people(tmp_path):
    from reportcorpus import NU, Articles, org

    a = Articles(tmp_path)
    a.article("people", PEOPLE, published="2022-05-02", publisher="Northvale Courier")
    for i in (0, 1, 2):
        org(a, "people", NU, i)
    a.fact("people", "place", "Harbour City", 1, jurisdiction="mainland China")
    for name, role, aff, words in (
        ("Ann Lee", "Dean of Nursing", NU, "We train nurses with our partners,"),
        ("Tom Hale", "Director of Estates", NU, "The new wards are full,"),
        ("Li Wei", "Director", "Harbour City Health Bureau", "Harbour City needs nurses,"),
    ):
        a.fact("people", "quote", f'"{words}"', speaker=name, quote=words, extractor="quotes.speaker_after")
        a.fact("people", "person", name, role=role, affiliation=aff)
    a.fact("people", "organization", "Harbour City Health Bureau", org_type="government",
           jurisdiction="mainland China")  # fmt: skip
    return a


def test_an_organisation_speaks_through_its_people(tmp_path):
    """The first quotation of its people is a key finding; the others, one per person in turn, are in the table."""
    r = _people(tmp_path).report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    assert [p["label"] for p in profile.body_people(r, e, 5)] == ["Ann Lee", "Tom Hale"]
    assert plain(profile.quotes_finding(r, e).render()) == (
        "Ann Lee (Dean of Nursing) said: “We train nurses with our partners”."
    )
    t = profile.quotes_table(r, e)
    assert [plain(row["speaker"]).split(" ")[:2] for row in t.rows] == [["Tom", "Hale"]]
    assert [plain(row["quote"]) for row in t.rows] == ["“The new wards are full,”"]


def test_the_people_of_a_place_are_those_of_bodies_named_after_it(tmp_path):
    r = _people(tmp_path).report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    rows = [{k: plain(v) for k, v in row.items()} for row in profile.people_table(r, e).rows]
    assert [(x["name"], x["role"]) for x in rows] == [("Li Wei", "Director; Harbour City Health Bureau")]
    assert plain(profile.quotes_finding(r, e).render()) == "Li Wei (Director) said: “Harbour City needs nurses”."


def test_an_initiative_in_a_few_words():
    assert profile.initiative_label({"name": "Joint Nursing Academy", "party_names": ["A", "B"]}) == (
        "Joint Nursing Academy"
    )
    assert profile.initiative_label({"party_names": ["Northvale University", "Eastbay Hospital"]}) == (
        "Northvale University and Eastbay Hospital"
    )
    assert profile.initiative_label({"party_names": ["A", "B", "C", "D", "E"]}) == "A, B, C and two others"


def test_the_earliest_year_stated_for_its_initiatives():
    rows = [
        {"first_year": "2019", "dated": "stated"},
        {"first_year": "2015", "dated": "stated"},
        {"first_year": None, "dated": None},
    ]
    assert profile.earliest_year(rows) == "2015"
    # a centre known only from an article of 2013 may be older than the pact of 2015: no earliest year
    assert profile.earliest_year([*rows, {"first_year": "2013", "dated": "reported"}]) is None
    assert profile.earliest_year([{"first_year": "2013", "dated": "reported"}]) is None


def test_a_sum_in_the_headline_and_its_conversion_below_are_one_figure_stated_once(tmp_path):
    """A person with no initiative: the first finding states the sum; the headline's "US$1.3b" and the body's
    "8 billion yuan (US$1.3 billion)" are one sum, so no figures finding repeats it."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    text = (
        "Tom Hale's trip brings US$1.3b for clinics\n\n"
        "On the trip of Tom Hale, two firms won 8 billion yuan (US$1.3 billion) in pledges for clinics.\n"
    )
    a.article("trip", text)
    a.fact("trip", "person", "Tom Hale", 0, role="Minister")
    a.fact("trip", "person", "Tom Hale", 1, role="Minister")
    a.fact("trip", "amount", "US$1.3b", value=1.3e9, unit="USD", object="clinics", amount_type="figure")
    a.fact("trip", "amount", "8 billion yuan", value=8e9, unit="CNY", object="pledges", amount_type="figure")
    a.fact("trip", "amount", "US$1.3 billion", value=1.3e9, unit="USD", object="pledges", amount_type="figure")
    r = a.report("04-entity-profile", entity="Tom Hale")
    e = profile.resolve(r)
    assert [plain(f.render()) for f in profile.key_findings(r, e)] == [
        "Tom Hale, Minister, is stated with US$1.3 billion (“Tom Hale's trip brings US$1.3b for clinics”)."
    ]
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["US$1.3 billion"]


def test_a_quotation_the_initiatives_table_quotes_is_not_printed_again(tmp_path):
    """Ann Lee's words state the pact the initiatives table quotes (a research partnership: counted, not a passing
    statement): Tom Hale's are the body's quotation."""
    from reportcorpus import EH, NU, Articles, deal, org

    a = Articles(tmp_path)
    text = (
        "Northvale University and Eastbay Hospital team up\n\n"
        '"Northvale University has a research partnership with Eastbay Hospital," said Ann Lee, Dean of Nursing at '
        "Northvale University.\n"
        '"The new wards are full," said Tom Hale, Director of Estates at Northvale University.\n'
    )
    a.article("pair", text)
    org(a, "pair", NU, 1), org(a, "pair", NU, 2), org(a, "pair", NU, 3), org(a, "pair", EH, 1)
    deal(a, "pair", "has a research partnership with", [NU, EH], field="research")
    for name, role, words in (
        ("Ann Lee", "Dean of Nursing", "Northvale University has a research partnership with Eastbay Hospital,"),
        ("Tom Hale", "Director of Estates", "The new wards are full,"),
    ):
        a.fact("pair", "quote", f'"{words}"', speaker=name, quote=words, extractor="quotes.speaker_after")
        a.fact("pair", "person", name, role=role, affiliation=NU)
    r = a.report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    assert plain(profile.quotes_finding(r, e).render()) == (
        "Tom Hale (Director of Estates) said: “The new wards are full”."
    )
    assert profile.quotes_table(r, e) is None


def test_the_first_finding_names_three_partners_and_counts_the_others(tmp_path):
    """Four partners are all named (never "and one other partner"); a fifth would make "and two other partners"."""
    from reportcorpus import EH, KC, NU, SU, Articles, deal, org

    a = Articles(tmp_path)
    a.article("five", "Northvale University signs with four partners\n\n"
              "Northvale University signed a research pact with Eastbay Hospital, Kestrel College, Southport "
              "University and Westmoor Clinic.\n")  # fmt: skip
    org(a, "five", NU, 1), org(a, "five", EH), org(a, "five", KC), org(a, "five", SU)
    a.fact("five", "organization", "Westmoor Clinic", org_type="hospital", jurisdiction="UK")
    deal(a, "five", "signed a research pact", [NU, EH, KC, SU, "Westmoor Clinic"], field="research")
    r = a.report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    assert plain(profile.what_finding(r, e).render()) == (
        "Northvale University, a university based in the UK, takes part in one initiative, with Southport University "
        "(UK), Westmoor Clinic (UK), Eastbay Hospital (mainland China) and Kestrel College (mainland China), in "
        "research."
    )


def test_a_place_profile_holds_the_initiatives_of_bodies_based_in_it(tmp_path):
    """Kestrel College is written "in Harbour City" in one sentence: its pact with Northvale University, stated in a
    sentence that names no place, is Harbour City's; Southport University's pact with Eastbay Hospital is not."""
    from reportcorpus import EH, KC, NU, SU, Articles, deal, org

    a = Articles(tmp_path)
    a.article(
        "college",
        "College news\n\n"
        "Kestrel College in Harbour City opened a new wing.\n"
        "Northvale University signed a research pact with Kestrel College.\n"
        "Southport University signed a pact with Eastbay Hospital.\n",
    )
    org(a, "college", KC), org(a, "college", NU), org(a, "college", KC, 1), org(a, "college", SU)
    org(a, "college", EH)
    a.fact("college", "place", "Harbour City", 0, jurisdiction="mainland China")
    deal(a, "college", "signed a research pact", [NU, KC], field="research")
    deal(a, "college", "signed a pact with", [SU, EH], field="research")
    r = a.report("04-entity-profile", entity="Harbour City")
    e = profile.resolve(r)
    assert [sorted(x["party_names"]) for x in profile.initiatives_of(r, e, 5)] == [[KC, NU]]


def test_a_place_profile_holds_the_initiatives_of_bodies_its_facts_base_there(tmp_path):
    """Kestrel College's facts place it in Harbour City (where its branch is based), though no sentence names the
    city with it: its pact is Harbour City's. A profile of Hong Kong, a whole jurisdiction, holds the pacts of every
    body based in Hong Kong; Southport University's pact with Eastbay Hospital is neither's."""
    from reportcorpus import EH, KC, NU, SU, Articles, deal, org

    a = Articles(tmp_path)
    a.article(
        "pacts",
        "University pacts\n\n"
        "Harbour City and Hong Kong hosted the forum.\n"
        "Northvale University signed a research pact with Kestrel College.\n"
        "Southport University signed a pact with Eastbay Hospital.\n"
        "Northvale University also signed a teaching pact with Lantau Clinic.\n",
    )
    a.fact("pacts", "place", "Harbour City", 0, jurisdiction="mainland China")
    a.fact("pacts", "place", "Hong Kong", 0, jurisdiction="Hong Kong")
    org(a, "pacts", NU), org(a, "pacts", SU), org(a, "pacts", EH), org(a, "pacts", NU, 1)
    base = "org_type university from head word 'College'; jurisdiction mainland China from where the branch is based"
    a.fact("pacts", "organization", KC, org_type="university", jurisdiction="mainland China",
           attribute_evidence=f"{base}: 'Harbour City'")  # fmt: skip
    a.fact("pacts", "organization", "Lantau Clinic", org_type="hospital", jurisdiction="Hong Kong")
    deal(a, "pacts", "signed a research pact", [NU, KC], field="research")
    deal(a, "pacts", "signed a pact with", [SU, EH], field="research")
    deal(a, "pacts", "signed a teaching pact", [NU, "Lantau Clinic"], field="education and training")
    for place, parties in [("Harbour City", [KC, NU]), ("Hong Kong", ["Lantau Clinic", NU])]:
        r = a.report("04-entity-profile", entity=place)
        e = profile.resolve(r)
        assert [sorted(x["party_names"]) for x in profile.initiatives_of(r, e, 5)] == [parties]


def test_an_initiative_one_article_states_in_several_sentences_counts_once():
    """Two unnamed pairings of one press release in one field are one initiative, partners joined; a named one and
    one stated in another article stay apart."""
    row = {"party_names": [], "party_sides": [], "party_ids": [], "field": "research", "name": None}
    rows = [
        dict(row, name="Joint Stroke Centre", party_names=["Northvale University", "Eastbay Hospital"],
             party_sides=["UK", "mainland China"], party_ids=["nu", "eh"], fact_ids=["f1"]),
        dict(row, party_names=["Northvale University", "Kestrel College"], party_sides=["UK", "mainland China"],
             party_ids=["nu", "kc"], fact_ids=["f2"], first_year="2021"),
        dict(row, party_names=["Northvale University", "Westmoor Clinic"], party_sides=["UK", None],
             party_ids=["nu", "wc"], fact_ids=["f3"]),
        dict(row, party_names=["Northvale University", "Southport University"], party_sides=["UK", "UK"],
             party_ids=["nu", "su"], fact_ids=["f4"]),
    ]  # fmt: skip
    got = profile.fold_statements(rows, {"f1": "press", "f2": "press", "f3": "press", "f4": "news"})
    assert [(r["party_names"], r["fact_ids"]) for r in got] == [
        (["Northvale University", "Eastbay Hospital", "Kestrel College", "Westmoor Clinic"], ["f1", "f2", "f3"]),
        (["Northvale University", "Southport University"], ["f4"]),
    ]
    assert got[0]["party_ids"] == ["nu", "eh", "kc", "wc"] and got[0]["first_year"] == "2021"


def test_two_agreements_of_one_body_with_two_partners_stated_apart_stay_apart():
    """ "Eastbay Hospital sealed a memorandum with the Kestrel Health Commission" and "It also extended its teaching
    pact with Northvale College": two agreements, each named by a sentence of its own; a third sentence naming
    no agreement ("will send nurses with Westmoor Clinic") still folds into the first, and so does one sharing a
    partner."""
    row = {"party_names": [], "party_sides": [], "field": "education and training", "name": None}
    rows = [
        dict(row, party_names=["Eastbay Hospital", "Kestrel Health Commission"], party_ids=["eh", "kh"],
             fact_ids=["f1"]),
        dict(row, party_names=["Eastbay Hospital", "Northvale College"], party_ids=["eh", "nc"], fact_ids=["f2"]),
        dict(row, party_names=["Eastbay Hospital", "Westmoor Clinic"], party_ids=["eh", "wc"], fact_ids=["f3"]),
        dict(row, party_names=["Eastbay Hospital", "Northvale College", "Lakeside Trust"],
             party_ids=["eh", "nc", "lt"], fact_ids=["f4"]),
    ]  # fmt: skip
    for r in rows:
        r["party_sides"] = ["Hong Kong"] * len(r["party_names"])
    deals = {"f1": "It signed a memorandum with the commission.", "f2": "It also extended its teaching pact.",
             "f4": "A three-way agreement adds the trust."}  # fmt: skip
    got = profile.fold_statements(rows, dict.fromkeys(["f1", "f2", "f3", "f4"], "news"), deals)
    assert [r["fact_ids"] for r in got] == [["f1", "f3"], ["f2", "f4"]]
    assert profile.deal_sentences(
        {"a": {"sentence": "They renewed the Agreement."}, "b": {"sentence": "They met."}}
    ) == {"a": "They renewed the Agreement."}


def test_two_unnamed_deals_of_one_article_each_with_its_own_money_stay_apart():
    """ "Eastbay Hospital bought Northvale Devices for £40 million" and "leases 30 beds from Westmoor Leasing at a
    cost of £2 million" in one article and field are two deals: neither's partners nor money go to the other; one
    with no money of its own still folds into the first."""
    row = {"party_names": [], "party_sides": [], "party_ids": [], "field": "trade and investment", "name": None}
    rows = [
        dict(row, party_names=["Eastbay Hospital", "Northvale Devices"], party_ids=["eh", "nd"], fact_ids=["f1"],
             money_fact="m1", money_facts=["m1"]),
        dict(row, party_names=["Eastbay Hospital", "Westmoor Leasing"], party_ids=["eh", "wl"], fact_ids=["f2"],
             money_fact="m2", money_facts=["m2"]),
        dict(row, party_names=["Eastbay Hospital", "Kestrel Clinic"], party_ids=["eh", "kc"], fact_ids=["f3"],
             money_fact=None, money_facts=[]),
    ]  # fmt: skip
    for r in rows:
        r["party_sides"] = ["mainland China", "UK"]
    got = profile.fold_statements(rows, {"f1": "news", "f2": "news", "f3": "news"})
    assert [(r["party_names"], r["money_facts"]) for r in got] == [
        (["Eastbay Hospital", "Northvale Devices", "Kestrel Clinic"], ["m1"]),
        (["Eastbay Hospital", "Westmoor Leasing"], ["m2"]),
    ]


def test_a_sum_stated_for_a_group_of_bodies_is_not_the_money_of_one_of_them(tmp_path):
    """The district puts 2 billion yuan into three hospitals: the initiative's money, but its sentence does not name
    Eastbay Hospital, so Eastbay Hospital's profile does not state it as its own; the district's does."""
    from reportcorpus import EH, KC, Articles, deal, org

    a = Articles(tmp_path)
    a.article("fund", "Eastbank upgrades hospitals\n\n"
              "Eastbank district signed agreements that will put 2 billion yuan into three hospitals.\n"
              "The hospitals will be expanded in partnership with Eastbay Hospital and Kestrel College.\n")  # fmt: skip
    a.fact("fund", "organization", "Eastbank district", org_type="government", jurisdiction="mainland China")
    org(a, "fund", EH), org(a, "fund", KC)
    deal(a, "fund", "signed agreements", [EH, KC], field="clinical services")
    a.fact("fund", "amount", "2 billion yuan", value=2e9, unit="CNY", object="three hospitals", amount_type="figure")
    r = a.report("04-entity-profile", entity=EH)
    e = profile.resolve(r)
    rows = profile.initiatives_of(r, e, 5)
    money = [x["money_fact"] for x in rows if x.get("money_fact")]
    assert money and profile.ties_money(r, e, money) == set()
    assert "2 billion yuan" not in plain(profile.key_findings(r, e)[0].render())


def test_a_profile_shows_the_cross_border_schemes_its_body_is_a_party_to(tmp_path):
    """The voucher scheme names Westport Union Clinic among its parties: the clinic's profile shows it, with the
    scheme's other side."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("voucher", "Harbourside elderly may use vouchers at Westport clinics\n\n"
              "From May 2025, elderly Harbourside residents will be able to use health vouchers at 9 more clinics "
              "in Westport.\nIn March the bureau picked Westport Union Clinic and Westport Dental Centre for "
              "visits.\n")  # fmt: skip
    a.fact("voucher", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("voucher", "place", "Westport", 1, jurisdiction="mainland China")
    a.fact("voucher", "date", "May 2025", date="2025-05", event="elderly may use vouchers")
    a.fact("voucher", "date", "March", date="2025-03", event="clinics picked")
    for name in ("Westport Union Clinic", "Westport Dental Centre"):
        a.fact("voucher", "organization", name, org_type="hospital", jurisdiction="mainland China")
    for nth in (0, 1):
        a.fact("voucher", "theme", "Harbourside", nth, theme="cross_border_care")
    r = a.report("04-entity-profile", entity="Westport Union Clinic")
    e = profile.resolve(r)
    (row,) = [{k: plain(v) for k, v in x.items()} for x in profile.schemes_table(r, e).rows]
    assert row["kind"] == "access" and "Harbourside (Hong Kong)" in row["parties"]
    r = a.report("04-entity-profile", entity="Harbourside")
    assert profile.schemes_table(r, profile.resolve(r)) is not None  # a party by its place


def test_a_body_named_after_a_district_is_the_citys_only_when_the_district_opens_its_name(tmp_path):
    """Panyu is a district of Guangzhou: "Panyu Lakeside Clinic" is a Guangzhou body, "Westford Panyu Trading" (a
    firm named after another place first) is not."""
    from reportcorpus import NU, SU, Articles, deal, org

    clinic, firm = "Panyu Lakeside Clinic", "Westford Panyu Trading"
    a = Articles(tmp_path)
    a.article(
        "pacts",
        "Pacts signed in Guangzhou\n\n"
        f"Northvale University signed a research pact with {clinic}.\n"
        f"Southport University signed a supply pact with {firm}.\n",
    )
    org(a, "pacts", NU), org(a, "pacts", SU)
    for name, kind in ((clinic, "hospital"), (firm, "company")):
        a.fact("pacts", "organization", name, name=name, org_type=kind, jurisdiction="mainland China")
    a.fact("pacts", "place", "Guangzhou", name="Guangzhou", jurisdiction="mainland China")
    deal(a, "pacts", "signed a research pact", [NU, clinic], field="research")
    deal(a, "pacts", "signed a supply pact", [SU, firm], field="trade and investment")
    r = a.report("04-entity-profile", entity="Guangzhou")
    e = profile.resolve(r)
    assert [sorted(x["party_names"]) for x in profile.initiatives_of(r, e, 5)] == [[NU, clinic]]


def test_a_name_two_places_bodies_share_gives_a_profile_only_its_own_sides_schemes(tmp_path):
    """Two articles each name a "Health Bureau", one of Harbourside (Hong Kong), one of Eastport (Macao): the
    Eastport bureau's profile shows the Eastport scheme only."""
    from reportcorpus import Articles

    a = Articles(tmp_path)
    a.article("hk", "Harbourside elderly may use vouchers at Westport clinics\n\nThe Health Bureau said elderly "
              "Harbourside residents will be able to use health vouchers at 9 more clinics in Westport.\n")  # fmt: skip
    a.article("mo", "Eastport residents may join insurance in Westport\n\nThe Health Bureau said Eastport residents "
              "will be able to join the insurance scheme of Westport.\n")  # fmt: skip
    for doc, place, side in (("hk", "Harbourside", "Hong Kong"), ("mo", "Eastport", "Macao")):
        a.fact(doc, "organization", "Health Bureau", org_type="government", jurisdiction=side,
               entity_id=f"org:health-bureau@{side.lower().replace(' ', '-')}")  # fmt: skip
        for nth in (0, 1):
            a.fact(doc, "place", place, nth, jurisdiction=side)
            a.fact(doc, "place", "Westport", nth, jurisdiction="mainland China")
            a.fact(doc, "theme", place, nth, theme="cross_border_care")
    r = a.report("04-entity-profile", entity="org:health-bureau@macao")
    e = profile.resolve(r)
    assert e["jurisdiction"] == "Macao"
    rows = [{k: plain(v) for k, v in x.items()} for x in profile.schemes_table(r, e).rows]
    assert [row["kind"] for row in rows] == ["insurance"]


def test_a_bodys_people_include_those_its_article_names_it_for_in_another_sentence(tmp_path):
    from reportcorpus import NU, Articles, org

    a = Articles(tmp_path)
    a.article("dean", "Northvale University opens a ward\n\nNorthvale University opened a ward on Monday.\n"
              "Its dean of nursing, Ann Lee, said the ward was full.\n")  # fmt: skip
    org(a, "dean", NU), org(a, "dean", NU, 1)
    a.fact("dean", "person", "Ann Lee", role="dean of nursing", affiliation=NU)
    r = a.report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    assert [p["label"] for p in profile.body_people(r, e, 5)] == ["Ann Lee"]


def test_a_sum_another_body_gives_in_the_sentence_is_not_the_profiled_bodys(tmp_path):
    from reportcorpus import Articles

    a = Articles(tmp_path)
    text = (
        "Lab opens in Kelby\n\nThe lab is funded by 15 million yuan from the Kelby Science Foundation and "
        "£1.2 million from the Tarn Funding Council.\n"
    )
    a.article("lab", text)
    a.fact("lab", "organization", "Kelby Science Foundation", org_type="association", jurisdiction="mainland China")
    a.fact("lab", "organization", "Tarn Funding Council", org_type="government", jurisdiction="UK")
    a.fact("lab", "amount", "15 million yuan", value=1.5e7, unit="CNY", object="lab", amount_type="figure")
    a.fact("lab", "amount", "£1.2 million", value=1.2e6, unit="GBP", object="lab", amount_type="figure")
    r = a.report("04-entity-profile", entity="Kelby Science Foundation")
    e = profile.resolve(r)
    assert [plain(row["figure"]) for row in profile.figures_table(r, e).rows] == ["15 million yuan"]


def test_the_partners_counted_in_the_first_finding_are_given_their_side_when_they_share_one(tmp_path):
    from reportcorpus import EH, KC, NU, SU, Articles, deal, org

    a = Articles(tmp_path)
    a.article("six", "Northvale University signs with five partners\n\n"
              "Northvale University signed a research pact with Eastbay Hospital, Kestrel College, Southport "
              "University, Westmoor Clinic and Harbour Clinic.\n")  # fmt: skip
    org(a, "six", NU, 1), org(a, "six", EH), org(a, "six", KC), org(a, "six", SU)
    a.fact("six", "organization", "Westmoor Clinic", org_type="hospital", jurisdiction="UK")
    a.fact("six", "organization", "Harbour Clinic", org_type="hospital", jurisdiction="mainland China")
    deal(a, "six", "signed a research pact", [NU, EH, KC, SU, "Westmoor Clinic", "Harbour Clinic"], field="research")
    r = a.report("04-entity-profile", entity="Northvale University")
    e = profile.resolve(r)
    said = plain(profile.what_finding(r, e).render())
    assert said.endswith("and two other partners (mainland China), in research."), said
