"""Citations: numbering by first use, one entry per span, anchors that match, escaped passages."""

import pytest

from analysis.ingest.corpus import load_corpus
from analysis.report.cite import Citations, passage_bounds


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Alpha Clinic opened.\n\nIt serves <b>120</b> patients & staff. The end.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Beta Hospital and Gamma College signed a deal on 3 May 2021.\n", encoding="utf-8")
    return load_corpus(tmp_path)


def test_numbers_follow_first_use_and_repeat_for_the_same_span(corpus):
    c = Citations(corpus)
    first = c.cite("b", 0, 13)
    second = c.cite("a", 0, 12)
    again = c.cite("b", 0, 13)
    assert first == '<sup class="cite"><a href="#src-1">[1]</a></sup>'
    assert second == '<sup class="cite"><a href="#src-2">[2]</a></sup>'
    assert again == first
    assert len(c) == 2
    assert [s.number for s in c.sources()] == [1, 2]
    assert [s.doc_id for s in c.sources()] == ["b", "a"]


def test_sources_section_has_an_anchor_per_mark_and_escapes_the_passage(corpus):
    c = Citations(corpus)
    raw = corpus.documents[0].raw
    start = raw.index("120")
    marks = c.cite("a", start, start + 3)
    html = c.sources_html()
    assert 'id="src-1"' in html and 'href="#src-1"' in marks
    assert "&lt;b&gt;<mark>120</mark>&lt;/b&gt; patients &amp; staff." in html
    assert "<b>" not in html
    assert "characters " + str(start) + "–" + str(start + 3) in html
    assert "<code>a</code>" in html


def test_passage_is_the_sentence_around_the_span():
    raw = "First sentence here. Second one has Acme Ltd in it. Third."
    s = raw.index("Acme")
    left, right = passage_bounds(raw, s, s + 8)
    assert raw[left:right] == "Second one has Acme Ltd in it."


def test_cite_fact_uses_the_sentence_bounds_and_cite_facts_skips_repeated_passages(corpus):
    c = Citations(corpus)
    raw = [d for d in corpus.documents if d.doc_id == "b"][0].raw
    fact1 = {"doc_id": "b", "start": 0, "end": 13, "sentence_start": 0, "sentence_end": 60}
    fact2 = {"doc_id": "b", "start": 18, "end": 31, "sentence_start": 0, "sentence_end": 60}
    marks = c.cite_facts([fact1, fact2], limit=3)
    assert marks.count("<sup") == 1
    src = c.sources()[0]
    assert (src.passage_start, src.passage_end) == (0, 60)
    assert raw[src.start : src.end] == "Beta Hospital"


def test_empty_registry_says_so(corpus):
    html = Citations(corpus).sources_html()
    assert "No passage is cited" in html and 'id="sources"' in html


def test_unknown_document_is_an_error(corpus):
    with pytest.raises(KeyError):
        Citations(corpus).cite("zzz", 0, 1)


def test_a_fact_mark_links_to_its_anchor_on_the_article_page_and_its_entry_links_there_too(corpus):
    c = Citations(corpus)
    fact = {"doc_id": "b", "start": 0, "end": 13, "fact_id": "0123abcd4567ef89"}
    mark = c.cite_fact(fact)
    assert mark == (
        '<sup class="cite"><a href="articles/b.html#f-0123abcd4567ef89" data-print-href="#src-1">[1]</a></sup>'
    )
    html = c.sources_html()
    assert '<li id="src-1">“<mark>Beta Hospital</mark> and Gamma College' in html
    assert html.endswith(
        'characters 0–13. <a href="articles/b.html#f-0123abcd4567ef89">in the article</a></li></ol></section>'
    )


def test_a_metadata_mark_links_to_the_field_anchor(tmp_path):
    (tmp_path / "c.txt").write_text(
        "Harbour clinic opens its doors in Foshan\n\nA new clinic opened in Foshan this week.\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert doc.title is not None and doc.title.value == "Harbour clinic opens its doors in Foshan"
    mark = Citations(corpus).cite_field("c", doc.title)
    assert mark == '<sup class="cite"><a href="articles/c.html#m-title" data-print-href="#src-1">[1]</a></sup>'


def test_a_doc_id_with_spaces_and_specials_is_quoted_in_the_link(tmp_path):
    (tmp_path / "Clinic news #3 50% ü.txt").write_text("Delta Clinic opened in Foshan today.\n", encoding="utf-8")
    c = Citations(load_corpus(tmp_path))
    mark = c.cite_fact({"doc_id": "Clinic news #3 50% ü", "start": 0, "end": 12, "fact_id": "ab12"})
    assert 'href="articles/Clinic%20news%20%233%2050%25%20%C3%BC.html#f-ab12"' in mark
