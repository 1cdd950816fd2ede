"""The entity profile (04): what one organisation, person or place does in the corpus.

The entity is chosen by its `entity_id` (the `entity` parameter; a name is looked up once, to its id), and
everything else follows the id: the initiatives it is a party to, with partners and sides; the figures and dated
steps stated in the sentences that name it or state a partnership it is a party to; a person's roles and
quotations; for a place, the initiatives stated in sentences that name it.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from analysis.extract.gazetteer import DATELINE_RULE, canonical, level
from analysis.extract.gazetteer import jurisdiction as place_label
from analysis.facts.attributes import evidence_words
from analysis.facts.schema import JURISDICTIONS
from analysis.query import people as people_query
from analysis.query import profiles
from analysis.query import timeline as timeline_query
from analysis.query.figures import fold_conversions, one_figure, results_sql
from analysis.query.initiatives import deal_noun_pattern
from analysis.query.store import MARK, literal, marked
from analysis.report import escape, narrate, people, phrases
from analysis.report import figures as figures_report
from analysis.report import initiatives as initiatives_report
from analysis.report import measures as measures_report
from analysis.report import timeline as timeline_report
from analysis.report.findings import Finding, made
from analysis.report.lookup import facts_by_id
from analysis.report.notebook import Report, Table
from analysis.resources import table

ROWS = 5
"""Most rows of a profile's tables, whatever `top_n`: a profile stays a few pages long."""
STATEMENT_CHARS = 150
"""Characters of an initiative's first statement quoted in the profile's initiatives table."""
KIND_WORDS = {"organization": "organisation", "person": "person", "place": "place"}


EXAMPLE_WORDS = r"(?i)\b(?:including|includes|such as|among them|among which)\b[^.;:()]*$"
"""RE2: the words before a name that make it one example of a group the sentence speaks of ("MOP3 billion for
non-profit hospitals, including Kelby Hospital and ..."): a figure of the group is not the example's."""
EXAMPLE_REACH = 80
"""Characters before a name searched for `EXAMPLE_WORDS`."""


def resolve(report: Report) -> dict[str, Any] | None:
    """The entity the parameters name (`entity`: an entity id, else an exact name, else a name in any case), or the
    top entity to profile (of `entity_kind` when given); None when there is none. Registers on the store
    `profile_sentences` (the sentences that name it or state a partnership it is a party to, `party` true for the
    latter, `example` for one that names it only as an example of a group, `EXAMPLE_WORDS`), `profile_based` (a
    place's bodies, `based_in_sql`) and `profile_initiatives` (`_within_sql`)."""
    store, want, kind = report.store, report.params.get("entity", ""), report.params.get("entity_kind", "")
    if want:
        rows = store.rows("SELECT * FROM entities WHERE entity_id = ?", [want])
        for test in ("name = ?", "lower(name) = lower(?)"):
            if not rows:
                rows = store.rows(
                    f"SELECT * FROM entities WHERE {test} ORDER BY n_docs DESC, entity_id LIMIT 1", [want]
                )
        if kind:
            rows = [r for r in rows if r["kind"] == kind]
    else:
        top = profiles.candidates(store, kind, 1) if kind else profiles.top_entities(store, 1)
        rows = store.rows("SELECT * FROM entities WHERE entity_id = ?", [top[0]["id"]]) if top else []
    if not rows:
        return None
    e = rows[0]
    if e.get("canon_id") and e["canon_id"] != e["entity_id"]:  # a spelling variant: the name that speaks for it
        e = store.rows("SELECT * FROM entities WHERE entity_id = ?", [e["canon_id"]])[0]
    store.con.execute(
        """CREATE OR REPLACE TEMP TABLE profile_sentences AS
        SELECT doc_id, sentence_start, bool_or(party) AS party, bool_and(example) AS example FROM (
          SELECT DISTINCT doc_id, sentence_start, FALSE AS party,
            -- named only as one example of a group ("subsidies to 12 hospitals, including X"): not its sentence's
            -- subject
            strpos(sentence, text) > 1 AND regexp_matches(
              substr(sentence, greatest(1, strpos(sentence, text) - $reach), least($reach, strpos(sentence, text) - 1)),
              $example) AS example
          FROM scoped
          WHERE entity_id IN (SELECT entity_id FROM entities WHERE canon_id = $id)
            -- a city in a dateline ("EASTPORT, May 3 (Wire) -- The province saved ...") is where a story was filed
            AND extractor IS DISTINCT FROM $dateline
          UNION ALL  -- a statement of a partnership it is a party to (itself or through one of its units)
          SELECT DISTINCT doc_id, sentence_start, TRUE, FALSE FROM p
          WHERE list_contains(pids, $id) OR list_contains(mpids, $id))
        GROUP BY doc_id, sentence_start""",
        {"id": e["entity_id"], "dateline": DATELINE_RULE, "reach": EXAMPLE_REACH, "example": EXAMPLE_WORDS},
    )
    e["label"] = store.rows(f"SELECT {profiles.placed_label('e')} AS label FROM entities e WHERE entity_id = ?",
                            [e["entity_id"]])[0]["label"]  # fmt: skip
    # a place's bodies, read once: every section asks for them, and a list of them tested against every row of a
    # table would cost rows × bodies
    based = based_in_sql(e) if e["kind"] == "place" else "SELECT NULL::VARCHAR AS canon_id LIMIT 0"
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE profile_based AS {based}")
    within = _within_sql(e) if e["kind"] != "organization" else "SELECT initiative_id FROM initiatives WHERE FALSE"
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE profile_initiatives AS {within}")
    if not report.params.get("title"):
        report.params["title"] = f"Profile: {e['label']}"
    return e


