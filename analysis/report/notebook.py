"""What a notebook calls: open a report (parameters, the facts store, citations) and show its parts.

`open_report` checks the parameters, opens a `Store` over the facts and documents tables (the cached tables of
`corpus_dir`, or the Parquet `facts_file`) and registers the analytic tables of the report's scope (near-duplicate
groups, strands, initiatives, figures, events, measures), or takes the store the kernel's last report registered
for the same tables and scope (`kept`). Nothing loads the facts or the corpus whole: sections
ask the store for the rows they show, and the citations read the text of the articles they cite.

Everything shown is HTML built from escaped article text, so notebooks stay thin and the same content appears
in JupyterLab and in the rendered report.
"""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from analysis.errors import ParameterError
from analysis.facts.export import documents_path
from analysis.facts.tables import tables_for
from analysis.ingest.corpus import Skipped, article_paths, notice_lines, read_one
from analysis.ingest.decode import ArticleProblem
from analysis.ingest.stream import scan
from analysis.query import corpus, duplicates, figures, initiatives, measures, scope, timeline
from analysis.query.store import Store
from analysis.report import escape, kept, narrate, registry
from analysis.report.cite import Citations
from analysis.report.findings import Finding, section_html

FIGURE_MIME_META = "analysis"
"""Key of the output metadata through which a notebook hands the build its figures and tables (saved as files),
its summary for the index page (`{"summary": {"first_finding": ..., "findings": [...]}}`) and the articles it cites
(`{"cited": [doc_id, ...]}`, sorted)."""
HANDED_FINDINGS = 3
"""Key findings a report hands the index page (the bottom line takes the first ones of each report in turn)."""
TABLE_DIR_MARK = "@figures-of-this-report@"
"""Stands in a link for the folder where the build saves this report's figures and full tables."""
FULL_TABLE_ROWS = 10_000
"""Most rows of a full table linked as CSV: the first by the table's own ranking, computed in the engine."""
TABULAR_SUFFIXES = (".jsonl", ".json", ".ndjson", ".csv", ".tsv", ".gz")


class _Items(HTMLParser):
    """The texts of the top-level `<li>`s of an HTML fragment built here, citation marks (`class="cite"`) left
    out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[list[str]] = []
        self.depth = 0  # open elements inside the current item
        self.skipping = 0  # open elements inside a citation mark
        self.inside = False

    VOID = frozenset({"br", "img", "hr", "wbr", "input", "meta", "link", "source", "col", "area", "embed"})

    def handle_starttag(self, tag, attrs):
        if not self.inside and tag == "li":
            self.inside = True
            self.items.append([])
        elif self.inside and tag not in self.VOID:
            self.depth += 1
            if self.skipping or "cite" in (dict(attrs).get("class") or "").split():
                self.skipping += 1

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if self.depth == 0:
            self.inside = False
            return
        self.depth -= 1
        self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data):
        if self.inside and not self.skipping:
            self.items[-1].append(data)


def item_texts(html: str) -> list[str]:
    """["Two of three partnerships are in research.", ...] from `<ul><li>Two of three ... research<sup
    class="cite">...</sup>.</li><li>...</li></ul>`: each list item as plain text, in order."""
    parser = _Items()
    parser.feed(html)
    parser.close()
    return [" ".join("".join(parts).split()) for parts in parser.items]


def first_item_text(html: str) -> str | None:
    """The text of the fragment's first list item (`item_texts`), or None when it has none."""
    return next(iter(item_texts(html)), None)


def style_matplotlib() -> None:
    """One fixed chart style; fonts named so CJK labels render; no timestamps in outputs."""
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.use("agg")
    matplotlib.rcParams.update(
        {
            "font.family": ["DejaVu Sans", "WenQuanYi Zen Hei"],
            "font.size": 10,
            "axes.titlesize": 11,
            "axes.labelsize": 10,
            "figure.figsize": (8.0, 4.2),
            "figure.dpi": 100,
            "savefig.dpi": 110,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "svg.hashsalt": "analysis",
            "axes.prop_cycle": matplotlib.cycler(
                color=["#1a5fb4", "#c64600", "#26a269", "#613583", "#986a44", "#e5a50a", "#5e5c64", "#0b8e8e"]
            ),
        }
    )


def _css_class(key: str) -> str:
    """Column key as a CSS class name (letters, digits and dashes)."""
    return "".join(c if c.isalnum() else "-" for c in str(key)).lower()


# -- what sections hand the notebook --------------------------------------------------------------------
@dataclass
class Table:
    """A table of HTML cells (built by the section from escaped text and citation marks), the line shown when it
    has no rows, and optionally the full table linked as CSV (`full`, at most `FULL_TABLE_ROWS` rows)."""

    rows: list[dict[str, str]]
    columns: list[tuple[str, str]]
    empty: str
    caption: str | None = None
    full: pd.DataFrame | None = None
    name: str | None = None


@dataclass
class Chart:
    """A matplotlib figure with the numbers it plots, a caption and a text alternative."""

    fig: Any
    name: str
    data: pd.DataFrame
    caption: str
    alt: str


