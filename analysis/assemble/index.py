"""`reports/index.html`: every report with its parameters, the corpus it was built from, and links."""

from __future__ import annotations

from typing import Any

from analysis.assemble.render import report_css
from analysis.report import escape, registry
from analysis.report.pages import page_href, page_name
from analysis.report.strands import LABELS


def articles_html(manifest: dict[str, Any], articles: list[tuple[str, str]]) -> str:
    """The list of article pages: label (title or first sentence) and doc_id, for the pages that were published."""
    published = manifest["reports"].get("_articles", {}).get("outputs", {})
    items = [
        f'<li><a href="{escape.html(page_href(doc_id))}">{escape.html(label)}</a> '
        f"(<code>{escape.html(doc_id)}</code>)</li>"
        for doc_id, label in articles
        if page_name(doc_id) in published
    ]
    if not items:
        return ""
    return (
        '<h2 id="articles">Articles</h2><p>Each article as saved, with every fact found in it highlighted by kind, '
        "and its facts table. Citations in the reports link to these pages.</p><ul>" + "".join(items) + "</ul>"
    )


def params_in_words(params: dict[str, Any]) -> str:
    """A report's parameters as a reader says them: "articles about GBA health reforms; dated events from 2020;
    tables show 10 rows"."""
    out = []
    focus = params.get("focus")
    if focus == "all":
        out.append("all articles")
    elif focus:
        out.append(f"articles about {LABELS[focus]}")
    lo, hi = params.get("date_from"), params.get("date_to")
    if lo or hi:
        out.append("dated events " + (f"from {lo} " if lo else "") + (f"to {hi}" if hi else "").strip())
    if params.get("top_n"):
        out.append(f"tables show up to {params['top_n']} rows")
    if params.get("skip_bad"):
        out.append("unusable files left out")
    if params.get("follow_links"):
        out.append("links to files outside the folder read")
    if params.get("title"):
        out.append(f"titled “{params['title']}”")
    return "; ".join(o.strip() for o in out) or "defaults"


def status_html(stem: str, outputs: dict[str, str], failed: bool) -> str:
    """Links to a report's files; when its last build failed, a note that these are the last good ones."""
    links = []
    for ext, label in ((".html", "HTML"), (".pdf", "PDF"), (".ipynb", "notebook")):
        name = f"{stem}{ext}"
        if name in outputs:
            links.append(f'<a href="{escape.html(name)}">{label}</a>')
    errors = f"<code>_errors/{escape.html(stem)}.json</code>"
    if not links:
        return f'<span class="empty-note">not built (see {errors})</span>'
    status = " · ".join(links)
    if failed:
        status += f'<br><span class="empty-note">the last build of this report failed (see {errors}); these are the \
files of the last good one</span>'
    return status


def index_html(
    manifest: dict[str, Any], jobs, articles: list[tuple[str, str]] = (), failed: set[str] = frozenset()
) -> str:
    """The index page; `articles` is (doc_id, label) of each article whose page is listed, `failed` the reports
    whose last build failed (their last good files, if any, are listed with a note)."""
    corpus = manifest.get("corpus", {})
    n = len(corpus.get("articles", {}))
    rows = []
    for job in jobs:
        rec = manifest["reports"].get(job.stem) or {}
        status = status_html(job.stem, rec.get("outputs", {}), job.stem in failed)
        summary = rec.get("summary", {})
        purpose = escape.html(registry.get(job.notebook).purpose)
        finding = summary.get("first_finding")
        first = f'<br><span class="first-finding">First finding: {escape.html(finding)}</span>' if finding else ""
        pages = f"{summary['pages']} pages" if summary.get("pages") else "—"
        built_with = rec.get("params", job.params)  # the published files' parameters, not a failed attempt's
        rows.append(
            f"<tr><td><strong>{escape.html(job.title)}</strong><br>{purpose}{first}</td>"
            f"<td>{escape.html(params_in_words(built_with))}</td><td>{pages}</td><td>{status}</td></tr>"
        )
    data = manifest["reports"].get("_data", {}).get("outputs", {})
    data_links = " · ".join(f'<a href="{escape.html(k)}">{escape.html(k)}</a>' for k in sorted(data))
    skipped = corpus.get("skipped") or []
    skipped_html = ""
    if skipped:
        skipped_html = (
            "<p>Files left out:</p><ul>"
            + "".join(f"<li><code>{escape.html(s['file'])}</code>: {escape.html(s['reason'])}</li>" for s in skipped)
            + "</ul>"
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Reports: China–UK health cooperation and GBA health reforms</title>
<style type="text/css">
{report_css()}
body {{ font-family: var(--report-font); max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }}
</style>
</head>
<body>
<h1>China–UK health cooperation and Greater Bay Area health reforms</h1>
<p class="report-meta">Built from {n} article{"s" if n != 1 else ""} in <code>{escape.html(corpus.get("dir", ""))}\
</code>,
corpus sha256 <code>{escape.html(corpus.get("sha256", ""))}</code>.</p>
{skipped_html}
<table>
<thead><tr><th>Report</th><th>Built with</th><th>PDF</th><th>Open</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>Data: {data_links or "—"} · <a href="manifest.json">manifest.json</a></p>
{articles_html(manifest, list(articles))}
</body>
</html>
"""
