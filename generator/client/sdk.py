"""The high-level SDK layout, derived from the parsed spec: resources, methods, arguments.

Every operation's `x-sdk-method` (`connectors.licenses.list`, `token_info`) places it in a
tree of resources; our templates render that tree into resource classes. Everything a
template needs is computed here so that the templates stay free of naming logic.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from generator.document import HTTP_METHODS, anonymous_path
from generator.errors import SpecError
from generator.pointers import deref

# Keyword arguments every high-level method takes; spec names must not shadow them.
OPTION_NAMES = frozenset({"timeout", "max_retries", "extra_headers", "body", "self"})
_SDK_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")


class CodegenError(SpecError):
    """The spec cannot be turned into a client (e.g. two operations with one SDK name)."""


def text(value: Any) -> str:
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Arg:
    """A Python argument of a high-level method and where it goes on the wire."""

    name: str  # the argument's Python name
    wire: str  # the name on the wire (path template key, query key, JSON field)
    type: str  # the Python type, without `| Unset`
    required: bool
    description: str = ""
    required_on_wire: bool = False  # a body field the schema requires (kwargs are optional)


@dataclass(frozen=True)
class Success:
    status: int
    prop: Any  # the openapi-python-client property, for its `construct` macro
    has_content: bool
    # How the body is read for that media type: `response.json()`, `response.text`, ...
    source: str = "response.json()"
    # The body as read is already the property's type (text as a `str`): no conversion.
    as_read: bool = False


@dataclass
class Operation:
    name: str
    path_in_tree: tuple[str, ...]
    operation_id: str
    http_method: str
    path_template: str  # as written in the spec
    endpoint: Endpoint
    summary: str
    description: str
    path_args: list[Arg]
    query_args: list[Arg]
    header_args: list[Arg]
    body_model: str | None  # model class accepted as `body`, None for a free-form/absent body
    body_present: bool
    body_required: bool
    body_fields: list[Arg]
    successes: list[Success]
    return_type: str
    empty_list_status: list[int]
    error_statuses: list[int]
    path_parts: list[tuple[bool, str]] = field(default_factory=list)  # (is argument, text)
    # A last path segment the method may leave out (`debug_logs(id, resource_id=None)`):
    # the spec describes the path with and without it as two operations.
    optional_path_arg: Arg | None = None

    @property
    def sdk_method(self) -> str:
        return ".".join(self.path_in_tree)

    @property
    def path_expression(self) -> str:
        """Python expression building the request path from the method's arguments."""
        pieces = [f"path_segment({t})" if is_arg else repr(t) for is_arg, t in self.path_parts]
        expression = " + ".join(pieces) or repr("")
        tail = self.optional_path_arg
        if tail is None:
            return expression
        return (
            f"{expression} + ('/' + path_segment({tail.name}) if {tail.name} is not None else '')"
        )

    @property
    def parse_function(self) -> str:
        return f"_parse_{self.endpoint.name}"


@dataclass
class Resource:
    name: str  # attribute name on the parent (`licenses`); "" for the client itself
    path: tuple[str, ...]
    operations: list[Operation] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)
    description: str = ""  # from the spec's tag of the same name, if there is one

    @property
    def class_name(self) -> str:
        return "".join(pascal_case(part) for part in self.path) or "Root"

    def walk(self) -> Iterator[Resource]:
        """Children before parents, so that classes are defined before use."""
        for key in sorted(self.children):
            yield from self.children[key].walk()
        yield self


@dataclass
class Sdk:
    root: Resource
    operations: list[Operation]
    models: list[str]
    servers: list[tuple[str, str, str]]  # (region, url, description)
    title: str
    version: str


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _identifier(name: str) -> str:
    ident = str(PythonIdentifier(name, "field_"))
    return f"{ident}_" if keyword.iskeyword(ident) or ident in OPTION_NAMES else ident


@dataclass(frozen=True)
class RawOperation:
    path: str
    data: Mapping[str, Any]
    parameter_descriptions: dict[str, str]


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    # Lenient on purpose: openapi-python-client reports broken references itself.
    try:
        return deref(spec, node)
    except (KeyError, ValueError, IndexError):
        return {}


