"""Invented articles written to a folder, hand-written facts placed on them by searching their text, and a report
opened over the two (no extraction, no notebook): how every report function is tested."""

from __future__ import annotations

import re
from pathlib import Path

from factstore import fact, store_of

from analysis.report import registry
from analysis.report.notebook import Report, start_report

MARK = re.compile(r'<sup class="cite">.*?</sup>')
TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"</?(?:p|ul|ol|li|br|tr|td|th|table|section)\b[^>]*>")


def plain(html: str) -> str:
    """Report HTML as the words a reader reads: citation marks and tags dropped, entities and spaces normalised."""
    import html as _html

    html = BLOCK.sub(" ", MARK.sub("", html))
    return " ".join(_html.unescape(TAG.sub("", html)).split())


def marks(html: str) -> list[int]:
    """The source numbers of the citation marks, in order."""
    return [int(n) for n in re.findall(r'data-print-href="#src-(\d+)"', html)]


class Articles:
    """A folder of invented articles and the facts a reader would extract from them."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.dir = tmp / "corpus"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.texts: dict[str, str] = {}
        self.docs: dict[str, dict] = {}
        self.facts: list[dict] = []

    def article(self, doc_id: str, text: str, *, title: bool = True, published: str | None = None,
                publisher: str | None = None, copy_of: str | None = None) -> str:  # fmt: skip
        """Write `text` as `<doc_id>.txt`; its first line is the title unless `title` is False; `published` (an ISO
        date) and `publisher` name the text that states them (found in the text as "Published: ..." lines)."""
        (self.dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        self.texts[doc_id] = text
        first = text.split("\n", 1)[0]
        row = {"doc_id": doc_id, "file": f"{doc_id}.txt", "n_chars": len(text), "sha256": doc_id}
        row["label"] = first if title else first[:120]
        if title:
            row.update(title=first, title_start=0, title_end=len(first))
        if published:
            shown = re.search(r"Published: ([^|\n]+?)(?: \||\n)", text)
            row.update(published=published, published_start=shown.start(1), published_end=shown.end(1))
        if publisher:
            at = text.index(publisher)
            row.update(publisher=publisher, publisher_start=at, publisher_end=at + len(publisher))
        lead = next((m for m in re.finditer(r"[^\n]{60,}", text) if m.start() > len(first)), None)
        if lead:
            row.update(lead_start=lead.start(), lead_end=lead.end())
        self.docs[doc_id] = row
        return doc_id

    def sentence_of(self, doc_id: str, at: int) -> tuple[int, int]:
        """The bounds of the sentence (a line, cut after ". ") holding offset `at`."""
        text = self.texts[doc_id]
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        cuts = list(re.finditer(r"(?<=[.!?\"”]) (?=[A-Z“\"])", text[lo:hi]))
        s = max([lo] + [lo + m.end() for m in cuts if lo + m.end() <= at])
        e = min([hi] + [lo + m.start() for m in cuts if lo + m.start() > at])
        return s, e

    def fact(self, doc_id: str, kind: str, span: str, nth: int = 0, **fields) -> dict:
        """A fact on the `nth` occurrence of `span` in the article, in the sentence that holds it."""
        text = self.texts[doc_id]
        at = -1
        for _ in range(nth + 1):
            at = text.index(span, at + 1)
        s, e = self.sentence_of(doc_id, at)
        if kind in ("organization", "person", "place"):
            fields.setdefault("name", span)
        row = fact(doc_id, kind, at, at + len(span), sentence_start=s, sentence=text[s:e], sentence_end=e,
                   text=span, **fields)  # fmt: skip
        self.facts.append(row)
        return row

    def report(self, name: str, **params) -> Report:
        """A report over these articles and facts, its analytic tables registered as a notebook registers them."""
        p = registry.validate(name, dict(params, corpus_dir=str(self.dir)), check_paths=False)
        store = store_of(self.tmp, self.facts, [self.docs[d] for d in sorted(self.docs)])
        return start_report(name, p, store, self.dir)


NU, EH, KC, SU = "Northvale University", "Eastbay Hospital", "Kestrel College", "Southport University"
ORGS = {
    NU: ("university", "UK"),
    EH: ("hospital", "mainland China"),
    KC: ("university", "mainland China"),
    SU: ("university", "UK"),
}
ACADEMY = """Northvale University and Eastbay Hospital open a joint nursing academy
Published: 4 June 2021 | Northvale Courier

