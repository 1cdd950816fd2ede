"""A corpus too large to hold: check every file first, then read the good ones again in batches.

`scan(root)` reads and validates each file once, keeping only its name, hash and encoding (about 0.4 KB per
article), with the same bookkeeping as `load_corpus` (bad, duplicate, ignored files); `Scan.batches(n)` then
reads the kept articles again, `n` at a time, in `doc_id` order (the facts table's order), so at most one
batch of texts is in memory. Bad files are known before any extraction starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from analysis.ingest.corpus import (
    Document,
    Skipped,
    article_paths,
    bad_files_error,
    display_name,
    make_document,
    nothing_left_error,
    notice_lines,
    read_one,
)
from analysis.ingest.decode import ArticleProblem


class Entry:
    """A usable article, without its text: what is needed to read it again and to find its cached facts.

    Kept small, as there is one per article of the corpus: the folder is the one `Path` shared by every article
    of the folder, the file name, id, hash and encoding are strings (`path` is made when asked for)."""

    __slots__ = ("doc_id", "folder", "name", "sha256", "encoding")

    def __init__(self, doc_id: str, path: Path, sha256: str, encoding: str, folder: Path | None = None):
        self.doc_id, self.name, self.sha256, self.encoding = doc_id, path.name, sha256, encoding
        self.folder = path.parent if folder is None else folder

    @property
    def path(self) -> Path:
        return self.folder / self.name

    def _key(self) -> tuple:
        return (self.doc_id, str(self.folder), self.name, self.sha256, self.encoding)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entry) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Entry(doc_id={self.doc_id!r}, path={self.path!r}, sha256={self.sha256!r}, encoding={self.encoding!r})"


@dataclass(frozen=True)
class Article:
    """A usable article's text, read but not yet cleaned (cleaning runs where the facts are extracted)."""

    doc_id: str
    path: Path
    sha256: str
    raw: str
    encoding: str

    def document(self) -> Document:
        return make_document(self.doc_id, self.path, self.raw, self.sha256, self.encoding)


@dataclass
class Scan:
    """The folder's usable articles (names and hashes only) and what was left out, as `Corpus` records it."""

    root: Path
    entries: list[Entry]
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)
    problems: list[tuple[Path, ArticleProblem]] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    """Articles that passed the scan but could not be used later (changed on disk, extraction failed)."""
    outside_links: list[Path] = field(default_factory=list)
    """Article files left out as symbolic links to files outside the folder (see `corpus.list_articles`)."""

    def check(self, skip_bad: bool) -> None:
        """Raise CorpusError listing every bad file (unless skip_bad), or when no article is usable."""
        if self.problems and not skip_bad:
            raise bad_files_error(self.root, self.problems)
        if not self.entries:
            raise nothing_left_error(self.root, self.outside_links)

    def notices(self) -> list[str]:
        """The lines `Corpus.notices` gives for the same folder."""
        return notice_lines(
            self.ignored,
            self.duplicates,
            [e.path for e in self.entries if e.encoding == "utf-8-sig"],
            self.skipped,
            self.outside_links,
        )

    def articles(self) -> dict[str, str]:
        """doc_id -> sha256 of the usable articles, in `Corpus.documents` order (as `build` keys them)."""
        return {e.doc_id: e.sha256 for e in self.entries}

    def batches(self, size: int) -> Iterator[list[Article]]:
        """The usable articles read again, `size` at a time (an id shared by two files never straddles two
        batches); a file changed since the scan goes to `failed`."""
        batch: list[Article] = []
        for e in sorted(self.entries, key=lambda e: (e.doc_id, e.path.name)):
            if len(batch) >= size and batch[-1].doc_id != e.doc_id:
                yield batch
                batch = []
            try:
                raw, enc, sha = read_one(e.path)
            except ArticleProblem as p:
                self.failed.append(Skipped(e.path, p.problem))
                continue
            if sha != e.sha256:
                self.failed.append(Skipped(e.path, "the file changed while the run was reading it; run again."))
                continue
            batch.append(Article(e.doc_id, e.path, sha, raw, enc))
        if batch:
            yield batch


def scan(root: str | Path, follow_links: bool = False) -> Scan:
    """Check every `.txt` file of `root` as `load_corpus` does, keeping names and hashes only; links to files
    outside `root` are left out unless `follow_links`."""
    root = Path(root)
    paths, other, links = article_paths(root, follow_links)
    out = Scan(root, [], ignored=other, outside_links=links)
    seen: dict[str, int] = {}  # sha256 -> index of the first article with these bytes
    for path in paths:
        try:
            _, enc, sha = read_one(path)
        except ArticleProblem as p:
            out.problems.append((path, p))
            out.skipped.append(Skipped(path.with_name(display_name(path)), p.problem))
            continue
        if sha in seen:
            out.duplicates.append((path, out.entries[seen[sha]].path))
            continue
        seen[sha] = len(out.entries)
        out.entries.append(Entry(path.stem, path, sha, enc, root))
    return out