def _raw_operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], RawOperation]:
    """(METHOD, path with anonymous placeholders) -> the raw operation."""
    found: dict[tuple[str, str], RawOperation] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            descriptions: dict[str, str] = {}
            for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                param = _resolve(spec, param)
                if isinstance(param, Mapping) and isinstance(param.get("name"), str):
                    descriptions[param["name"]] = str(param.get("description") or "")
            key = (method.upper(), anonymous_path(path))
            found[key] = RawOperation(str(path), op, descriptions)
    return found


def _sdk_path(raw: Mapping[str, Any], endpoint: Endpoint, tag: str) -> tuple[str, ...]:
    declared = raw.get("x-sdk-method")
    if declared is None:
        # No hint in the spec: one resource per tag, the operationId as the method.
        return (snake_case(tag) or "default", str(endpoint.name))
    if not isinstance(declared, str) or not _SDK_NAME.match(declared):
        raise CodegenError(
            f"operation {raw.get('operationId')!r}: x-sdk-method {declared!r} is not a dotted "
            "lower-case Python name like `connectors.licenses.list`"
        )
    parts = tuple(declared.split("."))
    for part in parts:
        if keyword.iskeyword(part) or part in OPTION_NAMES or part.startswith("_"):
            raise CodegenError(
                f"operation {raw.get('operationId')!r}: x-sdk-method {declared!r} uses the "
                f"reserved name {part!r}"
            )
    return parts


def _path_args(
    endpoint: Endpoint,
    resource_path: tuple[str, ...],
    overrides: Mapping[str, str],
    descriptions: Mapping[str, str],
) -> list[Arg]:
    args = []
    for param in endpoint.path_parameters:
        wire = text(param.name)
        name = overrides.get(wire)
        if name is None and wire == "_id" and len(resource_path) > 1:
            # In `connectors.licenses.get(...)`, `_id` is the connector's ID.
            name = f"{_singular(resource_path[0])}_id"
        args.append(
            Arg(
                name=_identifier(name or str(param.python_name)),
                wire=str(param.python_name),
                type=param.get_type_string(no_optional=True).as_unembedded_code(),
                required=True,
                description=descriptions.get(wire) or f"the `{wire}` path parameter.",
            )
        )
    return args


def _keyword_args(params: list[Any], where: str, descriptions: Mapping[str, str]) -> list[Arg]:
    return [
        Arg(
            name=_identifier(str(param.python_name)),
            wire=text(param.name),
            type=param.get_type_string(no_optional=True).as_unembedded_code(),
            required=bool(param.required),
            description=descriptions.get(text(param.name))
            or f"the `{text(param.name)}` {where} parameter.",
        )
        for param in params
    ]


def _read_only(model: ModelProperty, wire: str) -> bool:
    # Keys are UntrustedStrings, so compare by text.
    for key, schema in (model.data.properties or {}).items():
        if text(key) == wire:
            return bool(getattr(schema, "readOnly", False))
    return False


def _body(endpoint: Endpoint, taken: set[str]) -> tuple[str | None, bool, bool, list[Arg]]:
    """(model class, present, required, keyword fields) of the JSON request body."""
    if not endpoint.bodies:
        return None, False, False, []
    json_bodies = [b for b in endpoint.bodies if b.body_type == "json"]
    if len(json_bodies) != 1:
        raise CodegenError(
            f"operation {endpoint.name}: the high-level client supports exactly one JSON "
            "request body per operation"
        )
    prop = json_bodies[0].prop
    required = bool(prop.required)
    if not isinstance(prop, ModelProperty):
        return None, True, required, []
    fields = []
    required_wire = {text(p.name) for p in prop.required_properties or []}
    for member in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
        wire = text(member.name)
        name = str(member.python_name)
        if _read_only(prop, wire) or name in taken or name in OPTION_NAMES:
            continue
        fields.append(
            Arg(
                name=name,
                wire=wire,
                type=_field_type(member),
                required=False,
                description=text(member.description),
                required_on_wire=wire in required_wire,
            )
        )
    return prop.class_info.name, True, required, fields


def _field_type(member: Any) -> str:
    """A body field's keyword type; nested objects may also be given as plain mappings with
    wire names, like the body itself."""
    base = str(member.get_type_string(no_optional=True).as_unembedded_code())
    mapping = "Mapping[builtins.str, Any]"
    if isinstance(member, ModelProperty):
        return f"{base} | {mapping}"
    inner = getattr(member, "inner_property", None)
    if isinstance(member, ListProperty) and isinstance(inner, ModelProperty):
        return (
            f"Sequence[{inner.get_type_string(no_optional=True).as_unembedded_code()} | {mapping}]"
        )
    return base


