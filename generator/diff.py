"""API change report between two upstream spec files (Swagger 2.0 is converted to OpenAPI 3 first).

python -m generator.diff OLD NEW [--format markdown|json] [--output FILE]

What is compared (see ``generator.api_surface`` for how each document is read):

- **operations**, named ``"METHOD /path"`` and matched with trailing slashes and path parameter names ignored
  (``/versions/{v_number}`` and ``/versions/{version_id}/`` are the same operation, reported as *changed* with
  its new spelling). An operation is changed when its parameters (added, removed, type or required-ness), its
  request body (presence, required-ness, media types, schema), its success response (status, media types,
  schema), its effective security, its ``operationId`` (the generated function's name) or its ``deprecated``
  flag differ. A body whose schema is the same component on both sides is not compared property by property:
  that component's own entry in ``schemas_changed`` says what changed.
- **component schemas**, matched by name, compared by their *effective* properties (``allOf`` and ``$ref``
  resolved, nested inline objects under dotted names): properties added, removed, changed in type or
  required-ness. A removed schema whose exact shape reappears under one new name is also listed in
  ``schemas_renamed`` (it stays in ``schemas_removed``/``schemas_added``: generated model names change).

A change is **breaking** when it can break an existing caller: a removed operation, parameter, property,
request media type or response body; a new required parameter, request body or request property (required
properties matter in what callers send, i.e. components reachable from request bodies and parameters); a
narrowed type (the new type rejects values the old one accepted: ``number`` -> ``integer``, a shorter enum,
no longer nullable, a new string format, a component that lost properties); a changed success status; or
credentials that no longer satisfy the operation. Widened types are not breaking: the SDK reads responses
leniently (see generator/normalise.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.api_surface import (
    ApiSurface,
    Body,
    Operation,
    Parameter,
    Property,
    TypeShape,
    describe_security,
    path_parameter_names,
    satisfies,
)
from generator.convert import spec_format, to_openapi3
from generator.diff_markdown import render_markdown
from generator.diff_model import (
    OBJECT_KINDS,
    ApiDiff,
    OperationChange,
    PropertiesDelta,
    PropertyChange,
    SchemaChange,
    SpecSummary,
    listing,
)
from generator.pipeline import read_json, write_json


class _Comparison:
    """Compares two surfaces; remembers structural comparisons of differently named components."""

    def __init__(self, old: ApiSurface, new: ApiSurface) -> None:
        self.old = old
        self.new = new
        self.sent_by_callers = new.request_components()
        self._component_narrowing: dict[tuple[str, str], bool] = {}

    # -- types ----------------------------------------------------------------------------------------------

    def narrows(self, old: TypeShape, new: TypeShape) -> bool:
        """Whether ``new`` rejects a value that ``old`` accepted."""
        if new.kind == "any":
            return False
        if old.nullable and not new.nullable:
            return True
        old, new = _not_null(old), _not_null(new)
        if old.kind == "union":
            return any(self.narrows(variant, new) for variant in old.variants)
        if new.kind == "union":
            return all(self.narrows(old, variant) for variant in new.variants)
        if old.kind != new.kind:
            return not (old.kind == "integer" and new.kind == "number")
        if old.kind == "ref" and old.ref != new.ref:
            return self._component_narrows(str(old.ref), str(new.ref))
        if old.kind == "array" and new.items is not None:
            return old.items is None or self.narrows(old.items, new.items)
        if new.format is not None and new.format != old.format:
            return True
        return new.enum is not None and (old.enum is None or not set(old.enum) <= set(new.enum))

    def _component_narrows(self, old_name: str, new_name: str) -> bool:
        key = (old_name, new_name)
        if key not in self._component_narrowing:
            self._component_narrowing[key] = False  # a cycle back to this pair adds nothing
            delta = self.properties(self.old.component_properties(old_name), self.new.component_properties(new_name))
            self._component_narrowing[key] = bool(delta.removed) or any(c.narrowed for c in delta.changed.values())
        return self._component_narrowing[key]

    def properties(self, old: Mapping[str, Property], new: Mapping[str, Property]) -> PropertiesDelta:
        delta = PropertiesDelta(
            added={name: new[name] for name in new if name not in old},
            removed={name: old[name] for name in old if name not in new},
        )
        for name in sorted(old.keys() & new.keys()):
            if old[name] != new[name]:
                narrowed = self.narrows(old[name].type, new[name].type)
                delta.changed[name] = PropertyChange(old[name], new[name], narrowed)
        return delta

    # -- schemas --------------------------------------------------------------------------------------------

    def schema(self, name: str) -> SchemaChange | None:
        old_shape = self.old.shape(self.old.schemas[name])
        new_shape = self.new.shape(self.new.schemas[name])
        delta = self.properties(self.old.component_properties(name), self.new.component_properties(name))
        type_change = None
        if old_shape != new_shape and not (old_shape.kind in OBJECT_KINDS and new_shape.kind in OBJECT_KINDS):
            type_change = (str(old_shape), str(new_shape))
        if not delta and type_change is None:
            return None
        breaking = delta.breaking_reasons(sent_by_callers=name in self.sent_by_callers)
        if type_change and self.narrows(old_shape, new_shape):
            breaking.insert(0, f"type narrowed from {type_change[0]} to {type_change[1]}")
        return SchemaChange(delta, type_change, breaking)

    # -- operations -----------------------------------------------------------------------------------------

    def operation(self, old: Operation, new: Operation) -> OperationChange | None:
        change = OperationChange(old.name)
        if old.path != new.path:
            change.details["path"] = [old.path, new.path]
        if old.operation_id != new.operation_id:
            change.details["operation_id"] = [old.operation_id, new.operation_id]
        if old.deprecated != new.deprecated:
            change.details["deprecated"] = [old.deprecated, new.deprecated]
        self._parameters(old, new, change)
        self._request_body(old.request_body, new.request_body, change)
        self._response(old, new, change)
        self._security(old, new, change)
        return change if change.details else None

    def _parameters(self, old: Operation, new: Operation, change: OperationChange) -> None:
        old_by_key = _parameters_by_key(old)
        new_by_key = _parameters_by_key(new)
        added = {key: p for key, p in new_by_key.items() if key not in old_by_key}
        removed = {key: p for key, p in old_by_key.items() if key not in new_by_key}
        changed: dict[str, dict[str, Any]] = {}
        for key in old_by_key.keys() & new_by_key.keys():
            before, after = old_by_key[key], new_by_key[key]
            details: dict[str, Any] = {}
            label = _parameter_label(after)
            if before.name != after.name:
                details["renamed_from"] = before.name
            if before.type != after.type:
                details["type"] = [str(before.type), str(after.type)]
                if self.narrows(before.type, after.type):
                    change.breaking.append(f"parameter {label} narrowed from {before.type} to {after.type}")
            if before.required != after.required:
                details["required"] = [before.required, after.required]
                if after.required:
                    change.breaking.append(f"parameter {label} is now required")
            if details:
                changed[label] = details
        for parameter in added.values():
            if parameter.required:
                change.breaking.append(f"new required parameter {_parameter_label(parameter)}")
        if removed:
            labels = [_parameter_label(p) for p in removed.values()]
            change.breaking.append(listing("parameter removed", "parameters removed", labels))
        if added:
            change.details["parameters_added"] = {_parameter_label(p): _parameter_json(p) for p in added.values()}
        if removed:
            change.details["parameters_removed"] = {_parameter_label(p): _parameter_json(p) for p in removed.values()}
        if changed:
            change.details["parameters_changed"] = dict(sorted(changed.items()))

    def _request_body(self, old: Body | None, new: Body | None, change: OperationChange) -> None:
        details: dict[str, Any] = {}
        if old is None and new is None:
            return
        if old is None or new is None:
            details["type"] = [_body_type(old), _body_type(new)]
            if new is None:
                change.breaking.append("request body removed")
            elif new.required:
                change.breaking.append("new required request body")
        else:
            if old.required != new.required:
                details["required"] = [old.required, new.required]
                if new.required:
                    change.breaking.append("request body is now required")
            lost = sorted(set(old.media_types) - set(new.media_types))
            change.breaking += [f"request media type {media} no longer accepted" for media in lost]
            reasons = self._body_schema(old, new, details, sent_by_callers=True)
            change.breaking += [f"request {reason}" for reason in reasons]
        if details:
            change.details["request_body"] = details

    def _response(self, old: Operation, new: Operation, change: OperationChange) -> None:
        details: dict[str, Any] = {}
        if old.success_status != new.success_status:
            details["status"] = [old.success_status, new.success_status]
            change.breaking.append(f"success status changed from {old.success_status} to {new.success_status}")
        before, after = old.response, new.response
        if before is not None and after is not None:
            reasons = self._body_schema(before, after, details, sent_by_callers=False)
            change.breaking += [f"response {reason}" for reason in reasons]
        elif before is not None or after is not None:
            details["type"] = [_body_type(before), _body_type(after)]
            if after is None:
                change.breaking.append("response body removed")
        if details:
            change.details["response"] = details

    def _body_schema(self, old: Body, new: Body, details: dict[str, Any], *, sent_by_callers: bool) -> list[str]:
        """Record how two bodies differ in ``details``; return the breaking reasons."""
        if old.media_types != new.media_types:
            details["media_types"] = [list(old.media_types), list(new.media_types)]
        if old.type == new.type and _names_component(old.type):
            return []  # the same component: its own entry in schemas_changed tells
        reasons = []
        if old.type != new.type:
            details["type"] = [str(old.type), str(new.type)]
        delta = self.properties(old.properties, new.properties)
        if delta:
            details.update(delta.to_json())
            reasons += delta.breaking_reasons(sent_by_callers=sent_by_callers)
        elif old.type != new.type and self.narrows(old.type, new.type):
            reasons.append(f"body narrowed from {old.type} to {new.type}")
        return reasons

    def _security(self, old: Operation, new: Operation, change: OperationChange) -> None:
        if set(old.security) == set(new.security):
            return
        change.details["security"] = [
            [describe_security(r) for r in old.security],
            [describe_security(r) for r in new.security],
        ]
        for held in old.security:
            if not any(satisfies(held, wanted) for wanted in new.security):
                change.breaking.append(f"callers authenticating as {describe_security(held)} are no longer accepted")


def _names_component(shape: TypeShape) -> bool:
    """A component or an array of one (whose changes the component's own entry reports)."""
    return shape.kind == "ref" or (shape.kind == "array" and shape.items is not None and shape.items.kind == "ref")


def _not_null(shape: TypeShape) -> TypeShape:
    return TypeShape(shape.kind, shape.ref, shape.format, False, shape.enum, shape.items, shape.variants)


def _parameters_by_key(operation: Operation) -> dict[tuple[str, str], Parameter]:
    """Parameters keyed by (location, name); path parameters by their position, so renames match."""
    positions = {name: index for index, name in enumerate(path_parameter_names(operation.path))}
    keyed: dict[tuple[str, str], Parameter] = {}
    for parameter in operation.parameters:
        if parameter.location == "path" and parameter.name in positions:
            keyed[("path", f"#{positions[parameter.name]}")] = parameter
        else:
            keyed[(parameter.location, parameter.name)] = parameter
    return keyed


def _parameter_label(parameter: Parameter) -> str:
    return f"{parameter.name} ({parameter.location})"


def _parameter_json(parameter: Parameter) -> dict[str, Any]:
    return {"required": parameter.required, "type": str(parameter.type)}


def _body_type(body: Body | None) -> str | None:
    return None if body is None else str(body.type)


@dataclass(frozen=True)
class LoadedSpec:
    """One side of a comparison: the converted document's surface and what it is."""

    surface: ApiSurface
    summary: SpecSummary


def load_document(document: dict[str, Any], label: str) -> LoadedSpec:
    """Convert ``document`` to OpenAPI 3 when needed (it is not changed) and read its surface."""
    surface = ApiSurface(to_openapi3(document))
    info = surface.document.get("info", {})
    summary = SpecSummary(
        label=label,
        format=spec_format(document),
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        operations=sum(1 for _ in surface.operations()),
        schemas=len(surface.schemas),
    )
    return LoadedSpec(surface, summary)


def load_spec(path: Path) -> LoadedSpec:
    """Read and convert one upstream spec file; reports name it by its file name."""
    return load_document(read_json(path), path.name)


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], *, old_label: str = "old", new_label: str = "new"
) -> ApiDiff:
    """Compare two upstream documents (Swagger 2.0, OpenAPI 3.0 or 3.1; neither is changed)."""
    return diff_specs(load_document(old, old_label), load_document(new, new_label))


