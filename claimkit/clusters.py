"""Across documents: group the claims several outlets report of one statement, and trace
how it reached each outlet.

Two claims from different documents report the same statement when

- their speakers can be the same: the same person, organisation or a shared member of a
  group ("Putin" and "Donald Trump and Vladimir Putin"), compared by surname and with
  rapidfuzz; a document ("the statement") or an unknown speaker conveys its authors' words
  and fits any speaker; claims in the outlet's own voice only fit each other; and
- their contents say the same thing: content words (stopwords out, stemmed so
  "channel"/"channels" and "deported"/"deportation" meet) weighted by rarity across all the
  claims, overlapping by at least :data:`STRONG` of the shorter claim; or by at least
  :data:`WEAK` together with an anchor: a shared run of words holding two content words
  ("the Geneva process", "losses on the battlefield") or a quoted fragment of one found in
  the other (rapidfuzz ``partial_ratio`` >= 90).

Matches form a graph (networkx); each connected group spanning two or more documents is a
:class:`~claimkit.models.ClaimCluster`. Single links can chain: a cluster is a candidate
for a person to check, not a verdict.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimkit.models import ChainLink, Claim, ClaimCluster, ClusterMember, Document
from claimkit.wording import is_stop
from claimkit.wording import words as _words

__all__ = ["STRONG", "WEAK", "chain_graph", "corroborate", "postings"]

STRONG = 0.6
WEAK = 0.2

_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,}?)[\"“”«»]|(?<!\w)['‘]([^'‘’]{3,}?)['’](?!\w)")
_SITE = r"(?:[\w’'.-]+\s+){0,8}?websites?"
_POSTED = re.compile(
    rf"\b(?:posted|published)\s+(?:to|on)\s+({_SITE}(?:\s*,?\s*(?:and\s+)?(?:on\s+|to\s+)?{_SITE})*)",
    re.IGNORECASE,
)
_SITE_SPLIT = re.compile(r"\s*(?:,|\band\b(?:\s+(?:on|to))?)\s*")
_DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "its ", "their ")


def _bare(name: str) -> str:
    low = name.strip()
    for det in _DETERMINERS:
        if low.lower().startswith(det):
            return low[len(det) :]
    return low


@dataclass
class _Item:
    doc: Document
    claim: Claim
    stems: list[str]
    content: set[str]
    quotes: list[str]
    plain: str
    speaker: frozenset[str] | None  # None: fits any speaker


def _speaker_keys(claim: Claim) -> frozenset[str] | None:
    sp = claim.speaker
    if sp is None:
        return frozenset()
    if sp.type in ("document", "unknown") or _document_spoke(claim):
        return None
    parts = re.split(r",\s*|\s+and\s+", sp.name)
    return frozenset(_bare(p).split()[-1].lower() for p in parts if _bare(p).split())


def _document_spoke(claim: Claim) -> bool:
    """Did a document speak ("the statement said") whose author the text named elsewhere?
    Its words may be any of its authors'. ("Assad's statement said" names its author.)"""
    sp, src = claim.speaker, claim.source
    if sp is None or sp.mention is None or src is None or src.span is None:
        return False
    same = sp.mention.start < src.span.end and src.span.start < sp.mention.end
    return same and _bare(sp.name).lower() not in f"{sp.mention.text} {src.name}".lower()


def _item(doc: Document, claim: Claim) -> _Item:
    words = _words(claim.said)
    quotes = [" ".join(w for w, _ in _words(a or b)) for a, b in _QUOTED.findall(claim.said)]
    return _Item(
        doc=doc,
        claim=claim,
        stems=[w for w, _ in words],
        content={w for w, c in words if c},
        quotes=[q for q in quotes if len(q.split()) >= 2],
        plain=" ".join(w for w, _ in words),
        speaker=_speaker_keys(claim),
    )


