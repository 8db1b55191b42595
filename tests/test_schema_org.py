"""schema.org JSON-LD: Claims with the properties and value types the vocabulary defines."""

from __future__ import annotations

import json
from typing import Any

from claimkit.models import Claim, Document, SourceRef, Speaker, TextSpan, TimeRef
from claimkit.schema_org import claim_to_schema_org, document_to_schema_org

# schema.org (v29): the properties claimkit emits, per type, and the types each may hold.
# Claim is a CreativeWork; NewsArticle, WebPage, SocialMediaPosting and DigitalDocument are
# CreativeWorks; Person and Organization are Things.
WORKS = {"CreativeWork", "NewsArticle", "WebPage", "SocialMediaPosting", "DigitalDocument"}
AGENTS = {"Person", "Organization"}
PROPERTIES: dict[str, dict[str, set[str] | type]] = {
    "Claim": {
        "text": str,
        "author": AGENTS,
        "dateCreated": str,
        "appearance": WORKS,
        "firstAppearance": WORKS,
    },
    "CreativeWork": {"name": str},
    "NewsArticle": {
        "name": str,
        "url": str,
        "headline": str,
        "publisher": AGENTS,
        "datePublished": str,
        "sourceOrganization": {"Organization"},
    },
    "WebPage": {"name": str},
    "SocialMediaPosting": {"name": str},
    "DigitalDocument": {"name": str},
    "Person": {"name": str, "jobTitle": str, "affiliation": {"Organization"}},
    "Organization": {"name": str, "parentOrganization": {"Organization"}},
}


def _check(node: dict[str, Any], expected: set[str] | None = None) -> None:
    kind = node["@type"]
    assert kind in PROPERTIES, f"unknown type {kind}"
    if expected is not None:
        assert kind in expected, f"{kind} where {expected} is expected"
    for key, value in node.items():
        if key.startswith("@"):
            continue
        rng = PROPERTIES[kind].get(key)
        assert rng is not None, f"{kind} has no property {key}"
        if rng is str:
            assert isinstance(value, str) and value
        else:  # one value, or several (JSON-LD's array: the members of a group)
            assert isinstance(rng, set)
            for one in value if isinstance(value, list) else [value]:
                assert isinstance(one, dict)
                _check(one, rng)
    if kind in AGENTS or kind in WORKS - {"NewsArticle"}:
        assert node.get("name")


def _is_date(value: str) -> bool:
    import datetime as dt

    return dt.date.fromisoformat(value).isoformat() == value


def test_seed_claims_are_valid_schema_org(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        out = document_to_schema_org(doc)
        assert len(out) == len(doc.claims)
        json.dumps(out)  # JSON-LD is plain JSON
        for node, claim in zip(out, doc.claims, strict=True):
            assert node["@context"] == "https://schema.org" and node["@type"] == "Claim"
            _check(node)
            assert node["text"] == claim.content.text
            article = node["appearance"]
            assert article["publisher"]["name"] == doc.publisher
            assert article["datePublished"] == doc.published.isoformat()  # type: ignore[union-attr]
            if "dateCreated" in node:
                assert _is_date(node["dateCreated"])
            if claim.speaker is None:
                assert "author" not in node
            if claim.source is not None:
                assert node["firstAppearance"]["name"] == claim.source.name


def test_claim_fields_map_to_schema_org() -> None:
    text = "The Kremlin said on Saturday, in a statement, that talks went well."
    claim = Claim(
        id="c1",
        kind="indirect",
        content=TextSpan(text="talks went well", start=51, end=66),
        speaker=Speaker(
            name="Dmitry Peskov", type="person", role="spokesman", affiliation="the Kremlin"
        ),
        when=TimeRef(
            span=TextSpan(text="Saturday", start=21, end=29),
            value="2017-11-11",
            start="2017-11-11",
            end="2017-11-11",
            granularity="day",
        ),  # type: ignore[arg-type]
        source=SourceRef(name="a statement", kind="statement"),
    )
    node = claim_to_schema_org(claim)
    _check(node)
    assert "appearance" not in node
    assert node["author"] == {
        "@type": "Person",
        "name": "Dmitry Peskov",
        "jobTitle": "spokesman",
        "affiliation": {"@type": "Organization", "name": "the Kremlin"},
    }
    assert node["dateCreated"] == "2017-11-11"
    assert node["firstAppearance"] == {"@type": "CreativeWork", "name": "a statement"}
    org = claim.model_copy(update={"speaker": Speaker(name="the Kremlin", type="organization")})
    assert claim_to_schema_org(org)["author"] == {"@type": "Organization", "name": "the Kremlin"}
    week = claim.model_copy(
        update={
            "when": TimeRef(
                span=TextSpan(text="Saturday", start=21, end=29),
                value="2017-W45",
                start="2017-11-06",
                end="2017-11-12",
            )
        }  # type: ignore[arg-type]
    )
    assert "dateCreated" not in claim_to_schema_org(week)
    assert text[51:66] == "talks went well"


def test_a_group_is_its_members_as_authors() -> None:
    group = Speaker(name="Donald Trump and Vladimir Putin", type="group")
    claim = Claim(
        id="c1",
        kind="indirect",
        content=TextSpan(text="war must end", start=0, end=12),
        speaker=group,
    )
    node = claim_to_schema_org(claim)
    _check(node)
    assert node["author"] == [
        {"@type": "Person", "name": "Donald Trump"},
        {"@type": "Person", "name": "Vladimir Putin"},
    ]
