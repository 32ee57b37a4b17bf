"""Build and publish the generated client: `python -m generator build` / `publish`.

`build` makes the sdist, then the wheel from the sdist (so the sdist is known to be complete),
from a copy of the generated tree so that nothing is written into `generated/`; then it
installs the wheel into a fresh virtualenv and imports the package there.

`publish` uploads with twine to the repository at $INTEGRATOR_PUBLISH_URL, with the
credentials in $TWINE_USERNAME / $TWINE_PASSWORD; it refuses to run without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.client.codegen import DEFAULT_OUT, is_ignored
from generator.errors import SpecError

ENV_URL = "INTEGRATOR_PUBLISH_URL"
ENV_USER = "TWINE_USERNAME"
ENV_PASSWORD = "TWINE_PASSWORD"


class PackagingError(SpecError):
    """Building, installing or uploading the client failed; the message says why."""


@dataclass(frozen=True)
class BuildResult:
    artifacts: list[Path]  # wheel first, then sdist
    smoke_tested: bool


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    import_name: str


def read_project(tree: Path) -> Project:
    try:
        data = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PackagingError(f"{tree}: no pyproject.toml; run `make generate` first") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PackagingError(f"{tree}/pyproject.toml: {exc}") from exc
    project = data.get("project") or {}
    name, version = str(project.get("name", "")), str(project.get("version", ""))
    if not name or not version:
        raise PackagingError(f"{tree}/pyproject.toml: [project] needs name and version")
    return Project(name, version, name.replace("-", "_"))


def _run(command: Sequence[str], what: str, env: Mapping[str, str] | None = None) -> str:
    result = subprocess.run(
        list(command), capture_output=True, text=True, check=False, env=dict(env) if env else None
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise PackagingError(f"{what} failed (exit {result.returncode}):\n{output[-4000:]}")
    return result.stdout


def artifacts(dist: Path, project: Project) -> list[Path]:
    """This project's wheel(s) and sdist(s) in `dist`, wheels first."""
    prefix = project.import_name
    wheels = sorted(dist.glob(f"{prefix}-*.whl"))
    sdists = sorted(dist.glob(f"{prefix}-*.tar.gz"))
    return wheels + sdists


def build(tree: Path, dist: Path, *, smoke_test: bool = True, offline: bool = False) -> BuildResult:
    project = read_project(tree)
    with tempfile.TemporaryDirectory(prefix="client-build-") as tmp:
        source = Path(tmp) / "src"
        shutil.copytree(
            tree,
            source,
            ignore=lambda _folder, names: [n for n in names if is_ignored(n)],
        )
        out = Path(tmp) / "dist"
        _run(
            [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
            f"building {project.name}",
        )
        built = artifacts(out, project)
        if not any(p.suffix == ".whl" for p in built):
            raise PackagingError(f"building {project.name} produced no wheel")
        dist.mkdir(parents=True, exist_ok=True)
        # Older builds would otherwise be uploaded along with this one.
        for stale in artifacts(dist, project):
            stale.unlink()
        final = []
        for path in built:
            target = dist / path.name
            shutil.move(str(path), target)
            final.append(target)
    if smoke_test:
        smoke_install(final[0], project, resolve_dependencies=not offline)
    return BuildResult(final, smoke_test)


def make_venv(where: Path, *, share_dependencies: bool) -> Path:
    """A fresh virtualenv; returns its python. With `share_dependencies`, this interpreter's
    site-packages are visible to it (through a .pth file), so that installing a package
    with --no-deps needs no index; the package itself still comes from the wheel."""
    _run([sys.executable, "-m", "venv", "--without-pip", str(where)], "creating a virtualenv")
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if share_dependencies:
        purelib = _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            "locating the virtualenv's site-packages",
        ).strip()
        Path(purelib, "_shared_deps.pth").write_text(
            sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
        )
    return python


def pip_install(
    python: Path, requirements: Sequence[str], env: Mapping[str, str] | None = None
) -> None:
    """Install with this interpreter's pip into the virtualenv of `python`."""
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *requirements],
        f"pip install {' '.join(requirements)}",
        env=env,
    )


def import_check(python: Path, project: Project) -> str:
    """Import the installed package in the venv; returns its version. Fails if the import
    resolves to anything but the venv's own copy."""
    code = (
        f"import {project.import_name} as m, sys; "
        "assert sys.prefix in m.__file__, m.__file__; "
        f"from {project.import_name} import IntegratorClient, AsyncIntegratorClient; "
        "IntegratorClient('t', base_url='http://127.0.0.1:9').close(); "
        "print(m.__version__)"
    )
    version = _run([str(python), "-c", code], f"importing {project.import_name}").strip()
    if version != project.version:
        raise PackagingError(
            f"installed {project.name} reports {version}, expected {project.version}"
        )
    return version


def smoke_install(wheel: Path, project: Project, *, resolve_dependencies: bool = True) -> None:
    """Install the wheel into a fresh virtualenv and import it. With `resolve_dependencies`
    pip installs the declared dependencies too (proving they suffice); without, they are
    borrowed from this environment so that no index is needed."""
    with tempfile.TemporaryDirectory(prefix="client-venv-") as tmp:
        python = make_venv(Path(tmp) / "venv", share_dependencies=not resolve_dependencies)
        if resolve_dependencies:
            pip_install(python, [str(wheel)])
        else:
            # --ignore-installed: the borrowed environment may hold the package itself (the
            # project's .venv has it installed editable); the copy tested is the wheel's.
            pip_install(python, ["--no-deps", "--no-index", "--ignore-installed", str(wheel)])
        import_check(python, project)


def _publish_settings(repository_url: str | None) -> tuple[str, dict[str, str]]:
    url = repository_url or os.environ.get(ENV_URL, "")
    missing = [name for name in (ENV_USER, ENV_PASSWORD) if not os.environ.get(name)]
    if not url:
        missing.insert(0, ENV_URL)
    if missing:
        raise PackagingError(
            "refusing to publish: set "
            + ", ".join(missing)
            + f" (the repository's upload URL in {ENV_URL}, credentials in {ENV_USER} / "
            f"{ENV_PASSWORD}; for an API token use {ENV_USER}=__token__)"
        )
    env = {**os.environ, "TWINE_NON_INTERACTIVE": "1"}
    return url, env


def publish(
    dist: Path,
    *,
    tree: Path = DEFAULT_OUT,
    dry_run: bool = False,
    repository_url: str | None = None,
) -> list[Path]:
    url, env = _publish_settings(repository_url)
    project = read_project(tree)
    files = artifacts(dist, project)
    expected = [f for f in files if f.name.startswith(f"{project.import_name}-{project.version}")]
    if not expected:
        raise PackagingError(
            f"no {project.name} {project.version} files in {dist}/; run `make build` first"
        )
    if len(expected) != len(files):
        stale = sorted(set(files) - set(expected))
        raise PackagingError(
            f"{dist}/ holds other versions of {project.name}: {', '.join(p.name for p in stale)}; "
            "run `make build` again"
        )
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)], "twine check")
    names = ", ".join(p.name for p in files)
    if dry_run:
        print(f"dry run: would upload {names} to {url} as {env[ENV_USER]}")
        return files
    _run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            url,
            *map(str, files),
        ],
        f"uploading to {url}",
        env=env,
    )
    print(f"uploaded {names} to {url}")
    return files