def _speakers_fit(a: _Item, b: _Item) -> bool:
    if a.speaker is None or b.speaker is None:
        return True
    if not a.speaker or not b.speaker:
        return a.speaker == b.speaker  # the outlets' own voice only fits itself
    if a.speaker & b.speaker:
        return True
    from rapidfuzz import fuzz

    names = (a.claim.speaker, b.claim.speaker)
    return bool(names[0] and names[1] and fuzz.token_set_ratio(names[0].name, names[1].name) >= 90)


def _overlap(a: _Item, b: _Item, idf: dict[str, float]) -> float:
    if not a.content or not b.content:
        return 0.0

    def weight(terms: set[str]) -> float:
        return sum(idf[t] for t in terms)

    return weight(a.content & b.content) / min(weight(a.content), weight(b.content))


def _anchored(a: _Item, b: _Item) -> bool:
    """A shared run of words with two content words, or a quoted fragment found in the
    other claim."""
    from rapidfuzz import fuzz

    matcher = difflib.SequenceMatcher(None, a.stems, b.stems, autojunk=False)
    for block in matcher.get_matching_blocks():
        run = a.stems[block.a : block.a + block.size]
        if sum(1 for w in run if not is_stop(w)) >= 2:
            return True
    return any(
        fuzz.partial_ratio(q, other.plain) >= 90 for x, other in ((a, b), (b, a)) for q in x.quotes
    )


def same_statement(a: _Item, b: _Item, idf: dict[str, float]) -> bool:
    """Do two claims of different documents report the same statement?"""
    if not _speakers_fit(a, b):
        return False
    overlap = _overlap(a, b, idf)
    return overlap >= STRONG or (overlap >= WEAK and _anchored(a, b))


def postings(doc: Document) -> list[str]:
    """The websites the document says a statement is posted or published on: "posted to
    the US State Department website and on the Kremlin website" gives both; "In a statement
    published on its website, the Kremlin said" gives "Kremlin website"."""
    sites: list[str] = []
    for m in _POSTED.finditer(doc.text):
        for part in _SITE_SPLIT.split(m.group(1)):
            part = part.strip()
            if not part:
                continue
            if part.lower().startswith(("its ", "their ")):
                owner = _owner(doc, m.start())
                if owner is None:
                    continue
                part = f"{owner} {part.split(' ', 1)[1]}"
            sites.append(_bare(part))
    return list(dict.fromkeys(sites))


def _owner(doc: Document, at: int) -> str | None:
    """The speaker of the claim whose cited source holds character ``at``."""
    for c in doc.claims:
        span = c.source.span if c.source else None
        if span is not None and span.start <= at < span.end and c.speaker is not None:
            return _bare(c.speaker.name)
    return None


def _chain(doc: Document, claim: Claim, sites: list[str]) -> tuple[list[str], list[ChainLink]]:
    """The member's path from speaker to outlet, and its edges."""
    by_id = {c.id: c for c in doc.claims}
    reporter = by_id.get(claim.reported_by or "")
    source = claim.source or (reporter.source if reporter else None)
    speaker = claim.speaker.name if claim.speaker else f"{doc.publisher or doc.id} (own voice)"
    outlet = doc.publisher or doc.id
    path = [speaker]
    links: list[ChainLink] = []
    last = [speaker]

    def step(nodes: list[str], relation: str) -> None:
        nonlocal last
        for a in last:
            for b in nodes:
                if a != b:
                    links.append(ChainLink(source=a, target=b, relation=relation))
        path.append(" / ".join(nodes))  # parallel sites share one step
        last = nodes

    if source is not None:
        if _bare(source.name).lower() != _bare(speaker).lower():
            step([_bare(source.name)], "issued")
        if sites and (
            source.kind in ("statement", "document", "website")
            or "statement" in source.name.lower()
        ):
            step(sites, "posted on")
    if reporter is not None and reporter.speaker is not None:
        step([reporter.speaker.name], "cited by")
    if doc.agency:
        step([doc.agency], "cited by")
    step([outlet], "reported by")
    return path, links


