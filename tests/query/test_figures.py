"""Figures counted once across articles, largest sums across currencies, biggest changes, key numbers one per
object, and disagreeing figures flagged."""

from factstore import fact, store_of

from analysis.query import figures, initiatives, scope


def amount(doc, start, value, unit, obj, place=None, value_to=None, sentence_start=None, **kw):
    return fact(
        doc,
        "amount",
        start,
        start + 8,
        sentence_start=start if sentence_start is None else sentence_start,
        value=value,
        value_to=value_to,
        unit=unit,
        object=obj,
        place=place,
        **kw,
    )


def open_store(tmp_path, rows, docs=None):
    s = store_of(tmp_path, rows, docs)
    scope.register(s, scope.Scope("all"))
    initiatives.register_rates(s)
    figures.register(s)
    return s


def test_sums_compare_across_currencies_and_repeats_count_once(tmp_path):
    rows = [
        amount("a", 10, 300_000_000.0, "CNY", "a new hospital"),  # about 34 million pounds
        amount("a", 100, 50_000_000.0, "GBP", "research funding"),
        amount("b", 10, 50_000_000.0, "GBP", "research funding"),  # the same sum in another article
        amount("b", 100, 2_000_000.0, "USD", "scholarships"),
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["after"], r["unit"], r["n_articles"]) for r in figures.largest_sums(s, 5)]
    assert got == [(50_000_000.0, "GBP", 2), (300_000_000.0, "CNY", 1), (2_000_000.0, "USD", 1)]


def test_changes_ranked_by_relative_size(tmp_path):
    rows = [
        amount("a", 10, 48.0, "count", "community clinics", value_to=88.0),  # +83.3%
        amount("a", 100, 1200.0, "count", "beds", value_to=1500.0),  # +25%
        amount("a", 200, 10.0, "percent", "out-of-pocket share", value_to=8.0),  # points, not a relative change
    ]
    with open_store(tmp_path, rows) as s:
        got = [(r["object"], r["before"], r["after"], r["pct"]) for r in figures.biggest_changes(s, 5)]
    assert got == [("community clinics", 48.0, 88.0, 83.3), ("beds", 1200.0, 1500.0, 25.0)]


def test_key_numbers_one_per_object_and_disagreements(tmp_path):
    docs = [
        {"doc_id": "a", "file": "a.txt", "n_chars": 900, "published": "2023-05-01"},
        {"doc_id": "b", "file": "b.txt", "n_chars": 900, "published": "2023-07-01",
         "title": "Eastbay adds 3,600 general practitioners", "title_start": 0, "title_end": 40},
    ]  # fmt: skip
    rows = [
        amount("a", 100, 3500.0, "count", "general practitioners", place="Eastbay"),
        amount("b", 5, 3600.0, "count", "general practitioners", place="Eastbay", sentence_start=0),
        amount("b", 100, 20.0, "count", "the new clinics", place="Eastbay"),
    ]
    with open_store(tmp_path, rows, docs) as s:
        keys = [(r["object_key"], r["after"]) for r in figures.key_numbers(s, 5)]
        bad = figures.inconsistent(s, 5)
    # the headline figure wins for its object; the clinics keep their own row
    assert keys == [("general practitioners", 3600.0), ("new clinics", 20.0)]
    assert [(b["a_value"], b["b_value"], b["year"]) for b in bad] in (
        [(3500.0, 3600.0, 2023)],
        [(3600.0, 3500.0, 2023)],
    )


def test_who_pays_or_signs_comes_from_the_sentence(tmp_path):
    rows = [
        amount("a", 100, 5_000_000.0, "GBP", "a training fund", sentence_start=80),
        fact("a", "organization", 82, 102, sentence_start=80, name="Westmoor Council"),
        fact("a", "partnership", 110, 116, sentence_start=80, parties=["Westmoor Council", "Eastbay Hospital"],
             party_ids=["org:westmoor-council", "org:eastbay-hospital"]),
        amount("a", 300, 20.0, "count", "nurses", sentence_start=290),
        fact("a", "organization", 310, 325, sentence_start=290, name="Eastbay Hospital"),
    ]  # fmt: skip
    with open_store(tmp_path, rows) as s:
        ids = {r["object"]: r["fact_id"] for r in figures.key_numbers(s, 5)}
        who = figures.sentence_parties(s, list(ids.values()))
    assert who[ids["a training fund"]] == ["Westmoor Council", "Eastbay Hospital"]
    assert who[ids["nurses"]] == ["Eastbay Hospital"]