def not_found_html(report: Report) -> str:
    want = report.params.get("entity", "")
    if want:
        what = f"No organisation, person or place called “{escape.html(want)}” appears in the corpus."
        return f'<p class="empty-note">{what}</p>'
    return '<p class="empty-note">The corpus has no organisation, person or place to profile.</p>'


def _first_mention(report: Report, e: dict[str, Any]) -> dict[str, Any] | None:
    rows = report.store.rows(
        """SELECT fact_id FROM scoped WHERE entity_id = ?
        ORDER BY (org_type IS NULL AND jurisdiction IS NULL AND role IS NULL), NOT canonical, doc_id, start LIMIT 1""",
        [e["entity_id"]],
    )
    return facts_by_id(report.store, [rows[0]["fact_id"]]).get(rows[0]["fact_id"]) if rows else None


def what_finding(report: Report, e: dict[str, Any]) -> Finding:
    """What the entity does, in one sentence: "Northvale University, a university based in the UK, takes part in two
    initiatives, with Kestrel College (mainland China) and Eastbay Hospital (mainland China), in research and
    education and training; sums stated: £5 million[1] for the Joint Nursing Academy[2]." (a sum only where its
    sentence names the entity, `ties_money`). A person or place "is named with" the initiatives stated where
    it is named; without an initiative, the largest sum stated with it; else what it is and how many articles
    name it."""
    first = _first_mention(report, e)
    n = report.store.value(
        "SELECT count(DISTINCT group_id) FROM scoped WHERE entity_id IN (SELECT entity_id FROM entities "
        "WHERE canon_id = ?)",
        [e["entity_id"]],
    )
    rows = initiatives_of(report, e, ROWS)
    total = _initiatives_total(report, e, rows)
    facts = facts_by_id(report.store, [r["fact_ids"][0] for r in rows] + [i for r in rows for i in _sums(r)])
    sums = [x for x in [first_sum(report, e)] if x] if not rows else []
    if sums:
        facts.update(facts_by_id(report.store, [sums[0]["fact_id"]]))

    def what() -> str:
        if e["kind"] == "organization":
            kind = phrases.TYPE_SINGULAR.get(e.get("org_type") or "other", "a body")
            where = phrases.where_based(e.get("jurisdiction"))
            return f"{kind}{f' based in {escape.html(phrases.in_place(where))}' if where else ''}"
        if e["kind"] == "person":
            found = people.people(report, 1, e["entity_id"])
            where = people_query.sides(report.store, [e["entity_id"]])[e["entity_id"]]
            roles = people.role_text(found[0], where["affiliation"]) if found else ""
            side = f" ({escape.html(where['side'])})" if where["side"] else ""
            return (escape.html(roles) if roles else "a person") + side
        where = phrases.where_based(e.get("jurisdiction"))
        return f"a place{f' in {escape.html(phrases.in_place(where))}' if where and where != e['name'] else ''}"

    def render() -> str:
        name = escape.html(e["name"])
        if rows:
            verb = "takes part in" if e["kind"] == "organization" else "is named with"
            s = f"{name}, {what()}, {verb} {narrate.count(total, 'initiative')}"
            partners = _partners(e, rows)
            named = partners if len(partners) <= PARTNERS + 1 else partners[:PARTNERS]  # never "one other partner"
            if named:
                more = len(partners) - len(named)
                sides = {phrases.where_based(j) for _, j in partners[len(named) :]}
                side = f" ({escape.html(next(iter(sides)))})" if len(sides) == 1 and None not in sides else ""
                others = [narrate.count(more, "other partner") + side] if more > 0 else []  # "(mainland China)"
                s += f", with {narrate.join([phrases.party(p, j) for p, j in named] + others)}"
            fields = list(dict.fromkeys(r["field"] for r in rows if r.get("field") and r["field"] != "other"))
            if fields:
                s += f", in {phrases.labels(fields[:3])}"
            earliest = earliest_year(rows)
            if earliest:
                s += f", the earliest dated {earliest}"
            titles = list(dict.fromkeys(initiatives_report.named_subject(r) for r in rows if r.get("name")))[:2]
            if titles:
                s += f", among them {narrate.join(titles)}"
            tied = ties_money(report, e, [i for r in rows for i in _sums(r) if i in facts])
            money = [(facts[i], r) for r in rows for i in _sums(r) if i in tied]
            if money:
                sums_text = []  # the sums of one initiative together: "£4 million and RMB 20 million[1] for X"
                for _, group in itertools.groupby(money[:SUMS_SHOWN], key=lambda x: id(x[1])):
                    group = list(group)
                    said = [escape.html(phrases.figure_text(phrases.fact_figure(m))) for m, _ in group]
                    marks = "".join(
                        {initiatives_report.sentence_key(m): report.cite.cite_fact(m) for m, _ in group}.values()
                    )
                    row = group[0][1]  # a named initiative's money is "for" it; an unnamed one's is its parties' deal's
                    whose = "for" if row.get("name") else "in the cooperation of"
                    sums_text.append(f"{narrate.join(said)}{marks} {whose} {escape.html(initiative_label(row))}")
                s += f"; sums stated: {narrate.join(sums_text)}"
            marks = report.cite.cite_facts([facts[r["fact_ids"][0]] for r in rows if r["fact_ids"][0] in facts], 3)
            return narrate.sentence(s + marks)
        if sums:
            f = facts.get(sums[0]["fact_id"])
            mark = report.cite.cite_fact(f) if f else ""
            return narrate.sentence(
                f"{name}, {what()}, is stated with {escape.html(phrases.figure_text(sums[0]))}"
                f"{f' ({phrases.around(f)})' if f else ''}{mark}"
            )
        mark = report.cite.cite_fact(first) if first else ""
        return f"{name} is {what()}{mark}, named in {narrate.count(n, 'article')}."

    return Finding("what", render)


