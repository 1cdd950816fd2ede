"""The corpus overview's figures and the choice of profiles."""

import hashlib

from factstore import fact, profiled_store, store_of

from analysis.ingest.corpus import corpus_digest
from analysis.query import corpus, profiles, scope


def org(doc, start, name, jur="UK"):
    return fact(doc, "organization", start, start + len(name), name=name, jurisdiction=jur, org_type="university")


def deal(doc, start, *parties):
    """A partnership stated with its field in its own words (not a passing statement, which no profile counts)."""
    ids = [f"org:{p.lower().replace(' ', '-')}" for p in parties]
    words = f"{' and '.join(parties)} will train nurses together."
    return fact(doc, "partnership", start, start + 6, sentence_start=start, sentence=words, parties=list(parties),
                party_ids=ids, field="education and training")  # fmt: skip


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
            {
                "doc_id": "a",
                "publisher": "Northvale University News",
                "party": "Northvale University",
                "by_voice": False,
            }
        ]
        assert corpus.undated(s) == ["b"]
        assert [a["doc_id"] for a in corpus.articles(s, 10)] == ["a", "b"]
        assert corpus.strand_counts(s) == [{"id": "china_uk", "n": 1}, {"id": "neither", "n": 1}]


def test_profiles_rest_on_two_facts_skip_countries_and_share_the_places(tmp_path):
    """Three bodies with two initiatives each, a town with two figures, a country and a person named beside one
    sum: of three profiles no kind takes more than two, the town comes in on its figures, the country and the
    person with a single sum make none."""
    rows = [
        org("a", 0, "Northvale University"), org("a", 40, "Eastbay Hospital", "mainland China"),
        org("a", 90, "Kestrel College", "mainland China"),
        deal("a", 10, "Northvale University", "Eastbay Hospital"),
        deal("a", 300, "Northvale University", "Kestrel College"),
        deal("a", 400, "Eastbay Hospital", "Kestrel College"),
        fact("a", "place", 500, 505, sentence_start=500, name="China", jurisdiction="mainland China"),
        fact("a", "place", 520, 527, sentence_start=500, name="Westport", jurisdiction="mainland China"),
        fact("a", "amount", 530, 535, sentence_start=500, value=12.0, unit="count", object="clinics", place="China"),
        fact("a", "amount", 540, 545, sentence_start=500, value=30.0, unit="count", object="beds", place="Westport"),
        fact("a", "amount", 550, 555, sentence_start=500, value=40.0, unit="count", object="wards", place="Westport"),
        fact("a", "person", 600, 607, sentence_start=600, name="Ann Lee"),
        fact("a", "amount", 620, 625, sentence_start=600, value=5e6, unit="GBP", object="a grant"),
    ]  # fmt: skip
    with profiled_store(tmp_path, rows, DOCS) as s:
        picked = profiles.top_entities(s, 3)
        alone = profiles.top_entities(s, 1)
    assert [(p["kind"], p["label"]) for p in picked] == [
        ("organization", "Eastbay Hospital"),
        ("organization", "Kestrel College"),
        ("place", "Westport"),
    ]
    assert [p["label"] for p in alone] == ["Eastbay Hospital"]


def test_a_body_many_articles_name_comes_before_one_whose_initiatives_one_article_lists(tmp_path):
    """Kestrel College: two initiatives, named in four articles; Eastbay Hospital: three initiatives one article
    lists. The college carries more of the corpus's story."""
    docs = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 900} for d in "abcd"]
    rows = [
        org("a", 0, "Eastbay Hospital", "mainland China"), org("a", 30, "Northvale University"),
        org("a", 60, "Southport University"), org("a", 90, "Westmoor University"),
        deal("a", 100, "Eastbay Hospital", "Northvale University"),
        deal("a", 200, "Eastbay Hospital", "Southport University"),
        deal("a", 300, "Eastbay Hospital", "Westmoor University"),
        *[org(d, 0, "Kestrel College", "mainland China") for d in "bcd"],
        org("b", 30, "Lyle University"), deal("b", 100, "Kestrel College", "Lyle University"),
        org("c", 30, "Tarn University"), deal("c", 100, "Kestrel College", "Tarn University"),
    ]  # fmt: skip
    with profiled_store(tmp_path, rows, docs) as s:
        picked = profiles.top_entities(s, 2)
    assert [p["label"] for p in picked] == ["Kestrel College", "Eastbay Hospital"]


