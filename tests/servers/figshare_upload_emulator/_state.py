"""The emulated account: articles, files and uploads, their rules, and their JSON as Figshare renders it.

Shapes follow the real responses in ``../shared/corpus`` (file records, upload info, parts); where Figshare's
behaviour is not documented the choice is marked "emulator's choice" so tests do not mistake it for a fact.
"""

from __future__ import annotations

import dataclasses
import math
import mimetypes
import os
import re
import shutil
import threading
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.servers.figshare_upload_emulator._blobs import BlobStore
from tests.servers.figshare_upload_emulator._faults import Faults, PutPlan
from tests.servers.figshare_upload_emulator._model import Article, FileRecord, Part, Upload, plan_parts

FIRST_ARTICLE_ID = 30_000_001
FIRST_FILE_ID = 60_000_001
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
MD5_PATTERN = re.compile(r"[0-9a-fA-F]{32}")


class ApiError(Exception):
    """A REST error, answered with Figshare's JSON error body ``{"message": ..., "code": ...}``."""

    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code

    def body(self) -> dict[str, Any]:
        return {"message": self.message, "code": self.code}


def not_found(entity: str) -> ApiError:
    return ApiError(404, f"Entity not found: {entity}", "EntityNotFound")


@dataclasses.dataclass(frozen=True)
class Urls:
    """Where each emulated host listens."""

    api_base: str
    upload_base: str
    ndownloader_base: str
    storage_base: str


@dataclasses.dataclass(frozen=True)
class PutTicket:
    """Permission for one PUT to write a part: the part is locked until :meth:`AccountState.end_put`."""

    upload: Upload
    part: Part
    plan: PutPlan