SUMS_SHOWN = 3
"""Sums of the entity's initiatives the first finding states."""


def _sums(row: dict[str, Any]) -> list[str]:
    """The fact ids of the sums stated with an initiative row (`money_facts`, else its `money_fact`)."""
    return [i for i in row.get("money_facts") or [row.get("money_fact")] if i]


def ties_money(report: Report, e: dict[str, Any], fact_ids: list[str]) -> set[str]:
    """The sums of `fact_ids` (initiatives' money) whose own sentence names the entity (an organisation or person
    by any spelling of its name; a place by its name, a district of it or a body based in it): a district's outlay
    "into three hospitals" is no money of one of the hospitals, whose profile does not state it as its own."""
    if not fact_ids:
        return set()
    place = e["kind"] == "place"
    names = "|".join(re.escape(n) for n in _place_names(e)) if place else ""
    pattern = literal(r"(?:^|\W)(?:" + names + r")(?:\W|$)")
    by_name = f"OR regexp_matches(f.sentence, {pattern})" if place else ""
    based = "OR x.canon_id IN (SELECT canon_id FROM profile_based)" if place else ""
    return {
        r["fact_id"]
        for r in report.store.rows(
            f"""SELECT DISTINCT f.fact_id FROM scoped f
            LEFT JOIN scoped o ON o.doc_id = f.doc_id AND o.sentence_start = f.sentence_start
              AND o.kind IN ('organization', 'person', 'place')
            LEFT JOIN entities x ON x.entity_id = o.entity_id
            WHERE list_contains($ids, f.fact_id) AND (x.canon_id = $id {based} {by_name})""",
            {"ids": list(fact_ids), "id": e["entity_id"]},
        )
    }


PARTNERS = 3
"""Partners the first finding names (the others are counted; a fourth and last is named)."""


def earliest_year(rows: list[dict[str, Any]]) -> str | None:
    """The earliest year the articles state for one of the initiatives ("the earliest dated 2015" when a centre was
    set up in 2015 and a pact signed in 2019); None when none is dated, or one known only from an earlier article's
    date of publication may be older."""
    years = [r["first_year"] for r in rows if r.get("first_year")]
    stated = [r["first_year"] for r in rows if r.get("dated") == "stated" and r.get("first_year")]
    return min(stated) if stated and min(stated) <= min(years) else None


def _initiatives_total(report: Report, e: dict[str, Any], rows: list[dict[str, Any]]) -> int:
    if e["kind"] != "organization":
        return len(rows)
    n = report.store.value("SELECT count(*) FROM initiatives WHERE list_contains(party_ids, ?)", [e["entity_id"]])
    return len(initiatives_of(report, e, n)) if n and n > len(rows) else len(rows)


