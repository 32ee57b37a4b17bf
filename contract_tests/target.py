"""The server under test: the mock in process (default) or a live URL (`--live`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from contract_tests.accounts import Accounts
from contract_tests.settings import Settings

AsgiApp = Any
AppWrapper = Callable[[AsgiApp], AsgiApp]


def unserved_by_mock() -> frozenset[str]:
    from contract_tests import spec
    from mock_api.handlers import HANDLERS

    return frozenset(op.operation_id for op in spec.operations() if op.operation_id not in HANDLERS)


def load_factory(dotted: str) -> Callable[..., AsgiApp]:
    module_name, _, attribute = dotted.partition(":")
    if not attribute:
        raise ValueError(f"CONTRACT_APP must look like 'package.module:factory', got {dotted!r}")
    factory: Callable[..., AsgiApp] = getattr(importlib.import_module(module_name), attribute)
    return factory


@dataclass
class Target:
    settings: Settings
    # The self-test wraps the mock in a deliberately broken middleware here.
    wrap: AppWrapper | None = None
    rate_limit_in_app: bool = False
    _factory: Callable[..., AsgiApp] | None = field(default=None, repr=False)

    @property
    def live(self) -> bool:
        return self.settings.live

    @property
    def accounts(self) -> Accounts:
        return Accounts(self.settings.token, self.settings.second_token)

    @property
    def unserved(self) -> frozenset[str]:
        """Operations of the spec the target does not serve yet: in process, those the mock
        has no handler for (it answers 501). The suite leaves them out and lists them as not
        implemented by the mock, so nothing is counted as tested that was not."""
        return unserved_by_mock() if not self.live else frozenset()

    def new_app(self) -> AsgiApp | None:
        """A fresh mock with an empty database, so every run starts from the same state."""
        if self.live:
            return None
        if self._factory is None:
            self._factory = load_factory(self.settings.app_factory)
        app = self._factory(rate_limit=self._rate_limit())
        return self.wrap(app) if self.wrap is not None else app

    def _rate_limit(self) -> object:
        """In process the suite sends fewer requests a second than the documented bucket
        (1,000 deep, 300 per second) refills: it drains the mock's older, smaller figure."""
        if not self.rate_limit_in_app:
            return False
        from mock_api.ratelimit import RateLimit

        return RateLimit(100, 30)
