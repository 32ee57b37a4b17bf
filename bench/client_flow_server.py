"""A small server that pages flows the way the vendor documents: `python -m bench.client_flow_server`.

`GET /v1/flows` answers up to `limit` (at most 1,000, the default) of COUNT flow records from
`skip` on, with `Link: <...>; rel="next"` while more exist (and `rel="prev"` after the
first page), 204 past the end, 401 without the token. Every record is serialised once at
start and pages are joined from the stored texts, as the mock serves its documents, so the
server costs the same for both clients the benchmark compares.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bench.client_data import flow

MAX_LIMIT = 1000
UNAUTHORIZED = b'{"message":"Unauthorized"}'


def create_app(count: int, token: str) -> Starlette:
    records = [json.dumps(flow(i), separators=(",", ":")).encode() for i in range(count)]
    expected = f"Bearer {token}"

    async def list_flows(request: Request) -> Response:
        if request.headers.get("authorization") != expected:
            return Response(UNAUTHORIZED, status_code=401, media_type="application/json")
        query = dict(request.query_params)
        skip = int(query.get("skip", 0))
        limit = min(int(query.get("limit", MAX_LIMIT)), MAX_LIMIT)
        page = records[skip : skip + limit]
        if not page:
            return Response(status_code=204)
        base = f"{request.base_url}v1/flows"
        links = []
        if skip + limit < count:
            links.append(_link(base, query, skip + limit, limit, "next"))
        if skip > 0:
            links.append(_link(base, query, max(0, skip - limit), limit, "prev"))
        headers = {"link": ", ".join(links)} if links else {}
        body = b"[" + b",".join(page) + b"]"
        return Response(body, media_type="application/json", headers=headers)

    async def ready(request: Request) -> Response:
        return Response(b"ok")

    return Starlette(routes=[Route("/v1/flows", list_flows), Route("/", ready)])


def _link(base: str, query: dict[str, str], skip: int, limit: int, rel: str) -> str:
    return f'<{base}?{urlencode({**query, "skip": skip, "limit": limit})}>; rel="{rel}"'


def main(argv: Sequence[str] | None = None) -> None:
    cli = argparse.ArgumentParser(prog="python -m bench.client_flow_server", description=__doc__)
    cli.add_argument("--port", type=int, required=True)
    cli.add_argument("--count", type=int, default=10_000)
    cli.add_argument("--token", required=True)
    args = cli.parse_args(argv)
    uvicorn.run(
        create_app(args.count, args.token),
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
