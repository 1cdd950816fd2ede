"""Partnership facts merge into initiatives: by name, by party set across articles, by shared parties within an
article; each initiative counted once per article with its salience."""

import pytest
from factstore import fact, store_of

from analysis.facts.schema import fact_id
from analysis.query import figures, initiatives, scope, timeline

NV, HC, EB = "Northvale University", "Harbour City Medical College", "Eastbay Hospital"
WC, LT = "Westmoor Council", "Lakeside Trust"


def fact_of(row):
    """A copy of a facts row with its own id."""
    return row | {"fact_id": fact_id(row)}


def org(doc, start, name, jur):
    return fact(doc, "organization", start, start + len(name), name=name, jurisdiction=jur, org_type="university")


def deal(doc, start, sentence_start, parties, initiative=None, field="education and training"):
    ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
    return fact(
        doc,
        "partnership",
        start,
        start + 6,
        sentence_start=sentence_start,
        parties=parties,
        party_ids=ids,
        initiative=initiative,
        field=field,
    )


FACTS = [
    org("d1", 10, NV, "UK"), org("d1", 40, HC, "mainland China"), org("d1", 320, EB, "mainland China"),
    deal("d1", 12, 0, [NV, HC], "Joint Nursing Academy"),
    fact("d1", "date", 70, sentence_start=0, date="2021", event="launched"),
    fact("d1", "amount", 50, sentence_start=0, value=5_000_000.0, unit="GBP", object="funding"),
    deal("d1", 305, 300, [NV, HC, EB]),
    # money in a sentence of the same parties that does not name the academy is not the academy's
    fact("d1", "amount", 350, sentence_start=300, value=9_000_000.0, unit="GBP", object="a hospital wing"),
    org("d3", 10, NV, "UK"), org("d3", 40, HC, "mainland China"),
    deal("d3", 500, 480, [NV, HC], field="other"),
    org("d3", 600, WC, "UK"), org("d3", 640, LT, "UK"),
    deal("d3", 610, 600, [WC, LT], field="other"),
]  # fmt: skip
DOCS = [
    {"doc_id": "d1", "file": "d1.txt", "n_chars": 2000, "title": "T", "title_start": 0, "title_end": 60},
    {"doc_id": "d3", "file": "d3.txt", "n_chars": 2000},
]


def test_one_initiative_from_a_launch_sentence_a_partner_list_and_another_article(tmp_path):
    with store_of(tmp_path, FACTS, DOCS) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
        money = s.value("SELECT value FROM facts WHERE fact_id = ?", [top[0]["money_fact"]])
    assert [t["label"] for t in top] == ["Joint Nursing Academy", "Lakeside Trust – Westmoor Council"]
    first = top[0]
    assert first["parties"] == [EB, HC, NV]
    assert first["sides"] == ["mainland China", "mainland China", "UK"]
    assert first["n_articles"] == 2
    assert (first["first_year"], first["latest_year"]) == ("2021", "2021")
    assert first["field"] == "education and training"  # the field its statements state; "other" states none
    assert money == 5_000_000.0
    # headline (3) in d1 + body (1) in d3, one party beyond two, money stated with it
    assert first["score"] == 3 + 1 + 1 + 1
    assert top[1]["score"] == 1 and top[1]["field"] == "other"


def test_a_statement_of_another_field_beside_a_named_initiative_of_the_same_parties_is_its_own(tmp_path):
    """The two universities setting up a named research centre also run a joint degree: two cooperations, each with
    its field; a statement of the same parties stating no field is the named one's."""
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 5, 0, [NV, HC], field="education and training"),
        deal("a", 105, 100, [NV, HC], "Northvale-Harbour Centre for Ageing Research", field="research"),
        deal("a", 205, 200, [NV, HC], field="other"),
        deal("a", 305, 300, [NV, HC], field="education and training"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["name"] or "", t["field"]) for t in initiatives.top(s, 5))
        n = s.value(
            "SELECT count(*) FROM initiative_of o JOIN initiatives i USING (initiative_id) WHERE i.name IS NULL"
        )
    assert got == [("", "education and training"), ("Northvale-Harbour Centre for Ageing Research", "research")]
    assert n == 2


def test_the_fields_of_a_named_initiative_are_those_of_its_own_parties(tmp_path):
    """Another pair's "Joint Laboratory" in education lends the same name no field of the first pair's: their
    education statement is still a cooperation of its own beside their research laboratory."""
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 105, 100, [NV, HC], "Joint Laboratory", field="research"),
        deal("a", 205, 200, [NV, HC], field="education and training"),
        org("b", 0, WC, "UK"), org("b", 30, LT, "UK"),
        deal("b", 105, 100, [WC, LT], "Joint Laboratory", field="education and training"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["parties"], t["name"] or "", t["field"]) for t in initiatives.top(s, 5))
    assert got == [
        ([HC, NV], "", "education and training"),
        ([HC, NV], "Joint Laboratory", "research"),
        ([LT, WC], "Joint Laboratory", "education and training"),
    ]


def test_the_same_parties_in_two_articles_are_one_initiative_without_a_name(tmp_path):
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), deal("a", 5, 0, [NV, HC]),
        org("b", 0, HC, "mainland China"), org("b", 40, NV, "UK"), deal("b", 5, 0, [HC, NV]),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
    assert len(top) == 1 and top[0]["n_articles"] == 2 and top[0]["name"] is None


def test_the_same_parties_in_two_articles_stating_two_fields_are_two_initiatives(tmp_path):
    """A training memorandum in one article and a referral agreement of the same two bodies in another are two
    cooperations; a third article stating no field joins the first statement, and one article stating both keeps
    its own statements together."""
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), deal("a", 5, 0, [NV, HC]),
        org("b", 0, HC, "mainland China"), org("b", 40, NV, "UK"),
        deal("b", 5, 0, [HC, NV], field="clinical services"),
        org("c", 0, NV, "UK"), org("c", 30, HC, "mainland China"), deal("c", 5, 0, [NV, HC], field="other"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["field"], t["n_articles"]) for t in initiatives.top(s, 5))
    assert got == [("clinical services", 1), ("education and training", 2)]
    both = [*rows, org("d", 0, NV, "UK"), org("d", 30, HC, "mainland China"), deal("d", 5, 0, [NV, HC]),
            deal("d", 60, 50, [NV, HC], field="clinical services")]  # fmt: skip
    (tmp_path / "both").mkdir()
    with store_of(tmp_path / "both", both) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert [t["n_articles"] for t in initiatives.top(s, 5)] == [4]


def test_two_deals_of_one_article_sharing_one_party_stay_apart(tmp_path):
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), org("a", 90, EB, "mainland China"),
        deal("a", 5, 0, [NV, HC], "Rural Clinics Programme"), deal("a", 95, 80, [NV, EB], "Nurse Exchange"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert sorted(t["name"] for t in initiatives.top(s, 5)) == ["Nurse Exchange", "Rural Clinics Programme"]


def test_an_initiative_is_dated_by_its_sentence_its_launch_nearby_or_when_first_reported(tmp_path):
    s1 = "Northvale University and Harbour City Medical College agreed to train nurses."
    s2 = "The agreement was signed on 3 May 2016 in the college's hall."
    s3 = "Eastbay Hospital, founded in 1901, will work with Westmoor Council to cut waiting times by 2030."
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 20, 0, [NV, HC]),
        # the next sentence dates the signing (nothing but a space between the two)
        fact("a", "date", 110, 120, sentence_start=79, sentence=s2, sentence_end=140, text="3 May 2016",
             date="2016-05-03", event="signed"),
        org("b", 300, EB, "mainland China"), org("b", 360, WC, "UK"),
        deal("b", 330, 300, [EB, WC]),
        # a founding year and a target in its own sentence never date it
        fact("b", "date", 325, 329, sentence_start=300, sentence=s3, text="1901", date="1901", event="founded"),
        fact("b", "date", 390, 394, sentence_start=300, sentence=s3, text="2030", date="2030", event="cut"),
        org("c", 0, EB, "mainland China"), org("c", 40, WC, "UK"), deal("c", 20, 0, [EB, WC]),
    ]  # fmt: skip
    rows[2]["sentence"], rows[2]["sentence_end"] = s1, 78
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2016-05-10"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2019-02-01"},
        {"doc_id": "c", "file": "c.txt", "n_chars": 900, "published": "2018-07-01"},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]): (r["first_year"], r["latest_year"], r["dated"]) for r in initiatives.top(s, 5)}
    assert got == {
        (HC, NV): ("2016", "2016", "stated"),
        # stated by two articles without a usable date: reported first in 2018
        (EB, WC): ("2018", "2018", "reported"),
    }


def test_a_neighbour_dating_something_else_or_a_founding_as_a_venture(tmp_path):
    """ "It was approved by the regulator in March 2023" next to a licence speaks of a product, not of the deal;
    "Founded in 2016 as a joint venture between A and B" dates the venture."""
    s1 = "Northvale University and Harbour City Medical College signed a licence for the inhaler."
    s2 = "It was approved by the regulator in March 2023 for adults."
    s3 = "Founded in 2016 as a joint venture between Eastbay Hospital and Westmoor Council, it runs clinics."
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 20, 0, [NV, HC]),
        fact("a", "date", 125, 135, sentence_start=88, sentence=s2, sentence_end=146, text="March 2023",
             date="2023-03", event="approved"),
        org("b", 45, EB, "mainland China"), org("b", 65, WC, "UK"),
        deal("b", 25, 0, [EB, WC]),
        fact("b", "date", 9, 13, sentence_start=0, sentence=s3, text="2016", date="2016", event="founded"),
    ]  # fmt: skip
    rows[2]["sentence"], rows[2]["sentence_end"] = s1, 87
    rows[-2]["sentence"] = rows[-3]["sentence"] = rows[-4]["sentence"] = s3
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-06-03"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2025-06-03"},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]): (r["first_year"], r["dated"]) for r in initiatives.top(s, 5)}
    assert got == {(HC, NV): ("2025", "reported"), (EB, WC): ("2016", "stated")}
    # the same founding told in the page's notes is a body's history, no step
    docs[1]["notes_start"] = 0
    (tmp_path / "notes").mkdir()
    with store_of(tmp_path / "notes", rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]): (r["first_year"], r["dated"]) for r in initiatives.top(s, 5)}
    assert got[(EB, WC)] == ("2025", "reported")


def test_a_date_of_a_sentence_stating_two_initiatives_dates_the_nearer_one(tmp_path):
    s = f"In March, {NV} signed an MoU with {HC}, and a venture of {NV} and {EB} was set up in 2022 to run trials."
    at = s.index
    rows = [
        org("a", at(NV), NV, "UK"), org("a", at(HC), HC, "mainland China"), org("a", at(EB), EB, "mainland China"),
        deal("a", at("signed"), 0, [NV, HC]), deal("a", at("a venture"), 0, [NV, EB]),
        fact("a", "date", 3, 8, text="March", date="2024-03", event="signed"),
        fact("a", "date", at("2022"), at("2022") + 4, text="2022", date="2022", event="set up"),
    ]  # fmt: skip
    for r in rows:
        r["sentence"], r["sentence_end"] = s, len(s)
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2024-05-10"}]
    with store_of(tmp_path, [fact_of(r) for r in rows], docs) as st:
        scope.register(st, scope.Scope("all"))
        initiatives.register(st)
        got = {tuple(r["parties"]): (r["first_year"], r["latest_year"]) for r in initiatives.top(st, 5)}
        timeline.register(st)
        steps = st.rows(
            "SELECT e.date, i.parties FROM events e JOIN initiatives i USING (initiative_id) ORDER BY e.date"
        )
    assert got == {(HC, NV): ("2024", "2024"), (EB, NV): ("2022", "2022")}
    # the timeline's one step of the sentence gives its date to the initiative stated nearest it
    assert [(r["date"], set(r["parties"])) for r in steps] == [("2024-03", {NV, HC})]


def test_spelling_variants_of_the_parties_are_one_initiative_and_one_party(tmp_path):
    ks1, ks2 = "Kestrel Scholarships Council", "The Kestrel Scholarship Council (KSC)"
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, ks1, "mainland China"), deal("a", 5, 0, [NV, ks1]),
        org("a", 80, ks1, "mainland China"),
        org("b", 0, ks2, "mainland China"), org("b", 40, "Northvale University", "UK"), deal("b", 5, 0, [ks2, NV]),
        # a company with and without its legal form
        org("d", 0, "Brightwell Scans plc", "UK"), org("d", 40, EB, "mainland China"),
        deal("d", 5, 0, ["Brightwell Scans plc", EB]),
        org("e", 0, "Brightwell Scans", "UK"), org("e", 40, EB, "mainland China"),
        deal("e", 5, 0, ["Brightwell Scans", EB]),
        # one party and the same name (folded) in one article: the same initiative
        org("c", 0, NV, "UK"), org("c", 30, HC, "mainland China"), org("c", 60, EB, "mainland China"),
        deal("c", 5, 0, [NV, HC], "Nurses & Midwives Exchange"),
        deal("c", 205, 200, [NV, EB], "the nurses and midwives exchange"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
    assert sorted((t["n_articles"], len(t["parties"]), t["parties"][-1]) for t in top) == [
        (1, 3, NV),
        (2, 2, EB),
        (2, 2, NV),
    ]


def test_money_in_the_next_sentence_naming_a_party_is_the_initiatives(tmp_path):
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), deal("a", 5, 0, [NV, HC]),
        # the next sentence names the college and states the sum
        org("a", 110, HC, "mainland China", ) | {"sentence_start": 101},
        fact("a", "amount", 150, sentence_start=101, value=2_000_000.0, unit="GBP", object="grant"),
        # its conversion in brackets is the same sum, written second
        fact("a", "amount", 170, sentence_start=101, value=2_600_000.0, unit="USD", object="grant"),
        # a sum two sentences on, or next to a sentence of other parties, is not
        fact("a", "amount", 450, sentence_start=402, value=9_000_000.0, unit="GBP", object="budget"),
        org("a", 410, HC, "mainland China") | {"sentence_start": 402},
    ]  # fmt: skip
    for r in rows:
        if r["sentence_start"] == 0:
            r["sentence_end"] = 100
        elif r["sentence_start"] == 101:
            r["sentence_end"] = 200
    # a republished copy of the article states the same sum
    rows += [fact_of(dict(r, doc_id="b", fact_id=None)) for r in rows]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        figures.register(s)
        top = initiatives.top(s, 5)
        money = s.value("SELECT value FROM facts WHERE fact_id = ?", [top[0]["money_fact"]])
        copy = s.value(
            "SELECT fact_id FROM facts WHERE value = 2000000 AND fact_id <> ? ORDER BY fact_id", [top[0]["money_fact"]]
        )
        signers = initiatives.money_parties(s, [top[0]["money_fact"], copy])
    assert money == 2_000_000.0
    # the copy's statement of the sum is the same sum: the same signers
    assert signers == {top[0]["money_fact"]: [HC, NV], copy: [HC, NV]}


