"""Themes: labels from the lexicon `themes.tsv` (theme, keyword pattern), one fact per article and theme with
the first evidence span; `themes_of(text)` tags any sentence or fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.menus import document_menus, in_menu
from analysis.extract.nlp import Context, Mention
from analysis.resources import table


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[str, re.Pattern], ...]:
    """(theme, compiled keyword alternation) in file order."""
    pats: dict[str, list[str]] = {}
    for theme, rx in table("themes.tsv"):
        pats.setdefault(theme, []).append(rx)
    return tuple(
        (t, re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in ps) + r")(?!\w)", re.IGNORECASE))
        for t, ps in pats.items()
    )


def themes_of(text: str) -> list[str]:
    """Themes whose keywords occur in `text`, in lexicon order."""
    return [t for t, rx in lexicon() if rx.search(text or "")]


def extract(ctx: Context) -> list[Mention]:
    """One theme fact per theme present in the article, on its first keyword outside the page's navigation
    (`menus.document_menus`: "Home / China / Health / Business" names the site's sections, not the article's themes)."""
    out = []
    menus = document_menus(ctx)
    for theme, rx in lexicon():
        found = (k for k in rx.finditer(ctx.text) if not in_menu(menus, k.start()))  # the first keyword and the count
        m = next(found, None)
        if m:
            n = 1 + sum(1 for _ in found)
            out.append(Mention("theme", m.start(), m.end(), "themes.keyword", {"theme": theme, "mentions": n}))
    return out
