"""The committed client package in generated/integrator-io-client.

`make` installs it into .venv (editable); it is also put on sys.path here so that the
benchmark measures the committed tree even in an environment without it. mypy does not
check against the generated package, hence the narrow Protocols below.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import httpx

CLIENT_TREE = Path(__file__).resolve().parent.parent / "generated" / "integrator-io-client"
PACKAGE = "integrator_io_client"


class Connectors(Protocol):
    def get(self, id: str) -> Any: ...


class Page(Protocol):
    """SyncPage: iterating yields every record of every page."""

    def __iter__(self) -> Iterator[Any]: ...

    def iter_pages(self) -> Iterator[Any]: ...


class Flows(Protocol):
    def list(self) -> Page: ...


class Client(Protocol):
    """The part of IntegratorClient the benchmark calls."""

    @property
    def connectors(self) -> Connectors: ...

    @property
    def flows(self) -> Flows: ...

    def close(self) -> None: ...


def _module(name: str) -> ModuleType:
    if str(CLIENT_TREE) not in sys.path:
        sys.path.insert(0, str(CLIENT_TREE))
    return importlib.import_module(name)


def integrator_client(
    token: str,
    base_url: str,
    transport: httpx.BaseTransport | None = None,
    *,
    rate_limit: bool = False,
) -> Client:
    """IntegratorClient, by default with its rate limiter off; retries stay on (nothing is
    retried on 200). With rate_limit=True, the documented budget (not the environment's)."""
    package = _module(PACKAGE)
    limit = (package.RateLimit.documented() or False) if rate_limit else False
    client: Client = package.IntegratorClient(
        token=token, base_url=base_url, rate_limit=limit, transport=transport
    )
    return client


def list_connectors_parser() -> Callable[[httpx.Response], list[Any]]:
    """What `client.connectors.list()` turns a 200 response into its result with."""
    parser: Callable[[httpx.Response], list[Any]] = _module(
        f"{PACKAGE}.resources.connectors"
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


def use_every_record(models: list[Any]) -> None:
    """Read one field of every model of a list: a model from a response is decoded in full,
    nested models included, on the first read of any of its fields, so after this the list
    is what `from_dict` would have built (bench/client_decode.py checks that)."""
    for model in models:
        model.additional_properties  # noqa: B018
