"""The fixed vocabularies of the Stats API: counters, items, granularities and sub-items."""

from __future__ import annotations

from enum import Enum


class Counter(str, Enum):
    """What is counted."""

    VIEWS = "views"
    DOWNLOADS = "downloads"
    SHARES = "shares"


class Item(str, Enum):
    """What the events are counted on (the path segment after the counter)."""

    ARTICLE = "article"
    AUTHOR = "author"
    COLLECTION = "collection"
    GROUP = "group"
    PROJECT = "project"


class Granularity(str, Enum):
    """How timeline and breakdown results are bucketed; ``TOTAL`` gives one bucket for the whole range."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    TOTAL = "total"


class SubItem(str, Enum):
    """A filter on timelines and breakdowns, or what a ranking ranks.

    Timelines and breakdowns accept ``CATEGORY`` and ``ITEM_TYPE`` (with a ``sub_item_id``); rankings also
    accept ``REFERRAL`` (and take no ``sub_item_id``).
    """

    CATEGORY = "category"
    ITEM_TYPE = "item_type"
    REFERRAL = "referral"
