"""The model's attribute rules (fine tag to part of speech and morphology, word exceptions) applied by look-up.

spaCy's `attribute_ruler` runs a token matcher over every token, although each of its patterns tests only a token's
fine tag, lower-case form, dependency label and space flag (a few test two tokens in a row). `AttributeTable` sets
the same values in the same order (the ruler's own rule order: a later rule overrides an earlier one) from a table
keyed by those four values, filled once per distinct combination: "runs" tagged VBZ gets the part of speech VERB
and the morphology the ruler gives it. A model whose rules test anything else keeps its ruler (`supported`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import numpy

FACTORY = "analysis_attribute_table"
FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""The token values a rule may test, in the order of a token's look-up key (spaCy imported only where a pipeline is
built, so that importing the package stays light)."""
MEMO_KEYS = 500_000
"""Distinct look-up keys remembered at most (then forgotten and filled again), so memory stays bounded."""


def _values(value: Any) -> list | None:
    """The values an equality or IN test accepts ("VBZ", {"IN": ["VBP", "VBZ"]}); None for any other test."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        return value["IN"]
    return None


def _test(value: Any) -> Callable[[Any], bool] | None:
    """One predicate of a pattern as a function of the token's value; None when the form is not supported."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            return lambda v: v in arg
        if op == "NOT_IN" and isinstance(arg, list):
            return lambda v: v not in arg
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: rx.search(v) is not None
    return None


def _spec(spec: Any) -> Callable[[tuple], bool] | None:
    """A token pattern ({"TAG": "VBZ", "LOWER": {"IN": [...]}}) as a test of a look-up key; None if unsupported."""
    if not isinstance(spec, dict) or not spec or set(spec) - set(FIELDS):
        return None
    tests = [(FIELDS.index(k), _test(v)) for k, v in spec.items()]
    if any(t is None for _, t in tests):
        return None
    return lambda key: all(t(key[i]) for i, t in tests)


@dataclass
class _Pattern:
    rule: int
    specs: list[dict]
    tests: list[Callable[[tuple], bool]]
    target: int


def _patterns(rules: list[dict]) -> list[_Pattern] | None:
    """Every pattern of the ruler's rules with its rule number and the position it sets; None if any is unsupported."""
    out = []
    for rule, r in enumerate(rules):
        for pattern in r["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            tests = [_spec(s) for s in pattern]
            index = r.get("index", 0)
            if any(t is None for t in tests) or not -len(tests) <= index < len(tests):
                return None
            out.append(_Pattern(rule, pattern, tests, index % len(tests)))
    return out


def supported(ruler) -> bool:
    """True when every rule of `ruler` (a spaCy AttributeRuler) tests only the four values of `FIELDS` and sets token
    attributes (no extension attributes, "_")."""
    return _patterns(ruler.patterns) is not None and not any("_" in attrs for attrs in ruler.attrs)


class AttributeTable:
    """Sets what `ruler` sets, rule by rule in its order, looking each token's rules up by its four values."""

    def __init__(self, ruler):
        if not supported(ruler):
            raise ValueError(
                "the attribute ruler tests more than a token's tag, form, label and space, or sets extensions"
            )
        patterns = _patterns(ruler.patterns)
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.array = [TAG, LOWER, DEP, IS_SPACE]
        """The columns of a token's look-up key in `Doc.to_array`, in the order of `FIELDS`."""
        self.attrs = ruler.attrs
        self.multi = [p for p in patterns if len(p.tests) > 1]
        self.by_field: list[dict[str, list[_Pattern]]] = [{}, {}]
        self.open: list[_Pattern] = []
        for p in (p for p in patterns if len(p.tests) == 1):
            self._file(p)
        self._rules: dict[tuple, tuple] = {}
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self.columns = sorted({a for attrs in self.attrs for a in attrs})
        """The token attributes the rules set (spaCy attribute ids), as columns of `Doc.to_array`."""

    def _file(self, p: _Pattern) -> None:
        """File a one-token pattern under the tags or forms it requires, else with those tried on every key."""
        for field in (0, 1):
            values = _values(p.specs[0].get(FIELDS[field]))
            if values is not None:
                for v in values:
                    self.by_field[field].setdefault(v, []).append(p)
                return
        self.open.append(p)

    def _look(self, ids: tuple, strings) -> tuple[tuple[int, ...], tuple[_Pattern, ...], tuple]:
        """The one-token rules that hold for a token's four values (as string ids), the longer patterns whose first
        token they fit, and the values themselves."""
        found = self._rules.get(ids)
        if found is None:
            if len(self._rules) >= MEMO_KEYS:
                self._rules.clear()
            t, lo, d, s = ids
            key = (strings[t], strings[lo], strings[d], bool(s))
            tried = self.by_field[0].get(key[0], []) + self.by_field[1].get(key[1], []) + self.open
            rules = tuple(sorted({p.rule for p in tried if p.tests[0](key)}))
            found = self._rules[ids] = (rules, tuple(p for p in self.multi if p.tests[0](key)), key)
        return found

    def _attrs_of(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) of what `rules` set, a later rule's value over an earlier one's."""
        merged = self._merged.get(rules)
        if merged is None:
            values: dict[int, int] = {}
            for rule in rules:
                values.update(self.attrs[rule])
            merged = self._merged[rules] = tuple((self.columns.index(a), v) for a, v in values.items())
        return merged

    def __call__(self, doc):
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        looks = [self._look(tuple(ids), strings) for ids in doc.to_array(self.array).tolist()]
        extra: dict[int, set[int]] = {}
        for i, (_, starts, _) in enumerate(looks):
            for p in starts:
                ahead = looks[i : i + len(p.tests)]
                if len(ahead) == len(p.tests) and all(t(k) for t, (_, _, k) in zip(p.tests[1:], ahead[1:])):
                    extra.setdefault(i + p.target, set()).add(p.rule)
        rows = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
        for i, (rules, _, _) in enumerate(looks):
            if i in extra:
                rules = tuple(sorted(set(rules) | extra[i]))
            row = rows[i]
            for col, value in self._attrs_of(rules):
                row[col] = value
        doc.from_array(self.columns, numpy.array(rows, dtype=numpy.uint64))
        return doc


def _make(nlp, name: str) -> AttributeTable:
    """The table of the pipeline's own `attribute_ruler` (added beside it, which is then removed)."""
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


@lru_cache(maxsize=1)
def _register() -> None:
    """Make `FACTORY` a component spaCy can add to a pipeline (once per process)."""
    from spacy.language import Language

    Language.factory(FACTORY, func=_make)


def use_table(nlp):
    """Replace the pipeline's `attribute_ruler` by its table when every rule is of a supported form."""
    if "attribute_ruler" in nlp.pipe_names and supported(nlp.get_pipe("attribute_ruler")):
        _register()
        nlp.add_pipe(FACTORY, after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    return nlp
