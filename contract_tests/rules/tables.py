"""The rule tables of the READMEs: the documented rules (mock_api/README.md, `## Rules`), the
spec's own rules and the suite's map from each rule to its checks and self-test modes
(contract_tests/README.md, `## Rules`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from contract_tests.settings import REPO_ROOT

MOCK_README = REPO_ROOT / "mock_api" / "README.md"
SUITE_README = REPO_ROOT / "contract_tests" / "README.md"
NAME = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]

    def names(self, column: int) -> tuple[str, ...]:
        """The `backticked` names of a cell."""
        return tuple(NAME.findall(self.cells[column])) if column < len(self.cells) else ()


def _level(line: str) -> int:
    """The level of a Markdown heading line (`## x` is 2), 0 for any other line."""
    marks = len(line) - len(line.lstrip("#"))
    return marks if marks and line[marks : marks + 1] == " " else 0


def section(text: str, heading: str) -> str:
    """The text under `heading` (a whole heading line) up to the next heading of its level."""
    lines = text.splitlines()
    try:
        start = lines.index(heading)
    except ValueError:
        raise ValueError(f"no {heading!r} section") from None
    level = _level(heading)
    body = []
    for line in lines[start + 1 :]:
        if 0 < _level(line) <= level:
            break
        body.append(line)
    return "\n".join(body)


def rows(text: str) -> list[Row]:
    """The body rows of the first Markdown table in `text`."""
    found: list[Row] = []
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            if in_table:
                break
            continue
        cells = tuple(cell.strip() for cell in stripped.strip("|").split("|"))
        if not in_table:
            in_table = True
            continue
        if all(set(cell) <= set("-: ") for cell in cells):
            continue
        found.append(Row(cells))
    return found


def documented_rules(path: Path = MOCK_README) -> dict[str, str]:
    """Rule id -> behaviour, from the mock's `## Rules` table."""
    table = rows(section(path.read_text(encoding="utf-8"), "## Rules"))
    return {row.names(0)[0]: row.cells[1] for row in table if row.names(0)}


def spec_rules(path: Path = SUITE_README) -> dict[str, str]:
    """The rules the spec itself states (`### Rules of the spec itself`)."""
    table = rows(section(path.read_text(encoding="utf-8"), "### Rules of the spec itself"))
    return {row.names(0)[0]: row.cells[1] for row in table if row.names(0)}


@dataclass(frozen=True)
class SuiteRow:
    rule: str
    checks: tuple[str, ...]
    modes: tuple[str, ...]
    # How a live run checks it: always, or with what it must be given.
    live: str


def suite_rows(path: Path = SUITE_README) -> list[SuiteRow]:
    """The suite's map: rule -> its checks (globs allowed), its self-test modes, how it runs live."""
    table = rows(section(path.read_text(encoding="utf-8"), "### Rules and their checks"))
    return [
        SuiteRow(
            row.names(0)[0], row.names(1), row.names(2), row.cells[3] if len(row.cells) > 3 else ""
        )
        for row in table
        if row.names(0)
    ]
