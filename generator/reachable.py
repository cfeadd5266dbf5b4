"""Which operations a generated package's facade reaches, sync and async, and through which methods.

``python -m generator.reachable DIR PACKAGE`` imports ``DIR/PACKAGE`` (ahead of any installed package of that
name), walks ``Resources`` and ``AsyncResources`` from the root through every sub-resource, calls every method
with placeholder arguments and a requester that records the `Operation` it is handed, and prints a JSON object:
``{"package": file, "operations": {operation id: {"method", "path", "sync": [...], "async": [...], "table",
"lookup"}}}`` where ``sync`` and ``async`` list the methods that hand over that operation (``account.articles.
create``), ``table`` is its entry in ``OPERATIONS`` and ``lookup`` whether ``resources.operation(id)`` returns
the same object. ``generator.build`` runs it in a fresh interpreter to check a package it has just written.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any


class _Recorder:
    """A requester that remembers what it was handed instead of sending it."""

    def __init__(self) -> None:
        self.handed: list[Any] = []

    def call(self, operation: Any, arguments: dict[str, Any]) -> None:
        self.handed.append(operation)


class _AsyncRecorder(_Recorder):
    async def call(self, operation: Any, arguments: dict[str, Any]) -> None:  # type: ignore[override]
        self.handed.append(operation)


def _placeholders(function: Any) -> dict[str, Any]:
    """None for every argument without a default (the facade hands arguments over without looking at them)."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    return {p.name: None for p in parameters if p.default is inspect.Parameter.empty}


def _finish(coroutine: Any) -> None:
    """Run a coroutine that awaits nothing real (the recording requester's call) to its end."""
    try:
        coroutine.send(None)
    except StopIteration:
        return
    coroutine.close()
    raise RuntimeError("an async method awaited something besides its requester")


def walk(resource: Any, recorder: _Recorder, where: str, found: dict[str, list[tuple[str, Any]]]) -> None:
    """Call every method reachable from ``resource``; ``found[where.method]`` gets the operations handed over."""
    cls = type(resource)
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(cls, name)
        place = f"{where}.{name}" if where else name
        if isinstance(attribute, functools.cached_property):
            walk(getattr(resource, name), recorder, place, found)
        elif inspect.isfunction(attribute):
            function = getattr(resource, name)
            before = len(recorder.handed)
            result = function(**_placeholders(attribute))
            if inspect.iscoroutine(result):
                _finish(result)
            found[place] = [(place, operation) for operation in recorder.handed[before:]]


def survey(directory: Path, package: str) -> dict[str, Any]:
    """What ``python -m generator.reachable`` prints (see the module docstring)."""
    sys.path.insert(0, str(directory.resolve()))
    resources = importlib.import_module(f"{package}.resources")
    found: dict[str, dict[str, Any]] = {}
    for kind, root_class, recorder in (
        ("sync", resources.Resources, _Recorder()),
        ("async", resources.AsyncResources, _AsyncRecorder()),
    ):
        handed: dict[str, list[tuple[str, Any]]] = {}
        walk(root_class(recorder), recorder, "", handed)
        for place, operations in sorted(handed.items()):
            if len(operations) != 1:
                found.setdefault(f"?{place}", {"sync": [], "async": []})[kind].append(f"{len(operations)} operations")
            for _place, operation in operations:
                entry = found.setdefault(
                    operation.operation_id,
                    {"method": operation.method, "path": operation.path, "sync": [], "async": [], "objects": []},
                )
                entry[kind].append(place)
                entry["objects"].append(operation)
    table: dict[str, tuple[str, str]] = resources.OPERATIONS
    for operation_id, entry in found.items():
        if operation_id.startswith("?"):
            continue
        resource, method = table.get(operation_id, ("", ""))
        entry["table"] = f"{resource}.{method}" if method else ""
        try:
            looked_up = resources.operation(operation_id)
        except KeyError:
            looked_up = None
        entry["lookup"] = all(obj is looked_up for obj in entry.pop("objects"))
    missing = sorted(set(table) - set(found))
    return {"package": str(Path(str(resources.__file__)).parent.parent), "operations": found, "unreached": missing}


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 2:
        print("usage: python -m generator.reachable DIR PACKAGE", file=sys.stderr)
        return 2
    print(json.dumps(survey(Path(arguments[0]), arguments[1]), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
