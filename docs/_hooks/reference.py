"""MkDocs hook: the API reference, generated at build time from the installed packages.

Nothing here names an operation, a resource or a model: everything is read from the packages as they are
when the site is built (`__all__` of each public module, the generated facade's `Resources` tree and its
`OPERATIONS` map), so renames and new operations appear in the reference without editing the docs.

Pages (all under ``reference/``, none of them on disk):

- ``figshare.md`` and one page per public subpackage of ``figshare`` (``figshare.auth.md``, ...): every name of
  the module's ``__all__`` as a mkdocstrings entry. Names that ``figshare`` re-exports from a public subpackage
  link to their entry there instead of being rendered twice.
- ``<api>/index.md`` (``v2``, ``v3``): the generated package's own ``__all__`` and ``types.__all__``, the
  requester protocols, ``Resources`` / ``AsyncResources`` and ``OPERATIONS``.
- ``<api>/resources/<name>.md``: one page per resource of ``Resources`` (``client.articles``,
  ``client.account``, ...) with its sub-resources: a table of every operation (method, HTTP method, path,
  operation id), then the sync classes in full and the async classes as headings (same methods, awaitable).
- ``<api>/models/<letter>.md``: the models of ``models.__all__``, grouped by first letter.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Any

API_PACKAGES = {"v2": "figshare_api", "v3": "figshare_api_v3"}
"""The generated packages: reference folder -> import name."""

NAV_SECTION = "API reference"
"""The title of the mkdocs.yml nav section the generated pages are appended to."""

EXCLUDED_SUBPACKAGES = frozenset({"cli"})
"""Public subpackages of figshare documented elsewhere: the `figshare` command (guide: cli.md)."""

OPERATION_LINE = re.compile(r"``(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\S+)``\s+\(operation\s+``(\w+)``\)")


@dataclass
class Reference:
    """The generated pages: source path -> Markdown, and the nav entries that list them."""

    pages: dict[str, str] = field(default_factory=dict)
    nav: list[Any] = field(default_factory=list)


def public_subpackages() -> list[str]:
    """The public modules of ``figshare`` that have an ``__all__`` (``figshare.auth``, ...), sorted."""
    figshare = importlib.import_module("figshare")
    names = []
    for module in pkgutil.iter_modules(figshare.__path__):
        if module.name.startswith("_") or module.name in EXCLUDED_SUBPACKAGES:
            continue
        if hasattr(importlib.import_module(f"figshare.{module.name}"), "__all__"):
            names.append(f"figshare.{module.name}")
    return sorted(names)


def _entry(path: str, **options: Any) -> str:
    lines = [f"::: {path}"]
    if options:
        lines.append("    options:")
        lines.extend(f"      {key}: {_yaml(value)}" for key, value in options.items())
    return "\n".join(lines) + "\n"


def _yaml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    return str(value)


def _first_line(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _figshare_pages(reference: Reference) -> None:
    subpackages = public_subpackages()
    figshare = importlib.import_module("figshare")
    homes: dict[str, str] = {}  # name -> the public subpackage that exports the very same object
    for module_name in subpackages:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            if name in figshare.__all__ and getattr(module, name) is getattr(figshare, name):
                homes.setdefault(name, module_name)
    lines = [
        "# figshare\n",
        "The hand-written package: the clients, authentication, errors, transfers, Stats, OAI-PMH and "
        "ResourceSync. Every name below is importable as `figshare.<name>`.\n",
        f"`figshare.__version__` is the installed version (`{figshare.__version__}` when this site was built).\n",
    ]
    rendered = []
    linked = []
    for name in figshare.__all__:
        if name in homes:
            linked.append(name)
        else:
            rendered.append(name)
    if linked:
        lines.append("## Re-exported names\n")
        lines.append("Documented with their subpackage:\n")
        lines.append("| name | documented in |\n|---|---|")
        for name in sorted(linked):
            home = homes[name]
            lines.append(f"| `figshare.{name}` | [`{home}.{name}`][{home}.{name}] |")
        lines.append("")
    for name in rendered:
        lines.append(_entry(f"figshare.{name}"))
    reference.pages["reference/figshare.md"] = "\n".join(lines)
    nav: list[Any] = [{"figshare": "reference/figshare.md"}]

    for module_name in subpackages:
        module = importlib.import_module(module_name)
        page = [f"# {module_name}\n", (inspect.getdoc(module) or "").strip() + "\n"]
        page.extend(_entry(f"{module_name}.{name}") for name in module.__all__)
        uri = f"reference/{module_name}.md"
        reference.pages[uri] = "\n".join(page)
        nav.append({module_name: uri})
    reference.nav.append({"figshare": nav})


@dataclass(frozen=True)
class Operation:
    """One facade method: where it is and what it sends."""

    attribute_path: str
    method: str
    http_method: str
    path: str
    operation_id: str


def resource_tree(resources_class: type) -> list[tuple[str, type]]:
    """The resources reachable from ``resources_class`` as (attribute path, class), depth first.

    The facade loads each resource lazily (a ``cached_property`` per resource), so the tree is read from an
    instance that has no requester: building a resource sends nothing.
    """
    found: list[tuple[str, type]] = []

    def walk(prefix: str, instance: object) -> None:
        for attribute, member in inspect.getmembers(type(instance)):
            if isinstance(member, functools.cached_property):
                child = getattr(instance, attribute)
                path = f"{prefix}.{attribute}" if prefix else attribute
                found.append((path, type(child)))
                walk(path, child)

    walk("", resources_class(None))
    return found


def operations_of(attribute_path: str, cls: type) -> list[Operation]:
    """The operations of one resource class, read from its methods' docstrings (written by generator/facade.py)."""
    operations = []
    for method_name, method in inspect.getmembers(cls, inspect.isfunction):
        if method_name.startswith("_"):
            continue
        match = OPERATION_LINE.search(inspect.getdoc(method) or "")
        if match:
            operations.append(Operation(attribute_path, method_name, *match.groups()))
    return operations


