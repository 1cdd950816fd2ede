"""The corpus overview's table, sentences, chart and findings, on the hand-written facts of two invented articles
(tests/fixtures/reports/corpus: a UK university and a Shenzhen hospital; a Zhuhai–Macao clinic service)."""

import re

import handmade
from handmade import D, G

from analysis.facts.schema import facts_frame
from analysis.report import corpus_overview as overview
from analysis.report import strands

CITE = re.compile(
    r'<sup class="cite"><a href="articles/[^"]+#([fm]-[\w-]+)" data-print-href="#src-(\d+)">\[\2\]</a></sup>'
)


def plain(html: str) -> str:
    """Report HTML without its citation marks (of facts, `#f-...`, and of stated metadata, `#m-...`)."""
    return CITE.sub("", html)


def cited(html: str) -> list[str]:
    """The anchors the citation marks of `html` open, in order."""
    return [anchor for anchor, _ in CITE.findall(html)]


def report_and_table(**params):
    r = handmade.report("01-corpus-overview", **params)
    return r, overview.article_table(r)


def decisions(r):
    return strands.classify([d.doc_id for d in r.corpus.documents], r.facts)


def test_one_row_per_article_with_what_it_states_and_how_many_facts_it_holds():
    _, table = report_and_table()
    rows = {r["doc_id"]: r for r in table.to_dict(orient="records")}
    assert list(rows) == [D, G]
    assert rows[D]["title"] == "Zhuhai and Macao open cross-border clinic service"
    assert rows[D]["published"] == "2023-05-16" and rows[G]["published"] == "2024-10-09"
    assert rows[G]["publisher"] == "Westbrook University"
    assert rows[D]["publisher"] != rows[D]["publisher"]  # not stated: missing, never a guess
    assert rows[D]["words"] == 101  # counted by hand over the cleaned text: title 8, dateline 4, body 20+30+17+22
    assert (rows[D]["facts"], rows[G]["facts"]) == (14, 21)  # the hand-written facts of each article


def test_summary_names_publishers_dates_and_lengths_with_citations():
    r, table = report_and_table()
    html = overview.summary_html(r, table)
    assert cited(html) == ["m-publisher", "m-published", "m-published"]  # the publisher, then the two dates
    assert plain(html) == (
        "The corpus holds two articles with 242 words in all. One article names its publisher: Westbrook University. "
        "The other article does not say who published it. Two articles state a publication date, between "
        "16 May 2023 and 9 October 2024. Lengths range from 101 words (<code>delta_border_clinics</code>) to "
        "141 words (<code>gamma_stroke_centre</code>), a median of 121."
    )


def test_rows_cite_what_the_article_states_and_show_a_dash_for_what_it_does_not():
    r, table = report_and_table()
    [row] = overview.article_rows_html(r, table, top_n=1)
    assert row["doc_id"] == D and (row["words"], row["facts"]) == ("101", "14")
    assert plain(row["title"]) == "Zhuhai and Macao open cross-border clinic service"
    assert cited(row["title"]) == ["m-title"] and cited(row["published"]) == ["m-published"]
    assert row["publisher"] == "—"


def test_the_length_chart_counts_articles_per_band_of_words():
    _, table = report_and_table()
    fig, data = overview.length_chart(table)
    assert fig is not None
    assert data.to_dict(orient="records") == [
        {"from_words": 0, "to_words": 49, "articles": 0},
        {"from_words": 50, "to_words": 99, "articles": 0},
        {"from_words": 100, "to_words": 149, "articles": 2},
    ]


def test_each_article_has_a_strand_and_the_facts_that_decided_it():
    r, _ = report_and_table()
    dec = decisions(r)
    assert {d: x.strand for d, x in dec.items()} == {D: "gba", G: "both"}
    frame = overview.strand_frame(dec).set_index("doc_id")
    assert frame.loc[D, "uk"] == "" and "Zhuhai" in frame.loc[D, "gba"]
    assert "Shenzhen Harbour Hospital" in frame.loc[G, "china"] and "Manchester" in frame.loc[G, "uk"]
    [row] = overview.strand_rows_html(r, dec, top_n=1)
    assert row["strand"] == "GBA health reforms" and cited(row["evidence"])
    assert overview.strands_summary_html(r, dec).startswith(
        "Of two articles, one concerns the Greater Bay Area health reforms and one concerns both strands."
    )


def test_strand_shares_is_a_finding_only_with_two_articles_or_more():
    r, _ = report_and_table()
    found = overview.strand_shares(r, decisions(r))
    assert found.support == 2
    assert found.render() == "One of two articles concerns both strands, one the GBA reforms."
    one = handmade.report("01-corpus-overview")
    one.corpus.documents = one.corpus.documents[:1]
    assert overview.strand_shares(one, decisions(one)) is None


def test_without_facts_no_article_is_given_a_strand():
    r = handmade.report("01-corpus-overview", facts_df=facts_frame([]))
    dec = decisions(r)
    assert {x.strand for x in dec.values()} == {"neither"}
    assert overview.strands_summary_html(r, dec).startswith("No facts have been extracted from the articles")
    assert overview.key_findings(r, dec) == []


def test_key_findings_are_ranked_by_support():
    r, _ = report_and_table()
    found = overview.key_findings(r, decisions(r))
    assert [f.support for f in found] == sorted((f.support for f in found), reverse=True)
    assert "strands" in [f.topic for f in found]
