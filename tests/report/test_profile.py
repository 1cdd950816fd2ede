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
        "(mainland China) and Eastbay Hospital (mainland China), in research, and education and training, since "
        "2021, among them the Joint Nursing Academy.",
        # what it said: its people's words, with their role
        "Ann Lee (Professor; Dean of Nursing) said: “Our nurses learn from each other every day”.",
    ]
    assert profile.quotes_table(r, e) is None  # its only quotation is among the key findings
    # the academy's signing, and the research cooperation no sentence dates at the day its article was published
    assert [plain(row["date"]) for row in profile.timeline_table(r).rows] == [
        "2021",
        "4 June 2021 (date of the article)",
    ]
    assert profile.figures_table(r, e).rows == []  # no figure is stated in a sentence that names it
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
    assert profile.resolve(r)["name"] == "Kestrel College"  # two initiatives each, in two articles each: by name
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
