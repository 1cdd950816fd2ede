"""A build that fails, is interrupted or meets another build leaves the last good reports as they were.

Notebooks are taken from a temporary notebooks folder (a copy of the overview plus small notebooks made
here), so a failure can be provoked without touching the project's notebooks.
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from paths import FIXTURES, PROJECT

from analysis.assemble import plan as plan_mod
from analysis.assemble import publish
from analysis.assemble.lock import build_lock
from analysis.assemble.run import build
from analysis.cli import main
from analysis.report import params, registry


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def notebook(path: Path, *cells: tuple[str, str]) -> None:
    """Write a notebook; the first code cell is tagged `parameters`."""
    nb = nbformat.v4.new_notebook()
    tagged = False
    for kind, src in cells:
        if kind == "code":
            cell = nbformat.v4.new_code_cell(src)
            if not tagged:
                cell.metadata["tags"] = ["parameters"]
                tagged = True
        else:
            cell = nbformat.v4.new_markdown_cell(src)
        nb.cells.append(cell)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


PARAMS = 'corpus_dir = ""\ntitle = ""\nskip_bad = False\nboom = False\n'
FLAKY = [
    ("code", PARAMS),
    ("markdown", "## A report that can fail"),
    ("code", 'from IPython.display import HTML, display\ndisplay(HTML("<p>flaky report ran</p>"))'),
    ("code", 'if boom:\n    raise ValueError("deliberate failure for the test")'),
]
FLAKY_SPEC = registry.ReportSpec(
    "09-flaky",
    "Flaky",
    "fails on purpose",
    params.COMMON[:3] + (params.Param("boom", (bool,), False, "fail on purpose"),),
)


@pytest.fixture
def stand_in_reports(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "01-corpus-overview.html").write_text("<h1>last good report</h1>\n", encoding="utf-8")
    (out / "manifest.json").write_text('{"reports": {}}\n', encoding="utf-8")
    return out


@pytest.mark.slow
def test_failed_notebook_reports_cell_and_error_and_keeps_the_last_good_report(tmp_path, monkeypatch, capsys):
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    shutil.copy(PROJECT / "notebooks" / "01-corpus-overview.ipynb", nbdir)
    notebook(nbdir / "09-flaky.ipynb", *FLAKY)
    monkeypatch.setattr(plan_mod, "NOTEBOOK_DIR", nbdir)
    monkeypatch.setattr(registry, "REPORTS", (registry.get("01-corpus-overview"), FLAKY_SPEC))
    corpus, out = tmp_path / "corpus", tmp_path / "reports"
    shutil.copytree(FIXTURES / "corpus", corpus)

    assert build(corpus, out, profiles=0, pdf=False, quiet=True, jobs=1) == 0
    good = tree(out)
    assert "flaky report ran" in (out / "09-flaky.html").read_text(encoding="utf-8")
    manifest_before = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    capsys.readouterr()

    assert build(corpus, out, profiles=0, pdf=False, jobs=1, overrides={"09-flaky:boom": True}) == 1
    err = capsys.readouterr().err
    block = [line for line in err.splitlines() if line.startswith("report 09-flaky")]
    assert block == [
        "report 09-flaky (notebooks/09-flaky.ipynb) failed in cell 4: ValueError: deliberate failure for the test"
    ]
    assert "    > if boom:" in err
    assert "Traceback" not in err
    assert "1 failed" in err

    record = json.loads((out / "_errors" / "09-flaky.json").read_text(encoding="utf-8"))
    assert record["report"] == "09-flaky" and record["notebook"] == "notebooks/09-flaky.ipynb"
    assert record["cell_index"] == 4 and record["error"] == "ValueError"
    assert record["message"] == "deliberate failure for the test"
    assert record["params"]["boom"] is True
    after = tree(out)
    assert set(after) == set(good) | {"_errors/09-flaky.json"}
    changed = sorted(name for name in good if after[name] != good[name])
    assert changed == ["index.html", "manifest.json"]  # the report files themselves are untouched
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"] == manifest_before["reports"]

    # back to parameters the published report was built with: it is current, and its error record goes
    assert build(corpus, out, profiles=0, pdf=False, quiet=True, jobs=1) == 0
    assert not (out / "_errors").exists()
    assert tree(out) == good


SLOW_SCRIPT = """
import sys
from pathlib import Path

