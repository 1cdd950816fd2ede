"""Roles and affiliations on hand-written sentences: the grammar of a role before a name, the owner of a role,
appositions after possessives and modifiers, and later mentions of the same person."""

from pathlib import Path

import pytest

from analysis.extract import roles
from analysis.extract.nlp import analyse
from analysis.ingest.corpus import make_document


def _described(rows):
    return {r["name"]: (r["role"], r["affiliation"]) for r in rows}


def _role_before(text, name):
    ctx = analyse(make_document("r", Path("r.txt"), text, "0" * 64))
    b = roles.before(ctx, text.index(name), [])
    return b.role if b else None


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Trade Minister Ola Brent opened the fair.", "Ola Brent", "Trade Minister"),
        ("Norvian Vice Premier Tal Ossa arrived.", "Tal Ossa", "Vice Premier"),
        (
            "The Secretary for Rural Affairs and Fisheries Ivo Lask spoke.",
            "Ivo Lask",
            "Secretary for Rural Affairs and Fisheries",
        ),
        ("Then lawmaker Ren Quist asked a question.", "Ren Quist", "lawmaker"),
        ("Perth MSP Ren Quist asked a question.", "Ren Quist", "Perth MSP"),
        (
            "The Minister for Science, Research and Innovation, Ivo Lask, spoke.",
            "Ivo Lask",
            "Minister for Science, Research and Innovation",
        ),
        ("Then MEP Ren Quist asked a question.", "Ren Quist", "MEP"),
        ("Cabinet Secretary for Rural Care Ivo Lask spoke.", "Ivo Lask", "Cabinet Secretary for Rural Care"),
        (
            "Party Secretary and Director of the Provincial Health Commission Zhu Kelan spoke.",
            "Zhu Kelan",
            "Party Secretary and Director of the Provincial Health Commission",
        ),
        ("Executive Deputy Director Prof. Han Wolde met them.", "Han Wolde", "Executive Deputy Director"),
        ("The visit was led by Dr Ola Brent.", "Ola Brent", None),
        ("Secretary of State for Fisheries Ana Holm spoke.", "Ana Holm", "Secretary of State for Fisheries"),
        ("The UK's health secretary, Ola Brent, spoke.", "Ola Brent", "UK's health secretary"),
        ("Hong Kong's Secretary for Transport Ivo Lask spoke.", "Ivo Lask", "Hong Kong's Secretary for Transport"),
    ],
)
def test_the_role_written_before_a_name(text, name, role):
    assert _role_before(text, name) == role


def test_a_list_closed_by_a_role_before_its_person_pairs_each_role_with_the_name_after_it(facts):
    text = (
        "The agreement was signed by Professor Ivo Lask, the Director of the Tarn Provincial Health Commission, "
        "Mr Zhu Kelan, and the Director of the Health Bureau of Kestrel, Dr Ola Brent."
    )
    described = {n: (role.split("; ")[-1], org) for n, (role, org) in _described(facts(text, "person")).items()}
    assert described == {
        "Ivo Lask": ("Professor", None),
        "Zhu Kelan": ("Director", "Tarn Provincial Health Commission"),
        "Ola Brent": ("Director", "Health Bureau of Kestrel"),
    }
    # a list of people each followed by their role keeps the roles after the names
    text = "The deal was signed by Ann Lee, the dean of Harbour University, and Tom Ward, the chief executive of Tarn."
    assert _described(facts(text, "person"))["Ann Lee"] == ("dean", "Harbour University")


def test_a_comma_after_the_role_only_where_the_role_opens_the_clause():
    assert _role_before("Prime Minister, Ola Brent, arrived.", "Ola Brent") == "Prime Minister"
    assert _role_before("They met Ivo Lask, Vice Dean, Ola Brent and others.", "Ola Brent") is None


def test_plural_role_before_two_names(facts):
    rows = facts("Deputy Mayors Ivo Lask and Ren Quist cut the ribbon.", "person")
    assert _described(rows) == {"Ivo Lask": ("Deputy Mayor", None), "Ren Quist": ("Deputy Mayor", None)}


def test_a_plural_role_ends_with_its_list(facts):
    text = (
        "Tarrow General Hospital hosted the visit.\n"
        "For the hospital, Deputy Directors Ivo Lask, Ren Quist and Ruth Kemp, and Peter Hale, Dean of the "
        "Corby Medical College, took part."
    )
    people = _described(facts(text, "person"))
    assert people["Ren Quist"] == ("Deputy Director", "Tarrow General Hospital")
    assert people["Ruth Kemp"] == ("Deputy Director", "Tarrow General Hospital")
    assert people["Peter Hale"] == ("Dean", "Corby Medical College")


def test_organisation_before_the_role_owns_it(facts):
    rows = facts("The Halvard Foundation was founded in 2001. Halvard Foundation Director Ivo Lask announced the gift.")
    people = [r for r in rows if r["kind"] == "person"]
    assert _described(people) == {"Ivo Lask": ("Director", "Halvard Foundation")}


def test_its_and_a_joined_role_name_the_same_organisation(facts):
    text = "The Tarrow Nursing College sent its Dean, Dr Ivo Lask, and Deputy Dean Ruth Kemp to the fair."
    assert _described(facts(text, "person")) == {
        "Ivo Lask": ("Dr; Dean", "Tarrow Nursing College"),
        "Ruth Kemp": ("Deputy Dean", "Tarrow Nursing College"),
    }


def test_a_body_named_by_its_head_word_in_the_sentence_owns_the_role(facts):
    text = "Tarrow General Hospital hosted the visit.\nFor the hospital, Director Ivo Lask thanked the guests."
    assert _described(facts(text, "person")) == {"Ivo Lask": ("Director", "Tarrow General Hospital")}


