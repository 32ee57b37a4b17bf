"""`python -m mock_api --host H --port P --db PATH|:memory: [--rate-limit B/R | --no-rate-limit]
[--job-seconds S]`."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from mock_api.ratelimit import RateLimit
from mock_api.spec import SpecError
from mock_api.storage import StorageError
from mock_api.world import DEFAULT_JOB_SECONDS


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 0 and 65535, got {port}")
    return port


def _rate_limit(text: str) -> RateLimit:
    try:
        return RateLimit.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= seconds <= 86400:
        raise argparse.ArgumentTypeError(f"job seconds must be between 0 and 86400, got {text}")
    return seconds


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
    limits = cli.add_mutually_exclusive_group()
    limits.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=True,
        metavar="BUCKET/PER_SECOND",
        help="the per-account leaky bucket, e.g. 100/30 for the older figure "
        "(default: the spec's x-rate-limit, 1000/300)",
    )
    limits.add_argument(
        "--no-rate-limit",
        dest="rate_limit",
        action="store_false",
        help="switch off the per-account leaky bucket (for fuzzing and benchmarks)",
    )
    cli.add_argument(
        "--job-seconds",
        type=_seconds,
        default=DEFAULT_JOB_SECONDS,
        metavar="S",
        help=f"how long a flow job runs once started (default {DEFAULT_JOB_SECONDS:g})",
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
        app = create_app(
            spec_path=args.spec,
            db_path=args.db,
            rate_limit=args.rate_limit,
            job_seconds=args.job_seconds,
        )
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
