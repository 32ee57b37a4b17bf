"""Lists that page themselves, against servers that page: a small Starlette app that pages
the way the vendor documents (and can fail a page on purpose), and the real mock."""

from __future__ import annotations

import asyncio
import datetime
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest
from integrator_io_client import (
    AsyncIntegratorClient,
    AsyncPage,
    IntegratorClient,
    NoNextPageError,
    RateLimit,
    SyncPage,
)
from integrator_io_client.models import Connector, Flow, Job, JobStatus
from integrator_io_client.types import UNSET
from loopback import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "paging-test-token"
FLOWS = 25
JOBS_PAGE = 1001  # the vendor's page size for jobs
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    at: float
    host: str


@dataclass
class PagingServer:
    """Flows paged by `limit` / `skip` with a `Link` header, jobs paged by `createdAt_lte`.

    `failures[skip]` lists statuses to answer, one per request, before the real page;
    `link_host` writes the Link header's URLs with another host (a proxy, say)."""

    url: str = ""
    flows: int = FLOWS
    jobs: int = 2500
    seen: list[Seen] = field(default_factory=list)
    failures: dict[int, list[int]] = field(default_factory=dict)
    link_host: str | None = None

    def reset(self, *, flows: int = FLOWS, jobs: int = 2500) -> None:
        self.flows, self.jobs = flows, jobs
        self.seen.clear()
        self.failures.clear()
        self.link_host = None

    def requests(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]

    def app(self) -> Starlette:
        return Starlette(
            routes=[Route("/v1/flows", self.list_flows), Route("/v1/jobs", self.list_jobs)]
        )

    def _record(self, request: Request) -> dict[str, str]:
        query = dict(request.query_params)
        host = request.headers.get("host", "")
        self.seen.append(Seen(request.url.path, query, time.monotonic(), host))
        return query

    async def list_flows(self, request: Request) -> Response:
        query = self._record(request)
        skip, limit = int(query.get("skip", 0)), int(query.get("limit", 1000))
        pending = self.failures.get(skip)
        if pending:
            status = pending.pop(0)
            body = {"errors": [{"code": "flaky", "message": "try again"}]}
            return JSONResponse(body, status_code=status, headers={"Retry-After": "0"})
        records = [flow(i) for i in range(skip, min(skip + limit, self.flows))]
        if not records:
            return Response(status_code=204)
        links = []
        base = f"http://{self.link_host}" if self.link_host else str(request.base_url).rstrip("/")
        if skip + limit < self.flows:
            links.append(self._link(base, query, skip + limit, limit, "next"))
        if skip > 0:
            links.append(self._link(base, query, max(0, skip - limit), limit, "prev"))
        headers = {"Link": ", ".join(links)} if links else {}
        return JSONResponse(records, headers=headers)

    @staticmethod
    def _link(base: str, query: dict[str, str], skip: int, limit: int, rel: str) -> str:
        params = {**query, "skip": str(skip), "limit": str(limit)}
        return f'<{base}/v1/flows?{urlencode(params)}>; rel="{rel}"'

    async def list_jobs(self, request: Request) -> Response:
        query = self._record(request)
        if "_flowId" not in query:
            body = {"errors": [{"code": "invalid_query", "message": "a filter is needed"}]}
            return JSONResponse(body, status_code=400)
        records = [job(i) for i in range(self.jobs)]  # newest first
        if "createdAt_lte" in query:
            bound = datetime.datetime.fromisoformat(query["createdAt_lte"])
            records = [r for r in records if created(r) <= bound]
        page = records[:JOBS_PAGE]
        if not page:
            return Response(status_code=204)
        if "include" in query:
            keep = {"_id", *query["include"].split(",")}
            page = [{k: v for k, v in r.items() if k in keep} for r in page]
        return JSONResponse(page)


def flow(index: int) -> dict[str, Any]:
    return {"_id": f"{index:024x}", "name": f"Flow {index}", "disabled": index % 2 == 0}


def job(index: int) -> dict[str, Any]:
    # Newest first, one second apart, with milliseconds as the API writes them.
    when = EPOCH - datetime.timedelta(seconds=index, milliseconds=index % 1000)
    return {
        "_id": f"{index:024x}",
        "type": "flow",
        "status": "completed",
        "_flowId": "f" * 24,
        "createdAt": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }


