"""The suite is whole: every `tests/**/test_*.py` file on disk is collected by the plain `pytest` that `make test`
runs, so no folder name (such as pytest's default-ignored "build") can hide tests again."""

import subprocess
import sys

from paths import PROJECT, TESTS


def uncollected(*pytest_args: str) -> list[str]:
    """Test files on disk that `pytest --collect-only` (with `pytest_args`) does not collect, as project paths."""
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *pytest_args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    collected = {line.split("::")[0] for line in r.stdout.splitlines() if "::" in line}
    on_disk = {p.relative_to(PROJECT).as_posix() for p in TESTS.rglob("test_*.py") if "fixtures" not in p.parts}
    return sorted(on_disk - collected)


def test_every_test_file_is_collected():
    assert uncollected() == []


def test_the_check_fails_when_a_test_folder_is_excluded():
    missed = uncollected("-o", "norecursedirs=assemble .* __pycache__ fixtures")
    assert missed and all(path.startswith("tests/assemble/test_") for path in missed)
    assert "tests/assemble/test_build.py" in missed
