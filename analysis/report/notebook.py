"""What a notebook calls: open a report (parameters, corpus, facts, citations) and show its parts.

Everything shown is HTML built here from escaped article text, so notebooks stay thin and the same
content appears in JupyterLab and in the rendered report.
"""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Iterable, Sequence

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from analysis.facts.export import read_facts
from analysis.facts.table import facts_for
from analysis.ingest.corpus import Corpus, load_corpus
from analysis.report import escape, registry
from analysis.report.cite import Citations
from analysis.report.findings import section_html as findings_section

FIGURE_MIME_META = "analysis"
"""Key of the output metadata through which a notebook hands the build its figures and tables (saved as files) and
its summary for the index page (`{"summary": {"first_finding": ...}}`)."""
TABLE_DIR_MARK = "@figures-of-this-report@"
"""Stands in a link for the folder where the build saves this report's figures and full tables."""


class _FirstItem(HTMLParser):
    """The text of the first `<li>` of an HTML fragment built here, citation marks (`class="cite"`) left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0  # open elements inside the first item
        self.skipping = 0  # open elements inside a citation mark
        self.state = "before"

    VOID = frozenset({"br", "img", "hr", "wbr", "input", "meta", "link", "source", "col", "area", "embed"})

    def handle_starttag(self, tag, attrs):
        if self.state == "before" and tag == "li":
            self.state = "in"
        elif self.state == "in" and tag not in self.VOID:
            self.depth += 1
            if self.skipping or "cite" in (dict(attrs).get("class") or "").split():
                self.skipping += 1

    def handle_endtag(self, tag):
        if self.state != "in":
            return
        if self.depth == 0:
            self.state = "after"
            return
        self.depth -= 1
        self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data):
        if self.state == "in" and not self.skipping:
            self.parts.append(data)


def first_item_text(html: str) -> str | None:
    """ "Two of three partnerships are in research." from `<ul><li>Two of three ... research<sup class="cite">
    ...</sup>.</li>...`; None when the fragment has no list item."""
    parser = _FirstItem()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split()) if parser.state != "before" else None


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


def _display_html(html: str) -> None:
    display(HTML(html))


@dataclass
class Report:
    """One report being written: its parameters, corpus, facts and citation registry."""

    name: str
    params: dict[str, Any]
    corpus: Corpus
    facts: pd.DataFrame
    cite: Citations
    _figures: int = 0

    @property
    def title(self) -> str:
        return self.params.get("title") or registry.get(self.name).title

    # -- prose -------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 2) -> None:
        _display_html(f"<h{level}>{escape.html(text)}</h{level}>")

    def html(self, html: str) -> None:
        """Show HTML that the caller built from escaped text and citation marks."""
        _display_html(html)

    def paragraph(self, html: str) -> None:
        _display_html(f"<p>{html}</p>")

    def empty(self, what: str) -> None:
        """One line saying a section has nothing to show for this corpus."""
        _display_html(f'<p class="empty-note">{escape.html(what)}</p>')

    def header(self) -> None:
        """Title and a line on the corpus the report was built from."""
        n = len(self.corpus.documents)
        line = (
            f"Built from {n} article{'s' if n != 1 else ''} in <code>{escape.html(self.corpus.root.name)}</code> "
            f"(corpus sha256 <code>{self.corpus.sha256[:12]}</code>)."
        )
        _display_html(f'<h1>{escape.html(self.title)}</h1><p class="report-meta">{line}</p>')
        notices = self.corpus.notices()
        if notices:
            items = "".join(f"<li>{escape.html(n)}</li>" for n in notices)
            _display_html(f'<div class="report-meta"><p>About the files in the folder:</p><ul>{items}</ul></div>')

    # -- tables and figures ------------------------------------------------------------------
    def table(
        self,
        rows: Sequence[dict[str, Any]],
        columns: Sequence[tuple[str, str]],
        html_columns: Iterable[str] = (),
        caption: str | None = None,
        full: pd.DataFrame | None = None,
        name: str | None = None,
    ) -> None:
        """An HTML table; cells are escaped except `html_columns` (built by the caller, e.g. citations).

        With `full` and `name`, the table shows its rows as given and links the whole table, saved by the build
        as `figures/<report>/table-<name>.csv`."""
        raw = set(html_columns)
        head = "".join(f'<th class="col-{_css_class(key)}">{escape.html(label)}</th>' for key, label in columns)
        body = []
        for r in rows:
            cells = []
            for key, _ in columns:
                v = r.get(key)
                if v is None or (isinstance(v, float) and v != v):
                    v = ""
                cells.append(f'<td class="col-{_css_class(key)}">{v if key in raw else escape.html(v)}</td>')
            body.append("<tr>" + "".join(cells) + "</tr>")
        cap = f"<caption>{escape.html(caption)}</caption>" if caption else ""
        html = f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        if full is not None and name:
            link = f'<a href="{TABLE_DIR_MARK}/table-{escape.html(name)}.csv">table-{escape.html(name)}.csv</a>'
            note = f"Full table ({len(full)} {'row' if len(full) == 1 else 'rows'}): {link}."
            csv = full.to_csv(index=False, lineterminator="\n")
            display(
                {"text/html": html + f'<p class="table-note">{note}</p>'},
                metadata={FIGURE_MIME_META: {"table": name, "csv": csv}},
                raw=True,
            )
        else:
            _display_html(html)

    def figure(self, fig, name: str, data: pd.DataFrame, caption: str, alt: str | None = None) -> None:
        """Show a chart and carry the CSV of exactly the numbers it plots (the build saves both); `alt` says what
        the chart shows, for readers who cannot see it (default: the caption)."""
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
        plt.close(fig)
        self._figures += 1
        csv = data.to_csv(index=False, lineterminator="\n")
        png = base64.b64encode(buf.getvalue()).decode()
        display(
            {"image/png": png, "text/plain": caption},
            metadata={FIGURE_MIME_META: {"figure": name, "csv": csv, "caption": caption, "alt": alt or caption}},
            raw=True,
        )
        _display_html(f'<p class="figure-caption">Figure {self._figures}. {escape.html(caption)}</p>')

    # -- sections that may have nothing to show ---------------------------------------------------
    def paragraph_or_empty(self, html: str, empty: str) -> None:
        """The paragraph, or one line saying there is nothing to say when `html` is empty."""
        self.paragraph(html) if html else self.empty(empty)

    def table_or_empty(
        self,
        rows: Sequence[dict[str, Any]],
        columns: Sequence[tuple[str, str]],
        empty: str,
        caption: str | None = None,
        full: pd.DataFrame | None = None,
        name: str | None = None,
    ) -> None:
        """A table whose cells are all HTML built by the caller (linking `full` as CSV), or one line when there are
        no rows."""
        if rows:
            self.table(rows, columns, html_columns=[k for k, _ in columns], caption=caption, full=full, name=name)
        else:
            self.empty(empty)

    def findings(self, found: list, empty: str) -> None:
        """The "Key findings" section (see `findings.section_html`); its first finding, as plain text, travels to
        the build in the output's metadata (the index page shows it)."""
        html = findings_section(found, empty)
        first = first_item_text(html) if found else None
        meta = {FIGURE_MIME_META: {"summary": {"first_finding": first}}} if first else {}
        display({"text/html": html}, metadata=meta, raw=True)

    def figure_or_empty(
        self, fig, name: str, data: pd.DataFrame, caption: str, empty: str, alt: str | None = None
    ) -> None:
        """The figure, or one line when there is nothing to draw (`fig` is None)."""
        if fig is None:
            self.empty(empty)
        else:
            self.figure(fig, name, data, caption, alt)

    def sources(self) -> None:
        _display_html(self.cite.sources_html())


def open_report(name: str, namespace: dict[str, Any], before: set[str]) -> Report:
    """Validate the notebook's parameters, load the corpus and its facts, and start the citation registry."""
    style_matplotlib()
    p = registry.from_namespace(name, namespace, before)
    corpus = load_corpus(p["corpus_dir"], skip_bad=p["skip_bad"], follow_links=p["follow_links"])
    facts = read_facts(p["facts_file"]) if p["facts_file"] else facts_for(corpus)
    return Report(name, p, corpus, facts, Citations(corpus))
