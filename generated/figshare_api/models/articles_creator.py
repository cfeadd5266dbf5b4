from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class ArticlesCreator(RequestModel):
    """The ``ArticlesCreator`` object."""

    articles: list[int]
    """List of article ids"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "articles": "articles",
    }

    def __init__(self, articles: Sequence[int]) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.articles = check(articles, [int], "ArticlesCreator.articles")
        self.additional_properties = {}
