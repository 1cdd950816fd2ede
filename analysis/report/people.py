"""People and what they said: the people of the scope with their roles as stated, and their quotations.

A quotation is shown only when the words are the speaker's own: the quoted span opens with a quotation mark (or
is a block quotation set apart from the text), never a paraphrase in reported speech. Each quotation is printed
once per report, shortened to `QUOTE_CHARS`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from analysis.query import people as people_query
from analysis.query.scope import CHINA_UK, CHINESE, FOCUS_PLACES, other_subject_sql
from analysis.report import escape, narrate
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Report, Table
from analysis.resources import alternation

ROWS = 10
"""Most people listed (whatever `top_n`: they are evidence, not findings)."""
QUOTES = 4
"""Most quotations listed."""
QUOTE_CHARS = 300
"""Longest quotation printed (the rest cut between words)."""
OPENING_MARKS = "\"“‘'«「『„"
OWN_WORDS = "(left(text, 1) IN (" + ", ".join("'" + m.replace("'", "''") + "'" for m in OPENING_MARKS) + ")"
OWN_WORDS += " OR extractor = 'quotes.block')"
"""SQL: a quote fact whose words are the speaker's own."""


def merge_parts(values: Iterable[str | None]) -> list[str]:
    """The distinct "; "-separated parts of several role (or affiliation) strings, first seen first; a part
    contained in a longer one ("Vice Dean" in "Vice-Dean and Director"), ignoring case, hyphens and spaces, is
    dropped."""

    def key(part: str) -> str:
        return " ".join(part.lower().replace("-", " ").split())

    parts: list[str] = []
    for value in values:
        for part in (p.strip(" ,;") for p in (value or "").split(";")):
            if part and key(part) not in {key(p) for p in parts}:
                parts.append(part)
    return [p for p in parts if not any(key(p) != key(q) and key(p) in key(q) for q in parts)]


@lru_cache(maxsize=1)
def private_pattern() -> str:
    """RE2: a role held in private life (`role_private.txt`: "retired teacher", "patient")."""
    return rf"(?i)\b(?:{alternation('role_private.txt')})\b"


def people(report: Report, limit: int, entity_id: str | None = None) -> list[dict[str, Any]]:
    """People of the scope: two points per article quoting them, one per article naming them (the one ranking),
    with every role and affiliation stated and their first mention with a role; never an article's reporter
    (`query.people.newsroom_sql`). The people of the story's bodies (with an affiliation or a role of office) come
    before those who speak for themselves (no affiliation, no role or only a private one: `private_pattern`): a
    minister named once before a resident quoted twice."""
    return report.store.rows(
        f"""WITH p AS (SELECT * FROM scoped WHERE kind = 'person' AND entity_id IS NOT NULL
          AND extractor <> 'people.credit'  -- the article's authors and editors are not people of the story
          AND NOT {people_query.newsroom_sql("scoped")}),
        q AS (
          SELECT p.entity_id, count(DISTINCT q.group_id) AS n_quoted
          FROM scoped q JOIN p ON q.kind = 'quote' AND q.doc_id = p.doc_id AND q.speaker = p.name
          GROUP BY p.entity_id
        )
        SELECT p.entity_id AS id, any_value(p.name ORDER BY length(p.name) DESC, p.name) AS label,
          count(DISTINCT p.group_id) AS n_articles, coalesce(any_value(q.n_quoted), 0) AS n_quoted,
          list(p.role ORDER BY p.doc_id, p.start) FILTER (WHERE p.role IS NOT NULL) AS roles,
          list(p.affiliation ORDER BY p.doc_id, p.start) FILTER (WHERE p.affiliation IS NOT NULL) AS affiliations,
          arg_min(p.fact_id, (p.role IS NULL AND p.affiliation IS NULL, NOT p.canonical, p.doc_id, p.start))
            AS fact_id,
          2 * coalesce(any_value(q.n_quoted), 0) + count(DISTINCT p.group_id) AS score,
          bool_or(p.affiliation IS NOT NULL OR (p.role IS NOT NULL AND NOT regexp_matches(p.role, $private)))
            AS standing
        FROM p LEFT JOIN q USING (entity_id)
        WHERE $entity IS NULL OR p.entity_id = $entity
        GROUP BY p.entity_id
        ORDER BY standing DESC, score DESC, lower(label), label, id LIMIT $limit""",
        {"limit": limit, "entity": entity_id, "private": private_pattern()},
    )


