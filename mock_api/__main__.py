"""`python -m mock_api --host H --port P --db PATH|:memory: [--no-rate-limit]`."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from mock_api.spec import SpecError
from mock_api.storage import StorageError


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 0 and 65535, got {port}")
    return port


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="python -m mock_api",
        description="Serve the stateful integrator.io mock (tokens: see mock_api.seed).",
    )
    cli.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    cli.add_argument("--port", type=_port, default=8080, help="TCP port (default 8080)")
    cli.add_argument(
        "--db",
        default=".mock/integrator.db",
        help="SQLite file, created if missing, or :memory: (default .mock/integrator.db)",
    )
    cli.add_argument("--spec", type=Path, default=None, help="OpenAPI document to serve")
    cli.add_argument(
        "--no-rate-limit",
        dest="rate_limit",
        action="store_false",
        help="switch off the per-token leaky bucket (for fuzzing and benchmarks)",
    )
    cli.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log every request",
    )
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    import uvicorn

    from mock_api.app import create_app

    try:
        app = create_app(spec_path=args.spec, db_path=args.db, rate_limit=args.rate_limit)
    except (SpecError, StorageError, OSError, ValueError) as exc:
        cli.error(str(exc))
    # Everything built so far (spec, validators, modules) lives as long as the server:
    # keep the collector from walking it again and again while requests are served.
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=args.access_log,
        # A local mock is not behind a proxy; X-Forwarded-* handling would be wasted work.
        proxy_headers=False,
        server_header=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
