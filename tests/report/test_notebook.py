"""What a notebook opens: parameters checked, the corpus, and its facts (extracted, or read from a facts file)."""

import pytest
from paths import FIXTURES

from analysis.errors import ParameterError
from analysis.facts import export
from analysis.facts.table import facts_for
from analysis.ingest.corpus import load_corpus
from analysis.report.notebook import open_report

CORPUS = FIXTURES / "corpus"


def test_facts_read_back_from_parquet_are_the_extracted_facts(tmp_path):
    facts = facts_for(load_corpus(CORPUS))
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts))
    r = open_report("01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(path)}, set())
    assert r.facts.equals(facts)


def test_a_missing_facts_file_is_named(tmp_path):
    with pytest.raises(ParameterError) as err:
        open_report(
            "01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(tmp_path / "no.parquet")}, set()
        )
    assert "facts_file" in str(err.value) and "no.parquet" in str(err.value)


def test_the_first_finding_travels_as_plain_text_in_the_output_metadata(monkeypatch):
    """The index page takes a report's first key finding from this metadata, not from the rendered HTML."""
    from analysis.report import notebook
    from analysis.report.findings import Finding

    shown = []
    monkeypatch.setattr(notebook, "display", lambda data, metadata=None, raw=False: shown.append((data, metadata)))
    r = open_report("01-corpus-overview", {"corpus_dir": str(CORPUS)}, set())
    found = [
        Finding("a", 3, lambda: 'Two of three pacts are in <em>research</em> &amp; care<sup class="cite">[1]</sup>.'),
        Finding("b", 2, lambda: "Another claim."),
    ]
    r.findings(found, "nothing")
    ((data, meta),) = shown
    assert "<li>Two of three pacts" in data["text/html"]
    assert meta == {"analysis": {"summary": {"first_finding": "Two of three pacts are in research & care."}}}
    shown.clear()
    r.findings([], "The articles report too few partnerships to compare.")
    assert shown[0][1] == {}


@pytest.mark.parametrize(
    "html, text",
    [
        (
            '<ul><li>A <b>bold</b><br> claim<sup class="cite"><a href="#s">[2]</a></sup>.</li><li>B</li></ul>',
            "A bold claim.",
        ),
        ("<p>no list</p>", None),
        ("<ul><li>  spaced\n  out  </li></ul>", "spaced out"),
    ],
)
def test_first_item_text(html, text):
    from analysis.report.notebook import first_item_text

    assert first_item_text(html) == text
