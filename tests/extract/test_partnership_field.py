"""The field of a partnership from keyword hits, on hand-written phrases."""

import pytest

from analysis.extract.partnership_field import best, blank, clause_hits, described_hits, describing, field_of, hits


def test_most_hits_win():
    assert field_of("to train nurses and educate students in laboratory research", None) == "education and training"


def test_a_tie_goes_to_the_label_named_first():
    assert field_of("a research centre with a training arm", None) == "research"
    assert field_of("to open up trade for firms in primary care services", None) == "trade and investment"


def test_a_schools_intake_of_students_is_training():
    """ "nursing intake": the students a school takes in, though "nursing" alone would name care."""
    assert field_of("to raise their combined nursing intake by 80 students", None) == "education and training"


def test_a_shared_laboratory_system_is_care_not_research():
    shared = "sharing one appointment and laboratory system with specialist clinics"
    assert field_of(shared, None) == "clinical services"
    assert field_of("to open a joint laboratory for genomics", None) == "research"


def test_a_visit_to_study_how_a_service_works_is_no_research():
    assert field_of("during a visit to study how primary care is organised", None) != "research"
    assert field_of("to study the genetics of rare diseases", None) == "research"


def test_placements_are_training():
    assert field_of("host 8 nurses a year on 6-month clinical placements", None) == "education and training"


def test_sharing_the_records_regulators_keep_is_governance():
    assert field_of("to pool the disciplinary and registration records of midwives", None) == "policy and governance"
    assert field_of("to share electronic health records of patients", None) == "clinical services"


def test_regulators_inspections_and_good_practice_standards_are_governance():
    """Inspections, regulators and a standard of good practice are regulation, though the standard names
    manufacturing; making goods under it for sale is trade."""
    assert field_of("to rely on each other's good manufacturing practice inspections", None) == "policy and governance"
    assert field_of("the two regulators will compare their methods", None) == "policy and governance"
    assert field_of("to supply tablets made by the firm's manufacturing arm", None) == "trade and investment"


def test_a_certificate_is_a_course():
    assert field_of("to award a joint certificate in acute care", None) == "education and training"


def test_the_initiative_counts_twice():
    assert field_of("to train staff for the Joint Research Programme", "Joint Research Programme") == "research"


def test_context_decides_only_when_the_sentence_says_nothing():
    assert field_of("A and B signed.", None, "The deal covers investment in local industry.") == "trade and investment"
    assert field_of("A and B signed to treat patients.", None, "Investment and trade.") == "clinical services"


def test_the_nearest_level_with_a_hit_decides():
    clause, sentence, paragraph = "signed with B", "To train nurses, A signed with B.", "A firm invests in trade."
    assert field_of(clause, None, sentence, paragraph) == "education and training"
    assert field_of(clause, None, "A signed with B.", paragraph) == "trade and investment"
    assert field_of(clause, None, "A signed with B.", "Nothing here.") == "other"


def test_the_event_of_a_signing_says_nothing():
    assert hits("signed an agreement on the minister's trade mission to Northland") == {}
    assert hits("signed during a three-day visit at the Spring Trade Fair") == {}
    assert field_of("signed on the trade mission to treat patients", None) == "clinical services"


def test_the_standard_of_something_is_no_policy():
    assert hits("to lift the standard of medical care") == {"clinical services": 1}
    assert hits("to set common standards for devices") == {"policy and governance": 1}


def test_no_keyword_is_other():
    assert field_of("A and B signed an agreement.", None) == "other"


def test_blanked_names_count_nothing():
    text = blank("Westmoor Research Council signed with B.", ["Westmoor Research Council"])
    assert hits(text) == {}
    assert len(text) == len("Westmoor Research Council signed with B.")


def test_public_health_vocabulary():
    assert field_of("to step up disease prevention and vaccination", None) == "public health"


def test_policy_vocabulary():
    assert field_of("on the mutual recognition of standards", None) == "policy and governance"


def test_care_of_a_kind_and_nursing_are_clinical_services():
    assert field_of("a home combining nursing for older people and dementia care with care training", None) == (
        "clinical services"
    )


def test_running_hospitals_is_a_clinical_service():
    assert field_of("hospital management contracts and a 300-bed clinic", None) == "clinical services"


def test_a_dialogue_a_declaration_and_reforms_are_policy():
    assert field_of("a joint declaration on health", None) == "policy and governance"
    assert field_of("a dialogue on health system reform", None) == "policy and governance"


