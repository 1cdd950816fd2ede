"""Organisations on hand-written sentences."""

import pytest


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


def test_an_acronym_never_written_in_brackets_is_the_body_whose_initials_it_spells(facts):
    text = (
        "Kestrel Ridge University | About KRU | News\n\n"
        "The Faculty of Medicine of Kestrel Ridge University (KRU Medicine) signed an agreement with Tarn Hospital. "
        "Professor Ann Reyes, President of KRU, signed it."
    )
    assert facts(text, "person")[0]["affiliation"] == "Kestrel Ridge University"
    rows = facts(text, "organization")
    assert {r["name"] for r in rows if r["text"] == "KRU"} == {"Kestrel Ridge University"}


def test_a_name_closing_with_in_and_a_place_that_its_short_form_spells(facts):
    text = "The Tarn Trade Council in Norway (TTCN) met on Monday. Later the TTCN wrote to members."
    rows = facts(text, "organization")
    assert {r["name"] for r in rows} == {"Tarn Trade Council in Norway"}
    # a short form that does not spell the place leaves the place out of the name
    rows = facts("The Tarn Trade Council in Norway (TTC) met on Monday.", "organization")
    assert {r["name"] for r in rows} == {"Tarn Trade Council"}


def test_a_newswire_source_credit_and_a_notes_heading_are_no_part_of_a_name(facts):
    text = (
        "Kelvo Medical Group agreed a licence on Monday.\n\nAbout Tarn Diagnostics Group\n"
        "Tarn Diagnostics Group makes tests.\n\nSOURCE Kelvo Medical Group\n"
    )
    assert {r["name"] for r in facts(text, "organization")} == {"Kelvo Medical Group", "Tarn Diagnostics Group"}


def test_programmes_and_events_are_not_organisations(facts):
    text = "The Healthy Towns Initiative and the Annual Nursing Conference were announced with the Primary Care Plan."
    assert facts(text, "organization") == []


def test_robotics_and_analytics_firms_are_named_by_their_head_word(facts):
    text = "Kelso Robotics, of Leeds, and Tarn Analytics formed a joint venture with Suzhou Medtech Co."
    assert names(facts(text, "organization")) == {"Kelso Robotics", "Tarn Analytics", "Suzhou Medtech Co"}


def test_vouchers_and_coupons_are_not_organisations(facts):
    text = "Clinics accept Elderly Dental Care Vouchers and Harbour Health Coupons under a pilot arrangement."
    assert facts(text, "organization") == []


def test_page_furniture_in_capitals_and_time_zones_are_not_organisations(facts):
    """A heading set in capitals is ordinary words; "GMT" after a time is a time zone; an acronym used in running text
    is still one."""
    text = (
        "Updated June 9, 2025 08:15 AM GMT\n\nPROFIT WARNING\n\nThe NHS said so.\n\nNHS DEAL SIGNED\n\n"
        "Editorial code: The Kelby Trust Principles."
    )
    assert names(facts(text, "organization")) == {"NHS"}


def test_what_a_document_is_about_is_no_body(facts):
    """The topic of an agreement in words of fields only is no body; a named body after a plan's name is one."""
    text = (
        "The pilot falls under the Framework Agreement on Health and Medical Services. The Master Plan "
        "for Tollan University was approved."
    )
    assert names(facts(text, "organization")) == {"Tollan University"}


def test_qualifications_are_not_organisations(facts):
    text = "Nurses will take a joint Advanced Ward Practice Certificate and a Community Practice Diploma."
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


def test_honours_written_after_a_name_are_not_organisations(facts):
    rows = facts(
        "Also present was the Chairman of the Kelby Medical Council, Professor Alan Tse Ka-ming, SBS, JP; and the "
        "Chairman of the Tarrow Nursing Council, Ms Ann Lee.",
        "organization",
    )
    assert names(rows) == {"Kelby Medical Council", "Tarrow Nursing Council"}


def test_a_name_said_to_be_founded_or_based_somewhere_is_a_body_there(facts):
    rows = facts(
        "Lumora Vision, which was founded in Cambridge in 2021, signed a deal with Kelby Chest Hospital. Harlow "
        "Bio, founded in Shenzhen in 2019, grew. Ann Lee, based in Leeds, said so.",
        "organization",
    )
    assert names(rows) == {"Lumora Vision", "Kelby Chest Hospital", "Harlow Bio"}
    placed = {r["name"]: {c["label"] for c in r["org_cues"]["jurisdiction"]} for r in rows}
    assert placed["Lumora Vision"] == {"UK"} and placed["Harlow Bio"] == {"mainland China"}
    # a short name of a body the article names in full is no body of its own
    text = "Tarn Pharma Ltd will pay Shanghai Ruiwen Biotherapeutics $8m. For Ruiwen, founded in 2016, it is a lot."
    rows = facts(text, "organization")
    assert names(rows) == {"Tarn Pharma Ltd", "Shanghai Ruiwen Biotherapeutics"}


def test_routes_and_arrangements_are_schemes_not_organisations(facts):
    rows = facts(
        "The Kelby Health Bureau said the Public Nursing Practice Pathway opened under the Cooperation Arrangement on "
        "Nursing Talent.",
        "organization",
    )
    assert names(rows) == {"Kelby Health Bureau"}


def test_facility_and_role_words_are_not_organisations(facts):
    rows = facts(
        "The East Outpatient Block Building of Pellston Hospital opened. Li Wei, Secretary of the Party Branch, spoke.",
        "organization",
    )
    assert names(rows) == {"Pellston Hospital"}


def test_acronym_known_once_is_known_everywhere(facts):
    rows = facts("Dunmore University, NRTC and Harlow College met. Later our partners NRTC came.", "organization")
    assert [r["text"] for r in rows].count("NRTC") == 2


def test_short_forms_defined_after_a_name_are_read(facts):
    text = (
        "The Harbour Care Bureau (SCB) met Kelvin Medtech plc ('Kelvin' or the 'Company'). The Brightwater Clinic "
        '(hereinafter the "Clinic") joined. Later SCB, Kelvin and the Clinic signed.'
    )
    rows = facts(text, "organization")
    by_text = {r["text"]: r["name"] for r in rows}
    assert by_text["SCB"] == "Harbour Care Bureau"
    assert by_text["Kelvin"] == "Kelvin Medtech plc"
    assert by_text["Clinic"] == "Brightwater Clinic"


def test_a_quoted_short_form_after_the_legal_forms_is_the_body_even_when_it_names_a_place(facts):
    """'Kelby Luohu Medical Co., Ltd. ("Luohu")' defines "Luohu" as the company: later "Luohu will ..." is the
    company, not the district; an unquoted place in brackets ("(Shanghai)") says where a body is."""
    text = 'Kelby Luohu Medical Co., Ltd. ("Luohu") signed with Tarn plc. Luohu will sell the patch.'
    rows = facts(text, "organization")
    assert [(r["text"], r["name"]) for r in rows if r["text"] == "Luohu"] == [
        ("Luohu", "Kelby Luohu Medical Co"),
        ("Luohu", "Kelby Luohu Medical Co"),
    ]
    assert [r["text"] for r in facts(text, "place")] == []
    rows = facts("Dunmore Holdings Ltd (Shanghai) opened an office. Shanghai grew.", "organization")
    assert "Shanghai" not in [r["text"] for r in rows]


