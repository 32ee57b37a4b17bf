"""Cache keys: a hash of everything that decides an output, so unchanged inputs skip the work.

What decides an output is its input files, the tool versions, and the generator's own code;
the code part is derived (the modules a step starts from, and every `generator` module they
import, transitively), so a new module cannot be forgotten in a key.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

GENERATOR_DIR = Path(__file__).resolve().parent


def module_file(module: str) -> str:
    """`generator.a.b` -> `a/b.py`, or `a/b/__init__.py` for a package (relative to the package)."""
    relative = Path(*module.split(".")[1:])
    package = relative / "__init__.py"
    if (GENERATOR_DIR / package).is_file():
        return package.as_posix()
    return f"{relative.as_posix()}.py"


def code_closure(roots: Iterable[str]) -> list[str]:
    """`roots` (files relative to generator/) and every generator module they import."""
    pending = sorted(roots)
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        tree = ast.parse((GENERATOR_DIR / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("generator.")
            ):
                pending.append(module_file(node.module))
    return sorted(found)


class Key:
    """An incremental sha256 over labelled parts; labels and lengths keep parts apart."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def add(self, label: str, data: bytes) -> None:
        self._digest.update(f"{label}\0{len(data)}\0".encode())
        self._digest.update(data)

    def add_code(self, roots: Iterable[str]) -> None:
        for name in code_closure(roots):
            self.add(f"code:{name}", (GENERATOR_DIR / name).read_bytes())

    def add_versions(self, distributions: Iterable[str]) -> None:
        for dist in distributions:
            self.add(f"version:{dist}", metadata.version(dist).encode())

    def hexdigest(self) -> str:
        return self._digest.hexdigest()
