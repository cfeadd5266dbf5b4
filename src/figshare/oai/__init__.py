"""OAI-PMH 2.0 harvesting, sync (``OAIClient``) and async (``AsyncOAIClient``), tuned for Figshare.

>>> from figshare.oai import OAIClient, portal_set
>>> with OAIClient() as oai:                                      # doctest: +SKIP
...     for record in oai.list_records("oai_dc", set_spec=portal_set(63)):
...         if record.dublin_core is not None:  # None for deleted records
...             print(record.header.article_id, record.dublin_core.title)
"""

from figshare.oai._async_client import AsyncOAIClient, AsyncOAIList
from figshare.oai._client import OAIClient, OAIList
from figshare.oai._cursor import ListCursor, ListQuery
from figshare.oai._datacite import (
    AlternateIdentifier,
    DataCiteDate,
    DataCiteName,
    DataCiteResource,
    DataCiteSubject,
    DataCiteText,
    FundingReference,
    NameIdentifier,
    RelatedIdentifier,
    Rights,
    parse_datacite,
)
from figshare.oai._datestamp import DAY_GRANULARITY, SECOND_GRANULARITY, Granularity, parse_datestamp
from figshare.oai._dublin_core import DublinCore, parse_dublin_core
from figshare.oai._errors import (
    BadArgumentError,
    BadResumptionTokenError,
    BadVerbError,
    CannotDisseminateFormatError,
    CheckpointError,
    IdDoesNotExistError,
    MetadataParseError,
    NoMetadataFormatsError,
    NoRecordsMatchError,
    NoSetHierarchyError,
    OAIError,
    OAIRequestError,
    OAIResponseError,
    OAIResponseTooLargeError,
    RepeatedResumptionTokenError,
    UnsafeXMLError,
)
from figshare.oai._figshare import (
    FIGSHARE_OAI_URL,
    article_id,
    article_identifier,
    category_set,
    item_type_set,
    month_year_set,
    portal_set,
)
from figshare.oai._harvest import HarvestProgress, ProgressCallback
from figshare.oai._models import Header, Identify, MetadataFormat, OAISet, Record, ResumptionToken

__all__ = [
    "DAY_GRANULARITY",
    "FIGSHARE_OAI_URL",
    "SECOND_GRANULARITY",
    "AlternateIdentifier",
    "AsyncOAIClient",
    "AsyncOAIList",
    "BadArgumentError",
    "BadResumptionTokenError",
    "BadVerbError",
    "CannotDisseminateFormatError",
    "CheckpointError",
    "DataCiteDate",
    "DataCiteName",
    "DataCiteResource",
    "DataCiteSubject",
    "DataCiteText",
    "DublinCore",
    "FundingReference",
    "Granularity",
    "HarvestProgress",
    "Header",
    "IdDoesNotExistError",
    "Identify",
    "ListCursor",
    "ListQuery",
    "MetadataFormat",
    "MetadataParseError",
    "NameIdentifier",
    "NoMetadataFormatsError",
    "NoRecordsMatchError",
    "NoSetHierarchyError",
    "OAIClient",
    "OAIError",
    "OAIList",
    "OAIRequestError",
    "OAIResponseError",
    "OAIResponseTooLargeError",
    "OAISet",
    "ProgressCallback",
    "Record",
    "RelatedIdentifier",
    "RepeatedResumptionTokenError",
    "ResumptionToken",
    "Rights",
    "UnsafeXMLError",
    "article_id",
    "article_identifier",
    "category_set",
    "item_type_set",
    "month_year_set",
    "parse_datacite",
    "parse_datestamp",
    "parse_dublin_core",
    "portal_set",
]