def test_a_name_without_its_opening_places_and_legal_forms_is_the_same_body(facts):
    """ "Kelvo Harbour Hospital" after "Tollan Bao'an Kelvo Harbour Hospital" is that hospital (Bao'an is a district),
    and so "Hengmao Pharmaceutical Group" after "Guangdong Hengmao Pharmaceutical Group Co., Ltd."; two hospitals that
    shorten alike stay apart."""
    text = (
        "Shenzhen Bao'an Kelvo Harbour Hospital and Guangdong Hengmao Pharmaceutical Group Co., Ltd. signed a deal. "
        "Dr Ann Lee, president of Kelvo Harbour Hospital, and Wu Bo, chairman of Hengmao Pharmaceutical Group, spoke."
    )
    people = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert people == {
        "Ann Lee": "Shenzhen Bao'an Kelvo Harbour Hospital",
        "Wu Bo": "Guangdong Hengmao Pharmaceutical Group Co",
    }
    text = "Zhuhai People's Hospital and Foshan People's Hospital met. People's Hospital staff came."
    assert "Zhuhai People's Hospital" not in [r["name"] for r in facts(text, "organization")][2:]


def test_short_form_of_the_body_after_of(facts):
    rows = facts("The Riverside Clinic of Tollan General Hospital (TGH) opened. TGH hired nurses.", "organization")
    assert names(rows) == {"Riverside Clinic of Tollan General Hospital", "Tollan General Hospital"}


def test_programme_words_after_of_do_not_reject_the_name(facts):
    text = (
        "The Department of Rural Health Policy and the Institute for Nursing Reform met the Centre for Care Training."
    )
    expected = {"Department of Rural Health Policy", "Institute for Nursing Reform", "Centre for Care Training"}
    assert names(facts(text, "organization")) == expected


def test_programme_word_in_the_governing_part_is_not_an_organisation(facts):
    rows = facts("Delegates came to the Northvale University Forum on Ageing.", "organization")
    assert "Northvale University Forum on Ageing" not in names(rows)


def test_name_made_only_of_head_words_after_the(facts):
    rows = facts("A spokesman for the Hospital Authority said the Hospital would grow.", "organization")
    assert names(rows) == {"Hospital Authority"}
    # or after a place's possessive
    rows = facts("Later, Hong Kong's Insurance Authority approved the plan.", "organization")
    assert names(rows) == {"Insurance Authority"}


def test_job_titles_counted_classes_and_portfolios_are_not_organisations(facts):
    text = (
        "Dr Ann Lee, Hospital Chief Executive of Kestrel Hospital, spoke. The city set up six Rural Care Centre "
        "for Training. Ben Roe, Secretary of State for Rural Affairs, came."
    )
    assert names(facts(text, "organization")) == {"Kestrel Hospital"}


def test_words_in_capitals_from_a_menu_are_not_acronyms(facts):
    text = "HOME | ABOUT US | DEPARTMENTS | NEWS | CONTACT\nThe departments of Kestrel Hospital shared news."
    assert names(facts(text, "organization")) == {"Kestrel Hospital"}


def test_a_section_label_in_capitals_is_not_an_acronym(facts):
    text = "Medline Weekly\n\nDEALS\n\nTarrow Diagnostics signed a deal with Kelby Hospital.\n"
    assert "DEALS" not in names(facts(text, "organization"))


def test_a_pharmacy_chain_is_a_company(facts):
    rows = facts("Tarrow Pharmacy opened 40 stores in Chengdu.", "organization")
    assert [(r["name"], r["org_cues"]["type"][0]) for r in rows] == [("Tarrow Pharmacy", "company")]


def test_a_place_possessive_after_and_opens_the_next_body(facts):
    text = "The University of Ormsby and Guangzhou's Kelby Medical Group will set up a joint institute."
    assert names(facts(text, "organization")) == {"University of Ormsby", "Kelby Medical Group"}


def test_owner_possessive_splits_two_bodies(facts):
    rows = facts("She joined the University of Leeds's Eastgate Department of Medicine.", "organization")
    assert names(rows) == {"University of Leeds", "Eastgate Department of Medicine"}
    assert names(facts("She joined St Anne's Hospital.", "organization")) == {"St Anne's Hospital"}


def test_credit_lines_name_bodies(facts):
    text = (
        "TOLLAN, May 3 (Harbour Wire) -- Nurses met.\n"
        "A ward at night. Photo: Newslens\n"
        "A doctor at work. Photo: Ann Lee\n"
        "Source: Harbour Daily Large Medium Small Print\n"
        "Copyright © 2019 Tollan District People's Government. All rights reserved."
    )
    rows = facts(text, "organization")
    assert {"Harbour Wire", "Newslens", "Harbour Daily", "Tollan District People's Government"} <= names(rows)
    assert "Ann Lee" not in names(rows)
    footer = next(r for r in rows if r["name"] == "Tollan District People's Government")
    assert text[footer["start"] : footer["end"]] == footer["text"]  # read in the original: cleaning removed it
    # a footer without a holder names no one; a newspaper's short name in a photo credit is its masthead's
    text = "Westshire Courier\n\nThe ward opened.\nPicture: Courier\nCopyright 1998 - 2025. All rights reserved.\n"
    assert names(facts(text, "organization")) == {"Westshire Courier"}


def test_the_publisher_a_page_states_is_a_body_unless_it_is_a_newsroom_desk(facts):
    text = "Kestrel Wire Asia\nHome | News | Health\n\nNurses met in Tollan on Monday.\n"
    rows = facts(text, "organization")
    assert names(rows) == {"Kestrel Wire Asia"}
    assert text[rows[0]["start"] : rows[0]["end"]] == "Kestrel Wire Asia"
    text = "Health & Science Desk\nHome | News | Health\n\nNurses met in Tollan on Monday.\n"
    assert names(facts(text, "organization")) == set()


def test_governments_and_embassies_in_lower_case(facts):
    text = "The Macao SAR government, the British government and the Chinese embassy in Paris met the local government."
    assert names(facts(text, "organization")) == {"Macao SAR government", "British government", "Chinese embassy"}
    # the region's full style spelled out, in lower case as in running text
    text = "Ann Lee, a minister of the Macao Special Administrative Region government, spoke."
    assert names(facts(text, "organization")) == {"Macao Special Administrative Region government"}


def test_list_of_bodies_adds_unheaded_members_and_splits_the_last_item(facts):
    text = "Members came, among them Kestrel Group, Tollan Ltd, Smith + Barrow, Dr Zentrix and Alder Partners."
    rows = facts(text, "organization")
    assert names(rows) == {"Kestrel Group", "Tollan Ltd", "Smith + Barrow", "Alder Partners"}
    rows = facts("We met Kestrel Group, the Department of Health and Social Care and Tollan Ltd.", "organization")
    assert names(rows) == {"Kestrel Group", "Department of Health and Social Care", "Tollan Ltd"}


def test_a_possessive_after_and_in_an_of_part_shares_the_head(facts):
    rows = facts("They expanded the Eastport Branch of the City Women and Children's Centre last year.", "organization")
    assert names(rows) == {"Eastport Branch of the City Women and Children's Centre"}
    rows = facts("The Department of Health and Northvale Children's Hospital signed a deal.", "organization")
    assert names(rows) == {"Department of Health", "Northvale Children's Hospital"}


def test_and_the_before_a_headed_name_splits_two_bodies(facts):
    rows = facts("KLX and the Northvale Medical Corporation signed a deal.", "organization")
    assert names(rows) == {"KLX", "Northvale Medical Corporation"}


def test_public_bodies_named_by_service_and_place(facts):
    rows = facts("Innovate UK agreed a deal. Staff of Health Education England met.", "organization")
    assert names(rows) == {"Innovate UK", "Health Education England"}


def test_the_body_after_a_role_and_of(facts):
    text = "Xu Han, the chairman of Zentrix Biotech, said Zentrix Biotech would grow. The minister of Health agreed."
    rows = facts(text, "organization")
    assert names(rows) == {"Zentrix Biotech"}
    assert len(rows) == 2


