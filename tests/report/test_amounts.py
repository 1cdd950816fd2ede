"""Figures of ranges and changes in a report: one row per change, its levels and its percent, from hand-written
facts."""

import pytest

from analysis.report.amounts import amount_text, change_pct, changes, levels


def _row(text, value, kind, frm=None, to=None, pct=None, start=10, unit="count"):
    return {
        "doc_id": "d",
        "kind": "amount",
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence_start": 0,
        "value": value,
        "unit": unit,
        "object": "clinics",
        "amount_type": kind,
        "value_from": frm,
        "value_to": to,
        "change_pct": pct,
    }


def test_one_row_stands_for_each_change():
    before = _row("48", 48.0, "change_before", 48.0, 88.0, 83.33, start=10)
    after = _row("88", 88.0, "change_after", 48.0, 88.0, 83.33, start=20)
    alone = _row("12%", 12.0, "change_percent", pct=12.0, start=40, unit="percent")
    low = _row("1,200", 1200.0, "range_low", 1200.0, 1500.0, start=60)
    plain = _row("7", 7.0, "figure", start=80)
    out = changes([before, after, alone, low, plain])
    assert [r["text"] for r in out] == ["88", "12%"]
    assert change_pct(out[0]) == pytest.approx(83.33) and levels(out[0]) == (48.0, 88.0)


def test_amount_text_says_range_or_change():
    assert amount_text(_row("88", 88.0, "change_after", 48.0, 88.0, 83.33)) == "from 48 to 88"
    assert amount_text(_row("1,200", 1200.0, "range_low", 1200.0, 1500.0)) == "1,200 to 1,500"
    assert amount_text(_row("7", 7.0, "figure")) == "7"


def test_facts_without_amount_type_read_value_and_value_to():
    old = {"value": 30.0, "value_to": 7.0, "unit": "days", "doc_id": "d", "sentence_start": 0, "start": 1}
    assert levels(old) == (30.0, 7.0) and change_pct(old) == pytest.approx(-76.6667, abs=1e-3)