Northvale University in Westmoor signed an agreement with Eastbay Hospital in Harbour City to open the Joint Nursing \
Academy in 2021. The academy receives £5 million from the partners over three years.
The number of nurses trained each year rose from 40 to 70.
"Our nurses learn from each other every day," said Professor Ann Lee, Dean of Nursing at Northvale University.
Northvale University also works with Kestrel College on stroke research.
"""
EXCHANGE = """Kestrel College and Southport University agree a stroke research exchange
Published: 12 March 2023 | Harbour Daily

Kestrel College in Harbour City and Southport University signed a memorandum on stroke research in 2023. \
Northvale University and Kestrel College renewed their stroke research work.
Southport University will send 12 researchers to Harbour City.
"""


def ids(*names: str) -> list[str]:
    return [f"org:{n.lower().replace(' ', '-')}" for n in names]


def org(a: Articles, doc: str, name: str, nth: int = 0) -> dict:
    kind, jur = ORGS[name]
    return a.fact(doc, "organization", name, nth, org_type=kind, jurisdiction=jur)


def deal(a: Articles, doc: str, span: str, parties: list[str], **fields) -> dict:
    return a.fact(doc, "partnership", span, parties=parties, party_ids=ids(*parties), **fields)


def two_articles(tmp: Path) -> Articles:
    """Two invented articles of China–UK cooperation: a nursing academy with money and a change, a stroke research
    exchange, and a research cooperation both state (one initiative across the two)."""
    a = Articles(tmp)
    a.article("academy", ACADEMY, published="2021-06-04", publisher="Northvale Courier")
    a.article("exchange", EXCHANGE, published="2023-03-12", publisher="Harbour Daily")
    org(a, "academy", NU), org(a, "academy", NU, 1), org(a, "academy", EH, 1), org(a, "academy", NU, 2)
    org(a, "academy", NU, 3)
    org(a, "academy", KC)
    a.fact("academy", "place", "Westmoor", jurisdiction="UK")
    a.fact("academy", "place", "Harbour City", jurisdiction="mainland China")
    deal(a, "academy", "signed an agreement", [NU, EH], initiative="Joint Nursing Academy",
         field="education and training")  # fmt: skip
    a.fact("academy", "date", "2021", 1, date="2021", event="open the Joint Nursing Academy")
    a.fact("academy", "amount", "£5 million", value=5_000_000.0, unit="GBP", object="academy funding",
           amount_type="figure")  # fmt: skip
    a.fact("academy", "amount", "40", value=40.0, unit="count", object="nurses trained each year",
           amount_type="change_before", value_from=40.0, value_to=70.0, change_pct=75.0)  # fmt: skip
    a.fact("academy", "amount", "70", value=70.0, unit="count", object="nurses trained each year",
           amount_type="change_after", value_from=40.0, value_to=70.0, change_pct=75.0)  # fmt: skip
    words = "Our nurses learn from each other every day,"
    a.fact("academy", "quote", f'"{words}"', speaker="Ann Lee", quote=words, extractor="quotes.speaker_after")
    a.fact("academy", "person", "Ann Lee", role="Professor; Dean of Nursing", affiliation=NU)
    deal(a, "academy", "works with", [NU, KC], field="research")
    org(a, "exchange", KC), org(a, "exchange", SU), org(a, "exchange", NU), org(a, "exchange", KC, 1)
    a.fact("exchange", "place", "Harbour City", jurisdiction="mainland China")
    deal(a, "exchange", "signed a memorandum", [KC, SU], field="research")
    a.fact("exchange", "date", "2023", 1, date="2023", event="signed a memorandum on stroke research")
    deal(a, "exchange", "renewed", [NU, KC], field="research")
    a.fact("exchange", "amount", "12 researchers", value=12.0, unit="count", object="researchers",
           amount_type="figure", place="Harbour City")  # fmt: skip
    return a
