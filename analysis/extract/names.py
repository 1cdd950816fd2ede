"""Name helpers shared by the extractors: organisation head words, possessive endings, initials, place names.

A head word ("University", "Hospital", "Bureau", from `org_heads.txt`) is what makes a capitalised name an
organisation; reference data (see `gazetteer`) says whether a name is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.gazetteer import canonical, is_place_name
from analysis.resources import lower_words, table, words

__all__ = ["POSSESSIVE", "bare", "canonical", "initials", "is_head", "is_place_name", "name_words", "own_words"]

POSSESSIVE = re.compile(r"(?:'s|’s|`s|(?<=s)['’])$")


def names_a_place(words_: str) -> bool:
    """True when one or two words of `words_`, or a part of a hyphenated word, name a place ("Hengqin Medical
    Centre", "Westland-Norvia Zone")."""
    toks = [p for t in words_.split() for p in t.split("-") if p]
    return any(is_place_name(" ".join(toks[i : i + n])) for n in (1, 2) for i in range(len(toks) - n + 1))


def bare(token: str) -> str:
    """A token without possessive ending and trailing dot ("Council's" -> "Council")."""
    return POSSESSIVE.sub("", token).rstrip(".")


_HEAD_PHRASE_END = re.compile(r"\s(?:of|for|on|in|at)\s")


def last_head(name: str) -> frozenset[str]:
    """The noun that ends a name's head phrase (before "of", "for", ...), case-folded, with the parts of a hyphenated
    one: the noun a definite description of the body uses ("Kelby Hospital" -> hospital, for "the hospital", which
    the Hospital Authority is not; "University of Tarn" -> university; "British Consulate-General" ->
    consulate-general, consulate, general)."""
    toks = _HEAD_PHRASE_END.split(name, maxsplit=1)[0].split()
    last = bare(toks[-1]).casefold() if toks else ""
    return frozenset({last, *last.split("-")})


def is_head(token: str) -> bool:
    """True for an organisation head word, possessive or not ("Hospital", "Academy's")."""
    return bare(token) in words("org_heads.txt")


def initials(name: str) -> str:
    """Upper-case initials of the content words of a name ("Westmoor Health Research Council" -> "WHRC")."""
    skip = words("org_connectors.txt")
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p not in skip and p[0].isalpha()]
    return "".join(p[0] for p in parts).upper()


def contracts(short: str, name: str) -> bool:
    """True for a short form in mixed case made of the first letters of a name's last content words, in order
    ("KelPolyU" or "PolyU" for "Tollan Kelby Polytechnic University": "Kel", "Poly", "U"); the words before may
    be left out (a place the short form takes for granted), the last word may not."""
    parts = re.findall(r"[A-Z][a-z]*", short)
    if "".join(parts) != short or short.isupper() or len(parts) < 2:
        return False
    skip = words("org_connectors.txt")
    toks = [t for t in re.split(r"[\s\-]+", name) if t and t not in skip and t[0].isalpha()]
    if len(toks) < len(parts):
        return False
    return all(w.casefold().startswith(p.casefold()) for p, w in zip(parts, toks[-len(parts) :]))


_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Case-folded words that say what kind of body a name is, never whose: head words (`org_heads.txt`, the last
    word of each `org_types.tsv` entry, unit heads), fields of public service and of positions, disciplines, words
    of a level of government. Acronyms other than level words are left out: they name one body ("NHS")."""
    out = set(words("org_heads.txt")) | set(words("org_part_heads.txt")) | set(words("org_sub_unit_heads.txt"))
    out |= {r[0].split()[-1] for r in table("org_types.tsv")}
    out |= set(words("org_public_fields.txt")) | set(words("org_disciplines.txt")) | lower_words("role_portfolios.txt")
    out = {w for w in out if not (len(w) > 1 and w.isupper())}
    out |= {r[0] for r in table("org_local_words.tsv")}
    return frozenset(w.casefold() for w in out)


def name_words(name: str) -> list[str]:
    """The words of a name without articles and connectors."""
    skip = words("org_connectors.txt")
    tokens = [bare(t) for t in re.split(r"[\s\-]+", name.strip()) if t]
    return [t for t in tokens if t and t not in skip and t.casefold() not in _ARTICLES]


def own_words(name: str) -> frozenset[str]:
    """The case-folded words of an organisation's name that tie it to one owner: what is left after articles,
    connectors, head words and field or level words ("Westbrook Transport Bureau" -> {"westbrook"}; "the Transport
    Bureau" -> none)."""
    return frozenset(t.casefold() for t in name_words(name) if t.casefold() not in _common_words())


@lru_cache(maxsize=2)
def lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case (one pass over the text): a capitalised word among them is a word
    of the language ("DEALS", "Women's"), no body's own name."""
    return frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text))


AGED = re.compile(r",\s+(?:(?:a|an)\s+\d{1,3}-year-old\b|aged\s+\d{1,3}\b|\d{1,3},)")
"""An age written after a name ("A B, a 71-year-old teacher", "A B, aged 64,", "A B, 58,"): the name is a
person's, whatever the model reads."""
