"""Organisations on hand-written sentences."""


def names(rows):
    return {r["name"] for r in rows}


def test_headed_names_and_roles_are_split(facts):
    rows = facts(
        "Dr Amelia Stone, Director of the Institute of Coastal Medicine at the University of Northvale, spoke.",
        "organization",
    )
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


def test_list_propagation_adds_unrecognised_members(facts):
    text = (
        "Staff worked with Dunmore University, Harlow College, Medtech Scotland and Pellston Hospital. "
        "Medtech Scotland paid."
    )
    rows = facts(text, "organization")
    assert names(rows) == {"Dunmore University", "Harlow College", "Medtech Scotland", "Pellston Hospital"}
    assert [r["text"] for r in rows].count("Medtech Scotland") == 2


def test_list_propagation_skips_places_and_minority_lists(facts):
    rows = facts("Visitors came from Dunmore University, Harlow College, Paris and Rome.", "organization")
    assert names(rows) == {"Dunmore University", "Harlow College"}
    rows = facts(
        "Tickets for Dunmore University, Silver Birch Lodge and Quiet Meadow Cottage sold out.", "organization"
    )
    assert not [r for r in rows if r["extractor"] == "organizations.list_member"]


def test_list_propagation_skips_programmes_and_facilities(facts):
    rows = facts(
        "Funds went to Dunmore University, Harlow College, the Healthy Ports Campaign and Riverside Main Building.",
        "organization",
    )
    assert names(rows) == {"Dunmore University", "Harlow College"}


def test_unit_inside_a_job_title_is_not_an_organisation(facts):
    rows = facts("Ms Lena Hart, director, Finance Department, Dunmore University, spoke at the event.", "organization")
    assert names(rows) == {"Dunmore University"}


def test_name_before_a_product_or_programme_word_is_not_an_organisation(facts):
    rows = facts(
        "Surgeons at Pellston Hospital used Acme Lens technology. The Riverside Health Centre project began.",
        "organization",
    )
    assert names(rows) == {"Pellston Hospital"}


def test_acronym_read_as_a_campaign_is_not_an_organisation(facts):
    rows = facts(
        "Backed by the BRIGHT campaign, Dunmore University and Harlow College grew. BRIGHT ended.", "organization"
    )
    assert "BRIGHT" not in names(rows)


def test_facility_and_role_words_are_not_organisations(facts):
    rows = facts(
        "The Comprehensive Care Building of Pellston Hospital opened. Li Wei, Secretary of the Party Group, spoke.",
        "organization",
    )
    assert names(rows) == {"Pellston Hospital"}


def test_acronym_known_once_is_known_everywhere(facts):
    rows = facts("Dunmore University, NRTC and Harlow College met. Later our partners NRTC came.", "organization")
    assert [r["text"] for r in rows].count("NRTC") == 2
