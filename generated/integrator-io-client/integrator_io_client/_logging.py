# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Opt-in debug logging: set the environment variable named by ENV_LOG to `debug` or `info`.

Log records name the method, URL, status, attempt and timing. They never contain headers
or bodies, so the token cannot leak through them.
"""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

logger = logging.getLogger("integrator_io_client")
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_configured = False


def setup_logging() -> None:
    """Attach a stderr handler once if the environment asks for it."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