def diff_specs(old_spec: LoadedSpec, new_spec: LoadedSpec) -> ApiDiff:
    """Compare two loaded specs."""
    old, new = old_spec.surface, new_spec.surface
    comparison = _Comparison(old, new)
    report = ApiDiff(old_spec.summary, new_spec.summary)
    old_operations = _operations_by_key(old)
    new_operations = _operations_by_key(new)
    report.operations_added = sorted(op.name for key, op in new_operations.items() if key not in old_operations)
    report.operations_removed = sorted(op.name for key, op in old_operations.items() if key not in new_operations)
    changed = {}
    for key in old_operations.keys() & new_operations.keys():
        operation_change = comparison.operation(old_operations[key], new_operations[key])
        if operation_change is not None:
            changed[new_operations[key].name] = operation_change
    report.operations_changed = dict(sorted(changed.items()))
    report.schemas_added = sorted(set(new.schemas) - set(old.schemas))
    report.schemas_removed = sorted(set(old.schemas) - set(new.schemas))
    for name in sorted(set(old.schemas) & set(new.schemas)):
        schema_change = comparison.schema(name)
        if schema_change is not None:
            report.schemas_changed[name] = schema_change
    report.schemas_renamed = _renamed_schemas(old, new, report.schemas_removed, report.schemas_added)
    return report


