from analysis.query import scope
from tests.factstore import fact, store_of


def _sides(s):
    return s.rows("SELECT doc_id, sentence_start, jurisdiction FROM sentence_sides ORDER BY ALL")


def test_a_partnership_sentence_takes_the_sides_of_its_parties(tmp_path):
    # the parties are named elsewhere in the article; the partnership's own sentence names none of them
    facts = [
        fact("a1", "organization", 0, 20, name="Northvale University", jurisdiction="UK"),
        fact("a1", "organization", 30, 50, name="Kestrel Institute", jurisdiction="Hong Kong"),
        fact("a1", "organization", 60, 75, name="Ann Lee Trust", jurisdiction="unknown"),
        fact(
            "a1",
            "partnership",
            300,
            340,
            sentence_start=300,
            parties=["Northvale University", "Kestrel Institute", "Ann Lee Trust", "Northvale University"],
            party_ids=[
                "org:northvale-university",
                "org:kestrel-institute",
                "org:ann-lee-trust",
                "org:northvale-university",
                None,
                "",
            ],
        ),  # fmt: skip
    ]
    with store_of(tmp_path, facts) as s:
        scope.register(s, scope.Scope("all"))
        assert _sides(s) == [
            {"doc_id": "a1", "sentence_start": 0, "jurisdiction": "Hong Kong"},
            {"doc_id": "a1", "sentence_start": 0, "jurisdiction": "UK"},
            {"doc_id": "a1", "sentence_start": 300, "jurisdiction": "Hong Kong"},
            {"doc_id": "a1", "sentence_start": 300, "jurisdiction": "UK"},
        ]


def test_scoped_is_a_packed_table_of_the_articles_in_focus_with_where_each_fact_stands(tmp_path):
    facts = [
        fact("a1", "organization", 0, 20, name="Northvale University", jurisdiction="UK"),
        fact("a1", "place", 30, 39, name="Hong Kong", jurisdiction="Hong Kong"),
        fact("a1", "quote", 100, 160, speaker="Ann Lee", quote="Kestrel Hospital will train our nurses"),
        fact("a1", "organization", 101, 117, name="Kestrel Hospital", jurisdiction="Hong Kong"),
        fact("a1", "organization", 170, 186, name="Kestrel Hospital", jurisdiction="Hong Kong"),
        fact("a2", "organization", 0, 20, name="Kestrel Hospital", jurisdiction="UK"),
    ]
    docs = [{"doc_id": "a1", "title_start": 0, "title_end": 25}, {"doc_id": "a2"}]
    with store_of(tmp_path, facts, docs) as s:
        scope.register(s, scope.Scope("china_uk"))
        rows = s.rows("SELECT doc_id, start, section, weight FROM scoped ORDER BY doc_id, start")
        kinds = s.rows("SELECT database_name FROM duckdb_tables() WHERE table_name = 'scoped'")
    assert rows == [
        {"doc_id": "a1", "start": 0, "section": "headline", "weight": 3},
        {"doc_id": "a1", "start": 30, "section": "body", "weight": 1},
        {"doc_id": "a1", "start": 100, "section": "body", "weight": 1},
        {"doc_id": "a1", "start": 101, "section": "quote", "weight": 2},
        {"doc_id": "a1", "start": 170, "section": "body", "weight": 1},
    ]
    # placed once, held compressed: a view would run the placement's joins in every query naming it
    assert kinds == [{"database_name": "packed"}]


def test_a_china_uk_article_joins_the_bay_area_strand_only_when_it_states_the_area_theme(tmp_path):
    def article(doc, theme):
        rows = [
            fact(doc, "organization", 0, 20, name="Northvale University", jurisdiction="UK"),
            fact(doc, "place", 30, 37, name="Foshan", jurisdiction="mainland China"),
            fact(doc, "place", 60, 68, name="Shenzhen", jurisdiction="mainland China"),
        ]
        return rows + ([fact(doc, "theme", 90, 106, theme="cross_border_care")] if theme else [])

    only_places = [fact("g1", "place", 0, 6, name="Foshan", jurisdiction="mainland China"),
                   fact("g1", "place", 20, 28, name="Shenzhen", jurisdiction="mainland China")]  # fmt: skip
    with store_of(tmp_path, article("c1", False) + article("c2", True) + only_places) as s:
        scope.register_articles(s, scope.Scope("all"))
        rows = s.rows("SELECT doc_id, strand, gba_fact IS NOT NULL AS area FROM strands ORDER BY doc_id")
    assert rows == [
        {"doc_id": "c1", "strand": "china_uk", "area": False},
        {"doc_id": "c2", "strand": "both", "area": True},
        {"doc_id": "g1", "strand": "gba", "area": True},
    ]


