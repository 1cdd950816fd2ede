"""Article pages: a hand-written article with hand-written facts gives the expected anchors, highlighted segments,
dimmed noise, tooltips and facts table; hostile text stays inert in chromium."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis.assemble.articles import article_page, dropped_lines, levels
from analysis.facts.schema import facts_frame
from analysis.ingest.corpus import make_document

RAW = (
    "Back to top\n"
    "Riverside Clinic <img src=x onerror=alert(1)> joins Northgate College in nurse training plan\n"
    "\n"
    "Riverside Clinic and Northgate College will train 80 nurses in Lakeview.\n"
    '"We start in spring <script>alert(1)</script> & grow," said Dr Ana Pires, Director of Riverside Clinic.\n'
    "Share this article\n"
)
DOC_ID = "nurses <b>plan</b> & 50%"
BODY = RAW.index("Riverside Clinic and")
QUOTE = RAW.index("We start")


def span(text: str, after: int = 0) -> tuple[int, int]:
    s = RAW.index(text, after)
    return s, s + len(text)


def fact(kind: str, text: str, after: int = 0, **fields):
    s, e = span(text, after)
    return dict(doc_id=DOC_ID, kind=kind, text=text, start=s, end=e, sentence=text, extractor="tests.hand", **fields)


FACTS = [
    fact("organization", "Riverside Clinic", BODY, name="Riverside Clinic"),
    fact(
        "partnership", "Riverside Clinic and Northgate College will train", BODY, parties=["A", "B"], field="research"
    ),
    fact("organization", "Northgate College", BODY, name="Northgate College"),
    fact("amount", "80 nurses", value=80.0, unit="count", object="nurses", place="Lakeview"),
    fact("place", "Lakeview", name="Lakeview"),
    fact("quote", "We start in spring <script>alert(1)</script> & grow,", speaker="Ana Pires", quote="We start"),
    fact("person", "Ana Pires", name="Ana Pires", role="Director", affiliation="Riverside Clinic"),
]


@pytest.fixture(scope="module")
def page():
    doc = make_document(DOC_ID, Path(f"{DOC_ID}.txt"), RAW, "0" * 64)
    facts = facts_frame(FACTS)
    return doc, facts, article_page(doc, facts)


class Stream(HTMLParser):
    """The article text as a flat stream: anchors, segments (text, facts covering it, classes) and plain text;
    tooltips are read apart; table rows give their fact ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.tips, self.rows, self.depth, self.tip, self.seg = [], {}, [], 0, None, None
        self.inside = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if "article-text" in cls:
            self.inside = True
        if tag == "tr" and "data-fact" in a:
            self.rows.append(a["data-fact"])
        if not self.inside:
            return
        self.depth += 1
        if "fm" in cls:
            self.items.append(("anchor", a["id"], a.get("tabindex")))
        elif "tip" in cls:
            self.tip = [a["id"], self.depth, []]
        elif "seg" in cls or "noise" in cls:
            self.seg = (set((a.get("data-f") or "").split()), set(cls))

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if self.tip and self.tip[1] == self.depth:
            self.tips[self.tip[0]] = " ".join("".join(self.tip[2]).split())
            self.tip = None
        self.seg = None
        self.depth -= 1
        if self.depth == 0:
            self.inside = False

    def handle_data(self, data):
        if not self.inside:
            return
        if self.tip:
            self.tip[2].append(data if data.endswith(" ") else data + " ")
        elif self.seg is not None:
            self.items.append(("seg", data, *self.seg))
        else:
            self.items.append(("text", data))


def parse(html: str) -> Stream:
    p = Stream()
    p.feed(html)
    return p


def ids(facts):
    return {r["text"]: f"f-{r['fact_id']}" for r in facts.to_dict(orient="records")}


def test_the_page_shows_the_original_text_exactly_with_nothing_dropped(page):
    doc, facts, html = page
    text = "".join(i[1] for i in parse(html).items if i[0] in ("seg", "text"))
    assert text == RAW


def test_each_fact_has_one_focusable_anchor_right_before_its_span(page):
    doc, facts, html = page
    f = ids(facts)
    items = parse(html).items
    anchors = [i for i in items if i[0] == "anchor" and i[1].startswith("f-")]
    assert sorted(a[1] for a in anchors) == sorted(f.values())
    assert all(a[2] == "0" for a in anchors)
    first = next(
        n for n, i in enumerate(items) if i[0] == "seg" and i[1] == "Riverside Clinic" and "m-title" not in i[2]
    )
    assert [i[1] for i in items[first - 2 : first]] == [
        f["Riverside Clinic"],
        f["Riverside Clinic and Northgate College will train"],
    ]


def test_overlapping_facts_are_cut_into_segments_that_name_every_fact_covering_them(page):
    doc, facts, html = page
    f = ids(facts)
    partnership = f["Riverside Clinic and Northgate College will train"]
    segs = [(i[1], i[2]) for i in parse(html).items if i[0] == "seg" and i[1].strip()]
    body = segs[[s[0] for s in segs].index("Riverside Clinic", 1) :]
    assert body[:6] == [
        ("Riverside Clinic", {f["Riverside Clinic"], partnership}),
        (" and ", {partnership}),
        ("Northgate College", {f["Northgate College"], partnership}),
        (" will train", {partnership}),
        ("80 nurses", {f["80 nurses"]}),
        ("Lakeview", {f["Lakeview"]}),
    ]