PEOPLE_COLUMNS = [
    ("name", "Name"),
    ("role", "Role as stated"),
    ("side", "Side"),
    ("articles", "Articles"),
    ("source", "Source"),
]


def out_of_focus(report: Report, side: str | None) -> bool:
    """True when a person or speaker of this side belongs to another report ("UK" in the Greater Bay Area report,
    whose focus is mainland China, Hong Kong and Macao)."""
    places = FOCUS_PLACES.get(report.params.get("focus", "all"))
    return places is not None and side in CHINA_UK and side not in places


def in_focus(report: Report, rows: list[dict[str, Any]], limit: int) -> tuple[list[dict[str, Any]], dict[str, dict]]:
    """People rows (with `id`) whose side is within the report's focus (`out_of_focus`), at most `limit`, and the
    side and affiliation of each (`query.people.sides`)."""
    where = people_query.sides(report.store, [r["id"] for r in rows])
    return [r for r in rows if not out_of_focus(report, where[r["id"]]["side"])][:limit], where


def side_text(side: str | None) -> str:
    """ "UK", "mainland China", "Hong Kong", "Macao", "other", or "—" when the facts do not place them."""
    return side or "—"


def role_text(r: dict[str, Any], affiliation: str | None = None) -> str:
    """ "Director; Northvale Health Bureau" from the merged roles and affiliations of a person row (`affiliation`,
    the body that places them, first among the affiliations)."""
    roles = merge_parts(r.get("roles") or [])
    stated = [affiliation] if affiliation else []
    affs = merge_parts(stated + (r.get("affiliations") or []))
    affs = [a for a in affs if not any(a.lower() in x.lower() for x in roles)]
    return "; ".join(roles + affs)


def people_table(report: Report) -> Table:
    """The people of the scope (at most `ROWS`) with their roles as stated and their side, the most prominent of each
    side in turn (`both_sides`: a table of ten is not all one side's when the other side's people are named too);
    people of a side outside the report's focus are left out (`out_of_focus`)."""
    limit = min(report.top_n, ROWS)
    ranked, where = in_focus(report, people(report, 4 * limit), 4 * limit)
    sided = [{**r, "side": where[r["id"]]["side"]} for r in ranked]
    # the sides taken in turn among the people of the story's bodies, then among those who speak for themselves
    rows = [*both_sides([r for r in sided if r["standing"]]), *both_sides([r for r in sided if not r["standing"]])]
    rows = rows[:limit]
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])
    out = [
        {
            "name": escape.html(r["label"]),
            "role": escape.html(role_text(r, where[r["id"]]["affiliation"])) or "—",
            "side": escape.html(side_text(where[r["id"]]["side"])),
            "articles": narrate.fmt_number(r["n_articles"]),
            "source": report.cite.cite_fact(facts[r["fact_id"]]) if r["fact_id"] in facts else "",
        }
        for r in rows
    ]
    return Table(out, PEOPLE_COLUMNS, "No person is named in these articles.")


def is_name(words: str) -> bool:
    """A quoted title rather than speech: most of its longer words capitalised ("“The Northvale Consortium on
    Health”" in "he said “The Northvale Consortium on Health” is a platform")."""
    long = [w for w in words.split() if len(w.strip("\"“”‘’'.,;:!?()")) > 3]
    return bool(long) and sum(w.strip("\"“”‘’'(")[:1].isupper() for w in long) >= TITLE_SHARE * len(long)


TITLE_SHARE = 0.7
"""Share of capitalised longer words that makes a quotation a title."""


INTERPRETED = r"(?i)\b(?:through|via|with the help of) (?:an? |the |her |his |their )?(?:interpreter|translator)s?\b"
"""RE2: words saying a speaker's words came through an interpreter ("told the ceremony through an interpreter that")."""


