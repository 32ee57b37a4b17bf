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
DEFAULT_APP = "mock_api.app:create_app"
WIPE_REASON = (
    "not sent: it deletes every global state key of the account, also those the suite did "
    "not make (opt in with CONTRACT_ALLOW_WIPE=1)"
)


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
    # Live: what discovery found, when already known (None: discover on first use).
    live_unserved: frozenset[str] | None = None
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
        has no handler for; live, those it answers 501 (`discovery`). The suite leaves them
        out and lists them as not implemented, so nothing is counted as tested that was not."""
        if not self.live:
            return unserved_by_mock()
        if self.live_unserved is None:
            from contract_tests import discovery

            self.live_unserved = discovery.discover(self.settings).unserved
        return self.live_unserved

    @property
    def withheld(self) -> dict[str, str]:
        """Operations the run must not send to this target, with the reason."""
        if self.live and not self.settings.wipe:
            return {"deleteAllState": WIPE_REASON}
        return {}

    @property
    def is_mock_under_construction(self) -> bool:
        """This branch's mock (in process, or live when it says so with 501 `not_implemented`):
        its known deviations from the rules (`rules.deviations`) are expected failures."""
        if not self.live:
            return self.settings.app_factory == DEFAULT_APP and bool(unserved_by_mock())
        from contract_tests import discovery

        return discovery.discover(self.settings).under_construction

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