def test_an_article_set_in_mainland_places_outside_the_area_is_not_of_its_strand(tmp_path):
    """A county elsewhere in the province that names the Area's help once is no story of the Area: its cities lie
    beyond the Area's extent in reference data. A province or a country says nothing of where in it a story is set; a
    district of the Area's cities is in the Area, as is any place of Hong Kong or Macao; a place reference data does
    not know, or one inside the Area's extent but not of it, counts as neither."""

    def places(doc, *names):
        return [fact(doc, "place", 30 * i, 30 * i + 9, name=n, jurisdiction=j) for i, (n, j) in enumerate(names)]

    mainland, hk = "mainland China", "Hong Kong"
    rows = (
        places("a1", ("Guangdong", mainland), ("Meizhou", mainland), ("Meizhou City", mainland),
               ("Shantou", mainland), ("Shenzhen", mainland), ("Guangdong Province", mainland))
        + places("a2", ("Guangdong Province", mainland), ("Shenzhen", mainland), ("Futian District", mainland),
                 ("Meizhou", mainland))
        + places("a3", ("Harbourside", hk), ("Hong Kong", hk), ("Hong Kong", hk), ("China", mainland),
                 ("the mainland", mainland), ("Meizhou", mainland), ("Shantou", mainland))
        + places("a4", ("Shenzhen", mainland), ("Eastmoor", mainland), ("Eastmoor County", mainland),
                 ("Qingyuan", mainland), ("Guangdong", mainland))
    )  # fmt: skip
    with store_of(tmp_path, rows) as s:
        scope.register_articles(s, scope.Scope("all"))
        got = s.rows("SELECT doc_id, strand FROM strands ORDER BY doc_id")
    assert got == [
        {"doc_id": "a1", "strand": "neither"},
        {"doc_id": "a2", "strand": "gba"},
        {"doc_id": "a3", "strand": "gba"},
        {"doc_id": "a4", "strand": "gba"},
    ]


def test_passing_mentions_of_uk_places_make_no_uk_side(tmp_path):
    """ "Staff came from Peru, Britain and Chile ... nine from Britain": a Hong Kong story, not China–UK; an
    article naming the UK three times, or one UK body, has a UK side."""
    hk = [
        fact(d, "organization", 0, 20, name="Kestrel Authority", jurisdiction="Hong Kong") for d in ("p1", "p2", "p3")
    ]
    twice = [fact("p1", "place", 40 + 30 * i, 47 + 30 * i, name="Britain", jurisdiction="UK") for i in range(2)]
    thrice = [fact("p2", "place", 40 + 30 * i, 47 + 30 * i, name="Britain", jurisdiction="UK") for i in range(3)]
    body = [fact("p3", "organization", 40, 60, name="Tarrow NHS Trust", jurisdiction="UK")]
    with store_of(tmp_path, hk + twice + thrice + body) as s:
        scope.register_articles(s, scope.Scope("all"))
        rows = s.rows("SELECT doc_id, strand FROM strands ORDER BY doc_id")
    assert rows == [
        {"doc_id": "p1", "strand": "neither"},
        {"doc_id": "p2", "strand": "china_uk"},
        {"doc_id": "p3", "strand": "china_uk"},
    ]


def test_a_news_outlet_is_on_neither_side_of_what_it_reports(tmp_path):
    """A UK article printed by (or quoting) a Chinese paper is not China–UK cooperation for naming the paper; a
    university's own news office is a body, not an outlet, and counts."""
    outlet = [
        fact("o1", "organization", 0, 14, name="Eastbay Times", jurisdiction="mainland China"),
        fact("o1", "organization", 30, 50, name="Northvale University", jurisdiction="UK"),
    ]
    body = [
        fact("o2", "organization", 0, 20, name="Eastbay University", jurisdiction="mainland China"),
        fact("o2", "organization", 30, 50, name="Northvale University", jurisdiction="UK"),
    ]
    with store_of(tmp_path, outlet + body) as s:
        scope.register_articles(s, scope.Scope("all"))
        rows = s.rows("SELECT doc_id, strand FROM strands ORDER BY doc_id")
    assert rows == [{"doc_id": "o1", "strand": "neither"}, {"doc_id": "o2", "strand": "china_uk"}]


def test_a_news_outlet_named_after_a_bay_area_place_puts_no_article_in_that_strand(tmp_path):
    """ "Shenzhen Evening Post" reporting on a Northvale clinic is no Bay Area article; the Bay Area places the article
    itself names are."""
    masthead = [
        fact("m1", "organization", 0, 20, name="Shenzhen Evening Post", jurisdiction="mainland China"),
        fact("m1", "organization", 200, 220, name="Shenzhen Evening Post", jurisdiction="mainland China"),
        fact("m1", "organization", 30, 50, name="Northvale Clinic", jurisdiction="UK"),
    ]
    places = [
        fact("m2", "organization", 0, 20, name="Shenzhen Evening Post", jurisdiction="mainland China"),
        fact("m2", "place", 30, 37, name="Foshan", jurisdiction="mainland China"),
        fact("m2", "place", 60, 68, name="Zhuhai", jurisdiction="mainland China"),
    ]
    with store_of(tmp_path, masthead + places) as s:
        scope.register_articles(s, scope.Scope("all"))
        rows = s.rows("SELECT doc_id, strand, gba_fact FROM strands ORDER BY doc_id")
    assert [(r["doc_id"], r["strand"]) for r in rows] == [("m1", "neither"), ("m2", "gba")]
    assert rows[1]["gba_fact"] == [f for f in places if f["name"] == "Foshan"][0]["fact_id"]