class AccountState:
    """All records of the emulated account. Every method is safe to call from several server threads."""

    def __init__(self, *, store: BlobStore, faults: Faults, part_size: int, urls: Urls) -> None:
        self.lock = threading.RLock()
        self.store = store
        self.faults = faults
        self.part_size = part_size
        self.urls = urls
        self.signature = uuid.uuid4().hex
        self.articles: dict[int, Article] = {}
        self.files: dict[int, FileRecord] = {}
        self.uploads: dict[str, Upload] = {}
        self._next_article_id = FIRST_ARTICLE_ID
        self._next_file_id = FIRST_FILE_ID

    # ---- articles ----

    def create_article(self, fields: dict[str, Any], *, public: bool = False) -> Article:
        title = fields.get("title")
        if not isinstance(title, str) or not title.strip():
            raise ApiError(422, "Field 'title' is required and must be a non-empty string", "ValidationFailed")
        with self.lock:
            article = Article(id=self._next_article_id, title=title, fields=dict(fields), is_public=public)
            self._next_article_id += 1
            self.articles[article.id] = article
            return article

    def article(self, article_id: int, *, public_only: bool = False) -> Article:
        with self.lock:
            article = self.articles.get(article_id)
        if article is None or (public_only and not article.is_public):
            raise not_found("Article")
        return article

    def file(self, article: Article, file_id: int) -> FileRecord:
        with self.lock:
            record = self.files.get(file_id)
        if record is None or record.article_id != article.id:
            raise not_found("File")
        return record

    def file_by_id(self, file_id: int) -> FileRecord:
        with self.lock:
            record = self.files.get(file_id)
        if record is None:
            raise not_found("File")
        return record

    def article_files(self, article: Article) -> list[FileRecord]:
        with self.lock:
            return [self.files[file_id] for file_id in article.file_ids]

    # ---- files ----

    def initiate(self, article: Article, body: object) -> FileRecord:
        """``POST /account/articles/{id}/files``: either ``{"link": url}`` or ``{"name", "size", "md5"}``
        (``md5`` optional, ``folder_path`` optional)."""
        if not isinstance(body, dict):
            raise ApiError(422, "The request body must be a JSON object", "ValidationFailed")
        folder_path = body.get("folder_path")
        if folder_path is not None and not isinstance(folder_path, str):
            raise ApiError(422, "Field 'folder_path' must be a string", "ValidationFailed")
        link = body.get("link")
        if link is not None:
            if not isinstance(link, str) or not re.match(r"https?://", link):
                raise ApiError(422, "Field 'link' must be an http(s) URL", "ValidationFailed")
            link_name = link.rstrip("/").rsplit("/", 1)[-1] or link
            return self._add_record(article, name=link_name, size=0, md5="", link=link, folder_path=folder_path)
        name, size, md5 = body.get("name"), body.get("size"), body.get("md5", "")
        if not isinstance(name, str) or not name.strip():
            raise ApiError(422, "Field 'name' is required and must be a non-empty string", "ValidationFailed")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ApiError(422, "Field 'size' is required and must be a non-negative integer", "ValidationFailed")
        if not isinstance(md5, str) or (md5 and not MD5_PATTERN.fullmatch(md5)):
            raise ApiError(422, "Field 'md5' must be 32 hexadecimal digits", "ValidationFailed")
        return self._add_record(article, name=name, size=size, md5=md5, link=None, folder_path=folder_path)

    def _add_record(
        self,
        article: Article,
        *,
        name: str,
        size: int,
        md5: str,
        link: str | None,
        folder_path: str | None,
        part_size: int | None = None,
    ) -> FileRecord:
        with self.lock:
            file_id = self._next_file_id
            self._next_file_id += 1
            upload = None
            if link is None:
                token = str(uuid.uuid4())
                upload = Upload(
                    token=token,
                    file_id=file_id,
                    name=f"{file_id}/{name}",
                    size=size,
                    md5=md5,
                    parts=plan_parts(size, part_size or self.part_size),
                )
                self.uploads[token] = upload
            record = FileRecord(
                id=file_id,
                article_id=article.id,
                name=name,
                size=size,
                supplied_md5=md5,
                upload=upload,
                link=link,
                folder_path=folder_path,
            )
            self.files[file_id] = record
            article.file_ids.append(file_id)
            return record

    def add_stored_file(self, article: Article, name: str, content: bytes | Path) -> FileRecord:
        """A file whose upload already finished (for download tests): one part, completed, available."""
        size = len(content) if isinstance(content, bytes) else os.path.getsize(content)
        record = self._add_record(
            article, name=name, size=size, md5="", link=None, folder_path=None, part_size=max(size, 1)
        )
        upload = record.upload
        assert upload is not None
        if upload.parts:
            incoming = self.store.incoming_path(upload.token, 1)
            if isinstance(content, bytes):
                incoming.write_bytes(content)
            else:
                shutil.copyfile(content, incoming)
            self.store.commit(upload.token, 1, incoming)
            upload.parts[0].status = "COMPLETE"
        md5 = self.store.md5(upload)
        with self.lock:
            record.supplied_md5 = upload.md5 = record.computed_md5 = md5
            upload.status = "COMPLETED"
            record.completed = True
        return record

    def complete(self, record: FileRecord) -> None:
        """``POST /account/articles/{id}/files/{file_id}``. Emulator's choice: completing twice is accepted;
        completing with parts missing is a 400 JSON error naming them."""
        with self.lock:
            upload = record.upload
            if upload is None:
                raise ApiError(400, "A link-only file has no upload to complete", "BadRequest")
            if record.completed:
                return
            missing = upload.missing_parts()
            if missing:
                listed = ", ".join(str(number) for number in missing)
                raise ApiError(400, f"Upload is not complete; parts not uploaded: {listed}", "UploadIncomplete")
            upload.status = "COMPLETED"
            record.completed = True

    def delete_file(self, article: Article, record: FileRecord) -> None:
        with self.lock:
            article.file_ids.remove(record.id)
            del self.files[record.id]
            if record.upload is not None:
                self.uploads.pop(record.upload.token, None)
        if record.upload is not None:
            self.store.remove_upload(record.upload.token)

    # ---- upload service ----

    def upload(self, token: str) -> Upload | None:
        with self.lock:
            return self.uploads.get(token)

    def begin_put(self, token: str, part_no: int) -> PutTicket | int:
        """Lock a part for a PUT, or say which status refuses it (404 unknown, 409 completed or locked)."""
        with self.lock:
            upload = self.uploads.get(token)
            part = upload.part(part_no) if upload is not None else None
            if upload is None or part is None:
                return 404
            if upload.status != "PENDING":
                return 409
            part.put_attempts += 1
            if part.writing or self.faults.is_stuck(token, part_no) or self.faults.take_lock_conflict(token, part_no):
                return 409
            part.writing = True
            return PutTicket(upload, part, self.faults.put_plan(part_no, part.put_attempts))

    def store_part(self, ticket: PutTicket, incoming: Path) -> bool:
        """Keep the received part; False if its file was deleted while the part was being sent."""
        with self.lock:
            if self.uploads.get(ticket.upload.token) is not ticket.upload:
                return False
            self.store.commit(ticket.upload.token, ticket.part.number, incoming)
            ticket.part.status = "COMPLETE"
            return True

    def end_put(self, ticket: PutTicket) -> None:
        with self.lock:
            ticket.part.writing = False

    def reset_part(self, token: str, part_no: int) -> int:
        """``DELETE /upload/<token>/<part_no>``: the status to answer."""
        with self.lock:
            upload = self.uploads.get(token)
            part = upload.part(part_no) if upload is not None else None
            if upload is None or part is None:
                return 404
            if upload.status != "PENDING" or part.writing:
                return 409
            if self.faults.is_stuck(token, part_no) and not self.faults.clear_stuck_by_delete(token, part_no):
                return 409
            if self.faults.take_lock_conflict(token, part_no):
                return 409
            self.store.remove_part(token, part_no)
            part.status = "PENDING"
            return 200

    def complete_upload(self, token: str) -> int:
        """``POST /upload/<token>`` (not in file_uploader.md; emulator's choice): 200 when every part is
        stored, 400 otherwise, 404 for an unknown token."""
        with self.lock:
            upload = self.uploads.get(token)
            if upload is None:
                return 404
            if upload.missing_parts():
                return 400
            upload.status = "COMPLETED"
            return 200

    # ---- rendering ----

    def render_part(self, upload: Upload, part: Part) -> dict[str, Any]:
        locked = part.writing or self.faults.reports_locked(upload.token, part.number)
        return {
            "partNo": part.number,
            "startOffset": part.start,
            "endOffset": part.end,
            "status": part.status,
            "locked": locked,
        }

    def render_upload(self, upload: Upload) -> dict[str, Any]:
        with self.lock:
            return {
                "token": upload.token,
                "md5": upload.md5,
                "size": upload.size,
                "name": upload.name,
                "status": upload.status,
                "parts": [self.render_part(upload, part) for part in upload.parts],
            }

    def render_file(self, record: FileRecord, *, count_read: bool = True) -> dict[str, Any]:
        """The private file presenter. After completion each counted read advances the processing
        (see :class:`Faults` ``processing_polls`` and ``computed_md5_after_polls``)."""
        with self.lock:
            read_index = record.reads_after_completion
            if record.completed and count_read:
                record.reads_after_completion += 1
        status, computed_md5 = self._processing_view(record, read_index)
        upload = record.upload
        rendered: dict[str, Any] = {
            "upload_token": upload.token if upload is not None else "",
            "upload_url": f"{self.urls.upload_base}/{upload.token}"
            if upload is not None and not record.completed
            else "",
            "status": status,
            "preview_state": "preview_not_available",
            "viewer_type": "",
            "is_attached_to_public_version": False,
            "id": record.id,
            "name": record.name,
            "size": record.size,
            "is_link_only": record.link is not None,
            "download_url": record.link or f"{self.urls.ndownloader_base}/files/{record.id}",
            "supplied_md5": record.supplied_md5,
            "computed_md5": computed_md5,
            "mimetype": (mimetypes.guess_type(record.name)[0] or "application/octet-stream")
            if status == "available"
            else "undefined",
        }
        if record.folder_path is not None:
            rendered["folder_path"] = record.folder_path
        return rendered

    def _processing_view(self, record: FileRecord, read_index: int) -> tuple[str, str]:
        if record.link is not None:
            return "available", ""
        if not record.completed:
            return "created", ""
        processing = self.faults.processing_polls
        if read_index < processing:
            return ("ic_checking" if read_index < math.ceil(processing / 2) else "moving_to_final"), ""
        md5_after = self.faults.computed_md5_after_polls
        if md5_after is None or read_index < md5_after:
            return "available", ""
        return "available", self.faults.computed_md5_override or self.computed_md5(record)

    def computed_md5(self, record: FileRecord) -> str:
        """The md5 of the stored bytes, computed once (outside the state lock: parts no longer change)."""
        if record.computed_md5 is None:
            assert record.upload is not None
            record.computed_md5 = self.store.md5(record.upload)
        return record.computed_md5

    def render_article(self, article: Article, *, count_read: bool = True) -> dict[str, Any]:
        files = [self.render_file(record, count_read=count_read) for record in self.article_files(article)]
        rendered = self.render_article_summary(article)
        rendered.update(
            {
                "files": files,
                "description": article.fields.get("description", ""),
                "status": "public" if article.is_public else "draft",
                "is_public": article.is_public,
                "size": sum(record.size for record in self.article_files(article)),
                "version": 1 if article.is_public else 0,
            }
        )
        return rendered

    def render_article_summary(self, article: Article) -> dict[str, Any]:
        return {
            "id": article.id,
            "title": article.title,
            "url": f"{self.urls.api_base}/account/articles/{article.id}",
            "url_public_api": f"{self.urls.api_base}/articles/{article.id}",
            "defined_type": 3,
            "defined_type_name": "dataset",
        }

    def storage_url(self, record: FileRecord) -> str:
        return (
            f"{self.urls.storage_base}/objects/{record.id}/{quote(record.name)}"
            f"?X-Amz-Expires=10&X-Amz-Signature={self.signature}"
        )