def created(record: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(record["createdAt"])


@pytest.fixture(scope="module")
def paging_server() -> Iterator[PagingServer]:
    server = PagingServer()
    with serve(server.app()) as url:
        server.url = url
        yield server


@pytest.fixture
def server(paging_server: PagingServer) -> PagingServer:
    paging_server.reset()
    return paging_server


def client_for(server: PagingServer, **options: Any) -> IntegratorClient:
    options.setdefault("rate_limit", False)
    return IntegratorClient(TOKEN, base_url=server.url, **options)


def test_every_item_once_in_order_and_pages_fetched_only_when_needed(
    server: PagingServer,
) -> None:
    with client_for(server) as client:
        page = client.flows.list(limit=10)
        assert isinstance(page, SyncPage)
        assert [f.name for f in page.items] == [f"Flow {i}" for i in range(10)]
        assert len(server.seen) == 1
        items = iter(page)
        first_page = [next(items) for _ in range(10)]
        assert len(server.seen) == 1  # the first page's items need no request
        eleventh = next(items)
        assert len(server.seen) == 2 and eleventh.name == "Flow 10"
        rest = list(items)
        assert len(server.seen) == 3
    ids = [f.id for f in [*first_page, eleventh, *rest]]
    assert ids == [f"{i:024x}" for i in range(FLOWS)]
    assert all(isinstance(f, Flow) for f in rest)
    assert [s.query.get("skip", "0") for s in server.seen] == ["0", "10", "20"]


def test_page_by_page(server: PagingServer) -> None:
    with client_for(server) as client:
        first = client.flows.list(limit=10)
        assert first.has_next_page()
        second = first.next_page()
        assert [f.name for f in second.items][:2] == ["Flow 10", "Flow 11"]
        third = second.next_page()
        assert len(third.items) == 5 and not third.has_next_page()
        with pytest.raises(NoNextPageError):
            third.next_page()
        sizes = [len(p.items) for p in client.flows.list(limit=10).iter_pages()]
    assert sizes == [10, 10, 5]
    assert repr(first) == "<SyncPage of 10 Flow records, more pages>"
    assert repr(third) == "<SyncPage of 5 Flow records>"


def test_options_and_filters_go_with_every_page(server: PagingServer) -> None:
    with client_for(server) as client:
        flows = list(client.flows.list(limit=10, include=["name", "disabled"]))
        assert len(flows) == FLOWS
        assert [s.query["include"] for s in server.seen] == ["name,disabled"] * 3
        assert [s.query["limit"] for s in server.seen] == ["10"] * 3
        server.seen.clear()
        list(client.flows.list(limit=10, exclude="disabled", extra_headers={"X-Trace": "t1"}))
        assert [s.query["exclude"] for s in server.seen] == ["disabled"] * 3


def test_an_empty_list_is_an_empty_page(server: PagingServer) -> None:
    server.reset(flows=0)
    with client_for(server) as client:
        page = client.flows.list()
        assert page.items == [] and not page.has_next_page() and list(page) == []
        raw = client.with_raw_response.flows.list()
        assert raw.status_code == 204 and raw.parse().items == []


def test_the_token_never_follows_a_link_to_another_host(server: PagingServer) -> None:
    server.link_host = "elsewhere.invalid:8443"
    with client_for(server) as client:
        names = [f.name for f in client.flows.list(limit=10)]
    assert len(names) == FLOWS
    # Every page was asked of the client's own server, with the link's query.
    assert {s.host for s in server.seen} == {server.url.removeprefix("http://")}
    assert [s.query["skip"] for s in server.seen[1:]] == ["10", "20"]


def test_retries_apply_to_every_page(server: PagingServer) -> None:
    server.failures = {10: [503], 20: [429, 502]}
    with client_for(server, max_retries=2) as client:
        ids = [f.id for f in client.flows.list(limit=10)]
    assert ids == [f"{i:024x}" for i in range(FLOWS)]
    assert [s.query.get("skip", "0") for s in server.seen] == ["0", "10", "10", "20", "20", "20"]


def test_the_limiter_applies_to_every_page(server: PagingServer) -> None:
    # One request at once, then one every 100 ms: three pages take at least 200 ms, spaced.
    limit = RateLimit(capacity=1, per_second=10, headroom=0)
    with client_for(server, rate_limit=limit) as client:
        assert len(list(client.flows.list(limit=10))) == FLOWS
    stamps = [s.at for s in server.seen]
    assert len(stamps) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(stamps)]
    assert all(gap >= 0.08 for gap in gaps), gaps


def test_raw_response_of_a_page(server: PagingServer) -> None:
    with client_for(server) as client:
        raw = client.with_raw_response.flows.list(limit=10)
        assert raw.status_code == 200
        assert 'rel="next"' in raw.headers["link"]
        page = raw.parse()
        assert isinstance(page, SyncPage) and len(list(page)) == FLOWS


def test_async_pages(server: PagingServer) -> None:
    async def scenario() -> None:
        async with AsyncIntegratorClient(TOKEN, base_url=server.url, rate_limit=False) as client:
            names = [f.name async for f in client.flows.list(limit=10)]
            assert names == [f"Flow {i}" for i in range(FLOWS)]
            assert len(server.seen) == 3
            server.seen.clear()
            first = await client.flows.list(limit=10)
            assert isinstance(first, AsyncPage) and len(server.seen) == 1
            sizes = [len(p.items) async for p in first.iter_pages()]
            assert sizes == [10, 10, 5] and len(server.seen) == 3
            second = await first.next_page()
            assert second.items[0].name == "Flow 10"
            raw = await client.with_raw_response.flows.list(limit=10)
            assert raw.status_code == 200 and len(raw.parse().items) == 10
            # Lazily: iterating the first page's items asks for nothing more.
            server.seen.clear()
            iterator = client.flows.list(limit=10).__aiter__()
            for _ in range(10):
                await iterator.__anext__()
            assert len(server.seen) == 1
            await iterator.__anext__()
            assert len(server.seen) == 2

    asyncio.run(scenario())


