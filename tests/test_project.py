"""The front door: README, Makefile targets, CI entry point, clean notebooks, seeds as shipped."""

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from analysis.facts.schema import schema_markdown

PROJECT = Path(__file__).resolve().parent.parent


def test_make_lists_the_targets():
    out = subprocess.run(
        ["make", "-s", "--no-print-directory"], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout
    for target in ("reports", "test", "lab", "bench", "verify", "clean"):
        assert f"make {target}" in out


def test_ci_runs_exactly_the_readme_test_command():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert "make reports" in readme and "make test" in readme
    lines = (PROJECT / ".ci" / "run").read_text().splitlines()
    ci = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert ci[-1] == "make test"


def test_readme_documents_the_current_facts_schema():
    assert schema_markdown() in (PROJECT / "README.md").read_text(encoding="utf-8")


def test_notebooks_are_committed_without_outputs():
    for nb in sorted((PROJECT / "notebooks").glob("*.ipynb")):
        data = json.loads(nb.read_text(encoding="utf-8"))
        for cell in data["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs"), nb.name
                assert cell.get("execution_count") is None, nb.name


def test_seeds_are_the_shared_originals_byte_for_byte():
    shared = PROJECT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")

    def digest(d):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.glob("*.txt"))}

    assert digest(PROJECT / "seeds") == digest(shared)
