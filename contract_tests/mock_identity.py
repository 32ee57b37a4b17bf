"""Credentials and fixtures of the in-process mock, taken from `mock_api.seed` so they never drift."""

from __future__ import annotations

import importlib
from types import ModuleType


def _seed_module() -> ModuleType:
    try:
        return importlib.import_module("mock_api.seed")
    except ImportError as exc:
        raise RuntimeError(
            "The default (in-process) contract run needs the mock: `mock_api.seed` is not importable"
        ) from exc


def primary_token() -> str:
    return str(_seed_module().PRIMARY_TOKEN)


def secondary_token() -> str:
    return str(_seed_module().SECONDARY_TOKEN)


def registered_emails() -> tuple[str, ...]:
    return tuple(str(email) for email in _seed_module().REGISTERED_EMAILS)


def registered_email() -> str:
    emails = registered_emails()
    if not emails:
        raise RuntimeError("mock_api.seed.REGISTERED_EMAILS is empty; license tests need one")
    return emails[0]


def primary_user_id() -> str:
    return str(_seed_module().PRIMARY_ACCOUNT.user.id)
