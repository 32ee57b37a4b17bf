# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Errors raised by the client.

`ApiError` and its subclasses stand for an HTTP error status. The API answers errors in
two shapes and both decode into the same exception:

* 401 comes from the auth middleware as a bare `{"message": "..."}`;
* everything else is the envelope `{"errors": [{"code", "message", "field", "source"}]}`,
  where `code` is usually a string but may be an integer.

`ApiConnectionError` / `ApiTimeoutError` mean no HTTP answer arrived at all.
`ResponseParseError` / `FieldDecodeError`: a success answer that does not match the spec.
`WaitTimeoutError`: a wait (`client.jobs.wait(...)`) ran out of time.
`UnexpectedStatus` is raised by the low-level `api` modules only.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import httpx

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


class IntegratorError(Exception):
    """Base class of every exception this package raises on purpose."""


class UnexpectedStatus(IntegratorError):
    """Raised by the low-level api functions when the response status is not documented
    and `Client.raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


@dataclass(frozen=True)
class ErrorDetail:
    """One item of the `errors` envelope."""

    message: str
    code: str | int | None = None
    field: str | None = None
    source: str | None = None
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_json(cls, item: Any) -> ErrorDetail:
        if not isinstance(item, dict):
            return cls(message=str(item))
        known = {"message", "code", "field", "source"}
        code = item.get("code")
        return cls(
            message=str(item.get("message", "")),
            code=code if isinstance(code, str | int) and not isinstance(code, bool) else None,
            field=item["field"] if isinstance(item.get("field"), str) else None,
            source=item["source"] if isinstance(item.get("source"), str) else None,
            extra={k: v for k, v in item.items() if k not in known},
        )


class ApiConnectionError(IntegratorError):
    """The request got no HTTP answer (connection refused, reset, DNS, TLS...)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class ResponseParseError(IntegratorError):
    """A success response whose body does not match the spec (not JSON, missing fields...)."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = str(response.request.url.copy_with(query=None))
        super().__init__(
            f"cannot parse the {self.status_code} response of {self.method} {self.url}: {type(cause).__name__}: {cause}"
        )


class FieldDecodeError(IntegratorError):
    """A field of a model read from a response does not match the spec (a date that is not
    a date, a number where an object belongs). Models from responses decode each field the
    first time it is read, so this is raised by that read; the response itself was an
    object with every required field (else the call raised ResponseParseError)."""

    def __init__(self, model: str, field: str, cause: Exception) -> None:
        self.model = model
        self.field = field
        self.cause = cause
        super().__init__(f"cannot decode {model}.{field} from the response: {type(cause).__name__}: {cause}")


class WaitTimeoutError(IntegratorError, TimeoutError):
    """A wait for a final status ran out of time. `last` is what the last read answered
    (for `client.jobs.wait`, the Job), `status` its status."""

    def __init__(self, what: str, id: str, status: object, timeout: float, last: Any) -> None:
        self.id = id
        self.status = status
        self.timeout = timeout
        self.last = last
        super().__init__(f"{what} {id} is still {status} after {timeout:g} s")


class NoNextPageError(IntegratorError, LookupError):
    """`page.next_page()` on the last page (see `page.has_next_page()`)."""


class ApiError(IntegratorError):
    """The API answered with an error status (4xx / 5xx)."""

    status_code: int
    message: str
    errors: list[ErrorDetail]
    headers: httpx.Headers
    request_id: str | None
    body: Any
    method: str
    url: str

    def __init__(self, response: httpx.Response, body: Any, message: str, errors: list[ErrorDetail]) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.message = message
        self.errors = errors
        self.request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
        request = response.request
        # The URL carries no credentials (the token travels in a header only).
        self.method = request.method
        self.url = str(request.url.copy_with(query=None))
        super().__init__(self._describe())

    @property
    def code(self) -> str | int | None:
        """The first error's code (`invalid_ref`, `invalid_user`, ...), if any."""
        return self.errors[0].code if self.errors else None

    def _describe(self) -> str:
        text = f"{self.status_code} {self.message}"
        if self.code is not None:
            text += f" [{self.code}]"
        fields = [e.field for e in self.errors if e.field]
        if fields:
            text += f" (field: {', '.join(fields)})"
        text += f" - {self.method} {self.url}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, code={self.code!r})"


class BadRequestError(ApiError):
    """400: malformed JSON or invalid parameters."""


class AuthenticationError(ApiError):
    """401: no token, or the token is invalid, revoked or expired."""


class PermissionDeniedError(ApiError):
    """403: the token may not do this."""


class NotFoundError(ApiError):
    """404: the resource does not exist or is not visible to this token."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(ApiError):
    """422: well-formed but semantically invalid (missing field, unknown user, ...)."""


class RateLimitError(ApiError):
    """429: the token's leaky bucket is empty."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait, if it said so."""
        value = self.headers.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(ApiError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return response.text or None


def error_from_response(response: httpx.Response) -> ApiError:
    """Build the ApiError subclass for an error response, from either body shape."""
    body = _decode(response)
    errors: list[ErrorDetail] = []
    message = ""
    if isinstance(body, dict):
        items = body.get("errors")
        if isinstance(items, list):
            errors = [ErrorDetail.from_json(item) for item in items]
        if isinstance(body.get("message"), str):
            message = body["message"]
    elif isinstance(body, str):
        message = body[:500]
    if not message and errors:
        message = errors[0].message
    if not message:
        message = response.reason_phrase or "HTTP error"
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return cls(response, body, message, errors)


__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDetail",
    "FieldDecodeError",
    "IntegratorError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "error_from_response",
]
