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
