"""People on hand-written sentences."""

import pytest

from analysis.extract import gazetteer


def test_title_name_role_affiliation(facts):
    rows = facts(
        "Professor Helen Marsh, Dean of the Faculty of Nursing at the University of Eastport, opened the event.",
        "person",
    )
    assert len(rows) == 1
    r = rows[0]
    assert r["name"] == "Helen Marsh"
    assert r["affiliation"] == "University of Eastport"
    assert r["role"] == "Professor; Dean of the Faculty of Nursing"  # the academic title, then the position


def test_role_before_name_with_affiliation(facts):
    rows = facts("Vice President Liang Wenhao of Northgate Medical College welcomed guests.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Liang Wenhao", "Vice President", "Northgate Medical College")
    ]


def test_a_portfolio_of_two_words_before_the_role_head_is_the_roles(facts):
    rows = facts("Life Sciences Minister Daniel Ford of the Ministry of Care welcomed the deal.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Daniel Ford", "Life Sciences Minister", "Ministry of Care")
    ]


def test_a_field_after_and_closes_the_role_before_a_name(facts):
    text = (
        "It was signed by Minister for Sport and Recreation Alan Pike and Vice Minister Li Wen. "
        "Officials met Chan Tai Man and Ho Iat Seng."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["role"]) for r in rows] == [
        ("Alan Pike", "Minister for Sport and Recreation"),
        ("Li Wen", "Vice Minister"),
        ("Chan Tai Man", None),
        ("Ho Iat Seng", None),
    ]


def test_surname_alone_is_not_a_new_person(facts):
    rows = facts("Dr Oliver Quinton visited the clinic. Later, Dr Quinton met the staff.", "person")
    assert {r["name"] for r in rows} == {"Oliver Quinton"}


def test_a_stack_of_titles_is_read_past_to_the_name(facts):
    """The first title of a stack is the person's, the name starts after the last ("Professor Sir A B")."""
    rows = facts("Professor Sir Owen Pike, chair of the Harlow Trust, said the call was open.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Owen Pike", "Professor; chair", "Harlow Trust")
    ]


def test_a_role_in_a_whose_clause_belongs_to_the_body_before_it(facts):
    text = "The figures came from the Kestrel Bureau, whose director, Ieong Weng Chi, said staff were short."
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Ieong Weng Chi", "director", "Kestrel Bureau")
    ]


def test_a_profession_named_by_its_ending_is_a_role_before_the_name(facts):
    """ "orthodontist", "haematologist": professions the role lexicon need not list one by one."""
    text = "The clinic's lead, consultant orthodontist Dr Rhys Penn, met Kelby Hospital haematologist Ann Pike."
    rows = facts(text, "person")
    assert [(r["name"], r["role"]) for r in rows] == [
        ("Rhys Penn", "Dr; consultant orthodontist"),
        ("Ann Pike", "haematologist"),
    ]


def test_its_after_a_sentence_opened_by_a_firms_short_name_is_that_firm(facts):
    """ "Kelvo, which is listed on ..." opens with the short name of "Zhejiang Kelvo Pharmaceutical Group Co."; "Its
    chairman" is that firm's, not the exchange's."""
    text = (
        "Tarn Medical plc signed an agreement with Zhejiang Kelvo Pharmaceutical Group Co., Ltd. this week.\n\n"
        "Kelvo, which is listed on the Shenzhen Stock Exchange, reported revenue of 8.7 billion yuan in 2023. "
        "Its chairman, Chen Wei, said the group had been looking to grow."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Chen Wei", "Zhejiang Kelvo Pharmaceutical Group Co")]


def test_a_name_with_accented_letters_is_read_whole(facts):
    """Portuguese names of Macao ("Sónia", "João") are names like any other, in a byline too."""
    text = "By Sónia Cheang, Tarn Harbour Post\n\nNurses rally in Tarn\n\nNurses met on Monday in Tarn."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Sónia Cheang", "Tarn Harbour Post")]


def test_a_name_after_a_role_and_a_comma_is_its_holder_whatever_the_model_says(facts):
    """ "the union's president, A B C D": a four-word name (an English name before a Cantonese one), no body."""
    rows = facts('"We support it," said the union\'s president, Helena Choi Mei Lan.', "person")
    assert [(r["name"], r["role"]) for r in rows] == [("Helena Choi Mei Lan", "president")]


def test_an_english_given_name_opening_the_sentence_before_a_chinese_name_is_part_of_it(facts):
    text = (
        "Macao, 3 May 2024. Carmen Lei Hoi Ian, an associate professor of economics, said so. "
        "Meanwhile Wong Kam Wah, a nurse, agreed."
    )
    assert [r["name"] for r in facts(text, "person")] == ["Carmen Lei Hoi Ian", "Wong Kam Wah"]


def test_contacts_grouped_under_a_body_line_speak_for_that_body(facts):
    """A listed company's announcement groups its contacts under each body's line, after a blank line; the headline
    naming the other company of the deal gives them nothing."""
    text = (
        "Venture with Kelvo Medical Group to build labs in Jiangsu\n\n"
        "Tarn Diagnostics plc has agreed a venture with Kelvo Medical Group Co., Ltd.\n\nEnquiries:\n\n"
        "Tarn Diagnostics plc\nDr Ann Marr, Chief Executive Officer\nOwen Pike, Chief Financial Officer\n"
        "+44 (0)20 7946 0321\n\nHale Securities Limited (Corporate Broker)\nTom Ash, Managing Director\n"
    )
    rows = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert rows == {
        "Ann Marr": "Tarn Diagnostics plc",
        "Owen Pike": "Tarn Diagnostics plc",
        "Tom Ash": "Hale Securities Limited",
    }


def test_a_contact_group_labelled_by_its_channel_or_written_with_its_legal_form_speaks_for_that_body(facts):
    text = (
        "Tarn Diagnostics plc has agreed a licence with Kelvo Medical Co., Ltd. on Monday.\n\nContacts\n"
        "Tarn Diagnostics plc\nOwen Pike, Chief Financial Officer\n+44 (0)20 7946 0321\n\n"
        "Media: Harbour Grey Communications\nAnn Marr, Account Director\n\n"
        "Kelvo Medical Co., Ltd.\nLi Wen, Head of Investor Relations\nir@kelvo.example\n"
    )
    rows = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert rows == {
        "Owen Pike": "Tarn Diagnostics plc",
        "Ann Marr": "Harbour Grey Communications",
        "Li Wen": "Kelvo Medical Co., Ltd.",
    }


def test_the_body_a_possessive_noun_stands_for_is_the_pages_own_of_several(facts):
    """ "The college's president" on a college's own page is that college's, though another college was named last."""
    text = (
        "Royal College of Tarn Physicians\nHome | News\n\nCollege accredits five hospitals in China\n\n"
        "The Royal College of Tarn Physicians has accredited five hospitals in China. Earlier this year the college "
        "renewed its agreement with the Kelby College of Physicians.\n\n"
        "The college's president, Professor Ann Carr, said the teaching was outstanding.\n"
    )
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Ann Carr", "Royal College of Tarn Physicians")]


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


def test_where_a_person_stands_gives_way_to_the_body_a_later_role_names(facts):
    """A caption's "A B (left) at X" says where A B stood; "A B, Chief Nurse of Y" later says whom A B works for."""
    text = (
        "[Photo] The first group of visiting nurses with Chief Nurse Priya Lund (centre) at Tarrow Royal Infirmary.\n\n"
        "Priya Lund, Chief Nurse of Kelby Valley Hospitals NHS Trust, said the visit went well."
    )
    rows = facts(text, "person")
    assert {r["affiliation"] for r in rows} == {"Kelby Valley Hospitals NHS Trust"}
    rows = facts("Visiting doctors met Priya Lund at Tarrow Royal Infirmary. Priya Lund said it went well.", "person")
    assert {r["affiliation"] for r in rows} == {"Tarrow Royal Infirmary"}


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
    assert stroud["role"].startswith("Fellow of the Royal Society")  # "professor of cardiology" holds the title
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
    assert role == "Professor of Surgery"


def test_single_person_role_unchanged_without_enumeration(facts):
    rows = facts("Dr Felix Amara, Chief Executive of the Riverside Health Trust, said the plan was ready.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Felix Amara", "Dr; Chief Executive", "Riverside Health Trust")
    ]


