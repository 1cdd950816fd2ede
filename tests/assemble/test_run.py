"""The build's decisions: a build with nothing to do decides from hashes alone, without loading pandas, spaCy or
the renderer; a symbolic link out of the corpus folder never reaches the published files unless asked for.

Notebooks are not executed here (`conftest.no_notebooks`): the rest of the build is the real thing.
"""

import json
import shutil
import subprocess
import sys

from paths import FIXTURES

from analysis.cli import main
from analysis.report.pages import page_name

HEAVY = ("pandas", "numpy", "pyarrow", "spacy", "matplotlib", "papermill", "nbconvert", "nbclient", "playwright")
"""Libraries a no-op build must not import (each costs from a tenth of a second to seconds to load)."""
HEAVY_OWN = (
    "analysis.extract",
    "analysis.facts.",
    "analysis.query",
    "analysis.assemble.steps",
    "analysis.assemble.render",
)
"""The package's own stages that load them."""
LIGHT_OWN = ("analysis.facts.paths",)
"""Modules of those stages that load none of them (where a facts table's files are)."""


def heavy_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if (m.split(".")[0] in HEAVY or m.startswith(HEAVY_OWN)) and m not in LIGHT_OWN]


NO_OP = """
import json, sys
from analysis.cli import main
code = main(json.loads(sys.argv[1]))
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_a_no_op_build_loads_neither_pandas_nor_spacy_nor_the_renderer(tmp_path, no_notebooks):
    corpus = shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    args = ["build", "--corpus", str(corpus), "--out", str(tmp_path / "reports"), "--no-pdf", "--profiles", "0"]
    assert main(args) == 0
    assert no_notebooks  # the first build built the reports
    done = subprocess.run([sys.executable, "-c", NO_OP, json.dumps(args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Everything is up to date: 3 reports" in done.stderr
    seen = json.loads(done.stdout)
    assert seen["code"] == 0
    assert heavy_modules(seen["modules"]) == []
    assert "analysis.assemble.run" in seen["modules"]  # it did decide


def test_a_no_op_build_from_a_given_facts_file_loads_none_of_them_either(tmp_path, no_notebooks):
    """With `--facts`, the facts file's digest is remembered with its size and time, so the quick decision reads
    neither it nor its documents table again, and loads no Parquet reader."""
    from analysis.facts.executors import Executor
    from analysis.facts.stream import write_facts

    corpus = shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    write_facts(corpus, "parquet", tmp_path / "given.parquet", Executor())
    args = ["build", "--corpus", str(corpus), "--out", str(tmp_path / "reports"), "--no-pdf", "--profiles", "0"]
    args += ["--facts", str(tmp_path / "given.parquet")]
    assert main(args) == 0
    done = subprocess.run([sys.executable, "-c", NO_OP, json.dumps(args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Everything is up to date: 3 reports" in done.stderr
    assert heavy_modules(json.loads(done.stdout)["modules"]) == []


def test_the_no_op_check_sees_a_changed_article(tmp_path, no_notebooks):
    """The quick decision is not blind: a changed article is a build with work to do."""
    corpus = shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    args = ["build", "--corpus", str(corpus), "--out", str(tmp_path / "reports"), "--no-pdf", "--profiles", "0"]
    assert main(args) == 0
    no_notebooks.clear()
    with open(corpus / "beta_report.txt", "a", encoding="utf-8") as f:
        f.write("\nA further clinic opened in Foshan.\n")
    assert main(args) == 0
    assert no_notebooks == ["01-corpus-overview", "02-china-uk-cooperation", "03-gba-health-reforms"]


SECRET = "the door code is swordfish"


def linked_corpus(tmp_path):
    """The fixture corpus plus `leak.txt`, a link to a private file outside the folder."""
    corpus = shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    private = tmp_path / "private"
    private.mkdir()
    (private / "notes.txt").write_text(f"Harbour clinic private notes\n\nThe note says {SECRET}.\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(private / "notes.txt")
    return corpus


def published_text(out) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(out.rglob("*")) if p.is_file())


def test_build_leaves_out_a_link_to_a_file_outside_the_corpus_with_a_notice(tmp_path, no_notebooks, capsys):
    corpus, out = linked_corpus(tmp_path), tmp_path / "reports"
    args = ["build", "--corpus", str(corpus), "--out", str(out), "--no-pdf", "--profiles", "0"]
    assert main([*args, "--article-pages", "all"]) == 0
    err = capsys.readouterr().err
    assert (
        "Left out leak.txt: a symbolic link to a file outside the corpus folder, whose text the reports would "
        "publish; copy the file into the folder, or pass --follow-links" in err
    )
    assert not (out / page_name("leak")).exists()
    assert SECRET not in published_text(out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "leak" not in manifest["corpus"]["articles"]
    assert [s["file"] for s in manifest["corpus"]["skipped"]] == ["leak.txt"]
    assert "<code>leak.txt</code>: left out: a symbolic link" in (out / "index.html").read_text(encoding="utf-8")
    assert all(r["params"]["follow_links"] is False for r in manifest["reports"].values() if "params" in r)


def test_build_with_follow_links_publishes_a_linked_article_deliberately(tmp_path, no_notebooks, capsys):
    corpus, out = linked_corpus(tmp_path), tmp_path / "reports"
    args = ["build", "--corpus", str(corpus), "--out", str(out), "--no-pdf", "--profiles", "0", "--follow-links"]
    assert main([*args, "--article-pages", "all"]) == 0
    assert "Left out" not in capsys.readouterr().err
    assert SECRET in (out / page_name("leak")).read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert all(r["params"]["follow_links"] is True for r in manifest["reports"].values() if "params" in r)
    assert "links to files outside the folder read" in (out / "index.html").read_text(encoding="utf-8")


def test_a_link_to_a_file_inside_the_corpus_is_an_article_like_any_other(tmp_path, no_notebooks, capsys):
    corpus, out = shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus"), tmp_path / "reports"
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "gamma.txt").write_text("Harbour clinic opens\n\nA clinic opened in Foshan.\n", "utf-8")
    (corpus / "gamma.txt").symlink_to(corpus / "drafts" / "gamma.txt")
    no_notebooks.cites = ("gamma",)
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--no-pdf", "--profiles", "0"]) == 0
    assert "A clinic opened in" in (out / page_name("gamma")).read_text(encoding="utf-8")
    assert "gamma" in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["corpus"]["articles"]
