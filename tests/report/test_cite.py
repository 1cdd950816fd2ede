"""Citations: numbering by first use, one entry per passage, a short window of it, anchors that match, escaped
text, and only the cited articles read."""

import pytest
from reportcorpus import Articles

from analysis.report.cite import WINDOW_MAX, passage_bounds


@pytest.fixture
def cited(tmp_path):
    a = Articles(tmp_path)
    a.article("a", "Alpha Clinic opened\n\nIt serves <b>120</b> patients & staff. The end.\n")
    a.article("b", "Beta Hospital and Gamma College signed a deal on 3 May 2021.\n", title=False)
    long = (
        "Delta Clinic report\n\n"
        + " ".join(f"word{i}" for i in range(200))
        + " Epsilon Fund pays. "
        + " ".join(f"tail{i}" for i in range(200))
    )
    a.article("c", long + "\n")
    a.fact("a", "theme", "Alpha Clinic", theme="x")
    return a, a.report("01-corpus-overview").cite


def test_numbers_follow_first_use_and_repeat_for_the_same_span(cited):
    _, c = cited
    first = c.cite("b", 0, 13)
    second = c.cite("a", 0, 12)
    again = c.cite("b", 0, 13)
    assert first == '<sup class="cite"><a href="#src-1">[1]</a></sup>'
    assert second == '<sup class="cite"><a href="#src-2">[2]</a></sup>'
    assert again == first and len(c) == 2
    assert [s.doc_id for s in c.sources()] == ["b", "a"]
    assert c.cited() == ["a", "b"]


def test_the_entry_escapes_the_passage_and_names_the_article(cited):
    a, c = cited
    start = a.texts["a"].index("120")
    c.cite("a", start, start + 3)
    html = c.sources_html()
    assert "&lt;b&gt;<mark>120</mark>&lt;/b&gt; patients &amp; staff." in html and "<b>" not in html
    assert f"characters {start}–{start + 3}" in html
    assert "“Alpha Clinic opened”, (<code>a</code>)" not in html and "“Alpha Clinic opened” (<code>a</code>)" in html


def test_an_untitled_article_is_named_by_its_first_sentence_marked_as_such(cited):
    _, c = cited
    c.cite("b", 0, 13)
    assert '<span class="untitled">Beta Hospital and Gamma College signed a deal on 3 May 2021.</span> (untitled)' in (
        c.sources_html()
    )


def test_a_long_passage_is_shown_as_a_short_window_around_the_span(cited):
    a, c = cited
    raw = a.texts["c"]
    s = raw.index("Epsilon Fund")
    c.cite("c", s, s + 12, passage=(raw.index("word0"), len(raw) - 1))
    shown = c.excerpt(c.sources()[0])
    assert shown.startswith("…") and shown.endswith("…") and "<mark>Epsilon Fund</mark>" in shown
    assert len(shown) < 200


def test_a_long_quotation_is_shown_by_its_start_only(cited):
    a, c = cited
    raw = a.texts["c"]
    s = raw.index("word0")
    c.cite("c", s, raw.index("tail199"))
    shown = c.excerpt(c.sources()[0])
    assert shown.startswith("<mark>word0 word1") and shown.endswith("…") and len(shown) < WINDOW_MAX + 20


def test_passage_is_the_sentence_around_the_span():
    raw = "First sentence here. Second one has Acme Ltd in it. Third."
    s = raw.index("Acme")
    left, right = passage_bounds(raw, s, s + 8)
    assert raw[left:right] == "Second one has Acme Ltd in it."


def test_cite_facts_gives_one_mark_per_passage(cited):
    _, c = cited
    fact1 = {"doc_id": "b", "start": 0, "end": 13, "sentence_start": 0, "sentence_end": 60}
    fact2 = {"doc_id": "b", "start": 18, "end": 31, "sentence_start": 0, "sentence_end": 60}
    assert c.cite_facts([fact1, fact2], limit=3).count("<sup") == 1
    src = c.sources()[0]
    assert (src.passage_start, src.passage_end, src.spans) == (0, 60, [(0, 13)])


def test_empty_registry_says_so(cited):
    html = cited[1].sources_html()
    assert "No passage is cited" in html and 'id="sources"' in html


def test_unknown_document_is_an_error(cited):
    with pytest.raises(KeyError):
        cited[1].cite("zzz", 0, 1)


def test_only_the_cited_articles_are_read(cited):
    a, c = cited
    (a.dir / "c.txt").unlink()  # never cited, never opened
    c.cite("b", 0, 13)
    assert "Beta Hospital" in c.sources_html()


def test_a_fact_mark_links_to_its_anchor_on_the_article_page_and_its_entry_links_there_too(cited):
    _, c = cited
    mark = c.cite_fact({"doc_id": "b", "start": 0, "end": 13, "fact_id": "0123abcd4567ef89"})
    assert mark == (
        '<sup class="cite"><a href="articles/b.html#f-0123abcd4567ef89" data-print-href="#src-1">[1]</a></sup>'
    )
    html = c.sources_html()
    assert '<li id="src-1">“<mark>Beta Hospital</mark> and Gamma College' in html
    assert html.endswith('characters <a href="articles/b.html#f-0123abcd4567ef89">0–13</a>.</li></ol></section>')


def test_a_metadata_mark_links_to_the_field_anchor_and_is_empty_when_not_stated(cited):
    _, c = cited
    mark = c.cite_field("a", "title")
    assert mark == '<sup class="cite"><a href="articles/a.html#m-title" data-print-href="#src-1">[1]</a></sup>'
    assert c.cite_field("a", "publisher") == ""


def test_a_doc_id_with_spaces_and_specials_is_quoted_in_the_link(tmp_path):
    a = Articles(tmp_path)
    a.article("Clinic news #3 50% ü", "Delta Clinic opened in Foshan today.\n")
    a.fact("Clinic news #3 50% ü", "theme", "Delta Clinic", theme="x")
    c = a.report("01-corpus-overview").cite
    mark = c.cite_fact({"doc_id": "Clinic news #3 50% ü", "start": 0, "end": 12, "fact_id": "ab12"})
    assert 'href="articles/Clinic%20news%20%233%2050%25%20%C3%BC.html#f-ab12"' in mark


def test_a_later_entry_of_an_article_points_back_to_its_first_entry_not_to_the_one_above(cited):
    a, c = cited
    c.cite("a", 0, 12)
    c.cite("b", 0, 13)
    start = a.texts["a"].index("120")
    c.cite("a", start, start + 3)
    third = c.sources_html().split('<li id="src-3">')[1]
    assert 'same article as <a href="#src-1">[1]</a> (<code>a</code>), characters' in third
