"""People on hand-written sentences."""


def test_title_name_role_affiliation(facts):
    rows = facts("Professor Helen Marsh, Dean of the Faculty of Nursing at the University of Eastport, opened the event.", "person")
    assert len(rows) == 1
    r = rows[0]
    assert r["name"] == "Helen Marsh"
    assert r["affiliation"] == "University of Eastport"
    assert "Dean" in r["role"] and "Professor" in r["role"]


def test_role_before_name_with_affiliation(facts):
    rows = facts("Vice President Liang Wenhao of Northgate Medical College welcomed guests.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [("Liang Wenhao", "Vice President", "Northgate Medical College")]


def test_surname_alone_is_not_a_new_person(facts):
    rows = facts("Dr Oliver Quinton visited the clinic. Later, Dr Quinton met the staff.", "person")
    assert {r["name"] for r in rows} == {"Oliver Quinton"}


def test_title_alone_is_not_a_person(facts):
    assert facts("The Professor and the Director arrived.", "person") == []
