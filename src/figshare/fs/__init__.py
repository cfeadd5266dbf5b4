"""``figshare://``: Figshare as an fsspec filesystem, for pandas, xarray, Dask, PyArrow and Zarr.

Install with ``pip install 'figshare-sdk[fsspec]'``; fsspec finds the protocol through its entry point::

    import pandas as pd

    frame = pd.read_csv("figshare://articles/14763051/tiny-data.txt")
    frame = pd.read_parquet("figshare://articles/10.6084/m9.figshare.123.v2/table.parquet", columns=["a"])

See `FigshareFileSystem` for paths and options, `figshare.fs.cluster` for Dask clusters, and
``docs/reading-with-pandas-and-dask.md`` for the guide.
"""

from __future__ import annotations

try:
    import fsspec  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("figshare.fs needs fsspec: pip install 'figshare-sdk[fsspec]'") from error

from figshare.fs._errors import (
    FigshareFileExistsError,
    FigshareFSError,
    FigshareIsADirectoryError,
    FigsharePathNotFoundError,
    ReadOnlyPathError,
    TokenRequiredError,
    UnlistableError,
)
from figshare.fs._filesystem import FigshareFileSystem, FigshareReadFile, FigshareWriteFile

__all__ = [
    "FigshareFSError",
    "FigshareFileExistsError",
    "FigshareFileSystem",
    "FigshareIsADirectoryError",
    "FigsharePathNotFoundError",
    "FigshareReadFile",
    "FigshareWriteFile",
    "ReadOnlyPathError",
    "TokenRequiredError",
    "UnlistableError",
]
