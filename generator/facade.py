"""Write ``resources/``: every operation as a typed, documented method on a resource named after its URL.

Built from openapi-python-client's model of the spec (its endpoints, parameters, bodies and responses):
``client.articles.details(article_id)``, ``client.account.articles.create(body=...)``. Each resource is its
own module (``resources/account_articles.py``), imported the first time the resource is used, with a sync
and an async class; each method hands an `Operation` (method, path, parameters, how to parse the success
body) and its arguments to the *requester*, the hand-written client. Names follow `generator.naming`.

Every parameter is documented: from the spec where it says something, else from `COMMON_PARAMETERS` (the
parameters Figshare's spec leaves blank). Every method says what it returns and which `figshare` errors it
raises.
"""

from __future__ import annotations

import keyword
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName

from generator.naming import FIELD_PREFIX, group_path, identifier, method_name
from generator.shapes import Shape, annotation, check_spec, doc_text, endpoints, shape_of, success_responses, text, wrap

COMMON_PARAMETERS = {
    "page": "Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).",
    "page_size": "Results per page (at most 1000; Figshare's default is 10).",
    "limit": "Number of results to return (at most 1000; with ``offset``).",
    "offset": "Number of results to skip (with ``limit``).",
    "order": "The field the results are ordered by.",
    "order_direction": "Order direction: ``asc`` or ``desc``.",
    "x_cursor": "The ``X-Cursor`` header of the previous page, to read past the first 9,000 results "
    "(``client.paginate`` sends it for you).",
    "search_for": "Search terms, in Figshare's search syntax.",
    "institution": "Only items of this institution (its id).",
    "group": "Only items of this group (its id).",
    "published_since": "Only items published on or after this date (``YYYY-MM-DD``).",
    "modified_since": "Only items modified on or after this date (``YYYY-MM-DD``).",
    "filename": "Only items with a file of this name.",
    "resource_id": "Only items with this resource id (the id the item has in the institution's own system).",
    "institution_string_id": "The institution's string id (as in its Figshare URL).",
}
"""Descriptions of parameters the spec leaves blank, by argument name."""

STATUS_ERRORS = {
    400: ("BadRequestError", "the request was refused as invalid (400)."),
    401: ("AuthenticationError", "no valid credentials (401)."),
    403: ("PermissionDeniedError", "the credentials may not do this (403)."),
    404: ("NotFoundError", "no such item, or not one these credentials may see (404)."),
    409: ("ConflictError", "the item is not in a state that allows this (409)."),
    422: ("UnprocessableEntityError", "the values were refused (422)."),
    429: ("RateLimitError", "too many requests, after the retries (429)."),
    500: ("InternalServerError", "Figshare failed, after the retries (5xx)."),
}
GENERAL_ERRORS = (
    ("APIStatusError", "any other error status."),
    ("APIConnectionError", "no response (connection failure or timeout), after the retries."),
    ("ResponseParseError", "the success response is not the documented JSON."),
)


class FacadeError(ValueError):
    """The facade cannot be written: ``subject`` names the operation or resource, ``cause`` says why."""

    def __init__(self, subject: str, cause: str) -> None:
        super().__init__(f"{subject}: {cause}")
        self.subject = subject
        self.cause = cause


@dataclass
class Parameter:
    name: str
    wire: str
    location: str
    annotation: str
    required: bool
    doc: str
    spec: str = ""
    """The `figshare_api.types.check` spec of its values (path, query and header parameters)."""


@dataclass
class Method:
    """One facade method."""

    name: str
    operation_id: str
    http_method: str
    path: str
    parameters: list[Parameter]
    body: str | None
    request: str | None
    success: tuple[int, ...]
    result: str | None
    many: bool
    plain_json: bool
    returns: str
    returns_doc: str
    summary: str
    description: str
    errors: list[int]
    type_names: set[str]


@dataclass
class Group:
    """A resource: its methods and sub-resources."""

    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Group] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(ClassName(part, FIELD_PREFIX) for part in self.path) + "Resource"

    @property
    def module(self) -> str:
        return "_".join(self.path)


