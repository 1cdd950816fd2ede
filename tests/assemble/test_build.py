"""Building reports end to end: papermill executes the notebooks, nbconvert and chromium render HTML and PDF."""

import hashlib
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from paths import FIXTURES

from analysis.assemble.run import build

pytestmark = pytest.mark.slow


def digests(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The overview report of the fixture corpus, built once for the module (HTML and PDF)."""
    root = tmp_path_factory.mktemp("built")
    corpus = root / "corpus"
    shutil.copytree(FIXTURES / "corpus", corpus)
    out = root / "reports"
    assert build(corpus, out, only=["01"], profiles=0, quiet=True, article_pages="all") == 0
    return corpus, out


def test_html_holds_the_narrative_table_chart_and_sources(built):
    _, out = built
    html = (out / "01-corpus-overview.html").read_text(encoding="utf-8")
    assert "The corpus holds two articles" in html
    assert "Northfield University and Pearl Coast Hospital open joint training centre" in html
    assert 'id="src-1"' in html and 'href="#src-1"' in html
    assert "data:image/png;base64," in html
    assert "<script src=" not in html and "cdn." not in html  # self-contained, offline
    assert "corpus_dir" not in html  # code cells are hidden


def test_no_years_chart_when_the_articles_span_fewer_than_three_years(built):
    """The two fixture articles give at most two years of publication, so a chart of articles by year would say
    nothing: it is left out, and no figure file is written for it."""
    corpus, out = built
    years = {m.group(1) for p in corpus.glob("*.txt") for m in re.finditer(r"\b(20\d\d)\b", p.read_text("utf-8"))}
    assert len(years) < 3
    figures = out / "figures" / "01-corpus-overview"
    assert not (figures / "articles-by-year.csv").exists()
    assert not (figures / "articles-by-year.png").exists()
    assert "Articles by year" not in (out / "01-corpus-overview.html").read_text(encoding="utf-8")


def test_pdf_text_holds_the_narrative_and_chinese_characters(built):
    _, out = built
    pdf = out / "01-corpus-overview.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "The corpus holds two articles" in text
    assert "Sources" in text
    assert "社区诊所进展" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYiZenHei" in fonts  # the CJK glyphs come from an embedded CJK font, not empty boxes


def test_manifest_records_inputs_parameters_and_output_hashes(built):
    corpus, out = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    rec = manifest["reports"]["01-corpus-overview"]
    assert rec["params"]["corpus_dir"].endswith("corpus")
    for name, digest in rec["outputs"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    assert set(manifest["corpus"]["articles"]) == {"alpha_partnership", "beta_report"}
    assert manifest["environment"]["requirements_sha256"]
    pages = manifest["reports"]["_articles"]["outputs"]
    assert sorted(pages) == ["articles/alpha_partnership.html", "articles/beta_report.html"]
    for name, digest in pages.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest


def test_second_build_is_a_no_op_and_force_rebuilds_identically(built, capsys):
    corpus, out = built
    before = digests(out)
    inode = (out / "01-corpus-overview.html").stat().st_ino
    assert build(corpus, out, only=["01"], profiles=0, article_pages="all") == 0
    assert "up to date" in capsys.readouterr().err
    assert (out / "01-corpus-overview.html").stat().st_ino == inode
    assert build(corpus, out, only=["01"], profiles=0, force=True, quiet=True, article_pages="all") == 0
    assert (out / "01-corpus-overview.html").stat().st_ino != inode
    assert digests(out) == before


def test_changed_article_rebuilds_and_a_failed_build_keeps_the_last_good_reports(built, tmp_path):
    corpus, out = built
    work = tmp_path / "corpus"
    shutil.copytree(corpus, work)
    reports = tmp_path / "reports"
    shutil.copytree(out, reports)
    (work / "beta_report.txt").write_text(
        "Harbour clinic opens\n\nA clinic opened in Foshan in 2021.\n", encoding="utf-8"
    )
    before = digests(reports)
    assert build(work, reports, only=["01"], profiles=0, pdf=False, quiet=True, article_pages="all") == 0
    after = digests(reports)
    assert after["01-corpus-overview.html"] != before["01-corpus-overview.html"]
    (work / "broken.txt").write_bytes(b"")
    from analysis.errors import CorpusError

    with pytest.raises(CorpusError):
        build(work, reports, only=["01"], profiles=0, pdf=False, quiet=True, article_pages="all")
    assert digests(reports) == after


def test_printed_tables_fit_the_page(built):
    """Chromium's print layout clips what overflows the page, so no table may be wider than the page."""
    from playwright.sync_api import sync_playwright

    from analysis.assemble.render import CHROMIUM_ARGS, chromium_path

    _, out = built
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 680, "height": 1000})  # A4 width less the print margins
        page.goto((out / "01-corpus-overview.html").as_uri())
        page.emulate_media(media="print")
        widths = page.evaluate(
            "() => [...document.querySelectorAll('table')].map(t => [t.scrollWidth, t.parentElement.clientWidth])"
        )
        browser.close()
    assert widths
    for scroll, room in widths:
        assert scroll <= room


def test_the_index_shows_the_first_finding_the_notebook_handed_over(built):
    """The first key finding reaches the index through the executed notebook's output metadata (as the figures
    do), in plain text, not read back out of the rendered HTML."""
    _, out = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    first = manifest["reports"]["01-corpus-overview"]["summary"]["first_finding"]
    assert first and "<" not in first and "[" not in first  # no markup, no citation marks
    nb = json.loads((out / "01-corpus-overview.ipynb").read_text(encoding="utf-8"))
    handed = [
        o["metadata"]["analysis"]["summary"]
        for cell in nb["cells"]
        for o in cell.get("outputs", [])
        if "summary" in (o.get("metadata") or {}).get("analysis", {})
    ]
    assert len(handed) == 1 and handed[0]["first_finding"] == first and handed[0]["findings"][0] == first
    assert f"First finding: {html.escape(first)}</span>" in (out / "index.html").read_text(encoding="utf-8")
