"""The runtime of the generated models and resources (generator/templates/types.py.jinja).

- `UNSET`: "not given" in request models and method arguments (``None`` is sent as JSON ``null``).
- `ResponseModel`: what every response model is: fields are ``X | None``, keys the spec does not describe
  stay in ``additional_properties``, and ``to_dict()`` gives back exactly the body that was parsed.
- `RequestModel`: what every request model is: exact fields, nested parts given as models or as the plain
  dicts and lists their JSON would hold (checked and converted when the model is made).
- `Operation` and the `Requester` protocols: how a generated resource method asks the hand-written client to
  send an operation and parse its success response.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any, BinaryIO, ClassVar, Final, Generic, Literal, Protocol, TypeVar

T = TypeVar("T")


class Unset:
    """The type of `UNSET`: a value that was not given (and is therefore not sent)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()
"""Not given: a request field or argument left out of the request (``None`` would be sent as ``null``)."""

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file to upload in a multipart request body (a plain class: attrs stays off the import path)."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (other.payload, other.file_name, other.mime_type)

    __hash__ = None  # type: ignore[assignment]

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


def dump(value: Any) -> Any:
    """The JSON value of a field: models become dicts, lists are dumped item by item, the rest is kept."""
    if isinstance(value, list):
        return [dump(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


class _Extras:
    """``model["key"]`` reads and writes ``additional_properties`` (keys the spec does not describe)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        """The keys of ``additional_properties``."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _Nested:
    """The class attribute of a response model's field of nested models: converts the JSON value on first read.

    ``from_dict`` keeps such a field's JSON value aside (in ``_raw``); the first read converts it (``parse``,
    lenient) and stores the result in the instance dict, which later reads find first (a non-data descriptor).
    """

    __slots__ = ("name", "parse")

    def __init__(self, name: str, parse: Callable[[Any], Any]) -> None:
        self.name = name
        self.parse = parse

    def __get__(self, model: Any, owner: Any = None) -> Any:
        if model is None:
            return self
        raw = getattr(model, "_raw", {})  # none: not parsed from a body
        value = raw.get(self.name)
        if value is not None:
            value = self.parse(value)
        # Stored before the JSON value goes: a concurrent first read finds one or the other, and both get
        # the object stored first.
        value = model.__dict__.setdefault(self.name, value)
        raw.pop(self.name, None)
        return value


class ResponseModel(_Extras):
    """A model of something Figshare sends: every field may be ``None`` (absent or ``null``, alike for a reader).

    ``to_dict()`` gives back exactly the parsed body: the keys it had, in their order, ``null`` where it had
    ``null``, and the keys the spec does not describe; fields set afterwards are included when not ``None``.

    A parsed model keeps its values in its instance dict (``from_dict`` copies the body's dict); a field the
    body does not have reads as the class's ``None``. Nested models are made on the first read of their field
    (see `_Nested`). Only the fields and ``additional_properties`` can be set, as on a slotted class.
    """

    __slots__ = ("_keys", "_raw")
    _fields: ClassVar[dict[str, str]]
    """JSON key -> attribute name."""
    _wire: ClassVar[dict[str, str]]
    """Attribute name -> JSON key (and ``additional_properties``)."""
    _nested: ClassVar[tuple[str, ...]]
    """The attributes that hold nested models."""
    _plain: ClassVar[frozenset[str]]
    """The JSON keys that are copied as they are (fields neither renamed nor of nested models)."""

    @classmethod
    def _prepare(cls, nested: dict[str, Callable[[Any], Any]]) -> frozenset[str]:
        """Finish a generated class (once, after its definition): what a field the instance dict lacks reads as
        (``None``, or the converter of a field of nested models); returns the JSON keys of the fields."""
        cls._wire = {attribute: key for key, attribute in cls._fields.items()}
        cls._wire["additional_properties"] = ""
        renamed = {key for key, attribute in cls._fields.items() if key != attribute}
        clash = renamed & (set(cls._wire) | set(ResponseModel.__slots__))
        if clash:  # from_dict copies the body into the instance dict before it renames keys
            raise TypeError(f"{cls.__name__}: JSON keys {sorted(clash)} are also the names of other attributes")
        for attribute in cls._fields.values():
            setattr(cls, attribute, _Nested(attribute, nested[attribute]) if attribute in nested else None)
        cls._nested = tuple(nested)
        cls._plain = frozenset(
            key for key, attribute in cls._fields.items() if key == attribute and attribute not in nested
        )
        return frozenset(cls._fields)

    @classmethod
    def _from_list(cls, items: list[Any]) -> list[Any]:
        """The models of a JSON array of objects (items that are not objects are kept as they came).

        ``from_dict`` of each object, with its common case inline (no call per item): an object whose keys are
        all plain fields (none renamed, none of nested models) is copied as it is, and the fields of nested
        models it lacks are None, in the order ``from_dict`` gives them.
        """
        new = object.__new__
        plain = cls._plain.issuperset
        absent = cls._nested
        from_dict = cls.from_dict
        models: list[Any] = []
        append = models.append
        for item in items:
            if type(item) is not dict:
                append(item)
            elif plain(item):
                model = new(cls)
                values = model.__dict__
                values.update(item)
                values["additional_properties"] = {}
                if absent:
                    for name in absent:  # the fields of nested models it lacks (one or two: cheaper than update())
                        values[name] = None
                append(model)
            else:
                append(from_dict(item))
        return models

    def _rekey(self, src_dict: Mapping[str, Any]) -> None:
        # from_dict's way for a body with keys the spec does not describe (from_dict then sets _keys).
        fields = self._fields
        values = self.__dict__
        values.clear()
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            attribute = fields.get(key)
            if attribute is None:
                extra[key] = value
            else:
                values[attribute] = value
        values["additional_properties"] = extra

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_keys", ())

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._wire and name not in ResponseModel.__slots__ and "_wire" in type(self).__dict__:
            # a generated class (a subclass of one, made by a user, may add attributes)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        object.__setattr__(self, name, value)
        if name in self._nested:
            getattr(self, "_raw", {}).pop(name, None)

    def __delattr__(self, name: str) -> None:
        if name in getattr(self, "_raw", ()):
            del self._raw[name]
        else:
            object.__delattr__(self, name)

    def __getstate__(self) -> tuple[dict[str, Any], dict[str, Any]]:
        # A copy has its own _raw: the first read in one must not take the JSON value from the other.
        slots = {name: getattr(self, name) for name in ResponseModel.__slots__ if hasattr(self, name)}
        if "_raw" in slots:
            slots["_raw"] = dict(slots["_raw"])
        return dict(self.__dict__), slots

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model (see the class docstring)."""
        fields = self._fields
        extra = self.additional_properties
        out: dict[str, Any] = {}
        try:
            keys = self._keys
        except AttributeError:  # parsed from a body of known keys: the instance dict has them in order
            wire = self._wire
            body = True
            for attribute, value in self.__dict__.items():
                if attribute == "additional_properties":
                    body = False
                elif attribute in wire and (body or value is not None):  # not a user subclass's own attribute
                    out[wire[attribute]] = dump(value)
        else:
            for key in keys:
                attribute = fields.get(key)
                if attribute is not None:
                    out[key] = dump(getattr(self, attribute))
                elif key in extra:
                    out[key] = extra[key]
            for key, attribute in fields.items():
                if key not in out:
                    value = getattr(self, attribute)
                    if value is not None:
                        out[key] = dump(value)
        for key, value in extra.items():
            if key not in out:
                out[key] = value
        return out


class RequestModel(_Extras):
    """A model of something sent to Figshare: fields left `UNSET` are not sent, ``None`` is sent as ``null``."""

    __slots__ = ()
    _fields: ClassVar[dict[str, str]]
    """JSON key -> attribute name."""
    _closed: ClassVar[bool] = False
    """True when the schema allows no keys besides its properties."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent: the set fields (nested models as dicts) and ``additional_properties``."""
        out: dict[str, Any] = dict(self.additional_properties)
        for key, attribute in self._fields.items():
            value = getattr(self, attribute)
            if value is not UNSET:
                out[key] = dump(value)
        return out

    def to_multipart(self) -> RequestFiles:
        """The parts of a multipart/form-data body: files as files, objects as JSON, the rest as text."""
        files: RequestFiles = []
        for key, attribute in self._fields.items():
            value = getattr(self, attribute)
            if value is UNSET:
                continue
            if isinstance(value, File):
                files.append((key, value.to_tuple()))
            elif isinstance(value, (list, dict)) or hasattr(value, "to_dict"):
                files.append((key, (None, json.dumps(dump(value), allow_nan=False).encode(), "application/json")))
            else:
                files.append((key, (None, str(value).encode(), "text/plain")))
        for key, value in self.additional_properties.items():
            files.append((key, (None, str(value).encode(), "text/plain")))
        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object (values are checked and converted as by the constructor).

        Raises:
            TypeError: ``src_dict`` is not a mapping, a value has the wrong type, or a required key is missing.
            ValueError: a value is not one of the values the field allows.
        """
        name = cls.__name__
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{name} is built from a dict, not {type(src_dict).__name__}")
        fields: dict[str, str] = cls._fields  # type: ignore[attr-defined]
        extra = {key: value for key, value in src_dict.items() if key not in fields}
        if extra and cls._closed:  # type: ignore[attr-defined]
            raise TypeError(f"{name} has no field {', '.join(map(repr, extra))}")
        model = cls(**{fields[key]: value for key, value in src_dict.items() if key in fields})
        model.additional_properties.update(extra)  # type: ignore[attr-defined]
        return model


def _describe(spec: Any) -> str:
    if isinstance(spec, tuple):
        return " or ".join(_describe(member) for member in spec)
    if isinstance(spec, list):
        return f"a list of ({_describe(spec[0])})"
    if isinstance(spec, frozenset):
        return "one of " + ", ".join(repr(value) for value in sorted(spec, key=str))
    if spec is None:
        return "None"
    if spec is object:
        return "any JSON value"
    name = spec.__name__
    article = "an" if name[0].lower() in "aeiou" else "a"
    return f"{article} {name} or a dict" if hasattr(spec, "from_dict") else f"{article} {name}"


def _conform(value: Any, spec: Any, where: str) -> Any:
    if isinstance(spec, tuple):
        if value is None and None in spec:
            return None
        failures: list[Exception] = []
        for member in spec:
            if member is None:
                continue
            try:
                return _conform(value, member, where)
            except (TypeError, ValueError) as error:
                failures.append(error)
        if len(failures) == 1:
            raise failures[0]
        raise TypeError(f"{where} must be {_describe(spec)}, not {type(value).__name__}")
    if spec is object:
        return value
    if isinstance(spec, list):
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple, Iterator)):
            raise TypeError(f"{where} must be {_describe(spec)}, not {type(value).__name__}")
        return [_conform(item, spec[0], f"{where}[{index}]") for index, item in enumerate(value)]
    if isinstance(spec, frozenset):
        if not isinstance(value, str):
            raise TypeError(f"{where} must be {_describe(spec)}, not {type(value).__name__}")
        if value not in spec:
            raise ValueError(f"{where} must be {_describe(spec)}, not {value!r}")
        return value
    if hasattr(spec, "from_dict"):
        if isinstance(value, spec):
            return value
        if isinstance(value, Mapping):
            return spec.from_dict(value)
        raise TypeError(f"{where} must be {_describe(spec)}, not {type(value).__name__}")
    if spec is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif spec is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, spec)
    if not ok:
        raise TypeError(f"{where} must be {_describe(spec)}, not {type(value).__name__}")
    return value


def check(value: Any, spec: Any, where: str) -> Any:
    """``value`` checked against ``spec`` and converted (dicts to models, tuples to lists); `UNSET` passes.

    ``spec`` is a small type description: a class (``str``, ``int``, a model), ``object`` (any JSON value),
    ``[spec]`` (a list of), a frozenset of allowed strings, or a tuple of alternatives (``None`` among them
    for ``null``). ``where`` (``Model.field``) names the value in errors.

    Raises:
        TypeError: the value has the wrong type.
        ValueError: the value is not one of the allowed strings.
    """
    if value is UNSET:
        return value
    return _conform(value, spec, where)


class Operation(Generic[T]):
    """One API operation, as a resource method hands it to the requester.

    ``path`` has the Python names of the path parameters as ``{placeholders}``; ``query`` and ``headers`` map
    argument names to wire names; ``body`` is ``"json"``, ``"multipart"`` or None; ``result`` names the model
    of the success body (in ``models``), ``many`` says it is a list of them, ``json`` that the body is plain
    JSON, and neither that there is no body to read.

    What the arguments may be, for the requester to check before it builds a request: ``parameters`` gives
    each path, query and header parameter's name and the spec of its values (the language of `check`:
    ``int``, ``str``, a frozenset of the allowed strings...); ``required`` names the arguments that must be
    given (path parameters, required query parameters, ``body`` when the body is required); ``request``
    names the model of the request body (in ``models``).
    """

    __slots__ = (
        "_parser",
        "body",
        "headers",
        "json",
        "many",
        "method",
        "models",
        "operation_id",
        "parameters",
        "path",
        "query",
        "request",
        "required",
        "result",
        "success",
    )

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        success: tuple[int, ...],
        *,
        query: tuple[tuple[str, str], ...] = (),
        headers: tuple[tuple[str, str], ...] = (),
        body: str | None = None,
        result: str | None = None,
        many: bool = False,
        json: bool = False,
        models: str = "",
        parameters: tuple[tuple[str, Any], ...] = (),
        required: tuple[str, ...] = (),
        request: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.success = success
        self.query = query
        self.headers = headers
        self.body = body
        self.result = result
        self.many = many
        self.json = json
        self.models = models
        self.parameters = parameters
        self.required = required
        self.request = request
        self._parser: Any = None

    @property
    def has_body(self) -> bool:
        """Whether the success response has a JSON body to parse."""
        return self.result is not None or self.json

    def parse(self, data: Any) -> T:
        """The typed value of a success body's JSON ``data``.

        Raises:
            TypeError, AttributeError, ValueError, KeyError: ``data`` does not have the documented shape.
        """
        if self.result is None:
            return data  # type: ignore[no-any-return]
        parser = self._parser
        if parser is None:
            parser = self._parser = getattr(importlib.import_module(self.models), self.result).from_dict
        if self.many:
            if type(data) is not list:
                raise TypeError(f"expected a JSON array, got {type(data).__name__}")
            return [parser(item) for item in data]  # type: ignore[return-value]
        return parser(data)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method!r}, {self.path!r})"


class Requester(Protocol):
    """Sends one operation and returns its parsed success response (the hand-written client implements it)."""

    def call(self, operation: Operation[T], arguments: dict[str, Any]) -> T: ...


class AsyncRequester(Protocol):
    """Sends one operation and returns its parsed success response (async)."""

    async def call(self, operation: Operation[T], arguments: dict[str, Any]) -> T: ...


__all__ = [
    "UNSET",
    "AsyncRequester",
    "File",
    "FileTypes",
    "Operation",
    "RequestFiles",
    "RequestModel",
    "Requester",
    "ResponseModel",
    "Unset",
    "check",
    "dump",
]
