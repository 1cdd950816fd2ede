"""MinHash signatures fold a republished press release with its copies, not distinct stories that share text."""

import json
import os
import subprocess
import sys

import numpy as np
import press_releases as pr
import pytest
from paths import PROJECT

from analysis.ingest.clean import clean
from analysis.ingest.signature import (
    BANDS,
    MIN_WORDS,
    NUM_PERM,
    ROWS,
    THRESHOLD,
    band_keys,
    document_signature,
    jaccard,
    text_signature,
    words,
)


def _with(index: int, paragraph: str) -> list[str]:
    body = list(pr.BODY)
    body[index] = paragraph
    return body


COPIES = {
    "another title": pr.training(title="Haixin nurses to spend six months on Port Averly intensive care wards"),
    "a dateline": pr.training(dateline=pr.DATELINE),
    "another footer": pr.training(footer=pr.OTHER_FOOTER),
    "one changed line": pr.training(body=_with(2, pr.BODY[2].replace("1.2 million pounds", "1.4 million pounds"))),
    "one changed paragraph": pr.training(body=_with(3, pr.CHANGED_PARAGRAPH)),
}

DISTINCT = {
    "sharing a paragraph and the footer": pr.telehealth(),
    "sharing the footer": pr.article(pr.TELEHEALTH_TITLE, *pr.TELEHEALTH, pr.FOOTER),
    "sharing a paragraph": pr.article(pr.TELEHEALTH_TITLE, *pr.TELEHEALTH, pr.FRAMEWORK),
}


def _shared_bands(a: dict, b: dict) -> int:
    return sum(x == y for x, y in zip(a["bands"], b["bands"]))


def test_the_invented_articles_are_of_the_genre_s_length():
    assert 400 <= len(words(pr.training())) <= 1500
    assert 300 <= len(words(pr.telehealth())) <= 1500


@pytest.mark.parametrize("change", sorted(COPIES))
def test_a_republished_copy_is_above_the_threshold_and_shares_a_band(change):
    base, copy = text_signature(pr.training()), text_signature(COPIES[change])
    assert jaccard(base["signature"], copy["signature"]) >= THRESHOLD
    assert _shared_bands(base, copy) >= 1


@pytest.mark.parametrize("kind", sorted(DISTINCT))
def test_distinct_articles_that_share_text_are_far_below_the_threshold(kind):
    base, other = text_signature(pr.training()), text_signature(DISTINCT[kind])
    assert jaccard(base["signature"], other["signature"]) < THRESHOLD / 2


def test_case_punctuation_and_spacing_do_not_change_the_signature():
    text = pr.training()
    shouted = text.upper().replace(",", " ;").replace(".", " !").replace(" ", "  ")
    assert text_signature(shouted) == text_signature(text)
    assert words("U.K.-based  Trust's") == ["u", "k", "based", "trust", "s"]


def test_identical_texts_have_identical_signatures():
    a, b = text_signature(pr.training()), text_signature(pr.training())
    assert a == b and jaccard(a["signature"], b["signature"]) == 1.0


def test_a_text_under_the_minimum_has_no_signature():
    short = " ".join(f"word{i}" for i in range(MIN_WORDS - 1))
    assert text_signature(short) == {"signature": [], "bands": []}
    assert len(text_signature(short + " last")["signature"]) == NUM_PERM
    assert jaccard([], []) == 0.0


def test_the_signature_is_plain_json_of_the_documented_shape():
    sig = text_signature(pr.training())
    assert json.loads(json.dumps(sig)) == sig
    assert len(sig["signature"]) == NUM_PERM == BANDS * ROWS and len(sig["bands"]) == BANDS
    assert all(type(v) is int and 0 <= v < 2**32 for v in sig["signature"])
    assert all(type(v) is int and -(2**63) <= v < 2**63 for v in sig["bands"])


def test_a_band_key_depends_on_its_own_rows_only_and_on_their_order():
    sig = np.arange(NUM_PERM, dtype=np.uint64) * 7919
    changed = sig.copy()
    changed[ROWS * 3 + 1] += 1  # a value of band 3
    swapped = sig.copy()
    swapped[[0, 1]] = swapped[[1, 0]]  # two values of band 0, swapped
    keys, keys_changed, keys_swapped = band_keys([sig, changed, swapped])
    assert [j for j in range(BANDS) if keys[j] != keys_changed[j]] == [3]
    assert [j for j in range(BANDS) if keys[j] != keys_swapped[j]] == [0]
    assert band_keys(np.stack([sig, changed])).shape == (2, BANDS)


def test_the_document_signature_is_of_the_cleaned_text():
    class Doc:
        cleaned = clean(pr.training())

    assert document_signature(Doc()) == text_signature(Doc.cleaned.text)


def test_signatures_are_the_same_in_another_process_with_another_hash_seed():
    code = (
        "import json, sys; sys.path.insert(0, 'tests'); import press_releases as pr; "
        "from analysis.ingest.signature import text_signature; "
        "print(json.dumps([text_signature(pr.training()), text_signature(pr.telehealth())]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == [text_signature(pr.training()), text_signature(pr.telehealth())]


def test_the_signature_of_a_fixed_text_is_pinned():
    """Signatures are cached with the facts: a library upgrade that changes them must be noticed here."""
    sig = text_signature(pr.training())
    assert sig["signature"][:3] == [17243918, 33876443, 2943580]
    assert sig["bands"][:2] == [7157620693569813458, 8712754769425409239]