def test_complement_organisation_is_the_affiliation_not_the_role(facts):
    text = "A welcome from the Chair of the Westmarch Medical Association, Ivo Lask, opened the meeting."
    assert _described(facts(text, "person")) == {"Ivo Lask": ("Chair", "Westmarch Medical Association")}


def test_head_word_complement_names_the_body_of_the_document(facts):
    text = "Nurses train at the Calder Vale Institute.\nHead of Institute Ona Brae said the course was full."
    assert _described(facts(text, "person")) == {"Ona Brae": ("Head of Institute", "Calder Vale Institute")}


def test_apposition_after_a_possessive_or_a_nationality(facts):
    text = (
        "Peter Hale, the Norvian minister for trade, met Nora Vance, Kestrel Biotech Ltd's chief executive, "
        "and Ruth Kemp, a spokesman with the Harlow Planning Bureau."
    )
    assert _described(facts(text, "person")) == {
        "Peter Hale": ("Norvian minister for trade", None),
        "Nora Vance": ("chief executive", "Kestrel Biotech Ltd"),
        "Ruth Kemp": ("spokesman", "Harlow Planning Bureau"),
    }


def test_a_state_written_with_a_possessive_stays_in_the_role(facts):
    text = (
        "Peter Hale, Britain's minister for trade, met Nora Vance, Kestrel Biotech Ltd's chief executive.\n"
        "Ann Lee, health minister of Britain, opened the ward."
    )
    assert _described(facts(text, "person")) == {
        "Peter Hale": ("Britain's minister for trade", None),  # the state the role is of, as the text writes it
        "Nora Vance": ("chief executive", "Kestrel Biotech Ltd"),  # a body before the role is its owner
        "Ann Lee": ("health minister of Britain", None),  # a field word in lower case opens the role too
    }


def test_state_start_needs_a_place_the_one_place_rule_knows(facts):
    ctx = analyse(make_document("r", Path("r.txt"), "Pell's director Ana Holm spoke.", "0" * 64))
    assert roles.before(ctx, ctx.text.index("Ana Holm"), []).role == "director"


def test_caption_position_and_appointment_cue(facts):
    text = (
        "Pictured: Peter Hale (centre), Medical Director, Harlow Eye Hospital\n"
        "The board confirmed Ruth Kemp's election as chair of the Corby Nursing Society."
    )
    people = _described(facts(text, "person"))
    assert people["Peter Hale"] == ("Medical Director", "Harlow Eye Hospital")
    assert people["Ruth Kemp"] == ("chair", "Corby Nursing Society")


def test_every_role_of_a_person_is_listed_once(facts):
    text = (
        "Dr. Helen Marsh, Medical Director of the Tarrow Clinic, spoke first.\n"
        "The clinic's founder, Helen Marsh, later said it would grow.\n"
        "Helen Marsh, medical director of the Tarrow Clinic, thanked the staff."
    )
    assert _described(facts(text, "person")) == {"Helen Marsh": ("Dr; Medical Director; founder", "Tarrow Clinic")}


def test_a_unit_the_organisation_qualifies_stays_in_the_role(facts):
    text = (
        "Peter Hale, head of the Harlow University eye clinic, spoke. "
        "Nora Vance, professor at Harlow University in Lisk, agreed."
    )
    people = _described(facts(text, "person"))
    assert people["Peter Hale"] == ("head of the Harlow University eye clinic", "Harlow University")
    assert people["Nora Vance"] == ("professor", "Harlow University")


def test_an_office_named_alone_is_the_role_of_the_person_named_before(facts):
    text = (
        "Peter Hale toured three farms on Monday.\nThe Minister for Rural Affairs then met growers in the market hall."
    )
    assert _described(facts(text, "person")) == {"Peter Hale": ("Minister for Rural Affairs", None)}


def test_surname_with_a_speech_verb_is_the_same_person(facts):
    text = "Minister Ola Brent opened the ward. Brent said more beds would follow. May is busy."
    rows = facts(text, "person")
    assert {r["name"] for r in rows} == {"Ola Brent"}
    assert len(rows) == 2


def test_a_name_after_the_is_not_a_person_and_a_short_org_name_is_not_either(facts):
    text = "Kell Marrow Hospital opened a ward. Kell Marrow now runs four wards. Data from the Amos Tate are used."
    assert facts(text, "person") == []


def test_by_a_year_is_not_a_byline(facts):
    text = "By 2030, Dr Ivo Lask expects ten clinics.\nBy Ona Brae\n"
    # the second line credits its author, with no role; the first is a sentence about a person
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Ivo Lask", None), ("Ona Brae", None)]


def test_a_role_of_one_kind_of_body_implies_the_documents_only_such_body(facts):
    text = (
        "The Westmarch Legislative Council met on Monday.\n"
        "Lawmaker Peter Hale asked about beds. Pro-Vice-Chancellor Nora Vance also spoke."
    )
    assert _described(facts(text, "person")) == {
        "Peter Hale": ("Lawmaker", "Westmarch Legislative Council"),
        "Nora Vance": ("Pro-Vice-Chancellor", None),  # the text names no university
    }
    text = "Kelby Borough Council backed the plan. Councillor Ann Rusk said the town was ready."
    assert _described(facts(text, "person")) == {"Ann Rusk": ("Councillor", "Kelby Borough Council")}


def test_complement_of_two_bodies_names_the_first(facts):
    text = "A letter from the Chair of the Westmarch Medical Society and the Tarrow Fund, Ivo Lask, was read out."
    role, aff = _described(facts(text, "person"))["Ivo Lask"]
    assert role == "Chair" and aff == "Westmarch Medical Society"


def test_roles_in_a_list_joined_by_and_with_commas_stay_with_their_people(facts):
    text = "The awards went to Chief Nurse, Peter Hale, and Finance Director, Nora Vance, at a dinner in Lisk."
    assert _described(facts(text, "person")) == {
        "Peter Hale": ("Chief Nurse", None),
        "Nora Vance": ("Finance Director", None),
    }


