# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Request bodies: a method's `body` and keyword fields -> httpx's arguments for one media type.

Every kind of body an operation can offer goes through `encode_body`: JSON, form-urlencoded,
multipart (files as httpx takes them) and binary. Values are converted like JSON bodies first
(models, enums, datetimes), then encoded for the media type:

- form: scalars as httpx sends them (`true`/`false`, None as an empty value), a list as one
  entry per item, objects as JSON text;
- multipart: one part per field (per item of a list), objects as `application/json` parts,
  file fields as files;
- binary: the bytes as they are.

A file object that cannot be rewound is read once here, so that a retried request sends the
same bytes again (httpx rewinds the others itself).
"""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Collection, Mapping
from typing import IO, Any, TypeAlias

from ._wire import to_wire
from .types import File, Unset

FileContent: TypeAlias = IO[bytes] | bytes | str
# A file as httpx takes it: the content alone, or (filename, content[, content type[,
# headers]]); or the low-level package's `File`.
FileInput: TypeAlias = (
    File
    | FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
BinaryInput: TypeAlias = bytes | IO[bytes] | File
BodyArgs: TypeAlias = dict[str, Any]  # httpx.request keyword arguments (json, data, files, content, headers)

_FILE_HELP = "bytes, a binary file object, a (filename, content[, content type]) tuple or a File"


def choose(content_type: str, offered: Mapping[str, str]) -> tuple[str, str]:
    """(kind, media type) for the media type the caller picked."""
    kind = offered.get(content_type)
    if kind is None:
        raise ValueError(f"content_type={content_type!r} is not offered; pick one of: {', '.join(offered)}")
    return kind, content_type


def json_value(value: Any) -> BodyArgs:
    """A free-form JSON body: any JSON value; None is sent as `null` (httpx would send nothing)."""
    if value is None:
        return {"content": b"null", "headers": {"Content-Type": "application/json"}}
    return {"json": to_wire(value)}


def encode_body(
    kind: str,
    media_type: str,
    body: Any,
    fields: Mapping[str, Any],
    *,
    required: bool,
    file_fields: Collection[str] = (),
) -> BodyArgs:
    """`body` (a model or a mapping with wire names), then every keyword field that was
    given, by wire name, encoded as `kind`. An empty dict: nothing to send."""
    given = {wire: value for wire, value in fields.items() if not isinstance(value, Unset)}
    if body is None and not given and not required:
        return {}
    if kind == "binary":
        return {"content": _binary(body), "headers": {"Content-Type": media_type}}
    if kind == "multipart":
        return _multipart(_merged(body, given, convert=False), file_fields)
    payload = _merged(body, given, convert=True)
    if kind == "json":
        return {"json": payload, "headers": {"Content-Type": media_type}}
    if kind == "form":
        if not payload:
            return {"content": b"", "headers": {"Content-Type": media_type}}
        return {"data": _form_fields(payload), "headers": {"Content-Type": media_type}}
    raise ValueError(f"unknown body kind {kind!r}")


def _merged(body: Any, given: Mapping[str, Any], *, convert: bool) -> Any:
    """The body as a mapping with the keyword fields over it. For multipart (`convert`
    False) values keep their Python types, so that files stay files."""
    if body is None:
        payload: Any = {}
    elif convert:
        payload = to_wire(body)
    else:
        to_dict = getattr(body, "to_dict", None)
        payload = to_dict() if callable(to_dict) else body
    if not given:
        return payload
    if not isinstance(payload, Mapping):
        raise TypeError("keyword fields can only be combined with an object body")
    if convert:
        return {**payload, **{wire: to_wire(value) for wire, value in given.items()}}
    return {**payload, **given}


def _form_fields(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, Mapping):
        raise TypeError(f"a form body is an object with fields, got {type(payload).__name__}")
    return {
        str(name): [_form_value(item) for item in value] if isinstance(value, list) else _form_value(value)
        for name, value in payload.items()
    }


def _form_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def _multipart(payload: Any, file_fields: Collection[str]) -> BodyArgs:
    if not isinstance(payload, Mapping):
        raise TypeError(f"a multipart body is an object with fields, got {type(payload).__name__}")
    parts: list[tuple[str, Any]] = []
    for name, value in payload.items():
        if isinstance(value, Unset):
            continue
        if name in file_fields:
            # A list holds several files; a tuple is one file as httpx takes it.
            files = value if isinstance(value, list) else [value]
            parts.extend((name, _file(name, item)) for item in files)
        else:
            items = value if isinstance(value, list | tuple) else [value]
            parts.extend((name, _file(name, item) if _is_file(item) else _text_part(item)) for item in items)
    # Our own boundary in our own header (httpx takes the boundary from it), so that a
    # Content-Type set by `with_options(headers=...)` cannot leave the body without one.
    boundary = os.urandom(16).hex()
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    if not parts:
        # httpx sends no body for an empty `files=`; a required body is an empty multipart.
        return {"content": f"--{boundary}--\r\n".encode(), "headers": headers}
    return {"files": parts, "headers": headers}


def _is_file(value: Any) -> bool:
    """A file given where the schema does not say so (a free-form body, a nullable binary)."""
    return isinstance(value, File) or callable(getattr(value, "read", None))


def _text_part(value: Any) -> tuple[None, bytes] | tuple[None, bytes, str]:
    """A field that is not a file: a part without a filename, objects as JSON."""
    wire = to_wire(value)
    if isinstance(wire, dict | list):
        return None, json.dumps(wire).encode(), "application/json"
    if wire is None:
        return None, b""
    if isinstance(wire, bytes):
        return None, wire
    if isinstance(wire, bool):
        return None, b"true" if wire else b"false"
    return None, str(wire).encode()


def _file(name: str, value: Any) -> Any:
    if isinstance(value, File):
        value = value.to_tuple()
    if isinstance(value, tuple) and 2 <= len(value) <= 4 and (value[0] is None or isinstance(value[0], str)):
        return (value[0], _replayable(name, value[1]), *value[2:])
    return _replayable(name, value)


def _replayable(name: str, content: Any) -> Any:
    if isinstance(content, bytes | str):
        return content
    if not callable(getattr(content, "read", None)):
        raise TypeError(f"field {name!r} takes a file: {_FILE_HELP}; got {type(content).__name__}")
    if inspect.iscoroutinefunction(content.read):
        # httpx reads files synchronously, also for the async client.
        raise TypeError(f"field {name!r}: an async file object cannot be sent; pass its bytes")
    seekable = getattr(content, "seekable", None)
    if callable(seekable) and seekable():
        return content
    return _read_bytes(content, f"field {name!r}: open the file in binary mode ('rb')")


def _binary(body: Any) -> bytes:
    if isinstance(body, File):
        body = body.payload
    if isinstance(body, bytes):
        return body
    if callable(getattr(body, "read", None)):
        # A stream cannot be sent twice; bytes can be retried.
        return _read_bytes(body, "a binary body must be read in binary mode ('rb')")
    raise TypeError(f"a binary body is bytes, a binary file object or a File; got {type(body).__name__}")


def _read_bytes(stream: Any, not_binary: str) -> bytes:
    data = stream.read()
    if not isinstance(data, bytes):
        raise TypeError(not_binary)
    return data
