"""Claims tables: pandas, and the same rows from Dask partitions on a LocalCluster."""

from __future__ import annotations

import pandas as pd
import pytest

import claimkit
from claimkit.export import COLUMNS
from claimkit.extractor import Extractor

ARTICLES = pd.DataFrame(
    {
        "id": ["a", "b", "c", "d"],
        "text": [
            '"We will rebuild the bridge," Mayor John Smith said on Monday.',
            "Nothing to see here.",
            "Kremlin spokesman Dmitry Peskov told Sputnik that the statement was ready.",
            "The minister said the budget would be balanced, according to the report.",
        ],
        "published": ["2017-11-15", None, "2017-11-11", "not a date"],
    }
)


def test_extract_frame_pandas(extractor: Extractor) -> None:
    out = claimkit.extract_frame(ARTICLES, extractor=extractor)
    assert list(out.columns) == list(COLUMNS)
    assert list(out["doc_id"].drop_duplicates()) == ["a", "b", "c", "d"]
    first = out[out.doc_id == "a"].iloc[0]
    assert (first.speaker, first.kind, first.when, first.content) == (
        "John Smith",
        "direct",
        "2017-11-13",
        "We will rebuild the bridge",
    )
    assert out[out.doc_id == "b"]["claim_id"].isna().all()  # no claims: still one row
    assert "E003" in out[out.doc_id == "d"].iloc[0].error  # a bad date: one error row
    assert out[out.doc_id == "c"].iloc[0].source == "Sputnik"


def test_to_dataframe_matches_rows(extractor: Extractor) -> None:
    doc = extractor.extract(ARTICLES.text[0], published="2017-11-15", id="a")
    frame = claimkit.to_dataframe(doc)
    assert len(frame) == len(doc.claims) == 1
    assert frame.iloc[0].content_start == doc.claims[0].content.start


@pytest.mark.slow
def test_dask_on_a_local_cluster_gives_the_pandas_rows(extractor: Extractor) -> None:
    import dask.dataframe as dd
    import distributed

    from claimkit.dask import extract_frame as dask_extract_frame

    expected = claimkit.extract_frame(ARTICLES, extractor=extractor)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        ddf = dd.from_pandas(ARTICLES, npartitions=2)
        got = dask_extract_frame(ddf).compute()
    got = got.reset_index(drop=True)
    pd.testing.assert_frame_equal(
        got.astype(object).where(got.notna(), None),
        expected.astype(object).where(expected.notna(), None),
        check_dtype=False,
    )