def test_a_faculty_named_with_its_university_gives_the_university(facts):
    text = (
        "Harlow University opened a clinic.\n"
        "Professor Peter Hale, Director of Research, Harlow University's Faculty of Nursing, said it would grow."
    )
    role, aff = _described(facts(text, "person"))["Peter Hale"]
    assert aff == "Harlow University"


def test_every_affiliation_is_an_organisation_row(facts):
    text = (
        "Maria Kovacs\n"
        "Head of Admissions, Brookmere College of Nursing\n\n"
        "Ann Bell, CEO, Tarrow Health Partners, spoke. Ivo Lask, director of the Harlow Eye Hospital, agreed.\n"
    )
    rows = facts(text)
    orgs = {r["name"] for r in rows if r["kind"] == "organization"}
    affs = {r["affiliation"] for r in rows if r["kind"] == "person" and r["affiliation"]}
    assert affs and affs <= orgs


def test_stacked_role_before_a_name_with_the_body_it_names(facts):
    text = (
        "The plan was announced by Party Secretary and Director of the Westmarch Provincial Health Commission "
        "Zhu Kelan on Monday. Later, Mr Zhu said the minister had agreed."
    )
    rows = facts(text, "person")
    assert {(r["name"], r["role"], r["affiliation"]) for r in rows} == {
        ("Zhu Kelan", "Party Secretary and Director", "Westmarch Provincial Health Commission")
    }
    assert len(rows) == 2


def _people(facts, text):
    return {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}


def test_a_group_role_after_a_companys_possessive_short_name_is_held_at_the_company(facts):
    text = "Corran Life plc will buy a stake. Corran's group chief executive, Sir Ivo Lask, said the deal mattered."
    assert _people(facts, text)["Ivo Lask"] == ("group chief executive", "Corran Life plc")


def test_portfolios_joined_by_and_before_the_head_are_one_role_and_no_organisation(facts):
    text = "The forum was opened by Welsh Health and Social Care Secretary Ivo Lask on Monday."
    assert _people(facts, text)["Ivo Lask"][0] == "Welsh Health and Social Care Secretary"
    assert facts(text, "organization") == []


def test_a_role_with_a_hyphenated_prefix_is_a_role(facts):
    text = (
        "The talks were co-chaired by Li Wenbo, vice-minister of the Tollan Health Commission, and Baroness Joan "
        "Marsh, Parliamentary Under-Secretary of State at the Department of Health and Social Care."
    )
    assert _people(facts, text) == {
        "Li Wenbo": ("vice-minister", "Tollan Health Commission"),
        "Joan Marsh": ("Parliamentary Under-Secretary of State", "Department of Health and Social Care"),
    }


def test_a_role_of_the_body_named_by_its_head_word_before_the_name(facts):
    text = (
        "The Tollan Health Commission issued new rules on Monday. "
        "Deputy Director of the commission Wu Jian said the rules would help."
    )
    assert _people(facts, text) == {"Wu Jian": ("Deputy Director", "Tollan Health Commission")}
    assert "Wu Jian" not in {r["name"] for r in facts(text, "organization")}


def test_the_body_named_by_any_head_of_its_name_owns_a_role(facts):
    text = (
        "Westmoor Eye Hospital NHS Foundation Trust will host the fellows.\n\n"
        "The trust's medical director, Dr Fiona Hart, said the fellowships would help."
    )
    assert _people(facts, text) == {
        "Fiona Hart": ("Dr; medical director", "Westmoor Eye Hospital NHS Foundation Trust")
    }


def test_a_portfolio_role_belongs_to_the_one_public_body_of_that_field(facts):
    text = (
        "The Tollan Health Bureau said the list had grown. Secretary for Health Professor Ivo Lask said it "
        "would help. Party Secretary Ola Brae agreed."
    )
    assert _described(facts(text, "person")) == {
        "Ivo Lask": ("Professor; Secretary for Health", "Tollan Health Bureau"),
        "Ola Brae": ("Party Secretary", None),
    }


def test_a_portfolio_role_skips_a_body_its_name_places_where_the_title_is_not_used(facts):
    text = (
        "The Kunming Municipal Health Bureau and the Health Department of the Macao SAR Government met. Under "
        "Secretary for Health Dr Ivo Lask said the talks had gone well."
    )
    assert _described(facts(text, "person"))["Ivo Lask"][1] == "Health Department of the Macao SAR Government"


def test_contact_details_are_no_part_of_a_role():
    assert (
        roles.clean_role("Head of Communications, +44 1223 555 0100, media@kestreldx.com") == "Head of Communications"
    )
    assert roles.clean_role("PR Manager, tel 020 7946 0000") == "PR Manager"
    assert roles.clean_role("Director of the 2030 Programme") == "Director of the 2030 Programme"


def test_a_body_named_by_a_short_form_in_the_role(facts):
    text = (
        "Harwell Labs Ltd has signed a deal with Lanzhou Kestrel MedTech Co., Ltd.\n\n"
        'Mr Wang Jianguo, Chairman and CEO of Kestrel MedTech, said: "We are pleased."\n\n'
        "Sarah Jones, general manager of Kestrel MedTech, said occupancy had improved."
    )
    assert _described(facts(text, "person")) == {
        "Wang Jianguo": ("Chairman and CEO", "Lanzhou Kestrel MedTech Co"),
        "Sarah Jones": ("general manager", "Lanzhou Kestrel MedTech Co"),
    }


def test_field_words_before_the_role_after_a_and_the_base_before_the_body(facts):
    text = "Title\n\nDr Sarah Jones, a regulatory affairs consultant at London-based Kestrel Partners, agreed."
    assert _described(facts(text, "person")) == {
        "Sarah Jones": ("Dr; regulatory affairs consultant", "Kestrel Partners")
    }


