"""Write a generated package from openapi-python-client's model of the patched spec, through our templates.

openapi-python-client parses the spec (names, inline models, unions, enums); this step writes only what the
SDK uses, with the templates in ``generator/templates``:

- ``types.py``: the shared runtime (`UNSET`, the model bases, `Operation`, the requester protocols);
- ``models/``: one module per model or enum that an operation reaches (requests or 2xx responses), loaded
  lazily through ``models/__init__.py``; with ``--share-with``, models that are the same in that package
  (the v2 one) are not written again but taken from it;
- ``resources/``: the typed facade (``generator/facade.py``), one module per resource, loaded on first use.

Run as ``python -m generator.render SPEC CONFIG OUTPUT [--share-with PACKAGE SPEC CONFIG]`` (by
``generator/generate.py``, with a fixed hash seed so that the output is the same on every run). ``--lenient``
(builds of other upstream versions) resolves what the pinned build refuses and prints a note for each. A failure ends
standard error with one line for ``generator.generate``: which step (``generate``: the parser and the models;
``facade``: the resources), the schema, operation or resource concerned, and the cause.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator.errors import GenerationError
from generator.facade import FacadeError, write_resources
from generator.generate import FAILURE_MARKER, NOTE_MARKER
from generator.problems import summarise
from generator.shapes import (
    Shape,
    annotation,
    check_spec,
    doc_text,
    endpoints,
    parse_expression,
    shape_of,
    success_responses,
    text,
    wrap,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Settings:
    """The generator config of a target: openapi-python-client's keys plus ``operation_names``."""

    package: str
    operation_names: dict[str, str] = field(default_factory=dict)


def load_settings(config: Path) -> Settings:
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    return Settings(package=data["package_name_override"], operation_names=dict(data.get("operation_names") or {}))


def parse(spec: dict[str, Any], config: Path, spec_path: Path) -> GeneratorData:
    """openapi-python-client's model of ``spec``; enums become `Literal` types."""
    config_file = ConfigFile.load_from_path(config)
    config_file.literal_enums = True
    settings = Config.from_sources(config_file, MetaType("none"), spec_path, "utf-8", True, None)
    data = GeneratorData.from_dict(spec, config=settings)
    if not isinstance(data, GeneratorData):
        raise GenerationError("", f"openapi-python-client could not read the spec: {data.header} {data.detail or ''}")
    problems = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        problems += collection.parse_errors
    if problems:
        subject, cause = summarise((problem.header, problem.detail) for problem in problems)
        details = "\n".join(f"{problem.header}\n{problem.detail or ''}" for problem in problems)
        raise GenerationError(subject, f"openapi-python-client skipped it: {cause}", details)
    return data


def clean_doc(value: Any) -> str:
    """A description as docstring text: stripped, whitespace collapsed, safe inside triple quotes."""
    return doc_text(value).rstrip('"')


