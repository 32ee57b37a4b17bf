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
            pending += [module_file(module) for module in _imported(node, name)]
    return sorted(found)


def _imported(node: ast.AST, importer: str) -> list[str]:
    """The `generator.*` modules an import statement names, in any of its forms."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.startswith("generator.")]
    if not isinstance(node, ast.ImportFrom):
        return []
    module = node.module or ""
    if node.level:  # relative: resolve against the importer's package
        package = ["generator", *Path(importer).parent.parts][
            : len(Path(importer).parts) + 1 - node.level
        ]
        module = ".".join([*package, *([module] if module else [])])
    if module == "generator":  # `from generator import x`: x is a module
        return [f"generator.{a.name}" for a in node.names if _exists(f"generator.{a.name}")]
    if module.startswith("generator."):
        names = [f"{module}.{a.name}" for a in node.names if _exists(f"{module}.{a.name}")]
        return [module, *names]
    return []


def _exists(module: str) -> bool:
    return (GENERATOR_DIR / module_file(module)).is_file()


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
