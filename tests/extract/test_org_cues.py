"""Organisation cues on invented names and sentences: the head word's type, places in the name, context."""

import pytest

from analysis.extract.nlp import Mention
from analysis.extract.org_cues import (
    LEVELS,
    completes,
    head_type,
    name_cues,
    name_places,
    news_title,
    part_of,
    place_label,
    registry_entry,
    registry_type,
    short_form_cues,
    split_owner,
    type_of,
)
from analysis.resources import table


def cues_of(facts, text, name):
    rows = [r for r in facts(text, "organization") if r["name"] == name]
    assert rows, f"{name} not extracted"
    return rows[0]["org_cues"]


def test_head_word_gives_the_type():
    assert type_of("Northfield Royal Infirmary") == ("hospital", "Infirmary")
    assert type_of("the Harbour City Health Bureau") == ("government", "Bureau")
    assert type_of("Kelvin Medtech Ltd") == ("company", "Ltd")
    assert type_of("Northfield Hospital Alliance") == ("association", "Alliance")


def test_head_phrases_of_public_funders_crown_bodies_and_hospital_complexes():
    assert type_of("Westmarch Funding Council") == ("government", "Funding Council")
    assert type_of("Tollan Scholarship Council") == ("government", "Scholarship Council")
    assert type_of("Westmarch Business Council") == ("association", "Council")
    assert type_of("HM Coastal Inspectorate")[0] == "government"
    assert name_cues("HM Coastal Inspectorate")[0]["label"] == "UK"
    assert type_of("Lenmouth Islands Medical Complex") == ("hospital", "Medical Complex")
    assert type_of("Tarrow Academy of Medicine") == ("association", "Academy of Medicine")
    assert type_of("Tarrow Academy of Nursing")[0] == "university"


def test_governing_part_before_of_wins():
    assert type_of("Second Teaching Hospital of Eastmoor University") == ("hospital", "Hospital")
    assert type_of("Council for Rural Hospitals") == ("association", "Council")


def test_unit_word_takes_the_type_of_the_body_after_of():
    assert type_of("Riverside Branch of the Tollan Children's Hospital") == ("hospital", "Hospital")


def test_a_head_word_after_an_of_part_of_fields_of_study_decides_the_type():
    assert type_of("Kelby University of Biology and Chemistry Hospital")[0] == "hospital"
    assert type_of("Kelby Hospital of Westbrook University")[0] == "hospital"  # an owner after "of"
    # a field of study ending the "of" part is no head: the governing word decides
    assert type_of("Eastport University of Science and Technology")[0] == "university"
    assert type_of("Tarn Provincial Department of Science and Technology")[0] == "government"


def test_longest_head_phrase_wins_at_the_same_end():
    assert type_of("Westmoor NHS Trust") == ("hospital", "NHS Trust")
    assert type_of("Harbour Centre for Disease Control and Prevention") == ("government", "Centre for Disease Control")
    assert type_of("Eastmoor People's Hospital Group") == ("hospital", "Hospital Group")  # a group that gives care
    assert type_of("Kelby Nursing Training Centre") == ("university", "Training Centre")


def test_no_head_word_gives_no_type():
    assert type_of("Kelvin Medtech") is None


def test_places_resolve_through_reference_data():
    assert place_label("Oxford") == "UK"
    assert place_label("Guangdong Province") == "mainland China"
    assert place_label("Wales") == "UK"
    assert place_label("Paris") == "other"
    assert place_label("Eastmoor") is None


def test_place_in_the_name():
    assert name_cues("Shenzhen Eastmoor Hospital") == [
        {"level": "branch", "label": "mainland China", "evidence": "Shenzhen"}
    ]
    assert name_cues("Tollan Health Bureau of Macao")[0]["label"] == "Macao"
    assert name_cues("British Nursing Society")[0]["label"] == "UK"


def test_two_jurisdictions_joined_make_an_association_international():
    assert name_cues("Sino-UK Nursing Alliance")[0]["label"] == "other"
    assert name_cues("Anglo and Chinese Nursing Society")[0]["label"] == "other"


def test_an_area_below_a_city_beside_a_whole_jurisdiction_is_where_the_body_is():
    """ "Qianhai Hong Kong Dental Clinic": a clinic in Qianhai (a zone of Shenzhen) for Hong Kong patients, not a
    joint body of two jurisdictions; two whole jurisdictions side by side still say nothing of either."""
    cues = name_cues("Qianhai Hong Kong Dental Clinic")
    assert cues[0] == {"level": "branch", "label": "mainland China", "evidence": "Qianhai"}
    assert name_cues("Shenzhen Hong Kong Dental Clinic") == []


def test_a_stated_seat_outranks_a_country_in_the_name(facts):
    text = "The Peru Friendship Society, a Leeds-based charity, and the Lima Fund, listed in Leeds, gave grants."
    seated = {c["level"]: c["label"] for c in cues_of(facts, text, "Peru Friendship Society")["jurisdiction"]}
    assert seated == {"seat": "UK", "name": "other"}
    assert LEVELS.index("seat") < LEVELS.index("name")
    listed = {c["level"] for c in cues_of(facts, text, "Lima Fund")["jurisdiction"]}
    assert "seat" not in listed


def test_a_joint_commission_of_two_states_represents_neither():
    assert name_cues("UK-Peru Joint Trade Commission") == [
        {"level": "international", "label": "other", "evidence": "UK-Peru"}
    ]
    assert name_cues("Peru Trade Commission")[0] == {"level": "represents", "label": "other", "evidence": "Peru"}
    assert name_cues("Wales-Lima Joint Laboratory") == []


def test_where_the_text_says_an_association_of_two_sides_is_based_outranks_its_name(facts):
    text = "The Leeds-based UK-China Dental Council hosted the dinner on Friday."
    cues = cues_of(facts, text, "UK-China Dental Council")["jurisdiction"]
    levels = {c["level"]: c["label"] for c in cues}
    assert levels == {"context": "UK", "international": "other"}
    assert LEVELS.index("context") < LEVELS.index("international")


def test_two_jurisdictions_joined_say_nothing_of_any_other_body():
    assert name_cues("Sino-British Medtech Ltd") == []
    assert name_cues("China UK Nursing Exchange Limited") == []
    assert name_cues("Harbin-Leeds Centre for Eye Research") == []


def test_a_place_after_of_is_the_owner_not_one_side_of_a_pair():
    cue = name_cues("University of Eastmoor-Harbin Hospital")
    assert [(c["level"], c["label"]) for c in cue] == [("name", "mainland China")]


def test_international_word_is_the_weak_cue():
    assert name_cues("World Nursing Federation") == [{"level": "international", "label": "other", "evidence": "World"}]
    assert name_cues("Northfield Royal Infirmary") == []


def test_words_any_body_may_carry_are_not_international():
    assert name_cues("International Nursing Group") == []
    assert name_cues("Global Medtech Ltd") == []


def test_branch_where_it_is_based_beats_its_owner():
    cue = name_cues("Harbin Eye Centre of the University of Leeds")
    assert [(c["level"], c["label"]) for c in cue] == [("branch", "mainland China"), ("name", "UK")]
    # a country in the governing part is a subject, not where a branch is
    assert [c["level"] for c in name_cues("China Centre of the University of Leeds")] == ["name"]


def test_embassy_takes_the_state_it_represents():
    assert name_cues("British Embassy in Harbin") == [{"level": "represents", "label": "UK", "evidence": "British"}]
    assert name_cues("Consulate General of France in Leeds")[0]["label"] == "other"
    assert name_cues("Hong Kong Economic and Trade Office, London")[0]["label"] == "Hong Kong"
    assert name_cues("Liaison Office of the Central People's Government in Macao")[0]["label"] == "mainland China"


def test_registry_of_well_known_bodies():
    cue = name_cues("Tsinghua University")
    assert (cue[0]["level"], cue[0]["label"]) == ("known", "mainland China")
    assert "Double First-Class" in cue[0]["evidence"]
    assert registry_entry("the Hong Kong Polytechnic University") is None  # its own place says where
    assert name_cues("the Hong Kong Polytechnic University")[0]["label"] == "Hong Kong"
    assert registry_entry("Eastmoor University") is None


def test_registry_names_are_matched_with_or_without_accents():
    assert registry_entry("Prince of Wáles Hospital") == registry_entry("Prince of Wales Hospital")
    assert registry_entry("Prince of Wales Hospital") is not None


def test_registry_beats_a_misleading_place_in_the_name():
    cue = name_cues("Prince of Wales Hospital")
    assert (cue[0]["level"], cue[0]["label"]) == ("known", "Hong Kong")


