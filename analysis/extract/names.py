"""Name helpers shared by the extractors: organisation head words, possessive endings, initials, place names.

A head word ("University", "Hospital", "Bureau", from `org_heads.txt`) is what makes a capitalised name an
organisation; reference data (see `gazetteer`) says whether a name is a place.
"""

from __future__ import annotations

import re

from analysis.extract.gazetteer import canonical, is_place_name
from analysis.resources import words

__all__ = ["POSSESSIVE", "bare", "canonical", "initials", "is_head", "is_place_name"]

POSSESSIVE = re.compile(r"(?:'s|’s|`s|(?<=s)['’])$")


def bare(token: str) -> str:
    """A token without possessive ending and trailing dot ("Council's" -> "Council")."""
    return POSSESSIVE.sub("", token).rstrip(".")


def is_head(token: str) -> bool:
    """True for an organisation head word, possessive or not ("Hospital", "Academy's")."""
    return bare(token) in words("org_heads.txt")


def initials(name: str) -> str:
    """Upper-case initials of the content words of a name ("Westmoor Health Research Council" -> "WHRC")."""
    skip = words("org_connectors.txt")
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p not in skip and p[0].isalpha()]
    return "".join(p[0] for p in parts).upper()