@pytest.mark.parametrize(
    "sentence, role, body",
    [
        ("Trade Minister Ann Lee opened the fair.", "Trade Minister", "Department for Commerce and Trade"),
        (
            "Minister for Trade Policy Ann Lee opened the fair.",
            "Minister for Trade Policy",
            "Department for Commerce and Trade",
        ),
        (
            "The Secretary for Social Affairs and Culture, Ann Lee, opened the fair.",
            "Secretary for Social Affairs and Culture",
            "Westland SAR Government",
        ),
        (
            "Ann Lee, the British Consul-General in Tollan, opened the fair.",
            "British Consul-General in Tollan",
            "British Consulate-General",
        ),
    ],
)
def test_a_portfolio_or_a_post_abroad_belongs_to_the_body_it_heads(facts, sentence, role, body):
    text = (
        "The Department for Commerce and Trade and the Westland SAR Government sent officials. The British "
        f"Consulate-General hosted them.\n\n{sentence}"
    )
    assert _described(facts(text, "person")) == {"Ann Lee": (role, body)}


def test_who_leads_a_group_at_a_body(facts):
    text = (
        "Title\n\nThe University of Lanbury joined. Professor David Miller, who leads the drug discovery group at "
        "the University of Lanbury, said the laboratory would help."
    )
    assert _described(facts(text, "person")) == {"David Miller": ("Professor", "University of Lanbury")}


def test_who_works_in_a_unit_at_a_general_hospital(facts):
    text = (
        "Title\n\nStaff from Kelby joined. Dr Mary Dunn, who works in the stroke unit at Tarn General Hospital, said "
        "the visit would help. Ann Vale, who leads the imaging group at Kelby General Hospital, agreed."
    )
    assert _described(facts(text, "person")) == {
        "Mary Dunn": (None, "Tarn General Hospital"),
        "Ann Vale": (None, "Kelby General Hospital"),
    }


def test_a_lower_case_body_word_opening_the_role(facts):
    text = "Title\n\nAt the Kelby Memorial Hospital, 31 drugs are in regular use, hospital spokeswoman Anne Hill said."
    assert _described(facts(text, "person")) == {"Anne Hill": ("hospital spokeswoman", "Kelby Memorial Hospital")}


def test_a_contact_line_labelled_by_a_body(facts):
    text = (
        "Harwell Labs Ltd signs deal with Lanzhou Kestrel MedTech Co., Ltd.\n\nThe two firms will sell the test.\n\n"
        "Media contacts:\nHarwell Labs: Sarah Jones, Head of Communications, +44 20 7946 0000\n"
        "Kestrel MedTech: Ms Wang Li, +86 571 5555 0000\n"
    )
    assert _described(facts(text, "person")) == {
        "Sarah Jones": ("Head of Communications", "Harwell Labs Ltd"),
        "Wang Li": (None, "Lanzhou Kestrel MedTech Co"),
    }


def test_a_secretary_leads_the_bureau_of_the_field_a_director_the_department(facts):
    text = (
        "The Health Bureau, the Health Commission and the Department of Health sent officials.\n\n"
        "The Under Secretary for Health, Dr Ann Lee, spoke. The Director of Health, Dr Mary Smith, spoke."
    )
    affiliations = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert affiliations == {"Ann Lee": "Health Bureau", "Mary Smith": "Department of Health"}


def test_a_role_after_and_that_a_titled_name_follows_is_that_persons(facts):
    text = (
        "The accord was signed by Dr Ruth Avery, Principal of Kestrel College, and the hospital's chief "
        "executive, Mr Zhao Lin."
    )
    people = _people(facts, text)
    assert people["Ruth Avery"] == ("Dr; Principal", "Kestrel College")
    assert "chief executive" not in (people["Ruth Avery"][0] or "")


@pytest.mark.parametrize(
    "text, affiliation",
    [
        (  # a possessive short form before a role after the name
            "Hangzhou Brightwave Pharma will open a plant in Leeds.\n\n"
            "Brightwave's chief executive, Dr Ann Lee, said the site was chosen for its staff.",
            "Hangzhou Brightwave Pharma",
        ),
        (  # a short form and a common noun with a possessive
            "Nurses from Wuhan Linden People's Hospital arrived in Leeds.\n\n"
            "Linden hospital's president Ann Lee said the link would help.",
            "Wuhan Linden People's Hospital",
        ),
        (  # a town and a common noun in the apposition
            "The Zhuhai Municipal Health Commission and the Zhuhai Coastal People's Hospital met.\n\n"
            "Ann Lee, deputy director of the Zhuhai commission, said lanes opened.",
            "Zhuhai Municipal Health Commission",
        ),
        (  # a town naming a university and a hospital of that university: the university
            "Kestrel University of Dundee staff met the First Hospital of Kestrel University of Dundee.\n\n"
            "The deal was signed by Kestrel's president, Professor Ann Lee.",
            "Kestrel University of Dundee",
        ),
    ],
)
def test_a_short_reference_to_a_body_owns_the_role(facts, text, affiliation):
    rows = {r["name"]: r for r in facts(text, "person")}
    assert rows["Ann Lee"]["affiliation"] == affiliation


def test_a_country_with_a_possessive_is_no_short_form(facts):
    text = "The Hong Kong Medical Guild met officials.\n\nHong Kong's Secretary for Health, Ann Lee, opened the ward."
    rows = {r["name"]: r for r in facts(text, "person")}
    assert rows["Ann Lee"]["affiliation"] != "Hong Kong Medical Guild"


