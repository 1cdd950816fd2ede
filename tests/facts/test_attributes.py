"""Organisation attributes decided once per entity, on hand-written cues."""

import pandas as pd

from analysis.facts.attributes import apply, collect, decide, placed_name
from analysis.facts.entities import entity_id, entity_table


def org(name, type_=None, *cues, doc="a"):
    return {
        "kind": "organization",
        "name": name,
        "doc_id": doc,
        "org_cues": {"type": type_, "jurisdiction": list(cues)},
    }


def cue(level, label, evidence="w"):
    return {"level": level, "label": label, "evidence": evidence}


def test_name_cue_beats_context_and_setting():
    rows = [
        org("Harbin Nursing College", ["university", "College"], cue("context", "UK"), cue("setting", "UK")),
        org("Harbin Nursing College", ["university", "College"], cue("name", "mainland China", "Harbin")),
    ]
    ((t, j, ev),) = decide(collect(rows)).values()
    assert (t, j) == ("university", "mainland China")
    assert "Harbin" in ev and "College" in ev


def test_registry_beats_branch_and_branch_beats_owner():
    rows = [
        org("Eastmoor University", ["university", "University"], cue("name", "UK", "in Leeds")),
        org(
            "Harbin Eye Centre",
            ["university", "Centre"],
            {"level": "owner", "parent": "Eastmoor University", "evidence": "Eastmoor University's"},
            cue("branch", "mainland China", "Harbin"),
        ),
        org("Tollan Hospital", ["hospital", "Hospital"], cue("name", "UK", "Wales"), cue("known", "Hong Kong", "list")),
    ]
    d = decide(collect(rows))
    assert d[entity_id("organization", "Harbin Eye Centre")][1] == "mainland China"
    assert "where the branch is based" in d[entity_id("organization", "Harbin Eye Centre")][2]
    assert d[entity_id("organization", "Tollan Hospital")][1] == "Hong Kong"


def test_majority_within_a_level_then_label_order():
    rows = [org("Kelvin Medtech Ltd", ["company", "Ltd"], cue("context", "Hong Kong"))] * 2
    rows += [org("Kelvin Medtech Ltd", ["company", "Ltd"], cue("context", "UK"))]
    assert decide(collect(rows))[entity_id("organization", "Kelvin Medtech Ltd")][1] == "Hong Kong"
    tie = [
        org("Kelvin Medtech Ltd", None, cue("context", "Macao")),
        org("Kelvin Medtech Ltd", None, cue("context", "UK")),
    ]
    assert decide(collect(tie))[entity_id("organization", "Kelvin Medtech Ltd")][:2] == ("company", "UK")


def test_no_cue_is_unknown_and_a_name_of_its_own_words_alone_a_company():
    d = decide(collect([org("Tollan Works")]))
    assert d[entity_id("organization", "Tollan Works")][:2] == ("company", "unknown")


def test_owner_gives_its_jurisdiction_and_type_to_a_part():
    rows = [
        org("Eastmoor University", ["university", "University"], cue("context", "UK", "in Leeds")),
        org("Africa Centre", None, {"level": "owner", "parent": "Eastmoor University", "evidence": "the University's"}),
    ]
    d = decide(collect(rows))[entity_id("organization", "Africa Centre")]
    assert d[:2] == ("university", "UK")


def test_owner_with_unknown_jurisdiction_falls_through():
    rows = [
        org("Eastmoor University", ["university", "University"]),
        org(
            "Africa Centre",
            None,
            {"level": "owner", "parent": "Eastmoor University", "evidence": "x"},
            cue("name", "other"),
        ),
    ]
    assert decide(collect(rows))[entity_id("organization", "Africa Centre")][1] == "other"


def test_owner_cycle_does_not_loop():
    rows = [
        org("Alpha Institute", None, {"level": "owner", "parent": "Beta Institute", "evidence": "x"}),
        org("Beta Institute", None, {"level": "owner", "parent": "Alpha Institute", "evidence": "y"}),
    ]
    assert {v[1] for v in decide(collect(rows)).values()} == {"unknown"}


