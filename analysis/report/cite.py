"""Numbered citations: every claim links to the passage of the article it came from.

`Citations.cite(...)` returns the reference mark (HTML) and records the passage once; `sources_html()` renders
the "Sources" section: a short window of the passage around the cited spans (`WINDOW` characters), the
article's title, date, publisher and doc_id. Numbers follow the order of first citation, so output is
deterministic. What an article states about itself comes from the documents table; the text of an article is
read from the corpus folder only when one of its passages is cited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from analysis.extract import sentences
from analysis.ingest.corpus import Document, read_one
from analysis.query.store import Store
from analysis.report import escape, pages
from analysis.text import shorten

PASSAGE_MAX = 600
"""Longest passage recorded around a short span whose sentence is longer (a line without sentence ends)."""
WINDOW = 140
"""Characters of a passage shown in its Sources entry: the cited spans and what surrounds them, about this long."""
WINDOW_MAX = 220
"""Most characters of article text one Sources entry shows, however long its cited spans (a long quotation is
printed in full once, where the report shows it, not again among the sources)."""
MIN_CONTEXT = 20
"""Characters kept on each side of the cited spans when they are long."""
FIELDS = ("title", "published", "publisher")
TITLE_CHARS = 70
"""Longest title (or first sentence) naming an article in the Sources."""


def article_name(doc: Document, limit: int = 90) -> str:
    """The article's stated title, else its first sentence (shortened): how a reader recognises it."""
    if doc.title is not None:
        return doc.title.value
    text = " ".join(doc.text.split())
    ends = sentences.boundaries(text)
    first = text[: ends[0][0]] if ends else text
    return shorten(first, limit) or doc.doc_id


