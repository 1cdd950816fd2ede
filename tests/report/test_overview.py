"""The corpus overview: the bottom line over distinct articles, republished copies folded and named, the
parties' own press releases, undated articles, and the strands with the facts that decided them."""

from reportcorpus import ACADEMY, EH, NU, Articles, org, plain, two_articles

from analysis.report import overview


def with_copy_and_undated(tmp_path) -> Articles:
    a = two_articles(tmp_path)
    # the academy story republished by another outlet: the same text with a closing line
    a.article("academy-copy", ACADEMY + "Republished with permission by the Eastbay Echo.\n", published="2021-06-04",
              publisher="Northvale Courier")  # fmt: skip
    org(a, "academy-copy", NU), org(a, "academy-copy", EH, 1)
    a.article("note", "A short note on nursing\n\nNorthvale University trains nurses.\n")
    org(a, "note", NU)
    return a


def test_the_bottom_line_counts_distinct_articles(tmp_path):
    from analysis.ingest.signature import text_signature

    a = with_copy_and_undated(tmp_path)
    for doc_id, text in a.texts.items():  # near-duplicate signatures, as the ingest stage writes them
        a.docs[doc_id].update(text_signature(text * 20))
    r = a.report("01-corpus-overview")
    got = [plain(f.render()) for f in overview.key_findings(r)]
    assert got == [
        "The corpus holds four articles; one is a republished copy of another, so three distinct articles remain: "
        "two concern China–UK cooperation; one neither.",
        "The articles that give their publication date were published between 4 June 2021 and 12 March 2023 (two "
        "of three distinct articles); one gives none.",
        "Two of three distinct articles name their publisher; no publisher has more than one article.",
    ]
    # no article holds most of the facts of five or more: no share finding
    assert plain(overview.folded_html(r)) == (
        "One group of near-identical articles, each counted once: “Northvale University and Eastbay Hospital open a "
        "joint nursing academy” (academy-copy), cited for the group, with its copies academy"
    )
    assert plain(overview.undated_html(r)) == "One article states no publication date: “A short note on nursing” (note)"


def test_an_article_published_by_a_party_is_its_press_release(tmp_path):
    a = Articles(tmp_path)
    a.article("pr", "Northvale University signs with Eastbay Hospital\nPublished: 2 May 2024 | Northvale University "
              "News\n\nNorthvale University signed an agreement with Eastbay Hospital on nurse training this week.\n",
              published="2024-05-02", publisher="Northvale University News")  # fmt: skip
    org(a, "pr", NU, 2), org(a, "pr", EH, 1)
    a.fact("pr", "partnership", "signed an agreement", parties=[NU, EH], party_ids=["org:northvale-university",
           "org:eastbay-hospital"])  # fmt: skip
    r = a.report("01-corpus-overview")
    assert plain(overview.press_releases_html(r)) == (
        "“Northvale University signs with Eastbay Hospital”, published by Northvale University News, a body it "
        "reports on (Northvale University)"
    )
    assert plain(overview.press_releases_finding(r).render()) == (
        "One article is the press release of a body it reports on (published by it, or written in its voice): "
        "“Northvale University signs with Eastbay Hospital”, by Northvale University News."
    )


def test_every_undated_article_is_listed_up_to_the_table_size(tmp_path):
    a = Articles(tmp_path)
    for i in range(4):
        a.article(f"n{i}", f"Note {i} on nursing\n\nNorthvale University trains nurses.\n")
        org(a, f"n{i}", NU)
    assert plain(overview.undated_html(a.report("01-corpus-overview"))) == (
        "Four articles state no publication date: “Note 0 on nursing” (n0) “Note 1 on nursing” (n1) “Note 2 on "
        "nursing” (n2) “Note 3 on nursing” (n3)"
    )
    assert plain(overview.undated_html(a.report("01-corpus-overview", top_n=3))).endswith(
        "“Note 2 on nursing” (n2) and 1 more."
    )


def test_the_strands_table_cites_the_facts_that_decided_each_article(tmp_path):
    r = two_articles(tmp_path).report("01-corpus-overview")
    rows = [{k: plain(v) for k, v in row.items()} for row in overview.strands_table(r).rows]
    assert rows == [
        {"article": "academy", "strand": "China–UK cooperation",
         "evidence": "UK: Northvale University; China: Eastbay Hospital"},
        {"article": "exchange", "strand": "China–UK cooperation",
         "evidence": "UK: Southport University; China: Kestrel College"},
    ]  # fmt: skip


def test_the_articles_table_says_what_each_article_reports_from_its_lead(tmp_path):
    r = two_articles(tmp_path).report("01-corpus-overview")
    rows = {plain(x["article"]).split("”")[0].lstrip("“"): plain(x["lead"]) for x in overview.articles_table(r).rows}
    assert rows == {
        "Northvale University and Eastbay Hospital open a joint nursing academy": (
            "“Northvale University in Westmoor signed an agreement with Eastbay Hospital in Harbour City to open the "
            "Joint Nursing…”"
        ),
        "Kestrel College and Southport University agree a stroke research exchange": (
            "“Kestrel College in Harbour City and Southport University signed a memorandum on stroke research in 2023.”"
        ),
    }


