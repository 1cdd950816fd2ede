"""Entity profile on hand-written facts: choosing the entity, what is said around it."""

import handmade
from handmade import plain

from analysis.facts.schema import facts_frame
from analysis.report import entity_profile as profile


def test_resolve_by_id_name_case_and_default():
    f = handmade.facts()
    assert profile.resolve(f)["name"] == "Shenzhen"
    assert profile.resolve(f, kind="organization")["name"] == "Shenzhen Harbour Hospital"
    assert profile.resolve(f, "person:helen-marsh")["name"] == "Helen Marsh"
    assert profile.resolve(f, "WESTBROOK  university")["key"] == "org:westbrook-university"
    assert profile.resolve(f, "nobody") is None
    assert profile.resolve(facts_frame([])) is None


def test_organisation_profile():
    r = handmade.report("04-entity-profile", entity="Westbrook University")
    facts, p = profile.select_profile(r)
    assert p.kind == "organization" and p.doc_ids == [handmade.G]
    assert r.params["title"] == "Profile: Westbrook University"
    assert plain(profile.summary_html(r, p)) == (
        "Westbrook University is an organisation that appears in one of two articles, twice in all."
    )
    assert [x["name"] for x in profile.people_of(r, facts, p, 10)] == ["Helen Marsh"]
    assert [x["initiative"] for x in profile.partnership_rows(r, facts, p, 10)] == [
        "UK-China Stroke Rehabilitation Centre"
    ]
    assert [x["speaker"] for x in profile.quote_rows(r, facts, p, 10)] == ["Helen Marsh"]


def test_place_profile_collects_dates_and_amounts_of_its_sentences():
    r = handmade.report("04-entity-profile", entity="place:shenzhen")
    facts, p = profile.select_profile(r)
    assert plain(profile.summary_html(r, p)) == (
        "Shenzhen is a place that appears in one of two articles, twice in all. "
        "The dates stated in sentences that mention it are all 8 October 2024."
    )
    assert sorted(p.context[p.context["kind"] == "amount"]["value"]) == []
    fig, data = profile.mentions_chart(p)
    assert data.to_dict(orient="list") == {"doc_id": [handmade.G], "mentions": [2]}


def test_person_profile_and_date_limits():
    r = handmade.report("04-entity-profile", entity="Liang Wenjie")
    facts, p = profile.select_profile(r)
    assert plain(profile.summary_html(r, p)) == (
        "Liang Wenjie is a person that appears in one of two articles, once in all. "
        "The articles give the position President, Shenzhen Harbour Hospital."
    )
    r = handmade.report("04-entity-profile", entity="Shenzhen", date_from="2025")
    facts, p = profile.select_profile(r)
    assert "October" not in profile.summary_html(r, p)


def test_not_found():
    assert (
        profile.not_found_text("x", facts_frame([]))
        == "The corpus has no extracted organisations, people or places to profile."
    )
    assert "called 'Atlantis'" in profile.not_found_text("Atlantis", handmade.facts())
