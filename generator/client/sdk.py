"""The high-level SDK layout, derived from the parsed spec: resources, methods, arguments.

Every operation's `x-sdk-method` (`connectors.licenses.list`, `token_info`) places it in a
tree of resources; our templates render that tree into resource classes. Everything a
template needs is computed here so that the templates stay free of naming logic.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from generator.client import answers
from generator.client.answers import Success, Unwrap
from generator.client.common import CodegenError, singular, text
from generator.client.paging import Paging, paging_of
from generator.client.waiters import Waiter, attach_waiters
from generator.document import HTTP_METHODS, anonymous_path
from generator.pointers import deref

__all__ = ["CodegenError", "Options", "Sdk", "build_sdk", "text"]

# Keyword arguments every high-level method takes; spec names must not shadow them.
OPTION_NAMES = frozenset({"timeout", "max_retries", "extra_headers", "body", "self"})
# The keyword that picks the body's media type, where an operation offers several.
CONTENT_TYPE_OPTION = "content_type"
_SDK_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")
# Query parameters of an `x-projection` list that take comma-separated field names.
PROJECTION_PARAMETERS = frozenset({"include", "exclude"})
# How each of openapi-python-client's body types goes on the wire (the generated
# `_bodies.encode_body` knows these names).
BODY_KINDS = {
    BodyType.JSON: "json",
    BodyType.DATA: "form",
    BodyType.FILES: "multipart",
    BodyType.CONTENT: "binary",
}


@dataclass(frozen=True)
class Arg:
    """A Python argument of a high-level method and where it goes on the wire."""

    name: str  # the argument's Python name
    wire: str  # the name on the wire (path template key, query key, JSON field)
    type: str  # the Python type, without `| Unset`
    required: bool
    description: str = ""
    required_on_wire: bool = False  # a body field the schema requires (kwargs are optional)
    comma_separated: bool = False  # a sequence of names is sent joined by commas


@dataclass(frozen=True)
class RequestBody:
    """What a high-level method takes as its request body, derived from the bodies offered."""

    model: str | None = None  # model class(es) accepted as `body`; None: free-form or binary
    present: bool = False
    required: bool = False
    fields: list[Arg] = field(default_factory=list)  # the model's fields as keyword arguments
    # (media type as the spec writes it, kind) of every body the operation offers; the
    # first is the default (JSON where offered), the others are picked with `content_type=`.
    media_types: list[tuple[str, str]] = field(default_factory=list)
    file_fields: list[str] = field(default_factory=list)  # multipart fields that take files

    @property
    def kind(self) -> str:
        return self.media_types[0][1] if self.media_types else ""

    @property
    def kinds(self) -> list[str]:
        return [kind for _, kind in self.media_types]

    @property
    def media_type(self) -> str:
        return self.media_types[0][0] if self.media_types else ""

    @property
    def offers_choice(self) -> bool:
        """Several media types: the method takes `content_type=`."""
        return len(self.media_types) > 1

    @property
    def is_value(self) -> bool:
        """A required free-form JSON body: any JSON value, None sent as null (`state.put`)."""
        return self.present and self.model is None and self.required and self.kinds == ["json"]


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
    body: RequestBody  # what the method takes as its request body, and how it is sent
    successes: list[Success]
    return_type: str
    empty_list_status: list[int]
    error_statuses: list[int]
    path_parts: list[tuple[bool, str]] = field(default_factory=list)  # (is argument, text)
    # A last path segment the method may leave out (`debug_logs(id, resource_id=None)`):
    # the spec describes the path with and without it as two operations.
    optional_path_arg: Arg | None = None
    paging: Paging | None = None  # a list that pages: the method returns a page object
    # The argument that takes the request body: `body` (a model or a mapping, optional), or
    # for a free-form body a required `value` (any JSON value, None included).
    body_name: str = "body"
    unwrap: Unwrap | None = None  # the method returns this field of the answer's model

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
    waiters: list[Waiter] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return "".join(pascal_case(part) for part in self.path) or "Root"

    @property
    def module(self) -> str:
        """The module of the package's `resources` folder that holds this resource's classes:
        one per top-level resource (with its sub-resources); `_root` for the client's own
        operations."""
        return self.path[0] if self.path else "_root"

    def walk(self) -> Iterator[Resource]:
        """Children before parents, so that classes are defined before use."""
        for key in sorted(self.children):
            yield from self.children[key].walk()
        yield self


@dataclass(frozen=True)
class RateLimit:
    """The API's documented request budget (`x-rate-limit` at the spec's root)."""

    capacity: int
    per_second: float


@dataclass
class Sdk:
    root: Resource
    operations: list[Operation]
    models: list[str]
    servers: list[tuple[str, str, str]]  # (region, url, description)
    title: str
    version: str
    rate_limit: RateLimit | None = None  # None: the spec documents no limit
    created_at_page_size: int = 0

    @property
    def modules(self) -> list[Resource]:
        """The resources with a module of their own: the top-level ones, then the root."""
        return [self.root.children[name] for name in sorted(self.root.children)] + [self.root]

    @property
    def waiters(self) -> list[Waiter]:
        return [w for resource in self.root.walk() for w in resource.waiters]

    @property
    def body_kinds(self) -> set[str]:
        """How the operations' bodies go on the wire: json, form, multipart, binary."""
        return {kind for op in self.operations for kind in op.body.kinds}

    @property
    def offers_media_types(self) -> bool:
        """Some operation takes a body in more than one media type (`content_type=`)."""
        return any(op.body.offers_choice for op in self.operations)


