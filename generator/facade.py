"""Generate ``figshare_api/resources.py``: every operation as a typed method, grouped the way the URLs are.

openapi-python-client writes one module per operation (``figshare_api.api.articles.article_details``). People
want ``client.articles.details(article_id)`` and ``client.account.articles.create(body=...)``. This step reads
the patched spec for the grouping and each generated module's ``sync_detailed`` signature (with ``ast``) for
the parameters and their types, and writes sync and async resource classes whose methods have exactly those
parameters and return the operation's success model. A spec change regenerates them.

Grouping: the first static URL segment (``/articles/...`` -> ``articles``); under ``/account`` the second
(``/account/articles/...`` -> ``account.articles``). Method names: the operation id in snake case, without
leading ``private``/``public``/``account`` and without the group's own nouns (``private_article_create`` in
``account.articles`` -> ``create``); a name left empty becomes the verb (``get``, ``create``, ``update``,
``delete``), and names that would collide keep their full operation id.
"""

from __future__ import annotations

import ast
import keyword
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.schema_walk import operations

FIELD_PREFIX = "field_"
LEADING_QUALIFIERS = {"private", "public", "account"}
VERB_FOR_METHOD = {"get": "get", "post": "create", "put": "update", "patch": "partial_update", "delete": "delete"}
NOT_RETURNED = {"ErrorMessage", "None", "Any"}
PAGINATION_PARAMETERS = {"page", "page_size", "limit", "offset"}


@dataclass
class Method:
    """One facade method: where it comes from and what it looks like."""

    name: str
    module: str
    http_method: str
    path: str
    operation_id: str
    signature: str
    call_arguments: list[str]
    return_type: str
    docstring: str
    success_statuses: tuple[int, ...]
    model_imports: set[str]


@dataclass
class Group:
    """A resource: its methods and its sub-resources."""

    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Group] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(ClassName(part, FIELD_PREFIX) for part in self.path) + "Resource" if self.path else "Resources"


def group_path(path: str) -> tuple[str, ...]:
    segments = [segment for segment in path.strip("/").split("/") if segment and not segment.startswith("{")]
    if segments[0] == "account" and len(segments) > 1:
        return ("account", str(PythonIdentifier(segments[1], FIELD_PREFIX)))
    return (str(PythonIdentifier(segments[0], FIELD_PREFIX)),)


def _nouns(group: tuple[str, ...]) -> set[str]:
    nouns: set[str] = set()
    for part in group:
        for word in part.split("_"):
            nouns.add(word)
            if word.endswith("ies"):
                nouns.add(word[:-3] + "y")
            elif word.endswith("s"):
                nouns.add(word[:-1])
    return nouns


def method_name(operation_id: str, group: tuple[str, ...], http_method: str) -> str:
    tokens = str(PythonIdentifier(operation_id, FIELD_PREFIX)).split("_")
    while tokens and tokens[0] in LEADING_QUALIFIERS:
        tokens.pop(0)
    nouns = _nouns(group)
    kept = [token for token in tokens if token and token not in nouns]
    name = "_".join(kept) or VERB_FOR_METHOD[http_method]
    return name + "_" if keyword.iskeyword(name) else name


def _module_name(package: str, operation: dict[str, Any]) -> str:
    tag = PythonIdentifier(operation["tags"][0], FIELD_PREFIX)
    return f"{package}.api.{tag}.{PythonIdentifier(operation['operationId'], FIELD_PREFIX)}"


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    return next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name)


def _union_members(annotation: str) -> list[str]:
    depth, current, members = 0, "", []
    for character in annotation:
        depth += character == "["
        depth -= character == "]"
        if character == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += character
    members.append(current.strip())
    return members


def _has_function(tree: ast.Module, name: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name == name for node in tree.body)


def _return_type(tree: ast.Module) -> str:
    if not _has_function(tree, "sync"):  # no response declares a body (e.g. upstream 2017-06-16): nothing parsed
        return "None"
    returns = _function(tree, "sync").returns
    assert returns is not None
    kept = [member for member in _union_members(ast.unparse(returns)) if member not in NOT_RETURNED]
    return " | ".join(kept) or "None"


def _model_imports(package: str, tree: ast.Module) -> set[str]:
    imports = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and (node.module or "").startswith("models."):
            for alias in node.names:
                imports.add(f"from {package}.{node.module} import {alias.name}")
        elif isinstance(node, ast.Import):
            imports |= {f"import {alias.name}" for alias in node.names if alias.name == "datetime"}
    return imports


def _signature(tree: ast.Module) -> tuple[str, list[str]]:
    function = _function(tree, "sync_detailed")
    arguments = function.args
    positional = [f"{arg.arg}: {ast.unparse(arg.annotation)}" for arg in arguments.args if arg.annotation]
    keyword_only = []
    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if arg.arg == "client":
            continue
        text = f"{arg.arg}: {ast.unparse(arg.annotation) if arg.annotation else 'Any'}"
        keyword_only.append(text + (f" = {ast.unparse(default)}" if default is not None else ""))
    parts = ["self", *positional]
    if keyword_only:
        parts += ["*", *keyword_only]
    names = [arg.arg for arg in arguments.args] + [arg.arg for arg in arguments.kwonlyargs if arg.arg != "client"]
    return ", ".join(parts), names


def _docstring(tree: ast.Module, http_method: str, path: str, operation_id: str) -> str:
    text = ast.get_docstring(_function(tree, "sync" if _has_function(tree, "sync") else "sync_detailed")) or ""
    kept: list[str] = []
    for line in text.splitlines():
        if line.strip() in {"Raises:", "Returns:"}:
            break
        kept.append(line.rstrip())
    while kept and not kept[-1]:
        kept.pop()
    kept += ["", f"``{http_method.upper()} {path}`` (operation ``{operation_id}``)."]
    return "\n".join(kept).replace('"""', "'''").replace("\\", "\\\\")