def test_schools_are_education_and_trials_are_research():
    assert field_of("to open a nursing school", None) == "education and training"
    assert field_of("on a new trial of a heart drug", None) == "research"


def test_topics_of_public_health_name_the_field():
    assert field_of("to support exchanges on antimicrobial resistance", None) == "public health"
    assert field_of("joint work on tobacco control and infection prevention", None) == "public health"


@pytest.mark.parametrize(
    "clause,field",
    [
        ("will build a rehabilitation hospital in the new district", "clinical services"),
        ("to develop cancer drugs", "research"),
        ("will co-develop new drugs for liver disease", "research"),
        ("will jointly run a master's programme in public health", "education and training"),
        ("signed a distribution agreement to sell its diagnostic kits", "trade and investment"),
        ("formed a company to manufacture insulin", "trade and investment"),
    ],
)
def test_what_the_deal_is_for(clause, field):
    assert field_of(clause, None) == field


def test_a_verb_of_purpose_outweighs_the_nouns_of_whom_it_serves():
    assert field_of("formed a joint venture to sell a plan that pays for patients' treatment") == "trade and investment"
    assert field_of("agreed to supply booking software to clinics") == "trade and investment"
    assert field_of("a plan that pays for patients' treatment, sold by the firm") == "clinical services"


def test_consultations_and_care_units_are_clinical_services():
    clause = "agreed to swap doctors, run joint training and set up a remote consultation link between stroke units"
    assert field_of(clause, None) == "clinical services"
    assert hits("a video consultation service for the cardiac ward") == {"clinical services": 2}


def test_an_insurer_selling_a_plan_is_trade():
    assert field_of("Kestrel Mutual, a Northland insurer, launched a cross-border plan with B.", None) == (
        "trade and investment"
    )


def test_exchanging_people_in_training_is_education_and_clinicians_alone_name_no_field():
    assert field_of("will exchange 15 resident doctors each year", None) == "education and training"
    assert field_of("will exchange up to 12 trainee surgeons a year", None) == "education and training"
    assert field_of("agreed to exchange clinicians and set up a stroke unit link", None) == "clinical services"


@pytest.mark.parametrize(
    "clause, field",
    [
        ("agreed to build a regional cardiovascular centre", "clinical services"),
        ("renewed its cooperation to run an oncology centre with specialist training", "clinical services"),
        ("launched a cross-border medical insurance product", "trade and investment"),
        ("will set up a joint academy", "education and training"),
    ],
)
def test_specialty_units_products_and_academies(clause, field):
    assert field_of(clause, None) == field


def test_a_named_fund_is_trade():
    assert field_of("launched a new vehicle", "Westmoor Health Innovation Fund") == "trade and investment"
    assert hits("to fund research") == {"research": 1}


def test_a_specialty_named_alone_is_no_field():
    assert hits("said the professor of oncology") == {}


def test_the_object_a_deal_sets_up_counts_twice():
    assert field_of("agreed to set up a joint academy for nursing and elderly care", None) == "education and training"
    clause = "agreed to build a joint research centre for heart disease, with an investment of 12 million yuan"
    assert field_of(clause, None) == "research"
    assert clause_hits("will open a new clinic", None) == {"clinical services": 2}


def test_the_kind_of_body_a_deal_sets_up():
    clause = "will set up a joint venture, Kestrel Ortho, to run clinical trials and manufacturing in Northland"
    assert field_of(clause, None) == "trade and investment"
    assert field_of("agreed to create a joint institute studying frailty, falls and dementia care", None) == "research"
    assert hits("a joint venture with a hospital") == {}
    assert hits("the institute said on Monday") == {}


def test_testing_a_thing_and_studying_it_are_research():
    assert field_of("signed a letter of intent to test the memory tools in 8 of its homes", None) == "research"
    assert hits("a cohort study of 900 older people") == {"research": 1}
    assert hits("students studying in Northland") == {"education and training": 1}


def test_a_stake_is_investment():
    assert field_of("Kestrel will take a 30% stake in the maker", None) == "trade and investment"


def test_hosting_visiting_doctors_is_training():
    assert field_of("the school had hosted 40 visiting doctors from the province", None) == "education and training"


def test_a_unit_for_one_disease_is_a_clinical_service():
    assert field_of("teamed up to set up an international diabetes centre in the city", None) == "clinical services"


def test_what_an_article_calls_an_initiative():
    article = "Two hospitals formed a research consortium on Monday. The consortium will treat patients."
    assert described_hits(article, "Consortium") == {"research": 1}
    assert described_hits(article, "Alliance") == {}
    assert described_hits("They set up a joint venture.", "Venture") == {"trade and investment": 1}