def _parameter_doc(name: str, description: str, notes: list[str] | None = None, where: str = "") -> str:
    if description:
        return description if description.endswith((".", "?", "!", ")")) else description + "."
    if name in COMMON_PARAMETERS:
        return COMMON_PARAMETERS[name]
    if name.endswith("_id"):
        return f"The id of the {name[: -len('_id')].replace('_', ' ')}."
    if notes is not None:
        notes.append(f"parameter {name} of {where} has no description: documented as such")
        return f"The ``{name}`` parameter (the spec does not describe it)."
    raise ValueError(f"parameter {name!r} has no description: add one to generator.facade.COMMON_PARAMETERS")


def _doc(value: Any) -> str:
    return doc_text(value)


def _result(endpoint: Any) -> tuple[Shape | None, str]:
    for response in success_responses(endpoint):
        source = response.source
        has_body = not (isinstance(source, dict) and source.get("attribute") == "None") and str(
            getattr(source, "attribute", source)
        ) not in ("None",)
        description = _doc(getattr(response.prop, "description", "")) if hasattr(response.prop, "description") else ""
        if type(response.prop).__name__ == "AnyProperty" and not has_body:
            return None, description
        return shape_of(response.prop), description
    return None, ""


def collect(spec: dict[str, Any], data: Any, overrides: dict[str, str], notes: list[str] | None = None) -> Group:
    """The tree of resources and methods of ``data`` (openapi-python-client's model of ``spec``).

    Args:
        spec: the patched spec.
        data: openapi-python-client's model of it.
        overrides: method names by operation id (``operation_names`` of the generator config).
        notes: given (for upstream versions other than the pinned one), what the pinned build refuses is
            resolved instead, and said here: a parameter nothing describes is documented as such, and methods of
            a resource whose names clash are named after their operation ids.

    Raises:
        FacadeError: an operation cannot be made a method (naming its operation), or two methods of a resource
            would have the same name (naming the resource).
    """
    root = Group(path=())
    for endpoint in endpoints(data):
        path = text(endpoint.path)
        http_method = str(endpoint.method).lower()
        try:
            group_key, method = _method(spec["paths"][path][http_method], endpoint, path, http_method, overrides, notes)
        except FacadeError:
            raise
        except (ValueError, KeyError, TypeError) as error:
            cause = str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}"
            raise FacadeError(f"operation {http_method.upper()} {path}", cause) from error
        group = root
        for depth in range(len(group_key)):
            group = group.children.setdefault(group_key[depth], Group(path=group_key[: depth + 1]))
        group.methods.append(method)
    _check_names(root, notes)
    return root


def _method(
    operation: dict[str, Any],
    endpoint: Any,
    path: str,
    http_method: str,
    overrides: dict[str, str],
    notes: list[str] | None,
) -> tuple[tuple[str, ...], Method]:
    """The resource path and the method of one operation."""
    operation_id = operation["operationId"]
    described = {(p.get("in"), p.get("name")): p.get("description") for p in operation.get("parameters", [])}
    parameters: list[Parameter] = []
    type_names: set[str] = set()
    template = path
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for prop in props:
            shape = shape_of(prop)
            type_names |= {name for _module, name in shape.literals()}
            wire = text(prop.name)
            if location == "path":
                template = template.replace("{" + wire + "}", "{" + prop.python_name + "}")
            parameters.append(
                Parameter(
                    name=prop.python_name,
                    wire=wire,
                    location=location,
                    annotation=annotation(shape),
                    required=bool(prop.required) or location == "path",
                    spec=check_spec(shape, compact=True),
                    doc=_parameter_doc(
                        prop.python_name,
                        _doc(described.get((location, wire)) or prop.description),
                        notes,
                        f"{http_method.upper()} {path}",
                    ),
                )
            )
    body = None
    request = None
    for content in endpoint.bodies:
        shape = shape_of(content.prop)
        type_names |= {name for _module, name in shape.models()}
        body = "multipart" if "multipart" in text(content.content_type) else "json"
        request = shape.name if shape.kind == "model" else None
        schema_doc = _doc(getattr(content.prop, "description", ""))
        parameters.append(
            Parameter(
                name="body",
                wire="body",
                location="body",
                annotation=annotation(shape),
                required=bool(content.prop.required),
                doc=schema_doc or f"The request body: an `{annotation(shape)}`.",
            )
        )
    result_shape, returns_doc = _result(endpoint)
    result = None
    many = False
    plain_json = False
    returns = "None"
    if result_shape is not None:
        type_names |= {name for _module, name in result_shape.models()}
        returns = annotation(result_shape, builtin_list="builtins.list")
        if result_shape.kind == "model":
            result = result_shape.name
        elif result_shape.kind == "list" and result_shape.items[0].kind == "model":
            result, many = result_shape.items[0].name, True
        else:
            plain_json = True
    statuses = [int(code) for code in operation.get("responses", {}) if code.isdigit()]
    success = tuple(code for code in statuses if 200 <= code < 300) or (200,)
    errors = sorted({min(code, 500) for code in statuses if code >= 400 and min(code, 500) in STATUS_ERRORS})
    method = Method(
        name=method_name(path, http_method, operation_id, overrides),
        operation_id=operation_id,
        http_method=http_method,
        path=template,
        parameters=parameters,
        body=body,
        request=request,
        success=success,
        result=result,
        many=many,
        plain_json=plain_json,
        returns=returns,
        returns_doc=returns_doc,
        summary=_doc(endpoint.summary),
        description=_doc(endpoint.description),
        errors=errors,
        type_names=type_names,
    )
    return group_path(path), method