def test_money_of_the_next_sentence_whose_subject_stands_for_it_is_the_initiatives(tmp_path):
    """ "Northvale and Harbour City set up a joint institute. The institute will receive £4.2 million." The next
    sentence names no party, but its subject is the institute; a sum in a sentence about something else is not."""
    rows = []
    for doc, partner, after in (
        ("a", HC, "The institute will receive £4.2 million over five years."),
        ("b", EB, "Hospitals in the region spent £4.2 million on new scanners."),
    ):
        rows += [
            org(doc, 0, NV, "UK") | {"sentence_end": 100},
            org(doc, 30, partner, "mainland China") | {"sentence_end": 100},
            deal(doc, 5, 0, [NV, partner]) | {"sentence_end": 100},
            fact(doc, "amount", 130, sentence_start=101, sentence=after, value=4_200_000.0, unit="GBP",
                 object="funding"),
        ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT f.doc_id, f.value FROM initiatives i, unnest(i.fact_ids) AS u(fid)
            JOIN facts p ON p.fact_id = u.fid LEFT JOIN facts f ON f.fact_id = i.money_fact ORDER BY p.doc_id"""
        )
    assert got == [{"doc_id": "a", "value": 4_200_000.0}, {"doc_id": None, "value": None}]


def test_a_sum_of_several_deals_next_to_one_of_them_is_not_its_money(tmp_path):
    """ "Northvale put its name to contracts worth £90m. They include a joint venture with Harbour College": the
    £90m is the total of several deals, not the joint venture's."""
    rows = [
        org("a", 0, NV, "UK") | {"sentence_end": 100},
        fact("a", "amount", 40, sentence_end=100, value=90_000_000.0, unit="GBP", object="investment contracts"),
        org("a", 110, NV, "UK") | {"sentence_start": 101},
        org("a", 150, HC, "mainland China") | {"sentence_start": 101},
        deal("a", 120, 101, [NV, HC]),
    ]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert initiatives.top(s, 5)[0]["money_fact"] is None


def test_an_entity_placed_differently_by_its_articles_takes_the_base_most_rows_state(tmp_path):
    """A generic name is placed per article ("the Transport Bureau" of two Hong Kong articles and one Macao
    article): the entity takes Hong Kong, the base most of its rows state, not the alphabetically last."""
    rows = [
        fact(d, "organization", 0, 19, name="the Transport Bureau", org_type="government", jurisdiction=j)
        for d, j in (("a", "Hong Kong"), ("b", "Macao"), ("c", "Hong Kong"))
    ]
    rows += [fact("d", "organization", 0, 19, name="Northvale Trust", org_type="association", jurisdiction=j)
             for j in ("UK", "unknown")]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = dict(s.con.execute("SELECT name, jurisdiction FROM entities ORDER BY name").fetchall())
    assert got == {"the Transport Bureau": "Hong Kong", "Northvale Trust": "UK"}


def placed(doc, start, name, jur, city, sentence_start=0, sentence=None):
    """An organisation whose name places it in `city` (the cue `attribute_evidence` states)."""
    row = org(doc, start, name, jur) | {"sentence_start": sentence_start}
    row["attribute_evidence"] = f"jurisdiction {jur} from where the branch is based: '{city}'"
    if sentence is not None:
        row["sentence"] = sentence
    return row


def labels(tmp_path, rows, docs=None):
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        return sorted(tuple(t["parties"]) for t in initiatives.top(s, 10))


def test_a_unit_of_a_party_counts_as_that_party(tmp_path):
    """ "Y's X Department" in one article and Y in another are one initiative with the same partners; a centre
    whose name holds its owner's name ("Y University Health Sciences Centre") is that owner's too."""
    dept = "Department of Tropical Nursing"
    s1 = f"A pact links {NV}'s {dept} and {HC}."
    start = s1.index(dept)
    rows = [
        org("a", s1.index(NV), NV, "UK") | {"sentence": s1}, org("a", start, dept, "UK") | {"sentence": s1},
        org("a", s1.index(HC), HC, "mainland China") | {"sentence": s1},
        deal("a", 2, 0, [dept, HC]),
        org("b", 0, NV, "UK"), org("b", 40, HC, "mainland China"), deal("b", 5, 0, [NV, HC]),
        # a centre named after its university, and the university itself restated later in the same article
        org("c", 0, "Eastbay University Health Sciences Centre", "mainland China"), org("c", 50, WC, "UK"),
        deal("c", 5, 0, ["Eastbay University Health Sciences Centre", WC]),
        org("c", 300, "Eastbay University", "mainland China") | {"sentence_start": 300},
        org("c", 340, "Westmoor Council", "UK") | {"sentence_start": 300},
        deal("c", 305, 300, ["Eastbay University", WC]),
    ]  # fmt: skip
    assert labels(tmp_path, rows) == [("Eastbay University", WC), (HC, NV)]


def test_a_units_owner_read_from_acting_on_behalf_of_its(tmp_path):
    unit = "Institute of Coastal Medicine"
    s1 = f"The deal was signed by {HC} and {NV}, acting on behalf of its {unit}."
    rows = [
        org("a", s1.index(HC), HC, "mainland China") | {"sentence": s1},
        org("a", s1.index(NV), NV, "UK") | {"sentence": s1},
        org("a", s1.index(unit), unit, "UK") | {"sentence": s1},
        deal("a", 2, 0, [HC, NV]),
        org("b", 0, unit, "UK"), org("b", 40, HC, "mainland China"), deal("b", 5, 0, [unit, HC]),
    ]  # fmt: skip
    assert labels(tmp_path, rows) == [(HC, NV)]


def test_a_quotation_naming_another_body_of_the_city_and_a_list_of_deals_stay_apart(tmp_path):
    """A quotation naming the city's government beside a partnership with one of the city's bodies is another
    partnership, not a partner of the first; five deals of a list, between other pairs or sharing one party, stay
    five."""
    kh, kg, kc = "Kestrel Municipal Health Commission", "Kestrel Municipal Government", "Kestrel Children's Hospital"
    rows = [
        org("q", 0, NV, "UK"), placed("q", 30, kh, "mainland China", "Kestrel"),
        deal("q", 5, 0, [NV, kh], "Kestrel Rural Doctors Programme"),
        # "NV has a special partnership with the city of Kestrel - not just with health partners, but also with
        # the Kestrel Municipal Government"
        fact("q", "quote", 480, 700, sentence_start=450, quote="..."),
        org("q", 500, NV, "UK") | {"sentence_start": 450}, placed("q", 600, kg, "mainland China", "Kestrel", 450),
        deal("q", 505, 450, [NV, kg]),
        # the same shape outside a quotation, a body of another city, or another field: not a restatement
        org("l", 0, NV, "UK"), placed("l", 30, kh, "mainland China", "Kestrel"), deal("l", 5, 0, [NV, kh]),
        org("l", 100, NV, "UK") | {"sentence_start": 100}, placed("l", 130, kc, "mainland China", "Kestrel", 100),
        deal("l", 105, 100, [NV, kc]),
        org("l", 200, "Dunmore Health Bureau", "UK") | {"sentence_start": 200},
        org("l", 230, LT, "UK") | {"sentence_start": 200}, deal("l", 205, 200, ["Dunmore Health Bureau", LT]),
        org("l", 300, "Pellow Trust", "UK") | {"sentence_start": 300},
        org("l", 330, EB, "mainland China") | {"sentence_start": 300}, deal("l", 305, 300, ["Pellow Trust", EB]),
        org("l", 400, HC, "mainland China") | {"sentence_start": 400},
        org("l", 430, WC, "UK") | {"sentence_start": 400}, deal("l", 405, 400, [HC, WC]),
        fact("l", "quote", 480, 700, sentence_start=450, quote="..."),
        org("l", 500, NV, "UK") | {"sentence_start": 450},
        placed("l", 600, "Harwick City Council", "mainland China", "Harwick", 450),
        deal("l", 505, 450, [NV, "Harwick City Council"]),
    ]  # fmt: skip
    got = labels(tmp_path, rows)
    assert (kh, NV) in got and (kg, NV) in got
    assert sorted(p for p in got if "Kestrel" not in " ".join(p) or kc in p) == sorted(
        [
            ("Dunmore Health Bureau", LT),
            (EB, "Pellow Trust"),
            (HC, WC),
            ("Harwick City Council", NV),
            (kc, NV),
        ]
    )


def test_a_name_listed_with_the_parties_is_not_the_cooperations_name():
    parties = ["Northvale Council", "Kestrel Trade Office", "Harbour Health Exports"]
    listed = "Northvale Council and our partners Kestrel Trade Office, Harbour Health Exports and the BRIGHT Campaign"
    assert initiatives.listed_with_parties(listed, "BRIGHT Campaign", parties)
    after = "The Westmoor Fund, Northvale Council and Kestrel Trade Office met."
    assert initiatives.listed_with_parties(after, "Westmoor Fund", parties)
    launched = "Northvale Council and Kestrel Trade Office launched the Coastal Clinics (Rural) Initiative."
    assert not initiatives.listed_with_parties(launched, "Coastal Clinics (Rural) Initiative", parties)
    organised = "The Meeting of the Harbour Consortium, organised by Northvale Council and Kestrel Trade Office, met."
    assert not initiatives.listed_with_parties(organised, "Harbour Consortium", parties)


def test_a_sum_of_someones_background_is_not_the_initiatives_money(tmp_path):
    s1 = "Her experience of working with Northvale University and Eastbay Hospital on a £2 billion port project helps."
    s2 = "Northvale University and Eastbay Hospital signed a £3 million deal; her experience shows."
    rows = [
        org("a", 40, NV, "UK") | {"sentence": s1}, org("a", 70, EB, "mainland China") | {"sentence": s1},
        deal("a", 30, 0, [NV, EB]),
        fact("a", "amount", s1.index("£2"), sentence_start=0, sentence=s1, value=2e9, unit="GBP", object="port"),
        org("b", 0, NV, "UK") | {"sentence": s2}, org("b", 30, EB, "mainland China") | {"sentence": s2},
        deal("b", 50, 0, [NV, EB]),
        # the cue after the sum, in another clause, does not make it background
        fact("b", "amount", s2.index("£3"), sentence_start=0, sentence=s2, value=3e6, unit="GBP", object="deal"),
    ]  # fmt: skip
    for r in rows:
        if r["kind"] == "partnership":
            r["sentence"] = s1 if r["doc_id"] == "a" else s2
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
        money = s.value("SELECT value FROM facts WHERE fact_id = ?", [top[0]["money_fact"]])
    assert len(top) == 1 and money == 3e6


def test_a_sum_of_a_background_clause_that_alone_states_the_cooperation_is_its_money(tmp_path):
    s1 = "Her experience of working with Northvale University and Eastbay Hospital on a £2 billion port project helps."
    rows = [
        org("a", 31, NV, "UK") | {"sentence": s1}, org("a", 58, EB, "mainland China") | {"sentence": s1},
        deal("a", 18, 0, [NV, EB]) | {"sentence": s1},
        fact("a", "amount", s1.index("£2"), sentence_start=0, sentence=s1, value=2e9, unit="GBP", object="port"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
        money = s.value("SELECT value FROM facts WHERE fact_id = ?", [top[0]["money_fact"]])
    assert len(top) == 1 and money == 2e9


def test_a_partnership_takes_the_name_the_article_gives_what_its_sentence_sets_up(tmp_path):
    s1 = "Northvale University teamed up with Eastbay Hospital to set up an international stroke centre."
    s2 = "The International Stroke Centre will open in May."
    s3 = "Westmoor Council and Lakeside Trust met at the Harbour Conference Centre to sign a deal."
    rows = [
        org("a", 0, NV, "UK") | {"sentence": s1}, org("a", 38, EB, "mainland China") | {"sentence": s1},
        deal("a", 21, 0, [NV, EB]) | {"sentence": s1},
        org("a", 104, "International Stroke Centre", "mainland China") | {"sentence": s2, "sentence_start": 100},
        # a venue named in the sentence is not the name of the deal signed there
        org("b", 0, WC, "UK") | {"sentence": s3}, org("b", 21, LT, "UK") | {"sentence": s3},
        org("b", 45, "Harbour Conference Centre", "UK") | {"sentence": s3},
        deal("b", 36, 0, [WC, LT]) | {"sentence": s3},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["name"] or "", tuple(t["parties"])) for t in initiatives.top(s, 5))
    assert got == [("", (LT, WC)), ("International Stroke Centre", (EB, NV))]


def test_statements_sharing_two_parties_in_other_fields_stay_apart(tmp_path):
    """ "Westmoor, Harbour City and Eastbay will work together on infectious diseases" and "Lakeside, Harbour City
    and Eastbay signed an emergency care agreement" share two parties but not their field: two cooperations."""
    rows = [
        org("a", 0, WC, "UK"), org("a", 20, HC, "mainland China"), org("a", 50, EB, "mainland China"),
        deal("a", 5, 0, [WC, HC, EB], field="public health"),
        org("a", 300, LT, "UK") | {"sentence_start": 300}, deal("a", 305, 300, [LT, HC, EB], field="clinical services"),
    ]  # fmt: skip
    assert labels(tmp_path, rows) == [(EB, HC, LT), (EB, HC, WC)]


def test_the_one_partnership_of_an_article_is_dated_where_the_pair_signed_it(tmp_path):
    s2 = "It was the first joint clinic the pair had run since signing a two-year agreement on 8 May 2019."
    s3 = "The county launched a dental scheme in 2007."
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), deal("a", 5, 0, [NV, HC]),
        fact("a", "date", 500 + s2.index("8 May"), sentence_start=500, sentence=s2, text="8 May 2019",
             date="2019-05-08", event="signing"),
        # a step of the article that is not the pair's does not date it
        fact("a", "date", 700 + s3.index("2007"), sentence_start=700, sentence=s3, text="2007", date="2007",
             event="launched"),
        # in an article stating two partnerships, "the pair" is not one of them
        org("b", 0, NV, "UK"), org("b", 30, HC, "mainland China"), deal("b", 5, 0, [NV, HC]),
        org("b", 100, WC, "UK") | {"sentence_start": 100}, org("b", 130, LT, "UK") | {"sentence_start": 100},
        deal("b", 105, 100, [WC, LT]),
        fact("b", "date", 500 + s2.index("8 May"), sentence_start=500, sentence=s2, text="8 May 2019",
             date="2019-05-08", event="signing"),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2020-01-01"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2021-01-01"},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]): (r["first_year"], r["dated"]) for r in initiatives.top(s, 5)}
    assert got == {(HC, NV): ("2019", "stated"), (LT, WC): ("2021", "reported")}


def test_the_head_word_of_an_initiatives_name():
    assert initiatives.initiative_head("Northvale-Eastbay Centre for Stroke Care") == "centre"
    assert initiatives.initiative_head("Kestrel Nursing Alliance") == "alliance"
    assert initiatives.initiative_head("Northvale Institute of the Eastbay Academy") == "institute"  # a joint body
    assert initiatives.initiative_head("Northvale University") is None
    assert initiatives.initiative_head("Centre") is None


def test_a_name_launched_in_a_sentence():
    assert initiatives.launched_in(
        "The minister unveiled the Kestrel Centre for Eye Care today.", "Kestrel Centre for Eye Care"
    )
    assert initiatives.launched_in(
        "Harbour City took the lead in establishing the Kestrel Alliance.", "Kestrel Alliance"
    )
    assert initiatives.launched_in("The Kestrel Alliance (KA) was officially launched in May.", "Kestrel Alliance")
    assert not initiatives.launched_in("The work will be led by the Kestrel Centre.", "Kestrel Centre")
    assert not initiatives.launched_in("Nothing of it here.", "Kestrel Centre")


def test_a_sentence_describing_what_its_parties_set_up():
    assert initiatives.describes("a and b will set up a joint centre for stroke care.", "centre")
    assert initiatives.describes("they are joining forces to create a new regional training network.", "network")
    assert not initiatives.describes("the centre will open next year.", "centre")