def _described(rows):
    return {r["name"]: (r["role"], r["affiliation"]) for r in rows}


def test_titles_of_address_are_not_roles(facts):
    rows = facts("Mr Tobias Wren and Ms Ilse Marr visited the ward. Dr Hana Ruiz joined them.", "person")
    assert _described(rows) == {"Tobias Wren": (None, None), "Ilse Marr": (None, None), "Hana Ruiz": (None, None)}


def test_a_degree_title_leads_the_roles_but_is_no_role_alone(facts):
    text = "Dr Hana Ruiz visited the ward. Dr. Ivo Brandt, chief nurse of Lisk Hospital, met her."
    assert _described(facts(text, "person")) == {
        "Hana Ruiz": (None, None),
        "Ivo Brandt": ("Dr; chief nurse", "Lisk Hospital"),
    }


def test_an_opening_role_of_a_unit_a_possessive_names_belongs_to_that_body(facts):
    text = (
        "The Tollby Health Commission runs the scheme. The deputy head of the commission's planning division, "
        "Lin Hao, told reporters that beds were short."
    )
    assert _described(facts(text, "person")) == {
        "Lin Hao": ("deputy head of the commission's planning division", "Tollby Health Commission")
    }


def test_academic_title_comes_before_the_positions(facts):
    rows = facts("Professor Lena Vos opened the clinic. Professor Omar Haddad, Dean of Medicine, closed it.", "person")
    assert _described(rows) == {"Lena Vos": ("Professor", None), "Omar Haddad": ("Professor; Dean of Medicine", None)}


def test_enumeration_each_person_has_own_affiliation(facts):
    text = (
        "Talks were given by Dr Ann Bell, CEO of Fenwick Health Partners, Karl Moss from the Northern Clinical "
        "Research Network and Jane Tully from Bristow University Health Partners."
    )
    assert _described(facts(text, "person")) == {
        "Ann Bell": ("Dr; CEO", "Fenwick Health Partners"),
        "Karl Moss": (None, "Northern Clinical Research Network"),
        "Jane Tully": (None, "Bristow University Health Partners"),
    }


def test_a_role_before_a_name_does_not_reach_back_over_the_name_before(facts):
    text = (
        "Attending were Secretary for Transport Professor Tam Wai and Director of the Eastbay Provincial Health "
        "Commission Zhu Kai."
    )
    assert _described(facts(text, "person")) == {
        "Tam Wai": ("Professor; Secretary for Transport", None),
        "Zhu Kai": ("Director", "Eastbay Provincial Health Commission"),
    }


def test_possessive_unit_belongs_to_the_named_body(facts):
    text = (
        "Harlow University and Eastfield Hospital of Harlow University signed the pact.\n"
        "Professor Tom Reed, Vice Provost and Director of the University’s Asia Institute, spoke."
    )
    role, aff = _described(facts(text, "person"))["Tom Reed"]
    assert aff == "Harlow University"
    assert role == "Professor; Vice Provost and Director of the University’s Asia Institute"


def test_two_positions_at_two_organisations(facts):
    text = (
        "Ms Ada Lin, vice chair and director, Research Division, Harbor Medical Society of Eastland, and president, "
        "Finance Department, Kestrel Health Devices Co Ltd, addressed the panel."
    )
    # the second position is the device maker's: listed with the society, it would read as the society's
    assert _described(facts(text, "person"))["Ada Lin"] == (
        "vice chair and director, Research Division",
        "Harbor Medical Society of Eastland",
    )


def test_second_position_at_a_part_of_the_same_body_is_kept(facts):
    text = (
        "Mr Leo Brandt, director, Tollan Institute, and professor, Tollan Institute of Northvale University, "
        "opened the meeting."
    )
    role, aff = _described(facts(text, "person"))["Leo Brandt"]
    assert aff == "Tollan Institute"
    assert "professor" in role and "director" in role


def test_role_comma_organisation(facts):
    text = "Omar Baig, Chief Nurse, Larkfield Community Hospital, said the unit would open soon."
    assert _described(facts(text, "person"))["Omar Baig"] == ("Chief Nurse", "Larkfield Community Hospital")


def test_bracketed_role_and_organisation(facts):
    text = "The report was presented by Julia Stern (Director, Wexley Institute of Public Health) last week."
    assert _described(facts(text, "person"))["Julia Stern"] == ("Director", "Wexley Institute of Public Health")


def test_possessive_organisation_before_the_role(facts):
    text = "On Monday, Corrin University's Vice President Hu Jianping met the visitors."
    assert _described(facts(text, "person"))["Hu Jianping"] == ("Vice President", "Corrin University")


def test_signature_block_gives_role_and_organisation(facts):
    text = (
        "We look forward to welcoming more students next year.\n\n"
        "Maria Kovacs\n"
        "Head of Admissions, Brookmere College of Nursing\n"
    )
    assert _described(facts(text, "person"))["Maria Kovacs"] == ("Head of Admissions", "Brookmere College of Nursing")


def test_later_mention_carries_the_fullest_description(facts):
    text = (
        "Professor Ivo Marek, from Dunmore University, joined the launch.\n"
        "Professor Ivo Marek, Director of the Dunmore Centre for Ageing at Dunmore University, said the work mattered."
    )
    rows = facts(text, "person")
    assert {(r["role"], r["affiliation"]) for r in rows} == {
        ("Professor; Director of the Dunmore Centre for Ageing", "Dunmore University")
    }


def test_surname_opening_a_sentence_before_an_apposition_gives_the_persons_body(facts):
    text = (
        "Farm minister Ilse Varga visited Dunmore on Monday. "
        "Varga, a minister at the Office for Rural Health, will meet nurses today."
    )
    rows = facts(text, "person")
    assert [(r["text"], r["affiliation"]) for r in rows] == [
        ("Ilse Varga", "Office for Rural Health"),
        ("Varga", "Office for Rural Health"),
    ]


def test_bylines_name_their_authors_and_photo_credits_name_no_one(facts):
    text = (
        "By Nora Quill\n"
        "The new clinic opened on Monday with twenty beds for older patients.\n"
        "(Photo: Tim Arlo)\n"
        "Reporter: Li Haoran\n"
        "Edited by Sun Meiqi, Grace Pell\n"
    )
    got = {(r["name"], r["role"]) for r in facts(text, "person")}
    assert got == {("Nora Quill", None), ("Li Haoran", "reporter"), ("Sun Meiqi", "editor"), ("Grace Pell", "editor")}


def test_a_name_set_between_commas_is_read_whole_with_its_own_role(facts):
    """Names of four words after a role ("The Director of Health, Nuno Lei Chi Keong,") are read whole, each with its
    role, not the next paragraph's."""
    text = (
        "The Director of the Health Bureau, Nuno Lei Chi Keong, said at the ceremony: yes.\n\n"
        "The Secretary for Social Affairs and Culture, Clara Ip Wai Lin, witnessed the signing."
    )
    got = {r["name"]: r["role"] for r in facts(text, "person")}
    assert got == {"Nuno Lei Chi Keong": "Director", "Clara Ip Wai Lin": "Secretary for Social Affairs and Culture"}