def test_a_member_line_keeps_a_name_whose_part_before_of_ends_in_a_head(facts):
    text = "Members\n\nThe Second General Hospital of Tollan University School of Medicine\nKestrel Hospital\n"
    assert "Second General Hospital of Tollan University School of Medicine" in names(facts(text, "organization"))


def test_laws_and_buildings_named_after_a_body_are_not_organisations(facts):
    text = "The Kestrel Hospital Inpatient Building opened under the Tollan Care Act and the Harbour Clinics Ordinance."
    assert names(facts(text, "organization")) == set()


def test_a_name_the_sentence_calls_a_company_is_an_organisation(facts):
    text = (
        "Kelvin Medtech, a Leeds-based device maker, met insurers such as Fairway Mutual and Greyson Assurance. "
        "Later Kelvin Medtech grew. Ann Lee, a company director, spoke."
    )
    rows = facts(text, "organization")
    assert {"Kelvin Medtech", "Greyson Assurance"} <= names(rows)
    assert [r["name"] for r in rows].count("Kelvin Medtech") == 2
    assert "Ann Lee" not in names(rows)


def test_numbered_hospital_names(facts):
    rows = facts("The No. 3 People's Hospital of Eastport and the No.5 Clinic opened.", "organization")
    assert names(rows) == {"No. 3 People's Hospital of Eastport", "No.5 Clinic"}


def test_words_that_are_all_places_are_not_a_body():
    from analysis.extract.organizations import _only_places

    assert _only_places("Shenzhen's Hong Kong".split())
    assert not _only_places("Kelvin Hong Kong".split())


def test_the_last_item_of_a_comma_list_is_split_at_and(facts):
    rows = facts("Acme Pharma plc, Medico Group and Brightline Diagnostics joined.", "organization")
    assert "Medico Group and Brightline Diagnostics" not in names(rows)
    assert "Medico Group" in names(rows)


def test_a_name_stops_before_on_and_a_possessive(facts):
    text = "Kestrel Ltd agreed a deal with the Harbour Medical Supply Corporation on the Premier's trade mission."
    assert names(facts(text, "organization")) == {"Kestrel Ltd", "Harbour Medical Supply Corporation"}


def test_words_that_share_a_head_after_a_place_in_a_list(facts):
    text = "The partners are Kestrel Hospital, Leeds Women and Children Medical Center and Dunmore University."
    assert names(facts(text, "organization")) == {
        "Kestrel Hospital",
        "Leeds Women and Children Medical Center",
        "Dunmore University",
    }


def test_first_word_of_a_name_stands_for_the_body(facts):
    rows = facts("Ruiford Holdings bought a clinic. Ruiford's shares rose after the sale.", "organization")
    assert {(r["text"], r["name"]) for r in rows} == {
        ("Ruiford Holdings", "Ruiford Holdings"),
        ("Ruiford", "Ruiford Holdings"),
    }


def test_the_word_after_the_place_that_opens_a_firms_name_stands_for_it(facts):
    rows = facts("Dongguan Kelvo Biotech Co., Ltd was founded in 2001. Kelvo's chairman spoke.", "organization")
    assert ("Kelvo", "Dongguan Kelvo Biotech Co") in {(r["text"], r["name"]) for r in rows}
    rows = facts("Leeds Medical Research Centre opened. Medical's staff spoke.", "organization")
    assert not [r for r in rows if r["extractor"] == "organizations.short_name"]


def test_a_head_phrase_ending_in_a_role_word_still_names_a_body(facts):
    text = (
        "Mr Ivo Lask, Consul General at the Westmarch Consulate General in Leeds, and Kelby Hospital Director "
        "Ola Brae met."
    )
    rows = facts(text)
    assert {r["name"] for r in rows if r["kind"] == "organization"} == {"Westmarch Consulate General", "Kelby Hospital"}
    people = {r["name"]: (r["role"], r["affiliation"]) for r in rows if r["kind"] == "person"}
    assert people["Ivo Lask"] == ("Consul General", "Westmarch Consulate General")


