"""The index page: each report with what its notebook said of itself, the parameters its published files were
built with, and whether its last build failed."""

from analysis.assemble.index import article_line, bottom_line, index_html
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


def test_the_bottom_line_is_the_first_finding_of_the_first_five_reports_that_have_one():
    jobs = [Job(f"0{i}-r", "01-corpus-overview", {}, f"Report {i}") for i in range(7)]
    reports = {j.stem: {"summary": {"first_finding": f"Finding <{j.stem}>."}} for j in jobs if j.stem != "01-r"}
    page = index_html({"corpus": {}, "reports": reports}, jobs)
    lines = bottom_line({"reports": reports}, jobs)
    assert [t for t, _ in lines] == ["Report 0", "Report 2", "Report 3", "Report 4", "Report 5"]
    assert '<h2 id="bottom-line">The bottom line</h2>' in page
    assert "<li><strong>Report 0:</strong> Finding &lt;00-r&gt;.</li>" in page
    assert "Report 6:</strong>" not in page
    assert "bottom-line" not in index_html(manifest(), [JOB])


ARTICLE = {"doc_id": "b 1", "title": "Harbour clinic opens", "label": "Harbour clinic opens", "published": "2024-05-02",
           "publisher": "Harbour Times", "strand": "gba", "canonical": "b 1", "group_size": 3}  # fmt: skip


def test_an_article_is_listed_with_its_real_title_date_publisher_strand_and_copies():
    assert article_line(ARTICLE) == (
        '<li><a href="articles/b%201.html">Harbour clinic opens</a> (<code>b 1</code>): 2024-05-02; Harbour Times; '
        "GBA health reforms; republished 2 more times</li>"
    )
    untitled = dict(ARTICLE, title=None, label="A clinic <b>opened</b>.", published=None, publisher=None)
    untitled.update(strand="neither", canonical="a", group_size=2)
    assert article_line(untitled) == (
        '<li><a href="articles/b%201.html">A clinic &lt;b&gt;opened&lt;/b&gt;. <em>(untitled: its first sentence)</em>'
        "</a> (<code>b 1</code>): undated; publisher not stated; neither strand; a republished copy of <code>a</code>"
        "</li>"
    )
    # a party's own page says whose release it is
    own = dict(ARTICLE, publisher="Harbour Clinic News", release_of="Harbour Clinic")
    assert "2024-05-02; Harbour Clinic News; a press release of Harbour Clinic; GBA health reforms" in article_line(own)


def test_the_articles_section_says_which_pages_were_written_and_where_every_article_is():
    page = index_html(manifest(), [JOB], [ARTICLE], written=1)
    assert "The 1 article the reports cite, of 1, each as saved" in page
    assert '<a href="data/articles.csv">data/articles.csv</a>; build with --article-pages all' in page
    assert "Every article (1) as saved" in index_html(manifest(), [JOB], [ARTICLE], written=1, mode="all")
    assert "The 1 most recent are listed here." in index_html(manifest(), [JOB], [ARTICLE], written=5)


def test_the_bottom_line_takes_the_corpus_reports_findings_in_turn_then_the_profiles():
    jobs = [
        Job("01-a", "01-corpus-overview", {}, "Overview"),
        Job("02-b", "02-china-uk-cooperation", {}, "Cooperation"),
        Job("03-c", "03-gba-health-reforms", {}, "Reforms"),
        Job("04-d", "04-entity-profile", {"entity": "org:x"}, "Profile"),
        Job("04-e", "04-entity-profile", {"entity": "org:y"}, "Other profile"),
    ]
    reports = {
        "01-a": {"summary": {"first_finding": "O1.", "findings": ["O1.", "O2."]}},  # the overview gives one line
        "02-b": {"summary": {"first_finding": "C1.", "findings": ["C1.", "C2.", "C3."]}},  # an analysis two
        "03-c": {"summary": {"first_finding": "R1.", "findings": ["R1."]}},
        "04-d": {"summary": {"first_finding": "P1.", "findings": ["P1.", "P2."]}},
        "04-e": {"summary": {"first_finding": "Q1.", "findings": ["Q1."]}},
    }
    lines = bottom_line({"reports": reports}, jobs)
    assert lines == [
        ("Overview", "O1."),
        ("Cooperation", "C1."),
        ("Reforms", "R1."),
        ("Cooperation", "C2."),
        ("Profile", "P1."),
    ]


def test_the_corpus_line_writes_its_count_as_a_reader_does():
    one = index_html(manifest(**PUBLISHED), [JOB])
    assert "Built from 1 article in <code>corpus</code>," in one
    many = manifest(**PUBLISHED)
    many["corpus"]["articles"] = {f"a{i}": "0" * 64 for i in range(1234)}
    assert "Built from 1,234 articles in <code>corpus</code>," in index_html(many, [JOB])


def test_the_bottom_line_is_a_synthesis_of_the_lines_the_reports_hand_over():
    jobs = [
        Job("01-c", "01-corpus-overview", {}, "The corpus"),
        Job("02-u", "02-china-uk-cooperation", {}, "China–UK"),
        Job("03-g", "03-gba-health-reforms", {}, "GBA"),
    ]
    reports = {
        "01-c": {"summary": {"first_finding": "The corpus holds 12 articles: 7 about cooperation, 5 about reform."}},
        "02-u": {"summary": {"findings": ["A long finding."], "brief": {
            "china_uk": "Four initiatives join a UK and a Chinese body.",
            "leads": "Northvale University leads the UK side with two initiatives.",
            "span": {"what": "China–UK cooperation", "first": "2016-05-03", "last": "2021-06", "n": 4}}}},
        "03-g": {"summary": {"findings": ["Another long finding."], "brief": {
            "gba": "Cross-border measures of two kinds: access (three articles) and staff (one).",
            "span": {"what": "GBA health reform", "first": "2019", "last": "2024-02-01", "n": 6}}}},
    }  # fmt: skip
    # what happened first, the corpus it was read from last
    assert bottom_line({"reports": reports}, jobs) == [
        ("China–UK cooperation", "Four initiatives join a UK and a Chinese body."),
        ("Who leads", "Northvale University leads the UK side with two initiatives."),
        ("Greater Bay Area", "Cross-border measures of two kinds: access (three articles) and staff (one)."),
        ("Over time", "Dated steps run from 3 May 2016 to 1 February 2024: four of China–UK cooperation "
         "(2016–2021) and six of GBA health reform (2019–2024)."),
        ("The corpus", "The corpus holds 12 articles: 7 about cooperation, 5 about reform."),
    ]  # fmt: skip
    # no lead: the line is left out, not replaced by a key finding
    del reports["02-u"]["summary"]["brief"]["leads"]
    assert [t for t, _ in bottom_line({"reports": reports}, jobs)] == [
        "China–UK cooperation", "Greater Bay Area", "Over time", "The corpus"
    ]  # fmt: skip


def test_data_without_a_text_copy_says_how_to_write_one():
    both = {"data/facts.parquet": "p", "data/facts.jsonl": "j", "data/facts.csv": "c"}
    m = manifest(**PUBLISHED)
    m["reports"]["_data"] = {"outputs": both}
    assert "writes one" not in index_html(m, [JOB])
    m["reports"]["_data"] = {"outputs": {"data/facts.parquet": "p"}}
    page = index_html(m, [JOB])
    assert '<a href="data/facts.parquet">data/facts.parquet</a> (no JSONL or CSV copy of more than 1,000,000' in page
    assert "<code>python -m analysis facts CORPUS --format jsonl</code> writes one" in page
