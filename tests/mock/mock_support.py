"""Helpers for the mock's tests: spec-checking clients, constants and small factories.

(Not in conftest.py: tests/spec has a conftest module too, so `from conftest import`
would be ambiguous.)
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
from starlette.applications import Starlette

with warnings.catch_warnings():
    # Starlette 1.x nudges towards httpx2; the httpx-based TestClient works the same here.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from mock_api.routing import Router
from mock_api.seed import PRIMARY_TOKEN, SECONDARY_TOKEN
from mock_api.spec import DEFAULT_SPEC_PATH, load_spec, operations, resolve

OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
TRANSPORT_STATUSES = frozenset({"413", "415"})
PRIMARY = {"Authorization": f"Bearer {PRIMARY_TOKEN}"}
SECONDARY = {"Authorization": f"Bearer {SECONDARY_TOKEN}"}


class SpecConformance:
    """Checks a response against the operation's documented statuses and body schema."""

    def __init__(self, spec_path: Path) -> None:
        document = load_spec(spec_path)
        entries = []
        for op in operations(document):
            raw = document["paths"][op.path][op.method.lower()]
            responses = resolve(document, raw["responses"])
            entries.append((op.path, op.method, responses))
        self.router: Router[dict[str, Any]] = Router(entries)
        self._validators: dict[int, Any] = {}

    def check(self, response: httpx.Response) -> None:
        response.read()
        raw_path = response.request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        found = self.router.match(raw_path, response.request.method)
        if found is None:
            assert response.status_code == 404
            return
        route, _ = found
        responses = route.by_method.get(response.request.method)
        if responses is None:
            assert response.status_code == 405
            return
        status = str(response.status_code)
        if status in TRANSPORT_STATUSES:
            # Issue 4 asks for these on any body; the spec documents no operation's 413/415.
            assert set(response.json()) == {"errors"}
            return
        assert status in responses, f"undocumented {status} for {response.request.url.path}"
        content = responses[status].get("content")
        if not content:
            assert response.content == b"", "a response documented without content has a body"
            return
        media_type = response.headers["content-type"].split(";")[0].strip()
        assert media_type in content, f"{media_type} is not documented: {sorted(content)}"
        schema = content[media_type].get("schema", {})
        if media_type == "text/plain":
            body: Any = response.text
        else:
            assert response.headers["content-type"] == "application/json"
            body = response.json()
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = jsonschema_rs.Draft202012Validator(
                schema, validate_formats=True, ignore_unknown_formats=True
            )
            self._validators[id(schema)] = validator
        errors = [error.message for error in validator.iter_errors(body)]
        assert not errors, f"{response.request.method} {response.request.url.path}: {errors}"


CONFORMANCE = SpecConformance(DEFAULT_SPEC_PATH)


def make_client(app: Starlette, headers: dict[str, str] | None = None) -> TestClient:
    client = TestClient(app, headers=headers or {})
    client.event_hooks["response"] = [CONFORMANCE.check]
    return client


def error_codes(response: httpx.Response) -> list[Any]:
    return [item.get("code") for item in response.json()["errors"]]


def only_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"errors"}
    assert len(body["errors"]) == 1, body
    item: dict[str, Any] = body["errors"][0]
    return item


def create_connector(api: TestClient, **fields: Any) -> dict[str, Any]:
    response = api.post("/v1/connectors", json={"name": "Shop Sync", **fields})
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()
    return document


def create_integration(api: TestClient, **fields: Any) -> dict[str, Any]:
    response = api.post("/v1/integrations", json={"name": "Orders", **fields})
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()
    return document


def installable_connector(api: TestClient, **fields: Any) -> dict[str, Any]:
    """A connector tied to an existing integration and with an installer function."""
    base = create_integration(api, name="Connector base")
    return create_connector(
        api,
        _integrationId=base["_id"],
        installerFunction="installShop",
        uninstallerFunction="uninstallShop",
        **fields,
    )


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


class Clock:
    """A clock the test moves: epoch seconds, for create_app(clock=...)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def create(api: TestClient, path: str, **fields: Any) -> dict[str, Any]:
    """POST a document that must be created; the answer."""
    response = api.post(path, json=fields)
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()
    return document


def create_connection(api: TestClient, **fields: Any) -> dict[str, Any]:
    return create(api, "/v1/connections", **{"type": "rest", "name": "Shop API", **fields})


def create_export(api: TestClient, **fields: Any) -> dict[str, Any]:
    return create(api, "/v1/exports", **{"name": "Orders", **fields})


def create_import(api: TestClient, **fields: Any) -> dict[str, Any]:
    return create(api, "/v1/imports", **{"name": "Orders into ERP", **fields})


def create_flow(api: TestClient, **fields: Any) -> dict[str, Any]:
    return create(api, "/v1/flows", **{"name": "Sync orders", **fields})