def test_a_city_in_a_dateline_takes_no_figure_of_the_story(tmp_path):
    """ "EASTPORT, May 3 (Wire) -- Westland saved 40 million yuan ...": the province's saving, not the city's."""
    rows = [
        fact("a", "place", 0, 8, sentence_start=0, name="Eastport", jurisdiction="mainland China",
             extractor="places.dateline"),
        fact("a", "place", 31, 39, sentence_start=0, name="Westland", jurisdiction="mainland China"),
        fact("a", "amount", 46, 61, sentence_start=0, value=4e7, unit="CNY", object="drugs"),
        fact("a", "amount", 90, 105, sentence_start=0, value=9e6, unit="CNY", object="stents"),
    ]  # fmt: skip
    with profiled_store(tmp_path, rows, DOCS) as s:
        got = {r["label"]: r["score"] for r in profiles.candidates(s, "place", 5)}
    assert got == {"Westland": 2}


def test_with_no_candidate_on_two_facts_the_best_single_one_is_profiled(tmp_path):
    rows = [
        fact("a", "person", 0, 7, sentence_start=0, name="Ann Lee"),
        fact("a", "amount", 20, 25, sentence_start=0, value=5e6, unit="GBP", object="a grant"),
        fact("a", "person", 100, 107, sentence_start=100, name="Bo Tan"),
    ]
    with profiled_store(tmp_path, rows, DOCS) as s:
        picked = profiles.top_entities(s, 3)
    assert [(p["kind"], p["label"]) for p in picked] == [("person", "Ann Lee")]


def test_the_corpus_digest_in_the_engine_is_the_one_the_build_records(tmp_path):
    """The reports' corpus line and the index name one corpus: the engine's digest of the documents table equals
    `corpus_digest` over the same (doc_id, sha256) pairs, whatever order they come in."""
    docs = [
        {"doc_id": "beta", "file": "beta.txt", "n_chars": 10, "sha256": "b" * 64},
        {"doc_id": "alpha", "file": "alpha.txt", "n_chars": 10, "sha256": "a" * 64},
    ]
    facts = [fact("alpha", "place", 0, 4, name="Westbrook"), fact("beta", "place", 0, 4, name="Eastport")]
    with store_of(tmp_path, facts, docs) as s:
        got = corpus.digest(s)
    assert got == corpus_digest([("alpha", "a" * 64), ("beta", "b" * 64)])
    assert got == corpus_digest([("beta", "b" * 64), ("alpha", "a" * 64)])
    assert got == hashlib.sha256(f"alpha:{'a' * 64}\nbeta:{'b' * 64}\n".encode()).hexdigest()


def test_a_publisher_written_in_capitals_is_the_same_publisher(tmp_path):
    docs = [
        {"doc_id": d, "file": f"{d}.txt", "n_chars": 100, "publisher": p}
        for d, p in (("a", "NORTHVALE POST"), ("b", "Northvale Post"), ("c", "Harbour Daily"))
    ]
    rows = [fact(d, "place", 0, 7, name="Westport", jurisdiction="UK") for d in ("a", "b", "c")]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["label"], r["n"]) for r in corpus.publishers(s, 5)]
    assert got == [("Northvale Post", 2), ("Harbour Daily", 1)]


def test_a_line_of_two_publishers_counts_for_each_when_one_publishes_alone(tmp_path):
    docs = [
        {"doc_id": d, "file": f"{d}.txt", "n_chars": 100, "publisher": p}
        for d, p in (
            ("a", "Kelby Health Department"),
            ("b", "Kelby Health Department and Tarn Embassy"),
            ("c", "Harbour Daily"),
            ("d", "Marsh and Hale Partners"),
        )
    ]
    rows = [fact(d, "place", 0, 7, name="Westport", jurisdiction="UK") for d in ("a", "b", "c", "d")]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["label"], r["n"]) for r in corpus.publishers(s, 5)]
    assert got == [("Kelby Health Department", 2), ("Harbour Daily", 1), ("Marsh and Hale Partners", 1),
                   ("Tarn Embassy", 1)]  # fmt: skip