def quotes(report: Report, limit: int, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Quotations in the speaker's own words, each once (the same words in republished copies too), the most
    prominent first (where stated, then the articles naming the speaker, then length), with the speaker's role
    when the article states one; quoted titles (`is_name`) left out. Without `entity_id`, one quotation per
    speaker: their most prominent, else the first they said (a statement comes before its continuation). A focused
    report leaves out the quotations of an article whose headline or lead is about cooperation with a side it leaves
    out (`scope.other_subject_sql`: a Chinese university's president on its UK partner, in the Greater Bay Area
    report)."""
    # one person's: their quotations only, found through their own person rows (never the corpus's quotations
    # ranked first and filtered after)
    mine = (
        """AND EXISTS (SELECT 1 FROM scoped m WHERE m.kind = 'person' AND m.entity_id = $entity
          AND m.doc_id = scoped.doc_id AND m.name = scoped.speaker)"""
        if entity_id
        else ""
    )
    rows = report.store.rows(
        f"""WITH q AS (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY speaker, quote
              ORDER BY canonical DESC, weight DESC, doc_id, start, fact_id) AS r
            FROM scoped WHERE kind = 'quote' AND quote IS NOT NULL AND {OWN_WORDS} {mine}
              -- in a focused report, not the words of an article about the other report's cooperation
              AND NOT {other_subject_sql("scoped")}) WHERE r = 1
        ), who AS (
          SELECT q.fact_id, any_value(p.entity_id ORDER BY p.start) AS entity_id,
            any_value(p.role ORDER BY p.role IS NULL, p.start) AS role
          FROM q JOIN scoped p ON p.kind = 'person' AND p.doc_id = q.doc_id AND p.name = q.speaker
          GROUP BY q.fact_id
        ), named AS (
          SELECT entity_id, count(DISTINCT group_id) AS n_named FROM scoped
          WHERE kind = 'person' AND entity_id IS NOT NULL {"AND entity_id = $entity" if entity_id else ""}
          GROUP BY entity_id
        )
        SELECT q.fact_id, q.doc_id, q.start, q."end", q.sentence_start, q.sentence_end, q.speaker, q.quote,
          q.weight, who.entity_id, who.role,
          -- words given through an interpreter, or in an article a translator credits: not the speaker's own wording
          regexp_matches(coalesce(q.sentence, ''), $interpreted) AS interpreted,
          EXISTS (SELECT 1 FROM scoped t WHERE t.kind = 'person' AND t.doc_id = q.doc_id
            AND strpos(lower(coalesce(t.role, '')), 'translat') > 0) AS translated
        FROM q LEFT JOIN who USING (fact_id) LEFT JOIN named ON named.entity_id = who.entity_id
        WHERE $entity IS NULL OR who.entity_id = $entity
        ORDER BY q.weight DESC, coalesce(named.n_named, 1) DESC, length(q.quote) DESC, q.speaker, q.fact_id
        LIMIT $limit""",
        {"limit": (6 if entity_id else 30) * limit, "entity": entity_id, "interpreted": INTERPRETED},
    )
    rows = joined_parts([r for r in rows if not is_name(r["quote"])])
    if entity_id is None:
        first: dict[str, dict[str, Any]] = {}
        for r in sorted(rows, key=lambda r: (-r["weight"], r["doc_id"], r["start"], r["fact_id"])):
            first.setdefault(r["entity_id"] or r["speaker"] or "", r)
        kept = {r["fact_id"] for r in first.values()}
        rows = [r for r in rows if r["fact_id"] in kept]
    where = people_query.sides(report.store, [r["entity_id"] for r in rows if r["entity_id"]])
    bodies = people_query.body_sides(
        report.store, [(r["doc_id"], r["speaker"]) for r in rows if not r["entity_id"] and r["speaker"]]
    )
    for r in rows:
        found = where.get(r["entity_id"]) if r["entity_id"] else None
        r["side"] = found["side"] if found else bodies.get((r["doc_id"], r["speaker"]))
        r["affiliation"] = found["affiliation"] if found else None
    rows = [r for r in rows if not out_of_focus(report, r["side"])]
    return (rows if entity_id else both_sides(rows))[:limit]


def joined_parts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotation rows with a sentence's parts split by "she said" printed as one, in the speaker's order: "We want
    residents treated here," she said, "and referrals should be rare." is one row, "We want residents treated here,
    and referrals should be rare.", at the place of its first part; a part opening in lower case carries on the part
    before it in the same sentence, never standing first on its own."""
    by_start = sorted(rows, key=lambda r: (r["doc_id"], r["sentence_start"], r["start"]))
    into: dict[str, dict[str, Any]] = {}
    for a, b in zip(by_start, by_start[1:]):
        head = into.get(a["fact_id"], a)
        same = (a["doc_id"], a["sentence_start"], a["speaker"]) == (b["doc_id"], b["sentence_start"], b["speaker"])
        if same and b["quote"][:1].islower():
            into[b["fact_id"]] = head
    out, merged = [], {}
    for r in rows:
        head = into.get(r["fact_id"])
        if head is None:
            out.append(merged.setdefault(r["fact_id"], dict(r)))
    for r in sorted(rows, key=lambda r: (r["doc_id"], r["start"])):
        head = into.get(r["fact_id"])
        if head is not None and head["fact_id"] in merged:
            first = merged[head["fact_id"]]
            first["quote"] = f"{first['quote'].rstrip()} {r['quote'].lstrip()}"
            first["end"] = max(first["end"], r["end"])
    return out