def test_a_capitalised_prefix_written_apart_belongs_to_the_role(facts):
    text = (
        "The Under Secretary for Transport, Dr Ann Cheung, said the bridge would open. Under the plan, it opens soon."
    )
    assert _people(facts, text)["Ann Cheung"][0] == "Dr; Under Secretary for Transport"


def test_a_short_bracket_inside_a_role_before_the_name(facts):
    text = (
        "The Tollan Health Authority (THA) runs the clinics. The Chief Manager (Cross-boundary Services) of the THA, "
        "Dr Ivo Lask, said the lanes would open.\n\n"
        "On Monday the Chief Executive of the Tollan Health Authority (THA), Dr Ruth Kemp, visited the ward.\n\n"
        "Pro-Vice-Chancellor (Global) and Professor of Health Economics Sir Ola Brent said the University of Tarrow "
        "would grow."
    )
    assert _people(facts, text) == {
        "Ivo Lask": ("Dr; Chief Manager (Cross-boundary Services)", "Tollan Health Authority"),
        "Ruth Kemp": ("Dr; Chief Executive", "Tollan Health Authority"),
        "Ola Brent": ("Pro-Vice-Chancellor (Global) and Professor of Health Economics", "University of Tarrow"),
    }


def test_a_town_alone_names_the_university_named_after_it(facts):
    text = (
        "The University of Exeter signed the deal with the Exeter Institute for Surgical Simulation. It was signed "
        "by Professor Peter Hale, Exeter's Vice-Principal (International), and Professor Ivo Lask, Vice-President "
        "of Kestrel University.\n\nProfessor Helen Marsh, Pro-Vice-Chancellor (International) at Exeter, agreed."
    )
    people = _people(facts, text)
    assert people["Peter Hale"] == ("Professor; Vice-Principal (International)", "University of Exeter")
    assert people["Helen Marsh"][1] == "University of Exeter"


def test_the_body_a_common_noun_with_a_possessive_stands_for_in_an_apposition(facts):
    text = (
        "The visit was organised with the Westmarch Business Council and the Tarrow Hospital.\n\n"
        "Dr Rachel Hale, the council's Director of Healthcare and a former Tarrow Hospital consultant, said firms "
        "were keen."
    )
    assert _people(facts, text)["Rachel Hale"][1] == "Westmarch Business Council"


def test_a_body_named_by_its_head_word_right_after_the_name(facts):
    text = (
        "Tollan Municipal Health Commission published the figures on Monday.\n\n"
        "Director Peter Hale of the commission said the city would keep the public at the centre of reform."
    )
    assert _people(facts, text) == {"Peter Hale": ("Director", "Tollan Municipal Health Commission")}


def test_a_former_position_gives_no_affiliation(facts):
    text = (
        "The Tarrow Hospitals Trust and Kestrel Hospital signed the deal with the Tarrow Charity.\n\n"
        "Dr Helen Marsh, Chief Nursing Officer at Tarrow and a former nurse at Kestrel Hospital, will lead it."
    )
    assert _people(facts, text) == {"Helen Marsh": ("Dr; Chief Nursing Officer at Tarrow", None)}


def test_a_place_joined_to_the_role_before_the_name(facts):
    text = (
        "Harriet Lowe said the jobs were welcome. The British Consul-General in Guangzhou, Mark Penn, attended "
        "the ceremony."
    )
    assert _people(facts, text) == {
        "Harriet Lowe": (None, None),
        "Mark Penn": ("British Consul-General in Guangzhou", None),
    }


def test_a_place_before_the_field_of_a_role_after_a(facts):
    text = "Dr Alan Fung, a Hong Kong family physician who practises in Shenzhen, agreed."
    assert _people(facts, text) == {"Alan Fung": ("Dr; Hong Kong family physician", None)}


def test_an_apposition_drops_the_words_that_refer_back_to_its_body(facts):
    text = (
        "Tarrow Vale NHS Trust signed the deal with Exeter Harbour Hospital Group.\n\n"
        "Dr Ann Lee, president of the Exeter group, said her team was ready. Peter Hale, chief executive of the "
        "trust, agreed."
    )
    assert _people(facts, text) == {
        "Ann Lee": ("Dr; president", "Exeter Harbour Hospital Group"),
        "Peter Hale": ("chief executive", "Tarrow Vale NHS Trust"),
    }


@pytest.mark.parametrize(
    "text, name",
    [
        ("The valley's clinics are facing a shortage of nurses, Dr Alice Kwan said.", "Alice Kwan"),
        ("The clinics need more money for doctors, Peter Lamb said on Monday.", "Peter Lamb"),
        ("Most wards still lack enough surgeons, Professor Jane Roe told reporters.", "Jane Roe"),
        ("Rural towns struggle to keep a midwife, Ola Brent said.", "Ola Brent"),
        ("The scheme will train pharmacists, Ren Quist added.", "Ren Quist"),
    ],
)
def test_a_profession_the_reported_clause_talks_about_is_no_role(facts, text, name):
    assert _role_before(text, name) is None
    assert _described(facts(text, "person")).get(name, (None,))[0] in (None, "Professor")


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("A senior nurse, Ola Brent, said the ward was full.", "Ola Brent", "senior nurse"),
        ("In a statement, Chief Executive, Ivo Lask, said the deal was signed.", "Ivo Lask", "Chief Executive"),
        ("The wards were full, said the head nurse, Ola Brent.", "Ola Brent", "head nurse"),
    ],
)
def test_a_role_in_apposition_after_a_comma_is_kept(text, name, role):
    assert _role_before(text, name) == role


def test_a_former_role_joined_to_a_current_one_keeps_the_owner(facts):
    text = (
        "Kelby Moor NHS Trust signed the agreement with Dali Hospital.\n\n"
        "The trust's medical director and former head of surgery, Dr Helen Varga, said the deal would help."
    )
    person = facts(text, "person")[0]
    assert person["role"] == "Dr; medical director and former head of surgery"
    assert person["affiliation"] == "Kelby Moor NHS Trust"


