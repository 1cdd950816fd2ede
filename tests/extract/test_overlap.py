"""The overlap policy."""

from analysis.extract.nlp import Mention
from analysis.extract.overlap import drop_short_names, resolve_names, resolve_numbers


def test_longest_then_organisation_wins():
    org = Mention("organization", 0, 20, "organizations.headed_name", {"name": "x"})
    place = Mention("place", 0, 7, "places.gazetteer", {"name": "y"})
    person = Mention("person", 21, 30, "people.ner", {"name": "z"})
    assert resolve_names([place, person, org]) == [org, person]


def test_same_span_organisation_beats_place():
    org = Mention("organization", 0, 3, "organizations.acronym", {"name": "x"})
    place = Mention("place", 0, 3, "places.ner", {"name": "y"})
    assert resolve_names([place, org]) == [org]


def test_number_inside_name_or_date_is_not_an_amount():
    name = Mention("organization", 0, 20, "organizations.headed_name", {"name": "x"})
    a1 = Mention("amount", 5, 7, "amounts.number", {"unit": "count"})
    a2 = Mention("amount", 30, 32, "amounts.number", {"unit": "count"})
    d = Mention("date", 28, 35, "dates.absolute", {"date": "2020-01-05"})
    amounts, dates = resolve_numbers([a1, a2], [d], [name])
    assert amounts == [] and dates == [d]


def test_organisation_running_into_a_person_is_cut_before_and():
    text = "Delta Care Network and Mia Holt spoke."
    org = Mention("organization", 0, 31, "organizations.headed_name", {"name": "Delta Care Network and Mia Holt"})
    person = Mention("person", 23, 31, "people.ner", {"name": "Mia Holt"})
    kept = resolve_names([org, person], text)
    assert [(m.kind, text[m.start : m.end], m.fields["name"]) for m in kept] == [
        ("organization", "Delta Care Network", "Delta Care Network"),
        ("person", "Mia Holt", "Mia Holt"),
    ]


def _kept(text, mentions, roles=None):
    return [(m.kind, text[m.start : m.end], m.fields["name"]) for m in resolve_names(mentions, text, roles)]


def test_organisation_running_from_its_head_into_a_name_is_cut_or_dropped():
    text = "Head of Institute Tara Venn spoke. The Kell Clinic Ona Brae replied."
    a = text.index("Institute")
    b = text.index("Kell")
    orgs = [
        Mention(
            "organization",
            a,
            a + len("Institute Tara Venn"),
            "organizations.headed_name",
            {"name": "Institute Tara Venn"},
        ),
        Mention("organization", b, b + len("Kell Clinic Ona Brae"), "organizations.headed_name", {"name": "x"}),
    ]
    people = [
        Mention("person", text.index("Tara"), text.index(" spoke"), "people.role_before", {"name": "Tara Venn"}),
        Mention("person", text.index("Ona"), text.index(" replied"), "people.ner", {"name": "Ona Brae"}),
    ]
    assert _kept(text, orgs + people) == [
        ("person", "Tara Venn", "Tara Venn"),
        ("organization", "Kell Clinic", "Kell Clinic"),
        ("person", "Ona Brae", "Ona Brae"),
    ]


def test_a_role_next_to_a_person_is_not_an_organisation():
    text = "Varo Hospital's Chief Executive, Ada Quell, and the Deputy Chief Executive of Lisk Clinic, Bo Tam."
    org1 = Mention("organization", 0, text.index(","), "organizations.headed_name", {"name": "x"})
    s = text.index("Deputy")
    org2 = Mention("organization", s, text.index(", Bo"), "organizations.headed_name", {"name": "y"})
    roles = [(text.index("Chief"), text.index(", Ada")), (s, text.index(" of Lisk"))]
    assert _kept(text, [org1, org2], roles) == [
        ("organization", "Varo Hospital", "Varo Hospital"),
        ("organization", "Lisk Clinic", "Lisk Clinic"),
    ]


def test_a_role_only_organisation_is_dropped():
    text = "Regional Chief Executive Kai Moor"
    org = Mention("organization", 0, 24, "organizations.ner", {"name": "Regional Chief Executive"})
    assert _kept(text, [org], [(0, 24)]) == []


def _m(kind, start, end, name):
    return Mention(kind, start, end, "t", {"name": name})


def test_a_place_that_is_an_organisations_short_name_is_dropped():
    text = (
        "Dali Lakeside Hospital signed the deal with Realm Holdings. "
        "Nurses from Dali Lakeside will visit Realm and Kelby, and doctors in Dali District will host them."
    )

    def at(word, nth=0, name=None):
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return start, start + len(word), name or word

    orgs = [_m("organization", *at("Dali Lakeside Hospital")), _m("organization", *at("Realm Holdings"))]
    short = _m("place", *at("Dali", 1))  # a known place opening the short name "Dali Lakeside"
    realm = _m("place", *at("Realm", 1))  # unknown to reference data, opening an organisation's name
    kelby = _m("place", *at("Kelby"))  # opens no organisation's name
    district = _m("place", *at("Dali", 2))  # a place followed by a level word
    kept = drop_short_names([short, realm, kelby, district], orgs, text)
    assert kept == [kelby, district]


def test_a_name_after_the_first_words_of_an_organisations_name_is_dropped():
    text = "Leeds-listed Tarnvale Pharma bought Dali Oskbrook Biotech. Tarnvale and Oskbrook will hire staff in Dali."

    def at(word, nth=0):
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return start, start + len(word), word

    orgs = [_m("organization", *at("Leeds-listed Tarnvale Pharma")), _m("organization", *at("Dali Oskbrook Biotech"))]
    tarnvale = _m("place", *at("Tarnvale", 1))  # after a descriptive first word of the company's name
    oskbrook = _m("place", *at("Oskbrook", 1))  # after a known place opening the company's name
    dali = _m("place", *at("Dali", 1))  # a known place stays a place
    assert drop_short_names([tarnvale, oskbrook, dali], orgs, text) == [dali]


def test_a_place_written_with_its_level_word_stays_beside_a_government_named_by_it(facts):
    text = (
        "The largest project is Kestrel Hospital in Huadu district, which will cost 8 billion yuan. It will be run "
        "by Tarn University under an agreement with the Huadu district government."
    )
    assert [r["text"] for r in facts(text, "place")] == ["Huadu district"]