def test_registry_body_inside_a_longer_name():
    cue = name_cues("Tsinghua University Nursing Research Unit")
    assert [(c["level"], c["label"]) for c in cue] == [("name", "mainland China")]
    # a word of nationality says more than a registry body inside the name
    assert name_cues("Chinese Academy of Medical Sciences")[0]["label"] == "mainland China"


def test_every_registry_entry_has_a_label_and_a_source():
    labels = {"UK", "mainland China", "Hong Kong", "Macao", "other"}
    for row in table("org_registry.tsv"):
        assert len(row) == 3 and row[1] in labels and row[2], row


def test_words_of_one_public_system():
    assert name_cues("Westmoor NHS Trust")[0]["label"] == "UK"
    assert name_cues("Kestrel Imaging plc")[0]["label"] == "UK"  # a legal form of one company law
    assert name_cues("Kestrel Imaging Ltd") == []  # a legal form used in many places says nothing
    assert name_cues("Royal College of Tarn Physicians")[0]["label"] == "UK"  # a medical royal college
    assert name_cues("Royal College of Physicians of Ireland")[0]["label"] == "other"  # one of another country
    assert name_cues("Tollan People's Government")[0]["label"] == "mainland China"
    assert name_cues("Tollan Academic Health Science Network")[0]["label"] == "UK"
    assert name_cues("Westmoor Valley Combined Authority")[0]["label"] == "UK"
    for name in ("Tarnwell County Borough Council", "Kelby Vale University Health Board",
                 "Tarn Coast Health and Social Care Trust"):  # fmt: skip
        assert name_cues(name)[0]["label"] == "UK", name
    for name in ("Tarnhe Community Health Service Centre", "Lixi Township Health Center"):
        assert name_cues(name)[0]["label"] == "mainland China", name


def test_a_welsh_board_in_an_article_about_a_chinese_city_stays_british(facts):
    """A name that belongs to one public system says where the body is before the article's city does."""
    text = (
        "Kelby Vale University Health Board renewed its link with Eastbay People's Hospital in Hangzhou. Staff "
        "visited Hangzhou twice, and Hangzhou doctors came back. Tarnwell County Borough Council paid for it."
    )
    for name in ("Kelby Vale University Health Board", "Tarnwell County Borough Council"):
        assert _jurisdictions(facts, text, name)[0] == ("name", "UK"), name


def test_towns_in_a_name_before_the_head_or_after_of():
    assert name_cues("Didcot Hospital")[0]["label"] == "UK"
    assert name_cues("Nursing School of Didcot")[0]["label"] == "UK"
    # inside a person's name a town's name is not a place
    assert name_cues("Alan Didcot Foundation") == []


def test_owner_written_inside_the_name():
    assert split_owner("Eastmoor University's Asia Centre") == ("Eastmoor University", "Asia Centre")
    assert split_owner("Tollan People's Hospital") == (None, "Tollan People's Hospital")


def test_based_in_front_of_the_name(facts):
    text = "A Zhuhai-based medical device maker, Kelvin Medtech Ltd, joined the project."
    cues = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"]
    assert {"level": "context", "label": "mainland China"} == {k: cues[0][k] for k in ("level", "label")}


def test_headquartered_or_located_in_a_place(facts):
    text = "Marsh Therapeutics, headquartered in Manchester, signed a supply deal with Tollan Pharma."
    assert cues_of(facts, text, "Marsh Therapeutics")["jurisdiction"][0]["label"] == "UK"
    text = "Tollan Pharma, a drug distributor located in Guangzhou, will sell the inhalers."
    assert cues_of(facts, text, "Tollan Pharma")["jurisdiction"][0]["label"] == "mainland China"
    text = "Tollan Pharma, a drug distributor based near Guangzhou, will sell the inhalers."
    assert cues_of(facts, text, "Tollan Pharma")["jurisdiction"][0]["label"] == "mainland China"
    text = "Marsh Therapeutics, based near Manchester, signed a supply deal with Tollan Pharma."
    assert cues_of(facts, text, "Marsh Therapeutics")["jurisdiction"][0]["label"] == "UK"


def test_place_in_brackets_and_in_place(facts):
    text = "Marsh Consulting Group (Hong Kong) and the Tollan Clinic in Manchester signed."
    assert cues_of(facts, text, "Marsh Consulting Group")["jurisdiction"][0]["label"] == "Hong Kong"
    assert cues_of(facts, text, "Tollan Clinic")["jurisdiction"][0]["label"] == "UK"


def test_class_phrase_before_a_list(facts):
    text = "UK universities such as the University of Eastmoor and Northfield College signed the letter."
    for name in ("University of Eastmoor", "Northfield College"):
        cues = cues_of(facts, text, name)["jurisdiction"]
        assert ("context", "UK") in [(c["level"], c["label"]) for c in cues]


def test_the_university_refers_to_the_article_one(facts):
    text = "Eastmoor University opened a lab. The University’s Africa Centre will run it."
    cue = cues_of(facts, text, "Africa Centre")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Eastmoor University")


def test_part_named_with_its_after_the_body(facts):
    text = "Eastmoor University, acting through its Nursing Division, signed the letter."
    cue = cues_of(facts, text, "Nursing Division")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Eastmoor University")


def test_nationality_in_a_class_phrase_before_the_name(facts):
    text = "The order went to a British device maker, Kelvin Medtech Ltd, last year."
    cue = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("context", "UK")


def test_class_phrase_after_for_places_the_name(facts):
    text = "The deals include a £3 million order for Leeds firm Kelvin Braces to fit out two clinics."
    cue = cues_of(facts, text, "Kelvin Braces")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("context", "UK")
    # after any word of the clause: "under which", "while"
    text = "They signed an agreement under which Leeds firm Kelvin Braces will fit out two clinics."
    cue = cues_of(facts, text, "Kelvin Braces")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("context", "UK")


def test_class_phrase_at_the_start_of_a_sentence(facts):
    text = "Chinese device maker Kelvin Medtech Ltd will open a plant."
    cue = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("context", "mainland China")


def test_class_phrase_after_a_dateline(facts):
    text = "LEEDS, May 3 - Chinese device maker Kelvin Medtech Ltd will open a plant with Norwell Medtech Supply."
    cue = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]
    assert (cue["level"], cue["label"], cue["evidence"]) == ("context", "mainland China", "Chinese device maker")


def test_the_body_a_dateline_opens_with_is_weakly_placed_at_the_dateline(facts):
    text = "Deal\n\nLEEDS, May 3 - Westmoor Medical College opened a nursing school with Kelby Medical University.\n"
    cues = cues_of(facts, text, "Westmoor Medical College")["jurisdiction"]
    assert [(c["level"], c["label"]) for c in cues] == [("setting", "UK")]
    assert cues_of(facts, text, "Kelby Medical University")["jurisdiction"] == []
    text = "Deal\n\nEDINBURGH - Chinese scanner maker Norwell Imaging opened an office.\n"
    cues = cues_of(facts, text, "Norwell Imaging")["jurisdiction"]
    assert ("context", "mainland China") in [(c["level"], c["label"]) for c in cues]  # outranks the dateline


def test_a_verb_ends_the_class_phrase(facts):
    text = "A Chinese delegation led by Kelvin Medtech Ltd arrived."
    assert cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"] == []


def test_part_at_a_body(facts):
    text = "She leads the School of Nursing at the Tollan University of Medicine."
    cue = cues_of(facts, text, "School of Nursing")["jurisdiction"][0]
    assert cue["parent"] == "Tollan University of Medicine"


def test_bare_municipal_word_means_the_article_municipality(facts):
    text = "The Harbin Municipal Health Bureau said so. The Municipal Eye Hospital agreed."
    cue = cues_of(facts, text, "Municipal Eye Hospital")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("context", "mainland China")


def test_name_without_any_cue_has_none(facts):
    assert cues_of(facts, "The Northfield Royal Infirmary opened a ward.", "Northfield Royal Infirmary") == {
        "type": ["hospital", "Infirmary"],
        "type_context": [],
        "jurisdiction": [],
    }


def test_list_one_per_line_shares_its_members_jurisdiction(facts):
    text = (
        "The delegation came from these bodies.\n\n"
        "Shenzhen Eastmoor Hospital\nHarbin Nursing College\nWuhan Tollan Clinic\nKelvin Medtech Ltd\n\nThey met."
    )
    cue = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"]
    assert [(c["level"], c["label"]) for c in cue] == [("list", "mainland China")]


def test_article_setting_needs_one_dominant_jurisdiction(facts):
    one = "In Leeds, Oxford, Bristol, Glasgow and Cardiff, the Health Bureau grew."
    two = "In Leeds, Oxford, Shenzhen, Wuhan and Harbin, the Health Bureau grew."
    assert [c["label"] for c in cues_of(facts, one, "Health Bureau")["jurisdiction"]] == ["UK"]
    assert cues_of(facts, two, "Health Bureau")["jurisdiction"] == []


