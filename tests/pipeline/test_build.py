"""`python -m generator build`: the whole chain on any upstream version, with the shapes upstream has published
that once stopped it, and one clear line (never a traceback) for every failure."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.build import build, check_operations, expected_operations
from generator.convert import SWAGGER2OPENAPI
from generator.errors import GenerationError, PipelineError
from generator.generate import render_package
from generator.render import parse
from generator.targets import V2, V3
from generator.validate import dangling_references
from tests.support.spec_fixtures import openapi_v3_2026, operation_count, require_node_tool, swagger_2017

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
    require_node_tool(SWAGGER2OPENAPI)
    folder = tmp_path_factory.mktemp("build-2017")
    source = write(swagger_2017(), folder / "swagger.json")
    return build(source, folder / "out", V2, skip_unmatched=True), folder


def test_operations_without_id_or_tags_each_get_an_operation_and_a_facade_method(
    built_2017: tuple[Any, Path],
) -> None:
    result, _folder = built_2017
    assert result.operations == result.reachable == operation_count(swagger_2017()) == 9
    normalisation = result.patch.normalisation
    assert normalisation.named_operations == {
        "GET /account/articles/{article_id}/files": "get_account_articles_article_id_files",
        "POST /account/articles/{article_id}/files": "post_account_articles_article_id_files",
        "GET /account/articles/{article_id}/files/{file_id}": "get_account_articles_article_id_files_file_id",
        "POST /account/articles/{article_id}/files/{file_id}": "post_account_articles_article_id_files_file_id",
        "DELETE /account/articles/{article_id}/files/{file_id}": "delete_account_articles_article_id_files_file_id",
    }
    assert normalisation.tagged_operations == {
        "GET /account/articles/export": "articles",
        "POST /account/articles/export": "articles",
    }
    facade = (result.package_dir / "resources" / "account_articles.py").read_text(encoding="utf-8")
    for operation_id in (*normalisation.named_operations.values(), "account_articles_export_initiate"):
        assert f"_{operation_id}: Operation" in facade
    for method in ("files_list", "file_details", "file_delete", "export_details", "export_create"):
        assert f"    def {method}(" in facade and f"    async def {method}(" in facade


def test_methods_whose_names_clash_are_named_after_their_operation_ids(built_2017: tuple[Any, Path]) -> None:
    """Both POSTs are ``file_create`` by the scheme; the config's overrides are keyed by ids these lack."""
    result, _folder = built_2017
    assert result.notes == [
        "methods of account.articles named after their operation ids (names clash): "
        "file_create -> post_account_articles_article_id_files, "
        "file_create -> post_account_articles_article_id_files_file_id"
    ]
    facade = (result.package_dir / "resources" / "account_articles.py").read_text(encoding="utf-8")
    for method in ("post_account_articles_article_id_files", "post_account_articles_article_id_files_file_id"):
        assert f"    def {method}(" in facade and f"    async def {method}(" in facade
    assert "    def file_create(" not in facade


def test_the_pinned_build_refuses_names_that_clash_in_one_line(built_2017: tuple[Any, Path], tmp_path: Path) -> None:
    result, _folder = built_2017
    with pytest.raises(GenerationError) as raised:
        render_package(result.patched, tmp_path / "figshare_api", config=V2.config)
    assert raised.value.stage == "facade"
    assert str(raised.value) == (
        "resource account.articles: method names clash: file_create would be post_account_articles_article_id_files "
        "and post_account_articles_article_id_files_file_id (operation ids; rename one in operation_names of the "
        "generator config)"
    )


def test_an_operation_without_a_response_body_is_a_method_returning_none(built_2017: tuple[Any, Path]) -> None:
    """Upstream 2017-06-16 declares no response body at all for some operations (here POST .../files/{file_id})."""
    result, _folder = built_2017
    facade = (result.package_dir / "resources" / "account_articles.py").read_text(encoding="utf-8")
    assert re.search(r"_post_account_articles_article_id_files_file_id: Operation\[None\] = Operation\(", facade)
    method = "post_account_articles_article_id_files_file_id"
    assert re.search(rf"    def {method}\(self, article_id: int, file_id: int\) -> None:", facade)


def test_the_facade_check_names_the_operation_a_package_gets_wrong(
    built_2017: tuple[Any, Path], tmp_path: Path
) -> None:
    result, _folder = built_2017
    expected = expected_operations(result.patch.document)
    with pytest.raises(PipelineError, match=r"^facade: operation GET /ghost: no method hands over ghost$"):
        check_operations(result.package_dir, {**expected, "ghost": "GET /ghost"})
    package = tmp_path / "figshare_api"
    shutil.copytree(result.package_dir, package)
    table = package / "resources" / "__init__.py"
    entry = '"get_account_articles_article_id_files": ("account.articles", "files_list")'
    assert entry in table.read_text(encoding="utf-8")
    table.write_text(table.read_text(encoding="utf-8").replace(entry, entry.replace("files_list", "x")), "utf-8")
    with pytest.raises(PipelineError, match=r"^facade: operation GET /account/articles/\{article_id\}/files: OPERAT"):
        check_operations(package, expected)


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
    # The package has the models operations reach (Article); the parser kept the others too (it would refuse
    # the spec, naming the schema, had it dropped one).
    assert (result.package_dir / "models" / "article.py").is_file()
    data = parse(json.loads(result.patched.read_text(encoding="utf-8")), V3.config, result.patched)
    assert {"Article", "ProjectArticle", "ArticleComplete"} <= {str(model.class_info.name) for model in data.models}


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
