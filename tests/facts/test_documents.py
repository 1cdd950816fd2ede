"""The documents table's content of one article."""

from pathlib import Path

from analysis.facts.documents import label_of
from analysis.ingest.corpus import make_document


def _doc(text: str):
    return make_document("a", Path("a.txt"), text, "0" * 64)


def test_an_untitled_article_is_named_by_its_lead_not_a_photo_caption_above_it():
    text = (
        "Launch 114\n"
        "Dr Ann Reyes, from Kelby University - second from left - joins partners at the launch.\n\n"
        "Nurses from Kelby University are training with doctors in Jiangmen this year. They will stay a month.\n"
    )
    assert label_of(_doc(text)) == "Nurses from Kelby University are training with doctors in Jiangmen this year."


def test_a_titled_article_is_named_by_its_headline():
    text = (
        "Menu | News | Contact\n\nKelby University opens a clinic in Jiangmen\n\n"
        "The clinic opened on Monday with 40 beds. It is the first.\n"
    )
    doc = _doc(text)
    assert doc.title is not None and label_of(doc) == doc.title.value == "Kelby University opens a clinic in Jiangmen"
