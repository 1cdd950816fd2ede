"""Partnerships on hand-written sentences."""

import pytest


def test_signed_agreement_with(facts):
    rows = facts(
        "Westmoor University signed a cooperation agreement with the Bayside Health Commission.", "partnership"
    )
    assert len(rows) == 1
    assert set(rows[0]["parties"]) == {"Westmoor University", "Bayside Health Commission"}


def test_two_subjects_the_parser_hangs_on_one_verb_are_one_list_of_parties(facts):
    """ "A, based in X, and B in Y signed ..." may be parsed as two subjects of "signed": both act."""
    text = (
        "Kelby Hospitals NHS Foundation Trust, based in Derby, and Tarn Valley Teaching Hospitals NHS Trust in Leeds "
        "first signed a memorandum of understanding with Marsh College in Wuhan in 2022."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["Kelby Hospitals NHS Foundation Trust", "Tarn Valley Teaching Hospitals NHS Trust", "Marsh College"]
    ]


def test_a_deal_names_its_acting_side_a_body_whatever_its_last_word(facts):
    """A name after a place's possessive or "-based" that signs a deal with a body is a body; a person's name is not."""
    text = (
        "Deals signed:\n\n- London's Kelvo Robotics signed a contract with Tarn Medical Group to supply robots.\n"
        "- Leeds-based Brae Orthopaedics agreed a supply deal with Tarn Medical Group for implants.\n"
        "- Leeds-based Ann Lee signed a contract with Tarn Medical Group to supply gloves.\n"
    )
    assert sorted(tuple(r["parties"]) for r in facts(text, "partnership")) == [
        ("Brae Orthopaedics", "Tarn Medical Group"),
        ("Kelvo Robotics", "Tarn Medical Group"),
    ]
    assert "Ann Lee" in {r["name"] for r in facts(text, "person")}


def test_a_decimal_point_between_the_verb_and_the_deal_ends_no_sentence(facts):
    text = "London's Kelvo Robotics agreed a 45 million yuan (£4.9 million) contract with Tarn Medical Group."
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [["Kelvo Robotics", "Tarn Medical Group"]]


def test_her_bureau_is_the_bureau_of_the_person_named_before(facts):
    text = (
        "Director of the Tarn Health Bureau Dr Ann Lee said her bureau had agreed a memorandum of understanding with "
        "the Kelby Welfare Bureau last spring on joint training."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Kelby Welfare Bureau", "Tarn Health Bureau"]
    ]


def test_the_hospital_after_a_person_of_a_hospital_is_that_hospital(facts):
    """Not a hospital of a list before it, whose name ends with the word: the one whose chief speaks."""
    text = (
        "Two more hospitals were designated:\n\n(1) Eastport People's Hospital;\n(2) Westbay People's Hospital.\n\n"
        "The Kelby Authority (KA) will start a video clinic pilot with The University of Northbay Hospital (UNH) in "
        "May.\n\nThe chief executive of UNH, Professor Lam Ka-wai, said the hospital would exchange scan reports "
        "with the KA every week."
    )
    assert sorted(sorted(r["parties"]) for r in facts(text, "partnership")) == [
        ["Kelby Authority", "University of Northbay Hospital"],
        ["Kelby Authority", "University of Northbay Hospital"],
    ]