def test_its_role_belongs_to_the_body_its_paragraph_has_for_subject(facts):
    """ "Its chairman, A B" after a sentence whose subject is a body (or the first word of its name): that body; a
    subject that is no body gives none."""
    text = (
        "Kelby Healthcare Group and Tarn Capital formed a venture.\n\n"
        "Kelby operates 14 hospitals and will be the first customer. Its chairman, Zhao Kemin, said so.\n\n"
        "The plan failed. Its director Tom Wu resigned."
    )
    got = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert got == {"Zhao Kemin": "Kelby Healthcare Group", "Tom Wu": None}


def test_a_role_in_a_sentence_set_at_a_body_is_held_there(facts):
    text = (
        "At Tarn Hospital, which handles most referrals, consultant Dr Ann Lowe said care was faster. At the "
        "meeting, director Tom Hale spoke."
    )
    got = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert got == {"Ann Lowe": "Tarn Hospital", "Tom Hale": None}


def test_labels_brackets_and_common_words_are_no_names(facts):
    """ "Tarn District:" opening a paragraph, "[Photo] Family", and words the article writes in lower case are no
    people and no bodies."""
    text = (
        "Tarn District: Tarn recorded the shortest waits in the city at 5.2 days.\n\n"
        "[Photo] Nurses from a clinic check a patient's blood pressure.\n\n"
        "The UK Special Envoy on Antimicrobial Resistance, Professor Sir Ian Brock, said so. Tackling "
        "antimicrobial resistance matters."
    )
    assert [r["name"] for r in facts(text, "person")] == ["Ian Brock"]
    assert facts(text, "organization") == []


def test_a_name_with_a_hyphenated_given_name_is_a_person_whatever_the_model_reads(facts):
    text = (
        "When retired teacher Lam Wing-kit fell ill in Dongguan, he spent a month in hospital. "
        '"The care was good," Lam said. Hong Kong-based firms agreed. The Tarrow-based maker, whose shares trade in '
        "Leeds, declined to comment."
    )
    assert {r["name"] for r in facts(text, "person")} == {"Lam Wing-kit"}
    assert [r["speaker"] for r in facts(text, "quote")] == ["Lam Wing-kit"]


def test_a_caption_after_a_photo_label_names_its_people(facts):
    """ "[Photo: ...]" opening a sentence about the picture is a caption: its people and roles are the article's."""
    text = (
        "[Photo: Kelby Trust chair Ann Lowe and Dr Tom Reid sign the deal at Tarn Hospital. Picture: Ola Brae]\n\n"
        "The trust signed the deal on Friday.\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert ("Ann Lowe", "chair", "Kelby Trust") in got


def test_a_long_sentence_starting_with_by_keeps_its_people(facts):
    text = (
        "By working with Professor Tara Quinn over three years, the two hospitals built a shared training "
        "programme for nurses and midwives."
    )
    assert [r["name"] for r in facts(text, "person")] == ["Tara Quinn"]


def test_affiliation_through_first_word_of_name(facts):
    text = (
        "Brightway Medical Group opened a clinic in Tollan. Tom Baxter, director of Brightway, said more would follow. "
        "Ruiford Holdings also invested. Ruiford's chairman Peter Vance welcomed the move."
    )
    got = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert got == {"Tom Baxter": "Brightway Medical Group", "Peter Vance": "Ruiford Holdings"}


def test_body_name_then_role_then_person(facts):
    rows = facts("Riverton People's Hospital president Luo Wei attended the ceremony.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Luo Wei", "president", "Riverton People's Hospital")
    ]


