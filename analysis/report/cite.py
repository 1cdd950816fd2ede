"""Numbered citations: every claim links to the passage of the article it came from.

`Citations.cite(...)` returns the reference mark (HTML) and records the source once; `sources_html()`
renders the "Sources" section: the passage with the cited span highlighted, the article's title, date,
publisher and doc_id. Numbers follow the order of first citation, so output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from analysis.extract import sentences
from analysis.ingest.corpus import Corpus, Document
from analysis.report import escape, pages

_PASSAGE_MAX = 600


@dataclass
class Source:
    """One passage of an article, cited by one number however many of its spans are cited."""

    number: int
    doc_id: str
    passage_start: int
    passage_end: int
    spans: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[0][1]


def article_name(doc: Document, limit: int = 90) -> str:
    """The article's stated title, else its first sentence (shortened): how a reader recognises it."""
    if doc.title is not None:
        return doc.title.value
    text = " ".join(doc.text.split())
    ends = sentences.boundaries(text)
    first = text[: ends[0][0]] if ends else text
    if len(first) > limit:
        cut = first[: limit - 1].rfind(" ")
        first = first[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"
    return first or doc.doc_id


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
    if end - start < _PASSAGE_MAX and right - left > _PASSAGE_MAX:
        left = max(left, start - _PASSAGE_MAX // 2)
        right = min(right, end + _PASSAGE_MAX // 2)
    return left, max(right, end)


class Citations:
    """Registry of cited passages for one report: one numbered entry per passage."""

    def __init__(self, corpus: Corpus):
        self.docs: dict[str, Document] = {d.doc_id: d for d in corpus.documents}
        self._sources: dict[tuple[str, int, int], Source] = {}
        self._anchors: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._sources)

    def source(self, doc_id: str, start: int, end: int, passage: tuple[int, int] | None = None) -> Source:
        """The entry of the passage holding [start, end) (the given passage, else its sentence), the span
        recorded in it."""
        doc = self.docs.get(doc_id)
        if doc is None:
            raise KeyError(f"no document {doc_id!r} in this corpus")
        start, end = int(start), int(end)
        ps, pe = passage if passage and passage[0] is not None else passage_bounds(doc.raw, start, end)
        ps, pe = min(int(ps), start), max(int(pe), end)
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
        passage = None
        if fact.get("sentence_start") is not None and fact.get("sentence_end") is not None:
            try:
                passage = (int(fact["sentence_start"]), int(fact["sentence_end"]))
            except (TypeError, ValueError):
                passage = None
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

    def cite_field(self, doc_id: str, field) -> str:
        """Reference mark for a metadata field (title, date or publisher) of a document."""
        doc = self.docs.get(doc_id)
        name = next((n for n in ("title", "published", "publisher") if doc and getattr(doc, n) == field), None)
        return self.cite(doc_id, field.start, field.end, anchor=pages.field_anchor(name) if name else None)

    def sources(self) -> list[Source]:
        return sorted(self._sources.values(), key=lambda s: s.number)

    def describe(self, doc_id: str) -> str:
        """ "Title" — date, publisher (doc_id), with whatever the article states; an untitled article is named
        by its first sentence."""
        doc = self.docs[doc_id]
        parts = [f"“{escape.html(article_name(doc))}”"]
        if doc.published:
            parts.append(escape.html(doc.published.value))
        if doc.publisher:
            parts.append(escape.html(doc.publisher.value))
        return ", ".join(parts) + f" (<code>{escape.html(doc_id)}</code>)"

    def sources_html(self, heading: str = "Sources") -> str:
        """The numbered Sources section: each passage once, every cited span in it marked."""
        if not self._sources:
            return (
                f'<section class="sources" id="sources"><h2>{escape.html(heading)}</h2>'
                '<p class="empty-note">No passage is cited in this report.</p></section>'
            )
        items = []
        for s in self.sources():
            raw = self.docs[s.doc_id].raw
            lo, hi = _window(raw, s)
            pieces, pos = ["…" if lo > s.passage_start else ""], lo
            for a, b in _disjoint(s.spans):
                pieces.append(escape.html(raw[pos:a]) + f"<mark>{escape.html(raw[a:b])}</mark>")
                pos = b
            pieces.append(escape.html(raw[pos:hi]) + ("…" if hi < s.passage_end else ""))
            quote = " ".join("".join(pieces).split())
            spans = ", ".join(f"{a}–{b}" for a, b in sorted(s.spans))
            anchor = self._anchors.get(s.number)
            link = f' <a href="{escape.html(pages.page_href(s.doc_id, anchor))}">in the article</a>' if anchor else ""
            items.append(
                f'<li id="src-{s.number}">“{quote}” — {self.describe(s.doc_id)}, characters {spans}.{link}</li>'
            )
        return (
            f'<section class="sources" id="sources"><h2>{escape.html(heading)}</h2><ol>'
            + "".join(items)
            + "</ol></section>"
        )


QUOTED_CONTEXT = 160
"""Characters of a long passage kept around its cited spans in the Sources section."""


def _window(raw: str, s: Source) -> tuple[int, int]:
    """The part of a long passage shown in its entry: the cited spans and up to `QUOTED_CONTEXT` characters on each
    side, cut between words; a short passage is shown whole."""
    first = min(a for a, _ in s.spans)
    last = max(b for _, b in s.spans)
    lo, hi = max(s.passage_start, first - QUOTED_CONTEXT), min(s.passage_end, last + QUOTED_CONTEXT)
    if lo > s.passage_start:
        space = raw.find(" ", lo, first)
        lo = space + 1 if space >= 0 else lo
    if hi < s.passage_end:
        space = raw.rfind(" ", last, hi)
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