def _api_pages(reference: Reference, folder: str, package_name: str) -> None:
    package = importlib.import_module(package_name)
    resources = importlib.import_module(f"{package_name}.resources")
    types_module = importlib.import_module(f"{package_name}.types")
    models = importlib.import_module(f"{package_name}.models")
    label = f"{package_name} ({folder})"
    nav: list[Any] = []

    index = [
        f"# {package_name}\n",
        f"The generated package for Figshare's API {folder}: machine output of `make generate`. Reach its "
        f"operations through the client (`Figshare`{'' if folder == 'v2' else '.v3'}) as the resources below; "
        "request bodies and results are the models.\n",
    ]
    package_names = getattr(package, "__all__", ())
    if package_names:
        index.append("## Package\n")
        index.extend(_entry(f"{package_name}.{name}") for name in package_names)
    index.append("## Types\n")
    index.extend(_entry(f"{package_name}.types.{name}") for name in types_module.__all__)
    index.append("## The resource facade\n")
    facade_names = [
        name
        for name, value in vars(resources).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == resources.__name__
        and not name.endswith("Resource")
    ]
    index.extend(_entry(f"{package_name}.resources.{name}", members=False) for name in facade_names)
    index.append(_entry(f"{package_name}.resources.OPERATIONS"))
    uri = f"reference/{folder}/index.md"
    reference.pages[uri] = "\n".join(index)
    nav.append(uri)

    tree = resource_tree(resources.Resources)
    groups: dict[str, list[tuple[str, type]]] = {}
    for path, cls in tree:
        groups.setdefault(path.split(".")[0], []).append((path, cls))
    resource_nav: list[Any] = []
    for top, members in groups.items():
        client = "client" if folder == "v2" else "client.v3"
        page = [
            f"# {client}.{top}\n",
            f"Operations of `{package_name}` under `{client}.{top}`. Every method also exists on the "
            f"`Async...` class of the same resource, as a coroutine (`await {client}.{top}...`).\n",
            "| method | HTTP | path | operation id |",
            "|---|---|---|---|",
        ]
        for path, cls in members:
            for operation in operations_of(path, cls):
                anchor = f"{cls.__module__}.{cls.__name__}.{operation.method}"
                page.append(
                    f"| [`{client}.{path}.{operation.method}`][{anchor}] | `{operation.http_method}` | "
                    f"`{operation.path}` | `{operation.operation_id}` |"
                )
        page.append("")
        for path, cls in members:
            page.append(f"## `{client}.{path}`\n")
            page.append(_entry(f"{cls.__module__}.{cls.__name__}", heading_level=3))
            async_name = f"Async{cls.__name__}"
            if hasattr(importlib.import_module(cls.__module__), async_name):
                page.append(_entry(f"{cls.__module__}.{async_name}", heading_level=3, members=False))
        uri = f"reference/{folder}/resources/{top}.md"
        reference.pages[uri] = "\n".join(page)
        resource_nav.append({f"{client}.{top}": uri})
    nav.append({"Resources": resource_nav})

    by_letter: dict[str, list[str]] = {}
    for name in sorted(models.__all__):
        by_letter.setdefault(name[0].upper(), []).append(name)
    model_nav: list[Any] = []
    for letter, names in by_letter.items():
        page = [f"# {package_name}.models: {letter}\n"]
        page.extend(_entry(f"{package_name}.models.{name}", heading_level=2) for name in names)
        uri = f"reference/{folder}/models/{letter.lower()}.md"
        reference.pages[uri] = "\n".join(page)
        model_nav.append({letter: uri})
    nav.append({"Models": model_nav})
    reference.nav.append({label: nav})


def build_reference() -> Reference:
    """Every generated reference page and the nav that lists them."""
    reference = Reference()
    _figshare_pages(reference)
    for folder, package_name in API_PACKAGES.items():
        _api_pages(reference, folder, package_name)
    return reference


_REFERENCE: Reference | None = None


def _reference() -> Reference:
    global _REFERENCE
    if _REFERENCE is None:
        _REFERENCE = build_reference()
    return _REFERENCE


def on_config(config: Any) -> Any:
    """Append the generated pages to the nav section titled `NAV_SECTION`."""
    global _REFERENCE
    _REFERENCE = None  # `mkdocs serve` rebuilds: read the packages again
    for item in config["nav"]:
        if isinstance(item, dict) and NAV_SECTION in item:
            item[NAV_SECTION] = [*item[NAV_SECTION], *_reference().nav]
            return config
    raise ValueError(f"mkdocs.yml has no nav section {NAV_SECTION!r} for the API reference")


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages to the site's files."""
    from mkdocs.structure.files import File

    for uri, content in _reference().pages.items():
        files.append(File.generated(config, uri, content=content))
    return files
