"""Report parameters: unknown names, wrong types and impossible values stop with a message naming the parameter.

Checked three ways: `params.validate`, the command line (nothing written to the reports folder), and a
notebook executed by papermill with a bad parameter.
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import PROJECT

from analysis.cli import main
from analysis.errors import ParameterError
from analysis.report import registry

CORPUS = PROJECT / "tests" / "fixtures" / "corpus"
REPORT = "01-corpus-overview"


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def refused(values: dict, **kw) -> ParameterError:
    with pytest.raises(ParameterError) as err:
        registry.validate(REPORT, values, **kw)
    return err.value


def test_defaults_are_filled_in():
    assert registry.validate(REPORT, {}, check_paths=False) == {
        "corpus_dir": "../seeds",
        "title": "",
        "skip_bad": False,
        "follow_links": False,
        "date_from": "",
        "date_to": "",
        "facts_file": "",
        "top_n": 10,
    }


def test_unknown_name_lists_the_accepted_ones():
    err = refused({"colour": "red"}, check_paths=False)
    assert err.where == "colour"
    assert str(err) == (
        "colour: unknown parameter 'colour' for report 01-corpus-overview.\n"
        "What to do: Accepted parameters: corpus_dir, title, skip_bad, follow_links, date_from, date_to, facts_file, "
        "top_n."
    )


@pytest.mark.parametrize(
    "name, value, problem",
    [
        ("top_n", "5", "parameter 'top_n' must be int, got str '5'."),
        ("top_n", True, "parameter 'top_n' must be int, got bool True."),
        ("top_n", 2.5, "parameter 'top_n' must be int, got float 2.5."),
        ("skip_bad", "yes", "parameter 'skip_bad' must be bool, got str 'yes'."),
        ("corpus_dir", None, "parameter 'corpus_dir' must be str, got NoneType None."),
        ("top_n", -3, "parameter 'top_n' must be 1 or more (got -3)."),
        ("top_n", 0, "parameter 'top_n' must be 1 or more (got 0)."),
        (
            "date_from",
            "2021/05/04",
            "parameter 'date_from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or empty",
        ),
        ("date_to", "2021-13", "parameter 'date_to' has a month that does not exist (got '2021-13')."),
        (
            "date_to",
            "2021-02-29",
            "parameter 'date_to' has a day that does not exist in that month (got '2021-02-29').",
        ),
    ],
)
def test_wrong_type_or_impossible_value_names_the_parameter(name, value, problem):
    err = refused({name: value}, check_paths=False)
    assert err.where == name
    assert problem in str(err)
    assert f"What to do: {name}: " in str(err)


def test_date_from_after_date_to():
    err = refused({"date_from": "2022-01", "date_to": "2021-12-31"}, check_paths=False)
    assert err.where == "date_from"
    assert str(err) == (
        "date_from: date_from '2022-01' is after date_to '2021-12-31'.\nWhat to do: Swap them, or leave one empty."
    )


def test_partial_dates_are_periods():
    """date_to=2021 runs to the end of 2021, so a date_from inside that year is fine."""
    assert (
        registry.validate(REPORT, {"date_from": "2021-12", "date_to": "2021"}, check_paths=False)["date_to"] == "2021"
    )
    assert registry.validate(REPORT, {"date_from": "2020-02-29", "date_to": "2020-02"}, check_paths=False)
    refused({"date_from": "2021-03", "date_to": "2021-02"}, check_paths=False)


def test_a_year_given_as_a_number_is_taken_as_text():
    """`--param date_from=2019` (as the help shows) reads 2019 as JSON, a number."""
    assert registry.validate(REPORT, {"date_from": 2019}, check_paths=False)["date_from"] == "2019"


def test_missing_or_empty_corpus_folder(tmp_path):
    err = refused({"corpus_dir": "no-such-folder"}, base=tmp_path)
    assert err.where == "corpus_dir"
    assert "parameter 'corpus_dir' names 'no-such-folder', which is not a folder." in str(err)
    (tmp_path / "a-file").write_text("x")
    assert refused({"corpus_dir": "a-file"}, base=tmp_path).where == "corpus_dir"
    err = refused({"corpus_dir": ""}, base=tmp_path)
    assert "parameter 'corpus_dir' is empty." in str(err)
    assert registry.validate(REPORT, {"corpus_dir": str(CORPUS)})["corpus_dir"] == str(CORPUS)


def test_unknown_report():
    with pytest.raises(ParameterError, match="there is no report called '07-nothing'"):
        registry.validate("07-nothing", {})


# -- the command line -----------------------------------------------------------------------------------
@pytest.fixture
def reports(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "01-corpus-overview.html").write_text("<h1>last good report</h1>\n", encoding="utf-8")
    return out


@pytest.mark.parametrize(
    "args, message",
    [
        (["--param", "top_n=-1"], "error: top_n: parameter 'top_n' must be 1 or more (got -1).\n"),
        (["--param", '01-corpus-overview:top_n="5"'], "error: top_n: parameter 'top_n' must be int, got str '5'.\n"),
        (["--param", "colour=red"], "error: colour: unknown parameter 'colour'.\nWhat to do: Accepted parameters: "),
        (
            ["--param", "date_from=2022", "--param", "date_to=2021"],
            "error: date_from: date_from '2022' is after date_to '2021'.",
        ),
        (["--param", "top_n"], "error: top_n: --param 'top_n' is not NAME=VALUE.\n"),
        (["--param", "09-nothing:top_n=3"], "error: report: there is no report called '09-nothing'."),
        (
            ["--only", "zz"],
            "error: --only: 'zz' matches no report.\nWhat to do: Give the start of a report name: 01-corpus-overview,",
        ),
    ],
)
def test_cli_bad_parameter_stops_before_writing(reports, capsys, args, message):
    before = tree(reports)
    assert main(["build", "--corpus", str(CORPUS), "--out", str(reports), "--no-pdf", "--profiles", "0", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert "Traceback" not in err
    assert tree(reports) == before
    assert not list(reports.parent.glob(".reports.staging-*"))


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--jobs", "0", "argument --jobs: must be 1 or more, got 0"),
        ("--jobs", "two", "argument --jobs: must be a whole number, got 'two'"),
        ("--profiles", "-1", "argument --profiles: must be 0 or more, got -1"),
        ("--profiles", "1.5", "argument --profiles: must be a whole number, got '1.5'"),
    ],
)
def test_cli_rejects_bad_counts(reports, capsys, option, value, message):
    before = tree(reports)
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--corpus", str(CORPUS), "--out", str(reports), option, value])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"python -m analysis build: error: {message}\n" in err
    assert tree(reports) == before


def test_cli_bad_count_in_a_real_process(reports):
    r = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--corpus", str(CORPUS), "--out", str(reports), "--jobs", "-2"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == "python -m analysis build: error: argument --jobs: must be 1 or more, got -2"
    assert "Traceback" not in r.stderr


# -- a notebook run by papermill ------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    "values, error, needle",
    [
        ({"top_n": -1}, "ParameterError", "top_n: parameter 'top_n' must be 1 or more (got -1)."),
        (
            {"date_from": "2023", "date_to": "2021-06"},
            "ParameterError",
            "date_from: date_from '2023' is after date_to '2021-06'.",
        ),
        ({"colour": "red"}, "ParameterError", "colour: unknown parameter 'colour' for report 01-corpus-overview."),
        (
            {"corpus_dir": "no/such/folder"},
            "ParameterError",
            "parameter 'corpus_dir' names 'no/such/folder', which is not a folder.",
        ),
    ],
)
def test_notebook_run_with_a_bad_parameter_stops_naming_it(values, error, needle):
    from analysis.assemble.execute import execute_report

    nbdir = PROJECT / "notebooks"
    base = {"corpus_dir": os.path.relpath(CORPUS, nbdir)}
    res = execute_report(REPORT, str(nbdir / f"{REPORT}.ipynb"), dict(base, **values), str(nbdir), "t")
    assert res.files == {}
    assert res.error["error"] == error
    assert needle in res.error["message"]
    assert res.error["cell_index"] == 3  # the cell that opens the report, after the parameters cell


@pytest.mark.slow
def test_notebook_skip_bad_parameter(tmp_path):
    """skip_bad=False stops on a bad article inside the notebook; skip_bad=True lists it in the report."""
    from analysis.assemble.execute import execute_report

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes((CORPUS / "alpha_partnership.txt").read_bytes())
    (corpus / "latin.txt").write_bytes("Café opened.".encode("latin-1"))
    nbdir = PROJECT / "notebooks"
    base = {"corpus_dir": str(corpus)}
    res = execute_report(REPORT, str(nbdir / f"{REPORT}.ipynb"), dict(base, skip_bad=False), str(nbdir), "t")
    assert res.error["error"] == "CorpusError"
    assert "latin.txt: the file is not valid UTF-8" in res.error["message"]
    res = execute_report(REPORT, str(nbdir / f"{REPORT}.ipynb"), dict(base, skip_bad=True), str(nbdir), "t")
    assert res.error is None
    html = res.files[f"{REPORT}.html"].decode("utf-8")
    assert "<li>Skipped latin.txt: the file is not valid UTF-8 (byte 3 cannot be decoded)" in html
