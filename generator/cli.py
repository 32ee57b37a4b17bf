"""`generator` command line: ingest, merge, codegen, generate, check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.errors import SpecError
from generator.ingest import ingest_page, parse_page
from generator.pipeline import merge_to_file, render_spec

DEFAULT_SOURCES = Path("specs/sources")
DEFAULT_SPEC = Path("specs/openapi.json")


def _ingest(args: argparse.Namespace) -> int:
    page: Path = args.page
    out: Path | None = args.out
    if out is None:
        if not page.is_file():
            raise SpecError(f"{page}: no such file")
        first = parse_page(page.read_text(encoding="utf-8"))[0].document
        title = str(first.get("info", {}).get("title", page.stem))
        out = args.sources / "vendor" / "-".join(title.lower().split())
    result = ingest_page(page, out)
    for label, paths in (("wrote", result.written), ("removed", result.removed)):
        for path in paths:
            print(f"{label} {path}")
    print(
        f"ingested {page.name}: {len(result.written)} written, {len(result.unchanged)} unchanged, "
        f"{len(result.removed)} removed -> {out}"
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    changed = merge_to_file(args.sources, args.out)
    print(f"{args.out}: {'written' if changed else 'unchanged'}")
    return 0


def _check_spec(args: argparse.Namespace) -> int:
    expected = render_spec(args.sources)
    try:
        actual = args.out.read_text(encoding="utf-8")
    except FileNotFoundError:
        actual = ""
    if actual != expected:
        print(
            f"{args.out} is out of date: run `make generate` and commit the result", file=sys.stderr
        )
        return 1
    print(f"{args.out}: up to date")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="generator", description=__doc__)
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="sources folder (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="turn a vendor API reference page into fragments")
    ingest.add_argument(
        "page", type=Path, help="the Markdown page, one OpenAPI document per '## ' section"
    )
    ingest.add_argument(
        "--out", type=Path, help="fragment folder (default: sources/vendor/<info.title>)"
    )
    ingest.set_defaults(run=_ingest)

    merge = commands.add_parser("merge", help="merge the sources into one validated spec")
    merge.add_argument("--out", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    merge.set_defaults(run=_merge)

    check = commands.add_parser("check-spec", help="fail if the spec differs from a fresh merge")
    check.add_argument("--out", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    check.set_defaults(run=_check_spec)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
