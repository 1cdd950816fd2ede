"""Property tests: any text extracts without error and every span is exact in the original."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import extract_document
from analysis.ingest.corpus import make_document

_ALPHABET = st.sampled_from(
    list("abc XYZ,.:;\n\n“”\"'’-%$£0123456789()")
    + [
        "University",
        "Hospital",
        " of ",
        "Professor ",
        " said",
        "million",
        "yuan",
        "March",
        "2020",
        "Hong Kong",
        "(UK)",
        "\u00a0",
        "  ",
    ]
)
_TEXT = st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=80).map("".join))


@settings(max_examples=50, deadline=None)
@given(_TEXT)
def test_spans_are_exact(text):
    doc = make_document("x", Path("x.txt"), text, "0" * 64)
    for f in extract_document(doc):
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert f["text"] == text[f["start"] : f["end"]]


@settings(max_examples=20, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_deterministic(text):
    doc = make_document("x", Path("x.txt"), text, "0" * 64)
    assert extract_document(doc) == extract_document(doc)
