"""What openapi-python-client's parser refused, as one subject and one cause (for a one-line failure).

The parser reports problems as a header (``Unable to process schema /components/schemas/X:``, ``WARNING parsing
GET /path within tag. Endpoint will not be generated.``) and a detail. Problems that only follow from another (a
schema dropped because one it references was) are told last: the first real cause names the failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.errors import one_line

SCHEMA_PROBLEM = re.compile(r"^Unable to process schema (?:/components/schemas/)?(?P<name>\S+?):?$")
OPERATION_PROBLEM = re.compile(r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within (?P<tags>\S*?)\.")
CONSEQUENCE = re.compile(r"^Reference .* in allOf was not processed$|^Failure to process schema")
OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def _clean(text: str | None) -> str:
    return one_line(OBJECT_REPR.sub("a reference", text or ""))


def summarise(problems: Iterable[tuple[str, str | None]]) -> tuple[str, str]:
    """The schema or operation the parser complains about first, and why.

    Args:
        problems: the parser's problems as (header, detail).

    Returns:
        (subject, cause): e.g. ``("schema ProjectArticle", "None | str can't be merged with str (3 schemas
        dropped: ...)")`` or ``("operation POST /a", "Endpoint will not be generated. ...")``; ``("", "")`` when
        there is no problem.
    """
    found: list[tuple[bool, str, str]] = []  # (a consequence of another problem, subject, cause)
    for header, detail_text in problems:
        title, detail = _clean(header), _clean(detail_text)
        schema = SCHEMA_PROBLEM.match(title)
        operation = OPERATION_PROBLEM.match(title)
        if schema:
            found.append((bool(CONSEQUENCE.match(detail)), f"schema {schema['name']}", detail or "not processed"))
        elif operation:
            cause = f"{title[operation.end() :].strip()} {detail if not detail.startswith('{') else ''}"
            found.append((False, f"operation {operation['method']} {operation['path']}", cause.strip()))
        else:
            found.append((False, "", f"{title.rstrip(': ')}: {detail}" if detail else title))
    if not found:
        return "", ""
    found.sort(key=lambda problem: problem[0])  # stable: the first real cause first
    _consequence, subject, cause = found[0]
    schemas = sorted({s.removeprefix("schema ") for _c, s, _d in found if s.startswith("schema ")})
    if len(schemas) > 1:
        cause += f" ({len(schemas)} schemas dropped: {', '.join(schemas)})"
    elif len(found) > 1:
        cause += f" (and {len(found) - 1} more problems)"
    return subject, cause