def test_of_several_bodies_of_the_roles_kind_the_publisher_is_the_one_its_own_news_leaves_unnamed(facts):
    text = (
        "Tollan University News | Research | Alumni\n\nTollan and Marrow sign a deal\n\n"
        "Tollan University and Marrow Medical University signed an agreement on Monday. It was attended by "
        "Vice-Chancellor Professor Ada Keel and by Professor Ivo Lask, President of Marrow Medical University.\n"
    )
    found = _described(facts(text, "person"))
    assert found["Ada Keel"][1] == "Tollan University"
    assert found["Ivo Lask"][1] == "Marrow Medical University"
    # without a publisher among them the role implies none of the two
    text = text.replace("Tollan University News | Research | Alumni", "Harbour Health Wire")
    assert _described(facts(text, "person"))["Ada Keel"][1] is None


def test_a_short_form_stands_for_the_body_whose_name_it_completes_but_for_places_and_head_words(facts):
    text = (
        "Zhuhai Hengqin Marrow Biotech and Aldwick Biologics will build a plant. It will be owned by Marrow Aldwick "
        "Manufacturing Ltd. Marrow's chairman, Chen Weiming, said the plant would open in 2028."
    )
    assert _described(facts(text, "person"))["Chen Weiming"] == ("chairman", "Zhuhai Hengqin Marrow Biotech")


def test_the_body_a_possessive_with_modifiers_stands_for(facts):
    text = (
        "Westbank Central People's Hospital leads the group.\n\n"
        "The central hospital's president, Dr Ivo Lask, opened the ward."
    )
    assert _described(facts(text, "person")) == {"Ivo Lask": ("Dr; president", "Westbank Central People's Hospital")}


def test_the_company_is_the_body_the_text_called_a_company(facts):
    text = (
        "Tarrow Care Group will buy Halvard Labs, a biotech company, the Harbour Deal Journal reported.\n\n"
        "The offer was welcomed by the company's chair, Professor Ruth Kemp."
    )
    assert _described(facts(text, "person"))["Ruth Kemp"][1] == "Halvard Labs"


def test_a_body_named_again_by_its_head_after_lower_case_words(facts):
    text = (
        "The Tarrow Municipal Health Commission opened two clinics. "
        "Li Guomin, director of the municipal health commission, visited them."
    )
    assert _described(facts(text, "person"))["Li Guomin"][1] == "Tarrow Municipal Health Commission"


def test_a_portfolio_body_another_persons_post_of_the_field_leads_is_not_this_posts(facts):
    """ "Secretary for Health" and a "Director of Health" named with the "Department of Health": the department is
    the director's; the secretary's own bureau is not named, so no body is given."""
    text = (
        "The Department of Health said claims rose. The Director of Health, Dr Ann Lowe, said so. "
        "The Secretary for Health, Professor Tom Hale, agreed."
    )
    got = _described(facts(text, "person"))
    assert got["Ann Lowe"][1] == "Department of Health" and got["Tom Hale"][1] is None
    # alone, the secretary's field names the department
    text = "The Department of Health said claims rose. The Secretary for Health, Professor Tom Hale, agreed."
    assert _described(facts(text, "person"))["Tom Hale"][1] == "Department of Health"


def test_an_office_of_a_place_is_no_post_of_a_body_named_after_the_place(facts):
    text = (
        "The Health Commission of Guangdong Province signed the memorandum. "
        "It was witnessed by the Vice Governor of Guangdong Province, Mr Li Wen."
    )
    got = _described(facts(text, "person"))
    assert got["Li Wen"] == ("Vice Governor of Guangdong Province", None)


def test_two_posts_the_first_at_one_body_and_the_second_at_another_belong_to_the_first(facts):
    text = "Ann Lowry, Chair of the Tarn Chamber and Managing Director for Asia at Ellerby Medical, spoke."
    assert _described(facts(text, "person"))["Ann Lowry"][1] == "Tarn Chamber"
    # an honour's body is not where the person works
    text = "Ann Lowry, a Fellow of the Tarn Society and professor of surgery at Kelby University, spoke."
    assert _described(facts(text, "person"))["Ann Lowry"][1] == "Kelby University"
    # one post held "at" a body, with a unit before it, is that body's
    text = "Tom Hale, head of research at Ellerby Medical, spoke."
    assert _described(facts(text, "person"))["Tom Hale"][1] == "Ellerby Medical"


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "Dr Helen Marsh, president of Kelby General Hospital and deputy director of the Eastport Health Bureau, "
            "said the ward was full.",
            "Dr; president of Kelby General Hospital and deputy director of the Eastport Health Bureau",
        ),
        (
            "David Brook, director of Kelby General Hospital and chairman of the Eastport Doctors' Association, said "
            "so.",
            "director of Kelby General Hospital and chairman of the Eastport Doctors' Association",
        ),
        (
            "Professor Helen Marsh, vice-president of Tarrow University and head of its Eastport School of Medicine, "
            "said so.",
            "Professor; vice-president of Tarrow University and head of its Eastport School of Medicine",
        ),
    ],
)
def test_two_positions_each_at_its_own_body_keep_their_bodies_in_the_role(facts, text, role):
    # "president and deputy director" beside the first body would read as two posts at that body
    assert [r["role"] for r in facts(text, "person")] == [role]


