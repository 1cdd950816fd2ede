"""Cross-border measures by kind, each with its key number in the article's words; domestic reform by type."""

from reportcorpus import Articles, ids, plain

from analysis.query import measures as measure_query
from analysis.report import figures, measures

TEXT = """Harbourside and Westport widen cross-border care

Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme.
Doctors from Harbourside were allowed to practise in Westport, and 300 doctors registered; the health literacy of \
Westport residents reached 41%.
"""
BEDS = """Westport opens new wards

The city added 1200 hospital beds and opened two new wards.
"""


def place(a, span, jur, nth=0):
    return a.fact("care", "place", span, nth, jurisdiction=jur)


def gba_strand(a, doc, span):
    """Theme facts that put an article in the Greater Bay Area strand (a cross-border measure stands in one)."""
    for nth in (0, 1):
        a.fact(doc, "theme", span, nth, theme="cross_border_care")


def test_cross_border_kinds_with_their_key_numbers_and_domestic_reform(tmp_path):
    a = Articles(tmp_path)
    a.article("care", TEXT)
    place(a, "Harbourside", "Hong Kong", 1), place(a, "Westport", "mainland China", 1)
    place(a, "Harbourside", "Hong Kong", 2), place(a, "Westport", "mainland China", 2)
    gba_strand(a, "care", "Harbourside")
    a.fact("care", "amount", "40 clinics", value=40.0, unit="count", object="clinics", amount_type="figure")
    a.fact("care", "amount", "300 doctors", value=300.0, unit="count", object="doctors", amount_type="figure")
    # in the cross-border sentence, but in a clause about something else: not the key number of access
    a.fact("care", "amount", "41%", value=41.0, unit="percent", object="health literacy of Westport residents",
           amount_type="figure")  # fmt: skip
    a.article("beds", BEDS)
    a.fact("beds", "amount", "1200 hospital beds", value=1200.0, unit="count", object="hospital beds",
           amount_type="figure")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    text = plain(measures.cross_border_finding(r).render())
    assert text.startswith(
        "Cross-border access: one article; key number 40 clinics (“Residents of Harbourside can now use 40 clinics in "
        "Westport"
    )
    assert "Staff: one article; key number 300 doctors (“…allowed to practise in Westport, and 300 doctors" in text
    dom = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "domestic").rows]
    assert [(d["kind"], d["articles"], d["number"][:4]) for d in dom] == [("facilities", "1", "1,20")]


INSURANCE = {
    "one": """Harbourside patients get insurance cover

From 2024, patients from Harbourside may claim cross-border medical insurance payments in Westport hospitals.
The Westport health bureau said more hospitals in Westport would join once the Harbourside insurers agree.
""",
    "two": """Cover for cross-boundary care widens

Since 2023, Harbourside insurers have settled claims under cross-boundary medical insurance in Westport.
Officials in Harbourside expect the rules for Westport clinics to be published in the spring.
""",
}


def test_a_kind_without_a_figure_is_stated_in_the_articles_words(tmp_path):
    a = Articles(tmp_path)
    for (doc, text), year in zip(INSURANCE.items(), ("2024", "2023")):
        a.article(doc, text)
        a.fact(doc, "date", year, date=year, event="cross-border insurance")
        for nth in (0, 1):
            a.fact(doc, "place", "Harbourside", nth, jurisdiction="Hong Kong")
            a.fact(doc, "place", "Westport", nth, jurisdiction="mainland China")
        gba_strand(a, doc, "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    text = plain(measures.cross_border_finding(r).render())
    # no kind has a key number: the kinds with the articles stating them
    assert text == "Cross-border insurance: two articles, no figure stated."
    rows = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "cross-border").rows]
    assert (rows[0]["kind"], rows[0]["articles"], rows[0]["number"]) == ("insurance", "2", "—")
    assert "may claim cross-border medical insurance" in rows[0]["measure"]


LEAD = """Harbourside patients may use Westport clinics

From 2025, patients from Harbourside may use clinics in Westport under the cross-boundary scheme.
The cross-boundary scheme covers 25 clinics in Westport for Harbourside residents.
"""