def test_a_field_opening_a_body_name_is_no_short_name_for_it(facts):
    """ "Health" of "Health Bureau" names a field: "Director of Health" is led by the department of that field."""
    text = (
        "The Health Bureau widened the scheme. The Director of Health, Dr Ivo Lask, said the Department of Health "
        "had briefed the clinics."
    )
    assert not [r for r in facts(text, "organization") if r["extractor"] == "organizations.short_name"]
    people = [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")]
    assert people == [("Ivo Lask", "Dr; Director of Health", "Department of Health")]


def test_first_word_shared_by_two_bodies_is_not_a_short_name(facts):
    text = "Kestrel University and Kestrel Hospital met. Kestrel's plans were not discussed."
    assert {r["name"] for r in facts(text, "organization")} == {"Kestrel University", "Kestrel Hospital"}


def test_date_after_on_is_not_part_of_the_name(facts):
    rows = facts("The pact was signed with Brightway Medical Group on Monday in Tollan.", "organization")
    assert [r["name"] for r in rows] == ["Brightway Medical Group"]
    # a month written short, with its day
    rows = facts("The report was released by the Tollan Health Commission on Feb 20.", "organization")
    assert [r["name"] for r in rows] == ["Tollan Health Commission"]


def test_a_word_of_office_before_a_head_word_is_part_of_the_name(facts):
    """ "General" before "Administration" qualifies the head; a title before a body's own name does not."""
    text = "The General Administration of Customs published the data. Director Kelby Hospital said no."
    assert [r["name"] for r in facts(text, "organization")] == ["General Administration of Customs", "Kelby Hospital"]


def test_a_sentence_opening_preposition_is_no_part_of_a_described_name(facts):
    text = "In Perth, the minister toured Kelby Hospital. Insurer Kestrel Life, a Leeds-based company, grew."
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby Hospital", "Kestrel Life"]


def test_class_noun_inside_a_prepositional_phrase_does_not_name_a_body(facts):
    rows = facts("Anna Reid, a lecturer at the University of Tollan, led the study.", "organization")
    assert [r["name"] for r in rows] == ["University of Tollan"]


def test_public_service_fields_joined_by_and_stay_in_a_listed_name(facts):
    """In the last item of a list, "Food and Transport Bureau" is one body (two fields sharing the head), while two
    headed bodies joined by "and" are still two."""
    text = (
        "The Transport Commission of Westbrook Province, Food and Transport Bureau of Eastport and the Transport "
        "Service Bureau of Northport signed the agreement. Kestrel Hospital, Tollan Ltd and Care Visions Ltd joined."
    )
    got = names(facts(text, "organization"))
    assert "Food and Transport Bureau of Eastport" in got and "Transport Bureau of Eastport" not in got
    assert {"Tollan Ltd", "Care Visions Ltd", "Kestrel Hospital"} <= got


def test_a_title_after_a_name_opens_the_person_not_the_body(facts):
    text = (
        "Chief Executive of the Harbour Medical Board Dr Alice Wong said the board would grow. "
        "President of Eastmoor University Sir John Kent welcomed it. "
        'Dean of the Fenwick School of Nursing Professor Mary Holt said: "We are ready."'
    )
    assert names(facts(text, "organization")) >= {"Harbour Medical Board", "Eastmoor University"}
    assert "Fenwick School of Nursing" in names(facts(text, "organization"))
    assert not any(n.endswith((" Dr", " Sir")) for n in names(facts(text, "organization")))
    people = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert people == {
        "Alice Wong": ("Dr; Chief Executive", "Harbour Medical Board"),
        "John Kent": ("President", "Eastmoor University"),
        "Mary Holt": ("Professor; Dean", "Fenwick School of Nursing"),
    }


def test_the_first_word_of_a_name_after_a_preposition_stands_for_the_body(facts):
    text = (
        "Brightwater College London has signed a deal with the Tollan Eye Centre.\n\n"
        "Professor Richard Ash, Vice-President (International) at Brightwater, signed it.\n\n"
        "The deal builds on a 2019 agreement between Brightwater and Tollan University on joint teaching."
    )
    people = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert people["Richard Ash"] == ("Professor; Vice-President (International)", "Brightwater College London")
    expected = {"Brightwater College London", "Tollan Eye Centre", "Tollan University"}
    assert names(facts(text, "organization")) == expected
    parties = [r["parties"] for r in facts(text, "partnership")]
    assert ["Brightwater College London", "Tollan University"] in parties


def test_scans_licences_and_titled_people_are_not_organisations(facts):
    text = (
        "Waiting times for a CT scan fell. All content is under the Open Westmoor Licence. The talks were chaired "
        "by Wei Lan, vice-minister of the Tollan Health Commission, and Baroness Helen Marsh, a minister."
    )
    assert names(facts(text, "organization")) == {"Tollan Health Commission"}


def test_a_place_after_and_is_not_part_of_the_name(facts):
    rows = facts("Northvale University and Leeds partner to open a joint clinic.", "organization")
    assert names(rows) == {"Northvale University"}


def test_an_initial_inside_a_name_keeps_the_name_whole(facts):
    rows = facts("The pact was signed by Kestrel Hospital and Conde R. Almeida Hospital in Macao.", "organization")
    assert names(rows) == {"Kestrel Hospital", "Conde R. Almeida Hospital"}


def test_a_legal_form_ends_the_name_and_where_it_is_based_is_not_part_of_it(facts):
    text = (
        "Aldwick Diagnostics Ltd of Kent signed a supply deal with the Westport-based Harbour Health Insurance Co. "
        "and the Leeds-based Northvale Cancer Network."
    )
    rows = facts(text, "organization")
    assert names(rows) == {"Aldwick Diagnostics Ltd", "Harbour Health Insurance Co", "Northvale Cancer Network"}


def test_charities_insurers_and_genomics_firms_are_organisations(facts):
    text = (
        "The Broadland Hospitals Charity paid for the ward; Harbour Life Assurance and Fenwick Genomics paid the rest."
    )
    rows = facts(text, "organization")
    assert names(rows) == {"Broadland Hospitals Charity", "Harbour Life Assurance", "Fenwick Genomics"}


def test_a_lower_case_syllable_inside_a_name_is_part_of_it(facts):
    text = (
        "Nurses from the Second Affiliated Hospital of Tan Kah kee University and the Eastmoor Children Hospital "
        "joined the course."
    )
    assert names(facts(text, "organization")) == {
        "Second Affiliated Hospital of Tan Kah kee University",
        "Eastmoor Children Hospital",
    }


def test_a_hyphenated_syllable_stays_in_the_name(facts):
    rows = facts("Doctors of the Third Affiliated Hospital of Lim Bo-seng University met.", "organization")
    assert names(rows) == {"Third Affiliated Hospital of Lim Bo-seng University"}


def test_words_after_and_that_no_head_makes_a_body_are_not_part_of_the_name(facts):
    text = "Westvale already has many partners in Asia, including links with Northvale University and Harbou"
    assert names(facts(text, "organization")) == {"Northvale University"}


def test_a_registry_body_with_lower_case_words_is_one_name(facts):
    text = "Rules of the Medicines and Healthcare products Regulatory Agency (MHRA) apply. The MHRA will lead."
    rows = facts(text, "organization")
    assert names(rows) == {"Medicines and Healthcare products Regulatory Agency"}
    assert [r["text"] for r in rows].count("MHRA") == 2


def test_a_registry_body_of_one_word_in_mixed_case_is_a_body_but_not_an_acronym_alone(facts):
    text = "Mindray and the Ostley Zone Committee signed an agreement. Staff of NICE would be nice to meet."
    assert names(facts(text, "organization")) == {"Mindray", "Ostley Zone Committee"}


def test_a_sentence_opener_is_not_a_listed_body(facts):
    rows = facts("In June, the Northvale Hospital and the Kestrel Hospital opened wards.", "organization")
    assert names(rows) == {"Northvale Hospital", "Kestrel Hospital"}


def test_a_class_noun_opening_the_sentence_describes_the_body_and_is_not_part_of_its_name(facts):
    rows = facts("Drugmaker Corran Biologics will open a laboratory in Foshan next year.", "organization")
    assert names(rows) == {"Corran Biologics"}


def test_a_verb_opening_a_clause_before_a_name_is_not_part_of_it_but_a_subjects_first_word_is(facts):
    """ "Touring X, the minister met ...": a clause before the subject; "Reading Borough Council" is the subject."""
    text = "Touring Marlow Bay Infirmary on Friday, the envoy met nurses. Reading Borough Council backed the plan."
    assert names(facts(text, "organization")) == {"Marlow Bay Infirmary", "Reading Borough Council"}


def test_an_and_between_two_fields_of_study_is_inside_the_name_and_one_before_a_name_is_not(facts):
    text = "Pellow Hospital and the Dunmore Institute of Biology and Chemistry agreed to share scans."
    assert names(facts(text, "organization")) == {
        "Pellow Hospital",
        "Dunmore Institute of Biology and Chemistry",
    }
    text = "The Department of Health and Kestrel Hospital agreed to share scans."
    assert names(facts(text, "organization")) == {"Department of Health", "Kestrel Hospital"}


def test_a_comma_list_of_fields_after_of_is_inside_the_name_and_a_list_of_bodies_is_not(facts):
    text = "Dr Rhys Pryce, Dean of the Faculty of Computing, Nursing and Applied Systems, and Dr Bo Tan spoke."
    assert names(facts(text, "organization")) == {"Faculty of Computing, Nursing and Applied Systems"}
    text = "The Faculty of Nursing, Midwifery and Sport at Pellow University hosts the course."
    assert names(facts(text, "organization")) == {"Faculty of Nursing, Midwifery and Sport", "Pellow University"}
    text = "The Department of Health, Corran Ltd and Pellow University signed the plan."
    assert names(facts(text, "organization")) == {"Department of Health", "Corran Ltd", "Pellow University"}


def test_a_short_form_with_the_initials_of_the_whole_name_in_another_order_stands_for_it(facts):
    text = "The University of Tollan-Westport Hospital (TU-WH) signed a deal. Its chief, of TU-WH, spoke."
    assert names(facts(text, "organization")) == {"University of Tollan-Westport Hospital"}


def test_and_after_a_place_of_two_words_or_before_a_names_own_the_splits(facts):
    text = (
        "Patients move between public hospitals in Hong Kong and The University of Kelby Hospital.\n\n"
        "Patients went between Kelby and The Tollan Hospital."
    )
    assert names(facts(text, "organization")) == {"University of Kelby Hospital", "Tollan Hospital"}


def test_a_short_form_defined_after_its_country_names_the_body(facts):
    text = "The Norvian Center for Disease Control (Norway CDC) opened a laboratory. The CDC will run it."
    rows = facts(text, "organization")
    assert {r["name"] for r in rows} == {"Norvian Center for Disease Control"}
    # the short form with its place is one mention of the body wherever it is written, not a place before it
    assert [r["text"] for r in rows] == ["Norvian Center for Disease Control", "Norway CDC", "CDC"]
    rows = facts(text + " Dr Ann Lee, Deputy Director of Norway CDC, said so.", "organization")
    assert [r["text"] for r in rows][-1] == "Norway CDC"


def test_short_form_after_a_city_and_a_district(facts):
    rows = facts(
        "Shenzhen Futian Renkang Hospital signed the deal. Renkang's vice-president, Dr Zhou Ming, said so.",
        "person",
    )
    assert [(r["role"], r["affiliation"]) for r in rows] == [("Dr; vice-president", "Shenzhen Futian Renkang Hospital")]


def test_a_headline_short_form_is_the_same_body_not_a_clash(facts):
    rows = facts(
        "Kelvo lands money from Beijing's Kelvo Capital\n\nThe round was led by Beijing Kelvo Capital Partners, the "
        "firm said.\n\nKelvo managing partner Chen Hao said the firm had grown.",
        "person",
    )
    assert [r["affiliation"] for r in rows] == ["Beijing Kelvo Capital Partners"]


def test_a_name_after_a_body_s_partner_phrase_with_a_kind_of_body_word_is_an_organisation(facts):
    text = (
        "Eastmoor University will train the staff, while its strategic partner, Hua-Lin Healthcare, will run the "
        "clinic. Her partner, Ann Reed, came too."
    )
    names = {r["name"] for r in facts(text, "organization")}
    assert "Hua-Lin Healthcare" in names and "Ann Reed" not in names


def test_a_short_name_and_a_body_named_after_its_city_are_two_bodies(facts):
    text = (
        "Kestrel Vale Teaching Hospitals NHS Trust will train 100 doctors.\n\n"
        "Kestrel Vale and Wuhan Linden People's Hospital will set up a stroke link."
    )
    names = {r["name"] for r in facts(text, "organization")}
    assert "Wuhan Linden People's Hospital" in names
    assert not any(" and " in n for n in names)


def test_a_place_that_says_where_a_body_is_is_not_part_of_its_name(facts):
    text = (
        "Kestrel Pharma Group of Wuhan will invest in Orrin Therapeutics of Leeds and Marlow Biotech "
        "of Bristol and Nanjing Fenwick Lenses. A report by Zhuhai's Social Welfare Bureau and "
        "Foshan's Software Industry Association shows more trials. The People's Government of Zhuhai and the "
        "University of Leeds agreed. Bank of China paid."
    )
    found = names(facts(text, "organization"))
    assert {
        "Kestrel Pharma Group",
        "Orrin Therapeutics",
        "Marlow Biotech",
        "Social Welfare Bureau",
        "Software Industry Association",
        "People's Government of Zhuhai",
        "University of Leeds",
        "Bank of China",
    } <= found
    assert not any("of Wuhan" in n or "of Bristol" in n or "'s" in n.replace("People's", "") for n in found)


def test_a_countrys_possessive_says_where_a_national_body_is(facts):
    rows = facts("Nurses of the UK's National Health Service visited Leeds.", "organization")
    assert names(rows) == {"National Health Service"}
    assert names(facts("It joined Britain's Royal College of Nursing last year.", "organization")) == {
        "Royal College of Nursing"
    }


def test_a_name_written_without_its_head_words_takes_the_full_name():
    from analysis.extract.nlp import Mention
    from analysis.extract.organizations import full_names

    def m(start, name):
        return Mention("organization", start, start + len(name), "t", {"name": name})

    found = [
        m(0, "Orrin Therapeutics"),
        m(40, "Orrin"),
        m(80, "Dali Lakeside Hospital"),
        m(120, "Dali Lakeside"),
        m(160, "Kelby Hospital"),
        m(200, "Kelby University"),
        m(240, "Kelby"),
    ]
    assert [o.fields["name"] for o in full_names(found)] == [
        "Orrin Therapeutics",
        "Orrin Therapeutics",
        "Dali Lakeside Hospital",
        "Dali Lakeside Hospital",
        "Kelby Hospital",
        "Kelby University",
        "Kelby",  # two bodies open with this word: left alone
    ]
    assert [o.fields["name"] for o in full_names([m(0, "Orrin"), m(40, "Orrin Therapeutics")])][0] == "Orrin"


def test_a_currency_before_a_number_is_no_word_of_a_name(facts):
    text = (
        "The trial is funded with £3.1 million from the Northvale Institute for Health and Care Research and "
        "RMB 18 million from the Eastport Science Commission."
    )
    assert names(facts(text, "organization")) == {
        "Northvale Institute for Health and Care Research",
        "Eastport Science Commission",
    }
    amounts = facts(text, "amount")
    assert {(r["value"], r["unit"]) for r in amounts} >= {(3.1e6, "GBP"), (18e6, "CNY")}


def test_a_footer_opening_with_the_copyright_sign_names_its_holder_and_publisher(facts):
    text = (
        "Kestrel Wire\n\nThe ward opened on Monday.\n"
        "© 2026 Kestrel Media Ltd, Northfield. All rights reserved.\n"
        "Tarrow Pulse is published by Tarrow Press Co., Ltd., Leeds. © 2026 All rights reserved.\n"
    )
    found = names(facts(text, "organization"))
    assert {"Kestrel Media Ltd", "Tarrow Press Co., Ltd."} <= found
    assert not any("Northfield" in n or "All" in n for n in found)  # the name ends at its comma or full stop


def test_the_links_after_a_footers_copyright_are_not_bodies(facts):
    text = "Kestrel Wire\n\nThe ward opened.\nKestrel Wire is published by Tarrow Media. © 2026. Terms | Privacy\n"
    found = names(facts(text, "organization"))
    assert "Tarrow Media" in found and "Terms" not in found


def test_a_dateline_in_capitals_is_not_an_organisation(facts):
    text = "Trust renews\n\nLEEDS, May 3 - Westmoor Valley NHS Trust will open a clinic with Kelby Hospital.\n"
    assert names(facts(text, "organization")) == {"Westmoor Valley NHS Trust", "Kelby Hospital"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start of one longer name, the rest a business word or the short name headless: the same body
        ("Tarnby Pharma Group Ltd signed a deal. Tarnby Pharma said it was pleased.", {"Tarnby Pharma Group Ltd"}),
        ("Marrowby Healthcare Group won a contract. Marrowby said it was pleased.", {"Marrowby Healthcare Group"}),
        (
            "Kelvo Medical Technology Co won a contract. Kelvo Medical said it was pleased.",
            {"Kelvo Medical Technology Co"},
        ),
        # the rest says where the body is: the same body, unless another place's possessive places the short one
        (
            "The Health Bureau of the Macao SAR will open clinics. The Health Bureau said so.",
            {"Health Bureau of the Macao SAR"},
        ),
        (
            "Leeds's Health Bureau and the Health Bureau of Macao signed. The Health Bureau said so.",
            {"Health Bureau", "Health Bureau of Macao"},
        ),
        # a body with a head of its own and a longer name that is not only a business word: two bodies
        ("NHS England and the NHS signed.", {"NHS England", "NHS"}),
    ],
)
def test_a_short_name_of_one_longer_name_is_that_body(facts, text, expected):
    assert names(facts(text, "organization")) == expected