def test_a_page_of_a_government_site_places_its_unplaced_government_names(facts):
    """The address line "news.gov.hk" says whose government's page it is, though most places it names are elsewhere;
    a commercial site's address does not."""
    body = "In Leeds, Oxford, Shenzhen, Wuhan and Harbin, the Health Bureau grew.\n"
    assert [c["label"] for c in cues_of(facts, "news.gov.hk\n\n" + body, "Health Bureau")["jurisdiction"]] == [
        "Hong Kong"
    ]
    assert cues_of(facts, "www.harbourdaily.com.hk\n\n" + body, "Health Bureau")["jurisdiction"] == []


def test_a_government_news_heading_below_the_menu_places_its_unplaced_government_names(facts):
    """A heading "<a government> Press Releases" under the site's name and menu rows makes the page that
    government's own release, and the words of its news pages are no part of its name."""
    head = (
        "Portal\nHome | Residents | Business\n\nThe People's Government of Hainan Province Press Releases\n\n"
        "Night clinics open in three towns\n\n"
    )
    body = "In Leeds, Oxford, Shenzhen, Wuhan and Harbin, the Health Bureau grew.\n"
    assert [c["label"] for c in cues_of(facts, head + body, "Health Bureau")["jurisdiction"]] == ["mainland China"]
    names = [r["name"] for r in facts(head + body, "organization")]
    assert "People's Government of Hainan Province" in names


def test_a_government_publisher_named_only_in_the_footer_places_its_unplaced_government_names(facts):
    """A release whose only statement of its publisher is the copyright footer cleaning sets aside still names its
    own departments without their place, though most places it names are elsewhere."""
    text = (
        "Press Releases\n\nVouchers accepted at more hospitals\n\nThe Department of Health said elders may use "
        "vouchers at hospitals in Shenzhen, Guangzhou, Foshan and Zhuhai from May.\n\n"
        "© 2025 Government of the Hong Kong Special Administrative Region\n"
    )
    assert [c["label"] for c in cues_of(facts, text, "Department of Health")["jurisdiction"]] == ["Hong Kong"]


def test_article_setting_is_only_for_government_style_names(facts):
    text = "In Leeds, Oxford, Bristol, Glasgow and Cardiff, the Northfield Royal Infirmary grew."
    assert cues_of(facts, text, "Northfield Royal Infirmary")["jurisdiction"] == []


@pytest.mark.parametrize(
    "name, words",
    [
        ("Stoke-on-Trent City Council", "Stoke-on-Trent"),
        ("Newcastle-under-Lyme Borough Council", "Newcastle-under-Lyme"),
    ],
)
def test_a_town_whose_words_are_linked_by_hyphens_is_one_place_in_a_name(name, words):
    assert [(h.words, h.label) for h in name_places(name)] == [(words, "UK")]


def test_a_hyphen_between_two_places_still_splits_them():
    assert [(h.words, h.label) for h in name_places("China-Britain Business Council")] == [
        ("China", "mainland China"),
        ("Britain", "UK"),
    ]


def test_the_registry_holds_only_names_whose_place_does_not_already_say_where():
    """An entry is there because its name holds no place (or a misleading one), because its category gives a type
    its head word does not ("Eastport Trade Development Council" a public body), or because it is a news title,
    whose places are no cue: "University of Northfield" style names are decided by the place rule, so listing them
    would only copy names."""
    redundant = [
        name
        for name, label, *_ in table("org_registry.tsv")
        if (hits := name_places(name))
        and all(h.label == label and h.kind in ("place", "town") for h in hits)
        and not news_title(name)
        and (registry_type(name) or ("",))[0] in ("", (head_type(name) or ("",))[0])
    ]
    assert redundant == []


def test_the_head_noun_decides_the_type():
    assert type_of("Kestrel Hospital, Westbrook University") == ("hospital", "Hospital")
    assert type_of("Tollan University-Eastport Hospital") == ("hospital", "Hospital")
    assert type_of("Harbour County Council")[0] == "government"
    assert type_of("Eastland Provincial People's Congress")[0] == "government"
    assert type_of("Legislative Assembly")[0] == "government"
    assert type_of("Northvale Fund")[0] == "association"
    # a town's council is its local authority; a council named otherwise is an association
    assert type_of("Stirling Council")[0] == "government"
    assert type_of("City of Stirling Council")[0] == "government"
    assert type_of("British Council")[0] == "association"
    # a fund of social security or public insurance is a public body
    assert type_of("Social Security Fund")[0] == "government"
    assert type_of("Northvale Medical Insurance Fund")[0] == "government"
    assert type_of("Northvale Foundation")[0] == "association"
    # a public blood service is a public health service, not a research centre
    assert type_of("Kelby Blood Transfusion Centre") == ("government", "Blood Transfusion Centre")
    assert type_of("Tarn Central Blood Station")[0] == "government"
    assert type_of("Royal College of Surgeons of Eastland")[0] == "association"
    # words qualifying the profession after "of" leave a college of it a professional body, not a school
    assert type_of("Eastland College of Cardiac Surgeons")[0] == "association"
    assert type_of("Eastland College of Arts")[0] == "university"
    assert [type_of(n)[0] for n in ("Kelvin Medtech plc", "Kelvin Medtech Ltd", "Kelvin Group")] == ["company"] * 3
    assert type_of("Eastland Academy of Medical Sciences")[0] == "university"
    assert type_of("Tollan Foundation Trust")[0] == "hospital"
    assert type_of("Tollan and Kelby Health and Social Care Trust")[0] == "hospital"


def test_academies_and_academic_health_science_centres_are_research_and_teaching_bodies():
    """An academy of medical sciences and an academic health science centre are typed as universities (research and
    teaching bodies); a network of them is an association, like every network."""
    assert type_of("Eastland Provincial Academy of Medical Sciences")[0] == "university"
    assert type_of("Northvale Academic Health Science Centre") == ("university", "Academic Health Science Centre")
    assert type_of("Tollan Academic Health Sciences Centre")[0] == "university"
    assert type_of("Kestrel Academic Health Science Network")[0] == "association"


def test_words_of_a_trade_make_a_headless_name_a_company():
    assert type_of("Kelvin Healthcare")[0] == "company"
    assert type_of("Tollan Securities")[0] == "company"
    assert [type_of(n)[0] for n in ("Fenwick Genomics", "Harbour Life Assurance", "Lagan Health Software")] == [
        "company"
    ] * 3
    assert type_of("Eastport Lingshan BioPharma")[0] == "company"
    assert type_of("Broadland Hospitals Charity")[0] == "association"  # the head comes last, after "Hospitals"


def test_a_registry_category_of_one_type_decides_over_the_head_word():
    """A national regulator named "Council" is a government body; a category that mixes types leaves it to the
    head word ("Chinese Academy of Medical Sciences" is typed by "Academy")."""
    assert type_of("Medical Research Council")[0] == "government"
    assert type_of("Nursing and Midwifery Council")[0] == "government"
    assert type_of("Chinese Academy of Medical Sciences")[0] == "university"
    assert type_of("Northvale Research Council")[0] == "association"


def test_public_service_words_and_a_place_make_a_public_body():
    assert type_of("Health Education England") == ("government", "Health Education")
    assert type_of("Innovate UK")[0] == "government"
    assert type_of("Asthma UK") is None  # a charity: the name says nothing of its type


def test_the_sentence_gives_a_type_where_the_name_gives_none():
    from analysis.extract.nlp import Mention, analyse
    from analysis.extract.org_cues import type_context_cues

    from .conftest import make

    text = (
        "Rolan Biolabs Group met Kelvin Medtech, a Leeds-based device maker, and insurers such as Fairway Mutual and "
        "Greyson Cover. The Tollan Business Council (TBC) opened TBC Eastland. The drugmaker Nova Cura came."
    )
    ctx = analyse(make(text))

    def org(name, surface=None):
        at = text.index(surface or name)
        return Mention("organization", at, at + len(surface or name), "organizations.ner", {"name": name})

    names = ["Rolan Biolabs Group", "Kelvin Medtech", "Fairway Mutual", "Greyson Cover", "TBC Eastland", "Nova Cura"]
    orgs = [org(n) for n in names] + [org("Tollan Business Council"), org("Tollan Business Council", "TBC")]
    cues = type_context_cues(ctx, orgs)
    got = {names[i]: [c[0] for c in cues[i]] for i in range(len(names)) if i in cues}
    assert got == {
        "Kelvin Medtech": ["company"],
        "Fairway Mutual": ["company"],
        "Greyson Cover": ["company"],
        "TBC Eastland": ["association"],
        "Nova Cura": ["company"],
    }