def _path_parts(template: str, args: list[Arg]) -> list[tuple[bool, str]]:
    """Split `/v1/connectors/{id}/licenses` into literal text and argument names, so the
    generated code concatenates instead of formatting a spec-controlled string."""
    by_key = {a.wire: a.name for a in args}
    parts: list[tuple[bool, str]] = []
    for index, piece in enumerate(re.split(r"\{([^}]*)\}", template)):
        if index % 2:
            if piece not in by_key:
                raise CodegenError(f"path {template!r}: no parameter for {{{piece}}}")
            parts.append((True, by_key[piece]))
        elif piece:
            parts.append((False, piece))
    return parts


def _successes(endpoint: Endpoint) -> list[Success]:
    found = []
    for response in endpoint.responses.patterns:
        if response.status_code.range is None:
            continue
        low, high = response.status_code.range
        if low >= 200 and high < 300:
            for status in range(low, high + 1):
                attribute = response.source["attribute"]
                as_read = response.source["return_type"] == str(
                    response.prop.get_type_string().as_unembedded_code()
                )
                found.append(
                    Success(status, response.prop, attribute != "None", attribute, as_read)
                )
    return sorted(found, key=lambda s: s.status)


def _return_type(successes: list[Success]) -> tuple[str, list[int]]:
    with_content = [s for s in successes if s.has_content]
    types = sorted({s.prop.get_type_string().as_unembedded_code() for s in with_content})
    if not types:
        return "None", []
    empty = [s.status for s in successes if not s.has_content]
    is_list = all(isinstance(s.prop, ListProperty) for s in with_content)
    joined = " | ".join(types)
    if not empty:
        return joined, []
    if is_list and len(types) == 1:
        # A list endpoint answering 204 means "no items", not "no answer".
        return joined, empty
    return f"{joined} | None", []


def build_sdk(
    data: GeneratorData,
    spec: Mapping[str, Any],
    *,
    regions: list[str],
    parameter_names: Mapping[str, Mapping[str, str]],
) -> Sdk:
    raw_ops = _raw_operations(spec)
    root = Resource(name="", path=())
    operations: list[Operation] = []
    seen: dict[tuple[str, ...], Operation] = {}
    matched: set[tuple[str, str]] = set()
    for tag in sorted(data.endpoint_collections_by_tag):
        collection = data.endpoint_collections_by_tag[tag]
        for endpoint in collection.endpoints:
            if not endpoint.tags or str(endpoint.tags[0]) != str(tag):
                continue  # with generate_all_tags an endpoint appears once per tag
            key = (endpoint.method.upper(), anonymous_path(text(endpoint.path)))
            if key not in raw_ops:
                raise CodegenError(
                    f"{endpoint.method.upper()} {text(endpoint.path)}: not found in the spec"
                )
            raw_op = raw_ops[key]
            raw = raw_op.data
            matched.add(key)
            operation_id = str(raw.get("operationId") or endpoint.name)
            sdk_path = _sdk_path(raw, endpoint, str(tag))
            path_args = _path_args(
                endpoint,
                sdk_path[:-1],
                parameter_names.get(operation_id, {}),
                raw_op.parameter_descriptions,
            )
            if endpoint.cookie_parameters:
                raise CodegenError(
                    f"operation {operation_id!r}: cookie parameters are not supported by the "
                    "high-level client"
                )
            descriptions = raw_op.parameter_descriptions
            query_args = _keyword_args(endpoint.query_parameters, "query", descriptions)
            header_args = _keyword_args(endpoint.header_parameters, "header", descriptions)
            arguments = path_args + query_args + header_args
            taken = {a.name for a in arguments}
            if len(taken) != len(arguments):
                raise CodegenError(
                    f"operation {operation_id!r}: two parameters share a Python name"
                )
            body_model, body_present, body_required, body_fields = _body(endpoint, taken)
            successes = _successes(endpoint)
            return_type, empty_list_status = _return_type(successes)
            operation = Operation(
                name=sdk_path[-1],
                path_in_tree=sdk_path,
                operation_id=operation_id,
                http_method=endpoint.method.upper(),
                path_template=raw_op.path,
                endpoint=endpoint,
                summary=text(endpoint.summary),
                description=text(endpoint.description),
                path_args=path_args,
                query_args=query_args,
                header_args=header_args,
                body_model=body_model,
                body_present=body_present,
                body_required=body_required,
                body_fields=body_fields,
                successes=successes,
                return_type=return_type,
                empty_list_status=empty_list_status,
                error_statuses=sorted(
                    {
                        code
                        for r in endpoint.responses.patterns
                        if r.status_code.range is not None
                        for code in range(r.status_code.range[0], r.status_code.range[1] + 1)
                        if code >= 400
                    }
                ),
                path_parts=_path_parts(text(endpoint.path), path_args),
            )
            if sdk_path in seen:
                _fold_optional_segment(seen, operations, operation)
                continue
            seen[sdk_path] = operation
            operations.append(operation)
            node = root
            for part in sdk_path[:-1]:
                node = node.children.setdefault(part, Resource(name=part, path=(*node.path, part)))
            node.operations.append(operation)
    missing = sorted(
        str(op.data.get("operationId") or f"{key[0]} {op.path}")
        for key, op in raw_ops.items()
        if key not in matched
    )
    if missing:
        raise CodegenError(f"operations the generator could not parse: {', '.join(missing)}")
    _check_clashes(root)
    tags = {
        snake_case(str(tag.get("name", ""))): str(tag.get("description") or "")
        for tag in spec.get("tags") or []
        if isinstance(tag, Mapping)
    }
    for child in root.children.values():
        child.description = tags.get(child.name, "")
    for resource in root.walk():
        resource.operations.sort(key=lambda o: o.name)
    servers = []
    for index, server in enumerate(spec.get("servers") or []):
        region = regions[index] if index < len(regions) else f"server{index}"
        servers.append((region, str(server.get("url", "")), str(server.get("description", ""))))
    info = spec.get("info") or {}
    return Sdk(
        root=root,
        operations=sorted(operations, key=lambda o: o.path_in_tree),
        models=sorted(m.class_info.name for m in [*data.models, *data.enums]),
        servers=servers,
        title=str(info.get("title", "")),
        version=str(info.get("version", "0.0.0")),
    )