def test_every_row_of_the_entity_and_the_entity_table_carry_the_decision():
    facts = pd.DataFrame(
        [
            {"kind": "organization", "name": "Kelvin Medtech Ltd", "doc_id": "a", "text": "Kelvin Medtech Ltd"},
            {"kind": "organization", "name": "Kelvin Medtech Ltd", "doc_id": "b", "text": "Kelvin Medtech Ltd"},
            {"kind": "person", "name": "Ann Lee", "doc_id": "a", "text": "Ann Lee"},
        ]
    )
    facts["entity_id"] = [entity_id(k, n) for k, n in zip(facts["kind"], facts["name"])]
    decisions = decide(collect([org("Kelvin Medtech Ltd", ["company", "Ltd"], cue("context", "Macao"))]))
    out = apply(facts, decisions)
    assert list(out["jurisdiction"].fillna("-")) == ["Macao", "Macao", "-"]
    table = entity_table(out).set_index("name")
    assert table.loc["Kelvin Medtech Ltd", "org_type"] == "company"
    assert pd.isna(table.loc["Ann Lee", "jurisdiction"])


def test_a_part_of_a_body_takes_its_owner_type_unless_it_gives_care():
    rows = [
        org("Eastmoor University", ["university", "University"]),
        org(
            "Eastgate Department of Medicine",
            ["government", "Department"],
            {"level": "owner", "parent": "Eastmoor University", "evidence": "Eastmoor University's"},
        ),
        org(
            "Eastmoor Dental Clinic",
            ["hospital", "Clinic"],
            {"level": "owner", "parent": "Eastmoor University", "evidence": "Eastmoor University's"},
        ),
    ]
    d = decide(collect(rows))
    assert d[entity_id("organization", "Eastgate Department of Medicine")][0] == "university"
    assert d[entity_id("organization", "Eastmoor Dental Clinic")][0] == "hospital"


def test_the_sentence_types_a_name_without_a_head_word():
    rows = [dict(org("Fairway Mutual"), org_cues={"type": None, "type_context": [["company", "insurers such as"]]})]
    t, _, ev = decide(collect(rows))[entity_id("organization", "Fairway Mutual")]
    assert t == "company" and "insurers such as" in ev
    headed = [
        dict(
            org("Tollan Clinic"),
            org_cues={"type": ["hospital", "Clinic"], "type_context": [["company", "a maker"]], "jurisdiction": []},
        )
    ]
    assert decide(collect(headed))[entity_id("organization", "Tollan Clinic")][0] == "hospital"


def test_a_body_of_states_without_a_head_word_is_no_business():
    rows = [org("World Kidney Organisation", None, cue("international", "other", "World"))]
    t, j, ev = decide(collect(rows))[entity_id("organization", "World Kidney Organisation")]
    assert (t, j) == ("other", "other") and "World" in ev
    t, _, _ = decide(collect([org("Tollan Skylink", None)]))[entity_id("organization", "Tollan Skylink")]
    assert t == "company"


def test_generic_names_hold_only_head_field_and_level_words():
    from analysis.facts.attributes import generic

    for name in ("the Transport Bureau", "Department of Transport", "Food and Transport Bureau", "the SAR Government"):
        assert generic(name), name
    for name in ("Westbrook Transport Bureau", "Transport Bureau of Westbrook", "Tollan Works", "WTB", ""):
        assert not generic(name), name


def _two_articles(name):
    """One article set in Hong Kong, one in Macao, each naming `name`; the Hong Kong one twice."""
    rows = [
        org(name, ["government", "Bureau"], cue("setting", "Hong Kong"), doc="hk"),
        org(name, ["government", "Bureau"], cue("context", "Hong Kong", "in Hong Kong"), doc="hk"),
        org(name, ["government", "Bureau"], cue("setting", "Macao"), doc="mo"),
        org(name, ["government", "Bureau"], doc="plain"),
    ]
    facts = pd.DataFrame(
        [{"kind": "organization", "name": r["name"], "doc_id": r["doc_id"], "text": r["name"]} for r in rows]
    )
    facts["entity_id"] = [entity_id("organization", n) for n in facts["name"]]
    return apply(facts, decide(collect(rows)))


