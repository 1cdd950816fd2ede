"""Long lines are read by the NLP model in pieces of whole sentences; pieces are batched by size, and the facts
and their offsets do not depend on the batching."""

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.extract import extract_context, nlp
from analysis.extract.nlp import LongLineWarning, analyse_many, get_nlp
from analysis.extract.pieces import batches, pieces
from analysis.ingest.corpus import make_document


def texts(text, limit):
    return [text[p.start : p.end] for p in pieces(text, limit)]


def test_short_lines_are_pieces_of_their_own():
    assert texts("One line.\nAnother line.\n", 100) == ["One line.", "Another line."]


def test_a_long_line_is_cut_at_the_last_sentence_end_that_fits():
    line = "The clinic opened. Nurses moved in. A ward closed."
    assert texts(line, 40) == ["The clinic opened. Nurses moved in. ", "A ward closed."]
    assert texts(line, 20) == ["The clinic opened. ", "Nurses moved in. ", "A ward closed."]


def test_no_cut_after_a_title_an_initial_or_a_number_abbreviation():
    line = "Dr. Ames met J. R. Pole at No. 5 Dock Road. They spoke."
    assert texts(line, 50) == ["Dr. Ames met J. R. Pole at No. 5 Dock Road. ", "They spoke."]


def test_a_closing_quote_stays_with_its_sentence():
    line = '"We agree." Then the board voted.'
    assert texts(line, 25) == ['"We agree." ', "Then the board voted."]


def test_a_line_with_no_sentence_end_is_cut_at_a_space_and_marked():
    got = pieces("alpha beta gamma delta epsilon", 12)
    assert [(p.start, p.end, p.forced) for p in got] == [(0, 11, True), (11, 23, True), (23, 30, False)]


def test_batches_group_consecutive_pieces_up_to_the_limit():
    assert batches([4, 4, 4, 9, 1], 8) == [[0, 1], [2], [3], [4]]


def test_a_line_longer_than_the_model_accepts_is_read_in_pieces(monkeypatch):
    model = get_nlp()
    monkeypatch.setattr(model, "max_length", 3_000)
    line = " ".join(f"Clinic {i} of the Riverside Health Trust opened in 2019 with {i} beds." for i in range(120))
    assert len(line) > 2 * model.max_length
    with pytest.raises(ValueError, match="E088"):
        model(line)  # the fault, for real: one call over the whole line
    doc = make_document("long", Path("long.txt"), "Riverside news\n\n" + line + "\n", "0" * 64)
    ctx = analyse_many([doc], piece_chars=1_000, batch_chars=2_000)[0]
    rows = extract_context(ctx)
    assert all(r["text"] == doc.raw[r["start"] : r["end"]] for r in rows)
    years = [r for r in rows if r["kind"] == "date" and r["text"] == "2019"]
    assert len(years) == 120


def test_a_forced_cut_is_said_once_per_article():
    doc = make_document("w", Path("w.txt"), "word " * 50 + "\n", "0" * 64)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        analyse_many([doc], piece_chars=40)
    said = [str(w.message) for w in seen if w.category is LongLineWarning]
    assert said == [
        "w.txt: 6 line(s) hold no sentence end within 40 characters; they were cut at spaces for the NLP model, "
        "so a sentence there may be read in two parts."
    ]


_NAMES = ["Ada Reyes", "Omar Lind", "the Kestrel Institute", "Port Vale Hospital", "Norland"]
_VERBS = ["signed", "funded", "visited", "said it would expand", "opened"]
_OBJECTS = ["a clinic", "12 wards", "£3 million of research", "a trial in March 2021", "the 2030 plan"]
_SENTENCE = st.builds(
    lambda a, v, o, end: f"{a[0].upper()}{a[1:]} {v} {o}{end}",
    st.sampled_from(_NAMES),
    st.sampled_from(_VERBS),
    st.sampled_from(_OBJECTS),
    st.sampled_from([". ", ". ", "! ", '." ', ".\n", ".\n\n"]),
)
_ARTICLE = st.lists(_SENTENCE, min_size=1, max_size=14).map("".join)


def _facts(text, piece_chars, batch_chars):
    doc = make_document("p", Path("p.txt"), text, "0" * 64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LongLineWarning)
        rows = extract_context(analyse_many([doc], piece_chars=piece_chars, batch_chars=batch_chars)[0])
    return doc, [
        (r["kind"], r["start"], r["end"], {k: v for k, v in r.items() if k not in ("start", "end")}) for r in rows
    ]


@settings(max_examples=25, deadline=None)
@given(_ARTICLE, st.integers(min_value=20, max_value=400), st.integers(min_value=1, max_value=600))
def test_facts_do_not_depend_on_how_pieces_are_batched(text, piece_chars, batch_chars):
    doc, pieced = _facts(text, piece_chars, batch_chars)
    _, whole = _facts(text, piece_chars, len(text) + 1)
    assert pieced == whole
    for kind, start, end, fields in pieced:
        assert fields["text"] == doc.raw[start:end]
    sents = [(s, e) for p in pieces(doc.cleaned.text, piece_chars) for s, e in [(p.start, p.end)]]
    assert "".join(doc.cleaned.text[s:e] for s, e in sents) == doc.cleaned.text.replace("\n", "")


@settings(max_examples=50, deadline=None)
@given(_ARTICLE, st.integers(min_value=1, max_value=300))
def test_pieces_cover_each_line_exactly_and_end_at_sentence_ends(text, limit):
    got = pieces(text, limit)
    lines = [line for line in text.split("\n") if line]
    assert "".join(text[p.start : p.end] for p in got) == "".join(lines)
    for p in got:
        assert p.end - p.start <= limit or not any(q.forced for q in got if q.start == p.start)
        line_end = text.find("\n", p.start)
        at_line_end = p.end == (len(text) if line_end < 0 else line_end)
        assert at_line_end or p.forced or text[p.start : p.end].rstrip()[-1] in '.!"'


def test_nlp_module_keeps_its_model_limit_untouched():
    assert get_nlp().max_length == 1_000_000
    assert nlp.PIECE_CHARS < nlp.BATCH_CHARS < get_nlp().max_length


def test_the_paragraph_around_a_position_is_its_line_or_its_piece_of_a_long_line():
    text = "Short heading\nThe clinic opened. Nurses moved in. A ward closed.\n"
    doc = make_document("q", Path("q.txt"), text, "0" * 64)
    ctx = analyse_many([doc], piece_chars=40)[0]
    line = doc.cleaned.text
    assert ctx.paragraph_at(line.index("heading")) == (0, len("Short heading"))
    nurses = line.index("Nurses")
    assert line[slice(*ctx.paragraph_at(nurses))] == "The clinic opened. Nurses moved in. "
    assert line[slice(*ctx.paragraph_at(line.index("ward")))] == "A ward closed."


@pytest.mark.slow
def test_an_article_longer_than_the_model_limit_gives_facts_with_exact_spans(tmp_path):
    words = "the board said that a new clinic would open near the river and that nurses will train there".split()
    sentences, n, i = [], 0, 0
    while n <= get_nlp().max_length:
        s = " ".join(words[(i + k) % len(words)] for k in range(12)).capitalize() + f" in {1990 + i % 30}. "
        sentences.append(s)
        n, i = n + len(s), i + 1
    raw = "A transcript saved as text\n\n" + "".join(sentences) + "\n"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "transcript.txt").write_text(raw, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    assert main(["facts", str(corpus), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len([r for r in rows if r["kind"] == "date"]) == len(sentences)
    assert all(r["text"] == raw[r["start"] : r["end"]] for r in rows)