def _cand(name, sentence, where, names_party=False, own="", start=0):
    return {"name": name, "sentence": sentence, "sentence_start": start, "where": where, "names_party": names_party,
            "own": own}  # fmt: skip


def test_the_name_a_partnership_takes_from_its_article():
    own = "northvale university and eastbay hospital will set up a centre for stroke care."
    launch = "The minister unveiled the Northvale-Eastbay Centre for Stroke Care today."
    # launched elsewhere in the article, and described by its head word in the partnership's sentence
    assert initiatives.name_from_context(
        [_cand("Northvale-Eastbay Centre for Stroke Care", launch, initiatives.ELSEWHERE, own=own, start=400)]
    ) == ("Northvale-Eastbay Centre for Stroke Care", 400)
    # elsewhere without a description, or with two launched centres, it is not named
    assert (
        initiatives.name_from_context(
            [_cand("Northvale-Eastbay Centre for Stroke Care", launch, initiatives.ELSEWHERE, own="they met.")]
        )
        is None
    )
    other = "The mayor opened the Harbour Centre for Burns."
    assert initiatives.name_from_context(
        [_cand("Northvale-Eastbay Centre for Stroke Care", launch, initiatives.ELSEWHERE, own=own),
         _cand("Harbour Centre for Burns", other, initiatives.ELSEWHERE, own=own)]
    ) is None  # fmt: skip
    # a neighbouring sentence naming one of its parties names it; one naming none of them does not
    near = "The Kestrel Nursing Network will link Eastbay Hospital with 20 clinics."
    assert initiatives.name_from_context(
        [_cand("Kestrel Nursing Network", near, initiatives.NEXT, names_party=True, start=90)]
    ) == ("Kestrel Nursing Network", 90)
    assert initiatives.name_from_context([_cand("Kestrel Nursing Network", near, initiatives.NEXT)]) is None
    # a body that is not an initiative's (no initiative head) never names it
    assert (
        initiatives.name_from_context(
            [_cand("Westmoor Council", "Westmoor Council said so.", initiatives.NEXT, names_party=True)]
        )
        is None
    )


def test_a_statement_naming_its_deal_by_a_head_word_takes_only_a_name_of_that_head():
    own = "the alliance agreement was signed by the heads of the three hospitals."
    alliance = "Kelby Hospital and Marsh Clinic launched the Westbay Burns Care Alliance."
    lab = "Tarn University and Lyle University agreed to set up the Westbay Joint Laboratory for Genomics."
    cands = [
        _cand("Westbay Burns Care Alliance", alliance, initiatives.ELSEWHERE, own=own, start=10),
        _cand("Westbay Joint Laboratory for Genomics", lab, initiatives.NEXT, names_party=True, own=own, start=300),
    ]
    assert initiatives.name_from_context(cands) == ("Westbay Burns Care Alliance", 10)
    assert initiatives.name_from_context(cands[1:]) is None
    assert initiatives.deal_of_kind(own, "alliance") and not initiatives.deal_of_kind(own, "laboratory")


def test_a_bodys_own_unit_never_names_a_partnership_and_a_name_of_both_parties_does():
    # "director of its Institute of X": the unit of one party, even in a neighbouring sentence naming a party
    unit = (
        "It opened in the presence of Dr Wu, President of Eastbay University and director of its Institute of Eye Care."
    )
    assert initiatives.owned_unit(unit, "Institute of Eye Care")
    assert initiatives.owned_unit("Northvale's Centre for Burns will help.", "Centre for Burns")
    assert not initiatives.owned_unit("They opened the Centre for Burns.", "Centre for Burns")
    post = "It was signed by Ann Vale, Provost of the College of Nursing Studies at Northvale, and Li Wen."
    assert initiatives.owned_unit(post, "College of Nursing Studies")
    assert not initiatives.owned_unit("The two set up the College of Nursing Studies.", "College of Nursing Studies")
    assert (
        initiatives.name_from_context(
            [_cand("Institute of Eye Care", unit, initiatives.NEXT, names_party=True, start=50)]
        )
        is None
    )
    # a name made of two parties' own words is what they set up together
    parties = ["Northvale University", "Eastbay Hospital", "Westmoor Health Trust"]
    assert initiatives.made_of_parties("Northvale-Eastbay Centre for Sight", parties)
    assert not initiatives.made_of_parties("Northvale Centre for Sight", parties)
    assert not initiatives.made_of_parties("University Hospital Centre", parties)


def test_the_name_a_partnerships_own_sentence_gives_it_whatever_its_last_word():
    own = "The venture of Northvale Health and Eastbay Hospital, to be called Harbour Imaging Systems, opens in May."
    assert initiatives.given_name(own, "Harbour Imaging Systems")
    assert initiatives.name_from_context([_cand("Harbour Imaging Systems", own, initiatives.SAME, start=30)]) == (
        "Harbour Imaging Systems",
        30,
    )
    # a body merely named in the sentence, or given a name in another sentence, does not name it
    met = "Northvale Health and Eastbay Hospital met at Harbour Imaging Systems."
    assert not initiatives.given_name(met, "Harbour Imaging Systems")
    assert initiatives.name_from_context([_cand("Harbour Imaging Systems", met, initiatives.SAME)]) is None
    assert initiatives.name_from_context([_cand("Harbour Imaging Systems", own, initiatives.NEXT)]) is None


def test_an_unnamed_partnership_is_named_and_dated_by_the_launch_of_its_centre(tmp_path):
    s1 = "A new partnership between Northvale University and Eastbay Hospital will set up a centre for stroke care."
    s2 = "The minister unveiled the Northvale-Eastbay Centre for Stroke Care in Harbour City today (Monday)."
    s3 = "The work will be led by the Westmoor Stroke Centre."
    name = "Northvale-Eastbay Centre for Stroke Care"
    rows = [
        org("a", 26, NV, "UK") | {"sentence": s1}, org("a", 50, EB, "mainland China") | {"sentence": s1},
        deal("a", 6, 0, [NV, EB], field="research") | {"sentence": s1, "sentence_end": 106},
        # a caption line stands between the two paragraphs: the launch is not a neighbour
        org("a", 226, name, "mainland China") | {"sentence": s2, "sentence_start": 200, "sentence_end": 298},
        fact("a", "date", 285, 290, sentence_start=200, sentence=s2, sentence_end=298, text="today",
             date="2019-03-04", event="unveiled"),
        org("a", 328, "Westmoor Stroke Centre", "UK") | {"sentence": s3, "sentence_start": 300},
    ]  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2019-03-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert top["name"] == name and top["parties"] == [EB, NV]
    assert (top["first_year"], top["dated"]) == ("2019", "stated")


def test_a_body_that_is_a_party_never_names_a_partnership(tmp_path):
    s1 = "Northvale University and the Kestrel Care Alliance agreed to train nurses."
    s2 = "The Kestrel Care Alliance was launched in 2015 by Eastbay Hospital."
    rows = [
        org("a", 0, NV, "UK") | {"sentence": s1}, org("a", 30, "Kestrel Care Alliance", "UK") | {"sentence": s1},
        deal("a", 50, 0, [NV, "Kestrel Care Alliance"]) | {"sentence": s1, "sentence_end": 72},
        org("a", 78, "Kestrel Care Alliance", "UK") | {"sentence": s2, "sentence_start": 74},
        org("a", 126, EB, "UK") | {"sentence": s2, "sentence_start": 74},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert top["name"] is None


def test_a_joint_institute_next_to_the_partnership_names_it_unless_it_is_a_party_elsewhere(tmp_path):
    ka = "Kestrel Academy of Sciences"
    s1 = "The agreements were signed between Kestrel Academy of Sciences and Northvale University."
    s2 = f"They provide for the Northvale Institute of the {ka}, run together with the University."
    s3 = "Eastbay Hospital and Westmoor Council signed a memorandum on care."
    s4 = f"Eastbay Hospital is a unit of the {ka}."
    rows = [
        org("a", 35, ka, "mainland China") | {"sentence": s1}, org("a", 67, NV, "UK") | {"sentence": s1},
        deal("a", 15, 0, [ka, NV], field="research") | {"sentence": s1, "sentence_end": 88},
        org("a", 110, f"Northvale Institute of the {ka}", "UK") | {"sentence": s2, "sentence_start": 90},
        org("b", 0, EB, "mainland China") | {"sentence": s3}, org("b", 21, WC, "UK") | {"sentence": s3},
        deal("b", 36, 0, [EB, WC], field="other") | {"sentence": s3, "sentence_end": 66},
        # the academy owns a party in the next sentence, but is a party in the other article: a body, not a name
        org("b", 68, EB, "mainland China") | {"sentence": s4, "sentence_start": 68},
        org("b", 102, ka, "mainland China") | {"sentence": s4, "sentence_start": 68},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["name"] or "", tuple(t["parties"])) for t in initiatives.top(s, 5))
    assert got == [("", (EB, WC)), (f"Northvale Institute of the {ka}", (ka, NV))]


def test_an_initiative_stated_only_by_who_organised_an_event_of_it_says_so(tmp_path):
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 10, 0, [NV, HC], "Coast Health Alliance") | {"text": "organised by"},
        org("b", 0, EB, "mainland China"), org("b", 30, WC, "UK"),
        deal("b", 10, 0, [EB, WC], "Kestrel Care Network") | {"text": "co-organised by"},
        deal("b", 60, 50, [EB, WC], "Kestrel Care Network") | {"text": "signed an agreement"},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {t["name"]: t["organisers"] for t in initiatives.top(s, 5)}
    # the network's parties also signed an agreement: they are more than organisers
    assert got == {"Coast Health Alliance": True, "Kestrel Care Network": False}


def test_money_in_the_sentence_before_naming_a_district_party_is_the_initiatives(tmp_path):
    """ "Futian district signed agreements that will put 900 million yuan into its hospitals. The hospitals will be
    expanded by the district in partnership with A": the district is a party, named as a place before."""
    dist = fact("a", "place", 0, 6, sentence_start=0, sentence_end=100, name="Futian", jurisdiction="mainland China")
    money = fact("a", "amount", 50, sentence_start=0, sentence_end=100, value=9e8, unit="CNY", object="hospitals")
    pact = deal("a", 130, 101, ["Futian", HC]) | {"party_ids": ["place:futian", "org:" + HC.lower().replace(" ", "-")]}
    rows = [dist, money, org("a", 160, HC, "mainland China") | {"sentence_start": 101}, pact]
    for r in rows[2:]:
        r["sentence_end"] = 200
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
        assert s.value("SELECT value FROM facts WHERE fact_id = ?", [top[0]["money_fact"]]) == 9e8
    # a district signing with a hospital of its side is a party itself
    assert top[0]["parties"] == ["Futian", HC]


def test_a_province_named_beside_a_body_of_its_side_is_no_party_of_its_own(tmp_path):
    """ "Guangdong and Harbourside's bureau deepen cooperation" with Westvale Hospital of Guangdong signing: the
    province is named by its body, a district would not be."""
    prov = fact("a", "place", 0, 9, sentence_start=0, name="Guangdong", jurisdiction="mainland China")
    pact = deal("a", 60, 0, ["Guangdong", HC, "Harbour Bureau"]) | {
        "party_ids": ["place:guangdong", "org:" + HC.lower().replace(" ", "-"), "org:harbour-bureau"]
    }
    rows = [prov, org("a", 20, HC, "mainland China"), org("a", 40, "Harbour Bureau", "Hong Kong"), pact]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert top["parties"] == ["Harbour Bureau", HC]


def test_university_of_a_town_and_the_towns_university_are_one_body(tmp_path):
    rows = [
        org("a", 0, "University of Tollan", "UK"), org("a", 30, HC, "mainland China"),
        deal("a", 5, 0, ["University of Tollan", HC]),
        org("b", 0, "Tollan University", "UK"), org("b", 30, HC, "mainland China"),
        deal("b", 5, 0, ["Tollan University", HC]),
        org("c", 0, "Tollan Metropolitan University", "UK"), org("c", 40, HC, "mainland China"),
        deal("c", 5, 0, ["Tollan Metropolitan University", HC]),
    ]  # fmt: skip
    got = labels(tmp_path, rows)
    assert len(got) == 2 and (HC, "Tollan Metropolitan University") in got


def test_a_field_stated_by_the_sentence_itself():
    assert initiatives.own_field(
        "Northvale University and Eastbay Hospital will train 40 nurses a year.",
        "education and training",
        [NV, EB],
    )
    # a link in passing states no field, whatever the article around it is about
    assert not initiatives.own_field(
        "Northvale University has a special partnership with the city of Harbour.", "education and training", [NV]
    )
    assert not initiatives.own_field("Northvale University trains nurses.", "other", [NV])


