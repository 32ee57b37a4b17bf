"""Which operations the mock serves: tests of the others are skipped, saying so, and run for
real as soon as the mock has handlers for them (it answers 501 `not_implemented` until then)."""

from __future__ import annotations

import pytest


def unserved(*operation_ids: str) -> list[str]:
    """The operations of `operation_ids` the mock has no handler for yet."""
    from mock_api.handlers import HANDLERS

    return [op for op in operation_ids if op not in HANDLERS]


def needs_mock(*operation_ids: str) -> pytest.MarkDecorator:
    missing = unserved(*operation_ids)
    return pytest.mark.skipif(
        bool(missing), reason=f"not implemented by the mock yet: {', '.join(missing)}"
    )
