"""The codegen driver: spec -> generated/integrator-io-client/, atomically and only when needed.

* Atomic: the tree is rendered into a temporary folder next to the target and swapped in
  with renames; a failure anywhere leaves the previous tree untouched.
* Cached: `.codegen-hash` in the tree records a hash of every input (spec bytes, config,
  templates, the generator's own code, openapi-python-client's and ruff's versions) and a
  manifest of the files written. When the inputs are unchanged and the files still match the
  manifest, nothing is rendered and nothing is rewritten.
* Deterministic: no timestamps, sorted inputs, one formatter; `check` relies on it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.inputs import GENERATOR_DIR, Key, code_closure
from generator.jsonio import write_if_changed
from generator.releases.history import RELEASED_HISTORY, RELEASED_SPEC

CLIENT_DIR = GENERATOR_DIR / "client"
DEFAULT_CONFIG = CLIENT_DIR / "config.yaml"
DEFAULT_TEMPLATES = CLIENT_DIR / "templates"
DEFAULT_OUT = Path("generated/integrator-io-client")
HASH_FILE = ".codegen-hash"
# Produced by using the tree (imports, builds, type checks), never by the generator.
IGNORED_NAMES = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
)


@dataclass(frozen=True)
class CodegenResult:
    out: Path
    status: str  # "unchanged" (cache hit), "identical" (rendered, same bytes), "written"
    seconds: float


def is_ignored(name: str) -> bool:
    """Whether a file or folder of the tree is a by-product of using it, not generator output."""
    return name in IGNORED_NAMES or name.endswith((".egg-info", ".pyc"))


def _files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not is_ignored(d))
        for name in sorted(filenames):
            if not is_ignored(name):
                yield Path(dirpath) / name


def tree_digest(root: Path) -> dict[str, str]:
    """Relative POSIX path -> sha256 of every generated file under `root`.

    The hash file counts without its `inputs` line: that line is a cache key (it covers
    tool versions and the generator's own source), while the tree's identity is its
    content. A newer ruff that formats the same way must not make `check` fail.
    """
    digests = {}
    for path in _files(root):
        data = path.read_bytes()
        if path.parent == root and path.name == HASH_FILE:
            data = b"".join(
                line for line in data.splitlines(keepends=True) if not line.startswith(b"inputs ")
            )
        digests[path.relative_to(root).as_posix()] = hashlib.sha256(data).hexdigest()
    return digests


def code_modules() -> list[str]:
    """The generator modules whose code decides what is generated: every module of
    `generator/client/` and, transitively, the `generator` modules they import."""
    return code_closure(p.relative_to(GENERATOR_DIR).as_posix() for p in CLIENT_DIR.glob("*.py"))


def input_hash(spec: Path, config: Path, templates: Path, released: Path | None = None) -> str:
    key = Key()
    key.add("spec", spec.read_bytes())
    # The last release decides the CHANGELOG.md entry for the current version.
    for name in (RELEASED_SPEC, RELEASED_HISTORY):
        path = released / name if released is not None else None
        key.add(
            f"released:{name}", path.read_bytes() if path is not None and path.is_file() else b""
        )
    key.add("config", config.read_bytes())
    for path in sorted(p for p in templates.rglob("*") if p.is_file()):
        key.add(f"template:{path.relative_to(templates).as_posix()}", path.read_bytes())
    key.add_code(code_modules())
    key.add_versions(("openapi-python-client", "ruff", "jinja2"))
    return key.hexdigest()


def _manifest(key: str, files: dict[str, str]) -> str:
    lines = [f"inputs {key}"] + [f"{digest}  {path}" for path, digest in sorted(files.items())]
    return "\n".join(lines) + "\n"


def _recorded_manifest(out: Path) -> str | None:
    try:
        return (out / HASH_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


def _files_manifest(target: Path) -> dict[str, str]:
    files = tree_digest(target)
    files.pop(HASH_FILE, None)
    return files


def render_into(
    spec: Path,
    target: Path,
    *,
    config: Path,
    templates: Path,
    key: str | None = None,
    released: Path | None = None,
    allow_dropped: bool = False,
) -> dict[str, str]:
    """Render the full tree, hash file included, into the empty or missing folder `target`;
    returns the digests of its files (the hash file left out)."""
    from generator.client.render import render_tree

    key = key or _key(spec, config, templates, released, allow_dropped)
    render_tree(spec, target, config_path=config, templates=templates, allow_dropped=allow_dropped)
    _write_changelog(spec, target, released)
    files = _files_manifest(target)
    (target / HASH_FILE).write_text(_manifest(key, files), encoding="utf-8")
    return files


def _key(
    spec: Path, config: Path, templates: Path, released: Path | None, allow_dropped: bool
) -> str:
    # Generating without the parts the parser drops is another output for the same inputs.
    key = input_hash(spec, config, templates, released)
    return f"{key}+allow-dropped" if allow_dropped else key


def _write_changelog(spec: Path, target: Path, released: Path | None) -> None:
    import json
    import tomllib

    from generator.releases.changelog import render
    from generator.releases.history import load_released

    package = tomllib.loads((target / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    current = json.loads(spec.read_text(encoding="utf-8"))
    text = render(current, load_released(released), str(package["name"]))
    (target / "CHANGELOG.md").write_text(text, encoding="utf-8")


def generate(
    spec: Path,
    out: Path = DEFAULT_OUT,
    *,
    config: Path = DEFAULT_CONFIG,
    templates: Path = DEFAULT_TEMPLATES,
    force: bool = False,
    released: Path | None = None,
    allow_dropped: bool = False,
) -> CodegenResult:
    started = time.perf_counter()
    key = _key(spec, config, templates, released, allow_dropped)
    current = _files_manifest(out) if out.is_dir() else None
    if not force and current is not None and _recorded_manifest(out) == _manifest(key, current):
        return CodegenResult(out, "unchanged", time.perf_counter() - started)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new.", dir=out.parent))
    try:
        rendered = render_into(
            spec,
            staging / "tree",
            config=config,
            templates=templates,
            key=key,
            released=released,
            allow_dropped=allow_dropped,
        )
        if current == rendered:
            # Same content; only the cache key may be new (e.g. another ruff version).
            write_if_changed(out / HASH_FILE, (staging / "tree" / HASH_FILE).read_text("utf-8"))
            return CodegenResult(out, "identical", time.perf_counter() - started)
        _swap(staging / "tree", out, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return CodegenResult(out, "written", time.perf_counter() - started)


def _swap(new: Path, out: Path, staging: Path) -> None:
    """Replace `out` by `new` with two renames in the same folder (no half-written tree)."""
    if out.exists():
        old = staging / "old"
        os.replace(out, old)
        try:
            os.replace(new, out)
        except BaseException:
            os.replace(old, out)
            raise
    else:
        os.replace(new, out)


@dataclass(frozen=True)
class TreeDiff:
    added: list[str]  # in the fresh render, missing from the committed tree
    removed: list[str]  # in the committed tree only
    changed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def describe(self, limit: int = 20) -> str:
        lines = [f"  missing:    {p}" for p in self.added]
        lines += [f"  unexpected: {p}" for p in self.removed]
        lines += [f"  differs:    {p}" for p in self.changed]
        more = len(lines) - limit
        return "\n".join(lines[:limit] + ([f"  ... and {more} more"] if more > 0 else []))


def diff_trees(expected: Path, actual: Path) -> TreeDiff:
    want = tree_digest(expected)
    have = tree_digest(actual) if actual.is_dir() else {}
    return TreeDiff(
        added=sorted(set(want) - set(have)),
        removed=sorted(set(have) - set(want)),
        changed=sorted(p for p in set(want) & set(have) if want[p] != have[p]),
    )


def check_tree(
    spec: Path,
    out: Path = DEFAULT_OUT,
    *,
    config: Path = DEFAULT_CONFIG,
    templates: Path = DEFAULT_TEMPLATES,
    released: Path | None = None,
) -> TreeDiff:
    """Render afresh into a temporary folder and compare with `out` byte for byte."""
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
        fresh = Path(tmp) / out.name
        render_into(spec, fresh, config=config, templates=templates, released=released)
        return diff_trees(fresh, out)
