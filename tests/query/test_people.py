"""Where a person stands: the jurisdiction of their affiliation, else a place word of their role."""

from factstore import fact, store_of

from analysis.query import initiatives, people


def test_role_side_reads_the_holders_place_not_the_portfolio():
    assert people.role_side("UK minister for Europe and trade") == "UK"
    assert people.role_side("Hong Kong Labour Secretary") == "Hong Kong"
    assert people.role_side("deputy head of the Macao SAR office") == "Macao"
    assert people.role_side("British Ambassador") == "UK"
    # a place joined by a hyphen to a lower-case word ("Macao-side", "Hong Kong-based") is still the place
    assert people.role_side("dean and the programme's Macao-side director") == "Macao"
    assert people.role_side("Hong Kong-based adviser") == "Hong Kong"


def test_role_side_leaves_out_where_an_envoy_is_sent():
    assert people.role_side("the Prime Minister's Trade Envoy to Peru") is None
    assert people.role_side("Chilean Ambassador to the UK") is None
    assert people.role_side("British Consul General to Hong Kong") == "UK"
    # where an envoy is posted is not their side; the style of the Crown's envoys is the UK's
    assert people.role_side("Consul-General in Tollan") is None
    assert people.role_side("Ambassador at Norvia") is None
    assert people.role_side("His Majesty's Consul-General in Tollan") == "UK"
    assert people.role_side("HM Trade Commissioner for China") == "UK"
    assert people.role_side("adviser to the Hong Kong government") == "Hong Kong"
    assert people.role_side("Secretary for Transport") is None
    assert people.role_side("Minister for Hong Kong Affairs") is None
    assert people.role_side(None) is None
    # a state written with a possessive before the role ("the UK's health secretary")
    assert people.role_side("UK's health secretary") == "UK"
    assert people.role_side("Hong Kong's Secretary for Transport") == "Hong Kong"


def test_sides_prefer_the_affiliation_then_the_role(tmp_path):
    rows = [
        fact("a", "organization", 0, name="Kestrel Trust", jurisdiction="UK"),
        fact("a", "organization", 10, name="Eastbay Bureau", jurisdiction="unknown"),
        fact("a", "person", 20, name="Ann Lowe", role="Director", affiliation="Kestrel Trust"),
        fact("b", "organization", 0, name="Kestrel Trust", jurisdiction="UK"),
        fact("b", "person", 20, name="Ann Lowe", role="Chair", affiliation="Kestrel Trust"),
        # an affiliation the facts do not place: the role speaks
        fact("a", "person", 40, name="Wai Ho", role="Hong Kong Labour Secretary", affiliation="Eastbay Bureau"),
        fact("a", "person", 60, name="Sara Lin", role="Secretary for Transport"),
        # the short form of a placed body's name stands where that body does
        fact("c", "organization", 0, name="Westport Hospital", jurisdiction="unknown"),
        fact("c", "organization", 30, name="University of Westport Hospital", jurisdiction="mainland China"),
        fact("c", "person", 60, name="Li Wen", role="Chief Executive", affiliation="Westport Hospital"),
    ]
    with store_of(tmp_path, rows) as s:
        got = people.sides(s, ["person:ann-lowe", "person:wai-ho", "person:sara-lin", "person:li-wen"])
        assert got == {
            "person:ann-lowe": {"side": "UK", "affiliation": "Kestrel Trust"},
            "person:wai-ho": {"side": "Hong Kong", "affiliation": "Eastbay Bureau"},
            # "Secretary for ..." is a title of Hong Kong and Macao, and of these the article names Hong Kong only
            "person:sara-lin": {"side": "Hong Kong", "affiliation": None},
            "person:li-wen": {"side": "mainland China", "affiliation": "Westport Hospital"},
        }
        assert people.body_sides(s, [("a", "Kestrel Trust"), ("a", "Eastbay Bureau"), ("b", "Nobody")]) == {
            ("a", "Kestrel Trust"): "UK",
            ("a", "Eastbay Bureau"): None,
            ("b", "Nobody"): None,
        }


def test_an_affiliation_its_article_leaves_unplaced_stands_where_the_body_is_decided_or_where_its_owner_is(tmp_path):
    """Kestrel Trust is placed by another article: its dean in this one stands there too; "the School of Nursing at
    Northvale University" is a unit of a UK body: its dean is British; a unit of an unplaced body stays unplaced."""
    unit = "The School of Nursing at Northvale University has signed a new agreement."
    other = "The Institute of Care at Tarn College opened."
    rows = [
        fact("a", "organization", 0, name="Kestrel Trust", jurisdiction="UK"),
        fact("b", "organization", 0, name="Kestrel Trust", jurisdiction="unknown"),
        fact("b", "person", 20, name="Ann Lowe", role="Dean", affiliation="Kestrel Trust"),
        fact("c", "organization", 4, 21, sentence=unit, name="School of Nursing", jurisdiction="unknown"),
        fact("c", "organization", 25, 45, sentence=unit, name="Northvale University", jurisdiction="UK"),
        fact("c", "person", 100, sentence_start=100, name="Tom Reed", role="Dean", affiliation="School of Nursing"),
        fact("d", "organization", 4, 21, sentence=other, name="Institute of Care", jurisdiction="unknown"),
        fact("d", "organization", 25, 37, sentence=other, name="Tarn College", jurisdiction="unknown"),
        fact("d", "person", 100, sentence_start=100, name="Li Wen", role="Head", affiliation="Institute of Care"),
    ]
    with store_of(tmp_path, rows) as s:
        initiatives.register_entities(s)
        got = people.sides(s, ["person:ann-lowe", "person:tom-reed", "person:li-wen"])
    assert got["person:ann-lowe"]["side"] == "UK"
    assert got["person:tom-reed"] == {"side": "UK", "affiliation": "School of Nursing"}
    assert got["person:li-wen"]["side"] is None


