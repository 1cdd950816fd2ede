"""The strands a report covers (decided per article by `query.scope` from its facts) and the sentence that says
which articles a report covers."""

from __future__ import annotations

from analysis.report import narrate
from analysis.report.notebook import Report

LABELS = {
    "china_uk": "China–UK cooperation",
    "gba": "GBA health reforms",
    "both": "both strands",
    "neither": "neither strand",
}
WHY = {
    "china_uk": "they name a UK body or place and one of mainland China, Hong Kong or Macao",
    "gba": "they name the Greater Bay Area's places, bodies or themes at least twice and no fewer of its places than "
    "mainland cities beyond it",
}


def scope_html(report: Report) -> str:
    """ "This report covers the 14 articles about China–UK cooperation (of 29): they name a UK body or place and …;
    two are republished copies, counted once." (and the date limits, when set)."""
    focus = report.params.get("focus", "all")
    t = report.store.rows(
        """SELECT (SELECT count(*) FROM documents) AS n_all, count(*) AS n, count(DISTINCT group_id) AS n_groups
        FROM scope_docs"""
    )[0]
    if focus == "all":
        head = f"This report covers all {narrate.count(t['n_all'], 'article')} of the corpus"
    elif not t["n"]:
        return (
            f"<p>None of the {narrate.count(t['n_all'], 'article')} is about {LABELS[focus]}: none of them "
            f"{WHY[focus].removeprefix('they ')}.</p>"
        )
    else:
        head = (
            f"This report covers the articles about {LABELS[focus]}, {narrate.share(t['n'], t['n_all'], 'article')}: "
            f"{WHY[focus]}"
        )
    folded = t["n"] - t["n_groups"]
    if folded:
        verb = "is" if folded == 1 else "are"
        head += f"; {narrate.count(folded, 'republished copy')} of another article {verb} counted once"
    lo, hi = report.params.get("date_from"), report.params.get("date_to")
    if lo or hi:
        span = (
            f"from {narrate.fmt_date(lo)} to {narrate.fmt_date(hi)}"
            if lo and hi
            else f"from {narrate.fmt_date(lo)} on"
            if lo
            else f"up to {narrate.fmt_date(hi)}"
        )
        head += f". Dated events are limited to those {span}"
    return f'<p class="report-meta">{narrate.sentence(head)}</p>'
