"""Partnerships on hand-written sentences."""


def test_signed_agreement_with(facts):
    rows = facts("Westmoor University signed a cooperation agreement with the Bayside Health Commission.", "partnership")
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
    text = ("The summit, organized by Dunmore University and Harlow University and hosted by Pellston Hospital (PH), "
            "was held online.")
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Dunmore University", "Harlow University"}]


def test_places_listed_between(facts):
    rows = facts("The plan deepens cooperation between Guangdong, Hong Kong and Macao.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Guangdong", "Hong Kong", "Macao"}]
