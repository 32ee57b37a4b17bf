"""`generator` command line: ingest, merge, check-spec, codegen, check, diff, release, build,
publish."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.client.codegen import DEFAULT_OUT as DEFAULT_CLIENT
from generator.errors import SpecError
from generator.releases.history import DEFAULT_RELEASED
from generator.spec.ingest import ingest_docs
from generator.spec.pipeline import last_report, merge_to_file, render_spec

if TYPE_CHECKING:
    from generator.releases.versioning import Verdict

DEFAULT_SOURCES = Path("specs/sources")
DEFAULT_DOCS = Path("specs/docs")
DEFAULT_SPEC = Path("specs/openapi.json")
DEFAULT_DIST = Path("dist")


ALLOW_DROPPED_HELP = (
    "generate even if openapi-python-client leaves parts of the spec out (listed in the "
    "generated README); by default that stops generation"
)


def _ingest(args: argparse.Namespace) -> int:
    only = {Path(page).name for page in args.pages} or None
    result = ingest_docs(args.docs, args.sources, only=only)
    for label, paths in (("wrote", result.written), ("removed", result.removed)):
        for path in paths:
            print(f"{label} {path}")
    print(
        f"ingested {len(only) if only else result.pages} page(s) of {args.docs}: "
        f"{len(result.written)} written, {len(result.unchanged)} unchanged, "
        f"{len(result.removed)} removed"
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    changed = merge_to_file(args.sources, args.out)
    report = last_report(args.sources, args.out)
    detail = ""
    if report and report.get("pages"):
        detail = (
            f"; {report['documented']} operations documented by {report['pages']} pages, "
            f"{report['excluded']} excluded, {report['examples']} examples valid"
        )
    print(f"{args.out}: {'written' if changed else 'unchanged'}{detail}")
    return 0


def _ingest_quietly(docs: Path, sources: Path) -> None:
    """`make generate` re-reads the pages; it only speaks when a fragment changed."""
    if not (sources / "docs-pages.yaml").is_file():
        return
    result = ingest_docs(docs, sources)
    if result.changed:
        print(
            f"{sources}: {len(result.written)} fragment(s) re-ingested from {docs}, "
            f"{len(result.removed)} removed"
        )


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


def _generate(args: argparse.Namespace) -> int:
    """`make generate` in one process: ingest the pages, merge, then codegen (each skipped
    when up to date)."""
    _ingest_quietly(args.docs, args.sources)
    _merge(argparse.Namespace(sources=args.sources, out=args.spec))
    return _codegen(args)


def _codegen(args: argparse.Namespace) -> int:
    from generator.client.codegen import generate

    result = generate(
        args.spec,
        args.out,
        force=args.force,
        released=_released(args),
        allow_dropped=args.allow_dropped,
    )
    print(f"{result.out}: {result.status} ({result.seconds:.2f} s)")
    return 0


def _released(args: argparse.Namespace) -> Path | None:
    released: Path | None = args.released
    if released is None:
        # Our release history is the integrator.io spec's; another API starts afresh.
        released = DEFAULT_RELEASED if _same_api(args.spec, DEFAULT_RELEASED) else None
    return released if released is not None and released.is_dir() else None


def _same_api(spec: Path, released: Path) -> bool:
    """Whether `spec` describes the API of the release in `released` (by `info.title`)."""
    from generator.releases.history import RELEASED_SPEC

    def title(path: Path) -> object:
        try:
            return (json.loads(path.read_bytes()).get("info") or {}).get("title")
        except (OSError, ValueError, AttributeError):
            return None

    mine = title(spec)
    return mine is not None and mine == title(released / RELEASED_SPEC)


def _check(args: argparse.Namespace) -> int:
    from generator.client.codegen import check_tree

    failed = False
    if (args.sources / "docs-pages.yaml").is_file():
        stale = ingest_docs(args.docs, args.sources, dry_run=True).changed
        if stale:
            listing = ", ".join(str(p) for p in stale)
            print(f"{listing} differ from a fresh ingest of {args.docs}", file=sys.stderr)
            failed = True
    expected_spec, current = _fresh_spec(args.sources, args.spec)
    if not current:
        print(f"{args.spec} differs from a fresh merge of {args.sources}", file=sys.stderr)
        failed = True
    # The tree must match what `make generate` writes, i.e. a render of the fresh spec.
    with tempfile.TemporaryDirectory(prefix="check-spec-") as tmp:
        spec = Path(tmp) / args.spec.name
        spec.write_text(expected_spec, encoding="utf-8")
        diff = check_tree(spec, args.out, released=_released(args))
    if diff:
        print(f"{args.out} differs from a fresh codegen:\n{diff.describe()}", file=sys.stderr)
        failed = True
    if failed:
        print("out of date: run `make generate` and commit the result", file=sys.stderr)
    else:
        print(f"{args.spec} and {args.out}: up to date")
    verdict = _version_gate(json.loads(expected_spec), _released(args))
    if verdict is not None:
        print(verdict.message, file=sys.stdout if verdict.ok else sys.stderr)
        failed = failed or not verdict.ok
    return 1 if failed else 0


def _version_gate(current: dict[str, Any], released_dir: Path | None) -> Verdict | None:
    from generator.releases.changelog import changes_since
    from generator.releases.history import load_released
    from generator.releases.versioning import judge

    released = load_released(released_dir)
    if released.version is None:
        print("version gate: no published release recorded (specs/released/): nothing to check")
        return None
    version = str(current.get("info", {}).get("version"))
    return judge(released.version, version, changes_since(released, current))


def _release(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from generator.client.codegen import generate
    from generator.jsonio import write_if_changed
    from generator.releases.changelog import entry
    from generator.releases.history import (
        RELEASED_HISTORY,
        RELEASED_SPEC,
        load_released,
        without_entry,
    )

    spec_text, current = _fresh_spec(args.sources, args.spec)
    if not current:
        raise SpecError(f"{args.spec} is out of date: run `make generate` first")
    spec = json.loads(spec_text)
    released = load_released(args.released)
    version = str(spec.get("info", {}).get("version"))
    if released.version == version:
        raise SpecError(f"nothing to release: {version} is already the published version")
    verdict = _version_gate(spec, args.released)
    if verdict is not None and not verdict.ok:
        raise SpecError(verdict.message)
    today = args.date or datetime.now(UTC).date().isoformat()
    history = entry(spec, released, today).rstrip("\n") + "\n"
    # An entry for this version on top means an earlier release stopped after writing it.
    earlier = without_entry(released.history, version)
    if earlier:
        history += "\n" + earlier + "\n"
    try:
        # The history first: a crash between the two writes leaves a spec that still diffs,
        # and the rerun replaces the entry it wrote.
        write_if_changed(args.released / RELEASED_HISTORY, history)
        write_if_changed(args.released / RELEASED_SPEC, spec_text)
    except OSError as exc:
        raise SpecError(f"cannot record the release in {args.released}/: {exc}") from exc
    result = generate(args.spec, args.out, released=args.released)
    print(f"recorded release {version} in {args.released}/ ({result.out}: {result.status})")
    print("commit specs/released/ and generated/, then `make build` and `make publish`")
    return 0


def _build(args: argparse.Namespace) -> int:
    from generator.releases.packaging import build

    result = build(args.out, args.dist, smoke_test=not args.no_smoke_test, offline=args.offline)
    for artifact in result.artifacts:
        print(f"built {artifact}")
    if result.smoke_tested:
        print(f"installed {result.artifacts[0].name} into a fresh virtualenv and imported it")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from generator.releases.packaging import publish

    publish(args.dist, dry_run=args.dry_run, repository_url=args.repository_url)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from generator.releases.diff import compare, load_spec
    from generator.releases.diff.model import Level
    from generator.releases.diff.render import to_json, to_markdown

    old, new = load_spec(args.old), load_spec(args.new)
    changes = compare(old, new)
    versions = (str(d.get("info", {}).get("version")) for d in (old, new))
    render = to_json if args.format == "json" else to_markdown
    sys.stdout.write(render(changes, *versions))
    failing = {
        "breaking": {Level.BREAKING},
        "possibly-breaking": {Level.BREAKING, Level.POSSIBLY_BREAKING},
        "never": set(),
    }[args.fail_on]
    return 1 if any(change.level in failing for change in changes) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="generator", description=__doc__)
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="sources folder (default: %(default)s)",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=DEFAULT_DOCS,
        help="the vendor pages (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest",
        help="turn the vendor pages in specs/docs/ into fragments (docs-pages.yaml says how)",
    )
    ingest.add_argument(
        "pages", nargs="*", type=Path, help="only these pages (default: every page)"
    )
    ingest.set_defaults(run=_ingest)

    merge = commands.add_parser("merge", help="merge the sources into one validated spec")
    merge.add_argument("--out", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    merge.set_defaults(run=_merge)

    check = commands.add_parser("check-spec", help="fail if the spec differs from a fresh merge")
    check.add_argument("--out", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    check.set_defaults(run=_check_spec)

    generate = commands.add_parser(
        "generate", help="merge, then codegen: what `make generate` runs (both cached)"
    )
    generate.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    generate.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    generate.add_argument("--force", action="store_true", help="codegen even if up to date")
    generate.add_argument(
        "--released", type=Path, default=DEFAULT_RELEASED, help="default: %(default)s"
    )
    generate.add_argument("--allow-dropped", action="store_true", help=ALLOW_DROPPED_HELP)
    generate.set_defaults(run=_generate)

    codegen = commands.add_parser("codegen", help="generate the client package from the spec")
    codegen.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    codegen.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    codegen.add_argument(
        "--force", action="store_true", help="render even if the inputs are unchanged"
    )
    codegen.add_argument(
        "--released",
        type=Path,
        default=None,
        help=f"the last release, for CHANGELOG.md (default: {DEFAULT_RELEASED} when the spec "
        "has its info.title; none for another API, whose history ours is not)",
    )
    codegen.add_argument("--allow-dropped", action="store_true", help=ALLOW_DROPPED_HELP)
    codegen.set_defaults(run=_codegen)

    drift = commands.add_parser(
        "check",
        help="fail if the spec or the generated client differ from a fresh generate, or if "
        "info.version did not grow as much as the API changed since the last release",
    )
    drift.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    drift.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    drift.add_argument(
        "--released",
        type=Path,
        default=DEFAULT_RELEASED,
        help="the last release, for the version gate (default: %(default)s)",
    )
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
        "diff",
        help="classify the changes between two specs (files, or REF:PATH from git)",
        description="Exit 1 when a change at or above --fail-on is found.",
    )
    diff.add_argument(
        "old", help="the old spec: a file, or REF:PATH (e.g. main:specs/openapi.json)"
    )
    diff.add_argument(
        "new", nargs="?", default=str(DEFAULT_SPEC), help="the new spec (default: %(default)s)"
    )
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "possibly-breaking", "never"),
        default="breaking",
        help="exit 1 on changes of this level or worse (default: %(default)s)",
    )
    diff.set_defaults(run=_diff)

    release = commands.add_parser(
        "release",
        help="record the current spec as published: add its CHANGELOG entry to specs/released/",
    )
    release.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: %(default)s")
    release.add_argument("--out", type=Path, default=DEFAULT_CLIENT, help="default: %(default)s")
    release.add_argument(
        "--released", type=Path, default=DEFAULT_RELEASED, help="default: %(default)s"
    )
    release.add_argument("--date", help="release date for the entry (default: today, UTC)")
    release.set_defaults(run=_release)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