def test_words_of_a_masthead_in_capitals_are_not_acronyms(facts):
    text = (
        "TOLLAN HEALTH JOURNAL\nNews | Jobs\n\nThe Kestrel NHS Trust signed a deal with the NHS in Leeds.\n\n"
        "© Tollan Health Journal"
    )
    found = names(facts(text, "organization"))
    assert "HEALTH" not in found and "JOURNAL" not in found
    assert "NHS" in found
    text = "HARBIN TODAY\n\nThe Kestrel Hospital opened a ward with the NHS.\n"
    assert "HARBIN" not in names(facts(text, "organization"))


def test_a_time_zone_after_a_time_of_day_is_not_an_acronym(facts):
    text = "Pay deal agreed\n\nUpdated: 2026-08-21 10:42 KLT\n\nThe Kestrel Hospital opened a ward with the NHS.\n"
    assert names(facts(text, "organization")) == {"Kestrel Hospital", "NHS"}
    text = "Pay deal agreed\n\n20 August 2026, 07:45 ZMT\n\nKestrel Hospital and ZMT opened a ward.\n"
    assert "ZMT" not in {r["name"] for r in facts(text, "organization") if r["start"] < 40}


def test_an_acronym_defined_by_words_in_lower_case_names_a_thing(facts):
    text = (
        "Kestrel licenses QSV pill\n\nKestrel Therapeutics will sell a pill for quartan sinus virus (QSV) through "
        "Tollan Hospital. QSV cases rose."
    )
    assert "QSV" not in names(facts(text, "organization"))
    # a body written in lower case keeps its acronym
    from analysis.extract.organizations import common_noun_acronyms

    assert common_noun_acronyms("the city nursing council (CNC) met; quartan sinus virus (QSV)") == {"QSV"}
    assert common_noun_acronyms("the Northfield Sinus Virus Unit (NSVU) met") == set()
    # letters of the words in order, not only their initials
    assert common_noun_acronyms("new studies of antimicrobial resistance (AMR) and sepsis") == {"AMR"}


