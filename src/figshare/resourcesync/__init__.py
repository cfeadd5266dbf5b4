"""ResourceSync (ANSI/NISO Z39.99-2017, versions 1.0 and 1.1) client: discovery, lazy readers, sync.

```python
from figshare.resourcesync import ResourceSyncClient

with ResourceSyncClient() as rs:
    source = rs.discover("https://scholardata.sun.ac.za")
    for url in source.capability_list_urls:
        if (list_url := rs.capability_list(url).resource_list) is not None:  # None: no Resource List
            for resource in rs.resource_list(list_url):
                print(resource.uri, resource.lastmod, dict(resource.hashes))
    result = rs.sync("https://scholardata.sun.ac.za", "mirror/", progress=print)
```
"""

from figshare.resourcesync._async_client import AsyncDocument, AsyncResourceSyncClient
from figshare.resourcesync._client import Document, ResourceSyncClient
from figshare.resourcesync._discovery import SourceDescription
from figshare.resourcesync._errors import (
    DiscoveryError,
    DocumentError,
    DocumentTooLargeError,
    DumpError,
    LocalFileError,
    OtherHostError,
    PathCollisionError,
    PathEscapeError,
    ResourceSyncError,
    UnexpectedCapabilityError,
    VerificationError,
)
from figshare.resourcesync._model import Capability, CapabilityList, Change, DocumentInfo, Entry, Link, Metadata
from figshare.resourcesync._plan import SyncAction, SyncEvent, SyncResult, UriPathMapper
from figshare.resourcesync._xml import SitemapParser

__all__ = [
    "AsyncDocument",
    "AsyncResourceSyncClient",
    "Capability",
    "CapabilityList",
    "Change",
    "DiscoveryError",
    "Document",
    "DocumentError",
    "DocumentInfo",
    "DocumentTooLargeError",
    "DumpError",
    "Entry",
    "Link",
    "LocalFileError",
    "Metadata",
    "OtherHostError",
    "PathCollisionError",
    "PathEscapeError",
    "ResourceSyncClient",
    "ResourceSyncError",
    "SitemapParser",
    "SourceDescription",
    "SyncAction",
    "SyncEvent",
    "SyncResult",
    "UnexpectedCapabilityError",
    "UriPathMapper",
    "VerificationError",
]
