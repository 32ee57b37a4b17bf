"""Concurrent writers over real HTTP (uvicorn), then a restart over the same database file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from loopback import serve
from mock_support import PRIMARY, SECONDARY

from mock_api.app import create_app

PER_WRITER = 1000


@contextmanager
def serving(db_path: str) -> Iterator[str]:
    """The mock on a file database over real HTTP; the store is closed afterwards so the
    next server can open the same file."""
    app = create_app(db_path=db_path, rate_limit=False)
    try:
        with serve(app) as url:
            yield url
    finally:
        app.state.store.close()


def write_many(
    base_url: str, headers: dict[str, str], path: str, prefix: str, failures: list[str]
) -> None:
    with httpx.Client(base_url=base_url, headers=headers) as client:
        for number in range(PER_WRITER):
            response = client.post(path, json={"name": f"{prefix} {number}"})
            if response.status_code != 201:
                failures.append(f"{prefix} {number}: {response.status_code} {response.text}")


def listed(
    base_url: str, headers: dict[str, str], path: str
) -> tuple[list[dict[str, object]], int]:
    """Every document, following `Link: rel="next"` from the first page; and the pages."""
    documents: list[dict[str, object]] = []
    url: str | None = f"{base_url}{path}"
    pages = 0
    while url is not None:
        response = httpx.get(url, headers=headers)
        assert response.status_code == 200
        documents += response.json()
        pages += 1
        url = response.links.get("next", {}).get("url")
    return documents, pages


@pytest.mark.parametrize("path", ["/v1/flows", "/v1/connectors"])
def test_two_concurrent_writers_then_a_restart(tmp_path: Path, path: str) -> None:
    db_path = str(tmp_path / "integrator.db")
    failures: list[str] = []
    with serving(db_path) as base_url:
        writers = [
            threading.Thread(
                target=write_many, args=(base_url, PRIMARY, path, f"writer-{name}", failures)
            )
            for name in ("a", "b")
        ]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join(120)
        assert failures == []
        before, pages = listed(base_url, PRIMARY, path)
        assert pages == 2  # 1,000 a page
        assert httpx.get(f"{base_url}{path}", headers=SECONDARY).status_code == 204

    assert len(before) == 2 * PER_WRITER
    assert len({doc["_id"] for doc in before}) == 2 * PER_WRITER
    assert [doc["_id"] for doc in before] == sorted(doc["_id"] for doc in before)
    if path == "/v1/connectors":
        assert len({doc["handle"] for doc in before}) == 2 * PER_WRITER
    names = {doc["name"] for doc in before}
    assert {f"writer-a {n}" for n in range(PER_WRITER)} <= names
    assert {f"writer-b {n}" for n in range(PER_WRITER)} <= names

    with serving(db_path) as base_url:
        after, _ = listed(base_url, PRIMARY, path)
    assert after == before
