"""Load a folder of `.txt` articles, in file-name order, into `Document` records.

Problems with the folder or an article raise `CorpusError` naming the file, the problem and the fix.
With `skip_bad=True` bad articles are set aside with their reason instead (`Corpus.skipped`). An article file
that is a symbolic link to a file outside the folder is left out with a notice (`Corpus.outside_links`): a
report shows its articles' text, so such a link would publish whatever file it points to; `follow_links=True`
reads it like any other file. Links to files inside the folder are always read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from analysis.errors import CorpusError
from analysis.ingest.clean import Cleaned, clean
from analysis.ingest.decode import ArticleProblem, read_article
from analysis.ingest.metadata import Field, Metadata, detect


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
    lead: Field | None = None
    """The lead paragraph (see `metadata`)."""
    notes: Field | None = None
    """The heading that opens the page's notes after its story (see `metadata`)."""

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


def corpus_digest(articles: Iterable[tuple[str, str]]) -> str:
    """One hash for a corpus: sha256 of a line "doc_id:sha256" per article, in doc_id order (the reports compute
    the same digest in the query engine, `query.corpus.digest`, so the index and every report name one corpus)."""
    h = hashlib.sha256()
    for doc_id, digest in sorted(articles):
        h.update(f"{doc_id}:{digest}\n".encode())
    return h.hexdigest()


@dataclass
class Corpus:
    """The loaded documents, plus what was left out and why."""

    root: Path
    documents: list[Document]
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)
    outside_links: list[Path] = field(default_factory=list)
    """Article files left out because they are symbolic links to files outside the folder."""

    @property
    def sha256(self) -> str:
        """One hash for the whole corpus (`corpus_digest`)."""
        return corpus_digest((d.doc_id, d.sha256) for d in self.documents)

    def notices(self) -> list[str]:
        """Human-readable lines about ignored, duplicate and skipped files."""
        return notice_lines(
            self.ignored,
            self.duplicates,
            [d.path for d in self.documents if d.encoding == "utf-8-sig"],
            self.skipped,
            self.outside_links,
        )


LINK_REASON = "a symbolic link to a file outside the corpus folder, whose text the reports would publish"
LINK_HINT = "copy the file into the folder, or pass --follow-links (follow_links=True in a notebook) to read links"


def notice_lines(
    ignored: list[Path],
    duplicates: list[tuple[Path, Path]],
    with_bom: list[Path],
    skipped: list[Skipped],
    outside_links: list[Path] = (),
) -> list[str]:
    """The lines a report and the command line print about a folder's ignored, duplicate, BOM, skipped and linked
    files."""
    out = []
    if ignored:
        out.append("Ignored (not .txt): " + ", ".join(display_name(p) for p in ignored))
    for p in outside_links:
        out.append(f"Left out {display_name(p)}: {LINK_REASON}; {LINK_HINT}.")
    for dup, kept in duplicates:
        out.append(f"{dup.name}: same content as {kept.name}; kept {kept.name} only.")
    for p in with_bom:
        out.append(f"{p.name}: read as UTF-8 with a byte-order mark (utf-8-sig); the mark was dropped.")
    for s in skipped:
        out.append(f"Skipped {s.path.name}: {s.reason}")
    return out


def make_document(doc_id: str, path: Path, raw: str, sha256: str, encoding: str = "utf-8") -> Document:
    """Build a Document from already-decoded text (cleaning and metadata detection)."""
    meta: Metadata = detect(raw)
    return Document(
        doc_id=doc_id,
        path=path,
        sha256=sha256,
        length=len(raw),
        raw=raw,
        cleaned=clean(raw),
        title=meta.title,
        published=meta.published,
        publisher=meta.publisher,
        encoding=encoding,
        lead=meta.lead,
        notes=meta.notes,
    )


def outside(path: Path, root: Path) -> bool:
    """True when `path` is a symbolic link whose target (followed to the end) is not inside the folder `root`."""
    if not path.is_symlink():
        return False
    return not path.resolve().is_relative_to(root.resolve())


