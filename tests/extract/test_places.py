"""Places on hand-written sentences."""


def test_countries_and_variants(facts):
    rows = facts("Doctors from Britain and Macau travelled to France.", "place")
    assert {r["name"] for r in rows} == {"United Kingdom", "Macao", "France"}


def test_place_inside_an_organisation_name_is_not_a_place(facts):
    rows = facts("She works at the Shanghai Eye Hospital.", "place")
    assert rows == []


def test_province_and_region(facts):
    rows = facts("The clinic opened in Yunnan Province, near the Pearl River Delta.", "place")
    assert {r["name"] for r in rows} == {"Yunnan", "Pearl River Delta"}


def test_a_county_named_before_its_own_bureau_is_still_a_place(facts):
    rows = facts(
        "Villagers in the hills of Tarnwick County no longer travel far. Lin Wei, director of the Tarnwick County "
        "Health Bureau, said so.",
        "place",
    )
    assert [r["text"] for r in rows] == ["Tarnwick County"]


def test_a_headlines_capitalised_first_word_before_a_level_word_is_no_place(facts):
    text = "Mountain county links clinics to specialists\n\nTarnwick county opened 16 clinics. Tarnwick county paid."
    assert [r["text"] for r in facts(text, "place")] == ["Tarnwick county", "Tarnwick county"]


def test_a_number_or_quantifier_before_a_place_word_is_no_place(facts):
    rows = facts("Six county hospitals joined the Tarnby Province scheme. Several District clinics did too.", "place")
    assert {r["text"] for r in rows} == {"Tarnby Province"}
    amounts = facts("Six county medical alliances now cover the towns of Tarnby and Deeford.", "amount")
    assert amounts[0]["text"] == "Six" and amounts[0]["place"] != "Six"


def test_the_regions_of_england_are_places_in_the_uk(facts):
    from analysis.extract import gazetteer

    rows = facts("The maker employs 300 people in Yorkshire and the East Midlands.", "place")
    assert {r["name"] for r in rows} == {"Yorkshire", "East Midlands"}
    assert {gazetteer.jurisdiction(r["name"]) for r in rows} == {"UK"}


def test_hksar_is_hong_kong(facts):
    rows = facts("Officials of the HKSAR visited Paris.", "place")
    assert {r["name"] for r in rows} == {"Hong Kong", "France"} or {r["name"] for r in rows} >= {"Hong Kong"}


def test_small_town_after_a_word_of_place(facts):
    rows = facts("The new clinic opened in Didcot last spring.", "place")
    assert [r["name"] for r in rows] == ["Didcot"]


def test_small_town_after_in_the(facts):
    rows = facts("Traffic in the Didcot area will ease.", "place")
    assert [r["name"] for r in rows] == ["Didcot"]


def test_small_town_needs_a_word_of_place(facts):
    assert facts("Didcot agreed to the plan on Monday.", "place") == []


def test_places_on_navigation_lines_are_not_places(facts):
    text = "Home | World | Leeds | Opinion\n\nThe hospital in Harbin opened a ward."
    rows = facts(text, "place")
    assert [r["name"] for r in rows] == ["Harbin"]


def test_possessive_city_is_not_part_of_the_district_name(facts):
    names = [r["name"] for r in facts("Zhuhai's Ashmoor District now has 5 hospitals.", "place")]
    assert "Ashmoor District" in names and not any("'s" in n for n in names)


def test_name_before_a_zone_word_is_a_place(facts):
    rows = facts("Clinics in the Tarnley cooperation zone will treat residents of Oskvale island.", "place")
    assert [r["name"] for r in rows] == ["Tarnley", "Oskvale"]


def test_nationality_before_a_zone_word_is_no_place(facts):
    assert facts("The British economic zone plan was dropped.", "place") == []


def test_programme_named_after_a_region_is_no_place(facts):
    rows = facts("The Healthy Tarnley Greater Bay Area programme was launched on Monday.", "place")
    assert rows == []
    # the programme's noun may come after one or two more capitalised words of its name
    text = "The Dental Voucher Greater Bay Area Pilot Scheme reaches clinics in the Greater Bay Area."
    assert [r["text"] for r in facts(text, "place")] == ["Greater Bay Area"]


def test_role_word_or_ordinary_word_opening_a_line_is_no_place(facts):
    text = "Notes\n\nConsul\nConsul General Tom Baxter attended.\n\nBirths\nBirths fell in the city; births rose."
    assert [r["name"] for r in facts(text, "place")] == []


def _jurisdictions(rows):
    return {r["text"]: r.get("jurisdiction") for r in rows}


def test_district_lies_in_the_city_named_after_it(facts):
    rows = facts("The clinic stands in Ashbury District of Shenzhen, near the border.", "place")
    assert _jurisdictions(rows)["Ashbury District"] == "mainland China"


def test_district_lies_in_the_city_named_before_it(facts):
    rows = facts("Macao's Pellow New Area will open a clinic next year.", "place")
    assert _jurisdictions(rows)["Pellow New Area"] == "Macao"


def test_zone_without_a_city_lies_in_the_articles_place(facts):
    text = (
        "Hospitals in Guangzhou and Foshan will share records.\n\n"
        "Patients of the Tarnbeck Cooperation Zone will be seen first, officials in Guangzhou said."
    )
    assert _jurisdictions(facts(text, "place"))["Tarnbeck Cooperation Zone"] == "mainland China"