def test_a_forum_an_apposition_calls_a_charity_is_a_body(facts):
    text = (
        "The Dunmore Carers Forum, a charity, backed the plan. Its director, Dr Nia Bell, said it was overdue. "
        "The Spring Forum opened on Monday."
    )
    assert {r["name"] for r in facts(text, "organization")} == {"Dunmore Carers Forum"}
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Nia Bell", "Dunmore Carers Forum")]


def test_a_unit_after_a_possessive_is_named_with_its_body(facts):
    text = (
        "Kestrel University's School of Nursing will host the course. The School of Nursing has 40 staff. "
        "Dunmore University's Asia Centre opened."
    )
    rows = facts(text, "organization")
    assert [(r["text"], r["name"]) for r in rows] == [
        ("Kestrel University's", "Kestrel University"),
        ("School of Nursing", "Kestrel University School of Nursing"),
        ("School of Nursing", "Kestrel University School of Nursing"),
        ("Dunmore University's", "Dunmore University"),
        ("Asia Centre", "Asia Centre"),
    ]


def test_a_unit_named_by_two_owners_stays_as_written_when_alone(facts):
    text = (
        "Kestrel University's School of Nursing and Dunmore University's School of Nursing signed. "
        "The School of Nursing has 40 staff."
    )
    assert names(facts(text, "organization")) == {
        "Kestrel University",
        "Kestrel University School of Nursing",
        "Dunmore University",
        "Dunmore University School of Nursing",
        "School of Nursing",
    }


def test_a_company_with_its_seat_in_brackets_is_one_name(facts):
    text = (
        "Kelby's new venture, Kelby Tollan Vaccines (Zhuhai) Co., Ltd., is 60% held by Kelby. "
        "Prices fell at Dunmore Clinic (Shenzhen) this year."
    )
    got = names(facts(text, "organization"))
    assert "Kelby Tollan Vaccines (Zhuhai) Co., Ltd." in got
    assert not any(n.startswith("Zhuhai)") for n in got)
    # without legal forms after the bracket, the bracket says where the body is
    assert "Dunmore Clinic" in got


def test_a_mixed_case_short_form_stands_for_the_one_body_it_contracts(facts):
    text = "Tollby Polytechnic University opened a laboratory. Staff at PolyU will run it with Kelby Hospital."
    rows = facts(text, "organization")
    assert [(r["text"], r["name"]) for r in rows if r["text"] == "PolyU"] == [
        ("PolyU", "Tollby Polytechnic University")
    ]


def test_a_name_right_after_a_lower_case_role_is_its_holder_not_a_body(facts):
    text = "The Tollby Health Board signed the deal. Health board chief executive Owain Rhys said it would cut waits."
    assert {r["name"] for r in facts(text, "organization")} == {"Tollby Health Board"}
    assert [r["name"] for r in facts(text, "person")] == ["Owain Rhys"]


def test_a_caption_sentence_after_photo_is_no_credit(facts):
    text = "Clinics open.\n\nPhoto: Officials from Tollby at the signing ceremony.\n\nPhoto: Newslens\n"
    assert [r["name"] for r in facts(text, "organization")] == ["Newslens"]


def test_a_field_with_no_name_after_a_role_and_for_is_what_the_post_covers(facts):
    text = (
        "The Kelby Care Authority (KCA) runs it. Dr Ann Wai, the KCA's Chief Officer for Cross-border Care "
        "Services, said it worked."
    )
    assert {r["name"] for r in facts(text, "organization")} == {"Kelby Care Authority"}
    assert [(r["role"], r["affiliation"]) for r in facts(text, "person")] == [
        ("Dr; Chief Officer for Cross-border Care Services", "Kelby Care Authority")
    ]


def test_a_first_word_opening_two_names_stands_for_the_one_it_completes_with_words_of_its_kind(facts):
    """ "Orrin" after "Orrin Medical Systems" and a venture "Orrin Kelby Medical Technology Co": the systems maker,
    whose other words only say what kind of body it is; the venture's "Kelby" is a name of its own."""
    text = (
        "British exporter Orrin Medical Systems said it had signed a deal with Kelby Supply Co. The two will form a "
        "venture, Orrin Kelby Medical Technology Co. Orrin chief executive Tom Hale said it would open soon."
    )
    rows = [r for r in facts(text, "organization") if r["text"] == "Orrin"]
    assert [r["name"] for r in rows] == ["Orrin Medical Systems"]


def test_a_wire_releases_dateline_is_no_body_and_the_body_after_it_keeps_its_name(facts):
    text = (
        "CAMBRIDGE, England & SHENZHEN, China--(WIRE)--Tarrow Devices Ltd, a maker of blood tests, today announced "
        "a distribution agreement with Guangzhou Kelby Medical Supply Co."
    )
    names = [r["name"] for r in facts(text, "organization")]
    assert "Tarrow Devices Ltd" in names
    assert not any("England" in n or "--" in n for n in names)


def test_a_health_board_named_nhs_and_two_places_is_one_body(facts):
    text = "NHS Kelby and Tarn has agreed a nurse exchange with Shenzhen Nanling Hospital Group."
    assert [r["name"] for r in facts(text, "organization")] == ["NHS Kelby and Tarn", "Shenzhen Nanling Hospital Group"]


def test_one_word_after_and_ending_a_headed_name_is_no_persons_name():
    from analysis.extract.organizations import _before_person, _tokens

    toks = _tokens("NHS Kelby and Lorne", 0)
    assert [t[2] for t in _before_person(toks, {toks[-1][0]})] == ["NHS", "Kelby", "and", "Lorne"]
    toks = _tokens("Head of Academy Jane Roe", 0)
    assert [t[2] for t in _before_person(toks, {toks[3][0]})] == ["Head", "of", "Academy"]


def test_an_of_part_of_nationality_words_going_on_in_lower_case_is_no_part_of_the_name(facts):
    """ "hosted by the Kestrel Institute for Scottish and Chinese health researchers": whom it hosts, not its name;
    "the Centre for Chinese Studies" keeps its part."""
    text = (
        "The visit included a reception hosted by the Kestrel Institute for Scottish and Chinese health "
        "researchers. The Centre for Chinese Studies opened in May."
    )
    assert [r["name"] for r in facts(text, "organization")] == ["Kestrel Institute", "Centre for Chinese Studies"]