def test_where_a_deal_was_signed_and_a_question_put_are_no_deal(facts):
    """The body where two people sign is the venue; a deal two bodies will talk about is no deal between them."""
    text = (
        "Kelby Trust chair Ann Lee and Dr Tom Wu sign the agreement at Tarn Hospital.\n"
        "A spokesman for the Tarn Authority said it would discuss with the Kelby Bureau whether the voucher "
        "arrangement might cover more clinics.\n"
        "Under the twinning scheme, nurses from Tarn Hospital spend a month at Kelby Hospital."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [["Kelby Hospital", "Tarn Hospital"]]


def test_a_second_deal_after_and_ends_the_first_deals_parties(facts):
    text = (
        "The contracts include a £9 million deal for Leeds-based Harrow Health to supply monitors to Tarn Hospital, "
        "and an £4 million agreement under which Bristol firm Medivale will train 300 nurses in Foshan."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [["Harrow Health", "Tarn Hospital"]]


def test_we_in_the_words_of_a_speaker_of_no_named_body_is_no_party(facts):
    text = (
        "Kelby Hospital recruited nurses. Tarn Trust runs it.\n\n"
        'Councillor Ann Rusk said: "We have worked with the trust to help with housing advice."'
    )
    assert facts(text, "partnership") == []


def test_a_bodys_own_new_sites_listed_under_its_plan_are_no_partners(facts):
    text = (
        "The Tarn Health Bureau will open three new primary care centres, bringing its health centres to 14:\n\n"
        "- the Kelby Health Centre, in the northern district, to open in 2025;\n"
        "- the Lisk Health Centre, in Zone A, to open in 2026.\n"
    )
    assert facts(text, "partnership") == []


def test_signatories_stand_for_their_own_bodies_not_those_of_their_other_roles(facts):
    text = (
        "The joint laboratory agreement was signed by Li Bo, vice president of Kelby University and academician of "
        "the Tarn Academy of Engineering; Ann Lee, pro-vice-chancellor of Lisk University; and Tom Wu, rector of the "
        "University of Macau."
    )
    got = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert got == [["Kelby University", "Lisk University", "University of Macau"]]


def test_a_relative_clause_after_a_deals_list_says_what_the_deals_do(facts):
    text = (
        "Kelby University has concluded two agreements with Tarn Medical University in Harbin and Lisk Medical "
        "University that will set up a joint master's course."
    )
    got = sorted(sorted(r["parties"]) for r in facts(text, "partnership"))
    assert got == [["Kelby University", "Lisk Medical University"], ["Kelby University", "Tarn Medical University"]]


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


def test_hosts_are_not_parties(facts):
    text = (
        "Hosted by the Bayside Health Bureau, the workshop was jointly run by Dunmore University and Harlow "
        "University at Pellston Hospital."
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
        "Since June the project has also worked with Kestrel Hospital and Ashford Medical College."
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
        "With our partners Harbour Trade Agency and Eastbrook University, the Northvale Trade Council runs the "
        "Healthy Ports Campaign for small firms."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Northvale Trade Council", "Harbour Trade Agency", "Eastbrook University"}]
    assert rows[0]["initiative"] == "Healthy Ports Campaign"


def test_members_of_a_named_network(facts):
    text = (
        "The Riverside Cancer Care Network now counts 12 members, including Kestrel Hospital and the Ashford "
        "Children's Hospital."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Ashford Children's Hospital"}]
    assert rows[0]["initiative"] == "Riverside Cancer Care Network"


def test_a_single_member_is_not_a_partnership(facts):
    text = "The Riverside Cancer Care Network has one new member, namely Kestrel Hospital."
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
    rows = facts("Leeds hospitals and Northvale University set up a joint stroke unit in 2015.", "partnership")
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


def test_a_deal_owned_by_a_body_named_again_by_its_head_word(facts):
    text = (
        "The Tarn Health Bureau published its statistics on Monday. The largest item is the bureau's service "
        "agreement with Kelby Hospital, which was renewed in January."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Tarn Health Bureau", "Kelby Hospital"]]
    # the head word owning something else than a deal names no party
    text = (
        "Kelby University and Tarn Hospital signed an agreement to set up the Kelby Centre. Under the agreement, the "
        "Tarn Foundation has pledged £2 million for the centre's staff."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Kelby University", "Tarn Hospital"]]


def test_a_body_said_to_be_no_party_to_the_deal_is_none(facts):
    text = (
        "Kelby University and Tarn Hospital signed an agreement on Monday. The Tarn Foundation is not a party to the "
        "agreement with Tarn Hospital."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Kelby University", "Tarn Hospital"]]


def test_together_with_a_body_and_a_noun_after_an_article_is_no_joint_work(facts):
    text = (
        "The Tarn Health Department runs vouchers at Kelby Hospital. Together with the pilot hospital in Westport, "
        "the scheme will then cover seven institutions."
    )
    assert facts(text, "partnership") == []
    # the same word as a verb is joint work
    text = "The Tarn Health Department, together with Kelby University, will pilot a new clinic."
    assert [r["parties"] for r in facts(text, "partnership")] == [["Tarn Health Department", "Kelby University"]]


def test_anaphoric_head_noun_without_a_matching_body_adds_nobody(facts):
    text = "The hospital will work together with Kestrel Hospital on a new fund."
    assert facts(text, "partnership") == []


def test_members_of_an_unnamed_group_are_not_partners(facts):
    text = "Members of the delegation joined the tour, including staff of Kestrel Hospital and Ashford Medical College."
    assert facts(text, "partnership") == []


def test_signed_mou_with_takes_the_subject_and_the_other_side(facts):
    text = (
        "Westmoor University, founded in 1890, signed a memorandum of understanding with the Harbour Health "
        "Bureau and Kestrel Hospital to set up the Coastal Stroke Care Programme."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Westmoor University", "Harbour Health Bureau", "Kestrel Hospital"}]
    assert rows[0]["initiative"] == "Coastal Stroke Care Programme"


def test_subject_and_signed(facts):
    rows = facts("Dunmore University and the Pellston Health Commission signed a framework deal in May.", "partnership")
    assert parties(rows) == [{"Dunmore University", "Pellston Health Commission"}]


def test_teamed_up_with(facts):
    rows = facts("Ashford Medical College has teamed up with Bayside Hospital to train midwives.", "partnership")
    assert parties(rows) == [{"Ashford Medical College", "Bayside Hospital"}]
    assert rows[0]["field"] == "education and training"


def test_partnered_with(facts):
    rows = facts(
        "Kestrel Hospital partnered with Northvale University on a clinical trial of a new drug.", "partnership"
    )
    assert parties(rows) == [{"Kestrel Hospital", "Northvale University"}]
    assert rows[0]["field"] == "research"


def test_will_work_together(facts):
    rows = facts(
        "Harlow University and the Eastbrook Health Bureau will work together on patient referral.", "partnership"
    )
    assert parties(rows) == [{"Harlow University", "Eastbrook Health Bureau"}]
    assert rows[0]["field"] == "clinical services"


def test_cooperation_between(facts):
    rows = facts(
        "The pact deepens cooperation between Dunmore University and Westfield Hospital in disease prevention.",
        "partnership",
    )
    assert parties(rows) == [{"Dunmore University", "Westfield Hospital"}]
    assert rows[0]["field"] == "public health"


def test_co_organised_by(facts):
    rows = facts("The trade week was co-organised by the Northvale Trade Council and Harbour Bank.", "partnership")
    assert parties(rows) == [{"Northvale Trade Council", "Harbour Bank"}]
    assert rows[0]["field"] == "trade and investment"


def test_a_joined_b(facts):
    rows = facts("Pellston Clinic joined the Eastbrook Health Bureau in a drive on drug regulation.", "partnership")
    assert parties(rows) == [{"Pellston Clinic", "Eastbrook Health Bureau"}]
    assert rows[0]["field"] == "policy and governance"


def test_list_chained_with_as_well_as_with(facts):
    text = "Harlow University works with Kestrel Hospital as well as with Bayside Bank."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Harlow University", "Kestrel Hospital", "Bayside Bank"}]


def test_place_governments_signed(facts):
    rows = facts("Manchester and Liverpool signed an agreement on ambulance services.", "partnership")
    assert parties(rows) == [{"Manchester", "Liverpool"}]
    assert rows[0]["field"] == "clinical services"


def test_a_place_next_to_a_body_is_a_setting_not_a_party(facts):
    text = "The long history of collaboration between Manchester and Dunmore University is well known."
    assert facts(text, "partnership") == []


def test_an_event_is_not_the_initiative(facts):
    text = (
        "Dunmore University and Harlow University jointly held the Annual Forum of the Coastal Cancer Research "
        "Consortium in May."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Dunmore University", "Harlow University"}]
    assert rows[0]["initiative"] == "Coastal Cancer Research Consortium"
    assert rows[0]["field"] == "research"


def test_a_funder_is_not_a_party(facts):
    text = (
        "Funded by the Westmoor Trust, the study was jointly launched by Kestrel Hospital and Ashford Medical College."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Ashford Medical College"}]


def test_a_body_that_certifies_the_partners_work_is_not_a_party(facts):
    text = (
        "Tarn Assurance and Kelby Mutual Insurance share claims data through a platform certified by the Harbour "
        "Authority under the agreement."
    )
    assert parties(facts(text, "partnership")) == [{"Tarn Assurance", "Kelby Mutual Insurance"}]


def test_the_plan_a_body_launched_names_that_body_as_the_acting_side(facts):
    text = "Tarn Assurance launched a plan on Monday. The plan was developed with Kelby Group and Ames Insurance."
    assert parties(facts(text, "partnership")) == [{"Tarn Assurance", "Kelby Group", "Ames Insurance"}]


def test_a_description_with_commas_after_a_listed_partner_does_not_end_the_list(facts):
    text = (
        "The plan was developed together with Kelby Medical Group, which runs 14 hospitals and 32 clinics, most of "
        "them in Shenzhen, and Tarn Mutual Insurance Co., a mainland insurer."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby Medical Group", "Tarn Mutual Insurance Co"}]


def test_a_funder_alone_with_one_body_gives_nothing(facts):
    assert facts("The clinic is funded by the Westmoor Trust and supported by Kestrel Hospital.", "partnership") == []


def test_co_mentions_are_not_partnerships(facts):
    text = (
        "Delegates from Dunmore University, Harlow University and Kestrel Hospital attended the summit. "
        "Westmoor University and Bayside Hospital both reported higher budgets this year. "
        "Officials of the Eastbrook Health Bureau visited Pellston Clinic and Ashford Medical College."
    )
    assert facts(text, "partnership") == []


def test_potential_cooperation_is_not_stated_cooperation(facts):
    text = "Officials discussed potential areas of cooperation between Dunmore University and Kestrel Hospital."
    assert facts(text, "partnership") == []


def test_a_campaign_taken_as_a_party_is_not_the_initiative(facts):
    text = "Kestrel Hospital signed an agreement with Harbour University to launch the Healthy Hearts Project."
    rows = facts(text, "partnership")
    assert rows[0]["initiative"] == "Healthy Hearts Project"
    assert "Healthy Hearts Project" not in rows[0]["parties"]


def test_nothing_about_the_field_gives_other(facts):
    rows = facts("Dunmore University signed an agreement with Kestrel Hospital.", "partnership")
    assert rows[0]["field"] == "other"


def test_the_same_parties_share_one_field(facts):
    text = (
        "Dunmore University and Kestrel Hospital have worked together since 2010. "
        "Dunmore University and Kestrel Hospital will jointly build a laboratory for cancer research."
    )
    rows = facts(text, "partnership")
    assert [r["field"] for r in rows] == ["research", "research"]


def test_an_initiative_named_by_the_same_parties_takes_the_field_of_its_own_statement(facts):
    text = (
        "Dunmore University signed agreements with Kestrel Medical University that will create a joint degree "
        "programme and a summer school.\n\nThe two universities will also establish the Dunmore-Kestrel Centre for "
        "Stroke Research, which will be based in Dunmore."
    )
    rows = facts(text, "partnership")
    assert [(r["initiative"], r["field"]) for r in rows] == [
        (None, "education and training"),
        ("Dunmore-Kestrel Centre for Stroke Research", "research"),
    ]


def test_mou_signed_between_in_the_passive(facts):
    text = "A memorandum of understanding was signed between Harlow University and the Bayside Health Bureau in May."
    assert parties(facts(text, "partnership")) == [{"Harlow University", "Bayside Health Bureau"}]


def test_joint_venture_with_and_a_pronoun_subject(facts):
    text = "Kestrel Care Group opened two clinics last year. It has also formed a joint venture with Pellston Hospital."
    assert parties(facts(text, "partnership")) == [{"Kestrel Care Group", "Pellston Hospital"}]


def test_deals_in_a_bullet_list(facts):
    text = (
        "The deals include:\n"
        "  • Westmoor Pharma Ltd signed a supply contract with Eastbrook Hospital\n"
        "  • a deal between Harbour Bank and Kestrel Care Group\n"
        "  • an agreement linking Dunmore University, the Ashford Medical College and the Northvale Trust\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor Pharma Ltd", "Eastbrook Hospital"},
        {"Harbour Bank", "Kestrel Care Group"},
        {"Dunmore University", "Ashford Medical College", "Northvale Trust"},
    ]


def test_an_item_whose_subject_is_two_bodies_under_a_deals_line_is_their_deal(facts):
    """Under "The awarded projects are:", an item opening "A and B will ..." or "A, together with B in Harbin,
    will ..." is a deal of the bodies; "A and B staff visited" has no two bodies as the subject of its verb."""
    text = (
        "The awarded projects are:\n"
        "- Marlow University and Tansey University will map tick-borne fevers in upland sheep.\n"
        "- Brynmor College, together with Quarry Hill University in Harbin, will trial a cheaper malaria test.\n"
        "- Glenby University and Oakham University staff toured the labs in May.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Marlow University", "Tansey University"},
        {"Brynmor College", "Quarry Hill University"},
    ]


def test_the_noun_of_a_subject_stands_for_the_body_whose_name_it_ends(facts):
    """ "The clinic" after the "Clinic Licensing Board" was a subject: the body the noun heads, Tarn Valley Clinic."""
    text = (
        "Tarn Valley Clinic opened in Foshan in 2021. The Clinic Licensing Board sets its fees.\n\n"
        "The clinic also trains 30 nurses a year under a programme with the Marlow School of Nursing."
    )
    assert parties(facts(text, "partnership")) == [{"Tarn Valley Clinic", "Marlow School of Nursing"}]


def test_two_departments_of_one_government_announcing_together_are_no_partnership(facts):
    """ "The Tarn Housing Bureau and the Tarn Health Bureau announced" is one government speaking; bodies of two
    places announcing together are a partnership."""
    one = "The Tarn Housing Bureau and the Tarn Health Bureau on Monday announced a rent subsidy for nurses."
    two = "The Guangdong Health Commission and the Hong Kong Health Bureau announced a joint plan."
    assert parties(facts(one, "partnership")) == []
    assert parties(facts(two, "partnership")) == [{"Guangdong Health Commission", "Hong Kong Health Bureau"}]


def test_plural_deals_of_one_body_are_one_partnership_each(facts):
    text = "Harbour Health Group signed agreements with Dunmore University and Kestrel Hospital."
    rows = facts(text, "partnership")
    assert sorted(map(sorted, parties(rows))) == [
        ["Dunmore University", "Harbour Health Group"],
        ["Harbour Health Group", "Kestrel Hospital"],
    ]


def test_one_deal_with_several_bodies_is_one_partnership(facts):
    text = "Harbour Health Group signed an agreement with Dunmore University and Kestrel Hospital."
    assert parties(facts(text, "partnership")) == [{"Harbour Health Group", "Dunmore University", "Kestrel Hospital"}]


def test_deals_completed_by_one_body_with_others(facts):
    text = "Two deals were completed by Harbour Bank with Westmoor Pharma Ltd and Ashford Biotech Ltd."
    rows = facts(text, "partnership")
    assert sorted(map(sorted, parties(rows))) == [
        ["Ashford Biotech Ltd", "Harbour Bank"],
        ["Harbour Bank", "Westmoor Pharma Ltd"],
    ]


def test_the_two_universities_stand_for_the_two_named_last(facts):
    text = (
        "Dunmore University and Harlow University held talks in June. "
        "The two universities will jointly build a nursing school."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Dunmore University", "Harlow University"}]
    assert rows[0]["field"] == "education and training"


def test_the_two_after_an_agreement(facts):
    text = "Westmoor Hospital has agreed with Kestrel Hospital that the two will join forces on stroke care."
    assert parties(facts(text, "partnership")) == [{"Westmoor Hospital", "Kestrel Hospital"}]


def test_both_sides_in_the_list_after_a_trigger(facts):
    text = "Dunmore University met the Bayside Health Bureau in May. Cooperation between both sides began in 2020."
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Bayside Health Bureau"}]


def test_the_two_universities_after_a_trigger_once_a_deal_was_stated(facts):
    text = (
        "Dunmore University signed an agreement with Harlow University in May. "
        "Cooperation between the two universities began in 2020."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Harlow University"}] * 2


def test_the_universities_without_a_number_stand_for_the_latest_deal(facts):
    text = (
        "Dunmore University and Harlow University will jointly offer a nursing degree. "
        "The degree builds on a partnership that began in 2019, when the universities agreed to run a summer school."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Harlow University"}] * 2


def test_the_hospitals_without_a_number_keep_every_party_of_the_deal(facts):
    text = (
        "Tarn Children's Centre signed an agreement with Kestrel Hospital, Pellston Hospital and Ashford Hospital. "
        "Under the agreement, the hospitals will share specialist teams."
    )
    assert (
        parties(facts(text, "partnership"))
        == [{"Tarn Children's Centre", "Kestrel Hospital", "Pellston Hospital", "Ashford Hospital"}] * 2
    )


def test_the_companies_without_a_number_or_a_deal_name_no_parties(facts):
    text = "Westmoor Pharma and Kestrel Biotech opened offices in Leeds. The companies agreed to hire 40 staff."
    assert parties(facts(text, "partnership")) == []


def test_a_deal_owned_by_the_two_universities_is_theirs(facts):
    text = (
        "Dunmore University and Harlow University opened a nursing school. At the ceremony, Professor Ann Hale and "
        "Professor Wu Lan renewed the two universities' cooperation agreement for five years."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Harlow University"}]


def test_a_state_owned_body_stays_in_the_list(facts):
    text = (
        "Tarn Harbour Hospital, a joint venture between Kestrel Care Holdings and the state-owned Ashford Urban "
        "Investment Co, admitted its first patients."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Care Holdings", "Ashford Urban Investment Co"}]


def test_the_agent_of_a_passive_clause_is_the_acting_side(facts):
    text = "The new clinic will be run by Westmoor University in partnership with Kestrel Hospital."
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Kestrel Hospital"}]


def test_a_named_programme_as_subject_stands_for_the_body_that_runs_it(facts):
    text = (
        "Northvale University trains nurses. Northvale University opened a new school in 2020. "
        "The Coastal Nursing Programme was run in partnership with Kestrel Hospital and Pellston Clinic."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Northvale University", "Kestrel Hospital", "Pellston Clinic"}]


def test_its_partner_in_apposition(facts):
    text = "Westmoor University will provide the training, while its partner, Kestrel Care Group, will run the clinic."
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Kestrel Care Group"}]


def test_a_person_subject_stands_for_the_body_of_the_person(facts):
    text = (
        "Ann Lee, President of Westmoor University, said the plan was sound. "
        "In May, Ann Lee signed an agreement with Kestrel Hospital."
    )
    assert {"Westmoor University", "Kestrel Hospital"} in parties(facts(text, "partnership"))


def test_hedged_cooperation_between_places_is_not_a_partnership(facts):
    text = (
        "France could work with Germany on cancer. Spain is working to tighten its links with Portugal. "
        "The hospital is a platform for cooperation between Dunmore University and Harlow University."
    )
    assert facts(text, "partnership") == []


def test_a_state_level_joint_declaration(facts):
    rows = facts("The visit ended with a France–Germany joint declaration on health.", "partnership")
    assert parties(rows) == [{"France", "Germany"}]
    assert rows[0]["field"] == "policy and governance"


def test_sides_of_an_agreement_on_the_one_hand_and_on_the_other(facts):
    text = (
        "The agreements were concluded between Dunmore University and the Harbour Scholarship Council on the one "
        "hand and, on the other, Westmoor University."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Dunmore University", "Harbour Scholarship Council", "Westmoor University"}]


def test_two_names_joined_by_a_slash_are_one_party(facts):
    text = "The pact links Dunmore University and the Ashford Academy of Sciences/Ashford Medical College."
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Ashford Academy of Sciences"}]


def test_a_verb_that_unites_bodies(facts):
    text = "The centre unites researchers from Dunmore University with the staff of Kestrel Hospital, and has grown."
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Kestrel Hospital"}]


def test_joining_forces_without_with(facts):
    text = "Dunmore University and Harlow University are joining forces to create a centre for genomic research."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Dunmore University", "Harlow University"}]
    assert rows[0]["field"] == "research"


def test_together_with_a_cooperation_verb(facts):
    rows = facts("Westmoor University, together with Kestrel Hospital, will launch a stroke unit.", "partnership")
    assert parties(rows) == [{"Westmoor University", "Kestrel Hospital"}]


def test_together_with_without_a_cooperation_verb_is_a_co_mention(facts):
    assert facts("Westmoor University, together with Kestrel Hospital, attended the fair.", "partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "Westmoor University, together with the Bayside Health Commission, will fund 30 scholarships a year.",
        "The Kestrel Foundation, together with the Ashford Academy of Sciences, will hold a workshop in May.",
        "The Bayside Health Bureau, together with the Bayside Insurance Bureau, has changed how clinics are paid.",
        "Kestrel Pharma will run the trial together with Westmoor University Hospital.",
        "Kestrel Hospital, alongside Ashford University, will fund ten research posts.",
    ],
)
def test_together_with_a_joint_action(facts, text):
    assert len(facts(text, "partnership")) == 1


def test_alongside_others_receiving_funds_is_no_deal(facts):
    text = "Kestrel Hospital, alongside 20 other hospitals, received funding from the Bayside Health Bureau."
    assert facts(text, "partnership") == []


def test_together_with_three_bodies_linking_records(facts):
    text = "Harlow Hospital, together with Dunmore Hospital and Pellston Clinic, has linked its patient records."
    assert parties(facts(text, "partnership")) == [{"Harlow Hospital", "Dunmore Hospital", "Pellston Clinic"}]


def test_two_bodies_award_a_single_degree(facts):
    text = "Westmoor University and Dunmore Medical University will award a single degree in nursing."
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Dunmore Medical University"}]


def test_a_body_and_its_own_system_written_short_are_no_deal(facts):
    text = (
        "The National Health Service (NHS) trains nurses.\n\n"
        "Under a training partnership, students visit Westmoor NHS Trust wards to see how care works in the NHS."
    )
    assert facts(text, "partnership") == []


def test_a_common_border_is_no_deal(facts):
    assert facts("Kestrel Hospital and Ashford Hospital share a common border with the park.", "partnership") == []


def test_two_bodies_announce_a_scheme(facts):
    text = (
        "The ambulance service will run at night from May, the Bayside Health Bureau and the Northvale Health "
        "Commission announced on Monday."
    )
    assert parties(facts(text, "partnership")) == [{"Bayside Health Bureau", "Northvale Health Commission"}]
    assert facts("Kestrel Hospital announced a new ward on Monday.", "partnership") == []


def test_granted_a_licence_to_develop_and_sell(facts):
    text = (
        "Kestrel Bio, a drug developer from Leeds, has granted Ashford Pharmaceutical Group an exclusive licence to "
        "develop and sell its lung drug in Asia."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Bio", "Ashford Pharmaceutical Group"}]


def test_a_licence_to_operate_is_regulation(facts):
    text = "The Bayside Health Commission granted Kestrel Hospital a licence to operate a new ward."
    assert facts(text, "partnership") == []


def test_won_a_contract_from(facts):
    text = (
        "Harlow Care Group, a hospital operator from the UK, has won a three-year management contract worth 50 "
        "million yuan (about £5.4 million) from Pellston People's Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Harlow Care Group", "Pellston People's Hospital"}]


def test_list_of_counterparts_under_a_trigger_line(facts):
    text = (
        "For hospital training, Westmoor University will partner with:\n\n"
        "Kestrel Hospital, which will take 20 students a year;\n"
        "Ashford Community Health Network, a group of 12 clinics;\n"
        "Dunmore Teaching Hospital.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor University", "Kestrel Hospital"},
        {"Westmoor University", "Ashford Community Health Network"},
        {"Westmoor University", "Dunmore Teaching Hospital"},
    ]


def test_list_of_pairs_under_a_pairing_line(facts):
    text = (
        "Each of the city's new clinics has been twinned with a hospital in Leeds:\n\n"
        "Harlow Clinic, with Pellston General Hospital;\n"
        "Northvale Clinic, with Dunmore Royal Infirmary.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Harlow Clinic", "Pellston General Hospital"},
        {"Northvale Clinic", "Dunmore Royal Infirmary"},
    ]


def test_list_under_deals_signed_by_a_described_body(facts):
    text = (
        "Under contracts signed by the county health bureau, each clinic is supported by doctors from:\n\n"
        "Kestrel General Hospital, for surgery;\n"
        "Ashford Eye Hospital, for eye care.\n\n"
        "The Bayside County Health Bureau said 30 doctors had joined."
    )
    assert parties(facts(text, "partnership")) == [
        {"Bayside County Health Bureau", "Kestrel General Hospital"},
        {"Bayside County Health Bureau", "Ashford Eye Hospital"},
    ]


def test_a_description_after_with_stands_for_the_body_named_before(facts):
    text = (
        "Kestrel Cancer Fund has agreed a teaching pact with Dunmore Children's Hospital.\n\n"
        "The diploma is to be validated by the Royal College of Midwives, and Harbin University's School of Nursing "
        "has agreed to co-write the syllabus with the fund's teaching staff."
    )
    assert parties(facts(text, "partnership")) == [
        {"Kestrel Cancer Fund", "Dunmore Children's Hospital"},
        {"Harbin University School of Nursing", "Kestrel Cancer Fund"},
    ]


def test_list_items_that_go_on_with_the_headings_sentence_have_its_subject(facts):
    text = (
        "Tollan Medical Co., Ltd said it would open a centre in Leeds.\n\n"
        "Under the plan, the firm has:\n\n"
        "- signed a study agreement with the University of Leeds covering 10 PhD places;\n"
        "- agreed with Kelby Teaching Hospitals NHS Trust to carry out trials of a new scanner;\n"
        "- set up a joint venture with Kelby Diagnostics Ltd, a York-based seller of scanners, to market its pumps.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Tollan Medical Co", "University of Leeds"},
        {"Tollan Medical Co", "Kelby Teaching Hospitals NHS Trust"},
        {"Tollan Medical Co", "Kelby Diagnostics Ltd"},
    ]
    # an item that opens a sentence of its own is no continuation of the heading
    text = (
        "Tollan Medical Co., Ltd said it would open a centre in Leeds.\n\n"
        "Under the plan, the firm has:\n\n"
        "- Hired 40 engineers; a joint venture with Kelby Diagnostics Ltd is planned.\n"
    )
    assert facts(text, "partnership") == []


def test_a_description_opening_a_list_between_bodies(facts):
    text = (
        "The Kelby Municipal Health Commission said 40 clinics opened.\n\n"
        "Under a deal between the commission and Kelby Medical University, the clinics train 300 doctors."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby Municipal Health Commission", "Kelby Medical University"}]
    # a name that modifies a noun after the description is no party
    text = (
        "Kelby University signed with Tollan Hospital.\n\n"
        "This marks one more project between the university and Chinese groups."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby University", "Tollan Hospital"}]


def test_bodies_that_each_agree_make_no_deal_with_each_other(facts):
    text = "Kelby First Hospital and Kelby Red Cross Hospital have each agreed to post surgeons to township clinics."
    assert facts(text, "partnership") == []
    text = "Kelby First Hospital and Kelby Red Cross Hospital have agreed to run a joint clinic."
    assert parties(facts(text, "partnership")) == [{"Kelby First Hospital", "Kelby Red Cross Hospital"}]


def test_list_items_pairing_people_with_their_bodies(facts):
    text = (
        "The grants and their lead researchers are:\n\n"
        "- Kidney scarring in diabetes: Professor Tom Reilly, University of Kestrel, with Dr Wang Li, Harbin "
        "Medical University. Award £300,000.\n"
        "- Hearing and memory: Dr Ann Moss, Northvale University, and Professor Zhou Yu, Jilin University.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"University of Kestrel", "Harbin Medical University"},
        {"Northvale University", "Jilin University"},
    ]


def test_list_items_pairing_people_in_the_sentence_after_the_title(facts):
    text = (
        "The funded projects are:\n\n"
        "- Resistant bacteria in river water. Dr Ann Moss, Northvale University, and Professor Zhou Yu, Jilin "
        "University. £410,000 / 2.2 million yuan.\n\n"
        "- Stewardship in village clinics. Dr Tom Reilly, University of Kestrel, and Dr Wang Li, Harbin Medical "
        "University.\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Northvale University", "Jilin University"},
        {"University of Kestrel", "Harbin Medical University"},
    ]
    text = text.replace("The funded projects are:", "The speakers were:")
    assert parties(facts(text, "partnership")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the heading introduces no deals
        "The speakers were:\n\n- Kidney care: Professor Tom Reilly, University of Kestrel, with Dr Wang Li, Harbin "
        "Medical University.\n",
        # the people share one body
        "The projects are:\n\n- Kidney care: Professor Tom Reilly, University of Kestrel, with Dr Ann Moss, "
        "University of Kestrel.\n",
        # more than people and their bodies after the colon
        "The projects are:\n\n- Kidney care: Professor Tom Reilly, University of Kestrel, will visit Dr Wang Li, "
        "Harbin Medical University.\n",
    ],
)
def test_list_items_pairing_people_need_a_deal_heading_and_two_bodies(facts, text):
    assert facts(text, "partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "The largest new hospitals are:\n\nKestrel General Hospital, with 800 beds;\nAshford Eye Hospital.",
        "Westmoor University may partner with:\n\nKestrel Hospital, which could take 20 students;\nDunmore Hospital.",
        "Speakers at the conference included:\n\nKestrel Hospital;\nDunmore Teaching Hospital.",
    ],
)
def test_list_under_a_line_without_stated_cooperation_is_no_deal(facts, text):
    assert facts(text, "partnership") == []


def test_led_by_a_researcher_together_with_a_body(facts):
    text = (
        "One study from the first round, led by Professor Anna Hale of Westmoor University together with Dunmore "
        "Medical University, tested a new checklist in 50 clinics."
    )
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Dunmore Medical University"}]
    text = "The delegation, led by Professor Anna Hale of Westmoor University, visited Dunmore Medical University."
    assert facts(text, "partnership") == []


def test_a_part_of_a_body_stands_for_the_body(facts):
    text = (
        "The plan includes a 900-bed east campus for Kestrel Municipal Hospital in the north of the city. "
        "The east campus will be built and run together with Westmoor University."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Municipal Hospital", "Westmoor University"}]
    assert facts("The east campus will be run together with Westmoor University.", "partnership") == []


def test_a_place_based_group_party_is_an_organisation_row(facts):
    rows = facts("Leeds hospitals and Northvale University set up a joint stroke unit in 2015.")
    assert {"Leeds hospitals", "Northvale University"} in parties([r for r in rows if r["kind"] == "partnership"])
    assert "Leeds hospitals" in {r["name"] for r in rows if r["kind"] == "organization"}


def test_a_place_based_group_without_stated_cooperation_is_no_organisation(facts):
    rows = facts("Staff from Leeds hospitals and Northvale University attended the fair.")
    assert "Leeds hospitals" not in {r.get("name") for r in rows}
    assert "Leeds" in {r["name"] for r in rows if r["kind"] == "place"}


def test_every_party_names_a_row(facts):
    text = (
        "Leeds hospitals and Northvale University set up a joint stroke unit in 2015. The University has also "
        "signed an agreement with Kestrel Hospital, and the two will jointly train nurses."
    )
    rows = facts(text)
    names = {r["name"] for r in rows if r["kind"] in ("organization", "place")}
    found = [r for r in rows if r["kind"] == "partnership"]
    assert found and all(set(r["parties"]) <= names for r in found)


def test_a_capitalised_word_inside_a_name_is_no_trigger(facts):
    text = "Kestrel United Hospital, Dunmore Hospital and Pellston Clinic are the first three."
    assert facts(text, "partnership") == []


def test_the_initiative_never_runs_over_the_parties(facts):
    text = "A new partnership between the Westmoor Cancer Centre (WCC) and the Dunmore Heart Centre will open a ward."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Westmoor Cancer Centre", "Dunmore Heart Centre"}]
    assert rows[0]["initiative"] is None


def test_a_city_subject_stands_for_the_university_named_by_it(facts):
    text = (
        "Dundee University opened a medical school in 1950. "
        "Dundee already counts 30 partners abroad, including links with Kestrel Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Dundee University", "Kestrel Hospital"}]


def test_a_city_subject_is_a_setting_without_a_university_named_by_it(facts):
    text = "Dundee already counts 30 partners abroad, including links with Kestrel Hospital."
    assert facts(text, "partnership") == []


def test_a_subject_after_a_participle_trigger(facts):
    text = (
        "The University of Exeter is old. "
        "Working with Kestrel Hospital, Exeter researchers are following 5,000 patients."
    )
    assert parties(facts(text, "partnership")) == [{"University of Exeter", "Kestrel Hospital"}]


def test_an_unnamed_body_acting_leaves_no_partial_deal(facts):
    text = (
        "The company agreed a memorandum with Kestrel Hospital and Bayside Clinic. "
        "The clinics will be expanded by the district in partnership with Harlow Hospital and Pellston Hospital."
    )
    assert facts(text, "partnership") == []


def test_a_renewed_mou(facts):
    rows = facts("Dunmore University and Kestrel Hospital renewed their memorandum of understanding.", "partnership")
    assert parties(rows) == [{"Dunmore University", "Kestrel Hospital"}]
    rows = facts("Kestrel Hospital renewed its agreement with Dunmore University in May.", "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Dunmore University"}]


def test_a_joint_body_its_subjects_open_under_their_names_is_their_partnership(facts):
    """ "A and B opened the A-B Joint Laboratory ..." (a joint body named after them); a day after the name ends it."""
    rows = facts("Kelby University and Tarn University opened the Kelby-Tarn Joint Laboratory for Genomics on Monday.",
                 "partnership")  # fmt: skip
    assert parties(rows) == [{"Kelby University", "Tarn University"}]
    assert rows[0]["initiative"] == "Kelby-Tarn Joint Laboratory for Genomics"
    assert rows[0]["field"] == "research"


def test_a_joint_centre_set_up_by_its_subject(facts):
    rows = facts("Kestrel Hospital and Dunmore University have established a joint research centre.", "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Dunmore University"}]
    assert rows[0]["field"] == "research"


def test_partnering_without_with_and_entering_into_a_partnership(facts):
    text = (
        "Harbour Hospital is partnering Dunmore University on a new trial. "
        "Bayside Clinic and Kestrel Hospital entered into a strategic partnership in 2019."
    )
    assert parties(facts(text, "partnership")) == [
        {"Harbour Hospital", "Dunmore University"},
        {"Bayside Clinic", "Kestrel Hospital"},
    ]


def test_signatories_stand_for_their_bodies(facts):
    text = (
        "The memorandum was signed by Ann Lee, President of Dunmore University, and Bob Ray, Chief Executive of "
        "Kestrel Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Kestrel Hospital"}]


def test_a_relative_clause_is_about_the_noun_before_it(facts):
    rows = facts("Kestrel Hospital, which cooperates with Dunmore University, opened a new wing.", "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Dunmore University"}]


def test_a_description_before_the_named_partners(facts):
    text = "Harlow University works closely with industry partners such as Bayside Pharma Ltd and Kestrel Biotech Ltd."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Harlow University", "Bayside Pharma Ltd", "Kestrel Biotech Ltd"}]
    assert rows[0]["field"] == "trade and investment"


def test_we_in_a_quote_is_the_speakers_body(facts):
    text = (
        "Bayside Hospital opened in 1990. Bayside Hospital has 500 beds. Bayside Hospital is the largest. "
        '"We have worked with Dunmore University for ten years," said Ann Lee, president of Kestrel Hospital.'
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Hospital", "Dunmore University"}]


def test_it_after_a_named_subject_in_the_same_sentence(facts):
    text = "The Bayside Health Bureau said it would continue to work with the Northvale Health Commission."
    assert parties(facts(text, "partnership")) == [{"Bayside Health Bureau", "Northvale Health Commission"}]


def test_members_of_a_named_network_as_subject(facts):
    rows = facts("Harlow University and Dunmore University are among the partners of the Coastal Cancer Network.")
    found = [r for r in rows if r["kind"] == "partnership"]
    assert parties(found) == [{"Harlow University", "Dunmore University"}]
    assert found[0]["initiative"] == "Coastal Cancer Network"


def test_a_clinic_is_a_clinical_field_and_a_name_says_nothing(facts):
    text = "Kestrel Hospital and the Dunmore Research Institute will jointly run a diabetes clinic."
    assert [r["field"] for r in facts(text, "partnership")] == ["clinical services"]


def test_a_unit_at_a_body_is_part_of_it_and_a_venue_is_not_a_party(facts):
    text = "The School of Nursing at Kestrel University has partnered with Bayside Hospital."
    assert parties(facts(text, "partnership")) == [{"Kestrel University", "Bayside Hospital"}]
    text = "The course was jointly run by Dunmore University and Harlow University at Pellston Hospital."
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Harlow University"}]


def test_x_and_y_agreed_to(facts):
    rows = facts("Dunmore University and Kestrel Hospital agreed to share data on stroke patients.", "partnership")
    assert parties(rows) == [{"Dunmore University", "Kestrel Hospital"}]


def test_witnesses_are_not_parties(facts):
    text = (
        "In the presence of officials from the Bayside Health Bureau, Dunmore University signed an agreement with "
        "Kestrel Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Kestrel Hospital"}]


def test_a_lead_that_describes_a_body_names_it_in_the_next_sentence(facts):
    text = (
        "A leading Chinese maker of medical devices has joined forces with Dunmore University. "
        "Kestrel Medical Group, which is based in Shenzhen, will fund ten scholarships."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Medical Group", "Dunmore University"}]


def test_a_lead_that_describes_a_body_names_it_after_a_blank_line(facts):
    text = (
        "A leading maker of medical devices has joined forces with Dunmore University to pursue research.\n\n"
        "Kestrel Medical Group, which is based in Shenzhen, will fund ten scholarships."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Medical Group", "Dunmore University"}]


def test_a_pronoun_after_a_sentence_the_parser_joined_to_it(facts):
    text = (
        "Kestrel Care Group put its name to hospital contracts worth £120m. They include a joint venture with "
        "Pellston Hospital, one of the largest hospitals in the region."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Care Group", "Pellston Hospital"}]


def test_a_body_named_by_the_start_of_its_name(facts):
    text = (
        "The Marrow Vale Academy trains nurses. "
        "Marrow Vale has joined forces with the Westmoor Health Foundation on a training programme."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Marrow Vale Academy", "Westmoor Health Foundation"}]
    assert rows[0]["field"] == "education and training"


def test_the_unit_after_a_possessive_is_the_party(facts):
    text = (
        "The pact links Westmoor University's Department of Surgery, the Harbour Scholarship Council and "
        "Kestrel Hospital."
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor University Department of Surgery", "Harbour Scholarship Council", "Kestrel Hospital"}
    ]


def test_an_intended_cooperation_of_the_subject(facts):
    text = "Under the deal, Kestrel Hospital and Dunmore University intend to work together on dementia diagnosis."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Dunmore University"}]
    assert rows[0]["field"] == "clinical services"


def test_the_field_of_a_deal_comes_from_its_own_clause_first(facts):
    text = (
        "Kestrel Hospital, a research hospital with research labs, signed an agreement with Dunmore University to "
        "train nurses."
    )
    assert [r["field"] for r in facts(text, "partnership")] == ["education and training"]


def test_the_field_falls_back_to_the_article(facts):
    text = (
        "Kestrel Hospital signed an agreement with Dunmore University.\n\n"
        "Dunmore University is known for its cancer research and its laboratories."
    )
    assert [r["field"] for r in facts(text, "partnership")] == ["research"]


def test_what_the_article_calls_the_initiative_outweighs_the_topic_of_its_name(facts):
    text = (
        "A hospital and a university in Northland have formed a research consortium to compare ways of treating "
        "stroke.\n\n"
        "The Northland Stroke Care Consortium brings together Kestrel Hospital and Dunmore University."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Hospital", "Dunmore University"}]
    assert rows[0]["field"] == "research"


def test_a_trade_mission_is_not_the_field_of_its_deals(facts):
    text = (
        "Kestrel Ltd signed an agreement with Dunmore University on the minister's trade mission to Northland.\n\n"
        "The two will treat patients with stroke."
    )
    rows = facts(text, "partnership")
    assert parties(rows)[0] == {"Kestrel Ltd", "Dunmore University"}
    assert rows[0]["field"] == "clinical services"


def _pairs(facts, text):
    return [sorted(r["parties"]) for r in facts(text, "partnership")]


def test_class_noun_phrase_before_the_partner(facts):
    text = "Northgate University signed an agreement with the investment group Harbourline on Friday."
    assert _pairs(facts, text) == [["Harbourline", "Northgate University"]]


def test_sentence_under_the_agreement_names_the_parties(facts):
    text = "Under the agreement, Tollan University Hospital will train doctors from Eastport General Hospital."
    assert _pairs(facts, text) == [["Eastport General Hospital", "Tollan University Hospital"]]


def test_tie_up_between_two_bodies(facts):
    text = "The deal marks a tie-up between Westmoor Health Trust and Qubit Diagnostics Ltd in research."
    assert _pairs(facts, text) == [["Qubit Diagnostics Ltd", "Westmoor Health Trust"]]


def test_under_a_heading_is_not_a_deal(facts):
    text = "Under the new rules, Tollan University Hospital and Eastport General Hospital charge less."
    assert _pairs(facts, text) == []


def test_more_shapes_of_a_deal(facts):
    cases = {
        "Oakridge College and Sunhill Hospital will co-develop a paediatric course.": [
            "Oakridge College",
            "Sunhill Hospital",
        ],
        "Redcliff University will partner Dunmore Hospital in a research programme.": [
            "Dunmore Hospital",
            "Redcliff University",
        ],
        "Brightway Medical Group will help Riverton General Hospital build a screening centre.": [
            "Brightway Medical Group",
            "Riverton General Hospital",
        ],
        "Tollan University Hospital selected Eastport General Hospital as its partner for a stroke unit.": [
            "Eastport General Hospital",
            "Tollan University Hospital",
        ],
        "Westmoor Health Trust was awarded a contract by Lakeside Medical University to run trials.": [
            "Lakeside Medical University",
            "Westmoor Health Trust",
        ],
    }
    for text, parties in cases.items():
        assert _pairs(facts, text) == [parties], text


def test_help_without_a_body_as_object_is_no_deal(facts):
    assert _pairs(facts, "Brightway Medical Group will help patients in Tollan build healthier habits.") == []


def test_deal_under_a_contract_names_the_bodies_of_its_sentence(facts):
    text = "Oakridge Pharmaceuticals will supply cancer drugs to Sunhill Hospital under a five-year contract."
    assert _pairs(facts, text) == [["Oakridge Pharmaceuticals", "Sunhill Hospital"]]


def test_list_item_with_two_bodies_before_a_colon_and_a_deal(facts):
    text = (
        "The deals include:\n\n"
        "• Northgate University and Kestrel Medical College: an agreement to set up a joint nursing school.\n"
    )
    assert _pairs(facts, text) == [["Kestrel Medical College", "Northgate University"]]


def test_colon_without_a_deal_noun_is_no_deal(facts):
    text = "Speakers:\n\nNorthgate University and Kestrel Medical College: talks on nursing.\n"
    assert _pairs(facts, text) == []


def test_a_joint_body_set_up_between_parties_is_a_partnership(facts):
    text = (
        "The plan will set up a working group between the Tollan Drug Agency and the Westmoor Medicines Agency "
        "on trial data. Officials will also form a joint committee between Northvale University and Tollan "
        "Medical College."
    )
    assert sorted(r["parties"] for r in facts(text, "partnership")) == [
        ["Northvale University", "Tollan Medical College"],
        ["Tollan Drug Agency", "Westmoor Medicines Agency"],
    ]


def test_a_company_named_by_the_class_noun_group_can_be_a_party(facts):
    text = (
        "British wound-care group Kelvara has agreed to set up a joint venture with Tollan Resources "
        "Pharmaceutical Group to make dressings."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Kelvara", "Tollan Resources Pharmaceutical Group"]]


def test_bodies_in_a_relative_clause_about_the_subject_are_not_parties(facts):
    text = (
        "Westmoor University Hospitals NHS Foundation Trust (WUH), which runs Kestrel Hospital and the Linden "
        "Hospital, has entered a five-year twinning agreement with Tollan People's Hospital."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["Westmoor University Hospitals NHS Foundation Trust", "Tollan People's Hospital"]
    ]


def test_deals_listed_under_a_line_that_introduces_them(facts):
    text = (
        "Deals signed during the visit included:\n"
        "• Northvale Biotech plc and Pearl River Pharma: a £20 million joint venture to make vaccines\n"
        "• Kestrel University and Lingnan Medical University – a joint PhD programme\n"
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Northvale Biotech plc", "Pearl River Pharma"},
        {"Kestrel University", "Lingnan Medical University"},
    ]


def test_a_list_of_bodies_without_a_deal_heading_is_not_a_deal(facts):
    text = "Speakers at the forum:\n• Kestrel University and Lingnan Medical University: two talks on ageing\n"
    assert facts(text, "partnership") == []


def test_a_list_after_a_colon_names_the_other_side_of_each_deal(facts):
    text = (
        "Kestrel University signed agreements with three Chinese institutions: Lingnan Medical University, Pearl "
        "River Medical University and Zhuhai People's Hospital."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Kestrel University", "Lingnan Medical University"],
        ["Kestrel University", "Pearl River Medical University"],
        ["Kestrel University", "Zhuhai People's Hospital"],
    ]


def test_a_joint_venture_announced_with_a_pharma_company(facts):
    text = "Greenfield Medical Ltd announced a joint venture with Pearl River Pharma. The venture will make kits."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Greenfield Medical Ltd", "Pearl River Pharma"}]


def test_a_body_named_with_a_complement_after_its_head_is_a_party_not_the_initiative(facts):
    text = "The Greenleaf Foundation partnered with the Zhuhai Centre for Disease Control to vaccinate children."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Greenleaf Foundation", "Zhuhai Centre for Disease Control"}]
    assert rows[0]["field"] == "public health"


@pytest.mark.parametrize(
    "text,parties",
    [
        (
            "Under an agreement signed on Monday, Kestrel University will send staff to Lingnan Medical University.",
            {"Kestrel University", "Lingnan Medical University"},
        ),
        (
            "Lingnan Medical University is Kestrel University's partner in the new institute.",
            {"Kestrel University", "Lingnan Medical University"},
        ),
        (
            "The three parties - Kestrel University, Lingnan Medical University and Zhuhai People's Hospital - "
            "signed a tripartite agreement.",
            {"Kestrel University", "Lingnan Medical University", "Zhuhai People's Hospital"},
        ),
        (
            "Zhuhai People's Hospital has been twinned with Eastmoor NHS Foundation Trust since 2016.",
            {"Zhuhai People's Hospital", "Eastmoor NHS Foundation Trust"},
        ),
    ],
)
def test_a_deal_under_which_a_sentence_stands_a_named_partner_and_twinning(facts, text, parties):
    assert [set(r["parties"]) for r in facts(text, "partnership")] == [parties]


def test_a_joint_body_set_up_with_a_partner_and_an_arrangement_agreed_between_parties(facts):
    text = (
        "The University of Westmoor has agreed to set up a joint institute for medical imaging with Tollan "
        "Medical University. Help came from Eastmoor University, which has run a joint research centre with "
        "Northvale University since 2017. Under the ambulance arrangement, which was agreed between the Harbour "
        "Health Bureau and the Tollan Health Commission, vehicles will cross the border."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["University of Westmoor", "Tollan Medical University"],
        ["Eastmoor University", "Northvale University"],
        ["Harbour Health Bureau", "Tollan Health Commission"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Northvale Assurance has formed a joint venture with Eastport-based Kestrel Insurance Co. to sell cover.",
        "Northvale Hospital and the Leeds-based Kestrel Cancer Network signed a memorandum on sharing data.",
        "An agreement was signed on Monday between Northvale Hospital and the Kestrel Cancer Network.",
        "The plan follows an agreement reached in January between Northvale Hospital and Kestrel Cancer Network.",
    ],
)
def test_where_a_party_is_based_and_when_the_deal_was_signed_do_not_hide_the_parties(facts, text):
    rows = facts(text, "partnership")
    assert len(rows) == 1
    assert {p.split()[0] for p in rows[0]["parties"]} == {"Northvale", "Kestrel"}
    assert rows[0]["initiative"] is None


def test_a_licence_granted_to_a_body_is_a_deal_with_it(facts):
    rows = facts("Northvale Bio has licensed the rights to its lead drug to Kestrel Pharma in a deal.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Northvale Bio", "Kestrel Pharma"}]
    assert facts("Doctors from Westport are licensed to practise at Kestrel Hospital.", "partnership") == []


def test_the_company_stands_for_the_company_named_before(facts):
    text = (
        "Northvale Pharma Group licensed a drug. Northvale Pharma Group will pay royalties. "
        "Kestrel Medtech Holdings will build a plant in Leeds. "
        "The company signed a memorandum of understanding with Westmoor Combined Authority in May."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Medtech Holdings", "Westmoor Combined Authority"}]


def test_cooperation_between_two_countries_in_someones_words_is_a_remark(facts):
    text = 'The minister said "cooperation between Britain and China can deliver results for patients," at the launch.'
    assert facts(text, "partnership") == []
    assert len(facts("Britain and China signed a health cooperation agreement in May.", "partnership")) == 1


def test_a_district_acting_alone_is_its_government_and_the_district_stands_for_it(facts):
    text = (
        "Shenzhen's Futian district signed agreements on Monday. The three hospitals will be expanded by the "
        "district in partnership with the Kestrel Hospital and the Northvale Hospital."
    )
    assert [set(r["parties"]) for r in facts(text, "partnership")] == [
        {"Futian", "Kestrel Hospital", "Northvale Hospital"}
    ]
    # a bare city's name may stand for one of its bodies, and a place that sets the scene is no party
    assert facts("Leeds signed an agreement with Northvale University.", "partnership") == []
    text = "In Leeds, Kestrel Hospital signed an agreement with Northvale University."
    assert [set(r["parties"]) for r in facts(text, "partnership")] == [{"Kestrel Hospital", "Northvale University"}]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kestrel Therapeutics, a Leeds-based developer, has inked a licensing pact with Eastport Pharma Group.",
            {"Kestrel Therapeutics", "Eastport Pharma Group"},
        ),
        (
            "The home is run through a tie-up between the Hong Kong charity Harbour Care Society and Shenzhen "
            "developer Meisha Health Group.",
            {"Harbour Care Society", "Meisha Health Group"},
        ),
        (
            "In June, the Hospital Authority and the Kestrel Emergency Medical Centre launched a pilot allowing "
            "ambulances to cross the border.",
            {"Hospital Authority", "Kestrel Emergency Medical Centre"},
        ),
    ],
)
def test_pacts_bodies_introduced_by_their_kind_and_joint_pilots(facts, text, expected):
    assert [set(r["parties"]) for r in facts(text, "partnership")] == [expected]


def test_one_body_launching_a_pilot_is_no_partnership(facts):
    assert facts("In June, the Hospital Authority launched a pilot for ambulances.", "partnership") == []


def test_bodies_a_relative_clause_names_before_the_verb_are_not_the_subject(facts):
    text = (
        "Westmoor Health Trust, which runs Kestrel Hospital and Pellston General Hospital, signed the deal with "
        "Bayside Medical Group on Monday."
    )
    assert parties(facts(text, "partnership")) == [{"Westmoor Health Trust", "Bayside Medical Group"}]


def test_a_definite_head_word_stands_for_the_body_with_that_head(facts):
    text = (
        "The Kestrel Drugs Administration named the new sites. Dr Ann Lee, chief manager of the Bayside Hospital "
        "Authority, said the authority had shared its data. In May, the authority signed a cooperation agreement "
        "with Pellston Hospital on drug safety monitoring."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Bayside Hospital Authority", "Pellston Hospital"}]
    assert rows[0]["field"] == "public health"


def test_a_head_word_with_its_modifier_stands_for_the_body_whose_name_ends_with_it(facts):
    """ "the county hospital" is the county's People's Hospital, not the hospital group named after it, whose head
    word is "Group"."""
    text = (
        "Tarrow County Health Bureau runs the clinics. At the centre is the Tarrow County People's Hospital, which "
        "leads the network. The Kelby Binhai Hospital Group, together with the county hospital, has trained 300 "
        "village doctors."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby Binhai Hospital Group", "Tarrow County People's Hospital"}]


def test_a_head_word_stands_for_the_latest_body_it_heads_whether_written_first_or_last(facts):
    text = (
        "Kelby Medical University and the University of Tarrow renewed their exchange. NHS Westmoor has also "
        "agreed to work with the university to host placements."
    )
    assert {"NHS Westmoor", "University of Tarrow"} in parties(facts(text, "partnership"))


def test_a_numbered_group_stands_for_the_bodies_listed_before(facts):
    text = (
        "The four new institutions are:\n\n(1) Ashford Hospital in Kestrel;\n(2) Bayside Medical Centre in "
        "Pellston;\n(3) Harlow General Hospital; and\n(4) Dunmore People's Hospital.\n\nThe Westmoor Health "
        "Department has signed service agreements with the four institutions."
    )
    assert parties(facts(text, "partnership")) == [
        {
            "Westmoor Health Department",
            "Ashford Hospital",
            "Bayside Medical Centre",
            "Harlow General Hospital",
            "Dunmore People's Hospital",
        }
    ]


def test_an_adjective_narrows_the_two_bodies_to_the_pair_that_carries_it(facts):
    text = (
        "The Kestrel Provincial Drugs Office and the Health Commission of Kestrel Province named the new sites, "
        "including Ashford Hospital and Bayside Clinic Hospital. The scheme is run by the Westmoor Health Bureau "
        "together with the two provincial bodies."
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor Health Bureau", "Kestrel Provincial Drugs Office", "Health Commission of Kestrel Province"}
    ]


def test_under_the_agreement_the_two_universities_and_a_venue(facts):
    text = (
        "Dunmore University signed an agreement with Harlow University in May. Under the five-year agreement, the "
        "two universities will develop a joint nursing course, delivered partly at Kestrel Hospital in Pellston."
    )
    assert parties(facts(text, "partnership")) == [{"Dunmore University", "Harlow University"}] * 2


def test_paired_with_and_agreed_with_to(facts):
    paired = "Ashford People's Hospital has paired with Bayside County Hospital since 2022, sending specialists."
    assert parties(facts(paired, "partnership")) == [{"Ashford People's Hospital", "Bayside County Hospital"}]
    agreed = "Kestrel Hospital had agreed with Pellston Hospital to share training posts in cardiology."
    assert parties(facts(agreed, "partnership")) == [{"Kestrel Hospital", "Pellston Hospital"}]
    opinion = "Kestrel Hospital agreed with Pellston Hospital that waiting times were too long."
    assert facts(opinion, "partnership") == []


def test_fields_of_specialists_transplants_and_approvals(facts):
    exchange = "Kestrel Hospital signed an agreement with Pellston Hospital to exchange transplant specialists."
    assert facts(exchange, "partnership")[0]["field"] == "clinical services"
    approvals = (
        "The Bayside Drugs Office signed an agreement with the Westmoor Medicines Agency to speed up approvals of "
        "new drugs."
    )
    assert facts(approvals, "partnership")[0]["field"] == "policy and governance"


def test_signatories_after_titles_of_address(facts):
    text = (
        "The agreement was signed by Prof. Ann Lee, President of Westmoor University, and Dr. Wang Bo, Director of "
        "Kestrel People's Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Kestrel People's Hospital"}]


def test_a_deal_that_will_see_one_body_serve_another(facts):
    text = "The deal will see Westmoor Pharma supply vaccines to Kestrel Health Group."
    assert parties(facts(text, "partnership")) == [{"Westmoor Pharma", "Kestrel Health Group"}]


def test_a_programme_that_brings_bodies_together(facts):
    text = "Funded by the Pellston Foundation, the programme brings Westmoor University and Harlow College together."
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Harlow College"}]


@pytest.mark.parametrize(
    "text",
    [
        "Westmoor University and Harlow College held a signing ceremony for a strategic cooperation agreement.",
        "Westmoor University and Harlow College reached a cooperation agreement on Monday.",
        "A signing ceremony between Westmoor University and Harlow College was held in Pellston.",
        "Westmoor University and Harlow College also agreed on joint training of doctors.",
        "Harlow College became a partner institution of Westmoor University in 2021.",
        "Harlow College and Westmoor University have been working together since 2015.",
    ],
)
def test_signing_ceremonies_reached_agreements_and_partner_institutions(facts, text):
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Harlow College"}]


def test_agreeing_on_a_date_is_no_deal(facts):
    assert facts("Kestrel Hospital agreed on Monday to expand its wards.", "partnership") == []


def test_vaccines_are_public_health(facts):
    text = "Westmoor University is collaborating with Kestrel Hospital on vaccines."
    assert facts(text, "partnership")[0]["field"] == "public health"


def test_a_listed_deal_whose_parties_carry_bracketed_asides(facts):
    text = (
        "Deals signed during the visit include:\n"
        "• Bayside Medical Group (UK) and Pellston Health Co (China) – a joint clinic in Pellston\n"
        "• Harlow Care Ltd (a ten-bed clinic in Pellston)"
    )
    assert parties(facts(text, "partnership")) == [{"Bayside Medical Group", "Pellston Health Co"}]


@pytest.mark.parametrize("lead", ["According to the agreement", "As part of the partnership"])
def test_a_sentence_put_under_a_deal(facts, lead):
    text = f"{lead}, Westmoor University will send 20 nurses to Kestrel Hospital each year."
    assert parties(facts(text, "partnership")) == [{"Westmoor University", "Kestrel Hospital"}]


def test_licensing_a_product_is_trade(facts):
    text = "Under an agreement signed on Monday, Westmoor Pharma will license its inhaler to Kestrel Biotech Ltd."
    assert facts(text, "partnership")[0]["field"] == "trade and investment"


def test_a_body_named_by_a_word_of_its_name_and_its_head(facts):
    text = (
        "Pellston People's Hospital opened a new wing. Westmoor University Hospital sent 30 specialists there. "
        "The Pellston hospital has also agreed with Kestrel Hospital to share training posts."
    )
    assert parties(facts(text, "partnership")) == [{"Pellston People's Hospital", "Kestrel Hospital"}]
    unnamed = "The Harlow hospital signed an agreement with Kestrel Hospital."
    assert facts(unnamed, "partnership") == []


def test_a_deal_in_an_apposition_is_one_of_its_own(facts):
    text = (
        "Bayside Assurance Ltd, a joint venture between Westmoor Insurance Company and Harlow Life Ltd, signed an "
        "agreement with Kestrel Hospital."
    )
    assert sorted(map(sorted, parties(facts(text, "partnership")))) == [
        ["Bayside Assurance Ltd", "Kestrel Hospital"],
        ["Harlow Life Ltd", "Westmoor Insurance Company"],
    ]
    owner = "Bayside Assurance Ltd, a unit of Westmoor Insurance Company, signed an agreement with Kestrel Hospital."
    assert parties(facts(owner, "partnership")) == [{"Bayside Assurance Ltd", "Kestrel Hospital"}]


def test_a_notice_issued_jointly_and_a_partnership_of_two_bodies(facts):
    issued = "The Bayside Health Bureau and the Kestrel Health Commission jointly issued a notice on referrals."
    assert parties(facts(issued, "partnership")) == [{"Bayside Health Bureau", "Kestrel Health Commission"}]
    centre = "The centre is a partnership of Westmoor University and Kestrel Hospital."
    assert parties(facts(centre, "partnership")) == [{"Westmoor University", "Kestrel Hospital"}]


def test_the_organiser_of_the_event_before_a_comma_is_no_party(facts):
    text = "At a forum organised by the Bayside Trade Office, Westmoor Pharma signed an agreement with Kestrel Bio Ltd."
    assert parties(facts(text, "partnership")) == [{"Westmoor Pharma", "Kestrel Bio Ltd"}]


def test_an_insurance_policy_sold_is_trade_and_a_service_agreement_is_care(facts):
    sold = (
        "Westmoor Insurance Company and Harlow Life Ltd formed a joint venture that launched a cross-border policy "
        "in May that pays for treatment at 30 hospitals."
    )
    assert facts(sold, "partnership")[0]["field"] == "trade and investment"
    care = "The Bayside Health Department has signed a service agreement with Kestrel Hospital."
    assert facts(care, "partnership")[0]["field"] == "clinical services"


def test_a_body_operated_by_two_others_and_a_participle_about_the_subject(facts):
    operated = "Bayside Hospital, operated by the Kestrel Municipal Government and Westmoor University, opened in 2012."
    assert parties(facts(operated, "partnership")) == [{"Kestrel Municipal Government", "Westmoor University"}]
    managed = "Kestrel Hospital, managed by Westmoor University, signed an agreement with Harlow College."
    assert parties(facts(managed, "partnership")) == [{"Kestrel Hospital", "Harlow College"}]


def test_a_deal_for_one_body_to_do_something_for_another_joins_both(facts):
    text = (
        "The deals signed during the visit include:\n"
        "- an £8 million agreement for Harrow Robotics Ltd to supply robots to Eastbay People's Hospital\n"
        "- a contract for Kestrel Build Ltd to design a ward at Harbour City Hospital\n"
    )
    got = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert got == [["Eastbay People's Hospital", "Harrow Robotics Ltd"], ["Harbour City Hospital", "Kestrel Build Ltd"]]


def test_a_name_that_opens_with_its_own_the_is_listed_after_with(facts):
    text = "The Northvale District Health Bureau has signed an agreement with The First People's Hospital of Kestrel."
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["First People's Hospital of Kestrel", "Northvale District Health Bureau"]
    ]


def test_bodies_named_with_short_forms_in_brackets(facts):
    text = (
        "Title\n\nGLASGOW, May 3 -- Brazil's National Drug Safety Administration (NDSA) and Norway's Medical "
        "Devices Regulatory Agency (MDRA) signed a memorandum of understanding here on Tuesday.\n\n"
        "The Kelland Health Security Agency (KHSA) and the Norvian Center for Disease Control (Norway CDC) agreed "
        "to launch a joint project on surveillance of infections."
    )
    rows = facts(text, "partnership")
    assert [sorted(r["parties"]) for r in rows] == [
        ["Medical Devices Regulatory Agency", "National Drug Safety Administration"],
        ["Kelland Health Security Agency", "Norvian Center for Disease Control"],
    ]


def test_a_place_whose_possessive_opens_the_next_name_is_not_listed():
    from analysis.extract import partnerships
    from analysis.extract.nlp import Mention, analyse

    from .conftest import make

    text = "Title\n\nThe Arden Agency (AA) and Norway's Vell Agency (VA) signed a memorandum."
    ctx = analyse(make(text))

    def at(kind, words):
        s = text.index(words)
        return Mention(kind, s, s + len(words), "test", {"name": words})

    items = [at("organization", "Arden Agency"), at("place", "Norway"), at("organization", "Vell Agency")]
    runs = partnerships._enumeration(ctx, items, 0, len(text))
    assert [[m.fields["name"] for m in run] for run in runs] == [["Arden Agency", "Vell Agency"]]


def test_the_words_before_the_deal_noun_name_its_field(facts):
    text = (
        "Harlow Diagnostics today announced an exclusive licensing and distribution agreement with Pellston MedTech "
        "Co. for its rapid test.\n\nThe two companies will also set up a joint laboratory in Pellston."
    )
    rows = facts(text, "partnership")
    assert {r["field"] for r in rows} == {"trade and investment"}


def test_two_clauses_joined_by_while_state_two_deals(facts):
    text = (
        "Many new hospitals were built with partners. Pellston Heart Hospital was established under a cooperation "
        "agreement between the Harlow Municipal Government and the Dunmore Academy of Sciences, while the Harlow "
        "Municipal Government signed a strategic partnership with Westmoor University in 2024 to build a cancer "
        "hospital."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Harlow Municipal Government", "Dunmore Academy of Sciences"},
        {"Harlow Municipal Government", "Westmoor University"},
    ]


def test_it_stands_for_the_subject_of_the_clause_before(facts):
    text = (
        "The Harlow Health Bureau also said that the Kestrel Medical Centre, located in the Pellston Medical "
        "Complex, had received 20,000 visits in its first year, and that it had signed a referral agreement with "
        "Dunmore Hospital."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Medical Centre", "Dunmore Hospital"}]


def test_a_facility_run_jointly_with_the_body_named_before(facts):
    text = (
        "Harlow People's Hospital has signed agreements with 12 care homes in the city. Kestrel Senior Living Co., "
        "Ltd., a private operator, has opened a 400-bed care home with an on-site clinic run jointly with the "
        "hospital."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Senior Living Co", "Harlow People's Hospital"}]


def test_an_exchange_between_two_bodies(facts):
    rows = facts(
        "The two schools will run a staff exchange between the Eastport School of Nursing and the Tollan College "
        "of Nursing.",
        "partnership",
    )
    assert [r["parties"] for r in rows] == [["Eastport School of Nursing", "Tollan College of Nursing"]]


def test_agreed_with_a_time_before_to(facts):
    rows = facts(
        "The Eastport Health Bureau and the Tollan Health Bureau agreed in March to a protocol for ambulances.",
        "partnership",
    )
    assert [r["parties"] for r in rows] == [["Eastport Health Bureau", "Tollan Health Bureau"]]


def test_a_plan_launched_with_other_bodies(facts):
    rows = facts(
        "Pearl Mutual Insurance launched a cross-border medical plan with Bay Hospital and Yue Health Insurance Co. "
        "in August.",
        "partnership",
    )
    assert [r["parties"] for r in rows] == [["Pearl Mutual Insurance", "Bay Hospital", "Yue Health Insurance Co"]]


def test_a_service_launched_with_beds_has_no_partner(facts):
    assert facts("Eastport Hospital launched a new service with 20 beds.", "partnership") == []


@pytest.mark.parametrize(
    "text",
    [
        "A panel from the Royal College of Physicians of Westmoor carried out an on-site evaluation at Tollan City "
        "Hospital as part of the accreditation of the hospital's Internal Medicine Training Programme.",
        "Tollan City Hospital was accredited by the Royal College of Physicians of Westmoor as a training centre.",
        "The Royal College of Physicians of Westmoor accredited Tollan City Hospital as a training centre.",
    ],
)
def test_an_accreditation_of_one_body_by_another_is_a_training_partnership(facts, text):
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Royal College of Physicians of Westmoor", "Tollan City Hospital"}]
    assert rows[0]["field"] == "education and training"


def test_a_government_s_grading_is_no_partnership(facts):
    text = "Tollan City Hospital was accredited by the Tollan Municipal Health Commission as a top-grade hospital."
    assert facts(text, "partnership") == []


def test_a_partner_a_party_names_for_the_body_an_earlier_deal_sets_up_joins_that_deal(facts):
    text = (
        "Eastmoor University has teamed up with Tollan People's Hospital to set up an asthma center in the city.\n\n"
        "Eastmoor University will provide training, while its strategic partner, Hua-Lin Healthcare, will look after "
        "management of the center on site."
    )
    rows = facts(text, "partnership")
    assert [r["parties"] for r in rows] == [["Eastmoor University", "Tollan People's Hospital", "Hua-Lin Healthcare"]]


def test_a_partner_named_without_the_earlier_deal_s_body_is_a_deal_of_its_own(facts):
    text = (
        "Eastmoor University has teamed up with Tollan People's Hospital to set up an asthma center in the city.\n\n"
        "Eastmoor University's partner, Kelvin Medtech Ltd, will sell its inhalers in Europe."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Eastmoor University", "Tollan People's Hospital"},
        {"Eastmoor University", "Kelvin Medtech Ltd"},
    ]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Orrin Investment Group and Westgate Ventures pledged US$200 million to a biotech fund with the Tollan "
            "Investment Group.",
            {"Orrin Investment Group", "Westgate Ventures", "Tollan Investment Group"},
        ),
        (
            "Orrin Investment Group has committed £50 million to start-ups together with Tollan Investment Group.",
            {"Orrin Investment Group", "Tollan Investment Group"},
        ),
        (
            "A fund set up by Orrin Investment Group with the Tollan Investment Group will invest 2 billion yuan.",
            {"Orrin Investment Group", "Tollan Investment Group"},
        ),
    ],
)
def test_money_pledged_jointly_with_a_named_counterpart_is_an_investment_partnership(facts, text, parties):
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [parties]
    assert rows[0]["field"] == "trade and investment"


def test_money_invested_in_a_body_with_beds_is_no_partnership(facts):
    text = "Orrin Investment Group invested £20 million in Westgate Hospital with 500 beds."
    assert facts(text, "partnership") == []


def test_an_investment_round_led_by_a_named_investor_joins_the_company_and_its_investor(facts):
    text = "Orrin Therapeutics Ltd has closed a US$30 million Series B round led by Tollan Investment Group."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Orrin Therapeutics Ltd", "Tollan Investment Group"}]


def test_a_round_led_by_one_investor_and_separately_a_licence_to_another_body_are_two_deals(facts):
    text = (
        "Orrin Therapeutics Ltd has closed a US$30 million round led by Tollan Investment Group, and separately "
        "licensed the rights to its drug to Westgate Pharma Co."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Orrin Therapeutics Ltd", "Tollan Investment Group"},
        {"Orrin Therapeutics Ltd", "Westgate Pharma Co"},
    ]


def test_a_listed_deal_between_a_described_party_and_another(facts):
    text = (
        "The deals include:\n"
        "  • a £30 million joint venture between Harrowgate Diagnostics, a Leeds-based maker of blood tests, and "
        "Tollan Medical Technology Co., Ltd, to build a plant\n"
        "  • a licensing agreement worth 90 million yuan (£9.8 million) between Leeds-based Corven Genomics and "
        "Bayside Pharmaceutical Co. for a test panel\n"
    )
    assert parties(facts(text, "partnership")) == [
        {"Harrowgate Diagnostics", "Tollan Medical Technology Co"},
        {"Corven Genomics", "Bayside Pharmaceutical Co"},
    ]


def test_a_description_after_the_last_party_adds_no_party(facts):
    text = (
        "The deal is a joint venture between Harrowgate Diagnostics and Corven Genomics, a Leeds-based maker of tests."
    )
    assert parties(facts(text, "partnership")) == [{"Harrowgate Diagnostics", "Corven Genomics"}]


def test_a_scheme_run_with_a_partner_joins_the_body_that_reports_it(facts):
    text = "Meanwhile, the Bayside Hospital Authority said a pilot it runs with Tollan People's Hospital would grow."
    assert parties(facts(text, "partnership")) == [{"Bayside Hospital Authority", "Tollan People's Hospital"}]
    text = "The Westmoor Health Commission announced that the insurance plan run with Harbour Insurance Ltd has grown."
    assert parties(facts(text, "partnership")) == [{"Westmoor Health Commission", "Harbour Insurance Ltd"}]


def test_a_service_running_with_staff_of_a_body_is_no_partnership(facts):
    assert facts("The clinic runs with 20 staff from Tollan People's Hospital.", "partnership") == []


def test_a_short_name_beside_a_named_body_in_the_subject_is_a_party(facts):
    text = (
        "Kestrel Vale Teaching Hospitals NHS Trust will train 100 doctors.\n\n"
        "Kestrel Vale and Wuhan Linden People's Hospital will set up a stroke link.\n\n"
        "Wuhan Jade Medical College and Kestrel Vale will exchange 15 doctors each year."
    )
    got = {frozenset(r["parties"]) for r in facts(text, "partnership")}
    assert got == {
        frozenset({"Kestrel Vale Teaching Hospitals NHS Trust", "Wuhan Linden People's Hospital"}),
        frozenset({"Kestrel Vale Teaching Hospitals NHS Trust", "Wuhan Jade Medical College"}),
    }


def test_an_alias_in_brackets_in_the_subject_is_no_other_party(facts):
    text = (
        "Kestrel University (KU) and the Wuhan Linden University of Science have agreed to set up a joint academy. "
        "The KU Academy of Nursing will open in May."
    )
    got = [set(r["parties"]) for r in facts(text, "partnership")]
    assert got == [{"Kestrel University", "Wuhan Linden University of Science"}]


def test_a_pilot_between_two_bodies_is_a_partnership_and_between_two_places_is_none(facts):
    bodies = "- a data-sharing pilot between the Tarrow Health Bureau and the Zhuhai Municipal Health Commission;\n"
    assert [set(r["parties"]) for r in facts(bodies, "partnership")] == [
        {"Tarrow Health Bureau", "Zhuhai Municipal Health Commission"}
    ]
    places = "A cross-border ambulance pilot between Hong Kong and Shenzhen moved 70 patients in its first year."
    assert facts(places, "partnership") == []


def test_a_definite_class_noun_subject_stands_for_the_body_named_before(facts):
    text = (
        "Bayfield Assurance Limited has introduced a medical plan. The insurer has signed a direct-billing "
        "agreement with Qianhai Lotus Hospital so policyholders need not pay."
    )
    assert [set(r["parties"]) for r in facts(text, "partnership")] == [
        {"Bayfield Assurance Limited", "Qianhai Lotus Hospital"}
    ]


def test_a_centre_named_after_a_short_name_in_the_subject_is_a_party_not_the_initiative(facts):
    text = (
        "Clinical work will be carried out with Kestrel Eye Hospital NHS Foundation Trust.\n\n"
        "Under a memorandum signed at the launch, Kestrel and the Wuhan Linden Eye Center will exchange "
        "up to 12 trainee surgeons a year."
    )
    got = [(set(r["parties"]), r["initiative"]) for r in facts(text, "partnership")]
    assert got == [({"Kestrel Eye Hospital NHS Foundation Trust", "Wuhan Linden Eye Center"}, None)]


def test_a_second_deal_of_the_same_verb_after_the_first_ones_purpose(facts):
    text = (
        "The Westmoor Health Bureau signed a cooperation agreement with the Northvale Association of Nurses to train "
        "50 nurses over two years, and with Kestrel Hospital to take referrals of patients at public fees."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Kestrel Hospital", "Westmoor Health Bureau"],
        ["Northvale Association of Nurses", "Westmoor Health Bureau"],
    ]
    fields = {frozenset(r["parties"]): r["field"] for r in rows}
    assert fields[frozenset({"Westmoor Health Bureau", "Kestrel Hospital"})] == "clinical services"


def test_the_two_universities_and_a_third_body(facts):
    text = (
        "Dunmore University and Harlow University have signed an agreement to build a laboratory. It includes a "
        "trials collaboration between the two universities and Kestrel Biotech Ltd, which will fund a study."
    )
    rows = facts(text, "partnership")
    assert {"Dunmore University", "Harlow University", "Kestrel Biotech Ltd"} in [set(r["parties"]) for r in rows]


def test_the_two_universities_are_bodies_headed_by_university():
    from analysis.extract.partnerships import _head_word

    assert _head_word("Second Hospital of Westbrook University") == "Hospital"
    assert _head_word("University of Westbrook") == "University"
    assert _head_word("Westbrook University") == "University"


def test_a_list_closed_by_and_ends_before_the_next_clause(facts):
    text = (
        "Under a referral agreement signed in June between the Westmoor Health Bureau and the Harlow Municipal "
        "Health Bureau, Westmoor public hospitals can refer patients to Harlow."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Westmoor Health Bureau", "Harlow Municipal Health Bureau"}]


def test_the_terms_of_an_agreement_under_which(facts):
    text = (
        "Health news.\n- a training agreement under which Kestrel Hospital will host 60 nurses from Harlow Medical "
        "Centre."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Hospital", "Harlow Medical Centre"}]
    assert rows[0]["field"] == "education and training"


def test_a_witness_named_far_after_in_the_presence_of_is_no_party(facts):
    text = (
        "The agreement was signed by Dunmore University and Harlow University in the presence of a large delegation "
        "from the Westmoor Provincial Health Commission."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Dunmore University", "Harlow University"}]


def test_an_event_organised_with_bodies_is_no_deal_between_them(facts):
    text = (
        "The mission, led by Trade Minister Mary Dawlish, was organised together with the Westmoor Pharmaceutical "
        "Association and the Kestrel Business Council."
    )
    assert facts(text, "partnership") == []


def test_the_body_that_reports_a_pilot_with_a_partner(facts):
    text = (
        "The Westmoor Health Commission will recruit nurses. The commission said a pilot with Kestrel University "
        "would train 300 village doctors."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Westmoor Health Commission", "Kestrel University"}]
    assert rows[0]["field"] == "education and training"


def test_a_ward_opened_by_one_body_together_with_another(facts):
    text = "In addition, a joint orthopaedic ward was opened by Kestrel Hospital together with Westmoor Hospital."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Hospital", "Westmoor Hospital"}]
    assert rows[0]["field"] == "clinical services"


def test_a_word_of_origin_before_the_subject_names_no_other_body(facts):
    text = (
        "British testing company Kestrel Diagnostics plc has signed a distribution agreement with Westmoor Medical "
        "Co. Ltd. Later, Mary Dawlish of the British Diagnostics Association spoke."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Diagnostics plc", "Westmoor Medical Co"}]


def test_a_dialogue_between_two_regulators(facts):
    text = (
        "Officials welcomed continued dialogue between the Westmoor Medical Products Administration and the Kestrel "
        "Regulatory Agency on clinical evidence."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Westmoor Medical Products Administration", "Kestrel Regulatory Agency"}
    ]
    assert rows[0]["field"] == "policy and governance"


def test_the_two_hospitals_of_the_latest_deal_even_when_a_name_opens_with_university(facts):
    text = (
        "The University of Westmoor-Kestrel Hospital has agreed with Northvale Hospital that the two will join "
        "forces. Dr Mary Dawlish, chief of Northvale Hospital and Eastbrook Hospital, said the two hospitals would "
        "work together to lift the standard of medical care."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"University of Westmoor-Kestrel Hospital", "Northvale Hospital"})
    }


def test_an_unknown_place_opening_a_bodys_name_stands_for_the_body(facts):
    text = (
        "Clinical work will be carried out with Marrowby Eye Hospital NHS Foundation Trust. Under a memorandum signed "
        "at the launch, Marrowby and the Kestrel Ophthalmic Center will exchange up to 12 trainee surgeons a year."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Marrowby Eye Hospital NHS Foundation Trust", "Kestrel Ophthalmic Center"}
    ]


def test_a_company_named_without_the_city_its_name_opens_with(facts):
    text = (
        "Shenzhen Meiling Biotech opened a plant in Leeds.\n"
        "* Meiling signed a US$18 million manufacturing agreement with Fenwick Pharma Services to fill vials."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Shenzhen Meiling Biotech", "Fenwick Pharma Services"}]


def test_an_investment_received_from_a_fund(facts):
    text = "Kestrel Biologics Ltd will receive a US$8 million investment from Shanghai-based Westmoor Capital."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Biologics Ltd", "Westmoor Capital"}]
    assert rows[0]["field"] == "trade and investment"


def test_the_verb_nearest_the_deal_is_the_deals_verb(facts):
    text = (
        "Kestrel University signed a deal with Westmoor College. The signing comes a month after the Kestrel "
        "University School of Nursing renewed its research agreement with the Second Hospital of Northvale University."
    )
    rows = facts(text, "partnership")
    assert {"Kestrel University School of Nursing", "Second Hospital of Northvale University"} in [
        set(r["parties"]) for r in rows
    ]


def test_a_plan_launched_with_a_partner_reported_by_its_insurer(facts):
    text = (
        "On insurance, Macao insurer Kestrel Insurance Company said its cross-boundary medical plan, launched with "
        "Westmoor Assurance's Zhuhai branch, had sold about 18,600 policies since March."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kestrel Insurance Company", "Westmoor Assurance"}]
    assert rows[0]["field"] == "trade and investment"


def test_a_deal_under_which_one_company_sells_anothers_products_after_a_legal_form(facts):
    text = (
        "Northvale Pharma announced three deals on Monday.\n\n"
        "- a distribution agreement under which Kestrel Medicine Co., Ltd. will sell Northvale Pharma's cancer drugs "
        "in 5 provinces;"
    )
    assert {"Kestrel Medicine Co", "Northvale Pharma"} in parties(facts(text, "partnership"))


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Harbour Health Bureau said 900 residents were treated under the subsidy scheme the bureau runs with "
            "the Eastport Municipal Health Commission.",
            {"Harbour Health Bureau", "Eastport Municipal Health Commission"},
        ),
        (
            "Kestrel Foundation said the outreach programme Westbrook University operates with Harbour Hospital has "
            "reached 400 families.",
            {"Westbrook University", "Harbour Hospital"},
        ),
        # a pronoun runs nothing of its own: the body that reports the deal does
        (
            "Westbrook University said the pilot it runs with Harbour Hospital has grown.",
            {"Westbrook University", "Harbour Hospital"},
        ),
    ],
)
def test_the_body_a_relative_clause_names_runs_the_scheme_with_the_partner(facts, text, expected):
    assert parties(facts(text, "partnership")) == [expected]


def test_the_joint_venture_after_with_is_the_one_body_named_as_one(facts):
    text = (
        "Kestrel Biotech and Tollan Pharma will build a plant in Leeds. The plant will be owned by a new joint "
        "venture, Kestrel Tollan Manufacturing Ltd, in which Kestrel will hold 60 per cent.\n\n"
        "Harbour Medical will sell its products in Hong Kong under a 5-year agreement with the joint venture."
    )
    assert {"Harbour Medical", "Kestrel Tollan Manufacturing Ltd"} in parties(facts(text, "partnership"))


def test_the_joint_venture_after_with_names_no_party_when_two_were_named(facts):
    text = (
        "Kestrel Biotech and Tollan Pharma formed a joint venture, Kestrel Tollan Manufacturing Ltd. Westbrook "
        "Pharma and Ashford Health formed another joint venture, Westford Care Ltd.\n\n"
        "Harbour Medical will sell its products in Hong Kong under a 5-year agreement with the joint venture."
    )
    assert all("Harbour Medical" not in p for p in parties(facts(text, "partnership")))


def test_the_consortium_after_with_is_the_consortium_named_before(facts):
    text = (
        "Westbrook University, Kestrel Hospital and Tollan College formed the Coastal Stroke Consortium on Monday.\n\n"
        "Harbour Medical signed a data agreement with the consortium."
    )
    assert {"Harbour Medical", "Coastal Stroke Consortium"} in parties(facts(text, "partnership"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tollan Hospital, which runs 4 clinics in Leeds, will host 10 Westbrook nurses a year on 3-month placements.",
        "Tollan Hospital will host 10 nurses from Westbrook Medical University a year.",
        "Tollan Hospital will take 10 of Westbrook's trainees.",
    ],
)
def test_a_body_hosting_another_bodys_staff_is_a_partner_of_it(facts, sentence):
    text = "Westbrook Medical University and Tollan University opened a centre for ageing.\n\n" + sentence
    assert {"Tollan Hospital", "Westbrook Medical University"} in parties(facts(text, "partnership"))


def test_hosting_people_of_a_country_is_no_partnership(facts):
    text = "Westbrook Medical University opened a centre.\n\nTollan Hospital will host 10 Chinese nurses a year."
    assert all("Tollan Hospital" not in p for p in parties(facts(text, "partnership")))


def test_a_short_name_before_a_relative_clause_acts_for_its_body(facts):
    text = (
        "Westbrook Medical University opened a centre. Dr Li works at Kestrel Vale NHS Foundation Trust.\n\n"
        "Kestrel Vale, which runs 3 hospitals in Leeds, will host 8 Westbrook nurses a year."
    )
    assert {"Kestrel Vale NHS Foundation Trust", "Westbrook Medical University"} in parties(facts(text, "partnership"))


@pytest.mark.parametrize(
    "text",
    [
        "Westbrook University signed an agreement in partnership with Kestrel Hospital and Ashford Medical College.",
        "Westbrook University, in partnership with Kestrel Hospital and Ashford Medical College, launched a rural "
        "nursing scheme.",
        "Westbrook University launched the Coastal Nurse Programme, in partnership with Kestrel Hospital and Ashford "
        "Medical College.",
    ],
)
def test_the_acting_body_stays_a_party_beside_those_listed_after_in_partnership_with(facts, text):
    assert parties(facts(text, "partnership")) == [
        {"Westbrook University", "Kestrel Hospital", "Ashford Medical College"}
    ]


def test_an_arrangement_with_a_body_is_a_deal_with_it(facts):
    text = (
        "Kestrel Hospital in Shenzhen treats many patients. Dr Wu, director of Kestrel Hospital, said the hospital "
        "was busy.\n\n"
        "The hospital also takes part in an arrangement with the Harbour Health Authority under which patients can "
        "collect medication there."
    )
    assert {"Kestrel Hospital", "Harbour Health Authority"} in parties(facts(text, "partnership"))


@pytest.mark.parametrize(
    "subject,expected",
    [
        ("the NHS trust and the Shenzhen hospital", {"Kestrel Vale NHS Foundation Trust", "Shenzhen Harbour Hospital"}),
        ("the trust and the hospital", {"Kestrel Vale NHS Foundation Trust", "Shenzhen Harbour Hospital"}),
        ("the hospital and the hospital", None),  # one body twice: no deal of two
    ],
)
def test_coordinated_definite_descriptions_stand_for_the_bodies_named_before(facts, subject, expected):
    text = (
        "Westbrook University, Kestrel Vale NHS Foundation Trust and Shenzhen Harbour Hospital formed a consortium."
        f"\n\nAlongside the trial, {subject} will run a nurse fellowship."
    )
    found = [p for p in parties(facts(text, "partnership")) if "Westbrook University" not in p]
    assert found == ([expected] if expected else [])


def test_a_place_possessive_opens_the_body_listed_after_together_with(facts):
    text = (
        "Harbour insurer Kestrel Mutual Assurance, together with Foshan's Ashgate Health Insurance, launched a "
        "cross-border medical policy in March."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Mutual Assurance", "Ashgate Health Insurance"}]
    assert rows[0]["field"] == "trade and investment"


def test_together_with_a_body_described_before_that_retrains_staff(facts):
    text = (
        "The Pellston District Health Bureau runs 12 clinics.\n\n"
        "Separately, Ashford Nursing College, together with the health bureau, has retrained 150 village doctors."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Ashford Nursing College", "Pellston District Health Bureau"}]
    assert rows[0]["field"] == "education and training"


@pytest.mark.parametrize(
    "clause",
    ["will take a 38% stake in", "bought a minority stake in", "has acquired a 20 per cent stake in"],
)
def test_a_stake_one_company_takes_in_another_is_a_deal(facts, clause):
    text = f"Harwell Health Group, the Northgate hospital operator, {clause} Kestrel Antibodies for £85 million."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Harwell Health Group", "Kestrel Antibodies"}]
    assert rows[0]["field"] == "trade and investment"


def test_a_stake_without_a_named_buyer_is_no_deal(facts):
    assert facts("Investors will take a 10% stake in Kestrel Antibodies this year.", "partnership") == []


def test_joint_rules_issued_by_two_bodies(facts):
    text = (
        "Nurses registered in Norvia will be able to practise in Pellston from 1 May, under joint rules issued on "
        "Monday by the Norvia Health Bureau and the Pellston Provincial Health Commission."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Norvia Health Bureau", "Pellston Provincial Health Commission"}]
    assert rows[0]["field"] == "policy and governance"


def test_list_items_with_seats_set_off_by_commas_under_a_blank_line(facts):
    text = (
        "The mission brought 30 firms to the fair.\n\n"
        "Among the other agreements announced on Monday:\n\n"
        "- Kestrel Diagnostics, of Glasgow, and Ashgate Harbour Medical Supply: a distribution deal for rapid tests;\n"
        "- Westmoor Surgical, based in York, and Pellston Devices Group: a renewal of their supply agreement."
    )
    found = parties(facts(text, "partnership"))
    assert {"Kestrel Diagnostics", "Ashgate Harbour Medical Supply"} in found
    assert all("Glasgow" not in p for p in found)


def test_items_under_a_heading_of_one_bodys_partners(facts):
    text = (
        "Kestrel Vale University Hospitals NHS Trust has renewed its partnership with Ashgate People's Hospital.\n\n"
        "The agreement is one of several links the trust has built up abroad. Its current partners there are:\n\n"
        "- Ashgate People's Hospital (nursing exchange, renewed this year)\n"
        "- Pellston Lakeside Children's Hospital (joint research on asthma in infants, since 2019)\n"
        "- Norvia College of Nursing (distance-learning modules for 300 student nurses)\n\n"
        "Professor Ann Dale said the links had produced four joint papers."
    )
    found = parties(facts(text, "partnership"))
    trust = "Kestrel Vale University Hospitals NHS Trust"
    assert {trust, "Pellston Lakeside Children's Hospital"} in found
    assert {trust, "Norvia College of Nursing"} in found
    assert all(len(p) == 2 and trust in p for p in found)


def test_items_under_another_heading_name_no_owner(facts):
    text = (
        "Kestrel Vale University Hospitals NHS Trust opened a ward.\n\n"
        "Visitors this year came from:\n\n"
        "- Pellston Lakeside Children's Hospital (two nurses)\n"
        "- Norvia College of Nursing (three students)"
    )
    assert facts(text, "partnership") == []


def test_a_scheme_of_an_earlier_deal_run_with_a_third_body(facts):
    text = (
        "The University of Westmoor has signed a memorandum of understanding with Kestrel Medical University, "
        "committing the two universities to joint stroke research and a clinician exchange.\n\n"
        "The exchange will be run together with Ashvale NHS Foundation Trust, which will host the visiting "
        "clinicians on placements lasting three to six months."
    )
    found = parties(facts(text, "partnership"))
    assert {"University of Westmoor", "Kestrel Medical University"} in found
    assert {"University of Westmoor", "Kestrel Medical University", "Ashvale NHS Foundation Trust"} in found


def test_an_active_scheme_subject_keeps_its_launching_body(facts):
    text = (
        "The University of Westmoor has signed a memorandum of understanding with Kestrel Medical University on a "
        "clinician exchange.\n\n"
        "The exchange has also worked with Ashvale NHS Foundation Trust since May."
    )
    found = parties(facts(text, "partnership"))
    assert {"University of Westmoor", "Kestrel Medical University", "Ashvale NHS Foundation Trust"} not in found


def test_a_licence_taken_from_another_body(facts):
    text = "Kestrel Bio has licensed the rights to its kidney drug from Ashgate Pharma for £5 million."
    assert parties(facts(text, "partnership")) == [{"Kestrel Bio", "Ashgate Pharma"}]


def test_rights_bought_from_another_body_are_a_licensing_deal_and_a_purchase_is_not(facts):
    text = "Kestrel Bio Co., Ltd. has agreed to pay Ashgate Pharma US$40 million upfront for the rights to its drug."
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Kestrel Bio Co", "Ashgate Pharma"}]
    assert rows[0]["field"] == "trade and investment"
    assert facts("Kestrel Bio paid £40 million for Ashgate Pharma last year.", "partnership") == []


def test_a_licence_from_one_body_to_another(facts):
    text = "The deal covers a licence from Westmoor Therapeutics to Pellston Biologics for a cancer test."
    assert parties(facts(text, "partnership")) == [{"Westmoor Therapeutics", "Pellston Biologics"}]


def test_a_bodys_possessive_opens_its_unit_listed_after_together_with(facts):
    text = "Kestrel Holdings, together with Ashgate Group's Northgate Insurance, launched a health plan in March."
    assert parties(facts(text, "partnership")) == [{"Kestrel Holdings", "Northgate Insurance"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no trigger reads these sentences; each names two bodies and a word of cooperation
        (
            "Under the twinning scheme, nurses from Kestrel Hospital spend a month at Ashford Medical College.",
            [{"Kestrel Hospital", "Ashford Medical College"}],
        ),
        (
            "The consortium brings staff of Dunmore University to wards of Harlow Infirmary every spring.",
            [{"Dunmore University", "Harlow Infirmary"}],
        ),
        # a wish, a remark in quotation marks, a plural of cooperation in general, three bodies
        ("Dunmore University hopes for a partnership one day, said Harlow Infirmary.", []),
        ('"A partnership would suit Dunmore University," the head of Harlow Infirmary said.', []),
        ("Building research partnerships helps Dunmore University and Harlow Infirmary alike.", []),
        (
            "Under the twinning scheme, nurses from Kestrel Hospital, Dunmore University and Harlow Infirmary meet.",
            [],
        ),
        # a body and the system it belongs to are not two partners
        ("The partnership approach of the Westmoor NHS Trust serves the NHS well.", []),
    ],
)
def test_two_bodies_and_a_word_of_cooperation(facts, text, expected):
    assert parties(facts(text, "partnership")) == expected


def test_a_list_item_takes_its_field_from_the_line_that_introduces_it(facts):
    text = (
        "The article is about a county's budget.\n\n"
        "Under the new plan, the Eastbay Health Bureau has agreed with these hospitals to train family doctors:\n\n"
        "Harlow Clinic, for the county's north;\n"
        "Northvale Clinic, for the county's south.\n\n"
        "Investment in industry and trade rose, and more companies opened."
    )
    rows = facts(text, "partnership")
    assert {r["field"] for r in rows} == {"education and training"}


def test_the_words_that_describe_a_party_say_nothing_of_the_deal(facts):
    text = "Kestrel Hospital, alongside the Northport insurer Ashford Assurance, will offer care to older patients."
    rows = facts(text, "partnership")
    assert rows[0]["field"] == "clinical services"


def test_a_deal_under_an_arrangement_between_two_bodies(facts):
    text = (
        "Under a staffing arrangement agreed in May, Pellston Clinic lends two nurses to Marrow Vale General Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Pellston Clinic", "Marrow Vale General Hospital"}]
    assert (
        facts("Kestrel Hospital treats patients from Dunmore Hospital, and no arrangement exists.", "partnership") == []
    )


def test_records_or_expertise_exchanged_with_a_body(facts):
    text = (
        "Ashford Central Hospital will share electronic health records with Marrow Vale General Hospital and, "
        "together with Pellston Clinic, will pool its laboratory data."
    )
    assert {"Ashford Central Hospital", "Marrow Vale General Hospital"} <= set().union(
        *parties(facts(text, "partnership"))
    )
    text = "Westbrook University will share its data and expertise with Dunmore Hospital."
    assert parties(facts(text, "partnership")) == [{"Westbrook University", "Dunmore Hospital"}]
    assert facts("Dunmore Hospital shares its name with Westbrook University Hospital.", "partnership") == []


def test_it_stands_for_the_one_body_of_the_sentence_before(facts):
    text = (
        "Harrow Therapeutics signed a deal with Kestrel Pharmaceutical on Monday. Few expected Harrow Therapeutics' "
        "growth. In 2019 it licensed a skin cream to Westbrook Biotech."
    )
    assert {"Harrow Therapeutics", "Westbrook Biotech"} in parties(facts(text, "partnership"))
    text = (
        "Harrow Therapeutics signed a deal with Kestrel Pharmaceutical on Monday. The move was welcomed by Dunmore "
        "Holdings. It also signed an agreement with Westbrook Biotech."
    )
    assert {"Dunmore Holdings", "Westbrook Biotech"} not in parties(facts(text, "partnership"))


def test_members_listed_under_a_line_that_brings_them_together(facts):
    text = (
        "Applicants include the Northport Frailty Consortium, set up in 2019, which brings together:\n\n"
        "- Ambleford University in York, the lead partner;\n"
        "- the Westbrook Institute of Ageing;\n"
        "- Pellston Community Health NHS Trust, which runs two care homes;\n"
        "- Dunmore Rehabilitation Hospital.\n\n"
        "Other news followed."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [
        {
            "Ambleford University",
            "Westbrook Institute of Ageing",
            "Pellston Community Health NHS Trust",
            "Dunmore Rehabilitation Hospital",
        }
    ]
    assert rows[0]["initiative"] == "Northport Frailty Consortium"


def test_a_body_chained_after_a_relative_clause_deal_joins_that_deal(facts):
    text = (
        "The Dongguan pilot now covers Dongguan Central Hospital, which has agreed to share patient data with "
        "Marrow Vale General Hospital in York, together with Huizhou Integrated Medical Centre, from March."
    )
    assert parties(facts(text, "partnership")) == [
        {"Dongguan Central Hospital", "Marrow Vale General Hospital", "Huizhou Integrated Medical Centre"}
    ]


def test_a_part_named_by_the_start_of_its_body_stands_for_the_body(facts):
    text = (
        "The plan includes a new campus for Dongguan Kestrel Hospital with 900 beds. The Kestrel campus will be "
        "managed in partnership with Westbrook University Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Dongguan Kestrel Hospital", "Westbrook University Hospital"}]


def test_residents_signed_up_to_a_service_are_no_deal(facts):
    text = "By March, Baoan District had signed up 400,000 households for home visits."
    assert facts(text, "partnership") == []
    text = "Baoan District and Nanshan District signed up to a joint charter on clinic standards."
    assert parties(facts(text, "partnership")) == [{"Baoan District", "Nanshan District"}]


def test_where_a_body_is_based_opens_no_name_of_two_words(facts):
    text = (
        "Eastbay Eye Hospital is run by a joint venture between Hong Kong-based Kestrel Medical Holdings and Dongguan "
        "Harbour Healthcare Investment."
    )
    assert parties(facts(text, "partnership")) == [
        {"Kestrel Medical Holdings", "Dongguan Harbour Healthcare Investment"}
    ]
    rows = facts("The Centre for Evidence-based Medicine signed an agreement with Kestrel Hospital.", "organization")
    assert "Centre for Evidence-based Medicine" in {r["name"] for r in rows}


def test_a_contract_won_before_and_awarded_by_a_body(facts):
    text = (
        "Ashford Healthcare Group has secured a contract to design two clinics in Eastbay. The contract was awarded "
        "by Dongguan Harbour Investment Company, a developer that owns several hospitals and is worth 3 billion yuan."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Ashford Healthcare Group", "Dongguan Harbour Investment Company"}]
    text = "Ashford Healthcare Group opened a clinic. The contract was awarded by Dongguan Harbour Investment Company."
    assert facts(text, "partnership") == []
    text = "Ashford Healthcare Group won a contract. The prize was awarded by Dongguan Harbour Investment Company."
    assert facts(text, "partnership") == []


def test_a_deal_in_apposition_to_a_body_takes_that_body_s_field(facts):
    text = (
        "Patients queue at Westbay Hospital, a partnership between Kestrel Medical Holdings and Dongguan Harbour "
        "Healthcare Investment."
    )
    assert facts(text, "partnership")[0]["field"] == "clinical services"
    text = "Kestrel University signed a deal with Dongguan Harbour Hospital, a partner of Westbay Medical Holdings."
    assert facts(text, "partnership")[0]["field"] == "other"


def test_a_cue_word_as_a_possessive_states_no_cooperation(facts):
    text = (
        "Westland Credit Agency has lent money to the alliance's new fund, while the Department for Trade of "
        "Westland said exports grew."
    )
    assert facts(text, "partnership") == []


def test_in_association_or_in_concert_with(facts):
    text = "The course is run by Kestrel University in association with Dongguan Harbour Hospital."
    assert parties(facts(text, "partnership")) == [{"Kestrel University", "Dongguan Harbour Hospital"}]
    text = "Kestrel University, acting in concert with Dongguan Harbour Hospital, opened a training ward."
    assert parties(facts(text, "partnership")) == [{"Kestrel University", "Dongguan Harbour Hospital"}]
    text = "Kestrel University could work in association with Dongguan Harbour Hospital in future."
    assert facts(text, "partnership") == []


def test_a_deal_agreed_between_two_bodies_whatever_names_it(facts):
    text = "The scheme, known as the Tallis Exchange, was agreed between Ormsby University and Kelby Hospital."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Ormsby University", "Kelby Hospital"}]


def test_co_funders_are_parties_and_a_single_funder_is_not(facts):
    rows = facts("The trial is co-funded by the Hartfield Trust and the Zhongnan Foundation.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Hartfield Trust", "Zhongnan Foundation"}]
    rows = facts("The trial is jointly financed by Hartfield Trust and Kelby Hospital.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Hartfield Trust", "Kelby Hospital"}]
    assert facts("The trial is funded by Hartfield Trust and run by Kelby Hospital.", "partnership") == []


def test_co_funders_of_a_cooperation_the_article_stated_are_its_funders_not_a_partnership(facts):
    text = (
        "Tarn University and Kelby Medical University launched a joint doctoral programme. The programme is co-funded "
        "by the Tarn Research Council and the Kelby Scholarship Council."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Tarn University", "Kelby Medical University"]]


def test_members_listed_under_its_members_are(facts):
    text = (
        "The network is led by Ormsby University.\nIts members are:\n"
        "- Ormsby University and Kelby University;\n- Hunan Tarrow University and Xiangya Kelby Hospital.\n"
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Ormsby University", "Kelby University", "Hunan Tarrow University", "Xiangya Kelby Hospital"}
    ]


def test_rights_handed_to_a_body(facts):
    text = "Tarrow Diagnostics has handed exclusive distribution of its tests in China to Huali Medical Supply."
    rows = facts(text, "partnership")
    assert [(set(r["parties"]), r["field"]) for r in rows] == [
        ({"Tarrow Diagnostics", "Huali Medical Supply"}, "trade and investment")
    ]
    assert facts("Tarrow Diagnostics handed the prize to Ormsby Hospital.", "partnership") == []


def test_an_acquisition_is_a_deal_of_buyer_and_bought(facts):
    for text in (
        "Linhui Respiratory Technology completed its acquisition of Leeds-based Ormsby Medical for £35 million.",
        "Linhui Respiratory Technology has acquired Ormsby Medical.",
    ):
        rows = facts(text, "partnership")
        assert [(set(r["parties"]), r["field"]) for r in rows] == [
            ({"Linhui Respiratory Technology", "Ormsby Medical"}, "trade and investment")
        ]


def test_a_party_described_by_its_trade_before_its_name(facts):
    rows = facts("Linhui Medical signed an arrangement with the financier Tarrow Leasing Group.", "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Linhui Medical", "Tarrow Leasing Group"}]


def test_a_second_named_deal_of_the_acting_side_is_a_deal_of_its_own(facts):
    text = (
        "Linhui Medical announced a service contract with Calder Hospitals NHS Trust, together with a leasing "
        "arrangement with Tarrow Leasing Group."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Calder Hospitals NHS Trust", "Linhui Medical"],
        ["Linhui Medical", "Tarrow Leasing Group"],
    ]
    text = (
        "Together with Ormsby University, the Kelby Trust has set up a joint register with Tarrow Nursing Association."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kelby Trust", "Ormsby University", "Tarrow Nursing Association"}]


def test_a_body_written_by_the_first_word_of_its_name(facts):
    text = (
        "Thornbury Clinics Group, which runs day surgeries in Kent, has won a contract from Qinglan Eye Hospital. "
        "It comes a year after Thornbury's earlier contract, with Hexi Eye Clinic, was extended to 2030."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Thornbury Clinics Group", "Qinglan Eye Hospital"}),
        frozenset({"Thornbury Clinics Group", "Hexi Eye Clinic"}),
    }


def test_the_first_word_of_a_name_as_a_modifier_names_no_party(facts):
    text = (
        "Lenwood University opened a dental school in May. Charnley NHS Trust, which trains many Lenwood "
        "undergraduates, has paired its clinics with those of two hospitals."
    )
    assert facts(text, "partnership") == []


def test_a_second_deal_named_by_deal_after_together_with(facts):
    text = (
        "Harlow Pharmacy has formed a joint venture with Sichuan Meirong Pharmaceutical Company. Harlow Pharmacy "
        "also said it had signed a supply arrangement with Chongqing Baiyu Pharmaceutical Group, together with a "
        "smaller logistics deal with Chengdu-based Shuhe Logistics Company, to stock British products."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Harlow Pharmacy", "Sichuan Meirong Pharmaceutical Company"}),
        frozenset({"Harlow Pharmacy", "Chongqing Baiyu Pharmaceutical Group"}),
        frozenset({"Harlow Pharmacy", "Shuhe Logistics Company"}),
    }


def test_the_district_acts_through_the_speakers_district_body(facts):
    text = (
        "Ms Zhou Min, head of the Hexi District Health Bureau, said the district had opened two night clinics "
        "and formed a medical consortium with Qinglan First People's Hospital last spring."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Hexi District Health Bureau", "Qinglan First People's Hospital"}]


def test_the_district_acts_through_its_named_government_body(facts):
    text = (
        "Luohu District in Shenzhen had enrolled 800,000 residents, the Luohu District Health Bureau said. "
        "The district has also formed a medical consortium with Shenzhen Bayside People's Hospital."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Luohu District Health Bureau", "Shenzhen Bayside People's Hospital"}]


def test_a_clause_with_a_named_subject_after_and_states_a_deal_of_its_own(facts):
    text = (
        "The Jinhai Medical Group has a pairing agreement with Guangzhou Baiyun Heart Hospital, under which 18 "
        "specialists are posted to Jinhai on rotation, and Taiping People's Hospital runs a tele-radiology service "
        "together with Kowloon Union Hospital in Hong Kong, reading 300 scans a month."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Jinhai Medical Group", "Guangzhou Baiyun Heart Hospital"}),
        frozenset({"Taiping People's Hospital", "Kowloon Union Hospital"}),
    }


def test_a_body_paired_with_the_bodies_a_list_names(facts):
    text = (
        "Two more ties were announced. Charnley NHS Trust, which trains many Lenwood University "
        "undergraduates, has paired its clinics with those of two hospitals:\n\n"
        "- Qinglan Hexi District People's Hospital, for dementia care;\n"
        "- Eastport Women's Hospital, for neonatal care;\n"
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Charnley NHS Trust", "Qinglan Hexi District People's Hospital"}),
        frozenset({"Charnley NHS Trust", "Eastport Women's Hospital"}),
    }


def test_a_member_item_naming_a_body_and_its_hospital(facts):
    text = (
        "The network is led by Kelby University. Its members are:\n\n"
        "- Kelby University and the University of Dunmore, Scotland;\n"
        "- Minjiang University and its Riverside Hospital, Chengdu;\n"
        "- Pellston Medical University.\n"
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {
            "Kelby University",
            "University of Dunmore",
            "Minjiang University",
            "Riverside Hospital",
            "Pellston Medical University",
        }
    ]


def test_bodies_not_named_before_the_named_one_in_a_list(facts):
    text = (
        "In Boluo county, Boluo County People's Hospital leads the Boluo Medical Community together with 12 "
        "village clinics and the Boluo County Hospital of Chinese Medicine, with one pharmacy, laboratory "
        "testing and shared records."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Boluo County People's Hospital", "Boluo County Hospital of Chinese Medicine"}
    ]
    assert rows[0]["field"] == "clinical services"


def test_bodies_a_plural_noun_described_named_in_the_next_sentence(facts):
    text = (
        "Lingfeng Medical Group runs five hospitals in Qinglan. Lingfeng has also paired four of its "
        "hospitals with sister hospitals in other cities. Those include Harbourside Hospital in Hong Kong and "
        "the Seaview Hospital in Macao."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Lingfeng Medical Group", "Harbourside Hospital"}),
        frozenset({"Lingfeng Medical Group", "Seaview Hospital"}),
    }


def test_a_next_sentence_that_names_no_partners_of_the_deal_adds_none(facts):
    text = (
        "Lingfeng Medical Group has signed agreements with several hospitals. Harbourside Hospital and Seaview "
        "Hospital reported higher costs."
    )
    assert facts(text, "partnership") == []


def test_an_investment_by_one_body_in_another(facts):
    text = (
        "The largest was an investment by Minghe Pharmaceutical Group in Tafton Wound Care Ltd, a maker of dressings."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Minghe Pharmaceutical Group", "Tafton Wound Care Ltd"}]
    assert rows[0]["field"] == "trade and investment"


def test_a_place_after_the_agent_of_a_signing_is_no_party(facts):
    assert facts("The agreement was signed by Kestrel University in Beijing on Monday.", "partnership") == []


def test_a_unit_named_after_its_owners_description_is_the_party(facts):
    text = (
        "Harrow Diagnostics Ltd has handed distribution of its products to Huaxin Medical Supply Chain. Analysts "
        "noted that Harrow Diagnostics Ltd would also license its cartridge chemistry to Huaxin's manufacturing arm, "
        "Huaxin Biotech Company, for a fee of 4% of net sales."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Harrow Diagnostics Ltd", "Huaxin Medical Supply Chain"}),
        frozenset({"Harrow Diagnostics Ltd", "Huaxin Biotech Company"}),
    }


def test_agreed_with_to_accept_patients(facts):
    rows = facts(
        "The Eastport Care Centre has agreed with the Harbour Welfare Bureau to accept residents for rehabilitation.",
        "partnership",
    )
    assert [set(r["parties"]) for r in rows] == [{"Eastport Care Centre", "Harbour Welfare Bureau"}]


def test_signed_a_licence_with(facts):
    text = (
        "Westmoor Devices sold its scanner rights to a distributor last year. "
        "It signed a smaller licence with the German firm Koval Surgical in 2021."
    )
    rows = facts(text, "partnership")
    assert {"Westmoor Devices", "Koval Surgical"} in [set(r["parties"]) for r in rows]


def test_becomes_a_sister_hospital_of(facts):
    text = "Eastport Fourth Hospital became a sister hospital of Kestrel General Hospital in 2019."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Eastport Fourth Hospital", "Kestrel General Hospital"}]


def test_a_sister_company_is_no_partnership(facts):
    assert facts("Eastport Pharma is a sister company of Kestrel Holdings.", "partnership") == []


def test_co_funders_each_putting_money_in(facts):
    text = "The Westmoor Research Council and the Eastport Science Foundation will each contribute £2 million."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Westmoor Research Council", "Eastport Science Foundation"}]
    assert facts("Kestrel Hospital and Ashford Medical College each reported a surplus.", "partnership") == []


def test_a_place_after_a_listed_body_says_where_it_is(facts):
    text = "Westmoor University signed an agreement with Riverside Hospital in Manchester and Foshan Haiyan Hospital."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [
        {"Westmoor University", "Riverside Hospital", "Foshan Haiyan Hospital"}
    ]


def test_a_second_deal_named_after_and(facts):
    text = (
        "The Kestrel Authority has paired with Ashford Hospital on referrals, and a twinning arrangement between "
        "Riverside Hospital in Manchester and Foshan Haiyan Hospital covers staff training."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Ashford Hospital", "Kestrel Authority"],
        ["Foshan Haiyan Hospital", "Riverside Hospital"],
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The home also works with Pellston General Hospital on emergency admissions.",
        "The Ravensdale home also works together with Pellston General Hospital on emergency admissions.",
    ],
)
def test_a_subject_named_by_the_last_word_of_a_body_named_before(facts, second):
    text = "Ravensdale Care Home opened a new wing in March. " + second
    assert parties(facts(text, "partnership")) == [{"Ravensdale Care Home", "Pellston General Hospital"}]


def test_a_description_that_two_bodies_fit_stands_for_neither(facts):
    text = (
        "Ravensdale Care Home and Dunmore Care Home opened new wings in March. The home also works with Pellston "
        "General Hospital on emergency admissions."
    )
    assert facts(text, "partnership") == []


def test_a_body_named_before_is_the_second_of_two_bodies(facts):
    text = (
        "Ravensdale Care Home opened a new wing in March. Under a pairing arrangement, nurses from Pellston General "
        "Hospital visit the home every week."
    )
    rows = facts(text, "partnership")
    assert parties(rows) == [{"Ravensdale Care Home", "Pellston General Hospital"}]
    assert rows[0]["field"] == "clinical services"


def test_a_consortium_a_body_belongs_to_is_no_second_party(facts):
    text = (
        "The Westmoor Ageing Consortium was set up in May. Professor Ann Hale of Kestrel University said the "
        "consortium planned to add a staff-exchange programme."
    )
    assert facts(text, "partnership") == []


def test_a_second_scheme_named_after_and_is_a_deal_of_its_own(facts):
    text = (
        "The Westmoor Health Commission met in March. Later the commission signed a teaching agreement with "
        "Kestrel University, and a twinning scheme with the Harbour Health Bureau for ten clinics."
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor Health Commission", "Kestrel University"},
        {"Westmoor Health Commission", "Harbour Health Bureau"},
    ]


def test_bodies_that_renew_their_joint_venture(facts):
    text = (
        "Ashby Pharmaceuticals Ltd and Norhaven Medicine Co have renewed their joint venture for a further five years."
    )
    assert parties(facts(text, "partnership")) == [{"Ashby Pharmaceuticals Ltd", "Norhaven Medicine Co"}]


@pytest.mark.parametrize(
    "text, other",
    [
        ("Kestrel Health Ltd signed a supply deal with mail-order chemist Lantern Pharmacy Ltd.", None),
        (
            "Westmoor Hospital Group will head a consortium together with the Bristol design studio Pellow Design "
            "Partners and the Leeds software maker Dunmore Digital Ltd.",
            "Dunmore Digital Ltd",
        ),
    ],
)
def test_words_that_describe_the_body_named_after_with(facts, text, other):
    rows = facts(text, "partnership")
    assert len(rows) == 1 and len(rows[0]["parties"]) == (3 if other else 2)
    assert rows[0]["extractor"] == "partnerships.trigger_sentence"


def test_funding_from_a_body_is_no_listed_counterpart(facts):
    assert facts("Westmoor Hospital Group will work with funding from Harbour Capital Ltd.", "partnership") == []


def test_a_class_of_body_or_an_owner_is_no_second_party(facts):
    text = (
        "Irwell Valley Care Home and Westmoor NHS Trust renewed their agreement. The renewed agreement was signed at "
        "the trust's offices in the presence of a consul from the Harbour Consulate-General."
    )
    assert {frozenset(r["parties"]) for r in facts(text, "partnership")} == {
        frozenset({"Irwell Valley Care Home", "Westmoor NHS Trust"})
    }


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Hospitals will pay less for stents after a new bidding round announced by the Harbour Drug Purchasing "
            "Centre on Monday. The round will be run together with the Harbour Medical Security Bureau.",
            {"Harbour Drug Purchasing Centre", "Harbour Medical Security Bureau"},
        ),
        (
            "The Westmoor Hospital Authority said the pilot would add a video strand in May. The video strand will "
            "be run together with the Kestrel Telehealth Alliance.",
            {"Westmoor Hospital Authority", "Kestrel Telehealth Alliance"},
        ),
    ],
)
def test_a_piece_of_work_run_together_with_a_body_is_run_by_the_body_that_set_it_up(facts, text, pair):
    assert parties(facts(text, "partnership")) == [pair]


def test_a_piece_of_work_named_nowhere_before_has_no_known_runner(facts):
    text = (
        "The Westmoor Hospital Authority said the pilot would be extended to five hospitals. The video strand will "
        "be run together with the Kestrel Telehealth Alliance."
    )
    assert facts(text, "partnership") == []


def test_an_event_organised_together_with_a_body_is_no_deal(facts):
    text = (
        "The Westmoor Trade Forum was held in May. The forum was organised together with the Kestrel Chamber of "
        "Commerce."
    )
    assert facts(text, "partnership") == []


def test_a_funding_round_and_a_partnership_of_one_body_are_two_deals(facts):
    text = (
        "Kestrel Health Ltd has raised $10 million in a round led by Harbour Capital Ltd, and agreed a distribution "
        "partnership with online pharmacy Lantern Pharmacy Ltd."
    )
    assert parties(facts(text, "partnership")) == [
        {"Kestrel Health Ltd", "Harbour Capital Ltd"},
        {"Kestrel Health Ltd", "Lantern Pharmacy Ltd"},
    ]


@pytest.mark.parametrize(
    "text, field",
    [
        (
            "Kestrel Hospital, a new joint venture between Ashby Healthcare Group and the Norhaven Health Commission, "
            "opened in May.",
            "clinical services",
        ),
        (
            "Orders went to Lanmore Generics, a Leeds-based joint venture of Ashby Pharmaceuticals Ltd and Norhaven "
            "Medicine Co.",
            "trade and investment",
        ),
    ],
)
def test_a_body_set_up_as_a_joint_venture_gives_the_field_by_its_kind(facts, text, field):
    rows = facts(text, "partnership")
    assert len(rows) == 1 and rows[0]["field"] == field


def test_a_relative_clause_after_a_body_is_no_apposition_of_the_deal(facts):
    text = (
        "Crews come from the Harbour firm Lusomar Ambulance Ltd, which holds a service contract with the Westmoor "
        "Health Bureau."
    )
    rows = facts(text, "partnership")
    assert len(rows) == 1 and rows[0]["field"] == "clinical services"


@pytest.mark.parametrize(
    "text",
    [
        "Ashby Scanners Ltd sells MRI machines. Imports will be handled by Dunmore Medical Trading Co, which has been "
        "Ashby's agent since 2019.",
        "Dunmore Medical Trading Co is the exclusive distributor of Ashby Scanners Ltd in the north.",
        "Dunmore Medical Trading Co became Ashby Scanners Ltd's sole licensee in the north last year.",
    ],
)
def test_a_body_s_agent_distributor_or_licensee_is_its_partner(facts, text):
    assert parties(facts(text, "partnership")) == [{"Ashby Scanners Ltd", "Dunmore Medical Trading Co"}]


def test_a_body_s_own_agents_are_no_partner(facts):
    assert facts("Ashby Scanners Ltd said its agents had sold 40 machines in the north.", "partnership") == []


def test_a_deal_joined_after_a_relative_clause_has_the_same_acting_body(facts):
    text = (
        "The Westmoor Health Commission met in March. Later the commission signed a teaching agreement with the "
        "Kestrel Hospital Authority, under which 150 nurses a year will take courses, and a twinning scheme "
        "with the Harbour Health Bureau for ten clinics."
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor Health Commission", "Kestrel Hospital Authority"},
        {"Westmoor Health Commission", "Harbour Health Bureau"},
    ]


def test_a_body_named_by_the_head_words_of_another_is_another_party(facts):
    text = "The Health Department signed a partnership deal with the Northport Municipal Health Department."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Health Department", "Northport Municipal Health Department"}]


def test_a_described_subject_stands_for_the_company_named_before_it(facts):
    text = (
        "Drugmaker Corran Biologics will open a laboratory in Foshan, after the Leeds-based company signed a "
        "memorandum of understanding with the Jiangmen Municipal People's Government on Monday."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Corran Biologics", "Jiangmen Municipal People's Government"}]


def test_the_company_of_the_sentence_before_even_when_its_name_gives_no_type(facts):
    text = "Corran Biologics will open a laboratory in Foshan. The firm signed an agreement with Halvard Hospital."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Corran Biologics", "Halvard Hospital"}]


def test_bulleted_deals_under_a_line_of_one_body_are_that_bodys_deals(facts):
    text = (
        "Corran Biologics said it would open a laboratory in Foshan. The company also announced two further deals:\n\n"
        "- a research collaboration with Westbrook University on cell therapy, worth US$8 million;\n"
        "- a supply agreement under which Pellow Logistics Co will store its trial medicines.\n\n"
        "Officials welcomed the news."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Corran Biologics", "Pellow Logistics Co"],
        ["Corran Biologics", "Westbrook University"],
    ]


def test_a_joint_body_with_another_side_named_without_a_verb(facts):
    text = (
        "Corran Biologics said it would open a laboratory in Foshan. The company also announced two further deals:\n\n"
        "- a joint laboratory with the Pellow Institute of Chemistry on antibodies;\n"
        "- a distribution deal with Harrow Medical Trading.\n\n"
        "Ostley University runs a joint clinic with Tanfield Hospital in the old town."
    )
    rows = facts(text, "partnership")
    assert sorted(sorted(r["parties"]) for r in rows) == [
        ["Corran Biologics", "Harrow Medical Trading"],
        ["Corran Biologics", "Pellow Institute of Chemistry"],
        ["Ostley University", "Tanfield Hospital"],
    ]


def test_a_bulleted_item_without_a_heading_of_deals_has_no_party_from_elsewhere(facts):
    text = (
        "Corran Biologics said it would open a laboratory in Foshan. Its plans include:\n\n"
        "- a visit by Westbrook University staff in May;\n"
        "- a new warehouse for Pellow Logistics Co.\n"
    )
    assert facts(text, "partnership") == []


def test_two_bodies_each_in_a_clause_of_its_own_are_no_deal(facts):
    text = (
        "Officials at the Westland Health Agency said the study fitted its plans, while the Northland Centre for "
        "Disease Control said it would help run the joint studies."
    )
    assert facts(text, "partnership") == []


def test_a_city_joined_by_a_hyphen_to_another_name_does_not_stand_for_its_university(facts):
    text = (
        "Kelby University and Wuhan University renewed their exchange. The Kelby-Wuhan hospital, managed by Kelby "
        "University together with the Wuhan Municipal People's Government since 2012, has grown."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {
        frozenset({"Wuhan Municipal People's Government", "Kelby University"})
    }


def test_a_body_joined_by_with_later_in_the_clause_of_a_cooperation_verb_is_the_counterpart(facts):
    text = "The Kelby Heart Trust has agreed to fund a two-year stroke programme in Yunnan with the Tollan Foundation."
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kelby Heart Trust", "Tollan Foundation"}]
    text = "The Kelby Heart Trust has agreed to fund a stroke programme in Yunnan, working with local doctors."
    assert facts(text, "partnership") == []


def test_the_word_the_opening_a_subject_names_no_body_whose_name_starts_with_it(facts):
    text = (
        "The Ostley Courier\n\nAmbulances cross the border\n\n"
        "The hospitals in the pilot, Kestrel Hospital in Tai Po and Marlin Union Hospital, will set up a joint "
        "rota so that doctors can talk before a transfer.\n\n© 2025 The Ostley Courier. All rights reserved."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [["Kestrel Hospital", "Marlin Union Hospital"]]


def test_an_en_dash_joins_the_words_of_an_initiatives_name_as_a_hyphen_does(facts):
    text = "The UK–Norvia Centre for Eye Health brings together Ostley University and Marlin Medical University."
    assert [r["initiative"] for r in facts(text, "partnership")] == ["UK–Norvia Centre for Eye Health"]
    assert "UK–Norvia Centre for Eye Health" in {r["name"] for r in facts(text, "organization")}


def test_a_run_of_other_bodies_names_is_no_initiative(facts):
    text = (
        "A deal on the transfer scheme was signed between the Ostley Hospital Board and the Marlin Health "
        "Commission on 3 May 2024, with the Ostley Fire Department and the Marlin Rescue Centre taking part in the "
        "planning."
    )
    rows = facts(text, "partnership")
    assert [(sorted(r["parties"]), r["initiative"]) for r in rows] == [
        (["Marlin Health Commission", "Ostley Hospital Board"], None)
    ]


def test_a_list_of_funded_projects_pairing_two_bodies_is_a_list_of_deals(facts):
    text = (
        "Four teams will share £9 million under a joint call of the Ostley Research Council and the Norvia Science "
        "Foundation.\n\nThe funded projects are:\n\n"
        "• Tarrow University and Marlin University: resistant bacteria on farms (£2.6m)\n"
        "• Ostley University and Hubei Normal University: hospital wastewater (£2.4m)\n"
    )
    pairs = sorted(sorted(r["parties"]) for r in facts(text, "partnership"))
    assert ["Hubei Normal University", "Ostley University"] in pairs
    assert ["Marlin University", "Tarrow University"] in pairs


def test_a_description_beside_a_named_body_in_the_subject_stands_for_the_body_it_describes(facts):
    text = (
        "Tarrow Hospitals NHS Foundation Trust signed an agreement with the Hubei Provincial Health Commission. "
        "The trust and Lindon Hospital of Hubei Medical University agreed to build a shared course for ward managers."
    )
    pairs = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert ["Lindon Hospital of Hubei Medical University", "Tarrow Hospitals NHS Foundation Trust"] in pairs


def test_an_item_opening_with_a_names_own_the_and_a_funded_heading_make_a_research_deal_not_trade(facts):
    """ "The Kelby Institute (KI) and The University of Marlin (UM): ..." opens with two bodies; under "The projects
    funded this round:" the item's sum is a grant, not the price of a sale."""
    text = (
        "The projects funded this round:\n\n"
        "• The Kelby Institute (KI) and The University of Marlin (UM): £1.9m for a cohort study of sleep\n"
        "• Tarrow University and Hubei Normal University: a registry of rare cancers (£1.2m)\n"
    )
    rows = {tuple(sorted(r["parties"])): r["field"] for r in facts(text, "partnership")}
    assert rows[("Kelby Institute", "University of Marlin")] == "research"
    assert ("Hubei Normal University", "Tarrow University") in rows


def test_a_dateline_and_where_teams_come_from_are_no_parties(facts):
    text = (
        "Leeds, UK - Kelby Scanners plc said on Tuesday it has signed a distribution contract with Marlin Medical "
        "Equipment Co., Ltd.\n\nKelby Scanners grew out of a lab at the University of Leeds in 2011.\n\n"
        "Nine groups from the UK, mainland China and Macao will share £4 million under a joint programme of the "
        "Tarrow Research Council and the Norvia Science Foundation."
    )
    pairs = sorted(sorted(r["parties"]) for r in facts(text, "partnership"))
    assert pairs == [
        ["Kelby Scanners plc", "Marlin Medical Equipment Co"],
        ["Norvia Science Foundation", "Tarrow Research Council"],
    ]


def test_a_company_named_by_its_first_word_in_a_venture_after_its_full_name(facts):
    """spaCy may read "Thirza Imaging" (of "Thirza Imaging plc") as a person; the first word alone still names the
    company in "a joint venture between Thirza and B"."""
    text = (
        "Thirza Imaging agrees Guangdong sales deal\n\n"
        "Cambridge, UK - Thirza Imaging plc said on Monday it would open an assembly site in Foshan.\n\n"
        "• Joint venture between Thirza and Yuecheng Health Investment Group to run the Foshan assembly site\n\n"
        "Thirza Imaging was set up in 2009."
    )
    pairs = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert ["Thirza Imaging plc", "Yuecheng Health Investment Group"] in pairs


def test_the_three_organisations_are_bodies_not_the_programme_or_the_news_outlet(facts):
    text = (
        "Tarrow University and Kelby University have started a malaria programme, paid for with £9 million from "
        "the Lantern Foundation. The Norvia Malaria Tools Partnership will unite chemists from the two "
        "campuses. A deal was signed between the three institutions in Leeds on 3 May."
    )
    pairs = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert ["Kelby University", "Lantern Foundation", "Tarrow University"] in pairs
    assert not any("Norvia Vaccine Innovation Partnership" in p for p in pairs)
    text = (
        "HARBOUR DAILY ONLINE | English\n\nTwo countries back nine steps on drug safety\n\n"
        "Source: Harbour Daily    2026-02-09 11:40\n\n"
        "PARIS, Feb 8 (Harbour Daily) -- Norvia and Tarrow backed nine steps on drug safety on Sunday, at the "
        "annual Norvia-Tarrow Medicines Forum held in Paris.\n\n"
        "The meeting was led by Wen Li, minister of the Marlin Health Commission, and Secretary Ann Roe.\n\n"
        "In a note issued when the forum closed, the two sides agreed to:\n\n"
        "  • set up a fund for research;"
    )
    assert not any("Harbour Daily" in r["parties"] for r in facts(text, "partnership"))
    text = (
        "Tarnwell Echo\nNews | Sport | Jobs\n\nPicture caption: Dr Ann Moss signs the agreement. Picture: KVUHB\n\n"
        "A SCOTTISH care board has renewed its twinning pact with a big hospital in China, six years after the two "
        "organisations first joined hands.\n\nKelby Vale University Health Board (KVUHB) signed the agreement with "
        "Eastbay People's Hospital on Wednesday."
    )
    assert not any("Tarnwell Echo" in r["parties"] for r in facts(text, "partnership"))


def test_a_preposition_opening_the_sentence_is_no_word_of_the_initiatives_name(facts):
    text = (
        "Under the Kelby Patient Shuttle Scheme, run jointly by the Tarn Health Authority and the Eastbay Municipal "
        "Health Commission, patients travel by ambulance."
    )
    assert [r["initiative"] for r in facts(text, "partnership")] == ["Kelby Patient Shuttle Scheme"]


def test_a_company_and_a_government_body_make_an_investment_unless_the_clause_says_more(facts):
    text = (
        "Kelby Therapeutics is to open a drug discovery site in Foshan, its first in Asia, having signed a framework "
        "agreement with the Foshan Municipal People's Government last week. "
        "Separately, Tarrow Pharma signed an agreement with the Marlin Provincial Health Commission on clinical "
        "trials of its vaccine."
    )
    fields = {tuple(sorted(r["parties"])): r["field"] for r in facts(text, "partnership")}
    assert fields[("Foshan Municipal People's Government", "Kelby Therapeutics")] == "trade and investment"
    assert fields[("Marlin Provincial Health Commission", "Tarrow Pharma")] == "research"


def test_a_bureau_of_a_field_and_a_company_make_no_investment(facts):
    text = (
        "The Tarrow Social Welfare Bureau signed an agreement with Lanfield Silver Years Services Ltd, which runs a "
        "300-bed home in Foshan."
    )
    assert [r["field"] for r in facts(text, "partnership")] == ["clinical services"]


def test_a_deal_after_a_group_in_apposition_is_not_the_bodys_own_kind(facts):
    """ "... at Kelby Hospital, the second cohort under a fresh teaching deal between the hospital and B": the cohort,
    not the hospital, is under the deal, so the hospital's kind (care) says nothing of the deal's field."""
    text = (
        "Nine midwives from Hubei arrived this week at Kelby Hospital NHS Trust, the second cohort under a fresh "
        "teaching agreement between the hospital and the Hubei Provincial Health Commission."
    )
    rows = facts(text, "partnership")
    assert [r["field"] for r in rows] == ["education and training"]


def test_the_noun_ending_a_list_stands_for_the_body_named_before_not_one_named_after(facts):
    """ "between A and the hospital, under which ... placements at Y Hospital": the hospital is the one the article
    named before, not the one the same sentence names later."""
    text = (
        "The Tarn Centre was set up by Kelby University and Marlin Harbour Hospital, a public hospital in the city. "
        "Dr Wu, president of Marlin Harbour Hospital, spoke. Last week a twinning deal was signed between Tarn Health "
        "Board and the hospital; the board will host six nurses a year at Lockside Hospital."
    )
    pairs = [sorted(r["parties"]) for r in facts(text, "partnership")]
    assert ["Marlin Harbour Hospital", "Tarn Health Board"] in pairs
    assert not any("Lockside Hospital" in p for p in pairs)


def test_the_two_hospitals_after_a_deal_are_its_parties_whatever_their_heads(facts):
    text = (
        "Six clinics in Tollby are designated, including Tollby Central Hospital and Lisk Women's Hospital. "
        "In March, the Kelby Medical Centre signed an MoU with Harbourside Hospital on "
        "nurse training. Under that deal, the two hospitals are to swap staff every year."
    )
    rows = facts(text, "partnership")
    assert {frozenset(r["parties"]) for r in rows} == {frozenset({"Kelby Medical Centre", "Harbourside Hospital"})}


def test_the_body_a_listed_name_is_part_of_is_no_party(facts):
    text = (
        "The studies are paid for through a shared funding round run by the Kelby Research Council (KRC), part of "
        "Tollby Research Agency (TRA), and Lisk's Grants Council (LGC)."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kelby Research Council", "Lisk's Grants Council"}]


def test_a_document_that_commits_two_bodies_to_joint_work_is_a_deal_between_them(facts):
    text = (
        "The statement renews the health dialogue. It commits the Kelby Department of Health and the Tollby Health "
        "Commission to yearly talks between ministers. The bank committed Lisk Hospital to repay the loan."
    )
    rows = facts(text, "partnership")
    assert [set(r["parties"]) for r in rows] == [{"Kelby Department of Health", "Tollby Health Commission"}]


def test_joining_names_a_deal_only_when_a_body_follows(facts):
    text = (
        "Officials of the Kelby Trade Office and the Tarn Health Board joined talks in Leeds on Monday. "
        "Kelby University has joined the Tarn Cancer Network."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby University", "Tarn Cancer Network"}]


def test_passive_set_up_with_a_body_after_a_pronoun_subject(facts):
    text = (
        "Ashgrove Hospital opened a simulation suite in Dunmore. "
        "It was set up in 2021 with Penrith Medical College and trains 60 nurses a year."
    )
    assert parties(facts(text, "partnership")) == [{"Ashgrove Hospital", "Penrith Medical College"}]


def test_passive_opened_with_help_or_money_is_no_partnership(facts):
    text = (
        "Corran Clinic was opened in 2019 with the help of the Lyle Trust. "
        "Dunmore Hospital was built with Chinese funds."
    )
    assert facts(text, "partnership") == []


def test_the_deal_told_before_applying_to_a_regulator_is_no_deal_with_it(facts):
    text = (
        "Ashgrove Devices Ltd will form a joint venture with Penrith Sensors Ltd in Dunmore.\n\n"
        "Penrith chief Ada Lind said the joint venture would seek approval from the Dunmore Medicines Agency next year."
    )
    assert parties(facts(text, "partnership")) == [{"Ashgrove Devices Ltd", "Penrith Sensors Ltd"}]


def test_a_place_in_the_description_of_a_listed_party_does_not_break_the_list(facts):
    text = (
        "The Dunmore Clinic is a joint venture between Ashgrove Care Group, which runs four clinics in Tarnby, and "
        "Penrith Health Investment Co., with an investment of £3 million."
    )
    assert parties(facts(text, "partnership")) == [{"Ashgrove Care Group", "Penrith Health Investment Co"}]


def test_the_body_where_a_deal_was_signed_is_no_party(facts):
    text = (
        "Ashgrove NHS Trust extended its memorandum with Penrith Union Hospital. The extended pact was signed at "
        "Dunmore General Hospital on Tuesday by matron Ada Lind and Professor Bo Tan, head of Penrith Union Hospital."
    )
    assert parties(facts(text, "partnership")) == [{"Ashgrove NHS Trust", "Penrith Union Hospital"}]


def test_the_body_where_a_signing_ceremony_was_held_is_no_party(facts):
    text = (
        "Ashgrove Health Board has twinned with Penrith Union Hospital. The agreement was signed during a ceremony at "
        "Dunmore General Hospital by chair Ada Lind and Penrith Union Hospital president Bo Tan."
    )
    assert parties(facts(text, "partnership")) == [{"Ashgrove Health Board", "Penrith Union Hospital"}]


def test_it_after_a_deal_whose_subject_names_no_body_is_that_deals_acting_party(facts):
    text = (
        "Kelby Hospital Authority runs the city's hospitals. The authority signed an MoU with "
        "the Tarn Provincial Health Commission in May, so that 60 midwives can work in Kelby. "
        "It has also extended a teaching agreement with Lyle Medical University."
    )
    assert parties(facts(text, "partnership")) == [
        {"Kelby Hospital Authority", "Tarn Provincial Health Commission"},
        {"Kelby Hospital Authority", "Lyle Medical University"},
    ]


def test_a_time_between_a_described_subject_and_its_verb_is_no_part_of_the_subject(facts):
    text = (
        "Kelby Hospital Authority runs the city's hospitals. The authority in May signed an MoU with the Tarn "
        "Provincial Health Commission so that 60 midwives can work in Kelby."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby Hospital Authority", "Tarn Provincial Health Commission"}]


def test_the_agreement_told_before_helping_a_third_body_is_no_deal_with_it(facts):
    text = (
        "The Ostrel Medicines Agency and Varnholt's Drug Office signed a memorandum on Monday. "
        "Ostrel's Ministry of Care said the agreement would help the Ostrel Health Service adopt new drugs sooner. "
        "Dr Anna Vale said both agencies would publish a joint report within a year."
    )
    assert parties(facts(text, "partnership")) == [{"Ostrel Medicines Agency", "Varnholt's Drug Office"}] * 2


def test_the_arrangement_told_before_run_by_a_pair_of_bodies_is_their_cooperation(facts):
    text = (
        "The Ostrel Medicines Agency and Varnholt's Drug Office signed a memorandum on Monday. "
        "The arrangement is run by the Ostrel Bureau and the Varnholt Health Commission."
    )
    assert parties(facts(text, "partnership")) == [
        {"Ostrel Medicines Agency", "Varnholt's Drug Office"},
        {"Ostrel Bureau", "Varnholt Health Commission"},
    ]


def test_a_second_and_after_a_closed_list_opens_a_clause_of_its_own(facts):
    text = (
        "Kelby People's Hospital has formed a consortium with Tarnhe Clinic and Lixi Clinic, and Kelby Lake "
        "Hospital has opened a ward."
    )
    assert parties(facts(text, "partnership")) == [{"Kelby People's Hospital", "Tarnhe Clinic", "Lixi Clinic"}]


def test_the_items_of_a_funded_list_take_the_articles_field_without_counting_its_sums_as_trade(facts):
    text = (
        "The Ostrel Research Council and the Varnholt Science Foundation named the teams they will fund for research "
        "on drug resistance.\n\nThe funded projects are:\n\n"
        "- Resistant bacteria in rivers. Dr Ann Moss, Northvale University, and Professor Zhou Yu, Jilin "
        "University. £410,000 / 2.2 million yuan.\n"
    )
    rows = {frozenset(r["parties"]): r["field"] for r in facts(text, "partnership")}
    assert rows[frozenset({"Northvale University", "Jilin University"})] == "research"


def test_a_cue_word_inside_a_zones_name_states_no_cooperation(facts):
    text = (
        "The Kelby Health Bureau said the Tarn Drug Office has cleared five more medicines for hospitals in the "
        "Tarn-Kelby In-depth Cooperation Zone."
    )
    assert facts(text, "partnership") == []


def test_members_listed_without_a_named_body_make_no_deal_among_themselves(facts):
    text = (
        "The scheme will cover five more clinics from May. They join the three clinics already taking part, namely "
        "the Tarn West Hospital, Lixi Harmony Hospital and Dawan Medical Centre."
    )
    assert facts(text, "partnership") == []


def test_a_second_deal_named_by_one_is_its_own_and_its_parties_are_no_initiative(facts):
    """ "A formed a consortium with B and C, and D formed one with E": two deals, neither named after the other's
    partner; a centre the parties launch together is still the initiative."""
    text = (
        "Tarnby People's Hospital has formed a medical consortium with Ashby Community Health Service Centre and "
        "Brookside Community Health Service Centre, and Westlake Central Hospital has formed one with Dalby "
        "Community Health Service Centre. Kestrel University and Orme Medical College launched the Kestrel-Orme "
        "Diabetes Centre with Fenwick Hospital."
    )
    rows = facts(text, "partnership")
    assert [(set(r["parties"]), r.get("initiative")) for r in rows] == [
        (
            {
                "Tarnby People's Hospital",
                "Ashby Community Health Service Centre",
                "Brookside Community Health Service Centre",
            },
            None,
        ),
        ({"Westlake Central Hospital", "Dalby Community Health Service Centre"}, None),
        ({"Kestrel University", "Orme Medical College", "Fenwick Hospital"}, "Kestrel-Orme Diabetes Centre"),
    ]


def test_a_list_of_one_bodys_deals_under_a_heading_with_no_owner_takes_the_body_that_signed_them(facts):
    """ "A has signed four agreements with universities and a hospital" / "The agreements cover ...:" / "• B – a
    memorandum ...": each item is a deal of A and its one named body (where it is may follow its name: "• C, Wuhan –
    ..."); with no sentence telling of A's deals, an item names no deal."""
    lead = (
        "The University of Kestrel has signed three new agreements with universities and a hospital in China, "
        "following a visit to Wuhan last month."
    )
    items = (
        "The agreements cover a different subject with each partner:\n\n"
        "• Wuhan Jianghan Medical University – a memorandum of understanding on a joint master's programme.\n\n"
        "• Hubei Donghu Hospital, Wuhan – a memorandum of understanding on cardiac rehabilitation.\n"
    )
    rows = facts(f"Kestrel signs agreements in China\n\n{lead}\n\n{items}", "partnership")
    assert parties(rows) == [
        {"University of Kestrel", "Wuhan Jianghan Medical University"},
        {"University of Kestrel", "Hubei Donghu Hospital"},
    ]
    other = "The University of Kestrel welcomed students from Wuhan last month."
    assert facts(f"Kestrel in China\n\n{other}\n\n{items}", "partnership") == []


def test_a_body_acts_through_its_board_or_its_people(facts):
    """ "A, which runs two hospitals, said its directors backed the pilot with B": A's directors act for A; so do
    "its researchers" in the sentence after A is the subject."""
    text = (
        "Westmoor Hospitals NHS Trust, which runs two hospitals in Dorset, said its directors backed a six-month pilot "
        "with Shenzhen-based Lumen Imaging Technology on Friday. Kestrel University opened a laboratory in May. Its "
        "researchers will work with Harbour Medical College on vaccines."
    )
    assert parties(facts(text, "partnership")) == [
        {"Westmoor Hospitals NHS Trust", "Lumen Imaging Technology"},
        {"Kestrel University", "Harbour Medical College"},
    ]


def test_a_trial_with_a_named_body_is_a_deal_and_a_trial_with_patients_is_not(facts):
    text = (
        "A trial with 300 patients at Kestrel Hospital began in May. The trial with Harbour University found fewer "
        "errors, Kestrel Hospital said."
    )
    assert parties(facts(text, "partnership")) == [{"Kestrel Hospital", "Harbour University"}]


def test_the_next_sentence_naming_the_deal_by_its_noun_gives_its_name(facts):
    """ "A launched a trials network with B. The network, to be known as the X Programme, will ...": the network's
    name; a name given to something else ("The hospital, known as the Y Centre") is not."""
    text = (
        "Kestrel Cancer Trust today launched a joint clinical-trials network with Wuhan Riverside Cancer Center. "
        "The network, to be known as the Yangtze-Pennine Oncology Trials Programme, will link the two centres.\n\n"
        "Tarn University signed a teaching agreement with Harbin Lake Hospital. The hospital, known as the Lake "
        "Teaching Centre, has 900 beds."
    )
    rows = facts(text, "partnership")
    assert [r.get("initiative") for r in rows] == ["Yangtze-Pennine Oncology Trials Programme", None]


def test_a_body_named_by_a_word_of_its_name_and_its_head_in_lower_case_is_a_party(facts):
    text = (
        "Kelby Trust and the Wuhan Jialing Hospital Group signed a deal.\n\n"
        "Aberwyn University also agreed a contract with the Wuhan group on lab training."
    )
    assert sorted(tuple(sorted(r["parties"])) for r in facts(text, "partnership")) == [
        ("Aberwyn University", "Wuhan Jialing Hospital Group"),
        ("Kelby Trust", "Wuhan Jialing Hospital Group"),
    ]


def test_bodies_that_launch_a_named_alliance_are_its_parties(facts):
    text = (
        "Tarn Women and Children's Medical Center, Kelby Children's Hospital and Marsh Wu Hospital founded the "
        "Westbay Burns Care Alliance last spring to share theatre rotas."
    )
    rows = facts(text, "partnership")
    assert [(sorted(r["parties"]), r["initiative"]) for r in rows] == [
        (
            ["Kelby Children's Hospital", "Marsh Wu Hospital", "Tarn Women and Children's Medical Center"],
            "Westbay Burns Care Alliance",
        )
    ]


def test_an_exchange_agreed_with_a_body_is_a_partnership(facts):
    text = (
        "Kestrel Hospital has agreed a staff exchange for junior doctors and pharmacists with Tarnby Central Hospital."
    )
    rows = facts(text, "partnership")
    assert [(set(r["parties"]), r["field"]) for r in rows] == [
        ({"Kestrel Hospital", "Tarnby Central Hospital"}, "education and training")
    ]


def test_bodies_that_carry_out_a_joint_study_are_partners_in_research(facts):
    text = (
        "Kestrel Hospital, Nanhai Central Hospital and the University of Tarn will carry out a joint study of "
        "readmissions."
    )
    rows = facts(text, "partnership")
    assert [(set(r["parties"]), r["field"]) for r in rows] == [
        ({"Kestrel Hospital", "Nanhai Central Hospital", "University of Tarn"}, "research")
    ]


def test_a_body_that_houses_another_is_its_host_not_its_partner(facts):
    text = (
        "The Tarn Centre for Stroke Research will be based at the University of Kestrel's Faculty of Nursing, "
        "with a partner office in Wuhan."
    )
    assert facts(text, "partnership") == []


def test_relations_between_states_and_the_brokers_of_talks_are_no_deal(facts):
    assert facts("The plant opens as Britain looks to rebuild trade ties with China.", "partnership") == []
    text = "Britain signed a joint declaration with China on health in 2024."
    assert [r["parties"] for r in facts(text, "partnership")] == [["United Kingdom", "China"]]
    text = (
        "Kestrel Health Board signed an agreement with Tarn Hospital Group on Tuesday. The agreement follows two "
        "years of talks brokered by the Scottish Government and the Tarn Municipal Health Commission."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [["Kestrel Health Board", "Tarn Hospital Group"]]


def test_the_college_is_the_college_named_before_not_the_one_it_works_with(facts):
    """A capitalised back reference ("The College") stands for the body named before it, and its deal with another
    college of a similar name is a deal between two bodies."""
    text = (
        "The Royal College of Surgeons of Avonshire has signed a training agreement with the Fujian Medical Doctors "
        "Association.\nThe College already runs its examinations in Singapore in partnership with the Singapore "
        "College of Surgery."
    )
    assert sorted(sorted(r["parties"]) for r in facts(text, "partnership")) == [
        ["Fujian Medical Doctors Association", "Royal College of Surgeons of Avonshire"],
        ["Royal College of Surgeons of Avonshire", "Singapore College of Surgery"],
    ]


def test_a_list_item_agreed_with_the_college_to_take_trainees(facts):
    text = (
        "The Royal College of Surgeons of Avonshire has signed a training agreement with the Fujian Medical Doctors "
        "Association.\n- Harwood Teaching Hospitals NHS Trust agreed with the College to take up to 10 trainees a year."
    )
    assert ["Harwood Teaching Hospitals NHS Trust", "Royal College of Surgeons of Avonshire"] in [
        r["parties"] for r in facts(text, "partnership")
    ]


def test_putting_pen_to_paper_signs_and_the_agreement_restated_keeps_its_parties(facts):
    """ "Under the agreement" after a signing restates that deal: a hospital the sentence names as where staff go is
    no new party."""
    text = (
        "Northfield Health Board and the University of Macau put pen to paper on the memorandum of understanding on "
        "Monday. Under the agreement, up to eight nurses a year from Northfield Health Board will spend time at the "
        "Queen Anne Hospital in Taipa, the University of Macau's main teaching hospital."
    )
    assert {tuple(sorted(r["parties"])) for r in facts(text, "partnership")} == {
        ("Northfield Health Board", "University of Macau")
    }


def test_an_alliance_formed_with_bodies_listed_after_including(facts):
    text = (
        "Kelso Central Hospital has formed a specialist alliance covering cardiology and trauma with 11 county "
        "hospitals, including Lufeng People's Hospital and Haifeng Central Hospital."
    )
    rows = facts(text, "partnership")
    assert [(sorted(r["parties"]), r["field"]) for r in rows] == [
        (["Haifeng Central Hospital", "Kelso Central Hospital", "Lufeng People's Hospital"], "clinical services")
    ]


def test_the_two_cities_health_bureaus_are_the_bureaus_named_before(facts):
    text = (
        "The Foshan Municipal Health Bureau said outpatient visits rose. In Zhaoqing, the Zhaoqing Municipal Health "
        "Bureau said costs fell. Last month, the two cities' health bureaus also signed a framework agreement on "
        "shared ambulance dispatch."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Foshan Municipal Health Bureau", "Zhaoqing Municipal Health Bureau"]
    ]


def test_a_bodys_own_scheme_and_an_events_attendees_are_no_deal(facts):
    text = (
        "Under the subsidy arrangement of the Tarn Government, the Tarn Social Security Fund will continue to pay half "
        "of the premium for residents aged 65 or above."
    )
    assert facts(text, "partnership") == []
    text = (
        "The roundtable, hosted by the British Embassy in Oslo, brought together 38 UK companies, senior officials "
        "from the Norwegian Health Directorate and the Oslo Medicines Agency, and hospital leaders."
    )
    assert facts(text, "partnership") == []
    text = (
        "The Oslo-Tarn Health Dialogue was first held in 2010 and brings together ministers and officials from the "
        "Tarn Department of Health and the Oslo Health Directorate."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Oslo Health Directorate", "Tarn Department of Health"]
    ]


def test_an_attendee_of_a_signing_is_no_party(facts):
    text = (
        "The Kelby University School of Medicine and Tarn Hospital have agreed to launch a joint PhD programme.\n\n"
        "The agreement was signed by Professor Ann Roe, Dean of the Kelby University School of Medicine, and "
        "Professor Li Wei, President of Tarn Hospital, at a ceremony attended by Ma Hong, Consul General of the "
        "Consulate General of the People's Republic of China in Edinburgh."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Kelby University School of Medicine", "Tarn Hospital"],
        ["Kelby University School of Medicine", "Tarn Hospital"],
    ]


def test_a_name_with_its_own_operator_is_the_next_item_of_a_list(facts):
    """ "homes A, B operated by C, and D run by E": C alone operates B; D is the next home."""
    text = (
        "The three participating homes are the Kelby Harmony Senior Living Centre, the New Dawn Care Home operated "
        "by the Tarn Federation of Elderly Services, and the Wenby Elderly Home run by Zhuhai Wenby Health Group."
    )
    assert facts(text, "partnership") == []
    text = "The Kelby Clinic is operated by Tarn Health Group and Kelby University, and opened in May."
    assert [r["parties"] for r in facts(text, "partnership")] == [["Tarn Health Group", "Kelby University"]]


def test_alliances_formed_with_bodies_in_the_plural(facts):
    text = (
        "Li added that Kelby People's Hospital has formed close-knit medical alliances with six town hospitals "
        "including Tarn Hospital and Wenby People's Hospital, sending senior doctors to hold clinics every week."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["Kelby People's Hospital", "Tarn Hospital", "Wenby People's Hospital"]
    ]


def test_a_body_that_signs_up_as_a_further_partner_joins_the_last_deal(facts):
    text = (
        "Kelby Hospitals NHS Trust and Tarn Hospital Group signed a memorandum on Monday. Under the memorandum the "
        "trust and Tarn Hospital Group will also run a joint leadership course for ward sisters. The University of "
        "Kelby has signed up as a third partner and will accredit the course."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["Kelby Hospitals NHS Trust", "Tarn Hospital Group"],
        ["Kelby Hospitals NHS Trust", "Tarn Hospital Group", "University of Kelby"],
    ]


def test_a_body_named_by_a_level_word_and_its_head_after_another(facts):
    """ "the provincial commission": the commission named before, as "the commission" is."""
    text = (
        "The Department of Health worked with the Health Commission of Tarn Province on audits. The Department of "
        "Health and the provincial commission signed a supplementary agreement on joint inspection in July."
    )
    assert [r["parties"] for r in facts(text, "partnership")] == [
        ["Department of Health", "Health Commission of Tarn Province"],
        ["Department of Health", "Health Commission of Tarn Province"],
    ]


def test_agreed_with_a_body_to_do_something_is_a_deal_whatever_the_verb(facts):
    text = (
        "Kestrel Health Board signed an agreement with Tarn Medical Group in May. The Ashford School of Nursing, "
        "which agreed with the health board in October to count placements towards its diploma, will assess them."
    )
    assert {"Ashford School of Nursing", "Kestrel Health Board"} in parties(facts(text, "partnership"))


def test_agreeing_with_a_view_is_no_deal(facts):
    text = "Kestrel Health Board said it agreed with the view of nurses to delay the scheme."
    assert parties(facts(text, "partnership")) == []


def test_the_body_of_an_official_a_deal_was_signed_in_the_presence_of_is_a_witness(facts):
    text = (
        "The mission was organised by the alliance with support from the British Consulate-General Chongqing.\n\n"
        "- Leeds-based Tarnway Surgical signed a three-year distribution agreement worth £4.2 million with Sichuan "
        "Kelby Medical Supply Co., Ltd.\n\n"
        "The Tarnway Surgical agreement was signed in the presence of Ann Hale, Consul-General at the British "
        "Consulate-General Chongqing.\n\n"
        '"We came with a product," said Bo Lee, managing director of Tarnway Surgical.'
    )
    assert parties(facts(text, "partnership")) == [{"Tarnway Surgical", "Sichuan Kelby Medical Supply Co"}]


def test_a_deal_a_relative_clause_says_two_bodies_signed_is_theirs(facts):
    """The subject of "that the two colleges signed" acts, although the parser hangs the clause on the deal's noun."""
    text = (
        "Northmoor College and Kestrel Medical College have launched a joint degree. The degree builds on a "
        "memorandum of understanding that the two colleges first signed in 2019 and renewed this year."
    )
    rows = facts(text, "partnership")
    assert [(r["text"], sorted(r["parties"])) for r in rows] == [
        ("launched a joint", ["Kestrel Medical College", "Northmoor College"]),
        ("signed", ["Kestrel Medical College", "Northmoor College"]),
    ]


def test_every_body_of_the_list_after_with_is_a_party(facts):
    """ "signed by A with B and the C": the list after "with" goes on past its first name."""
    text = (
        "A cooperation agreement was signed today in Tarnby by the Kelby Authority with the Tarnby Health "
        "Commission and the Westport Health Commission."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Kelby Authority", "Tarnby Health Commission", "Westport Health Commission"]
    ]


def test_a_statement_agreed_by_two_bodies_is_their_deal(facts):
    text = (
        "The statement, agreed by the Kelby Health Ministry and the Tarn Health Commission, commits both "
        "governments to share surveillance data."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Kelby Health Ministry", "Tarn Health Commission"]
    ]
    assert facts("The budget was agreed by the Kelby Health Ministry in May.", "partnership") == []


def test_a_deal_named_before_the_bodies_that_renewed_it_is_theirs(facts):
    text = (
        "The exchange is part of the Cooperation Arrangement on Nursing Talent, which the Health Bureau and the "
        "Health Commission of Kelby Province renewed in Tarnby on 28 November for a further three years."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Health Bureau", "Health Commission of Kelby Province"]
    ]
    assert facts("Tollan University and Marrow Hospital renewed their calls for funding.", "partnership") == []


def test_the_sums_of_a_deal_between_public_bodies_are_no_trade(facts):
    """A hospital and a district government building a branch spend public money; a company's deal is investment."""
    public = (
        "Kestrel Hospital and the Huadu district government signed a cooperation agreement in April to build a "
        "1,000-bed branch, with an investment of 5.6 billion yuan."
    )
    company = (
        "Kelby Devices Ltd and the Huadu district government signed a cooperation agreement in April to build a "
        "plant, with an investment of 5.6 billion yuan."
    )
    assert [r["field"] for r in facts(public, "partnership")] == ["clinical services"]
    assert [r["field"] for r in facts(company, "partnership")] == ["trade and investment"]


def test_a_body_the_sentence_says_is_no_party_is_none(facts):
    text = (
        "The Kelby Welfare Bureau and the Tarn Health Bureau signed a care agreement on Monday, with the Marsh "
        "Foundation, which is not a party to the agreement, paying for training."
    )
    assert [sorted(r["parties"]) for r in facts(text, "partnership")] == [
        ["Kelby Welfare Bureau", "Tarn Health Bureau"]
    ]
