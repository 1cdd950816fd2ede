"""`reports/index.html`: the bottom line (five computed lines across the strands, from the lines the reports hand
over in their notebooks' metadata; else their key findings in turn), every report with its parameters and links,
the corpus it was built from, and the articles whose page was written, each with its real title (or first sentence,
marked), date, publisher and strand."""

from __future__ import annotations

from typing import Any

from analysis.assemble.data import JSONL as DATA_JSONL
from analysis.assemble.data import TEXT_COPY_ROWS
from analysis.assemble.render import report_css
from analysis.report import escape, narrate, registry
from analysis.report.pages import page_href
from analysis.report.strands import LABELS

NAMES = frozenset(r.name for r in registry.REPORTS)
BOTTOM_LINES = 5
"""Lines of the bottom line: the key findings of the corpus-wide reports taken in turn (each one's first, then each
one's second...), then the first finding of the other reports (profiles)."""
LISTED = 2_000
"""Articles listed on the index at most (the most recent first); every article is in `data/articles.csv`."""


def bottom_line(manifest: dict[str, Any], jobs) -> list[tuple[str, str]]:
    """(heading, line), `BOTTOM_LINES` at most: when reports hand over their lines (`Report.brief`), the synthesis
    of `brief_lines`; else the key findings of the reports about the whole corpus taken in turn by rank (each one's
    first, then each one's second...), each report giving at most its `bottom_lines` (registry), in plan order;
    then the profiles' first findings."""

    def found(job) -> list[str]:
        summary = (manifest["reports"].get(job.stem) or {}).get("summary", {})
        texts = summary.get("findings") or ([summary["first_finding"]] if summary.get("first_finding") else [])
        return texts[: registry.get(job.notebook).bottom_lines] if job.notebook in NAMES else texts[:1]

    corpus_wide = [j for j in jobs if not j.params.get("entity")]
    summaries = {j.stem: (manifest["reports"].get(j.stem) or {}).get("summary", {}) for j in corpus_wide}
    briefs = [summaries[j.stem]["brief"] for j in corpus_wide if summaries[j.stem].get("brief")]
    if briefs:  # the reports hand over their lines: a synthesis, not their key findings in turn
        plain = [j for j in corpus_wide if not summaries[j.stem].get("brief") and found(j)]
        return brief_lines((plain[0].title, found(plain[0])[0]) if plain else None, briefs)
    out = []
    for rank in range(max((len(found(j)) for j in corpus_wide), default=0)):
        out += [(j.title, found(j)[rank]) for j in corpus_wide if rank < len(found(j))]
    out += [(j.title, found(j)[0]) for j in jobs if j not in corpus_wide and found(j)]
    return out[:BOTTOM_LINES]


BRIEF = (("china_uk", "China–UK cooperation"), ("leads", "Who leads"), ("gba", "Greater Bay Area"))
"""The strand lines reports hand over (`Report.brief`), in the bottom line's order, with their headings."""


def span_line(spans: list[dict[str, Any]]) -> str | None:
    """The strands' spans of dated steps side by side: "Dated steps run from October 2013 to March 2025: 13 of
    China–UK cooperation (2013–2025) and 23 of GBA health reform (2007–2025)." None without a span."""
    spans = [s for s in spans if s]
    if not spans:
        return None
    first, last = min(s["first"] for s in spans), max(s["last"] for s in spans)
    parts = [f"{narrate.number_word(s['n'])} of {s['what']} ({s['first'][:4]}–{s['last'][:4]})" for s in spans]
    return f"Dated steps run from {narrate.fmt_date(first)} to {narrate.fmt_date(last)}: {narrate.join(parts)}."