def _identifier(name: str) -> str:
    ident = str(PythonIdentifier(name, "field_"))
    return f"{ident}_" if keyword.iskeyword(ident) or ident in OPTION_NAMES else ident


@dataclass(frozen=True)
class Options:
    """The `integrator` section of generator/client/config.yaml that shapes the SDK."""

    regions: list[str] = field(default_factory=list)
    # operationId -> {wire path parameter: Python name}
    parameter_names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # operationId -> the plain-text answer that means True
    flag_results: Mapping[str, str] = field(default_factory=dict)
    # operationId -> the Python name of a free-form body (`value` for state)
    body_arguments: Mapping[str, str] = field(default_factory=dict)
    # operationId -> the field of the answer's model that the method returns
    unwrap_results: Mapping[str, str] = field(default_factory=dict)
    waiters: Mapping[str, Any] = field(default_factory=dict)
    created_at_page_size: int = 0

    @classmethod
    def from_config(cls, ours: Mapping[str, Any]) -> Options:
        return cls(
            regions=[str(r) for r in ours.get("regions") or []],
            parameter_names=ours.get("parameter_names") or {},
            flag_results=ours.get("flag_results") or {},
            body_arguments=ours.get("body_arguments") or {},
            unwrap_results=ours.get("unwrap_results") or {},
            waiters=ours.get("waiters") or {},
            created_at_page_size=int(ours.get("created_at_page_size") or 0),
        )


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
        # No hint in the spec: one resource per tag, the operationId as the method, both
        # made Python names (`import` -> `import_`, `3D models` -> `field_3_d_models`).
        return (_identifier(snake_case(tag) or "default"), _identifier(str(endpoint.name)))
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
            name = f"{singular(resource_path[0])}_id"
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


def _keyword_args(
    params: list[Any], where: str, descriptions: Mapping[str, str], projection: bool = False
) -> list[Arg]:
    args = []
    for param in params:
        wire = text(param.name)
        type_string = param.get_type_string(no_optional=True).as_unembedded_code()
        comma_separated = projection and wire in PROJECTION_PARAMETERS and type_string == "str"
        args.append(
            Arg(
                name=_identifier(str(param.python_name)),
                wire=wire,
                type="str | Sequence[str]" if comma_separated else type_string,
                required=bool(param.required),
                description=descriptions.get(wire) or f"the `{wire}` {where} parameter.",
                comma_separated=comma_separated,
            )
        )
    return args


def _read_only(model: ModelProperty, wire: str) -> bool:
    # Keys are UntrustedStrings, so compare by text.
    for key, schema in (model.data.properties or {}).items():
        if text(key) == wire:
            return bool(getattr(schema, "readOnly", False))
    return False


