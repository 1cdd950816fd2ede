"""Hand-written facts for the two articles in `corpus/`, so report functions can be tested without the extractors.

Each fact names its sentence (an exact piece of the article) and its span inside that sentence; offsets are
found by searching the article text. Field values are written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.facts.schema import facts_frame
from analysis.ingest.corpus import load_corpus
from analysis.report import registry
from analysis.report.cite import Citations
from analysis.report.notebook import Report

HERE = Path(__file__).resolve().parent / "fixtures" / "reports"
CORPUS = HERE / "corpus"

G = "gamma_stroke_centre"
D = "delta_border_clinics"

G_S1 = "Westbrook University in Manchester has signed a memorandum of understanding with Shenzhen Harbour Hospital to set up the UK-China Stroke Rehabilitation Centre in Shenzhen."
G_S2 = "The agreement was signed on 8 October 2024 in Shenzhen."
G_S3 = "The hospital will invest 45 million yuan over five years, and the centre will train 160 therapists from hospitals across the Greater Bay Area."
G_S4 = '"Stroke care is changing fast in both countries, and this centre lets our therapists learn from each other," said Professor Helen Marsh, Pro-Vice-Chancellor for Global Engagement at Westbrook University.'
G_S5 = 'Dr Liang Wenjie, President of Shenzhen Harbour Hospital, said: "Patients in Shenzhen and Hong Kong will benefit from rehabilitation methods tested in British hospitals & clinics."'
G_S6 = "The first cohort of 40 therapists will begin training in March 2025."

D_S1 = "Zhuhai Municipal Health Bureau and the Health Bureau of Macao launched a cross-border clinic service on 15 May 2023."
D_S2 = "Residents of Macao can now use 12 clinics in Zhuhai and Hengqin with their Macao medical insurance, and the waiting time for referrals fell from 30 days to 7 days."
D_S3 = "The Zhuhai Municipal Health Bureau said the service cost 8.5 million yuan in its first year."
D_S4 = '"Patients should not have to choose between a short trip and good care," said Chen Meiling, Director of Zhuhai Municipal Health Bureau.'

WU, SHH, ZMHB = "Westbrook University", "Shenzhen Harbour Hospital", "Zhuhai Municipal Health Bureau"

SPECS = [
    # gamma: a UK university and a Shenzhen hospital
    (G, G_S1, "organization", WU, 0, {"name": WU, "entity_id": "org:westbrook-university"}),
    (G, G_S1, "place", "Manchester", 0, {"name": "Manchester", "entity_id": "place:manchester"}),
    (G, G_S1, "organization", SHH, 0, {"name": SHH, "entity_id": "org:shenzhen-harbour-hospital"}),
    (
        G,
        G_S1,
        "partnership",
        "signed a memorandum of understanding",
        0,
        {"parties": [WU, SHH], "initiative": "UK-China Stroke Rehabilitation Centre"},
    ),
    (G, G_S1, "place", "Shenzhen", 1, {"name": "Shenzhen", "entity_id": "place:shenzhen"}),
    (G, G_S1, "theme", "memorandum of understanding", 0, {"theme": "international_cooperation"}),
    (G, G_S2, "date", "8 October 2024", 0, {"date": "2024-10-08", "event": "The agreement was signed in Shenzhen"}),
    (G, G_S2, "place", "Shenzhen", 0, {"name": "Shenzhen", "entity_id": "place:shenzhen"}),
    (
        G,
        G_S3,
        "amount",
        "45 million yuan",
        0,
        {"value": 45_000_000.0, "unit": "CNY", "object": "hospital investment over five years"},
    ),
    (G, G_S3, "amount", "160 therapists", 0, {"value": 160.0, "unit": "count", "object": "therapists"}),
    (G, G_S3, "place", "Greater Bay Area", 0, {"name": "Greater Bay Area", "entity_id": "place:greater-bay-area"}),
    (G, G_S3, "theme", "Greater Bay Area", 0, {"theme": "greater_bay_area"}),
    (
        G,
        G_S4,
        "quote",
        "Stroke care is changing fast in both countries, and this centre lets our therapists learn from each other",
        0,
        {
            "speaker": "Helen Marsh",
            "quote": "Stroke care is changing fast in both countries, and this centre lets our therapists learn from each other",
        },
    ),
    (
        G,
        G_S4,
        "person",
        "Helen Marsh",
        0,
        {
            "name": "Helen Marsh",
            "entity_id": "person:helen-marsh",
            "role": "Pro-Vice-Chancellor for Global Engagement",
            "affiliation": WU,
        },
    ),
    (G, G_S4, "organization", WU, 0, {"name": WU, "entity_id": "org:westbrook-university"}),
    (
        G,
        G_S5,
        "person",
        "Liang Wenjie",
        0,
        {"name": "Liang Wenjie", "entity_id": "person:liang-wenjie", "role": "President", "affiliation": SHH},
    ),
    (G, G_S5, "organization", SHH, 0, {"name": SHH, "entity_id": "org:shenzhen-harbour-hospital"}),
    (
        G,
        G_S5,
        "quote",
        "Patients in Shenzhen and Hong Kong will benefit from rehabilitation methods tested in British hospitals & clinics.",
        0,
        {
            "speaker": "Liang Wenjie",
            "quote": "Patients in Shenzhen and Hong Kong will benefit from rehabilitation methods tested in British hospitals & clinics.",
        },
    ),
    (G, G_S5, "place", "Hong Kong", 0, {"name": "Hong Kong", "entity_id": "place:hong-kong"}),
    (
        G,
        G_S6,
        "date",
        "March 2025",
        0,
        {"date": "2025-03", "event": "The first cohort of 40 therapists begins training"},
    ),
    (
        G,
        G_S6,
        "amount",
        "40 therapists",
        0,
        {"value": 40.0, "unit": "count", "object": "therapists in the first cohort"},
    ),
    # delta: a Zhuhai–Macao measure, no UK party
    (D, D_S1, "organization", ZMHB, 0, {"name": ZMHB, "entity_id": "org:zhuhai-municipal-health-bureau"}),
    (
        D,
        D_S1,
        "organization",
        "Health Bureau of Macao",
        0,
        {"name": "Health Bureau of Macao", "entity_id": "org:health-bureau-of-macao"},
    ),
    (D, D_S1, "partnership", "launched", 0, {"parties": [ZMHB, "Health Bureau of Macao"], "initiative": None}),
    (D, D_S1, "date", "15 May 2023", 0, {"date": "2023-05-15", "event": "A cross-border clinic service was launched"}),
    (D, D_S1, "theme", "cross-border", 0, {"theme": "cross_border_care"}),
    (D, D_S2, "place", "Macao", 0, {"name": "Macao", "entity_id": "place:macao"}),
    (D, D_S2, "amount", "12 clinics", 0, {"value": 12.0, "unit": "count", "object": "clinics open to Macao residents"}),
    (D, D_S2, "place", "Zhuhai", 0, {"name": "Zhuhai", "entity_id": "place:zhuhai"}),
    (D, D_S2, "place", "Hengqin", 0, {"name": "Hengqin", "entity_id": "place:hengqin"}),
    (
        D,
        D_S2,
        "amount",
        "from 30 days to 7 days",
        0,
        {"value": 30.0, "value_to": 7.0, "unit": "days", "object": "waiting time for referrals"},
    ),
    (D, D_S3, "organization", ZMHB, 0, {"name": ZMHB, "entity_id": "org:zhuhai-municipal-health-bureau"}),
    (
        D,
        D_S3,
        "amount",
        "8.5 million yuan",
        0,
        {"value": 8_500_000.0, "unit": "CNY", "object": "cost of the service in its first year"},
    ),
    (
        D,
        D_S4,
        "quote",
        "Patients should not have to choose between a short trip and good care",
        0,
        {"speaker": "Chen Meiling", "quote": "Patients should not have to choose between a short trip and good care"},
    ),
    (
        D,
        D_S4,
        "person",
        "Chen Meiling",
        0,
        {"name": "Chen Meiling", "entity_id": "person:chen-meiling", "role": "Director", "affiliation": ZMHB},
    ),
]


def rows() -> list[dict]:
    """The facts with offsets into the original files."""
    raws = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    out = []
    for doc_id, sent, kind, span, nth, fields in SPECS:
        raw = raws[doc_id]
        s0 = raw.index(sent)
        pos = s0 - 1
        for _ in range(nth + 1):
            pos = raw.index(span, pos + 1, s0 + len(sent))
        out.append(
            dict(
                fields,
                doc_id=doc_id,
                kind=kind,
                text=span,
                start=pos,
                end=pos + len(span),
                sentence=sent,
                sentence_start=s0,
                sentence_end=s0 + len(sent),
                extractor="tests.handmade",
            )
        )
    return out


ORG_ATTRS = {
    WU: ("university", "UK"),
    SHH: ("hospital", "mainland China"),
    ZMHB: ("government", "mainland China"),
    "Health Bureau of Macao": ("government", "Macao"),
}
FIELDS = {G: "clinical services", D: "clinical services"}
PLACES = {"160 therapists": "Greater Bay Area"}


def with_attributes(rows_: list[dict]) -> list[dict]:
    """The hand-made rows with the attributes a reader gives them: type and jurisdiction of each organisation,
    the field of each partnership, the one place of each figure."""
    out = []
    for r in rows_:
        r = dict(r)
        if r["kind"] == "organization":
            r["org_type"], r["jurisdiction"] = ORG_ATTRS[r["name"]]
        elif r["kind"] == "partnership":
            r["field"] = FIELDS[r["doc_id"]]
        elif r["kind"] == "amount":
            r["place"] = PLACES.get(r["text"])
        out.append(r)
    return out


def facts():
    return facts_frame(with_attributes(rows()))


def report(name: str = "02-china-uk-cooperation", facts_df=None, **params):
    """A Report on the hand-made corpus with the hand-written facts (no extraction, no notebook)."""
    p = registry.validate(name, dict(params, corpus_dir=str(CORPUS)))
    corpus = load_corpus(CORPUS)
    return Report(name, p, corpus, facts() if facts_df is None else facts_df, Citations(corpus))


# a mark links to the fact's anchor on its article page and names its Sources entry for print
MARK = re.compile(
    r'<sup class="cite"><a href="articles/[^"#]+\.html#f-[0-9a-f]+" data-print-href="#src-(\d+)">\[\1\]</a></sup>'
)


def plain(html: str) -> str:
    """Report HTML without its citation marks."""
    return MARK.sub("", html)


def marks(html: str) -> list[int]:
    """The source numbers of the citation marks in report HTML, in order."""
    return [int(m) for m in MARK.findall(html)]