def test_a_generic_name_takes_each_articles_own_jurisdiction():
    out = _two_articles("the Transport Bureau")
    # "plain" has no cue of its own and names no place in Hong Kong: the corpus-wide decision is not its
    assert list(out["jurisdiction"]) == ["Hong Kong", "Hong Kong", "Macao", "unknown"]
    assert "in this article" in out["attribute_evidence"].iloc[2]
    assert "which names no place in Hong Kong" in out["attribute_evidence"].iloc[3]
    assert set(out["org_type"]) == {"government"}
    # each place's bureau is an entity of its own; one no article places keeps the plain id
    assert list(out["entity_id"]) == ["org:transport-bureau@hong-kong"] * 2 + ["org:transport-bureau@macao",
                                                                           "org:transport-bureau"]  # fmt: skip
    assert list(entity_table(out)["jurisdiction"]) == ["Hong Kong", "unknown", "Macao"]  # ties: by id


def test_a_partnerships_party_ids_take_the_articles_own_entity_of_a_generic_name():
    rows = [
        org("Health Bureau", ["government", "Bureau"], cue("context", "Macao", "Macao's"), doc="mo"),
        org("Health Bureau", ["government", "Bureau"], doc="plain"),
    ]
    ids = [["org:health-bureau", "org:tollan-university"], ["org:health-bureau"]]
    facts = pd.DataFrame({"kind": "partnership", "doc_id": ["mo", "plain"], "name": None, "party_ids": ids})
    facts["entity_id"] = None
    out = apply(facts, decide(collect(rows)))
    assert list(out["party_ids"]) == [["org:health-bureau@macao", "org:tollan-university"], ["org:health-bureau"]]


def test_a_named_body_is_decided_once_across_articles():
    out = _two_articles("Westbrook Transport Bureau")
    assert set(out["jurisdiction"]) == {"Hong Kong"}


def test_a_short_form_takes_the_full_names_base_unless_its_own_context_places_it():
    short = {"level": "short", "parent": "Orrin Diagnostics Ltd", "evidence": "short for it"}
    rows = [
        org("Orrin Diagnostics Ltd", ["company", "Ltd"], cue("context", "UK", "a Leeds-based maker")),
        org("Orrin", None, short),
        org("Tarn", None, short, cue("context", "other")),
    ]
    d = decide(collect(rows))
    assert d[entity_id("organization", "Orrin")][:2] == ("company", "UK")
    assert d[entity_id("organization", "Tarn")][1] == "other"


def test_a_tally_keeps_counts_and_the_first_evidence_of_each_label():
    from analysis.facts.attributes import Tally
    from analysis.facts.schema import JURISDICTIONS

    t = Tally()
    for label, ev in [("Macao", "m1"), ("UK", "u1"), ("Macao", "m2"), ("UK", "u2")]:
        t.add(label, ev)
    t.add("Hong Kong", "h1", 2)
    assert list(t.items()) == [("Macao", [2, "m1"]), ("UK", [2, "u1"]), ("Hong Kong", [2, "h1"])]
    assert t.vote(JURISDICTIONS) == ("UK", "u1")  # a three-way tie: the first in the schema's order
    t.add("Macao", "m3")
    assert t.vote(JURISDICTIONS) == ("Macao", "m1")
    assert Tally({"Wessex": [1, "w"], "Avalon": [1, "a"]}).vote(JURISDICTIONS) == ("Avalon", "a")  # unlisted: by name


