"""The ceiling for the mock benchmark: a bare Starlette app on the mock's server stack.

It answers the benchmarked requests with fixed bodies, copied byte for byte from what the
mock answered, and does nothing else: no authentication, validation, storage or rate limit. Its
requests per second bound what any Starlette app served this way can do on this machine.

`python -m bench.ceiling_app --host H --port P --bodies FILE`, where FILE maps the scenario
names of bench/scenarios.py to the response bodies, and "pages" to the pages of the paged
list: each query string to the body and `Link` header the mock answered it with.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

JSON = "application/json"


def create_app(bodies: dict[str, Any]) -> Starlette:
    listing, single, created = (
        bodies[name].encode("utf-8") for name in ("GET list", "GET by id", "POST create")
    )
    pages = {
        query: (page["body"].encode("utf-8"), page["link"])
        for query, page in bodies.get("pages", {}).items()
    }

    async def list_connectors(request: Request) -> Response:
        return Response(listing, media_type=JSON)

    async def get_connector(request: Request) -> Response:
        return Response(single, media_type=JSON)

    async def create_connector(request: Request) -> Response:
        # The body is read (any server must take it off the socket) but never parsed.
        await request.body()
        return Response(created, status_code=201, media_type=JSON)

    async def list_flows(request: Request) -> Response:
        body, link = pages[request.url.query]
        return Response(body, media_type=JSON, headers={"link": link} if link else None)

    return Starlette(
        routes=[
            Route("/v1/connectors", list_connectors, methods=["GET"]),
            Route("/v1/connectors", create_connector, methods=["POST"]),
            Route("/v1/connectors/{_id}", get_connector, methods=["GET"]),
            Route("/v1/flows", list_flows, methods=["GET"]),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m bench.ceiling_app", description=__doc__)
    cli.add_argument("--host", default="127.0.0.1")
    cli.add_argument("--port", type=int, required=True)
    cli.add_argument("--bodies", type=Path, required=True)
    args = cli.parse_args(argv)
    import uvicorn

    app = create_app(json.loads(args.bodies.read_text(encoding="utf-8")))
    # Exactly what mock_api/__main__.py does before serving: same loop and HTTP parser
    # (uvicorn's "auto": uvloop, httptools), no access log, proxy headers or server header.
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=False,
        proxy_headers=False,
        server_header=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
