"""Content-addressed rebuilds: byte-identical outputs, and exactly the rebuilds that changed inputs require."""

import dataclasses
import hashlib
import shutil
from pathlib import Path

import nbformat
import pytest
from paths import FIXTURES, PROJECT

from analysis.assemble import plan as plan_mod
from analysis.assemble import run as build_mod
from analysis.assemble import steps
from analysis.assemble.run import build as build_cited
from analysis.report import registry

pytestmark = pytest.mark.slow
CORPUS = FIXTURES / "corpus"
PROJECT_NOTEBOOKS = PROJECT / "notebooks"


def build(*args, **kw):
    """A build that writes every article's page (what these tests follow), not only those of cited articles."""
    return build_cited(*args, article_pages="all", **kw)


def digests(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_cold_builds_in_different_folders_are_byte_identical(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    outs = []
    for name in ("first", "second"):
        monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / f"cache-{name}"))
        out = tmp_path / name / "reports"
        assert build(corpus, out, only=["01"], profiles=0, quiet=True) == 0
        outs.append(digests(out))
    assert outs[0] == outs[1]
    assert {
        "01-corpus-overview.html",
        "01-corpus-overview.pdf",
        "01-corpus-overview.ipynb",
        "manifest.json",
        "index.html",
        "data/facts.jsonl",
        "articles/alpha_partnership.html",
    } <= set(outs[0])


@pytest.fixture
def two_reports(tmp_path, monkeypatch):
    """A notebooks folder with the overview and a copy of it registered as a second report."""
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    shutil.copy(PROJECT_NOTEBOOKS / "01-corpus-overview.ipynb", nbdir / "01-corpus-overview.ipynb")
    shutil.copy(PROJECT_NOTEBOOKS / "01-corpus-overview.ipynb", nbdir / "99-copy.ipynb")
    monkeypatch.setattr(plan_mod, "NOTEBOOK_DIR", nbdir)
    first = registry.get("01-corpus-overview")
    monkeypatch.setattr(registry, "REPORTS", (first, dataclasses.replace(first, name="99-copy")))
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "reports"
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    return nbdir, corpus, out


def rebuilt(before: dict[str, int], after: dict[str, int], folder: str = "") -> set[str]:
    """Stems of the HTML files directly in `folder` (reports by default, or "articles/") that were replaced."""
    return {
        n[len(folder) : -len(".html")]
        for n in after
        if n.startswith(folder)
        and "/" not in n[len(folder) :]
        and n.endswith(".html")
        and n != "index.html"
        and before.get(n) != after[n]
    }


def test_nothing_changed_rebuilds_nothing(two_reports):
    nbdir, corpus, out = two_reports
    before = inodes(out)
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert inodes(out) == before


def test_changed_notebook_rebuilds_only_its_report(two_reports):
    nbdir, corpus, out = two_reports
    before = inodes(out)
    nb = nbformat.read(nbdir / "99-copy.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("An extra note."))
    nbformat.write(nb, nbdir / "99-copy.ipynb")
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert rebuilt(before, inodes(out)) == {"99-copy"}
    assert "An extra note." in (out / "99-copy.html").read_text(encoding="utf-8")


def test_changed_article_rebuilds_every_report(two_reports):
    nbdir, corpus, out = two_reports
    before = inodes(out)
    (corpus / "beta_report.txt").write_text("Harbour clinic opens\n\nA clinic opened in Foshan.\n", encoding="utf-8")
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert rebuilt(before, inodes(out)) == {"01-corpus-overview", "99-copy"}
    assert rebuilt(before, inodes(out), "articles/") == {"beta_report"}


def test_added_article_builds_its_page_and_a_removed_one_loses_it(two_reports):
    nbdir, corpus, out = two_reports
    before = inodes(out)
    (corpus / "gamma note.txt").write_text("Harbour clinic opens\n\nA clinic opened in Foshan.\n", encoding="utf-8")
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert rebuilt(before, inodes(out), "articles/") == {"gamma note"}
    assert 'href="articles/gamma%20note.html"' in (out / "index.html").read_text(encoding="utf-8")
    (corpus / "alpha_partnership.txt").unlink()
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["beta_report.html", "gamma note.html"]


def test_changed_package_or_dependencies_rebuild_every_report_but_not_pages_or_data(two_reports, monkeypatch):
    """The reports depend on the whole package; the article pages and the data files only on their own code."""
    nbdir, corpus, out = two_reports
    before = inodes(out)
    real = build_mod.environment
    monkeypatch.setattr(build_mod, "environment", lambda: dict(real(), package_sha256="0" * 64))
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    after = inodes(out)
    assert rebuilt(before, after) == {"01-corpus-overview", "99-copy"}
    assert rebuilt(before, after, "articles/") == set()
    assert after["data/facts.jsonl"] == before["data/facts.jsonl"]
    before = inodes(out)
    monkeypatch.setattr(
        build_mod, "environment", lambda: dict(real(), package_sha256="0" * 64, requirements_sha256="1" * 64)
    )
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    assert rebuilt(before, inodes(out)) == {"01-corpus-overview", "99-copy"}


def test_changed_page_renderer_rebuilds_every_article_page(two_reports, monkeypatch):
    """A change to what renders the pages (here its code hash) rebuilds them all, and the data files stay."""
    nbdir, corpus, out = two_reports
    before = inodes(out)
    real_env, real_code = build_mod.environment, steps.code_of
    monkeypatch.setattr(build_mod, "environment", lambda: dict(real_env(), package_sha256="0" * 64))
    monkeypatch.setattr(steps, "code_of", lambda entries: "0" * 64 if entries == steps.PAGES else real_code(entries))
    assert build(corpus, out, profiles=0, pdf=False, quiet=True) == 0
    after = inodes(out)
    assert rebuilt(before, after, "articles/") == {"alpha_partnership", "beta_report"}
    assert after["data/facts.jsonl"] == before["data/facts.jsonl"]


def test_changed_parameter_rebuilds_only_that_report(two_reports):
    nbdir, corpus, out = two_reports
    before = inodes(out)
    assert build(corpus, out, profiles=0, pdf=False, quiet=True, overrides={"99-copy:top_n": 3}) == 0
    assert rebuilt(before, inodes(out)) == {"99-copy"}
    assert build(corpus, out, profiles=0, pdf=False, quiet=True, overrides={"99-copy:top_n": 3}) == 0
    assert rebuilt(before, inodes(out)) == {"99-copy"}  # the same parameters again: nothing more to do


def test_unknown_parameter_override_is_refused_before_anything_is_written(two_reports):
    from analysis.errors import ParameterError

    nbdir, corpus, out = two_reports
    before = digests(out)
    with pytest.raises(ParameterError) as err:
        build(corpus, out, profiles=0, pdf=False, quiet=True, overrides={"colour": "red"})
    assert "colour" in str(err.value) and "top_n" in str(err.value)
    assert digests(out) == before
