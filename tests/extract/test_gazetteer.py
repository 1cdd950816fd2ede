"""The gazetteer's one place -> jurisdiction rule, its towns and its words of nationality, on invented names and
reference data."""

from analysis.extract import gazetteer
from analysis.resources import table


def test_jurisdiction_of_places_of_every_level():
    assert gazetteer.jurisdiction("Oxford") == "UK"
    assert gazetteer.jurisdiction("Guangdong Province") == "mainland China"
    assert gazetteer.jurisdiction("HKSAR") == "Hong Kong"
    assert gazetteer.jurisdiction("Paris") == "other"


def test_jurisdiction_of_words_of_nationality():
    assert gazetteer.jurisdiction("British") == "UK"
    assert gazetteer.jurisdiction("Scottish") == "UK"
    assert gazetteer.jurisdiction("Chinese") == "mainland China"
    assert gazetteer.jurisdiction("Macanese") == "Macao"
    assert gazetteer.jurisdiction("German") == "other"


def test_no_jurisdiction_for_what_is_not_one_country():
    assert gazetteer.jurisdiction("Europe") is None
    assert gazetteer.jurisdiction("Eastmoor") is None


def test_small_towns_have_a_jurisdiction_but_are_not_place_names():
    assert gazetteer.town("Didcot") == "GB"
    assert gazetteer.jurisdiction("Didcot") == "UK"
    # towns share their names with people, so the name tests the extractors use leave them out
    assert not gazetteer.is_place_name("Didcot")


def test_a_larger_city_elsewhere_wins_a_town_name():
    assert gazetteer.jurisdiction("Boston") == "other"


def test_every_word_of_nationality_names_a_known_place():
    for word, place in table("place_demonyms.tsv"):
        assert gazetteer.country_code(place), (word, place)


def test_long_and_variant_forms_of_the_special_administrative_regions():
    assert gazetteer.canonical("Macao Special Administrative Region") == "Macao"
    assert gazetteer.canonical("the Chinese mainland") == "Chinese mainland"
    assert gazetteer.jurisdiction("Chinese mainland") == "mainland China"


def test_districts_and_zones_of_the_bay_area_have_their_city_and_jurisdiction():
    assert gazetteer.district_city("Futian District") == "Shenzhen"
    assert gazetteer.district_city("Hengqin") == "Zhuhai"
    assert gazetteer.jurisdiction("Qianhai Cooperation Zone") == "mainland China"
    assert gazetteer.jurisdiction("Tuen Mun") == "Hong Kong"
    assert gazetteer.district_city("Eastmoor District") is None


def test_every_district_row_names_a_known_city_a_country_a_level_and_a_source():
    levels = set(gazetteer.level_words().values())
    for row in table("place_districts.tsv"):
        assert len(row) == 5 and row[4] and row[3] in levels, row
        assert gazetteer.country_code(row[1]) == row[2], row


def test_a_district_or_zone_of_the_table_has_its_level():
    """ "Futian" is a district, "Hengqin" a zone: what "the district" or "the zone" of a later sentence may stand
    for; a name the table lacks has none."""
    assert gazetteer.district_level("Futian") == "district"
    assert gazetteer.district_level("Futian District") == "district"
    assert gazetteer.district_level("Hengqin") == "zone"
    assert gazetteer.district_level("Leeds") is None


def test_a_town_with_its_place_word_keeps_the_towns_jurisdiction():
    assert gazetteer.jurisdiction("Didcot Town") == "UK"
    assert gazetteer.jurisdiction("Eastmoor Town") is None


def test_an_ordinary_word_that_is_another_name_of_a_very_large_city_is_no_place_in_a_name():
    from analysis.extract.org_cues import name_places

    assert gazetteer.country_code("Garden") is None
    assert gazetteer.country_code("Peking") == "CN"  # another name of a city, and no ordinary word
    assert name_places("Lotus Garden Care Home") == []


def test_a_dateline_opens_its_line_in_any_case():
    opens_dateline = gazetteer.opens_dateline
    assert opens_dateline("Leeds, UK - Kelby plc today announces a deal.", 0)
    assert opens_dateline("Intro.\nNORTHFIELD, May 3 - The trust said.", 7)
    assert not opens_dateline("Leeds researchers said the trial worked.", 0)
    assert not opens_dateline("Leeds and York signed a deal.", 0)
    assert not opens_dateline("In Leeds, UK - a city of trials.", 3)
