"""What the ``fs`` docs service serves: the items docs/reading-with-pandas-and-dask.md reads and writes.

The public side is tests/fs's demo dataset (articles 1001-1005, collection 2001, project 3001) plus what the
guide names beyond it: Figshare's real article 14763051 ("Test data for the Pooch library", its
``tiny-data.txt`` byte for byte), a netCDF-4 file for the xarray example, collection 5555555 and the OAI-PMH
set ``portal_63``. The account side (the upload emulator) has the guide's own article 12345.
"""

from __future__ import annotations

import io
from pathlib import Path

from tests.fs.public_server import ArticleVersion, Dataset, PublicArticle, PublicCollection, StoredFile, demo_dataset

OWN_ARTICLE_ID = 12345
"""The article of your own that the guide writes to."""

TINY_DATA = b"# A tiny data file for test purposes only\n1  2  3  4  5  6\n"
"""``tiny-data.txt`` of article 14763051 (59 bytes, md5 70e2afd3fd7e336ae478b1e740a5f08e, as Figshare lists it)."""


def netcdf_file() -> bytes:
    """A small netCDF-4 (HDF5) file: daily temperatures at two stations."""
    import numpy as np
    import xarray as xr

    days = np.arange("2021-01-01", "2021-02-01", dtype="datetime64[D]").astype("datetime64[ns]")
    temperature = np.linspace(-3.0, 12.0, days.size * 2).reshape(days.size, 2)
    dataset = xr.Dataset(
        {"temperature": (("time", "station"), temperature, {"units": "degC"})},
        coords={"time": days, "station": ["north", "south"]},
    )
    buffer = io.BytesIO()
    dataset.to_netcdf(buffer, engine="h5netcdf")
    return buffer.getvalue()


def guide_dataset() -> Dataset:
    """The public items the guide's examples read."""
    dataset = demo_dataset()
    extra = [
        PublicArticle(
            14763051,
            "Test data for the Pooch library",
            {1: ArticleVersion([StoredFile(28369770, "tiny-data.txt", TINY_DATA)])},
        ),
        PublicArticle(1006, "Station temperatures", {1: ArticleVersion([StoredFile(10061, "data.nc", netcdf_file())])}),
    ]
    dataset.articles.update({article.id: article for article in extra})
    dataset.collections[5555555] = PublicCollection(5555555, "Weather and data", 2, [1001, 14763051])
    dataset.oai_sets["portal_63"] = [1001, 14763051]
    return dataset


def write_local_files(folder: Path) -> None:
    """The local files the guide uploads (in the example's working folder)."""
    (folder / "big-local-file.h5").write_bytes(bytes(range(256)) * 20)
