"""`generator` command line: ingest, merge, check-spec, codegen, check, build, publish."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.codegen import DEFAULT_OUT as DEFAULT_CLIENT
from generator.errors import SpecError
from generator.ingest import ingest_sections, parse_page, read_page
from generator.pipeline import merge_to_file, render_spec

DEFAULT_SOURCES = Path("specs/sources")
DEFAULT_SPEC = Path("specs/openapi.json")
DEFAULT_DIST = Path("dist")


def _ingest(args: argparse.Namespace) -> int:
    page: Path = args.page
    out: Path | None = args.out
    sections = parse_page(read_page(page))
    if out is None:
        title = str(sections[0].document.get("info", {}).get("title", page.stem))
        out = args.sources / "vendor" / "-".join(title.lower().split())
    result = ingest_sections(page.name, sections, out)
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


def _fresh_spec(sources: Path, spec: Path) -> tuple[str, bool]:
    """A fresh merge of `sources`, and whether `spec` holds exactly that."""
    expected = render_spec(sources)
    try:
        return expected, spec.read_text(encoding="utf-8") == expected
    except FileNotFoundError:
        return expected, False


def _check_spec(args: argparse.Namespace) -> int:
    _, current = _fresh_spec(args.sources, args.out)
    if not current:
        print(
            f"{args.out} is out of date: run `make generate` and commit the result", file=sys.stderr
        )
        return 1
    print(f"{args.out}: up to date")
    return 0


def _codegen(args: argparse.Namespace) -> int:
    from generator.codegen import generate

    result = generate(args.spec, args.out, force=args.force)
    print(f"{result.out}: {result.status} ({result.seconds:.2f} s)")
    return 0


def _check(args: argparse.Namespace) -> int:
    from generator.codegen import check_tree

    failed = False
    expected_spec, current = _fresh_spec(args.sources, args.spec)
    if not current:
        print(f"{args.spec} differs from a fresh merge of {args.sources}", file=sys.stderr)
        failed = True
    # The tree must match what `make generate` writes, i.e. a render of the fresh spec.
    with tempfile.TemporaryDirectory(prefix="check-spec-") as tmp:
        spec = Path(tmp) / args.spec.name
        spec.write_text(expected_spec, encoding="utf-8")
        diff = check_tree(spec, args.out)
    if diff:
        print(f"{args.out} differs from a fresh codegen:\n{diff.describe()}", file=sys.stderr)
        failed = True
    if failed:
        print("out of date: run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"{args.spec} and {args.out}: up to date")
    return 0


def _build(args: argparse.Namespace) -> int:
    from generator.packaging import build

    result = build(args.out, args.dist, smoke_test=not args.no_smoke_test, offline=args.offline)
    for artifact in result.artifacts:
        print(f"built {artifact}")
    if result.smoke_tested:
        print(f"installed {result.artifacts[0].name} into a fresh virtualenv and imported it")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from generator.packaging import publish

    publish(args.dist, dry_run=args.dry_run, repository_url=args.repository_url)
    return 0


def _diff(args: argparse.Namespace) -> int:
    import json

    from generator.diff import compare, spec_at

    old = spec_at(args.base)
    try:
        new = json.loads(args.spec.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SpecError(f"{args.spec}: cannot read the spec: {exc}") from exc
    changes = compare(old, new)
    for change in changes:
        print(change)
    breaking = sum(change.breaking for change in changes)
    print(f"{args.spec} vs {args.base}: {len(changes)} change(s), {breaking} breaking")
    return 1 if breaking and not args.allow_breaking else 0


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

    codegen = commands.add_parser("codegen", help="generate the client package from the spec")
    codegen.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    codegen.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    codegen.add_argument(
        "--force", action="store_true", help="render even if the inputs are unchanged"
    )
    codegen.set_defaults(run=_codegen)

    drift = commands.add_parser(
        "check", help="fail if the spec or the generated client differ from a fresh generate"
    )
    drift.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    drift.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    drift.set_defaults(run=_check)

    build = commands.add_parser(
        "build", help="build wheel and sdist of the client, install the wheel in a fresh venv"
    )
    build.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    build.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="default: %(default)s")
    build.add_argument(
        "--no-smoke-test", action="store_true", help="skip installing the wheel into a venv"
    )
    build.add_argument(
        "--offline",
        action="store_true",
        help="smoke test without an index: borrow the dependencies from this environment",
    )
    build.set_defaults(run=_build)

    publish = commands.add_parser(
        "publish",
        help="upload dist/ with twine to $INTEGRATOR_PUBLISH_URL "
        "(credentials: $TWINE_USERNAME / $TWINE_PASSWORD)",
    )
    publish.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="default: %(default)s")
    publish.add_argument(
        "--repository-url",
        help="overrides $INTEGRATOR_PUBLISH_URL (e.g. http://host/ for pypiserver)",
    )
    publish.add_argument(
        "--dry-run", action="store_true", help="check the files and settings, upload nothing"
    )
    publish.set_defaults(run=_publish)

    diff = commands.add_parser(
        "diff", help="list changes of the spec against a git ref; exit 1 on breaking ones"
    )
    diff.add_argument(
        "--base", default="HEAD", help="git ref to compare with (default: %(default)s)"
    )
    diff.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    diff.add_argument(
        "--allow-breaking", action="store_true", help="report breaking changes but exit 0"
    )
    diff.set_defaults(run=_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
