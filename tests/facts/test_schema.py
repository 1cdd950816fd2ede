"""The facts schema's vocabularies are the ones the rest of the package uses: one list of kinds (from extraction),
of organisation types and of jurisdictions, with nothing elsewhere that disagrees."""

from analysis.extract import KINDS
from analysis.facts import attributes, schema
from analysis.facts.schema import CONTRACT_FIELDS, JURISDICTIONS, KEY_FIELDS, ORG_TYPES, SCHEMA
from analysis.resources import table


def test_every_kind_has_its_contract_and_key_fields_and_no_other_kind_does():
    assert schema.KINDS is KINDS
    assert tuple(CONTRACT_FIELDS) == KINDS
    assert tuple(KEY_FIELDS) == KINDS
    for c in SCHEMA:
        assert set(c.kinds) <= set(KINDS), c.name
    for kind, fields in CONTRACT_FIELDS.items():
        for f in fields:
            column = next(c for c in SCHEMA if c.name == f)
            assert not column.kinds or kind in column.kinds, (kind, f)


def test_the_kind_column_says_every_kind():
    meaning = next(c.meaning for c in SCHEMA if c.name == "kind")
    assert meaning == "One of: " + ", ".join(KINDS) + "."


def test_the_labels_the_lexicons_give_are_the_schemas():
    """A type or jurisdiction a lexicon assigns must be one the schema (and so the reports) knows."""
    assert {row[1] for row in table("org_types.tsv")} - {"-"} <= set(ORG_TYPES)
    assert {label for _, label in table("jurisdictions.tsv")} <= set(JURISDICTIONS)
    assert {row[1] for row in table("org_registry.tsv")} <= set(JURISDICTIONS)
    assert {row[1] for row in table("org_system_words.tsv")} <= set(JURISDICTIONS)


def test_decisions_use_the_schemas_vocabularies():
    decided = attributes.decide({"org:x": [{}], "org:y": [{"type": ("hospital", "Hospital")}]})
    assert {d[0] for d in decided.values()} <= set(ORG_TYPES)
    assert {d[1] for d in decided.values()} <= set(JURISDICTIONS)
    # nothing said: a name of its own words alone is a company's (`attributes.NO_TYPE_WORD`), placed nowhere
    assert decided["org:x"][:2] == ("company", "unknown")
    assert (ORG_TYPES[-1], JURISDICTIONS[-1]) == ("other", "unknown")