def _renamed_schemas(old: ApiSurface, new: ApiSurface, removed: list[str], added: list[str]) -> dict[str, str]:
    """Removed schemas whose exact shape reappears under exactly one added name: {old name: new name}."""
    renamed: dict[str, str] = {}
    for old_name in removed:
        fingerprint = (old.shape(old.schemas[old_name]), old.component_properties(old_name))
        matches = [
            new_name
            for new_name in added
            if (new.shape(new.schemas[new_name]), new.component_properties(new_name)) == fingerprint
        ]
        if len(matches) == 1 and matches[0] not in renamed.values():
            renamed[old_name] = matches[0]
    return renamed


def _operations_by_key(surface: ApiSurface) -> dict[tuple[str, str], Operation]:
    keyed: dict[tuple[str, str], Operation] = {}
    for operation in surface.operations():
        key = operation.match_key
        if key in keyed:  # two spellings of one path in the same document: keep both, exactly
            key = (operation.method, operation.path)
        keyed[key] = operation
    return keyed


def diff_files(old: Path, new: Path) -> ApiDiff:
    """Compare two upstream spec files; the reports name them by file name."""
    return diff_specs(load_spec(old), load_spec(new))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.diff", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the older upstream spec file")
    parser.add_argument("new", type=Path, help="the newer upstream spec file")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--output", type=Path, help="write the report here instead of to standard output")
    arguments = parser.parse_args(argv)
    try:
        report = diff_files(arguments.old, arguments.new)
    except (OSError, ValueError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if arguments.format == "json":
        if arguments.output:
            write_json(report.to_json(), arguments.output)
        else:
            print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        text = render_markdown(report)
        if arguments.output:
            arguments.output.parent.mkdir(parents=True, exist_ok=True)
            arguments.output.write_text(text, encoding="utf-8")
        else:
            print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
