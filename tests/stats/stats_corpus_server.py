"""A stand-in Stats service that answers from the corpus of real and documented responses.

`PROVENANCE.tsv` says which request each corpus file answers (method, URL, status). `StatsCorpus` serves
those answers through `httpx.MockTransport`, matching method, path and query parameters exactly, so a test
passes only if the client sends the very request the response belongs to. It records every request.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy

USERNAME = "stats-user"
PASSWORD = "s3cret-Pa55word"


@dataclass(frozen=True)
class CorpusAnswer:
    file: str
    method: str
    path: str
    query: frozenset[tuple[str, str]]
    status: int
    body: bytes


@dataclass
class StatsCorpus:
    """Serves corpus answers; unknown requests get a JSON 404 naming the request."""

    answers: list[CorpusAnswer]
    requests: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        query = frozenset(request.url.params.multi_items())
        for answer in self.answers:
            if (answer.method, answer.path, answer.query) == (request.method, request.url.path, query):
                return httpx.Response(
                    answer.status,
                    content=answer.body,
                    headers={"Content-Type": "application/json; charset=UTF-8"},
                )
        return httpx.Response(404, json={"message": f"no corpus answer for {request.method} {request.url}"})

    def prefer(self, file: str) -> None:
        """Serve corpus file `file` (a stem) before any other answer to the same request."""
        self.answers.sort(key=lambda answer: answer.file != file)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    def async_transport(self) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return self.handler(request)

        return httpx.MockTransport(handle)


def load_stats_corpus(corpus_dir: Path) -> list[CorpusAnswer]:
    answers = {}
    with (corpus_dir / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as table:
        for row in csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row["file"].startswith("stats/") or not row["status"].isdigit():
                continue
            method, url = row["request"].split()[:2]
            if "{" in url:  # an id blanked in the source; tests serve that file by hand
                continue
            if "?" not in url and "&" in url:  # a documentation typo: '&' where the query starts
                url = url.replace("&", "?", 1)
            parsed = httpx.URL(url)
            answers[row["file"]] = CorpusAnswer(
                file=Path(row["file"]).stem,
                method=method,
                path=parsed.path,
                query=frozenset(parsed.params.multi_items()),
                status=int(row["status"]),
                body=(corpus_dir / row["file"]).read_bytes(),
            )
    return list(answers.values())


def quiet_options() -> dict[str, object]:
    """No rate limit and no retries, so tests are fast and each call sends exactly what it says."""
    return {"rate_limit": RateLimiter(None), "retry": RetryPolicy(max_retries=0)}
