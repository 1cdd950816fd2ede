"""The one shortener: whitespace collapsed, cut between words (or at a clause with `at_clause`), marked with "…"."""

from analysis.text import shorten


def test_text_that_fits_is_kept_with_its_whitespace_collapsed():
    assert shorten("Northvale  University\nsigned", 40) == "Northvale University signed"


def test_long_text_is_cut_between_words_and_marked():
    out = shorten("Northvale University signed a memorandum with Eastbay Hospital on Monday", 40)
    assert out == "Northvale University signed a…"  # "…a memorandum…" would be 41 characters
    assert len(out) <= 40


def test_one_long_word_is_cut_inside():
    assert shorten("Pneumonoultramicroscopicsilicovolcanoconiosis", 12) == "Pneumonoult…"


def test_at_clause_prefers_the_last_clause_boundary_that_keeps_most():
    text = "The clinic opened in Westbrook in May, with 40 beds and a pharmacy for the district"
    assert shorten(text, 60, at_clause=True) == "The clinic opened in Westbrook in May…"
    # no clause boundary late enough: between words
    assert shorten("One two three four five six seven eight, nine", 20, at_clause=True) == "One two three four…"


def test_at_clause_drops_dangling_punctuation_of_short_text():
    assert shorten(", Short event;", 80, at_clause=True) == "Short event"
