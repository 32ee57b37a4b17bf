"""`generator build` / `generator publish` against a real package index on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the `crypt` module
    from passlib.apache import HtpasswdFile

from generator.releases.packaging import import_check, make_venv, pip_install, read_project

ROOT = Path(__file__).resolve().parents[2]
TREE = ROOT / "generated" / "integrator-io-client"
USER, PASSWORD = "publisher", "correct horse battery staple"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """pypiserver on 127.0.0.1, uploads need USER / PASSWORD; yields (URL, packages dir)."""
    base = tmp_path_factory.mktemp("index")
    packages = base / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(base / "htpasswd"), new=True)
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--passwords",
            str(base / "htpasswd"),
            "--authenticate",
            "update",
            str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{url}/simple/", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("pypiserver did not start") from None
                time.sleep(0.1)
        yield url, packages
    finally:
        server.terminate()
        server.wait(timeout=10)


def _generator(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_build_publish_and_install(index: tuple[str, Path], tmp_path: Path) -> None:
    url, packages = index
    project = read_project(TREE)
    dist = tmp_path / "dist"
    bare = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "INTEGRATOR_"))}

    built = _generator("build", "--out", str(TREE), "--dist", str(dist), env=bare)
    assert built.returncode == 0, built.stdout + built.stderr
    names = sorted(p.name for p in dist.iterdir())
    assert names == [
        f"{project.import_name}-{project.version}-py3-none-any.whl",
        f"{project.import_name}-{project.version}.tar.gz",
    ]
    assert "imported it" in built.stdout

    refused = _generator(
        "publish", "--dist", str(dist), env={**bare, "INTEGRATOR_PUBLISH_URL": url}
    )
    assert refused.returncode == 1
    assert "refusing to publish" in refused.stderr and "TWINE_PASSWORD" in refused.stderr

    creds = {
        **bare,
        "INTEGRATOR_PUBLISH_URL": url,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": PASSWORD,
    }
    dry = _generator("publish", "--dist", str(dist), "--dry-run", env=creds)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "dry run" in dry.stdout
    assert list(packages.iterdir()) == []
    assert PASSWORD not in dry.stdout + dry.stderr

    wrong = _generator("publish", "--dist", str(dist), env={**creds, "TWINE_PASSWORD": "nope"})
    assert wrong.returncode == 1
    assert list(packages.iterdir()) == []

    done = _generator("publish", "--dist", str(dist), env=creds)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in packages.iterdir()) == names
    assert PASSWORD not in done.stdout + done.stderr

    # Install from the index only (no other index, no find-links) into a fresh venv.
    python = make_venv(tmp_path / "venv", share_dependencies=True)
    isolated = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PIP_")},
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_INDEX_URL": f"{url}/simple/",
    }
    # --ignore-installed: the shared environment (.venv) has the package installed editable.
    pip_install(
        python,
        ["--no-deps", "--ignore-installed", f"{project.name}=={project.version}"],
        env=isolated,
    )
    assert import_check(python, project) == project.version