def both_sides(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotation rows (in ranking order) taken in turn from each side (UK; mainland China, Hong Kong and Macao;
    speakers the facts do not place), the sides in the order of their first quotation: a table of four quotations
    is not all one side's when the other side is quoted too."""
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for r in rows:
        side = r.get("side")
        key = "UK" if side == "UK" else "China" if side in CHINESE else None
        groups.setdefault(key, []).append(r)
    out: list[dict[str, Any]] = []
    queues = list(groups.values())
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop(0))
    return out


def speaker_meta(r: dict[str, Any]) -> str:
    """ "Director, Northvale Health Bureau · UK": a speaker's role and affiliation as stated and their side (the
    affiliation left out when the role names it)."""
    parts = merge_parts([r.get("role")])
    aff = r.get("affiliation")
    if aff and not any(aff.lower() in p.lower() for p in parts):
        parts.append(aff)
    text = "; ".join(parts)
    if r.get("side"):
        text = f"{text} · {r['side']}" if text else r["side"]
    return text


QUOTE_COLUMNS = [("speaker", "Speaker"), ("quote", "In their words"), ("source", "Source")]


def quotes_table(report: Report, entity_id: str | None = None, limit: int | None = None) -> Table:
    """Quotations in the speaker's own words (at most `QUOTES`), each printed once, shortened to `QUOTE_CHARS`,
    with the speaker's role, affiliation and side (`speaker_meta`)."""
    return quotes_table_of(report, quotes(report, limit or min(report.top_n, QUOTES), entity_id))


def quote_text(words: str, limit: int) -> str:
    """A speaker's words as a report prints them, shortened to `limit` (`narrate.shorten`), and marked "…" where
    they stop inside a sentence: "For doctors and nurses in" (a page that breaks off mid-quotation) is printed
    "For doctors and nurses in…", not as if the speaker had said no more ("It works," she said keeps its comma)."""
    text = narrate.shorten(words, limit)
    return text + "…" if text[-1:].isalnum() else text


def _rendered(row: dict[str, Any]) -> str:
    """How a quotation reached the page when not in the speaker's own wording: " (through an interpreter)", " (in
    translation)" for an article a translator credits, else ""."""
    if row.get("interpreted"):
        return " <span class='report-meta'>(through an interpreter)</span>"
    if row.get("translated"):
        return " <span class='report-meta'>(in translation)</span>"
    return ""


def quotes_table_of(report: Report, rows: list[dict[str, Any]]) -> Table:
    """Quotation rows (`quotes`) as the quotations table: speaker with role, affiliation and side, the words
    shortened to `QUOTE_CHARS`, source."""
    out = [
        {
            "speaker": escape.html(r["speaker"] or "unnamed speaker")
            + (f"<br><span class='report-meta'>{escape.html(speaker_meta(r))}</span>" if speaker_meta(r) else ""),
            "quote": "“" + escape.html(quote_text(r["quote"], QUOTE_CHARS)) + "”" + _rendered(r),
            "source": report.cite.cite_fact(r),
        }
        for r in rows
    ]
    return Table(out, QUOTE_COLUMNS, "No quotation in the speaker's own words is reported in these articles.")
