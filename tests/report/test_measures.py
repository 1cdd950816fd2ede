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


def test_cross_border_kinds_with_their_key_numbers_and_domestic_reform(tmp_path):
    a = Articles(tmp_path)
    a.article("care", TEXT)
    place(a, "Harbourside", "Hong Kong", 1), place(a, "Westport", "mainland China", 1)
    place(a, "Harbourside", "Hong Kong", 2), place(a, "Westport", "mainland China", 2)
    a.fact("care", "amount", "40 clinics", value=40.0, unit="count", object="clinics", amount_type="figure")
    a.fact("care", "amount", "300 doctors", value=300.0, unit="count", object="doctors", amount_type="figure")
    # in the cross-border sentence, but in a clause about something else: not the key number of access
    a.fact("care", "amount", "41%", value=41.0, unit="percent", object="health literacy of Westport residents",
           amount_type="figure")  # fmt: skip
    a.fact("care", "amount", "1200 hospital beds", value=1200.0, unit="count", object="hospital beds",
           amount_type="figure")  # fmt: skip
    r = a.report("03-gba-health-reforms", focus="all")
    assert plain(measures.cross_border_finding(r).render()) == (
        "Cross-border measures reported: access (one article): 40 (“Residents of Harbourside can now use 40 clinics "
        "in Westport under the cross-boundary scheme.”) and staff (one article): 300 (“…were "
        "allowed to practise in Westport, and 300 doctors registered; the health literacy of Westport…”)."
    )
    dom = [{k: plain(v) for k, v in row.items()} for row in measures.table(r, "domestic").rows]
    assert [(d["kind"], d["articles"], d["number"][:4]) for d in dom] == [("facilities", "1", "1,20")]
