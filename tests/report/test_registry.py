"""The registry is the one list of reports and parameters: every notebook has an entry, and the parameters cell of
each notebook (what JupyterLab runs with) sets exactly the registry's parameters to their defaults."""

import ast
import json
from pathlib import Path

import pytest
from paths import PROJECT

from analysis.report import registry


def parameter_cell(path: Path) -> dict:
    """Name -> value of every assignment in the notebook's cell tagged `parameters` (literals only)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    [cell] = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    values = {}
    for node in ast.parse("".join(cell["source"])).body:
        assert isinstance(node, ast.Assign) and len(node.targets) == 1, ast.unparse(node)
        values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


def test_every_notebook_is_a_report_of_the_registry():
    on_disk = sorted(p.stem for p in (PROJECT / "notebooks").glob("*.ipynb"))
    assert on_disk == sorted(registry.names())


@pytest.mark.parametrize("name", registry.names())
def test_the_parameters_cell_sets_the_registry_defaults(name):
    spec = registry.get(name)
    assert parameter_cell(PROJECT / spec.notebook) == registry.defaults(name)


def test_the_check_sees_a_default_that_disagrees(tmp_path):
    nb = json.loads((PROJECT / registry.get("01-corpus-overview").notebook).read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell["source"] = [line.replace("top_n = 10", "top_n = 12") for line in cell["source"]]
    (tmp_path / "01.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    assert parameter_cell(tmp_path / "01.ipynb") != registry.defaults("01-corpus-overview")