@dataclass
class Report:
    """One report being written: its parameters, the facts store, the citation registry and the notices about
    the corpus folder."""

    name: str
    params: dict[str, Any]
    store: Store
    cite: Citations
    notices: list[str] = field(default_factory=list)
    _figures: int = 0
    shown_figures: set[str] = field(default_factory=set)
    """Fact ids of the figures the tables shown so far state as their figure (a change, a measure's key number): a
    later table of figures does not show them again."""
    quoted: dict[str, str] = field(default_factory=dict)
    """Fact ids of the passages quoted so far, with where (a key finding's topic, "measures"): a later table does
    not print the same sentence again."""
    schemes: list[dict[str, Any]] | None = None
    """The cross-border schemes the report's schemes table ranked (`measures.schemes_table`), None before it: the
    bottom line's best-documented scheme is the table's first (`brief.scheme_text`), not a query run again."""

    @property
    def title(self) -> str:
        return self.params.get("title") or registry.get(self.name).title

    @property
    def top_n(self) -> int:
        return int(self.params.get("top_n", 10))

    # -- prose -------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 2) -> None:
        display(HTML(f"<h{level}>{escape.html(text)}</h{level}>"))

    def html(self, html: str) -> None:
        """Show HTML that the caller built from escaped text and citation marks."""
        display(HTML(html))

    def empty(self, what: str) -> None:
        """One line saying a section has nothing to show for this corpus."""
        display(HTML(f'<p class="empty-note">{escape.html(what)}</p>'))

    def header(self) -> None:
        """Title and a line on the corpus the report was built from (and what was left out of its folder)."""
        n, digest = self.store.value("SELECT count(*) FROM documents"), corpus.digest(self.store)
        folder = self.cite.corpus_dir.name or str(self.cite.corpus_dir)
        line = (
            f"Built from {narrate.count(n, 'article', words=False)} in <code>{escape.html(folder)}</code> "
            f"(corpus sha256 <code>{escape.html(digest[:12])}</code>)."
        )
        display(HTML(f'<h1>{escape.html(self.title)}</h1><p class="report-meta">{line}</p>'))
        if self.notices:
            items = "".join(f"<li>{escape.html(n)}</li>" for n in self.notices)
            display(HTML(f'<div class="report-meta"><p>About the files in the folder:</p><ul>{items}</ul></div>'))

    # -- parts handed over by the sections -------------------------------------------------------------
    def show(self, *parts: str | Table | Chart | None) -> None:
        """Show each part: HTML, a table (or its empty line), a chart; None shows nothing."""
        for part in parts:
            if part is None:
                continue
            if isinstance(part, Table):
                self.table(part)
            elif isinstance(part, Chart):
                self.figure(part)
            else:
                self.html(part)

    def table(self, t: Table) -> None:
        """An HTML table of the section's cells, or its empty line; with `full`, a link to the full table, which
        the build saves as `figures/<report>/table-<name>.csv`."""
        if not t.rows:
            self.empty(t.empty)
            return
        head = "".join(f'<th class="col-{_css_class(key)}">{escape.html(label)}</th>' for key, label in t.columns)
        body = []
        for r in t.rows:
            cells = "".join(f'<td class="col-{_css_class(key)}">{r.get(key) or ""}</td>' for key, _ in t.columns)
            body.append(f"<tr>{cells}</tr>")
        cap = f"<caption>{escape.html(t.caption)}</caption>" if t.caption else ""
        html = f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        if t.full is None or not t.name:
            self.html(html)
            return
        n = len(t.full)
        link = f'<a href="{TABLE_DIR_MARK}/table-{escape.html(t.name)}.csv">table-{escape.html(t.name)}.csv</a>'
        size = f"first {n:,} rows" if n >= FULL_TABLE_ROWS else f"{n:,} {'row' if n == 1 else 'rows'}"
        note = f"Full table ({size}): {link}."
        csv = t.full.to_csv(index=False, lineterminator="\n")
        display(
            {"text/html": html + f'<p class="table-note">{note}</p>'},
            metadata={FIGURE_MIME_META: {"table": t.name, "csv": csv}},
            raw=True,
        )

    def figure(self, c: Chart) -> None:
        """Show a chart and carry the CSV of exactly the numbers it plots (the build saves both)."""
        buf = io.BytesIO()
        c.fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
        plt.close(c.fig)
        self._figures += 1
        csv = c.data.to_csv(index=False, lineterminator="\n")
        png = base64.b64encode(buf.getvalue()).decode()
        display(
            {"image/png": png, "text/plain": c.caption},
            metadata={FIGURE_MIME_META: {"figure": c.name, "csv": csv, "caption": c.caption, "alt": c.alt}},
            raw=True,
        )
        self.html(f'<p class="figure-caption">Figure {self._figures}. {escape.html(c.caption)}</p>')

    def findings(self, found: list[Finding], empty: str) -> None:
        """The "Key findings" section; its first `HANDED_FINDINGS` findings, as plain text, travel to the build in
        the output's metadata (the index page's bottom line and report list show them)."""
        html = section_html(found, empty)
        texts = item_texts(html)[:HANDED_FINDINGS] if found else []
        meta = {FIGURE_MIME_META: {"summary": {"first_finding": texts[0], "findings": texts}}} if texts else {}
        display({"text/html": html}, metadata=meta, raw=True)

    def brief(self, lines: dict[str, Any]) -> None:
        """Hand the index page's bottom line this report's lines (`report.brief`: HTML strings as plain text, other
        values as they are, None left out) in the output's metadata; nothing is shown in the report."""
        brief = {
            k: (first_item_text(f"<ul><li>{v}</li></ul>") if isinstance(v, str) else v)
            for k, v in lines.items()
            if v is not None
        }
        display({"text/html": ""}, metadata={FIGURE_MIME_META: {"summary": {"brief": brief}}}, raw=True)

    def sources(self) -> None:
        """The Sources section; the sorted doc_ids of the cited articles travel to the build in its metadata (it
        writes the pages of cited articles)."""
        display(
            {"text/html": self.cite.sources_html()},
            metadata={FIGURE_MIME_META: {"cited": self.cite.cited()}},
            raw=True,
        )


