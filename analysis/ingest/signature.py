"""A near-duplicate signature of an article: MinHash of its cleaned text's word shingles, and LSH band keys.

Republished press releases are the same text apart from a few lines (another title, a dateline, a footer,
one changed paragraph). Two articles' texts are compared as sets of word 5-shingles (runs of five words,
case-folded, punctuation ignored): their Jaccard similarity is the share of shingles they have in common.
The MinHash signature (`NUM_PERM` values) estimates that similarity as the share of equal positions, and
the band keys (`BANDS` bands of `ROWS` values, each hashed to a signed 64-bit int) let the query stage find
candidate pairs in time linear in the corpus: two articles are candidates when one band key is equal.

Choice of parameters (word counts are of the cleaned text):
- a copy with one changed region of c words in an n-word article keeps about n - c - 4 of its n shingles,
  so its Jaccard is about (n - c - 4) / (n + c + 4): a new title or dateline (c ≈ 15) in 400 words
  gives 0.91, another footer (c ≈ 40) 0.80, one changed 80-word paragraph 0.65 (0.90 in 1,500 words);
- two distinct 400-word articles that share an 80-word paragraph have 76 of their 716 distinct shingles in
  common: 0.11; sharing a 50-word standard footer, 0.06; even 150-word articles sharing that footer, 0.19.
`THRESHOLD` = 0.5 sits between the two. With 32 bands of 4 rows, a pair at Jaccard s becomes a candidate
with probability 1 - (1 - s^4)^32: 0.87 at 0.5, 0.99 at 0.6, 0.9998 at 0.7, but 0.23 at 0.3 and 0.003
at 0.1 (candidates are then checked against `THRESHOLD` on the whole signature, so a stray candidate costs
one comparison, never a wrong fold). 128 permutations estimate a Jaccard of 0.6 within ±0.09 (two standard
deviations); members of a group of several copies are also joined through each other.

Texts under `MIN_WORDS` words get no signature and are never duplicates of anything: such a text is a
headline, a caption or a brief written on a template, and its few shingles cannot tell a republished copy
from two briefs that differ only in a name or a figure ("A signs with B on 3 May" against "A signs with C");
counting a short brief twice costs less than losing a distinct fact.

Everything is deterministic across processes and machines: SHA-1 of the shingles (datasketch's default),
permutations drawn from a fixed seed, and band keys mixed with fixed 64-bit constants (never Python's
salted `hash()`). The output is plain lists of ints, ready for JSON and Parquet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
"""Words per shingle: long enough that common phrases of the genre ("the two sides agreed to") are rare in
distinct articles, short enough that one changed word breaks only five shingles."""
NUM_PERM = 128
"""Permutations of the MinHash (the signature's length)."""
BANDS = 32
"""LSH bands; BANDS × ROWS = NUM_PERM."""
ROWS = 4
"""Signature values per band."""
THRESHOLD = 0.5
"""Estimated Jaccard at or above which two articles are copies of one text."""
MIN_WORDS = 50
"""Texts with fewer words get an empty signature and are never folded with anything."""
SEED = 1
"""Seed of the MinHash permutations: changing it changes every signature."""
SCHEME = "affine32"
"""datasketch's permutation scheme, named so that a change of the library's default cannot change signatures."""

_WORD = re.compile(r"[^\W_]+")
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def words(text: str) -> list[str]:
    """The normalised words of a text: NFKC, case-folded, letters and digits only ("U.K.-based" -> u, k, based)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def minhash(text: str) -> list[int]:
    """The MinHash signature (NUM_PERM ints in [0, 2**32)) of a text's word shingles; [] under MIN_WORDS words."""
    ws = words(text)
    if len(ws) < MIN_WORDS:
        return []
    shingles = {" ".join(ws[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(ws) - SHINGLE_WORDS + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch(shingles)
    return m.hashvalues.tolist()


def _mix(z: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: a fixed bijection of 64-bit ints that spreads every input bit."""
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def band_keys(signatures: np.ndarray | Sequence[Sequence[int]]) -> np.ndarray:
    """Band keys of signatures, shape (n, NUM_PERM) -> (n, BANDS) int64: band j hashes values 4j..4j+3.

    Vectorised, so the benchmark can key a million synthetic signatures at once."""
    sig = np.asarray(signatures, dtype=np.uint64).reshape(-1, BANDS, ROWS)
    h = np.full(sig.shape[:2], _GOLDEN, dtype=np.uint64)
    for r in range(ROWS):
        h = _mix(h + sig[:, :, r])
    return h.view(np.int64)


def text_signature(text: str) -> dict[str, list[int]]:
    """{"signature": MinHash values, "bands": BANDS signed 64-bit band keys} of a text; both [] for a short text.

    The keys are the columns of the same name in the documents table."""
    sig = minhash(text)
    bands = band_keys([sig])[0].tolist() if sig else []
    return {"signature": sig, "bands": bands}


def document_signature(doc) -> dict[str, list[int]]:
    """`text_signature` of a `Document`'s cleaned text (page furniture removed). Not typed by import, so that
    `analysis.ingest.corpus` can call it when it reads an article."""
    return text_signature(doc.cleaned.text)


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal positions (0.0 if either is empty)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)