def _clashes(group: Group) -> dict[str, list[str]]:
    """Method names of ``group`` used more than once, or also by a sub-resource, with their operation ids."""
    counts: dict[str, list[str]] = defaultdict(list)
    for method in group.methods:
        counts[method.name].append(method.operation_id)
    return {name: ids for name, ids in counts.items() if len(ids) > 1 or name in group.children}


def _check_names(group: Group, notes: list[str] | None = None) -> None:
    """Refuse methods whose names clash, or (``notes`` given) name them after their operation ids."""
    clashes = _clashes(group)
    where = ".".join(group.path) or "the client"
    if clashes and notes is not None:
        renamed = []
        for method in group.methods:
            if method.name in clashes:
                new_name = identifier(method.operation_id)
                new_name = new_name + "_" if keyword.iskeyword(new_name) else new_name
                renamed.append(f"{method.name} -> {new_name}")
                method.name = new_name
        notes.append(f"methods of {where} named after their operation ids (names clash): {', '.join(renamed)}")
        clashes = _clashes(group)  # left only if an operation id is itself a method or resource name
    if clashes:
        described = "; ".join(
            f"{name} would be {' and '.join(ids) if len(ids) > 1 else ids[0]}"
            + (f" and the resource {where}.{name}" if name in group.children else "")
            for name, ids in sorted(clashes.items())
        )
        raise FacadeError(
            f"resource {where}",
            f"method names clash: {described} (operation ids; rename one in operation_names of the generator config)",
        )
    for child in group.children.values():
        _check_names(child, notes)


def _walk(group: Group) -> list[Group]:
    found = [group] if group.path else []
    for child in group.children.values():
        found += _walk(child)
    return found


def _wrap(line: str, indent: str, width: int = 112) -> list[str]:
    return (indent + wrap(line, width - len(indent), indent + "    ")).split("\n")


def _docstring(method: Method) -> list[str]:
    indent = " " * 8
    lines: list[str] = []
    summary = method.summary or method.description or method.operation_id.replace("_", " ").capitalize()
    lines += _wrap(summary if summary.endswith(".") else summary + ".", indent)
    if method.description and method.description != method.summary:
        lines.append("")
        lines += _wrap(method.description, indent)
    lines += [
        "",
        *_wrap(f"``{method.http_method.upper()} {method.path}`` (operation ``{method.operation_id}``).", indent),
    ]
    if method.parameters:
        lines += ["", indent + "Args:"]
        for parameter in _ordered(method.parameters):
            lines += _wrap(f"{parameter.name}: {parameter.doc}", indent + "    ")
    lines += ["", indent + "Returns:"]
    if method.returns == "None":
        lines += _wrap("None: the response has no body.", indent + "    ")
    else:
        returns = method.returns.replace("builtins.", "")
        lines += _wrap(f"{returns}: {method.returns_doc or 'the parsed response body.'}", indent + "    ")
    lines += ["", indent + "Raises:"]
    for status in method.errors:
        name, meaning = STATUS_ERRORS[status]
        lines += _wrap(f"figshare.{name}: {meaning}", indent + "    ")
    for name, meaning in GENERAL_ERRORS:
        lines += _wrap(f"figshare.{name}: {meaning}", indent + "    ")
    return lines


