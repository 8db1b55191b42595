"""The Doc helpers every component reads: token look-ups by array, sentences by index."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc

from claimkit.components.records import indices_of, sentence_of, tokens_before
from claimkit.extractor import Extractor

TEXT = (
    "SIGN HERE: the union said on Monday. Put simply, and as the firm told reporters, "
    "it would say nothing. Ms Okafor says: 'We will appeal and win.'\n\nThe end"
)


@pytest.fixture(scope="module")
def doc(extractor: Extractor) -> Doc:
    return extractor.nlp(TEXT)


@pytest.mark.parametrize(
    ("attr", "words", "read"),
    [
        (LOWER, ("and", "the"), lambda t: t.lower_),
        (ORTH, (":",), lambda t: t.text),
        (POS, ("PROPN", "NOUN"), lambda t: t.pos_),
    ],
)
def test_indices_of_are_the_tokens_a_walk_finds(doc: Doc, attr: int, words, read) -> None:
    found = indices_of(doc, attr, words)
    assert found == [t.i for t in doc if read(t) in words]
    assert found  # the text has some of each


def test_indices_of_lemmas_in_any_case_the_lemmatizer_leaves(extractor: Extractor) -> None:
    words = ["Put", "it", "there", "and", "SIGN", "Said", "what", "she", "says"]
    lemmas = ["Put", "it", "there", "and", "SIGN", "say", "what", "she", "say"]
    doc = Doc(extractor.nlp.vocab, words=words, lemmas=lemmas)
    wanted = {"put", "sign", "say"}
    assert indices_of(doc, LEMMA, wanted, cased=True) == [0, 4, 5, 8]
    assert indices_of(doc, LEMMA, wanted) == [5, 8]  # without ``cased``: as written


def test_indices_of_no_words_or_no_tokens(doc: Doc, extractor: Extractor) -> None:
    assert indices_of(doc, LOWER, ()) == []
    assert indices_of(extractor.nlp.make_doc(""), LOWER, ("and",)) == []


def test_sentence_of_every_token_is_its_sentence(doc: Doc) -> None:
    assert all(sentence_of(doc, t.i) == t.sent for t in doc)


def test_tokens_before_a_character(doc: Doc) -> None:
    for t in doc:
        assert tokens_before(doc, t.idx) == t.i
    assert tokens_before(doc, len(doc.text)) == len(doc)
