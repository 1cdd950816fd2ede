"""Partnerships on hand-written sentences."""


def test_signed_agreement_with(facts):
    rows = facts(
        "Westmoor University signed a cooperation agreement with the Bayside Health Commission.", "partnership"
    )
    assert len(rows) == 1
    assert set(rows[0]["parties"]) == {"Westmoor University", "Bayside Health Commission"}


def test_jointly_launch_with_initiative(facts):
    text = "Kestrel Hospital and Ashford Medical College jointly launched the Rural Nurse Training Programme."
    rows = facts(text, "partnership")
    assert set(rows[0]["parties"]) == {"Kestrel Hospital", "Ashford Medical College"}
    assert rows[0]["initiative"] == "Rural Nurse Training Programme"


def test_organised_by(facts):
    rows = facts("The forum was organized by Dunmore University and Harlow University.", "partnership")
    assert set(rows[0]["parties"]) == {"Dunmore University", "Harlow University"}


def test_single_party_is_not_a_partnership(facts):
    assert facts("Westmoor University signed a new agreement.", "partnership") == []


def test_hosts_and_speaker_affiliations_are_not_parties(facts):
    text = (
        "The summit, organized by Dunmore University and Harlow University and hosted by Pellston Hospital (PH), "
        "was held online."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Dunmore University", "Harlow University"}]


def test_places_listed_between(facts):
    rows = facts("The plan deepens cooperation between Guangdong, Hong Kong and Macao.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Guangdong", "Hong Kong", "Macao"}]


def parties(rows):
    return [set(r["parties"]) for r in rows]


def test_anaphoric_project_subject_takes_the_launching_body(facts):
    text = (
        "Northvale University launched a rural nursing scheme with the Harbour Health Bureau in May. "
        "Northvale University will train 40 nurses a year. "
        "The new project has been set up in partnership with Kestrel Hospital and Ashford Medical College."
    )
    rows = facts(text, "partnership")
    assert {"Northvale University", "Kestrel Hospital", "Ashford Medical College"} in parties(rows)


def test_anaphoric_we_takes_the_most_mentioned_body(facts):
    text = (
        "Westmoor University opened a stroke unit. Westmoor University now trains 300 doctors. "
        "We are working with Bayside Hospital and Pellston Clinic on stroke rehabilitation."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Westmoor University", "Bayside Hospital", "Pellston Clinic"}]


def test_anaphoric_subject_without_any_organisation_gives_nothing(facts):
    assert facts("The new project has been set up in partnership with local clinics.", "partnership") == []


def test_anaphoric_subject_resolving_to_the_only_party_gives_nothing(facts):
    assert facts("The initiative was developed in partnership with Kestrel Hospital.", "partnership") == []


def test_unrecognised_list_member_is_a_party(facts):
    text = "Staff worked with Dunmore University, Harlow College, Medtech Scotland and Pellston Hospital on the trial."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Dunmore University", "Harlow College", "Medtech Scotland", "Pellston Hospital"}]


def test_our_partners_with_a_campaign_as_initiative(facts):
    text = (
        "The Northvale Trade Council and our partners Harbour Trade Agency, Eastbrook University and the "
        "Healthy Ports Campaign remain committed to helping small firms."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Northvale Trade Council", "Harbour Trade Agency", "Eastbrook University"}]
    assert rows[0]["initiative"] == "Healthy Ports Campaign"


def test_members_of_a_named_network(facts):
    text = (
        "In 2022 the city set up the Riverside Cancer Care Network, attracting 12 hospitals to join, "
        "including Kestrel Hospital and the Ashford Children's Hospital."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Ashford Children's Hospital"}]
    assert rows[0]["initiative"] == "Riverside Cancer Care Network"


def test_a_single_member_is_not_a_partnership(facts):
    text = (
        "The Riverside Cancer Care Network grew this year, attracting new hospitals to join, "
        "including Kestrel Hospital."
    )
    assert facts(text, "partnership") == []


def test_places_as_subject_of_a_cooperation_verb(facts):
    rows = facts(
        "Manchester, Leeds and Liverpool will continue to strengthen cooperation in cancer care.", "partnership"
    )
    assert parties(rows) == [{"Manchester", "Leeds", "Liverpool"}]


def test_a_list_of_places_is_not_a_partnership(facts):
    assert facts("Manchester, Leeds and Liverpool are large cities with many hospitals.", "partnership") == []


def test_places_after_the_cooperation_verb_are_not_its_subject(facts):
    assert facts("The bureau will strengthen cooperation in Manchester, Leeds and Liverpool.", "partnership") == []


def test_organisations_as_subject_of_a_cooperation_verb(facts):
    rows = facts(
        "Dunmore University and the Westfield Health Bureau will further deepen cooperation in nursing.", "partnership"
    )
    assert parties(rows) == [{"Dunmore University", "Westfield Health Bureau"}]


def test_place_based_group_coordinated_with_a_body(facts):
    rows = facts("Leeds hospitals and Northvale University have cooperated since 2015.", "partnership")
    assert parties(rows) == [{"Leeds hospitals", "Northvale University"}]


def test_place_based_group_alone_is_not_a_partnership(facts):
    assert facts("Leeds hospitals have cooperated for years.", "partnership") == []


def test_anaphoric_head_noun_takes_a_body_with_that_head(facts):
    text = (
        "Lakeside University and the Bayview Health Bureau met in May. Lakeside University hosted. "
        "The university will also work together with Innovate Scotland Trust and Kestrel Hospital on a new fund."
    )
    rows = facts(text, "partnership")
    assert {"Lakeside University", "Innovate Scotland Trust", "Kestrel Hospital"} in parties(rows)


def test_anaphoric_head_noun_without_a_matching_body_adds_nobody(facts):
    text = "The hospital will work together with Kestrel Hospital on a new fund."
    assert facts(text, "partnership") == []


def test_members_of_an_unnamed_group_are_not_partners(facts):
    text = "Members of the delegation joined the tour, including staff of Kestrel Hospital and Ashford Medical College."
    assert facts(text, "partnership") == []