# -- opening a report -------------------------------------------------------------------------------------
def facts_tables(p: dict[str, Any]) -> tuple[Path, Path, list[str]]:
    """(facts, documents, notices about the folder) for a report's parameters: the Parquet `facts_file` and its
    documents table beside it, else the cached tables of `corpus_dir` (written first when missing)."""
    if p["facts_file"]:
        facts = Path(p["facts_file"])
        if facts.suffix.lower() in TABULAR_SUFFIXES:
            raise ParameterError(
                f"parameter 'facts_file' names {p['facts_file']!r}, which is not Parquet.",
                where="facts_file",
                hint="Write the facts as Parquet: `python -m analysis facts DIR --format parquet -o FILE.parquet`.",
            )
        docs = documents_path(facts)
        if not docs.exists():
            raise ParameterError(
                f"parameter 'facts_file' names {p['facts_file']!r}, but its documents table {docs.name!r} is not "
                "beside it.",
                where="facts_file",
                hint="Write both with `python -m analysis facts DIR --format parquet -o FILE.parquet`.",
            )
        return facts, docs, []
    found = scan(p["corpus_dir"], follow_links=p["follow_links"])
    t = tables_for(p["corpus_dir"], skip_bad=p["skip_bad"], found=found)
    return t.facts, t.documents, found.notices()


def folder_notices(store: Store, corpus_dir: Path, follow_links: bool) -> list[str]:
    """What the folder holds beyond the articles of the documents table, as the notices of a corpus say it: files
    that are not .txt, links left out, copies of an article, unusable files. Only the left-out files are read."""
    paths, other, links = article_paths(corpus_dir, follow_links)
    store.con.register("_folder", pd.DataFrame({"file": [p.name for p in paths]}, dtype="string"))
    missing = [r[0] for r in store.con.execute("SELECT file FROM _folder ANTI JOIN documents USING (file)").fetchall()]
    store.con.unregister("_folder")
    by_name = {p.name: p for p in paths}
    duplicates_, skipped = [], []
    for name in sorted(missing):
        path = by_name[name]
        try:
            _, _, sha = read_one(path)
        except ArticleProblem as problem:
            skipped.append(Skipped(path, problem.problem))
            continue
        kept = store.value("SELECT min(file) FROM documents WHERE sha256 = ?", [sha])
        if kept:
            duplicates_.append((path, corpus_dir / kept))
    return notice_lines(other, duplicates_, [], skipped, links)


def report_scope(params: dict[str, Any]) -> scope.Scope:
    """The scope a report's parameters ask for: its `focus` and date limits."""
    return scope.Scope(params.get("focus", "all"), params.get("date_from", ""), params.get("date_to", ""))


def register(store: Store, sc: scope.Scope) -> None:
    """Register a report's analytic tables on a store: the near-duplicate groups, the scope, initiatives, figures,
    events and measures."""
    duplicates.group_duplicates(store)
    scope.register(store, sc)
    initiatives.register(store)
    figures.register(store)
    timeline.register(store)
    measures.register(store)


def start_report(name: str, params: dict[str, Any], store: Store, corpus_dir: str | Path, notices=()) -> Report:
    """A report over an open store, its analytic tables registered (`register`) for its scope."""
    register(store, report_scope(params))
    return Report(name, params, store, Citations(store, corpus_dir), list(notices))


def open_report(name: str, namespace: dict[str, Any], before: set[str]) -> Report:
    """Validate the notebook's parameters, open the facts store and start the report."""
    style_matplotlib()
    p = registry.from_namespace(name, namespace, before)
    facts, docs, notices = facts_tables(p)
    sc = report_scope(p)
    # the tables registered for the same facts and scope by the kernel's last report are used again (`kept`)
    store = kept.registered_store(facts, docs, sc, lambda s: register(s, sc))
    if p["facts_file"]:
        notices = folder_notices(store, Path(p["corpus_dir"]), p["follow_links"])
    return Report(name, p, store, Citations(store, p["corpus_dir"]), list(notices))
