"""ResourceSync (ANSI/NISO Z39.99-2017, versions 1.0 and 1.1) client: discovery, lazy readers, sync."""

from ._errors import (
    DiscoveryError,
    DocumentError,
    DumpError,
    PathEscapeError,
    ResourceSyncError,
    UnexpectedCapabilityError,
    VerificationError,
)
from ._model import Capability, Change, DocumentInfo, Entry, Link, Metadata

__all__ = [
    "Capability",
    "Change",
    "DiscoveryError",
    "DocumentError",
    "DocumentInfo",
    "DumpError",
    "Entry",
    "Link",
    "Metadata",
    "PathEscapeError",
    "ResourceSyncError",
    "UnexpectedCapabilityError",
    "VerificationError",
]