def test_body_in_the_role_of_an_apposition_is_the_affiliation(facts):
    rows = facts("Dr Lo Man, director of the Health Bureau, said the plan was ready.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [("Lo Man", "Dr; director", "Health Bureau")]


def test_company_named_like_a_town_owns_the_role(facts):
    text = "Tring Holdings bought a clinic in London. Tring's chairman Peter Vance welcomed the move."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Peter Vance", "Tring Holdings")]
    assert "Tring" not in [r["name"] for r in facts(text, "place")]


def test_university_named_by_its_city(facts):
    text = "The study was run at the University of Glasgow. Anna Reid, Lecturer at Glasgow, said it was a first."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Anna Reid", "University of Glasgow")]


def test_an_office_of_a_place_is_not_held_at_a_college_named_after_it(facts):
    """ "Provost of Perth" is the city's provost, whatever college the article names after the city."""
    text = "Perth College signed the pact, with Lord Provost of Perth Ann Rusk looking on."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ann Rusk", None)]
    text = "Perth College signed the pact. Anna Reid, a lecturer from Perth, said it was a first."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Anna Reid", "Perth College")]


def test_city_of_two_bodies_names_neither(facts):
    text = (
        "The University of Glasgow and Glasgow College ran the study. Anna Reid, Lecturer at Glasgow, said it was "
        "a first."
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Anna Reid", None)]


def test_role_opening_with_a_head_word_names_the_body_named_before(facts):
    text = "The Tollan General Hospital opened a wing on Monday. Hospital director Jane Roe cut the ribbon."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Jane Roe", "Tollan General Hospital")]


def test_the_people_of_a_place_are_no_person(facts):
    """A headline's "Elderly Londoners" names residents; a surname such as Carter is still a name."""
    text = (
        "Elderly Londoners' voucher spending at Kent hospitals jumps 40 per cent as scheme widens\n\n"
        "Dr Ann Carter said visits had risen."
    )
    assert [r["name"] for r in facts(text, "person")] == ["Ann Carter"]
    assert [gazetteer.people_of_place(w) for w in ("Londoners", "Hongkongers", "Carter", "Walker")] == [
        True,
        True,
        False,
        False,
    ]


def test_role_opening_with_a_head_word_without_such_a_body_has_no_affiliation(facts):
    text = "The Tollan Clinic opened a wing on Monday. Hospital director Jane Roe cut the ribbon."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Jane Roe", None)]


@pytest.mark.parametrize(
    "text,name,affiliation",
    [
        # a common noun standing for a body named before: its head word or its class noun
        (
            "Eastmoor NHS Foundation Trust signed a deal with a hospital in Shenzhen. Mark Ellis, chief executive "
            "of the trust, said it was a milestone.",
            "Mark Ellis",
            "Eastmoor NHS Foundation Trust",
        ),
        (
            "Harrowgate University signed the deal. “It is historic,” said Jane Holt, the university's "
            "vice-chancellor.",
            "Jane Holt",
            "Harrowgate University",
        ),
        (
            "The Kowloon Hospital Authority runs 40 hospitals. Dr Ho Man, the authority's chief executive, said "
            "waiting times had fallen.",
            "Ho Man",
            "Kowloon Hospital Authority",
        ),
        (
            "Greenfield Medical Ltd opened an office in Shenzhen. The company's chairman, Tony Burns, said more "
            "would follow.",
            "Tony Burns",
            "Greenfield Medical Ltd",
        ),
        (
            "Greenfield Medical Ltd opened an office in Shenzhen. Tony Burns, chairman of the company, said more "
            "would follow.",
            "Tony Burns",
            "Greenfield Medical Ltd",
        ),
        # "its" before a role at the start of a sentence: the body the paragraph named last
        (
            "The Royal College of Nursing sent a delegation. Its general secretary, Helen Price, spoke at the event.",
            "Helen Price",
            "Royal College of Nursing",
        ),
        # a profession "at"/"from" a body
        (
            "Dr Chen Hao, a cardiologist from Foshan First People's Hospital, joined the team.",
            "Chen Hao",
            "Foshan First People's Hospital",
        ),
    ],
)
def test_affiliation_through_a_word_that_stands_for_the_body(facts, text, name, affiliation):
    rows = {r["name"]: r for r in facts(text, "person")}
    assert rows[name]["affiliation"] == affiliation


@pytest.mark.parametrize(
    "text,name,affiliation",
    [
        # a body with a possessive right before the name, past a title of address
        (
            "The University of Northvale (UoN) signed the deal. UoN's Professor Kate Bell said it was a milestone.",
            "Kate Bell",
            "University of Northvale",
        ),
        (
            "The Kowloon Hospital Authority's Dr Mary Chan spoke at the forum.",
            "Mary Chan",
            "Kowloon Hospital Authority",
        ),
        # a body named by the first words of its name
        (
            "Pearl River Medical University will host the centre. Professor Gao Feng from Pearl River said the "
            "centre would open in May.",
            "Gao Feng",
            "Pearl River Medical University",
        ),
        # "who works at"
        (
            "Dr Mary Chan, who works at the Kowloon Hospital Authority, spoke at the forum.",
            "Mary Chan",
            "Kowloon Hospital Authority",
        ),
        # a capitalised head word before the role stands for the body named before
        (
            "Kestrel Health Trust runs three hospitals. Trust chairman Ian Moss said the deal would help patients.",
            "Ian Moss",
            "Kestrel Health Trust",
        ),
        # a lower-case body noun with a word of its name before the role
        (
            "Tarrow Vale University Health Board met in May. Health board chair Olwen Rees said the plan was sound.",
            "Olwen Rees",
            "Tarrow Vale University Health Board",
        ),
        # the unit of a body the person comes from
        (
            "Staff Nurse Zhou Min, from the burns unit at Lanfield Central Hospital, spent a month in Tarrow.",
            "Zhou Min",
            "Lanfield Central Hospital",
        ),
    ],
)
def test_affiliation_before_the_name_or_by_a_short_form(facts, text, name, affiliation):
    rows = {r["name"]: r for r in facts(text, "person")}
    assert rows[name]["affiliation"] == affiliation


def test_a_role_implies_the_one_body_of_its_kind_named_only_in_the_page_head(facts):
    text = (
        "From: British Embassy Lima\nPublished 3 May 2024\n\n"
        "HM Ambassador to Peru Dame Ruth Kale said the visit went well."
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ruth Kale", "British Embassy Lima")]


def test_a_caption_position_mark_before_of(facts):
    text = "Dr Mary Chan (centre) of the Kowloon Hospital Authority speaks at the forum."
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [
        ("Mary Chan", "Kowloon Hospital Authority")
    ]


def test_credit_lines_name_the_authors_and_editors_with_their_credit(facts):
    text = (
        "Northvale opens a clinic\n\n"
        "Updated: 2024-05-01 Source: Harbour Daily Author: Lin Wei\n\n"
        "By Tom Vale, Health Correspondent\n\n"
        "The Northvale Hospital opened a ward on Monday.\n\n"
        "Editor: Ann Lowe Reviewer: Bo Tan\n\n"
        "(Web editor: Zhang Wei, Liang Ming)\n\n"
        "Reported by Chen Hua and Mei Ling\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {
        ("Lin Wei", "author", None),
        ("Tom Vale", "Health Correspondent", None),
        ("Ann Lowe", "editor", None),
        ("Bo Tan", "reviewer", None),
        ("Zhang Wei", "web editor", None),
        ("Liang Ming", "web editor", None),
        ("Chen Hua", "reporter", None),
        ("Mei Ling", "reporter", None),
    }


def test_a_wire_storys_closing_credits_name_its_reporters_and_editor_of_the_agency(facts):
    """ "(Reporting by A B; additional reporting by C D in X; Editing by E F)" after a dateline "(Agency)": each
    credit separated by a semicolon, every one of the agency's staff."""
    text = (
        "LONDON, Oct 9 (Tarnwire) - A hospital trust will test an imaging tool next month.\n\n"
        "(Reporting by Anna Berg; additional reporting by Li Wen in Shenzhen; Editing by Paul Dorn)\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {
        ("Anna Berg", "reporter", "Tarnwire"),
        ("Li Wen", "reporter", "Tarnwire"),
        ("Paul Dorn", "editor", "Tarnwire"),
    }
    two = text.replace("Anna Berg; additional reporting by Li Wen", "Anna Berg in Leeds and Li Wen")
    assert {(r["name"], r["role"]) for r in facts(two, "person")} == {
        ("Anna Berg", "reporter"),
        ("Li Wen", "reporter"),
        ("Paul Dorn", "editor"),
    }


def test_a_byline_set_in_capitals_names_its_author_as_names_are_written(facts):
    text = "Northvale opens a clinic\n\nBy LIN WEI in Eastport | Harbour Daily\n\nThe clinic opened on Monday.\n"
    got = [(r["name"], r["text"]) for r in facts(text, "person")]
    assert got == [("Lin Wei", "LIN WEI")]


def test_a_sentence_opening_with_by_names_no_author(facts):
    assert facts("By 2025, Northvale Hospital will open a ward.", "person") == []


def test_a_possessive_byline_takes_the_outlet_and_a_newsroom_role_alone_takes_none(facts):
    text = (
        "Tarrow Gazette\nNews | Health\n\nCity clinic opens new wing\n\nBy Tarrow Gazette's Ivo Lask\n\n"
        "The clinic said the wing was full.\n\nEla Wynn, Asia Editor\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {("Ivo Lask", None, "Tarrow Gazette"), ("Ela Wynn", "Asia Editor", None)}


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Ivo Lask and Ela Wynn, Tarrow Gazette", {("Ivo Lask", None), ("Ela Wynn", None)}),
        ("By Ivo Lask, Health Reporter, Tarrow Gazette", {("Ivo Lask", "Health Reporter")}),
        ("Source: Tarrow Gazette   Translator: Ivo Lask", {("Ivo Lask", "translator")}),
    ],
)
def test_a_byline_that_names_its_outlet_gives_it_to_every_author(facts, line, expected):
    text = f"Clinic opens new wing\n\n{line}\n12 May 2024\n\nThe Kelby Clinic said the wing was full.\n"
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {(n, role, "Tarrow Gazette") for n, role in expected}


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Ivo Lask, Leeds correspondent", ("Ivo Lask", "Leeds correspondent")),
        ("By Ivo Lask, senior reporter", ("Ivo Lask", "senior reporter")),
        ("By Ivo Lask, who covers hospitals", ("Ivo Lask", None)),
    ],
)
def test_a_byline_role_may_be_written_in_lower_case(facts, line, expected):
    text = f"Clinic opens new wing\n\n{line}\n12 May 2024\n\nThe Kelby Clinic said the wing was full.\n"
    assert [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")] == [(*expected, None)]


def test_a_byline_place_is_no_outlet(facts):
    text = "Clinic opens new wing\n\nBy Ivo Lask, Leeds\n12 May 2024\n\nThe Kelby Clinic said the wing was full.\n"
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ivo Lask", None)]


def test_a_press_officer_on_a_bodys_own_pages_is_of_the_body(facts):
    text = (
        "Kestrel University News | Home | Research\n\nKestrel opens a lab\n\nBy Ivo Lask, Senior Press Officer\n"
        "12 May 2024\n\nThe University of Kestrel has opened a lab.\n"
    )
    got = [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")]
    assert got == [("Ivo Lask", "Senior Press Officer", "University of Kestrel")]


def test_a_relative_clause_is_not_part_of_the_role(facts):
    text = "Dr Ida Fenn, a surgeon who works two days a week at Kelby General Hospital, welcomed it."
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {("Ida Fenn", "Dr; surgeon", "Kelby General Hospital")}


def test_a_body_named_after_a_year_that_ends_a_clause_owns_the_role(facts):
    text = "Beds rose to 900 from 370 in late 2021, Health Bureau director Dr Ken Tarr told a briefing."
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {("Ken Tarr", "Dr; director", "Health Bureau")}


def test_a_photo_by_credit_names_its_photographer_not_a_member_of_staff(facts):
    text = (
        "Tarrow Gazette\nNews\n\nStudents attend the opening in Leeds. [Photo by Ivo Lask/For Tarrow Gazette]\n"
        "The clinic opened. (Photo by Ola Brae)\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {("Ivo Lask", "photographer", None), ("Ola Brae", "photographer", None)}


def test_everyday_roles_before_and_after_a_name(facts):
    text = (
        "One patient, 72-year-old retired teacher Ana Rolle, said she was pleased.\n"
        "Kit Moss, a regional organiser for the North, said members would watch closely."
    )
    got = {(r["name"], r["role"]) for r in facts(text, "person")}
    assert got == {("Ana Rolle", "retired teacher"), ("Kit Moss", "regional organiser for the North")}


def test_a_byline_with_the_role_on_the_next_line(facts):
    text = (
        "Harbour hospital opens ward\n\nBy Anne Hill\nHealth Correspondent\n\nThe Kelby Memorial Hospital opened a "
        "ward.\n\nCopyright 2025 The Tarrow Gazette\n"
    )
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Anne Hill", "Health Correspondent", "The Tarrow Gazette")
    ]


def test_newsroom_role_names_no_body_of_the_story(facts):
    rows = facts("By Ann Fox, Health Correspondent\n\nThe Eastport Health Commission opened two clinics.", "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [("Ann Fox", "Health Correspondent", None)]


def test_byline_of_two_authors(facts):
    rows = facts("By Ann Fox and Lee Wing Man\n\nThe Eastport Health Commission opened two clinics.", "person")
    assert sorted(r["name"] for r in rows) == ["Ann Fox", "Lee Wing Man"]


def test_plural_possessive_keeps_the_name(facts):
    rows = facts("Northfield Biosciences' Chief Executive, Mark Eller, said the deal would fund a laboratory.")
    assert {r["name"] for r in rows if r["kind"] == "organization"} == {"Northfield Biosciences"}
    assert [(r["role"], r["affiliation"]) for r in rows if r["kind"] == "person"] == [
        ("Chief Executive", "Northfield Biosciences")
    ]


def test_stacked_role_ending_in_a_field_of_medicine(facts):
    rows = facts(
        "Kestrel Valley Hospital signed on Friday. Kestrel Valley Hospital's vice-president and head of "
        "cardiology, Dr Wu Pei, said the hospital sees 300 patients a day.",
        "person",
    )
    assert [(r["role"], r["affiliation"]) for r in rows] == [
        ("Dr; vice-president and head of cardiology", "Kestrel Valley Hospital")
    ]


def test_short_form_before_a_role(facts):
    rows = facts(
        "Ganton Capital Partners is based in Beijing. Ganton managing partner Lo Haoyu said the firm had grown.",
        "person",
    )
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Lo Haoyu", "managing partner", "Ganton Capital Partners")
    ]


def test_its_is_the_subject_of_the_paragraph_before(facts):
    rows = facts(
        "Harbour Mutual Insurance, an island insurer, launched a plan with Bay Hospital and the Tollan-based Yue "
        "Health Insurance Co. in August.\n\nIts chairman, Jorge Lopes, said a third of buyers were over 50.",
        "person",
    )
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Jorge Lopes", "Harbour Mutual Insurance")]


def test_its_prefers_the_subject_to_the_last_body_named(facts):
    text = "Kestrel Biotech Ltd signed a deal with Tollan General Hospital. Its chairman, Ann Lee, spoke."
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Ann Lee", "Kestrel Biotech Ltd")]


def test_author_line_over_an_email_takes_the_outlet_of_the_date_line(facts):
    text = (
        "Harbour Daily\nNews | World\n\nClinic opens in Tollan\n    2018-02-09  08:53    Harbour Daily\n\nAnn Fox\n\n"
        "ann.fox@example.com\n\nThe Tollan Health Commission opened a clinic on Thursday.\n"
    )
    rows = facts(text, "person")
    assert [(r["name"], r["extractor"], r["affiliation"]) for r in rows] == [
        ("Ann Fox", "people.credit", "Harbour Daily")
    ]


def test_a_name_alone_on_a_line_without_an_email_is_no_author(facts):
    rows = facts("Ann Fox\n\nThe Tollan Health Commission opened a clinic on Thursday.\n", "person")
    assert [(r["extractor"], r["affiliation"]) for r in rows] == [("people.ner", None)]


def test_field_noun_before_the_role_head_in_an_apposition(facts):
    rows = facts("Mark Dwyer, branch secretary of Tollan University, said staff would welcome it.", "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [("branch secretary", "Tollan University")]


def test_field_noun_before_the_role_head_after_the(facts):
    rows = facts("Mary Olden, the export minister at the Department for Trade Promotion, welcomed it.", "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [("export minister", "Department for Trade Promotion")]
    # a clause after the comma is no role
    rows = facts("Tom Reed, the hospital said in a statement, had resigned.", "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [(None, None)]


def test_stroke_lead_of_the_body_named_before(facts):
    rows = facts(
        "The Eastmoor NHS Trust agreed. Dr Alan Hughes, the trust's stroke lead, said the clinicians would travel.",
        "person",
    )
    assert [(r["role"], r["affiliation"]) for r in rows] == [("Dr; stroke lead", "Eastmoor NHS Trust")]


def test_a_speech_verb_after_the_name_is_no_role(facts):
    rows = facts('"We can learn a lot," Dr Ken Cheung, chief executive of Tollan Hospital, told reporters.')
    assert [(r["role"], r["affiliation"]) for r in rows if r["kind"] == "person"] == [
        ("Dr; chief executive", "Tollan Hospital")
    ]
    assert [r["speaker"] for r in rows if r["kind"] == "quote"] == ["Ken Cheung"]


def test_a_bare_byline_on_a_news_outlets_page_is_its_author(facts):
    text = "Tarrow Gazette\nNews | Health\n\nCity clinic opens\n\nBy Ivo Lask\n12 May 2024\n\nThe wing is full.\n"
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ivo Lask", "Tarrow Gazette")]


def test_a_bare_byline_of_a_university_newsroom_or_beside_a_marked_one_takes_no_outlet(facts):
    own = "Home | News\nKestrel University Newsroom\n\nKestrel opens a lab\n\nBy Ivo Lask\n12 May 2024\n\nIt opened.\n"
    assert [(r["name"], r["affiliation"]) for r in facts(own, "person")] == [("Ivo Lask", None)]
    marked = (
        "Tarrow Gazette\nNews | Health\n\nCity clinic opens\n\nBy Ivo Lask\n\nBy Tarrow Gazette's Ela Wynn\n"
        "The wing is full.\n"
    )
    got = {(r["name"], r["affiliation"]) for r in facts(marked, "person")}
    assert got == {("Ivo Lask", None), ("Ela Wynn", "Tarrow Gazette")}


def test_a_name_ending_with_the_word_of_a_kind_of_body_is_no_person(facts):
    text = "Birch Ventures and Qinghe Baolin Capital of Eastport will co-manage a new fund, said Mei Lan."
    assert [r["name"] for r in facts(text, "person")] == ["Mei Lan"]


def test_a_surname_alone_with_a_title_of_address_keeps_the_title(facts):
    text = "Residents are cautious. Mrs Tam, a retiree in Lisk, said she still travelled to the city hospital."
    assert {r["name"] for r in facts(text, "person")} == {"Mrs Tam"}


def test_the_publisher_credited_for_a_photo_is_no_person(facts):
    text = (
        "Tarrow Today | News\n\nSource: Tarrow Today   Author: Ann Lee   Date: 2025-08-08\n\n"
        "Clinics opened in Lisk.\n\nPhoto: A doctor visits a patient. (Photo by Tarrow Today)\n\n"
        "Copyright © Tarrow Today. All Rights Reserved."
    )
    assert {r["name"] for r in facts(text, "person")} == {"Ann Lee"}


@pytest.mark.parametrize(
    "text, role, affiliation",
    [
        (
            "Helen Marsh, a retired farm worker who has held a travel card since 2019, said so.",
            "retired farm worker",
            None,
        ),
        (
            "Helen Marsh, a second-year student at Tarrow Medical University, was hopeful.",
            "second-year student",
            "Tarrow Medical University",
        ),
        (
            "Dr David Brook, reader in geriatric medicine at Tarrow University and the consortium's co-lead, said so.",
            "Dr; reader in geriatric medicine and the consortium's co-lead",
            "Tarrow University",
        ),
    ],
)
def test_students_workers_and_academic_readers_have_roles(facts, text, role, affiliation):
    assert [(r["role"], r["affiliation"]) for r in facts(text, "person")] == [(role, affiliation)]


def test_a_pipe_separated_credit_line_names_its_writer_and_editor(facts):
    text = (
        "Clinics join the scheme\n\n"
        "Origin: Tarrow Evening Post | Writer: Mo Qing | Editor: Fan Lu\n\n"
        "Tarrow will add clinics this year, the city said.\n"
    )
    got = {(r["name"], r["role"]) for r in facts(text, "person")}
    assert got == {("Mo Qing", "writer"), ("Fan Lu", "editor")}


def test_written_by_takes_the_role_after_the_comma_as_by_does(facts):
    text = "The Ferrow Institute opened a laboratory.\n\nWritten by Jo Pike, Media Relations Officer\n"
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Jo Pike", "Media Relations Officer")]


def test_a_place_closing_a_role_is_not_the_first_word_of_the_name(facts):
    text = "Deputy mayor of Foshan Fu Ming, who visited the site, said the plan was sound."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Fu Ming", "Deputy mayor of Foshan")]


def test_a_contact_block_names_each_person_with_the_body_they_speak_for(facts):
    text = (
        "Ostley Devices plc said sales rose.\n\n"
        "Media enquiries:\n"
        "Ostley Devices plc - Maria Stone, Head of Investor Relations\n"
        "Tanfield Hospital (Press Office) - Tom Greave\n\n"
        "Ostley Devices plc - Ann Moss, a new chapter\n"
    )
    got = {(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got == {
        ("Maria Stone", "Head of Investor Relations", "Ostley Devices plc"),
        ("Tom Greave", None, "Tanfield Hospital"),
    }


def test_a_role_the_publisher_calls_its_own_is_at_the_publisher(facts):
    text = (
        "Tarrow Hospitals NHS Foundation Trust\n\nNurses from Hubei to train in Tarrow\n\n"
        "The agreement was signed in Wuhan by our Chief Executive, Mark Pell, and Zhou Min, deputy director of the "
        "Hubei Provincial Health Commission.\n\n© 2024 Tarrow Hospitals NHS Foundation Trust\n"
    )
    got = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got["Mark Pell"] == ("Chief Executive", "Tarrow Hospitals NHS Foundation Trust")


def test_a_body_described_in_lower_case_is_the_one_whose_name_has_its_words(facts):
    text = (
        "The Health Bureau of Kelby met the Social Affairs Bureau of the new zone on Monday.\n\n"
        "The Health Bureau director, Dr Lo Man, praised the talks.\n\n"
        "Chan Wai, head of the social affairs bureau, said more clinics would follow."
    )
    got = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert got["Chan Wai"] == "Social Affairs Bureau"
    # with words no named body has, the last body of that kind
    text = text.replace("the social affairs bureau", "the planning bureau")
    assert {r["name"]: r["affiliation"] for r in facts(text, "person")}["Chan Wai"] == "Health Bureau"


def test_an_author_of_a_bodys_press_office_is_of_the_body_and_the_office_is_no_organisation(facts):
    text = (
        "Home | News | Study\n\nKelby and Tarn open a joint school\n\nBy Ann Lee, Communications Office\n"
        "Published 4 May 2026\n\nKelby University opened a school.\n\n© Kelby University 2026 | Privacy\n"
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ann Lee", "Kelby University")]
    assert "Communications Office" not in {r["name"] for r in facts(text, "organization")}


def test_a_ministry_named_office_is_an_organisation(facts):
    text = "The Foreign Office said on Monday that the Kelby Press Office had closed."
    assert {r["name"] for r in facts(text, "organization")} == {"Foreign Office"}


def test_a_given_name_that_is_also_a_places_stays_in_a_persons_name(facts):
    text = "Wu Longhua, a retired teacher in Kelby, said her bill had fallen."
    assert [r["name"] for r in facts(text, "person")] == ["Wu Longhua"]
    assert "Longhua" not in {r["name"] for r in facts(text, "place")}


def test_a_name_followed_by_an_age_is_a_person_whatever_the_model_reads():
    """ "Wu Lanfen, a 68-year-old retired nurse, said ...": read by the model as a body, the name is a person's."""
    from pathlib import Path

    from analysis.extract import organizations, people
    from analysis.extract.nlp import Ent, analyse
    from analysis.extract.roles import described_after
    from analysis.ingest.corpus import make_document

    text = "Wu Lanfen, a 68-year-old retired nurse from Kelby, said her nurse now phones her each week."
    ctx = analyse(make_document("p", Path("p.txt"), text, "0" * 64))
    ctx.ents = [Ent(0, 9, "ORG", "Wu Lanfen")]
    assert organizations.spacy_orgs(ctx, []) == []
    assert [m.fields["name"] for m in people.ner_people(ctx)] == ["Wu Lanfen"]
    assert described_after("A B, aged 64, said", 3) and described_after("A B, 58, said", 3)
    assert not described_after("Kelby Care, a 40-bed home", 10)
    assert described_after("A B, Consul General at the X", 3) and described_after("A B, chief executive of Y", 3)
    assert not described_after("A B, a charity of Y", 3) and not described_after("A B, vice of Y", 3)
    assert described_after("A B, Pro-Vice-Chancellor (Research) at Y", 3)  # a post written with capitals


def test_the_next_persons_role_with_their_body_and_an_honorific_is_not_the_previous_persons(facts):
    text = (
        "Tarrow Devices plc opened a plant in Chengdu. Deputy Mayor Wu Fang, Nadia Orme-Lyle, Consul General at the "
        "British Consulate-General in Chengdu, and Tarrow chief executive Sir Bevan Quaile cut the ribbon."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Wu Fang", "Deputy Mayor", None),
        ("Nadia Orme-Lyle", "Consul General", "British Consulate-General"),
        ("Bevan Quaile", "chief executive", "Tarrow Devices plc"),
    ]


def test_a_surname_that_is_a_place_stays_in_a_name_followed_by_a_role(facts):
    text = (
        "It was signed by Professor Ruth Preston, Pro-Vice-Chancellor (Research) at the University of Tarn. "
        "Preston said the degree would start in May."
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [
        ("Ruth Preston", "University of Tarn"),
        ("Ruth Preston", "University of Tarn"),
    ]
    assert facts(text, "place") == []


def test_a_role_held_at_a_body_described_by_its_place_word_takes_that_body(facts):
    """ "Dr B, head of research at the Wuhan centre" after "Wuhan Riverside Cancer Center" is named: that body
    (either spelling of the head noun), not the body of the person named before in the sentence."""
    text = (
        "Kestrel Cancer Trust launched a trials network with Wuhan Riverside Cancer Center on Monday. Professor Alan "
        "Ross, Director of the Kestrel Centre for Cancer Trials, will co-lead the programme with Dr Xu Lan, head of "
        "clinical research at the Wuhan centre."
    )
    got = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got["Xu Lan"] == ("Dr; head of clinical research", "Wuhan Riverside Cancer Center")
    assert got["Alan Ross"] == ("Professor; Director", "Kestrel Centre for Cancer Trials")


def test_a_body_described_by_the_place_the_text_gives_it_takes_the_role(facts):
    """ "the Hong Kong hospital" after "Hong Kong's Kelby Hospital" or "Tarn Hospital in Leeds": that body."""
    text = (
        "Foshan Central Hospital and Hong Kong's Kelby Hospital will exchange 30 doctors a year. Dr Ho Ka-wai, chief "
        "of service at the Hong Kong hospital, said so. Tarn Hospital in Leeds joined. Ann Tse, a nurse at the Leeds "
        "hospital, agreed."
    )
    got = {r["name"]: (r["role"], r["affiliation"]) for r in facts(text, "person")}
    assert got["Ho Ka-wai"] == ("Dr; chief of service", "Kelby Hospital")
    assert got["Ann Tse"] == ("nurse", "Tarn Hospital")


def test_the_style_of_a_crown_envoy_stays_in_the_role(facts):
    rows = facts(
        "The deal was witnessed by Ruth Calder, His Majesty's Consul-General in Tollan. "
        "HM Ambassador Owen Pryce spoke.",
        "person",
    )
    assert [(r["name"], r["role"]) for r in rows] == [
        ("Ruth Calder", "His Majesty's Consul-General in Tollan"),
        ("Owen Pryce", "HM Ambassador"),
    ]


def test_a_short_form_of_several_words_before_a_role_names_the_body(facts):
    rows = facts(
        "Kestrel Harbour Insurance opened two branches on Monday. "
        "Kestrel Harbour chief executive Ann Yip told staff the branches would hire 40 agents.",
        "person",
    )
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Ann Yip", "chief executive", "Kestrel Harbour Insurance")
    ]


def test_the_letters_of_an_elected_seat_after_a_name_are_a_role(facts):
    text = "Health Secretary Jane Smith MP welcomed it. Cabinet Secretary for Health Rhian Price MS spoke."
    got = {(r["name"], r["role"]) for r in facts(text, "person")}
    assert got == {("Jane Smith", "Health Secretary; MP"), ("Rhian Price", "Cabinet Secretary for Health; MS")}


def test_a_cabinet_secretary_serves_the_only_government_named_and_a_board_director_does_not(facts):
    text = (
        "The Welsh Government backed the plan. Waiting lists at the Tarn health board shrank, the board said. "
        "Director of Nursing Sian Lewis said staff could opt in. Cabinet Secretary for Education Rhian Price "
        "praised it."
    )
    got = {r["name"]: r["affiliation"] for r in facts(text, "person")}
    assert got == {"Sian Lewis": None, "Rhian Price": "Welsh Government"}


def test_a_company_post_named_alone_is_held_at_the_one_company_the_headline_names(facts):
    head = "Kelby Medical opens lab in Tianjin\n\nKelby Medical Group has opened a testing lab in Tianjin. "
    said = '"We chose Tianjin for its engineers," Chief Executive Ann Doyle told staff.'
    assert [r["affiliation"] for r in facts(head + said, "person")] == ["Kelby Medical Group"]
    # a headline naming no company, or two, gives no one a company
    other = "Labs open across the north\n\nKelby Medical Group has opened a testing lab in Tianjin. "
    assert [r["affiliation"] for r in facts(other + said, "person")] == [None]
    # of two companies, the one the headline opens with, written without its legal form; the company it names after
    # the verb is the other party of the story
    two = (
        "Tarn Medical signs deal with Zhejiang Kelvo Pharma\n\nTarn Medical plc signed a deal with Zhejiang Kelvo "
        "Pharma Co., Ltd. on Monday. Kelvo's shares rose. "
    )
    assert [r["affiliation"] for r in facts(two + said, "person")] == ["Tarn Medical plc"]


def test_the_noun_of_a_possessive_role_stands_for_the_body_whose_name_it_ends(facts):
    """ "the clinic's director" after "Tarn Valley Clinic" and the "Clinic Licensing Board": the body the noun
    heads, not the board that only names clinics."""
    text = (
        "Tarn Valley Clinic opened in Foshan in 2021. Its fees are set by the Clinic Licensing Board.\n\n"
        '"We are busy," said Dr Ivy Marsh, the clinic\'s director.'
    )
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Ivy Marsh", "Tarn Valley Clinic")]


def test_a_field_of_care_before_a_role_is_part_of_it(facts):
    text = "Kelby backed the plan.\n\nAt Tarn Hospital, intensive care consultant Dr Helen Ward said beds were full."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Helen Ward", "Dr; intensive care consultant")]


def test_a_seat_of_several_words_before_its_letters_is_the_role(facts):
    text = "Kelby backed the plan.\n\nUpper Tarn and Glenby MSP Rhona Keir said the data must stay local."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Rhona Keir", "Upper Tarn and Glenby MSP")]


def test_a_country_after_a_companys_name_is_its_arm_not_part_of_the_role(facts):
    text = 'Kelby backed the plan.\n\n"We are hiring," said Oxley Biologics China managing director Petra Lund.'
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Petra Lund", "managing director", "Oxley Biologics China")
    ]


def test_a_term_of_one_letter_joined_to_a_word_is_no_name(facts):
    text = "Home\n\nKelby trust and Tarn hospital say AI X-ray pilot cut scan waits\n\nThe pilot ran for a year."
    assert facts(text, "person") == []


def test_a_name_read_as_a_body_with_an_occupation_set_off_after_it_is_a_person(facts):
    text = "Mo Lanying, a retired textile worker in Jiujiang, said she now sees a family doctor every week."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [
        ("Mo Lanying", "retired textile worker in Jiujiang")
    ]
    assert facts(text, "organization") == []
    text = "Oxleigh, a drug developer in Cambridge, said it would hire 40 staff."
    assert facts(text, "person") == []


def test_a_lay_occupation_after_an_age_or_before_the_name_is_the_role(facts):
    text = "For Chan Wai-kit, 69, a retired taxi driver who moved to Zhuhai, the change has saved trips."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Chan Wai-kit", "retired taxi driver")]
    text = "When 68-year-old pensioner Zhou Lanfang needs new glasses, she takes a bus to the clinic."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Zhou Lanfang", "pensioner")]


def test_a_family_name_that_spells_a_pronoun_before_a_position(facts):
    """ "He Jianguo, director of ..." names a person; "He said" later is the pronoun, no mention of him."""
    text = (
        "He Jianguo, director of the Foshan Municipal Health Bureau, said the city would add beds. He said more "
        "nurses were needed."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("He Jianguo", "director", "Foshan Municipal Health Bureau")
    ]


def test_a_deputy_mayor_of_a_city_belongs_to_its_government_when_named(facts):
    text = (
        "The Foshan Municipal Government has set aside 120 million yuan. Tarn University opened a campus in Foshan. "
        '"We are ready," Li Xiaoping, deputy mayor of Foshan, told this newspaper.'
    )
    assert [r["affiliation"] for r in facts(text, "person")] == ["Foshan Municipal Government"]
    text = "Tarn University opened a campus in Foshan. Li Xiaoping, the mayor, said the city was ready."
    assert [r["affiliation"] for r in facts(text, "person")] == [None]


def test_a_role_of_a_body_named_by_its_head_and_a_word_before_it(facts):
    """ "the health board's clinical lead": the board named before, with the words of the role."""
    text = (
        "Northfield University Health Board signed the deal. Dr Alun Price, the health board's clinical lead for "
        "digital transformation, said the hospital had piloted a system."
    )
    rows = facts(text, "person")
    assert [(r["role"], r["affiliation"]) for r in rows] == [
        ("Dr; clinical lead for digital transformation", "Northfield University Health Board")
    ]


def test_a_contact_line_of_name_and_role_speaks_for_the_publisher(facts):
    text = (
        "Tarn College of Nursing - News\nThe Tarn College of Nursing signed a deal with Kelby University.\n\n"
        "Media contact\nSophie Whitlow, Press and Communications Manager\npress@tarncollege.org.uk | 020 7946 0321\n\n"
        "© 2025 Tarn College of Nursing\n"
    )
    assert [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")] == [
        ("Sophie Whitlow", "Press and Communications Manager", "Tarn College of Nursing")
    ]


def test_the_description_after_a_seats_letters_is_the_persons(facts):
    """ "A B MP, Minister of X at Y": the letters end the name, the apposition after them is read."""
    text = (
        "The talks were chaired by Ann Roe MP, Minister of State for Health at the Department of Health and Social "
        "Care, and by Li Wei of the Kelby Health Commission."
    )
    rows = {r["name"]: r for r in facts(text, "person")}
    assert (rows["Ann Roe"]["role"], rows["Ann Roe"]["affiliation"]) == (
        "Minister of State for Health; MP",
        "Department of Health and Social Care",
    )


def test_a_councillors_short_title_is_the_role_written_out(facts):
    text = "Cllr Ann Roe, who represents Kelby ward, asked about the cost. Coun Tom Hale agreed with her."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [
        ("Ann Roe", "Councillor"),
        ("Tom Hale", "Councillor"),
    ]


def test_a_peers_name_holds_the_place_of_the_title(facts):
    """ "Lord A of B, Minister at X": the peer's name ends after the place; a later "Lord A" is the same person."""
    text = (
        "Also attending was Lord Parkes of Hallam, Parliamentary Under-Secretary of State at the Home Office. "
        "Lord Parkes said the talks went well. Baroness Ames of Kelby University spoke too."
    )
    rows = facts(text, "person")
    assert [(r["text"], r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Parkes of Hallam", "Lord Parkes of Hallam", "Parliamentary Under-Secretary of State", "Home Office"),
        ("Parkes", "Lord Parkes of Hallam", "Parliamentary Under-Secretary of State", "Home Office"),
        ("Ames", "Baroness Ames", None, "Kelby University"),
    ]


def test_a_person_who_heads_the_body_a_noun_names_belongs_to_it(facts):
    text = (
        "The voucher scheme will be extended, the Tarn Health Bureau announced. The Kelby Welfare Department "
        "agreed.\n\nProfessor Ann Lee, who heads the bureau, said demand was strong."
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Ann Lee", "Tarn Health Bureau")]


def test_an_ambassador_of_a_joint_publisher_line_belongs_to_the_embassy(facts):
    """ "From: A and B": two publishers; the ambassador is the embassy's, not "A and B"'s."""
    text = (
        "From: Department for Transport and British Embassy Lima\nPublished 4 March 2025\n\n"
        "The talks went well. The British Ambassador to Peru, Dame Anna Cole, said the talks were useful."
    )
    assert [(r["name"], r["affiliation"]) for r in facts(text, "person")] == [("Anna Cole", "British Embassy Lima")]
    assert {r["name"] for r in facts(text, "organization")} == {"Department for Transport", "British Embassy Lima"}


def test_a_row_of_account_links_parted_by_spaces_names_nobody(facts):
    text = (
        "Kelby Evening Courier\n\nHome  News  Health  Sport  Business\nSubscribe   Sign in\n\nTrust renews deal\n\n"
        "The trust signed the deal, said Ann Roe, its chief executive."
    )
    assert [r["name"] for r in facts(text, "person")] == ["Ann Roe"]


def test_a_name_with_a_hyphenated_surname_and_seat_letters_before_a_capitalised_post(facts):
    text = "The signing was witnessed by Rhys Pryce-Owen MS, Cabinet Secretary for Health in the Tarn Government."
    rows = facts(text, "person")
    assert [(r["name"], r["role"], r["affiliation"]) for r in rows] == [
        ("Rhys Pryce-Owen", "Cabinet Secretary for Health; MS", "Tarn Government")
    ]


def test_a_portfolio_listing_fields_with_commas_is_one_role(facts):
    text = (
        "Kestrel Health Board signed an agreement with Tarn Medical Group. Dr Ann Hale, Director of Nursing, "
        "Midwifery and Patient Experience at the health board, said it would help. The Wales School of Nursing "
        "Practice will accredit the course."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Ann Hale", "Kestrel Health Board")]
    assert rows[0]["role"].startswith("Dr; Director of Nursing, Midwifery and Patient Experience")


def test_its_roles_opening_a_paragraph_are_of_the_one_body_the_paragraph_before_names(facts):
    text = (
        "Kelby Biotherapeutics Ltd signed the licence on Monday.\n\n"
        "For Kelby, founded in 2016, the upfront payment exceeds its revenue for last year.\n\n"
        "Its founder, chairman and chief executive, Wu Lan, said the company would keep developing the drug."
    )
    rows = facts(text, "person")
    assert [(r["name"], r["affiliation"]) for r in rows] == [("Wu Lan", "Kelby Biotherapeutics Ltd")]


def test_a_name_followed_by_the_letters_of_an_elected_seat_is_a_person(facts):
    text = "Beatrice Holloway MP said the talks went well."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Beatrice Holloway", "MP")]
    assert [r["name"] for r in facts(text, "organization")] == []


def test_a_bracketed_portfolio_with_and_is_part_of_a_role_before_the_name(facts):
    text = (
        "The Kelby Authority (KA) today announced a plan. The KA's Director (Policy and Research), Dr Jane Ko "
        "Wai-man, said it works."
    )
    assert [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")] == [
        ("Jane Ko Wai-man", "Dr; Director (Policy and Research)", "Kelby Authority")
    ]


def test_stacked_roles_before_a_name_belong_to_the_body_the_first_names(facts):
    text = (
        "Kelby General Hospital will help. The Hospital Chief Executive of Tarn Valley Hospital and Chief of Service "
        "(Accident and Emergency), Dr Ken Ho Wai-lun, welcomed the route."
    )
    assert [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")] == [
        (
            "Ken Ho Wai-lun",
            "Dr; Hospital Chief Executive of Tarn Valley Hospital and Chief of Service (Accident and Emergency)",
            "Tarn Valley Hospital",
        )
    ]


def test_a_body_named_in_lower_case_words_ending_its_name_is_the_roles_body(facts):
    """ "head of the municipal medical insurance bureau": the head of the one body whose name those words end; words
    that end no body's name stay the role's own."""
    text = (
        "The Westport Municipal Medical Insurance Bureau changed its tariffs.\n\n"
        "“Clinics will be paid sooner,” said Lin Bo, head of the municipal medical insurance bureau. "
        "Wu Fei, head of the new ward, agreed."
    )
    got = [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")]
    assert got == [
        ("Lin Bo", "head", "Westport Municipal Medical Insurance Bureau"),
        ("Wu Fei", "head of the new ward", None),
    ]


def test_a_role_after_a_sentence_set_at_a_bodys_short_name_is_of_that_body(facts):
    """ "At Kelby, the director of quality, A B, said": Kelby is the trust, no person whose role follows."""
    text = (
        "Kelby Hospitals NHS Foundation Trust and Tarn College extended a deal.\n\n"
        "At Kelby, the director of quality, Ruth Pike, said the audits had improved."
    )
    got = [(r["name"], r["role"], r["affiliation"]) for r in facts(text, "person")]
    assert got == [("Ruth Pike", "director of quality", "Kelby Hospitals NHS Foundation Trust")]
    # a name before the comma keeps its role to itself
    text = "Tom Hale, Director, Ruth Pike, and others met."
    assert [(r["name"], r["role"]) for r in facts(text, "person")] == [("Tom Hale", "Director"), ("Ruth Pike", None)]