def test_only_cross_side_initiatives_resting_on_more_than_one_passing_statement_count(tmp_path):
    s1 = "Northvale University has a special partnership with Harbour City Medical College."
    s2 = "Northvale University and Eastbay Hospital will train 40 nurses a year."
    s3 = "Westmoor Council and Lakeside Trust will train 12 carers."
    rows = [
        org("d", 0, NV, "UK"), org("d", 60, HC, "mainland China"), org("d", 300, EB, "mainland China"),
        org("d", 600, WC, "UK"), org("d", 640, LT, "UK"),
        fact("d", "partnership", 20, 40, sentence_start=0, sentence=s1, parties=[NV, HC],
             party_ids=["org:northvale-university", "org:harbour-city-medical-college"],
             field="education and training"),
        fact("d", "partnership", 320, 330, sentence_start=300, sentence=s2, parties=[NV, EB],
             party_ids=["org:northvale-university", "org:eastbay-hospital"], field="education and training"),
        fact("d", "partnership", 620, 630, sentence_start=600, sentence=s3, parties=[WC, LT],
             party_ids=["org:westmoor-council", "org:lakeside-trust"], field="education and training"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        weak = {tuple(r["parties"]): r["weak"] for r in s.rows("SELECT parties, weak FROM initiatives")}
        assert weak == {(HC, NV): True, (EB, NV): False, (LT, WC): False}
        counted = s.rows(f"SELECT parties FROM initiatives WHERE {initiatives.COUNTED}")
        assert [r["parties"] for r in counted] == [[EB, NV]]  # the passing link and the UK-only pair do not count


def test_a_cost_next_to_the_partnership_is_not_its_money(tmp_path):
    s2 = "Stroke is estimated to cost Harbour City Medical College £9 million a year."
    s3 = "Harbour City Medical College gives the pair £2 million."
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), deal("a", 5, 0, [NV, HC]),
        org("a", 128, HC, "mainland China") | {"sentence_start": 101},
        fact("a", "amount", 101 + s2.index("£9"), sentence_start=101, sentence=s2, text="£9 million",
             value=9_000_000.0, unit="GBP", object="stroke"),
    ]  # fmt: skip
    for r in rows:
        r["sentence_end"] = 100 if r["sentence_start"] == 0 else 200
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert initiatives.top(s, 5)[0]["money_fact"] is None
    # the same sentence giving money is the initiative's
    rows[-1] = fact("a", "amount", 101 + s3.index("£2"), sentence_start=101, sentence=s3, text="£2 million",
                    value=2_000_000.0, unit="GBP", object="grant", sentence_end=200)  # fmt: skip
    (tmp_path / "b").mkdir()
    with store_of(tmp_path / "b", rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        assert initiatives.top(s, 5)[0]["money_fact"] == rows[-1]["fact_id"]


def test_misspellings_of_one_body_share_its_canonical_id(tmp_path):
    """Names that differ by spacing, a place variant or one letter inside a long word are one body when type and
    base agree; short words a letter apart, different letters after "of", two known places, or a different base
    stay apart."""
    names = [
        ("Westmoor University", "UK", "university"), ("Westmoor Univrsity", "UK", "university"),
        ("Tollan Jiao Tong University", "mainland China", "university"),
        ("Tollan JiaoTong University", "mainland China", "university"),
        ("Macau Health Board", "Macao", "government"), ("Macao Health Board", "Macao", "government"),
        ("Leeds Hospital", "UK", "hospital"), ("Leels Hospital", "UK", "hospital"),
        ("University of A", "UK", "university"), ("University of B", "UK", "university"),
        ("Zhejiang University", "mainland China", "university"),
        ("Zhenjiang University", "mainland China", "university"),
        ("Eastgate Universty", "other", "university"), ("Eastgate University", "UK", "university"),
    ]  # fmt: skip
    rows = [
        fact(f"d{i}", "organization", 0, len(n), name=n, org_type=t, jurisdiction=j)
        for i, (n, j, t) in enumerate(names)
    ]
    rows.append(fact("dx", "organization", 0, 19, name="Westmoor University", org_type="university", jurisdiction="UK"))
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        canon = dict(s.con.execute("SELECT name, canon_id FROM entities").fetchall())
    assert canon["Westmoor Univrsity"] == canon["Westmoor University"] == "org:westmoor-university"
    assert canon["Tollan JiaoTong University"] == canon["Tollan Jiao Tong University"]
    assert canon["Macau Health Board"] == canon["Macao Health Board"]
    for a, b in [
        ("Leeds Hospital", "Leels Hospital"),
        ("University of A", "University of B"),
        ("Zhejiang University", "Zhenjiang University"),
        ("Eastgate Universty", "Eastgate University"),
    ]:
        assert canon[a] != canon[b], (a, b)  # fmt: skip


def test_deals_stated_between_two_sides_place_an_unplaced_party_opposite_its_partner(tmp_path):
    """An article saying its deals are "between British and Chinese organisations": the partner of a Chinese body
    no cue places is shown British; a party of an article saying nothing of the kind stays unplaced."""
    said = "A package of deals between British and Chinese organisations will bring £9m."
    rows = [
        org("a", 0, "Orrin Care", "unknown") | {"sentence": said},
        org("a", 30, EB, "mainland China"),
        deal("a", 5, 100, ["Orrin Care", EB]),
        org("b", 0, "Tarn Works", "unknown"),
        org("b", 30, HC, "mainland China"),
        deal("b", 5, 100, ["Tarn Works", HC]),
    ]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {p: j for t in initiatives.top(s, 5) for p, j in zip(t["parties"], t["sides"])}
    assert got["Orrin Care"] == "UK" and got["Tarn Works"] == "unknown"


def test_a_deals_sentence_naming_a_british_and_a_chinese_place_places_the_unplaced_party(tmp_path):
    """ "Orrin Care signed with Eastbay Hospital in Eastport, a visit from Leeds": a British place and a Chinese one,
    the hospital Chinese -> Orrin Care British. "Tarn Works teams up with the Hong Kong-based Harbour City Medical
    College, and students from China enrol": two places of China say nothing of Tarn Works."""
    rows = [
        org("a", 0, "Orrin Care", "unknown"), org("a", 30, EB, "mainland China"),
        deal("a", 5, 0, ["Orrin Care", EB]),
        fact("a", "place", 60, 68, sentence_start=0, name="Eastport", jurisdiction="mainland China"),
        fact("a", "place", 80, 85, sentence_start=0, name="Leeds", jurisdiction="UK"),
        org("b", 0, "Tarn Works", "unknown"), org("b", 30, HC, "Hong Kong"),
        deal("b", 5, 0, ["Tarn Works", HC]),
        fact("b", "place", 20, 29, sentence_start=0, name="Hong Kong", jurisdiction="Hong Kong"),
        fact("b", "place", 90, 95, sentence_start=0, name="China", jurisdiction="mainland China"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {p: j for t in initiatives.top(s, 5) for p, j in zip(t["parties"], t["sides"])}
    assert got["Orrin Care"] == "UK" and got["Tarn Works"] == "unknown"


def test_the_unplaced_publisher_of_its_own_release_stands_on_the_side_its_partners_are_not(tmp_path):
    """Orrin University's release on its centre with a Chinese hospital, naming "our pathologists in Scotland": the
    university is British. The same text published by a newspaper leaves it unplaced, and so does a release naming
    places of one side only."""

    def case(doc, publisher, places):
        rows = [
            org(doc, 0, "Orrin University", "unknown"), org(doc, 100, EB, "mainland China"),
            deal(doc, 105, 100, ["Orrin University", EB], field="research"),
            *(fact(doc, "place", 200 + 20 * i, 208 + 20 * i, name=n, jurisdiction=j)
              for i, (n, j) in enumerate(places)),
        ]  # fmt: skip
        at = 0 if publisher == "Orrin University" else 900  # the banner naming the publisher
        return rows, {"doc_id": doc, "file": f"{doc}.txt", "n_chars": 1000, "publisher": publisher,
                      "publisher_start": at, "publisher_end": at + len(publisher)}  # fmt: skip

    both = [("Eastport", "mainland China"), ("Scotland", "UK")]
    cases = [case("a", "Orrin University", both), case("b", "Harbour Daily", both),
             case("c", "Orrin University", both[:1])]  # fmt: skip
    got = []
    for k, (rows, doc) in enumerate(cases):
        (tmp_path / str(k)).mkdir()
        with store_of(tmp_path / str(k), rows, [doc]) as s:
            scope.register(s, scope.Scope("all"))
            initiatives.register(s)
            got += [dict(zip(t["parties"], t["sides"]))["Orrin University"] for t in initiatives.top(s, 5)]
    assert got == ["UK", "unknown", "unknown"]


def test_an_acronym_ending_a_name_joins_the_one_name_ending_with_its_words(tmp_path):
    """ "X of TMU" (and "X of MTU", its letters swapped) is "X of Tollan Medical University" when that is the one
    long form of the same type and base; two long forms with the same initials leave the acronym alone."""
    names = [
        "First Hospital of TMU", "First Hospital of MTU", "First Hospital of Tollan Medical University",
        "Third Hospital of KMU", "Third Hospital of Kestrel Medical University",
        "Third Hospital of Kern Medical University",
    ]  # fmt: skip
    rows = [
        fact(f"d{i}", "organization", 0, len(n), name=n, org_type="hospital", jurisdiction="mainland China")
        for i, n in enumerate(names + ["First Hospital of TMU"])  # the acronym form is mentioned more often
    ]
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        canon = dict(s.con.execute("SELECT name, canon_id FROM entities").fetchall())
    assert canon["First Hospital of TMU"] == canon["First Hospital of MTU"] == canon[names[2]]
    assert canon[names[2]] == "org:first-hospital-of-tollan-medical-university"
    assert canon["Third Hospital of KMU"] == "org:third-hospital-of-kmu"


def test_a_generic_name_placed_in_two_places_is_two_bodies(tmp_path):
    """ "Health Board" placed by one article in Eastland and by another in Westland: two bodies, not one name's
    spellings."""
    rows = [
        fact("a", "organization", 0, 12, name="Health Board", entity_id="org:health-board@hong-kong",
             org_type="government", jurisdiction="Hong Kong"),
        fact("b", "organization", 0, 12, name="Health Board", entity_id="org:health-board@macao",
             org_type="government", jurisdiction="Macao"),
        fact("c", "organization", 0, 12, name="Health Board", entity_id="org:health-board@macao",
             org_type="government", jurisdiction="Macao"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = s.rows("SELECT entity_id, canon_id, jurisdiction FROM entities ORDER BY entity_id")
    assert [(r["entity_id"], r["canon_id"], r["jurisdiction"]) for r in got] == [
        ("org:health-board@hong-kong", "org:health-board@hong-kong", "Hong Kong"),
        ("org:health-board@macao", "org:health-board@macao", "Macao"),
    ]


def test_a_name_set_up_in_a_sentence_of_two_partnerships_names_only_the_nearer(tmp_path):
    name = "Kestrel Heart Institute"
    s1 = (
        f"{name} was established under an agreement between Westmoor Council and Northvale University, while "
        "Westmoor Council signed a partnership with Eastbay Hospital in 2024 to build a clinic."
    )
    at = s1.index
    rows = [
        org("a", 0, name, "UK") | {"sentence": s1},
        org("a", at("Westmoor"), WC, "UK") | {"sentence": s1}, org("a", at(NV), NV, "UK") | {"sentence": s1},
        org("a", at(EB), EB, "UK") | {"sentence": s1},
        deal("a", at("agreement"), 0, [WC, NV], field="clinical services") | {"sentence": s1},
        deal("a", at("partnership"), 0, [WC, EB], field="clinical services") | {"sentence": s1},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((tuple(r["parties"]), r["name"]) for r in initiatives.top(s, 5))
    assert got == [((EB, WC), None), ((NV, WC), name)]


def test_a_sentence_of_two_cooperations_gives_a_sum_to_the_nearer_one(tmp_path):
    s = "Kestrel Bio closed a £5m round led by Harbour Capital, and separately licensed a drug to Eastbay Pharma."
    kb, hc, ep = "Kestrel Bio", "Harbour Capital", "Eastbay Pharma"

    def said(name, jur):
        return org("a", s.index(name), name, jur) | {"sentence": s, "org_type": "company"}

    def pact(words, parties):
        return deal("a", s.index(words), 0, parties, field="trade and investment") | {"text": words, "sentence": s}

    rows = [
        said(kb, "UK"), said(hc, "mainland China"), said(ep, "mainland China"),
        pact("round led by", [kb, hc]), pact("licensed a drug to", [kb, ep]),
        fact("a", "amount", s.index("£5"), s.index("£5") + 10, sentence_start=0, sentence=s, value=5e6, unit="GBP",
             object="round"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as st:
        scope.register(st, scope.Scope("all"))
        initiatives.register(st)
        money = {tuple(t["parties"]): t["money_fact"] for t in initiatives.top(st, 5)}
    assert money[(ep, kb)] is None
    assert money[(hc, kb)] is not None


def test_a_named_initiative_takes_no_year_from_its_parties_other_work_together(tmp_path):
    s1 = "Northvale University and Harbour City Medical College opened the Harbour Joint School in 2026."
    s2 = "The two first worked together in 2015 on a nursing course."
    rows = [
        org("a", 0, NV, "UK"), org("a", 25, HC, "mainland China"),
        deal("a", 60, 0, [NV, HC], "Harbour Joint School") | {"sentence": s1, "sentence_end": len(s1)},
        fact("a", "date", 91, 95, sentence_start=0, sentence=s1, text="2026", date="2026", event="opened"),
        deal("a", 200, 200, [NV, HC]) | {"sentence": s2, "sentence_end": 200 + len(s2)},
        fact("a", "date", 233, 237, sentence_start=200, sentence=s2, text="2015", date="2015", event="worked"),
    ]  # fmt: skip
    with store_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2026-06-01"}]) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert (top["name"], top["first_year"], top["latest_year"]) == ("Harbour Joint School", "2026", "2026")


def test_a_renewal_its_sentence_does_not_date_dates_it_up_to_its_articles_year(tmp_path):
    s1 = "Northvale University has renewed its teaching agreement with Harbour City Medical College."
    s2 = "The first agreement was signed in 2019."
    rows = [
        org("a", 0, NV, "UK"), org("a", 66, HC, "mainland China"),
        deal("a", 25, 0, [NV, HC]) | {"sentence": s1, "sentence_end": len(s1)},
        fact("a", "date", len(s1) + 35, len(s1) + 39, sentence_start=len(s1) + 2, sentence=s2,
             sentence_end=len(s1) + 2 + len(s2), text="2019", date="2019", event="signed"),
    ]  # fmt: skip
    with store_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-06-01"}]) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert (top["first_year"], top["latest_year"], top["dated"]) == ("2019", "2025", "stated")


def test_the_year_of_the_deal_a_renewal_renews_does_not_date_the_renewal(tmp_path):
    """ "A has renewed its agreement with B, extending a 2018 partnership": 2018 is the first year, the renewal is of
    the year its article reports it."""
    s1 = "Northvale University has renewed its teaching agreement with Harbour City Medical College, extending a 2018 "
    s1 += "partnership."
    at = s1.index("2018")
    rows = [
        org("a", 0, NV, "UK"), org("a", 66, HC, "mainland China"),
        deal("a", 25, 0, [NV, HC]) | {"sentence": s1, "sentence_end": len(s1)},
        fact("a", "date", at, at + 4, sentence_start=0, sentence=s1, sentence_end=len(s1), text="2018", date="2018",
             event="extending"),
    ]  # fmt: skip
    with store_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-06-01"}]) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        (top,) = initiatives.top(s, 5)
    assert (top["first_year"], top["latest_year"]) == ("2018", "2025")


def test_a_statement_between_places_restates_the_articles_one_cooperation_of_their_bodies(tmp_path):
    office, council = "Eastport Health Office", "Westbay Council"
    rows = [
        fact("a", "place", 0, 8, name="Eastport", jurisdiction="Macao"),
        fact("a", "place", 13, 20, name="Westbay", jurisdiction="mainland China"),
        deal("a", 21, 0, ["Eastport", "Westbay"], field="clinical services")
        | {"party_ids": ["place:eastport", "place:westbay"]},
        org("a", 104, office, "Macao"), org("a", 130, council, "mainland China"),
        deal("a", 150, 100, [office, council], field="clinical services"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
    assert [(t["parties"], t["n_articles"]) for t in top] == [([office, council], 1)]


def test_a_statement_between_places_restates_the_cooperation_stated_nearest_it(tmp_path):
    """ "Norvia and Tarrow agreed to work together" (the lead), then the ministries' dialogue, then, later, a deal of
    two agencies: the lead restates the dialogue, whatever field its words suggest, and no cooperation "Norvia –
    Tarrow" stands of its own."""
    mins, minw, agn, agw = (
        "Norvia Health Ministry",
        "Tarrow Health Ministry",
        "Norvia Drug Agency",
        "Tarrow Drug Office",
    )
    rows = [
        fact("a", "place", 0, 6, name="Norvia", jurisdiction="UK"),
        fact("a", "place", 11, 17, name="Tarrow", jurisdiction="mainland China"),
        deal("a", 18, 0, ["Norvia", "Tarrow"], field="clinical services")  # "agree to cooperate on dementia care"
        | {"party_ids": ["place:norvia", "place:tarrow"]},
        org("a", 104, mins, "UK"), org("a", 130, minw, "mainland China"),
        deal("a", 150, 100, [mins, minw], field="policy and governance"),
        org("a", 404, agn, "UK"), org("a", 430, agw, "mainland China"),
        deal("a", 450, 400, [agn, agw], field="policy and governance"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["parties"], len(t["fact_ids"]), t["field"]) for t in initiatives.top(s, 5))
    assert got == [([agn, agw], 1, "policy and governance"), ([mins, minw], 2, "policy and governance")]
    # the same when the dialogue has a name: the lead is still the named dialogue restated, not a cooperation of
    # another field
    named = [r | {"initiative": "Norvia-Tarrow Health Dialogue"} if r.get("parties") == [mins, minw] else r
             for r in rows]  # fmt: skip
    (tmp_path / "named").mkdir()
    with store_of(tmp_path / "named", named) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = sorted((t["parties"], len(t["fact_ids"]), t["name"]) for t in initiatives.top(s, 5))
    assert got == [([agn, agw], 1, None), ([mins, minw], 2, "Norvia-Tarrow Health Dialogue")]


def test_a_town_named_only_in_a_statement_between_places_is_no_party_beside_the_bodies(tmp_path):
    """ "Tarnby and Harbourside sign a pact" restating the pact of their bodies, none named for them: the
    towns are the bodies' sides, not parties of their own."""
    council, office = "Kelby Council", "Lyle Office"
    rows = [
        fact("a", "place", 0, 6, name="Tarnby", jurisdiction="mainland China"),
        fact("a", "place", 8, 19, name="Harbourside", jurisdiction="Hong Kong"),
        deal("a", 21, 0, ["Tarnby", "Harbourside"], field="clinical services")
        | {"party_ids": ["place:tarnby", "place:harbourside"]},
        org("a", 104, council, "mainland China"), org("a", 130, office, "Hong Kong"),
        deal("a", 150, 100, [council, office], field="clinical services"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        top = initiatives.top(s, 5)
    assert [t["parties"] for t in top] == [[council, office]]


BIOBANK, INSTITUTE = "the Northvale Biobank", "the Northvale–Eastbay Institute for Ageing"


def named_groups(tmp_path, rows):
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        return sorted((t["label"], t["n_articles"]) for t in initiatives.top(s, 10))


def test_two_named_initiatives_of_the_same_parties_stay_apart_and_short_names_join_their_own(tmp_path):
    """The same two universities run a biobank and an institute: two initiatives. "The Institute" and its acronym
    are the institute's short names; a deal of the pair that names nothing joins the one stated most often."""
    rows = []
    for doc, name in [("a", BIOBANK), ("b", INSTITUTE), ("c", "the Institute"), ("d", "NEIA"), ("e", None)]:
        rows += [org(doc, 0, NV, "UK"), org(doc, 30, HC, "mainland China"), deal(doc, 60, 0, [NV, HC], name)]
    got = named_groups(tmp_path, rows)
    assert got == [(BIOBANK, 1), (INSTITUTE, 4)]


def test_two_named_initiatives_in_one_article_stay_apart(tmp_path):
    rows = [
        org("a", 0, NV, "UK"), org("a", 30, HC, "mainland China"), org("a", 300, EB, "mainland China"),
        deal("a", 60, 0, [NV, HC], BIOBANK), deal("a", 360, 300, [NV, HC, EB], INSTITUTE),
        # an unnamed deal of the pair in the same article joins the one its party set names there: no bridge
        deal("a", 660, 600, [NV, HC]),
    ]  # fmt: skip
    got = named_groups(tmp_path, rows)
    assert [label for label, _ in got] == [BIOBANK, INSTITUTE]


def test_a_short_name_of_two_initiatives_joins_the_one_its_article_names(tmp_path):
    other = "the Eastbay Institute of Cancer Care"
    rows = []
    for doc, names in [("a", [INSTITUTE]), ("b", [other]), ("c", ["the Institute", other])]:
        rows += [org(doc, 0, NV, "UK"), org(doc, 30, HC, "mainland China")]
        rows += [deal(doc, 60 + 300 * i, 300 * i, [NV, HC], n) for i, n in enumerate(names)]
    got = named_groups(tmp_path, rows)
    assert got == [(other, 2), (INSTITUTE, 1)]


def test_a_short_form_of_a_name():
    import duckdb

    sql = f"SELECT {initiatives.short_form('$a', '$b')}"
    con = duckdb.connect()

    def short(a, b):
        return con.execute(sql, {"a": a, "b": b, "connectors": initiatives.connectors()}).fetchone()[0]

    long = "northvale eastbay institute for ageing"
    assert short("institute", long) and short("neia", long) and short("neifa", long)
    assert short("eastbay institute", long) and short(long, long)
    assert not short("northvale biobank", long) and not short(long, "institute") and not short("nei", long)


def test_a_name_guessed_from_the_next_sentence_yields_to_the_one_its_article_gives_the_partners(tmp_path):
    """The article launches the academy; "the new project" with the same partners and one more is the academy,
    though the next sentence names an institute with one of its parties (the name it would take from there)."""
    s1 = "Northvale University and Harbour City Medical College will launch the Joint Nursing Academy."
    s2 = "The new project has been set up with Harbour City Medical College and Eastbay Hospital."
    s3 = "Ann Lee said the Kestrel Institute and Northvale University would grow."
    b, c = len(s1) + 1, len(s1) + len(s2) + 2
    rows = [
        org("a", 0, NV, "UK") | {"sentence": s1}, org("a", 25, HC, "mainland China") | {"sentence": s1},
        deal("a", 53, 0, [NV, HC], "Joint Nursing Academy") | {"sentence": s1, "sentence_end": len(s1)},
        org("a", b + 37, HC, "mainland China") | {"sentence": s2, "sentence_start": b},
        org("a", b + 70, EB, "mainland China") | {"sentence": s2, "sentence_start": b},
        deal("a", b + 24, b, [NV, HC, EB]) | {"sentence": s2, "sentence_end": b + len(s2)},
        org("a", c + 17, "Kestrel Institute", "UK") | {"sentence": s3, "sentence_start": c},
        org("a", c + 39, NV, "UK") | {"sentence": s3, "sentence_start": c},
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        guessed = s.rows("SELECT fact_id, initiative FROM p WHERE initiative = 'Kestrel Institute'")
        top = initiatives.top(s, 5)
    assert len(guessed) == 1  # the name the context gives it
    assert [(t["name"], t["parties"]) for t in top] == [("Joint Nursing Academy", [EB, HC, NV])]


def written(doc, sentences, sides=None):
    """Facts of an article written as `sentences` joined by one space, each (text, items): an item is a body's name
    (placed by `sides`, else "UK"), ("deal", words, parties, field) a partnership stated by those words, or
    ("sum", text, value, unit[, object]) a sum of money. A sentence with no items holds no fact (a caption, a
    quotation)."""
    rows, at = [], 0
    for text, items in sentences:
        where = {"sentence_start": at, "sentence_end": at + len(text), "sentence": text}
        for item in items:
            if isinstance(item, str):
                i = text.index(item)
                rows.append(
                    fact(doc, "organization", at + i, at + i + len(item), name=item, text=item, org_type="university",
                         jurisdiction=(sides or {}).get(item, "UK"), **where)
                )  # fmt: skip
            elif item[0] == "deal":
                _, words_, parties, field = item
                i = text.index(words_)
                ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
                rows.append(
                    fact(doc, "partnership", at + i, at + i + len(words_), text=words_, parties=parties,
                         party_ids=ids, field=field, **where)
                )  # fmt: skip
            else:
                _, said, value, unit, *obj = item
                i = text.index(said)
                rows.append(
                    fact(doc, "amount", at + i, at + i + len(said), text=said, value=value, unit=unit,
                         object=obj[0] if obj else "x", **where)
                )  # fmt: skip
        at += len(text) + 1
    return rows


def money_of(tmp_path, rows, docs=None):
    """Each initiative's parties and the text of its money (None when none)."""
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT i.parties, f.text FROM initiatives i LEFT JOIN facts f ON f.fact_id = i.money_fact
            ORDER BY i.parties"""
        )
    return {tuple(r["parties"]): r["text"] for r in got}


CN = {HC: "mainland China", EB: "mainland China"}


def test_a_later_sentence_standing_for_the_initiative_by_the_articles_word_for_it_gives_its_money(tmp_path):
    """ "The institute will receive £3.5 million" two sentences (and a caption) after the agreement to set up a
    joint institute is the institute's money; the noun must be the article's word for that cooperation, and no
    other cooperation may be stated in between."""
    rows = written("a", [
        ("Northvale University signed an agreement with Harbour City Medical College to set up a joint institute.",
         [NV, HC, ("deal", "signed an agreement with", [NV, HC], "research")]),
        ("The agreement was signed in Harbour City on Monday.", []),
        ("[Photo: the two presidents exchange the signed papers.]", []),
        ("The institute will receive £3.5 million over five years.", [("sum", "£3.5 million", 3.5e6, "GBP")]),
    ], CN)  # fmt: skip
    # a programme the article never calls the cooperation is something else
    other = written("b", [
        ("Northvale University signed an agreement with Eastbay Hospital on nurse training.",
         [NV, EB, ("deal", "signed an agreement with", [NV, EB], "education and training")]),
        ("The region's cancer screening is going well.", []),
        ("The programme will receive £2 million from the city.", [("sum", "£2 million", 2e6, "GBP")]),
    ], CN)  # fmt: skip
    # another cooperation stated in between takes the reference
    between = written("c", [
        ("Westmoor Council signed an agreement with Lakeside Trust to build a joint centre.",
         [WC, LT, ("deal", "signed an agreement with", [WC, LT], "clinical services")]),
        ("Lakeside Trust also works with Harbour City Medical College on a new centre.",
         [LT, HC, ("deal", "works with", [LT, HC], "clinical services")]),
        ("The centre will receive £7 million.", [("sum", "£7 million", 7e6, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows + other + between)
    assert got[(HC, NV)] == "£3.5 million"
    assert got[(EB, NV)] is None
    assert got[(LT, WC)] is None and got[(HC, LT)] == "£7 million"


def test_a_noun_of_the_headline_and_a_pronoun_carrying_the_subject_on_give_the_money(tmp_path):
    """The headline calls it an exchange: "The exchange is funded by ..." many sentences on is its money; "It is
    funded with ..." right after a sentence whose subject stands for the consortium is the consortium's."""
    rows = written("a", [
        ("Northvale hospital and Harbour City college agree nursing exchange", ["Harbour City"]),
        ("Northvale University signed the agreement with Harbour City Medical College on 2 June.",
         [NV, HC, ("deal", "signed the agreement with", [NV, HC], "clinical services")]),
        ("Nurses will spend four weeks in each other's wards.", []),
        ("The exchange is funded by the Kestrel Charity, which has committed £180,000.",
         [("sum", "£180,000", 180_000.0, "GBP")]),
    ], CN | {"Harbour City": "mainland China"})  # fmt: skip
    rows += written("b", [
        ("The Coast Stroke Consortium brings together Westmoor Council and Eastbay Hospital.",
         [WC, EB, ("deal", "brings together", [WC, EB], "research")]),
        ("The consortium's first trial will recruit 1,200 patients at Eastbay Hospital.", [EB]),
        ("It is funded with £4.6 million from Westmoor Council.", [("sum", "£4.6 million", 4.6e6, "GBP")]),
    ], CN)  # fmt: skip
    for r in rows:
        if r["doc_id"] == "b" and r["kind"] == "partnership":
            r["initiative"] = "Coast Stroke Consortium"
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 2000, "title_start": 0, "title_end": 66},
            {"doc_id": "b", "file": "b.txt", "n_chars": 2000}]  # fmt: skip
    got = money_of(tmp_path, rows, docs)
    assert got[(HC, NV)] == "£180,000"
    assert got[(EB, WC)] == "£4.6 million"


def test_the_next_sentence_setting_up_the_named_centre_dates_it(tmp_path):
    """ "The centre, set up in 2019, has trained 400 nurses." right after the sentence naming the centre dates the
    cooperation from 2019, though the renewal is reported later."""
    s1 = "Northvale University and Harbour City Medical College renewed the Coast Nursing Centre they co-run."
    s2 = "The centre, set up in 2019, has trained 400 nurses."
    rows = written("a", [
        (s1, [NV, HC, ("deal", "renewed the Coast Nursing Centre they co-run", [NV, HC], "education and training")]),
        (s2, [("sum", "400", 400.0, "count")]),
    ], CN)  # fmt: skip
    for r in rows:
        if r["kind"] == "partnership":
            r["initiative"] = "Coast Nursing Centre"
    at = len(s1) + 1 + s2.index("2019")
    rows.append(fact("a", "date", at, at + 4, sentence_start=len(s1) + 1, sentence=s2, text="2019", date="2019"))
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 2000, "published": "2026-05-04"}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows("SELECT first_year, latest_year, dated FROM initiatives")
    assert got == [{"first_year": "2019", "latest_year": "2026", "dated": "stated"}]


def test_a_headline_sum_naming_a_party_of_the_leads_one_initiative_is_its_money(tmp_path):
    """ "Northvale University licenses its scanner to Harbour buyer in deal worth up to £60m" over a lead stating
    one licence: the headline's sum is the licence's money, larger than a stake stated later; a headline naming
    none of its parties, or over a lead stating two cooperations, gives nothing."""
    head = "Northvale University licenses its scanner to Harbour buyer in deal worth up to £60m"
    rows = written("a", [
        (head, [NV, ("sum", "up to £60m", 6e7, "GBP")]),
        ("Northvale University has licensed its scanner to Harbour City Medical College for ten years.",
         [NV, HC, ("deal", "has licensed its scanner to", [NV, HC], "trade and investment")]),
        ("Harbour City Medical College will also take a stake in Northvale University for £5 million.",
         [NV, HC, ("deal", "take a stake in", [HC, NV], "trade and investment"), ("sum", "£5 million", 5e6, "GBP")]),
    ], CN)  # fmt: skip
    other = "Scanner maker agrees deal worth £40m"
    rows += written("b", [
        (other, [("sum", "£40m", 4e7, "GBP")]),
        ("Westmoor Council has licensed its scanner to Eastbay Hospital.",
         [WC, EB, ("deal", "has licensed its scanner to", [WC, EB], "trade and investment")]),
    ], CN)  # fmt: skip
    lead_a = len(head) + 1
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 2000, "title_start": 0, "title_end": len(head),
             "lead_start": lead_a, "lead_end": lead_a + 90},
            {"doc_id": "b", "file": "b.txt", "n_chars": 2000, "title_start": 0, "title_end": len(other),
             "lead_start": len(other) + 1, "lead_end": len(other) + 70}]  # fmt: skip
    got = money_of(tmp_path, rows, docs)
    assert got[(HC, NV)] == "up to £60m"
    assert got[(EB, WC)] is None


def test_a_later_sentence_on_the_cost_its_parties_bear_gives_its_money(tmp_path):
    """ "The cost, estimated at £240,000 over two years, will be split equally" after the agreement is its money; a
    cost nobody bears ("The cost of stroke care is estimated at £9 million") is not, nor is a cost after another
    cooperation is stated."""
    rows = written("a", [
        ("Northvale University renewed its agreement with Harbour City Medical College for two years.",
         [NV, HC, ("deal", "renewed its agreement with", [NV, HC], "education and training")]),
        ("Each visit will last a month.", []),
        ("The cost, estimated at £240,000 over two years, will be split equally.",
         [("sum", "£240,000", 240_000.0, "GBP")]),
    ], CN)  # fmt: skip
    rows += written("b", [
        ("Westmoor Council signed an agreement with Eastbay Hospital on stroke care.",
         [WC, EB, ("deal", "signed an agreement with", [WC, EB], "clinical services")]),
        ("The cost of stroke care in the region is estimated at £9 million a year.",
         [("sum", "£9 million", 9e6, "GBP")]),
    ], CN)  # fmt: skip
    rows += written("c", [
        ("Lakeside Trust signed an agreement with Harbour City Medical College on nurse training.",
         [LT, HC, ("deal", "signed an agreement with", [LT, HC], "education and training")]),
        ("Lakeside Trust also works with Eastbay Hospital on research.",
         [LT, EB, ("deal", "works with", [LT, EB], "research")]),
        ("The cost, put at £50,000, will be met by Lakeside Trust.", [("sum", "£50,000", 50_000.0, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows)
    assert got[(HC, NV)] == "£240,000"
    assert got[(EB, WC)] is None
    assert got[(HC, LT)] is None and got[(EB, LT)] == "£50,000"


def test_a_deals_value_is_its_money_whatever_words_of_valuation_stand_after_it(tmp_path):
    """The first row of `sum_kinds.tsv` that hits decides: "a supply agreement valued at £8m" is the deal's value,
    and so is "valued at" closing a long clause about the deal with a company's "Co., Ltd." in it; a company's
    valuation is nobody's money."""
    s1 = "Northvale University signed a supply agreement with Harbour City Medical College valued at £8 million."
    s2 = (
        "- a distribution agreement under which Eastbay Hospital Co., Ltd. will sell Westmoor Council's inhalers in "
        "nine provinces, valued at RMB 640 million;"
    )
    s3 = "Lakeside Trust invested in Harbour City Medical College, a start-up which the round values at £90 million."
    rows = written("a", [
        (s1, [NV, HC, ("deal", "signed a supply agreement with", [NV, HC], "trade and investment"),
              ("sum", "£8 million", 8e6, "GBP")]),
        (s2, ["Eastbay Hospital", WC, ("deal", "agreement under which", [EB, WC], "trade and investment"),
              ("sum", "RMB 640 million", 6.4e8, "CNY")]),
        (s3, [LT, HC, ("deal", "invested in", [LT, HC], "trade and investment"),
              ("sum", "£90 million", 9e7, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows)
    assert got[(HC, NV)] == "£8 million"
    assert got[(EB, WC)] == "RMB 640 million"
    assert got[(HC, LT)] is None
    assert initiatives.sum_kind_of(s2, s2.index("RMB"), s2.index("RMB") + 15) == ("deal value", True)
    # what a scheme's users claimed is spending under it, not a deal
    s4 = "Members lodged 9,100 claims with a combined total value of HK$12.5 million."
    assert initiatives.sum_kind_of(s4, s4.index("HK$"), s4.index("HK$") + 13) == ("spending total", False)
    s5 = "The two trusts signed contracts with a total value of £4 million."
    assert initiatives.sum_kind_of(s5, s5.index("£"), s5.index("£") + 10)[1] is True
    # what a body has raised to date is its history, not a pledge; money a deal raises is
    s6 = "Kelvo Bio, which has raised more than £40 million from investors, signed the licence."
    assert initiatives.sum_kind_of(s6, s6.index("£"), s6.index("£") + 11) == ("fundraising to date", False)
    s7 = "The partners raised £40 million to build the clinic."
    assert initiatives.sum_kind_of(s7, s7.index("£"), s7.index("£") + 11) == ("funding pledge", True)
    # a public body's spending as a whole is its running costs; spending on something named is a spending total
    s8 = "Spending by the bureau reached MOP10.8 billion last year."
    assert initiatives.sum_kind_of(s8, s8.index("MOP"), s8.index("MOP") + 13) == ("body's spending", False)
    s9 = "Spending on village clinics reached 2 billion yuan last year."
    assert initiatives.sum_kind_of(s9, s9.index("2 b"), s9.index("2 b") + 14) == ("spending total", False)
    assert initiatives.clause_before("Eastbay Pharma Co., Ltd. will sell; it said Kestrel Co. sold") == (
        " it said Kestrel Co sold"
    )


def test_sums_listed_in_the_initiatives_sentence_are_all_its_money_each_with_who_pays_it(tmp_path):
    """ "worth £7 million and £2.5 million respectively": both; "£3 million from A and RMB 18 million from B": both,
    each paid by the body named after "from"; "the Kestrel Charity, which has committed £180,000": the charity pays;
    a conversion in brackets, or a sum of another clause, is not listed."""
    s1 = (
        "Northvale University agreed pilot contracts with Harbour City Medical College, worth £7 million and "
        "£2.5 million respectively."
    )
    s2 = (
        "Westmoor Council signed a deal with Eastbay Hospital funded with £3 million from Lakeside Trust and "
        "RMB 18 million from Harbour City Medical College."
    )
    s3 = (
        "Lakeside Trust signed a £5 million (US$6.5 million) deal with Eastbay Hospital, which follows a "
        "£2 million grant."
    )
    s4 = (
        "The exchange of Northvale University with Eastbay Hospital is funded by Kestrel Charity, which has "
        "committed £180,000."
    )
    rows = written("a", [
        (s1, [NV, HC, ("deal", "agreed pilot contracts with", [NV, HC], "trade and investment"),
              ("sum", "£7 million", 7e6, "GBP"), ("sum", "£2.5 million", 2.5e6, "GBP")]),
    ], CN)  # fmt: skip
    rows += written("b", [
        (s2, [WC, EB, LT, HC, ("deal", "signed a deal with", [WC, EB], "research"), ("sum", "£3 million", 3e6, "GBP"),
              ("sum", "RMB 18 million", 1.8e7, "CNY")]),
    ], CN)  # fmt: skip
    rows += written("c", [
        (s3, [LT, EB, ("deal", "signed a", [LT, EB], "trade and investment"), ("sum", "£5 million", 5e6, "GBP"),
              ("sum", "US$6.5 million", 6.5e6, "USD"), ("sum", "£2 million", 2e6, "GBP")]),
    ], CN)  # fmt: skip
    rows += written("d", [
        (s4, [NV, EB, "Kestrel Charity", ("deal", "exchange of", [NV, EB], "clinical services"),
              ("sum", "£180,000", 1.8e5, "GBP")]),
    ], CN)  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT i.parties, list(f.text ORDER BY f.start) AS sums, list(f.fact_id ORDER BY f.start) AS ids
            FROM initiatives i, unnest(i.money_facts) AS u(fid) JOIN facts f ON f.fact_id = u.fid
            GROUP BY i.parties ORDER BY i.parties"""
        )
        money = {tuple(r["parties"]): r["sums"] for r in got}
        funders = initiatives.money_funders(s, [i for r in got for i in r["ids"]])
        texts = {s.value("SELECT text FROM facts WHERE fact_id = ?", [i]): n for i, n in funders.items()}
    assert money == {
        (HC, NV): ["£7 million", "£2.5 million"],
        (EB, WC): ["£3 million", "RMB 18 million"],
        (EB, LT): ["£5 million"],
        (EB, NV): ["£180,000"],
    }
    assert texts == {"£3 million": LT, "RMB 18 million": HC, "£180,000": "Kestrel Charity"}


def test_a_cooperation_of_some_of_the_partners_tied_to_the_earlier_one_is_part_of_it(tmp_path):
    """ "Alongside the trial, the college and the hospital will run a fellowship" after four bodies formed a research
    consortium is the consortium's, though it states another field; a trade mission's deals, each with its own
    partners and sentence, stay apart, and so does a deal of two parties held by two wider cooperations."""
    consortium = written("a", [
        ("Northvale University, Westmoor Council, Harbour City Medical College and Eastbay Hospital formed a research "
         "consortium.", [NV, WC, HC, EB, ("deal", "formed a research consortium", [NV, WC, HC, EB], "research")]),
        ("Alongside the trial, the college and the hospital will run a nurse fellowship with Westmoor Council.",
         [WC, ("deal", "will run", [WC, EB], "education and training")]),
        ("Northvale University also has a long exchange with Eastbay Hospital.",
         [NV, EB, ("deal", "has a long exchange with", [NV, EB], "clinical services")]),
    ], CN)  # fmt: skip
    mission = written("b", [
        ("- Northvale University signed a licensing deal with Harbour City Medical College;",
         [NV, HC, ("deal", "signed a licensing deal with", [NV, HC], "trade and investment")]),
        ("- Lakeside Trust formed a joint venture with Eastbay Hospital;",
         [LT, EB, ("deal", "formed a joint venture with", [LT, EB], "trade and investment")]),
        ("- Westmoor Council also agreed contracts with Harbour City Medical College.",
         [WC, HC, ("deal", "agreed contracts with", [WC, HC], "trade and investment")]),
    ], CN)  # fmt: skip
    two = written("c", [
        ("Northvale University, Westmoor Council and Eastbay Hospital formed an alliance.",
         [NV, WC, EB, ("deal", "formed an alliance", [NV, WC, EB], "research")]),
        ("Northvale University, Westmoor Council and Lakeside Trust set up a fund.",
         [NV, WC, LT, ("deal", "set up a fund", [NV, WC, LT], "trade and investment")]),
        ("As part of the plan, the university and the council will also train nurses.",
         [("deal", "will also train", [NV, WC], "education and training")]),
    ], CN)  # fmt: skip
    with store_of(tmp_path, consortium + mission + two) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT f.doc_id, i.parties, i.field FROM initiatives i JOIN facts f ON f.fact_id = i.fact_ids[1]
            ORDER BY f.doc_id, i.parties"""
        )
    got = [(r["doc_id"], tuple(r["parties"]), r["field"]) for r in got]
    assert got == [
        ("a", (EB, HC, NV, WC), "research"),  # the fellowship is the consortium's; its field is the consortium's
        ("a", (EB, NV), "clinical services"),  # no words tie the older exchange to the consortium
        ("b", (EB, LT), "trade and investment"),
        ("b", (HC, NV), "trade and investment"),
        ("b", (HC, WC), "trade and investment"),
        ("c", (EB, NV, WC), "research"),
        ("c", (LT, NV, WC), "trade and investment"),
        ("c", (NV, WC), "education and training"),
    ]


def test_a_joint_release_of_routine_statistics_is_no_initiative(tmp_path):
    """ "The commission and the statistics bureau jointly released the city's health statistics bulletin" puts a
    document of record out together: no initiative; a joint notice of measures, or a joint programme, is one."""
    bureau, commission = "Harbour City Bureau of Statistics", "Harbour City Health Commission"
    sides = {bureau: "mainland China", commission: "mainland China", EB: "mainland China"}
    rows = written("a", [
        (f"The {commission} and the {bureau} on 16 June jointly released the city's health statistics bulletin for "
         "2025.", [commission, bureau, ("deal", "jointly released", [commission, bureau], "other")]),
        (f"The {commission} and Eastbay Hospital jointly issued a notice on cross-border referrals.",
         [commission, EB, ("deal", "jointly issued", [commission, EB], "clinical services")]),
    ], sides)  # fmt: skip
    rows += written("b", [
        (f"The {bureau} and Eastbay Hospital jointly published the annual yearbook of hospital statistics.",
         [bureau, EB, ("deal", "jointly published", [bureau, EB], "other")]),
        ("Westmoor Council and Lakeside Trust jointly launched a data programme for carers.",
         [WC, LT, ("deal", "jointly launched", [WC, LT], "public health")]),
        (f"Northvale University and the {bureau} jointly issued guidelines on sharing patient data.",
         [NV, bureau, ("deal", "jointly issued", [NV, bureau], "policy and governance")]),
    ], sides)  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]) for r in s.rows("SELECT parties FROM initiatives")}
    assert got == {(EB, commission), (LT, WC), (bureau, NV)}


def test_a_joint_release_of_routine_statistics_is_no_step_of_the_timeline(tmp_path):
    bureau, commission = "Harbour City Bureau of Statistics", "Harbour City Health Commission"
    sides = {bureau: "mainland China", commission: "mainland China", EB: "mainland China"}
    first = f"The {commission} and the {bureau} on 16 June jointly released the city's health statistics bulletin."
    second = f"The {commission} and Eastbay Hospital on 18 June jointly issued a notice on cross-border referrals."
    rows = written("a", [
        (first, [commission, bureau, ("deal", "jointly released", [commission, bureau], "other")]),
        (second, [commission, EB, ("deal", "jointly issued", [commission, EB], "clinical services")]),
    ], sides)  # fmt: skip
    at = len(first) + 1
    rows += [
        fact("a", "date", first.index("16 June"), first.index("16 June") + 7, sentence_start=0, sentence=first,
             text="16 June", date="2026-06-16", event="jointly released"),
        fact("a", "date", at + second.index("18 June"), at + second.index("18 June") + 7, sentence_start=at,
             sentence=second, text="18 June", date="2026-06-18", event="jointly issued"),
    ]  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        timeline.register(s)
        got = [r["date"] for r in s.rows("SELECT date FROM events ORDER BY date")]
    assert got == ["2026-06-18"]


def test_a_sum_of_another_deal_named_in_the_sentence_is_not_this_deals_money(tmp_path):
    """ "completed its acquisition of B for £40 million, a month after joining a supply framework worth up to £90
    million": the framework's ceiling is another deal's money; the acquisition's price is this one's."""
    s1 = (
        "Eastbay Hospital completed its acquisition of Westmoor Council for £40 million, a month after joining a "
        "supply framework worth up to £90 million."
    )
    rows = written("a", [
        (s1, [EB, WC, ("deal", "acquisition of", [EB, WC], "trade and investment"),
              ("sum", "£40 million", 4e7, "GBP", "its acquisition of Westmoor Council"),
              ("sum", "up to £90 million", 9e7, "GBP", "supply framework")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(EB, WC)] == "£40 million"


def test_a_sum_before_a_clause_saying_who_runs_a_body_is_not_their_cooperations_money(tmp_path):
    """ "vouchers worth £2,000 a year at Eastbay Hospital, which Northvale University and Harbour City Medical College
    run jointly": the clause says who runs the hospital; the vouchers are no money of that cooperation. A sum in the
    clause of the cooperation itself still is."""
    s1 = (
        "Residents can use vouchers worth £2,000 a year at Eastbay Hospital, which Northvale University and Harbour "
        "City Medical College run jointly."
    )
    rows = written("a", [
        (s1, [NV, HC, EB, ("deal", "run jointly", [NV, HC], "clinical services"),
              ("sum", "£2,000", 2e3, "GBP", "vouchers")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows).get((HC, NV)) is None
    s2 = "Northvale University and Harbour City Medical College will invest £9 million to run the hospital jointly."
    rows = written("b", [
        (s2, [NV, HC, ("deal", "run the hospital jointly", [NV, HC], "clinical services"),
              ("sum", "£9 million", 9e6, "GBP", "Northvale University")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(HC, NV)] == "£9 million"


def test_sums_whose_second_payer_stands_for_the_verb_are_listed_together(tmp_path):
    """ "A will provide £3 million and B 25 million yuan over four years": the second sum's verb is left out after its
    payer's name, and both sums are the joint programme's money, each from its own payer."""
    s1 = (
        "Under the joint programme, Northvale University will provide £3 million and Harbour City Medical College "
        "25 million yuan over four years."
    )
    rows = written("a", [
        (s1, [NV, HC, ("deal", "joint programme", [NV, HC], "research"), ("sum", "£3 million", 3e6, "GBP"),
              ("sum", "25 million yuan", 2.5e7, "CNY")]),
    ], CN)  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT (SELECT list(f.text ORDER BY f.start) FROM facts f WHERE list_contains(i.money_facts, f.fact_id))
              AS texts, i.money_facts AS ids FROM initiatives i"""
        )
        funders = initiatives.money_funders(s, got[0]["ids"])
        by_text = {s.value("SELECT text FROM facts WHERE fact_id = ?", [i]): n for i, n in funders.items()}
    assert [r["texts"] for r in got] == [["£3 million", "25 million yuan"]]
    assert by_text == {"£3 million": NV, "25 million yuan": HC}


def test_the_parts_of_a_total_listed_after_it_are_not_listed_with_it(tmp_path):
    """ "The second phase, worth £6 million, is co-funded by A and B, which will contribute £4 million and 20
    million yuan respectively": the total is the money; its parts are not listed beside it as more money."""
    s1 = (
        "The second phase, worth £6 million, is co-funded by Northvale University and Harbour City Medical College, "
        "which will contribute £4 million and 20 million yuan respectively."
    )
    rows = written("a", [
        (s1, [NV, HC, ("deal", "co-funded by", [NV, HC], "research"), ("sum", "£6 million", 6e6, "GBP"),
              ("sum", "£4 million", 4e6, "GBP"), ("sum", "20 million yuan", 2e7, "CNY")]),
    ], CN)  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = s.rows(
            """SELECT (SELECT list(f.text ORDER BY f.start) FROM facts f WHERE list_contains(i.money_facts, f.fact_id))
              AS texts FROM initiatives i"""
        )
    assert got == [{"texts": ["£6 million"]}]


def test_a_budget_standing_alone_or_spent_for_the_scheme_just_after_the_deal_is_its_money(tmp_path):
    """ "Its overall budget is £2.5 million" and "The office has budgeted £3 million for the scheme" right after a
    cooperation is stated are its money, though they name no party; far from it (another paragraph's worth of text
    between) they are not."""
    rows = written("a", [
        ("Northvale University and Harbour City Medical College announced joint fellowships on Thursday.",
         [NV, HC, ("deal", "announced", [NV, HC], "research")]),
        ("Each fellow will receive up to £100,000.", [("sum", "£100,000", 1e5, "GBP")]),
        ("Its overall budget is £2.5 million, or about 22 million yuan.",
         [("sum", "£2.5 million", 2.5e6, "GBP"), ("sum", "22 million yuan", 2.2e7, "CNY")]),
    ], CN)  # fmt: skip
    rows += written("b", [
        ("Under a three-year arrangement, Westmoor Council has paired with Eastbay Hospital, seconding 20 nurses.",
         [WC, EB, ("deal", "paired with", [WC, EB], "clinical services")]),
        ("The regional health office has budgeted £3 million for the scheme over the three years.",
         [("sum", "£3 million", 3e6, "GBP")]),
    ], CN)  # fmt: skip
    far = ("The city has many clinics and parks along its river front. " * 12).strip()
    rows += written("c", [
        ("Lakeside Trust has paired with Harbour City Medical College on stroke care.",
         [LT, HC, ("deal", "paired with", [LT, HC], "clinical services")]),
        (far, []),
        ("The total budget is £9 million.", [("sum", "£9 million", 9e6, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows)
    assert got[(HC, NV)] == "£2.5 million"
    assert got[(EB, WC)] == "£3 million"
    assert got[(HC, LT)] is None


def test_a_noun_any_deal_bears_stands_for_the_deal_just_stated(tmp_path):
    """ "The deal is backed by a £10 million loan" a sentence after a joint venture is stated is its money,
    though the article never calls the venture a deal."""
    rows = written("a", [
        ("Lakeside Trust has formed a joint venture with Harbour City Medical College to open clinics.",
         [LT, HC, ("deal", "formed a joint venture with", [LT, HC], "trade and investment")]),
        ("Lakeside Trust will hold 40% of the venture.", [LT]),
        ("The deal is backed by a £10 million loan from a development bank.",
         [("sum", "£10 million", 1e7, "GBP", "package")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(HC, LT)] == "£10 million"


def test_a_companys_sales_restated_in_another_currency_are_no_deals_money(tmp_path):
    """A sum restating a company's sales in another currency ("…, or about US$140 million") is the company's sales,
    as the first sum is; a product's starting price is nobody's deal; the cost of what a deal's terms provide is its
    value; a sum budgeted is a pledge."""
    s1 = "Westmoor Council's overseas revenue grew 20% to 1 billion yuan in 2024, or about US$140 million."
    rows = written("a", [
        ("Westmoor Council signed a service contract with Eastbay Hospital.",
         [WC, EB, ("deal", "signed a service contract with", [WC, EB], "clinical services")]),
        (s1, [WC, ("sum", "1 billion yuan", 1e9, "CNY"), ("sum", "about US$140 million", 1.4e8, "USD")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(EB, WC)] is None
    at = s1.index("about US$")
    assert initiatives.sum_kind_of(s1, at, at + 20) == ("company results", False)
    s2 = "Lakeside Trust launched a travel product with Eastbay Hospital, priced from HK$900 a year."
    assert initiatives.sum_kind_of(s2, s2.index("HK$"), s2.index("HK$") + 6) == ("price", False)
    s3 = (
        "It agreed a rental arrangement under which 12 scanners will be rented for three years at a cost of £2 million."
    )
    assert initiatives.sum_kind_of(s3, s3.index("£"), s3.index("£") + 10) == ("deal value", True)
    s4 = "The health office has budgeted £3 million for the scheme."
    assert initiatives.sum_kind_of(s4, s4.index("£"), s4.index("£") + 10) == ("funding pledge", True)
    s5 = "The firm signed 3 deals worth £5 million (about $6 million) today."
    assert initiatives.sum_kind_of(s5, s5.index("$"), s5.index("$") + 10) == ("deals' total", True)


def test_a_sum_referring_back_to_a_companys_results_and_a_bodys_own_spending_are_no_deals_money(tmp_path):
    """ "…'s revenue rose to £40 million, and the firm expects it to pass £60 million": the later sum is the firm's
    revenue too; "has put 300 million yuan into its vaccine programme" is its own spending; a pronoun after a
    clause of a deal keeps the deal's kind, and a sum whose own words say what it is keeps that."""
    s1 = "Westmoor Council's revenue rose 5% to £40 million, and the council expects it to pass £60 million by 2029."
    assert initiatives.sum_kind_of(s1, s1.index("£60"), s1.index("£60") + 11) == ("company results", False)
    s2 = "It has put 300 million yuan into its vaccine programme so far."
    assert initiatives.sum_kind_of(s2, s2.index("300"), s2.index("300") + 16) == ("own spending", False)
    s3 = "Lakeside Trust signed a supply contract worth £9 million, and it will extend it to £12 million."
    assert initiatives.sum_kind_of(s3, s3.index("£12"), s3.index("£12") + 11) == ("deal value", True)
    s4 = "Its profits fell, and it has pledged £7 million to the scheme."
    assert initiatives.sum_kind_of(s4, s4.index("£7"), s4.index("£7") + 10) == ("funding pledge", True)
    s5 = "The council expects the new course to bring in about £6 million over five years."
    assert initiatives.sum_kind_of(s5, s5.index("about"), s5.index("about") + 16) == ("company results", False)
    s6 = "The insurance fund paid out 2.4 billion yuan for hospital care last year."
    assert initiatives.sum_kind_of(s6, s6.index("2.4"), s6.index("2.4") + 15) == ("payment", True)
    rows = written("a", [
        ("Westmoor Council signed a service contract with Eastbay Hospital.",
         [WC, EB, ("deal", "signed a service contract with", [WC, EB], "clinical services")]),
        (s1, [WC, ("sum", "£40 million", 4e7, "GBP"), ("sum", "£60 million", 6e7, "GBP")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(EB, WC)] is None


def test_a_field_in_trade_by_its_sums_alone_is_read_again_without_them():
    """A co-funded renewal whose sentence names trade only by its sums takes the research its article's headline
    states; fellowships paid for are education; a stake, or an article about a trade envoy's deals, stays trade."""
    renewal = "The second phase, worth £6 million, is co-funded by Northvale Council and Eastbay Foundation."
    headline = "Heart trials network wins renewal as joint laboratory opens"
    names = ["Northvale Council", "Eastbay Foundation"]
    assert initiatives.money_free_field([renewal], [headline], ["£6 million"], names) == "research"
    envoy = "A trade envoy's visit yields genomics deals worth £90 million"
    assert initiatives.money_free_field([renewal], [envoy], ["£6 million", "£90 million"], names) is None
    fellows = "Northvale Council and Eastbay Foundation announced 20 joint fellowships, worth £2 million."
    assert initiatives.money_free_field([fellows], [], ["£2 million"], names) == "education and training"
    stake = "Northvale Council will pay £5 million for a 30% stake in Eastbay Foundation."
    assert initiatives.money_free_field([stake], [headline], ["£5 million"], names) is None
    care = "Northvale Council signed a service contract with Eastbay Foundation worth £3 million."
    assert initiatives.money_free_field([care], [], ["£3 million"], names) is None


def test_a_cooperation_in_trade_by_its_sums_alone_is_counted_in_its_own_field(tmp_path):
    """The initiative's field is set again where its sums alone made it trade; one with no money is left as stated."""
    rows = written("a", [
        ("Northvale University and Harbour City Medical College launched a trials network.",
         [NV, HC, ("deal", "launched", [NV, HC], "research")]),
        ("The second phase, worth £6 million, is co-funded by Lakeside Trust and Eastbay Hospital.",
         [LT, EB, ("deal", "co-funded by", [LT, EB], "trade and investment"), ("sum", "£6 million", 6e6, "GBP")]),
        ("Westmoor Council also works with Eastbay Hospital.",
         [WC, EB, ("deal", "works with", [WC, EB], "trade and investment")]),
    ], CN)  # fmt: skip
    head = "Northvale University and Harbour City Medical College launched a trials network."
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 400, "title": head, "title_start": 0, "title_end": len(head)}]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {tuple(r["parties"]): r["field"] for r in s.rows("SELECT parties, field FROM initiatives")}
    assert got[(EB, LT)] == "research"
    assert got[(EB, WC)] == "trade and investment"


def test_a_sentence_put_under_the_agreement_or_spending_for_the_exchange_gives_its_money(tmp_path):
    """ "Under the agreement, B will cover the building costs, estimated at 40 million yuan" a paragraph after the
    deal is its money (a cost a body covers is the deal's); "£1 million for its part of the exchange" far after an
    exchange the article names so is the exchange's; a cost nobody covers is not."""
    filler = "The institute will open in a new building next to the main campus of the medical college. " * 2
    rows = written("a", [
        ("Northvale University and Harbour City Medical College have agreed to set up a joint institute.",
         [NV, HC, ("deal", "agreed to", [NV, HC], "education and training")]),
        (filler.strip(), []),
        ("Under the agreement, Harbour City Medical College will cover the building costs, estimated at 40 million "
         "yuan over six years.", [HC, ("sum", "40 million yuan", 4e7, "CNY")]),
    ], CN)  # fmt: skip
    far = ("The nurses will work on wards across the region for up to six months at a time. " * 8).strip()
    rows += written("b", [
        ("The scheme, known as the Westmoor Nursing Exchange, was agreed between Westmoor Council and Eastbay "
         "Hospital.", [WC, EB, ("deal", "was agreed between", [WC, EB], "education and training")]),
        (far, []),
        ("The clinic has earmarked £1 million for its part of the exchange.",
         [("sum", "£1 million", 1e6, "GBP")]),
    ], CN)  # fmt: skip
    rows += written("c", [
        ("Lakeside Trust has agreed to work with Harbour City Medical College on stroke care.",
         [LT, HC, ("deal", "agreed to work with", [LT, HC], "clinical services")]),
        ("Under the agreement, stroke care is estimated to cost the region £9 million a year.",
         [("sum", "£9 million", 9e6, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows)
    assert got[(HC, NV)] == "40 million yuan"
    assert got[(EB, WC)] == "£1 million"
    assert got[(HC, LT)] is None


def test_a_body_placed_in_one_article_stands_there_where_others_name_it_without_a_cue(tmp_path):
    """ "Orrin Care (UK)" in one article, "Orrin Care" twice without a cue in another: the body is British."""
    rows = [
        fact("a", "organization", 0, 10, name="Orrin Care", org_type="company", jurisdiction="unknown"),
        fact("a", "organization", 40, 50, name="Orrin Care", org_type="company", jurisdiction="unknown"),
        fact("b", "organization", 0, 10, name="Orrin Care", org_type="company", jurisdiction="UK"),
    ]
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = s.rows("SELECT entity_id, jurisdiction FROM entities")
    assert [(r["entity_id"], r["jurisdiction"]) for r in got] == [("org:orrin-care", "UK")]


def test_an_unplaced_name_takes_the_one_base_its_other_spellings_state(tmp_path):
    """The most mentioned spelling ("Tarn Trust") has no cue, another ("The Tarn Trust") is placed: the body the
    report shows stands where that one says; two spellings placed apart leave it unplaced."""
    rows = [
        fact("a", "organization", 0, 10, name="Tarn Trust", org_type="company", jurisdiction="unknown"),
        fact("a", "organization", 40, 50, name="Tarn Trust", org_type="company", jurisdiction="unknown"),
        fact("b", "organization", 0, 14, name="The Tarn Trust", org_type="company", jurisdiction="mainland China"),
    ]
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = s.rows("SELECT e.name, c.jurisdiction FROM entities e JOIN entities c ON c.entity_id = e.canon_id")
    assert {(r["name"], r["jurisdiction"]) for r in got} == {
        ("Tarn Trust", "mainland China"),
        ("The Tarn Trust", "mainland China"),
    }
    split = rows + [fact("c", "organization", 0, 14, name="the Tarn Trust", entity_id="org:the-tarn-trust-2",
                         org_type="company", jurisdiction="UK")]  # fmt: skip
    with store_of(tmp_path, split) as s:
        initiatives.register_entities(s)
        got = s.rows("SELECT jurisdiction FROM entities WHERE entity_id = canon_id")
    assert [r["jurisdiction"] for r in got] == ["unknown"]


def test_a_name_opening_with_its_initials_is_the_name_without_them(tmp_path):
    """ "OCG Orrin Care Group (UK)" in one article, "Orrin Care Group" twice without a cue in another: one body,
    British; "OCX Orrin Care Group" (other letters) and "TMU Tollan Care Group" (another name) stay apart."""
    rows = [
        fact("a", "organization", 0, 20, name="OCG Orrin Care Group", org_type="company", jurisdiction="UK"),
        fact("b", "organization", 0, 16, name="Orrin Care Group", org_type="company", jurisdiction="unknown"),
        fact("b", "organization", 40, 56, name="Orrin Care Group", org_type="company", jurisdiction="unknown"),
        fact("c", "organization", 0, 20, name="OCX Orrin Care Group", org_type="company", jurisdiction="UK"),
        fact("d", "organization", 0, 20, name="TMU Tollan Care Group", org_type="company", jurisdiction="UK"),
    ]
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = s.rows("SELECT e.name, e.canon_id, c.jurisdiction FROM entities e "
                     "JOIN entities c ON c.entity_id = e.canon_id ORDER BY e.name")  # fmt: skip
    assert [(r["name"], r["canon_id"], r["jurisdiction"]) for r in got] == [
        ("OCG Orrin Care Group", "org:orrin-care-group", "UK"),
        ("OCX Orrin Care Group", "org:ocx-orrin-care-group", "UK"),
        ("Orrin Care Group", "org:orrin-care-group", "UK"),
        ("TMU Tollan Care Group", "org:tmu-tollan-care-group", "UK"),
    ]


def test_a_deal_whose_sentence_names_places_of_two_sides_places_its_unplaced_party_opposite_its_partner(tmp_path):
    """ "Orrin Care, the Kestrel maker, signed with the Tarn Hospital in Eastport": a place of the UK and one of
    mainland China in the deal's own sentence, the hospital Chinese -> Orrin Care British. A sentence naming places
    of the partner's side only, or of three sides, places nobody."""
    two = "Orrin Care, the Kestrel maker, signed with the Tarn Hospital in Eastport."
    one = "Tarn Works signed with Harbour City College in Eastport and Westport."
    three = "Dell Labs signed with Harbour City College in Kestrel, Eastport and Bayview."
    rows = [
        org("a", 0, "Orrin Care", "unknown") | {"sentence": two},
        org("a", 40, EB, "mainland China") | {"sentence": two},
        fact("a", "place", 20, 27, name="Kestrel", jurisdiction="UK", sentence=two),
        fact("a", "place", 60, 68, name="Eastport", jurisdiction="mainland China", sentence=two),
        deal("a", 30, 0, ["Orrin Care", EB]) | {"sentence": two},
        org("b", 0, "Tarn Works", "unknown") | {"sentence": one},
        org("b", 30, HC, "mainland China") | {"sentence": one},
        fact("b", "place", 50, 58, name="Eastport", jurisdiction="mainland China", sentence=one),
        fact("b", "place", 63, 71, name="Westport", jurisdiction="mainland China", sentence=one),
        deal("b", 15, 0, ["Tarn Works", HC]) | {"sentence": one},
        org("c", 0, "Dell Labs", "unknown") | {"sentence": three},
        org("c", 20, HC, "mainland China") | {"sentence": three},
        fact("c", "place", 40, 47, name="Kestrel", jurisdiction="UK", sentence=three),
        fact("c", "place", 49, 57, name="Eastport", jurisdiction="mainland China", sentence=three),
        fact("c", "place", 62, 69, name="Bayview", jurisdiction="Hong Kong", sentence=three),
        deal("c", 10, 0, ["Dell Labs", HC]) | {"sentence": three},
    ]
    with store_of(tmp_path, rows) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        got = {p: j for t in initiatives.top(s, 5) for p, j in zip(t["parties"], t["sides"])}
    assert got["Orrin Care"] == "UK"
    assert got["Tarn Works"] == "unknown" and got["Dell Labs"] == "unknown"


def test_a_bodys_total_for_its_financial_year_a_limit_of_exposure_and_a_sum_per_head_are_no_deals_money(tmp_path):
    """ "In the financial year to March, the agency provided £6 billion of support" is the agency's total for the
    year, "an exposure limit of up to £4 billion" a ceiling on what it may risk and "£38,000 per person a year" a sum
    per head; none is a deal's money, while a sum pledged for a scheme, yearly too, is."""
    s1 = "In the financial year to March, the Ostley agency provided £6.1 billion of support for exporters."
    assert initiatives.sum_kind_of(s1, s1.index("£"), s1.index("£") + 12) == ("period total", False)
    s2 = "The bank provided £40 million of support for clinics during its financial year, it said."
    assert initiatives.sum_kind_of(s2, s2.index("£"), s2.index("£") + 11) == ("period total", False)
    s3 = "The agency keeps an exposure limit of up to £4 billion for Norvia."
    assert initiatives.sum_kind_of(s3, s3.index("£"), s3.index("£") + 10) == ("ceiling", False)
    s3 = "Grants were capped at £500,000 on the Ostley side and 2 million yuan on the Norvia side per project."
    assert initiatives.sum_kind_of(s3, s3.index("2 m"), s3.index("2 m") + 13) == ("ceiling", False)
    s4 = "Lakeside Trust will invest up to £5 million in the Ostley hub."
    assert initiatives.sum_kind_of(s4, s4.index("£"), s4.index("£") + 10) == ("funding pledge", True)
    s5 = "Researchers put the cost of care at about £38,000 per person a year."
    assert initiatives.sum_kind_of(s5, s5.index("£"), s5.index("£") + 7) == ("per head", False)
    s6 = "Lakeside Trust will invest £2 million a year in the Ostley hub."
    assert initiatives.sum_kind_of(s6, s6.index("£"), s6.index("£") + 10) == ("funding pledge", True)
    s7 = "Lakeside Trust paid £9 million, a month after it pledged support."
    assert initiatives.sum_kind_of(s7, s7.index("£"), s7.index("£") + 10) == ("payment", True)
    rows = written("a", [
        ("Westmoor Council signed a service contract with Eastbay Hospital.",
         [WC, EB, ("deal", "signed a service contract with", [WC, EB], "clinical services")]),
        ("In the financial year to March, Westmoor Council provided £6.1 billion of support for exporters.",
         [WC, ("sum", "£6.1 billion", 6.1e9, "GBP")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(EB, WC)] is None  # the same reading in the store


def test_a_fee_a_party_pays_in_the_deals_terms_is_its_money_but_not_its_results(tmp_path):
    """A sentence closely after the one statement of a deal, naming a party, gives the deal its money when its own words
    make the sum the deal's: "B will pay a signing fee of ... and staged payments of up to ..."; the
    same party's revenue there is nobody's deal."""
    s2 = "Eastbay Hospital will pay a signing fee of £1.5 million, with milestone payments of up to £6 million."
    rows = written("a", [
        ("Westmoor Council granted Eastbay Hospital a licence to use its records software.",
         [WC, EB, ("deal", "granted", [WC, EB], "trade and investment")]),
        ("The licence runs for ten years.", []),
        (s2, [EB, ("sum", "£1.5 million", 1.5e6, "GBP"), ("sum", "up to £6 million", 6e6, "GBP")]),
    ], CN)  # fmt: skip
    assert money_of(tmp_path, rows)[(EB, WC)] == "up to £6 million"
    assert initiatives.sum_kind_of(s2, s2.index("£1.5"), s2.index("£1.5") + 12) == ("payment", True)
    at = s2.index("up to £6")
    assert initiatives.sum_kind_of(s2, at, at + 16) == ("payment", True)
    rows = written("b", [
        ("Westmoor Council granted Eastbay Hospital a licence to use its records software.",
         [WC, EB, ("deal", "granted", [WC, EB], "trade and investment")]),
        ("Eastbay Hospital reported revenue of £9 million last year.", [EB, ("sum", "£9 million", 9e6, "GBP")]),
    ], CN)  # fmt: skip
    (tmp_path / "b").mkdir()
    assert money_of(tmp_path / "b", rows)[(EB, WC)] is None


def test_a_pronoun_right_after_the_one_sentence_stating_a_centre_carries_its_money(tmp_path):
    """ "The X Centre brings together A and B. It is funded with £3 million from C." gives the centre £3 million,
    though C is no party."""
    rows = written("a", [
        ("The Coast Memory Centre brings together Westmoor Council and Eastbay Hospital.",
         [WC, EB, ("deal", "brings together", [WC, EB], "research")]),
        ("It is funded with £3 million from the Lantern Trust.", [("sum", "£3 million", 3e6, "GBP")]),
    ], CN)  # fmt: skip
    for r in rows:
        if r["kind"] == "partnership":
            r["initiative"] = "Coast Memory Centre"
    assert money_of(tmp_path, rows)[(EB, WC)] == "£3 million"


@pytest.mark.parametrize(
    "sentence,text,expected",
    [
        ("Since 2015, Kelby and Tollby have paid for 31 studies worth £12 million.", "£12 million", False),
        ("The council has provided £12 million to date.", "£12 million", False),
        ("The council will provide £12 million from 2025.", "£12 million", True),
    ],
)
def test_a_sum_totalled_since_a_year_or_to_date_is_no_deals_money(sentence, text, expected):
    at = sentence.index(text)
    kind = initiatives.sum_kind_of(sentence, at, at + len(text))
    assert kind == (("cumulative total", False) if not expected else ("funding pledge", True))


def test_a_sum_put_into_the_articles_word_for_the_initiative_is_its_money(tmp_path):
    """ "Last year £120,000 went into the programme", the headline calling the cooperation a programme: the
    programme's money, though its subject is the sum, not the programme; a sum put into another thing is not."""
    rows = written("a", [
        ("Harbour City nurses join Northvale wards as exchange programme grows", ["Harbour City"]),
        ("Northvale University signed an agreement with Harbour City Medical College in October.",
         [NV, HC, ("deal", "signed an agreement with", [NV, HC], "education and training")]),
        ("Last year £120,000 went into the programme, which covers housing for new staff.",
         [("sum", "£120,000", 120_000.0, "GBP")]),
    ], CN | {"Harbour City": "mainland China"})  # fmt: skip
    rows += written("b", [
        ("Westmoor Council signed an agreement with Eastbay Hospital on nurse training.",
         [WC, EB, ("deal", "signed an agreement with", [WC, EB], "education and training")]),
        ("The council has invested £2 million in the ward.", [("sum", "£2 million", 2e6, "GBP")]),
    ], CN)  # fmt: skip
    docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 2000, "title_start": 0, "title_end": 67},
            {"doc_id": "b", "file": "b.txt", "n_chars": 2000}]  # fmt: skip
    got = money_of(tmp_path, rows, docs)
    assert got[(HC, NV)] == "£120,000"
    assert got[(EB, WC)] is None


def test_a_sum_for_the_pilot_the_article_names_is_its_money_however_far_down(tmp_path):
    """ "The Tarn Shuttle Pilot, run by A and B, ..." and, paragraphs later, "A has set aside £3 million for the
    pilot's first year": the pilot's money, the article calling the cooperation by that word."""
    filler = [("Patients said the crossing now took less time than before, and nurses agreed with them. " * 3, [])] * 3
    rows = written("a", [
        ("Under the Tarn Shuttle Pilot, run by Westmoor Council and Eastbay Hospital, patients travel by ambulance.",
         [WC, EB, ("deal", "run by", [WC, EB], "clinical services")]),
        *filler,
        ("Westmoor Council has set aside £3 million for the pilot's first year.",
         [WC, ("sum", "£3 million", 3e6, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 3000}])
    assert got[(EB, WC)] == "£3 million"


def test_a_sum_for_the_noun_a_named_initiatives_name_ends_with_is_its_money(tmp_path):
    """ "Northvale University and Eastbay Hospital opened the Northvale-Eastbay Imaging Centre", "Both bodies had
    agreed a memorandum in 2022", and paragraphs later "Funding of £1.4 million over four years for the Eastbay
    centre comes from the university": the centre's money."""
    filler = [("Doctors in both cities now review hard cases together, and the first results are due soon. " * 3, [])]
    rows = written("a", [
        ("Northvale University and Eastbay Hospital opened the Northvale-Eastbay Imaging Centre.",
         [NV, EB, ("deal", "opened the", [NV, EB], "research")]),
        ("Both bodies had agreed a memorandum in 2022.",
         [("deal", "agreed a memorandum", [NV, EB], "other")]),
        *filler * 3,
        ("Funding of £1.4 million over four years for the Eastbay centre comes from the university.",
         [("sum", "£1.4 million", 1.4e6, "GBP")]),
    ], CN)  # fmt: skip
    rows[2]["initiative"] = "Northvale-Eastbay Imaging Centre"
    got = money_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 3000}])
    assert got[(EB, NV)] == "£1.4 million"


def test_a_places_spending_total_is_no_deals_money_and_no_cost():
    s = "Tollby's public health spending stood at MOP 4.2 billion last year."
    at = s.index("MOP")
    assert initiatives.sum_kind_of(s, at, at + len("MOP 4.2 billion")) == ("health spending", False)
    s = "Tollby's spending on village clinics stood at MOP 420 million last year."
    at = s.index("MOP")
    assert initiatives.sum_kind_of(s, at, at + len("MOP 420 million")) == ("spending total", False)
    s = "The upgrade is estimated to cost £5 billion a year."
    assert initiatives.sum_kind_of(s, s.index("£"), s.index("£") + 10) == ("cost estimate", False)
    s = "The insurance fund's outlay on clinics rose 4.5% to 8.2 billion yuan in 2025."
    at = s.index("8.2")
    assert initiatives.sum_kind_of(s, at, at + len("8.2 billion yuan")) == ("spending total", False)


def test_the_agreement_named_after_another_deal_stands_for_the_deal_the_article_calls_an_agreement(tmp_path):
    """ "The agreement is worth £9 million" after a sentence about a joint venture stands for the earlier agreement:
    the venture is not called an agreement."""
    rows = written("a", [
        ("Northvale University signed a supply agreement with Harbour City Medical College on Monday.",
         [NV, HC, ("deal", "signed a supply agreement with", [NV, HC], "trade and investment")]),
        ("Northvale University already runs a joint venture set up in 2021 with Eastbay Hospital.",
         [NV, EB, ("deal", "joint venture set up in 2021 with", [NV, EB], "trade and investment")]),
        ("The agreement is worth £9 million over five years.", [("sum", "£9 million", 9e6, "GBP")]),
    ], CN)  # fmt: skip
    got = money_of(tmp_path, rows)
    assert got[(HC, NV)] == "£9 million"
    assert got[(EB, NV)] is None


def test_an_initiative_its_lead_states_runs_to_the_year_its_article_is_published(tmp_path):
    """The lead's news is of the day the article is published; a history its other sentence dates is where the
    cooperation starts: 2018-2025, not 2018 alone. Without a lead stating it, the dated year alone."""
    s1 = f"{NV} and {HC} have agreed to launch a joint PhD programme."
    s2 = f"The agreement builds on links between {NV} and {HC} that began in 2018."
    rows = written("a", [(s1, [NV, HC, ("deal", "agreed to", [NV, HC], "research")]),
                         (s2, [NV, HC, ("deal", "links between", [NV, HC], "research")])],
                   CN | {HC: "mainland China"})  # fmt: skip
    rows.append(fact("a", "date", len(s1) + 1 + s2.index("2018"), len(s1) + 1 + s2.index("2018") + 4,
                     sentence_start=len(s1) + 1, sentence=s2, sentence_end=len(s1) + 1 + len(s2), text="2018",
                     date="2018", event="began"))  # fmt: skip
    got = {}
    for lead in (len(s1), None):  # the lead states it, then an article with no lead
        docs = [{"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2025-03-14"}]
        if lead:
            docs[0] |= {"lead_start": 0, "lead_end": lead}
        (tmp_path / str(lead)).mkdir()
        with store_of(tmp_path / str(lead), rows, docs) as s:
            scope.register(s, scope.Scope("all"))
            initiatives.register(s)
            got[lead] = [(r["first_year"], r["latest_year"]) for r in initiatives.top(s, 5)]
    assert got == {len(s1): [("2018", "2025")], None: [("2018", "2018")]}


def test_a_sum_that_will_support_the_initiatives_work_is_its_money(tmp_path):
    """ "A joint fund of £3.2 million will support the centre's work": the centre's money, the larger than a
    seed grant given "for the centre's first trials"."""
    rows = written("a", [
        ("Northvale University and Eastbay Hospital will set up the Northvale-Eastbay Cancer Centre.",
         [NV, EB, ("deal", "will set up the", [NV, EB], "research")]),
        ("A joint fund of £3.2 million will support the centre's work over five years.",
         [("sum", "£3.2 million", 3.2e6, "GBP")]),
        ("The Kelby Trust has separately awarded £250,000 in seed funding for the centre's first two trials.",
         [("sum", "£250,000", 250_000.0, "GBP")]),
    ], CN)  # fmt: skip
    rows[2]["initiative"] = "Northvale-Eastbay Cancer Centre"
    got = money_of(tmp_path, rows, [{"doc_id": "a", "file": "a.txt", "n_chars": 3000}])
    assert got[(EB, NV)] == "£3.2 million"


def test_the_investment_a_place_aims_to_attract_is_a_target_and_milestones_more_are_payments():
    aim = (
        "The district aims to attract ten more projects into the zone by 2030, with total investment of 9 billion yuan."
    )
    at = aim.index("9 billion")
    assert initiatives.sum_kind_of(aim, at, at + len("9 billion yuan")) == ("investment target", False)
    more = "Tarn Bio could receive up to $640 million more in development and sales milestones."
    at = more.index("$")
    assert initiatives.sum_kind_of(more, at, at + len("$640 million")) == ("milestone payments", True)
