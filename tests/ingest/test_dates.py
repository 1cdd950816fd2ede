"""Month names as articles write them."""

from analysis.ingest.dates import month_number


def test_month_names_and_abbreviations_in_any_case_give_their_number():
    assert [month_number(w) for w in ("January", "feb", "Sept.", "SEPT", "Dec.", "June ", "may")] == [
        1,
        2,
        9,
        9,
        12,
        6,
        5,
    ]


def test_words_that_start_like_a_month_are_no_month():
    assert [month_number(w) for w in ("Mayor", "Marching", "Junior", "Decade", "")] == [None] * 5
