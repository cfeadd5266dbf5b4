"""Every public name has an entry in the built API reference.

"Public" is read from the packages here, independently of docs/_hooks/reference.py: ``__all__`` of ``figshare``
and of its public subpackages, ``__all__`` of each generated package, of its ``types`` and ``models``, every
class of its resource facade and every operation of its ``OPERATIONS`` map.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

ANCHOR = re.compile(r'\bid="([^"]+)"')
API_PACKAGES = {"v2": "figshare_api", "v3": "figshare_api_v3"}


def _anchors(folder: Path) -> set[str]:
    found: set[str] = set()
    for page in folder.rglob("index.html"):
        found.update(ANCHOR.findall(page.read_text(encoding="utf-8")))
    return found


def _public_subpackages() -> list[str]:
    figshare = importlib.import_module("figshare")
    return [
        f"figshare.{module.name}"
        for module in pkgutil.iter_modules(figshare.__path__)
        if not module.name.startswith("_")
        and module.name != "cli"  # the command: its guide is cli.md
        and hasattr(importlib.import_module(f"figshare.{module.name}"), "__all__")
    ]


def test_figshare_names_have_entries(built_site: Path) -> None:
    figshare = importlib.import_module("figshare")
    anchors = _anchors(built_site / "reference")
    top_page = (built_site / "reference" / "figshare" / "index.html").read_text(encoding="utf-8")
    missing = []
    for name in figshare.__all__:
        if f"figshare.{name}" in anchors:
            continue
        homes = [
            module_name
            for module_name in _public_subpackages()
            if getattr(importlib.import_module(module_name), name, None) is getattr(figshare, name)
            and f"{module_name}.{name}" in anchors
            and f"#{module_name}.{name}" in top_page  # linked from the figshare page
        ]
        if not homes:
            missing.append(f"figshare.{name}")
    assert not missing


@pytest.mark.parametrize("module_name", _public_subpackages())
def test_subpackage_names_have_entries(built_site: Path, module_name: str) -> None:
    module = importlib.import_module(module_name)
    anchors = _anchors(built_site / "reference" / module_name)
    assert module.__all__
    assert [name for name in module.__all__ if f"{module_name}.{name}" not in anchors] == []


def _resource_modules(resources: ModuleType) -> list[ModuleType]:
    """Every module of the facade package (one per resource, loaded lazily by the facade itself)."""
    return [
        importlib.import_module(f"{resources.__name__}.{info.name}")
        for info in pkgutil.iter_modules(resources.__path__)
    ]


def _resource_class(resources: ModuleType, path: str) -> type:
    """The class of the resource at an attribute path, read from a requester-less instance (nothing is sent)."""
    instance: object = resources.Resources(None)
    for attribute in path.split("."):
        instance = getattr(instance, attribute)
    return type(instance)


@pytest.mark.parametrize("folder", API_PACKAGES)
def test_generated_names_have_entries(built_site: Path, folder: str) -> None:
    package_name = API_PACKAGES[folder]
    package = importlib.import_module(package_name)
    types_module = importlib.import_module(f"{package_name}.types")
    models = importlib.import_module(f"{package_name}.models")
    resources = importlib.import_module(f"{package_name}.resources")
    anchors = _anchors(built_site / "reference" / folder)
    expected = [f"{package_name}.{name}" for name in getattr(package, "__all__", ())]
    expected += [f"{package_name}.types.{name}" for name in types_module.__all__]
    expected += [f"{package_name}.models.{name}" for name in models.__all__]
    for module in [resources, *_resource_modules(resources)]:
        expected += [
            f"{module.__name__}.{name}"
            for name, value in vars(module).items()
            if inspect.isclass(value) and value.__module__ == module.__name__ and not name.startswith("_")
        ]
    expected.append(f"{package_name}.resources.OPERATIONS")
    assert len(models.__all__) > 100
    assert [name for name in expected if name not in anchors] == []


@pytest.mark.parametrize("folder", API_PACKAGES)
def test_every_operation_is_listed_with_its_method_and_path(built_site: Path, folder: str) -> None:
    package_name = API_PACKAGES[folder]
    resources = importlib.import_module(f"{package_name}.resources")
    pages = built_site / "reference" / folder / "resources"
    anchors = _anchors(pages)
    text = "".join(page.read_text(encoding="utf-8") for page in pages.rglob("index.html"))
    problems = []
    for operation_id, (path, method) in resources.OPERATIONS.items():
        cls = _resource_class(resources, path)
        doc = inspect.getdoc(getattr(cls, method)) or ""
        http = re.search(r"``(GET|POST|PUT|DELETE|PATCH) (\S+)``", doc)
        if f"{cls.__module__}.{cls.__name__}.{method}" not in anchors or http is None:
            problems.append(operation_id)
            continue
        row = re.compile(
            rf"<code>{http.group(1)}</code></td>\s*<td><code>{re.escape(http.group(2))}</code></td>\s*"
            rf"<td><code>{operation_id}</code></td>"
        )
        if not row.search(text):
            problems.append(operation_id)
    assert len(resources.OPERATIONS) > 100
    assert problems == []