def _ordered(parameters: list[Parameter]) -> list[Parameter]:
    path = [p for p in parameters if p.location == "path"]
    return (
        path
        + [p for p in parameters if p.location == "body"]
        + [p for p in parameters if p.location not in ("path", "body")]
    )


def _signature(method: Method) -> str:
    parts = ["self"]
    keyword = False
    for parameter in _ordered(method.parameters):
        if parameter.location != "path" and not keyword:
            parts.append("*")
            keyword = True
        kind = parameter.annotation.replace("list[", "builtins.list[")
        parts.append(f"{parameter.name}: {kind}" + ("" if parameter.required else " | Unset = UNSET"))
    return ", ".join(parts)


def _operation_constant(method: Method, package: str) -> str:
    query = tuple((p.name, p.wire) for p in method.parameters if p.location == "query")
    headers = tuple((p.name, p.wire) for p in method.parameters if p.location == "header")
    arguments = [repr(method.operation_id), repr(method.http_method.upper()), repr(method.path), repr(method.success)]
    if query:
        arguments.append(f"query={query!r}")
    if headers:
        arguments.append(f"headers={headers!r}")
    if method.body:
        arguments.append(f"body={method.body!r}")
    if method.result:
        arguments.append(f"result={method.result!r}")
    if method.result or method.request:
        arguments.append(f'models="{package}.models"')
    if method.many:
        arguments.append("many=True")
    if method.plain_json:
        arguments.append("json=True")
    checked = [p for p in _ordered(method.parameters) if p.location != "body"]
    if checked:
        pairs = ", ".join(f"({p.name!r}, {p.spec})" for p in checked)
        arguments.append(f"parameters=({pairs}{',' if len(checked) == 1 else ''})")
    required = [p.name for p in _ordered(method.parameters) if p.required]
    if required:
        arguments.append(f"required={tuple(required)!r}")
    if method.request:
        arguments.append(f"request={method.request!r}")
    return f"_{method.operation_id}: Operation[{method.returns}] = Operation({', '.join(arguments)})"


def _render_method(method: Method, asynchronous: bool) -> list[str]:
    arguments = ", ".join(f'"{p.name}": {p.name}' for p in _ordered(method.parameters))
    call = f"self._requester.call(_{method.operation_id}, {{{arguments}}})"
    header = f"    {'async def' if asynchronous else 'def'} {method.name}({_signature(method)}) -> {method.returns}:"
    body = f"        return {'await ' if asynchronous else ''}{call}"
    return [header, '        """' + _docstring(method)[0].strip(), *_docstring(method)[1:], '        """', body, ""]


def _render_class(group: Group, asynchronous: bool, package: str) -> list[str]:
    prefix = "Async" if asynchronous else ""
    requester = "AsyncRequester" if asynchronous else "Requester"
    title = ".".join(group.path)
    lines = [
        f"class {prefix}{group.class_name}:",
        f'    """Operations on ``{title}`` ({"async" if asynchronous else "sync"})."""',
        "",
        f"    def __init__(self, requester: {requester}) -> None:",
        "        self._requester = requester",
        "",
    ]
    for name, child in sorted(group.children.items()):
        lines += [
            "    @cached_property",
            f"    def {name}(self) -> {prefix}{child.class_name}:",
            f'        """Operations on ``{".".join(child.path)}``."""',
            f"        from {package}.resources.{child.module} import {prefix}{child.class_name}",
            "",
            f"        return {prefix}{child.class_name}(self._requester)",
            "",
        ]
    for method in sorted(group.methods, key=lambda item: item.name):
        lines += _render_method(method, asynchronous)
    return lines