def test_what_only_a_business_does_makes_a_headless_name_a_company():
    from analysis.extract.nlp import Mention, analyse
    from analysis.extract.org_cues import type_context_cues

    from .conftest import make

    text = (
        "Leeds-based Orrin Health agreed pilot contracts with Kestrel Hospital. Zentrix also sells its kits in 30 "
        "countries. Bayview Care, which is listed in Northfield, grew. Tollan Vision said on Monday it was pleased. "
        "Maple Reach, which makes hearing aids, will sell them. Kestrel Aid's shares rose. Harbour Crest, which makes "
        "it easy to book, grew."
    )
    ctx = analyse(make(text))
    names = ["Orrin Health", "Zentrix", "Bayview Care", "Tollan Vision", "Maple Reach", "Kestrel Aid", "Harbour Crest"]
    orgs = [Mention("organization", text.index(n), text.index(n) + len(n), "x", {"name": n}) for n in names]
    cues = type_context_cues(ctx, orgs)
    assert {names[i]: [c[0] for c in cues[i]] for i in cues} == {
        "Orrin Health": ["company"],
        "Zentrix": ["company"],
        "Bayview Care": ["company"],
        "Maple Reach": ["company"],
        "Kestrel Aid": ["company"],
    }


def test_the_publisher_named_in_its_own_article_is_a_news_company():
    from analysis.extract.nlp import Mention, analyse
    from analysis.extract.org_cues import type_context_cues

    from .conftest import make

    text = (
        "Harbour Pulse Ltd\nNews | Health\n\nKestrel Hospital opens ward\n\nKestrel Hospital opened a ward.\n\n"
        "(Harbour Pulse)\n"
    )
    ctx = analyse(make(text))
    at = text.rindex("Harbour Pulse")
    orgs = [Mention("organization", at, at + len("Harbour Pulse"), "x", {"name": "Harbour Pulse"})]
    assert type_context_cues(ctx, orgs) == {0: [["company", "the article's publisher"]]}


def test_care_homes_are_care_providers_and_national_institutes_public_bodies():
    assert type_of("Lantern Hill Care Home")[0] == "hospital"
    assert type_of("Maple Court Senior Living")[0] == "hospital"
    assert type_of("National Institute for Health Protection")[0] == "government"
    assert type_of("Tollan Institute of Ageing")[0] == "university"


def test_heads_of_care_stations_public_forces_and_charities():
    assert type_of("Tollan Community Health Service Station")[0] == "hospital"
    assert [type_of(n)[0] for n in ("Harbour Polyclinic", "Kestrel Hospice")] == ["hospital"] * 2
    assert [type_of(n)[0] for n in ("Tollan Customs", "Kestrel Police Force")] == ["government"] * 2
    assert [type_of(n)[0] for n in ("Eastport Red Cross", "Harbour Think Tank")] == ["association"] * 2


def test_a_headless_name_listed_with_bodies_of_one_type_takes_it():
    from analysis.extract.nlp import Mention, analyse
    from analysis.extract.org_cues import type_context_cues

    from .conftest import make

    text = "Members came: Kestrel Group, Zentrix, Tollan Ltd (and Tollan Care), Smith + Barrow and Alder Hospital."
    ctx = analyse(make(text))
    names = ["Kestrel Group", "Zentrix", "Tollan Ltd", "Tollan Care", "Smith + Barrow", "Alder Hospital"]
    orgs = [Mention("organization", text.index(n), text.index(n) + len(n), "x", {"name": n}) for n in names]
    cues = type_context_cues(ctx, orgs)
    assert {names[i]: cues[i][0][0] for i in cues} == {
        "Zentrix": "company",
        "Tollan Care": "company",
        "Smith + Barrow": "company",
    }


def test_a_possessive_inside_a_name_is_not_an_owner():
    assert split_owner("Department of Surgery of Eastport People's Hospital") == (
        None,
        "Department of Surgery of Eastport People's Hospital",
    )
    assert split_owner("University of Leeds's Eastgate Department") == ("University of Leeds", "Eastgate Department")


def test_article_setting_from_two_places(facts):
    two = "Clinics in Taipa and Macao opened. The Statistics Service counted them."
    one = "Clinics in Macao opened. The Statistics Service counted them."
    assert [c["label"] for c in cues_of(facts, two, "Statistics Service")["jurisdiction"]] == ["Macao"]
    assert cues_of(facts, one, "Statistics Service")["jurisdiction"] == []


def test_municipal_body_without_a_place_belongs_to_the_article_city(facts):
    text = (
        "Foshan opened 20 clinics. Officials from the Municipal Health Bureau said Foshan will add more, "
        "and visitors from Hong Kong are welcome."
    )
    cue = cues_of(facts, text, "Municipal Health Bureau")["jurisdiction"]
    assert ("context", "mainland China") in [(c["level"], c["label"]) for c in cue]


def test_no_article_city_when_two_cities_are_named_alike(facts):
    text = "Foshan and Leeds opened clinics. The Municipal Health Bureau said Foshan and Leeds will add more."
    cue = cues_of(facts, text, "Municipal Health Bureau")["jurisdiction"]
    assert "context" not in [c["level"] for c in cue]


def test_article_setting_from_two_places_of_one_jurisdiction(facts):
    text = "Macao will open a clinic. The Health Bureau said the clinic would serve 20,000 residents in Macao."
    assert [c["label"] for c in cues_of(facts, text, "Health Bureau")["jurisdiction"]] == ["Macao"]


def test_a_place_in_an_apposition_that_describes_the_body(facts):
    cases = [
        ("Kestrel Pharma, a Hong Kong company, will fund the trial.", "Kestrel Pharma", "Hong Kong"),
        ("Westbrook Hospital, a private hospital in Kowloon, joined the scheme.", "Westbrook Hospital", "Hong Kong"),
        (
            "Lingnan Medical University, one of China's top medical schools, signed the deal.",
            "Lingnan Medical University",
            "mainland China",
        ),
    ]
    for text, name, label in cases:
        assert cues_of(facts, text, name)["jurisdiction"][0]["label"] == label, text


def test_a_place_after_of_beside_a_company_name(facts):
    text = "Aldwick Diagnostics Ltd of Kent signed the supply deal."
    assert cues_of(facts, text, "Aldwick Diagnostics Ltd")["jurisdiction"][0]["label"] == "UK"


def test_officials_of_a_nationality_from_a_body(facts):
    text = "British officials from the Department of Health met counterparts in Beijing."
    assert cues_of(facts, text, "Department of Health")["jurisdiction"][0]["label"] == "UK"


def test_two_public_bodies_in_one_place(facts):
    text = "The Ministry of Health and the Ministry of Education in Beijing issued joint guidelines."
    assert cues_of(facts, text, "Ministry of Health")["jurisdiction"][0]["label"] == "mainland China"


def test_a_place_after_a_pair_of_other_bodies_is_the_second_ones(facts):
    text = "Harrowgate Medical College and Lingnan Medical University in Guangzhou signed a deal."
    assert cues_of(facts, text, "Harrowgate Medical College")["jurisdiction"] == []


def test_a_place_after_a_pair_whose_second_body_names_a_place_is_the_second_ones(facts):
    text = (
        "The Ministry of Health and the Planning Bureau of the Zhuhai-Macao Cooperation Zone in Hengqin signed the "
        "rules."
    )
    assert cues_of(facts, text, "Ministry of Health")["jurisdiction"] == []


def _orgs(*names):
    return [Mention("organization", 10 * i, 10 * i + 5, "x", {"name": n}) for i, n in enumerate(names)]


def test_a_part_named_after_its_body_belongs_to_it():
    orgs = _orgs("Kestrel Academy", "Kestrel Children's Hospital", "Northvale University")
    assert part_of("Kestrel Academy", orgs) == "Kestrel Children's Hospital"
    assert part_of("Kestrel Academy", _orgs("Kestrel Academy", "Kestrel")) == "Kestrel"  # the body's short name
    # not a part's head, two candidate bodies, another body's words, or a place's own words: no owner
    assert part_of("Kestrel Hospital", _orgs("Kestrel Hospital", "Kestrel University")) is None
    assert part_of("Kestrel Institute", _orgs("Kestrel Institute", "Kestrel Hospital", "Kestrel University")) is None
    assert part_of("Kestrel Institute", _orgs("Kestrel Institute", "Kestrel Valley University")) is None
    assert part_of("Leeds Institute", _orgs("Leeds Institute", "Leeds Hospital")) is None


