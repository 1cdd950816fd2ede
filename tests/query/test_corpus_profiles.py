"""The corpus overview's figures and the choice of profiles."""

from factstore import fact, store_of

from analysis.query import corpus, figures, initiatives, profiles, scope


def org(doc, start, name, jur="UK"):
    return fact(doc, "organization", start, start + len(name), name=name, jurisdiction=jur, org_type="university")


def deal(doc, start, *parties):
    ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
    return fact(doc, "partnership", start, start + 6, sentence_start=start, parties=list(parties), party_ids=ids)


DOCS = [
    {"doc_id": "a", "file": "a.txt", "n_chars": 900, "label": "Northvale signs", "published": "2024-01-02",
     "publisher": "Northvale University News"},
    {"doc_id": "b", "file": "b.txt", "n_chars": 900, "label": "A first sentence.", "publisher": "Daily Ledger"},
]  # fmt: skip


def test_overview_counts_press_releases_and_undated_articles(tmp_path):
    rows = [
        org("a", 0, "Northvale University"), org("a", 40, "Eastbay Hospital", "mainland China"),
        deal("a", 10, "Northvale University", "Eastbay Hospital"),
        fact("b", "place", 0, 7, name="Westport", jurisdiction="UK"),
    ]  # fmt: skip
    with store_of(tmp_path, rows, DOCS) as s:
        scope.register(s, scope.Scope("all"))
        t = corpus.totals(s)
        assert (t["n_articles"], t["n_groups"], t["n_undated"], t["n_facts"], t["top_doc"]) == (2, 2, 1, 4, "a")
        assert corpus.press_releases(s) == [
            {"doc_id": "a", "publisher": "Northvale University News", "party": "Northvale University"}
        ]
        assert corpus.undated(s) == ["b"]
        assert [a["doc_id"] for a in corpus.articles(s, 10)] == ["a", "b"]
        assert corpus.strand_counts(s) == [{"id": "china_uk", "n": 1}, {"id": "neither", "n": 1}]


def test_profiles_skip_countries_and_follow_initiatives_and_figures(tmp_path):
    rows = [
        org("a", 0, "Northvale University"), org("a", 40, "Eastbay Hospital", "mainland China"),
        org("a", 90, "Kestrel College", "mainland China"),
        deal("a", 10, "Northvale University", "Eastbay Hospital"),
        deal("a", 300, "Northvale University", "Kestrel College"),
        fact("a", "place", 500, 505, sentence_start=500, name="China", jurisdiction="mainland China"),
        fact("a", "place", 520, 527, sentence_start=500, name="Westport", jurisdiction="mainland China"),
        fact("a", "amount", 530, 535, sentence_start=500, value=12.0, unit="count", object="clinics", place="China"),
        fact("a", "amount", 540, 545, sentence_start=500, value=30.0, unit="count", object="beds", place="Westport"),
    ]  # fmt: skip
    with store_of(tmp_path, rows, DOCS) as s:
        scope.register(s, scope.Scope("all"))
        initiatives.register(s)
        figures.register(s)
        picked = profiles.top_entities(s, 3)
    assert [(p["kind"], p["label"]) for p in picked] == [
        ("organization", "Northvale University"),
        ("place", "Westport"),
        ("organization", "Eastbay Hospital"),
    ]