def test_jobs_page_by_created_at(server: PagingServer) -> None:
    with client_for(server) as client:
        page = client.jobs.list(flow_id="f" * 24, status=JobStatus.COMPLETED)
        assert len(page.items) == JOBS_PAGE and page.has_next_page()
        assert len(server.seen) == 1
        jobs = list(page)
    assert [j.id for j in jobs] == [f"{i:024x}" for i in range(2500)]
    assert all(isinstance(j, Job) for j in jobs)
    requests = server.requests("/v1/jobs")
    assert len(requests) == 3
    # Each next page: the same filters, and createdAt_lte 1 ms before the last job's date.
    for later in requests[1:]:
        assert later.query["_flowId"] == "f" * 24 and later.query["status"] == "completed"
    last_of_first = job(JOBS_PAGE - 1)
    expected = created(last_of_first) - datetime.timedelta(milliseconds=1)
    assert requests[1].query["createdAt_lte"] == expected.isoformat(
        timespec="milliseconds"
    ).replace("+00:00", "Z")
    assert "createdAt_lte" not in requests[0].query


def test_jobs_full_last_page_then_204(server: PagingServer) -> None:
    server.reset(jobs=2 * JOBS_PAGE)
    with client_for(server) as client:
        jobs = list(client.jobs.list(flow_id="f" * 24))
    assert len({j.id for j in jobs}) == len(jobs) == 2 * JOBS_PAGE
    assert len(server.requests("/v1/jobs")) == 3  # the third answers 204: no more jobs


def test_jobs_projection_keeps_the_date_paging_needs(server: PagingServer) -> None:
    with client_for(server) as client:
        jobs = list(client.jobs.list(flow_id="f" * 24, include="status"))
        assert len(jobs) == 2500
        assert {s.query["include"] for s in server.seen} == {"status,createdAt"}
        assert jobs[0].type_ is UNSET  # projected away
        server.seen.clear()
        with pytest.raises(ValueError, match="createdAt"):
            client.jobs.list(flow_id="f" * 24, exclude="createdAt")
        assert server.seen == []


def test_jobs_filters_are_typed_and_dates_are_iso_8601(server: PagingServer) -> None:
    since = datetime.datetime(2025, 12, 31, 23, 0, tzinfo=datetime.UTC)
    with client_for(server) as client:
        client.jobs.list(flow_id="f" * 24, created_at_gte=since, num_error_gte=1, retriable=True)
    query = server.seen[0].query
    assert query["createdAt_gte"] == "2025-12-31T23:00:00.000Z"
    assert query["numError_gte"] == "1" and query["retriable"] == "true"


def test_the_real_mock_pages_connectors(mock_url: str, token: str) -> None:
    with IntegratorClient(token, base_url=mock_url, rate_limit=False) as client:
        created = {
            client.connectors.create(name=f"Paged {i}", description="d").id for i in range(7)
        }
        page = client.connectors.list(limit=2)
        assert len(page.items) == 2 and page.has_next_page()
        listed = [c.id for c in page]
        assert len(listed) == len(set(listed))
        assert created <= set(listed)
        assert len(list(client.connectors.list(limit=2).iter_pages())) >= 4
        projected = [
            c for c in client.connectors.list(limit=3, include=["name"]) if c.id in created
        ]
        assert len(projected) == 7
        assert all(isinstance(c, Connector) and c.description is UNSET for c in projected)
        assert {c.name for c in projected} == {f"Paged {i}" for i in range(7)}


def test_async_client_pages_the_real_mock(mock_url: str, token: str) -> None:
    async def scenario() -> list[str]:
        async with AsyncIntegratorClient(token, base_url=mock_url, rate_limit=False) as client:
            for i in range(5):
                await client.integrations.create(name=f"Async paged {i}")
            return [i.name async for i in client.integrations.list(limit=2)]

    names = asyncio.run(scenario())
    assert [n for n in names if n.startswith("Async paged")] == [
        f"Async paged {i}" for i in range(5)
    ]


def test_a_link_to_the_same_page_does_not_loop(serve_app: Any) -> None:
    async def same(request: Request) -> Response:
        link = f'<{request.url!s}>; rel="next"'
        return JSONResponse([flow(0)], headers={"Link": link})

    app = Starlette(routes=[Route("/v1/flows", same)])
    with serve_app(app) as url, IntegratorClient(TOKEN, base_url=url, rate_limit=False) as client:
        page = client.flows.list(limit=1)
        assert not page.has_next_page()
        assert [f.id for f in page] == [flow(0)["_id"]]
