"""Canonical entities across documents."""

import pandas as pd

from analysis.facts.entities import assign_entity_ids, entity_id, entity_table
from analysis.facts.schema import facts_frame


def _rows():
    return [
        {
            "doc_id": "a",
            "kind": "organization",
            "text": "the University of Eastport",
            "start": 0,
            "end": 5,
            "name": "the University of Eastport",
        },
        {"doc_id": "b", "kind": "organization", "text": "UEP", "start": 0, "end": 3, "name": "University of Eastport"},
        {"doc_id": "a", "kind": "place", "text": "Macau", "start": 9, "end": 14, "name": "Macau"},
        {"doc_id": "b", "kind": "place", "text": "Macao", "start": 9, "end": 14, "name": "Macao"},
        {"doc_id": "b", "kind": "place", "text": "Britain", "start": 20, "end": 27, "name": "Britain"},
        {"doc_id": "b", "kind": "place", "text": "UK", "start": 30, "end": 32, "name": "UK"},
        {"doc_id": "a", "kind": "person", "text": "Ann Lee", "start": 40, "end": 47, "name": "Ann Lee"},
        {"doc_id": "a", "kind": "amount", "text": "5", "start": 50, "end": 51, "value": 5, "unit": "count"},
    ]


def test_variants_share_ids():
    df = assign_entity_ids(facts_frame(_rows()))
    ids = dict(zip(df["text"], df["entity_id"]))
    assert ids["the University of Eastport"] == ids["UEP"] == "org:university-of-eastport"
    assert ids["Macau"] == ids["Macao"]
    assert ids["Britain"] == ids["UK"]
    assert ids["Ann Lee"] == "person:ann-lee"
    assert pd.isna(ids["5"])


def test_entity_table_is_sorted_and_complete():
    df = assign_entity_ids(facts_frame(_rows()))
    t = entity_table(df)
    assert list(t.columns) == [
        "entity_id",
        "kind",
        "name",
        "variants",
        "doc_ids",
        "n_docs",
        "mentions",
        "org_type",
        "jurisdiction",
        "attribute_evidence",
    ]
    ranks = list(zip(t["n_docs"], t["mentions"]))
    assert ranks == sorted(ranks, reverse=True)  # most articles first, then most mentions
    uni = t[t["entity_id"] == "org:university-of-eastport"].iloc[0]
    assert uni["name"] == "University of Eastport" and uni["doc_ids"] == ["a", "b"] and uni["n_docs"] == 2
    assert entity_table(facts_frame(_rows())).equals(t)  # ids are assigned when missing


def test_entity_table_lists_the_first_articles_and_counts_them_all(monkeypatch):
    from analysis.facts import entities

    monkeypatch.setattr(entities, "DOC_IDS_LISTED", 1)
    t = entity_table(assign_entity_ids(facts_frame(_rows())))
    uni = t[t["entity_id"] == "org:university-of-eastport"].iloc[0]
    assert uni["doc_ids"] == ["a"] and uni["n_docs"] == 2


def test_a_body_named_with_its_level_after_the_place_shares_the_id_of_the_usual_order():
    assert entity_id("organization", "Health Commission of Hunan Province") == entity_id(
        "organization", "Hunan Provincial Health Commission"
    )
    assert entity_id("organization", "Education Bureau of Wuhan Municipality") == entity_id(
        "organization", "Wuhan Municipal Education Bureau"
    )
    assert entity_id("organization", "Bank of Kelby Province") == "org:bank-of-kelby-province"  # no place known
