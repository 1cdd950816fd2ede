"""Article text is untrusted: in the built reports it is shown as literal text and never runs.

One build (HTML and PDF of the overview, the China–UK report and two profiles) from a corpus holding a
hostile article (markup, script, links, math and LaTeX specials in its title, publisher line, cited sentences
and a quote, and a file name with spaces, non-ASCII characters and specials), a normal article, an empty file,
a duplicate and a file that is not .txt. Chromium opens the pages; pdftotext reads the PDFs. The title and the
file name name the article in every citation, so their specials reach every report; the article's own page shows
its whole text.
"""

import shutil
import subprocess

import pytest
from paths import FIXTURES

from analysis.assemble.run import build
from analysis.report.pages import page_name

pytestmark = pytest.mark.slow

HOSTILE_ID = "hostile 深圳 Ärzte $a_{1}^2$ & #%~"
TITLE = (
    "Shenzhen and Oxford <script>alert(1)</script> sign $5 deal for the $x^2$ plan \\alpha with {braces} #1 at 50% "
    "^ _ & \\ ~ now"
)
MATH = "the $x^2$ plan \\alpha { } $ & # ^ _ % ~ supports hospital reforms"  # a sentence only the article page shows
SHOWN = {  # literal text that must appear, and in which report
    "01-corpus-overview": [
        TITLE,
        "<img src=x onerror=alert(1)> [Evil Press](javascript:alert(1)) & Co",  # publisher
        HOSTILE_ID,  # the file name
        "Skipped empty.txt: the file is empty.",
        "normal copy.txt: same content as normal article.txt; kept normal article.txt only.",
        "Ignored (not .txt): notes.md",
    ],
    "02-china-uk-cooperation": [
        "Shenzhen People's Hospital <script>alert(1)</script> to train 120 nurses",  # a cited sentence
        '“This is <img src=x onerror=alert(1)> a quote with <a href="javascript:alert(1)">a link</a>, '
        "[a link](javascript:alert(1)) and ![image](http://x.example/y.png),”",  # a quote
        TITLE,  # math and LaTeX specials, in each of its citations
        HOSTILE_ID,
    ],
}

ARTICLE = page_name(HOSTILE_ID).removesuffix(".html")  # the hostile article's own page, with its facts highlighted
ARTICLE_SHOWN = [HOSTILE_ID, *SHOWN["01-corpus-overview"][:2], *SHOWN["02-china-uk-cooperation"], MATH]


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    shutil.copytree(FIXTURES / "hostile", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    shutil.copy(corpus / "normal article.txt", corpus / "normal copy.txt")
    (corpus / "notes.md").write_text("# not an article\n", encoding="utf-8")
    out = root / "reports"
    assert build(corpus, out, skip_bad=True, only=["01", "02", "04"], profiles=2, jobs=2, quiet=True) == 0
    return out


def profiles(out) -> list[str]:
    """Stems of the profiles built (the top organisation, then the top person)."""
    return sorted(p.stem for p in out.glob("04-entity-profile-*.html"))


def test_hostile_text_is_literal_and_inert_in_chromium(hostile_build):
    from playwright.sync_api import sync_playwright

    from analysis.assemble.render import CHROMIUM_ARGS

    out = hostile_build
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            assert len(profiles(out)) == 2
            for stem in [*SHOWN, *profiles(out), ARTICLE, "index"]:
                page = browser.new_page()
                dialogs = []
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                errors = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto((out / f"{stem}.html").as_uri(), wait_until="load")
                page.wait_for_timeout(300)  # let any onerror handler of a broken image fire
                assert dialogs == [], stem
                assert errors == [], stem
                injected = page.evaluate("""() => ({
                    scripts: Array.from(document.scripts).filter(s => s.textContent.includes('alert')).length,
                    images: document.querySelectorAll('img[src="x"], img[onerror], [onerror]').length,
                    links: document.querySelectorAll('a[href^="javascript"], a[href^="http://x.example"]').length,
                })""")
                if stem == "02-china-uk-cooperation":  # its citations open the hostile article's page at the span
                    assert page.evaluate(
                        "[...document.querySelectorAll('sup.cite a')].some(a => a.href.includes("
                        "'/articles/hostile%20')) "
                    )
                assert injected == {"scripts": 0, "images": 0, "links": 0}, stem
                text = squash(page.evaluate("() => document.body.innerText"))
                for literal in SHOWN.get(stem, ARTICLE_SHOWN if stem == ARTICLE else []):
                    assert squash(literal) in text, (stem, literal)
                page.close()
        finally:
            browser.close()


def test_hostile_text_is_literal_in_the_pdf(hostile_build):
    for stem, literals in SHOWN.items():
        pdf = hostile_build / f"{stem}.pdf"
        assert pdf.read_bytes()[:5] == b"%PDF-"
        text = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
        for literal in literals:
            assert squash(literal) in text, (stem, literal)


def test_file_name_with_spaces_and_non_ascii_characters_reaches_the_data_and_the_full_tables(hostile_build):
    """The full tables linked as CSV carry the doc_id literally (charts of article text are checked in
    tests/report/test_charts.py: a `$...$` label would be mathtext)."""
    out = hostile_build
    for table in ("table-articles.csv", "table-strands.csv"):
        text = (out / "figures" / "01-corpus-overview" / table).read_text(encoding="utf-8")
        assert f"\n{HOSTILE_ID}," in text, table
    assert f'"doc_id": "{HOSTILE_ID}"' in (out / "data" / "facts.jsonl").read_text(encoding="utf-8")