def test_a_kind_is_stated_with_its_articles_and_its_key_number_in_its_sentence(tmp_path):
    a = Articles(tmp_path)
    a.article("lead", LEAD)
    a.fact("lead", "date", "2025", date="2025", event="patients may use clinics")
    a.fact("lead", "amount", "25 clinics", value=25.0, unit="count", object="clinics", amount_type="figure")
    gba_strand(a, "lead", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(measures.cross_border_finding(r).render()) == (
        "Cross-border access: one article; key number 25 clinics (“The cross-boundary scheme covers 25 clinics in "
        "Westport for Harbourside residents.”)."
    )


def test_a_key_number_from_another_article_is_quoted_in_its_own_words(tmp_path):
    a = Articles(tmp_path)
    a.article("lead", LEAD.replace("The cross-boundary scheme covers 25 clinics", "The scheme is run by the bureau"))
    a.fact("lead", "date", "2025", date="2025", event="patients may use clinics")
    gba_strand(a, "lead", "Harbourside")
    a.article("count", "Harbourside scheme grows\n\nThe city health board met on Monday to review its work this "
              "year.\nSome 25 clinics in Westport now take Harbourside residents under the cross-boundary "
              "scheme.\n")  # fmt: skip
    a.fact("count", "amount", "25 clinics", value=25.0, unit="count", object="clinics", amount_type="figure")
    gba_strand(a, "count", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    text = plain(measures.cross_border_finding(r).render())
    assert text.startswith("Cross-border access: two articles; key number 25 clinics (“Some 25 clinics in Westport")


POPULATION = """Harbourside families settle in Westport

Some 280 Harbourside residents live in Westport, where the cross-boundary scheme was launched last year.
From 2026, Harbourside residents in Westport will be able to join the cross-boundary insurance scheme.
"""


def test_a_count_of_a_places_people_is_no_key_number_and_the_stating_sentence_is_quoted(tmp_path):
    a = Articles(tmp_path)
    a.article("pop", POPULATION)
    a.fact("pop", "amount", "280 Harbourside residents", value=280.0, unit="count", object="Harbourside residents",
           amount_type="figure")  # fmt: skip
    a.fact("pop", "date", "2026", date="2026", event="residents may join the insurance scheme")
    gba_strand(a, "pop", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "cross-border").rows]
    by_kind = {row["kind"]: row for row in rows}
    assert by_kind["access"]["number"] == "—"  # 280 residents live there: no measure's number
    assert "will be able to join" in by_kind["insurance"]["measure"]


def test_a_key_number_names_what_a_count_counts():
    assert measures.key_number({"after": 7.0, "unit": "count", "relation": "value", "object": "more clinics"}) == (
        "7 more clinics"
    )
    assert measures.key_number({"after": 180.0, "unit": "CNY", "relation": "value", "object": "cover"}) == "180 yuan"
    assert measures.key_number({"after": 84.0, "unit": "count", "relation": "value", "object": "them"}) == "84"


def test_a_key_number_keeps_the_count_its_sentence_pairs_with_it():
    sentence = "Clinics in Harbourside may now use 58 drugs and 40 devices registered in Westport."

    def said(number, text=sentence):
        at = text.index(number)
        return {"sentence": text, "sentence_start": 100, "start": 100 + at, "end": 100 + at + len(number)}

    fig = {"after": 58.0, "unit": "count", "relation": "value", "object": "drugs"}
    assert measures.key_number(fig, said("58")) == "58 drugs and 40 devices"
    assert measures.key_number(fig) == "58 drugs"
    other = "The zone lists 58 drugs and 4 of its hospitals take part."
    assert measures.key_number(fig, said("58", other)) == "58 drugs"
    two = "The zone lists 58 drugs and 40 medical devices."
    assert measures.key_number(fig, said("58", two)) == "58 drugs and 40 medical devices"
    three = "The zone lists 58 drugs and 40 devices in all."
    assert measures.key_number(fig, said("58", three)) == "58 drugs and 40 devices"
    for share in ("The zone lists 58 drugs and 40 percent more.", "The zone lists 58 drugs and 3 times as many."):
        assert measures.key_number(fig, said("58", share)) == "58 drugs", share


def test_the_words_stating_a_measure_are_quoted_around_them():
    sentence = (
        "After a long review by the Westport health board and many months of talks with the unions of the city, "
        "nurses from Harbourside will be allowed to practise in Westport clinics from next spring onwards."
    )
    fact = {"sentence": sentence, "text": "Westport health board"}
    assert "will be allowed to practise" in plain(measures.stating(fact, True, 60))
    assert "will be allowed" not in plain(measures.stating(fact, False, 60))


def test_the_table_quotes_each_articles_statement_of_a_kind(tmp_path):
    a = Articles(tmp_path)
    texts = {
        "vouchers": "Harbourside vouchers go further\n\nFrom 2025, Harbourside residents can now spend health "
        "vouchers at clinics in Westport under the cross-boundary scheme.\n",
        "ambulance": "Ambulances cross to Harbourside\n\nFrom 2026, ambulances will be allowed to take patients of "
        "Westport clinics to Harbourside hospitals across the boundary.\n",
    }
    for doc, text in texts.items():
        a.article(doc, text)
        year = "2025" if doc == "vouchers" else "2026"
        a.fact(doc, "date", year, date=year, event="cross-border care")
        gba_strand(a, doc, "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "cross-border").rows]
    access = next(row for row in rows if row["kind"] == "access")
    assert "can now spend health vouchers" in access["measure"]
    assert "will be allowed to take patients" in access["measure"]
    assert plain(measures.cross_border_finding(r).render()) == "Cross-border access: two articles, no figure stated."


def test_a_headline_after_its_section_name_is_quoted_without_it():
    fact = {"sentence": "Health | Westport nurses to be allowed to practise in Harbourside", "text": "Westport"}
    assert plain(measures.stating(fact, True)) == "“Westport nurses to be allowed to practise in Harbourside”"


def test_the_finding_counts_the_articles_of_a_kind_and_the_table_does_not_repeat_its_quotation(tmp_path):
    """The other article states another access measure: counted, and quoted in the table; the key number's sentence,
    quoted by the finding, is not printed again there."""
    a = Articles(tmp_path)
    a.article("lead", LEAD)
    a.fact("lead", "date", "2025", date="2025", event="patients may use clinics")
    a.fact("lead", "amount", "25 clinics", value=25.0, unit="count", object="clinics", amount_type="figure")
    gba_strand(a, "lead", "Harbourside")
    a.article("ambulance", "Harbourside health notes\n\nThe city health board met on Monday to review its work this "
              "year.\nFrom 2026, ambulances will be allowed to take patients of Westport clinics to Harbourside "
              "hospitals across the boundary.\n")  # fmt: skip
    a.fact("ambulance", "date", "2026", date="2026", event="cross-border care")
    gba_strand(a, "ambulance", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    text = plain(measures.cross_border_finding(r).render())
    assert text == (
        "Cross-border access: two articles; key number 25 clinics (“The cross-boundary scheme covers 25 clinics in "
        "Westport for Harbourside residents.”)."
    )
    row = [{k: plain(v) for k, v in x.items()} for x in measures.table(r, "cross-border").rows][0]
    assert row["number"] == "25 clinics (in the key findings)"
    assert "covers 25 clinics" not in row["measure"]
    assert "will be allowed to take patients" in row["measure"] and "may use clinics in Westport" in row["measure"]


def test_a_measures_key_number_is_not_repeated_among_the_key_numbers(tmp_path):
    a = Articles(tmp_path)
    a.article("lead", LEAD)
    a.fact("lead", "date", "2025", date="2025", event="patients may use clinics")
    a.fact("lead", "amount", "25 clinics", value=25.0, unit="count", object="clinics", amount_type="figure")
    gba_strand(a, "lead", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    assert [plain(x["figure"]) for x in figures.key_numbers_table(r).rows] == ["25"]
    assert plain(measures.table(r, "cross-border").rows[0]["number"]).startswith("25 clinics")
    assert figures.key_numbers_table(r).rows == []


FOUR = """Harbourside and Westport widen cross-border care

Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme.
Doctors from Harbourside were allowed to practise in Westport, and 300 doctors registered.
Five hospitals of Westport were cleared to import urgently needed drugs sold in Harbourside.
Harbourside residents in Westport will pay 180 yuan a year for medical insurance cover.
"""


def test_the_finding_names_at_most_three_kinds_and_the_table_all(tmp_path):
    a = Articles(tmp_path)
    a.article("care", FOUR)
    for nth in range(1, 5):
        place(a, "Harbourside", "Hong Kong", nth), place(a, "Westport", "mainland China", nth)
    gba_strand(a, "care", "Harbourside")
    for text, value, unit, obj in (("40 clinics", 40.0, "count", "clinics"), ("300 doctors", 300.0, "count", "doctors"),
                                   ("Five hospitals", 5.0, "count", "hospitals"),
                                   ("180 yuan", 180.0, "CNY", "medical insurance cover")):  # fmt: skip
        a.fact("care", "amount", text, value=value, unit=unit, object=obj, amount_type="figure")
    r = a.report("03-gba-health-reforms", focus="all")
    text = plain(measures.cross_border_finding(r).render())
    assert text.count("one article; key number") == 3
    rows = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "cross-border").rows]
    assert len(rows) == 4
    assert sum(row["number"].endswith("(in the key findings)") for row in rows) == 3


SCHEMES = {
    "voucher": """Harbourside elderly may use vouchers at Westport clinics

From May 2025, elderly Harbourside residents will be able to use health vouchers at 9 more clinics in Westport.
In March the bureau picked Westport Union Clinic and Westport Dental Centre for visits.
""",
    "stats": """Westport health statistics

The city's hospitals handled 51000 consultations in 2024, up 4% on the year before.
""",
}


def test_a_scheme_is_a_row_with_its_parties_its_key_number_and_its_date(tmp_path):
    a = Articles(tmp_path)
    a.article("voucher", SCHEMES["voucher"])
    a.fact("voucher", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("voucher", "place", "Westport", 1, jurisdiction="mainland China")
    a.fact("voucher", "date", "May 2025", date="2025-05", event="elderly may use vouchers")
    a.fact("voucher", "date", "March", date="2025-03", event="clinics picked")
    a.fact("voucher", "amount", "9 more clinics", value=9.0, unit="count", object="more clinics", amount_type="figure")
    for name in ("Westport Union Clinic", "Westport Dental Centre"):
        a.fact("voucher", "organization", name, org_type="hospital", jurisdiction="mainland China")
    gba_strand(a, "voucher", "Harbourside")
    a.article("stats", SCHEMES["stats"])
    a.fact("stats", "amount", "51000 consultations", value=51000.0, unit="count", object="consultations",
           amount_type="figure")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    (row,) = [{k: plain(v) for k, v in x.items()} for x in measures.schemes_table(r).rows]
    assert row["kind"] == "access"
    # the first party of each side first; a side no body of which is named by its place
    assert row["parties"] == (
        "Westport Union Clinic (mainland China); Harbourside (Hong Kong); Westport Dental Centre (mainland China)"
    )
    assert row["number"].startswith("9 more clinics") and row["dated"] == "May 2025"
    assert "will be able to use health vouchers" in row["measure"]


def test_the_schemes_table_shows_the_top_n_and_links_every_scheme_as_csv(tmp_path):
    a = Articles(tmp_path)
    towns = ("Harbourside", "Bayview", "Northpoint")
    for town in towns:
        doc = f"voucher-{town.lower()}"
        a.article(doc, SCHEMES["voucher"].replace("Harbourside", town))
        a.fact(doc, "place", town, 1, jurisdiction="Hong Kong")
        a.fact(doc, "place", "Westport", 1, jurisdiction="mainland China")
        a.fact(doc, "amount", "9 more clinics", value=9.0, unit="count", object="more clinics", amount_type="figure")
        gba_strand(a, doc, town)
    r = a.report("03-gba-health-reforms", focus="all", top_n=2)
    t = measures.schemes_table(r)
    assert len(t.rows) == 2
    assert t.name == "schemes" and len(t.full) == 3
    # the CSV holds each scheme's article, its parties with where each is based, and its key number
    assert sorted(t.full["doc_id"]) == ["voucher-bayview", "voucher-harbourside", "voucher-northpoint"]
    first = t.full.set_index("doc_id").loc["voucher-bayview"]
    assert first["parties"] == "Bayview; Westport" and first["where_based"] == "Hong Kong; mainland China"
    assert first["sides_joined"] == 2 and first["key_number"] == "9" and first["key_number_counts"] == "more clinics"
    assert first["statement"].startswith("From May 2025, elderly Bayview residents will be able to use")


PAIRING = """Westport and Harbourside hospitals pair up

Westport Union Hospital and Harbourside Queen's Hospital signed a partnership agreement to pair up their wards.
"""


def test_a_cooperation_between_the_chinese_sides_is_an_initiative_not_a_scheme_again(tmp_path):
    """The pairing of two hospitals is in the initiatives table, with its named parties; the schemes table keeps the
    voucher scheme only."""
    a = Articles(tmp_path)
    a.article("pair", PAIRING)
    hospitals = (("Westport Union Hospital", "mainland China"), ("Harbourside Queen's Hospital", "Hong Kong"))
    for name, jur in hospitals:
        a.fact("pair", "organization", name, org_type="hospital", jurisdiction=jur)
    a.fact("pair", "place", "Westport", jurisdiction="mainland China")
    a.fact("pair", "place", "Harbourside", jurisdiction="Hong Kong")
    a.fact("pair", "partnership", "signed a partnership", parties=[n for n, _ in hospitals],
           party_ids=ids(*[n for n, _ in hospitals]), field="clinical services")  # fmt: skip
    gba_strand(a, "pair", "Harbourside")
    a.article("voucher", SCHEMES["voucher"])
    a.fact("voucher", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("voucher", "place", "Westport", 1, jurisdiction="mainland China")
    gba_strand(a, "voucher", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in x.items()} for x in measures.schemes_table(r).rows]
    assert [x["kind"] for x in rows] == ["access"]
    # the pairing is a partnerships measure of its own article, left out of the table as an initiative
    assert sorted(x["kind"] for x in measure_query.schemes(r.store)) == ["access", "partnerships"]


TRAINING = """Westport doctors to train in Harbourside

The Westport Health Bureau signed a training agreement with the Harbourside Institute of Family Practice, under which
300 Westport general practitioners will take clinical attachments in Harbourside.
"""


def test_a_measure_stated_by_an_initiatives_sentence_is_that_initiative_not_a_scheme_again(tmp_path):
    a = Articles(tmp_path)
    a.article("train", TRAINING)
    bodies = (("Westport Health Bureau", "mainland China"), ("Harbourside Institute of Family Practice", "Hong Kong"))
    for name, jur in bodies:
        a.fact("train", "organization", name, org_type="government", jurisdiction=jur)
    a.fact("train", "place", "Westport", 1, jurisdiction="mainland China")
    a.fact("train", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("train", "partnership", "signed a training agreement", parties=[n for n, _ in bodies],
           party_ids=ids(*[n for n, _ in bodies]), field="education and training")  # fmt: skip
    gba_strand(a, "train", "Harbourside")
    a.article("voucher", SCHEMES["voucher"])
    a.fact("voucher", "place", "Harbourside", 1, jurisdiction="Hong Kong")
    a.fact("voucher", "place", "Westport", 1, jurisdiction="mainland China")
    gba_strand(a, "voucher", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    kinds = sorted(x["kind"] for x in measure_query.schemes(r.store))
    assert "staff" in kinds
    assert [plain(x["kind"]) for x in measures.schemes_table(r).rows] == ["access"]