def _decided(rows, name, batch=2):
    """The decision for `name`, its rows folded `batch` at a time, as the streamed run folds them."""
    cues = {}
    for i in range(0, len(rows), batch):
        collect(rows[i : i + batch], into=cues)
    assert decide(cues) == decide(collect(rows))
    return decide(cues)[entity_id("organization", name)]


def test_a_tie_within_a_level_goes_to_the_first_jurisdiction_in_the_schemas_order():
    rows = [
        org("Kelvin Medtech Ltd", None, cue("context", "Macao", "a Macao firm")),
        org("Kelvin Medtech Ltd", None, cue("context", "Hong Kong", "a Hong Kong firm")),
        org("Kelvin Medtech Ltd", None, cue("context", "Macao", "in Macao")),
        org("Kelvin Medtech Ltd", None, cue("context", "Hong Kong", "in Hong Kong"), cue("setting", "UK")),
    ]
    assert _decided(rows, "Kelvin Medtech Ltd") == (
        "company",
        "Hong Kong",
        "org_type company from no type word in the name: a business's own name; jurisdiction Hong Kong from around"
        " the name: 'a Hong Kong firm'",
    )


def test_the_evidence_is_the_first_item_of_the_winning_label_when_a_later_label_ties():
    rows = [
        org("Tollan Clinic", ["hospital", "Clinic"], cue("context", "Macao", "near Macao")),
        org("Tollan Clinic", ["company", "Ltd"], cue("context", "UK", "in Leeds")),
        org("Tollan Clinic", ["company", "Ltd"], cue("context", "UK", "Leeds-based")),
        org("Tollan Clinic", ["hospital", "Centre"], cue("context", "Macao", "Macao's")),
    ]
    assert _decided(rows, "Tollan Clinic") == (
        "hospital",
        "UK",
        "org_type hospital from head word 'Clinic'; jurisdiction UK from around the name: 'in Leeds'",
    )


def test_a_stated_owner_counts_once_per_cue_and_its_items_come_first():
    owner = {"level": "owner", "parent": "Eastmoor University", "evidence": "the University's"}
    rows = [
        org("Eastmoor University", ["university", "University"], cue("context", "Macao", "in Macao")),
        org("Africa Centre", None, cue("owner", "UK", "Leeds's")),
        org("Africa Centre", None, owner),
        org("Africa Centre", None, owner, cue("context", "UK", "in Leeds")),
    ]
    # owner level: Macao twice (through the University's decision), UK once
    assert _decided(rows, "Africa Centre", batch=1) == (
        "university",
        "Macao",
        "org_type university from part of Eastmoor University; "
        "jurisdiction Macao from stated owner: the University's (around the name: 'in Macao')",
    )
    later = [rows[0], org("Africa Centre", None, cue("owner", "Macao", "Macao's")), rows[2]]
    # the owner's item comes before the labels' though its mention came later
    assert _decided(later, "Africa Centre")[2].endswith("stated owner: the University's (around the name: 'in Macao')")


