"""Render an API change report (``generator.diff.ApiDiff``) as Markdown for maintainers.

The report opens with the verdict (breaking or not) and a count table, lists every breaking change on one line
each, then the details: operations added, removed and changed, schemas added, removed and changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.diff_model import ApiDiff, PropertiesDelta, SchemaChange, SpecSummary

FORMAT_NAMES = {"swagger-2.0": "Swagger 2.0"}


def render_markdown(report: ApiDiff) -> str:
    """The whole report as Markdown (ends with a newline)."""
    lines = ["# API change report", "", f"{_side(report.old)} → {_side(report.new)}", ""]
    if not report.changed:
        lines += ["No differences in operations or schemas.", ""]
        return "\n".join(lines)
    breaking = report.breaking_changes
    if breaking:
        lines.append(f"**Breaking: yes.** {len(breaking)} change(s) can break existing callers (listed first).")
    else:
        lines.append("**Breaking: no.** Nothing here should break existing callers.")
    lines += [
        "",
        "| | added | removed | changed |",
        "|---|---|---|---|",
        f"| operations | {len(report.operations_added)} | {len(report.operations_removed)} "
        f"| {len(report.operations_changed)} |",
        f"| schemas | {len(report.schemas_added)} | {len(report.schemas_removed)} | {len(report.schemas_changed)} |",
        "",
    ]
    if breaking:
        lines += ["## Breaking changes", "", *(f"- {reason}" for reason in breaking), ""]
    lines += _names_section("Operations added", report.operations_added)
    lines += _names_section("Operations removed", report.operations_removed)
    if report.operations_changed:
        lines += ["## Operations changed", ""]
        for name, change in report.operations_changed.items():
            details = [f"- {line}" for line in operation_change_lines(change.details)]
            lines += [f"### `{name}`", "", *details, *_breaking_lines(change.breaking), ""]
    lines += _names_section("Schemas added", report.schemas_added)
    lines += _names_section("Schemas removed", report.schemas_removed)
    if report.schemas_renamed:
        lines += ["Probably renamed (same shape under a new name; generated model names change):", ""]
        lines += [f"- `{old}` → `{new}`" for old, new in report.schemas_renamed.items()]
        lines.append("")
    if report.schemas_changed:
        lines += ["## Schemas changed", ""]
        for name, schema in report.schemas_changed.items():
            lines += [f"### `{name}`", "", *_schema_lines(schema), *_breaking_lines(schema.breaking), ""]
    return "\n".join(lines)


def _side(summary: SpecSummary) -> str:
    kind = FORMAT_NAMES.get(summary.format, summary.format.replace("openapi-", "OpenAPI "))
    return f"`{summary.label}` ({kind}, {summary.operations} operations, {summary.schemas} schemas)"


def _names_section(title: str, names: list[str]) -> list[str]:
    if not names:
        return []
    return [f"## {title}", "", *(f"- `{name}`" for name in names), ""]


def _breaking_lines(reasons: list[str]) -> list[str]:
    return [f"- **breaking:** {reason}" for reason in reasons]


def _code_list(names: Any) -> str:
    return ", ".join(f"`{name}`" for name in names)


def _pair(values: list[Any]) -> str:
    before, after = values
    return f"`{before}` → `{after}`"


def operation_change_lines(details: dict[str, Any]) -> list[str]:
    """One line per changed aspect of an operation (``OperationChange.details``), without list markers."""
    lines = []
    if "path" in details:
        lines.append(f"path spelled differently: {_pair(details['path'])} (same operation)")
    if "operation_id" in details:
        lines.append(f"operationId {_pair(details['operation_id'])} (the generated function is renamed)")
    if "deprecated" in details:
        lines.append("now deprecated" if details["deprecated"][1] else "no longer deprecated")
    for label, parameter in details.get("parameters_added", {}).items():
        required = "required" if parameter["required"] else "optional"
        lines.append(f"parameter added: `{label}`, {required}, `{parameter['type']}`")
    if details.get("parameters_removed"):
        lines.append(f"parameters removed: {_code_list(details['parameters_removed'])}")
    for label, change in details.get("parameters_changed", {}).items():
        parts = []
        if "renamed_from" in change:
            parts.append(f"renamed from `{change['renamed_from']}`")
        if "type" in change:
            parts.append(f"type {_pair(change['type'])}")
        if "required" in change:
            parts.append("now required" if change["required"][1] else "no longer required")
        lines.append(f"parameter `{label}`: {'; '.join(parts)}")
    for key, title in (("request_body", "request body"), ("response", "success response")):
        if key in details:
            lines.append(f"{title}: {_body_text(details[key])}")
    if "security" in details:
        before, after = (" or ".join(alternatives) for alternatives in details["security"])
        lines.append(f"security: `{before}` → `{after}`")
    return lines


def _body_text(body: dict[str, Any]) -> str:
    parts = []
    if "status" in body:
        parts.append(f"status {_pair(body['status'])}")
    if "type" in body:
        before, after = body["type"]
        parts.append(f"schema `{before or 'none'}` → `{after or 'none'}`")
    if "required" in body:
        parts.append("now required" if body["required"][1] else "now optional")
    if "media_types" in body:
        before, after = (", ".join(media) for media in body["media_types"])
        parts.append(f"media types `{before}` → `{after}`")
    if body.get("properties_added"):
        parts.append(f"properties added: {_code_list(body['properties_added'])}")
    if body.get("properties_removed"):
        parts.append(f"properties removed: {_code_list(body['properties_removed'])}")
    changed = body.get("properties_changed") or {}
    if changed:
        parts.append(f"properties changed: {_code_list(changed)}")
    return "; ".join(parts)


def _schema_lines(schema: SchemaChange) -> list[str]:
    lines = []
    if schema.type:
        lines.append(f"- type {_pair(list(schema.type))}")
    return lines + _property_lines(schema.properties)


def _property_lines(delta: PropertiesDelta) -> list[str]:
    lines = []
    if delta.added:
        added = ", ".join(
            f"`{name}` ({prop.type}{', required' if prop.required else ''})" for name, prop in delta.added.items()
        )
        lines.append(f"- properties added: {added}")
    if delta.removed:
        lines.append(f"- properties removed: {_code_list(delta.removed)}")
    for name, change in delta.changed.items():
        parts = []
        if change.old.type != change.new.type:
            parts.append(f"type `{change.old.type}` → `{change.new.type}`" + (" (narrowed)" if change.narrowed else ""))
        if change.old.required != change.new.required:
            parts.append("now required" if change.new.required else "no longer required")
        lines.append(f"- `{name}`: {'; '.join(parts)}")
    return lines
