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
    names = [r["name"] for r in facts("Zhuhai's Xiangzhou District now has 5 hospitals.", "place")]
    assert "Xiangzhou District" in names and not any("'s" in n for n in names)


def test_name_before_a_zone_word_is_a_place(facts):
    rows = facts("Clinics in the Tarnley cooperation zone will treat residents of Oskvale island.", "place")
    assert [r["name"] for r in rows] == ["Tarnley", "Oskvale"]


def test_nationality_before_a_zone_word_is_no_place(facts):
    assert facts("The British economic zone plan was dropped.", "place") == []


def test_programme_named_after_a_region_is_no_place(facts):
    rows = facts("The Healthy Tarnley Greater Bay Area programme was launched on Monday.", "place")
    assert rows == []


def test_role_word_or_ordinary_word_opening_a_line_is_no_place(facts):
    text = "Notes\n\nConsul\nConsul General Tom Baxter attended.\n\nBirths\nBirths fell in the city; births rose."
    assert [r["name"] for r in facts(text, "place")] == []
