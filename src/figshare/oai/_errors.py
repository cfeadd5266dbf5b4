"""OAI-PMH errors, all ``figshare.errors.FigshareError`` subclasses (the tree: docs/oai-pmh.md, "Errors")."""

from __future__ import annotations

from typing import Any, ClassVar

from figshare._secrets import redact_url
from figshare.errors import FigshareError, ResponseParseError, ResponseTooLargeError

_EXPLANATIONS = {
    "badArgument": "the request has an illegal, missing or repeated argument",
    "badResumptionToken": "the resumption token is invalid or has expired",
    "badVerb": "the verb is missing, illegal or repeated",
    "cannotDisseminateFormat": "the metadata format is not supported by the item or the repository",
    "idDoesNotExist": "the identifier is unknown or illegal in this repository",
    "noRecordsMatch": "no records match the arguments",
    "noMetadataFormats": "no metadata formats are available for the item",
    "noSetHierarchy": "the repository does not support sets",
}
"""What each error condition means (OAI-PMH 2.0 section 3.6), for the messages."""


class OAIError(FigshareError):
    """Base class of every OAI-PMH error."""


class OAIRequestError(OAIError):
    """The repository answered with an OAI-PMH error condition (OAI-PMH 2.0 section 3.6).

    Attributes:
        code: the OAI-PMH error code, e.g. ``"badArgument"``.
        description: the repository's own explanation (may be empty).
        url: the request URL.
        conditions: every ``(code, description)`` pair of the response; a response may carry several.
    """

    condition: ClassVar[str | None] = None
    explanation: ClassVar[str] = "the repository refused the request"
    _by_condition: ClassVar[dict[str, type[OAIRequestError]]] = {}

    def __init_subclass__(cls, *, condition: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.condition, cls.explanation = condition, _EXPLANATIONS[condition]
        OAIRequestError._by_condition[condition] = cls

    def __init__(
        self,
        code: str,
        description: str = "",
        *,
        url: str | None = None,
        conditions: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.code = code
        self.description = description
        self.url = redact_url(url) if url else None
        self.conditions = conditions or ((code, description),)
        message = f"OAI-PMH error {code}: {self.explanation}"
        if description:
            message += f" (the repository says: {description})"
        if self.url:
            message += f" [GET {self.url}]"
        super().__init__(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, description={self.description!r}, url={self.url!r})"


class BadArgumentError(OAIRequestError, condition="badArgument"):
    """``badArgument``: an illegal or missing argument, or an argument given twice."""


class BadResumptionTokenError(OAIRequestError, condition="badResumptionToken"):
    """``badResumptionToken``: the token is invalid or expired (Figshare's tokens last 60 minutes)."""


class BadVerbError(OAIRequestError, condition="badVerb"):
    """``badVerb``: the verb is missing, illegal or repeated."""


class CannotDisseminateFormatError(OAIRequestError, condition="cannotDisseminateFormat"):
    """``cannotDisseminateFormat``: the metadata prefix is not supported (by the item or repository)."""


class IdDoesNotExistError(OAIRequestError, condition="idDoesNotExist"):
    """``idDoesNotExist``: the identifier is unknown or illegal in this repository."""


class NoRecordsMatchError(OAIRequestError, condition="noRecordsMatch"):
    """``noRecordsMatch``: nothing matches the arguments; list verbs return an empty result instead."""


class NoMetadataFormatsError(OAIRequestError, condition="noMetadataFormats"):
    """``noMetadataFormats``: no metadata formats are available for the item."""


class NoSetHierarchyError(OAIRequestError, condition="noSetHierarchy"):
    """``noSetHierarchy``: the repository does not support sets."""


def error_for_condition(conditions: tuple[tuple[str, str], ...], *, url: str | None = None) -> OAIRequestError:
    """The typed error for the error conditions of one response (the first condition picks the class)."""
    code, description = conditions[0]
    error_class = OAIRequestError._by_condition.get(code, OAIRequestError)
    return error_class(code, description, url=url, conditions=conditions)


class OAIResponseError(OAIError, ResponseParseError):
    """The body is not a usable OAI-PMH response: malformed or truncated XML, HTML, empty, not OAI-PMH."""


class UnsafeXMLError(OAIResponseError):
    """The body declares a DTD or entities; OAI-PMH responses never do, so it is refused unparsed."""


class OAIResponseTooLargeError(OAIResponseError, ResponseTooLargeError):
    """A page (``max_page_bytes``), or one text node or attribute in it (``max_text_bytes``), is larger than
    the client allows; raised as soon as the limit is passed, without reading the rest. Also a
    `figshare.errors.ResponseTooLargeError`, so one ``except`` catches every too-large body of the SDK.

    Attributes:
        setting: the name of the limit (``"max_page_bytes"`` or ``"max_text_bytes"``).
        limit: its value, in bytes.
    """

    def __init__(
        self, message: str, *, setting: str, limit: int, url: str | None = None, body_excerpt: str = ""
    ) -> None:
        super().__init__(message, limit=limit, method="GET", url=url, body_excerpt=body_excerpt)
        self.setting = setting


class RepeatedResumptionTokenError(OAIError):
    """The repository handed out a resumption token it had already given in this harvest.

    Following it would fetch the same page again, forever. The records before it were all delivered.
    """

    def __init__(self, token: str, *, url: str | None = None) -> None:
        self.token = token
        self.url = redact_url(url) if url else None
        shown = token if len(token) <= 80 else token[:77] + "..."
        super().__init__(
            f"the OAI-PMH repository repeated the resumption token {shown!r}; stopping instead of looping"
            + (f" [GET {self.url}]" if self.url else "")
        )


class MetadataParseError(OAIError):
    """A record's metadata is not in the format asked for (e.g. no DataCite ``<resource>``)."""


class CheckpointError(OAIError):
    """A harvest checkpoint cannot be used: it belongs to another harvest, or it or its output is damaged.

    Attributes:
        path: the checkpoint or output file concerned.
    """

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(f"{message} ({path})")
        self.path = path
