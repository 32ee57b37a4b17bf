"""Authentication, token info and account isolation."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from mock_support import OBJECT_ID, PRIMARY, create_connector, create_integration
from starlette.testclient import TestClient

from mock_api.seed import PRIMARY_TOKEN, PRIMARY_USER, SECONDARY_USER


def test_missing_header_is_unauthorized(anonymous: TestClient) -> None:
    response = anonymous.get("/v1/connectors")
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthorized"}
    assert response.headers["content-type"] == "application/json"


def test_unknown_token_fails_bearer_authentication(anonymous: TestClient) -> None:
    response = anonymous.get("/v1/integrations", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401
    assert response.json() == {"message": "Bearer Authentication Failed"}


def test_header_without_bearer_scheme_counts_as_bad_token(anonymous: TestClient) -> None:
    for value in (PRIMARY_TOKEN, f"Basic {PRIMARY_TOKEN}", "Bearer", ""):
        response = anonymous.get("/v1/tokenInfo", headers={"Authorization": value})
        assert response.status_code == 401, value
        assert response.json() == {"message": "Bearer Authentication Failed"}


def test_bearer_scheme_is_case_insensitive(anonymous: TestClient) -> None:
    response = anonymous.get("/v1/tokenInfo", headers={"Authorization": f"bEaReR {PRIMARY_TOKEN}"})
    assert response.status_code == 200


def test_auth_is_checked_before_the_body(anonymous: TestClient) -> None:
    response = anonymous.post("/v1/connectors", content=b"{broken")
    assert response.status_code == 401


def test_token_info_names_the_token_owner(api: TestClient, other: TestClient) -> None:
    mine = api.get("/v1/tokenInfo").json()
    theirs = other.get("/v1/tokenInfo").json()
    assert mine == {"_userId": PRIMARY_USER.id, "scope": "*"}
    assert theirs == {"_userId": SECONDARY_USER.id, "scope": "*"}
    assert OBJECT_ID.match(mine["_userId"])


def test_accounts_do_not_see_each_others_connectors(api: TestClient, other: TestClient) -> None:
    connector = create_connector(api)
    path = f"/v1/connectors/{connector['_id']}"
    assert other.get("/v1/connectors").status_code == 204
    for response in (
        other.get(path),
        other.put(path, json={"name": "stolen"}),
        other.delete(path),
        other.get(f"{path}/licenses"),
        other.get(f"{path}/installBase"),
        other.put(f"{path}/update", json={}),
        other.post(f"/v1/integrations/{connector['_id']}/install"),
    ):
        assert response.status_code == 404
        assert response.json() == {
            "errors": [{"code": "invalid_ref", "message": "Resource not found."}]
        }
    assert api.get(path).json()["name"] == "Shop Sync"


def test_accounts_do_not_see_each_others_integrations(api: TestClient, other: TestClient) -> None:
    integration = create_integration(api)
    path = f"/v1/integrations/{integration['_id']}"
    assert other.get("/v1/integrations").status_code == 204
    assert other.get(path).status_code == 404
    assert other.post(f"{path}/clone").status_code == 404
    assert other.delete(path).status_code == 404
    assert api.get(path, headers=PRIMARY).status_code == 200


def test_two_accounts_cannot_share_a_token() -> None:
    from mock_api.auth import Authenticator
    from mock_api.seed import Account

    with pytest.raises(ValueError, match="must not share"):
        Authenticator([Account("same", PRIMARY_USER), Account("same", SECONDARY_USER)])


def test_seed_tokens_come_from_the_environment() -> None:
    code = "import mock_api.seed as s; print(s.PRIMARY_TOKEN, s.SECONDARY_TOKEN)"
    env = {**os.environ, "MOCK_API_TOKEN": "one", "MOCK_SECOND_API_TOKEN": "two"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["one", "two"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOCK_")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["mock-primary-token", "mock-secondary-token"]