def _body(endpoint: Endpoint, taken: set[str]) -> RequestBody:
    """The request body: JSON by default where several media types are offered (the
    caller picks another with `content_type=`), form-urlencoded, multipart or binary."""
    if not endpoint.bodies:
        return RequestBody()
    bodies = sorted(endpoint.bodies, key=lambda b: b.body_type != BodyType.JSON)
    media_types = [(text(b.content_type), BODY_KINDS[b.body_type]) for b in bodies]
    required = any(bool(b.prop.required) for b in bodies)
    models = _unique(b.prop.class_info.name for b in bodies if isinstance(b.prop, ModelProperty))
    model = " | ".join(models) or None
    files = _unique(
        text(member.name)
        for b in bodies
        if b.body_type == BodyType.FILES and isinstance(b.prop, ModelProperty)
        for member in _members(b.prop)
        if _takes_files(member)
    )
    if len(media_types) > 1:  # the method takes `content_type=`
        if CONTENT_TYPE_OPTION in taken:
            raise CodegenError(
                f"operation {endpoint.name}: a parameter is called {CONTENT_TYPE_OPTION!r}, the "
                "argument that picks one of the media types its body offers"
            )
        taken = {*taken, CONTENT_TYPE_OPTION}  # a body field of that name stays in `body=`
    first = bodies[0].prop
    # Keyword fields only where every offered body is the same model: otherwise a field of
    # one media type's schema could be sent in another's.
    same_model = len(models) == 1 and all(isinstance(b.prop, ModelProperty) for b in bodies)
    if not same_model or not isinstance(first, ModelProperty):
        return RequestBody(model, True, required, [], media_types, files)
    fields = []
    required_wire = {text(p.name) for p in first.required_properties or []}
    for member in _members(first):
        wire = text(member.name)
        name = str(member.python_name)
        if _read_only(first, wire) or name in taken or name in OPTION_NAMES:
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
    return RequestBody(model, True, required, fields, media_types, files)


def _members(model: ModelProperty) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(str(name) for name in names))


def _is_file(prop: Any) -> bool:
    """A binary string, alone or in a union (`type: [string, "null"]`, `format: binary`)."""
    if isinstance(prop, UnionProperty):
        return any(isinstance(inner, FileProperty) for inner in prop.inner_properties)
    return isinstance(prop, FileProperty)


def _takes_files(member: Any) -> bool:
    inner = getattr(member, "inner_property", None)
    return _is_file(member) or (isinstance(member, ListProperty) and _is_file(inner))


def _field_type(member: Any) -> str:
    """A body field's keyword type; nested objects may also be given as plain mappings with
    wire names, like the body itself."""
    base = str(member.get_type_string(no_optional=True).as_unembedded_code())
    if _takes_files(member):
        return re.sub(r"\bFile\b", "FileInput", base)  # `File | None` -> `FileInput | None`
    mapping = "Mapping[builtins.str, Any]"
    if isinstance(member, ModelProperty):
        return f"{base} | {mapping}"
    inner = getattr(member, "inner_property", None)
    if isinstance(member, ListProperty) and isinstance(inner, ModelProperty):
        return (
            f"Sequence[{inner.get_type_string(no_optional=True).as_unembedded_code()} | {mapping}]"
        )
    return base


def _body_name(declared: str | None, body_model: str | None, taken: set[str]) -> str:
    if declared is None:
        return "body"
    if body_model is not None:
        raise CodegenError(f"config body_arguments: {declared!r} names a model body")
    name = _identifier(declared)
    if name != declared or name in taken:
        raise CodegenError(f"config body_arguments: {declared!r} is not a free argument name")
    return name


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


def _rate_limit(spec: Mapping[str, Any]) -> RateLimit | None:
    declared = spec.get("x-rate-limit")
    if declared is None:
        return None
    settings = declared if isinstance(declared, Mapping) else {}
    capacity, per_second = settings.get("bucketSize"), settings.get("refillPerSecond")
    if (
        isinstance(capacity, int)
        and not isinstance(capacity, bool)
        and capacity >= 1
        and isinstance(per_second, int | float)
        and not isinstance(per_second, bool)
        and per_second > 0
    ):
        return RateLimit(capacity, float(per_second))
    raise CodegenError(
        "x-rate-limit must give bucketSize (an integer >= 1) and refillPerSecond (> 0), "
        f"got {declared!r}"
    )


