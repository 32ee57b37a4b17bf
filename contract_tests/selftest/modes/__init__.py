"""Every deliberately broken mode, by name (`<rule id>` or `<rule id>:<variant>`)."""

from __future__ import annotations

from contract_tests.selftest.middleware import Mode
from contract_tests.selftest.modes import (
    auth,
    errors,
    fields,
    lists,
    newresources,
    openapi,
    ratelimit,
    resources,
)

_ALL: tuple[type[Mode], ...] = (
    *auth.MODES,
    *errors.MODES,
    *fields.MODES,
    *lists.MODES,
    *ratelimit.MODES,
    *resources.MODES,
    *newresources.MODES,
    *openapi.MODES,
)
MODES: dict[str, type[Mode]] = {mode.name(): mode for mode in _ALL}
if len(MODES) != len(_ALL):
    raise RuntimeError("two self-test modes share a name")
