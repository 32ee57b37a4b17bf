"""The error shapes of the API: the `{"errors": [...]}` envelope and the bare 401 body."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from mock_api.responses import Reply, json_reply


@dataclass(frozen=True, slots=True)
class ErrorItem:
    code: str | int
    message: str
    field: str | None = None

    def as_dict(self) -> dict[str, object]:
        item: dict[str, object] = {"code": self.code, "message": self.message}
        if self.field is not None:
            item["field"] = self.field
        return item


@dataclass(slots=True)
class ApiError(Exception):
    """Raised anywhere below the dispatcher; turned into one envelope reply.

    Raising (rather than returning) lets a handler abort in the middle of a write
    transaction, which then rolls back: nothing is half-written.
    """

    status: int
    items: list[ErrorItem]
    headers: tuple[tuple[bytes, bytes], ...] = field(default=())

    def reply(self) -> Reply:
        return json_reply(self.status, envelope(self.items), self.headers)


def envelope(items: list[ErrorItem]) -> bytes:
    return json.dumps({"errors": [item.as_dict() for item in items]}).encode()


def api_error(
    status: int,
    code: str | int,
    message: str,
    field: str | None = None,
    headers: tuple[tuple[bytes, bytes], ...] = (),
) -> ApiError:
    return ApiError(status, [ErrorItem(code, message, field)], headers)


def not_found() -> ApiError:
    return api_error(404, "invalid_ref", "Resource not found.")


def unprocessable(code: str, message: str, field: str | None = None) -> ApiError:
    return api_error(422, code, message, field)


# The 401 bodies come from the auth layer in front of the API and have no envelope.
UNAUTHORIZED = json_reply(401, b'{"message":"Unauthorized"}')
BAD_TOKEN = json_reply(401, b'{"message":"Bearer Authentication Failed"}')
ROUTE_NOT_FOUND = not_found().reply()