def test_a_new_or_joint_body_the_article_brings_in_is_what_it_calls_the_initiative():
    article = (
        "A new joint sleep institute that will track 900 families opened today. The Lark Institute unites A and B."
    )
    assert described_hits(article, "Institute") == {"research": 1}
    assert described_hits("A new training centre opened. A new stroke centre opened.", "Centre") == {}
    assert described_hits("The research centre of the university opened.", "Centre") == {}


@pytest.mark.parametrize(
    "clause, field",
    [
        ("a partnership to study the genetics of heart disease in 9,000 people", "research"),
        ("to recruit 300 patients for a trial of a new burns treatment", "research"),
        ("agreed to recognise each other's nursing qualifications", "policy and governance"),
        ("signed an agreement on the supervision of medical devices", "policy and governance"),
        ("to exchange experience in tackling obesity and smoking", "public health"),
        ("agreed to cooperate on emergency response to outbreaks", "public health"),
        ("joint work on mental health services for young people", "clinical services"),
        ("signed a contract to manage the new hospital", "clinical services"),
    ],
)
def test_more_words_of_each_field(clause, field):
    assert field_of(clause, None) == field


def test_training_under_supervision_and_recruiting_staff_name_no_other_field():
    assert field_of("students will train under the supervision of senior doctors", None) == "education and training"
    assert hits("the hospital will recruit 40 nurses from abroad") == {}
    assert field_of("to improve emergency care for stroke patients", None) == "clinical services"


def test_characters_that_fold_to_a_letter_of_a_keyword_match_it():
    assert hits("to ſtudy the question") == hits("to study the question") == {"research": 2}
    assert hits("the İnnovation and ıncubator centre") == {"research": 1}


def test_two_different_things_of_the_initiative_s_kind_say_nothing_of_it():
    article = "They set up a diabetes centre in May. In June they set up a research centre."
    assert described_hits(article, "Centre") == {}
    assert described_hits("They set up a research centre. The research centre opened.", "Centre") == {"research": 1}


@pytest.mark.parametrize(
    "clause, field",
    [
        ("to share electronic medical records between hospitals in the two cities", "clinical services"),
        ("launched a programme to screen 8,000 residents for bowel cancer", "public health"),
        ("agreed to set up a joint venture to produce vaccines in the city", "trade and investment"),
        ("to jointly publish papers in international journals", "research"),
        ("will second 20 senior nurses to the hospital to mentor local staff", "education and training"),
    ],
)
def test_records_screening_production_papers_and_mentoring(clause, field):
    assert field_of(clause, None) == field


def test_a_test_of_a_tool_is_research():
    assert field_of("tested a prescribing checklist in 50 village clinics", None) == "research"


def test_how_providers_are_paid_is_policy():
    assert field_of("has changed how community clinics are paid", None) == "policy and governance"
    assert field_of("a payment reform for family doctors", None) == "policy and governance"


def test_the_words_that_describe_a_party_are_blanked():
    assert describing("alongside the Westland drugmaker          , opened a ward") == (
        "alongside the " + " " * 18 + "          , opened a ward"
    )
    assert hits(describing("agreed with          , a teaching hospital in Northport, to share staff")) == {}
    assert hits(describing("agreed with          , a deal to train nurses")) == {"education and training": 2}


def test_degrees_and_teaching_are_education():
    assert field_of("licensed its BSc in Midwifery to B, whose staff will teach it") == "education and training"
    assert field_of("renewing the staff exchange programme") == "education and training"


def test_sister_hospitals_and_service_contracts_are_care():
    assert field_of("B and C became sister hospitals last spring") == "clinical services"
    assert field_of("every clinic is twinned with a Northport hospital for advice") == "clinical services"
    assert field_of("signed a two-year service contract with the council") == "clinical services"
    assert field_of("an eye hospital in Eastbay managed under a deal between A and B") == "clinical services"


def test_joint_calls_and_funding_agreements_are_research():
    assert field_of("the new joint call will back nine projects") == "research"
    assert field_of("A and B first agreed their funding agreement in 2015") == "research"


def test_letting_people_do_something_is_policy():
    assert field_of("talks with B on how to allow more pharmacists to work on both sides") == "policy and governance"
    assert field_of("signed a deal to allow B to sell its drug in Westland") == "trade and investment"