def _candidates(items: list[_Item]) -> list[tuple[int, int]]:
    """Pairs of claims from different documents that share a content word: no other pair
    can reach the overlap threshold, so an archive is not compared claim by claim."""
    holders: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        for term in it.content:
            holders.setdefault(term, []).append(i)
    pairs = {
        (i, j)
        for group in holders.values()
        for n, i in enumerate(group)
        for j in group[n + 1 :]
        if items[i].doc is not items[j].doc
    }
    return sorted(pairs)


def corroborate(docs: Iterable[Document], *, min_documents: int = 2) -> list[ClaimCluster]:
    """Group the claims of ``docs`` that report the same statement, across documents.

    Returns one :class:`~claimkit.models.ClaimCluster` per statement reported by at least
    ``min_documents`` documents, each member with its outlet, date, kind, source and the
    chain by which the words reached the outlet (speaker → statement → website → agency →
    outlet, as far as the text says). Documents with an error are skipped. Clusters come
    in order of their first member.
    """
    import networkx as nx

    documents = [d for d in docs if d.error is None]
    items = [_item(d, c) for d in documents for c in d.claims]
    seen = Counter(t for it in items for t in it.content)
    idf = {t: math.log((len(items) + 1) / (n + 0.5)) for t, n in seen.items()}
    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(range(len(items)))
    for i, j in _candidates(items):
        if same_statement(items[i], items[j], idf):
            graph.add_edge(i, j)
    sites = {id(d): postings(d) for d in documents}
    groups = [sorted(g) for g in nx.connected_components(graph)]
    groups = [g for g in groups if len({id(items[i].doc) for i in g}) >= min_documents]
    return [
        _cluster(f"k{n}", [items[i] for i in g], sites) for n, g in enumerate(sorted(groups), 1)
    ]


def _cluster(cid: str, members: list[_Item], sites: dict[int, list[str]]) -> ClaimCluster:
    out: list[ClusterMember] = []
    links: dict[tuple[str, str], ChainLink] = {}
    for it in members:
        doc, claim = it.doc, it.claim
        path, edges = _chain(doc, claim, sites[id(doc)])
        for e in edges:
            links.setdefault((e.source, e.target), e)
        out.append(
            ClusterMember(
                doc_id=doc.id,
                claim_id=claim.id,
                publisher=doc.publisher,
                published=doc.published,
                kind=claim.kind,
                speaker=claim.speaker.name if claim.speaker else None,
                content=claim.said,
                source=claim.source.name if claim.source else None,
                when=claim.when.day if claim.when else None,
                chain=path,
            )
        )
    dates = [m.when or m.published for m in out if (m.when or m.published) is not None]
    named = [
        it.claim.speaker.name
        for it in members
        if it.claim.speaker is not None
        and it.claim.speaker.type in ("person", "group", "organization")
    ]
    # persons and groups over organisations, which often only relay ("… says Kremlin")
    rank = {
        it.claim.speaker.name: it.claim.speaker.type != "organization"
        for it in members
        if it.claim.speaker
    }
    best = max(
        Counter(named).items(), key=lambda kv: (rank[kv[0]], kv[1], len(kv[0])), default=None
    )
    speaker = best[0] if best else None
    return ClaimCluster(
        id=cid,
        speaker=speaker,
        members=out,
        first_seen=min(dates) if dates else None,  # type: ignore[type-var]
        chain=list(links.values()),
    )


def chain_graph(cluster: ClaimCluster) -> Any:
    """The chain by which a statement reached its outlets as a ``networkx.DiGraph``: an
    edge per :class:`~claimkit.models.ChainLink`, its ``relation`` as an edge attribute
    (``networkx.node_link_data`` makes it JSON)."""
    import networkx as nx

    g: nx.DiGraph[str] = nx.DiGraph()
    for link in cluster.chain:
        g.add_edge(link.source, link.target, relation=link.relation)
    return g
