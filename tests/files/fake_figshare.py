"""A public Figshare API with article versions, DOIs, zips and a storage host, as an `httpx.MockTransport`
handler (the emulator has none of these)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterator

import httpx

API = "https://api.figshare.com/v2"
STORAGE = "https://s3.eu-west-1.amazonaws.com/pfigshare-u-files"


@dataclasses.dataclass
class StoredFile:
    id: int
    name: str
    content: bytes

    def record(self) -> dict[str, object]:
        md5 = hashlib.md5(self.content).hexdigest()
        return {
            "id": self.id,
            "name": self.name,
            "size": len(self.content),
            "is_link_only": False,
            "download_url": f"https://ndownloader.figshare.com/files/{self.id}",
            "supplied_md5": md5,
            "computed_md5": md5,
        }


class _InterruptedStream(httpx.SyncByteStream):
    def __init__(self, content: bytes, cut_after: int) -> None:
        self._content, self._cut_after = content, cut_after

    def __iter__(self) -> Iterator[bytes]:
        yield self._content[: self._cut_after]
        raise httpx.ReadError("connection reset by peer")


class FakeFigshare:
    """Article 123 (versions 1 and 2, DOI 10.6084/m9.figshare.123.v<n>), article 777 with a custom DOI."""

    def __init__(self) -> None:
        v1 = [StoredFile(1001, "old.csv", b"version one\n" * 100)]
        v2 = [
            StoredFile(2001, "new.csv", b"version two\n" * 200),
            StoredFile(2002, "extra.bin", bytes(range(256)) * 40),
        ]
        self.versions: dict[tuple[int, int], list[StoredFile]] = {(123, 1): v1, (123, 2): v2}
        self.dois = {(123, 1): "10.6084/m9.figshare.123.v1", (123, 2): "10.6084/m9.figshare.123.v2"}
        self.custom = [StoredFile(7001, "custom.txt", b"custom DOI\n")]
        self.files = {stored.id: stored for stored in [*v1, *v2, *self.custom]}
        self.zips = {"123": b"PK zip of v2", "123/1": b"PK zip of v1"}
        self.requests: list[httpx.Request] = []
        self.waf_file_ids: set[int] = set()
        self.ignore_range = False
        self.cut_next_download_after: int | None = None
        self.content_disposition: str | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url)
        if url.startswith(STORAGE):
            return self._storage(request)
        path = request.url.path
        if path.startswith("/v2/account/"):
            return _json(404, {"message": "Entity not found: Article", "code": "EntityNotFound"})
        if match := re.fullmatch(r"/v2/file/download/(\d+)", path):
            file_id = int(match.group(1))
            if file_id in self.waf_file_ids:
                return httpx.Response(202, headers={"x-amzn-waf-action": "challenge"})
            return httpx.Response(302, headers={"Location": f"{STORAGE}/{file_id}/blob?X-Amz-Signature=s1"})
        if match := re.fullmatch(r"/v2/articles/(\d+)(?:/versions/(\d+))?/download", path):
            key = match.group(1) + (f"/{match.group(2)}" if match.group(2) else "")
            return httpx.Response(302, headers={"Location": f"{STORAGE}/zip/{key}?X-Amz-Signature=s1"})
        if path == "/v2/articles":
            doi = request.url.params.get("doi", "")
            found = [{"id": 777, "doi": "10.5555/Custom.DOI"}] if doi == "10.5555/custom.doi" else []
            return _json(200, found)
        if path == "/v2/articles/777":
            return _json(200, {"id": 777, "doi": "10.5555/Custom.DOI", "version": 1})
        if path == "/v2/articles/777/files":
            return _json(200, self._page(request, self.custom))
        if match := re.fullmatch(r"/v2/articles/123(?:/versions/(\d+))?(/files)?", path):
            version = int(match.group(1) or 2)
            if (123, version) not in self.versions:
                return _json(404, {"message": "Entity not found: ArticleVersion", "code": "EntityNotFound"})
            if match.group(2):
                return _json(200, self._page(request, self.versions[(123, version)]))
            return _json(200, {"id": 123, "doi": self.dois[(123, version)], "version": version, "folder_structure": {}})
        return httpx.Response(404, text="<html><body>Not Found</body></html>", headers={"Content-Type": "text/html"})

    def _page(self, request: httpx.Request, files: list[StoredFile]) -> list[dict[str, object]]:
        page = int(request.url.params.get("page", "1"))
        return [stored.record() for stored in files] if page == 1 else []

    def _storage(self, request: httpx.Request) -> httpx.Response:
        if "authorization" in request.headers:
            return httpx.Response(400, text="<Error><Code>InvalidArgument</Code></Error>")
        parts = request.url.path.split("/")
        if parts[2] == "zip":
            return httpx.Response(200, content=self.zips["/".join(parts[3:])])
        stored = self.files[int(parts[2])]
        headers = {"Content-Disposition": self.content_disposition or f"attachment; filename={stored.name}"}
        content, status = stored.content, 200
        range_header = request.headers.get("range")
        if range_header and not self.ignore_range:
            start = int(range_header.removeprefix("bytes=").rstrip("-"))
            content, status = content[start:], 206
            headers["Content-Range"] = f"bytes {start}-{len(stored.content) - 1}/{len(stored.content)}"
        headers["Content-Length"] = str(len(content))
        if self.cut_next_download_after is not None:
            cut, self.cut_next_download_after = self.cut_next_download_after, None
            return httpx.Response(status, headers=headers, stream=_InterruptedStream(content, cut))
        return httpx.Response(status, headers=headers, content=content)


def _json(status: int, document: object) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(document).encode(), headers={"Content-Type": "application/json"})
