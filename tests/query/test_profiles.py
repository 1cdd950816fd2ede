"""The choice of profiles: the entities with the most initiatives and sums of money, not the most mentions."""

from factstore import fact, profiled_store

from analysis.query import profiles


def org(doc, start, name, jur="UK"):
    return fact(doc, "organization", start, start + len(name), name=name, jurisdiction=jur, org_type="university")


def deal(doc, start, *parties):
    ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
    return fact(doc, "partnership", start, start + 6, sentence_start=start, parties=list(parties), party_ids=ids)


DOCS = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 900} for d in ("a", "b")]


def test_profiles_follow_initiatives_and_sums_not_mentions(tmp_path):
    rows = [
        # a body named in two articles, in one initiative with money in its sentence
        org("a", 0, "Kestrel College", "mainland China"), org("a", 40, "Southport University"),
        deal("a", 10, "Kestrel College", "Southport University"),
        fact("a", "amount", 20, sentence_start=10, value=3e6, unit="GBP", object="a lab"),
        org("b", 0, "Kestrel College", "mainland China"),
        # a body named in both articles three times each, and in one initiative without money
        *[org(d, 100 + 40 * i, "Northvale University") for d in ("a", "b") for i in range(3)],
        org("b", 300, "Eastbay Hospital", "mainland China"),
        deal("b", 310, "Northvale University", "Eastbay Hospital"),
        # a person named in both articles, in no initiative; one named once, in the money sentence
        fact("a", "person", 500, 510, sentence_start=500, name="Ann Lee"),
        fact("b", "person", 500, 510, sentence_start=500, name="Ann Lee"),
        fact("a", "person", 15, 25, sentence_start=10, name="Tom Hale"),
    ]  # fmt: skip
    with profiled_store(tmp_path, rows, DOCS) as s:
        orgs = [(r["label"], r["score"]) for r in profiles.candidates(s, "organization", 5)]
        people = [r["label"] for r in profiles.candidates(s, "person", 5)]
    # one initiative and one sum each for the college and its partner; the others' initiative rests on one passing
    # statement (no name, money, date or field of its own), which no report counts: six mentions make no profile
    assert orgs == [("Kestrel College", 2), ("Southport University", 2)]
    assert people == ["Tom Hale"]


def test_a_conversion_is_the_same_sum_and_an_initiatives_name_is_not_a_body_to_profile(tmp_path):
    rows = [
        # £1 million ($1.3 million) for the college: one sum; a second, different sum in the sentence counts
        org("a", 0, "Kestrel College", "mainland China"), org("a", 40, "Southport University"),
        deal("a", 10, "Kestrel College", "Southport University"),
        fact("a", "amount", 60, sentence_start=0, value=1e6, unit="GBP", object="funding"),
        fact("a", "amount", 80, sentence_start=0, value=1.3e6, unit="USD", object="funding"),
        fact("a", "amount", 120, sentence_start=0, value=9e6, unit="USD", object="a lab"),
        # an alliance that is an initiative's name is not profiled as a body
        org("b", 0, "Westmoor Hospital Alliance", "mainland China"), org("b", 40, "Eastbay Hospital", "mainland China"),
        org("b", 80, "Harbour Clinic", "mainland China"),
        fact("b", "partnership", 10, 16, sentence_start=0, parties=["Eastbay Hospital", "Harbour Clinic"],
             party_ids=["org:eastbay-hospital", "org:harbour-clinic"], initiative="Westmoor Hospital Alliance"),
    ]  # fmt: skip
    with profiled_store(tmp_path, rows, DOCS) as s:
        orgs = {r["label"]: r["score"] for r in profiles.candidates(s, "organization", 9)}
    # two sums; its initiative (its money in another sentence) rests on one passing statement: not counted
    assert orgs["Kestrel College"] == 2
    assert "Westmoor Hospital Alliance" not in orgs and orgs["Eastbay Hospital"] == 1
