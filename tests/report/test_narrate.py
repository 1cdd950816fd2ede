"""Sentence building blocks: plurals, lists, numbers, amounts and dates, with hand-written expectations."""

import pytest

from analysis.report import narrate


@pytest.mark.parametrize(
    "word,n,expected",
    [
        ("article", 1, "article"),
        ("article", 0, "articles"),
        ("article", 2, "articles"),
        ("city", 3, "cities"),
        ("person", 2, "people"),
        ("quote", 5, "quotes"),
        ("day", 2, "days"),
        ("process", 2, "processes"),
        ("partnership", 1, "partnership"),
    ],
)
def test_plural(word, n, expected):
    assert narrate.plural(word, n) == expected


def test_count_spells_small_numbers_and_separates_large_ones():
    assert narrate.count(1, "article") == "one article"
    assert narrate.count(0, "quote") == "zero quotes"
    assert narrate.count(9, "city") == "nine cities"
    assert narrate.count(12, "organisation") == "12 organisations"
    assert narrate.count(1250, "community nurse") == "1,250 community nurses"
    assert narrate.count(3, "article", words=False) == "3 articles"


def test_join():
    assert narrate.join([]) == ""
    assert narrate.join(["a"]) == "a"
    assert narrate.join(["a", "b"]) == "a and b"
    assert narrate.join(["a", "b", "c"]) == "a, b and c"
    assert narrate.join(["a", "b"], "or") == "a or b"
    assert narrate.join(["x, y", "z", "w"], sep="; ") == "x, y; z and w"


@pytest.mark.parametrize(
    "x,expected",
    [
        (1250, "1,250"),
        (7.30, "7.3"),
        (0, "0"),
        (1234567, "1,234,567"),
        (41.92, "41.92"),
        (5.5, "5.5"),
        (float("nan"), "n/a"),
        (None, "n/a"),
    ],
)
def test_fmt_number(x, expected):
    assert narrate.fmt_number(x) == expected


@pytest.mark.parametrize(
    "value,unit,expected",
    [
        (45_000_000, "CNY", "45 million yuan"),
        (1e12, "USD", "US$1 trillion"),
        (1e9, "GBP", "£1 billion"),
        (8_500_000, "CNY", "8.5 million yuan"),
        (7.3, "percent", "7.3%"),
        (3, "years", "3 years"),
        (1, "years", "1 year"),
        (1250, "count", "1,250"),
        (1250, None, "1,250"),
        (1250, "community nurses", "1,250 community nurses"),
        (5.51, "per_1000", "5.51 per 1,000"),
        (4.3, "percentage_points", "4.3 percentage points"),
        (107, "minutes", "107 minutes"),
        (50_000_000, "outpatient visits", "50 million outpatient visits"),
        (1, "MOP", "1 pataca"),
        (600, "MOP", "600 patacas"),
    ],
)
def test_fmt_amount(value, unit, expected):
    assert narrate.fmt_amount(value, unit) == expected


@pytest.mark.parametrize(
    "iso,expected",
    [
        ("2021-06-04", "4 June 2021"),
        ("2024-03", "March 2024"),
        ("2015", "2015"),
        (None, "an unstated date"),
        ("", "an unstated date"),
        ("2023-02-30", "2023-02-30"),
    ],
)
def test_fmt_date(iso, expected):
    assert narrate.fmt_date(iso) == expected


def test_shorten():
    assert narrate.shorten("short  text", 20) == "short text"
    assert narrate.shorten("one two three four five", 12) == "one two…"
    assert narrate.shorten("abcdefghij", 5) == "abcd…"


def test_share_and_number_word():
    assert narrate.share(3, 5, "article") == "three of five articles"
    assert narrate.share(0, 4, "article") == "none of four articles"
    assert narrate.share(1, 1, "article") == "one of one article"
    assert narrate.share(12, 40, "article") == "12 of 40 articles"
    assert narrate.number_word(7) == "seven"
    assert narrate.number_word(1204) == "1,204"


def test_sentence():
    assert narrate.sentence("the corpus holds two articles") == "The corpus holds two articles."
    assert narrate.sentence("Done!") == "Done!"
    assert narrate.sentence("  ") == ""


def test_every_currency_of_the_extraction_is_written_as_a_reader_writes_it():
    """A currency added to the amount lexicons must get its sign or word here ("£45 million", "45 million yuan")."""
    from analysis.extract.amounts import currencies

    money = currencies()

    assert money
    for unit in money:
        written = narrate.fmt_amount(45_000_000, unit)
        assert unit not in written and "45 million" in written, unit