MODULE_HEADER = '''"""Operations on ``{title}``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from {package}.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
{imports}
'''


def render_group(group: Group, package: str, model_names: set[str]) -> str:
    names = sorted({name for method in group.methods for name in method.type_names})
    missing = set(names) - model_names
    if missing:
        raise FacadeError(
            f"resource {'.'.join(group.path)}",
            f"refers to models that were not generated: {', '.join(sorted(missing))}",
        )
    children = [
        f"    from {package}.resources.{child.module} import {prefix}{child.class_name}"
        for child in group.children.values()
        for prefix in ("", "Async")
    ]
    imports = [f"    from {package}.models import {name}" for name in names] + children
    text_ = MODULE_HEADER.format(title=".".join(group.path), package=package, imports="\n".join(imports) or "    pass")
    lines = [""]
    for method in sorted(group.methods, key=lambda item: item.operation_id):
        lines.append(_operation_constant(method, package))
    lines += ["", ""]
    lines += _render_class(group, False, package)
    lines += ["", ""]
    lines += _render_class(group, True, package)
    return text_ + "\n".join(lines).rstrip() + "\n"


INIT = '''"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with ``make generate``. Each resource is its own module, imported the first time it is
used. `OPERATIONS` maps every operation id to its resource and method.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

from {package}.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
{imports}


'''


def render_init(root: Group, package: str) -> str:
    imports = [
        f"    from {package}.resources.{child.module} import {prefix}{child.class_name}"
        for child in root.children.values()
        for prefix in ("", "Async")
    ]
    lines: list[str] = []
    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else ""
        requester = "AsyncRequester" if asynchronous else "Requester"
        lines += [
            f"class {prefix}Resources:",
            f'    """Every resource of the API ({"async" if asynchronous else "sync"}); each loads on first use."""',
            "",
            f"    def __init__(self, requester: {requester}) -> None:",
            "        self._requester = requester",
            "",
        ]
        for name, child in sorted(root.children.items()):
            lines += [
                "    @cached_property",
                f"    def {name}(self) -> {prefix}{child.class_name}:",
                f'        """Operations on ``{".".join(child.path)}``."""',
                f"        from {package}.resources.{child.module} import {prefix}{child.class_name}",
                "",
                f"        return {prefix}{child.class_name}(self._requester)",
                "",
            ]
        lines += ["", ""]
    table = [
        f'    "{method.operation_id}": ("{".".join(group.path)}", "{method.name}"),'
        for group in sorted(_walk(root), key=lambda item: item.path)
        for method in sorted(group.methods, key=lambda item: item.operation_id)
    ]
    lines += [
        "OPERATIONS: dict[str, tuple[str, str]] = {",
        *table,
        "}",
        '"""Where each operation id is: (resource path from the client, method name)."""',
        "",
        "",
    ]
    lines += [
        "def operation(operation_id: str) -> Operation[Any]:",
        '    """The `Operation` behind ``operation_id``: its method, path and parameters, and its success parser.',
        "",
        "    Raises:",
        "        KeyError: no operation has this id.",
        '    """',
        "    resource, _method = OPERATIONS[operation_id]",
        "    module = importlib.import_module(f\"{__name__}.{resource.replace('.', '_')}\")",
        '    found: Operation[Any] = getattr(module, f"_{operation_id}")',
        "    return found",
    ]
    return INIT.format(package=package, imports="\n".join(sorted(imports))) + "\n".join(lines) + "\n"


def write_resources(
    spec: dict[str, Any],
    data: Any,
    package_dir: Path,
    package: str,
    overrides: dict[str, str],
    model_names: set[str],
    notes: list[str] | None = None,
) -> Group:
    """Write ``<package_dir>/resources/`` for the generated package ``package`` (``notes``: see `collect`)."""
    root = collect(spec, data, overrides, notes)
    folder = package_dir / "resources"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text(render_init(root, package), encoding="utf-8")
    for group in _walk(root):
        (folder / f"{group.module}.py").write_text(render_group(group, package, model_names), encoding="utf-8")
    return root