def test_a_bodys_own_page_by_its_publisher_line_headline_or_voice(tmp_path):
    """Published by a party under its acronym ("Member News / WTC"), by the body its headline names, or written in
    a body's own voice ("Here at Kestrel we...", "X and our partners"); a news agency credited in the lead, and
    "our partners" inside a quotation, are not."""
    wtc, kh = "Westmoor Trade Council", "Kestrel Children's Hospital"
    here = "She said: Here at Kestrel we train nurses."
    ours = "The Lakeside Trust and our partners remain committed."
    quoted = "He said the Harbour Board and our partners agreed."
    rows = [
        fact("a", "organization", 50, 53, name=wtc, text="WTC", jurisdiction="UK", org_type="association"),
        org("a", 60, "Eastbay Hospital", "mainland China"), deal("a", 55, wtc, "Eastbay Hospital"),
        org("b", 0, kh, "UK"),  # named in the headline, no partnership
        org("c", 5, "Westport Wire"),  # the agency's credit in the lead: it reports, it is not reported on
        # the academy is named in full elsewhere; the quotation names it by its first word
        org("d", 64, "Kestrel Nursing Academy") | {"sentence": "The Kestrel Nursing Academy trains.",
                                                   "sentence_start": 60},
        fact("d", "quote", 10, 50, sentence=here, sentence_start=0, quote=here),
        org("e", 4, "Lakeside Trust") | {"sentence": ours},
        org("f", 11, "Harbour Board") | {"sentence": quoted},
        fact("f", "quote", 8, 60, sentence=quoted, quote=quoted),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "publisher": "Member News / WTC"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "title": f"{kh} opens a ward", "publisher": kh},
        {"doc_id": "c", "file": "c.txt", "n_chars": 900, "title": "Clinics open", "publisher": "Westport Wire"},
        {"doc_id": "d", "file": "d.txt", "n_chars": 900},
        {"doc_id": "e", "file": "e.txt", "n_chars": 900},
        {"doc_id": "f", "file": "f.txt", "n_chars": 900},
    ]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"], r["by_voice"]) for r in corpus.press_releases(s)]
        assert corpus.n_press_releases(s) == 4
        assert corpus.first_press_releases(s, 2) == (4, corpus.press_releases(s, 2))
        # asked again with another limit: the search made once answers both
        assert corpus.first_press_releases(s, 3) == (4, corpus.press_releases(s, 3))
        assert "press_releases_found" in s.tables(temporary=True)
    assert got == [
        ("a", wtc, False),
        ("b", kh, False),
        ("d", "Kestrel Nursing Academy", True),
        ("e", "Lakeside Trust", True),
    ]


def test_a_bodys_own_page_by_its_head_word_written_alone_as_its_press_office_does(tmp_path):
    """ "The University has joined ...", "the University's clinic": a press office writing of its own university;
    not once only, nor where two bodies of the article share the head word, nor in news style ("the university")."""
    nv = "Northvale University"
    joined = "The University has joined Eastbay Hospital to train nurses."
    clinic = "Staff of the University's clinic will teach."
    rows = [
        org("a", 0, nv, "UK") | {"sentence": f"{nv} trains nurses.", "sentence_start": 0},
        org("a", 60, "Eastbay Hospital", "mainland China") | {"sentence": joined, "sentence_start": 35},
        deal("a", 50, nv, "Eastbay Hospital"),
        fact("a", "amount", 120, 122, sentence=clinic, sentence_start=100, value=2, unit="count"),
        # news style
        org("b", 0, nv, "UK") | {"sentence": f"{nv} trains nurses.", "sentence_start": 0},
        org("b", 60, "Eastbay Hospital", "mainland China") | {"sentence": joined.replace("The U", "The u"),
                                                              "sentence_start": 35},
        deal("b", 50, nv, "Eastbay Hospital"),
        fact("b", "amount", 120, 122, sentence=clinic.replace("the U", "the u"), sentence_start=100, value=2,
             unit="count"),
        # once only
        org("c", 0, nv, "UK") | {"sentence": f"{nv} trains nurses.", "sentence_start": 0},
        org("c", 60, "Eastbay Hospital", "mainland China") | {"sentence": joined, "sentence_start": 35},
        deal("c", 50, nv, "Eastbay Hospital"),
        # two universities
        org("d", 0, nv, "UK") | {"sentence": f"{nv} trains nurses.", "sentence_start": 0},
        org("d", 60, "Eastbay University", "mainland China") | {"sentence": joined, "sentence_start": 35},
        deal("d", 50, nv, "Eastbay University"),
        fact("d", "amount", 120, 122, sentence=clinic, sentence_start=100, value=2, unit="count"),
    ]  # fmt: skip
    docs = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 900} for d in "abcd"]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"], r["by_voice"]) for r in corpus.press_releases(s)]
    assert got == [("a", nv, True)]