def _partners(e: dict[str, Any], rows: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The other parties of its initiatives, each once, in the initiatives' order."""
    partners: dict[str, str | None] = {}
    for r in rows:
        for name, side in zip(r["party_names"], r["party_sides"]):
            if name != e["name"] and name not in partners:
                partners[name] = side
    return list(partners.items())


ALIGNED = ("parties", "party_ids", "sides", "types")
"""Lists of an initiative row that run in step, one item per party (as `party_names` and `party_sides` do)."""


def fold_statements(
    rows: list[dict[str, Any]], doc_of: dict[str, str], deal_of: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Rows of initiatives (in ranking order) with each one that has no name of its own and is stated in one
    article only folded into an earlier row of the same article and field: one press release stating one
    cooperation in several sentences ("Northvale University will train GPs with Eastbay Hospital"; "it also has a
    special partnership with Eastbay") gives one initiative, its partners joined. Two rows each with money of its own
    are two deals and stay apart, and so are two with different partners each stated by a sentence of its own that
    names an agreement ("signed a memorandum with A"; "It also extended its teaching pact with B"). `doc_of`
    maps a statement's fact id to its article, `deal_of` to its sentence when that names a deal (`deal_sentences`)."""
    deal_of = deal_of or {}
    out: list[dict[str, Any]] = []
    home: dict[tuple[str, Any], list[dict[str, Any]]] = {}

    def apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
        # each with money of its own: two deals ("bought B for £5m"; "leases C ten beds for £1m")
        return bool(a.get("money_fact") and b.get("money_fact")) or _two_agreements(a, b, deal_of)

    for r in rows:
        docs = {doc_of.get(i) for i in r.get("fact_ids") or []}
        key = (next(iter(docs)), r.get("field")) if len(docs) == 1 and None not in docs else None
        earlier = home.get(key, []) if key and not r.get("name") else []
        into = next((x for x in earlier if not apart(x, r)), None)
        if into is None:
            row = {k: (list(v) if isinstance(v, list) else v) for k, v in r.items()}
            out.append(row)
            if key:
                home.setdefault(key, []).append(row)
            continue
        for name, side in zip(r["party_names"], r["party_sides"]):
            if name not in into["party_names"]:
                into["party_names"].append(name)
                into["party_sides"].append(side)
        new = [i for i, pid in enumerate(r.get("party_ids") or []) if pid not in (into.get("party_ids") or [])]
        for k in ALIGNED:
            if isinstance(into.get(k), list) and isinstance(r.get(k), list):
                into[k].extend(r[k][i] for i in new if i < len(r[k]))
        into["fact_ids"] = [*into["fact_ids"], *(i for i in r["fact_ids"] if i not in into["fact_ids"])]
        if not into.get("money_fact"):
            into["money_fact"], into["money_facts"] = r.get("money_fact"), r.get("money_facts")
        years = [y for y in (into.get("first_year"), r.get("first_year")) if y]
        into["first_year"] = min(years) if years else None
        years = [y for y in (into.get("latest_year"), r.get("latest_year")) if y]
        into["latest_year"] = max(years) if years else None
    return out


def _two_agreements(a: dict[str, Any], b: dict[str, Any], deal_of: dict[str, str]) -> bool:
    """True when rows `a` and `b` share no partner beyond one party and each is stated by sentences naming a deal
    that the other's statements are not: two agreements of one body with two partners."""
    said_a = {deal_of[i] for i in a.get("fact_ids") or [] if i in deal_of}
    said_b = {deal_of[i] for i in b.get("fact_ids") or [] if i in deal_of}
    shared = set(a.get("party_ids") or []) & set(b.get("party_ids") or [])
    return bool(said_a) and bool(said_b) and not (said_a & said_b) and len(shared) <= 1


def deal_sentences(facts: dict[str, dict[str, Any]]) -> dict[str, str]:
    """fact id -> the sentence of that statement, for those whose sentence names a deal (`deal_noun_pattern`:
    "sealed a memorandum with ...", "extended its teaching pact with ...")."""
    deal = re.compile(deal_noun_pattern())
    return {i: f["sentence"] for i, f in facts.items() if f.get("sentence") and deal.search(f["sentence"].lower())}


def initiatives_of(report: Report, e: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """The entity's initiatives (`_initiatives_of`); of an organisation, an initiative one article states in several
    sentences counted once (`fold_statements`: they all have the organisation as a party; a place's initiatives of
    one article may be unrelated)."""
    if e["kind"] != "organization":
        return _initiatives_of(report, e, limit)
    rows = _initiatives_of(report, e, 3 * limit + 5)
    facts = facts_by_id(report.store, [i for r in rows for i in r.get("fact_ids") or []])
    return fold_statements(rows, {i: f["doc_id"] for i, f in facts.items()}, deal_sentences(facts))[:limit]


def _initiatives_of(report: Report, e: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """Initiatives the entity is a party to; for a person, else those stated in sentences that name them; for a
    place, those it is a party to, those stated where it is named and those of a body based in it (`based_in_sql`:
    "Eastbay People's Hospital", "Northgate Hospital in Eastbay", "Eastbay's health commission"). Never one resting
    on one passing statement (`query.initiatives.mark_weak`: "a special partnership with Eastbay"), which no report
    counts."""
    counted = "SELECT initiative_id FROM initiatives WHERE NOT weak"
    rows = initiatives_report.ranked(report.store, limit, cross_first=False, entity_id=e["entity_id"], within=counted)
    if e["kind"] == "organization" or (rows and e["kind"] != "place"):
        return rows
    within = "SELECT initiative_id FROM profile_initiatives"  # `_within_sql`, made once by `resolve`
    return initiatives_report.ranked(report.store, limit, cross_first=False, within=within)


def _within_sql(e: dict[str, Any]) -> str:
    """SQL: the ids of the initiatives stated in the entity's sentences (`profile_sentences`) and, for a place, those
    one of whose parties is it, is named after it or is based in it (`profile_based`); none resting on one passing
    statement. Parties are joined by id, never a list tested against every row."""
    within = """SELECT DISTINCT o.initiative_id FROM initiative_of o JOIN scoped p USING (fact_id)
        JOIN profile_sentences s ON s.doc_id = p.doc_id AND s.sentence_start = p.sentence_start"""
    if e["kind"] == "place":
        name = _name_pattern(e)
        within += f"""
        UNION SELECT initiative_id FROM initiatives
        WHERE list_contains(party_ids, {literal(e["entity_id"])})
          OR len(list_filter(parties, lambda x: regexp_matches(x, {name}))) > 0
        UNION SELECT x.initiative_id FROM (SELECT initiative_id, unnest(party_ids) AS pid FROM initiatives) x
        JOIN profile_based b ON b.canon_id = x.pid"""
    return f"SELECT DISTINCT initiative_id FROM ({within}) JOIN initiatives USING (initiative_id) WHERE NOT weak"


def schemes_table(report: Report, e: dict[str, Any]) -> Table | None:
    """The cross-border schemes one of whose parties is the entity (any spelling of its name, on its side) or, for a
    place, the place, one of its districts or a body based in it ("Eastbank Clinic" of Harbour City; `based_in_sql`),
    as the Greater Bay Area report shows them (`measures.schemes_table`); None when there is none. A voucher usable at a
    hospital's Westport branch is among that hospital's work."""
    names = {r["name"] for r in report.store.rows("SELECT name FROM entities WHERE canon_id = ?", [e["entity_id"]])}
    pattern = None
    if e["kind"] == "place":
        names |= {
            r["name"]
            for r in report.store.rows(
                "SELECT DISTINCT name FROM entities WHERE canon_id IN (SELECT canon_id FROM profile_based)"
            )
        }
        pattern = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(n) for n in _place_names(e)) + r")(?:\W|$)")

    side = e.get("jurisdiction") if e["kind"] == "organization" else None
    side = side if side not in (None, "unknown") else None

    def ours(p: dict[str, Any]) -> bool:
        # a name two places' bodies share ("Health Bureau") is this body only where it stands on this body's side
        return p["name"] in names and (side is None or p.get("jurisdiction") in (None, "unknown", side))

    def keep(row: dict[str, Any]) -> bool:
        return any(ours(p) or (pattern and pattern.search(p["name"])) for p in row["parties"])

    return measures_report.schemes_table(report, keep, sorted(report.quoted))


def figures_rows(report: Report, e: dict[str, Any], limit: int, skip: list[str] = ()) -> list[dict[str, Any]]:
    """The figures worth showing (`query.figures.SALIENT`) stated in sentences that name the entity, and for a place
    those about it wherever stated ("the number of clinics in the city rose from 48 to 88" after a sentence naming
    Harbour City; or about one of its districts, `_place_names`), each once (`query.figures.one_figure`: a sum stated
    in the headline and the text is one), the most salient first, each cited by its own statement there (a figure
    other articles also state does not bring in their sentences); a sum's conversion into another currency in a
    sentence stating it folded into it (`query.figures.fold_conversions`: "US$1.3 billion" in a headline and "8
    billion yuan (US$1.3 billion)" below it are one sum). Figures `skip` states (fact ids: an initiative's money the
    profile already shows) are left out."""
    about = (
        """UNION SELECT fact_id, TRUE FROM figure_facts
          WHERE place IN (SELECT name FROM entities WHERE canon_id = $id AND kind = 'place')
            OR list_contains($districts, place)"""
        if e["kind"] == "place"
        else ""
    )
    # a plain count beside a body's name, not in a sentence of its cooperation, describes the body (its students,
    # its staff), not what it does
    described = (
        r"""AND (mine.party OR f.gbp_value IS NOT NULL OR f.relation = 'change')
        -- a sum another body gives, written right before it ("15 million yuan from us and £1.2 million from the Tarn
        -- Council"), is that body's
        AND NOT EXISTS (SELECT 1 FROM scoped a JOIN scoped o ON o.doc_id = a.doc_id
            AND o.sentence_start = a.sentence_start AND o.kind = 'organization' AND o.start > a."end"
            AND o.start - a."end" <= 12
          LEFT JOIN entities x ON x.entity_id = o.entity_id
          WHERE a.fact_id = ff.fact_id AND coalesce(x.canon_id, o.entity_id) <> $eid
            AND regexp_full_match(substr(a.sentence, a."end" - a.sentence_start + 1, o.start - a."end"),
              '\s+(?:from|by)\s+(?:the\s+)?'))"""
        if e["kind"] == "organization"
        # a company's own results are its own figures, never a place's or a person's ("the distributor's deliveries
        # rose 300%" is no figure of the city it is based in)
        else f"AND ff.fact_id NOT IN ({results_sql()})"
    )
    rows = report.store.rows(
        f"""WITH mine AS (
          SELECT ff.fact_id, s.party FROM figure_facts ff
          JOIN profile_sentences s ON s.doc_id = ff.doc_id AND s.sentence_start = ff.sentence_start
            AND NOT s.example
          {about}
        ), candidates AS (
          SELECT f.* REPLACE (ff.fact_id AS fact_id, ff.doc_id AS doc_id, ff.year AS year), ff.sentence_start,
            ff.start, ff.weight AS _weight, {one_figure("f")} AS _figure
          FROM figure_facts ff JOIN mine USING (fact_id)
          JOIN figures f ON f.figure_id = ff.figure_id WHERE f.salient {described}
            AND f.figure_id NOT IN (SELECT figure_id FROM figure_facts WHERE list_contains($skip, fact_id))
        ), top AS (
          SELECT * EXCLUDE (r) FROM (
            SELECT *, row_number() OVER (PARTITION BY _figure ORDER BY score DESC, _weight DESC, doc_id, fact_id) AS r
            FROM candidates)
          WHERE r = 1 ORDER BY score DESC, n_articles DESC, fact_id LIMIT $limit
        ), stating AS (
          -- every sentence stating a figure shown, so that a conversion stated beside any of them folds into it (for
          -- the figures shown only: a figure many articles state would give each of its rows their list)
          SELECT _figure, list(DISTINCT doc_id || '@' || sentence_start::VARCHAR) AS sentences
          FROM candidates SEMI JOIN top USING (_figure) GROUP BY _figure
        )
        SELECT top.* EXCLUDE (_weight, _figure), stating.sentences FROM top JOIN stating USING (_figure)
        ORDER BY score DESC, n_articles DESC, fact_id""",
        {
            "skip": list(skip),
            "limit": 2 * limit + 2,
            **({"id": e["entity_id"], "districts": _place_names(e)[1:]} if about else {}),
            **({"eid": e["entity_id"]} if e["kind"] == "organization" else {}),
        },
    )
    # a sum shown elsewhere takes its conversion into another currency with it ("1 billion yuan ($140 million)")
    drop = report.store.rows(
        """SELECT f.* REPLACE (ff.fact_id AS fact_id), [ff.doc_id || '@' || ff.sentence_start::VARCHAR] AS sentences
        FROM figure_facts ff JOIN figures f ON f.figure_id = ff.figure_id WHERE list_contains($skip, ff.fact_id)
        ORDER BY ff.fact_id""",
        {"skip": list(skip)},
    )
    return fold_conversions(rows, limit, drop)


def first_sum(report: Report, e: dict[str, Any]) -> dict[str, Any] | None:
    """The sum the first finding states of an entity with no initiative: the first sum of money of its figures
    (`figures_rows`); None when it has an initiative or no sum."""
    if initiatives_of(report, e, 1):
        return None
    return next((r for r in figures_rows(report, e, ROWS) if r.get("gbp_value") is not None), None)


def shown_money(report: Report, e: dict[str, Any]) -> list[str]:
    """Fact ids of the sums the profile states with its initiatives (the first finding and the initiatives table):
    its figures do not state them again."""
    return sorted({i for r in initiatives_of(report, e, ROWS) for i in r.get("money_facts") or []})


FIGURES = 2
"""Figures the figures finding states."""


def figures_finding(report: Report, e: dict[str, Any]) -> Finding | None:
    """ "The most prominent figures stated about Harbour City are from 48 to 88 (+83%) (“…clinics rose from 48 to
    88…”)[3] and 2 billion yuan (“…”)[4]." (an organisation or person: "stated with"): at most `FIGURES`, only
    sums of money and changes (a count in passing is evidence for the table, not a finding), never a sum the first
    finding states with an initiative."""
    stated = first_sum(report, e)  # the first finding states it
    rows = [
        r
        for r in figures_rows(report, e, FIGURES + 4, shown_money(report, e))
        if (r.get("gbp_value") is not None or r.get("relation") == "change")
        and not (stated and (r["unit"], r["after"]) == (stated["unit"], stated["after"]))
    ][:FIGURES]
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])
    rows = [r for r in rows if r["fact_id"] in facts]
    if not rows:
        return None

    def render() -> str:
        here = e["name"] if e["kind"] == "place" else None  # "about Harbour City": no "in Harbour City" again
        items = [
            figures_report.figure_phrase(
                report, dict(r, place=None) if r.get("place") == here else r, facts[r["fact_id"]]
            )
            for r in rows
        ]
        how = "about" if e["kind"] == "place" else "with"
        if len(items) == 1:
            return f"The most prominent figure stated {how} {escape.html(e['name'])} is {items[0]}."
        return f"The most prominent figures stated {how} {escape.html(e['name'])} are {narrate.join(items, sep='; ')}."

    return Finding("figures", render)


QUOTES = 3
"""Most quotations a profile prints (the first in the key findings, the rest in its table)."""


def quotes_of(report: Report, e: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """What it said, in the speaker's own words (`report.people.quotes`): a person's quotations; an organisation's
    or a place's, those of its people (`body_people`), one per person in turn, in the people's order. A quotation
    that holds the statement the initiatives table quotes is not printed again."""
    quoted = _initiative_statements(report, e)

    def fresh(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [q for q in rows if not any(q["doc_id"] == d and q["start"] <= at < q["end"] for d, at in quoted)]

    if e["kind"] == "person":
        return fresh(people.quotes(report, limit + len(quoted), e["entity_id"]))[:limit]
    said = [fresh(people.quotes(report, limit + len(quoted), p["id"])) for p in body_people(report, e, ROWS)]
    out = [q for turn in itertools.zip_longest(*said) for q in turn if q is not None]
    return out[:limit]


def table_statements(report: Report, e: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each initiative of the profile's table (`initiatives_of`, at most `ROWS`) with the statement it cites first
    (None when that fact is not found): what the table quotes, which the quotations and the timeline do not repeat."""
    rows = initiatives_of(report, e, ROWS)
    facts = facts_by_id(report.store, [r["fact_ids"][0] for r in rows])
    return [(r, facts.get(r["fact_ids"][0])) for r in rows]


def _initiative_statements(report: Report, e: dict[str, Any]) -> list[tuple[str, int]]:
    """(article, offset) of the statement each initiative of the profile's table cites: a quotation holding one is
    shown there already."""
    return sorted({(f["doc_id"], f["start"]) for _, f in table_statements(report, e) if f is not None})


def quotes_finding(report: Report, e: dict[str, Any]) -> Finding | None:
    """ "Ann Lee said: “Our nurses learn…”[1]." for a person; for an organisation, its most prominent quotation by
    one of its people, with their role: "Ann Lee (Professor; Dean of Nursing) said: “…”[1]"."""
    rows = quotes_of(report, e, 1)
    if not rows:
        return None
    r = rows[0]
    role = "; ".join(people.merge_parts([r.get("role")])) if e["kind"] != "person" else ""
    who = escape.html(r["speaker"] or e["name"]) + (f" ({escape.html(role)})" if role else "")
    return Finding(
        "quote",
        lambda: (
            f"{who} said: “{escape.html(people.quote_text(r['quote'], 160).rstrip(',;: '))}”{report.cite.cite_fact(r)}."
        ),
    )


def key_findings(report: Report, e: dict[str, Any] | None) -> list[Finding]:
    """What it does (its initiatives, else its largest sum), then for a body or a place its most prominent figures
    before what its people said; for a person what they said before the figures stated with them."""
    if e is None:
        return []
    said, figures = quotes_finding(report, e), figures_finding(report, e)
    return made([what_finding(report, e), *([said, figures] if e["kind"] == "person" else [figures, said])])


def initiatives_table(report: Report, e: dict[str, Any]) -> Table:
    """The initiatives it is a party to (a place: those stated where it is named or of bodies named after it), at
    most `ROWS`, each with the words of its first statement (what it is about: "…to train 300 nurses.")."""
    stated = table_statements(report, e)
    t = initiatives_report.table_of(report, [r for r, _ in stated])
    t.empty = "No initiative naming it was found in these articles."
    # what each is about, in the words of the statement its source cell cites
    for (_, f), out in zip(stated, t.rows):
        if f is not None:
            out["source"] = f"{phrases.around(f, STATEMENT_CHARS)}{out['source']}"
    t.columns = [(k, "What the article says" if k == "source" else label) for k, label in t.columns]
    return t


FIGURE_COLUMNS = [("figure", "Figure"), ("what", "What the article says"), ("year", "Year"), ("source", "Source")]


def figures_table(report: Report, e: dict[str, Any]) -> Table:
    """The figures stated with it (`figures_rows`, at most `ROWS`), but the sums its initiatives table shows."""
    rows = figures_rows(report, e, ROWS, shown_money(report, e))
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])
    out = [
        {
            "figure": escape.html(phrases.figure_text(r)),
            "what": phrases.around(facts[r["fact_id"]], 110),
            "year": figures_report.year_text(r),
            "source": report.cite.cite_fact(facts[r["fact_id"]]),
        }
        for r in rows
        if r["fact_id"] in facts
    ]
    empty = (
        "No sum, change or sizeable count of what it does was found in the sentences that name it (a count that "
        "only describes a body, such as its staff or students, is left out)."
        if e["kind"] == "organization"
        else "No sum, change or sizeable count was found in the sentences that name it."
    )
    return Table(out, FIGURE_COLUMNS, empty)


def initiative_label(row: dict[str, Any]) -> str:
    """An initiative in a few words: its name, else its parties: "Joint Nursing Academy", "Northvale University and
    Eastbay Hospital", "A, B, C and two others"."""
    if row.get("name"):
        return row["name"]
    names = row.get("party_names") or row.get("parties") or []
    shown = list(names[:3]) + ([narrate.count(len(names) - 3, "other")] if len(names) > 3 else [])
    return narrate.join(shown)


def timeline_table(report: Report, e: dict[str, Any]) -> Table:
    """The dated steps stated in the sentences that name it or its partnerships: the most salient `ROWS` (the one
    score of events, `query.timeline.EVENT_SCORE`: a step tied to an initiative or a figure before a date that
    only names it as a venue), in date order. A step stated by the sentence the initiatives table quotes is named
    by its initiative, not quoted again."""
    rows = report.store.rows(
        f"""SELECT * FROM (
          SELECT e.* FROM events e
          JOIN profile_sentences s ON s.doc_id = e.doc_id AND s.sentence_start = e.sentence_start
          ORDER BY {timeline_query.EVENT_SCORE} DESC, e.date, e.doc_id, e.start, e.fact_id LIMIT ?)
        ORDER BY date, doc_id, start, fact_id""",
        [ROWS],
    )
    quoted: dict[tuple[str, int], str] = {}
    for r, f in table_statements(report, e):
        if f is not None:
            quoted.setdefault((f["doc_id"], f["sentence_start"]), initiative_label(r))
    out = [
        {
            "date": timeline_report.when(r),
            "what": (
                f"{escape.html(quoted[key])} (in the initiatives above)"
                if (key := (r["doc_id"], r["sentence_start"])) in quoted
                else timeline_report.what(r)
            ),
            "source": report.cite.cite_fact(r),
        }
        for r in rows
    ]
    empty = "No dated step was found in the sentences that name it or its partnerships."
    return Table(out, timeline_report.COLUMNS, empty)


def _place_names(e: dict[str, Any]) -> list[str]:
    """The place's name and those of its districts and zones (`place_districts.tsv`: "Eastbank" of Harbour City)."""
    return [e["name"], *sorted(d for d, city, *_ in table("place_districts.tsv") if city == e["name"])]


BASED_AFTER = r"\s+(?:in|of|based in|located in)\s+(?:the\s+)?(?:city of\s+|district of\s+)?"
"""Words between a body's name and a place that put the body in it ("Northgate Hospital in Harbour City",
"the health commission of Harbour City")."""
BASED_BEFORE = r"(?:'s|’s)\s+(?:own\s+)?"
"""Words between a place and a body's name that put the body in it ("Harbour City's Northgate Hospital")."""


def whole_jurisdiction(e: dict[str, Any]) -> str | None:
    """The jurisdiction a place is the whole of ("Hong Kong", "the UK": one of `JURISDICTIONS` other than "other" and
    "unknown"), else None (a city, a province, another country): every body based there is based in the place."""
    name = canonical(e["name"]) or e["name"]
    label = place_label(e["name"])
    return label if label in JURISDICTIONS and label not in ("other", "unknown") and level(name) == "country" else None


def based_in_sql(e: dict[str, Any]) -> str:
    """SQL: the canonical ids (`canon_id`) of the bodies based in a place, one row each: named after it or, first in the
    name, one of its districts ("Eastbank Clinic" of Harbour City; not "Westford Eastbank Ltd"), written in it
    ("Northgate Hospital in Harbour City", "Harbour City's health commission") in some sentence, placed in it or one of
    its districts by the facts' own base (`attribute_evidence`: where the branch is based), or, for a place that is a
    whole jurisdiction (`whole_jurisdiction`), based in that jurisdiction. Its initiatives are the place's, whatever
    their statement names."""
    names = "|".join(re.escape(n) for n in _place_names(e))
    districts = "|".join(re.escape(n) for n in _place_names(e)[1:])
    after = literal(MARK + BASED_AFTER + rf"(?:{names})(?:\W|$)")
    before = literal(rf"(?:^|\W)(?:{names}){BASED_BEFORE}" + MARK)
    # named after the place anywhere in the name, after a district only at its start: "Suzhou Tianhe Pharmaceutical"
    # is a Suzhou firm, whatever city has a Tianhe district
    opening = rf"|^(?:the\s+)?(?:{districts})(?:\W|$)" if districts else ""
    named = literal(rf"(?:^|\W){re.escape(e['name'])}(?:\W|$){opening}")
    base = literal(re.escape(evidence_words("branch")) + rf": '(?:{names})'")
    whole = whole_jurisdiction(e)
    side = f" OR x.jurisdiction = {literal(whole)}" if whole else ""
    return f"""SELECT DISTINCT x.canon_id FROM scoped o JOIN entities x ON x.entity_id = o.entity_id
        WHERE o.kind = 'organization' AND (regexp_matches(o.text, {named})
          OR regexp_matches({marked("o.sentence", "o.text")}, {after})
          OR regexp_matches({marked("o.sentence", "o.text")}, {before})
          OR regexp_matches(coalesce(o.attribute_evidence, ''), {base}){side})"""


def _name_pattern(e: dict[str, Any]) -> str:
    """SQL literal: a pattern matching the place's name as whole words ("Eastbay" in "Eastbay Health Bureau")."""
    return literal(r"(?:^|\W)" + re.escape(e["name"]) + r"(?:\W|$)")


def body_people(report: Report, e: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """An organisation's people: those whose stated affiliation is the body as their article names it ("Deputy
    director of the commission A B", the Kelby Health Commission of an earlier sentence); a
    place's, those whose affiliation is a body named after it ("Director of the Eastbay Health Bureau" for
    Eastbay); never an article's reporter (`query.people.newsroom_sql`); the most often named first (`id`, `label`,
    `roles`, `affiliations`, `fact_id`, `n_articles`)."""
    if e["kind"] == "person":
        return []
    if e["kind"] == "place":
        within = f"regexp_matches(p.affiliation, {_name_pattern(e)})"
    else:
        within = """EXISTS (SELECT 1 FROM scoped o WHERE o.entity_id = $id AND o.doc_id = p.doc_id
          AND o.name = p.affiliation)"""
    return report.store.rows(
        f"""SELECT p.entity_id AS id, any_value(p.name ORDER BY length(p.name) DESC, p.name) AS label,
          list(p.role ORDER BY p.doc_id, p.start) FILTER (WHERE p.role IS NOT NULL) AS roles,
          list(DISTINCT p.affiliation ORDER BY p.affiliation) AS affiliations,
          arg_min(p.fact_id, (p.doc_id, p.start)) AS fact_id, count(DISTINCT p.group_id) AS n_articles
        FROM scoped p
        WHERE p.kind = 'person' AND p.entity_id IS NOT NULL AND p.affiliation IS NOT NULL AND {within}
          AND NOT {people_query.newsroom_sql("p")}
        GROUP BY p.entity_id ORDER BY n_articles DESC, lower(label), label, id LIMIT $limit""",
        {"limit": limit, **({} if e["kind"] == "place" else {"id": e["entity_id"]})},
    )


def people_table(report: Report, e: dict[str, Any]) -> Table | None:
    """An organisation's or a place's people (`body_people`) with their roles as stated and their side."""
    if e["kind"] == "person":
        return None
    rows = body_people(report, e, ROWS)
    facts = facts_by_id(report.store, [r["fact_id"] for r in rows])
    where = people_query.sides(report.store, [r["id"] for r in rows])
    out = [
        {
            "name": escape.html(r["label"]),
            # a place's people with the body that employs them; a body's people are its own
            "role": escape.html(
                people.role_text(r) if e["kind"] == "place" else "; ".join(people.merge_parts(r["roles"] or []))
            )
            or "—",
            "side": escape.html(people.side_text(where[r["id"]]["side"])),
            "articles": narrate.fmt_number(r["n_articles"]),
            "source": report.cite.cite_fact(facts[r["fact_id"]]),
        }
        for r in rows
    ]
    caption = "People of this body" if e["kind"] == "organization" else "People of bodies named after it"
    return Table(out, people.PEOPLE_COLUMNS, "No person was found with it as their affiliation.", caption=caption)


def quotes_table(report: Report, e: dict[str, Any]) -> Table | None:
    """What it said (`quotes_of`) beyond the quotation the key findings print, at most `QUOTES` in all; None when
    the key findings print its only quotation."""
    rows = quotes_of(report, e, QUOTES)[1:]
    if not rows:
        return None
    t = people.quotes_table_of(report, rows)
    t.caption = "What it said" if e["kind"] == "person" else "What its people said"
    return t
