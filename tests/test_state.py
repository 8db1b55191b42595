"""claimkit's Doc state survives spaCy's serialisation: Doc.to_bytes, DocBin, pickling."""

from __future__ import annotations

import pickle

from spacy.tokens import Doc, DocBin

from claimkit.extractor import Extractor

TEXT = (
    '"We will win," said John Smith, a spokesman for Acme Corp., on Friday. '
    "He left the next day, according to Reuters."
)

EXTENSIONS = ("ck_published", "ck_layout", "ck_quotes", "ck_attributions", "ck_entities")


def _processed(extractor: Extractor) -> Doc:
    job = extractor._job({"text": TEXT, "published": "2020-01-03"})
    return extractor._run(job.docs[0])


def _state(doc: Doc) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in (*EXTENSIONS, "ck_times"):
        value = getattr(doc._, name)
        out[name] = list(value) if isinstance(value, (list, tuple)) else value
    return out


def test_doc_to_bytes_round_trip(extractor: Extractor) -> None:
    doc = _processed(extractor)
    assert doc._.ck_attributions and doc._.ck_times and doc._.ck_entities
    again = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert _state(again) == _state(doc)
    assert again._.ck_attributions[0].speaker.name == doc._.ck_attributions[0].speaker.name


def test_docbin_round_trip_keeps_the_records(extractor: Extractor) -> None:
    doc = _processed(extractor)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (again,) = (
        DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(extractor.nlp.vocab)
    )
    assert _state(again) == _state(doc)


def test_pickled_doc_keeps_the_records(extractor: Extractor) -> None:
    doc = _processed(extractor)
    assert _state(pickle.loads(pickle.dumps(doc))) == _state(doc)


def test_a_restored_doc_builds_the_same_document(extractor: Extractor) -> None:
    job = extractor._job({"text": TEXT, "published": "2020-01-03"})
    doc = extractor._run(job.docs[0])
    again = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert job.finish([again]) == job.finish([doc])
