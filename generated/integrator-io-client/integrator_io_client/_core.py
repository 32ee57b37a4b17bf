# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""The machinery shared by every resource method: settings, the HTTP client, one request.

`SyncCore` / `AsyncCore` own the httpx client (with the retry/limit transport), turn an error
status into an `ApiError`, and wrap transport failures into `ApiConnectionError`.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_REGION,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_TOKEN,
    SERVERS,
    USER_AGENT,
)
from ._limiter import LeakyBucket, RateLimit, resolve_rate_limit
from ._logging import logger, setup_logging
from ._response import RawResponse
from ._retry import MAX_RETRIES_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from .client import Client
from .errors import ApiConnectionError, ApiTimeoutError, error_from_response

T = TypeVar("T")
Timeout = float | httpx.Timeout


class _BearerAuth(httpx.Auth):
    """Adds the token per request; keeps it out of reprs, headers dumps and the logs."""

    def __init__(self, token: str) -> None:
        self.__token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.__token}"
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth(token=<hidden>)"


@dataclass(frozen=True)
class Settings:
    base_url: str
    region: str | None
    timeout: httpx.Timeout
    max_retries: int
    rate_limit: RateLimit | None
    auth: _BearerAuth = field(repr=False)
    headers: dict[str, str] = field(default_factory=dict)
    verify: bool | str = True


def resolve_settings(
    *,
    token: str | None,
    region: str | None,
    base_url: str | None,
    timeout: Timeout | None,
    max_retries: int | None,
    rate_limit: RateLimit | bool,
    headers: Mapping[str, str] | None,
    verify: bool | str,
) -> Settings:
    """Arguments first, then the environment, then the spec's defaults."""
    token = (token if token is not None else os.environ.get(ENV_TOKEN, "")).strip()
    if not token:
        raise ValueError(f"no API token: pass token=... or set {ENV_TOKEN}")
    if region is not None and base_url is not None:
        raise ValueError("pass either region= or base_url=, not both")
    if region is not None:
        if region not in SERVERS:
            raise ValueError(f"unknown region {region!r}; known regions: {', '.join(sorted(SERVERS))}")
        url = SERVERS[region]
    else:
        url = base_url or os.environ.get(ENV_BASE_URL) or SERVERS.get(DEFAULT_REGION, "")
        if not url:
            raise ValueError(f"no base URL: pass base_url=... or set {ENV_BASE_URL}")
    named = next((name for name, server in SERVERS.items() if server == url.rstrip("/")), None)
    if max_retries is not None and max_retries < 0:
        raise ValueError("max_retries must be >= 0")
    limit = resolve_rate_limit(rate_limit)
    return Settings(
        base_url=url.rstrip("/"),
        region=named,
        timeout=_timeout(timeout if timeout is not None else DEFAULT_TIMEOUT),
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        rate_limit=limit,
        headers=dict(headers or {}),
        verify=verify,
        auth=_BearerAuth(token),
    )


@dataclass(frozen=True)
class CallDefaults:
    """Per-call options applied when a call does not give its own (`client.with_options`)."""

    timeout: Timeout | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def merged(
        self, timeout: Timeout | None, max_retries: int | None, headers: Mapping[str, str] | None
    ) -> CallDefaults:
        return CallDefaults(
            timeout=timeout if timeout is not None else self.timeout,
            max_retries=max_retries if max_retries is not None else self.max_retries,
            headers={**self.headers, **(headers or {})},
        )


