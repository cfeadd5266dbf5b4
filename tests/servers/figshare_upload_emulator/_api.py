"""The REST host: the ``/v2`` endpoints of the upload and download flow, and ndownloader's WAF challenge."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from tests.servers.figshare_upload_emulator._server import EmulatorHandler
from tests.servers.figshare_upload_emulator._state import ApiError, not_found, paginate

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=UTF-8"
ACCEPTED_PAGE = (
    b"<html>\n <head>\n  <title>202 Accepted</title>\n </head>\n <body>\n"
    b"  <h1>202 Accepted</h1>\n  Accepted for processing.\n </body>\n</html>"
)
NOT_FOUND_PAGE = (
    b"<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n"
    b"  <h1>404 Not Found</h1>\n  No such resource.\n </body>\n</html>"
)
UNAUTHORIZED = ApiError(401, "Invalid or missing authorization token", "Unauthorized")


class ApiHandler(EmulatorHandler):
    """``Authorization: token <T>`` (or ``?access_token=<T>``) is required under ``/v2/account``; a wrong
    token is a 401 JSON error everywhere under ``/v2``."""

    routes: ClassVar[list[tuple[str, str, str]]] = [
        ("POST", r"/v2/account/articles", "create_article"),
        ("GET", r"/v2/account/articles", "list_articles"),
        ("GET", r"/v2/account/articles/(\d+)", "show_article"),
        ("GET", r"/v2/account/articles/(\d+)/files", "list_files"),
        ("POST", r"/v2/account/articles/(\d+)/files", "initiate_file"),
        ("GET", r"/v2/account/articles/(\d+)/files/(\d+)", "show_file"),
        ("POST", r"/v2/account/articles/(\d+)/files/(\d+)", "complete_file"),
        ("DELETE", r"/v2/account/articles/(\d+)/files/(\d+)", "delete_file"),
        ("GET", r"/v2/articles/(\d+)", "show_public_article"),
        ("GET", r"/v2/articles/(\d+)/files", "list_public_files"),
        ("GET", r"/v2/file/download/(\d+)", "download_file"),
        ("GET", r"/ndownloader/files/(\d+)", "ndownloader_challenge"),
    ]

    body: bytes

    def _dispatch(self) -> None:
        self.body = self.small_body()
        try:
            if self.url_path.startswith("/v2/") and self.record.authorization == "invalid":
                raise UNAUTHORIZED
            if self.url_path.startswith("/v2/account") and self.record.authorization != "valid":
                raise UNAUTHORIZED
            super()._dispatch()
        except ApiError as error:
            self.respond_json(error.status, error.body())

    def not_found(self) -> None:
        self.respond(404, NOT_FOUND_PAGE, HTML)

    def respond_json(self, status: int, value: Any, headers: dict[str, str] | None = None) -> None:
        self.respond(status, json.dumps(value).encode(), JSON, headers)

    def json_body(self) -> object:
        try:
            value = json.loads(self.body)
        except ValueError:
            raise ApiError(400, "The request body is not valid JSON", "BadRequest") from None
        self.record.json_body = value
        return value

    # ---- private articles and files ----

    def create_article(self) -> None:
        body = self.json_body()
        if not isinstance(body, dict):
            raise ApiError(422, "The request body must be a JSON object", "ValidationFailed")
        article = self.context.state.create_article(body)
        location = f"{self.context.state.urls.api_base}/account/articles/{article.id}"
        self.respond_json(201, {"entity_id": article.id, "location": location, "warnings": []}, {"Location": location})

    def list_articles(self) -> None:
        state = self.context.state
        with state.lock:
            articles = sorted(state.articles.values(), key=lambda article: article.id)
        self.respond_json(200, [state.render_article_summary(a) for a in paginate(articles, self.query)])

    def show_article(self, article_id: str) -> None:
        state = self.context.state
        self.respond_json(200, state.render_article(state.article(int(article_id))))

    def list_files(self, article_id: str) -> None:
        state = self.context.state
        records = paginate(state.article_files(state.article(int(article_id))), self.query)
        self.respond_json(200, [state.render_file(record) for record in records])

    def initiate_file(self, article_id: str) -> None:
        state = self.context.state
        article = state.article(int(article_id))
        record = state.initiate(article, self.json_body())
        location = f"{state.urls.api_base}/account/articles/{article.id}/files/{record.id}"
        self.respond_json(201, {"location": location}, {"Location": location})

    def show_file(self, article_id: str, file_id: str) -> None:
        state = self.context.state
        record = state.file(state.article(int(article_id)), int(file_id))
        self.respond_json(200, state.render_file(record))

    def complete_file(self, article_id: str, file_id: str) -> None:
        state = self.context.state
        state.complete(state.file(state.article(int(article_id)), int(file_id)))
        self.respond(202, ACCEPTED_PAGE, HTML)

    def delete_file(self, article_id: str, file_id: str) -> None:
        state = self.context.state
        article = state.article(int(article_id))
        state.delete_file(article, state.file(article, int(file_id)))
        self.respond(204)

    # ---- public articles and downloads ----

    def show_public_article(self, article_id: str) -> None:
        state = self.context.state
        self.respond_json(200, state.render_article(state.article(int(article_id), public_only=True)))

    def list_public_files(self, article_id: str) -> None:
        state = self.context.state
        article = state.article(int(article_id), public_only=True)
        records = paginate(state.article_files(article), self.query)
        self.respond_json(200, [state.render_file(record) for record in records])

    def download_file(self, file_id: str) -> None:
        """302 to a signed URL on the storage host; files of private articles need the token (404 without,
        as Figshare answers for "not yours"). Emulator's choice: a file not yet completed is a 404."""
        state = self.context.state
        record = state.file_by_id(int(file_id))
        article = state.article(record.article_id)
        if not article.is_public and self.record.authorization != "valid":
            raise not_found("File")
        if record.link is not None:
            self.respond(302, headers={"Location": record.link})
            return
        if not record.completed:
            raise not_found("File")
        self.respond(302, headers={"Location": state.storage_url(record)})

    def ndownloader_challenge(self, file_id: str) -> None:
        """What figshare.com/ndownloader answers scripts since 2025: an AWS WAF challenge."""
        self.respond(202, headers={"x-amzn-waf-action": "challenge"})
