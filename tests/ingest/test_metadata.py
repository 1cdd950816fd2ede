"""Metadata the article states about itself: title, publication date, publisher, with spans."""

from analysis.ingest.metadata import detect


def check_span(text, field, value):
    assert field is not None
    assert field.value == value
    return text[field.start : field.end]


def test_headline_labelled_date_and_copyright_holder():
    text = (
        "Menu\nCity opens three clinics for older residents\n\nTime:2021-07-09\n\n"
        "The city opened three clinics on Friday.\nCopyright © 2020 Harbour City Council. All Rights Reserved\n"
    )
    m = detect(text)
    assert check_span(text, m.title, "City opens three clinics for older residents") == m.title.value
    assert check_span(text, m.published, "2021-07-09") == "2021-07-09"
    assert check_span(text, m.publisher, "Harbour City Council") == "Harbour City Council"


def test_updated_label_in_words():
    text = "Hospital wins award for stroke care\nUpdated: Dec 19, 2019\nThe hospital won an award.\n"
    m = detect(text)
    assert m.published.value == "2019-12-19"
    assert text[m.published.start : m.published.end] == "Dec 19, 2019"


def test_dateline():
    text = "Vaccine plant to open\nBEIJING, March 3 (Xinhua) -- A vaccine plant opens.\n"
    assert detect(text).published is None  # a dateline without a year is not a full date
    text = "Vaccine plant to open\nBEIJING, March 3, 2020 (Xinhua) -- A vaccine plant opens.\n"
    assert detect(text).published.value == "2020-03-03"


def test_no_title_when_body_starts_first():
    text = "The council met on Tuesday. It agreed a budget.\nAnother paragraph follows here.\n"
    assert detect(text).title is None


def test_byline_of_outlet_names_under_title():
    text = "Delegation visits two teaching hospitals in Leeds\n\nBBC / CGTN\nA delegation visited.\n"
    m = detect(text)
    assert m.publisher.value == "BBC / CGTN"
    assert text[m.publisher.start : m.publisher.end] == "BBC / CGTN"


def test_nothing_stated_gives_none():
    m = detect("a short note without any headline or date.")
    assert (m.title, m.published, m.publisher) == (None, None, None)
