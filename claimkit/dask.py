"""Claims from a Dask DataFrame: ``extract_frame`` on every partition.

Each worker process builds its own default Extractor on first use and keeps it: the model
is loaded once per worker, not once per partition. Needs ``pip install "claimkit[dask]"``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from claimkit.export import COLUMNS
from claimkit.export import extract_frame as _pandas_extract_frame

__all__ = ["extract_frame"]


def _meta() -> pd.DataFrame:
    types = {"content_start": "Int64", "content_end": "Int64", "confidence": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, "object")) for c in COLUMNS})


def _partition(part: pd.DataFrame, kwargs: dict[str, Any]) -> pd.DataFrame:
    out = _pandas_extract_frame(part, **kwargs)
    return out.astype(_meta().dtypes.to_dict())


def extract_frame(ddf: Any, **kwargs: Any) -> Any:
    """A Dask DataFrame of claims from a Dask DataFrame of articles (same arguments as
    :func:`claimkit.export.extract_frame`, except ``n_process`` and ``extractor``)."""
    kwargs.pop("extractor", None)
    kwargs.pop("n_process", None)
    return ddf.map_partitions(_partition, kwargs, meta=_meta())
