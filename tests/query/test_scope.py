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


def test_scoped_is_a_table_of_the_articles_in_focus(tmp_path):
    facts = [
        fact("a1", "organization", 0, 20, name="Northvale University", jurisdiction="UK"),
        fact("a1", "place", 30, 39, name="Hong Kong", jurisdiction="Hong Kong"),
        fact("a2", "organization", 0, 20, name="Kestrel Hospital", jurisdiction="UK"),
    ]
    with store_of(tmp_path, facts) as s:
        scope.register(s, scope.Scope("china_uk"))
        kinds = s.rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'scoped'")
        assert kinds == [{"table_type": "LOCAL TEMPORARY"}]
        assert s.rows("SELECT DISTINCT doc_id FROM scoped ORDER BY doc_id") == [{"doc_id": "a1"}]
