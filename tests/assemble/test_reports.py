"""End to end: the seeds plus a new hand-written article, built once and checked in the HTML, a browser and a PDF.

The new article (tests/fixtures/reports/corpus/gamma_stroke_centre.txt) is not in seeds/: its organisations,
amount and quote reaching the reports, cited to its doc_id, shows that nothing about the seeds is hard-coded.
"""

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from paths import PROJECT

from analysis.assemble.run import build

NEW = PROJECT / "tests" / "fixtures" / "reports" / "corpus" / "gamma_stroke_centre.txt"
NEW_ID = NEW.stem
REPORTS = ("01-corpus-overview", "02-china-uk-cooperation", "03-gba-health-reforms")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("generic")
    corpus = root / "corpus"
    shutil.copytree(PROJECT / "seeds", corpus)
    shutil.copy(NEW, corpus / NEW.name)
    out = root / "reports"
    code = build(corpus, out, pdf=False, profiles=0, quiet=True)
    errors = sorted((out / "_errors").glob("*.json")) if (out / "_errors").exists() else []
    assert code == 0, [e.read_text() for e in errors]
    return out


def sources_of(html: str) -> dict[int, str]:
    """Source number -> doc_id, from the Sources section."""
    return {int(n): d for n, d in re.findall(r'<li id="src-(\d+)">.*?\(<code>([^<]+)</code>\), characters', html, re.S)}


def row_docs(html: str, text: str) -> set[str]:
    """doc_ids cited in the table rows that contain `text`."""
    srcs = sources_of(html)
    rows = [r for r in re.findall(r"<tr>.*?</tr>", html, re.S) if text in r]
    return {srcs[int(n)] for r in rows for n in re.findall(r'data-print-href="#src-(\d+)"', r)}


def read(out: Path, stem: str) -> str:
    return (out / f"{stem}.html").read_text(encoding="utf-8")


def test_new_article_flows_into_the_reports(built):
    coop = read(built, "02-china-uk-cooperation")
    gba = read(built, "03-gba-health-reforms")
    overview = read(built, "01-corpus-overview")
    assert NEW_ID in overview
    for page in (coop, gba):
        assert NEW_ID in sources_of(page).values()
    # its organisations, with citations into the new article
    assert NEW_ID in row_docs(coop, "Westbrook University")
    assert NEW_ID in row_docs(coop, "Shenzhen Harbour Hospital")
    # its amount in yuan, formatted, in the China–UK report (the largest sums, the initiative's money) with a
    # citation into the new article; the Greater Bay Area report leaves out the figures of an article about
    # cooperation with a UK body
    body = coop.split('<li id="src-1">')[0]
    assert "45 million yuan" in body
    n = int(re.search(r"45 million yuan.*?data-print-href=\"#src-(\d+)\"", body, re.S).group(1))
    assert sources_of(coop)[n] == NEW_ID
    assert "45 million yuan" not in gba
    # one of its quotes (the report shows the most prominent few), cited to it
    assert "Patients in Shenzhen and Hong Kong will benefit" in coop
    row = re.search(r"Patients in Shenzhen and Hong Kong will benefit.*?</tr>", coop, re.S).group(0)
    n = int(re.search(r'data-print-href="#src-(\d+)"', row).group(1))
    assert sources_of(coop)[n] == NEW_ID


def test_years_chart_counts_the_dated_articles_of_each_strand(built):
    """The articles-by-year chart's CSV counts, year by year and strand by strand, the distinct dated articles the
    build's articles table lists with that year and strand; with fewer than three years there is no chart."""
    figures = built / "figures" / "01-corpus-overview"
    with open(built / "data" / "articles.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["published"] and r["doc_id"] == r["canonical"]]
    labels = {"china_uk": "China–UK cooperation", "both": "both strands", "gba": "GBA health reforms"}
    want = {}
    for r in rows:
        if r["strand"] in labels:
            key = (r["published"][:4], labels[r["strand"]])
            want[key] = want.get(key, 0) + 1
    chart = figures / "articles-by-year.csv"
    if len({y for y, _ in want}) < 3:
        assert not chart.exists()
        return
    with open(chart, encoding="utf-8", newline="") as f:
        got = {(r["year"], k): int(v) for r in csv.DictReader(f) for k, v in r.items() if k != "year" and int(v)}
    assert got == want
    assert (figures / "articles-by-year.png").read_bytes()[:4] == b"\x89PNG"


def test_citations_resolve_and_text_is_escaped(built):
    for stem in REPORTS:
        html = read(built, stem)
        targets = set(re.findall(r'data-print-href="#(src-\d+)"', html))
        ids = set(re.findall(r'id="(src-\d+)"', html))
        assert targets and targets <= ids, stem


@pytest.mark.browser
def test_every_citation_opens_its_anchor_on_an_article_page_in_chromium(built):
    from playwright.sync_api import sync_playwright

    from analysis.assemble.render import CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            links = set()
            for stem in REPORTS:
                page.goto((built / f"{stem}.html").as_uri(), wait_until="load")
                marks = page.evaluate("() => [...document.querySelectorAll('sup.cite a')].map(a => a.href)")
                entries = page.evaluate("() => [...document.querySelectorAll('.sources li a')].map(a => a.href)")
                assert marks and all("/articles/" in h and "#" in h for h in marks), stem
                links |= set(marks) | set(entries)
            pages: dict[str, set[str]] = {}
            for href in links:
                url, anchor = href.split("#", 1)
                pages.setdefault(url, set()).add(anchor)
            assert any(NEW_ID.replace("_", "") in u.replace("_", "") for u in pages)
            for url, anchors in sorted(pages.items()):
                page.goto(url, wait_until="load")
                found = page.evaluate("ids => ids.filter(id => document.getElementById(id) !== null)", sorted(anchors))
                assert found == sorted(anchors), url
        finally:
            browser.close()


@pytest.mark.browser
def test_reports_in_a_browser_and_as_pdf(built, tmp_path):
    from playwright.sync_api import sync_playwright

    from analysis.assemble.render import CHROMIUM_ARGS, PdfPrinter

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            for stem in REPORTS:
                page = browser.new_page()
                errors = []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto((built / f"{stem}.html").as_uri())
                page.wait_for_load_state("load")
                assert errors == [], (stem, errors)
                missing = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
                    .map(a => a.getAttribute('href').slice(1)).filter(id => id && !document.getElementById(id))""")
                assert missing == [], (stem, missing)
                broken = page.evaluate("""() => [...document.images].filter(i => !i.complete || i.naturalWidth === 0)
                    .map(i => i.alt || i.src.slice(0, 40))""")
                assert broken == [], (stem, broken)
                if stem == "01-corpus-overview":  # a chart only where it shows a comparison worth seeing
                    assert page.evaluate("document.images.length") >= 1, stem
                page.close()
        finally:
            browser.close()

    pdf = tmp_path / "02.pdf"
    with PdfPrinter() as printer:
        pdf.write_bytes(printer.print_pdf(built / "02-china-uk-cooperation.html", "20240101000000"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "This report covers the articles about China–UK cooperation" in flat
    assert "Westbrook University" in flat
    assert "Sources" in flat and NEW_ID in flat.replace(" ", "")
