"""The Greater Bay Area report's initiatives and institutions: its own cross-border initiatives first, no UK
partner's work counted, and a tie never shown as a ranking."""

from reportcorpus import Articles, plain

from analysis.query import actors as actors_q
from analysis.report import actors, initiatives

TEXT = """Hospitals across the bay sign up

Harbour City Hospital signed a referral pact with Bayview Clinic Group.
Harbour City Hospital and Lotus Isle Medical Centre launched the Bay Nurses Exchange.
Harbour City Hospital also works with Pearl County Hospital on training.
Northvale University signed with Pearl County Hospital on stroke care.
"""
BODIES = {
    "Harbour City Hospital": "mainland China",
    "Bayview Clinic Group": "Hong Kong",
    "Lotus Isle Medical Centre": "Macao",
    "Pearl County Hospital": "mainland China",
    "Northvale University": "UK",
}


def bay(tmp_path) -> Articles:
    a = Articles(tmp_path)
    a.article("bay", TEXT)
    for name, jur in BODIES.items():
        for n in range(TEXT.count(name) - (1 if name == "Harbour City Hospital" else 0)):
            a.fact("bay", "organization", name, n, org_type="hospital", jurisdiction=jur)
    for span, parties, name in (
        ("signed a referral pact", ["Harbour City Hospital", "Bayview Clinic Group"], None),
        ("launched the Bay", ["Harbour City Hospital", "Lotus Isle Medical Centre"], "Bay Nurses Exchange"),
        ("also works with", ["Harbour City Hospital", "Pearl County Hospital"], None),
        ("signed with Pearl", ["Northvale University", "Pearl County Hospital"], None),
    ):
        ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
        a.fact("bay", "partnership", span, parties=parties, party_ids=ids, initiative=name, field="other")
    return a


def test_the_gba_initiatives_table_lists_its_own_cross_border_initiatives_first(tmp_path):
    r = bay(tmp_path).report("03-gba-health-reforms", focus="all")
    rows = [{k: plain(v) for k, v in row.items()} for row in initiatives.table(r, pairing="cross-border").rows]
    # the lead paragraph's pact first (more salient), then the named exchange; the mainland-only one after both;
    # the UK university's deal is left to the China–UK report
    assert [(x["initiative"], x["partners"]) for x in rows] == [
        ("—", "Harbour City Hospital (mainland China); Bayview Clinic Group (Hong Kong)"),
        ("Bay Nurses Exchange", "Harbour City Hospital (mainland China); Lotus Isle Medical Centre (Macao)"),
        ("—", "Harbour City Hospital (mainland China); Pearl County Hospital (mainland China)"),
    ]


def test_the_institutions_table_counts_no_uk_partnered_work_and_never_cuts_a_tie(tmp_path):
    r = bay(tmp_path).report("03-gba-health-reforms", focus="all", top_n=2)
    t = actors.side_table(r, "China", without=("UK",))
    # Pearl County Hospital's deal with a UK university does not count: it ties with the two others at one
    assert [plain(x["body"]) + " " + x["n"] for x in t.rows] == ["Harbour City Hospital 3"]
    assert t.caption.endswith("(three more bodies with one each)")
    rows, cut = actors.shown_tiers([{"label": x, "n": n} for x, n in (("A", 2), ("B", 2), ("C", 1))], 3)
    assert [x["label"] for x in rows] == ["A", "B", "C"] and cut == []
    rows, cut = actors.shown_tiers([{"label": x, "n": 1} for x in "ABC"], 2)
    assert rows == [] and len(cut) == 3


def test_who_leads_in_each_jurisdiction_leaves_out_work_with_uk_partners_and_one_articles_counts(tmp_path):
    r = bay(tmp_path).report("03-gba-health-reforms", focus="all")
    # Pearl County Hospital's deal with a UK university does not count; Harbour City Hospital's three rest on one
    # article, so no lead is claimed
    counts = {x["label"]: x["n"] for x in actors_q.bodies(r.store, ("mainland China",), 5, without=("UK",))}
    assert counts == {"Harbour City Hospital": 3, "Pearl County Hospital": 1}
    assert actors.jurisdictions_finding(r) is None


def test_the_largest_sums_of_reform_count_a_measures_cost_but_no_business_result():
    """A reform's cost, a place's health spending and what it has invested since a year are its money; a company's
    sales, also when restated in another currency, a product's starting price and a body's budget for a year are
    not."""
    from analysis.report import reforms

    cost = "The city commission will pay for the clinics' software, at a cost of 20 million yuan."
    sales = "Bayview Clinic Group's sales rose 12% to 900 million yuan in 2025, or about HK$980 million."
    price = "Lotus Isle Insurance launched a hospital-cash policy, priced from MOP 1,100 a year."
    plan = "The province will spend 3 billion yuan on village clinics."
    assert reforms.sum_kind(cost, "20 million yuan") == ("cost", True)
    built = "The new ward was built at a cost of 45 million yuan."
    assert reforms.sum_kind(built, "45 million yuan") == ("cost", True)
    guess = "The upgrade is expected to cost 60 million yuan; officials estimate it may cost 70 million yuan."
    assert reforms.sum_kind(guess, "70 million yuan") == ("cost estimate", True)
    assert reforms.sum_kind(sales, "HK$980 million") == ("company results", False)
    assert reforms.sum_kind(price, "MOP 1,100") == ("price", False)
    assert reforms.sum_kind(plan, "3 billion yuan") is None
    spent = "Spending by the county on its clinics reached 1.4 billion yuan in 2025, or 310 yuan per resident."
    assert reforms.sum_kind(spent, "1.4 billion yuan") == ("spending total", True)
    budget = "She noted that the authority's budget for 2025-26 was already HK$90 billion."
    assert reforms.sum_kind(budget, "HK$90 billion") == ("budget total", False)
    assert reforms.sum_kind("The clinic has an annual budget of 30 million yuan.", "30 million yuan")[1] is False
    since = "Eastport District has invested 640 million yuan since 2020 in rebuilding its village clinics."
    assert reforms.sum_kind(since, "640 million yuan") == ("cumulative total", True)
    whole = "Eastport's health spending reached 41 billion yuan in 2025, the city's statistics bureau said."
    assert reforms.sum_kind(whole, "41 billion yuan") == ("health spending", False)


def test_a_reforms_saving_is_its_money_and_is_named_a_saving():
    from analysis.report import reforms

    saved = "Joint buying of stents cut prices, saving more than 80 million yuan in costs, up 30% on the year."
    expected = "The change is expected to save patients nearly 2 billion yuan every year."
    assert reforms.sum_kind(saved, "80 million yuan") == ("savings", True)
    assert reforms.sum_kind(expected, "2 billion yuan") == ("savings", True)
