"""One self-contained page per article: its original text with every fact's span underlined by kind, a tooltip
of the fact's fields at an anchor `f-<fact_id>` where the span starts, and a sortable table of its facts.

The text is shown as saved, because fact offsets index the original file; lines that cleaning drops (menus,
footers, "related links" blocks) are dimmed, not removed. Overlapping spans are cut at every boundary into
flat segments, each underlined once per fact covering it, at that fact's level, so nested facts stay
readable. spaCy's displaCy renders token spans without the original line breaks, tooltips or anchors, so
the markup is written here, every piece of article text through `escape.html`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import pandas as pd

from analysis.assemble.render import report_css
from analysis.extract import KINDS
from analysis.facts import export
from analysis.ingest.clean import lines
from analysis.ingest.corpus import Document
from analysis.report import escape, pages

# Provenance columns: shown as the span itself, its offsets and the rule, not among the fact's fields.
_NOT_FIELDS = ("doc_id", "kind", "text", "start", "end", "sentence", "sentence_start", "sentence_end", "fact_id")
_HIDDEN_FIELDS = ("entity_id", "extractor")
_META = (("title", "title"), ("published", "date"), ("publisher", "publisher"))
_LEVEL_PX = 3
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999")
"""Okabe–Ito colours, told apart with the common colour-vision deficiencies; the kinds of fact take them in order."""


def kind_css(kinds: tuple[str, ...] = KINDS) -> str:
    """The colour of each kind of fact (`--c-<kind>`) and the class that gives a marker or line its kind's colour
    (`.k-<kind>`), for every kind there is; ValueError when there are more kinds than colours."""
    if len(kinds) > len(PALETTE):
        raise ValueError(f"{len(kinds)} kinds of fact but {len(PALETTE)} colours: add a colour to PALETTE.")
    colours = " ".join(f"--c-{k}: {c};" for k, c in zip(kinds, PALETTE))
    classes = "\n".join(f".k-{k} {{ --kc: var(--c-{k}); }}" for k in kinds)
    return f":root {{ {colours} }}\n{classes}\n"


def _template(name: str) -> str:
    return resources.files(__package__).joinpath(f"templates/{name}").read_text(encoding="utf-8")


def _value(v: Any) -> str:
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return str(v)


def fact_fields(rec: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, value) of a fact record's non-null fields, in the record's order: `{"name": "Acme Ltd"}`."""
    return [
        (k, _value(v))
        for k, v in rec.items()
        if k not in _NOT_FIELDS and k not in _HIDDEN_FIELDS and v not in (None, "", [])
    ]


def dropped_lines(doc: Document) -> list[tuple[int, int]]:
    """[start, end) of the original lines that cleaning drops entirely (no character of them is kept)."""
    kept = set(doc.cleaned.offsets)
    out = []
    for pos, body in lines(doc.raw):
        chars = [pos + i for i, c in enumerate(body) if not c.isspace()]
        if chars and not any(i in kept for i in chars):
            out.append((pos, pos + len(body)))
    return out


def levels(spans: list[tuple[int, int]]) -> list[int]:
    """Underline level of each span: the lowest level free of every earlier span it overlaps."""
    out: list[int] = []
    for i, (s, e) in enumerate(spans):
        taken = {out[j] for j, (s2, e2) in enumerate(spans[:i]) if s2 < e and s < e2}
        out.append(next(n for n in range(len(spans) + 1) if n not in taken))
    return out


def _tooltip(tip_id: str, kind: str, rec: dict[str, Any]) -> str:
    rows = "".join(
        f'<span class="tip-row"><span class="tip-name">{escape.html(k)}:</span> {escape.html(v)}</span>'
        for k, v in fact_fields(rec)
    )
    where = f"characters {rec['start']}–{rec['end']}"
    return (
        f'<span class="tip" role="tooltip" id="{tip_id}"><span class="tip-kind">{escape.html(kind)}</span>'
        f'{rows}<span class="tip-row tip-name">{where}</span></span>'
    )


@dataclass(frozen=True)
class _Span:
    """A highlighted span: a fact (with its record and underline level) or a metadata field (record None)."""

    start: int
    end: int
    anchor: str
    kind: str
    rec: dict[str, Any] | None = None
    level: int = 0
    first: bool = True  # False for a repeated fact_id: its anchor is already on the page


def _spans(doc: Document, recs: list[dict[str, Any]]) -> list[_Span]:
    bounds = [(int(r["start"]), int(r["end"])) for r in recs]
    out, seen = [], set()
    for rec, (s, e), lvl in zip(recs, bounds, levels(bounds)):
        aid = pages.fact_anchor(str(rec["fact_id"]))
        out.append(_Span(s, e, aid, rec["kind"], rec, lvl, aid not in seen))
        seen.add(aid)
    for attr, label in _META:
        field = getattr(doc, attr)
        if field is not None:
            out.append(_Span(field.start, field.end, pages.field_anchor(attr), label))
    return out


def _anchor(span: _Span) -> str:
    """The element a link lands on; a fact's is focusable and holds its tooltip."""
    aid = escape.html(span.anchor)
    if span.rec is None:
        return f'<span class="fm meta" id="{aid}"></span>'
    tip = f"t-{aid}"
    return (
        f'<span class="fm k-{span.kind}" id="{aid}" tabindex="0" aria-describedby="{tip}">'
        f"{_tooltip(tip, span.kind, span.rec)}</span>"
    )


