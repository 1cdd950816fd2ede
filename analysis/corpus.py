"""Load a folder of `.txt` articles, in file-name order, into `Document` records.

Problems with the folder or an article raise `CorpusError` naming the file, the problem and the fix.
With `skip_bad=True` bad articles are set aside with their reason instead (`Corpus.skipped`).
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from analysis.clean import Cleaned, clean
from analysis.errors import CorpusError
from analysis.metadata import Field, Metadata, detect

MAX_BYTES = 5 * 1024 * 1024
"""Largest article accepted, in bytes: news articles are far smaller; a bigger file is almost surely not one."""


@dataclass(frozen=True)
class Document:
    """One article: identity, original and cleaned text, and the metadata its text states."""

    doc_id: str
    path: Path
    sha256: str
    length: int
    raw: str
    cleaned: Cleaned
    title: Field | None
    published: Field | None
    publisher: Field | None
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.cleaned.text


@dataclass(frozen=True)
class Skipped:
    """A file left out and why. For a file whose name is not valid UTF-8, `path` carries the printable name."""

    path: Path
    reason: str


def display_name(path: Path) -> str:
    """The file name as it can be printed: bytes that are not UTF-8 shown as `\\xNN`."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


@dataclass
class Corpus:
    """The loaded documents, plus what was left out and why."""

    root: Path
    documents: list[Document]
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """One hash for the whole corpus: the documents' ids and hashes in order."""
        h = hashlib.sha256()
        for d in self.documents:
            h.update(f"{d.doc_id}\0{d.sha256}\n".encode())
        return h.hexdigest()

    def notices(self) -> list[str]:
        """Human-readable lines about ignored, duplicate and skipped files."""
        out = []
        if self.ignored:
            out.append("Ignored (not .txt): " + ", ".join(display_name(p) for p in self.ignored))
        for dup, kept in self.duplicates:
            out.append(f"{dup.name}: same content as {kept.name}; kept {kept.name} only.")
        for d in self.documents:
            if d.encoding == "utf-8-sig":
                out.append(f"{d.path.name}: read as UTF-8 with a byte-order mark (utf-8-sig); the mark was dropped.")
        for s in self.skipped:
            out.append(f"Skipped {s.path.name}: {s.reason}")
        return out


class ArticleProblem(Exception):
    """Why one file is not a usable article (message and advice)."""

    def __init__(self, problem: str, hint: str):
        super().__init__(problem)
        self.problem, self.hint = problem, hint


