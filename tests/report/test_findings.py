"""Key findings on hand-written fact tables: each claim, its threshold and its ranking, written out by hand."""

import handmade
import pandas as pd
from handmade import G_S1, SHH, WU, ZMHB, G, marks, plain

from analysis.facts.schema import facts_frame
from analysis.report import findings, timeline
from analysis.report.amounts import amounts
from analysis.report.partnerships import partnerships
from analysis.report.sides import bodies


def _with(extra: list[dict]) -> pd.DataFrame:
    """The hand-made facts plus hand-written partnerships on the first gamma sentence."""
    base = handmade.with_attributes(handmade.rows())
    raw = (handmade.CORPUS / f"{G}.txt").read_text(encoding="utf-8")
    s0 = raw.index(G_S1)
    for i, fields in enumerate(extra):
        base.append(
            dict(
                fields,
                doc_id=G,
                kind="partnership",
                text="signed",
                start=s0 + 30 + i,
                end=s0 + 36 + i,
                sentence=G_S1,
                sentence_start=s0,
                sentence_end=s0 + len(G_S1),
                extractor="tests.handmade",
            )
        )
    return facts_frame(base)


def test_partnership_fields_names_the_leading_field_and_its_uk_universities():
    facts = _with(
        [
            {"parties": [WU, ZMHB], "field": "education and training"},
            {"parties": [WU, SHH], "field": "education and training"},
            {"parties": [WU, "Health Bureau of Macao"], "field": "education and training"},
        ]
    )
    r = handmade.report(facts_df=facts, focus="all")
    f = findings.partnership_fields(r, partnerships(facts), bodies(facts))
    assert f.support == 5
    assert plain(f.render()) == (
        "Three of five partnerships with a stated field are in education and training, three "
        "of them with a UK university as a partner; next come clinical services (two)."
    )


def test_no_field_finding_from_too_few_partnerships():
    facts = handmade.facts()  # two partnerships
    r = handmade.report(facts_df=facts, focus="all")
    assert findings.partnership_fields(r, partnerships(facts), bodies(facts)) is None


def test_sides_pairing_counts_cross_side_and_chinese_only_partnerships():
    facts = handmade.facts()
    r = handmade.report(facts_df=facts, focus="all")
    f = findings.sides_pairing(r, partnerships(facts), bodies(facts))
    assert plain(f.render()) == (
        "One of two partnerships joins a UK and a Chinese party; one is between Chinese bodies only."
    )


def test_side_types_needs_two_bodies_of_known_type_on_a_side():
    facts = handmade.facts()
    r = handmade.report(facts_df=facts, focus="all")
    f = findings.side_types(r, list(bodies(facts).values()))
    assert plain(f.render()) == (
        "On the Chinese side the bodies named are mostly government bodies (two of three, such "
        "as Zhuhai Municipal Health Bureau and Health Bureau of Macao)."
    )


def test_largest_sum_compares_with_the_next_in_the_same_currency():
    facts = handmade.facts()
    r = handmade.report(facts_df=facts, focus="all")
    f = findings.largest_sums(r, amounts(facts))
    text = f.render()
    assert plain(text) == (
        "The largest of two sums in CNY is 45 million yuan (hospital investment over five years), "
        "5.3 times the next largest (8.5 million yuan)."
    )
    assert len(marks(text)) == 2


def test_a_single_change_is_no_finding():
    facts = handmade.facts()
    r = handmade.report(facts_df=facts, focus="all")
    assert findings.largest_change(r, amounts(facts)) is None


def test_findings_are_ranked_by_support_and_cited_in_reading_order():
    calls = []

    def make(topic, support):
        return findings.Finding(topic, support, lambda: calls.append(topic) or topic)

    out = findings.ranked([make("a", 2), None, make("b", 5), make("c", 2)], limit=2)
    assert [f.topic for f in out] == ["b", "a"]
    assert calls == []  # nothing is rendered (or cited) before it is shown
    assert findings.section_html(out, "none") == '<section class="key-findings"><ul><li>b</li><li>a</li></ul></section>'
    assert calls == ["b", "a"]
    assert "none" in findings.section_html([], "none")


def test_timeline_span_names_the_busiest_years_only_when_there_is_one():
    r = handmade.report(focus="all")
    evs = timeline.events(handmade.facts())
    assert [e["date"] for e in evs] == ["2023-05-15", "2024-10-08", "2025-03"]
    assert plain(findings.timeline_span(r, evs).render()) == "Dated events run from 2023 to 2025."
    tied = [dict(e, date=d) for e, d in zip(evs * 2, ["2020", "2020", "2021", "2021", "2019", "2022"])]
    assert plain(findings.timeline_span(r, tied).render()) == (
        "Dated events run from 2019 to 2022; the busiest years are 2020 and 2021 (two each)."
    )
    assert findings.timeline_span(r, evs[:2]) is None  # two events are too few to say how they spread
