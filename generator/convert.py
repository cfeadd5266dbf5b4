"""Bring every upstream document to OpenAPI 3.0, the one form the pipeline reads.

Swagger 2.0 is converted with swagger2openapi, OpenAPI 3.1 down-converted with Apiture's openapi-down-convert
(both npm, pinned in package-lock.json); `finish_down_conversion` then rewrites the 3.1 schema forms that tool
leaves (type lists of several types, ``null`` members of ``oneOf``/``anyOf``, numeric exclusive bounds).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SWAGGER2OPENAPI = REPO_ROOT / "node_modules" / ".bin" / "swagger2openapi"
DOWN_CONVERT = REPO_ROOT / "node_modules" / ".bin" / "openapi-down-convert"


class ConversionError(RuntimeError):
    """The converter is missing or refused the document."""


def spec_format(document: dict[str, Any]) -> str:
    """``"swagger-2.0"``, ``"openapi-3.0.x"`` or ``"openapi-3.1.x"``; anything else is refused."""
    if str(document.get("swagger", "")).startswith("2."):
        return "swagger-2.0"
    version = str(document.get("openapi", ""))
    if version.startswith(("3.0.", "3.1.")):
        return f"openapi-{version}"
    raise ConversionError(
        f"unsupported API description version: swagger={document.get('swagger')!r}, openapi={document.get('openapi')!r}"
    )


def converted_with(form: str) -> str | None:
    """How an upstream file of ``form`` (a `spec_format` value) is brought to OpenAPI 3.0; None: it is already."""
    if form == "swagger-2.0":
        return "swagger2openapi --patch"
    if form.startswith("openapi-3.1."):
        return "openapi-down-convert --allOf, then finish_down_conversion (generator/convert.py)"
    return None


def to_openapi3(document: dict[str, Any]) -> dict[str, Any]:
    """Return an OpenAPI 3.0 version of ``document`` (converted when it is Swagger 2.0 or OpenAPI 3.1, as-is
    otherwise).

    swagger2openapi runs with ``--patch``, which repairs what Swagger 2.0 cannot say but Figshare's files do
    (``type: [string, "null"]`` becomes ``type: string, nullable: true``). openapi-down-convert runs with
    ``--allOf`` (a ``$ref`` with sibling keywords becomes an ``allOf`` of it, which the pipeline folds).

    Raises:
        ConversionError: the document's version is not one of those, or a converter is missing or failed.
    """
    form = spec_format(document)
    if form.startswith("openapi-3.0."):
        return document
    if form == "swagger-2.0":
        return _run_converter(SWAGGER2OPENAPI, ["--patch", "--outfile"], document)
    converted = _run_converter(DOWN_CONVERT, ["--allOf", "--output"], document, input_flag="--input")
    finish_down_conversion(converted)
    return converted


def _run_converter(
    tool: Path, options: list[str], document: dict[str, Any], *, input_flag: str | None = None
) -> dict[str, Any]:
    if not tool.exists() and shutil.which("node") is None:
        raise ConversionError(f"{tool.name} is not installed: run `npm ci` (node is needed to convert this version)")
    if not tool.exists():
        raise ConversionError(f"{tool} is missing: run `npm ci` in {REPO_ROOT}")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.json"
        target = Path(folder) / "openapi.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        source_arguments = [input_flag, str(source)] if input_flag else [str(source)]
        result = subprocess.run(
            [str(tool), *options, str(target), *source_arguments], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not target.exists():
            raise ConversionError(f"{tool.name} failed: {(result.stderr or result.stdout).strip()[:2000]}")
        converted: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return converted


_LITERAL_VALUES = frozenset({"example", "examples", "default", "enum", "const"})
_NAMED = frozenset(
    {"properties", "patternProperties", "$defs", "schemas", "responses", "paths", "content", "headers", "parameters"}
    | {"requestBodies", "securitySchemes", "links", "callbacks", "webhooks", "dependentSchemas", "encoding"}
)


def finish_down_conversion(node: Any) -> Any:
    """Rewrite, in place, the OpenAPI 3.1 schema forms openapi-down-convert leaves, in every schema of ``node``:

    - ``type: [a, b, ...]``: one type stays a ``type``, several become an ``anyOf`` of one schema per type;
      ``"null"`` among them becomes ``nullable: true`` (``type: "null"`` alone too);
    - ``{"type": "null"}`` members of ``oneOf``/``anyOf`` are dropped for ``nullable: true``;
    - a numeric ``exclusiveMinimum``/``exclusiveMaximum`` becomes ``minimum``/``maximum`` with the boolean form.

    Examples, defaults, enums and ``x-`` extensions are data, and are not looked into; the values of maps keyed
    by names (``properties``, ``responses``, ...) are, whatever the names.

    Returns:
        ``node``.
    """
    if isinstance(node, list):
        for item in node:
            finish_down_conversion(item)
        return node
    if not isinstance(node, dict):
        return node
    types = node.get("type")
    if isinstance(types, (list, str)) and "null" in ([types] if isinstance(types, str) else types):
        node["nullable"] = True
        types = [kind for kind in ([types] if isinstance(types, str) else types) if kind != "null"]
    if isinstance(types, list):
        del node["type"]
        if len(types) == 1:
            node["type"] = types[0]
        elif types:
            node["anyOf"] = [{"type": kind} for kind in types]
    for key in ("oneOf", "anyOf"):
        members = node.get(key)
        if isinstance(members, list) and {"type": "null"} in members:
            node[key] = [member for member in members if member != {"type": "null"}]
            node["nullable"] = True
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(exclusive)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            node[bound], node[exclusive] = value, True
    for key, value in node.items():  # after this node, so that its own {"type": "null"} members are seen first
        if key in _NAMED and isinstance(value, dict):  # names (a property "default", the default response)
            finish_down_conversion(list(value.values()))
        elif key not in _LITERAL_VALUES and not key.startswith("x-"):  # data, not schemas: left as written
            finish_down_conversion(value)
    return node
