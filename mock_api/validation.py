"""Request body validators, compiled once from the spec with jsonschema_rs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from mock_api.engine.secrets import SecretPath, is_secret, redact, secret_values
from mock_api.errors import ApiError, ErrorItem
from mock_api.spec import JSONObject

# Enough to fix a request in one round trip without echoing a huge body back.
MAX_REPORTED_ERRORS = 10


@dataclass(frozen=True, slots=True)
class BodyValidator:
    validator: Any
    # Top-level properties the server sets; whatever a client sends for them is dropped.
    read_only: frozenset[str]
    # 422 where the operation documents it; the few that only document 400 get that.
    status: int = 422
    # Where secret fields sit: an error about one never quotes the value sent.
    secrets: tuple[SecretPath, ...] = ()

    def check(self, body: Any) -> Any:
        """Drop read-only fields, then raise a 422 envelope if the rest breaks the schema."""
        if isinstance(body, dict) and self.read_only:
            for name in self.read_only.intersection(body):
                del body[name]
        if self.validator.is_valid(body):
            return body
        items = [
            _item(error, self.secrets)
            for _, error in zip(
                range(MAX_REPORTED_ERRORS), self.validator.iter_errors(body), strict=False
            )
        ]
        if self.secrets:
            # A message about an enclosing object may quote the secrets inside it.
            values = secret_values(body, self.secrets)
            items = [
                ErrorItem(item.code, redact(item.message, values), item.field) for item in items
            ]
        raise ApiError(self.status, items)


def compile_body_validator(
    schema: JSONObject, status: int = 422, secrets: tuple[SecretPath, ...] = ()
) -> BodyValidator:
    read_only = frozenset(
        name
        for name, prop in schema.get("properties", {}).items()
        if isinstance(prop, dict) and prop.get("readOnly") is True
    )
    request_schema = _without_read_only(schema)
    validator = jsonschema_rs.Draft202012Validator(
        request_schema,
        validate_formats=True,
        # The spec's own `objectId` format is checked by the pattern it comes with
        # (specs/sources/overlays/35-object-ids.yaml): one error per wrong id, not two.
        ignore_unknown_formats=True,
    )
    return BodyValidator(validator, read_only, status, secrets)


def _without_read_only(node: Any) -> Any:
    """A request schema in which read-only properties are neither required nor checked."""
    if isinstance(node, list):
        return [_without_read_only(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _without_read_only(value) for key, value in node.items()}
    properties = result.get("properties")
    if isinstance(properties, dict):
        hidden = {
            name
            for name, prop in properties.items()
            if isinstance(prop, dict) and prop.get("readOnly") is True
        }
        if hidden:
            result["properties"] = {k: v for k, v in properties.items() if k not in hidden}
            if isinstance(result.get("required"), list):
                result["required"] = [name for name in result["required"] if name not in hidden]
    return result


def dotted(path: list[str | int] | tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in path)


def _item(error: Any, secrets: tuple[SecretPath, ...] = ()) -> ErrorItem:
    location = list(error.instance_path)
    kind = error.kind
    if type(kind).__name__ == "Required":
        name = dotted([*location, kind.property])
        return ErrorItem("missing_required_field", f"{name} is required.", name)
    field = dotted(location) if location else None
    if field is not None and secrets and is_secret(field, secrets):
        # The validator's message quotes the value: for a secret, say what is wrong only.
        return ErrorItem(
            "invalid_field", f"{field}: not a valid value (a secret, not shown).", field
        )
    message = error.message if field is None else f"{field}: {error.message}"
    return ErrorItem("invalid_field", message, field)