def test_an_anecdote_lead_gives_way_to_the_first_sentence_of_news(tmp_path):
    """A lead that tells of a person and names no body, figure or cooperation is an anecdote: what the article
    reports is the first sentence of its body that does."""
    a = Articles(tmp_path)
    text = (
        "Eastbay Hospital opens online clinics\n\n"
        "After Mei Lan's daughter caught a fever one night in May, she stayed at home and waited for a call.\n"
        "Eastbay Hospital now runs twelve online clinics, the hospital said on Monday.\n"
    )
    a.article("online", text)
    a.fact("online", "person", "Mei Lan")
    org(a, "online", EH, 1)
    rows = [plain(x["lead"]) for x in overview.articles_table(a.report("01-corpus-overview")).rows]
    assert rows == ["“Eastbay Hospital now runs twelve online clinics, the hospital said on Monday.”"]


def test_articles_by_year_count_distinct_articles_of_each_strand(tmp_path):
    a = Articles(tmp_path)
    for doc, day in (("a", "2021-03-01"), ("b", "2021-09-09"), ("c", "2022-01-05"), ("d", "2024-07-07")):
        text = (
            f"Northvale University and Eastbay Hospital meet\nPublished: {day}\n\nNorthvale University met ({doc}).\n"
        )
        a.article(doc, text, published=day)
        org(a, doc, NU), org(a, doc, EH)
    a.article("undated", "A note\n\nNorthvale University met Eastbay Hospital again.\n")
    org(a, "undated", NU), org(a, "undated", EH)
    r = a.report("01-corpus-overview")
    assert [(y["year"], y["strand"], y["n"]) for y in overview.years(r)] == [
        ("2021", "china_uk", 2), ("2022", "china_uk", 1), ("2024", "china_uk", 1)
    ]  # fmt: skip
    chart = overview.years_chart(r)
    assert chart.caption == "Most articles date from 2021: 2 of 4 (undated articles left out)."
    assert chart.data.to_dict("records")[0] == {
        "year": "2021", "China–UK cooperation": 2, "both strands": 0, "GBA health reforms": 0
    }  # fmt: skip
    # two years are no chart
    a.docs.pop("d"), a.texts.pop("d")
    a.facts = [f for f in a.facts if f["doc_id"] != "d"]
    assert overview.years_chart(a.report("01-corpus-overview")) is None


def test_the_dates_finding_gives_the_period_each_strand_covers(tmp_path):
    a = two_articles(tmp_path)
    a.article("bay", "Shenzhen clinics open to Zhuhai patients\nPublished: 15 January 2024 | Bay Daily\n\nShenzhen and "
              "Zhuhai hospitals share records.\n", published="2024-01-15", publisher="Bay Daily")  # fmt: skip
    for nth in range(2):
        a.fact("bay", "place", "Shenzhen", nth, name="Shenzhen", jurisdiction="mainland China")
        a.fact("bay", "place", "Zhuhai", nth, name="Zhuhai", jurisdiction="mainland China")
    r = a.report("01-corpus-overview")
    assert plain(overview.dates_finding(r).render()) == (
        "The China–UK articles were published between 4 June 2021 and 12 March 2023 (two of two articles dated), "
        "the Greater Bay Area ones on 15 January 2024 (one of one article dated)."
    )


def test_the_dates_finding_says_how_far_the_undated_articles_reach(tmp_path):
    """Two articles dated 2021 and 2023; a third, undated, reports a signing of 2025 as done: the corpus reaches
    further than its dated articles, and the finding says so."""
    a = two_articles(tmp_path)
    a.article("later", "Northvale signs again\n\nOn 3 March 2025 Northvale University signed a nursing pact.\n")
    org(a, "later", NU)
    a.fact("later", "date", "3 March 2025", date="2025-03-03", event="signed a nursing pact", extractor="dates.full")
    r = a.report("01-corpus-overview")
    assert plain(overview.dates_finding(r).render()) == (
        "The articles that give their publication date were published between 4 June 2021 and 12 March 2023 (two of "
        "three articles); one gives none, though the events it reports run to 3 March 2025."
    )


def test_a_day_written_without_its_year_does_not_say_how_far_the_undated_articles_reach(tmp_path):
    """ "On May 5th", in an undated article whose other dates are of 2025, is a guessed 5 May 2025: the reach is the
    latest step whose year is written."""
    a = two_articles(tmp_path)
    a.article("later", "Northvale signs again\n\nOn 3 March 2025 Northvale University signed a nursing pact. "
              "On May 5th it opened a ward.\n")  # fmt: skip
    org(a, "later", NU)
    a.fact("later", "date", "3 March 2025", date="2025-03-03", event="signed a nursing pact", extractor="dates.full")
    a.fact("later", "date", "May 5th", date="2025-05-05", event="opened a ward", extractor="dates.resolved")
    r = a.report("01-corpus-overview")
    assert plain(overview.dates_finding(r).render()).endswith("though the events it reports run to 3 March 2025.")
