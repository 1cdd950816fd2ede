"""Quotes on hand-written passages."""

import pytest


def test_said_colon_before(facts):
    text = (
        "Professor Nora Vance, Head of Surgery at Millbrook University, said: "
        "“We will train many more young surgeons here.”"
    )
    rows = facts(text, "quote")
    assert [(r["speaker"], r["quote"][:7]) for r in rows] == [("Nora Vance", "We will")]


def test_said_after(facts):
    text = "“Our nurses have done remarkable work this winter,” said Dr Peter Hale."
    assert [r["speaker"] for r in facts(text, "quote")] == ["Peter Hale"]


def test_multi_paragraph_quote(facts):
    text = (
        "Dr Ruth Kemp commented: “The first part of the plan is already helping families.\n\n"
        "“The second part will reach the rural counties next spring.”"
    )
    rows = facts(text, "quote")
    assert len(rows) == 1 and rows[0]["speaker"] == "Ruth Kemp"
    assert "rural counties" in rows[0]["quote"]


def test_name_line_under_quote(facts):
    text = (
        "“Working together across borders brings better care to every patient we serve.”\nSamuel Okoro, Chief Executive"
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Samuel Okoro"]


def test_scare_quotes_are_not_speech(facts):
    assert facts("The city calls it a ‘strong base’ and a “model”.", "quote") == []


def _speakers(rows):
    return [(r["speaker"], r["quote"]) for r in rows]


def test_block_quote_after_said_colon(facts):
    text = (
        "At the forum, Mr Ivo Marek said:\n"
        "We have learned a great deal from our partners and will keep working with them.\n"
    )
    assert _speakers(facts(text, "quote")) == [
        ("Ivo Marek", "We have learned a great deal from our partners and will keep working with them")
    ]


def test_a_standfirst_in_marks_over_the_byline_is_no_quotation_of_the_reporter(facts):
    text = (
        "Three health authorities agree to recognise ethics reviews\n\n'One review, three jurisdictions' scheme to "
        "cut approval times by about two months\n\nBy Ann Lee in Kelby and Bo Chan in Tarnby\n\nHealth "
        "authorities have agreed to recognise each other's reviews.\n"
    )
    assert facts(text, "quote") == []


def test_a_line_introducing_the_next_quotation_is_no_name_line_of_the_one_above(facts):
    text = (
        "Tarn Bio signed a licence with Kelvo Pharma on Monday.\n\n"
        '"This agreement brings our inhaler to many patients," said Dr Ann Reyes, Chief Executive of Tarn Bio. '
        '"The upfront payment strengthens our balance sheet and lets us grow our work in Europe."\n\n'
        "Dr Li Wen, Chairman of Kelvo Pharma, commented:\n\n"
        '"Asthma control in the region remains poor, and this licence will help patients in many cities."\n'
    )
    got = [(r["quote"].split()[0], r["speaker"]) for r in facts(text, "quote")]
    assert got == [("This", "Ann Reyes"), ("The", "Ann Reyes"), ("Asthma", "Li Wen")]


def test_first_person_paragraph_over_a_name_line(facts):
    text = "Our nurses have shown that shared training works for every patient we see here.\nSara Lind, Chief Nurse\n"
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Sara Lind"]


def test_third_person_paragraph_over_a_name_line_is_not_a_quote(facts):
    text = "The hospital opened a new ward for older patients in the north of the city.\nSara Lind, Chief Nurse\n"
    assert facts(text, "quote") == []


def test_reported_speech_is_not_a_quote(facts):
    text = (
        "Dr Lena Park, Director of the Corrin Heart Institute, stated that the new ward will treat more patients. "
        "According to Professor Omar Haddad, the two hospitals will share their training records. "
        "The two hospitals will share their records from next spring, according to Dr Ana Ruiz."
    )
    assert facts(text, "quote") == []


def test_that_clause_in_the_first_person_is_the_speakers_words(facts):
    text = "Dr Lena Park, Director of the Corrin Heart Institute, stated that next year we will open two new wards."
    rows = facts(text, "quote")
    assert _speakers(rows) == [("Lena Park", "next year we will open two new wards")]
    assert rows[0]["text"] == "next year we will open two new wards"


def test_reported_speech_needs_a_named_person(facts):
    text = (
        "According to the Health Bureau, the city will build three clinics next year. "
        "The Health Bureau said that the city will hire two hundred nurses."
    )
    assert facts(text, "quote") == []


def test_first_person_clause_evidence_maps_to_the_original(facts):
    text = "Page furniture\n\nDr Felix Amara noted that  our clinic   will open on Monday for all residents."
    rows = facts(text, "quote")
    assert len(rows) == 1 and rows[0]["speaker"] == "Felix Amara"
    assert text[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]


def test_single_quotation_marks_over_two_paragraphs(facts):
    text = (
        "Dr Peter Hale gave the board his view: 'The nurses' rota has been stretched all winter on every ward.\n\n"
        "'A second ward will change that by the spring.'\n"
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Peter Hale"]
    assert rows[0]["quote"].startswith("The nurses' rota") and rows[0]["quote"].endswith("by the spring.")


def test_straight_quotes_left_open_run_to_the_end_of_the_paragraph(facts):
    text = (
        'Dr Peter Hale told the board: "Beds on the north wing will reopen in May and staff are being hired\n\n'
        "Print | Email\n"
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Peter Hale"]
    assert rows[0]["quote"].endswith("staff are being hired")


def test_pronoun_speaker_is_the_person_named_before(facts):
    text = (
        "Nora Vance, director of the Tarrow Clinic, welcomed the plan.\n\n"
        "“We have waited a long time for a ward like this one,” she said.\n\n"
        "Speaking to reporters, she said: “The first patients arrive in June and we are ready.”"
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Nora Vance", "Nora Vance"]


def test_pronoun_speaker_is_the_person_a_surname_last_named(facts):
    text = (
        "The pact was signed by Dr Ann Walsh, the agency's chief executive, and Li Wen, deputy director of the "
        "Eastbay Bureau.\n\n"
        "Walsh described the pact as a good one. “When our staff and theirs see the same plant, there is no need to "
        "do it twice,” she said."
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Ann Walsh"]


def test_pronoun_speaker_skips_names_inside_quotations(facts):
    text = (
        "Chief Nurse Nora Vance said: “Peter Hale and his team arrive next month to train our staff.”\n\n"
        "She continued: “Training starts in the spring for every nurse on the ward.”"
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance", "Nora Vance"]


def test_role_alone_as_speaker_is_the_person_with_that_role(facts):
    text = (
        "Health Minister Peter Hale visited the site with Nora Vance.\n"
        "“These wards will serve the whole valley for years to come,” the minister said."
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Peter Hale"]
    # a minister whose portfolio lists several fields
    text = (
        "The Minister for Science, Research and Innovation, Lord Hale, visited the site.\n"
        "“These wards will serve the whole valley,” the minister said."
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Lord Hale"]
    # a vice minister named after the minister is another office: "the minister" is still the minister
    text = (
        "The talks were attended by Sara Long MP, Minister for Care, and by Li Dan, Vice Minister of the Eastland "
        "Health Commission.\n\nThe Minister said:\n\n“We will keep the standards of both homes high.”"
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Sara Long"]


def test_quotation_split_by_the_speaker(facts):
    text = (
        "“Our nurses have done remarkable work this winter,” said Dr Peter Hale. "
        "“They will have a new ward by the summer.”"
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Peter Hale", "Peter Hale"]


def test_speaker_after_the_quotation_with_an_apposition(facts):
    text = "“Waiting lists will be shorter by the autumn,” Nora Vance, head of surgery at Tarrow Clinic, told staff."
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance"]


def test_subject_of_the_speech_verb_not_the_person_named_after_it(facts):
    text = (
        "Nora Vance, a councillor, spoke next. She argued against the budget, pointing to the plan drawn up by "
        "Peter Hale last year: “Three wards still have no nurses at night.”"
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance"]


def test_apostrophes_and_short_single_quotes_are_not_speech(facts):
    text = "Dr Peter Hale said the 'Healthy Valley' plan covers the nurses' homes and the city's clinics."
    assert facts(text, "quote") == []


def test_a_role_alone_finds_its_holder_however_far_back(facts):
    text = (
        "The deal was signed by Professor Peter Hale, Vice-Chancellor of Tarrow University.\n\n"
        "Work on the new wing starts in May.\n\nIt will hold 200 beds.\n\nStaff will move in by 2027.\n\n"
        "“The partnership will bring real benefits to patients,” the vice-chancellor said.\n\n"
        "“Nurses will be trained on site from the first day,” she said."
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Peter Hale"]  # "she" is too far from any name


def test_speaker_line_ending_in_colon_before_typewriter_paragraphs(facts):
    text = (
        "The Tollan Clinic opened a new wing on Monday.\n\n"
        "Clinic director Jane Roe said:\n\n"
        '"This wing will serve thousands of patients every year and cut waiting times.\n\n'
        '"We are grateful to the staff who made it possible."\n\n'
        "The wing cost 20 million pounds."
    )
    rows = facts(text, "quote")
    assert [r["speaker"] for r in rows] == ["Jane Roe"]
    assert rows[0]["quote"].endswith("who made it possible.")


def test_paragraph_without_colon_gives_no_speaker_to_the_next_quote(facts):
    text = (
        "Clinic director Jane Roe spoke at the opening.\n\n"
        '"This wing will serve thousands of patients every year and cut waiting times."\n\n'
        "The wing cost 20 million pounds."
    )
    assert facts(text, "quote") == []


def test_a_family_name_before_a_hyphenated_given_name_names_the_speaker(facts):
    text = (
        "Raymond Chow Kin-man, chief executive of the Harbour Insurance Board, said claims had risen.\n\n"
        '"Last year our members handled more than 1,000 claims," Chow said.'
    )
    assert [(r["speaker"], r["quote"]) for r in facts(text, "quote")] == [
        ("Raymond Chow Kin-man", "Last year our members handled more than 1,000 claims,")
    ]


@pytest.mark.parametrize("mark", ["'", '"'])
def test_a_short_passage_inside_reported_speech_quotes_its_speaker(facts, mark):
    text = (
        f"Dr Ann Bell, the chief medical officer, said visitors would join ward rounds {mark}from day one{mark} "
        "and would be paired with a mentor."
    )
    rows = facts(text, "quote")
    assert [(r["speaker"], r["text"]) for r in rows] == [("Ann Bell", f"{mark}from day one{mark}")]


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ann Bell said the so-called 'smart wards' had opened in May.",
        "Dr Ann Bell said the new 'day clinic' had opened in May.",
        "The 'smart wards' opened in May, when Dr Ann Bell arrived.",
        "Dr Ann Bell said the 'Healthy Valley' plan had grown.",
    ],
)
def test_terms_and_names_in_marks_are_not_speech(facts, text):
    assert facts(text, "quote") == []


@pytest.mark.parametrize("role", ["the company's chair", "its chair"])
def test_a_role_before_the_name_after_the_quotation_names_the_speaker(facts, role):
    text = (
        f'"Our science stays in Tarrow," said {role}, Professor Nora Vance. '
        '"What changes is how many patients it can reach."'
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance", "Nora Vance"]


def test_a_passage_far_into_reported_speech_quotes_its_speaker(facts):
    text = (
        "Health Secretary Nora Vance said the government wanted residents who had moved to the coast to be able "
        'to "see a doctor near home without losing the support they have earned".'
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance"]


def test_a_role_named_by_its_bodys_possessive_finds_its_holder(facts):
    text = (
        "Dr Nora Vance, director of the Tarrow Health Bureau, opened the clinic.\n\n"
        'The bureau\'s director said: "We will hire 40 nurses before the winter begins."'
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Nora Vance"]


def test_a_role_by_possessive_that_nobody_holds_names_no_speaker(facts):
    text = (
        "Dr Nora Vance, director of the Tarrow Health Bureau, opened the clinic.\n\n"
        '"We will hire 40 nurses before the winter begins," the trust\'s chief executive said.'
    )
    assert facts(text, "quote") == []


def test_a_paragraph_of_quotation_introduced_by_the_sentence_before(facts):
    text = (
        "The network has 40 members.\n\n"
        "Professor Jane Roe, the network's lead, explained why the partners had kept working together.\n\n"
        '"A trial that would take us ten years here can be recruited in months when partner hospitals join."\n'
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Jane Roe"]
    text = 'The ward opened in May.\n\n"A trial that would take us ten years here can be recruited in months now."\n'
    assert facts(text, "quote") == []


@pytest.mark.parametrize("verb", ["welcomed the deal as", "hailed the new ward as", "described the plan as"])
def test_words_quoted_after_a_verb_of_judgement_and_as_are_the_speakers(facts, verb):
    text = f'Ann Lee, director of trade at Kelby Council, {verb} "a model for how small firms can grow abroad".'
    assert [(r["speaker"], r["quote"]) for r in facts(text, "quote")] == [
        ("Ann Lee", "a model for how small firms can grow abroad")
    ]


def test_a_pronoun_introducing_a_quote_is_the_speaker_of_the_sentence_before(facts):
    """Not the mayor named inside the speaker's description: the person whose "said" it is."""
    text = (
        "Ann Roe, the Trade Envoy to Peru, who attended the ceremony alongside District Mayor Chen Hua, said the "
        'deal showed firms could compete.\n\nShe said:\n\n"Medical devices are one of the areas where the two '
        'countries need each other."'
    )
    assert [r["speaker"] for r in facts(text, "quote")] == ["Ann Roe"]


def test_words_a_speaker_calls_a_thing_are_a_quotation(facts):
    text = (
        "Kestrel Pharma agreed to pay Tarn Bio $90 million. Ann Hale, an analyst at Kelby Securities, called the terms "
        '"a fair price for a proven asset". The minister called for more funding.'
    )
    rows = facts(text, "quote")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Ann Hale", "a fair price for a proven asset")]