def test_exchanges_of_staff_and_leadership_schemes_train():
    assert field_of("paired its wards with B for staff exchanges, with 30 nurses seconded") == "education and training"
    assert field_of("is working with B on an exchange of laboratory technicians") == "education and training"
    assert field_of("the scheme, called the Eastbay Nursing Leadership Exchange, was agreed") == (
        "education and training"
    )
    assert field_of("agreed to exchange clinicians and set up a stroke unit link", None) == "clinical services"


def test_a_licence_to_practise_is_regulation_not_trade():
    assert field_of("", None, "Sixty nurses are now licensed to practise in the district.") == "policy and governance"
    assert field_of("will license its test to B") == "trade and investment"


def test_ward_rounds_and_care_protocols_are_care():
    assert field_of("", None, "It covers shared stroke-care protocols and joint ward rounds by video.") == (
        "clinical services"
    )


def test_a_service_contract_is_care_only_where_nothing_else_names_what_it_sells():
    assert field_of("holds a service contract with the council for ambulance crews") == "clinical services"
    assert field_of("a service contract covering distribution of its medicines to pharmacies") == "trade and investment"
    assert field_of("a service contract with B, together with a leasing deal, to sell ventilators") == (
        "trade and investment"
    )


def test_a_named_degree_is_education():
    assert field_of("will offer a joint Bachelor of Pharmacy with", "Bachelor of Pharmacy") == "education and training"
    assert field_of("will offer a diploma in dental hygiene with", None) == "education and training"


def test_testing_a_product_is_research():
    assert field_of("will test its new flu vaccine together with", None) == "research"
    assert field_of("to evaluate a wound-care device with", None) == "research"


def test_the_value_of_a_deal_names_no_trade():
    text = "signed a contract to run wards for elderly care with a grant of 40 million yuan"
    assert field_of(text, None) == "clinical services"
    assert field_of("signed a deal to pilot a capitated budget of 300 million yuan", None) == "policy and governance"
    assert field_of("agreed to invest £20 million in a new plant", None) == "trade and investment"


def test_rehabilitation_is_care():
    assert field_of("to accept care-home residents for rehabilitation", None) == "clinical services"


def test_a_pot_of_money_is_no_trade():
    assert field_of("are each putting in half of the £3 million fund for cancer research", None) == "research"
    assert best(hits("half of the £4 million pot")) is None


def test_twinning_pairs_care_unless_the_text_says_what_the_pair_does():
    assert field_of("signed a twinning agreement with the Tarn hospital", None) == "clinical services"
    assert field_of("under a pairing scheme, nurses visit the home", None) == "clinical services"
    assert field_of("signed a twinning arrangement that covers staff training", None) == "education and training"
    assert field_of("agreed a twinning deal for nurse exchanges", None) == "education and training"
    assert field_of("signed an agreement establishing a two-way nursing exchange", None) == "education and training"


def test_a_keyword_up_to_two_words_before_another_modifies_it():
    assert hits("a partnership on emergency medicine training") == {"education and training": 1, "clinical services": 1}
    assert field_of("a partnership on emergency medicine training", None) == "education and training"
    assert field_of("a deal on emergency care and training", None) == "clinical services"


def test_sums_that_fund_the_work_name_no_trade():
    text = (
        "The renewal, worth £6 million, is co-funded by A and B, which will contribute £3 million and 20 million yuan."
    )
    assert "trade and investment" not in hits(text)
    assert hits("a call for bids, with up to £200,000 each from a £4 million budget") == {}
    assert best(hits("signed a contract worth £12 million")) == "trade and investment"
    assert best(hits("raised £8 million in a funding round")) == "trade and investment"


def test_laboratory_testing_for_a_programme_is_care_and_a_laboratory_is_research():
    assert field_of("blood samples will get laboratory testing under the deal") == "clinical services"
    assert field_of("will open a joint laboratory on cell therapy") == "research"
    assert field_of("will pass on patients' laboratory results by email") == "clinical services"


def test_a_degree_named_in_full_and_testing_for_patients():
    assert best(hits("will co-teach a Master of Science in Rural Nursing from next spring")) == "education and training"
    assert best(hits("agreed with B to widen newborn testing in two counties")) == "clinical services"


def test_lead_investigators_are_research_and_an_award_is_no_sale():
    assert hits("the projects and their lead investigators") == {"research": 1}
    assert hits("Dr A, with Dr B. Award £300,000.") == {}
    assert hits("A will pay £300,000 for the scanners") == {"trade and investment": 1}