def _timeout(value: Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _headers(settings: Settings) -> dict[str, str]:
    return {"User-Agent": USER_AGENT, "Accept": "application/json", **settings.headers}


def _request_args(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None,
    body: Mapping[str, Any] | None,
    timeout: Timeout | None,
    max_retries: int | None,
    default_headers: Mapping[str, str],
    extra_headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    args: dict[str, Any] = {"method": method, "url": path}
    if params:
        args["params"] = dict(params)
    body_headers = None
    if body:
        # httpx's own arguments for the body (`_bodies.encode_body`) and its Content-Type,
        # which wins over `with_options(headers=...)` but not over this call's extra_headers.
        args.update({key: value for key, value in body.items() if key != "headers"})
        body_headers = body.get("headers")
    if timeout is not None:
        args["timeout"] = _timeout(timeout)
    layers = [layer for layer in (default_headers, body_headers, extra_headers) if layer]
    if layers:
        headers = httpx.Headers()  # case-insensitive: `content-type` replaces `Content-Type`
        for layer in layers:
            headers.update(layer)
        args["headers"] = headers
    if max_retries is not None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        args["extensions"] = {MAX_RETRIES_EXTENSION: max_retries}
    return args


def _connection_error(exc: httpx.TransportError, method: str, path: str) -> ApiConnectionError:
    kind = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return kind(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, method=method, url=path)


class SyncCore:
    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        setup_logging()
        self.settings = settings
        self.defaults = CallDefaults()
        self.limiter = LeakyBucket(settings.rate_limit) if settings.rate_limit else None
        self.policy = RetryPolicy(max_retries=settings.max_retries)
        inner = transport or httpx.HTTPTransport(verify=settings.verify)
        self.http = httpx.Client(
            base_url=settings.base_url,
            headers=_headers(settings),
            timeout=settings.timeout,
            auth=settings.auth,
            transport=RetryTransport(inner, self.policy, self.limiter),
        )
        self.low_level = Client(base_url=settings.base_url, raise_on_unexpected_status=True).set_httpx_client(self.http)

    def request(
        self,
        method: str,
        path: str,
        parse: Callable[[httpx.Response], T],
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[T]:
        call = self.defaults.merged(timeout, max_retries, None)
        args = _request_args(
            method,
            path,
            params=params,
            body=body,
            timeout=call.timeout,
            max_retries=call.max_retries,
            default_headers=call.headers,
            extra_headers=extra_headers,
        )
        try:
            response = self.http.request(**args)
        except httpx.TransportError as exc:
            logger.debug("%s %s failed: %s", method, path, type(exc).__name__)
            raise _connection_error(exc, method, path) from exc
        if response.is_error:
            raise error_from_response(response)
        return RawResponse(response, parse)

    def derive(self, defaults: CallDefaults) -> SyncCore:
        """The same connections, token and limiter with other per-call defaults."""
        derived = copy.copy(self)
        derived.defaults = defaults
        return derived

    def close(self) -> None:
        self.http.close()


class AsyncCore:
    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        setup_logging()
        self.settings = settings
        self.defaults = CallDefaults()
        self.limiter = LeakyBucket(settings.rate_limit) if settings.rate_limit else None
        self.policy = RetryPolicy(max_retries=settings.max_retries)
        inner = transport or httpx.AsyncHTTPTransport(verify=settings.verify)
        self.http = httpx.AsyncClient(
            base_url=settings.base_url,
            headers=_headers(settings),
            timeout=settings.timeout,
            auth=settings.auth,
            transport=AsyncRetryTransport(inner, self.policy, self.limiter),
        )
        self.low_level = Client(base_url=settings.base_url, raise_on_unexpected_status=True).set_async_httpx_client(
            self.http
        )

    async def request(
        self,
        method: str,
        path: str,
        parse: Callable[[httpx.Response], T],
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[T]:
        call = self.defaults.merged(timeout, max_retries, None)
        args = _request_args(
            method,
            path,
            params=params,
            body=body,
            timeout=call.timeout,
            max_retries=call.max_retries,
            default_headers=call.headers,
            extra_headers=extra_headers,
        )
        try:
            response = await self.http.request(**args)
        except httpx.TransportError as exc:
            logger.debug("%s %s failed: %s", method, path, type(exc).__name__)
            raise _connection_error(exc, method, path) from exc
        if response.is_error:
            raise error_from_response(response)
        return RawResponse(response, parse)

    def derive(self, defaults: CallDefaults) -> AsyncCore:
        """The same connections, token and limiter with other per-call defaults."""
        derived = copy.copy(self)
        derived.defaults = defaults
        return derived

    async def close(self) -> None:
        await self.http.aclose()