def _reachable(shapes: list[Shape], by_name: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    pending = [name for shape in shapes for _module, name in shape.models()]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        model = by_name[name]
        for prop in model.required_properties + model.optional_properties:
            pending += [inner for _module, inner in shape_of(prop).models()]
    return seen


def used_models(data: GeneratorData) -> tuple[set[str], set[str]]:
    """The models operations send (request) and receive in success responses (response)."""
    by_name: dict[str, Any] = {str(model.class_info.name): model for model in data.models}
    sent: list[Shape] = []
    received: list[Shape] = []
    for endpoint in endpoints(data):
        sent += [shape_of(body.prop) for body in endpoint.bodies]
        received += [shape_of(response.prop) for response in success_responses(endpoint)]
    request, response = _reachable(sent, by_name), _reachable(received, by_name)
    if request & response:
        both = sorted(request & response)
        raise GenerationError(
            f"schema {both[0]}", f"sent and received (split it in the normaliser); {len(both)} such: {', '.join(both)}"
        )
    return request, response


def model_plan(model: Any, request: bool) -> dict[str, Any]:
    """What model.py.jinja needs to write ``model``."""
    name = model.class_info.name
    fields = []
    model_imports: set[tuple[str, str]] = set()
    literal_imports: set[tuple[str, str]] = set()
    uses_file = False
    properties = model.required_properties + model.optional_properties
    for prop in properties:
        shape = shape_of(prop)
        model_imports |= {(module, inner) for module, inner in shape.models() if inner != name}
        literal_imports |= shape.literals()
        uses_file = uses_file or "File" in annotation(shape)
        if request:
            required = bool(prop.required)
            unset = "" if required else " | Unset"
            entry = {
                "annotation": annotation(shape) + unset,
                "argument": annotation(shape, argument=True) + unset,
                "spec": check_spec(shape),
                "required": required,
            }
        else:
            inner = shape.without_none()
            entry = {"annotation": f"{annotation(inner)} | None", "parse": parse_expression(inner, "v")}
            if inner.kind == "list" and inner.items[0].kind == "model":  # the common case, with from_dict bound once
                entry["list_of"] = inner.items[0].name
        doc = clean_doc(prop.description)
        entry.update(name=prop.python_name, wire=text(prop.name), doc=wrap(doc, 112, "    ") if doc else "")
        fields.append(entry)
    if request:
        fields.sort(key=lambda entry: not entry["required"])
    nested = [entry["name"] for entry in fields if entry.get("parse")]
    renamed = [entry["wire"] for entry in fields if entry["wire"] != entry["name"]]
    description = clean_doc(model.description) or clean_doc(getattr(model, "title", "")) or f"The ``{name}`` object."
    return {
        "name": name,
        "request": request,
        "doc": wrap(description, 112, "    "),
        "fields": fields,
        "renamed": renamed,
        "renamed_check": f'"{renamed[0]}" in src_dict' if len(renamed) == 1 else "not _RENAMED.isdisjoint(src_dict)",
        "nested": nested,
        "nested_check": f'"{nested[0]}" in values' if len(nested) == 1 else "not _NESTED.isdisjoint(values)",
        "closed": model.additional_properties is False,
        "uses_file": uses_file,
        "model_imports": sorted(model_imports),
        "literal_imports": sorted(literal_imports),
    }


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


@dataclass
class Rendered:
    """The text of every model and enum module of a package, by module name, and their classes."""

    modules: dict[str, str] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    """module name -> class (or type) name."""
    dependencies: dict[str, set[str]] = field(default_factory=dict)
    """module name -> the model and enum modules it imports."""


def render_models(data: GeneratorData) -> Rendered:
    env = environment()
    request, response = used_models(data)
    rendered = Rendered()
    literals: set[tuple[str, str]] = set()
    for endpoint in endpoints(data):
        for prop in endpoint.query_parameters + endpoint.path_parameters + endpoint.header_parameters:
            literals |= shape_of(prop).literals()
    template = env.get_template("model.py.jinja")
    for model in data.models:
        name = model.class_info.name
        if name not in request and name not in response:
            continue
        plan = model_plan(model, name in request)
        literals |= set(plan["literal_imports"])
        module = model.class_info.module_name
        rendered.modules[module] = template.render(model=plan)
        rendered.classes[module] = name
        rendered.dependencies[module] = {dep for dep, _ in plan["model_imports"] + plan["literal_imports"]}
    enum_template = env.get_template("literal_enum.py.jinja")
    by_module: dict[str, Any] = {enum.class_info.module_name: enum for enum in data.enums}
    for enum_module, enum_name in sorted(literals):
        enum = by_module[enum_module]
        values = sorted(str(value) for value in enum.values)
        constant = re.sub(r"(?<!^)(?=[A-Z])", "_", enum_name).upper() + "_VALUES"
        doc = clean_doc(getattr(enum, "description", "")) or "The allowed values."
        rendered.modules[enum_module] = enum_template.render(
            enum={"name": enum_name, "members": values, "constant": constant, "doc": doc}
        )
        rendered.classes[enum_module] = enum_name
        rendered.dependencies[enum_module] = set()
    return rendered


def shared_modules(mine: Rendered, theirs: Rendered) -> set[str]:
    """The modules that are the same text in both packages and depend only on modules that are shared too."""
    shared = {module for module, source in mine.modules.items() if theirs.modules.get(module) == source}
    changed = True
    while changed:
        changed = False
        for module in sorted(shared):
            if not mine.dependencies[module] <= shared:
                shared.discard(module)
                changed = True
    return shared


def write_package(
    spec: dict[str, Any],
    data: GeneratorData,
    settings: Settings,
    output: Path,
    share_with: str | None,
    shared: set[str],
    notes: list[str] | None = None,
) -> None:
    rendered = render_models(data)
    package = settings.package
    if output.exists():
        shutil.rmtree(output)
    (output / "models").mkdir(parents=True)
    env = environment()
    (output / "__init__.py").write_text(
        f'"""{spec["info"]["title"]}: the generated models and resources of figshare-sdk (do not edit)."""\n',
        encoding="utf-8",
    )
    (output / "py.typed").write_text("", encoding="utf-8")
    (output / "types.py").write_text(
        env.get_template("types.py.jinja").render(shared_types_from=share_with, package_name=package), encoding="utf-8"
    )
    entries: list[tuple[str, str]] = []
    for module, source in sorted(rendered.modules.items()):
        if module in shared:
            entries.append((f"{share_with}.models.{module}", rendered.classes[module]))
            continue
        for dependency in sorted(rendered.dependencies[module] & shared):
            source = source.replace(f"from .{dependency} import", f"from {share_with}.models.{dependency} import")
        (output / "models" / f"{module}.py").write_text(source, encoding="utf-8")
        entries.append((f"{package}.models.{module}", rendered.classes[module]))
    (output / "models" / "__init__.py").write_text(
        env.get_template("models_init.py.jinja").render(package=package, entries=entries, shared=bool(shared)),
        encoding="utf-8",
    )
    try:
        write_resources(spec, data, output, package, settings.operation_names, {name for _m, name in entries}, notes)
    except FacadeError as error:
        raise GenerationError(error.subject, error.cause, stage="facade") from error


def report_failure(error: Exception) -> None:
    """Tell ``generator.generate`` what failed, on the last line of standard error (see ``FAILURE_MARKER``)."""
    if isinstance(error, GenerationError):
        report = {"stage": error.stage, "subject": error.subject, "cause": error.cause}
        if error.details:
            print(error.details, file=sys.stderr)
    else:  # an unforeseen failure is still one line, with where it happened
        report = {"stage": "generate", "subject": "", "cause": f"internal: {type(error).__name__}: {error}"}
        traceback.print_exc(file=sys.stderr)
    print(FAILURE_MARKER + json.dumps(report), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Write the package (see the module docstring); on failure, report it and return 1."""
    try:
        run(argv)
    except Exception as error:  # every failure is reported to generator.generate, in one line
        report_failure(error)
        return 1
    return 0


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("config", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--share-with", nargs=3, metavar=("PACKAGE", "SPEC", "CONFIG"))
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="resolve what the pinned build refuses (see generator.facade.collect) and print a note for each",
    )
    arguments = parser.parse_args(argv)
    spec = json.loads(arguments.spec.read_text(encoding="utf-8"))
    data = parse(spec, arguments.config, arguments.spec)
    share_with: str | None = None
    shared: set[str] = set()
    if arguments.share_with:
        share_with, other_spec, other_config = arguments.share_with
        other_path = Path(other_spec)
        other = parse(json.loads(other_path.read_text(encoding="utf-8")), Path(other_config), other_path)
        shared = shared_modules(render_models(data), render_models(other))
    notes: list[str] | None = [] if arguments.lenient else None
    write_package(spec, data, load_settings(arguments.config), arguments.output, share_with, shared, notes)
    for note in notes or []:
        print(NOTE_MARKER + note)


if __name__ == "__main__":
    sys.exit(main())