def test_own_page_of_a_body_in_the_lead_or_of_its_government_never_of_a_news_outlet(tmp_path):
    """A commission's page on its own news (named in the lead), a government portal's page on one of its bureaus
    (named in the headline), a release its issuer announces in its own name ("X announced today (May 2)", "X, a
    maker of tests, today announced" on a distribution service's page), and not: a newspaper whose name holds a
    party's, a lead naming an agency only in its credit."""
    announced = "The Health Office announced today (May 2) that the scheme will grow."
    distributed = "Tarrow Devices Ltd, a Leeds-based maker of rapid tests, today announced a supply agreement."
    rows = [
        fact("a", "organization", 120, 149, name="Eastbay Health Commission", org_type="government",
             jurisdiction="mainland China"),
        fact("b", "organization", 0, 27, name="Northvale Government Portal", org_type="government",
             jurisdiction="Hong Kong"),
        fact("b", "organization", 40, 53, name="Health Office", text="Health Office", org_type="government",
             jurisdiction="Hong Kong"),
        fact("c", "organization", 4, 17, name="Health Office", text="Health Office", org_type="government",
             jurisdiction="Hong Kong", sentence=announced),
        org("d", 300, "Westmoor"), org("d", 320, "Linhai Hospital", "mainland China"),
        deal("d", 310, "Westmoor", "Linhai Hospital"),
        fact("e", "organization", 117, 129, name="Kestrel Wire", org_type="company", jurisdiction="UK",
             sentence="WESTPORT, May 2 (Kestrel Wire) -- Clinics opened.", sentence_start=100),
        fact("f", "organization", 0, 18, name="Tarrow Devices Ltd", text="Tarrow Devices Ltd", org_type="company",
             jurisdiction="UK", sentence=distributed),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "publisher": "Eastbay Health Commission",
         "title": "Progress in primary care", "lead_start": 100, "lead_end": 300},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "publisher": "Northvale Government Portal",
         "title": "Health Office opens two clinics"},
        {"doc_id": "c", "file": "c.txt", "n_chars": 900},
        {"doc_id": "d", "file": "d.txt", "n_chars": 900, "publisher": "THE WESTMOOR COURIER"},
        {"doc_id": "e", "file": "e.txt", "n_chars": 900, "publisher": "Kestrel Wire", "lead_start": 100,
         "lead_end": 200},
        {"doc_id": "f", "file": "f.txt", "n_chars": 900, "publisher": "Harbour Release Service"},
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"], r["by_voice"]) for r in corpus.press_releases(s)]
    assert got == [
        ("a", "Eastbay Health Commission", False),
        ("b", "Health Office", False),
        ("c", "Health Office", True),
        ("f", "Tarrow Devices Ltd", True),
    ]


def test_a_city_governments_page_is_no_release_of_a_provinces_body(tmp_path):
    """A city portal's page names the province's commission, a party of the deal it reports: the page is the city's,
    not the commission's; the city's own bureau, named in the headline, is the city's body."""
    city = [fact(d, "organization", 200, 225, name="Tarn Municipal Government", org_type="government",
                 jurisdiction="mainland China") for d in "ab"]  # fmt: skip
    rows = [
        *city,
        fact("a", "organization", 40, 71, name="Westvale Provincial Health Commission", org_type="government",
             jurisdiction="mainland China"),
        org("a", 80, "Linhai Hospital", "mainland China"), deal("a", 75, "Westvale Provincial Health Commission",
                                                                 "Linhai Hospital"),
        fact("a", "place", 40, 48, name="Westvale", jurisdiction="mainland China"),
        fact("b", "organization", 0, 17, name="Tarn Health Bureau", org_type="government",
             jurisdiction="mainland China"),
        fact("b", "place", 0, 4, name="Tarn", jurisdiction="mainland China"),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "publisher": "Tarn Municipal Government",
         "title": "Tarn hospitals sign on"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "publisher": "Tarn Municipal Government",
         "title": "Tarn Health Bureau opens clinics"},
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"]) for r in corpus.press_releases(s)]
    assert got == [("b", "Tarn Health Bureau")]


