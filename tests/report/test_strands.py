"""The line that says which articles a report covers, and why."""

from reportcorpus import plain, two_articles

from analysis.report import strands


def test_the_scope_of_a_strand_report_and_its_date_limits(tmp_path):
    a = two_articles(tmp_path)
    a.article("other", "Westgate bakery wins a prize\n\nThe bakery won a prize for its bread.\n")
    a.fact("other", "theme", "bakery", theme="food")
    r = a.report("02-china-uk-cooperation", date_from="2022")
    assert plain(strands.scope_html(r)) == (
        "This report covers the articles about China–UK cooperation, two of three articles: they name a UK body or "
        "place and one of mainland China, Hong Kong or Macao. Dated events are limited to those from 2022 on."
    )
    r = a.report("03-gba-health-reforms")
    assert plain(strands.scope_html(r)) == (
        "None of the three articles is about GBA health reforms: none of them name the Greater Bay Area's places, "
        "bodies or themes at least twice and no fewer of its places than mainland cities beyond it."
    )
    assert plain(strands.scope_html(a.report("01-corpus-overview"))) == (
        "This report covers all three articles of the corpus."
    )
