"""Report parameters: each mistake is refused with a message that names the parameter."""

import pytest

from analysis.errors import ParameterError
from analysis.report import registry


def check(report, values, *words):
    with pytest.raises(ParameterError) as err:
        registry.validate(report, values, check_paths=False)
    msg = str(err.value)
    for w in words:
        assert w in msg
    return err.value


def test_unknown_name_lists_the_accepted_ones():
    e = check("02-china-uk-cooperation", {"topn": 3}, "'topn'", "top_n", "focus")
    assert e.where == "topn"


def test_wrong_type():
    e = check("03-gba-health-reforms", {"top_n": "5"}, "'top_n'", "int")
    assert e.where == "top_n"
    check("01-corpus-overview", {"skip_bad": 1}, "'skip_bad'", "bool")
    check("02-china-uk-cooperation", {"top_n": True}, "'top_n'")


def test_impossible_values():
    check("02-china-uk-cooperation", {"top_n": -1}, "'top_n'", "1 or more")
    check("02-china-uk-cooperation", {"top_n": 0}, "'top_n'")
    check("02-china-uk-cooperation", {"focus": "uk"}, "'focus'", "'china_uk'")
    check("03-gba-health-reforms", {"date_from": "March 2020"}, "'date_from'", "YYYY")
    check("04-entity-profile", {"entity_kind": "city"}, "'entity_kind'")


def test_date_from_after_date_to():
    e = check("02-china-uk-cooperation", {"date_from": "2024-05", "date_to": "2023"}, "date_from", "date_to")
    assert e.where == "date_from"


def test_unknown_report():
    with pytest.raises(ParameterError) as err:
        registry.validate("05-nothing", {}, check_paths=False)
    assert "05-nothing" in str(err.value)


def test_defaults_and_accepted_values():
    p = registry.validate(
        "02-china-uk-cooperation", {"top_n": 3, "date_from": "2020", "date_to": "2020-06-30"}, check_paths=False
    )
    assert p["top_n"] == 3 and p["focus"] == "china_uk" and p["corpus_dir"] == "../seeds"
    assert registry.validate("03-gba-health-reforms", {}, check_paths=False)["focus"] == "gba"
    assert registry.validate("04-entity-profile", {"entity": "x"}, check_paths=False)["entity_kind"] == ""


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(ParameterError) as err:
        registry.validate("01-corpus-overview", {"corpus_dir": str(tmp_path / "nope")})
    assert "corpus_dir" in str(err.value)
