"""The exception hierarchy of the figshare package.

Every error raised by this package is a `FigshareError`::

    FigshareError
    ├── InvalidArgumentError          an argument refused before sending (also a ValueError)
    │   └── InvalidArgumentTypeError  an argument of the wrong type (also a TypeError)
    ├── ClientClosedError             the client (or its httpx client) was closed
    ├── APIConnectionError            network failure (DNS, refused, reset)
    │   └── APITimeoutError           a network timeout, or the call's deadline passed
    │       └── DeadlineExceededError the call's total deadline passed
    ├── BotChallengeError             Figshare's firewall (AWS WAF) answered with a bot challenge
    ├── ResponseParseError            a success response whose body is not what it must be
    │   └── ResponseTooLargeError     a body larger than the configured cap
    ├── OAuthAuthorizationError       the authorization step failed (state mismatch, access denied, timeout)
    ├── TokenStoreError               saved OAuth tokens cannot be read
    └── APIStatusError                any error status (>= 400)
        ├── BadRequestError           400
        │   └── OAuthError            400 from the token endpoint (RFC 6749 section 5.2)
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        └── InternalServerError       >= 500

URLs in errors are redacted (`access_token=REDACTED`) and tokens never appear in messages or reprs: every
message is scrubbed of the value of every live `figshare.auth.Secret` when the error is made.
"""

from __future__ import annotations

import time
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

import httpx

from figshare._retry import parse_retry_after
from figshare._secrets import (
    redact_headers,
    redact_known_secrets,
    redact_text,
    redact_url,
    redact_value,
)

if TYPE_CHECKING:
    from figshare._error_bodies import ErrorBody

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BotChallengeError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "FigshareError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "NotFoundError",
    "OAuthAuthorizationError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "TokenStoreError",
    "UnprocessableEntityError",
]

_APIStatusErrorT = TypeVar("_APIStatusErrorT", bound="APIStatusError")
_MESSAGE_LENGTH = 1000  # the longest message an error response's body gives an `APIStatusError`, in characters


class FigshareError(Exception):
    """Base class of every error raised by the figshare package.

    The message is scrubbed of every secret the program holds (the values of live `Secret`s: tokens,
    passwords, client secrets, private-link keys), whatever text it was built from.
    """

    default_message: ClassVar[str] = ""
    """The message when none is given."""
    _repr_fields: ClassVar[tuple[str, ...]] = ()  # what repr() shows, in order (none: Exception's repr)

    def __init__(self, message: str | None = None) -> None:
        message = redact_known_secrets(message or self.default_message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        if not self._repr_fields:
            return super().__repr__()
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._repr_fields)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors break Exception's default pickling; restore the attributes instead (a kept
        # response is not picklable: it comes back None).
        state = {**self.__dict__, "response": None} if "response" in self.__dict__ else self.__dict__
        return (_restore_error, (type(self), state))


class _RequestError(FigshareError):
    """An error about one request: it names the method and the URL (redacted)."""

    def __init__(
        self, message: str | None = None, *, method: str | None = None, url: str | httpx.URL | None = None
    ) -> None:
        super().__init__(redact_text(message or self.default_message))
        self.method = method
        self.url = None if url is None else redact_url(url)


def _restore_error(cls: type[FigshareError], state: dict[str, Any]) -> FigshareError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


def _where(method: str | None, url: str | None) -> str:
    return " ".join(part for part in (method, url) if part)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request
        return None


def request_fields(
    response: httpx.Response, method: str | None = None, url: str | httpx.URL | None = None
) -> dict[str, Any]:
    """The ``method`` and ``url`` arguments of an error about `response`: those given, else its request's."""
    request = _request_of(response)
    if request is not None:
        method, url = method or request.method, url or request.url
    return {"method": method, "url": url}


class InvalidArgumentError(FigshareError, ValueError):
    """An argument the SDK refuses before anything is sent (a `ValueError` as well as a `FigshareError`).

    Attributes:
        argument: the name of the argument (``page_size``, ``article_id``, ``body.title``, ``base_url``), or
            None when no single argument is at fault.
    """

    _repr_fields = ("message", "argument")

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        # a path into a body names the caller's keys, which may hold anything: scrubbed like the message
        self.argument = redact_known_secrets(argument) if argument else argument


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of the wrong type (a `TypeError`, and an `InvalidArgumentError`)."""


class ClientClosedError(FigshareError):
    """A call on a client after `close()` (or after its `httpx` client was closed): make a new client."""

    default_message = "the client is closed: create a new client (or call it before close())"


class APIConnectionError(_RequestError):
    """The request did not get a response: DNS failure, connection refused or reset, TLS failure.

    Attributes:
        method: the HTTP method.
        url: the request URL, with secrets redacted.
    """

    default_message = "Could not connect to Figshare"
    _repr_fields = ("message", "method", "url")

    def __str__(self) -> str:
        where = _where(self.method, self.url)
        return f"{self.message} ({where})" if where else self.message


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, sending, waiting for the response or for a pooled connection), or
    the call's total deadline passed (`DeadlineExceededError`)."""

    default_message = "Request to Figshare timed out"