def paginate(items: list[Any], query: dict[str, list[str]]) -> list[Any]:
    """Figshare's ``page``/``page_size`` or ``limit``/``offset`` paging (default 10 per page); mixing the
    two styles, or values out of range, is a 422."""

    def number(name: str, minimum: int, maximum: int) -> int | None:
        values = query.get(name)
        if not values:
            return None
        try:
            value = int(values[-1])
        except ValueError:
            raise ApiError(422, f"Parameter '{name}' must be an integer", "ValidationFailed") from None
        if not minimum <= value <= maximum:
            raise ApiError(422, f"Parameter '{name}' is out of range", "ValidationFailed")
        return value

    page, page_size = number("page", 1, 5000), number("page_size", 1, MAX_PAGE_SIZE)
    limit, offset = number("limit", 1, MAX_PAGE_SIZE), number("offset", 0, 5000)
    if (page is not None or page_size is not None) and (limit is not None or offset is not None):
        raise ApiError(422, "Use either page/page_size or limit/offset, not both", "ValidationFailed")
    if limit is not None or offset is not None:
        start, count = offset or 0, limit or DEFAULT_PAGE_SIZE
    else:
        count = page_size or DEFAULT_PAGE_SIZE
        start = ((page or 1) - 1) * count
    return items[start : start + count]