def test_a_part_named_after_its_body_takes_its_jurisdiction(facts):
    from analysis.facts.attributes import collect, decide
    from analysis.facts.entities import entity_id

    text = (
        "Kestrel Children's Hospital in Leeds has opened a new wing. The Kestrel Academy trains nurses for the wards."
    )
    rows = facts(text, "organization")
    cue = cues_of(facts, text, "Kestrel Academy")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Kestrel Children's Hospital")
    assert decide(collect(rows))[entity_id("organization", "Kestrel Academy")][1] == "UK"


def test_a_government_that_publishes_the_article_sets_its_departments(facts):
    text = (
        "Welsh Government\n"
        "Home | News\n\nClinic scheme to train nurses from three cities\n\n"
        "The Health Bureau said nurses from Guangzhou, Foshan and Zhaoqing will train in clinics from May 1.\n"
    )
    cues = cues_of(facts, text, "Health Bureau")["jurisdiction"]
    assert [(c["level"], c["label"]) for c in cues] == [("setting", "UK")]
    assert cues[0]["evidence"].startswith("published by")


def test_an_alias_in_brackets_does_not_hide_the_description_after_it(facts):
    text = 'Kelvin Medtech Ltd ("Kelvin"), a Leeds-based developer of blood tests, signed a deal.'
    cue = cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]
    assert (cue["level"], cue["label"]) == ("seat", "UK")


def _orgs(*names):
    return [Mention("organization", 10 * i, 10 * i + 5, "test", {"name": n}) for i, n in enumerate(names)]


def test_a_short_form_stands_for_the_one_longer_name_it_begins():
    got = short_form_cues(_orgs("Orrin Diagnostics Ltd", "Orrin", "Westbay Academy", "the Academy"))
    assert {i: (c["level"], c["parent"]) for i, c in got.items()} == {
        1: ("short", "Orrin Diagnostics Ltd"),
        3: ("short", "Westbay Academy"),
    }


def test_a_short_form_with_its_own_head_or_two_longer_names_is_no_short_form():
    assert short_form_cues(_orgs("Kestrel University", "Kestrel University Hospital")) == {}
    assert short_form_cues(_orgs("Kestrel", "Kestrel Diagnostics Ltd", "Kestrel Care Group")) == {}
    assert short_form_cues(_orgs("Leeds", "Leeds Care Group")) == {}  # a place, not a short form
    assert short_form_cues(_orgs("the Academy", "Westbay Academy", "Tarn Academy")) == {}


def test_a_short_form_of_two_longer_names_stands_for_the_one_it_completes_with_words_of_its_kind():
    """ "Orrin" beside "Orrin Medical Systems" and a joint venture "Orrin Tarnwell Technology Co": the venture's
    "Tarnwell" is a name of its own, so "Orrin" is the systems maker."""
    got = short_form_cues(_orgs("Orrin", "Orrin Medical Systems", "Orrin Tarnwell Technology Co"))
    assert {i: c["parent"] for i, c in got.items()} == {0: "Orrin Medical Systems"}
    assert completes("Orrin", "Orrin Medical Systems Ltd") and not completes("Orrin", "Orrin Tarnwell Clinic")


def test_nationality_before_a_kind_of_body_that_names_words_of_its_name(facts):
    text = (
        "British venture capital funds and Chinese investors signed the memorandum. "
        "The memorandum that Orrin Capital and Westbay Health Ltd signed was witnessed by the minister."
    )
    cue = next(c for c in cues_of(facts, text, "Orrin Capital")["jurisdiction"] if c["level"] == "described")
    assert (cue["label"], cue["evidence"]) == ("UK", "British venture capital funds")
    assert not [c for c in cues_of(facts, text, "Westbay Health Ltd")["jurisdiction"] if c["level"] == "described"]


def test_nationality_joined_to_another_or_a_word_many_names_share_says_nothing(facts):
    text = (
        "British and Chinese capital firms met. Chinese hospital groups joined. "
        "The memorandum that Orrin Capital and the Tarn Hospital signed was witnessed by the minister."
    )
    for name in ("Orrin Capital", "Tarn Hospital"):
        assert not [c for c in cues_of(facts, text, name)["jurisdiction"] if c["level"] == "described"]


def test_the_home_an_article_in_a_body_s_own_voice_states_places_that_body_and_its_parts(facts):
    text = (
        "Kestrel Vale has teamed up with the Tollan Medical Foundation on a nursing course.\n\n"
        "The course is run by the Kestrel Vale Academy.\n\n"
        '"Here at Kestrel Vale we train nurses, at home in the UK and abroad," said Ann Reed, Head of Academy.'
    )
    cue = [c for c in cues_of(facts, text, "Kestrel Vale Academy")["jurisdiction"] if c["level"] == "voice"]
    assert [c["label"] for c in cue] == ["UK"]


def test_a_home_stated_without_a_body_s_own_voice_places_no_body(facts):
    text = 'The Kestrel Vale Academy trains nurses.\n\nA visiting doctor said: "I feel at home in the UK now."'
    cues = cues_of(facts, text, "Kestrel Vale Academy")["jurisdiction"]
    assert not [c for c in cues if c["level"] == "voice"]


def test_heads_of_firms_and_of_care_groups():
    assert type_of("Ravenhill Capital Partners") == ("company", "Partners")
    assert type_of("Tollan University Health Partners") == ("association", "University Health Partners")
    assert type_of("Ravenhill Life Science Fund")[0] == "company"
    assert type_of("Ravenhill Advisors")[0] == "company"
    assert type_of("Ravenhill Robotics")[0] == "company"
    assert type_of("Northvale People's Hospital Medical Group") == ("hospital", "Medical Group")
    assert type_of("Eastport Stock Exchange") == ("other", "Stock Exchange")
    assert type_of("Tollan Export Finance") == ("government", "Export Finance")


def test_a_name_without_its_legal_form_stands_for_the_full_name():
    orgs = [
        Mention("organization", 0, 10, "t", {"name": "Ravenhill Diagnostics Ltd"}),
        Mention("organization", 20, 30, "t", {"name": "Ravenhill Diagnostics"}),
    ]
    assert short_form_cues(orgs)[1]["parent"] == "Ravenhill Diagnostics Ltd"
    assert 0 not in short_form_cues(orgs)


def test_place_in_an_apposition_after_the_name(facts):
    text = "A deal went to Ravenhill Robotics, of Bristol, to supply robots; Kelvin Medtech Ltd, from Leeds, agreed."
    assert cues_of(facts, text, "Ravenhill Robotics")["jurisdiction"][0]["label"] == "UK"
    assert cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]["label"] == "UK"


def test_class_phrase_after_a_comma_or_to(facts):
    text = "On cover, Macao insurer Ravenhill Assurance said so, according to London consultancy Kelvin Medtech Ltd."
    assert cues_of(facts, text, "Ravenhill Assurance")["jurisdiction"][0]["label"] == "Macao"
    assert cues_of(facts, text, "Kelvin Medtech Ltd")["jurisdiction"][0]["label"] == "UK"


def test_the_city_an_article_is_about_sets_generic_government_names(facts):
    text = (
        "Hong Kong residents used the scheme. Hong Kong said the Health Bureau will widen it to Shenzhen. "
        "Hong Kong expects more users."
    )
    assert [c["label"] for c in cues_of(facts, text, "Health Bureau")["jurisdiction"]] == ["Hong Kong"]


def test_bodies_of_a_zone_are_where_the_article_puts_the_zone(facts):
    text = (
        "Macao doctors may work in the Harbin-Macao Cooperation Zone in Shenzhen. Macao said so. "
        "The Welfare Bureau of the Cooperation Zone will pay, Macao added."
    )
    cues = cues_of(facts, text, "Welfare Bureau of the Cooperation Zone")["jurisdiction"]
    assert (cues[0]["level"], cues[0]["label"]) == ("context", "mainland China")


def test_a_body_of_the_cooperation_zone_in_lower_case_is_where_the_article_puts_the_zone(facts):
    text = (
        "Macao nurses may work in the Harbin-Macao Cooperation Zone in Shenzhen. The Tollby Care Office and "
        "the Welfare Bureau of the cooperation zone agreed on it, Macao said."
    )
    cues = cues_of(facts, text, "Welfare Bureau")["jurisdiction"]
    assert (cues[0]["level"], cues[0]["label"]) == ("context", "mainland China")


def test_a_place_opening_a_zone_name_places_its_bodies(facts):
    text = "The Eastbank Harbin-Macao Cooperation Zone Executive Committee said so."
    name = "Eastbank Harbin-Macao Cooperation Zone Executive Committee"
    assert cues_of(facts, text, name)["jurisdiction"] == []
    text = "The Shenzhen Harbin-Macao Cooperation Zone Executive Committee said so."
    name = "Shenzhen Harbin-Macao Cooperation Zone Executive Committee"
    assert [c["label"] for c in cues_of(facts, text, name)["jurisdiction"]][:1] == ["mainland China"]


