"""Property tests for cleaning: for any text, clean() succeeds and its offset map is exact.

What clean() guarantees (and these tests hold it to):
- every cleaned character has an offset into the original, in range;
- offsets increase strictly, except that the two characters of a paragraph break "\\n\\n" share one offset;
- a cleaned character that is not " " or "\\n" is the very character at its offset; " " stands for a run of
  spaces (it maps to the run's first character) and "\\n" for a line break (it maps to a line terminator);
- a cleaned span inside one line maps back to an original span whose text, with whitespace collapsed,
  is the same; a span across lines maps to an original span holding the cleaned characters in order
  (noise lines and bullets between them are dropped by cleaning);
- to_cleaned inverts the map.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.clean import _SPACE, clean

SPACES = " \t\u00a0\u3000\u2009\u200b\ufeff"
TERMINATORS = ["\n", "\r\n", "\r", "\u2028", "\x0b", "\x0c", "\x1c", "\x85"]
LINE_TERMINATOR_CHARS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_WS = re.compile(r"[\s\u200b\ufeff]+")

words = st.text(st.sampled_from("abcXYZ深圳é.,;:“”'\"()%$1"), min_size=1, max_size=8)
furniture = st.sampled_from(
    [
        "Home",
        "Share",
        "Print",
        "Related links",
        "Copyright © 2021 Harbour Hospital. All Rights Reserved",
        "Contact us at news@example.org for details",
        "Font Size:Large  Medium  Small",
        "• ",
        "  * ",
        "– ",
        "",
    ]
)
line = st.one_of(
    st.lists(st.one_of(words, st.sampled_from(list(SPACES)), st.sampled_from(["•", "*", "-", "–"])), max_size=10).map(
        "".join
    ),
    furniture,
)
article = st.lists(st.tuples(line, st.sampled_from(TERMINATORS)), max_size=12).map(
    lambda parts: "".join(a + b for a, b in parts)
)
any_text = st.one_of(article, st.text(max_size=200))


def collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def check_offsets(original: str) -> None:
    c = clean(original)
    assert len(c.offsets) == len(c.text)
    assert c.original_length == len(original)
    for i, (ch, off) in enumerate(zip(c.text, c.offsets)):
        assert 0 <= off < len(original)
        if i:
            prev = c.offsets[i - 1]
            assert off > prev or (off == prev and c.text[i - 1 : i + 1] == "\n\n")
        if ch == " ":
            assert _SPACE.match(original[off])
        elif ch == "\n":
            assert original[off] in LINE_TERMINATOR_CHARS
        else:
            assert original[off] == ch


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_never_fails_and_offsets_are_exact(original):
    check_offsets(original)


@settings(max_examples=300, deadline=None)
@given(any_text, st.data())
def test_spans_map_back_to_the_same_text(original, data):
    c = clean(original)
    n = len(c.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = c.to_original(start, end)
    assert 0 <= a <= b <= len(original)
    span = c.text[start:end]
    if start == end:
        assert a == b
        return
    assert (a, b) == (c.offsets[start], c.offsets[end - 1] + 1)
    if "\n" not in span:
        assert collapse(original[a:b]) == collapse(span)
    else:  # every cleaned character, in order, within the original span
        pos = a
        for ch in span:
            if ch in " \n":
                continue
            pos = original.index(ch, pos, b) + 1


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_to_cleaned_inverts_the_offsets(original):
    c = clean(original)
    for i, off in enumerate(c.offsets):
        first = c.offsets.index(off)
        assert c.to_cleaned(off) == first
    assert c.to_cleaned(len(original)) == len(c.text)


def test_line_terminators_and_space_runs_by_hand():
    original = "Title line\r\n\r\n  • First  point\u2028Second\u3000\u200b point\x85"
    c = clean(original)
    assert c.text == "Title line\n\nFirst point\nSecond point"
    check_offsets(original)
    i = c.text.index("First point")
    a, b = c.to_original(i, i + len("First point"))
    assert original[a:b] == "First  point"
    i = c.text.index("\n\n")
    assert c.offsets[i] == c.offsets[i + 1] == original.index("\r\n\r\n") + 3  # the terminator before the line