def passage_bounds(raw: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) of the original text around [start, end)."""
    left = max(raw.rfind("\n", 0, start), -1) + 1
    right_nl = raw.find("\n", end)
    right = len(raw) if right_nl == -1 else right_nl
    for close, nxt in sentences.boundaries(raw, left, right):
        if nxt <= start:
            left = nxt
        elif close >= end:
            right = close
            break
    while left < start and raw[left].isspace():
        left += 1
    if end - start < PASSAGE_MAX and right - left > PASSAGE_MAX:
        left = max(left, start - PASSAGE_MAX // 2)
        right = min(right, end + PASSAGE_MAX // 2)
    return left, max(right, end)


@dataclass(frozen=True)
class DocInfo:
    """What the documents table says of one article: its file, label and the metadata its text states."""

    doc_id: str
    file: str
    label: str
    title: str | None
    published: str | None
    publisher: str | None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def untitled(self) -> bool:
        return self.title is None


@dataclass
class Source:
    """One passage of an article, cited by one number however many of its spans are cited."""

    number: int
    doc_id: str
    passage_start: int
    passage_end: int
    spans: list[tuple[int, int]]


def _int(v: Any) -> int | None:
    try:
        return None if v is None else int(v)
    except (TypeError, ValueError):
        return None


class Citations:
    """Registry of cited passages for one report: one numbered entry per passage."""

    def __init__(self, store: Store, corpus_dir: str | Path):
        self.store = store
        self.corpus_dir = Path(corpus_dir)
        self._docs: dict[str, DocInfo] = {}
        self._texts: dict[str, str] = {}
        self._sources: dict[tuple[str, int, int], Source] = {}
        self._anchors: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._sources)

    # -- what is known of an article ---------------------------------------------------------------
    def doc(self, doc_id: str) -> DocInfo:
        """The documents-table row of an article; KeyError when the corpus has no such article."""
        if doc_id not in self._docs:
            rows = self.store.rows(
                """SELECT doc_id, file, label, title, title_start, title_end, published, published_start,
                  published_end, publisher, publisher_start, publisher_end FROM documents WHERE doc_id = ?""",
                [doc_id],
            )
            if not rows:
                raise KeyError(f"no document {doc_id!r} in this corpus")
            r = rows[0]
            spans = {
                n: (int(r[f"{n}_start"]), int(r[f"{n}_end"]))
                for n in FIELDS
                if r[n] is not None and r[f"{n}_start"] is not None
            }
            self._docs[doc_id] = DocInfo(
                r["doc_id"], r["file"], r["label"] or r["doc_id"], r["title"], r["published"], r["publisher"], spans
            )
        return self._docs[doc_id]

    def text(self, doc_id: str) -> str:
        """The article's original text, read from the corpus folder the first time one of its passages is needed."""
        if doc_id not in self._texts:
            raw, _, _ = read_one(self.corpus_dir / self.doc(doc_id).file)
            self._texts[doc_id] = raw
        return self._texts[doc_id]

    # -- marks -----------------------------------------------------------------------------------------
    def source(self, doc_id: str, start: int, end: int, passage: tuple[int, int] | None = None) -> Source:
        """The entry of the passage holding [start, end) (the given passage, else its sentence), the span
        recorded in it."""
        self.doc(doc_id)
        start, end = int(start), int(end)
        if passage is None or passage[0] is None or passage[1] is None:
            passage = passage_bounds(self.text(doc_id), start, end)
        ps, pe = min(int(passage[0]), start), max(int(passage[1]), end)
        key = (doc_id, ps, pe)
        src = self._sources.get(key)
        if src is None:
            src = self._sources[key] = Source(len(self._sources) + 1, doc_id, ps, pe, [])
        if (start, end) not in src.spans:
            src.spans.append((start, end))
        return src

    def cite(
        self, doc_id: str, start: int, end: int, passage: tuple[int, int] | None = None, anchor: str | None = None
    ) -> str:
        """HTML reference mark `[n]`: to `anchor` on the article's page when given, else to the source entry.

        A printed report has no article pages beside it, so the mark also names its entry for the printer."""
        src = self.source(doc_id, start, end, passage)
        if not anchor:
            return f'<sup class="cite"><a href="#src-{src.number}">[{src.number}]</a></sup>'
        self._anchors.setdefault(src.number, anchor)
        href = escape.html(pages.page_href(doc_id, anchor))
        return f'<sup class="cite"><a href="{href}" data-print-href="#src-{src.number}">[{src.number}]</a></sup>'

    def cite_fact(self, fact: Mapping[str, Any]) -> str:
        """Reference mark for a row of the facts table (its passage is its sentence)."""
        ss, se = _int(fact.get("sentence_start")), _int(fact.get("sentence_end"))
        passage = (ss, se) if ss is not None and se is not None else None
        fid = fact.get("fact_id")
        anchor = pages.fact_anchor(str(fid)) if isinstance(fid, str) and fid else None
        return self.cite(str(fact["doc_id"]), int(fact["start"]), int(fact["end"]), passage, anchor)

    def cite_facts(self, facts: list[Mapping[str, Any]], limit: int = 3) -> str:
        """Marks for up to `limit` facts, one per distinct passage (facts of one sentence share a mark)."""
        marks, seen = [], set()
        for f in facts:
            key = (f["doc_id"], f.get("sentence_start"), f.get("sentence_end"))
            if key in seen:
                continue
            seen.add(key)
            marks.append(self.cite_fact(f))
            if len(marks) >= limit:
                break
        return "".join(marks)

    def cite_field(self, doc_id: str, name: str) -> str:
        """Reference mark for what an article states about itself ("title", "published" or "publisher"); "" when
        its text does not state it."""
        span = self.doc(doc_id).spans.get(name)
        if span is None:
            return ""
        return self.cite(doc_id, span[0], span[1], anchor=pages.field_anchor(name))

    # -- the Sources section -------------------------------------------------------------------------
    def sources(self) -> list[Source]:
        return sorted(self._sources.values(), key=lambda s: s.number)

    def cited(self) -> list[str]:
        """The doc_ids of every cited article, sorted."""
        return sorted({s.doc_id for s in self._sources.values()})

    def describe(self, doc_id: str) -> str:
        """ "Title", date, publisher (doc_id) as the article states them; an untitled article is named by its
        first sentence, marked as such."""
        d = self.doc(doc_id)
        if d.untitled:
            parts = [f'<span class="untitled">{escape.html(shorten(d.label, TITLE_CHARS))}</span> (untitled)']
        else:
            parts = [f"“{escape.html(shorten(d.title, TITLE_CHARS))}”"]
        parts += [escape.html(v) for v in (d.published, d.publisher) if v]
        return ", ".join(parts) + f" (<code>{escape.html(doc_id)}</code>)"

    def excerpt(self, s: Source) -> str:
        """The entry's window of the passage as HTML, cited spans marked, cuts shown by "…"."""
        raw = self.text(s.doc_id)
        lo, hi = window(raw, s.passage_start, s.passage_end, s.spans)
        pieces, pos = ["…" if lo > s.passage_start else ""], lo
        for a, b in _disjoint(s.spans):
            a, b = max(a, lo), min(b, hi)
            if a >= b or a < pos:
                continue
            pieces.append(escape.html(raw[pos:a]) + f"<mark>{escape.html(raw[a:b])}</mark>")
            pos = b
        pieces.append(escape.html(raw[pos:hi]) + ("…" if hi < s.passage_end else ""))
        return " ".join("".join(pieces).split())

    def sources_html(self, heading: str = "Sources") -> str:
        """The numbered Sources section: each passage once, a short window of it with the cited spans marked; an
        article is described in full at its first entry; a later entry points back to that one ("same article as
        [3]"), so a reader never takes it for the entry just above."""
        if not self._sources:
            return (
                f'<section class="sources" id="sources"><h2>{escape.html(heading)}</h2>'
                '<p class="empty-note">No passage is cited in this report.</p></section>'
            )
        items, described = [], {}
        for s in self.sources():
            spans = ", ".join(f"{a}–{b}" for a, b in sorted(s.spans))
            anchor = self._anchors.get(s.number)
            if anchor:  # the offsets open the article's page at the span
                spans = f'<a href="{escape.html(pages.page_href(s.doc_id, anchor))}">{spans}</a>'
            spans = f"characters {spans}"
            if s.doc_id in described:  # the article is named in full at its first entry
                first = described[s.doc_id]
                where = (
                    f'same article as <a href="#src-{first}">[{first}]</a> '
                    f"(<code>{escape.html(s.doc_id)}</code>), {spans}."
                )
            else:
                described[s.doc_id] = s.number
                where = f"{self.describe(s.doc_id)}, {spans}."
            items.append(f'<li id="src-{s.number}">“{self.excerpt(s)}” — {where}</li>')
        return (
            f'<section class="sources" id="sources"><h2>{escape.html(heading)}</h2><ol>'
            + "".join(items)
            + "</ol></section>"
        )


def window(raw: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of the passage [start, end) shown in its entry: the cited spans with context on each side, about
    `WINDOW` characters in all (at least `MIN_CONTEXT` a side), at most `WINDOW_MAX`; spans longer than `WINDOW`
    (a quotation, printed where the report shows it) only by their start; cut between words."""
    first = min(a for a, _ in spans)
    last = max(b for _, b in spans)
    context = max(MIN_CONTEXT, (WINDOW - (last - first)) // 2)
    lo, hi = max(start, first - context), min(end, last + context)
    if last - first > WINDOW:  # a long span (a quotation): its start is enough to find it
        hi = min(hi, first + WINDOW - MIN_CONTEXT)
    if hi - lo > WINDOW_MAX:
        hi = lo + WINDOW_MAX
    if lo > start:
        space = raw.find(" ", lo, first)
        lo = space + 1 if space >= 0 else lo
    if hi < end:
        space = raw.rfind(" ", max(lo + 1, hi - 30), hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans merged where they overlap, in text order, so marks never nest."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