def test_owner_stated_beside_the_body(facts):
    text = (
        "A trial ran at Tollan Eye Hospital, part of Northvale NHS Foundation Trust, last year. "
        "Eastmoor Health Trust (EHT), which runs the Kestrel Infirmary, agreed."
    )
    cue = cues_of(facts, text, "Tollan Eye Hospital")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Northvale NHS Foundation Trust")
    cue = cues_of(facts, text, "Kestrel Infirmary")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Eastmoor Health Trust")


def test_a_member_institution_takes_the_body_it_belongs_to_as_owner(facts):
    text = "The course is run by Fenby School of Medicine, a member institution of Tollan University, with Harbin."
    cue = cues_of(facts, text, "Fenby School of Medicine")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Tollan University")


def test_a_clause_after_a_comma_is_no_description_of_the_body(facts):
    text = "Fenby School of Medicine, part of Tollan University, agreed with Tarn University in Shanghai."
    assert ("context", "mainland China") not in _sides(facts, text, "Tollan University")


def test_a_body_said_to_be_part_of_another_takes_it_as_owner(facts):
    text = "Clinic news\n\nTollan Eye Hospital is part of Northvale NHS Foundation Trust. It signed a deal.\n"
    cue = cues_of(facts, text, "Tollan Eye Hospital")["jurisdiction"][0]
    assert (cue["level"], cue["parent"]) == ("owner", "Northvale NHS Foundation Trust")


def test_the_body_that_publishes_the_article_does_not_take_the_setting_of_the_city_it_reports_on(facts):
    text = (
        "Marrow Vale Health Board\n\nNews\n\nMarrow Vale Health Board will share ideas with the Dazhou Municipal "
        "Health Commission. Officials from Dazhou toured wards. Dazhou plans more clinics, Dazhou officials said.\n"
    )
    assert all(level != "setting" for level, _ in _sides(facts, text, "Marrow Vale Health Board"))
    assert ("setting", "mainland China") in _sides(
        facts, text.replace("Marrow Vale Health Board\n\n", "Ward news\n\n", 1), "Marrow Vale Health Board"
    )


def test_a_unit_after_its_kinds_possessive_belongs_to_the_one_body_of_that_kind(facts):
    text = (
        "Clinic news\n\nNurses train at Kelby University in Leeds and attend classes at the university's School of "
        "Midwifery.\n"
    )
    assert ("owner", "Kelby University") in _sides(facts, text, "School of Midwifery")


def test_an_unplaced_government_name_takes_the_place_that_opens_its_outlets_name_when_nothing_else_settles_it(facts):
    text = (
        "LEEDS OBSERVER\nHome | News\n\nRefunds rise\n\nLeeds Observer  |  3 May 2025\n\nPatients from York and Hull "
        "treated in Zhuhai and Foshan can claim refunds, the Social Welfare Bureau said.\n"
    )
    assert ("setting", "UK") in _sides(facts, text, "Social Welfare Bureau")


def test_a_place_possessive_before_a_body_gives_its_jurisdiction(facts):
    text = "A report by Macao's Social Welfare Bureau shows that the scheme grew."
    cues = cues_of(facts, text, "Social Welfare Bureau")["jurisdiction"]
    assert cues[0]["label"] == "Macao"


def test_a_base_told_at_the_end_of_a_sentence_or_after_a_described_kind_gives_the_jurisdiction(facts):
    text = "The clinic is run by Tavira Care Group, a private clinic chain based in Macao."
    assert cues_of(facts, text, "Tavira Care Group")["jurisdiction"][0]["label"] == "Macao"
    text = "The clinic is run by Kelby Care Group, which is based in Leeds."
    assert cues_of(facts, text, "Kelby Care Group")["jurisdiction"][0]["label"] == "UK"


def test_a_footer_places_the_bodies_it_names(facts):
    text = "Kestrel Wire\n\nNurses met in Leeds.\n© 2026 Kestrel Media Ltd, Hong Kong. All rights reserved.\n"
    assert {"level": "context", "label": "Hong Kong", "evidence": "Hong Kong (the page's footer)"} in cues_of(
        facts, text, "Kestrel Media Ltd"
    )["jurisdiction"]
    # a footer naming places of two jurisdictions, or none, places nobody
    text = "Kestrel Wire\n\nNurses met.\n© 2026 Kestrel Media Ltd, Leeds | Macao. All rights reserved.\n"
    assert all(c["level"] != "context" for c in cues_of(facts, text, "Kestrel Media Ltd")["jurisdiction"])


def _jurisdictions(facts, text, name):
    return [(c["level"], c.get("label") or c.get("parent")) for c in cues_of(facts, text, name)["jurisdiction"]]


def test_a_campus_a_body_is_said_to_have_places_the_body_and_what_it_houses(facts):
    text = (
        "Tollan University in Leeds and Marrow Medical University opened a centre. The Tollan-Marrow Centre for "
        "Nursing, housed on Marrow's Harbin campus, will train nurses."
    )
    assert ("site", "mainland China") in _jurisdictions(facts, text, "Marrow Medical University")
    assert ("context", "mainland China") in _jurisdictions(facts, text, "Tollan-Marrow Centre for Nursing")
    # a short form that is a word of two names opens neither
    text = (
        "Harbin Marrow Biotech and Marrow Kestrel Diagnostics Ltd signed a deal. Officials toured Marrow's Harbin "
        "campus."
    )
    assert _jurisdictions(facts, text, "Marrow Kestrel Diagnostics Ltd") == []


def test_a_campus_in_an_unknown_district_named_after_its_town_places_nothing(facts):
    text = "Marrow Medical University hosted the signing. Guests toured Marrow's Kowloon Tong campus."
    assert ("site", "UK") not in _jurisdictions(facts, text, "Marrow Medical University")
    text = text.replace("Kowloon Tong", "Sha Tin")
    assert ("site", "Hong Kong") in _jurisdictions(facts, text, "Marrow Medical University")


def test_the_owner_of_premises_the_article_places_is_based_there(facts):
    text = (
        "Marrow Biotech and Kestrel Pharma are to build a plant in Swansea. The plant will be owned by a new joint "
        "venture, Marrow Kestrel Manufacturing Ltd, in which each holds half. Marrow also runs a plant in Harbin."
    )
    assert ("site", "UK") in _jurisdictions(facts, text, "Marrow Kestrel Manufacturing Ltd")
    # "the plant" is the plant named last before it
    text = text.replace("in which each holds half.", "in which each holds half. A plant in Harbin opened.")
    text = text.replace("The plant will be owned", "A plant in Harbin opened. The plant will be owned")
    assert ("site", "mainland China") in _jurisdictions(facts, text, "Marrow Kestrel Manufacturing Ltd")


def test_a_campus_abroad_does_not_move_a_body_the_text_places_at_home(facts):
    from analysis.facts.attributes import collect, decide
    from analysis.facts.entities import entity_id

    text = (
        "Tollan University, the Leeds-based institution, will teach medicine at Tollan University's Harbin campus. "
        "Tollan University will send 20 staff."
    )
    rows = [dict(r, doc_id="x") for r in facts(text)]
    assert decide(collect(rows))[entity_id("organization", "Tollan University")][1] == "UK"


def test_a_part_named_after_a_body_written_head_of_its_words_belongs_to_it(facts):
    text = (
        "The University of Tarrow signed a deal. Staff of Tarrow Medical School and the Tarrow Centre for Global "
        "Health will take part."
    )
    for name in ("Tarrow Medical School", "Tarrow Centre for Global Health"):
        assert ("owner", "University of Tarrow") in _jurisdictions(facts, text, name)


def test_a_body_in_apposition_after_its_kinds_possessive_belongs_to_the_one_body_of_that_kind(facts):
    text = "Kestrel NHS Foundation Trust signed. It is funded by the trust's own charity, Kestrel Hospitals Charity."
    assert ("owner", "Kestrel NHS Foundation Trust") in _jurisdictions(facts, text, "Kestrel Hospitals Charity")


def test_a_class_phrase_of_four_words_after_a_name_places_it(facts):
    text = "The home is run by Marrow Tai Holdings, a Hong Kong property and healthcare group."
    assert ("context", "Hong Kong") in _jurisdictions(facts, text, "Marrow Tai Holdings")


