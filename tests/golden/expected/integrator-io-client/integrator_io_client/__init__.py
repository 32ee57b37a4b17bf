# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""A client library for the Golden API.

High level: IntegratorClient / AsyncIntegratorClient. Low level: the `api` and `models` modules with Client."""

from ._client import AsyncIntegratorClient, IntegratorClient
from ._constants import SERVERS, __version__
from ._limiter import RateLimit
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import RawResponse
from .client import AuthenticatedClient, Client
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    FieldDecodeError,
    IntegratorError,
    NoNextPageError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)

__all__ = (
    "SERVERS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncIntegratorClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "ErrorDetail",
    "FieldDecodeError",
    "IntegratorClient",
    "IntegratorError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "ResponseParseError",
    "ServerError",
    "SyncPage",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
)
