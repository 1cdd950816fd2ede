"""Cross-border measures by kind, each with its key number in the article's words; domestic reform by type."""

from reportcorpus import Articles, plain

from analysis.report import measures

TEXT = """Harbourside and Westport widen cross-border care

Residents of Harbourside can now use 40 clinics in Westport under the cross-boundary scheme.
Doctors from Harbourside were allowed to practise in Westport, and 300 doctors registered; the health literacy of \
Westport residents reached 41%.
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
    a.fact("care", "amount", "1200 hospital beds", value=1200.0, unit="count", object="hospital beds",
           amount_type="figure")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(measures.cross_border_finding(r).render()) == (
        "Cross-border measures reported: access (one article): “Residents of Harbourside can now use 40 clinics in "
        "Westport under the cross-boundary scheme.”, key number 40; staff (one article): “…were allowed to practise "
        "in Westport, and 300 doctors registered; the health literacy of Westport…”, key number 300."
    )
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
    assert text.startswith("Cross-border measures reported: insurance (two articles): “")
    assert "medical insurance" in text
    rows = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "cross-border").rows]
    assert rows[0]["kind"] == "insurance" and rows[0]["number"].startswith("— (“") and "insurance" in rows[0]["number"]


LEAD = """Harbourside patients may use Westport clinics

From 2025, patients from Harbourside may use clinics in Westport under the cross-boundary scheme.
The cross-boundary scheme covers 25 clinics in Westport for Harbourside residents.
"""


def test_a_kind_is_stated_by_its_most_prominent_sentence_then_its_key_number(tmp_path):
    a = Articles(tmp_path)
    a.article("lead", LEAD)
    a.fact("lead", "date", "2025", date="2025", event="patients may use clinics")
    a.fact("lead", "amount", "25 clinics", value=25.0, unit="count", object="clinics", amount_type="figure")
    gba_strand(a, "lead", "Harbourside")
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(measures.cross_border_finding(r).render()) == (
        "Cross-border measures reported: access (one article): “From 2025, patients from Harbourside may use clinics "
        "in Westport under the cross-boundary scheme.”, key number 25 (“The cross-boundary scheme covers 25 clinics "
        "in Westport for Harbourside residents.”)."
    )


def test_a_key_number_from_another_article_is_not_given_as_the_sentences_number(tmp_path):
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
    assert "scheme.”, and elsewhere 25 (“Some 25 clinics" in text