def test_a_release_is_of_the_body_the_publisher_line_names_whole_and_of_a_government_body_up_front(tmp_path):
    """A city bureau's page naming another place's "Health Bureau" as a partner is the city bureau's release; an
    envoy's page listing a medicines agency's memorandum is no release of the agency, which no headline or lead
    names."""
    city, other = "Tarn Municipal Health Bureau", "Health Bureau"
    rows = [
        fact("a", "organization", 110, 138, name=city, org_type="government", jurisdiction="mainland China"),
        fact("a", "organization", 300, 313, name=other, org_type="government", jurisdiction="Macao"),
        org("a", 320, "Linhai Hospital", "mainland China"), deal("a", 330, other, "Linhai Hospital"),
        fact("b", "organization", 0, 20, name="Office of the Kelby Envoy", org_type="government", jurisdiction="UK"),
        fact("b", "organization", 400, 422, name="Kelby Medicines Agency", org_type="government", jurisdiction="UK"),
        org("b", 430, "Linhai Hospital", "mainland China"), deal("b", 440, "Kelby Medicines Agency", "Linhai Hospital"),
    ]  # fmt: skip
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "publisher": city, "title": "Clinics grow",
         "lead_start": 100, "lead_end": 200},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "publisher": "Office of the Kelby Envoy",
         "title": "Kelby and Linhai agree on drug safety", "lead_start": 100, "lead_end": 200},
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"]) for r in corpus.press_releases(s)]
    assert got == [("a", city)]


def test_a_page_on_a_partys_own_news_site_or_with_its_source_line_is_its_release(tmp_path):
    """A company's own news pages ("Kestrel Biotech News", "NVU News" for a party written "NVU") and a page whose
    "Source:" line names a party are that party's releases, though their sites' words name outlets too; a paper
    named after a one-word body ("Westmoor News") and a source line naming no party are not."""
    kb, nv, eb, lt = "Kestrel Biotech", "Northvale University", "Eastbay Hospital", "Lakeside Trust"
    source = "Source: Eastbay Hospital"
    rows = [
        org("a", 0, kb), org("a", 40, eb, "mainland China"), deal("a", 10, kb, eb),
        fact("b", "organization", 0, 3, name=nv, text="NVU", jurisdiction="UK", org_type="university"),
        org("b", 40, eb, "mainland China"), deal("b", 10, nv, eb),
        org("c", 0, nv), org("c", 40, lt), deal("c", 10, nv, lt),
        org("c", 308, eb, "mainland China") | {"sentence": source, "sentence_start": 300, "text": eb},
        deal("c", 310, nv, eb),
        org("d", 0, "Westmoor"), org("d", 40, eb, "mainland China"), deal("d", 10, "Westmoor", eb),
        org("e", 0, nv), org("e", 40, lt), deal("e", 10, nv, lt),
        org("e", 308, "Harbour Wire") | {"sentence": "Source: Harbour Wire", "sentence_start": 300},
    ]  # fmt: skip
    docs = [
        {"doc_id": d, "file": f"{d}.txt", "n_chars": 900, "publisher": p}
        for d, p in [("a", "Kestrel Biotech News"), ("b", "NVU News"), ("c", "Harbour Daily"),
                     ("d", "Westmoor News"), ("e", "Harbour Daily")]
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["publisher"], r["party"]) for r in corpus.press_releases(s)]
    assert got == [("a", "Kestrel Biotech News", kb), ("b", "NVU News", nv), ("c", "Eastbay Hospital", eb)]