def test_a_generic_name_is_decided_in_each_article_from_that_articles_cues_alone():
    rows = [
        org("the Health Bureau", ["government", "Bureau"], cue("setting", "Hong Kong", "Hong Kong"), doc="a"),
        org("Health Bureau", ["government", "Bureau"], cue("context", "Macao", "Macao's"), doc="b"),
        org("the Health Bureau", ["government", "Bureau"], cue("context", "Macao", "in Macao"), doc="b"),
        org("the Health Bureau", ["government", "Bureau"], doc="c"),
    ]
    eid = entity_id("organization", "Health Bureau")
    cues = {}
    for r in rows:
        collect([r], into=cues)
    d = decide(cues)
    head = "org_type government from head word 'Bureau'; jurisdiction"
    assert d[eid] == ("government", "Macao", f"{head} Macao from around the name: 'Macao's'")
    setting = "the article's setting: 'Hong Kong' in this article"
    assert d[(eid, "a")] == ("government", "Hong Kong", f"{head} Hong Kong from {setting}")
    assert d[(eid, "b")] == ("government", "Macao", f"{head} Macao from around the name: 'Macao's' in this article")
    # no cue of its own: the corpus-wide decision where the article names a place of it, else none
    assert d[(eid, "c")] == ("government", "unknown", f"{head} unknown from no cue in this article, which names no "
                             "place in Macao")  # fmt: skip
    collect([{"kind": "place", "name": "Macao", "doc_id": "e"}, dict(rows[3], doc_id="e")], into=cues)
    assert decide(cues)[(eid, "e")] == d[eid]
    # nor where the article names another jurisdiction's places more often: it may be that place's bureau
    hk = [{"kind": "place", "name": n, "doc_id": "f"} for n in ("Macao", "Hong Kong", "Kowloon")]
    collect([*hk, dict(rows[3], doc_id="f")], into=cues)
    assert decide(cues)[(eid, "f")] == ("government", "unknown", f"{head} unknown from no cue in this article, "
                                        "which names Hong Kong most")  # fmt: skip
    # places of a jurisdiction no article places the name in do not stand in the way
    mainland = [{"kind": "place", "name": n, "doc_id": "g"} for n in ("Macao", "Zhuhai", "Guangzhou")]
    collect([*mainland, dict(rows[3], doc_id="g")], into=cues)
    assert decide(cues)[(eid, "g")] == d[eid]
    named = decide(collect([dict(r, name="Tollan Health Bureau") for r in rows]))
    assert list(named) == [entity_id("organization", "Tollan Health Bureau")]  # a name of its own: once for all


def test_a_government_body_named_with_its_whole_jurisdiction_is_the_generic_body_placed_there():
    # Macao is a jurisdiction of its own: its named bureau is the bureau an article places there
    rows = [
        org("Health Bureau", ["government", "Bureau"], cue("context", "Macao", "Macao's"), doc="a"),
        org("Macao Health Bureau", ["government", "Bureau"], cue("name", "Macao", "Macao"), doc="b"),
        org("Health Bureau of the Macao SAR Government", ["government", "Bureau"], cue("name", "Macao"), doc="c"),
        # Guangzhou is a city of a larger jurisdiction; a hospital is no government body
        org("Guangzhou Health Bureau", ["government", "Bureau"], cue("name", "mainland China", "Guangzhou"), doc="d"),
        org("Macao Central Hospital", ["hospital", "Hospital"], cue("name", "Macao", "Macao"), doc="e"),
    ]
    facts = pd.DataFrame(
        [{"kind": "organization", "name": r["name"], "doc_id": r["doc_id"], "text": r["name"]} for r in rows]
    )
    facts["entity_id"] = [entity_id("organization", n) for n in facts["name"]]
    out = apply(facts, decide(collect(rows)))
    assert list(out["entity_id"]) == ["org:health-bureau@macao"] * 3 + [
        "org:guangzhou-health-bureau",
        "org:macao-central-hospital",
    ]
    assert placed_name("Hong Kong's Transport Department") == ("Transport Department", "Hong Kong")
    assert placed_name("Westbrook City Transport Bureau") is None


def test_a_stated_seat_beats_the_two_jurisdictions_a_name_joins():
    rows = [
        org("Anglo-Westland Consortium", ["association", "Consortium"], cue("name", "other", "Anglo-Westland")),
        org("Anglo-Westland Consortium", ["association", "Consortium"], cue("seat", "UK", "Its secretariat ...")),
    ]
    ((t, j, ev),) = decide(collect(rows)).values()
    assert j == "UK" and "the seat the text states" in ev


def test_an_untyped_owner_gives_no_type_to_its_part():
    rows = [
        org("Tollan Skylink", None, cue("context", "UK", "in Leeds")),
        org("Skylink Programme", None, {"level": "owner", "parent": "Tollan Skylink", "evidence": "Tollan's"}),
    ]
    d = decide(collect(rows))
    assert d[entity_id("organization", "Tollan Skylink")][0] == "company"
    assert d[entity_id("organization", "Skylink Programme")][:2] == ("company", "UK")