def list_articles(root: Path, follow_links: bool = False) -> tuple[list[Path], list[Path], list[Path]]:
    """(.txt files, other files, .txt links to files outside `root` left out) directly in `root`, sorted by name;
    with `follow_links` no link is left out."""
    txt, other, links = [], [], []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if not entry.name.lower().endswith(".txt"):
            other.append(path)
        elif not follow_links and entry.is_symlink() and outside(path, root):
            links.append(path)
        else:
            txt.append(path)
    return txt, other, links


def article_paths(root: Path, follow_links: bool = False) -> tuple[list[Path], list[Path], list[Path]]:
    """(.txt files, other files, links left out) of a corpus folder in name order (see `list_articles`); raise
    CorpusError on a bad folder."""
    if not root.exists():
        raise CorpusError(
            "the corpus folder does not exist.",
            where=str(root),
            hint="Pass the folder that holds the articles as .txt files (for example `seeds/`).",
        )
    if not root.is_dir():
        raise CorpusError(
            "this is a file, not a folder.",
            where=str(root),
            hint="Pass the folder that holds the articles, not a single article.",
        )
    try:
        paths, other, links = list_articles(root, follow_links)
    except PermissionError:
        raise CorpusError(
            "the folder cannot be listed (permission denied).",
            where=str(root),
            hint="Make it readable, e.g. `chmod a+rx FOLDER`.",
        ) from None
    if not paths and links:
        raise nothing_left_error(root, links)
    if not paths:
        raise CorpusError(
            "the folder holds no .txt articles"
            + (f" (only: {', '.join(p.name for p in other[:5])})" if other else "")
            + ".",
            where=str(root),
            hint="Save each article as a UTF-8 .txt file in this folder.",
        )
    return paths, other, links


def read_one(path: Path) -> tuple[str, str, str]:
    """Text, encoding and sha256 of one article file, its name checked too; raises ArticleProblem."""
    if display_name(path) != path.name:
        raise ArticleProblem(
            "the file name is not valid UTF-8, so it cannot be shown in a report.",
            "Rename the file using UTF-8 characters (e.g. with `convmv` or a file manager).",
        )
    return read_article(path)


def bad_files_error(root: Path, problems: list[tuple[Path, ArticleProblem]]) -> CorpusError:
    """One error listing every unusable file with its problem and fix."""
    lines = [f"{display_name(p)}: {prob.problem} {prob.hint}" for p, prob in problems]
    return CorpusError(
        f"{len(problems)} article file{'s' if len(problems) != 1 else ''} cannot be used:\n  " + "\n  ".join(lines),
        where=str(root),
        hint="Fix or remove the files named above, or pass --skip-bad to build from the good articles only.",
    )


def nothing_left_error(root: Path, outside_links: list[Path] = ()) -> CorpusError:
    if outside_links:
        names = ", ".join(display_name(p) for p in outside_links[:5]) + (" ..." if len(outside_links) > 5 else "")
        return CorpusError(
            f"no usable article is left in the folder; left out as symbolic links to files outside it, whose text "
            f"the reports would publish: {names}.",
            where=str(root),
            hint=f"Fix any file named above; for the links, {LINK_HINT}.",
        )
    return CorpusError(
        "no usable article is left in the folder.",
        where=str(root),
        hint="Fix the files named above or add UTF-8 .txt articles.",
    )


def load_corpus(root: str | os.PathLike, *, skip_bad: bool = False, follow_links: bool = False) -> Corpus:
    """Load every `.txt` article of `root`; raise CorpusError on a bad folder or (unless skip_bad) a bad file.
    Links to files outside `root` are left out unless `follow_links`."""
    root = Path(root)
    paths, other, links = article_paths(root, follow_links)
    docs: list[Document] = []
    skipped: list[Skipped] = []
    problems: list[tuple[Path, ArticleProblem]] = []
    seen: dict[str, Path] = {}
    duplicates: list[tuple[Path, Path]] = []
    for path in paths:
        try:
            raw, enc, sha = read_one(path)
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
        raise bad_files_error(root, problems)
    if not docs:
        raise nothing_left_error(root, links)
    return Corpus(root, docs, skipped, other, duplicates, links)