def test_opening_side_places_the_people_named_after_it():
    text = "Dr Ann Lowe spoke first. On the UK side, Tom Reed and Sara Lin attended."
    assert people.opening_side(text, text.index("Tom")) == "UK"
    assert people.opening_side(text, text.index("Sara")) == "UK"
    assert people.opening_side(text, text.index("Ann")) is None  # named before the phrase
    text = "On the hospital side, Tom Reed attended."
    assert people.opening_side(text, text.index("Tom")) is None  # a body's side, not a place's
    assert people.opening_side(None, 0) is None


def test_sides_fall_back_on_the_side_a_sentence_opens_with(tmp_path):
    sentence = "On the Hong Kong side, Vice President Wai Ho attended."
    rows = [
        fact(
            "a",
            "person",
            100 + sentence.index("Wai"),
            sentence_start=100,
            sentence=sentence,
            name="Wai Ho",
            role="Vice President",
        ),
    ]
    with store_of(tmp_path, rows) as s:
        assert people.sides(s, ["person:wai-ho"]) == {"person:wai-ho": {"side": "Hong Kong", "affiliation": None}}


def test_place_words_reads_places_and_nationalities_in_text_order():
    from analysis.query.scope import place_words

    assert place_words("When the Chinese President visited the UK, the two countries signed deals.") == [
        "mainland China",
        "UK",
    ]
    assert place_words("Hong Kong Labour Secretary") == ["Hong Kong"]
    assert place_words("Hong Kong's Labour Secretary met Britain’s envoy.") == ["Hong Kong", "UK"]
    assert place_words("The Secretary for Transport spoke.") == []


def test_system_side_reads_a_title_of_office_against_the_states_the_article_names():
    assert people.system_side("Health Secretary", {"UK", "mainland China"}) == "UK"
    assert people.system_side("Health Secretary", {"UK", "Hong Kong"}) is None  # both systems use the title
    assert people.system_side("Health Secretary", {"mainland China"}) is None
    assert people.system_side("Vice Premier", {"UK", "mainland China"}) == "mainland China"
    assert people.system_side("Secretary for Social Affairs and Culture", {"Macao", "mainland China"}) == "Macao"
    assert people.system_side("Trade Envoy", {"UK", "mainland China"}) is None  # no title of one system
    assert people.system_side(None, {"UK"}) is None


def test_system_side_takes_the_jurisdiction_the_articles_places_point_to_among_those_of_the_title():
    """Of the jurisdictions a title allows, the one the article names three times as often as the others; never
    one the title does not allow, and none when the article is divided."""
    from collections import Counter

    westport = Counter({"Hong Kong": 8, "mainland China": 18, "Macao": 1})
    assert people.system_side("Deputy Secretary for Health", westport) == "Hong Kong"
    assert people.system_side("Director of Health", westport) == "Hong Kong"
    assert people.system_side("Deputy Secretary for Health", Counter({"Hong Kong": 4, "Macao": 3})) is None
    assert people.system_side("Health Secretary", Counter({"UK": 9, "Hong Kong": 2})) == "UK"
    assert people.system_side("Vice Premier", Counter({"UK": 9, "Hong Kong": 2})) is None


def test_sides_fall_back_on_the_system_of_a_title(tmp_path):
    rows = [
        fact("a", "place", 0, name="Westshire", jurisdiction="UK"),
        fact("a", "organization", 20, name="Eastbay Health Bureau", jurisdiction="mainland China"),
        fact("a", "person", 40, name="Tom Reed", role="Health Secretary"),
        fact("b", "place", 0, name="Westshire", jurisdiction="UK"),
        fact("b", "place", 20, name="Harbour Point", jurisdiction="Hong Kong"),
        fact("b", "person", 40, name="Ann Lowe", role="Health Secretary"),
    ]
    with store_of(tmp_path, rows) as s:
        got = people.sides(s, ["person:tom-reed", "person:ann-lowe"])
        assert got == {
            "person:tom-reed": {"side": "UK", "affiliation": None},
            "person:ann-lowe": {"side": None, "affiliation": None},  # the article names both systems that use it
        }


def test_a_mayors_title_is_a_citys_and_no_sars():
    from collections import Counter

    assert people.system_side("Deputy Mayor", Counter({"mainland China": 12, "Hong Kong": 1})) == "mainland China"
    assert people.system_side("Deputy Mayor", Counter({"Hong Kong": 12, "mainland China": 1})) == "mainland China"
    assert people.system_side("Mayor", Counter({"UK": 3, "mainland China": 3})) is None  # divided
    assert people.system_side("Lord Mayor", Counter({"UK": 2, "mainland China": 9})) == "UK"
    # the title as journalists write it, in lower case
    assert people.system_side("Vice-mayor", Counter({"mainland China": 12})) == "mainland China"
    assert people.system_side("deputy mayor", Counter({"mainland China": 12})) == "mainland China"
    assert people.system_side("lord mayor", Counter({"UK": 2, "mainland China": 9})) is None