def test_a_footer_credit_of_a_short_name_is_named_in_full_and_keeps_its_span(facts):
    text = (
        "Nurses met in Tollan on Monday.\n\n"
        "Kestrel News Agency is part of Kestrel Media Group.\n"
        "© 2026 Kestrel. Reuse needs permission. | Cookie settings | Terms | Privacy\n"
    )
    rows = facts(text, "organization")
    credit = next(r for r in rows if r["extractor"] == "organizations.credit")
    assert credit["name"] == "Kestrel News Agency"
    assert text[credit["start"] : credit["end"]] == "Kestrel"


def test_where_a_body_is_listed_or_headquartered_is_no_word_of_its_name(facts):
    text = "Halvern signed with Shenzhen-listed Kelby Pharma Co and London-headquartered Brixham Devices Ltd."
    assert {"Kelby Pharma Co", "Brixham Devices Ltd"} <= names(facts(text, "organization"))
    assert not any("-" in n for n in names(facts(text, "organization")))


def test_names_that_share_a_plural_head_are_each_a_body(facts):
    text = (
        "Trainees rotate through the Glenby, Brynmor and Tawel hospitals. Staff of Queen Anne and Prince "
        "Owen hospitals joined. British and Chinese universities agreed. Yesterday Marsh and Lyle hospitals shut."
    )
    rows = facts(text, "organization")
    shared = [r for r in rows if r["extractor"] == "organizations.shared_head"]
    assert [r["name"] for r in shared] == [
        "Glenby Hospital", "Brynmor Hospital", "Tawel Hospital", "Queen Anne Hospital", "Prince Owen Hospital"
    ]  # fmt: skip
    tawel = next(r for r in rows if r["name"] == "Tawel Hospital")
    assert text[tawel["start"] : tawel["end"]] == "Tawel"


def test_names_sharing_a_qualified_plural_head_take_its_words_and_a_verb_is_no_qualifier(facts):
    text = "Nurses moved to the Ardle and Corrin rural health centres. In June, Lorne and Stroma will open colleges."
    shared = [r["name"] for r in facts(text, "organization") if r["extractor"] == "organizations.shared_head"]
    assert shared == ["Ardle Rural Health Centre", "Corrin Rural Health Centre"]


def test_time_zones_and_control_letters_are_no_bodies(facts):
    text = "The line reopened at 1415 BST, the Kelby Trust said.\n[Text size: L M S]  [Share]\n"
    assert names(facts(text, "organization")) == {"Kelby Trust"}


def test_a_name_after_where_it_is_based_is_a_body(facts):
    text = "Leeds-based Kestrel Orthopaedics will open a regional office in Wuhan."
    assert [r["name"] for r in facts(text, "organization")] == ["Kestrel Orthopaedics"]
    # a field of medicine alone is no body, nor are the words a description of a body opens with
    assert facts("She trained in Internal Medicine at a hospital.", "organization") == []
    text = "Tarnby Imaging Ltd, an Oxford-based AI pathology company, signed an MoU. Leeds-based AI firms followed."
    assert [r["name"] for r in facts(text, "organization")] == ["Tarnby Imaging Ltd"]


def test_a_run_of_list_names_the_model_reads_as_one_body_gives_way_to_the_shared_head_items(facts):
    text = "- Kestrel Health Board will host Wuhan nurses at Aberglan, Withyford and Bronmor hospitals;"
    names = {r["name"] for r in facts(text, "organization")}
    assert {"Aberglan Hospital", "Withyford Hospital", "Bronmor Hospital"} <= names
    assert not any(", " in n for n in names)


def test_a_body_of_a_governments_department_is_named_without_the_possessor(facts):
    text = (
        "The plan was agreed on Monday.\n\nIn a separate agreement, the Tarn Center for Disease Control signed a "
        "memorandum of understanding with the Centre for Food Safety of the HKSAR Government's Department of "
        "Hygiene."
    )
    rows = {r["name"]: r for r in facts(text, "organization")}
    assert {"Tarn Center for Disease Control", "Centre for Food Safety", "Department of Hygiene"} <= set(rows)
    owner = [c for c in rows["Department of Hygiene"]["org_cues"]["jurisdiction"] if c["level"] == "owner"]
    assert owner == [{"level": "owner", "label": "Hong Kong", "evidence": "HKSAR Government's"}]
    parties = [r["parties"] for r in facts(text, "partnership")]
    assert parties == [["Tarn Center for Disease Control", "Centre for Food Safety"]]


def test_a_body_of_a_government_named_in_full_before_a_comma_keeps_its_name(facts):
    text = (
        "The agreement was signed by the Director of the Health Bureau of the Tarn Regional Government, Dr Ola Brent."
    )
    assert "Health Bureau of the Tarn Regional Government" in {r["name"] for r in facts(text, "organization")}


def test_a_body_after_a_role_keeps_every_word_of_its_name(facts):
    """ "chairwoman of the Hong Kong Registered Nurses' Union": five capitalised words and a plural possessive are
    one name, not the first four."""
    text = "Chan Mei, chairwoman of the Hong Kong Registered Nurses' Union, said she was worried."
    assert [r["name"] for r in facts(text, "organization")] == ["Hong Kong Registered Nurses' Union"]
    assert [r["affiliation"] for r in facts(text, "person")] == ["Hong Kong Registered Nurses' Union"]


def test_a_name_before_another_bodys_seat_ends_before_and(facts):
    """ "the Institute of Virology of the Tollan Academy of Sciences and Suzhou-based drugmaker Kelby Bio": where the
    next body is based is no word of the first one's name."""
    text = (
        "A consortium bringing together the Institute of Virology of the Tollan Academy of Medical Sciences and "
        "Suzhou-based drugmaker Kelby Bio will develop vaccines."
    )
    first = "Institute of Virology of the Tollan Academy of Medical Sciences"
    assert [r["name"] for r in facts(text, "organization")] == [first, "Kelby Bio"]


def test_the_part_of_a_name_before_of_in_a_headline_is_that_body(facts):
    """A headline's "Royal College" is the one "Royal College of ..." the article names, though it comes first; with
    two such names it stays as written."""
    text = (
        "Royal College and Tollan Medical Association renew training pact\n\nThe Royal College of Tarn Medicine and "
        "the Tollan Medical Association have renewed their memorandum of understanding on training."
    )
    names = [r["name"] for r in facts(text, "organization")]
    assert names.count("Royal College of Tarn Medicine") == 2 and "Royal College" not in names
    two = text + " The Royal College of Tarn Nursing welcomed the deal."
    assert "Royal College" in [r["name"] for r in facts(two, "organization")]


def test_a_describing_word_before_a_place_is_no_body(facts):
    """ "Neighbouring Zhongshan announced ...": an adjective the article also writes in lower case, then a place."""
    text = (
        "Jiangmen will open care homes to Macao residents.\n\nNeighbouring Zhongshan announced a "
        "similar plan in May, reserving 800 beds in two towns for Hong Kong and Macao residents."
    )
    assert facts(text, "organization") == []


def test_a_body_named_by_a_noun_and_a_place_stays_a_body(facts):
    """ "Research England" holds a noun the article also writes in lower case: still a body's name."""
    text = "Tarn research councils, Innovate UK and Research England fund health research."
    assert "Research England" in [r["name"] for r in facts(text, "organization")]


def test_a_headline_writes_a_body_short_and_describes_another_in_lower_case(facts):
    """ "Kelvo Pharma" in a headline is the Kelvo Pharmaceutical Group of the story; "UK biotech" describes the body
    after it and is none; a list of towns is no body."""
    text = (
        "China's Kelvo Pharma to take 19.9% of UK biotech Marrowfield, set up Suzhou venture\n"
        "Kelvo Pharmaceutical Group will buy a stake in Marrowfield Therapeutics. The city has pooled specialist "
        "resources in Taishan, Kaiping, Enping and Heshan so that common conditions can be treated."
    )
    assert sorted({r["name"] for r in facts(text, "organization")}) == [
        "Kelvo Pharmaceutical Group",
        "Marrowfield Therapeutics",
    ]