def _underline(facts: list[_Span]) -> str:
    """Inline style drawing one 2px line per covering fact, in its kind's colour, at its level above the bottom."""
    layers = [
        f"linear-gradient(var(--c-{f.kind}),var(--c-{f.kind})) 0 calc(100% - {f.level * _LEVEL_PX}px)/100% 2px"
        for f in facts
    ]
    pad = (max(f.level for f in facts) + 1) * _LEVEL_PX
    return f"background:{','.join(layers)};background-repeat:no-repeat;padding-bottom:{pad}px"


def _segment(piece: str, cover: list[_Span], noise: bool) -> str:
    """One stretch of text with the same covering spans: plain, or a `seg` naming its facts in `data-f`."""
    classes = (["seg"] if cover else []) + (["noise"] if noise else [])
    if not classes:
        return escape.html(piece)
    attrs = f' class="{" ".join(classes)}"'
    if cover:
        ids = " ".join(dict.fromkeys(c.anchor for c in cover))
        title = "; ".join(
            f"{c.kind}: {c.rec.get('name') or c.rec.get('theme') or c.rec['text']}" if c.rec else c.kind for c in cover
        )
        attrs += f' data-f="{escape.html(ids)}" title="{escape.html(title)}"'
        facts = [c for c in cover if c.rec is not None]
        if facts:
            attrs += f' style="{_underline(facts)}"'
    return f"<span{attrs}>{escape.html(piece)}</span>"


def text_html(doc: Document, recs: list[dict[str, Any]]) -> str:
    """The original text cut at every span boundary: anchors where spans start, underlined segments, dimmed noise."""
    raw = doc.raw
    spans = _spans(doc, recs)
    noise = dropped_lines(doc)
    cuts = {0, len(raw)} | {p for s in spans for p in (s.start, s.end)} | {p for s, e in noise for p in (s, e)}
    points = sorted(p for p in cuts if 0 <= p <= len(raw))
    out = []
    for a, b in zip(points, points[1:] + [None]):
        out.extend(_anchor(s) for s in spans if s.start == a and s.first)
        if b is not None and b > a:
            cover = [s for s in spans if s.start <= a and b <= s.end]
            out.append(_segment(raw[a:b], cover, any(s <= a and b <= e for s, e in noise)))
    top = max((s.level for s in spans if s.rec is not None), default=0) + 1
    return f'<div class="article-text" style="--levels:{top}">{"".join(out)}</div>'


def legend_html(recs: list[dict[str, Any]]) -> str:
    counts = {k: sum(1 for r in recs if r["kind"] == k) for k in KINDS}
    items = "".join(
        f'<li class="k-{k}"><span class="sw"></span>{escape.html(k)} ({counts[k]})</li>' for k in KINDS if counts[k]
    )
    items += '<li><span class="noise-sample">dimmed text</span>: page furniture that cleaning drops</li>'
    return f'<ul class="legend" aria-label="Kinds of fact">{items}</ul>'


def table_html(recs: list[dict[str, Any]]) -> str:
    """The article's facts, one row per row of the facts file, in its order; sortable by column."""
    if not recs:
        return '<p class="empty-note">No fact was extracted from this article.</p>'
    head = [("#", "num"), ("kind", "text"), ("text", "text"), ("start", "num"), ("end", "num")]
    head += [("fields", "text"), ("rule", "text")]
    th = "".join(f'<th scope="col" data-type="{t}">{h}</th>' for h, t in head)
    rows = []
    for i, r in enumerate(recs, 1):
        aid = pages.fact_anchor(str(r["fact_id"]))
        fields = "; ".join(f"{k}: {v}" for k, v in fact_fields(r))
        rows.append(
            f'<tr data-fact="{escape.html(r["fact_id"])}"><td class="num">{i}</td>'
            f'<td class="k-{escape.html(r["kind"])}"><span class="legend-sw"></span>{escape.html(r["kind"])}</td>'
            f'<td><a href="#{escape.html(aid)}">{escape.html(" ".join(str(r["text"]).split()))}</a></td>'
            f'<td class="num">{r["start"]}</td><td class="num">{r["end"]}</td>'
            f"<td>{escape.html(fields)}</td><td><code>{escape.html(r.get('extractor') or '')}</code></td></tr>"
        )
    return (
        '<noscript><p class="empty-note">Rows are in document order; sorting by column needs JavaScript.</p></noscript>'
        f'<table class="facts"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def article_page(doc: Document, facts_of_doc: pd.DataFrame) -> str:
    """The page of one article from its Document and its rows of the facts table (in the table's order)."""
    recs = export.to_records(facts_of_doc) if len(facts_of_doc) else []
    title = doc.title.value if doc.title else doc.doc_id
    meta = [f"<code>{escape.html(doc.doc_id)}</code>"]
    if doc.published:
        meta.append(f"dated {escape.html(doc.published.value)}")
    if doc.publisher:
        meta.append(escape.html(doc.publisher.value))
    n = len(recs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape.html(title)}</title>
<style type="text/css">
{report_css()}
{_template("article.css")}
{kind_css()}</style>
</head>
<body class="article">
<p class="report-meta"><a href="../index.html">All reports and articles</a></p>
<h1>{escape.html(title)}</h1>
<p class="report-meta">{", ".join(meta)}; {n} fact{"s" if n != 1 else ""} found. The text is shown as saved; \
each fact's span is underlined in its kind's colour, and its marker shows its fields on hover or focus.</p>
{legend_html(recs)}
{text_html(doc, recs)}
<h2 id="facts">Facts in this article</h2>
{table_html(recs)}
<script>
{_template("article.js")}
</script>
</body>
</html>
"""
