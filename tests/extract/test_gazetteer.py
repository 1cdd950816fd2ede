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
