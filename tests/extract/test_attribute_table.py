"""The model's attribute rules applied by look-up set what spaCy's attribute ruler sets, in the same order."""

import spacy
from spacy.tokens import Doc, Token

from analysis.extract.attribute_table import AttributeTable, supported, use_table
from analysis.extract.nlp import get_nlp, load_model


def ruled(rules):
    """A blank English pipeline whose attribute ruler holds `rules` (patterns, attrs, index)."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in rules:
        ruler.add(patterns, attrs, index=index)
    return nlp, ruler


def annotate(rules, words, tags, deps):
    """(part of speech, lemma) of each token of a tagged and parsed text after the table of `rules`."""
    _, ruler = ruled(rules)
    doc = Doc(ruler.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))
    return [(t.pos_, t.lemma_) for t in AttributeTable(ruler)(doc)]


def test_a_later_rule_overrides_an_earlier_one_on_the_same_token():
    rules = [
        ([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0),
        ([[{"TAG": "NN", "LOWER": "bridge"}]], {"POS": "PROPN", "LEMMA": "span"}, 0),
    ]
    out = annotate(rules, ["Bridge", "road"], ["NN", "NN"], ["nsubj", "ROOT"])
    assert out == [("PROPN", "span"), ("NOUN", "")]


def test_a_two_token_pattern_sets_the_token_its_index_names():
    rules = [([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], {"POS": "VERB"}, 1)]
    out = annotate(rules, ["There", "was", "rain"], ["EX", "VBD", "NN"], ["expl", "ROOT", "attr"])
    assert out == [("", ""), ("VERB", ""), ("", "")]
    out = annotate(rules, ["Here", "was", "rain"], ["RB", "VBD", "NN"], ["advmod", "ROOT", "attr"])
    assert out == [("", ""), ("", ""), ("", "")]


def test_not_in_and_regex_tests():
    rules = [
        ([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], {"POS": "AUX"}, 0),
        ([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"}, 0),
    ]
    out = annotate(rules, ["will", "to", "nt"], ["MD", "TO", "RB"], ["aux", "aux", "neg"])
    assert out == [("AUX", ""), ("", ""), ("", "not")]


def test_a_ruler_testing_anything_else_is_kept():
    nlp, ruler = ruled([([[{"ORTH": "Dr"}]], {"POS": "PROPN"}, 0)])
    assert not supported(ruler)
    assert use_table(nlp).pipe_names == ["attribute_ruler"]
    nlp, ruler = ruled([([[{"LOWER": "dr", "OP": "+"}]], {"POS": "PROPN"}, 0)])
    assert not supported(ruler)
    if not Token.has_extension("title_like"):
        Token.set_extension("title_like", default=False)
    nlp, ruler = ruled([([[{"LOWER": "dr"}]], {"_": {"title_like": True}}, 0)])
    assert not supported(ruler)
    nlp, ruler = ruled([([[{"LOWER": "dr"}]], {"POS": "PROPN"}, 0)])
    assert supported(ruler)
    assert use_table(nlp).pipe_names == ["analysis_attribute_table"]


def test_the_pipeline_gives_what_the_models_own_ruler_gives():
    text = (
        "There is a new ward. I ain't gonna wait, said Dr Ann Lee, who has led the trust since 2019.\n"
        "The two hospitals did sign it; doin' so 'll help. Its 40 beds were opened by the council."
    )
    ours = get_nlp()
    assert "attribute_ruler" not in ours.pipe_names
    theirs = load_model()
    assert "attribute_ruler" in theirs.pipe_names
    got = [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in ours(text)]
    want = [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in theirs(text)]
    assert got == want
    assert ("AUX", "VBZ") in {(p, tg) for p, tg, _, _ in got}
