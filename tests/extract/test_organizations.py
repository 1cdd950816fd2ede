"""Organisations on hand-written sentences."""


def names(rows):
    return {r["name"] for r in rows}


def test_headed_names_and_roles_are_split(facts):
    rows = facts("Dr Amelia Stone, Director of the Institute of Coastal Medicine at the University of Northvale, spoke.", "organization")
    assert names(rows) == {"Institute of Coastal Medicine", "University of Northvale"}


def test_acronym_linked_to_long_form(facts):
    text = "Staff from Riverside Metropolitan College (RMC) met. Later RMC signed the plan."
    rows = facts(text, "organization")
    assert {r["name"] for r in rows} == {"Riverside Metropolitan College"}
    assert [r["text"] for r in rows].count("RMC") == 2


def test_acronym_from_initials(facts):
    rows = facts("The Lakeside Children Hospital opened a ward. LCH will hire nurses.", "organization")
    assert {r["text"] for r in rows} == {"Lakeside Children Hospital", "LCH"}
    assert names(rows) == {"Lakeside Children Hospital"}


def test_programmes_and_events_are_not_organisations(facts):
    text = "The Healthy Towns Initiative and the Annual Nursing Conference were announced with the Primary Care Plan."
    assert facts(text, "organization") == []


def test_two_bodies_joined_by_and_are_two(facts):
    rows = facts("The meeting was organised by Eastbrook University and the Westfield Health Bureau.", "organization")
    assert names(rows) == {"Eastbrook University", "Westfield Health Bureau"}


def test_event_name_prefix_is_dropped(facts):
    rows = facts("They attended the Spring Planning Meeting for Harbour Medical Network last week.", "organization")
    assert names(rows) == {"Harbour Medical Network"}


def test_bare_head_word_is_not_an_organisation(facts):
    assert facts("The University said the Hospital would grow.", "organization") == []
