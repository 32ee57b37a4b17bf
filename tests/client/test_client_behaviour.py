"""Client settings, error decoding, secrecy of the token, logging and timeouts."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from integrator_io_client import (
    SERVERS,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    IntegratorClient,
    RawResponse,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
)
from integrator_io_client.errors import error_from_response
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

CLIENT_TREE = Path(__file__).resolve().parents[2] / "generated" / "integrator-io-client"
SECRET = "s3cr3t-token-value"

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, **options: object) -> IntegratorClient:
    return IntegratorClient(
        SECRET,
        base_url="http://api.test",
        transport=httpx.MockTransport(handler),
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    for name in ("INTEGRATOR_API_TOKEN", "INTEGRATOR_BASE_URL", "INTEGRATOR_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield monkeypatch


def test_token_and_base_url_resolution(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="INTEGRATOR_API_TOKEN"):
        IntegratorClient()
    clean_env.setenv("INTEGRATOR_API_TOKEN", SECRET)
    with IntegratorClient() as client:
        assert client.base_url == SERVERS["us"] == "https://api.integrator.io"
        assert client.region == "us"
    with IntegratorClient(region="eu") as client:
        assert client.base_url == "https://api.eu.integrator.io"
        assert client.region == "eu"
    with pytest.raises(ValueError, match="known regions: eu, us"):
        IntegratorClient(region="mars")
    with pytest.raises(ValueError, match="not both"):
        IntegratorClient(region="eu", base_url="http://x")
    clean_env.setenv("INTEGRATOR_BASE_URL", "http://127.0.0.1:9/")
    with IntegratorClient() as client:
        assert client.base_url == "http://127.0.0.1:9"
        assert client.region is None


def test_requests_carry_token_and_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"_userId": "u", "scope": "*"})

    with make_client(handler, headers={"X-Team": "a"}) as client:
        client.token_info(extra_headers={"X-Trace": "1"})
    request = seen[0]
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.headers["User-Agent"].startswith("integrator-io-client/")
    assert request.headers["X-Team"] == "a" and request.headers["X-Trace"] == "1"


def test_token_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="integrator_io_client")
    statuses = iter([503, 401])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = {"message": f"Bearer Authentication Failed for {request.url.path}"}
        return httpx.Response(status, json=body, headers={"Retry-After": "0"})

    with make_client(handler) as client:
        texts = [repr(client), repr(client.low_level), repr(client.connectors)]
        with pytest.raises(AuthenticationError) as caught:
            client.token_info()
        texts += [str(caught.value), repr(caught.value)]
        texts += [str(client._core.settings), repr(client._core.http.auth)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("-> 503" in record.getMessage() for record in caplog.records)
    assert all(SECRET not in text for text in texts), texts


def test_debug_logging_from_the_environment() -> None:
    code = (
        "import httpx\n"
        "from integrator_io_client import IntegratorClient\n"
        "def h(r): return httpx.Response(200, json={'_userId': 'u', 'scope': '*'})\n"
        f"c = IntegratorClient({SECRET!r}, base_url='http://api.test', transport=httpx.MockTransport(h))\n"
        "c.token_info()\n"
    )
    env = {**os.environ, "INTEGRATOR_LOG": "debug", "PYTHONPATH": str(CLIENT_TREE)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert "GET http://api.test/v1/tokenInfo -> 200" in result.stderr
    assert SECRET not in result.stderr + result.stdout
    quiet = {**env, "INTEGRATOR_LOG": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], env=quiet, capture_output=True, text=True, check=True
    )
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("status", "body", "kind", "message", "code"),
    [
        (401, {"message": "Unauthorized"}, AuthenticationError, "Unauthorized", None),
        (
            422,
            {
                "errors": [
                    {
                        "code": "missing_required_field",
                        "message": "name is required.",
                        "field": "name",
                    }
                ]
            },
            UnprocessableEntityError,
            "name is required.",
            "missing_required_field",
        ),
        (
            502,
            {"errors": [{"code": 500, "message": "upstream failed", "source": "application"}]},
            ServerError,
            "upstream failed",
            500,
        ),
        (400, "<html>bad gateway</html>", BadRequestError, "<html>bad gateway</html>", None),
        (418, None, ApiError, "I'm a teapot", None),
    ],
)
def test_both_error_shapes_decode(
    status: int, body: object, kind: type[ApiError], message: str, code: object
) -> None:
    request = httpx.Request("GET", "http://api.test/v1/connectors/x?secret=no")
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode() if body else b""
    response = httpx.Response(
        status, content=content, request=request, headers={"x-request-id": "req-1"}
    )
    error = error_from_response(response)
    assert type(error) is kind
    assert error.status_code == status
    assert error.message == message
    assert error.code == code
    assert error.request_id == "req-1"
    assert error.headers["x-request-id"] == "req-1"
    assert "secret=no" not in str(error)  # the query string is left out of the message
    if code == 500:
        assert error.errors[0].source == "application"


def test_unexpected_success_shapes_and_204() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/connectors":
            return httpx.Response(204)
        return httpx.Response(204)

    with make_client(handler) as client:
        page = client.connectors.list()
        assert page.items == [] and not page.has_next_page() and list(page) == []
        assert list(client.integrations.list()) == []
        assert client.state.list_keys() == []
        assert client.connectors.delete("abc") is None
        raw = client.with_raw_response.connectors.list()
        assert isinstance(raw, RawResponse) and raw.status_code == 204 and raw.attempts == 1
        assert raw.parse().items == []


def test_path_parameters_are_encoded() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with make_client(handler) as client:
        client.connectors.licenses.delete("a/b?c", "..")
        with pytest.raises(ValueError):
            client.connectors.delete("")
    assert seen[0].url.raw_path == b"/v1/connectors/a%2Fb%3Fc/licenses/%2E%2E"


def _slow_app() -> Starlette:
    async def slow(request: Request) -> JSONResponse:
        await asyncio.sleep(1.0)
        return JSONResponse({"_userId": "u", "scope": "*"})

    return Starlette(routes=[Route("/v1/tokenInfo", slow)])


def test_timeouts_per_client_and_per_call(serve_app) -> None:  # type: ignore[no-untyped-def]
    with serve_app(_slow_app()) as url:
        with IntegratorClient(SECRET, base_url=url, timeout=0.2, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(ApiTimeoutError) as caught:
                client.token_info()
            assert time.monotonic() - started < 0.9
            assert SECRET not in str(caught.value)
            assert client.token_info(timeout=5).scope == "*"
        with (
            IntegratorClient(SECRET, base_url=url, max_retries=0) as client,
            pytest.raises(ApiTimeoutError),
        ):
            client.token_info(timeout=httpx.Timeout(0.2))


def test_a_body_that_does_not_match_the_spec_is_a_parse_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"scope": "*"})  # _userId is required

    with make_client(handler) as client:
        raw = client.with_raw_response.token_info()
        with pytest.raises(ResponseParseError) as caught:
            raw.parse()
    assert caught.value.status_code == 200
    assert "_userId" in str(caught.value) and SECRET not in str(caught.value)


def test_with_options_sets_per_call_defaults() -> None:
    seen: list[httpx.Request] = []
    statuses = iter([503, 503, 503, 200, 503, 503, 503])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"_userId": "u", "scope": "*"}
        return httpx.Response(next(statuses), json=body, headers={"Retry-After": "0"})

    with make_client(handler, max_retries=0) as client:
        patient = client.with_options(max_retries=3, headers={"X-Team": "b"})
        assert patient.token_info().scope == "*"
        assert len(seen) == 4 and seen[-1].headers["X-Team"] == "b"
        with pytest.raises(ServerError):
            client.token_info()  # the original keeps its own defaults
        assert len(seen) == 5 and "X-Team" not in seen[-1].headers
        with pytest.raises(ServerError):
            patient.token_info(max_retries=1)  # a call's own option still wins
        assert len(seen) == 7


def test_dates_round_trip_and_new_ones_use_the_api_format() -> None:
    from integrator_io_client.models import Connector

    for text in ("2024-05-01T12:00:00.120Z", "2024-05-01T12:00:00+00:00", "2024-05-01T14:00Z"):
        wire = {"name": "x", "lastModified": text}
        model = Connector.from_dict(dict(wire))
        assert isinstance(model.last_modified, datetime.datetime)
        assert model.to_dict() == wire  # what was read goes back byte for byte
    model.last_modified = datetime.datetime(2024, 5, 1, 12, 0, 0, 120000, tzinfo=datetime.UTC)
    assert model.to_dict()["lastModified"] == "2024-05-01T12:00:00.120Z"  # as the API writes
    model.last_modified = model.last_modified + datetime.timedelta(hours=1)
    assert model.to_dict()["lastModified"] == "2024-05-01T13:00:00.120Z"  # changed: re-formatted
    offset = datetime.timezone(datetime.timedelta(hours=2))
    model.last_modified = datetime.datetime(2024, 5, 1, 14, 0, tzinfo=offset)
    assert model.to_dict()["lastModified"] == "2024-05-01T14:00:00+02:00"
