"""The package's layout is its architecture: stages import only from the stages before them."""

import ast
import subprocess

import pytest
from paths import PROJECT

PACKAGE = PROJECT / "analysis"
# The data's path: lower ranks are read by higher ones, never the other way round.
RANK = {
    "errors": 0,
    "files": 0,
    "source": 0,
    "text": 0,
    "resources": 0,
    "interrupt": 0,
    "ingest": 1,
    "extract": 2,
    "facts": 3,
    "query": 4,
    "report": 5,
    "assemble": 6,
    "cli": 7,
    "__main__": 7,
    "__init__": 0,
}


def stage(module: str) -> str:
    """ "analysis.extract.people" -> "extract"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PROJECT).with_suffix("")
        yield ".".join(rel.parts), path


DEFERRED = "# deferred: start-up cost"
"""Marks a function-level import kept out of start-up on purpose (a no-op build must not load the renderer)."""


def imports(path):
    """(imported analysis module, line, at module level) for every import of the package in a file; an import
    marked `DEFERRED` counts as module level."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    top = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analysis"):
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("analysis")]
        for name in names:
            yield name, node.lineno, id(node) in top or DEFERRED in lines[node.lineno - 1]


def test_every_stage_is_ranked():
    stages = {stage(m) for m, _ in modules()}
    assert stages <= set(RANK), stages - set(RANK)


def test_imports_run_one_way():
    upward = []
    for module, path in modules():
        for name, line, _ in imports(path):
            if RANK[stage(name)] > RANK[stage(module)]:
                upward.append(f"{path.relative_to(PROJECT)}:{line} imports {name}")
    assert upward == []


def test_package_imports_are_at_module_level():
    """A function-level import of the package would hide a cycle; only the command line loads stages lazily."""
    hidden = []
    for module, path in modules():
        if module == "analysis.cli":
            continue
        hidden += [f"{path.relative_to(PROJECT)}:{line} imports {name}" for name, line, top in imports(path) if not top]
    assert hidden == []


def test_the_upward_import_check_fails_on_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from analysis.assemble.run import build\n", encoding="utf-8")
    [(name, _, top)] = list(imports(bad))
    assert RANK[stage(name)] > RANK["extract"] and top


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_lint_contract(args):
    ruff = PROJECT / ".venv" / "bin" / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is installed with the project's environment (make setup)")
    r = subprocess.run(
        [str(ruff), *args, "analysis", "tests", "benchmarks", "scripts"], cwd=PROJECT, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