def test_zone_in_an_article_of_several_places_stays_unplaced(facts):
    text = "Hospitals in Guangzhou, Hong Kong and Macao will share records with the Tarnbeck Cooperation Zone."
    assert _jurisdictions(facts(text, "place"))["Tarnbeck Cooperation Zone"] is None


def test_district_of_the_reference_table_is_known_without_its_city(facts):
    rows = facts("Residents of Hengqin and Luohu can now book scans.", "place")
    assert {r["name"] for r in rows} == {"Hengqin", "Luohu"}


def test_standard_city_abbreviation_in_a_headline(facts):
    rows = facts("SZ, HK clinics share scans\n\nThe two clinics signed a deal.", "place")
    assert {r["name"] for r in rows} == {"Shenzhen", "Hong Kong"}


def test_a_dateline_in_capitals_is_a_place(facts):
    text = "Trust renews\n\nLEEDS, May 3 - Westmoor Valley NHS Trust will open a clinic with Kelby Hospital.\n"
    rows = facts(text, "place")
    assert [(r["text"], r["name"]) for r in rows] == [("LEEDS", "Leeds")]
    text = "Trust renews\n\nNEWS - Westmoor Valley NHS Trust will open a clinic.\n"
    assert facts(text, "place") == []


def test_unknown_name_listed_with_places_is_a_place(facts):
    rows = facts("Coverage in Oskvale, Tarnbury and Leeds reached 52%, 44% and 39% respectively.", "place")
    assert {r["name"] for r in rows} == {"Oskvale", "Tarnbury", "Leeds"}
    rows = facts("Among the towns, Ch'angwe and Leeds had 2,000 and 1,800 beds respectively.", "place")
    assert {r["name"] for r in rows} == {"Ch'angwe", "Leeds"}


def test_two_word_name_listed_with_a_place_is_no_place(facts):
    text = "By Velma Tarquin in London and Wen Oskli in Leeds"
    assert {r["name"] for r in facts(text, "place")} == {"London", "Leeds"}


def test_person_introduced_with_a_role_is_no_place(facts):
    text = "Velma Tarquin, retail analyst at a Leeds brokerage, said margins were thin."
    assert [r["name"] for r in facts(text, "place")] == ["Leeds"]


def test_a_region_before_a_possessive_is_no_part_of_the_provinces_name(facts):
    rows = facts("Northern China's Tarn Province saved 40 million yuan on drugs last year.", "place")
    assert "Tarn Province" in {r["name"] for r in rows}
    assert not any("'s" in r["name"] for r in rows)


def test_a_place_name_does_not_span_a_menus_double_spaces(facts):
    """ "News  Sport  Greater Bay Area  Culture": menu items parted by two spaces; the place is "Greater Bay Area"."""
    text = "TARN EVENING POST  |  News  Sport  Greater Bay Area  Culture  Letters\n\nClinics opened in Foshan."
    got = [(r["text"], r["name"]) for r in facts(text, "place")]
    assert got == [("Greater Bay Area", "Greater Bay Area"), ("Foshan", "Foshan")]


def test_a_place_a_line_opens_with_in_capitals_before_its_possessive_is_a_place(facts):
    text = "Trust hires nurses\n\nLEEDS's hospital trust has hired 40 nurses this year. KELBY's trust agreed."
    rows = facts(text, "place")
    assert [(r["text"], r["name"]) for r in rows] == [("LEEDS", "Leeds")]


def test_the_surname_of_a_person_named_in_full_is_no_place(facts):
    text = (
        "Health minister Ola Preston opened the talks. The accord was signed in Guangzhou in the presence of Preston "
        "and Guangdong vice governor Wu Lanfen."
    )
    assert {r["text"] for r in facts(text, "place")} == {"Guangzhou", "Guangdong"}
    text = "Ann Jordan, a nurse, moved to Jordan in 2020."
    assert {r["text"] for r in facts(text, "place")} == {"Jordan"}


def test_the_name_of_the_wire_that_publishes_the_page_is_no_place(facts):
    text = (
        "Northline\nWorld | Business | Health\n\nHealth\n\nHospitals in Leeds and Hangzhou say pilot cut waits\n\n"
        "LEEDS, England, March 4 (Northline) - A hospital trust in Leeds and a hospital in Hangzhou cut scan waits, "
        "the partners said on Tuesday.\n\n© 2025 Northline. All rights reserved."
    )
    assert "Northline" not in {r["text"] for r in facts(text, "place")}


def test_a_neighbourhood_named_after_one_place_lies_where_the_text_puts_it(facts):
    text = "The bureau will open a clinic at the Hong Kong New Neighbourhood in Nansha next year. It will have 40 beds."
    rows = {r["text"]: r.get("jurisdiction") for r in facts(text, "place")}
    assert rows["Hong Kong New Neighbourhood"] == "mainland China"
    assert facts(text, "organization") == []


def test_a_listed_town_stays_a_place_though_a_body_is_named_after_it(facts):
    """ "hospitals in Tangping, Shuikou and Lubu towns" beside "Shuikou Hospital": the towns are places."""
    text = (
        "The first batch covers hospitals in Tangping, Shuikou and Lubu towns. Shuikou Hospital received 150 "
        "million yuan in municipal funds."
    )
    assert [r["name"] for r in facts(text, "place")] == ["Tangping", "Shuikou", "Lubu"]


def test_a_name_with_its_number_is_no_place(facts):
    text = (
        "KX-114 is a conjugate that targets Claudin 18.2, a protein found on the surface of many gastric and "
        "pancreatic tumours."
    )
    assert facts(text, "place") == []