@pytest.mark.parametrize(
    "text, role, affiliation",
    [
        (
            "The head of the nursing faculty and deputy rector for research at Tarrow University, Professor Helen "
            "Marsh, said the course would start.",
            "Professor; head of the nursing faculty and deputy rector for research",
            "Tarrow University",
        ),
        (
            "The Hospital Authority runs it. The authority's senior officer for mainland liaison, Dr Helen "
            "Marsh, agreed.",
            "Dr; senior officer for mainland liaison",
            "Hospital Authority",
        ),
        (
            "The chief nurse of the Kelby trust, Helen Marsh, said nurses were ready.",
            "chief nurse of the Kelby trust",
            None,
        ),
        ("Facing a shortage of nurses, Dr Helen Marsh said so.", None, None),
        (
            "The Tarrow Care Board (TCB) runs it. The TCB's Director (Planning) and Convenor of the winter taskforce, "
            "Dr Helen Marsh, said beds were ready.",
            "Dr; Director (Planning) and Convenor of the winter taskforce",
            "Tarrow Care Board",
        ),
    ],
)
def test_a_sentence_opening_with_a_role_before_the_name_gives_it(facts, text, role, affiliation):
    assert [(r["role"], r["affiliation"]) for r in facts(text, "person")] == [(role, affiliation)]


def test_an_office_of_a_county_is_no_post_of_the_county_bureau_named_after_it(facts):
    text = (
        "Lin Wei, director of the Tarnwick County Health Bureau, said so. Huang Jian, Party secretary of Tarnwick "
        "County, told a meeting that doctors were needed."
    )
    rows = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert rows["Lin Wei"] == ("director", "Tarnwick County Health Bureau")
    assert rows["Huang Jian"][1] is None


