"""The index page: each report with what its notebook said of itself, the parameters its published files were
built with, and whether its last build failed."""

from analysis.assemble.index import index_html
from analysis.assemble.plan import Job

JOB = Job("01-corpus-overview", "01-corpus-overview", {"top_n": 7, "skip_bad": False}, "The corpus at a glance")
OTHER = Job("02-china-uk-cooperation", "02-china-uk-cooperation", {"focus": "china_uk"}, "China–UK")


def manifest(**record):
    return {"corpus": {"articles": {"a": "0" * 64}, "dir": "corpus"}, "reports": {JOB.stem: record} if record else {}}


PUBLISHED = {
    "params": {"top_n": 5, "skip_bad": False},
    "outputs": {"01-corpus-overview.html": "x", "01-corpus-overview.pdf": "y"},
    "summary": {"first_finding": "Two of three articles concern <the> GBA reforms & more.", "pages": 3},
}


def test_a_report_shows_its_first_finding_page_count_and_links():
    page = index_html(manifest(**PUBLISHED), [JOB])
    assert "First finding: Two of three articles concern &lt;the&gt; GBA reforms &amp; more." in page
    assert "<td>3 pages</td>" in page
    assert '<a href="01-corpus-overview.html">HTML</a> · <a href="01-corpus-overview.pdf">PDF</a>' in page
    assert "last build of this report failed" not in page


def test_a_failed_build_keeps_the_last_good_files_and_says_so_with_their_parameters():
    page = index_html(manifest(**PUBLISHED), [JOB], failed={JOB.stem})
    assert "the last build of this report failed (see <code>_errors/01-corpus-overview.json</code>)" in page
    assert "tables show up to 5 rows" in page  # what the published files were built with, not the failed attempt
    assert "up to 7 rows" not in page


def test_a_report_never_built_points_to_its_error_record():
    page = index_html(manifest(), [JOB, OTHER], failed={JOB.stem})
    assert "not built (see <code>_errors/01-corpus-overview.json</code>)" in page
    assert "tables show up to 7 rows" in page  # nothing published: the planned parameters