class DeadlineExceededError(APITimeoutError):
    """The call took longer than its total deadline (every attempt and the waits between them).

    Attributes:
        deadline: the deadline in seconds.
    """

    default_message = "The call to Figshare exceeded its deadline"

    def __init__(self, message: str | None = None, *, deadline: float | None = None, **request: Any) -> None:
        if message is None and deadline is not None:
            message = f"{self.default_message} of {deadline:g} s"
        super().__init__(message, **request)
        self.deadline = deadline


class BotChallengeError(_RequestError):
    """Figshare's firewall (AWS WAF) answered with a bot challenge instead of the content.

    Since 2025 `figshare.com/ndownloader/...` answers scripts with HTTP 202, an empty body and the header
    `x-amzn-waf-action: challenge` (a CAPTCHA is HTTP 405 with `x-amzn-waf-action: captcha`). A script cannot
    solve the challenge; `https://api.figshare.com/v2/file/download/{file_id}` serves the same file.

    Attributes:
        method, url: the request (URL redacted).
        status_code: the HTTP status of the challenge.
        action: the value of the `x-amzn-waf-action` header (`challenge` or `captcha`).
    """

    _repr_fields = ("status_code", "action", "method", "url")

    def __init__(
        self,
        *,
        status_code: int,
        action: str,
        method: str | None = None,
        url: str | httpx.URL | None = None,
    ) -> None:
        self.status_code = status_code
        self.action = action = redact_text(action)
        where = _where(method, None if url is None else redact_url(url))
        super().__init__(
            f"Figshare's firewall answered {where or 'the request'} with a bot {action} (HTTP {status_code}, "
            f"x-amzn-waf-action: {action}) instead of the content. Scripts cannot pass it: download files "
            "through https://api.figshare.com/v2/file/download/{file_id} rather than "
            "figshare.com/ndownloader, or try again later.",
            method=method,
            url=url,
        )

    @classmethod
    def from_response(
        cls, response: httpx.Response, *, method: str | None = None, url: str | httpx.URL | None = None
    ) -> BotChallengeError:
        """Build the error from a response that carries the `x-amzn-waf-action` header."""
        return cls(
            status_code=response.status_code,
            action=response.headers.get("x-amzn-waf-action", "challenge"),
            **request_fields(response, method, url),
        )


def is_bot_challenge(response: httpx.Response) -> bool:
    """Whether `response` is an AWS WAF challenge (2xx) or CAPTCHA (405) rather than the real answer."""
    if "x-amzn-waf-action" not in response.headers:
        return False
    return response.is_success or response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


