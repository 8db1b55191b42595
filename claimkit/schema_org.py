"""schema.org JSON-LD for claims: what fact-checkers put in ``ClaimReview.itemReviewed``.

Each claim becomes a ``Claim`` (a CreativeWork): ``text`` the content, ``author`` a
``Person`` or ``Organization``, ``dateCreated`` the statement's date, ``appearance`` the
article (a ``NewsArticle`` with its ``publisher`` and ``datePublished``) and, where the text
cites one, ``firstAppearance`` the cited statement, interview or outlet.
"""

from __future__ import annotations

from typing import Any

from claimkit.models import Claim, Document, Speaker

__all__ = ["claim_to_schema_org", "document_to_schema_org"]

CONTEXT = "https://schema.org"

#: The claimkit source kinds as schema.org CreativeWork types.
SOURCE_TYPES = {
    "statement": "CreativeWork",
    "interview": "CreativeWork",
    "outlet": "NewsArticle",
    "agency": "NewsArticle",
    "website": "WebPage",
    "social_media": "SocialMediaPosting",
    "document": "DigitalDocument",
    "unknown": "CreativeWork",
}


def _author(speaker: Speaker) -> dict[str, Any] | list[dict[str, Any]]:
    if speaker.type == "group" and " and " in speaker.name:
        # "Donald Trump and Vladimir Putin": each member an author, not one Person
        return [{"@type": "Person", "name": n} for n in speaker.name.split(" and ")]
    kind = "Organization" if speaker.type in ("organization", "document") else "Person"
    out: dict[str, Any] = {"@type": kind, "name": speaker.name}
    if kind == "Person" and speaker.role:
        out["jobTitle"] = speaker.role
    if speaker.affiliation:
        key = "affiliation" if kind == "Person" else "parentOrganization"
        out[key] = {"@type": "Organization", "name": speaker.affiliation}
    return out


def _article(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "NewsArticle"}
    if doc.url:
        out["url"] = doc.url
    if doc.title:
        out["headline"] = doc.title
    if doc.publisher:
        out["publisher"] = {"@type": "Organization", "name": doc.publisher}
    if doc.published:
        out["datePublished"] = doc.published.isoformat()
    if doc.agency:
        out["sourceOrganization"] = {"@type": "Organization", "name": doc.agency}
    return out


def claim_to_schema_org(
    claim: Claim, document: Document | None = None, *, context: bool = True
) -> dict[str, Any]:
    """One claim as a schema.org ``Claim`` (JSON-LD, a dict ready for ``json.dumps``).

    Without ``document`` there is no ``appearance``: a Claim does not know its article.
    The statement's date is ``dateCreated`` only when it is one day (a TimeML value such as
    '2017-11-11'); a week or a range is left out rather than guessed.
    """
    out: dict[str, Any] = {"@context": CONTEXT} if context else {}
    out.update({"@type": "Claim", "text": claim.said})
    if claim.speaker is not None:
        out["author"] = _author(claim.speaker)
    day = claim.when.day if claim.when is not None else None
    if day is not None:
        out["dateCreated"] = day.isoformat()
    if document is not None:
        out["appearance"] = _article(document)
    if claim.source is not None:
        out["firstAppearance"] = {
            "@type": SOURCE_TYPES.get(claim.source.kind, "CreativeWork"),
            "name": claim.source.name,
        }
    return out


def document_to_schema_org(doc: Document) -> list[dict[str, Any]]:
    """Every claim of a document as a schema.org ``Claim`` appearing in the article."""
    return [claim_to_schema_org(c, doc) for c in doc.claims]
