"""Across documents: the same statement reported by several outlets forms one cluster."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import claimkit
from claimkit.clusters import chain_graph, corroborate, postings
from claimkit.models import Claim, ClaimCluster, Document, SourceRef, Speaker, TextSpan
from claimkit.wording import stems


def _doc(
    doc_id: str, publisher: str, day: int, said: list[tuple[str | None, str, str]]
) -> Document:
    """A document of "<speaker> said <content>." sentences; speaker None: own voice."""
    text, claims = "", []
    for n, (who, kind, content) in enumerate(said, 1):
        lead = f"{who} said " if who else ""
        start = len(text) + len(lead)
        text += f"{lead}{content}. "
        speaker = None
        if who:
            kind_of = "document" if "statement" in who else "person"
            speaker = Speaker(name=who, type=kind_of)  # type: ignore[arg-type]
        claims.append(
            Claim(
                id=f"c{n}",
                kind="indirect" if who else "unattributed",
                content=TextSpan(text=content, start=start, end=start + len(content)),
                speaker=speaker,
                source=SourceRef(name=kind, kind="statement") if kind else None,
            )
        )
    return Document(
        id=doc_id, text=text, publisher=publisher, published=dt.date(2020, 1, day), claims=claims
    )


def _members(cluster: ClaimCluster) -> set[tuple[str, str]]:
    return {(m.doc_id, m.claim_id) for m in cluster.members}


def test_a_partial_quote_and_its_paraphrase_merge_across_outlets() -> None:
    a = _doc(
        "a", "Outlet A", 3, [("Angela Merkel", "", 'the euro is "irreversible and here to stay"')]
    )
    b = _doc(
        "b",
        "Outlet B",
        2,
        [("Merkel", "", "the single currency was irreversible and here to stay")],
    )
    (cluster,) = corroborate([a, b])
    assert _members(cluster) == {("a", "c1"), ("b", "c1")}
    assert cluster.speaker == "Angela Merkel"
    assert cluster.first_seen == dt.date(2020, 1, 2)
    assert cluster.publishers == ["Outlet A", "Outlet B"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same words from different people are different statements
        (
            ("Angela Merkel", "the euro is irreversible"),
            ("Emmanuel Macron", "the euro is irreversible"),
        ),
        # the outlet's own voice is not a speaker's claim
        ((None, "the euro is irreversible"), ("Angela Merkel", "the euro is irreversible")),
        # one common word and a shared name are not the same statement
        (("Angela Merkel", "talks on Greece went well"), ("Merkel", "Greece must pay its debts")),
    ],
)
def test_no_merge(left: tuple[str | None, str], right: tuple[str | None, str]) -> None:
    a = _doc("a", "A", 1, [(left[0], "", left[1])])
    b = _doc("b", "B", 1, [(right[0], "", right[1])])
    assert corroborate([a, b]) == []


def test_a_document_speaker_fits_its_authors_and_one_outlet_alone_is_no_cluster() -> None:
    a = _doc(
        "a", "A", 1, [("the statement", "the statement", "all sides must join the Vienna talks")]
    )
    b = _doc("b", "B", 1, [("Sergei Lavrov", "", "every side should join the Vienna talks soon")])
    (cluster,) = corroborate([a, b])
    assert cluster.speaker == "Sergei Lavrov"
    assert corroborate([a]) == []
    assert len(corroborate([a, b], min_documents=3)) == 0


def test_documents_with_errors_are_skipped() -> None:
    a = _doc("a", "A", 1, [("Ann Lee", "", "rates will fall next year")])
    broken = Document(id="x", text="", error="E002: text must be a str")
    assert corroborate([a, broken, a.model_copy(update={"id": "b"})])[0].publishers == ["A"]


def _find(clusters: list[ClaimCluster], words: str) -> ClaimCluster:
    found = [k for k in clusters if any(words in m.content for m in k.members)]
    assert len(found) == 1, f"{words!r} is in {len(found)} clusters"
    return found[0]


def test_seed_statements_cluster_across_both_outlets(seed_docs: dict[str, Document]) -> None:
    docs = list(seed_docs.values())
    clusters = corroborate(docs)
    themes = {
        "no military solution": _find(clusters, "no military solution"),
        "humanitarian": _find(clusters, "humanitarian suffering"),
        "ISIS": _find(clusters, "determination to defeat ISIS"),
        "de-confliction channel": _find(clusters, "channels of communication"),
        "Geneva": _find(clusters, "Geneva process that lays"),
    }
    for cluster in themes.values():
        assert len({m.doc_id for m in cluster.members}) == 2
    assert len({k.id for k in themes.values()}) == len(themes), "distinct statements stay apart"
    assert themes["ISIS"] is not themes["no military solution"]
    clustered = {m.content for k in clusters for m in k.members}
    for unrelated in ("specifically prepared", "330,000", "pretending", "adhere to the Geneva"):
        assert not any(unrelated in c and len(c) < 60 for c in clustered), unrelated
    assert not any(m.speaker == "Bashar Assad" for k in clusters for m in k.members)


def test_seed_chains_name_the_websites(seed_docs: dict[str, Document]) -> None:
    by_publisher = {d.publisher: d for d in seed_docs.values()}
    assert postings(by_publisher["i24NEWS"]) == ["Kremlin website"]
    canada = by_publisher["Committee for the Republic of Canada"]
    assert postings(canada) == ["US State Department website", "Kremlin website"]
    cluster = next(
        k
        for k in corroborate(seed_docs.values())
        if any("no military" in m.content for m in k.members)
    )
    graph = chain_graph(cluster)
    assert graph.has_edge("EIRNS", "Committee for the Republic of Canada")
    assert graph.has_edge("Kremlin website", "EIRNS")
    assert graph.has_edge("US State Department website", "EIRNS")
    assert any("Kremlin website" in m.chain and m.publisher == "i24NEWS" for m in cluster.members)
    import networkx as nx

    assert json.dumps(nx.node_link_data(graph, edges="links"))  # exportable as JSON
    assert ClaimCluster.model_validate_json(cluster.model_dump_json()) == cluster


def test_cluster_views(seed_docs: dict[str, Document]) -> None:
    clusters = corroborate(seed_docs.values())
    frame = claimkit.export.clusters_to_dataframe(clusters)
    assert len(frame) == sum(len(k.members) for k in clusters)
    assert {"cluster_id", "publisher", "content", "chain"} <= set(frame.columns)
    a = _doc("a", "<b>A</b>", 1, [("Ann Lee", "", "rates <will> fall next year")])
    b = _doc("b", "B", 1, [("Ann Lee", "", "rates will fall sharply next year")])
    html = corroborate([a, b])[0]._repr_html_()
    assert "<b>A</b>" not in html and "&lt;b&gt;A&lt;/b&gt;" in html and "&lt;will&gt;" in html
    assert '<mark class="ck-diff">sharply</mark>' in html
    assert '<mark class="ck-diff">rates' not in html


def test_the_public_name_stays_the_function() -> None:
    """Importing the module behind it must not replace ``claimkit.corroborate``."""
    import claimkit.clusters
    import claimkit.display

    assert claimkit.corroborate([]) == []


@pytest.mark.parametrize(
    ("left", "right", "meet"),
    [
        ("channels", "channel", True),
        ("deported", "deportation", True),
        ("the statement", "the state", False),  # a five-letter cut made these one word
        ("general", "generation", False),
    ],
)
def test_wordings_meet_by_stem_not_by_prefix(left: str, right: str, meet: bool) -> None:
    assert bool(stems(left) & stems(right)) is meet
