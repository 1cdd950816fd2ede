"""One rule decides where a sentence ends, with one abbreviation list, for every stage that asks."""

from pathlib import Path

from analysis.extract import sentences
from analysis.extract.nlp import analyse_many
from analysis.ingest.corpus import make_document
from analysis.report.cite import article_name, passage_bounds


def _texts(text):
    return [text[s:e] for s, e in sentences.spans(text)]


def test_a_title_with_a_full_stop_does_not_end_the_sentence():
    assert _texts("Dr. Wu arrived. He spoke.") == ["Dr. Wu arrived.", "He spoke."]


def test_initials_and_listed_abbreviations_do_not_end_the_sentence():
    text = "Prof. K.L. Marr met J. Obi at No. 4 Quay St. on Monday. Then they left."
    assert _texts(text) == ["Prof. K.L. Marr met J. Obi at No. 4 Quay St. on Monday.", "Then they left."]


def test_a_surname_before_a_full_stop_ends_the_sentence():
    assert _texts("The talks were led by Ann Dorrit. Together they toured the ward.") == [
        "The talks were led by Ann Dorrit.",
        "Together they toured the ward.",
    ]


def test_closing_quotes_stay_with_their_sentence_and_lines_end_sentences():
    text = '"We agree." Then the board voted\nA new line'
    assert _texts(text) == ['"We agree."', "Then the board voted", "A new line"]
    assert sentences.boundaries(text) == [(11, 12)]


def test_ends_at_a_mark():
    text = "Dr. Wu met Ms. Ito. They spoke"
    assert not sentences.ends_at(text, text.index("."))
    assert sentences.ends_at(text, text.index("Ito.") + 3)
    assert sentences.ends_at("It closed.", 9)
    assert not sentences.ends_at("Ltd. and more", 3)


def test_the_nlp_pass_uses_the_same_sentences():
    text = "Dr. Wu arrived at St. Luke's. He spoke to Prof. Ray.\n"
    doc = make_document("s", Path("s.txt"), text, "0" * 64)
    ctx = analyse_many([doc])[0]
    assert [ctx.text[s:e] for s, e in ctx.sents] == ["Dr. Wu arrived at St. Luke's.", "He spoke to Prof. Ray."]


def test_citations_cut_passages_with_the_same_rule():
    raw = "Dr. Wu arrived. He met Mr. Ray at the clinic. It was late."
    s = raw.index("Ray")
    left, right = passage_bounds(raw, s, s + 3)
    assert raw[left:right] == "He met Mr. Ray at the clinic."
    s = raw.index("Wu")
    assert raw[slice(*passage_bounds(raw, s, s + 2))] == "Dr. Wu arrived."


def test_article_name_is_the_first_sentence_when_there_is_no_title():
    doc = make_document("t", Path("t.txt"), "Dr. Wu opened the clinic. It has ten beds.\n", "0" * 64)
    if doc.title is None:
        assert article_name(doc) == "Dr. Wu opened the clinic."


def test_a_number_or_a_possessive_before_the_full_stop_ends_the_sentence():
    assert _texts("Beds rose to 5. Wards rose to 3.5. Staff met at St. Luke's. They left.") == [
        "Beds rose to 5.",
        "Wards rose to 3.5.",
        "Staff met at St. Luke's.",
        "They left.",
    ]


def test_a_full_stop_before_a_symbol_ends_the_sentence_but_not_before_lower_case():
    assert _texts("The minister arrived. /Photo agency") == ["The minister arrived.", "/Photo agency"]
    assert _texts("It costs approx. 20 pounds, e.g. the fee.") == ["It costs approx. 20 pounds, e.g. the fee."]