def test_underline_levels_keep_overlapping_spans_apart():
    assert levels([(0, 10), (0, 4), (5, 8), (12, 14), (3, 13)]) == [0, 1, 1, 0, 2]


def test_lines_cleaning_drops_are_dimmed_and_metadata_has_anchors(page):
    doc, facts, html = page
    assert [RAW[s:e] for s, e in dropped_lines(doc)] == ["Back to top", "Share this article"]
    items = parse(html).items
    noise = [i[1] for i in items if i[0] == "seg" and "noise" in i[3]]
    assert noise == ["Back to top", "Share this article"]
    assert ("anchor", "m-title", None) in items
    title = [i[1] for i in items if i[0] == "seg" and "m-title" in i[2]]
    assert "".join(title) == RAW.splitlines()[1]


def test_tooltips_list_the_facts_fields_escaped(page):
    doc, facts, html = page
    f = ids(facts)
    tips = parse(html).tips
    person = tips["t-" + f["Ana Pires"]]
    assert person.startswith("person name: Ana Pires role: Director affiliation: Riverside Clinic")
    amount = tips["t-" + f["80 nurses"]]
    assert (
        "value: 80" in amount and "unit: count" in amount and "object: nurses" in amount and "place: Lakeview" in amount
    )
    assert "parties: A; B" in tips["t-" + f["Riverside Clinic and Northgate College will train"]]
    assert html.count("<script") == 1  # the page's own
    assert "<img src=x" not in html and "<b>plan</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; grow" in html


def test_the_facts_table_matches_the_facts_file_row_for_row(page):
    doc, facts, html = page
    assert parse(html).rows == list(facts["fact_id"])
    assert "organization (2)" in html and "quote (1)" in html


def test_an_article_without_facts_says_so():
    doc = make_document("empty", Path("empty.txt"), "A short note without names.\n", "1" * 64)
    html = article_page(doc, facts_frame([]))
    assert "No fact was extracted from this article." in html
    assert "".join(i[1] for i in parse(html).items if i[0] in ("seg", "text")) == "A short note without names.\n"


@pytest.mark.browser
def test_hostile_text_is_inert_and_tooltips_links_and_sorting_work_in_chromium(page, tmp_path):
    from playwright.sync_api import sync_playwright

    from analysis.assemble.render import CHROMIUM_ARGS

    doc, facts, html = page
    f = ids(facts)
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            pg = browser.new_page()
            dialogs, errors = [], []
            pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.goto(path.as_uri() + "#" + f["Riverside Clinic and Northgate College will train"], wait_until="load")
            pg.wait_for_timeout(300)
            assert dialogs == [] and errors == []
            assert pg.evaluate("document.querySelectorAll('img, [onerror], b').length") == 0
            assert pg.evaluate("[...document.scripts].filter(s => s.textContent.includes('alert')).length") == 0
            text = pg.evaluate("document.body.innerText")
            assert "<script>alert(1)</script> & grow" in text and DOC_ID in text
            hit = pg.evaluate("[...document.querySelectorAll('.seg.hit')].map(s => s.textContent).join('')")
            assert hit == "Riverside Clinic and Northgate College will train"
            tip = "#t-" + f["Ana Pires"]
            assert pg.eval_on_selector(tip, "t => getComputedStyle(t).display") == "none"
            pg.focus("#" + f["Ana Pires"])
            assert pg.eval_on_selector(tip, "t => getComputedStyle(t).display") == "block"
            assert "role: Director" in pg.inner_text(tip)
            starts = "[...document.querySelectorAll('table.facts tbody tr')].map(r => Number(r.cells[3].textContent))"
            before = pg.evaluate(starts)
            pg.click("table.facts th:nth-child(4) button")
            pg.click("table.facts th:nth-child(4) button")
            assert pg.evaluate(starts) == sorted(before, reverse=True)
        finally:
            browser.close()


def test_every_kind_of_fact_has_its_own_colour_and_class():
    """The colours are written from the one list of kinds: a new kind gets a colour without touching the CSS."""
    from analysis.assemble.articles import PALETTE, kind_css
    from analysis.extract import KINDS

    css = kind_css()
    colours = {}
    for kind in KINDS:
        assert f".k-{kind} {{ --kc: var(--c-{kind}); }}" in css
        colours[kind] = css.split(f"--c-{kind}: ", 1)[1].split(";", 1)[0]
    assert len(set(colours.values())) == len(KINDS)
    assert css.count("--c-") == 2 * len(KINDS)  # no colour of a kind that does not exist
    assert ".k-invented { --kc: var(--c-invented); }" in kind_css((*KINDS[:3], "invented"))
    with pytest.raises(ValueError, match="add a colour"):
        kind_css(tuple(f"kind{i}" for i in range(len(PALETTE) + 1)))


def test_the_page_carries_the_colour_of_each_kind(page):
    from analysis.assemble.articles import kind_css

    assert kind_css() in page[2]
