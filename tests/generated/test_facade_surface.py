"""The facade users meet: one naming scheme, and every method documented (parameters, return, errors)."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import pytest

from figshare_api.types import UNSET
from generator.naming import method_name

PACKAGES = ("figshare_api", "figshare_api_v3")


def facade_methods(package: str) -> list[tuple[str, Any]]:
    """Every (name, method) of every sync and async resource class of ``package``."""
    resources = importlib.import_module(f"{package}.resources")
    found = []
    for resource_path in sorted({resource for resource, _name in resources.OPERATIONS.values()}):
        module = importlib.import_module(f"{package}.resources.{resource_path.replace('.', '_')}")
        for _class_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, method in vars(cls).items():
                if inspect.isfunction(method) and not name.startswith("_"):
                    found.append((f"{cls.__name__}.{name}", method))
    return found


def sections(doc: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for line in inspect.cleandoc(doc).splitlines():
        if line in ("Args:", "Returns:", "Raises:"):
            current = line[:-1]
            found[current] = []
        elif current and line.startswith("    ") and not line.startswith("        "):
            found[current].append(line.strip())
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_every_method_documents_every_parameter_its_return_and_its_errors(package: str) -> None:
    methods = facade_methods(package)
    assert len(methods) >= 2 * 158
    for where, method in methods:
        doc = method.__doc__ or ""
        assert doc and not doc.startswith(" "), where
        found = sections(doc)
        documented = {entry.split(":", 1)[0]: entry.split(":", 1)[1].strip() for entry in found.get("Args", [])}
        parameters = [name for name in inspect.signature(method).parameters if name != "self"]
        assert sorted(documented) == sorted(parameters), where
        assert all(documented.values()), f"{where}: a parameter has an empty description"
        assert found.get("Returns"), where
        raises = found.get("Raises", [])
        assert any(entry.startswith("figshare.APIStatusError:") for entry in raises), where
        assert any(entry.startswith("figshare.APIConnectionError:") for entry in raises), where


def test_unset_reads_as_unset_in_help() -> None:
    assert repr(UNSET) == "UNSET"
    from figshare_api.resources.articles import ArticlesResource

    assert "page: 'int | Unset' = UNSET" in str(inspect.signature(ArticlesResource.list))


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "expected"),
    [
        # A resource's own operations are bare verbs.
        ("get", "/account/widgets", "private_widgets_list", "list"),
        ("post", "/account/widgets", "private_widget_create", "create"),
        ("get", "/account/widgets/{widget_id}", "private_widget_details", "details"),
        ("put", "/account/widgets/{widget_id}", "private_widget_update", "update"),
        ("patch", "/account/widgets/{widget_id}", "private_widget_patch", "partial_update"),
        ("delete", "/account/widgets/{widget_id}", "private_widget_delete", "delete"),
        # Sub-resources: nouns from the URL, singular before an id, then the verb.
        ("get", "/widgets/{widget_id}/parts", "widget_parts", "parts_list"),
        ("get", "/widgets/{widget_id}/parts/{part_id}", "widget_part", "part_details"),
        ("post", "/widgets/{widget_id}/notes", "widget_notes_create", "note_create"),
        ("get", "/widgets/{widget_id}/versions/{version_id}/files", "widget_version_files", "version_files_list"),
        ("get", "/widgets/{widget_id}/embargo", "widget_embargo", "embargo_details"),
        ("get", "/status", "status", "details"),
        # Verbs the URL cannot show come from the operation id; actions from the URL.
        ("post", "/account/widgets/{widget_id}/authors", "private_widget_authors_add", "authors_add"),
        ("put", "/account/widgets/{widget_id}/authors", "private_widget_authors_replace", "authors_replace"),
        ("post", "/account/widgets/{widget_id}/publish", "private_widget_publish", "publish"),
        ("post", "/account/widgets/search", "private_widgets_search", "search"),
        ("get", "/widgets/{widget_id}/versions/{version_id}/download", "widget_version_download", "version_download"),
    ],
)
def test_a_new_operation_gets_a_name_from_the_scheme(method: str, path: str, operation_id: str, expected: str) -> None:
    assert method_name(path, method, operation_id) == expected


def test_overrides_win() -> None:
    assert method_name("/a/{id}/files", "post", "start", {"start": "upload_initiate"}) == "upload_initiate"


@pytest.mark.parametrize("package", PACKAGES)
def test_names_are_one_scheme_in_both_apis(package: str) -> None:
    """No openapi-python-client leftovers: no HTTP verbs as prefixes, no bare nouns for reads."""
    operations = importlib.import_module(f"{package}.resources").OPERATIONS
    for _resource, name in operations.values():
        assert not re.match(r"(get|post|put|patch)_", name), name
        assert re.search(
            r"(^|_)(list|details|create|update|partial_update|delete|add|replace|invite|publish|unpublish|search"
            r"|leave|download|upload|reserve_doi|reserve_handle|update_thumb|filter_by|initiate|complete|report"
            r"|generate)$",
            name,
        ), name
