"""The server under test: the mock in process (default) or a live URL (`--live`)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from contract_tests.accounts import Accounts
from contract_tests.settings import Settings

AsgiApp = Any
AppWrapper = Callable[[AsgiApp], AsgiApp]
DEFAULT_APP = "mock_api.app:create_app"
# Why an operation or scenario is skipped when the target does not serve what it needs.
NOT_IMPLEMENTED = "not implemented by the target (501)"
WIPE_REASON = (
    "not sent: it deletes every global state key of the account, also those the suite did "
    "not make (opt in with CONTRACT_ALLOW_WIPE=1)"
)
# In process a flow job runs this long (the mock's `job_seconds`; `--job-seconds` of
# `python -m mock_api`, default 2): long enough for a scenario's polling (every 0.05 s) to see
# it queued and running, short enough that the scenarios that wait for jobs stay quick.
IN_PROCESS_JOB_SECONDS = 0.3


def load_factory(dotted: str) -> Callable[..., AsgiApp]:
    module_name, _, attribute = dotted.partition(":")
    if not attribute:
        raise ValueError(f"CONTRACT_APP must look like 'package.module:factory', got {dotted!r}")
    factory: Callable[..., AsgiApp] = getattr(importlib.import_module(module_name), attribute)
    return factory


def _accepts(factory: Callable[..., AsgiApp], name: str) -> bool:
    try:
        return name in inspect.signature(factory).parameters
    except (TypeError, ValueError):
        return False


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
        """Operations of the spec a live target answers 501 (`discovery`): the suite leaves
        them out and lists them as not implemented, so nothing is counted as tested that was
        not. In process none: the mock serves every operation, and one it stopped serving
        would fail the run with its undocumented 501."""
        if not self.live:
            return frozenset()
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

    def new_app(self) -> AsgiApp | None:
        """A fresh mock with an empty database, so every run starts from the same state.

        The rate limiter is the mock's own default (the documented figure) for the scenarios
        that need one, and off for the rest, which send as fast as they can."""
        if self.live:
            return None
        if self._factory is None:
            self._factory = load_factory(self.settings.app_factory)
        options: dict[str, Any] = {"rate_limit": self.rate_limit_in_app}
        if _accepts(self._factory, "job_seconds"):
            options["job_seconds"] = IN_PROCESS_JOB_SECONDS
        app = self._factory(**options)
        return self.wrap(app) if self.wrap is not None else app
