"""The committed client package, imported from generated/integrator-io-client as the tests do.

The package is not installed into .venv (it is built and published on its own), so it is put
on sys.path here; mypy does not see it, hence the narrow Protocols below.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import httpx

CLIENT_TREE = Path(__file__).resolve().parent.parent / "generated" / "integrator-io-client"
PACKAGE = "integrator_io_client"


class Connectors(Protocol):
    def get(self, id: str) -> Any: ...


class Client(Protocol):
    """The part of IntegratorClient the benchmark calls."""

    @property
    def connectors(self) -> Connectors: ...

    def close(self) -> None: ...


def _module(name: str) -> ModuleType:
    if str(CLIENT_TREE) not in sys.path:
        sys.path.insert(0, str(CLIENT_TREE))
    return importlib.import_module(name)


def integrator_client(
    token: str, base_url: str, transport: httpx.BaseTransport | None = None
) -> Client:
    """IntegratorClient with its rate limiter off; retries stay on (nothing is retried on 200)."""
    factory = _module(PACKAGE).IntegratorClient
    client: Client = factory(token=token, base_url=base_url, rate_limit=False, transport=transport)
    return client


def list_connectors_parser() -> Callable[[httpx.Response], list[Any]]:
    """What `client.connectors.list()` turns a 200 response into its result with."""
    parser: Callable[[httpx.Response], list[Any]] = _module(
        f"{PACKAGE}.resources"
    )._parse_list_connectors
    return parser


def parse_like_the_client(
    parser: Callable[[httpx.Response], list[Any]],
) -> Callable[[httpx.Response], list[Any]]:
    """The client's exact path from a successful response to its result: RawResponse.parse()
    (the parser plus the wrapping of parse failures into ResponseParseError)."""
    raw_response = _module(f"{PACKAGE}._response").RawResponse

    def parse(response: httpx.Response) -> list[Any]:
        result: list[Any] = raw_response(response, parser).parse()
        return result

    return parse


def connector_model() -> type[Any]:
    model: type[Any] = _module(f"{PACKAGE}.models").Connector
    return model
