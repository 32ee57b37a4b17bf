# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Raw access to the HTTP response behind a call (`client.with_raw_response...`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._retry import ATTEMPTS_EXTENSION
from .errors import ResponseParseError

T = TypeVar("T")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """The HTTP response of a successful call; `parse()` gives what the normal method returns."""

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed_seconds(self) -> float:
        return self.http_response.elapsed.total_seconds()

    @property
    def attempts(self) -> int:
        """How many times the request was sent (1 + retries)."""
        return int(self.http_response.extensions.get(ATTEMPTS_EXTENSION, 1))

    def json(self) -> object:
        return self.http_response.json()

    def parse(self) -> T:
        """The parsed body; raises ResponseParseError if it does not match the spec."""
        if self._parsed is _UNPARSED:
            try:
                self._parsed = self._parser(self.http_response)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ResponseParseError(self.http_response, exc) from exc
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url.path}>"
