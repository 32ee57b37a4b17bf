"""Which credentials the running suite uses; checks that replay requests read them from here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Accounts:
    primary_token: str
    # A second, isolated account; without it the isolation checks are skipped (live runs only).
    second_token: str | None = None


_active: Accounts | None = None


@contextmanager
def active(accounts: Accounts) -> Iterator[Accounts]:
    """Make `accounts` visible to the checks for the duration of one run."""
    global _active
    previous, _active = _active, accounts
    try:
        yield accounts
    finally:
        _active = previous


def current() -> Accounts | None:
    return _active
