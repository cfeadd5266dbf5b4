"""`python -m generator build`: the whole chain on any upstream version, with the shapes upstream has published
that once stopped it, and one clear line (never a traceback) for every failure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.convert import SWAGGER2OPENAPI
from generator.errors import PipelineError
from generator.targets import V2, V3
from generator.validate import dangling_references
from tests.support.spec_fixtures import openapi_v3_2026, operation_count, swagger_2017

REPO_ROOT = Path(__file__).resolve().parents[2]


def write(document: Any, path: Path) -> Path:
    path.write_text(json.dumps(document) if not isinstance(document, str) else document, encoding="utf-8")
    return path


def cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments], capture_output=True, text=True, cwd=REPO_ROOT, check=False
    )


@pytest.fixture(scope="module")
def built_2017(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    if not SWAGGER2OPENAPI.exists():
        pytest.skip("swagger2openapi is not installed (run `npm ci`)")
    folder = tmp_path_factory.mktemp("build-2017")
    source = write(swagger_2017(), folder / "swagger.json")
    return build(source, folder / "out", V2, skip_unmatched=True), folder


def test_operations_without_id_or_tags_each_get_a_module_and_a_facade_method(built_2017: tuple[Any, Path]) -> None:
    result, _folder = built_2017
    assert result.operations == result.modules == operation_count(swagger_2017()) == 8
    normalisation = result.patch.normalisation
    assert normalisation.named_operations == {
        "GET /account/articles/{article_id}/files": "get_account_articles_article_id_files",
        "POST /account/articles/{article_id}/files": "post_account_articles_article_id_files",
        "GET /account/articles/{article_id}/files/{file_id}": "get_account_articles_article_id_files_file_id",
        "DELETE /account/articles/{article_id}/files/{file_id}": "delete_account_articles_article_id_files_file_id",
    }
    assert normalisation.tagged_operations == {
        "GET /account/articles/export": "articles",
        "POST /account/articles/export": "articles",
    }
    api = result.package_dir / "api" / "articles"
    assert (api / "get_account_articles_article_id_files.py").is_file()
    assert (api / "account_articles_export.py").is_file()
    facade = (result.package_dir / "resources.py").read_text(encoding="utf-8")
    for operation_id in (*normalisation.named_operations.values(), "account_articles_export_initiate"):
        assert operation_id in facade


def test_without_error_message_the_error_overlay_is_skipped_whole(built_2017: tuple[Any, Path]) -> None:
    result, _folder = built_2017
    assert "03-errors.yaml#1" in [action.key for action in result.patch.unmatched]
    assert ("03-errors.yaml#2", "`03-errors.yaml#1`, which was not applied") in [
        (action.key, why) for action, why in result.patch.unmet
    ]
    assert dangling_references(result.patch.document) == []


def test_the_strict_build_names_the_first_action_that_does_not_match(built_2017: tuple[Any, Path]) -> None:
    _result, folder = built_2017
    with pytest.raises(PipelineError, match=r"^overlay: 03-errors\.yaml action #1 .* matches nothing"):
        build(folder / "swagger.json", folder / "strict", V2)


def test_a_redeclared_property_of_a_composed_schema_keeps_every_model(tmp_path: Path) -> None:
    source = write(openapi_v3_2026(), tmp_path / "swagger_v3.0.json")
    result = build(source, tmp_path / "out", V3, skip_unmatched=True, formatted=False)
    assert result.patch.normalisation.redeclared == ["ProjectArticle"]
    models = result.package_dir / "models"
    for model in ("article", "project_article", "article_complete"):
        assert (models / f"{model}.py").is_file(), f"{model} was dropped"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("{not json", r"^error: read: .*swagger\.json: Expecting property name"),
        ([1, 2], r"^error: read: .*: not a JSON object$"),
        ({"swagger": "1.2"}, r"^error: convert: unsupported API description version"),
        (
            {
                **openapi_v3_2026(),
                "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/X"}}}}},
            },
            r"^error: references: #/paths/~1a/get/responses/200 references #/components/responses/X, which does not",
        ),
        (
            {**openapi_v3_2026(), "paths": {"/a": {"get": {"responses": {"200": {}}}}}},
            r"^error: validate: the patched spec is not valid OpenAPI at \$\.paths\['/a'\]\.get\.responses\['200'\]: "
            r"\{\} is not valid under any of the given schemas$",
        ),
        (
            {
                **openapi_v3_2026(),
                "paths": {
                    "/a": {
                        "post": {
                            "operationId": "a",
                            "requestBody": {
                                "content": {"application/json": {"schema": {"type": "string", "enum": [1, "x"]}}}
                            },
                            "responses": {"204": {"description": "ok"}},
                        }
                    }
                },
            },
            r"^error: generate: operation POST /a: openapi-python-client skipped it: Endpoint will not be generated",
        ),
    ],
    ids=["not-json", "not-an-object", "unknown-format", "dangling-ref", "invalid", "generator-refuses"],
)
def test_every_failure_is_one_line_naming_stage_subject_and_cause(tmp_path: Path, document: Any, expected: str) -> None:
    source = write(document, tmp_path / "swagger.json")
    result = cli("build", str(source), str(tmp_path / "out"), "--api", "v3", "--skip-unmatched")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert len(line) < 1200
    assert re.match(expected, line), line
