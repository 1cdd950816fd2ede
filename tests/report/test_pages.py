"""Article page names and links: readable where safe, quoted in links, never shared by two articles."""

from analysis.report.pages import fact_anchor, field_anchor, page_href, page_name


def test_a_plain_doc_id_is_the_page_name():
    assert page_name("012_clinic-news") == "articles/012_clinic-news.html"
    assert page_href("012_clinic-news", fact_anchor("9f00")) == "articles/012_clinic-news.html#f-9f00"
    assert page_href("012_clinic-news", field_anchor("title")) == "articles/012_clinic-news.html#m-title"


def test_spaces_and_non_ascii_letters_stay_in_the_name_and_are_quoted_in_the_link():
    assert page_name("Ärzte in Foshan 深圳") == "articles/Ärzte in Foshan 深圳.html"
    assert page_href("a #1 & 50%") == "articles/a%20%231%20%26%2050%25.html"


def test_characters_unsafe_in_file_names_are_replaced_and_a_hash_keeps_names_apart():
    one, two = page_name('report: "a"?'), page_name("report_ _a__")
    assert one.startswith("articles/report_ _a__-") and one.endswith(".html")
    assert one != two
    assert page_name("line\nbreak").startswith("articles/line_break-")


def test_a_very_long_doc_id_gives_a_short_enough_name():
    name = page_name("ü" * 150)
    assert len(name.split("/", 1)[1].encode("utf-8")) <= 200 + len("-12345678.html")
