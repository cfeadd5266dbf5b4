"""The runtime of the generated models and resources: the same objects as ``figshare_api.types``.

``figshare_api_v3`` shares them (and every model that is the same in both APIs), so that ``UNSET`` is one
object and a model of one package is accepted by the other.
"""

from figshare_api.types import (
    UNSET,
    AsyncRequester,
    File,
    FileTypes,
    Operation,
    Requester,
    RequestFiles,
    RequestModel,
    ResponseModel,
    Unset,
    check,
)

__all__ = [
    "UNSET",
    "AsyncRequester",
    "File",
    "FileTypes",
    "Operation",
    "RequestFiles",
    "RequestModel",
    "Requester",
    "ResponseModel",
    "Unset",
    "check",
]
