# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Values taken from the OpenAPI document and generator/config.yaml at generation time."""

from typing import Final

__version__: Final = "2.0.0"

# The spec's `servers`, by region name; the first one is the default.
SERVERS: Final[dict[str, str]] = {
    "us": "https://api.integrator.io",  # Production (US / default region)
    "eu": "https://api.eu.integrator.io",  # Production (EU region)
}
DEFAULT_REGION: Final = "us"

ENV_TOKEN: Final = "INTEGRATOR_API_TOKEN"
ENV_BASE_URL: Final = "INTEGRATOR_BASE_URL"
ENV_LOG: Final = "INTEGRATOR_LOG"

# The documented per-token leaky bucket.
RATE_LIMIT_CAPACITY: Final = 100
RATE_LIMIT_PER_SECOND: Final = 30.0

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A Retry-After longer than this is not worth blocking a caller for; we give up instead.
MAX_RETRY_AFTER: Final = 60.0

USER_AGENT: Final = "integrator-io-client/2.0.0"
