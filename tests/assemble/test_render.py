"""Normalising rendered outputs so the same inputs give the same bytes."""

import re

from analysis.assemble.render import normalise_html, normalise_pdf


def test_pdf_dates_are_replaced_without_changing_length():
    pdf = (
        b"%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261123193716+00'00')\n"
        b"/ModDate (D:20261123193716+00'00')>>\nendobj\nxref\n"
    )
    out = normalise_pdf(pdf, "20190227000000")
    assert len(out) == len(pdf)
    assert b"/CreationDate (D:20190227000000+00'00')" in out
    assert b"/ModDate (D:20190227000000+00'00')" in out
    assert b"2026" not in out


def test_cell_ids_and_trailing_spaces_are_dropped_from_html():
    html = '<div class="jp-Cell" id="cell-id=3f2a9c"   \n  data-jp-cell-id="cell-id=abc">x</div>  \n'
    out = normalise_html(html)
    assert "cell-id" not in out
    assert not re.search(r" +\n", out)
