"""``dist/spec/README.md``: what the folder holds, which document to use, and every ``x-`` extension in it.

:data:`EXTENSIONS` registers each specification extension the shipped documents and overlays carry, upstream's
and this project's; ``generator.dist`` refuses to build a folder with an extension it does not explain.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

EXTENSIONS: dict[str, tuple[str, str]] = {
    "x-known-values": (
        "figshare-sdk (lenient)",
        "The values upstream enumerates, kept as documentation where the lenient variant drops `enum` in responses: "
        "a client should expect them, and accept others.",
    ),
    "x-format": (
        "figshare-sdk (both)",
        "A format kept as documentation, not asserted: in the lenient variant every `date`, `date-time` and `uri` "
        "of a response; in the evidenced variant a format that real responses contradict (the values are in "
        '`x-observed-values`, e.g. `""` for a URI that is not there). Parse such a value as the format when it '
        "is one, and keep the string otherwise.",
    ),
    "x-observed-null": (
        "figshare-sdk (evidenced)",
        "Conformance fixture ids of real responses that sent `null` here, the reason for its `nullable: true`.",
    ),
    "x-observed-missing": (
        "figshare-sdk (evidenced)",
        "Beside a `required` list: property name -> conformance fixture ids of real responses that left the "
        "property out, the reason it is no longer required.",
    ),
    "x-observed-values": (
        "figshare-sdk (evidenced)",
        "A list of `{value, fixtures}`: values real responses sent that the enumeration did not list (they were "
        "added to `enum`) or that are not of the format (which became `x-format`).",
    ),
    "x-requires": (
        "figshare-sdk (overlay actions)",
        "On an overlay action: what it needs, a JSON Pointer that must exist (`#/components/schemas/ErrorMessage`) "
        "or another action that must have been applied (`03-errors.yaml#1`). figshare-sdk skips such an action "
        "together with what it depends on when it puts older upstream files through the overlays; with the pinned "
        "file every requirement is met, so other tools can ignore it.",
    ),
    "x-tag": ("upstream", "The tag (documentation section) a schema belongs to in Figshare's documentation site."),
    "x-subcategory": ("upstream", "A sub-section of Figshare's documentation site that an operation is listed under."),
    "x-codegen-request-body-name": (
        "upstream",
        "The parameter name swagger-codegen gives the request body (left over from the Swagger 2.0 description).",
    ),
    "x-internal": ("upstream", "Marks an operation Figshare documents as internal (`GET /altmetric/institutions`)."),
    "x-maxCombinedLength": (
        "upstream",
        "A rule JSON Schema cannot say, in prose: the combined length of `first_name` and `last_name` must not "
        "exceed 255 characters (`AccountCreate`).",
    ),
    "x-additional-descriptions": ("upstream", "Extra prose sections of Figshare's documentation site (upload steps)."),
    "x-original-swagger-version": ("upstream", "The Swagger/OpenAPI version upstream's description was written in."),
}
"""Extension -> (who adds it, what it means)."""


def extensions_in(value: Any) -> set[str]:
    """Every ``x-`` key anywhere inside ``value`` (examples and enumerations are values, not looked into)."""
    found: set[str] = set()
    for key, _item in _keys(value):
        if key.startswith("x-"):
            found.add(key)
    return found


def _keys(value: Any) -> Iterator[tuple[str, Any]]:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, item in current.items():
                yield str(key), item
                if key not in ("example", "examples", "enum", "x-known-values", "x-observed-values", "default"):
                    stack.append(item)
        elif isinstance(current, list):
            stack.extend(current)


@dataclass(frozen=True)
class VersionSummary:
    """One API version as the README lists it."""

    name: str
    title: str
    commit: str
    commit_date: str
    upstream_format: str
    hand_written: Sequence[str]
    observed_sites: int | None
    """Sites the evidenced variant relaxes (None: no fixtures of real responses)."""


def render_readme(versions: Sequence[VersionSummary], counts: dict[str, int], corpus_included: bool) -> str:
    """The whole README.md of ``dist/spec``."""
    lines = [
        "# Figshare API reference for SDKs in other languages",
        "",
        "Built by `make dist-spec` in figshare-sdk from Figshare's published API description (CC0), the project's",
        "overlays and its conformance fixtures. Nothing here is specific to Python: what only the Python client needs",
        "is applied in its own build and listed at the end of `DEVIATIONS.md`.",
        "",
        "| path | what |",
        "|---|---|",
        "| `DEVIATIONS.md` | every place where these documents differ from upstream, and the evidence |",
    ]
    for version in versions:
        name = version.name
        lines += [
            f"| `{name}/openapi.json` | {version.title}, **lenient** variant: use this one to read responses |",
            f"| `{name}/evidenced/openapi.json` | {version.title}, **evidenced** variant (see below) |",
            f"| `{name}/spec.lock.json` | the upstream file both are made from (commit {version.commit[:12]}, "
            f"{version.commit_date}, {version.upstream_format}, sha256 pinned) |",
            f"| `{name}/overlays/` | the hand-written overlays ({', '.join(f'`{n}`' for n in version.hand_written)}) "
            "and `90-normalise.generated.yaml`, which makes the lenient variant |",
            f"| `{name}/evidenced/90-normalise.generated.yaml` | the generated overlay of the evidenced variant |",
            f"| `{name}/recipes.json` | which overlays make which document, in order |",
        ]
    lines += [
        f"| `conformance/` | {counts['corpus']} fixtures from real responses and {counts['cassette']} mock "
        "recordings, language-neutral (see its README) |",
        "",
        "## Rebuilding a document yourself",
        "",
        "`<version>/recipes.json` says, for each document, the upstream file (`spec.lock.json`: repository, path,",
        "commit, sha256) and the overlays to apply to it in order. Any OpenAPI Overlay 1.0 tool with RFC 9535",
        "JSONPath gives the shipped document: `make dist-spec` checks it with openapi-format (npm), not with",
        "figshare-sdk's own applier. The overlays never append a bare value to a list (tools disagree on how): a",
        "list update is itself a list, and a list that changes is removed and written again. When an upstream file is",
        "Swagger 2.0 (Figshare's files before 2026), the overlays apply to its conversion by swagger2openapi",
        "`--patch`, and when it is OpenAPI 3.1, to its down-conversion to 3.0 (`recipes.json`:",
        "`upstream.converted_with`); the pinned files are OpenAPI 3.0.3 and need none.",
        "",
        "## Two variants",
        "",
        "Both have the same operations, schemas and names; they differ in how much a response is allowed to differ",
        "from what upstream says.",
        "",
        "- **lenient** (`openapi.json`): in everything a response can contain, no property is required, every",
        "  property may be `null`, enumerations are documentation (`x-known-values`), and `date`, `date-time` and",
        "  `uri` are documentation (`x-format`). This is how figshare-sdk's Python client reads responses, and it is",
        '  the variant to generate a client from: real responses leave out "required" keys, send `null` for blank',
        '  fields and `""` for URIs that are not there, and grow new values, including ones no fixture has shown',
        "  yet. Requests stay exact.",
        "- **evidenced** (`evidenced/openapi.json`): upstream's `required` lists, enumerations, formats and",
        "  nullability, relaxed only where a real response (a conformance fixture whose `source.authority` is",
        "  `recorded` or `documentation`, never a mock recording) contradicts them. Each relaxed site names the",
        "  fixtures (`x-observed-null`, `x-observed-missing`, `x-observed-values`). Use it for stricter types, for",
        "  validation in tests, or to see what Figshare is known to send; expect real responses it has not seen to",
        "  break it where the lenient variant does not.",
        "",
    ]
    for version in versions:
        if version.observed_sites is None:
            lines.append(
                f"{version.title}: there are no fixtures of real {version.name} responses yet, so "
                f"`{version.name}/evidenced/openapi.json` relaxes nothing (it is upstream's strictness, with the "
                "fixes below)."
            )
        else:
            lines.append(
                f"{version.title}: `{version.name}/evidenced/openapi.json` relaxes {version.observed_sites} "
                "schema sites; `DEVIATIONS.md` lists them with their fixtures."
            )
        lines.append("")
    lines += [
        "## In both variants",
        "",
        "- **Formats.** Upstream's `format: url` and `format: link` are not formats of OpenAPI or JSON Schema; they",
        "  are `format: uri` (an absolute URI, RFC 3986), the only URI format here. How an empty string is typed:",
        '  Figshare sends `""` for some URIs that are not there (`thumb`, `upload_url`). Such a property keeps',
        '  `type: string` and its format moves to `x-format: uri` (with `x-observed-values` listing `""` and the',
        '  fixtures, in the evidenced variant), so that `""` validates: treat the value as a URI when it is not',
        "  empty. Validate with formats on (ajv with ajv-formats, say): `make dist-spec` does, for every fixture.",
        "- **Open objects.** Every object a response can contain has `additionalProperties: true`: Figshare adds",
        "  keys over time, and a client should keep them. A free-form object (`folder_structure`, `settings`,",
        "  `custom_fields`...) has it too, so that typed languages get a map and not an empty object",
        "  (openapi-typescript would otherwise write `Record<string, never>`).",
        "- **Nullable references.** A property that may be `null` and refers to a component is written",
        "  `{allOf: [{$ref: ...}], nullable: true}` (OpenAPI 3.0 ignores keywords beside `$ref`).",
        "",
        "## Specification extensions",
        "",
        "Every `x-` key of the documents and overlays here:",
        "",
        "| extension | from | meaning |",
        "|---|---|---|",
    ]
    for name, (origin, meaning) in sorted(EXTENSIONS.items()):
        lines.append(f"| `{name}` | {origin} | {meaning} |")
    lines += [
        "",
        "## Checked by `make dist-spec`",
        "",
        "- upstream plus each recipe's overlays, applied with openapi-format (a third-party Overlay 1.0",
        "  implementation), gives the shipped document;",
        "- every conformance fixture follows `conformance/fixture.schema.json`, and its response validates against",
        "  both variants with ajv and ajv-formats, formats asserted (a value the source project rewrote, listed in",
        "  the fixture's `rewritten`, is exempt from its format only);",
        "- TypeScript types generated from both variants by openapi-typescript (default options) accept every",
        "  fixture's response body as the type of its operation and status (`tsc --strict`).",
        "",
    ]
    if not corpus_included:
        lines += [
            "This build was made without the corpus of real responses: the fixtures are the mock recordings only.",
            "",
        ]
    return "\n".join(lines)