def test_the_sites_own_name_on_its_first_line_takes_the_place_its_copyright_line_states(facts):
    text = (
        "KESTREL HEALTH NEWS\nHome | Deals\n\nA plant opened in Harbin. Photograph: Kestrel Health News\n\n"
        "© 2026 KHN Publishing Ltd, London. All rights reserved.\n"
    )
    assert ("context", "UK") in _jurisdictions(facts, text, "Kestrel Health News")


def test_a_stated_seat_places_the_body_the_sentence_before_opens_with(facts):
    text = (
        "The Anglo-Westland Nursing Consortium brings together Tollan University and Marrow Hospital. Its "
        "secretariat will be based in Leeds."
    )
    assert ("seat", "UK") in _jurisdictions(facts, text, "Anglo-Westland Nursing Consortium")
    assert ("seat", "UK") not in _jurisdictions(facts, text, "Marrow Hospital")


def test_a_seat_stated_after_whose_places_the_body_named_last_before_it(facts):
    text = (
        "Tollan University drafted it with help from the Marrow Clinical Alliance, a network of 30 hospitals in the "
        "region whose secretariat is based in Leeds."
    )
    assert ("seat", "UK") in _jurisdictions(facts, text, "Marrow Clinical Alliance")
    assert ("seat", "UK") not in _jurisdictions(facts, text, "Tollan University")


def test_a_footers_mainland_filing_number_places_its_holder_in_mainland_china():
    from analysis.extract.org_cues import footer_place

    assert footer_place("Copyright © 2026 Kestrel Daily. All rights reserved. 粤ICP备12345678号")["label"] == (
        "mainland China"
    )
    assert footer_place("© 2026 Kestrel Daily, Leeds. 粤ICP备12345678号") is None  # two jurisdictions: none


def test_the_home_a_sentence_states_beats_a_town_word_the_article_names_only_in_the_name(facts):
    text = "Lianhe Mutual Insurance, a Macao insurer, sold 800 policies. It plans more."
    assert _jurisdictions(facts, text, "Lianhe Mutual Insurance") == [("context", "Macao")]
    # a place the article names of its own keeps its weight
    text = "Lianhe Mutual Insurance, a Macao insurer, sold 800 policies in Lianhe."
    assert ("branch", "mainland China") in _jurisdictions(facts, text, "Lianhe Mutual Insurance")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tavira Biologics, a British drug developer spun out of research in Oxford, signed a deal.", "UK"),
        ("Kelby Care Group, a private hospital operator from the UK, won a contract.", "UK"),
        ("Morrow Star Hospital, a new public hospital in Chongqing's Yubei district, opened.", "mainland China"),
    ],
)
def test_the_places_of_a_description_after_the_name_give_its_jurisdiction(facts, text, label):
    name = text.split(",")[0]
    assert cues_of(facts, text, name)["jurisdiction"][0]["label"] == label


def test_a_description_naming_two_sides_gives_no_jurisdiction(facts):
    text = "Tavira Biologics, a venture owned jointly by British and Chinese investors, signed a deal."
    assert not cues_of(facts, text, "Tavira Biologics").get("jurisdiction")


def _sides(facts, text, name):
    """(level, label) of the jurisdiction cues of every mention of `name`."""
    rows = [r for r in facts(text, "organization") if r["name"] == name]
    assert rows, f"{name} not extracted"
    return [(c["level"], c.get("label") or c.get("parent")) for r in rows for c in r["org_cues"]["jurisdiction"]]


def test_a_body_contributing_a_sum_in_one_sides_currency_is_weakly_of_that_side(facts):
    text = (
        "Tarrow Medical University will contribute 12 million yuan to build the centre, while the University of "
        "Kelby is putting in £1.5 million for equipment."
    )
    assert ("funds", "mainland China") in _sides(facts, text, "Tarrow Medical University")
    assert ("funds", "UK") in _sides(facts, text, "University of Kelby")
    text = "The Marrow Foundation and the Kelby Trust will put in £2 million and HK$9 million respectively."
    assert ("funds", "UK") in _sides(facts, text, "Marrow Foundation")
    assert ("funds", "Hong Kong") in _sides(facts, text, "Kelby Trust")


def test_a_body_giving_a_grant_in_one_sides_currency_is_weakly_of_that_side(facts):
    text = (
        "The course in Harbin is paid for by a GBP 90,000 grant from the Department of Welfare, and its prizes "
        "by 2 million yuan in funding from the Tarrow Foundation. Kelby Pharma invested £5 million from Tarrow."
    )
    assert ("funds", "UK") in _sides(facts, text, "Department of Welfare")
    assert ("funds", "mainland China") in _sides(facts, text, "Tarrow Foundation")
    assert all(c[0] != "funds" for c in _sides(facts, text, "Kelby Pharma"))


def test_a_short_form_in_a_list_of_contributors_stands_for_the_bodies_of_its_word(facts):
    text = (
        "Tarrow University and Kelby Medical University signed. They will build a lab, with Tarrow and Kelby "
        "contributing £3 million and 20 million yuan respectively."
    )
    assert ("funds", "UK") in _sides(facts, text, "Tarrow University")
    assert ("funds", "mainland China") in _sides(facts, text, "Kelby Medical University")


def test_buying_or_a_sum_shared_by_several_bodies_gives_no_side(facts):
    text = "Kelby Pharma paid £40 million for Tarrow Biotech."
    assert all(c[0] != "funds" for c in _sides(facts, text, "Kelby Pharma"))
    text = "Tarrow University and Kelby Medical University will contribute £3 million to the lab."
    assert all(c[0] != "funds" for c in _sides(facts, text, "Tarrow University"))


def test_a_body_takes_the_side_of_the_bodies_named_after_the_same_word(facts):
    text = (
        "Marrow University signed a deal. Marrow Teaching Hospitals NHS Foundation Trust will send staff to "
        "the Marrow-Kelby Centre in Harbin."
    )
    assert ("namesake", "UK") in _sides(facts, text, "Marrow University")
    # bodies of two sides sharing the word place nobody
    text = (
        "Marrow University signed a deal. Marrow Teaching Hospitals NHS Foundation Trust and Marrow Harbin "
        "Biotech will take part."
    )
    assert all(c[0] != "namesake" for c in _sides(facts, text, "Marrow University"))
    # a venture named after a British and a Chinese parent takes neither side unless the text calls it a joint
    # venture (`test_a_joint_venture_of_a_mainland_and_a_foreign_parent_is_a_mainland_company`)
    text = (
        "Marrow Teaching Hospitals NHS Foundation Trust runs its China business through Marrow Tollan Health "
        "Management, set up with Harbin Tollan Holdings."
    )
    assert all(c[0] != "namesake" for c in _sides(facts, text, "Marrow Tollan Health Management"))


def test_the_publisher_a_footer_names_takes_no_side_from_the_articles_places(facts):
    text = (
        "Harbour Daily\n\nNurses met in Harbin. Doctors met in Dalian and Jinan.\n"
        "© 2026 Kestrel Daily Post. All rights reserved.\n"
    )
    assert all(c[0] != "setting" for c in _sides(facts, text, "Kestrel Daily Post"))


def test_a_seat_a_body_is_to_have_places_it(facts):
    text = "Each side will give £2 million towards a Kelby Centre for Ageing, to be based on the Leeds campus."
    assert ("seat", "UK") in _sides(facts, text, "Kelby Centre for Ageing")
    text = "They set up the Tarrow Eye Institute, which will be based in Harbin."
    assert ("seat", "mainland China") in _sides(facts, text, "Tarrow Eye Institute")


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Kelby Diagnostics, the Leeds-listed maker of blood tests, will build a plant.", "Kelby Diagnostics", "UK"),
        ("Tarrow Health, a Shenzhen-headquartered clinic chain, opened a ward.", "Tarrow Health", "mainland China"),
        (
            "Ann Kay, a partner at Shenzhen consultancy Birch Grey Advisory, said so.",
            "Birch Grey Advisory",
            "mainland China",
        ),
        ("Ann Kay, managing partner of Leeds consultancy Birch Grey Advisory, said so.", "Birch Grey Advisory", "UK"),
        (
            "Kelby Care Group, the Singapore-listed nursing-home operator based in Chengdu, will buy a stake.",
            "Kelby Care Group",
            "mainland China",
        ),
        (
            "The money comes from Tarrow Ventures, the Leeds venture fund that first invested in the firm in 2019",
            "Tarrow Ventures",
            "UK",
        ),
        (
            "The plan is sold with mainland partner Birch Grey Insurance, the firm said.",
            "Birch Grey Insurance",
            "mainland China",
        ),
    ],
)
def test_a_place_joined_to_a_participle_or_set_before_a_kind_of_body_says_where_it_is(facts, text, name, label):
    assert [c["label"] for c in cues_of(facts, text, name)["jurisdiction"]] == [label]


