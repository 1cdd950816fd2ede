"""People on hand-written sentences."""


def test_title_name_role_affiliation(facts):
    rows = facts(
        "Professor Helen Marsh, Dean of the Faculty of Nursing at the University of Eastport, opened the event.",
        "person",
    )
    assert len(rows) == 1
    r = rows[0]
    assert r["name"] == "Helen Marsh"
    assert r["affiliation"] == "University of Eastport"
    assert "Dean" in r["role"] and "Professor" in r["role"]


def test_role_before_name_with_affiliation(facts):
    rows = facts("Vice President Liang Wenhao of Northgate Medical College welcomed guests.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Liang Wenhao", "Vice President", "Northgate Medical College")
    ]


def test_surname_alone_is_not_a_new_person(facts):
    rows = facts("Dr Oliver Quinton visited the clinic. Later, Dr Quinton met the staff.", "person")
    assert {r["name"] for r in rows} == {"Oliver Quinton"}


def test_title_alone_is_not_a_person(facts):
    assert facts("The Professor and the Director arrived.", "person") == []


ENUMERATION = (
    "The delegation met Professor Ruth Okafor, Deputy Provost of Harlow University and Chair of the Harlow Trust, "
    "Vice President Tan Meilin, Executive Deputy Director Gao Ruiqi of the Eastbrook Cancer Center, "
    "Vice President Peng Shaowei of Harlow University, and representatives from local clinics."
)


def _by_name(rows):
    return {r["name"]: r for r in rows}


def test_enumeration_roles_stop_at_the_next_person(facts):
    people = _by_name(facts(ENUMERATION, "person"))
    okafor = people["Ruth Okafor"]
    assert okafor["role"].startswith("Professor; Deputy Provost")
    for other in ("Tan", "Gao", "Peng", "Vice President", "Executive"):
        assert other not in okafor["role"]
    assert people["Tan Meilin"]["role"] == "Vice President"
    assert "Gao" not in (people["Tan Meilin"]["role"] or "")
    assert people["Gao Ruiqi"]["role"] == "Executive Deputy Director"
    assert people["Gao Ruiqi"]["affiliation"] == "Eastbrook Cancer Center"
    assert people["Peng Shaowei"]["role"] == "Vice President"
    assert people["Peng Shaowei"]["affiliation"] == "Harlow University"


def test_affiliation_is_the_persons_own_not_the_next_persons(facts):
    text = (
        "Guests included Professor Amelia Stroud, a Fellow of the Royal Society of Physicians and professor of "
        "cardiology at the University of Westmoor, Professor Dev Ranganathan, Deputy Vice Provost of the "
        "University of Kelby."
    )
    people = _by_name(facts(text, "person"))
    stroud = people["Amelia Stroud"]
    assert stroud["affiliation"] == "University of Westmoor"
    assert "Ranganathan" not in stroud["role"] and "Deputy Vice" not in stroud["role"]
    assert stroud["role"].startswith("Professor; Fellow of the Royal Society")
    assert people["Dev Ranganathan"]["role"] == "Professor; Deputy Vice Provost"
    assert people["Dev Ranganathan"]["affiliation"] == "University of Kelby"


def test_possessive_surname_is_the_same_person(facts):
    text = "Mr Lo Wenjie spoke first. Mr Lo's experience of running clinics impressed the panel."
    rows = facts(text, "person")
    assert {r["name"] for r in rows} == {"Lo Wenjie"}
    assert not any("'s" in r["name"] or "’s" in r["name"] for r in rows)


def test_possessive_of_unknown_surname_keeps_no_apostrophe(facts):
    rows = facts("Dr Hawthorne’s team opened the ward.", "person")
    assert all("’" not in r["name"] and "'" not in r["name"] for r in rows)


def test_role_string_is_clean(facts):
    rows = facts("Professor Nadia Brennick, Professor of Surgery, spoke at the forum.", "person")
    assert len(rows) == 1
    role = rows[0]["role"]
    assert role == "Professor" or role.count("Professor") == 1 or role == "Professor; Professor of Surgery"
    assert not role.endswith(",") and "Professor; Professor;" not in role


def test_single_person_role_unchanged_without_enumeration(facts):
    rows = facts("Dr Felix Amara, Chief Executive of the Riverside Health Trust, said the plan was ready.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Felix Amara", "Dr; Chief Executive", "Riverside Health Trust")
    ]