def test_a_from_line_naming_a_body_the_page_reports_on_makes_it_its_release(tmp_path):
    """ "From: Kelby Department of Trade" opening a line of a government site's page, the department organising the
    visit the page reports: the department's release; the same line naming a news outlet makes none."""
    dept = "Kelby Department of Trade"
    said = "The visit was organised by the Kelby Department of Trade with local firms."
    rows = [
        org("a", 8, dept) | {"sentence": f"From: {dept}", "sentence_start": 0, "text": dept},
        org("a", 100 + said.index("Kelby"), dept) | {"sentence": said, "sentence_start": 100, "text": dept},
        org("b", 8, "Harbour Daily News") | {"sentence": "From: Harbour Daily News", "sentence_start": 0},
    ]
    docs = [{"doc_id": d, "file": f"{d}.txt", "n_chars": 900, "publisher": None} for d in "ab"]
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"]) for r in corpus.press_releases(s)]
    assert got == [("a", dept)]


def test_a_copyright_line_or_a_source_line_naming_a_body_it_reports_on_makes_the_page_its_release(tmp_path):
    """A page whose footer is "© 2025 Northvale University" (a party) is Northvale's release, its site's name
    ("Northvale Uni News") aside; a page whose "Source:" line (its wide spacing written as one space) names a
    commission the text goes on to quote, though no partnership names it, is that commission's; a news outlet's
    or a publishing company's own copyright line (a company named elsewhere only in a credit in brackets), or a
    photo credit naming a party, makes no release."""
    nv, eb, hc = "Northvale University", "Eastbay Hospital", "Eastbay Health Commission"
    foot = "© 2025 Northvale University. All rights reserved."
    src = "3 May 2025 Source: Eastbay Health Commission Editor: Wu"
    said = "Figures from the Eastbay Health Commission show a rise."
    photo = "Photo © Northvale University"
    lh = "Lantern Holdings"
    rows = [
        org("a", 0, nv), org("a", 40, eb, "mainland China"), deal("a", 10, nv, eb),
        org("a", 507, nv) | {"text": nv, "sentence": foot, "sentence_start": 500},
        org("b", 125, hc, "mainland China") | {"text": hc, "sentence": src, "sentence_start": 100},
        org("b", 416, hc, "mainland China") | {"text": hc, "sentence": said, "sentence_start": 400},
        org("c", 0, lh) | {"text": lh, "sentence": f"({lh})", "sentence_start": 0},
        org("c", 507, lh) | {"text": lh, "sentence": f"© 2025 {lh}.", "sentence_start": 500},
        org("c", 40, nv), org("c", 60, eb, "mainland China"), deal("c", 50, nv, eb),
        org("d", 40, nv), org("d", 60, eb, "mainland China"), deal("d", 50, nv, eb),
        org("d", 508, nv) | {"text": nv, "sentence": photo, "sentence_start": 500},
        # a newspaper's masthead opens the page and its copyright closes it: no party's page
        org("e", 0, "Tarnby Courier") | {"sentence": "The Tarnby Courier", "sentence_start": 0},
        org("e", 40, nv), org("e", 60, eb, "mainland China"), deal("e", 50, nv, eb),
        org("e", 502, "Tarnby Courier Media Ltd")
        | {"text": "Tarnby Courier Media Ltd", "sentence": "© Tarnby Courier Media Ltd 2024.", "sentence_start": 500},
        deal("e", 500, "Tarnby Courier Media Ltd", nv),
        # ... nor its masthead over a page it publishes
        org("f", 0, "Tarnby Courier") | {"sentence": "The Tarnby Courier", "sentence_start": 0},
        org("f", 40, nv), org("f", 60, eb, "mainland China"), deal("f", 50, nv, eb),
        deal("f", 0, "Tarnby Courier", nv),
    ]  # fmt: skip
    docs = [
        {"doc_id": d, "file": f"{d}.txt", "n_chars": 900, "publisher": p}
        for d, p in [("a", "Northvale Uni News"), ("b", "Eastbay Daily"), ("c", "Lantern Holdings"),
                     ("d", "Harbour Daily"), ("e", None), ("f", "The Tarnby Courier")]
    ]  # fmt: skip
    with store_of(tmp_path, rows, docs) as s:
        scope.register(s, scope.Scope("all"))
        got = [(r["doc_id"], r["party"]) for r in corpus.press_releases(s)]
        only = corpus.releases_of(s, ["b", "c"])
    assert got == [("a", nv), ("b", hc)]
    assert only == {"b": hc}