def brief_lines(corpus_line: tuple[str, str] | None, briefs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The five-line bottom line from the reports' briefs: each strand's line (`BRIEF`: its initiatives and
    flagship, who leads where a lead is real, the Greater Bay Area's measures), the span of the dated steps of every
    strand, then the corpus and its strands (the corpus report's first finding): what happened first, what was read
    last."""
    merged: dict[str, str] = {}
    for b in briefs:
        merged.update({k: v for k, v in b.items() if k != "span" and isinstance(v, str)})
    out = [(label, merged[key]) for key, label in BRIEF if merged.get(key)]
    over = span_line([b.get("span") for b in briefs])
    if over:
        out.append(("Over time", over))
    if corpus_line:
        out.append(corpus_line)
    return out[:BOTTOM_LINES]


def bottom_line_html(lines: list[tuple[str, str]]) -> str:
    if not lines:
        return ""
    items = "".join(f"<li><strong>{escape.html(t)}:</strong> {escape.html(f)}</li>" for t, f in lines)
    return f'<h2 id="bottom-line">The bottom line</h2><ul class="bottom-line">{items}</ul>'


def article_line(a: dict[str, Any]) -> str:
    """One article of the list: its title (or first sentence, marked), date, publisher, the party whose own press
    release it is, strand, and the article it is a copy of when it was folded into another's near-duplicate group."""
    if a.get("title"):
        name = escape.html(a["title"])
    else:
        name = f"{escape.html(a.get('label') or a['doc_id'])} <em>(untitled: its first sentence)</em>"
    facts = [escape.html(a["published"]) if a.get("published") else "undated"]
    facts.append(escape.html(a["publisher"]) if a.get("publisher") else "publisher not stated")
    if a.get("release_of"):
        facts.append(f"a press release of {escape.html(a['release_of'])}")
    if a.get("strand") in LABELS:
        facts.append(escape.html(LABELS[a["strand"]]))
    canonical = a.get("canonical")
    if canonical and canonical != a["doc_id"]:
        facts.append(f"a republished copy of <code>{escape.html(canonical)}</code>")
    elif (a.get("group_size") or 1) > 1:
        facts.append(f"republished {a['group_size'] - 1} more time{'s' if a['group_size'] > 2 else ''}")
    return (
        f'<li><a href="{escape.html(page_href(a["doc_id"]))}">{name}</a> '
        f"(<code>{escape.html(a['doc_id'])}</code>): {'; '.join(facts)}</li>"
    )


def articles_html(articles: list[dict[str, Any]], *, total: int = 0, pages: int = 0, mode: str = "cited") -> str:
    """The list of article pages (`articles`: the first `LISTED` of the `pages` written, as `article_line` takes
    them); `total` articles in the corpus."""
    if not articles:
        return ""
    if mode == "all":
        head = f"Every article ({pages:,}) as saved"
    else:
        head = (
            f"The {pages:,} article{'s' if pages != 1 else ''} the reports cite, of {total:,}, each as saved"
            if total
            else "The articles the reports cite, each as saved"
        )
    more = f" The {len(articles):,} most recent are listed here." if pages > len(articles) else ""
    return (
        f'<h2 id="articles">Articles</h2><p>{head}, with every fact found in it highlighted by kind, and its facts '
        f"table; citations in the reports link to these pages.{more} Every article, with its title, date, "
        'publisher, strand and near-duplicate group, is in <a href="data/articles.csv">data/articles.csv</a>'
        f"{'' if mode == 'all' else '; build with --article-pages all to write a page for each'}.</p>"
        f"<ul>{''.join(article_line(a) for a in articles)}</ul>"
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
    manifest: dict[str, Any],
    jobs,
    articles: list[dict[str, Any]] = (),
    failed: set[str] = frozenset(),
    *,
    written: int = 0,
    mode: str = "cited",
) -> str:
    """The index page; `articles` are the articles listed (see `article_line`) of the `written` whose page was
    written, `failed` the reports whose last build failed (their last good files, if any, are listed with a
    note)."""
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
    if data and DATA_JSONL not in data:
        data_links += (
            f" (no JSONL or CSV copy of more than {TEXT_COPY_ROWS:,} facts: "
            "<code>python -m analysis facts CORPUS --format jsonl</code> writes one)"
        )
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
{bottom_line_html(bottom_line(manifest, jobs))}
<p class="report-meta">Built from {narrate.count(n, "article", words=False)} in \
<code>{escape.html(corpus.get("dir", ""))}</code>,
corpus sha256 <code>{escape.html(corpus.get("sha256", ""))}</code>.</p>
{skipped_html}
<table>
<thead><tr><th>Report</th><th>Built with</th><th>PDF</th><th>Open</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>Data: {data_links or "—"} · <a href="manifest.json">manifest.json</a></p>
{articles_html(list(articles), total=n, pages=written or len(articles), mode=mode)}
</body>
</html>
"""
