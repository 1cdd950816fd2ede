"""The build's one path, end to end with a small stand-in notebook that reads the facts as every report does (a
store over the Parquet path it is given) and hands over what it cites and its first finding in its outputs'
metadata: the kernel gets the cached tables' path relative to the notebooks folder, the published notebook records
`facts_file = ""`, a given facts file is read where it lies and nothing is extracted, pages follow the citations.
"""

import json
import shutil

import nbformat
import pytest
from paths import FIXTURES

import analysis.facts.batch as batch_mod
from analysis.assemble import plan as plan_mod
from analysis.assemble.run import build
from analysis.facts.executors import Executor
from analysis.facts.stream import write_facts
from analysis.report import params, registry

pytestmark = pytest.mark.slow

SHIM = [
    'corpus_dir = ""\ntitle = ""\nskip_bad = False\nfollow_links = False\ndate_from = ""\ndate_to = ""\n'
    'facts_file = ""\ncite = ""\n',
    """import json, os
from IPython.display import display
from analysis.facts.paths import documents_path
from analysis.query.store import Store

with Store(facts_file, documents_path(facts_file)) as s:
    n_docs = s.value("SELECT count(*) FROM documents")
    n_facts = s.value("SELECT count(*) FROM facts")
seen = {"relative": not os.path.isabs(facts_file), "exists": os.path.exists(facts_file)}
found = f"{n_docs} articles hold {n_facts} facts."
display(
    {"text/html": f"<p>{found} {json.dumps(seen)}</p>"},
    metadata={"analysis": {"cited": sorted(c for c in cite.split(",") if c), "summary": {"first_finding": found}}},
    raw=True,
)""",
]
SPEC = registry.ReportSpec(
    "09-shim", "Shim", "reads the facts", params.COMMON + (params.Param("cite", (str,), "", "doc_ids to cite"),)
)


@pytest.fixture
def shim(tmp_path, monkeypatch):
    """The stand-in notebook as the only report; returns a copy of the fixture corpus."""
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in SHIM]
    nb.cells[0].metadata["tags"] = ["parameters"]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(nbdir / "09-shim.ipynb"))
    monkeypatch.setattr(plan_mod, "NOTEBOOK_DIR", nbdir)
    monkeypatch.setattr(registry, "REPORTS", (SPEC,))
    return shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")


def run(corpus, out, **kw):
    kw = {"profiles": 0, "pdf": False, "quiet": True, "jobs": 1, **kw}
    return build(corpus, out, **kw)


def injected(out) -> tuple[str, dict]:
    nb = json.loads((out / "09-shim.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
    return "".join(cell["source"]), nb["metadata"]["papermill"]["parameters"]


def test_the_kernel_reads_the_cached_tables_and_the_notebook_records_the_corpus_own(shim, tmp_path):
    out = tmp_path / "reports"
    assert run(shim, out, overrides={"cite": "beta_report"}) == 0
    html = (out / "09-shim.html").read_text(encoding="utf-8")
    assert "2 articles hold 25 facts." in html and '{"relative": true, "exists": true}' in html
    source, recorded = injected(out)
    assert 'facts_file = ""\n' in source and recorded["facts_file"] == ""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["reports"]["09-shim"]["cited"] == ["beta_report"]
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["beta_report.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<li><strong>Shim:</strong> 2 articles hold 25 facts.</li>" in index


def test_two_builds_with_caches_in_different_places_publish_the_same_bytes(shim, tmp_path, monkeypatch):
    outs = []
    for name in ("one", "two"):
        monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / f"cache-{name}"))
        out = tmp_path / name / "reports"
        assert run(shim, out) == 0
        outs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outs[0] == outs[1]
    assert {"09-shim.ipynb", "data/facts.parquet", "manifest.json"} <= {p.as_posix() for p in outs[0]}


def test_a_build_from_a_facts_file_extracts_nothing(shim, tmp_path, monkeypatch):
    """The facts are written once (here, as on a cluster); the build given them reads them where they lie: no
    article is extracted, no cache is written, and the reports say what the corpus's own build says."""
    write_facts(shim, "parquet", tmp_path / "given" / "facts.parquet", Executor())
    assert run(shim, tmp_path / "own") == 0
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "fresh-cache"))
    monkeypatch.setattr(batch_mod, "extract_documents", lambda docs: pytest.fail("an article was extracted"))
    out = tmp_path / "given-reports"
    assert run(shim, out, facts=tmp_path / "given" / "facts.parquet") == 0
    assert not (tmp_path / "fresh-cache").exists()
    source, recorded = injected(out)
    relative = "../given/facts.parquet"
    assert f'facts_file = "{relative}"\n' in source and recorded["facts_file"] == relative
    for name in ("09-shim.html", "data/facts.jsonl", "data/entities.csv", "data/articles.csv", "index.html"):
        assert (out / name).read_bytes() == (tmp_path / "own" / name).read_bytes(), name