def test_the_main_clause_after_a_fronted_phrase_is_no_description():
    blanked = "Under a deal between the bureau and " + " " * 20 + ", the town takes in 80 trainee nurses a year."
    assert hits(describing(blanked)) == {"education and training": 1}
    # a description set off after a name still says nothing of the deal
    assert hits(describing("They signed with " + " " * 12 + ", a teaching hospital in Kelby.")) == {}


def test_clinical_evaluations_are_research():
    assert hits("will run clinical evaluations on its new pumps") == {"research": 1}


def test_a_licence_to_practise_where_it_is_granted_is_regulation_and_so_is_letting_people_work():
    clause = "signed an agreement letting pharmacists licensed in Tarn to practise in the zone without an exam"
    assert field_of(clause, None) == "policy and governance"
    assert field_of("an arrangement that allows midwives registered in Tarn to work in Kelby clinics", None) == (
        "policy and governance"
    )
    assert field_of("signed a deal to license its inhaler in Tarn", None) == "trade and investment"


def test_sharing_the_prices_of_drug_procurement_is_policy():
    clause = "Tarn's insurance office agreed with Kelby's bureau to exchange data on procurement prices"
    assert field_of(clause, None) == "policy and governance"
    assert field_of("They will join an alliance procurement of heart stents", None) == "policy and governance"


def test_the_places_of_care_where_the_work_is_done_name_no_field():
    from analysis.extract.partnership_field import field_of

    assert field_of("signed an agreement with B to study asthma care in township clinics in Yunnan") == "research"
    assert field_of("will work with B to test a new drug at hospitals in Guangzhou") == "research"
    assert field_of("will work with B to open two clinics in Shenzhen") == "clinical services"
    assert field_of("signed an agreement with B to let students study medicine in Leeds") == "education and training"


def test_a_description_of_a_party_names_no_field_however_its_numbers_are_written():
    from analysis.extract.partnership_field import describing

    blanked = "signed an MoU with " + " " * 12 + ", a 1,600-bed hospital in Eastbank, to exchange nurses"
    out = describing(blanked)
    assert "hospital" not in out and "1,600" not in out and out.endswith(", to exchange nurses")


def test_the_description_of_a_party_in_the_deal_s_own_clause_names_no_field(facts):
    text = (
        "Kestrel Trust signed a memorandum of understanding with Tarnby Hospital, a 1,600-bed hospital in Eastbank. "
        "Under the agreement, nurses from each side will take part in exchange placements."
    )
    assert [r["field"] for r in facts(text, "partnership")][0] == "education and training"


def test_a_regional_headquarters_and_a_sum_written_as_an_adjective_are_investment():
    text = "A will build a 35 million pound national headquarters and a staff training centre in Tarn with B"
    assert hits(text) == {"trade and investment": 2, "education and training": 1}
    assert field_of(text) == "trade and investment"


def test_a_twinning_set_up_for_training_trains_and_sitting_exams_is_training():
    """A twinning is care only where nothing else is said of the pair; setting one up does not double that hint."""
    assert clause_hits("will set up a twinning arrangement for simulation training", None) == {
        "clinical services": 0.5,
        "education and training": 1.0,
    }
    text = "to let emergency doctors sit the college's membership examinations and have their training recognised"
    assert hits(text)["education and training"] == 2
    assert "education and training" not in hits("a free medical examination for residents over 65")


def test_a_teaching_hospital_built_under_a_deal_trains(facts):
    text = (
        "Tarn Hospital signed an agreement with Kelby Medical University to build a teaching hospital, and the "
        "university will send 40 specialists to work at the hospital on rotation."
    )
    assert [r["field"] for r in facts(text, "partnership")] == ["education and training"]
    text = "Tarn Hospital signed an agreement with Kelby Health Group to build a 300-bed hospital in the district."
    assert [r["field"] for r in facts(text, "partnership")] == ["clinical services"]


def test_what_the_text_calls_the_deal_outweighs_the_words_of_its_purpose():
    """ "a research partnership ... will help doctors treat patients": the deal's own noun phrase names its field."""
    clause = "a research partnership between them will help doctors decide whether a patient needs treatment"
    assert field_of(clause, None) == "research"
    assert field_of("a partnership that will help doctors decide whether a patient needs treatment", None) == (
        "clinical services"
    )
    assert field_of("a five-year distribution agreement for its patient monitors", None) == "trade and investment"


def test_developing_new_tests_is_research():
    assert field_of("to develop rapid diagnostic tests for kidney patients", None) == "research"
