"""Articles saved from the web in every state: each bad file is named with what is wrong and what to do.

By default a bad article stops the build before anything is written (the reports folder stays byte for
byte as it was); with skip_bad the good articles are used and the bad ones are listed with their reason.
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import FIXTURES, PROJECT

from analysis.cli import main
from analysis.errors import CorpusError
from analysis.ingest import decode as corpus_mod
from analysis.ingest.corpus import load_corpus

GOOD = (FIXTURES / "corpus" / "alpha_partnership.txt").read_bytes()
TITLE = "Northfield University and Pearl Coast Hospital open joint training centre"
HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Clinic opens</title></head><body>\n<nav><a href='/'>Home</a></nav>\n"
    b"<article><h1>Clinic opens in Zhuhai</h1><p>A clinic opened in Zhuhai.</p><p>It has 40 beds.</p></article>\n"
    b"</body></html>\n"
)


def tree(root: Path) -> dict[str, str]:
    """Every file under root (hidden ones too) with its sha256: the state a failure must leave alone."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """A reports folder holding the last good build (stand-in files; a failed build must not touch them)."""
    out = tmp_path / "reports"
    (out / "figures" / "01-corpus-overview").mkdir(parents=True)
    (out / "01-corpus-overview.html").write_text("<h1>last good report</h1>\n", encoding="utf-8")
    (out / "figures" / "01-corpus-overview" / "article-length.csv").write_text("doc_id,words\ngood,100\n")
    (out / "manifest.json").write_text('{"reports": {}}\n', encoding="utf-8")
    return out


def corpus_with(tmp_path: Path, name: str | bytes, data: bytes | None) -> Path:
    """A corpus folder with one good article and `name` holding `data` (None: create nothing, the caller does)."""
    root = tmp_path / "articles"
    root.mkdir(parents=True)
    (root / "good.txt").write_bytes(GOOD)
    if data is not None:
        path = os.path.join(os.fsencode(root), name) if isinstance(name, bytes) else root / name
        with open(path, "wb") as f:
            f.write(data)
    return root


def build_cli(corpus: Path, out: Path, *extra: str) -> list[str]:
    return ["build", "--corpus", str(corpus), "--out", str(out), "--no-pdf", "--profiles", "0", "--only", "01", *extra]


BAD = [
    # (file name, content, what the message must say about it)
    ("empty.txt", b"", ["empty.txt: the file is empty.", "Delete it or paste the article's text into it."]),
    ("blank.txt", b"  \n\t\r\n  \n", ["blank.txt: the file is empty."]),
    (
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        ["photo.txt: the file is binary (it contains NUL bytes), not a text article.", "Remove it from the folder"],
    ),
    ("control.txt", bytes(range(1, 9)) * 40, ["control.txt: the file holds control characters", "plain UTF-8 text"]),
    (
        "latin1.txt",
        "Café Santé opened a new clinic in Zhuhai. Les médecins étaient là.".encode("latin-1"),
        [
            "latin1.txt: the file is not valid UTF-8 (byte 3 cannot be decoded); it looks like ",
            "Re-save it as UTF-8",
            "iconv -f ",
        ],
    ),
    (
        "gbk.txt",
        "深圳市卫生健康委员会宣布新的医疗改革措施，以加强粤港澳大湾区的医疗合作。".encode("gbk"),
        [
            "gbk.txt: the file is not valid UTF-8 (byte 0 cannot be decoded); it looks like gb18030.",
            "`iconv -f GB18030 -t UTF-8 IN > OUT`",
        ],
    ),
    (
        "utf16.txt",
        "A clinic opened in Zhuhai in 2021.\n".encode("utf-16"),
        [
            "utf16.txt: the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8.",
            "`iconv -f UTF-16 -t UTF-8 IN > OUT`",
        ],
    ),
    (
        "utf16le.txt",
        "A clinic opened in Zhuhai in 2021.\n".encode("utf-16-le"),
        ["utf16le.txt: the file looks like UTF-16 text without a byte-order mark", "iconv -f UTF-16LE"],
    ),
    (
        "utf32.txt",
        "A clinic opened in Zhuhai.\n".encode("utf-32"),
        ["utf32.txt: the file is UTF-32 text (it starts with a UTF-32 byte-order mark), not UTF-8."],
    ),
    (
        "saved page.txt",
        HTML_PAGE,
        [
            "saved page.txt: the file is an HTML page saved as .txt, not the article's text.",
            "Open the page in a browser and save it as text",
        ],
    ),
    (
        b"caf\xe9 sant\xe9.txt",
        GOOD.replace(b"Northfield", b"Southfield"),
        ["caf\\xe9 sant\\xe9.txt: the file name is not valid UTF-8", "Rename the file using UTF-8 characters"],
    ),
]


@pytest.mark.parametrize("name, data, expected", BAD, ids=[str(b[0]) for b in BAD])
def test_bad_article_stops_the_build_with_a_message_naming_it(tmp_path, reports, capsys, name, data, expected):
    corpus = corpus_with(tmp_path, name, data)
    before = tree(reports)
    assert main(build_cli(corpus, reports)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {corpus}: 1 article file cannot be used:\n")
    for needle in expected:
        assert needle in err
    assert "What to do: Fix or remove the files named above, or pass --skip-bad" in err
    assert "Traceback" not in err
    assert tree(reports) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "reports"]  # no lock, no staging folder


@pytest.mark.parametrize("name, data, expected", BAD, ids=[str(b[0]) for b in BAD])
def test_skip_bad_keeps_the_good_articles_and_lists_the_bad_one(tmp_path, name, data, expected):
    corpus = load_corpus(corpus_with(tmp_path, name, data), skip_bad=True)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    [skipped] = corpus.skipped
    problem = expected[0].split(": ", 1)[1]
    assert skipped.reason.startswith(problem.split(";")[0])
    assert corpus.notices() == [f"Skipped {skipped.path.name}: {skipped.reason}"]
    assert skipped.path.name == expected[0].split(": ", 1)[0]  # printable even when the real name is not UTF-8


def test_file_over_the_size_limit_names_the_limit(tmp_path, reports, capsys):
    corpus = corpus_with(tmp_path, "huge.txt", None)
    with open(corpus / "huge.txt", "wb") as f:  # sparse: the size is checked before anything is read
        f.truncate(5 * 1024 * 1024 + 1)
    before = tree(reports)
    assert main(build_cli(corpus, reports)) == 2
    err = capsys.readouterr().err
    assert (
        "huge.txt: the file is 5.0 MB (5,242,881 bytes), over the 5 MB (5,242,880 bytes) limit for one article. "
        "Check that it is a single article; split it or remove it from the folder."
    ) in err
    assert tree(reports) == before


def test_size_limit_is_inclusive(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_mod, "MAX_BYTES", len(GOOD))
    root = corpus_with(tmp_path, "bigger.txt", GOOD + b"x")
    corpus = load_corpus(root, skip_bad=True)
    assert [d.doc_id for d in corpus.documents] == ["good"]  # exactly at the limit is accepted
    assert corpus.skipped[0].reason.startswith("the file is 0.0 MB (747 bytes), over the 0 MB (746 bytes) limit")


def test_unreadable_file_is_named(tmp_path, reports, capsys, monkeypatch):
    corpus = corpus_with(tmp_path, "locked.txt", b"A clinic opened in Zhuhai.\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    before = tree(reports)
    assert main(build_cli(corpus, reports)) == 2
    err = capsys.readouterr().err
    assert "locked.txt: the file cannot be read (permission denied). Make it readable, e.g. `chmod a+r FILE`." in err
    assert tree(reports) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_with_real_permissions(tmp_path):
    corpus = corpus_with(tmp_path, "locked.txt", b"A clinic opened in Zhuhai.\n")
    (corpus / "locked.txt").chmod(0)
    with pytest.raises(CorpusError, match=r"locked\.txt: the file cannot be read \(permission denied\)"):
        load_corpus(corpus)


def test_folder_pipe_and_dangling_link_named_txt(tmp_path):
    corpus = corpus_with(tmp_path, "good2.txt", None)
    (corpus / "folder.txt").mkdir()
    os.mkfifo(corpus / "pipe.txt")  # reading it would block forever
    (corpus / "gone.txt").symlink_to(corpus / "nowhere.txt")  # a link inside the folder is read like a file
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus)
    msg = str(err.value)
    assert "3 article files cannot be used" in msg
    assert "folder.txt: this is a folder, not a file. Rename it so it does not end in .txt." in msg
    assert "pipe.txt: this is not a regular file (a pipe, socket or device). Remove it from the folder." in msg
    assert "gone.txt: the file cannot be read (No such file or directory)." in msg


def test_utf8_with_byte_order_mark_is_accepted_and_noted(tmp_path):
    corpus = load_corpus(
        corpus_with(tmp_path, "bom.txt", b"\xef\xbb\xbfHarbour Hospital opens a new ward\n\nIt has 40 beds.\n")
    )
    bom = corpus.documents[0]
    assert bom.doc_id == "bom" and bom.encoding == "utf-8-sig"
    assert bom.raw == "Harbour Hospital opens a new ward\n\nIt has 40 beds.\n"  # the mark is not article text
    assert bom.title.value == "Harbour Hospital opens a new ward"
    assert bom.raw[bom.title.start : bom.title.end] == bom.title.value
    assert corpus.documents[1].encoding == "utf-8"
    assert corpus.notices() == ["bom.txt: read as UTF-8 with a byte-order mark (utf-8-sig); the mark was dropped."]
    assert corpus.skipped == []


def test_same_article_twice_is_kept_once_and_said(tmp_path, reports):
    root = corpus_with(tmp_path, "good (copy).txt", GOOD)
    corpus = load_corpus(root)
    assert [d.doc_id for d in corpus.documents] == ["good (copy)"]  # the first in name order is kept
    assert corpus.notices() == ["good.txt: same content as good (copy).txt; kept good (copy).txt only."]
    assert corpus.skipped == []


def test_files_that_are_not_txt_are_ignored_and_listed_once(tmp_path):
    root = corpus_with(tmp_path, "notes.pdf", b"%PDF-1.4")
    (root / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    (root / "README").write_text("about these articles")
    (root / "sub").mkdir()
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / "UPPER.TXT").write_bytes(GOOD.replace(b"Northfield", b"Eastfield"))
    corpus = load_corpus(root)
    assert [d.doc_id for d in corpus.documents] == ["UPPER", "good"]
    assert corpus.notices() == ["Ignored (not .txt): README, notes.pdf, photo.JPG, sub"]


def test_name_with_spaces_and_non_ascii_characters(tmp_path):
    name = "Ärzte 深圳 report – 2021 (final).txt"
    root = corpus_with(tmp_path, name, GOOD.replace(b"Northfield", b"Westfield"))
    corpus = load_corpus(root)
    assert [d.doc_id for d in corpus.documents] == ["good", "Ärzte 深圳 report – 2021 (final)"]
    assert corpus.documents[1].title.value == TITLE.replace("Northfield", "Westfield")
    assert corpus.notices() == []


def test_several_bad_files_are_all_listed_in_one_message(tmp_path):
    root = corpus_with(tmp_path, "empty.txt", b"")
    (root / "utf16.txt").write_bytes("text".encode("utf-16"))
    with pytest.raises(CorpusError) as err:
        load_corpus(root)
    lines = str(err.value).splitlines()
    assert lines[0] == f"{root}: 2 article files cannot be used:"
    assert lines[1].startswith("  empty.txt: the file is empty.")
    assert lines[2].startswith("  utf16.txt: the file is UTF-16 text")


def test_only_bad_files_with_skip_bad_still_stops(tmp_path, reports, capsys):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    before = tree(reports)
    assert main(build_cli(root, reports, "--skip-bad")) == 2
    err = capsys.readouterr().err
    assert f"error: {root}: no usable article is left in the folder." in err
    assert tree(reports) == before


def test_the_cli_prints_bad_files_without_a_traceback(tmp_path):
    """The real process, all bad inputs at once: one paragraph per file, exit status 2, no traceback."""
    root = corpus_with(tmp_path, "empty.txt", b"")
    for name, data, _ in BAD[1:]:
        path = os.path.join(os.fsencode(root), name) if isinstance(name, bytes) else root / name
        with open(path, "wb") as f:
            f.write(data)
    r = subprocess.run([sys.executable, "-m", "analysis", "corpus", str(root)], cwd=PROJECT, capture_output=True)
    err = r.stderr.decode("utf-8")
    assert r.returncode == 2
    assert "Traceback" not in err
    assert f"{len(BAD)} article files cannot be used" in err
    for _, _, expected in BAD:
        assert expected[0] in err
    r = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", "--skip-bad", str(root)], cwd=PROJECT, capture_output=True
    )
    assert r.returncode == 0
    err = r.stderr.decode("utf-8")
    assert "Skipped caf\\xe9 sant\\xe9.txt: the file name is not valid UTF-8" in err
    assert r.stdout.decode("utf-8").endswith(
        "1 article, corpus sha256 " + load_corpus(corpus_with(tmp_path / "again", "x.txt", None)).sha256[:12] + "\n"
    )


# -- symbolic links: an article page shows its article's whole text, so a link out of the folder would publish it ---
@pytest.fixture
def linked(tmp_path):
    """A corpus folder with a real article, a link to a private file outside it, and links to files inside it."""
    corpus = corpus_with(tmp_path, "good2.txt", b"Harbour clinic opens\n\nA clinic opened in Zhuhai.\n")
    private = tmp_path / "private"
    private.mkdir()
    (private / "notes.txt").write_text("Password list for the Harbour clinic\n\nswordfish\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(private / "notes.txt")
    sub = corpus / "drafts"
    sub.mkdir()
    (sub / "draft.txt").write_text("Harbour clinic draft\n\nA clinic opened in Foshan.\n", encoding="utf-8")
    (corpus / "draft_link.txt").symlink_to(Path("drafts") / "draft.txt")  # relative, inside the folder
    (corpus / "same.txt").symlink_to(corpus / "good.txt")  # inside: the same article again
    return corpus


def test_a_link_to_a_file_outside_the_folder_is_left_out_with_a_notice(linked):
    corpus = load_corpus(linked)
    assert [d.doc_id for d in corpus.documents] == ["draft_link", "good", "good2"]
    assert all("swordfish" not in d.raw for d in corpus.documents)
    assert corpus.outside_links == [linked / "leak.txt"]
    assert corpus.skipped == []
    assert corpus.notices() == [
        "Ignored (not .txt): drafts",
        "Left out leak.txt: a symbolic link to a file outside the corpus folder, whose text the reports would "
        "publish; copy the file into the folder, or pass --follow-links (follow_links=True in a notebook) to read "
        "links.",
        "same.txt: same content as good.txt; kept good.txt only.",
    ]


def test_follow_links_reads_a_link_to_a_file_outside_the_folder(linked):
    corpus = load_corpus(linked, follow_links=True)
    assert "leak" in [d.doc_id for d in corpus.documents]
    assert corpus.outside_links == []


def test_a_link_that_leaves_through_a_link_inside_is_still_outside(linked, tmp_path):
    """The target is followed to the end: a link to a link inside the folder that points out is left out."""
    (linked / "hop").symlink_to(tmp_path / "private")  # a folder link inside, pointing out
    (linked / "hop_leak.txt").symlink_to(linked / "hop" / "notes.txt")
    assert [p.name for p in load_corpus(linked).outside_links] == ["hop_leak.txt", "leak.txt"]


def test_the_scan_leaves_out_the_same_links(linked):
    from analysis.ingest.stream import scan

    found = scan(linked)
    assert [e.doc_id for e in found.entries] == ["draft_link", "good", "good2"]
    assert found.notices() == load_corpus(linked).notices()
    assert "leak" in [e.doc_id for e in scan(linked, follow_links=True).entries]


def test_a_folder_of_outside_links_only_says_what_to_do(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (tmp_path / "elsewhere.txt").write_bytes(GOOD)
    (corpus / "a.txt").symlink_to(tmp_path / "elsewhere.txt")
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus)
    assert str(err.value) == (
        f"{corpus}: no usable article is left in the folder; left out as symbolic links to files outside it, whose "
        "text the reports would publish: a.txt.\nWhat to do: Fix any file named above; for the links, copy the file "
        "into the folder, or pass --follow-links (follow_links=True in a notebook) to read links."
    )
    assert [d.doc_id for d in load_corpus(corpus, follow_links=True).documents] == ["a"]
