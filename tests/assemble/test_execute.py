"""What the build keeps of an executed notebook."""

import base64

import nbformat

from analysis.assemble.execute import cited_of, figures_of, normalise_notebook, record_parameters


def test_normalise_removes_timings_and_renumbers_execution():
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {
        "start_time": "2026-01-01T00:00:00",
        "end_time": "2026-01-01T00:00:01",
        "duration": 1.2,
        "input_path": "/home/a/nb.ipynb",
        "output_path": "/tmp/x.ipynb",
        "parameters": {"top_n": 3},
        "version": "2.6.0",
    }
    injected = nbformat.v4.new_code_cell("corpus_dir = 'x'")
    injected.metadata["tags"] = ["injected-parameters"]
    injected.id = "9b1e2d7c"
    injected.execution_count = 17
    injected.metadata["papermill"] = {"duration": 0.1}
    injected.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.execution_count = 18
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=18)]
    nb.cells = [injected, cell]
    out = normalise_notebook(nb)
    assert out.metadata["papermill"] == {"parameters": {"top_n": 3}, "version": "2.6.0"}
    assert out.cells[0].id == "injected-parameters"
    assert out.cells[0].metadata == {"tags": ["injected-parameters"]}
    assert [c.execution_count for c in out.cells] == [1, 2]
    assert out.cells[1].outputs[0]["execution_count"] == 2


def test_figures_are_taken_from_outputs_with_their_csv():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    png = b"\x89PNG\r\n\x1a\nfake"
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"image/png": base64.b64encode(png).decode(), "text/plain": "caption"},
            metadata={"analysis": {"figure": "counts", "csv": "a,b\n1,2\n", "caption": "c"}},
        )
    ]
    plain = nbformat.v4.new_code_cell("")
    plain.outputs = [nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(png).decode()})]
    nb.cells = [cell, plain]
    assert figures_of(nb) == {"counts.png": png, "counts.csv": b"a,b\n1,2\n"}


def test_the_cited_articles_are_read_from_the_outputs_metadata():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": "<p>a</p>"}, metadata={"analysis": {"cited": ["b"]}}),
        nbformat.v4.new_output("display_data", data={"text/html": "<p>b</p>"}, metadata={"analysis": {"figure": "x"}}),
        nbformat.v4.new_output("display_data", data={"text/html": "<p>c</p>"}, metadata={"analysis": {"cited": ["a"]}}),
    ]
    nb.cells = [cell]
    assert cited_of(nb) == ["a", "b"]
    assert cited_of(nbformat.v4.new_notebook()) == []


def test_the_recorded_parameters_replace_those_the_kernel_got_as_papermill_writes_them():
    """The kernel was told where the cache's tables are; the notebook records `facts_file = ""` (the corpus's own
    tables), so its bytes do not depend on where the cache is."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python"}
    nb.metadata["papermill"] = {"parameters": {"top_n": 3, "facts_file": "../.cache/tables/k/facts.parquet"}}
    injected = nbformat.v4.new_code_cell('# Parameters\ntop_n = 3\nfacts_file = "../.cache/tables/k/facts.parquet"\n')
    injected.metadata["tags"] = ["injected-parameters"]
    nb.cells = [nbformat.v4.new_code_cell("top_n = 10"), injected]
    out = record_parameters(nb, {"top_n": 3, "facts_file": ""})
    assert out.cells[1].source == '# Parameters\ntop_n = 3\nfacts_file = ""\n'
    assert out.metadata["papermill"]["parameters"] == {"top_n": 3, "facts_file": ""}
    assert out.cells[0].source == "top_n = 10"
