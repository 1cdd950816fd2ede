"""A place name that towns of several countries share, read in the country its article sets it in.

Reference data places a shared name in its largest town ("Perth" in Western Australia). An article that names the
subdivision another town of the name lies in ("Scotland") and nothing of the largest town's country means that town
("Perth-based Strathallan University" beside "we in Scotland" is a UK body). The bodies' jurisdiction cues that rest on
such a name take that country's label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.extract import gazetteer
from analysis.extract.nlp import Mention


def preferred(places: list[Mention]) -> dict[str, tuple[str, str]]:
    """Place name -> (the label reference data gives it, the label of the town the article means) for the names of
    `places` whose town the article's other places say ("Perth" beside "Scotland": ("other", "UK"))."""
    named = {p.fields.get("name") or "" for p in places} - {""}
    codes = {n: gazetteer.country_code(n) for n in named}
    out: dict[str, tuple[str, str]] = {}
    for name in sorted(named):
        towns = gazetteer.homonyms(name)
        default = codes[name]
        if not towns or default is None:
            continue
        if any(c == default for n, c in codes.items() if n != name):
            continue  # the article names the largest town's country too: no reason to read another town
        for code, admin1, _ in towns:
            sub = gazetteer.subdivision_name(code, admin1) if code != default else None
            if sub is not None and sub in named:
                out[name] = (gazetteer.label_of(default), gazetteer.label_of(code))
                break
    return out


def apply(orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """`orgs` with each jurisdiction cue that rests on a shared place name (`preferred`) given the label of the town
    the article means."""
    towns = preferred(places)
    if not towns:
        return orgs
    rx = {name: re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’])") for name in towns}
    out = []
    for m in orgs:
        cues = m.fields.get("org_cues")
        if not cues or not cues.get("jurisdiction"):
            out.append(m)
            continue
        changed = []
        for c in cues["jurisdiction"]:
            hit = next(
                (n for n in towns if c.get("label") == towns[n][0] and rx[n].search(str(c.get("evidence") or ""))),
                None,
            )
            changed.append(dict(c, label=towns[hit][1]) if hit else c)
        out.append(replace(m, fields=dict(m.fields, org_cues=dict(cues, jurisdiction=changed))))
    return out