_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def _utf16_without_bom(data: bytes) -> bool:
    """True when every other byte is NUL, as in UTF-16 text of Latin letters saved without a byte-order mark."""
    head = data[:8192]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def _decode(data: bytes) -> tuple[str, str]:
    """Text of an article file and the encoding it was read as; raises ArticleProblem.

    A UTF-8 byte-order mark is accepted and dropped (encoding "utf-8-sig"), so offsets index the text after it.
    """
    if not data.strip():
        raise ArticleProblem("the file is empty.", "Delete it or paste the article's text into it.")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ArticleProblem(
            "the file is UTF-32 text (it starts with a UTF-32 byte-order mark), not UTF-8.",
            "Re-save it as UTF-8, e.g. `iconv -f UTF-32 -t UTF-8 IN > OUT`, and replace the file.",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleProblem(
            "the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8.",
            "Re-save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 IN > OUT`, and replace the file.",
        )
    if b"\x00" in data[:8192]:
        if _utf16_without_bom(data):
            raise ArticleProblem(
                "the file looks like UTF-16 text without a byte-order mark (every other byte is zero), not UTF-8.",
                "Re-save it as UTF-8, e.g. `iconv -f UTF-16LE -t UTF-8 IN > OUT` (or UTF-16BE), and replace the file.",
            )
        raise ArticleProblem(
            "the file is binary (it contains NUL bytes), not a text article.",
            "Remove it from the folder, or save the article as plain UTF-8 text.",
        )
    enc = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        raise ArticleProblem(
            f"the file is not valid UTF-8 (byte {exc.start} cannot be decoded)"
            + (f"; it looks like {guess}" if guess else "") + ".",
            f"Re-save it as UTF-8, e.g. `iconv -f {guess.upper() if guess else 'ENCODING'} -t UTF-8 IN > OUT`, "
            "and replace the file.",
        ) from None
    ctrl = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f")
    if ctrl > max(8, len(text[:8192]) // 50):
        raise ArticleProblem(
            "the file holds control characters, so it looks binary rather than a text article.",
            "Remove it from the folder, or save the article as plain UTF-8 text.",
        )
    if _HTML.search(text[:4096]) and len(re.findall(r"<[a-zA-Z/][^>]{0,200}>", text)) > 5:
        raise ArticleProblem(
            "the file is an HTML page saved as .txt, not the article's text.",
            "Open the page in a browser and save it as text (or copy the article's text into the file).",
        )
    if not text.replace("\ufeff", "").strip():
        raise ArticleProblem("the file holds only whitespace.", "Delete it or paste the article's text into it.")
    return text, enc


def _guess_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer ships with the locked environment
        return ""
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else ""


def read_article(path: Path) -> tuple[str, str, str]:
    """Text, encoding and sha256 of one article file; raises ArticleProblem."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise ArticleProblem("this is not a regular file (a pipe, socket or device).", "Remove it from the folder.")
        size = info.st_size
        if size > MAX_BYTES:
            raise ArticleProblem(
                f"the file is {size / 2**20:.1f} MB ({size:,} bytes), over the {MAX_BYTES // 2**20} MB "
                f"({MAX_BYTES:,} bytes) limit for one article.",
                "Check that it is a single article; split it or remove it from the folder.",
            )
        data = path.read_bytes()
    except PermissionError:
        raise ArticleProblem(
            "the file cannot be read (permission denied).", "Make it readable, e.g. `chmod a+r FILE`."
        ) from None
    except IsADirectoryError:
        raise ArticleProblem("this is a folder, not a file.", "Rename it so it does not end in .txt.") from None
    except OSError as exc:
        raise ArticleProblem(f"the file cannot be read ({exc.strerror}).", "Check the file and try again.") from None
    text, enc = _decode(data)
    return text, enc, hashlib.sha256(data).hexdigest()


def make_document(doc_id: str, path: Path, raw: str, sha256: str, encoding: str = "utf-8") -> Document:
    """Build a Document from already-decoded text (cleaning and metadata detection)."""
    meta: Metadata = detect(raw)
    return Document(
        doc_id=doc_id, path=path, sha256=sha256, length=len(raw), raw=raw, cleaned=clean(raw),
        title=meta.title, published=meta.published, publisher=meta.publisher, encoding=encoding,
    )


def list_articles(root: Path) -> tuple[list[Path], list[Path]]:
    """(.txt files, other files) directly in `root`, sorted by name."""
    txt, other = [], []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        (txt if entry.name.lower().endswith(".txt") else other).append(Path(entry.path))
    return txt, other


def load_corpus(root: str | os.PathLike, *, skip_bad: bool = False) -> Corpus:
    """Load every `.txt` article of `root`; raise CorpusError on a bad folder or (unless skip_bad) a bad file."""
    root = Path(root)
    if not root.exists():
        raise CorpusError(
            "the corpus folder does not exist.", where=str(root),
            hint="Pass the folder that holds the articles as .txt files (for example `seeds/`).",
        )
    if not root.is_dir():
        raise CorpusError(
            "this is a file, not a folder.", where=str(root),
            hint="Pass the folder that holds the articles, not a single article.",
        )
    try:
        paths, other = list_articles(root)
    except PermissionError:
        raise CorpusError("the folder cannot be listed (permission denied).", where=str(root),
                          hint="Make it readable, e.g. `chmod a+rx FOLDER`.") from None
    if not paths:
        raise CorpusError(
            "the folder holds no .txt articles" + (f" (only: {', '.join(p.name for p in other[:5])})" if other else "") + ".",
            where=str(root), hint="Save each article as a UTF-8 .txt file in this folder.",
        )
    docs: list[Document] = []
    skipped: list[Skipped] = []
    problems: list[tuple[Path, ArticleProblem]] = []
    seen: dict[str, Path] = {}
    duplicates: list[tuple[Path, Path]] = []
    for path in paths:
        try:
            if display_name(path) != path.name:
                raise ArticleProblem("the file name is not valid UTF-8, so it cannot be shown in a report.",
                                     "Rename the file using UTF-8 characters (e.g. with `convmv` or a file manager).")
            raw, enc, sha = read_article(path)
        except ArticleProblem as p:
            problems.append((path, p))
            skipped.append(Skipped(path.with_name(display_name(path)), p.problem))
            continue
        if sha in seen:
            duplicates.append((path, seen[sha]))
            continue
        seen[sha] = path
        docs.append(make_document(path.stem, path, raw, sha, enc))
    if problems and not skip_bad:
        lines = [f"{display_name(p)}: {prob.problem} {prob.hint}" for p, prob in problems]
        raise CorpusError(
            f"{len(problems)} article file{'s' if len(problems) != 1 else ''} cannot be used:\n  " + "\n  ".join(lines),
            where=str(root),
            hint="Fix or remove the files named above, or pass --skip-bad to build from the good articles only.",
        )
    if not docs:
        raise CorpusError("no usable article is left in the folder.", where=str(root),
                          hint="Fix the files named above or add UTF-8 .txt articles.")
    return Corpus(root, docs, skipped, other, duplicates)