def test_a_short_form_before_a_role_names_the_body_it_stands_for(facts):
    rows = facts("Kelby Pharmacy opened stores. Kelby chief executive Helen Marsh said sales rose.", "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [("chief executive", "Kelby Pharmacy")]


def test_a_role_held_at_a_body_before_the_name_is_the_persons_not_the_next_ones(facts):
    """ "the Minister of State for Rural Care at the Department for Fisheries, Lady Ann Moss, and ... the Head of
    the Kelby Pricing Office, Mr Ivo Lask": each keeps the role written before their own name, even when a later
    sentence opens with a name and "said"."""
    text = (
        "The meeting's co-chairs were the Minister of State for Rural Care at the Department for Fisheries, Lady Ann "
        "Moss, and the Deputy Minister of the Kelby Health Commission and Head of the Kelby Pricing Office, Mr "
        "Ivo Lask. Ms Moss said the talks went well."
    )
    got = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got["Ann Moss"] == ("Minister of State for Rural Care", "Department for Fisheries")
    assert got["Ivo Lask"][1] == "Kelby Pricing Office" and got["Ivo Lask"][0].startswith("Deputy Minister")
    rows = facts("There was a shortage of nurses at Kelby Hospital, Helen Marsh said.", "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [(None, None)]
    text = "They met Dr Ann Moss, a professor of surgery at Kelby University, Dr Ivo Lask, Dean of Tarn College."
    got = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got["Ivo Lask"] == ("Dr; Dean", "Tarn College")


def test_a_hyphenated_head_is_named_by_its_first_word(facts):
    text = "The British Consulate-General in Kelby hosted the fair. Tom Hale, the consulate's head of trade, spoke."
    rows = facts(text, "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [("head of trade", "British Consulate-General")]


def test_a_body_named_by_its_kind_after_a_unit_of_it_is_the_affiliation(facts):
    text = (
        "The Kelby Health Commission set a budget. Dr Helen Marsh, director of the primary care division at the "
        "commission, said so."
    )
    rows = facts(text, "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [
        ("Dr; director of the primary care division", "Kelby Health Commission")
    ]


def test_an_opening_role_of_a_short_reference_takes_the_body_it_fits(facts):
    text = "The Kelby Hospitals NHS Trust set a budget. The chief nurse of the Kelby trust, Helen Marsh, said so."
    rows = facts(text, "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [
        ("chief nurse of the Kelby trust", "Kelby Hospitals NHS Trust")
    ]


@pytest.mark.parametrize(
    "text, role, affiliation",
    [
        (
            "David Brook, a partner at Shenzhen consultancy Birch Grey Advisory, said so.",
            "partner",
            "Birch Grey Advisory",
        ),
        (
            "David Brook, a biotech analyst at London-based broker Birch Grey Securities, said so.",
            "biotech analyst",
            "Birch Grey Securities",
        ),
    ],
)
def test_the_kind_of_body_written_before_its_name_is_no_part_of_the_role(facts, text, role, affiliation):
    assert [(r["role"], r["affiliation"]) for r in facts(text, "person")] == [(role, affiliation)]


def test_a_relative_clause_after_a_position_names_no_body_of_it(facts):
    text = (
        "Tarrow University opened a centre. Dr Helen Marsh, a consultant geriatrician at Kelby Health NHS Foundation "
        "Trust who also teaches at Tarrow, said so."
    )
    rows = facts(text, "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [
        ("Dr; consultant geriatrician", "Kelby Health NHS Foundation Trust")
    ]


def test_up_to_three_words_of_a_field_before_the_head_of_a_role_in_apposition(facts):
    text = "Dr Owen Marsh, a public health policy analyst at the Kestrel Institute, said clinics were costly."
    assert _described(facts(text, "person")) == {
        "Owen Marsh": ("Dr; public health policy analyst", "Kestrel Institute")
    }


def test_occupations_are_roles(facts):
    text = (
        "Anne Tull, a medical educator at Tollan Medical College, and Peter Hale, a lawyer at Marrow Partners, "
        "spoke at the event."
    )
    described = _described(facts(text, "person"))
    assert described["Anne Tull"] == ("medical educator", "Tollan Medical College")
    assert described["Peter Hale"][0] == "lawyer"


def test_its_after_a_phrase_of_place_set_before_the_subject(facts):
    text = (
        "In Harbin, the Kestrel Rehabilitation Centre has agreed with the Tollan Welfare Bureau to take patients. "
        "Its director, Mr Peter Hale, said the deal would help."
    )
    assert _described(facts(text, "person")) == {"Peter Hale": ("director", "Kestrel Rehabilitation Centre")}


def test_the_noun_ending_a_head_phrase_refers_back_to_the_body(facts):
    text = (
        "Residents moved to the Tollan Meadow Elderly Home last year. The home's superintendent, Ms Anne Tull, said "
        "the wing would open soon."
    )
    assert _described(facts(text, "person")) == {"Anne Tull": ("superintendent", "Tollan Meadow Elderly Home")}


def test_a_function_after_a_role_is_its_portfolio(facts):
    text = (
        "Kestrel Imaging signed a deal with Tollan Healthcare Group. Tollan's vice-president for procurement, "
        "Mr Peter Hale, told the paper that costs mattered."
    )
    assert _described(facts(text, "person")) == {
        "Peter Hale": ("vice-president for procurement", "Tollan Healthcare Group")
    }


def test_a_role_ends_at_a_bar(facts):
    text = "Pay deal agreed\n\nPeter Hale, Trade Reporter | 22 May 2026\n\nNurses won a pay rise."
    assert _described(facts(text, "person"))["Peter Hale"][0] == "Trade Reporter"


def test_a_body_named_by_its_head_noun_and_words_of_its_name_in_lower_case(facts):
    text = (
        "The Kestrel Planning Commission met the Tollan Municipal Health Commission. Deputy director of the health "
        "commission Ms Anne Tull said the reforms worked."
    )
    assert _described(facts(text, "person")) == {"Anne Tull": ("Deputy director", "Tollan Municipal Health Commission")}
    text = text.replace(
        "Deputy director of the health commission Ms Anne Tull",
        "The deputy director of the health commission, Anne Tull,",
    )
    assert _described(facts(text, "person")) == {"Anne Tull": ("deputy director", "Tollan Municipal Health Commission")}


def test_a_short_reference_to_the_words_after_of_in_a_name(facts):
    text = (
        "The University Hospitals of Tollan NHS Trust will send nurses. The chief nurse of the Tollan trust, Anne "
        "Tull, said staff were keen."
    )
    assert _described(facts(text, "person"))["Anne Tull"][1] == "University Hospitals of Tollan NHS Trust"


def test_a_sentence_opening_with_stacked_roles_before_the_comma(facts):
    text = (
        "Co-lead of the trial and reader in geriatric pharmacy at Ostley University, Dr Ivy Raine, said "
        "recruitment was ahead of plan. Deputy head of the Marlin Health Bureau and chair of its drugs panel, "
        "Ma Lijun, said the bureau agreed."
    )
    assert _described(facts(text, "person")) == {
        "Ivy Raine": ("Dr; Co-lead of the trial and reader in geriatric pharmacy", "Ostley University"),
        "Ma Lijun": ("Deputy head", "Marlin Health Bureau"),
    }


def test_a_body_named_before_a_job_title_owns_it(facts):
    text = "Welsh Government Minister for Economy Ada Quill said the plan would create jobs."
    assert _described(facts(text, "person")) == {"Ada Quill": ("Minister for Economy", "Welsh Government")}
    assert {r["name"] for r in facts(text, "organization")} == {"Welsh Government"}


def test_a_job_title_after_a_possessive_names_no_new_body(facts):
    text = "Marlin's Hospital Chief Executive, Dr Lee Ho, told reporters the wards were full."
    assert "Marlin's Hospital" not in {r["name"] for r in facts(text, "organization")}


def test_a_short_form_stands_for_the_body_it_completes_but_for_head_and_field_words(facts):
    text = (
        "Ostley Medical Group will open a clinic in Zhuhai. The Ostley Hengqin Clinic is being built by a joint "
        "venture. Dr Ada Quill, Ostley's chief executive, said the firm was ready."
    )
    assert _described(facts(text, "person")) == {"Ada Quill": ("Dr; chief executive", "Ostley Medical Group")}


def test_a_short_form_stands_for_the_body_rather_than_its_branch_named_after_a_place(facts):
    text = (
        "Ostley Union Hospital will open a branch in Hengqin. The Ostley Hengqin Medical Centre will have 80 beds. "
        "Ostley's chief executive, Dr Ada Quill, said the hospital was ready."
    )
    assert _described(facts(text, "person")) == {"Ada Quill": ("Dr; chief executive", "Ostley Union Hospital")}


@pytest.mark.parametrize(
    "text,role",
    [
        ("Chief Information Officer Ann Lo of Tollby Clinic agreed.", "Chief Information Officer"),
        ("Chief Operating Officer Ann Lo of Tollby Clinic agreed.", "Chief Operating Officer"),
        ("The eHealth programme director Ann Lo of Tollby Clinic agreed.", "eHealth programme director"),
        ("The e-health lead Ann Lo of Tollby Clinic agreed.", "e-health lead"),
    ],
)
def test_the_field_of_a_post_written_before_its_head_belongs_to_the_role(facts, text, role):
    assert [r["role"] for r in facts(text, "person")] == [role]


def test_an_age_and_a_home_town_are_no_part_of_the_role(facts):
    rows = facts("Wu Lanfen, a 68-year-old retired nurse from Foshan, said her nurse now phones each week.", "person")
    assert [(r["role"], r.get("affiliation")) for r in rows] == [("retired nurse", None)]
    assert roles.clean_role("surgeon from Kelby University") == "surgeon from Kelby University"  # a body, no town


def test_a_councillor_sits_on_the_town_s_council_not_on_a_regulator_named_council(facts):
    text = (
        "The nurses registered with the Nursing and Midwifery Council last year.\n\n"
        "Stirling Council welcomed the news. Councillor Ann Lee, portfolio holder for health and wellbeing, said "
        "they were welcome."
    )
    assert _described(facts(text, "person"))["Ann Lee"][1] == "Stirling Council"
