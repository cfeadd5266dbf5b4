"""OpenAPI 3.1 upstream files: down-converted to 3.0 (openapi-down-convert, then `finish_down_conversion`).

Figshare moved from Swagger 2.0 to OpenAPI 3.0.3 in 2026-02; a move to 3.1 must not stop the regeneration job.
The pinned files, rewritten the way a 3.1 author would write them, come back unchanged and build the same package.
"""

from __future__ import annotations

import copy
import filecmp
import json
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.convert import DOWN_CONVERT, ConversionError, finish_down_conversion, spec_format, to_openapi3
from generator.diff import diff_documents
from generator.pipeline import read_json
from generator.targets import V2
from tests.support.spec_fixtures import require_node_tool


@pytest.fixture
def converter_installed() -> None:
    require_node_tool(DOWN_CONVERT, ": OpenAPI 3.1 files cannot be converted")


def to_openapi31(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (OpenAPI 3.0) as 3.1 writes it: ``type: [t, "null"]`` for ``nullable``, schema ``examples``."""

    def rewrite(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                rewrite(item)
        elif isinstance(node, dict):
            if node.get("nullable") is True and isinstance(node.get("type"), str):
                node["type"] = [node["type"], "null"]
                del node["nullable"]
            if "example" in node and isinstance(node.get("type"), (str, list)):  # a schema's, not a parameter's
                node["examples"] = [node.pop("example")]
            for value in node.values():
                rewrite(value)

    rewritten = copy.deepcopy(document)
    rewrite(rewritten)
    rewritten["openapi"] = "3.1.0"
    return rewritten


def test_31_is_a_known_format_and_later_versions_are_refused() -> None:
    assert spec_format({"openapi": "3.1.1"}) == "openapi-3.1.1"
    for version in ("3.2.0", "4.0.0", ""):
        with pytest.raises(ConversionError, match="unsupported API description version"):
            spec_format({"openapi": version})


def test_what_the_tool_leaves_is_rewritten_in_every_schema_and_data_is_left_alone() -> None:
    document = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"name": "n", "in": "query", "schema": {"type": "integer", "exclusiveMinimum": 0}}],
                    "responses": {
                        "default": {"content": {"application/json": {"schema": {"type": ["string", "null"]}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "type": {"type": ["string", "integer"]},
                        "default": {"type": ["string", "integer", "null"], "exclusiveMaximum": 9.5},
                        "nothing": {"type": "null"},
                        "either": {"oneOf": [{"type": "string"}, {"type": "null"}, {"$ref": "#/components/schemas/B"}]},
                        "closed": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                    },
                    "example": {"type": ["kept", "null"]},
                    "x-note": {"type": ["kept", "null"]},
                },
                "B": {"anyOf": [{"type": "null"}, {"type": "boolean"}], "default": {"oneOf": [{"type": "null"}]}},
            }
        },
    }
    finish_down_conversion(document)
    parameter = document["paths"]["/x"]["get"]["parameters"][0]["schema"]
    assert parameter == {"type": "integer", "minimum": 0, "exclusiveMinimum": True}
    default = document["paths"]["/x"]["get"]["responses"]["default"]["content"]["application/json"]["schema"]
    assert default == {"type": "string", "nullable": True}
    a = document["components"]["schemas"]["A"]
    assert a["properties"]["type"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert a["properties"]["default"] == {
        "anyOf": [{"type": "string"}, {"type": "integer"}],
        "nullable": True,
        "maximum": 9.5,
        "exclusiveMaximum": True,
    }
    assert a["properties"]["nothing"] == {"nullable": True}
    assert a["properties"]["either"] == {
        "oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/B"}],
        "nullable": True,
    }
    assert a["properties"]["closed"] == {"type": "integer", "minimum": 0, "exclusiveMinimum": True}
    assert a["example"] == a["x-note"] == {"type": ["kept", "null"]}
    assert document["components"]["schemas"]["B"] == {
        "anyOf": [{"type": "boolean"}],
        "nullable": True,
        "default": {"oneOf": [{"type": "null"}]},
    }


def test_a_31_document_comes_out_as_30(converter_installed: None) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}},
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/A", "description": "an A"}
                                }
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "kind": {"const": "a"},
                        "file": {"type": "string", "contentMediaType": "application/octet-stream"},
                        "size": {"type": ["integer", "null"], "examples": [3]},
                        "id": {"type": ["integer", "string"]},
                    },
                }
            }
        },
        "webhooks": {},
    }
    before = copy.deepcopy(document)
    converted = to_openapi3(document)
    assert document == before, "the input is not changed"
    assert converted["openapi"] == "3.0.3" and "webhooks" not in converted
    assert converted["info"]["license"] == {"name": "MIT"}
    schema = converted["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"description": "an A", "allOf": [{"$ref": "#/components/schemas/A"}]}
    properties = converted["components"]["schemas"]["A"]["properties"]
    assert properties["kind"] == {"enum": ["a"]}
    assert properties["file"] == {"type": "string", "format": "binary"}
    assert properties["size"] == {"type": "integer", "nullable": True, "example": 3}
    assert properties["id"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}


@pytest.mark.parametrize("pinned", ["swagger.json", "v3/swagger_v3.0.json"])
def test_the_pinned_specs_come_back_unchanged_from_31(
    pinned: str, spec_mirror_dir: Path, converter_installed: None
) -> None:
    document = read_json(spec_mirror_dir / pinned)
    assert spec_format(document).startswith("openapi-3.0.")
    rewritten = to_openapi31(document)
    assert rewritten != document
    assert to_openapi3(rewritten) == document
    report = diff_documents(document, rewritten)
    assert report.new.format == "openapi-3.1.0"
    assert not (report.operations_added or report.operations_removed or report.operations_changed)
    assert not (report.schemas_added or report.schemas_removed or report.schemas_changed)


def test_a_31_version_builds_the_same_package(spec_mirror_dir: Path, converter_installed: None, tmp_path: Path) -> None:
    """`python -m generator build` on the pinned v2 file as 3.1 writes the same package, file for file, from the
    same patched document."""
    pinned = spec_mirror_dir / "swagger.json"
    as_31 = tmp_path / "swagger-3.1.json"
    as_31.write_text(json.dumps(to_openapi31(read_json(pinned))), encoding="utf-8")
    build(pinned, tmp_path / "from-30", V2, formatted=False)
    build(as_31, tmp_path / "from-31", V2, formatted=False)
    compared = filecmp.dircmp(tmp_path / "from-30", tmp_path / "from-31")
    differing: list[str] = []

    def collect(comparison: filecmp.dircmp[str], prefix: str) -> None:
        differing.extend(prefix + name for name in comparison.diff_files + comparison.left_only + comparison.right_only)
        for name, sub in comparison.subdirs.items():
            collect(sub, f"{prefix}{name}/")

    collect(compared, "")
    assert differing == ["openapi.patched.json"]  # the same document; the converter writes some keys in another order
    patched = [read_json(tmp_path / side / "openapi.patched.json") for side in ("from-30", "from-31")]
    assert patched[0] == patched[1]
    assert (tmp_path / "from-31" / "figshare_api" / "models" / "article_complete.py").exists()
