"""Loopback HTTP/1.1 servers for the benchmarks, each in its own process: ``python _servers.py SITE_JSON``.

A lean asyncio server (keep-alive, Content-Length, one write per response) so that the server costs the
contenders as little as possible and the client's own work shows. It prints ``{"port": ...}`` once it
listens and stops when its standard input closes. ``GET /__requests`` answers how many requests it has
served (itself not counted), so the orchestrator can check that every contender sent the same requests.

Sites (built in this process from the shared reference material, see ``_corpus.py``):

- ``{"site": "article", "corpus": DIR}``: ``/v2/articles/<id>`` answers the recorded article body;
- ``{"site": "stats", "corpus": DIR}``: the corpus' Stats bodies at their paths (any query);
- ``{"site": "oai", "corpus": DIR, "records": N, "page_size": K}``: ``/v2/oai`` ListRecords pages;
- ``{"site": "resourcesync", "shared": DIR, "sitemaps": S, "per_sitemap": N}``: an index and its lists.
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import _corpus

Answer = tuple[int, bytes, bytes]  # status, content type, body
NOT_FOUND: Answer = (404, b"text/plain", b"not found")


class Site:
    def answer(self, method: str, target: str) -> Answer:
        raise NotImplementedError


class StaticSite(Site):
    """Bodies by path (the query is ignored)."""

    def __init__(self, bodies: dict[str, bytes], content_type: bytes) -> None:
        self.bodies = bodies
        self.content_type = content_type

    def answer(self, method: str, target: str) -> Answer:
        body = self.bodies.get(target.split("?", 1)[0])
        return NOT_FOUND if body is None else (200, self.content_type, body)


class OAISite(Site):
    """ListRecords pages; the first without a token, the next ones by their token."""

    def __init__(self, pages: list[bytes]) -> None:
        self.pages = pages

    def answer(self, method: str, target: str) -> Answer:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        if parts.path != "/v2/oai" or query.get("verb") != ["ListRecords"]:
            return NOT_FOUND
        token = query.get("resumptionToken")
        if token is None:
            number = 1
        else:
            try:
                number = int(parse_qs(base64.b64decode(token[0]).decode())["page"][0])
            except (ValueError, KeyError):
                return (200, b"text/xml; charset=utf-8", b"<OAI-PMH><error code='badResumptionToken'/></OAI-PMH>")
        if not 1 <= number <= len(self.pages):
            return NOT_FOUND
        return (200, b"text/xml; charset=utf-8", self.pages[number - 1])


def build_site(spec: dict[str, Any], base: str) -> tuple[Site, dict[str, Any]]:
    kind = spec["site"]
    if kind == "article":
        article_id, body = _corpus.article(Path(spec["corpus"]))
        return StaticSite({f"/v2/articles/{article_id}": body}, b"application/json"), {
            "article_id": article_id,
            "body_bytes": len(body),
            "custom_fields": len(json.loads(body).get("custom_fields") or []),
        }
    if kind == "stats":
        bodies = _corpus.stats_bodies(Path(spec["corpus"]))
        site = StaticSite({body.path.split("?", 1)[0]: body.body for body in bodies}, b"application/json")
        return site, {"calls": [{"path": body.path, "file": body.file, **body.call} for body in bodies]}
    if kind == "oai":
        pages = _corpus.oai_pages(Path(spec["corpus"]), spec["records"], spec["page_size"])
        return OAISite(pages), {"pages": len(pages), "bytes": sum(map(len, pages))}
    if kind == "resourcesync":
        documents = _corpus.resourcesync_documents(Path(spec["shared"]), base, spec["sitemaps"], spec["per_sitemap"])
        return StaticSite(documents, b"application/xml"), {
            "index": f"{base}/dataset1/resourcelist-index.xml",
            "bytes": sum(map(len, documents.values())),
        }
    raise SystemExit(f"unknown site {kind!r}")


class Connection(asyncio.Protocol):
    served = 0

    def __init__(self, site: Site) -> None:
        self.site = site
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            length, close = 0, False
            for line in head[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = head[0].split(" ", 2)
            if target == "/__requests":
                status, content_type, body = 200, b"application/json", json.dumps(Connection.served).encode()
            else:
                Connection.served += 1
                status, content_type, body = self.site.answer(method, target)
            reason = b"OK" if status == 200 else b"Not Found"
            self.transport.writelines(
                [
                    b"HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n"
                    % (status, reason, content_type, len(body), b"Connection: close\r\n" if close else b""),
                    body,
                ]
            )
            if close:
                self.transport.close()
                self.transport = None


def main() -> None:
    spec = json.loads(sys.argv[1])
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    site, info = build_site(spec, f"http://127.0.0.1:{port}")

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: Connection(site), sock=listener)
        stopped = asyncio.Event()
        threading.Thread(target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stopped.set)), daemon=True).start()
        sys.stdout.write(json.dumps({"port": port, "base": f"http://127.0.0.1:{port}", **info}) + "\n")
        sys.stdout.flush()
        async with server:
            await stopped.wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