def test_a_news_title_is_placed_only_by_the_place_of_a_side_it_opens_with_as_a_weak_cue():
    """A local paper is named after where it is; the place that opens its title is the weakest cue of a name, below
    what the text says (a footer's place), and a title's other words place nothing."""
    assert news_title("Eastport Business Herald") and news_title("Northvale Post Online")
    assert name_cues("Eastport Business Herald") == []
    assert name_cues("Shenzhen Evening Post") == [
        {"level": "form", "label": "mainland China", "evidence": "Shenzhen (the place a title opens with)"}
    ]
    assert [(c["level"], c["label"]) for c in name_cues("MACAO HARBOUR TIMES")] == [("form", "Macao")]
    assert [(c["level"], c["label"]) for c in name_cues("The Leeds Evening Ledger")] == [("form", "UK")]
    assert type_of("Harbin News Network") == ("company", "News Network")
    assert [c["label"] for c in name_cues("Harbin News Network")] == ["mainland China"]
    assert name_cues("Seoul Harbour Daily") == []  # a place of no side
    assert name_cues("Evening Post of Harbin") == []  # not where the title opens
    assert LEVELS.index("form") > LEVELS.index("context")
    # not a news title: a body of another kind whose name holds a news word, or no news word at all
    assert not news_title("Shenzhen Government Online")
    assert name_cues("Shenzhen Government Online")[0]["label"] == "mainland China"
    assert name_cues("Leeds Medical Devices")[0]["label"] == "UK"


def test_a_registry_outlet_keeps_its_place_and_passes_it_to_the_group_that_owns_it():
    assert [(c["level"], c["label"]) for c in name_cues("Foshan Daily")] == [("known", "mainland China")]
    group = name_cues("Foshan Daily Newspaper Group")
    assert [(c["level"], c["label"]) for c in group] == [("name", "mainland China")]
    assert type_of("Foshan Daily")[0] == "company"


def test_a_registry_name_with_its_short_form_in_brackets():
    assert registry_entry("Tsinghua University (THU)") == registry_entry("Tsinghua University")
    assert registry_entry("Eastmoor University (EU)") is None


def test_national_agencies_of_a_government_category_are_public_bodies_whatever_their_head_word():
    assert type_of("General Optical Council")[0] == "government"
    assert type_of("General Optical Council (GOC)")[0] == "government"
    assert type_of("Hong Kong Productivity Council")[0] == "government"
    assert type_of("Northvale Science Foundation")[0] == "association"
    assert type_of("Northvale Optical Council")[0] == "association"


def test_a_healthcare_group_gives_care():
    assert type_of("Tollan Healthcare Group") == ("hospital", "Healthcare Group")
    assert type_of("Tollan Investment Group")[0] == "company"


def test_a_joint_venture_of_a_mainland_and_a_foreign_parent_is_a_mainland_company(facts):
    text = (
        "Leeds-based Marrow Pharma and Harbin Kestrel Biotech renewed their joint venture, Kestrel-Marrow Generics, "
        "for ten years."
    )
    assert _jurisdictions(facts, text, "Kestrel-Marrow Generics") == [("namesake", "mainland China")]
    # not called a venture; placed by the text; parents on no mainland side
    assert (
        _jurisdictions(facts, text.replace("renewed their joint venture,", "launched"), "Kestrel-Marrow Generics") == []
    )
    placed = text.replace("for ten years", "based in Leeds")
    assert _jurisdictions(facts, placed, "Kestrel-Marrow Generics") == [("seat", "UK")]
    foreign = text.replace("Harbin Kestrel Biotech", "Kestrel Biotech of Paris")
    assert _jurisdictions(facts, foreign, "Kestrel-Marrow Generics") == []


def test_the_british_form_of_a_university_name_is_a_weak_cue(facts):
    assert name_cues("University of Tarrowby") == [
        {"level": "form", "label": "UK", "evidence": "University of Tarrowby (the form of the name)"}
    ]
    # a place, a field or another body's head in the name: the form says nothing
    assert all(c["level"] != "form" for c in name_cues("University of Macau"))
    assert name_cues("University of Nursing") == []
    assert all(c["level"] != "form" for c in name_cues("University of Tarrowby-Harbin Hospital"))
    assert name_cues("Tarrowby University") == []
    # what the text says of the body outranks the form
    text = "The University of Tarrowby, based in Macao, signed a deal."
    assert LEVELS.index("seat") < LEVELS.index("form")
    assert ("seat", "Macao") in _sides(facts, text, "University of Tarrowby")


def test_a_list_of_names_shares_the_class_phrase_before_it(facts):
    text = "Two Bristol backers, Marrow Ventures and the Kestrel Health Fund, put in more money."
    assert ("context", "UK") in _sides(facts, text, "Kestrel Health Fund")
    text = "The scheme pays two Macao private insurers, Tollan Assurance and Kestrel Insurance, for claims."
    assert ("context", "Macao") in _sides(facts, text, "Tollan Assurance")
    assert ("context", "Macao") in _sides(facts, text, "Kestrel Insurance")
    # a name out of the list is not placed by it
    text = "Two Bristol backers, Marrow Ventures and Ashby Partners, put in more. Tollan Capital did not."
    assert all(c[0] != "context" for c in _sides(facts, text, "Tollan Capital"))


def test_both_bodies_of_a_pair_said_to_be_part_of_a_third_are_its_parts(facts):
    text = (
        "The centre is funded by the Marlin Research Council (MRC) and the Ostley Social Research Council (OSRC), "
        "both part of Norvia Research Office."
    )
    for name in ("Marlin Research Council", "Ostley Social Research Council"):
        owners = [c.get("parent") for c in cues_of(facts, text, name)["jurisdiction"] if c["level"] == "owner"]
        assert owners == ["Norvia Research Office"]


def test_an_unplaced_government_body_of_a_story_filed_from_a_place_is_that_places(facts):
    """Where the places named settle nothing, the dateline does: "HONG KONG, ... the Health Bureau announced"."""
    text = (
        "HONG KONG, Aug 19 (Kelby Wire) - Vouchers will be accepted at clinics in Guangzhou, Foshan and Zhuhai, the "
        "Health Bureau announced.\n\nIn Macao, the Health Bureau of Macao said residents used vouchers in Hengqin."
    )
    assert ("setting", "Hong Kong") in _jurisdictions(facts, text, "Health Bureau")
    assert ("name", "Macao") in _jurisdictions(facts, text, "Health Bureau of Macao")


def test_two_sides_joined_in_a_name_leave_its_other_place_to_say_where_it_is(facts):
    text = (
        "Patients were moved to the Nansha Guangdong-Macao Rehabilitation Hospital. The Shenzhen Hong Kong-Macao "
        "Clinic opened too. The Sino-British Clinic opened."
    )
    assert _jurisdictions(facts, text, "Nansha Guangdong-Macao Rehabilitation Hospital") == [
        ("branch", "mainland China")
    ]
    assert _jurisdictions(facts, text, "Shenzhen Hong Kong-Macao Clinic") == [("branch", "mainland China")]
    assert _jurisdictions(facts, text, "Sino-British Clinic") == []


def test_a_listed_name_with_a_place_of_its_own_keeps_it_over_the_lists_class_phrase(facts):
    text = "Leeds-based Tarnmoor University and Kelby Medical University in Suzhou will offer a degree."
    listed = [c["evidence"] for c in cues_of(facts, text, "Kelby Medical University")["jurisdiction"]]
    assert listed == ["in Suzhou"]


def test_a_part_named_after_whose_belongs_to_the_body_before_it(facts):
    text = "The board signed a deal with Tarn Medical University, whose School of Nursing will train the new staff."
    assert ("owner", "Tarn Medical University") in _sides(facts, text, "School of Nursing")


def test_a_bodys_own_address_on_a_line_naming_it_alone_says_where_it_is(facts):
    """ "Press contact: Kelby Polytechnic University news team, press@kpu.edu.hk": Hong Kong; a generic domain, or a
    line naming two bodies, says nothing."""
    text = (
        "Nurses to study in Westport\n\nNurses from Kelby Polytechnic University and Tarn College will spend a term "
        "in Westport.\n\nPress contact: Kelby Polytechnic University news team, press@kpu.edu.hk\n"
        "Tarn College, www.tarn.com\n"
    )
    assert ("context", "Hong Kong") in _sides(facts, text, "Kelby Polytechnic University")
    assert _sides(facts, text, "Tarn College") == []
    two = text.replace("www.tarn.com", "and Kelby Polytechnic University, www.tarn.ac.uk")
    assert ("context", "UK") not in _sides(facts, two, "Tarn College")
