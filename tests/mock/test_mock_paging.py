"""Paged lists (limit, skip, Link), projection, and list order, on every paged resource."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from mock_support import PRIMARY, make_client, only_error
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_api.documents import object_id
from mock_api.seed import PRIMARY_USER
from mock_api.storage import dumps

PAGED = ("connections", "exports", "imports", "flows", "iclients", "integrations", "connectors")


def seed(app: Starlette, table: str, count: int) -> list[str]:
    """Documents written straight into the store: paging is about reading them."""
    store = app.state.store
    ids = []
    with store.transaction():
        for number in range(count):
            doc_id = object_id()
            document = {"_id": doc_id, "name": f"{table} {number}", "type": "rest", "provider": "p"}
            if table == "connectors":
                store.insert_connector(PRIMARY_USER.id, doc_id, doc_id, dumps(document))
            else:
                store.insert(table, PRIMARY_USER.id, doc_id, dumps(document))
            ids.append(doc_id)
    return ids


def follow(api: TestClient, url: str) -> tuple[list[dict[str, Any]], list[httpx.Response]]:
    documents: list[dict[str, Any]] = []
    responses = []
    next_url: str | None = url
    while next_url is not None:
        response = api.get(next_url)
        assert response.status_code == 200
        responses.append(response)
        documents += response.json()
        next_url = response.links.get("next", {}).get("url")
    return documents, responses


@pytest.mark.parametrize("table", ["flows", "exports", "iclients"])
def test_following_next_serves_every_record_once_in_creation_order(
    app: Starlette, api: TestClient, table: str
) -> None:
    ids = seed(app, table, 2500)
    documents, responses = follow(api, f"/v1/{table}")
    assert [d["_id"] for d in documents] == ids
    assert [len(r.json()) for r in responses] == [1000, 1000, 500]
    first, second, last = (r.links for r in responses)
    assert first["next"]["url"] == f"http://testserver/v1/{table}?skip=1000&limit=1000"
    assert "prev" not in first
    assert second["prev"]["url"] == f"http://testserver/v1/{table}?skip=0&limit=1000"
    assert second["next"]["url"] == f"http://testserver/v1/{table}?skip=2000&limit=1000"
    assert "next" not in last and last["prev"]["url"].endswith("skip=1000&limit=1000")


def test_limit_and_skip(app: Starlette, api: TestClient) -> None:
    ids = seed(app, "flows", 7)
    page = api.get("/v1/flows", params={"limit": 3, "skip": 2})
    assert [d["_id"] for d in page.json()] == ids[2:5]
    assert page.links["next"]["url"] == "http://testserver/v1/flows?limit=3&skip=5"
    assert page.links["prev"]["url"] == "http://testserver/v1/flows?limit=3&skip=0"
    documents, _ = follow(api, "/v1/flows?limit=3")
    assert [d["_id"] for d in documents] == ids
    assert api.get("/v1/flows", params={"skip": 7}).status_code == 204
    assert api.get("/v1/flows", params={"skip": 10**30}).status_code == 204
    for bad in ({"limit": 0}, {"limit": 1001}, {"skip": -1}, {"limit": "ten"}):
        response = api.get("/v1/flows", params=bad)
        assert response.status_code == 400, bad
        assert only_error(response)["code"] == "invalid_query_params"


def test_links_keep_the_query_and_the_base_url(app: Starlette) -> None:
    seed(app, "exports", 3)
    with make_client(app, PRIMARY) as api:
        api.base_url = "http://mock.example:8080"  # type: ignore[assignment]
        response = api.get("/v1/exports", params={"limit": 1, "include": "type"})
    assert response.links["next"]["url"] == (
        "http://mock.example:8080/v1/exports?limit=1&include=type&skip=1"
    )


@pytest.mark.parametrize("table", PAGED)
def test_every_list_pages(app: Starlette, api: TestClient, table: str) -> None:
    seed(app, table, 3)
    response = api.get(f"/v1/{table}", params={"limit": 2})
    assert len(response.json()) == 2 and "next" in response.links


def test_projection(app: Starlette, api: TestClient) -> None:
    api.post(
        "/v1/connections",
        json={"type": "rest", "name": "c", "rest": {"baseURI": "u", "mediaType": "json"}},
    )
    included = api.get("/v1/connections", params={"include": "rest.baseURI"}).json()[0]
    assert set(included) == {"_id", "name", "type", "rest"} and included["rest"] == {"baseURI": "u"}
    excluded = api.get("/v1/connections", params={"exclude": "rest,type,_id"}).json()[0]
    assert "rest" not in excluded and excluded["type"] == "rest" and "_id" in excluded
    both = api.get("/v1/connections", params={"include": "name", "exclude": "type"})
    assert both.status_code == 400
    assert only_error(both)["code"] == "invalid_query_params"
    assert api.get("/v1/connections", params={"include": "rest-baseURI"}).status_code == 400
    # get-by-id ignores projection
    one = api.get(f"/v1/connections/{included['_id']}", params={"include": "name"}).json()
    assert "rest" in one and "createdAt" in one


def test_pages_read_after_a_change_still_follow_skip(app: Starlette, api: TestClient) -> None:
    """A page that starts where the last one ended is read from that `_id` on; an insert or
    delete in between moves rows, and `skip` keeps its meaning (the offset)."""
    ids = seed(app, "flows", 5)
    first = api.get("/v1/flows", params={"limit": 2})
    assert [d["_id"] for d in first.json()] == ids[:2]
    api.delete(f"/v1/flows/{ids[0]}")
    second = api.get(first.links["next"]["url"])
    assert [d["_id"] for d in second.json()] == ids[3:5]  # skip=2 of what is there now
    third = api.get("/v1/flows", params={"limit": 2, "skip": 2})
    assert third.json() == second.json()
    added = api.post("/v1/flows", json={"name": "new"}).json()
    last = api.get("/v1/flows", params={"limit": 2, "skip": 4}).json()
    assert [d["_id"] for d in last] == [added["_id"]]
