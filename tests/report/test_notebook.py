"""What a notebook opens: parameters checked, the corpus, and its facts (extracted, or read from a facts file)."""

import pytest
from paths import FIXTURES

from analysis.errors import ParameterError
from analysis.facts import export
from analysis.facts.table import facts_for
from analysis.ingest.corpus import load_corpus
from analysis.report.notebook import open_report

CORPUS = FIXTURES / "corpus"


def test_facts_read_back_from_parquet_are_the_extracted_facts(tmp_path):
    facts = facts_for(load_corpus(CORPUS))
    path = tmp_path / "facts.parquet"
    path.write_bytes(export.parquet_bytes(facts))
    r = open_report("01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(path)}, set())
    assert r.facts.equals(facts)


def test_a_missing_facts_file_is_named(tmp_path):
    with pytest.raises(ParameterError) as err:
        open_report(
            "01-corpus-overview", {"corpus_dir": str(CORPUS), "facts_file": str(tmp_path / "no.parquet")}, set()
        )
    assert "facts_file" in str(err.value) and "no.parquet" in str(err.value)
