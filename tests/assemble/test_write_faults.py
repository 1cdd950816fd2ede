"""A build that cannot write (full disk, read-only disk, a file in the way) ends in one message and exit 2,
with no staging folder left and the last good reports byte for byte as they were.

Notebooks are not executed here (`jobs.run_jobs` is replaced by the stand-in of `conftest.no_notebooks`, which
publishes one small file per report through `publish`), so the faults hit the project's own write paths: staging,
publishing, the data files, the article pages, the index and the manifest.
"""

import errno
import hashlib
import os
import re
import subprocess
from pathlib import Path

import pytest
from paths import FIXTURES

from analysis import files
from analysis.assemble import publish
from analysis.cli import main
from analysis.errors import WriteError
from analysis.facts.tables import tables_for


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def staging_left(out: Path) -> list[str]:
    return sorted(p.name for p in out.resolve().parent.glob(f".{out.name}.staging-*"))


def last_good(out: Path) -> Path:
    out.mkdir(parents=True)
    (out / "01-corpus-overview.html").write_text("<h1>last good report</h1>\n", encoding="utf-8")
    (out / "manifest.json").write_text('{"reports": {}}\n', encoding="utf-8")
    return out


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A real 64 KiB tmpfs (we may be root in a container); the test is skipped where mounting is not allowed."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def full_disk(monkeypatch):
    def no_space(fd, data):
        os.close(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_write_fd", no_space)


def test_write_error_names_the_folder_the_file_and_what_to_do(tmp_path):
    exc = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "data" / "facts.csv"))
    err = files.write_error(exc, tmp_path / "out", other="pass --out a folder", after="run the build again")
    assert str(err) == (
        f"{tmp_path / 'out'}: could not write data/facts.csv (no space left on the device).\n"
        "What to do: Free some space (or pass --out a folder on another disk) and run the build again."
    )


@pytest.mark.parametrize(
    "code, said",
    [
        (errno.EROFS, "the file system is read-only"),
        (errno.EDQUOT, "the disk quota is exceeded"),
        (errno.EACCES, "permission denied"),
        (errno.ENOTDIR, "a part of its path is a file, not a folder"),
        (errno.EISDIR, "a folder of that name is in the way of the file"),
    ],
)
def test_each_kind_of_write_failure_is_said_in_words(code, said):
    assert files.write_reason(OSError(code, "x"))[0] == said


def test_full_disk_while_writing_the_project_file_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "index.html"
    target.write_text("old\n", encoding="utf-8")
    full_disk(monkeypatch)
    with pytest.raises(WriteError) as got:
        with files.writing(tmp_path, other="pass --out a folder", after="run the build again"):
            files.atomic_write_text(target, "new\n")
    assert "could not write index.html (no space left on the device)" in str(got.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_build_on_a_full_disk_ends_in_one_message_and_keeps_the_reports(tmp_path, monkeypatch, capsys, no_notebooks):
    """The facts tables are in the cache already, so the first write that fails is a report's."""
    tables_for(FIXTURES / "corpus", jobs=1)
    out = last_good(tmp_path / "reports")
    before = tree(out)
    full_disk(monkeypatch)
    code = main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"error: {out}: could not write " in err and "(no space left on the device)." in err
    assert "What to do: Free some space (or pass --out a folder on another disk) and run the build again; " in err
    assert "Traceback" not in err
    assert tree(out) == before
    assert staging_left(out) == []


def test_facts_tables_that_fit_nowhere_end_in_one_message_naming_the_folder(
    tmp_path, monkeypatch, capsys, no_notebooks
):
    """The cache cannot take the corpus's facts tables (a notice), nor can the build's temporary folder: one message
    names that folder and what to do; nothing of the reports is touched."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "empty-cache"))
    out = last_good(tmp_path / "reports")
    before = tree(out)
    full_disk(monkeypatch)
    code = main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"])
    err = capsys.readouterr().err
    assert code == 2
    assert "the facts tables cannot be written to the cache (no space left on the device)" in err
    assert re.search(r"error: \S+analysis-build-\w+/tables: could not write \w+/left_out.json \(no space left", err)
    assert "What to do: Free some space (or set TMPDIR to a folder on another disk) and run the build again." in err
    assert "Traceback" not in err
    assert tree(out) == before
    assert staging_left(out) == []


def test_build_on_a_real_tiny_tmpfs_that_fills_up(tiny_tmpfs, capsys, no_notebooks):
    out = last_good(tiny_tmpfs / "reports")
    with open(tiny_tmpfs / "filler", "wb", buffering=0) as f:  # fill the disk to the last byte
        try:
            while True:
                f.write(b"x" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    before = tree(out)
    code = main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "(no space left on the device)." in err and "Traceback" not in err
    assert tree(out) == before
    assert staging_left(out) == []


def test_build_into_a_read_only_file_system(tiny_tmpfs, capsys, no_notebooks):
    out = last_good(tiny_tmpfs / "reports")
    before = tree(out)
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_tmpfs)], check=True)
    code = main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"error: {out}: could not write " in err and "(the file system is read-only)." in err
    assert tree(out) == before
    assert staging_left(out) == []


def test_a_file_where_the_figures_folder_should_be(tmp_path, capsys, no_notebooks):
    """The fault is met while publishing a report's files, so the stand-in must have run (no notebook did)."""
    out = last_good(tmp_path / "reports")
    (out / "figures").write_text("not a folder\n", encoding="utf-8")
    before = tree(out)
    code = main(["build", "--corpus", str(FIXTURES / "corpus"), "--out", str(out), "--no-pdf"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "could not write figures/" in err and "(a part of its path is a file, not a folder)." in err
    assert no_notebooks == ["01-corpus-overview"]
    assert tree(out) == before
    assert staging_left(out) == []


def test_publish_writes_every_file_before_moving_any(tmp_path, monkeypatch):
    out, stage = tmp_path / "out", tmp_path / "stage"
    out.mkdir()
    stage.mkdir()
    (out / "a.html").write_text("old a\n", encoding="utf-8")
    real = files._write_fd
    calls = []

    def second_fails(fd, data):
        calls.append(data)
        if len(calls) == 2:
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(files, "_write_fd", second_fails)
    with pytest.raises(OSError):
        publish.publish(out, stage, {"a.html": b"new a\n", "b.pdf": b"new b\n"}, {})
    assert (out / "a.html").read_text(encoding="utf-8") == "old a\n"
    assert not (out / "b.pdf").exists()
