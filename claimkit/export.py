"""Documents out of Python: flat rows and tables (one row per claim, the same columns
everywhere), JSON Lines, and the JSON Schema of a Document.

``claim_rows``, the JSONL functions and ``json_schema`` need nothing but the models;
``to_dataframe`` and ``extract_frame`` need pandas (``pip install "claimkit[dask]"`` brings
it, or any pandas install).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from claimkit.models import ClaimCluster, ClusterMember, Document

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "claim_rows",
    "clusters_to_dataframe",
    "extract_frame",
    "json_schema",
    "read_jsonl",
    "to_dataframe",
    "write_jsonl",
]

#: The columns of every claims table, in order.
COLUMNS = (
    "doc_id",
    "claim_id",
    "kind",
    "speaker",
    "speaker_type",
    "role",
    "affiliation",
    "cue",
    "content",
    "content_start",
    "content_end",
    "said",
    "when",
    "when_from",
    "source",
    "source_kind",
    "reported_by",
    "confidence",
    "publisher",
    "published",
    "error",
)


def claim_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One flat dict per claim; a document with no claims or an error gives one row with
    the claim columns empty, so nothing disappears from a table."""
    rows: list[dict[str, Any]] = []
    for doc in docs:
        base = {
            "doc_id": doc.id,
            "publisher": doc.publisher,
            "published": doc.published,
            "error": doc.error,
        }
        if not doc.claims:
            rows.append({**dict.fromkeys(COLUMNS), **base})
            continue
        for c in doc.claims:
            rows.append(
                {
                    **base,
                    "claim_id": c.id,
                    "kind": c.kind,
                    "speaker": c.speaker.name if c.speaker else None,
                    "speaker_type": c.speaker.type if c.speaker else None,
                    "role": c.speaker.role if c.speaker else None,
                    "affiliation": c.speaker.affiliation if c.speaker else None,
                    "cue": c.cue.text if c.cue else None,
                    "content": c.content.text,
                    "content_start": c.content.start,
                    "content_end": c.content.end,
                    "said": c.said,
                    "when": c.when.value if c.when else None,
                    "when_from": c.when_from,
                    "source": c.source.name if c.source else None,
                    "source_kind": c.source.kind if c.source else None,
                    "reported_by": c.reported_by,
                    "confidence": c.confidence,
                }
            )
    return rows


def to_dataframe(docs: Document | Iterable[Document]) -> pd.DataFrame:
    """A pandas DataFrame of claims, one row per claim, columns :data:`COLUMNS`."""
    import pandas as pd

    items = [docs] if isinstance(docs, Document) else list(docs)
    return pd.DataFrame(claim_rows(items), columns=list(COLUMNS))


def extract_frame(
    df: pd.DataFrame,
    *,
    text: str = "text",
    published: str | None = "published",
    publisher: str | None = "publisher",
    id: str | None = "id",
    url: str | None = "url",
    n_process: int = 1,
    batch_size: int = 8,
    progress: bool = False,
    extractor: Any = None,
) -> pd.DataFrame:
    """Extract the claims of every row of ``df`` (a column of article texts, and optional
    columns of dates, publishers, ids and urls) into a claims DataFrame.

    A row without an id column gets its index as ``doc_id``. Runs as one ``extract_many``
    stream; a row that fails gives one row with ``error`` set.
    """
    from claimkit.extractor import default_extractor

    ex = extractor or default_extractor()
    columns = {"published": published, "publisher": publisher, "id": id, "url": url}
    present = {k: v for k, v in columns.items() if v is not None and v in df.columns}
    records = []
    for index, row in zip(df.index, df.to_dict("records"), strict=True):
        record = {"text": row[text], **{k: row[v] for k, v in present.items()}}
        if "id" not in present:
            record["id"] = str(index)
        records.append({k: (None if _missing(v) else v) for k, v in record.items()})
    docs = ex.extract_many(records, n_process=n_process, batch_size=batch_size, progress=progress)
    return to_dataframe(docs)


def clusters_to_dataframe(clusters: Iterable[ClaimCluster]) -> pd.DataFrame:
    """One row per cluster member: the cluster's id, speaker and first date, then the
    member's document, outlet, date, kind, speaker, source, content and chain (needs pandas)."""
    import pandas as pd

    rows = [
        {
            "cluster_id": k.id,
            "cluster_speaker": k.speaker,
            "first_seen": k.first_seen,
            **m.model_dump(exclude={"chain"}),
            "chain": " → ".join(m.chain),
        }
        for k in clusters
        for m in k.members
    ]
    columns = [
        "cluster_id",
        "cluster_speaker",
        "first_seen",
        *ClusterMember.model_fields,
    ]
    return pd.DataFrame(rows, columns=columns)


def write_jsonl(docs: Document | Iterable[Document], path: str | Path) -> int:
    """Write Documents to ``path`` as JSON Lines (one ``model_dump_json`` per line, UTF-8),
    streaming: a generator from ``extract_many`` is never held in memory. Returns the count.
    """
    items = [docs] if isinstance(docs, Document) else docs
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for doc in items:
            if not isinstance(doc, Document):
                raise TypeError(
                    f"write_jsonl takes claimkit Documents, got {type(doc).__name__} "
                    f"at position {count}"
                )
            out.write(doc.model_dump_json())
            out.write("\n")
            count += 1
    return count


def read_jsonl(path: str | Path) -> Iterator[Document]:
    """Read Documents written by :func:`write_jsonl` (or ``claimkit extract --format
    jsonl``), one at a time. A line that is not a Document raises ValueError naming the
    file and the line; blank lines are skipped."""
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield Document.model_validate_json(line)
            except ValidationError as exc:
                raise ValueError(
                    f"{path}, line {number}: not a claimkit Document "
                    f"({exc.error_count()} errors; first: {exc.errors()[0]['msg']})"
                ) from exc


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`~claimkit.Document` (pydantic's, draft 2020-12), as
    shipped in ``docs/schema/document.schema.json``.

    >>> json_schema()["title"]
    'Document'
    """
    return Document.model_json_schema()


def _missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN, NaT
    except (TypeError, ValueError):
        return False