def collect(spec: dict[str, Any], package_dir: Path, package: str) -> Group:
    """Read the spec and the generated modules into a tree of groups and methods."""
    root = Group(path=())
    for path, http_method, operation in operations(spec):
        module = _module_name(package, operation)
        source = package_dir.parent / (module.replace(".", "/") + ".py")
        tree = ast.parse(source.read_text(encoding="utf-8"))
        signature, names = _signature(tree)
        success = tuple(int(code) for code in operation.get("responses", {}) if code.startswith("2"))
        group_key = group_path(path)
        group = root
        for depth in range(len(group_key)):
            group = group.children.setdefault(group_key[depth], Group(path=group_key[: depth + 1]))
        group.methods.append(
            Method(
                name=method_name(operation["operationId"], group_key, http_method),
                module=module,
                http_method=http_method,
                path=path,
                operation_id=operation["operationId"],
                signature=signature,
                call_arguments=names,
                return_type=_return_type(tree),
                docstring=_docstring(tree, http_method, path, operation["operationId"]),
                success_statuses=success or (200,),
                model_imports=_model_imports(package, tree),
            )
        )
    _resolve_collisions(root)
    return root


def _resolve_collisions(group: Group) -> None:
    counts: dict[str, int] = defaultdict(int)
    for method in group.methods:
        counts[method.name] += 1
    for method in group.methods:
        if counts[method.name] > 1 or method.name in group.children:
            method.name = str(PythonIdentifier(method.operation_id, FIELD_PREFIX))
    names = [method.name for method in group.methods]
    if len(names) != len(set(names)):
        raise ValueError(f"facade group {'.'.join(group.path) or 'root'} has clashing method names: {sorted(names)}")
    for child in group.children.values():
        _resolve_collisions(child)


def _walk(group: Group) -> list[Group]:
    found = []
    for child in group.children.values():
        found += _walk(child)
    found.append(group)
    return found


def _qualify_builtins(annotation: str) -> str:
    """Methods named ``list`` would shadow the builtin inside class bodies: spell it ``builtins.list``."""
    return annotation.replace("list[", "builtins.list[")


def _render_method(method: Method, asynchronous: bool) -> str:
    returns = _qualify_builtins(method.return_type)
    signature = _qualify_builtins(method.signature)
    arguments = ", ".join(f'"{name}": {name}' for name in method.call_arguments)
    call = (
        f"self._requester.call({method.module!r}, {method.success_statuses!r}, {{{arguments}}})"
        if not asynchronous
        else f"await self._requester.call({method.module!r}, {method.success_statuses!r}, {{{arguments}}})"
    )
    definition = "async def" if asynchronous else "def"
    body = f"return cast({returns!r}, {call})" if returns != "None" else call
    docstring = "\n".join(("        " + line) if line else "" for line in method.docstring.splitlines())
    header = f"    {definition} {method.name}({signature}) -> {returns}:"
    return f'{header}\n        """{docstring.strip()}\n        """\n        {body}\n'


def _render_group(group: Group, asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    requester = "AsyncRequester" if asynchronous else "Requester"
    name = prefix + group.class_name
    title = ".".join(group.path) if group.path else "the API"
    lines = [f"class {name}:", f'    """Operations on ``{title}`` ({"async" if asynchronous else "sync"})."""', ""]
    for child_name, child in group.children.items():
        lines.append(f"    {child_name}: {prefix}{child.class_name}")
    lines += ["", f"    def __init__(self, requester: {requester}) -> None:", "        self._requester = requester"]
    for child_name, child in group.children.items():
        lines.append(f"        self.{child_name} = {prefix}{child.class_name}(requester)")
    lines.append("")
    for method in sorted(group.methods, key=lambda item: item.name):
        lines.append(_render_method(method, asynchronous))
    return "\n".join(lines)


HEADER = '''"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with `make generate`. The classes call a *requester* (the hand-written ``figshare``
client) with the generated operation module's name, its success statuses and the arguments; the requester
sends the request and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Protocol, cast

from {package}.types import UNSET, Unset

if TYPE_CHECKING:
{imports}


class Requester(Protocol):
    """Sends one operation and returns its parsed success response."""

    def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any: ...


class AsyncRequester(Protocol):
    """Sends one operation and returns its parsed success response (async)."""

    async def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any: ...


'''


def render(root: Group, package: str) -> str:
    groups = _walk(root)
    imports = sorted({line for group in groups for method in group.methods for line in method.model_imports})
    text = HEADER.format(package=package, imports="\n".join("    " + line for line in imports) or "    pass")
    text += "\n\n".join(_render_group(group, asynchronous) for asynchronous in (False, True) for group in groups)
    operations_table = ",\n".join(
        f'    "{method.operation_id}": ("{".".join(group.path)}", "{method.name}")'
        for group in groups
        for method in sorted(group.methods, key=lambda item: item.operation_id)
    )
    text += (
        "\n\nOPERATIONS: dict[str, tuple[str, str]] = {\n"
        + operations_table
        + "\n}\n"
        + '"""Where each operation id is: (resource path from the client, method name)."""\n'
    )
    return text


def write_facade(spec: dict[str, Any], package_dir: Path, package: str) -> Path:
    """Write ``<package_dir>/resources.py`` for the generated package ``package``."""
    destination = package_dir / "resources.py"
    destination.write_text(render(collect(spec, package_dir, package), package), encoding="utf-8")
    return destination
