"""The pipeline's one error type: which stage failed, on what, and why, in one line."""

from __future__ import annotations

import re

MESSAGE_LIMIT = 500
"""Characters of a cause kept in the one-line message (a validator can quote a whole document)."""


class PipelineError(ValueError):
    """A stage of the pipeline failed.

    ``str()`` is one line, ``<stage>: <subject>: <cause>`` (the subject, when known, is the schema, operation or
    overlay action the stage was working on), short enough to read in a terminal or a pull request.

    Args:
        stage: the pipeline step (``read``, ``convert``, ``overlay``, ``references``, ``normalise``, ``validate``,
            ``generate``, ``facade``, ``format``).
        subject: what the stage was working on, or "" when the cause names it.
        cause: why it failed (made one line and shortened here).
    """

    def __init__(self, stage: str, subject: str, cause: str) -> None:
        self.stage = stage
        self.subject = one_line(subject, 200)
        self.cause = one_line(cause)
        super().__init__(": ".join(part for part in (self.stage, self.subject, self.cause) if part))


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` with its whitespace collapsed, cut at ``limit`` characters (marked with an ellipsis).

    Args:
        text: any message, possibly spanning lines.
        limit: the longest result.

    Returns:
        The one-line form.
    """
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class GenerationError(RuntimeError):
    """Writing or formatting a generated package failed.

    ``str()`` is one line, ``<subject>: <cause>``; ``stage`` says which step failed (``generate``:
    openapi-python-client's parser and the models; ``facade``: the resources; ``format``: ruff), ``subject`` names
    the schema, operation or resource concerned (or the tool), ``details`` keeps the tool's whole output for whoever
    needs it.

    Args:
        subject: what failed ("" when the cause names it).
        cause: why (made one line here).
        details: the whole output behind it.
        stage: the step, as :class:`PipelineError` names it.
    """

    def __init__(self, subject: str, cause: str, details: str = "", *, stage: str = "generate") -> None:
        self.subject = one_line(subject, 200)
        self.cause = one_line(cause)
        self.details = details
        self.stage = stage
        super().__init__(f"{self.subject}: {self.cause}" if self.subject else self.cause)