def build_sdk(
    data: GeneratorData, spec: Mapping[str, Any], options: Options, *, allow_dropped: bool = False
) -> Sdk:
    """The SDK layout of every operation the parser read. An operation it left out is an
    error unless `allow_dropped` (its parse warning then says why, in the README)."""
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
                options.parameter_names.get(operation_id, {}),
                raw_op.parameter_descriptions,
            )
            if endpoint.cookie_parameters:
                raise CodegenError(
                    f"operation {operation_id!r}: cookie parameters are not supported by the "
                    "high-level client"
                )
            descriptions = raw_op.parameter_descriptions
            query_args = _keyword_args(
                endpoint.query_parameters,
                "query",
                descriptions,
                projection=raw.get("x-projection") is True,
            )
            header_args = _keyword_args(endpoint.header_parameters, "header", descriptions)
            arguments = path_args + query_args + header_args
            taken = {a.name for a in arguments}
            if len(taken) != len(arguments):
                raise CodegenError(
                    f"operation {operation_id!r}: two parameters share a Python name"
                )
            body = _body(endpoint, taken)
            body_name = _body_name(options.body_arguments.get(operation_id), body.model, taken)
            successes = answers.successes(endpoint, options.flag_results.get(operation_id))
            return_type, empty_list_status = answers.return_type(successes)
            unwrap = answers.unwrap(
                operation_id, options.unwrap_results.get(operation_id), successes
            )
            if unwrap is not None:
                return_type, empty_list_status = (
                    unwrap.type,
                    empty_list_status or [s.status for s in successes if not s.has_content],
                )
            paging = paging_of(raw, operation_id, successes, query_args)
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
                body=body,
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
                paging=paging,
                body_name=body_name,
                unwrap=unwrap,
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
    if missing and not allow_dropped:
        raise CodegenError(f"operations the generator could not parse: {', '.join(missing)}")
    _check_clashes(root)
    attach_waiters(root, options.waiters)
    if options.created_at_page_size < 1 and any(
        o.paging and o.paging.kind == "createdAt" for o in operations
    ):
        raise CodegenError("config created_at_page_size must be >= 1 (x-paging createdAt)")
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
        regions = options.regions
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
        rate_limit=_rate_limit(spec),
        created_at_page_size=options.created_at_page_size,
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
        and not short.body.present
        and not long.body.present
        and short.return_type == long.return_type
        and short.optional_path_arg is None
        and short.paging is None
        and long.paging is None
    )
    if not same_call:
        raise CodegenError(
            f"operations {_named(old)} and {_named(new)} both map to the SDK method "
            f"{new.sdk_method!r}: give one another operationId or an x-sdk-method"
        )
    short.optional_path_arg = long.path_args[-1]
    short.error_statuses = sorted({*short.error_statuses, *long.error_statuses})
    seen[new.path_in_tree] = short
    if long in operations:
        operations.remove(long)
        operations.append(short)


def _named(op: Operation) -> str:
    return f"{op.operation_id!r} ({op.http_method} {op.path_template})"


# Attributes every resource class has, and those the client (the root resource) adds: an
# SDK name must not hide them. `issues.close` is fine; `client.close` is the client's.
_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})
_CLIENT_ATTRIBUTES = _RESOURCE_ATTRIBUTES | {
    "close",
    "low_level",
    "with_options",
    "base_url",
    "region",
}


def _check_clashes(root: Resource) -> None:
    for resource in root.walk():
        reserved = _CLIENT_ATTRIBUTES if resource is root else _RESOURCE_ATTRIBUTES
        owner = "client" if resource is root else "resource"
        for name in [o.name for o in resource.operations]:
            if name in resource.children:
                raise CodegenError(
                    f"SDK name {'.'.join((*resource.path, name))!r} is both a method and a resource"
                )
            if name in reserved:
                raise CodegenError(
                    f"SDK name {'.'.join((*resource.path, name))!r} hides a {owner} attribute"
                )
        for child in resource.children:
            if child in reserved:
                raise CodegenError(
                    f"SDK resource {'.'.join((*resource.path, child))!r} hides a {owner} attribute"
                )
