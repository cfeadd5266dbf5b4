"""Convert a Swagger 2.0 document to OpenAPI 3 with swagger2openapi (npm, pinned in package-lock.json)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SWAGGER2OPENAPI = REPO_ROOT / "node_modules" / ".bin" / "swagger2openapi"


class ConversionError(RuntimeError):
    """The converter is missing or refused the document."""


def spec_format(document: dict[str, Any]) -> str:
    """``"swagger-2.0"`` or ``"openapi-3.0.x"``; anything else is refused."""
    if str(document.get("swagger", "")).startswith("2."):
        return "swagger-2.0"
    version = str(document.get("openapi", ""))
    if version.startswith("3.0."):
        return f"openapi-{version}"
    raise ConversionError(
        f"unsupported API description version: swagger={document.get('swagger')!r}, openapi={document.get('openapi')!r}"
    )


def to_openapi3(document: dict[str, Any]) -> dict[str, Any]:
    """Return an OpenAPI 3 version of ``document`` (converted when it is Swagger 2.0, as-is otherwise).

    swagger2openapi runs with ``--patch``, which repairs what Swagger 2.0 cannot say but Figshare's files do
    (``type: [string, "null"]`` becomes ``type: string, nullable: true``).
    """
    if spec_format(document) != "swagger-2.0":
        return document
    if not SWAGGER2OPENAPI.exists() and shutil.which("node") is None:
        raise ConversionError("swagger2openapi is not installed: run `npm ci` (node is needed for Swagger 2.0)")
    if not SWAGGER2OPENAPI.exists():
        raise ConversionError(f"{SWAGGER2OPENAPI} is missing: run `npm ci` in {REPO_ROOT}")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "swagger.json"
        target = Path(folder) / "openapi.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        result = subprocess.run(
            [str(SWAGGER2OPENAPI), "--patch", "--outfile", str(target), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.exists():
            raise ConversionError(f"swagger2openapi failed: {result.stderr.strip()[:2000]}")
        converted: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return converted