class _ResponseError(_RequestError):
    """An error about a response: also its status, the start of its body (scrubbed) and the response."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | httpx.URL | None = None,
        status_code: int | None = None,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body_excerpt = redact_text(body_excerpt)
        self.response = response


class ResponseParseError(_ResponseError):
    """A success response whose body is not what it must be (malformed JSON or XML, HTML, empty).

    Attributes:
        method, url: the request (URL redacted).
        status_code: the HTTP status of the response.
        body_excerpt: the start of the body, whitespace collapsed, secrets redacted.
        response: the `httpx.Response` (not kept when the error is pickled).
    """

    _repr_fields = ("message", "status_code", "method", "url")

    @classmethod
    def from_response(cls, response: httpx.Response, problem: str) -> ResponseParseError:
        """Build the error for `response`, whose body has `problem` (e.g. "expected JSON, got HTML")."""
        from figshare._error_bodies import EXCERPT_SOURCE_BYTES, body_text, excerpt

        return cls(
            problem,
            **request_fields(response),
            status_code=response.status_code,
            body_excerpt=excerpt(body_text(response, limit=EXCERPT_SOURCE_BYTES)),
            response=response,
        )

    def __str__(self) -> str:
        details = [_where(self.method, self.url)]
        if self.status_code is not None:
            details.append(f"HTTP {self.status_code}")
        if self.body_excerpt:
            details.append(f"body starts: {self.body_excerpt[:200]!r}")
        shown = "; ".join(part for part in details if part)
        return f"{self.message} ({shown})" if shown else self.message


class ResponseTooLargeError(ResponseParseError):
    """A response body larger than the configured cap (``max_response_bytes``); nothing more was read.

    Attributes:
        limit: the cap in bytes.
        method, url, status_code: as for `ResponseParseError`.
    """

    def __init__(self, message: str | None = None, *, limit: int, **fields: Any) -> None:
        super().__init__(
            message
            or f"the response body is larger than the limit of {limit:,} bytes (max_response_bytes); raise the "
            "limit with max_response_bytes= if this response is expected",
            **fields,
        )
        self.limit = limit


class OAuthAuthorizationError(FigshareError):
    """The OAuth authorization step failed before any token request was made.

    Raised when the `state` returned with the redirect does not match the one sent (a forged redirect or an
    old login attempt), when the redirect carries an RFC 6749 section 4.1.2.1 error such as `access_denied`,
    or when no redirect arrives in time.

    Attributes:
        error: the RFC 6749 error code, or `state_mismatch`, `missing_code` or `timeout`.
        error_description: the authorization server's description, when it sent one.
    """

    _repr_fields = ("error", "message")

    def __init__(self, message: str, *, error: str, error_description: str | None = None) -> None:
        super().__init__(redact_text(message))
        self.error = error
        self.error_description = error_description

    @classmethod
    def from_redirect(cls, error: str, error_description: str | None = None) -> OAuthAuthorizationError:
        """Build the error from the `error` and `error_description` of an authorization redirect."""
        message = _explained("Authorization failed", error, error_description, "the authorization request failed")
        return cls(message, error=error, error_description=error_description)


class TokenStoreError(FigshareError):
    """Saved OAuth tokens cannot be read or written (a corrupt or unreadable token file).

    Attributes:
        location: where the tokens are stored (a file path), when known.
    """

    _repr_fields = ("message", "location")

    def __init__(self, message: str, *, location: str | None = None) -> None:
        super().__init__(message)
        self.location = location


class APIStatusError(_ResponseError):
    """Figshare answered with an error status (>= 400).

    Figshare's error bodies are JSON `{"message": ..., "code": ..., "data": ...}`; some answers are HTML
    pages (a wrong method gets an HTML 404), plain text or empty. The attributes hold what could be read.

    Attributes:
        status_code: the HTTP status.
        message: Figshare's `message`, or a description of a non-JSON body.
        code: Figshare's machine-readable `code` (usually a string such as `"EntityNotFound"`), or None.
        data: Figshare's `data` (extra details), or None.
        method, url: the request (URL redacted).
        headers: the response headers (cookies redacted).
        body_excerpt: the start of the body, whitespace collapsed, secrets redacted.
        response: the `httpx.Response` (its body already read; not kept when the error is pickled).
    """

    status_code: int
    hint: ClassVar[str | None] = None
    """A sentence appended to `str(error)` that explains what the status usually means on Figshare."""
    _repr_fields = ("status_code", "code", "message", "method", "url")

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | int | None = None,
        data: Any = None,
        method: str | None = None,
        url: str | httpx.URL | None = None,
        headers: httpx.Headers | None = None,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            message, method=method, url=url, status_code=status_code, body_excerpt=body_excerpt, response=response
        )
        self.code = redact_value(code)
        self.data = redact_value(data)
        self.headers = redact_headers(headers) if headers is not None else httpx.Headers()

    @classmethod
    def from_response(
        cls: type[_APIStatusErrorT],
        response: httpx.Response,
        *,
        method: str | None = None,
        url: str | httpx.URL | None = None,
    ) -> _APIStatusErrorT:
        """Build the error for an error `response`.

        Called on `APIStatusError` it picks the subclass by status (404 gives `NotFoundError`); called on a
        subclass it builds that subclass. `method` and `url` default to those of `response.request`. The body
        must have been read (`response.read()`) for its details to be included.
        """
        from figshare._error_bodies import ErrorBody, sent_credentials

        error_class: type[APIStatusError] = cls
        if cls is APIStatusError:
            error_class = _class_for_status(response.status_code)
        body = ErrorBody.parse(response)
        sent = sent_credentials(response)
        if sent:
            body.data, body.code, body.document = redact_value((body.data, body.code, body.document), sent)
        error = error_class._from_body(
            body,
            status_code=response.status_code,
            **request_fields(response, method, url),
            headers=redact_headers(response.headers, sent),
            response=response,
        )
        return cast(_APIStatusErrorT, error)

    @classmethod
    def _from_body(cls, body: ErrorBody, message: str | None = None, **fields: Any) -> APIStatusError:
        text = message or body.message  # a line or two: a longer one is cut (`.response` keeps the whole body)
        text = text if len(text) <= _MESSAGE_LENGTH else f"{text[: _MESSAGE_LENGTH - 1]}…"
        return cls(text, code=body.code, data=body.data, body_excerpt=body.excerpt, **fields)

    @property
    def reason_phrase(self) -> str:
        """The standard reason phrase of `status_code` ("Not Found"), or "" for unknown statuses."""
        try:
            return HTTPStatus(self.status_code).phrase
        except ValueError:
            return ""

    def __str__(self) -> str:
        status = f"{self.status_code} {self.reason_phrase}".strip()
        text = f"{status}: {self.message}"
        if self.code is not None:
            text += f" (code: {self.code})"
        where = _where(self.method, self.url)
        if where:
            text += f" [{where}]"
        hint = self._hint()
        if hint:
            text += f". {hint}"
        return text

    def _hint(self) -> str | None:
        return self.hint


class BadRequestError(APIStatusError):
    """400: Figshare could not parse the request body (for example, invalid JSON)."""


class OAuthError(BadRequestError):
    """400 from the OAuth token endpoint, with the RFC 6749 section 5.2 fields.

    Figshare answers every failed token request with 400, including a wrong client secret or an expired
    authorization code.

    Attributes:
        error: the RFC 6749 error code (`invalid_grant`, `invalid_client`, ...), or None if absent.
        error_description: the server's description, or None.

    Args:
        message: the message.
        error: the RFC 6749 error code.
        error_description: the server's description.
        status_code: the HTTP status (400 unless the server answered another 4xx with an OAuth error body).
        fields: the other arguments of `APIStatusError`.
    """

    _repr_fields = ("status_code", "error", "message", "method", "url")

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        error_description: str | None = None,
        status_code: int = 400,
        **fields: Any,
    ) -> None:
        super().__init__(message, status_code=status_code, **fields)
        self.error = error
        self.error_description = error_description

    @classmethod
    def _from_body(cls, body: ErrorBody, message: str | None = None, **fields: Any) -> APIStatusError:
        document = body.document if isinstance(body.document, dict) else {}
        error = document.get("error") if isinstance(document.get("error"), str) else None
        description = document.get("error_description")
        description = redact_text(description) if isinstance(description, str) else None
        if error is not None:
            message = _explained("Token request failed", error, description, "unknown error")
        else:
            message = f"Token request failed: {body.message}"
        return super()._from_body(body, message, error=error, error_description=description, **fields)


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired, or the account is disabled."""

    hint = "Check that the token is valid and has not expired or been revoked"


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: not found, or not visible to the caller.

    Figshare also answers 404 when the item exists but the caller may not read it (a private or draft item,
    or another account's item), so check the id and the token before concluding it does not exist. An HTML
    404 page (instead of JSON) usually means no endpoint matches the method and path.
    """

    hint = (
        "Figshare also answers 404 when the item exists but your credentials may not see it (a private or "
        "draft item, another account's item, or no token sent): check the id and the token"
    )
    html_hint: ClassVar[str] = (
        "This HTML 404 page means no endpoint matches this method and path: check the HTTP method and URL"
    )

    def _hint(self) -> str | None:
        if self.message.startswith("HTML page"):
            return self.html_hint
        return self.hint


class ConflictError(APIStatusError):
    """409: the request conflicts with the item's state (for example, an upload part that is locked)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but invalid (missing or bad field, mixed pagination styles)."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: seconds the server asked to wait (from `Retry-After`), or None.
    """

    def __init__(self, message: str, *, status_code: int = 429, **fields: Any) -> None:
        super().__init__(message, status_code=status_code, **fields)
        self.retry_after = parse_retry_after(self.headers.get("Retry-After"), now=time.time())

    def _hint(self) -> str | None:
        if self.retry_after is not None:
            return f"Figshare asks to wait {self.retry_after:g} s before retrying"
        return "Figshare asks clients to send at most one request per second"


class InternalServerError(APIStatusError):
    """>= 500: a server-side failure."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for_status(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _explained(failure: str, error: str, description: str | None, unknown: str) -> str:
    message = f"{failure} ({error}): {_OAUTH_EXPLANATIONS.get(error, unknown)}"
    return f"{message}. Figshare says: {description}" if description else message


_OAUTH_EXPLANATIONS = {
    # Token endpoint errors, RFC 6749 section 5.2
    "invalid_request": "the request is missing a parameter, repeats one or is malformed",
    "invalid_client": "Figshare did not accept the client id and secret; check the application's credentials",
    "invalid_grant": (
        "the authorization code or refresh token is invalid, expired, revoked, already used or was issued "
        "to another client; sign in again"
    ),
    "unauthorized_client": "this application may not use this grant type",
    "unsupported_grant_type": (
        "Figshare does not support this grant type (it supports authorization_code, refresh_token, password)"
    ),
    "invalid_scope": "the requested scope is invalid (Figshare knows the scope 'all')",
    # Authorization endpoint errors, RFC 6749 section 4.1.2.1
    "access_denied": "the user or Figshare denied the request",
    "unsupported_response_type": "Figshare does not support this response type",
    "server_error": "Figshare's authorization server met an unexpected error",
    "temporarily_unavailable": "Figshare's authorization server is busy or down; try again later",
}
