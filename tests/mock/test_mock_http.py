"""Bad input at the HTTP level, the handler table, and error content types."""

from __future__ import annotations

import httpx
import pytest
from mock_support import PRIMARY, create_connector, create_integration, only_error
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_api.app import create_app
from mock_api.dispatch import MAX_BODY_BYTES
from mock_api.handlers import HANDLERS
from mock_api.spec import load_spec, operations

JSON = {"content-type": "application/json"}


def test_every_operation_has_a_handler(app: Starlette) -> None:
    spec_ids = {op.operation_id for op in operations(load_spec())}
    assert len(spec_ids) == 84
    assert app.state.dispatcher.missing_handlers == []
    assert set(HANDLERS) == spec_ids  # and no handler for an operation the spec lacks


def test_an_operation_without_handler_answers_501(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(HANDLERS, "getTokenInfo")
    app = create_app(rate_limit=False)
    assert "getTokenInfo" in app.state.dispatcher.missing_handlers
    response = TestClient(app).get("/v1/tokenInfo", headers=PRIMARY)
    assert response.status_code == 501
    assert only_error(response)["code"] == "not_implemented"
    assert response.headers["content-type"] == "application/json"


def test_malformed_json_is_400(api: TestClient) -> None:
    for raw in (b"{", b'{"name": "x",}', b"\xff\xfe", b'{"name": NaN}', b"[" * 100_000, b" \n"):
        response = api.post("/v1/connectors", content=raw, headers=JSON)
        assert response.status_code == 400, raw[:20]
        assert only_error(response) == {
            "code": "malformed_json",
            "message": "The request body is not valid JSON.",
        }
    assert api.get("/v1/connectors").status_code == 204


def test_white_space_is_not_a_missing_optional_body(api: TestClient) -> None:
    # Found by schemathesis: a clone (whose body is optional) accepted " " as no body.
    integration = api.post("/v1/integrations", json={"name": "source"}).json()
    path = f"/v1/integrations/{integration['_id']}/clone"
    response = api.post(path, content=b" ", headers=JSON)
    assert response.status_code == 400
    assert only_error(response)["code"] == "malformed_json"
    assert api.post(path, content=b"", headers=JSON).status_code == 201


def test_a_malformed_body_is_400_even_where_no_body_is_taken(api: TestClient) -> None:
    created = api.post("/v1/connectors", json={"name": "kept"}, headers=PRIMARY).json()
    path = f"/v1/connectors/{created['_id']}"
    for method in ("GET", "DELETE"):
        response = api.request(method, path, content=b'{"name": "unterminated', headers=JSON)
        assert response.status_code == 400, method
        assert only_error(response)["code"] == "malformed_json"
    # Well-formed JSON, or a body that does not claim to be JSON, is ignored as before.
    assert api.request("GET", path, content=b'{"x": 1}', headers=JSON).status_code == 200
    assert (
        api.request("GET", path, content=b"{", headers={"content-type": "text/plain"}).status_code
        == 200
    )
    # Where the operation documents no 400 the body is not looked at: no undocumented status.
    assert api.request("GET", "/v1/tokenInfo", content=b"{", headers=JSON).status_code == 200
    assert api.get(path).json()["name"] == "kept"


def test_wrong_content_type_is_415(api: TestClient) -> None:
    response = api.post(
        "/v1/connectors", content=b'{"name": "x"}', headers={"content-type": "text/plain"}
    )
    assert response.status_code == 415
    assert only_error(response)["code"] == "unsupported_media_type"
    assert response.headers["content-type"] == "application/json"
    assert api.post("/v1/connectors", content=b'{"name": "x"}').status_code == 415


def test_json_content_type_with_parameters_is_accepted(api: TestClient) -> None:
    response = api.post(
        "/v1/connectors",
        content=b'{"name": "x"}',
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 201


def test_body_over_one_mebibyte_is_413(api: TestClient) -> None:
    big = b'{"name": "' + b"x" * MAX_BODY_BYTES + b'"}'
    response = api.post("/v1/connectors", content=big, headers=JSON)
    assert response.status_code == 413
    assert only_error(response)["code"] == "payload_too_large"

    def chunks() -> object:
        yield b'{"name": "'
        for _ in range(20):
            yield b"x" * 65536
        yield b'"}'

    streamed = api.post("/v1/connectors", content=chunks(), headers=JSON)  # type: ignore[arg-type]
    assert streamed.status_code == 413
    assert api.get("/v1/connectors").status_code == 204


def test_body_just_under_the_limit_is_accepted(api: TestClient) -> None:
    body = b'{"name": "' + b"x" * (MAX_BODY_BYTES - 20) + b'"}'
    assert api.post("/v1/connectors", content=body, headers=JSON).status_code == 201


def test_unknown_route_is_404_in_the_envelope(api: TestClient, anonymous: TestClient) -> None:
    for path in ("/", "/v1/nothing", "/v1/connectors/a/b/c/d", "/v1/connectors/", "/v1/x%0Ay"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert only_error(response)["code"] == "invalid_ref"
        assert response.headers["content-type"] == "application/json"


def test_wrong_method_is_405_with_allow(api: TestClient) -> None:
    response = api.patch("/v1/connectors")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert only_error(response)["code"] == "method_not_allowed"
    item = api.request("OPTIONS", "/v1/integrations/abc/install")
    assert item.status_code == 405 and item.headers["allow"] == "DELETE, POST"


def test_missing_required_body_is_422(api: TestClient) -> None:
    response = api.post("/v1/connectors")
    assert response.status_code == 422
    assert only_error(response)["code"] == "missing_required_field"


def test_body_of_the_wrong_type_is_rejected(api: TestClient) -> None:
    response = api.post("/v1/connectors", json=["name"])
    assert response.status_code == 422
    assert only_error(response)["code"] == "invalid_field"
    assert "field" not in only_error(response)


def test_operations_that_document_only_400_reject_invalid_bodies_with_400(
    api: TestClient,
) -> None:
    integration = create_integration(api)
    response = api.post(f"/v1/integrations/{integration['_id']}/clone", json=[1])
    assert response.status_code == 400
    connector = create_connector(api)
    bad_ids = api.put(f"/v1/connectors/{connector['_id']}/update", json={"_integrationIds": 3})
    assert bad_ids.status_code == 400
    assert only_error(bad_ids)["field"] == "_integrationIds"


def test_nested_validation_errors_name_the_field(api: TestClient) -> None:
    response = api.post("/v1/integrations", json={"name": "x", "install": [{"completed": 1}]})
    assert response.status_code == 422
    fields = {(item["code"], item["field"]) for item in response.json()["errors"]}
    assert fields == {
        ("missing_required_field", "install.0.name"),
        ("invalid_field", "install.0.completed"),
    }


def test_bodies_of_get_requests_are_ignored(api: TestClient) -> None:
    # An operation that documents no 400: what it does not read cannot be malformed for it.
    response = api.request("GET", "/v1/tokenInfo", content=b"{not json", headers=JSON)
    assert response.status_code == 200


def test_unexpected_errors_are_500_in_the_envelope(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(call: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setitem(HANDLERS, "getTokenInfo", boom)
    app = create_app(rate_limit=False)
    response = TestClient(app).get("/v1/tokenInfo", headers=PRIMARY)
    assert response.status_code == 500
    assert only_error(response)["code"] == "internal_error"


def test_served_under_a_root_path() -> None:
    app = create_app(rate_limit=False)
    client = TestClient(app, root_path="/api")
    response = client.get("/api/v1/tokenInfo", headers=PRIMARY)
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/v1/connectors", "/v1/integrations"])
def test_lists_are_json_arrays_of_stored_documents(api: TestClient, path: str) -> None:
    created = api.post(path, json={"name": "n"}).json()
    response = api.get(path)
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    assert httpx.Response(200, content=response.content).json() == [created]


def test_object_id_references_must_be_24_hex_digits(api: TestClient) -> None:
    response = api.post("/v1/connectors", json={"name": "x", "_integrationId": "abc"})
    assert response.status_code == 422
    assert (only_error(response)["code"], only_error(response)["field"]) == (
        "invalid_field",
        "_integrationId",
    )
    steps = [{"name": "s", "_connectionId": "0123456789ABCDEF01234567"}]
    nested = api.post("/v1/integrations", json={"name": "x", "install": steps})
    assert nested.status_code == 422
    assert only_error(nested)["field"] == "install.0._connectionId"
    ok = api.post("/v1/connectors", json={"name": "x", "_stackId": "0123456789abcdef01234567"})
    assert ok.status_code == 201


def test_added_middleware_wraps_every_response() -> None:
    from starlette.middleware.base import BaseHTTPMiddleware
    from starlette.requests import Request
    from starlette.responses import Response

    async def stamp(request: Request, call_next: object) -> Response:
        response: Response = await call_next(request)  # type: ignore[operator]
        response.headers["x-wrapped"] = "yes"
        return response

    app = create_app(rate_limit=False)
    app.add_middleware(BaseHTTPMiddleware, dispatch=stamp)
    with TestClient(app) as client:  # runs the lifespan too
        assert client.get("/v1/tokenInfo", headers=PRIMARY).headers["x-wrapped"] == "yes"
        assert client.get("/nowhere").headers["x-wrapped"] == "yes"


def test_malformed_then_unknown_then_invalid(api: TestClient) -> None:
    """The body is parsed first (400), then the resource the path names is looked up (404),
    then the body is checked (422)."""
    unknown = "/v1/connections/0123456789abcdef01234567"
    assert api.put(unknown, content=b"{", headers=JSON).status_code == 400
    assert api.put(unknown, json={"name": "no type"}).status_code == 404
    known = api.post("/v1/connections", json={"type": "rest"}).json()["_id"]
    response = api.put(f"/v1/connections/{known}", json={"name": "no type"})
    assert response.status_code == 422 and only_error(response)["field"] == "type"
    license_path = (
        f"/v1/connectors/{create_connector(api)['_id']}/licenses/0123456789abcdef01234567"
    )
    assert api.put(license_path, json={"expires": 1}).status_code == 404
