from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class ReadcubeAddCitesBody(RequestModel):
    """The ``ReadcubeAddCitesBody`` object."""

    figshare_articles: list[ReadcubeAddCitesBodyFigshareArticlesItem]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "figshare_articles": "figshare_articles",
    }

    def __init__(
        self, figshare_articles: Sequence[ReadcubeAddCitesBodyFigshareArticlesItem | Mapping[str, Any]]
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.figshare_articles = check(
            figshare_articles, [ReadcubeAddCitesBodyFigshareArticlesItem], "ReadcubeAddCitesBody.figshare_articles"
        )
        self.additional_properties = {}


# At the end: models may refer to each other.

from .readcube_add_cites_body_figshare_articles_item import ReadcubeAddCitesBodyFigshareArticlesItem  # noqa: E402