def _fold_optional_segment(
    seen: dict[tuple[str, ...], Operation], operations: list[Operation], new: Operation
) -> None:
    """Two operations may share an SDK name only when one is the other with one more path
    parameter at the end (the vendor's "optional" path segment): they become one method
    whose last path argument defaults to None."""
    old = seen[new.path_in_tree]
    short, long = sorted((old, new), key=lambda o: len(o.path_args))
    same_call = (
        short.http_method == long.http_method
        and long.path_template.startswith(short.path_template + "/{")
        and long.path_template.count("/") == short.path_template.count("/") + 1
        and [a.name for a in long.path_args[:-1]] == [a.name for a in short.path_args]
        and short.query_args == long.query_args
        and short.header_args == long.header_args
        and not short.body_present
        and not long.body_present
        and short.return_type == long.return_type
        and short.optional_path_arg is None
    )
    if not same_call:
        raise CodegenError(
            f"operations {old.operation_id!r} and {new.operation_id!r} both map to the "
            f"SDK method {new.sdk_method!r}"
        )
    short.optional_path_arg = long.path_args[-1]
    short.error_statuses = sorted({*short.error_statuses, *long.error_statuses})
    seen[new.path_in_tree] = short
    if long in operations:
        operations.remove(long)
        operations.append(short)


# Attributes of the generated client and resource classes that an SDK name must not hide.
_CLIENT_ATTRIBUTES = frozenset(
    {"close", "low_level", "with_raw_response", "with_options", "base_url", "region"}
)


def _check_clashes(root: Resource) -> None:
    for resource in root.walk():
        names = [o.name for o in resource.operations]
        for name in names:
            if name in resource.children:
                raise CodegenError(
                    f"SDK name {'.'.join((*resource.path, name))!r} is both a method and a resource"
                )
            if name in _CLIENT_ATTRIBUTES:
                raise CodegenError(
                    f"SDK name {'.'.join((*resource.path, name))!r} hides a client attribute"
                )
        for child in resource.children:
            if child in _CLIENT_ATTRIBUTES:
                raise CodegenError(f"SDK resource {child!r} hides a client attribute")