def test_an_acronym_of_the_words_after_a_bodys_place_is_that_body(facts):
    for place in ("Northfield Bay", "Swansea Bay"):
        text = (
            f"{place} University Health Board signed the deal with Tarn University.\n"
            f"Dr Ann Lee (left) after signing. Picture: {place} UHB\nThe board said more."
        )
        assert sorted({r["name"] for r in facts(text, "organization")}) == [
            f"{place} University Health Board",
            "Tarn University",
        ]


def test_a_term_written_in_capitals_beside_its_lower_case_is_no_body(facts):
    text = (
        "Eight more clinics may use Hong Kong-registered drugs and medical devices under the measure on Hong Kong "
        "Registered Drugs and Medical Devices used in the Greater Bay Area."
    )
    assert [r["name"] for r in facts(text, "organization")] == []
    text = "MedAxis Robotics signed a deal with Chengdu Tianfu Surgical Technology to sell surgical technology."
    assert "Chengdu Tianfu Surgical Technology" in {r["name"] for r in facts(text, "organization")}
    text = "Dr Ann Lee, UK Special Envoy on Antimicrobial Resistance, said antimicrobial resistance kills."
    assert "Antimicrobial Resistance" not in {r["name"] for r in facts(text, "organization")}


def test_an_and_between_two_places_of_one_trust_is_inside_its_name(facts):
    text = (
        "Kelby Hospitals Bristol and Marshcombe NHS Foundation Trust signed an agreement with the Fujian Nurses "
        "Association."
    )
    assert [r["name"] for r in facts(text, "organization")] == [
        "Kelby Hospitals Bristol and Marshcombe NHS Foundation Trust",
        "Fujian Nurses Association",
    ]
    text = "Kelby University Hospital Leeds and Bradford Hospital signed a deal."
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby University Hospital Leeds", "Bradford Hospital"]


def test_acronyms_joined_by_a_hyphen_are_both_bodies(facts):
    text = (
        "The Kelby Institute for Health (KIH) and the Tarn Science Foundation (TSF) will launch a call. The KIH-TSF "
        "call opens in June. COVID-19 cases fell."
    )
    rows = [(r["text"], r["name"]) for r in facts(text, "organization")]
    assert rows[-2:] == [("KIH", "Kelby Institute for Health"), ("TSF", "Tarn Science Foundation")]


def test_a_venue_named_a_house_is_no_body(facts):
    text = "The dialogue was held at Lancaster House in London on 3 March, with the Kelby Health Commission."
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby Health Commission"]


def test_a_short_name_in_the_story_before_a_name_with_another_place_is_another_body(facts):
    """ "the Health Bureau announced." and later "the Health Bureau of Zhuhai": two bureaus; a headline's short name
    over the full one is the same body."""
    text = (
        "KELBY, Aug 19 (KDP) - The voucher scheme will be extended, the Health Bureau announced on Tuesday.\n\n"
        "In Zhuhai, the Health Bureau of Zhuhai said 6,200 residents had used vouchers."
    )
    assert [r["name"] for r in facts(text, "organization") if r["text"] != "KDP"] == [
        "Health Bureau",
        "Health Bureau of Zhuhai",
    ]
    text = "Health Bureau extends vouchers\n\nThe Health Bureau of Zhuhai said 6,200 residents had used vouchers."
    assert {r["name"] for r in facts(text, "organization")} == {"Health Bureau of Zhuhai"}


def test_a_registry_name_read_on_past_its_end_is_one_name(facts):
    """ "the Pharmacy and Poisons Board of Hong Kong": not "Poisons Board of Hong Kong" after an "and"."""
    text = "Pharmacists registered with the Pharmacy and Poisons Board of Hong Kong may work in Shenzhen hospitals."
    assert [r["name"] for r in facts(text, "organization")] == ["Pharmacy and Poisons Board of Hong Kong"]


def test_an_identity_or_travel_document_is_no_body(facts):
    text = (
        "Patients holding a valid Hong Kong Identity Card may register at Kelby Hospital from June 16. Holders of a "
        "Home Return Permit may also apply."
    )
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby Hospital"]


def test_a_headlines_name_without_place_and_legal_form_is_the_full_name_below(facts):
    text = (
        "Venture with Kelvo Medical Group to build labs\n\n"
        "Tarn Diagnostics plc has formed a joint venture with Jiangsu Kelvo Medical Group Co., Ltd. to build labs."
    )
    rows = facts(text, "organization")
    assert [r["name"] for r in rows if r["text"] == "Kelvo Medical Group"] == ["Jiangsu Kelvo Medical Group Co"]


def test_two_things_a_specialist_hospital_treats_stay_in_its_name(facts):
    text = (
        "Kelby Medical signed a supply agreement with Chengdu Jinsha Bone and Joint Hospital on Tuesday, and another "
        "with Kunming Lianhua Eye and ENT Hospital."
    )
    names = [r["name"] for r in facts(text, "organization")]
    assert "Chengdu Jinsha Bone and Joint Hospital" in names
    assert "Kunming Lianhua Eye and ENT Hospital" in names
    assert "Joint Hospital" not in names and "ENT Hospital" not in names


def test_the_short_form_of_a_degree_is_no_body(facts):
    text = (
        "Tarn University and Kelby Medical University will jointly offer a Master of Public Health (MPH) in Suzhou. "
        "The MPH has 40 places."
    )
    names = {r["name"] for r in facts(text, "organization")}
    assert names == {"Tarn University", "Kelby Medical University"}


def test_what_a_deals_title_is_on_is_no_body(facts):
    text = (
        "The extension is made under the Co-operation Arrangement on Cross-boundary Healthcare Services, which the "
        "bureau renewed with the Kelby Health Commission."
    )
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby Health Commission"]


def test_a_government_named_by_its_place_and_level(facts):
    """ "the Huadu district government", "the Hainan provincial government": bodies; "the local government" and a
    level word alone are not."""
    text = (
        "The Huadu district government signed the plan. The Hainan provincial government paid for it. "
        "The local government agreed, and the district government was told."
    )
    assert [(r["name"], r["org_cues"]["type"][0]) for r in facts(text, "organization")] == [
        ("Huadu district government", "government"),
        ("Hainan provincial government", "government"),
    ]


def test_a_function_word_opening_a_quotation_is_no_word_of_a_name(facts):
    text = 'Ann Lee said: "When the Tarnby Eastern Hospital opens, patients will wait less."'
    assert [r["name"] for r in facts(text, "organization")] == ["Tarnby Eastern Hospital"]


def test_a_name_after_a_persons_title_is_a_person_whatever_the_parser_reads(facts):
    text = 'Kelby Valley Health Board signed an agreement. "We will learn," said Dr Owain Rhys.'
    assert [r["name"] for r in facts(text, "organization")] == ["Kelby Valley Health Board"]
    assert [r["name"] for r in facts(text, "person")] == ["Owain Rhys"]


def test_a_post_after_a_bodys_possessive_is_no_word_of_its_name(facts):
    text = (
        "The dialogue was co-chaired by the Department of Education and Skills's Minister of State for Schools and "
        "Colleges, Beatrice Holloway MP, and Li Wei."
    )
    assert [r["name"] for r in facts(text, "organization")] == ["Department of Education and Skills"]
    assert [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")][0] == (
        "Beatrice Holloway",
        "Minister of State for Schools and Colleges; MP",
        "Department of Education and Skills",
    )