if __name__ == "__main__":  # the build's worker processes import this file again
    from analysis.assemble import plan
    from analysis.cli import main
    from analysis.report import params, registry

    plan.NOTEBOOK_DIR = Path(sys.argv[1])
    registry.REPORTS = (registry.ReportSpec("09-slow", "Slow", "sleeps", params.COMMON[:3]),)
    sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_interrupted_build_leaves_no_partial_file(tmp_path, stand_in_reports, how):
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    marker = tmp_path / "running"
    notebook(
        nbdir / "09-slow.ipynb",
        ("code", 'corpus_dir = ""\ntitle = ""\nskip_bad = False\n'),
        ("code", f"import time\nopen({str(marker)!r}, 'w').close()\ntime.sleep(300)"),
    )
    script = tmp_path / "run_build.py"
    script.write_text(SLOW_SCRIPT, encoding="utf-8")
    out = stand_in_reports
    before = tree(out)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(script),
            str(nbdir),
            "build",
            "--corpus",
            str(FIXTURES / "corpus"),
            "--out",
            str(out),
            "--profiles",
            "0",
            "--no-pdf",
            "--jobs",
            "1",
        ],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        for _ in range(1200):  # the notebook is running once the marker exists
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), proc.communicate()[1].decode()
        if how == "SIGTERM":
            proc.send_signal(signal.SIGTERM)
        else:
            os.killpg(proc.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole process group
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    err = err.decode()
    sig = signal.SIGTERM if how == "SIGTERM" else signal.SIGINT
    assert proc.returncode == 128 + sig, err  # the shell's convention: 143 for kill, 130 for Ctrl-C
    assert err.splitlines()[-1] == (
        f"interrupted by {sig.name}: worker processes were stopped and no partial file was written."
    )
    assert "Traceback" not in err
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".reports")) == [".reports.lock"]
    assert not list(nbdir.glob(".*executing*"))


def test_second_build_stops_with_a_clear_message_while_the_first_holds_the_lock(tmp_path, stand_in_reports):
    out = stand_in_reports
    before = tree(out)
    with build_lock(out):
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "analysis",
                "build",
                "--corpus",
                str(FIXTURES / "corpus"),
                "--out",
                str(out),
                "--no-pdf",
                "--profiles",
                "0",
            ],
            cwd=PROJECT,
            capture_output=True,
            text=True,
        )
    assert r.returncode == 2
    assert r.stderr == (
        f"error: {out}: another build (pid {os.getpid()}) is writing to this folder.\n"
        "What to do: Wait for it to finish, or stop it, then run the build again.\n"
    )
    assert tree(out) == before
    assert not list(tmp_path.glob(".reports.staging-*"))


def test_lock_is_released_after_a_build_stops(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(RuntimeError):
        with build_lock(out):
            raise RuntimeError("stopped")
    with build_lock(out):  # no "another build" error: the first one let go
        pass


def test_leftovers_of_a_killed_build_are_cleared_by_the_next(tmp_path, stand_in_reports):
    out = stand_in_reports
    (tmp_path / ".reports.staging-abc123").mkdir()
    (tmp_path / ".reports.staging-abc123" / "01-corpus-overview.html").write_text("half")
    (out / ".index.html.x1y2.tmp").write_text("half")
    publish.remove_leftovers(out)
    assert not (tmp_path / ".reports.staging-abc123").exists()
    assert not (out / ".index.html.x1y2.tmp").exists()
    assert (out / "01-corpus-overview.html").read_text() == "<h1>last good report</h1>\n"


def test_output_folder_that_is_a_file_is_a_clear_error(tmp_path, capsys):
    out = tmp_path / "reports"
    out.write_text("not a folder")
    assert main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out}: the output folder cannot be created (File exists).\n")
    assert "Pass --out a folder you can write to" in err
    assert out.read_text() == "not a folder"
